/**
 * Typed sending and routing of the messages in utils/messages.ts. Handlers live in tables keyed by
 * message type, so adding a message to the union makes the compiler ask for its handler.
 *
 * Replies use `sendResponse` + `return true` rather than a returned Promise: Chrome's native API,
 * the webextension polyfill and WXT's fake browser all honour that form, and a listener that does
 * not know a message returns `undefined`, leaving it to another listener (the side panel and the
 * background both hear a content script's `runtime.sendMessage`).
 */
import { browser, type Browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundResponse, ContentRequest, ContentResponse, PageSummary } from '../messages';

export type MessageSender = Browser.runtime.MessageSender;

/** A handler's exception crosses the process boundary as data; the sender throws it again. */
interface FailedReply {
  messagingError: string;
}

export type BackgroundHandlers = {
  [K in BackgroundRequest['type']]: (
    request: Extract<BackgroundRequest, { type: K }>,
    sender: MessageSender,
  ) => Promise<BackgroundResponse<K>> | BackgroundResponse<K>;
};

export type ContentHandlers = {
  [K in ContentRequest['type']]: (
    request: Extract<ContentRequest, { type: K }>,
  ) => Promise<ContentResponse<K>> | ContentResponse<K>;
};

export async function sendToBackground<R extends BackgroundRequest>(request: R): Promise<BackgroundResponse<R['type']>> {
  return unwrap(await browser.runtime.sendMessage(request), request.type);
}

/** No content script in the frame answered: a browser page, the web store, a page still loading, a frame gone. */
export class FrameUnreachable extends Error {}

/**
 * Sends to one frame of a tab (the top frame unless told): never to the whole tab, where whichever of
 * several frames' content scripts answered first would win. Extension pages send to the page with
 * `sendToPage`, which lets the background choose the frame; this is for the background itself.
 */
export async function sendToTab<R extends ContentRequest>(tabId: number, request: R, frameId = 0): Promise<ContentResponse<R['type']>> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, request, { frameId });
  } catch (error) {
    throw new FrameUnreachable(error instanceof Error ? error.message : String(error));
  }
  if (reply === undefined) throw new FrameUnreachable(`No reply to "${request.type}"`);
  return unwrap(reply, request.type);
}

/**
 * Sends to the frame of the tab that holds its article (utils/background/frames.ts), through the
 * background, which knows which frame that is. Throws when no frame answers, like `sendToTab`.
 */
export async function sendToPage<R extends ContentRequest>(tabId: number, request: R): Promise<ContentResponse<R['type']>> {
  return (await sendToBackground({ type: 'send-to-page', tabId, request })) as ContentResponse<R['type']>;
}

/** Listens for BackgroundRequests (in the service worker); returns a function that stops listening. */
export function routeBackgroundMessages(handlers: BackgroundHandlers): () => void {
  return route(handlers as unknown as Record<string, Handler>, true);
}

/** Listens for ContentRequests (in the content script); returns a function that stops listening. */
export function routeContentMessages(handlers: ContentHandlers): () => void {
  return route(handlers as unknown as Record<string, Handler>, false);
}

/**
 * Calls `listener` whenever a content script reports that its page changed (extension pages hear the
 * same `page-state-changed` the background does). Never replies, so the background's reply stands.
 */
export function onPageStateChanged(listener: (tabId: number, summary: PageSummary) => void): () => void {
  const onMessage = (message: unknown, sender: MessageSender): undefined => {
    const request = message as Partial<BackgroundRequest> | null;
    if (request?.type === 'page-state-changed' && sender.tab?.id !== undefined) {
      listener(sender.tab.id, (request as Extract<BackgroundRequest, { type: 'page-state-changed' }>).summary);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}

type Handler = (request: { type: string }, sender?: MessageSender) => unknown;

function route(handlers: Record<string, Handler>, passSender: boolean): () => void {
  const onMessage = (message: unknown, sender: MessageSender, sendResponse: (reply: unknown) => void): true | undefined => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) return undefined;
    const handler = handlers[type];
    Promise.resolve()
      .then(() => (passSender ? handler(message as { type: string }, sender) : handler(message as { type: string })))
      .then(
        (reply) => sendResponse(reply ?? null),
        (error: unknown) => sendResponse({ messagingError: error instanceof Error ? error.message : String(error) } satisfies FailedReply),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}

function unwrap<T>(reply: unknown, type: string): T {
  if (reply && typeof reply === 'object' && 'messagingError' in reply) {
    throw new Error(String((reply as FailedReply).messagingError));
  }
  if (reply === undefined) throw new Error(`No reply to "${type}"`);
  return reply as T;
}
