/**
 * Starts Debian's Chromium with the built extension (.output/chrome-mv3) in a fresh profile, the
 * way the README tells a person to load it. Every browser test goes through here.
 */
import { extensionChromiumFlags } from '../../../cli/chromium-flags';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtemp, rm, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

// Works under vitest and plain Node (the bench runner), which has no __dirname in ES modules.
const here = dirname(fileURLToPath(import.meta.url));

export const extensionDir = resolve(here, '../../../.output/chrome-mv3');
export const screenshotDir = resolve(here, '../../../test-results/screenshots');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** The profile folder; pass it to launchExtensionBrowser again to reopen the same profile. */
  profileDir: string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: apt-get install chromium (see .ci/run)`);
  return path;
}

export async function launchExtensionBrowser(options: { profileDir?: string; locale?: string } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first`);
  }
  const profileDir = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'figure-finder-profile-')));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1280, height: 900 },
    args: [
      ...extensionChromiumFlags(extensionDir, { headless: true }),
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    profileDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** Stores the reader's settings as the options page does (utils/settings SETTINGS_KEY), from inside the service worker. */
export function setStoredSettings(browser: ExtensionBrowser, settings: object): Promise<void> {
  return browser.serviceWorker.evaluate(async (value) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- chrome.* inside the worker, untyped here
    await (globalThis as any).chrome.storage.local.set({ settings: value });
  }, settings);
}

/** The reader's settings as stored, read from inside the service worker. */
export function storedSettings(browser: ExtensionBrowser): Promise<unknown> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- chrome.* inside the worker, untyped here
  return browser.serviceWorker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('settings')).settings);
}

/** The badge text the extension shows for a tab, read from inside the service worker. */
export async function badgeText(browser: ExtensionBrowser, tabUrl: string): Promise<string> {
  return browser.serviceWorker.evaluate(async (url) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- chrome.* inside the worker, untyped here
    const api = (globalThis as any).chrome;
    const tabs = await api.tabs.query({});
    const tab = tabs.find((t: { url?: string }) => t.url === url);
    if (!tab?.id) throw new Error(`no tab at ${url}`);
    return api.action.getBadgeText({ tabId: tab.id });
  }, tabUrl);
}

/** Waits until the badge for a tab satisfies `accept` (the content script works after load). */
export async function waitForBadge(
  browser: ExtensionBrowser,
  tabUrl: string,
  accept: (text: string) => boolean,
  timeoutMs = 15_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await badgeText(browser, tabUrl);
    if (accept(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`badge for ${tabUrl} stayed "${text}"`);
}

export async function screenshotPath(name: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  return join(screenshotDir, `${name}.png`);
}
