/**
 * The one HTML reader for built pages: parse5 (the WHATWG parsing algorithm browsers use) reads a
 * page and gives its elements in document order with their decoded attributes and where each sits
 * in the source, so the CSP hashes, the frozen embeds and the link check read a page as a browser
 * does (comments, script text and attributes holding ">" included) and can edit the source in place
 * without re-serialising it. Elements the parser implies (a missing <head>) are not in the source
 * and are left out.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { HtmlElement } from './html-element';
import { scanElements } from './scan-html';

export type { HtmlElement } from './html-element';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function children(node: Node): Node[] {
  const own = 'childNodes' in node ? node.childNodes : [];
  // A <template>'s children live in its content fragment.
  return node.nodeName === 'template' ? [...own, ...(node as DefaultTreeAdapterMap['template']).content.childNodes] : own;
}

/** Every element written in the page's source, in document order, as parse5 reads it (the slow, general path). */
export function parseElements(html: string): HtmlElement[] {
  const out: HtmlElement[] = [];
  const visit = (node: Node) => {
    const location = 'tagName' in node ? (node as Element).sourceCodeLocation : undefined;
    if (location?.startTag) {
      const element = node as Element;
      const attrs: Record<string, string> = {};
      for (const a of element.attrs) attrs[a.prefix ? `${a.prefix}:${a.name}` : a.name] = a.value;
      out.push({
        name: element.tagName,
        attrs,
        start: location.startTag.startOffset,
        startTagEnd: location.startTag.endOffset,
        contentEnd: location.endTag?.startOffset ?? location.endOffset,
        end: location.endOffset,
      });
    }
    for (const child of children(node)) visit(child);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  return out;
}

/** The last page read and its elements: the budgets and the CSP ask several questions of one page in a row. */
let last: { html: string; elements: readonly HtmlElement[] } | undefined;

/**
 * Every element written in the page's source, in document order: by the string scan of scan-html.ts
 * when the page is simple enough for it to be sure (built pages are), else by parse5. Kept for the
 * last page read only, compared by `===` (a Map key would hash the whole page on every call), so do
 * not modify the list.
 */
export function htmlElements(html: string): readonly HtmlElement[] {
  if (last?.html !== html) last = { html, elements: scanElements(html) ?? parseElements(html) };
  return last.elements;
}

/** The source between an element's start and end tags (a script's or style's text exactly as written). */
export function innerSource(html: string, element: HtmlElement): string {
  return html.slice(element.startTagEnd, element.contentEnd);
}

/** The page with each range replaced (ranges from `htmlElements`, not overlapping, in any order; an insertion (start = end) goes before a range starting there). */
export function replaceRanges(html: string, edits: readonly { start: number; end: number; text: string }[]): string {
  let out = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (edit.start < at) throw new Error(`replaceRanges: overlapping edits at ${edit.start}`);
    out += html.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + html.slice(at);
}
