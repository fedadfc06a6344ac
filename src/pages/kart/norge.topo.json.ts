/** The shipped national boundaries (Kartverket, CC BY 4.0), fetched by MapLibre on interaction. */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { GEO_FILES } from '../../lib/geo/map-geometry';

export const GET: APIRoute = () => new Response(readFileSync(GEO_FILES.national), { headers: { 'Content-Type': 'application/json' } });
