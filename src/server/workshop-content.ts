import { getEntry } from 'astro:content';
import { siteContent } from './content.ts';

/**
 * The trainer's guide and the worksheet, loaded once per build. Every link in them has been
 * checked with the rest of the content (content-checks/rules/workshop-links.ts): a link to a
 * section that was renamed fails the build naming the file, instead of leaving a trainer stranded.
 */
export const workshopContent = (async () => {
  const [guide, worksheet] = await Promise.all([getEntry('workshop', 'guide'), getEntry('worksheet', 'worksheet'), siteContent]);
  if (!guide) throw new Error('content/workshop.yaml is missing or empty: the /workshop/ page needs it.');
  if (!worksheet) throw new Error('content/worksheet.yaml is missing or empty: the /workshop/worksheet/ page needs it.');
  return { guide: guide.data, worksheet: worksheet.data };
})();
