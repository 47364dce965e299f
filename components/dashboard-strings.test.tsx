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
