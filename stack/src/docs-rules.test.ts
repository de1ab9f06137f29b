import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Comments cite the product rules as `docs/rules.md#<section>`; a section renamed or
 * dropped there would leave them pointing nowhere, so every cited section must be a heading.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RULES = join(ROOT, 'docs/rules.md');
const CITATION = /docs\/rules\.md#([\w-]+)/g;

/** The anchor a Markdown renderer gives a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\w\s-]/g, '')
    .replace(/\s/g, '-');

const anchors = new Set(
  readFileSync(RULES, 'utf8')
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => anchorOf(line.replace(/^#+ /, ''))),
);

const citations = globSync('{kit,gateway,stack,subgraphs,web,e2e,bench,client}/**/*.{ts,tsx,md}', {
  cwd: ROOT,
  exclude: (path) => path.endsWith('node_modules') || path.endsWith('dist'),
}).flatMap((file) =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(CITATION)].map((match) => ({ file, anchor: match[1]! })),
);

describe('docs/rules.md', () => {
  it('is cited from the code', () => {
    expect(citations.length).toBeGreaterThan(0);
  });

  it('has a heading for every section the code cites', () => {
    expect(citations.filter(({ anchor }) => !anchors.has(anchor))).toEqual([]);
  });
});
