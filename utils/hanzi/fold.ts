/**
 * A Traditional → Simplified fold by a few pairs (written `繁简 繁简 …`, as in ./traditional.ts), with a small
 * map: for the loader's quick check, which runs in every page, reads a few thousand characters and carries only
 * the pairs its vocabulary needs, not the whole table. Offsets are kept: one character for one.
 */
export function foldWith(pairs: string): (text: string) => string {
  let simplified: Map<string, string> | undefined;
  return (text) => {
    simplified ??= new Map(pairs.split(' ').map((pair) => [pair[0], pair[1]]));
    let out = '';
    let from = 0;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) < 0x3400) continue;
      const s = simplified.get(text[i]);
      if (s === undefined) continue;
      out += text.slice(from, i) + s;
      from = i + 1;
    }
    return from === 0 ? text : out + text.slice(from);
  };
}
