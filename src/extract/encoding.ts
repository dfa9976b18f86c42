// Bytes to text: byte-order mark, then the declared charset (transport, <meta>, XML declaration), then a guess.

/** How far into the document a charset declaration is looked for (HTML says 1024; real heads run longer). */
const PRESCAN_BYTES = 8192;

const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w:.-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([\w:.-]+)/i;

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

function hasNonAscii(body: Uint8Array): boolean {
  for (const byte of body) if (byte >= 0x80) return true;
  return false;
}

/**
 * Decodes a document's bytes to a string. Order: byte-order mark; the transport `charset` (an HTTP header);
 * the page's `<meta charset>`, `<meta http-equiv="content-type">` or XML declaration; else UTF-8.
 *
 * A declared single-byte or CJK charset is overridden when the bytes are valid UTF-8 and contain multi-byte
 * sequences: mislabelled UTF-8 pages are common, while legacy-encoded text almost never happens to form valid
 * UTF-8. Undeclared bytes that are not valid UTF-8 are read as windows-1252, as browsers do.
 *
 * @example decodeBody(bytes, 'windows-1256') // Arabic page served with that charset
 */
export function decodeBody(body: Uint8Array, charset?: string | null): string {
  const bom = sniffBom(body);
  if (bom !== undefined) {
    return new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(body.subarray(bom.length));
  }
  const declared = resolveCharset(charset) ?? sniffDeclaredCharset(body);
  if (declared !== undefined && declared !== 'utf-8') {
    if (!declared.startsWith('utf-16') && hasNonAscii(body)) {
      const asUtf8 = decodeUtf8Strict(body);
      if (asUtf8 !== undefined) return asUtf8;
    }
    return new TextDecoder(declared).decode(body);
  }
  const asUtf8 = decodeUtf8Strict(body);
  if (asUtf8 !== undefined) return asUtf8;
  return new TextDecoder(declared ?? 'windows-1252').decode(body);
}
