/**
 * Reads a `_headers` file, the format Netlify and Cloudflare Pages share: a path pattern on its own
 * line, then the headers for it, indented, one `Name: value` a line; `#` starts a comment. In a
 * pattern, `*` matches anything (slashes included) and `:name` one path segment.
 *
 * The preview server sends what this reads, and the tests check it, so that what runs locally is
 * what a host will send.
 */

export interface HeaderRule {
  /** The pattern as written, such as `/_astro/*`. */
  pattern: string;
  headers: [name: string, value: string][];
}

/** Parses the file; throws on a line it cannot place, naming the line, rather than dropping it. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      if (!line.startsWith('/')) throw new Error(`_headers line ${index + 1}: a path must start with "/": ${line}`);
      rules.push({ pattern: line, headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 1) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path: ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/** Whether a rule's pattern matches a request path (no query string). */
export function matches(rule: HeaderRule, path: string): boolean {
  return patternToRegExp(rule.pattern).test(path);
}

/**
 * The headers a host sends for `path`: those of every matching rule. When two rules set the same
 * header, Cloudflare Pages joins the values with a comma while Netlify keeps the later one; this
 * joins them, and `tests/build/headers.test.ts` makes sure our file never relies on either.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    if (!matches(rule, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const before = result.get(key);
      result.set(key, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return result;
}
