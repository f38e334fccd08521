/**
 * Keeping the journal safe from browser clean-ups: what this browser has been asked and told, and
 * when to remind a person to export. Plain rules; `src/stores/durability.ts` keeps the state.
 */

/** What the browser answered when asked to keep this site's storage (`navigator.storage.persist()`). */
export type PersistAnswer = 'granted' | 'denied' | 'unsupported';

export interface Durability {
  /** Unset until the browser has been asked, after the first journal save. */
  persist?: PersistAnswer;
  /** The person put away the note about browsers that delete data after a week. */
  weekNoticeDone?: boolean;
  /** When the journal was last exported (ISO 8601). */
  exportedAt?: string;
  /** When the person last put the export reminder away (ISO 8601). */
  reminderPutAwayAt?: string;
}

/** What the browser's answer means, in plain words: on the journal page, and on a result page after a save. */
export const persistWords: Record<PersistAnswer, string> = {
  granted:
    'Your browser has agreed to keep your journal: it will not clear it to make room. Clearing your browsing data yourself still removes it.',
  // Most browsers make no promise to a site until it is used often: said calmly, with what keeps the journal safe.
  denied: 'Your journal is kept in this browser. An exported copy keeps it safe, whatever happens to the browser.',
  unsupported: 'This browser cannot promise to keep your journal. An exported copy keeps it safe.',
};

/** After this many new entries without an export, the journal reminds the person to export a copy. */
export const REMIND_AFTER_ENTRIES = 3;

const isDate = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));

/**
 * Reads the stored state; anything unreadable counts as never set. It holds only these flags and
 * dates, nothing a person would miss, so there is nothing to keep aside: the next write replaces it.
 */
export function readDurability(raw: string | undefined): Durability {
  let value: unknown;
  try {
    value = raw === undefined ? {} : JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null) return {};
  const { persist, weekNoticeDone, exportedAt, reminderPutAwayAt } = value as Record<string, unknown>;
  return {
    ...(persist === 'granted' || persist === 'denied' || persist === 'unsupported' ? { persist } : {}),
    ...(weekNoticeDone === true ? { weekNoticeDone } : {}),
    ...(isDate(exportedAt) ? { exportedAt } : {}),
    ...(isDate(reminderPutAwayAt) ? { reminderPutAwayAt } : {}),
  };
}

/**
 * How many entries were saved since the journal was last exported or the reminder put away, and
 * so have no copy outside this browser that the person knows of.
 */
export function entriesSinceLastCopy(entries: readonly { savedAt: string }[], state: Durability): number {
  const since = [state.exportedAt, state.reminderPutAwayAt].filter(isDate).map(Date.parse);
  const after = since.length > 0 ? Math.max(...since) : Number.NEGATIVE_INFINITY;
  return entries.filter((entry) => Date.parse(entry.savedAt) > after).length;
}

/** Remind to export after every few new entries without a copy. */
export function shouldRemindToExport(entries: readonly { savedAt: string }[], state: Durability): boolean {
  return entriesSinceLastCopy(entries, state) >= REMIND_AFTER_ENTRIES;
}
