import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { catalogFolder } from '../../../platform/paths';
import type { ImportIndicator } from './validation-types';

export const INDICATORS_FILE = path.join(catalogFolder, 'monitor', 'indicators.json');

/**
 * The age bands of CBS's Kerncijfers wijken en buurten. They do not line up with the Monitor's
 * own groups (jeugd-0-17, volwassenen-18-64, 65plus), so a demographics import stores them as
 * groups of their own; '65plus-cbs' is CBS's 65 and older, kept apart from the registry's '65plus'.
 */
export const CBS_AGE_GROUPS = ['0-14', '15-24', '25-44', '45-64', '65plus-cbs'] as const;

/** Only what the import needs from the indicator catalog; the Monitor validates the rest. */
const Catalog = z.object({
  populationGroups: z.array(z.object({ code: z.string().min(1) })),
  indicators: z.array(
    z.object({
      code: z.string().min(1),
      unit: z.string().min(1),
      levels: z.array(z.string()),
      numerator: z.object({ source: z.string().optional() }).passthrough(),
    }),
  ),
});

export interface ImportCatalog {
  indicators: ImportIndicator[];
  groupCodes: string[];
}

export function loadImportCatalog(file = INDICATORS_FILE): ImportCatalog {
  const parsed = Catalog.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  return {
    indicators: parsed.indicators.map((indicator) => ({
      code: indicator.code,
      unit: indicator.unit,
      levels: indicator.levels,
      external: indicator.numerator.source === 'extern',
    })),
    groupCodes: [...parsed.populationGroups.map((group) => group.code), ...CBS_AGE_GROUPS],
  };
}
