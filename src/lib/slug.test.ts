import { describe, expect, it } from 'vitest';
import { assignUniqueSlugs, MAX_SLUG_CHARS, slugify } from './slug';

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

  it('reads Cyrillic, Greek and full-width look-alikes as the Latin letters they pass for', () => {
    for (const lookAlike of [
      'Utsir\u0430 bibliotek',
      'Utsir\u03b1 bibliotek',
      'U\u0442sira bibliotek',
      'Ut\u0455ir\u0430 bibliotek',
      'Utsir\uff41 bibliotek',
      'Uts\u0456ra bibliotek',
    ]) {
      expect(slugify(lookAlike), lookAlike).toBe(slugify('Utsira bibliotek'));
    }
  });

  it('keeps a slug from a long name short enough for a folder name, cut at a word', () => {
    const slug = slugify('Oslo '.repeat(803));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_CHARS);
    expect(slug).toMatch(/^oslo(-oslo)+$/);
    expect(slugify('x'.repeat(4015))).toBe('x'.repeat(MAX_SLUG_CHARS));
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
