/**
 * The map's island before anyone interacts: region chooser (an ARIA combobox), filters whose
 * state lives in the URL, and the switch to MapLibre on pointer down, wheel, Enter or the
 * "Utforsk kartet" button. MapLibre, the boundaries and the map data are fetched only when
 * needed; this module stays small because it runs on every map page.
 */
import type { Lang } from '../../lib/i18n/lang';
import { compareNames } from '../../lib/i18n/format';
import type { MapData, MapLibrary } from '../../lib/geo/map-data';
import { MAP_STRINGS } from '../../lib/geo/map-strings';
import { listsHoldersOnly, shadeView, type PointMark, type ShadedView } from '../../lib/geo/shading';
import { normalizeView, sameView, searchFromView, viewFromSearch, type MapView } from '../../lib/geo/view-state';
import type { GlMap } from './maplibre-view';

export interface MapConfig {
  lang: Lang;
  view: MapView;
  geometry: string;
  boundaries: string;
  data: string;
  links: { municipality: string; library: string };
  countyBoxes: Record<string, [number, number, number, number]>;
  styleUrl: string | null;
}

let dataPromise: Promise<MapData> | undefined;
export function loadMapData(url: string): Promise<MapData> {
  dataPromise ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json() as Promise<MapData>;
  });
  return dataPromise;
}

export function startMap(): void {
  for (const section of document.querySelectorAll<HTMLElement>('.norway-map[data-map-config]')) {
    if (section.dataset.mapStarted) continue;
    section.dataset.mapStarted = '1';
    new MapController(section, JSON.parse(section.dataset.mapConfig!) as MapConfig);
  }
}

class MapController {
  private readonly t;
  private view: MapView;
  private gl: GlMap | undefined;
  private glLoading = false;
  private selected: string | undefined;
  private readonly svg: SVGSVGElement;
  private readonly status: HTMLElement;
  private readonly form: HTMLFormElement;

  constructor(
    private readonly section: HTMLElement,
    private readonly config: MapConfig,
  ) {
    this.t = MAP_STRINGS[config.lang];
    this.view = config.view;
    this.svg = section.querySelector('.map-svg')!;
    this.status = section.querySelector('[data-map-status]')!;
    this.form = section.querySelector('.map-filters')!;
    this.setUpChooser();
    this.setUpFilters();
    this.setUpExplore();
  }

  private announce(text: string): void {
    // Clearing first makes screen readers repeat an identical message.
    this.status.textContent = '';
    requestAnimationFrame(() => (this.status.textContent = text));
  }

  // ---- region chooser -------------------------------------------------------------------
  private setUpChooser(): void {
    const box = this.section.querySelector<HTMLElement>('.map-chooser')!;
    const input = box.querySelector('input')!;
    const list = box.querySelector('ul')!;
    const rows = [...this.section.querySelectorAll<HTMLTableRowElement>('tr[data-m]')];
    const options = rows.map((row) => ({ n: row.dataset.m!, name: row.querySelector('th')!.textContent!.trim() }));
    const fold = (s: string) => s.toLocaleLowerCase(this.config.lang).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    let shown: typeof options = [];
    let active = -1;
    box.hidden = false;

    const render = () => {
      const query = fold(input.value.trim());
      shown = options.filter((o) => !rowHidden(o.n) && (query === '' || fold(o.name).includes(query) || o.n.startsWith(query))).slice(0, 50);
      list.replaceChildren(
        ...(shown.length === 0
          ? [Object.assign(document.createElement('li'), { textContent: this.t.noMatch, role: 'presentation' })]
          : shown.map((o, i) => {
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
            })),
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
    const rowHidden = (n: string) => this.section.querySelector<HTMLElement>(`tr[data-m="${n}"]`)?.hidden ?? true;
    const choose = (n: string) => {
      const option = options.find((o) => o.n === n);
      if (!option) return;
      input.value = option.name;
      close();
      this.select(n);
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

  /** Highlights a municipality on the map and in the table, and says what it shows. */
  select(n: string): void {
    this.section.querySelectorAll('.sel').forEach((el) => el.classList.remove('sel'));
    const path = this.svg.querySelector<SVGPathElement>(`#m${n}`);
    if (path) {
      path.classList.add('sel');
      // Last in the group, so its outline is drawn above the neighbours'.
      path.parentNode!.appendChild(path);
    }
    const row = this.section.querySelector<HTMLTableRowElement>(`tr[data-m="${n}"]`);
    if (row) {
      row.classList.add('sel');
      // Scroll the table box only: the page stays where the person is, at the map.
      const box = row.closest<HTMLElement>('.map-table');
      if (box) box.scrollTop += row.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 2;
    }
    this.selected = n;
    this.gl?.select(n);
    const name = row?.querySelector('th')?.textContent?.trim() ?? n;
    const value = row?.cells[2]?.textContent?.trim() ?? '';
    this.announce(this.t.chosen(name, value));
  }

  // ---- filters and the URL -----------------------------------------------------------------
  private viewOptions() {
    const values = (name: string) => [...this.form.querySelectorAll<HTMLOptionElement>(`select[name="${name}"] option`)].map((o) => o.value).filter(Boolean);
    return {
      serviceIds: values('service'),
      categories: values('category'),
      countyNumbers: values('county'),
      years: values('year').map(Number),
    };
  }

  private setUpFilters(): void {
    this.form.hidden = false;
    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.form.addEventListener('change', () => {
      const get = (name: string) => (this.form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
      const view: MapView = {
        mode: get('mode') as MapView['mode'],
        kind: get('kind') as MapView['kind'],
        year: Number(get('year')),
      };
      if (get('service')) view.serviceId = get('service');
      if (get('category')) view.category = get('category') as MapView['category'];
      if ((this.form.elements.namedItem('baseline') as HTMLInputElement | null)?.checked) view.baseline = true;
      this.keepFixed(view);
      const county = this.form.elements.namedItem('county') ? get('county') : this.config.view.countyNumber;
      if (county) view.countyNumber = county;
      // "One service" with none chosen: take the first, rather than silently showing breadth.
      if (view.mode === 'service' && !view.serviceId) view.serviceId = this.viewOptions().serviceIds[0];
      void this.show(normalizeView(view), true);
    });
    this.form.addEventListener('reset', () => setTimeout(() => void this.show(this.config.view, true)));
    window.addEventListener('popstate', () => void this.show(this.fromUrl(), false));
    const fromUrl = this.fromUrl();
    if (!sameView(fromUrl, this.config.view)) void this.show(fromUrl, false);
  }

  private fromUrl(): MapView {
    return normalizeView(this.keepFixed(viewFromSearch(location.search, this.config.view, this.viewOptions())));
  }

  /** A service's own page has no mode, service or category filter: those stay the page's. */
  private keepFixed(view: MapView): MapView {
    if (this.form.elements.namedItem('mode')) return view;
    view.mode = this.config.view.mode;
    for (const key of ['serviceId', 'category'] as const) {
      if (this.config.view[key] === undefined) delete view[key];
      else (view as Record<typeof key, string>)[key] = this.config.view[key]!;
    }
    return view;
  }

  private syncForm(view: MapView): void {
    const set = (name: string, value: string) => {
      const select = this.form.elements.namedItem(name) as HTMLSelectElement | null;
      if (select) select.value = value;
    };
    set('mode', view.mode);
    set('service', view.serviceId ?? '');
    set('category', view.category ?? '');
    set('kind', view.kind);
    set('county', view.countyNumber ?? '');
    set('year', String(view.year));
    const baseline = this.form.elements.namedItem('baseline') as HTMLInputElement | null;
    if (baseline) baseline.checked = Boolean(view.baseline);
  }

  async show(view: MapView, push: boolean): Promise<void> {
    this.view = view;
    this.syncForm(view);
    if (push) {
      const search = searchFromView(view, this.config.view);
      history.pushState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
    }
    const data = await loadMapData(this.config.data);
    if (this.view !== view) return;
    const shaded = shadeView(data, view, this.config.lang);
    this.paint(view, shaded, data);
    this.gl?.update(view, shaded);
    this.announce(this.t.viewChanged(shaded.title));
  }

  /** Re-shades the SVG, legend and table in place: the same markup the build writes. */
  private paint(view: MapView, shaded: ShadedView, data: MapData): void {
    const out = (n: string) => !!view.countyNumber && !n.startsWith(view.countyNumber);
    for (const [n, shade] of shaded.shades) {
      const path = this.svg.querySelector(`#m${n}`);
      if (path) path.setAttribute('class', shade.cls + (n === this.selected ? ' sel' : '') + (out(n) ? ' out' : ''));
    }
    const libraries = new Map(data.libraries.map((l) => [l.id, l]));
    const drawn = this.markLibraries(shaded, libraries);
    // Zoom the national SVG to a county chosen in the filter.
    const box = view.countyNumber && this.config.geometry === 'national' ? this.config.countyBoxes[view.countyNumber] : undefined;
    const base = this.svg.dataset.viewBox ?? this.svg.getAttribute('viewBox')!;
    this.svg.dataset.viewBox = base;
    if (box) {
      const pad = 10;
      const [width, height] = [box[2] - box[0] + 2 * pad, box[3] - box[1] + 2 * pad];
      // Keep the frame's shape, so the page does not jump when a county is chosen.
      const [, , baseWidth, baseHeight] = base.split(' ').map(Number) as [number, number, number, number];
      const scale = Math.max(width / baseWidth, height / baseHeight);
      const [w, h] = [baseWidth * scale, baseHeight * scale];
      this.svg.setAttribute('viewBox', `${box[0] - pad - (w - width) / 2} ${box[1] - pad - (h - height) / 2} ${w} ${h}`);
      this.scaleMarks(Math.min(1, 1.6 * scale), scale);
    } else {
      this.svg.setAttribute('viewBox', base);
      this.scaleMarks(1, 1);
    }
    this.svg.querySelector('title')!.textContent = `${this.t.mapLabel}: ${shaded.title}`;

    const legend = this.section.querySelector<HTMLElement>('[data-map-legend]')!;
    legend.querySelector('.map-legend-title')!.textContent = this.t.legendTitle[view.mode];
    const list = legend.querySelector('ul')!;
    list.replaceChildren(
      ...shaded.legend.map((item) => {
        const li = document.createElement('li');
        li.innerHTML = `<svg class="swatch" viewBox="0 0 20 14" aria-hidden="true"><rect class="${item.cls}" width="20" height="14"/></svg> `;
        li.append(item.label, ' ');
        const count = document.createElement('span');
        count.className = 'map-count';
        count.textContent = `(${this.t.municipalitiesCount(item.count)})`;
        li.append(count);
        return li;
      }),
    );
    for (const li of legend.querySelectorAll<HTMLElement>('[data-point-kind]')) li.hidden = view.kind !== 'all' && li.dataset.pointKind !== view.kind;
    // A national map of one service marks only the libraries that have it (see shadeView).
    const lacks = legend.querySelector<HTMLElement>('[data-point-lacks]');
    if (lacks) lacks.hidden = listsHoldersOnly(view);
    // Legend swatches use the pattern and classes defined in the map's own SVG.
    let summary = legend.querySelector<HTMLElement>('.map-summary');
    if (shaded.summary) {
      if (!summary) list.after((summary = Object.assign(document.createElement('p'), { className: 'map-summary' })));
      summary.textContent = shaded.summary;
    } else summary?.remove();

    this.listLibraries(view, drawn, libraries);
    const libraryHeading = this.section.querySelector('[data-map-library-heading]');
    if (libraryHeading) libraryHeading.textContent = this.t.legendTitle[view.mode === 'service' ? 'service' : 'breadth'];
    this.section.querySelector('[data-map-caption]')!.textContent = this.t.tableCaption(shaded.title);
    this.section.querySelector('[data-map-value-heading]')!.textContent = this.t.legendTitle[view.mode];
    for (const row of this.section.querySelectorAll<HTMLTableRowElement>('tr[data-m]')) {
      const n = row.dataset.m!;
      row.hidden = !!view.countyNumber && !n.startsWith(view.countyNumber);
      const cell = row.cells[2];
      const shade = shaded.shades.get(n);
      if (cell && shade) cell.textContent = shade.text;
    }
  }

  /**
   * Marks the libraries the view lists (`points` from lib/geo/shading.ts) on the SVG: the build
   * drew those of the page's own view; others are added from their national map position, so a
   * national service page need not carry every school. Returns the libraries drawn, in view order.
   */
  private markLibraries(shaded: ShadedView, libraries: Map<string, MapLibrary>): PointMark[] {
    const group = this.svg.querySelector('.pt')!;
    const marks = new Map([...group.querySelectorAll<SVGUseElement>('use')].map((use) => [use.dataset.id!, use]));
    const drawn: PointMark[] = [];
    for (const point of shaded.points) {
      let mark = marks.get(point.id);
      const xy = libraries.get(point.id)?.xy;
      // Like the build: the national map marks schools only (public libraries are its shading).
      if (!mark && this.config.geometry === 'national' && point.kind === 'school' && xy) {
        mark = document.createElementNS('http://www.w3.org/2000/svg', 'use');
        mark.setAttribute('href', '#map-sch');
        mark.setAttribute('x', String(xy[0]));
        mark.setAttribute('y', String(xy[1]));
        mark.dataset.id = point.id;
        group.append(mark);
        marks.set(point.id, mark);
      }
      if (!mark) continue;
      mark.classList.toggle('h', point.has);
      drawn.push(point);
    }
    const shown = new Set(drawn.map((p) => p.id));
    for (const [id, mark] of marks) mark.style.display = shown.has(id) ? '' : 'none';
    return drawn;
  }

  /** The libraries table: the same libraries as the marks, rows added the way the build writes them. */
  private listLibraries(view: MapView, drawn: PointMark[], libraries: Map<string, MapLibrary>): void {
    const details = this.section.querySelector<HTMLDetailsElement>('.map-libraries')!;
    const body = details.querySelector('tbody')!;
    const rows = new Map([...body.querySelectorAll<HTMLTableRowElement>('tr[data-l]')].map((row) => [row.dataset.l!, row]));
    let added = false;
    for (const point of drawn) {
      let row = rows.get(point.id);
      const library = libraries.get(point.id);
      if (!row && library) {
        row = body.insertRow();
        row.dataset.l = point.id;
        const heading = row.appendChild(document.createElement('th'));
        heading.scope = 'row';
        heading.append(Object.assign(document.createElement('a'), { href: `${this.config.links.library}${library.slug}/`, textContent: library.name }));
        row.insertCell().textContent = library.kind === 'public' ? this.t.publicLibrary : this.t.school;
        row.insertCell();
        rows.set(point.id, row);
        added = true;
      }
      row!.cells[2]!.textContent = point.text;
    }
    if (added) {
      // In the build's order.
      const byName = compareNames(this.config.lang);
      body.append(...[...rows.values()].sort((a, b) => byName(a.cells[0]!.textContent!, b.cells[0]!.textContent!)));
    }
    const shown = new Set(drawn.map((p) => p.id));
    for (const [id, row] of rows) row.hidden = !shown.has(id);
    details.hidden = drawn.length === 0;
    details.querySelector('[data-map-libraries-summary]')!.textContent = (listsHoldersOnly(view) ? this.t.librariesOffering : this.t.librariesTable)(drawn.length);
  }

  /**
   * Zooming the viewBox enlarges everything drawn in map units; points (about their national
   * size on screen, a little bigger as there is room) and the hatch keep their size instead.
   */
  private scaleMarks(points: number, hatch: number): void {
    for (const use of this.svg.querySelectorAll<SVGUseElement>('.pt use')) {
      const [x, y] = [use.getAttribute('x'), use.getAttribute('y')];
      if (points === 1) use.removeAttribute('transform');
      else use.setAttribute('transform', `translate(${x} ${y}) scale(${points}) translate(${-Number(x)} ${-Number(y)})`);
    }
    this.svg.querySelector('#map-hatch')?.setAttribute('patternTransform', `rotate(45) scale(${hatch})`);
  }

  // ---- MapLibre on demand ------------------------------------------------------------------
  private setUpExplore(): void {
    const frame = this.section.querySelector<HTMLElement>('[data-map-frame]')!;
    const button = frame.querySelector<HTMLButtonElement>('.map-explore')!;
    button.hidden = false;
    // The keyboard's way in is the button (a real control, Enter or Space), not a focusable frame:
    // a tabbable element needs a widget role, and the frame's group role is none (WCAG 4.1.2).
    button.setAttribute('aria-describedby', 'map-explore-hint');
    const hint = Object.assign(document.createElement('p'), { id: 'map-explore-hint', className: 'visually-hidden', textContent: this.t.exploreHint });
    frame.append(hint);
    const start = () => {
      if (this.gl || this.glLoading) return;
      void this.explore(frame, button);
    };
    frame.addEventListener('pointerdown', start, { passive: true });
    // Passive: a wheel over the map never stops the page from scrolling.
    frame.addEventListener('wheel', start, { passive: true });
    button.addEventListener('click', start);
  }

  private async explore(frame: HTMLElement, button: HTMLButtonElement): Promise<void> {
    this.glLoading = true;
    performance.mark('map-interaction');
    // Read before disabling: a disabled button loses focus.
    const hadFocus = document.activeElement === button;
    button.disabled = true;
    button.textContent = this.t.loading;
    try {
      const [{ mountMapLibre }, data] = await Promise.all([import('./maplibre-view'), loadMapData(this.config.data)]);
      const shaded = shadeView(data, this.view, this.config.lang);
      this.gl = await mountMapLibre({ frame, svg: this.svg, config: this.config, data, view: this.view, shaded, onSelect: (n) => this.select(n) });
      if (this.selected) this.gl.select(this.selected);
      button.hidden = true;
      // Keyboard focus goes on to the map it started (MapLibre's canvas: arrows pan, + and - zoom)
      // instead of being lost with the hidden button.
      if (hadFocus) frame.querySelector<HTMLElement>('canvas')?.focus();
    } catch (error) {
      console.error(error);
      button.textContent = this.t.explore;
      button.disabled = false;
      if (hadFocus) button.focus();
      this.announce(this.t.loadFailed);
    } finally {
      this.glLoading = false;
    }
  }
}
