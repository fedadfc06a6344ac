import { describe, expect, it } from 'vitest';
import { sizeByPageType } from './page-types';

describe('sizeByPageType', () => {
  it("counts every language's pages under one type, root files apart, the largest first", () => {
    const sizes = sizeByPageType([
      { path: 'bibliotek/a/index.html', bytes: 100 },
      { path: 'nn/bibliotek/a/index.html', bytes: 110 },
      { path: 'en/bibliotek/a/index.html', bytes: 120 },
      { path: 'kommuner/0301/index.html', bytes: 50 },
      { path: 'embed/tjenester/x/data.csv', bytes: 400 },
      { path: 'index.html', bytes: 30 },
      { path: 'nn/index.html', bytes: 30 },
      { path: 'sitemap.xml', bytes: 5 },
    ]);
    expect(sizes).toEqual([
      { type: 'embed', pages: 0, files: 1, bytes: 400 },
      { type: 'bibliotek', pages: 3, files: 3, bytes: 330 },
      // `nn/index.html` is the nynorsk home page, not a type called nn.
      { type: '(root)', pages: 2, files: 3, bytes: 65 },
      { type: 'kommuner', pages: 1, files: 1, bytes: 50 },
    ]);
  });

  it('counts the entity feeds and the county reports apart from their pages (issue 28)', () => {
    const sizes = sizeByPageType([
      { path: 'bibliotek/a/index.html', bytes: 100 },
      { path: 'nn/bibliotek/a/feed.xml', bytes: 20 },
      { path: 'kommuner/0301/feed.xml', bytes: 20 },
      { path: 'endringer/feed.xml', bytes: 500 },
      { path: 'fylker/agder/index.html', bytes: 60 },
      { path: 'en/fylker/agder/rapport/index.html', bytes: 90 },
    ]);
    expect(sizes.map((s) => [s.type, s.files])).toEqual([
      ['endringer', 1],
      ['bibliotek', 1],
      ['fylker (report)', 1],
      ['fylker', 1],
      ['feeds per entity', 2],
    ]);
  });
});
