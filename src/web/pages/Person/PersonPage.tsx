import {
  Alert,
  Button,
  DataSummary,
  DataSummaryItem,
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Navigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import type { PersonDetail } from '../../../shared/api/registry';
import { ApiError, api } from '../../api/client';
import { CASE_WORK, hasRole, useSession } from '../../api/session';
import { focusById } from '../../components/focus';
import { formatAddress, formatDate, formatDateTime } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { ScoreChart } from '../../components/ScoreChart';
import { ErrorState, errorTitle, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';
import { AccessLog } from './AccessLog';
import { BreakGlassForm } from './BreakGlassForm';
import { PersonCases } from './PersonCases';
import { bodyOf, PersonForm, type PersonFormValues, valuesOf } from './PersonForm';

export function PersonPage() {
  const { id = '' } = useParams({ strict: false });
  const { user } = useSession();
  // The privacy officer reads who looked at a record, never the record itself.
  if (hasRole(user, 'privacy') && !hasRole(user, ...CASE_WORK)) {
    return <Navigate to="/privacy/personen/$id" params={{ id }} replace />;
  }
  return <PersonLoader key={id} id={id} />;
}

function PersonLoader({ id }: { id: string }) {
  const { user } = useSession();
  const queryClient = useQueryClient();
  const [grantedUntil, setGrantedUntil] = useState<string | null>(null);
  const person = useQuery({
    queryKey: ['person', id],
    queryFn: () => api<PersonDetail>('GET', `/api/persons/${id}`),
    retry: false,
  });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['person', id] });
    void queryClient.invalidateQueries({ queryKey: ['access-log', id] });
  };

  if (person.isPending) return <LoadingState />;
  if (person.isError) {
    const status = person.error instanceof ApiError ? person.error.status : 0;
    return (
      <>
        <PageTitle>{errorTitle(person.error)}</PageTitle>
        <ErrorState error={person.error} onRetry={() => person.refetch()} />
        {status === 403 && hasRole(user, ...CASE_WORK) ? (
          <BreakGlassForm
            personId={id}
            onGranted={(expiresAt) => {
              setGrantedUntil(expiresAt);
              refresh();
            }}
          />
        ) : null}
        {status === 404 ? (
          <Paragraph>
            <Link to="/personen">{nl.person.backToSearch}</Link>
          </Paragraph>
        ) : null}
      </>
    );
  }
  return <PersonRecord person={person.data} onChanged={refresh} grantedUntil={grantedUntil} />;
}

function PersonRecord(props: { person: PersonDetail; onChanged: () => void; grantedUntil: string | null }) {
  const { person, onChanged } = props;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: (values: PersonFormValues) =>
      api<PersonDetail>('PATCH', `/api/persons/${person.id}`, {
        body: bodyOf(values, valuesOf(person)),
        headers: { 'if-match': `"${person.version}"` },
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(['person', person.id], updated);
      setEditing(false);
      setSaved(true);
      onChanged();
      focusById('person-saved');
    },
  });
  const error = update.error instanceof ApiError ? update.error : undefined;
  return (
    <>
      <PageTitle>{person.displayName}</PageTitle>
      <Paragraph>
        <strong>{nl.household.regisseur.label}:</strong>{' '}
        {person.regisseur?.displayName ?? nl.household.regisseur.none}
      </Paragraph>
      {props.grantedUntil ? (
        <Alert type="warning">
          <Paragraph role="status">{nl.breakGlass.granted(formatDateTime(props.grantedUntil))}</Paragraph>
        </Alert>
      ) : null}
      {saved ? (
        <div id="person-saved" tabIndex={-1}>
          <Alert type="ok">
            <Paragraph role="status">{nl.person.saved}</Paragraph>
          </Alert>
        </div>
      ) : null}
      <section aria-labelledby="details">
        <Heading level={2} id="details">
          {nl.person.details}
        </Heading>
        {editing ? (
          <>
            {error?.status === 409 ? (
              <Alert type="warning">
                <Paragraph role="alert">{nl.person.conflict}</Paragraph>
                <Button
                  appearance="secondary-action-button"
                  onClick={() => {
                    update.reset();
                    setEditing(false);
                    onChanged();
                    focusById('edit-person');
                  }}
                >
                  {nl.person.reload}
                </Button>
              </Alert>
            ) : null}
            {update.isError && error?.status !== 409 && !error?.problem.errors ? (
              <ErrorState error={update.error} />
            ) : null}
            <PersonForm
              initial={valuesOf(person)}
              submitLabel={nl.person.save}
              errors={error?.fieldErrors() ?? {}}
              busy={update.isPending}
              onSubmit={(values) => update.mutate(values)}
              onCancel={() => {
                setEditing(false);
                focusById('edit-person');
              }}
            />
          </>
        ) : (
          <>
            <DataSummary>
              <DataSummaryItem itemKey={nl.person.bsn} itemValue={person.bsn ?? '—'} />
              <DataSummaryItem itemKey={nl.person.givenNames} itemValue={person.givenNames} />
              <DataSummaryItem
                itemKey={nl.person.familyName}
                itemValue={[person.prefix, person.familyName].filter(Boolean).join(' ')}
              />
              <DataSummaryItem itemKey={nl.person.birthDate} itemValue={formatDate(person.birthDate)} />
              <DataSummaryItem itemKey={nl.person.address} itemValue={formatAddress(person.address)} />
              <DataSummaryItem
                itemKey={nl.person.area}
                itemValue={
                  person.area
                    ? `${person.area.name}${person.area.gemeente ? `, ${person.area.gemeente}` : ''}`
                    : '—'
                }
              />
              <DataSummaryItem itemKey={nl.person.email} itemValue={person.email ?? '—'} />
              <DataSummaryItem itemKey={nl.person.phone} itemValue={person.phone ?? '—'} />
              <DataSummaryItem itemKey={nl.person.accessBasis} itemValue={person.accessBasis} />
            </DataSummary>
            <Button
              id="edit-person"
              appearance="secondary-action-button"
              onClick={() => {
                setSaved(false);
                setEditing(true);
                focusById('person-bsn');
              }}
            >
              {nl.person.edit}
            </Button>
          </>
        )}
      </section>
      <section aria-labelledby="households">
        <Heading level={2} id="households">
          {nl.person.households}
        </Heading>
        {person.households.length === 0 ? <Paragraph>{nl.person.noHouseholds}</Paragraph> : null}
        <UnorderedList>
          {person.households.map((membership) => (
            <UnorderedListItem key={`${membership.householdId}-${membership.validFrom}`}>
              <Link to="/huishoudens/$id" params={{ id: membership.householdId }}>
                {membership.householdName}
              </Link>{' '}
              — {nl.household.relations[membership.relation] ?? membership.relation},{' '}
              {nl.person.since(formatDate(membership.validFrom))}
              {membership.validUntil ? `, ${nl.person.until(formatDate(membership.validUntil))}` : ''}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </section>
      <Paragraph>
        <Link to="/meldingen/nieuw" search={{ persoon: person.id }}>
          {nl.intake.startIntake}
        </Link>
      </Paragraph>
      <PersonCases personId={person.id} />
      <ScoreChart personId={person.id} />
      <AccessLog personId={person.id} />
    </>
  );
}
