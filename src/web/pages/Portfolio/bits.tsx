import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { CheckedTotal, Phase } from '../../../shared/api/portfolio';
import { nl } from '../../messages/nl';
import { checkedTotalNote, type Format } from './numbers';
import { PHASE_COLOURS } from './phaseColours';

const t = nl.portfolio;

/** A phase as a coloured badge that always names the phase; no phase is said in words. */
export function PhaseBadge({ phase }: { phase: Phase | null }) {
  if (!phase) return <span className="samenhang-muted">{t.phases.none}</span>;
  const colours = PHASE_COLOURS[phase];
  return (
    <span
      className="portfolio-phase"
      style={{ backgroundColor: colours.background, color: colours.text, borderColor: colours.text }}
    >
      {phase}
    </span>
  );
}

/** A contribution mark: "**" or "*" for the eye, its meaning for a screen reader. */
export function Mark({ level }: { level: 'primair' | 'draagt-bij' | undefined }) {
  if (!level) return null;
  return (
    <>
      <span aria-hidden="true" className="portfolio-mark">
        {level === 'primair' ? '**' : '*'}
      </span>
      <span className="visually-hidden">{t.levels[level]}</span>
    </>
  );
}

/** A computed total, with the source's figure and the difference beside it when they differ. */
export function CheckedFigure({ total, format }: { total: CheckedTotal; format: Format }) {
  const note = checkedTotalNote(total, format, t.checked.note);
  return (
    <>
      {format(total.computed)}
      {note ? (
        <>
          {' '}
          <span className="portfolio-difference">({note})</span>
        </>
      ) : null}
      {!note && total.stated !== null ? (
        <>
          {' '}
          <span className="portfolio-agrees">({t.checked.agrees})</span>
        </>
      ) : null}
    </>
  );
}

/** The source line under a table. */
export function SourceNote({ source }: { source: string | null | undefined }) {
  return source ? <Paragraph className="samenhang-muted">{t.sourceLine(source)}</Paragraph> : null;
}

/** 409: the record was changed by someone else; the page has reloaded it. */
export function StaleNotice() {
  return (
    <Alert type="warning">
      <Paragraph role="alert">{t.stale}</Paragraph>
    </Alert>
  );
}

/** Puts focus back on the button inside a wrapper (BusyAwareButton takes no id of its own). */
export function focusButtonIn(id: string) {
  window.setTimeout(() => document.querySelector<HTMLElement>(`#${CSS.escape(id)} button`)?.focus(), 0);
}
