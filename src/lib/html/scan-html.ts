/**
 * A fast path for read-html.ts: reads a page's elements with a string scan instead of building parse5's
 * tree, about twenty times faster, for the post-build steps that read every built page (CSP,
 * frozen embeds, link check). It answers only for pages whose tree is their source as written:
 * every element explicitly closed in order, nothing the HTML parser would move, drop, reopen or
 * close for the author (a block inside <p>, text or a <div> directly in a <table>, a second
 * <body>, a comment such as `<!-->`, an entity it does not know…). For anything else it returns
 * undefined and read-html.ts asks parse5, so the answer is always what a browser reads. Built pages are
 * written by Astro from our components and take the fast path; scan-html.test.ts checks both
 * readers agree on tricky pages and on every page of a build (`HHH_SCAN_CHECK_DIST`).
 */
import { foreignContent } from 'parse5';
import type { HtmlElement } from './html-element';
import {
  BREAKS_OUT_OF_SVG,
  CLOSES_P,
  decodeAttribute,
  endsName,
  HEAD_CONTENT,
  HEADINGS,
  isLetter,
  isSpace,
  isSpecial,
  RAW_TEXT,
  SVG_INTEGRATION_POINTS,
  TABLE_CHILDREN,
  TABLE_PARTS,
  UNMODELLED,
  VOID,
} from './scan-rules';

/** `</name>` with nothing else in it (sticky: read at lastIndex). */
const END_TAG = /<\/([A-Za-z][^\t\n\f />]*)[\t\n\f ]*>/y;

interface Open {
  element: HtmlElement;
  svg: boolean;
}

/** The page's elements as parse5 would list them (read-html.ts), or undefined when the page needs the real parser. */
export function scanElements(html: string): HtmlElement[] | undefined {
  if (html.includes('\r') || html.includes('\0')) return undefined;
  const out: HtmlElement[] = [];
  const stack: Open[] = [];
  /** Where the page is, for the html, head and body start tags: before <html>, in it before <head>, in <head>, after </head>, in <body>, after </body>, after </html>. */
  let phase: 'start' | 'html' | 'head' | 'afterHead' | 'body' | 'afterBody' | 'end' = 'start';
  let at = 0;
  const n = html.length;
  const current = () => stack[stack.length - 1];
  const onStack = (name: string) => stack.some((o) => o.element.name === name);
  /** Non-whitespace text is fine only where the parser keeps it in place. */
  const textOk = (from: number, to: number): boolean => {
    let blank = true;
    for (let k = from; k < to && blank; k++) blank = isSpace(html.charCodeAt(k));
    if (blank) return true;
    if (phase !== 'body') return false;
    const top = current();
    return !(top && !top.svg && TABLE_CHILDREN.has(top.element.name));
  };

  while (at < n) {
    const lt = html.indexOf('<', at);
    if (lt === -1) {
      if (!textOk(at, n)) return undefined;
      break;
    }
    if (!textOk(at, lt)) return undefined;
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      if (close === -1) return undefined;
      const text = html.slice(lt + 4, close);
      // `<!-->`, `<!--->`, a `--!>` end and a trailing `-` end comments in ways a plain search doesn't see.
      if (text.startsWith('>') || text.startsWith('->') || text.includes('--!>') || text.endsWith('-')) return undefined;
      at = close + 3;
      continue;
    }
    if (html.charCodeAt(lt + 1) === 33 /* ! */) {
      if (phase !== 'start' || out.length || !/^<!doctype[\t\n\f ]/i.test(html.slice(lt, lt + 10))) return undefined;
      const close = html.indexOf('>', lt);
      if (close === -1) return undefined;
      at = close + 1;
      continue;
    }
    if (next === 47 /* / */) {
      // An end tag: `</name>` with nothing else in it, closing the element on top of the stack.
      END_TAG.lastIndex = lt;
      const match = END_TAG.exec(html);
      if (!match) return undefined;
      const top = current();
      const name = match[1]!.toLowerCase();
      if (!top || top.element.name.toLowerCase() !== name) return undefined;
      top.element.contentEnd = lt;
      top.element.end = lt + match[0].length;
      stack.pop();
      if (name === 'head') phase = 'afterHead';
      else if (name === 'body') phase = 'afterBody';
      else if (name === 'html') phase = 'end';
      at = lt + match[0].length;
      continue;
    }
    if (!isLetter(next)) {
      // `<?` is a bogus comment; `<` before anything else is text.
      if (next === 63 || Number.isNaN(next)) return undefined;
      if (!textOk(lt, lt + 1)) return undefined;
      at = lt + 1;
      continue;
    }

    // A start tag: its name, then its attributes as the tokenizer reads them.
    let i = lt + 1;
    while (i < n && !endsName(html.charCodeAt(i))) i++;
    let name = html.slice(lt + 1, i).toLowerCase();
    const rawAttrs: { name: string; value: string }[] = [];
    let selfClosing = false;
    for (;;) {
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      if (i >= n) return undefined;
      if (html[i] === '>') break;
      if (html[i] === '/') {
        if (html[i + 1] !== '>') return undefined;
        selfClosing = true;
        i++;
        break;
      }
      const nameStart = i;
      while (i < n && !endsName(html.charCodeAt(i)) && html.charCodeAt(i) !== 61 /* = */) i++;
      const attrName = html.slice(nameStart, i).toLowerCase();
      if (!attrName || /["'<]/.test(attrName)) return undefined;
      let j = i;
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      let value = '';
      if (html[j] === '=') {
        j++;
        while (j < n && isSpace(html.charCodeAt(j))) j++;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, j + 1);
          if (close === -1) return undefined;
          value = html.slice(j + 1, close);
          i = close + 1;
          // The tokenizer wants whitespace, `/` or `>` after a quoted value.
          if (i < n && !endsName(html.charCodeAt(i))) return undefined;
        } else {
          const start = j;
          while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 62) j++;
          value = html.slice(start, j);
          if (!value || /["'<=`]/.test(value)) return undefined;
          i = j;
        }
      }
      const decoded = decodeAttribute(value);
      if (decoded === undefined) return undefined;
      // The first of two attributes with one name counts.
      if (!rawAttrs.some((a) => a.name === attrName)) rawAttrs.push({ name: attrName, value: decoded });
    }
    const startTagEnd = i + 1;
    const top = current();
    const inSvg = top?.svg ?? false;
    if (inSvg) {
      if (SVG_INTEGRATION_POINTS.has(top!.element.name) || BREAKS_OUT_OF_SVG.has(name)) return undefined;
      name = foreignContent.SVG_TAG_NAMES_ADJUSTMENT_MAP.get(name) ?? name;
    } else {
      if (UNMODELLED.has(name)) return undefined;
      // The document's skeleton: one <html>, one <head> in it, one <body> after it.
      if (name === 'html') {
        if (phase !== 'start') return undefined;
        phase = 'html';
      } else if (name === 'head') {
        if (phase !== 'html') return undefined;
        phase = 'head';
      } else if (name === 'body') {
        if (phase !== 'afterHead') return undefined;
        phase = 'body';
      } else if (phase === 'head') {
        if (!HEAD_CONTENT.has(name) || top?.element.name !== 'head') return undefined;
      } else if (phase !== 'body') return undefined;
      else {
        // Start tags the parser would answer by closing, reopening, dropping or moving elements.
        const parent = top!.element.name;
        if (CLOSES_P.has(name) && onStack('p')) return undefined;
        if (HEADINGS.has(name) && HEADINGS.has(parent)) return undefined;
        // A <template> may hold table parts directly (its content is parsed as their context needs, nothing implied in between).
        const allowed = TABLE_CHILDREN.get(parent);
        if (allowed ? !allowed.has(name) : parent !== 'template' && TABLE_PARTS.has(name)) return undefined;
        // A <select> holds options and groups of them, an option only text.
        if (parent === 'select' && name !== 'option' && name !== 'optgroup') return undefined;
        if ((parent === 'optgroup' && name !== 'option') || parent === 'option') return undefined;
        if ((name === 'a' || name === 'button' || name === 'form' || name === 'select' || name === 'option' || name === 'optgroup') && onStack(name))
          return undefined;
        if (name === 'li' || name === 'dd' || name === 'dt') {
          const closes = name === 'li' ? ['li'] : ['dd', 'dt'];
          for (let k = stack.length - 1; k >= 0; k--) {
            const open = stack[k]!.element.name;
            if (closes.includes(open)) return undefined;
            if (isSpecial(open) && open !== 'address' && open !== 'div' && open !== 'p') break;
          }
        }
      }
    }
    const svg = inSvg || name === 'svg';
    const attrs: Record<string, string> = {};
    if (svg) {
      // SVG attribute names keep their case (viewBox); the xlink:/xml: prefixes read as written.
      const token = { attrs: rawAttrs.map((a) => ({ ...a })) } as unknown as Parameters<typeof foreignContent.adjustTokenSVGAttrs>[0];
      foreignContent.adjustTokenSVGAttrs(token);
      for (const a of token.attrs) attrs[a.name] = a.value;
    } else for (const a of rawAttrs) attrs[a.name] = a.value;
    const element: HtmlElement = { name, attrs, start: lt, startTagEnd, contentEnd: startTagEnd, end: startTagEnd };
    out.push(element);
    at = startTagEnd;
    if ((svg && selfClosing) || (!svg && VOID.has(name))) continue;
    if (!svg && RAW_TEXT.has(name)) {
      // Text up to `</name>`; a script holding `<!--` enters the escaped states, left to parse5.
      const end = new RegExp(`</${name}[\\t\\n\\f />]`, 'ig');
      end.lastIndex = startTagEnd;
      const found = end.exec(html);
      if (!found) return undefined;
      if (name === 'script' && html.slice(startTagEnd, found.index).includes('<!--')) return undefined;
      const close = /^<\/[a-z]+[\t\n\f ]*>/i.exec(html.slice(found.index, found.index + name.length + 20));
      if (!close) return undefined;
      element.contentEnd = found.index;
      element.end = found.index + close[0].length;
      at = element.end;
      continue;
    }
    stack.push({ element, svg });
  }
  return stack.length === 0 && phase === 'end' ? out : undefined;
}
