import { createHash } from 'node:crypto';
import { generateHydrationScript } from 'solid-js/web';

/**
 * Script text that runs `body` once the page has loaded and its first text has been shown: the
 * first-contentful-paint entry comes only after that frame is on screen, which an animation frame
 * or the load event does not promise. Where paint timing is missing, or a page is opened hidden
 * and never painted, it runs a frame after load, or three seconds after it.
 */
const afterFirstPaint = (body: string) =>
  `addEventListener('load',function(){var P=window.PerformanceObserver,o,n=0;function g(){if(n++)return;o&&o.disconnect();requestAnimationFrame(function(){setTimeout(function(){${body}})})}if(!P||(P.supportedEntryTypes||[]).indexOf('paint')<0)return g();setTimeout(g,3000);o=new P(function(l){l.getEntriesByName('first-contentful-paint').length&&g()});o.observe({type:'paint',buffered:true})})`;

/**
 * The only inline scripts the site ships. The Content-Security-Policy allows each by its
 * hash, computed here from the same text that is rendered, so the two cannot drift apart.
 */
export const inlineScripts = {
  /** Runs before first paint, so a projected page never flashes at reading size. */
  presentMode: "if(/[?&]present=1(&|$)/.test(location.search))document.documentElement.classList.add('present')",
  /**
   * On the page of a lesson that moved: sends the reader on at once, an old section anchor to the
   * section that now holds it (the same rule as movedTarget in src/lib/moved-lessons.ts), keeping
   * the query (?present=1). Without JavaScript, a meta refresh and a link do the same for the page.
   */
  movedLesson:
    "var m=document.querySelector('meta[name=moved-to]'),s=JSON.parse(m.dataset.sections),h=location.hash.slice(1),u=new URL(Object.hasOwn(s,h)?s[h]:m.content,location.href);u.search=location.search;location.replace(u)",
  /**
   * The heading face (tokens.css names it first). On a first visit it is fetched only after the
   * first paint has been shown, so no text waits for it: the size-matched fallback stands in and
   * the swap moves no line. Once fetched, the rest of the visit uses it from the first paint. Its address is the
   * script element's data-font (Head.astro), so this text, and its hash, stay the same.
   */
  headingFont: `try{var d=document,s=sessionStorage,k='heading-font',f=new FontFace('Bricolage Grotesque','url('+d.currentScript.dataset.font+')',{weight:'700',display:'swap'});if(s.getItem(k))d.fonts.add(f);else ${afterFirstPaint("d.fonts.add(f);f.load().then(function(){s.setItem(k,'1')},function(){})")}}catch(e){}`,
  /**
   * Starts the site's script (BaseLayout.astro) once the page's text has been shown: held in a
   * template until then, it cannot compete with that text for the first paint. Everything the
   * script adds enhances markup that already works.
   */
  afterPaint: afterFirstPaint(
    "var t=document.querySelector('template[data-after-paint]');t&&document.body.append(t.content.cloneNode(true))",
  ),
  /** Solid's hydration bootstrap, which its Astro integration inlines on pages with islands. */
  solidHydration: generateHydrationScript().match(/<script[^>]*>([\s\S]*?)<\/script>/)![1],
};

export const inlineScriptHashes = Object.values(inlineScripts).map(
  (code) => `sha256-${createHash('sha256').update(code).digest('base64')}` as `sha256-${string}`,
);
