/** A person's settings for the check, kept in this browser. */
import { persistentAtom } from '@nanostores/persistent';
import { KEY_PREFIX } from './storage';

/** "off" when a person switched off the number-key shortcuts; they are on otherwise. */
export const shortcutsOff = persistentAtom<string | undefined>(`${KEY_PREFIX}prefs:shortcuts:v1`, undefined);

export function setShortcuts(on: boolean): void {
  shortcutsOff.set(on ? undefined : 'off');
}
