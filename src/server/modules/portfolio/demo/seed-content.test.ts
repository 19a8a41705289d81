import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeedContent, parseSeedContent, SEED_CONTENT_FILE } from './seed-content';

const content = loadSeedContent();
const raw = fs.readFileSync(SEED_CONTENT_FILE, 'utf8');

/** Bijlage 1's columns left to right: KO1 and KO2 (doelstelling 1), doelstelling 2, KO3, KO4. */
const COLUMNS = ['KO1', 'KO2', 'D2', 'KO3', 'KO4'] as const;

/**
 * The people the two sources name (Bijlage 2, the cover line, the Jaarplan's quotes, casus and
 * DVO's), as the first 16 hex digits of the SHA-256 of the lowercased name: the test proves they
 * are gone without writing them down again. Multi-word names ("van de …") hash with single spaces.
 */
const REMOVED_NAME_HASHES = new Set([
  'f3b75dc171ed81d5',
  '70b5bdb210f523e8',
  'd31daf5c9d13fc28',
  'f7581dfe1ebbe87d',
  '7e4d6d7c3b7682d2',
  'df47a6e24a7f23c2',
  '35cf256d3078d8b9',
  'c3cb16b662d1aa79',
  'dcaf0ba4b0da3a38',
  '5065dac81d9d03df',
  '9d2c5fde0ae9036f',
  '79fe4c43a919209a',
  '77173ace11f118f4',
  '95a8f6568fa7ad6a',
  '874296771feca16e',
  '0a5d17d3b19f82f8',
  '8d4ba8e962425ff2',
  'c4cf94e75b6067e8',
  'db285d6c0fd5399a',
  '197edd054cf5deff',
  'e54d3c1bb7228300',
  '9b2ebd0bf1dfa368',
  '904294d8c54b1c63',
  '87a0acaec00fa34a',
  'f6018e66716a3e67',
  'd8a4b2c1cbe23ca0',
  '83c2e7db8aee0278',
  '91da3e20b4e48afd',
  '783e28b59849da3f',
  '735a042d60ba1aaf',
  '32987c4b7a9fb90e',
  '5ad9ce750a0f0c91',
  '620c42e3c595339d',
  '4c68e614731f7f0d',
  'b23ab94e88f39d6a',
  '1bb8fb602bc1fec4',
]);
const nameHash = (words: string) => createHash('sha256').update(words).digest('hex').slice(0, 16);

/** Every run of one to three words in the file, lowercased, whose hash is a removed name's. */
function removedNamesIn(text: string): string[] {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const found: string[] = [];
  for (let length = 1; length <= 3; length += 1) {
    for (let index = 0; index + length <= words.length; index += 1) {
      const phrase = words.slice(index, index + length).join(' ');
      if (REMOVED_NAME_HASHES.has(nameHash(phrase))) found.push(phrase);
    }
  }
  return found;
}

/** Each Bijlage 1 row's marks as printed, left to right (the text keeps their order, not their columns). */
const PRINTED_MARKS: Record<string, string> = {
  'eigen-kracht': '** * * *',
  'clientondersteuning-breed': '** * *',
  'overgang-18-naar-18-plus': '* * **',
  'een-gezin-een-plan': '* * **',
  competentieontwikkeling: '**',
  'hulp-bij-het-huishouden': '**',
  'algemeen-toegankelijke-dagbesteding': '* **',
  'regionaal-tevredenheidsonderzoek': '* **',
  'beschermd-wonen': '* **',
  'evaluatie-inkoop-wmo-jeugd': '*',
  'monitoring-toekomstagenda': '* * * * *',
  'communicatie-evi-panels': '* * * * *',
  'jgz-subsidie-0-4-envida': '*',
  'jgz-programmalijn-jeugd-ggd': '*',
  'jgz-toekomst-0-18': '*',
  'informele-ondersteuning-inkoop-bor': '*',
  'informele-ondersteuning-buurtgezinnen': '*',
  'informele-ondersteuning-cliq-panel': '*',
  'aanpassing-verordening-jeugdhulp': '*',
  'cjg-043': '*',
  'stresstest-jeugd': '* *',
  'passend-onderwijs-jeugdhulp-knooppunt-po-vo': '*',
  'passend-onderwijs-jeugdhulp-oogo': '*',
  'passend-onderwijs-jeugdhulp-schoolmaatschappelijk-werk': '*',
  'aanpak-kindermishandeling': '*',
  'smi-wko': '*',
  'wmo-evaluatie-verordening-en-besluit': '**',
  'wmo-pgb': '**',
  'wmo-clientondersteuning': '** * * * *',
  'wmo-eigen-bijdrage-beleid': '* **',
  'wmo-vervoer': '**',
  'wmo-contractbeheer-voorzieningen': '* **',
  'wmo-nieuwe-taken-borgen-input': '**',
  'wmo-beleid-hoge-zorgkosten-laag-inkomen': '* * **',
  'wmo-wijkverpleging-s1': '* *',
  'wmo-ketenzorg-dementie': '* * *',
  'wmo-toezicht-toezichthoudend-ambtenaar': '**',
  'wmo-toezicht-rechtmatigheid-pgb': '**',
  'wmo-kortdurend-verblijf-respijtzorg': '* * *',
  'wmo-voorzittersoverleg-adviesraden': '*',
  'wmo-veilig-thuis': '* *',
  'pw-arbeidsmarkttoeleiding': '**',
  'pw-samenwerking-mh-zlb': '**',
  'pw-afstemming-werkgeversdienstverlening-zlb': '**',
  'pw-sectorplannen-vdl-mtc': '**',
  'pw-grensoverschrijdende-arbeidsmarktbenadering': '**',
  'pw-werkgeversarrangement': '*',
  'pw-optimalisatie-uitvoering-pw': '** *',
  'pw-evaluatie-reintegratie-instrumentarium': '**',
  'pw-toekomst-en-opdracht-twb': '** *',
  'pw-verplichting-beschut-werk': '** *',
  'pw-pilot-alternatief-beschut-werk': '** *',
  'pw-regionale-verbreding-projecten': '* **',
  'pw-reintegratie-voorzieningen': '** *',
  'pw-clientenparticipatie-pw-wsw': '** *',
  'pw-regionale-armoede-aanpak': '* **',
  'pw-beleidsplan-schuldhulpverlening': '* **',
  'pw-samenwerking-kredietbank': '* **',
  'pw-vereenvoudiging-bijzondere-bijstand': '**',
  'transformatie-szmh': '* ** * *',
};

/** New in 2018–2019 (§3.1b, §3.1c): not in Bijlage 1, so without printed marks and outside its totals. */
const NEW_IN_2018 = ['passend-onderwijs', 'samen-leren'];

type Project = (typeof content.projects)[number];

/** The Bijlage 1 section a project was counted in (2016–2017), or null for the items new in 2018–2019. */
function bijlage1Section(project: Project): string | null {
  if (project.history.some((event) => event.kind === 'aangemaakt')) return null;
  const kindChange = project.history.find(
    (event) =>
      event.kind === 'soort' && (event.fromValue === 'toekomstagenda' || event.fromValue === 'going-concern'),
  );
  const kindThen = kindChange?.fromValue ?? project.kind;
  if (kindThen === 'toekomstagenda') return 'toekomstagenda';
  return project.domain;
}

function countPerColumn(projects: Project[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(COLUMNS.map((column) => [column, 0]));
  for (const project of projects)
    for (const contribution of project.contributions)
      counts[contribution.columnKey] = (counts[contribution.columnKey] ?? 0) + 1;
  return counts;
}

const stated = (section: string) =>
  content.statedMatrixTotals.find((total) => total.section === section)?.perColumn;

describe('seed content', () => {
  it('validates against SeedContent', () => {
    expect(content.projects.length).toBe(62);
    expect(content.ambition.goals.map((goal) => goal.shortTitle)).toEqual([
      'Individuele eigen kracht',
      'Collectieve eigen kracht',
      'Burger centraal',
      'Blijvende ondersteuning',
    ]);
    expect(content.ambition.coreTasks.map((task) => task.goalNumber)).toEqual([1, 1, 3, 4]);
  });

  it('a broken file is refused with the path of the failing field', () => {
    const broken = JSON.parse(raw);
    broken.projects[3].contributions[0].columnKey = 'K1';
    broken.risks[0].code = 'X1';
    expect(() => parseSeedContent(broken, 'seed-content.json')).toThrow(
      /seed-content\.json[\s\S]*projects\[3\]\.contributions\[0\]\.columnKey[\s\S]*risks\[0\]\.code/,
    );
  });

  it('names no person from the sources', () => {
    expect(REMOVED_NAME_HASHES.size).toBe(36);
    expect(removedNamesIn(raw)).toEqual([]);
  });

  it('has unique project keys and every projectKey reference resolves', () => {
    const keys = content.projects.map((project) => project.key);
    expect(new Set(keys).size).toBe(keys.length);
    const known = new Set(keys);
    const references = [
      ...content.capacityLines.flatMap((line) => (line.projectKey ? [line.projectKey] : [])),
      ...content.decisions.flatMap((decision) => decision.projectKeys),
      ...content.evi.flatMap((theme) => theme.projectKeys),
    ];
    expect(references.length).toBeGreaterThan(0);
    expect(references.filter((key) => !known.has(key))).toEqual([]);
  });

  it('keeps every Bijlage 1 row in order with its printed marks, and puts them in the matrix columns left to right', () => {
    const inBijlage1 = content.projects.filter((project) => !NEW_IN_2018.includes(project.key));
    expect(inBijlage1.map((project) => project.key)).toEqual(Object.keys(PRINTED_MARKS));
    for (const project of inBijlage1) {
      const positions = project.contributions.map((contribution) =>
        COLUMNS.indexOf(contribution.columnKey as (typeof COLUMNS)[number]),
      );
      expect(
        positions.every((position) => position >= 0),
        project.key,
      ).toBe(true);
      expect(
        positions.every((position, i) => i === 0 || position > (positions[i - 1] ?? -1)),
        project.key,
      ).toBe(true);
      const marks = project.contributions.map((contribution) =>
        contribution.level === 'primair' ? '**' : '*',
      );
      expect(marks.join(' '), project.key).toBe(PRINTED_MARKS[project.key]);
    }
  });

  it('counts per section and column exactly the Totaal rows of Bijlage 1', () => {
    const bySection = (section: string) =>
      content.projects.filter((project) => bijlage1Section(project) === section);
    expect(
      content.projects.filter((project) => bijlage1Section(project) === null).map((project) => project.key),
    ).toEqual(NEW_IN_2018);
    const toekomstagenda = bySection('toekomstagenda');
    expect(toekomstagenda.map((project) => project.key)).toContain('hulp-bij-het-huishouden');
    expect(toekomstagenda.map((project) => project.key)).toContain('beschermd-wonen');
    expect(toekomstagenda).toHaveLength(12);

    expect(countPerColumn(toekomstagenda)).toEqual(stated('toekomstagenda'));
    expect(countPerColumn(bySection('jeugd'))).toEqual(stated('jeugd'));
    expect(countPerColumn(bySection('wmo'))).toEqual(stated('wmo'));
    expect(countPerColumn(bySection('participatiewet'))).toEqual(stated('participatiewet'));
    const goingConcern = content.projects.filter((project) => {
      const section = bijlage1Section(project);
      return section !== null && section !== 'toekomstagenda';
    });
    expect(goingConcern.filter((project) => project.domain === 'transformatie-szmh')).toHaveLength(1);
    expect(countPerColumn(goingConcern)).toEqual(stated('going-concern'));
  });

  it('has the eight risks of the Jaarplan', () => {
    expect(content.risks.map((risk) => risk.code)).toEqual(['M1', 'M2', 'M3', 'I1', 'I2', 'I3', 'I4', 'I5']);
    expect(content.risks.every((risk) => risk.likelihood === null && risk.impact === null)).toBe(true);
  });

  it('formation lines run 346.15 → 349.75 → 344.55 and match the printed subtotals', () => {
    const round = (value: number) => Math.round(value * 100) / 100;
    const { formation } = content.finance;
    expect(formation.opening.fte).toBe(346.15);
    let balance = formation.opening.fte;
    for (const step of formation.steps) {
      const subtotal = round(step.lines.reduce((sum, line) => sum + (line.fte ?? 0), 0));
      if (step.statedSubtotal !== null) expect(subtotal, step.label).toBe(step.statedSubtotal);
      balance = round(balance + subtotal);
      if (step.balanceAfter) expect(balance, step.label).toBe(step.balanceAfter.statedFte);
    }
    expect(formation.steps[0]?.balanceAfter?.statedFte).toBe(349.75);
    expect(balance).toBe(344.55);
    expect(formation.closing.statedFte).toBe(344.55);
  });

  it('investment lines add up per year to the printed spending', () => {
    const { investment } = content.finance;
    const perYear = investment.years.map((_, i) =>
      investment.groups.reduce(
        (sum, group) => sum + group.lines.reduce((groupSum, line) => groupSum + (line.amounts[i] ?? 0), 0),
        0,
      ),
    );
    expect(perYear).toEqual([350000, 250000, 150000]);
    expect(investment.statedSpending).toEqual(perYear);
  });

  it('efficiency measures: fte, revenue and other costs add up to the printed totals', () => {
    const { efficiency } = content.finance;
    const round = (value: number) => Math.round(value * 100) / 100;
    const lines = efficiency.years.flatMap((year) => year.lines);
    for (const year of efficiency.years)
      expect(round(year.lines.reduce((sum, line) => sum + (line.fte ?? 0), 0)), String(year.year)).toBe(
        year.statedFte,
      );
    expect(round(lines.reduce((sum, line) => sum + (line.fte ?? 0), 0))).toBe(efficiency.statedTotals.fte);
    expect(lines.reduce((sum, line) => sum + (line.revenue ?? 0), 0)).toBe(efficiency.statedTotals.revenue);
    expect(lines.reduce((sum, line) => sum + (line.otherCosts ?? 0), 0)).toBe(
      efficiency.statedTotals.otherCosts,
    );
  });

  it('annual-plan actions are due on the last day of their quarter or year', () => {
    const lastDay: Record<string, string> = {
      'Q1 2018': '2018-03-31',
      'Q2 2018': '2018-06-30',
      'Q3 2018': '2018-09-30',
      'Q4 2018': '2018-12-31',
      'Geheel 2018': '2018-12-31',
      '2018': '2018-12-31',
    };
    const { actions } = content.annualPlan;
    expect(actions.filter((action) => action.kind === 'jaarplan')).toHaveLength(21);
    expect(actions.filter((action) => action.kind === 'i-en-a').map((action) => action.code)).toEqual([
      '18-46',
      '18-52',
      '18-60',
      '18-80',
    ]);
    for (const action of actions) {
      const printed = action.dueText.replace(/ \(.*\)$/, '');
      expect(action.dueDate, action.title).toBe(lastDay[printed]);
    }
  });
});
