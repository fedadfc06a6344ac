/**
 * A hostile SVG for tests: every way we know to run script or reach another origin from an SVG.
 * Each vector calls `hit(name)`, which the browser test turns into a request it can see.
 */
export function hostileSvg(hit: (vector: string) => string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet href="https://evil.example/pi.css" type="text/css"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="300" viewBox="0 0 400 300" onload="${hit('svg-onload')}">
  <script>${hit('script')}</script>
  <script type="application/ecmascript"><![CDATA[${hit('cdata-script')}]]></script>
  <script xlink:href="https://evil.example/x.js"/>
  <style>@import url(https://evil.example/import.css); rect.a { fill: url(https://evil.example/fill.svg#g) }</style>
  <style>.b { background: \\75 rl(https://evil.example/escaped.png) }</style>
  <rect class="a" width="400" height="300" fill="#0b3d91" onclick="${hit('onclick')}" onmouseover="${hit('onmouseover')}"/>
  <image x="0" y="0" width="10" height="10" href="x" onerror="${hit('image-onerror')}"/>
  <image width="10" height="10" xlink:href="https://evil.example/tracker.png"/>
  <image width="10" height="10" href="data:image/svg+xml;base64,PHN2Zy8+"/>
  <foreignObject width="100" height="100"><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="${hit('foreign-img')}"/><iframe src="javascript:${hit('foreign-iframe')}"></iframe></div></foreignObject>
  <a href="javascript:${hit('a-href')}"><text x="10" y="50">link</text></a>
  <a xlink:href="https://evil.example/phish"><text x="10" y="80">phish</text></a>
  <a id="anim"><text x="10" y="110">animated link</text><set attributeName="href" to="javascript:${hit('set-href')}" begin="0s"/><animate attributeName="href" values="javascript:${hit('animate-href')}" begin="0s"/></a>
  <use href="https://evil.example/sprite.svg#icon"/>
  <use xlink:href="data:image/svg+xml;base64,PHN2ZyBpZD0ieCIvPg==#x"/>
  <iframe src="javascript:${hit('iframe')}"/>
  <embed src="javascript:${hit('embed')}"/>
  <handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">${hit('handler')}</handler>
  <rect width="10" height="10" style="fill: url(https://evil.example/style-attr.png)" filter="url(https://evil.example/f.svg#f)"/>
  <feImage href="https://evil.example/fe.png"/>
  <text x="10" y="200" font-size="40" fill="#ffffff">EKSEMPEL</text>
  <linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient>
  <rect id="ok" width="5" height="5" fill="url(#g)"/>
  <use href="#ok" x="20"/>
</svg>
`;
}
