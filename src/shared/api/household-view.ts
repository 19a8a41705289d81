import { z } from 'zod';
import { NETWORK_ROLES } from './front-door';
import { HOUSEHOLD_RELATIONS } from './registry';

/**
 * The household as one view (1 Gezin 1 Plan): its informal network, its one regisseur, the
 * overview across all domains, and the signals computed from its data.
 */

type NetworkRole = keyof typeof NETWORK_ROLES;
const NETWORK_ROLE_CODES = Object.keys(NETWORK_ROLES) as [NetworkRole, ...NetworkRole[]];

export const UserRef = z.object({ id: z.string().uuid(), displayName: z.string() });
export type UserRef = z.infer<typeof UserRef>;

export const NetworkMember = z.object({
  id: z.string().uuid(),
  householdId: z.string().uuid(),
  personId: z.string().uuid().nullable(),
  name: z.string(),
  role: z.enum(NETWORK_ROLE_CODES),
  support: z.string().nullable(),
  contact: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
});
export type NetworkMember = z.infer<typeof NetworkMember>;
export const NetworkList = z.object({ items: z.array(NetworkMember) });

const optionalText = (max: number) => z.string().trim().max(max, `Ten hoogste ${max} tekens`).nullable();

export const CreateNetworkMemberRequest = z.object({
  name: z.string().trim().min(1, 'Vul de naam in').max(200, 'Ten hoogste 200 tekens'),
  role: z.enum(NETWORK_ROLE_CODES, { message: `Kies een rol: ${NETWORK_ROLE_CODES.join(', ')}` }),
  support: optionalText(500).optional(),
  contact: optionalText(200).optional(),
  personId: z.string().uuid('Ongeldige persoon').nullable().optional(),
});
export type CreateNetworkMemberRequest = z.input<typeof CreateNetworkMemberRequest>;

export const UpdateNetworkMemberRequest = z
  .object({
    name: z.string().trim().min(1, 'Vul de naam in').max(200, 'Ten hoogste 200 tekens'),
    role: z.enum(NETWORK_ROLE_CODES, { message: `Kies een rol: ${NETWORK_ROLE_CODES.join(', ')}` }),
    support: optionalText(500),
    contact: optionalText(200),
    /** false ends the involvement; the row stays for the history. */
    active: z.boolean(),
  })
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'Geef minstens één veld om te wijzigen' });
export type UpdateNetworkMemberRequest = z.input<typeof UpdateNetworkMemberRequest>;

export const ChangeRegisseurRequest = z.object({
  userId: z.string().uuid('Kies een medewerker'),
  reason: z.string().trim().max(500, 'Ten hoogste 500 tekens').optional(),
});
export type ChangeRegisseurRequest = z.infer<typeof ChangeRegisseurRequest>;

export const RegisseurView = z.object({
  regisseur: UserRef.nullable(),
  since: z.string().nullable(),
});

export const SIGNAL_CODES = [
  'plan-evaluatie-verlopen',
  'voorziening-eindigt-zonder-herindicatie',
  'stapeling-van-zorg',
  'mogelijk-wlz',
  'overgang-18',
  'schoolverzuim-in-gezin',
  'geen-regisseur',
] as const;
export type SignalCode = (typeof SIGNAL_CODES)[number];

export const Signal = z.object({
  code: z.enum(SIGNAL_CODES),
  householdId: z.string().uuid(),
  householdName: z.string(),
  personId: z.string().uuid().nullable(),
  personName: z.string().nullable(),
  explanation: z.string(),
  since: z.string().nullable(),
});
export type Signal = z.infer<typeof Signal>;
export const SignalList = z.object({
  items: z.array(Signal),
  /** How many signals of each kind there are, whatever the filter. */
  counts: z.partialRecord(z.enum(SIGNAL_CODES), z.number().int()).optional(),
});
export const TeamSignalsQuery = z.object({
  team: z.string().uuid('Ongeldig team'),
  code: z.enum(SIGNAL_CODES, { message: `Kies een signaal: ${SIGNAL_CODES.join(', ')}` }).optional(),
});

export const OverviewMember = z.object({
  personId: z.string().uuid(),
  displayName: z.string(),
  birthDate: z.string().nullable(),
  relation: z.enum(HOUSEHOLD_RELATIONS),
});

export const OverviewCase = z.object({
  id: z.string().uuid(),
  number: z.string(),
  personId: z.string().uuid(),
  caseTypeCode: z.string(),
  caseTypeName: z.string(),
  domain: z.string(),
  status: z.string(),
  statusName: z.string(),
  receivedOn: z.string(),
  closedOn: z.string().nullable(),
  resultCode: z.string().nullable(),
});

export const OverviewProvision = z.object({
  id: z.string().uuid(),
  personId: z.string().uuid(),
  caseId: z.string().uuid(),
  domain: z.string(),
  provisionTypeCode: z.string(),
  start: z.string(),
  end: z.string().nullable(),
  volume: z.number().int().nullable(),
  volumeUnit: z.string().nullable(),
});

export const OverviewScore = z.object({
  personId: z.string().uuid(),
  lifeDomain: z.string(),
  score: z.number().int(),
  assessedOn: z.string(),
});

export const TIMELINE_SOURCES = ['huishouden', 'zaak', 'melding', 'plan'] as const;
export const TimelineItem = z.object({
  source: z.enum(TIMELINE_SOURCES),
  kind: z.string(),
  occurredAt: z.string(),
  /** A case's number, an intake's channel, a plan's version: what the entry is about. */
  subject: z.string().nullable(),
  personId: z.string().uuid().nullable(),
  caseId: z.string().uuid().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type TimelineItem = z.infer<typeof TimelineItem>;

export const TimelineQuery = z.object({
  before: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const TimelinePage = z.object({ items: z.array(TimelineItem), more: z.string().nullable() });
export type TimelinePage = z.infer<typeof TimelinePage>;

export const HouseholdOverview = z.object({
  id: z.string().uuid(),
  name: z.string(),
  team: z.object({ id: z.string().uuid(), code: z.string(), name: z.string() }).nullable(),
  regisseur: UserRef.nullable(),
  members: z.array(OverviewMember),
  cases: z.array(OverviewCase),
  provisions: z.array(OverviewProvision),
  scores: z.array(OverviewScore),
  network: z.array(NetworkMember),
  timeline: z.array(TimelineItem),
  /** Pass as `before` to get older timeline entries; null when there are none. */
  timelineMore: z.string().nullable(),
  version: z.number().int(),
});
export type HouseholdOverview = z.infer<typeof HouseholdOverview>;
