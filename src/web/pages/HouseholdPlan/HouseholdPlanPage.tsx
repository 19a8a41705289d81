import { Alert, Heading, Link as NldsLink, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import type { PlanView } from '../../../shared/api/plans';
import type { HouseholdDetail } from '../../../shared/api/registry';
import { ApiError, api } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { focusById } from '../../components/focus';
import { formatDateTime } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, errorTitle, LoadingState } from '../../components/States';
import { BusyAwareButton } from '../../components/SubmitButton';
import { nl } from '../../messages/nl';
import { PlanForm } from './PlanForm';
import { PlanOverview } from './PlanOverview';

/** Focus the button inside a wrapper: where the user carries on after closing the form. */
function focusButtonIn(id: string) {
  window.setTimeout(() => document.querySelector<HTMLButtonElement>(`#${id} button`)?.focus(), 0);
}

/** 1 Gezin 1 Plan: the household's plan (newest version or an earlier one), its versions, the PDF and the form. */
export function HouseholdPlanPage() {
  const { id = '' } = useParams({ strict: false });
  const queryClient = useQueryClient();
  const [shownVersion, setShownVersion] = useState<number | null>(null);
  const [writing, setWriting] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const household = useQuery({
    queryKey: ['household', id],
    queryFn: () => api<HouseholdDetail>('GET', `/api/households/${id}`),
    retry: false,
  });
  const latest = useQuery({
    queryKey: ['household-plan', id],
    queryFn: () => api<PlanView>('GET', `/api/households/${id}/plan`),
    retry: false,
  });
  const older = useQuery({
    queryKey: ['household-plan', id, shownVersion],
    queryFn: () => api<PlanView>('GET', `/api/households/${id}/plan/versions/${shownVersion}`),
    enabled: shownVersion !== null,
    retry: false,
  });

  const noPlanYet = latest.error instanceof ApiError && latest.error.status === 404;
  if (household.isPending || latest.isPending) return <LoadingState />;
  const failure = household.error ?? (noPlanYet ? null : latest.error);
  if (failure) {
    return (
      <>
        <PageTitle>{errorTitle(failure)}</PageTitle>
        <ErrorState
          error={failure}
          onRetry={() => (household.isError ? household.refetch() : latest.refetch())}
        />
      </>
    );
  }
  const name = household.data?.name;
  const current = latest.data;
  const shown = shownVersion !== null && older.data ? older.data : current;

  const reload = async () => {
    setWriting(false);
    setShownVersion(null);
    await queryClient.invalidateQueries({ queryKey: ['household-plan', id] });
    focusButtonIn('plan-write-open');
  };

  return (
    <>
      <PageTitle>{name ? nl.plan.title(name) : nl.plan.titleFallback}</PageTitle>
      <Paragraph>
        <Link to="/huishoudens/$id" params={{ id }}>
          {nl.plan.backToHousehold}
        </Link>
      </Paragraph>
      {savedVersion !== null ? (
        <div id="plan-saved" tabIndex={-1}>
          <Alert type="ok">
            <Paragraph role="status">{nl.plan.saved(savedVersion)}</Paragraph>
          </Alert>
        </div>
      ) : null}
      {noPlanYet ? <Paragraph>{nl.plan.noPlan}</Paragraph> : null}
      {shownVersion !== null && older.isError ? <ErrorState error={older.error} /> : null}
      {shown ? (
        <>
          <Paragraph id="plan-shown" tabIndex={-1}>
            <strong>{nl.plan.shownVersion(shown.version, shown.latestVersion)}</strong>
            <br />
            {nl.plan.writtenBy(formatDateTime(shown.createdAt), shown.createdBy)}
          </Paragraph>
          <Paragraph>
            <NldsLink href={`/api/households/${id}/plan.pdf?version=${shown.version}`}>
              {nl.plan.pdf(shown.version)} <span className="samenhang-muted">{nl.plan.pdfHint}</span>
            </NldsLink>
          </Paragraph>
          <PlanOverview plan={shown} />
        </>
      ) : null}

      {writing ? (
        <PlanForm
          // A new form for every version it starts from.
          key={current?.version ?? 0}
          householdId={id}
          basedOn={current}
          onSaved={(written) => {
            queryClient.setQueryData(['household-plan', id], written);
            setWriting(false);
            setShownVersion(null);
            setSavedVersion(written.version);
            focusById('plan-saved');
          }}
          onCancel={() => {
            setWriting(false);
            focusButtonIn('plan-write-open');
          }}
          onReload={reload}
        />
      ) : (
        <div id="plan-write-open">
          <BusyAwareButton
            primary
            onClick={() => {
              setSavedVersion(null);
              setWriting(true);
              focusById('plan-write');
            }}
          >
            {current ? nl.plan.write : nl.plan.writeFirst}
          </BusyAwareButton>
        </div>
      )}

      {current ? (
        <section aria-labelledby="plan-versions">
          <Heading level={2} id="plan-versions">
            {nl.plan.versions}
          </Heading>
          <DataTable
            caption={nl.plan.versionsCaption}
            rows={current.versions}
            rowKey={(item) => String(item.version)}
            columns={[
              { header: nl.plan.versionColumn, rowHeader: true, cell: (item) => String(item.version) },
              { header: nl.plan.createdAtColumn, cell: (item) => formatDateTime(item.createdAt) },
              { header: nl.plan.createdByColumn, cell: (item) => item.createdBy ?? '—' },
              {
                header: nl.plan.viewColumn,
                cell: (item) =>
                  item.version === shown?.version ? (
                    nl.plan.shownNow
                  ) : (
                    <BusyAwareButton
                      onClick={() => {
                        setShownVersion(item.version === current.version ? null : item.version);
                        focusById('plan-shown');
                      }}
                    >
                      {nl.plan.viewVersion(item.version)}
                    </BusyAwareButton>
                  ),
              },
            ]}
          />
        </section>
      ) : null}
    </>
  );
}
