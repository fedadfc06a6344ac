import { describe, expect, it } from 'vitest';
import { chosenSlugs, compareHref, compareRows, compareSuggestions, resolveChosen } from './compare';
import type { CompareLibrary } from './compare-data';

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

describe('compareSuggestions', () => {
  const libs: CompareLibrary[] = [
    ['tromso-bibliotek', 'Tromsø bibliotek', 'public', 'Troms', [], ['Tromsø']],
    ['kongsbakken-vgs', 'Kongsbakken videregående skole', 'school', 'Troms', [], ['Tromsø']],
    ['baerum-bibliotek', 'Bærum bibliotek', 'public', 'Akershus', [], ['Bærum']],
    ['ostre-toten', 'Østre Toten bibliotek', 'public', 'Innlandet', [], ['Østre Toten']],
  ];

  it('finds libraries as typed without Norwegian letters, by name first and then by place', () => {
    expect(compareSuggestions('tromso', libs, []).map((l) => l[0])).toEqual(['tromso-bibliotek', 'kongsbakken-vgs']);
    expect(compareSuggestions('BAERUM', libs, []).map((l) => l[0])).toEqual(['baerum-bibliotek']);
    expect(compareSuggestions('ostre', libs, []).map((l) => l[0])).toEqual(['ostre-toten']);
  });

  it('finds a library by another name it is known by, before libraries that only share its place', () => {
    const withDeichman: CompareLibrary[] = [
      ['oslo-vgs', 'Oslo katedralskole', 'school', 'Oslo', [], ['Oslo']],
      ['deichman', 'Oslo bibliotek', 'public', 'Oslo', [], ['Oslo'], ['Deichman', 'Oslo Public Library']],
      ...libs,
    ];
    expect(compareSuggestions('deichman', withDeichman, []).map((l) => l[0])).toEqual(['deichman']);
    expect(compareSuggestions('oslo public', withDeichman, []).map((l) => l[0])).toEqual(['deichman']);
  });

  it('leaves out the chosen ones, offers nothing for an empty query, and stops at the limit', () => {
    expect(compareSuggestions('tromso', libs, ['tromso-bibliotek']).map((l) => l[0])).toEqual(['kongsbakken-vgs']);
    expect(compareSuggestions('  ', libs, [])).toEqual([]);
    expect(compareSuggestions('bibliotek', libs, [], 2)).toHaveLength(2);
  });
});

describe('resolveChosen', () => {
  const libs: CompareLibrary[] = [
    ['oslo-bibliotek', 'Oslo bibliotek', 'public', 'Oslo', [], ['Oslo']],
    ['bergen-bibliotek', 'Bergen bibliotek', 'public', 'Vestland', [], ['Bergen']],
  ];
  it('takes slugs and names (as a form sends them), once each, and lists the rest as typed', () => {
    const { chosen, missing } = resolveChosen(['oslo-bibliotek', 'bergen bibliotek', 'oslo bibliotek', '<b>x</b>'], libs);
    expect(chosen.map((l) => l[0])).toEqual(['oslo-bibliotek', 'bergen-bibliotek']);
    expect(missing).toEqual(['<b>x</b>']);
  });
});
