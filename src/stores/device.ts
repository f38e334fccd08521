/**
 * What only the data page does with storage: list and delete the copies kept aside, and switch
 * this tab's shared-computer mode. Kept apart from `storage.ts` so that other pages do not load it.
 */
import {
  BACKUP_PREFIX,
  KEY_PREFIX,
  MODE_KEY,
  area,
  fail,
  local,
  readKey,
  session,
  sharedComputer,
  writeKey,
} from './storage-core';

/** A copy kept aside: its key, what it was (`journal`, `check`, `plan`), when it was set aside, and its text. */
export interface Backup {
  key: string;
  what: string;
  when: string;
  text: string;
}

/** Every copy kept aside in the storage area in use, oldest first. */
export function listBackups(): Backup[] {
  let keys: string[] = [];
  try {
    keys = Object.keys(area() ?? {});
  } catch {
    // Storage that cannot be listed holds nothing we can show.
  }
  return keys
    .filter((key) => key.startsWith(BACKUP_PREFIX))
    .sort()
    .map((key) => {
      const [what = '', ...rest] = key.slice(BACKUP_PREFIX.length).split(':');
      return { key, what, when: rest.slice(1).join(':'), text: readKey(key) ?? '' };
    });
}

/** Deletes copies kept aside: the ones named, or all of them. */
export function deleteBackups(keys = listBackups().map((backup) => backup.key)): void {
  for (const key of keys) if (key.startsWith(BACKUP_PREFIX)) writeKey(key, undefined);
}

/**
 * Switches shared-computer mode for this tab, moving what this site keeps between localStorage
 * (kept on the device) and the tab's sessionStorage (gone when the tab closes). A value with no
 * room where it goes stays in memory for this visit, and the page says changes will not be kept.
 */
export function setSharedComputer(on: boolean): void {
  if (!session || on === sharedComputer.get()) return;
  const from = on ? local : session;
  try {
    const moving = Object.keys(from ?? {})
      .filter((key) => key.startsWith(KEY_PREFIX) && key !== MODE_KEY)
      .map((key) => [key, from?.getItem(key) ?? undefined] as const);
    if (on) session.setItem(MODE_KEY, 'shared');
    else session.removeItem(MODE_KEY);
    sharedComputer.set(on);
    for (const [key, value] of moving) {
      writeKey(key, value);
      from?.removeItem(key);
    }
  } catch {
    fail('failed');
  }
}
