import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/roles';
import { canRouteIntake, canSeeIntake, routingRuleText } from './policy';

const actor = (roles: Role[], teamIds: string[], id = 'u1') => ({
  id,
  username: id,
  displayName: id,
  roles,
  teamIds,
});

describe('who sees and routes an intake', () => {
  it('lets the registrar, the team and — while unrouted — team managers see it; nobody else', () => {
    const intake = { teamId: 'oost', createdBy: 'balie' };
    expect(canSeeIntake(actor(['consulent'], ['kcc'], 'balie'), intake)).toBe(true);
    expect(canSeeIntake(actor(['consulent'], ['oost']), intake)).toBe(true);
    expect(canSeeIntake(actor(['consulent'], ['west']), intake)).toBe(false);
    expect(canSeeIntake(actor(['teammanager'], ['west']), intake)).toBe(false);
    expect(canSeeIntake(actor(['teammanager'], ['west']), { teamId: null, createdBy: 'balie' })).toBe(true);
    expect(canSeeIntake(actor(['consulent'], ['west']), { teamId: null, createdBy: 'balie' })).toBe(false);
  });

  it('never shows an intake to a role without case work, whatever the facts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Role>('beleid', 'bestuur', 'functioneel-beheer', 'privacy'),
        fc.option(fc.constantFrom('oost', 'west'), { nil: null }),
        (role, teamId) => {
          expect(canSeeIntake(actor([role], ['oost', 'west'], 'balie'), { teamId, createdBy: 'balie' })).toBe(
            false,
          );
        },
      ),
    );
  });

  it('lets only a team manager of the team (or of any team, while unrouted) route', () => {
    expect(canRouteIntake(actor(['teammanager'], ['oost']), { teamId: 'oost', createdBy: null })).toBe(true);
    expect(canRouteIntake(actor(['teammanager'], ['west']), { teamId: 'oost', createdBy: null })).toBe(false);
    expect(canRouteIntake(actor(['teammanager'], ['west']), { teamId: null, createdBy: null })).toBe(true);
    expect(canRouteIntake(actor(['consulent'], ['oost']), { teamId: 'oost', createdBy: null })).toBe(false);
  });

  it('states the routing rule as people read it', () => {
    expect(routingRuleText({ level: 'wijk', name: 'Maastricht-Oost' }, 'Gebiedsteam Oost')).toBe(
      'wijk Maastricht-Oost → Gebiedsteam Oost',
    );
    expect(routingRuleText({ level: 'gemeente', name: 'Vaals' }, 'Gebiedsteam Vaals')).toBe(
      'gemeente Vaals → Gebiedsteam Vaals',
    );
    expect(routingRuleText(null, 'Gebiedsteam Oost')).toBe('handmatig → Gebiedsteam Oost');
  });
});
