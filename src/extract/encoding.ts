// Bytes to text: byte-order mark, then the declared charset checked against the bytes, then detection.

/** How far into the document a charset declaration is looked for (HTML says 1024; real heads run longer). */
const PRESCAN_BYTES = 8192;

const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([\w:.-]+)/i;

/**
 * The encodings undeclared or mislabelled bytes are tried in, first wins a tie: UTF-8 (read leniently,
 * for pages with a few corrupt bytes), then the legacy code pages of the regions sitrep covers — Western
 * and Central European Latin, Cyrillic (Windows and KOI8-R), Arabic and Greek. ISO-8859-1 is windows-1252
 * to a browser; the other ISO-8859 pages are near twins of these and are read right when labelled.
 */
const CANDIDATES = [
  'utf-8',
  'windows-1252',
  'windows-1250',
  'windows-1251',
  'windows-1256',
  'koi8-r',
  'windows-1253',
] as const;

/** Single-byte labels whose reading can be scored, and so checked against the bytes. */
const SINGLE_BYTE = /^(windows-12\d\d|iso-8859-\d+|koi8-[ru]|ibm866|macintosh|x-mac-cyrillic)$/;

/** Words of the document scored per candidate: enough for a clear verdict, cheap on 20 MB pages. */
const SAMPLE_WORDS = 1000;

/** The WHATWG name for a charset label ("UTF8" -> "utf-8"), or undefined if TextDecoder does not know it. */
export function resolveCharset(label: string | null | undefined): string | undefined {
  if (label === null || label === undefined || label.trim() === '') return undefined;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

function sniffBom(body: Uint8Array): { encoding: string; length: number } | undefined {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (body[0] === 0xff && body[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (body[0] === 0xfe && body[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * "utf-16le" or "utf-16be" for UTF-16 without a byte-order mark, told by its zero bytes: the markup,
 * spaces and digits of any page are ASCII, whose UTF-16 code units have a zero high byte, so zeros gather
 * on one byte parity and are absent from the other. NUL bytes scattered in a page, or binary data, put
 * zeros on both.
 */
export function sniffUtf16(body: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(body.length, 4096) >> 1;
  if (pairs < 4) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i += 1) {
    if (body[2 * i] === 0) zeroEven += 1;
    if (body[2 * i + 1] === 0) zeroOdd += 1;
  }
  const encoding =
    zeroOdd >= pairs * 0.1 && zeroEven <= pairs * 0.01
      ? 'utf-16le'
      : zeroEven >= pairs * 0.1 && zeroOdd <= pairs * 0.01
        ? 'utf-16be'
        : undefined;
  if (encoding === undefined) return undefined;
  try {
    // Unpaired surrogates mean these are not UTF-16 code units after all; stream: a pair cut at the end is fine.
    new TextDecoder(encoding, { fatal: true }).decode(body.subarray(0, pairs * 2), { stream: true });
    return encoding;
  } catch {
    return undefined;
  }
}

/** The charset a document declares in its own markup, as a WHATWG encoding name. */
export function sniffDeclaredCharset(body: Uint8Array): string | undefined {
  // latin1 maps every byte to one code unit, so ASCII markup reads correctly whatever the real encoding.
  const head = new TextDecoder('latin1').decode(body.subarray(0, PRESCAN_BYTES));
  const label = XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1];
  const encoding = resolveCharset(label);
  // A page that could declare itself in ASCII markup cannot be UTF-16 (HTML spec, "prescan a byte stream").
  return encoding?.startsWith('utf-16') === true ? 'utf-8' : encoding;
}

function decodeUtf8Strict(body: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return undefined;
  }
}

const isAsciiAlnum = (byte: number): boolean =>
  (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);

/**
 * The document's words that hold a non-ASCII byte, joined by spaces. Words are cut at ASCII bytes other
 * than letters and digits, which every candidate encoding reads alike and which never occur inside a
 * UTF-8 sequence; so each candidate reads the same words, one for one.
 */
function nonAsciiWords(body: Uint8Array): Uint8Array {
  const isWordByte = (byte: number): boolean => byte >= 0x80 || isAsciiAlnum(byte);
  const parts: Uint8Array[] = [];
  // Runs of ASCII are skipped in a tight loop: most of a page is markup.
  for (let i = 0; i < body.length && parts.length < SAMPLE_WORDS; i += 1) {
    if ((body[i] ?? 0) < 0x80) continue;
    let start = i;
    while (start > 0 && isWordByte(body[start - 1] ?? 0)) start -= 1;
    let end = i + 1;
    while (end < body.length && isWordByte(body[end] ?? 0)) end += 1;
    parts.push(body.subarray(start, end));
    i = end;
  }
  const sample = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
  let offset = 0;
  for (const part of parts) {
    sample.set(part, offset);
    sample[offset + part.length] = 0x20;
    offset += part.length + 1;
  }
  return sample;
}

const SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u, /\p{Script=Arabic}/u];
const EDGE_PUNCTUATION = /^[\p{P}\p{Z}]+|[\p{P}\p{Z}]+$/gu;
// U+FFFD (bytes UTF-8 could not read) and C0/C1 controls (bytes a code page leaves unassigned).
const BROKEN = /[\uFFFD\p{Cc}]/u;
// A symbol or stray punctuation touching a letter: "£ód¼" is Polish "Łódź" read as windows-1252.
const SYMBOL_BY_LETTER = /[\p{L}\p{M}][^\p{L}\p{M}\p{N}'’-]|[^\p{L}\p{M}\p{N}'’-][\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/gu;
const NON_ASCII_LATIN = /[\u00C0-\u024F\u1E00-\u1EFF]/gu;

/**
 * How implausible one decoded word is as a word of any language (0 = plausible). Real words keep to one
 * script, have no symbols or control characters inside, are cased as lower, UPPER or Title, and, in Latin
 * script, are mostly ASCII letters with a few accented ones. Text read in the wrong encoding breaks these:
 * Arabic read as windows-1252 is all accented capitals and small letters mixed ("ÇáÞÊá"), Cyrillic read as
 * Arabic mixes scripts, KOI8-R read as windows-1251 turns small letters into capitals.
 */
function wordBadness(token: string): number {
  if (BROKEN.test(token)) return 2;
  const word = token.replace(EDGE_PUNCTUATION, '');
  if (word === '') return 0;
  let bad = 0;
  if (SYMBOL_BY_LETTER.test(word)) bad += 1;
  if (/^\p{M}/u.test(word)) bad += 1;
  let scripts = 0;
  for (const script of SCRIPTS) if (script.test(word)) scripts += 1;
  if (scripts > 1) bad += 1;
  const upper = word.match(UPPER)?.length ?? 0;
  const lower = word.match(LOWER)?.length ?? 0;
  const isTitle = upper === 1 && /^\p{Lu}/u.test(word);
  if (upper > 0 && lower > 0 && !isTitle) bad += 1;
  // Capitals-only words are ordinary in headlines and acronyms, but rare in running text.
  else if (upper >= 2 && lower === 0) bad += 0.25;
  // Accents mark some letters of a Latin word; a word of three or more letters that are all accented
  // ("Ìîñêâà", Russian "Москва" in windows-1251) is another script's letters read as Latin.
  if (scripts === 1 && SCRIPTS[0]?.test(word) === true && upper + lower >= 3) {
    const accented = word.match(NON_ASCII_LATIN)?.length ?? 0;
    if (accented >= upper + lower) bad += 1;
  }
  return bad;
}

/** The summed implausibility of the sample read in `encoding`; lower is better. */
function scoreReading(sample: Uint8Array, encoding: string): number {
  const text = new TextDecoder(encoding).decode(sample);
  let total = 0;
  for (const token of text.split(' ')) if (token !== '') total += wordBadness(token);
  return total;
}

/**
 * The encoding of bytes that are not valid UTF-8, chosen by which reading gives the most plausible words;
 * `declared`, a single-byte label the page gave, is kept unless another reading is far better (pages
 * labelled windows-1252 or ISO-8859-1 by a server default while holding Arabic or Cyrillic are common).
 */
export function detectEncoding(body: Uint8Array, declared?: string): string {
  const sample = nonAsciiWords(body);
  const scores = CANDIDATES.map((encoding) => ({ encoding, score: scoreReading(sample, encoding) }));
  let best = scores[0] ?? { encoding: 'windows-1252', score: 0 };
  for (const entry of scores) if (entry.score < best.score) best = entry;
  if (declared === undefined) return best.encoding;
  const words = sample.reduce((n, byte) => n + (byte === 0x20 ? 1 : 0), 0);
  const declaredScore = scores.find((s) => s.encoding === declared)?.score ?? scoreReading(sample, declared);
  // A quarter or worse of the words implausible (two at the least), and four times worse than the best.
  const isMislabelled = declaredScore >= Math.max(2, words * 0.25) && best.score * 4 <= declaredScore;
  return isMislabelled ? best.encoding : declared;
}

// NUL is never text (HTML parsers turn it into U+FFFD); a page with a few of them is read without them.
function withoutNul(text: string): string {
  return text.includes('\0') ? text.replaceAll('\0', '') : text;
}

/**
 * Decodes a document's bytes to a string, NUL characters dropped. Order: byte-order mark; UTF-16 declared
 * by the transport or told by its zero bytes; the transport `charset` (an HTTP header), else the page's
 * `<meta charset>`, `<meta http-equiv="content-type">` or XML declaration, checked against the bytes.
 *
 * Valid UTF-8 with multi-byte sequences is read as UTF-8 whatever the label: mislabelled UTF-8 pages are
 * common, while legacy-encoded text almost never happens to form valid UTF-8. Bytes that are not valid
 * UTF-8, under a UTF-8 label or none, are detected among the common legacy encodings (see detectEncoding);
 * a single-byte label is kept unless its reading is implausible and another's far better.
 *
 * @example decodeBody(bytes, 'windows-1256') // Arabic page served with that charset
 */
export function decodeBody(body: Uint8Array, charset?: string | null): string {
  const bom = sniffBom(body);
  if (bom !== undefined) {
    return withoutNul(new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(body.subarray(bom.length)));
  }
  const transport = resolveCharset(charset);
  const utf16 = transport?.startsWith('utf-16') === true ? transport : sniffUtf16(body);
  if (utf16 !== undefined) return withoutNul(new TextDecoder(utf16).decode(body));
  const declared = transport ?? sniffDeclaredCharset(body);
  const asUtf8 = decodeUtf8Strict(body);
  if (asUtf8 !== undefined) {
    // As many characters as bytes: all ASCII, which a declared ASCII-incompatible charset may read otherwise.
    const isAscii = asUtf8.length === body.length;
    if (declared === undefined || declared === 'utf-8' || !isAscii) return withoutNul(asUtf8);
    return withoutNul(new TextDecoder(declared).decode(body));
  }
  const encoding =
    declared === undefined || declared === 'utf-8'
      ? detectEncoding(body)
      : SINGLE_BYTE.test(declared)
        ? detectEncoding(body, declared)
        : declared;
  return withoutNul(new TextDecoder(encoding).decode(body));
}
