import { PROGRESS_KEY, recordOpened } from '../lib/reading-progress.ts';
import { safeStorage } from './safe-storage.ts';

// A custom element so the lesson id travels in markup, not in an inline script.
customElements.define(
  'lesson-opened',
  class extends HTMLElement {
    connectedCallback() {
      const id = this.dataset.id ?? '';
      safeStorage.set(PROGRESS_KEY, recordOpened(safeStorage.get(PROGRESS_KEY), id));
    }
  },
);
