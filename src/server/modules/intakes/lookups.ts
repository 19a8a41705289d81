import type { z } from 'zod';
import { LIFE_DOMAINS } from '../../../shared/api/front-door';
import type { IntakeMatchesQuery } from '../../../shared/api/intakes';
import { displayName, searchNameOf } from '../../../shared/person-name';
import type { RequestContext } from '../../platform/access/actor';
import { canSearchRegistry, decidePersonRecordAccess } from '../../platform/access/policy';
import { findRelationFacts } from '../../platform/access/relations';
import { appendAudit } from '../../platform/audit/service';
import { forbidden } from '../../platform/errors';
import { auditContext, type CaseDeps } from '../cases/context';
import { searchPersons } from '../persons/repository';
import * as repo from './repository';

/**
 * The duplicate check at the front door: persons like the one being reported, each with their open
 * cases (type and date only) and open intakes, so a second melding joins the first instead of
 * starting a parallel trail. Audited as a search.
 */
export async function intakeMatches(
  deps: CaseDeps,
  ctx: RequestContext,
  query: z.output<typeof IntakeMatchesQuery>,
) {
  if (!canSearchRegistry(ctx.actor)) throw forbidden('Uw rol geeft geen toegang tot persoonsgegevens.');
  return deps.readAudit.read(auditContext(ctx), async (tx, audit) => {
    const found = await searchPersons(tx, {
      nameQuery: searchNameOf({ givenNames: query.q, familyName: '' }),
      birthDate: query.birthDate,
      limit: 10,
    });
    const ids = found.map((row) => row.id);
    const work = await repo.openWorkOf(tx, ids);
    await audit([{ action: 'person.search', personIds: ids, resource: 'intakes/matches' }]);
    return found.map((row) => ({
      id: row.id,
      displayName: displayName(row),
      birthDate: row.birthDate,
      address: row.street
        ? `${row.street} ${row.houseNumber ?? ''}${row.houseNumberAddition ?? ''}, ${row.place ?? ''}`.trim()
        : null,
      openCases: work.openCases
        .filter((item) => item.personId === row.id)
        .map(({ caseTypeCode, receivedOn }) => ({ caseTypeCode, receivedOn })),
      openIntakes: work.openIntakes.find((item) => item.personId === row.id)?.n ?? 0,
    }));
  });
}

/** A person's self-sufficiency scores over time, one series per life domain, for the chart. */
export async function scoreHistory(deps: CaseDeps, ctx: RequestContext, personId: string) {
  const now = new Date();
  const outcome = await deps.readAudit.read(auditContext(ctx), async (tx, audit) => {
    const decision = decidePersonRecordAccess(
      ctx.actor,
      await findRelationFacts(tx, ctx.actor.id, personId, now),
      now,
    );
    if (!decision.allowed) {
      await appendAudit(tx, auditContext(ctx), [
        {
          action: 'person.scores',
          outcome: 'denied',
          personIds: [personId],
          resource: `persons/${personId}/scores`,
        },
      ]);
      return null;
    }
    const rows = await repo.scoreHistory(tx, personId);
    await audit([{ action: 'person.scores', personIds: [personId], resource: `persons/${personId}/scores` }]);
    return rows;
  });
  if (!outcome) throw forbidden('U heeft geen relatie met deze persoon.');
  const order = Object.keys(LIFE_DOMAINS);
  const domains = [...new Set(outcome.map((row) => row.lifeDomain))].sort(
    (a, b) => order.indexOf(a) - order.indexOf(b),
  );
  return {
    personId,
    series: domains.map((lifeDomain) => ({
      lifeDomain,
      points: outcome
        .filter((row) => row.lifeDomain === lifeDomain)
        .map(({ assessedOn, score }) => ({ assessedOn, score })),
    })),
  };
}
