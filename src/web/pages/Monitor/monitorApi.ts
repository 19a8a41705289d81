import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  type AreaRef,
  IndicatorCatalog,
  MapAreas,
  MonitorSamenloop,
  MonitorTrend,
  MonitorView,
  SnapshotList,
  type SnapshotSummary,
} from '../../../shared/api/monitor';
import type { Area } from '../../../shared/api/registry';
import { api, queryString } from '../../api/client';

/** GET a monitor resource and check it against its shared schema. */
async function getParsed<T extends z.ZodType>(schema: T, path: string): Promise<z.infer<T>> {
  return schema.parse(await api<unknown>('GET', path));
}

export const SNAPSHOTS_KEY = ['monitor', 'snapshots'] as const;

export function useSnapshots() {
  return useQuery({
    queryKey: SNAPSHOTS_KEY,
    queryFn: () => getParsed(SnapshotList, '/api/monitor/snapshots'),
    retry: false,
  });
}

export function useCatalog() {
  return useQuery({
    queryKey: ['monitor', 'indicators'],
    queryFn: () => getParsed(IndicatorCatalog, '/api/monitor/indicators'),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

export function useView(
  snapshot: string | undefined,
  indicator: string | undefined,
  area: string | undefined,
) {
  return useQuery({
    queryKey: ['monitor', 'view', snapshot, indicator, area],
    queryFn: () => getParsed(MonitorView, `/api/monitor/view${queryString({ snapshot, indicator, area })}`),
    enabled: Boolean(snapshot && indicator && area),
    // The figures shown stay until the next ones arrive, so the page does not jump while drilling down.
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export function useTrend(indicator: string, area: string) {
  return useQuery({
    queryKey: ['monitor', 'trend', indicator, area],
    queryFn: () => getParsed(MonitorTrend, `/api/monitor/trend${queryString({ indicator, area })}`),
    retry: false,
  });
}

export function useSamenloop(snapshot: string | undefined, area: string) {
  return useQuery({
    queryKey: ['monitor', 'samenloop', snapshot, area],
    queryFn: () => getParsed(MonitorSamenloop, `/api/monitor/samenloop${queryString({ snapshot, area })}`),
    enabled: Boolean(snapshot),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/** Boundaries of the children of an area: the gemeenten of the region, or the wijken of a gemeente. */
export function useBoundaries(gemeente: string | undefined) {
  return useQuery({
    queryKey: ['monitor', 'boundaries', gemeente],
    queryFn: () => getParsed(MapAreas, `/api/monitor/boundaries${queryString({ gemeente })}`),
    enabled: Boolean(gemeente),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** The snapshot shown when none is chosen: the newest published one, else the newest computed one. */
export function defaultSnapshot(snapshots: SnapshotSummary[]): SnapshotSummary | undefined {
  return snapshots.find((snapshot) => snapshot.status === 'gepubliceerd') ?? snapshots[0];
}

export const reportHref = (gemeente: string, snapshot: string, format: 'pdf' | 'xlsx') =>
  `/api/monitor/report/${encodeURIComponent(gemeente)}.${format}${queryString({ snapshot })}`;

/**
 * The gemeente above a wijk, for the samenloop breadcrumb (its answer names no parent): the area
 * catalog's gemeenten, matched on the wijk's parent code.
 */
export function useParentGemeente(area: AreaRef | undefined): AreaRef | null {
  const gemeenten = useQuery({
    queryKey: ['areas', 'gemeente'],
    queryFn: () => api<Area[]>('GET', `/api/areas${queryString({ level: 'gemeente' })}`),
    enabled: area?.level === 'wijk',
  });
  if (area?.level !== 'wijk') return null;
  // A CBS wijk code is WK + the gemeente's four digits + two digits.
  const code = `GM${area.code.slice(2, 6)}`;
  const gemeente = gemeenten.data?.find((candidate) => candidate.code === code);
  return gemeente ? { code: gemeente.code, name: gemeente.name, level: 'gemeente' } : null;
}
