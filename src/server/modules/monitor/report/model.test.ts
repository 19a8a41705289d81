import { describe, expect, it } from 'vitest';
import {
  comparableWithLabel,
  differenceText,
  figureWithUnit,
  periodName,
  sectionsByPhase,
  snapshotLine,
} from './model';
import { hiddenFigure, sampleCouncilReport, shownFigure } from './sample';

describe('the council report model', () => {
  it('names periods in words', () => {
    expect(periodName('2026-H1')).toBe('eerste halfjaar 2026');
    expect(periodName('2026-K3')).toBe('derde kwartaal 2026');
    expect(periodName('iets anders')).toBe('iets anders');
  });

  it('states the snapshot: peilmoment, version, publication day in the Netherlands', () => {
    const { snapshot } = sampleCouncilReport();
    expect(snapshotLine(snapshot)).toBe('Peilmoment 30 juni 2026, versie 1, gepubliceerd op 15 juli 2026');
    // 22:30 UTC on 31 December is already New Year's Day in Maastricht.
    expect(snapshotLine({ ...snapshot, publishedAt: '2026-12-31T23:30:00.000Z' })).toContain(
      'gepubliceerd op 1 januari 2027',
    );
    expect(snapshotLine({ ...snapshot, status: 'berekend', publishedAt: null, version: 2 })).toBe(
      'Peilmoment 30 juni 2026, versie 2, nog niet gepubliceerd (concept)',
    );
  });

  it('prints figures as given, with their unit, and "." for a figure not shown', () => {
    expect(figureWithUnit(shownFigure(14.2), 'procent')).toBe('14,2%');
    expect(figureWithUnit(shownFigure(2715), 'aantal')).toBe('2.715');
    expect(figureWithUnit(shownFigure(410), 'euro-per-inwoner')).toBe('€ 410 per inwoner');
    expect(figureWithUnit(hiddenFigure(), 'procent')).toBe('.');
    expect(comparableWithLabel(shownFigure(104.3), 'per 1.000 inwoners', 'aantal')).toBe(
      '104,3 per 1.000 inwoners',
    );
    expect(comparableWithLabel(hiddenFigure('secundair'), 'per 1.000 inwoners', 'aantal')).toBe('.');
  });

  it('prints the difference with the region signed, "." when the wijk is not shown', () => {
    const area = { code: 'WK190300', name: 'Wijk 00 Eijsden', level: 'wijk' as const };
    const row = { area, value: shownFigure(10), comparable: shownFigure(5), rank: 1 };
    expect(differenceText({ ...row, difference: -16.3 })).toBe('-16,3');
    expect(differenceText({ ...row, difference: 2.5 })).toBe('+2,5');
    expect(differenceText({ ...row, difference: 0 })).toBe('0');
    expect(
      differenceText({ ...row, value: hiddenFigure(), comparable: hiddenFigure(), difference: null }),
    ).toBe('.');
    expect(differenceText({ ...row, comparable: null, difference: null })).toBe('–');
  });

  it('has a plausible sample: six wijken, hidden figures, phases in order', () => {
    const report = sampleCouncilReport();
    expect(report.sections.every((section) => section.rows.length === 0 || section.rows.length === 6)).toBe(
      true,
    );
    const figures = report.sections.flatMap((section) => section.rows.map((row) => row.value));
    expect(figures.some((figure) => figure.hidden === 'klein' && figure.display === '.')).toBe(true);
    expect(figures.some((figure) => figure.hidden === 'secundair')).toBe(true);
    expect(sectionsByPhase(report).map(([phase]) => phase)).toEqual([1, 2, 3]);
    expect(report.sections.every((section) => section.source.startsWith('Bron:'))).toBe(true);
  });
});
