/**
 * The command-line flags every Chromium we start gets (the demo, the browser tests, the benchmarks).
 * Without the networking flags Chromium keeps dialling Google's services, which a closed network refuses.
 */
export function extensionChromiumFlags(extensionDir: string, options: { headless: boolean }): string[] {
  return [
    ...(options.headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--disable-dev-shm-usage',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}
