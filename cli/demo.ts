/**
 * `npm start`: the main job. Builds the extension, serves the bundled demo article from 127.0.0.1 and
 * opens Chromium with the extension loaded on it. On a machine with no display it runs the same browser
 * headless, reports what the extension found, saves a screenshot, and says how to load the extension by hand
 * and how to use the command line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { extensionChromiumFlags } from './chromium-flags';
import { startStaticServer } from './static-server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const extensionDir = join(root, '.output', 'chrome-mv3');
const demoDir = join(root, 'public', 'demo');
const demoPage = 'zhejiang-page.html';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function fail(message: string): never {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

console.log('Building the extension (wxt build)…');
const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) fail('the build failed (see above).');
if (!existsSync(chromiumPath)) {
  fail(`no Chromium at ${chromiumPath}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
}

const server = await startStaticServer(demoDir);
const demoUrl = server.url(demoPage);
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
// With a window, the profile is kept, so what the reader saves in the demo is there next time. Headless, the
// report must be the extension's as built now, whatever an earlier run left in a profile (its settings among them).
const profileDir = hasDisplay ? join(root, '.output', 'demo-profile') : await mkdtemp(join(tmpdir(), 'figure-finder-demo-'));

const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: chromiumPath,
  headless: !hasDisplay,
  viewport: hasDisplay ? null : { width: 1280, height: 900 },
  args: extensionChromiumFlags(extensionDir, { headless: !hasDisplay }),
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demoUrl);

if (hasDisplay) {
  console.log(`Chromium is open on the demo article (${demoUrl}). Close the window to stop.`);
  await new Promise<void>((resolveClose) => context.on('close', () => resolveClose()));
} else {
  // Headless: wait for the content script to report its claims through the badge, then show the result.
  let badge = '';
  for (let i = 0; i < 100 && !badge; i++) {
    badge = await worker.evaluate(async (url) => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- chrome.* inside the worker, untyped here
      const api = (globalThis as any).chrome;
      const [tab] = (await api.tabs.query({})).filter((t: { url?: string }) => t.url === url);
      return tab?.id === undefined ? '' : ((await api.action.getBadgeText({ tabId: tab.id })) as string);
    }, demoUrl);
    if (!badge) await page.waitForTimeout(100);
  }
  await mkdir(join(root, '.output'), { recursive: true });
  const screenshot = join(root, '.output', 'demo.png');
  await page.screenshot({ path: screenshot });
  await context.close();
  await rm(profileDir, { recursive: true, force: true });
  console.log(`
No display here, so Chromium ran headless on the demo article (${demoPage}).
  Claims found (the extension's badge): ${badge || 'none'}
  Screenshot: ${screenshot}

To use the extension in your own browser, load the built folder as an unpacked extension:
  ${extensionDir}
  (chrome://extensions → Developer mode → Load unpacked; Firefox: npm run build:firefox, then about:debugging)

To analyse files from the command line:
  npm run --silent claims -- FILE [--format json|table|csv]     (no FILE: the demo article)`);
}
await server.close();
