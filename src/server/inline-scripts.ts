import { createHash } from 'node:crypto';
import { generateHydrationScript } from 'solid-js/web';

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
   * Two things wait for the page's first text to be on screen, so neither can arrive first and hold
   * it back: the heading face and the site's script. `afterPaint` runs a function then: once the
   * page has loaded and the browser has logged its first contentful paint, which it does only after
   * that frame is shown (an animation frame or the load event can come before it). A page opened
   * hidden is never painted, hence the three seconds. It is global, defined in the head, for the
   * site's script below.
   *
   * The heading face (tokens.css names it first): on a first visit it is fetched after that paint;
   * the size-matched fallback stands in and the swap moves no line. Once fetched, the rest of the
   * visit uses it from the first paint. Its address is the script element's data-font (Head.astro),
   * so this text, and its hash, stay the same.
   */
  headingFont:
    "var afterPaint=function(c){addEventListener('load',function(){var n=0,o;function g(){n++||(o&&o.disconnect(),c())}setTimeout(g,3e3);try{o=new PerformanceObserver(function(l){l.getEntriesByName('first-contentful-paint').length&&g()});o.observe({type:'paint',buffered:!0})}catch(e){g()}})};try{var d=document,s=sessionStorage,k='heading-font',f=new FontFace('Bricolage Grotesque','url('+d.currentScript.dataset.font+')',{weight:'700',display:'swap'});if(s.getItem(k))d.fonts.add(f);else afterPaint(function(){d.fonts.add(f);f.load().then(function(){s.setItem(k,'1')},function(){})})}catch(e){}",
  /**
   * Starts the site's script (BaseLayout.astro), held in a template until the first text is shown
   * (see headingFont). Everything it adds enhances markup that already works.
   */
  siteScript:
    "afterPaint(function(){var t=document.querySelector('template[data-after-paint]');t&&document.body.append(t.content.cloneNode(true))})",
  /** Solid's hydration bootstrap, which its Astro integration inlines on pages with islands. */
  solidHydration: generateHydrationScript().match(/<script[^>]*>([\s\S]*?)<\/script>/)![1],
};

export const inlineScriptHashes = Object.values(inlineScripts).map(
  (code) => `sha256-${createHash('sha256').update(code).digest('base64')}` as `sha256-${string}`,
);
