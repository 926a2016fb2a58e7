import { ApiError } from '../../shared/errors'
import { can } from '../../shared/permissions'
import { readSheet } from '../excel/workbook'
import { route, signedIn } from '../route'
import { importOpening, openingTemplate } from './opening'

const note = (fileName: string) => `期初库存导入${fileName ? `（${fileName}）` : ''}`

export const openingRoutes = {
  'stock.openingTemplate': route<'stock.openingTemplate'>()({
    access: 'stock.read',
    prepare: () => openingTemplate(),
    handler: (_ctx, _input, file) => file,
  }),

  'stock.openingCheck': route<'stock.openingCheck'>()({
    access: 'stock.write',
    prepare: (_ctx, input) => readSheet(input.base64),
    handler: (ctx, input, sheet) => importOpening(ctx.core, sheet, input.businessDate, note(input.fileName), null),
  }),

  /** Posts directly, so it needs the right to post as well as to write stock documents. */
  'stock.openingImport': route<'stock.openingImport'>()({
    access: 'stock.write',
    mutates: true,
    prepare: (_ctx, input) => readSheet(input.base64),
    handler: (ctx, input, sheet) => {
      const user = signedIn(ctx)
      if (!can(user.role, 'stock.post')) {
        throw new ApiError('FORBIDDEN', {
          zh: '导入期初需要审核权限',
          en: 'Importing opening stock needs the right to post',
        })
      }
      const report = importOpening(ctx.core, sheet, input.businessDate, note(input.fileName), user)
      if (report.ok) {
        ctx.note({
          target: 'stock',
          summary: `导入期初库存 ${report.imported} 行，${report.documentIds.length} 张入库单`,
        })
      }
      return report
    },
  }),
}
