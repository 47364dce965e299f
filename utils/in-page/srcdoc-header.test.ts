/**
 * A srcdoc frame's article is dated and sourced by the info line the page writes right above the frame.
 */
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { headerAboveFrame } from './srcdoc-header';

const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});

function parent(body: string): Document {
  const window = new Window({ url: 'https://www.jo.gov.cn/zwgk/t20240718_6512345.htm', settings: { disableJavaScriptEvaluation: true } });
  windows.push(window);
  window.document.write(`<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

/** The frame's document as the analysis sees it: address `about:srcdoc`, its frame element in the parent. */
function frameDocument(parentDoc: Document, href = 'about:srcdoc'): Document {
  return { location: { href }, defaultView: { frameElement: parentDoc.querySelector('iframe') } } as unknown as Document;
}

const TITLE = '<div class="title">建瓯竹产业上半年产值86.4亿元 同比增长11.2%</div>';
const INFO = '<div class="attr"><span>发布时间：2024-07-18 10:26</span><span>信息来源：建瓯市林业局</span><span>浏览次数：1482</span></div>';

describe('headerAboveFrame', () => {
  it('reads the date and source of the info line right above the frame', () => {
    const doc = parent(`<div class="bar">今天是：2024年7月22日 星期一</div><div class="page">${TITLE}${INFO}<iframe srcdoc="x"></iframe></div>`);
    expect(headerAboveFrame(frameDocument(doc))).toEqual({ date: '2024-07-18', source: '建瓯市林业局' });
  });

  it('looks past the frame’s container when the frame stands alone in it', () => {
    const doc = parent(`<div class="page">${TITLE}${INFO}<div class="zoom"><iframe srcdoc="x"></iframe></div></div>`);
    expect(headerAboveFrame(frameDocument(doc))).toEqual({ date: '2024-07-18', source: '建瓯市林业局' });
  });

  it('reads nothing far above the frame (a top bar’s date), nor for a document that is no srcdoc frame', () => {
    const far = parent(`<div class="bar">发布时间：2024-07-22</div><p>一</p><p>二</p><p>三</p><p>四</p><iframe srcdoc="x"></iframe>`);
    expect(headerAboveFrame(frameDocument(far))).toEqual({});
    const doc = parent(`${TITLE}${INFO}<iframe src="article.html"></iframe>`);
    expect(headerAboveFrame(frameDocument(doc, 'https://www.jo.gov.cn/article.html'))).toEqual({});
  });
});
