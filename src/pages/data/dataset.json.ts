import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/dataset/site-data';

// The whole validated dataset: it holds public fields only (the pull never keeps prices or contacts).
export const GET: APIRoute = () => new Response(JSON.stringify(loadSiteData().dataset), { headers: { 'Content-Type': 'application/json' } });
