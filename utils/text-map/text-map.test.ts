// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layoutOf } from './build';
import { generatedByRules, generatedText, numberAtEdge } from './generated-content';
import { buildTextMap, OWN_UI_ATTRIBUTE, startTextMap, type Segment } from './index';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('buildTextMap: the text a reader sees', () => {
  it.each([
    ['paragraphs do not merge', '<p>一</p><p>二</p>', '一\n\n二'],
    ['br is a line break', '<p>a<br>b</p>', 'a\nb'],
    ['br in a headline is a space: one headline over two lines', '<h1>平湖市打造光机电产业集群<br>一季度增长11.3%</h1><p>正文</p>', '平湖市打造光机电产业集群 一季度增长11.3%\n\n正文'],
    ['inline elements join', '<p>建成<span>1000</span>亩</p>', '建成1000亩'],
    ['whitespace collapses', '<p>\n   about   1,000\n  mu  </p>', 'about 1,000 mu'],
    ['pre keeps whitespace', '<pre>a  b\nc</pre>', 'a  b\nc'],
    ['script, style, template, noscript skipped', '<p>a<script>x=1</script><style>p{}</style><template>t</template><noscript>n</noscript>b</p>', 'ab'],
    ['display:none skipped', '<p>a<span style="display:none">hidden</span>b</p>', 'ab'],
    ['visibility:hidden skipped, visible child kept', '<div style="visibility:hidden">h<span style="visibility:visible">v</span></div>', 'v'],
    ['aria-hidden skipped', '<p>a<span aria-hidden="true">x</span>b</p>', 'ab'],
    // An anti-copy page's noise inside figures: what takes no room is no part of the figure the reader sees.
    ['text in a font of size 0 skipped, a child with its own size kept', '<p>9<span style="font-size:0">0</span>5.1%，<span style="font-size:0">x<b style="font-size:16px">23</b></span>家</p>', '95.1%，23家'],
    ['zero-width spaces and soft hyphens left out', '<p>3.5&#8203;万亩，2&shy;40万元，&#xFEFF;6&#x2060;.8万千瓦</p>', '3.5万亩，240万元，6.8万千瓦'],
    ['zero-width joiners kept', '<p>a&#8205;b</p>', 'a\u200db'],
    ['zero-width spaces left out of preserved text', '<pre>20&#8203;00 名</pre>', '2000 名'],
    ['hidden attribute skipped', '<p>a</p><p hidden>x</p><p>b</p>', 'a\n\nb'],
    // A closed <details> shows its summary alone (Chrome hides the rest without changing the children's style).
    [
      'a closed <details> read as its summary, an open one whole',
      '<details><summary>二、工业</summary><p>增长8.6%</p><summary>另一个</summary></details><details open><summary>一、农业</summary><p>增长3.9%</p></details>',
      '二、工业\n\n一、农业\n\n增长3.9%',
    ],
    // Text directly in a closed <details>, in no element of its own, is folded away with the rest.
    ['bare text in a closed <details> folded away, in an open one read', '<details><summary>二、工业</summary>增长8.6%</details><details open><summary>一、农业</summary>增长3.9%</details>', '二、工业\n\n一、农业\n\n增长3.9%'],
    ['our own UI skipped', `<p>a</p><div ${OWN_UI_ATTRIBUTE}>card 1000亩</div><p>b</p>`, 'a\n\nb'],
    ['table cells and rows', '<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>', '1\t2\n3'],
    ['a table head and body in plain markup', '<table><thead><tr><th>项目</th></tr></thead><tbody><tr><td>126.5</td></tr></tbody></table>', '项目\n126.5'],
    // Merged cells: a row under a rowspan, and a header beside a colspan, keep their cells in their grid columns.
    [
      'a two-row header: cells beside a rowspan and under a colspan line up with the body',
      '<table><thead><tr><th rowspan="2">指标</th><th rowspan="2">单位</th><th colspan="2">1—6月</th></tr><tr><th>绝对数</th><th>增长（%）</th></tr></thead>' +
        '<tbody><tr><td>地区生产总值</td><td>亿元</td><td>312.6</td><td>6.1</td></tr></tbody></table>',
      '指标\t单位\t1—6月\n\t\t绝对数\t增长（%）\n地区生产总值\t亿元\t312.6\t6.1',
    ],
    [
      'a row whose label is merged down from the row above starts with an empty cell',
      '<table><tr><td rowspan="2">起重装备</td><td>营业收入（亿元）</td><td>186.3</td></tr><tr><td>增速（%）</td><td>9.6</td></tr></table>',
      '起重装备\t营业收入（亿元）\t186.3\n\t增速（%）\t9.6',
    ],
    ['an empty cell keeps its column', '<table><tr><td>规上工业</td><td></td><td>8.2</td></tr></table>', '规上工业\t\t8.2'],
    [
      'a layout table: a cell after a paragraph break is not pushed into a column',
      '<table><tr><td><p>正文一段。</p><p>正文二段。</p></td><td>侧栏</td></tr></table>',
      '正文一段。\n\n正文二段。\n\n侧栏',
    ],
    ['a description list: a term and its descriptions on one line', '<p>前</p><dl><dt>面积</dt><dd>1049 km²</dd><dt>著名景点</dt><dd>方岩</dd><dd>石鼓寮</dd></dl><p>后</p>', '前\n\n面积\t1049 km²\n著名景点\t方岩\t石鼓寮\n\n后'],
    ['a bar\'s fallback text is left out: the reader sees the bar', '<p>完成年度计划64%<progress value="64" max="100">58%</progress><meter value="0.8">0.79</meter></p>', '完成年度计划64%'],
    ['a ruby reading is left out of the text', '<p><ruby>歙<rp>（</rp><rt>shè</rt><rp>）</rp></ruby>县建成2800亩</p>', '歙县建成2800亩'],
    [
      'a footnote mark glued to a figure is left out, a unit\'s exponent is not (and shows as one)',
      '<p>about 1,200<sup>1</sup> hectares, 42%<a href="#fn3">3</a> of looms, 260,000 m<sup>2</sup> of roofs</p>',
      'about 1,200 hectares, 42% of looms, 260,000 m² of roofs',
    ],
    [
      'an exponent in a <sup> is written as it shows, a power of ten too; a mark after the sentence is left out',
      '<p>holding 8.6 × 10<sup>6</sup> m<sup>3</sup> of water and 350 megawatts each.<sup>1</sup></p>',
      'holding 8.6 × 10⁶ m³ of water and 350 megawatts each.',
    ],
    [
      'a <sub> index is written as it shows, so that it runs into no figure after it; a hectometre\'s square is an exponent',
      '<p>累计减排CO<sub>2</sub>1.6万吨，PM<sub>2.5</sub>下降6.5%，修复面积386.5hm<sup>2</sup></p>',
      '累计减排CO₂1.6万吨，PM₂.₅下降6.5%，修复面积386.5hm²',
    ],
    ['a <pre>\'s hard wrap inside Chinese running text is no text', '<pre>县里盘活闲置低效用地18\n60亩，新建标准厂房32万平方米。</pre>', '县里盘活闲置低效用地1860亩，新建标准厂房32万平方米。'],
    ['a <br> in a header cell is a space: the header row stays one line', '<table><tr><th>项目</th><th>用地面积<br>（亩）</th><th>形象进度<br>（%）</th></tr><tr><td>一期</td><td>320</td><td>45</td></tr></table>', '项目\t用地面积 （亩）\t形象进度 （%）\n一期\t320\t45'],
    [
      'a <br> in a body cell of one short entry is a space; in a layout cell of paragraphs a line break',
      '<table><tr><td>工业增加值</td><td>98.36<br>亿元</td><td>86.42<br>增长8.1%</td></tr></table><table><tr><td>县政府召开常务会议，研究部署今年重点工作。<br>会议指出，要抓好项目建设。</td></tr></table>',
      '工业增加值\t98.36 亿元\t86.42 增长8.1%\n\n县政府召开常务会议，研究部署今年重点工作。\n会议指出，要抓好项目建设。',
    ],
    ['nested blocks give one boundary', '<div><div><p>a</p></div></div><div><p>b</p></div>', 'a\n\nb'],
    // A PDF viewer's text layer: runs placed absolutely (CSS makes them blocks), a <br> at each line's end.
    [
      'positioned runs of a text layer join into lines its <br>s end',
      '<div class="textLayer"><span style="position:absolute;display:block">全县地区生产总值</span><span style="position:absolute;display:block">586.42</span><span style="position:absolute;display:block">亿元，</span><br><span style="position:absolute;display:block">增长</span><span style="position:absolute;display:block">5.6%</span></div>',
      '全县地区生产总值586.42亿元，\n增长5.6%',
    ],
    [
      'positioned badges with no <br> among them stay apart',
      '<div><span style="position:absolute;display:block">▶</span><span style="position:absolute;display:block">03:21</span></div><p>正文</p>',
      '▶\n\n03:21\n\n正文',
    ],
  ])('%s', (_name, html, expected) => {
    expect(buildTextMap(page(html)).text).toBe(expected);
  });

  it("lays a table's row groups out as rows, as a browser computes their display (happy-dom leaves it empty)", () => {
    expect(['table-header-group', 'table-row-group', 'table-footer-group', 'table-row'].map((d) => layoutOf(d, 'TBODY'))).toEqual(['row', 'row', 'row', 'row']);
    expect([layoutOf('table', 'TABLE'), layoutOf('table-cell', 'TD')]).toEqual(['block', 'cell']);
  });

  it('gives the same text with or without computed styles on plain markup', () => {
    const root = page('<h1>标题</h1><p>第一段 <b>25万</b>平方米。</p><ul><li>一</li><li>二</li></ul>');
    expect(buildTextMap(root, { useComputedStyle: false }).text).toBe(buildTextMap(root).text);
  });
});

describe('buildTextMap: text that CSS draws at a number\'s edge', () => {
  // happy-dom computes no pseudo-element: each element's `::before`/`::after` content is given here as a browser
  // computes it (`attr()` resolved to a string, a counter left as written).
  const drawn = (contentOf: (el: Element, side: string) => string) => {
    const computed = window.getComputedStyle.bind(window);
    vi.spyOn(window, 'getComputedStyle').mockImplementation((el: Element, side?: string | null) =>
      side ? ({ content: contentOf(el, side), display: 'inline' } as CSSStyleDeclaration) : computed(el),
    );
  };
  afterEach(() => vi.restoreAllMocks());

  it("reads a unit drawn after a number (a data card's data-unit), as text of no node: the range covers the number", () => {
    drawn((el, side) => (side === '::after' && el.hasAttribute('data-unit') ? `"${el.getAttribute('data-unit')}"` : 'none'));
    const map = buildTextMap(page('<div><span class="v" data-unit="亿元">186.4</span><span style="display:block">地区生产总值</span></div><p>增长<b data-unit="%">6.9</b>。</p>'));
    expect(map.text).toBe('186.4亿元\n\n地区生产总值\n\n增长6.9%。');
    expect(map.toRange(0, 7)!.toString()).toBe('186.4');
  });

  it('reads a unit drawn after an element whose number sits a few levels down (a count-up span inside the card)', () => {
    drawn((el, side) => (side === '::after' && el.hasAttribute('data-unit') ? `"${el.getAttribute('data-unit')}"` : 'none'));
    expect(buildTextMap(page('<div data-unit="%"><span class="countup"><b>61.48</b></span></div><div data-unit="亿元"><i><b><span>42.3</span></b></i></div>')).text).toBe('61.48%\n\n42.3');
  });

  it('reads a sign drawn before a number', () => {
    drawn((el, side) => (side === '::before' && el.className === 'price' ? '"¥"' : 'none'));
    expect(buildTextMap(page('<p>每亩补助<span class="price">800</span>元</p>')).text).toBe('每亩补助¥800元');
  });

  it('reads nothing CSS draws beside words: separators, icons and numbering are layout', () => {
    drawn(() => '" | "');
    expect(buildTextMap(page('<p><span>来源：闽南日报</span><span>作者：林雅婷</span></p>')).text).toBe('来源：闽南日报作者：林雅婷');
  });

  it('reads no counter, image or icon glyph, and no pseudo-element the page hides', () => {
    expect(['counter(measure) "．"', '"第" counter(s) "步"', 'none', 'normal', 'open-quote', 'url("a.png")', '"\\e601"'].map(generatedText)).toEqual(['', '', '', '', '', '', '']);
    expect(['"亿元"', '"万" "亩"', '"\\4e07 亩"', '"  平方\\"米  "'].map(generatedText)).toEqual(['亿元', '万亩', '万亩', '平方"米']);
    drawn((el, side) => (side === '::after' && el.tagName === 'SPAN' ? '"亿元"' : 'none'));
    expect(buildTextMap(page('<p style="visibility:hidden"><span>52.7</span></p><p>完成<span>68.9</span></p>')).text).toBe('完成68.9亿元');
  });
});

describe('numberAtEdge: where drawn text is read', () => {
  it('is a digit at the edge, past whitespace', () => {
    expect([numberAtEdge(' 186.4 \n', '::after'), numberAtEdge('增长 9', '::after'), numberAtEdge('9.4%', '::after'), numberAtEdge('  ', '::after'), numberAtEdge('', '::after')]).toEqual([true, true, false, false, false]);
    expect([numberAtEdge('\u00a0800元', '::before'), numberAtEdge('来源 1', '::before')]).toEqual([true, false]);
  });
});

describe("generatedByRules: what the page's style sheets draw, where no pseudo-element is computed", () => {
  it('reads strings and attr() from the last matching rule, with the old one-colon pseudo-elements and selector lists', () => {
    const root = page(
      `<style>.v::after { content: attr(data-unit); } .b, .v.pct:after { content: '%'; } .price::before { content: "\\a5"; } li::before { content: counter(m) "．"; }</style>` +
        '<span class="v" data-unit="亿元">186.4</span><span class="v pct" data-unit="x">6.9</span><span class="price">800</span><ol><li>1</li></ol>',
    );
    const [unit, pct, price] = Array.from(root.querySelectorAll('span'));
    expect([generatedByRules(unit, '::after'), generatedByRules(pct, '::after'), generatedByRules(price, '::before'), generatedByRules(price, '::after')]).toEqual(['亿元', '%', '¥', '']);
    expect(generatedByRules(root.querySelector('li')!, '::before')).toBe('');
  });
});

describe('TextMap.toRange: offsets back to the DOM', () => {
  it('maps a span that crosses elements to one range', () => {
    const map = buildTextMap(page('<p>新增<span>1000</span>亩，<b>25</b><i>万</i>平方米</p>'));
    for (const figure of ['1000亩', '25万平方米']) {
      const start = map.text.indexOf(figure);
      const range = map.toRange(start, start + figure.length)!;
      expect(range.toString()).toBe(figure);
    }
  });

  it('maps a figure read across left-out noise to a range over the noise, in the page', () => {
    const map = buildTextMap(page('<p>新增果园3.5&#8203;万亩，装机<span style="font-size:0">7</span>6.8万千瓦</p>'));
    expect(map.text).toBe('新增果园3.5万亩，装机6.8万千瓦');
    const start = map.text.indexOf('3.5万亩');
    expect(map.toRange(start, start + '3.5万亩'.length)!.toString()).toBe('3.5\u200b万亩');
    const kw = map.text.indexOf('6.8万千瓦');
    expect(map.toRange(kw, kw + '6.8万千瓦'.length)!.toString()).toBe('6.8万千瓦');
  });

  it('maps spans after collapsed whitespace to the right characters', () => {
    const map = buildTextMap(page('<p>\n    The county   added\n   <em>11,640</em>   hectares.</p><p>  Then 3 more.</p>'));
    expect(map.text).toBe('The county added 11,640 hectares.\n\nThen 3 more.');
    for (const quote of ['added 11,640 hectares', 'Then 3', 'hectares.\n\nThen']) {
      const start = map.text.indexOf(quote);
      const range = map.toRange(start, start + quote.length)!;
      expect(range.toString().replace(/\s+/g, ' ')).toBe(quote.replace(/\s+/g, ' '));
    }
  });

  it('trims inserted boundaries at the edges and rejects empty spans', () => {
    const map = buildTextMap(page('<p>a</p><p>b</p>'));
    expect(map.toRange(1, 3)).toBeNull();
    expect(map.toRange(0, 3)!.toString()).toBe('a');
    expect(map.toRange(2, 0)).toBeNull();
    expect(map.toRange(0, 99)).toBeNull();
  });
});

describe('TextMap.offsetOf and spanOf: DOM positions to offsets', () => {
  it('round-trips every span of a page', () => {
    const map = buildTextMap(page('<h2>临安</h2><p>出让<span>工业用地</span> 1000亩，<a href="#">盘活</a>低效用地3000亩。</p>'));
    for (let start = 0; start < map.text.length; start++) {
      for (let end = start + 1; end <= Math.min(map.text.length, start + 6); end++) {
        const range = map.toRange(start, end);
        if (!range) continue;
        const span = map.spanOf(range)!;
        expect(map.text.slice(span.start, span.end).trim()).toBe(map.text.slice(start, end).trim());
      }
    }
  });

  it('maps element positions (as a selection gives them) to the nearest text', () => {
    const root = page('<p>one</p><p>two</p>');
    const map = buildTextMap(root);
    const range = document.createRange();
    range.setStart(root, 1);
    range.setEnd(root, 2);
    const span = map.spanOf(range)!;
    expect(map.text.slice(span.start, span.end)).toBe('two');
  });

  // The first and last child positions take a shortcut past the NodeList; every index must agree with it.
  it('maps every child position of an element, first, middle and last, and none past the end', () => {
    const root = page('<p id="p">甲<b>乙</b><!-- note -->丙<script>丁</script><i>戊</i></p><p>己</p>');
    const map = buildTextMap(root);
    const p = document.getElementById('p')!;
    const forward = Array.from({ length: p.childNodes.length + 1 }, (_, k) => map.offsetOf(p, k, 'forward'));
    const backward = Array.from({ length: p.childNodes.length + 1 }, (_, k) => map.offsetOf(p, k, 'backward'));
    expect(map.text).toBe('甲乙丙戊\n\n己');
    // Children: 甲, <b>乙</b>, comment, 丙, <script>, <i>戊</i>; position k is before child k.
    expect(forward).toEqual([0, 1, 2, 2, 3, 3, 6]);
    expect(backward).toEqual([null, 1, 2, 2, 3, 3, 4]);
    expect(() => map.offsetOf(p, p.childNodes.length + 1, 'backward')).toThrow();
  });
});

// Speed is measured in a real browser by bench/highlight.bench.ts; this checks a many-node page.
describe('buildTextMap: a page of many paragraphs', () => {
  it('keeps one segment per text node and maps the last figure', () => {
    const paragraph = '<p>临安区今年计划出让工业用地<span>1000</span>亩，盘活低效用地3000亩。</p>';
    const root = page(paragraph.repeat(500));
    const map = buildTextMap(root);
    expect(map.segments.length).toBe(500 * 3);
    const last = map.text.lastIndexOf('1000亩');
    expect(map.toRange(last, last + 5)!.toString()).toBe('1000亩');
  });
});

describe('startTextMap: the beginning of a page first', () => {
  // Segments as plain values, with each node by identity (toEqual would compare nodes by content).
  const nodes: Node[] = [];
  const plain = (segments: readonly Segment[]) =>
    segments.map(({ start, end, node, nodeOffset }) => [start, end, nodeOffset, nodes.includes(node) ? nodes.indexOf(node) : nodes.push(node) - 1]);
  const html =
    '<h1>标题 <b>一</b></h1><p>第一段 <span>25万</span>平方米，\n  新增1000亩。<br>第二行</p>' +
    '<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table><pre>a  b\nc</pre>' +
    '<div>文字<p hidden>隐藏</p><div><p>深处 3000亩</p></div>尾</div><p>  最后   一段 </p>';

  it('maps, at every stopping length, a prefix of the whole map that ends where a line ends', () => {
    const root = page(html);
    const whole = buildTextMap(root);
    for (let length = 0; length <= whole.text.length + 1; length++) {
      const mapping = startTextMap(root);
      const done = mapping.advance(length);
      const head = mapping.map();
      expect(whole.text.startsWith(head.text), `${length}`).toBe(true);
      expect(done).toBe(mapping.next === null);
      if (!done) {
        expect(head.text.length).toBeGreaterThanOrEqual(length);
        expect(whole.text[head.text.length]).toBe('\n');
        // Every node before the next one (but its ancestors) is read; the next one is not.
        const mapped = new Set(head.segments.map((s) => s.node));
        expect(mapped.has(mapping.next as Text)).toBe(false);
      }
      // Same characters from the same nodes at the same offsets.
      expect(plain(head.segments)).toEqual(plain(whole.segments.slice(0, head.segments.length)));
      for (const figure of ['25万平方米', '1000亩', '3000亩']) {
        const at = head.text.indexOf(figure);
        if (at >= 0) expect(head.toRange(at, at + figure.length)!.toString()).toBe(figure);
      }
      // Going on from there ends with the whole map, and the map of the beginning stays as it was.
      const text = head.text;
      expect(mapping.advance(Infinity)).toBe(true);
      expect(mapping.map().text).toBe(whole.text);
      expect(plain(mapping.map().segments)).toEqual(plain(whole.segments));
      expect(head.text).toBe(text);
      expect(plain(head.segments)).toEqual(plain(whole.segments.slice(0, head.segments.length)));
    }
  });

  it('maps nothing of a root it does not enter', () => {
    const root = page('<p hidden>x</p>');
    const mapping = startTextMap(root.firstElementChild!);
    expect(mapping.next).toBeNull();
    expect(mapping.advance(10)).toBe(true);
    expect(mapping.map().text).toBe('');
  });
});
