import { copyText } from './clipboard.ts';

// Section and row anchors still jump without JavaScript; with it, a click also copies the full
// link. site.ts fetches this on the first such click and hands it the link.
const copyStatus = document.querySelector<HTMLElement>('[data-copy-status]');

async function copyLink(link: HTMLAnchorElement) {
  // Clipboard refused (permissions, insecure origin): the link still works as an anchor.
  if (!(await copyText(link.href))) return;
  link.dataset.copied = '';
  setTimeout(() => delete link.dataset.copied, 1500);
  if (copyStatus) copyStatus.textContent = copyStatus.dataset.message ?? '';
}

declare global {
  interface Window {
    /** Set by this module; site.ts calls it for each click on a copy link. */
    copyLink?: typeof copyLink;
  }
}
window.copyLink = copyLink;
