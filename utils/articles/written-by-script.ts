/**
 * An article an old CMS prints into the page from an inline script as the page loads: `var content = '<p>…</p>' +
 * '<p>…</p>'; document.write(content);` (county government sites print a 政务公开 article's body, a date or a view count
 * that way). A browser's parser runs the script and parses what it writes right after it, so the content script finds
 * the article in the page like any other. The command line runs no script; it writes in what such a script would write
 * when the script is nothing but string literals joined with `+`, variables holding them, and `document.write` calls of
 * them: then the result is plain, and no code is run to get it. Any other script (one that computes, reads the page or
 * calls anything else) is left alone.
 */

/** Puts what each such script writes right after it, as the parser would have (the script stays, as in the page). */
export function writeScriptedHtml(document: Document): void {
  for (const script of Array.from(document.querySelectorAll('script:not([src])'))) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (type && type !== 'text/javascript' && type !== 'application/javascript') continue;
    const code = script.textContent ?? '';
    if (!code.includes('document.write')) continue;
    const written = literalWrites(code);
    if (!written) continue;
    // (Parsed in a template, then placed whole: it is HTML, and no script it holds runs.)
    const template = document.createElement('template');
    template.innerHTML = written;
    script.parentNode?.insertBefore(template.content, script.nextSibling);
  }
}

/** What `code` writes, when it is only literal strings, variables of them and `document.write` calls; else null. */
export function literalWrites(code: string): string | null {
  const tokens = tokenize(code);
  if (!tokens) return null;
  const vars = new Map<string, string>();
  let written = '';
  let at = 0;
  const peek = () => tokens[at];
  /** A `+`-joined run of string literals and known variables. */
  const expression = (): string | null => {
    let value = '';
    for (;;) {
      const token = tokens[at++];
      if (token?.kind === 'string') value += token.text;
      else if (token?.kind === 'name' && vars.has(token.text)) value += vars.get(token.text)!;
      else return null;
      if (value.length > MAX_WRITTEN) return null;
      if (peek()?.text !== '+') return value;
      at++;
    }
  };
  while (at < tokens.length) {
    const token = tokens[at++];
    if (token.text === ';') continue;
    if (token.kind !== 'name') return null;
    if (token.text === 'var' || token.text === 'let' || token.text === 'const') {
      const name = tokens[at++];
      if (name?.kind !== 'name' || tokens[at++]?.text !== '=') return null;
      const value = expression();
      if (value === null) return null;
      vars.set(name.text, value);
    } else if (token.text === 'document.write' || token.text === 'document.writeln') {
      if (tokens[at++]?.text !== '(') return null;
      const value = expression();
      if (value === null || tokens[at++]?.text !== ')') return null;
      written += token.text === 'document.writeln' ? `${value}\n` : value;
      if (written.length > MAX_WRITTEN) return null;
    } else if (vars.has(token.text) && peek()?.text === '+=') {
      at++;
      const value = expression();
      if (value === null) return null;
      const joined = vars.get(token.text)! + value;
      if (joined.length > MAX_WRITTEN) return null;
      vars.set(token.text, joined);
    } else return null;
  }
  return written || null;
}

/**
 * More characters than any article a CMS prints (a long 公示 is some tens of thousands): a script that doubles a string
 * again and again (`a += a`) is no article, and would run out of memory, or throw, before it were written.
 */
const MAX_WRITTEN = 4_000_000;

interface Token {
  kind: 'name' | 'string' | 'punct';
  text: string;
}

/** The script's tokens (names may be dotted: `document.write`), or null at anything no literal script holds. */
function tokenize(code: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < code.length) {
    const rest = code.slice(i);
    const skip = /^(?:\s+|\/\/[^\n]*|\/\*[^]*?\*\/|<!--|-->)/.exec(rest);
    if (skip) {
      i += skip[0].length;
      continue;
    }
    const name = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/.exec(rest);
    const punct = /^(?:\+=|[=+();])/.exec(rest);
    if (name) {
      tokens.push({ kind: 'name', text: name[0] });
      i += name[0].length;
    } else if (punct) {
      tokens.push({ kind: 'punct', text: punct[0] });
      i += punct[0].length;
    } else if (rest[0] === '"' || rest[0] === "'") {
      const string = STRING[rest[0]].exec(rest);
      if (!string) return null;
      const text = unescaped(string[1]);
      if (text === null) return null;
      tokens.push({ kind: 'string', text });
      i += string[0].length;
    } else return null;
  }
  return tokens;
}

const STRING: Record<string, RegExp> = { '"': /^"((?:[^"\\\n]|\\[^])*)"/, "'": /^'((?:[^'\\\n]|\\[^])*)'/ };
const ESCAPE = /\\(?:u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(\r\n|[^]))/g;
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };

/** A string literal's text, its escapes read; null when one names no character (`\\u{110000}`: a syntax error). */
function unescaped(literal: string): string | null {
  let valid = true;
  const text = literal.replace(ESCAPE, (_: string, brace?: string, four?: string, two?: string, char?: string) => {
    const hex = brace ?? four ?? two;
    if (hex) {
      const codePoint = parseInt(hex, 16);
      if (codePoint > 0x10ffff) valid = false;
      return valid ? String.fromCodePoint(codePoint) : '';
    }
    // A backslash before a line break continues the string on the next line.
    if (char === '\n' || char === '\r\n' || char === '\r') return '';
    return SIMPLE_ESCAPES[char!] ?? char!;
  });
  return valid ? text : null;
}
