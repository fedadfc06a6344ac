import { describe, expect, it } from 'vitest';
import { scriptSources, staticImports } from './budget';

describe('budget helpers', () => {
  it('finds the scripts a page loads up front', () => {
    const html = '<script type="module" src="/_astro/a.js"></script><link rel="modulepreload" href="/_astro/b.js"><script>inline()</script><script src="https://x/y.js"></script>';
    expect(scriptSources(html)).toEqual(['/_astro/a.js', '/_astro/b.js']);
  });
  it('follows static imports but not dynamic ones', () => {
    const js = 'import{a as b}from"./chunk.js";import "./side.js";const m=()=>import("./lazy.js");';
    expect(staticImports(js)).toEqual(['./chunk.js', './side.js']);
  });
});
