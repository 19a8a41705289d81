import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/roles';
import type { Actor } from './actor';
import {
  canReadAccessLog,
  canSearchRegistry,
  decidePersonRecordAccess,
  type PersonRelationFacts,
} from './policy';

const now = new Date('2026-11-22T10:00:00Z');
const actor = (roles: Role[], teamIds: string[] = ['team-a']): Actor => ({
  id: 'u1',
  username: 'u1',
  displayName: 'U1',
  roles,
  teamIds,
});
const noRelation: PersonRelationFacts = {
  householdTeamIds: [],
  assignedToActor: false,
  breakGlassUntil: null,
};

describe('person record access', () => {
  it('lets a consultant in through a household of their team', () => {
    expect(
      decidePersonRecordAccess(actor(['consulent']), { ...noRelation, householdTeamIds: ['team-a'] }, now),
    ).toEqual({
      allowed: true,
      basis: 'team-household',
    });
  });

  it('refuses a household of another team, offering break-the-glass', () => {
    expect(
      decidePersonRecordAccess(actor(['consulent']), { ...noRelation, householdTeamIds: ['team-b'] }, now),
    ).toEqual({
      allowed: false,
      reason: 'no-relation',
      canBreakGlass: true,
    });
  });

  it('honours an explicit assignment', () => {
    expect(
      decidePersonRecordAccess(actor(['consulent']), { ...noRelation, assignedToActor: true }, now),
    ).toMatchObject({
      allowed: true,
      basis: 'assignment',
    });
  });

  it('honours break-the-glass only while it runs', () => {
    const running = { ...noRelation, breakGlassUntil: new Date(now.getTime() + 60_000) };
    const expired = { ...noRelation, breakGlassUntil: new Date(now.getTime() - 1) };
    expect(decidePersonRecordAccess(actor(['consulent']), running, now)).toMatchObject({
      allowed: true,
      basis: 'break-glass',
    });
    expect(decidePersonRecordAccess(actor(['consulent']), expired, now)).toMatchObject({ allowed: false });
  });

  it.each<Role>(['beleid', 'bestuur', 'functioneel-beheer', 'privacy', 'inwoner'])(
    '%s never opens a record, whatever the relation',
    (role) => {
      const everything = {
        householdTeamIds: ['team-a'],
        assignedToActor: true,
        breakGlassUntil: new Date(now.getTime() + 1e6),
      };
      expect(decidePersonRecordAccess(actor([role]), everything, now)).toEqual({
        allowed: false,
        reason: 'role',
        canBreakGlass: false,
      });
      expect(canSearchRegistry(actor([role]))).toBe(false);
    },
  );

  it('lets the privacy officer read every access log, and others only with record access', () => {
    const refused = decidePersonRecordAccess(actor(['privacy']), noRelation, now);
    expect(canReadAccessLog(actor(['privacy']), refused)).toBe(true);
    const consultantRefused = decidePersonRecordAccess(actor(['consulent']), noRelation, now);
    expect(canReadAccessLog(actor(['consulent']), consultantRefused)).toBe(false);
  });
});
