import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_TYPES_FOLDER, latestVersion, loadCaseTypeCatalog } from './catalog';

describe('case-type catalog', () => {
  const catalog = loadCaseTypeCatalog();

  it('loads the seeded case types with the terms of the brief', () => {
    const term = (code: string) => latestVersion(catalog, code, '2026-12-01')?.term;
    expect(term('WMO-MELDING')).toMatchObject({ amount: 6, unit: 'weeks' });
    expect(term('WMO-AANVRAAG')).toMatchObject({ amount: 2, unit: 'weeks' });
    expect(term('JEUGDHULP-AANVRAAG')).toMatchObject({ amount: 8, unit: 'weeks' });
    expect(term('PW-AANVRAAG')).toMatchObject({ amount: 8, unit: 'weeks' });
    expect(term('BEZWAAR')).toMatchObject({ amount: 6, unit: 'weeks' });
    expect(term('BEZWAAR-ADVIESCOMMISSIE')).toMatchObject({ amount: 12, unit: 'weeks' });
    expect(term('KLACHT')).toMatchObject({ amount: 6, unit: 'weeks' });
    expect(term('KLACHT-COMMISSIE')).toMatchObject({ amount: 10, unit: 'weeks' });
    expect(term('LLV-AANVRAAG')).toMatchObject({ amount: 8, unit: 'weeks' });
    const bezwaar = latestVersion(catalog, 'BEZWAAR', '2026-12-01');
    expect(bezwaar?.extension).toMatchObject({ maxAmount: 6, unit: 'weeks' });
    expect(bezwaar?.countsFrom).toBe('einde-bezwaartermijn');
  });

  it('covers every case type the brief and the seeds name', () => {
    const codes = new Set(catalog.map((caseType) => caseType.code));
    for (const code of [
      'WMO-MELDING',
      'WMO-AANVRAAG',
      'WMO-HERINDICATIE',
      'JEUGDHULP-AANVRAAG',
      'PW-AANVRAAG',
      'IOAW-AANVRAAG',
      'IOAZ-AANVRAAG',
      'BBZ-AANVRAAG',
      'BB-AANVRAAG',
      'IIT-AANVRAAG',
      'CAZ-AANMELDING',
      'SCHOOLKOSTEN-AANVRAAG',
      'PARTICIPATIEREGELING-AANVRAAG',
      'KO-SMI-AANVRAAG',
      'PSZ-AANVRAAG',
      'REINTEGRATIE-TRAJECT',
      'FRAUDESIGNAAL',
      'FRAUDEONDERZOEK',
      'THEMACONTROLE',
      'TERUGVORDERING',
      'BESTUURLIJKE-BOETE',
      'VERHAAL',
      'LLV-AANVRAAG',
      'VERZUIMMELDING',
      'ZORGMELDING',
      'RMC-VSV-MELDING',
      'BEZWAAR',
      'BEZWAAR-ADVIESCOMMISSIE',
      'BEROEP',
      'KLACHT',
      'KLACHT-COMMISSIE',
      'AGRESSIE-INCIDENT',
    ]) {
      expect(codes, code).toContain(code);
    }
  });

  it('gives every type ordered statuses whose last one closes, and results with an outcome', () => {
    for (const caseType of catalog) {
      expect(caseType.statuses.at(-1)?.code).toBe('afgehandeld');
      expect(caseType.results.length).toBeGreaterThan(0);
      if (caseType.serviceNorm && caseType.term && caseType.term.unit === caseType.serviceNorm.unit) {
        expect(caseType.serviceNorm.amount).toBeLessThan(caseType.term.amount);
      }
    }
  });

  it('names the file, the field and the problem when the catalog is broken', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-'));
    fs.copyFileSync(path.join(CASE_TYPES_FOLDER, '_sets.json'), path.join(folder, '_sets.json'));
    const wmo = JSON.parse(fs.readFileSync(path.join(CASE_TYPES_FOLDER, 'wmo.json'), 'utf8'));
    wmo.caseTypes[1].term.unit = 'fortnights';
    fs.writeFileSync(path.join(folder, 'wmo.json'), JSON.stringify(wmo));
    expect(() => loadCaseTypeCatalog(folder)).toThrow(/wmo\.json, veld caseTypes\[1\]\.term\.unit/);
    wmo.caseTypes[1].term.unit = 'weeks';
    wmo.caseTypes[1].extension = { allowed: true };
    fs.writeFileSync(path.join(folder, 'wmo.json'), JSON.stringify(wmo));
    expect(() => loadCaseTypeCatalog(folder)).toThrow(
      /caseTypes\[1\]\.extension: een toegestane verlenging heeft een maximum/,
    );
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('applies a new version only to cases received after it was published', () => {
    const v2 = {
      ...catalog.find((t) => t.code === 'KLACHT'),
      version: 2,
      publishedOn: '2027-01-01',
    } as (typeof catalog)[number];
    const both = [...catalog, v2];
    expect(latestVersion(both, 'KLACHT', '2026-12-31')?.version).toBe(1);
    expect(latestVersion(both, 'KLACHT', '2027-01-02')?.version).toBe(2);
  });
});
