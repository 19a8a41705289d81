/** The roles of the brief's table; code names stay as the organisation says them. */
export const ROLES = [
  'consulent',
  'regisseur',
  'teammanager',
  'administratie',
  'handhaving',
  'beleid',
  'bestuur',
  'functioneel-beheer',
  'procesmanager',
  'privacy',
  'inwoner',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  consulent: 'Consulent',
  regisseur: 'Regisseur',
  teammanager: 'Teammanager',
  administratie: 'Administratie',
  handhaving: 'Handhaving',
  beleid: 'Beleidsmedewerker',
  bestuur: 'Bestuurder',
  'functioneel-beheer': 'Functioneel beheer',
  procesmanager: 'Procesmanager Toekomstagenda',
  privacy: 'Privacy officer (FG)',
  inwoner: 'Inwoner',
};
