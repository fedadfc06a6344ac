/**
 * The interactive map, loaded only after a person interacts (see map-client.ts): MapLibre GL
 * draws the same boundaries the SVG was made from (TopoJSON decoded with topojson-client),
 * shaded with the same classes, with hover, clustered library points and popups.
 *
 * MapLibre ships as one self-contained, minified ES module plus a worker module. Both are
 * copied into the build as they are (`?url`) and imported at run time: re-bundling 1 MB of
 * minified code would only slow the build down. MapLibre 6 looks for its worker next to its
 * own module file, which Vite renames, so without `setWorkerUrl` the worker silently fails to
 * load and nothing is drawn.
 */
import type * as MapLibre from 'maplibre-gl';
import type { GeoJSONSource, MapGeoJSONFeature, StyleSpecification } from 'maplibre-gl';
import maplibreUrl from 'maplibre-gl/dist/maplibre-gl.mjs?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// As a URL, not a CSS import: Astro would put an imported stylesheet on every map page up front.
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import extraCssUrl from './maplibre-extra.css?url';
import type * as GeoJSON from 'geojson';
import { feature, mesh } from 'topojson-client';
import type * as TopoJSON from 'topojson-specification';
import { libraryKindText } from '../../lib/geo/marks';
import { MAP_STRINGS } from '../../lib/geo/map-strings';
import { entityUrl } from '../../lib/site/urls';
import { municipalityCollection, pointCollection, type MunicipalityFeature } from './gl-features';
import { addMapLayers } from './gl-layers';
import { boundsOf, loadStylesheet, pagePalette, type Bounds } from './gl-parts';
import type { GlMap, MountOptions } from './types';

export async function mountMapLibre(options: MountOptions): Promise<GlMap> {
  const { frame, svg, config, data } = options;
  const t = MAP_STRINGS[config.lang];
  // The colours the SVG shows now (light or dark scheme): one palette for both renderers.
  const palette = pagePalette(frame);
  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const [response, maplibre] = await Promise.all([
    fetch(config.boundaries),
    import(/* @vite-ignore */ maplibreUrl) as Promise<typeof MapLibre>,
    loadStylesheet(cssUrl),
    loadStylesheet(extraCssUrl),
  ]);
  maplibre.setWorkerUrl(workerUrl);
  const { Map: GlMapLibre, NavigationControl, Popup } = maplibre;
  if (!response.ok) throw new Error(`${config.boundaries}: ${response.status}`);
  const topology = (await response.json()) as TopoJSON.Topology;
  const object = topology.objects.municipalities as TopoJSON.GeometryCollection<{ name: string }>;
  const county = config.view.countyNumber;
  const inMap = (id: string) => !county || id.startsWith(county);
  const kept = { ...object, geometries: object.geometries.filter((g) => inMap(String(g.id))) };
  const municipalities = feature(topology, kept).features as MunicipalityFeature[];
  const borders = mesh(topology, kept, (a, b) => a !== b && String(a.id).slice(0, 2) !== String(b.id).slice(0, 2));
  const byNumber = new Map(municipalities.map((f) => [String(f.id), f]));
  const libraries = new Map(data.libraries.map((l) => [l.id, l]));
  const homeBounds = boundsOf(municipalities);
  // The county a filter chose on the national map: start there, as the SVG shows it.
  const countyBounds = (countyNumber: string | undefined) => {
    const focus = countyNumber && !county ? municipalities.filter((f) => String(f.id).startsWith(countyNumber)) : [];
    return focus.length > 0 ? boundsOf(focus) : homeBounds;
  };

  let shaded = options.shaded;
  let view = options.view;
  // The GL map sits over the SVG, which keeps the frame's size, so nothing on the page moves.
  const container = document.createElement('div');
  container.className = 'map-gl';
  frame.append(container);

  const emptyStyle: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': palette.background } }],
  };
  const map = new GlMapLibre({
    container,
    style: config.styleUrl ?? emptyStyle,
    bounds: countyBounds(options.view.countyNumber),
    fitBoundsOptions: { padding: 8 },
    // Scroll and one-finger drag keep scrolling the page; Ctrl+scroll or two fingers move the map.
    cooperativeGestures: true,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    fadeDuration: reducedMotion ? 0 : 300,
    attributionControl: { compact: true, customAttribution: 'Kommunegrenser © Kartverket' },
    locale: {
      'Map.Title': t.canvasLabel(shaded.title),
      'NavigationControl.ZoomIn': t.zoomIn,
      'NavigationControl.ZoomOut': t.zoomOut,
      'NavigationControl.ResetBearing': t.gl.resetBearing,
      'Popup.Close': t.gl.close,
      'AttributionControl.ToggleAttribution': t.gl.attribution,
      'CooperativeGesturesHandler.WindowsHelpText': t.gl.ctrlScroll,
      'CooperativeGesturesHandler.MacHelpText': t.gl.cmdScroll,
      'CooperativeGesturesHandler.MobileHelpText': t.gl.twoFingers,
    },
  });
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  const canvas = map.getCanvas();
  // The canvas takes the arrow and zoom keys itself: an application, not MapLibre's default
  // "region" (a tabbable element needs a widget role or application, WCAG 4.1.2).
  canvas.setAttribute('role', 'application');
  const label = () => canvas.setAttribute('aria-label', t.canvasLabel(shaded.title));
  label();

  await new Promise<void>((resolve, reject) => {
    map.once('load', () => resolve());
    map.once('error', (e) => reject(e.error ?? new Error('MapLibre failed to load')));
  });

  addMapLayers(
    map,
    palette,
    { municipalities: municipalityCollection(municipalities, shaded), borders, libraries: pointCollection(shaded, libraries, inMap) },
    config.styleUrl ? 0.8 : 1,
  );

  // Hover highlight through feature-state, so no re-tiling.
  let hovered: string | undefined;
  const setState = (n: string | undefined, state: Record<string, boolean>) => {
    if (n) map.setFeatureState({ source: 'municipalities', id: n }, state);
  };
  map.on('mousemove', 'municipality-fill', (e) => {
    const n = e.features?.[0]?.properties?.n as string | undefined;
    if (n === hovered) return;
    setState(hovered, { hover: false });
    setState((hovered = n), { hover: true });
    canvas.style.cursor = 'pointer';
  });
  map.on('mouseleave', 'municipality-fill', () => {
    setState(hovered, { hover: false });
    hovered = undefined;
    canvas.style.cursor = '';
  });

  let openPopup: InstanceType<typeof Popup> | undefined;
  const popup = (lngLat: [number, number] | { lng: number; lat: number }, title: string, text: string, href: string, linkText: string) => {
    openPopup?.remove();
    const content = document.createElement('div');
    const heading = Object.assign(document.createElement('strong'), { textContent: title });
    const body = Object.assign(document.createElement('p'), { textContent: text });
    const link = Object.assign(document.createElement('a'), { href, textContent: linkText });
    content.append(heading, body, link);
    openPopup = new Popup({ maxWidth: '16rem' }).setLngLat(lngLat).setDOMContent(content).addTo(map);
  };
  map.on('click', 'library-points', (e) => {
    const f = e.features?.[0] as MapGeoJSONFeature | undefined;
    const l = f && libraries.get(f.properties.id as string);
    if (!l) return;
    e.preventDefault();
    popup(
      l.at!,
      l.name,
      `${libraryKindText(config.lang, l.kind)}: ${f.properties.has ? t.hasService : t.lacksService}`,
      entityUrl(config.lang, 'library', l.slug),
      t.openLibrary,
    );
  });
  map.on('click', 'library-clusters', async (e) => {
    const f = e.features?.[0];
    if (!f) return;
    e.preventDefault();
    const zoom = await (map.getSource('libraries') as GeoJSONSource).getClusterExpansionZoom(f.properties.cluster_id as number);
    map.easeTo({ center: (f.geometry as GeoJSON.Point).coordinates as [number, number], zoom, duration: reducedMotion ? 0 : 400 });
  });
  map.on('click', 'municipality-fill', (e) => {
    if (e.defaultPrevented) return;
    const f = e.features?.[0];
    if (!f) return;
    const n = f.properties.n as string;
    popup(e.lngLat, f.properties.name as string, f.properties.text as string, entityUrl(config.lang, 'municipality', n), t.openMunicipality);
  });

  // What is under the pointer, or in the middle of the map while the keyboard moves it: a tooltip
  // (name; has or lacks), described to the canvas and said through the live region.
  const tooltip = Object.assign(document.createElement('div'), { className: 'map-tooltip', id: 'map-tooltip', hidden: true });
  tooltip.setAttribute('role', 'tooltip');
  const crosshair = Object.assign(document.createElement('div'), { className: 'map-crosshair', hidden: true });
  frame.append(crosshair, tooltip);
  canvas.setAttribute('aria-describedby', 'map-tooltip');
  const pointTexts = () => new Map(shaded.points.map((p) => [p.id, p.text]));
  const describeAt = (x: number, y: number, reach: number): { title: string; text: string } | null => {
    const box: [[number, number], [number, number]] = [
      [x - reach, y - reach],
      [x + reach, y + reach],
    ];
    const [f] = map.queryRenderedFeatures(box, { layers: ['library-points', 'library-clusters'] });
    if (f?.properties.cluster) {
      const count = Number(f.properties.point_count);
      const holders = Number(f.properties.holders);
      return { title: t.libraries(count), text: view.mode === 'service' ? t.librariesHaving(count, holders) : '' };
    }
    const l = f && libraries.get(String(f.properties.id));
    if (f && l) {
      const has = Boolean(f.properties.has);
      const what = view.mode === 'service' ? (has ? t.hasIt : t.lacksIt) : (pointTexts().get(l.id) ?? '');
      return { title: l.name, text: `${libraryKindText(config.lang, l.kind)}: ${what}` };
    }
    const [m] = map.queryRenderedFeatures([x, y], { layers: ['municipality-fill'] });
    if (!m) return null;
    return { title: String(m.properties.name), text: String(m.properties.text) };
  };
  const showTooltip = (x: number, y: number, reach: number, keyboard = false): string => {
    // For the keyboard, an empty middle (the sea) says how to move on rather than nothing.
    const found = describeAt(x, y, reach) ?? (keyboard ? { title: t.mapLabel, text: t.tooltipHint } : null);
    if (!found) {
      tooltip.hidden = true;
      return '';
    }
    const title = Object.assign(document.createElement('strong'), { textContent: found.title });
    tooltip.replaceChildren(title, found.text);
    tooltip.hidden = false;
    // Kept inside the frame, above the point.
    const half = Math.min(tooltip.offsetWidth / 2, frame.clientWidth / 2);
    tooltip.style.left = `${Math.min(Math.max(x, half + 4), frame.clientWidth - half - 4)}px`;
    tooltip.style.top = `${Math.max(y, tooltip.offsetHeight + 16)}px`;
    return `${found.title}: ${found.text}`;
  };
  map.on('mousemove', (e) => void showTooltip(e.point.x, e.point.y, 4));
  canvas.addEventListener('mouseleave', () => {
    if (document.activeElement !== canvas) tooltip.hidden = true;
  });
  let lastSaid = '';
  const atCentre = () => {
    const said = showTooltip(canvas.clientWidth / 2, canvas.clientHeight / 2, 10, true);
    if (said && said !== lastSaid) options.announce(said);
    lastSaid = said;
  };
  // Only for the keyboard: a click or tap focuses the canvas too.
  let pointerAt = 0;
  canvas.addEventListener('pointerdown', () => (pointerAt = performance.now()));
  canvas.addEventListener('focus', () => {
    if (performance.now() - pointerAt < 1000) return;
    crosshair.hidden = false;
    atCentre();
  });
  canvas.addEventListener('blur', () => {
    crosshair.hidden = true;
    tooltip.hidden = true;
    lastSaid = '';
  });
  map.on('moveend', () => {
    if (!crosshair.hidden && document.activeElement === canvas) atCentre();
  });

  const move = (bounds: Bounds) => map.fitBounds(bounds, { padding: 24, duration: reducedMotion ? 0 : 600, maxZoom: 9 });

  // First frame with our layers: measured from the interaction the client marked.
  await new Promise<void>((resolve) => map.once('idle', () => resolve()));
  const measure = performance.measure('map-first-frame', 'map-interaction');
  frame.dataset.firstFrameMs = String(Math.round(measure.duration));
  console.info(`[map] first MapLibre frame ${Math.round(measure.duration)} ms after the interaction`);
  // Transparent rather than hidden: the legend's swatches use the SVG's hatch pattern.
  svg.style.opacity = '0';
  frame.classList.add('map-gl-active');

  let selected: string | undefined;
  const api: GlMap = {
    select(n) {
      setState(selected, { selected: false });
      setState((selected = n), { selected: true });
      const f = byNumber.get(n);
      if (!f) return;
      const bounds = boundsOf([f]);
      move(bounds);
      // The popup sits inside the municipality: at its public library's point when it has one.
      const seat = data.libraries.find((l) => l.kind === 'public' && l.m === n)?.at;
      const at: [number, number] = seat ?? [(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2];
      popup(at, String(f.properties?.name ?? n), shaded.shades.get(n)?.text ?? '', entityUrl(config.lang, 'municipality', n), t.openMunicipality);
    },
    update(nextView, next) {
      shaded = next;
      view = nextView;
      (map.getSource('municipalities') as GeoJSONSource).setData(municipalityCollection(municipalities, shaded));
      (map.getSource('libraries') as GeoJSONSource).setData(pointCollection(shaded, libraries, inMap));
      label();
      move(countyBounds(view.countyNumber));
    },
  };
  return api;
}
