/**
 * Fills `{name}` placeholders in an interface text. The one way the site fills a template with
 * data: a replacer function, so text from a URL or a dataset ("$&", "$'", "$`", "$1") is inserted
 * as it is and never read as a replacement pattern, and only the values' own keys count.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : placeholder));
}
