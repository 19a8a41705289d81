import { Link as NldsLink, Paragraph } from '@rijkshuisstijl-community/components-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { PortfolioExportView } from '../../../shared/api/portfolio';
import { hasRole, useSession } from '../../api/session';
import { PageTitle } from '../../components/PageTitle';
import { nl } from '../../messages/nl';
import { PORTFOLIO_EDITORS, PORTFOLIO_READERS } from './portfolio';
import { exportHref } from './portfolioApi';
import './portfolio.css';

const t = nl.portfolio;

/** Whether the user may change the portfolio (the procesmanager and functioneel beheer). */
export function useCanEdit(): boolean {
  const { user } = useSession();
  return hasRole(user, ...PORTFOLIO_EDITORS);
}

const LINKS = [
  { to: '/toekomstagenda', label: t.links.matrix, exact: true },
  { to: '/toekomstagenda/capaciteit', label: t.links.capaciteit },
  { to: '/toekomstagenda/tijdlijn', label: t.links.tijdlijn },
  { to: '/toekomstagenda/risicos', label: t.links.risicos },
  { to: '/toekomstagenda/jaarplan', label: t.links.jaarplan },
  { to: '/toekomstagenda/evi', label: t.links.evi },
  { to: '/toekomstagenda/besluiten', label: t.links.besluiten },
  { to: '/toekomstagenda/financien', label: t.links.financien },
] as const;

/** The portfolio's own pages; a new proposal only for those who may make one. */
export function PortfolioNav() {
  const canEdit = useCanEdit();
  return (
    <nav className="portfolio-subnav" aria-label={t.subnav}>
      <ul>
        {LINKS.map((link) => (
          <li key={link.to}>
            <Link to={link.to} activeOptions={{ exact: 'exact' in link, includeSearch: false }}>
              {link.label}
            </Link>
          </li>
        ))}
        {canEdit ? (
          <li>
            <Link to="/toekomstagenda/nieuw">{t.links.nieuw}</Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** "Download Excel" and "Download PDF" of the view on screen. */
export function ExportLinks(props: {
  view: PortfolioExportView;
  params?: Record<string, string | undefined>;
}) {
  return (
    <Paragraph className="portfolio-downloads">
      <span className="visually-hidden">{t.downloads}: </span>
      <NldsLink href={exportHref(props.view, 'xlsx', props.params)} download>
        {t.downloadXlsx}
      </NldsLink>
      <span aria-hidden="true"> · </span>
      <NldsLink href={exportHref(props.view, 'pdf', props.params)} download>
        {t.downloadPdf}
      </NldsLink>
    </Paragraph>
  );
}

/**
 * A portfolio page: its title, the sub-navigation and the downloads of its export; readers only
 * (the server refuses others too, this says so in words).
 */
export function PortfolioPage(props: {
  title: string;
  intro?: string;
  view?: PortfolioExportView;
  exportParams?: Record<string, string | undefined>;
  editorsOnly?: boolean;
  children: ReactNode;
}) {
  const { user } = useSession();
  const allowed = hasRole(user, ...(props.editorsOnly ? PORTFOLIO_EDITORS : PORTFOLIO_READERS));
  if (!allowed) {
    return (
      <>
        <PageTitle>{nl.errors.forbiddenTitle}</PageTitle>
        {hasRole(user, ...PORTFOLIO_READERS) ? <PortfolioNav /> : null}
        <Paragraph>{props.editorsOnly ? t.editorsOnly : t.forbidden}</Paragraph>
      </>
    );
  }
  return (
    <>
      <PageTitle>{props.title}</PageTitle>
      <PortfolioNav />
      {props.intro ? <Paragraph>{props.intro}</Paragraph> : null}
      {props.view ? <ExportLinks view={props.view} params={props.exportParams} /> : null}
      {props.children}
    </>
  );
}
