/** Every piece of interface wording, in one place, so components never hard-code text. */
export const strings = {
  siteName: 'Client or Customer?',
  tagline: 'Know who you serve, and sell, price and grow to match.',
  skipLink: 'Skip to content',
  nav: {
    label: 'Main',
    lessons: 'Lessons',
    quiz: 'Quiz',
    compare: 'Compare',
    simulator: 'Simulator',
    sources: 'Sources',
    search: 'Search',
  },
  lesson: {
    minutes: (n: number) => `${n} min read`,
    onThisPage: 'On this page',
    takeaways: 'Key takeaways',
    tryIt: 'Try it',
    references: 'Sources for this lesson',
    previous: 'Previous lesson',
    next: 'Next lesson',
    copyLink: 'Link copied',
    opened: 'Opened',
    lessonOf: (n: number, total: number) => `Lesson ${n} of ${total}`,
  },
  footer: {
    about: 'An independent explainer. Facts come from five published articles, cited on every lesson.',
    sources: 'About the sources',
  },
  search: {
    open: 'Search',
    title: 'Search the site',
    close: 'Close',
    singleKey: 'Open search with the / key',
    noScript: 'Search needs JavaScript, which is off or blocked in your browser.',
  },
  comingSoon: 'Coming soon',
  /** The colour key at the foot of every link-preview card. */
  card: { client: 'Client', customer: 'Customer' },
  offline: {
    offline: 'You are offline. Pages you have opened before, the tools and search still work.',
    online: 'You are back online.',
  },
} as const;
