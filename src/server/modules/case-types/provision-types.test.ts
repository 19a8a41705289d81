import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestVersion, loadCaseTypeCatalog } from './catalog';
import { loadProvisionTypes, PROVISION_TYPES_FILE } from './provision-types';

const caseTypes = loadCaseTypeCatalog();

function withFile(content: unknown): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'provision-types-'));
  const file = path.join(folder, 'provision-types.json');
  fs.writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('provision-type catalog', () => {
  it('knows every provision type a decision type can grant, with domain and category', () => {
    const types = loadProvisionTypes(caseTypes);
    const byCode = new Map(types.map((type) => [type.code, type]));
    for (const caseType of caseTypes)
      for (const decisionType of caseType.decisionTypes)
        for (const code of decisionType.provisionTypes)
          expect(byCode.get(code)?.domain).toBe(caseType.domain);
    expect(byCode.get('WMO-BESCHERMD-WONEN')).toMatchObject({
      category: 'beschermd-wonen',
      wlzIndicator: true,
    });
    expect(
      types.filter((type) => type.tailored).every((type) => ['wmo', 'jeugd'].includes(type.domain)),
    ).toBe(true);
  });

  it('offers the Wmo and Jeugd provisions of the issue in the new versions, keeping version 1 as published', () => {
    const wmo = latestVersion(caseTypes, 'WMO-AANVRAAG', '2026-12-02');
    expect(wmo?.version).toBe(2);
    expect(wmo?.decisionTypes[0]?.provisionTypes).toEqual(
      expect.arrayContaining([
        'WMO-HULP-HUISHOUDEN',
        'WMO-BEGELEIDING',
        'WMO-BEGELEIDING-GROEP',
        'WMO-DAGBESTEDING',
        'WMO-RESPIJTZORG',
        'WMO-BESCHERMD-WONEN',
        'WMO-HULPMIDDEL',
        'WMO-WONINGAANPASSING',
        'WMO-VERVOER',
      ]),
    );
    expect(latestVersion(caseTypes, 'WMO-AANVRAAG', '2026-12-01')?.version).toBe(1);
    expect(
      latestVersion(caseTypes, 'JEUGDHULP-AANVRAAG', '2026-12-02')?.decisionTypes[0]?.provisionTypes,
    ).toEqual(expect.arrayContaining(['JEUGD-AMBULANT', 'JEUGD-VERBLIJF', 'JEUGD-JEUGDBESCHERMING']));
  });

  it('stops with the file, the field and the problem when a granted type is missing or doubled', () => {
    const original = JSON.parse(fs.readFileSync(PROVISION_TYPES_FILE, 'utf8'));
    const without = {
      ...original,
      provisionTypes: original.provisionTypes.filter((type: { code: string }) => type.code !== 'WMO-VERVOER'),
    };
    expect(() => loadProvisionTypes(caseTypes, withFile(without))).toThrow(
      /provision-types\.json, veld provisionTypes: zaaktype WMO-AANVRAAG v1 kent voorzieningstype WMO-VERVOER toe/,
    );
    const doubled = { ...original, provisionTypes: [...original.provisionTypes, original.provisionTypes[0]] };
    expect(() => loadProvisionTypes(caseTypes, withFile(doubled))).toThrow(/staat er twee keer in/);
    const badCategory = {
      ...original,
      provisionTypes: [{ ...original.provisionTypes[0], category: 'Hoofdletters' }],
    };
    expect(() => loadProvisionTypes([], withFile(badCategory))).toThrow(/provisionTypes\.0\.category/);
  });
});
