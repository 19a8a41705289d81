/**
 * What validating an imported table works with and hands back: the areas and indicators it checks
 * against, the report of accepted, skipped and refused cells, and the figures it accepted. Shared by
 * the survey and the demographics validation, the repository and the import service.
 */

export type AreaLevel = 'regio' | 'gemeente' | 'wijk' | 'buurt';

export interface ImportArea {
  code: string;
  level: AreaLevel;
  name: string;
}

export interface ImportIndicator {
  code: string;
  unit: string;
  levels: readonly string[];
  /** Only indicators whose numerator comes from outside ("extern") can be imported. */
  external: boolean;
}

export interface ImportContext {
  areas: readonly ImportArea[];
  indicators: readonly ImportIndicator[];
  /** Population groups a demographics import may fill. */
  groupCodes: readonly string[];
}

export interface RefusedCell {
  /** 1-based, as the file shows it: the header is row 1. */
  row: number;
  column?: string;
  value?: string;
  reason: string;
}

export interface SkippedCell {
  row: number;
  column: string;
}

export interface ImportReport {
  /** Data rows read (the header and blank lines not counted). */
  rowsRead: number;
  valuesAccepted: number;
  /** Empty cells: no figure, nothing refused. */
  valuesEmpty: number;
  /** Cells with CBS's "." (figure secret or not published): skipped, listed here. */
  valuesNotPublished: number;
  notPublished: SkippedCell[];
  /** Every refusal counts here; the list below names the first {@link MAX_LISTED}. */
  refusedTotal: number;
  refused: RefusedCell[];
  /** Header columns the mapping does not use. */
  ignoredColumns: string[];
}

export interface ExternalValue {
  indicatorCode: string;
  areaCode: string;
  period: string;
  numerator: number | null;
  denominator: number | null;
  value: number;
  respondents: number | null;
  source: string;
}

export interface PopulationValue {
  areaCode: string;
  year: number;
  groupCode: string;
  count: number;
  estimated: boolean;
  source: string;
}

export const MAX_LISTED = 1000;
/** CBS's mark for a figure that is secret or not published. */
export const NOT_PUBLISHED = '.';

/** The Monitor's whole region, for files that carry a row for it. */
export const REGION_AREA: ImportArea = { code: 'REGIO', level: 'regio', name: 'Regio' };
