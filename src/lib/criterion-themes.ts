/**
 * The groups the comparison table sorts its rows into. Their ids appear in shared links
 * (/compare/?theme=money), so renaming one breaks links trainers have handed out.
 */
export const CRITERION_THEMES = ['relationship', 'offering', 'selling', 'money', 'service'] as const;

export type CriterionTheme = (typeof CRITERION_THEMES)[number];

export const isCriterionTheme = (value: string): value is CriterionTheme => (CRITERION_THEMES as readonly string[]).includes(value);
