/**
 * The theme's contrast promise (WCAG 2.1 AA), read from the CSS the Designsystemet CLI built: for every
 * colour of the theme, in light and dark, the text tokens on the backgrounds and surfaces they are made
 * for, the text on a filled (base) colour, and borders that outline controls.
 */
import Color from 'colorjs.io';

export type ColorScheme = 'light' | 'dark';

/** `--ds-color-<color>-<role>: #hex` of one scheme's block (`[data-color-scheme="light|dark"]`). */
export function schemeTokens(css: string, scheme: ColorScheme): Map<string, string> {
  const start = css.indexOf(`[data-color-scheme="${scheme}"]`);
  if (start < 0) throw new Error(`theme CSS: no [data-color-scheme="${scheme}"] block`);
  const block = css.slice(start, css.indexOf('}', start));
  return new Map([...block.matchAll(/--ds-color-([a-z0-9-]+):\s*(#[0-9a-fA-F]{3,8})\s*;/g)].map((m) => [m[1]!, m[2]!]));
}

/** The theme's colour names (`accent`, `neutral`, `success` ...), from its `-base-default` tokens. */
export function themeColors(tokens: Map<string, string>): string[] {
  return [...tokens.keys()].filter((k) => k.endsWith('-base-default')).map((k) => k.replace(/-base-default$/, ''));
}

export interface ContrastPair {
  foreground: string;
  background: string;
  /** 4.5 for text, 3 for borders that outline a control (WCAG 1.4.3, 1.4.11). */
  minimum: number;
}

/** The pairs Designsystemet's roles are made for, for one colour. */
export function rolePairs(color: string): ContrastPair[] {
  const pair = (foreground: string, background: string, minimum: number) => ({
    foreground: `${color}-${foreground}`,
    background: `${color}-${background}`,
    minimum,
  });
  const backgrounds = ['background-default', 'background-tinted', 'surface-default', 'surface-tinted'];
  return [
    ...backgrounds.flatMap((b) => [pair('text-default', b, 4.5), pair('text-subtle', b, 4.5)]),
    ...['surface-hover', 'surface-active'].map((b) => pair('text-default', b, 4.5)),
    ...['base-default', 'base-hover', 'base-active'].map((b) => pair('base-contrast-default', b, 4.5)),
    pair('border-default', 'background-default', 3),
  ];
}

export function contrastRatio(foreground: string, background: string): number {
  return new Color(background).contrast(new Color(foreground), 'WCAG21');
}

/** Every pair below its minimum, described for a test failure. */
export function contrastFailures(tokens: Map<string, string>): string[] {
  return themeColors(tokens).flatMap((color) =>
    rolePairs(color).flatMap(({ foreground, background, minimum }) => {
      const fg = tokens.get(foreground);
      const bg = tokens.get(background);
      if (!fg || !bg) return [`${foreground} on ${background}: token missing`];
      const ratio = contrastRatio(fg, bg);
      return ratio < minimum ? [`${foreground} ${fg} on ${background} ${bg}: ${ratio.toFixed(2)} < ${minimum}`] : [];
    }),
  );
}
