/**
 * Several tabs of the site over one localStorage, as a browser runs them: each tab reads and writes
 * its own copy at once, and hears of other tabs' writes a little later, as a `storage` event.
 * Until then it works on what it last heard, which is how two tabs come to edit within
 * milliseconds of each other. Each tab runs its own copy of the stores (a fresh module graph), and
 * has its own sessionStorage, which outlives a reload of the tab and is never heard by the others.
 * Both storages list their keys as a browser's do (`Object.keys(localStorage)`).
 */
import { cleanStores } from 'nanostores';
import { vi } from 'vitest';
import { channelsOpenedBy } from '../tabs-channel';

type Update = { key: string; value: string | null; order: number };

/** The storage all tabs share, and the order of its writes. */
export class Browser {
  readonly data = new Map<string, string>();
  readonly tabs: Tab[] = [];
  order = 0;

  /** Opens a tab on the site: it loads its stores over what storage holds now. */
  async open(): Promise<Tab> {
    const tab = new Tab(this);
    this.tabs.push(tab);
    await tab.load();
    return tab;
  }

  write(from: TabStorage, key: string, value: string | null): number {
    const order = ++this.order;
    if (value === null) this.data.delete(key);
    else this.data.set(key, value);
    for (const tab of this.tabs) if (tab.storage !== from) tab.inbox.push({ key, value, order });
    return order;
  }

  /** Closes every tab: their stores stop listening at once. */
  close(): void {
    for (const tab of this.tabs) tab.close();
  }

  /** Every tab hears of every write: the browser is quiet again. */
  deliverAll(): void {
    for (let round = 0; this.tabs.some((tab) => tab.inbox.length > 0); round++) {
      // Tabs that kept answering each other's writes would never settle: that is a bug.
      if (round > 20) throw new Error('the tabs keep writing back and forth');
      for (const tab of this.tabs) tab.deliver();
    }
  }
}

/** A storage whose keys are listed as a browser lists them: as its own properties. */
function listingKeys<T extends MemoryStorage>(storage: T): T {
  return new Proxy(storage, {
    ownKeys: () => [...storage.copy.keys()],
    getOwnPropertyDescriptor: (_, key) =>
      typeof key === 'string' && storage.copy.has(key)
        ? { value: storage.copy.get(key), enumerable: true, configurable: true, writable: true }
        : undefined,
  });
}

/** A storage area held in memory: a tab's sessionStorage. */
export class MemoryStorage {
  readonly copy = new Map<string, string>();

  static create(): MemoryStorage {
    return listingKeys(new MemoryStorage());
  }

  get length() {
    return this.copy.size;
  }
  key(index: number) {
    return [...this.copy.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.copy.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.copy.set(key, String(value));
  }
  removeItem(key: string) {
    this.copy.delete(key);
  }
  clear() {
    for (const key of [...this.copy.keys()]) this.removeItem(key);
  }
}

/** One tab's view of localStorage: what it has heard so far, and its own writes. */
export class TabStorage extends MemoryStorage {
  /** The order of this tab's last write to each key: news older than it is already out of date here. */
  readonly written = new Map<string, number>();

  private constructor(private readonly browser: Browser) {
    super();
    for (const [key, value] of browser.data) this.copy.set(key, value);
  }

  static of(browser: Browser): TabStorage {
    return listingKeys(new TabStorage(browser));
  }

  override setItem(key: string, value: string) {
    this.copy.set(key, String(value));
    this.written.set(key, this.browser.write(this, key, String(value)));
  }
  override removeItem(key: string) {
    this.copy.delete(key);
    this.written.set(key, this.browser.write(this, key, null));
  }
}

export type Stores = {
  storage: typeof import('../../src/stores/persisted');
  journal: typeof import('../../src/stores/journal');
  journalImport: typeof import('../../src/stores/journal-import');
  device: typeof import('../../src/stores/device');
};

export class Tab {
  storage: TabStorage;
  /** The tab's sessionStorage: kept across reloads, and never heard by other tabs. */
  readonly session = MemoryStorage.create();
  inbox: Update[] = [];
  stores!: Stores;
  private loaded: Stores[] = [];
  /** The BroadcastChannels this tab's pages opened: closed with the page. */
  private channels: { close(): void }[] = [];

  constructor(private readonly browser: Browser) {
    this.storage = TabStorage.of(browser);
  }

  /** Loads the page: a fresh copy of the stores, over this tab's storage. */
  async load(): Promise<void> {
    this.close();
    this.storage = TabStorage.of(this.browser);
    this.inbox = [];
    vi.resetModules();
    const areas = { localStorage: this.storage, sessionStorage: this.session };
    const originals = Object.keys(areas).map((name) => [name, Object.getOwnPropertyDescriptor(window, name)!] as const);
    for (const [name, area] of Object.entries(areas))
      Object.defineProperty(window, name, { configurable: true, get: () => area });
    try {
      const opened = await channelsOpenedBy(async () => {
        this.stores = {
          storage: await import('../../src/stores/persisted'),
          journal: await import('../../src/stores/journal'),
          journalImport: await import('../../src/stores/journal-import'),
          device: await import('../../src/stores/device'),
        };
      });
      this.channels.push(...opened);
    } finally {
      for (const [name, original] of originals) Object.defineProperty(window, name, original);
    }
    // The page shows the journal: something listens to it, as the journal's island does.
    this.stores.journal.journalEntries.listen(() => undefined);
    this.loaded.push(this.stores);
  }

  /** Closes the page: its stores stop listening (at once, not after nanostores' usual delay). */
  close(): void {
    cleanStores(...this.loaded.splice(0).map((stores) => stores.journal.journalEntries));
    for (const channel of this.channels.splice(0)) channel.close();
  }

  /** Hears of the other tabs' writes so far, each as a `storage` event. */
  deliver(): void {
    const updates = this.inbox;
    this.inbox = [];
    for (const { key, value, order } of updates) {
      if ((this.storage.written.get(key) ?? 0) < order) {
        if (value === null) this.storage.copy.delete(key);
        else this.storage.copy.set(key, value);
      }
      // jsdom's StorageEvent takes only its own Storage; the stores read `key`, `newValue` and `storageArea` alone.
      const event = new Event('storage');
      Object.defineProperties(event, { key: { value: key }, newValue: { value }, storageArea: { value: this.storage } });
      window.dispatchEvent(event);
    }
  }

  entries() {
    return this.stores.journal.journalEntries.get();
  }
}
