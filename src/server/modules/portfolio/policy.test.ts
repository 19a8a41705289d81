import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../shared/roles';
import type { Actor } from '../../platform/access/actor';
import { assertEditor, assertReader, mayEditPortfolio, mayReadPortfolio } from './policy';

const actor = (role: Role): Actor => ({
  id: 'u',
  username: role,
  displayName: role,
  roles: [role],
  teamIds: [],
});

describe('portfolio policy', () => {
  it('lets policy, bestuur, management, functioneel beheer and the process manager read', () => {
    const readers = ROLES.filter((role) => mayReadPortfolio(actor(role)));
    expect(readers).toEqual(['teammanager', 'beleid', 'bestuur', 'functioneel-beheer', 'procesmanager']);
  });

  it('lets only the process manager and functioneel beheer edit', () => {
    expect(ROLES.filter((role) => mayEditPortfolio(actor(role)))).toEqual([
      'functioneel-beheer',
      'procesmanager',
    ]);
    expect(() => assertEditor(actor('beleid'))).toThrow(/procesmanager/);
    expect(() => assertReader(actor('consulent'))).toThrow(/Toekomstagenda/);
  });
});
