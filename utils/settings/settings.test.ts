import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  isSkippedSite,
  loadSettings,
  normalizeSite,
  parseSettings,
  saveSettings,
  watchSettings,
  type Settings,
} from './index';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keep every valid field of a partly broken stored value', () => {
    const parsed = parseSettings({
      autoDetect: 'yes',
      skipSites: ['https://www.Example.com/news/1', 42, 'not a host!', '*.gov.cn', 'gov.cn'],
      colors: { area: '#ABCDEF', money: 'red', nonsense: '#000000' },
      language: 'zh-CN',
    });
    expect(parsed.autoDetect).toBe(true);
    expect(parsed.skipSites).toEqual(['www.example.com', 'gov.cn']);
    expect(parsed.colors.area).toBe('#abcdef');
    expect(parsed.colors.money).toBe(DEFAULT_SETTINGS.colors.money);
    expect(parsed).not.toHaveProperty('colors.nonsense');
    expect(parsed.language).toBe('zh-CN');
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ language: 'fr' }).language).toBe('auto');
  });

  it('save merges changes, validates them and tells watchers', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings({ autoDetect: false });
    const saved = await saveSettings({ skipSites: ['example.org', ''] });
    stop();
    expect(saved).toMatchObject({ autoDetect: false, skipSites: ['example.org'] });
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(saved);
    expect(seen.map((s) => s.autoDetect)).toEqual([false, false]);
  });

  it.each([
    ['http://www.zj.gov.cn/art/1.html', ['gov.cn'], true],
    ['https://gov.cn/', ['gov.cn'], true],
    ['https://notgov.cn/', ['gov.cn'], false],
    ['https://news.example.com/a', ['www.example.com'], false],
    ['chrome://extensions', ['gov.cn'], false],
  ])('%s skipped by %j: %s', (url, sites, expected) => {
    expect(isSkippedSite(url, sites)).toBe(expected);
  });

  it.each([
    [' Example.COM ', 'example.com'],
    ['https://a.b.example.com:8080/x?y', 'a.b.example.com'],
    ['*.example.com', 'example.com'],
    ['', null],
    ['two words', null],
  ])('normalizes site %j to %j', (input, expected) => {
    expect(normalizeSite(input)).toBe(expected);
  });
});
