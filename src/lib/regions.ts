/**
 * Which region's help to show: the person's own choice when they made one, else a guess from the
 * browser's time zone, made on the device (never from the network), with the language's region
 * only to break a tie. Plain rules, shared by the pages (a small script on guide pages) and tests;
 * the regions' facts are content (`src/content/regions/`).
 */

/** The regions with a file in `src/content/regions/` (a test keeps the two in step). */
export const REGION_IDS = [
  'england-and-wales',
  'scotland',
  'northern-ireland',
  'ireland',
  'united-states',
  'canada',
  'australia',
  'new-zealand',
  'india',
  'germany',
  'another-country',
] as const;
export type RegionId = (typeof REGION_IDS)[number];

/** Shown where no choice or guess can be made (pages without JavaScript). */
export const DEFAULT_REGION: RegionId = 'england-and-wales';
/** For any zone or language outside the table. */
export const ELSEWHERE: RegionId = 'another-country';

export const isRegionId = (value: unknown): value is RegionId => (REGION_IDS as readonly unknown[]).includes(value);

/** What a region is guessed from: its time zones (as browsers name them, space-separated) and, to break a tie, its country code. */
export interface RegionClues {
  zones: string;
  country?: string | undefined;
}

/**
 * Time zones by region, as browsers name them (IANA, with the older spellings Chromium reports,
 * such as Asia/Calcutta). The main zones only: a person whose zone is not here is one tap from
 * choosing. Europe/London cannot tell Scotland or Northern Ireland from England: Chromium reports
 * Europe/Belfast as Europe/London. Pages carry this table in their HTML (on the region list of
 * each help card), so the script that guesses stays small.
 */
export const regionClues: Partial<Record<RegionId, RegionClues>> = {
  'england-and-wales': { zones: 'Europe/London', country: 'GB' },
  'northern-ireland': { zones: 'Europe/Belfast' },
  ireland: { zones: 'Europe/Dublin', country: 'IE' },
  'united-states': {
    zones:
      'America/New_York America/Detroit America/Chicago America/Denver America/Phoenix America/Los_Angeles America/Boise America/Anchorage America/Juneau America/Adak America/Indianapolis America/Louisville America/Indiana/Indianapolis America/Kentucky/Louisville Pacific/Honolulu',
    country: 'US',
  },
  canada: {
    zones:
      'America/St_Johns America/Halifax America/Moncton America/Toronto America/Montreal America/Winnipeg America/Regina America/Edmonton America/Vancouver America/Whitehorse America/Yellowknife America/Iqaluit',
    country: 'CA',
  },
  australia: {
    zones:
      'Australia/Sydney Australia/Melbourne Australia/Brisbane Australia/Adelaide Australia/Perth Australia/Hobart Australia/Darwin Australia/Canberra',
    country: 'AU',
  },
  'new-zealand': { zones: 'Pacific/Auckland Pacific/Chatham', country: 'NZ' },
  india: { zones: 'Asia/Kolkata Asia/Calcutta', country: 'IN' },
  germany: { zones: 'Europe/Berlin', country: 'DE' },
};

/** Zones that name no place (UTC and the like): a tie, for the language to break. */
const placeless = /^(Etc\/|UTC$|GMT$|UCT$|Universal$|Zulu$)/;

/**
 * The region a time zone points to, among `clues` (`regionClues`, or the same read back from a
 * page). A zone that names no place is a tie, broken by the first of the languages (en-US) whose
 * country is known; a zone outside the table is another country.
 */
export function guessRegion(
  timeZone: string | undefined,
  languages: readonly string[],
  clues: readonly (readonly [string, RegionClues])[],
): string {
  if (timeZone && !placeless.test(timeZone)) {
    return clues.find(([, { zones }]) => zones.split(' ').includes(timeZone))?.[0] ?? ELSEWHERE;
  }
  for (const language of languages) {
    const country = /-([A-Z]{2})\b/.exec(language)?.[1];
    const found = country && clues.find((clue) => clue[1].country === country);
    if (found) return found[0];
  }
  return ELSEWHERE;
}

/** The region to show: a stored choice that is a region, else the guess. */
export const regionToShow = (stored: unknown, guess: string): string => (isRegionId(stored) ? stored : guess);

/** Where the choice is kept (in the storage area in use, see `src/stores/areas.ts`). */
export const REGION_KEY = 'notnever:region:v1';
