import { hydrate, type Component } from 'svelte';

/**
 * Brings to life a Svelte component that Astro rendered at build time inside the element `id`,
 * with the props written beside it in `data-props` (see `Island.astro`). A missing element or
 * props that cannot be read are reported as console errors (which the browser tests fail on),
 * never passed over in silence.
 *
 * This replaces Astro's `client:load`: its inline loader and the Svelte renderer cost about
 * 2.4 kB gzip on every page with an island, a tenth of the 25 kB budget, for features (lazy
 * directives, view transitions, nested islands) this site does not use.
 */
export function hydrateIsland(component: unknown, id: string): void {
  const root = document.getElementById(id);
  if (!root) {
    console.error(`No island #${id}`);
    return;
  }
  let props: unknown;
  try {
    props = JSON.parse(root.dataset['props'] ?? '');
  } catch {
    // Reported below, with the other props that cannot be used.
  }
  if (typeof props !== 'object' || props === null || Array.isArray(props)) {
    console.error(`Island #${id}: unreadable props`);
    return;
  }
  // `unknown`: inside an .astro page a .svelte import is typed as an Astro component, not a Svelte one.
  hydrate(component as Component<Record<string, unknown>>, { target: root, props: props as Record<string, unknown> });
}
