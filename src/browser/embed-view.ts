import { HEIGHT_MESSAGE } from '../lib/embed-views.ts';

// An embedded view tells the page around it how tall it is, so the frame fits it with no inner
// scrollbar; the snippet from Share listens. The height is no secret, so any page may hear it.
if (window.parent !== window) {
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  addEventListener('load', report);
}

// Links to other pages open in a new tab rather than inside the frame; the credit link takes the
// view's current state (the scenario, the answers) to the full page.
document.addEventListener(
  'click',
  (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement)) return;
    if (link.hasAttribute('data-embed-open') && link.dataset.embedOpen !== 'fixed') {
      const full = new URL(link.href);
      full.search = location.search;
      full.hash = location.hash;
      link.href = full.href;
    }
    const target = new URL(link.href);
    if (target.origin === location.origin && target.pathname === location.pathname && target.search === location.search) return;
    link.target = '_blank';
    link.rel = 'noopener';
  },
  { capture: true },
);
