import { describe, expect, it } from 'vitest';
import { latestVersion, loadCaseTypeCatalog } from '../case-types/catalog';
import {
  refuseClose,
  refuseExtension,
  refuseResume,
  refuseStatusChange,
  refuseSuspension,
  refuseWhenClosed,
} from './lifecycle';

const catalog = loadCaseTypeCatalog();
const type = (code: string) => {
  const found = latestVersion(catalog, code, '2026-12-01');
  if (!found) throw new Error(`no ${code}`);
  return found;
};
const open = { statusCode: 'ontvangen', closedOn: null, suspendedSince: null, extensions: 0 };

describe('case lifecycle rules', () => {
  it('refuses every change to a closed case', () => {
    expect(refuseWhenClosed({ ...open, closedOn: '2026-11-01' })?.message).toMatch(/afgesloten/);
    expect(refuseWhenClosed(open)).toBeUndefined();
  });

  it('moves statuses forward in order; a skip needs a reason; the last status only by closing', () => {
    const pw = type('PW-AANVRAAG');
    expect(refuseStatusChange(pw, open, 'in-behandeling')).toBeUndefined();
    expect(refuseStatusChange(pw, open, 'besluitvorming')?.field).toBe('reason');
    expect(refuseStatusChange(pw, open, 'besluitvorming', 'stukken compleet')).toBeUndefined();
    expect(refuseStatusChange(pw, { ...open, statusCode: 'onderzoek' }, 'in-behandeling')?.field).toBe(
      'statusCode',
    );
    expect(refuseStatusChange(pw, open, 'afgehandeld')?.message).toMatch(/resultaat/);
    expect(refuseStatusChange(pw, open, 'bestaat-niet')?.message).toMatch(/Onbekende status/);
  });

  it('suspends only where the type allows it, once at a time, and resumes not before it started', () => {
    expect(refuseSuspension(type('WMO-MELDING'), open)?.message).toMatch(/Opschorten kan niet/);
    expect(refuseSuspension(type('PW-AANVRAAG'), open)).toBeUndefined();
    expect(refuseSuspension(type('PW-AANVRAAG'), { ...open, suspendedSince: '2026-11-01' })?.message).toMatch(
      /al opgeschort/,
    );
    expect(refuseResume(open, '2026-11-02')?.message).toMatch(/niet opgeschort/);
    expect(refuseResume({ ...open, suspendedSince: '2026-11-05' }, '2026-11-02')?.field).toBe('on');
  });

  it('extends once, within the maximum of the type', () => {
    expect(refuseExtension(type('BEZWAAR'), open, 6)).toBeUndefined();
    expect(refuseExtension(type('BEZWAAR'), open, 7)?.message).toMatch(/ten hoogste 6 weken/);
    expect(refuseExtension(type('BEZWAAR'), { ...open, extensions: 1 }, 2)?.message).toMatch(
      /al eens verlengd/,
    );
    expect(refuseExtension(type('WMO-MELDING'), open, 1)?.message).toMatch(/kan niet/);
  });

  it('closes only with a result of the type', () => {
    expect(refuseClose(type('BEZWAAR'), 'gegrond')).toBeUndefined();
    expect(refuseClose(type('BEZWAAR'), 'toegekend')?.field).toBe('resultCode');
  });
});
