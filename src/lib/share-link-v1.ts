/**
 * Links made with version 1 of the check (`#v=1&n=67&l=50&e=56&rn=…&rl=…&c=…`). Its questions are
 * gone, so such a link is read for its outcome only, with version 1's own rule for it: evidence
 * under 35 was "too early to tell"; a side at 65 or more pointed that way.
 */
import { checksum } from './share-link';
import type { OutcomeId } from './rules';

/** A link from an earlier version of the check, read for its outcome only. */
export interface EarlierResult {
  checkVersion: number;
  outcome: OutcomeId;
}

/** Splits `k=v&k=v`; undefined when a pair has no `=`, a key repeats or is not one of `keys`. */
export function fieldsOf(text: string, keys: readonly string[]): Map<string, string> | undefined {
  const fields = new Map<string, string>();
  for (const pair of text.split('&')) {
    const split = pair.indexOf('=');
    const key = split === -1 ? pair : pair.slice(0, split);
    if (split === -1 || fields.has(key) || !keys.includes(key)) return undefined;
    fields.set(key, pair.slice(split + 1));
  }
  return fields;
}

const KEYS = ['v', 'n', 'l', 'e', 'rn', 'rl', 'a', 'c'];

export function decodeVersion1Link(
  text: string,
): { ok: true; result: EarlierResult } | { ok: false; problem: 'malformed' | 'edited' } {
  const fields = fieldsOf(text, KEYS);
  if (!fields) return { ok: false, problem: 'malformed' };
  const scores = [fields.get('n'), fields.get('l'), fields.get('e')];
  if (!scores.every((value) => value !== undefined && /^(0|[1-9][0-9]?|100)$/.test(value)))
    return { ok: false, problem: 'malformed' };
  // Version 1 put the checksum last, over everything before it.
  const split = text.lastIndexOf('&c=');
  if (split === -1 || text.slice(split + 3) !== checksum(text.slice(0, split))) return { ok: false, problem: 'edited' };
  const [notYou, learn, evidence] = scores.map(Number) as [number, number, number];
  const outcome: OutcomeId =
    evidence < 35
      ? 'too-early'
      : notYou >= 65 && learn >= 65
        ? 'both'
        : notYou >= 65
          ? 'not-you'
          : learn >= 65
            ? 'learn-from-it'
            : 'too-early';
  return { ok: true, result: { checkVersion: 1, outcome } };
}
