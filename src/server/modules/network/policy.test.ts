import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/roles';
import type { Actor } from '../../platform/access/actor';
import { decideRegisseurChange, mayOpenHousehold, mayReadTeamSignals } from './policy';

const actor = (roles: Role[], teamIds: string[] = ['team-a'], id = 'me'): Actor => ({
  id,
  username: id,
  displayName: id,
  roles,
  teamIds,
});

describe('household policy', () => {
  it('opens a household to case workers of its team or with a relation to a member, never to person-blind roles', () => {
    expect(mayOpenHousehold(actor(['consulent']), 'team-a', false)).toBe(true);
    expect(mayOpenHousehold(actor(['consulent'], ['team-b']), 'team-a', false)).toBe(false);
    expect(mayOpenHousehold(actor(['consulent'], ['team-b']), 'team-a', true)).toBe(true);
    expect(mayOpenHousehold(actor(['consulent'], []), null, false)).toBe(false);
    expect(mayOpenHousehold(actor(['beleid']), 'team-a', true)).toBe(false);
  });

  it('lets the team manager appoint a team member and a team member take over, nothing else', () => {
    expect(decideRegisseurChange(actor(['teammanager']), 'team-a', 'colleague', true)).toEqual({
      allowed: true,
    });
    expect(decideRegisseurChange(actor(['consulent']), 'team-a', 'me', true)).toEqual({ allowed: true });
    expect(decideRegisseurChange(actor(['consulent']), 'team-a', 'colleague', true)).toMatchObject({
      allowed: false,
      status: 403,
    });
    expect(
      decideRegisseurChange(actor(['teammanager'], ['team-b']), 'team-a', 'colleague', true),
    ).toMatchObject({
      allowed: false,
      status: 403,
    });
    expect(decideRegisseurChange(actor(['teammanager']), null, 'colleague', false)).toMatchObject({
      status: 403,
    });
    expect(decideRegisseurChange(actor(['teammanager']), 'team-a', 'stranger', false)).toEqual({
      allowed: false,
      status: 422,
      field: 'userId',
      message: 'De regisseur moet lid zijn van het team van het huishouden.',
    });
    expect(decideRegisseurChange(actor(['functioneel-beheer']), 'team-a', 'me', true)).toMatchObject({
      status: 403,
    });
  });

  it('shows a team’s signals to its own case workers only', () => {
    expect(mayReadTeamSignals(actor(['regisseur']), 'team-a')).toBe(true);
    expect(mayReadTeamSignals(actor(['regisseur']), 'team-b')).toBe(false);
    expect(mayReadTeamSignals(actor(['privacy']), 'team-a')).toBe(false);
  });
});
