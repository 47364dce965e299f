// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OWN_UI_ATTRIBUTE } from '../text-map';
import { watchPage } from './dom-watch';

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchPage', () => {
  const controller = new AbortController();
  afterEach(() => controller.abort());

  it('reports page changes once per batch, and ignores our own elements and writes', async () => {
    document.body.innerHTML = '<article><p>一</p></article>';
    let changes = 0;
    const watch = watchPage(document.body, { onChange: () => changes++, debounceMs: 20, signal: controller.signal });

    const ours = document.createElement('style');
    ours.setAttribute(OWN_UI_ATTRIBUTE, 'highlights');
    document.head.append(ours);
    const host = document.createElement('figure-finder-ui');
    host.setAttribute(OWN_UI_ATTRIBUTE, 'card');
    document.body.append(host);
    host.textContent = 'card text';
    watch.ours(() => document.querySelector('p')!.append(' (ours)'));
    await settle(60);
    expect(changes).toBe(0);

    document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>二</p><p>三</p>');
    document.querySelector('p')!.textContent = '一（改）';
    // Waited for rather than timed: on a loaded machine the debounce may fire late, never twice.
    await vi.waitFor(() => expect(changes).toBe(1), { timeout: 2000 });
    await settle(60);
    expect(changes).toBe(1);
  });

  it('reports an article body shown by a script, and no other change of style', async () => {
    const body = '蒲江是全国知名的猕猴桃产区，全县猕猴桃种植面积10.2万亩，年产量约18万吨，综合产值达42亿元。'.repeat(2);
    document.body.innerHTML = `<div id="content" style="visibility: hidden;"><p>${body}</p></div><div id="caption" hidden>▲ 资料图</div><header id="bar" style="top: 0">头部</header>`;
    let changes = 0;
    const local = new AbortController();
    watchPage(document.body, { onChange: () => changes++, debounceMs: 10, signal: local.signal });
    // A sticky header restyled, a short caption shown: no analysis again.
    document.getElementById('bar')!.style.top = '-40px';
    document.getElementById('caption')!.removeAttribute('hidden');
    await settle(50);
    expect(changes).toBe(0);
    (document.getElementById('content') as HTMLElement).style.visibility = 'visible';
    await vi.waitFor(() => expect(changes).toBe(1), { timeout: 2000 });
    // Hiding it again takes nothing away that was read.
    (document.getElementById('content') as HTMLElement).style.display = 'none';
    await settle(50);
    expect(changes).toBe(1);
    local.abort();
  });

  it('reports a fold opened by a click (a class taken off the body), and no class change without a click', async () => {
    const body = '龙泉市全市现有竹林面积42.6万亩，其中毛竹林31.8万亩，去年竹产业总产值达45亿元，同比增长9.6%。'.repeat(2);
    document.body.innerHTML = `<div id="content" class="is-folded"><p>${body}</p><div class="rest"><p>${body}</p></div></div><button id="unfold">展开全文</button><header id="bar">头部</header>`;
    let changes = 0;
    const local = new AbortController();
    watchPage(document.body, { onChange: () => changes++, debounceMs: 10, signal: local.signal });
    // A sticky header's class as the page scrolls, the body's class set by a script on its own: no analysis again.
    document.getElementById('bar')!.className = 'fixed';
    document.getElementById('content')!.classList.add('lazy-done');
    await settle(50);
    expect(changes).toBe(0);
    // The button's own class after a click is a button's text, no body.
    const button = document.getElementById('unfold')!;
    button.click();
    button.classList.add('pressed');
    await settle(50);
    expect(changes).toBe(0);
    document.getElementById('content')!.classList.remove('is-folded');
    await vi.waitFor(() => expect(changes).toBe(1), { timeout: 2000 });
    local.abort();
  });

  it('reports a fold a script opens without a click (on a scroll, after a timer) when it shows text the analysis did not read', async () => {
    const body = '盱眙凹土已探明储量约6.2亿吨，占全国已探明储量的近七成，原矿开采总量控制在每年80万吨以内。'.repeat(2);
    document.head.innerHTML = '<style>.rest { display: none } .rest.show { display: block }</style>';
    document.body.innerHTML = `<header id="bar"><p>${body}</p></header><div id="content"><p>${body}</p><div class="rest" id="rest"><p>${body}</p></div></div>`;
    const rest = document.getElementById('rest')!;
    // What the analysis read: every text then shown, the folded block's not.
    const read = (text: Text) => !rest.contains(text);
    let changes = 0;
    const local = new AbortController();
    watchPage(document.body, { onChange: () => changes++, debounceMs: 10, signal: local.signal, read });
    // A sticky header's class as the page scrolls, a container's class that shows nothing new: no analysis again.
    document.getElementById('bar')!.className = 'fixed';
    document.getElementById('content')!.classList.add('lazy-done');
    await settle(50);
    expect(changes).toBe(0);
    // The page's IntersectionObserver (or timer) shows the folded block: its text was not read.
    rest.classList.add('show');
    await vi.waitFor(() => expect(changes).toBe(1), { timeout: 2000 });
    local.abort();
    document.head.innerHTML = '';
  });

  it('reports a <details> section opened or closed when it holds a body of text, not a small one', async () => {
    const body = '上半年，全县固定资产投资同比增长11.2%，其中工业投资增长17.8%，在建亿元以上项目76个。'.repeat(2);
    document.body.innerHTML = `<details id="section"><summary>三、固定资产投资</summary><p>${body}</p></details><details id="tip"><summary>说明</summary>短注</details>`;
    let changes = 0;
    const local = new AbortController();
    watchPage(document.body, { onChange: () => changes++, debounceMs: 10, signal: local.signal });
    (document.getElementById('tip') as HTMLDetailsElement).open = true;
    await settle(50);
    expect(changes).toBe(0);
    (document.getElementById('section') as HTMLDetailsElement).open = true;
    await vi.waitFor(() => expect(changes).toBe(1), { timeout: 2000 });
    (document.getElementById('section') as HTMLDetailsElement).open = false;
    await vi.waitFor(() => expect(changes).toBe(2), { timeout: 2000 });
    local.abort();
  });

  it('keeps a class toggled on <body> at every scroll cheap: no copy of the page\'s text, a bounded walk, nothing for a class set to what it was', async () => {
    // A long page, all of it read by the analysis, whose script sets the body's class at every scroll event.
    document.body.innerHTML = '<p>新增出让工业用地1200亩，新建标准厂房35万平方米。</p>'.repeat(5000);
    let copies = 0;
    const ownTextContent = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!;
    Object.defineProperty(document.body, 'textContent', {
      configurable: true,
      get() {
        copies++;
        return ownTextContent.get!.call(this);
      },
    });
    const asked = { analysis: 0 };
    let changes = 0;
    const local = new AbortController();
    // The loader's watch (no analysis yet) and the analysis's.
    watchPage(document.body, { onChange: () => changes++, debounceMs: 10, signal: local.signal });
    watchPage(document.body, { onChange: () => changes++, debounceMs: 10, signal: local.signal, read: () => (asked.analysis++, true) });
    for (let scroll = 0; scroll < 10; scroll++) {
      document.body.className = scroll % 2 ? 'scrolled' : 'top';
      await settle(0);
    }
    const perToggle = asked.analysis / 10;
    // The same class set again, as a scroll handler does at every event: nothing changed, nothing asked.
    asked.analysis = 0;
    for (let scroll = 0; scroll < 10; scroll++) {
      document.body.className = 'top';
      await settle(0);
    }
    await settle(40);
    local.abort();
    delete (document.body as { textContent?: unknown }).textContent;
    expect(changes).toBe(0);
    expect(copies).toBe(0);
    expect(perToggle).toBeLessThanOrEqual(3000);
    expect(asked.analysis).toBeLessThanOrEqual(3000);
  });

  it('stops when the content script is invalidated', async () => {
    const local = new AbortController();
    document.body.innerHTML = '<p>一</p>';
    let changes = 0;
    watchPage(document.body, { onChange: () => changes++, debounceMs: 10, signal: local.signal });
    local.abort();
    document.body.append('more');
    await settle(40);
    expect(changes).toBe(0);
  });

  it('sees changes inside shadow roots: those there at the start, and those of components added later', async () => {
    document.body.innerHTML = '<x-story></x-story>';
    const first = document.querySelector('x-story')!.attachShadow({ mode: 'open' });
    let changes = 0;
    const local = new AbortController();
    watchPage(document.body, { onChange: () => changes++, debounceMs: 10, signal: local.signal, followShadowRoots: true });
    first.innerHTML = '<p>正文</p>';
    await vi.waitFor(() => expect(changes).toBe(1), { timeout: 2000 });

    // A component added later renders into its shadow root after it is in the page (as one that fetches its text).
    const later = document.createElement('x-body');
    const shadow = later.attachShadow({ mode: 'open' });
    first.append(later);
    await vi.waitFor(() => expect(changes).toBe(2), { timeout: 2000 });
    shadow.innerHTML = '<p>新增用地1200亩</p>';
    await vi.waitFor(() => expect(changes).toBe(3), { timeout: 2000 });
    local.abort();
  });

  it('follows a body the page puts in the old one\'s place (a whole-page render), and the body of a root it rewrites (a 阅读模式)', async () => {
    document.body.innerHTML = '<div class="skeleton">加载中…</div>';
    let changes = 0;
    const local = new AbortController();
    watchPage(document.body, { onChange: () => changes++, debounceMs: 10, signal: local.signal });
    // Our card's host on the root changes no body: nothing to read again.
    const host = document.createElement('figure-finder-ui');
    host.setAttribute(OWN_UI_ATTRIBUTE, 'card');
    document.documentElement.append(host);
    await settle(40);
    expect(changes).toBe(0);

    const rendered = document.createElement('body');
    rendered.innerHTML = '<h1>泰顺廊桥文化园开园</h1><p>文化园总投资8.6亿元。</p>';
    document.documentElement.replaceChild(rendered, document.body);
    await vi.waitFor(() => expect(changes).toBe(1), { timeout: 2000 });
    // The new body is the one watched now: its own changes count.
    rendered.querySelector('p')!.append('规划面积1260亩。');
    await vi.waitFor(() => expect(changes).toBe(2), { timeout: 2000 });

    document.documentElement.innerHTML = '<head><title>阅读模式</title></head><body><p>文化园总投资8.6亿元，规划面积1260亩。</p></body>';
    await vi.waitFor(() => expect(changes).toBe(3), { timeout: 2000 });
    document.body.querySelector('p')!.append('串联起11座古廊桥。');
    await vi.waitFor(() => expect(changes).toBe(4), { timeout: 2000 });
    local.abort();
  });
});
