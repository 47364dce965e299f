// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { flatContains, flatParent, openShadowRoots } from './flat-tree';
import { OWN_UI_ATTRIBUTE } from './own-ui';
import { buildTextMap } from './index';

/** A custom element with an open shadow root holding `shadowHtml`, and `lightHtml` as its own children. */
function host(parent: Node, shadowHtml: string, lightHtml = '', tag = 'x-part'): HTMLElement {
  const el = document.createElement(tag);
  el.innerHTML = lightHtml;
  el.attachShadow({ mode: 'open' }).innerHTML = shadowHtml;
  parent.appendChild(el);
  return el;
}

const textOf = () => buildTextMap(document.body, { useComputedStyle: false }).text;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the text map reads the flat tree (what is rendered)', () => {
  it('reads a shadow root in place of its host, between the light DOM around it', () => {
    document.body.innerHTML = '<p>前</p>';
    host(document.body, '<p>新建厂房35万平方米</p>');
    document.body.insertAdjacentHTML('beforeend', '<p>后</p>');
    expect(textOf()).toBe('前\n\n新建厂房35万平方米\n\n后');
  });

  it('reads a slot as the nodes assigned to it, where the slot is', () => {
    host(document.body, '<h1><slot name="title"></slot></h1><div><slot></slot></div><p>结尾</p>', '<span slot="title">标题</span><p>出让工业用地1200亩</p>');
    expect(textOf()).toBe('标题\n\n出让工业用地1200亩\n\n结尾');
  });

  it('reads a slot with nothing assigned as its fallback content', () => {
    host(document.body, '<p><slot name="note">暂无说明</slot></p><slot></slot>', '<p>正文</p>');
    expect(textOf()).toBe('暂无说明\n\n正文');
  });

  it('does not read a host child that no slot takes: it is not rendered', () => {
    host(document.body, '<p>可见</p><slot name="a"></slot>', '<p>未分配的1000亩</p><p slot="a">分配的</p>');
    expect(textOf()).toBe('可见\n\n分配的');
  });

  it('reads nested shadow roots, and slots passed on through them', () => {
    const outer = host(document.body, '<x-inner><slot></slot></x-inner>', '<p>浙江新增用地</p>', 'x-outer');
    host(outer.shadowRoot!, '<section><p>内层：</p><slot></slot></section>', '', 'x-body');
    const inner = outer.shadowRoot!.querySelector('x-inner')!;
    inner.attachShadow({ mode: 'open' }).innerHTML = '<article><slot></slot></article>';
    expect(textOf()).toBe('浙江新增用地\n\n内层：');
  });

  it('maps offsets back to nodes inside shadow roots, and an element span covers its host content', () => {
    document.body.innerHTML = '<p>前言</p>';
    const part = host(document.body, '<p>建成<b>1000</b>亩</p>');
    const map = buildTextMap(document.body, { useComputedStyle: false });
    const start = map.text.indexOf('1000');
    const range = map.toRange(start, start + 5)!;
    expect(range.toString()).toBe('1000亩');
    expect(range.startContainer.getRootNode()).toBe(part.shadowRoot);
    expect(map.spanOf(range)).toEqual({ start, end: start + 5 });
    // The host has no light children: its one position stands for all it renders.
    expect(map.offsetOf(part, 0, 'forward')).toBe(map.text.indexOf('建成'));
    expect(map.offsetOf(part, 0, 'backward')).toBe(map.text.length);
    // A position after the host, in the light DOM, comes after its content.
    expect(map.offsetOf(document.body, document.body.childNodes.length, 'backward')).toBe(map.text.length);
  });

  it('follows a slotted node to its slot, and a shadow root child to its host', () => {
    const part = host(document.body, '<div><slot></slot></div>', '<p>甲</p>');
    const slotted = part.querySelector('p')!;
    const slot = part.shadowRoot!.querySelector('slot')!;
    expect(flatParent(slotted)).toBe(slot);
    expect(flatParent(part.shadowRoot!.firstChild!)).toBe(part);
    expect(flatContains(part, slotted.firstChild!)).toBe(true);
    expect(flatContains(document.body, slot)).toBe(true);
  });
});

describe('openShadowRoots: where a page of web components keeps its text', () => {
  it('finds nested roots, never our own UI’s, within its budget, raised once one is found', () => {
    document.body.innerHTML = '<div></div>'.repeat(5);
    const outer = host(document.body, '<div><x-inner></x-inner></div>');
    const inner = outer.shadowRoot!.querySelector('x-inner')!.attachShadow({ mode: 'open' });
    const ours = host(document.body, '<p>card</p>');
    ours.setAttribute(OWN_UI_ATTRIBUTE, 'card');
    expect(openShadowRoots(document.body)).toEqual([outer.shadowRoot, inner]);
    // body, five divs: the budget ends before the host.
    expect(openShadowRoots(document.body, { left: 6 })).toEqual([]);
    // The host is the seventh element; once it is found, the search may go on into the components.
    expect(openShadowRoots(document.body, { left: 7 })).toEqual([outer.shadowRoot]);
    expect(openShadowRoots(document.body, { left: 7, onceFound: 100 })).toEqual([outer.shadowRoot, inner]);
  });
});
