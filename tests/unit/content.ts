/**
 * Loads the real check and outcome files through the real schemas, as Astro's content loader does,
 * so a content change that breaks scoring fails a test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { checkSchema, type Check } from '../../src/schemas/check';
import { outcomeSchema, type Outcome } from '../../src/schemas/outcome';

const contentDir = new URL('../../src/content/', import.meta.url);

export function readCheckFile(): unknown {
  return parse(readFileSync(new URL('check/check.yaml', contentDir), 'utf8'));
}

export function loadCheck(): Check {
  return checkSchema.parse(readCheckFile());
}

export function loadOutcomes(): Record<string, Outcome> {
  const dir = new URL('outcomes/', contentDir);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => [name.replace(/\.yaml$/, ''), outcomeSchema.parse(parse(readFileSync(new URL(name, dir), 'utf8')))]),
  );
}
