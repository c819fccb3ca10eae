// Section anchors still navigate without JS; with it, a click also copies the full link.
const copyStatus = document.querySelector<HTMLElement>('[data-copy-status]');
document.addEventListener('click', async (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-copy-link]');
  if (!link || !navigator.clipboard) return;
  try {
    await navigator.clipboard.writeText(link.href);
    link.dataset.copied = '';
    setTimeout(() => delete link.dataset.copied, 1500);
    if (copyStatus) copyStatus.textContent = copyStatus.dataset.message ?? '';
  } catch {
    // Clipboard refused (permissions, insecure origin): the link still works as an anchor.
  }
});

export {};
