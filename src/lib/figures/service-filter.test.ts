import { describe, expect, it } from 'vitest';
import { matchesServiceFilter } from './service-filter';

const none = { category: '', audience: '', funding: '' };
const film = { category: 'film', audience: 'public', funding: 'state-funded' };
const news = { category: 'news-magazines', audience: 'both', funding: 'bought' };

describe('matchesServiceFilter', () => {
  it('lets everything through with no filter', () => {
    expect(matchesServiceFilter(film, none) && matchesServiceFilter(news, none)).toBe(true);
  });
  it('filters on category and funding exactly', () => {
    expect(matchesServiceFilter(film, { ...none, category: 'film' })).toBe(true);
    expect(matchesServiceFilter(news, { ...none, category: 'film' })).toBe(false);
    expect(matchesServiceFilter(news, { ...none, funding: 'state-funded' })).toBe(false);
  });
  it('counts a service for both audiences as available to schools and to public libraries', () => {
    expect(matchesServiceFilter(news, { ...none, audience: 'school' })).toBe(true);
    expect(matchesServiceFilter(film, { ...none, audience: 'school' })).toBe(false);
    expect(matchesServiceFilter(film, { ...none, audience: 'both' })).toBe(false);
  });
});
