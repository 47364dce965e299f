/**
 * Declarative shadow DOM in a document parsed outside a browser (the command line's happy-dom): the templates become
 * their hosts' shadow roots, and the article finder and `articleText` read the page as a browser renders it.
 */
import { describe, expect, it } from 'vitest';
import { attachDeclarativeShadowRoots } from './declarative-shadow';
import { articleText, findArticles } from './main-text';
import { htmlDocuments } from './testdata/html-document';

const page = htmlDocuments();
const parsed = (body: string) => page(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`);

const PARAGRAPHS = [
  '今年一季度，全县共接待游客586.3万人次，同比增长18.6%；实现旅游综合收入52.4亿元，同比增长21.3%，乡村旅游项目建设稳步推进。',
  '全县现有茶园面积20.6万亩，其中有机茶园8.5万亩，建成茶旅融合示范基地26个，带动周边农户发展民宿和农家乐，产业融合发展势头良好。',
  '全县计划投入文旅项目资金15亿元，推进18个重点项目建设，力争全年接待游客突破3000万人次，进一步擦亮乡村旅游品牌，促进群众增收。',
];

describe('attachDeclarativeShadowRoots', () => {
  it('makes each template with shadowrootmode its host’s shadow root, nested components too, and leaves no template', () => {
    const doc = parsed(
      '<x-page><template shadowrootmode="open"><x-card><template shadowrootmode="open"><p>内层</p></template></x-card></template></x-page>',
    );
    attachDeclarativeShadowRoots(doc);
    const page = doc.querySelector('x-page')!;
    const card = page.shadowRoot!.querySelector('x-card')!;
    expect(card.shadowRoot!.textContent).toBe('内层');
    expect(doc.querySelectorAll('template')).toHaveLength(0);
    expect(page.shadowRoot!.querySelectorAll('template')).toHaveLength(0);
  });

  it('attaches a closed root closed: its text is read no more than in the browser', () => {
    const doc = parsed('<x-c><template shadowrootmode="closed"><p>封闭</p></template><template shadowrootmode="open"><p>二</p></template></x-c>');
    attachDeclarativeShadowRoots(doc);
    const host = doc.querySelector('x-c')!;
    expect(host.shadowRoot).toBeNull();
    expect(host.querySelectorAll('template')).toHaveLength(1);
    expect(doc.body.textContent).not.toContain('封闭');
  });

  it('leaves a plain template and a second declarative root of the same host alone', () => {
    const doc = parsed(
      '<x-a><template shadowrootmode="open"><p>一</p></template><template shadowrootmode="open"><p>二</p></template></x-a><template id="plain"><p>三</p></template>',
    );
    attachDeclarativeShadowRoots(doc);
    expect(doc.querySelector('x-a')!.shadowRoot!.textContent).toBe('一');
    expect(doc.querySelector('#plain')).not.toBeNull();
  });

  it('lets the command line read the article as rendered: its shadow content, a slotted byline, no unslotted child', () => {
    const doc = parsed(
      `<x-article><template shadowrootmode="open"><h1>婺源一季度接待游客586.3万人次</h1><div class="meta">2024-04-26 来源：上饶日报 <slot name="byline"></slot></div>` +
        PARAGRAPHS.map((p) => `<p>${p}</p>`).join('') +
        `</template><span slot="byline">记者 程晓峰</span><div slot="promo">新用户领红包最高88元</div></x-article>`,
    );
    attachDeclarativeShadowRoots(doc);
    const [article, ...others] = findArticles(doc, { force: true });
    expect(others).toEqual([]);
    const text = articleText(article);
    expect(text).toContain('记者 程晓峰');
    for (const p of PARAGRAPHS) expect(text).toContain(p);
    expect(text).not.toContain('88元');
  });
});
