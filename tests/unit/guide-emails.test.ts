import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { emailSchema } from '../../src/schemas/email';

const emails = (parse(readFileSync(new URL('../../src/content/emails/emails.yaml', import.meta.url), 'utf8')) as unknown[]).map(
  (email) => emailSchema.parse(email),
);
const chapter = readFileSync(new URL('../../src/content/guide/follow-up-well.mdx', import.meta.url), 'utf8');

describe('the follow-up kit in the guide', () => {
  it('shows every email of the kit in the follow-up chapter, so that search finds each one', () => {
    const shown = [...chapter.matchAll(/<EmailTemplate id="([^"]+)" \/>/g)].map((match) => match[1]);
    expect(shown.length).toBeGreaterThan(0);
    expect([...shown].sort()).toEqual(emails.map((email) => email.id).sort());
  });
});
