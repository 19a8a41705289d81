import type {
  AnnualPlan,
  DecisionBody,
  DecisionList,
  EviOverview,
  PlanAction,
  RiskRegister,
} from '../../../../shared/api/portfolio';
import {
  dutchDate,
  type ExportCell,
  type ExportDocument,
  longDate,
  SectionBuilder,
  sourcesOf,
} from './document';

/**
 * The builders of the registers that steer the Toekomstagenda: risks, the annual plan, the EVI
 * panels and the decisions. Each item is one row; its source goes into the table's "Bron:" line.
 */

const NOT_ASSESSED = 'niet beoordeeld';
const assessed = (value: number | null): ExportCell => value ?? NOT_ASSESSED;

export function risksDocument(register: RiskRegister, generatedAt: string): ExportDocument {
  const table = new SectionBuilder(10);
  for (const risk of register.risks) {
    const review = dutchDate(risk.reviewDate);
    table.row([
      risk.code,
      risk.title,
      risk.description,
      risk.controlMeasure,
      risk.ownerRole,
      assessed(risk.likelihood),
      assessed(risk.impact),
      assessed(risk.score),
      review && risk.reviewOverdue ? `${review} (te laat)` : review,
      risk.status,
    ]);
  }
  return {
    title: 'Toekomstagenda: risicoregister',
    subtitle: `Stand op ${longDate(register.today)}. Kans en impact van 1 (zeer klein) tot en met 5 (zeer groot).`,
    generatedAt,
    sections: [
      table.section(
        "Risico's",
        [
          { header: 'Code', width: 7 },
          { header: 'Titel', width: 24 },
          { header: 'Omschrijving', width: 38 },
          { header: 'Beheersmaatregel', width: 36 },
          { header: 'Eigenaar', width: 16 },
          // Wide enough for "niet beoordeeld" to break between its words, not inside one.
          { header: 'Kans', width: 12, numeric: true },
          { header: 'Impact', width: 12, numeric: true },
          { header: 'Score', width: 12, numeric: true },
          { header: 'Herzien op', width: 12 },
          { header: 'Status', width: 10 },
        ],
        sourcesOf(register.risks.map((risk) => risk.source)),
      ),
    ],
  };
}

// ——— annual plan ———

const ACTION_COLUMNS = [
  { header: 'Code', width: 7 },
  { header: 'Thema', width: 18 },
  { header: 'Onderwerp', width: 18 },
  { header: 'Actie', width: 32 },
  { header: 'Subacties', width: 32 },
  { header: 'Wanneer gereed', width: 12 },
  { header: 'Eigenaar', width: 16 },
  { header: 'Status', width: 10 },
  { header: 'Te laat', width: 8 },
  { header: 'Voortgang', width: 36 },
];

function actionRow(action: PlanAction): ExportCell[] {
  const notes = action.notes.map(
    (note) => `${dutchDate(note.at)}${note.authorName ? ` (${note.authorName})` : ''}: ${note.text}`,
  );
  return [
    action.code,
    action.theme,
    action.topic,
    action.title,
    action.subActions.length > 0 ? action.subActions.map((sub) => `- ${sub}`).join('\n') : null,
    action.dueText,
    action.ownerRole,
    action.status,
    action.overdue ? 'te laat' : null,
    notes.length > 0 ? notes.join('\n') : null,
  ];
}

/** The year's actions (the jaarplan, and the I&A actions when there are any) and where they stand. */
export function annualPlanDocument(plan: AnnualPlan, generatedAt: string): ExportDocument {
  const part = (kind: PlanAction['kind'], heading: string) => {
    const actions = plan.actions.filter((action) => action.kind === kind);
    const table = new SectionBuilder(ACTION_COLUMNS.length);
    for (const action of actions) table.row(actionRow(action));
    return {
      actions,
      section: table.section(heading, ACTION_COLUMNS, sourcesOf(actions.map((a) => a.source))),
    };
  };
  const jaarplan = part('jaarplan', `Jaarplan ${plan.year}`);
  const ia = part('i-en-a', `I&A-acties ${plan.year}`);

  const counts = new SectionBuilder(2);
  for (const [status, count] of Object.entries(plan.counts)) counts.row([status, count]);
  counts.row([`Te laat op ${longDate(plan.referenceDate)}`, plan.overdue], true);
  const sections = [jaarplan.section];
  if (ia.actions.length > 0) sections.push(ia.section);
  sections.push(
    counts.section(
      'Stand van zaken',
      [
        { header: 'Status', width: 30 },
        { header: 'Aantal acties', width: 14, numeric: true },
      ],
      sourcesOf(plan.actions.map((action) => action.source)),
      'Een actie is te laat als het kwartaal of jaar waarin ze gereed moest zijn voorbij is en ze niet gereed is.',
    ),
  );
  return {
    title: `Jaarplan ${plan.year} Sociale Zaken Maastricht Heuvelland`,
    subtitle: `Stand op ${longDate(plan.referenceDate)}: ${plan.overdue} ${plan.overdue === 1 ? 'actie' : 'acties'} te laat`,
    generatedAt,
    sections,
  };
}

// ——— EVI panels ———

const FINDING_KINDS = { ervaring: 'Ervaring', verbetering: 'Verbetering', innovatie: 'Innovatie' } as const;

/** The EVI themes, their sessions and their findings (ervaringen, verbeteringen, innovaties). */
export function eviDocument(overview: EviOverview, generatedAt: string): ExportDocument {
  const { themes } = overview;
  const note = sourcesOf(themes.map((theme) => theme.source));
  const themeTable = new SectionBuilder(6);
  const sessionTable = new SectionBuilder(5);
  const findingTable = new SectionBuilder(4);
  for (const theme of themes) {
    themeTable.row([
      theme.name,
      theme.period,
      theme.description,
      theme.sessions.length,
      theme.findings.length,
      theme.projects.map((project) => project.name).join('\n') || null,
    ]);
    const dates = new Map<string, string | null>();
    for (const session of theme.sessions) {
      const date = dutchDate(session.heldOn) ?? session.dateText;
      dates.set(session.id, date);
      sessionTable.row([
        theme.name,
        date,
        session.participants ?? session.participantsText,
        session.description,
        session.cancelled ? 'afgelast' : null,
      ]);
    }
    for (const finding of theme.findings)
      findingTable.row([
        theme.name,
        FINDING_KINDS[finding.kind],
        finding.text,
        finding.sessionId ? (dates.get(finding.sessionId) ?? null) : null,
      ]);
  }
  return {
    title: 'EVI-panels: ervaringen, verbeteringen en innovaties',
    subtitle: null,
    generatedAt,
    sections: [
      themeTable.section(
        "Thema's",
        [
          { header: 'Thema', width: 28 },
          { header: 'Periode', width: 14 },
          { header: 'Omschrijving', width: 50 },
          { header: 'Bijeenkomsten', width: 13, numeric: true },
          { header: 'Bevindingen', width: 12, numeric: true },
          { header: 'Projecten', width: 36 },
        ],
        note,
      ),
      sessionTable.section(
        'Bijeenkomsten',
        [
          { header: 'Thema', width: 28 },
          { header: 'Datum', width: 14 },
          { header: 'Deelnemers', width: 12, numeric: true },
          { header: 'Omschrijving', width: 60 },
          { header: 'Afgelast', width: 10 },
        ],
        note,
      ),
      findingTable.section(
        'Bevindingen',
        [
          { header: 'Thema', width: 28 },
          { header: 'Soort', width: 13 },
          { header: 'Bevinding', width: 70 },
          { header: 'Bijeenkomst', width: 14 },
        ],
        note,
      ),
    ],
  };
}

// ——— decisions ———

const BODIES: Record<DecisionBody, string> = {
  portefeuillehoudersoverleg: 'Portefeuillehoudersoverleg',
  directiegroep: 'Directiegroep',
};

export function decisionsDocument(list: DecisionList, generatedAt: string): ExportDocument {
  const table = new SectionBuilder(5);
  for (const decision of list.decisions)
    table.row([
      dutchDate(decision.decidedOn) ?? decision.dateText,
      `${BODIES[decision.body]}, ${decision.meeting}`,
      decision.subject,
      decision.decision,
      decision.projects.map((project) => project.name).join('\n') || null,
    ]);
  return {
    title: 'Toekomstagenda: besluiten',
    subtitle: 'Besluiten van het portefeuillehoudersoverleg en de directiegroep',
    generatedAt,
    sections: [
      table.section(
        'Besluiten',
        [
          { header: 'Datum', width: 12 },
          { header: 'Overleg', width: 30 },
          { header: 'Onderwerp', width: 30 },
          { header: 'Besluit', width: 60 },
          { header: 'Projecten', width: 30 },
        ],
        sourcesOf(list.decisions.map((decision) => decision.source)),
      ),
    ],
  };
}
