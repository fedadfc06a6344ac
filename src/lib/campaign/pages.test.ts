import { describe, expect, it } from 'vitest';
import { ASSETS_PER_PAGE, campaignPagePath, packPages, visiblePages } from './pages';

describe('packing services into pages', () => {
  const sizes = (pages: number[][]) => pages.map((p) => p.reduce((a, b) => a + b, 0));

  it('keeps every service whole, in order, and no page over the limit unless one service is', () => {
    const groups = [5, 4, 3, 7, 20, 1, 1, 6, 6];
    const pages = packPages(groups, (n) => n, 12);
    expect(pages.flat()).toEqual(groups);
    expect(pages).toEqual([[5, 4, 3], [7], [20], [1, 1, 6], [6]]);
    for (const page of pages) if (page.length > 1) expect(sizes([page])[0]).toBeLessThanOrEqual(12);
  });

  it('gives no page for no material and one page for a little', () => {
    expect(packPages([], (n: number) => n)).toEqual([]);
    expect(packPages([2, 3], (n) => n)).toEqual([[2, 3]]);
  });

  it('the default fits a few services of six pieces', () => {
    expect(packPages([6, 6, 6, 6], (n) => n)).toHaveLength(Math.ceil(24 / ASSETS_PER_PAGE));
  });

  it('refuses a limit below one', () => {
    expect(() => packPages([1], (n) => n, 0)).toThrow(/at least 1/);
  });
});

describe('page paths', () => {
  it('page 1 is the page itself, the others below side/', () => {
    expect(campaignPagePath(1)).toBe('/kampanjer/');
    expect(campaignPagePath(3)).toBe('/kampanjer/side/3/');
    expect(() => campaignPagePath(0)).toThrow();
    expect(() => campaignPagePath(1.5)).toThrow();
  });
});

describe('the numbers a pagination shows', () => {
  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 10, [1, 2, null, 10]],
    [5, 10, [1, null, 4, 5, 6, null, 10]],
    [3, 10, [1, 2, 3, 4, null, 10]],
    [4, 10, [1, 2, 3, 4, 5, null, 10]],
    [10, 10, [1, null, 9, 10]],
  ])('page %i of %i: %j', (current, total, expected) => {
    expect(visiblePages(current, total)).toEqual(expected);
  });
});
