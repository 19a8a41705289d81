import { z } from 'zod';

/** The portfolio's shared vocabulary: phases, kinds, checked totals, capacity and decisions. */

export const PHASES = [
  'Planvorming',
  'Onderzoek',
  'Besluit',
  'Implementatie',
  'Uitvoering',
  'Evaluatie',
  'Continu',
  'Afgerond',
] as const;
export const Phase = z.enum(PHASES, { error: 'Kies een fase uit de lijst.' });
export type Phase = z.infer<typeof Phase>;

export const ProjectKind = z.enum(['toekomstagenda', 'going-concern'], {
  error: 'Kies toekomstagenda of going concern.',
});
export type ProjectKind = z.infer<typeof ProjectKind>;

/** Going concern is grouped per domain as in Bijlage 1; toekomstagenda projects have none. */
export const GoingConcernDomain = z.enum(['jeugd', 'wmo', 'participatiewet', 'transformatie-szmh'], {
  error: 'Kies het domein: Jeugd, Wmo, Participatiewet of transformatie SZMH.',
});
export type GoingConcernDomain = z.infer<typeof GoingConcernDomain>;

export const ContributionLevel = z.enum(['primair', 'draagt-bij']);
export type ContributionLevel = z.infer<typeof ContributionLevel>;

export const Prioritisation = z.enum(['voorstel', 'geprioriteerd']);
export type Prioritisation = z.infer<typeof Prioritisation>;

export const GEMEENTE_CODE = /^GM\d{4}$/;
export const gemeenteCode = z.string().regex(GEMEENTE_CODE, 'Kies een gemeente van de regio.');
export const isoDate = z.iso.date({ error: 'Vul een datum in als JJJJ-MM-DD.' });

/** A computed total beside the total the source document stated (null when it stated none). */
export const CheckedTotal = z.object({
  computed: z.number(),
  stated: z.number().nullable(),
  /** computed − stated, 0 when they agree, null without a stated total. */
  difference: z.number().nullable(),
});
export type CheckedTotal = z.infer<typeof CheckedTotal>;

export const Capacity = z.object({
  hoursPerYear: z.number().nullable(),
  fte: z.number().nullable(),
  /** "notk": nog te bepalen via een nieuwe of herziene projectopdracht. */
  toBeDetermined: z.boolean(),
  /** As the source put it, e.g. "300 uur notk". */
  text: z.string().nullable(),
});
export type Capacity = z.infer<typeof Capacity>;

export const DecisionBody = z.enum(['portefeuillehoudersoverleg', 'directiegroep'], {
  error: 'Kies het portefeuillehoudersoverleg of de directiegroep.',
});
export type DecisionBody = z.infer<typeof DecisionBody>;

export const Decision = z.object({
  id: z.uuid(),
  body: DecisionBody,
  meeting: z.string(),
  decidedOn: z.string().nullable(),
  dateText: z.string().nullable(),
  subject: z.string(),
  decision: z.string(),
  source: z.string().nullable(),
  projects: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
export type Decision = z.infer<typeof Decision>;

export const CapacityAssignment = z.object({
  role: z.string(),
  gemeenteCode: z.string().nullable(),
  organisation: z.string().nullable(),
  filled: z.boolean(),
  /** This person's share of the line's hours per year, where the split is known. */
  hours: z.number().nullable().default(null),
  note: z.string().nullable(),
});
export type CapacityAssignment = z.infer<typeof CapacityAssignment>;

export const CapacitySection = z.enum([
  'committed',
  'doorloop',
  'nieuw',
  'randvoorwaardelijk',
  'projectgroep',
]);
export type CapacitySection = z.infer<typeof CapacitySection>;

export const CapacityLine = z.object({
  id: z.uuid(),
  version: z.number().int(),
  section: CapacitySection,
  label: z.string(),
  projectId: z.uuid().nullable(),
  capacity: Capacity,
  assignments: z.array(CapacityAssignment),
});
export type CapacityLine = z.infer<typeof CapacityLine>;

export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} is te lang (ten hoogste ${max.toLocaleString('nl-NL')} tekens).`)
    .nullable()
    .optional();
