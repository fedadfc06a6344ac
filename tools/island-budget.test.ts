import { describe, expect, it } from 'vitest';
import { scriptsBeforeInteraction } from './budgets';
import { allScriptsBeforeInteraction, islandScripts, JS_BEFORE_INTERACTION_ANY_PAGE, overJsBudget } from './island-budget';

describe("an island's code counts as loaded before interaction", () => {
  const files: Record<string, string> = {
    '/_astro/CompareTool.js': 'import{j as e}from"./jsx-runtime.js";import{T}from"./esm.js";const l=()=>import("./later.js");export{l as default};',
    '/_astro/client.js': 'import{r}from"./react-dom.js";export default r;',
    '/_astro/jsx-runtime.js': '',
    '/_astro/esm.js': 'import"./web.js";',
    '/_astro/web.js': '',
    '/_astro/react-dom.js': '',
    '/_astro/later.js': '',
    '/_astro/search.js': '',
  };
  const html =
    '<html><head><script type="module" src="/_astro/search.js"></script><script>(()=>{customElements.define("astro-island",class{})})()</script></head><body>' +
    '<astro-island uid="x" component-url="/_astro/CompareTool.js" component-export="default" renderer-url="/_astro/client.js" client="visible"><p>ssr</p></astro-island></body></html>';

  it('reads the component and renderer from the island element', () => {
    expect(islandScripts(html)).toEqual(['/_astro/CompareTool.js', '/_astro/client.js']);
    expect(islandScripts('<p>no island</p>')).toEqual([]);
  });

  it("follows the islands' static imports, not dynamic ones, along with the page scripts", () => {
    const all = allScriptsBeforeInteraction('/sammenlign/index.html', html, (u) => files[u]);
    expect(all).toEqual([
      '/_astro/CompareTool.js',
      '/_astro/client.js',
      '/_astro/esm.js',
      '/_astro/jsx-runtime.js',
      '/_astro/react-dom.js',
      '/_astro/search.js',
      '/_astro/web.js',
    ]);
    // What budgets.ts alone sees: the island's code is invisible to it.
    expect(scriptsBeforeInteraction('/sammenlign/index.html', html, (u) => files[u])).toEqual(['/_astro/search.js']);
  });

  it('flags every page over 100 KB, worst first', () => {
    expect(JS_BEFORE_INTERACTION_ANY_PAGE).toBe(100 * 1024);
    const pages = [
      { url: '/a/', jsGz: 99 * 1024, islands: 1 },
      { url: '/b/', jsGz: 101 * 1024, islands: 1 },
      { url: '/c/', jsGz: 140 * 1024, islands: 2 },
    ];
    expect(overJsBudget(pages).map((p) => p.url)).toEqual(['/c/', '/b/']);
  });
});
