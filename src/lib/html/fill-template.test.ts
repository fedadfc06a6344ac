import { describe, expect, it } from 'vitest';
import { fillTemplate } from './fill-template';

describe('fillTemplate', () => {
  it('fills each placeholder with its value', () => {
    expect(fillTemplate('{n} of {total}', { n: 3, total: 10 })).toBe('3 of 10');
  });
  it.each(['$&', "$'", '$`', '$1', '$$', '$<name>', 'a$&b$`c'])('inserts "%s" from user text as it is', (text) => {
    expect(fillTemplate('Fant ikke «{slug}».', { slug: text })).toBe(`Fant ikke «${text}».`);
  });
  it('leaves a placeholder without an own value alone, even a prototype name', () => {
    expect(fillTemplate('{constructor} {toString} {__proto__} {x}', {})).toBe('{constructor} {toString} {__proto__} {x}');
  });
});
