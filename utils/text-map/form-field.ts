/**
 * A form field the reader cannot edit shows its value as page text: a 公示 or an information-disclosure record laid out
 * as a read-only form (`<input readonly value="128.6亩">`, a `<textarea readonly>` of a project's scale, the same
 * greyed out with `disabled`). The text map (./build.ts) and the command line (utils/articles/main-text.ts) read it as
 * text of no node, as they read text CSS draws: no range reaches a control's value, so its figures are read, not drawn.
 * A field the reader can edit holds the reader's own input (a search box, a pager's page number) and is no page text;
 * nor are buttons, check boxes and hidden fields, whose value is not shown as text.
 */
export function fieldText(el: Element, tag: string): string {
  if (tag !== 'INPUT' && tag !== 'TEXTAREA') return '';
  if (!el.hasAttribute('readonly') && !el.hasAttribute('disabled')) return '';
  if (tag === 'INPUT' && !TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? 'text').trim().toLowerCase())) return '';
  // The value the field shows now (a script may have filled it in), or as the HTML writes it where no value is kept.
  const value = (el as Partial<HTMLInputElement>).value;
  const shown = typeof value === 'string' ? value : tag === 'TEXTAREA' ? el.textContent : el.getAttribute('value');
  return (shown ?? '').replace(/\s+/g, ' ').trim();
}

/** Input types whose value is shown as a line of text. */
const TEXT_INPUT_TYPES = new Set(['text', 'number', 'search', 'tel', 'url', 'email', '']);
