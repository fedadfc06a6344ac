/**
 * Which libraries a map lists (its library table) and marks (its points): one rule for the build
 * (NorwayMap's SVG and table), the browser (after a filter change) and MapLibre's points.
 * Browser-safe and pure.
 */
import type { Lang } from '../i18n/lang';
import type { MapLibrary } from './map-data';
import { MAP_STRINGS } from './map-strings';
import type { MapView } from './view-state';

export interface PointMark {
  id: string;
  kind: MapLibrary['kind'];
  /** Whether the library has what the view asks about. */
  has: boolean;
  /** What the library table says: yes/no for one service, else how many services. */
  text: string;
}

/** A listed library with its place on the drawn map (map units). */
export interface PlacedMark extends PointMark {
  x: number;
  y: number;
  /** Where the library really is, when spreadMarks moved its mark aside. */
  from?: [number, number];
}

/** Whether a view marks and lists only the libraries that have its service: a national map of one service. */
export function listsHoldersOnly(view: Pick<MapView, 'mode' | 'countyNumber'>): boolean {
  return view.mode === 'service' && !view.countyNumber;
}

export interface LibraryPools {
  all: readonly MapLibrary[];
  /** The libraries seated in a county. */
  inCounty: (countyNumber: string) => readonly MapLibrary[];
  /** The libraries with the view's service; undefined without a service. */
  holders: readonly MapLibrary[] | undefined;
}

/**
 * The libraries a view lists, in pool order: every library in the view's county; on a national
 * map of one service only those that have it (listing every school on every service page would
 * make the site grow as services × libraries; the shading and the counts show where it is
 * missing); else every library. Only the kinds the view counts.
 */
export function listedLibraries(
  view: Pick<MapView, 'mode' | 'countyNumber' | 'kind'>,
  pools: LibraryPools,
  describe: (library: MapLibrary) => Pick<PointMark, 'has' | 'text'>,
): PointMark[] {
  const holdersOnly = listsHoldersOnly(view);
  const candidates = view.countyNumber ? pools.inCounty(view.countyNumber) : holdersOnly ? (pools.holders ?? []) : pools.all;
  const points: PointMark[] = [];
  for (const l of candidates) {
    if (view.kind !== 'all' && l.kind !== view.kind) continue;
    const { has, text } = describe(l);
    if (has || !holdersOnly) points.push({ id: l.id, kind: l.kind, has, text });
  }
  return points;
}

/**
 * The listed libraries that get a mark on the drawn map, in list order: those with a position on
 * it; public libraries only where `markPublic` says so. The SVG marks them only on a county's map
 * (on the national map they are the shading itself); MapLibre, which zooms, always does.
 */
export function placedMarks(
  points: readonly PointMark[],
  markPublic: boolean,
  position: (id: string) => readonly [number, number] | null | undefined,
): PlacedMark[] {
  const marks: PlacedMark[] = [];
  for (const p of points) {
    if (p.kind === 'public' && !markPublic) continue;
    const xy = position(p.id);
    if (xy) marks.push({ ...p, x: xy[0], y: xy[1] });
  }
  return marks;
}

/** The symbol a mark uses (defined in NorwayMap.astro's SVG): a circle for a public library, a triangle for a school. */
export function markSymbol(kind: MapLibrary['kind']): string {
  return kind === 'public' ? '#map-pub' : '#map-sch';
}

/** The words of the library table the map lists its libraries in, the same from build and browser. */
export function libraryListText(
  lang: Lang,
  view: Pick<MapView, 'mode' | 'countyNumber' | 'baseline'>,
  count: number,
): { summary: string; valueHeading: string } {
  const t = MAP_STRINGS[lang];
  return {
    summary: (listsHoldersOnly(view) ? t.librariesOffering : t.librariesTable)(count),
    // What each row's value says: yes/no for one service, else how many services (shadeView).
    valueHeading: view.mode === 'service' ? t.legendTitle.service : view.baseline ? t.legendTitle.breadthAll : t.legendTitle.breadth,
  };
}

/** "Folkebibliotek" or "Videregående skole", in the table and the MapLibre popup. */
export function libraryKindText(lang: Lang, kind: MapLibrary['kind']): string {
  return kind === 'public' ? MAP_STRINGS[lang].publicLibrary : MAP_STRINGS[lang].school;
}

/** How far apart two marks' centres must be so neither covers the other (map units; a mark is about 14 wide). */
export const MARK_SPACING = 15;

/**
 * Moves marks that would overlap apart, so no mark hides another: marks closer than `spacing`
 * form a group, laid out on a hexagonal lattice (`spacing` apart) around the group's centre,
 * closest to the centre first; groups that then touch are merged and laid out again, until
 * none overlap. Returned in drawing order: marks that lack the service first, so one that has
 * it is never drawn under one that lacks it.
 */
export function spreadMarks<T extends PlacedMark>(marks: readonly T[], spacing = MARK_SPACING): T[] {
  // Each group: its members (with their own positions) and where they are drawn now.
  let groups = marks.map((m) => ({ members: [m], drawn: [{ x: m.x, y: m.y }] }));
  const near = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y) < spacing - 1e-9;
  for (let round = 0; round < marks.length; round++) {
    // Union-find over groups with any two drawn marks too close.
    const parent = groups.map((_, i) => i);
    const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
    // A grid of cells `spacing` wide: only marks in neighbouring cells can be too close.
    const cells = new Map<string, number[]>();
    const cellOf = (p: { x: number; y: number }) => [Math.floor(p.x / spacing), Math.floor(p.y / spacing)] as const;
    groups.forEach((g, gi) =>
      g.drawn.forEach((p) => {
        const [cx, cy] = cellOf(p);
        const key = `${cx} ${cy}`;
        cells.set(key, [...(cells.get(key) ?? []), gi]);
      }),
    );
    let merged = false;
    groups.forEach((g, gi) =>
      g.drawn.forEach((p) => {
        const [cx, cy] = cellOf(p);
        for (let dx = -1; dx <= 1; dx++)
          for (let dy = -1; dy <= 1; dy++)
            for (const gj of cells.get(`${cx + dx} ${cy + dy}`) ?? []) {
              if (gj === gi || root(gj) === root(gi)) continue;
              if (groups[gj]!.drawn.some((q) => near(p, q))) {
                parent[root(gj)] = root(gi);
                merged = true;
              }
            }
      }),
    );
    if (!merged) break;
    const byRoot = new Map<number, T[]>();
    groups.forEach((g, gi) => byRoot.set(root(gi), [...(byRoot.get(root(gi)) ?? []), ...g.members]));
    groups = [...byRoot.values()].map((members) => ({
      members,
      drawn: members.length === 1 ? [{ x: members[0]!.x, y: members[0]!.y }] : lattice(members, spacing),
    }));
  }
  const placed = groups.flatMap((g) =>
    g.members.map((m, i): T => {
      const [x, y] = [round2(g.drawn[i]!.x), round2(g.drawn[i]!.y)];
      return x === m.x && y === m.y ? m : { ...m, x, y, from: m.from ?? [m.x, m.y] };
    }),
  );
  // Stable within each half: lacking first, having last (drawn on top).
  return [...placed.filter((m) => !m.has), ...placed.filter((m) => m.has)];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Positions on a hexagonal lattice around the members' centre, one per member, in member order (nearest member to the centre gets the centre). */
function lattice(members: readonly PlacedMark[], spacing: number): Array<{ x: number; y: number }> {
  const cx = members.reduce((s, m) => s + m.x, 0) / members.length;
  const cy = members.reduce((s, m) => s + m.y, 0) / members.length;
  // Lattice sites ring by ring: ring 0 the centre, ring r has 6r sites.
  const sites: Array<{ x: number; y: number }> = [{ x: cx, y: cy }];
  for (let ring = 1; sites.length < members.length; ring++) {
    for (let side = 0; side < 6; side++) {
      const a = (Math.PI / 3) * side;
      const b = (Math.PI / 3) * (side + 2);
      for (let step = 0; step < ring; step++) {
        sites.push({ x: cx + spacing * (ring * Math.cos(a) + step * Math.cos(b)), y: cy + spacing * (ring * Math.sin(a) + step * Math.sin(b)) });
      }
    }
  }
  // Each member takes the free site nearest its own position, the members nearest the centre first,
  // so the layout keeps the marks' rough arrangement (west stays west).
  const order = members
    .map((_m, i) => i)
    .sort(
      (i, j) =>
        Math.hypot(members[i]!.x - cx, members[i]!.y - cy) - Math.hypot(members[j]!.x - cx, members[j]!.y - cy) || (members[i]!.id < members[j]!.id ? -1 : 1),
    );
  const free = sites.slice(0, members.length);
  const result: Array<{ x: number; y: number }> = new Array(members.length);
  for (const i of order) {
    const m = members[i]!;
    // The best site's distance is kept, not measured again for every site: groups can hold hundreds of marks.
    let best = 0;
    let bestDistance = Math.hypot(free[0]!.x - m.x, free[0]!.y - m.y);
    for (let k = 1; k < free.length; k++) {
      const distance = Math.hypot(free[k]!.x - m.x, free[k]!.y - m.y);
      if (distance < bestDistance) {
        best = k;
        bestDistance = distance;
      }
    }
    result[i] = free.splice(best, 1)[0]!;
  }
  return result;
}

/** Which rows the legend of marks needs: only what is drawn (never an empty row). */
export function markLegend(marks: readonly PointMark[]): { public: boolean; school: boolean; has: boolean; lacks: boolean } {
  return {
    public: marks.some((m) => m.kind === 'public'),
    school: marks.some((m) => m.kind === 'school'),
    has: marks.some((m) => m.has),
    lacks: marks.some((m) => !m.has),
  };
}
