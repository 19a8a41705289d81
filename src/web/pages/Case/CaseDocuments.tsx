import {
  Button,
  Heading,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@rijkshuisstijl-community/components-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef } from 'react';
import type { CaseDetail } from '../../../shared/api/cases';
import { api } from '../../api/client';
import { formatDateTime } from '../../components/format';
import { ErrorState } from '../../components/States';
import { nl } from '../../messages/nl';

interface DocumentRow {
  id: string;
  filename: string;
  sizeBytes: number;
  createdAt: string;
}

export function CaseDocuments({ detail }: { detail: CaseDetail }) {
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const documents = useQuery({
    queryKey: ['case-documents', detail.id],
    queryFn: () => api<DocumentRow[]>('GET', `/api/cases/${detail.id}/documents`),
  });
  const upload = useMutation({
    mutationFn: async (file: File) =>
      api('POST', `/api/cases/${detail.id}/documents`, {
        body: new Uint8Array(await file.arrayBuffer()),
        headers: { 'content-type': 'application/octet-stream', 'x-filename': encodeURIComponent(file.name) },
      }),
    onSuccess: async () => {
      if (input.current) input.current.value = '';
      await queryClient.invalidateQueries({ queryKey: ['case-documents', detail.id] });
      await queryClient.invalidateQueries({ queryKey: ['case', detail.id] });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (file) upload.mutate(file);
  }
  return (
    <section aria-labelledby="documents">
      <Heading level={2} id="documents">
        {nl.cases.documents}
      </Heading>
      {documents.isError ? <ErrorState error={documents.error} /> : null}
      {documents.isSuccess && documents.data.length === 0 ? (
        <Paragraph>{nl.cases.noDocuments}</Paragraph>
      ) : null}
      <UnorderedList>
        {(documents.data ?? []).map((document) => (
          <UnorderedListItem key={document.id}>
            <Link href={`/api/cases/${detail.id}/documents/${document.id}`}>{document.filename}</Link> (
            {Math.max(1, Math.round(document.sizeBytes / 1024))} kB, {formatDateTime(document.createdAt)})
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {detail.closedOn ? null : (
        <form className="samenhang-form" onSubmit={submit}>
          {upload.isError ? <ErrorState error={upload.error} /> : null}
          <div>
            <label htmlFor="document-file">{nl.cases.documentFile}</label>
            <br />
            <input
              id="document-file"
              ref={input}
              type="file"
              accept=".pdf,.png,.jpg,.jpeg,.doc,.docx,.xlsx,.pptx"
            />
          </div>
          <div>
            <Button type="submit" appearance="secondary-action-button" disabled={upload.isPending}>
              {nl.cases.upload}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
