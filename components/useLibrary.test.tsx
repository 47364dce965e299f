// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { makeArticle } from '../tests/unit/support/records';
import { openLibrary, saveArticle, type LibraryDB } from '../utils/store';
import { useLibrary, type Library } from './useLibrary';

const open: LibraryDB[] = [];
let counter = 0;
afterEach(() => {
  render(null, document.body);
  while (open.length) open.pop()!.close();
});

/** Mounts the dashboard's library hook on a fresh library; `current()` is what the dashboard would show. */
async function mounted(): Promise<{ name: string; current(): Library }> {
  const name = `use-library-${++counter}-${Math.random()}`;
  let library: Library | null = null;
  function Probe() {
    library = useLibrary(name);
    return null;
  }
  act(() => render(<Probe />, document.body));
  await until(() => library?.state.status === 'ready', 'the first load');
  return { name, current: () => library! };
}

async function until(ok: () => boolean, what: string, timeout = 5_000): Promise<void> {
  const start = Date.now();
  while (!ok()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const shown = (library: Library) => (library.state.status === 'ready' ? library.state.articles.map((a) => a.id) : []);

/**
 * Another page or worker saving an article: its own connection, and its own end of the change channel (a
 * channel does not hear its own messages, so the store's announcement stays in this test's context).
 */
async function saveElsewhere(name: string, id: string): Promise<void> {
  const db = await openLibrary(name);
  open.push(db);
  await saveArticle(db, { article: makeArticle(id), claims: [], annotations: [] });
  const elsewhere = new BroadcastChannel('figure-finder-library-changes');
  elsewhere.postMessage({ library: name });
  elsewhere.close();
}

describe('useLibrary', { timeout: 15_000 }, () => {
  it('reloads after another page saves', async () => {
    const { name, current } = await mounted();
    await saveElsewhere(name, 'a1');
    await until(() => shown(current()).includes('a1'), 'the saved article');
  });

  it('holds reloads while an import writes, and reloads once when released', async () => {
    const { name, current } = await mounted();
    current().holdReloads(true);
    await saveElsewhere(name, 'a1');
    await saveElsewhere(name, 'a2');
    await new Promise((resolve) => setTimeout(resolve, 600)); // past the 300 ms a notice waits
    expect(shown(current())).toEqual([]);
    current().holdReloads(false);
    await until(() => shown(current()).length === 2, 'both articles after the release');
  });

  it('a reload asked for during the hold covers the changes noticed before it', async () => {
    const { name, current } = await mounted();
    current().holdReloads(true);
    await saveElsewhere(name, 'a1');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await current().reload();
    expect(shown(current())).toEqual(['a1']);
    const before = current().state;
    current().holdReloads(false);
    await new Promise((resolve) => setTimeout(resolve, 400));
    // Nothing new was noticed after that reload: no second rebuild of the same library.
    expect(current().state).toBe(before);
  });
});
