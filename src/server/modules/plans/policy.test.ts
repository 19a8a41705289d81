import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/roles';
import type { Actor } from '../../platform/access/actor';
import type { PersonRelationFacts } from '../../platform/access/policy';
import { mayWorkOnHouseholdPlan } from './policy';

const now = new Date('2026-12-01T10:00:00Z');
const actor = (roles: Role[], teamIds: string[] = ['team-a']): Actor => ({
  id: 'u1',
  username: 'u1',
  displayName: 'U1',
  roles,
  teamIds,
});
const stranger: PersonRelationFacts = { householdTeamIds: [], assignedToActor: false, breakGlassUntil: null };

describe('who works on a household plan', () => {
  it('lets the assigned team in, and refuses another team', () => {
    expect(mayWorkOnHouseholdPlan(actor(['regisseur']), { teamId: 'team-a' }, [stranger], now)).toBe(true);
    expect(mayWorkOnHouseholdPlan(actor(['regisseur']), { teamId: 'team-b' }, [stranger], now)).toBe(false);
  });

  it('lets in whoever may open one member, as the household page does', () => {
    const assigned = { ...stranger, assignedToActor: true };
    expect(
      mayWorkOnHouseholdPlan(actor(['consulent'], []), { teamId: null }, [stranger, assigned], now),
    ).toBe(true);
  });

  it.each<Role>(['beleid', 'functioneel-beheer', 'privacy', 'inwoner'])('%s never opens a plan', (role) => {
    const everything = { householdTeamIds: ['team-a'], assignedToActor: true, breakGlassUntil: null };
    expect(mayWorkOnHouseholdPlan(actor([role]), { teamId: 'team-a' }, [everything], now)).toBe(false);
  });
});
