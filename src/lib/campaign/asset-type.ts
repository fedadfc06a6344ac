/**
 * What a media-bank file really is, and whether the site may publish it. The type comes from the
 * file's bytes (file-type's magic numbers; SVG by parsing it as XML), never from its name, and
 * the published file's extension (so the Content-Type a static host sends) follows that type.
 * Only still images are published: JPEG, PNG, WebP, AVIF, TIFF, and SVG after sanitising (no
 * scripts, event handlers, foreignObject, animation that can set links, or references outside the
 * file except embedded raster images). Anything else (HTML, JavaScript, XML that is not SVG, PDF,
 * archives, unknown bytes) is refused with a reason the build reports against the manifest row.
 */
import createDOMPurify from 'dompurify';
import { fileTypeFromBuffer } from 'file-type';
import { JSDOM } from 'jsdom';
import { formatBytes } from '../source/limits';

/** Each published type: its file extension, MIME type and name in messages. */
const publishedType = (extension: string, mime: string, label: string) => ({ extension, mime, label });
export const PUBLISHED_TYPES = {
  jpeg: publishedType('.jpg', 'image/jpeg', 'JPEG'),
  png: publishedType('.png', 'image/png', 'PNG'),
  webp: publishedType('.webp', 'image/webp', 'WebP'),
  avif: publishedType('.avif', 'image/avif', 'AVIF'),
  tiff: publishedType('.tif', 'image/tiff', 'TIFF'),
  svg: publishedType('.svg', 'image/svg+xml', 'SVG'),
};
export type PublishedType = keyof typeof PUBLISHED_TYPES;

/** A print poster as a TIFF is tens of megabytes; nothing legitimate is near this. */
export const MAX_ORIGINAL_BYTES = 100 * 1024 * 1024;
/** SVG is parsed into a DOM: a smaller bound keeps the build's memory in check. */
export const MAX_SVG_BYTES = 5 * 1024 * 1024;
/** Decoded pixels sharp may read (A3 at 300 dpi is 17 megapixels): a small file cannot unpack to gigabytes. */
export const MAX_INPUT_PIXELS = 100_000_000;

export const ACCEPTED_TYPES_TEXT = Object.values(PUBLISHED_TYPES)
  .map((t) => t.label)
  .join(', ');

export type AssetCheck = { ok: true; type: PublishedType; bytes: Uint8Array; removed: string[] } | { ok: false; reason: string };

const FILE_TYPE_TO_PUBLISHED: Record<string, PublishedType> = { jpg: 'jpeg', png: 'png', webp: 'webp', avif: 'avif', tif: 'tiff' };
const SVG_NS = 'http://www.w3.org/2000/svg';

/** Checks one original; an accepted SVG comes back sanitised, other types byte for byte. */
export async function checkAsset(bytes: Uint8Array, maxBytes = MAX_ORIGINAL_BYTES): Promise<AssetCheck> {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.length > maxBytes) return { ok: false, reason: `the file is ${formatBytes(bytes.length)}, more than the limit of ${formatBytes(maxBytes)}` };
  const detected = await fileTypeFromBuffer(bytes);
  const known = detected && Object.hasOwn(FILE_TYPE_TO_PUBLISHED, detected.ext) ? FILE_TYPE_TO_PUBLISHED[detected.ext]! : undefined;
  if (known) return { ok: true, type: known, bytes, removed: [] };
  if (detected && detected.ext !== 'xml')
    return { ok: false, reason: `the file is ${describe(detected.ext, detected.mime)}; expected one of ${ACCEPTED_TYPES_TEXT}` };
  return sanitiseSvg(bytes);
}

function describe(ext: string, mime: string): string {
  if (ext === 'pdf') return 'a PDF (application/pdf), which is not published: PDFs can carry scripts and get no preview; export it as PNG, JPEG or SVG';
  return `${mime} (.${ext})`;
}

/** References an SVG may keep: a fragment of the same file, or an embedded raster image. */
const SAFE_REFERENCE = /^(?:#[^\s#]*|data:image\/(?:png|jpeg|gif|webp|avif);base64,[a-z0-9+/=\s]*)$/i;
/** `url(...)` in CSS or a presentation attribute may only point inside the file. */
const CSS_URL = /url\s*\(\s*(['"]?)([^'")]*)\1\s*\)/gi;

function cssIsSafe(css: string): boolean {
  // CSS escapes could spell "url(" or "@import" past the checks below: refuse them outright.
  if (/\\|@import|@namespace|expression\s*\(|-moz-binding|behavior\s*:|javascript:|image-set|src\s*\(/i.test(css)) return false;
  for (const [, , target] of css.matchAll(CSS_URL)) if (!/^#[^\s#]*$/.test(target!.trim())) return false;
  // A "url(" the pattern above did not understand (unbalanced quotes and the like).
  return (css.match(/url\s*\(/gi) ?? []).length === [...css.matchAll(CSS_URL)].length;
}

function sanitiseSvg(bytes: Uint8Array): AssetCheck {
  if (bytes.length > MAX_SVG_BYTES)
    return { ok: false, reason: `the file is an SVG of ${formatBytes(bytes.length)}, more than the limit of ${formatBytes(MAX_SVG_BYTES)} for SVG` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { ok: false, reason: `the file is of an unknown type (not valid UTF-8 text, and not ${ACCEPTED_TYPES_TEXT})` };
  }
  const head = text.slice(0, 2048).toLowerCase();
  const looksLikeMarkup = /^\s*</.test(text);
  if (!looksLikeMarkup) return { ok: false, reason: `the file is text, not an image (perhaps JavaScript or CSV); expected one of ${ACCEPTED_TYPES_TEXT}` };
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html)\b/i.test(text)) return { ok: false, reason: 'the file is HTML, not an image' };
  // Entities are how XML files grow to gigabytes or read local files: an SVG needs none. A plain
  // public DOCTYPE (Illustrator writes one) carries nothing and is dropped.
  text = text.replace(/<!DOCTYPE\s+svg\s+PUBLIC\s+"[^"<>[\]]*"\s+"[^"<>[\]]*"\s*>/i, '');
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return { ok: false, reason: 'the SVG declares a DOCTYPE or entities, which are not accepted (an SVG needs neither)' };
  let dom: JSDOM;
  try {
    dom = new JSDOM(text, { contentType: 'image/svg+xml' });
  } catch (error) {
    const html = /<(!doctype html|html|head|body|script|iframe)\b/.test(head);
    return {
      ok: false,
      reason: html
        ? 'the file is HTML, not an image'
        : `the file is neither one of ${ACCEPTED_TYPES_TEXT} nor well-formed SVG (${(error as Error).message.split('\n')[0]})`,
    };
  }
  const root = dom.window.document.documentElement;
  if (root.localName === 'html') return { ok: false, reason: 'the file is HTML, not an image' };
  if (root.localName !== 'svg' || root.namespaceURI !== SVG_NS) {
    return { ok: false, reason: `the file is XML whose root element is <${root.nodeName}>, not SVG; expected one of ${ACCEPTED_TYPES_TEXT}` };
  }

  const purify = createDOMPurify(dom.window as unknown as Parameters<typeof createDOMPurify>[0]);
  const removed: string[] = [];
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName === 'style' && !cssIsSafe(node.textContent ?? '')) {
      removed.push('the rules of a <style> with an external reference');
      node.textContent = '';
    }
  });
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    const name = data.attrName.toLowerCase();
    const value = data.attrValue;
    const external =
      name === 'href' || name.endsWith(':href') ? !SAFE_REFERENCE.test(value.trim()) : /url\s*\(|\\|@import|expression\s*\(/i.test(value) && !cssIsSafe(value);
    if (external) {
      data.keepAttr = false;
      removed.push(`${data.attrName}="${value.slice(0, 60)}"`);
    }
  });
  try {
    purify.sanitize(root, {
      IN_PLACE: true,
      USE_PROFILES: { svg: true, svgFilters: true },
      // <use> is forbidden by default because it can load another file; the href rule above keeps it inside this one.
      ADD_TAGS: ['use'],
      // Animation can rewrite a link to javascript: after sanitising; posters don't animate.
      FORBID_TAGS: [
        'script',
        'foreignObject',
        'animate',
        'animateMotion',
        'animateTransform',
        'animateColor',
        'set',
        'discard',
        'handler',
        'listener',
        'iframe',
        'embed',
        'object',
        // Personal metadata (author, contact, file paths) has no place in a published poster.
        'metadata',
      ],
      // A removed element's text goes with it: <metadata>'s author and an editor's private data would otherwise stay as text.
      KEEP_CONTENT: false,
      FORBID_ATTR: ['xml:base'],
    });
  } catch (error) {
    return { ok: false, reason: `the SVG could not be sanitised: ${(error as Error).message}` };
  }
  for (const entry of purify.removed as { element?: Node; attribute?: Attr | null }[]) {
    if (entry.element) removed.push(`<${entry.element.nodeName}>`);
    else if (entry.attribute) removed.push(entry.attribute.name);
  }
  if (!root.isConnected || root.localName !== 'svg') return { ok: false, reason: 'the SVG had nothing left after removing active content' };
  const output = `<?xml version="1.0" encoding="UTF-8"?>\n${new dom.window.XMLSerializer().serializeToString(root)}\n`;
  return { ok: true, type: 'svg', bytes: new TextEncoder().encode(output), removed: [...new Set(removed)] };
}
