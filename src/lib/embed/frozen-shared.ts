/**
 * The frozen-embed format from 2026-12 on ("shared format"): a frozen version costs what changed.
 *
 * A frozen page is split in two. Its URL (`/embed/v/<version>/<key>/index.html`) keeps a small
 * shell: the page's own `<head>` (title, description, canonical, Open Graph; the stylesheet linked
 * from `/embed/v/_shared/`) and a loader script. Its `<body>` goes into an immutable,
 * content-addressed file `/embed/v/_shared/<sha256>.html.gz`, with the strings that differ from one
 * version to the next (the version, the data date) replaced by placeholders that the shell fills
 * in. A widget whose figures did not change therefore shares its body with the previous version;
 * pictures, CSVs, stylesheet and loader are content-addressed the same way. Files under
 * `/embed/v/_shared/` are never changed or removed, so a page that refers to one keeps working.
 *
 * Pure string work: no file system. `assembleFrozenPage` does in TypeScript what the loader does
 * in the browser, so tests can compare the assembled page with the page that was split.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { escapeMarkup } from '../html/escape';

/** URL prefix (and, without the slashes at the ends, the folder in dist/) of the shared files. */
export const SHARED_URL = '/embed/v/_shared/';
/**
 * A shared file's name: the SHA-256 of its content and an extension. A page body is stored
 * gzipped (`.html.gz`, a fifth of the size; the loader inflates it) and named by the SHA-256 of
 * the HTML, so another zlib's other bytes still give the same name.
 */
export const SHARED_NAME = /^[0-9a-f]{64}\.(html\.gz|css|js|csv|svg|png|json|woff2)$/;

/** `<sha256>.<ext>` of the content. */
export function sharedName(content: string | Uint8Array, ext: string): string {
  return `${createHash('sha256').update(content).digest('hex')}.${ext}`;
}

/** A shared file's content as text (a `.gz` inflated), for checks and tests. */
export function sharedText(name: string, bytes: Uint8Array): string {
  return name.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : Buffer.from(bytes).toString('utf8');
}

/** The bytes a shared file's name is the hash of (a `.gz` inflated). */
export function sharedContent(name: string, bytes: Uint8Array): Uint8Array {
  return name.endsWith('.gz') ? gunzipSync(bytes) : bytes;
}

/** A page body as stored: gzipped, with its name. */
export function packBody(body: string): { name: string; bytes: Uint8Array } {
  return { name: sharedName(body, 'html.gz'), bytes: gzipSync(body, { level: 9 }) };
}

/** The placeholder for the i-th volatile string; the loader replaces it. */
export function placeholder(i: number): string {
  return `%%hhh-frozen-${i}%%`;
}
const PLACEHOLDER = /%%hhh-frozen-(\d+)%%/g;

/**
 * The loader, served as a shared file. Fetches the body, fills in the volatile strings
 * (HTML-escaped: they land in text and attributes), inserts it in place of the loader and runs its
 * scripts in order, as the parser would have. On failure it says so instead of showing nothing.
 */
export const LOADER_JS = `(function () {
  var me = document.currentScript;
  var values = JSON.parse(me.getAttribute('data-values'));
  var esc = function (s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); };
  fetch(me.getAttribute('data-frozen-body')).then(function (r) {
    if (!r.ok) throw new Error('HTTP ' + r.status);
    return r.arrayBuffer();
  }).then(function (buffer) {
    var bytes = new Uint8Array(buffer);
    // Gzipped as stored; a server that sent it with Content-Encoding: gzip has inflated it already.
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  }).then(function (html) {
    var t = document.createElement('template');
    t.innerHTML = html.replace(/%%hhh-frozen-(\\d+)%%/g, function (_, i) { return esc(values[+i]); });
    t.content.querySelectorAll('script').forEach(function (old) {
      var s = document.createElement('script');
      for (var i = 0; i < old.attributes.length; i++) s.setAttribute(old.attributes[i].name, old.attributes[i].value);
      s.text = old.text;
      old.replaceWith(s);
    });
    me.replaceWith(t.content);
  }).catch(function (e) {
    var p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = (me.getAttribute('data-error') || 'Error') + ' (' + e.message + ')';
    me.replaceWith(p);
  });
})();
`;

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const unescapeAttribute = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
export interface SplitPage {
  /** The shell that stays at the page's URL, without the body's URL filled in yet (see `shell`). */
  shell: (bodyUrl: string, loaderUrl: string) => string;
  /** The body with placeholders: the content of the shared `.html` file. */
  body: string;
}

export interface SplitOptions {
  /**
   * Strings that differ between versions (the version, the data date in the page's language).
   * Every occurrence in the body becomes a placeholder; they must not be HTML-escaped-different
   * in the page (plain text without & < > ").
   */
  volatile: string[];
  /** The text shown instead of the page when its body can't be loaded, and without JavaScript. */
  unavailable: string;
  /** Names the page in errors. */
  page?: string;
}

/**
 * Splits a frozen page (already free of `/_astro/`) into its shell and its shared body. Throws,
 * naming the page, if it has no single `<body>`, or already contains a placeholder, or a volatile
 * string needs escaping.
 */
export function splitFrozenPage(html: string, options: SplitOptions): SplitPage {
  const page = options.page ?? 'page';
  const open = /<body\b[^>]*>/i.exec(html);
  const close = html.lastIndexOf('</body>');
  if (!open || close < open.index || /<body\b/i.test(html.slice(open.index + 1))) throw new Error(`frozen embeds: ${page} has no single <body> … </body>`);
  if (PLACEHOLDER.test(html)) throw new Error(`frozen embeds: ${page} already contains a placeholder (${placeholder(0)})`);
  PLACEHOLDER.lastIndex = 0;
  const start = open.index + open[0].length;
  let body = html.slice(start, close);
  options.volatile.forEach((value, i) => {
    if (!value || escapeMarkup(value) !== value)
      throw new Error(`frozen embeds: volatile string ${JSON.stringify(value)} is empty or needs escaping (${page})`);
    body = body.split(value).join(placeholder(i));
  });
  const head = html.slice(0, start);
  const tail = html.slice(close);
  const values = escapeAttribute(JSON.stringify(options.volatile));
  const unavailable = escapeMarkup(options.unavailable);
  return {
    body,
    shell: (bodyUrl, loaderUrl) =>
      `${head}<script src="${escapeAttribute(loaderUrl)}" data-frozen-body="${escapeAttribute(bodyUrl)}" data-values="${values}" data-error="${escapeAttribute(options.unavailable)}"></script>` +
      `<noscript><p>${unavailable}</p></noscript>${tail}`,
  };
}

/** The shared files a page refers to (`/embed/v/_shared/<name>`), by name. */
export function sharedReferences(text: string): string[] {
  return [...new Set([...text.matchAll(/\/embed\/v\/_shared\/([0-9a-f]{64}\.[a-z0-9]+(?:\.gz)?)/g)].map((m) => m[1]!))];
}

/**
 * The page as the browser ends up with it: what the loader does, in TypeScript. `readShared` gets
 * a shared file's name and returns its text (a body inflated, see `sharedText`). Returns the shell unchanged if it has no loader (an older, self-contained
 * frozen page). The `<noscript>` fallback is dropped, as in a browser with scripts on.
 */
export function assembleFrozenPage(shell: string, readShared: (name: string) => string | undefined): string {
  const loader = /<script src="[^"]*" data-frozen-body="([^"]*)" data-values="([^"]*)" data-error="[^"]*"><\/script><noscript>[\s\S]*?<\/noscript>/.exec(shell);
  if (!loader) return shell;
  const name = unescapeAttribute(loader[1]!).slice(SHARED_URL.length);
  const body = readShared(name);
  if (body === undefined) throw new Error(`frozen embeds: the shared body ${name} is missing`);
  const values = JSON.parse(unescapeAttribute(loader[2]!)) as string[];
  const filled = body.replace(PLACEHOLDER, (_, i: string) => escapeMarkup(values[Number(i)] ?? ''));
  return shell.slice(0, loader.index) + filled + shell.slice(loader.index + loader[0].length);
}
