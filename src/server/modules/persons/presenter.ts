import type { PersonDetail, PersonListItem } from '../../../shared/api/registry';
import { displayName, sortName } from '../../../shared/person-name';
import type { PersonRow } from './repository';

export function presentPersonListItem(row: PersonRow): PersonListItem {
  return {
    id: row.id,
    bsn: row.bsn,
    displayName: displayName(row),
    birthDate: row.birthDate,
    address: {
      street: row.street,
      houseNumber: row.houseNumber,
      houseNumberAddition: row.houseNumberAddition,
      postcode: row.postcode,
      place: row.place,
    },
    areaCode: row.areaCode,
  };
}

export function presentPersonDetail(
  row: PersonRow,
  extra: Pick<PersonDetail, 'area' | 'households' | 'regisseur' | 'accessBasis'>,
): PersonDetail {
  return {
    ...presentPersonListItem(row),
    givenNames: row.givenNames,
    prefix: row.prefix,
    familyName: row.familyName,
    sortName: sortName(row),
    email: row.email,
    phone: row.phone,
    ...extra,
    version: row.version,
  };
}
