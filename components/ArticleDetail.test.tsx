import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initI18n } from '../utils/i18n';
import { valueWithUnit } from './ArticleDetail';

// The dashboard's own strings are in code; only the interface language is read from i18n.
const noFiles = async () => ({});

describe('a figure’s value in the library', () => {
  beforeEach(() => {
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
  });
  afterEach(async () => {
    await initI18n('en', noFiles);
  });

  it('names the unit in the interface language, not the article’s', async () => {
    await initI18n('en', noFiles);
    expect(valueWithUnit(1000, 'mu')).toBe('1,000 mu');
    expect(valueWithUnit(756061, 'm2')).toBe('756,061 m²');
    expect(valueWithUnit(3542870922, 'CNY')).toBe('3,542,870,922 yuan');
    expect(valueWithUnit(61.48, 'percent')).toBe('61.48%');
    // A generic counter (个, 家, 座) has no English word: the number alone, not 个.
    expect(valueWithUnit(110, 'count')).toBe('110');
    await initI18n('zh-CN', noFiles);
    expect(valueWithUnit(1000, 'mu')).toBe('1,000亩');
    expect(valueWithUnit(110, 'count')).toBe('110个');
  });
});
