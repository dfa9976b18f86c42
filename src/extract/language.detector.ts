// Language tags: page declarations cut to a BCP 47 primary subtag, and a script-based guess for bare text.

/**
 * The primary language subtag of a declared language ("en-US", "en_GB", "EN" -> "en"), or undefined for
 * empty, wildcard or undetermined values.
 */
export function normalizeLanguageTag(value: string | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  const primary =
    value
      .trim()
      .split(/[-_\s,;]/)[0]
      ?.toLowerCase() ?? '';
  if (!/^[a-z]{2,3}$/.test(primary) || primary === 'und' || primary === 'mul' || primary === 'zxx') {
    return undefined;
  }
  return primary;
}

interface ScriptRule {
  readonly language: string;
  readonly pattern: RegExp;
}

// Only scripts that (nearly) always mean one language: Latin and Cyrillic text could be dozens of them.
const SCRIPT_RULES: readonly ScriptRule[] = [
  { language: 'ja', pattern: /[\u3040-\u30ff]/g },
  { language: 'ko', pattern: /[\uac00-\ud7af\u1100-\u11ff]/g },
  { language: 'el', pattern: /[\u0370-\u03ff]/g },
  { language: 'he', pattern: /[\u0590-\u05ff]/g },
  { language: 'th', pattern: /[\u0e00-\u0e7f]/g },
  { language: 'ka', pattern: /[\u10a0-\u10ff]/g },
  { language: 'hy', pattern: /[\u0530-\u058f]/g },
  { language: 'ar', pattern: /[\u0600-\u06ff\u0750-\u077f]/g },
  { language: 'zh', pattern: /[\u4e00-\u9fff]/g },
];

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/**
 * A language guessed from the writing system when one script clearly dominates the text: Hangul gives "ko",
 * kana "ja", Arabic script "ar" (or "fa"/"ur" when their own letters appear). Undefined otherwise.
 */
export function detectLanguageFromScript(text: string): string | undefined {
  const sample = text.slice(0, 5000);
  const letters = count(sample, /\p{L}/gu);
  if (letters < 20) return undefined;
  for (const rule of SCRIPT_RULES) {
    const share = count(sample, rule.pattern) / letters;
    // Japanese mixes kana with kanji, so a modest kana share is already decisive.
    const needed = rule.language === 'ja' ? 0.15 : 0.6;
    if (share < needed) continue;
    if (rule.language === 'ar') {
      if (count(sample, /[\u0679\u0688\u0691\u06ba\u06d2]/g) > 3) return 'ur';
      if (count(sample, /[\u067e\u0686\u0698\u06af]/g) > 3) return 'fa';
    }
    return rule.language;
  }
  return undefined;
}
