/**
 * Lessons that no longer exist under their old address. Trainers printed and shared those links,
 * so each old page still lands: on the page that now holds its content, and an old section anchor
 * (/lessons/journeys/#consideration) on the section that now teaches it.
 */
export interface MovedLesson {
  /** The old lesson's title, shown on the page a reader without JavaScript sees. */
  title: string;
  /** Where the lesson as a whole now lives. */
  to: string;
  /** Old heading slug → the section that now holds it. */
  sections: Record<string, string>;
}

export const movedLessons: Record<string, MovedLesson> = {
  'key-differences': {
    title: 'The key differences at a glance',
    to: '/compare/',
    sections: {
      'the-full-list': '/compare/',
      'what-is-bought': '/lessons/definitions/#why-two-words',
      'the-relationship': '/lessons/serving-well/#what-each-group-expects',
      'how-the-work-is-run': '/lessons/serving-well/#who-looks-after-them',
      'how-they-are-won': '/lessons/winning/#where-new-buyers-come-from',
      'the-money': '/lessons/agreements-pricing/#billing-monthly-or-at-the-till',
      'where-the-articles-differ': '/lessons/winning/#cheap-but-slow',
      'using-the-list': '/lessons/definitions/#size-of-the-sale-is-not-the-test',
    },
  },
  journeys: {
    title: 'Two journeys: client and customer',
    to: '/lessons/winning/',
    sections: {
      'the-journeys-side-by-side': '/lessons/winning/#the-two-journeys',
      'the-client-journey': '/lessons/winning/#the-two-journeys',
      awareness: '/lessons/winning/#where-new-buyers-come-from',
      consideration: '/lessons/winning/#why-the-client-sales-cycle-is-longer',
      purchase: '/lessons/winning/#the-two-journeys',
      'after-the-purchase-the-client-path': '/lessons/winning/#after-the-purchase',
      'after-the-purchase-the-customer-path': '/lessons/winning/#after-the-purchase',
      'what-this-means-for-your-business': '/lessons/winning/#after-the-purchase',
    },
  },
};

/** Where an old lesson address with this fragment ("#consideration", "" or unknown) should land. */
export function movedTarget(moved: MovedLesson, hash: string): string {
  const slug = hash.replace(/^#/, '');
  return Object.hasOwn(moved.sections, slug) ? moved.sections[slug] : moved.to;
}
