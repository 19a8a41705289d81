import {
  type CapacityAssignment,
  type CapacityOverview,
  type CapacitySection,
  GoingConcernDomain,
  PHASES,
  type PortfolioOverview,
  type ProjectSummary,
  type Timeline,
} from '../../../../shared/api/portfolio';
import {
  DOMAIN_LABELS,
  dutchDate,
  dutchNumber,
  type ExportDocument,
  type ExportSection,
  gemeenteName,
  KIND_LABELS,
  SectionBuilder,
} from './document';

/**
 * The builders of the Toekomstagenda's overviews (Bijlage 1, Bijlage 2, the timeline): read model
 * in, neutral document out. Nothing is counted here; every total is the server's, shown beside the
 * source's own figure where the two differ.
 */

const MARKS = { primair: '**', 'draagt-bij': '*' } as const;

/** Bijlage 1: the projects grouped as in the source, a mark per matrix column, then the totals. */
export function matrixDocument(overview: PortfolioOverview, generatedAt: string): ExportDocument {
  const { ambition } = overview;
  const columns = ambition.columns;
  const table = new SectionBuilder(columns.length + 2);
  for (const group of matrixGroups(overview.projects)) {
    table.heading(group.label);
    for (const project of group.projects) {
      const levels = new Map(project.contributions.map((entry) => [entry.columnKey, entry.level]));
      table.row([
        project.groupLabel ? `${project.groupLabel}: ${project.name}` : project.name,
        ...columns.map((column) => {
          const level = levels.get(column.key);
          return level ? MARKS[level] : null;
        }),
        project.phase,
      ]);
    }
  }
  for (const totals of overview.totals)
    table.checked(
      totals.label,
      columns.map((column, index) => [index + 1, totals.perColumn[column.key] ?? null] as const),
    );
  const legend = columns.map(
    (column) => `${column.key}: ${column.title} (doelstelling ${column.goalNumber})`,
  );
  const matrix = table.section(
    'Bijdrage aan de ambitie',
    [
      { header: 'Project', width: 50 },
      ...columns.map((column) => ({ header: column.key, width: 7 })),
      { header: 'Fase', width: 14 },
    ],
    ambition.source,
    `** draagt primair bij, * draagt bij. ${legend.join('; ')}.`,
  );
  return {
    title: 'Toekomstagenda: bijdrage van de projecten aan de ambitie (Bijlage 1)',
    subtitle: `${ambition.title} (horizon ${ambition.horizonYear})`,
    generatedAt,
    sections: [matrix, perGoalSection(overview), phaseSection(overview)],
  };
}

interface ProjectGroup {
  label: string;
  projects: ProjectSummary[];
}

/**
 * The order of Bijlage 1: toekomstagenda projects, what is randvoorwaardelijk to them, then going
 * concern per domain. A going-concern project without a domain gets a group of its own rather than
 * disappearing from the export. Empty groups are left out.
 */
export function matrixGroups(projects: readonly ProjectSummary[]): ProjectGroup[] {
  const agenda = projects.filter((project) => project.kind === 'toekomstagenda');
  const going = projects.filter((project) => project.kind === 'going-concern');
  const groups: ProjectGroup[] = [
    { label: 'Toekomstagenda', projects: agenda.filter((project) => !project.precondition) },
    {
      label: 'Randvoorwaardelijk aan de toekomstagenda',
      projects: agenda.filter((project) => project.precondition),
    },
    ...GoingConcernDomain.options.map((domain) => ({
      label: `Going concern: ${DOMAIN_LABELS[domain]}`,
      projects: going.filter((project) => project.domain === domain),
    })),
    { label: 'Going concern: zonder domein', projects: going.filter((project) => project.domain === null) },
  ];
  return groups.filter((group) => group.projects.length > 0);
}

function perGoalSection(overview: PortfolioOverview): ExportSection {
  const { goals } = overview.ambition;
  const table = new SectionBuilder(goals.length + 1);
  for (const totals of overview.totals)
    table.row([
      totals.label,
      // The record is keyed by goal; accept "1" as well as "D1" so a change of key style shows up as
      // figures, not as an empty table.
      ...goals.map(
        (goal) => totals.perGoal[String(goal.number)] ?? totals.perGoal[`D${goal.number}`] ?? null,
      ),
    ]);
  return table.section(
    'Projecten per doelstelling',
    [
      { header: 'Onderdeel', width: 40 },
      ...goals.map((goal) => ({ header: `D${goal.number} ${goal.shortTitle}`, width: 16, numeric: true })),
    ],
    overview.ambition.source,
    'Het aantal projecten dat via een van de kolommen van de doelstelling bijdraagt.',
  );
}

function phaseSection(overview: PortfolioOverview): ExportSection {
  const table = new SectionBuilder(2);
  const known = new Set<string>(PHASES);
  const phases = [
    ...PHASES.filter((phase) => phase in overview.phaseCounts),
    ...Object.keys(overview.phaseCounts).filter((phase) => !known.has(phase)),
  ];
  for (const phase of phases) table.row([phase, overview.phaseCounts[phase] ?? 0]);
  table.row(['Projecten zonder einddatum', overview.flagged.withoutEndDate], true);
  table.row(
    ['Projecten zonder antwoord op "wat gaan we niet meer doen?"', overview.flagged.loslatenOpen],
    true,
  );
  return table.section(
    'Projecten per fase',
    [
      { header: 'Fase', width: 56 },
      { header: 'Aantal projecten', width: 16, numeric: true },
    ],
    overview.ambition.source,
  );
}

// ——— Bijlage 2: capacity ———

const CAPACITY_SECTIONS: Record<CapacitySection, string> = {
  committed: 'Toegezegde capaciteit',
  doorloop: 'Doorlopende projecten',
  nieuw: 'Nieuwe projecten',
  randvoorwaardelijk: 'Randvoorwaardelijk aan de toekomstagenda',
  projectgroep: 'Projectgroep',
};

/**
 * "Projectleider, Vaals (150 uur)", "Beleidsadviseur, Vaals", "Projectleider: nog in te vullen":
 * roles, never names, with the share of the line's hours where the split is known.
 */
export function assignmentText(assignment: CapacityAssignment): string {
  const where = assignment.gemeenteCode ? gemeenteName(assignment.gemeenteCode) : assignment.organisation;
  let text = where ? `${assignment.role}, ${where}` : assignment.role;
  if (assignment.hours !== null) text += ` (${dutchNumber(assignment.hours)} uur)`;
  if (!assignment.filled) text += ': nog in te vullen';
  if (assignment.note) text += ` (${assignment.note})`;
  return text;
}

/** Bijlage 2: every line per section with its capacity and who fills it, then the totals. */
export function capacityDocument(overview: CapacityOverview, generatedAt: string): ExportDocument {
  const table = new SectionBuilder(6);
  for (const [section, label] of Object.entries(CAPACITY_SECTIONS) as [CapacitySection, string][]) {
    const lines = overview.lines.filter((line) => line.section === section);
    if (lines.length === 0) continue;
    table.heading(label);
    for (const line of lines)
      table.row([
        line.label,
        line.capacity.text,
        line.capacity.hoursPerYear,
        line.capacity.fte,
        line.capacity.toBeDetermined ? 'nog te bepalen' : null,
        line.assignments.length > 0 ? line.assignments.map(assignmentText).join('\n') : 'nog in te vullen',
      ]);
  }
  const { totals } = overview;
  table.row(
    [
      'Totaal (berekend)',
      null,
      totals.hoursPerYear,
      totals.fte,
      `${totals.toBeDetermined} nog te bepalen`,
      `${totals.unfilled} nog in te vullen`,
    ],
    true,
  );
  const lines = table.section(
    'Capaciteit per project',
    [
      { header: 'Project of onderdeel', width: 44 },
      { header: 'Capaciteit volgens bron', width: 22 },
      { header: 'Uren per jaar', width: 12, numeric: true },
      { header: 'Fte', width: 8, numeric: true },
      { header: 'Nog te bepalen', width: 14 },
      { header: 'Rol en gemeente', width: 48 },
    ],
    overview.note,
  );

  const summary = new SectionBuilder(3);
  summary.row(['Uren per jaar (berekend)', totals.hoursPerYear, null]);
  summary.row(['Fte (berekend)', totals.fte, null]);
  summary.row(['Regels met capaciteit nog te bepalen', totals.toBeDetermined, null]);
  summary.row(['Regels zonder uren', totals.withoutHours.length, totals.withoutHours.join('\n') || null]);
  summary.row(['Rollen nog in te vullen', totals.unfilled, null]);
  const perGemeente = new SectionBuilder(3);
  for (const entry of totals.perGemeente)
    perGemeente.row([entry.name || gemeenteName(entry.gemeenteCode), entry.assignments, entry.hours]);
  return {
    title: 'Toekomstagenda: capaciteit (Bijlage 2)',
    subtitle: 'Inzet per project en onderdeel, met de rol en de gemeente die de capaciteit levert',
    generatedAt,
    sections: [
      lines,
      summary.section(
        'Totalen capaciteit',
        [
          { header: 'Omschrijving', width: 44 },
          { header: 'Aantal', width: 12, numeric: true },
          { header: 'Welke', width: 60 },
        ],
        overview.note,
      ),
      perGemeente.section(
        'Rollen en uren per gemeente',
        [
          { header: 'Gemeente', width: 44 },
          { header: 'Rollen', width: 12, numeric: true },
          { header: 'Uren per jaar', width: 14, numeric: true },
        ],
        overview.note,
        'De uren tellen alleen de rollen waarvan het aandeel in de uren van de regel bekend is.',
      ),
    ],
  };
}

// ——— timeline ———

/** Per project its kind, dates and the phases it went through, one step a line. */
export function timelineDocument(timeline: Timeline, generatedAt: string): ExportDocument {
  const table = new SectionBuilder(6);
  for (const row of timeline.rows) {
    const steps = row.steps.map((step) => {
      let text = step.phase ?? 'fase onbekend';
      if (step.from) text += ` vanaf ${dutchDate(step.from)}`;
      if (step.text) text += `: ${step.text}`;
      return text;
    });
    table.row([
      row.name,
      row.domain ? `${KIND_LABELS[row.kind]}: ${DOMAIN_LABELS[row.domain]}` : KIND_LABELS[row.kind],
      row.phase,
      dutchDate(row.startDate),
      dutchDate(row.endDate) ?? 'geen einddatum',
      steps.length > 0 ? steps.join('\n') : 'geen fasen vastgelegd',
    ]);
  }
  return {
    title: 'Toekomstagenda: tijdlijn van de projecten',
    subtitle: null,
    generatedAt,
    sections: [
      table.section(
        'Tijdlijn',
        [
          { header: 'Project', width: 40 },
          { header: 'Soort', width: 24 },
          { header: 'Huidige fase', width: 14 },
          { header: 'Start', width: 11 },
          { header: 'Einde', width: 14 },
          { header: 'Fasen', width: 56 },
        ],
        'Samenhang: de projecten van de Toekomstagenda en hun fasewijzigingen',
      ),
    ],
  };
}
