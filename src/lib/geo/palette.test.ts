import { readFileSync } from 'node:fs';
import Color from 'colorjs.io';
import { describe, expect, it } from 'vitest';
import { HATCHED_CLASSES, MAP_PALETTES, mapStyleSheet, type Scheme } from './palette';
import type { ShadeClass } from './palette';

/**
 * Colour-vision deficiencies simulated with Machado, Oliveira and Fernandes (2009), severity 1.0,
 * applied in linear RGB: what a reader with protanopia, deuteranopia or tritanopia sees.
 */
const DEFICIENCIES: Record<string, number[][] | null> = {
  normal: null,
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function seenAs(hex: string, matrix: number[][] | null): Color {
  const linear = new Color(hex).to('srgb-linear').coords as number[];
  if (!matrix) return new Color('srgb-linear', linear as [number, number, number]);
  const mixed = matrix.map((row) => Math.min(1, Math.max(0, row[0]! * linear[0]! + row[1]! * linear[1]! + row[2]! * linear[2]!)));
  return new Color('srgb-linear', mixed as [number, number, number]);
}
const difference = (a: string, b: string, matrix: number[][] | null) => seenAs(a, matrix).deltaE(seenAs(b, matrix), '2000');
const contrast = (a: string, b: string) => new Color(a).contrast(new Color(b), 'WCAG21');
const lightness = (hex: string) => new Color(hex).to('lab').coords[0] as number;

const SCHEMES: Scheme[] = ['light', 'dark'];
/** The classes a legend puts next to each other, in legend order (none last, as the legend does). */
const SEQUENCES: ShadeClass[][] = [
  ['b4', 'b3', 'b2', 'b1'],
  ['r4', 'r3', 'r2', 'r1'],
  ['pub', 'sch'],
];
/** A hatched class as a flat colour: its base and lines mixed as the eye averages them. */
const flat = (scheme: Scheme, cls: ShadeClass) =>
  HATCHED_CLASSES.has(cls)
    ? Color.mix(MAP_PALETTES[scheme].none, MAP_PALETTES[scheme].hatch, 0.33, { space: 'srgb' }).to('srgb').toString({ format: 'hex' })
    : MAP_PALETTES[scheme].fill[cls];

describe.each(SCHEMES)('the %s map palette', (scheme) => {
  const p = MAP_PALETTES[scheme];

  it.each(Object.keys(DEFICIENCIES))('keeps neighbouring legend classes apart for %s vision (CIEDE2000 >= 10)', (vision) => {
    const matrix = DEFICIENCIES[vision]!;
    for (const sequence of SEQUENCES) {
      for (let i = 1; i < sequence.length; i++) {
        const [a, b] = [sequence[i - 1]!, sequence[i]!];
        expect(difference(flat(scheme, a), flat(scheme, b), matrix), `${a}/${b}`).toBeGreaterThanOrEqual(10);
      }
      // The lowest filled class against "none", which the legend lists after it (hatched, too).
      expect(difference(flat(scheme, sequence.at(-1)!), flat(scheme, 'no'), matrix), `${sequence.at(-1)}/none`).toBeGreaterThanOrEqual(10);
    }
  });

  it('gives every filled class 3:1 against the map background (WCAG 1.4.11)', () => {
    for (const cls of ['b1', 'b2', 'b3', 'b4', 'pub', 'sch', 'r1', 'r2', 'r3', 'r4'] as const) {
      expect(contrast(p.fill[cls], p.background), cls).toBeGreaterThanOrEqual(3);
    }
    // And the hatch's lines stand out from their base, so "none" reads as hatched.
    expect(contrast(p.hatch, p.none)).toBeGreaterThanOrEqual(1.8);
  });

  it('orders the sequential classes by lightness, so they read without colour', () => {
    for (const prefix of ['b', 'r']) {
      const l = [1, 2, 3, 4].map((i) => lightness(p.fill[`${prefix}${i}` as ShadeClass]));
      // Light: more is darker; dark: more is brighter. Steps of at least 10 L*.
      for (let i = 1; i < l.length; i++) expect(scheme === 'light' ? l[i - 1]! - l[i]! : l[i]! - l[i - 1]!).toBeGreaterThanOrEqual(10);
    }
  });

  it("uses the theme's own background for the map", () => {
    const css = readFileSync('src/styles/theme/hvemharhva.css', 'utf8');
    const block = scheme === 'light' ? css.slice(css.indexOf('[data-color-scheme="light"]')) : css.slice(css.indexOf('[data-color-scheme="dark"]'));
    expect(block.match(/--ds-color-neutral-background-default:\s*(#[0-9a-f]{6})/i)?.[1]?.toLowerCase()).toBe(p.background);
  });
});

describe('the map stylesheet', () => {
  const css = mapStyleSheet();
  it('defines each scheme once and draws every class from it', () => {
    expect(css).toContain(`.norway-map{--map-b1:${MAP_PALETTES.light.fill.b1}`);
    expect(css).toContain(`[data-color-scheme=dark] .norway-map{--map-b1:${MAP_PALETTES.dark.fill.b1}`);
    expect(css).toContain(`@media (prefers-color-scheme:dark){[data-color-scheme=auto] .norway-map{--map-b1:${MAP_PALETTES.dark.fill.b1}`);
    expect(css).toContain('.norway-map .b1{fill:var(--map-b1)}');
    for (const cls of HATCHED_CLASSES) expect(css).toContain(`.norway-map .${cls}{fill:url(#map-hatch)}`);
  });
});
