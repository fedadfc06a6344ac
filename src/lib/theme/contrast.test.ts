import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastFailures, contrastRatio, schemeTokens, themeColors } from './contrast';

const THEME_CSS = readFileSync(new URL('../../styles/theme/hvemharhva.css', import.meta.url), 'utf8');

describe('the theme meets WCAG 2.1 AA contrast', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`in ${scheme} mode, for every colour's text, filled and border roles`, () => {
      const tokens = schemeTokens(THEME_CSS, scheme);
      expect(themeColors(tokens)).toEqual(expect.arrayContaining(['accent', 'neutral', 'map', 'success', 'danger', 'warning', 'info']));
      expect(contrastFailures(tokens)).toEqual([]);
    });
  }

  it('finds a pair that fails', () => {
    const tokens = schemeTokens(THEME_CSS, 'light');
    tokens.set('accent-text-subtle', '#9fb7c4');
    expect(contrastFailures(tokens)).toEqual(expect.arrayContaining([expect.stringMatching(/^accent-text-subtle #9fb7c4 on accent-background-default/)]));
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
