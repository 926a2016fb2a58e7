import type { MessageSchema } from '../zh-CN'
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
 * English. Each file `satisfies` its part of the Chinese messages (a missing or extra key is a type error there);
 * the type here catches a whole area left out.
 */
const enUS: MessageSchema = {
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

export default enUS
