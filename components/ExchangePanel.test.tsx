// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { generateLibrary, sampleLibrary } from '../tests/fixtures/exchange/sample-library';
import { backupText } from '../tests/fixtures/exchange/backups';
import { inThreadJobs } from '../utils/exchange/jobs';
import { openLibrary, readLibrary, saveArticle, type LibraryDB } from '../utils/store';
import { ExchangePanel } from './ExchangePanel';

const open: LibraryDB[] = [];
let counter = 0;
afterEach(() => {
  render(null, document.body);
  while (open.length) open.pop()!.close();
});

async function library(fill = sampleLibrary()): Promise<{ name: string; db: LibraryDB }> {
  const name = `exchange-panel-${++counter}-${Math.random()}`;
  const db = await openLibrary(name);
  open.push(db);
  for (const saved of fill) await saveArticle(db, saved);
  return { name, db };
}

async function until<T>(find: () => T | null | undefined | false, what: string, timeout = 10_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}; page text: ${document.body.textContent}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function chooseFile(text: string, name: string): void {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

function button(label: string): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button “${label}”`);
  return found;
}

const backupOf = (saved = sampleLibrary()) => backupText(saved, {}, new Date());

describe('ExchangePanel', { timeout: 30_000 }, () => {
  it('exports the chosen format and says what it wrote', async () => {
    const { name } = await library();
    render(<ExchangePanel jobs={inThreadJobs(name)} locale="en" />, document.body);
    const csv = document.querySelector<HTMLInputElement>('input[type=radio][value=csv]')!;
    expect(csv.labels?.[0]?.textContent).toContain('Claims as CSV');
    csv.click();
    // happy-dom's click checks a radio without firing `change`, which browsers fire.
    csv.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0)); // let Preact re-render, as it does between two real clicks
    button('Export').click();
    const status = await until(() => document.body.textContent?.match(/Exported 3 articles to (figure-finder-claims-\d{4}-\d\d-\d\d\.csv)/), 'the export');
    const link = document.querySelector<HTMLAnchorElement>('a[download]')!;
    expect(link.download).toBe(status[1]);
    expect(link.href).toMatch(/^blob:/);
  });

  it('offers the dashboard’s selection as the export scope', async () => {
    const { name } = await library();
    render(<ExchangePanel jobs={inThreadJobs(name)} locale="en" articleIds={['a2']} />, document.body);
    expect(document.body.textContent).toContain('The current selection (1 article)');
    button('Export').click();
    await until(() => document.body.textContent?.includes('Exported 1 article to'), 'the export of the selection');
  });

  it('previews an import, writes it on confirmation, and shows the summary', async () => {
    const { name, db } = await library([]);
    const imported: number[] = [];
    render(<ExchangePanel jobs={inThreadJobs(name)} locale="en" onLibraryChanged={() => imported.push(1)} />, document.body);
    chooseFile(backupOf(), 'backup.json');
    await until(() => document.body.textContent?.includes('Preview of backup.json'), 'the preview');
    await until(() => document.activeElement?.textContent === 'Preview of backup.json', 'focus on the preview');
    expect(await readLibrary(db)).toEqual({ articles: [], claims: [], annotations: [] });
    const summary = document.querySelector('table')!;
    const cells = [...summary.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(cells).toEqual([
      ['Articles', '3', '0', '0', '0'],
      ['Claims', '5', '0', '0', '0'],
      ['Notes', '5', '0', '0', '0'],
    ]);
    button('Import').click();
    await until(() => document.body.textContent?.includes('Import finished: 3 articles written.'), 'the import');
    expect((await readLibrary(db)).claims).toHaveLength(5);
    // Once, when the import is done: the dashboard's one reload for it.
    expect(imported).toEqual([1]);

    chooseFile(backupOf(), 'backup.json');
    await until(() => document.body.textContent?.includes('Importing it would change nothing'), 'the second preview');
    expect(() => button('Import')).toThrow();
  });

  it('works on the dashboard’s open library when mounted the dashboard’s way', async () => {
    const { db } = await library([]);
    const changed: number[] = [];
    render(<ExchangePanel db={db} locale="en" onLibraryChanged={() => changed.push(1)} />, document.body);
    chooseFile(backupOf(), 'backup.json');
    await until(() => document.body.textContent?.includes('Preview of backup.json'), 'the preview');
    button('Import').click();
    await until(() => changed.length === 1, 'the library-changed call');
    expect((await readLibrary(db)).articles).toHaveLength(3);
  });

  it('restores a backup’s settings only when the reader asks', async () => {
    const { name } = await library([]);
    const restored: unknown[] = [];
    const withSettings = backupText(sampleLibrary(), { language: 'zh-CN', autoDetect: false }, new Date());
    render(<ExchangePanel jobs={inThreadJobs(name)} locale="en" restoreSettings={async (s) => restored.push(s)} />, document.body);
    chooseFile(withSettings, 'with-settings.json');
    await until(() => document.body.textContent?.includes('Preview of with-settings.json'), 'the preview');
    const box = [...document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((b) => b.labels?.[0]?.textContent?.includes('Also restore the settings'))!;
    expect(box.checked).toBe(false);
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    button('Import').click();
    await until(() => document.body.textContent?.includes('Settings restored.'), 'the settings');
    expect(restored).toEqual([{ language: 'zh-CN', autoDetect: false }]);
  });

  it('shows why a file was refused and writes nothing', async () => {
    const { name, db } = await library();
    const before = await readLibrary(db);
    render(<ExchangePanel jobs={inThreadJobs(name)} locale="en" />, document.body);
    chooseFile(backupOf().replace('"version":4', '"version":5').replace('"title":"CON"', '"title":5'), 'old.json');
    const alert = await until(() => document.querySelector('[role=alert]'), 'the refusal');
    expect(alert.textContent).toContain('old.json was not imported');
    expect(alert.textContent).toContain('Nothing was written to your library.');
    expect(alert.textContent).toContain('This backup has version 5; this Figure Finder reads versions 1 to 4.');
    chooseFile(backupOf().replace('"title":"CON"', '"title":5').slice(0, -3), 'cut.json');
    await until(() => document.querySelector('[role=alert]')?.textContent?.includes('cut short'), 'the truncated-file message');
    expect(await readLibrary(db)).toEqual(before);
  });

  it('shows page text from a file as text, never as markup', async () => {
    const { name } = await library([]);
    const hostile = sampleLibrary();
    hostile[0].article.title = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>';
    render(<ExchangePanel jobs={inThreadJobs(name)} locale="en" />, document.body);
    chooseFile(backupOf(hostile), 'hostile.json');
    await until(() => document.body.textContent?.includes('Preview of hostile.json'), 'the preview');
    expect(document.body.textContent).toContain('<img src=x onerror="window.hacked=1">');
    expect(document.querySelector('img, script')).toBeNull();
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });

  it('lists at most 100 articles in the preview and counts the rest', async () => {
    const { name } = await library([]);
    render(<ExchangePanel jobs={inThreadJobs(name)} locale="en" />, document.body);
    chooseFile(backupOf(generateLibrary(130, 2)), 'many.json');
    await until(() => document.body.textContent?.includes('…and 30 more articles.'), 'the long preview');
    expect(document.querySelectorAll('table')[1].querySelectorAll('tbody tr')).toHaveLength(100);
  });

  it('speaks Chinese to a Chinese reader', async () => {
    const { name } = await library();
    render(<ExchangePanel jobs={inThreadJobs(name)} locale="zh-CN" />, document.body);
    expect(document.querySelector('h2')!.textContent).toBe('导出与导入');
    expect(document.querySelector('input[type=file]')!.getAttribute('aria-label')).toBe('选择要导入的文件');
    chooseFile('{"articles": [', 'bad.json');
    await until(() => document.querySelector('[role=alert]')?.textContent?.includes('内容不完整'), 'the Chinese message');
  });
});
