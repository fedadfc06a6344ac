/**
 * Makes a frozen embed page (`/embed/v/<version>/…`) self-contained, so it keeps working after
 * later builds have replaced the hashed files under `/_astro/`: each stylesheet link becomes a
 * `<style>` with the file's content, and module scripts and their preloads are dropped (a frozen
 * embed never starts the map's island: EmbedPage.astro gives it the `embed-static` class). Pure: the caller
 * reads the assets.
 */
import { htmlElements, replaceRanges } from '../html/read-html';

/** Hashed build output that the next build may delete. */
const ASSET_PREFIX = '/_astro/';
/** A `/_astro/` URL inside CSS (`url(/_astro/x.woff2)`, quoted or not). */
const ASSET_URL = /\/_astro\/[^\s"'()]+/g;

/**
 * The page with its `/_astro/` stylesheets inlined and its `/_astro/` scripts and preloads removed.
 * `readAsset` gets a URL path such as `/_astro/global.x.css` and returns the file's text, or
 * undefined if there is no such file. Throws, naming `page`, when a stylesheet is missing or
 * when anything else still points under `/_astro/` (a font or image in the CSS, say), because
 * such a page would break silently once that file is gone. With `shareCss` (given the CSS, returns
 * the URL of an immutable copy) the stylesheet is linked from there instead of inlined. With
 * `shareFile` (given a `/_astro/` path, returns the URL of an immutable copy of that file) the
 * files the CSS loads (the site's font) and their preloads point at such copies.
 */
export function freezeHtml(
  html: string,
  readAsset: (path: string) => string | undefined,
  page = 'page',
  shareCss?: (css: string) => string,
  shareFile?: (path: string) => string,
): string {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const element of htmlElements(html)) {
    const { name, attrs } = element;
    const drop = () => edits.push({ start: element.start, end: element.end, text: '' });
    if (name === 'script' && attrs.src?.startsWith(ASSET_PREFIX)) drop();
    if (name !== 'link' || !attrs.href?.startsWith(ASSET_PREFIX)) continue;
    const href = attrs.href;
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('modulepreload')) {
      drop();
      continue;
    }
    if (rel.includes('preload') && shareFile) {
      const tag = html.slice(element.start, element.startTagEnd);
      edits.push({ start: element.start, end: element.startTagEnd, text: tag.replace(href, shareFile(href)) });
      continue;
    }
    if (!rel.includes('stylesheet')) continue;
    const linked = readAsset(href);
    const css = linked === undefined || !shareFile ? linked : linked.replace(ASSET_URL, (path) => shareFile(path));
    if (css === undefined) throw new Error(`freeze: ${page} links the stylesheet ${href}, which is not in the build`);
    // "</style" inside the CSS would end the element early.
    if (/<\/style/i.test(css)) throw new Error(`freeze: ${href} (linked from ${page}) contains "</style", which cannot be inlined`);
    const media = attrs.media;
    // The shared format links an immutable copy instead of inlining it (see frozen-shared.ts).
    const text = shareCss
      ? `<link rel="stylesheet" href="${shareCss(css)}"${media ? ` media="${media}"` : ''}>`
      : `<style${media ? ` media="${media}"` : ''}>${css}</style>`;
    edits.push({ start: element.start, end: element.end, text });
  }
  const frozen = replaceRanges(html, edits);
  const left = frozen.indexOf(ASSET_PREFIX);
  if (left !== -1) {
    const context = frozen.slice(Math.max(0, left - 60), left + 80).replace(/\s+/g, ' ');
    throw new Error(`freeze: ${page} still refers to ${ASSET_PREFIX} after inlining (inline or drop it): …${context}…`);
  }
  return frozen;
}
