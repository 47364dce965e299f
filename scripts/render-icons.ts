/**
 * Renders public/icon/icon.svg to the extension's PNG icons (16, 32, 48, 128 px) with Chromium,
 * so the icons are redrawn from one source. Run: node --import tsx scripts/render-icons.ts
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';


const iconDir = resolve(import.meta.dirname, '../public/icon');
const SIZES = [16, 32, 48, 128];

const svg = await readFile(resolve(iconDir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: resolve(iconDir, `${size}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
