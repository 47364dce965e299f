/**
 * Interface text of the export/import panel in zh-CN and English. Kept here until the shared i18n
 * (utils/i18n, public/_locales) takes it over; both tables have the same type, so the compiler
 * checks that neither language misses a line.
 */
import type { ExportFormat } from '../utils/exchange/formats';
import type { ImportProblem } from '../utils/exchange/problems';

export type ExchangeLocale = 'zh-CN' | 'en';

const en = {
  title: 'Export and import',
  exportHeading: 'Export',
  importHeading: 'Import',
  formatLegend: 'Format',
  scopeLegend: 'Articles',
  scopeAll: 'All saved articles',
  scopeSelection: (n: number) => `The current selection (${n} ${n === 1 ? 'article' : 'articles'})`,
  formats: {
    backup: ['Full backup (JSON)', 'Everything: articles, claims, notes, verdicts and settings. Restores into Figure Finder.'],
    'web-annotation': ['Notes as W3C Web Annotations (JSON-LD)', 'Notes with their quotes, tags and verdicts, for other annotation tools.'],
    csv: ['Claims as CSV', 'One row per claim, for Excel, LibreOffice and other spreadsheets (UTF-8, Chinese text intact).'],
    markdown: ['Markdown notes (ZIP)', 'One Markdown file per article with front matter, for Obsidian and other note apps.'],
    'claim-review': ['Verdicts as ClaimReview (JSON-LD)', 'schema.org ClaimReview markup for every claim with a verdict.'],
  } satisfies Record<ExportFormat, [string, string]>,
  exportButton: 'Export',
  exporting: 'Exporting…',
  exportProgress: 'Export progress',
  exported: (n: number, file: string) => `Exported ${n} ${n === 1 ? 'article' : 'articles'} to ${file}.`,
  exportFailed: (why: string) => `The export failed: ${why}`,
  downloadAgain: 'Download again',
  dropZone: 'Choose a file or drop it here',
  dropHint: 'A Figure Finder backup, W3C Web Annotations (.json, .jsonld) or a Hypothesis export (.json).',
  chooseFile: 'Choose file to import',
  reading: (name: string) => `Reading and checking ${name}…`,
  readProgress: 'Import progress',
  refusedHeading: (name: string) => `${name} was not imported`,
  refusedIntro: 'Nothing was written to your library. The first problems found:',
  moreProblems: (n: number) => `…and ${n} more.`,
  previewHeading: (name: string) => `Preview of ${name}`,
  kinds: { backup: 'Figure Finder backup', 'web-annotation': 'W3C Web Annotations', hypothesis: 'Hypothesis export' },
  fileKind: (kind: string) => `File type: ${kind}`,
  summaryCaption: 'What the import would do',
  recordKind: 'Records',
  articles: 'Articles',
  claims: 'Claims',
  notes: 'Notes',
  added: 'New',
  duplicates: 'Already here',
  updated: 'Newer in the file (will update)',
  keptLocal: 'Newer here (kept)',
  placeholders: (n: number) =>
    `${n} ${n === 1 ? 'page is' : 'pages are'} not in your library; ${n === 1 ? 'its' : 'their'} notes will wait in a placeholder article until you save the page.`,
  detached: (n: number) =>
    `${n} ${n === 1 ? 'note is' : 'notes are'} about a figure your library does not have; ${n === 1 ? 'it' : 'they'} will be kept as ${n === 1 ? 'a note' : 'notes'} on the same text.`,
  skipped: (pageNotes: number, replies: number) =>
    `Not imported because they point at no text: ${pageNotes} page ${pageNotes === 1 ? 'note' : 'notes'} and ${replies} ${replies === 1 ? 'reply' : 'replies'}.`,
  rowsCaption: 'Articles the import touches',
  rowTitle: 'Article',
  rowChange: 'Change',
  rowClaims: 'Claims new / updated / kept',
  rowNotes: 'Notes new / updated / kept',
  changes: { new: 'New', updated: 'Updated', unchanged: 'Conflicts, local kept' },
  placeholderTag: '(placeholder)',
  moreRows: (n: number) => `…and ${n} more articles.`,
  nothingNew: 'Everything in this file is already in your library. Importing it would change nothing.',
  restoreSettings: 'Also restore the settings saved in this backup',
  confirm: 'Import',
  cancel: 'Cancel',
  close: 'Close',
  importing: 'Importing…',
  imported: (n: number) => `Import finished: ${n} ${n === 1 ? 'article' : 'articles'} written.`,
  settingsRestored: 'Settings restored.',
  partial: (written: number, notWritten: number, why: string) =>
    `The import stopped: ${why} ${written} ${written === 1 ? 'article was' : 'articles were'} written completely; ${notWritten} ${notWritten === 1 ? 'was' : 'were'} not. Nothing stored was lost. Free some space and import the same file again to finish.`,
  storageFull: 'the browser’s storage is full.',
  workFailed: (why: string) => `Something went wrong: ${why}`,
  problem: (p: ImportProblem): string => {
    switch (p.code) {
      case 'file-too-large': return `The file is ${mb(p.bytes)}; the largest file accepted is ${mb(p.limit)}.`;
      case 'empty-file': return 'The file is empty.';
      case 'not-json': return p.truncated ? 'The file ends in the middle of the data: it was cut short (an incomplete download or copy?).' : `The file is not JSON (${p.detail}).`;
      case 'unsafe-key': return `${where(p.path)}: the key “${p.key}” is not allowed (it could change how the program behaves).`;
      case 'unknown-format': return 'This is not a format Figure Finder reads: a Figure Finder backup, W3C Web Annotations or a Hypothesis export.';
      case 'wrong-version': return `This backup has version ${p.version}; this Figure Finder reads versions 1 to ${p.supported}. Update Figure Finder to import it.`;
      case 'missing': return `${where(p.path)}: missing.`;
      case 'wrong-type': return `${where(p.path)}: should be ${typeName(p.expected)}.`;
      case 'bad-value': return `${where(p.path)}: not a valid value${p.allowed ? ` (allowed: ${p.allowed.join(', ')})` : ''}.`;
      case 'too-long': return `${where(p.path)}: text too long (at most ${p.limit.toLocaleString('en')} characters).`;
      case 'too-many': return `${where(p.path)}: too many entries (at most ${p.limit.toLocaleString('en')}).`;
      case 'too-few': return `${where(p.path)}: too few entries (at least ${p.limit}).`;
      case 'unsafe-url': return `${where(p.path)}: not a web address (links that could run script are refused).`;
      case 'unsafe-color': return `${where(p.path)}: not a plain colour value.`;
      case 'duplicate-id': return `${where(p.path)}: the id “${p.id}” appears twice.`;
      case 'unknown-reference': return `${where(p.path)}: refers to “${p.id}”, which the file does not hold.`;
      case 'anchor-outside-text': return `${where(p.path)}: the place lies outside its article’s text, and the anchor has no quote to find it by.`;
    }
  },
};

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
function where(path: string): string {
  return path === '(file)' ? 'At the top of the file' : path;
}
function typeName(expected: string): string {
  return ({ string: 'text', number: 'a number', boolean: 'true or false', array: 'a list', object: 'an object' } as Record<string, string>)[expected] ?? expected;
}
function whereZh(path: string): string {
  return path === '(file)' ? '文件顶层' : path;
}
function typeNameZh(expected: string): string {
  return ({ string: '文本', number: '数字', boolean: 'true 或 false', array: '列表', object: '对象' } as Record<string, string>)[expected] ?? expected;
}

const zh: typeof en = {
  title: '导出与导入',
  exportHeading: '导出',
  importHeading: '导入',
  formatLegend: '格式',
  scopeLegend: '文章范围',
  scopeAll: '全部已保存文章',
  scopeSelection: (n) => `当前筛选或选中的 ${n} 篇文章`,
  formats: {
    backup: ['完整备份（JSON）', '全部内容：文章、数据、笔记、核查结论和设置，可恢复到数据寻证。'],
    'web-annotation': ['笔记：W3C Web Annotation（JSON-LD）', '笔记及其引文、标签和核查结论，供其他批注工具使用。'],
    csv: ['数据表：CSV', '每条数据一行，可用 Excel、LibreOffice 等表格软件打开（UTF-8，中文不乱码）。'],
    markdown: ['Markdown 笔记（ZIP）', '每篇文章一个 Markdown 文件，带 front matter，适用于 Obsidian 等笔记软件。'],
    'claim-review': ['核查结论：ClaimReview（JSON-LD）', '为每条有核查结论的数据生成 schema.org ClaimReview 标记。'],
  },
  exportButton: '导出',
  exporting: '正在导出…',
  exportProgress: '导出进度',
  exported: (n, file) => `已导出 ${n} 篇文章到 ${file}。`,
  exportFailed: (why) => `导出失败：${why}`,
  downloadAgain: '再次下载',
  dropZone: '选择文件，或把文件拖到这里',
  dropHint: '数据寻证备份、W3C Web Annotation（.json、.jsonld）或 Hypothesis 导出文件（.json）。',
  chooseFile: '选择要导入的文件',
  reading: (name) => `正在读取并检查 ${name}…`,
  readProgress: '导入进度',
  refusedHeading: (name) => `未导入 ${name}`,
  refusedIntro: '资料库没有任何改动。发现的前几个问题：',
  moreProblems: (n) => `……另有 ${n} 个问题。`,
  previewHeading: (name) => `${name} 导入预览`,
  kinds: { backup: '数据寻证备份', 'web-annotation': 'W3C Web Annotation', hypothesis: 'Hypothesis 导出文件' },
  fileKind: (kind) => `文件类型：${kind}`,
  summaryCaption: '导入将进行的操作',
  recordKind: '记录',
  articles: '文章',
  claims: '数据',
  notes: '笔记',
  added: '新增',
  duplicates: '已存在',
  updated: '文件中较新（将更新）',
  keptLocal: '本地较新（保留本地）',
  placeholders: (n) => `有 ${n} 个网页不在资料库中，其笔记将暂存在占位文章里，直到你保存该网页。`,
  detached: (n) => `有 ${n} 条笔记所指的数据不在资料库中，将作为同一段文字上的笔记保留。`,
  skipped: (pageNotes, replies) => `以下内容没有指向具体文字，未导入：整页笔记 ${pageNotes} 条，回复 ${replies} 条。`,
  rowsCaption: '导入涉及的文章',
  rowTitle: '文章',
  rowChange: '变化',
  rowClaims: '数据 新增 / 更新 / 保留',
  rowNotes: '笔记 新增 / 更新 / 保留',
  changes: { new: '新增', updated: '更新', unchanged: '有冲突，保留本地' },
  placeholderTag: '（占位）',
  moreRows: (n) => `……另有 ${n} 篇文章。`,
  nothingNew: '此文件的全部内容已在资料库中，导入不会有任何改动。',
  restoreSettings: '同时恢复备份中的设置',
  confirm: '导入',
  cancel: '取消',
  close: '关闭',
  importing: '正在导入…',
  imported: (n) => `导入完成：已写入 ${n} 篇文章。`,
  settingsRestored: '设置已恢复。',
  partial: (written, notWritten, why) =>
    `导入中断：${why}已完整写入 ${written} 篇文章，另有 ${notWritten} 篇未写入。已保存的内容没有丢失。请释放存储空间后重新导入同一文件以完成导入。`,
  storageFull: '浏览器存储空间已满。',
  workFailed: (why) => `出现错误：${why}`,
  problem: (p) => {
    switch (p.code) {
      case 'file-too-large': return `文件大小为 ${mb(p.bytes)}，最大只接受 ${mb(p.limit)}。`;
      case 'empty-file': return '文件是空的。';
      case 'not-json': return p.truncated ? '文件在数据中途结束，内容不完整（下载或复制未完成？）。' : `文件不是 JSON 格式（${p.detail}）。`;
      case 'unsafe-key': return `${whereZh(p.path)}：不允许使用键名“${p.key}”（它可能改变程序的行为）。`;
      case 'unknown-format': return '无法识别的格式。可导入：数据寻证备份、W3C Web Annotation 或 Hypothesis 导出文件。';
      case 'wrong-version': return `此备份的版本为 ${p.version}，当前数据寻证只能读取版本 1 至 ${p.supported}。请更新数据寻证后再导入。`;
      case 'missing': return `${whereZh(p.path)}：缺少此项。`;
      case 'wrong-type': return `${whereZh(p.path)}：应为${typeNameZh(p.expected)}。`;
      case 'bad-value': return `${whereZh(p.path)}：取值无效${p.allowed ? `（可用值：${p.allowed.join('、')}）` : ''}。`;
      case 'too-long': return `${whereZh(p.path)}：文字过长（最多 ${p.limit} 个字符）。`;
      case 'too-many': return `${whereZh(p.path)}：条目过多（最多 ${p.limit} 条）。`;
      case 'too-few': return `${whereZh(p.path)}：条目过少（至少 ${p.limit} 条）。`;
      case 'unsafe-url': return `${whereZh(p.path)}：不是网页地址（可能执行脚本的链接会被拒绝）。`;
      case 'unsafe-color': return `${whereZh(p.path)}：不是普通的颜色值。`;
      case 'duplicate-id': return `${whereZh(p.path)}：标识“${p.id}”重复出现。`;
      case 'unknown-reference': return `${whereZh(p.path)}：引用的“${p.id}”不在此文件中。`;
      case 'anchor-outside-text': return `${whereZh(p.path)}：位置超出所属文章的正文，且锚点没有可供查找的引文。`;
    }
  },
};

export type ExchangeStrings = typeof en;

export function exchangeStrings(locale: ExchangeLocale): ExchangeStrings {
  return locale === 'zh-CN' ? zh : en;
}

/** The browser's language mapped onto ours: any Chinese → zh-CN, everything else → en. */
export function browserExchangeLocale(): ExchangeLocale {
  const language = typeof navigator === 'undefined' ? 'en' : navigator.language;
  return language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
