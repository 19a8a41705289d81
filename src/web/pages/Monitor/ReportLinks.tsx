import { Heading, Link, Paragraph } from '@rijkshuisstijl-community/components-react';
import { nl } from '../../messages/nl';
import { reportHref } from './monitorApi';

const t = nl.monitor;

/** The gemeente's raadsrapportage (PDF) and its tables (Excel) for the snapshot shown. */
export function ReportLinks(props: { gemeente: string; name: string; snapshotId: string }) {
  return (
    <section aria-labelledby="monitor-downloads">
      <Heading level={2} id="monitor-downloads">
        {t.downloadsTitle}
      </Heading>
      <Paragraph>{t.downloadsIntro(props.name)}</Paragraph>
      <Paragraph>
        <Link href={reportHref(props.gemeente, props.snapshotId, 'pdf')} download>
          {t.downloadPdf(props.name)}
        </Link>
        {' · '}
        <Link href={reportHref(props.gemeente, props.snapshotId, 'xlsx')} download>
          {t.downloadXlsx(props.name)}
        </Link>
      </Paragraph>
    </section>
  );
}
