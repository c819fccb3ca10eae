import { clock } from '../lib/session-plan.ts';
import { fillIn } from '../lib/fill-in.ts';
import { withBase } from '../lib/paths.ts';
import { PRESENT_KEY_STORAGE } from '../lib/present-shortcut.ts';
import { stepMove } from '../lib/step-keys.ts';
import { stepPath, walkPosition, type WalkData } from '../lib/step-through.ts';
import { keyPress } from './in-field.ts';
import { PRESENT_CHANGE, presentingNow } from './presenting.ts';
import { safeStorage } from './safe-storage.ts';
// Its styles come with it: no page that is not being walked through loads them.
import stepBarCss from '../styles/step-bar.css?url';

// Loaded only when the address names a workshop plan (see site.ts). Draws the small bar that
// walks a trainer through the plan: step n of m, its time, Back and Next, and its other pages.
const base = document.documentElement.dataset.base ?? '/';
const link = (text: string, path: string, className = '') => {
  const a = document.createElement('a');
  a.href = withBase(base, path);
  a.textContent = text;
  if (className) a.className = className;
  return a;
};
const el = (tag: string, className: string, text = '') => {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
};

function draw(data: WalkData) {
  const url = new URL(location.href);
  const position = walkPosition(url.searchParams, data.plans);
  if (!position) return;
  const { plan, index, notice } = position;
  const step = plan.steps[index];
  const w = data.words;
  const bar = el('nav', 'step-bar');
  bar.setAttribute('aria-label', w.label);

  if (notice) {
    const message = el(
      'p',
      'step-notice',
      fillIn(notice === 'unknown-plan' ? w.unknownPlan : w.unknownStep, { plan: plan.title.toLowerCase() }),
    );
    message.setAttribute('role', 'status');
    bar.append(message);
    // The address now says what is shown, so a refresh or a shared screen agrees with the bar.
    url.searchParams.set('plan', plan.id);
    url.searchParams.set('step', String(index + 1));
    history.replaceState(history.state, '', url);
  }

  const where = el('p', 'step-where');
  where.append(
    el('strong', 'step-count', fillIn(w.stepOf, { n: index + 1, total: plan.steps.length })),
    el('span', 'step-title', step.title),
    el('span', 'step-timing', `${fillIn(w.minutes, { minutes: step.minutes })}, ${fillIn(w.startsAt, { clock: clock(step.start) })}`),
  );
  const moves = el('p', 'step-moves');
  if (index > 0) moves.append(link(w.back, stepPath(plan, index - 1), 'step-back'));
  moves.append(
    index < plan.steps.length - 1
      ? link(w.next, stepPath(plan, index + 1), 'step-next')
      : link(w.finish, `/workshop/#${plan.id}`, 'step-next'),
  );
  moves.append(link(w.guide, `/workshop/#${plan.id}-step-${index + 1}`, 'step-guide'));
  // The room scans the page on screen: Share's QR code, one press away.
  if (document.getElementById('share-panel')) {
    const qr = el('button', 'step-qr', w.qr);
    qr.setAttribute('type', 'button');
    qr.setAttribute('popovertarget', 'share-panel');
    moves.append(qr);
  }
  bar.append(where, moves);

  if (step.show.length > 1) {
    const also = el('p', 'step-also', `${w.alsoShow}: `);
    step.show.forEach((item, i) => {
      if (i > 0) also.append(i > 1 ? ', ' : '', link(item.label, stepPath(plan, index, item)));
    });
    bar.append(also);
  }
  document.querySelector('.step-bar')?.remove();
  // Marked rather than found by its address, which a copy of the site in another folder rewrites.
  if (!document.querySelector('link[data-step-bar]')) {
    const styles = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stepBarCss });
    styles.dataset.stepBar = '';
    document.head.append(styles);
  }
  document.body.append(bar);
  document.documentElement.classList.add('walking');
  // The page keeps the bar's height free at its foot, so the bar never covers the last lines.
  new ResizeObserver(() => document.documentElement.style.setProperty('--step-bar-space', `${bar.offsetHeight}px`)).observe(bar);
}

/** Whether focus is on a control that uses this key itself: Space presses a button, arrows move in a slider. */
const ownsKeys = (el: Element | null, key: string) =>
  !!el?.closest(
    key === ' '
      ? 'button, summary, [role="button"], [role="checkbox"], [role="switch"]'
      : '[role="slider"], [role="tablist"], [role="listbox"], [role="radiogroup"], [role="menu"]',
  );

// A presentation clicker (Page Down/Up, the arrows) or the keyboard moves through the steps.
document.addEventListener('keydown', (event) => {
  const bar = document.querySelector('.step-bar');
  if (!bar || event.defaultPrevented || !presentingNow() || ownsKeys(document.activeElement, event.key)) return;
  const root = document.documentElement;
  const scroll = { atTop: root.scrollTop <= 1, atEnd: root.scrollTop + innerHeight >= root.scrollHeight - 2 };
  const move = stepMove({ ...keyPress(event), shiftKey: event.shiftKey }, scroll, safeStorage.get(PRESENT_KEY_STORAGE) !== 'off');
  const link = move && bar.querySelector<HTMLAnchorElement>(move === 'next' ? '.step-next' : '.step-back');
  if (!link) return;
  event.preventDefault();
  link.click();
});

fetch(withBase(base, '/workshop/walk.json'))
  .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
  .then((data: WalkData) => {
    draw(data);
    // Leaving presentation mode ends the walk-through: the bar goes with it.
    document.addEventListener(PRESENT_CHANGE, () => {
      if (!new URL(location.href).searchParams.has('plan')) {
        document.querySelector('.step-bar')?.remove();
        document.documentElement.classList.remove('walking');
      }
    });
  })
  // Without the plans the page is still the page; the guide has every step.
  .catch(() => {});
