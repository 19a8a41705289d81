import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { and, desc, eq } from 'drizzle-orm';
import type { RequestContext } from '../../../platform/access/actor';
import { appendAudit } from '../../../platform/audit/service';
import { caseDocuments } from '../../../platform/db/schema';
import { AppError, forbidden, notFound, unprocessable } from '../../../platform/errors';
import { auditContext, authorisedCase, type CaseDeps } from '../context';
import * as repo from '../repository';
import { sniffDocument } from './sniff';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
const REFUSED = 'U heeft geen relatie met de persoon van deze zaak.';

const present = (row: typeof caseDocuments.$inferSelect) => ({
  id: row.id,
  filename: row.filename,
  mediaType: row.mediaType,
  sizeBytes: row.sizeBytes,
  createdAt: row.createdAt.toISOString(),
  uploadedBy: row.uploadedBy,
});

function cleanFilename(name: string, extension: string): string {
  const base =
    path
      .basename(name)
      .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
      .slice(0, 120)
      .trim() || 'document';
  return base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`;
}

/**
 * Stores a document on an open case: the type is sniffed from the content, the bytes go to the data
 * folder under the case, the row and the audit entry commit together (a failed commit removes the file).
 */
export async function uploadDocument(
  deps: CaseDeps,
  ctx: RequestContext,
  caseId: string,
  filename: string,
  bytes: Buffer,
) {
  if (bytes.length === 0) throw unprocessable([{ field: 'body', message: 'Het bestand is leeg' }]);
  const sniffed = sniffDocument(bytes);
  if (!sniffed) {
    throw unprocessable([
      { field: 'body', message: 'Alleen PDF, afbeeldingen (PNG, JPEG) en Office-documenten zijn toegestaan' },
    ]);
  }
  const folder = path.join(deps.documentsDir, caseId);
  let written: string | undefined;
  try {
    return await deps.transactor.transaction(async (tx) => {
      const { row, refused } = await authorisedCase(tx, ctx, caseId, 'case.document.upload', true);
      if (refused) throw forbidden(REFUSED);
      if (row.closedOn)
        throw unprocessable([{ field: 'case', message: 'Deze zaak is afgesloten en verandert niet meer' }]);
      const [document] = await tx
        .insert(caseDocuments)
        .values({
          caseId,
          filename: cleanFilename(filename, sniffed.extension),
          mediaType: sniffed.mediaType,
          sizeBytes: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          uploadedBy: ctx.actor.id,
        })
        .returning();
      if (!document) throw new Error('insert returned no row');
      fs.mkdirSync(folder, { recursive: true });
      written = path.join(folder, document.id);
      fs.writeFileSync(written, bytes, { flag: 'wx' });
      await repo.addEvent(tx, caseId, ctx.actor.id, 'document', {
        filename: document.filename,
        mediaType: document.mediaType,
      });
      await appendAudit(tx, auditContext(ctx), [
        {
          action: 'case.document.upload',
          personIds: [row.personId],
          resource: `cases/${caseId}/documents/${document.id}`,
        },
      ]);
      return present(document);
    });
  } catch (error) {
    if (written) fs.rmSync(written, { force: true });
    throw error;
  }
}

export async function listDocuments(deps: CaseDeps, ctx: RequestContext, caseId: string) {
  const result = await deps.readAudit.read(auditContext(ctx), async (tx, audit) => {
    const { row, refused } = await authorisedCase(tx, ctx, caseId, 'case.view', false);
    if (refused) return undefined;
    const rows = await tx
      .select()
      .from(caseDocuments)
      .where(eq(caseDocuments.caseId, caseId))
      .orderBy(desc(caseDocuments.createdAt));
    await audit([{ action: 'case.view', personIds: [row.personId], resource: `cases/${caseId}/documents` }]);
    return rows.map(present);
  });
  if (!result) throw forbidden(REFUSED);
  return result;
}

/** Every download is audited before the bytes leave the server. */
export async function downloadDocument(
  deps: CaseDeps,
  ctx: RequestContext,
  caseId: string,
  documentId: string,
) {
  const result = await deps.readAudit.read(auditContext(ctx), async (tx, audit) => {
    const { row, refused } = await authorisedCase(tx, ctx, caseId, 'case.document.download', false);
    if (refused) return { refused: true as const };
    const [document] = await tx
      .select()
      .from(caseDocuments)
      .where(and(eq(caseDocuments.id, documentId), eq(caseDocuments.caseId, caseId)));
    if (!document) return { missing: true as const };
    await audit([
      {
        action: 'case.document.download',
        personIds: [row.personId],
        resource: `cases/${caseId}/documents/${documentId}`,
      },
    ]);
    return { document };
  });
  if ('refused' in result) throw forbidden(REFUSED);
  if ('missing' in result) throw notFound('Dit document');
  const file = path.join(deps.documentsDir, caseId, result.document.id);
  if (!fs.existsSync(file))
    throw new AppError('not_found', 'Het bestand van dit document ontbreekt in de opslag.');
  return { document: result.document, stream: fs.createReadStream(file) };
}
