import { describe, expect, it } from 'vitest';
import { chosenSlugs, compareHref, compareRows } from './compare';

describe('comparison URL', () => {
  it('round-trips the chosen libraries through the query string, at most four', () => {
    const href = compareHref('/sammenlign/', [{ slug: 'oslo' }, { slug: 'bergen' }, { slug: 'a' }, { slug: 'b' }, { slug: 'c' }]);
    expect(href).toBe('/sammenlign/?b=oslo&b=bergen&b=a&b=b');
    expect(chosenSlugs(href.split('?')[1]!)).toEqual(['oslo', 'bergen', 'a', 'b']);
  });
  it('drops blanks and repeats', () => {
    expect(chosenSlugs('?b=oslo&b=&b=Oslo&b=bergen')).toEqual(['oslo', 'bergen']);
  });
});

describe('compareRows', () => {
  it('marks rows where the libraries differ and puts them first', () => {
    const rows = compareRows([new Set(['film', 'news']), new Set(['news', 'music'])]);
    expect(rows).toEqual([
      { serviceId: 'film', has: [true, false], differs: true },
      { serviceId: 'music', has: [false, true], differs: true },
      { serviceId: 'news', has: [true, true], differs: false },
    ]);
  });
});
