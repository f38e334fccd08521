/**
 * The result link's detail, carried in the URL fragment (after `#`, never sent to a server).
 * Compact but readable, for example:
 *
 *   #v=3&o=not-you&rn=told:role-changed&rl=&u=since&c=3f9a1b
 *
 * v: the check's version; o: the outcome; rn, rl: every reason on each side, as
 * `question:option` codes, strongest first; u: the questions whose answer is still unknown, most
 * telling first; a: the answers, only if the person opts in (`question:option+option`, comma
 * separated); c: a checksum of the rest, so that an edited link is noticed.
 *
 * This module holds the format; `share-link-encoder.ts` writes links from a finished check and
 * `share-link-decoder.ts` reads them (on result pages), so each page ships only what it uses.
 */
import type { Answers, Axis, TooEarlyBecause } from './scoring';
import type { OutcomeId } from './rules';

/** What a result link carries, validated against the check's content. */
export interface SharedResult {
  checkVersion: number;
  outcome: OutcomeId;
  tooEarlyBecause?: TooEarlyBecause;
  /** The one thing to sharpen anyway (a code among the "learn" reasons): given by the reasons, so not written in the link. */
  sharpen?: string;
  /** `question:option` codes, strongest first. */
  reasons: Record<Axis, string[]>;
  /** Question ids whose answer is unknown, most telling first. */
  unknowns: string[];
  /** Present only when the person chose to share their answers. */
  answers?: Answers;
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
    `o=${result.outcome}`,
    `rn=${result.reasons.notYou.join(',')}`,
    `rl=${result.reasons.learn.join(',')}`,
    `u=${result.unknowns.join(',')}`,
  ];
  if (result.answers) {
    parts.push(
      `a=${Object.entries(result.answers)
        .map(([question, options]) => `${question}:${options.join('+')}`)
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
