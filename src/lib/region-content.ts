/**
 * The regions' help, from `src/content/regions/`, for the pages that show it (build time only).
 * One module reads the data for every card, panel, chapter and reminder, so no number is written
 * twice.
 */
import { getCollection } from 'astro:content';
import type { Region } from '../schemas/region';
import { DEFAULT_REGION, REGION_IDS, type RegionId } from './regions';

export type RegionHelp = Region & { id: RegionId };

/** Every region, in the order of `REGION_IDS`. Fails the build when a file and the list disagree. */
export async function getRegions(): Promise<RegionHelp[]> {
  const entries = await getCollection('regions');
  const ids = entries.map((entry) => entry.id).sort();
  const expected = [...REGION_IDS].sort();
  if (ids.join() !== expected.join()) {
    throw new Error(
      `src/content/regions/ holds ${ids.join(', ')}; src/lib/regions.ts lists ${expected.join(', ')}. Keep the two in step.`,
    );
  }
  return REGION_IDS.map((id) => ({ id, ...(entries.find((entry) => entry.id === id)?.data as Region) }));
}

/** The region shown when no choice or guess can be made. */
export async function getDefaultRegion(): Promise<RegionHelp> {
  return (await getRegions()).find((region) => region.id === DEFAULT_REGION) as RegionHelp;
}
