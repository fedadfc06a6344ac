/** The site's picture for shared links from English pages (src/lib/images/share-image-png.ts). */
import type { APIRoute } from 'astro';
import { sharePictureResponse } from '../../lib/images/share-image-png';

export const GET: APIRoute = () => sharePictureResponse('en');
