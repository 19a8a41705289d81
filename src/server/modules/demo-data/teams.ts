/** The region's teams: area teams by wijk and the specialist teams. */
export interface DemoTeam {
  code: string;
  name: string;
  kind: 'gebiedsteam' | 'specialistisch';
  specialism: string | null;
  areaCodes: string[];
}

export const DEMO_TEAMS: readonly DemoTeam[] = [
  {
    code: 'GT-MAA-CENTRUM',
    name: 'Gebiedsteam Maastricht Centrum',
    kind: 'gebiedsteam',
    specialism: null,
    areaCodes: ['WK093500'],
  },
  {
    code: 'GT-MAA-ZUIDWEST',
    name: 'Gebiedsteam Maastricht Zuidwest',
    kind: 'gebiedsteam',
    specialism: null,
    areaCodes: ['WK093501'],
  },
  {
    code: 'GT-MAA-WEST',
    name: 'Gebiedsteam Maastricht West',
    kind: 'gebiedsteam',
    specialism: null,
    areaCodes: ['WK093502', 'WK093503'],
  },
  {
    code: 'GT-MAA-OOST',
    name: 'Gebiedsteam Maastricht Oost',
    kind: 'gebiedsteam',
    specialism: null,
    areaCodes: ['WK093504'],
  },
  {
    code: 'GT-MAA-NOORDOOST',
    name: 'Gebiedsteam Maastricht Noordoost',
    kind: 'gebiedsteam',
    specialism: null,
    areaCodes: ['WK093505'],
  },
  {
    code: 'GT-MAA-ZUIDOOST',
    name: 'Gebiedsteam Maastricht Zuidoost',
    kind: 'gebiedsteam',
    specialism: null,
    areaCodes: ['WK093506'],
  },
  {
    code: 'GT-MEERSSEN',
    name: 'Gebiedsteam Meerssen',
    kind: 'gebiedsteam',
    specialism: null,
    areaCodes: ['GM0938', 'WK093800', 'WK093801', 'WK093802'],
  },
  {
    code: 'GT-VAALS',
    name: 'Gebiedsteam Vaals',
    kind: 'gebiedsteam',
    specialism: null,
    areaCodes: ['GM0981', 'WK098100', 'WK098101'],
  },
  {
    code: 'GT-VALKENBURG',
    name: 'Gebiedsteam Valkenburg aan de Geul',
    kind: 'gebiedsteam',
    specialism: null,
    areaCodes: ['GM0994', 'WK099400', 'WK099401', 'WK099402', 'WK099403', 'WK099404', 'WK099405'],
  },
  {
    code: 'GT-GULPEN-WITTEM',
    name: 'Gebiedsteam Gulpen-Wittem',
    kind: 'gebiedsteam',
    specialism: null,
    areaCodes: ['GM1729', 'WK172900', 'WK172901', 'WK172902', 'WK172903', 'WK172904', 'WK172905', 'WK172906'],
  },
  {
    code: 'GT-EIJSDEN-MARGRATEN',
    name: 'Gebiedsteam Eijsden-Margraten',
    kind: 'gebiedsteam',
    specialism: null,
    areaCodes: ['GM1903', 'WK190300', 'WK190301', 'WK190302', 'WK190303', 'WK190304', 'WK190305'],
  },
  { code: 'HANDHAVING', name: 'Handhaving', kind: 'specialistisch', specialism: 'handhaving', areaCodes: [] },
  {
    code: 'BEZWAAR-KLACHTEN',
    name: 'Bezwaar & Klachten',
    kind: 'specialistisch',
    specialism: 'bezwaar-klachten',
    areaCodes: [],
  },
  {
    code: 'LEERPLICHT',
    name: 'Leerplicht & RMC',
    kind: 'specialistisch',
    specialism: 'leerplicht',
    areaCodes: [],
  },
  {
    code: 'LEERLINGENVERVOER',
    name: 'Leerlingenvervoer',
    kind: 'specialistisch',
    specialism: 'leerlingenvervoer',
    areaCodes: [],
  },
];

interface DemoLoginSpec {
  username: string;
  displayName: string;
  roles: string[];
  teamCodes: string[];
  /** What the account shows in the walkthrough, in Dutch, for the start-up banner. */
  description: string;
}

export interface DemoLogin extends DemoLoginSpec {
  /** The main role, and the Dutch names of the teams (empty for staff outside a team). */
  role: string;
  teams: string[];
}

const LOGINS: readonly DemoLoginSpec[] = [
  {
    username: 'consulent',
    displayName: 'Carla Consulent',
    roles: ['consulent'],
    teamCodes: ['GT-MAA-CENTRUM'],
    description: 'consulent, Gebiedsteam Maastricht Centrum: zoekt en opent dossiers van het team',
  },
  {
    username: 'regisseur',
    displayName: 'Ruud Regisseur',
    roles: ['regisseur'],
    teamCodes: ['GT-MAA-CENTRUM'],
    description: 'regisseur, Gebiedsteam Maastricht Centrum: één aanspreekpunt, ziet het hele huishouden',
  },
  {
    username: 'teammanager',
    displayName: 'Tineke Teammanager',
    roles: ['teammanager'],
    teamCodes: ['GT-MAA-CENTRUM'],
    description: 'teammanager, Gebiedsteam Maastricht Centrum: werkvoorraad, toewijzing en teamcijfers',
  },
  {
    username: 'handhaving',
    displayName: 'Hans Handhaving',
    roles: ['handhaving'],
    teamCodes: ['HANDHAVING'],
    description: 'handhaving: geen huishoudens toegewezen, toegang alleen met break the glass',
  },
  {
    username: 'beleid',
    displayName: 'Bea Beleid',
    roles: ['beleid'],
    teamCodes: [],
    description: 'beleidsmedewerker: alleen geaggregeerde cijfers, geen persoonsgegevens',
  },
  {
    username: 'bestuur',
    displayName: 'Wim Wethouder',
    roles: ['bestuur'],
    teamCodes: [],
    description: 'wethouder: dashboards en rapportages, geen persoonsgegevens',
  },
  {
    username: 'beheer',
    displayName: 'Frank Functioneel Beheer',
    roles: ['functioneel-beheer'],
    teamCodes: [],
    description: 'functioneel beheer: teams, gebruikers, gebieden; geen persoonsgegevens',
  },
  {
    username: 'procesmanager',
    displayName: 'Paula Procesmanager',
    roles: ['procesmanager'],
    teamCodes: [],
    description: 'procesmanager Toekomstagenda: portefeuille, risico’s, jaarplan en besluiten bijhouden',
  },
  {
    username: 'privacy',
    displayName: 'Petra Privacy',
    roles: ['privacy'],
    teamCodes: [],
    description: 'privacy officer (FG): toegangslogboeken en break-the-glass-beoordelingen',
  },
  {
    username: 'consulent.west',
    displayName: 'Wendy Willems',
    roles: ['consulent'],
    teamCodes: ['GT-MAA-WEST'],
    description: 'consulent, Gebiedsteam Maastricht West: ziet alleen huishoudens van het eigen team',
  },
  {
    username: 'consulent.heuvelland',
    displayName: 'Harrie Houben',
    roles: ['consulent'],
    teamCodes: ['GT-GULPEN-WITTEM', 'GT-VAALS'],
    description: 'consulent, Gebiedsteams Gulpen-Wittem en Vaals: werkt voor twee teams',
  },
];

const teamName = new Map(DEMO_TEAMS.map((team) => [team.code, team.name]));

export const DEMO_LOGINS: readonly DemoLogin[] = LOGINS.map((login) => ({
  ...login,
  role: login.roles[0] ?? '',
  teams: login.teamCodes.map((code) => teamName.get(code) ?? code),
}));
