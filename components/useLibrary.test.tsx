// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { makeArticle } from '../tests/unit/support/records';
import { librarySender, openLibrary, saveArticle, type LibraryDB } from '../utils/store';
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
 * Another context saving an article: its own connection, and its own end of the change channel (a channel
 * does not hear its own messages, so the store's announcement stays in this test's context). Another tab
 * announces under its own sender; the worker of this page's import under this page's.
 */
async function saveElsewhere(name: string, id: string, sender = 'another-tab'): Promise<void> {
  const db = await openLibrary(name);
  open.push(db);
  await saveArticle(db, { article: makeArticle(id), claims: [], annotations: [] });
  const elsewhere = new BroadcastChannel('figure-finder-library-changes');
  elsewhere.postMessage({ library: name, sender });
  elsewhere.close();
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('useLibrary', { timeout: 15_000 }, () => {
  it('reloads after another page saves', async () => {
    const { name, current } = await mounted();
    await saveElsewhere(name, 'a1');
    await until(() => shown(current()).includes('a1'), 'the saved article');
  });

  it('rebuilds once after its own import: the notices of the import\'s worker are not taken for another tab\'s', async () => {
    const { name, current } = await mounted();
    const before = current().state;
    // The import's worker writes two batches, announced under this page's sender.
    await saveElsewhere(name, 'a1', librarySender());
    await saveElsewhere(name, 'a2', librarySender());
    await pause(400); // past the 300 ms a notice waits
    expect(current().state).toBe(before);
    // The import is done: the dashboard reloads, once.
    await current().reload();
    const after = current().state;
    expect(shown(current()).sort()).toEqual(['a1', 'a2']);
    await pause(400);
    expect(current().state).toBe(after);
  });

  it('still hears another tab while its own import writes', async () => {
    const { name, current } = await mounted();
    await saveElsewhere(name, 'a1', librarySender());
    await saveElsewhere(name, 'b1');
    await until(() => shown(current()).includes('b1'), 'the other tab\'s article');
  });
});
