/**
 * The three users' journeys, walked from the keyboard in the built extension: a researcher annotating a
 * figure in its card, an editor giving it a verdict (wrong, corrected value, evidence) and moving through
 * the side panel, and a reader who pastes a text into the dashboard and finds it in the library. Each step
 * asserts what a keyboard or screen-reader user depends on (where focus goes, what things are called);
 * screenshots go to test-results/journeys.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/extension-browser';
import { claimTexts, fixturesDir, waitForHighlights } from './support/inpage';
import { openExtensionPage, tabIdOf } from './support/panels';
import { startStaticServer, type StaticServer } from './support/static-server';

const shots = resolve(fixturesDir, '../../test-results/journeys');

async function shot(page: Page, name: string): Promise<void> {
  await mkdir(shots, { recursive: true });
  await page.screenshot({ path: resolve(shots, `${name}.png`) });
}

/** What has focus, looking into shadow roots: the tag, and the accessible-name-ish text of the element. */
function focused(page: Page): Promise<{ inCard: boolean; tag: string; name: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    let inCard = false;
    while (el?.shadowRoot?.activeElement) {
      inCard ||= el.tagName === 'FIGURE-FINDER-UI';
      el = el.shadowRoot.activeElement;
    }
    const label = (el as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '';
    // An icon button is named by its icon's label.
    const name = el?.getAttribute('aria-label') || label || el?.textContent?.trim() || el?.querySelector('[aria-label]')?.getAttribute('aria-label') || '';
    return { inCard, tag: el?.tagName ?? '', name: name.trim() };
  });
}

async function tabUntil(page: Page, accept: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (accept(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`focus never reached the control; last: ${JSON.stringify(await focused(page))}`);
}

describe('journeys from the keyboard', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    server = await startStaticServer(resolve(fixturesDir, 'pages'));
    browser = await launchExtensionBrowser({ locale: 'en-US' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('annotates and fact-checks a figure in its card without Tab ever leaving the card', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/seed-news-page.html'));
    await waitForHighlights(page, (t) => claimTexts(t).includes('1000亩'));
    await page.keyboard.press('Alt+Shift+N');
    await page.keyboard.press('Enter');
    const card = page.locator('figure-finder-ui section.card');
    await card.waitFor();

    // Closed form: Close, Not a claim, the form's summary, then round to Close again — not the page's links.
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      expect(f.inCard, `Tab ${i + 1} went to ${f.tag} ${f.name}`).toBe(true);
      order.push(f.name);
    }
    expect(order).toEqual(['Close', 'Not a claim', 'Your note and check', 'Close']);
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).name).toBe('Your note and check');
    await page.keyboard.press('Enter');

    await tabUntil(page, (f) => f.name === 'Note');
    await page.keyboard.type('Check against the 2023 land plan');
    await page.keyboard.press('Tab');
    await page.keyboard.type('land, 2024');
    await tabUntil(page, (f) => f.name === 'Unverified');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect((await focused(page)).name).toBe('Wrong');
    await tabUntil(page, (f) => f.name === 'Corrected value');
    await page.keyboard.type('12000');
    await tabUntil(page, (f) => f.name === 'Evidence link');
    await page.keyboard.type('https://example.gov.cn/report');
    await tabUntil(page, (f) => f.name === 'Save note');
    await page.keyboard.press('Enter');
    await card.getByRole('status').filter({ hasText: 'Saved to your library' }).waitFor();
    await shot(page, 'journey-card-saved');

    // From the last control, Tab comes round to the top of the card.
    await tabUntil(page, (f) => f.name === 'Delete note');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ inCard: true, name: 'Close' });
  });

  it('crosses each article’s list of figures in two Tabs and sets a status from the keys', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/seed-news-page.html'));
    await waitForHighlights(page, (t) => claimTexts(t).includes('1000亩'));
    const panel = await openExtensionPage(browser, 'sidepanel', await tabIdOf(browser, page), { width: 400, height: 800 });
    const first = panel.locator('.claim-button').first();
    await first.waitFor();
    await first.focus();
    await panel.keyboard.press('j');
    await panel.keyboard.press('4');
    // The verdict goes to the page and comes back in the page's state.
    await panel.waitForFunction(() => document.querySelectorAll<HTMLSelectElement>('.claim-row .status-select')[1]?.value === 'wrong');
    // Said aloud, since the menu that changed does not have focus.
    await panel.getByRole('status').filter({ hasText: '1000亩 marked Wrong' }).waitFor();
    // Tab: the active figure's status menu (the first article alone has 13 figures)…
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Status of 1000亩');
    await panel.keyboard.press('Tab');
    // …then the next article's list (one stop per article), not the next figure's status menu.
    const next = await panel.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const lists = [...document.querySelectorAll('.claim-list')];
      return { className: el.className, list: lists.indexOf(el.closest('.claim-list')!) };
    });
    expect(next).toEqual({ className: 'claim-button', list: 1 });
    await shot(panel, 'journey-side-panel');
  });

  it('names a pasted text without a title, counts in the singular, and shows units in the interface language', async () => {
    const dash = await browser.context.newPage();
    await dash.goto(`chrome-extension://${browser.extensionId}/dashboard.html#view=analyze`);
    await dash.getByRole('textbox', { name: 'Text to analyse' }).fill('临安区2023年出让工业用地1000亩，总投资42.3亿元，工业投资同比增长61.48%。');
    await dash.getByRole('button', { name: 'Analyse' }).click();
    const found = dash.getByRole('region', { name: '1 article found' });
    await found.waitFor();
    await expect(found.getByRole('heading', { level: 4 }).textContent()).resolves.toBe('Untitled article');
    await expect(found.getByText('(1,000 mu)').count()).resolves.toBe(1);
    await found.getByRole('button', { name: 'Save to library' }).click();
    await found.getByRole('link', { name: 'Open in library' }).click();
    const detail = dash.getByRole('article', { name: 'Untitled article' });
    await detail.waitFor();
    await expect(detail.getByRole('cell', { name: '1,000 mu · Area' }).count()).resolves.toBe(1);
    await expect(dash.getByRole('option', { name: /^Untitled article/ }).count()).resolves.toBe(1);
    await shot(dash, 'journey-untitled-in-library');
  });
});
