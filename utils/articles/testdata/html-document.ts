/**
 * For tests: an HTML string as a parsed Document (happy-dom, no scripts or stylesheets run), closed after
 * each test of the file that calls `htmlDocuments()` at its top level.
 */
import { Window } from 'happy-dom';
import { afterEach } from 'vitest';

export function htmlDocuments(): (html: string) => Document {
  const windows: Window[] = [];
  afterEach(async () => {
    await Promise.all(windows.splice(0).map((w) => w.happyDOM.close()));
  });
  return (html) => {
    const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
    windows.push(window);
    window.document.write(html);
    return window.document as unknown as Document;
  };
}
