import type { Role } from '../../../shared/roles';
import type { Actor } from '../../platform/access/actor';

/**
 * Who sees the Monitor: its figures are aggregated and protected, for policy and management
 * (brief: beleid and bestuur see only aggregates). A bestuurder sees their own gemeente (and the
 * region's figure to compare with); the others see the whole region.
 */
export const MONITOR_READERS: readonly Role[] = ['beleid', 'bestuur', 'teammanager', 'functioneel-beheer'];
const REGION_WIDE: readonly Role[] = ['beleid', 'teammanager', 'functioneel-beheer'];
/** Computing and publishing a peilmoment, and importing data, is for beleid and functioneel beheer. */
export const MONITOR_MANAGERS: readonly Role[] = ['beleid', 'functioneel-beheer'];

export type MonitorScope =
  | { kind: 'regio' }
  | { kind: 'gemeente'; gemeenteCode: string }
  | { kind: 'geen'; reason: string };

export function monitorScope(actor: Actor, bestuurGemeente: string | null): MonitorScope {
  if (actor.roles.some((role) => REGION_WIDE.includes(role))) return { kind: 'regio' };
  if (actor.roles.includes('bestuur')) {
    return bestuurGemeente
      ? { kind: 'gemeente', gemeenteCode: bestuurGemeente }
      : {
          kind: 'geen',
          reason: 'Uw account is niet aan een gemeente gekoppeld; vraag functioneel beheer dat te doen.',
        };
  }
  return { kind: 'geen', reason: 'De Monitor is voor beleid, bestuur en management.' };
}

/** Whether the scope may see an area: the region's own figure is the comparison everyone sees. */
export function scopeAllows(
  scope: MonitorScope,
  area: { code: string; gemeenteCode: string | null },
): boolean {
  if (scope.kind === 'regio') return true;
  if (scope.kind === 'geen') return false;
  return area.code === 'REGIO' || area.gemeenteCode === scope.gemeenteCode;
}

export function canManageMonitor(actor: Actor): boolean {
  return actor.roles.some((role) => MONITOR_MANAGERS.includes(role));
}

export function mayUseMonitor(actor: Actor): boolean {
  return actor.roles.some((role) => MONITOR_READERS.includes(role));
}
