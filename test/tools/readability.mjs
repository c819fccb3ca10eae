#!/usr/bin/env node
// Readability report for the lessons. Run from the project root:
//   node test/tools/readability.mjs        (npm run readability)
// For each content/lessons/*.mdx it strips frontmatter, JSX elements and
// Markdown syntax, then prints words and the Flesch–Kincaid grade, plus the
// median grade over all lessons. Informational only: always exits 0.
import { readFileSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

const dir = join('content', 'lessons');

// Turn MDX into plain prose. Headings, list items and table rows have no full
// stop, so each becomes its own sentence rather than running into the next.
function toPlainText(mdx) {
  const lines = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '') // frontmatter
    .replace(/```[\s\S]*?```/g, '') // fenced code
    .replace(/<[A-Za-z][^>]*\/>/g, '') // self-closing JSX, e.g. <Cite id="x" />
    .replace(/<\/?[A-Za-z][^>]*>/g, '') // other tags (their text stays)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images keep alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their text
    .replace(/`([^`]*)`/g, '$1') // inline code
    .replace(/[*_]{1,3}([^*_]+)[*_]{1,3}/g, '$1') // emphasis
    .split('\n');

  const out = [];
  let para = [];
  const flush = () => {
    if (para.length) out.push(para.join(' '));
    para = [];
  };
  const endSentence = (s) => (/[.!?:]["')]*$/.test(s.trim()) ? s : `${s.trim()}.`);

  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      flush();
      continue;
    }
    if (/^\|?\s*:?-{3,}/.test(line)) continue; // table divider row
    if (line.startsWith('|')) {
      // table row: cells joined, one sentence per row
      flush();
      const cells = line
        .split('|')
        .map((c) => c.trim())
        .filter(Boolean);
      if (cells.length) out.push(endSentence(cells.join(', ')));
      continue;
    }
    const heading = line.match(/^#{1,6}\s+(.*)$/);
    if (heading) {
      flush();
      out.push(endSentence(heading[1]));
      continue;
    }
    const item = line.match(/^(?:[-*+]|\d+[.)])\s+(.*)$/);
    if (item) {
      flush();
      out.push(endSentence(item[1]));
      continue;
    }
    para.push(line.replace(/^>\s?/, ''));
  }
  flush();
  return out.join('\n');
}

function counts(text) {
  const words = text.match(/[A-Za-z0-9][A-Za-z0-9'’-]*/g) ?? [];
  const sentences = text.split(/[.!?]+(?=\s|$)/).filter((s) => /[A-Za-z0-9]/.test(s)).length;
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w)), 0);
  return { word: words.length, sentence: Math.max(1, sentences), syllable: syllables };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const rows = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => {
    const c = counts(toPlainText(readFileSync(join(dir, f), 'utf8')));
    return { id: basename(f, '.mdx'), words: c.word, grade: fleschKincaid(c) };
  });

const pad = (s, n) => String(s).padEnd(n);
const idWidth = Math.max(6, ...rows.map((r) => r.id.length)) + 2;
console.log(`${pad('lesson', idWidth)}${pad('words', 8)}grade`);
for (const r of rows) console.log(`${pad(r.id, idWidth)}${pad(r.words, 8)}${r.grade.toFixed(1)}`);
if (rows.length) console.log(`${pad('median', idWidth)}${pad('', 8)}${median(rows.map((r) => r.grade)).toFixed(1)}`);
else console.log('no lessons found in content/lessons');
process.exit(0);
