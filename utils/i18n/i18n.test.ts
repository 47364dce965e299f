// @vitest-environment happy-dom
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LOCALE_DIRS, currentLocale, initI18n, labelled, substitute, t, type LocaleLoader } from './index';

const localesDir = resolve(__dirname, '../../public/_locales');
const readLocale: LocaleLoader = async (dir) => JSON.parse(await readFile(resolve(localesDir, dir, 'messages.json'), 'utf8'));

describe('interface text', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('has the same keys, each with a non-empty message, in every locale', async () => {
    const [en, zh] = await Promise.all(Object.values(LOCALE_DIRS).map(readLocale));
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const messages of [en, zh]) {
      for (const [key, { message }] of Object.entries(messages)) {
        expect(key).toMatch(/^[A-Za-z0-9_]+$/);
        expect(message.trim(), key).not.toBe('');
      }
    }
  });

  it('uses the same substitutions in both languages', async () => {
    const [en, zh] = await Promise.all(Object.values(LOCALE_DIRS).map(readLocale));
    const marks = (text: string) => (text.match(/\$[1-9]/g) ?? []).sort().join();
    for (const key of Object.keys(en)) expect(marks(zh[key].message), key).toBe(marks(en[key].message));
  });

  it('loads the chosen language when the browser speaks another', async () => {
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
    expect(await initI18n('zh-CN', readLocale)).toBe('zh-CN');
    expect(t('popup_relevance', 73)).toBe('相关度 73%');
    expect(t('kind_area')).toBe('面积');
    expect(currentLocale()).toBe('zh-CN');
  });

  it("leaves the document's language alone: in a content script it is the reader's page", async () => {
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
    document.documentElement.lang = 'zh-CN';
    expect(await initI18n('auto', readLocale)).toBe('en');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('asks the background for the chosen language where the page cannot read extension files', async () => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
    const asked: string[] = [];
    fakeBrowser.runtime.onMessage.addListener(((message: { type: string; dir: string }, _sender: unknown, reply: (r: unknown) => void) => {
      if (message.type !== 'get-locale-messages') return undefined;
      asked.push(message.dir);
      void readLocale(message.dir).then(reply);
      return true;
    }) as never);
    // happy-dom's page is not an extension page: like a content script, it cannot fetch the file.
    expect(await initI18n('zh-CN')).toBe('zh-CN');
    expect(asked).toEqual(['zh_CN']);
    expect(t('panel_title')).toBe('本页数据');
  });

  it('follows the browser with "auto"', async () => {
    fakeBrowser.i18n.getUILanguage = () => 'zh-TW';
    fakeBrowser.i18n.getMessage = ((key: string, subs?: string[]) => `${key}:${(subs ?? []).join()}`) as typeof fakeBrowser.i18n.getMessage;
    expect(await initI18n('auto', readLocale)).toBe('zh-CN');
    expect(t('popup_figures', [12])).toBe('popup_figures:12');
  });

  it('introduces what a label names with the colon of the interface language', async () => {
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
    await initI18n('auto', readLocale);
    expect(labelled('Regions')).toBe('Regions: ');
    expect(labelled('Delete', '新增工业用地1000亩')).toBe('Delete: 新增工业用地1000亩');
    await initI18n('zh-CN', readLocale);
    expect(labelled('地区')).toBe('地区：');
    expect(labelled('删除', '新增工业用地1000亩')).toBe('删除：新增工业用地1000亩');
  });

  it('writes no ASCII colon in Chinese text, but in a web address', async () => {
    const zh = await readLocale(LOCALE_DIRS['zh-CN']);
    for (const [key, { message }] of Object.entries(zh)) expect(message.replace(/\bhttps?:\/\//g, ''), key).not.toMatch(/:/);
  });

  it('substitutes like getMessage', () => {
    expect(substitute('$1 of $2 cost $$5', ['3', '4'])).toBe('3 of 4 cost $5');
    expect(substitute('missing $3', [])).toBe('missing ');
  });
});
