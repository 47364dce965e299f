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
