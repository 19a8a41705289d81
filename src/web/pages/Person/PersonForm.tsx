import { ActionGroup, Button } from '@rijkshuisstijl-community/components-react';
import { type FormEvent, useState } from 'react';
import type { PersonDetail } from '../../../shared/api/registry';
import { ErrorSummary } from '../../components/States';
import { BusyAwareButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { nl } from '../../messages/nl';

export const PERSON_FIELDS = [
  'bsn',
  'givenNames',
  'prefix',
  'familyName',
  'birthDate',
  'email',
  'phone',
  'street',
  'houseNumber',
  'houseNumberAddition',
  'postcode',
  'place',
] as const;
export type PersonFormValues = Record<(typeof PERSON_FIELDS)[number], string>;

export function valuesOf(person?: PersonDetail): PersonFormValues {
  return {
    bsn: person?.bsn ?? '',
    givenNames: person?.givenNames ?? '',
    prefix: person?.prefix ?? '',
    familyName: person?.familyName ?? '',
    birthDate: person?.birthDate ?? '',
    email: person?.email ?? '',
    phone: person?.phone ?? '',
    street: person?.address.street ?? '',
    houseNumber: person?.address.houseNumber?.toString() ?? '',
    houseNumberAddition: person?.address.houseNumberAddition ?? '',
    postcode: person?.address.postcode ?? '',
    place: person?.address.place ?? '',
  };
}

/** Form values → API body: empty fields become null, the house number a number. */
export function bodyOf(values: PersonFormValues, only?: PersonFormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of PERSON_FIELDS) {
    if (only && only[field] === values[field]) continue;
    const text = values[field].trim();
    body[field] = text === '' ? null : field === 'houseNumber' ? Number(text) : text;
  }
  return body;
}

export function PersonForm(props: {
  initial: PersonFormValues;
  submitLabel: string;
  errors: Record<string, string>;
  busy: boolean;
  onSubmit: (values: PersonFormValues) => void;
  onCancel?: () => void;
}) {
  const [values, setValues] = useState(props.initial);
  const set = (field: keyof PersonFormValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const field = (
    name: keyof PersonFormValues,
    extra: { type?: 'date' | 'email' | 'tel'; required?: boolean; autoComplete?: string } = {},
  ) => (
    <TextField
      id={`person-${name}`}
      label={nl.person[name]}
      value={values[name]}
      onChange={set(name)}
      error={props.errors[name]}
      {...extra}
    />
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    props.onSubmit(values);
  }
  return (
    <form className="samenhang-form" onSubmit={submit} noValidate>
      <ErrorSummary
        errors={props.errors}
        fieldIds={Object.fromEntries(PERSON_FIELDS.map((name) => [name, `person-${name}`]))}
        labels={Object.fromEntries(PERSON_FIELDS.map((name) => [name, nl.person[name]]))}
      />
      {field('bsn')}
      <div className="samenhang-form-row">
        {field('givenNames', { required: true })}
        {field('prefix')}
        {field('familyName', { required: true })}
      </div>
      {field('birthDate', { type: 'date' })}
      <div className="samenhang-form-row">
        {field('email', { type: 'email', autoComplete: 'off' })}
        {field('phone', { type: 'tel', autoComplete: 'off' })}
      </div>
      <div className="samenhang-form-row">
        {field('street')}
        {field('houseNumber')}
        {field('houseNumberAddition')}
      </div>
      <div className="samenhang-form-row">
        {field('postcode')}
        {field('place')}
      </div>
      <ActionGroup>
        <BusyAwareButton type="submit" primary busy={props.busy}>
          {props.submitLabel}
        </BusyAwareButton>
        {props.onCancel ? (
          <Button type="button" appearance="secondary-action-button" onClick={props.onCancel}>
            {nl.person.cancel}
          </Button>
        ) : null}
      </ActionGroup>
    </form>
  );
}
