import { describe, expect, it } from 'vitest';
import { testService } from '../dataset/test-data';
import { isPaid, isRecorded, serviceCounts, serviceState } from './counts';

const paid = testService('paid');
const county = testService('county', { funding: 'county-funded' });
const state = testService('filmbib', { funding: 'state-funded' });
const unrecorded = testService('lovdata', { funding: 'network-free', recorded: false });
const byId = new Map([paid, county, state, unrecorded].map((s) => [s.id, s]));

describe('the figure vocabulary’s counts', () => {
  it('counts bought and county-funded services as paid, and adds state-funded ones to the services in all', () => {
    expect(serviceCounts(['paid', 'county', 'filmbib'], byId)).toEqual({ paid: 2, all: 3 });
    expect(serviceCounts(['filmbib'], byId)).toEqual({ paid: 0, all: 1 });
    expect(serviceCounts(undefined, byId)).toEqual({ paid: 0, all: 0 });
  });

  it('never counts a service the ordering system does not record, even if a row claims it', () => {
    expect(isRecorded(unrecorded)).toBe(false);
    expect(isPaid(testService('x', { recorded: false }))).toBe(false);
    expect(serviceCounts(['lovdata', 'paid'], byId)).toEqual({ paid: 1, all: 1 });
  });

  it('tells has, lacks and cannot tell apart', () => {
    const own = new Set(['paid']);
    expect(serviceState(paid, own)).toBe('has');
    expect(serviceState(county, own)).toBe('lacks');
    expect(serviceState(unrecorded, own)).toBe('not-recorded');
    expect(serviceState(unrecorded, new Set(['lovdata']))).toBe('not-recorded');
  });
});
