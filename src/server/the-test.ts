import { getEntry } from 'astro:content';
import { href } from './href.ts';

/** Where the test is stated: the definitions lesson's section of that name. */
export const theTestHref = () => href('/lessons/definitions/#the-test');

/** The site's one test (content/the-test.yaml), loaded once per build. */
export const theTest = (async () => {
  const entry = await getEntry('theTest', 'the-test');
  if (!entry) throw new Error('content/the-test.yaml: missing; the site cannot state its test without it');
  return entry.data;
})();
