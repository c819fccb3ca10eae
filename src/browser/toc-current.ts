// Marks the contents-list link of the section being read: the last one whose heading has passed
// the top third of the window. The observer only says when that may have changed. Fetched by
// site.ts at the reader's first scroll on a page with a contents list. Hence the terse forms: each link keeps its heading as `h`, and
// `true` is set as the string "true".
const links = [...document.querySelectorAll('.toc a')] as (HTMLAnchorElement & { h: HTMLElement })[];
const observer = new IntersectionObserver(
  () => {
    let current;
    for (const a of links) if (a.h.getBoundingClientRect().top < innerHeight / 3) current = a;
    for (const a of links) a.ariaCurrent = (a == current || null) as string | null;
  },
  { rootMargin: '0px 0px -67%' },
);
for (const a of links) observer.observe((a.h = document.getElementById(a.hash.slice(1))!));
