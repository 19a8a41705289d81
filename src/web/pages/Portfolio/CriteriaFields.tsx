import { Fieldset, FormFieldSelect, SelectOption } from '@rijkshuisstijl-community/components-react';
import { TextArea } from '../../components/TextArea';
import { nl } from '../../messages/nl';
import { CRITERIA, type CriteriaValues, type CriterionKey, criteriaFieldIds } from './criteria';

const t = nl.portfolio.edit;

/** Per criterion: holds it (ja / nee / not judged yet) and why. */
export function CriteriaFields(props: {
  prefix: string;
  legend: string;
  values: CriteriaValues;
  onChange: (values: CriteriaValues) => void;
  errors: Record<string, string>;
}) {
  const ids = criteriaFieldIds(props.prefix);
  const set = (key: CriterionKey, part: Partial<CriteriaValues[CriterionKey]>) =>
    props.onChange({ ...props.values, [key]: { ...props.values[key], ...part } });
  return (
    <Fieldset id={ids.criteria} legend={props.legend}>
      {CRITERIA.map(({ key, label }) => {
        const metError = props.errors[`criteria.${key}.met`];
        return (
          <div key={key} className="samenhang-form">
            <div id={ids[`criteria.${key}.met`]}>
              <FormFieldSelect
                label={t.criterion(label)}
                value={props.values[key].met}
                invalid={Boolean(metError)}
                errorMessage={metError}
                onChange={(event) => set(key, { met: event.target.value as '' | 'ja' | 'nee' })}
              >
                <SelectOption value="">{t.unjudged}</SelectOption>
                <SelectOption value="ja">{nl.portfolio.yes}</SelectOption>
                <SelectOption value="nee">{nl.portfolio.no}</SelectOption>
              </FormFieldSelect>
            </div>
            <TextArea
              id={ids[`criteria.${key}.justification`] ?? `${props.prefix}-${key}-toelichting`}
              label={t.criterionJustification(label)}
              value={props.values[key].justification}
              onChange={(justification) => set(key, { justification })}
              rows={2}
              error={props.errors[`criteria.${key}.justification`]}
            />
          </div>
        );
      })}
    </Fieldset>
  );
}
