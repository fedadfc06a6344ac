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

/** Escapes text for an HTML attribute or text in a snippet. */
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * What readers without frames or scripts get under each iframe. A pre-rendered view (no filters
 * beyond the theme) has a picture of exactly its figures: the image, linked to the full page. A
 * filtered view has no picture of its own (a default view's picture would show other figures),
 * so it gets a text link to the full page instead.
 */
export function noscriptFallback(url: string, origin: string, choice: BuilderChoice, index: number, title: string, alt: string): string {
  const full = origin + fullPagePath(choice, index);
  const query = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  if (query && !/^\?theme=\w+$/.test(query)) return `<noscript><a href="${esc(full)}">${esc(title)}</a></noscript>`;
  // Pictures are rendered once, in bokmål, for every language.
  const picture = origin + url.split('?')[0]!.replace(/^\/(nn|en)\//, '/') + 'kart.png';
  return `<noscript><a href="${esc(full)}"><img src="${esc(picture)}" alt="${esc(alt)}" width="1200" height="630" style="max-width:100%;height:auto"></a></noscript>`;
}

/** The full page a widget links to: the service, the county or the front page, in the chosen language. */
export function fullPagePath(choice: BuilderChoice, index: number): string {
  const prefix = choice.lang === 'nb' ? '' : `/${choice.lang}`;
  const service = choice.services[index];
  if (service) return `${prefix}/tjenester/${service}/`;
  return choice.county ? `${prefix}/fylker/${choice.county.slug}/` : `${prefix}/`;
}

/**
 * What the widget needs from a sandboxed frame, and no more: its own scripts (flags, island,
 * height messages); its own origin (without it the origin is "null": the resize script ignores its
 * messages and the island can't fetch /kart/data.json); popups for its links, which open outside
 * the frame (target=_blank) and must then not inherit the sandbox; downloads for the CSV link.
 * Not allowed: forms, top navigation, modals, pointer lock, presentation.
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads';
/** The host page tells the site its origin only, never the article's path. */
export const EMBED_REFERRER_POLICY = 'strict-origin-when-cross-origin';

/**
 * The iframe of a snippet: title, width and height as numbers the frame really has (the width
 * shrinks to a narrower column through max-width), lazy loading, sandbox and referrer policy.
 * oEmbed's width and height are the same numbers.
 */
export function iframeSnippet(src: string, title: string, width: number): string {
  return `<iframe src="${esc(src)}" title="${esc(title)}" loading="lazy" width="${width}" height="${defaultHeight(width)}" sandbox="${EMBED_SANDBOX}" referrerpolicy="${EMBED_REFERRER_POLICY}" style="border:0;max-width:100%" data-hhh-embed></iframe>`;
}

/** A default iframe height for a width: map and legend stack below 768 px. */
export function defaultHeight(width: number): number {
  if (width < 480) return 900;
  if (width < 768) return 1000;
  return 760;
}
