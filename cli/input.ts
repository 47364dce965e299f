/**
 * Reading the command line's input file: one clear message for each way a file can be unusable
 * (missing, a directory, empty, binary, in an encoding it cannot tell), and the decision whether it is HTML.
 */
import { readFile, stat } from 'node:fs/promises';
import { CharsetError, decodeText, markupHead, utf16ByteOrder } from '../utils/charset/decode';

export class InputError extends Error {}

export interface InputText {
  text: string;
  isHtml: boolean;
}

/** Characters looked at to tell text from binary. */
const SNIFF_LENGTH = 8192;
/** Share of control characters (other than tab, CR, LF, FF) beyond which a file is binary. */
const MAX_CONTROL_SHARE = 0.05;

/** Whether the first bytes (or, for UTF-16, the first decoded characters' codes) look like a binary file's. */
function looksBinary(codes: ArrayLike<number>): boolean {
  const length = Math.min(codes.length, SNIFF_LENGTH);
  let control = 0;
  for (let i = 0; i < length; i++) {
    const code = codes[i];
    if (code === 0) return true;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) control++;
  }
  return control / Math.max(length, 1) > MAX_CONTROL_SHARE;
}

export function looksLikeHtml(path: string, text: string): boolean {
  if (/\.x?html?$/i.test(path)) return true;
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text.slice(0, 1024));
}

export async function readInput(path: string): Promise<InputText> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError(`${path}: no such file`);
  }
  if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
  if (!info.isFile()) throw new InputError(`${path}: not a regular file`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (bytes.length === 0) throw new InputError(`${path}: file is empty`);
  // UTF-16 text is half NUL bytes: it is told by its byte-order mark, and looked at for binary once decoded.
  const utf16 = utf16ByteOrder(bytes) !== undefined;
  if (!utf16 && looksBinary(bytes)) throw new InputError(`${path}: binary file, expected plain text or HTML`);
  let text: string;
  try {
    // Whether a page may declare its charset is told from its ASCII, which every charset but UTF-16 shares.
    text = decodeText(bytes, looksLikeHtml(path, markupHead(bytes)));
  } catch (error) {
    if (!(error instanceof CharsetError)) throw error;
    throw new InputError(`${path}: ${error.message} (convert it to UTF-8 first, e.g. iconv -f BIG5 -t UTF-8)`);
  }
  if (utf16 && looksBinary(Uint16Array.from(text.slice(0, SNIFF_LENGTH), (c) => c.charCodeAt(0)))) {
    throw new InputError(`${path}: binary file, expected plain text or HTML`);
  }
  const isHtml = looksLikeHtml(path, text.slice(0, 1024));
  if (text.trim() === '') throw new InputError(`${path}: file holds only whitespace`);
  return { text, isHtml };
}
