// robots.txt per RFC 9309: groups by user-agent, Allow/Disallow with * and $, longest match wins.
// Pure: the fetcher downloads the file and caches the parsed rules.

/** What a robots.txt lets one crawler do on one origin. */
export interface RobotsRules {
  /** Whether the crawler may fetch this path (path plus query, e.g. `/news?page=2`). */
  isAllowed(pathAndQuery: string): boolean;
}

interface Rule {
  isAllow: boolean;
  pattern: string; // normalised; a trailing `$` anchors at the end
}

interface Group {
  agents: string[];
  rules: Rule[];
}

/** Everything allowed: no robots.txt (4xx), or no group applies. */
export const ALLOW_ALL: RobotsRules = { isAllowed: () => true };
/** Nothing allowed: robots.txt unreachable (5xx, network), as RFC 9309 §2.3.1.4 asks. */
export const DISALLOW_ALL: RobotsRules = { isAllowed: (path) => path === '/robots.txt' };

/** RFC 9309 §2.5: crawlers must parse at least 500 KiB; anything beyond may be ignored. */
export const ROBOTS_MAX_BYTES = 500 * 1024;

/**
 * The product token robots.txt groups are matched against: the leading letters, `_` and `-` of a
 * User-Agent, lower-cased. `'sitrep/0.1 (open incident monitor)'` gives `'sitrep'`.
 */
export function productToken(userAgent: string): string {
  return (/^[A-Za-z_-]+/.exec(userAgent.trim())?.[0] ?? '').toLowerCase();
}

/**
 * Parses a robots.txt body for one crawler. The groups naming `token` (case-insensitive) are merged; if
 * none does, the `*` groups are; if neither exists everything is allowed.
 *
 * @example parseRobots('User-agent: *\nDisallow: /private', 'sitrep').isAllowed('/private/x') // false
 */
export function parseRobots(text: string, token: string): RobotsRules {
  const groups: Group[] = [];
  let current: Group | undefined;
  let isInAgentLines = false;
  for (const rawLine of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const match = /^([A-Za-z_-]+)\s*:\s*(.*)$/.exec(line);
    if (!match) continue;
    const key = (match[1] ?? '').toLowerCase();
    const value = (match[2] ?? '').trim();
    if (key === 'user-agent') {
      // Consecutive user-agent lines share one group (RFC 9309 §2.1).
      if (!current || !isInAgentLines) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value === '*' ? '*' : productToken(value));
      isInAgentLines = true;
    } else if (key === 'allow' || key === 'disallow') {
      isInAgentLines = false;
      // An empty value matches nothing (`Disallow:` means allow all), and rules before any group are void.
      if (!current || value === '') continue;
      const path = value.startsWith('/') || value.startsWith('*') ? value : `/${value}`;
      current.rules.push({ isAllow: key === 'allow', pattern: normalisePath(path) });
    }
    // Other records (sitemap, crawl-delay, ...) neither belong to a group nor end one.
  }

  const wanted = token.toLowerCase();
  const named = groups.filter((group) => group.agents.includes(wanted));
  const chosen = named.length > 0 ? named : groups.filter((group) => group.agents.includes('*'));
  const rules = chosen.flatMap((group) => group.rules);
  if (rules.length === 0) return ALLOW_ALL;

  return {
    isAllowed(pathAndQuery: string): boolean {
      const path = normalisePath(pathAndQuery || '/');
      if (path === '/robots.txt') return true; // implicitly allowed (RFC 9309 §2.2.2)
      let best: Rule | undefined;
      for (const rule of rules) {
        if (!matchesPattern(rule.pattern, path)) continue;
        const isLonger = !best || rule.pattern.length > best.pattern.length;
        // On equal length the allow rule wins (RFC 9309 §2.2.2 "SHOULD").
        const isTieWonByAllow = best && rule.pattern.length === best.pattern.length && rule.isAllow;
        if (isLonger || isTieWonByAllow) best = rule;
      }
      return best?.isAllow ?? true;
    },
  };
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * Brings a path or pattern to one spelling so both compare octet by octet (RFC 9309 §2.2.2): non-ASCII
 * and spaces are percent-encoded as UTF-8, %-escapes of unreserved characters are decoded, and the hex
 * of the remaining escapes is upper-cased. `*` and `$` pass through.
 */
export function normalisePath(path: string): string {
  let out = '';
  for (let i = 0; i < path.length; i++) {
    const ch = path[i] ?? '';
    const hex = path.slice(i + 1, i + 3);
    if (ch === '%' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      const decoded = String.fromCharCode(parseInt(hex, 16));
      out += UNRESERVED.test(decoded) ? decoded : `%${hex.toUpperCase()}`;
      i += 2;
    } else if (ch.charCodeAt(0) <= 0x20 || ch.charCodeAt(0) >= 0x7f) {
      const codePoint = path.codePointAt(i) ?? 0;
      const char = String.fromCodePoint(codePoint);
      out += encodeURIComponent(char);
      i += char.length - 1;
    } else {
      out += ch;
    }
  }
  return out;
}

/**
 * Whether a pattern matches from the start of the path. `*` is any run of characters and a final `$`
 * anchors at the end. A greedy two-pointer match, linear-ish in practice and free of the catastrophic
 * backtracking a RegExp built from a hostile robots.txt (`/*a*a*a*a*b`) could cause.
 */
export function matchesPattern(pattern: string, path: string): boolean {
  const isAnchored = pattern.endsWith('$');
  const glob = isAnchored ? pattern.slice(0, -1) : `${pattern}*`;
  let p = 0;
  let s = 0;
  let star = -1;
  let mark = 0;
  while (s < path.length) {
    if (p < glob.length && glob[p] === '*') {
      star = p++;
      mark = s;
    } else if (p < glob.length && glob[p] === path[s]) {
      p++;
      s++;
    } else if (star !== -1) {
      p = star + 1;
      s = ++mark;
    } else {
      return false;
    }
  }
  while (p < glob.length && glob[p] === '*') p++;
  return p === glob.length;
}
