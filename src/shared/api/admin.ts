import { z } from 'zod';
import { ROLES } from '../roles';

export const TEAM_KINDS = ['gebiedsteam', 'specialistisch'] as const;
export const SPECIALISMS = ['handhaving', 'bezwaar-klachten', 'leerplicht', 'leerlingenvervoer'] as const;

export const TeamView = z.object({
  id: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(TEAM_KINDS),
  specialism: z.string().nullable(),
  areaCodes: z.array(z.string()),
  memberCount: z.number().int(),
  version: z.number().int(),
});
export type TeamView = z.infer<typeof TeamView>;

export const CreateTeamRequest = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[A-Z0-9-]{2,30}$/, 'Gebruik 2 tot 30 hoofdletters, cijfers of streepjes'),
    name: z.string().trim().min(2, 'Vul een naam in').max(100),
    kind: z.enum(TEAM_KINDS),
    specialism: z.enum(SPECIALISMS).nullable().optional(),
    areaCodes: z.array(z.string().trim().max(20)).max(100).default([]),
  })
  .refine((team) => team.kind !== 'specialistisch' || team.specialism, {
    message: 'Een specialistisch team heeft een specialisme',
    path: ['specialism'],
  })
  .refine((team) => team.kind !== 'gebiedsteam' || team.areaCodes.length > 0, {
    message: 'Een gebiedsteam bedient minstens één gebied',
    path: ['areaCodes'],
  });

/**
 * The gemeente a bestuurder governs (CBS code, e.g. GM0935): the Monitor shows them that gemeente.
 * The server also checks that it is a gemeente in the area catalog; null means none.
 */
export const GemeenteCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^GM\d{4}$/, 'Gebruik een CBS-gemeentecode: GM en vier cijfers, bijvoorbeeld GM0935');

export const UserView = z.object({
  id: z.string().uuid(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  teams: z.array(z.object({ id: z.string().uuid(), code: z.string(), name: z.string() })),
  active: z.boolean(),
  gemeenteCode: z.string().nullable(),
  version: z.number().int(),
});
export type UserView = z.infer<typeof UserView>;

export const CreateUserRequest = z.object({
  username: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9._-]{3,40}$/,
      'Gebruik 3 tot 40 kleine letters, cijfers, punt, streepje of liggend streepje',
    ),
  displayName: z.string().trim().min(2, 'Vul een naam in').max(100),
  password: z.string().min(12, 'Een wachtwoord heeft minstens 12 tekens').max(200),
  roles: z.array(z.enum(ROLES)).min(1, 'Kies minstens één rol'),
  teamIds: z.array(z.string().uuid()).default([]),
  gemeenteCode: GemeenteCode.nullable().default(null),
});

export const UpdateUserRequest = z.object({
  displayName: z.string().trim().min(2, 'Vul een naam in').max(100).optional(),
  roles: z.array(z.enum(ROLES)).min(1, 'Kies minstens één rol').optional(),
  teamIds: z.array(z.string().uuid()).optional(),
  active: z.boolean().optional(),
  /** null clears the gemeente; leaving it out keeps it. */
  gemeenteCode: GemeenteCode.nullable().optional(),
});
