/**
 * Prints the check's questions as a sheet for people who write and label calibration stories
 * blind: the questions, hints, options and when each question is asked, and nothing of how
 * answers are weighed (no weights, evidence kinds, reasons or rules). `npm run question-sheet`.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkSchema } from '../src/schemas/check.ts';

const check = checkSchema.parse(parse(readFileSync(new URL('../src/content/check/check.yaml', import.meta.url), 'utf8')));
const lines: string[] = [`# The check's questions (version ${check.version})`, ''];
lines.push(
  'Answer ids are in `code`. A "tick any" question takes a list; an option marked "(on its own)" cannot be ticked with others.',
  '',
);
for (const group of check.groups) {
  lines.push(`## ${group.title}`, '');
  for (const question of check.questions.filter((q) => q.group === group.id)) {
    lines.push(`### \`${question.id}\`: ${question.text}`, '');
    if (question.hint) lines.push(`_${question.hint}_`, '');
    lines.push(question.type === 'many' ? 'Tick any that apply.' : 'Choose one.');
    const rule = (when: string, r?: { question: string; anyOf: string[] }) =>
      r ? [`${when} \`${r.question}\` is answered ${r.anyOf.map((id) => `\`${id}\``).join(' or ')}.`] : [];
    lines.push(...rule('Asked only when', question.showIf), ...rule('Not asked when', question.hideIf), '');
    for (const option of question.options)
      lines.push(`- \`${option.id}\`: ${option.label}${option.exclusive ? ' (on its own)' : ''}`);
    lines.push('');
  }
}
process.stdout.write(lines.join('\n'));
