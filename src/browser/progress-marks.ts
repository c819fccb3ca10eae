// Ticks the lessons this reader has opened, on any page that lists lessons.
import { PROGRESS_KEY, parseProgress } from '../lib/reading-progress.ts';
import { safeStorage } from './safe-storage.ts';

const opened = new Set(parseProgress(safeStorage.get(PROGRESS_KEY)));
for (const item of document.querySelectorAll<HTMLElement>('[data-lesson]')) {
  const mark = item.querySelector<HTMLElement>('[data-opened-mark]');
  if (mark && opened.has(item.dataset.lesson ?? '')) mark.hidden = false;
}
