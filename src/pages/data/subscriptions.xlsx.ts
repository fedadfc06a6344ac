import type { APIRoute } from 'astro';
import { openDataFile } from '../../lib/open-data/responses';

export const GET: APIRoute = () => openDataFile('subscriptions', 'xlsx');
