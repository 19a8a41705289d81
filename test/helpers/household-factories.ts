import { amsterdamToday } from '../../src/server/modules/cases/context';
import {
  caseEvents,
  cases,
  decisions,
  householdPlans,
  householdRegisseurs,
  intakes,
  provisions,
  selfSufficiencyScores,
} from '../../src/server/platform/db/schema';
import type { Transactor } from '../../src/server/platform/db/transactor';

let counter = 0;

/**
 * Builders for the household view's data: cases, provisions, plans, scores, intakes and regisseurs
 * written straight into their tables, so a signal's test sets up exactly the facts it needs.
 */
export function householdFactories(transactor: Transactor) {
  const make = {
    async caseRow(fields: {
      personId: string;
      teamId: string;
      caseTypeCode: string;
      domain: string;
      receivedOn?: string;
      closedOn?: string | null;
      householdId?: string | null;
    }) {
      counter += 1;
      return transactor.transaction(async (tx) => {
        const [row] = await tx
          .insert(cases)
          .values({
            number: `TEST-${process.pid}-${String(counter).padStart(6, '0')}`,
            caseTypeCode: fields.caseTypeCode,
            caseTypeVersion: 1,
            domain: fields.domain,
            personId: fields.personId,
            householdId: fields.householdId ?? null,
            teamId: fields.teamId,
            receivedOn: fields.receivedOn ?? '2026-01-05',
            channel: 'balie',
            statusCode: fields.closedOn ? 'afgehandeld' : 'ontvangen',
            closedOn: fields.closedOn ?? null,
          })
          .returning();
        if (!row) throw new Error('no case');
        await tx
          .insert(caseEvents)
          .values({ caseId: row.id, kind: 'aangemaakt', details: { number: row.number } });
        return row;
      });
    },

    /** A provision with the case and decision that granted it. */
    async provision(fields: {
      personId: string;
      teamId: string;
      domain: string;
      provisionTypeCode: string;
      startDate: string;
      endDate?: string | null;
      endReason?: string | null;
      volume?: number | null;
      volumeUnit?: string | null;
    }) {
      const granted = await make.caseRow({
        personId: fields.personId,
        teamId: fields.teamId,
        caseTypeCode: fields.domain === 'jeugd' ? 'JEUGDHULP-AANVRAAG' : 'WMO-AANVRAAG',
        domain: fields.domain,
        receivedOn: fields.startDate,
        closedOn: fields.startDate,
      });
      return transactor.transaction(async (tx) => {
        const [decision] = await tx
          .insert(decisions)
          .values({
            caseId: granted.id,
            decisionTypeCode: 'TOEKENNING',
            kind: 'besluit',
            decidedOn: fields.startDate,
            effectiveFrom: fields.startDate,
            outcome: 'toegekend',
          })
          .returning();
        if (!decision) throw new Error('no decision');
        const [row] = await tx
          .insert(provisions)
          .values({
            decisionId: decision.id,
            caseId: granted.id,
            personId: fields.personId,
            domain: fields.domain,
            provisionTypeCode: fields.provisionTypeCode,
            startDate: fields.startDate,
            endDate: fields.endDate ?? null,
            endReason: fields.endReason ?? null,
            volume: fields.volume ?? null,
            volumeUnit: fields.volumeUnit ?? null,
          })
          .returning();
        if (!row) throw new Error('no provision');
        return row;
      });
    },

    async plan(fields: { householdId: string; version: number; nextReviewOn: string | null }) {
      return transactor.transaction(async (tx) => {
        const [row] = await tx
          .insert(householdPlans)
          .values({ ...fields, content: { goals: [] } })
          .returning();
        if (!row) throw new Error('no plan');
        return row;
      });
    },

    async score(fields: { personId: string; lifeDomain: string; score: number; assessedOn: string }) {
      await transactor.transaction((tx) => tx.insert(selfSufficiencyScores).values(fields));
    },

    async intake(fields: { personId: string; householdId: string; receivedOn: string; channel?: string }) {
      await transactor.transaction((tx) =>
        tx
          .insert(intakes)
          .values({ ...fields, channel: fields.channel ?? 'telefoon', ownWords: 'Het gaat niet meer.' }),
      );
    },

    async regisseur(fields: { householdId: string; userId: string }) {
      await transactor.transaction((tx) => tx.insert(householdRegisseurs).values(fields));
    },
  };
  return make;
}

/** Today as the server counts it (Europe/Amsterdam), so tests agree with it around midnight too. */
function todayParts(): [number, number, number] {
  const [y = 0, m = 1, d = 1] = amsterdamToday().split('-').map(Number);
  return [y, m, d];
}

/** An ISO date `days` from today, so signal tests keep working whatever day they run. */
export function daysFromToday(days: number): string {
  const [y, m, d] = todayParts();
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The birth date of someone who turns `years` old `plusDays` after today. */
export function yearsAgo(years: number, plusDays = 0): string {
  const [y, m, d] = todayParts();
  return new Date(Date.UTC(y - years, m - 1, d + plusDays)).toISOString().slice(0, 10);
}
