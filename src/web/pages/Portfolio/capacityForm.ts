import type { CapacityLine, CapacityLinePatch } from '../../../shared/api/portfolio';
import { nl } from '../../messages/nl';
import { textOrNull } from './portfolio';

/** The form of a Bijlage 2 line: its capacity and who fills it, as typed, and back as the API's patch. */

const t = nl.portfolio.capacityPage.form;

/** One person filling the line, as typed: "" is no gemeente, hours and texts as the user wrote them. */
export interface AssignmentRow {
  role: string;
  gemeenteCode: string;
  organisation: string;
  filled: boolean;
  hours: string;
  note: string;
}

export interface CapacityFormValues {
  hoursPerYear: string;
  fte: string;
  toBeDetermined: boolean;
  rows: AssignmentRow[];
}

export const emptyAssignmentRow = (): AssignmentRow => ({
  role: '',
  gemeenteCode: '',
  organisation: '',
  filled: true,
  hours: '',
  note: '',
});

const hoursFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** Hours in Dutch notation: 150, 1.200,5. */
export const formatHours = (hours: number) => hoursFormat.format(hours);

/** A number as a form field shows it: a decimal comma, no thousands separator ("1200,5"). */
export const numberText = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));

/**
 * A typed number: "150", "1200,5", "1.200" (thousands), "0,8" or "0.8"; null when empty, NaN when
 * it is not a number.
 */
export function parseDutchNumber(text: string): number | null {
  const plain = text.replace(/\s/g, '');
  if (plain === '') return null;
  let normal = plain;
  if (plain.includes(',')) normal = plain.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(plain)) normal = plain.replace(/\./g, '');
  return /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

export function capacityFormValuesOf(line: CapacityLine): CapacityFormValues {
  return {
    hoursPerYear: numberText(line.capacity.hoursPerYear),
    fte: numberText(line.capacity.fte),
    toBeDetermined: line.capacity.toBeDetermined,
    rows: line.assignments.map((assignment) => ({
      role: assignment.role,
      gemeenteCode: assignment.gemeenteCode ?? '',
      organisation: assignment.organisation ?? '',
      filled: assignment.filled,
      hours: numberText(assignment.hours),
      note: assignment.note ?? '',
    })),
  };
}

/** The hours given to the rows together (rows without hours, or with no number, count as 0). */
export function sharedHours(rows: readonly Pick<AssignmentRow, 'hours'>[]): number {
  const total = rows.reduce((sum, row) => {
    const hours = parseDutchNumber(row.hours);
    return hours === null || Number.isNaN(hours) ? sum : sum + hours;
  }, 0);
  return Math.round(total * 100) / 100;
}

/** The server's rule, said before sending: the shares may not add up to more than the line. */
export function splitError(hoursPerYear: number | null, shared: number): string | null {
  return hoursPerYear !== null && shared > hoursPerYear
    ? t.splitTooLarge(formatHours(shared), formatHours(hoursPerYear))
    : null;
}

type Assignments = NonNullable<CapacityLinePatch['assignments']>;

const sameAssignments = (a: Assignments, b: CapacityLine['assignments']) =>
  a.length === b.length &&
  a.every((assignment, index) => {
    const other = b[index];
    return (
      other !== undefined &&
      assignment.role === other.role &&
      assignment.gemeenteCode === other.gemeenteCode &&
      assignment.organisation === other.organisation &&
      assignment.filled === other.filled &&
      assignment.hours === other.hours &&
      assignment.note === other.note
    );
  });

/**
 * The change to send: the capacity only when it differs from the line (a new capacity is also the
 * project's, with a row in its history), the assignments only when they differ. Numbers that are no
 * number and a split larger than the line come back as errors by field, as the server names them.
 */
export function capacityLinePatchOf(
  line: CapacityLine,
  values: CapacityFormValues,
): { patch: CapacityLinePatch; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const number = (field: string, text: string) => {
    const value = parseDutchNumber(text);
    if (value !== null && Number.isNaN(value)) {
      errors[field] = t.notANumber;
      return null;
    }
    return value;
  };
  const capacity = {
    hoursPerYear: number('capacity.hoursPerYear', values.hoursPerYear),
    fte: number('capacity.fte', values.fte),
    toBeDetermined: values.toBeDetermined,
  };
  const assignments: Assignments = values.rows.map((row, index) => ({
    role: row.role.trim(),
    gemeenteCode: row.gemeenteCode === '' ? null : row.gemeenteCode,
    organisation: textOrNull(row.organisation),
    filled: row.filled,
    hours: number(`assignments.${index}.hours`, row.hours),
    note: textOrNull(row.note),
  }));
  const tooMuch = splitError(capacity.hoursPerYear, sharedHours(values.rows));
  if (tooMuch) errors.assignments = tooMuch;
  const patch: CapacityLinePatch = {};
  const current = line.capacity;
  if (
    capacity.hoursPerYear !== current.hoursPerYear ||
    capacity.fte !== current.fte ||
    capacity.toBeDetermined !== current.toBeDetermined
  )
    patch.capacity = capacity;
  if (!sameAssignments(assignments, line.assignments)) patch.assignments = assignments;
  return { patch, errors };
}
