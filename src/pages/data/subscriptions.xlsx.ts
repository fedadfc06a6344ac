import type { APIRoute } from 'astro';
import { openDataFile } from '../../lib/open-data-files';

export const GET: APIRoute = () => openDataFile('subscriptions', 'xlsx');
