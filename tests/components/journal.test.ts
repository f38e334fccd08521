import { fireEvent, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeJournal, type JournalEntry } from '../../src/lib/journal';
import { checkPartOf } from '../../src/lib/journal-entry';
import type { Track } from '../../src/lib/journal-track';
import { answersThatRuleOut } from '../../src/lib/journal-due';
import { loadCheck, loadEmails, loadOutcomes, loadPractice } from '../unit/content';
import { entry, neutralAnswers } from '../unit/fixtures';

const outcomeTitles = Object.fromEntries(Object.entries(loadOutcomes()).map(([id, outcome]) => [id, outcome.title]));
const KEY = 'notnever:journal:v1';
/** The follow-up kit's emails "Due now" offers, as the journal page passes them. */
const emails = Object.fromEntries(
  (['status-check', 'feedback-request'] as const).map((id) => {
    const { title, subject, body } = loadEmails()[id]!;
    return [id, { title, subject, body }];
  }),
);
/** The answers that rule the feedback request out, as the journal page passes them. */
const noRequestIf = answersThatRuleOut(loadEmails()['feedback-request']?.when);
const practice = loadPractice();

let cleanups: (() => void)[] = [];

/** Renders a component with fresh stores over what localStorage holds now (see check-island.test.ts for why the reload). */
async function renderFresh(path: string, props: Record<string, unknown> = {}) {
  vi.resetModules();
  const { render, cleanup } = await import('@testing-library/svelte');
  const { default: Component } = await import(/* @vite-ignore */ path);
  cleanups.push(cleanup);
  const user = userEvent.setup();
  render(Component, { props });
  return user;
}

/** The journal page's island, with the props its page gives it. */
const renderJournal = () =>
  renderFresh('../../src/components/JournalIsland.svelte', { outcomeTitles, labels, emails, noRequestIf, questions, practice });

/** The page of one entry's label, stages and dates, at `?entry=<id>`. */
async function renderDetails(id: string) {
  window.history.replaceState(null, '', `/journal/stages/?entry=${id}`);
  cleanups.push(() => window.history.replaceState(null, '', '/'));
  return renderFresh('../../src/components/StagesIsland.svelte', { outcomeTitles });
}

function store(entries: JournalEntry[]) {
  localStorage.setItem(KEY, writeJournal({ entries, removed: {} }));
}

const check = loadCheck();
/** The words of each answer that can be a reason, and the words for interview answers, as the journal's pages carry them. */
const labels = Object.fromEntries(
  check.questions.flatMap((q) => q.options.filter((o) => o.notYou > 0 || o.learn > 0).map((o) => [`${q.id}:${o.id}`, o.label])),
);
const words = Object.fromEntries(
  check.questions.flatMap((q) => q.options.filter((o) => o.star).map((o) => [`${q.id}:${o.id}`, o.star!])),
);
const questions = Object.fromEntries(check.questions.map((q) => [q.id, q.short]));
/** The answers that describe treatment that may be unfair, as the answer page passes them. */
const careCodes = check.questions.flatMap((q) => q.options.filter((o) => o.care).map((o) => `${q.id}:${o.id}`));

/** An entry for a check finished with version 2, as the result page saves it. */
function saved(id: string, changes: Record<string, string[]>, entryLabel: JournalEntry['label']): JournalEntry {
  const answers = {
    ...neutralAnswers,
    ...changes,
  };
  return {
    id,
    savedAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...checkPartOf(check, answers),
    label: entryLabel,
  };
}

// The data page loads the check's content (/check/scoring.<hash>.json) to check an imported file: here, the real one.
beforeEach(() =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(check))),
  ),
);

afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
  vi.unstubAllGlobals();
});

const label = (company: string, date: string, stage: JournalEntry['label']['stage'] = '') => ({
  company,
  role: 'Analyst',
  date,
  stage,
});

describe('the journal list', () => {
  it('lists entries newest first, with their outcome and reasons in words, and reads the pattern', async () => {
    store([
      entry({ id: 'old', label: label('Acme', '2026-09-01', 'technical') }),
      saved('new', { differently: ['caught-out'] }, label('Beta', '2026-11-01', 'technical')),
    ]);
    await renderJournal();
    const items = await screen.findAllByRole('listitem');
    const cards = items.filter((item) => item.classList.contains('card'));
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual(['Analyst at Beta', 'Analyst at Acme']);
    // Each reason is the answer quoted, beside its question.
    expect(
      await within(cards[0]!).findByText(`${questions['differently']}: “${labels['differently:caught-out']}”`),
    ).toBeInTheDocument();
    // An entry saved with version 1 keeps its outcome and date, and says why its reasons are not shown.
    expect(cards[1]).toHaveTextContent('It looks like it was not you');
    expect(cards[1]).toHaveTextContent('1 September 2026');
    expect(cards[1]).toHaveTextContent('Saved with an earlier version of the check');
    expect(
      screen.getByText(
        'Both of your rejections came after a technical or task round: that stage is the place to practise first.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Results by outcome' })).toHaveTextContent(/It looks like it was not you\s*1/);
    // Where the rejections cluster, a short practice plan for that stage, from src/content/practice/practice.yaml.
    const plan = screen.getByRole('heading', { name: practice['technical']!.title }).parentElement!;
    expect(
      within(plan)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.trim()),
    ).toEqual([
      ...practice['technical']!.steps,
      'Draft your answer to “How have you dealt with a rejection?” in the interview-answer builder.',
    ]);
    expect(within(plan).getByRole('link', { name: practice['technical']!.guide.text })).toHaveAttribute(
      'href',
      practice['technical']!.guide.href,
    );
  });

  it('deletes an entry only after confirming', async () => {
    store([entry({ id: 'a1', label: label('Acme', '2026-09-01') })]);
    const user = await renderJournal();
    await user.click(await screen.findByRole('button', { name: 'Delete Analyst at Acme' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Delete this entry? This cannot be undone.');
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.getByRole('heading', { name: 'Analyst at Acme' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete Analyst at Acme' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(screen.queryByRole('heading', { name: 'Analyst at Acme' })).not.toBeInTheDocument();
    // For a minute the journal remembers which entry went, so that another open tab cannot bring it back.
    expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({ entries: [], removed: { a1: expect.any(String) } });
  });

  it('relabels an entry on its own page, and says so', async () => {
    store([entry({ id: 'a1', label: label('Acme', '2026-09-01') })]);
    const user = await renderDetails('a1');
    const company = await screen.findByRole('textbox', { name: /^Company/ });
    await user.clear(company);
    await user.type(company, 'Gamma');
    await user.selectOptions(screen.getByLabelText(/^Stage reached/), 'Final round');
    await user.click(screen.getByRole('button', { name: 'Save the label' }));
    expect(screen.getByRole('heading', { name: 'Analyst at Gamma' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Label saved: Analyst at Gamma.');
    expect(screen.getByRole('status')).toHaveFocus();
    expect(JSON.parse(localStorage.getItem(KEY)!).entries[0].label).toMatchObject({ company: 'Gamma', stage: 'final-round' });
  });

  it('starts the stages of a saved rejection with the no, on the label’s day, for the person to change', async () => {
    store([entry({ id: 'a1', label: label('Acme', '2026-09-01') })]);
    await renderDetails('a1');
    expect(await screen.findByLabelText('Stage 1', { exact: true })).toHaveValue('rejected');
    expect(screen.getByLabelText('Date of stage 1')).toHaveValue('2026-09-01');
    expect(
      screen.getByText('The first stage is the rejection: give it the day you were told', { exact: false }),
    ).toBeInTheDocument();
    // Six months after that no, until the person types another date.
    expect(screen.getByLabelText(/^Reapply after/)).toHaveValue('2027-03-01');
    // Nothing is recorded until the person saves.
    expect(JSON.parse(localStorage.getItem(KEY)!).entries[0].track).toBeUndefined();
  });

  it('makes up no date: an undated no is left for the person to date, and a stage added goes before it', async () => {
    store([entry({ id: 'a1', label: label('Acme', '') })]);
    const user = await renderDetails('a1');
    expect(await screen.findByLabelText('Date of stage 1')).toHaveValue('');
    expect(screen.getByLabelText(/^Reapply after/)).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Add a stage' }));
    expect(screen.getByLabelText('Stage 1', { exact: true })).toHaveValue('interview');
    expect(screen.getByLabelText('Stage 1', { exact: true })).toHaveFocus();
    expect(screen.getByLabelText('Date of stage 1')).toHaveValue('');
    expect(screen.getByLabelText('Stage 2', { exact: true })).toHaveValue('rejected');
    await user.click(screen.getByRole('button', { name: 'Save the stages and dates' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Every stage and the next step need a real date.');
    expect(JSON.parse(localStorage.getItem(KEY)!).entries[0].track).toBeUndefined();
    // Dating the no suggests a reapply date six months on.
    await fireEvent.change(screen.getByLabelText('Date of stage 2'), { target: { value: '2026-09-01' } });
    expect(screen.getByLabelText(/^Reapply after/)).toHaveValue('2027-03-01');
  });

  it('links each entry to its label, stages and dates', async () => {
    store([entry({ id: 'a1', label: label('Acme', '2026-09-01') })]);
    await renderJournal();
    expect(await screen.findByRole('link', { name: 'Label, stages and dates of Analyst at Acme' })).toHaveAttribute(
      'href',
      '/journal/stages/?entry=a1',
    );
  });
});

describe('importing a journal', () => {
  it('previews a file, then merges it without duplicates', async () => {
    store([entry({ id: 'a1' })]);
    const user = await renderFresh('../../src/components/JournalData.svelte');
    const file = new File([writeJournal({ entries: [entry({ id: 'a1' }), entry({ id: 'b2' })], removed: {} })], 'journal.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByLabelText('Choose a file exported from Not Never'), file);
    const preview = await screen.findByRole('group', { name: 'Ready to import' });
    expect(preview).toHaveTextContent('This file holds 2 entries: 1 will be added; 1 is in your journal already.');
    await user.click(within(preview).getByRole('button', { name: 'Add the new entries' }));
    expect(within(screen.getByRole('region', { name: 'Import a journal' })).getByRole('status')).toHaveTextContent(
      'Added 1 entry to your journal.',
    );
    expect(JSON.parse(localStorage.getItem(KEY)!).entries.map((e: JournalEntry) => e.id)).toEqual(['a1', 'b2']);
  });

  it('offers no "add" when the file holds nothing new, and says what an export did', async () => {
    store([entry({ id: 'a1' })]);
    const user = await renderFresh('../../src/components/JournalData.svelte');
    const file = new File([writeJournal({ entries: [entry({ id: 'a1' })], removed: {} })], 'journal.json');
    await user.upload(screen.getByLabelText('Choose a file exported from Not Never'), file);
    const preview = await screen.findByRole('group', { name: 'Ready to import' });
    expect(preview).toHaveTextContent('This file holds 1 entry: 0 will be added; 1 is in your journal already.');
    expect(within(preview).queryByRole('button', { name: 'Add the new entries' })).not.toBeInTheDocument();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:export'), revokeObjectURL: vi.fn() }));
    await user.click(screen.getByRole('button', { name: 'Export my journal' }));
    const exportSection = screen.getByRole('region', { name: 'Export' });
    expect(within(exportSection).getByRole('status')).toHaveTextContent(
      /^Exported 1 entry as not-never-journal-\d{4}-\d{2}-\d{2}\.json: look for it in your downloads\.$/,
    );
  });

  it('asks before replacing the journal, saying how many entries will go, and offers an export first', async () => {
    store([entry({ id: 'a1' }), entry({ id: 'a2' })]);
    const user = await renderFresh('../../src/components/JournalData.svelte');
    const file = new File([writeJournal({ entries: [entry({ id: 'b2' })], removed: {} })], 'journal.json');
    await user.upload(screen.getByLabelText('Choose a file exported from Not Never'), file);
    const preview = await screen.findByRole('group', { name: 'Ready to import' });
    await user.click(within(preview).getByRole('button', { name: 'Replace my journal with this file' }));
    const confirm = screen.getByRole('group', { name: 'Replace your journal?' });
    expect(confirm).toHaveTextContent(
      'This deletes the 2 entries in your journal now and puts the 1 entry from the file in their place.',
    );
    expect(screen.getByRole('heading', { name: 'Replace your journal?' })).toHaveFocus();
    expect(within(confirm).getByRole('button', { name: 'Export my journal first' })).toBeEnabled();
    expect(JSON.parse(localStorage.getItem(KEY)!).entries).toHaveLength(2);
    await user.click(within(confirm).getByRole('button', { name: 'Keep my journal' }));
    expect(JSON.parse(localStorage.getItem(KEY)!).entries).toHaveLength(2);
    await user.click(within(preview).getByRole('button', { name: 'Replace my journal with this file' }));
    await user.click(screen.getByRole('button', { name: 'Delete my 2 entries and replace them' }));
    expect(JSON.parse(localStorage.getItem(KEY)!).entries.map((e: JournalEntry) => e.id)).toEqual(['b2']);
  });

  it('never believes what a file claims: the outcome comes from its answers, and older results are marked as not checked', async () => {
    const honest = saved('n1', { told: ['role-changed'] }, label('Acme', '2026-10-01'));
    const edited = {
      ...honest,
      id: 'n2',
      outcome: 'learn-from-it' as const,
      reasons: { notYou: [], learn: ['differently:prepare'] },
    };
    const user = await renderFresh('../../src/components/JournalData.svelte');
    const file = new File([writeJournal({ entries: [edited, entry({ id: 'old' })], removed: {} })], 'journal.json');
    await user.upload(screen.getByLabelText('Choose a file exported from Not Never'), file);
    const preview = await screen.findByRole('group', { name: 'Ready to import' });
    expect(preview).toHaveTextContent('1 of them was made with an earlier version of the check');
    await user.click(within(preview).getByRole('button', { name: 'Add the new entries' }));
    const kept = JSON.parse(localStorage.getItem(KEY)!).entries as JournalEntry[];
    expect(kept.find((e) => e.id === 'n2')).toMatchObject({ outcome: honest.outcome, reasons: honest.reasons });
    expect(kept.find((e) => e.id === 'n2')).not.toHaveProperty('unchecked');
    expect(kept.find((e) => e.id === 'old')).toMatchObject({ unchecked: true });
  });

  it('refuses a file from a newer version of the check than the site knows, changing nothing', async () => {
    store([entry({ id: 'a1' })]);
    const before = localStorage.getItem(KEY);
    const user = await renderFresh('../../src/components/JournalData.svelte');
    const future = { ...saved('f1', {}, label('Acme', '2026-10-01')), checkVersion: 99 };
    await user.upload(
      screen.getByLabelText('Choose a file exported from Not Never'),
      new File([writeJournal({ entries: [future], removed: {} })], 'journal.json'),
    );
    expect(
      await screen.findByText(/newer version of the check \(version 99\) than this site knows.*Nothing was changed\./),
    ).toBeInTheDocument();
    expect(localStorage.getItem(KEY)).toBe(before);
  });

  it('refuses a file that is not a journal, changing nothing', async () => {
    store([entry({ id: 'a1' })]);
    const before = localStorage.getItem(KEY);
    const user = await renderFresh('../../src/components/JournalData.svelte');
    await user.upload(screen.getByLabelText('Choose a file exported from Not Never'), new File(['{"hello":1}'], 'other.json'));
    expect(await screen.findByText('This file is not a Not Never journal export. Nothing was changed.')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Ready to import' })).not.toBeInTheDocument();
    expect(localStorage.getItem(KEY)).toBe(before);
  });
});

describe('the STAR builder', () => {
  it('drafts an answer from the chosen entry, which the person edits and copies', async () => {
    store([
      saved(
        'a1',
        { 'how-told': ['personal'], told: ['closer-match'], 'asked-feedback': ['waiting'] },
        { company: 'Acme', role: 'data analyst', date: '2026-10-30', stage: 'final-round' },
      ),
    ]);
    const user = await renderFresh('../../src/components/StarIsland.svelte', { words, careCodes });
    const situation = await screen.findByLabelText('Situation');
    expect(situation).toHaveValue(
      'In October 2026, I reached the final round for the data analyst role at Acme, and was told they would not be going ahead with me.',
    );
    expect((screen.getByLabelText('Action') as HTMLTextAreaElement).value).toBe(
      'I asked them for feedback. They told me that they had chosen someone whose background matched more closely, which was outside my control. [What I did next.]',
    );
    await user.clear(screen.getByLabelText('Result'));
    await user.type(screen.getByLabelText('Result'), 'I got an offer two months later.');
    // The draft is kept with its entry as it is edited, so it is there after leaving the page.
    expect(JSON.parse(localStorage.getItem(KEY)!).entries[0].star.result).toBe('I got an offer two months later.');
    cleanups.pop()?.();
    await renderFresh('../../src/components/StarIsland.svelte', { words, careCodes });
    expect(await screen.findByLabelText('Result')).toHaveValue('I got an offer two months later.');
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy my answer' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Result: I got an offer two months later.'));
    expect(screen.getByRole('status')).toHaveTextContent('Copied.');
  });
});

describe('the STAR builder after unfair treatment', () => {
  it('says that the answer need not mention it, leaves it out, and points to advice', async () => {
    store([saved('u1', { unfair: ['personal-questions'] }, { company: 'Acme', role: '', date: '', stage: 'final-round' })]);
    await renderFresh('../../src/components/StarIsland.svelte', { words, careCodes });
    expect(await screen.findByText(/An interview answer does not need to mention it/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Where to get advice/ })).toHaveAttribute('href', '/guide/if-it-was-unfair/');
    expect((screen.getByLabelText('Action') as HTMLTextAreaElement).value).not.toMatch(/personal|family|unfair/i);
  });

  it('says nothing of it when nothing of the kind was told', async () => {
    store([saved('n1', { told: ['role-changed'] }, { company: 'Acme', role: '', date: '', stage: 'final-round' })]);
    await renderFresh('../../src/components/StarIsland.svelte', { words, careCodes });
    await screen.findByLabelText('Action');
    expect(screen.queryByText(/An interview answer does not need to mention it/)).not.toBeInTheDocument();
  });
});

describe('after saving from a result page', () => {
  it('confirms at the top and moves focus there, with a way to add the company and role', async () => {
    store([saved('just-now', { told: ['role-changed'] }, { company: '', role: '', date: '', stage: 'final-round' })]);
    window.history.replaceState(null, '', '/journal/?saved=just-now');
    try {
      await renderJournal();
      const banner = await screen.findByRole('heading', { name: 'Saved to your journal' });
      await vi.waitFor(() => expect(banner).toHaveFocus());
      // The company and role are asked on the entry's own page, at its first field.
      expect(screen.getByRole('link', { name: 'Add the company and role' })).toHaveAttribute(
        'href',
        '/journal/stages/?entry=just-now#label',
      );
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });
});

describe('what the person types is checked where they type it', () => {
  it('refuses a date with a five-digit year at the field, and keeps the journal readable', async () => {
    store([entry({ id: 'a1', label: label('Acme', '2026-09-01') }), entry({ id: 'b2', label: label('Beta', '2026-09-02') })]);
    const user = await renderDetails('a1');
    const date = await screen.findByLabelText(/^Date \(optional\)/);
    // What a browser's date field gives when a year of five digits is typed in it.
    await fireEvent.input(date, { target: { value: '20261-01-01' } });
    await user.click(screen.getByRole('button', { name: 'Save the label' }));
    expect(screen.getByText(/Enter a real date between 1900 and 2999/)).toBeInTheDocument();
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveFocus();
    expect(JSON.parse(localStorage.getItem(KEY)!).entries.map((e: JournalEntry) => e.label.date)).toEqual([
      '2026-09-01',
      '2026-09-02',
    ]);
  });
});

describe('the data page', () => {
  it('previews an import past the limit: what will be added, and what would pass the limit', async () => {
    store(Array.from({ length: 88 }, (_, i) => entry({ id: `c${i}` })));
    const user = await renderFresh('../../src/components/JournalData.svelte');
    const incoming = Array.from({ length: 500 }, (_, i) => entry({ id: `n${i}` }));
    const file = new File([writeJournal({ entries: incoming, removed: {} })], 'journal.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Choose a file exported from Not Never'), file);
    const preview = await screen.findByRole('group', { name: 'Ready to import' });
    expect(preview).toHaveTextContent('This file holds 500 entries: 412 will be added; 88 would pass the limit of 500.');
    await user.click(within(preview).getByRole('button', { name: 'Add the new entries' }));
    expect(within(screen.getByRole('region', { name: 'Import a journal' })).getByRole('status')).toHaveTextContent(
      'Added 412 entries to your journal. 88 entries were not added, as a journal holds at most 500.',
    );
    expect(JSON.parse(localStorage.getItem(KEY)!).entries).toHaveLength(500);
  });

  it('lists the copies set aside, to download or delete, and deleting everything removes them', async () => {
    store([entry({ id: 'a1' })]);
    localStorage.setItem('notnever:backup:journal:v1:2026-11-27T10:00:00.000Z', '{"label":{"company":"Acme"}}');
    localStorage.setItem('notnever:backup:plan:v1:2026-11-27T11:00:00.000Z', '{"company":"Beta"}');
    const user = await renderFresh('../../src/components/JournalData.svelte');
    const section = screen.getByRole('region', { name: 'Set aside' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'Journal data set aside on 27 November 2026 at 10:00 (28 characters)',
      'Follow-up details set aside on 27 November 2026 at 11:00 (18 characters)',
    ]);
    const created = vi.fn(() => 'blob:copy');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }));
    await user.click(within(items[0]!).getByRole('button', { name: /^Download/ }));
    expect(await (created.mock.calls[0] as unknown as [Blob])[0].text()).toBe('{"label":{"company":"Acme"}}');
    await user.click(within(items[1]!).getByRole('button', { name: /^Delete/ }));
    expect(within(section).getAllByRole('listitem')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Delete my whole journal' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Delete all 1 entry and 1 copy set aside from this browser?');
    await user.click(screen.getByRole('button', { name: 'Yes, delete my journal' }));
    expect(screen.queryByRole('region', { name: 'Set aside' })).not.toBeInTheDocument();
    expect(Object.keys(localStorage).filter((key) => key.includes('backup'))).toEqual([]);
    expect(localStorage.getItem(KEY) ?? '').not.toContain('Acme');
  });
});

describe('the answer builder', () => {
  it('drafts from the one entry left when the link names an entry that is gone', async () => {
    store([entry({ id: 'a1', label: { company: 'Acme', role: 'data analyst', date: '2026-10-30', stage: '' } })]);
    window.history.replaceState(null, '', '/journal/answer/?entry=deleted-long-ago');
    try {
      await renderFresh('../../src/components/StarIsland.svelte', { words, careCodes });
      expect(await screen.findByLabelText('Situation')).toHaveValue(
        'In October 2026, I interviewed for the data analyst role at Acme, and was told they would not be going ahead with me.',
      );
      expect(screen.getByText(/Your answer is about/)).toHaveTextContent('data analyst at Acme');
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });
});

describe('Due now', () => {
  const followUp: Track = { steps: [], next: { kind: 'follow-up', date: '2020-01-06' } };

  it('offers no feedback request after feedback, and says what a tap did beside it', async () => {
    store([
      { ...saved('told', { told: ['feedback'], feedback: ['gap'] }, label('Acme', '2020-01-02')), track: followUp },
      { ...saved('plain', {}, label('Beta', '2020-01-03')), track: followUp },
    ]);
    const user = await renderJournal();
    const due = screen.getByRole('region', { name: 'Due now' });
    const item = (company: string) =>
      within(due)
        .getAllByRole('listitem')
        .find((li) => li.textContent?.includes(`at ${company}`));
    const [told, plain] = [item('Acme'), item('Beta')];
    expect(told).toHaveTextContent('They gave you feedback already, so there is nothing more to ask.');
    expect(within(told!).queryByRole('button', { name: /^Copy the email/ })).not.toBeInTheDocument();
    expect(within(plain!).getByText('Feedback request, after a rejection')).toBeInTheDocument();

    await user.click(within(plain!).getByRole('button', { name: /^Copy the email/ }));
    expect(await within(plain!).findByRole('status')).toHaveTextContent(/copied|copy it instead/);
    expect(within(told!).getByRole('status')).toHaveTextContent('');
    await user.click(within(plain!).getByRole('button', { name: 'Done (Analyst at Beta)' }));
    expect(within(due).getAllByRole('status')[0]).toHaveTextContent('Done: Analyst at Beta.');
    expect(within(due).getAllByRole('listitem')).toHaveLength(1);
  });

  it('after waiting to hear back long after the last stage, says why "gone quiet" is offered next', async () => {
    const waitingTrack: Track = {
      steps: [{ step: 'interview', date: '2020-01-01' }],
      next: { kind: 'hear-back', date: '2020-01-06' },
    };
    store([{ ...saved('w', { 'how-told': ['no-word'] }, label('Acme', '2020-01-01')), track: waitingTrack }]);
    const user = await renderJournal();
    const due = screen.getByRole('region', { name: 'Due now' });
    await user.click(within(due).getByRole('button', { name: 'Done (Analyst at Acme)' }));
    expect(within(due).getAllByRole('status')[0]).toHaveTextContent(
      'Done: Analyst at Acme. With no word since then, you can mark it as gone quiet below.',
    );
    expect(within(due).getByRole('button', { name: 'Mark as gone quiet (Analyst at Acme)' })).toBeInTheDocument();
  });

  it('says why a number of quiet days is refused, and keeps the last one', async () => {
    store([saved('a', {}, label('Acme', '2020-01-02'))]);
    await renderJournal();
    const days = screen.getByLabelText('Offer “Mark as gone quiet” after');
    await fireEvent.change(days, { target: { value: '0' } });
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a whole number of days from 1 to 365. It stays at 14.');
    expect(days).toHaveValue(14);
    expect(days).toHaveAccessibleDescription('Enter a whole number of days from 1 to 365. It stays at 14.');
    await fireEvent.change(days, { target: { value: '21' } });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(days).toHaveValue(21);
  });
});
