import type { Role } from '../../../shared/roles';
import type { Actor } from '../../platform/access/actor';
import { forbidden } from '../../platform/errors';

/**
 * The portfolio holds no person data: it is read by policy, bestuur and management, and kept up to
 * date by the process manager of the Toekomstagenda and functioneel beheer (issue 6; Actieplan §6.1b:
 * the process manager "houdt overzicht op de projectopdrachten inclusief tijdspad en einddatum").
 */
export const PORTFOLIO_READERS: readonly Role[] = [
  'beleid',
  'bestuur',
  'teammanager',
  'functioneel-beheer',
  'procesmanager',
];
export const PORTFOLIO_EDITORS: readonly Role[] = ['procesmanager', 'functioneel-beheer'];

export const mayReadPortfolio = (actor: Actor) =>
  actor.roles.some((role) => PORTFOLIO_READERS.includes(role));
export const mayEditPortfolio = (actor: Actor) =>
  actor.roles.some((role) => PORTFOLIO_EDITORS.includes(role));

export function assertReader(actor: Actor): void {
  if (!mayReadPortfolio(actor)) {
    throw forbidden('De Toekomstagenda is voor beleid, bestuur, management en de procesmanager.');
  }
}

export function assertEditor(actor: Actor): void {
  if (!mayEditPortfolio(actor)) {
    throw forbidden('Alleen de procesmanager en functioneel beheer wijzigen de Toekomstagenda.');
  }
}
