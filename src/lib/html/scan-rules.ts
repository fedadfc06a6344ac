/**
 * The HTML parser's rules that scan-html.ts models (WHATWG tree construction, as parse5 implements
 * it): which elements are void or raw text, which start tags close, move or reopen elements, and
 * the attribute references decoded exactly as a browser does.
 */
import { html as parse5Html } from 'parse5';

/** Elements without content or end tag (the parser never pushes them on its stack). */
export const VOID = new Set([
  'area',
  'base',
  'basefont',
  'bgsound',
  'br',
  'col',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Elements whose content is text up to their end tag (scripting enabled, as parse5's default: <noscript> too). */
export const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'title', 'textarea']);
/** Elements the scan does not model: the parser treats them specially (or a test page would be needed to prove it agrees). */
export const UNMODELLED = new Set([
  'plaintext',
  'math',
  'frameset',
  'frame',
  'image',
  'isindex',
  'menuitem',
  'nobr',
  'ruby',
  'rb',
  'rt',
  'rp',
  'rtc',
  'listing',
  'keygen',
]);
/** Start tags that close an open <p> (WHATWG "close a p element"): rejected while a <p> is open. */
export const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'header',
  'hgroup',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'search',
  'section',
  'summary',
  'ul',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'listing',
  'form',
  'li',
  'dd',
  'dt',
  'plaintext',
  'table',
  'hr',
  'xmp',
]);
export const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
export const TABLE_PARTS = new Set(['caption', 'col', 'colgroup', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr']);
/** What may stand directly in a table element without the parser moving it out (foster parenting) or implying an element. */
export const TABLE_CHILDREN = new Map<string, Set<string>>(
  Object.entries({
    // A <tr> directly in <table> gets an implied <tbody>, which has no place in the source (so is not listed), and stays where it is.
    table: new Set(['caption', 'colgroup', 'thead', 'tbody', 'tfoot', 'tr', 'script', 'style', 'template']),
    thead: new Set(['tr', 'script', 'style', 'template']),
    tbody: new Set(['tr', 'script', 'style', 'template']),
    tfoot: new Set(['tr', 'script', 'style', 'template']),
    tr: new Set(['td', 'th', 'script', 'style', 'template']),
    colgroup: new Set(['col', 'template']),
  }),
);
/** What a <head> holds; anything else closes it (and the parser would then read the page differently). */
export const HEAD_CONTENT = new Set(['meta', 'link', 'style', 'script', 'title', 'base', 'noscript', 'template']);
/** Start tags that end SVG content in HTML (WHATWG "in foreign content"; <font> only with color, face or size, not modelled). */
export const BREAKS_OUT_OF_SVG = new Set([
  'b',
  'big',
  'blockquote',
  'body',
  'br',
  'center',
  'code',
  'dd',
  'div',
  'dl',
  'dt',
  'em',
  'embed',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'head',
  'hr',
  'i',
  'img',
  'li',
  'listing',
  'menu',
  'meta',
  'nobr',
  'ol',
  'p',
  'pre',
  'ruby',
  's',
  'small',
  'span',
  'strong',
  'strike',
  'sub',
  'sup',
  'table',
  'tt',
  'u',
  'ul',
  'var',
  'font',
]);
/** SVG elements whose content is HTML again. */
export const SVG_INTEGRATION_POINTS = new Set(['foreignObject', 'desc', 'title']);
const SPECIAL = parse5Html.SPECIAL_ELEMENTS[parse5Html.NS.HTML];
export const isSpecial = (name: string) => SPECIAL.has(parse5Html.getTagID(name));

/** Tab, line feed, form feed, space: HTML's whitespace between attributes (CR is never there: such pages go to parse5). */
export const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 12;
export const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Where a tag name or an attribute name ends. */
export const endsName = (c: number) => isSpace(c) || c === 47 /* / */ || c === 62; /* > */
const NAMED = new Map(Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }));

/** An attribute value with its character references decoded; undefined for a reference this does not decode exactly as a browser. */
export function decodeAttribute(value: string): string | undefined {
  if (!value.includes('&')) return value;
  let failed = false;
  const decoded = value.replace(/&([^&]*)/g, (whole, rest: string) => {
    if (!/^[A-Za-z0-9#]/.test(rest)) return whole;
    const named = /^([a-z]+);/.exec(rest);
    if (named && NAMED.has(named[1]!)) return NAMED.get(named[1]!) + rest.slice(named[0].length);
    const numeric = /^#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));/.exec(rest);
    const code = numeric ? (numeric[1] ? Number(numeric[1]) : Number.parseInt(numeric[2]!, 16)) : NaN;
    // Zero, surrogates, the C1 range and beyond Unicode have replacement rules: left to parse5.
    if (!(code > 0 && code < 0x80) && !(code >= 0xa0 && code < 0xd800) && !(code > 0xdfff && code <= 0x10ffff)) {
      failed = true;
      return whole;
    }
    return String.fromCodePoint(code) + rest.slice(numeric![0].length);
  });
  return failed ? undefined : decoded;
}
