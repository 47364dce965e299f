import { describe, expect, it } from 'vitest';
import { frameVerdict, startWhenReadable, type FrameWindow } from './frame-gate';

/** A subframe's window as the gate sees it, with the resize events a real window fires. */
class Frame extends EventTarget implements FrameWindow {
  top: unknown = {};
  location: { protocol: string };
  constructor(
    public innerWidth: number,
    public innerHeight: number,
    protocol = 'https:',
  ) {
    super();
    this.location = { protocol };
  }
  resize(width: number, height: number): void {
    this.innerWidth = width;
    this.innerHeight = height;
    this.dispatchEvent(new Event('resize'));
  }
}

function topWindow(width: number, height: number): FrameWindow {
  const win: { top?: unknown; innerWidth: number; innerHeight: number; location: { protocol: string } } = {
    innerWidth: width,
    innerHeight: height,
    location: { protocol: 'https:' },
  };
  win.top = win;
  return win as FrameWindow;
}

describe('frameVerdict', () => {
  it.each<[string, FrameWindow, string]>([
    ['the top frame, whatever its size (a phone)', topWindow(360, 640), 'read'],
    ['the top frame of a tiny window', topWindow(200, 100), 'read'],
    ['an article frame in a county page’s content column', new Frame(960, 1800), 'read'],
    ['a frame just at the gate', new Frame(400, 300), 'read'],
    ['a leaderboard ad', new Frame(728, 90), 'wait'],
    ['a billboard ad', new Frame(970, 250), 'wait'],
    ['a large rectangle ad', new Frame(336, 280), 'wait'],
    ['a half-page ad', new Frame(300, 600), 'wait'],
    ['a hidden frame', new Frame(0, 0), 'wait'],
    ['an iframe at the browser’s default size, before the page sizes it to its content', new Frame(300, 150), 'wait'],
    ['a local file in a frame', new Frame(800, 600, 'file:'), 'read'],
    ['about:blank or srcdoc, however large', new Frame(960, 1800, 'about:'), 'never'],
    ['a data: frame', new Frame(960, 1800, 'data:'), 'never'],
    ['a blob: frame', new Frame(960, 1800, 'blob:'), 'never'],
  ])('%s', (_, win, verdict) => expect(frameVerdict(win)).toBe(verdict));
});

describe('startWhenReadable', () => {
  it('starts at once in a frame worth reading', () => {
    let started = 0;
    startWhenReadable(new Frame(960, 1800), new AbortController().signal, () => started++);
    expect(started).toBe(1);
  });

  it('starts a frame sized to its article after it loaded, once, and never an ad frame', () => {
    const article = new Frame(300, 150);
    const ad = new Frame(728, 90);
    const started: string[] = [];
    startWhenReadable(article, new AbortController().signal, () => started.push('article'));
    startWhenReadable(ad, new AbortController().signal, () => started.push('ad'));
    expect(started).toEqual([]);
    article.resize(300, 2400);
    ad.resize(728, 90);
    expect(started).toEqual([]);
    article.resize(960, 2400);
    article.resize(970, 2400);
    expect(started).toEqual(['article']);
  });

  it('stops waiting when the extension is reloaded', () => {
    const frame = new Frame(0, 0);
    const controller = new AbortController();
    let started = 0;
    startWhenReadable(frame, controller.signal, () => started++);
    controller.abort();
    frame.resize(960, 1800);
    expect(started).toBe(0);
  });

  it('never starts in a frame without an address of its own', () => {
    const frame = new Frame(960, 1800, 'about:');
    let started = 0;
    startWhenReadable(frame, new AbortController().signal, () => started++);
    frame.resize(1200, 2000);
    expect(started).toBe(0);
  });
});
