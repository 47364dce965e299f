/**
 * Notes, statuses and "not a claim" verdicts made in the page come back on the same characters:
 * after a reload, after the browser restarts with the same profile, and, re-anchored, after the
 * page's text was edited; what cannot be placed is listed as an orphan, not dropped.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, screenshotPath, type ExtensionBrowser } from './support/extension-browser';
import { claimTexts, fixturesDir, highlightTexts, htmlRoute, openCardAt, pageState, selectText, waitForHighlights } from './support/inpage';
import { startStaticServer, type StaticServer } from './support/static-server';

const original = readFileSync(resolve(fixturesDir, 'pages/seed-news-page.html'), 'utf8');
const removedSentence = '2023年，临安已完成高耗低效企业整治销号779家，以方便“六大园”整体后续的科学规划和利用。';
/** The same article, edited: a note added at the top, one sentence removed. */
const edited = original
  .replace('<p>以产业带全局，', '<p>编者按：本文于今日更新，补充了部分数据。</p>\n  <p>以产业带全局，')
  .replace(removedSentence, '');

describe('saving and re-anchoring notes in the page', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  let version: 'original' | 'edited' = 'original';
  let profileDir: string;

  beforeAll(async () => {
    expect(edited).not.toBe(original);
    expect(edited).not.toContain(removedSentence);
    server = await startStaticServer(resolve(fixturesDir, 'pages'), {
      '/article.html': htmlRoute(() => (version === 'original' ? original : edited)),
    });
    browser = await launchExtensionBrowser();
    profileDir = browser.profileDir;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (): Promise<Page> => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/article.html'));
    await waitForHighlights(page, (t) => claimTexts(t).includes('1000亩'));
    return page;
  };

  it('takes a note, a status, a verdict and a free note, each saved', async () => {
    const page = await open();
    let card = await openCardAt(page, '1000亩');
    await card.getByText('Your note and check').click();
    await card.getByLabel('Note', { exact: true }).fill('出让面积与年报不符');
    await card.getByLabel('Wrong', { exact: true }).check();
    await card.getByLabel('Corrected value').fill('1,200');
    await card.getByLabel('Evidence link').fill('https://example.org/report');
    await card.getByRole('button', { name: 'Save note' }).click();
    await card.getByText('Saved to your library').waitFor();
    await page.screenshot({ path: await screenshotPath('inpage-note-saved') });
    await card.getByRole('button', { name: 'Close' }).click();

    card = await openCardAt(page, '779家');
    await card.getByText('Your note and check').click();
    await card.getByLabel('Verified', { exact: true }).check();
    await card.getByRole('button', { name: 'Save note' }).click();
    await card.getByText('Saved to your library').waitFor();
    await card.getByRole('button', { name: 'Close' }).click();

    // Another article of the same newspaper page: saved as its own library record.
    card = await openCardAt(page, '205项');
    await card.getByText('Your note and check').click();
    await card.getByLabel('Disputed', { exact: true }).check();
    await card.getByRole('button', { name: 'Save note' }).click();
    await card.getByText('Saved to your library').waitFor();
    await card.getByRole('button', { name: 'Close' }).click();

    card = await openCardAt(page, '一万亩');
    await card.getByRole('button', { name: 'Not a claim' }).click();
    await waitForHighlights(page, (t) => !claimTexts(t).includes('一万亩'));

    await selectText(page, '空间腾挪');
    await page.locator('figure-finder-ui').getByRole('button', { name: 'Add note' }).click();
    const noteCard = page.locator('figure-finder-ui section.card');
    await noteCard.getByLabel('Note', { exact: true }).fill('关键词');
    await noteCard.getByRole('button', { name: 'Save note' }).click();
    await noteCard.getByText('Saved to your library').waitFor();
    const texts = await highlightTexts(page);
    expect(texts['ff-note']).toEqual(['空间腾挪']);
    expect(texts['ff-status-wrong']).toEqual(['1000亩']);
    await page.close();
  });

  const expectRestored = async (page: Page) => {
    const texts = await waitForHighlights(
      page,
      (t) => (t['ff-status-wrong'] ?? []).length > 0 && (t['ff-note'] ?? []).length > 0 && (t['ff-status-disputed'] ?? []).length > 0,
    );
    expect(texts['ff-status-wrong']).toEqual(['1000亩']);
    expect(texts['ff-note']).toEqual(['空间腾挪']);
    // Both saved articles of the page come back, not only the latest.
    expect(texts['ff-status-disputed']).toEqual(['205项']);
    expect(claimTexts(texts)).not.toContain('一万亩');
    const card = await openCardAt(page, '1000亩');
    await card.getByText('Your note and check').waitFor();
    await expect(card.getByLabel('Note', { exact: true }).inputValue()).resolves.toBe('出让面积与年报不符');
    await expect(card.getByLabel('Corrected value').inputValue()).resolves.toBe('1200');
  };

  it('brings everything back on the same characters after a reload', async () => {
    const page = await open();
    await expectRestored(page);
    const state = await pageState(browser.serviceWorker, page);
    expect(state.orphans).toEqual([]);
    expect(state.articles.flatMap((a) => a.claims).find((c) => c.text === '779家')?.annotation?.status).toBe('verified');
    await page.close();
  });

  it('brings everything back after the browser restarts with the same profile', async () => {
    await browser.close({ keepProfile: true });
    browser = await launchExtensionBrowser({ profileDir });
    const page = await open();
    await expectRestored(page);
    await page.close();
  });

  it('re-anchors after the text was edited and lists what it cannot place as orphans', async () => {
    version = 'edited';
    const page = await open();
    await expectRestored(page);
    const state = await pageState(browser.serviceWorker, page);
    expect(state.orphans.length).toBeGreaterThan(0);
    expect(state.orphans.some((o) => 'text' in o && o.text === '779家')).toBe(true);
    await page.screenshot({ path: await screenshotPath('inpage-reanchored-after-edit') });
    await page.close();
  });
});
