-- Train Ticket (github.com/FudanSELab/train-ticket): the entities its microservices store, one table each.
-- No foreign keys (each service has its own database). See README.md. PostgreSQL.
CREATE TABLE "add_money" (
  "user_id" varchar(255),
  "money" varchar(255),
  PRIMARY KEY ("user_id")
);
CREATE TABLE "assurance" (
  "id" varchar(36),
  "order_id" varchar(36),
  "type" jsonb,
  PRIMARY KEY ("id")
);
CREATE TABLE "auth_user" (
  "user_id" varchar(36),
  "username" varchar(255),
  "password" varchar(255),
  "roles" jsonb,
  PRIMARY KEY ("user_id")
);
CREATE TABLE "config" (
  "name" varchar(255),
  "value" varchar(255),
  "description" varchar(255),
  PRIMARY KEY ("name")
);
CREATE TABLE "consign_price" (
  "id" varchar(36),
  "index" integer,
  "initial_weight" double precision,
  "initial_price" double precision,
  "within_price" double precision,
  "beyond_price" double precision,
  PRIMARY KEY ("id")
);
CREATE TABLE "consign_record" (
  "id" varchar(36),
  "order_id" varchar(36),
  "account_id" varchar(36),
  "handle_date" varchar(255),
  "target_date" varchar(255),
  "from" varchar(255),
  "to" varchar(255),
  "consignee" varchar(255),
  "phone" varchar(255),
  "weight" double precision,
  "price" double precision,
  PRIMARY KEY ("id")
);
CREATE TABLE "contacts" (
  "id" varchar(36),
  "account_id" varchar(36),
  "name" varchar(255),
  "document_type" integer,
  "document_number" varchar(255),
  "phone_number" varchar(255),
  PRIMARY KEY ("id")
);
CREATE TABLE "foodorder" (
  "id" varchar(36),
  "order_id" varchar(36),
  "food_type" integer,
  "station_name" varchar(255),
  "store_name" varchar(255),
  "food_name" varchar(255),
  "price" double precision,
  PRIMARY KEY ("id")
);
CREATE TABLE "inside_add_money" (
  "id" varchar(255),
  "user_id" varchar(255),
  "money" varchar(255),
  "type" jsonb,
  PRIMARY KEY ("id")
);
CREATE TABLE "inside_payment" (
  "id" varchar(255),
  "order_id" varchar(255),
  "user_id" varchar(255),
  "price" varchar(255),
  "type" jsonb,
  PRIMARY KEY ("id")
);
CREATE TABLE "orders" (
  "id" varchar(36),
  "bought_date" timestamp,
  "travel_date" timestamp,
  "travel_time" timestamp,
  "account_id" varchar(36),
  "contacts_name" varchar(255),
  "document_type" integer,
  "contacts_document_number" varchar(255),
  "train_number" varchar(255),
  "coach_number" integer,
  "seat_class" integer,
  "seat_number" varchar(255),
  "from" varchar(255),
  "to" varchar(255),
  "status" integer,
  "price" varchar(255),
  PRIMARY KEY ("id")
);
CREATE TABLE "orders_other" (
  "id" varchar(36),
  "bought_date" timestamp,
  "travel_date" timestamp,
  "travel_time" timestamp,
  "account_id" varchar(36),
  "contacts_name" varchar(255),
  "document_type" integer,
  "contacts_document_number" varchar(255),
  "train_number" varchar(255),
  "coach_number" integer,
  "seat_class" integer,
  "seat_number" varchar(255),
  "from" varchar(255),
  "to" varchar(255),
  "status" integer,
  "price" varchar(255),
  PRIMARY KEY ("id")
);
CREATE TABLE "payment" (
  "id" varchar(255),
  "order_id" varchar(255),
  "user_id" varchar(255),
  "price" varchar(255),
  PRIMARY KEY ("id")
);
CREATE TABLE "price_config" (
  "id" varchar(36),
  "train_type" varchar(255),
  "route_id" varchar(255),
  "basic_price_rate" double precision,
  "first_class_price_rate" double precision,
  PRIMARY KEY ("id")
);
CREATE TABLE "routes" (
  "id" varchar(255),
  "stations" jsonb,
  "distances" jsonb,
  "start_station_id" varchar(255),
  "terminal_station_id" varchar(255),
  PRIMARY KEY ("id")
);
CREATE TABLE "security_config" (
  "id" varchar(36),
  "name" varchar(255),
  "value" varchar(255),
  "description" varchar(255),
  PRIMARY KEY ("id")
);
CREATE TABLE "station" (
  "id" varchar(255),
  "name" varchar(255),
  "stay_time" integer,
  PRIMARY KEY ("id")
);
CREATE TABLE "stores" (
  "id" varchar(36),
  "station_id" varchar(255),
  "store_name" varchar(255),
  "telephone" varchar(255),
  "business_time" varchar(255),
  "delivery_fee" double precision,
  "food_list" jsonb,
  PRIMARY KEY ("id")
);
CREATE TABLE "train_type" (
  "id" varchar(255),
  "economy_class" integer,
  "confort_class" integer,
  "average_speed" integer,
  PRIMARY KEY ("id")
);
CREATE TABLE "trainfoods" (
  "id" varchar(36),
  "trip_id" varchar(255),
  "food_list" jsonb,
  PRIMARY KEY ("id")
);
CREATE TABLE "trip" (
  "trip_id" varchar(16),
  "train_type_id" varchar(255),
  "route_id" varchar(255),
  "starting_time" timestamp,
  "starting_station_id" varchar(255),
  "stations_id" varchar(255),
  "terminal_station_id" varchar(255),
  "end_time" timestamp,
  PRIMARY KEY ("trip_id")
);
CREATE TABLE "trip_other" (
  "trip_id" varchar(16),
  "train_type_id" varchar(255),
  "route_id" varchar(255),
  "starting_station_id" varchar(255),
  "stations_id" varchar(255),
  "terminal_station_id" varchar(255),
  "starting_time" timestamp,
  "end_time" timestamp,
  PRIMARY KEY ("trip_id")
);
CREATE TABLE "user" (
  "user_id" varchar(36),
  "user_name" varchar(255),
  "password" varchar(255),
  "gender" integer,
  "document_type" integer,
  "document_num" varchar(255),
  "email" varchar(255),
  PRIMARY KEY ("user_id")
);
