/** The detailed boundaries (Kartverket, CC BY 4.0) for county maps, fetched on interaction. */
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { GEO_FILES } from '../../lib/geo/map-geometry';

export const GET: APIRoute = () => new Response(readFileSync(GEO_FILES.detailed), { headers: { 'Content-Type': 'application/json' } });
