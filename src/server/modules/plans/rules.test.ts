import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSIDERATION_KINDS } from '../../../shared/api/front-door';
import type { PlanWriteRequest } from '../../../shared/api/plans';
import {
  CONSIDERATIONS_BEFORE_TAILORED,
  type DecisionFacts,
  planWriteErrors,
  tailoredProvisionRefusal,
} from './rules';

const kinds = Object.keys(CONSIDERATION_KINDS);
const grant: DecisionFacts = { domain: 'wmo', outcome: 'toegekend', provisionCount: 1 };
const withPlan = (...considerationKinds: string[]) => ({ households: [{ considerationKinds }] });

describe('the plan rule before a tailored provision', () => {
  it('refuses a Wmo or Jeugd grant without household, without plan, or with only eigen kracht', () => {
    expect(tailoredProvisionRefusal(grant, { households: [] })).toBe('no-household');
    expect(tailoredProvisionRefusal(grant, { households: [{ considerationKinds: null }] })).toBe('no-plan');
    expect(tailoredProvisionRefusal({ ...grant, domain: 'jeugd' }, withPlan())).toBe('no-consideration');
    expect(tailoredProvisionRefusal(grant, withPlan('eigen-kracht'))).toBe('no-consideration');
  });

  it('allows the grant once general provisions or the network were considered, in any household', () => {
    expect(tailoredProvisionRefusal(grant, withPlan('netwerk'))).toBeNull();
    expect(
      tailoredProvisionRefusal(grant, {
        households: [{ considerationKinds: null }, { considerationKinds: ['algemene-voorziening'] }],
      }),
    ).toBeNull();
  });

  it('is decided by the considered kinds alone, for every combination', () => {
    fc.assert(
      fc.property(fc.subarray(kinds), fc.constantFrom('wmo', 'jeugd'), (considered, domain) => {
        const refusal = tailoredProvisionRefusal({ ...grant, domain }, withPlan(...considered));
        const qualifies = considered.some((kind) => CONSIDERATIONS_BEFORE_TAILORED.includes(kind));
        expect(refusal === null).toBe(qualifies);
      }),
    );
  });

  it('never blocks other domains, refusals, or decisions that grant no provision', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('wmo', 'jeugd', 'inkomen', 'minima', 'onderwijs', 'participatie'),
        fc.constantFrom('toegekend', 'afgewezen', 'ingetrokken', 'buiten behandeling'),
        fc.nat({ max: 3 }),
        fc.constantFrom(
          { households: [] },
          { households: [{ considerationKinds: null }] },
          { households: [{ considerationKinds: ['eigen-kracht'] }] },
        ),
        (domain, outcome, provisionCount, facts) => {
          const blocked = tailoredProvisionRefusal({ domain, outcome, provisionCount }, facts) !== null;
          const grantsTailored =
            (domain === 'wmo' || domain === 'jeugd') && outcome === 'toegekend' && provisionCount > 0;
          expect(blocked).toBe(grantsTailored);
        },
      ),
    );
  });
});

describe('the consistency of a plan version', () => {
  const goalId = randomUUID();
  const request = (overrides: Partial<PlanWriteRequest> = {}): PlanWriteRequest => ({
    basedOnVersion: 0,
    content: {
      goals: [{ id: goalId, lifeDomain: 'financien', description: 'Schulden op een rij', owner: 'burger' }],
      actions: [
        {
          id: randomUUID(),
          goalId,
          description: 'Aanmelden bij schuldhulp',
          responsible: 'Moeder',
          status: 'open',
        },
      ],
      considerations: [],
    },
    ...overrides,
  });

  it('accepts a consistent plan', () => {
    expect(planWriteErrors(request({ agreedOn: '2026-11-01', agreementMethod: 'mondeling' }))).toEqual([]);
  });

  it('names the action whose goal is not in the plan, and repeated ids', () => {
    const base = request();
    const [action] = base.content.actions;
    if (!action) throw new Error('fixture');
    const content = {
      ...base.content,
      goals: [...base.content.goals, ...base.content.goals],
      actions: [action, { ...action, id: randomUUID(), goalId: randomUUID() }],
    };
    expect(planWriteErrors({ ...base, content }).map((error) => error.field)).toEqual([
      'content.goals.1.id',
      'content.actions.1.goalId',
    ]);
  });

  it('wants an agreement whole, and a review after it', () => {
    expect(planWriteErrors(request({ agreedOn: '2026-11-01' })).map((e) => e.field)).toEqual([
      'agreementMethod',
    ]);
    expect(planWriteErrors(request({ agreementMethod: 'digitaal' })).map((e) => e.field)).toEqual([
      'agreedOn',
    ]);
    expect(
      planWriteErrors(
        request({ agreedOn: '2026-11-01', agreementMethod: 'digitaal', nextReviewOn: '2026-10-01' }),
      ).map((e) => e.field),
    ).toEqual(['nextReviewOn']);
  });
});
