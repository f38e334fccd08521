import { getCollection, type CollectionEntry } from 'astro:content';
import { guideSchema } from '../schemas/chapter';
import { readingMinutes } from './reading-time';

export type Chapter = CollectionEntry<'guide'> & { minutes: number };

/**
 * The guide's chapters in reading order, each with its reading time. Fails the build with the
 * schema's message when two chapters share an order.
 */
export async function getChapters(): Promise<Chapter[]> {
  const entries = await getCollection('guide');
  const result = guideSchema.safeParse(entries.map(({ id, data }) => ({ id, data })));
  if (!result.success) {
    throw new Error(`The guide's chapters are not valid: ${result.error.issues.map((i) => i.message).join('; ')}`);
  }
  return entries
    .map((entry) => ({ ...entry, minutes: readingMinutes(entry.body ?? '') }))
    .sort((a, b) => a.data.order - b.data.order);
}
