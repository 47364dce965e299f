import { describe, expect, it } from 'vitest';
import { longestFirst } from './longest-first';

describe('longestFirst', () => {
  it('orders by word length, longest first, keeping the given order among words of one length', () => {
    const words = ['低于', '不低于', '约', '超过', '最高可达', '近'];
    expect(longestFirst(words, (w) => w)).toEqual(['最高可达', '不低于', '低于', '超过', '约', '近']);
    expect(longestFirst(words, (w) => w)).toEqual([...words].sort((a, b) => b.length - a.length));
  });

  it('orders items by the word it is given for each', () => {
    const items: Array<[string, number]> = [['亩', 1], ['平方公里', 2], ['公顷', 3]];
    expect(longestFirst(items, ([w]) => w).map(([, n]) => n)).toEqual([2, 3, 1]);
    expect(longestFirst([], (w: string) => w)).toEqual([]);
  });
});
