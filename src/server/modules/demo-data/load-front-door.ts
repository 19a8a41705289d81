import {
  caseAppointments,
  caseReferrals,
  householdEvents,
  householdPlans,
  householdRegisseurs,
  intakeCases,
  intakeReferrals,
  intakes,
  networkMembers,
  selfSufficiencyScores,
} from '../../platform/db/schema';
import type { Transactor } from '../../platform/db/transactor';
import type { CatalogArea } from '../areas/catalog';
import type { DemoCase } from './cases';
import type { DemoFrontDoor } from './front-door';
import type { DemoHousehold, DemoPerson } from './generate';
import { REFERENCE_DATE } from './generate';
import { insertRows } from './repository';

const BATCH = 500;

function chunks<T>(rows: readonly T[], size = BATCH): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < rows.length; i += size) result.push(rows.slice(i, i + size));
  return result;
}

/**
 * Inserts the front door's demo history. Intakes go to the team serving the person's area (the
 * rule written as people read it); households with an open case get the team's regisseur.
 */
export async function loadDemoFrontDoor(
  transactor: Transactor,
  input: {
    frontDoor: DemoFrontDoor;
    persons: readonly DemoPerson[];
    households: readonly DemoHousehold[];
    cases: readonly DemoCase[];
    areas: readonly CatalogArea[];
    /** Area code → the serving team's id and name. */
    teamOfArea: ReadonlyMap<string, { id: string; name: string }>;
    /** Team id → the demo user who coordinates its households (regisseur, else a consultant). */
    regisseurOfTeam: ReadonlyMap<string, string>;
    /** Called after each committed batch of meldingen with its size. */
    onBatch?: (count: number) => void;
  },
): Promise<{
  intakes: number;
  plans: number;
  networkMembers: number;
  regisseurs: number;
  appointments: number;
  jeugdReferrals: number;
}> {
  const areaOf = new Map(input.persons.map((person) => [person.id, person.areaCode]));
  const areaName = new Map(input.areas.map((area) => [area.code, area]));
  const gemeenteOf = new Map(input.areas.map((area) => [area.code, area.parentCode ?? area.code]));
  for (const batch of chunks(input.frontDoor.intakes)) {
    await transactor.transaction(async (tx) => {
      await insertRows(
        tx,
        intakes,
        batch.map((intake) => {
          const areaCode = areaOf.get(intake.personId) ?? null;
          const team = areaCode ? input.teamOfArea.get(areaCode) : undefined;
          const area = areaCode ? areaName.get(areaCode) : undefined;
          return {
            id: intake.id,
            personId: intake.personId,
            householdId: intake.householdId,
            channel: intake.channel,
            reportedBy: intake.reportedBy,
            ownWords: intake.ownWords,
            clarifiedQuestion: intake.clarifiedQuestion,
            receivedOn: intake.receivedOn,
            areaCode,
            gemeenteCode: areaCode ? (gemeenteOf.get(areaCode) ?? null) : null,
            teamId: team?.id ?? null,
            routedBy: team ? 'adres' : null,
            routingRule:
              team && area
                ? `${area.level === 'gemeente' ? 'gemeente' : 'wijk'} ${area.name} → ${team.name}`
                : null,
            status: intake.status,
            outcomeKinds: intake.outcomeKinds,
            advice: intake.advice,
            completedOn: intake.completedOn,
            createdAt: new Date(`${intake.receivedOn}T10:00:00Z`),
          };
        }),
      );
      await insertRows(
        tx,
        intakeReferrals,
        batch.flatMap((intake) => intake.referrals.map((partner) => ({ intakeId: intake.id, partner }))),
      );
      await insertRows(
        tx,
        intakeCases,
        batch.flatMap((intake) => (intake.caseId ? [{ intakeId: intake.id, caseId: intake.caseId }] : [])),
      );
      await insertRows(
        tx,
        selfSufficiencyScores,
        batch.flatMap((intake) => intake.scores.map((score) => ({ ...score, intakeId: intake.id }))),
      );
    });
    input.onBatch?.(batch.length);
  }
  for (const batch of chunks(input.frontDoor.plans)) {
    await transactor.transaction(async (tx) => {
      await insertRows(
        tx,
        householdPlans,
        batch.map((plan) => ({
          householdId: plan.householdId,
          version: plan.version,
          content: plan.content,
          agreedOn: plan.agreedOn,
          agreementMethod: plan.agreementMethod,
          nextReviewOn: plan.nextReviewOn,
          createdAt: new Date(`${plan.createdOn}T11:00:00Z`),
        })),
      );
      await insertRows(
        tx,
        householdEvents,
        batch.map((plan) => ({
          householdId: plan.householdId,
          kind: 'plan-vastgesteld',
          details: { version: plan.version },
          occurredAt: new Date(`${plan.createdOn}T11:00:00Z`),
        })),
      );
    });
  }
  for (const batch of chunks(input.frontDoor.appointments)) {
    await transactor.transaction((tx) =>
      insertRows(
        tx,
        caseAppointments,
        batch.map((appointment) => ({
          caseId: appointment.caseId,
          kind: 'keukentafelgesprek',
          startsAt: new Date(appointment.startsAt),
          place: appointment.place,
          participants: appointment.participants,
          report: appointment.report,
          reportedAt: appointment.report ? new Date(appointment.startsAt) : null,
        })),
      ),
    );
  }
  for (const batch of chunks(input.frontDoor.referrals)) {
    await transactor.transaction((tx) =>
      insertRows(
        tx,
        caseReferrals,
        batch.map((referral) => ({ ...referral })),
      ),
    );
  }
  for (const batch of chunks(input.frontDoor.network)) {
    await transactor.transaction((tx) =>
      insertRows(
        tx,
        networkMembers,
        batch.map((member) => ({ ...member })),
      ),
    );
  }
  // One regisseur for every known household with an open case, where its team has someone to be it.
  const householdOf = new Map<string, DemoHousehold>();
  for (const household of input.households)
    for (const m of household.members) householdOf.set(m.personId, household);
  const withOpenCase = new Set(
    input.cases
      .filter((item) => !item.closedOn)
      .map((item) => householdOf.get(item.personId))
      .filter((household): household is DemoHousehold => Boolean(household?.assigned))
      .map((household) => household.id),
  );
  const regisseurs = input.households.flatMap((household) => {
    if (!withOpenCase.has(household.id)) return [];
    const team = input.teamOfArea.get(household.areaCode);
    const userId = team ? input.regisseurOfTeam.get(team.id) : undefined;
    return userId
      ? [{ householdId: household.id, userId, since: new Date(`${REFERENCE_DATE}T08:00:00Z`) }]
      : [];
  });
  for (const batch of chunks(regisseurs)) {
    await transactor.transaction((tx) => insertRows(tx, householdRegisseurs, batch));
  }
  return {
    intakes: input.frontDoor.intakes.length,
    plans: input.frontDoor.plans.length,
    networkMembers: input.frontDoor.network.length,
    regisseurs: regisseurs.length,
    appointments: input.frontDoor.appointments.length,
    jeugdReferrals: input.frontDoor.referrals.length,
  };
}
