import type {
  AnnualPlan,
  CapacityOverview,
  CheckedTotal,
  DecisionList,
  EviOverview,
  FinanceOverview,
  PortfolioOverview,
  ProjectSummary,
  RiskRegister,
  Timeline,
} from '../../../../shared/api/portfolio';

// Small hand-made read models for the export tests: invented, kept apart from the builders so the
// exports never depend on them. Every total that differs from its source says so on purpose.

export const GENERATED_AT = '2026-03-02T09:30:00.000Z';

/** A v4-shaped id from a number, so the samples read as the API sends them. */
export const sampleId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A checked total; the difference as the server computes it. */
export function checked(computed: number, stated: number | null = computed): CheckedTotal {
  return { computed, stated, difference: stated === null ? null : computed - stated };
}

function project(n: number, fields: Partial<ProjectSummary> & Pick<ProjectSummary, 'name'>): ProjectSummary {
  return {
    id: sampleId(n),
    version: 1,
    groupLabel: null,
    kind: 'toekomstagenda',
    domain: null,
    precondition: false,
    phase: 'Uitvoering',
    prioritisation: 'geprioriteerd',
    contributions: [],
    leaderRole: 'Projectleider',
    leaderGemeenteCode: 'GM0935',
    startDate: '2018-01-01',
    endDate: '2019-12-31',
    capacity: { hoursPerYear: 300, fte: null, toBeDetermined: false, text: '300 uur' },
    flags: [],
    meetsCriteria: true,
    ...fields,
  };
}

export function sampleOverview(): PortfolioOverview {
  return {
    ambition: {
      title: 'Iedereen doet mee in Maastricht Heuvelland',
      statement: 'Inwoners krijgen de ondersteuning die past.',
      horizonYear: 2025,
      goals: [
        { number: 1, title: 'Eigen kracht versterken', shortTitle: 'Eigen kracht' },
        { number: 2, title: 'Lokale opgave', shortTitle: 'Lokaal' },
        { number: 3, title: 'Integraal werken', shortTitle: 'Integraal' },
      ],
      coreTasks: [
        { number: 1, title: 'Preventie', goalNumber: 1 },
        { number: 2, title: 'Toegang', goalNumber: 1 },
        { number: 3, title: 'Samenwerking', goalNumber: 3 },
      ],
      columns: [
        { key: 'KO1', goalNumber: 1, coreTaskNumber: 1, title: 'Preventie' },
        { key: 'KO2', goalNumber: 1, coreTaskNumber: 2, title: 'Toegang' },
        { key: 'D2', goalNumber: 2, coreTaskNumber: null, title: 'Lokale opgave' },
        { key: 'KO3', goalNumber: 3, coreTaskNumber: 3, title: 'Samenwerking' },
      ],
      criteria: ['innovatief', 'integraal', 'regionaal', 'doelstellingen'],
      source: 'Toekomstagenda Actieplan 2018-2019, Bijlage 1',
    },
    projects: [
      project(1, {
        name: 'Integrale toegang',
        contributions: [
          { columnKey: 'KO2', level: 'primair' },
          { columnKey: 'KO3', level: 'draagt-bij' },
        ],
      }),
      project(2, {
        name: 'Beschermd wonen',
        kind: 'going-concern',
        domain: 'wmo',
        phase: 'Continu',
        contributions: [{ columnKey: 'KO1', level: 'primair' }],
      }),
      project(3, {
        name: 'Regionaal inkoopkader',
        precondition: true,
        phase: 'Besluit',
        contributions: [{ columnKey: 'D2', level: 'draagt-bij' }],
      }),
      project(4, {
        name: 'Stevig ouderschap',
        groupLabel: 'Jeugdgezondheidszorg 0-18 jaar',
        kind: 'going-concern',
        domain: 'jeugd',
        phase: null,
        contributions: [
          { columnKey: 'KO1', level: 'draagt-bij' },
          { columnKey: 'KO3', level: 'primair' },
        ],
      }),
    ],
    totals: [
      {
        section: 'toekomstagenda',
        label: 'Totaal toekomstagenda',
        perColumn: { KO1: checked(0, 0), KO2: checked(1, 1), D2: checked(1, null), KO3: checked(1, 2) },
        perGoal: { '1': 1, '2': 1, '3': 1 },
      },
      {
        section: 'going-concern',
        label: 'Totaal going concern',
        perColumn: { KO1: checked(2, 2), KO2: checked(0, 0), D2: checked(0, 0), KO3: checked(1, 1) },
        perGoal: { '1': 2, '2': 0, '3': 1 },
      },
    ],
    phaseCounts: { Uitvoering: 1, Besluit: 1, Continu: 1 },
    flagged: { withoutEndDate: 0, loslatenOpen: 2 },
  };
}

export function sampleCapacity(): CapacityOverview {
  return {
    lines: [
      {
        id: sampleId(11),
        version: 1,
        section: 'committed',
        label: 'Integrale toegang',
        projectId: sampleId(1),
        capacity: { hoursPerYear: 1200.5, fte: 0.8, toBeDetermined: false, text: '1.200 uur' },
        assignments: [
          {
            role: 'Projectleider',
            gemeenteCode: 'GM1903',
            organisation: null,
            filled: true,
            hours: null,
            note: null,
          },
          {
            role: 'Beleidsadviseur',
            gemeenteCode: 'GM0981',
            organisation: null,
            filled: false,
            hours: null,
            note: null,
          },
        ],
      },
      {
        id: sampleId(12),
        version: 1,
        section: 'nieuw',
        label: 'Regionaal inkoopkader',
        projectId: sampleId(3),
        capacity: { hoursPerYear: null, fte: null, toBeDetermined: true, text: 'notk' },
        assignments: [],
      },
    ],
    totals: {
      hoursPerYear: 1200.5,
      fte: 0.8,
      toBeDetermined: 1,
      withoutHours: ['Regionaal inkoopkader'],
      unfilled: 1,
      perGemeente: [
        { gemeenteCode: 'GM1903', name: 'Eijsden-Margraten', assignments: 1, hours: 0 },
        { gemeenteCode: 'GM0981', name: 'Vaals', assignments: 1, hours: 0 },
      ],
    },
    note: 'Toekomstagenda Actieplan 2018-2019, Bijlage 2',
  };
}

export function sampleTimeline(): Timeline {
  return {
    rows: [
      {
        projectId: sampleId(1),
        name: 'Integrale toegang',
        kind: 'toekomstagenda',
        domain: null,
        phase: 'Uitvoering',
        startDate: '2018-01-01',
        endDate: null,
        steps: [
          { phase: 'Planvorming', from: '2018-01-01', text: null },
          { phase: 'Uitvoering', from: '2019-03-01', text: 'na besluit portefeuillehoudersoverleg' },
        ],
      },
    ],
  };
}

export function sampleRisks(): RiskRegister {
  return {
    today: '2026-03-02',
    risks: [
      {
        id: sampleId(21),
        version: 1,
        code: 'M1',
        kind: 'materieel',
        title: 'Budget overschreden',
        description: 'De uitgaven aan jeugdhulp stijgen harder dan begroot.',
        controlMeasure: 'Maandelijkse monitoring van de uitgaven.',
        ownerRole: 'Directeur',
        likelihood: 4,
        impact: 3,
        score: 12,
        reviewDate: '2026-01-15',
        reviewOverdue: true,
        status: 'open',
        source: 'Risicoparagraaf Actieplan 2018-2019',
      },
      {
        id: sampleId(22),
        version: 1,
        code: 'I1',
        kind: 'immaterieel',
        title: '=Draagvlak',
        description: 'Draagvlak bij de gemeenteraden neemt af.',
        controlMeasure: 'Raadsinformatiebijeenkomsten.',
        ownerRole: null,
        likelihood: null,
        impact: null,
        score: null,
        reviewDate: null,
        reviewOverdue: false,
        status: 'open',
        source: 'Risicoparagraaf Actieplan 2018-2019',
      },
    ],
  };
}

export function sampleAnnualPlan(): AnnualPlan {
  return {
    year: 2018,
    referenceDate: '2018-10-01',
    actions: [
      {
        id: sampleId(31),
        version: 2,
        kind: 'jaarplan',
        code: '1.1',
        theme: 'Toegang',
        topic: 'Eén loket',
        title: 'Loket inrichten',
        subActions: ['Locatie kiezen', 'Medewerkers opleiden'],
        dueText: 'Q3 2018',
        dueDate: '2018-09-30',
        ownerRole: 'Teamleider toegang',
        status: 'loopt',
        overdue: true,
        notes: [{ at: '2018-09-12T08:00:00.000Z', text: 'Locatie gekozen.', authorName: 'Beleidsadviseur' }],
        source: 'Jaarplan 2018 SZMH',
      },
    ],
    counts: { gepland: 0, loopt: 1, gereed: 0, vervallen: 0 },
    overdue: 1,
  };
}

export function sampleEvi(): EviOverview {
  return {
    themes: [
      {
        id: sampleId(41),
        name: 'Mantelzorg',
        period: '2018',
        description: 'Ervaringen van mantelzorgers.',
        sessions: [
          {
            id: sampleId(42),
            heldOn: '2018-05-14',
            dateText: null,
            participants: 12,
            participantsText: null,
            description: 'Eerste bijeenkomst',
            cancelled: false,
          },
        ],
        findings: [
          { id: sampleId(43), kind: 'verbetering', text: 'Eén contactpersoon.', sessionId: sampleId(42) },
        ],
        projects: [{ id: sampleId(1), name: 'Integrale toegang' }],
        source: 'Verslag EVI-panel mantelzorg 2018',
      },
    ],
  };
}

export function sampleDecisions(): DecisionList {
  return {
    decisions: [
      {
        id: sampleId(51),
        body: 'portefeuillehoudersoverleg',
        meeting: 'PHO Sociaal domein',
        decidedOn: '2018-06-21',
        dateText: null,
        subject: 'Prioritering projecten',
        decision: 'De projecten worden geprioriteerd zoals voorgesteld.',
        source: 'Besluitenlijst PHO 21 juni 2018',
        projects: [{ id: sampleId(1), name: 'Integrale toegang' }],
      },
    ],
  };
}

export function sampleFinance(): FinanceOverview {
  return {
    investment: {
      title: 'Investeringsagenda',
      years: [2018, 2019],
      groups: [
        {
          label: 'Toegang',
          lines: [
            { label: 'Integrale toegang', amounts: [150000, 250000] },
            { label: 'Inkoopkader', amounts: [50000, 0] },
          ],
        },
      ],
      spendingPerYear: [checked(200000, 210000), checked(250000)],
      openingBalance: [checked(1000000), checked(800000, 790000)],
      closingBalance: [checked(800000, 790000), checked(550000, 540000)],
      note: 'Bedragen in euro.',
      source: 'Toekomstagenda Actieplan 2018-2019, investeringsagenda',
    },
    formation: {
      title: 'Formatieanalyse',
      opening: { label: 'Formatie 1 januari 2018', fte: 120.5 },
      steps: [
        {
          label: 'Uitbreiding',
          lines: [{ function: 'Consulent', scale: '9', fte: 2.5, explanation: 'Meer aanvragen' }],
          subtotal: checked(2.5, 2),
          balance: { label: 'Formatie na uitbreiding', fte: checked(123, 122.5) },
        },
      ],
      closing: { label: 'Formatie 1 januari 2019', fte: checked(123, 122.5) },
      note: 'Fte volgens de begroting.',
      source: 'Formatieanalyse SZMH 2018',
    },
    efficiency: {
      title: 'Efficiencymaatregelen',
      years: [
        {
          year: 2019,
          lines: [
            {
              function: 'Administratief medewerker',
              profile: 'B',
              formation: 4,
              scale: '6',
              fte: 1,
              revenue: 55000,
              otherCosts: 5000,
              incidental: null,
            },
          ],
          formation: checked(4),
          fte: checked(1),
          total: checked(60000, 61000),
        },
      ],
      totals: {
        formation: checked(4),
        fte: checked(1),
        revenue: checked(55000),
        otherCosts: checked(5000),
        total: checked(60000, 61000),
      },
      target: 50000,
      againstTarget: 10000,
      note: 'Positief: de maatregelen leveren meer op dan de taakstelling.',
      source: 'Efficiencyplan SZMH 2019',
    },
  };
}
