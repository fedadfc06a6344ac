import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../files';
import { parseElements } from './read-html';
import { scanElements } from './scan-html';

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="nb"><head>${head}</head>\n<body>${body}</body>\n</html>\n`;

/** Pages the scan reads itself: it must agree with parse5 exactly. */
const SIMPLE = [
  page(
    '<meta charset="utf-8"><title>A &amp; B</title><style>a>b{color:red}</style><script type="module">if (a < b && c) x("</scrip")</script>',
    '<p class="x" data-q=\'a"b\' hidden>Text &lt; <a href="/a/?x=1&amp;y=&#39;2&#x27;">link</a><br/><img src=a.png alt=""></p>',
  ),
  page('', '<!-- a comment with <script> --><div><ul><li>1<ul><li>2</li></ul></li><li>3</li></ul></div>'),
  page('', '<table><caption>C</caption><thead><tr><th scope="col">h</th></tr></thead><tr><td>1</td></tr></table>'),
  page('', '<template data-x><tr><td>t</td></tr></template><select name="s"><option value="1" selected>One</option></select>'),
  page(
    '',
    '<svg viewbox="0 0 10 10" aria-hidden="true"><lineargradient id="g"><stop offset="0"/></lineargradient><path d="M0 0"/><use xlink:href="#g"></use><title>t</title></svg>',
  ),
  page('<noscript><link rel="stylesheet" href="/a.css"></noscript>', '<textarea><b>not a tag</b></textarea><h1>H <small>s</small></h1>'),
  page('', '<P ID="Top" title="x &quot;y&quot;">upper case</P><button type="button"><span>b</span></button>'),
];

/** Pages where the tree differs from the source as written: the scan must leave them to parse5. */
const TRICKY = [
  page('', '<p>a<div>block in p</div></p>'),
  page('', '<table><div>fostered</div></table>'),
  page('', '<table>text</table>'),
  page('', '<a href="/1/">one<a href="/2/">two</a></a>'),
  page('', '<b><i>misnested</b></i>'),
  page('', '<ul><li>1<li>2</ul>'),
  page('', '<h1><h2>x</h2></h1>'),
  page('', '<script><!-- <script>x()</script> -->y()</script>'),
  page('', '<!--> odd comment -->'),
  page('', '<svg><p>breaks out</p></svg>'),
  page('', '<svg><foreignObject><div>html</div></foreignObject></svg>'),
  page('', '<math><mi>x</mi></math>'),
  page('', '<a title="&copy;">named entity</a>'),
  page('', '<a title="&amp">no semicolon</a>'),
  page('', '<div a="1"b="2">no space</div>'),
  page('', '<select><div>x</div></select>'),
  page('<div>in head</div>', ''),
  '<!DOCTYPE html><html><head></head><body><p>no end tags',
  '<!DOCTYPE html><html><head></head><body></body></html><p>after</p>',
  '<!DOCTYPE html><html><head></head><body><body class="x"></body></html>',
  '<p>no skeleton</p>',
  page('', '<tr><td>outside a table</td></tr>'),
  page('', '<br></br>'),
  page('', 'a\r\nb'),
];

describe('scanElements', () => {
  it.each(SIMPLE.map((html, i) => [i, html]))('reads simple page %i exactly as parse5 does', (_, html) => {
    const scanned = scanElements(html);
    expect(scanned).toBeDefined();
    expect(scanned).toEqual(parseElements(html));
  });
  it.each(TRICKY.map((html, i) => [i, html]))('leaves tricky page %i to parse5', (_, html) => {
    expect(scanElements(html)).toBeUndefined();
  });
  it('decodes the references it accepts, and SVG names keep their case', () => {
    const elements = scanElements(
      page('', '<a title="&lt;&#233;&#x4E2D;&nbsp;&gt;" href="/?a=1&amp;b=2 & c">x</a><svg viewbox="0 0 1 1"><clippath id="c"></clippath></svg>'),
    )!;
    expect(elements.find((e) => e.name === 'a')!.attrs).toEqual({ title: '<é中\u00a0>', href: '/?a=1&b=2 & c' });
    expect(elements.find((e) => e.name === 'svg')!.attrs).toEqual({ viewBox: '0 0 1 1' });
    expect(elements.some((e) => e.name === 'clipPath')).toBe(true);
  });
  // Every page of a built site, when asked (HHH_SCAN_CHECK_DIST=dist): the scan reads each as parse5 does, or leaves it to parse5.
  const dist = process.env.HHH_SCAN_CHECK_DIST;
  it.runIf(dist && existsSync(dist))(
    'agrees with parse5 on every page of a built site',
    () => {
      let scanned = 0;
      for (const file of filesUnder(dist!).filter((f) => f.endsWith('.html'))) {
        const html = readFileSync(file, 'utf8');
        const fast = scanElements(html);
        if (!fast) continue;
        scanned++;
        expect(fast, file).toEqual(parseElements(html));
      }
      expect(scanned).toBeGreaterThan(0);
    },
    600_000,
  );
});
