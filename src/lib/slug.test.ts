import { describe, expect, it } from 'vitest';
import { assignUniqueSlugs, slugify } from './slug';

describe('slugify', () => {
  it('transliterates Norwegian letters the Norwegian way', () => {
    expect(slugify('Bærum bibliotek')).toBe('baerum-bibliotek');
    expect(slugify('Ørland')).toBe('orland');
    expect(slugify('Åsnes')).toBe('asnes');
    expect(slugify('ÆØÅ æøå')).toBe('aeoa-aeoa');
  });

  it('folds Sami letters and accents to ASCII', () => {
    expect(slugify('Guovdageaidnu - Kautokeino')).toBe('guovdageaidnu-kautokeino');
    expect(slugify('Unjárga - Nesseby')).toBe('unjarga-nesseby');
    expect(slugify('Deatnu - Tana')).toBe('deatnu-tana');
    expect(slugify('Gáivuotna - Kåfjord - Kaivuono')).toBe('gaivuotna-kafjord-kaivuono');
    expect(slugify('Porsáŋgu - Porsanger - Porsanki')).toBe('porsangu-porsanger-porsanki');
  });

  it('keeps only lower-case letters, digits and single hyphens', () => {
    expect(slugify('  <b>Filmbib</b> & co.  ')).toBe('b-filmbib-b-co');
    expect(slugify('Sauda vgs. avd. Sand')).toBe('sauda-vgs-avd-sand');
    expect(slugify('!!!')).toBe('x');
  });
});

describe('assignUniqueSlugs', () => {
  const libraries = [
    { id: 'fb-1', name: 'Sande bibliotek', place: 'Sande (Møre og Romsdal)' },
    { id: 'fb-2', name: 'Sande bibliotek', place: 'Sande (Vestfold)' },
    { id: 'fb-3', name: 'Herøy bibliotek', place: 'Herøy' },
  ];
  const options = { key: (l: (typeof libraries)[number]) => l.id, base: (l: (typeof libraries)[number]) => l.name, qualifier: (l: (typeof libraries)[number]) => l.place };

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
