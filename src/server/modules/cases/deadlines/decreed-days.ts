import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { catalogFolder } from '../../../platform/paths';
import { TermCalendar } from './atw';

const DecreedDaysFile = z.object({
  days: z.array(z.object({ date: z.iso.date(), name: z.string().min(3), decree: z.string().min(3) })),
});

export const DECREED_DAYS_FILE = path.join(catalogFolder, 'holidays', 'decreed-days.json');

/** The Algemene termijnenwet calendar with the decreed days from the catalog. */
export function loadTermCalendar(file = DECREED_DAYS_FILE): TermCalendar {
  const parsed = DecreedDaysFile.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Catalogus ${path.basename(file)}, veld ${issue?.path.join('.')}: ${issue?.message}`);
  }
  return new TermCalendar(parsed.data.days);
}
