/**
 * Registers the service worker (`/sw.js`, built by scripts/offline.ts) so the site works offline,
 * and shows `prompt` when a new version of the site is ready. The new version takes over, and the
 * page reloads, only when the person presses the prompt's Reload button: never by itself, so never
 * in the middle of a check.
 */
export function startOfflineSupport(prompt: HTMLElement): void {
  if (!('serviceWorker' in navigator)) return;
  const { serviceWorker } = navigator;
  const reload = prompt.querySelector<HTMLButtonElement>('[data-update-reload]');
  const later = prompt.querySelector<HTMLButtonElement>('[data-update-later]');
  if (!reload || !later) throw new Error('The update prompt is missing its buttons');

  let chosen = false;
  serviceWorker.addEventListener('controllerchange', () => {
    // Also fires when the very first version starts; only a reload the person asked for follows.
    if (chosen) location.reload();
  });

  const offer = (registration: ServiceWorkerRegistration) => {
    prompt.hidden = false;
    reload.onclick = () => {
      const waiting = registration.waiting;
      if (!waiting) return location.reload();
      chosen = true;
      waiting.postMessage('take-over');
    };
    later.onclick = () => (prompt.hidden = true);
  };

  // After the page has loaded, so that keeping the site for offline use never slows the first view.
  addEventListener('load', () => {
    serviceWorker.register('/sw.js').then(
      (registration: ServiceWorkerRegistration | undefined) => {
        // A browser (or a test) that blocks service workers may answer with nothing.
        if (!registration) return;
        // With no controller, the worker is this browser's first: nothing to update, and once it is ready the site
        // works offline. Said once, quietly: the next page already has a controller.
        if (!serviceWorker.controller) {
          void serviceWorker.ready.then(() => {
            const ready = document.querySelector<HTMLElement>('[data-offline-ready]');
            if (ready) ready.hidden = false;
          });
        }
        if (registration.waiting && serviceWorker.controller) offer(registration);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed' && serviceWorker.controller) offer(registration);
          });
        });
      },
      () => {
        // Not registered (a private window, storage turned off): the site works online as before.
      },
    );
  });
}
