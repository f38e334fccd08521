import { z } from 'astro/zod';
import { isCalendarDate } from '../lib/rules';

/**
 * One region's help (`src/content/regions/<id>.yaml`): crisis lines, where to get advice on unfair
 * treatment in hiring and where to complain, the time limit, and anything special. These are facts
 * a person may act on, so every one names the official page it was taken from, and the region the
 * day they were last checked; what could not be confirmed is left out, never guessed.
 */

/** The official page a fact was taken from. */
const source = z.url({ error: 'every fact needs the address of the official page it was taken from (source)' });

/** Digits (and a leading +) for a `tel:` or `sms:` link. */
const dialled = z.string().regex(/^\+?\d{3,15}$/, 'call and sms are digits only, such as 116123 or +6433333333');

const text = z.string().trim().min(3);

/** A way to get help: a line to call or text, or a service to visit. */
const serviceSchema = z
  .object({
    name: text,
    url: z.url(),
    /** The number as people write it ("116 123"). */
    phone: text.optional(),
    /** The digits to dial, for the `tel:` link. */
    call: dialled.optional(),
    /** How to text, in words ("Text SHOUT to 85258"). */
    text: text.optional(),
    /** The number to text, for the `sms:` link. */
    sms: dialled.optional(),
    /** A chat page. */
    chat: z.url().optional(),
    hours: text.optional(),
    /** One or two short sentences: what it is, what it costs, languages. */
    note: text.optional(),
    /** For advice and complaints: what the body does for a job applicant. */
    what: text.optional(),
    source,
  })
  .refine((service) => (service.phone === undefined) === (service.call === undefined), {
    message: 'a phone number needs both phone (as written) and call (the digits to dial)',
  })
  .refine((service) => (service.text === undefined) === (service.sms === undefined) || service.sms === undefined, {
    message: 'an sms number needs the words of how to text (text)',
  });

export const regionSchema = z.object({
  /** As shown in "Help shown for: United States". */
  name: text,
  /** Completes "Help …": "in the United States", "where you live". */
  inName: text,
  /** The day every fact in the file was last checked against its source, written 'YYYY-MM-DD'. */
  checked: z
    .string({ error: 'every region needs the date its facts were checked (checked)' })
    .refine(isCalendarDate, "checked is a real date written 'YYYY-MM-DD'"),
  /** The emergency number. Left out only where no single number applies ("Another country"). */
  emergency: z.object({ number: text, call: dialled, source }).optional(),
  /** Crisis lines, in the order to show: at least one. */
  crisis: z
    .array(serviceSchema, { error: 'every region needs at least one crisis line (crisis)' })
    .min(1, 'every region needs at least one crisis line (crisis)'),
  /** Where to get free advice on unfair treatment in hiring. */
  advice: z.array(serviceSchema).default([]),
  /** Where a complaint or claim is made. */
  complain: z.array(serviceSchema).default([]),
  /** The time limit to complain, in plain words, when it is confirmed. */
  timeLimit: z
    .object({
      text,
      /** A few words, for a calendar reminder's title. */
      short: text,
      /** A plain count of days or months from what happened, for the reminder's date. */
      days: z.number().int().positive().optional(),
      months: z.number().int().positive().optional(),
      /** "3 months less one day". */
      lessOneDay: z.boolean().default(false),
      source,
    })
    .refine((limit) => !(limit.days && limit.months), { message: 'a time limit is in days or in months, not both' })
    .optional(),
  /** The main law that protects job applicants, in one sentence. */
  law: text.optional(),
  /** Anything special, such as Ontario's duty to tell interviewed candidates the outcome; plain guidance may have no source. */
  special: z.array(z.object({ text, source: source.optional() })).default([]),
});

export type Region = z.infer<typeof regionSchema>;
export type RegionService = z.infer<typeof serviceSchema>;
