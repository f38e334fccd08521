// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { optionForKey, stepInHistory, stepTitle } from '../../src/lib/check-steps';

describe('the check’s document title', () => {
  it('names each step, and says "Error: " while an error shows', () => {
    expect(stepTitle('Was it you?', undefined, false)).toBe('Was it you? · Not Never');
    expect(stepTitle(undefined, { text: 'How did the no reach you?', number: 3, total: 12, error: false }, false)).toBe(
      'Question 3 of 12: How did the no reach you? · Not Never',
    );
    expect(stepTitle(undefined, { text: 'How did the no reach you?', number: 3, total: 12, error: true }, false)).toBe(
      'Error: Question 3 of 12: How did the no reach you? · Not Never',
    );
    expect(stepTitle(undefined, undefined, true)).toBe('Check your answers · Not Never');
    expect(stepTitle(undefined, undefined, false)).toBe('You have finished this check · Not Never');
  });
});

describe('the step a history entry holds', () => {
  it('is the index the check pushed; anything else is the start', () => {
    expect(stepInHistory({ step: 0 })).toBe(0);
    expect(stepInHistory({ step: 7 })).toBe(7);
    for (const state of [null, undefined, {}, { step: -1 }, { step: '3' }, { step: Number.NaN }, 'step'])
      expect(stepInHistory(state), JSON.stringify(state)).toBeUndefined();
  });
});

describe('keyboard shortcuts', () => {
  const options = ['a', 'b', 'c'];
  const press = (key: string, changes: Partial<KeyboardEvent> = {}, target: Element | null = document.body) => ({
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    target,
    ...changes,
  });

  it('pick the option by its number, 1 to 9', () => {
    expect(optionForKey(press('1'), options)).toBe('a');
    expect(optionForKey(press('3'), options)).toBe('c');
    expect(optionForKey(press('4'), options)).toBeUndefined();
    expect(optionForKey(press('0'), options)).toBeUndefined();
    expect(optionForKey(press('12'), options)).toBeUndefined();
    expect(optionForKey(press('x'), options)).toBeUndefined();
  });

  it('leave a key with a modifier to the browser', () => {
    for (const modifier of ['altKey', 'ctrlKey', 'metaKey'] as const)
      expect(optionForKey(press('1', { [modifier]: true }), options), modifier).toBeUndefined();
  });

  it('never take a key typed into a text field, but do from an option itself', () => {
    for (const html of ['<input type="text">', '<input type="search">', '<textarea></textarea>', '<select></select>']) {
      const field = document.createElement('div');
      field.innerHTML = html;
      expect(optionForKey(press('2', {}, field.firstElementChild), options), html).toBeUndefined();
    }
    const radio = document.createElement('input');
    radio.type = 'radio';
    expect(optionForKey(press('2', {}, radio), options)).toBe('b');
    expect(optionForKey(press('2', {}, null), options)).toBe('b');
  });
});
