/**
 * Starts an extension page: reads the settings, picks the interface language, then renders. The
 * language must be known before the first render so no text flashes in the wrong one.
 */
import { render, type ComponentChild } from 'preact';
import { initI18n, t, type MessageKey } from '../utils/i18n';
import { loadSettings, type Settings } from '../utils/settings';
import './panels.css';

export async function mountPage(
  root: HTMLElement,
  title: MessageKey,
  page: (settings: Settings) => ComponentChild,
): Promise<void> {
  const settings = await loadSettings();
  document.documentElement.lang = await initI18n(settings.language);
  document.title = t(title);
  render(page(settings), root);
}
