import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize';

describe('normalizeText', () => {
  it.each([
    ['Tromsø', 'tromso'],
    ['TROMSØ', 'tromso'],
    ['Bærum', 'baerum'],
    ['Ålesund', 'alesund'],
    ['Aalesund', 'alesund'],
    ['Båtsfjord', 'batsfjord'],
    ['Tromsö', 'tromso'],
    ['Bärum', 'baerum'],
  ])('folds Norwegian letters: %s -> %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('folds Sami letters and accents to ASCII', () => {
    expect(normalizeText('Kárášjohka')).toBe('karasjohka');
    expect(normalizeText('Porsáŋgu')).toBe('porsangu');
    expect(normalizeText('Dielddanuorri')).toBe('dielddanuorri');
    expect(normalizeText('Unjárga')).toBe('unjarga');
    expect(normalizeText('Evenášši')).toBe('evenassi');
  });

  it('treats hyphens, punctuation and runs of spaces as one space', () => {
    expect(normalizeText('Guovdageaidnu - Kautokeino')).toBe('guovdageaidnu kautokeino');
    expect(normalizeText('  Sogn-og--Fjordane ')).toBe('sogn og fjordane');
    expect(normalizeText('medici.tv')).toBe('medici tv');
  });

  it('keeps digits, so postcodes survive', () => {
    expect(normalizeText(' 0150 Oslo')).toBe('0150 oslo');
  });

  it('gives the same text for the ways people write a name', () => {
    const forms = ['Ålesund', 'ålesund', 'Aalesund', 'alesund', 'ALESUND'];
    expect(new Set(forms.map(normalizeText)).size).toBe(1);
  });
});
