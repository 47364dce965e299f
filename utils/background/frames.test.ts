import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageSummary } from '../messages';
import { FrameUnreachable } from '../messaging';
import { chooseFrame, PageFrames, type FrameRecord, type TabFrames } from './frames';

const summary = (articles: number, relevantClaims = 0): PageSummary => ({
  url: 'https://county.example/a',
  title: 'T',
  status: 'done',
  relevantClaims,
  articles,
});
const reported = (seen: number, articles: number, relevantClaims = 0): FrameRecord => ({ seen, summary: summary(articles, relevantClaims) });

describe('chooseFrame', () => {
  it.each<[string, TabFrames, number]>([
    ['no frame reported: the top frame', {}, 0],
    ['only the top frame, without an article', { 0: reported(0, 0) }, 0],
    ['the article in the top frame', { 0: reported(0, 1, 5), 12: reported(1, 0) }, 0],
    ['the top frame wins whenever it holds an article, even one with fewer figures', { 0: reported(1, 1, 2), 12: reported(0, 2, 40) }, 0],
    ['the top frame without an article, a subframe with one', { 0: reported(0, 0), 12: reported(1, 1, 9), 15: reported(2, 0) }, 12],
    ['of two subframes with articles, the one with more figures', { 12: reported(0, 1, 3), 15: reported(1, 1, 8) }, 15],
    ['same figures: more articles, then the first to report', { 12: reported(1, 1, 3), 15: reported(2, 2, 3), 17: reported(0, 2, 3) }, 17],
    ['no article yet: the first frame whose quick look passed', { 0: reported(0, 0), 15: { seen: 2, mayHoldArticle: true }, 12: { seen: 1, mayHoldArticle: true } }, 12],
    ['no article yet, the top frame may hold one: the top frame', { 0: { seen: 1, mayHoldArticle: true }, 12: { seen: 0, mayHoldArticle: true } }, 0],
    ['a subframe analysed and found to hold none: the top frame', { 0: reported(0, 0), 12: { ...reported(1, 0), mayHoldArticle: true } }, 0],
    ['a candidate waiting for the reader (click-only) still counts', { 0: reported(0, 0), 12: { seen: 1, mayHoldArticle: true, summary: { ...summary(0), status: 'idle' } } }, 12],
    ['an analysed article beats a frame that only may hold one', { 0: { seen: 0, mayHoldArticle: true, summary: summary(0) }, 12: reported(1, 1, 0) }, 12],
  ])('%s', (_, frames, expected) => expect(chooseFrame(frames)).toBe(expected));
});

describe('PageFrames', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers with the summary the badge should show, and outlives a restart of the service worker', async () => {
    const frames = new PageFrames(fakeBrowser.storage.session);
    expect(await frames.report(3, 0, summary(0))).toEqual(summary(0));
    expect(await frames.report(3, 12, summary(1, 6))).toEqual(summary(1, 6));
    // A frame that is not the article's reports: the badge still shows the article's frame.
    expect(await frames.report(3, 15, summary(0))).toEqual(summary(1, 6));
    const restarted = new PageFrames(fakeBrowser.storage.session);
    expect(await restarted.target(3)).toBe(12);
    expect(await restarted.target(4)).toBe(0);
    // The tab goes to a new page, closes.
    expect(await restarted.navigated(3, 'https://county.example/b')).toBe(true);
    expect(await new PageFrames(fakeBrowser.storage.session).target(3)).toBe(0);
    expect(await restarted.target(3)).toBe(0);
    await restarted.report(3, 12, summary(1, 6));
    restarted.closed(3);
    await new Promise((r) => setTimeout(r));
    expect(await restarted.target(3)).toBe(0);
  });

  it('starts afresh at a new address, and keeps the frames at a new #fragment of the same page', async () => {
    const frames = new PageFrames(fakeBrowser.storage.session);
    expect(await frames.navigated(3, 'https://county.example/a#top')).toBe(true);
    await frames.report(3, 12, summary(1, 6));
    expect(await frames.navigated(3, 'https://county.example/a#part-2')).toBe(false);
    expect(await new PageFrames(fakeBrowser.storage.session).target(3)).toBe(12);
    expect(await frames.navigated(3, 'https://county.example/b')).toBe(true);
    expect(await frames.target(3)).toBe(0);
  });

  it('keeps both of two reports that arrive together', async () => {
    const frames = new PageFrames(fakeBrowser.storage.session);
    await Promise.all([frames.report(3, 12, summary(1, 2)), frames.mayHoldArticle(3, 15), frames.report(3, 17, summary(1, 4))]);
    expect(await new PageFrames(fakeBrowser.storage.session).target(3)).toBe(17);
    await frames.forgetFrame(3, 17);
    expect(await frames.target(3)).toBe(12);
  });

  it('sends to the article’s frame, drops a frame that is gone, and passes on an error the frame answered with', async () => {
    const frames = new PageFrames(null);
    await frames.report(3, 12, summary(1, 2));
    await frames.report(3, 15, summary(1, 9));
    const tried: number[] = [];
    const gone = new Set([15]);
    const send = async (frameId: number) => {
      tried.push(frameId);
      if (gone.has(frameId)) throw new FrameUnreachable('Receiving end does not exist');
      return frameId;
    };
    expect(await frames.send(3, send)).toBe(12);
    expect(tried).toEqual([15, 12]);
    gone.add(12);
    expect(await frames.send(3, send)).toBe(0);
    // The top frame ends the search: its failure is the caller's.
    gone.add(0);
    await expect(frames.send(3, send)).rejects.toThrow('Receiving end');
    await frames.report(3, 20, summary(1, 1));
    await expect(
      frames.send(3, async () => {
        throw new Error('The page is not analysed');
      }),
    ).rejects.toThrow('not analysed');
    expect(await frames.target(3)).toBe(20);
  });
});
