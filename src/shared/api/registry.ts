import { z } from 'zod';
import { isValidBsn } from '../bsn';
import { normalizePostcode } from '../postcode';

export const AREA_LEVELS = ['gemeente', 'wijk', 'buurt'] as const;
export const HOUSEHOLD_RELATIONS = ['partner', 'ouder', 'kind', 'overig'] as const;

const isoDate = z.iso.date({ message: 'Gebruik een datum als JJJJ-MM-DD' });

export const BsnInput = z
  .string()
  .trim()
  .refine(isValidBsn, { message: 'Dit is geen geldig BSN (negen cijfers die de elfproef doorstaan)' });

export const PostcodeInput = z.string().transform((value, ctx) => {
  const normalized = normalizePostcode(value);
  if (!normalized) {
    ctx.addIssue({ code: 'custom', message: 'Vul een postcode in als 1234 AB' });
    return z.NEVER;
  }
  return normalized;
});

export const Address = z.object({
  street: z.string().nullable(),
  houseNumber: z.number().int().nullable(),
  houseNumberAddition: z.string().nullable(),
  postcode: z.string().nullable(),
  place: z.string().nullable(),
});
export type Address = z.infer<typeof Address>;

export const PersonListItem = z.object({
  id: z.string().uuid(),
  bsn: z.string().nullable(),
  displayName: z.string(),
  birthDate: z.string().nullable(),
  address: Address,
  areaCode: z.string().nullable(),
});
export type PersonListItem = z.infer<typeof PersonListItem>;

export const PersonSearchQuery = z
  .object({
    q: z.string().trim().min(2, 'Zoek op minstens twee letters').max(100).optional(),
    bsn: z
      .string()
      .trim()
      .regex(/^\d{9}$/, 'Een BSN heeft negen cijfers')
      .optional(),
    postcode: PostcodeInput.optional(),
    houseNumber: z.coerce.number().int().positive('Huisnummer moet positief zijn').optional(),
    birthDate: isoDate.optional(),
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  })
  .refine((query) => query.q || query.bsn || query.postcode || query.birthDate, {
    message: 'Geef een naam, BSN, postcode of geboortedatum op',
    path: ['q'],
  })
  .refine((query) => !query.houseNumber || query.postcode, {
    message: 'Een huisnummer zoekt alleen samen met een postcode',
    path: ['houseNumber'],
  });
export type PersonSearchQuery = z.infer<typeof PersonSearchQuery>;

export const PersonSearchResponse = z.object({
  items: z.array(PersonListItem),
  nextCursor: z.string().nullable(),
});
export type PersonSearchResponse = z.infer<typeof PersonSearchResponse>;

const PersonFields = {
  bsn: BsnInput.nullable().optional(),
  givenNames: z.string().trim().min(1, 'Vul de voornamen in').max(200),
  prefix: z.string().trim().max(20).nullable().optional(),
  familyName: z.string().trim().min(1, 'Vul de achternaam in').max(200),
  birthDate: isoDate.nullable().optional(),
  email: z.string().trim().email('Vul een geldig e-mailadres in').nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[+0-9 ()-]{6,20}$/, 'Vul een geldig telefoonnummer in')
    .nullable()
    .optional(),
  street: z.string().trim().max(200).nullable().optional(),
  houseNumber: z.number().int().positive('Huisnummer moet positief zijn').max(99999).nullable().optional(),
  houseNumberAddition: z.string().trim().max(10).nullable().optional(),
  postcode: PostcodeInput.nullable().optional(),
  place: z.string().trim().max(100).nullable().optional(),
  areaCode: z.string().trim().max(20).nullable().optional(),
};

export const CreatePersonRequest = z.object(PersonFields);
export type CreatePersonRequest = z.input<typeof CreatePersonRequest>;
export const UpdatePersonRequest = z.object(PersonFields).partial();
export type UpdatePersonRequest = z.input<typeof UpdatePersonRequest>;

export const HouseholdMembership = z.object({
  householdId: z.string().uuid(),
  householdName: z.string(),
  relation: z.enum(HOUSEHOLD_RELATIONS),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
});

/** The household's one point of contact, shown on every screen about its members. */
export const RegisseurRef = z.object({ id: z.string().uuid(), displayName: z.string() }).nullable();

export const PersonDetail = PersonListItem.extend({
  givenNames: z.string(),
  prefix: z.string().nullable(),
  familyName: z.string(),
  sortName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  area: z.object({ code: z.string(), name: z.string(), gemeente: z.string().nullable() }).nullable(),
  households: z.array(HouseholdMembership),
  /** The regisseur of the household the person lives in now. */
  regisseur: RegisseurRef,
  accessBasis: z.string(),
  version: z.number().int(),
});
export type PersonDetail = z.infer<typeof PersonDetail>;

export const HouseholdDetail = z.object({
  id: z.string().uuid(),
  name: z.string(),
  team: z.object({ id: z.string().uuid(), code: z.string(), name: z.string() }).nullable(),
  members: z.array(
    z.object({
      personId: z.string().uuid(),
      displayName: z.string(),
      birthDate: z.string().nullable(),
      relation: z.enum(HOUSEHOLD_RELATIONS),
      validFrom: z.string(),
      validUntil: z.string().nullable(),
    }),
  ),
  regisseur: RegisseurRef,
  version: z.number().int(),
});
export type HouseholdDetail = z.infer<typeof HouseholdDetail>;

export const Area = z.object({
  code: z.string(),
  level: z.enum(AREA_LEVELS),
  name: z.string(),
  parentCode: z.string().nullable(),
  inhabitants: z.number().int().nullable(),
  inhabitantsYear: z.number().int().nullable(),
  source: z.string().nullable(),
  hasGeometry: z.boolean(),
});
export type Area = z.infer<typeof Area>;

export const AreaQuery = z.object({
  level: z.enum(AREA_LEVELS).optional(),
  parent: z.string().max(20).optional(),
});

export const AccessLogEntry = z.object({
  seq: z.number().int(),
  occurredAt: z.string(),
  actor: z.string().nullable(),
  action: z.string(),
  outcome: z.enum(['allowed', 'denied']),
  resource: z.string(),
  purpose: z.string().nullable(),
});
export type AccessLogEntry = z.infer<typeof AccessLogEntry>;
export const AccessLogResponse = z.object({
  items: z.array(AccessLogEntry),
  nextCursor: z.string().nullable(),
});

export const BreakGlassRequest = z.object({
  reason: z.string().trim().min(10, 'Geef een reden van minstens tien tekens').max(1000),
});
