/**
 * The embed builder's choices turned into an embed URL: the pre-rendered widget (Norway, a
 * service, a county) plus the map's own URL filters (lib/geo/view-state.ts) for what differs,
 * and the embed flags. Browser-safe and pure.
 */
import { PARAMS } from '../geo/view-state';
import { embedPath, localePath, servicePath, countyPath, widgetKey } from '../site/urls';
import { escapeMarkup } from '../html/escape';

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

/** The pre-rendered widget behind each URL the builder makes (one per chosen service, or one for breadth). */
function builderKeys(choice: BuilderChoice): string[] {
  if (choice.services.length === 0) return [widgetKey({ county: choice.county?.slug })];
  return choice.services.map((slug) => widgetKey({ service: slug }));
}

/** One URL path + query per widget (one per chosen service, or one for breadth). */
export function builderUrls(choice: BuilderChoice): string[] {
  return builderKeys(choice).map((key) => {
    const params = new URLSearchParams();
    if (choice.county && choice.services.length > 0) params.set(PARAMS.county, choice.county.n);
    if (choice.kind !== 'all') params.set(PARAMS.kind, KIND_VALUE[choice.kind]);
    if (choice.year !== null) params.set(PARAMS.year, String(choice.year));
    if (choice.theme !== 'auto') params.set('theme', choice.theme);
    const query = params.toString();
    return embedPath(choice.lang, key) + (query ? `?${query}` : '');
  });
}

/** The size of a widget's picture (`kart.png`) and of the share image. */
export const IMAGE_WIDTH = 1200;
export const IMAGE_HEIGHT = 630;

/**
 * A widget's picture: in bokmål for bokmål and nynorsk (and for every frozen version), and the
 * latest also in English, so a page or embed shared from /en/ previews in English.
 */
export function widgetPicturePath(key: string, version?: string, lang: 'nb' | 'nn' | 'en' = 'nb'): string {
  return `${embedPath(hasOwnPicture(lang, version) ? lang : 'nb', key, version)}kart.png`;
}

/** Whether a language's widget has a picture of its own (sharp's time is spent on these only). */
export function hasOwnPicture(lang: 'nb' | 'nn' | 'en', version?: string): boolean {
  return lang === 'nb' || (lang === 'en' && version === undefined);
}

/**
 * The snippet a host page pastes: the iframe (iframeSnippet), what readers without frames or
 * scripts get under it (a link to the full page: with the widget's picture when there is one, else
 * with the title) and the resize script (resizeScript), so the snippet pasted alone fits the frame
 * to the whole widget. The only place a snippet is written (ready-made widgets on every page,
 * oEmbed, the builder).
 */
export function embedSnippet(parts: { src: string; title: string; width: number; full: string; picture?: { src: string; alt: string } }): string {
  const { src, title, width, full, picture } = parts;
  const fallback = picture
    ? `<img src="${escapeMarkup(picture.src)}" alt="${escapeMarkup(picture.alt)}" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" style="max-width:100%;height:auto">`
    : escapeMarkup(title);
  return `${iframeSnippet(src, title, width)}<noscript><a href="${escapeMarkup(full)}">${fallback}</a></noscript>${resizeScript(new URL(src).origin)}`;
}

/**
 * The resize script's tag (public/embed/resize.js, about 1 KB): it fits each frame to the height
 * its widget reports. Several snippets on one page load it once (it guards itself).
 */
export function resizeScript(origin: string): string {
  return `<script src="${escapeMarkup(origin)}/embed/resize.js" async></script>`;
}

/**
 * The builder's snippet for its `index`th URL. A pre-rendered view (no filters beyond the theme)
 * has a picture of exactly its figures. A filtered view has no picture of its own (a default
 * view's picture would show other figures), so it gets a text link to the full page instead.
 */
export function builderSnippet(choice: BuilderChoice, index: number, origin: string, title: string, alt: string, width: number): string {
  const url = builderUrls(choice)[index]!;
  const query = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  const prerendered = !query || /^\?theme=\w+$/.test(query);
  const picture = prerendered ? { src: origin + widgetPicturePath(builderKeys(choice)[index]!, undefined, choice.lang), alt } : undefined;
  return embedSnippet({ src: origin + url, title, width, full: origin + fullPagePath(choice, index), picture });
}

/** The words a builder view needs: each service's name, breadth's title for Norway ('') and per county number, county names, the kinds' names, "Kart:" before a picture's title. */
export interface BuilderNames {
  services: Record<string, string>;
  breadth: Record<string, string>;
  alt: string;
  /** County number -> name. */
  counties?: Record<string, string>;
  /** The kinds narrower than all ("Folkebibliotek", "Videregående skoler"). */
  kinds?: Partial<Record<BuilderChoice['kind'], string>>;
}

/**
 * A widget's title by what it shows: the service (or breadth's title, which names its county)
 * followed by what the choice narrows it to: county, kind and a year other than the current one.
 * "PressReader (Troms, Videregående skoler, 2024)", not "PressReader".
 */
export function builderTitle(choice: BuilderChoice, names: BuilderNames, base: string, breadth: boolean): string {
  const county = choice.county && !breadth ? names.counties?.[choice.county.n] : undefined;
  const kind = choice.kind !== 'all' ? names.kinds?.[choice.kind] : undefined;
  const parts = [county, kind, choice.year === null ? undefined : String(choice.year)].filter((p): p is string => !!p);
  return parts.length ? `${base} (${parts.join(', ')})` : base;
}

/**
 * Everything the builder shows for a choice: the snippet (one frame per widget) and the preview's
 * frames, each the snippet's own iframe (iframeSnippet, without the style), so the two can't drift apart.
 */
export function builderView(choice: BuilderChoice, names: BuilderNames, origin: string, width: number) {
  const urls = builderUrls(choice);
  const titles = choice.services.length
    ? choice.services.map((slug) => builderTitle(choice, names, names.services[slug] ?? slug, false))
    : [builderTitle(choice, names, names.breadth[choice.county?.n ?? ''] ?? names.breadth['']!, true)];
  const snippets = urls.map((_, i) => builderSnippet(choice, i, origin, titles[i]!, `${names.alt} ${titles[i]!}`, width));
  return {
    snippet: snippets.join('\n'),
    frames: urls.map((url, i) => ({ src: origin + url, html: iframeSnippet(origin + url, titles[i]!, width, null) })),
  };
}

/** The full page a widget links to: the service, the county or the front page, in the chosen language. */
export function fullPagePath(choice: BuilderChoice, index: number): string {
  const service = choice.services[index];
  return localePath(choice.lang, service ? servicePath(service) : choice.county ? countyPath(choice.county.slug) : '/');
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
 * The attributes of an embed's iframe, in order: title, width and height as numbers the frame
 * really has, lazy loading, sandbox and referrer policy. The one list the host page's snippet
 * (iframeSnippet) and the builder's live preview both write, so the preview is the frame a host
 * page gets.
 */
export function iframeAttributes(src: string, title: string, width: number) {
  return {
    src,
    title,
    loading: 'lazy',
    width: String(width),
    height: String(defaultHeight(width)),
    sandbox: EMBED_SANDBOX,
    referrerpolicy: EMBED_REFERRER_POLICY,
  } as const;
}

/** The host page's look for the frame: no border, never wider than its column. */
const SNIPPET_STYLE = 'border:0;max-width:100%';

/**
 * The one iframe markup: iframeAttributes, escaped, then `style`; oEmbed's width and height are the
 * same numbers. The builder's preview writes it with `style` null (the site's CSP allows no style
 * attribute; its stylesheet does the same).
 */
export function iframeSnippet(src: string, title: string, width: number, style: string | null = SNIPPET_STYLE): string {
  const attributes = style === null ? iframeAttributes(src, title, width) : { ...iframeAttributes(src, title, width), style };
  const attrs = Object.entries(attributes)
    .map(([name, value]) => `${name}="${escapeMarkup(value)}"`)
    .join(' ');
  return `<iframe ${attrs} data-hhh-embed></iframe>`;
}

/** A default iframe height for a width: map and legend stack below 768 px. */
export function defaultHeight(width: number): number {
  if (width < 480) return 900;
  if (width < 768) return 1000;
  return 760;
}
