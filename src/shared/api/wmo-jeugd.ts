import { z } from 'zod';
import { JEUGD_REFERRERS } from './front-door';

const isoDate = z.iso.date({ message: 'Gebruik een datum als JJJJ-MM-DD' });

/** The appointments a case knows; the keukentafelgesprek is the Wmo onderzoek's conversation. */
export const APPOINTMENT_KINDS = ['keukentafelgesprek'] as const;

export const AppointmentRequest = z.object({
  kind: z.enum(APPOINTMENT_KINDS, { message: 'Kies het soort afspraak: keukentafelgesprek' }),
  startsAt: z.iso.datetime({
    offset: true,
    message: 'Geef datum en tijd als JJJJ-MM-DDTUU:MM met tijdzone',
  }),
  place: z.string().trim().min(2, 'Geef de plaats van het gesprek').max(200, 'Ten hoogste 200 tekens'),
  /** Names or roles: "inwoner", "dochter (mantelzorger)", "Wmo-consulent". */
  participants: z
    .array(z.string().trim().min(2, 'Noem een deelnemer met naam of rol').max(120, 'Ten hoogste 120 tekens'))
    .min(1, 'Noem minstens de inwoner als deelnemer')
    .max(20, 'Ten hoogste 20 deelnemers'),
});
export type AppointmentRequest = z.infer<typeof AppointmentRequest>;

export const AppointmentReportRequest = z.object({
  report: z
    .string()
    .trim()
    .min(10, 'Schrijf het verslag (minstens 10 tekens)')
    .max(20_000, 'Ten hoogste 20.000 tekens'),
});

export const AppointmentView = z.object({
  id: z.string().uuid(),
  caseId: z.string().uuid(),
  kind: z.string(),
  startsAt: z.string(),
  place: z.string(),
  participants: z.array(z.string()),
  report: z.string().nullable(),
  reportedAt: z.string().nullable(),
  createdBy: z.string().uuid().nullable(),
  version: z.number().int(),
});
export type AppointmentView = z.infer<typeof AppointmentView>;

const REFERRER_CODES = Object.keys(JEUGD_REFERRERS) as [
  keyof typeof JEUGD_REFERRERS,
  ...(keyof typeof JEUGD_REFERRERS)[],
];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Ten hoogste ${max} tekens`)
    .optional()
    .transform((value) => (value ? value : undefined));

export const ReferralRequest = z.object({
  referrer: z.enum(REFERRER_CODES, {
    message: `Kies de verwijzer: ${REFERRER_CODES.join(', ')}`,
  }),
  /** The practice or institution: "Huisartsenpraktijk Wyck", "William Schrikker Stichting". */
  referrerName: optionalText(200),
  secondOpinionBy: optionalText(200),
  secondOpinionOn: isoDate.optional(),
  secondOpinionOutcome: optionalText(2000),
});
export type ReferralRequest = z.input<typeof ReferralRequest>;

export const ReferralView = z.object({
  caseId: z.string().uuid(),
  referrer: z.string(),
  referrerLabel: z.string(),
  referrerName: z.string().nullable(),
  secondOpinionBy: z.string().nullable(),
  secondOpinionOn: z.string().nullable(),
  secondOpinionOutcome: z.string().nullable(),
});
export type ReferralView = z.infer<typeof ReferralView>;

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Gebruik een maand als JJJJ-MM');

export const BeschermdWonenQuery = z.object({ from: yearMonth, to: yearMonth });

/** Why a cell is empty: a count of 0–7, or a cell hidden so that a total does not reveal one. */
export const SUPPRESSION_REASONS = ['klein-aantal', 'afleidbaar'] as const;
export const ProtectedCount = z.object({
  value: z.number().int().nullable(),
  suppressed: z.enum(SUPPRESSION_REASONS).nullable(),
});
export type ProtectedCount = z.infer<typeof ProtectedCount>;

const FlowCells = z.object({
  instroom: ProtectedCount,
  doorstroom: ProtectedCount,
  uitstroom: ProtectedCount,
});

export const BeschermdWonenReport = z.object({
  from: z.string(),
  to: z.string(),
  provisionTypeCode: z.string(),
  /** The rule applied: counts up to `hiddenUpTo` hidden, the rest rounded to multiples of `roundTo`. */
  suppression: z.object({ hiddenUpTo: z.number().int(), roundTo: z.number().int() }),
  months: z.array(
    z.object({
      month: z.string(),
      gemeenten: z.array(FlowCells.extend({ gemeenteCode: z.string().nullable(), gemeenteName: z.string() })),
      total: FlowCells,
    }),
  ),
});
export type BeschermdWonenReport = z.infer<typeof BeschermdWonenReport>;
