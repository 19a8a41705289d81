import {
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import { Link } from '@tanstack/react-router';
import { ROLE_LABELS } from '../../../shared/roles';
import { CASE_WORK, hasRole, useSession } from '../../api/session';
import { PageTitle } from '../../components/PageTitle';
import { nl } from '../../messages/nl';
import { AreasTable } from '../Areas/AreasPage';

export function HomePage() {
  const { user } = useSession();
  if (!user) return null;
  return (
    <>
      <PageTitle>{nl.home.title(user.displayName)}</PageTitle>
      <div className="samenhang-panel">
        <Paragraph>
          <strong>{nl.home.roles}:</strong> {user.roles.map((role) => ROLE_LABELS[role]).join(', ')}
        </Paragraph>
        <Paragraph>
          <strong>{nl.home.teams}:</strong>{' '}
          {user.teams.length ? user.teams.map((team) => team.name).join(', ') : nl.home.noTeams}
        </Paragraph>
      </div>
      {hasRole(user, ...CASE_WORK) ? (
        <section aria-labelledby="casework">
          <Heading level={2} id="casework">
            {nl.nav.persons}
          </Heading>
          <Paragraph>{nl.home.caseWork}</Paragraph>
          <UnorderedList>
            <UnorderedListItem>
              <Link to="/meldingen/nieuw">{nl.intake.newIntake}</Link>
            </UnorderedListItem>
            <UnorderedListItem>
              <Link to="/meldingen">{nl.nav.intakes}</Link>
            </UnorderedListItem>
            <UnorderedListItem>
              <Link to="/werkvoorraad">{nl.nav.workQueue}</Link>
            </UnorderedListItem>
            <UnorderedListItem>
              <Link to="/personen">{nl.home.searchAction}</Link>
            </UnorderedListItem>
            <UnorderedListItem>
              <Link to="/personen/nieuw">{nl.home.registerAction}</Link>
            </UnorderedListItem>
          </UnorderedList>
        </section>
      ) : null}
      {hasRole(user, 'beleid', 'bestuur') ? (
        <section aria-labelledby="figures">
          <Heading level={2} id="figures">
            {nl.areas.title}
          </Heading>
          <Paragraph>{nl.home.policy}</Paragraph>
          <AreasTable level="gemeente" />
        </section>
      ) : null}
      {hasRole(user, 'functioneel-beheer') ? (
        <section aria-labelledby="admin">
          <Heading level={2} id="admin">
            {nl.home.adminTitle}
          </Heading>
          <Paragraph>{nl.home.admin}</Paragraph>
          <UnorderedList>
            <UnorderedListItem>
              <Link to="/beheer/teams">{nl.nav.teams}</Link>
            </UnorderedListItem>
            <UnorderedListItem>
              <Link to="/beheer/gebruikers">{nl.nav.users}</Link>
            </UnorderedListItem>
            <UnorderedListItem>
              <Link to="/beheer/zaaktypen">{nl.nav.caseTypes}</Link>
            </UnorderedListItem>
            <UnorderedListItem>
              <Link to="/beheer/feestdagen">{nl.nav.decreedDays}</Link>
            </UnorderedListItem>
            <UnorderedListItem>
              <Link to="/gebieden">{nl.nav.areas}</Link>
            </UnorderedListItem>
          </UnorderedList>
        </section>
      ) : null}
      {hasRole(user, 'privacy') ? (
        <section aria-labelledby="privacy">
          <Heading level={2} id="privacy">
            {nl.nav.privacy}
          </Heading>
          <Paragraph>{nl.home.privacy}</Paragraph>
          <Link to="/privacy">{nl.privacy.title}</Link>
        </section>
      ) : null}
      {hasRole(user, 'inwoner') ? <Paragraph>{nl.home.citizen}</Paragraph> : null}
    </>
  );
}
