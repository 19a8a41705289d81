import { z } from 'zod';
import { ROLES } from '../roles';

export const LoginRequest = z.object({
  username: z.string().trim().min(1, 'Vul uw gebruikersnaam in').max(100),
  password: z.string().min(1, 'Vul uw wachtwoord in').max(200),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const TeamRef = z.object({ id: z.string().uuid(), code: z.string(), name: z.string() });

export const CurrentUser = z.object({
  id: z.string().uuid(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  teams: z.array(TeamRef),
});
export type CurrentUser = z.infer<typeof CurrentUser>;

export const SessionResponse = z.object({ user: CurrentUser, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof SessionResponse>;
