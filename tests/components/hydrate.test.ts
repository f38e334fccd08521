import { afterEach, describe, expect, it, vi } from 'vitest';
import { hydrateIsland } from '../../src/lib/hydrate';
import StorageNotices from '../../src/components/StorageNotices.svelte';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('starting an island', () => {
  it('reports a missing root as a console error', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    hydrateIsland(StorageNotices, 'not-on-this-page');
    expect(error).toHaveBeenCalledWith('No island #not-on-this-page');
  });

  it.each([
    ['props that are not JSON', '{oops'],
    ['props that are a list', '[1]'],
    ['no props at all', undefined],
  ])('reports %s as a console error', (_, props) => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    document.body.innerHTML = `<div id="island"></div>`;
    if (props !== undefined) document.getElementById('island')!.dataset['props'] = props;
    hydrateIsland(StorageNotices, 'island');
    expect(error).toHaveBeenCalledWith('Island #island: unreadable props');
  });

  it('starts an island with the props beside it', () => {
    const error = vi.spyOn(console, 'error');
    document.body.innerHTML = `<div id="island" data-props='{"migrated":true}'></div>`;
    hydrateIsland(StorageNotices, 'island');
    expect(document.body).toHaveTextContent('The check has been updated since you started it.');
    expect(error).not.toHaveBeenCalled();
  });
});
