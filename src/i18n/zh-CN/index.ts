import account from './account'
import categories from './categories'
import common from './common'
import home from './home'
import importer from './importer'
import items from './items'
import masterData from './master-data'
import onHand from './on-hand'
import org from './org'
import print from './print'
import purchase from './purchase'
import purchasePrint from './purchase-print'
import receiving from './receiving'
import settings from './settings'
import stockIn from './stock-in'
import stockDocuments from './stock-documents'
import stockLedger from './stock-ledger'
import stocktake from './stocktake'
import suppliers from './suppliers'
import users from './users'
import warehouses from './warehouses'

/**
 * 简体中文 — the reference messages; en-US must have exactly the same keys.
 * One file per feature area, so a new screen adds its own file and spreads it in here.
 */
const zhCN = {
  ...common,
  ...account,
  ...home,
  ...items,
  ...suppliers,
  ...masterData,
  ...org,
  ...warehouses,
  ...categories,
  ...stockIn,
  ...stockDocuments,
  ...onHand,
  ...stockLedger,
  ...users,
  ...settings,
  ...print,
  ...purchase,
  ...purchasePrint,
  ...receiving,
  ...stocktake,
  ...importer,
}

export type MessageSchema = typeof zhCN
export default zhCN
