/**
 * The map's colours, in one place for the SVG (a stylesheet of CSS custom properties that
 * follows the page's light or dark scheme), the legend (same classes), MapLibre (reads the
 * custom properties back) and the embed's picture (the light palette).
 *
 * Sequential classes are slices of viridis (as the theme's `map` support colour #21918C is),
 * chosen so that neighbouring classes stay apart for readers with protanopia, deuteranopia and
 * tritanopia (CIEDE2000 >= 10 after simulation, palette.test.ts) and every filled class has 3:1
 * against the map's background. Light scheme: more is darker; dark scheme: more is brighter, so
 * the strongest class is never the one that sinks into the background. "Offered only at a school"
 * is orange, which blue-green never turns into in any common colour-vision deficiency. "None" is
 * hatched in both renderers, so it never depends on colour at all. Browser-safe.
 */

/** Shading classes; short because every municipality's path carries one. */
export type ShadeClass = 'b0' | 'b1' | 'b2' | 'b3' | 'b4' | 'pub' | 'sch' | 'no' | 'na' | 'ns' | 'r0' | 'r1' | 'r2' | 'r3' | 'r4';

export type Scheme = 'light' | 'dark';

export interface MapPalette {
  /** Filled classes (hatched ones are drawn with `none` + `hatch`). */
  fill: Record<ShadeClass, string>;
  /** The base behind the hatch ("none"). */
  none: string;
  /** The hatch's lines. */
  hatch: string;
  /** The map's own background: the theme's neutral background-default (checked in palette.test.ts). */
  background: string;
  /** Lines between municipalities. */
  border: string;
  countyBorder: string;
  /** The outline of the chosen municipality. */
  selected: string;
  /** A library's mark: filled with `mark` when it has the service, with `markLacks` (outlined in `mark`) when not. */
  mark: string;
  markLacks: string;
}

/** Classes drawn hatched: nothing offered, whatever the view counts. */
export const HATCHED_CLASSES: ReadonlySet<ShadeClass> = new Set<ShadeClass>(['b0', 'no', 'r0']);

// viridis at 0.56, 0.38, 0.20 and 0 (light) and 0.36, 0.56, 0.76 and 1 (dark).
const LIGHT_STEPS = ['#229f87', '#2c738e', '#414487', '#440154'] as const;
const DARK_STEPS = ['#2e6e8e', '#229f87', '#64ca5d', '#fde725'] as const;

function palette(steps: readonly [string, string, string, string], rest: Omit<MapPalette, 'fill'> & { pub: string; sch: string; empty: string }): MapPalette {
  const [s1, s2, s3, s4] = steps;
  const hatched = `url(#map-hatch)`;
  return {
    fill: {
      b0: hatched,
      b1: s1,
      b2: s2,
      b3: s3,
      b4: s4,
      pub: rest.pub,
      sch: rest.sch,
      no: hatched,
      na: rest.empty,
      ns: rest.empty,
      r0: hatched,
      r1: s1,
      r2: s2,
      r3: s3,
      r4: s4,
    },
    none: rest.none,
    hatch: rest.hatch,
    background: rest.background,
    border: rest.border,
    countyBorder: rest.countyBorder,
    selected: rest.selected,
    mark: rest.mark,
    markLacks: rest.markLacks,
  };
}

export const MAP_PALETTES: Record<Scheme, MapPalette> = {
  light: palette(LIGHT_STEPS, {
    pub: '#2c738e',
    sch: '#b35806',
    empty: '#f4f5f6',
    none: '#e3e7eb',
    hatch: '#8a96a3',
    background: '#ffffff',
    border: '#ffffff',
    countyBorder: '#222222',
    selected: '#d4351c',
    mark: '#111111',
    markLacks: '#ffffff',
  }),
  dark: palette(DARK_STEPS, {
    pub: '#229f87',
    sch: '#e08214',
    empty: '#1f252b',
    none: '#39424b',
    hatch: '#7d8996',
    background: '#14181c',
    border: '#14181c',
    countyBorder: '#d5dbe1',
    selected: '#ff8a65',
    mark: '#f4f6f8',
    markLacks: '#14181c',
  }),
};

/** The custom property a class's colour is read from, e.g. `--map-b1`. */
export const classVar = (cls: ShadeClass): string => `--map-${cls}`;

const VARS: Array<[string, (p: MapPalette) => string]> = [
  ['--map-none', (p) => p.none],
  ['--map-hatch', (p) => p.hatch],
  ['--map-background', (p) => p.background],
  ['--map-border', (p) => p.border],
  ['--map-county', (p) => p.countyBorder],
  ['--map-selected', (p) => p.selected],
  ['--map-mark', (p) => p.mark],
  ['--map-mark-lacks', (p) => p.markLacks],
];

function declarations(p: MapPalette): string {
  const classes = (Object.entries(p.fill) as Array<[ShadeClass, string]>)
    .filter(([cls]) => !HATCHED_CLASSES.has(cls))
    .map(([cls, fill]) => `${classVar(cls)}:${fill}`);
  return [...classes, ...VARS.map(([name, get]) => `${name}:${get(p)}`)].join(';');
}

/**
 * The map's stylesheet: the palette as custom properties on `.norway-map` for the light scheme,
 * the dark one where the page is dark (the theme's `data-color-scheme`, "auto" following the
 * system), and one rule per class that reads them. The SVG's hatch pattern reads them too.
 */
export function mapStyleSheet(): string {
  const light = declarations(MAP_PALETTES.light);
  const dark = declarations(MAP_PALETTES.dark);
  const classes = (Object.keys(MAP_PALETTES.light.fill) as ShadeClass[])
    .map((cls) => `.norway-map .${cls}{fill:${HATCHED_CLASSES.has(cls) ? 'url(#map-hatch)' : `var(${classVar(cls)})`}}`)
    .join('');
  return (
    `.norway-map{${light}}` +
    `[data-color-scheme=dark] .norway-map{${dark}}` +
    `@media (prefers-color-scheme:dark){[data-color-scheme=auto] .norway-map{${dark}}}` +
    classes +
    '.norway-map .hb{fill:var(--map-none)}.norway-map .hl{stroke:var(--map-hatch)}' +
    '.norway-map .m path{stroke:var(--map-border);stroke-width:.6;stroke-linejoin:round;vector-effect:non-scaling-stroke}' +
    '.norway-map .m path.sel{stroke:var(--map-selected);stroke-width:3}.norway-map .m path.out{opacity:.3}' +
    '.norway-map .cb{fill:none;stroke:var(--map-county);stroke-width:1.2;vector-effect:non-scaling-stroke}' +
    '.norway-map .pt use{fill:var(--map-mark-lacks);stroke:var(--map-mark);stroke-width:1.5}.norway-map .pt use.h{fill:var(--map-mark);stroke:var(--map-mark-lacks)}' +
    // The legend's kind rows say what a shape means, so neither filled (has) nor open (lacks): half-tone.
    '.norway-map .pt use.k{fill:color-mix(in srgb,var(--map-mark) 45%,var(--map-mark-lacks));stroke:var(--map-mark)}'
  );
}
