import { isPresenting, withPresenting } from '../lib/present-mode.ts';
import { PRESENT_CHANGE } from './present-key.ts';
import { popoverOpen } from './popover-state.ts';

export { PRESENT_CHANGE };

/** Turns presentation mode on or off in place: the address, the page's size, and the Share panel. */
export function setPresenting(on: boolean): void {
  history.replaceState(history.state, '', withPresenting(new URL(location.href), on));
  document.documentElement.classList.toggle('present', on);
  // The projector should show the page, not the panel that switched it on.
  const share = document.getElementById('share-panel');
  if (on && share && popoverOpen(share)) share.hidePopover?.();
  document.dispatchEvent(new Event(PRESENT_CHANGE));
}

export const presentingNow = () => isPresenting(new URL(location.href));
