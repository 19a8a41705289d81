/**
 * The shared vocabulary of the front door and 1 Gezin 1 Plan: codes stored in the database (Dutch,
 * as the glossary keeps legal and professional terms) with the labels people read.
 */

export const INTAKE_CHANNELS = {
  balie: 'Balie',
  telefoon: 'Telefoon',
  'sociaal-team': 'Sociaal team',
  online: 'Online',
  school: 'School',
  huisarts: 'Huisarts',
  'buren-netwerk': 'Buren of netwerk',
  'veilig-thuis': 'Veilig Thuis',
  'andere-organisatie': 'Andere organisatie',
} as const;
export type IntakeChannel = keyof typeof INTAKE_CHANNELS;

/** Life domains of the self-sufficiency score; the last two apply to children. */
export const LIFE_DOMAINS = {
  financien: 'Financiën',
  'werk-dagbesteding': 'Werk en dagbesteding',
  huisvesting: 'Huisvesting',
  gezinsrelaties: 'Gezinsrelaties',
  'geestelijke-gezondheid': 'Geestelijke gezondheid',
  'lichamelijke-gezondheid': 'Lichamelijke gezondheid',
  verslaving: 'Verslaving',
  'dagelijkse-levensverrichtingen': 'Dagelijkse levensverrichtingen',
  'sociaal-netwerk': 'Sociaal netwerk',
  'maatschappelijke-participatie': 'Maatschappelijke participatie',
  justitie: 'Justitie',
  opvoeding: 'Opvoeding',
  school: 'School',
} as const;
export type LifeDomain = keyof typeof LIFE_DOMAINS;
export const CHILD_LIFE_DOMAINS: readonly LifeDomain[] = ['opvoeding', 'school'];

/** The self-sufficiency scale: 1 acute problem … 5 fully self-sufficient. */
export const SCORE_LABELS = {
  1: 'Acute problematiek',
  2: 'Niet zelfredzaam',
  3: 'Beperkt zelfredzaam',
  4: 'Voldoende zelfredzaam',
  5: 'Volledig zelfredzaam',
} as const;

export const INTAKE_OUTCOMES = {
  advies: 'Advies',
  doorverwijzing: 'Doorverwijzing naar het voorliggend veld',
  zaken: 'Een of meer zaken',
} as const;

export const NETWORK_ROLES = {
  mantelzorger: 'Mantelzorger',
  buur: 'Buur',
  vrijwilliger: 'Vrijwilliger',
  familie: 'Familie',
  vriend: 'Vriend of vriendin',
  anders: 'Anders',
} as const;

export const GOAL_OWNERS = {
  burger: 'De inwoner zelf',
  netwerk: 'Het netwerk',
  professional: 'Een professionele organisatie',
} as const;

export const ACTION_STATUSES = {
  open: 'Open',
  bezig: 'Bezig',
  gereed: 'Gereed',
  vervallen: 'Vervallen',
} as const;

export const AGREEMENT_METHODS = {
  mondeling: 'Mondeling',
  schriftelijk: 'Schriftelijk (ondertekend)',
  digitaal: 'Digitaal',
} as const;

/** What was weighed before a tailored provision (maatwerk), as the Wmo and Jeugdwet require. */
export const CONSIDERATION_KINDS = {
  'eigen-kracht': 'Eigen kracht',
  netwerk: 'Netwerk (mantelzorg, buren, vrijwilligers)',
  'algemene-voorziening': 'Algemene voorziening',
  'voorliggende-voorziening': 'Voorliggende voorziening',
} as const;

export const JEUGD_REFERRERS = {
  gemeente: 'Gemeente (gebiedsteam)',
  huisarts: 'Huisarts',
  jeugdarts: 'Jeugdarts',
  'gecertificeerde-instelling': 'Gecertificeerde instelling',
} as const;
