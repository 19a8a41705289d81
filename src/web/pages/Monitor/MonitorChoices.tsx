import { FormFieldSelect, SelectOption } from '@rijkshuisstijl-community/components-react';
import type { IndicatorSummary, SnapshotSummary } from '../../../shared/api/monitor';
import { nl } from '../../messages/nl';

const t = nl.monitor;

/** The indicators grouped by phase (1, 2, 3), in catalog order within a phase. */
export function byPhase(indicators: IndicatorSummary[]): { phase: number; indicators: IndicatorSummary[] }[] {
  const phases = [...new Set(indicators.map((indicator) => indicator.phase))].sort((a, b) => a - b);
  return phases.map((phase) => ({
    phase,
    indicators: indicators.filter((indicator) => indicator.phase === phase),
  }));
}

/** The snapshot choice; a change takes effect at once (the figures below follow it). */
export function SnapshotSelect(props: {
  snapshots: SnapshotSummary[];
  value: string;
  onChange: (id: string) => void;
}) {
  return (
    <FormFieldSelect
      label={t.snapshot}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
    >
      {props.snapshots.map((snapshot) => (
        <SelectOption key={snapshot.id} value={snapshot.id}>
          {t.snapshotOption(snapshot.periodLabel, snapshot.version, snapshot.status === 'gepubliceerd')}
        </SelectOption>
      ))}
    </FormFieldSelect>
  );
}

export function IndicatorSelect(props: {
  indicators: IndicatorSummary[];
  value: string;
  onChange: (code: string) => void;
}) {
  return (
    <FormFieldSelect
      label={t.indicator}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
    >
      {byPhase(props.indicators).map((group) => (
        <optgroup key={group.phase} label={t.phases[group.phase] ?? `Fase ${group.phase}`}>
          {group.indicators.map((indicator) => (
            <SelectOption key={indicator.code} value={indicator.code}>
              {indicator.name}
            </SelectOption>
          ))}
        </optgroup>
      ))}
    </FormFieldSelect>
  );
}
