/**
 * The one escape for text that lands in HTML or XML (SVG, Atom, snippets), in element text or in a
 * double-quoted attribute (the only kind the site writes): the characters that could end either
 * are written as entities.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
