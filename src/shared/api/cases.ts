import { z } from 'zod';

export const CHANNELS = [
  'balie',
  'telefoon',
  'sociaal-team',
  'online',
  'school',
  'huisarts',
  'buren',
  'veilig-thuis',
  'post',
  'e-mail',
  'andere-organisatie',
] as const;
const isoDate = z.iso.date({ message: 'Gebruik een datum als JJJJ-MM-DD' });

export const CreateCaseRequest = z.object({
  personId: z.string().uuid('Ongeldige persoon'),
  caseTypeCode: z.string().trim().min(2, 'Kies een zaaktype').max(60),
  receivedOn: isoDate,
  channel: z.enum(CHANNELS, { message: `Kies een kanaal: ${CHANNELS.join(', ')}` }),
  contestedDecisionDate: isoDate.optional(),
  /** A related case of the same person, such as the case whose decision a bezwaar contests. */
  relatedCaseId: z.string().uuid().optional(),
  /** Opens this case as a sub-case of another case of the same person. */
  parentCaseId: z.string().uuid().optional(),
  assigneeId: z.string().uuid().optional(),
});
export type CreateCaseRequest = z.infer<typeof CreateCaseRequest>;

export const SuspendRequest = z.object({
  reason: z.string().trim().min(5, 'Geef de reden van de opschorting'),
  from: isoDate,
  until: isoDate.optional(),
});
export const ResumeRequest = z.object({ on: isoDate });
export const ExtendRequest = z.object({
  reason: z.string().trim().min(5, 'Geef de reden van de verlenging'),
  weeks: z.number().int().min(1, 'Minstens één week').max(26, 'Ten hoogste 26 weken'),
});
export const StatusRequest = z.object({
  statusCode: z.string().trim().min(1),
  reason: z.string().trim().max(1000).optional(),
});
export const NoteRequest = z.object({
  text: z.string().trim().min(1, 'Schrijf een notitie').max(5000, 'Ten hoogste 5000 tekens'),
});
export const CloseRequest = z.object({ resultCode: z.string().trim().min(1, 'Kies een resultaat') });

const Named = z.object({ code: z.string(), name: z.string() });

export const CaseDetail = z.object({
  id: z.string().uuid(),
  number: z.string(),
  caseType: z.object({ code: z.string(), version: z.number().int(), name: z.string(), domain: z.string() }),
  personId: z.string().uuid(),
  /** Who the case is about, and the household's one contact person, shown on every case screen. */
  person: z.object({ id: z.string().uuid(), displayName: z.string() }),
  regisseur: z.object({ id: z.string().uuid(), displayName: z.string() }).nullable(),
  team: z.object({ id: z.string().uuid(), code: z.string(), name: z.string() }),
  assigneeId: z.string().uuid().nullable(),
  receivedOn: z.string(),
  channel: z.string(),
  contestedDecisionDate: z.string().nullable(),
  status: Named,
  legalDeadline: z.string().nullable(),
  serviceNormDate: z.string().nullable(),
  daysLeft: z.number().int().nullable(),
  suspended: z.boolean(),
  onExpiry: z.string().nullable(),
  suspensions: z.array(
    z.object({
      reason: z.string(),
      from: z.string(),
      plannedUntil: z.string().nullable(),
      resumedOn: z.string().nullable(),
    }),
  ),
  extensions: z.array(z.object({ reason: z.string(), amount: z.number().int(), unit: z.string() })),
  closedOn: z.string().nullable(),
  result: Named.extend({ outcome: z.string() }).nullable(),
  relatedCaseId: z.string().uuid().nullable(),
  parentCaseId: z.string().uuid().nullable(),
  notes: z.array(
    z.object({ createdAt: z.string(), authorId: z.string().uuid().nullable(), text: z.string() }),
  ),
  timeline: z.array(
    z.object({
      occurredAt: z.string(),
      actorId: z.string().uuid().nullable(),
      kind: z.string(),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
  version: z.number().int(),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const WorkQueueQuery = z.object({
  team: z.string().uuid().optional(),
  assignee: z.union([z.string().uuid(), z.literal('me')]).optional(),
  domain: z.string().max(40).optional(),
  caseType: z.string().max(60).optional(),
  gemeente: z.string().max(10).optional(),
  status: z.string().max(60).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  suspended: z.enum(['true', 'false']).optional(),
  unassigned: z.enum(['true', 'false']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type WorkQueueQuery = z.infer<typeof WorkQueueQuery>;
export const WorkQueueExportQuery = WorkQueueQuery.extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
});

export const WORK_QUEUE_SIGNALS = [
  'termijn-verstreken',
  'binnen-5-werkdagen',
  'opschorting-verlopen',
] as const;

export const WorkQueueItem = z.object({
  id: z.string().uuid(),
  number: z.string(),
  caseType: z.object({ code: z.string(), name: z.string() }),
  domain: z.string(),
  person: z.object({ id: z.string().uuid(), displayName: z.string() }),
  gemeenteCode: z.string().nullable(),
  status: z.string(),
  legalDeadline: z.string().nullable(),
  daysLeft: z.number().int().nullable(),
  suspended: z.boolean(),
  assigneeId: z.string().uuid().nullable(),
  assigneeName: z.string().nullable(),
  signals: z.array(z.enum(WORK_QUEUE_SIGNALS)),
});
export const WorkQueueResponse = z.object({
  items: z.array(WorkQueueItem),
  nextCursor: z.string().nullable(),
});

export const AssignRequest = z.object({
  caseIds: z
    .array(z.string().uuid())
    .min(1, 'Kies minstens één zaak')
    .max(500, 'Ten hoogste 500 zaken tegelijk'),
  assigneeId: z.string().uuid().nullable(),
});

export const END_REASONS = [
  'uitstroom-naar-werk',
  'verhuizing',
  'overlijden',
  'doel-bereikt',
  'niet-meer-nodig',
  'herindicatie',
  'andere-reden',
] as const;

export const DecisionRequest = z.object({
  decisionTypeCode: z.string().trim().min(1, 'Kies een besluittype'),
  kind: z.enum(['besluit', 'wijziging', 'intrekking']).default('besluit'),
  decidedOn: isoDate,
  effectiveFrom: isoDate,
  effectiveUntil: isoDate.optional(),
  outcome: z.enum([
    'toegekend',
    'afgewezen',
    'buiten behandeling',
    'ingetrokken',
    'gegrond',
    'ongegrond',
    'niet-ontvankelijk',
  ]),
  replacesDecisionId: z.string().uuid().optional(),
  provisions: z
    .array(
      z.object({
        provisionTypeCode: z.string().trim().min(1),
        start: isoDate,
        end: isoDate.optional(),
        volume: z.number().int().positive().optional(),
        volumeUnit: z.string().trim().max(30).optional(),
        amountEuro: z.number().nonnegative().max(1_000_000).optional(),
      }),
    )
    .max(50)
    .default([]),
  endProvisions: z
    .array(z.object({ provisionId: z.string().uuid(), endDate: isoDate, endReason: z.enum(END_REASONS) }))
    .max(50)
    .default([]),
});

export const DecisionView = z.object({
  id: z.string().uuid(),
  decisionTypeCode: z.string(),
  kind: z.string(),
  decidedOn: z.string(),
  effectiveFrom: z.string(),
  effectiveUntil: z.string().nullable(),
  outcome: z.string(),
  replacesDecisionId: z.string().uuid().nullable(),
  provisions: z.array(
    z.object({
      id: z.string().uuid(),
      provisionTypeCode: z.string(),
      start: z.string(),
      end: z.string().nullable(),
      volume: z.number().int().nullable(),
      volumeUnit: z.string().nullable(),
      amountEuro: z.number().nullable(),
      payingGemeenteCode: z.string().nullable(),
      endReason: z.string().nullable(),
    }),
  ),
});

export const CaseListQuery = z.object({ personId: z.string().uuid('Ongeldige persoon') });
export const CaseListItem = z.object({
  id: z.string().uuid(),
  number: z.string(),
  caseTypeName: z.string(),
  status: z.string(),
  receivedOn: z.string(),
  legalDeadline: z.string().nullable(),
  closedOn: z.string().nullable(),
});
