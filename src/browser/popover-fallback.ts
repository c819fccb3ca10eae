/**
 * Popovers for engines that lack part of what the site's popovers use; site.ts loads this only there.
 *
 * - No Popover API (Safari 16, Firefox 124 and older): the Menu, Share and their close buttons open
 *   and close their popover with the `popover-open` class (styled in global.css), with Escape and a
 *   click elsewhere closing it, as the API would. A glossary term is a link there, so it needs nothing.
 * - No anchor positioning (Safari 17 and 18, Firefox 140): a term's definition would open centred,
 *   over the word; it is placed just below the word instead, or above it when there is no room.
 */
import { OPEN_CLASS } from './popover-state.ts';

const GAP = 6;
const EDGE = 8;

/** Puts an open definition next to the term that opened it, inside the window. */
function placeBeside(definition: HTMLElement, term: Element) {
  const word = term.getBoundingClientRect();
  Object.assign(definition.style, { position: 'fixed', inset: 'auto', margin: '0', top: '0', left: '0' });
  const { width, height } = definition.getBoundingClientRect();
  const below = word.bottom + GAP;
  const top = below + height <= innerHeight - EDGE || word.top - GAP - height < EDGE ? below : word.top - GAP - height;
  const left = Math.max(EDGE, Math.min(word.left, innerWidth - EDGE - width));
  Object.assign(definition.style, { top: `${top}px`, left: `${left}px` });
}

let lastInvoker: Element | null = null;
const invokerOf = (popover: HTMLElement) =>
  lastInvoker?.getAttribute('popovertarget') === popover.id ? lastInvoker : document.querySelector(`[popovertarget="${popover.id}"]`);

if (!CSS.supports('position-area: block-end')) {
  let shown: { definition: HTMLElement; term: Element } | null = null;
  document.addEventListener(
    'click',
    (event) => (lastInvoker = (event.target as Element).closest?.('[popovertarget]') ?? lastInvoker),
    true,
  );
  // Toggle events do not bubble; they reach the document while capturing.
  document.addEventListener(
    'toggle',
    (event) => {
      const definition = event.target as HTMLElement;
      if (!definition.classList?.contains('term-definition')) return;
      const term = (event as ToggleEvent).newState === 'open' && invokerOf(definition);
      shown = term ? { definition, term } : null;
      if (shown) placeBeside(definition, shown.term);
    },
    true,
  );
  // It stays with its word as the page scrolls.
  addEventListener('scroll', () => shown && placeBeside(shown.definition, shown.term), { passive: true });
}

if (!('popover' in HTMLElement.prototype)) {
  const openOnes = () => [...document.querySelectorAll<HTMLElement>(`[popover].${OPEN_CLASS}`)];
  const setOpen = (popover: HTMLElement, open: boolean) => {
    if (popover.classList.contains(OPEN_CLASS) === open) return;
    if (open) for (const other of openOnes()) setOpen(other, false);
    popover.classList.toggle(OPEN_CLASS, open);
    for (const invoker of document.querySelectorAll(`[popovertarget="${popover.id}"]:not([popovertargetaction])`))
      invoker.setAttribute('aria-expanded', String(open));
    const [oldState, newState] = open ? ['closed', 'open'] : ['open', 'closed'];
    popover.dispatchEvent(Object.assign(new Event('toggle'), { oldState, newState }));
  };
  Object.assign(HTMLElement.prototype, {
    showPopover(this: HTMLElement) {
      setOpen(this, true);
    },
    hidePopover(this: HTMLElement) {
      setOpen(this, false);
    },
    togglePopover(this: HTMLElement, force?: boolean) {
      setOpen(this, force ?? !this.classList.contains(OPEN_CLASS));
    },
  });
  document.addEventListener('click', (event) => {
    const clicked = event.target as Element;
    const invoker = clicked.closest?.('[popovertarget]');
    const popover = invoker && document.getElementById(invoker.getAttribute('popovertarget') ?? '');
    if (popover?.hasAttribute('popover')) {
      // The page's own behaviour, not whatever part of it the engine might half-know.
      event.preventDefault();
      const action = invoker!.getAttribute('popovertargetaction');
      setOpen(popover, action === 'show' || (action !== 'hide' && !popover.classList.contains(OPEN_CLASS)));
      return;
    }
    for (const open of openOnes()) if (!open.contains(clicked)) setOpen(open, false);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const open of openOnes()) {
      setOpen(open, false);
      document.querySelector<HTMLElement>(`[popovertarget="${open.id}"]`)?.focus();
    }
  });
}
