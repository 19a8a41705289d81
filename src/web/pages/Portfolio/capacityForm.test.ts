import { describe, expect, it } from 'vitest';
import { type CapacityLine, CapacityLinePatch } from '../../../shared/api/portfolio';
import {
  capacityFormValuesOf,
  capacityLinePatchOf,
  emptyAssignmentRow,
  formatHours,
  numberText,
  parseDutchNumber,
  sharedHours,
  splitError,
} from './capacityForm';

function eigenKracht(): CapacityLine {
  return {
    id: '00000000-0000-4000-8000-000000000011',
    version: 3,
    section: 'doorloop',
    label: 'Eigen kracht',
    projectId: '00000000-0000-4000-8000-000000000001',
    capacity: { hoursPerYear: 300, fte: null, toBeDetermined: false, text: '300 uur' },
    assignments: [
      {
        role: 'Projectleider',
        gemeenteCode: 'GM0981',
        organisation: null,
        filled: true,
        hours: null,
        note: null,
      },
      {
        role: 'Projectleider',
        gemeenteCode: 'GM1903',
        organisation: null,
        filled: true,
        hours: null,
        note: null,
      },
    ],
  };
}

describe('numbers as typed in the capacity form', () => {
  it('reads Dutch and plain notation, empty as null and anything else as NaN', () => {
    expect(parseDutchNumber('')).toBeNull();
    expect(parseDutchNumber('  ')).toBeNull();
    expect(parseDutchNumber('150')).toBe(150);
    expect(parseDutchNumber(' 1200,5 ')).toBe(1200.5);
    expect(parseDutchNumber('1.200')).toBe(1200);
    expect(parseDutchNumber('1.200,5')).toBe(1200.5);
    expect(parseDutchNumber('0,8')).toBe(0.8);
    expect(parseDutchNumber('0.8')).toBe(0.8);
    expect(parseDutchNumber('veel')).toBeNaN();
    expect(parseDutchNumber('-5')).toBeNaN();
    expect(parseDutchNumber('1,2,3')).toBeNaN();
  });

  it('writes numbers back with a decimal comma, and hours in Dutch notation', () => {
    expect(numberText(null)).toBe('');
    expect(numberText(0.8)).toBe('0,8');
    expect(numberText(1200.5)).toBe('1200,5');
    expect(formatHours(1200.5)).toBe('1.200,5');
    expect(formatHours(150)).toBe('150');
  });
});

describe('the shares of the hours', () => {
  it('adds up the rows with hours, leaving out empty and unreadable ones', () => {
    expect(sharedHours([])).toBe(0);
    expect(sharedHours([{ hours: '150' }, { hours: '150' }])).toBe(300);
    expect(sharedHours([{ hours: '100,25' }, { hours: '' }, { hours: 'x' }, { hours: '0,1' }])).toBe(100.35);
  });

  it('says so when the shares are more than the line, as the server does', () => {
    expect(splitError(300, 300)).toBeNull();
    expect(splitError(null, 1000)).toBeNull();
    expect(splitError(300, 350)).toBe(
      'De verdeling telt op tot 350 uur, meer dan de 300 uur van deze regel.',
    );
  });
});

describe('a capacity line as form values and back as a patch', () => {
  it('fills the form from the line', () => {
    const values = capacityFormValuesOf(eigenKracht());
    expect(values).toMatchObject({ hoursPerYear: '300', fte: '', toBeDetermined: false });
    expect(values.rows[1]).toEqual({
      role: 'Projectleider',
      gemeenteCode: 'GM1903',
      organisation: '',
      filled: true,
      hours: '',
      note: '',
    });
  });

  it('sends nothing when nothing changed', () => {
    const line = eigenKracht();
    expect(capacityLinePatchOf(line, capacityFormValuesOf(line))).toEqual({ patch: {}, errors: {} });
  });

  it('sends only the assignments when only the split changed', () => {
    const line = eigenKracht();
    const values = capacityFormValuesOf(line);
    values.rows = values.rows.map((row) => ({ ...row, hours: '150' }));
    const { patch, errors } = capacityLinePatchOf(line, values);
    expect(errors).toEqual({});
    expect(patch).toEqual({
      assignments: [
        {
          role: 'Projectleider',
          gemeenteCode: 'GM0981',
          organisation: null,
          filled: true,
          hours: 150,
          note: null,
        },
        {
          role: 'Projectleider',
          gemeenteCode: 'GM1903',
          organisation: null,
          filled: true,
          hours: 150,
          note: null,
        },
      ],
    });
    expect(CapacityLinePatch.safeParse(patch).success).toBe(true);
  });

  it('sends the capacity only when it changed, and trims a new row to what the API wants', () => {
    const line = eigenKracht();
    const values = capacityFormValuesOf(line);
    values.hoursPerYear = '400';
    values.fte = '0,2';
    values.rows.push({
      ...emptyAssignmentRow(),
      role: '  Beleidsadviseur ',
      organisation: ' GGD Zuid Limburg ',
      filled: false,
      note: '   ',
    });
    const { patch, errors } = capacityLinePatchOf(line, values);
    expect(errors).toEqual({});
    expect(patch.capacity).toEqual({ hoursPerYear: 400, fte: 0.2, toBeDetermined: false });
    expect(patch.assignments?.[2]).toEqual({
      role: 'Beleidsadviseur',
      gemeenteCode: null,
      organisation: 'GGD Zuid Limburg',
      filled: false,
      hours: null,
      note: null,
    });
  });

  it('names the fields with a number that is none, and a split larger than the line', () => {
    const line = eigenKracht();
    const values = capacityFormValuesOf(line);
    values.fte = 'een half';
    values.rows = values.rows.map((row, index) => ({ ...row, hours: index === 0 ? '200' : '150' }));
    values.rows.push({ ...emptyAssignmentRow(), role: 'Secretaris', hours: 'veel' });
    const { errors } = capacityLinePatchOf(line, values);
    expect(errors).toEqual({
      'capacity.fte': 'Vul een getal in, bijvoorbeeld 150 of 0,8.',
      'assignments.2.hours': 'Vul een getal in, bijvoorbeeld 150 of 0,8.',
      assignments: 'De verdeling telt op tot 350 uur, meer dan de 300 uur van deze regel.',
    });
  });

  it('checks the split against a lowered capacity too, and removes rows', () => {
    const line = eigenKracht();
    line.assignments = line.assignments.map((assignment) => ({ ...assignment, hours: 150 }));
    const values = capacityFormValuesOf(line);
    values.hoursPerYear = '200';
    expect(capacityLinePatchOf(line, values).errors.assignments).toBe(
      'De verdeling telt op tot 300 uur, meer dan de 200 uur van deze regel.',
    );
    values.hoursPerYear = '300';
    values.rows = [];
    expect(capacityLinePatchOf(line, values)).toEqual({ patch: { assignments: [] }, errors: {} });
  });
});
