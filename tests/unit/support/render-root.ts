/**
 * A place to render a component in tests (happy-dom), with the browser's messages answered as their key and
 * substitutions (`popup_figures_so_far:12`), so that a test reads which message a screen chose and with what.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export function renderRoot(): HTMLElement {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string[]) => [key, ...(subs ?? [])].join(':')) as typeof fakeBrowser.i18n.getMessage;
  document.body.innerHTML = '<div id="root"></div>';
  return document.getElementById('root')!;
}
