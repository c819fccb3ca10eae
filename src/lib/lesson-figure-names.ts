/** The figures a lesson can place with <LessonFigure name="…" />, each one island. */
export const FIGURE_NAMES = ['client-customer-map', 'sort-businesses', 'payback-curve', 'lifetime-value'] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];
