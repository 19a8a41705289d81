import { z } from 'zod';
import { INTAKE_CHANNELS, INTAKE_OUTCOMES, LIFE_DOMAINS } from './front-door';

const isoDate = z.iso.date({ message: 'Gebruik een datum als JJJJ-MM-DD' });
const keys = <T extends Record<string, string>>(record: T) => Object.keys(record) as [keyof T & string];

export const IntakeChannel = z.enum(keys(INTAKE_CHANNELS), { message: 'Kies het kanaal van de melding' });
export const LifeDomain = z.enum(keys(LIFE_DOMAINS), { message: 'Onbekend leefgebied' });
export const IntakeOutcomeKind = z.enum(keys(INTAKE_OUTCOMES));

export const CreateIntakeRequest = z.object({
  personId: z.string().uuid({ message: 'Kies eerst de persoon (zoek, of registreer een nieuwe)' }),
  channel: IntakeChannel,
  reportedBy: z.string().trim().max(200).optional(),
  ownWords: z
    .string()
    .trim()
    .min(10, 'Schrijf de melding op in de woorden van de inwoner (minstens 10 tekens)')
    .max(5000, 'Ten hoogste 5000 tekens'),
  receivedOn: isoDate.optional(),
});

export const RouteIntakeRequest = z.object({
  teamId: z.string().uuid({ message: 'Kies een team' }),
  reason: z.string().trim().min(5, 'Geef de reden waarom u van de routering afwijkt').max(1000),
});

export const ScoreInput = z.object({
  personId: z.string().uuid(),
  lifeDomain: LifeDomain,
  score: z
    .number({ message: 'Kies een score van 1 tot en met 5' })
    .int()
    .min(1, 'Kies een score van 1 tot en met 5')
    .max(5, 'Kies een score van 1 tot en met 5'),
  note: z.string().trim().max(1000).optional(),
});

export const ClarifyIntakeRequest = z.object({
  clarifiedQuestion: z
    .string()
    .trim()
    .min(10, 'Beschrijf de vraag achter de vraag (minstens 10 tekens)')
    .max(5000),
  scores: z.array(ScoreInput).max(200).default([]),
});

export const IntakeOutcomeRequest = z
  .object({
    advice: z.string().trim().max(5000).optional(),
    referrals: z
      .array(
        z.object({
          partner: z.string().trim().min(2, 'Noem de organisatie of voorziening').max(200),
          note: z.string().trim().max(1000).optional(),
        }),
      )
      .max(20)
      .default([]),
    cases: z
      .array(z.object({ caseTypeCode: z.string().trim().min(1, 'Kies een zaaktype') }))
      .max(10)
      .default([]),
  })
  .refine((input) => Boolean(input.advice) || input.referrals.length > 0 || input.cases.length > 0, {
    message: 'Leg minstens één uitkomst vast: advies, een doorverwijzing of een zaak',
    path: ['advice'],
  });

export const IntakeListQuery = z.object({
  view: z.enum(['team', 'ongerouteerd', 'mijn']).default('team'),
  status: z.enum(['open', 'afgerond']).optional(),
});

const TeamRef = z.object({ id: z.string().uuid(), code: z.string(), name: z.string() }).nullable();

export const IntakeSummary = z.object({
  id: z.string().uuid(),
  receivedOn: z.string(),
  channel: z.string(),
  status: z.string(),
  person: z.object({ id: z.string().uuid(), displayName: z.string() }),
  team: TeamRef,
  routingRule: z.string().nullable(),
});

export const IntakeDetail = IntakeSummary.extend({
  householdId: z.string().uuid().nullable(),
  regisseur: z.object({ id: z.string().uuid(), displayName: z.string() }).nullable(),
  reportedBy: z.string().nullable(),
  ownWords: z.string(),
  clarifiedQuestion: z.string().nullable(),
  routedBy: z.string().nullable(),
  overrideReason: z.string().nullable(),
  outcomeKinds: z.array(z.string()),
  advice: z.string().nullable(),
  completedOn: z.string().nullable(),
  referrals: z.array(z.object({ partner: z.string(), note: z.string().nullable() })),
  cases: z.array(z.object({ id: z.string().uuid(), number: z.string(), caseTypeCode: z.string() })),
  scores: z.array(
    z.object({
      personId: z.string().uuid(),
      lifeDomain: z.string(),
      score: z.number().int(),
      note: z.string().nullable(),
    }),
  ),
  householdMembers: z.array(
    z.object({ id: z.string().uuid(), displayName: z.string(), birthDate: z.string().nullable() }),
  ),
  version: z.number().int(),
});
export type IntakeDetail = z.infer<typeof IntakeDetail>;

export const IntakeMatchesQuery = z.object({
  q: z.string().trim().min(2, 'Typ minstens 2 tekens').max(200),
  birthDate: isoDate.optional(),
});

export const IntakeMatch = z.object({
  id: z.string().uuid(),
  displayName: z.string(),
  birthDate: z.string().nullable(),
  address: z.string().nullable(),
  openCases: z.array(z.object({ caseTypeCode: z.string(), receivedOn: z.string() })),
  openIntakes: z.number().int(),
});

export const ScoreHistory = z.object({
  personId: z.string().uuid(),
  series: z.array(
    z.object({
      lifeDomain: z.string(),
      points: z.array(z.object({ assessedOn: z.string(), score: z.number().int() })),
    }),
  ),
});
