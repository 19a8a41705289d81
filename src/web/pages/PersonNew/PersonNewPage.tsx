import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import type { PersonDetail } from '../../../shared/api/registry';
import { ApiError, api } from '../../api/client';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState } from '../../components/States';
import { nl } from '../../messages/nl';
import { bodyOf, PersonForm, type PersonFormValues, valuesOf } from '../Person/PersonForm';

export function PersonNewPage(): JSX.Element {
  const navigate = useNavigate();
  const { melding } = useSearch({ strict: false }) as { melding?: boolean };
  const create = useMutation({
    mutationFn: (values: PersonFormValues) =>
      api<PersonDetail>('POST', '/api/persons', { body: stripNulls(bodyOf(values)) }),
    onSuccess: async (person: PersonDetail): Promise<void> => {
      if (melding) await navigate({ to: '/meldingen/nieuw', search: { persoon: person.id } });
      else await navigate({ to: '/personen/$id', params: { id: person.id } });
    },
  });
  const error = create.error instanceof ApiError ? create.error : undefined;
  return (
    <>
      <PageTitle>{nl.person.newTitle}</PageTitle>
      <Paragraph>{nl.person.newIntro}</Paragraph>
      {create.isError && !error?.problem.errors ? <ErrorState error={create.error} /> : null}
      <PersonForm
        initial={valuesOf()}
        submitLabel={nl.person.create}
        errors={error?.fieldErrors() ?? {}}
        busy={create.isPending}
        onSubmit={(values) => create.mutate(values)}
      />
    </>
  );
}

function stripNulls(body: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null));
}
