import { describe, expect, it } from 'vitest';
import { docLinkProblems, expandBraces, headingText, readMarkdown, type Repository } from './markdown-links';

describe('readMarkdown', () => {
  it('finds inline links, images, reference definitions and HTML links, with their lines', () => {
    const doc = readMarkdown('See [the data](docs/data.md#sources) and\n![map](img/map.png "Map").\n\n[ref]: docs/x.md\n<a href="docs/y.md">y</a>');
    expect(doc.links).toEqual([
      { line: 4, url: 'docs/x.md' },
      { line: 5, url: 'docs/y.md' },
      { line: 1, url: 'docs/data.md#sources' },
      { line: 2, url: 'img/map.png' },
    ]);
  });

  it('reads link text with brackets and code, destinations with parentheses or <brackets>, and links across a line end', () => {
    const doc = readMarkdown("[a [nested] `x]` text](a_(b).md) [two\nlines](<with space.md>) [t](u.md 'title')");
    expect(doc.links.map((l) => l.url)).toEqual(['a_(b).md', 'with space.md', 'u.md']);
    expect(doc.code.map((c) => c.text)).toEqual(['x]']);
  });

  it('reads nothing in code spans, fenced blocks or escapes as a link or heading', () => {
    const doc = readMarkdown('`[no](link.md)` \\[no](x.md)\n\n```md\n# Not a heading\n[no](fenced.md)\n```\n~~~\n[no](tilde.md)\n~~~\n# Real');
    expect(doc.links).toEqual([]);
    expect([...doc.anchors]).toEqual(['real']);
    expect(doc.code.map((c) => c.text)).toEqual(['[no](link.md)']);
  });

  it("gives headings GitHub's anchors: punctuation dropped, code and links reduced to text, repeats numbered", () => {
    const doc = readMarkdown(
      '# Hvem har hva?\n## Search ("Finn biblioteket ditt")\n### Where do I change …\n## The pull: from `data/x` to [a](b.md)\n## Notes\n## Notes\nSetext\n---\n| a |\n|---|',
    );
    expect([...doc.anchors]).toEqual([
      'hvem-har-hva',
      'search-finn-biblioteket-ditt',
      'where-do-i-change-',
      'the-pull-from-datax-to-a',
      'notes',
      'notes-1',
      'setext',
    ]);
  });

  it('takes explicit ids as anchors', () => {
    expect(readMarkdown('<a id="exit-codes"></a>').anchors.has('exit-codes')).toBe(true);
  });

  it('strips emphasis from heading text', () => {
    expect(headingText('**Bold** and _em_ `code_x`')).toBe('Bold and em code_x');
  });
});

describe('expandBraces', () => {
  it('expands each brace group', () => {
    expect(expandBraces('src/i18n/{nb,nn}/{a,b}.ts')).toEqual(['src/i18n/nb/a.ts', 'src/i18n/nb/b.ts', 'src/i18n/nn/a.ts', 'src/i18n/nn/b.ts']);
  });
});

describe('docLinkProblems', () => {
  const files: Record<string, string> = {
    'README.md':
      '# Top\n[ok](docs/a.md#part) [self](#top) [gone](docs/gone.md) [bad anchor](docs/a.md#nope) [web](https://example.org/x)\n`src/lib/slug.ts` `src/lib/moved.ts` `data/dataset.json` `src/lib/*.test.ts` `src/x/{a,b}.ts` `tests/e2e/<file>`',
    'docs/a.md': '# A\n## Part\n[up](../README.md#top) [folder](../src/lib/) [line](../src/lib/slug.ts#L3) [frag](../src/lib/slug.ts#x) [out](../../etc)',
  };
  const existing = new Set(['README.md', 'docs/a.md', 'docs', 'src', 'src/lib', 'src/lib/slug.ts', 'src/lib/slug.test.ts', 'src/x/a.ts']);
  const repo: Repository = {
    read: (file) => files[file],
    exists: (path) => existing.has(path),
    matches: (glob) => [...existing].some((p) => new RegExp(`^${glob.replace(/\./g, '\\.').replace(/\*/g, '[^/]*')}$`).test(p)),
    generated: ['data/dataset.json'],
  };

  it('names every broken link, anchor and path, and passes the good ones', () => {
    const problems = docLinkProblems(['README.md', 'docs/a.md'], repo).map((p) => `${p.file}:${p.line} ${p.target}: ${p.reason}`);
    expect(problems).toEqual([
      'README.md:2 docs/gone.md: no such file or folder',
      'README.md:2 docs/a.md#nope: no heading or id "nope" in docs/a.md',
      'README.md:3 src/lib/moved.ts: no such file or folder in the repository',
      'README.md:3 src/x/b.ts: no such file or folder in the repository',
      'docs/a.md:3 ../src/lib/slug.ts#x: a #fragment on a file that is not Markdown can only be a line (#L12)',
      'docs/a.md:3 ../../etc: outside the repository',
    ]);
  });

  it('reports a Markdown file that is missing', () => {
    expect(docLinkProblems(['docs/none.md'], repo)).toEqual([{ file: 'docs/none.md', line: 0, target: 'docs/none.md', reason: 'no such file' }]);
  });
});
