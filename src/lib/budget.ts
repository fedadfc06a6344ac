/**
 * Page weight against the budgets in DESIGN.md: gzipped HTML per page and the gzipped JavaScript a
 * page loads before any interaction (its module scripts and their static imports).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET = { htmlKb: 50, jsKb: 50 } as const;

export function gzipKb(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length / 1024;
}

/** Script URLs a page loads up front: `<script src>` and `<link rel="modulepreload">`. */
export function scriptSources(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) found.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) found.add(m[1]!);
  return [...found].filter((src) => src.startsWith('/'));
}

/** Relative static imports of a bundled module (`import "./x.js"`, `from "./x.js"`). */
export function staticImports(js: string): string[] {
  return [...js.matchAll(/(?:^|[;\s}])(?:import|from)\s*["']([^"']+\.js)["']/g)].map((m) => m[1]!);
}

/** Gzipped kilobytes of every script a page loads up front, following static imports once each. */
export function pageScriptKb(html: string, dist: string, inlineOnly = false): number {
  const seen = new Set<string>();
  let total = 0;
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  for (const code of inline) {
    total += gzipKb(code);
    for (const dep of staticImports(code)) if (dep.startsWith('/')) visit(dep);
  }
  if (!inlineOnly) for (const src of scriptSources(html)) visit(src);
  function visit(url: string) {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(join(dist, url));
    total += gzipKb(code);
    for (const dep of staticImports(code.toString('utf8'))) visit(new URL(dep, `http://x${url}`).pathname);
  }
  return total;
}
