/**
 * Reading the command line's input file: one clear message for each way a file can be unusable
 * (missing, a directory, empty, binary, in an encoding it cannot tell), and the decision whether it is HTML.
 */
import { readFile, stat } from 'node:fs/promises';
import { CharsetError, decodeText } from './charset';

export class InputError extends Error {}

export interface InputText {
  text: string;
  isHtml: boolean;
}

/** Bytes looked at to tell text from binary. */
const SNIFF_BYTES = 8192;
/** Share of control characters (other than tab, CR, LF, FF) beyond which a file is binary. */
const MAX_CONTROL_SHARE = 0.05;

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / Math.max(head.length, 1) > MAX_CONTROL_SHARE;
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
  if (looksBinary(bytes)) throw new InputError(`${path}: binary file, expected plain text or HTML`);
  // Whether it is HTML (and so may declare its charset) is told from its ASCII, which every charset read here shares
  // (a UTF-8 byte-order mark set aside).
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const isHtml = looksLikeHtml(path, Buffer.from(bytes.subarray(bom, bom + 1024)).toString('latin1'));
  let text: string;
  try {
    text = decodeText(bytes, isHtml);
  } catch (error) {
    if (!(error instanceof CharsetError)) throw error;
    throw new InputError(`${path}: ${error.message} (convert it to UTF-8 first, e.g. iconv -f BIG5 -t UTF-8)`);
  }
  if (text.trim() === '') throw new InputError(`${path}: file holds only whitespace`);
  return { text, isHtml };
}
