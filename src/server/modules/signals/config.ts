import path from 'node:path';
import { z } from 'zod';
import { catalogFolder } from '../../platform/paths';
import { parseCatalogFile, readCatalogJson } from '../case-types/catalog';

export const SIGNALS_FILE = path.join(catalogFolder, 'signals.json');

const codes = z.array(z.string().regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/, 'gebruik HOOFDLETTERS-MET-STREEPJES'));
const description = z.string().min(10, 'beschrijf de regel in een zin');

/** Thresholds of the household signals, as functioneel beheer may tune them (`catalog/signals.json`). */
export const SignalConfig = z
  .object({
    description,
    planReview: z.object({ description, graceDays: z.number().int().min(0).max(365) }).strict(),
    provisionEnding: z
      .object({
        description,
        weeksAhead: z.number().int().min(1).max(52),
        domains: z.array(z.string().min(1)).min(1, 'noem minstens één domein'),
        reassessmentCaseTypes: codes.min(1, 'noem minstens één zaaktype'),
      })
      .strict(),
    stacking: z
      .object({
        description,
        minCategories: z.number().int().min(2).max(20),
        minDomains: z.number().int().min(2).max(10),
        /** Only provisions in these domains count: care and support, not income. */
        domains: z.array(z.string().min(1)).min(1, 'noem minstens één domein'),
      })
      .strict(),
    wlz: z
      .object({
        description,
        rationale: z.string().min(10),
        /** Besides the provision types the provision-type catalog marks with wlzIndicator. */
        permanentCareTypes: codes,
        begeleidingTypes: codes.min(1),
        begeleidingMinHoursPerWeek: z.number().positive().max(168),
        /** Units that state hours a week; other units never count towards the hours. */
        hoursPerWeekUnits: z.array(z.string().min(1)).min(1),
        dagbestedingTypes: codes.min(1),
      })
      .strict(),
    transition18: z
      .object({
        description,
        monthsAhead: z.number().int().min(1).max(24),
        domains: z.array(z.string().min(1)).min(1),
      })
      .strict(),
    schoolAbsence: z
      .object({
        description,
        caseTypes: codes.min(1),
        minAge: z.number().int().min(0).max(25),
        maxAge: z.number().int().min(0).max(25),
      })
      .strict()
      .refine((value) => value.minAge <= value.maxAge, {
        message: 'minAge is groter dan maxAge',
        path: ['minAge'],
      }),
  })
  .strict();
export type SignalConfig = z.infer<typeof SignalConfig>;

/** A broken file stops start-up with the file, the field and the problem, as the case-type catalog does. */
export function loadSignalConfig(file = SIGNALS_FILE): SignalConfig {
  return parseCatalogFile(SignalConfig, readCatalogJson(file), file, '');
}
