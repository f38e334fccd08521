/**
 * Help where the person is: every region file through the real schema, what the schema refuses
 * (with a message naming the field), and the guess from the time zone, made on the device.
 */
import { describe, expect, it } from 'vitest';
import { regionSchema } from '../../src/schemas/region';
import { ELSEWHERE, guessRegion, isRegionId, REGION_IDS, regionClues, regionToShow } from '../../src/lib/regions';
import { readRegionFiles } from './content';

const files = readRegionFiles();
const clues = Object.entries(regionClues);
const messages = (value: unknown) => {
  const parsed = regionSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the regions', () => {
  it('has a file for every region the pages offer, and no other', () => {
    expect(Object.keys(files).sort()).toEqual([...REGION_IDS].sort());
  });

  it.each(Object.keys(files))('%s parses, with a crisis line, a source for every fact and the date it was checked', (id) => {
    expect(messages(files[id])).toEqual([]);
    const region = regionSchema.parse(files[id]);
    expect(region.crisis.length).toBeGreaterThan(0);
    expect(region.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const service of [...region.crisis, ...region.advice, ...region.complain])
      expect(service.source).toMatch(/^https?:\/\//);
    // A number is a tap away: what is written is what is dialled.
    for (const service of region.crisis)
      if (service.phone) expect(service.phone.replace(/\D/g, '')).toBe(service.call?.replace('+', ''));
  });

  it('refuses a region without a crisis line, a source or a checked date, naming the field', () => {
    const region = files['united-states'] as Record<string, unknown>;
    expect(messages({ ...region, crisis: [] })).toEqual(['crisis: every region needs at least one crisis line (crisis)']);
    const undated = { ...region };
    delete undated['checked'];
    expect(messages(undated).join()).toMatch(/^checked: every region needs the date its facts were checked/);
    const [line] = region['crisis'] as Record<string, unknown>[];
    const unsourced = { ...line };
    delete unsourced['source'];
    expect(messages({ ...region, crisis: [unsourced] }).join()).toMatch(
      /^crisis\.0\.source: every fact needs the address of the official page/,
    );
    expect(messages({ ...region, crisis: [{ ...line, call: undefined }] }).join()).toMatch(/needs both phone .* and call/);
  });
});

describe('the guess from the time zone', () => {
  it.each([
    ['Europe/London', 'england-and-wales'],
    ['Europe/Dublin', 'ireland'],
    ['America/Chicago', 'united-states'],
    ['America/Toronto', 'canada'],
    ['Australia/Sydney', 'australia'],
    ['Pacific/Auckland', 'new-zealand'],
    ['Asia/Kolkata', 'india'],
    // The older spelling, which Chromium reports.
    ['Asia/Calcutta', 'india'],
    ['Europe/Berlin', 'germany'],
    ['Asia/Tokyo', ELSEWHERE],
    ['Not/AZone', ELSEWHERE],
  ])('%s gives %s', (zone, region) => {
    expect(guessRegion(zone, ['en-GB'], clues)).toBe(region);
  });

  it('lets the language break a tie only where the zone names no place', () => {
    expect(guessRegion('UTC', ['fr-FR', 'en-CA'], clues)).toBe('canada');
    expect(guessRegion('Etc/GMT+5', ['en-US'], clues)).toBe('united-states');
    expect(guessRegion(undefined, ['de'], clues)).toBe(ELSEWHERE);
    expect(guessRegion('Europe/Berlin', ['en-US'], clues)).toBe('germany');
  });

  it('keeps the person’s choice over the guess, and falls back to the guess for a stored value that is not a region', () => {
    expect(regionToShow('scotland', 'england-and-wales')).toBe('scotland');
    expect(regionToShow('atlantis', 'united-states')).toBe('united-states');
    expect(regionToShow(null, 'india')).toBe('india');
    expect(REGION_IDS.every(isRegionId)).toBe(true);
    // Every region the table guesses is one the pages offer.
    expect(Object.keys(regionClues).every(isRegionId)).toBe(true);
  });
});
