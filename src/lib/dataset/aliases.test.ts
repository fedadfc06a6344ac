import { describe, expect, it } from 'vitest';
import { aliasesById, readAliases, withAliases } from './aliases';
import { akaByMunicipality } from './aliases-by-place';

describe('the alias file (data/registry/aliases.json)', () => {
  const file = readAliases();

  it('gives every other name a public source, Deichman for Oslo among them', () => {
    expect(aliasesById(file).get('fb-0301')).toContain('Deichman');
    for (const a of file.aliases) for (const n of a.names) expect(n.source.title.length, n.name).toBeGreaterThan(5);
  });

  it("adds the names to the libraries, leaving out one that is already the library's own", () => {
    const libraries = withAliases(
      [
        { id: 'fb-0301', name: 'Deichman' },
        { id: 'fb-4601', name: 'Bergen bibliotek' },
      ],
      new Map([['fb-0301', ['Deichman', 'Oslo Public Library']]]),
    );
    expect(libraries[0]!.alsoKnownAs).toEqual(['Oslo Public Library']);
    expect(libraries[1]!.alsoKnownAs).toBeUndefined();
  });

  it("puts a public library's other names on each municipality it serves, for the map's field", () => {
    const aka = akaByMunicipality([
      { kind: 'public', servesMunicipalities: ['0301'], alsoKnownAs: ['Deichman', 'Oslo|Public'] },
      { kind: 'school', servesMunicipalities: ['0301'], alsoKnownAs: ['Skolen'] },
    ]);
    expect(aka.get('0301')).toBe('Deichman|Oslo Public');
  });
});
