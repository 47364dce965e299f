import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

// Wires browser events to the pipeline's results; holds no domain logic.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const msg = message as { type?: string; count?: number };
    if (msg?.type === 'claims-found' && sender.tab?.id !== undefined) {
      const text = msg.count ? String(msg.count) : '';
      void browser.action.setBadgeText({ tabId: sender.tab.id, text });
      void browser.action.setBadgeBackgroundColor({ tabId: sender.tab.id, color: '#0b6e4f' });
    }
    return undefined;
  });
});
