import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeArticle, makeClaim, makeNote } from '../../tests/unit/support/records';
import { routeBackgroundMessages, sendToBackground } from '../messaging';
import { PageFrames } from './frames';
import { createBackgroundHandlers } from './handlers';
import { libraryServices } from './library';

describe('the background’s library messages', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    routeBackgroundMessages(
      createBackgroundHandlers({
        frames: new PageFrames(null),
        analyseEnglish: () => [],
        resolveRegions: () => [],
        library: libraryServices,
      }),
    );
  });

  it('save an article, find it by its canonical URL, and change its notes and claims', async () => {
    const article = makeArticle('linan-1');
    const claim = makeClaim('linan-1', 'c1');
    await expect(sendToBackground({ type: 'save-article', saved: { article, claims: [claim], annotations: [] } })).resolves.toEqual({ ok: true });

    const note = makeNote('linan-1', 'n1', { claimId: 'c1', status: 'verified' });
    await expect(sendToBackground({ type: 'put-annotation', annotation: note })).resolves.toEqual({ ok: true });
    await expect(sendToBackground({ type: 'put-claim', claim: { ...claim, dismissed: true } })).resolves.toEqual({ ok: true });

    const [found] = await sendToBackground({ type: 'find-saved-articles', url: article.url, canonicalUrl: article.canonicalUrl });
    expect(found.article.id).toBe('linan-1');
    expect(found.annotations.map((a) => a.status)).toEqual(['verified']);
    expect(found.claims[0].dismissed).toBe(true);

    await expect(sendToBackground({ type: 'delete-annotation', id: 'n1' })).resolves.toEqual({ ok: true });
    const [after] = await sendToBackground({ type: 'find-saved-articles', url: article.url, canonicalUrl: article.canonicalUrl });
    expect(after.annotations).toEqual([]);
  });

  it('find every saved article of an e-paper page, most recently updated first', async () => {
    const first = makeArticle('page-a1', { canonicalUrl: 'https://paper.example/p1', updatedAt: 1 });
    const second = makeArticle('page-a2', { canonicalUrl: 'https://paper.example/p1', updatedAt: 2 });
    for (const article of [first, second]) {
      await expect(sendToBackground({ type: 'save-article', saved: { article, claims: [], annotations: [] } })).resolves.toEqual({ ok: true });
    }
    const found = await sendToBackground({ type: 'find-saved-articles', url: 'https://paper.example/p1?from=share', canonicalUrl: 'https://paper.example/p1' });
    expect(found.map((s) => s.article.id)).toEqual(['page-a2', 'page-a1']);
    await expect(sendToBackground({ type: 'find-saved-articles', url: 'x', canonicalUrl: 'https://paper.example/none' })).resolves.toEqual([]);
  });

  it('report a note on an unsaved article as a failed outcome', async () => {
    const reply = await sendToBackground({ type: 'put-annotation', annotation: makeNote('never-saved', 'n2') });
    expect(reply).toMatchObject({ ok: false });
    expect(!reply.ok && reply.error).toContain('not saved');
  });
});
