/** Words a minute for calm reading of practical text; a common figure for adult readers. */
const WORDS_PER_MINUTE = 200;

/**
 * Minutes it takes to read a chapter, from its MDX source. Markup, import lines and
 * frontmatter are not words, so they are left out. Never less than one minute.
 */
export function readingMinutes(source: string): number {
  const text = source
    .replace(/^---[\s\S]*?---/, ' ') // frontmatter
    .replace(/^(import|export) .*$/gm, ' ') // MDX module lines
    .replace(/<[^>]+>/g, ' ') // tags and components
    .replace(/[#>*_`[\]()|-]/g, ' '); // Markdown punctuation
  const words = text.split(/\s+/).filter((word) => /\w/.test(word)).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
