import type { MessageSchema } from '../zh-CN'

/** English — the home page. */
export default {
  home: {
    greeting: 'Hello, {name}',
    intro: 'Today is {date}.',
    itemCount: 'Items',
    draftCount: 'Stock-ins to post',
    postedCount: 'Posted stock-ins',
    stockValue: 'Stock value (this page)',
    quickActions: 'Quick actions',
    newStockIn: 'New stock-in',
    findItem: 'Find an item',
    viewOnHand: 'Stock on hand',
    recent: 'Recent stock-ins',
    viewAll: 'View all',
    empty: 'No stock-in documents yet',
  },
} satisfies Pick<MessageSchema, 'home'>
