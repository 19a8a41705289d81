import type { CaseType } from '../case-types/catalog';

/**
 * The rules of a case's life as pure functions: each returns a Dutch refusal, or undefined when
 * the step is allowed. Services turn a refusal into a 422.
 */
export type Refusal = { field: string; message: string } | undefined;

export interface CaseState {
  statusCode: string;
  closedOn: string | null;
  suspendedSince: string | null;
  extensions: number;
}

export function refuseWhenClosed(state: CaseState): Refusal {
  return state.closedOn
    ? {
        field: 'case',
        message: 'Deze zaak is afgesloten en verandert niet meer; open een nieuwe, gerelateerde zaak',
      }
    : undefined;
}

/** Statuses follow the type's order; skipping one needs a reason, going back is not possible. */
export function refuseStatusChange(
  caseType: CaseType,
  state: CaseState,
  target: string,
  reason?: string,
): Refusal {
  const order = caseType.statuses.map((status) => status.code);
  const from = order.indexOf(state.statusCode);
  const to = order.indexOf(target);
  if (to < 0) return { field: 'statusCode', message: `Onbekende status voor dit zaaktype: ${target}` };
  if (to === order.length - 1) return { field: 'statusCode', message: 'Sluit de zaak af met een resultaat' };
  if (to <= from) return { field: 'statusCode', message: 'Een status kan niet terug of gelijk blijven' };
  if (to > from + 1 && !reason?.trim())
    return { field: 'reason', message: 'Geef een reden om een status over te slaan' };
  return undefined;
}

export function refuseSuspension(caseType: CaseType, state: CaseState): Refusal {
  if (!caseType.suspension.allowed) {
    return {
      field: 'case',
      message: `Opschorten kan niet bij dit zaaktype${caseType.suspension.reason ? `: ${caseType.suspension.reason}` : ''}`,
    };
  }
  if (state.suspendedSince) return { field: 'case', message: 'De zaak is al opgeschort' };
  return undefined;
}

export function refuseResume(state: CaseState, on: string): Refusal {
  if (!state.suspendedSince) return { field: 'case', message: 'De zaak is niet opgeschort' };
  if (on < state.suspendedSince)
    return { field: 'on', message: 'Hervatten kan niet vóór de start van de opschorting' };
  return undefined;
}

/** Once, and at most the type's maximum. */
export function refuseExtension(caseType: CaseType, state: CaseState, weeks: number): Refusal {
  const { extension } = caseType;
  if (!extension.allowed || !extension.maxAmount || !extension.unit) {
    return { field: 'weeks', message: 'Verlengen kan niet bij dit zaaktype' };
  }
  if (state.extensions > 0) return { field: 'weeks', message: 'De termijn is al eens verlengd' };
  const maxWeeks = extension.unit === 'weeks' ? extension.maxAmount : Math.floor(extension.maxAmount / 7);
  if (weeks > maxWeeks) return { field: 'weeks', message: `Verlengen kan met ten hoogste ${maxWeeks} weken` };
  return undefined;
}

export function refuseClose(caseType: CaseType, resultCode: string): Refusal {
  return caseType.results.some((result) => result.code === resultCode)
    ? undefined
    : { field: 'resultCode', message: 'Kies een resultaat van dit zaaktype' };
}
