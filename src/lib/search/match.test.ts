import { describe, expect, it } from 'vitest';
import { allowedEdits, libraryNames, occursWithin, placeForms, placeMatches, queryForms } from './match';

// Real names from data/registry (official names carry the Sami and Kven forms).
const BAERUM = ['Bærum'];
const TROMSO = ['Tromsø'];
const ALESUND = ['Ålesund'];
const KAUTOKEINO = ['Guovdageaidnu - Kautokeino', 'Guovdageaidnu'];
const STORFJORD = ['Storfjord - Omasvuotna - Omasvuono', 'Storfjord'];
const KARASJOK = ['Kárášjohka - Karasjok', 'Kárášjohka'];
const PORSANGER = ['Porsanger - Porsáŋgu - Porsanki', 'Porsanger'];
const SCHOOL = ['Kongsberg videregående skole'];
const NYNORSK_SCHOOL = ['Sogndal vidaregåande skule'];
const RORVIK = ['Raarvihke - Røyrvik', 'Raarvihke'];

describe('placeMatches', () => {
  it('ignores case and accents', () => {
    for (const q of ['tromsø', 'TROMSØ', 'Tromsø', 'tRoMsØ']) expect(placeMatches(q, TROMSO)).toBe(true);
    for (const q of ['karasjohka', 'KÁRÁŠJOHKA', 'Kárášjohka', 'kara']) expect(placeMatches(q, KARASJOK)).toBe(true);
    expect(placeMatches('porsangu', PORSANGER)).toBe(true);
  });

  it('takes Norwegian letters typed as the nearest Latin letters', () => {
    for (const q of ['baerum', 'barum', 'Bärum']) expect(placeMatches(q, BAERUM)).toBe(true);
    for (const q of ['tromso', 'tromsoe', 'Tromsö']) expect(placeMatches(q, TROMSO)).toBe(true);
    for (const q of ['alesund', 'aalesund', 'Aalesund']) expect(placeMatches(q, ALESUND)).toBe(true);
    for (const q of ['royrvik', 'roeyrvik']) expect(placeMatches(q, RORVIK)).toBe(true);
  });

  it('takes Norwegian letters left out', () => {
    expect(placeMatches('brum', BAERUM)).toBe(true);
    expect(placeMatches('lesund', ALESUND)).toBe(true);
    expect(placeMatches('ryrvik', RORVIK)).toBe(true);
    expect(placeMatches('byasen', ['Byåsen videregående skole'])).toBe(true);
    expect(placeMatches('bysen', ['Byåsen videregående skole'])).toBe(true);
  });

  it('finds a place by its Sami or Kven name', () => {
    expect(placeMatches('guovdageaidnu', KAUTOKEINO)).toBe(true);
    expect(placeMatches('kautokeino', KAUTOKEINO)).toBe(true);
    expect(placeMatches('omasvuono', STORFJORD)).toBe(true); // Kven
    expect(placeMatches('omasvuotna', STORFJORD)).toBe(true); // Sami
    expect(placeMatches('porsanki', PORSANGER)).toBe(true); // Kven
    expect(placeMatches('romsa', ['Troms - Romsa - Tromssa'])).toBe(true);
  });

  it('reads the abbreviations of a school kind', () => {
    for (const q of [
      'kongsberg vgs',
      'Kongsberg vgs.',
      'kongsberg vg. skole',
      'kongsberg vg skole',
      'kongsberg videregående',
      'Kongsberg Videregående Skole',
      'kongsberg vidaregåande',
      'kongsberg videregaende',
      'vgs kongsberg',
      'kongsberg v.g.s.',
    ])
      expect(placeMatches(q, SCHOOL), q).toBe(true);
    for (const q of ['sogndal vgs', 'sogndal vidaregåande skule', 'sogndal videregående skole', 'sogndal vg. skule'])
      expect(placeMatches(q, NYNORSK_SCHOOL), q).toBe(true);
    // A half-typed word still matches the written-out name.
    expect(placeMatches('kongsberg videreg', SCHOOL)).toBe(true);
  });

  it('takes words in any order and leaves "kommune" out', () => {
    expect(placeMatches('Bærum kommune', BAERUM)).toBe(true);
    expect(placeMatches('kautokeino guovdageaidnu', KAUTOKEINO)).toBe(true);
  });

  it("forgives slips as the home search's Fuse does: one in four letters, none in three", () => {
    expect([3, 4, 6, 7, 10].map(allowedEdits)).toEqual([0, 1, 1, 2, 3]);
    expect(placeMatches('berum', BAERUM)).toBe(true); // a dropped letter, as the issue typed it
    expect(placeMatches('kongsbreg', SCHOOL)).toBe(true); // a swap is two edits in nine letters
    expect(placeMatches('konsberg', SCHOOL)).toBe(true);
    expect(placeMatches('guovdagaidnu', KAUTOKEINO)).toBe(true);
    expect(placeMatches('bxrxm', BAERUM)).toBe(false);
    expect(placeMatches('brx', BAERUM)).toBe(false);
  });

  it('finds a school by its place and kind, whatever its name (libraryNames)', () => {
    const names = libraryNames('Kongsbakken videregående skole', true, ['Tromsø']);
    for (const q of ['Tromsø vgs', 'tromso videregående', 'vgs tromsø']) expect(placeMatches(q, names), q).toBe(true);
    expect(placeMatches('Bodø vgs', names)).toBe(false);
    // A public library is not a school of its place.
    expect(placeMatches('Tromsø vgs', libraryNames('Tromsø bibliotek', false, ['Tromsø']))).toBe(false);
  });

  it('rejects what is not there', () => {
    expect(placeMatches('bergen', TROMSO)).toBe(false);
    expect(placeMatches('oslo', BAERUM)).toBe(false);
    expect(placeMatches('tromsø bibliotek', TROMSO)).toBe(false);
    expect(placeMatches('vgs', BAERUM)).toBe(false);
    expect(placeMatches('storfjord', KAUTOKEINO)).toBe(false);
  });

  it('matches everything on an empty query and nothing with no names', () => {
    expect(placeMatches('', TROMSO)).toBe(true);
    expect(placeMatches('  - ', TROMSO)).toBe(true);
    expect(placeMatches('tromso', [])).toBe(false);
  });
});

describe('placeForms and queryForms', () => {
  it("start with the name's plain normalised text", () => {
    expect(placeForms('Bærum')[0]).toBe('baerum');
    expect(placeForms('Bærum')).toEqual(expect.arrayContaining(['baerum', 'barum', 'brum']));
    expect(placeForms('Kongsberg videregående skole')).toContain('kongsberg vgs');
  });

  it('stays small for names full of Norwegian letters', () => {
    // Each letter typed one way throughout the name: 3 × 3 × 2 spellings at most.
    expect(placeForms('Øvre Årdal Ærø Østre Åsen').length).toBeLessThanOrEqual(18);
    expect(placeForms('Rødøy')).not.toContain('roedy');
  });

  it('reads a query as typed and with the school kind abbreviated', () => {
    expect(queryForms('Kongsberg vg. skole')).toEqual(['kongsberg vg skole', 'kongsberg vgs']);
    expect(queryForms('kommune')).toEqual(['kommune']);
    expect(queryForms('')).toEqual([]);
  });
});

describe('occursWithin', () => {
  it('counts substitutions, omissions and additions', () => {
    expect(occursWithin('tromso', 'i tromso by', 0)).toBe(true);
    expect(occursWithin('trompo', 'tromso', 1)).toBe(true);
    expect(occursWithin('tromo', 'tromso', 1)).toBe(true);
    expect(occursWithin('trommso', 'tromso', 1)).toBe(true);
    expect(occursWithin('trxmpo', 'tromso', 1)).toBe(false);
  });
});
