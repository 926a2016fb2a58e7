/**
 * 导出: one mechanism for every list. `exports.start` checks the caller may read the list (the list
 * method's own access, from the route table) and its filters (the list method's own schema);
 * each `exports.next` reads the next rows through the list method itself and streams them into the
 * workbook; the call after the last rows closes it and returns the file.
 */
import { contract, type ExportList, type ExportProgress } from '../../shared/contract'
import { localDate } from '../context'
import { route, signedIn, type Access, type RouteContext, type RouteTable } from '../route'
import { assertAccess, inputError } from '../router'
import { endJob, findJob, ROWS_PER_STEP, startJob, type Job } from './jobs'
import { itemLedgerExport } from './ledger-list'
import { itemsExport, suppliersExport } from './master-lists'
import { ordersExport, requisitionsExport } from './purchase-lists'
import type { ListExport, PagedMethod } from './spec'
import { onHandExport, stockDocumentsExport, stocktakesExport } from './stock-lists'

export const EXPORTS: Record<ExportList, ListExport> = {
  items: itemsExport,
  suppliers: suppliersExport,
  stockDocuments: stockDocumentsExport,
  stocktakes: stocktakesExport,
  onHand: onHandExport,
  orders: ordersExport,
  requisitions: requisitionsExport,
  itemLedger: itemLedgerExport,
}

/** A list route with its types put away: its access, and one page of its rows under an input. */
interface PageRoute {
  access: Access
  begin: (ctx: RouteContext, input: unknown) => Promise<() => { rows: readonly unknown[]; total: number }>
}

type Prepared = { last: ExportProgress } | { page: () => { rows: readonly unknown[]; total: number } }

export function exportRoutes(lists: Pick<RouteTable, PagedMethod>) {
  // Sound: every PagedMethod's route returns a page, and takes the input its own schema parsed (below).
  const listRoute = (job: Pick<Job, 'spec'>) => lists[job.spec.method] as unknown as PageRoute

  /** Progress counts the list's own rows; a spec's head and foot rows go around them. */
  function step(job: Job, page: { rows: readonly unknown[]; total: number }): ExportProgress {
    const { spec, filters } = job
    if (job.page === 1 && spec.head) job.writer.add(spec.head(page, filters))
    for (const row of page.rows) job.writer.add(spec.cells(row, filters))
    job.listed += page.rows.length
    job.last = page.rows.at(-1) ?? job.last
    job.page += 1
    job.total = Math.max(page.total, job.listed)
    job.complete = page.rows.length < ROWS_PER_STEP || job.listed >= page.total
    if (job.complete && spec.foot) job.writer.add(spec.foot(page, job.last, filters))
    return { done: job.listed, total: job.total, file: null }
  }

  return {
    'exports.start': route<'exports.start'>()({
      access: 'signed-in',
      handler: (ctx, input) => {
        const spec = EXPORTS[input.list]
        assertAccess(ctx.user, listRoute({ spec }).access)
        const parsed = contract[spec.method].input.safeParse({ ...input.filters, page: 1, pageSize: 1 })
        if (!parsed.success) throw inputError(parsed.error, 'filters.')
        const { page: _page, pageSize: _pageSize, ...filters } = parsed.data
        const name = spec.fileName?.(filters, ctx.core.db) ?? `${spec.name(filters)}-${localDate(ctx.core.now())}`
        const job = startJob(ctx.core, { userId: signedIn(ctx).id, spec, filters, fileName: `${name}.xlsx` })
        return { job: job.id }
      },
    }),

    'exports.next': route<'exports.next'>()({
      access: 'signed-in',
      prepare: async (ctx, input): Promise<Prepared> => {
        const job = findJob(ctx.core, input.job, signedIn(ctx).id)
        try {
          assertAccess(ctx.user, listRoute(job).access) // the role may have changed since the start
          if (!job.complete) {
            return {
              page: await listRoute(job).begin(ctx, { ...job.filters, page: job.page, pageSize: ROWS_PER_STEP }),
            }
          }
          const bytes = await job.writer.finish()
          endJob(ctx.core, job.id)
          const file = { fileName: job.fileName, base64: bytes.toString('base64') }
          return { last: { done: job.listed, total: job.total, file } }
        } catch (error) {
          endJob(ctx.core, job.id)
          throw error
        }
      },
      handler: (ctx, input, prepared) => {
        if ('last' in prepared) return prepared.last
        const job = findJob(ctx.core, input.job, signedIn(ctx).id)
        try {
          return step(job, prepared.page())
        } catch (error) {
          endJob(ctx.core, job.id)
          throw error
        }
      },
    }),
  }
}
