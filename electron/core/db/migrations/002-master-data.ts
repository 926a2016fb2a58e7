/**
 * Master data: categories, pack units, per-warehouse stock limits, locations, suppliers (contacts, items
 * supplied, qualifications), departments and people; items gain category, defaults, notes and the
 * 拼音首字母 of their name for search (backfilled by the migration's `run`).
 */
const COUNTED =
  '个 件 支 只 把 张 本 册 包 箱 盒 瓶 袋 桶 卷 筒 提 条 根 节 套 双 副 对 顶 块 片 台 打 组 罐 听 扎 捆 令 盆 株 辆 次'
const MEASURED = 'kg g 斤 吨 L mL m cm 米 平方米 立方米 升 千克 公斤'
const seed = [...COUNTED.split(' ').map((u) => `('${u}', 0)`), ...MEASURED.split(' ').map((u) => `('${u}', 3)`)].join(
  ', ',
)

export default `
  -- Units of measure; a unit's decimals bound what may be entered (0 for 个, 3 for kg).
  CREATE TABLE units (
    name TEXT PRIMARY KEY,
    decimals INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 3)
  ) STRICT;
  INSERT INTO units (name, decimals) VALUES ${seed};

  CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories(id),
    name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1))
  ) STRICT;
  CREATE UNIQUE INDEX categories_sibling_name ON categories(coalesce(parent_id, 0), name);

  CREATE TABLE locations (
    id INTEGER PRIMARY KEY,
    warehouse_id INTEGER NOT NULL REFERENCES warehouses(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
    UNIQUE (warehouse_id, code)
  ) STRICT;

  CREATE TABLE suppliers (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    uscc TEXT,
    address TEXT NOT NULL DEFAULT '',
    bank_name TEXT NOT NULL DEFAULT '',
    bank_account TEXT NOT NULL DEFAULT '',
    categories TEXT NOT NULL DEFAULT '',
    rating INTEGER CHECK (rating BETWEEN 1 AND 5),
    lead_days INTEGER CHECK (lead_days >= 0),
    notes TEXT NOT NULL DEFAULT '',
    initials TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE UNIQUE INDEX suppliers_uscc ON suppliers(uscc) WHERE uscc IS NOT NULL;

  CREATE TABLE supplier_contacts (
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
    sort INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (supplier_id, sort)
  ) STRICT;

  CREATE TABLE supplier_qualifications (
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
    sort INTEGER NOT NULL,
    name TEXT NOT NULL,
    number TEXT NOT NULL DEFAULT '',
    expires_on TEXT,
    PRIMARY KEY (supplier_id, sort)
  ) STRICT;
  CREATE INDEX supplier_qualifications_expiry ON supplier_qualifications(expires_on);

  CREATE TABLE supplier_items (
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items(id),
    supplier_item_code TEXT NOT NULL DEFAULT '',
    last_price_e4 INTEGER CHECK (last_price_e4 >= 0),
    lead_days INTEGER CHECK (lead_days >= 0),
    min_order_milli INTEGER CHECK (min_order_milli >= 0),
    PRIMARY KEY (supplier_id, item_id)
  ) STRICT;
  CREATE INDEX supplier_items_item ON supplier_items(item_id);

  CREATE TABLE departments (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name TEXT NOT NULL,
    parent_id INTEGER REFERENCES departments(id),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1))
  ) STRICT;

  CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    department_id INTEGER NOT NULL REFERENCES departments(id),
    name TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1))
  ) STRICT;
  CREATE INDEX people_department ON people(department_id);

  -- What kind of stock-in a document is: 'other' (其他入库), 'opening' (期初); issue 4 adds more.
  ALTER TABLE documents ADD COLUMN subtype TEXT NOT NULL DEFAULT 'other';

  ALTER TABLE items ADD COLUMN category_id INTEGER REFERENCES categories(id);
  ALTER TABLE items ADD COLUMN default_supplier_id INTEGER REFERENCES suppliers(id);
  ALTER TABLE items ADD COLUMN default_location_id INTEGER REFERENCES locations(id);
  ALTER TABLE items ADD COLUMN notes TEXT NOT NULL DEFAULT '';
  ALTER TABLE items ADD COLUMN initials TEXT NOT NULL DEFAULT '';
  CREATE INDEX items_category ON items(category_id);

  -- Pack units with an exact integer ratio to the base unit: 1 箱 = 12 个 → qty_milli 12000.
  CREATE TABLE item_units (
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    qty_milli INTEGER NOT NULL CHECK (qty_milli > 0),
    PRIMARY KEY (item_id, name)
  ) STRICT;
  -- A barcode counts one base unit (unit_name NULL) or one pack (qty_milli copied from item_units).
  ALTER TABLE item_barcodes ADD COLUMN unit_name TEXT;

  -- One narrow row per item with everything the search box matches (code, name, 规格型号, 拼音首字母,
  -- barcodes), lower-cased: one LIKE over a small table instead of four over the wide one.
  CREATE TABLE item_search (
    item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    text TEXT NOT NULL
  ) STRICT;

  -- An optional photo per item, kept small (≤ 1 MB) so a backup stays a file one can e-mail.
  CREATE TABLE item_photos (
    item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    mime TEXT NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp')),
    data BLOB NOT NULL
  ) STRICT;

  CREATE TABLE item_stock_limits (
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    warehouse_id INTEGER NOT NULL REFERENCES warehouses(id),
    min_milli INTEGER NOT NULL DEFAULT 0 CHECK (min_milli >= 0),
    max_milli INTEGER CHECK (max_milli >= min_milli),
    PRIMARY KEY (item_id, warehouse_id)
  ) STRICT;
`
