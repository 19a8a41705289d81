import type { ProjectDetail } from '../../../shared/api/portfolio';
import { nl } from '../../messages/nl';
import { textOrNull } from './portfolio';

const t = nl.portfolio.edit;

/** The three judged criteria of a project as form values, and back as the API's answers. */

export const CRITERIA = [
  { key: 'innovatief', label: 'Innovatief' },
  { key: 'integraal', label: 'Integraal (domeinoverstijgend)' },
  { key: 'regionaal', label: 'Regionaal' },
] as const;
export type CriterionKey = (typeof CRITERIA)[number]['key'];

/** A criterion in a form: "ja", "nee" or "" (not judged), and the justification as typed. */
export type CriteriaValues = Record<CriterionKey, { met: '' | 'ja' | 'nee'; justification: string }>;

export const emptyCriteria = (): CriteriaValues => ({
  innovatief: { met: '', justification: '' },
  integraal: { met: '', justification: '' },
  regionaal: { met: '', justification: '' },
});

export function criteriaValuesOf(criteria: ProjectDetail['criteria']): CriteriaValues {
  const one = (answer: { met: boolean | null; justification: string | null }) => ({
    met: answer.met === null ? ('' as const) : answer.met ? ('ja' as const) : ('nee' as const),
    justification: answer.justification ?? '',
  });
  return {
    innovatief: one(criteria.innovatief),
    integraal: one(criteria.integraal),
    regionaal: one(criteria.regionaal),
  };
}

export function criteriaBody(values: CriteriaValues) {
  const one = (value: CriteriaValues[CriterionKey]) => ({
    met: value.met === '' ? null : value.met === 'ja',
    justification: textOrNull(value.justification),
  });
  return {
    innovatief: one(values.innovatief),
    integraal: one(values.integraal),
    regionaal: one(values.regionaal),
  };
}

/** Ids of the criteria fields, for the error summary ("criteria.innovatief.justification" and the like). */
export function criteriaFieldIds(prefix: string): Record<string, string> {
  const ids: Record<string, string> = { criteria: `${prefix}-criteria` };
  for (const { key } of CRITERIA) {
    ids[`criteria.${key}.met`] = `${prefix}-${key}-met`;
    ids[`criteria.${key}.justification`] = `${prefix}-${key}-toelichting`;
  }
  return ids;
}

export function criteriaLabels(): Record<string, string> {
  const labels: Record<string, string> = { criteria: nl.portfolio.project.criteria };
  for (const { key, label } of CRITERIA) {
    labels[`criteria.${key}.met`] = t.criterion(label);
    labels[`criteria.${key}.justification`] = t.criterionJustification(label);
  }
  return labels;
}
