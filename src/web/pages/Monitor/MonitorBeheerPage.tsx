import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { hasRole, useSession } from '../../api/session';
import { PageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { nl } from '../../messages/nl';
import { ComputeSnapshotForm } from './ComputeSnapshotForm';
import { ImportForm } from './ImportForm';
import { ImportHistory } from './ImportHistory';
import { MonitorNav } from './MonitorNav';
import { useSnapshots } from './monitorApi';
import { SnapshotAdminTable } from './SnapshotAdminTable';

const t = nl.monitor.beheer;

/** For beleid and functioneel beheer: compute, check and publish snapshots; read survey and population files. */
export function MonitorBeheerPage() {
  const { user } = useSession();
  const allowed = hasRole(user, 'beleid', 'functioneel-beheer');
  return (
    <>
      <PageTitle>{allowed ? t.title : nl.errors.forbiddenTitle}</PageTitle>
      <MonitorNav />
      {allowed ? <Admin /> : <Paragraph>{t.forbidden}</Paragraph>}
    </>
  );
}

function Admin() {
  const snapshots = useSnapshots();
  return (
    <>
      <Paragraph>{t.intro}</Paragraph>
      {snapshots.isPending ? <LoadingState /> : null}
      {snapshots.isError ? <ErrorState error={snapshots.error} onRetry={() => snapshots.refetch()} /> : null}
      {snapshots.isSuccess ? <SnapshotAdminTable snapshots={snapshots.data.snapshots} /> : null}
      <ComputeSnapshotForm />
      <ImportForm />
      <ImportHistory />
    </>
  );
}
