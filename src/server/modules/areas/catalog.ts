import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { catalogFolder } from '../../platform/paths';

export const AREA_SOURCE = 'Bron: CBS, Kerncijfers wijken en buurten 2024 (CC BY 4.0)';
export const AREAS_FILE = path.join(catalogFolder, 'areas', 'szmh-areas-2024.csv');

const AreaRow = z.object({
  level: z.enum(['gemeente', 'wijk', 'buurt']),
  code: z.string().regex(/^(GM\d{4}|WK\d{6}|BU\d{8})$/, 'geen CBS-code'),
  name: z.string().min(1),
  parent_code: z.string(),
  inhabitants: z.coerce.number().int().nonnegative(),
  inhabitants_year: z.coerce.number().int().min(1990).max(2100),
});

export interface CatalogArea {
  level: 'gemeente' | 'wijk' | 'buurt';
  code: string;
  name: string;
  parentCode: string | null;
  inhabitants: number;
  inhabitantsYear: number;
}

/** Reads and validates the area catalog; a broken file names the line and the field. */
export function loadAreaCatalog(file = AREAS_FILE): CatalogArea[] {
  const [header, ...lines] = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const columns = (header ?? '').split(',');
  return lines.map((line, index) => {
    const cells = line.split(',');
    const record = Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
    const parsed = AreaRow.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${file}, regel ${index + 2}, veld ${issue?.path.join('.')}: ${issue?.message}`);
    }
    const row = parsed.data;
    return {
      level: row.level,
      code: row.code,
      name: row.name,
      parentCode: row.parent_code || null,
      inhabitants: row.inhabitants,
      inhabitantsYear: row.inhabitants_year,
    };
  });
}
