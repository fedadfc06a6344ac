/**
 * The map's island before anyone interacts: it wires the region chooser (chooser.ts), the
 * filters whose state lives in the URL (filters.ts), the re-drawing of the SVG, legend and
 * tables for a view (svg-map.ts, legend.ts, tables.ts) and the switch to MapLibre (explore.ts).
 * MapLibre, the boundaries and the map data are fetched only when needed; this module and its
 * imports stay small because they run on every map page.
 */
import { MAP_STRINGS } from '../../lib/geo/map-strings';
import { shadeView } from '../../lib/geo/shading';
import { sameView, type MapView } from '../../lib/geo/view-state';
import { setUpChooser } from './chooser';
import { setUpExplore } from './explore';
import { FilterForm } from './filters';
import { paintLegend } from './legend';
import { loadMapData } from './map-data-loader';
import { markLibraries, markScaleFor, shadeMunicipalities, zoomTo } from './svg-map';
import { paintLibraryTable, paintMunicipalityTable } from './tables';
import type { GlMap, MapConfig } from './types';

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
  private selected: string | undefined;
  private readonly svg: SVGSVGElement;
  private readonly status: HTMLElement;
  private readonly filters: FilterForm;

  constructor(
    private readonly section: HTMLElement,
    private readonly config: MapConfig,
  ) {
    this.t = MAP_STRINGS[config.lang];
    this.view = config.view;
    this.svg = section.querySelector('.map-svg')!;
    this.status = section.querySelector('[data-map-status]')!;
    this.filters = new FilterForm(section.querySelector('.map-filters')!, config.view);
    setUpChooser(section, config.lang, (n) => this.select(n));
    this.setUpFilters();
    this.setUpDownloads();
    setUpExplore(section, {
      lang: config.lang,
      mount: (frame) => this.mountGl(frame),
      onMounted: (gl) => {
        this.gl = gl;
        if (this.selected) gl.select(this.selected);
      },
      announce: (text) => this.announce(text),
    });
  }

  private announce(text: string): void {
    // Clearing first makes screen readers repeat an identical message.
    this.status.textContent = '';
    requestAnimationFrame(() => (this.status.textContent = text));
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

  /** The view as CSV, XLSX or a PNG picture: the module that writes each (and the XLSX writer) loads on the click. */
  private setUpDownloads(): void {
    const box = this.section.querySelector<HTMLElement>('[data-map-download]');
    if (!box) return;
    box.hidden = false;
    for (const button of box.querySelectorAll<HTMLButtonElement>('button[data-download]')) {
      button.addEventListener('click', async () => {
        const t = this.t.download;
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        this.announce(t.preparing);
        try {
          const format = button.dataset.download as 'csv' | 'xlsx' | 'png';
          if (format === 'png') {
            // The picture of exactly what is shown, drawn in the browser from the page's SVG.
            const { downloadPicture } = await import('./view-picture');
            this.announce(t.ready(await downloadPicture(this.section, this.svg, this.view)));
          } else {
            const { downloadView } = await import('./view-download');
            this.announce(t.ready(await downloadView(format, this.view, this.config)));
          }
        } catch (error) {
          console.error(error);
          this.announce(t.failed);
        } finally {
          button.disabled = false;
          button.removeAttribute('aria-busy');
          button.focus();
        }
      });
    }
  }

  private setUpFilters(): void {
    const { form } = this.filters;
    form.hidden = false;
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('change', () => void this.show(this.filters.read(), true));
    form.addEventListener('reset', () => setTimeout(() => void this.show(this.config.view, true)));
    window.addEventListener('popstate', () => void this.show(this.filters.fromUrl(), false));
    const fromUrl = this.filters.fromUrl();
    if (!sameView(fromUrl, this.config.view)) void this.show(fromUrl, false);
  }

  async show(view: MapView, push: boolean): Promise<void> {
    this.view = view;
    this.filters.sync(view);
    if (push) this.filters.pushUrl(view);
    const data = await loadMapData(this.config.data);
    if (this.view !== view) return;
    const shaded = shadeView(data, view, this.config.lang);
    const { section, svg, config } = this;
    const national = config.geometry === 'national';
    shadeMunicipalities(svg, view, shaded, this.selected);
    const libraries = new Map(data.libraries.map((l) => [l.id, l]));
    // Zoom the national SVG to a county chosen in the filter (after the marks, which it scales).
    const box = view.countyNumber && national ? config.countyBoxes[view.countyNumber] : undefined;
    const drawn = markLibraries(section, svg, shaded, libraries, national, markScaleFor(svg, box));
    zoomTo(svg, box);
    svg.querySelector('title')!.textContent = `${this.t.mapLabel}: ${shaded.title}`;
    paintLegend(section, config.lang, view, shaded, drawn);
    paintLibraryTable(section, config.lang, view, drawn, libraries);
    paintMunicipalityTable(section, config.lang, view, shaded);
    this.gl?.update(view, shaded);
    this.announce(this.t.viewChanged(shaded.title));
  }

  private async mountGl(frame: HTMLElement): Promise<GlMap> {
    const [{ mountMapLibre }, data] = await Promise.all([import('./maplibre-view'), loadMapData(this.config.data)]);
    const shaded = shadeView(data, this.view, this.config.lang);
    return mountMapLibre({ frame, svg: this.svg, config: this.config, data, view: this.view, shaded, announce: (text) => this.announce(text) });
  }
}
