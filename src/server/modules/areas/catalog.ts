import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { catalogFolder } from '../../platform/paths';
import { parseCsvLine } from './csv';

export const AREA_SOURCE = 'Bron: CBS, Kerncijfers wijken en buurten 2024 (CC BY 4.0)';
export const AREAS_FILE = path.join(catalogFolder, 'areas', 'szmh-areas-2024.csv');
export const AGE_BANDS_FILE = path.join(catalogFolder, 'areas', 'szmh-age-bands-2022.csv');

const areaCode = z.string().regex(/^(GM\d{4}|WK\d{6}|BU\d{8})$/, 'geen CBS-code (GM/WK/BU)');
const count = z.coerce.number().int('geen geheel getal').nonnegative('negatief');
const year = z.coerce.number().int().min(1990, 'jaartal voor 1990').max(2100, 'jaartal na 2100');

const AreaRow = z.object({
  level: z.enum(['gemeente', 'wijk', 'buurt']),
  code: areaCode,
  name: z.string().min(1, 'leeg'),
  parent_code: z.union([z.literal(''), areaCode]),
  inhabitants: count,
  inhabitants_year: year,
  source: z.string().min(1, 'leeg: vermeld de bron'),
});

const percentage = z.coerce.number().min(0, 'negatief').max(100, 'meer dan 100');
const AgeBandRow = z.object({
  code: areaCode,
  pct_0_14: percentage,
  pct_15_24: percentage,
  pct_25_44: percentage,
  pct_45_64: percentage,
  pct_65plus: percentage,
  year,
  source: z.string().min(1, 'leeg: vermeld de bron'),
});

export interface CatalogArea {
  level: 'gemeente' | 'wijk' | 'buurt';
  code: string;
  name: string;
  parentCode: string | null;
  inhabitants: number;
  inhabitantsYear: number;
  source: string;
}

/** Share of inhabitants (percent, rounded by CBS) in the bands 0–14, 15–24, 25–44, 45–64, 65+. */
export type AgeBands = readonly [number, number, number, number, number];

/** Reads a catalog CSV and validates each row; a broken file stops with file, line and field. */
function readCatalogCsv<T>(file: string, schema: z.ZodType<T>): T[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file}: bestand niet gevonden of niet leesbaar.`);
  }
  const [header, ...lines] = text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split(/\r?\n/);
  const columns = parseCsvLine(header ?? '');
  return lines.map((line, index) => {
    const cells = parseCsvLine(line);
    if (cells.length !== columns.length) {
      throw new Error(
        `${file}, regel ${index + 2}: ${cells.length} velden, verwacht ${columns.length} (${columns.join(', ')}).`,
      );
    }
    const record = Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || '?';
      throw new Error(
        `${file}, regel ${index + 2}, veld ${field} (${JSON.stringify(record[field] ?? '')}): ${issue?.message}`,
      );
    }
    return parsed.data;
  });
}

/** Reads and validates the area catalog (the run-time source; the product needs no other file). */
export function loadAreaCatalog(file = AREAS_FILE): CatalogArea[] {
  const rows = readCatalogCsv(file, AreaRow).map((row) => ({
    level: row.level,
    code: row.code,
    name: row.name,
    parentCode: row.parent_code || null,
    inhabitants: row.inhabitants,
    inhabitantsYear: row.inhabitants_year,
    source: row.source,
  }));
  const codes = new Set<string>();
  rows.forEach((row, index) => {
    if (codes.has(row.code))
      throw new Error(`${file}, regel ${index + 2}, veld code: ${row.code} komt dubbel voor.`);
    codes.add(row.code);
  });
  rows.forEach((row, index) => {
    if (row.level !== 'gemeente' && !(row.parentCode && codes.has(row.parentCode))) {
      throw new Error(`${file}, regel ${index + 2}, veld parent_code: onbekende bovenliggende code.`);
    }
  });
  return rows;
}

/** Age bands per area code, for demo data whose ages follow each wijk's population. */
export function loadAgeBands(file = AGE_BANDS_FILE): Map<string, AgeBands> {
  return new Map(
    readCatalogCsv(file, AgeBandRow).map((row) => [
      row.code,
      [row.pct_0_14, row.pct_15_24, row.pct_25_44, row.pct_45_64, row.pct_65plus] as const,
    ]),
  );
}
