import type { NetworkMember } from '../../../shared/api/household-view';
import type { NetworkRow } from './repository';

export function presentNetworkMember(row: NetworkRow): NetworkMember {
  return {
    id: row.id,
    householdId: row.householdId,
    personId: row.personId,
    name: row.name,
    role: row.role as NetworkMember['role'],
    support: row.support,
    contact: row.contact,
    active: row.active === 1,
    version: row.version,
  };
}
