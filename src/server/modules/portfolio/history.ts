import type { Phase, ProjectKind } from '../../../shared/api/portfolio';

/**
 * A project as it stood on a day, worked back from its current state by undoing the history that
 * happened after that day. Events without a day (the source gives only a year, or nothing) are not
 * undone: they are shown in the history but cannot place the project in time.
 */

export interface ProjectState {
  name: string;
  kind: ProjectKind;
  domain: string | null;
  precondition: boolean;
  phase: string | null;
}

export interface HistoryEvent {
  kind: string;
  fromValue: string | null;
  toValue: string | null;
  occurredOn: string | null;
}

const KINDS = new Set(['toekomstagenda', 'going-concern']);

/** null when the project did not exist yet on that day. */
export function stateOn(
  current: ProjectState,
  events: readonly HistoryEvent[],
  day: string,
): ProjectState | null {
  const later = events
    .filter((event) => event.occurredOn !== null && event.occurredOn > day)
    .sort((a, b) => ((a.occurredOn ?? '') < (b.occurredOn ?? '') ? 1 : -1));
  let state: ProjectState = { ...current };
  for (const event of later) {
    switch (event.kind) {
      case 'aangemaakt':
        return null;
      case 'soort':
        if (event.fromValue && KINDS.has(event.fromValue)) {
          state = {
            ...state,
            kind: event.fromValue as ProjectKind,
            domain: event.fromValue === 'toekomstagenda' ? null : state.domain,
          };
        } else if (event.fromValue === 'project' || event.fromValue === 'randvoorwaarde') {
          state = { ...state, precondition: event.fromValue === 'randvoorwaarde' };
        }
        break;
      case 'naam':
        if (event.fromValue) state = { ...state, name: event.fromValue };
        break;
      case 'fase':
        state = { ...state, phase: event.fromValue };
        break;
      default:
        break;
    }
  }
  return state;
}

export interface PhaseStep {
  phase: Phase | null;
  from: string | null;
  text: string | null;
}

/** The phases a project went through: before its first recorded change, then each change. */
export function phaseSteps(
  current: { phase: Phase | null; startDate: string | null },
  events: readonly (HistoryEvent & { occurredText: string | null })[],
): PhaseStep[] {
  const changes = events.filter((event) => event.kind === 'fase');
  if (changes.length === 0) return [{ phase: current.phase, from: current.startDate, text: null }];
  const [first] = changes;
  const steps: PhaseStep[] = [
    { phase: (first?.fromValue ?? null) as Phase | null, from: current.startDate, text: null },
  ];
  for (const change of changes) {
    steps.push({
      phase: (change.toValue ?? null) as Phase | null,
      from: change.occurredOn,
      text: change.occurredText,
    });
  }
  return steps;
}
