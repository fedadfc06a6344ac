/** The map data (`/kart/data.json`), fetched once per page and only when a filter or the interactive map needs it. */
import type { MapData } from '../../lib/geo/map-data';

let dataPromise: Promise<MapData> | undefined;

export function loadMapData(url: string): Promise<MapData> {
  dataPromise ??= fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json() as Promise<MapData>;
  });
  return dataPromise;
}
