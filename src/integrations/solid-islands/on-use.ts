import type { ClientDirective } from 'astro';

/** What shows a reader reaching into an island: a pointer over or on it, focus moving in, a key. */
const USE = ['pointerover', 'pointerdown', 'focusin', 'keydown'] as const;

/**
 * `client:use`: a large server-rendered island (the comparison table, the simulator) reads as plain HTML
 * from the start and hydrates the first time a reader reaches into it, so loading the page spends
 * no long task on it. Its code is fetched while the browser is idle, so that first touch hydrates
 * at once and the same press or key reaches the live island. An address with a query or fragment
 * may hold the island's state (a theme, a criterion), so then it hydrates as soon as its code is in.
 */
const onUse: ClientDirective = (load, _options, island) => {
  let wanted = location.search !== '' || location.hash !== '';
  let hydrate: (() => Promise<void>) | undefined;
  const start = () => {
    if (!hydrate || !wanted) return;
    for (const type of USE) island.removeEventListener(type, use, true);
    void hydrate();
    hydrate = undefined;
  };
  function use() {
    wanted = true;
    start();
  }
  for (const type of USE) island.addEventListener(type, use, true);
  const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  whenIdle(async () => {
    hydrate = await load();
    start();
  });
};

export default onUse;
