/**
 * Content ids the code names by hand (an answer such as `offer:silence`, a question such as
 * `stage`) exist in check.yaml, or among the retired answers that journal entries may still hold:
 * renaming an answer in the content cannot leave code that silently never matches.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCheck, loadRetired } from './content';

const src = join(dirname(fileURLToPath(import.meta.url)), '../../src');

/** Every source file outside the content itself. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return full.endsWith(join('src', 'content')) ? [] : sourceFiles(full);
    return /\.(ts|svelte|astro)$/.test(name) ? [full] : [];
  });
}

/** Prefixes of `x:y` strings that are not content: modules, meta properties, the placeholder `question:option`. */
const notContent = new Set(['astro', 'node', 'og', 'twitter', 'client', 'question']);

const check = loadCheck();
const questions = new Set(check.questions.map((question) => question.id));
const answers = new Set([
  ...check.questions.flatMap((question) => question.options.map((option) => `${question.id}:${option.id}`)),
  ...loadRetired().options.map((option) => option.code),
]);

const files = sourceFiles(src).map((file) => ({ file: relative(src, file), text: readFileSync(file, 'utf8') }));
const found = (pattern: RegExp) =>
  files.flatMap(({ file, text }) => [...text.matchAll(pattern)].map((match) => ({ file, match: [...match] })));

/** `question:option` answers the code names, in quotes or as `{ question, option }`. */
const namedAnswers = [
  ...found(/['"`]([a-z][a-z-]*):([a-z][a-z-]*)['"`]/g).filter(({ match }) => !notContent.has(match[1] ?? '')),
  ...found(/question: '([a-z-]+)', option: '([a-z-]+)'/g),
].map(({ file, match }) => ({ file, code: `${match[1]}:${match[2]}` }));

/** Questions the code names: `startsWith('since:')`, `answers['stage']`, the worksheet's `number('unfair')`. */
const namedQuestions = [
  ...found(/startsWith\(['"]([a-z-]+):['"]\)/g),
  ...found(/answers\[['"]([a-z-]+)['"]\]/g),
  ...found(/number\(['"]([a-z-]+)['"]\)/g),
].map(({ file, match }) => ({ file, question: match[1] ?? '' }));

describe('content ids named in the code', () => {
  it('finds them where the code names them by hand', () => {
    const files = new Set([...namedAnswers, ...namedQuestions].map(({ file }) => file));
    for (const file of ['lib/star.ts', 'lib/journal-entry.ts', 'lib/journal-application.ts', 'pages/check/worksheet.astro'])
      expect([...files], file).toContain(file);
  });

  it('names only answers that check.yaml has, or retired answers a saved entry may hold', () => {
    expect(namedAnswers.filter(({ code }) => !answers.has(code))).toEqual([]);
  });

  it('names only questions that check.yaml has', () => {
    expect(namedQuestions.filter(({ question }) => !questions.has(question))).toEqual([]);
  });
});
