import path from 'node:path';
import { z } from 'zod';
import { catalogFolder } from '../../platform/paths';
import { type CaseType, CatalogError, parseCatalogFile, readCatalogJson } from './catalog';
import { DOMAINS } from './schema';

export const PROVISION_TYPES_FILE = path.join(catalogFolder, 'provision-types.json');

const code = z.string().regex(/^[A-Z0-9-]+$/, 'alleen hoofdletters, cijfers en streepjes');

export const ProvisionTypeEntry = z
  .object({
    code,
    name: z.string().min(3),
    domain: z.enum(DOMAINS),
    /** Counts for the stacking-of-care signal: provisions in different categories add up. */
    category: z.string().regex(/^[a-z0-9-]+$/, 'een categorie in kleine letters met streepjes'),
    /** Maatwerk: Wmo and Jeugd need general provisions and the network weighed first. */
    tailored: z.boolean(),
    volumeUnit: z.string().min(2).optional(),
    /** A hint of a permanent need for 24-hour care or supervision nearby (Wet langdurige zorg). */
    wlzIndicator: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();
export type ProvisionType = z.output<typeof ProvisionTypeEntry>;

const ProvisionTypesFile = z
  .object({ description: z.string(), provisionTypes: z.array(ProvisionTypeEntry).min(1) })
  .strict();

/**
 * Loads the provision types and checks that every decision type in the case-type catalog grants
 * only known ones, so a typo in either file stops start-up instead of reaching a decision.
 */
export function loadProvisionTypes(
  caseTypes: readonly CaseType[],
  file = PROVISION_TYPES_FILE,
): ProvisionType[] {
  const { provisionTypes } = parseCatalogFile(ProvisionTypesFile, readCatalogJson(file), file, '');
  const known = new Set<string>();
  provisionTypes.forEach((entry, index) => {
    if (known.has(entry.code))
      throw new CatalogError(file, `provisionTypes[${index}].code`, `${entry.code} staat er twee keer in`);
    known.add(entry.code);
  });
  for (const caseType of caseTypes) {
    for (const decisionType of caseType.decisionTypes) {
      const unknown = decisionType.provisionTypes.find((provisionType) => !known.has(provisionType));
      if (unknown) {
        throw new CatalogError(
          file,
          'provisionTypes',
          `zaaktype ${caseType.code} v${caseType.version} kent voorzieningstype ${unknown} toe, dat hier ontbreekt`,
        );
      }
    }
  }
  return provisionTypes;
}
