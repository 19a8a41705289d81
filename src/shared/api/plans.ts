import { z } from 'zod';
import {
  ACTION_STATUSES,
  AGREEMENT_METHODS,
  CONSIDERATION_KINDS,
  GOAL_OWNERS,
  LIFE_DOMAINS,
} from './front-door';

/**
 * 1 Gezin 1 Plan: the content of one version of a household's plan, the request that writes the
 * next version, and what the client sees. The codes come from the shared vocabulary in
 * `front-door.ts`; the database keeps the content as a validated document.
 */

/** The codes of a vocabulary as a non-empty tuple, as z.enum wants them. */
function codesOf<T extends Record<string, string>>(
  vocabulary: T,
): [keyof T & string, ...(keyof T & string)[]] {
  const [first, ...rest] = Object.keys(vocabulary) as (keyof T & string)[];
  if (first === undefined) throw new Error('empty vocabulary');
  return [first, ...rest];
}

export const LIFE_DOMAIN_CODES = codesOf(LIFE_DOMAINS);
export const GOAL_OWNER_CODES = codesOf(GOAL_OWNERS);
export const ACTION_STATUS_CODES = codesOf(ACTION_STATUSES);
export const AGREEMENT_METHOD_CODES = codesOf(AGREEMENT_METHODS);
export const CONSIDERATION_KIND_CODES = codesOf(CONSIDERATION_KINDS);

/** How a considered provision or kind of help turned out. */
export const CONSIDERATION_OUTCOMES = {
  benut: 'Wordt benut',
  'niet-toereikend': 'Niet toereikend',
  'niet-beschikbaar': 'Niet beschikbaar',
} as const;
export type ConsiderationOutcome = keyof typeof CONSIDERATION_OUTCOMES;
export const CONSIDERATION_OUTCOME_CODES = codesOf(CONSIDERATION_OUTCOMES);

const isoDate = z.iso.date({ message: 'Gebruik een bestaande datum als JJJJ-MM-DD' });
const requiredText = (missing: string, max: number) =>
  z.string({ message: missing }).trim().min(1, missing).max(max, `Ten hoogste ${max} tekens`);
const optionalText = (max: number) => z.string().trim().max(max, `Ten hoogste ${max} tekens`).optional();

export const PlanGoal = z.object({
  id: z.string().uuid('Ongeldige id van het doel'),
  lifeDomain: z.enum(LIFE_DOMAIN_CODES, { message: 'Kies een bestaand leefgebied' }),
  description: requiredText('Beschrijf het doel', 1000),
  owner: z.enum(GOAL_OWNER_CODES, { message: 'Kies wie eigenaar is van het doel' }),
  /** Who exactly, when the owner is the network or an organisation ("buurvrouw Ans", "MTB"). */
  ownerName: optionalText(200),
});
export type PlanGoal = z.infer<typeof PlanGoal>;

export const PlanAction = z.object({
  id: z.string().uuid('Ongeldige id van de actie'),
  /** The goal this action serves; an action may also stand on its own. */
  goalId: z.string().uuid('Kies een doel uit dit plan').optional(),
  description: requiredText('Beschrijf de actie', 1000),
  /** Who does it, in words: "moeder", "consulent schuldhulp", "mentor op school". */
  responsible: requiredText('Vul in wie de actie uitvoert', 200),
  /** An external partner organisation: school, Veilig Thuis, Annex, MTB, Podium24. */
  partner: optionalText(200),
  dueOn: isoDate.optional(),
  status: z.enum(ACTION_STATUS_CODES, { message: 'Kies de stand van de actie' }),
});
export type PlanAction = z.infer<typeof PlanAction>;

export const PlanConsideration = z.object({
  kind: z.enum(CONSIDERATION_KIND_CODES, { message: 'Kies wat er is overwogen' }),
  description: requiredText('Beschrijf wat er is overwogen', 1000),
  outcome: z.enum(CONSIDERATION_OUTCOME_CODES, { message: 'Kies de uitkomst van de afweging' }),
});
export type PlanConsideration = z.infer<typeof PlanConsideration>;

export const PlanContent = z.object({
  goals: z.array(PlanGoal).max(100, 'Ten hoogste 100 doelen'),
  actions: z.array(PlanAction).max(200, 'Ten hoogste 200 acties'),
  considerations: z.array(PlanConsideration).max(50, 'Ten hoogste 50 afwegingen'),
});
export type PlanContent = z.infer<typeof PlanContent>;

export const PlanWriteRequest = z.object({
  content: PlanContent,
  /** When the citizen agreed to this version, and how. */
  agreedOn: isoDate.optional(),
  agreementMethod: z
    .enum(AGREEMENT_METHOD_CODES, { message: 'Kies hoe de inwoner heeft ingestemd' })
    .optional(),
  nextReviewOn: isoDate.optional(),
  /** The version the writer started from (0 when there is no plan yet); a stale one is refused. */
  basedOnVersion: z
    .number({ message: 'Noem de versie waarop u verder schrijft' })
    .int('Een versie is een geheel getal')
    .min(0, 'Een versie is 0 of hoger'),
});
export type PlanWriteRequest = z.infer<typeof PlanWriteRequest>;

export const PlanVersionParams = z.object({
  id: z.string().uuid('Ongeldige id'),
  version: z.coerce.number().int('Een versie is een geheel getal').min(1, 'Een versie is 1 of hoger'),
});

export const PlanPdfQuery = z.object({
  version: z.coerce
    .number()
    .int('Een versie is een geheel getal')
    .min(1, 'Een versie is 1 of hoger')
    .optional(),
});

export const PlanVersionSummary = z.object({
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type PlanVersionSummary = z.infer<typeof PlanVersionSummary>;

export const PlanView = z.object({
  householdId: z.string().uuid(),
  householdName: z.string(),
  version: z.number().int(),
  /** The newest version; equal to `version` unless an older version was asked for. */
  latestVersion: z.number().int(),
  content: PlanContent,
  agreedOn: z.string().nullable(),
  agreementMethod: z.string().nullable(),
  nextReviewOn: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  /** Every version, newest first: number, when and by whom. */
  versions: z.array(PlanVersionSummary),
});
export type PlanView = z.infer<typeof PlanView>;
