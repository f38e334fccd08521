import { afterEach, describe, expect, it, vi } from 'vitest';
import { hydrateIsland } from '../../src/lib/hydrate';
import CheckAnswers from '../../src/components/CheckAnswers.svelte';
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
    const props = {
      groups: [{ id: 'interview', title: 'The interview' }],
      questions: [
        { id: 'stage', group: 'interview', text: 'How far did you get?', options: [{ id: 'first', label: 'A first interview' }] },
      ],
      answers: { stage: ['first'] },
    };
    document.body.innerHTML = `<div id="island"></div>`;
    document.getElementById('island')!.dataset['props'] = JSON.stringify(props);
    hydrateIsland(CheckAnswers, 'island');
    expect(document.body).toHaveTextContent('How far did you get? A first interview');
    expect(error).not.toHaveBeenCalled();
  });
});
