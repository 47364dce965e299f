/**
 * One Markdown note per article, for Obsidian and other Markdown vaults: YAML front matter (title,
 * source, url, date, regions, tags), the claims as a table, the reader's notes as list items.
 *
 * Page text is data, not markup: every piece of it is escaped so that a `|` cannot split a table
 * cell, a `#` cannot become an Obsidian tag, `[[` cannot become a link and `<script>` stays visible
 * text. Front matter values are JSON strings, which YAML reads as double-quoted scalars.
 */
import type { ClaimRecord, SavedArticle } from '../../store/types';
import { articleTags, claimNotes, notesByClaim } from './claim-notes';

export interface MarkdownFile {
  name: string;
  content: string;
}

/** ASCII punctuation that means something to CommonMark or Obsidian inside a line. */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|#~$=^!{}]/g;

/** Text as one safe line of Markdown: escaped, newlines folded to spaces. */
export function markdownText(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, (c) => `\\${c}`).replace(/\s*[\r\n]+\s*/g, ' ');
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

function yamlList(items: string[]): string {
  return items.length === 0 ? ' []' : items.map((item) => `\n  - ${yamlString(item)}`).join('');
}

function formatNumber(n: number | undefined): string {
  return n === undefined || !Number.isFinite(n) ? '' : String(n);
}

function claimValue(claim: ClaimRecord): string {
  return claim.range ? `${formatNumber(claim.range.low)}–${formatNumber(claim.range.high)}` : formatNumber(claim.value);
}

export function articleMarkdown(saved: SavedArticle): string {
  const { article } = saved;
  const lines = [
    '---',
    `title: ${yamlString(article.title)}`,
    `source: ${yamlString(article.site)}`,
    `url: ${yamlString(article.url)}`,
    ...(article.date ? [`date: ${yamlString(article.date)}`] : []),
    `regions:${yamlList(article.regions.map((r) => r.name))}`,
    `tags:${yamlList(articleTags(saved))}`,
    '---',
    '',
    `# ${markdownText(article.title)}`,
    '',
  ];
  const summaries = notesByClaim(saved);
  const claims = saved.claims.filter((c) => !c.dismissed).sort((a, b) => a.start - b.start);
  if (claims.length > 0) {
    lines.push('## Claims', '', '| Figure | Value | Unit | Normalized | Kind | Qualifier | Subject | Status | Note |');
    lines.push('| --- | ---: | --- | ---: | --- | --- | --- | --- | --- |');
    for (const claim of claims) {
      const notes = claimNotes(summaries, claim.id);
      const cells = [
        claim.text, claimValue(claim), claim.unit, `${formatNumber(claim.siValue)} ${claim.siUnit}`, claim.kind,
        claim.approx, claim.subject,
        notes.correctedValue === undefined ? notes.status : `${notes.status} (${formatNumber(notes.correctedValue)})`,
        notes.notes.join(' / '),
      ];
      lines.push(`| ${cells.map(markdownText).join(' | ')} |`);
    }
    lines.push('');
  }
  const notes = [...saved.annotations].sort((a, b) => a.anchor.position.start - b.anchor.position.start);
  if (notes.length > 0) {
    lines.push('## Notes', '');
    for (const a of notes) {
      const parts = [`“${markdownText(a.anchor.quote.exact)}”`];
      if (a.note.trim() !== '') parts.push(markdownText(a.note));
      if (a.status !== 'unverified') parts.push(`(${a.status})`);
      if (a.tags.length > 0) parts.push(`tags: ${a.tags.map(markdownText).join(', ')}`);
      if (a.evidenceUrl) parts.push(`<${a.evidenceUrl.replace(/[<>\s]/g, encodeURIComponent)}>`);
      lines.push(`- ${parts.join(' — ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Characters no file system or Obsidian link accepts in a name, and control characters. */
const UNSAFE_FILE_CHARS = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;
const MAX_NAME_CHARS = 80;

/** A file name safe on Windows, macOS, Linux and in Obsidian links, from a title and date. */
export function safeFileName(title: string, date: string | undefined): string {
  let name = `${date ? `${date} ` : ''}${title}`.replace(UNSAFE_FILE_CHARS, ' ').replace(/\s+/g, ' ').trim();
  name = [...name].slice(0, MAX_NAME_CHARS).join('').replace(/^[.\s]+|[.\s]+$/g, '');
  if (name === '' || WINDOWS_RESERVED.test(name)) name = `article${name === '' ? '' : ` ${name}`}`;
  return name;
}

/** One file per article, names unique regardless of letter case (Windows and macOS fold case). */
export function markdownFiles(saved: readonly SavedArticle[]): MarkdownFile[] {
  const used = new Set<string>();
  return saved.map((s) => {
    const base = safeFileName(s.article.title, s.article.date);
    let name = `${base}.md`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n}).md`;
    used.add(name.toLowerCase());
    return { name, content: articleMarkdown(s) };
  });
}
