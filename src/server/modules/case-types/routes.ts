import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../platform/auth/http';
import type { CaseType } from './catalog';
import { type ProvisionType, ProvisionTypeEntry } from './provision-types';
import { DOMAINS } from './schema';

const TermView = z.object({ amount: z.number().int(), unit: z.enum(['days', 'weeks', 'months']) }).nullable();

const CaseTypeView = z.object({
  code: z.string(),
  version: z.number().int(),
  name: z.string(),
  domain: z.enum(DOMAINS),
  legalBasis: z.object({ law: z.string(), article: z.string() }),
  term: TermView,
  serviceNorm: TermView,
  suspensionAllowed: z.boolean(),
  extension: z.object({
    allowed: z.boolean(),
    maxAmount: z.number().int().nullable(),
    unit: z.string().nullable(),
  }),
  statuses: z.array(z.object({ code: z.string(), name: z.string() })),
  results: z.array(z.object({ code: z.string(), name: z.string(), outcome: z.string() })),
  decisionTypes: z.array(
    z.object({ code: z.string(), name: z.string(), provisionTypes: z.array(z.string()) }),
  ),
});

const term = (value: CaseType['term']) => (value ? { amount: value.amount, unit: value.unit } : null);

/** The catalog is organisation data, not person data: every logged-in user may read it. */
export function caseTypeRoutes(
  app: FastifyInstance,
  deps: { caseTypes: readonly CaseType[]; provisionTypes: readonly ProvisionType[] },
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/case-types',
    {
      schema: {
        tags: ['zaaktypen'],
        summary: 'Gepubliceerde zaaktypen',
        response: { 200: z.array(CaseTypeView) },
      },
    },
    async (request) => {
      contextOf(request);
      return deps.caseTypes.map((caseType) => ({
        code: caseType.code,
        version: caseType.version,
        name: caseType.name,
        domain: caseType.domain,
        legalBasis: caseType.legalBasis,
        term: term(caseType.term),
        serviceNorm: term(caseType.serviceNorm),
        suspensionAllowed: caseType.suspension.allowed,
        extension: {
          allowed: caseType.extension.allowed,
          maxAmount: caseType.extension.maxAmount ?? null,
          unit: caseType.extension.unit ?? null,
        },
        statuses: caseType.statuses,
        results: caseType.results.map(({ code, name, outcome }) => ({ code, name, outcome })),
        decisionTypes: caseType.decisionTypes,
      }));
    },
  );
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/provision-types',
    {
      schema: {
        tags: ['zaaktypen'],
        summary: 'Soorten voorzieningen met domein en categorie',
        response: { 200: z.array(ProvisionTypeEntry) },
      },
    },
    async (request) => {
      contextOf(request);
      return [...deps.provisionTypes];
    },
  );
}
