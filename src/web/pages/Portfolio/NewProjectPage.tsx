import {
  Fieldset,
  FormFieldCheckboxOption,
  FormFieldSelect,
  SelectOption,
} from '@rijkshuisstijl-community/components-react';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import {
  type Ambition,
  type ContributionLevel,
  type GoingConcernDomain,
  type ProjectDetail,
  ProjectInput,
  type ProjectKind,
} from '../../../shared/api/portfolio';
import { ErrorState, ErrorSummary, LoadingState } from '../../components/States';
import { SubmitButton } from '../../components/SubmitButton';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { nl } from '../../messages/nl';
import { CriteriaFields } from './CriteriaFields';
import {
  type CriteriaValues,
  criteriaBody,
  criteriaFieldIds,
  criteriaLabels,
  emptyCriteria,
} from './criteria';
import { PortfolioPage } from './PortfolioFrame';
import { textOrNull } from './portfolio';
import { createProject, isGeneralError, projectKey, useOverview } from './portfolioApi';
import { useCheckedSave } from './useCheckedSave';

const t = nl.portfolio.create;
const DOMAINS: GoingConcernDomain[] = ['jeugd', 'wmo', 'participatiewet', 'transformatie-szmh'];
const FIELD_IDS: Record<string, string> = {
  name: 'voorstel-naam',
  kind: 'voorstel-soort',
  domain: 'voorstel-domein',
  description: 'voorstel-beschrijving',
  contributions: 'voorstel-bijdragen',
  loslaten: 'voorstel-loslaten',
  ...criteriaFieldIds('voorstel'),
};
const LABELS: Record<string, string> = {
  name: t.name,
  kind: t.kind,
  domain: t.domain,
  description: t.description,
  contributions: t.contributions,
  loslaten: nl.portfolio.edit.loslaten,
  ...criteriaLabels(),
};

/** A new proposal; after saving, its own page opens (where it can be prioritised). */
export function NewProjectPage() {
  const overview = useOverview();
  return (
    <PortfolioPage title={t.title} intro={t.intro} editorsOnly>
      {overview.isPending ? <LoadingState /> : null}
      {overview.isError ? <ErrorState error={overview.error} onRetry={() => overview.refetch()} /> : null}
      {overview.data ? <NewProjectForm ambition={overview.data.ambition} /> : null}
    </PortfolioPage>
  );
}

function NewProjectForm({ ambition }: { ambition: Ambition }) {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ProjectKind>('toekomstagenda');
  const [domain, setDomain] = useState<GoingConcernDomain | ''>('');
  const [precondition, setPrecondition] = useState(false);
  const [description, setDescription] = useState('');
  const [levels, setLevels] = useState<Record<string, ContributionLevel | ''>>({});
  const [loslaten, setLoslaten] = useState('');
  const [criteria, setCriteria] = useState<CriteriaValues>(emptyCriteria());
  const {
    save: create,
    errors,
    submitChecked,
  } = useCheckedSave({
    schema: ProjectInput,
    send: (body: ProjectInput) => createProject(body),
    onSaved: async (created: ProjectDetail, queryClient) => {
      queryClient.setQueryData(projectKey(created.id), created);
      await navigate({ to: '/toekomstagenda/projecten/$projectId', params: { projectId: created.id } });
    },
    keep: (created) => projectKey(created.id),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const contributions = Object.entries(levels).flatMap(([columnKey, level]) =>
      level ? [{ columnKey, level }] : [],
    );
    const goingConcern = kind === 'going-concern';
    const body: ProjectInput = {
      name: name.trim(),
      kind,
      domain: goingConcern && domain ? domain : null,
      precondition: !goingConcern && precondition,
      description: textOrNull(description),
      contributions,
      loslaten: textOrNull(loslaten),
      criteria: criteriaBody(criteria),
    };
    submitChecked(body, goingConcern && !domain ? { domain: t.domainMissing } : {});
  }
  return (
    <>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} labels={LABELS} />
      {isGeneralError(create.error) ? <ErrorState error={create.error} /> : null}
      <form className="samenhang-form" onSubmit={submit} noValidate aria-label={t.title}>
        <TextField
          id="voorstel-naam"
          label={t.name}
          value={name}
          onChange={setName}
          required
          error={errors.name}
        />
        <div id="voorstel-soort">
          <FormFieldSelect
            label={t.kind}
            value={kind}
            invalid={Boolean(errors.kind)}
            errorMessage={errors.kind}
            onChange={(event) => setKind(event.target.value as ProjectKind)}
          >
            <SelectOption value="toekomstagenda">{nl.portfolio.kinds.toekomstagenda}</SelectOption>
            <SelectOption value="going-concern">{nl.portfolio.kinds['going-concern']}</SelectOption>
          </FormFieldSelect>
        </div>
        {kind === 'going-concern' ? (
          <div id="voorstel-domein">
            <FormFieldSelect
              label={t.domain}
              description={t.domainHint}
              value={domain}
              invalid={Boolean(errors.domain)}
              errorMessage={errors.domain}
              onChange={(event) => setDomain(event.target.value as GoingConcernDomain | '')}
            >
              <SelectOption value="">{t.chooseDomain}</SelectOption>
              {DOMAINS.map((option) => (
                <SelectOption key={option} value={option}>
                  {nl.portfolio.domains[option] ?? option}
                </SelectOption>
              ))}
            </FormFieldSelect>
          </div>
        ) : (
          <FormFieldCheckboxOption
            label={t.precondition}
            checked={precondition}
            onChange={() => setPrecondition(!precondition)}
          />
        )}
        <TextArea
          id="voorstel-beschrijving"
          label={t.description}
          value={description}
          onChange={setDescription}
          error={errors.description}
        />
        <Fieldset
          id="voorstel-bijdragen"
          legend={t.contributions}
          invalid={Boolean(errors.contributions)}
          aria-describedby="voorstel-bijdragen-hint"
        >
          <p id="voorstel-bijdragen-hint" className="utrecht-form-field-description">
            {t.contributionsHint}
          </p>
          {errors.contributions ? (
            <p className="utrecht-form-field-error-message">{errors.contributions}</p>
          ) : null}
          {ambition.columns.map((column) => {
            const goal = ambition.goals.find((candidate) => candidate.number === column.goalNumber);
            const label =
              column.coreTaskNumber === null
                ? nl.portfolio.matrix.goal(column.goalNumber, goal?.shortTitle ?? column.title)
                : `${nl.portfolio.matrix.goal(column.goalNumber, goal?.shortTitle ?? '')} — ${nl.portfolio.matrix.coreTask(column.coreTaskNumber, column.title)}`;
            return (
              <FormFieldSelect
                key={column.key}
                label={label}
                value={levels[column.key] ?? ''}
                onChange={(event) =>
                  setLevels({ ...levels, [column.key]: event.target.value as ContributionLevel | '' })
                }
              >
                <SelectOption value="">{t.levelNone}</SelectOption>
                <SelectOption value="primair">{t.levelPrimary}</SelectOption>
                <SelectOption value="draagt-bij">{t.levelContributes}</SelectOption>
              </FormFieldSelect>
            );
          })}
        </Fieldset>
        <TextArea
          id="voorstel-loslaten"
          label={nl.portfolio.edit.loslaten}
          description={nl.portfolio.edit.loslatenHint}
          value={loslaten}
          onChange={setLoslaten}
          rows={3}
          error={errors.loslaten}
        />
        <CriteriaFields
          prefix="voorstel"
          legend={t.criteria}
          values={criteria}
          onChange={setCriteria}
          errors={errors}
        />
        <SubmitButton primary disabled={create.isPending}>
          {create.isPending ? t.submitting : t.submit}
        </SubmitButton>
      </form>
    </>
  );
}
