import { carryPresenting } from '../lib/present-mode.ts';
import { PRESENT_KEY_EVENT } from './present-key.ts';
import { presentingNow, setPresenting } from './presenting.ts';

// Loaded when a page opens presenting, or at the reader's first P (see site.ts): no other page
// pays for it. Presentation mode lives in the address (?present=1) so a refresh or a second
// screen keeps it. Every internal link followed while presenting is given the same setting just
// before it is followed, so links added later (search results, islands) are covered too.
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

// The P key, passed on by site.ts (present-key.ts).
document.addEventListener(PRESENT_KEY_EVENT, () => setPresenting(!presentingNow()));
