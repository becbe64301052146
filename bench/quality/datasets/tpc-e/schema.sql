-- TPC-E (TPC Benchmark E, Standard Specification v1.14, clause 2.2: tables, columns, keys).
-- See README.md for the source and the ground truth. Loads into an empty PostgreSQL database.
CREATE TABLE zip_code (zc_code char(12) NOT NULL PRIMARY KEY, zc_town varchar(80) NOT NULL, zc_div varchar(80) NOT NULL);
CREATE TABLE address (ad_id bigint NOT NULL PRIMARY KEY, ad_line1 varchar(80), ad_line2 varchar(80),
  ad_zc_code char(12) NOT NULL REFERENCES zip_code (zc_code), ad_ctry varchar(80));
CREATE TABLE status_type (st_id char(4) NOT NULL PRIMARY KEY, st_name char(10) NOT NULL);
CREATE TABLE taxrate (tx_id char(4) NOT NULL PRIMARY KEY, tx_name varchar(50) NOT NULL, tx_rate numeric(6,5) NOT NULL);

CREATE TABLE exchange (ex_id char(6) NOT NULL PRIMARY KEY, ex_name varchar(100) NOT NULL, ex_num_symb integer NOT NULL,
  ex_open integer NOT NULL, ex_close integer NOT NULL, ex_desc varchar(150), ex_ad_id bigint NOT NULL REFERENCES address (ad_id));
CREATE TABLE sector (sc_id char(2) NOT NULL PRIMARY KEY, sc_name varchar(30) NOT NULL);
CREATE TABLE industry (in_id char(2) NOT NULL PRIMARY KEY, in_name varchar(50) NOT NULL,
  in_sc_id char(2) NOT NULL REFERENCES sector (sc_id));
CREATE TABLE company (co_id bigint NOT NULL PRIMARY KEY, co_st_id char(4) NOT NULL REFERENCES status_type (st_id),
  co_name varchar(60) NOT NULL, co_in_id char(2) NOT NULL REFERENCES industry (in_id), co_sp_rate char(4) NOT NULL,
  co_ceo varchar(46) NOT NULL, co_ad_id bigint NOT NULL REFERENCES address (ad_id), co_desc varchar(150) NOT NULL,
  co_open_date date NOT NULL);
CREATE INDEX i_co_name ON company (co_name);
CREATE TABLE company_competitor (cp_co_id bigint NOT NULL REFERENCES company (co_id),
  cp_comp_co_id bigint NOT NULL REFERENCES company (co_id), cp_in_id char(2) NOT NULL REFERENCES industry (in_id),
  PRIMARY KEY (cp_co_id, cp_comp_co_id, cp_in_id));
CREATE TABLE security (s_symb char(15) NOT NULL PRIMARY KEY, s_issue char(6) NOT NULL,
  s_st_id char(4) NOT NULL REFERENCES status_type (st_id), s_name varchar(70) NOT NULL,
  s_ex_id char(6) NOT NULL REFERENCES exchange (ex_id), s_co_id bigint NOT NULL REFERENCES company (co_id),
  s_num_out bigint NOT NULL, s_start_date date NOT NULL, s_exch_date date NOT NULL, s_pe numeric(10,2) NOT NULL,
  s_52wk_high numeric(8,2) NOT NULL, s_52wk_high_date date NOT NULL, s_52wk_low numeric(8,2) NOT NULL,
  s_52wk_low_date date NOT NULL, s_dividend numeric(10,2) NOT NULL, s_yield numeric(5,2) NOT NULL);
CREATE INDEX i_security ON security (s_co_id, s_issue);
CREATE TABLE daily_market (dm_date date NOT NULL, dm_s_symb char(15) NOT NULL REFERENCES security (s_symb),
  dm_close numeric(8,2) NOT NULL, dm_high numeric(8,2) NOT NULL, dm_low numeric(8,2) NOT NULL, dm_vol bigint NOT NULL,
  PRIMARY KEY (dm_date, dm_s_symb));
CREATE INDEX i_dm_s_symb ON daily_market (dm_s_symb);
CREATE TABLE financial (fi_co_id bigint NOT NULL REFERENCES company (co_id), fi_year integer NOT NULL,
  fi_qtr smallint NOT NULL, fi_qtr_start_date date NOT NULL, fi_revenue numeric(15,2) NOT NULL,
  fi_net_earn numeric(15,2) NOT NULL, fi_basic_eps numeric(10,2) NOT NULL, fi_dilut_eps numeric(10,2) NOT NULL,
  fi_margin numeric(10,2) NOT NULL, fi_inventory numeric(15,2) NOT NULL, fi_assets numeric(15,2) NOT NULL,
  fi_liability numeric(15,2) NOT NULL, fi_out_basic bigint NOT NULL, fi_out_dilut bigint NOT NULL,
  PRIMARY KEY (fi_co_id, fi_year, fi_qtr));
CREATE TABLE last_trade (lt_s_symb char(15) NOT NULL PRIMARY KEY REFERENCES security (s_symb),
  lt_dts timestamp NOT NULL, lt_price numeric(8,2) NOT NULL, lt_open_price numeric(8,2) NOT NULL, lt_vol bigint NOT NULL);
CREATE TABLE news_item (ni_id bigint NOT NULL PRIMARY KEY, ni_headline varchar(80) NOT NULL,
  ni_summary varchar(255) NOT NULL, ni_item text NOT NULL, ni_dts timestamp NOT NULL, ni_source varchar(30) NOT NULL,
  ni_author varchar(30));
CREATE TABLE news_xref (nx_ni_id bigint NOT NULL REFERENCES news_item (ni_id),
  nx_co_id bigint NOT NULL REFERENCES company (co_id), PRIMARY KEY (nx_ni_id, nx_co_id));

CREATE TABLE broker (b_id bigint NOT NULL PRIMARY KEY, b_st_id char(4) NOT NULL REFERENCES status_type (st_id),
  b_name varchar(49) NOT NULL, b_num_trades integer NOT NULL, b_comm_total numeric(12,2) NOT NULL);
CREATE TABLE trade_type (tt_id char(3) NOT NULL PRIMARY KEY, tt_name varchar(12) NOT NULL,
  tt_is_sell boolean NOT NULL, tt_is_mrkt boolean NOT NULL);
CREATE TABLE charge (ch_tt_id char(3) NOT NULL REFERENCES trade_type (tt_id), ch_c_tier smallint NOT NULL,
  ch_chrg numeric(10,2) NOT NULL, PRIMARY KEY (ch_tt_id, ch_c_tier));
CREATE TABLE commission_rate (cr_c_tier smallint NOT NULL, cr_tt_id char(3) NOT NULL REFERENCES trade_type (tt_id),
  cr_ex_id char(6) NOT NULL REFERENCES exchange (ex_id), cr_from_qty integer NOT NULL, cr_to_qty integer NOT NULL,
  cr_rate numeric(5,2) NOT NULL, PRIMARY KEY (cr_c_tier, cr_tt_id, cr_ex_id, cr_from_qty));

CREATE TABLE customer (c_id bigint NOT NULL PRIMARY KEY, c_tax_id varchar(20) NOT NULL,
  c_st_id char(4) NOT NULL REFERENCES status_type (st_id), c_l_name varchar(25) NOT NULL, c_f_name varchar(20) NOT NULL,
  c_m_name char(1), c_gndr char(1), c_tier smallint NOT NULL, c_dob date NOT NULL,
  c_ad_id bigint NOT NULL REFERENCES address (ad_id), c_ctry_1 varchar(3), c_area_1 varchar(3), c_local_1 varchar(10),
  c_ext_1 varchar(5), c_ctry_2 varchar(3), c_area_2 varchar(3), c_local_2 varchar(10), c_ext_2 varchar(5),
  c_ctry_3 varchar(3), c_area_3 varchar(3), c_local_3 varchar(10), c_ext_3 varchar(5), c_email_1 varchar(50),
  c_email_2 varchar(50));
CREATE INDEX i_c_tax_id ON customer (c_tax_id);
CREATE TABLE customer_account (ca_id bigint NOT NULL PRIMARY KEY, ca_b_id bigint NOT NULL REFERENCES broker (b_id),
  ca_c_id bigint NOT NULL REFERENCES customer (c_id), ca_name varchar(50), ca_tax_st smallint NOT NULL,
  ca_bal numeric(12,2) NOT NULL);
CREATE INDEX i_ca_c_id ON customer_account (ca_c_id);
CREATE TABLE account_permission (ap_ca_id bigint NOT NULL REFERENCES customer_account (ca_id),
  ap_acl char(4) NOT NULL, ap_tax_id varchar(20) NOT NULL, ap_l_name varchar(25) NOT NULL,
  ap_f_name varchar(20) NOT NULL, PRIMARY KEY (ap_ca_id, ap_tax_id));
CREATE TABLE customer_taxrate (cx_tx_id char(4) NOT NULL REFERENCES taxrate (tx_id),
  cx_c_id bigint NOT NULL REFERENCES customer (c_id), PRIMARY KEY (cx_tx_id, cx_c_id));
CREATE TABLE watch_list (wl_id bigint NOT NULL PRIMARY KEY, wl_c_id bigint NOT NULL REFERENCES customer (c_id));
CREATE INDEX i_wl_c_id ON watch_list (wl_c_id);
CREATE TABLE watch_item (wi_wl_id bigint NOT NULL REFERENCES watch_list (wl_id),
  wi_s_symb char(15) NOT NULL REFERENCES security (s_symb), PRIMARY KEY (wi_wl_id, wi_s_symb));

CREATE TABLE trade (t_id bigint NOT NULL PRIMARY KEY, t_dts timestamp NOT NULL,
  t_st_id char(4) NOT NULL REFERENCES status_type (st_id), t_tt_id char(3) NOT NULL REFERENCES trade_type (tt_id),
  t_is_cash boolean NOT NULL, t_s_symb char(15) NOT NULL REFERENCES security (s_symb), t_qty integer NOT NULL,
  t_bid_price numeric(8,2) NOT NULL, t_ca_id bigint NOT NULL REFERENCES customer_account (ca_id),
  t_exec_name varchar(49) NOT NULL, t_trade_price numeric(8,2), t_chrg numeric(10,2) NOT NULL,
  t_comm numeric(10,2) NOT NULL, t_tax numeric(10,2) NOT NULL, t_lifo boolean NOT NULL);
CREATE INDEX i_t_st_id ON trade (t_st_id);
CREATE INDEX i_t_ca_id ON trade (t_ca_id);
CREATE TABLE settlement (se_t_id bigint NOT NULL PRIMARY KEY REFERENCES trade (t_id), se_cash_type varchar(40) NOT NULL,
  se_cash_due_date date NOT NULL, se_amt numeric(10,2) NOT NULL);
CREATE TABLE trade_history (th_t_id bigint NOT NULL REFERENCES trade (t_id), th_dts timestamp NOT NULL,
  th_st_id char(4) NOT NULL REFERENCES status_type (st_id), PRIMARY KEY (th_t_id, th_st_id));
CREATE TABLE trade_request (tr_t_id bigint NOT NULL PRIMARY KEY REFERENCES trade (t_id),
  tr_tt_id char(3) NOT NULL REFERENCES trade_type (tt_id), tr_s_symb char(15) NOT NULL REFERENCES security (s_symb),
  tr_qty integer NOT NULL, tr_bid_price numeric(8,2) NOT NULL, tr_b_id bigint NOT NULL REFERENCES broker (b_id));
CREATE INDEX i_tr_s_symb ON trade_request (tr_s_symb);
CREATE TABLE cash_transaction (ct_t_id bigint NOT NULL PRIMARY KEY REFERENCES trade (t_id), ct_dts timestamp NOT NULL,
  ct_amt numeric(10,2) NOT NULL, ct_name varchar(100));
CREATE TABLE holding_summary (hs_ca_id bigint NOT NULL REFERENCES customer_account (ca_id),
  hs_s_symb char(15) NOT NULL REFERENCES security (s_symb), hs_qty integer NOT NULL, PRIMARY KEY (hs_ca_id, hs_s_symb));
CREATE TABLE holding (h_t_id bigint NOT NULL PRIMARY KEY REFERENCES trade (t_id), h_ca_id bigint NOT NULL,
  h_s_symb char(15) NOT NULL, h_dts timestamp NOT NULL, h_price numeric(8,2) NOT NULL, h_qty integer NOT NULL,
  FOREIGN KEY (h_ca_id, h_s_symb) REFERENCES holding_summary (hs_ca_id, hs_s_symb));
CREATE INDEX i_holding ON holding (h_ca_id, h_s_symb);
CREATE TABLE holding_history (hh_h_t_id bigint NOT NULL REFERENCES trade (t_id),
  hh_t_id bigint NOT NULL REFERENCES trade (t_id), hh_before_qty integer NOT NULL, hh_after_qty integer NOT NULL,
  PRIMARY KEY (hh_h_t_id, hh_t_id));
