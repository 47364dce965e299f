import { describe, expect, it } from 'vitest';
import { coalesce } from './chunks';

describe('coalesce', () => {
  it('joins small chunks into parts of at least the given size, keeping the text and its order', () => {
    const chunks = Array.from({ length: 25 }, (_, i) => `行${i},`);
    const parts = [...coalesce(chunks, 10)];
    expect(parts.join('')).toBe(chunks.join(''));
    expect(parts.slice(0, -1).every((p) => p.length >= 10)).toBe(true);
    expect(parts.length).toBeLessThan(chunks.length);
  });

  it('yields nothing for nothing and passes a large chunk through whole', () => {
    expect([...coalesce([])]).toEqual([]);
    expect([...coalesce(['x'.repeat(50), 'y'], 10)]).toEqual(['x'.repeat(50), 'y']);
  });
});
