/**
 * Makes a frozen embed page (`/embed/v/<version>/…`) self-contained, so it keeps working after
 * later builds have replaced the hashed files under `/_astro/`: each stylesheet link becomes a
 * `<style>` with the file's content, and module scripts and their preloads are dropped (a frozen
 * embed never starts the map's island, see `data-frozen` in EmbedPage.astro). Pure: the caller
 * reads the assets.
 */

/** Hashed build output that the next build may delete. */
const ASSET_PREFIX = '/_astro/';

const LINK = /<link\b[^>]*>/gi;
const MODULE_SCRIPT = /<script\b[^>]*\bsrc\s*=\s*["']?\/_astro\/[^>]*>\s*<\/script>/gi;

/** The value of an attribute in one tag (quoted or bare), lower-cased name; undefined if absent. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/**
 * The page with its `/_astro/` stylesheets inlined and its `/_astro/` scripts and preloads removed.
 * `readAsset` gets a URL path such as `/_astro/global.x.css` and returns the file's text, or
 * undefined if there is no such file. Throws, naming `page`, when a stylesheet is missing or
 * when anything else still points under `/_astro/` (a font or image in the CSS, say), because
 * such a page would break silently once that file is gone. With `shareCss` (given the CSS, returns
 * the URL of an immutable copy) the stylesheet is linked from there instead of inlined.
 */
export function freezeHtml(html: string, readAsset: (path: string) => string | undefined, page = 'page', shareCss?: (css: string) => string): string {
  let frozen = html.replace(LINK, (tag) => {
    const href = attribute(tag, 'href');
    if (!href?.startsWith(ASSET_PREFIX)) return tag;
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('modulepreload')) return '';
    if (!rel.includes('stylesheet')) return tag;
    const css = readAsset(href);
    if (css === undefined) throw new Error(`freeze: ${page} links the stylesheet ${href}, which is not in the build`);
    // "</style" inside the CSS would end the element early.
    if (/<\/style/i.test(css)) throw new Error(`freeze: ${href} (linked from ${page}) contains "</style", which cannot be inlined`);
    const media = attribute(tag, 'media');
    // The shared format links an immutable copy instead of inlining it (see frozen-shared.ts).
    if (shareCss) return `<link rel="stylesheet" href="${shareCss(css)}"${media ? ` media="${media}"` : ''}>`;
    return `<style${media ? ` media="${media}"` : ''}>${css}</style>`;
  });
  frozen = frozen.replace(MODULE_SCRIPT, '');
  const left = frozen.indexOf(ASSET_PREFIX);
  if (left !== -1) {
    const context = frozen.slice(Math.max(0, left - 60), left + 80).replace(/\s+/g, ' ');
    throw new Error(`freeze: ${page} still refers to ${ASSET_PREFIX} after inlining (inline or drop it): …${context}…`);
  }
  return frozen;
}
