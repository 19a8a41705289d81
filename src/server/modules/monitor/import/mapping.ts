import { z } from 'zod';

/**
 * How the columns of an imported file map onto the Monitor: which column names the area, where
 * the period or year comes from, and which columns hold which indicator or population group.
 * Column names are matched to the file's header without regard to case or surrounding spaces.
 */

const columnName = z
  .string({ message: 'Geef de naam van een kolom' })
  .trim()
  .min(1, 'Geef de naam van een kolom');

/** Area names are looked up within this level only; without it among all areas. */
const areaLevel = z.enum(['regio', 'gemeente', 'wijk', 'buurt'], {
  message: 'Kies een van: regio, gemeente, wijk, buurt',
});

const source = z
  .string({ message: 'Vermeld de bron van de cijfers' })
  .trim()
  .min(3, 'Vermeld de bron van de cijfers')
  .max(300, 'De bron mag ten hoogste 300 tekens lang zijn');

/** "2024", "2024-H1" (half year) or "2024-K3" (quarter). */
export const PERIOD_PATTERN = /^(\d{4})(?:-(H[12]|K[1-4]))?$/;

export const SurveyMapping = z
  .strictObject({
    areaColumn: columnName,
    areaLevel: areaLevel.optional(),
    periodColumn: columnName.optional(),
    period: z
      .string()
      .trim()
      .toUpperCase()
      .regex(PERIOD_PATTERN, 'Gebruik een jaar (2024), halfjaar (2024-H1) of kwartaal (2024-K3)')
      .optional(),
    respondentsColumn: columnName.optional(),
    source,
    columns: z
      .array(
        z.strictObject({
          column: columnName,
          indicatorCode: z.string({ message: 'Kies een indicator' }).trim().min(1, 'Kies een indicator'),
          /** Respondents of this column's figure, when they differ per column (Wmo and Jeugd). */
          respondentsColumn: columnName.optional(),
        }),
        { message: 'Koppel ten minste één kolom aan een indicator' },
      )
      .min(1, 'Koppel ten minste één kolom aan een indicator')
      .max(200, 'Ten hoogste 200 kolommen per import'),
  })
  .refine((mapping) => (mapping.periodColumn === undefined) !== (mapping.period === undefined), {
    message: 'Geef óf een kolom met de periode óf één periode voor het hele bestand',
    path: ['period'],
  });
export type SurveyMapping = z.output<typeof SurveyMapping>;

export const DemographicsMapping = z
  .strictObject({
    areaColumn: columnName,
    areaLevel: areaLevel.optional(),
    yearColumn: columnName.optional(),
    year: z
      .number({ message: 'Geef het jaar als getal, bijvoorbeeld 2024' })
      .int('Geef het jaar als getal, bijvoorbeeld 2024')
      .min(1990, 'Jaartal vóór 1990')
      .max(2100, 'Jaartal na 2100')
      .optional(),
    source,
    columns: z
      .array(
        z.strictObject({
          column: columnName,
          groupCode: z
            .string({ message: 'Kies een bevolkingsgroep' })
            .trim()
            .min(1, 'Kies een bevolkingsgroep'),
          /** The figures are estimates (derived, not counted): shown as such. */
          estimated: z.boolean({ message: 'Verwacht ja of nee' }).optional(),
        }),
        { message: 'Koppel ten minste één kolom aan een bevolkingsgroep' },
      )
      .min(1, 'Koppel ten minste één kolom aan een bevolkingsgroep')
      .max(200, 'Ten hoogste 200 kolommen per import'),
  })
  .refine((mapping) => (mapping.yearColumn === undefined) !== (mapping.year === undefined), {
    message: 'Geef óf een kolom met het jaar óf één jaar voor het hele bestand',
    path: ['year'],
  });
export type DemographicsMapping = z.output<typeof DemographicsMapping>;

export const IMPORT_KINDS = ['enquete', 'demografie'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
