/**
 * Runs the engine on a text file and prints the predictions JSON that ../shared/tools/score-claims.py
 * reads ({"articles":[{"claims":[...]}]}), for scoring outside the test suite:
 *   node --import tsx utils/quantities/score-file.ts ARTICLE.txt > pred.json
 */
import { readFileSync } from 'node:fs';
import { extractClaims } from './index';

const file = process.argv[2];
if (!file) {
  console.error('usage: score-file.ts ARTICLE.txt [zh|en]');
  process.exit(2);
}
const lang = process.argv[3] === 'zh' || process.argv[3] === 'en' ? process.argv[3] : undefined;
const claims = extractClaims(readFileSync(file, 'utf8'), lang ? { language: lang } : {});
console.log(JSON.stringify({ articles: [{ claims }] }, null, 1));
