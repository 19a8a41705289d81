import { describe, expect, it } from 'vitest';
import { PlanWriteRequest } from '../../../shared/api/plans';
import { draftOf, emptyAction, emptyConsideration, emptyGoal, fieldMapsOf, requestOf } from './planDraft';

describe('the plan form draft', () => {
  it('sends what the server accepts: empty optional fields left out, the version it started from', () => {
    const goal = { ...emptyGoal(), description: 'Schulden op een rij' };
    const action = { ...emptyAction(), goalId: goal.id, description: 'Aanmelden', responsible: 'Moeder' };
    const consideration = { ...emptyConsideration(), description: 'Buurtcentrum' };
    const request = requestOf(
      { ...draftOf(undefined), goals: [goal], actions: [action], considerations: [consideration] },
      3,
    );
    expect(request.content.actions[0]?.dueOn).toBeUndefined();
    expect(request.content.actions[0]?.partner).toBeUndefined();
    expect(request.agreedOn).toBeUndefined();
    expect(PlanWriteRequest.parse(request).basedOnVersion).toBe(3);
  });

  it('starts a new version from the content shown, without the agreement given to that version', () => {
    const draft = draftOf({
      householdId: '00000000-0000-4000-8000-000000000000',
      householdName: 'Huishouden',
      version: 2,
      latestVersion: 2,
      content: {
        goals: [],
        actions: [],
        considerations: [{ kind: 'netwerk', description: 'Zus', outcome: 'benut' }],
      },
      agreedOn: '2026-11-01',
      agreementMethod: 'mondeling',
      nextReviewOn: '2027-02-01',
      createdAt: '2026-11-01T10:00:00.000Z',
      createdBy: null,
      versions: [],
    });
    expect(draft).toMatchObject({ agreedOn: '', agreementMethod: '', nextReviewOn: '2027-02-01' });
    expect(draft.considerations[0]).toMatchObject({ kind: 'netwerk', description: 'Zus' });
  });

  it('links every server field of an item to its element and names it by item and label', () => {
    const { ids, labels } = fieldMapsOf({ ...draftOf(undefined), actions: [emptyAction(), emptyAction()] });
    expect(ids['content.actions.1.goalId']).toBe('plan-action-1-goalId');
    expect(labels['content.actions.1.goalId']).toBe('Actie 2: Bij welk doel hoort de actie?');
    expect(ids.nextReviewOn).toBe('plan-next-review-on');
  });
});
