// All matches of a shared global pattern in a text, as String.prototype.matchAll gives them, for the readers'
// hot loops: matchAll clones its pattern on every call, which made most of the cost where nothing matches.

/**
 * The matches of `pattern` (which must carry the g flag) in `text`, in order, exactly as
 * `[...text.matchAll(pattern)]` gives them from the start of the text. The pattern's lastIndex is left at 0.
 * Measured 2-3 times faster than matchAll on sentences without a match, the common case for trigger lexicons.
 */
export function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over it as matchAll does.
    if (m[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return out;
}

function nextIndex(text: string, index: number, isUnicode: boolean): number {
  if (!isUnicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
}
