import { describe, expect, it } from 'vitest';
import { CharsetError, declaredCharset, decodeText } from './decode';

const gbk = (hex: string) => Buffer.from(hex, 'hex');
/** 临安区新建高标准农田1000亩。 in GBK. */
const LINAN_GBK = 'c1d9b0b2c7f8d0c2bda8b8dfb1ead7bcc5a9ccef31303030c4b6a1a3';
const page = (head: string, body: Buffer) => Buffer.concat([Buffer.from(`<!DOCTYPE html><html><head>${head}</head><body><p>`), body, Buffer.from('</p></body></html>')]);

describe('declaredCharset', () => {
  it('reads a <meta charset> and the http-equiv Content-Type of older sites, lower-cased', () => {
    expect(declaredCharset(Buffer.from('<meta charset="GB2312">'))).toBe('gb2312');
    expect(declaredCharset(Buffer.from("<meta charset='gbk' />"))).toBe('gbk');
    expect(declaredCharset(Buffer.from('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb18030">'))).toBe('gb18030');
  });

  it('looks no further than a browser does (the first 1024 bytes), and not outside a <meta>', () => {
    expect(declaredCharset(Buffer.from(`<title>x</title>${' '.repeat(1100)}<meta charset="gbk">`))).toBeUndefined();
    expect(declaredCharset(Buffer.from('<p>charset=gbk</p>'))).toBeUndefined();
  });
});

describe('decodeText', () => {
  it('reads UTF-8 as UTF-8, whatever a page declares (a page re-saved by an editor keeps its old <meta>)', () => {
    expect(decodeText(Buffer.from('\ufeff<p>1000亩</p>'), true)).toBe('<p>1000亩</p>');
    expect(decodeText(page('<meta charset="gb2312">', Buffer.from('1000亩')), true)).toContain('<p>1000亩</p>');
  });

  it('reads UTF-16 by its byte-order mark, above any charset a page declares, and refuses one that breaks its mark', () => {
    const mark = { 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] } as const;
    const utf16 = (order: keyof typeof mark, text: string) => {
      const units = Buffer.from(text, 'utf16le');
      if (order === 'utf-16be') units.swap16();
      return Buffer.concat([Buffer.from(mark[order]), units]);
    };
    expect(decodeText(utf16('utf-16le', '新增工业用地1000亩'), false)).toBe('新增工业用地1000亩');
    expect(decodeText(utf16('utf-16be', '新增工业用地1000亩'), false)).toBe('新增工业用地1000亩');
    expect(decodeText(utf16('utf-16le', '<meta charset="gbk"><p>1000亩</p>'), true)).toBe('<meta charset="gbk"><p>1000亩</p>');
    // A lone low surrogate (0xDC00) is no UTF-16 text.
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0x00, 0xdc]), false)).toThrow(new CharsetError('marked as UTF-16LE but not valid UTF-16LE text'));
  });

  it('reads a page by the charset it declares, as a browser does', () => {
    const html = decodeText(page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', gbk(LINAN_GBK)), true);
    expect(html).toContain('<p>临安区新建高标准农田1000亩。</p>');
  });

  it('reads undeclared GBK (a plain-text file, a page declaring nothing or UTF-8 wrongly) as GB18030', () => {
    expect(decodeText(gbk(LINAN_GBK), false)).toBe('临安区新建高标准农田1000亩。');
    expect(decodeText(page('<meta charset="utf-8">', gbk(LINAN_GBK)), true)).toContain('临安区新建高标准农田1000亩。');
  });

  it('refuses what reads as Chinese in none of them: Latin-1, Big5, a charset nothing decodes', () => {
    expect(() => decodeText(Buffer.from('Café société, Zürich\n', 'latin1'), false)).toThrow(new CharsetError('neither UTF-8 nor GBK/GB18030 text'));
    // 臺北市 in Big5: its second bytes fall outside GB2312's range.
    expect(() => decodeText(gbk('bb4fa55fa5ab'), false)).toThrow(CharsetError);
    expect(() => decodeText(page('<meta charset="x-unheard-of">', gbk(LINAN_GBK)), true)).toThrow(/declares charset "x-unheard-of"/);
  });

  it('reads UTF-8 with a stray invalid byte or two as UTF-8, as a browser shows it (a description cut mid-character, a file cut short)', () => {
    const body = '临安区新建高标准农田1000亩。'.repeat(200);
    const cut = Buffer.from('临安').subarray(0, 4); // 临 and the first byte of 安
    const withStray = Buffer.concat([Buffer.from('<meta charset="utf-8"><meta name="description" content="'), cut, Buffer.from(`"><p>${body}</p>`)]);
    expect(decodeText(withStray, true)).toContain(`<p>${body}</p>`);
    expect(decodeText(Buffer.from(body).subarray(0, 42), false)).toBe('临安区新建高标准农田1000亩。');
  });

  it('takes a plain-text file for what it is: a charset= in its text declares nothing', () => {
    expect(() => decodeText(Buffer.concat([Buffer.from('<meta charset="x-unheard-of">'), gbk(LINAN_GBK)]), false)).not.toThrow();
  });
});
