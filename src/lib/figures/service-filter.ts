import { countText } from '../i18n/format';
import { LANGS } from '../i18n/lang';

export interface ServiceFilter {
  category: string;
  audience: string;
  funding: string;
}

export interface FilterableService {
  category: string;
  audience: string;
  funding: string;
}

/**
 * Whether a service passes the filters. An empty filter passes everything; a service for "both"
 * passes an audience filter for public libraries or schools, since both can get it.
 */
export function matchesServiceFilter(service: FilterableService, filter: ServiceFilter): boolean {
  if (filter.category && service.category !== filter.category) return false;
  if (filter.audience && service.audience !== filter.audience && !(service.audience === 'both' && filter.audience !== 'both')) return false;
  if (filter.funding && service.funding !== filter.funding) return false;
  return true;
}

export function applyServiceFilters(root: Document, form: HTMLFormElement): void {
  const values = new FormData(form);
  const filter: ServiceFilter = {
    category: String(values.get('category') ?? ''),
    audience: String(values.get('audience') ?? ''),
    funding: String(values.get('funding') ?? ''),
  };
  let shown = 0;
  for (const group of root.querySelectorAll<HTMLElement>('.service-group')) {
    let inGroup = 0;
    for (const item of group.querySelectorAll<HTMLElement>('li[data-service]')) {
      const visible = matchesServiceFilter(
        { category: group.dataset.category ?? '', audience: item.dataset.audience ?? '', funding: item.dataset.funding ?? '' },
        filter,
      );
      item.hidden = !visible;
      if (visible) inGroup++;
    }
    group.hidden = inGroup === 0;
    shown += inGroup;
  }
  const output = form.elements.namedItem('shown') as HTMLOutputElement | null;
  // "1 service", not "1 services": the page gives the forms, the language's plural rule picks one.
  const lang = LANGS.find((l) => l === form.dataset.lang) ?? 'nb';
  if (output) output.textContent = countText(shown, lang, { one: output.dataset.templateOne ?? '{n}', other: output.dataset.template ?? '{n}' });
}
