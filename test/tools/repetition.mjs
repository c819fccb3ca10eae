#!/usr/bin/env node
// Cross-lesson repetition: every paragraph of every lesson compared with every paragraph of the
// other lessons by TF-IDF cosine similarity. Prints the pairs at or above 0.4 and the counts at
// 0.5 and 0.4, so a rewrite can show it teaches each idea once. Run from the project root:
//   node test/tools/repetition.mjs [--list]
// A paragraph is a blank-line-separated block of prose or table, or one list item, with Markdown and JSX
// stripped; headings and blocks under eight words are left out (they are labels, not ideas).
import { readFileSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';

const dir = join('content', 'lessons');
const STOP = new Set(
  'a an and are as at be but by can do does for from has have he her his how i if in into is it its not of on or our so than that the their them then there these they this to was we what when where which who why will with you your'.split(
    ' ',
  ),
);

function paragraphs(mdx) {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<[A-Za-z][^>]*\/>/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+[.)])\s)/)
    .map((block) =>
      block
        .split('\n')
        .filter((l) => !/^#{1,6}\s/.test(l) && !/^\|?\s*:?-{3,}/.test(l))
        .join(' '),
    )
    .map((text) =>
      text
        .replace(/[|*_`>#]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((text) => text.split(' ').length >= 8);
}

const tokens = (text) => (text.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? []).filter((w) => !STOP.has(w));

const paras = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .flatMap((f) =>
    paragraphs(readFileSync(join(dir, f), 'utf8')).map((text) => ({ lesson: basename(f, '.mdx'), text, words: tokens(text) })),
  );

// Smoothed IDF over all paragraphs, as scikit-learn's TfidfVectorizer does.
const df = new Map();
for (const p of paras) for (const w of new Set(p.words)) df.set(w, (df.get(w) ?? 0) + 1);
const idf = (w) => Math.log((1 + paras.length) / (1 + df.get(w))) + 1;
for (const p of paras) {
  const v = new Map();
  for (const w of p.words) v.set(w, (v.get(w) ?? 0) + 1);
  for (const [w, n] of v) v.set(w, n * idf(w));
  const norm = Math.hypot(...v.values()) || 1;
  for (const [w, x] of v) v.set(w, x / norm);
  p.vector = v;
}
const cosine = (a, b) => {
  let sum = 0;
  for (const [w, x] of a) sum += x * (b.get(w) ?? 0);
  return sum;
};

const pairs = [];
for (let i = 0; i < paras.length; i++) {
  for (let j = i + 1; j < paras.length; j++) {
    if (paras[i].lesson === paras[j].lesson) continue;
    const score = cosine(paras[i].vector, paras[j].vector);
    if (score >= 0.4) pairs.push({ score, a: paras[i], b: paras[j] });
  }
}
pairs.sort((x, y) => y.score - x.score);
if (process.argv.includes('--list')) {
  for (const { score, a, b } of pairs) {
    console.log(`${score.toFixed(2)}  ${a.lesson} ↔ ${b.lesson}\n      ${a.text.slice(0, 110)}\n      ${b.text.slice(0, 110)}`);
  }
}
const lessons = new Set(paras.map((p) => p.lesson)).size;
console.log(`${lessons} lessons, ${paras.length} paragraphs`);
console.log(`cross-lesson pairs with cosine ≥ 0.5: ${pairs.filter((p) => p.score >= 0.5).length}`);
console.log(`cross-lesson pairs with cosine ≥ 0.4: ${pairs.length}`);
