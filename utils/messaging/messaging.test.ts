import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundHandlers } from './index';
import { onPageStateChanged, routeBackgroundMessages, sendToBackground } from './index';
import type { PageSummary } from '../messages';

const ok = { ok: true } as const;
function handlers(overrides: Partial<BackgroundHandlers> = {}): BackgroundHandlers {
  const fail = () => Promise.reject(new Error('not used in this test'));
  return {
    'page-state-changed': () => ok,
    'may-hold-article': fail,
    'load-analysis': fail,
    'analyse-english': fail,
    'resolve-regions': fail,
    'save-article': fail,
    'find-saved-articles': fail,
    'put-annotation': fail,
    'delete-annotation': fail,
    'put-claim': fail,
    'send-to-page': fail,
    'open-side-panel': fail,
    'open-dashboard': fail,
    'get-locale-messages': fail,
    ...overrides,
  };
}

describe('background messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('routes a request to its handler and returns the typed reply', async () => {
    routeBackgroundMessages(
      handlers({
        'find-saved-articles': async ({ url }) => (url === 'https://a/' ? [] : []),
        'open-dashboard': async ({ articleId }) => (articleId === 'x' ? ok : { ok: false, error: `no ${articleId}` }),
      }),
    );
    await expect(sendToBackground({ type: 'open-dashboard', articleId: 'x' })).resolves.toEqual(ok);
    await expect(sendToBackground({ type: 'open-dashboard', articleId: 'y' })).resolves.toEqual({ ok: false, error: 'no y' });
    await expect(sendToBackground({ type: 'find-saved-articles', url: 'https://a/', canonicalUrl: 'https://a/' })).resolves.toEqual([]);
  });

  it('throws the handler’s error at the sender', async () => {
    routeBackgroundMessages(
      handlers({
        'resolve-regions': async () => {
          throw new Error('gazetteer not loaded');
        },
      }),
    );
    await expect(sendToBackground({ type: 'resolve-regions', title: '', text: '' })).rejects.toThrow('gazetteer not loaded');
  });

  it('ignores messages that are not requests, and stops when asked', async () => {
    const stop = routeBackgroundMessages(handlers({ 'delete-annotation': () => ok }));
    await expect(fakeBrowser.runtime.sendMessage({ type: 'something-else' })).resolves.toBeUndefined();
    await expect(sendToBackground({ type: 'delete-annotation', id: '1' })).resolves.toEqual(ok);
    stop();
    await expect(sendToBackground({ type: 'delete-annotation', id: '1' })).rejects.toThrow();
  });

  it('lets extension pages hear page-state changes without answering them', async () => {
    const heard: Array<[number, string]> = [];
    onPageStateChanged((tabId, summary) => heard.push([tabId, summary.status]));
    routeBackgroundMessages(handlers());
    const summary: PageSummary = { url: 'https://a/', title: 'A', status: 'done', relevantClaims: 0 };
    const listeners = await fakeBrowser.runtime.onMessage.trigger({ type: 'page-state-changed', summary }, { tab: { id: 7 } as never }, () => {});
    expect(heard).toEqual([[7, 'done']]);
    expect(listeners).toEqual([undefined, true]);
  });
});
