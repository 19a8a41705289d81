import { z } from 'zod';

/**
 * The Monitor Toekomstagenda's API shapes. Every figure the monitor sends has already passed the
 * disclosure step on the server: a hidden figure arrives as `value: null` with its reason, and
 * `display` is what people read ("." for not shown, Dutch notation otherwise).
 */

export const PERIOD_LABEL = /^(\d{4})-(H[12]|K[1-4])$/;

export const SnapshotStatus = z.enum(['berekend', 'gepubliceerd']);

export const SnapshotSummary = z.object({
  id: z.uuid(),
  periodLabel: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  version: z.number().int(),
  status: SnapshotStatus,
  supersedesId: z.uuid().nullable(),
  correctionReason: z.string().nullable(),
  personCount: z.number().int(),
  provisionCount: z.number().int(),
  computedAt: z.string(),
  computeMs: z.number().int().nullable(),
  publishedAt: z.string().nullable(),
});
export type SnapshotSummary = z.infer<typeof SnapshotSummary>;

export const SnapshotList = z.object({ snapshots: z.array(SnapshotSummary) });

export const ComputeSnapshotBody = z.object({
  periodLabel: z
    .string({ error: 'Vul een periode in, zoals 2026-H1 of 2026-K3.' })
    .regex(PERIOD_LABEL, 'Een periode is een jaar met halfjaar of kwartaal, zoals 2026-H1 of 2026-K3.'),
  correctionReason: z
    .string()
    .trim()
    .min(10, 'Geef bij een correctie de reden in ten minste 10 tekens.')
    .max(1000, 'De reden is te lang (ten hoogste 1.000 tekens).')
    .optional(),
});
export type ComputeSnapshotBody = z.infer<typeof ComputeSnapshotBody>;

export const IndicatorUnit = z.enum(['aantal', 'procent', 'per1000', 'euro', 'euro-per-inwoner', 'dagen']);
export type IndicatorUnit = z.infer<typeof IndicatorUnit>;

export const AreaLevel = z.enum(['regio', 'gemeente', 'wijk']);
export type AreaLevel = z.infer<typeof AreaLevel>;

export const IndicatorSummary = z.object({
  code: z.string(),
  name: z.string(),
  definition: z.string(),
  phase: z.number().int(),
  unit: IndicatorUnit,
  levels: z.array(AreaLevel),
  breakdown: z.string().nullable(),
  populationName: z.string().nullable(),
});
export type IndicatorSummary = z.infer<typeof IndicatorSummary>;

export const DisclosureRule = z.object({
  threshold: z.number().int(),
  roundingBase: z.number().int(),
  description: z.string(),
});

export const IndicatorCatalog = z.object({
  indicators: z.array(IndicatorSummary),
  disclosure: DisclosureRule,
});

export const Figure = z.object({
  value: z.number().nullable(),
  display: z.string(),
  hidden: z.enum(['klein', 'secundair']).nullable(),
});
export type Figure = z.infer<typeof Figure>;

export const AreaRef = z.object({ code: z.string(), name: z.string(), level: AreaLevel });
export type AreaRef = z.infer<typeof AreaRef>;

export const ViewRow = z.object({
  area: AreaRef,
  value: Figure,
  /** The figure that compares across areas: the value itself for rates, per 1,000 inhabitants for counts. */
  comparable: Figure.nullable(),
  difference: z.number().nullable(),
  rank: z.number().int().nullable(),
});
export type ViewRow = z.infer<typeof ViewRow>;

export const MonitorView = z.object({
  snapshot: SnapshotSummary,
  indicator: IndicatorSummary,
  area: AreaRef,
  parent: AreaRef.nullable(),
  /** The area's own figure, and the region's for comparison. */
  value: Figure,
  comparable: Figure.nullable(),
  region: Figure,
  regionComparable: Figure.nullable(),
  comparableLabel: z.string().nullable(),
  rows: z.array(ViewRow),
  breakdown: z.array(z.object({ code: z.string(), name: z.string(), value: Figure })),
  source: z.string(),
});
export type MonitorView = z.infer<typeof MonitorView>;

export const TrendPoint = z.object({
  snapshotId: z.uuid(),
  periodLabel: z.string(),
  periodEnd: z.string(),
  version: z.number().int(),
  value: Figure,
  region: Figure,
});
export const MonitorTrend = z.object({
  indicator: IndicatorSummary,
  area: AreaRef,
  points: z.array(TrendPoint),
});
export type MonitorTrend = z.infer<typeof MonitorTrend>;

/** Samenloop combinations as CBS publishes them: W = Wmo, J = Jeugd, P = Participatiewet. */
export const SAMENLOOP_COMBINATIONS = ['W', 'J', 'P', 'WJ', 'WP', 'JP', 'WJP'] as const;
export const SAMENLOOP_LABELS: Record<(typeof SAMENLOOP_COMBINATIONS)[number], string> = {
  W: 'Alleen Wmo',
  J: 'Alleen Jeugd',
  P: 'Alleen Participatiewet',
  WJ: 'Wmo en Jeugd',
  WP: 'Wmo en Participatiewet',
  JP: 'Jeugd en Participatiewet',
  WJP: 'Wmo, Jeugd en Participatiewet',
};

export const SamenloopTable = z.object({
  unit: z.enum(['personen', 'huishoudens']),
  columns: z.array(z.string()),
  rows: z.array(z.object({ area: AreaRef, cells: z.array(Figure), total: Figure })),
  totals: z.array(Figure),
  grandTotal: Figure,
});
export type SamenloopTable = z.infer<typeof SamenloopTable>;

export const MonitorSamenloop = z.object({
  snapshot: SnapshotSummary,
  area: AreaRef,
  persons: SamenloopTable,
  households: SamenloopTable,
  /** Persons by the number of provisions they had in the period: 1, 2, 3, 4 or more. */
  provisionsPerPerson: z.array(z.object({ label: z.string(), value: Figure })),
  source: z.string(),
});
export type MonitorSamenloop = z.infer<typeof MonitorSamenloop>;

export const MapAreas = z.object({
  hasBoundaries: z.boolean(),
  /** GeoJSON FeatureCollection of the wijken (WGS84), properties.code; null without boundaries. */
  features: z.unknown().nullable(),
});
