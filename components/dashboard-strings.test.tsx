import { describe, expect, it } from 'vitest';
import { DASHBOARD_STRINGS } from './dashboard-strings';

const placeholders = (text: string) => (text.match(/\$[1-9]/g) ?? []).sort().join(',');

describe('dashboard strings', () => {
  it('has every key in both languages with the same placeholders', () => {
    const en = DASHBOARD_STRINGS.en;
    const zh = DASHBOARD_STRINGS['zh-CN'];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(zh[key].trim(), key).not.toBe('');
      expect(placeholders(zh[key]), key).toBe(placeholders(en[key]));
    }
  });
});

describe('counts and titles in the dashboard', () => {
  it('writes one of a thing in the singular in English', async () => {
    const { sCount } = await import('./dashboard-strings');
    expect(sCount('foundArticles', 1)).toBe('1 article found');
    expect(sCount('foundArticles', 2)).toBe('2 articles found');
    expect(sCount('claimsCount', 1)).toBe('1 figure');
    expect(sCount('claimsCount', 12000)).toBe('12,000 figures');
  });

  it('names an article without a title instead of leaving it blank', async () => {
    const { articleTitle } = await import('./dashboard-strings');
    expect(articleTitle({ title: '  ' })).toBe('Untitled article');
    expect(articleTitle({ title: '临安打好空间仗' })).toBe('临安打好空间仗');
  });

  it('has a singular twin only beside a plural key', () => {
    for (const key of Object.keys(DASHBOARD_STRINGS.en).filter((k) => k.endsWith('_one'))) {
      expect(DASHBOARD_STRINGS.en, key).toHaveProperty(key.slice(0, -4));
    }
  });
});
