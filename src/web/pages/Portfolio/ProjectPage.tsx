import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { Link, useParams } from '@tanstack/react-router';
import type { ProjectDetail } from '../../../shared/api/portfolio';
import { ErrorState, errorTitle, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';
import { SourceNote } from './bits';
import { PhaseForm } from './PhaseForm';
import { PortfolioPage, useCanEdit } from './PortfolioFrame';
import { PrioritiseSection } from './PrioritiseSection';
import { ProjectDetailsForm } from './ProjectDetailsForm';
import { ProjectContributions, ProjectCriteria, ProjectFacts } from './ProjectFacts';
import { ProjectHistory, ProjectRelations } from './ProjectRelations';
import { useOverview, useProject } from './portfolioApi';

const t = nl.portfolio.project;

/** One project with everything known about it; editors change its phase, details and priority here. */
export function ProjectPage() {
  const { projectId = '' } = useParams({ strict: false });
  const project = useProject(projectId);
  if (project.isPending) return <LoadingState />;
  if (project.isError) {
    return (
      <PortfolioPage title={errorTitle(project.error)}>
        <ErrorState error={project.error} onRetry={() => project.refetch()} />
        <BackLink />
      </PortfolioPage>
    );
  }
  return (
    <PortfolioPage title={project.data.name}>
      <ProjectView key={project.data.id} project={project.data} />
    </PortfolioPage>
  );
}

function BackLink() {
  return (
    <Paragraph>
      <Link to="/toekomstagenda">{t.back}</Link>
    </Paragraph>
  );
}

function ProjectView({ project }: { project: ProjectDetail }) {
  const canEdit = useCanEdit();
  // The ambition names the columns of the contributions; the matrix page usually has it cached.
  const overview = useOverview();
  return (
    <>
      <BackLink />
      <ProjectFacts project={project} />
      <ProjectContributions project={project} ambition={overview.data?.ambition} />
      <ProjectCriteria project={project} />
      <ProjectRelations project={project} />
      <ProjectHistory project={project} />
      <SourceNote source={project.source} />
      {canEdit ? (
        <>
          <PhaseForm project={project} />
          <ProjectDetailsForm project={project} />
          <PrioritiseSection project={project} />
        </>
      ) : null}
    </>
  );
}
