/**
 * The embed builder's choices turned into an embed URL: the pre-rendered widget (Norway, a
 * service, a county) plus the map's own URL filters (lib/geo/view-state.ts) for what differs,
 * and the embed flags. Browser-safe and pure.
 */
import { PARAMS } from '../geo/view-state';

export interface BuilderChoice {
  /** Service slugs; empty for breadth. */
  services: string[];
  /** Service slug -> id, to write the map filter. */
  serviceIds: Record<string, string>;
  /** County number and slug, or null for Norway. */
  county: { n: string; slug: string } | null;
  kind: 'all' | 'public' | 'school';
  /** null: the dataset's current year. */
  year: number | null;
  lang: 'nb' | 'nn' | 'en';
  theme: 'auto' | 'light' | 'dark';
}

const KIND_VALUE = { public: 'folkebibliotek', school: 'vgs' } as const;

/** One URL path + query per widget (one per chosen service, or one for breadth). */
export function builderUrls(choice: BuilderChoice): string[] {
  const prefix = choice.lang === 'nb' ? '' : `/${choice.lang}`;
  const common = (params: URLSearchParams) => {
    if (choice.kind !== 'all') params.set(PARAMS.kind, KIND_VALUE[choice.kind]);
    if (choice.year !== null) params.set(PARAMS.year, String(choice.year));
    if (choice.theme !== 'auto') params.set('theme', choice.theme);
    const s = params.toString();
    return s ? `?${s}` : '';
  };
  if (choice.services.length === 0) {
    const path = choice.county ? `${prefix}/embed/fylker/${choice.county.slug}/` : `${prefix}/embed/`;
    return [path + common(new URLSearchParams())];
  }
  return choice.services.map((slug) => {
    const params = new URLSearchParams();
    if (choice.county) params.set(PARAMS.county, choice.county.n);
    return `${prefix}/embed/tjenester/${slug}/${common(params)}`;
  });
}

/** A default iframe height for a width: map and legend stack below 768 px. */
export function defaultHeight(width: number): number {
  if (width < 480) return 900;
  if (width < 768) return 1000;
  return 760;
}
