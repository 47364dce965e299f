/**
 * Export from the dashboard in one browser profile, import into a fresh profile: the second library
 * exports the same records. Also checks the CSV download a spreadsheet will open, that importing the
 * same file twice changes nothing, and that the work runs in the dashboard's worker build.
 */
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleLibrary } from '../fixtures/exchange/sample-library';
import { backupText } from '../fixtures/exchange/backups';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { launchExtensionBrowser, screenshotPath, setStoredSettings, storedSettings, type ExtensionBrowser } from './support/extension-browser';

const browsers: ExtensionBrowser[] = [];
afterEach(async () => {
  while (browsers.length) await browsers.pop()!.close();
});

async function openDashboard(): Promise<{ browser: ExtensionBrowser; page: Page }> {
  const browser = await launchExtensionBrowser({ locale: 'en-US' });
  browsers.push(browser);
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#view=exchange`);
  await page.getByRole('heading', { name: 'Export and import' }).waitFor();
  return { browser, page };
}

async function importFile(page: Page, path: string): Promise<void> {
  await page.getByLabel('Choose file to import').setInputFiles(path);
  await page.getByRole('region', { name: /^Preview of / }).waitFor();
}

async function exportAs(page: Page, format: string, dir: string): Promise<string> {
  await page.getByRole('radio', { name: format }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  await page.getByRole('status').filter({ hasText: 'Exported' }).waitFor();
  return path;
}

function records(backup: string) {
  const { articles, claims, annotations, format, version } = JSON.parse(backup);
  return { format, version, articles, claims, annotations };
}

describe('export and import in the dashboard', () => {
  it('exports a library and restores it into a fresh profile', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ff-exchange-e2e-'));
    const seed = join(dir, 'seed.json');
    await writeFile(seed, backupText(sampleLibrary(), {}, new Date()));

    // Profile one: the reader's settings, then the library filled through the panel, then exported.
    const one = await openDashboard();
    const mine = { ...DEFAULT_SETTINGS, autoDetect: false, skipSites: ['example.org'], language: 'en' as const };
    await setStoredSettings(one.browser, mine);
    await importFile(one.page, seed);
    await one.page.getByRole('button', { name: 'Import', exact: true }).click();
    await one.page.getByText('Import finished: 3 articles written.').waitFor();
    const backupPath = await exportAs(one.page, 'Full backup (JSON)', dir);
    const csvPath = await exportAs(one.page, 'Claims as CSV', dir);
    await one.page.screenshot({ path: await screenshotPath('exchange-export'), fullPage: true });
    // The work ran in the dashboard's module worker, not on the page's thread.
    expect(one.page.workers().map((w) => w.url())).toContainEqual(expect.stringMatching(/exchange\.worker-[\w-]+\.js$/));

    // The full backup holds the reader's settings.
    expect(JSON.parse(await readFile(backupPath, 'utf8')).settings).toEqual(mine);

    const csv = await readFile(csvPath);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('临安区工业用地供应情况');
    expect(csv.toString('utf8')).toContain(',-5,');

    // Profile two: a fresh browser imports the backup.
    const two = await openDashboard();
    await importFile(two.page, backupPath);
    const summary = two.page.getByRole('table', { name: 'What the import would do' });
    await expect(summary.getByRole('row', { name: /^Claims/ }).textContent()).resolves.toMatch(/^Claims5000$/);
    await two.page.screenshot({ path: await screenshotPath('exchange-import-preview'), fullPage: true });
    await two.page.getByLabel('Also restore the settings saved in this backup').check();
    await two.page.getByRole('button', { name: 'Import', exact: true }).click();
    await two.page.getByText('Import finished: 3 articles written. Settings restored.').waitFor();
    expect(await storedSettings(two.browser)).toEqual(mine);

    const again = await exportAs(two.page, 'Full backup (JSON)', await mkdtemp(join(tmpdir(), 'ff-exchange-e2e-two-')));
    expect(records(await readFile(again, 'utf8'))).toEqual(records(await readFile(backupPath, 'utf8')));

    // The same file a second time: nothing to do.
    await importFile(two.page, backupPath);
    await two.page.getByText('Importing it would change nothing.').waitFor();
  });

  it('refuses a hostile file with a message and keeps the library as it was', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ff-exchange-e2e-bad-'));
    const bad = join(dir, 'hostile.json');
    await writeFile(bad, backupText(sampleLibrary(), {}, new Date()).replace('"format":', '"__proto__":{"x":1},"format":'));
    const { page } = await openDashboard();
    await page.getByLabel('Choose file to import').setInputFiles(bad);
    const alert = page.getByRole('alert');
    await alert.getByText('hostile.json was not imported').waitFor();
    await expect(alert.textContent()).resolves.toContain('the key “__proto__” is not allowed');
    await page.screenshot({ path: await screenshotPath('exchange-refused'), fullPage: true });
  });
});
