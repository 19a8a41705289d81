import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { PageTitle } from '../../components/PageTitle';
import { nl } from '../../messages/nl';
import { AccessLog } from '../Person/AccessLog';
import type { Grant } from '../Privacy/PrivacyPage';

/**
 * The privacy officer's view of one person: only who looked at the record, never the record.
 * The name comes from the review list already loaded (names stay out of the address bar and logs).
 */
export function PrivacyAccessLogPage() {
  const { id = '' } = useParams({ strict: false });
  const queryClient = useQueryClient();
  const name = queryClient
    .getQueriesData<Grant[]>({ queryKey: ['break-glass'] })
    .flatMap(([, grants]) => grants ?? [])
    .find((grant) => grant.personId === id)?.personDisplayName;
  return (
    <>
      <PageTitle>{name ? nl.privacy.logOf(name) : nl.privacy.lookupTitle}</PageTitle>
      <Paragraph>{nl.privacy.logIntro}</Paragraph>
      <Paragraph>
        <Link to="/privacy">{nl.privacy.back}</Link>
      </Paragraph>
      <AccessLog personId={id} />
    </>
  );
}
