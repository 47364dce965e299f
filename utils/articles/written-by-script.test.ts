import { describe, expect, it } from 'vitest';
import { htmlDocuments } from './testdata/html-document';
import { literalWrites, writeScriptedHtml } from './written-by-script';

const load = htmlDocuments();

describe('literalWrites: what a script of string literals writes', () => {
  it('joins literals and the variables holding them, with escapes and comments', () => {
    const code = `// 正文由内容管理系统输出
      var body = '' + '<p>园区新增供应工业用地862亩</p>'
        + "<p>新建园区道路6.2\\u516c\\u91cc，\\"二期\\"</p>";
      body += '<p>下半年</p>';
      document.write(body); /* end */ document.writeln('x');`;
    expect(literalWrites(code)).toBe('<p>园区新增供应工业用地862亩</p><p>新建园区道路6.2公里，"二期"</p><p>下半年</p>x\n');
    expect(literalWrites("document.write('1863');")).toBe('1863');
  });

  it('reads nothing from a script that computes, reads the page or calls anything else', () => {
    expect(literalWrites('document.write(new Date().getFullYear());')).toBeNull();
    expect(literalWrites("var n = 3; document.write(n + '家');")).toBeNull();
    expect(literalWrites("document.write(unescape('%u9042'));")).toBeNull();
    expect(literalWrites("document.write(content);")).toBeNull();
    expect(literalWrites("var a = '<p>1</p>'; fetch('/x'); document.write(a);")).toBeNull();
    expect(literalWrites("var a = '<p>1</p>';")).toBeNull();
  });

  it('never throws or runs away on a hostile script: a code point past Unicode, a string doubled without end', () => {
    // A browser rejects '\u{110000}' as a syntax error and runs nothing.
    expect(literalWrites("document.write('\\u{110000}');")).toBeNull();
    expect(literalWrites("document.write('\\u{FFFFFFFFFF}');")).toBeNull();
    // Forty doublings of ten characters would be ten thousand gigabytes: far more than any article a CMS prints.
    const doubled = `var a = '0123456789';${'a += a;'.repeat(40)}var b = a + a; document.write(b);`;
    expect(literalWrites(doubled)).toBeNull();
    expect(literalWrites(`var a = '0123456789';${'a += a;'.repeat(3)}document.write(a);`)).toBe('0123456789'.repeat(8));
  });
});

describe('writeScriptedHtml: a page as its parser leaves it', () => {
  it('puts what the script writes right after it, in order, without running what it writes', () => {
    const doc = load(
      `<html><body><div id="zoom"><script>var c = '<p>一</p><p>二</p><script>document.title = "x"<\\/script>'; document.write(c);</script><p>三</p></div><script type="text/template">document.write('<p>模板</p>')</script></body></html>`,
    );
    writeScriptedHtml(doc);
    expect([...doc.querySelectorAll('#zoom p')].map((p) => p.textContent)).toEqual(['一', '二', '三']);
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).not.toContain('模板');
  });
});
