/**
 * Links made with version 2 of the check (`#v=2&o=both&rn=…&rl=…&u=…&a=…&c=…`, the same layout as
 * today's). Version 3 changed what some answers mean and how reasons combine, so such a link is
 * read for its outcome only: its checksum and its outcome id are checked, and nothing else in it
 * is trusted or shown.
 */
import { checksum } from './share-link';
import { fieldsOf, type EarlierResult } from './share-link-v1';
import { isOutcome } from './rules';

const KEYS = ['v', 'o', 'rn', 'rl', 'u', 'a', 'c'];

export function decodeVersion2Link(
  text: string,
): { ok: true; result: EarlierResult } | { ok: false; problem: 'malformed' | 'edited' } {
  const fields = fieldsOf(text, KEYS);
  const outcome = fields?.get('o');
  if (!fields || !isOutcome(outcome)) return { ok: false, problem: 'malformed' };
  // Version 2 put the checksum last, over everything before it.
  const split = text.lastIndexOf('&c=');
  if (split === -1 || text.slice(split + 3) !== checksum(text.slice(0, split))) return { ok: false, problem: 'edited' };
  return { ok: true, result: { checkVersion: 2, outcome } };
}
