/**
 * An article's body in an `<iframe srcdoc>` of the page (a county CMS's editor HTML) is read, outside the browser,
 * where the frame stands: the outer page's title and date line and the frame's paragraphs are one article.
 */
import { describe, expect, it } from 'vitest';
import { articleText, findArticles } from './main-text';
import { htmlDocuments } from './testdata/html-document';
import { inlineSrcdocFrames } from './srcdoc-frame';

const page = htmlDocuments();
const parsed = (body: string) => page(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`);

const PARAGRAPHS = [
  '今年以来，全县竹林面积稳定在128.6万亩，1—6月竹产业实现产值86.4亿元，同比增长11.2%，笋竹加工企业达到47家。',
  '全县成立竹业专业合作社186家，带动1.2万户林农参与经营，户均年增收6800元，鲜笋收购量达到9.6万吨。',
  '下一步，县林业局将新建竹区机耕道150公里，力争到年底竹产业总产值突破180亿元，进一步做强笋竹精深加工。',
];

/** The frame's document as a CMS writes it into the attribute: quotes and ampersands as entities. */
function srcdoc(paragraphs: string[]): string {
  const html = `<!DOCTYPE html><html><head><style>p { text-indent: 2em; }</style></head><body>${paragraphs.map((p) => `<p class="x">${p}</p>`).join('')}</body></html>`;
  return html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

const HEADER = '<div class="title">建瓯竹产业上半年产值86.4亿元</div><div class="attr">发布时间：2024-07-18 10:26　信息来源：建瓯市林业局</div>';

describe('inlineSrcdocFrames', () => {
  it('puts the frame’s body where the frame stands, its styles left out, so the page reads as one article', () => {
    const doc = parsed(`${HEADER}<iframe class="article-frame" srcdoc="${srcdoc(PARAGRAPHS)}"></iframe><div>【打印本页】【关闭窗口】</div>`);
    expect(findArticles(doc)).toEqual([]);
    inlineSrcdocFrames(doc);
    expect(doc.querySelector('iframe')).toBeNull();
    expect(doc.querySelectorAll('p.x')).toHaveLength(3);
    const [article] = findArticles(doc);
    const text = articleText(article);
    for (const p of PARAGRAPHS) expect(text).toContain(p);
    expect(text).not.toContain('text-indent');
  });

  it('leaves a frame the extension would not read: declared smaller than its gate, or hidden', () => {
    const doc = parsed(
      `${HEADER}<iframe width="300" height="250" srcdoc="${srcdoc(PARAGRAPHS.slice(0, 1))}"></iframe>` +
        `<iframe hidden srcdoc="${srcdoc(PARAGRAPHS.slice(1, 2))}"></iframe>` +
        `<iframe style="display: none" srcdoc="${srcdoc(PARAGRAPHS.slice(2))}"></iframe>`,
    );
    inlineSrcdocFrames(doc);
    expect(doc.querySelectorAll('iframe')).toHaveLength(3);
    expect(doc.querySelectorAll('p.x')).toHaveLength(0);
  });
});
