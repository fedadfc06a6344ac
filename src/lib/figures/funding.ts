/**
 * The one rule for which services a figure counts by default. Browser-safe (no imports), so the
 * build and the map island apply the same rule.
 */
import type { Service } from '../dataset/schema';

/**
 * A service the library chose: bought through the consortium, or supported by the county (the
 * library may still order it). State-funded and network-free services are a baseline instead:
 * registered at, or open to, every library whatever it decides, so they say nothing about choice.
 */
export function isChosen(service: Pick<Service, 'funding'>): boolean {
  return service.funding === 'bought' || service.funding === 'county-funded';
}
