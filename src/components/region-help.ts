/**
 * Shows the help of the person's region in each `<region-help>` element: their choice if they
 * made one, else a guess from the time zone, made on the device. The parts come from the region's
 * own page (/help/<id>/, kept offline by the service worker), so the markup is written once.
 * Kept small: guide pages carry it and none of the site's stores.
 */
import { guessRegion, REGION_KEY } from '../lib/regions';
import { areaFor, readMode } from '../stores/areas';

const area = () => areaFor(readMode());

class RegionHelp extends HTMLElement {
  connectedCallback() {
    // A card without a list of its own follows the page's first list.
    const select = this.querySelector('select') ?? document.querySelector('region-help select');
    if (!select) return console.error('region-help: no list');
    // Which line shows (the link to the list of regions, or the list itself) is CSS: region-help:defined.
    select.onchange = () => {
      try {
        area()?.setItem(REGION_KEY, select.value);
      } catch {
        // Not kept: the cards on this page still show it.
      }
      // Every card on the page follows (other tabs hear the storage event itself).
      dispatchEvent(new Event('storage'));
    };
    const show = async () => {
      let id: string | null | undefined;
      try {
        id = area()?.getItem(REGION_KEY);
      } catch {
        // A choice that cannot be read is no choice: the guess stands.
      }
      // A stored value that is not one of the regions falls back to the guess.
      select.value = id ?? '';
      if (select.selectedIndex < 0) {
        // The clues are on the region list itself (see RegionHelp.astro): the table stays out of this script.
        const clues = [...select.options].map(
          (option) => [option.value, { zones: option.dataset['zones'] ?? '', country: option.dataset['country'] }] as const,
        );
        select.value = guessRegion(Intl.DateTimeFormat().resolvedOptions().timeZone, navigator.languages, clues);
      }
      const wanted = select.value;
      const shown = this.querySelector('[data-region-part]') as HTMLElement;
      if (shown.dataset['region'] === wanted) return;
      const page = await fetch(`/help/${wanted}/`)
        .then((response) => response.text())
        .then(
          (text) => new DOMParser().parseFromString(text, 'text/html'),
          () => undefined,
        );
      // Chosen again meanwhile: the later choice's own fetch shows it.
      if (select.value !== wanted) return;
      const found = page?.querySelector(`[data-region-part="${this.dataset['part']}"]`);
      // Offline before that region's page was ever kept: the card goes on showing the region it names.
      // (Inserting the part adopts it into this document.)
      if (found) shown.replaceWith(found);
      else select.value = shown.dataset['region'] ?? '';
    };
    addEventListener('storage', () => void show());
    void show();
  }
}

customElements.define('region-help', RegionHelp);
