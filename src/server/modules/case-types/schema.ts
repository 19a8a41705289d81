import { z } from 'zod';

export const DOMAINS = [
  'participatie',
  'inkomen',
  'minima',
  'handhaving',
  'wmo',
  'jeugd',
  'onderwijs',
  'bedrijfsvoering',
] as const;
export const OUTCOMES = [
  'toegekend',
  'afgewezen',
  'buiten behandeling',
  'ingetrokken',
  'gegrond',
  'ongegrond',
  'niet-ontvankelijk',
  'afgerond',
] as const;

const code = z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, 'gebruik HOOFDLETTERS-MET-STREEPJES');
const isoDate = z.iso.date();

const Term = z.object({
  amount: z.number().int().positive(),
  unit: z.enum(['days', 'weeks', 'months']),
  basis: z.string().min(3).optional(),
});

const Archive = z.object({
  nomination: z.enum(['bewaren', 'vernietigen']),
  retentionYears: z.number().int().positive().optional(),
});

const Status = z.object({ code: z.string().min(1), name: z.string().min(1) });
const Result = z.object({
  code: z.string().min(1),
  name: z.string().min(1),
  outcome: z.enum(OUTCOMES),
  archive: Archive.optional(),
});

export const StatusSets = z.record(z.string(), z.array(Status).min(2));
export const ResultSets = z.record(z.string(), z.array(Result).min(1));
export const SetsFile = z.object({ statusSets: StatusSets, resultSets: ResultSets });

export const CaseTypeEntry = z
  .object({
    code,
    version: z.number().int().positive(),
    publishedOn: isoDate,
    name: z.string().min(3),
    legalBasis: z.object({ law: z.string().min(3), article: z.string().min(1) }),
    /** Absent for work without a statutory decision term (trajectories, reports, investigations). */
    term: Term.optional(),
    countsFrom: z.enum(['ontvangst', 'einde-bezwaartermijn']).default('ontvangst'),
    objectionPeriod: Term.optional(),
    serviceNorm: Term.optional(),
    suspension: z.object({ allowed: z.boolean(), reason: z.string().min(3).optional() }),
    extension: z.object({
      allowed: z.boolean(),
      maxAmount: z.number().int().positive().optional(),
      unit: z.enum(['days', 'weeks']).optional(),
      reason: z.string().min(3).optional(),
    }),
    specialistTeam: z.enum(['handhaving', 'bezwaar-klachten', 'leerplicht', 'leerlingenvervoer']).optional(),
    statusSet: z.string().optional(),
    statuses: z.array(Status).min(2).optional(),
    resultSet: z.string().optional(),
    results: z.array(Result).min(1).optional(),
    archive: Archive,
    decisionTypes: z.array(z.object({ code, name: z.string().min(3), provisionTypes: z.array(code) })),
    /** Set while a field was transcribed without its source at hand; says what to confirm. */
    needsVerification: z.string().optional(),
  })
  .strict()
  .refine((entry) => Boolean(entry.statusSet) !== Boolean(entry.statuses), {
    message: 'geef óf statusSet óf statuses',
    path: ['statuses'],
  })
  .refine((entry) => Boolean(entry.resultSet) !== Boolean(entry.results), {
    message: 'geef óf resultSet óf results',
    path: ['results'],
  })
  .refine((entry) => !entry.extension.allowed || (entry.extension.maxAmount && entry.extension.unit), {
    message: 'een toegestane verlenging heeft een maximum (maxAmount en unit)',
    path: ['extension'],
  })
  .refine((entry) => entry.countsFrom !== 'einde-bezwaartermijn' || entry.objectionPeriod, {
    message: 'een termijn vanaf het einde van de bezwaartermijn heeft een objectionPeriod',
    path: ['objectionPeriod'],
  });

export const DomainFile = z.object({ domain: z.enum(DOMAINS), caseTypes: z.array(z.unknown()) }).strict();
