import type { MessageSchema } from '../zh-CN'
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
 * English. Each file `satisfies` its part of the Chinese messages (a missing or extra key is a type error there);
 * the type here catches a whole area left out.
 */
const enUS: MessageSchema = {
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

export default enUS
