import { describe, expect, it } from 'vitest';
import { mapImageSvg, wrap } from './map-image';

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
      municipalities: [{ n: '0301', d: 'M0 0h10v10z', cls: 'pub' }, { n: '4601', d: 'M20 20h10v10z', cls: 'no' }],
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

  it('carries a visible demo mark when the data is demo data, and none otherwise', () => {
    const base = { width: 100, height: 200, municipalities: [], countyBorders: 'M0 0', title: 'T', summary: 'S', legend: [], source: 'Kilde' };
    const demo = mapImageSvg({ ...base, demoMark: 'Eksempeldata / Example data' });
    expect(demo).toMatch(/<rect x="0" y="0" width="1200" height="\d+" fill="#a4001d"\/><text [^>]*class="d">Eksempeldata \/ Example data<\/text>/);
    // The band is drawn last, so nothing covers it.
    expect(demo.lastIndexOf('Eksempeldata')).toBeGreaterThan(demo.lastIndexOf('<text x="560"'));
    expect(mapImageSvg(base)).not.toContain('Eksempeldata');
  });
});

