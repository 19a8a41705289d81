import { formatDate, formatDateTime } from '../../components/format';

/** Dutch names of the facts a case event carries; a fact not listed keeps its own name. */
const LABELS: Record<string, string> = {
  number: 'zaaknummer',
  caseType: 'zaaktype',
  channel: 'kanaal',
  reason: 'reden',
  from: 'van',
  to: 'naar',
  until: 'tot',
  on: 'op',
  weeks: 'weken',
  result: 'resultaat',
  length: 'tekens',
  decisionType: 'besluittype',
  kind: 'soort',
  outcome: 'uitkomst',
  provisions: 'voorzieningen',
  ended: 'beëindigd',
  filename: 'bestand',
  mediaType: 'soort bestand',
  startsAt: 'gepland op',
  participants: 'deelnemers',
  corrected: 'verbeterd',
  referrer: 'verwijzer',
  secondOpinion: 'second opinion',
  changed: 'gewijzigd',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function valueText(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'string' && DATE_TIME.test(value)) return formatDateTime(value);
  if (typeof value === 'string' && DATE.test(value)) return formatDate(value);
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  return String(value);
}

/**
 * The facts of a timeline event as a consultant reads them: Dutch names, dates and times in Dutch,
 * empty facts left out. "startsAt: 2026-12-09T09:30:00.000Z" becomes "gepland op: 9 december 2026 om 10:30".
 */
export function describeDetails(details: Record<string, unknown>): string {
  return Object.entries(details)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => `${LABELS[key] ?? key}: ${valueText(value)}`)
    .join(', ');
}
