/**
 * Opening the extension's own surfaces: the side panel (Chrome `sidePanel`, Firefox
 * `sidebar_action`) and the library dashboard (an extension page, `dashboard.html#article=ID`).
 * Both browsers only open a side panel in response to a user action, so callers are click handlers
 * (popup buttons, context menu clicks) or messages sent straight from one.
 */
import { browser } from 'wxt/browser';

interface SidebarBrowser {
  sidePanel?: { open(options: { windowId?: number; tabId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens the side panel (the global one, which follows whichever tab the reader switches to) in the
 * given tab's window. Called straight from a click: awaiting anything first would lose the user
 * gesture the browser asks for.
 */
export async function openSidePanel(where: { tabId?: number; windowId?: number }): Promise<void> {
  const api = browser as unknown as SidebarBrowser;
  if (api.sidePanel) {
    if (where.tabId === undefined && where.windowId === undefined) throw new Error('No window to open the side panel in');
    await api.sidePanel.open(where.tabId !== undefined ? { tabId: where.tabId } : { windowId: where.windowId });
  } else if (api.sidebarAction) {
    await api.sidebarAction.open();
  } else {
    throw new Error('This browser has no side panel');
  }
}

// Untyped on purpose: WXT types paths of built pages only, and the dashboard is another helper's page.
const extensionUrl = (path: string): string => (browser.runtime.getURL as (path: string) => string)(path);

/** The dashboard's address, pointing at one saved article when given. */
export function dashboardUrl(articleId?: string): string {
  const base = extensionUrl('/dashboard.html');
  return articleId ? `${base}#article=${encodeURIComponent(articleId)}` : base;
}

/** Shows the dashboard: reuses an open dashboard tab (so the reader keeps one library) or opens one. */
export async function openDashboard(articleId?: string): Promise<void> {
  const url = dashboardUrl(articleId);
  // Filtered here: match patterns in tabs.query do not accept the extension's own scheme.
  const page = extensionUrl('/dashboard.html');
  const existing = (await browser.tabs.query({})).find((tab) => tab.url?.startsWith(page));
  if (existing?.id !== undefined) {
    await browser.tabs.update(existing.id, { active: true, url });
    if (existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url });
  }
}
