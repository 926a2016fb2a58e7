import account from './account'
import common from './common'
import home from './home'
import items from './items'
import onHand from './on-hand'
import print from './print'
import settings from './settings'
import stockIn from './stock-in'
import suppliers from './suppliers'
import users from './users'

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
  ...stockIn,
  ...onHand,
  ...users,
  ...settings,
  ...print,
}

export type MessageSchema = typeof zhCN
export default zhCN
