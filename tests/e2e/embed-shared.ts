/**
 * What the embed tests (embed-host, embed-frames, embed-widget) share: the site under test, the
 * service and county they embed, and a frame once its widget is there.
 */
import type { Frame, Page } from 'playwright-core';
import { inject } from 'vitest';
import { data } from './dataset';

export const baseUrl = inject('baseUrl');
export const service = data.dataset.services[0]!;
export const county = data.dataset.counties.find((c) => c.slug === 'vestland') ?? data.dataset.counties[0]!;

export async function frameOf(page: Page, id: string): Promise<Frame> {
  const handle = await page.waitForSelector(`#${id}`);
  const frame = await handle.contentFrame();
  await frame!.waitForSelector('[data-embed]');
  return frame!;
}
