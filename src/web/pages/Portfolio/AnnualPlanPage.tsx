import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, Fragment, useEffect, useState } from 'react';
import type { AnnualPlan, PlanAction } from '../../../shared/api/portfolio';
import { DataTable } from '../../components/DataTable';
import { focusById } from '../../components/focus';
import { formatDate, formatDateTime } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/States';
import { BusyAwareButton, SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { nl } from '../../messages/nl';
import { ActionForm } from './ActionForm';
import { focusButtonIn, SourceNote } from './bits';
import { formatCount } from './numbers';
import { PortfolioPage, useCanEdit } from './PortfolioFrame';
import { groupActions, ISO_DATE, slug, todayIso } from './portfolio';
import { fieldErrorsOf, useAnnualPlan } from './portfolioApi';
import type { AnnualPlanSearch } from './search';

const t = nl.portfolio.plan;

/** The annual plan per theme and topic, late or not on a chosen day; editors report progress. */
export function AnnualPlanPage() {
  const search = useSearch({ strict: false }) as AnnualPlanSearch;
  const navigate = useNavigate();
  const peildatum = search.peildatum ?? todayIso();
  const plan = useAnnualPlan(peildatum);
  const [value, setValue] = useState(peildatum);
  // Back and forward change the address; the field follows it.
  useEffect(() => setValue(peildatum), [peildatum]);
  const [local, setLocal] = useState<string | undefined>(undefined);
  const error = local ?? fieldErrorsOf(plan.error)['querystring.peildatum'];
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!ISO_DATE.test(value)) {
      setLocal(t.referenceHint);
      return;
    }
    setLocal(undefined);
    void navigate({ to: '/toekomstagenda/jaarplan', search: { peildatum: value } });
  }
  return (
    <PortfolioPage title={t.title} intro={t.intro} view="jaarplan" exportParams={{ peildatum }}>
      <form className="samenhang-form" onSubmit={submit} noValidate aria-label={t.referenceForm}>
        <TextField
          id="jaarplan-peildatum"
          label={t.reference}
          description={t.referenceHint}
          type="date"
          value={value}
          onChange={setValue}
          error={error}
        />
        <SubmitButton>{t.show}</SubmitButton>
      </form>
      {plan.isPending ? <LoadingState /> : null}
      {plan.isError && !error ? <ErrorState error={plan.error} onRetry={() => plan.refetch()} /> : null}
      {plan.data ? <Plan plan={plan.data} /> : null}
    </PortfolioPage>
  );
}

function Plan({ plan }: { plan: AnnualPlan }) {
  const canEdit = useCanEdit();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const groups = groupActions(plan.actions);
  const order = Object.keys(t.statuses);
  const rank = (status: string) => (order.includes(status) ? order.indexOf(status) : order.length);
  const statuses = Object.entries(plan.counts).sort(([a], [b]) => rank(a) - rank(b));
  const open = (action: PlanAction) => {
    setSaved(null);
    setEditing(action.id);
    focusById('actie-wijzigen');
  };
  const close = (id: string) => {
    setEditing(null);
    focusButtonIn(`actie-${id}`);
  };
  const table = (theme: string, topic: string | null, actions: PlanAction[], level: 3 | 4) => {
    const current = actions.find((action) => action.id === editing);
    return (
      <>
        <ActionsTable
          caption={t.caption(topic ? `${theme}: ${topic}` : theme)}
          actions={actions}
          canEdit={canEdit}
          onEdit={open}
        />
        {canEdit && current ? (
          <ActionForm
            key={current.id}
            action={current}
            level={level}
            onCancel={() => close(current.id)}
            onSaved={(action) => {
              setEditing(null);
              setSaved(t.saved(action.title));
              focusById('actie-opgeslagen');
            }}
          />
        ) : null}
      </>
    );
  };
  return (
    <>
      <section aria-labelledby="jaarplan-stand">
        <Heading level={2} id="jaarplan-stand">
          {`${t.titleYear(plan.year)}: ${t.shownOn(formatDate(plan.referenceDate))}`}
        </Heading>
        <Paragraph>
          <strong>{t.overdueCount(plan.overdue)}</strong>
        </Paragraph>
        <DataTable
          caption={t.counts}
          rows={statuses}
          rowKey={([status]) => status}
          columns={[
            { header: t.status, rowHeader: true, cell: ([status]) => t.statuses[status] ?? status },
            { header: t.count, align: 'end', cell: ([, count]) => formatCount(count) },
          ]}
        />
      </section>
      {saved ? (
        <p id="actie-opgeslagen" tabIndex={-1} role="status" className="samenhang-panel">
          {saved}
        </p>
      ) : null}
      {groups.length === 0 ? <Paragraph>{t.empty}</Paragraph> : null}
      {groups.map((group) => (
        <section key={group.theme} aria-labelledby={`thema-${slug(group.theme)}`}>
          <Heading level={2} id={`thema-${slug(group.theme)}`}>
            {group.theme}
          </Heading>
          {group.topics.map((topic) =>
            topic.topic ? (
              <Fragment key={topic.topic}>
                <Heading level={3}>{topic.topic}</Heading>
                {table(group.theme, topic.topic, topic.actions, 4)}
              </Fragment>
            ) : (
              <Fragment key="-">{table(group.theme, null, topic.actions, 3)}</Fragment>
            ),
          )}
        </section>
      ))}
      <SourceNote source={[...new Set(plan.actions.flatMap((action) => action.source ?? []))].join('; ')} />
    </>
  );
}

function ActionsTable(props: {
  caption: string;
  actions: PlanAction[];
  canEdit: boolean;
  onEdit: (action: PlanAction) => void;
}) {
  return (
    <DataTable
      caption={props.caption}
      rows={props.actions}
      rowKey={(action) => action.id}
      columns={[
        {
          header: t.action,
          rowHeader: true,
          cell: (action) => (action.code ? `${action.code} ${action.title}` : action.title),
        },
        {
          header: t.subActions,
          cell: (action) =>
            action.subActions.length === 0 ? (
              '—'
            ) : (
              <ul className="portfolio-flags">
                {action.subActions.map((sub) => (
                  <li key={sub}>{sub}</li>
                ))}
              </ul>
            ),
        },
        { header: t.due, cell: (action) => action.dueText },
        { header: t.owner, cell: (action) => action.ownerRole ?? '—' },
        {
          header: t.status,
          cell: (action) => (
            <>
              {t.statuses[action.status] ?? action.status}
              {action.overdue ? <strong className="portfolio-late portfolio-group">{t.late}</strong> : null}
            </>
          ),
        },
        {
          header: t.notes,
          cell: (action) =>
            action.notes.length === 0 ? (
              <span className="samenhang-muted">{t.noNotes}</span>
            ) : (
              <ul className="portfolio-flags">
                {action.notes.map((note) => (
                  <li key={`${note.at}-${note.text}`}>
                    {`${formatDateTime(note.at)}${note.authorName ? `, ${note.authorName}` : ''}: ${note.text}`}
                  </li>
                ))}
              </ul>
            ),
        },
        ...(props.canEdit
          ? [
              {
                header: <span className="visually-hidden">{t.change}</span>,
                cell: (action: PlanAction) => (
                  <span id={`actie-${action.id}`}>
                    <BusyAwareButton onClick={() => props.onEdit(action)}>
                      {t.change}
                      <span className="visually-hidden">{`: ${action.title}`}</span>
                    </BusyAwareButton>
                  </span>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
