import { describe, expect, it } from 'vitest';
import { longDate } from '../../src/lib/dates';

describe('longDate', () => {
  it('writes a calendar date as it is written in the UK, whatever the time zone', () => {
    expect(longDate('2026-11-28')).toBe('28 November 2026');
    expect(longDate('2027-01-05')).toBe('5 January 2027');
    expect(longDate('2028-02-29')).toBe('29 February 2028');
  });
});
