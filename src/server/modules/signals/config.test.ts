import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSignalConfig, SIGNALS_FILE } from './config';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'signals-config-'));
const write = (name: string, content: string) => {
  const file = path.join(folder, name);
  fs.writeFileSync(file, content);
  return file;
};
const shipped = () => JSON.parse(fs.readFileSync(SIGNALS_FILE, 'utf8'));

describe('catalog/signals.json', () => {
  it('loads the shipped thresholds, the Wlz rule with its rationale included', () => {
    const config = loadSignalConfig();
    expect(config.provisionEnding.weeksAhead).toBe(8);
    expect(config.stacking).toMatchObject({ minCategories: 3, minDomains: 2 });
    expect(config.wlz.permanentCareTypes).toContain('WMO-BESCHERMD-WONEN');
    expect(config.wlz.rationale).toMatch(/Wlz/);
  });

  it('stops start-up naming file, field and problem', () => {
    const broken = shipped();
    broken.stacking.minDomains = 1;
    expect(() => loadSignalConfig(write('signals.json', JSON.stringify(broken)))).toThrow(
      /Catalogus signals\.json, veld stacking\.minDomains: .+/,
    );
    const unknownField = shipped();
    unknownField.transition18.maanden = 6;
    expect(() => loadSignalConfig(write('extra.json', JSON.stringify(unknownField)))).toThrow(
      /extra\.json, veld transition18/,
    );
    const ages = shipped();
    ages.schoolAbsence.minAge = 17;
    expect(() => loadSignalConfig(write('ages.json', JSON.stringify(ages)))).toThrow(
      /veld schoolAbsence\.minAge: minAge is groter dan maxAge/,
    );
    expect(() => loadSignalConfig(write('kapot.json', '{ niet json'))).toThrow(
      /kapot\.json.*geen geldige JSON/,
    );
  });
});
