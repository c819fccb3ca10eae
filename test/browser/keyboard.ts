import type { Page } from 'playwright-core';

/** The element with focus, and whether a sighted keyboard user can see where it is. */
export interface FocusState {
  /** e.g. `button.tool-pin "Pin row for Pricing"`. */
  what: string;
  /** A ring is drawn: a non-transparent outline or a box shadow, on the element or, for a hidden input, on its label. */
  shown: boolean;
}

const NOWHERE = 'nothing (body)';

/** Reads the focused element and whether it shows a focus indicator. Runs in the page. */
function readFocus(): FocusState {
  const el = document.activeElement;
  if (!el || el === document.body) return { what: 'nothing (body)', shown: false };
  const ring = (e: Element) => {
    const s = getComputedStyle(e);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !/rgba\(.*,\s*0\)$|transparent/.test(s.outlineColor);
    return (outline || s.boxShadow !== 'none') && Number(s.opacity) > 0;
  };
  // Radios and checkboxes styled as chips hide the native control and ring their label instead.
  const label = el.closest('label');
  const shown = ring(el) || (label !== null && ring(label));
  const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  const id = el.id ? `#${el.id}` : '';
  const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
  return { what: `${el.tagName.toLowerCase()}${id}${cls} "${name}"`, shown };
}

/** What to look for: a CSS selector the focused element matches, and optionally words in its text or label. */
export interface Target {
  selector: string;
  name?: RegExp;
}

/**
 * Drives a page with the keyboard the way a reader would: Tab and Shift+Tab from wherever focus
 * is, checking every stop on the way shows a focus indicator. Stops without one are collected
 * in `unseen`, so a test can assert on them once at the end.
 */
export class KeyboardWalk {
  /** Every control reached with no visible focus indicator. */
  readonly unseen: string[] = [];
  /** Every control reached, in order (for messages). */
  readonly visited: string[] = [];

  constructor(private readonly page: Page) {}

  /** Presses a key and checks the focus indicator of whatever then has focus. */
  async press(key: string): Promise<FocusState> {
    const before = this.visited.at(-1) ?? 'the start';
    const inPageLink = await this.page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLAnchorElement && el.pathname === location.pathname && el.hash !== '' ? el.hash : null;
    });
    await this.page.keyboard.press(key);
    const state = await this.page.evaluate(readFocus);
    this.visited.push(state.what);
    // Following a link to a #section leaves focus on the page with Tab going on from that section,
    // as browsers do. Any other drop to the page itself (a control removed while in use) loses
    // a keyboard user's place.
    const followed =
      state.what === NOWHERE && key === 'Enter' && inPageLink !== null && (await this.page.evaluate(() => location.hash)) === inPageLink;
    const what = state.what === NOWHERE ? `${NOWHERE}, after ${key} on ${before}` : state.what;
    if (!state.shown && !followed && !this.unseen.includes(what)) this.unseen.push(what);
    return state;
  }

  /** Whether the focused element is the target. */
  async focusedIs(target: Target): Promise<boolean> {
    return this.page.evaluate(
      ([selector, source, flags]) => {
        const el = document.activeElement;
        if (!el || !el.matches(selector)) return false;
        if (source === null) return true;
        const text = `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}`.replace(/\s+/g, ' ').trim();
        return new RegExp(source, flags).test(text);
      },
      [target.selector, target.name?.source ?? null, target.name?.flags ?? ''] as const,
    );
  }

  /** Tabs forward (or back, with Shift) until the target has focus; fails after `max` presses. */
  async tabTo(target: Target, { back = false, max = 120 }: { back?: boolean; max?: number } = {}): Promise<void> {
    for (let i = 0; i < max; i++) {
      await this.press(back ? 'Shift+Tab' : 'Tab');
      if (await this.focusedIs(target)) return;
    }
    throw new Error(
      `Never reached ${target.selector} ${target.name ?? ''} with ${back ? 'Shift+Tab' : 'Tab'}; last stops: ${this.visited.slice(-8).join(' → ')}`,
    );
  }

  /** Shift+Tab until the target has focus. */
  backTo(target: Target, max?: number): Promise<void> {
    return this.tabTo(target, { back: true, max });
  }
}

/** The focused element's own text, e.g. to check where a step put focus. */
export const focusedText = (page: Page): Promise<string> =>
  page.evaluate(() => (document.activeElement?.textContent ?? '').replace(/\s+/g, ' ').trim());
