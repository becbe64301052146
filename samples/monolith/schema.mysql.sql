-- The Seam sample monolith (MySQL / MariaDB): 101 tables of an e-commerce backend.
-- Generated from samples/monolith/model.mjs by generate.mjs; see README.md for the domains and the traps planted.

create table currencies (
  code char(3) not null,
  name varchar(60) not null,
  minor_units smallint not null default 2,
  primary key (code)
) engine=InnoDB default charset=utf8mb4;

create table countries (
  code char(2) not null,
  name varchar(80) not null,
  currency_code char(3) not null,
  eu_member boolean not null default false,
  primary key (code)
) engine=InnoDB default charset=utf8mb4;

create table locales (
  code varchar(10) not null,
  name varchar(60) not null,
  rtl boolean not null default false,
  primary key (code)
) engine=InnoDB default charset=utf8mb4;

create table order_statuses (
  code varchar(20) not null,
  label varchar(60) not null,
  terminal boolean not null default false,
  primary key (code)
) engine=InnoDB default charset=utf8mb4;

create table units_of_measure (
  code varchar(10) not null,
  name varchar(40) not null,
  primary key (code)
) engine=InnoDB default charset=utf8mb4;

create table accounts (
  id bigint not null auto_increment,
  name varchar(200) not null,
  slug varchar(100) not null,
  status varchar(20) not null default 'active',
  country_code char(2) not null,
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id),
  constraint accounts_slug_key unique (slug)
) engine=InnoDB default charset=utf8mb4;

create table users (
  id bigint not null auto_increment,
  account_id bigint not null,
  email varchar(255) not null,
  password_hash varchar(100) not null,
  full_name varchar(200) not null,
  locale_code varchar(10) not null,
  country_code char(2),
  status varchar(20) not null default 'active',
  last_login_at datetime(6),
  created_at datetime(6) not null default current_timestamp(6),
  updated_at datetime(6) not null default current_timestamp(6),
  created_by bigint,
  primary key (id),
  constraint users_email_key unique (email)
) engine=InnoDB default charset=utf8mb4;

create table user_profiles (
  user_id bigint not null,
  bio text,
  avatar_url varchar(500),
  birth_date date,
  marketing_opt_in boolean not null default false,
  primary key (user_id)
) engine=InnoDB default charset=utf8mb4;

create table roles (
  id bigint not null auto_increment,
  name varchar(60) not null,
  description varchar(200),
  primary key (id),
  constraint roles_name_key unique (name)
) engine=InnoDB default charset=utf8mb4;

create table permissions (
  id bigint not null auto_increment,
  code varchar(100) not null,
  description varchar(200),
  primary key (id),
  constraint permissions_code_key unique (code)
) engine=InnoDB default charset=utf8mb4;

create table user_roles (
  user_id bigint not null,
  role_id bigint not null,
  granted_at datetime(6) not null default current_timestamp(6),
  granted_by bigint,
  primary key (user_id, role_id)
) engine=InnoDB default charset=utf8mb4;

create table role_permissions (
  role_id bigint not null,
  permission_id bigint not null,
  primary key (role_id, permission_id)
) engine=InnoDB default charset=utf8mb4;

create table sessions (
  id bigint not null auto_increment,
  user_id bigint not null,
  token varchar(128) not null,
  ip varchar(45),
  user_agent varchar(400),
  expires_at datetime(6) not null,
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id),
  constraint sessions_token_key unique (token)
) engine=InnoDB default charset=utf8mb4;

create table api_keys (
  id bigint not null auto_increment,
  account_id bigint not null,
  key_hash varchar(128) not null,
  label varchar(100) not null,
  created_by bigint not null,
  last_used_at datetime(6),
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id),
  constraint api_keys_key_hash_key unique (key_hash)
) engine=InnoDB default charset=utf8mb4;

create table password_resets (
  id bigint not null auto_increment,
  user_id bigint not null,
  token varchar(128) not null,
  expires_at datetime(6) not null,
  used_at datetime(6),
  primary key (id),
  constraint password_resets_token_key unique (token)
) engine=InnoDB default charset=utf8mb4;

create table login_attempts (
  id bigint not null auto_increment,
  email varchar(255) not null,
  user_id bigint,
  ip varchar(45) not null,
  succeeded boolean not null,
  attempted_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table addresses (
  id bigint not null auto_increment,
  user_id bigint not null,
  line1 varchar(200) not null,
  line2 varchar(200),
  city varchar(100) not null,
  postal_code varchar(20) not null,
  country_code char(2) not null,
  is_default boolean not null default false,
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table brands (
  id bigint not null auto_increment,
  name varchar(120) not null,
  website varchar(300),
  primary key (id),
  constraint brands_name_key unique (name)
) engine=InnoDB default charset=utf8mb4;

create table categories (
  id bigint not null auto_increment,
  parent_id bigint,
  name varchar(120) not null,
  slug varchar(140) not null,
  position int not null default 0,
  primary key (id),
  constraint categories_slug_key unique (slug)
) engine=InnoDB default charset=utf8mb4;

create table products (
  id bigint not null auto_increment,
  brand_id bigint,
  category_id bigint not null,
  sku varchar(64) not null,
  name varchar(200) not null,
  description text,
  status varchar(20) not null default 'draft',
  created_by bigint not null,
  updated_by bigint,
  created_at datetime(6) not null default current_timestamp(6),
  updated_at datetime(6) not null default current_timestamp(6),
  primary key (id),
  constraint products_sku_key unique (sku)
) engine=InnoDB default charset=utf8mb4;

create table product_variants (
  id bigint not null auto_increment,
  product_id bigint not null,
  sku varchar(64) not null,
  option_values json,
  price decimal(12,2) not null,
  currency_code char(3) not null,
  weight_grams int,
  unit_code varchar(10) not null,
  primary key (id),
  constraint product_variants_sku_key unique (sku)
) engine=InnoDB default charset=utf8mb4;

create table product_images (
  id bigint not null auto_increment,
  product_id bigint not null,
  url varchar(500) not null,
  position int not null default 0,
  alt_text varchar(200),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table product_attributes (
  id bigint not null auto_increment,
  code varchar(60) not null,
  name varchar(120) not null,
  primary key (id),
  constraint product_attributes_code_key unique (code)
) engine=InnoDB default charset=utf8mb4;

create table product_attribute_values (
  product_id bigint not null,
  attribute_id bigint not null,
  `value` varchar(500) not null,
  primary key (product_id, attribute_id)
) engine=InnoDB default charset=utf8mb4;

create table product_categories (
  product_id bigint not null,
  category_id bigint not null,
  primary key (product_id, category_id)
) engine=InnoDB default charset=utf8mb4;

create table tags (
  id bigint not null auto_increment,
  name varchar(60) not null,
  primary key (id),
  constraint tags_name_key unique (name)
) engine=InnoDB default charset=utf8mb4;

create table product_tags (
  product_id bigint not null,
  tag_id bigint not null,
  primary key (product_id, tag_id)
) engine=InnoDB default charset=utf8mb4;

create table price_lists (
  id bigint not null auto_increment,
  name varchar(120) not null,
  currency_code char(3) not null,
  valid_from date not null,
  valid_to date,
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table prices (
  id bigint not null auto_increment,
  price_list_id bigint not null,
  variant_id bigint not null,
  amount decimal(12,2) not null,
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table warehouses (
  id bigint not null auto_increment,
  code varchar(20) not null,
  name varchar(120) not null,
  country_code char(2) not null,
  address varchar(300) not null,
  primary key (id),
  constraint warehouses_code_key unique (code)
) engine=InnoDB default charset=utf8mb4;

create table suppliers (
  id bigint not null auto_increment,
  name varchar(200) not null,
  country_code char(2) not null,
  email varchar(255),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table stock_levels (
  warehouse_id bigint not null,
  variant_id bigint not null,
  on_hand int not null default 0,
  reserved int not null default 0,
  updated_at datetime(6) not null default current_timestamp(6),
  primary key (warehouse_id, variant_id)
) engine=InnoDB default charset=utf8mb4;

create table stock_movements (
  id bigint not null auto_increment,
  warehouse_id bigint not null,
  variant_id bigint not null,
  quantity int not null,
  reason varchar(30) not null,
  order_id bigint,
  purchase_order_id bigint,
  created_by bigint,
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table stock_reservations (
  id bigint not null auto_increment,
  warehouse_id bigint not null,
  variant_id bigint not null,
  order_id bigint not null,
  quantity int not null,
  expires_at datetime(6) not null,
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table purchase_orders (
  id bigint not null auto_increment,
  supplier_id bigint not null,
  warehouse_id bigint not null,
  status varchar(20) not null default 'draft',
  created_by bigint not null,
  created_at datetime(6) not null default current_timestamp(6),
  expected_at date,
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table purchase_order_lines (
  id bigint not null auto_increment,
  purchase_order_id bigint not null,
  variant_id bigint not null,
  quantity int not null,
  unit_cost decimal(12,2) not null,
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table carts (
  id bigint not null auto_increment,
  user_id bigint,
  session_token varchar(128),
  currency_code char(3) not null,
  created_at datetime(6) not null default current_timestamp(6),
  updated_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table cart_items (
  id bigint not null auto_increment,
  cart_id bigint not null,
  variant_id bigint not null,
  quantity int not null default 1,
  added_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table orders (
  id bigint not null auto_increment,
  number varchar(30) not null,
  user_id bigint not null,
  account_id bigint not null,
  cart_id bigint,
  status_code varchar(20) not null default 'pending',
  currency_code char(3) not null,
  subtotal decimal(12,2) not null,
  tax_total decimal(12,2) not null,
  total decimal(12,2) not null,
  shipping_address_id bigint,
  billing_address_id bigint,
  placed_at datetime(6),
  created_at datetime(6) not null default current_timestamp(6),
  updated_at datetime(6) not null default current_timestamp(6),
  primary key (id),
  constraint orders_number_key unique (number)
) engine=InnoDB default charset=utf8mb4;

create table order_items (
  id bigint not null auto_increment,
  order_id bigint not null,
  variant_id bigint not null,
  quantity int not null,
  unit_price decimal(12,2) not null,
  tax_amount decimal(12,2) not null default 0,
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table order_status_history (
  id bigint not null auto_increment,
  order_id bigint not null,
  status_code varchar(20) not null,
  changed_by bigint,
  changed_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table order_notes (
  id bigint not null auto_increment,
  order_id bigint not null,
  author_id bigint not null,
  body text not null,
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table returns (
  id bigint not null auto_increment,
  order_id bigint not null,
  reason varchar(200) not null,
  status varchar(20) not null default 'requested',
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table return_items (
  id bigint not null auto_increment,
  return_id bigint not null,
  order_item_id bigint not null,
  quantity int not null,
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table payment_methods (
  id bigint not null auto_increment,
  user_id bigint not null,
  kind varchar(20) not null,
  provider_token varchar(200) not null,
  last4 char(4),
  expires_on date,
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table payments (
  id bigint not null auto_increment,
  order_id bigint not null,
  payment_method_id bigint,
  amount decimal(12,2) not null,
  currency_code char(3) not null,
  status varchar(20) not null default 'pending',
  provider_ref varchar(100),
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table payment_attempts (
  id bigint not null auto_increment,
  payment_id bigint not null,
  status varchar(20) not null,
  error_code varchar(40),
  attempted_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table payment_webhook_events (
  provider varchar(40) not null,
  event_type varchar(60) not null,
  payment_id bigint,
  payload json not null,
  received_at datetime(6) not null default current_timestamp(6)
) engine=InnoDB default charset=utf8mb4;

create table refunds (
  id bigint not null auto_increment,
  payment_id bigint not null,
  return_id bigint,
  amount decimal(12,2) not null,
  reason varchar(200),
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table invoices (
  id bigint not null auto_increment,
  order_id bigint not null,
  account_id bigint not null,
  number varchar(30) not null,
  total decimal(12,2) not null,
  issued_at datetime(6) not null default current_timestamp(6),
  primary key (id),
  constraint invoices_number_key unique (number)
) engine=InnoDB default charset=utf8mb4;

create table invoice_lines (
  id bigint not null auto_increment,
  invoice_id bigint not null,
  order_item_id bigint,
  description varchar(300) not null,
  amount decimal(12,2) not null,
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table tax_rates (
  id bigint not null auto_increment,
  country_code char(2) not null,
  category_id bigint,
  rate decimal(5,4) not null,
  valid_from date not null,
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table plans (
  id bigint not null auto_increment,
  code varchar(40) not null,
  name varchar(100) not null,
  monthly_price decimal(12,2) not null,
  currency_code char(3) not null,
  primary key (id),
  constraint plans_code_key unique (code)
) engine=InnoDB default charset=utf8mb4;

create table subscriptions (
  id bigint not null auto_increment,
  account_id bigint not null,
  plan_id bigint not null,
  status varchar(20) not null default 'active',
  started_at datetime(6) not null default current_timestamp(6),
  cancelled_at datetime(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table carriers (
  id bigint not null auto_increment,
  code varchar(20) not null,
  name varchar(100) not null,
  tracking_url varchar(300),
  primary key (id),
  constraint carriers_code_key unique (code)
) engine=InnoDB default charset=utf8mb4;

create table shipping_methods (
  id bigint not null auto_increment,
  carrier_id bigint not null,
  name varchar(100) not null,
  price decimal(12,2) not null,
  currency_code char(3) not null,
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table delivery_zones (
  id bigint not null auto_increment,
  carrier_id bigint not null,
  country_code char(2) not null,
  days_min int not null,
  days_max int not null,
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table shipments (
  id bigint not null auto_increment,
  order_id bigint not null,
  warehouse_id bigint not null,
  carrier_id bigint not null,
  shipping_method_id bigint not null,
  tracking_number varchar(60),
  status varchar(20) not null default 'created',
  shipped_at datetime(6),
  delivered_at datetime(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table shipment_items (
  id bigint not null auto_increment,
  shipment_id bigint not null,
  order_item_id bigint not null,
  quantity int not null,
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table shipment_events (
  id bigint not null auto_increment,
  shipment_id bigint not null,
  status varchar(40) not null,
  location varchar(120),
  occurred_at datetime(6) not null,
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table reviews (
  id bigint not null auto_increment,
  product_id bigint not null,
  user_id bigint not null,
  order_id bigint,
  rating smallint not null,
  title varchar(200),
  body text,
  status varchar(20) not null default 'pending',
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table review_votes (
  review_id bigint not null,
  user_id bigint not null,
  helpful boolean not null,
  voted_at datetime(6) not null default current_timestamp(6),
  primary key (review_id, user_id)
) engine=InnoDB default charset=utf8mb4;

create table review_images (
  id bigint not null auto_increment,
  review_id bigint not null,
  url varchar(500) not null,
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table questions (
  id bigint not null auto_increment,
  product_id bigint not null,
  user_id bigint not null,
  body text not null,
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table answers (
  id bigint not null auto_increment,
  question_id bigint not null,
  user_id bigint not null,
  body text not null,
  is_official boolean not null default false,
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table promotions (
  id bigint not null auto_increment,
  name varchar(200) not null,
  kind varchar(20) not null,
  discount_percent decimal(5,2),
  starts_at datetime(6) not null,
  ends_at datetime(6),
  created_by bigint not null,
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table promotion_products (
  promotion_id bigint not null,
  product_id bigint not null,
  primary key (promotion_id, product_id)
) engine=InnoDB default charset=utf8mb4;

create table coupons (
  id bigint not null auto_increment,
  promotion_id bigint not null,
  code varchar(40) not null,
  max_uses int,
  used_count int not null default 0,
  primary key (id),
  constraint coupons_code_key unique (code)
) engine=InnoDB default charset=utf8mb4;

create table coupon_redemptions (
  id bigint not null auto_increment,
  coupon_id bigint not null,
  order_id bigint not null,
  user_id bigint not null,
  redeemed_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table gift_cards (
  id bigint not null auto_increment,
  code varchar(40) not null,
  balance decimal(12,2) not null,
  currency_code char(3) not null,
  purchased_by bigint,
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id),
  constraint gift_cards_code_key unique (code)
) engine=InnoDB default charset=utf8mb4;

create table gift_card_transactions (
  id bigint not null auto_increment,
  gift_card_id bigint not null,
  order_id bigint,
  amount decimal(12,2) not null,
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table loyalty_accounts (
  id bigint not null auto_increment,
  user_id bigint not null,
  points int not null default 0,
  tier varchar(20) not null default 'bronze',
  primary key (id),
  constraint loyalty_accounts_user_id_key unique (user_id)
) engine=InnoDB default charset=utf8mb4;

create table loyalty_transactions (
  id bigint not null auto_increment,
  loyalty_account_id bigint not null,
  order_id bigint,
  points int not null,
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table sla_policies (
  id bigint not null auto_increment,
  priority varchar(20) not null,
  first_response_hours int not null,
  resolution_hours int not null,
  primary key (id),
  constraint sla_policies_priority_key unique (priority)
) engine=InnoDB default charset=utf8mb4;

create table tickets (
  id bigint not null auto_increment,
  user_id bigint not null,
  order_id bigint,
  subject varchar(200) not null,
  status varchar(20) not null default 'open',
  priority varchar(20) not null default 'normal',
  assignee_id bigint,
  created_at datetime(6) not null default current_timestamp(6),
  closed_at datetime(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table ticket_messages (
  id bigint not null auto_increment,
  ticket_id bigint not null,
  author_id bigint not null,
  body text not null,
  internal boolean not null default false,
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table ticket_tags (
  ticket_id bigint not null,
  tag varchar(40) not null,
  primary key (ticket_id, tag)
) engine=InnoDB default charset=utf8mb4;

create table ticket_attachments (
  id bigint not null auto_increment,
  ticket_message_id bigint not null,
  url varchar(500) not null,
  mime varchar(100) not null,
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table notification_templates (
  id bigint not null auto_increment,
  code varchar(80) not null,
  channel varchar(20) not null,
  subject varchar(200),
  body text not null,
  primary key (id),
  constraint notification_templates_code_key unique (code)
) engine=InnoDB default charset=utf8mb4;

create table notifications (
  id bigint not null auto_increment,
  user_id bigint not null,
  template_id bigint not null,
  channel varchar(20) not null,
  status varchar(20) not null default 'queued',
  sent_at datetime(6),
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table notification_preferences (
  user_id bigint not null,
  channel varchar(20) not null,
  enabled boolean not null default true,
  primary key (user_id, channel)
) engine=InnoDB default charset=utf8mb4;

create table email_deliveries (
  id bigint not null auto_increment,
  notification_id bigint not null,
  provider_message_id varchar(120),
  status varchar(20) not null,
  delivered_at datetime(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table push_devices (
  id bigint not null auto_increment,
  user_id bigint not null,
  token varchar(300) not null,
  platform varchar(20) not null,
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id),
  constraint push_devices_token_key unique (token)
) engine=InnoDB default charset=utf8mb4;

create table pages (
  id bigint not null auto_increment,
  slug varchar(200) not null,
  title varchar(200) not null,
  body text not null,
  author_id bigint not null,
  published_at datetime(6),
  updated_at datetime(6) not null default current_timestamp(6),
  primary key (id),
  constraint pages_slug_key unique (slug)
) engine=InnoDB default charset=utf8mb4;

create table page_revisions (
  id bigint not null auto_increment,
  page_id bigint not null,
  body text not null,
  created_by bigint not null,
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table blog_posts (
  id bigint not null auto_increment,
  slug varchar(200) not null,
  title varchar(200) not null,
  body text not null,
  author_id bigint not null,
  published_at datetime(6),
  primary key (id),
  constraint blog_posts_slug_key unique (slug)
) engine=InnoDB default charset=utf8mb4;

create table media_assets (
  id bigint not null auto_increment,
  url varchar(500) not null,
  mime varchar(100) not null,
  bytes bigint not null,
  uploaded_by bigint not null,
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table banners (
  id bigint not null auto_increment,
  title varchar(200) not null,
  image_asset_id bigint,
  link varchar(500),
  starts_at datetime(6) not null,
  ends_at datetime(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table comments (
  id bigint not null auto_increment,
  commentable_type varchar(40) not null,
  commentable_id bigint not null,
  user_id bigint not null,
  body text not null,
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table page_views (
  id bigint not null auto_increment,
  session_token varchar(128),
  user_id bigint,
  path varchar(500) not null,
  referrer varchar(500),
  viewed_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table analytics_events (
  id bigint not null auto_increment,
  user_id bigint,
  name varchar(100) not null,
  properties json,
  occurred_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table search_queries (
  id bigint not null auto_increment,
  user_id bigint,
  query varchar(300) not null,
  results_count int not null,
  searched_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table daily_sales (
  day date not null,
  product_id bigint not null,
  units int not null,
  revenue decimal(12,2) not null,
  primary key (day, product_id)
) engine=InnoDB default charset=utf8mb4;

create table ab_experiments (
  id bigint not null auto_increment,
  experiment_key varchar(80) not null,
  name varchar(200) not null,
  started_at datetime(6) not null default current_timestamp(6),
  primary key (id),
  constraint ab_experiments_experiment_key_key unique (experiment_key)
) engine=InnoDB default charset=utf8mb4;

create table ab_assignments (
  experiment_id bigint not null,
  user_id bigint not null,
  variant varchar(20) not null,
  assigned_at datetime(6) not null default current_timestamp(6),
  primary key (experiment_id, user_id)
) engine=InnoDB default charset=utf8mb4;

create table schema_migrations (
  version varchar(20) not null,
  applied_at datetime(6) not null default current_timestamp(6),
  primary key (version)
) engine=InnoDB default charset=utf8mb4;

create table jobs (
  id bigint not null auto_increment,
  queue varchar(60) not null,
  payload json not null,
  run_at datetime(6) not null default current_timestamp(6),
  attempts int not null default 0,
  locked_at datetime(6),
  locked_by varchar(100),
  last_error text,
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table outbox_events (
  id bigint not null auto_increment,
  aggregate_type varchar(60) not null,
  aggregate_id bigint not null,
  event_type varchar(100) not null,
  payload json not null,
  created_at datetime(6) not null default current_timestamp(6),
  published_at datetime(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table audit_log (
  id bigint not null auto_increment,
  actor_id bigint,
  action varchar(60) not null,
  entity_type varchar(60) not null,
  entity_id bigint not null,
  changes json,
  created_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

create table app_settings (
  `key` varchar(100) not null,
  `value` text not null,
  updated_by bigint,
  updated_at datetime(6) not null default current_timestamp(6),
  primary key (`key`)
) engine=InnoDB default charset=utf8mb4;

create table request_logs (
  id bigint not null auto_increment,
  method varchar(10) not null,
  path varchar(500) not null,
  status smallint not null,
  duration_ms int not null,
  user_id bigint,
  logged_at datetime(6) not null default current_timestamp(6),
  primary key (id)
) engine=InnoDB default charset=utf8mb4;

-- indexes
create index login_attempts_email_idx on login_attempts (email);
create unique index prices_list_variant_key on prices (price_list_id, variant_id);
create index orders_user_id_idx on orders (user_id);
create index idx_orders_user on orders (user_id);
create index orders_placed_at_idx on orders (placed_at);
create index comments_commentable_idx on comments (commentable_type, commentable_id);
create index jobs_queue_run_at_idx on jobs (queue, run_at);

-- foreign keys
alter table countries add constraint fk_countries_currency_code foreign key (currency_code) references currencies (code);
alter table accounts add constraint fk_accounts_country_code foreign key (country_code) references countries (code);
alter table users add constraint fk_users_account_id foreign key (account_id) references accounts (id);
alter table users add constraint fk_users_locale_code foreign key (locale_code) references locales (code);
alter table users add constraint fk_users_country_code foreign key (country_code) references countries (code);
alter table users add constraint fk_users_created_by foreign key (created_by) references users (id) on delete set null;
alter table user_profiles add constraint fk_user_profiles_user_id foreign key (user_id) references users (id) on delete cascade;
alter table user_roles add constraint fk_user_roles_user_id foreign key (user_id) references users (id) on delete cascade;
alter table user_roles add constraint fk_user_roles_role_id foreign key (role_id) references roles (id) on delete cascade;
alter table user_roles add constraint fk_user_roles_granted_by foreign key (granted_by) references users (id);
alter table role_permissions add constraint fk_role_permissions_role_id foreign key (role_id) references roles (id) on delete cascade;
alter table role_permissions add constraint fk_role_permissions_permission_id foreign key (permission_id) references permissions (id) on delete cascade;
alter table sessions add constraint fk_sessions_user_id foreign key (user_id) references users (id) on delete cascade;
alter table api_keys add constraint fk_api_keys_account_id foreign key (account_id) references accounts (id) on delete cascade;
alter table api_keys add constraint fk_api_keys_created_by foreign key (created_by) references users (id);
alter table password_resets add constraint fk_password_resets_user_id foreign key (user_id) references users (id) on delete cascade;
alter table addresses add constraint fk_addresses_user_id foreign key (user_id) references users (id) on delete cascade;
alter table addresses add constraint fk_addresses_country_code foreign key (country_code) references countries (code);
alter table categories add constraint fk_categories_parent_id foreign key (parent_id) references categories (id) on delete set null;
alter table products add constraint fk_products_brand_id foreign key (brand_id) references brands (id);
alter table products add constraint fk_products_category_id foreign key (category_id) references categories (id);
alter table products add constraint fk_products_created_by foreign key (created_by) references users (id);
alter table products add constraint fk_products_updated_by foreign key (updated_by) references users (id);
alter table product_variants add constraint fk_product_variants_product_id foreign key (product_id) references products (id) on delete cascade;
alter table product_variants add constraint fk_product_variants_currency_code foreign key (currency_code) references currencies (code);
alter table product_variants add constraint fk_product_variants_unit_code foreign key (unit_code) references units_of_measure (code);
alter table product_images add constraint fk_product_images_product_id foreign key (product_id) references products (id) on delete cascade;
alter table product_attribute_values add constraint fk_product_attribute_values_product_id foreign key (product_id) references products (id) on delete cascade;
alter table product_attribute_values add constraint fk_product_attribute_values_attribute_id foreign key (attribute_id) references product_attributes (id);
alter table product_categories add constraint fk_product_categories_product_id foreign key (product_id) references products (id) on delete cascade;
alter table product_categories add constraint fk_product_categories_category_id foreign key (category_id) references categories (id) on delete cascade;
alter table product_tags add constraint fk_product_tags_product_id foreign key (product_id) references products (id) on delete cascade;
alter table product_tags add constraint fk_product_tags_tag_id foreign key (tag_id) references tags (id) on delete cascade;
alter table price_lists add constraint fk_price_lists_currency_code foreign key (currency_code) references currencies (code);
alter table prices add constraint fk_prices_price_list_id foreign key (price_list_id) references price_lists (id) on delete cascade;
alter table prices add constraint fk_prices_variant_id foreign key (variant_id) references product_variants (id) on delete cascade;
alter table warehouses add constraint fk_warehouses_country_code foreign key (country_code) references countries (code);
alter table suppliers add constraint fk_suppliers_country_code foreign key (country_code) references countries (code);
alter table stock_levels add constraint fk_stock_levels_warehouse_id foreign key (warehouse_id) references warehouses (id);
alter table stock_levels add constraint fk_stock_levels_variant_id foreign key (variant_id) references product_variants (id);
alter table stock_movements add constraint fk_stock_movements_warehouse_id foreign key (warehouse_id) references warehouses (id);
alter table stock_movements add constraint fk_stock_movements_variant_id foreign key (variant_id) references product_variants (id);
alter table stock_movements add constraint fk_stock_movements_created_by foreign key (created_by) references users (id);
alter table stock_reservations add constraint fk_stock_reservations_order_id foreign key (order_id) references orders (id) on delete cascade;
alter table stock_reservations add constraint fk_stock_reservations_stock_level foreign key (warehouse_id, variant_id) references stock_levels (warehouse_id, variant_id) on delete restrict;
alter table purchase_orders add constraint fk_purchase_orders_supplier_id foreign key (supplier_id) references suppliers (id);
alter table purchase_orders add constraint fk_purchase_orders_warehouse_id foreign key (warehouse_id) references warehouses (id);
alter table purchase_orders add constraint fk_purchase_orders_created_by foreign key (created_by) references users (id);
alter table purchase_order_lines add constraint fk_purchase_order_lines_purchase_order_id foreign key (purchase_order_id) references purchase_orders (id) on delete cascade;
alter table purchase_order_lines add constraint fk_purchase_order_lines_variant_id foreign key (variant_id) references product_variants (id);
alter table carts add constraint fk_carts_user_id foreign key (user_id) references users (id) on delete set null;
alter table carts add constraint fk_carts_currency_code foreign key (currency_code) references currencies (code);
alter table cart_items add constraint fk_cart_items_cart_id foreign key (cart_id) references carts (id) on delete cascade;
alter table cart_items add constraint fk_cart_items_variant_id foreign key (variant_id) references product_variants (id);
alter table orders add constraint fk_orders_user_id foreign key (user_id) references users (id);
alter table orders add constraint fk_orders_account_id foreign key (account_id) references accounts (id);
alter table orders add constraint fk_orders_status_code foreign key (status_code) references order_statuses (code);
alter table orders add constraint fk_orders_currency_code foreign key (currency_code) references currencies (code);
alter table orders add constraint fk_orders_shipping_address_id foreign key (shipping_address_id) references addresses (id);
alter table orders add constraint fk_orders_billing_address_id foreign key (billing_address_id) references addresses (id);
alter table order_items add constraint fk_order_items_order_id foreign key (order_id) references orders (id) on delete cascade;
alter table order_items add constraint fk_order_items_variant_id foreign key (variant_id) references product_variants (id);
alter table order_status_history add constraint fk_order_status_history_order_id foreign key (order_id) references orders (id) on delete cascade;
alter table order_status_history add constraint fk_order_status_history_status_code foreign key (status_code) references order_statuses (code);
alter table order_status_history add constraint fk_order_status_history_changed_by foreign key (changed_by) references users (id);
alter table order_notes add constraint fk_order_notes_order_id foreign key (order_id) references orders (id) on delete cascade;
alter table order_notes add constraint fk_order_notes_author_id foreign key (author_id) references users (id);
alter table returns add constraint fk_returns_order_id foreign key (order_id) references orders (id);
alter table return_items add constraint fk_return_items_return_id foreign key (return_id) references returns (id) on delete cascade;
alter table return_items add constraint fk_return_items_order_item_id foreign key (order_item_id) references order_items (id);
alter table payment_methods add constraint fk_payment_methods_user_id foreign key (user_id) references users (id) on delete cascade;
alter table payments add constraint fk_payments_order_id foreign key (order_id) references orders (id);
alter table payments add constraint fk_payments_payment_method_id foreign key (payment_method_id) references payment_methods (id) on delete set null;
alter table payments add constraint fk_payments_currency_code foreign key (currency_code) references currencies (code);
alter table payment_attempts add constraint fk_payment_attempts_payment_id foreign key (payment_id) references payments (id) on delete cascade;
alter table refunds add constraint fk_refunds_payment_id foreign key (payment_id) references payments (id);
alter table invoices add constraint fk_invoices_order_id foreign key (order_id) references orders (id);
alter table invoices add constraint fk_invoices_account_id foreign key (account_id) references accounts (id);
alter table invoice_lines add constraint fk_invoice_lines_invoice_id foreign key (invoice_id) references invoices (id) on delete cascade;
alter table tax_rates add constraint fk_tax_rates_country_code foreign key (country_code) references countries (code);
alter table plans add constraint fk_plans_currency_code foreign key (currency_code) references currencies (code);
alter table subscriptions add constraint fk_subscriptions_account_id foreign key (account_id) references accounts (id);
alter table subscriptions add constraint fk_subscriptions_plan_id foreign key (plan_id) references plans (id);
alter table shipping_methods add constraint fk_shipping_methods_carrier_id foreign key (carrier_id) references carriers (id);
alter table shipping_methods add constraint fk_shipping_methods_currency_code foreign key (currency_code) references currencies (code);
alter table delivery_zones add constraint fk_delivery_zones_carrier_id foreign key (carrier_id) references carriers (id);
alter table delivery_zones add constraint fk_delivery_zones_country_code foreign key (country_code) references countries (code);
alter table shipments add constraint fk_shipments_order_id foreign key (order_id) references orders (id);
alter table shipments add constraint fk_shipments_warehouse_id foreign key (warehouse_id) references warehouses (id);
alter table shipments add constraint fk_shipments_carrier_id foreign key (carrier_id) references carriers (id);
alter table shipments add constraint fk_shipments_shipping_method_id foreign key (shipping_method_id) references shipping_methods (id);
alter table shipment_items add constraint fk_shipment_items_shipment_id foreign key (shipment_id) references shipments (id) on delete cascade;
alter table shipment_items add constraint fk_shipment_items_order_item_id foreign key (order_item_id) references order_items (id);
alter table shipment_events add constraint fk_shipment_events_shipment_id foreign key (shipment_id) references shipments (id) on delete cascade;
alter table reviews add constraint fk_reviews_product_id foreign key (product_id) references products (id) on delete cascade;
alter table reviews add constraint fk_reviews_user_id foreign key (user_id) references users (id);
alter table review_votes add constraint fk_review_votes_review_id foreign key (review_id) references reviews (id) on delete cascade;
alter table review_votes add constraint fk_review_votes_user_id foreign key (user_id) references users (id) on delete cascade;
alter table review_images add constraint fk_review_images_review_id foreign key (review_id) references reviews (id) on delete cascade;
alter table questions add constraint fk_questions_product_id foreign key (product_id) references products (id) on delete cascade;
alter table questions add constraint fk_questions_user_id foreign key (user_id) references users (id);
alter table answers add constraint fk_answers_question_id foreign key (question_id) references questions (id) on delete cascade;
alter table answers add constraint fk_answers_user_id foreign key (user_id) references users (id);
alter table promotions add constraint fk_promotions_created_by foreign key (created_by) references users (id);
alter table promotion_products add constraint fk_promotion_products_promotion_id foreign key (promotion_id) references promotions (id) on delete cascade;
alter table promotion_products add constraint fk_promotion_products_product_id foreign key (product_id) references products (id) on delete cascade;
alter table coupons add constraint fk_coupons_promotion_id foreign key (promotion_id) references promotions (id) on delete cascade;
alter table coupon_redemptions add constraint fk_coupon_redemptions_coupon_id foreign key (coupon_id) references coupons (id);
alter table coupon_redemptions add constraint fk_coupon_redemptions_order_id foreign key (order_id) references orders (id);
alter table coupon_redemptions add constraint fk_coupon_redemptions_user_id foreign key (user_id) references users (id);
alter table gift_cards add constraint fk_gift_cards_currency_code foreign key (currency_code) references currencies (code);
alter table gift_cards add constraint fk_gift_cards_purchased_by foreign key (purchased_by) references users (id);
alter table gift_card_transactions add constraint fk_gift_card_transactions_gift_card_id foreign key (gift_card_id) references gift_cards (id);
alter table loyalty_accounts add constraint fk_loyalty_accounts_user_id foreign key (user_id) references users (id) on delete cascade;
alter table loyalty_transactions add constraint fk_loyalty_transactions_loyalty_account_id foreign key (loyalty_account_id) references loyalty_accounts (id) on delete cascade;
alter table tickets add constraint fk_tickets_user_id foreign key (user_id) references users (id);
alter table tickets add constraint fk_tickets_assignee_id foreign key (assignee_id) references users (id);
alter table ticket_messages add constraint fk_ticket_messages_ticket_id foreign key (ticket_id) references tickets (id) on delete cascade;
alter table ticket_messages add constraint fk_ticket_messages_author_id foreign key (author_id) references users (id);
alter table ticket_tags add constraint fk_ticket_tags_ticket_id foreign key (ticket_id) references tickets (id) on delete cascade;
alter table ticket_attachments add constraint fk_ticket_attachments_ticket_message_id foreign key (ticket_message_id) references ticket_messages (id) on delete cascade;
alter table notifications add constraint fk_notifications_user_id foreign key (user_id) references users (id) on delete cascade;
alter table notifications add constraint fk_notifications_template_id foreign key (template_id) references notification_templates (id);
alter table notification_preferences add constraint fk_notification_preferences_user_id foreign key (user_id) references users (id) on delete cascade;
alter table email_deliveries add constraint fk_email_deliveries_notification_id foreign key (notification_id) references notifications (id) on delete cascade;
alter table push_devices add constraint fk_push_devices_user_id foreign key (user_id) references users (id) on delete cascade;
alter table pages add constraint fk_pages_author_id foreign key (author_id) references users (id);
alter table page_revisions add constraint fk_page_revisions_page_id foreign key (page_id) references pages (id) on delete cascade;
alter table page_revisions add constraint fk_page_revisions_created_by foreign key (created_by) references users (id);
alter table blog_posts add constraint fk_blog_posts_author_id foreign key (author_id) references users (id);
alter table media_assets add constraint fk_media_assets_uploaded_by foreign key (uploaded_by) references users (id);
alter table banners add constraint fk_banners_image_asset_id foreign key (image_asset_id) references media_assets (id);
alter table comments add constraint fk_comments_user_id foreign key (user_id) references users (id);
alter table ab_assignments add constraint fk_ab_assignments_experiment_id foreign key (experiment_id) references ab_experiments (id) on delete cascade;
alter table app_settings add constraint fk_app_settings_updated_by foreign key (updated_by) references users (id);
