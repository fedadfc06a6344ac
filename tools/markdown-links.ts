/**
 * Link checking for the repository's own Markdown (README.md, docs/*.md): every relative link must
 * lead to a file or folder of the repository, every #fragment to a heading (or an explicit id) of
 * the Markdown file it points to, and every repository path written in a code span
 * (`src/lib/slug.ts`) must exist, so a moved file can't leave the docs pointing at nothing.
 *
 * No Markdown parser is installed, so this reads the part of CommonMark the docs use, carefully:
 * fenced code blocks and code spans are not markup, backslash escapes are honoured, link text may
 * hold brackets and code, destinations may be <bracketed> or hold balanced parentheses, reference
 * definitions count as links. Anchors are GitHub's (github-slugger, the algorithm github.com uses,
 * with -1, -2 … for repeated headings). Pure: the caller reads the files.
 */
import { posix } from 'node:path';
import GithubSlugger from 'github-slugger';

export interface MarkdownLink {
  line: number;
  url: string;
}

export interface MarkdownCode {
  line: number;
  text: string;
}

export interface MarkdownDoc {
  links: MarkdownLink[];
  /** The anchors a #fragment may name: heading slugs and explicit id/name attributes. */
  anchors: Set<string>;
  /** The text of every code span (not fenced blocks: those hold examples, not references). */
  code: MarkdownCode[];
}

export interface DocProblem {
  file: string;
  line: number;
  target: string;
  reason: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const REFERENCE = /^ {0,3}\[((?:\\.|[^\]\\])+)\]:[ \t]*(<[^>]*>|\S+)/;
const HTML_ATTR = /<[a-z][^>]*?\s(href|src|id|name)\s*=\s*("[^"]*"|'[^']*')/gi;

/** The text of fenced code blocks replaced by empty lines, so line numbers stay and nothing inside is read. */
function withoutFences(lines: string[]): { lines: string[]; fenced: boolean[] } {
  const out: string[] = [];
  const fenced: boolean[] = [];
  let open: string | undefined;
  for (const line of lines) {
    const fence = FENCE.exec(line)?.[1];
    if (open) {
      fenced.push(true);
      out.push('');
      if (fence && fence[0] === open[0] && fence.length >= open.length && line.trim() === fence) open = undefined;
    } else if (fence && !(fence[0] === '`' && line.slice(line.indexOf(fence) + fence.length).includes('`'))) {
      open = fence;
      fenced.push(true);
      out.push('');
    } else {
      fenced.push(false);
      out.push(line);
    }
  }
  return { lines: out, fenced };
}

/** Where the code span starting at `at` (a run of backticks) ends, or -1 if the run is literal. */
function codeSpanEnd(text: string, at: number): { end: number; content: string } | undefined {
  let run = 0;
  while (text[at + run] === '`') run++;
  let i = at + run;
  while (i < text.length) {
    const next = text.indexOf('`'.repeat(run), i);
    if (next === -1) return undefined;
    let length = 0;
    while (text[next + length] === '`') length++;
    if (length === run) {
      let content = text.slice(at + run, next).replace(/\n/g, ' ');
      if (content.length > 2 && content.startsWith(' ') && content.endsWith(' ') && content.trim()) content = content.slice(1, -1);
      return { end: next + run, content };
    }
    i = next + length;
  }
  return undefined;
}

/** The index of the `]` closing the link text opened at `at`, skipping code spans, escapes and nested brackets. */
function closingBracket(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '`') {
      const span = codeSpanEnd(text, i);
      if (span) i = span.end - 1;
      else while (text[i + 1] === '`') i++;
    } else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
    else if (c === '\n' && text[i + 1] === '\n') return -1;
  }
  return -1;
}

/** The destination of an inline link whose `(` is at `at`, and where the link ends; undefined if it is not one. */
function destination(text: string, at: number): { url: string; end: number } | undefined {
  let i = at + 1;
  while (text[i] === ' ' || text[i] === '\n') i++;
  let url: string;
  if (text[i] === '<') {
    const close = text.indexOf('>', i);
    if (close === -1) return undefined;
    url = text.slice(i + 1, close);
    i = close + 1;
  } else {
    const start = i;
    let depth = 0;
    for (; i < text.length; i++) {
      const c = text[i]!;
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) break;
        depth--;
      } else if (/\s/.test(c)) break;
    }
    url = text.slice(start, i).replace(/\\(.)/g, '$1');
  }
  while (text[i] === ' ' || text[i] === '\n') i++;
  if (text[i] === '"' || text[i] === "'" || text[i] === '(') {
    const close = text.indexOf(text[i] === '(' ? ')' : text[i]!, i + 1);
    if (close === -1) return undefined;
    i = close + 1;
    while (text[i] === ' ' || text[i] === '\n') i++;
  }
  return text[i] === ')' ? { url, end: i + 1 } : undefined;
}

/** A heading's text as GitHub renders it before making its anchor: code, links and emphasis reduced to their text. */
export function headingText(markdown: string): string {
  return markdown
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(^|[^\w*])[*_]+|[*_]+(?=[^\w*]|$)/g, '$1')
    .replace(/\\(.)/g, '$1')
    .trim();
}

/** The links, anchors and code spans of a Markdown document. */
export function readMarkdown(markdown: string): MarkdownDoc {
  const { lines, fenced } = withoutFences(markdown.split(/\r?\n/));
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  const links: MarkdownLink[] = [];
  const code: MarkdownCode[] = [];

  lines.forEach((line, index) => {
    if (fenced[index]) return;
    const atx = ATX.exec(line);
    const previous = lines[index - 1] ?? '';
    if (atx) anchors.add(slugger.slug(headingText(atx[2] ?? '')));
    else if (SETEXT.test(line) && index > 0 && !fenced[index - 1] && previous.trim() && !/^\s*(?:[#>|*+-]|\d+[.)])/.test(previous) && !line.includes('|')) {
      anchors.add(slugger.slug(headingText(previous)));
    }
    const reference = REFERENCE.exec(line);
    if (reference) links.push({ line: index + 1, url: reference[2]!.replace(/^<|>$/g, '') });
    for (const match of line.matchAll(HTML_ATTR)) {
      const value = match[2]!.slice(1, -1);
      if (/^(?:id|name)$/i.test(match[1]!)) anchors.add(value);
      else links.push({ line: index + 1, url: value });
    }
  });

  // Inline links and code spans may cross line ends within a paragraph: read the text as a whole.
  const text = lines.join('\n');
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const scan = (from: number, to: number, inLinkText: boolean) => {
    for (let i = from; i < to; i++) {
      const c = text[i];
      if (c === '\\') i++;
      else if (c === '`') {
        const span = codeSpanEnd(text, i);
        if (span && span.end <= to) {
          code.push({ line: lineAt(i), text: span.content });
          i = span.end - 1;
        } else while (text[i + 1] === '`') i++;
      } else if (c === '[' && !inLinkText) {
        const close = closingBracket(text, i);
        if (close === -1 || close >= to) continue;
        if (text[close + 1] === '(') {
          const target = destination(text, close + 1);
          if (target) {
            links.push({ line: lineAt(i), url: target.url });
            scan(i + 1, close, true);
            i = target.end - 1;
          }
        }
      }
    }
  };
  scan(0, text.length, false);
  return { links, anchors, code };
}

/** Whether a code span names a repository path that must exist: starts with a source folder, has no placeholder. */
const REPO_PATH = /^(?:src|tools|scripts|tests|docs|data|public|\.ci|\.github)\/[^\s<>…]*$/;

/** The concrete paths a written path stands for: `{nb,nn,en}` expanded (globs are left to the caller). */
export function expandBraces(path: string): string[] {
  const match = /\{([^{}]*)\}/.exec(path);
  if (!match) return [path];
  return match[1]!.split(',').flatMap((choice) => expandBraces(path.slice(0, match.index) + choice + path.slice(match.index + match[0].length)));
}

export interface Repository {
  /** The text of a Markdown file (path relative to the repository root), or undefined if it does not exist. */
  read(file: string): string | undefined;
  /** Whether a file or folder exists (path relative to the root, no trailing slash). */
  exists(path: string): boolean;
  /** Whether some file matches a glob (`*` within a segment), for paths such as `src/lib/figures/*.test.ts`. */
  matches(glob: string): boolean;
  /** Paths that are written by a run, not committed (`data/dataset.json`): named in the docs, absent from a clean clone. */
  generated: readonly string[];
}

/** Every broken relative link, missing anchor and missing repository path in the given Markdown files. */
export function docLinkProblems(files: readonly string[], repo: Repository): DocProblem[] {
  const problems: DocProblem[] = [];
  const docs = new Map<string, MarkdownDoc | undefined>();
  const doc = (file: string) => {
    if (!docs.has(file)) {
      const text = repo.read(file);
      docs.set(file, text === undefined ? undefined : readMarkdown(text));
    }
    return docs.get(file);
  };
  for (const file of files) {
    const here = doc(file);
    if (!here) {
      problems.push({ file, line: 0, target: file, reason: 'no such file' });
      continue;
    }
    for (const { line, url } of here.links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue;
      const hash = url.indexOf('#');
      const rawPath = (hash === -1 ? url : url.slice(0, hash)).replace(/\?.*$/, '');
      const fragment = hash === -1 ? '' : decodeURIComponent(url.slice(hash + 1));
      let path: string;
      try {
        path = decodeURIComponent(rawPath);
      } catch {
        problems.push({ file, line, target: url, reason: 'badly encoded' });
        continue;
      }
      const target = path === '' ? file : posix.normalize(path.startsWith('/') ? path.slice(1) : posix.join(posix.dirname(file), path)).replace(/\/$/, '');
      if (target.startsWith('..')) {
        problems.push({ file, line, target: url, reason: 'outside the repository' });
        continue;
      }
      if (target !== file && !repo.exists(target)) {
        problems.push({ file, line, target: url, reason: 'no such file or folder' });
        continue;
      }
      if (!fragment) continue;
      if (target.endsWith('.md')) {
        if (!doc(target)?.anchors.has(fragment)) problems.push({ file, line, target: url, reason: `no heading or id "${fragment}" in ${target}` });
      } else if (!/^L\d+(?:-L\d+)?$/.test(fragment)) {
        problems.push({ file, line, target: url, reason: 'a #fragment on a file that is not Markdown can only be a line (#L12)' });
      }
    }
    for (const { line, text } of here.code) {
      const written = text.replace(/^\.\//, '').replace(/[.,:;]$/, '');
      if (!REPO_PATH.test(written)) continue;
      for (const path of expandBraces(written)) {
        const bare = path.replace(/\/$/, '');
        if (repo.generated.some((g) => bare === g || bare.startsWith(`${g}/`))) continue;
        const found = bare.includes('*') ? repo.matches(bare) : repo.exists(bare);
        if (!found) problems.push({ file, line, target: path, reason: 'no such file or folder in the repository' });
      }
    }
  }
  return problems;
}
