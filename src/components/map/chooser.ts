/**
 * The region chooser: an ARIA combobox over the municipalities in the map's table (rows hidden by
 * a county filter are left out). Choosing one calls `onChoose` with its number.
 */
import type { Lang } from '../../lib/i18n/lang';
import { MAP_STRINGS } from '../../lib/geo/map-strings';
import { placeMatches } from '../../lib/search/match';

export function setUpChooser(section: HTMLElement, lang: Lang, onChoose: (n: string) => void): void {
  const t = MAP_STRINGS[lang];
  const box = section.querySelector<HTMLElement>('.map-chooser')!;
  const input = box.querySelector('input')!;
  const list = box.querySelector('ul')!;
  const rows = [...section.querySelectorAll<HTMLTableRowElement>('tr[data-m]')];
  // data-aka: other names of the municipality's public library ("Deichman"), separated by "|".
  const options = rows.map((row) => ({ n: row.dataset.m!, name: row.querySelector('th')!.textContent!.trim(), aka: row.dataset.aka?.split('|') ?? [] }));
  const rowHidden = (n: string) => section.querySelector<HTMLElement>(`tr[data-m="${n}"]`)?.hidden ?? true;
  let shown: typeof options = [];
  let active = -1;
  box.hidden = false;

  const optionElement = (o: (typeof options)[number], i: number) => {
    const li = document.createElement('li');
    li.id = `map-option-${o.n}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', String(i === active));
    li.textContent = o.name;
    li.addEventListener('mousedown', (e) => {
      e.preventDefault();
      choose(o.n);
    });
    return li;
  };
  const render = () => {
    const query = input.value.trim();
    // The one matcher for typed places (official names carry the Sami and Kven forms), or a municipality number.
    shown = options.filter((o) => !rowHidden(o.n) && (/^\d+$/.test(query) ? o.n.startsWith(query) : placeMatches(query, [o.name, ...o.aka]))).slice(0, 50);
    list.replaceChildren(
      ...(shown.length === 0 ? [Object.assign(document.createElement('li'), { textContent: t.noMatch, role: 'presentation' })] : shown.map(optionElement)),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    const current = active >= 0 ? shown[active] : undefined;
    if (current) {
      input.setAttribute('aria-activedescendant', `map-option-${current.n}`);
      document.getElementById(`map-option-${current.n}`)?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    list.hidden = true;
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const choose = (n: string) => {
    const option = options.find((o) => o.n === n);
    if (!option) return;
    input.value = option.name;
    close();
    onChoose(n);
  };

  input.addEventListener('input', () => {
    active = -1;
    render();
  });
  input.addEventListener('focus', () => render());
  input.addEventListener('blur', () => close());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden) render();
      if (shown.length === 0) return;
      active = e.key === 'ArrowDown' ? (active + 1) % shown.length : (active - 1 + shown.length) % shown.length;
      render();
    } else if (e.key === 'Enter') {
      const option = shown[active] ?? (shown.length === 1 ? shown[0] : undefined);
      if (option) {
        e.preventDefault();
        choose(option.n);
      }
    } else if (e.key === 'Escape') close();
  });
}
