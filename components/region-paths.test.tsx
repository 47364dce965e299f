import { describe, expect, it } from 'vitest';
import type { Region } from '../utils/articles/types';
import { regionPaths } from './region-paths';

const region = (name: string, path: string[], level: Region['level'] = 'county'): Region => ({ name, code: '', level, path });

describe('regionPaths', () => {
  it('leaves out a region whose path another one already shows, and a repeated one', () => {
    const linan = region('临安区', ['浙江省', '杭州市', '临安区']);
    const hangzhou = region('杭州市', ['浙江省', '杭州市'], 'city');
    const anji = region('安吉县', ['浙江省', '湖州市', '安吉县']);
    expect(regionPaths([linan, hangzhou])).toEqual(['浙江省 › 杭州市 › 临安区']);
    expect(regionPaths([hangzhou, linan, anji, linan])).toEqual(['浙江省 › 杭州市 › 临安区', '浙江省 › 湖州市 › 安吉县']);
  });

  it('shows a region without a path by its name', () => {
    expect(regionPaths([region('Suining', [])])).toEqual(['Suining']);
    expect(regionPaths([])).toEqual([]);
  });
});
