/**
 * What the map tests (map-svg, map-maplibre) share: the site under test, the viewports, screenshots
 * to test-results/, PressReader and who has it from the dataset.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { activeServices } from '../../src/lib/dataset/site-data';
import { data } from './dataset';

export const baseUrl = inject('baseUrl');

export const PHONE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 900 };

export async function shot(page: Page, name: string, fullPage = false) {
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/${name}.png`, fullPage });
}

export const pressreader = data.dataset.services.find((s) => s.id === 'pressreader')!;
/** Schools with a position (drawn on the map) that have a service this year, from the dataset. */
export function schoolsWith(serviceId: string, countyNumber?: string) {
  return data.dataset.libraries.filter(
    (l) =>
      l.kind === 'school' && l.position && (!countyNumber || l.countyNumber === countyNumber) && activeServices(data, l.id).some((s) => s.id === serviceId),
  );
}
/** Municipality number -> whether its public library has a service this year, from the dataset. */
export function publicHas(serviceId: string): Map<string, boolean> {
  const result = new Map<string, boolean>();
  for (const l of data.dataset.libraries) {
    if (l.kind !== 'public') continue;
    const has = activeServices(data, l.id).some((s) => s.id === serviceId);
    for (const m of l.servesMunicipalities) result.set(m, has);
  }
  return result;
}
