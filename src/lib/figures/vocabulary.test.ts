import { describe, expect, it } from 'vitest';
import { FIGURE_IDS, FIGURES, figureHref, GLOSSARY } from './vocabulary';

describe('the figure vocabulary', () => {
  it('defines every figure once, with its set and formula, and names and defines it in every language', () => {
    expect(Object.keys(FIGURES).sort()).toEqual([...FIGURE_IDS].sort());
    for (const lang of ['nb', 'nn', 'en'] as const) {
      for (const id of FIGURE_IDS) {
        expect(FIGURES[id].counts.length, id).toBeGreaterThan(10);
        expect(GLOSSARY[lang].terms[id].name.length, `${lang} ${id}`).toBeGreaterThan(3);
        expect(GLOSSARY[lang].terms[id].definition.length, `${lang} ${id}`).toBeGreaterThan(20);
      }
      // One term per idea: no two figures share a name.
      expect(new Set(FIGURE_IDS.map((id) => GLOSSARY[lang].terms[id].name)).size).toBe(FIGURE_IDS.length);
    }
  });

  it('links each figure to its entry in the glossary on /om/, in the reader’s language', () => {
    expect(figureHref('paid-services', 'nb')).toBe('/om/#paid-services');
    expect(figureHref('coverage', 'nn')).toBe('/nn/om/#coverage');
  });

  it('labels counts with the set they count, in the plural the number takes', () => {
    expect(GLOSSARY.nb.paidServices(1)).toBe('1 betalt tjeneste');
    expect(GLOSSARY.nb.allServices(3)).toBe('3 tjenester i alt');
    expect(GLOSSARY.nn.paidServices(2)).toBe('2 betalte tenester');
    expect(GLOSSARY.en.allServices(1)).toBe('1 service in all');
  });
});
