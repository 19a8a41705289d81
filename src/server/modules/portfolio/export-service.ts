import type { PortfolioExportView } from '../../../shared/api/portfolio';
import type { RequestContext } from '../../platform/access/actor';
import { buildExportDocument, type ExportInput, renderPortfolioPdf, renderPortfolioXlsx } from './export';
import { type PortfolioDeps, portfolioOverview } from './project-service';
import {
  annualPlan,
  capacityOverview,
  decisionList,
  eviOverview,
  finance,
  riskRegister,
  timeline,
} from './register-service';

/** Reads a view through the same services (and policy) as its page, then renders it. */
async function inputOf(
  deps: PortfolioDeps,
  ctx: RequestContext,
  view: PortfolioExportView,
  options: { stand?: string | undefined; peildatum?: string | undefined },
): Promise<ExportInput> {
  switch (view) {
    case 'matrix':
      return { view, data: await portfolioOverview(deps, ctx, options.stand) };
    case 'capaciteit':
      return { view, data: await capacityOverview(deps, ctx) };
    case 'tijdlijn':
      return { view, data: await timeline(deps, ctx) };
    case 'risicos':
      return { view, data: await riskRegister(deps, ctx) };
    case 'jaarplan':
      return {
        view,
        data: await annualPlan(deps, ctx, options.peildatum ? { referenceDate: options.peildatum } : {}),
      };
    case 'evi':
      return { view, data: await eviOverview(deps, ctx) };
    case 'besluiten':
      return { view, data: await decisionList(deps, ctx) };
    case 'financien':
      return { view, data: await finance(deps, ctx) };
  }
}

export async function exportPortfolio(
  deps: PortfolioDeps,
  ctx: RequestContext,
  view: PortfolioExportView,
  options: { format: 'xlsx' | 'pdf'; stand?: string | undefined; peildatum?: string | undefined },
): Promise<{ body: Buffer | Uint8Array; contentType: string; fileName: string }> {
  const document = buildExportDocument(await inputOf(deps, ctx, view, options), new Date().toISOString());
  const fileName = `toekomstagenda-${view}-${deps.today()}.${options.format}`;
  if (options.format === 'pdf') {
    return { body: await renderPortfolioPdf(document), contentType: 'application/pdf', fileName };
  }
  return {
    body: Buffer.from(renderPortfolioXlsx(document)),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName,
  };
}
