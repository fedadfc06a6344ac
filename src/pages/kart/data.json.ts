/** The compact map data (lib/geo/map-data.ts) that the map island fetches on demand. */
import type { APIRoute } from 'astro';
import { siteMapData } from '../../lib/site/map-model';

export const GET: APIRoute = () => new Response(JSON.stringify(siteMapData()), { headers: { 'Content-Type': 'application/json' } });
