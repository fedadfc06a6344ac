import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { wrap } from '../../lib/images/text-wrap';
import { PICTURE_WIDTH, pictureSvg } from './view-picture-svg';

const parts = {
  title: 'Antall tjenester per kommune i <Agder> & omegn, 2026',
  map: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><path class="s1" d="M0 0h10v10z"/></svg>',
  mapAspect: 2,
  legend: [
    { cls: 's0', label: 'Ingen (3 kommuner)' },
    { cls: 's1', label: '1–2 (4 kommuner)' },
  ],
  source: 'Kilde: Bibliotek24 (data hentet 25. november 2026).',
  demo: 'Eksempeldata: abonnementene er oppdiktet.',
};

describe('pictureSvg', () => {
  const { svg, width, height } = pictureSvg(parts);
  it('is one well-formed SVG with the title, legend, source and demo mark as text', () => {
    expect(() => SyntaxValidator.validate(svg)).not.toThrow();
    expect(svg).toContain('&lt;Agder&gt; &amp; omegn');
    expect(svg).toContain('class="s1"');
    expect(svg).toContain('Ingen (3 kommuner)');
    expect(svg).toContain('data hentet 25. november 2026');
    expect(svg).toContain('Eksempeldata');
  });
  it('places the map at its own shape inside the picture', () => {
    expect(width).toBe(PICTURE_WIDTH);
    const placed = /<svg x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"/.exec(svg)!;
    expect(Number(placed[3]) / Number(placed[4])).toBeCloseTo(2, 1);
    expect(height).toBeGreaterThan(Number(placed[2]) + Number(placed[4]));
  });
  it('leaves the demo mark out for real data', () => {
    expect(pictureSvg({ ...parts, demo: null }).svg).not.toContain('Eksempeldata');
  });
});

describe('wrap', () => {
  it('breaks at spaces within the width', () => {
    expect(wrap('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrap('', 5)).toEqual([]);
  });
});
