/** 期末结账 (month close): postings on or before the closed date are refused until an admin reopens. */
import { badInput, conflict } from '../../shared/errors'
import type { Db } from '../db/open'
import { route } from '../route'
import { localDate } from '../context'
import { getSetting, setSetting } from '../system/settings'

export const closedThrough = (db: Db): string | null => getSetting(db, 'period.closedThrough') || null

/** Refuses a business date inside a closed period; called in every posting transaction. */
export function checkPeriodOpen(db: Db, businessDate: string): void {
  const closed = closedThrough(db)
  if (closed && businessDate <= closed) {
    throw conflict(
      `${businessDate} 所在期间已结账（结账至 ${closed}），不能过账；请在未结账期间另开单据更正`,
      `The period up to ${closed} is closed; ${businessDate} cannot be posted`,
    )
  }
}

export const periodRoutes = {
  'periods.status': route<'periods.status'>()({
    access: 'stock.read',
    handler: (ctx) => ({ closedThrough: closedThrough(ctx.core.db) }),
  }),

  'periods.close': route<'periods.close'>()({
    access: 'period.close',
    mutates: true,
    handler: (ctx, input) => {
      const before = closedThrough(ctx.core.db)
      if (input.through >= localDate(ctx.core.now()))
        throw badInput('只能结账到今天之前', 'Only days before today can be closed')
      if (before && input.through <= before) {
        throw conflict(`已结账至 ${before}，无需重复结账`, `Already closed through ${before}`)
      }
      const drafts = ctx.core.db
        .prepare("SELECT count(*) AS n FROM documents WHERE status = 'draft' AND business_date <= ?")
        .get(input.through) as { n: number }
      if (drafts.n > 0) {
        throw conflict(
          `结账日期前还有 ${drafts.n} 张草稿单据，请先审核或删除`,
          `${drafts.n} drafts are dated in the period`,
        )
      }
      setSetting(ctx.core.db, 'period.closedThrough', input.through)
      ctx.note({ target: 'period', summary: `期末结账至 ${input.through}`, before, after: input.through })
      return { closedThrough: input.through }
    },
  }),

  'periods.reopen': route<'periods.reopen'>()({
    access: 'period.close',
    mutates: true,
    handler: (ctx, input) => {
      const before = closedThrough(ctx.core.db)
      if (!before || input.through >= before)
        throw badInput('反结账日期须早于当前结账日期', 'Reopen to a date before the closed date')
      // Reopening to the day before the first open day: through = the new last closed date.
      setSetting(ctx.core.db, 'period.closedThrough', input.through)
      ctx.note({
        target: 'period',
        summary: `反结账：由 ${before} 退回至 ${input.through}`,
        before,
        after: input.through,
      })
      return { closedThrough: input.through }
    },
  }),
}
