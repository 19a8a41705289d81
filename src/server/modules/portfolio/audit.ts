import type { RequestContext } from '../../platform/access/actor';
import { appendAudit } from '../../platform/audit/service';
import type { Executor } from '../../platform/db/transactor';
import { auditContext } from '../cases/context';

/**
 * Every change to the portfolio also lands in the tamper-evident audit trail (who, what, when),
 * like user administration: no person is involved, so no person ids.
 */
export function auditPortfolioChange(
  tx: Executor,
  ctx: RequestContext,
  action: string,
  resource: string,
  fields?: readonly string[],
): Promise<void> {
  return appendAudit(tx, auditContext(ctx), [
    {
      action: `portfolio.${action}`,
      personIds: [],
      resource: `portfolio/${resource}`,
      ...(fields && fields.length > 0 ? { purpose: `velden: ${[...fields].sort().join(', ')}` } : {}),
    },
  ]);
}
