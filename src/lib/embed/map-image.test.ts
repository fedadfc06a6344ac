import { describe, expect, it } from 'vitest';
import { wrap } from '../images/text-wrap';
import { DEMO_IMAGE_MARK, demoBand, mapImageSvg } from './map-image';

describe('the map picture', () => {
  it('wraps text by words without losing any', () => {
    const text = 'Bibliotekene i 58 av 357 kommuner tilbyr PressReader i 2026';
    const lines = wrap(text, 20);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });

  it('draws every municipality with its class and escapes the text', () => {
    const svg = mapImageSvg({
      width: 100,
      height: 200,
      municipalities: [
        { n: '0301', d: 'M0 0h10v10z', cls: 'pub' },
        { n: '4601', d: 'M20 20h10v10z', cls: 'no' },
      ],
      countyBorders: 'M0 0',
      title: 'A & B <C>',
      summary: 'one sentence',
      legend: [{ cls: 'pub', label: 'Ja', count: 1 }],
      source: 'Kilde',
    });
    expect(svg).toContain('<path class="pub" d="M0 0h10v10z"/>');
    expect(svg).toContain('<path class="no" d="M20 20h10v10z"/>');
    expect(svg).toContain('A &amp; B &lt;C&gt;');
    expect(svg).not.toContain('<C>');
    expect(svg).toContain('Ja (1)');
  });
});

describe('mapImageSvg demo mark', () => {
  it('carries the example-data band only when asked', () => {
    const input = { width: 10, height: 10, municipalities: [], countyBorders: '', title: 'T', summary: 'S', legend: [], source: 'K' };
    expect(mapImageSvg({ ...input, demoMark: DEMO_IMAGE_MARK })).toContain('EKSEMPELDATA · EXAMPLE DATA');
    expect(mapImageSvg(input)).not.toContain('EKSEMPELDATA');
  });
});

describe('the demo band', () => {
  it("keeps its text white whatever the picture's own text rule says", () => {
    expect(demoBand('X')).toMatch(/<text [^>]*style="fill:#fff"[^>]*>X<\/text>/);
  });
});
