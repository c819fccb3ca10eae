import { createHash } from 'node:crypto';
import { generateHydrationScript } from 'solid-js/web';

/**
 * The only inline scripts the site ships. The Content-Security-Policy allows each by its
 * hash, computed here from the same text that is rendered, so the two cannot drift apart.
 */
export const inlineScripts = {
  /** Runs before first paint, so a projected page never flashes at reading size. */
  presentMode: "if(/[?&]present=1(&|$)/.test(location.search))document.documentElement.classList.add('present')",
  /** Solid's hydration bootstrap, which its Astro integration inlines on pages with islands. */
  solidHydration: generateHydrationScript().match(/<script[^>]*>([\s\S]*?)<\/script>/)![1],
};

export const inlineScriptHashes = Object.values(inlineScripts).map(
  (code) => `sha256-${createHash('sha256').update(code).digest('base64')}` as `sha256-${string}`,
);
