import { Paragraph, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { useEffect, useState } from 'react';
import type { ProjectDetail } from '../../../shared/api/portfolio';
import { FormSection } from '../../components/FormSection';
import { focusById } from '../../components/focus';
import { ErrorState } from '../../components/States';
import { BusyAwareButton } from '../../components/SubmitButton';
import { nl } from '../../messages/nl';
import { StaleNotice } from './bits';
import { fieldErrorsOf, isGeneralError, isStale, prioritiseProject } from './portfolioApi';
import { useProjectChange } from './useProjectChange';

const t = nl.portfolio.edit;

/**
 * Prioritising a proposal: the server decides (loslaten answered, criteria met) and says what is
 * missing as field errors, which are listed here in its Dutch words and take focus.
 */
export function PrioritiseSection({ project }: { project: ProjectDetail }) {
  const [done, setDone] = useState(false);
  const prioritise = useProjectChange(
    project,
    (current, _: undefined) => prioritiseProject(current),
    () => {
      setDone(true);
      focusById('prioriteren-klaar');
    },
  );
  const problems = Object.entries(fieldErrorsOf(prioritise.error));
  const signature = problems.map(([field, message]) => `${field}:${message}`).join('|');
  // What stands in the way takes focus when it appears, so a screen reader reads it out.
  useEffect(() => {
    if (signature) document.getElementById('prioriteren-fouten')?.focus();
  }, [signature]);
  if (project.kind !== 'toekomstagenda') return null;
  return (
    <FormSection id="prioriteren" title={t.prioritiseTitle}>
      {done ? (
        <p id="prioriteren-klaar" tabIndex={-1} role="status" className="samenhang-panel">
          {t.prioritised}
        </p>
      ) : null}
      {project.prioritisation === 'geprioriteerd' ? (
        done ? null : (
          <Paragraph>{t.alreadyPrioritised}</Paragraph>
        )
      ) : (
        <>
          <Paragraph>{t.prioritiseIntro}</Paragraph>
          {isStale(prioritise.error) ? <StaleNotice /> : null}
          {problems.length > 0 ? (
            <div className="samenhang-error-summary" role="alert" tabIndex={-1} id="prioriteren-fouten">
              <Paragraph>
                <strong>{nl.errors.summary}</strong>
              </Paragraph>
              <UnorderedList>
                {problems.map(([field, message]) => (
                  <UnorderedListItem key={field}>{message}</UnorderedListItem>
                ))}
              </UnorderedList>
            </div>
          ) : null}
          {isGeneralError(prioritise.error) ? <ErrorState error={prioritise.error} /> : null}
          <BusyAwareButton
            primary
            busy={prioritise.isPending}
            onClick={() => {
              setDone(false);
              prioritise.reset();
              prioritise.mutate(undefined);
            }}
          >
            {t.prioritise}
          </BusyAwareButton>
        </>
      )}
    </FormSection>
  );
}
