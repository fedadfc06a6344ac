/**
 * The comparison page in the browser: reads the chosen libraries from the URL (`?b=slug`),
 * fetches this year's services per library once, and redraws the table. Names are set as text,
 * never as markup.
 */
import { chosenSlugs, compareHref, compareRows } from '../../lib/compare';
import type { CompareData } from '../../lib/compare-data';
import { fillTemplate } from '../../lib/fill-template';
import { LANGS } from '../../lib/i18n/lang';
import { entityUrl } from '../../lib/site/urls';
import { countText } from '../../lib/i18n/format';

type Labels = Record<'differs' | 'same' | 'caption' | 'service' | 'count' | 'countOne' | 'unknown' | 'yes' | 'no', string>;

let cache: Promise<CompareData> | undefined;
const load = () => (cache ??= fetch('/data/compare.json').then((r) => r.json() as Promise<CompareData>));

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

export function renderComparison(): void {
  const form = document.getElementById('compare-form') as HTMLFormElement | null;
  const result = document.getElementById('compare-result');
  if (!form || !result) return;
  const labels = JSON.parse(form.dataset.labels ?? '{}') as Labels;
  const lang = LANGS.find((l) => l === form.dataset.lang) ?? 'nb';
  const inputs = [...form.querySelectorAll<HTMLInputElement>('input[name="b"]')];

  const draw = async (slugs: string[]) => {
    const data = await load();
    const bySlug = new Map(data.libraries.map((l) => [l[0], l]));
    // A form sent without the script carries names, not slugs: accept those too.
    const byName = new Map(data.libraries.map((l) => [l[1].toLowerCase(), l]));
    const find = (s: string) => bySlug.get(s) ?? byName.get(s);
    const chosen = slugs.map(find).filter((l) => l !== undefined);
    const missing = slugs.filter((s) => !find(s));
    inputs.forEach((input, i) => (input.value = chosen[i]?.[1] ?? ''));
    if (chosen.length === 0) {
      result.replaceChildren(...missing.map((s) => element('p', fillTemplate(labels.unknown, { slug: s }), { role: 'alert' })));
      return;
    }
    const rows = compareRows(chosen.map((l) => new Set(l[4].map((i) => data.services[i]![0]))));
    const serviceById = new Map(data.services.map((s) => [s[0], s]));

    const heading = element('h2', chosen.map((l) => l[1]).join(' – '), { id: 'compare-heading' });
    const notes = missing.map((s) => element('p', fillTemplate(labels.unknown, { slug: s }), { role: 'alert' }));
    const differing = rows.filter((r) => r.differs).length;
    const count = element('p', countText(differing, lang, { one: labels.countOne, other: labels.count }), { 'data-testid': 'compare-differs' });
    const table = element('table', undefined, { class: 'compare', 'data-testid': 'compare-table' });
    table.append(element('caption', labels.caption));
    const head = element('tr');
    head.append(element('th', labels.service, { scope: 'col' }));
    for (const l of chosen) {
      const th = element('th', undefined, { scope: 'col' });
      th.append(element('a', l[1], { href: entityUrl(lang, 'library', l[0]) }));
      head.append(th);
    }
    head.append(element('th', labels.differs, { scope: 'col' }));
    table.append(element('thead'));
    table.tHead!.append(head);
    const body = element('tbody');
    for (const row of rows) {
      const s = serviceById.get(row.serviceId)!;
      const tr = element('tr', undefined, row.differs ? { class: 'differs' } : {});
      const th = element('th', undefined, { scope: 'row' });
      th.append(element('a', s[1], { href: entityUrl(lang, 'service', s[2]) }));
      tr.append(th);
      for (const has of row.has) tr.append(element('td', has ? labels.yes : labels.no, has ? { class: 'has' } : {}));
      tr.append(element('td', row.differs ? labels.differs : labels.same));
      body.append(tr);
    }
    table.append(body);
    const scroll = element('div', undefined, { class: 'table-scroll' });
    scroll.append(table);
    result.replaceChildren(heading, ...notes, count, scroll);
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = await load();
    const byName = new Map(data.libraries.map((l) => [l[1].toLowerCase(), l[0]]));
    const slugs = inputs
      .map((i) => i.value.trim())
      .filter(Boolean)
      .map((v) => byName.get(v.toLowerCase()) ?? v.toLowerCase());
    history.pushState(
      null,
      '',
      compareHref(
        location.pathname,
        slugs.map((slug) => ({ slug })),
      ),
    );
    await draw(slugs);
  });
  const initial = chosenSlugs(location.search);
  if (initial.length > 0) void draw(initial);
}
