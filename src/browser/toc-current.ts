// Marks the contents-list link of the section being read: the last one whose heading has passed
// the top third of the window. The observer only says when that may have changed.
const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a')];
const heading = (a: HTMLAnchorElement) => document.getElementById(a.hash.slice(1));
const observer = new IntersectionObserver(
  () => {
    let current: HTMLAnchorElement | undefined;
    for (const a of links) if (heading(a)!.getBoundingClientRect().top < innerHeight / 3) current = a;
    for (const a of links) a.ariaCurrent = a === current ? 'true' : null;
  },
  { rootMargin: '0px 0px -67% 0px' },
);
for (const a of links) observer.observe(heading(a)!);
