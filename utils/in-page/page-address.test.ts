/**
 * A srcdoc frame's document stands for the page that holds it: its address and, when it has none, its title.
 */
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { pageAddress, pageHost, pageTitle } from './page-address';

const windows: Window[] = [];
afterAll(async () => {
  await Promise.all(windows.map((w) => w.happyDOM.close()));
});

function page(url: string, html: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  windows.push(window);
  window.document.write(html);
  return window.document as unknown as Document;
}

/** A srcdoc document as the gate and the session see it: address `about:srcdoc`, base URL and frame element its parent's. */
function srcdocOf(parent: Document, title = ''): Document {
  const frame = parent.querySelector('iframe')!;
  return {
    location: { href: 'about:srcdoc' },
    baseURI: parent.baseURI,
    title,
    defaultView: { frameElement: frame },
  } as unknown as Document;
}

const PARENT = 'https://www.jo.gov.cn/zwgk/bmdt/202407/t20240718_6512345.htm';

describe('page address', () => {
  it('is a document’s own address and title', () => {
    const doc = page(PARENT, '<title>建瓯竹产业上半年产值86.4亿元-建瓯市人民政府</title><p>正文</p>');
    expect(pageAddress(doc)).toBe(PARENT);
    expect(pageTitle(doc)).toBe('建瓯竹产业上半年产值86.4亿元-建瓯市人民政府');
    expect(pageHost(doc)).toBe('www.jo.gov.cn');
  });

  it('is the parent page’s for a srcdoc frame’s document: its base URL, and its title when the frame has none', () => {
    const parent = page(PARENT, '<title>建瓯竹产业上半年产值86.4亿元-建瓯市人民政府</title><iframe srcdoc="&lt;p&gt;正文&lt;/p&gt;"></iframe>');
    expect(pageAddress(srcdocOf(parent))).toBe(PARENT);
    expect(pageHost(srcdocOf(parent))).toBe('www.jo.gov.cn');
    expect(pageTitle(srcdocOf(parent))).toBe('建瓯竹产业上半年产值86.4亿元-建瓯市人民政府');
    expect(pageTitle(srcdocOf(parent, '正文'))).toBe('正文');
  });
});
