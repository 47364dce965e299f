/**
 * The reader's settings, kept in `browser.storage.local` under `settings`. Every reader goes through
 * `parseSettings`, which keeps each valid field and replaces only the broken ones with defaults, so a
 * bad value written by an older version never costs the reader the rest of their settings.
 */
import { browser } from 'wxt/browser';
import type { ClaimKind } from '../quantities/types';

export type InterfaceLanguage = 'auto' | 'zh-CN' | 'en';

export interface Settings {
  /** true: analyse every page on load. false: only when the reader asks (popup button or context menu). */
  autoDetect: boolean;
  /** Host names (a leading `*.` or bare domain also covers subdomains) where nothing runs. */
  skipSites: string[];
  /** Highlight colour per claim kind, as `#rrggbb`. */
  colors: Record<ClaimKind, string>;
  language: InterfaceLanguage;
}

export const SETTINGS_KEY = 'settings';

export const CLAIM_KINDS: readonly ClaimKind[] = [
  'area',
  'length',
  'volume',
  'weight',
  'count',
  'percent',
  'money',
  'duration',
  'power',
  'other',
];

/** Light tints that keep black text readable (contrast ≥ 7:1) and stay apart from each other. */
export const DEFAULT_COLORS: Record<ClaimKind, string> = {
  area: '#b7e4c7',
  length: '#a9def9',
  volume: '#bde0fe',
  weight: '#e4c1f9',
  count: '#fde68a',
  percent: '#ffc8dd',
  money: '#ffd6a5',
  duration: '#d0f4de',
  power: '#fcf6bd',
  other: '#e5e5e5',
};

export const DEFAULT_SETTINGS: Settings = {
  autoDetect: true,
  skipSites: [],
  colors: DEFAULT_COLORS,
  language: 'auto',
};

const LANGUAGES: readonly InterfaceLanguage[] = ['auto', 'zh-CN', 'en'];
const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** Validates stored or submitted settings field by field; anything unusable falls back to its default. */
export function parseSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const colors = { ...DEFAULT_COLORS };
  if (value.colors && typeof value.colors === 'object') {
    for (const kind of CLAIM_KINDS) {
      const color = (value.colors as Record<string, unknown>)[kind];
      if (typeof color === 'string' && HEX_COLOR.test(color)) colors[kind] = color.toLowerCase();
    }
  }
  return {
    autoDetect: typeof value.autoDetect === 'boolean' ? value.autoDetect : DEFAULT_SETTINGS.autoDetect,
    skipSites: Array.isArray(value.skipSites)
      ? dedupe(value.skipSites.flatMap((site) => (typeof site === 'string' ? normalizeSite(site) ?? [] : [])))
      : [],
    colors,
    language: LANGUAGES.includes(value.language as InterfaceLanguage) ? (value.language as InterfaceLanguage) : 'auto',
  };
}

/**
 * Turns what a reader types into a host name: `https://www.example.com/news/1` → `www.example.com`,
 * `*.gov.cn` → `gov.cn`. Returns null for text that cannot be a host.
 */
export function normalizeSite(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (!text) return null;
  text = text.replace(/^\*\./, '');
  try {
    const host = new URL(text.includes('://') ? text : `http://${text}`).hostname;
    return /^[a-z0-9.-]+$/.test(host) && !host.startsWith('.') && !host.endsWith('.') ? host : null;
  } catch {
    return null;
  }
}

/** Is `url` on a skipped site? A listed domain also covers its subdomains (gov.cn covers www.zj.gov.cn). */
export function isSkippedSite(url: string, skipSites: readonly string[]): boolean {
  // The loader asks on every page, and most readers skip no site: no URL to parse then.
  if (skipSites.length === 0) return false;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return skipSites.some((site) => host === site || host.endsWith(`.${site}`));
}

/** Whether pages at `url` are analysed without the reader asking. */
export function analysesAutomatically(settings: Settings, url: string): boolean {
  return settings.autoDetect && !isSkippedSite(url, settings.skipSites);
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Merges `changes` into the stored settings (validated) and returns what was stored. */
export async function saveSettings(changes: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...changes });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `listener` with the new settings whenever any page or tab changes them. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

function dedupe<T>(items: T[]): T[] {
  return [...new Set(items)];
}
