import type {
  AnnualPlan,
  CapacityOverview,
  DecisionList,
  EviOverview,
  FinanceOverview,
  PortfolioExportView,
  PortfolioOverview,
  RiskRegister,
  Timeline,
} from '../../../../shared/api/portfolio';
import type { ExportDocument } from './document';
import { capacityDocument, matrixDocument, timelineDocument } from './documents';
import { financeDocument } from './documents-finance';
import { annualPlanDocument, decisionsDocument, eviDocument, risksDocument } from './documents-registers';

/**
 * The exports of the Toekomstagenda's overviews. A route reads the view's read model, builds the
 * document and renders it:
 *
 *   const doc = buildExportDocument({ view: 'risicos', data: register });
 *   const bytes = format === 'pdf' ? await renderPortfolioPdf(doc) : renderPortfolioXlsx(doc);
 *
 * and serves it as EXPORT_CONTENT_TYPES[format] with exportFileName(view, format, doc.generatedAt).
 */

export type { ExportCell, ExportColumn, ExportDocument, ExportSection } from './document';
export { capacityDocument, matrixDocument, timelineDocument } from './documents';
export { financeDocument } from './documents-finance';
export { annualPlanDocument, decisionsDocument, eviDocument, risksDocument } from './documents-registers';
export { renderPortfolioPdf } from './pdf';
export { renderPortfolioXlsx } from './xlsx';

/** Each view with its own read model, so a caller cannot hand the matrix a risk register. */
export type ExportInput =
  | { view: 'matrix'; data: PortfolioOverview }
  | { view: 'capaciteit'; data: CapacityOverview }
  | { view: 'tijdlijn'; data: Timeline }
  | { view: 'risicos'; data: RiskRegister }
  | { view: 'jaarplan'; data: AnnualPlan }
  | { view: 'evi'; data: EviOverview }
  | { view: 'besluiten'; data: DecisionList }
  | { view: 'financien'; data: FinanceOverview };

// A view added to PORTFOLIO_EXPORT_VIEWS without an input here fails to compile.
type MissingViews = Exclude<PortfolioExportView, ExportInput['view']>;
const everyViewHasAnInput: [MissingViews] extends [never] ? true : never = true;
void everyViewHasAnInput;

/**
 * The document of one view. `generatedAt` (ISO) defaults to now; pass it to get the same bytes for
 * the same data.
 */
export function buildExportDocument(
  input: ExportInput,
  generatedAt = new Date().toISOString(),
): ExportDocument {
  switch (input.view) {
    case 'matrix':
      return matrixDocument(input.data, generatedAt);
    case 'capaciteit':
      return capacityDocument(input.data, generatedAt);
    case 'tijdlijn':
      return timelineDocument(input.data, generatedAt);
    case 'risicos':
      return risksDocument(input.data, generatedAt);
    case 'jaarplan':
      return annualPlanDocument(input.data, generatedAt);
    case 'evi':
      return eviDocument(input.data, generatedAt);
    case 'besluiten':
      return decisionsDocument(input.data, generatedAt);
    case 'financien':
      return financeDocument(input.data, generatedAt);
  }
}

export type ExportFormat = 'xlsx' | 'pdf';

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

// en-CA writes a day as YYYY-MM-DD.
const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** "toekomstagenda-risicos-2026-03-01.xlsx": the view and the Dutch day the export was made. */
export function exportFileName(view: PortfolioExportView, format: ExportFormat, generatedAt: string): string {
  return `toekomstagenda-${view}-${isoDay.format(new Date(generatedAt))}.${format}`;
}
