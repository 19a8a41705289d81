import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgeBands, loadAreaCatalog } from './catalog';
import { parseCsvLine } from './csv';

const HEADER = 'level,code,name,parent_code,inhabitants,inhabitants_year,source';
const write = (text: string) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'areas-')), 'areas.csv');
  fs.writeFileSync(file, text);
  return file;
};

describe('area catalog', () => {
  it('holds the 6 gemeenten and 31 wijken with their CBS source', () => {
    const areas = loadAreaCatalog();
    expect(areas.filter((a) => a.level === 'gemeente')).toHaveLength(6);
    expect(areas.filter((a) => a.level === 'wijk')).toHaveLength(31);
    expect(areas.every((a) => a.source.startsWith('Bron: CBS'))).toBe(true);
    expect(areas.find((a) => a.code === 'WK093500')).toMatchObject({
      parentCode: 'GM0935',
      inhabitants: 21450,
    });
  });

  it('has age bands for every area, summing to about 100%', () => {
    const bands = loadAgeBands();
    for (const area of loadAreaCatalog()) {
      const sum = (bands.get(area.code) ?? []).reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - 100), area.code).toBeLessThanOrEqual(1);
    }
  });

  it('stops on a broken file with file, line and field', () => {
    const file = write(
      `${HEADER}\ngemeente,GM0935,Maastricht,,125285,2024,Bron: CBS\nwijk,WK093500,Centrum,GM0935,veel,2024,Bron: CBS\n`,
    );
    expect(() => loadAreaCatalog(file)).toThrow(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, regel 3, veld inhabitants`),
    );
    expect(() =>
      loadAreaCatalog(write(`${HEADER}\nwijk,WK093500,Centrum,GM0999,1,2024,Bron: CBS\n`)),
    ).toThrow(/regel 2, veld parent_code/);
    expect(() => loadAreaCatalog(write(`${HEADER}\ngemeente,XX,Nergens,,1,2024,Bron: CBS\n`))).toThrow(
      /regel 2, veld code.*CBS-code/,
    );
    expect(() => loadAreaCatalog(write(`${HEADER}\ngemeente,GM0935,Maastricht\n`))).toThrow(
      /regel 2: 3 velden, verwacht 7/,
    );
    expect(() => loadAreaCatalog('/nonexistent/areas.csv')).toThrow(/niet gevonden/);
  });
});

describe('parseCsvLine', () => {
  it('reads quoted fields with commas and doubled quotes', () => {
    expect(parseCsvLine('a,"Bron: CBS, 2024","zei ""ja""",')).toEqual([
      'a',
      'Bron: CBS, 2024',
      'zei "ja"',
      '',
    ]);
  });
});
