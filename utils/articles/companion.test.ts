import { describe, expect, it } from 'vitest';
import { readCompanions } from './companion';
import type { ArticleAnalysis } from './types';

const article = (title: string, isRegionalDevelopment: boolean, claims: number): ArticleAnalysis => ({
  title,
  start: 0,
  end: 0,
  language: 'zh',
  relevance: isRegionalDevelopment ? 0.9 : 0.2,
  isRegionalDevelopment,
  regions: [],
  claims: Array.from({ length: claims }, () => ({ text: '312万千瓦' }) as ArticleAnalysis['claims'][number]),
  signals: [],
});

describe('readCompanions', () => {
  it('reads a commentary with figures under development news as development news too', () => {
    const articles = [article('临泽县新能源装机突破300万千瓦', true, 12), article('让戈壁滩长出“绿色动能”', false, 2)];
    readCompanions(articles, [false, true]);
    expect(articles[1]).toMatchObject({ isRegionalDevelopment: true, relevance: 0.9 });
    expect(articles[1].signals).toContain('commentary on: 临泽县新能源装机突破300万千瓦');
  });

  it('leaves a piece that is no companion, one without figures, and one under other news as they are', () => {
    const plain = [article('新闻', true, 5), article('另一篇', false, 3)];
    readCompanions(plain, [false, false]);
    expect(plain[1].isRegionalDevelopment).toBe(false);
    const bare = [article('新闻', true, 5), article('短评', false, 0)];
    readCompanions(bare, [false, true]);
    expect(bare[1].isRegionalDevelopment).toBe(false);
    const sport = [article('比赛', false, 5), article('短评', false, 3)];
    readCompanions(sport, [false, true]);
    expect(sport[1].isRegionalDevelopment).toBe(false);
  });
});
