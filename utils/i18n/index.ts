/**
 * Interface text in zh-CN and English. By default it follows the browser's language through
 * `browser.i18n.getMessage` (public/_locales). When the reader picks a language in the options that
 * the browser does not use, the chosen locale's messages.json is loaded and used instead, because
 * `getMessage` only ever answers in the browser's language (content scripts get the file through
 * the background).
 *
 * Messages take positional substitutions `$1`..`$9` written straight into the text (no named
 * placeholders), the form both Chrome's and Firefox's `getMessage` and our own loader understand.
 */
import { browser } from 'wxt/browser';
import { sendToBackground } from '../messaging';
import type { InterfaceLanguage } from '../settings';

export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');
export type Locale = 'zh-CN' | 'en';
type Messages = Record<string, { message: string }>;
export type Substitution = string | number;

/** A locale's messages.json folder name under public/_locales. */
export const LOCALE_DIRS: Record<Locale, string> = { 'zh-CN': 'zh_CN', en: 'en' };
const LOCALE_DIR_NAMES = Object.values(LOCALE_DIRS);

let loaded: Messages | null = null;
let locale: Locale = 'en';

/** The browser's interface language mapped onto ours: any Chinese → zh-CN, everything else → en. */
export function browserLocale(): Locale {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Reads a locale's messages from the extension's files; tests pass a loader that reads them from disk. */
export type LocaleLoader = (dir: string) => Promise<Messages>;

/** Reads a locale's messages.json from the extension's own files (extension pages, the worker). */
export const fetchLocale: LocaleLoader = async (dir) => {
  if (!LOCALE_DIR_NAMES.includes(dir)) throw new Error(`No interface language ${dir}`);
  const response = await fetch(browser.runtime.getURL(`/_locales/${dir}/messages.json` as '/'));
  if (!response.ok) throw new Error(`messages for ${dir}: HTTP ${response.status}`);
  return (await response.json()) as Messages;
};

/**
 * Extension pages and the worker read the file; a content script runs with the page's origin, which
 * may not read extension files, so it asks the background for them.
 */
const defaultLoader: LocaleLoader = (dir) =>
  typeof location !== 'undefined' && location.href.startsWith(browser.runtime.getURL('/' as '/'))
    ? fetchLocale(dir)
    : sendToBackground({ type: 'get-locale-messages', dir });

/**
 * Chooses the interface language before a page renders. With `auto`, or when loading the chosen
 * locale fails, text follows the browser. It touches no document: in a content script `document` is
 * the reader's page, whose language is the page's own (setting it re-styles and re-lays out the
 * whole page, and changes how its text is read aloud and which fonts draw it).
 */
export async function initI18n(language: InterfaceLanguage, load: LocaleLoader = defaultLoader): Promise<Locale> {
  const wanted = language === 'auto' ? browserLocale() : language;
  loaded = null;
  locale = browserLocale();
  if (wanted !== locale) {
    try {
      loaded = await load(LOCALE_DIRS[wanted]);
      locale = wanted;
    } catch (error) {
      console.warn('Figure Finder: interface language unavailable, following the browser', error);
    }
  }
  return locale;
}

/** The language interface text is shown in (for `lang` attributes and number formatting). */
export function currentLocale(): Locale {
  return locale;
}

export function t(key: MessageKey, substitutions?: Substitution | Substitution[]): string {
  const subs = (Array.isArray(substitutions) ? substitutions : substitutions === undefined ? [] : [substitutions]).map(String);
  if (loaded) return substitute(loaded[key]?.message ?? key, subs);
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  return getMessage(key, subs) || key;
}

/** `$1`..`$9` become substitutions, `$$` a dollar sign: what getMessage does. */
export function substitute(message: string, subs: string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, mark: string) => (mark === '$' ? '$' : subs[Number(mark) - 1] ?? ''));
}

/** Numbers as the interface language writes them (12,345.6 in both, but kept in one place). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** A list as the interface language writes it: "A, B, and C" or "A、B和C". */
export function formatList(items: string[]): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

/**
 * A label introducing what follows it ("Regions: …", "地区：…"), for screen-reader prefixes, accessible names and
 * messages: Chinese takes the full-width colon, with no space after it. Without `text`, the prefix alone.
 */
export function labelled(label: string, text = ''): string {
  return locale === 'zh-CN' ? `${label}：${text}` : `${label}: ${text}`;
}
