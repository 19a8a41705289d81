import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Link } from '@tanstack/react-router';
import type { HouseholdOverview } from '../../../shared/api/household-view';
import { DataTable } from '../../components/DataTable';
import { formatDate } from '../../components/format';
import { nl } from '../../messages/nl';

export function HouseholdMembers(props: { members: HouseholdOverview['members'] }) {
  return (
    <section aria-labelledby="leden">
      <Heading level={2} id="leden">
        {nl.household.members}
      </Heading>
      <DataTable
        caption={nl.household.caption}
        rows={props.members}
        rowKey={(member) => member.personId}
        columns={[
          {
            header: nl.search.columns.name,
            rowHeader: true,
            cell: (member) => (
              <Link to="/personen/$id" params={{ id: member.personId }}>
                {member.displayName}
              </Link>
            ),
          },
          { header: nl.search.columns.birthDate, cell: (member) => formatDate(member.birthDate) },
          {
            header: nl.household.relation,
            cell: (member) => nl.household.relations[member.relation] ?? member.relation,
          },
        ]}
      />
    </section>
  );
}

/** The latest self-sufficiency score per member and life domain. */
export function HouseholdScores(props: { scores: HouseholdOverview['scores']; names: Map<string, string> }) {
  const text = nl.household.scores;
  return (
    <section aria-labelledby="zelfredzaamheid">
      <Heading level={2} id="zelfredzaamheid">
        {text.title}
      </Heading>
      {props.scores.length === 0 ? (
        <Paragraph>{text.empty}</Paragraph>
      ) : (
        <DataTable
          caption={text.caption}
          rows={props.scores}
          rowKey={(score) => `${score.personId}-${score.lifeDomain}`}
          columns={[
            { header: text.person, rowHeader: true, cell: (score) => props.names.get(score.personId) ?? '—' },
            { header: text.domain, cell: (score) => text.domains[score.lifeDomain] ?? score.lifeDomain },
            {
              header: text.score,
              cell: (score) => `${score.score} — ${text.labels[score.score] ?? ''}`,
            },
            { header: text.assessed, cell: (score) => formatDate(score.assessedOn) },
          ]}
        />
      )}
    </section>
  );
}
