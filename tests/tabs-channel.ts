/**
 * The tabs of one test talk over BroadcastChannel as a browser's tabs do; the tabs of earlier
 * tests are closed. Node's own BroadcastChannel reaches every module copy the process ever loaded,
 * so a page left open by an earlier test would answer the next one's tabs.
 */
import { beforeEach } from 'vitest';

let open = new Set<FakeChannel>();

class FakeChannel extends EventTarget {
  onmessage: ((event: MessageEvent) => void) | null = null;
  private readonly tabs = open;

  constructor(readonly name: string) {
    super();
    this.tabs.add(this);
  }

  postMessage(data: unknown): void {
    for (const other of this.tabs) {
      if (other === this || other.name !== this.name) continue;
      // Delivered later, as a browser delivers it: never inside the sender's own call.
      setTimeout(() => other.onmessage?.(new MessageEvent('message', { data })));
    }
  }

  close(): void {
    this.tabs.delete(this);
  }
}

globalThis.BroadcastChannel = FakeChannel as unknown as typeof BroadcastChannel;

/** The channels `load` opens (a page's, to close with it). */
export async function channelsOpenedBy(load: () => Promise<void>): Promise<FakeChannel[]> {
  const before = new Set(open);
  await load();
  return [...open].filter((channel) => !before.has(channel));
}

beforeEach(() => {
  open = new Set();
});
