import { copyText } from './clipboard.ts';
// Section anchors still navigate without JS; with it, a click also copies the full link.
const copyStatus = document.querySelector<HTMLElement>('[data-copy-status]');
document.addEventListener('click', async (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-copy-link]');
  // Clipboard refused (permissions, insecure origin): the link still works as an anchor.
  if (!link || !(await copyText(link.href))) return;
  link.dataset.copied = '';
  setTimeout(() => delete link.dataset.copied, 1500);
  if (copyStatus) copyStatus.textContent = copyStatus.dataset.message ?? '';
});

export {};
