/**
 * Reading with the cards: page text that looks like markup stays text in a card, and the claims
 * can be reached and opened from the keyboard alone (Alt+Shift+N / Alt+Shift+P, Enter, Escape).
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, screenshotPath, type ExtensionBrowser } from './support/extension-browser';
import { claimTexts, fixturesDir, highlightTexts, htmlRoute, newsPage, pointAtHighlight, seedText, selectText, waitForHighlights } from './support/inpage';
import { startStaticServer, type StaticServer } from './support/static-server';

describe('cards and keyboard', () => {
  let browser: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(resolve(fixturesDir, 'pages'), {
      // A page whose own fixed layer (a sticky header, a consent banner's backdrop) stands over its text with the
      // largest z-index pages use.
      '/seed-under-banner.html': htmlRoute(
        newsPage(seedText()).replace('<body>', '<body><div id="banner" style="position:fixed;inset:0;z-index:2147483646;background:rgba(255,255,255,.2)"></div>'),
      ),
    });
    browser = await launchExtensionBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows markup-looking page text as text in the card, never as elements', async () => {
    const page = await browser.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(server.url('/markup-strings.html'));
    await waitForHighlights(page, (t) => claimTexts(t).includes('100%') && claimTexts(t).includes('3个月'));
    for (const [figure, markup] of [
      ['100%', '<img src=x onerror=alert(1)>'],
      ['3个月', '<b>加粗</b>'],
    ]) {
      const point = await pointAtHighlight(page, figure);
      await page.mouse.click(point.x, point.y);
      const card = page.locator('figure-finder-ui section.card');
      await card.waitFor();
      await expect(card.locator('q').textContent()).resolves.toContain(markup);
      if (figure === '100%') await page.screenshot({ path: await screenshotPath('inpage-markup-card') });
      await card.getByRole('button', { name: 'Close' }).click();
    }
    const injected = await page.evaluate(() => {
      const root = document.querySelector('figure-finder-ui')!.shadowRoot!;
      return root.querySelectorAll('img, script, b, iframe').length;
    });
    expect(injected).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('draws the card above the page\'s own fixed layers, whatever their z-index', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/seed-under-banner.html'));
    await waitForHighlights(page, (t) => claimTexts(t).includes('1000亩'));
    // (The layer takes the pointer: the card is opened from the keys.)
    await page.keyboard.press('Alt+Shift+N');
    await page.keyboard.press('Enter');
    const card = page.locator('figure-finder-ui section.card');
    await card.waitFor();
    const box = (await card.boundingBox())!;
    // What the reader sees (and clicks) at the card's middle: our card, not the page's layer.
    const top = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName.toLowerCase(), [box.x + box.width / 2, box.y + box.height / 2]);
    expect(top).toBe('figure-finder-ui');
    await page.screenshot({ path: await screenshotPath('inpage-card-over-fixed-layer') });
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
  });

  it('moves between claims with Alt+Shift+N / Alt+Shift+P, opens with Enter, closes with Escape', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/seed-news-page.html'));
    await waitForHighlights(page, (t) => claimTexts(t).includes('1000亩'));
    await page.keyboard.press('Alt+Shift+N');
    await page.keyboard.press('Alt+Shift+N');
    const focused = (await highlightTexts(page))['ff-focus'];
    expect(focused).toHaveLength(1);
    const live = page.locator('figure-finder-ui [role="status"]').first();
    await expect(live.textContent()).resolves.toMatch(new RegExp(`^Figure 2 of \\d+: ${focused[0]}`));
    await page.keyboard.press('Alt+Shift+P');
    const first = (await highlightTexts(page))['ff-focus'][0];
    await expect(live.textContent()).resolves.toMatch(new RegExp(`^Figure 1 of \\d+: ${first}`));

    await page.keyboard.press('Enter');
    const card = page.locator('figure-finder-ui section.card');
    await card.waitFor();
    await expect(card.locator('h2 .figure').textContent()).resolves.toBe(first);
    // Focus moved into the card, so Tab reaches its controls.
    const active = await page.evaluate(() => document.querySelector('figure-finder-ui')!.shadowRoot!.activeElement?.tagName);
    expect(active).toBe('H2');
    await page.screenshot({ path: await screenshotPath('inpage-keyboard-card') });
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    // The card closed, and the reader's place among the claims is kept.
    await page.keyboard.press('Alt+Shift+N');
    await expect(live.textContent()).resolves.toMatch(/^Figure 2 of /);

    // Escape in the note field steps out of it and keeps what was typed; the next Escape closes the card.
    await page.keyboard.press('Enter');
    await card.waitFor();
    await card.locator('summary').click();
    const note = card.locator('textarea');
    await note.fill('Checked against the land bureau');
    await page.keyboard.press('Escape');
    await expect(note.inputValue()).resolves.toBe('Checked against the land bureau');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    // With no card open, Escape leaves claim navigation.
    await page.keyboard.press('Escape');
    expect((await highlightTexts(page))['ff-focus'] ?? []).toEqual([]);
  });

  it('adds a figure the engine missed from a text selection', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/split-figures.html'));
    await waitForHighlights(page, (t) => claimTexts(t).includes('1000亩'));
    expect(claimTexts(await highlightTexts(page))).not.toContain('48.2');
    await selectText(page, '48.2', '.datacard');
    await page.locator('figure-finder-ui').getByRole('button', { name: 'Add as figure' }).click();
    const card = page.locator('figure-finder-ui section.card');
    await card.waitFor();
    await expect(card.locator('h2 .figure').textContent()).resolves.toBe('48.2');
    await card.getByText('Added by you').waitFor();
    expect(claimTexts(await highlightTexts(page))).toContain('48.2');
    await page.screenshot({ path: await screenshotPath('inpage-reader-figure') });
  });

  it('reaches a figure in a read-only form field from the keyboard: the field stands in for the highlight it cannot have', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 320 });
    await page.goto(server.url('/readonly-form-gongshi.html'));
    await waitForHighlights(page, (t) => claimTexts(t).includes('286.4亩'));
    const live = page.locator('figure-finder-ui [role="status"]').first();
    // The last field's figure, below the fold.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Alt+Shift+N');
      if ((await live.textContent())?.includes('18.7公里')) break;
    }
    await expect(live.textContent()).resolves.toMatch(/^Figure \d+ of \d+: 18\.7公里/);
    const fieldInView = () =>
      page.evaluate(() => {
        const field = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].find((f) => f.value.includes('18.7公里'))!;
        const box = field.getBoundingClientRect();
        return box.bottom > 0 && box.top < innerHeight;
      });
    await expect(fieldInView()).resolves.toBe(true);
    // No highlight can mark a control's value: a ring around the field shows where the keyboard is.
    const ring = page.locator('figure-finder-ui .field-focus');
    const fieldBox = await page.evaluate(() => {
      const field = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].find((f) => f.value.includes('18.7公里'))!;
      const { x, y, width, height } = field.getBoundingClientRect();
      return { x, y, width, height };
    });
    expect(await ring.boundingBox()).toEqual(fieldBox);
    await page.keyboard.press('Enter');
    const card = page.locator('figure-finder-ui section.card');
    await card.waitFor();
    await expect(card.locator('h2 .figure').textContent()).resolves.toBe('18.7公里');
    await page.screenshot({ path: await screenshotPath('inpage-form-field-card') });
    // Escape closes the card, then leaves the figures: the ring goes with the focus.
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await ring.waitFor({ state: 'detached' });
  });

  it('opens a note card on a selection from the context menu (how a keyboard user reaches it)', async () => {
    const page = await browser.context.newPage();
    // An address of its own: the worker finds this tab by it.
    await page.goto(server.url('/split-figures.html?from=menu'));
    await waitForHighlights(page, (t) => claimTexts(t).includes('1000亩'));
    await selectText(page, '48.2', '.datacard');
    // What the background sends when the menu's "Add a note" is chosen.
    const outcome = await browser.serviceWorker.evaluate(async (url: string) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- chrome.* inside the worker
      const api = (globalThis as any).chrome;
      const [tab] = await api.tabs.query({ url });
      return api.tabs.sendMessage(tab.id, { type: 'add-selection-as-note' }, { frameId: 0 });
    }, page.url());
    expect(outcome).toEqual({ ok: true });
    const card = page.locator('figure-finder-ui section.card');
    await card.waitFor();
    await expect(card.locator('q').textContent()).resolves.toBe('48.2');
    await expect(card.locator('textarea').count()).resolves.toBe(1);
  });
});

