/** A person's settings for the check, kept in this browser through the safe storage engine. */
import { atom } from 'nanostores';
import { KEY_PREFIX, inBrowser, onStorageChange, readKey, writeKey } from './storage-core';

const SHORTCUTS_KEY = `${KEY_PREFIX}prefs:shortcuts:v1`;

/** "off" when a person switched off the number-key shortcuts; they are on otherwise. Follows other tabs. */
export const shortcutsOff = atom<string | undefined>(readKey(SHORTCUTS_KEY));

if (inBrowser) {
  const read = () => shortcutsOff.set(readKey(SHORTCUTS_KEY));
  onStorageChange((key) => {
    if (key === SHORTCUTS_KEY || key === null) read();
  });
  // A page restored from the back/forward cache missed the changes made meanwhile.
  addEventListener('pageshow', read);
}

export function setShortcuts(on: boolean): void {
  const value = on ? undefined : 'off';
  writeKey(SHORTCUTS_KEY, value);
  shortcutsOff.set(value);
}
