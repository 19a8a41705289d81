import type { z } from 'zod';
import type { IndicatorCatalog } from '../../../shared/api/monitor';
import type { DisclosureConfig } from '../../platform/disclosure';
import type { MonitorCatalog } from './catalog';
import { summaryOf } from './view-service';

/** The rule in the words the monitor page, the report and the workbook print. */
export function disclosureDescription(config: DisclosureConfig): string {
  return (
    `Aantallen van 0 tot en met ${config.threshold} worden niet getoond ("."); andere aantallen zijn afgerond op een veelvoud van ${config.roundingBase}. ` +
    'Percentages en cijfers per 1.000 inwoners zijn berekend uit de afgeronde aantallen en worden met hun aantal verborgen. ' +
    'Waar een verborgen cel anders uit het totaal en de andere cellen van dezelfde tabel te berekenen is, wordt ook een andere cel verborgen (secundaire onderdrukking). ' +
    `Bedragen worden getoond als er meer dan ${config.threshold} voorzieningen achter zitten, onderzoekscijfers als meer dan ${config.threshold} mensen antwoordden.`
  );
}

export function catalogView(
  catalog: MonitorCatalog,
  config: DisclosureConfig,
): z.infer<typeof IndicatorCatalog> {
  return {
    indicators: catalog.indicators.map((indicator) => summaryOf(indicator, catalog)),
    disclosure: { ...config, description: disclosureDescription(config) },
  };
}
