import { describe, expect, it } from 'vitest';
import { listedPeers, offerGroups } from './offer-view';
import type { Service } from '../dataset/schema';
import type { OfferRow } from './offer';

/** An offer row; only the fields offerGroups reads matter. */
const row = (name: string, category: string, has: boolean, peersWith = 0, countyWith = 0): OfferRow => ({
  service: { id: name, name, category } as Service,
  has,
  state: has ? 'has' : 'lacks',
  baseline: false,
  peersWith,
  countyWith,
  countyLibraries: 20,
});

describe('offerGroups: what a library page lists of its offer', () => {
  it("lists every row, in the offer's order, when no category has more lacks than the limit", () => {
    const rows = [row('A', 'film', true), row('B', 'film', false), row('C', 'music', false), row('D', 'music', false)];
    const groups = offerGroups(rows, ['news-magazines', 'film', 'music'], 2);
    expect(groups.map((g) => g.category)).toEqual(['film', 'music']);
    expect(groups.flatMap((g) => g.rows)).toEqual(rows);
    expect(groups.map((g) => g.moreLacking)).toEqual([0, 0]);
  });

  it('past the limit keeps everything it has and the lacks most peers, then most of the county, have; counts the rest', () => {
    const rows = [
      row('Has 1', 'film', true, 0),
      row('Has 2', 'film', true, 0),
      row('Lacks few peers', 'film', false, 1, 9),
      row('Lacks most peers', 'film', false, 4, 1),
      row('Lacks county', 'film', false, 2, 8),
      row('Lacks less county', 'film', false, 2, 3),
      row('Lacks nobody', 'film', false, 0, 0),
    ];
    const [film] = offerGroups(rows, ['film'], 3);
    // Everything it has, and the three lacks that tell most, still in the offer's order.
    expect(film!.rows.map((r) => r.service.name)).toEqual(['Has 1', 'Has 2', 'Lacks most peers', 'Lacks county', 'Lacks less county']);
    expect(film!.moreLacking).toBe(2);
    // Nothing is lost: listed lacks + the counted rest = every lack of the category.
    expect(film!.rows.filter((r) => !r.has).length + film!.moreLacking).toBe(rows.filter((r) => !r.has).length);
  });

  it('grows with what the library has, not with the catalogue', () => {
    const catalogue = (size: number) => Array.from({ length: size }, (_, i) => row(`S${i}`, 'film', i < 3, size - i));
    const small = offerGroups(catalogue(30), ['film'], 10)[0]!;
    const large = offerGroups(catalogue(300), ['film'], 10)[0]!;
    expect(small.rows).toHaveLength(13);
    expect(large.rows).toHaveLength(13);
    expect([small.moreLacking, large.moreLacking]).toEqual([17, 287]);
  });
});

describe('listedPeers', () => {
  it('lists up to the limit and counts the rest', () => {
    expect(listedPeers(['a', 'b', 'c'], 5)).toEqual({ listed: ['a', 'b', 'c'], more: 0 });
    expect(listedPeers(['a', 'b', 'c'], 2)).toEqual({ listed: ['a', 'b'], more: 1 });
  });
});
