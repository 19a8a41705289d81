import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CaseDetail,
  CaseListItem,
  CaseListQuery,
  CloseRequest,
  CreateCaseRequest,
  DecisionRequest,
  DecisionView,
  ExtendRequest,
  NoteRequest,
  ResumeRequest,
  StatusRequest,
  SuspendRequest,
} from '../../../shared/api/cases';
import { contextOf } from '../../platform/auth/http';
import { etagOf, expectedVersion, IdParams } from '../../platform/http-helpers';
import type { CaseDeps } from './context';
import { listDecisions, recordDecision } from './decisions';
import { downloadDocument, listDocuments, MAX_DOCUMENT_BYTES, uploadDocument } from './documents/service';
import {
  addNote,
  changeStatus,
  closeCase,
  createCase,
  extendCase,
  getCase,
  listCasesOfPerson,
  resumeCase,
  suspendCase,
} from './service';

/** Lifecycle steps may carry If-Match; without it the case is still locked while the step runs. */
const optionalVersion = (request: FastifyRequest) =>
  request.headers['if-match'] ? expectedVersion(request) : undefined;

export function caseRoutes(app: FastifyInstance, deps: CaseDeps) {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['zaken'];
  const reply200 = { response: { 200: CaseDetail } };

  api.post(
    '/api/cases',
    { schema: { tags, summary: 'Nieuwe zaak', body: CreateCaseRequest, response: { 201: CaseDetail } } },
    async (request, reply) => {
      const created = await createCase(deps, contextOf(request), request.body);
      return reply
        .code(201)
        .header('etag', etagOf(created.version))
        .header('location', `/api/cases/${created.id}`)
        .send(created);
    },
  );

  api.get(
    '/api/cases/:id',
    { schema: { tags, summary: 'Zaak met termijnen en tijdlijn', params: IdParams, ...reply200 } },
    async (request, reply) => {
      const found = await getCase(deps, contextOf(request), request.params.id);
      return reply.header('etag', etagOf(found.version)).header('cache-control', 'no-store').send(found);
    },
  );

  api.post(
    '/api/cases/:id/suspensions',
    { schema: { tags, summary: 'Opschorten', params: IdParams, body: SuspendRequest, ...reply200 } },
    (request) =>
      suspendCase(deps, contextOf(request), request.params.id, request.body, optionalVersion(request)),
  );
  api.post(
    '/api/cases/:id/resume',
    { schema: { tags, summary: 'Hervatten', params: IdParams, body: ResumeRequest, ...reply200 } },
    (request) =>
      resumeCase(deps, contextOf(request), request.params.id, request.body, optionalVersion(request)),
  );
  api.post(
    '/api/cases/:id/extensions',
    { schema: { tags, summary: 'Verlengen', params: IdParams, body: ExtendRequest, ...reply200 } },
    (request) =>
      extendCase(deps, contextOf(request), request.params.id, request.body, optionalVersion(request)),
  );
  api.post(
    '/api/cases/:id/status',
    { schema: { tags, summary: 'Status wijzigen', params: IdParams, body: StatusRequest, ...reply200 } },
    (request) =>
      changeStatus(deps, contextOf(request), request.params.id, request.body, optionalVersion(request)),
  );
  api.post(
    '/api/cases/:id/close',
    {
      schema: { tags, summary: 'Afsluiten met resultaat', params: IdParams, body: CloseRequest, ...reply200 },
    },
    (request) =>
      closeCase(
        deps,
        contextOf(request),
        request.params.id,
        request.body.resultCode,
        optionalVersion(request),
      ),
  );
  api.post(
    '/api/cases/:id/decisions',
    {
      schema: {
        tags,
        summary: 'Besluit vastleggen met de voorzieningen die het toekent of beëindigt',
        params: IdParams,
        body: DecisionRequest,
        response: { 201: z.array(DecisionView) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await recordDecision(deps, contextOf(request), request.params.id, request.body)),
  );
  api.get(
    '/api/cases/:id/decisions',
    {
      schema: {
        tags,
        summary: 'Besluiten en voorzieningen van een zaak',
        params: IdParams,
        response: { 200: z.array(DecisionView) },
      },
    },
    (request) => listDecisions(deps, contextOf(request), request.params.id),
  );
  api.get(
    '/api/cases',
    {
      schema: {
        tags,
        summary: 'Zaken van een persoon',
        querystring: CaseListQuery,
        response: { 200: z.array(CaseListItem) },
      },
    },
    (request) => listCasesOfPerson(deps, contextOf(request), request.query.personId),
  );
  api.post(
    '/api/cases/:id/notes',
    { schema: { tags, summary: 'Notitie bij een zaak', params: IdParams, body: NoteRequest, ...reply200 } },
    (request) => addNote(deps, contextOf(request), request.params.id, request.body.text),
  );

  // Documents arrive as the raw file (application/octet-stream) with the name in x-filename.
  app.addContentTypeParser(
    'application/octet-stream',
    { parseAs: 'buffer', bodyLimit: MAX_DOCUMENT_BYTES },
    (_request, body, done) => done(null, body),
  );
  const DocumentView = z.object({
    id: z.string().uuid(),
    filename: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    createdAt: z.string(),
    uploadedBy: z.string().uuid().nullable(),
  });
  api.post(
    '/api/cases/:id/documents',
    {
      bodyLimit: MAX_DOCUMENT_BYTES,
      schema: {
        tags,
        summary: 'Document toevoegen (ruwe bytes, naam in x-filename)',
        params: IdParams,
        response: { 201: DocumentView },
      },
    },
    async (request, reply) => {
      const name = decodeURIComponent(String(request.headers['x-filename'] ?? 'document'));
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      return reply
        .code(201)
        .send(await uploadDocument(deps, contextOf(request), request.params.id, name, body));
    },
  );
  api.get(
    '/api/cases/:id/documents',
    {
      schema: {
        tags,
        summary: 'Documenten van een zaak',
        params: IdParams,
        response: { 200: z.array(DocumentView) },
      },
    },
    (request) => listDocuments(deps, contextOf(request), request.params.id),
  );
  api.get(
    '/api/cases/:id/documents/:documentId',
    {
      schema: {
        tags,
        summary: 'Document downloaden (vastgelegd in het toegangslogboek)',
        params: IdParams.extend({ documentId: z.string().uuid() }),
      },
    },
    async (request, reply) => {
      const { document, stream } = await downloadDocument(
        deps,
        contextOf(request),
        request.params.id,
        request.params.documentId,
      );
      return reply
        .type(document.mediaType)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(document.filename)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(stream);
    },
  );
}
