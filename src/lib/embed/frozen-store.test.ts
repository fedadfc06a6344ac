import { describe, expect, it } from 'vitest';
import { frozenFolder } from './frozen-store';

const A = 'aaaaaaaaaaaa';

describe('frozenFolder', () => {
  it('is the version folder under each language prefix, relative to dist/', () => {
    expect(frozenFolder('nb', A)).toBe(`embed/v/${A}`);
    expect(frozenFolder('nn', A)).toBe(`nn/embed/v/${A}`);
    expect(frozenFolder('en', A)).toBe(`en/embed/v/${A}`);
  });
});
