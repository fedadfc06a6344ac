import { describe, expect, it } from 'vitest';
import { assignUniqueSlugs, slugify } from './slug';

describe('slugify', () => {
  // Norwegian letters the Norwegian way (æ -> ae, ø -> o, å -> a); Sami letters and accents to
  // ASCII; only lower-case letters, digits and single hyphens.
  const cases: [name: string, slug: string][] = [
    ['Bærum bibliotek', 'baerum-bibliotek'],
    ['Ørland', 'orland'],
    ['Åsnes', 'asnes'],
    ['ÆØÅ æøå', 'aeoa-aeoa'],
    ['Guovdageaidnu - Kautokeino', 'guovdageaidnu-kautokeino'],
    ['Unjárga - Nesseby', 'unjarga-nesseby'],
    ['Deatnu - Tana', 'deatnu-tana'],
    ['Gáivuotna - Kåfjord - Kaivuono', 'gaivuotna-kafjord-kaivuono'],
    ['Porsáŋgu - Porsanger - Porsanki', 'porsangu-porsanger-porsanki'],
    ['  <b>Filmbib</b> & co.  ', 'b-filmbib-b-co'],
    ['Sauda vgs. avd. Sand', 'sauda-vgs-avd-sand'],
    ['!!!', 'x'],
  ];
  it.each(cases)('%s -> %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('assignUniqueSlugs', () => {
  const libraries = [
    { id: 'fb-1', name: 'Sande bibliotek', place: 'Sande (Møre og Romsdal)' },
    { id: 'fb-2', name: 'Sande bibliotek', place: 'Sande (Vestfold)' },
    { id: 'fb-3', name: 'Herøy bibliotek', place: 'Herøy' },
  ];
  const options = {
    key: (l: (typeof libraries)[number]) => l.id,
    base: (l: (typeof libraries)[number]) => l.name,
    qualifier: (l: (typeof libraries)[number]) => l.place,
  };

  it('disambiguates a collision with the qualifier', () => {
    const slugs = assignUniqueSlugs(libraries, options);
    expect(slugs.get('fb-1')).toBe('sande-bibliotek');
    expect(slugs.get('fb-2')).toBe('sande-bibliotek-sande-vestfold');
    expect(new Set(slugs.values()).size).toBe(3);
  });

  it('is stable whatever the input order', () => {
    expect([...assignUniqueSlugs([...libraries].reverse(), options)].sort()).toEqual([...assignUniqueSlugs(libraries, options)].sort());
  });

  it('falls back to a number when the qualifier collides too', () => {
    const same = [
      { id: 'a', name: 'X', place: 'Y' },
      { id: 'b', name: 'X', place: 'Y' },
      { id: 'c', name: 'X', place: 'Y' },
    ];
    const slugs = assignUniqueSlugs(same, { key: (l) => l.id, base: (l) => l.name, qualifier: (l) => l.place });
    expect([...slugs.values()]).toEqual(['x', 'x-y', 'x-2']);
  });
});
