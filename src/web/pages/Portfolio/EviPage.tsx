import {
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import type { EviTheme } from '../../../shared/api/portfolio';
import { DataTable } from '../../components/DataTable';
import { focusById } from '../../components/focus';
import { formatDate } from '../../components/format';
import { ErrorState, LoadingState } from '../../components/States';
import { BusyAwareButton } from '../../components/SubmitButton';
import { nl } from '../../messages/nl';
import { focusButtonIn, SourceNote } from './bits';
import { EviSessionForm } from './EviSessionForm';
import { PortfolioPage, useCanEdit } from './PortfolioFrame';
import { useEvi } from './portfolioApi';

const t = nl.portfolio.evi;
const KINDS = ['ervaring', 'verbetering', 'innovatie'] as const;

/** The EVI panels per theme: sessions, findings by kind and linked projects; editors add a session. */
export function EviPage() {
  const evi = useEvi();
  return (
    <PortfolioPage title={t.title} intro={t.intro} view="evi">
      {evi.isPending ? <LoadingState /> : null}
      {evi.isError ? <ErrorState error={evi.error} onRetry={() => evi.refetch()} /> : null}
      {evi.data?.themes.map((theme) => (
        <ThemeSection key={theme.id} theme={theme} />
      ))}
    </PortfolioPage>
  );
}

function ThemeSection({ theme }: { theme: EviTheme }) {
  const canEdit = useCanEdit();
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(false);
  const headingId = `thema-${theme.id}`;
  const formId = `evi-form-${theme.id}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId} tabIndex={-1}>
        {theme.name}
      </Heading>
      <Paragraph>
        <strong>{t.period}:</strong> {theme.period}
      </Paragraph>
      {theme.description ? <Paragraph className="portfolio-text">{theme.description}</Paragraph> : null}
      <Heading level={3}>{t.sessions}</Heading>
      {theme.sessions.length === 0 ? (
        <Paragraph>{t.noSessions}</Paragraph>
      ) : (
        <DataTable
          caption={t.sessionsCaption(theme.name)}
          rows={theme.sessions}
          rowKey={(session) => session.id}
          columns={[
            {
              header: t.date,
              rowHeader: true,
              cell: (session) => (
                <>
                  {session.heldOn ? formatDate(session.heldOn) : (session.dateText ?? '—')}
                  {session.cancelled ? <strong className="portfolio-group">{t.cancelled}</strong> : null}
                </>
              ),
            },
            {
              header: t.participants,
              cell: (session) =>
                session.participants !== null
                  ? String(session.participants)
                  : (session.participantsText ?? '—'),
            },
            { header: t.description, cell: (session) => session.description },
          ]}
        />
      )}
      <Heading level={3}>{t.findings}</Heading>
      {KINDS.map((kind) => {
        const findings = theme.findings.filter((finding) => finding.kind === kind);
        return (
          <div key={kind}>
            <Heading level={4}>{t.kindsPlural[kind]}</Heading>
            {findings.length === 0 ? (
              <Paragraph className="samenhang-muted">{t.noFindings}</Paragraph>
            ) : (
              <UnorderedList>
                {findings.map((finding) => (
                  <UnorderedListItem key={finding.id}>{finding.text}</UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </div>
        );
      })}
      <Heading level={3}>{t.projects}</Heading>
      {theme.projects.length === 0 ? (
        <Paragraph>{t.noProjects}</Paragraph>
      ) : (
        <UnorderedList>
          {theme.projects.map((project) => (
            <UnorderedListItem key={project.id}>
              <Link to="/toekomstagenda/projecten/$projectId" params={{ projectId: project.id }}>
                {project.name}
              </Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <SourceNote source={theme.source} />
      {saved ? (
        <p id={`evi-opgeslagen-${theme.id}`} tabIndex={-1} role="status" className="samenhang-panel">
          {t.saved}
        </p>
      ) : null}
      {canEdit && !adding ? (
        <span id={`evi-open-${theme.id}`}>
          <BusyAwareButton
            onClick={() => {
              setSaved(false);
              setAdding(true);
              focusById(`${formId}-titel`);
            }}
          >
            {t.addTitle(theme.name)}
          </BusyAwareButton>
        </span>
      ) : null}
      {canEdit && adding ? (
        <EviSessionForm
          theme={theme}
          idPrefix={formId}
          onCancel={() => {
            setAdding(false);
            focusButtonIn(`evi-open-${theme.id}`);
          }}
          onSaved={() => {
            setAdding(false);
            setSaved(true);
            focusById(`evi-opgeslagen-${theme.id}`);
          }}
        />
      ) : null}
    </section>
  );
}
