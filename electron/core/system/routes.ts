import { countUsers } from '../auth/users'
import { writeSheet } from '../excel/workbook'
import { route } from '../route'
import { verifyLedger } from '../stock/verify'
import { getSetting, setSetting } from './settings'

export const systemRoutes = {
  'system.status': route<'system.status'>()({
    access: 'public',
    handler: (ctx) => ({
      setupRequired: countUsers(ctx.core.db) === 0,
      version: ctx.core.version,
      orgName: getSetting(ctx.core.db, 'orgName'),
    }),
  }),

  'settings.get': route<'settings.get'>()({
    access: 'signed-in',
    handler: (ctx) => ({ orgName: getSetting(ctx.core.db, 'orgName') }),
  }),

  'settings.update': route<'settings.update'>()({
    access: 'settings.write',
    mutates: true,
    handler: (ctx, input) => {
      const before = { orgName: getSetting(ctx.core.db, 'orgName') }
      setSetting(ctx.core.db, 'orgName', input.orgName)
      ctx.note({ target: 'settings', summary: '修改单位名称', before, after: input })
      return { orgName: input.orgName }
    },
  }),

  /** The ledger.md invariants, recomputed from the facts: for an auditor, or after restoring a backup. */
  'system.verifyLedger': route<'system.verifyLedger'>()({
    access: 'audit.read',
    handler: (ctx) => {
      const problems = verifyLedger(ctx.core.db)
      return { ok: problems.length === 0, problems: problems.slice(0, 200) }
    },
  }),

  'files.exportTable': route<'files.exportTable'>()({
    access: 'signed-in',
    prepare: async (_ctx, input) => ({
      fileName: input.fileName.endsWith('.xlsx') ? input.fileName : `${input.fileName}.xlsx`,
      base64: await writeSheet(
        input.sheetName,
        input.headers.map((header) => ({ header, text: true })),
        input.rows,
      ),
    }),
    handler: (_ctx, _input, file) => file,
  }),

  'audit.list': route<'audit.list'>()({
    access: 'audit.read',
    handler: (ctx, input) => {
      const db = ctx.core.db
      const total = (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n
      const rows = db
        .prepare(
          `SELECT a.id, a.at, coalesce(u.username, '') AS username, a.method, a.target, a.summary
           FROM audit_log a LEFT JOIN users u ON u.id = a.user_id ORDER BY a.id DESC LIMIT ? OFFSET ?`,
        )
        .all(input.pageSize, (input.page - 1) * input.pageSize) as {
        id: number
        at: string
        username: string
        method: string
        target: string
        summary: string
      }[]
      return { rows, total, page: input.page, pageSize: input.pageSize }
    },
  }),
}
