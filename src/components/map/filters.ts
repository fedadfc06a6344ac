/**
 * The filter form and the page URL: the view the form describes, the form set to a view, and
 * the view written to and read from the URL (lib/geo/view-state.ts), so a view can be shared.
 */
import { normalizeView, searchFromView, viewFromSearch, type MapView, type ViewOptions } from '../../lib/geo/view-state';

export class FilterForm {
  constructor(
    readonly form: HTMLFormElement,
    /** The view the page was built with. */
    private readonly pageView: MapView,
  ) {}

  private control<T extends HTMLSelectElement | HTMLInputElement>(name: string): T | null {
    return this.form.elements.namedItem(name) as T | null;
  }

  /** What the page's selects offer: a URL may ask only for these. */
  options(): ViewOptions {
    const values = (name: string) => [...this.form.querySelectorAll<HTMLOptionElement>(`select[name="${name}"] option`)].map((o) => o.value).filter(Boolean);
    return { serviceIds: values('service'), categories: values('category'), countyNumbers: values('county'), years: values('year').map(Number) };
  }

  /** The view the form's controls describe. */
  read(): MapView {
    const get = (name: string) => this.control<HTMLSelectElement>(name)?.value ?? '';
    const view: MapView = { mode: get('mode') as MapView['mode'], kind: get('kind') as MapView['kind'], year: Number(get('year')) };
    if (get('service')) view.serviceId = get('service');
    if (get('category')) view.category = get('category') as MapView['category'];
    if (this.control<HTMLInputElement>('baseline')?.checked) view.baseline = true;
    this.keepFixed(view);
    const county = this.control('county') ? get('county') : this.pageView.countyNumber;
    if (county) view.countyNumber = county;
    // "One service" with none chosen: take the first, rather than silently showing breadth.
    if (view.mode === 'service' && !view.serviceId) view.serviceId = this.options().serviceIds[0];
    return normalizeView(view);
  }

  /** The view the page URL asks for. */
  fromUrl(): MapView {
    return normalizeView(this.keepFixed(viewFromSearch(location.search, this.pageView, this.options())));
  }

  /** Adds a history entry whose URL holds what the view changes from the page's. */
  pushUrl(view: MapView): void {
    const search = searchFromView(view, this.pageView);
    history.pushState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  }

  /** A service's own page has no mode, service or category filter: those stay the page's. */
  private keepFixed(view: MapView): MapView {
    if (this.control('mode')) return view;
    view.mode = this.pageView.mode;
    for (const key of ['serviceId', 'category'] as const) {
      if (this.pageView[key] === undefined) delete view[key];
      else (view as Record<typeof key, string>)[key] = this.pageView[key]!;
    }
    return view;
  }

  sync(view: MapView): void {
    const set = (name: string, value: string) => {
      const select = this.control<HTMLSelectElement>(name);
      if (select) select.value = value;
    };
    set('mode', view.mode);
    set('service', view.serviceId ?? '');
    set('category', view.category ?? '');
    set('kind', view.kind);
    set('county', view.countyNumber ?? '');
    set('year', String(view.year));
    const baseline = this.control<HTMLInputElement>('baseline');
    if (baseline) baseline.checked = Boolean(view.baseline);
  }
}
