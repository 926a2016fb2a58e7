import { countUsers } from '../auth/users'
import { writeSheet } from '../excel/workbook'
import { route } from '../route'
import { verifyLedger } from '../stock/verify'
import { badInput } from '../../shared/errors'
import { DOC_TYPES } from '../../shared/contract'
import { getSetting, getSettings, setSetting } from './settings'

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
    handler: (ctx) => getSettings(ctx.core.db),
  }),

  'settings.update': route<'settings.update'>()({
    access: 'settings.write',
    mutates: true,
    handler: (ctx, input) => {
      const db = ctx.core.db
      const before = getSettings(db)
      setSetting(db, 'orgName', input.orgName)
      if (input.docPrefixes) {
        const prefixes = Object.values(input.docPrefixes)
        if (new Set(prefixes).size !== prefixes.length) {
          throw badInput('各类单据的编号前缀不能相同', 'Each document type needs its own prefix')
        }
        // Numbers already given stay as they are; the counter is per prefix, so none is reused.
        for (const type of DOC_TYPES) setSetting(db, `docPrefix.${type}`, input.docPrefixes[type])
      }
      const after = getSettings(db)
      ctx.note({ target: 'settings', summary: '修改系统设置', before, after })
      return after
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
