/**
 * The toolbar badge: how many figures the page's regional-development articles hold, per tab.
 * Figures in articles that are not about regional development are left out, so the badge lights
 * up where the extension has something to offer rather than on every page with a number.
 */
import { browser } from 'wxt/browser';
import type { PageSummary } from '../messages';

const BADGE_COLOR = '#0b6e4f';

/** `action` in Manifest V3; Firefox's default Manifest V2 build calls it `browserAction`. */
function toolbarButton(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** Badge text for a count: empty for none, and at most four characters (Chrome cuts longer text). */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

export async function showPageBadge(tabId: number, summary: PageSummary): Promise<void> {
  await toolbarButton().setBadgeText({ tabId, text: badgeText(summary.relevantClaims) });
  await toolbarButton().setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
}

export async function clearBadge(tabId: number): Promise<void> {
  await toolbarButton().setBadgeText({ tabId, text: '' });
}
