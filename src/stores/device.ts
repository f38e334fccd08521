/**
 * What only the data page does with storage: switch shared-computer mode (every open tab follows,
 * through `moveAll` in `persisted.ts`), and list and delete the copies kept aside. Kept apart so
 * that other pages do not load it.
 */
import {
  BACKUP_PREFIX,
  KEY_PREFIX,
  SWITCH_KEY,
  area,
  fail,
  local,
  moveAll,
  readKey,
  session,
  sharedComputer,
  siteKeys,
  writeKey,
} from './persisted';

/** A copy kept aside: its key, what it was (`journal`, `check`, `plan`), when it was set aside, and its text. */
export interface Backup {
  key: string;
  what: string;
  when: string;
  text: string;
}

/** Every copy kept aside in the storage area in use, oldest first. */
export function listBackups(): Backup[] {
  return siteKeys(area())
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

/** Calls `listener` with the key of each change another tab makes in the storage area in use (null: all cleared). */
export function onStorageChange(listener: (key: string | null) => void): () => void {
  const filtered = (event: StorageEvent) => {
    if (event.storageArea === area() && (event.key === null || event.key.startsWith(KEY_PREFIX))) listener(event.key);
  };
  addEventListener('storage', filtered);
  return () => removeEventListener('storage', filtered);
}

/**
 * Switches shared-computer mode, in this tab and in every open tab of the site. Returns whether it
 * switched: when the values could not be moved, this tab is as it was, and the page must say so.
 */
export function setSharedComputer(on: boolean): boolean {
  const device = local;
  if (!session || !device) return false;
  if (on === sharedComputer.get()) return true;
  const tell = (mode: 'shared' | 'device') => {
    device.setItem(SWITCH_KEY, mode);
    device.removeItem(SWITCH_KEY);
  };
  try {
    // First, so that every other tab follows before it hears the values move.
    tell(on ? 'shared' : 'device');
  } catch {
    fail('failed');
    return false;
  }
  if (moveAll(on)) return true;
  try {
    tell(on ? 'device' : 'shared');
  } catch {
    // The other tabs stay in shared mode, with their own copies: nothing is lost.
  }
  return false;
}
