/**
 * The authors of purchase orders and requisitions: everyone who created or changed one (created, edited,
 * submitted, revised it). An author may not approve or reject it; a draft is changed only by an author or
 * the administrator. Carried over from the creator and the reviser each row kept until now.
 */
export default `
  CREATE TABLE purchase_order_authors (
    order_id INTEGER NOT NULL REFERENCES purchase_orders(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (order_id, user_id)
  ) STRICT;

  CREATE TABLE requisition_authors (
    requisition_id INTEGER NOT NULL REFERENCES requisitions(id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users(id),
    PRIMARY KEY (requisition_id, user_id)
  ) STRICT;

  INSERT OR IGNORE INTO purchase_order_authors (order_id, user_id) SELECT id, created_by FROM purchase_orders;
  INSERT OR IGNORE INTO purchase_order_authors (order_id, user_id)
    SELECT id, revised_by FROM purchase_orders WHERE revised_by IS NOT NULL;
  INSERT OR IGNORE INTO requisition_authors (requisition_id, user_id) SELECT id, created_by FROM requisitions;
`
