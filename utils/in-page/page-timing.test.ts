import { describe, expect, it } from 'vitest';
import { afterNextPaint, EARLY_LOOKS_MS, FRAME_WAIT_MS, whenParsed, whileParsing, type EarlyLookWindow, type PaintingWindow, type ParsingWindow } from './page-timing';

function parsingWindow(readyState: DocumentReadyState) {
  const listeners: Array<{ listener: () => void; options: AddEventListenerOptions }> = [];
  const win: ParsingWindow = {
    document: { readyState },
    addEventListener: (_type, listener, options) => void listeners.push({ listener, options }),
  };
  return { win, listeners };
}

describe('whenParsed', () => {
  it('starts at once in a document already parsed', () => {
    for (const state of ['interactive', 'complete'] as const) {
      const { win, listeners } = parsingWindow(state);
      let started = 0;
      whenParsed(win, new AbortController().signal, () => started++);
      expect(started).toBe(1);
      expect(listeners).toEqual([]);
    }
  });

  it('in a document still loading, starts from the window’s DOMContentLoaded listener, once, tied to the script’s life', () => {
    const { win, listeners } = parsingWindow('loading');
    const controller = new AbortController();
    let started = 0;
    whenParsed(win, controller.signal, () => started++);
    expect(started).toBe(0);
    expect(listeners).toHaveLength(1);
    expect(listeners[0].options).toMatchObject({ once: true, signal: controller.signal });
    listeners[0].listener();
    expect(started).toBe(1);
  });
});

/** A window still parsing, whose timers the test runs: `runNext` runs the next timer and says at which ms it was due. */
function earlyLookWindow() {
  const document = { readyState: 'loading' as DocumentReadyState };
  const timers: Array<{ callback: () => void; due: number }> = [];
  let now = 0;
  const win: EarlyLookWindow = { document, setTimeout: (callback, ms) => timers.push({ callback, due: now + ms }) };
  const runNext = () => {
    const timer = timers.shift();
    if (!timer) return null;
    now = timer.due;
    timer.callback();
    return timer.due;
  };
  return { win, document, timers, runNext };
}

describe('whileParsing', () => {
  it('looks at each of EARLY_LOOKS_MS while the page is parsed, until a look finds what it looks for', () => {
    const { win, runNext } = earlyLookWindow();
    const looks: number[] = [];
    whileParsing(win, new AbortController().signal, () => (looks.push(looks.length), looks.length === 2));
    const due: Array<number | null> = [runNext(), runNext(), runNext()];
    expect(due).toEqual([EARLY_LOOKS_MS[0], EARLY_LOOKS_MS[1], null]);
    expect(looks).toEqual([0, 1]);
  });

  it('looks no more once the page is parsed, nor after the script is stopped, nor at all on a parsed page', () => {
    const parsed = earlyLookWindow();
    let looks = 0;
    whileParsing(parsed.win, new AbortController().signal, () => (looks++, false));
    parsed.runNext();
    parsed.document.readyState = 'interactive';
    parsed.runNext();
    expect(looks).toBe(1);
    expect(parsed.timers).toEqual([]);

    const stopped = earlyLookWindow();
    const controller = new AbortController();
    whileParsing(stopped.win, controller.signal, () => (looks++, false));
    controller.abort();
    stopped.runNext();
    expect(looks).toBe(1);

    const done = earlyLookWindow();
    done.document.readyState = 'complete';
    whileParsing(done.win, new AbortController().signal, () => (looks++, false));
    expect(done.timers).toEqual([]);
  });

  it('gives up after the last of EARLY_LOOKS_MS: the look at the parse’s end takes over', () => {
    const { win, runNext } = earlyLookWindow();
    let looks = 0;
    whileParsing(win, new AbortController().signal, () => (looks++, false));
    while (runNext() !== null);
    expect(looks).toBe(EARLY_LOOKS_MS.length);
  });
});

/** A window whose frames, timers and visibility the test drives. */
function paintingWindow(hidden: boolean) {
  const frames: Array<() => void> = [];
  const timers: Array<{ callback: () => void; ms: number }> = [];
  const win: PaintingWindow = {
    document: { hidden },
    requestAnimationFrame: (callback) => frames.push(callback),
    setTimeout: (callback, ms) => timers.push({ callback, ms }),
  };
  const settled = (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    return async () => {
      await Promise.resolve();
      return done;
    };
  };
  return { win, frames, timers, settled };
}

describe('afterNextPaint', () => {
  it('on a visible page, resolves in the task after the next frame, not before', async () => {
    const { win, frames, timers, settled } = paintingWindow(false);
    const isDone = settled(afterNextPaint(win));
    expect(frames).toHaveLength(1);
    expect(await isDone()).toBe(false);
    frames[0]();
    const afterFrame = timers.find((t) => t.ms === 0)!;
    expect(await isDone()).toBe(false);
    afterFrame.callback();
    expect(await isDone()).toBe(true);
  });

  it('goes on after FRAME_WAIT_MS when no frame comes (a covered window)', async () => {
    const { win, timers, settled } = paintingWindow(false);
    const isDone = settled(afterNextPaint(win));
    timers.find((t) => t.ms === FRAME_WAIT_MS)!.callback();
    expect(await isDone()).toBe(true);
  });

  it('on a hidden page, which paints nothing, asks for no frame and resolves in the next task', async () => {
    const { win, frames, timers, settled } = paintingWindow(true);
    const isDone = settled(afterNextPaint(win));
    expect(frames).toEqual([]);
    expect(timers.map((t) => t.ms)).toEqual([0]);
    timers[0].callback();
    expect(await isDone()).toBe(true);
  });
});
