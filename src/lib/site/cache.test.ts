import { describe, expect, it } from 'vitest';
import { memo, once } from './cache';

describe('build cache', () => {
  it('computes a once-value on first use only, even when it is undefined', () => {
    let calls = 0;
    const get = once(() => {
      calls++;
      return undefined;
    });
    expect(calls).toBe(0);
    get();
    get();
    expect(calls).toBe(1);
  });
  it('keeps one value per object key and per string key', () => {
    let calls = 0;
    const size = memo((key: object | string) => {
      calls++;
      return typeof key === 'string' ? key.length : Object.keys(key).length;
    });
    const a = { x: 1 };
    expect(size(a)).toBe(1);
    expect(size(a)).toBe(1);
    expect(size({ x: 1, y: 2 })).toBe(2);
    expect(size('abc')).toBe(3);
    expect(size('abc')).toBe(3);
    expect(calls).toBe(3);
  });
  it('keeps only the most recent string keys when given a limit', () => {
    const seen: string[] = [];
    const get = memo(
      (key: string) => {
        seen.push(key);
        return key.toUpperCase();
      },
      { limit: 2 },
    );
    get('a');
    get('b');
    get('c');
    expect(get('b')).toBe('B');
    expect(get('a')).toBe('A');
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
  it('keys an argument by the string its key function makes of it', () => {
    let calls = 0;
    const get = memo(
      (view: { a?: number; b?: number }) => {
        calls++;
        return view;
      },
      { key: (view) => JSON.stringify([view.a, view.b]) },
    );
    const first = { a: 1, b: 2 };
    expect(get(first)).toBe(first);
    expect(get({ b: 2, a: 1 })).toBe(first);
    expect(calls).toBe(1);
  });
});
