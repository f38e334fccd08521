/** A person's settings for the check, declared once through `persisted.ts`. */
import { KEY_PREFIX, persisted } from './persisted';

const shortcuts = persisted<'off' | undefined>({
  key: `${KEY_PREFIX}prefs:shortcuts:v1`,
  empty: undefined,
  // Only "off" means anything: any other text is a setting never made, and nothing a person would miss.
  read: (text) => ({ value: text === 'off' ? 'off' : undefined }),
  write: (value) => value,
});

/** "off" when a person switched off the number-key shortcuts; they are on otherwise. Follows other tabs. */
export const shortcutsOff = shortcuts.$value;

export function setShortcuts(on: boolean): void {
  shortcuts.set(on ? undefined : 'off');
}
