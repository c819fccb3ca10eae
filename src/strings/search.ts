/**
 * Search's wording. Apart from the rest of the site's strings so the search box, which loads on
 * demand, downloads only its own.
 */
export const searchStrings = {
  open: 'Search',
  title: 'Search the site',
  close: 'Close',
  singleKey: 'Open search with the / key',
  noScript: 'Search needs JavaScript, which is off or blocked in your browser.',
  failed: 'Search could not load. Check your connection and try again.',
  label: 'Search lessons, tools and terms',
  placeholder: 'For example: sales cycle',
  clear: 'Clear',
  filterLabel: 'Show only',
  resultsLabel: 'Results',
  hint: 'Use the up and down arrows to pick a result and Enter to open it.',
  /** A result's label for its kind of page, and its filter chip. */
  types: {
    Lesson: { label: 'Lesson', chip: 'Lessons' },
    Tool: { label: 'Tool', chip: 'Tools' },
    Glossary: { label: 'Glossary', chip: 'Glossary' },
    Example: { label: 'Example', chip: 'Examples' },
    Source: { label: 'Source', chip: 'Sources' },
  },
  /** The label of a page in no type (the home page, the lessons list). */
  page: 'Page',
  loading: 'Searching…',
  results: (n: number, query: string) => `${n} ${n === 1 ? 'result' : 'results'} for “${query}”`,
  filtered: (n: number, query: string) => `${n} ${n === 1 ? 'result' : 'results'} for “${query}” in the kinds chosen`,
  none: (query: string) => `Nothing found for “${query}”. Try fewer words, another spelling, or the glossary.`,
} as const;
