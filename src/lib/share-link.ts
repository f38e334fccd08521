/**
 * The result link's detail, carried in the URL fragment (after `#`, never sent to a server).
 * Compact but readable, for example:
 *
 *   #v=1&n=67&l=50&e=56&rn=hiring-freeze&rl=&c=3f9a1b
 *
 * v: the check's version; n, l, e: the "not you", "learn" and evidence scores (0-100);
 * rn, rl: the top reasons on each axis as question ids; a: the answers, only if the person opts
 * in (question:option pairs); c: a checksum of the rest, so that an edited link is noticed.
 *
 * This module holds the format; `share-link-encoder.ts` writes links from a finished check and
 * `share-link-decoder.ts` reads them (on result pages), so each page ships only what it uses.
 */
import type { Axis, TooEarlyBecause } from './scoring';
import type { OutcomeId } from '../schemas/outcome';

/** What a result link carries, validated against the check's content. */
export interface SharedResult {
  checkVersion: number;
  notYou: number;
  learn: number;
  evidence: number;
  outcome: OutcomeId;
  tooEarlyBecause?: TooEarlyBecause;
  reasons: Record<Axis, string[]>;
  /** Question id to option id, present only when the person chose to share them. */
  answers?: Record<string, string>;
}

/** FNV-1a, 24 bits, as 6 hex digits: enough to notice a mistyped or edited link, not a security measure. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash & 0xffffff).toString(16).padStart(6, '0');
}

/** The fragment without its checksum. */
export function body(result: SharedResult): string {
  const parts = [
    `v=${result.checkVersion}`,
    `n=${result.notYou}`,
    `l=${result.learn}`,
    `e=${result.evidence}`,
    `rn=${result.reasons.notYou.join(',')}`,
    `rl=${result.reasons.learn.join(',')}`,
  ];
  if (result.answers) {
    parts.push(
      `a=${Object.entries(result.answers)
        .map(([question, option]) => `${question}:${option}`)
        .join(',')}`,
    );
  }
  return parts.join('&');
}

/** The fragment for a result, without the leading `#`. */
export function encodeShareLink(result: SharedResult): string {
  const text = body(result);
  return `${text}&c=${checksum(text)}`;
}
