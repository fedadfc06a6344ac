import { describe, expect, it } from 'vitest';
import { htmlElements, innerSource, replaceRanges } from './read-html';

describe('htmlElements', () => {
  it('reads elements as a browser does: not inside comments or script text, with ">" in quoted attributes', () => {
    const html =
      '<!doctype html><html><head><!-- <script>old()</script> --><script data-x="a>b">if (a < b) document.write("<p id=fake>")</script></head><body><P ID="Top" title="x &amp; y">t</P></body></html>';
    const elements = htmlElements(html);
    expect(elements.map((e) => e.name)).toEqual(['html', 'head', 'script', 'body', 'p']);
    const script = elements.find((e) => e.name === 'script')!;
    expect(script.attrs['data-x']).toBe('a>b');
    expect(innerSource(html, script)).toBe('if (a < b) document.write("<p id=fake>")');
    expect(elements.find((e) => e.name === 'p')!.attrs).toEqual({ id: 'Top', title: 'x & y' });
  });
  it("reads a <template>'s content and SVG attributes with their prefix", () => {
    const elements = htmlElements('<template><a href="/x/">x</a></template><svg><use xlink:href="#i"></use></svg>');
    expect(elements.find((e) => e.name === 'a')!.attrs.href).toBe('/x/');
    expect(elements.find((e) => e.name === 'use')!.attrs['xlink:href']).toBe('#i');
  });
  it('leaves out elements the parser implies, which have no place in the source', () => {
    expect(htmlElements('<p>only</p>').map((e) => e.name)).toEqual(['p']);
  });
  it('gives offsets that edit the source in place', () => {
    const html = '<head><link rel="stylesheet" href="/a.css"><title>T</title></head>';
    const link = htmlElements(html).find((e) => e.name === 'link')!;
    expect(replaceRanges(html, [{ start: link.start, end: link.end, text: '<style>a{}</style>' }])).toBe('<head><style>a{}</style><title>T</title></head>');
    expect(
      replaceRanges(html, [
        { start: link.start, end: link.end, text: '' },
        { start: link.start, end: link.start, text: '<meta>' },
      ]),
    ).toBe('<head><meta><title>T</title></head>');
    expect(() =>
      replaceRanges(html, [
        { start: 0, end: 10, text: '' },
        { start: 5, end: 12, text: '' },
      ]),
    ).toThrow(/overlapping/);
  });
});
