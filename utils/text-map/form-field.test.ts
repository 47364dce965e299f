// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fieldText } from './form-field';
import { buildTextMap } from './index';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const field = (html: string) => {
  const el = page(html).firstElementChild!;
  return fieldText(el, el.tagName.toUpperCase());
};

describe('fieldText: what a form field the reader cannot edit shows', () => {
  it('reads a read-only or disabled text field and textarea', () => {
    expect(field('<input type="text" readonly value="128.6亩">')).toBe('128.6亩');
    expect(field('<input readonly value="9.8亿元">')).toBe('9.8亿元');
    expect(field('<input type="text" disabled value="60.5亩">')).toBe('60.5亩');
    expect(field('<textarea readonly>新建标准厂房12栋，\n总建筑面积15.2万平方米。</textarea>')).toBe('新建标准厂房12栋， 总建筑面积15.2万平方米。');
  });

  it('reads the value a script set, not only the HTML\'s', () => {
    const input = page('<input readonly value="">').firstElementChild as HTMLInputElement;
    input.value = '5.3亿元';
    expect(fieldText(input, 'INPUT')).toBe('5.3亿元');
  });

  it('reads no field the reader can edit, and no button, check box or hidden field', () => {
    expect(field('<input type="text" value="1">')).toBe('');
    expect(field('<textarea>我的留言：3000元</textarea>')).toBe('');
    expect(field('<input type="hidden" readonly value="360730-2024-0216">')).toBe('');
    expect(field('<input type="submit" disabled value="提交">')).toBe('');
    expect(field('<input type="checkbox" disabled value="1">')).toBe('');
  });
});

describe('buildTextMap: a read-only form', () => {
  it('reads each field\'s value in its cell, as text of no node', () => {
    const map = buildTextMap(
      page('<table><tr><th>拟用地面积</th><td><input readonly value="128.6亩"></td></tr><tr><th>计划总投资</th><td><input disabled value="9.8亿元"></td></tr></table><p>跳转到第<input value="1">页</p>'),
    );
    expect(map.text).toBe('拟用地面积\t128.6亩\n计划总投资\t9.8亿元\n\n跳转到第页');
    // No range reaches a control's value: the figure is read, and nothing is drawn.
    const at = map.text.indexOf('128.6亩');
    expect(map.toRange(at, at + 6)).toBeNull();
  });

  it('names the field a figure of no node stands in, so the page can scroll to it and place its card', () => {
    const body = page('<table><tr><th>拟用地面积</th><td><input readonly value="约128.6亩"></td></tr></table><p>用地100亩</p>');
    const map = buildTextMap(body);
    const at = map.text.indexOf('128.6亩');
    expect(map.fieldAt(at, at + 6)).toBe(body.querySelector('input'));
    const inText = map.text.indexOf('100亩');
    expect(map.fieldAt(inText, inText + 4)).toBeNull();
  });

  it('gives a cell holding only a field the span of its value, and a row its label and value', () => {
    const body = page('<table><tr><th>拟用地面积</th><td><input readonly value="128.6亩"></td></tr></table><p>正文</p>');
    const map = buildTextMap(body);
    const at = map.text.indexOf('128.6亩');
    expect(map.spanOfElement(body.querySelector('td')!)).toEqual({ start: at, end: at + 6 });
    expect(map.spanOfElement(body.querySelector('tr')!)).toEqual({ start: 0, end: at + 6 });
    expect(map.spanOfElement(body.querySelector('p')!)).toEqual({ start: map.text.indexOf('正文'), end: map.text.length });
  });

  it('gives a web component\'s host the span of the fields its shadow root renders, as of its text', () => {
    const body = page('<p>前言</p><div id="host"></div><p>后记</p>');
    const host = body.querySelector('#host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p><input readonly value="9.8亿元"></p><p>正文100亩</p><p><input readonly value="3.5亿元"></p>';
    const map = buildTextMap(body);
    expect(map.text).toBe('前言\n\n9.8亿元\n\n正文100亩\n\n3.5亿元\n\n后记');
    expect(map.spanOfElement(host)).toEqual({ start: map.text.indexOf('9.8亿元'), end: map.text.indexOf('3.5亿元') + '3.5亿元'.length });
  });

  it('reads no field hidden by its style, its attribute or a hidden ancestor', () => {
    const map = buildTextMap(page('<p>a<input readonly value="1亩" style="display:none"><input readonly hidden value="2亩"><input readonly aria-hidden="true" value="4亩"></p><div style="display:none"><input readonly value="3亩"></div><p>b</p>'));
    expect(map.text).toBe('a\n\nb');
  });

  it('reads no field its own style makes invisible, and a visible one in an invisible block, as it reads text', () => {
    const map = buildTextMap(page('<p>a<input readonly value="5亩" style="visibility:hidden"></p><div style="visibility:hidden">隐<input readonly value="6亩" style="visibility:visible"></div><p>b</p>'));
    expect(map.text).toBe('a\n\n6亩\n\nb');
  });
});
