/** An element of a built page as both readers give it (read-html.ts by parse5, scan-html.ts by a string scan). */
export interface HtmlElement {
  /** Lower-case tag name (`svg` children keep theirs: `lineargradient` stays `linearGradient`). */
  name: string;
  /** Attributes by name (foreign ones with their prefix: `xlink:href`), values entity-decoded. */
  attrs: Record<string, string>;
  /** Offset of the start tag's `<`. */
  start: number;
  /** Offset just after the start tag's `>`. */
  startTagEnd: number;
  /** Offset where the content ends: the end tag's `<`, or the element's end when it has no end tag. */
  contentEnd: number;
  /** Offset just after the element (its end tag included). */
  end: number;
}
