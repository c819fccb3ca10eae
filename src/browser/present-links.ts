import { carryPresenting } from '../lib/present-mode.ts';
import { isPresentShortcut, PRESENT_KEY_STORAGE } from '../lib/present-shortcut.ts';
import { presentingNow, setPresenting } from './presenting.ts';
import { safeStorage } from './safe-storage.ts';

// Presentation mode lives in the address (?present=1) so a refresh or a second screen keeps it.
// Every internal link followed while presenting is given the same setting just before it is
// followed, so links added later (search results, islands) are covered too.
const base = document.documentElement.dataset.base ?? '/';
const carry = (event: Event) => {
  const link = (event.target as Element).closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement)) return;
  const next = carryPresenting(new URL(link.href), new URL(location.href), base);
  if (next) link.href = next.href;
};
document.addEventListener('click', carry, true);
document.addEventListener('auxclick', carry, true);

for (const exit of document.querySelectorAll('[data-present-exit]')) exit.addEventListener('click', () => setPresenting(false));

const inField = (el: Element | null) =>
  !!el && (el.matches('input, textarea, select, [contenteditable=""], [contenteditable="true"]') || el.closest('dialog[open]') !== null);
document.addEventListener('keydown', (event) => {
  const press = {
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    inField: inField(document.activeElement),
  };
  if (!event.repeat && isPresentShortcut(press, safeStorage.get(PRESENT_KEY_STORAGE) !== 'off')) setPresenting(!presentingNow());
});
