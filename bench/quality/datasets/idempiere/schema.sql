-- iDempiere ERP (github.com/idempiere/idempiere): one table per generated model interface I_<Table>.java.
-- Module prefixes removed from table names (C_OrderLine -> order_line); see README.md. PostgreSQL.
CREATE TABLE "1099_box" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "bucket" integer,
  "c_1099box_id" integer,
  "c_1099box_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_1099box_id"),
  UNIQUE ("c_1099box_uu")
);
CREATE TABLE "1099_extract" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_pinstance_id" integer,
  "amtbucket01" numeric,
  "amtbucket02" numeric,
  "amtbucket03" numeric,
  "amtbucket04" numeric,
  "amtbucket05" numeric,
  "amtbucket06" numeric,
  "amtbucket07" numeric,
  "amtbucket08" numeric,
  "amtbucket09" numeric,
  "amtbucket10" numeric,
  "amtbucket11" numeric,
  "amtbucket12" numeric,
  "amtbucket13" numeric,
  "amtbucket14" numeric,
  "amtbucket15" numeric,
  "amtbucket16" numeric,
  "c_bpartner_id" integer,
  "c_location_id" integer,
  "created" timestamp,
  "createdby" integer,
  "cut_date" timestamp,
  "cut_year" integer,
  "isactive" char(1),
  "name" varchar(255),
  "t_1099extract_uu" varchar(255),
  "taxid" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  UNIQUE ("t_1099extract_uu")
);
CREATE TABLE "a_registration" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "a_asset_id" integer,
  "a_registration_id" integer,
  "a_registration_uu" varchar(255),
  "assetservicedate" timestamp,
  "c_bpartner_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isallowpublish" char(1),
  "isinproduction" char(1),
  "isregistered" char(1),
  "m_product_id" integer,
  "name" varchar(255),
  "note" varchar(255),
  "processing" char(1),
  "remote_addr" varchar(255),
  "remote_host" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_registration_id"),
  UNIQUE ("a_registration_uu")
);
CREATE TABLE "access_log" (
  "ad_accesslog_id" integer,
  "ad_accesslog_uu" varchar(255),
  "ad_client_id" integer,
  "ad_column_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "record_id" integer,
  "remote_addr" varchar(255),
  "remote_host" varchar(255),
  "reply" varchar(255),
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_accesslog_id"),
  UNIQUE ("ad_accesslog_uu")
);
CREATE TABLE "acct" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "a_asset_id" integer,
  "account_id" integer,
  "amtacctcr" numeric,
  "amtacctdr" numeric,
  "amtsourcecr" numeric,
  "amtsourcedr" numeric,
  "c_acctschema_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_charge_id" integer,
  "c_costcenter_id" integer,
  "c_currency_id" integer,
  "c_department_id" integer,
  "c_employee_id" integer,
  "c_locfrom_id" integer,
  "c_locto_id" integer,
  "c_period_id" integer,
  "c_projectphase_id" integer,
  "c_projecttask_id" integer,
  "c_project_id" integer,
  "c_salesregion_id" integer,
  "c_subacct_id" integer,
  "c_tax_id" integer,
  "c_uom_id" integer,
  "created" timestamp,
  "createdby" integer,
  "customfieldtext1" varchar(255),
  "customfieldtext2" varchar(255),
  "customfieldtext3" varchar(255),
  "customfieldtext4" varchar(255),
  "dateacct" timestamp,
  "datetrx" timestamp,
  "description" varchar(255),
  "fact_acct_id" integer,
  "fact_acct_uu" varchar(255),
  "gl_budget_id" integer,
  "gl_category_id" integer,
  "isactive" char(1),
  "line_id" integer,
  "m_attributesetinstance_id" integer,
  "m_locator_id" integer,
  "m_product_id" integer,
  "m_warehouse_id" integer,
  "postingtype" varchar(255),
  "qty" numeric,
  "record_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  "userelement1_id" integer,
  "userelement2_id" integer,
  PRIMARY KEY ("fact_acct_id"),
  UNIQUE ("fact_acct_uu")
);
CREATE TABLE "acct_processor" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_schedule_id" integer,
  "ad_table_id" integer,
  "c_acctprocessor_id" integer,
  "c_acctprocessor_uu" varchar(255),
  "c_acctschema_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datelastrun" timestamp,
  "datenextrun" timestamp,
  "description" varchar(255),
  "isactive" char(1),
  "keeplogdays" integer,
  "name" varchar(255),
  "processing" char(1),
  "supervisor_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_acctprocessor_id"),
  UNIQUE ("c_acctprocessor_uu")
);
CREATE TABLE "acct_processor_log" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "binarydata" bytea,
  "c_acctprocessorlog_id" integer,
  "c_acctprocessorlog_uu" varchar(255),
  "c_acctprocessor_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "iserror" char(1),
  "reference" varchar(255),
  "summary" varchar(255),
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_acctprocessorlog_id"),
  UNIQUE ("c_acctprocessorlog_uu")
);
CREATE TABLE "acct_schema" (
  "ad_client_id" integer,
  "ad_orgonly_id" integer,
  "ad_org_id" integer,
  "autoperiodcontrol" char(1),
  "backdateday" integer,
  "c_acctschema_id" integer,
  "c_acctschema_uu" varchar(255),
  "c_currency_id" integer,
  "c_period_id" integer,
  "commitmenttype" varchar(255),
  "costinglevel" varchar(255),
  "costingmethod" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "enddate" timestamp,
  "gaap" varchar(255),
  "hasalias" char(1),
  "hascombination" char(1),
  "isaccrual" char(1),
  "isactive" char(1),
  "isadjustcogs" char(1),
  "isallownegativeposting" char(1),
  "isdiscountcorrectstax" char(1),
  "isexplicitcostadjustment" char(1),
  "ispostifclearingequal" char(1),
  "ispostservices" char(1),
  "istradediscountposted" char(1),
  "m_costtype_id" integer,
  "name" varchar(255),
  "period_openfuture" integer,
  "period_openhistory" integer,
  "processing" char(1),
  "separator" varchar(255),
  "startdate" timestamp,
  "taxcorrectiontype" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_acctschema_id"),
  UNIQUE ("c_acctschema_uu")
);
CREATE TABLE "acct_schema_default" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "b_asset_acct" integer,
  "b_intransit_acct" integer,
  "b_interestexp_acct" integer,
  "b_interestrev_acct" integer,
  "b_paymentselect_acct" integer,
  "b_unallocatedcash_acct" integer,
  "cb_asset_acct" integer,
  "cb_cashtransfer_acct" integer,
  "cb_differences_acct" integer,
  "cb_expense_acct" integer,
  "cb_receipt_acct" integer,
  "c_acctschema_default_uu" varchar(255),
  "c_acctschema_id" integer,
  "c_prepayment_acct" integer,
  "c_receivable_acct" integer,
  "c_receivable_services_acct" integer,
  "ch_expense_acct" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "notinvoicedreceipts_acct" integer,
  "pj_asset_acct" integer,
  "pj_wip_acct" integer,
  "p_asset_acct" integer,
  "p_averagecostvariance_acct" integer,
  "p_cogs_acct" integer,
  "p_costadjustment_acct" integer,
  "p_expense_acct" integer,
  "p_inventoryclearing_acct" integer,
  "p_invoicepricevariance_acct" integer,
  "p_landedcostclearing_acct" integer,
  "p_purchasepricevariance_acct" integer,
  "p_ratevariance_acct" integer,
  "p_revenue_acct" integer,
  "p_tradediscountgrant_acct" integer,
  "p_tradediscountrec_acct" integer,
  "paydiscount_exp_acct" integer,
  "paydiscount_rev_acct" integer,
  "processing" char(1),
  "realizedgain_acct" integer,
  "realizedloss_acct" integer,
  "t_credit_acct" integer,
  "t_due_acct" integer,
  "t_expense_acct" integer,
  "unearnedrevenue_acct" integer,
  "unrealizedgain_acct" integer,
  "unrealizedloss_acct" integer,
  "updated" timestamp,
  "updatedby" integer,
  "v_liability_acct" integer,
  "v_liability_services_acct" integer,
  "v_prepayment_acct" integer,
  "w_differences_acct" integer,
  "writeoff_acct" integer,
  UNIQUE ("c_acctschema_default_uu")
);
CREATE TABLE "acct_schema_element" (
  "ad_client_id" integer,
  "ad_column2_id" integer,
  "ad_column_id" integer,
  "ad_org_id" integer,
  "a_asset_id" integer,
  "c_acctschema_element_id" integer,
  "c_acctschema_element_uu" varchar(255),
  "c_acctschema_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_charge_id" integer,
  "c_costcenter_id" integer,
  "c_department_id" integer,
  "c_elementvalue_id" integer,
  "c_element_id" integer,
  "c_employee_id" integer,
  "c_location_id" integer,
  "c_project_id" integer,
  "c_salesregion_id" integer,
  "created" timestamp,
  "createdby" integer,
  "elementtype" varchar(255),
  "isactive" char(1),
  "isbalanced" char(1),
  "ismandatory" char(1),
  "m_attributesetinstance_id" integer,
  "m_product_id" integer,
  "m_warehouse_id" integer,
  "name" varchar(255),
  "org_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_acctschema_element_id"),
  UNIQUE ("c_acctschema_element_uu")
);
CREATE TABLE "acct_schema_gl" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_acctschema_gl_uu" varchar(255),
  "c_acctschema_id" integer,
  "commitmentoffsetsales_acct" integer,
  "commitmentoffset_acct" integer,
  "created" timestamp,
  "createdby" integer,
  "currencybalancing_acct" integer,
  "intercompanyduefrom_acct" integer,
  "intercompanydueto_acct" integer,
  "isactive" char(1),
  "ppvoffset_acct" integer,
  "suspensebalancing_acct" integer,
  "updated" timestamp,
  "updatedby" integer,
  "usecurrencybalancing" char(1),
  "usesuspensebalancing" char(1),
  "usesuspenseerror" char(1),
  UNIQUE ("c_acctschema_gl_uu")
);
CREATE TABLE "acct_summary" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "a_asset_id" integer,
  "account_id" integer,
  "amtacctcr" numeric,
  "amtacctdr" numeric,
  "c_acctschema_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_charge_id" integer,
  "c_costcenter_id" integer,
  "c_department_id" integer,
  "c_employee_id" integer,
  "c_locfrom_id" integer,
  "c_locto_id" integer,
  "c_period_id" integer,
  "c_projectphase_id" integer,
  "c_projecttask_id" integer,
  "c_project_id" integer,
  "c_salesregion_id" integer,
  "c_subacct_id" integer,
  "created" timestamp,
  "createdby" integer,
  "customfieldtext1" varchar(255),
  "customfieldtext2" varchar(255),
  "customfieldtext3" varchar(255),
  "customfieldtext4" varchar(255),
  "dateacct" timestamp,
  "fact_acct_summary_uu" varchar(255),
  "gl_budget_id" integer,
  "isactive" char(1),
  "m_attributesetinstance_id" integer,
  "m_product_id" integer,
  "m_warehouse_id" integer,
  "pa_reportcube_id" integer,
  "postingtype" char(1),
  "qty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  "userelement1_id" integer,
  "userelement2_id" integer,
  UNIQUE ("fact_acct_summary_uu")
);
CREATE TABLE "achievement" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datedoc" timestamp,
  "description" varchar(255),
  "isachieved" char(1),
  "isactive" char(1),
  "manualactual" numeric,
  "name" varchar(255),
  "note" varchar(255),
  "pa_achievement_id" integer,
  "pa_achievement_uu" varchar(255),
  "pa_measure_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pa_achievement_id"),
  UNIQUE ("pa_achievement_uu")
);
CREATE TABLE "activity" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_activity_id" integer,
  "c_activity_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "issummary" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_activity_id"),
  UNIQUE ("c_activity_uu")
);
CREATE TABLE "address_transaction" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "address1" varchar(255),
  "address2" varchar(255),
  "address3" varchar(255),
  "address4" varchar(255),
  "address5" varchar(255),
  "c_addresstransaction_id" integer,
  "c_addresstransaction_uu" varchar(255),
  "c_addressvalidation_id" integer,
  "c_location_id" integer,
  "city" varchar(255),
  "comments" varchar(255),
  "country" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isvalid" char(1),
  "postal" varchar(255),
  "processed" char(1),
  "region" varchar(255),
  "result" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_addresstransaction_id"),
  UNIQUE ("c_addresstransaction_uu")
);
CREATE TABLE "address_validation" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_addressvalidationcfg_id" integer,
  "c_addressvalidation_id" integer,
  "c_addressvalidation_uu" varchar(255),
  "connectionkey" varchar(255),
  "connectionpassword" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "name" varchar(255),
  "seqno" integer,
  "shipperaccount" varchar(255),
  "shippermeter" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "userid" varchar(255),
  PRIMARY KEY ("c_addressvalidation_id"),
  UNIQUE ("c_addressvalidation_uu")
);
CREATE TABLE "address_validation_cfg" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "addressvalidationclass" varchar(255),
  "c_addressvalidationcfg_id" integer,
  "c_addressvalidationcfg_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "hostaddress" varchar(255),
  "hostport" integer,
  "isactive" char(1),
  "name" varchar(255),
  "proxyaddress" varchar(255),
  "proxylogon" varchar(255),
  "proxypassword" varchar(255),
  "proxyport" integer,
  "servicepath" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_addressvalidationcfg_id"),
  UNIQUE ("c_addressvalidationcfg_uu")
);
CREATE TABLE "aging" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_pinstance_id" integer,
  "c_activity_id" integer,
  "c_bp_group_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_currency_id" integer,
  "c_invoicepayschedule_id" integer,
  "c_invoice_id" integer,
  "c_project_id" integer,
  "convertamountsincurrency_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" char(1),
  "daysdue" integer,
  "due0" numeric,
  "due0_30" numeric,
  "due0_7" numeric,
  "due1_7" numeric,
  "due31_60" numeric,
  "due31_plus" numeric,
  "due61_90" numeric,
  "due61_plus" numeric,
  "due8_30" numeric,
  "due91_plus" numeric,
  "dueamt" numeric,
  "duedate" timestamp,
  "invoicedamt" numeric,
  "isactive" char(1),
  "islistinvoices" char(1),
  "issotrx" char(1),
  "openamt" numeric,
  "pastdue1_30" numeric,
  "pastdue1_7" numeric,
  "pastdue31_60" numeric,
  "pastdue31_plus" numeric,
  "pastdue61_90" numeric,
  "pastdue61_plus" numeric,
  "pastdue8_30" numeric,
  "pastdue91_plus" numeric,
  "pastdueamt" numeric,
  "statementdate" timestamp,
  "t_aging_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("t_aging_uu")
);
CREATE TABLE "alert" (
  "ad_alertprocessor_id" integer,
  "ad_alert_id" integer,
  "ad_alert_uu" varchar(255),
  "ad_client_id" integer,
  "ad_org_id" integer,
  "alertmessage" varchar(255),
  "alertsubject" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "enforceclientsecurity" char(1),
  "enforcerolesecurity" char(1),
  "help" varchar(255),
  "isactive" char(1),
  "isvalid" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_alert_id"),
  UNIQUE ("ad_alert_uu")
);
CREATE TABLE "alert_processor" (
  "ad_alertprocessor_id" integer,
  "ad_alertprocessor_uu" varchar(255),
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_schedule_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datelastrun" timestamp,
  "datenextrun" timestamp,
  "description" varchar(255),
  "isactive" char(1),
  "keeplogdays" integer,
  "name" varchar(255),
  "processing" char(1),
  "supervisor_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_alertprocessor_id"),
  UNIQUE ("ad_alertprocessor_uu")
);
CREATE TABLE "alert_processor_log" (
  "ad_alertprocessorlog_id" integer,
  "ad_alertprocessorlog_uu" varchar(255),
  "ad_alertprocessor_id" integer,
  "ad_client_id" integer,
  "ad_org_id" integer,
  "binarydata" bytea,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "iserror" char(1),
  "reference" varchar(255),
  "summary" varchar(255),
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_alertprocessorlog_id"),
  UNIQUE ("ad_alertprocessorlog_uu")
);
CREATE TABLE "alert_recipient" (
  "ad_alertrecipient_id" integer,
  "ad_alertrecipient_uu" varchar(255),
  "ad_alert_id" integer,
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_alertrecipient_id"),
  UNIQUE ("ad_alertrecipient_uu")
);
CREATE TABLE "alert_rule" (
  "ad_alertrule_id" integer,
  "ad_alertrule_uu" varchar(255),
  "ad_alert_id" integer,
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "errormsg" varchar(255),
  "fromclause" varchar(255),
  "isactive" char(1),
  "isvalid" char(1),
  "name" varchar(255),
  "otherclause" varchar(255),
  "postprocessing" varchar(255),
  "preprocessing" varchar(255),
  "selectclause" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "whereclause" varchar(255),
  PRIMARY KEY ("ad_alertrule_id"),
  UNIQUE ("ad_alertrule_uu")
);
CREATE TABLE "all_clients_v" (
  "ad_allclients_v_id" integer,
  "ad_allclients_v_uu" varchar(255),
  "ad_client_id" integer,
  "ad_language" varchar(255),
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("ad_allclients_v_id"),
  UNIQUE ("ad_allclients_v_uu")
);
CREATE TABLE "all_users_v" (
  "ad_allclients_v_id" integer,
  "ad_allusers_v_id" integer,
  "ad_allusers_v_uu" varchar(255),
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateaccountlocked" timestamp,
  "datelastlogin" timestamp,
  "datepasswordchanged" timestamp,
  "description" varchar(255),
  "email" varchar(255),
  "failedlogincount" integer,
  "isactive" char(1),
  "isexpired" char(1),
  "islocked" char(1),
  "isnoexpire" char(1),
  "isnopasswordreset" char(1),
  "issupportuser" char(1),
  "ldapuser" varchar(255),
  "name" varchar(255),
  "password" varchar(255),
  "salt" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "userpin" varchar(255),
  "value" varchar(255),
  PRIMARY KEY ("ad_allusers_v_id"),
  UNIQUE ("ad_allusers_v_uu")
);
CREATE TABLE "allocation_hdr" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "approvalamt" numeric,
  "c_allocationhdr_id" integer,
  "c_allocationhdr_uu" varchar(255),
  "c_currency_id" integer,
  "c_doctype_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "datetrx" timestamp,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "ismanual" char(1),
  "posted" char(1),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "reversal_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_allocationhdr_id"),
  UNIQUE ("c_allocationhdr_uu")
);
CREATE TABLE "allocation_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "amount" numeric,
  "c_allocationhdr_id" integer,
  "c_allocationline_id" integer,
  "c_allocationline_uu" varchar(255),
  "c_bpartner_id" integer,
  "c_banktransfer_id" integer,
  "c_cashline_id" integer,
  "c_charge_id" integer,
  "c_invoice_id" integer,
  "c_order_id" integer,
  "c_payment_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datetrx" timestamp,
  "discountamt" numeric,
  "isactive" char(1),
  "ismanual" char(1),
  "overunderamt" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "writeoffamt" numeric,
  PRIMARY KEY ("c_allocationline_id"),
  UNIQUE ("c_allocationline_uu")
);
CREATE TABLE "archive" (
  "ad_archive_id" integer,
  "ad_archive_uu" varchar(255),
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_process_id" integer,
  "ad_storageprovider_id" integer,
  "ad_table_id" integer,
  "binarydata" bytea,
  "c_bpartner_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isreport" char(1),
  "name" varchar(255),
  "record_id" integer,
  "record_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_archive_id"),
  UNIQUE ("ad_archive_uu")
);
CREATE TABLE "asp_field" (
  "ad_client_id" integer,
  "ad_field_id" integer,
  "ad_org_id" integer,
  "asp_field_id" integer,
  "asp_field_uu" varchar(255),
  "asp_status" varchar(255),
  "asp_tab_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("asp_field_id"),
  UNIQUE ("asp_field_uu")
);
CREATE TABLE "asp_form" (
  "ad_client_id" integer,
  "ad_form_id" integer,
  "ad_org_id" integer,
  "asp_form_id" integer,
  "asp_form_uu" varchar(255),
  "asp_level_id" integer,
  "asp_status" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("asp_form_id"),
  UNIQUE ("asp_form_uu")
);
CREATE TABLE "asp_process" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_process_id" integer,
  "asp_level_id" integer,
  "asp_process_id" integer,
  "asp_process_uu" varchar(255),
  "asp_status" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("asp_process_id"),
  UNIQUE ("asp_process_uu")
);
CREATE TABLE "asp_process_para" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_process_para_id" integer,
  "asp_process_id" integer,
  "asp_process_para_id" integer,
  "asp_process_para_uu" varchar(255),
  "asp_status" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("asp_process_para_id"),
  UNIQUE ("asp_process_para_uu")
);
CREATE TABLE "asp_ref_list" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_ref_list_id" integer,
  "ad_reference_id" integer,
  "asp_level_id" integer,
  "asp_ref_list_id" integer,
  "asp_ref_list_uu" varchar(255),
  "asp_status" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("asp_ref_list_id"),
  UNIQUE ("asp_ref_list_uu")
);
CREATE TABLE "asp_tab" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_tab_id" integer,
  "asp_status" varchar(255),
  "asp_tab_id" integer,
  "asp_tab_uu" varchar(255),
  "asp_window_id" integer,
  "allfields" char(1),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("asp_tab_id"),
  UNIQUE ("asp_tab_uu")
);
CREATE TABLE "asp_task" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_task_id" integer,
  "asp_level_id" integer,
  "asp_status" varchar(255),
  "asp_task_id" integer,
  "asp_task_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("asp_task_id"),
  UNIQUE ("asp_task_uu")
);
CREATE TABLE "asp_window" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_window_id" integer,
  "asp_level_id" integer,
  "asp_status" varchar(255),
  "asp_window_id" integer,
  "asp_window_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("asp_window_id"),
  UNIQUE ("asp_window_uu")
);
CREATE TABLE "asp_workflow" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_workflow_id" integer,
  "asp_level_id" integer,
  "asp_status" varchar(255),
  "asp_workflow_id" integer,
  "asp_workflow_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("asp_workflow_id"),
  UNIQUE ("asp_workflow_uu")
);
CREATE TABLE "asset" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "a_assettype" varchar(255),
  "a_asset_action" varchar(255),
  "a_asset_class_id" integer,
  "a_asset_createdate" timestamp,
  "a_asset_group_id" integer,
  "a_asset_id" integer,
  "a_asset_revaldate" timestamp,
  "a_asset_status" varchar(255),
  "a_asset_type_id" integer,
  "a_asset_uu" varchar(255),
  "a_parent_asset_id" integer,
  "a_qty_current" numeric,
  "a_qty_original" numeric,
  "assetactivationdate" timestamp,
  "assetdepreciationdate" timestamp,
  "assetdisposaldate" timestamp,
  "assetservicedate" timestamp,
  "c_activity_id" integer,
  "c_bpartnersr_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_location_id" integer,
  "c_project_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "guaranteedate" timestamp,
  "help" varchar(255),
  "inventoryno" varchar(255),
  "isactive" char(1),
  "isdepreciated" char(1),
  "isdisposed" char(1),
  "isfullydepreciated" char(1),
  "isinposession" char(1),
  "isowned" char(1),
  "lastmaintenancedate" timestamp,
  "lastmaintenancenote" varchar(255),
  "lastmaintenanceunit" integer,
  "leaseterminationdate" timestamp,
  "lease_bpartner_id" integer,
  "lifeuseunits" integer,
  "locationcomment" varchar(255),
  "lot" varchar(255),
  "m_attributesetinstance_id" integer,
  "m_inoutline_id" integer,
  "m_locator_id" integer,
  "m_product_id" integer,
  "manufacturedyear" integer,
  "manufacturer" varchar(255),
  "name" varchar(255),
  "nextmaintenencedate" timestamp,
  "nextmaintenenceunit" integer,
  "processed" char(1),
  "processing" char(1),
  "qty" numeric,
  "serno" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "uselifemonths" integer,
  "uselifeyears" numeric,
  "useunits" integer,
  "value" varchar(255),
  "versionno" varchar(255),
  PRIMARY KEY ("a_asset_id"),
  UNIQUE ("a_asset_uu")
);
CREATE TABLE "asset_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_accumdepreciation_acct" integer,
  "a_asset_acct" integer,
  "a_asset_acct_id" integer,
  "a_asset_acct_uu" varchar(255),
  "a_asset_id" integer,
  "a_depreciation_acct" integer,
  "a_depreciation_conv_f_id" integer,
  "a_depreciation_conv_id" integer,
  "a_depreciation_f_id" integer,
  "a_depreciation_id" integer,
  "a_depreciation_manual_amount" numeric,
  "a_depreciation_manual_period" varchar(255),
  "a_depreciation_method_f_id" integer,
  "a_depreciation_method_id" integer,
  "a_depreciation_table_header_id" integer,
  "a_depreciation_variable_perc" numeric,
  "a_depreciation_variable_perc_f" numeric,
  "a_disposal_gain_acct" integer,
  "a_disposal_loss_acct" integer,
  "a_disposal_revenue_acct" integer,
  "a_period_end" integer,
  "a_period_start" integer,
  "a_reval_adep_offset_cur_acct" integer,
  "a_reval_adep_offset_prior_acct" integer,
  "a_reval_cal_method" varchar(255),
  "a_reval_cost_offset_acct" integer,
  "a_reval_cost_offset_prior_acct" integer,
  "a_reval_depexp_offset_acct" integer,
  "a_salvage_value" numeric,
  "a_split_percent" numeric,
  "c_acctschema_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "postingtype" varchar(255),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  PRIMARY KEY ("a_asset_acct_id"),
  UNIQUE ("a_asset_acct_uu")
);
CREATE TABLE "asset_addition" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_asset_addition_id" integer,
  "a_asset_addition_uu" varchar(255),
  "a_asset_id" integer,
  "a_capvsexp" varchar(255),
  "a_createasset" char(1),
  "a_life_period_max" integer,
  "a_life_period_min" integer,
  "a_qty_current" numeric,
  "a_salvage_value" numeric,
  "a_sourcetype" varchar(255),
  "assetamtentered" numeric,
  "assetsourceamt" numeric,
  "assetvalueamt" numeric,
  "c_charge_id" integer,
  "c_conversiontype_id" integer,
  "c_costcenter_id" integer,
  "c_currency_id" integer,
  "c_department_id" integer,
  "c_doctype_id" integer,
  "c_invoiceline_id" integer,
  "c_invoice_id" integer,
  "c_project_id" integer,
  "created" timestamp,
  "createdby" integer,
  "currencyrate" numeric,
  "dateacct" timestamp,
  "datedoc" timestamp,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "gl_journalbatch_id" integer,
  "i_fixedasset_id" integer,
  "isactive" char(1),
  "isapproved" char(1),
  "line" integer,
  "m_attributesetinstance_id" integer,
  "m_inoutline_id" integer,
  "m_locator_id" integer,
  "m_matchinv_id" integer,
  "m_product_id" integer,
  "posted" char(1),
  "postingtype" varchar(255),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_asset_addition_id"),
  UNIQUE ("a_asset_addition_uu")
);
CREATE TABLE "asset_change" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "a_accumdepreciation_acct" integer,
  "a_asset_acct" integer,
  "a_asset_acct_id" integer,
  "a_asset_addition_id" integer,
  "a_asset_change_id" integer,
  "a_asset_change_uu" varchar(255),
  "a_asset_createdate" timestamp,
  "a_asset_id" integer,
  "a_asset_retirement_id" integer,
  "a_asset_revaldate" timestamp,
  "a_depreciation_acct" integer,
  "a_depreciation_manual_amount" numeric,
  "a_depreciation_manual_period" varchar(255),
  "a_depreciation_table_header_id" integer,
  "a_depreciation_variable_perc" numeric,
  "a_disposal_loss_acct" integer,
  "a_disposal_revenue_acct" integer,
  "a_parent_asset_id" integer,
  "a_period_end" integer,
  "a_period_start" integer,
  "a_qty_current" numeric,
  "a_qty_original" numeric,
  "a_reval_accumdep_offset_cur" integer,
  "a_reval_accumdep_offset_prior" integer,
  "a_reval_adep_offset_cur_acct" integer,
  "a_reval_adep_offset_prior_acct" integer,
  "a_reval_cal_method" varchar(255),
  "a_reval_cost_offset" integer,
  "a_reval_cost_offset_acct" integer,
  "a_reval_cost_offset_prior" integer,
  "a_reval_cost_offset_prior_acct" integer,
  "a_reval_depexp_offset" integer,
  "a_reval_depexp_offset_acct" integer,
  "a_salvage_value" numeric,
  "a_split_percent" numeric,
  "assetaccumdepreciationamt" numeric,
  "assetbookvalueamt" numeric,
  "assetdepreciationdate" timestamp,
  "assetdisposaldate" timestamp,
  "assetmarketvalueamt" numeric,
  "assetservicedate" timestamp,
  "assetvalueamt" numeric,
  "c_acctschema_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_location_id" integer,
  "c_validcombination_id" integer,
  "changeamt" numeric,
  "changedate" timestamp,
  "changetype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "isactive" char(1),
  "isdepreciated" char(1),
  "isdisposed" char(1),
  "isfullydepreciated" char(1),
  "isinposession" char(1),
  "isowned" char(1),
  "lifeuseunits" integer,
  "lot" varchar(255),
  "postingtype" varchar(255),
  "serno" varchar(255),
  "textdetails" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "uselifemonths" integer,
  "uselifeyears" numeric,
  "useunits" integer,
  "versionno" varchar(255),
  PRIMARY KEY ("a_asset_change_id"),
  UNIQUE ("a_asset_change_uu")
);
CREATE TABLE "asset_class" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_asset_class_id" integer,
  "a_asset_class_uu" varchar(255),
  "a_life_period_2004" integer,
  "a_life_period_max" integer,
  "a_life_period_min" integer,
  "a_value_2004" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "mfx_clasa" integer,
  "mfx_grupa" integer,
  "mfx_subclasa" integer,
  "mfx_subgrupa" integer,
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("a_asset_class_id"),
  UNIQUE ("a_asset_class_uu")
);
CREATE TABLE "asset_delivery" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "a_asset_delivery_id" integer,
  "a_asset_delivery_uu" varchar(255),
  "a_asset_id" integer,
  "created" timestamp,
  "createdby" integer,
  "deliveryconfirmation" varchar(255),
  "description" varchar(255),
  "email" varchar(255),
  "isactive" char(1),
  "lot" varchar(255),
  "m_inoutline_id" integer,
  "m_productdownload_id" integer,
  "messageid" varchar(255),
  "movementdate" timestamp,
  "referrer" varchar(255),
  "remote_addr" varchar(255),
  "remote_host" varchar(255),
  "serno" varchar(255),
  "url" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "versionno" varchar(255),
  PRIMARY KEY ("a_asset_delivery_id"),
  UNIQUE ("a_asset_delivery_uu")
);
CREATE TABLE "asset_disposed" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_accumulated_depr" numeric,
  "a_accumulated_depr_delta" numeric,
  "a_activation_method" varchar(255),
  "a_asset_cost" numeric,
  "a_asset_disposed_id" integer,
  "a_asset_disposed_uu" varchar(255),
  "a_asset_id" integer,
  "a_asset_status" varchar(255),
  "a_asset_trade_id" integer,
  "a_disposal_amt" numeric,
  "a_disposed_date" timestamp,
  "a_disposed_method" varchar(255),
  "a_disposed_reason" varchar(255),
  "a_proceeds" numeric,
  "c_costcenter_id" integer,
  "c_department_id" integer,
  "c_doctype_id" integer,
  "c_invoiceline_id" integer,
  "c_invoice_id" integer,
  "c_period_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "datedoc" timestamp,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "expense" numeric,
  "isactive" char(1),
  "isapproved" char(1),
  "isdisposed" char(1),
  "posted" char(1),
  "postingtype" varchar(255),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_asset_disposed_id"),
  UNIQUE ("a_asset_disposed_uu")
);
CREATE TABLE "asset_group" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_asset_class_id" integer,
  "a_asset_group_id" integer,
  "a_asset_group_uu" varchar(255),
  "a_asset_type_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "iscreateasactive" char(1),
  "isdefault" char(1),
  "isdepreciated" char(1),
  "isfixedasset" char(1),
  "isoneassetperuom" char(1),
  "isowned" char(1),
  "istrackissues" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_asset_group_id"),
  UNIQUE ("a_asset_group_uu")
);
CREATE TABLE "asset_group_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_accumdepreciation_acct" integer,
  "a_asset_acct" integer,
  "a_asset_group_acct_id" integer,
  "a_asset_group_acct_uu" varchar(255),
  "a_asset_group_id" integer,
  "a_depreciation_acct" integer,
  "a_depreciation_conv_f_id" integer,
  "a_depreciation_conv_id" integer,
  "a_depreciation_f_id" integer,
  "a_depreciation_id" integer,
  "a_depreciation_manual_amount" numeric,
  "a_depreciation_manual_period" varchar(255),
  "a_depreciation_method_f_id" integer,
  "a_depreciation_method_id" integer,
  "a_depreciation_table_header_id" integer,
  "a_depreciation_variable_perc" numeric,
  "a_depreciation_variable_perc_f" numeric,
  "a_disposal_gain_acct" integer,
  "a_disposal_loss_acct" integer,
  "a_disposal_revenue_acct" integer,
  "a_reval_adep_offset_cur_acct" integer,
  "a_reval_adep_offset_prior_acct" integer,
  "a_reval_cal_method" varchar(255),
  "a_reval_cost_offset_acct" integer,
  "a_reval_cost_offset_prior_acct" integer,
  "a_reval_depexp_offset_acct" integer,
  "a_split_percent" numeric,
  "c_acctschema_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "postingtype" varchar(255),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "uselifemonths" integer,
  "uselifemonths_f" integer,
  "uselifeyears" numeric,
  "uselifeyears_f" numeric,
  PRIMARY KEY ("a_asset_group_acct_id"),
  UNIQUE ("a_asset_group_acct_uu")
);
CREATE TABLE "asset_import" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "a_accumdepreciation_acct" integer,
  "a_accumulated_depr" numeric,
  "a_asset_acct" integer,
  "a_asset_cost" numeric,
  "a_asset_group_id" integer,
  "a_asset_id" integer,
  "a_asset_life_current_year" integer,
  "a_asset_life_years" numeric,
  "a_base_amount" numeric,
  "a_calc_accumulated_depr" numeric,
  "a_curr_dep_exp" numeric,
  "a_current_period" integer,
  "a_depreciation_acct" integer,
  "a_depreciation_manual_amount" numeric,
  "a_depreciation_manual_period" varchar(255),
  "a_depreciation_table_header_id" integer,
  "a_depreciation_variable_perc" numeric,
  "a_life_period" integer,
  "a_parent_asset_id" integer,
  "a_period_end" integer,
  "a_period_posted" integer,
  "a_period_start" integer,
  "a_prior_year_accumulated_depr" numeric,
  "a_qty_current" integer,
  "a_qty_original" integer,
  "a_reval_cal_method" varchar(255),
  "a_salvage_value" numeric,
  "a_split_percent" numeric,
  "assetdepreciationdate" timestamp,
  "assetdisposaldate" timestamp,
  "assetmarketvalueamt" numeric,
  "assetservicedate" timestamp,
  "c_acctschema_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_location_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "guaranteedate" timestamp,
  "help" varchar(255),
  "i_asset_id" integer,
  "i_asset_uu" varchar(255),
  "i_errormsg" varchar(255),
  "i_isimported" char(1),
  "isactive" char(1),
  "isdepreciated" char(1),
  "isdisposed" char(1),
  "isfullydepreciated" char(1),
  "isinposession" char(1),
  "isowned" char(1),
  "lifeuseunits" integer,
  "locationcomment" varchar(255),
  "lot" varchar(255),
  "m_attributesetinstance_id" integer,
  "m_locator_id" integer,
  "m_product_id" integer,
  "name" varchar(255),
  "postingtype" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "serno" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "uselifemonths" integer,
  "uselifeyears" numeric,
  "useunits" integer,
  "value" varchar(255),
  "versionno" varchar(255),
  PRIMARY KEY ("i_asset_id"),
  UNIQUE ("i_asset_uu")
);
CREATE TABLE "asset_info_fin" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_asset_id" integer,
  "a_asset_info_fin_id" integer,
  "a_asset_info_fin_uu" varchar(255),
  "a_contract_date" timestamp,
  "a_due_on" varchar(255),
  "a_expired_date" timestamp,
  "a_finance_meth" varchar(255),
  "a_monthly_payment" numeric,
  "a_purchase_option" char(1),
  "a_purchase_option_credit" integer,
  "a_purchase_option_credit_per" numeric,
  "a_purchase_price" numeric,
  "c_bpartner_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "processed" char(1),
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_asset_info_fin_id"),
  UNIQUE ("a_asset_info_fin_uu")
);
CREATE TABLE "asset_info_ins" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_asset_id" integer,
  "a_asset_info_ins_id" integer,
  "a_asset_info_ins_uu" varchar(255),
  "a_ins_premium" numeric,
  "a_ins_value" numeric,
  "a_insurance_co" varchar(255),
  "a_policy_no" varchar(255),
  "a_renewal_date" timestamp,
  "a_replace_cost" numeric,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "text" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_asset_info_ins_id"),
  UNIQUE ("a_asset_info_ins_uu")
);
CREATE TABLE "asset_info_lic" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_asset_id" integer,
  "a_asset_info_lic_id" integer,
  "a_asset_info_lic_uu" varchar(255),
  "a_issuing_agency" varchar(255),
  "a_license_fee" numeric,
  "a_license_no" varchar(255),
  "a_renewal_date" timestamp,
  "a_state" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "processed" char(1),
  "text" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_asset_info_lic_id"),
  UNIQUE ("a_asset_info_lic_uu")
);
CREATE TABLE "asset_info_oth" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_asset_id" integer,
  "a_asset_info_oth_id" integer,
  "a_asset_info_oth_uu" varchar(255),
  "a_user1" varchar(255),
  "a_user10" varchar(255),
  "a_user11" varchar(255),
  "a_user12" varchar(255),
  "a_user13" varchar(255),
  "a_user14" varchar(255),
  "a_user15" varchar(255),
  "a_user2" varchar(255),
  "a_user3" varchar(255),
  "a_user4" varchar(255),
  "a_user5" varchar(255),
  "a_user6" varchar(255),
  "a_user7" varchar(255),
  "a_user8" varchar(255),
  "a_user9" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "text" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_asset_info_oth_id"),
  UNIQUE ("a_asset_info_oth_uu")
);
CREATE TABLE "asset_info_tax" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_asset_id" integer,
  "a_asset_info_tax_id" integer,
  "a_asset_info_tax_uu" varchar(255),
  "a_finance_meth" varchar(255),
  "a_investment_cr" integer,
  "a_new_used" char(1),
  "a_state" varchar(255),
  "a_tax_entity" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_asset_info_tax_id"),
  UNIQUE ("a_asset_info_tax_uu")
);
CREATE TABLE "asset_product" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_asset_id" integer,
  "a_asset_product_id" integer,
  "a_asset_product_uu" varchar(255),
  "a_qty_current" numeric,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "m_attributesetinstance_id" integer,
  "m_locator_id" integer,
  "m_product_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_asset_product_id"),
  UNIQUE ("a_asset_product_uu")
);
CREATE TABLE "asset_retirement" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_asset_id" integer,
  "a_asset_retirement_id" integer,
  "a_asset_retirement_uu" varchar(255),
  "assetmarketvalueamt" numeric,
  "assetvalueamt" numeric,
  "c_invoiceline_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_asset_retirement_id"),
  UNIQUE ("a_asset_retirement_uu")
);
CREATE TABLE "asset_reval" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_accumulated_depr" numeric,
  "a_asset_cost" numeric,
  "a_asset_cost_change" numeric,
  "a_asset_id" integer,
  "a_asset_reval_id" integer,
  "a_asset_reval_uu" varchar(255),
  "a_change_acumulated_depr" numeric,
  "c_costcenter_id" integer,
  "c_department_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "datedoc" timestamp,
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "isactive" char(1),
  "posted" char(1),
  "postingtype" varchar(255),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_asset_reval_id"),
  UNIQUE ("a_asset_reval_uu")
);
CREATE TABLE "asset_reval_entry" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_asset_reval_entry_id" integer,
  "a_asset_reval_entry_uu" varchar(255),
  "a_effective_date" timestamp,
  "a_rev_code" varchar(255),
  "a_reval_cal_method" varchar(255),
  "a_reval_effective_date" varchar(255),
  "a_reval_multiplier" varchar(255),
  "c_acctschema_id" integer,
  "c_currency_id" integer,
  "c_doctype_id" integer,
  "c_period_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "datedoc" timestamp,
  "description" varchar(255),
  "documentno" varchar(255),
  "gl_category_id" integer,
  "isactive" char(1),
  "postingtype" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_asset_reval_entry_id"),
  UNIQUE ("a_asset_reval_entry_uu")
);
CREATE TABLE "asset_reval_index" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_asset_reval_index_id" integer,
  "a_asset_reval_index_uu" varchar(255),
  "a_effective_date" timestamp,
  "a_reval_code" varchar(255),
  "a_reval_multiplier" varchar(255),
  "a_reval_rate" numeric,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_asset_reval_index_id"),
  UNIQUE ("a_asset_reval_index_uu")
);
CREATE TABLE "asset_split" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_amount_split" numeric,
  "a_asset_acct_id" integer,
  "a_asset_cost" numeric,
  "a_asset_id" integer,
  "a_asset_id_to" integer,
  "a_asset_split_id" integer,
  "a_asset_split_uu" varchar(255),
  "a_depreciation_workfile_id" integer,
  "a_percent_original" numeric,
  "a_percent_split" numeric,
  "a_qty_current" numeric,
  "a_qty_split" numeric,
  "a_split_type" varchar(255),
  "a_transfer_balance_is" char(1),
  "c_period_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "isactive" char(1),
  "postingtype" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_asset_split_id"),
  UNIQUE ("a_asset_split_uu")
);
CREATE TABLE "asset_transfer" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_accumdepreciation_acct" integer,
  "a_accumdepreciation_acct_str" varchar(255),
  "a_accumdepreciation_new_acct" integer,
  "a_accumulated_depr_f" numeric,
  "a_asset_acct" integer,
  "a_asset_acct_id" integer,
  "a_asset_acct_str" varchar(255),
  "a_asset_id" integer,
  "a_asset_new_acct" integer,
  "a_asset_transfer_id" integer,
  "a_asset_transfer_uu" varchar(255),
  "a_capvsexp" varchar(255),
  "a_depreciation_acct" integer,
  "a_depreciation_acct_str" varchar(255),
  "a_depreciation_new_acct" integer,
  "a_disposal_loss" integer,
  "a_disposal_loss_acct" integer,
  "a_disposal_loss_new_acct" integer,
  "a_disposal_loss_str" varchar(255),
  "a_disposal_revenue" integer,
  "a_disposal_revenue_acct" integer,
  "a_disposal_revenue_new_acct" integer,
  "a_disposal_revenue_str" varchar(255),
  "a_period_end" integer,
  "a_period_start" integer,
  "a_split_percent" numeric,
  "a_transfer_balance" char(1),
  "a_transfer_balance_is" char(1),
  "c_acctschema_id" integer,
  "c_costcenter_id" integer,
  "c_department_id" integer,
  "c_period_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "datedoc" timestamp,
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "isactive" char(1),
  "posted" char(1),
  "postingtype" varchar(255),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_asset_transfer_id"),
  UNIQUE ("a_asset_transfer_uu")
);
CREATE TABLE "asset_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_asset_type_id" integer,
  "a_asset_type_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isdepreciable" varchar(255),
  "isinposession" varchar(255),
  "isowned" varchar(255),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("a_asset_type_id"),
  UNIQUE ("a_asset_type_uu")
);
CREATE TABLE "asset_use" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_asset_id" integer,
  "a_asset_use_id" integer,
  "a_asset_use_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "usedate" timestamp,
  "useunits" integer,
  PRIMARY KEY ("a_asset_use_id"),
  UNIQUE ("a_asset_use_uu")
);
CREATE TABLE "attachment" (
  "ad_attachment_id" integer,
  "ad_attachment_uu" varchar(255),
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_storageprovider_id" integer,
  "ad_table_id" integer,
  "binarydata" bytea,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "record_id" integer,
  "record_uu" varchar(255),
  "textmsg" varchar(255),
  "title" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_attachment_id"),
  UNIQUE ("ad_attachment_uu")
);
CREATE TABLE "attachment_file" (
  "ad_attachmentfile_uu" varchar(255),
  "ad_attachment_id" integer,
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "filename" varchar(255),
  "filepath" varchar(255),
  "filesize" numeric,
  "isactive" char(1),
  "mimetype" varchar(255),
  "sha256checksum" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_attachmentfile_uu")
);
CREATE TABLE "attachment_note" (
  "ad_attachmentnote_id" integer,
  "ad_attachmentnote_uu" varchar(255),
  "ad_attachment_id" integer,
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "textmsg" varchar(255),
  "title" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_attachmentnote_id"),
  UNIQUE ("ad_attachmentnote_uu")
);
CREATE TABLE "attribute" (
  "ad_attribute_id" integer,
  "ad_attribute_uu" varchar(255),
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_reference_id" integer,
  "ad_reference_value_id" integer,
  "ad_table_id" integer,
  "ad_val_rule_id" integer,
  "callout" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "defaultvalue" varchar(255),
  "description" varchar(255),
  "displaylength" integer,
  "displaylogic" varchar(255),
  "fieldlength" integer,
  "help" varchar(255),
  "isactive" char(1),
  "isencrypted" char(1),
  "isfieldonly" char(1),
  "isheading" char(1),
  "ismandatory" char(1),
  "isreadonly" char(1),
  "issameline" char(1),
  "isupdateable" char(1),
  "name" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  "vformat" varchar(255),
  "valuemax" varchar(255),
  "valuemin" varchar(255),
  PRIMARY KEY ("ad_attribute_id"),
  UNIQUE ("ad_attribute_uu")
);
CREATE TABLE "attribute_instance" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "m_attributeinstance_uu" varchar(255),
  "m_attributesetinstance_id" integer,
  "m_attributevalue_id" integer,
  "m_attribute_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  "valuedate" timestamp,
  "valuemultipleselection" varchar(255),
  "valuenumber" numeric,
  UNIQUE ("m_attributeinstance_uu")
);
CREATE TABLE "attribute_instance_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "line" integer,
  "m_attributeinstanceline_id" integer,
  "m_attributeinstanceline_uu" varchar(255),
  "m_attributeinstance_uu" varchar(255),
  "m_attributevalue_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_attributeinstanceline_id"),
  UNIQUE ("m_attributeinstanceline_uu")
);
CREATE TABLE "attribute_search" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "m_attributesearch_id" integer,
  "m_attributesearch_uu" varchar(255),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_attributesearch_id"),
  UNIQUE ("m_attributesearch_uu")
);
CREATE TABLE "attribute_set" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "guaranteedays" integer,
  "isactive" char(1),
  "isautogeneratelot" char(1),
  "isguaranteedate" char(1),
  "isguaranteedatemandatory" char(1),
  "isinstanceattribute" char(1),
  "islot" char(1),
  "islotmandatory" char(1),
  "isserno" char(1),
  "issernomandatory" char(1),
  "lotchareoverwrite" varchar(255),
  "lotcharsoverwrite" varchar(255),
  "m_attributeset_id" integer,
  "m_attributeset_type" varchar(255),
  "m_attributeset_uu" varchar(255),
  "m_lotctl_id" integer,
  "m_sernoctl_id" integer,
  "mandatorytype" varchar(255),
  "name" varchar(255),
  "sernochareoverwrite" varchar(255),
  "sernocharsoverwrite" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "useguaranteedateformpolicy" char(1),
  PRIMARY KEY ("m_attributeset_id"),
  UNIQUE ("m_attributeset_uu")
);
CREATE TABLE "attribute_set_exclude" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "issotrx" char(1),
  "m_attributesetexclude_id" integer,
  "m_attributesetexclude_uu" varchar(255),
  "m_attributeset_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_attributesetexclude_id"),
  UNIQUE ("m_attributesetexclude_uu")
);
CREATE TABLE "attribute_set_instance" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "guaranteedate" timestamp,
  "isactive" char(1),
  "lot" varchar(255),
  "m_attributesetinstance_id" integer,
  "m_attributesetinstance_uu" varchar(255),
  "m_attributeset_id" integer,
  "m_lot_id" integer,
  "serno" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_attributesetinstance_id"),
  UNIQUE ("m_attributesetinstance_uu")
);
CREATE TABLE "attribute_use" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "defaultvalue" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "m_attributeset_id" integer,
  "m_attributeuse_uu" varchar(255),
  "m_attribute_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("m_attributeuse_uu")
);
CREATE TABLE "attribute_value" (
  "ad_attribute_id" integer,
  "ad_attribute_value_uu" varchar(255),
  "record_id" integer,
  "v_date" timestamp,
  "v_number" varchar(255),
  "v_string" varchar(255),
  UNIQUE ("ad_attribute_value_uu")
);
CREATE TABLE "authorization_account" (
  "ad_authorizationaccount_id" integer,
  "ad_authorizationaccount_uu" varchar(255),
  "ad_authorizationcredential_id" integer,
  "ad_authorizationscopes" varchar(255),
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "accesstoken" varchar(255),
  "accesstokentimestamp" timestamp,
  "created" timestamp,
  "createdby" integer,
  "email" varchar(255),
  "expireinseconds" numeric,
  "help" varchar(255),
  "isaccessrevoked" char(1),
  "isactive" char(1),
  "isauthorized" char(1),
  "preferred_username" varchar(255),
  "refreshtoken" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_authorizationaccount_id"),
  UNIQUE ("ad_authorizationaccount_uu")
);
CREATE TABLE "authorization_credential" (
  "ad_authorizationcredential_id" integer,
  "ad_authorizationcredential_uu" varchar(255),
  "ad_authorizationprovider_id" integer,
  "ad_authorizationscopelist" varchar(255),
  "ad_client_id" integer,
  "ad_org_id" integer,
  "authorizationclientid" varchar(255),
  "authorizationclientsecret" varchar(255),
  "authorizationredirecturl" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_authorizationcredential_id"),
  UNIQUE ("ad_authorizationcredential_uu")
);
CREATE TABLE "authorization_provider" (
  "ad_authorizationprovider_id" integer,
  "ad_authorizationprovider_uu" varchar(255),
  "ad_authorizationtype" varchar(255),
  "ad_client_id" integer,
  "ad_org_id" integer,
  "authorizationendpoint" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "revokeendpoint" varchar(255),
  "tokenendpoint" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_authorizationprovider_id"),
  UNIQUE ("ad_authorizationprovider_uu")
);
CREATE TABLE "authorization_scope_prov" (
  "ad_authorizationprovider_id" integer,
  "ad_authorizationscope" varchar(255),
  "ad_authorizationscopeprov_id" integer,
  "ad_authorizationscopeprov_uu" varchar(255),
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "scopeurl" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_authorizationscopeprov_id"),
  UNIQUE ("ad_authorizationscopeprov_uu")
);
CREATE TABLE "b_partner" (
  "ad_client_id" integer,
  "ad_language" varchar(255),
  "ad_orgbp_id" integer,
  "ad_org_id" integer,
  "acqusitioncost" numeric,
  "actuallifetimevalue" numeric,
  "bpartner_parent_id" integer,
  "c_bp_group_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_uu" varchar(255),
  "c_dunning_id" integer,
  "c_greeting_id" integer,
  "c_invoiceschedule_id" integer,
  "c_paymentterm_id" integer,
  "c_taxgroup_id" integer,
  "created" timestamp,
  "createdby" integer,
  "customerprofileid" varchar(255),
  "duns" varchar(255),
  "default1099box_id" integer,
  "deliveryrule" varchar(255),
  "deliveryviarule" varchar(255),
  "description" varchar(255),
  "documentcopies" integer,
  "dunninggrace" timestamp,
  "firstsale" timestamp,
  "flatdiscount" numeric,
  "freightcostrule" varchar(255),
  "invoicerule" varchar(255),
  "invoice_printformat_id" integer,
  "is1099vendor" char(1),
  "isactive" char(1),
  "iscustomer" char(1),
  "isdiscountprinted" char(1),
  "isemployee" char(1),
  "ismanufacturer" char(1),
  "isonetime" char(1),
  "ispotaxexempt" char(1),
  "isprospect" char(1),
  "issalesrep" char(1),
  "issummary" char(1),
  "istaxexempt" char(1),
  "isvendor" char(1),
  "logo_id" integer,
  "m_discountschema_id" integer,
  "m_pricelist_id" integer,
  "naics" varchar(255),
  "name" varchar(255),
  "name2" varchar(255),
  "numberemployees" integer,
  "poreference" varchar(255),
  "po_discountschema_id" integer,
  "po_paymentterm_id" integer,
  "po_pricelist_id" integer,
  "paymentrule" varchar(255),
  "paymentrulepo" varchar(255),
  "potentiallifetimevalue" numeric,
  "rating" varchar(255),
  "referenceno" varchar(255),
  "socreditstatus" varchar(255),
  "so_creditlimit" numeric,
  "so_creditused" numeric,
  "so_description" varchar(255),
  "salesrep_id" integer,
  "salesvolume" integer,
  "sendemail" char(1),
  "shareofcustomer" integer,
  "shelflifeminpct" integer,
  "taxid" varchar(255),
  "totalopenbalance" numeric,
  "url" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_bpartner_id"),
  UNIQUE ("c_bpartner_uu")
);
CREATE TABLE "b_partner_import" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "address1" varchar(255),
  "address2" varchar(255),
  "bpcontactgreeting" varchar(255),
  "birthday" timestamp,
  "c_bp_group_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_country_id" integer,
  "c_greeting_id" integer,
  "c_region_id" integer,
  "city" varchar(255),
  "comments" varchar(255),
  "contactdescription" varchar(255),
  "contactname" varchar(255),
  "countrycode" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "duns" varchar(255),
  "description" varchar(255),
  "email" varchar(255),
  "fax" varchar(255),
  "groupvalue" varchar(255),
  "i_bpartner_id" integer,
  "i_bpartner_uu" varchar(255),
  "i_errormsg" varchar(255),
  "i_isimported" char(1),
  "interestareaname" varchar(255),
  "isactive" char(1),
  "iscustomer" char(1),
  "isemployee" char(1),
  "isvendor" char(1),
  "naics" varchar(255),
  "name" varchar(255),
  "name2" varchar(255),
  "password" varchar(255),
  "phone" varchar(255),
  "phone2" varchar(255),
  "postal" varchar(255),
  "postal_add" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "r_interestarea_id" integer,
  "regionname" varchar(255),
  "taxid" varchar(255),
  "title" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("i_bpartner_id"),
  UNIQUE ("i_bpartner_uu")
);
CREATE TABLE "b_partner_location" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_bpartner_location_uu" varchar(255),
  "c_location_id" integer,
  "c_salesregion_id" integer,
  "created" timestamp,
  "createdby" integer,
  "customeraddressid" varchar(255),
  "fax" varchar(255),
  "isdn" varchar(255),
  "isactive" char(1),
  "isbillto" char(1),
  "ispayfrom" char(1),
  "ispreservecustomname" char(1),
  "isremitto" char(1),
  "isshipto" char(1),
  "name" varchar(255),
  "phone" varchar(255),
  "phone2" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_bpartner_location_id"),
  UNIQUE ("c_bpartner_location_uu")
);
CREATE TABLE "b_partner_product" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_product_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "ismanufacturer" char(1),
  "m_product_id" integer,
  "manufacturer" char(1),
  "qualityrating" numeric,
  "shelflifemindays" integer,
  "shelflifeminpct" integer,
  "updated" timestamp,
  "updatedby" integer,
  "vendorcategory" varchar(255),
  "vendorproductno" varchar(255),
  UNIQUE ("c_bpartner_product_uu")
);
CREATE TABLE "bank" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bank_id" integer,
  "c_bank_uu" varchar(255),
  "c_location_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isownbank" char(1),
  "name" varchar(255),
  "routingno" varchar(255),
  "swiftcode" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_bank_id"),
  UNIQUE ("c_bank_uu")
);
CREATE TABLE "bank_account" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "accountno" varchar(255),
  "bban" varchar(255),
  "bankaccounttype" varchar(255),
  "c_bankaccount_id" integer,
  "c_bankaccount_uu" varchar(255),
  "c_bank_id" integer,
  "c_currency_id" integer,
  "created" timestamp,
  "createdby" integer,
  "creditlimit" numeric,
  "currentbalance" numeric,
  "description" varchar(255),
  "iban" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "name" varchar(255),
  "paymentexportclass" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_bankaccount_id"),
  UNIQUE ("c_bankaccount_uu")
);
CREATE TABLE "bank_account_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "b_asset_acct" integer,
  "b_intransit_acct" integer,
  "b_interestexp_acct" integer,
  "b_interestrev_acct" integer,
  "b_paymentselect_acct" integer,
  "b_unallocatedcash_acct" integer,
  "c_acctschema_id" integer,
  "c_bankaccount_acct_uu" varchar(255),
  "c_bankaccount_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("c_bankaccount_acct_uu")
);
CREATE TABLE "bank_account_doc" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bankaccountdoc_id" integer,
  "c_bankaccountdoc_uu" varchar(255),
  "c_bankaccount_id" integer,
  "check_printformat_id" integer,
  "created" timestamp,
  "createdby" integer,
  "currentnext" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "paymentrule" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_bankaccountdoc_id"),
  UNIQUE ("c_bankaccountdoc_uu")
);
CREATE TABLE "bank_account_processor" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "acceptamex" char(1),
  "acceptatm" char(1),
  "acceptcheck" char(1),
  "acceptcorporate" char(1),
  "acceptdiners" char(1),
  "acceptdirectdebit" char(1),
  "acceptdirectdeposit" char(1),
  "acceptdiscover" char(1),
  "acceptmc" char(1),
  "acceptvisa" char(1),
  "c_bankaccount_id" integer,
  "c_bankaccount_processor_uu" varchar(255),
  "c_currency_id" integer,
  "c_paymentprocessor_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isppacceptamex" char(1),
  "isppacceptatm" char(1),
  "isppacceptcheck" char(1),
  "isppacceptcorporate" char(1),
  "isppacceptdiners" char(1),
  "isppacceptdirectdebit" char(1),
  "isppacceptdirectdeposit" char(1),
  "isppacceptdiscover" char(1),
  "isppacceptmc" char(1),
  "isppacceptvisa" char(1),
  "minimumamt" numeric,
  "partnerid" varchar(255),
  "password" varchar(255),
  "requirevv" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "userid" varchar(255),
  "vendorid" varchar(255),
  UNIQUE ("c_bankaccount_processor_uu")
);
CREATE TABLE "bank_register" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_pinstance_id" integer,
  "account" varchar(255),
  "amtacctcr" numeric,
  "amtacctdr" numeric,
  "bpartner" varchar(255),
  "balance" numeric,
  "bankname" varchar(255),
  "c_bpartner_id" integer,
  "c_bank_id" integer,
  "dateacct" timestamp,
  "documentno" varchar(255),
  "t_bankregister_uu" varchar(255),
  UNIQUE ("t_bankregister_uu")
);
CREATE TABLE "bank_statement" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "beginningbalance" numeric,
  "c_bankaccount_id" integer,
  "c_bankstatement_id" integer,
  "c_bankstatement_uu" varchar(255),
  "c_doctype_id" integer,
  "copyfrom" varchar(255),
  "createfrom" varchar(255),
  "createfrombatch" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "eftstatementdate" timestamp,
  "eftstatementreference" varchar(255),
  "endingbalance" numeric,
  "isactive" char(1),
  "isapproved" char(1),
  "ismanual" char(1),
  "matchstatement" varchar(255),
  "name" varchar(255),
  "posted" char(1),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "statementdate" timestamp,
  "statementdifference" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_bankstatement_id"),
  UNIQUE ("c_bankstatement_uu")
);
CREATE TABLE "bank_statement_import" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "bpartnervalue" varchar(255),
  "bankaccountno" varchar(255),
  "c_bpartner_id" integer,
  "c_bankaccount_id" integer,
  "c_bankstatementline_id" integer,
  "c_bankstatement_id" integer,
  "c_charge_id" integer,
  "c_currency_id" integer,
  "c_invoice_id" integer,
  "c_payment_id" integer,
  "chargeamt" numeric,
  "chargename" varchar(255),
  "createpayment" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "description" varchar(255),
  "eftamt" numeric,
  "eftcheckno" varchar(255),
  "eftcurrency" varchar(255),
  "eftmemo" varchar(255),
  "eftpayee" varchar(255),
  "eftpayeeaccount" varchar(255),
  "eftreference" varchar(255),
  "eftstatementdate" timestamp,
  "eftstatementlinedate" timestamp,
  "eftstatementreference" varchar(255),
  "efttrxid" varchar(255),
  "efttrxtype" varchar(255),
  "eftvalutadate" timestamp,
  "iban" varchar(255),
  "iso_code" varchar(255),
  "i_bankstatement_id" integer,
  "i_bankstatement_uu" varchar(255),
  "i_errormsg" varchar(255),
  "i_isimported" char(1),
  "interestamt" numeric,
  "invoicedocumentno" varchar(255),
  "isactive" char(1),
  "isreversal" char(1),
  "line" integer,
  "linedescription" varchar(255),
  "matchstatement" varchar(255),
  "memo" varchar(255),
  "name" varchar(255),
  "paymentdocumentno" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "referenceno" varchar(255),
  "routingno" varchar(255),
  "statementdate" timestamp,
  "statementlinedate" timestamp,
  "stmtamt" numeric,
  "trxamt" numeric,
  "trxtype" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "valutadate" timestamp,
  PRIMARY KEY ("i_bankstatement_id"),
  UNIQUE ("i_bankstatement_uu")
);
CREATE TABLE "bank_statement_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bpartner_id" integer,
  "c_bankstatementline_id" integer,
  "c_bankstatementline_uu" varchar(255),
  "c_bankstatement_id" integer,
  "c_charge_id" integer,
  "c_currency_id" integer,
  "c_depositbatch_id" integer,
  "c_invoice_id" integer,
  "c_payment_id" integer,
  "chargeamt" numeric,
  "createpayment" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "description" varchar(255),
  "eftamt" numeric,
  "eftcheckno" varchar(255),
  "eftcurrency" varchar(255),
  "eftmemo" varchar(255),
  "eftpayee" varchar(255),
  "eftpayeeaccount" varchar(255),
  "eftreference" varchar(255),
  "eftstatementlinedate" timestamp,
  "efttrxid" varchar(255),
  "efttrxtype" varchar(255),
  "eftvalutadate" timestamp,
  "interestamt" numeric,
  "isactive" char(1),
  "ismanual" char(1),
  "isreversal" char(1),
  "line" integer,
  "matchstatement" varchar(255),
  "memo" varchar(255),
  "processed" char(1),
  "referenceno" varchar(255),
  "statementlinedate" timestamp,
  "stmtamt" numeric,
  "trxamt" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "valutadate" timestamp,
  PRIMARY KEY ("c_bankstatementline_id"),
  UNIQUE ("c_bankstatementline_uu")
);
CREATE TABLE "bank_statement_loader" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "accountno" varchar(255),
  "branchid" varchar(255),
  "c_bankaccount_id" integer,
  "c_bankstatementloader_id" integer,
  "c_bankstatementloader_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dateformat" varchar(255),
  "datelastrun" timestamp,
  "description" varchar(255),
  "filename" varchar(255),
  "financialinstitutionid" varchar(255),
  "hostaddress" varchar(255),
  "hostport" integer,
  "isactive" char(1),
  "name" varchar(255),
  "pin" varchar(255),
  "password" varchar(255),
  "proxyaddress" varchar(255),
  "proxylogon" varchar(255),
  "proxypassword" varchar(255),
  "proxyport" integer,
  "stmtloaderclass" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "userid" varchar(255),
  PRIMARY KEY ("c_bankstatementloader_id"),
  UNIQUE ("c_bankstatementloader_uu")
);
CREATE TABLE "bank_statement_matcher" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bankstatementmatcher_id" integer,
  "c_bankstatementmatcher_uu" varchar(255),
  "classname" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_bankstatementmatcher_id"),
  UNIQUE ("c_bankstatementmatcher_uu")
);
CREATE TABLE "bank_transfer" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_banktransfer_id" integer,
  "c_banktransfer_uu" varchar(255),
  "c_conversiontype_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "from_ad_org_id" integer,
  "from_amt" numeric,
  "from_c_bpartner_id" integer,
  "from_c_bankaccount_id" integer,
  "from_c_charge_id" integer,
  "from_c_currency_id" integer,
  "from_doctype_id" integer,
  "from_tendertype" varchar(255),
  "from_user1_id" integer,
  "from_user2_id" integer,
  "isactive" char(1),
  "isoverridecurrencyrate" char(1),
  "paydate" timestamp,
  "processed" char(1),
  "processing" char(1),
  "rate" numeric,
  "to_ad_org_id" integer,
  "to_amt" numeric,
  "to_c_bpartner_id" integer,
  "to_c_bankaccount_id" integer,
  "to_c_charge_id" integer,
  "to_c_currency_id" integer,
  "to_doctype_id" integer,
  "to_tendertype" varchar(255),
  "to_user1_id" integer,
  "to_user2_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_banktransfer_id"),
  UNIQUE ("c_banktransfer_uu")
);
CREATE TABLE "benchmark" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "accumulationtype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "pa_benchmark_id" integer,
  "pa_benchmark_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pa_benchmark_id"),
  UNIQUE ("pa_benchmark_uu")
);
CREATE TABLE "benchmark_data" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "benchmarkdate" timestamp,
  "benchmarkvalue" numeric,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "pa_benchmarkdata_id" integer,
  "pa_benchmarkdata_uu" varchar(255),
  "pa_benchmark_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pa_benchmarkdata_id"),
  UNIQUE ("pa_benchmarkdata_uu")
);
CREATE TABLE "bid" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "b_bid_id" integer,
  "b_bid_uu" varchar(255),
  "b_buyerfunds_id" integer,
  "b_topic_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "iswillingtocommit" char(1),
  "name" varchar(255),
  "privatenote" varchar(255),
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("b_bid_id"),
  UNIQUE ("b_bid_uu")
);
CREATE TABLE "bid_comment" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "b_bidcomment_id" integer,
  "b_bidcomment_uu" varchar(255),
  "b_topic_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("b_bidcomment_id"),
  UNIQUE ("b_bidcomment_uu")
);
CREATE TABLE "bom_alternative" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "m_bomalternative_id" integer,
  "m_bomalternative_uu" varchar(255),
  "m_product_id" integer,
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_bomalternative_id"),
  UNIQUE ("m_bomalternative_uu")
);
CREATE TABLE "bom_indented" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_pinstance_id" integer,
  "c_acctschema_id" integer,
  "cost" numeric,
  "costfuture" numeric,
  "created" timestamp,
  "createdby" integer,
  "currentcostprice" numeric,
  "currentcostpricell" numeric,
  "futurecostprice" numeric,
  "futurecostpricell" numeric,
  "isactive" char(1),
  "levelno" integer,
  "levels" varchar(255),
  "m_costelement_id" integer,
  "m_product_id" integer,
  "qty" numeric,
  "qtybom" numeric,
  "sel_product_id" integer,
  "seqno" integer,
  "t_bom_indented_id" integer,
  "t_bom_indented_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("t_bom_indented_id"),
  UNIQUE ("t_bom_indented_uu")
);
CREATE TABLE "bom_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_pinstance_id" integer,
  "c_acctschema_id" integer,
  "cost" numeric,
  "coststandard" numeric,
  "costingmethod" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "currentcostprice" numeric,
  "currentcostpricell" numeric,
  "futurecostprice" numeric,
  "futurecostpricell" numeric,
  "implosion" char(1),
  "isactive" char(1),
  "iscostfrozen" char(1),
  "levelno" integer,
  "levels" varchar(255),
  "m_costelement_id" integer,
  "m_costtype_id" integer,
  "m_product_id" integer,
  "pp_product_bomline_id" integer,
  "pp_product_bom_id" integer,
  "qtybom" numeric,
  "sel_product_id" integer,
  "seqno" integer,
  "t_bomline_id" integer,
  "t_bomline_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("t_bomline_id"),
  UNIQUE ("t_bomline_uu")
);
CREATE TABLE "bp_bank_account" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "a_city" varchar(255),
  "a_country" varchar(255),
  "a_email" varchar(255),
  "a_ident_dl" varchar(255),
  "a_ident_ssn" varchar(255),
  "a_name" varchar(255),
  "a_state" varchar(255),
  "a_street" varchar(255),
  "a_zip" varchar(255),
  "accountno" varchar(255),
  "bpbankacctuse" varchar(255),
  "bankaccounttype" varchar(255),
  "c_bp_bankaccount_id" integer,
  "c_bp_bankaccount_uu" varchar(255),
  "c_bpartner_id" integer,
  "c_bank_id" integer,
  "c_paymentprocessor_id" integer,
  "created" timestamp,
  "createdby" integer,
  "creditcardexpmm" integer,
  "creditcardexpyy" integer,
  "creditcardnumber" varchar(255),
  "creditcardtype" varchar(255),
  "creditcardvv" varchar(255),
  "customerpaymentprofileid" varchar(255),
  "iban" varchar(255),
  "isach" char(1),
  "isactive" char(1),
  "r_avsaddr" varchar(255),
  "r_avszip" varchar(255),
  "routingno" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_bp_bankaccount_id"),
  UNIQUE ("c_bp_bankaccount_uu")
);
CREATE TABLE "bp_customer_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_acctschema_id" integer,
  "c_bp_customer_acct_uu" varchar(255),
  "c_bpartner_id" integer,
  "c_prepayment_acct" integer,
  "c_receivable_acct" integer,
  "c_receivable_services_acct" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("c_bp_customer_acct_uu")
);
CREATE TABLE "bp_edi" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_sequence_id" integer,
  "c_bp_edi_id" integer,
  "c_bp_edi_uu" varchar(255),
  "c_bpartner_id" integer,
  "created" timestamp,
  "createdby" integer,
  "customerno" varchar(255),
  "description" varchar(255),
  "editype" varchar(255),
  "email_error_to" varchar(255),
  "email_from" varchar(255),
  "email_from_pwd" varchar(255),
  "email_from_uid" varchar(255),
  "email_info_to" varchar(255),
  "email_to" varchar(255),
  "isactive" char(1),
  "isaudited" char(1),
  "isinfosent" char(1),
  "m_warehouse_id" integer,
  "name" varchar(255),
  "receiveinquiryreply" char(1),
  "receiveorderreply" char(1),
  "sendinquiry" char(1),
  "sendorder" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_bp_edi_id"),
  UNIQUE ("c_bp_edi_uu")
);
CREATE TABLE "bp_employee_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_acctschema_id" integer,
  "c_bp_employee_acct_uu" varchar(255),
  "c_bpartner_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("c_bp_employee_acct_uu")
);
CREATE TABLE "bp_group" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_printcolor_id" integer,
  "c_bp_group_id" integer,
  "c_bp_group_uu" varchar(255),
  "c_dunning_id" integer,
  "created" timestamp,
  "createdby" integer,
  "creditwatchpercent" numeric,
  "description" varchar(255),
  "isactive" char(1),
  "isconfidentialinfo" char(1),
  "isdefault" char(1),
  "m_discountschema_id" integer,
  "m_pricelist_id" integer,
  "name" varchar(255),
  "po_discountschema_id" integer,
  "po_pricelist_id" integer,
  "pricematchtolerance" numeric,
  "prioritybase" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_bp_group_id"),
  UNIQUE ("c_bp_group_uu")
);
CREATE TABLE "bp_group_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_acctschema_id" integer,
  "c_bp_group_acct_uu" varchar(255),
  "c_bp_group_id" integer,
  "c_prepayment_acct" integer,
  "c_receivable_acct" integer,
  "c_receivable_services_acct" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "notinvoicedreceipts_acct" integer,
  "paydiscount_exp_acct" integer,
  "paydiscount_rev_acct" integer,
  "processing" char(1),
  "unearnedrevenue_acct" integer,
  "updated" timestamp,
  "updatedby" integer,
  "v_liability_acct" integer,
  "v_liability_services_acct" integer,
  "v_prepayment_acct" integer,
  "writeoff_acct" integer,
  UNIQUE ("c_bp_group_acct_uu")
);
CREATE TABLE "bp_price" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "breakvalue" numeric,
  "c_bpartner_id" integer,
  "c_currency_id" integer,
  "comments" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "discount" numeric,
  "isactive" char(1),
  "isnetprice" char(1),
  "m_bp_price_id" integer,
  "m_bp_price_uu" varchar(255),
  "m_product_id" integer,
  "pricelimit" numeric,
  "pricelist" numeric,
  "priceoverridetype" varchar(255),
  "pricestd" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  PRIMARY KEY ("m_bp_price_id"),
  UNIQUE ("m_bp_price_uu")
);
CREATE TABLE "bp_relation" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bp_relation_id" integer,
  "c_bp_relation_uu" varchar(255),
  "c_bpartnerrelation_id" integer,
  "c_bpartnerrelation_location_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isbillto" char(1),
  "ispayfrom" char(1),
  "isremitto" char(1),
  "isshipto" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_bp_relation_id"),
  UNIQUE ("c_bp_relation_uu")
);
CREATE TABLE "bp_shipping_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bp_shippingacct_id" integer,
  "c_bp_shippingacct_uu" varchar(255),
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dutiesshipperaccount" varchar(255),
  "isactive" char(1),
  "m_shippingprocessor_id" integer,
  "shipperaccount" varchar(255),
  "shippermeter" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_bp_shippingacct_id"),
  UNIQUE ("c_bp_shippingacct_uu")
);
CREATE TABLE "bp_vendor_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_acctschema_id" integer,
  "c_bp_vendor_acct_uu" varchar(255),
  "c_bpartner_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "v_liability_acct" integer,
  "v_liability_services_acct" integer,
  "v_prepayment_acct" integer,
  UNIQUE ("c_bp_vendor_acct_uu")
);
CREATE TABLE "bp_withholding" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bp_withholding_uu" varchar(255),
  "c_bpartner_id" integer,
  "c_withholding_id" integer,
  "created" timestamp,
  "createdby" integer,
  "exemptreason" varchar(255),
  "isactive" char(1),
  "ismandatorywithholding" char(1),
  "istemporaryexempt" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("c_bp_withholding_uu")
);
CREATE TABLE "broadcast_message" (
  "ad_broadcastmessage_id" integer,
  "ad_broadcastmessage_uu" varchar(255),
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_user_id" integer,
  "broadcastfrequency" varchar(255),
  "broadcastmessage" varchar(255),
  "broadcasttype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "expiration" timestamp,
  "expirenow" varchar(255),
  "expired" char(1),
  "isactive" char(1),
  "ispublished" char(1),
  "logacknowledge" char(1),
  "notification_client_id" integer,
  "processed" char(1),
  "publish" varchar(255),
  "target" varchar(255),
  "testmessage" varchar(255),
  "title" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_broadcastmessage_id"),
  UNIQUE ("ad_broadcastmessage_uu")
);
CREATE TABLE "budget" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "budgetstatus" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "gl_budget_id" integer,
  "gl_budget_uu" varchar(255),
  "isactive" char(1),
  "isprimary" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("gl_budget_id"),
  UNIQUE ("gl_budget_uu")
);
CREATE TABLE "budget_control" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "budgetcontrolscope" varchar(255),
  "c_acctschema_id" integer,
  "commitmenttype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "gl_budgetcontrol_id" integer,
  "gl_budgetcontrol_uu" varchar(255),
  "gl_budget_id" integer,
  "help" varchar(255),
  "isactive" char(1),
  "isbeforeapproval" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("gl_budgetcontrol_id"),
  UNIQUE ("gl_budgetcontrol_uu")
);
CREATE TABLE "buyer" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "b_buyer_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "validto" timestamp,
  UNIQUE ("b_buyer_uu")
);
CREATE TABLE "buyer_funds" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "b_buyerfunds_id" integer,
  "b_buyerfunds_uu" varchar(255),
  "c_order_id" integer,
  "c_payment_id" integer,
  "committedamt" numeric,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "noncommittedamt" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("b_buyerfunds_id"),
  UNIQUE ("b_buyerfunds_uu")
);
CREATE TABLE "c_element" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_tree_id" integer,
  "c_element_id" integer,
  "c_element_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "elementtype" varchar(255),
  "isactive" char(1),
  "isbalancing" char(1),
  "isnaturalaccount" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "vformat" varchar(255),
  PRIMARY KEY ("c_element_id"),
  UNIQUE ("c_element_uu")
);
CREATE TABLE "c_task" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_phase_id" integer,
  "c_task_id" integer,
  "c_task_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "m_product_id" integer,
  "name" varchar(255),
  "seqno" integer,
  "standardqty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_task_id"),
  UNIQUE ("c_task_uu")
);
CREATE TABLE "calendar" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_calendar_id" integer,
  "c_calendar_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_calendar_id"),
  UNIQUE ("c_calendar_uu")
);
CREATE TABLE "campaign" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_campaign_id" integer,
  "c_campaign_uu" varchar(255),
  "c_channel_id" integer,
  "costs" numeric,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "enddate" timestamp,
  "isactive" char(1),
  "issummary" char(1),
  "name" varchar(255),
  "startdate" timestamp,
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_campaign_id"),
  UNIQUE ("c_campaign_uu")
);
CREATE TABLE "cash" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "beginningbalance" numeric,
  "c_activity_id" integer,
  "c_campaign_id" integer,
  "c_cashbook_id" integer,
  "c_cash_id" integer,
  "c_cash_uu" varchar(255),
  "c_project_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "endingbalance" numeric,
  "isactive" char(1),
  "isapproved" char(1),
  "name" varchar(255),
  "posted" char(1),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "statementdate" timestamp,
  "statementdifference" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  PRIMARY KEY ("c_cash_id"),
  UNIQUE ("c_cash_uu")
);
CREATE TABLE "cash_book" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_cashbook_id" integer,
  "c_cashbook_uu" varchar(255),
  "c_currency_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_cashbook_id"),
  UNIQUE ("c_cashbook_uu")
);
CREATE TABLE "cash_book_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "cb_asset_acct" integer,
  "cb_cashtransfer_acct" integer,
  "cb_differences_acct" integer,
  "cb_expense_acct" integer,
  "cb_receipt_acct" integer,
  "c_acctschema_id" integer,
  "c_cashbook_acct_uu" varchar(255),
  "c_cashbook_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("c_cashbook_acct_uu")
);
CREATE TABLE "cash_flow" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_pinstance_id" integer,
  "c_acctschema_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_cashplanline_id" integer,
  "c_charge_id" integer,
  "c_elementvalue_id" integer,
  "c_invoice_id" integer,
  "c_order_id" integer,
  "c_project_id" integer,
  "cashflowsource" varchar(255),
  "cashflowtype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dateto" timestamp,
  "datetrx" timestamp,
  "description" varchar(255),
  "isactive" char(1),
  "issotrx" char(1),
  "linetotalamt" numeric,
  "m_product_id" integer,
  "name" varchar(255),
  "probability" numeric,
  "t_cashflow_id" integer,
  "t_cashflow_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("t_cashflow_id"),
  UNIQUE ("t_cashflow_uu")
);
CREATE TABLE "cash_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "amount" numeric,
  "c_bankaccount_id" integer,
  "c_cashline_id" integer,
  "c_cashline_uu" varchar(255),
  "c_cash_id" integer,
  "c_charge_id" integer,
  "c_currency_id" integer,
  "c_invoice_id" integer,
  "c_payment_id" integer,
  "cashtype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "discountamt" numeric,
  "isactive" char(1),
  "isgenerated" char(1),
  "line" integer,
  "processed" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "writeoffamt" numeric,
  PRIMARY KEY ("c_cashline_id"),
  UNIQUE ("c_cashline_uu")
);
CREATE TABLE "cash_plan" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_cashplan_id" integer,
  "c_cashplan_uu" varchar(255),
  "c_project_id" integer,
  "cashflowtype" varchar(255),
  "copyfrom" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "datedoc" timestamp,
  "description" varchar(255),
  "documentno" varchar(255),
  "generateperiodic" varchar(255),
  "grandtotal" numeric,
  "isactive" char(1),
  "isapproved" char(1),
  "issotrx" char(1),
  "processed" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  PRIMARY KEY ("c_cashplan_id"),
  UNIQUE ("c_cashplan_uu")
);
CREATE TABLE "cash_plan_line" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_cashplanline_id" integer,
  "c_cashplanline_uu" varchar(255),
  "c_cashplan_id" integer,
  "c_charge_id" integer,
  "c_projectphase_id" integer,
  "c_projecttask_id" integer,
  "c_project_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datetrx" timestamp,
  "description" varchar(255),
  "isactive" char(1),
  "line" integer,
  "linetotalamt" numeric,
  "m_product_id" integer,
  "name" varchar(255),
  "probability" numeric,
  "processed" char(1),
  "qtyentered" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  PRIMARY KEY ("c_cashplanline_id"),
  UNIQUE ("c_cashplanline_uu")
);
CREATE TABLE "category" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "m_product_id" integer,
  "name" varchar(255),
  "r_category_id" integer,
  "r_category_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("r_category_id"),
  UNIQUE ("r_category_uu")
);
CREATE TABLE "category_updates" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isselfservice" char(1),
  "r_categoryupdates_uu" varchar(255),
  "r_category_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("r_categoryupdates_uu")
);
CREATE TABLE "change_log" (
  "ad_changelog_id" integer,
  "ad_changelog_uu" varchar(255),
  "ad_client_id" integer,
  "ad_column_id" integer,
  "ad_org_id" integer,
  "ad_session_id" integer,
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "eventchangelog" varchar(255),
  "externaltraceid" varchar(255),
  "isactive" char(1),
  "iscustomization" char(1),
  "newvalue" varchar(255),
  "oldvalue" varchar(255),
  "record_id" integer,
  "record_uu" varchar(255),
  "redo" varchar(255),
  "trxname" varchar(255),
  "undo" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_changelog_id"),
  UNIQUE ("ad_changelog_uu")
);
CREATE TABLE "change_notice" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "detailinfo" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "m_changenotice_id" integer,
  "m_changenotice_uu" varchar(255),
  "name" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_changenotice_id"),
  UNIQUE ("m_changenotice_uu")
);
CREATE TABLE "change_request" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "detailinfo" varchar(255),
  "documentno" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "m_changenotice_id" integer,
  "m_changerequest_id" integer,
  "m_changerequest_uu" varchar(255),
  "m_fixchangenotice_id" integer,
  "name" varchar(255),
  "pp_product_bom_id" integer,
  "processed" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_changerequest_id"),
  UNIQUE ("m_changerequest_uu")
);
CREATE TABLE "channel" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_printcolor_id" integer,
  "c_channel_id" integer,
  "c_channel_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_channel_id"),
  UNIQUE ("c_channel_uu")
);
CREATE TABLE "charge" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bpartner_id" integer,
  "c_chargetype_id" integer,
  "c_charge_id" integer,
  "c_charge_uu" varchar(255),
  "c_taxcategory_id" integer,
  "chargeamt" numeric,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isexcludedfromdiscount" char(1),
  "issamecurrency" char(1),
  "issametax" char(1),
  "istaxincluded" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_charge_id"),
  UNIQUE ("c_charge_uu")
);
CREATE TABLE "charge_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_acctschema_id" integer,
  "c_charge_acct_uu" varchar(255),
  "c_charge_id" integer,
  "ch_expense_acct" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("c_charge_acct_uu")
);
CREATE TABLE "charge_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_chargetype_id" integer,
  "c_chargetype_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_chargetype_id"),
  UNIQUE ("c_chargetype_uu")
);
CREATE TABLE "charge_type_doc_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_chargetype_doctype_uu" varchar(255),
  "c_chargetype_id" integer,
  "c_doctype_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isallownegative" char(1),
  "isallowpositive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("c_chargetype_doctype_uu")
);
CREATE TABLE "chart" (
  "ad_chart_id" integer,
  "ad_chart_uu" varchar(255),
  "ad_client_id" integer,
  "ad_org_id" integer,
  "chartorientation" varchar(255),
  "charttype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "domainlabel" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "isdisplaylegend" char(1),
  "istimeseries" char(1),
  "name" varchar(255),
  "rangelabel" varchar(255),
  "timescope" integer,
  "timeunit" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "winheight" integer,
  PRIMARY KEY ("ad_chart_id"),
  UNIQUE ("ad_chart_uu")
);
CREATE TABLE "chart_datasource" (
  "ad_chartdatasource_id" integer,
  "ad_chartdatasource_uu" varchar(255),
  "ad_chart_id" integer,
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "categorycolumn" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "datecolumn" varchar(255),
  "description" varchar(255),
  "entitytype" varchar(255),
  "fromclause" varchar(255),
  "isactive" char(1),
  "keycolumn" varchar(255),
  "name" varchar(255),
  "seriescolumn" varchar(255),
  "timeoffset" integer,
  "updated" timestamp,
  "updatedby" integer,
  "valuecolumn" varchar(255),
  "whereclause" varchar(255),
  PRIMARY KEY ("ad_chartdatasource_id"),
  UNIQUE ("ad_chartdatasource_uu")
);
CREATE TABLE "chat" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "cm_chattype_id" integer,
  "cm_chat_id" integer,
  "cm_chat_uu" varchar(255),
  "confidentialtype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "moderationtype" varchar(255),
  "record_id" integer,
  "record_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("cm_chat_id"),
  UNIQUE ("cm_chat_uu")
);
CREATE TABLE "chat_entry" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "cm_chatentrygrandparent_id" integer,
  "cm_chatentryparent_id" integer,
  "cm_chatentry_id" integer,
  "cm_chatentry_uu" varchar(255),
  "cm_chat_id" integer,
  "characterdata" varchar(255),
  "chatentrytype" varchar(255),
  "confidentialtype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "moderatorstatus" varchar(255),
  "subject" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("cm_chatentry_id"),
  UNIQUE ("cm_chatentry_uu")
);
CREATE TABLE "chat_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "cm_chattype_id" integer,
  "cm_chattype_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "moderationtype" varchar(255),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("cm_chattype_id"),
  UNIQUE ("cm_chattype_uu")
);
CREATE TABLE "chat_type_update" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "cm_chattypeupdate_uu" varchar(255),
  "cm_chattype_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isselfservice" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("cm_chattypeupdate_uu")
);
CREATE TABLE "chat_update" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "cm_chatupdate_uu" varchar(255),
  "cm_chat_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isselfservice" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("cm_chatupdate_uu")
);
CREATE TABLE "city" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "areacode" varchar(255),
  "c_city_id" integer,
  "c_city_uu" varchar(255),
  "c_country_id" integer,
  "c_region_id" integer,
  "coordinates" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "locode" varchar(255),
  "name" varchar(255),
  "postal" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_city_id"),
  UNIQUE ("c_city_uu")
);
CREATE TABLE "client" (
  "ad_client_id" integer,
  "ad_client_uu" varchar(255),
  "ad_language" varchar(255),
  "ad_org_id" integer,
  "ad_passwordrule_id" integer,
  "ad_replicationstrategy_id" integer,
  "authenticationtype" varchar(255),
  "autoarchive" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "documentdir" varchar(255),
  "emailtest" varchar(255),
  "isactive" char(1),
  "ismultilingualdocument" char(1),
  "ispostimmediate" char(1),
  "issecuresmtp" char(1),
  "issmtpauthorization" char(1),
  "isuseasp" char(1),
  "isusebetafunctions" char(1),
  "loginprefix" varchar(255),
  "mmpolicy" varchar(255),
  "modelvalidationclasses" varchar(255),
  "name" varchar(255),
  "requestemail" varchar(255),
  "requestfolder" varchar(255),
  "requestuser" varchar(255),
  "requestuserpw" varchar(255),
  "smtphost" varchar(255),
  "smtpport" integer,
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("ad_client_id"),
  UNIQUE ("ad_client_uu")
);
CREATE TABLE "client_exception" (
  "ad_client_id" integer,
  "ad_field_id" integer,
  "ad_form_id" integer,
  "ad_org_id" integer,
  "ad_process_id" integer,
  "ad_process_para_id" integer,
  "ad_tab_id" integer,
  "ad_task_id" integer,
  "ad_wf_node_id" integer,
  "ad_window_id" integer,
  "ad_workflow_id" integer,
  "asp_clientexception_id" integer,
  "asp_clientexception_uu" varchar(255),
  "asp_status" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("asp_clientexception_id"),
  UNIQUE ("asp_clientexception_uu")
);
CREATE TABLE "client_info" (
  "ad_clientinfo_uu" varchar(255),
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_storageprovider_id" integer,
  "ad_tree_activity_id" integer,
  "ad_tree_bpartner_id" integer,
  "ad_tree_campaign_id" integer,
  "ad_tree_menu_id" integer,
  "ad_tree_org_id" integer,
  "ad_tree_product_id" integer,
  "ad_tree_project_id" integer,
  "ad_tree_salesregion_id" integer,
  "c_acctschema1_id" integer,
  "c_bpartnercashtrx_id" integer,
  "c_calendar_id" integer,
  "c_chargefreight_id" integer,
  "c_uom_length_id" integer,
  "c_uom_time_id" integer,
  "c_uom_volume_id" integer,
  "c_uom_weight_id" integer,
  "created" timestamp,
  "createdby" integer,
  "fy_startdate" timestamp,
  "isactive" char(1),
  "isconfirmondocclose" char(1),
  "isconfirmondocvoid" char(1),
  "isdiscountlineamt" char(1),
  "keeplogdays" integer,
  "logoreport_id" integer,
  "logoweb_id" integer,
  "logo_id" integer,
  "m_productfreight_id" integer,
  "storagearchive_id" integer,
  "storageimage_id" integer,
  "timezone" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_clientinfo_uu")
);
CREATE TABLE "client_level" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "asp_clientlevel_id" integer,
  "asp_clientlevel_uu" varchar(255),
  "asp_level_id" integer,
  "asp_module_id" integer,
  "created" timestamp,
  "createdby" integer,
  "help" varchar(255),
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("asp_clientlevel_id"),
  UNIQUE ("asp_clientlevel_uu")
);
CREATE TABLE "client_share" (
  "ad_clientshare_id" integer,
  "ad_clientshare_uu" varchar(255),
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "sharetype" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_clientshare_id"),
  UNIQUE ("ad_clientshare_uu")
);
CREATE TABLE "color" (
  "ad_client_id" integer,
  "ad_color_id" integer,
  "ad_color_uu" varchar(255),
  "ad_image_id" integer,
  "ad_org_id" integer,
  "alpha" integer,
  "alpha_1" integer,
  "blue" integer,
  "blue_1" integer,
  "colortype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "green" integer,
  "green_1" integer,
  "imagealpha" numeric,
  "isactive" char(1),
  "isdefault" char(1),
  "linedistance" integer,
  "linewidth" integer,
  "name" varchar(255),
  "red" integer,
  "red_1" integer,
  "repeatdistance" integer,
  "startpoint" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_color_id"),
  UNIQUE ("ad_color_uu")
);
CREATE TABLE "color_schema" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_printcolor1_id" integer,
  "ad_printcolor2_id" integer,
  "ad_printcolor3_id" integer,
  "ad_printcolor4_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "mark1percent" integer,
  "mark2percent" integer,
  "mark3percent" integer,
  "mark4percent" integer,
  "name" varchar(255),
  "pa_colorschema_id" integer,
  "pa_colorschema_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pa_colorschema_id"),
  UNIQUE ("pa_colorschema_uu")
);
CREATE TABLE "column" (
  "ad_chart_id" integer,
  "ad_client_id" integer,
  "ad_column_id" integer,
  "ad_column_uu" varchar(255),
  "ad_element_id" integer,
  "ad_infowindow_id" integer,
  "ad_org_id" integer,
  "ad_process_id" integer,
  "ad_reference_id" integer,
  "ad_reference_value_id" integer,
  "ad_table_id" integer,
  "ad_val_rule_id" integer,
  "ad_val_rule_lookup_id" integer,
  "alwaysupdatablelogic" varchar(255),
  "callout" varchar(255),
  "columnname" varchar(255),
  "columnsql" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "defaultvalue" varchar(255),
  "description" varchar(255),
  "entitytype" varchar(255),
  "fkconstraintmsg_id" integer,
  "fkconstraintname" varchar(255),
  "fkconstrainttype" varchar(255),
  "fieldlength" integer,
  "formatpattern" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isallowcopy" char(1),
  "isallowlogging" char(1),
  "isalwaysupdateable" char(1),
  "isautocomplete" char(1),
  "isencrypted" varchar(255),
  "ishtml" char(1),
  "isidentifier" char(1),
  "iskey" char(1),
  "ismandatory" char(1),
  "isparent" char(1),
  "ispartitionkey" char(1),
  "issecure" char(1),
  "isselectioncolumn" char(1),
  "issyncdatabase" varchar(255),
  "istoolbarbutton" varchar(255),
  "istranslated" char(1),
  "isupdateable" char(1),
  "mandatorylogic" varchar(255),
  "name" varchar(255),
  "pa_dashboardcontent_id" integer,
  "partitioningmethod" varchar(255),
  "placeholder" varchar(255),
  "rangepartitioninterval" varchar(255),
  "readonlylogic" varchar(255),
  "seqno" integer,
  "seqnopartition" integer,
  "seqnoselection" integer,
  "updated" timestamp,
  "updatedby" integer,
  "vformat" varchar(255),
  "valuemax" varchar(255),
  "valuemin" varchar(255),
  "version" numeric,
  PRIMARY KEY ("ad_column_id"),
  UNIQUE ("ad_column_uu")
);
CREATE TABLE "column_access" (
  "ad_client_id" integer,
  "ad_column_access_uu" varchar(255),
  "ad_column_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isexclude" char(1),
  "isreadonly" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_column_access_uu")
);
CREATE TABLE "commission" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bpartner_id" integer,
  "c_charge_id" integer,
  "c_commission_id" integer,
  "c_commission_uu" varchar(255),
  "c_currency_id" integer,
  "createfrom" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "datelastrun" timestamp,
  "description" varchar(255),
  "docbasistype" varchar(255),
  "frequencytype" varchar(255),
  "isactive" char(1),
  "listdetails" char(1),
  "m_product_id" integer,
  "name" varchar(255),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_commission_id"),
  UNIQUE ("c_commission_uu")
);
CREATE TABLE "commission_amt" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "actualqty" numeric,
  "c_commissionamt_id" integer,
  "c_commissionamt_uu" varchar(255),
  "c_commissionline_id" integer,
  "c_commissionrun_id" integer,
  "commissionamt" numeric,
  "convertedamt" numeric,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_commissionamt_id"),
  UNIQUE ("c_commissionamt_uu")
);
CREATE TABLE "commission_detail" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "actualamt" numeric,
  "actualqty" numeric,
  "c_commissionamt_id" integer,
  "c_commissiondetail_id" integer,
  "c_commissiondetail_uu" varchar(255),
  "c_currency_id" integer,
  "c_invoiceline_id" integer,
  "c_orderline_id" integer,
  "convertedamt" numeric,
  "created" timestamp,
  "createdby" integer,
  "info" varchar(255),
  "isactive" char(1),
  "reference" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_commissiondetail_id"),
  UNIQUE ("c_commissiondetail_uu")
);
CREATE TABLE "commission_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "amtmultiplier" numeric,
  "amtsubtract" numeric,
  "c_bp_group_id" integer,
  "c_bpartner_id" integer,
  "c_commissionline_id" integer,
  "c_commissionline_uu" varchar(255),
  "c_commission_id" integer,
  "c_salesregion_id" integer,
  "commissionorders" char(1),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "ispositiveonly" char(1),
  "line" integer,
  "m_product_category_id" integer,
  "m_product_id" integer,
  "org_id" integer,
  "paymentrule" varchar(255),
  "qtymultiplier" numeric,
  "qtysubtract" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_commissionline_id"),
  UNIQUE ("c_commissionline_uu")
);
CREATE TABLE "commission_run" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_commissionrun_id" integer,
  "c_commissionrun_uu" varchar(255),
  "c_commission_id" integer,
  "c_invoice_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "documentno" varchar(255),
  "grandtotal" numeric,
  "isactive" char(1),
  "processed" char(1),
  "processing" char(1),
  "startdate" timestamp,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_commissionrun_id"),
  UNIQUE ("c_commissionrun_uu")
);
CREATE TABLE "commodity_shipment" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "countryofmanufacture_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "exportlicensenum" varchar(255),
  "harmonizedcode" varchar(255),
  "isactive" char(1),
  "m_commodityshipment_id" integer,
  "m_commodityshipment_uu" varchar(255),
  "m_product_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_commodityshipment_id"),
  UNIQUE ("m_commodityshipment_uu")
);
CREATE TABLE "concept" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_reference_id" integer,
  "accountsign" varchar(255),
  "columntype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "hr_concept_category_id" integer,
  "hr_concept_id" integer,
  "hr_concept_uu" varchar(255),
  "hr_department_id" integer,
  "hr_job_id" integer,
  "hr_payroll_id" integer,
  "isactive" char(1),
  "isdefault" char(1),
  "isemployee" char(1),
  "ispaid" char(1),
  "isprinted" char(1),
  "isreadwrite" char(1),
  "isreceipt" char(1),
  "isregistered" char(1),
  "name" varchar(255),
  "seqno" integer,
  "type" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  "value" varchar(255),
  PRIMARY KEY ("hr_concept_id"),
  UNIQUE ("hr_concept_uu")
);
CREATE TABLE "concept_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_acctschema_id" integer,
  "c_bp_group_id" integer,
  "created" timestamp,
  "createdby" integer,
  "hr_concept_acct_id" integer,
  "hr_concept_acct_uu" varchar(255),
  "hr_concept_id" integer,
  "hr_expense_acct" integer,
  "hr_revenue_acct" integer,
  "isactive" char(1),
  "isbalancing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  PRIMARY KEY ("hr_concept_acct_id"),
  UNIQUE ("hr_concept_acct_uu")
);
CREATE TABLE "concept_category" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "hr_concept_acct" integer,
  "hr_concept_category_id" integer,
  "hr_concept_category_uu" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("hr_concept_category_id"),
  UNIQUE ("hr_concept_category_uu")
);
CREATE TABLE "contact_activity" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "c_contactactivity_id" integer,
  "c_contactactivity_uu" varchar(255),
  "c_opportunity_id" integer,
  "comments" varchar(255),
  "contactactivitytype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "enddate" timestamp,
  "isactive" char(1),
  "iscomplete" char(1),
  "salesrep_id" integer,
  "startdate" timestamp,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_contactactivity_id"),
  UNIQUE ("c_contactactivity_uu")
);
CREATE TABLE "contact_interest" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "optoutdate" timestamp,
  "r_contactinterest_uu" varchar(255),
  "r_interestarea_id" integer,
  "subscribedate" timestamp,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("r_contactinterest_uu")
);
CREATE TABLE "contract" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_project_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "hr_contract_id" integer,
  "hr_contract_uu" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "netdays" integer,
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  "value" varchar(255),
  PRIMARY KEY ("hr_contract_id"),
  UNIQUE ("hr_contract_uu")
);
CREATE TABLE "conversion_rate" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_conversiontype_id" integer,
  "c_conversion_rate_id" integer,
  "c_conversion_rate_uu" varchar(255),
  "c_currency_id" integer,
  "c_currency_id_to" integer,
  "created" timestamp,
  "createdby" integer,
  "dividerate" numeric,
  "isactive" char(1),
  "multiplyrate" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  PRIMARY KEY ("c_conversion_rate_id"),
  UNIQUE ("c_conversion_rate_uu")
);
CREATE TABLE "conversion_rate_import" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_conversiontype_id" integer,
  "c_conversion_rate_id" integer,
  "c_currency_id" integer,
  "c_currency_id_to" integer,
  "conversiontypevalue" varchar(255),
  "createreciprocalrate" char(1),
  "created" timestamp,
  "createdby" integer,
  "dividerate" numeric,
  "iso_code" varchar(255),
  "iso_code_to" varchar(255),
  "i_conversion_rate_id" integer,
  "i_conversion_rate_uu" varchar(255),
  "i_errormsg" varchar(255),
  "i_isimported" char(1),
  "isactive" char(1),
  "multiplyrate" numeric,
  "processed" char(1),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  PRIMARY KEY ("i_conversion_rate_id"),
  UNIQUE ("i_conversion_rate_uu")
);
CREATE TABLE "conversion_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_conversiontype_id" integer,
  "c_conversiontype_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_conversiontype_id"),
  UNIQUE ("c_conversiontype_uu")
);
CREATE TABLE "cost" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_acctschema_id" integer,
  "costingmethod" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "cumulatedamt" numeric,
  "cumulatedqty" numeric,
  "currentcostprice" numeric,
  "currentcostpricell" numeric,
  "currentqty" numeric,
  "description" varchar(255),
  "futurecostprice" numeric,
  "futurecostpricell" numeric,
  "isactive" char(1),
  "iscostfrozen" char(1),
  "m_attributesetinstance_id" integer,
  "m_costelement_id" integer,
  "m_costtype_id" integer,
  "m_cost_uu" varchar(255),
  "m_product_id" integer,
  "percent" integer,
  "processed" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("m_cost_uu")
);
CREATE TABLE "cost_center" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_costcenter_id" integer,
  "c_costcenter_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_costcenter_id"),
  UNIQUE ("c_costcenter_uu")
);
CREATE TABLE "cost_collector" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "c_activity_id" integer,
  "c_campaign_id" integer,
  "c_doctypetarget_id" integer,
  "c_doctype_id" integer,
  "c_project_id" integer,
  "c_uom_id" integer,
  "costcollectortype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "durationreal" numeric,
  "isactive" char(1),
  "isbatchtime" char(1),
  "issubcontracting" char(1),
  "m_attributesetinstance_id" integer,
  "m_locator_id" integer,
  "m_product_id" integer,
  "m_warehouse_id" integer,
  "movementdate" timestamp,
  "movementqty" numeric,
  "pp_cost_collector_id" integer,
  "pp_cost_collector_uu" varchar(255),
  "pp_order_bomline_id" integer,
  "pp_order_id" integer,
  "pp_order_node_id" integer,
  "pp_order_workflow_id" integer,
  "posted" char(1),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "qtyreject" numeric,
  "reversal_id" integer,
  "s_resource_id" integer,
  "scrappedqty" numeric,
  "setuptimereal" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  PRIMARY KEY ("pp_cost_collector_id"),
  UNIQUE ("pp_cost_collector_uu")
);
CREATE TABLE "cost_collector_ma" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "m_attributesetinstance_id" integer,
  "movementqty" numeric,
  "pp_cost_collectorma_id" integer,
  "pp_cost_collectorma_uu" varchar(255),
  "pp_cost_collector_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pp_cost_collectorma_id"),
  UNIQUE ("pp_cost_collectorma_uu")
);
CREATE TABLE "cost_detail" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "amt" numeric,
  "backdateprocessedon" timestamp,
  "c_acctschema_id" integer,
  "c_invoiceline_id" integer,
  "c_orderline_id" integer,
  "c_projectissue_id" integer,
  "created" timestamp,
  "createdby" integer,
  "cumulatedamt" numeric,
  "cumulatedqty" numeric,
  "currentcostprice" numeric,
  "currentqty" numeric,
  "dateacct" timestamp,
  "deltaamt" numeric,
  "deltaqty" numeric,
  "description" varchar(255),
  "isactive" char(1),
  "isbackdate" char(1),
  "issotrx" char(1),
  "m_attributesetinstance_id" integer,
  "m_costdetail_id" integer,
  "m_costdetail_uu" varchar(255),
  "m_costelement_id" integer,
  "m_inoutline_id" integer,
  "m_inventoryline_id" integer,
  "m_matchinv_id" integer,
  "m_movementline_id" integer,
  "m_product_id" integer,
  "m_productionline_id" integer,
  "pp_cost_collector_id" integer,
  "price" numeric,
  "processed" char(1),
  "qty" numeric,
  "ref_costdetail_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_costdetail_id"),
  UNIQUE ("m_costdetail_uu")
);
CREATE TABLE "cost_element" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "costelementtype" varchar(255),
  "costingmethod" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "iscalculated" char(1),
  "m_costelement_id" integer,
  "m_costelement_uu" varchar(255),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_costelement_id"),
  UNIQUE ("m_costelement_uu")
);
CREATE TABLE "cost_history" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "backdateprocessedon" timestamp,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "isactive" char(1),
  "isbackdate" char(1),
  "m_attributesetinstance_id" integer,
  "m_costdetail_id" integer,
  "m_costelement_id" integer,
  "m_costhistory_id" integer,
  "m_costhistory_uu" varchar(255),
  "m_costtype_id" integer,
  "m_product_id" integer,
  "newcamt" numeric,
  "newcqty" numeric,
  "newcostprice" numeric,
  "newqty" numeric,
  "oldcamt" numeric,
  "oldcqty" numeric,
  "oldcostprice" numeric,
  "oldqty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_costhistory_id"),
  UNIQUE ("m_costhistory_uu")
);
CREATE TABLE "cost_queue" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_acctschema_id" integer,
  "created" timestamp,
  "createdby" integer,
  "currentcostprice" numeric,
  "currentqty" numeric,
  "isactive" char(1),
  "m_attributesetinstance_id" integer,
  "m_costelement_id" integer,
  "m_costqueue_id" integer,
  "m_costqueue_uu" varchar(255),
  "m_costtype_id" integer,
  "m_product_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_costqueue_id"),
  UNIQUE ("m_costqueue_uu")
);
CREATE TABLE "cost_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "m_costtype_id" integer,
  "m_costtype_uu" varchar(255),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_costtype_id"),
  UNIQUE ("m_costtype_uu")
);
CREATE TABLE "country" (
  "ad_client_id" integer,
  "ad_language" varchar(255),
  "ad_org_id" integer,
  "allowcitiesoutoflist" char(1),
  "c_country_id" integer,
  "c_country_uu" varchar(255),
  "c_currency_id" integer,
  "capturesequence" varchar(255),
  "countrycode" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "displaysequence" varchar(255),
  "displaysequencelocal" varchar(255),
  "expressionbankaccountno" varchar(255),
  "expressionbankroutingno" varchar(255),
  "expressionphone" varchar(255),
  "expressionpostal" varchar(255),
  "expressionpostal_add" varchar(255),
  "haspostal_add" char(1),
  "hasregion" char(1),
  "isocountrycodealpha3" varchar(255),
  "isactive" char(1),
  "isaddresslineslocalreverse" char(1),
  "isaddresslinesreverse" char(1),
  "m49code" varchar(255),
  "mediasize" varchar(255),
  "name" varchar(255),
  "placeholderaddress1" varchar(255),
  "placeholderaddress2" varchar(255),
  "placeholderaddress3" varchar(255),
  "placeholderaddress4" varchar(255),
  "placeholderaddress5" varchar(255),
  "placeholdercity" varchar(255),
  "placeholdercomments" varchar(255),
  "placeholderpostal" varchar(255),
  "placeholderpostal_add" varchar(255),
  "regionname" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_country_id"),
  UNIQUE ("c_country_uu")
);
CREATE TABLE "country_group" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_countrygroup_id" integer,
  "c_countrygroup_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "datefrom" timestamp,
  "dateto" timestamp,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_countrygroup_id"),
  UNIQUE ("c_countrygroup_uu")
);
CREATE TABLE "country_group_country" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_countrygroupcountry_id" integer,
  "c_countrygroupcountry_uu" varchar(255),
  "c_countrygroup_id" integer,
  "c_country_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datefrom" timestamp,
  "dateto" timestamp,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_countrygroupcountry_id"),
  UNIQUE ("c_countrygroupcountry_uu")
);
CREATE TABLE "ctx_help" (
  "ad_client_id" integer,
  "ad_ctxhelp_id" integer,
  "ad_ctxhelp_uu" varchar(255),
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "ctxtype" varchar(255),
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_ctxhelp_id"),
  UNIQUE ("ad_ctxhelp_uu")
);
CREATE TABLE "ctx_help_msg" (
  "ad_client_id" integer,
  "ad_ctxhelpmsg_id" integer,
  "ad_ctxhelpmsg_uu" varchar(255),
  "ad_ctxhelp_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "msgtext" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_ctxhelpmsg_id"),
  UNIQUE ("ad_ctxhelpmsg_uu")
);
CREATE TABLE "ctx_help_suggestion" (
  "ad_client_id" integer,
  "ad_ctxhelpmsg_id" integer,
  "ad_ctxhelpsuggestion_id" integer,
  "ad_ctxhelpsuggestion_uu" varchar(255),
  "ad_ctxhelp_id" integer,
  "ad_language" varchar(255),
  "ad_org_id" integer,
  "ad_userclient_id" integer,
  "ad_user_id" integer,
  "acceptsuggestion" varchar(255),
  "comparesuggestion" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isapproved" char(1),
  "issaveastenantcustomization" char(1),
  "msgtext" varchar(255),
  "processed" char(1),
  "rejectsuggestion" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_ctxhelpsuggestion_id"),
  UNIQUE ("ad_ctxhelpsuggestion_uu")
);
CREATE TABLE "currency" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_currency_id" integer,
  "c_currency_uu" varchar(255),
  "costingprecision" integer,
  "created" timestamp,
  "createdby" integer,
  "cursymbol" varchar(255),
  "description" varchar(255),
  "emuentrydate" timestamp,
  "emurate" numeric,
  "iso_code" varchar(255),
  "isactive" char(1),
  "isemumember" char(1),
  "iseuro" char(1),
  "roundofffactor" numeric,
  "stdprecision" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_currency_id"),
  UNIQUE ("c_currency_uu")
);
CREATE TABLE "currency_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_acctschema_id" integer,
  "c_currency_acct_uu" varchar(255),
  "c_currency_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("c_currency_acct_uu")
);
CREATE TABLE "cycle" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_currency_id" integer,
  "c_cycle_id" integer,
  "c_cycle_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_cycle_id"),
  UNIQUE ("c_cycle_uu")
);
CREATE TABLE "cycle_phase" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_cyclephase_uu" varchar(255),
  "c_cyclestep_id" integer,
  "c_phase_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("c_cyclephase_uu")
);
CREATE TABLE "cycle_step" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_cyclestep_id" integer,
  "c_cyclestep_uu" varchar(255),
  "c_cycle_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "name" varchar(255),
  "relativeweight" numeric,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_cyclestep_id"),
  UNIQUE ("c_cyclestep_uu")
);
CREATE TABLE "dashboard_content" (
  "ad_chart_id" integer,
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_printformat_id" integer,
  "ad_process_id" integer,
  "ad_role_id" integer,
  "ad_statusline_id" integer,
  "ad_user_id" integer,
  "ad_window_id" integer,
  "columnno" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "goaldisplay" varchar(255),
  "html" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "iscollapsedbydefault" char(1),
  "iscollapsible" char(1),
  "isembedreportcontent" char(1),
  "ismaximizable" char(1),
  "isshowindashboard" char(1),
  "isshowtitle" char(1),
  "isshowinlogin" char(1),
  "line" numeric,
  "name" varchar(255),
  "pa_dashboardcontent_id" integer,
  "pa_dashboardcontent_uu" varchar(255),
  "pa_goal_id" integer,
  "processparameters" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "zulfilepath" varchar(255),
  PRIMARY KEY ("pa_dashboardcontent_id"),
  UNIQUE ("pa_dashboardcontent_uu")
);
CREATE TABLE "dashboard_content_access" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "pa_dashboardcontent_access_id" integer,
  "pa_dashboardcontent_access_uu" varchar(255),
  "pa_dashboardcontent_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pa_dashboardcontent_access_id"),
  UNIQUE ("pa_dashboardcontent_access_uu")
);
CREATE TABLE "dashboard_preference" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_user_id" integer,
  "columnno" integer,
  "created" timestamp,
  "createdby" integer,
  "flexgrow" integer,
  "isactive" char(1),
  "iscollapsedbydefault" char(1),
  "isshowindashboard" char(1),
  "line" numeric,
  "pa_dashboardcontent_id" integer,
  "pa_dashboardpreference_id" integer,
  "pa_dashboardpreference_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pa_dashboardpreference_id"),
  UNIQUE ("pa_dashboardpreference_uu")
);
CREATE TABLE "dd_order" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_campaign_id" integer,
  "c_charge_id" integer,
  "c_doctype_id" integer,
  "c_invoice_id" integer,
  "c_order_id" integer,
  "c_project_id" integer,
  "chargeamt" numeric,
  "createconfirm" varchar(255),
  "createfrom" varchar(255),
  "createpackage" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dd_order_id" integer,
  "dd_order_uu" varchar(255),
  "dateordered" timestamp,
  "dateprinted" timestamp,
  "datepromised" timestamp,
  "datereceived" timestamp,
  "deliveryrule" varchar(255),
  "deliveryviarule" varchar(255),
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "freightamt" numeric,
  "freightcostrule" varchar(255),
  "generateto" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "isdelivered" char(1),
  "isdropship" char(1),
  "isindispute" char(1),
  "isintransit" char(1),
  "isprinted" char(1),
  "issotrx" char(1),
  "isselected" char(1),
  "m_shipper_id" integer,
  "m_warehouse_id" integer,
  "nopackages" integer,
  "poreference" varchar(255),
  "pickdate" timestamp,
  "posted" char(1),
  "priorityrule" varchar(255),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "ref_order_id" integer,
  "salesrep_id" integer,
  "sendemail" char(1),
  "shipdate" timestamp,
  "trackingno" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  "volume" numeric,
  "weight" numeric,
  PRIMARY KEY ("dd_order_id"),
  UNIQUE ("dd_order_uu")
);
CREATE TABLE "dd_order_line" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "c_activity_id" integer,
  "c_campaign_id" integer,
  "c_charge_id" integer,
  "c_project_id" integer,
  "c_uom_id" integer,
  "confirmedqty" numeric,
  "created" timestamp,
  "createdby" integer,
  "dd_orderline_id" integer,
  "dd_orderline_uu" varchar(255),
  "dd_order_id" integer,
  "datedelivered" timestamp,
  "dateordered" timestamp,
  "datepromised" timestamp,
  "description" varchar(255),
  "freightamt" numeric,
  "isactive" char(1),
  "isdescription" varchar(255),
  "isinvoiced" char(1),
  "line" integer,
  "linenetamt" numeric,
  "m_attributesetinstanceto_id" integer,
  "m_attributesetinstance_id" integer,
  "m_locatorto_id" integer,
  "m_locator_id" integer,
  "m_product_id" integer,
  "m_shipper_id" integer,
  "pickedqty" numeric,
  "processed" char(1),
  "qtydelivered" numeric,
  "qtyentered" numeric,
  "qtyintransit" numeric,
  "qtyordered" numeric,
  "qtyreserved" numeric,
  "scrappedqty" numeric,
  "targetqty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  PRIMARY KEY ("dd_orderline_id"),
  UNIQUE ("dd_orderline_uu")
);
CREATE TABLE "demand" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_calendar_id" integer,
  "c_year_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "m_demand_id" integer,
  "m_demand_uu" varchar(255),
  "name" varchar(255),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_demand_id"),
  UNIQUE ("m_demand_uu")
);
CREATE TABLE "demand_detail" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_orderline_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "m_demanddetail_id" integer,
  "m_demanddetail_uu" varchar(255),
  "m_demandline_id" integer,
  "m_forecastline_id" integer,
  "m_requisitionline_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_demanddetail_id"),
  UNIQUE ("m_demanddetail_uu")
);
CREATE TABLE "demand_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_period_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "m_demandline_id" integer,
  "m_demandline_uu" varchar(255),
  "m_demand_id" integer,
  "m_product_id" integer,
  "qty" numeric,
  "qtycalculated" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_demandline_id"),
  UNIQUE ("m_demandline_uu")
);
CREATE TABLE "department" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_department_id" integer,
  "c_department_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_department_id"),
  UNIQUE ("c_department_uu")
);
CREATE TABLE "deposit_batch" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bankaccount_id" integer,
  "c_currency_id" integer,
  "c_depositbatch_id" integer,
  "c_depositbatch_uu" varchar(255),
  "c_doctype_id" integer,
  "createfrom" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "datedeposit" timestamp,
  "datedoc" timestamp,
  "depositamt" numeric,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "isactive" char(1),
  "processed" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_depositbatch_id"),
  UNIQUE ("c_depositbatch_uu")
);
CREATE TABLE "deposit_batch_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_depositbatchline_id" integer,
  "c_depositbatchline_uu" varchar(255),
  "c_depositbatch_id" integer,
  "c_payment_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "line" integer,
  "payamt" numeric,
  "processed" char(1),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_depositbatchline_id"),
  UNIQUE ("c_depositbatchline_uu")
);
CREATE TABLE "depreciation" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_depreciation_id" integer,
  "a_depreciation_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "depreciationtype" varchar(255),
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "processed" char(1),
  "text" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_depreciation_id"),
  UNIQUE ("a_depreciation_uu")
);
CREATE TABLE "depreciation_build" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_depreciation_build_id" integer,
  "a_depreciation_build_uu" varchar(255),
  "a_end_asset_id" integer,
  "a_start_asset_id" integer,
  "c_period_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "datedoc" timestamp,
  "isactive" char(1),
  "periodno" integer,
  "postingtype" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_depreciation_build_id"),
  UNIQUE ("a_depreciation_build_uu")
);
CREATE TABLE "depreciation_convention" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_depreciation_convention_id" integer,
  "a_depreciation_convention_uu" varchar(255),
  "conventiontype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_depreciation_convention_id"),
  UNIQUE ("a_depreciation_convention_uu")
);
CREATE TABLE "depreciation_entry" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_depreciation_entry_id" integer,
  "a_depreciation_entry_uu" varchar(255),
  "a_entry_type" varchar(255),
  "c_acctschema_id" integer,
  "c_costcenter_id" integer,
  "c_currency_id" integer,
  "c_department_id" integer,
  "c_doctype_id" integer,
  "c_period_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "datedoc" timestamp,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "posted" char(1),
  "postingtype" varchar(255),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_depreciation_entry_id"),
  UNIQUE ("a_depreciation_entry_uu")
);
CREATE TABLE "depreciation_exp" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_account_number_acct" integer,
  "a_accumulated_depr" numeric,
  "a_accumulated_depr_delta" numeric,
  "a_accumulated_depr_f" numeric,
  "a_accumulated_depr_f_delta" numeric,
  "a_asset_addition_id" integer,
  "a_asset_cost" numeric,
  "a_asset_cost_delta" numeric,
  "a_asset_disposed_id" integer,
  "a_asset_id" integer,
  "a_asset_remaining" numeric,
  "a_asset_remaining_f" numeric,
  "a_depreciation_entry_id" integer,
  "a_depreciation_exp_id" integer,
  "a_depreciation_exp_uu" varchar(255),
  "a_entry_type" varchar(255),
  "a_period" integer,
  "cr_account_id" integer,
  "c_acctschema_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dr_account_id" integer,
  "dateacct" timestamp,
  "description" varchar(255),
  "expense" numeric,
  "expense_f" numeric,
  "help" varchar(255),
  "isactive" char(1),
  "isdepreciated" char(1),
  "postingtype" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "uselifemonths" integer,
  "uselifemonths_f" integer,
  PRIMARY KEY ("a_depreciation_exp_id"),
  UNIQUE ("a_depreciation_exp_uu")
);
CREATE TABLE "depreciation_forecast" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_depreciation_forecast_id" integer,
  "a_depreciation_forecast_uu" varchar(255),
  "a_end_asset_id" integer,
  "a_start_asset_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datedoc" timestamp,
  "isactive" char(1),
  "postingtype" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_depreciation_forecast_id"),
  UNIQUE ("a_depreciation_forecast_uu")
);
CREATE TABLE "depreciation_method" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_depreciation_method_id" integer,
  "a_depreciation_method_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "depreciationtype" varchar(255),
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "processed" char(1),
  "text" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_depreciation_method_id"),
  UNIQUE ("a_depreciation_method_uu")
);
CREATE TABLE "depreciation_table_detail" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_depreciation_rate" numeric,
  "a_depreciation_table_code" varchar(255),
  "a_depreciation_table_detail_id" integer,
  "a_depreciation_table_detail_uu" varchar(255),
  "a_period" integer,
  "a_table_rate_type" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "processed" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_depreciation_table_detail_id"),
  UNIQUE ("a_depreciation_table_detail_uu")
);
CREATE TABLE "depreciation_table_header" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_depreciation_table_code" varchar(255),
  "a_depreciation_table_header_id" integer,
  "a_depreciation_table_header_uu" varchar(255),
  "a_table_rate_type" varchar(255),
  "a_term" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "processed" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_depreciation_table_header_id"),
  UNIQUE ("a_depreciation_table_header_uu")
);
CREATE TABLE "depreciation_workfile" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_accumulated_depr" numeric,
  "a_accumulated_depr_f" numeric,
  "a_asset_cost" numeric,
  "a_asset_id" integer,
  "a_asset_life_current_year" numeric,
  "a_asset_life_years" numeric,
  "a_asset_life_years_f" numeric,
  "a_asset_remaining" numeric,
  "a_asset_remaining_f" numeric,
  "a_base_amount" numeric,
  "a_calc_accumulated_depr" numeric,
  "a_curr_dep_exp" numeric,
  "a_current_period" integer,
  "a_depreciation_workfile_id" integer,
  "a_depreciation_workfile_uu" varchar(255),
  "a_expense_sl" numeric,
  "a_expense_sl_f" numeric,
  "a_fundingmode_id" integer,
  "a_life_period" integer,
  "a_life_period_f" integer,
  "a_life_period_max" integer,
  "a_life_period_min" integer,
  "a_period_forecast" numeric,
  "a_period_posted" integer,
  "a_prior_year_accumulated_depr" numeric,
  "a_qty_current" numeric,
  "a_salvage_value" numeric,
  "a_tip_finantare" varchar(255),
  "a_valoare_cofinantare" numeric,
  "a_valoare_tert" numeric,
  "assetdepreciationdate" timestamp,
  "c_acctschema_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "description" varchar(255),
  "isactive" char(1),
  "isdepreciated" char(1),
  "postingtype" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "uselifemonths" integer,
  "uselifemonths_f" integer,
  "uselifeyears" numeric,
  "uselifeyears_f" numeric,
  PRIMARY KEY ("a_depreciation_workfile_id"),
  UNIQUE ("a_depreciation_workfile_uu")
);
CREATE TABLE "discount_schema" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "cumulativelevel" varchar(255),
  "description" varchar(255),
  "discounttype" varchar(255),
  "flatdiscount" numeric,
  "isactive" char(1),
  "isbpartnerflatdiscount" char(1),
  "isquantitybased" char(1),
  "m_discountschema_id" integer,
  "m_discountschema_uu" varchar(255),
  "name" varchar(255),
  "processing" char(1),
  "script" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  PRIMARY KEY ("m_discountschema_id"),
  UNIQUE ("m_discountschema_uu")
);
CREATE TABLE "discount_schema_break" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "breakdiscount" numeric,
  "breakvalue" numeric,
  "created" timestamp,
  "createdby" integer,
  "fixedprice" numeric,
  "isactive" char(1),
  "isbpartnerflatdiscount" char(1),
  "m_discountschemabreak_id" integer,
  "m_discountschemabreak_uu" varchar(255),
  "m_discountschema_id" integer,
  "m_product_category_id" integer,
  "m_product_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_discountschemabreak_id"),
  UNIQUE ("m_discountschemabreak_uu")
);
CREATE TABLE "discount_schema_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bpartner_id" integer,
  "c_conversiontype_id" integer,
  "classification" varchar(255),
  "conversiondate" timestamp,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "group1" varchar(255),
  "group2" varchar(255),
  "isactive" char(1),
  "isignoreiscurrentvendor" char(1),
  "limit_addamt" numeric,
  "limit_base" varchar(255),
  "limit_discount" numeric,
  "limit_fixed" numeric,
  "limit_maxamt" numeric,
  "limit_minamt" numeric,
  "limit_rounding" varchar(255),
  "list_addamt" numeric,
  "list_base" varchar(255),
  "list_discount" numeric,
  "list_fixed" numeric,
  "list_maxamt" numeric,
  "list_minamt" numeric,
  "list_rounding" varchar(255),
  "m_discountschemaline_id" integer,
  "m_discountschemaline_uu" varchar(255),
  "m_discountschema_id" integer,
  "m_product_category_id" integer,
  "m_product_id" integer,
  "seqno" integer,
  "std_addamt" numeric,
  "std_base" varchar(255),
  "std_discount" numeric,
  "std_fixed" numeric,
  "std_maxamt" numeric,
  "std_minamt" numeric,
  "std_rounding" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "vendorcategory" varchar(255),
  PRIMARY KEY ("m_discountschemaline_id"),
  UNIQUE ("m_discountschemaline_uu")
);
CREATE TABLE "distribution" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "a_asset_id" integer,
  "account_id" integer,
  "anyacct" char(1),
  "anyactivity" char(1),
  "anyasset" char(1),
  "anyattributesetinstance" char(1),
  "anybpartner" char(1),
  "anycampaign" char(1),
  "anycharge" char(1),
  "anycostcenter" char(1),
  "anydepartment" char(1),
  "anyemployee" char(1),
  "anylocfrom" char(1),
  "anylocto" char(1),
  "anyorg" char(1),
  "anyorgtrx" char(1),
  "anyproduct" char(1),
  "anyproject" char(1),
  "anysalesregion" char(1),
  "anyuser1" char(1),
  "anyuser2" char(1),
  "anywarehouse" char(1),
  "c_acctschema_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_charge_id" integer,
  "c_costcenter_id" integer,
  "c_department_id" integer,
  "c_doctype_id" integer,
  "c_employee_id" integer,
  "c_locfrom_id" integer,
  "c_locto_id" integer,
  "c_project_id" integer,
  "c_salesregion_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "gl_distribution_id" integer,
  "gl_distribution_uu" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "iscreatereversal" char(1),
  "isvalid" char(1),
  "m_attributesetinstance_id" integer,
  "m_product_id" integer,
  "m_warehouse_id" integer,
  "name" varchar(255),
  "org_id" integer,
  "percenttotal" numeric,
  "postingtype" varchar(255),
  "processing" char(1),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  PRIMARY KEY ("gl_distribution_id"),
  UNIQUE ("gl_distribution_uu")
);
CREATE TABLE "distribution_line" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "a_asset_id" integer,
  "account_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_charge_id" integer,
  "c_costcenter_id" integer,
  "c_department_id" integer,
  "c_employee_id" integer,
  "c_locfrom_id" integer,
  "c_locto_id" integer,
  "c_project_id" integer,
  "c_salesregion_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "gl_distributionline_id" integer,
  "gl_distributionline_uu" varchar(255),
  "gl_distribution_id" integer,
  "isactive" char(1),
  "line" integer,
  "m_attributesetinstance_id" integer,
  "m_product_id" integer,
  "m_warehouse_id" integer,
  "org_id" integer,
  "overwriteacct" char(1),
  "overwriteactivity" char(1),
  "overwriteasset" char(1),
  "overwriteattributesetinstance" char(1),
  "overwritebpartner" char(1),
  "overwritecampaign" char(1),
  "overwritecharge" char(1),
  "overwritecostcenter" char(1),
  "overwritedepartment" char(1),
  "overwriteemployee" char(1),
  "overwritelocfrom" char(1),
  "overwritelocto" char(1),
  "overwriteorg" char(1),
  "overwriteorgtrx" char(1),
  "overwriteproduct" char(1),
  "overwriteproject" char(1),
  "overwritesalesregion" char(1),
  "overwriteuser1" char(1),
  "overwriteuser2" char(1),
  "overwritewarehouse" char(1),
  "percent" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  PRIMARY KEY ("gl_distributionline_id"),
  UNIQUE ("gl_distributionline_uu")
);
CREATE TABLE "distribution_list" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "m_distributionlist_id" integer,
  "m_distributionlist_uu" varchar(255),
  "name" varchar(255),
  "processing" char(1),
  "ratiototal" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_distributionlist_id"),
  UNIQUE ("m_distributionlist_uu")
);
CREATE TABLE "distribution_list_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "m_distributionlistline_id" integer,
  "m_distributionlistline_uu" varchar(255),
  "m_distributionlist_id" integer,
  "minqty" numeric,
  "ratio" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_distributionlistline_id"),
  UNIQUE ("m_distributionlistline_uu")
);
CREATE TABLE "distribution_run" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "iscreatesingleorder" char(1),
  "m_distributionrun_id" integer,
  "m_distributionrun_uu" varchar(255),
  "name" varchar(255),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_distributionrun_id"),
  UNIQUE ("m_distributionrun_uu")
);
CREATE TABLE "distribution_run_detail" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "m_distributionlistline_id" integer,
  "m_distributionlist_id" integer,
  "m_distributionrunline_id" integer,
  "m_distributionrun_id" integer,
  "m_product_id" integer,
  "minqty" numeric,
  "qty" numeric,
  "ratio" numeric,
  "t_distributionrundetail_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("t_distributionrundetail_uu")
);
CREATE TABLE "distribution_run_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "line" integer,
  "m_distributionlist_id" integer,
  "m_distributionrunline_id" integer,
  "m_distributionrunline_uu" varchar(255),
  "m_distributionrun_id" integer,
  "m_product_id" integer,
  "minqty" numeric,
  "totalqty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_distributionrunline_id"),
  UNIQUE ("m_distributionrunline_uu")
);
CREATE TABLE "doc_base_group" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_docbasegroup_id" integer,
  "c_docbasegroup_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_docbasegroup_id"),
  UNIQUE ("c_docbasegroup_uu")
);
CREATE TABLE "doc_base_group_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_docbasegroupline_id" integer,
  "c_docbasegroupline_uu" varchar(255),
  "c_docbasegroup_id" integer,
  "created" timestamp,
  "createdby" integer,
  "docbasetype" varchar(255),
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_docbasegroupline_id"),
  UNIQUE ("c_docbasegroupline_uu")
);
CREATE TABLE "doc_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_printformat_id" integer,
  "c_doctypedifference_id" integer,
  "c_doctypeinvoice_id" integer,
  "c_doctypeproforma_id" integer,
  "c_doctypeshipment_id" integer,
  "c_doctype_id" integer,
  "c_doctype_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "definitesequence_id" integer,
  "description" varchar(255),
  "docbasetype" varchar(255),
  "docnosequence_id" integer,
  "docsubtypeinv" varchar(255),
  "docsubtypeso" varchar(255),
  "documentcopies" integer,
  "documentnote" varchar(255),
  "gl_category_id" integer,
  "hascharges" char(1),
  "hasproforma" char(1),
  "isactive" char(1),
  "isalwaysposted" char(1),
  "isautogenerateinout" char(1),
  "isautogenerateinvoice" char(1),
  "iscanbereactivated" char(1),
  "ischargeorproductmandatory" char(1),
  "iscreatecounter" char(1),
  "isdefault" char(1),
  "isdefaultcounterdoc" char(1),
  "isdocnocontrolled" char(1),
  "isintransit" char(1),
  "isindexed" char(1),
  "isnopricelistcheck" char(1),
  "isoverwritedateoncomplete" char(1),
  "isoverwriteseqoncomplete" char(1),
  "ispickqaconfirm" char(1),
  "ispreparesplitdocument" char(1),
  "issotrx" char(1),
  "isshipconfirm" char(1),
  "issplitwhendifference" char(1),
  "name" varchar(255),
  "printname" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_doctype_id"),
  UNIQUE ("c_doctype_uu")
);
CREATE TABLE "doc_type_counter" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_doctypecounter_id" integer,
  "c_doctypecounter_uu" varchar(255),
  "c_doctype_id" integer,
  "counter_c_doctype_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "docaction" varchar(255),
  "isactive" char(1),
  "iscreatecounter" char(1),
  "isvalid" char(1),
  "name" varchar(255),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_doctypecounter_id"),
  UNIQUE ("c_doctypecounter_uu")
);
CREATE TABLE "document_action_access" (
  "ad_client_id" integer,
  "ad_document_action_access_uu" varchar(255),
  "ad_org_id" integer,
  "ad_ref_list_id" integer,
  "ad_role_id" integer,
  "c_doctype_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_document_action_access_uu")
);
CREATE TABLE "document_status" (
  "ad_client_id" integer,
  "ad_fieldgroup_id" integer,
  "ad_form_id" integer,
  "ad_infowindow_id" integer,
  "ad_org_id" integer,
  "ad_process_id" integer,
  "ad_role_id" integer,
  "ad_table_id" integer,
  "ad_user_id" integer,
  "ad_window_id" integer,
  "c_project_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "ishidewhenzero" char(1),
  "name" varchar(255),
  "name_printcolorzero_id" integer,
  "name_printcolor_id" integer,
  "name_printfont_id" integer,
  "number_printcolor_id" integer,
  "number_printfont_id" integer,
  "pa_documentstatus_id" integer,
  "pa_documentstatus_uu" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  "whereclause" varchar(255),
  PRIMARY KEY ("pa_documentstatus_id"),
  UNIQUE ("pa_documentstatus_uu")
);
CREATE TABLE "document_status_access" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "pa_documentstatusaccess_id" integer,
  "pa_documentstatusaccess_uu" varchar(255),
  "pa_documentstatus_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pa_documentstatusaccess_id"),
  UNIQUE ("pa_documentstatusaccess_uu")
);
CREATE TABLE "dunning" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_dunning_id" integer,
  "c_dunning_uu" varchar(255),
  "createlevelssequentially" char(1),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "name" varchar(255),
  "senddunningletter" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_dunning_id"),
  UNIQUE ("c_dunning_uu")
);
CREATE TABLE "dunning_level" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_dunninglevel_id" integer,
  "c_dunninglevel_uu" varchar(255),
  "c_dunning_id" integer,
  "c_paymentterm_id" integer,
  "chargefee" char(1),
  "chargeinterest" char(1),
  "created" timestamp,
  "createdby" integer,
  "daysafterdue" numeric,
  "daysbetweendunning" integer,
  "description" varchar(255),
  "dunning_printformat_id" integer,
  "feeamt" numeric,
  "interestpercent" numeric,
  "invoicecollectiontype" varchar(255),
  "isactive" char(1),
  "issetcreditstop" char(1),
  "issetpaymentterm" char(1),
  "isshowalldue" char(1),
  "isshownotdue" char(1),
  "isstatement" char(1),
  "name" varchar(255),
  "note" varchar(255),
  "printname" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_dunninglevel_id"),
  UNIQUE ("c_dunninglevel_uu")
);
CREATE TABLE "dunning_run" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_dunninglevel_id" integer,
  "c_dunningrun_id" integer,
  "c_dunningrun_uu" varchar(255),
  "c_dunning_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "dunningdate" timestamp,
  "isactive" char(1),
  "processed" char(1),
  "processing" char(1),
  "sendit" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_dunningrun_id"),
  UNIQUE ("c_dunningrun_uu")
);
CREATE TABLE "dunning_run_entry" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "amt" numeric,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_currency_id" integer,
  "c_dunninglevel_id" integer,
  "c_dunningrunentry_id" integer,
  "c_dunningrunentry_uu" varchar(255),
  "c_dunningrun_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "note" varchar(255),
  "processed" char(1),
  "qty" numeric,
  "salesrep_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_dunningrunentry_id"),
  UNIQUE ("c_dunningrunentry_uu")
);
CREATE TABLE "dunning_run_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "amt" numeric,
  "c_dunningrunentry_id" integer,
  "c_dunningrunline_id" integer,
  "c_dunningrunline_uu" varchar(255),
  "c_invoicepayschedule_id" integer,
  "c_invoice_id" integer,
  "c_payment_id" integer,
  "convertedamt" numeric,
  "created" timestamp,
  "createdby" integer,
  "daysdue" integer,
  "feeamt" numeric,
  "interestamt" numeric,
  "isactive" char(1),
  "isindispute" char(1),
  "openamt" numeric,
  "processed" char(1),
  "timesdunned" integer,
  "totalamt" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_dunningrunline_id"),
  UNIQUE ("c_dunningrunline_uu")
);
CREATE TABLE "element" (
  "ad_client_id" integer,
  "ad_element_id" integer,
  "ad_element_uu" varchar(255),
  "ad_org_id" integer,
  "columnname" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "po_description" varchar(255),
  "po_help" varchar(255),
  "po_name" varchar(255),
  "po_printname" varchar(255),
  "placeholder" varchar(255),
  "printname" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_element_id"),
  UNIQUE ("ad_element_uu")
);
CREATE TABLE "element_value" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "accountsign" varchar(255),
  "accounttype" varchar(255),
  "bpartnertype" varchar(255),
  "c_bankaccount_id" integer,
  "c_currency_id" integer,
  "c_elementvalue_id" integer,
  "c_elementvalue_uu" varchar(255),
  "c_element_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isbankaccount" char(1),
  "isdetailbpartner" char(1),
  "isdetailproduct" char(1),
  "isdoccontrolled" char(1),
  "isforeigncurrency" char(1),
  "issummary" char(1),
  "name" varchar(255),
  "postactual" char(1),
  "postbudget" char(1),
  "postencumbrance" char(1),
  "poststatistical" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  "value" varchar(255),
  PRIMARY KEY ("c_elementvalue_id"),
  UNIQUE ("c_elementvalue_uu")
);
CREATE TABLE "element_value_import" (
  "ad_client_id" integer,
  "ad_column_id" integer,
  "ad_org_id" integer,
  "accountsign" varchar(255),
  "accounttype" varchar(255),
  "c_elementvalue_id" integer,
  "c_element_id" integer,
  "created" timestamp,
  "createdby" integer,
  "default_account" varchar(255),
  "description" varchar(255),
  "elementname" varchar(255),
  "i_elementvalue_id" integer,
  "i_elementvalue_uu" varchar(255),
  "i_errormsg" varchar(255),
  "i_isimported" char(1),
  "isactive" char(1),
  "isdoccontrolled" char(1),
  "issummary" char(1),
  "name" varchar(255),
  "parentelementvalue_id" integer,
  "parentvalue" varchar(255),
  "postactual" char(1),
  "postbudget" char(1),
  "postencumbrance" char(1),
  "poststatistical" char(1),
  "processed" char(1),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("i_elementvalue_id"),
  UNIQUE ("i_elementvalue_uu")
);
CREATE TABLE "employee" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "code" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "enddate" timestamp,
  "hr_department_id" integer,
  "hr_employee_id" integer,
  "hr_employee_uu" varchar(255),
  "hr_job_id" integer,
  "hr_payroll_id" integer,
  "imageurl" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "name2" varchar(255),
  "nationalcode" varchar(255),
  "sscode" varchar(255),
  "startdate" timestamp,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("hr_employee_id"),
  UNIQUE ("hr_employee_uu")
);
CREATE TABLE "entity_type" (
  "ad_client_id" integer,
  "ad_entitytype_id" integer,
  "ad_entitytype_uu" varchar(255),
  "ad_org_id" integer,
  "classpath" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "modelpackage" varchar(255),
  "name" varchar(255),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "version" varchar(255),
  PRIMARY KEY ("ad_entitytype_id"),
  UNIQUE ("ad_entitytype_uu")
);
CREATE TABLE "error" (
  "ad_client_id" integer,
  "ad_error_id" integer,
  "ad_error_uu" varchar(255),
  "ad_language" varchar(255),
  "ad_org_id" integer,
  "code" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_error_id"),
  UNIQUE ("ad_error_uu")
);
CREATE TABLE "expense_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_taxcategory_id" integer,
  "c_uom_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isinvoiced" char(1),
  "m_product_category_id" integer,
  "name" varchar(255),
  "s_expensetype_id" integer,
  "s_expensetype_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("s_expensetype_id"),
  UNIQUE ("s_expensetype_uu")
);
CREATE TABLE "extension" (
  "ad_client_id" integer,
  "ad_extension_id" integer,
  "ad_extension_uu" varchar(255),
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "extensionid" varchar(255),
  "extensionmetadata" varchar(255),
  "extensionstate" varchar(255),
  "extensionversion" varchar(255),
  "isactive" char(1),
  "isbundled" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_extension_id"),
  UNIQUE ("ad_extension_uu")
);
CREATE TABLE "extension_entity" (
  "ad_client_id" integer,
  "ad_extensionentity_id" integer,
  "ad_extensionentity_uu" varchar(255),
  "ad_extension_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "record_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_extensionentity_id"),
  UNIQUE ("ad_extensionentity_uu")
);
CREATE TABLE "fa_journal" (
  "ad_client_id" integer,
  "ad_orgdoc_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "a_asset_id" integer,
  "a_entry_type" varchar(255),
  "accountvalue" varchar(255),
  "account_id" integer,
  "acctschemaname" varchar(255),
  "amtacctcr" numeric,
  "amtacctdr" numeric,
  "amtsourcecr" numeric,
  "amtsourcedr" numeric,
  "bpartnervalue" varchar(255),
  "batchdescription" varchar(255),
  "batchdocumentno" varchar(255),
  "c_acctschema_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_conversiontype_id" integer,
  "c_currency_id" integer,
  "c_doctype_id" integer,
  "c_locfrom_id" integer,
  "c_locto_id" integer,
  "c_period_id" integer,
  "c_project_id" integer,
  "c_salesregion_id" integer,
  "c_subacct_id" integer,
  "c_uom_id" integer,
  "c_validcombination_id" integer,
  "categoryname" varchar(255),
  "clientvalue" varchar(255),
  "conversiontypevalue" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "currencyrate" numeric,
  "currencyratetype" varchar(255),
  "dateacct" timestamp,
  "description" varchar(255),
  "doctypename" varchar(255),
  "gl_budget_id" integer,
  "gl_category_id" integer,
  "gl_journalbatch_id" integer,
  "gl_journalline_id" integer,
  "gl_journal_id" integer,
  "iso_code" varchar(255),
  "i_errormsg" varchar(255),
  "i_fajournal_id" integer,
  "i_fajournal_uu" varchar(255),
  "i_isimported" char(1),
  "isactive" char(1),
  "isdepreciated" varchar(255),
  "journaldocumentno" varchar(255),
  "line" integer,
  "m_product_id" integer,
  "orgtrxvalue" varchar(255),
  "orgvalue" varchar(255),
  "postingtype" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "productvalue" varchar(255),
  "projectvalue" varchar(255),
  "qty" numeric,
  "sku" varchar(255),
  "upc" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  "userelement1_id" integer,
  "userelement2_id" integer,
  PRIMARY KEY ("i_fajournal_id"),
  UNIQUE ("i_fajournal_uu")
);
CREATE TABLE "fact_acct_history" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "a_asset_id" integer,
  "account_id" integer,
  "amtacctcr" numeric,
  "amtacctdr" numeric,
  "amtsourcecr" numeric,
  "amtsourcedr" numeric,
  "c_acctschema_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_charge_id" integer,
  "c_costcenter_id" integer,
  "c_currency_id" integer,
  "c_department_id" integer,
  "c_employee_id" integer,
  "c_locfrom_id" integer,
  "c_locto_id" integer,
  "c_period_id" integer,
  "c_projectphase_id" integer,
  "c_projecttask_id" integer,
  "c_project_id" integer,
  "c_salesregion_id" integer,
  "c_subacct_id" integer,
  "c_tax_id" integer,
  "c_uom_id" integer,
  "created" timestamp,
  "createdby" integer,
  "customfieldtext1" varchar(255),
  "customfieldtext2" varchar(255),
  "customfieldtext3" varchar(255),
  "customfieldtext4" varchar(255),
  "dateacct" timestamp,
  "datetrx" timestamp,
  "description" varchar(255),
  "fact_acct_id" integer,
  "fact_acct_uu" varchar(255),
  "gl_budget_id" integer,
  "gl_category_id" integer,
  "isactive" char(1),
  "line_id" integer,
  "m_attributesetinstance_id" integer,
  "m_locator_id" integer,
  "m_product_id" integer,
  "m_warehouse_id" integer,
  "postingtype" varchar(255),
  "qty" numeric,
  "record_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  "userelement1_id" integer,
  "userelement2_id" integer
);
CREATE TABLE "field" (
  "ad_chart_id" integer,
  "ad_client_id" integer,
  "ad_column_id" integer,
  "ad_fieldgroup_id" integer,
  "ad_fieldstyle_id" integer,
  "ad_field_id" integer,
  "ad_field_uu" varchar(255),
  "ad_labelstyle_id" integer,
  "ad_org_id" integer,
  "ad_reference_id" integer,
  "ad_reference_value_id" integer,
  "ad_tab_id" integer,
  "ad_val_rule_id" integer,
  "ad_val_rule_lookup_id" integer,
  "alwaysupdatablelogic" varchar(255),
  "columnsql" varchar(255),
  "columnspan" integer,
  "created" timestamp,
  "createdby" integer,
  "defaultvalue" varchar(255),
  "description" varchar(255),
  "displaylength" integer,
  "displaylogic" varchar(255),
  "entitytype" varchar(255),
  "help" varchar(255),
  "included_tab_id" integer,
  "isactive" char(1),
  "isadvancedfield" char(1),
  "isallowcopy" varchar(255),
  "isalwaysupdateable" varchar(255),
  "iscentrallymaintained" char(1),
  "isdefaultfocus" char(1),
  "isdisplayed" char(1),
  "isdisplayedgrid" char(1),
  "isencrypted" char(1),
  "isfieldonly" char(1),
  "isheading" char(1),
  "ishtml" varchar(255),
  "ismandatory" varchar(255),
  "isquickentry" char(1),
  "isquickform" char(1),
  "isreadonly" char(1),
  "issameline" char(1),
  "isselectioncolumn" varchar(255),
  "istoolbarbutton" varchar(255),
  "isupdateable" varchar(255),
  "mandatorylogic" varchar(255),
  "name" varchar(255),
  "numlines" integer,
  "obscuretype" varchar(255),
  "placeholder" varchar(255),
  "readonlylogic" varchar(255),
  "seqno" integer,
  "seqnogrid" integer,
  "sortno" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "vformat" varchar(255),
  "xposition" integer,
  PRIMARY KEY ("ad_field_id"),
  UNIQUE ("ad_field_uu")
);
CREATE TABLE "field_group" (
  "ad_client_id" integer,
  "ad_fieldgroup_id" integer,
  "ad_fieldgroup_uu" varchar(255),
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "entitytype" varchar(255),
  "fieldgrouptype" varchar(255),
  "isactive" char(1),
  "iscollapsedbydefault" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_fieldgroup_id"),
  UNIQUE ("ad_fieldgroup_uu")
);
CREATE TABLE "field_suggestion" (
  "ad_client_id" integer,
  "ad_fieldsuggestion_id" integer,
  "ad_fieldsuggestion_uu" varchar(255),
  "ad_field_id" integer,
  "ad_language" varchar(255),
  "ad_org_id" integer,
  "ad_tab_id" integer,
  "ad_userclient_id" integer,
  "ad_user_id" integer,
  "ad_window_id" integer,
  "acceptsuggestion" varchar(255),
  "comparesuggestion" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "fieldsuggestiontarget" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "isupdatebaselanguage" char(1),
  "name" varchar(255),
  "processed" char(1),
  "rejectsuggestion" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_fieldsuggestion_id"),
  UNIQUE ("ad_fieldsuggestion_uu")
);
CREATE TABLE "find" (
  "ad_client_id" integer,
  "ad_column_id" integer,
  "ad_find_id" integer,
  "ad_find_uu" varchar(255),
  "ad_org_id" integer,
  "andor" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "find_id" numeric,
  "isactive" char(1),
  "operation" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  "value2" varchar(255),
  PRIMARY KEY ("ad_find_id"),
  UNIQUE ("ad_find_uu")
);
CREATE TABLE "fixed_asset" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_accumulated_depr" numeric,
  "a_accumulated_depr_f" numeric,
  "a_asset_class_id" integer,
  "a_asset_class_value" varchar(255),
  "a_asset_cost" numeric,
  "a_asset_group_id" integer,
  "a_asset_group_value" varchar(255),
  "a_asset_id" integer,
  "a_asset_type_id" integer,
  "a_asset_type_value" varchar(255),
  "a_current_period" integer,
  "a_remaining_period" integer,
  "a_salvage_value" numeric,
  "acctschemaname" varchar(255),
  "assetamtentered" numeric,
  "assetdepreciationdate" timestamp,
  "assetperioddepreciationamt" numeric,
  "assetservicedate" timestamp,
  "assetsourceamt" numeric,
  "bpartner_value" varchar(255),
  "c_acctschema_id" integer,
  "c_bpartnersr_id" integer,
  "c_city_id" integer,
  "c_city_value" varchar(255),
  "c_currency_id" integer,
  "c_uom_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "description" varchar(255),
  "docaction" varchar(255),
  "iso_code" varchar(255),
  "i_errormsg" varchar(255),
  "i_fixedasset_id" integer,
  "i_fixedasset_uu" varchar(255),
  "i_isimported" char(1),
  "inventoryno" varchar(255),
  "isactive" char(1),
  "locatorvalue" varchar(255),
  "m_locator_id" integer,
  "m_product_id" integer,
  "name" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "productvalue" varchar(255),
  "qty" numeric,
  "seqno" integer,
  "uomsymbol" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "uselifemonths" integer,
  "uselifemonths_f" integer,
  PRIMARY KEY ("i_fixedasset_id"),
  UNIQUE ("i_fixedasset_uu")
);
CREATE TABLE "forecast" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_calendar_id" integer,
  "c_year_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "m_forecast_id" integer,
  "m_forecast_uu" varchar(255),
  "m_pricelist_id" integer,
  "name" varchar(255),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_forecast_id"),
  UNIQUE ("m_forecast_uu")
);
CREATE TABLE "forecast_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_period_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datepromised" timestamp,
  "isactive" char(1),
  "m_forecastline_id" integer,
  "m_forecastline_uu" varchar(255),
  "m_forecast_id" integer,
  "m_product_id" integer,
  "m_warehouse_id" integer,
  "qty" numeric,
  "qtycalculated" numeric,
  "salesrep_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_forecastline_id"),
  UNIQUE ("m_forecastline_uu")
);
CREATE TABLE "form" (
  "ad_client_id" integer,
  "ad_ctxhelp_id" integer,
  "ad_form_id" integer,
  "ad_form_uu" varchar(255),
  "ad_org_id" integer,
  "accesslevel" varchar(255),
  "classname" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "help" varchar(255),
  "imageurl" varchar(255),
  "isactive" char(1),
  "isbetafunctionality" char(1),
  "jspurl" varchar(255),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_form_id"),
  UNIQUE ("ad_form_uu")
);
CREATE TABLE "form_access" (
  "ad_client_id" integer,
  "ad_form_access_uu" varchar(255),
  "ad_form_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isreadwrite" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_form_access_uu")
);
CREATE TABLE "format" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "exp_format_id" integer,
  "exp_format_uu" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "processing" char(1),
  "testexportmodel" varchar(255),
  "testimportmodel" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  "version" varchar(255),
  "whereclause" varchar(255),
  PRIMARY KEY ("exp_format_id"),
  UNIQUE ("exp_format_uu")
);
CREATE TABLE "format_line" (
  "ad_client_id" integer,
  "ad_column_id" integer,
  "ad_org_id" integer,
  "ad_reference_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateformat" varchar(255),
  "description" varchar(255),
  "exp_embeddedformat_id" integer,
  "exp_formatline_id" integer,
  "exp_formatline_uu" varchar(255),
  "exp_format_id" integer,
  "help" varchar(255),
  "isactive" char(1),
  "ismandatory" char(1),
  "ispartuniqueindex" char(1),
  "name" varchar(255),
  "position" integer,
  "type" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("exp_formatline_id"),
  UNIQUE ("exp_formatline_uu")
);
CREATE TABLE "freight" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_country_id" integer,
  "c_currency_id" integer,
  "c_region_id" integer,
  "created" timestamp,
  "createdby" integer,
  "freightamt" numeric,
  "isactive" char(1),
  "m_freightcategory_id" integer,
  "m_freight_id" integer,
  "m_freight_uu" varchar(255),
  "m_shipper_id" integer,
  "maxdimension" numeric,
  "maxweight" numeric,
  "to_country_id" integer,
  "to_region_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  PRIMARY KEY ("m_freight_id"),
  UNIQUE ("m_freight_uu")
);
CREATE TABLE "freight_category" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "m_freightcategory_id" integer,
  "m_freightcategory_uu" varchar(255),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("m_freightcategory_id"),
  UNIQUE ("m_freightcategory_uu")
);
CREATE TABLE "fund" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "amt" numeric,
  "c_acctschema_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datefrom" timestamp,
  "dateto" timestamp,
  "description" varchar(255),
  "gl_fund_id" integer,
  "gl_fund_uu" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("gl_fund_id"),
  UNIQUE ("gl_fund_uu")
);
CREATE TABLE "fund_restriction" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_elementvalue_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "gl_fundrestriction_id" integer,
  "gl_fundrestriction_uu" varchar(255),
  "gl_fund_id" integer,
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("gl_fundrestriction_id"),
  UNIQUE ("gl_fundrestriction_uu")
);
CREATE TABLE "funding_mode" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_fundingmode_id" integer,
  "a_fundingmode_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("a_fundingmode_id"),
  UNIQUE ("a_fundingmode_uu")
);
CREATE TABLE "funding_mode_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_fundingmode_acct" integer,
  "a_fundingmode_acct_uu" varchar(255),
  "a_fundingmode_id" integer,
  "c_acctschema_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("a_fundingmode_acct_uu")
);
CREATE TABLE "gl_category" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "categorytype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "gl_category_id" integer,
  "gl_category_uu" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "name" varchar(255),
  "printname" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("gl_category_id"),
  UNIQUE ("gl_category_uu")
);
CREATE TABLE "gl_journal" (
  "ad_client_id" integer,
  "ad_orgdoc_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "accountvalue" varchar(255),
  "account_id" integer,
  "acctschemaname" varchar(255),
  "activityvalue" varchar(255),
  "amtacctcr" numeric,
  "amtacctdr" numeric,
  "amtsourcecr" numeric,
  "amtsourcedr" numeric,
  "bpartnervalue" varchar(255),
  "batchdescription" varchar(255),
  "batchdocumentno" varchar(255),
  "c_acctschema_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_conversiontype_id" integer,
  "c_currency_id" integer,
  "c_doctype_id" integer,
  "c_locfrom_id" integer,
  "c_locto_id" integer,
  "c_period_id" integer,
  "c_project_id" integer,
  "c_salesregion_id" integer,
  "c_uom_id" integer,
  "c_validcombination_id" integer,
  "campaignvalue" varchar(255),
  "categoryname" varchar(255),
  "clientvalue" varchar(255),
  "conversiontypevalue" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "currencyrate" numeric,
  "dateacct" timestamp,
  "description" varchar(255),
  "doctypename" varchar(255),
  "gl_budget_id" integer,
  "gl_category_id" integer,
  "gl_journalbatch_id" integer,
  "gl_journalline_id" integer,
  "gl_journal_id" integer,
  "iso_code" varchar(255),
  "i_errormsg" varchar(255),
  "i_gljournal_id" integer,
  "i_gljournal_uu" varchar(255),
  "i_isimported" char(1),
  "isactive" char(1),
  "iscreatenewbatch" char(1),
  "iscreatenewjournal" char(1),
  "journaldocumentno" varchar(255),
  "line" integer,
  "m_product_id" integer,
  "orgtrxvalue" varchar(255),
  "orgvalue" varchar(255),
  "postingtype" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "productvalue" varchar(255),
  "projectvalue" varchar(255),
  "qty" numeric,
  "sku" varchar(255),
  "salesregionvalue" varchar(255),
  "upc" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  PRIMARY KEY ("i_gljournal_id"),
  UNIQUE ("i_gljournal_uu")
);
CREATE TABLE "goal" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_user_id" integer,
  "charttype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "datefrom" timestamp,
  "datelastrun" timestamp,
  "dateto" timestamp,
  "description" varchar(255),
  "goalperformance" numeric,
  "isactive" char(1),
  "issummary" char(1),
  "measureactual" numeric,
  "measuredisplay" varchar(255),
  "measurescope" varchar(255),
  "measuretarget" numeric,
  "name" varchar(255),
  "note" varchar(255),
  "pa_colorschema_id" integer,
  "pa_goalparent_id" integer,
  "pa_goal_id" integer,
  "pa_goal_uu" varchar(255),
  "pa_measure_id" integer,
  "relativeweight" numeric,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pa_goal_id"),
  UNIQUE ("pa_goal_uu")
);
CREATE TABLE "goal_restriction" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bp_group_id" integer,
  "c_bpartner_id" integer,
  "created" timestamp,
  "createdby" integer,
  "goalrestrictiontype" varchar(255),
  "isactive" char(1),
  "m_product_category_id" integer,
  "m_product_id" integer,
  "name" varchar(255),
  "org_id" integer,
  "pa_goalrestriction_id" integer,
  "pa_goalrestriction_uu" varchar(255),
  "pa_goal_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pa_goalrestriction_id"),
  UNIQUE ("pa_goalrestriction_uu")
);
CREATE TABLE "greeting" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_greeting_id" integer,
  "c_greeting_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "greeting" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "isfirstnameonly" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_greeting_id"),
  UNIQUE ("c_greeting_uu")
);
CREATE TABLE "group" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "m_changenotice_id" integer,
  "name" varchar(255),
  "pp_product_bom_id" integer,
  "r_group_id" integer,
  "r_group_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("r_group_id"),
  UNIQUE ("r_group_uu")
);
CREATE TABLE "group_updates" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isselfservice" char(1),
  "r_groupupdates_uu" varchar(255),
  "r_group_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("r_groupupdates_uu")
);
CREATE TABLE "hierarchy" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_tree_account_id" integer,
  "ad_tree_activity_id" integer,
  "ad_tree_bpartner_id" integer,
  "ad_tree_campaign_id" integer,
  "ad_tree_org_id" integer,
  "ad_tree_product_id" integer,
  "ad_tree_project_id" integer,
  "ad_tree_salesregion_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "pa_hierarchy_id" integer,
  "pa_hierarchy_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pa_hierarchy_id"),
  UNIQUE ("pa_hierarchy_uu")
);
CREATE TABLE "house_keeping" (
  "ad_client_id" integer,
  "ad_housekeeping_id" integer,
  "ad_housekeeping_uu" varchar(255),
  "ad_org_id" integer,
  "ad_table_id" integer,
  "backupfolder" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isexportxmlbackup" char(1),
  "issaveinhistoric" char(1),
  "lastdeleted" integer,
  "lastrun" timestamp,
  "name" varchar(255),
  "processing" char(1),
  "tablename" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  "whereclause" varchar(255),
  PRIMARY KEY ("ad_housekeeping_id"),
  UNIQUE ("ad_housekeeping_uu")
);
CREATE TABLE "hr_attribute" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_rule_id" integer,
  "amount" numeric,
  "c_bpartner_id" integer,
  "columntype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "hr_attribute_acct" integer,
  "hr_attribute_id" integer,
  "hr_attribute_uu" varchar(255),
  "hr_concept_id" integer,
  "hr_department_id" integer,
  "hr_employee_id" integer,
  "hr_job_id" integer,
  "hr_payroll_id" integer,
  "isactive" char(1),
  "isprinted" char(1),
  "maxvalue" integer,
  "minvalue" integer,
  "qty" numeric,
  "servicedate" timestamp,
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  PRIMARY KEY ("hr_attribute_id"),
  UNIQUE ("hr_attribute_uu")
);
CREATE TABLE "hr_department" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_activity_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "hr_department_id" integer,
  "hr_department_uu" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("hr_department_id"),
  UNIQUE ("hr_department_uu")
);
CREATE TABLE "hr_job" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "hr_department_id" integer,
  "hr_job_id" integer,
  "hr_job_uu" varchar(255),
  "isactive" char(1),
  "isparent" char(1),
  "jobcant" integer,
  "name" varchar(255),
  "next_job_id" integer,
  "supervisor_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("hr_job_id"),
  UNIQUE ("hr_job_uu")
);
CREATE TABLE "hr_movement" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "ad_rule_id" integer,
  "accountsign" varchar(255),
  "amount" numeric,
  "c_activity_id" integer,
  "c_bp_bankaccount_id" integer,
  "c_bp_group_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_projectphase_id" integer,
  "c_projecttask_id" integer,
  "c_project_id" integer,
  "columntype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "hr_concept_category_id" integer,
  "hr_concept_id" integer,
  "hr_department_id" integer,
  "hr_job_id" integer,
  "hr_movement_id" integer,
  "hr_movement_uu" varchar(255),
  "hr_process_id" integer,
  "isactive" char(1),
  "isprinted" char(1),
  "isregistered" char(1),
  "pp_cost_collector_id" integer,
  "processed" char(1),
  "qty" numeric,
  "servicedate" timestamp,
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  PRIMARY KEY ("hr_movement_id"),
  UNIQUE ("hr_movement_uu")
);
CREATE TABLE "hr_movement_import" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "amount" numeric,
  "bpartner_value" varchar(255),
  "c_bpartner_id" integer,
  "conceptvalue" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "hr_concept_id" integer,
  "hr_movement_id" integer,
  "hr_process_id" integer,
  "i_errormsg" varchar(255),
  "i_hr_movement_id" integer,
  "i_hr_movement_uu" varchar(255),
  "i_isimported" varchar(255),
  "isactive" char(1),
  "processname" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "qty" numeric,
  "servicedate" timestamp,
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  PRIMARY KEY ("i_hr_movement_id"),
  UNIQUE ("i_hr_movement_uu")
);
CREATE TABLE "hr_period" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_period_id" integer,
  "c_year_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "description" varchar(255),
  "enddate" timestamp,
  "hr_payroll_id" integer,
  "hr_period_id" integer,
  "hr_period_uu" varchar(255),
  "hr_year_id" integer,
  "isactive" char(1),
  "name" varchar(255),
  "periodaction" varchar(255),
  "periodno" integer,
  "periodstatus" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "startdate" timestamp,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("hr_period_id"),
  UNIQUE ("hr_period_uu")
);
CREATE TABLE "hr_process" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_printformat_id" integer,
  "ad_workflow_id" integer,
  "c_bpartner_id" integer,
  "c_charge_id" integer,
  "c_doctypetarget_id" integer,
  "c_doctype_id" integer,
  "c_payselection_id" integer,
  "columnsql" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "hr_department_id" integer,
  "hr_employee_id" integer,
  "hr_job_id" integer,
  "hr_payroll_id" integer,
  "hr_period_id" integer,
  "hr_process_id" integer,
  "hr_process_uu" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "posted" char(1),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "reversal_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("hr_process_id"),
  UNIQUE ("hr_process_uu")
);
CREATE TABLE "hr_year" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_year_id" integer,
  "created" timestamp,
  "createdby" integer,
  "hr_payroll_id" integer,
  "hr_year_id" integer,
  "hr_year_uu" varchar(255),
  "isactive" char(1),
  "netdays" integer,
  "processed" char(1),
  "processing" char(1),
  "qty" integer,
  "startdate" timestamp,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("hr_year_id"),
  UNIQUE ("hr_year_uu")
);
CREATE TABLE "image" (
  "ad_client_id" integer,
  "ad_image_id" integer,
  "ad_image_uu" varchar(255),
  "ad_org_id" integer,
  "ad_storageprovider_id" integer,
  "binarydata" bytea,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "imageurl" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_image_id"),
  UNIQUE ("ad_image_uu")
);
CREATE TABLE "imp_format" (
  "ad_client_id" integer,
  "ad_impformat_id" integer,
  "ad_impformat_uu" varchar(255),
  "ad_org_id" integer,
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "formattype" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "processing" char(1),
  "separatorchar" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_impformat_id"),
  UNIQUE ("ad_impformat_uu")
);
CREATE TABLE "imp_format_row" (
  "ad_client_id" integer,
  "ad_column_id" integer,
  "ad_impformat_id" integer,
  "ad_impformat_row_id" integer,
  "ad_impformat_row_uu" varchar(255),
  "ad_org_id" integer,
  "callout" varchar(255),
  "constantvalue" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dataformat" varchar(255),
  "datatype" varchar(255),
  "decimalpoint" varchar(255),
  "divideby100" char(1),
  "endno" integer,
  "importprefix" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "script" varchar(255),
  "seqno" integer,
  "startno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_impformat_row_id"),
  UNIQUE ("ad_impformat_row_uu")
);
CREATE TABLE "imp_processor" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "account" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "datelastrun" timestamp,
  "datenextrun" timestamp,
  "description" varchar(255),
  "frequency" integer,
  "frequencytype" varchar(255),
  "help" varchar(255),
  "host" varchar(255),
  "imp_processor_id" integer,
  "imp_processor_type_id" integer,
  "imp_processor_uu" varchar(255),
  "isactive" char(1),
  "keeplogdays" integer,
  "name" varchar(255),
  "passwordinfo" varchar(255),
  "port" integer,
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("imp_processor_id"),
  UNIQUE ("imp_processor_uu")
);
CREATE TABLE "imp_processor_parameter" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "imp_processorparameter_id" integer,
  "imp_processorparameter_uu" varchar(255),
  "imp_processor_id" integer,
  "isactive" char(1),
  "name" varchar(255),
  "parametervalue" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("imp_processorparameter_id"),
  UNIQUE ("imp_processorparameter_uu")
);
CREATE TABLE "imp_processor_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "imp_processor_type_id" integer,
  "imp_processor_type_uu" varchar(255),
  "isactive" char(1),
  "javaclass" varchar(255),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("imp_processor_type_id"),
  UNIQUE ("imp_processor_type_uu")
);
CREATE TABLE "import_template" (
  "ad_client_id" integer,
  "ad_importtemplate_id" integer,
  "ad_importtemplate_uu" varchar(255),
  "ad_org_id" integer,
  "ad_tab_id" integer,
  "ad_window_id" integer,
  "csvaliasheader" varchar(255),
  "csvheader" varchar(255),
  "characterset" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "importtemplatetype" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "quotechar" varchar(255),
  "separatorchar" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_importtemplate_id"),
  UNIQUE ("ad_importtemplate_uu")
);
CREATE TABLE "import_template_access" (
  "ad_client_id" integer,
  "ad_importtemplateaccess_id" integer,
  "ad_importtemplateaccess_uu" varchar(255),
  "ad_importtemplate_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isallowinsert" char(1),
  "isallowmerge" char(1),
  "isallowupdate" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_importtemplateaccess_id"),
  UNIQUE ("ad_importtemplateaccess_uu")
);
CREATE TABLE "in_out" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_campaign_id" integer,
  "c_charge_id" integer,
  "c_costcenter_id" integer,
  "c_department_id" integer,
  "c_doctype_id" integer,
  "c_invoice_id" integer,
  "c_order_id" integer,
  "c_project_id" integer,
  "chargeamt" numeric,
  "createconfirm" varchar(255),
  "createfrom" varchar(255),
  "createlinesfrom" varchar(255),
  "createpackage" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "dateordered" timestamp,
  "dateprinted" timestamp,
  "datereceived" timestamp,
  "deliveryrule" varchar(255),
  "deliveryviarule" varchar(255),
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "dropship_bpartner_id" integer,
  "dropship_location_id" integer,
  "dropship_user_id" integer,
  "fob" varchar(255),
  "freightamt" numeric,
  "freightcharges" varchar(255),
  "freightcostrule" varchar(255),
  "generateto" varchar(255),
  "insurance" varchar(255),
  "isactive" char(1),
  "isalternatereturnaddress" char(1),
  "isapproved" char(1),
  "isdropship" char(1),
  "isindispute" char(1),
  "isintransit" char(1),
  "isprinted" char(1),
  "issotrx" char(1),
  "m_inout_id" integer,
  "m_inout_uu" varchar(255),
  "m_rma_id" integer,
  "m_shipper_id" integer,
  "m_warehouse_id" integer,
  "movementdate" timestamp,
  "movementtype" varchar(255),
  "nopackages" integer,
  "poreference" varchar(255),
  "pickdate" timestamp,
  "posted" char(1),
  "priorityrule" varchar(255),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "ref_inout_id" integer,
  "returnbpartner_id" integer,
  "returnlocation_id" integer,
  "returnuser_id" integer,
  "reversal_id" integer,
  "salesrep_id" integer,
  "sendemail" char(1),
  "shipdate" timestamp,
  "shipperaccount" varchar(255),
  "trackingno" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  "volume" numeric,
  "weight" numeric,
  PRIMARY KEY ("m_inout_id"),
  UNIQUE ("m_inout_uu")
);
CREATE TABLE "in_out_confirm" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "approvalamt" numeric,
  "c_invoice_id" integer,
  "confirmtype" varchar(255),
  "confirmationno" varchar(255),
  "createpackage" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "iscancelled" char(1),
  "isindispute" char(1),
  "m_inoutconfirm_id" integer,
  "m_inoutconfirm_uu" varchar(255),
  "m_inout_id" integer,
  "m_inventory_id" integer,
  "processed" char(1),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_inoutconfirm_id"),
  UNIQUE ("m_inoutconfirm_uu")
);
CREATE TABLE "in_out_line" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "c_activity_id" integer,
  "c_campaign_id" integer,
  "c_charge_id" integer,
  "c_costcenter_id" integer,
  "c_department_id" integer,
  "c_orderline_id" integer,
  "c_projectphase_id" integer,
  "c_projecttask_id" integer,
  "c_project_id" integer,
  "c_uom_id" integer,
  "confirmedqty" numeric,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isautoproduce" char(1),
  "isdescription" varchar(255),
  "isinvoiced" char(1),
  "line" integer,
  "m_attributesetinstance_id" integer,
  "m_inoutline_id" integer,
  "m_inoutline_uu" varchar(255),
  "m_inout_id" integer,
  "m_locator_id" integer,
  "m_product_id" integer,
  "m_rmaline_id" integer,
  "movementqty" numeric,
  "pickedqty" numeric,
  "processed" char(1),
  "qtyentered" numeric,
  "ref_inoutline_id" integer,
  "reversalline_id" integer,
  "scrappedqty" numeric,
  "targetqty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  PRIMARY KEY ("m_inoutline_id"),
  UNIQUE ("m_inoutline_uu")
);
CREATE TABLE "in_out_line_confirm" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_invoiceline_id" integer,
  "confirmationno" varchar(255),
  "confirmedqty" numeric,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "differenceqty" numeric,
  "isactive" char(1),
  "m_inoutconfirm_id" integer,
  "m_inoutlineconfirm_id" integer,
  "m_inoutlineconfirm_uu" varchar(255),
  "m_inoutline_id" integer,
  "m_inventoryline_id" integer,
  "processed" char(1),
  "scrappedqty" numeric,
  "targetqty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_inoutlineconfirm_id"),
  UNIQUE ("m_inoutlineconfirm_uu")
);
CREATE TABLE "in_out_line_confirm_import" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "confirmationno" varchar(255),
  "confirmedqty" numeric,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "differenceqty" numeric,
  "i_errormsg" varchar(255),
  "i_inoutlineconfirm_id" integer,
  "i_inoutlineconfirm_uu" varchar(255),
  "i_isimported" char(1),
  "isactive" char(1),
  "m_inoutlineconfirm_id" integer,
  "processed" char(1),
  "processing" char(1),
  "scrappedqty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("i_inoutlineconfirm_id"),
  UNIQUE ("i_inoutlineconfirm_uu")
);
CREATE TABLE "in_out_line_ma" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datematerialpolicy" timestamp,
  "isactive" char(1),
  "isautogenerated" char(1),
  "m_attributesetinstance_id" integer,
  "m_inoutlinema_uu" varchar(255),
  "m_inoutline_id" integer,
  "movementqty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("m_inoutlinema_uu")
);
CREATE TABLE "index_column" (
  "ad_client_id" integer,
  "ad_column_id" integer,
  "ad_indexcolumn_id" integer,
  "ad_indexcolumn_uu" varchar(255),
  "ad_org_id" integer,
  "ad_tableindex_id" integer,
  "columnsql" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "entitytype" varchar(255),
  "isactive" char(1),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_indexcolumn_id"),
  UNIQUE ("ad_indexcolumn_uu")
);
CREATE TABLE "info_column" (
  "ad_client_id" integer,
  "ad_element_id" integer,
  "ad_fieldstyle_id" integer,
  "ad_infocolumn_id" integer,
  "ad_infocolumn_uu" varchar(255),
  "ad_infowindow_id" integer,
  "ad_org_id" integer,
  "ad_reference_id" integer,
  "ad_reference_value_id" integer,
  "ad_val_rule_id" integer,
  "columnname" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "defaultvalue" varchar(255),
  "defaultvalue2" varchar(255),
  "description" varchar(255),
  "displaylogic" varchar(255),
  "entitytype" varchar(255),
  "help" varchar(255),
  "inputfieldvalidation" varchar(255),
  "isactive" char(1),
  "isautocomplete" char(1),
  "iscentrallymaintained" char(1),
  "isdisplayed" char(1),
  "isidentifier" char(1),
  "iskey" char(1),
  "ismandatory" char(1),
  "isqueryafterchange" char(1),
  "isquerycriteria" char(1),
  "isrange" char(1),
  "isreadonly" char(1),
  "name" varchar(255),
  "placeholder" varchar(255),
  "placeholder2" varchar(255),
  "queryfunction" varchar(255),
  "queryoperator" varchar(255),
  "selectclause" varchar(255),
  "seqno" integer,
  "seqnoselection" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_infocolumn_id"),
  UNIQUE ("ad_infocolumn_uu")
);
CREATE TABLE "info_process" (
  "ad_client_id" integer,
  "ad_infocolumn_id" integer,
  "ad_infoprocess_id" integer,
  "ad_infoprocess_uu" varchar(255),
  "ad_infowindow_id" integer,
  "ad_org_id" integer,
  "ad_process_id" integer,
  "created" timestamp,
  "createdby" integer,
  "displaylogic" varchar(255),
  "entitytype" varchar(255),
  "imageurl" varchar(255),
  "isactive" char(1),
  "layouttype" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_infoprocess_id"),
  UNIQUE ("ad_infoprocess_uu")
);
CREATE TABLE "info_related" (
  "ad_client_id" integer,
  "ad_inforelated_id" integer,
  "ad_inforelated_uu" varchar(255),
  "ad_infowindow_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "displaylogic" varchar(255),
  "entitytype" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "parentrelatedcolumn_id" integer,
  "relatedcolumn_id" integer,
  "relatedinfo_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_inforelated_id"),
  UNIQUE ("ad_inforelated_uu")
);
CREATE TABLE "info_window" (
  "ad_client_id" integer,
  "ad_ctxhelp_id" integer,
  "ad_infowindow_id" integer,
  "ad_infowindow_uu" varchar(255),
  "ad_org_id" integer,
  "ad_table_id" integer,
  "ad_window_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "fromclause" varchar(255),
  "help" varchar(255),
  "imageurl" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "isdistinct" char(1),
  "isshowindashboard" char(1),
  "isvalid" char(1),
  "maxqueryrecords" integer,
  "name" varchar(255),
  "orderbyclause" varchar(255),
  "otherclause" varchar(255),
  "po_window_id" integer,
  "pagingsize" integer,
  "processing" char(1),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  "whereclause" varchar(255),
  "isloadpagenum" varchar(255),
  PRIMARY KEY ("ad_infowindow_id"),
  UNIQUE ("ad_infowindow_uu")
);
CREATE TABLE "info_window_access" (
  "ad_client_id" integer,
  "ad_infowindow_access_uu" varchar(255),
  "ad_infowindow_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_infowindow_access_uu")
);
CREATE TABLE "inter_org_acct" (
  "ad_client_id" integer,
  "ad_orgto_id" integer,
  "ad_org_id" integer,
  "c_acctschema_id" integer,
  "c_interorg_acct_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "intercompanyduefrom_acct" integer,
  "intercompanydueto_acct" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("c_interorg_acct_uu")
);
CREATE TABLE "interest_area" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isselfservice" char(1),
  "name" varchar(255),
  "r_interestarea_id" integer,
  "r_interestarea_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("r_interestarea_id"),
  UNIQUE ("r_interestarea_uu")
);
CREATE TABLE "inventory" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "approvalamt" numeric,
  "c_activity_id" integer,
  "c_campaign_id" integer,
  "c_conversiontype_id" integer,
  "c_costcenter_id" integer,
  "c_currency_id" integer,
  "c_department_id" integer,
  "c_doctype_id" integer,
  "c_project_id" integer,
  "costingmethod" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "generatelist" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "m_inventory_id" integer,
  "m_inventory_uu" varchar(255),
  "m_perpetualinv_id" integer,
  "m_warehouse_id" integer,
  "movementdate" timestamp,
  "posted" char(1),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "reversal_id" integer,
  "updateqty" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  PRIMARY KEY ("m_inventory_id"),
  UNIQUE ("m_inventory_uu")
);
CREATE TABLE "inventory_import" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_charge_id" integer,
  "c_doctype_id" integer,
  "chargename" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "currentcostprice" numeric,
  "description" varchar(255),
  "doctypename" varchar(255),
  "i_errormsg" varchar(255),
  "i_inventory_id" integer,
  "i_inventory_uu" varchar(255),
  "i_isimported" char(1),
  "isactive" char(1),
  "locatorvalue" varchar(255),
  "lot" varchar(255),
  "m_costingline_id" integer,
  "m_inventoryline_id" integer,
  "m_inventory_id" integer,
  "m_locator_id" integer,
  "m_product_id" integer,
  "m_warehouse_id" integer,
  "movementdate" timestamp,
  "processed" char(1),
  "processing" char(1),
  "qtybook" numeric,
  "qtycount" numeric,
  "qtyinternaluse" numeric,
  "serno" varchar(255),
  "upc" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  "warehousevalue" varchar(255),
  "x" varchar(255),
  "y" varchar(255),
  "z" varchar(255),
  PRIMARY KEY ("i_inventory_id"),
  UNIQUE ("i_inventory_uu")
);
CREATE TABLE "inventory_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_charge_id" integer,
  "c_costcenter_id" integer,
  "c_department_id" integer,
  "c_uom_id" integer,
  "created" timestamp,
  "createdby" integer,
  "currentcostprice" numeric,
  "description" varchar(255),
  "inventorytype" varchar(255),
  "isactive" char(1),
  "line" integer,
  "m_attributesetinstance_id" integer,
  "m_inventoryline_id" integer,
  "m_inventoryline_uu" varchar(255),
  "m_inventory_id" integer,
  "m_locator_id" integer,
  "m_product_id" integer,
  "newcostprice" numeric,
  "processed" char(1),
  "qtybook" numeric,
  "qtycount" numeric,
  "qtycsv" numeric,
  "qtyentered" numeric,
  "qtyinternaluse" numeric,
  "reversalline_id" integer,
  "upc" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("m_inventoryline_id"),
  UNIQUE ("m_inventoryline_uu")
);
CREATE TABLE "inventory_line_ma" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datematerialpolicy" timestamp,
  "isactive" char(1),
  "isautogenerated" char(1),
  "m_attributesetinstance_id" integer,
  "m_inventorylinema_uu" varchar(255),
  "m_inventoryline_id" integer,
  "movementqty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("m_inventorylinema_uu")
);
CREATE TABLE "inventory_value" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_pinstance_id" integer,
  "c_currency_id" integer,
  "cost" numeric,
  "costamt" numeric,
  "coststandard" numeric,
  "coststandardamt" numeric,
  "datevalue" timestamp,
  "m_attributesetinstance_id" integer,
  "m_costelement_id" integer,
  "m_pricelist_version_id" integer,
  "m_product_id" integer,
  "m_warehouse_id" integer,
  "pricelimit" numeric,
  "pricelimitamt" numeric,
  "pricelist" numeric,
  "pricelistamt" numeric,
  "pricepo" numeric,
  "pricepoamt" numeric,
  "pricestd" numeric,
  "pricestdamt" numeric,
  "qtyonhand" numeric,
  "t_inventoryvalue_uu" varchar(255),
  UNIQUE ("t_inventoryvalue_uu")
);
CREATE TABLE "invoice" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_campaign_id" integer,
  "c_cashline_id" integer,
  "c_cashplanline_id" integer,
  "c_charge_id" integer,
  "c_conversiontype_id" integer,
  "c_costcenter_id" integer,
  "c_currency_id" integer,
  "c_department_id" integer,
  "c_doctypetarget_id" integer,
  "c_doctype_id" integer,
  "c_dunninglevel_id" integer,
  "c_employee_id" integer,
  "c_invoice_id" integer,
  "c_invoice_uu" varchar(255),
  "c_order_id" integer,
  "c_paymentterm_id" integer,
  "c_payment_id" integer,
  "c_project_id" integer,
  "chargeamt" numeric,
  "copyfrom" varchar(255),
  "createfrom" varchar(255),
  "createlinesfrom" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "currencyrate" numeric,
  "dateacct" timestamp,
  "dateinvoiced" timestamp,
  "dateordered" timestamp,
  "dateprinted" timestamp,
  "description" varchar(255),
  "docaction" varchar(255),
  "docbasetype" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "dunninggrace" timestamp,
  "generateto" varchar(255),
  "grandtotal" numeric,
  "invoicecollectiontype" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "isdiscountprinted" char(1),
  "isfixedassetinvoice" char(1),
  "isindispute" char(1),
  "isoverridecurrencyrate" char(1),
  "ispaid" char(1),
  "ispayschedulevalid" char(1),
  "isprinted" char(1),
  "issotrx" char(1),
  "isselfservice" char(1),
  "istaxincluded" char(1),
  "istransferred" char(1),
  "m_pricelist_id" integer,
  "m_rma_id" integer,
  "poreference" varchar(255),
  "paymentrule" varchar(255),
  "posted" char(1),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "ref_invoice_id" integer,
  "relatedinvoice_id" integer,
  "reversal_id" integer,
  "salesrep_id" integer,
  "sendemail" char(1),
  "totallines" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  PRIMARY KEY ("c_invoice_id"),
  UNIQUE ("c_invoice_uu")
);
CREATE TABLE "invoice_batch" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_conversiontype_id" integer,
  "c_currency_id" integer,
  "c_invoicebatch_id" integer,
  "c_invoicebatch_uu" varchar(255),
  "controlamt" numeric,
  "created" timestamp,
  "createdby" integer,
  "datedoc" timestamp,
  "description" varchar(255),
  "documentamt" numeric,
  "documentno" varchar(255),
  "isactive" char(1),
  "issotrx" char(1),
  "processed" char(1),
  "processing" char(1),
  "salesrep_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_invoicebatch_id"),
  UNIQUE ("c_invoicebatch_uu")
);
CREATE TABLE "invoice_batch_line" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_charge_id" integer,
  "c_costcenter_id" integer,
  "c_department_id" integer,
  "c_doctype_id" integer,
  "c_invoicebatchline_id" integer,
  "c_invoicebatchline_uu" varchar(255),
  "c_invoicebatch_id" integer,
  "c_invoiceline_id" integer,
  "c_invoice_id" integer,
  "c_project_id" integer,
  "c_tax_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "dateinvoiced" timestamp,
  "description" varchar(255),
  "documentno" varchar(255),
  "isactive" char(1),
  "istaxincluded" char(1),
  "line" integer,
  "linenetamt" numeric,
  "linetotalamt" numeric,
  "priceentered" numeric,
  "processed" char(1),
  "qtyentered" numeric,
  "taxamt" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  PRIMARY KEY ("c_invoicebatchline_id"),
  UNIQUE ("c_invoicebatchline_uu")
);
CREATE TABLE "invoice_gl" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_pinstance_id" integer,
  "apar" varchar(255),
  "amtacctbalance" numeric,
  "amtrevalcr" numeric,
  "amtrevalcrdiff" numeric,
  "amtrevaldr" numeric,
  "amtrevaldrdiff" numeric,
  "amtsourcebalance" numeric,
  "c_conversiontypereval_id" integer,
  "c_doctypereval_id" integer,
  "c_invoice_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datereval" timestamp,
  "fact_acct_id" integer,
  "grandtotal" numeric,
  "isactive" char(1),
  "isallcurrencies" char(1),
  "openamt" numeric,
  "percent" numeric,
  "t_invoicegl_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("t_invoicegl_uu")
);
CREATE TABLE "invoice_import" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "activityvalue" varchar(255),
  "address1" varchar(255),
  "address2" varchar(255),
  "bpartnervalue" varchar(255),
  "c_1099box_id" integer,
  "c_1099box_value" varchar(255),
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_campaign_id" integer,
  "c_charge_id" integer,
  "c_country_id" integer,
  "c_currency_id" integer,
  "c_doctype_id" integer,
  "c_invoiceline_id" integer,
  "c_invoice_id" integer,
  "c_location_id" integer,
  "c_paymentterm_id" integer,
  "c_project_id" integer,
  "c_region_id" integer,
  "c_tax_id" integer,
  "chargename" varchar(255),
  "city" varchar(255),
  "contactname" varchar(255),
  "countrycode" char(1),
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "dateinvoiced" timestamp,
  "description" varchar(255),
  "doctypename" varchar(255),
  "documentno" varchar(255),
  "email" varchar(255),
  "iso_code" varchar(255),
  "i_errormsg" varchar(255),
  "i_invoice_id" integer,
  "i_invoice_uu" varchar(255),
  "i_isimported" char(1),
  "isactive" char(1),
  "issotrx" char(1),
  "linedescription" varchar(255),
  "m_pricelist_id" integer,
  "m_product_id" integer,
  "name" varchar(255),
  "paymenttermvalue" varchar(255),
  "phone" varchar(255),
  "postal" varchar(255),
  "priceactual" numeric,
  "processed" char(1),
  "processing" char(1),
  "productvalue" varchar(255),
  "projectvalue" varchar(255),
  "qtyordered" numeric,
  "regionname" varchar(255),
  "sku" varchar(255),
  "salesrep_id" integer,
  "taxamt" numeric,
  "taxindicator" varchar(255),
  "upc" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("i_invoice_id"),
  UNIQUE ("i_invoice_uu")
);
CREATE TABLE "invoice_line" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "a_asset_group_id" integer,
  "a_asset_id" integer,
  "a_capvsexp" varchar(255),
  "a_createasset" char(1),
  "a_processed" char(1),
  "c_1099box_id" integer,
  "c_activity_id" integer,
  "c_campaign_id" integer,
  "c_charge_id" integer,
  "c_costcenter_id" integer,
  "c_department_id" integer,
  "c_employee_id" integer,
  "c_invoiceline_id" integer,
  "c_invoiceline_uu" varchar(255),
  "c_invoice_id" integer,
  "c_orderline_id" integer,
  "c_projectphase_id" integer,
  "c_projecttask_id" integer,
  "c_project_id" integer,
  "c_tax_id" integer,
  "c_uom_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isdescription" varchar(255),
  "isfixedassetinvoice" char(1),
  "isprinted" char(1),
  "line" integer,
  "linenetamt" numeric,
  "linetotalamt" numeric,
  "m_attributesetinstance_id" integer,
  "m_inoutline_id" integer,
  "m_product_id" integer,
  "m_rmaline_id" integer,
  "priceactual" numeric,
  "priceentered" numeric,
  "pricelimit" numeric,
  "pricelist" numeric,
  "processed" char(1),
  "qtyentered" numeric,
  "qtyinvoiced" numeric,
  "rramt" numeric,
  "rrstartdate" timestamp,
  "ref_invoiceline_id" integer,
  "s_resourceassignment_id" integer,
  "taxamt" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  PRIMARY KEY ("c_invoiceline_id"),
  UNIQUE ("c_invoiceline_uu")
);
CREATE TABLE "invoice_pay_schedule" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_invoicepayschedule_id" integer,
  "c_invoicepayschedule_uu" varchar(255),
  "c_invoice_id" integer,
  "c_payschedule_id" integer,
  "created" timestamp,
  "createdby" integer,
  "discountamt" numeric,
  "discountdate" timestamp,
  "dueamt" numeric,
  "duedate" timestamp,
  "isactive" char(1),
  "isvalid" char(1),
  "processed" char(1),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_invoicepayschedule_id"),
  UNIQUE ("c_invoicepayschedule_uu")
);
CREATE TABLE "invoice_schedule" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "amt" numeric,
  "c_invoiceschedule_id" integer,
  "c_invoiceschedule_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "eveninvoiceweek" char(1),
  "invoiceday" integer,
  "invoicedaycutoff" integer,
  "invoicefrequency" varchar(255),
  "invoiceweekday" varchar(255),
  "invoiceweekdaycutoff" varchar(255),
  "isactive" char(1),
  "isamount" char(1),
  "isdefault" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_invoiceschedule_id"),
  UNIQUE ("c_invoiceschedule_uu")
);
CREATE TABLE "invoice_tax" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_invoicetax_uu" varchar(255),
  "c_invoice_id" integer,
  "c_taxprovider_id" integer,
  "c_tax_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "istaxincluded" char(1),
  "processed" char(1),
  "taxamt" numeric,
  "taxbaseamt" numeric,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("c_invoicetax_uu")
);
CREATE TABLE "issue" (
  "ad_client_id" integer,
  "ad_form_id" integer,
  "ad_issue_id" integer,
  "ad_issue_uu" varchar(255),
  "ad_org_id" integer,
  "ad_process_id" integer,
  "ad_window_id" integer,
  "a_asset_id" integer,
  "comments" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dbaddress" varchar(255),
  "databaseinfo" varchar(255),
  "errortrace" varchar(255),
  "isactive" char(1),
  "isreproducible" varchar(255),
  "isvanillasystem" varchar(255),
  "issuesource" varchar(255),
  "issuesummary" varchar(255),
  "javainfo" varchar(255),
  "lineno" integer,
  "local_host" varchar(255),
  "loggername" varchar(255),
  "name" varchar(255),
  "operatingsysteminfo" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "profileinfo" varchar(255),
  "r_issueknown_id" integer,
  "r_issueproject_id" integer,
  "r_issuesystem_id" integer,
  "r_issueuser_id" integer,
  "r_request_id" integer,
  "record_id" integer,
  "releaseno" varchar(255),
  "releasetag" varchar(255),
  "remote_addr" varchar(255),
  "remote_host" varchar(255),
  "requestdocumentno" varchar(255),
  "responsetext" varchar(255),
  "sourceclassname" varchar(255),
  "sourcemethodname" varchar(255),
  "stacktrace" varchar(255),
  "statisticsinfo" varchar(255),
  "supportemail" varchar(255),
  "systemstatus" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "username" varchar(255),
  "version" varchar(255),
  PRIMARY KEY ("ad_issue_id"),
  UNIQUE ("ad_issue_uu")
);
CREATE TABLE "issue_known" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "issuestatus" varchar(255),
  "issuesummary" varchar(255),
  "lineno" integer,
  "loggername" varchar(255),
  "processing" char(1),
  "r_issueknown_id" integer,
  "r_issueknown_uu" varchar(255),
  "r_issuerecommendation_id" integer,
  "r_issuestatus_id" integer,
  "r_request_id" integer,
  "releaseno" varchar(255),
  "sourceclassname" varchar(255),
  "sourcemethodname" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("r_issueknown_id"),
  UNIQUE ("r_issueknown_uu")
);
CREATE TABLE "issue_project" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_asset_id" integer,
  "c_project_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "profileinfo" varchar(255),
  "r_issueproject_id" integer,
  "r_issueproject_uu" varchar(255),
  "statisticsinfo" varchar(255),
  "systemstatus" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("r_issueproject_id"),
  UNIQUE ("r_issueproject_uu")
);
CREATE TABLE "issue_recommendation" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "r_issuerecommendation_id" integer,
  "r_issuerecommendation_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("r_issuerecommendation_id"),
  UNIQUE ("r_issuerecommendation_uu")
);
CREATE TABLE "issue_status" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "r_issuestatus_id" integer,
  "r_issuestatus_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("r_issuestatus_id"),
  UNIQUE ("r_issuestatus_uu")
);
CREATE TABLE "issue_system" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_asset_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dbaddress" varchar(255),
  "isactive" char(1),
  "profileinfo" varchar(255),
  "r_issuesystem_id" integer,
  "r_issuesystem_uu" varchar(255),
  "statisticsinfo" varchar(255),
  "systemstatus" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("r_issuesystem_id"),
  UNIQUE ("r_issuesystem_uu")
);
CREATE TABLE "issue_user" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "r_issueuser_id" integer,
  "r_issueuser_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "username" varchar(255),
  PRIMARY KEY ("r_issueuser_id"),
  UNIQUE ("r_issueuser_uu")
);
CREATE TABLE "job" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_jobcategory_id" integer,
  "c_job_id" integer,
  "c_job_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isemployee" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_job_id"),
  UNIQUE ("c_job_uu")
);
CREATE TABLE "job_assignment" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "c_jobassignment_id" integer,
  "c_jobassignment_uu" varchar(255),
  "c_job_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  PRIMARY KEY ("c_jobassignment_id"),
  UNIQUE ("c_jobassignment_uu")
);
CREATE TABLE "job_category" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_jobcategory_id" integer,
  "c_jobcategory_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_jobcategory_id"),
  UNIQUE ("c_jobcategory_uu")
);
CREATE TABLE "job_remuneration" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_jobremuneration_id" integer,
  "c_jobremuneration_uu" varchar(255),
  "c_job_id" integer,
  "c_remuneration_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  PRIMARY KEY ("c_jobremuneration_id"),
  UNIQUE ("c_jobremuneration_uu")
);
CREATE TABLE "journal" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_acctschema_id" integer,
  "c_conversiontype_id" integer,
  "c_currency_id" integer,
  "c_doctype_id" integer,
  "c_period_id" integer,
  "controlamt" numeric,
  "copyfrom" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "currencyrate" numeric,
  "dateacct" timestamp,
  "datedoc" timestamp,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "gl_budget_id" integer,
  "gl_category_id" integer,
  "gl_journalbatch_id" integer,
  "gl_journal_id" integer,
  "gl_journal_uu" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "isprinted" char(1),
  "posted" char(1),
  "postingtype" varchar(255),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "reversal_id" integer,
  "totalcr" numeric,
  "totaldr" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("gl_journal_id"),
  UNIQUE ("gl_journal_uu")
);
CREATE TABLE "journal_batch" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_currency_id" integer,
  "c_doctype_id" integer,
  "c_period_id" integer,
  "controlamt" numeric,
  "copyfrom" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "datedoc" timestamp,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "gl_category_id" integer,
  "gl_journalbatch_id" integer,
  "gl_journalbatch_uu" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "postingtype" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "reversal_id" integer,
  "totalcr" numeric,
  "totaldr" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("gl_journalbatch_id"),
  UNIQUE ("gl_journalbatch_uu")
);
CREATE TABLE "journal_generator" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_acctschema_id" integer,
  "c_doctype_id" integer,
  "c_elementvalueadjustcr_id" integer,
  "c_elementvalueadjustdr_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "gl_category_id" integer,
  "gl_journalgenerator_id" integer,
  "gl_journalgenerator_uu" varchar(255),
  "generategljournal" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "postingtype" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("gl_journalgenerator_id"),
  UNIQUE ("gl_journalgenerator_uu")
);
CREATE TABLE "journal_generator_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "amtmultiplier" numeric,
  "bpcolumn" varchar(255),
  "bpdimensiontype" varchar(255),
  "c_bpartner_id" integer,
  "c_elementvaluecr_id" integer,
  "c_elementvaluedr_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "gl_journalgeneratorline_id" integer,
  "gl_journalgeneratorline_uu" varchar(255),
  "gl_journalgenerator_id" integer,
  "help" varchar(255),
  "isactive" char(1),
  "iscopyalldimensions" char(1),
  "issameproduct" char(1),
  "roundfactor" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("gl_journalgeneratorline_id"),
  UNIQUE ("gl_journalgeneratorline_uu")
);
CREATE TABLE "journal_generator_source" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "amtmultiplier" numeric,
  "c_elementvalue_id" integer,
  "created" timestamp,
  "createdby" integer,
  "gl_category_id" integer,
  "gl_journalgeneratorline_id" integer,
  "gl_journalgeneratorsource_id" integer,
  "gl_journalgeneratorsource_uu" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "roundfactor" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("gl_journalgeneratorsource_id"),
  UNIQUE ("gl_journalgeneratorsource_uu")
);
CREATE TABLE "journal_line" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "a_asset_group_id" integer,
  "a_asset_id" integer,
  "a_createasset" char(1),
  "a_processed" char(1),
  "account_id" integer,
  "alias_validcombination_id" integer,
  "amtacctcr" numeric,
  "amtacctdr" numeric,
  "amtsourcecr" numeric,
  "amtsourcedr" numeric,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_charge_id" integer,
  "c_conversiontype_id" integer,
  "c_costcenter_id" integer,
  "c_currency_id" integer,
  "c_department_id" integer,
  "c_employee_id" integer,
  "c_locfrom_id" integer,
  "c_locto_id" integer,
  "c_project_id" integer,
  "c_salesregion_id" integer,
  "c_subacct_id" integer,
  "c_tax_id" integer,
  "c_uom_id" integer,
  "c_validcombination_id" integer,
  "created" timestamp,
  "createdby" integer,
  "currencyrate" numeric,
  "dateacct" timestamp,
  "description" varchar(255),
  "gl_journalline_id" integer,
  "gl_journalline_uu" varchar(255),
  "gl_journal_id" integer,
  "isactive" char(1),
  "isgenerated" char(1),
  "line" integer,
  "m_attributesetinstance_id" integer,
  "m_product_id" integer,
  "m_warehouse_id" integer,
  "processed" char(1),
  "qty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  PRIMARY KEY ("gl_journalline_id"),
  UNIQUE ("gl_journalline_uu")
);
CREATE TABLE "label" (
  "ad_client_id" integer,
  "ad_labelcategory_id" integer,
  "ad_labelstyle_id" integer,
  "ad_label_id" integer,
  "ad_label_uu" varchar(255),
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_label_id"),
  UNIQUE ("ad_label_uu")
);
CREATE TABLE "label_assignment" (
  "ad_client_id" integer,
  "ad_labelassignment_id" integer,
  "ad_labelassignment_uu" varchar(255),
  "ad_label_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "record_id" integer,
  "record_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_labelassignment_id"),
  UNIQUE ("ad_labelassignment_uu")
);
CREATE TABLE "label_category" (
  "ad_client_id" integer,
  "ad_labelcategory_id" integer,
  "ad_labelcategory_uu" varchar(255),
  "ad_labelstyle_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "iscanbeusedinalltables" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_labelcategory_id"),
  UNIQUE ("ad_labelcategory_uu")
);
CREATE TABLE "label_category_table" (
  "ad_client_id" integer,
  "ad_labelcategorytable_id" integer,
  "ad_labelcategorytable_uu" varchar(255),
  "ad_labelcategory_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_labelcategorytable_id"),
  UNIQUE ("ad_labelcategorytable_uu")
);
CREATE TABLE "label_printer" (
  "ad_client_id" integer,
  "ad_labelprinter_id" integer,
  "ad_labelprinter_uu" varchar(255),
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_labelprinter_id"),
  UNIQUE ("ad_labelprinter_uu")
);
CREATE TABLE "label_printer_function" (
  "ad_client_id" integer,
  "ad_labelprinterfunction_id" integer,
  "ad_labelprinterfunction_uu" varchar(255),
  "ad_labelprinter_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "functionprefix" varchar(255),
  "functionsuffix" varchar(255),
  "isactive" char(1),
  "isxyposition" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "xyseparator" varchar(255),
  PRIMARY KEY ("ad_labelprinterfunction_id"),
  UNIQUE ("ad_labelprinterfunction_uu")
);
CREATE TABLE "landed_cost" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_invoiceline_id" integer,
  "c_landedcost_id" integer,
  "c_landedcost_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "landedcostdistribution" varchar(255),
  "m_costelement_id" integer,
  "m_inoutline_id" integer,
  "m_inout_id" integer,
  "m_product_id" integer,
  "processing" char(1),
  "qty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_landedcost_id"),
  UNIQUE ("c_landedcost_uu")
);
CREATE TABLE "landed_cost_allocation" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "amt" numeric,
  "base" numeric,
  "c_invoiceline_id" integer,
  "c_landedcostallocation_id" integer,
  "c_landedcostallocation_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "m_attributesetinstance_id" integer,
  "m_costelement_id" integer,
  "m_inoutline_id" integer,
  "m_product_id" integer,
  "qty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_landedcostallocation_id"),
  UNIQUE ("c_landedcostallocation_uu")
);
CREATE TABLE "language" (
  "ad_client_id" integer,
  "ad_language" varchar(255),
  "ad_language_id" integer,
  "ad_language_uu" varchar(255),
  "ad_org_id" integer,
  "ad_printpaper_id" integer,
  "countrycode" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "datepattern" varchar(255),
  "isactive" char(1),
  "isbaselanguage" char(1),
  "isdecimalpoint" char(1),
  "isloginlocale" char(1),
  "issystemlanguage" char(1),
  "languageiso" varchar(255),
  "name" varchar(255),
  "printname" varchar(255),
  "processing" char(1),
  "timepattern" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_language_id"),
  UNIQUE ("ad_language_uu")
);
CREATE TABLE "ldap_access" (
  "ad_client_id" integer,
  "ad_ldapaccess_id" integer,
  "ad_ldapaccess_uu" varchar(255),
  "ad_ldapprocessor_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "iserror" char(1),
  "r_interestarea_id" integer,
  "summary" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_ldapaccess_id"),
  UNIQUE ("ad_ldapaccess_uu")
);
CREATE TABLE "ldap_processor" (
  "ad_client_id" integer,
  "ad_ldapprocessor_id" integer,
  "ad_ldapprocessor_uu" varchar(255),
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datelastrun" timestamp,
  "datenextrun" timestamp,
  "description" varchar(255),
  "isactive" char(1),
  "keeplogdays" integer,
  "ldapport" integer,
  "name" varchar(255),
  "processing" char(1),
  "supervisor_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_ldapprocessor_id"),
  UNIQUE ("ad_ldapprocessor_uu")
);
CREATE TABLE "ldap_processor_log" (
  "ad_client_id" integer,
  "ad_ldapprocessorlog_id" integer,
  "ad_ldapprocessorlog_uu" varchar(255),
  "ad_ldapprocessor_id" integer,
  "ad_org_id" integer,
  "binarydata" bytea,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "iserror" char(1),
  "reference" varchar(255),
  "summary" varchar(255),
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_ldapprocessorlog_id"),
  UNIQUE ("ad_ldapprocessorlog_uu")
);
CREATE TABLE "level" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "asp_level_id" integer,
  "asp_level_uu" varchar(255),
  "asp_module_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("asp_level_id"),
  UNIQUE ("asp_level_uu")
);
CREATE TABLE "list" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "hr_department_id" integer,
  "hr_employee_id" integer,
  "hr_listtype_id" integer,
  "hr_list_id" integer,
  "hr_list_uu" varchar(255),
  "hr_payroll_id" integer,
  "isactive" char(1),
  "isemployee" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "value" varchar(255),
  PRIMARY KEY ("hr_list_id"),
  UNIQUE ("hr_list_uu")
);
CREATE TABLE "list_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "col_1" numeric,
  "col_2" numeric,
  "col_3" numeric,
  "col_4" numeric,
  "col_5" numeric,
  "col_6" numeric,
  "col_7" numeric,
  "col_8" numeric,
  "created" timestamp,
  "createdby" integer,
  "hr_listline_id" integer,
  "hr_listline_uu" varchar(255),
  "hr_listversion_id" integer,
  "isactive" char(1),
  "maxvalue" numeric,
  "minvalue" numeric,
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("hr_listline_id"),
  UNIQUE ("hr_listline_uu")
);
CREATE TABLE "list_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "hr_listtype_id" integer,
  "hr_listtype_uu" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("hr_listtype_id"),
  UNIQUE ("hr_listtype_uu")
);
CREATE TABLE "list_version" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "hr_listbase_id" integer,
  "hr_listversion_id" integer,
  "hr_listversion_uu" varchar(255),
  "hr_list_id" integer,
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  PRIMARY KEY ("hr_listversion_id"),
  UNIQUE ("hr_listversion_uu")
);
CREATE TABLE "location" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "address1" varchar(255),
  "address2" varchar(255),
  "address3" varchar(255),
  "address4" varchar(255),
  "address5" varchar(255),
  "c_addressvalidation_id" integer,
  "c_city_id" integer,
  "c_country_id" integer,
  "c_location_id" integer,
  "c_location_uu" varchar(255),
  "c_region_id" integer,
  "city" varchar(255),
  "comments" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isvalid" char(1),
  "postal" varchar(255),
  "postal_add" varchar(255),
  "regionname" varchar(255),
  "result" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "validateaddress" varchar(255),
  PRIMARY KEY ("c_location_id"),
  UNIQUE ("c_location_uu")
);
CREATE TABLE "locator" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isdefault" char(1),
  "m_locatortype_id" integer,
  "m_locator_id" integer,
  "m_locator_uu" varchar(255),
  "m_warehouse_id" integer,
  "priorityno" integer,
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  "x" varchar(255),
  "y" varchar(255),
  "z" varchar(255),
  PRIMARY KEY ("m_locator_id"),
  UNIQUE ("m_locator_uu")
);
CREATE TABLE "locator_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isavailableforreplenishment" char(1),
  "isavailableforreservation" char(1),
  "isavailableforshipping" char(1),
  "m_locatortype_id" integer,
  "m_locatortype_uu" varchar(255),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_locatortype_id"),
  UNIQUE ("m_locatortype_uu")
);
CREATE TABLE "lot" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datefrom" timestamp,
  "dateto" timestamp,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "m_lotctl_id" integer,
  "m_lot_id" integer,
  "m_lot_uu" varchar(255),
  "m_product_id" integer,
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_lot_id"),
  UNIQUE ("m_lot_uu")
);
CREATE TABLE "lot_ctl" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "currentnext" integer,
  "description" varchar(255),
  "incrementno" integer,
  "isactive" char(1),
  "m_lotctl_id" integer,
  "m_lotctl_uu" varchar(255),
  "name" varchar(255),
  "prefix" varchar(255),
  "startno" integer,
  "suffix" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_lotctl_id"),
  UNIQUE ("m_lotctl_uu")
);
CREATE TABLE "lot_ctl_exclude" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "issotrx" char(1),
  "m_lotctlexclude_id" integer,
  "m_lotctlexclude_uu" varchar(255),
  "m_lotctl_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_lotctlexclude_id"),
  UNIQUE ("m_lotctlexclude_uu")
);
CREATE TABLE "m_attribute" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_reference_id" integer,
  "ad_reference_value_id" integer,
  "ad_val_rule_id" integer,
  "attributevaluetype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dateformat" varchar(255),
  "defaultvalue" varchar(255),
  "description" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "isinstanceattribute" char(1),
  "ismandatory" char(1),
  "m_attributesearch_id" integer,
  "m_attribute_id" integer,
  "m_attribute_uu" varchar(255),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_attribute_id"),
  UNIQUE ("m_attribute_uu")
);
CREATE TABLE "m_attribute_value" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "m_attributevalue_id" integer,
  "m_attributevalue_uu" varchar(255),
  "m_attribute_id" integer,
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("m_attributevalue_id"),
  UNIQUE ("m_attributevalue_uu")
);
CREATE TABLE "mail_text" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "ishtml" char(1),
  "mailheader" varchar(255),
  "mailtext" varchar(255),
  "mailtext2" varchar(255),
  "mailtext3" varchar(255),
  "name" varchar(255),
  "r_mailtext_id" integer,
  "r_mailtext_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("r_mailtext_id"),
  UNIQUE ("r_mailtext_uu")
);
CREATE TABLE "match_inv" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_invoiceline_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "datetrx" timestamp,
  "description" varchar(255),
  "documentno" varchar(255),
  "isactive" char(1),
  "m_attributesetinstance_id" integer,
  "m_inoutline_id" integer,
  "m_matchinv_id" integer,
  "m_matchinv_uu" varchar(255),
  "m_product_id" integer,
  "posted" char(1),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "qty" numeric,
  "ref_matchinv_id" integer,
  "reversal_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_matchinv_id"),
  UNIQUE ("m_matchinv_uu")
);
CREATE TABLE "match_po" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_invoiceline_id" integer,
  "c_orderline_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "datetrx" timestamp,
  "description" varchar(255),
  "documentno" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "m_attributesetinstance_id" integer,
  "m_inoutline_id" integer,
  "m_matchpo_id" integer,
  "m_matchpo_uu" varchar(255),
  "m_product_id" integer,
  "posted" char(1),
  "pricematchdifference" numeric,
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "qty" numeric,
  "ref_matchpo_id" integer,
  "reversal_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_matchpo_id"),
  UNIQUE ("m_matchpo_uu")
);
CREATE TABLE "measure" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_projecttype_id" integer,
  "calculationclass" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "manualactual" numeric,
  "manualnote" varchar(255),
  "measuredatatype" varchar(255),
  "measuretype" varchar(255),
  "name" varchar(255),
  "pa_benchmark_id" integer,
  "pa_hierarchy_id" integer,
  "pa_measurecalc_id" integer,
  "pa_measure_id" integer,
  "pa_measure_uu" varchar(255),
  "pa_ratio_id" integer,
  "r_requesttype_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pa_measure_id"),
  UNIQUE ("pa_measure_uu")
);
CREATE TABLE "measure_calc" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "bpartnercolumn" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "datecolumn" varchar(255),
  "description" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "keycolumn" varchar(255),
  "name" varchar(255),
  "orgcolumn" varchar(255),
  "pa_measurecalc_id" integer,
  "pa_measurecalc_uu" varchar(255),
  "productcolumn" varchar(255),
  "selectclause" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "whereclause" varchar(255),
  PRIMARY KEY ("pa_measurecalc_id"),
  UNIQUE ("pa_measurecalc_uu")
);
CREATE TABLE "menu" (
  "ad_client_id" integer,
  "ad_form_id" integer,
  "ad_infowindow_id" integer,
  "ad_menu_id" integer,
  "ad_menu_uu" varchar(255),
  "ad_org_id" integer,
  "ad_process_id" integer,
  "ad_task_id" integer,
  "ad_window_id" integer,
  "ad_workflow_id" integer,
  "action" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "iscentrallymaintained" char(1),
  "isreadonly" char(1),
  "issotrx" char(1),
  "issummary" char(1),
  "name" varchar(255),
  "predefinedcontextvariables" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_menu_id"),
  UNIQUE ("ad_menu_uu")
);
CREATE TABLE "message" (
  "ad_client_id" integer,
  "ad_message_id" integer,
  "ad_message_uu" varchar(255),
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "entitytype" varchar(255),
  "isactive" char(1),
  "msgtext" varchar(255),
  "msgtip" varchar(255),
  "msgtype" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("ad_message_id"),
  UNIQUE ("ad_message_uu")
);
CREATE TABLE "method" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "expireinminutes" integer,
  "help" varchar(255),
  "isactive" char(1),
  "mfaallowedtimediscrepancy" integer,
  "mfaissuer" varchar(255),
  "mfatimeprovider" varchar(255),
  "mfatimeserver" varchar(255),
  "mfatype" varchar(255),
  "mfa_elementprm_id" integer,
  "mfa_method_id" integer,
  "mfa_method_uu" varchar(255),
  "method" varchar(255),
  "name" varchar(255),
  "r_mailtext_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("mfa_method_id"),
  UNIQUE ("mfa_method_uu")
);
CREATE TABLE "mfa_registration" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "expiration" timestamp,
  "failedlogincount" integer,
  "help" varchar(255),
  "isactive" char(1),
  "isusermfapreferred" char(1),
  "isvalid" char(1),
  "lastfailure" timestamp,
  "lastsuccess" timestamp,
  "mfalastsecret" varchar(255),
  "mfasecret" varchar(255),
  "mfaunregisteredat" timestamp,
  "mfavalidatedat" timestamp,
  "mfa_method_id" integer,
  "mfa_registration_id" integer,
  "mfa_registration_uu" varchar(255),
  "name" varchar(255),
  "parametervalue" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("mfa_registration_id"),
  UNIQUE ("mfa_registration_uu")
);
CREATE TABLE "mfa_rule" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "help" varchar(255),
  "isactive" char(1),
  "mfa_method_id" integer,
  "mfa_rule_id" integer,
  "mfa_rule_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("mfa_rule_id"),
  UNIQUE ("mfa_rule_uu")
);
CREATE TABLE "migration_script" (
  "ad_client_id" integer,
  "ad_migrationscript_id" integer,
  "ad_migrationscript_uu" varchar(255),
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "developername" varchar(255),
  "filename" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "projectname" varchar(255),
  "reference" varchar(255),
  "releaseno" varchar(255),
  "script" bytea,
  "scriptroll" varchar(255),
  "status" varchar(255),
  "url" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "isapply" varchar(255),
  PRIMARY KEY ("ad_migrationscript_id"),
  UNIQUE ("ad_migrationscript_uu")
);
CREATE TABLE "model_generator_template" (
  "ad_client_id" integer,
  "ad_modelgeneratortemplate_id" integer,
  "ad_modelgeneratortemplate_uu" varchar(255),
  "ad_org_id" integer,
  "columnentitytype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "folder" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "packagename" varchar(255),
  "tableentitytype" varchar(255),
  "tablename" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_modelgeneratortemplate_id"),
  UNIQUE ("ad_modelgeneratortemplate_uu")
);
CREATE TABLE "model_validator" (
  "ad_client_id" integer,
  "ad_modelvalidator_id" integer,
  "ad_modelvalidator_uu" varchar(255),
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "modelvalidationclass" varchar(255),
  "name" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_modelvalidator_id"),
  UNIQUE ("ad_modelvalidator_uu")
);
CREATE TABLE "modification" (
  "ad_client_id" integer,
  "ad_modification_id" integer,
  "ad_modification_uu" varchar(255),
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  "version" varchar(255),
  PRIMARY KEY ("ad_modification_id"),
  UNIQUE ("ad_modification_uu")
);
CREATE TABLE "module" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "asp_module_id" integer,
  "asp_module_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("asp_module_id"),
  UNIQUE ("asp_module_uu")
);
CREATE TABLE "movement" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "approvalamt" numeric,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_campaign_id" integer,
  "c_charge_id" integer,
  "c_costcenter_id" integer,
  "c_department_id" integer,
  "c_doctype_id" integer,
  "c_project_id" integer,
  "chargeamt" numeric,
  "createfrom" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dd_order_id" integer,
  "datereceived" timestamp,
  "deliveryrule" varchar(255),
  "deliveryviarule" varchar(255),
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "freightamt" numeric,
  "freightcostrule" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "isintransit" char(1),
  "m_movement_id" integer,
  "m_movement_uu" varchar(255),
  "m_shipper_id" integer,
  "m_warehouseto_id" integer,
  "m_warehouse_id" integer,
  "movementdate" timestamp,
  "poreference" varchar(255),
  "posted" char(1),
  "priorityrule" varchar(255),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "reversal_id" integer,
  "salesrep_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  PRIMARY KEY ("m_movement_id"),
  UNIQUE ("m_movement_uu")
);
CREATE TABLE "movement_confirm" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "approvalamt" numeric,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "m_inventory_id" integer,
  "m_movementconfirm_id" integer,
  "m_movementconfirm_uu" varchar(255),
  "m_movement_id" integer,
  "processed" char(1),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_movementconfirm_id"),
  UNIQUE ("m_movementconfirm_uu")
);
CREATE TABLE "movement_import" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "bpartnervalue" varchar(255),
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_doctype_id" integer,
  "c_project_id" integer,
  "campaignvalue" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "deliveryrule" varchar(255),
  "deliveryviarule" varchar(255),
  "doctypename" varchar(255),
  "documentno" varchar(255),
  "freightcostrule" varchar(255),
  "i_errormsg" varchar(255),
  "i_isimported" char(1),
  "i_movement_id" integer,
  "i_movement_uu" varchar(255),
  "isactive" char(1),
  "locatortovalue" varchar(255),
  "locatorvalue" varchar(255),
  "m_locatorto_id" integer,
  "m_locator_id" integer,
  "m_movementline_id" integer,
  "m_movement_id" integer,
  "m_product_id" integer,
  "m_shipper_id" integer,
  "movementdate" timestamp,
  "movementqty" numeric,
  "orgtrxvalue" varchar(255),
  "orgvalue" varchar(255),
  "priorityrule" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "productvalue" varchar(255),
  "projectvalue" varchar(255),
  "shippername" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" varchar(255),
  "user2_id" varchar(255),
  PRIMARY KEY ("i_movement_id"),
  UNIQUE ("i_movement_uu")
);
CREATE TABLE "movement_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_costcenter_id" integer,
  "c_department_id" integer,
  "c_uom_id" integer,
  "confirmedqty" numeric,
  "created" timestamp,
  "createdby" integer,
  "dd_orderline_id" integer,
  "description" varchar(255),
  "isactive" char(1),
  "line" integer,
  "m_attributesetinstanceto_id" integer,
  "m_attributesetinstance_id" integer,
  "m_locatorto_id" integer,
  "m_locator_id" integer,
  "m_movementline_id" integer,
  "m_movementline_uu" varchar(255),
  "m_movement_id" integer,
  "m_product_id" integer,
  "movementqty" numeric,
  "processed" char(1),
  "qtyentered" numeric,
  "reversalline_id" integer,
  "scrappedqty" numeric,
  "targetqty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("m_movementline_id"),
  UNIQUE ("m_movementline_uu")
);
CREATE TABLE "movement_line_confirm" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "confirmedqty" numeric,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "differenceqty" numeric,
  "isactive" char(1),
  "m_inventoryline_id" integer,
  "m_movementconfirm_id" integer,
  "m_movementlineconfirm_id" integer,
  "m_movementlineconfirm_uu" varchar(255),
  "m_movementline_id" integer,
  "processed" char(1),
  "scrappedqty" numeric,
  "targetqty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_movementlineconfirm_id"),
  UNIQUE ("m_movementlineconfirm_uu")
);
CREATE TABLE "movement_line_ma" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datematerialpolicy" timestamp,
  "isactive" char(1),
  "isautogenerated" char(1),
  "m_attributesetinstance_id" integer,
  "m_movementlinema_uu" varchar(255),
  "m_movementline_id" integer,
  "movementqty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("m_movementlinema_uu")
);
CREATE TABLE "mrp" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bpartner_id" integer,
  "c_orderline_id" integer,
  "c_order_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dd_orderline_id" integer,
  "dd_order_id" integer,
  "dateconfirm" timestamp,
  "datefinishschedule" timestamp,
  "dateordered" timestamp,
  "datepromised" timestamp,
  "datesimulation" timestamp,
  "datestart" timestamp,
  "datestartschedule" timestamp,
  "description" varchar(255),
  "docstatus" varchar(255),
  "isactive" char(1),
  "isavailable" char(1),
  "m_forecastline_id" integer,
  "m_forecast_id" integer,
  "m_product_id" integer,
  "m_requisitionline_id" integer,
  "m_requisition_id" integer,
  "m_warehouse_id" integer,
  "name" varchar(255),
  "ordertype" varchar(255),
  "pp_mrp_id" integer,
  "pp_mrp_uu" varchar(255),
  "pp_order_bomline_id" integer,
  "pp_order_id" integer,
  "planner_id" integer,
  "priority" varchar(255),
  "qty" numeric,
  "s_resource_id" integer,
  "typemrp" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  "version" numeric,
  PRIMARY KEY ("pp_mrp_id"),
  UNIQUE ("pp_mrp_uu")
);
CREATE TABLE "mrp_crp" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_pinstance_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "seqno" integer,
  "t_mrp_crp_id" integer,
  "t_mrp_crp_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("t_mrp_crp_id"),
  UNIQUE ("t_mrp_crp_uu")
);
CREATE TABLE "network_distribution" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "copyfrom" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dd_networkdistribution_id" integer,
  "dd_networkdistribution_uu" varchar(255),
  "description" varchar(255),
  "documentno" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "m_changenotice_id" integer,
  "name" varchar(255),
  "processing" char(1),
  "revision" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  "value" varchar(255),
  PRIMARY KEY ("dd_networkdistribution_id"),
  UNIQUE ("dd_networkdistribution_uu")
);
CREATE TABLE "network_distribution_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dd_networkdistributionline_id" integer,
  "dd_networkdistributionline_uu" varchar(255),
  "dd_networkdistribution_id" integer,
  "isactive" char(1),
  "m_shipper_id" integer,
  "m_warehousesource_id" integer,
  "m_warehouse_id" integer,
  "percent" numeric,
  "priorityno" integer,
  "transferttime" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  PRIMARY KEY ("dd_networkdistributionline_id"),
  UNIQUE ("dd_networkdistributionline_uu")
);
CREATE TABLE "non_business_day" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_calendar_id" integer,
  "c_country_id" integer,
  "c_nonbusinessday_id" integer,
  "c_nonbusinessday_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "date1" timestamp,
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_nonbusinessday_id"),
  UNIQUE ("c_nonbusinessday_uu")
);
CREATE TABLE "note" (
  "ad_broadcastmessage_id" integer,
  "ad_client_id" integer,
  "ad_message_id" integer,
  "ad_note_id" integer,
  "ad_note_uu" varchar(255),
  "ad_org_id" integer,
  "ad_table_id" integer,
  "ad_user_id" integer,
  "ad_wf_activity_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "processed" char(1),
  "processing" char(1),
  "record_id" integer,
  "reference" varchar(255),
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_note_id"),
  UNIQUE ("ad_note_uu")
);
CREATE TABLE "offer" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "b_offer_id" integer,
  "b_offer_uu" varchar(255),
  "b_sellerfunds_id" integer,
  "b_topic_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "iswillingtocommit" char(1),
  "name" varchar(255),
  "privatenote" varchar(255),
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("b_offer_id"),
  UNIQUE ("b_offer_uu")
);
CREATE TABLE "online_trx_history" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "c_onlinetrxhistory_id" integer,
  "c_onlinetrxhistory_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "iserror" char(1),
  "processed" char(1),
  "record_id" integer,
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_onlinetrxhistory_id"),
  UNIQUE ("c_onlinetrxhistory_uu")
);
CREATE TABLE "operation_resource" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_asset_id" integer,
  "c_job_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "m_operationresource_id" integer,
  "m_operationresource_uu" varchar(255),
  "m_productoperation_id" integer,
  "name" varchar(255),
  "setuptime" numeric,
  "teardowntime" numeric,
  "unitruntime" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_operationresource_id"),
  UNIQUE ("m_operationresource_uu")
);
CREATE TABLE "opportunity" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_currency_id" integer,
  "c_opportunity_id" integer,
  "c_opportunity_uu" varchar(255),
  "c_order_id" integer,
  "c_salespipeline_id" integer,
  "c_salesstage_id" integer,
  "closedate" timestamp,
  "comments" varchar(255),
  "cost" numeric,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "documentno" varchar(255),
  "expectedclosedate" timestamp,
  "isactive" char(1),
  "opportunityamt" numeric,
  "probability" numeric,
  "salesrep_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  "weightedamt" numeric,
  PRIMARY KEY ("c_opportunity_id"),
  UNIQUE ("c_opportunity_uu")
);
CREATE TABLE "order" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "amountrefunded" numeric,
  "amounttendered" numeric,
  "bill_bpartner_id" integer,
  "bill_location_id" integer,
  "bill_user_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_campaign_id" integer,
  "c_cashline_id" integer,
  "c_cashplanline_id" integer,
  "c_charge_id" integer,
  "c_conversiontype_id" integer,
  "c_costcenter_id" integer,
  "c_currency_id" integer,
  "c_department_id" integer,
  "c_doctypetarget_id" integer,
  "c_doctype_id" integer,
  "c_opportunity_id" integer,
  "c_ordersource_id" integer,
  "c_order_id" integer,
  "c_order_uu" varchar(255),
  "c_pos_id" integer,
  "c_paymentterm_id" integer,
  "c_payment_id" integer,
  "c_project_id" integer,
  "chargeamt" numeric,
  "copyfrom" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "dateordered" timestamp,
  "dateprinted" timestamp,
  "datepromised" timestamp,
  "deliveryrule" varchar(255),
  "deliveryviarule" varchar(255),
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "dropship_bpartner_id" integer,
  "dropship_location_id" integer,
  "dropship_user_id" integer,
  "freightamt" numeric,
  "freightcostrule" varchar(255),
  "grandtotal" numeric,
  "invoicerule" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "iscreditapproved" char(1),
  "isdelivered" char(1),
  "isdiscountprinted" char(1),
  "isdropship" char(1),
  "isinvoiced" char(1),
  "ispayschedulevalid" char(1),
  "isprinted" char(1),
  "ispriviledgedrate" char(1),
  "issotrx" char(1),
  "isselected" char(1),
  "isselfservice" char(1),
  "istaxincluded" char(1),
  "istransferred" char(1),
  "link_order_id" integer,
  "m_freightcategory_id" integer,
  "m_pricelist_id" integer,
  "m_shipper_id" integer,
  "m_warehouse_id" integer,
  "poreference" varchar(255),
  "pay_bpartner_id" integer,
  "pay_location_id" integer,
  "paymentrule" varchar(255),
  "posted" char(1),
  "priorityrule" varchar(255),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "promotioncode" varchar(255),
  "quotationorder_id" integer,
  "ref_order_id" integer,
  "salesrep_id" integer,
  "sendemail" char(1),
  "shippingrateinquiry" varchar(255),
  "totallines" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  "volume" numeric,
  "weight" numeric,
  PRIMARY KEY ("c_order_id"),
  UNIQUE ("c_order_uu")
);
CREATE TABLE "order_bom" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "bomtype" varchar(255),
  "bomuse" varchar(255),
  "c_uom_id" integer,
  "copyfrom" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "documentno" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "m_attributesetinstance_id" integer,
  "m_changenotice_id" integer,
  "m_product_id" integer,
  "name" varchar(255),
  "pp_order_bom_id" integer,
  "pp_order_bom_uu" varchar(255),
  "pp_order_id" integer,
  "processing" char(1),
  "revision" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  "value" varchar(255),
  PRIMARY KEY ("pp_order_bom_id"),
  UNIQUE ("pp_order_bom_uu")
);
CREATE TABLE "order_bom_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "assay" numeric,
  "backflushgroup" varchar(255),
  "c_uom_id" integer,
  "componenttype" varchar(255),
  "costallocationperc" numeric,
  "created" timestamp,
  "createdby" integer,
  "datedelivered" timestamp,
  "description" varchar(255),
  "feature" varchar(255),
  "forecast" numeric,
  "help" varchar(255),
  "isactive" char(1),
  "iscritical" char(1),
  "isqtypercentage" char(1),
  "issuemethod" varchar(255),
  "leadtimeoffset" integer,
  "line" integer,
  "m_attributesetinstance_id" integer,
  "m_changenotice_id" integer,
  "m_locator_id" integer,
  "m_product_id" integer,
  "m_warehouse_id" integer,
  "pp_order_bomline_id" integer,
  "pp_order_bomline_uu" varchar(255),
  "pp_order_bom_id" integer,
  "pp_order_id" integer,
  "qtybom" numeric,
  "qtybatch" numeric,
  "qtydelivered" numeric,
  "qtyentered" numeric,
  "qtypost" numeric,
  "qtyreject" numeric,
  "qtyrequiered" numeric,
  "qtyreserved" numeric,
  "qtyscrap" numeric,
  "scrap" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  PRIMARY KEY ("pp_order_bomline_id"),
  UNIQUE ("pp_order_bomline_uu")
);
CREATE TABLE "order_cost" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_workflow_id" integer,
  "c_acctschema_id" integer,
  "costingmethod" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "cumulatedamt" numeric,
  "cumulatedamtpost" numeric,
  "cumulatedqty" numeric,
  "cumulatedqtypost" numeric,
  "currentcostprice" numeric,
  "currentcostpricell" numeric,
  "currentqty" numeric,
  "isactive" char(1),
  "m_attributesetinstance_id" integer,
  "m_costelement_id" integer,
  "m_costtype_id" integer,
  "m_product_id" integer,
  "pp_order_cost_id" integer,
  "pp_order_cost_uu" varchar(255),
  "pp_order_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pp_order_cost_id"),
  UNIQUE ("pp_order_cost_uu")
);
CREATE TABLE "order_import" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "address1" varchar(255),
  "address2" varchar(255),
  "bpartnervalue" varchar(255),
  "billto_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_campaign_id" integer,
  "c_charge_id" integer,
  "c_country_id" integer,
  "c_currency_id" integer,
  "c_doctype_id" integer,
  "c_location_id" integer,
  "c_orderline_id" integer,
  "c_ordersourcevalue" varchar(255),
  "c_ordersource_id" integer,
  "c_order_id" integer,
  "c_paymentterm_id" integer,
  "c_project_id" integer,
  "c_region_id" integer,
  "c_tax_id" integer,
  "c_uom_id" integer,
  "chargename" varchar(255),
  "city" varchar(255),
  "contactname" varchar(255),
  "countrycode" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "dateordered" timestamp,
  "deliveryrule" varchar(255),
  "description" varchar(255),
  "doctypename" varchar(255),
  "documentno" varchar(255),
  "email" varchar(255),
  "freightamt" numeric,
  "i_errormsg" varchar(255),
  "i_isimported" char(1),
  "i_order_id" integer,
  "i_order_uu" varchar(255),
  "isactive" char(1),
  "issotrx" char(1),
  "linedescription" varchar(255),
  "m_pricelist_id" integer,
  "m_product_id" integer,
  "m_shipper_id" integer,
  "m_warehouse_id" integer,
  "name" varchar(255),
  "paymenttermvalue" varchar(255),
  "phone" varchar(255),
  "postal" varchar(255),
  "priceactual" numeric,
  "processed" char(1),
  "processing" char(1),
  "productvalue" varchar(255),
  "qtyordered" numeric,
  "regionname" varchar(255),
  "sku" varchar(255),
  "salesrep_id" integer,
  "taxamt" numeric,
  "taxindicator" varchar(255),
  "upc" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("i_order_id"),
  UNIQUE ("i_order_uu")
);
CREATE TABLE "order_landed_cost" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "amt" numeric,
  "c_orderlandedcost_id" integer,
  "c_orderlandedcost_uu" varchar(255),
  "c_order_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "landedcostdistribution" varchar(255),
  "m_costelement_id" integer,
  "processed" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_orderlandedcost_id"),
  UNIQUE ("c_orderlandedcost_uu")
);
CREATE TABLE "order_landed_cost_allocation" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "amt" numeric,
  "base" numeric,
  "c_orderlandedcostallocation_id" integer,
  "c_orderlandedcostallocation_uu" varchar(255),
  "c_orderlandedcost_id" integer,
  "c_orderline_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "processed" char(1),
  "qty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_orderlandedcostallocation_id"),
  UNIQUE ("c_orderlandedcostallocation_uu")
);
CREATE TABLE "order_line" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_campaign_id" integer,
  "c_charge_id" integer,
  "c_costcenter_id" integer,
  "c_currency_id" integer,
  "c_department_id" integer,
  "c_orderline_id" integer,
  "c_orderline_uu" varchar(255),
  "c_order_id" integer,
  "c_projectphase_id" integer,
  "c_projecttask_id" integer,
  "c_project_id" integer,
  "c_tax_id" integer,
  "c_uom_id" integer,
  "createproduction" varchar(255),
  "createshipment" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "datedelivered" timestamp,
  "dateinvoiced" timestamp,
  "dateordered" timestamp,
  "datepromised" timestamp,
  "description" varchar(255),
  "discount" numeric,
  "freightamt" numeric,
  "isactive" char(1),
  "isdescription" varchar(255),
  "line" integer,
  "linenetamt" numeric,
  "link_orderline_id" integer,
  "m_attributesetinstance_id" integer,
  "m_product_id" integer,
  "m_shipper_id" integer,
  "m_warehouse_id" integer,
  "pp_cost_collector_id" integer,
  "priceactual" numeric,
  "pricecost" numeric,
  "priceentered" numeric,
  "pricelimit" numeric,
  "pricelist" numeric,
  "processed" char(1),
  "qtydelivered" numeric,
  "qtyentered" numeric,
  "qtyinvoiced" numeric,
  "qtylostsales" numeric,
  "qtyordered" numeric,
  "qtyreserved" numeric,
  "rramt" numeric,
  "rrstartdate" timestamp,
  "ref_orderline_id" integer,
  "s_resourceassignment_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  PRIMARY KEY ("c_orderline_id"),
  UNIQUE ("c_orderline_uu")
);
CREATE TABLE "order_node" (
  "ad_client_id" integer,
  "ad_column_id" integer,
  "ad_form_id" integer,
  "ad_image_id" integer,
  "ad_org_id" integer,
  "ad_process_id" integer,
  "ad_task_id" integer,
  "ad_wf_block_id" integer,
  "ad_wf_node_id" integer,
  "ad_wf_responsible_id" integer,
  "ad_window_id" integer,
  "ad_workflow_id" integer,
  "action" varchar(255),
  "attributename" varchar(255),
  "attributevalue" varchar(255),
  "c_bpartner_id" integer,
  "cost" numeric,
  "created" timestamp,
  "createdby" integer,
  "datefinish" timestamp,
  "datefinishschedule" timestamp,
  "datestart" timestamp,
  "datestartschedule" timestamp,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "duration" integer,
  "durationreal" integer,
  "durationrequiered" integer,
  "entitytype" varchar(255),
  "finishmode" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "iscentrallymaintained" char(1),
  "ismilestone" char(1),
  "issubcontracting" char(1),
  "joinelement" varchar(255),
  "limit" integer,
  "movingtime" integer,
  "name" varchar(255),
  "overlapunits" integer,
  "pp_order_id" integer,
  "pp_order_node_id" integer,
  "pp_order_node_uu" varchar(255),
  "pp_order_workflow_id" integer,
  "priority" integer,
  "qtydelivered" numeric,
  "qtyreject" numeric,
  "qtyrequiered" numeric,
  "qtyscrap" numeric,
  "queuingtime" integer,
  "s_resource_id" integer,
  "setuptime" integer,
  "setuptimereal" integer,
  "setuptimerequiered" integer,
  "splitelement" varchar(255),
  "startmode" varchar(255),
  "subflowexecution" varchar(255),
  "unitscycles" integer,
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  "value" varchar(255),
  "waitingtime" integer,
  "workflow_id" integer,
  "workingtime" integer,
  "xposition" integer,
  "yposition" integer,
  "yield" integer,
  PRIMARY KEY ("pp_order_node_id"),
  UNIQUE ("pp_order_node_uu")
);
CREATE TABLE "order_node_asset" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_asset_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "pp_order_id" integer,
  "pp_order_node_asset_id" integer,
  "pp_order_node_asset_uu" varchar(255),
  "pp_order_node_id" integer,
  "pp_order_workflow_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pp_order_node_asset_id"),
  UNIQUE ("pp_order_node_asset_uu")
);
CREATE TABLE "order_node_next" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_wf_next_id" integer,
  "ad_wf_node_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "isstduserworkflow" char(1),
  "pp_order_id" integer,
  "pp_order_next_id" integer,
  "pp_order_nodenext_id" integer,
  "pp_order_nodenext_uu" varchar(255),
  "pp_order_node_id" integer,
  "seqno" integer,
  "transitioncode" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pp_order_nodenext_id"),
  UNIQUE ("pp_order_nodenext_uu")
);
CREATE TABLE "order_node_product" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "issubcontracting" char(1),
  "m_product_id" integer,
  "pp_order_id" integer,
  "pp_order_node_id" integer,
  "pp_order_node_product_id" integer,
  "pp_order_node_product_uu" varchar(255),
  "pp_order_workflow_id" integer,
  "qty" numeric,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pp_order_node_product_id"),
  UNIQUE ("pp_order_node_product_uu")
);
CREATE TABLE "order_pay_schedule" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_orderpayschedule_id" integer,
  "c_orderpayschedule_uu" varchar(255),
  "c_order_id" integer,
  "c_payschedule_id" integer,
  "created" timestamp,
  "createdby" integer,
  "discountamt" numeric,
  "discountdate" timestamp,
  "dueamt" numeric,
  "duedate" timestamp,
  "isactive" char(1),
  "isvalid" char(1),
  "processed" char(1),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_orderpayschedule_id"),
  UNIQUE ("c_orderpayschedule_uu")
);
CREATE TABLE "order_source" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_ordersource_id" integer,
  "c_ordersource_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_ordersource_id"),
  UNIQUE ("c_ordersource_uu")
);
CREATE TABLE "order_tax" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_ordertax_uu" varchar(255),
  "c_order_id" integer,
  "c_taxprovider_id" integer,
  "c_tax_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "istaxincluded" char(1),
  "processed" char(1),
  "taxamt" numeric,
  "taxbaseamt" numeric,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("c_ordertax_uu")
);
CREATE TABLE "order_workflow" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "ad_wf_node_id" integer,
  "ad_wf_responsible_id" integer,
  "ad_workflowprocessor_id" integer,
  "ad_workflow_id" integer,
  "accesslevel" varchar(255),
  "author" varchar(255),
  "cost" numeric,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "documentno" varchar(255),
  "duration" integer,
  "durationunit" varchar(255),
  "entitytype" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "limit" integer,
  "movingtime" integer,
  "name" varchar(255),
  "overlapunits" numeric,
  "pp_order_id" integer,
  "pp_order_node_id" integer,
  "pp_order_workflow_id" integer,
  "pp_order_workflow_uu" varchar(255),
  "priority" integer,
  "processtype" varchar(255),
  "publishstatus" varchar(255),
  "qtybatchsize" numeric,
  "queuingtime" integer,
  "s_resource_id" integer,
  "setuptime" integer,
  "unitscycles" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  "validateworkflow" varchar(255),
  "value" varchar(255),
  "version" integer,
  "waitingtime" integer,
  "workflowtype" varchar(255),
  "workingtime" integer,
  "yield" integer,
  PRIMARY KEY ("pp_order_workflow_id"),
  UNIQUE ("pp_order_workflow_uu")
);
CREATE TABLE "org" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_org_uu" varchar(255),
  "ad_replicationstrategy_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "issummary" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("ad_org_id"),
  UNIQUE ("ad_org_uu")
);
CREATE TABLE "org_assignment" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "c_orgassignment_id" integer,
  "c_orgassignment_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  PRIMARY KEY ("c_orgassignment_id"),
  UNIQUE ("c_orgassignment_uu")
);
CREATE TABLE "org_info" (
  "ad_client_id" integer,
  "ad_orginfo_uu" varchar(255),
  "ad_orgtype_id" integer,
  "ad_org_id" integer,
  "c_calendar_id" integer,
  "c_location_id" integer,
  "created" timestamp,
  "createdby" integer,
  "duns" varchar(255),
  "dropship_warehouse_id" integer,
  "email" varchar(255),
  "fax" varchar(255),
  "isactive" char(1),
  "logo_id" integer,
  "m_warehouse_id" integer,
  "parent_org_id" integer,
  "phone" varchar(255),
  "phone2" varchar(255),
  "receiptfootermsg" varchar(255),
  "supervisor_id" integer,
  "taxid" varchar(255),
  "timezone" varchar(255),
  "transferbank_id" integer,
  "transfercashbook_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_orginfo_uu")
);
CREATE TABLE "org_type" (
  "ad_client_id" integer,
  "ad_orgtype_id" integer,
  "ad_orgtype_uu" varchar(255),
  "ad_org_id" integer,
  "ad_printcolor_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_orgtype_id"),
  UNIQUE ("ad_orgtype_uu")
);
CREATE TABLE "p_instance" (
  "ad_client_id" integer,
  "ad_language_id" integer,
  "ad_org_id" integer,
  "ad_pinstance_id" integer,
  "ad_pinstance_uu" varchar(255),
  "ad_printformat_id" integer,
  "ad_process_id" integer,
  "ad_session_id" integer,
  "ad_table_id" integer,
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "errormsg" varchar(255),
  "externaltraceid" varchar(255),
  "isactive" char(1),
  "isprocessing" char(1),
  "isrunasjob" char(1),
  "issummary" char(1),
  "jsondata" varchar(255),
  "name" varchar(255),
  "notificationtype" varchar(255),
  "record_id" integer,
  "record_uu" varchar(255),
  "reporttype" varchar(255),
  "result" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_pinstance_id"),
  UNIQUE ("ad_pinstance_uu")
);
CREATE TABLE "p_instance_log" (
  "ad_pinstance_id" integer,
  "ad_pinstance_log_uu" varchar(255),
  "ad_table_id" integer,
  "jsondata" varchar(255),
  "log_id" integer,
  "pinstancelogtype" varchar(255),
  "p_date" timestamp,
  "p_id" integer,
  "p_msg" varchar(255),
  "p_number" numeric,
  "record_id" integer,
  UNIQUE ("ad_pinstance_log_uu")
);
CREATE TABLE "p_instance_para" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_pinstance_id" integer,
  "ad_pinstance_para_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "info" varchar(255),
  "info_to" varchar(255),
  "isactive" char(1),
  "isnotclause" char(1),
  "p_date" timestamp,
  "p_date_to" timestamp,
  "p_number" numeric,
  "p_number_to" numeric,
  "p_string" varchar(255),
  "p_string_to" varchar(255),
  "parametername" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_pinstance_para_uu")
);
CREATE TABLE "package" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "boxcount" integer,
  "c_bp_shippingacct_id" integer,
  "c_bpartner_location_id" integer,
  "c_currency_id" integer,
  "c_uom_length_id" integer,
  "c_uom_weight_id" integer,
  "cashondelivery" char(1),
  "created" timestamp,
  "createdby" integer,
  "datereceived" timestamp,
  "deliveryconfirmation" char(1),
  "deliveryconfirmationtype" varchar(255),
  "description" varchar(255),
  "documentno" varchar(255),
  "dothazardclassordivision" varchar(255),
  "dryiceweight" numeric,
  "dutiesshipperaccount" varchar(255),
  "estimatedweight" numeric,
  "fob" varchar(255),
  "freightcharges" varchar(255),
  "handlingcharge" numeric,
  "height" numeric,
  "holdaddress_id" integer,
  "homedeliverypremiumdate" timestamp,
  "homedeliverypremiumphone" varchar(255),
  "homedeliverypremiumtype" varchar(255),
  "insurance" varchar(255),
  "insuredamount" numeric,
  "isaccessible" char(1),
  "isactive" char(1),
  "isaddedhandling" char(1),
  "iscargoaircraftonly" char(1),
  "isdryice" char(1),
  "isdutiable" char(1),
  "isfuturedayshipment" char(1),
  "ishazmat" char(1),
  "isholdatlocation" char(1),
  "isignorezipnotfound" char(1),
  "isignorezipstatenotmatch" char(1),
  "isresidential" char(1),
  "issaturdaydelivery" char(1),
  "issaturdaypickup" char(1),
  "isverbalconfirmation" char(1),
  "labelprint" varchar(255),
  "latestpickuptime" timestamp,
  "length" numeric,
  "m_inout_id" integer,
  "m_package_id" integer,
  "m_package_uu" varchar(255),
  "m_shipperlabels_id" integer,
  "m_shipperpackaging_id" integer,
  "m_shipperpickuptypes_id" integer,
  "m_shipper_id" integer,
  "m_shippingprocessor_id" integer,
  "notificationmessage" varchar(255),
  "notificationtype" varchar(255),
  "oprocessing" varchar(255),
  "paymentrule" varchar(255),
  "price" numeric,
  "priceactual" numeric,
  "processed" char(1),
  "rateinquirymessage" varchar(255),
  "receivedinfo" varchar(255),
  "shipdate" timestamp,
  "shipperaccount" varchar(255),
  "shippingrateinquiry" varchar(255),
  "shippingrespmessage" varchar(255),
  "surcharges" numeric,
  "totalprice" numeric,
  "trackinginfo" varchar(255),
  "trackingno" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "voidit" varchar(255),
  "weight" numeric,
  "width" numeric,
  PRIMARY KEY ("m_package_id"),
  UNIQUE ("m_package_uu")
);
CREATE TABLE "package_exp" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_package_exp_id" integer,
  "ad_package_exp_uu" varchar(255),
  "ad_package_type" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "datefrom" timestamp,
  "description" varchar(255),
  "email" varchar(255),
  "file_directory" varchar(255),
  "instructions" varchar(255),
  "isactive" char(1),
  "isexportdictionaryentity" char(1),
  "isincludeorganizationid" char(1),
  "name" varchar(255),
  "pk_version" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "releaseno" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "username" varchar(255),
  "version" varchar(255),
  PRIMARY KEY ("ad_package_exp_id"),
  UNIQUE ("ad_package_exp_uu")
);
CREATE TABLE "package_exp_detail" (
  "ad_client_id" integer,
  "ad_entitytype_id" integer,
  "ad_form_id" integer,
  "ad_impformat_id" integer,
  "ad_infowindow_id" integer,
  "ad_menu_id" integer,
  "ad_message_id" integer,
  "ad_modelvalidator_id" integer,
  "ad_org_id" integer,
  "ad_package_code_new" varchar(255),
  "ad_package_code_old" varchar(255),
  "ad_package_exp_detail_id" integer,
  "ad_package_exp_detail_uu" varchar(255),
  "ad_package_exp_id" integer,
  "ad_printformat_id" integer,
  "ad_process_id" integer,
  "ad_reference_id" integer,
  "ad_reportview_id" integer,
  "ad_role_id" integer,
  "ad_table_id" integer,
  "ad_val_rule_id" integer,
  "ad_window_id" integer,
  "ad_workflow_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dbtype" varchar(255),
  "description" varchar(255),
  "destination_directory" varchar(255),
  "destination_filename" varchar(255),
  "execcode" varchar(255),
  "filename" varchar(255),
  "file_directory" varchar(255),
  "isactive" char(1),
  "line" integer,
  "name2" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "releaseno" varchar(255),
  "sqlstatement" varchar(255),
  "target_directory" varchar(255),
  "type" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_package_exp_detail_id"),
  UNIQUE ("ad_package_exp_detail_uu")
);
CREATE TABLE "package_imp" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_package_imp_id" integer,
  "ad_package_imp_proc_id" integer,
  "ad_package_imp_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "createddate" varchar(255),
  "creator" varchar(255),
  "creatorcontact" varchar(255),
  "description" varchar(255),
  "email" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "pk_status" varchar(255),
  "pk_version" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "releaseno" varchar(255),
  "uninstall" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "updateddate" varchar(255),
  "version" varchar(255),
  PRIMARY KEY ("ad_package_imp_id"),
  UNIQUE ("ad_package_imp_uu")
);
CREATE TABLE "package_imp_backup" (
  "ad_client_id" integer,
  "ad_column_id" integer,
  "ad_org_id" integer,
  "ad_package_imp_backup_id" integer,
  "ad_package_imp_backup_uu" varchar(255),
  "ad_package_imp_bck_dir" varchar(255),
  "ad_package_imp_detail_id" integer,
  "ad_package_imp_id" integer,
  "ad_package_imp_org_dir" varchar(255),
  "ad_reference_id" integer,
  "ad_table_id" integer,
  "colvalue" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "uninstall" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_package_imp_backup_id"),
  UNIQUE ("ad_package_imp_backup_uu")
);
CREATE TABLE "package_imp_detail" (
  "ad_backup_id" integer,
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_package_imp_detail_id" integer,
  "ad_package_imp_detail_uu" varchar(255),
  "ad_package_imp_id" integer,
  "ad_table_id" integer,
  "action" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "execcode" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "record_id" integer,
  "record_uu" varchar(255),
  "result" varchar(255),
  "success" varchar(255),
  "tablename" varchar(255),
  "type" varchar(255),
  "uninstall" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_package_imp_detail_id"),
  UNIQUE ("ad_package_imp_detail_uu")
);
CREATE TABLE "package_imp_inst" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_package_imp_inst_id" integer,
  "ad_package_imp_inst_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "createddate" varchar(255),
  "creator" varchar(255),
  "creatorcontact" varchar(255),
  "description" varchar(255),
  "email" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "pk_status" varchar(255),
  "pk_version" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "releaseno" varchar(255),
  "uninstall" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "updateddate" varchar(255),
  "version" varchar(255),
  PRIMARY KEY ("ad_package_imp_inst_id"),
  UNIQUE ("ad_package_imp_inst_uu")
);
CREATE TABLE "package_imp_proc" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_override_dict" char(1),
  "ad_package_dir" varchar(255),
  "ad_package_imp_proc_id" integer,
  "ad_package_imp_proc_uu" varchar(255),
  "ad_package_source" varchar(255),
  "ad_package_source_type" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dateprocessed" timestamp,
  "isactive" char(1),
  "name" varchar(255),
  "p_msg" varchar(255),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_package_imp_proc_id"),
  UNIQUE ("ad_package_imp_proc_uu")
);
CREATE TABLE "package_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "m_inoutline_id" integer,
  "m_packageline_id" integer,
  "m_packageline_uu" varchar(255),
  "m_packagemps_id" integer,
  "m_package_id" integer,
  "m_product_id" integer,
  "qty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_packageline_id"),
  UNIQUE ("m_packageline_uu")
);
CREATE TABLE "package_mps" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_uom_length_id" integer,
  "c_uom_weight_id" integer,
  "createfrom" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "estimatedweight" numeric,
  "height" numeric,
  "isactive" char(1),
  "length" numeric,
  "m_packagemps_id" integer,
  "m_packagemps_uu" varchar(255),
  "m_package_id" integer,
  "mastertrackingno" varchar(255),
  "price" numeric,
  "processed" char(1),
  "seqno" integer,
  "trackingno" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "weight" numeric,
  "width" numeric,
  PRIMARY KEY ("m_packagemps_id"),
  UNIQUE ("m_packagemps_uu")
);
CREATE TABLE "package_uuid_map" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_package_uuid_map_id" integer,
  "ad_package_uuid_map_uu" varchar(255),
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "source_uuid" varchar(255),
  "target_uuid" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_package_uuid_map_id"),
  UNIQUE ("ad_package_uuid_map_uu")
);
CREATE TABLE "part_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "m_parttype_id" integer,
  "m_parttype_uu" varchar(255),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_parttype_id"),
  UNIQUE ("m_parttype_uu")
);
CREATE TABLE "password_history" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_password_history_id" integer,
  "ad_password_history_uu" varchar(255),
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datepasswordchanged" timestamp,
  "isactive" char(1),
  "password" varchar(255),
  "salt" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_password_history_id"),
  UNIQUE ("ad_password_history_uu")
);
CREATE TABLE "password_reset_token" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_passwordresettoken_id" integer,
  "ad_passwordresettoken_uu" varchar(255),
  "attemptsused" integer,
  "created" timestamp,
  "createdby" integer,
  "email" varchar(255),
  "expiration" timestamp,
  "isactive" char(1),
  "onetimecode" varchar(255),
  "tokenstatus" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "verifiedtokenexpires" timestamp,
  "verifiedtokenhash" varchar(255),
  PRIMARY KEY ("ad_passwordresettoken_id"),
  UNIQUE ("ad_passwordresettoken_uu")
);
CREATE TABLE "password_rule" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_passwordrule_id" integer,
  "ad_passwordrule_uu" varchar(255),
  "alphabeticalcharacter" integer,
  "alphabeticalsequence" integer,
  "created" timestamp,
  "createdby" integer,
  "days_reuse_password" integer,
  "digitcharacter" integer,
  "isactive" char(1),
  "isdictmatchbackwards" char(1),
  "isusernamerule" char(1),
  "isusingdictionary" char(1),
  "iswhitespace" char(1),
  "lowercasecharacter" integer,
  "maxlength" integer,
  "minlength" integer,
  "name" varchar(255),
  "nonalphanumericcharacter" integer,
  "numericalsequence" integer,
  "pathdictionary" varchar(255),
  "qwertysequence" integer,
  "repeatcharacterregex" integer,
  "updated" timestamp,
  "updatedby" integer,
  "uppercasecharacter" integer,
  PRIMARY KEY ("ad_passwordrule_id"),
  UNIQUE ("ad_passwordrule_uu")
);
CREATE TABLE "pay_schedule" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_payschedule_id" integer,
  "c_payschedule_uu" varchar(255),
  "c_paymentterm_id" integer,
  "created" timestamp,
  "createdby" integer,
  "discount" numeric,
  "discountdays" integer,
  "gracedays" integer,
  "isactive" char(1),
  "isvalid" char(1),
  "netday" varchar(255),
  "netdays" integer,
  "percentage" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_payschedule_id"),
  UNIQUE ("c_payschedule_uu")
);
CREATE TABLE "pay_selection" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bankaccount_id" integer,
  "c_payselection_id" integer,
  "c_payselection_uu" varchar(255),
  "createfrom" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "isonepaymentperinvoice" char(1),
  "name" varchar(255),
  "paydate" timestamp,
  "processed" char(1),
  "processing" char(1),
  "reversepreparepayment" varchar(255),
  "totalamt" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_payselection_id"),
  UNIQUE ("c_payselection_uu")
);
CREATE TABLE "pay_selection_check" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bp_bankaccount_id" integer,
  "c_bpartner_id" integer,
  "c_payselectioncheck_id" integer,
  "c_payselectioncheck_uu" varchar(255),
  "c_payselection_id" integer,
  "c_payment_id" integer,
  "created" timestamp,
  "createdby" integer,
  "discountamt" numeric,
  "documentno" varchar(255),
  "isactive" char(1),
  "isgenerateddraft" char(1),
  "isprinted" char(1),
  "isreceipt" char(1),
  "payamt" numeric,
  "paymentrule" varchar(255),
  "processed" char(1),
  "qty" integer,
  "updated" timestamp,
  "updatedby" integer,
  "writeoffamt" numeric,
  PRIMARY KEY ("c_payselectioncheck_id"),
  UNIQUE ("c_payselectioncheck_uu")
);
CREATE TABLE "pay_selection_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_invoice_id" integer,
  "c_payselectioncheck_id" integer,
  "c_payselectionline_id" integer,
  "c_payselectionline_uu" varchar(255),
  "c_payselection_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "differenceamt" numeric,
  "discountamt" numeric,
  "isactive" char(1),
  "ismanual" char(1),
  "issotrx" char(1),
  "line" integer,
  "openamt" numeric,
  "payamt" numeric,
  "paymentrule" varchar(255),
  "processed" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "writeoffamt" numeric,
  PRIMARY KEY ("c_payselectionline_id"),
  UNIQUE ("c_payselectionline_uu")
);
CREATE TABLE "payment" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "a_city" varchar(255),
  "a_country" varchar(255),
  "a_email" varchar(255),
  "a_ident_dl" varchar(255),
  "a_ident_ssn" varchar(255),
  "a_name" varchar(255),
  "a_state" varchar(255),
  "a_street" varchar(255),
  "a_zip" varchar(255),
  "accountno" varchar(255),
  "c_activity_id" integer,
  "c_bp_bankaccount_id" integer,
  "c_bpartner_id" integer,
  "c_bankaccount_id" integer,
  "c_banktransfer_id" integer,
  "c_campaign_id" integer,
  "c_cashbook_id" integer,
  "c_charge_id" integer,
  "c_conversiontype_id" integer,
  "c_costcenter_id" integer,
  "c_currency_id" integer,
  "c_department_id" integer,
  "c_depositbatch_id" integer,
  "c_doctype_id" integer,
  "c_employee_id" integer,
  "c_invoice_id" integer,
  "c_order_id" integer,
  "c_postendertype_id" integer,
  "c_paymentbatch_id" integer,
  "c_paymentprocessor_id" integer,
  "c_payment_id" integer,
  "c_payment_uu" varchar(255),
  "c_project_id" integer,
  "chargeamt" numeric,
  "checkno" varchar(255),
  "convertedamt" numeric,
  "created" timestamp,
  "createdby" integer,
  "creditcardexpmm" integer,
  "creditcardexpyy" integer,
  "creditcardnumber" varchar(255),
  "creditcardtype" varchar(255),
  "creditcardvv" varchar(255),
  "currencyrate" numeric,
  "customeraddressid" varchar(255),
  "customerpaymentprofileid" varchar(255),
  "customerprofileid" varchar(255),
  "dateacct" timestamp,
  "datetrx" timestamp,
  "description" varchar(255),
  "discountamt" numeric,
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "iban" varchar(255),
  "isactive" char(1),
  "isallocated" char(1),
  "isapproved" char(1),
  "isdelayedcapture" char(1),
  "isonline" char(1),
  "isoverunderpayment" char(1),
  "isoverridecurrencyrate" char(1),
  "isprepayment" char(1),
  "isreceipt" char(1),
  "isreconciled" char(1),
  "isselfservice" char(1),
  "isvoided" char(1),
  "micr" varchar(255),
  "oprocessing" varchar(255),
  "orig_trxid" varchar(255),
  "overunderamt" numeric,
  "ponum" varchar(255),
  "payamt" numeric,
  "posted" char(1),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "r_authcode" varchar(255),
  "r_authcode_dc" varchar(255),
  "r_avsaddr" varchar(255),
  "r_avszip" varchar(255),
  "r_cvv2match" char(1),
  "r_info" varchar(255),
  "r_pnref" varchar(255),
  "r_pnref_dc" varchar(255),
  "r_respmsg" varchar(255),
  "r_result" varchar(255),
  "r_voidmsg" varchar(255),
  "ref_payment_id" integer,
  "reversal_id" integer,
  "routingno" varchar(255),
  "swiftcode" varchar(255),
  "swipe" varchar(255),
  "taxamt" numeric,
  "tendertype" varchar(255),
  "trxtype" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  "voiceauthcode" varchar(255),
  "writeoffamt" numeric,
  PRIMARY KEY ("c_payment_id"),
  UNIQUE ("c_payment_uu")
);
CREATE TABLE "payment_allocate" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "amount" numeric,
  "c_allocationline_id" integer,
  "c_invoice_id" integer,
  "c_paymentallocate_id" integer,
  "c_paymentallocate_uu" varchar(255),
  "c_payment_id" integer,
  "created" timestamp,
  "createdby" integer,
  "discountamt" numeric,
  "invoiceamt" numeric,
  "isactive" char(1),
  "overunderamt" numeric,
  "remainingamt" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "writeoffamt" numeric,
  PRIMARY KEY ("c_paymentallocate_id"),
  UNIQUE ("c_paymentallocate_uu")
);
CREATE TABLE "payment_batch" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_paymentbatch_id" integer,
  "c_paymentbatch_uu" varchar(255),
  "c_paymentprocessor_id" integer,
  "created" timestamp,
  "createdby" integer,
  "documentno" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "processingdate" timestamp,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_paymentbatch_id"),
  UNIQUE ("c_paymentbatch_uu")
);
CREATE TABLE "payment_import" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_city" varchar(255),
  "a_country" varchar(255),
  "a_email" varchar(255),
  "a_ident_dl" varchar(255),
  "a_ident_ssn" varchar(255),
  "a_name" varchar(255),
  "a_state" varchar(255),
  "a_street" varchar(255),
  "a_zip" varchar(255),
  "accountno" varchar(255),
  "activityvalue" varchar(255),
  "bpartnervalue" varchar(255),
  "bankaccountno" varchar(255),
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_bankaccount_id" integer,
  "c_charge_id" integer,
  "c_currency_id" integer,
  "c_doctype_id" integer,
  "c_invoice_id" integer,
  "c_payment_id" integer,
  "chargeamt" numeric,
  "chargename" varchar(255),
  "checkno" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "creditcardexpmm" integer,
  "creditcardexpyy" integer,
  "creditcardnumber" varchar(255),
  "creditcardtype" varchar(255),
  "creditcardvv" varchar(255),
  "dateacct" timestamp,
  "datetrx" timestamp,
  "description" varchar(255),
  "discountamt" numeric,
  "doctypename" varchar(255),
  "documentno" varchar(255),
  "iban" varchar(255),
  "iso_code" varchar(255),
  "i_errormsg" varchar(255),
  "i_isimported" char(1),
  "i_payment_id" integer,
  "i_payment_uu" varchar(255),
  "invoicedocumentno" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "isdelayedcapture" char(1),
  "isoverunderpayment" char(1),
  "isreceipt" char(1),
  "isselfservice" char(1),
  "micr" varchar(255),
  "orig_trxid" varchar(255),
  "overunderamt" numeric,
  "ponum" varchar(255),
  "payamt" numeric,
  "processed" char(1),
  "processing" char(1),
  "r_authcode" varchar(255),
  "r_info" varchar(255),
  "r_pnref" varchar(255),
  "r_respmsg" varchar(255),
  "r_result" varchar(255),
  "routingno" varchar(255),
  "swiftcode" varchar(255),
  "swipe" varchar(255),
  "taxamt" numeric,
  "tendertype" varchar(255),
  "trxtype" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "voiceauthcode" varchar(255),
  "writeoffamt" numeric,
  PRIMARY KEY ("i_payment_id"),
  UNIQUE ("i_payment_uu")
);
CREATE TABLE "payment_processor" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_sequence_id" integer,
  "acceptamex" char(1),
  "acceptatm" char(1),
  "acceptcheck" char(1),
  "acceptcorporate" char(1),
  "acceptdiners" char(1),
  "acceptdirectdebit" char(1),
  "acceptdirectdeposit" char(1),
  "acceptdiscover" char(1),
  "acceptmc" char(1),
  "acceptvisa" char(1),
  "c_bankaccount_id" integer,
  "c_currency_id" integer,
  "c_paymentprocessor_id" integer,
  "c_paymentprocessor_uu" varchar(255),
  "commission" numeric,
  "costpertrx" numeric,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "hostaddress" varchar(255),
  "hostport" integer,
  "isactive" char(1),
  "minimumamt" numeric,
  "name" varchar(255),
  "payprocessorclass" varchar(255),
  "proxyaddress" varchar(255),
  "proxylogon" varchar(255),
  "proxypassword" varchar(255),
  "proxyport" integer,
  "requirevv" char(1),
  "trxtype" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_paymentprocessor_id"),
  UNIQUE ("c_paymentprocessor_uu")
);
CREATE TABLE "payment_term" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "afterdelivery" char(1),
  "c_paymentterm_id" integer,
  "c_paymentterm_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "discount" numeric,
  "discount2" numeric,
  "discountdays" integer,
  "discountdays2" integer,
  "documentnote" varchar(255),
  "fixmonthcutoff" integer,
  "fixmonthday" integer,
  "fixmonthoffset" integer,
  "gracedays" integer,
  "isactive" char(1),
  "isdefault" char(1),
  "isduefixed" char(1),
  "isnextbusinessday" char(1),
  "isvalid" char(1),
  "name" varchar(255),
  "netday" varchar(255),
  "netdays" integer,
  "paymenttermusage" varchar(255),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_paymentterm_id"),
  UNIQUE ("c_paymentterm_uu")
);
CREATE TABLE "payment_transaction" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "a_city" varchar(255),
  "a_country" varchar(255),
  "a_email" varchar(255),
  "a_ident_dl" varchar(255),
  "a_ident_ssn" varchar(255),
  "a_name" varchar(255),
  "a_state" varchar(255),
  "a_street" varchar(255),
  "a_zip" varchar(255),
  "accountno" varchar(255),
  "c_activity_id" integer,
  "c_bp_bankaccount_id" integer,
  "c_bpartner_id" integer,
  "c_bankaccount_id" integer,
  "c_campaign_id" integer,
  "c_cashbook_id" integer,
  "c_charge_id" integer,
  "c_conversiontype_id" integer,
  "c_costcenter_id" integer,
  "c_currency_id" integer,
  "c_department_id" integer,
  "c_invoice_id" integer,
  "c_order_id" integer,
  "c_postendertype_id" integer,
  "c_paymentbatch_id" integer,
  "c_paymentprocessor_id" integer,
  "c_paymenttransaction_id" integer,
  "c_paymenttransaction_uu" varchar(255),
  "c_payment_id" integer,
  "c_project_id" integer,
  "checkno" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "creditcardexpmm" integer,
  "creditcardexpyy" integer,
  "creditcardnumber" varchar(255),
  "creditcardtype" varchar(255),
  "creditcardvv" varchar(255),
  "customeraddressid" varchar(255),
  "customerpaymentprofileid" varchar(255),
  "customerprofileid" varchar(255),
  "datetrx" timestamp,
  "description" varchar(255),
  "iban" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "isdelayedcapture" char(1),
  "isonline" char(1),
  "isreceipt" char(1),
  "isselfservice" char(1),
  "isvoided" char(1),
  "micr" varchar(255),
  "orig_trxid" varchar(255),
  "ponum" varchar(255),
  "payamt" numeric,
  "processed" char(1),
  "r_authcode" varchar(255),
  "r_avsaddr" varchar(255),
  "r_avszip" varchar(255),
  "r_cvv2match" char(1),
  "r_info" varchar(255),
  "r_pnref" varchar(255),
  "r_respmsg" varchar(255),
  "r_result" varchar(255),
  "r_voidmsg" varchar(255),
  "ref_paymenttransaction_id" integer,
  "routingno" varchar(255),
  "swiftcode" varchar(255),
  "taxamt" numeric,
  "tendertype" varchar(255),
  "trxtype" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  "voiceauthcode" varchar(255),
  "voidit" varchar(255),
  PRIMARY KEY ("c_paymenttransaction_id"),
  UNIQUE ("c_paymenttransaction_uu")
);
CREATE TABLE "payroll" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_printformat_id" integer,
  "c_charge_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "hr_contract_id" integer,
  "hr_payroll_id" integer,
  "hr_payroll_uu" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "paymentrule" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("hr_payroll_id"),
  UNIQUE ("hr_payroll_uu")
);
CREATE TABLE "payroll_concept" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_rule_id" integer,
  "created" timestamp,
  "createdby" integer,
  "hr_concept_id" integer,
  "hr_payrollconcept_id" integer,
  "hr_payrollconcept_uu" varchar(255),
  "hr_payroll_id" integer,
  "isactive" char(1),
  "isdisplayed" char(1),
  "isinclude" char(1),
  "isprinted" char(1),
  "name" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("hr_payrollconcept_id"),
  UNIQUE ("hr_payrollconcept_uu")
);
CREATE TABLE "period" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_period_id" integer,
  "c_period_uu" varchar(255),
  "c_year_id" integer,
  "created" timestamp,
  "createdby" integer,
  "enddate" timestamp,
  "isactive" char(1),
  "name" varchar(255),
  "periodno" integer,
  "periodtype" varchar(255),
  "processing" char(1),
  "startdate" timestamp,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_period_id"),
  UNIQUE ("c_period_uu")
);
CREATE TABLE "period_control" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_periodcontrol_id" integer,
  "c_periodcontrol_uu" varchar(255),
  "c_period_id" integer,
  "created" timestamp,
  "createdby" integer,
  "docbasetype" varchar(255),
  "isactive" char(1),
  "periodaction" varchar(255),
  "periodstatus" varchar(255),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_periodcontrol_id"),
  UNIQUE ("c_periodcontrol_uu")
);
CREATE TABLE "perpetual_inv" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "counthighmovement" char(1),
  "created" timestamp,
  "createdby" integer,
  "datelastrun" timestamp,
  "datenextrun" timestamp,
  "description" varchar(255),
  "isactive" char(1),
  "m_perpetualinv_id" integer,
  "m_perpetualinv_uu" varchar(255),
  "m_product_category_id" integer,
  "m_warehouse_id" integer,
  "name" varchar(255),
  "noinventorycount" integer,
  "noproductcount" integer,
  "numberofruns" integer,
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_perpetualinv_id"),
  UNIQUE ("m_perpetualinv_uu")
);
CREATE TABLE "phase" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_phase_id" integer,
  "c_phase_uu" varchar(255),
  "c_projecttype_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "m_product_id" integer,
  "name" varchar(255),
  "seqno" integer,
  "standardqty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_phase_id"),
  UNIQUE ("c_phase_uu")
);
CREATE TABLE "pos" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "autologoutdelay" integer,
  "c_bpartnercashtrx_id" integer,
  "c_bankaccount_id" integer,
  "c_cashbook_id" integer,
  "c_doctype_id" integer,
  "c_poskeylayout_id" integer,
  "c_pos_id" integer,
  "c_pos_uu" varchar(255),
  "cashdrawer" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "ismodifyprice" char(1),
  "m_pricelist_id" integer,
  "m_warehouse_id" integer,
  "name" varchar(255),
  "osk_keylayout_id" integer,
  "osnp_keylayout_id" integer,
  "printername" varchar(255),
  "salesrep_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_pos_id"),
  UNIQUE ("c_pos_uu")
);
CREATE TABLE "pos_key" (
  "ad_client_id" integer,
  "ad_image_id" integer,
  "ad_org_id" integer,
  "ad_printcolor_id" integer,
  "ad_printfont_id" integer,
  "c_poskeylayout_id" integer,
  "c_poskey_id" integer,
  "c_poskey_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "m_product_id" integer,
  "name" varchar(255),
  "qty" numeric,
  "seqno" integer,
  "spanx" integer,
  "spany" integer,
  "subkeylayout_id" integer,
  "text" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_poskey_id"),
  UNIQUE ("c_poskey_uu")
);
CREATE TABLE "pos_key_layout" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_printcolor_id" integer,
  "ad_printfont_id" integer,
  "c_poskeylayout_id" integer,
  "c_poskeylayout_uu" varchar(255),
  "columns" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "poskeylayouttype" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_poskeylayout_id"),
  UNIQUE ("c_poskeylayout_uu")
);
CREATE TABLE "pos_payment" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_name" varchar(255),
  "accountno" varchar(255),
  "c_order_id" integer,
  "c_pospayment_id" integer,
  "c_pospayment_uu" varchar(255),
  "c_postendertype_id" integer,
  "c_payment_id" integer,
  "checkno" varchar(255),
  "checkstatus" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "creditcardnumber" varchar(255),
  "creditcardtype" varchar(255),
  "datepromised" timestamp,
  "depositgroup" varchar(255),
  "help" varchar(255),
  "iban" varchar(255),
  "isactive" char(1),
  "ispostdated" char(1),
  "micr" varchar(255),
  "payamt" numeric,
  "processed" char(1),
  "routingno" varchar(255),
  "swiftcode" varchar(255),
  "tendertype" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "voiceauthcode" varchar(255),
  PRIMARY KEY ("c_pospayment_id"),
  UNIQUE ("c_pospayment_uu")
);
CREATE TABLE "pos_tender_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_postendertype_id" integer,
  "c_postendertype_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isguarantee" char(1),
  "ispostdated" char(1),
  "name" varchar(255),
  "tendertype" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_postendertype_id"),
  UNIQUE ("c_postendertype_uu")
);
CREATE TABLE "pos_terminal" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "autolock" char(1),
  "c_cashbpartner_id" integer,
  "c_cashbook_id" integer,
  "c_templatebpartner_id" integer,
  "cardtransferbankaccount_id" integer,
  "cardtransfercashbook_id" integer,
  "cardtransfertype" varchar(255),
  "card_bankaccount_id" integer,
  "cashbooktransfertype" varchar(255),
  "cashtransferbankaccount_id" integer,
  "cashtransfercashbook_id" integer,
  "checktransferbankaccount_id" integer,
  "checktransfercashbook_id" integer,
  "checktransfertype" varchar(255),
  "check_bankaccount_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "lastlocktime" timestamp,
  "locktime" integer,
  "locked" char(1),
  "m_warehouse_id" integer,
  "name" varchar(255),
  "po_pricelist_id" integer,
  "printername" varchar(255),
  "so_pricelist_id" integer,
  "salesrep_id" integer,
  "u_posterminal_id" integer,
  "u_posterminal_uu" varchar(255),
  "unlockingtime" timestamp,
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("u_posterminal_id"),
  UNIQUE ("u_posterminal_uu")
);
CREATE TABLE "post_it" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_postit_id" integer,
  "ad_postit_uu" varchar(255),
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "record_id" integer,
  "record_uu" varchar(255),
  "text" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_postit_id"),
  UNIQUE ("ad_postit_uu")
);
CREATE TABLE "pp_order" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "ad_workflow_id" integer,
  "assay" numeric,
  "c_activity_id" integer,
  "c_campaign_id" integer,
  "c_costcenter_id" integer,
  "c_department_id" integer,
  "c_doctypetarget_id" integer,
  "c_doctype_id" integer,
  "c_orderline_id" integer,
  "c_project_id" integer,
  "c_uom_id" integer,
  "copyfrom" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dateconfirm" timestamp,
  "datedelivered" timestamp,
  "datefinish" timestamp,
  "datefinishschedule" timestamp,
  "dateordered" timestamp,
  "datepromised" timestamp,
  "datestart" timestamp,
  "datestartschedule" timestamp,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "floatafter" numeric,
  "floatbefored" numeric,
  "isactive" char(1),
  "isapproved" char(1),
  "isprinted" char(1),
  "isqtypercentage" char(1),
  "issotrx" char(1),
  "isselected" char(1),
  "line" integer,
  "lot" varchar(255),
  "m_attributesetinstance_id" integer,
  "m_product_id" integer,
  "m_warehouse_id" integer,
  "ordertype" varchar(255),
  "pp_order_id" integer,
  "pp_order_uu" varchar(255),
  "pp_product_bom_id" integer,
  "planner_id" integer,
  "posted" char(1),
  "priorityrule" varchar(255),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "qtybatchsize" numeric,
  "qtybatchs" numeric,
  "qtydelivered" numeric,
  "qtyentered" numeric,
  "qtyordered" numeric,
  "qtyreject" numeric,
  "qtyreserved" numeric,
  "qtyscrap" numeric,
  "s_resource_id" integer,
  "scheduletype" varchar(255),
  "serno" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  "yield" numeric,
  PRIMARY KEY ("pp_order_id"),
  UNIQUE ("pp_order_uu")
);
CREATE TABLE "preference" (
  "ad_client_id" integer,
  "ad_form_id" integer,
  "ad_infowindow_id" integer,
  "ad_org_id" integer,
  "ad_preference_id" integer,
  "ad_preference_uu" varchar(255),
  "ad_process_id" integer,
  "ad_user_id" integer,
  "ad_window_id" integer,
  "attribute" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "preferencefor" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("ad_preference_id"),
  UNIQUE ("ad_preference_uu")
);
CREATE TABLE "price_list" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "basepricelist_id" integer,
  "c_currency_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "enforcepricelimit" char(1),
  "isactive" char(1),
  "isdefault" char(1),
  "ismandatory" char(1),
  "issopricelist" char(1),
  "istaxincluded" char(1),
  "m_pricelist_id" integer,
  "m_pricelist_uu" varchar(255),
  "name" varchar(255),
  "priceprecision" integer,
  "updated" timestamp,
  "updatedby" integer,
  "ispresentforproduct" varchar(255),
  PRIMARY KEY ("m_pricelist_id"),
  UNIQUE ("m_pricelist_uu")
);
CREATE TABLE "price_list_import" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "bpartner_value" varchar(255),
  "breakvalue" numeric,
  "c_bpartner_id" integer,
  "c_currency_id" integer,
  "c_uom_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "enforcepricelimit" char(1),
  "iso_code" varchar(255),
  "i_errormsg" varchar(255),
  "i_isimported" char(1),
  "i_pricelist_id" integer,
  "i_pricelist_uu" varchar(255),
  "isactive" char(1),
  "issopricelist" char(1),
  "istaxincluded" char(1),
  "m_pricelist_id" integer,
  "m_pricelist_version_id" integer,
  "m_product_id" integer,
  "name" varchar(255),
  "pricelimit" numeric,
  "pricelist" numeric,
  "priceprecision" integer,
  "pricestd" numeric,
  "processed" char(1),
  "processing" char(1),
  "productvalue" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "x12de355" varchar(255),
  PRIMARY KEY ("i_pricelist_id"),
  UNIQUE ("i_pricelist_uu")
);
CREATE TABLE "price_list_version" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "m_discountschema_id" integer,
  "m_pricelist_id" integer,
  "m_pricelist_version_id" integer,
  "m_pricelist_version_uu" varchar(255),
  "m_pricelist_version_base_id" integer,
  "name" varchar(255),
  "proccreate" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  PRIMARY KEY ("m_pricelist_version_id"),
  UNIQUE ("m_pricelist_version_uu")
);
CREATE TABLE "principal_config" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isdefault" char(1),
  "isforcelogin" char(1),
  "name" varchar(255),
  "sso_applicationclientid" varchar(255),
  "sso_applicationdiscoveryuri" varchar(255),
  "sso_applicationlogouturl" varchar(255),
  "sso_applicationredirecturis" varchar(255),
  "sso_applicationsecretkey" varchar(255),
  "sso_authorizationtenantid" varchar(255),
  "sso_idempmonitorredirecturis" varchar(255),
  "sso_loginbuttonimage_id" integer,
  "sso_osgiredirecturis" varchar(255),
  "sso_principalconfig_id" integer,
  "sso_principalconfig_uu" varchar(255),
  "sso_provider" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("sso_principalconfig_id"),
  UNIQUE ("sso_principalconfig_uu")
);
CREATE TABLE "print_color" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_printcolor_id" integer,
  "ad_printcolor_uu" varchar(255),
  "code" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isdefault" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_printcolor_id"),
  UNIQUE ("ad_printcolor_uu")
);
CREATE TABLE "print_font" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_printfont_id" integer,
  "ad_printfont_uu" varchar(255),
  "code" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isdefault" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_printfont_id"),
  UNIQUE ("ad_printfont_uu")
);
CREATE TABLE "print_form" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_printform_id" integer,
  "ad_printform_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "distrib_order_mailtext_id" integer,
  "distrib_order_printformat_id" integer,
  "invoice_mailtext_id" integer,
  "invoice_printformat_id" integer,
  "isactive" char(1),
  "manuf_order_mailtext_id" integer,
  "manuf_order_printformat_id" integer,
  "name" varchar(255),
  "order_mailtext_id" integer,
  "order_printformat_id" integer,
  "project_mailtext_id" integer,
  "project_printformat_id" integer,
  "remittance_mailtext_id" integer,
  "remittance_printformat_id" integer,
  "shipment_mailtext_id" integer,
  "shipment_printformat_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_printform_id"),
  UNIQUE ("ad_printform_uu")
);
CREATE TABLE "print_format" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_printcolor_id" integer,
  "ad_printfont_id" integer,
  "ad_printformat_id" integer,
  "ad_printformat_uu" varchar(255),
  "ad_printheaderfooter_id" integer,
  "ad_printpaper_id" integer,
  "ad_printtableformat_id" integer,
  "ad_reportview_id" integer,
  "ad_table_id" integer,
  "ad_window_id" integer,
  "createcopy" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "filenamepattern" varchar(255),
  "footermargin" integer,
  "headermargin" integer,
  "isactive" char(1),
  "isbreakpageperrecord" char(1),
  "isdefault" char(1),
  "isform" char(1),
  "isstandardheaderfooter" char(1),
  "istablebased" char(1),
  "jasperprocess_id" integer,
  "name" varchar(255),
  "printername" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_printformat_id"),
  UNIQUE ("ad_printformat_uu")
);
CREATE TABLE "print_format_item" (
  "ad_client_id" integer,
  "ad_column_id" integer,
  "ad_fieldstyle_id" integer,
  "ad_org_id" integer,
  "ad_printcolor_id" integer,
  "ad_printfont_id" integer,
  "ad_printformatchild_id" integer,
  "ad_printformatitem_id" integer,
  "ad_printformatitem_uu" varchar(255),
  "ad_printformat_id" integer,
  "ad_printgraph_id" integer,
  "arcdiameter" integer,
  "barcodetype" varchar(255),
  "belowcolumn" integer,
  "created" timestamp,
  "createdby" integer,
  "displaylogic" varchar(255),
  "fieldalignmenttype" varchar(255),
  "formatpattern" varchar(255),
  "imageisattached" char(1),
  "imageurl" varchar(255),
  "isactive" char(1),
  "isaveraged" char(1),
  "iscentrallymaintained" char(1),
  "iscounted" char(1),
  "isdesc" char(1),
  "isdeviationcalc" char(1),
  "isfilledrectangle" char(1),
  "isfixedwidth" char(1),
  "isgroupby" char(1),
  "isheightoneline" char(1),
  "isimagefield" char(1),
  "ismaxcalc" char(1),
  "ismincalc" char(1),
  "isnextline" char(1),
  "isnextpage" char(1),
  "isorderby" char(1),
  "ispagebreak" char(1),
  "isprintbarcodetext" char(1),
  "isprintinstanceattributes" char(1),
  "isprinted" char(1),
  "isrelativeposition" char(1),
  "isrunningtotal" char(1),
  "issetnlposition" char(1),
  "issummarized" char(1),
  "issuppressnull" char(1),
  "issuppressrepeats" char(1),
  "isvariancecalc" char(1),
  "linealignmenttype" varchar(255),
  "linewidth" integer,
  "maxheight" integer,
  "maxwidth" integer,
  "name" varchar(255),
  "printareatype" varchar(255),
  "printformattype" varchar(255),
  "printname" varchar(255),
  "printnamesuffix" varchar(255),
  "runningtotallines" integer,
  "scalefactor" numeric,
  "script" varchar(255),
  "seqno" integer,
  "shapetype" varchar(255),
  "sortno" integer,
  "updated" timestamp,
  "updatedby" integer,
  "xposition" integer,
  "xspace" integer,
  "yposition" integer,
  "yspace" integer,
  PRIMARY KEY ("ad_printformatitem_id"),
  UNIQUE ("ad_printformatitem_uu")
);
CREATE TABLE "print_graph" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_printformat_id" integer,
  "ad_printgraph_id" integer,
  "ad_printgraph_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "data1_printformatitem_id" integer,
  "data2_printformatitem_id" integer,
  "data3_printformatitem_id" integer,
  "data4_printformatitem_id" integer,
  "data_printformatitem_id" integer,
  "description" varchar(255),
  "description_printformatitem_id" integer,
  "graphtype" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_printgraph_id"),
  UNIQUE ("ad_printgraph_uu")
);
CREATE TABLE "print_header_footer" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_printheaderfooter_id" integer,
  "ad_printheaderfooter_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "name" varchar(255),
  "sourceclassname" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_printheaderfooter_id"),
  UNIQUE ("ad_printheaderfooter_uu")
);
CREATE TABLE "print_label" (
  "ad_client_id" integer,
  "ad_labelprinter_id" integer,
  "ad_org_id" integer,
  "ad_printlabel_id" integer,
  "ad_printlabel_uu" varchar(255),
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "islandscape" char(1),
  "labelheight" integer,
  "labelwidth" integer,
  "name" varchar(255),
  "printername" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_printlabel_id"),
  UNIQUE ("ad_printlabel_uu")
);
CREATE TABLE "print_label_line" (
  "ad_client_id" integer,
  "ad_column_id" integer,
  "ad_labelprinterfunction_id" integer,
  "ad_org_id" integer,
  "ad_printlabelline_id" integer,
  "ad_printlabelline_uu" varchar(255),
  "ad_printlabel_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "labelformattype" varchar(255),
  "name" varchar(255),
  "printname" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  "xposition" integer,
  "yposition" integer,
  PRIMARY KEY ("ad_printlabelline_id"),
  UNIQUE ("ad_printlabelline_uu")
);
CREATE TABLE "print_paper" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_printpaper_id" integer,
  "ad_printpaper_uu" varchar(255),
  "code" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "dimensionunits" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "islandscape" char(1),
  "marginbottom" integer,
  "marginleft" integer,
  "marginright" integer,
  "margintop" integer,
  "name" varchar(255),
  "processing" char(1),
  "sizex" numeric,
  "sizey" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_printpaper_id"),
  UNIQUE ("ad_printpaper_uu")
);
CREATE TABLE "print_table_format" (
  "ad_client_id" integer,
  "ad_image_id" integer,
  "ad_org_id" integer,
  "ad_printtableformat_id" integer,
  "ad_printtableformat_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "footercenter" varchar(255),
  "footerleft" varchar(255),
  "footerright" varchar(255),
  "functbg_printcolor_id" integer,
  "functfg_printcolor_id" integer,
  "funct_printfont_id" integer,
  "hdrline_printcolor_id" integer,
  "hdrstroke" numeric,
  "hdrstroketype" varchar(255),
  "hdrtextbg_printcolor_id" integer,
  "hdrtextfg_printcolor_id" integer,
  "hdr_printfont_id" integer,
  "headercenter" varchar(255),
  "headerleft" varchar(255),
  "headerright" varchar(255),
  "imageisattached" char(1),
  "imageurl" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "ismultilineheader" char(1),
  "ispaintboundarylines" char(1),
  "ispainthlines" char(1),
  "ispaintheaderlines" char(1),
  "ispaintvlines" char(1),
  "isprintfunctionsymbols" char(1),
  "linestroke" numeric,
  "linestroketype" varchar(255),
  "line_printcolor_id" integer,
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_printtableformat_id"),
  UNIQUE ("ad_printtableformat_uu")
);
CREATE TABLE "private_access" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_private_access_uu" varchar(255),
  "ad_table_id" integer,
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "record_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_private_access_uu")
);
CREATE TABLE "process" (
  "ad_client_id" integer,
  "ad_ctxhelp_id" integer,
  "ad_form_id" integer,
  "ad_org_id" integer,
  "ad_printformat_id" integer,
  "ad_process_id" integer,
  "ad_process_uu" varchar(255),
  "ad_reportview_id" integer,
  "ad_workflow_id" integer,
  "accesslevel" varchar(255),
  "allowmultipleexecution" varchar(255),
  "classname" varchar(255),
  "copyfromprocess" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "executiontype" varchar(255),
  "filenamepattern" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isbetafunctionality" char(1),
  "isdirectprint" char(1),
  "isreport" char(1),
  "jasperreport" varchar(255),
  "name" varchar(255),
  "procedurename" varchar(255),
  "showhelp" varchar(255),
  "statistic_count" integer,
  "statistic_seconds" integer,
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  "workflowvalue" varchar(255),
  PRIMARY KEY ("ad_process_id"),
  UNIQUE ("ad_process_uu")
);
CREATE TABLE "process_access" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_process_access_uu" varchar(255),
  "ad_process_id" integer,
  "ad_role_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isreadwrite" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_process_access_uu")
);
CREATE TABLE "process_drill_rule" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_printformat_id" integer,
  "ad_process_drillrule_id" integer,
  "ad_process_drillrule_uu" varchar(255),
  "ad_process_id" integer,
  "ad_process_para_id" integer,
  "ad_reportview_id" integer,
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isvalid" char(1),
  "name" varchar(255),
  "showhelp" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_process_drillrule_id"),
  UNIQUE ("ad_process_drillrule_uu")
);
CREATE TABLE "process_drill_rule_para" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_process_drillrule_id" integer,
  "ad_process_drillrule_para_uu" varchar(255),
  "ad_process_para_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "parameterdefault" varchar(255),
  "parametertodefault" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_process_drillrule_para_uu")
);
CREATE TABLE "process_para" (
  "ad_client_id" integer,
  "ad_element_id" integer,
  "ad_fieldgroup_id" integer,
  "ad_org_id" integer,
  "ad_process_id" integer,
  "ad_process_para_id" integer,
  "ad_process_para_uu" varchar(255),
  "ad_reference_id" integer,
  "ad_reference_value_id" integer,
  "ad_val_rule_id" integer,
  "columnname" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "daterangeoption" varchar(255),
  "defaultvalue" varchar(255),
  "defaultvalue2" varchar(255),
  "description" varchar(255),
  "displaylogic" varchar(255),
  "entitytype" varchar(255),
  "fieldlength" integer,
  "help" varchar(255),
  "isactive" char(1),
  "isautocomplete" char(1),
  "iscentrallymaintained" char(1),
  "isencrypted" char(1),
  "ismandatory" char(1),
  "isrange" char(1),
  "isshownegatebutton" char(1),
  "mandatorylogic" varchar(255),
  "name" varchar(255),
  "placeholder" varchar(255),
  "placeholder2" varchar(255),
  "query" varchar(255),
  "readonlylogic" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  "vformat" varchar(255),
  "valuemax" varchar(255),
  "valuemin" varchar(255),
  PRIMARY KEY ("ad_process_para_id"),
  UNIQUE ("ad_process_para_uu")
);
CREATE TABLE "processor" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "account" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "exp_processor_id" integer,
  "exp_processor_type_id" integer,
  "exp_processor_uu" varchar(255),
  "help" varchar(255),
  "host" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "passwordinfo" varchar(255),
  "port" integer,
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("exp_processor_id"),
  UNIQUE ("exp_processor_uu")
);
CREATE TABLE "processor_log" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "binarydata" bytea,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "imp_processorlog_id" integer,
  "imp_processorlog_uu" varchar(255),
  "imp_processor_id" integer,
  "isactive" char(1),
  "iserror" char(1),
  "reference" varchar(255),
  "summary" varchar(255),
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("imp_processorlog_id"),
  UNIQUE ("imp_processorlog_uu")
);
CREATE TABLE "processor_parameter" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "exp_processorparameter_id" integer,
  "exp_processorparameter_uu" varchar(255),
  "exp_processor_id" integer,
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "parametervalue" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("exp_processorparameter_id"),
  UNIQUE ("exp_processorparameter_uu")
);
CREATE TABLE "processor_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "exp_processor_type_id" integer,
  "exp_processor_type_uu" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "javaclass" varchar(255),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("exp_processor_type_id"),
  UNIQUE ("exp_processor_type_uu")
);
CREATE TABLE "product" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_revenuerecognition_id" integer,
  "c_subscriptiontype_id" integer,
  "c_taxcategory_id" integer,
  "c_uom_id" integer,
  "classification" varchar(255),
  "copyfrom" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "customstariffnumber" varchar(255),
  "description" varchar(255),
  "descriptionurl" varchar(255),
  "discontinued" char(1),
  "discontinuedat" timestamp,
  "documentnote" varchar(255),
  "group1" varchar(255),
  "group2" varchar(255),
  "guaranteedays" integer,
  "guaranteedaysmin" integer,
  "help" varchar(255),
  "imageurl" varchar(255),
  "isactive" char(1),
  "isautoproduce" char(1),
  "isbom" char(1),
  "isbompriceoverride" char(1),
  "isdropship" char(1),
  "isexcludeautodelivery" char(1),
  "isinvoiceprintdetails" char(1),
  "iskanban" char(1),
  "ismanufactured" char(1),
  "isownbox" char(1),
  "isphantom" char(1),
  "ispicklistprintdetails" char(1),
  "ispurchased" char(1),
  "isselfservice" char(1),
  "issold" char(1),
  "isstocked" char(1),
  "issummary" char(1),
  "isusedatematerialpolicy" char(1),
  "isverified" char(1),
  "iswebstorefeatured" char(1),
  "lowlevel" integer,
  "m_attributesetinstance_id" integer,
  "m_attributeset_id" integer,
  "m_freightcategory_id" integer,
  "m_locator_id" integer,
  "m_parttype_id" integer,
  "m_product_category_id" integer,
  "m_product_id" integer,
  "m_product_uu" varchar(255),
  "name" varchar(255),
  "processing" char(1),
  "producttype" varchar(255),
  "r_mailtext_id" integer,
  "sku" varchar(255),
  "s_expensetype_id" integer,
  "s_resource_id" integer,
  "salesrep_id" integer,
  "shelfdepth" integer,
  "shelfheight" numeric,
  "shelfwidth" integer,
  "upc" varchar(255),
  "unitsperpack" integer,
  "unitsperpallet" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  "versionno" varchar(255),
  "volume" numeric,
  "weight" numeric,
  PRIMARY KEY ("m_product_id"),
  UNIQUE ("m_product_uu")
);
CREATE TABLE "product_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_acctschema_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "m_product_acct_uu" varchar(255),
  "m_product_id" integer,
  "p_asset_acct" integer,
  "p_averagecostvariance_acct" integer,
  "p_cogs_acct" integer,
  "p_costadjustment_acct" integer,
  "p_expense_acct" integer,
  "p_inventoryclearing_acct" integer,
  "p_invoicepricevariance_acct" integer,
  "p_landedcostclearing_acct" integer,
  "p_purchasepricevariance_acct" integer,
  "p_ratevariance_acct" integer,
  "p_revenue_acct" integer,
  "p_tradediscountgrant_acct" integer,
  "p_tradediscountrec_acct" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("m_product_acct_uu")
);
CREATE TABLE "product_bom" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "bomtype" varchar(255),
  "bomuse" varchar(255),
  "c_uom_id" integer,
  "copyfrom" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "m_attributesetinstance_id" integer,
  "m_changenotice_id" integer,
  "m_product_id" integer,
  "name" varchar(255),
  "pp_product_bom_id" integer,
  "pp_product_bom_uu" varchar(255),
  "processing" char(1),
  "revision" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  "value" varchar(255),
  PRIMARY KEY ("pp_product_bom_id"),
  UNIQUE ("pp_product_bom_uu")
);
CREATE TABLE "product_bom_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "assay" numeric,
  "backflushgroup" varchar(255),
  "c_uom_id" integer,
  "componenttype" varchar(255),
  "costallocationperc" numeric,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "feature" varchar(255),
  "forecast" numeric,
  "help" varchar(255),
  "isactive" char(1),
  "iscritical" char(1),
  "isqtypercentage" char(1),
  "issuemethod" varchar(255),
  "leadtimeoffset" integer,
  "line" integer,
  "m_attributesetinstance_id" integer,
  "m_changenotice_id" integer,
  "m_product_id" integer,
  "pp_product_bomline_id" integer,
  "pp_product_bomline_uu" varchar(255),
  "pp_product_bom_id" integer,
  "qtybom" numeric,
  "qtybatch" numeric,
  "scrap" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  PRIMARY KEY ("pp_product_bomline_id"),
  UNIQUE ("pp_product_bomline_uu")
);
CREATE TABLE "product_category" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_printcolor_id" integer,
  "a_asset_group_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "isselfservice" char(1),
  "mmpolicy" varchar(255),
  "m_product_category_id" integer,
  "m_product_category_parent_id" integer,
  "m_product_category_uu" varchar(255),
  "name" varchar(255),
  "plannedmargin" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("m_product_category_id"),
  UNIQUE ("m_product_category_uu")
);
CREATE TABLE "product_category_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_acctschema_id" integer,
  "costinglevel" varchar(255),
  "costingmethod" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "m_product_category_acct_uu" varchar(255),
  "m_product_category_id" integer,
  "p_asset_acct" integer,
  "p_averagecostvariance_acct" integer,
  "p_cogs_acct" integer,
  "p_costadjustment_acct" integer,
  "p_expense_acct" integer,
  "p_inventoryclearing_acct" integer,
  "p_invoicepricevariance_acct" integer,
  "p_landedcostclearing_acct" integer,
  "p_purchasepricevariance_acct" integer,
  "p_ratevariance_acct" integer,
  "p_revenue_acct" integer,
  "p_tradediscountgrant_acct" integer,
  "p_tradediscountrec_acct" integer,
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("m_product_category_acct_uu")
);
CREATE TABLE "product_download" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "downloadurl" varchar(255),
  "isactive" char(1),
  "m_productdownload_id" integer,
  "m_productdownload_uu" varchar(255),
  "m_product_id" integer,
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_productdownload_id"),
  UNIQUE ("m_productdownload_uu")
);
CREATE TABLE "product_import" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "bpartner_value" varchar(255),
  "c_bpartner_id" integer,
  "c_currency_id" integer,
  "c_uom_id" integer,
  "classification" varchar(255),
  "costperorder" numeric,
  "created" timestamp,
  "createdby" integer,
  "customstariffnumber" varchar(255),
  "deliverytime_promised" integer,
  "description" varchar(255),
  "descriptionurl" varchar(255),
  "discontinued" char(1),
  "discontinuedat" timestamp,
  "documentnote" varchar(255),
  "group1" varchar(255),
  "group2" varchar(255),
  "help" varchar(255),
  "iso_code" varchar(255),
  "i_errormsg" varchar(255),
  "i_isimported" char(1),
  "i_product_id" integer,
  "i_product_uu" varchar(255),
  "imageurl" varchar(255),
  "isactive" char(1),
  "m_attributeset_id" integer,
  "m_product_category_id" integer,
  "m_product_id" integer,
  "manufacturer" varchar(255),
  "name" varchar(255),
  "order_min" integer,
  "order_pack" integer,
  "priceeffective" timestamp,
  "pricelimit" numeric,
  "pricelist" numeric,
  "pricepo" numeric,
  "pricestd" numeric,
  "processed" char(1),
  "processing" char(1),
  "productcategory_value" varchar(255),
  "producttype" varchar(255),
  "royaltyamt" numeric,
  "sku" varchar(255),
  "shelfdepth" integer,
  "shelfheight" numeric,
  "shelfwidth" integer,
  "upc" varchar(255),
  "unitsperpallet" integer,
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  "vendorcategory" varchar(255),
  "vendorproductno" varchar(255),
  "volume" numeric,
  "weight" numeric,
  "x12de355" varchar(255),
  PRIMARY KEY ("i_product_id"),
  UNIQUE ("i_product_uu")
);
CREATE TABLE "product_operation" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "m_productoperation_id" integer,
  "m_productoperation_uu" varchar(255),
  "m_product_id" integer,
  "name" varchar(255),
  "setuptime" numeric,
  "teardowntime" numeric,
  "unitruntime" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_productoperation_id"),
  UNIQUE ("m_productoperation_uu")
);
CREATE TABLE "product_planning" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_workflow_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dd_networkdistribution_id" integer,
  "deliverytime_promised" numeric,
  "isactive" char(1),
  "iscreateplan" char(1),
  "ismps" char(1),
  "isphantom" char(1),
  "isrequireddrp" char(1),
  "isrequiredmrp" char(1),
  "m_product_id" integer,
  "m_warehouse_id" integer,
  "order_max" numeric,
  "order_min" numeric,
  "order_pack" numeric,
  "order_period" numeric,
  "order_policy" varchar(255),
  "order_qty" numeric,
  "pp_product_bom_id" integer,
  "pp_product_planning_id" integer,
  "pp_product_planning_uu" varchar(255),
  "planner_id" integer,
  "s_resource_id" integer,
  "safetystock" numeric,
  "timefence" numeric,
  "transferttime" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "workingtime" numeric,
  "yield" integer,
  PRIMARY KEY ("pp_product_planning_id"),
  UNIQUE ("pp_product_planning_uu")
);
CREATE TABLE "product_planning_import" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_workflow_id" integer,
  "bpartner_value" varchar(255),
  "c_bpartner_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dd_networkdistribution_id" integer,
  "datepromised" timestamp,
  "deliverytime_promised" numeric,
  "forecastvalue" varchar(255),
  "i_errormsg" varchar(255),
  "i_isimported" char(1),
  "i_productplanning_id" integer,
  "i_productplanning_uu" varchar(255),
  "isactive" char(1),
  "iscreateplan" char(1),
  "ismps" char(1),
  "isphantom" char(1),
  "m_forecastline_id" integer,
  "m_forecast_id" integer,
  "m_product_id" integer,
  "m_warehouse_id" integer,
  "networkdistributionvalue" varchar(255),
  "order_max" numeric,
  "order_min" numeric,
  "order_pack" numeric,
  "order_period" numeric,
  "order_policy" varchar(255),
  "order_qty" numeric,
  "orgvalue" varchar(255),
  "pp_product_bom_id" integer,
  "pp_product_planning_id" integer,
  "plannervalue" varchar(255),
  "planner_id" integer,
  "processed" char(1),
  "processing" char(1),
  "productvalue" varchar(255),
  "product_bom_value" varchar(255),
  "qty" numeric,
  "resourcevalue" varchar(255),
  "s_resource_id" integer,
  "safetystock" numeric,
  "salesrep_id" integer,
  "timefence" numeric,
  "transferttime" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "vendorproductno" varchar(255),
  "warehousevalue" varchar(255),
  "workingtime" numeric,
  "yield" integer,
  PRIMARY KEY ("i_productplanning_id"),
  UNIQUE ("i_productplanning_uu")
);
CREATE TABLE "product_po" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bpartner_id" integer,
  "c_currency_id" integer,
  "c_uom_id" integer,
  "costperorder" numeric,
  "created" timestamp,
  "createdby" integer,
  "deliverytime_actual" integer,
  "deliverytime_promised" integer,
  "discontinued" char(1),
  "discontinuedat" timestamp,
  "isactive" char(1),
  "iscurrentvendor" char(1),
  "m_product_id" integer,
  "m_product_po_uu" varchar(255),
  "manufacturer" varchar(255),
  "order_min" numeric,
  "order_pack" numeric,
  "priceeffective" timestamp,
  "pricelastinv" numeric,
  "pricelastpo" numeric,
  "pricelist" numeric,
  "pricepo" numeric,
  "qualityrating" integer,
  "royaltyamt" numeric,
  "upc" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "vendorcategory" varchar(255),
  "vendorproductno" varchar(255),
  UNIQUE ("m_product_po_uu")
);
CREATE TABLE "product_price" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "m_pricelist_version_id" integer,
  "m_productprice_id" integer,
  "m_productprice_uu" varchar(255),
  "m_product_id" integer,
  "pricelimit" numeric,
  "pricelist" numeric,
  "pricestd" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_productprice_id"),
  UNIQUE ("m_productprice_uu")
);
CREATE TABLE "product_price_vendor_break" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "breakvalue" numeric,
  "c_bpartner_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "m_pricelist_version_id" integer,
  "m_productpricevendorbreak_id" integer,
  "m_productpricevendorbreak_uu" varchar(255),
  "m_product_id" integer,
  "pricelimit" numeric,
  "pricelist" numeric,
  "pricestd" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_productpricevendorbreak_id"),
  UNIQUE ("m_productpricevendorbreak_uu")
);
CREATE TABLE "product_quality_test" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "expectedresult" varchar(255),
  "isactive" char(1),
  "m_product_id" integer,
  "m_product_qualitytest_id" integer,
  "m_product_qualitytest_uu" varchar(255),
  "m_qualitytest_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_product_qualitytest_id"),
  UNIQUE ("m_product_qualitytest_uu")
);
CREATE TABLE "production" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_costcenter_id" integer,
  "c_department_id" integer,
  "c_doctype_id" integer,
  "c_orderline_id" integer,
  "c_projectphase_id" integer,
  "c_projecttask_id" integer,
  "c_project_id" integer,
  "createfrom" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "datepromised" timestamp,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "isactive" char(1),
  "iscomplete" char(1),
  "iscreated" varchar(255),
  "isuseproductionplan" char(1),
  "m_inoutline_id" integer,
  "m_locator_id" integer,
  "m_product_id" integer,
  "m_production_id" integer,
  "m_production_uu" varchar(255),
  "movementdate" timestamp,
  "name" varchar(255),
  "pp_product_bom_id" integer,
  "posted" char(1),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "productionqty" numeric,
  "reversal_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  PRIMARY KEY ("m_production_id"),
  UNIQUE ("m_production_uu")
);
CREATE TABLE "production_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_costcenter_id" integer,
  "c_department_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isendproduct" char(1),
  "line" integer,
  "m_attributesetinstance_id" integer,
  "m_locator_id" integer,
  "m_product_id" integer,
  "m_productionline_id" integer,
  "m_productionline_uu" varchar(255),
  "m_productionplan_id" integer,
  "m_production_id" integer,
  "movementqty" numeric,
  "plannedqty" numeric,
  "processed" char(1),
  "qtyused" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_productionline_id"),
  UNIQUE ("m_productionline_uu")
);
CREATE TABLE "production_line_ma" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datematerialpolicy" timestamp,
  "isactive" char(1),
  "m_attributesetinstance_id" integer,
  "m_productionlinema_uu" varchar(255),
  "m_productionline_id" integer,
  "movementqty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("m_productionlinema_uu")
);
CREATE TABLE "production_plan" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "line" integer,
  "m_locator_id" integer,
  "m_product_id" integer,
  "m_productionplan_id" integer,
  "m_productionplan_uu" varchar(255),
  "m_production_id" integer,
  "processed" char(1),
  "productionqty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_productionplan_id"),
  UNIQUE ("m_productionplan_uu")
);
CREATE TABLE "project" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "c_activity_id" integer,
  "c_bpartnersr_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_campaign_id" integer,
  "c_currency_id" integer,
  "c_paymentterm_id" integer,
  "c_phase_id" integer,
  "c_projecttype_id" integer,
  "c_project_id" integer,
  "c_project_uu" varchar(255),
  "committedamt" numeric,
  "committedqty" numeric,
  "copyfrom" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "datecontract" timestamp,
  "datefinish" timestamp,
  "description" varchar(255),
  "generateto" varchar(255),
  "invoicedamt" numeric,
  "invoicedqty" numeric,
  "isactive" char(1),
  "iscommitceiling" char(1),
  "iscommitment" char(1),
  "issummary" char(1),
  "m_pricelist_version_id" integer,
  "m_warehouse_id" integer,
  "name" varchar(255),
  "note" varchar(255),
  "poreference" varchar(255),
  "plannedamt" numeric,
  "plannedmarginamt" numeric,
  "plannedqty" numeric,
  "processed" char(1),
  "processing" char(1),
  "projinvoicerule" varchar(255),
  "projectbalanceamt" numeric,
  "projectcategory" varchar(255),
  "projectlinelevel" varchar(255),
  "salesrep_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_project_id"),
  UNIQUE ("c_project_uu")
);
CREATE TABLE "project_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_acctschema_id" integer,
  "c_project_acct_uu" varchar(255),
  "c_project_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "pj_asset_acct" integer,
  "pj_wip_acct" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("c_project_acct_uu")
);
CREATE TABLE "project_issue" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_projectissue_id" integer,
  "c_projectissue_uu" varchar(255),
  "c_project_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "line" integer,
  "m_attributesetinstance_id" integer,
  "m_inoutline_id" integer,
  "m_locator_id" integer,
  "m_product_id" integer,
  "movementdate" timestamp,
  "movementqty" numeric,
  "posted" char(1),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "reversal_id" integer,
  "s_timeexpenseline_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_projectissue_id"),
  UNIQUE ("c_projectissue_uu")
);
CREATE TABLE "project_issue_ma" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_projectissuema_uu" varchar(255),
  "c_projectissue_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "m_attributesetinstance_id" integer,
  "movementqty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("c_projectissuema_uu")
);
CREATE TABLE "project_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_orderpo_id" integer,
  "c_order_id" integer,
  "c_projectissue_id" integer,
  "c_projectline_id" integer,
  "c_projectline_uu" varchar(255),
  "c_projectphase_id" integer,
  "c_projecttask_id" integer,
  "c_project_id" integer,
  "committedamt" numeric,
  "committedqty" numeric,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "dopricing" varchar(255),
  "invoicedamt" numeric,
  "invoicedqty" numeric,
  "isactive" char(1),
  "isprinted" char(1),
  "line" integer,
  "m_product_category_id" integer,
  "m_product_id" integer,
  "m_production_id" integer,
  "plannedamt" numeric,
  "plannedmarginamt" numeric,
  "plannedprice" numeric,
  "plannedqty" numeric,
  "processed" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_projectline_id"),
  UNIQUE ("c_projectline_uu")
);
CREATE TABLE "project_phase" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_order_id" integer,
  "c_phase_id" integer,
  "c_projectphase_id" integer,
  "c_projectphase_uu" varchar(255),
  "c_project_id" integer,
  "committedamt" numeric,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "enddate" timestamp,
  "generateorder" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "iscommitceiling" char(1),
  "iscomplete" char(1),
  "m_product_id" integer,
  "name" varchar(255),
  "plannedamt" numeric,
  "priceactual" numeric,
  "projinvoicerule" varchar(255),
  "qty" numeric,
  "seqno" integer,
  "startdate" timestamp,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_projectphase_id"),
  UNIQUE ("c_projectphase_uu")
);
CREATE TABLE "project_task" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_projectphase_id" integer,
  "c_projecttask_id" integer,
  "c_projecttask_uu" varchar(255),
  "c_task_id" integer,
  "committedamt" numeric,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "m_product_id" integer,
  "name" varchar(255),
  "plannedamt" numeric,
  "projinvoicerule" varchar(255),
  "qty" numeric,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_projecttask_id"),
  UNIQUE ("c_projecttask_uu")
);
CREATE TABLE "project_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_projecttype_id" integer,
  "c_projecttype_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "projectcategory" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_projecttype_id"),
  UNIQUE ("c_projecttype_uu")
);
CREATE TABLE "quality_test" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "m_qualitytest_id" integer,
  "m_qualitytest_uu" varchar(255),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_qualitytest_id"),
  UNIQUE ("m_qualitytest_uu")
);
CREATE TABLE "quality_test_result" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "expectedresult" varchar(255),
  "isactive" char(1),
  "isqcpass" char(1),
  "m_attributesetinstance_id" integer,
  "m_qualitytestresult_id" integer,
  "m_qualitytestresult_uu" varchar(255),
  "m_qualitytest_id" integer,
  "processed" char(1),
  "result" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_qualitytestresult_id"),
  UNIQUE ("m_qualitytestresult_uu")
);
CREATE TABLE "ratio" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_acctschema_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "pa_ratio_id" integer,
  "pa_ratio_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pa_ratio_id"),
  UNIQUE ("pa_ratio_uu")
);
CREATE TABLE "ratio_element" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "account_id" integer,
  "constantvalue" numeric,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "pa_measurecalc_id" integer,
  "pa_ratioelement_id" integer,
  "pa_ratioelement_uu" varchar(255),
  "pa_ratioused_id" integer,
  "pa_ratio_id" integer,
  "postingtype" varchar(255),
  "ratioelementtype" varchar(255),
  "ratiooperand" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pa_ratioelement_id"),
  UNIQUE ("pa_ratioelement_uu")
);
CREATE TABLE "recent_item" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_recentitem_id" integer,
  "ad_recentitem_uu" varchar(255),
  "ad_role_id" integer,
  "ad_tab_id" integer,
  "ad_table_id" integer,
  "ad_user_id" integer,
  "ad_window_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "record_id" integer,
  "record_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_recentitem_id"),
  UNIQUE ("ad_recentitem_uu")
);
CREATE TABLE "reconciliation" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "account_id" integer,
  "amtacct" numeric,
  "c_bpartner_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "fact_acct_id" integer,
  "fact_reconciliation_id" integer,
  "fact_reconciliation_uu" varchar(255),
  "isactive" char(1),
  "matchcode" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("fact_reconciliation_id"),
  UNIQUE ("fact_reconciliation_uu")
);
CREATE TABLE "reconciliation_temp" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_pinstance_id" integer,
  "created" timestamp,
  "createdby" integer,
  "fact_acct_id" integer,
  "isactive" char(1),
  "matchcode" varchar(255),
  "t_reconciliation_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("t_reconciliation_uu")
);
CREATE TABLE "record_access" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_record_access_uu" varchar(255),
  "ad_role_id" integer,
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isdependententities" char(1),
  "isexclude" char(1),
  "isreadonly" char(1),
  "record_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_record_access_uu")
);
CREATE TABLE "recurring" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_invoice_id" integer,
  "c_order_id" integer,
  "c_payment_id" integer,
  "c_project_id" integer,
  "c_recurringgroup_id" integer,
  "c_recurring_id" integer,
  "c_recurring_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "datelastrun" timestamp,
  "datenextrun" timestamp,
  "description" varchar(255),
  "frequency" integer,
  "frequencytype" varchar(255),
  "gl_journalbatch_id" integer,
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "processing" char(1),
  "recurringtype" varchar(255),
  "runsmax" integer,
  "runsremaining" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_recurring_id"),
  UNIQUE ("c_recurring_uu")
);
CREATE TABLE "recurring_group" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_recurringgroup_id" integer,
  "c_recurringgroup_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_recurringgroup_id"),
  UNIQUE ("c_recurringgroup_uu")
);
CREATE TABLE "recurring_run" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_invoice_id" integer,
  "c_order_id" integer,
  "c_payment_id" integer,
  "c_project_id" integer,
  "c_recurring_id" integer,
  "c_recurring_run_id" integer,
  "c_recurring_run_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "datedoc" timestamp,
  "gl_journalbatch_id" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_recurring_run_id"),
  UNIQUE ("c_recurring_run_uu")
);
CREATE TABLE "ref_list" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_ref_list_id" integer,
  "ad_ref_list_uu" varchar(255),
  "ad_reference_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  "value" varchar(255),
  PRIMARY KEY ("ad_ref_list_id"),
  UNIQUE ("ad_ref_list_uu")
);
CREATE TABLE "ref_table" (
  "ad_client_id" integer,
  "ad_display" integer,
  "ad_infowindow_id" integer,
  "ad_key" integer,
  "ad_org_id" integer,
  "ad_ref_table_uu" varchar(255),
  "ad_reference_id" integer,
  "ad_table_id" integer,
  "ad_window_id" integer,
  "created" timestamp,
  "createdby" integer,
  "displaysql" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "isdisplayidentifier" char(1),
  "isvaluedisplayed" char(1),
  "orderbyclause" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "whereclause" varchar(255),
  UNIQUE ("ad_ref_table_uu")
);
CREATE TABLE "reference" (
  "ad_client_id" integer,
  "ad_element_id" integer,
  "ad_org_id" integer,
  "ad_reference_id" integer,
  "ad_reference_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isorderbyvalue" char(1),
  "name" varchar(255),
  "showinactive" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "vformat" varchar(255),
  "validationtype" varchar(255),
  PRIMARY KEY ("ad_reference_id"),
  UNIQUE ("ad_reference_uu")
);
CREATE TABLE "region" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_country_id" integer,
  "c_region_id" integer,
  "c_region_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_region_id"),
  UNIQUE ("c_region_uu")
);
CREATE TABLE "registered_device" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "expiration" timestamp,
  "help" varchar(255),
  "isactive" char(1),
  "mfadeviceidentifier" varchar(255),
  "mfa_registereddevice_id" integer,
  "mfa_registereddevice_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("mfa_registereddevice_id"),
  UNIQUE ("mfa_registereddevice_uu")
);
CREATE TABLE "registration" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_registration_id" integer,
  "ad_registration_uu" varchar(255),
  "ad_system_id" integer,
  "c_currency_id" integer,
  "c_location_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "industryinfo" varchar(255),
  "isactive" char(1),
  "isallowpublish" char(1),
  "isallowstatistics" char(1),
  "isinproduction" char(1),
  "isregistered" char(1),
  "numberemployees" integer,
  "platforminfo" varchar(255),
  "processing" char(1),
  "record_id" integer,
  "remote_addr" varchar(255),
  "remote_host" varchar(255),
  "salesvolume" integer,
  "startproductiondate" timestamp,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_registration_id"),
  UNIQUE ("ad_registration_uu")
);
CREATE TABLE "registration_attribute" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_reference_id" integer,
  "ad_reference_value_id" integer,
  "a_registrationattribute_id" integer,
  "a_registrationattribute_uu" varchar(255),
  "columnname" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isselfservice" char(1),
  "name" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("a_registrationattribute_id"),
  UNIQUE ("a_registrationattribute_uu")
);
CREATE TABLE "registration_product" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_registrationattribute_id" integer,
  "a_registrationproduct_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "m_product_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("a_registrationproduct_uu")
);
CREATE TABLE "registration_value" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "a_registrationattribute_id" integer,
  "a_registrationvalue_uu" varchar(255),
  "a_registration_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("a_registrationvalue_uu")
);
CREATE TABLE "related_product" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "m_product_id" integer,
  "m_relatedproduct_uu" varchar(255),
  "name" varchar(255),
  "relatedproducttype" varchar(255),
  "relatedproduct_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("m_relatedproduct_uu")
);
CREATE TABLE "relation_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_reference_source_id" integer,
  "ad_reference_target_id" integer,
  "ad_relationtype_id" integer,
  "ad_relationtype_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "isdirected" char(1),
  "name" varchar(255),
  "role_source" varchar(255),
  "role_target" varchar(255),
  "type" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_relationtype_id"),
  UNIQUE ("ad_relationtype_uu")
);
CREATE TABLE "remuneration" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_remuneration_id" integer,
  "c_remuneration_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "grossramt" numeric,
  "grossrcost" numeric,
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "overtimeamt" numeric,
  "overtimecost" numeric,
  "remunerationtype" varchar(255),
  "standardhours" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_remuneration_id"),
  UNIQUE ("c_remuneration_uu")
);
CREATE TABLE "replenish" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "level_max" numeric,
  "level_min" numeric,
  "m_locator_id" integer,
  "m_product_id" integer,
  "m_replenish_uu" varchar(255),
  "m_warehousesource_id" integer,
  "m_warehouse_id" integer,
  "qtybatchsize" numeric,
  "replenishtype" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("m_replenish_uu")
);
CREATE TABLE "replenish_temp" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_pinstance_id" integer,
  "c_bpartner_id" integer,
  "c_doctype_id" integer,
  "level_max" numeric,
  "level_min" numeric,
  "m_product_id" integer,
  "m_warehousesource_id" integer,
  "m_warehouse_id" integer,
  "order_min" numeric,
  "order_pack" numeric,
  "qtyonhand" numeric,
  "qtyordered" numeric,
  "qtyreserved" numeric,
  "qtytoorder" numeric,
  "replenishtype" varchar(255),
  "replenishmentcreate" varchar(255),
  "t_replenish_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("t_replenish_uu")
);
CREATE TABLE "replication" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_replicationstrategy_id" integer,
  "ad_replication_id" integer,
  "ad_replication_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "datelastrun" timestamp,
  "description" varchar(255),
  "help" varchar(255),
  "hostaddress" varchar(255),
  "hostport" integer,
  "idrangeend" numeric,
  "idrangestart" numeric,
  "isactive" char(1),
  "isrmioverhttp" char(1),
  "name" varchar(255),
  "prefix" varchar(255),
  "processing" char(1),
  "remote_client_id" integer,
  "remote_org_id" integer,
  "suffix" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_replication_id"),
  UNIQUE ("ad_replication_uu")
);
CREATE TABLE "replication_document" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_replicationdocument_id" integer,
  "ad_replicationdocument_uu" varchar(255),
  "ad_replicationstrategy_id" integer,
  "ad_table_id" integer,
  "c_doctype_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "replicationtype" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_replicationdocument_id"),
  UNIQUE ("ad_replicationdocument_uu")
);
CREATE TABLE "replication_log" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_replicationtable_id" integer,
  "ad_replication_log_id" integer,
  "ad_replication_log_uu" varchar(255),
  "ad_replication_run_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isreplicated" char(1),
  "p_msg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_replication_log_id"),
  UNIQUE ("ad_replication_log_uu")
);
CREATE TABLE "replication_run" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_replication_id" integer,
  "ad_replication_run_id" integer,
  "ad_replication_run_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isreplicated" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_replication_run_id"),
  UNIQUE ("ad_replication_run_uu")
);
CREATE TABLE "replication_strategy" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_replicationstrategy_id" integer,
  "ad_replicationstrategy_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "exp_processor_id" integer,
  "entitytype" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("ad_replicationstrategy_id"),
  UNIQUE ("ad_replicationstrategy_uu")
);
CREATE TABLE "replication_table" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_replicationstrategy_id" integer,
  "ad_replicationtable_id" integer,
  "ad_replicationtable_uu" varchar(255),
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "replicationtype" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_replicationtable_id"),
  UNIQUE ("ad_replicationtable_uu")
);
CREATE TABLE "report" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_printformat_id" integer,
  "c_acctschema_id" integer,
  "c_calendar_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "excludeadjustmentperiods" varchar(255),
  "isactive" char(1),
  "jasperprocess_id" integer,
  "jasperprocessing" varchar(255),
  "listsources" char(1),
  "listsourcesxtrx" char(1),
  "listtrx" char(1),
  "name" varchar(255),
  "pa_reportcolumnset_id" integer,
  "pa_reportcube_id" integer,
  "pa_reportlineset_id" integer,
  "pa_report_id" integer,
  "pa_report_uu" varchar(255),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pa_report_id"),
  UNIQUE ("pa_report_uu")
);
CREATE TABLE "report_column" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_currency_id" integer,
  "c_elementvalue_id" integer,
  "c_location_id" integer,
  "c_project_id" integer,
  "c_salesregion_id" integer,
  "calculationtype" varchar(255),
  "columntype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "currencytype" varchar(255),
  "description" varchar(255),
  "elementtype" varchar(255),
  "factor" varchar(255),
  "formatpattern" varchar(255),
  "gl_budget_id" integer,
  "isactive" char(1),
  "isadhocconversion" char(1),
  "isallowoppositesign" char(1),
  "isincludenullsactivity" char(1),
  "isincludenullsbpartner" char(1),
  "isincludenullscampaign" char(1),
  "isincludenullselementvalue" char(1),
  "isincludenullslocation" char(1),
  "isincludenullsorg" char(1),
  "isincludenullsorgtrx" char(1),
  "isincludenullsproduct" char(1),
  "isincludenullsproject" char(1),
  "isincludenullssalesregion" char(1),
  "isincludenullsuserelement1" char(1),
  "isincludenullsuserelement2" char(1),
  "isprinted" char(1),
  "m_product_id" integer,
  "multiplier" numeric,
  "name" varchar(255),
  "oper_1_id" integer,
  "oper_2_id" integer,
  "oper_2_linename" varchar(255),
  "org_id" integer,
  "paamounttype" varchar(255),
  "paperiodtype" varchar(255),
  "pa_reportcolumnset_id" integer,
  "pa_reportcolumn_id" integer,
  "pa_reportcolumn_uu" varchar(255),
  "postingtype" varchar(255),
  "relativeperiod" numeric,
  "relativeperiodto" numeric,
  "roundfactor" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  "userelement1_id" integer,
  "userelement2_id" integer,
  PRIMARY KEY ("pa_reportcolumn_id"),
  UNIQUE ("pa_reportcolumn_uu")
);
CREATE TABLE "report_column_set" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "pa_reportcolumnset_id" integer,
  "pa_reportcolumnset_uu" varchar(255),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pa_reportcolumnset_id"),
  UNIQUE ("pa_reportcolumnset_uu")
);
CREATE TABLE "report_cube" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_calendar_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isactivitydim" char(1),
  "isbpartnerdim" char(1),
  "iscampaigndim" char(1),
  "isglbudgetdim" char(1),
  "islocfromdim" char(1),
  "isloctodim" char(1),
  "isorgtrxdim" char(1),
  "isproductdim" char(1),
  "isprojectdim" char(1),
  "isprojectphasedim" char(1),
  "isprojecttaskdim" char(1),
  "issalesregiondim" char(1),
  "issubacctdim" char(1),
  "isuser1dim" char(1),
  "isuser2dim" char(1),
  "isuserelement1dim" char(1),
  "isuserelement2dim" char(1),
  "lastrecalculated" timestamp,
  "name" varchar(255),
  "pa_reportcube_id" integer,
  "pa_reportcube_uu" varchar(255),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pa_reportcube_id"),
  UNIQUE ("pa_reportcube_uu")
);
CREATE TABLE "report_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "calculationtype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "gl_budget_id" integer,
  "isactive" char(1),
  "isinversedebitcreditonly" char(1),
  "isprinted" char(1),
  "isshowoppositesign" char(1),
  "linetype" varchar(255),
  "multiplier" numeric,
  "name" varchar(255),
  "oper_1_id" integer,
  "oper_2_id" integer,
  "overlinestroketype" varchar(255),
  "paamounttype" varchar(255),
  "paperiodtype" varchar(255),
  "pa_reportlineset_id" integer,
  "pa_reportline_id" integer,
  "pa_reportline_uu" varchar(255),
  "postingtype" varchar(255),
  "roundfactor" integer,
  "seqno" integer,
  "underlinestroketype" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pa_reportline_id"),
  UNIQUE ("pa_reportline_uu")
);
CREATE TABLE "report_line_import" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_elementvalue_id" integer,
  "calculationtype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "elementvalue" varchar(255),
  "i_errormsg" varchar(255),
  "i_isimported" char(1),
  "i_reportline_id" integer,
  "i_reportline_uu" varchar(255),
  "isactive" char(1),
  "isprinted" char(1),
  "issummary" char(1),
  "linetype" varchar(255),
  "name" varchar(255),
  "paamounttype" varchar(255),
  "paperiodtype" varchar(255),
  "pa_reportlineset_id" integer,
  "pa_reportline_id" integer,
  "pa_reportsource_id" integer,
  "postingtype" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "reportlinesetname" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("i_reportline_id"),
  UNIQUE ("i_reportline_uu")
);
CREATE TABLE "report_line_set" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "pa_reportlineset_id" integer,
  "pa_reportlineset_uu" varchar(255),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pa_reportlineset_id"),
  UNIQUE ("pa_reportlineset_uu")
);
CREATE TABLE "report_source" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_elementvalue_id" integer,
  "c_location_id" integer,
  "c_project_id" integer,
  "c_salesregion_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "elementtype" varchar(255),
  "isactive" char(1),
  "isincludenullsactivity" char(1),
  "isincludenullsbpartner" char(1),
  "isincludenullscampaign" char(1),
  "isincludenullselementvalue" char(1),
  "isincludenullslocation" char(1),
  "isincludenullsorg" char(1),
  "isincludenullsorgtrx" char(1),
  "isincludenullsproduct" char(1),
  "isincludenullsproject" char(1),
  "isincludenullssalesregion" char(1),
  "isincludenullsuserelement1" char(1),
  "isincludenullsuserelement2" char(1),
  "m_product_id" integer,
  "org_id" integer,
  "pa_reportline_id" integer,
  "pa_reportsource_id" integer,
  "pa_reportsource_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "userelement1_id" integer,
  "userelement2_id" integer,
  PRIMARY KEY ("pa_reportsource_id"),
  UNIQUE ("pa_reportsource_uu")
);
CREATE TABLE "report_statement" (
  "ad_pinstance_id" integer,
  "account_id" integer,
  "amtacctcr" numeric,
  "amtacctdr" numeric,
  "balance" numeric,
  "c_bpartner_id" integer,
  "dateacct" timestamp,
  "description" varchar(255),
  "fact_acct_id" integer,
  "levelno" integer,
  "name" varchar(255),
  "qty" numeric,
  "t_reportstatement_uu" varchar(255),
  UNIQUE ("t_reportstatement_uu")
);
CREATE TABLE "report_temp" (
  "ad_pinstance_id" integer,
  "col_0" numeric,
  "col_1" numeric,
  "col_10" numeric,
  "col_11" numeric,
  "col_12" numeric,
  "col_13" numeric,
  "col_14" numeric,
  "col_15" numeric,
  "col_16" numeric,
  "col_17" numeric,
  "col_18" numeric,
  "col_19" numeric,
  "col_2" numeric,
  "col_20" numeric,
  "col_21" numeric,
  "col_22" numeric,
  "col_23" numeric,
  "col_24" numeric,
  "col_25" numeric,
  "col_26" numeric,
  "col_27" numeric,
  "col_28" numeric,
  "col_29" numeric,
  "col_3" numeric,
  "col_30" numeric,
  "col_4" numeric,
  "col_5" numeric,
  "col_6" numeric,
  "col_7" numeric,
  "col_8" numeric,
  "col_9" numeric,
  "description" varchar(255),
  "fact_acct_id" integer,
  "levelno" integer,
  "name" varchar(255),
  "pa_reportline_id" integer,
  "record_id" integer,
  "seqno" integer,
  "t_report_uu" varchar(255),
  UNIQUE ("t_report_uu")
);
CREATE TABLE "report_view" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_reportview_id" integer,
  "ad_reportview_uu" varchar(255),
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "orderbyclause" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "whereclause" varchar(255),
  PRIMARY KEY ("ad_reportview_id"),
  UNIQUE ("ad_reportview_uu")
);
CREATE TABLE "report_view_col" (
  "ad_client_id" integer,
  "ad_column_id" integer,
  "ad_org_id" integer,
  "ad_reportview_col_id" integer,
  "ad_reportview_col_uu" varchar(255),
  "ad_reportview_id" integer,
  "created" timestamp,
  "createdby" integer,
  "functioncolumn" varchar(255),
  "isactive" char(1),
  "isgroupfunction" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_reportview_col_id"),
  UNIQUE ("ad_reportview_col_uu")
);
CREATE TABLE "report_view_column" (
  "ad_client_id" integer,
  "ad_column_id" integer,
  "ad_org_id" integer,
  "ad_reportview_column_uu" varchar(255),
  "ad_reportview_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_reportview_column_uu")
);
CREATE TABLE "request" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_table_id" integer,
  "ad_user_id" integer,
  "a_asset_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_costcenter_id" integer,
  "c_department_id" integer,
  "c_invoicerequest_id" integer,
  "c_invoice_id" integer,
  "c_order_id" integer,
  "c_payment_id" integer,
  "c_project_id" integer,
  "closedate" timestamp,
  "confidentialtype" varchar(255),
  "confidentialtypeentry" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "datecompleteplan" timestamp,
  "datelastaction" timestamp,
  "datelastalert" timestamp,
  "datenextaction" timestamp,
  "datestartplan" timestamp,
  "documentno" varchar(255),
  "duetype" varchar(255),
  "endtime" timestamp,
  "isactive" char(1),
  "isescalated" char(1),
  "isinvoiced" char(1),
  "isselfservice" char(1),
  "lastresult" varchar(255),
  "m_changerequest_id" integer,
  "m_fixchangenotice_id" integer,
  "m_inout_id" integer,
  "m_productspent_id" integer,
  "m_product_id" integer,
  "m_rma_id" integer,
  "nextaction" varchar(255),
  "priority" varchar(255),
  "priorityuser" varchar(255),
  "processed" char(1),
  "qtyinvoiced" numeric,
  "qtyplan" numeric,
  "qtyspent" numeric,
  "r_category_id" integer,
  "r_group_id" integer,
  "r_mailtext_id" integer,
  "r_requestrelated_id" integer,
  "r_requesttype_id" integer,
  "r_request_id" integer,
  "r_request_uu" varchar(255),
  "r_resolution_id" integer,
  "r_standardresponse_id" integer,
  "r_status_id" integer,
  "record_id" integer,
  "record_uu" varchar(255),
  "requestamt" numeric,
  "result" varchar(255),
  "salesrep_id" integer,
  "startdate" timestamp,
  "starttime" timestamp,
  "summary" varchar(255),
  "taskstatus" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("r_request_id"),
  UNIQUE ("r_request_uu")
);
CREATE TABLE "request_action" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_user_id" integer,
  "a_asset_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_invoice_id" integer,
  "c_order_id" integer,
  "c_payment_id" integer,
  "c_project_id" integer,
  "confidentialtype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "datecompleteplan" timestamp,
  "datenextaction" timestamp,
  "datestartplan" timestamp,
  "enddate" timestamp,
  "isactive" char(1),
  "isescalated" varchar(255),
  "isinvoiced" char(1),
  "isselfservice" varchar(255),
  "m_inout_id" integer,
  "m_productspent_id" integer,
  "m_product_id" integer,
  "m_rma_id" integer,
  "nullcolumns" varchar(255),
  "priority" varchar(255),
  "priorityuser" varchar(255),
  "qtyinvoiced" numeric,
  "qtyplan" numeric,
  "qtyspent" numeric,
  "r_category_id" integer,
  "r_group_id" integer,
  "r_requestaction_id" integer,
  "r_requestaction_uu" varchar(255),
  "r_requesttype_id" integer,
  "r_request_id" integer,
  "r_resolution_id" integer,
  "r_status_id" integer,
  "salesrep_id" integer,
  "startdate" timestamp,
  "summary" varchar(255),
  "taskstatus" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("r_requestaction_id"),
  UNIQUE ("r_requestaction_uu")
);
CREATE TABLE "request_processor" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_schedule_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datelastrun" timestamp,
  "datenextrun" timestamp,
  "description" varchar(255),
  "inactivityalertdays" integer,
  "isactive" char(1),
  "keeplogdays" integer,
  "name" varchar(255),
  "overduealertdays" integer,
  "overdueassigndays" integer,
  "processing" char(1),
  "r_requestprocessor_id" integer,
  "r_requestprocessor_uu" varchar(255),
  "r_requesttype_id" integer,
  "reminddays" integer,
  "supervisor_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("r_requestprocessor_id"),
  UNIQUE ("r_requestprocessor_uu")
);
CREATE TABLE "request_processor_log" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "binarydata" bytea,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "iserror" char(1),
  "r_requestprocessorlog_id" integer,
  "r_requestprocessorlog_uu" varchar(255),
  "r_requestprocessor_id" integer,
  "reference" varchar(255),
  "summary" varchar(255),
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("r_requestprocessorlog_id"),
  UNIQUE ("r_requestprocessorlog_uu")
);
CREATE TABLE "request_processor_route" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "keyword" varchar(255),
  "r_requestprocessor_id" integer,
  "r_requestprocessor_route_id" integer,
  "r_requestprocessor_route_uu" varchar(255),
  "r_requesttype_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("r_requestprocessor_route_id"),
  UNIQUE ("r_requestprocessor_route_uu")
);
CREATE TABLE "request_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "autoduedatedays" integer,
  "confidentialtype" varchar(255),
  "contentcolor" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "duedatetolerance" integer,
  "headercolor" varchar(255),
  "isactive" char(1),
  "isautochangerequest" char(1),
  "isconfidentialinfo" char(1),
  "isdefault" char(1),
  "isemailwhendue" char(1),
  "isemailwhenoverdue" char(1),
  "isindexed" char(1),
  "isinvoiced" char(1),
  "isselfservice" char(1),
  "name" varchar(255),
  "r_requesttype_id" integer,
  "r_requesttype_uu" varchar(255),
  "r_statuscategory_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("r_requesttype_id"),
  UNIQUE ("r_requesttype_uu")
);
CREATE TABLE "request_type_updates" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isselfservice" char(1),
  "r_requesttypeupdates_uu" varchar(255),
  "r_requesttype_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("r_requesttypeupdates_uu")
);
CREATE TABLE "request_update" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "confidentialtypeentry" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "endtime" timestamp,
  "isactive" char(1),
  "m_productspent_id" integer,
  "qtyinvoiced" numeric,
  "qtyspent" numeric,
  "r_requestupdate_id" integer,
  "r_requestupdate_uu" varchar(255),
  "r_request_id" integer,
  "result" varchar(255),
  "starttime" timestamp,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("r_requestupdate_id"),
  UNIQUE ("r_requestupdate_uu")
);
CREATE TABLE "request_updates" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isselfservice" char(1),
  "r_requestupdates_uu" varchar(255),
  "r_request_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("r_requestupdates_uu")
);
CREATE TABLE "required_plugin" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_requiredplugin_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "entitytype" varchar(255),
  "isactive" char(1),
  "pluginexpectedstate" varchar(255),
  "pluginname" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_requiredplugin_uu")
);
CREATE TABLE "requisition" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "c_doctype_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datedoc" timestamp,
  "daterequired" timestamp,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "m_pricelist_id" integer,
  "m_requisition_id" integer,
  "m_requisition_uu" varchar(255),
  "m_warehouse_id" integer,
  "posted" char(1),
  "priorityrule" varchar(255),
  "processed" char(1),
  "processedon" numeric,
  "processing" char(1),
  "totallines" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_requisition_id"),
  UNIQUE ("m_requisition_uu")
);
CREATE TABLE "requisition_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bpartner_id" integer,
  "c_charge_id" integer,
  "c_orderline_id" integer,
  "c_uom_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "line" integer,
  "linenetamt" numeric,
  "m_attributesetinstance_id" integer,
  "m_product_id" integer,
  "m_requisitionline_id" integer,
  "m_requisitionline_uu" varchar(255),
  "m_requisition_id" integer,
  "priceactual" numeric,
  "qty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_requisitionline_id"),
  UNIQUE ("m_requisitionline_uu")
);
CREATE TABLE "resolution" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "r_resolution_id" integer,
  "r_resolution_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("r_resolution_id"),
  UNIQUE ("r_resolution_uu")
);
CREATE TABLE "resource" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "chargeableqty" numeric,
  "created" timestamp,
  "createdby" integer,
  "dailycapacity" numeric,
  "description" varchar(255),
  "isactive" char(1),
  "isavailable" char(1),
  "ismanufacturingresource" char(1),
  "m_warehouse_id" integer,
  "manufacturingresourcetype" varchar(255),
  "name" varchar(255),
  "percentutilization" numeric,
  "planninghorizon" integer,
  "queuingtime" numeric,
  "s_resourcetype_id" integer,
  "s_resource_id" integer,
  "s_resource_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  "waitingtime" numeric,
  PRIMARY KEY ("s_resource_id"),
  UNIQUE ("s_resource_uu")
);
CREATE TABLE "resource_assignment" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "assigndatefrom" timestamp,
  "assigndateto" timestamp,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isconfirmed" char(1),
  "name" varchar(255),
  "qty" numeric,
  "s_resourceassignment_id" integer,
  "s_resourceassignment_uu" varchar(255),
  "s_resource_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("s_resourceassignment_id"),
  UNIQUE ("s_resourceassignment_uu")
);
CREATE TABLE "resource_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "allowuomfractions" char(1),
  "c_taxcategory_id" integer,
  "c_uom_id" integer,
  "chargeableqty" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isdateslot" char(1),
  "issingleassignment" char(1),
  "istimeslot" char(1),
  "m_product_category_id" integer,
  "name" varchar(255),
  "onfriday" char(1),
  "onmonday" char(1),
  "onsaturday" char(1),
  "onsunday" char(1),
  "onthursday" char(1),
  "ontuesday" char(1),
  "onwednesday" char(1),
  "s_resourcetype_id" integer,
  "s_resourcetype_uu" varchar(255),
  "timeslotend" timestamp,
  "timeslotstart" timestamp,
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("s_resourcetype_id"),
  UNIQUE ("s_resourcetype_uu")
);
CREATE TABLE "resource_un_available" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datefrom" timestamp,
  "dateto" timestamp,
  "description" varchar(255),
  "isactive" char(1),
  "s_resourceunavailable_id" integer,
  "s_resourceunavailable_uu" varchar(255),
  "s_resource_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("s_resourceunavailable_id"),
  UNIQUE ("s_resourceunavailable_uu")
);
CREATE TABLE "revenue_recog_service" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_revenuerecog_service_id" integer,
  "c_revenuerecog_service_uu" varchar(255),
  "c_revenuerecognition_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "line" integer,
  "percent" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_revenuerecog_service_id"),
  UNIQUE ("c_revenuerecog_service_uu")
);
CREATE TABLE "revenue_recognition" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_revenuerecognition_id" integer,
  "c_revenuerecognition_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "fixedrecogday" integer,
  "isactive" char(1),
  "istimebased" char(1),
  "name" varchar(255),
  "nomonths" integer,
  "recognitionfrequency" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_revenuerecognition_id"),
  UNIQUE ("c_revenuerecognition_uu")
);
CREATE TABLE "revenue_recognition_plan" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_acctschema_id" integer,
  "c_currency_id" integer,
  "c_invoiceline_id" integer,
  "c_revenuerecognition_id" integer,
  "c_revenuerecognition_plan_id" integer,
  "c_revenuerecognition_plan_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "p_revenue_acct" integer,
  "recognizedamt" numeric,
  "totalamt" numeric,
  "unearnedrevenue_acct" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_revenuerecognition_plan_id"),
  UNIQUE ("c_revenuerecognition_plan_uu")
);
CREATE TABLE "revenue_recognition_run" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_revenuerecog_service_id" integer,
  "c_revenuerecognition_plan_id" integer,
  "c_revenuerecognition_run_id" integer,
  "c_revenuerecognition_run_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "daterecognized" timestamp,
  "gl_journal_id" integer,
  "isactive" char(1),
  "recognizedamt" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_revenuerecognition_run_id"),
  UNIQUE ("c_revenuerecognition_run_uu")
);
CREATE TABLE "rf_q" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_currency_id" integer,
  "c_order_id" integer,
  "c_rfq_id" integer,
  "c_rfq_topic_id" integer,
  "c_rfq_uu" varchar(255),
  "copylines" varchar(255),
  "createpo" varchar(255),
  "createso" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dateresponse" timestamp,
  "dateworkcomplete" timestamp,
  "dateworkstart" timestamp,
  "deliverydays" integer,
  "description" varchar(255),
  "documentno" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isinvitedvendorsonly" char(1),
  "isquoteallqty" char(1),
  "isquotetotalamt" char(1),
  "isrfqresponseaccepted" char(1),
  "isselfservice" char(1),
  "margin" numeric,
  "name" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "publishrfq" varchar(255),
  "quotetype" varchar(255),
  "rankrfq" varchar(255),
  "salesrep_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_rfq_id"),
  UNIQUE ("c_rfq_uu")
);
CREATE TABLE "rf_q_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_rfqline_id" integer,
  "c_rfqline_uu" varchar(255),
  "c_rfq_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateworkcomplete" timestamp,
  "dateworkstart" timestamp,
  "deliverydays" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "line" integer,
  "m_attributesetinstance_id" integer,
  "m_product_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_rfqline_id"),
  UNIQUE ("c_rfqline_uu")
);
CREATE TABLE "rf_q_line_qty" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "benchmarkprice" numeric,
  "bestresponseamt" numeric,
  "c_rfqlineqty_id" integer,
  "c_rfqlineqty_uu" varchar(255),
  "c_rfqline_id" integer,
  "c_uom_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isofferqty" char(1),
  "ispurchaseqty" char(1),
  "isrfqqty" char(1),
  "margin" numeric,
  "offeramt" numeric,
  "qty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_rfqlineqty_id"),
  UNIQUE ("c_rfqlineqty_uu")
);
CREATE TABLE "rf_q_response" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_currency_id" integer,
  "c_order_id" integer,
  "c_rfqresponse_id" integer,
  "c_rfqresponse_uu" varchar(255),
  "c_rfq_id" integer,
  "checkcomplete" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dateinvited" timestamp,
  "dateresponse" timestamp,
  "dateworkcomplete" timestamp,
  "dateworkstart" timestamp,
  "deliverydays" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "iscomplete" char(1),
  "isselectedwinner" char(1),
  "isselfservice" char(1),
  "name" varchar(255),
  "price" numeric,
  "processed" char(1),
  "processing" char(1),
  "ranking" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_rfqresponse_id"),
  UNIQUE ("c_rfqresponse_uu")
);
CREATE TABLE "rf_q_response_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_rfqline_id" integer,
  "c_rfqresponseline_id" integer,
  "c_rfqresponseline_uu" varchar(255),
  "c_rfqresponse_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateworkcomplete" timestamp,
  "dateworkstart" timestamp,
  "deliverydays" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isselectedwinner" char(1),
  "isselfservice" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_rfqresponseline_id"),
  UNIQUE ("c_rfqresponseline_uu")
);
CREATE TABLE "rf_q_response_line_qty" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_rfqlineqty_id" integer,
  "c_rfqresponselineqty_id" integer,
  "c_rfqresponselineqty_uu" varchar(255),
  "c_rfqresponseline_id" integer,
  "created" timestamp,
  "createdby" integer,
  "discount" numeric,
  "isactive" char(1),
  "price" numeric,
  "ranking" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_rfqresponselineqty_id"),
  UNIQUE ("c_rfqresponselineqty_uu")
);
CREATE TABLE "rf_q_topic" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_printformat_id" integer,
  "c_rfq_topic_id" integer,
  "c_rfq_topic_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isselfservice" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_rfq_topic_id"),
  UNIQUE ("c_rfq_topic_uu")
);
CREATE TABLE "rf_q_topic_subscriber" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_rfq_topicsubscriber_id" integer,
  "c_rfq_topicsubscriber_uu" varchar(255),
  "c_rfq_topic_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "optoutdate" timestamp,
  "subscribedate" timestamp,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_rfq_topicsubscriber_id"),
  UNIQUE ("c_rfq_topicsubscriber_uu")
);
CREATE TABLE "rf_q_topic_subscriber_only" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_rfq_topicsubscriberonly_id" integer,
  "c_rfq_topicsubscriberonly_uu" varchar(255),
  "c_rfq_topicsubscriber_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "m_product_category_id" integer,
  "m_product_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_rfq_topicsubscriberonly_id"),
  UNIQUE ("c_rfq_topicsubscriberonly_uu")
);
CREATE TABLE "rma" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "amt" numeric,
  "c_bpartner_id" integer,
  "c_currency_id" integer,
  "c_doctype_id" integer,
  "c_order_id" integer,
  "createfrom" varchar(255),
  "createlinesfrom" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "generateto" varchar(255),
  "help" varchar(255),
  "inout_id" integer,
  "isactive" char(1),
  "isapproved" char(1),
  "issotrx" char(1),
  "m_rmatype_id" integer,
  "m_rma_id" integer,
  "m_rma_uu" varchar(255),
  "name" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "ref_rma_id" integer,
  "salesrep_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_rma_id"),
  UNIQUE ("m_rma_uu")
);
CREATE TABLE "rma_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "amt" numeric,
  "c_charge_id" integer,
  "c_costcenter_id" integer,
  "c_department_id" integer,
  "c_tax_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "line" integer,
  "linenetamt" numeric,
  "m_inoutline_id" integer,
  "m_product_id" integer,
  "m_rmaline_id" integer,
  "m_rmaline_uu" varchar(255),
  "m_rma_id" integer,
  "processed" char(1),
  "qty" numeric,
  "qtydelivered" numeric,
  "qtyinvoiced" numeric,
  "ref_rmaline_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_rmaline_id"),
  UNIQUE ("m_rmaline_uu")
);
CREATE TABLE "rma_tax" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_taxprovider_id" integer,
  "c_tax_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "istaxincluded" char(1),
  "m_rmatax_uu" varchar(255),
  "m_rma_id" integer,
  "processed" char(1),
  "taxamt" numeric,
  "taxbaseamt" numeric,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("m_rmatax_uu")
);
CREATE TABLE "rma_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "m_rmatype_id" integer,
  "m_rmatype_uu" varchar(255),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_rmatype_id"),
  UNIQUE ("m_rmatype_uu")
);
CREATE TABLE "role" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_role_uu" varchar(255),
  "ad_tree_menu_id" integer,
  "ad_tree_org_id" integer,
  "allow_info_account" char(1),
  "allow_info_asset" char(1),
  "allow_info_bpartner" char(1),
  "allow_info_inout" char(1),
  "allow_info_invoice" char(1),
  "allow_info_order" char(1),
  "allow_info_payment" char(1),
  "allow_info_product" char(1),
  "allow_info_resource" char(1),
  "allow_info_schedule" char(1),
  "amtapproval" numeric,
  "amtapprovalaccum" numeric,
  "c_currency_id" integer,
  "confirmqueryrecords" integer,
  "created" timestamp,
  "createdby" integer,
  "daysapprovalaccum" integer,
  "description" varchar(255),
  "isaccessadvanced" char(1),
  "isaccessallorgs" char(1),
  "isactive" char(1),
  "iscanapproveowndoc" char(1),
  "iscanexport" char(1),
  "iscanreport" char(1),
  "ischangelog" char(1),
  "isclientadministrator" char(1),
  "isdiscountallowedontotal" char(1),
  "isdiscountuptolimitprice" char(1),
  "ismanual" char(1),
  "ismasterrole" char(1),
  "ismenuautoexpand" char(1),
  "ispersonalaccess" char(1),
  "ispersonallock" char(1),
  "isshowacct" char(1),
  "isuseuserorgaccess" char(1),
  "maxqueryrecords" integer,
  "name" varchar(255),
  "overwritepricelimit" char(1),
  "predefinedcontextvariables" varchar(255),
  "preferencetype" varchar(255),
  "roletype" varchar(255),
  "supervisor_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  "userdiscount" numeric,
  "userlevel" varchar(255),
  PRIMARY KEY ("ad_role_id"),
  UNIQUE ("ad_role_uu")
);
CREATE TABLE "role_included" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_role_included_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "included_role_id" integer,
  "isactive" char(1),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_role_included_uu")
);
CREATE TABLE "role_menu" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "u_rolemenu_id" integer,
  "u_rolemenu_uu" varchar(255),
  "u_webmenu_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("u_rolemenu_id"),
  UNIQUE ("u_rolemenu_uu")
);
CREATE TABLE "role_org_access" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_role_orgaccess_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isreadonly" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_role_orgaccess_uu")
);
CREATE TABLE "rule" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_rule_id" integer,
  "ad_rule_uu" varchar(255),
  "accesslevel" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "eventtype" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "ruletype" varchar(255),
  "script" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("ad_rule_id"),
  UNIQUE ("ad_rule_uu")
);
CREATE TABLE "rv_b_partner" (
  "ad_client_id" integer,
  "ad_language" varchar(255),
  "ad_orgbp_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "ad_user_ad_org_id" integer,
  "ad_user_c_bpartner_id" integer,
  "ad_user_c_bpartner_location_id" integer,
  "ad_user_createdby" integer,
  "ad_user_id" integer,
  "ad_user_updatedby" integer,
  "acqusitioncost" numeric,
  "actuallifetimevalue" numeric,
  "address1" varchar(255),
  "address2" varchar(255),
  "address3" varchar(255),
  "address4" varchar(255),
  "bpcontactgreeting" integer,
  "bpartner_parent_id" integer,
  "birthday" timestamp,
  "c_bp_c_taxgroup_id" integer,
  "c_bp_group_id" integer,
  "c_bp_location_ad_org_id" integer,
  "c_bp_location_c_bpartner_id" integer,
  "c_bp_location_c_location_id" integer,
  "c_bp_location_createdby" integer,
  "c_bp_location_salesregion_id" integer,
  "c_bp_location_updatedby" integer,
  "c_bp_logo_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_city_id" integer,
  "c_country_c_currency_id" integer,
  "c_country_id" integer,
  "c_dunning_id" integer,
  "c_greeting_id" integer,
  "c_invoiceschedule_id" integer,
  "c_location_ad_org_id" integer,
  "c_location_createdby" integer,
  "c_location_id" integer,
  "c_location_updatedby" integer,
  "c_paymentterm_id" integer,
  "c_region_ad_org_id" integer,
  "c_region_c_country_id" integer,
  "c_region_id" integer,
  "city" varchar(255),
  "comments" varchar(255),
  "contactdescription" varchar(255),
  "contactname" varchar(255),
  "countrycode" varchar(255),
  "countryname" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "duns" varchar(255),
  "deliveryrule" varchar(255),
  "deliveryviarule" varchar(255),
  "description" varchar(255),
  "documentcopies" integer,
  "email" varchar(255),
  "emailuser" varchar(255),
  "emailverify" varchar(255),
  "emailverifydate" timestamp,
  "fax" varchar(255),
  "firstsale" timestamp,
  "flatdiscount" numeric,
  "freightcostrule" varchar(255),
  "invoicerule" varchar(255),
  "invoice_printformat_id" integer,
  "isactive" char(1),
  "iscustomer" char(1),
  "isdefault" char(1),
  "isdiscountprinted" char(1),
  "isemployee" char(1),
  "isonetime" char(1),
  "isprospect" char(1),
  "issalesrep" char(1),
  "issummary" char(1),
  "istaxexempt" char(1),
  "isvendor" char(1),
  "ldapuser" char(1),
  "lastcontact" timestamp,
  "lastresult" varchar(255),
  "m_discountschema_id" integer,
  "m_pricelist_id" integer,
  "naics" varchar(255),
  "name" varchar(255),
  "name2" varchar(255),
  "notificationtype" varchar(255),
  "numberemployees" integer,
  "poreference" varchar(255),
  "po_discountschema_id" integer,
  "po_paymentterm_id" integer,
  "po_pricelist_id" integer,
  "paymentrule" varchar(255),
  "paymentrulepo" varchar(255),
  "phone" varchar(255),
  "phone2" varchar(255),
  "postal" varchar(255),
  "postal_add" varchar(255),
  "potentiallifetimevalue" numeric,
  "rating" varchar(255),
  "referenceno" varchar(255),
  "regionname" varchar(255),
  "socreditstatus" varchar(255),
  "so_creditavailable" numeric,
  "so_creditlimit" numeric,
  "so_creditused" numeric,
  "so_description" varchar(255),
  "salesrep_id" integer,
  "salesvolume" numeric,
  "sendemail" char(1),
  "shareofcustomer" integer,
  "shelflifeminpct" integer,
  "supervisor_id" integer,
  "taxid" varchar(255),
  "title" varchar(255),
  "totalopenbalance" numeric,
  "url" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  "ad_user_created" timestamp,
  "ad_user_isactive" char(1),
  "ad_user_updated" timestamp,
  "ad_user_value" varchar(255),
  "c_bp_dunninggrace" timestamp,
  "c_bp_ismanufacturer" char(1),
  "c_bp_ispotaxexempt" char(1),
  "c_bp_location_created" timestamp,
  "c_bp_location_fax" varchar(255),
  "c_bp_location_isactive" char(1),
  "c_bp_location_isbillto" char(1),
  "c_bp_location_isdn" varchar(255),
  "c_bp_location_ispayfrom" char(1),
  "c_bp_location_isremitto" char(1),
  "c_bp_location_isshipto" char(1),
  "c_bp_location_name" varchar(255),
  "c_bp_location_phone" varchar(255),
  "c_bp_location_phone2" varchar(255),
  "c_bp_location_updated" timestamp,
  "c_country_ad_language" varchar(255),
  "c_country_description" varchar(255),
  "c_country_isactive" char(1),
  "c_location_created" timestamp,
  "c_location_isactive" char(1),
  "c_location_updated" timestamp,
  "c_region_description" varchar(255),
  "c_region_isactive" char(1)
);
CREATE TABLE "sales_pipeline" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_salespipeline_id" integer,
  "c_salespipeline_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_salespipeline_id"),
  UNIQUE ("c_salespipeline_uu")
);
CREATE TABLE "sales_pipeline_stage" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_salespipelinestage_uu" varchar(255),
  "c_salespipeline_id" integer,
  "c_salesstage_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "probability" numeric,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("c_salespipelinestage_uu")
);
CREATE TABLE "sales_region" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_salesregion_id" integer,
  "c_salesregion_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "issummary" char(1),
  "name" varchar(255),
  "salesrep_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_salesregion_id"),
  UNIQUE ("c_salesregion_uu")
);
CREATE TABLE "sales_stage" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_salesstage_id" integer,
  "c_salesstage_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isclosed" char(1),
  "iswon" char(1),
  "name" varchar(255),
  "probability" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_salesstage_id"),
  UNIQUE ("c_salesstage_uu")
);
CREATE TABLE "schedule" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_schedule_id" integer,
  "ad_schedule_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "cronpattern" varchar(255),
  "description" varchar(255),
  "frequency" integer,
  "frequencytype" varchar(255),
  "isactive" char(1),
  "isignoreprocessingtime" char(1),
  "issystemschedule" char(1),
  "monthday" integer,
  "name" varchar(255),
  "runonlyonip" varchar(255),
  "scheduletype" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "weekday" varchar(255),
  PRIMARY KEY ("ad_schedule_id"),
  UNIQUE ("ad_schedule_uu")
);
CREATE TABLE "scheduler" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_printformat_id" integer,
  "ad_process_id" integer,
  "ad_schedule_id" integer,
  "ad_scheduler_id" integer,
  "ad_scheduler_uu" varchar(255),
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datelastrun" timestamp,
  "datenextrun" timestamp,
  "description" varchar(255),
  "isactive" char(1),
  "keeplogdays" integer,
  "name" varchar(255),
  "processing" char(1),
  "r_mailtext_id" integer,
  "record_id" integer,
  "reportoutputtype" varchar(255),
  "schedulerstate" text,
  "supervisor_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  "websessionlogic" varchar(255),
  PRIMARY KEY ("ad_scheduler_id"),
  UNIQUE ("ad_scheduler_uu")
);
CREATE TABLE "scheduler_log" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_schedulerlog_id" integer,
  "ad_schedulerlog_uu" varchar(255),
  "ad_scheduler_id" integer,
  "binarydata" bytea,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "iserror" char(1),
  "reference" varchar(255),
  "summary" varchar(255),
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_schedulerlog_id"),
  UNIQUE ("ad_schedulerlog_uu")
);
CREATE TABLE "scheduler_para" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_process_para_id" integer,
  "ad_scheduler_id" integer,
  "ad_scheduler_para_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "parameterdefault" varchar(255),
  "parametertodefault" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_scheduler_para_uu")
);
CREATE TABLE "scheduler_recipient" (
  "ad_authorizationaccount_id" integer,
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_schedulerrecipient_id" integer,
  "ad_schedulerrecipient_uu" varchar(255),
  "ad_scheduler_id" integer,
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "filename" varchar(255),
  "isactive" char(1),
  "isupload" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_schedulerrecipient_id"),
  UNIQUE ("ad_schedulerrecipient_uu")
);
CREATE TABLE "search_definition" (
  "ad_client_id" integer,
  "ad_column_id" integer,
  "ad_message_id" integer,
  "ad_org_id" integer,
  "ad_searchdefinition_id" integer,
  "ad_searchdefinition_uu" varchar(255),
  "ad_style_id" integer,
  "ad_table_id" integer,
  "ad_window_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datatype" varchar(255),
  "description" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "name" varchar(255),
  "po_window_id" integer,
  "query" varchar(255),
  "searchtype" varchar(255),
  "transactioncode" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_searchdefinition_id"),
  UNIQUE ("ad_searchdefinition_uu")
);
CREATE TABLE "seller" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "b_seller_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isinternal" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "validto" timestamp,
  UNIQUE ("b_seller_uu")
);
CREATE TABLE "seller_funds" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "b_sellerfunds_id" integer,
  "b_sellerfunds_uu" varchar(255),
  "c_order_id" integer,
  "c_payment_id" integer,
  "committedamt" numeric,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "noncommittedamt" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("b_sellerfunds_id"),
  UNIQUE ("b_sellerfunds_uu")
);
CREATE TABLE "sequence" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_sequence_id" integer,
  "ad_sequence_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "currentnext" integer,
  "currentnextsys" integer,
  "datecolumn" varchar(255),
  "decimalpattern" varchar(255),
  "description" varchar(255),
  "incrementno" integer,
  "isactive" char(1),
  "isaudited" char(1),
  "isautosequence" char(1),
  "isorglevelsequence" char(1),
  "istableid" char(1),
  "name" varchar(255),
  "orgcolumn" varchar(255),
  "prefix" varchar(255),
  "startnewmonth" char(1),
  "startnewyear" char(1),
  "startno" integer,
  "suffix" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "vformat" varchar(255),
  PRIMARY KEY ("ad_sequence_id"),
  UNIQUE ("ad_sequence_uu")
);
CREATE TABLE "sequence_audit" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_sequence_audit_uu" varchar(255),
  "ad_sequence_id" integer,
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "documentno" varchar(255),
  "isactive" char(1),
  "record_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_sequence_audit_uu")
);
CREATE TABLE "sequence_no" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_sequence_id" integer,
  "ad_sequence_no_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "currentnext" integer,
  "isactive" char(1),
  "sequencekey" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_sequence_no_uu")
);
CREATE TABLE "ser_no_ctl" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "currentnext" integer,
  "description" varchar(255),
  "incrementno" integer,
  "isactive" char(1),
  "m_sernoctl_id" integer,
  "m_sernoctl_uu" varchar(255),
  "name" varchar(255),
  "prefix" varchar(255),
  "startno" integer,
  "suffix" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_sernoctl_id"),
  UNIQUE ("m_sernoctl_uu")
);
CREATE TABLE "ser_no_ctl_exclude" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "issotrx" char(1),
  "m_sernoctlexclude_id" integer,
  "m_sernoctlexclude_uu" varchar(255),
  "m_sernoctl_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_sernoctlexclude_id"),
  UNIQUE ("m_sernoctlexclude_uu")
);
CREATE TABLE "service_level" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_revenuerecognition_plan_id" integer,
  "c_servicelevel_id" integer,
  "c_servicelevel_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "m_product_id" integer,
  "processed" char(1),
  "processing" char(1),
  "servicelevelinvoiced" numeric,
  "servicelevelprovided" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_servicelevel_id"),
  UNIQUE ("c_servicelevel_uu")
);
CREATE TABLE "service_level_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_servicelevelline_id" integer,
  "c_servicelevelline_uu" varchar(255),
  "c_servicelevel_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "processed" char(1),
  "servicedate" timestamp,
  "servicelevelprovided" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_servicelevelline_id"),
  UNIQUE ("c_servicelevelline_uu")
);
CREATE TABLE "session" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_session_id" integer,
  "ad_session_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "logindate" timestamp,
  "processed" char(1),
  "remote_addr" varchar(255),
  "remote_host" varchar(255),
  "servername" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "websession" varchar(255),
  PRIMARY KEY ("ad_session_id"),
  UNIQUE ("ad_session_uu")
);
CREATE TABLE "shipper" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bpartner_id" integer,
  "createfrom" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "m_shippercfg_id" integer,
  "m_shipper_id" integer,
  "m_shipper_uu" varchar(255),
  "m_shippingprocessor_id" integer,
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_shipper_id"),
  UNIQUE ("m_shipper_uu")
);
CREATE TABLE "shipper_cfg" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "copyfrom" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isinternational" char(1),
  "isonline" char(1),
  "isresidential" char(1),
  "issaturdaydelivery" char(1),
  "m_shippercfg_id" integer,
  "m_shippercfg_uu" varchar(255),
  "m_shippingprocessorcfg_id" integer,
  "name" varchar(255),
  "shippingservicecode" varchar(255),
  "trackingurl" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_shippercfg_id"),
  UNIQUE ("m_shippercfg_uu")
);
CREATE TABLE "shipper_labels" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isdefault" char(1),
  "labelprintmethod" varchar(255),
  "m_shipperlabelscfg_id" integer,
  "m_shipperlabels_id" integer,
  "m_shipperlabels_uu" varchar(255),
  "m_shipper_id" integer,
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_shipperlabels_id"),
  UNIQUE ("m_shipperlabels_uu")
);
CREATE TABLE "shipper_labels_cfg" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "height" numeric,
  "isactive" char(1),
  "isdefault" char(1),
  "labelprintmethod" varchar(255),
  "m_shippercfg_id" integer,
  "m_shipperlabelscfg_id" integer,
  "m_shipperlabelscfg_uu" varchar(255),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  "width" numeric,
  PRIMARY KEY ("m_shipperlabelscfg_id"),
  UNIQUE ("m_shipperlabelscfg_uu")
);
CREATE TABLE "shipper_packaging" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isdefault" char(1),
  "m_shipperpackagingcfg_id" integer,
  "m_shipperpackaging_id" integer,
  "m_shipperpackaging_uu" varchar(255),
  "m_shipper_id" integer,
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "weight" numeric,
  PRIMARY KEY ("m_shipperpackaging_id"),
  UNIQUE ("m_shipperpackaging_uu")
);
CREATE TABLE "shipper_packaging_cfg" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "m_shippercfg_id" integer,
  "m_shipperpackagingcfg_id" integer,
  "m_shipperpackagingcfg_uu" varchar(255),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  "weight" numeric,
  PRIMARY KEY ("m_shipperpackagingcfg_id"),
  UNIQUE ("m_shipperpackagingcfg_uu")
);
CREATE TABLE "shipper_pickup_types" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isdefault" char(1),
  "m_shipperpickuptypescfg_id" integer,
  "m_shipperpickuptypes_id" integer,
  "m_shipperpickuptypes_uu" varchar(255),
  "m_shipper_id" integer,
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_shipperpickuptypes_id"),
  UNIQUE ("m_shipperpickuptypes_uu")
);
CREATE TABLE "shipper_pickup_types_cfg" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "m_shippercfg_id" integer,
  "m_shipperpickuptypescfg_id" integer,
  "m_shipperpickuptypescfg_uu" varchar(255),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("m_shipperpickuptypescfg_id"),
  UNIQUE ("m_shipperpickuptypescfg_uu")
);
CREATE TABLE "shipping_processor" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "connectionkey" varchar(255),
  "connectionpassword" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "m_shippingprocessorcfg_id" integer,
  "m_shippingprocessor_id" integer,
  "m_shippingprocessor_uu" varchar(255),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "userid" varchar(255),
  PRIMARY KEY ("m_shippingprocessor_id"),
  UNIQUE ("m_shippingprocessor_uu")
);
CREATE TABLE "shipping_processor_cfg" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "hostaddress" varchar(255),
  "hostport" integer,
  "isactive" char(1),
  "m_shippingprocessorcfg_id" integer,
  "m_shippingprocessorcfg_uu" varchar(255),
  "name" varchar(255),
  "proxyaddress" varchar(255),
  "proxylogon" varchar(255),
  "proxypassword" varchar(255),
  "proxyport" integer,
  "servicepath" varchar(255),
  "shippingprocessorclass" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_shippingprocessorcfg_id"),
  UNIQUE ("m_shippingprocessorcfg_uu")
);
CREATE TABLE "shipping_transaction" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "action" varchar(255),
  "bill_location_id" integer,
  "boxcount" integer,
  "codamount" numeric,
  "c_bp_shippingacct_id" integer,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_currency_id" integer,
  "c_invoice_id" integer,
  "c_order_id" integer,
  "c_uom_length_id" integer,
  "c_uom_weight_id" integer,
  "cashondelivery" char(1),
  "created" timestamp,
  "createdby" integer,
  "customsvalue" numeric,
  "datereceived" timestamp,
  "deliveryconfirmation" char(1),
  "deliveryconfirmationtype" varchar(255),
  "description" varchar(255),
  "dothazardclassordivision" varchar(255),
  "dryiceweight" numeric,
  "dutiesshipperaccount" varchar(255),
  "fob" varchar(255),
  "freightamt" numeric,
  "freightcharges" varchar(255),
  "handlingcharge" numeric,
  "height" numeric,
  "holdaddress_id" integer,
  "homedeliverypremiumdate" timestamp,
  "homedeliverypremiumphone" varchar(255),
  "homedeliverypremiumtype" varchar(255),
  "insurance" varchar(255),
  "insuredamount" numeric,
  "isaccessible" char(1),
  "isactive" char(1),
  "isaddedhandling" char(1),
  "isalternatereturnaddress" char(1),
  "iscargoaircraftonly" char(1),
  "isdryice" char(1),
  "isdutiable" char(1),
  "isfuturedayshipment" char(1),
  "ishazmat" char(1),
  "isholdatlocation" char(1),
  "isignorezipnotfound" char(1),
  "isignorezipstatenotmatch" char(1),
  "ispriviledgedrate" char(1),
  "isresidential" char(1),
  "issaturdaydelivery" char(1),
  "issaturdaypickup" char(1),
  "isverbalconfirmation" char(1),
  "latestpickuptime" timestamp,
  "length" numeric,
  "m_inout_id" integer,
  "m_package_id" integer,
  "m_shipperlabels_id" integer,
  "m_shipperpackaging_id" integer,
  "m_shipperpickuptypes_id" integer,
  "m_shipper_id" integer,
  "m_shippingprocessor_id" integer,
  "m_shippingtransaction_id" integer,
  "m_shippingtransaction_uu" varchar(255),
  "m_warehouse_id" integer,
  "notificationmessage" varchar(255),
  "notificationtype" varchar(255),
  "poreference" varchar(255),
  "paymentrule" varchar(255),
  "price" numeric,
  "priceactual" numeric,
  "processed" char(1),
  "receivedinfo" varchar(255),
  "returnbpartner_id" integer,
  "returnlocation_id" integer,
  "returnuser_id" integer,
  "salesrep_id" integer,
  "shipdate" timestamp,
  "shipperaccount" varchar(255),
  "shippingrespmessage" varchar(255),
  "surcharges" numeric,
  "trackinginfo" varchar(255),
  "trackingno" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "weight" numeric,
  "width" numeric,
  PRIMARY KEY ("m_shippingtransaction_id"),
  UNIQUE ("m_shippingtransaction_uu")
);
CREATE TABLE "shipping_transaction_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_uom_length_id" integer,
  "c_uom_weight_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "height" numeric,
  "isactive" char(1),
  "length" numeric,
  "m_packagemps_id" integer,
  "m_shippingtransactionline_id" integer,
  "m_shippingtransactionline_uu" varchar(255),
  "m_shippingtransaction_id" integer,
  "mastertrackingno" varchar(255),
  "price" numeric,
  "processed" char(1),
  "seqno" integer,
  "trackingno" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "weight" numeric,
  "width" numeric,
  PRIMARY KEY ("m_shippingtransactionline_id"),
  UNIQUE ("m_shippingtransactionline_uu")
);
CREATE TABLE "sla_criteria" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "classname" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "ismanual" char(1),
  "name" varchar(255),
  "pa_sla_criteria_id" integer,
  "pa_sla_criteria_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pa_sla_criteria_id"),
  UNIQUE ("pa_sla_criteria_uu")
);
CREATE TABLE "sla_goal" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bpartner_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datelastrun" timestamp,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "measureactual" numeric,
  "measuretarget" numeric,
  "name" varchar(255),
  "pa_sla_criteria_id" integer,
  "pa_sla_goal_id" integer,
  "pa_sla_goal_uu" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  PRIMARY KEY ("pa_sla_goal_id"),
  UNIQUE ("pa_sla_goal_uu")
);
CREATE TABLE "sla_measure" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datetrx" timestamp,
  "description" varchar(255),
  "isactive" char(1),
  "measureactual" numeric,
  "pa_sla_goal_id" integer,
  "pa_sla_measure_id" integer,
  "pa_sla_measure_uu" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "record_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pa_sla_measure_id"),
  UNIQUE ("pa_sla_measure_uu")
);
CREATE TABLE "smtp" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_smtp_id" integer,
  "ad_smtp_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "emailtest" varchar(255),
  "isactive" char(1),
  "issecuresmtp" char(1),
  "issmtpauthorization" char(1),
  "name" varchar(255),
  "requestuser" varchar(255),
  "requestuserpw" varchar(255),
  "smtphost" varchar(255),
  "smtpport" integer,
  "updated" timestamp,
  "updatedby" integer,
  "usedbyemailordomain" varchar(255),
  PRIMARY KEY ("ad_smtp_id"),
  UNIQUE ("ad_smtp_uu")
);
CREATE TABLE "specification" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_workflow_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "m_attributeset_id" integer,
  "m_product_id" integer,
  "name" varchar(255),
  "pp_product_bom_id" integer,
  "qm_specification_id" integer,
  "qm_specification_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  "value" varchar(255),
  PRIMARY KEY ("qm_specification_id"),
  UNIQUE ("qm_specification_uu")
);
CREATE TABLE "specification_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "andor" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "m_attribute_id" integer,
  "operation" varchar(255),
  "qm_specificationline_id" integer,
  "qm_specificationline_uu" varchar(255),
  "qm_specification_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" varchar(255),
  "validto" timestamp,
  "value" varchar(255),
  PRIMARY KEY ("qm_specificationline_id"),
  UNIQUE ("qm_specificationline_uu")
);
CREATE TABLE "spool" (
  "ad_pinstance_id" integer,
  "msgtext" varchar(255),
  "seqno" integer
);
CREATE TABLE "standard_response" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "name" varchar(255),
  "r_standardresponse_id" integer,
  "r_standardresponse_uu" varchar(255),
  "responsetext" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("r_standardresponse_id"),
  UNIQUE ("r_standardresponse_uu")
);
CREATE TABLE "status" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isclosed" char(1),
  "isdefault" char(1),
  "isfinalclose" char(1),
  "isopen" char(1),
  "iswebcanupdate" char(1),
  "name" varchar(255),
  "next_status_id" integer,
  "r_statuscategory_id" integer,
  "r_status_id" integer,
  "r_status_uu" varchar(255),
  "seqno" integer,
  "timeoutdays" integer,
  "update_status_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("r_status_id"),
  UNIQUE ("r_status_uu")
);
CREATE TABLE "status_category" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "name" varchar(255),
  "r_statuscategory_id" integer,
  "r_statuscategory_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("r_statuscategory_id"),
  UNIQUE ("r_statuscategory_uu")
);
CREATE TABLE "status_line" (
  "ad_client_id" integer,
  "ad_message_id" integer,
  "ad_org_id" integer,
  "ad_statusline_id" integer,
  "ad_statusline_uu" varchar(255),
  "ad_style_id" integer,
  "created" timestamp,
  "createdby" integer,
  "entitytype" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "sqlstatement" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_statusline_id"),
  UNIQUE ("ad_statusline_uu")
);
CREATE TABLE "status_line_used_in" (
  "ad_client_id" integer,
  "ad_infowindow_id" integer,
  "ad_org_id" integer,
  "ad_statuslineusedin_id" integer,
  "ad_statuslineusedin_uu" varchar(255),
  "ad_statusline_id" integer,
  "ad_tab_id" integer,
  "ad_table_id" integer,
  "ad_window_id" integer,
  "created" timestamp,
  "createdby" integer,
  "entitytype" varchar(255),
  "isactive" char(1),
  "isstatusline" char(1),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_statuslineusedin_id"),
  UNIQUE ("ad_statuslineusedin_uu")
);
CREATE TABLE "storage_on_hand" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datelastinventory" timestamp,
  "datematerialpolicy" timestamp,
  "isactive" char(1),
  "m_attributesetinstance_id" integer,
  "m_locator_id" integer,
  "m_product_id" integer,
  "m_storageonhand_uu" varchar(255),
  "qtyonhand" numeric,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("m_storageonhand_uu")
);
CREATE TABLE "storage_provider" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_storageprovider_id" integer,
  "ad_storageprovider_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "folder" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "method" varchar(255),
  "name" varchar(255),
  "password" varchar(255),
  "url" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "username" varchar(255),
  PRIMARY KEY ("ad_storageprovider_id"),
  UNIQUE ("ad_storageprovider_uu")
);
CREATE TABLE "storage_reservation" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datelastinventory" timestamp,
  "isactive" char(1),
  "issotrx" char(1),
  "m_attributesetinstance_id" integer,
  "m_product_id" integer,
  "m_storagereservation_uu" varchar(255),
  "m_warehouse_id" integer,
  "qty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("m_storagereservation_uu")
);
CREATE TABLE "storage_reservation_log" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "c_doctype_id" integer,
  "created" timestamp,
  "createdby" integer,
  "deltaqty" numeric,
  "documentno" varchar(255),
  "isactive" char(1),
  "issotrx" char(1),
  "lineno" integer,
  "m_attributesetinstance_id" integer,
  "m_product_id" integer,
  "m_storagereservationlog_id" integer,
  "m_storagereservationlog_uu" varchar(255),
  "m_warehouse_id" integer,
  "newqty" numeric,
  "oldqty" numeric,
  "record_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_storagereservationlog_id"),
  UNIQUE ("m_storagereservationlog_uu")
);
CREATE TABLE "style" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_style_id" integer,
  "ad_style_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "iswrapwithspan" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_style_id"),
  UNIQUE ("ad_style_uu")
);
CREATE TABLE "style_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_styleline_id" integer,
  "ad_styleline_uu" varchar(255),
  "ad_style_id" integer,
  "created" timestamp,
  "createdby" integer,
  "displaylogic" varchar(255),
  "entitytype" varchar(255),
  "inlinestyle" varchar(255),
  "isactive" char(1),
  "line" integer,
  "theme" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_styleline_id"),
  UNIQUE ("ad_styleline_uu")
);
CREATE TABLE "sub_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_elementvalue_id" integer,
  "c_subacct_id" integer,
  "c_subacct_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_subacct_id"),
  UNIQUE ("c_subacct_uu")
);
CREATE TABLE "subscription" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_bpartner_id" integer,
  "c_subscriptiontype_id" integer,
  "c_subscription_id" integer,
  "c_subscription_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isdue" char(1),
  "m_product_id" integer,
  "name" varchar(255),
  "paiduntildate" timestamp,
  "renewaldate" timestamp,
  "startdate" timestamp,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_subscription_id"),
  UNIQUE ("c_subscription_uu")
);
CREATE TABLE "subscription_delivery" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_subscription_delivery_id" integer,
  "c_subscription_delivery_uu" varchar(255),
  "c_subscription_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_subscription_delivery_id"),
  UNIQUE ("c_subscription_delivery_uu")
);
CREATE TABLE "subscription_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_subscriptiontype_id" integer,
  "c_subscriptiontype_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "frequency" integer,
  "frequencytype" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_subscriptiontype_id"),
  UNIQUE ("c_subscriptiontype_uu")
);
CREATE TABLE "substitute" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "m_product_id" integer,
  "m_substitute_uu" varchar(255),
  "name" varchar(255),
  "substitute_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("m_substitute_uu")
);
CREATE TABLE "sys_config" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_sysconfig_id" integer,
  "ad_sysconfig_uu" varchar(255),
  "configurationlevel" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("ad_sysconfig_id"),
  UNIQUE ("ad_sysconfig_uu")
);
CREATE TABLE "system" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_system_id" integer,
  "ad_system_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "customprefix" varchar(255),
  "dbaddress" varchar(255),
  "dbinstance" varchar(255),
  "description" varchar(255),
  "encryptionkey" varchar(255),
  "idrangeend" numeric,
  "idrangestart" numeric,
  "info" varchar(255),
  "isactive" char(1),
  "isallowstatistics" char(1),
  "isautoerrorreport" char(1),
  "isfailonbuilddiffer" char(1),
  "isfailonmissingmodelvalidator" char(1),
  "isjustmigrated" char(1),
  "ldapdomain" varchar(255),
  "ldaphost" varchar(255),
  "lastbuildinfo" varchar(255),
  "lastmigrationscriptapplied" varchar(255),
  "name" varchar(255),
  "noprocessors" integer,
  "oldname" varchar(255),
  "password" varchar(255),
  "processing" char(1),
  "profileinfo" varchar(255),
  "record_id" integer,
  "releaseno" varchar(255),
  "replicationtype" varchar(255),
  "statisticsinfo" varchar(255),
  "summary" varchar(255),
  "supportemail" varchar(255),
  "supportexpdate" timestamp,
  "supportunits" integer,
  "systemstatus" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "username" varchar(255),
  "version" varchar(255),
  PRIMARY KEY ("ad_system_id"),
  UNIQUE ("ad_system_uu")
);
CREATE TABLE "tab" (
  "ad_client_id" integer,
  "ad_columnsortorder_id" integer,
  "ad_columnsortyesno_id" integer,
  "ad_column_id" integer,
  "ad_ctxhelp_id" integer,
  "ad_image_id" integer,
  "ad_org_id" integer,
  "ad_process_id" integer,
  "ad_tabtype" varchar(255),
  "ad_tab_id" integer,
  "ad_tab_uu" varchar(255),
  "ad_table_id" integer,
  "ad_window_id" integer,
  "commitwarning" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "deleteconfirmationlogic" varchar(255),
  "description" varchar(255),
  "displaylogic" varchar(255),
  "entitytype" varchar(255),
  "hastree" char(1),
  "help" varchar(255),
  "importfields" varchar(255),
  "included_tab_id" integer,
  "isactive" char(1),
  "isadvancedtab" char(1),
  "isallowadvancedlookup" char(1),
  "ishighvolume" varchar(255),
  "isinfotab" char(1),
  "isinsertrecord" char(1),
  "islookuponlyselection" char(1),
  "isreadonly" char(1),
  "issinglerow" char(1),
  "issorttab" char(1),
  "istranslationtab" char(1),
  "maxqueryrecords" integer,
  "name" varchar(255),
  "orderbyclause" varchar(255),
  "parent_column_id" integer,
  "processing" char(1),
  "readonlylogic" varchar(255),
  "seqno" integer,
  "tablevel" integer,
  "treedisplayedon" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "whereclause" varchar(255),
  PRIMARY KEY ("ad_tab_id"),
  UNIQUE ("ad_tab_uu")
);
CREATE TABLE "tab_customization" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_tab_customization_id" integer,
  "ad_tab_customization_uu" varchar(255),
  "ad_tab_id" integer,
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "custom" varchar(255),
  "isactive" char(1),
  "isautohideemptycolumn" varchar(255),
  "isdisplayedgrid" varchar(255),
  "isquickform" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_tab_customization_id"),
  UNIQUE ("ad_tab_customization_uu")
);
CREATE TABLE "table" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "ad_table_uu" varchar(255),
  "ad_val_rule_id" integer,
  "ad_window_id" integer,
  "accesslevel" varchar(255),
  "copycolumnsfromtable" varchar(255),
  "copycomponentsfromview" varchar(255),
  "createpartition" varchar(255),
  "createwindowfromtable" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "databaseviewdrop" varchar(255),
  "description" varchar(255),
  "entitytype" varchar(255),
  "help" varchar(255),
  "importtable" varchar(255),
  "isactive" char(1),
  "iscentrallymaintained" char(1),
  "ischangelog" char(1),
  "isdeleteable" char(1),
  "ishighvolume" char(1),
  "ispartition" char(1),
  "issecurityenabled" char(1),
  "isshowindrilloptions" char(1),
  "isview" char(1),
  "loadseq" integer,
  "name" varchar(255),
  "po_window_id" integer,
  "processing" char(1),
  "replicationtype" varchar(255),
  "tablename" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_table_id"),
  UNIQUE ("ad_table_uu")
);
CREATE TABLE "table_access" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_table_access_uu" varchar(255),
  "ad_table_id" integer,
  "accesstyperule" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isexclude" char(1),
  "isreadonly" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_table_access_uu")
);
CREATE TABLE "table_attribute" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_tableattribute_id" integer,
  "ad_tableattribute_uu" varchar(255),
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "m_attributevalue_id" integer,
  "m_attribute_id" integer,
  "record_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  "valuedate" timestamp,
  "valuenumber" numeric,
  PRIMARY KEY ("ad_tableattribute_id"),
  UNIQUE ("ad_tableattribute_uu")
);
CREATE TABLE "table_attribute_set" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_tableattributeset_id" integer,
  "ad_tableattributeset_uu" varchar(255),
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "m_attributeset_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_tableattributeset_id"),
  UNIQUE ("ad_tableattributeset_uu")
);
CREATE TABLE "table_index" (
  "ad_client_id" integer,
  "ad_message_id" integer,
  "ad_org_id" integer,
  "ad_tableindex_id" integer,
  "ad_tableindex_uu" varchar(255),
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "iscreateconstraint" char(1),
  "iskey" char(1),
  "isunique" char(1),
  "name" varchar(255),
  "processing" char(1),
  "tableindexdrop" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_tableindex_id"),
  UNIQUE ("ad_tableindex_uu")
);
CREATE TABLE "table_partition" (
  "ad_client_id" integer,
  "ad_column_id" integer,
  "ad_org_id" integer,
  "ad_tablepartition_id" integer,
  "ad_tablepartition_uu" varchar(255),
  "ad_table_id" integer,
  "created" timestamp,
  "createdby" integer,
  "expressionpartition" varchar(255),
  "isactive" char(1),
  "ispartitionattached" char(1),
  "name" varchar(255),
  "parent_tablepartition_id" integer,
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_tablepartition_id"),
  UNIQUE ("ad_tablepartition_uu")
);
CREATE TABLE "table_script_validator" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_rule_id" integer,
  "ad_table_id" integer,
  "ad_table_scriptvalidator_id" integer,
  "ad_table_scriptvalidator_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "eventmodelvalidator" varchar(255),
  "isactive" char(1),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_table_scriptvalidator_id"),
  UNIQUE ("ad_table_scriptvalidator_uu")
);
CREATE TABLE "table_val_rule" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_tablevalrule_uu" varchar(255),
  "ad_table_id" integer,
  "ad_user_id" integer,
  "code" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_tablevalrule_uu")
);
CREATE TABLE "task" (
  "ad_client_id" integer,
  "ad_ctxhelp_id" integer,
  "ad_org_id" integer,
  "ad_task_id" integer,
  "ad_task_uu" varchar(255),
  "accesslevel" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "os_command" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_task_id"),
  UNIQUE ("ad_task_uu")
);
CREATE TABLE "task_access" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_task_access_uu" varchar(255),
  "ad_task_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isreadwrite" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_task_access_uu")
);
CREATE TABLE "task_instance" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_taskinstance_id" integer,
  "ad_taskinstance_uu" varchar(255),
  "ad_task_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_taskinstance_id"),
  UNIQUE ("ad_taskinstance_uu")
);
CREATE TABLE "tax" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_rule_id" integer,
  "c_countrygroupfrom_id" integer,
  "c_countrygroupto_id" integer,
  "c_country_id" integer,
  "c_region_id" integer,
  "c_taxcategory_id" integer,
  "c_taxprovider_id" integer,
  "c_tax_id" integer,
  "c_tax_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "isdocumentlevel" char(1),
  "issalestax" char(1),
  "issummary" char(1),
  "istaxexempt" char(1),
  "name" varchar(255),
  "parent_tax_id" integer,
  "rate" numeric,
  "requirestaxcertificate" char(1),
  "sopotype" varchar(255),
  "taxindicator" varchar(255),
  "taxpostingindicator" varchar(255),
  "to_country_id" integer,
  "to_region_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  PRIMARY KEY ("c_tax_id"),
  UNIQUE ("c_tax_uu")
);
CREATE TABLE "tax_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_acctschema_id" integer,
  "c_tax_acct_uu" varchar(255),
  "c_tax_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "t_credit_acct" integer,
  "t_due_acct" integer,
  "t_expense_acct" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("c_tax_acct_uu")
);
CREATE TABLE "tax_base" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "base" varchar(255),
  "c_taxbase_id" integer,
  "c_taxbase_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "percentage" integer,
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_taxbase_id"),
  UNIQUE ("c_taxbase_uu")
);
CREATE TABLE "tax_category" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_taxcategory_id" integer,
  "c_taxcategory_uu" varchar(255),
  "commoditycode" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_taxcategory_id"),
  UNIQUE ("c_taxcategory_uu")
);
CREATE TABLE "tax_declaration" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_taxdeclaration_id" integer,
  "c_taxdeclaration_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "datefrom" timestamp,
  "dateto" timestamp,
  "datetrx" timestamp,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_taxdeclaration_id"),
  UNIQUE ("c_taxdeclaration_uu")
);
CREATE TABLE "tax_declaration_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "account_id" integer,
  "amtacctcr" numeric,
  "amtacctdr" numeric,
  "amtsourcecr" numeric,
  "amtsourcedr" numeric,
  "c_acctschema_id" integer,
  "c_bpartner_id" integer,
  "c_currency_id" integer,
  "c_taxdeclarationacct_id" integer,
  "c_taxdeclarationacct_uu" varchar(255),
  "c_taxdeclaration_id" integer,
  "c_tax_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "description" varchar(255),
  "fact_acct_id" integer,
  "isactive" char(1),
  "line" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_taxdeclarationacct_id"),
  UNIQUE ("c_taxdeclarationacct_uu")
);
CREATE TABLE "tax_declaration_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_allocationline_id" integer,
  "c_bpartner_id" integer,
  "c_currency_id" integer,
  "c_invoiceline_id" integer,
  "c_invoice_id" integer,
  "c_taxdeclarationline_id" integer,
  "c_taxdeclarationline_uu" varchar(255),
  "c_taxdeclaration_id" integer,
  "c_tax_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "description" varchar(255),
  "isactive" char(1),
  "ismanual" char(1),
  "line" integer,
  "taxamt" numeric,
  "taxbaseamt" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_taxdeclarationline_id"),
  UNIQUE ("c_taxdeclarationline_uu")
);
CREATE TABLE "tax_definition" (
  "ad_client_id" integer,
  "ad_orgtype_id" integer,
  "ad_org_id" integer,
  "c_bp_group_id" integer,
  "c_bpartner_id" integer,
  "c_taxbase_id" integer,
  "c_taxcategory_id" integer,
  "c_taxdefinition_id" integer,
  "c_taxdefinition_uu" varchar(255),
  "c_taxgroup_id" integer,
  "c_taxtype_id" integer,
  "c_tax_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isinvoiced" char(1),
  "m_product_category_id" integer,
  "m_product_id" integer,
  "maxtaxable" integer,
  "mintaxable" integer,
  "name" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  "value" varchar(255),
  PRIMARY KEY ("c_taxdefinition_id"),
  UNIQUE ("c_taxdefinition_uu")
);
CREATE TABLE "tax_group" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_taxgroup_id" integer,
  "c_taxgroup_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_taxgroup_id"),
  UNIQUE ("c_taxgroup_uu")
);
CREATE TABLE "tax_postal" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_taxpostal_id" integer,
  "c_taxpostal_uu" varchar(255),
  "c_tax_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "postal" varchar(255),
  "postal_to" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_taxpostal_id"),
  UNIQUE ("c_taxpostal_uu")
);
CREATE TABLE "tax_provider" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "account" varchar(255),
  "c_taxprovidercfg_id" integer,
  "c_taxprovider_id" integer,
  "c_taxprovider_uu" varchar(255),
  "companycode" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "license" varchar(255),
  "name" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  "validateconnection" varchar(255),
  PRIMARY KEY ("c_taxprovider_id"),
  UNIQUE ("c_taxprovider_uu")
);
CREATE TABLE "tax_provider_cfg" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_taxprovidercfg_id" integer,
  "c_taxprovidercfg_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "taxproviderclass" varchar(255),
  "url" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_taxprovidercfg_id"),
  UNIQUE ("c_taxprovidercfg_uu")
);
CREATE TABLE "tax_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_taxtype_id" integer,
  "c_taxtype_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("c_taxtype_id"),
  UNIQUE ("c_taxtype_uu")
);
CREATE TABLE "time_expense" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "approvalamt" numeric,
  "c_bpartner_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datereport" timestamp,
  "description" varchar(255),
  "docaction" varchar(255),
  "docstatus" varchar(255),
  "documentno" varchar(255),
  "isactive" char(1),
  "isapproved" char(1),
  "m_pricelist_id" integer,
  "m_warehouse_id" integer,
  "processed" char(1),
  "processing" char(1),
  "s_timeexpense_id" integer,
  "s_timeexpense_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("s_timeexpense_id"),
  UNIQUE ("s_timeexpense_uu")
);
CREATE TABLE "time_expense_line" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_currency_id" integer,
  "c_invoiceline_id" integer,
  "c_orderline_id" integer,
  "c_projectphase_id" integer,
  "c_projecttask_id" integer,
  "c_project_id" integer,
  "c_uom_id" integer,
  "convertedamt" numeric,
  "created" timestamp,
  "createdby" integer,
  "dateexpense" timestamp,
  "description" varchar(255),
  "expenseamt" numeric,
  "invoiceprice" numeric,
  "isactive" char(1),
  "isinvoiced" char(1),
  "istimereport" char(1),
  "line" integer,
  "linenetamt" numeric,
  "m_product_id" integer,
  "note" varchar(255),
  "priceinvoiced" numeric,
  "pricereimbursed" numeric,
  "processed" char(1),
  "qty" numeric,
  "qtyinvoiced" numeric,
  "qtyreimbursed" numeric,
  "s_resourceassignment_id" integer,
  "s_timeexpenseline_id" integer,
  "s_timeexpenseline_uu" varchar(255),
  "s_timeexpense_id" integer,
  "s_timetype_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("s_timeexpenseline_id"),
  UNIQUE ("s_timeexpenseline_uu")
);
CREATE TABLE "time_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "s_timetype_id" integer,
  "s_timetype_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("s_timetype_id"),
  UNIQUE ("s_timetype_uu")
);
CREATE TABLE "tool_bar_button" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_process_id" integer,
  "ad_tab_id" integer,
  "ad_toolbarbutton_id" integer,
  "ad_toolbarbutton_uu" varchar(255),
  "action" varchar(255),
  "actionclassname" varchar(255),
  "actionname" varchar(255),
  "componentname" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "displaylogic" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "isaddseparator" char(1),
  "isadvancedbutton" char(1),
  "iscustomization" char(1),
  "isshowmore" char(1),
  "keystroke_keycode" integer,
  "keystroke_modifiers" integer,
  "name" varchar(255),
  "pressedlogic" varchar(255),
  "readonlylogic" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_toolbarbutton_id"),
  UNIQUE ("ad_toolbarbutton_uu")
);
CREATE TABLE "tool_bar_button_restrict" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_process_id" integer,
  "ad_role_id" integer,
  "ad_tab_id" integer,
  "ad_toolbarbuttonrestrict_id" integer,
  "ad_toolbarbuttonrestrict_uu" varchar(255),
  "ad_toolbarbutton_id" integer,
  "ad_window_id" integer,
  "action" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isexclude" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_toolbarbuttonrestrict_id"),
  UNIQUE ("ad_toolbarbuttonrestrict_uu")
);
CREATE TABLE "topic" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "b_topiccategory_id" integer,
  "b_topictype_id" integer,
  "b_topic_id" integer,
  "b_topic_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "decisiondate" timestamp,
  "description" varchar(255),
  "documentno" varchar(255),
  "isactive" char(1),
  "ispublished" char(1),
  "name" varchar(255),
  "processed" char(1),
  "processing" char(1),
  "textdetails" varchar(255),
  "textmsg" varchar(255),
  "topicaction" varchar(255),
  "topicstatus" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("b_topic_id"),
  UNIQUE ("b_topic_uu")
);
CREATE TABLE "topic_category" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "b_topiccategory_id" integer,
  "b_topiccategory_uu" varchar(255),
  "b_topictype_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("b_topiccategory_id"),
  UNIQUE ("b_topiccategory_uu")
);
CREATE TABLE "topic_type" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "auctiontype" varchar(255),
  "b_topictype_id" integer,
  "b_topictype_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "m_pricelist_id" integer,
  "m_productmember_id" integer,
  "m_product_id" integer,
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("b_topictype_id"),
  UNIQUE ("b_topictype_uu")
);
CREATE TABLE "training" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_taxcategory_id" integer,
  "c_uom_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "descriptionurl" varchar(255),
  "documentnote" varchar(255),
  "help" varchar(255),
  "imageurl" varchar(255),
  "isactive" char(1),
  "m_product_category_id" integer,
  "name" varchar(255),
  "processing" char(1),
  "s_training_id" integer,
  "s_training_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("s_training_id"),
  UNIQUE ("s_training_uu")
);
CREATE TABLE "training_class" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "enddate" timestamp,
  "isactive" char(1),
  "m_product_id" integer,
  "s_training_class_id" integer,
  "s_training_class_uu" varchar(255),
  "s_training_id" integer,
  "startdate" timestamp,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("s_training_class_id"),
  UNIQUE ("s_training_class_uu")
);
CREATE TABLE "transaction" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_projectissue_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "m_attributesetinstance_id" integer,
  "m_inoutline_id" integer,
  "m_inventoryline_id" integer,
  "m_locator_id" integer,
  "m_movementline_id" integer,
  "m_product_id" integer,
  "m_productionline_id" integer,
  "m_transaction_id" integer,
  "m_transaction_uu" varchar(255),
  "movementdate" timestamp,
  "movementqty" numeric,
  "movementtype" varchar(255),
  "pp_cost_collector_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("m_transaction_id"),
  UNIQUE ("m_transaction_uu")
);
CREATE TABLE "transaction_allocation" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "allocationstrategytype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isallocated" char(1),
  "ismanual" char(1),
  "m_attributesetinstance_id" integer,
  "m_inoutline_id" integer,
  "m_inventoryline_id" integer,
  "m_product_id" integer,
  "m_productionline_id" integer,
  "m_transactionallocation_uu" varchar(255),
  "m_transaction_id" integer,
  "out_m_inoutline_id" integer,
  "out_m_inventoryline_id" integer,
  "out_m_productionline_id" integer,
  "out_m_transaction_id" integer,
  "qty" numeric,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("m_transactionallocation_uu")
);
CREATE TABLE "transaction_temp" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_pinstance_id" integer,
  "c_projectissue_id" integer,
  "c_project_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "m_attributesetinstance_id" integer,
  "m_inoutline_id" integer,
  "m_inout_id" integer,
  "m_inventoryline_id" integer,
  "m_inventory_id" integer,
  "m_locator_id" integer,
  "m_movementline_id" integer,
  "m_movement_id" integer,
  "m_product_id" integer,
  "m_productionline_id" integer,
  "m_production_id" integer,
  "m_transaction_id" integer,
  "movementdate" timestamp,
  "movementqty" numeric,
  "movementtype" varchar(255),
  "search_inout_id" integer,
  "search_invoice_id" integer,
  "search_order_id" integer,
  "t_transaction_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("t_transaction_uu")
);
CREATE TABLE "tree" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "ad_tree_id" integer,
  "ad_tree_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isallnodes" char(1),
  "isdefault" char(1),
  "isloadallnodesimmediately" char(1),
  "istreedrivenbyvalue" char(1),
  "isvaluedisplayed" char(1),
  "name" varchar(255),
  "parent_column_id" integer,
  "processing" char(1),
  "treetype" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_tree_id"),
  UNIQUE ("ad_tree_uu")
);
CREATE TABLE "tree_bar" (
  "ad_client_id" integer,
  "ad_menu_id" integer,
  "ad_org_id" integer,
  "ad_treebar_uu" varchar(255),
  "ad_tree_id" integer,
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isfavourite" char(1),
  "loginopenseqno" integer,
  "node_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_treebar_uu")
);
CREATE TABLE "tree_favorite" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_tree_favorite_id" integer,
  "ad_tree_favorite_uu" varchar(255),
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_tree_favorite_id"),
  UNIQUE ("ad_tree_favorite_uu")
);
CREATE TABLE "tree_favorite_node" (
  "ad_client_id" integer,
  "ad_menu_id" integer,
  "ad_org_id" integer,
  "ad_tree_favorite_id" integer,
  "ad_tree_favorite_node_id" integer,
  "ad_tree_favorite_node_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "iscollapsible" char(1),
  "isfavourite" char(1),
  "issummary" char(1),
  "loginopenseqno" integer,
  "name" varchar(255),
  "parent_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_tree_favorite_node_id"),
  UNIQUE ("ad_tree_favorite_node_uu")
);
CREATE TABLE "tree_node" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_treenode_uu" varchar(255),
  "ad_tree_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "node_id" integer,
  "parent_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_treenode_uu")
);
CREATE TABLE "tree_node_bp" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_treenodebp_uu" varchar(255),
  "ad_tree_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "node_id" integer,
  "parent_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_treenodebp_uu")
);
CREATE TABLE "tree_node_cmc" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_treenodecmc_uu" varchar(255),
  "ad_tree_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "node_id" integer,
  "parent_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_treenodecmc_uu")
);
CREATE TABLE "tree_node_cmm" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_treenodecmm_uu" varchar(255),
  "ad_tree_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "node_id" integer,
  "parent_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_treenodecmm_uu")
);
CREATE TABLE "tree_node_cms" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_treenodecms_uu" varchar(255),
  "ad_tree_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "node_id" integer,
  "parent_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_treenodecms_uu")
);
CREATE TABLE "tree_node_cmt" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_treenodecmt_uu" varchar(255),
  "ad_tree_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "node_id" integer,
  "parent_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_treenodecmt_uu")
);
CREATE TABLE "tree_node_mm" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_treenodemm_uu" varchar(255),
  "ad_tree_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "node_id" integer,
  "parent_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_treenodemm_uu")
);
CREATE TABLE "tree_node_pr" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_treenodepr_uu" varchar(255),
  "ad_tree_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "node_id" integer,
  "parent_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_treenodepr_uu")
);
CREATE TABLE "tree_node_u1" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_treenodeu1_uu" varchar(255),
  "ad_tree_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "node_id" integer,
  "parent_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_treenodeu1_uu")
);
CREATE TABLE "tree_node_u2" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_treenodeu2_uu" varchar(255),
  "ad_tree_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "node_id" integer,
  "parent_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_treenodeu2_uu")
);
CREATE TABLE "tree_node_u3" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_treenodeu3_uu" varchar(255),
  "ad_tree_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "node_id" integer,
  "parent_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_treenodeu3_uu")
);
CREATE TABLE "tree_node_u4" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_treenodeu4_uu" varchar(255),
  "ad_tree_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "node_id" integer,
  "parent_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_treenodeu4_uu")
);
CREATE TABLE "trial_balance" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "ad_pinstance_id" integer,
  "ad_table_id" integer,
  "a_asset_id" integer,
  "accountvalue" varchar(255),
  "account_id" integer,
  "amtacctbalance" numeric,
  "amtacctcr" numeric,
  "amtacctdr" numeric,
  "amtsourcebalance" numeric,
  "amtsourcecr" numeric,
  "amtsourcedr" numeric,
  "c_acctschema_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_currency_id" integer,
  "c_locfrom_id" integer,
  "c_locto_id" integer,
  "c_period_id" integer,
  "c_project_id" integer,
  "c_salesregion_id" integer,
  "c_tax_id" integer,
  "c_uom_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dateacct" timestamp,
  "datetrx" timestamp,
  "description" varchar(255),
  "fact_acct_id" integer,
  "gl_budget_id" integer,
  "gl_category_id" integer,
  "levelno" integer,
  "line_id" integer,
  "m_locator_id" integer,
  "m_product_id" integer,
  "postingtype" varchar(255),
  "qty" numeric,
  "record_id" integer,
  "t_trialbalance_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  UNIQUE ("t_trialbalance_uu")
);
CREATE TABLE "uom" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_uom_id" integer,
  "c_uom_uu" varchar(255),
  "costingprecision" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "name" varchar(255),
  "stdprecision" integer,
  "uncefact" varchar(255),
  "uomsymbol" varchar(255),
  "uomtype" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "x12de355" varchar(255),
  PRIMARY KEY ("c_uom_id"),
  UNIQUE ("c_uom_uu")
);
CREATE TABLE "uom_conversion" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_uom_conversion_id" integer,
  "c_uom_conversion_uu" varchar(255),
  "c_uom_id" integer,
  "c_uom_to_id" integer,
  "created" timestamp,
  "createdby" integer,
  "dividerate" numeric,
  "isactive" char(1),
  "m_product_id" integer,
  "multiplyrate" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_uom_conversion_id"),
  UNIQUE ("c_uom_conversion_uu")
);
CREATE TABLE "user" (
  "ad_client_id" integer,
  "ad_image_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "ad_user_uu" varchar(255),
  "answer" varchar(255),
  "authenticationtype" varchar(255),
  "bpname" varchar(255),
  "bp_location_id" integer,
  "birthday" timestamp,
  "c_bpartner_id" integer,
  "c_bpartner_location_id" integer,
  "c_campaign_id" integer,
  "c_greeting_id" integer,
  "c_job_id" integer,
  "c_location_id" integer,
  "comments" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dateaccountlocked" timestamp,
  "datelastlogin" timestamp,
  "datepasswordchanged" timestamp,
  "description" varchar(255),
  "email" varchar(255),
  "emailuser" varchar(255),
  "emailuserpw" varchar(255),
  "emailverify" varchar(255),
  "emailverifydate" timestamp,
  "failedlogincount" integer,
  "fax" varchar(255),
  "isactive" char(1),
  "isaddmailtextautomatically" char(1),
  "isbillto" char(1),
  "isexpired" char(1),
  "isfullbpaccess" char(1),
  "isinpayroll" char(1),
  "islocked" char(1),
  "ismenuautoexpand" varchar(255),
  "isnoexpire" char(1),
  "isnopasswordreset" char(1),
  "issaleslead" char(1),
  "isshipto" char(1),
  "issupportuser" char(1),
  "isvendorlead" char(1),
  "ldapuser" varchar(255),
  "lastcontact" timestamp,
  "lastresult" varchar(255),
  "leadsource" varchar(255),
  "leadsourcedescription" varchar(255),
  "leadstatus" varchar(255),
  "leadstatusdescription" varchar(255),
  "name" varchar(255),
  "notificationtype" varchar(255),
  "password" varchar(255),
  "passwordhashalgorithm" varchar(255),
  "phone" varchar(255),
  "phone2" varchar(255),
  "processing" char(1),
  "r_defaultmailtext_id" integer,
  "salesrep_id" integer,
  "salt" varchar(255),
  "saltalgorithm" varchar(255),
  "securityquestion" varchar(255),
  "supervisor_id" integer,
  "title" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "userpin" varchar(255),
  "value" varchar(255),
  PRIMARY KEY ("ad_user_id"),
  UNIQUE ("ad_user_uu")
);
CREATE TABLE "user_bp_access" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_userbpaccess_id" integer,
  "ad_userbpaccess_uu" varchar(255),
  "ad_user_id" integer,
  "bpaccesstype" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "docbasetype" varchar(255),
  "isactive" char(1),
  "r_requesttype_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_userbpaccess_id"),
  UNIQUE ("ad_userbpaccess_uu")
);
CREATE TABLE "user_def_field" (
  "ad_chart_id" integer,
  "ad_client_id" integer,
  "ad_fieldgroup_id" integer,
  "ad_fieldstyle_id" integer,
  "ad_field_id" integer,
  "ad_labelstyle_id" integer,
  "ad_org_id" integer,
  "ad_reference_id" integer,
  "ad_reference_value_id" integer,
  "ad_userdef_field_id" integer,
  "ad_userdef_field_uu" varchar(255),
  "ad_userdef_tab_id" integer,
  "ad_val_rule_id" integer,
  "ad_val_rule_lookup_id" integer,
  "alwaysupdatablelogic" varchar(255),
  "columnspan" integer,
  "created" timestamp,
  "createdby" integer,
  "defaultvalue" varchar(255),
  "description" varchar(255),
  "displaylength" integer,
  "displaylogic" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isalwaysupdateable" varchar(255),
  "isautocomplete" varchar(255),
  "isdisplayed" varchar(255),
  "isdisplayedgrid" varchar(255),
  "ishtml" varchar(255),
  "ismandatory" varchar(255),
  "isreadonly" varchar(255),
  "issameline" varchar(255),
  "istoolbarbutton" varchar(255),
  "isupdateable" varchar(255),
  "mandatorylogic" varchar(255),
  "name" varchar(255),
  "numlines" integer,
  "pa_dashboardcontent_id" integer,
  "placeholder" varchar(255),
  "readonlylogic" varchar(255),
  "seqno" integer,
  "seqnogrid" integer,
  "sortno" integer,
  "updated" timestamp,
  "updatedby" integer,
  "vformat" varchar(255),
  "xposition" integer,
  PRIMARY KEY ("ad_userdef_field_id"),
  UNIQUE ("ad_userdef_field_uu")
);
CREATE TABLE "user_def_form" (
  "ad_client_id" integer,
  "ad_form_id" integer,
  "ad_language" varchar(255),
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_userdef_form_id" integer,
  "ad_userdef_form_uu" varchar(255),
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "imageurl" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_userdef_form_id"),
  UNIQUE ("ad_userdef_form_uu")
);
CREATE TABLE "user_def_info" (
  "ad_client_id" integer,
  "ad_infowindow_id" integer,
  "ad_language" varchar(255),
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_userdef_info_id" integer,
  "ad_userdef_info_uu" varchar(255),
  "ad_user_id" integer,
  "ad_window_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "imageurl" varchar(255),
  "isactive" char(1),
  "isshowindashboard" varchar(255),
  "name" varchar(255),
  "po_window_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_userdef_info_id"),
  UNIQUE ("ad_userdef_info_uu")
);
CREATE TABLE "user_def_info_column" (
  "ad_client_id" integer,
  "ad_fieldstyle_id" integer,
  "ad_infocolumn_id" integer,
  "ad_org_id" integer,
  "ad_reference_id" integer,
  "ad_reference_value_id" integer,
  "ad_userdef_info_column_id" integer,
  "ad_userdef_info_column_uu" varchar(255),
  "ad_userdef_info_id" integer,
  "ad_val_rule_id" integer,
  "created" timestamp,
  "createdby" integer,
  "defaultvalue" varchar(255),
  "description" varchar(255),
  "displaylogic" varchar(255),
  "help" varchar(255),
  "inputfieldvalidation" varchar(255),
  "isactive" char(1),
  "isautocomplete" varchar(255),
  "isdisplayed" varchar(255),
  "ismandatory" varchar(255),
  "isqueryafterchange" varchar(255),
  "isquerycriteria" varchar(255),
  "isreadonly" varchar(255),
  "name" varchar(255),
  "placeholder" varchar(255),
  "queryfunction" varchar(255),
  "queryoperator" varchar(255),
  "seqno" integer,
  "seqnoselection" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_userdef_info_column_id"),
  UNIQUE ("ad_userdef_info_column_uu")
);
CREATE TABLE "user_def_info_related" (
  "ad_client_id" integer,
  "ad_inforelated_id" integer,
  "ad_org_id" integer,
  "ad_userdef_info_id" integer,
  "ad_userdef_info_related_id" integer,
  "ad_userdef_info_related_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "displaylogic" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_userdef_info_related_id"),
  UNIQUE ("ad_userdef_info_related_uu")
);
CREATE TABLE "user_def_proc" (
  "ad_client_id" integer,
  "ad_language" varchar(255),
  "ad_org_id" integer,
  "ad_process_id" integer,
  "ad_role_id" integer,
  "ad_userdef_proc_id" integer,
  "ad_userdef_proc_uu" varchar(255),
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isuserupdateable" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_userdef_proc_id"),
  UNIQUE ("ad_userdef_proc_uu")
);
CREATE TABLE "user_def_proc_parameter" (
  "ad_client_id" integer,
  "ad_fieldgroup_id" integer,
  "ad_org_id" integer,
  "ad_process_para_id" integer,
  "ad_reference_id" integer,
  "ad_reference_value_id" integer,
  "ad_userdef_proc_id" integer,
  "ad_userdef_proc_parameter_id" integer,
  "ad_userdef_proc_parameter_uu" varchar(255),
  "ad_val_rule_id" integer,
  "created" timestamp,
  "createdby" integer,
  "defaultvalue" varchar(255),
  "defaultvalue2" varchar(255),
  "description" varchar(255),
  "displaylogic" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isdisplayed" varchar(255),
  "ismandatory" varchar(255),
  "isrange" char(1),
  "mandatorylogic" varchar(255),
  "name" varchar(255),
  "placeholder" varchar(255),
  "placeholder2" varchar(255),
  "readonlylogic" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  "vformat" varchar(255),
  "valuemax" varchar(255),
  "valuemin" varchar(255),
  PRIMARY KEY ("ad_userdef_proc_parameter_id"),
  UNIQUE ("ad_userdef_proc_parameter_uu")
);
CREATE TABLE "user_def_tab" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_process_id" integer,
  "ad_tab_id" integer,
  "ad_userdef_tab_id" integer,
  "ad_userdef_tab_uu" varchar(255),
  "ad_userdef_win_id" integer,
  "created" timestamp,
  "createdby" integer,
  "deleteconfirmationlogic" varchar(255),
  "description" varchar(255),
  "displaylogic" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isallowadvancedlookup" varchar(255),
  "ishighvolume" varchar(255),
  "islookuponlyselection" varchar(255),
  "ismultirowonly" char(1),
  "isreadonly" varchar(255),
  "issinglerow" varchar(255),
  "name" varchar(255),
  "orderbyclause" varchar(255),
  "readonlylogic" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  "whereclause" varchar(255),
  PRIMARY KEY ("ad_userdef_tab_id"),
  UNIQUE ("ad_userdef_tab_uu")
);
CREATE TABLE "user_def_theme" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_userdef_theme_id" integer,
  "ad_userdef_theme_uu" varchar(255),
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "stylesheet" varchar(255),
  "theme" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_userdef_theme_id"),
  UNIQUE ("ad_userdef_theme_uu")
);
CREATE TABLE "user_def_theme_detail" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_userdef_theme_detail_id" integer,
  "ad_userdef_theme_detail_uu" varchar(255),
  "ad_userdef_theme_id" integer,
  "created" timestamp,
  "createdby" integer,
  "currentvalue" varchar(255),
  "isactive" char(1),
  "newvalue" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_userdef_theme_detail_id"),
  UNIQUE ("ad_userdef_theme_detail_uu")
);
CREATE TABLE "user_def_win" (
  "ad_client_id" integer,
  "ad_language" varchar(255),
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_userdef_win_id" integer,
  "ad_userdef_win_uu" varchar(255),
  "ad_user_id" integer,
  "ad_window_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "isreadonly" char(1),
  "isuserupdateable" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_userdef_win_id"),
  UNIQUE ("ad_userdef_win_uu")
);
CREATE TABLE "user_mail" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_usermail_id" integer,
  "ad_usermail_uu" varchar(255),
  "ad_user_id" integer,
  "created" timestamp,
  "createdby" integer,
  "deliveryconfirmation" varchar(255),
  "emailfrom" varchar(255),
  "isactive" char(1),
  "isdelivered" varchar(255),
  "mailtext" varchar(255),
  "messageid" varchar(255),
  "r_mailtext_id" integer,
  "recipientbcc" varchar(255),
  "recipientcc" varchar(255),
  "recipientto" varchar(255),
  "subject" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_usermail_id"),
  UNIQUE ("ad_usermail_uu")
);
CREATE TABLE "user_org_access" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "ad_user_orgaccess_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isreadonly" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_user_orgaccess_uu")
);
CREATE TABLE "user_preference" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_userpreference_id" integer,
  "ad_userpreference_uu" varchar(255),
  "ad_user_id" integer,
  "autocommit" char(1),
  "autonew" char(1),
  "automaticdecimalplacesforamoun" integer,
  "created" timestamp,
  "createdby" integer,
  "gridafterfindthreshold" integer,
  "isactive" char(1),
  "isdetailedzoomacross" char(1),
  "isreadonlysession" char(1),
  "isshowtechnicalinfonhelp" char(1),
  "isusesimilarto" char(1),
  "migrationscriptcomment" varchar(255),
  "toggleondoubleclick" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "viewfindresult" varchar(255),
  PRIMARY KEY ("ad_userpreference_id"),
  UNIQUE ("ad_userpreference_uu")
);
CREATE TABLE "user_query" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_tab_id" integer,
  "ad_table_id" integer,
  "ad_userquery_id" integer,
  "ad_userquery_uu" varchar(255),
  "ad_user_id" integer,
  "ad_window_id" integer,
  "code" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isdefault" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_userquery_id"),
  UNIQUE ("ad_userquery_uu")
);
CREATE TABLE "user_remuneration" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "c_remuneration_id" integer,
  "c_userremuneration_id" integer,
  "c_userremuneration_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "grossramt" numeric,
  "grossrcost" numeric,
  "isactive" char(1),
  "overtimeamt" numeric,
  "overtimecost" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  PRIMARY KEY ("c_userremuneration_id"),
  UNIQUE ("c_userremuneration_uu")
);
CREATE TABLE "user_roles" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_user_id" integer,
  "ad_user_roles_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_user_roles_uu")
);
CREATE TABLE "user_substitute" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "ad_user_substitute_id" integer,
  "ad_user_substitute_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "substitute_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  PRIMARY KEY ("ad_user_substitute_id"),
  UNIQUE ("ad_user_substitute_uu")
);
CREATE TABLE "val_rule" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_val_rule_id" integer,
  "ad_val_rule_uu" varchar(255),
  "code" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "type" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_val_rule_id"),
  UNIQUE ("ad_val_rule_uu")
);
CREATE TABLE "valid_combination" (
  "ad_client_id" integer,
  "ad_orgtrx_id" integer,
  "ad_org_id" integer,
  "account_id" integer,
  "alias" varchar(255),
  "c_acctschema_id" integer,
  "c_activity_id" integer,
  "c_bpartner_id" integer,
  "c_campaign_id" integer,
  "c_locfrom_id" integer,
  "c_locto_id" integer,
  "c_project_id" integer,
  "c_salesregion_id" integer,
  "c_subacct_id" integer,
  "c_validcombination_id" integer,
  "c_validcombination_uu" varchar(255),
  "combination" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isfullyqualified" char(1),
  "m_product_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  "user1_id" integer,
  "user2_id" integer,
  "userelement1_id" integer,
  "userelement2_id" integer,
  PRIMARY KEY ("c_validcombination_id"),
  UNIQUE ("c_validcombination_uu")
);
CREATE TABLE "verify_migration" (
  "ad_changelog_id" integer,
  "ad_client_id" integer,
  "ad_column_id" integer,
  "ad_org_id" integer,
  "ad_pinstance_id" integer,
  "ad_table_id" integer,
  "ad_verifymigration_id" integer,
  "ad_verifymigration_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "currentvalue" varchar(255),
  "expectedvalue" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isignore" char(1),
  "manualnote" varchar(255),
  "priorityrule" varchar(255),
  "record_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_verifymigration_id"),
  UNIQUE ("ad_verifymigration_uu")
);
CREATE TABLE "view_column" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_viewcolumn_id" integer,
  "ad_viewcolumn_uu" varchar(255),
  "ad_viewcomponent_id" integer,
  "columnname" varchar(255),
  "columnsql" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "dbdatatype" varchar(255),
  "description" varchar(255),
  "entitytype" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_viewcolumn_id"),
  UNIQUE ("ad_viewcolumn_uu")
);
CREATE TABLE "view_component" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "ad_viewcomponent_id" integer,
  "ad_viewcomponent_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "fromclause" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isdistinct" char(1),
  "isunionall" char(1),
  "name" varchar(255),
  "otherclause" varchar(255),
  "referenced_table_id" integer,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  "whereclause" varchar(255),
  PRIMARY KEY ("ad_viewcomponent_id"),
  UNIQUE ("ad_viewcomponent_uu")
);
CREATE TABLE "warehouse" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_location_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "isdisableinventorypopup" char(1),
  "isdisallownegativeinv" char(1),
  "isintransit" char(1),
  "m_reservelocator_id" integer,
  "m_warehousesource_id" integer,
  "m_warehouse_id" integer,
  "m_warehouse_uu" varchar(255),
  "name" varchar(255),
  "replenishmentclass" varchar(255),
  "separator" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  PRIMARY KEY ("m_warehouse_id"),
  UNIQUE ("m_warehouse_uu")
);
CREATE TABLE "warehouse_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_acctschema_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "m_warehouse_acct_uu" varchar(255),
  "m_warehouse_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  "w_differences_acct" integer,
  UNIQUE ("m_warehouse_acct_uu")
);
CREATE TABLE "warehouse_price" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_uom_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isinstanceattribute" char(1),
  "m_pricelist_version_id" integer,
  "m_product_id" integer,
  "m_warehouse_id" integer,
  "margin" numeric,
  "name" varchar(255),
  "pricelimit" numeric,
  "pricelist" numeric,
  "pricestd" numeric,
  "qtyavailable" numeric,
  "qtyonhand" numeric,
  "qtyordered" numeric,
  "qtyreserved" numeric,
  "sku" varchar(255),
  "uomsymbol" varchar(255),
  "upc" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  "warehousename" varchar(255)
);
CREATE TABLE "web_menu" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "category" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "hassubmenu" char(1),
  "help" varchar(255),
  "imagelink" varchar(255),
  "isactive" char(1),
  "menulink" varchar(255),
  "module" varchar(255),
  "name" varchar(255),
  "parentmenu_id" integer,
  "position" varchar(255),
  "sequence" numeric,
  "u_webmenu_id" integer,
  "u_webmenu_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("u_webmenu_id"),
  UNIQUE ("u_webmenu_uu")
);
CREATE TABLE "web_properties" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "u_key" varchar(255),
  "u_value" varchar(255),
  "u_web_properties_id" integer,
  "u_web_properties_uu" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("u_web_properties_id"),
  UNIQUE ("u_web_properties_uu")
);
CREATE TABLE "wf_activity" (
  "ad_client_id" integer,
  "ad_message_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "ad_user_id" integer,
  "ad_wf_activity_id" integer,
  "ad_wf_activity_uu" varchar(255),
  "ad_wf_node_id" integer,
  "ad_wf_process_id" integer,
  "ad_wf_responsible_id" integer,
  "ad_workflow_id" integer,
  "created" timestamp,
  "createdby" integer,
  "datelastalert" timestamp,
  "dynprioritystart" integer,
  "endwaittime" timestamp,
  "isactive" char(1),
  "priority" integer,
  "processed" char(1),
  "processing" char(1),
  "record_id" integer,
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "wfstate" varchar(255),
  PRIMARY KEY ("ad_wf_activity_id"),
  UNIQUE ("ad_wf_activity_uu")
);
CREATE TABLE "wf_activity_approver" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "ad_wf_activityapprover_id" integer,
  "ad_wf_activityapprover_uu" varchar(255),
  "ad_wf_activity_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_wf_activityapprover_id"),
  UNIQUE ("ad_wf_activityapprover_uu")
);
CREATE TABLE "wf_activity_result" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_wf_activityresult_id" integer,
  "ad_wf_activityresult_uu" varchar(255),
  "ad_wf_activity_id" integer,
  "attributename" varchar(255),
  "attributevalue" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_wf_activityresult_id"),
  UNIQUE ("ad_wf_activityresult_uu")
);
CREATE TABLE "wf_block" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_wf_block_id" integer,
  "ad_wf_block_uu" varchar(255),
  "ad_workflow_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_wf_block_id"),
  UNIQUE ("ad_wf_block_uu")
);
CREATE TABLE "wf_event_audit" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "ad_user_id" integer,
  "ad_wf_eventaudit_id" integer,
  "ad_wf_eventaudit_uu" varchar(255),
  "ad_wf_node_id" integer,
  "ad_wf_process_id" integer,
  "ad_wf_responsible_id" integer,
  "attributename" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "elapsedtimems" numeric,
  "eventtype" varchar(255),
  "isactive" char(1),
  "newvalue" varchar(255),
  "oldvalue" varchar(255),
  "record_id" integer,
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "wfstate" varchar(255),
  PRIMARY KEY ("ad_wf_eventaudit_id"),
  UNIQUE ("ad_wf_eventaudit_uu")
);
CREATE TABLE "wf_next_condition" (
  "ad_client_id" integer,
  "ad_column_id" integer,
  "ad_org_id" integer,
  "ad_wf_nextcondition_id" integer,
  "ad_wf_nextcondition_uu" varchar(255),
  "ad_wf_nodenext_id" integer,
  "andor" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "entitytype" varchar(255),
  "isactive" char(1),
  "operation" varchar(255),
  "sqlstatement" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  "value" varchar(255),
  "value2" varchar(255),
  PRIMARY KEY ("ad_wf_nextcondition_id"),
  UNIQUE ("ad_wf_nextcondition_uu")
);
CREATE TABLE "wf_node" (
  "ad_client_id" integer,
  "ad_column_id" integer,
  "ad_ctxhelp_id" integer,
  "ad_form_id" integer,
  "ad_image_id" integer,
  "ad_infowindow_id" integer,
  "ad_org_id" integer,
  "ad_process_id" integer,
  "ad_task_id" integer,
  "ad_wf_block_id" integer,
  "ad_wf_node_id" integer,
  "ad_wf_node_uu" varchar(255),
  "ad_wf_responsible_id" integer,
  "ad_window_id" integer,
  "ad_workflow_id" integer,
  "action" varchar(255),
  "attributename" varchar(255),
  "attributevalue" varchar(255),
  "c_bpartner_id" integer,
  "cost" numeric,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "docaction" varchar(255),
  "duration" integer,
  "dynprioritychange" numeric,
  "dynpriorityunit" varchar(255),
  "email" varchar(255),
  "emailrecipient" varchar(255),
  "entitytype" varchar(255),
  "finishmode" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isattacheddocumenttoemail" char(1),
  "iscentrallymaintained" char(1),
  "ismilestone" char(1),
  "issubcontracting" char(1),
  "joinelement" varchar(255),
  "limit" integer,
  "movingtime" integer,
  "name" varchar(255),
  "overlapunits" integer,
  "priority" integer,
  "queuingtime" integer,
  "r_mailtext_id" integer,
  "s_resource_id" integer,
  "setuptime" integer,
  "splitelement" varchar(255),
  "startmode" varchar(255),
  "subflowexecution" varchar(255),
  "unitscycles" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  "value" varchar(255),
  "waittime" integer,
  "waitingtime" integer,
  "workflow_id" integer,
  "workingtime" integer,
  "xposition" integer,
  "yposition" integer,
  "yield" integer,
  PRIMARY KEY ("ad_wf_node_id"),
  UNIQUE ("ad_wf_node_uu")
);
CREATE TABLE "wf_node_asset" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_wf_node_id" integer,
  "a_asset_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "pp_wf_node_asset_id" integer,
  "pp_wf_node_asset_uu" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pp_wf_node_asset_id"),
  UNIQUE ("pp_wf_node_asset_uu")
);
CREATE TABLE "wf_node_next" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_wf_next_id" integer,
  "ad_wf_nodenext_id" integer,
  "ad_wf_nodenext_uu" varchar(255),
  "ad_wf_node_id" integer,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "isstduserworkflow" char(1),
  "seqno" integer,
  "transitioncode" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_wf_nodenext_id"),
  UNIQUE ("ad_wf_nodenext_uu")
);
CREATE TABLE "wf_node_para" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_process_para_id" integer,
  "ad_wf_node_id" integer,
  "ad_wf_node_para_id" integer,
  "ad_wf_node_para_uu" varchar(255),
  "attributename" varchar(255),
  "attributevalue" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_wf_node_para_id"),
  UNIQUE ("ad_wf_node_para_uu")
);
CREATE TABLE "wf_node_product" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_wf_node_id" integer,
  "configurationlevel" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "entitytype" varchar(255),
  "isactive" char(1),
  "issubcontracting" char(1),
  "m_product_id" integer,
  "pp_wf_node_product_id" integer,
  "pp_wf_node_product_uu" varchar(255),
  "qty" numeric,
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("pp_wf_node_product_id"),
  UNIQUE ("pp_wf_node_product_uu")
);
CREATE TABLE "wf_process" (
  "ad_client_id" integer,
  "ad_message_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "ad_user_id" integer,
  "ad_wf_process_id" integer,
  "ad_wf_process_uu" varchar(255),
  "ad_wf_responsible_id" integer,
  "ad_workflow_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "priority" integer,
  "processed" char(1),
  "processing" char(1),
  "record_id" integer,
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "wfstate" varchar(255),
  PRIMARY KEY ("ad_wf_process_id"),
  UNIQUE ("ad_wf_process_uu")
);
CREATE TABLE "wf_process_data" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_wf_processdata_id" integer,
  "ad_wf_processdata_uu" varchar(255),
  "ad_wf_process_id" integer,
  "attributename" varchar(255),
  "attributevalue" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_wf_processdata_id"),
  UNIQUE ("ad_wf_processdata_uu")
);
CREATE TABLE "wf_responsible" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_user_id" integer,
  "ad_wf_responsible_id" integer,
  "ad_wf_responsible_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "override_id" integer,
  "responsibletype" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_wf_responsible_id"),
  UNIQUE ("ad_wf_responsible_uu")
);
CREATE TABLE "window" (
  "ad_client_id" integer,
  "ad_color_id" integer,
  "ad_image_id" integer,
  "ad_org_id" integer,
  "ad_window_id" integer,
  "ad_window_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isbetafunctionality" char(1),
  "isdefault" char(1),
  "issotrx" char(1),
  "name" varchar(255),
  "predefinedcontextvariables" varchar(255),
  "processing" char(1),
  "titlelogic" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "winheight" integer,
  "winwidth" integer,
  "windowtype" varchar(255),
  PRIMARY KEY ("ad_window_id"),
  UNIQUE ("ad_window_uu")
);
CREATE TABLE "window_access" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_window_access_uu" varchar(255),
  "ad_window_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isreadwrite" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_window_access_uu")
);
CREATE TABLE "withholding" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "beneficiary" integer,
  "c_paymentterm_id" integer,
  "c_withholding_id" integer,
  "c_withholding_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "fixamt" numeric,
  "isactive" char(1),
  "ispaidto3party" char(1),
  "ispercentwithholding" char(1),
  "istaxprorated" char(1),
  "istaxwithholding" char(1),
  "maxamt" numeric,
  "minamt" numeric,
  "name" varchar(255),
  "percent" numeric,
  "thresholdmax" numeric,
  "thresholdmin" numeric,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_withholding_id"),
  UNIQUE ("c_withholding_uu")
);
CREATE TABLE "withholding_acct" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_acctschema_id" integer,
  "c_withholding_acct_uu" varchar(255),
  "c_withholding_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "withholding_acct" integer,
  UNIQUE ("c_withholding_acct_uu")
);
CREATE TABLE "wizard_process" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "ad_wf_node_id" integer,
  "ad_wizardprocess_id" integer,
  "ad_wizardprocess_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "note" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  "wizardstatus" varchar(255),
  PRIMARY KEY ("ad_wizardprocess_id"),
  UNIQUE ("ad_wizardprocess_uu")
);
CREATE TABLE "wlistbox_customization" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_user_id" integer,
  "ad_wlistbox_customization_id" integer,
  "ad_wlistbox_customization_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "custom" varchar(255),
  "isactive" char(1),
  "updated" timestamp,
  "updatedby" integer,
  "wlistboxname" varchar(255),
  PRIMARY KEY ("ad_wlistbox_customization_id"),
  UNIQUE ("ad_wlistbox_customization_uu")
);
CREATE TABLE "workflow" (
  "ad_client_id" integer,
  "ad_ctxhelp_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "ad_wf_node_id" integer,
  "ad_wf_responsible_id" integer,
  "ad_workflowprocessor_id" integer,
  "ad_workflow_id" integer,
  "ad_workflow_uu" varchar(255),
  "accesslevel" varchar(255),
  "author" varchar(255),
  "cost" numeric,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "docvaluelogic" varchar(255),
  "documentno" varchar(255),
  "duration" integer,
  "durationunit" varchar(255),
  "entitytype" varchar(255),
  "help" varchar(255),
  "isactive" char(1),
  "isbetafunctionality" char(1),
  "isdefault" char(1),
  "isvalid" char(1),
  "limit" integer,
  "movingtime" integer,
  "name" varchar(255),
  "overlapunits" numeric,
  "priority" integer,
  "processtype" varchar(255),
  "publishstatus" varchar(255),
  "qtybatchsize" numeric,
  "queuingtime" integer,
  "s_resource_id" integer,
  "setuptime" integer,
  "unitscycles" numeric,
  "updated" timestamp,
  "updatedby" integer,
  "validfrom" timestamp,
  "validto" timestamp,
  "validateworkflow" varchar(255),
  "value" varchar(255),
  "version" integer,
  "waitingtime" integer,
  "workflowtype" varchar(255),
  "workingtime" integer,
  "yield" integer,
  PRIMARY KEY ("ad_workflow_id"),
  UNIQUE ("ad_workflow_uu")
);
CREATE TABLE "workflow_access" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_role_id" integer,
  "ad_workflow_access_uu" varchar(255),
  "ad_workflow_id" integer,
  "created" timestamp,
  "createdby" integer,
  "isactive" char(1),
  "isreadwrite" char(1),
  "updated" timestamp,
  "updatedby" integer,
  UNIQUE ("ad_workflow_access_uu")
);
CREATE TABLE "workflow_processor" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_schedule_id" integer,
  "ad_workflowprocessor_id" integer,
  "ad_workflowprocessor_uu" varchar(255),
  "alertoverpriority" integer,
  "created" timestamp,
  "createdby" integer,
  "datelastrun" timestamp,
  "datenextrun" timestamp,
  "description" varchar(255),
  "inactivityalertdays" integer,
  "isactive" char(1),
  "keeplogdays" integer,
  "name" varchar(255),
  "processing" char(1),
  "reminddays" integer,
  "supervisor_id" integer,
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_workflowprocessor_id"),
  UNIQUE ("ad_workflowprocessor_uu")
);
CREATE TABLE "workflow_processor_log" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_workflowprocessorlog_id" integer,
  "ad_workflowprocessorlog_uu" varchar(255),
  "ad_workflowprocessor_id" integer,
  "binarydata" bytea,
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "isactive" char(1),
  "iserror" char(1),
  "reference" varchar(255),
  "summary" varchar(255),
  "textmsg" varchar(255),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("ad_workflowprocessorlog_id"),
  UNIQUE ("ad_workflowprocessorlog_uu")
);
CREATE TABLE "year" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "c_calendar_id" integer,
  "c_year_id" integer,
  "c_year_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "fiscalyear" varchar(255),
  "isactive" char(1),
  "processing" char(1),
  "updated" timestamp,
  "updatedby" integer,
  PRIMARY KEY ("c_year_id"),
  UNIQUE ("c_year_uu")
);
CREATE TABLE "zoom_condition" (
  "ad_client_id" integer,
  "ad_org_id" integer,
  "ad_table_id" integer,
  "ad_window_id" integer,
  "ad_zoomcondition_id" integer,
  "ad_zoomcondition_uu" varchar(255),
  "created" timestamp,
  "createdby" integer,
  "description" varchar(255),
  "entitytype" varchar(255),
  "isactive" char(1),
  "name" varchar(255),
  "seqno" integer,
  "updated" timestamp,
  "updatedby" integer,
  "whereclause" varchar(255),
  "zoomlogic" varchar(255),
  PRIMARY KEY ("ad_zoomcondition_id"),
  UNIQUE ("ad_zoomcondition_uu")
);
ALTER TABLE "1099_extract" ADD FOREIGN KEY ("ad_pinstance_id") REFERENCES "p_instance" ("ad_pinstance_id");
ALTER TABLE "1099_extract" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "1099_extract" ADD FOREIGN KEY ("c_location_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "a_registration" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "a_registration" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "a_registration" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "a_registration" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "access_log" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "access_log" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("c_employee_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("c_locfrom_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("c_locto_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("c_period_id") REFERENCES "period" ("c_period_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("c_projectphase_id") REFERENCES "project_phase" ("c_projectphase_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("c_projecttask_id") REFERENCES "project_task" ("c_projecttask_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("c_salesregion_id") REFERENCES "sales_region" ("c_salesregion_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("c_subacct_id") REFERENCES "sub_acct" ("c_subacct_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("c_tax_id") REFERENCES "tax" ("c_tax_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("gl_budget_id") REFERENCES "budget" ("gl_budget_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("gl_category_id") REFERENCES "gl_category" ("gl_category_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "acct" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "acct_processor" ADD FOREIGN KEY ("ad_schedule_id") REFERENCES "schedule" ("ad_schedule_id");
ALTER TABLE "acct_processor" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "acct_processor" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "acct_processor" ADD FOREIGN KEY ("supervisor_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "acct_processor_log" ADD FOREIGN KEY ("c_acctprocessor_id") REFERENCES "acct_processor" ("c_acctprocessor_id");
ALTER TABLE "acct_schema" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "acct_schema" ADD FOREIGN KEY ("c_period_id") REFERENCES "period" ("c_period_id");
ALTER TABLE "acct_schema" ADD FOREIGN KEY ("m_costtype_id") REFERENCES "cost_type" ("m_costtype_id");
ALTER TABLE "acct_schema_default" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "acct_schema_element" ADD FOREIGN KEY ("ad_column2_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "acct_schema_element" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "acct_schema_element" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "acct_schema_element" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "acct_schema_element" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "acct_schema_element" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "acct_schema_element" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "acct_schema_element" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "acct_schema_element" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "acct_schema_element" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "acct_schema_element" ADD FOREIGN KEY ("c_elementvalue_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "acct_schema_element" ADD FOREIGN KEY ("c_element_id") REFERENCES "c_element" ("c_element_id");
ALTER TABLE "acct_schema_element" ADD FOREIGN KEY ("c_employee_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "acct_schema_element" ADD FOREIGN KEY ("c_location_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "acct_schema_element" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "acct_schema_element" ADD FOREIGN KEY ("c_salesregion_id") REFERENCES "sales_region" ("c_salesregion_id");
ALTER TABLE "acct_schema_element" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "acct_schema_element" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "acct_schema_element" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "acct_schema_gl" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("account_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("c_employee_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("c_locfrom_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("c_locto_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("c_period_id") REFERENCES "period" ("c_period_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("c_projectphase_id") REFERENCES "project_phase" ("c_projectphase_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("c_projecttask_id") REFERENCES "project_task" ("c_projecttask_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("c_salesregion_id") REFERENCES "sales_region" ("c_salesregion_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("c_subacct_id") REFERENCES "sub_acct" ("c_subacct_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("gl_budget_id") REFERENCES "budget" ("gl_budget_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("pa_reportcube_id") REFERENCES "report_cube" ("pa_reportcube_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "acct_summary" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "achievement" ADD FOREIGN KEY ("pa_measure_id") REFERENCES "measure" ("pa_measure_id");
ALTER TABLE "address_transaction" ADD FOREIGN KEY ("c_addressvalidation_id") REFERENCES "address_validation" ("c_addressvalidation_id");
ALTER TABLE "address_transaction" ADD FOREIGN KEY ("c_location_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "address_validation" ADD FOREIGN KEY ("c_addressvalidationcfg_id") REFERENCES "address_validation_cfg" ("c_addressvalidationcfg_id");
ALTER TABLE "aging" ADD FOREIGN KEY ("ad_pinstance_id") REFERENCES "p_instance" ("ad_pinstance_id");
ALTER TABLE "aging" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "aging" ADD FOREIGN KEY ("c_bp_group_id") REFERENCES "bp_group" ("c_bp_group_id");
ALTER TABLE "aging" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "aging" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "aging" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "aging" ADD FOREIGN KEY ("c_invoicepayschedule_id") REFERENCES "invoice_pay_schedule" ("c_invoicepayschedule_id");
ALTER TABLE "aging" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "aging" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "aging" ADD FOREIGN KEY ("convertamountsincurrency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "alert" ADD FOREIGN KEY ("ad_alertprocessor_id") REFERENCES "alert_processor" ("ad_alertprocessor_id");
ALTER TABLE "alert_processor" ADD FOREIGN KEY ("ad_schedule_id") REFERENCES "schedule" ("ad_schedule_id");
ALTER TABLE "alert_processor" ADD FOREIGN KEY ("supervisor_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "alert_processor_log" ADD FOREIGN KEY ("ad_alertprocessor_id") REFERENCES "alert_processor" ("ad_alertprocessor_id");
ALTER TABLE "alert_recipient" ADD FOREIGN KEY ("ad_alert_id") REFERENCES "alert" ("ad_alert_id");
ALTER TABLE "alert_recipient" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "alert_recipient" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "alert_rule" ADD FOREIGN KEY ("ad_alert_id") REFERENCES "alert" ("ad_alert_id");
ALTER TABLE "alert_rule" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "all_users_v" ADD FOREIGN KEY ("ad_allclients_v_id") REFERENCES "all_clients_v" ("ad_allclients_v_id");
ALTER TABLE "allocation_hdr" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "allocation_hdr" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "allocation_hdr" ADD FOREIGN KEY ("reversal_id") REFERENCES "allocation_hdr" ("c_allocationhdr_id");
ALTER TABLE "allocation_line" ADD FOREIGN KEY ("c_allocationhdr_id") REFERENCES "allocation_hdr" ("c_allocationhdr_id");
ALTER TABLE "allocation_line" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "allocation_line" ADD FOREIGN KEY ("c_banktransfer_id") REFERENCES "bank_transfer" ("c_banktransfer_id");
ALTER TABLE "allocation_line" ADD FOREIGN KEY ("c_cashline_id") REFERENCES "cash_line" ("c_cashline_id");
ALTER TABLE "allocation_line" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "allocation_line" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "allocation_line" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "allocation_line" ADD FOREIGN KEY ("c_payment_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "archive" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "archive" ADD FOREIGN KEY ("ad_storageprovider_id") REFERENCES "storage_provider" ("ad_storageprovider_id");
ALTER TABLE "archive" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "archive" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "asp_field" ADD FOREIGN KEY ("ad_field_id") REFERENCES "field" ("ad_field_id");
ALTER TABLE "asp_field" ADD FOREIGN KEY ("asp_tab_id") REFERENCES "asp_tab" ("asp_tab_id");
ALTER TABLE "asp_form" ADD FOREIGN KEY ("ad_form_id") REFERENCES "form" ("ad_form_id");
ALTER TABLE "asp_form" ADD FOREIGN KEY ("asp_level_id") REFERENCES "level" ("asp_level_id");
ALTER TABLE "asp_process" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "asp_process" ADD FOREIGN KEY ("asp_level_id") REFERENCES "level" ("asp_level_id");
ALTER TABLE "asp_process_para" ADD FOREIGN KEY ("ad_process_para_id") REFERENCES "process_para" ("ad_process_para_id");
ALTER TABLE "asp_process_para" ADD FOREIGN KEY ("asp_process_id") REFERENCES "asp_process" ("asp_process_id");
ALTER TABLE "asp_ref_list" ADD FOREIGN KEY ("ad_ref_list_id") REFERENCES "ref_list" ("ad_ref_list_id");
ALTER TABLE "asp_ref_list" ADD FOREIGN KEY ("ad_reference_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "asp_ref_list" ADD FOREIGN KEY ("asp_level_id") REFERENCES "level" ("asp_level_id");
ALTER TABLE "asp_tab" ADD FOREIGN KEY ("ad_tab_id") REFERENCES "tab" ("ad_tab_id");
ALTER TABLE "asp_tab" ADD FOREIGN KEY ("asp_window_id") REFERENCES "asp_window" ("asp_window_id");
ALTER TABLE "asp_task" ADD FOREIGN KEY ("ad_task_id") REFERENCES "task" ("ad_task_id");
ALTER TABLE "asp_task" ADD FOREIGN KEY ("asp_level_id") REFERENCES "level" ("asp_level_id");
ALTER TABLE "asp_window" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "asp_window" ADD FOREIGN KEY ("asp_level_id") REFERENCES "level" ("asp_level_id");
ALTER TABLE "asp_workflow" ADD FOREIGN KEY ("ad_workflow_id") REFERENCES "workflow" ("ad_workflow_id");
ALTER TABLE "asp_workflow" ADD FOREIGN KEY ("asp_level_id") REFERENCES "level" ("asp_level_id");
ALTER TABLE "asset" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "asset" ADD FOREIGN KEY ("a_asset_class_id") REFERENCES "asset_class" ("a_asset_class_id");
ALTER TABLE "asset" ADD FOREIGN KEY ("a_asset_group_id") REFERENCES "asset_group" ("a_asset_group_id");
ALTER TABLE "asset" ADD FOREIGN KEY ("a_asset_type_id") REFERENCES "asset_type" ("a_asset_type_id");
ALTER TABLE "asset" ADD FOREIGN KEY ("a_parent_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "asset" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "asset" ADD FOREIGN KEY ("c_bpartnersr_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "asset" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "asset" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "asset" ADD FOREIGN KEY ("c_location_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "asset" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "asset" ADD FOREIGN KEY ("lease_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "asset" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "asset" ADD FOREIGN KEY ("m_inoutline_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "asset" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "asset" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "asset_acct" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "asset_acct" ADD FOREIGN KEY ("a_depreciation_conv_f_id") REFERENCES "depreciation_convention" ("a_depreciation_convention_id");
ALTER TABLE "asset_acct" ADD FOREIGN KEY ("a_depreciation_conv_id") REFERENCES "depreciation_convention" ("a_depreciation_convention_id");
ALTER TABLE "asset_acct" ADD FOREIGN KEY ("a_depreciation_f_id") REFERENCES "depreciation" ("a_depreciation_id");
ALTER TABLE "asset_acct" ADD FOREIGN KEY ("a_depreciation_id") REFERENCES "depreciation" ("a_depreciation_id");
ALTER TABLE "asset_acct" ADD FOREIGN KEY ("a_depreciation_method_f_id") REFERENCES "depreciation_method" ("a_depreciation_method_id");
ALTER TABLE "asset_acct" ADD FOREIGN KEY ("a_depreciation_method_id") REFERENCES "depreciation_method" ("a_depreciation_method_id");
ALTER TABLE "asset_acct" ADD FOREIGN KEY ("a_depreciation_table_header_id") REFERENCES "depreciation_table_header" ("a_depreciation_table_header_id");
ALTER TABLE "asset_acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "asset_addition" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "asset_addition" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "asset_addition" ADD FOREIGN KEY ("c_conversiontype_id") REFERENCES "conversion_type" ("c_conversiontype_id");
ALTER TABLE "asset_addition" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "asset_addition" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "asset_addition" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "asset_addition" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "asset_addition" ADD FOREIGN KEY ("c_invoiceline_id") REFERENCES "invoice_line" ("c_invoiceline_id");
ALTER TABLE "asset_addition" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "asset_addition" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "asset_addition" ADD FOREIGN KEY ("gl_journalbatch_id") REFERENCES "journal_batch" ("gl_journalbatch_id");
ALTER TABLE "asset_addition" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "asset_addition" ADD FOREIGN KEY ("m_inoutline_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "asset_addition" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "asset_addition" ADD FOREIGN KEY ("m_matchinv_id") REFERENCES "match_inv" ("m_matchinv_id");
ALTER TABLE "asset_addition" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "asset_change" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "asset_change" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "asset_change" ADD FOREIGN KEY ("a_depreciation_table_header_id") REFERENCES "depreciation_table_header" ("a_depreciation_table_header_id");
ALTER TABLE "asset_change" ADD FOREIGN KEY ("a_parent_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "asset_change" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "asset_change" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "asset_change" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "asset_change" ADD FOREIGN KEY ("c_location_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "asset_change" ADD FOREIGN KEY ("c_validcombination_id") REFERENCES "valid_combination" ("c_validcombination_id");
ALTER TABLE "asset_delivery" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "asset_delivery" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "asset_delivery" ADD FOREIGN KEY ("m_inoutline_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "asset_delivery" ADD FOREIGN KEY ("m_productdownload_id") REFERENCES "product_download" ("m_productdownload_id");
ALTER TABLE "asset_disposed" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "asset_disposed" ADD FOREIGN KEY ("a_asset_trade_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "asset_disposed" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "asset_disposed" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "asset_disposed" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "asset_disposed" ADD FOREIGN KEY ("c_invoiceline_id") REFERENCES "invoice_line" ("c_invoiceline_id");
ALTER TABLE "asset_disposed" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "asset_disposed" ADD FOREIGN KEY ("c_period_id") REFERENCES "period" ("c_period_id");
ALTER TABLE "asset_group" ADD FOREIGN KEY ("a_asset_class_id") REFERENCES "asset_class" ("a_asset_class_id");
ALTER TABLE "asset_group" ADD FOREIGN KEY ("a_asset_type_id") REFERENCES "asset_type" ("a_asset_type_id");
ALTER TABLE "asset_group_acct" ADD FOREIGN KEY ("a_asset_group_id") REFERENCES "asset_group" ("a_asset_group_id");
ALTER TABLE "asset_group_acct" ADD FOREIGN KEY ("a_depreciation_conv_f_id") REFERENCES "depreciation_convention" ("a_depreciation_convention_id");
ALTER TABLE "asset_group_acct" ADD FOREIGN KEY ("a_depreciation_conv_id") REFERENCES "depreciation_convention" ("a_depreciation_convention_id");
ALTER TABLE "asset_group_acct" ADD FOREIGN KEY ("a_depreciation_f_id") REFERENCES "depreciation" ("a_depreciation_id");
ALTER TABLE "asset_group_acct" ADD FOREIGN KEY ("a_depreciation_id") REFERENCES "depreciation" ("a_depreciation_id");
ALTER TABLE "asset_group_acct" ADD FOREIGN KEY ("a_depreciation_method_f_id") REFERENCES "depreciation_method" ("a_depreciation_method_id");
ALTER TABLE "asset_group_acct" ADD FOREIGN KEY ("a_depreciation_method_id") REFERENCES "depreciation_method" ("a_depreciation_method_id");
ALTER TABLE "asset_group_acct" ADD FOREIGN KEY ("a_depreciation_table_header_id") REFERENCES "depreciation_table_header" ("a_depreciation_table_header_id");
ALTER TABLE "asset_group_acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "asset_import" ADD FOREIGN KEY ("a_asset_group_id") REFERENCES "asset_group" ("a_asset_group_id");
ALTER TABLE "asset_import" ADD FOREIGN KEY ("a_depreciation_table_header_id") REFERENCES "depreciation_table_header" ("a_depreciation_table_header_id");
ALTER TABLE "asset_import" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "asset_import" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "asset_import" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "asset_import" ADD FOREIGN KEY ("c_location_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "asset_import" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "asset_import" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "asset_import" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "asset_info_fin" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "asset_info_fin" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "asset_info_lic" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "asset_product" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "asset_product" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "asset_product" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "asset_product" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "asset_retirement" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "asset_retirement" ADD FOREIGN KEY ("c_invoiceline_id") REFERENCES "invoice_line" ("c_invoiceline_id");
ALTER TABLE "asset_reval" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "asset_reval" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "asset_reval" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "asset_reval_entry" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "asset_reval_entry" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "asset_reval_entry" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "asset_reval_entry" ADD FOREIGN KEY ("c_period_id") REFERENCES "period" ("c_period_id");
ALTER TABLE "asset_reval_entry" ADD FOREIGN KEY ("gl_category_id") REFERENCES "gl_category" ("gl_category_id");
ALTER TABLE "asset_split" ADD FOREIGN KEY ("c_period_id") REFERENCES "period" ("c_period_id");
ALTER TABLE "asset_transfer" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "asset_transfer" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "asset_transfer" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "asset_transfer" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "asset_transfer" ADD FOREIGN KEY ("c_period_id") REFERENCES "period" ("c_period_id");
ALTER TABLE "asset_use" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "attachment" ADD FOREIGN KEY ("ad_storageprovider_id") REFERENCES "storage_provider" ("ad_storageprovider_id");
ALTER TABLE "attachment" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "attachment_file" ADD FOREIGN KEY ("ad_attachment_id") REFERENCES "attachment" ("ad_attachment_id");
ALTER TABLE "attachment_note" ADD FOREIGN KEY ("ad_attachment_id") REFERENCES "attachment" ("ad_attachment_id");
ALTER TABLE "attachment_note" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "attribute" ADD FOREIGN KEY ("ad_reference_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "attribute" ADD FOREIGN KEY ("ad_reference_value_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "attribute" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "attribute" ADD FOREIGN KEY ("ad_val_rule_id") REFERENCES "val_rule" ("ad_val_rule_id");
ALTER TABLE "attribute_instance" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "attribute_instance" ADD FOREIGN KEY ("m_attributevalue_id") REFERENCES "m_attribute_value" ("m_attributevalue_id");
ALTER TABLE "attribute_instance" ADD FOREIGN KEY ("m_attribute_id") REFERENCES "m_attribute" ("m_attribute_id");
ALTER TABLE "attribute_instance_line" ADD FOREIGN KEY ("m_attributevalue_id") REFERENCES "m_attribute_value" ("m_attributevalue_id");
ALTER TABLE "attribute_set" ADD FOREIGN KEY ("m_lotctl_id") REFERENCES "lot_ctl" ("m_lotctl_id");
ALTER TABLE "attribute_set" ADD FOREIGN KEY ("m_sernoctl_id") REFERENCES "ser_no_ctl" ("m_sernoctl_id");
ALTER TABLE "attribute_set_exclude" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "attribute_set_exclude" ADD FOREIGN KEY ("m_attributeset_id") REFERENCES "attribute_set" ("m_attributeset_id");
ALTER TABLE "attribute_set_instance" ADD FOREIGN KEY ("m_attributeset_id") REFERENCES "attribute_set" ("m_attributeset_id");
ALTER TABLE "attribute_set_instance" ADD FOREIGN KEY ("m_lot_id") REFERENCES "lot" ("m_lot_id");
ALTER TABLE "attribute_use" ADD FOREIGN KEY ("m_attributeset_id") REFERENCES "attribute_set" ("m_attributeset_id");
ALTER TABLE "attribute_use" ADD FOREIGN KEY ("m_attribute_id") REFERENCES "m_attribute" ("m_attribute_id");
ALTER TABLE "authorization_account" ADD FOREIGN KEY ("ad_authorizationcredential_id") REFERENCES "authorization_credential" ("ad_authorizationcredential_id");
ALTER TABLE "authorization_account" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "authorization_credential" ADD FOREIGN KEY ("ad_authorizationprovider_id") REFERENCES "authorization_provider" ("ad_authorizationprovider_id");
ALTER TABLE "authorization_scope_prov" ADD FOREIGN KEY ("ad_authorizationprovider_id") REFERENCES "authorization_provider" ("ad_authorizationprovider_id");
ALTER TABLE "b_partner" ADD FOREIGN KEY ("c_bp_group_id") REFERENCES "bp_group" ("c_bp_group_id");
ALTER TABLE "b_partner" ADD FOREIGN KEY ("c_dunning_id") REFERENCES "dunning" ("c_dunning_id");
ALTER TABLE "b_partner" ADD FOREIGN KEY ("c_greeting_id") REFERENCES "greeting" ("c_greeting_id");
ALTER TABLE "b_partner" ADD FOREIGN KEY ("c_invoiceschedule_id") REFERENCES "invoice_schedule" ("c_invoiceschedule_id");
ALTER TABLE "b_partner" ADD FOREIGN KEY ("c_paymentterm_id") REFERENCES "payment_term" ("c_paymentterm_id");
ALTER TABLE "b_partner" ADD FOREIGN KEY ("c_taxgroup_id") REFERENCES "tax_group" ("c_taxgroup_id");
ALTER TABLE "b_partner" ADD FOREIGN KEY ("default1099box_id") REFERENCES "1099_box" ("c_1099box_id");
ALTER TABLE "b_partner" ADD FOREIGN KEY ("invoice_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "b_partner" ADD FOREIGN KEY ("m_discountschema_id") REFERENCES "discount_schema" ("m_discountschema_id");
ALTER TABLE "b_partner" ADD FOREIGN KEY ("m_pricelist_id") REFERENCES "price_list" ("m_pricelist_id");
ALTER TABLE "b_partner" ADD FOREIGN KEY ("po_discountschema_id") REFERENCES "discount_schema" ("m_discountschema_id");
ALTER TABLE "b_partner" ADD FOREIGN KEY ("po_paymentterm_id") REFERENCES "payment_term" ("c_paymentterm_id");
ALTER TABLE "b_partner" ADD FOREIGN KEY ("po_pricelist_id") REFERENCES "price_list" ("m_pricelist_id");
ALTER TABLE "b_partner" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "b_partner_import" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "b_partner_import" ADD FOREIGN KEY ("c_bp_group_id") REFERENCES "bp_group" ("c_bp_group_id");
ALTER TABLE "b_partner_import" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "b_partner_import" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "b_partner_import" ADD FOREIGN KEY ("c_country_id") REFERENCES "country" ("c_country_id");
ALTER TABLE "b_partner_import" ADD FOREIGN KEY ("c_greeting_id") REFERENCES "greeting" ("c_greeting_id");
ALTER TABLE "b_partner_import" ADD FOREIGN KEY ("c_region_id") REFERENCES "region" ("c_region_id");
ALTER TABLE "b_partner_import" ADD FOREIGN KEY ("r_interestarea_id") REFERENCES "interest_area" ("r_interestarea_id");
ALTER TABLE "b_partner_location" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "b_partner_location" ADD FOREIGN KEY ("c_location_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "b_partner_location" ADD FOREIGN KEY ("c_salesregion_id") REFERENCES "sales_region" ("c_salesregion_id");
ALTER TABLE "b_partner_product" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "b_partner_product" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "bank" ADD FOREIGN KEY ("c_location_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "bank_account" ADD FOREIGN KEY ("c_bank_id") REFERENCES "bank" ("c_bank_id");
ALTER TABLE "bank_account" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "bank_account_acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "bank_account_acct" ADD FOREIGN KEY ("c_bankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "bank_account_doc" ADD FOREIGN KEY ("c_bankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "bank_account_doc" ADD FOREIGN KEY ("check_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "bank_account_processor" ADD FOREIGN KEY ("c_bankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "bank_account_processor" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "bank_account_processor" ADD FOREIGN KEY ("c_paymentprocessor_id") REFERENCES "payment_processor" ("c_paymentprocessor_id");
ALTER TABLE "bank_register" ADD FOREIGN KEY ("ad_pinstance_id") REFERENCES "p_instance" ("ad_pinstance_id");
ALTER TABLE "bank_register" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "bank_register" ADD FOREIGN KEY ("c_bank_id") REFERENCES "bank" ("c_bank_id");
ALTER TABLE "bank_statement" ADD FOREIGN KEY ("c_bankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "bank_statement" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "bank_statement_import" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "bank_statement_import" ADD FOREIGN KEY ("c_bankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "bank_statement_import" ADD FOREIGN KEY ("c_bankstatementline_id") REFERENCES "bank_statement_line" ("c_bankstatementline_id");
ALTER TABLE "bank_statement_import" ADD FOREIGN KEY ("c_bankstatement_id") REFERENCES "bank_statement" ("c_bankstatement_id");
ALTER TABLE "bank_statement_import" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "bank_statement_import" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "bank_statement_import" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "bank_statement_import" ADD FOREIGN KEY ("c_payment_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "bank_statement_line" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "bank_statement_line" ADD FOREIGN KEY ("c_bankstatement_id") REFERENCES "bank_statement" ("c_bankstatement_id");
ALTER TABLE "bank_statement_line" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "bank_statement_line" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "bank_statement_line" ADD FOREIGN KEY ("c_depositbatch_id") REFERENCES "deposit_batch" ("c_depositbatch_id");
ALTER TABLE "bank_statement_line" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "bank_statement_line" ADD FOREIGN KEY ("c_payment_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "bank_statement_loader" ADD FOREIGN KEY ("c_bankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "bank_transfer" ADD FOREIGN KEY ("c_conversiontype_id") REFERENCES "conversion_type" ("c_conversiontype_id");
ALTER TABLE "bank_transfer" ADD FOREIGN KEY ("from_c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "bank_transfer" ADD FOREIGN KEY ("from_c_bankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "bank_transfer" ADD FOREIGN KEY ("from_c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "bank_transfer" ADD FOREIGN KEY ("from_c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "bank_transfer" ADD FOREIGN KEY ("from_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "bank_transfer" ADD FOREIGN KEY ("from_user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "bank_transfer" ADD FOREIGN KEY ("from_user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "bank_transfer" ADD FOREIGN KEY ("to_c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "bank_transfer" ADD FOREIGN KEY ("to_c_bankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "bank_transfer" ADD FOREIGN KEY ("to_c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "bank_transfer" ADD FOREIGN KEY ("to_c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "bank_transfer" ADD FOREIGN KEY ("to_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "bank_transfer" ADD FOREIGN KEY ("to_user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "bank_transfer" ADD FOREIGN KEY ("to_user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "benchmark_data" ADD FOREIGN KEY ("pa_benchmark_id") REFERENCES "benchmark" ("pa_benchmark_id");
ALTER TABLE "bid" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "bid" ADD FOREIGN KEY ("b_buyerfunds_id") REFERENCES "buyer_funds" ("b_buyerfunds_id");
ALTER TABLE "bid" ADD FOREIGN KEY ("b_topic_id") REFERENCES "topic" ("b_topic_id");
ALTER TABLE "bid_comment" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "bid_comment" ADD FOREIGN KEY ("b_topic_id") REFERENCES "topic" ("b_topic_id");
ALTER TABLE "bom_alternative" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "bom_indented" ADD FOREIGN KEY ("ad_pinstance_id") REFERENCES "p_instance" ("ad_pinstance_id");
ALTER TABLE "bom_indented" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "bom_indented" ADD FOREIGN KEY ("m_costelement_id") REFERENCES "cost_element" ("m_costelement_id");
ALTER TABLE "bom_indented" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "bom_indented" ADD FOREIGN KEY ("sel_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "bom_line" ADD FOREIGN KEY ("ad_pinstance_id") REFERENCES "p_instance" ("ad_pinstance_id");
ALTER TABLE "bom_line" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "bom_line" ADD FOREIGN KEY ("m_costelement_id") REFERENCES "cost_element" ("m_costelement_id");
ALTER TABLE "bom_line" ADD FOREIGN KEY ("m_costtype_id") REFERENCES "cost_type" ("m_costtype_id");
ALTER TABLE "bom_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "bom_line" ADD FOREIGN KEY ("pp_product_bomline_id") REFERENCES "product_bom_line" ("pp_product_bomline_id");
ALTER TABLE "bom_line" ADD FOREIGN KEY ("pp_product_bom_id") REFERENCES "product_bom" ("pp_product_bom_id");
ALTER TABLE "bp_bank_account" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "bp_bank_account" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "bp_bank_account" ADD FOREIGN KEY ("c_bank_id") REFERENCES "bank" ("c_bank_id");
ALTER TABLE "bp_bank_account" ADD FOREIGN KEY ("c_paymentprocessor_id") REFERENCES "payment_processor" ("c_paymentprocessor_id");
ALTER TABLE "bp_customer_acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "bp_customer_acct" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "bp_edi" ADD FOREIGN KEY ("ad_sequence_id") REFERENCES "sequence" ("ad_sequence_id");
ALTER TABLE "bp_edi" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "bp_edi" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "bp_employee_acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "bp_employee_acct" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "bp_group" ADD FOREIGN KEY ("ad_printcolor_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "bp_group" ADD FOREIGN KEY ("c_dunning_id") REFERENCES "dunning" ("c_dunning_id");
ALTER TABLE "bp_group" ADD FOREIGN KEY ("m_discountschema_id") REFERENCES "discount_schema" ("m_discountschema_id");
ALTER TABLE "bp_group" ADD FOREIGN KEY ("m_pricelist_id") REFERENCES "price_list" ("m_pricelist_id");
ALTER TABLE "bp_group" ADD FOREIGN KEY ("po_discountschema_id") REFERENCES "discount_schema" ("m_discountschema_id");
ALTER TABLE "bp_group" ADD FOREIGN KEY ("po_pricelist_id") REFERENCES "price_list" ("m_pricelist_id");
ALTER TABLE "bp_group_acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "bp_group_acct" ADD FOREIGN KEY ("c_bp_group_id") REFERENCES "bp_group" ("c_bp_group_id");
ALTER TABLE "bp_price" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "bp_price" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "bp_price" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "bp_relation" ADD FOREIGN KEY ("c_bpartnerrelation_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "bp_relation" ADD FOREIGN KEY ("c_bpartnerrelation_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "bp_relation" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "bp_relation" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "bp_shipping_acct" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "bp_shipping_acct" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "bp_shipping_acct" ADD FOREIGN KEY ("m_shippingprocessor_id") REFERENCES "shipping_processor" ("m_shippingprocessor_id");
ALTER TABLE "bp_vendor_acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "bp_vendor_acct" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "bp_withholding" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "bp_withholding" ADD FOREIGN KEY ("c_withholding_id") REFERENCES "withholding" ("c_withholding_id");
ALTER TABLE "broadcast_message" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "broadcast_message" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "budget_control" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "budget_control" ADD FOREIGN KEY ("gl_budget_id") REFERENCES "budget" ("gl_budget_id");
ALTER TABLE "buyer" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "buyer_funds" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "buyer_funds" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "buyer_funds" ADD FOREIGN KEY ("c_payment_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "c_element" ADD FOREIGN KEY ("ad_tree_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "c_task" ADD FOREIGN KEY ("c_phase_id") REFERENCES "phase" ("c_phase_id");
ALTER TABLE "c_task" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "campaign" ADD FOREIGN KEY ("c_channel_id") REFERENCES "channel" ("c_channel_id");
ALTER TABLE "cash" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "cash" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "cash" ADD FOREIGN KEY ("c_cashbook_id") REFERENCES "cash_book" ("c_cashbook_id");
ALTER TABLE "cash" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "cash" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "cash" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "cash_book" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "cash_book_acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "cash_book_acct" ADD FOREIGN KEY ("c_cashbook_id") REFERENCES "cash_book" ("c_cashbook_id");
ALTER TABLE "cash_flow" ADD FOREIGN KEY ("ad_pinstance_id") REFERENCES "p_instance" ("ad_pinstance_id");
ALTER TABLE "cash_flow" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "cash_flow" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "cash_flow" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "cash_flow" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "cash_flow" ADD FOREIGN KEY ("c_cashplanline_id") REFERENCES "cash_plan_line" ("c_cashplanline_id");
ALTER TABLE "cash_flow" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "cash_flow" ADD FOREIGN KEY ("c_elementvalue_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "cash_flow" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "cash_flow" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "cash_flow" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "cash_flow" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "cash_line" ADD FOREIGN KEY ("c_bankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "cash_line" ADD FOREIGN KEY ("c_cash_id") REFERENCES "cash" ("c_cash_id");
ALTER TABLE "cash_line" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "cash_line" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "cash_line" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "cash_line" ADD FOREIGN KEY ("c_payment_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "cash_plan" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "cash_plan" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "cash_plan" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "cash_plan" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "cash_plan" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "cash_plan" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "cash_plan_line" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "cash_plan_line" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "cash_plan_line" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "cash_plan_line" ADD FOREIGN KEY ("c_cashplan_id") REFERENCES "cash_plan" ("c_cashplan_id");
ALTER TABLE "cash_plan_line" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "cash_plan_line" ADD FOREIGN KEY ("c_projectphase_id") REFERENCES "project_phase" ("c_projectphase_id");
ALTER TABLE "cash_plan_line" ADD FOREIGN KEY ("c_projecttask_id") REFERENCES "project_task" ("c_projecttask_id");
ALTER TABLE "cash_plan_line" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "cash_plan_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "cash_plan_line" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "cash_plan_line" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "category" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "category_updates" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "category_updates" ADD FOREIGN KEY ("r_category_id") REFERENCES "category" ("r_category_id");
ALTER TABLE "change_log" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "change_log" ADD FOREIGN KEY ("ad_session_id") REFERENCES "session" ("ad_session_id");
ALTER TABLE "change_log" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "change_request" ADD FOREIGN KEY ("m_changenotice_id") REFERENCES "change_notice" ("m_changenotice_id");
ALTER TABLE "change_request" ADD FOREIGN KEY ("m_fixchangenotice_id") REFERENCES "change_notice" ("m_changenotice_id");
ALTER TABLE "change_request" ADD FOREIGN KEY ("pp_product_bom_id") REFERENCES "product_bom" ("pp_product_bom_id");
ALTER TABLE "channel" ADD FOREIGN KEY ("ad_printcolor_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "charge" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "charge" ADD FOREIGN KEY ("c_chargetype_id") REFERENCES "charge_type" ("c_chargetype_id");
ALTER TABLE "charge" ADD FOREIGN KEY ("c_taxcategory_id") REFERENCES "tax_category" ("c_taxcategory_id");
ALTER TABLE "charge_acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "charge_acct" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "charge_type_doc_type" ADD FOREIGN KEY ("c_chargetype_id") REFERENCES "charge_type" ("c_chargetype_id");
ALTER TABLE "charge_type_doc_type" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "chart_datasource" ADD FOREIGN KEY ("ad_chart_id") REFERENCES "chart" ("ad_chart_id");
ALTER TABLE "chart_datasource" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "chat" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "chat" ADD FOREIGN KEY ("cm_chattype_id") REFERENCES "chat_type" ("cm_chattype_id");
ALTER TABLE "chat_entry" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "chat_entry" ADD FOREIGN KEY ("cm_chatentrygrandparent_id") REFERENCES "chat_entry" ("cm_chatentry_id");
ALTER TABLE "chat_entry" ADD FOREIGN KEY ("cm_chatentryparent_id") REFERENCES "chat_entry" ("cm_chatentry_id");
ALTER TABLE "chat_entry" ADD FOREIGN KEY ("cm_chat_id") REFERENCES "chat" ("cm_chat_id");
ALTER TABLE "chat_type" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "chat_type_update" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "chat_type_update" ADD FOREIGN KEY ("cm_chattype_id") REFERENCES "chat_type" ("cm_chattype_id");
ALTER TABLE "chat_update" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "chat_update" ADD FOREIGN KEY ("cm_chat_id") REFERENCES "chat" ("cm_chat_id");
ALTER TABLE "city" ADD FOREIGN KEY ("c_country_id") REFERENCES "country" ("c_country_id");
ALTER TABLE "city" ADD FOREIGN KEY ("c_region_id") REFERENCES "region" ("c_region_id");
ALTER TABLE "client" ADD FOREIGN KEY ("ad_passwordrule_id") REFERENCES "password_rule" ("ad_passwordrule_id");
ALTER TABLE "client" ADD FOREIGN KEY ("ad_replicationstrategy_id") REFERENCES "replication_strategy" ("ad_replicationstrategy_id");
ALTER TABLE "client_exception" ADD FOREIGN KEY ("ad_field_id") REFERENCES "field" ("ad_field_id");
ALTER TABLE "client_exception" ADD FOREIGN KEY ("ad_form_id") REFERENCES "form" ("ad_form_id");
ALTER TABLE "client_exception" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "client_exception" ADD FOREIGN KEY ("ad_process_para_id") REFERENCES "process_para" ("ad_process_para_id");
ALTER TABLE "client_exception" ADD FOREIGN KEY ("ad_tab_id") REFERENCES "tab" ("ad_tab_id");
ALTER TABLE "client_exception" ADD FOREIGN KEY ("ad_task_id") REFERENCES "task" ("ad_task_id");
ALTER TABLE "client_exception" ADD FOREIGN KEY ("ad_wf_node_id") REFERENCES "wf_node" ("ad_wf_node_id");
ALTER TABLE "client_exception" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "client_exception" ADD FOREIGN KEY ("ad_workflow_id") REFERENCES "workflow" ("ad_workflow_id");
ALTER TABLE "client_info" ADD FOREIGN KEY ("ad_storageprovider_id") REFERENCES "storage_provider" ("ad_storageprovider_id");
ALTER TABLE "client_info" ADD FOREIGN KEY ("ad_tree_activity_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "client_info" ADD FOREIGN KEY ("ad_tree_bpartner_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "client_info" ADD FOREIGN KEY ("ad_tree_campaign_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "client_info" ADD FOREIGN KEY ("ad_tree_menu_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "client_info" ADD FOREIGN KEY ("ad_tree_org_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "client_info" ADD FOREIGN KEY ("ad_tree_product_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "client_info" ADD FOREIGN KEY ("ad_tree_project_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "client_info" ADD FOREIGN KEY ("ad_tree_salesregion_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "client_info" ADD FOREIGN KEY ("c_acctschema1_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "client_info" ADD FOREIGN KEY ("c_bpartnercashtrx_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "client_info" ADD FOREIGN KEY ("c_calendar_id") REFERENCES "calendar" ("c_calendar_id");
ALTER TABLE "client_info" ADD FOREIGN KEY ("c_chargefreight_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "client_info" ADD FOREIGN KEY ("c_uom_length_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "client_info" ADD FOREIGN KEY ("c_uom_time_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "client_info" ADD FOREIGN KEY ("c_uom_volume_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "client_info" ADD FOREIGN KEY ("c_uom_weight_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "client_info" ADD FOREIGN KEY ("m_productfreight_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "client_info" ADD FOREIGN KEY ("storagearchive_id") REFERENCES "storage_provider" ("ad_storageprovider_id");
ALTER TABLE "client_info" ADD FOREIGN KEY ("storageimage_id") REFERENCES "storage_provider" ("ad_storageprovider_id");
ALTER TABLE "client_level" ADD FOREIGN KEY ("asp_level_id") REFERENCES "level" ("asp_level_id");
ALTER TABLE "client_level" ADD FOREIGN KEY ("asp_module_id") REFERENCES "module" ("asp_module_id");
ALTER TABLE "client_share" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "color" ADD FOREIGN KEY ("ad_image_id") REFERENCES "image" ("ad_image_id");
ALTER TABLE "color_schema" ADD FOREIGN KEY ("ad_printcolor1_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "color_schema" ADD FOREIGN KEY ("ad_printcolor2_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "color_schema" ADD FOREIGN KEY ("ad_printcolor3_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "color_schema" ADD FOREIGN KEY ("ad_printcolor4_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "column" ADD FOREIGN KEY ("ad_chart_id") REFERENCES "chart" ("ad_chart_id");
ALTER TABLE "column" ADD FOREIGN KEY ("ad_element_id") REFERENCES "element" ("ad_element_id");
ALTER TABLE "column" ADD FOREIGN KEY ("ad_infowindow_id") REFERENCES "info_window" ("ad_infowindow_id");
ALTER TABLE "column" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "column" ADD FOREIGN KEY ("ad_reference_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "column" ADD FOREIGN KEY ("ad_reference_value_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "column" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "column" ADD FOREIGN KEY ("ad_val_rule_id") REFERENCES "val_rule" ("ad_val_rule_id");
ALTER TABLE "column" ADD FOREIGN KEY ("ad_val_rule_lookup_id") REFERENCES "val_rule" ("ad_val_rule_id");
ALTER TABLE "column" ADD FOREIGN KEY ("fkconstraintmsg_id") REFERENCES "message" ("ad_message_id");
ALTER TABLE "column" ADD FOREIGN KEY ("pa_dashboardcontent_id") REFERENCES "dashboard_content" ("pa_dashboardcontent_id");
ALTER TABLE "column_access" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "column_access" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "column_access" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "commission" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "commission" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "commission" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "commission" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "commission_amt" ADD FOREIGN KEY ("c_commissionline_id") REFERENCES "commission_line" ("c_commissionline_id");
ALTER TABLE "commission_amt" ADD FOREIGN KEY ("c_commissionrun_id") REFERENCES "commission_run" ("c_commissionrun_id");
ALTER TABLE "commission_detail" ADD FOREIGN KEY ("c_commissionamt_id") REFERENCES "commission_amt" ("c_commissionamt_id");
ALTER TABLE "commission_detail" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "commission_detail" ADD FOREIGN KEY ("c_invoiceline_id") REFERENCES "invoice_line" ("c_invoiceline_id");
ALTER TABLE "commission_detail" ADD FOREIGN KEY ("c_orderline_id") REFERENCES "order_line" ("c_orderline_id");
ALTER TABLE "commission_line" ADD FOREIGN KEY ("c_bp_group_id") REFERENCES "bp_group" ("c_bp_group_id");
ALTER TABLE "commission_line" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "commission_line" ADD FOREIGN KEY ("c_commission_id") REFERENCES "commission" ("c_commission_id");
ALTER TABLE "commission_line" ADD FOREIGN KEY ("c_salesregion_id") REFERENCES "sales_region" ("c_salesregion_id");
ALTER TABLE "commission_line" ADD FOREIGN KEY ("m_product_category_id") REFERENCES "product_category" ("m_product_category_id");
ALTER TABLE "commission_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "commission_run" ADD FOREIGN KEY ("c_commission_id") REFERENCES "commission" ("c_commission_id");
ALTER TABLE "commission_run" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "commodity_shipment" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "concept" ADD FOREIGN KEY ("ad_reference_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "concept" ADD FOREIGN KEY ("hr_concept_category_id") REFERENCES "concept_category" ("hr_concept_category_id");
ALTER TABLE "concept" ADD FOREIGN KEY ("hr_department_id") REFERENCES "hr_department" ("hr_department_id");
ALTER TABLE "concept" ADD FOREIGN KEY ("hr_job_id") REFERENCES "hr_job" ("hr_job_id");
ALTER TABLE "concept" ADD FOREIGN KEY ("hr_payroll_id") REFERENCES "payroll" ("hr_payroll_id");
ALTER TABLE "concept_acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "concept_acct" ADD FOREIGN KEY ("c_bp_group_id") REFERENCES "bp_group" ("c_bp_group_id");
ALTER TABLE "concept_acct" ADD FOREIGN KEY ("hr_concept_id") REFERENCES "concept" ("hr_concept_id");
ALTER TABLE "concept_acct" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "concept_acct" ADD FOREIGN KEY ("user2_id") REFERENCES "valid_combination" ("c_validcombination_id");
ALTER TABLE "contact_activity" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "contact_activity" ADD FOREIGN KEY ("c_opportunity_id") REFERENCES "opportunity" ("c_opportunity_id");
ALTER TABLE "contact_activity" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "contact_interest" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "contact_interest" ADD FOREIGN KEY ("r_interestarea_id") REFERENCES "interest_area" ("r_interestarea_id");
ALTER TABLE "contract" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "contract" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "contract" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "conversion_rate" ADD FOREIGN KEY ("c_conversiontype_id") REFERENCES "conversion_type" ("c_conversiontype_id");
ALTER TABLE "conversion_rate" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "conversion_rate_import" ADD FOREIGN KEY ("c_conversiontype_id") REFERENCES "conversion_type" ("c_conversiontype_id");
ALTER TABLE "conversion_rate_import" ADD FOREIGN KEY ("c_conversion_rate_id") REFERENCES "conversion_rate" ("c_conversion_rate_id");
ALTER TABLE "conversion_rate_import" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "cost" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "cost" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "cost" ADD FOREIGN KEY ("m_costelement_id") REFERENCES "cost_element" ("m_costelement_id");
ALTER TABLE "cost" ADD FOREIGN KEY ("m_costtype_id") REFERENCES "cost_type" ("m_costtype_id");
ALTER TABLE "cost" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "cost_collector" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "cost_collector" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "cost_collector" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "cost_collector" ADD FOREIGN KEY ("c_doctypetarget_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "cost_collector" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "cost_collector" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "cost_collector" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "cost_collector" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "cost_collector" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "cost_collector" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "cost_collector" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "cost_collector" ADD FOREIGN KEY ("pp_order_bomline_id") REFERENCES "order_bom_line" ("pp_order_bomline_id");
ALTER TABLE "cost_collector" ADD FOREIGN KEY ("pp_order_id") REFERENCES "pp_order" ("pp_order_id");
ALTER TABLE "cost_collector" ADD FOREIGN KEY ("pp_order_node_id") REFERENCES "order_node" ("pp_order_node_id");
ALTER TABLE "cost_collector" ADD FOREIGN KEY ("pp_order_workflow_id") REFERENCES "order_workflow" ("pp_order_workflow_id");
ALTER TABLE "cost_collector" ADD FOREIGN KEY ("reversal_id") REFERENCES "cost_collector" ("pp_cost_collector_id");
ALTER TABLE "cost_collector" ADD FOREIGN KEY ("s_resource_id") REFERENCES "resource" ("s_resource_id");
ALTER TABLE "cost_collector" ADD FOREIGN KEY ("user1_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "cost_collector" ADD FOREIGN KEY ("user2_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "cost_collector_ma" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "cost_collector_ma" ADD FOREIGN KEY ("pp_cost_collector_id") REFERENCES "cost_collector" ("pp_cost_collector_id");
ALTER TABLE "cost_detail" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "cost_detail" ADD FOREIGN KEY ("c_invoiceline_id") REFERENCES "invoice_line" ("c_invoiceline_id");
ALTER TABLE "cost_detail" ADD FOREIGN KEY ("c_orderline_id") REFERENCES "order_line" ("c_orderline_id");
ALTER TABLE "cost_detail" ADD FOREIGN KEY ("c_projectissue_id") REFERENCES "project_issue" ("c_projectissue_id");
ALTER TABLE "cost_detail" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "cost_detail" ADD FOREIGN KEY ("m_costelement_id") REFERENCES "cost_element" ("m_costelement_id");
ALTER TABLE "cost_detail" ADD FOREIGN KEY ("m_inoutline_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "cost_detail" ADD FOREIGN KEY ("m_inventoryline_id") REFERENCES "inventory_line" ("m_inventoryline_id");
ALTER TABLE "cost_detail" ADD FOREIGN KEY ("m_matchinv_id") REFERENCES "match_inv" ("m_matchinv_id");
ALTER TABLE "cost_detail" ADD FOREIGN KEY ("m_movementline_id") REFERENCES "movement_line" ("m_movementline_id");
ALTER TABLE "cost_detail" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "cost_detail" ADD FOREIGN KEY ("m_productionline_id") REFERENCES "production_line" ("m_productionline_id");
ALTER TABLE "cost_detail" ADD FOREIGN KEY ("pp_cost_collector_id") REFERENCES "cost_collector" ("pp_cost_collector_id");
ALTER TABLE "cost_history" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "cost_history" ADD FOREIGN KEY ("m_costdetail_id") REFERENCES "cost_detail" ("m_costdetail_id");
ALTER TABLE "cost_history" ADD FOREIGN KEY ("m_costelement_id") REFERENCES "cost_element" ("m_costelement_id");
ALTER TABLE "cost_history" ADD FOREIGN KEY ("m_costtype_id") REFERENCES "cost_type" ("m_costtype_id");
ALTER TABLE "cost_history" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "cost_queue" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "cost_queue" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "cost_queue" ADD FOREIGN KEY ("m_costelement_id") REFERENCES "cost_element" ("m_costelement_id");
ALTER TABLE "cost_queue" ADD FOREIGN KEY ("m_costtype_id") REFERENCES "cost_type" ("m_costtype_id");
ALTER TABLE "cost_queue" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "country" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "country_group_country" ADD FOREIGN KEY ("c_countrygroup_id") REFERENCES "country_group" ("c_countrygroup_id");
ALTER TABLE "country_group_country" ADD FOREIGN KEY ("c_country_id") REFERENCES "country" ("c_country_id");
ALTER TABLE "ctx_help_msg" ADD FOREIGN KEY ("ad_ctxhelp_id") REFERENCES "ctx_help" ("ad_ctxhelp_id");
ALTER TABLE "ctx_help_suggestion" ADD FOREIGN KEY ("ad_ctxhelpmsg_id") REFERENCES "ctx_help_msg" ("ad_ctxhelpmsg_id");
ALTER TABLE "ctx_help_suggestion" ADD FOREIGN KEY ("ad_ctxhelp_id") REFERENCES "ctx_help" ("ad_ctxhelp_id");
ALTER TABLE "ctx_help_suggestion" ADD FOREIGN KEY ("ad_userclient_id") REFERENCES "all_clients_v" ("ad_allclients_v_id");
ALTER TABLE "ctx_help_suggestion" ADD FOREIGN KEY ("ad_user_id") REFERENCES "all_users_v" ("ad_allusers_v_id");
ALTER TABLE "currency_acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "currency_acct" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "cycle" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "cycle_phase" ADD FOREIGN KEY ("c_cyclestep_id") REFERENCES "cycle_step" ("c_cyclestep_id");
ALTER TABLE "cycle_phase" ADD FOREIGN KEY ("c_phase_id") REFERENCES "phase" ("c_phase_id");
ALTER TABLE "cycle_step" ADD FOREIGN KEY ("c_cycle_id") REFERENCES "cycle" ("c_cycle_id");
ALTER TABLE "dashboard_content" ADD FOREIGN KEY ("ad_chart_id") REFERENCES "chart" ("ad_chart_id");
ALTER TABLE "dashboard_content" ADD FOREIGN KEY ("ad_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "dashboard_content" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "dashboard_content" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "dashboard_content" ADD FOREIGN KEY ("ad_statusline_id") REFERENCES "status_line" ("ad_statusline_id");
ALTER TABLE "dashboard_content" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "dashboard_content" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "dashboard_content" ADD FOREIGN KEY ("pa_goal_id") REFERENCES "goal" ("pa_goal_id");
ALTER TABLE "dashboard_content_access" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "dashboard_content_access" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "dashboard_content_access" ADD FOREIGN KEY ("pa_dashboardcontent_id") REFERENCES "dashboard_content" ("pa_dashboardcontent_id");
ALTER TABLE "dashboard_preference" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "dashboard_preference" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "dashboard_preference" ADD FOREIGN KEY ("pa_dashboardcontent_id") REFERENCES "dashboard_content" ("pa_dashboardcontent_id");
ALTER TABLE "dd_order" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "dd_order" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "dd_order" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "dd_order" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "dd_order" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "dd_order" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "dd_order" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "dd_order" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "dd_order" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "dd_order" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "dd_order" ADD FOREIGN KEY ("m_shipper_id") REFERENCES "shipper" ("m_shipper_id");
ALTER TABLE "dd_order" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "dd_order" ADD FOREIGN KEY ("ref_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "dd_order" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "dd_order" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "dd_order" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "dd_order_line" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "dd_order_line" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "dd_order_line" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "dd_order_line" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "dd_order_line" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "dd_order_line" ADD FOREIGN KEY ("dd_order_id") REFERENCES "dd_order" ("dd_order_id");
ALTER TABLE "dd_order_line" ADD FOREIGN KEY ("m_attributesetinstanceto_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "dd_order_line" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "dd_order_line" ADD FOREIGN KEY ("m_locatorto_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "dd_order_line" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "dd_order_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "dd_order_line" ADD FOREIGN KEY ("m_shipper_id") REFERENCES "shipper" ("m_shipper_id");
ALTER TABLE "dd_order_line" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "dd_order_line" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "demand" ADD FOREIGN KEY ("c_calendar_id") REFERENCES "calendar" ("c_calendar_id");
ALTER TABLE "demand" ADD FOREIGN KEY ("c_year_id") REFERENCES "year" ("c_year_id");
ALTER TABLE "demand_detail" ADD FOREIGN KEY ("c_orderline_id") REFERENCES "order_line" ("c_orderline_id");
ALTER TABLE "demand_detail" ADD FOREIGN KEY ("m_demandline_id") REFERENCES "demand_line" ("m_demandline_id");
ALTER TABLE "demand_detail" ADD FOREIGN KEY ("m_forecastline_id") REFERENCES "forecast_line" ("m_forecastline_id");
ALTER TABLE "demand_detail" ADD FOREIGN KEY ("m_requisitionline_id") REFERENCES "requisition_line" ("m_requisitionline_id");
ALTER TABLE "demand_line" ADD FOREIGN KEY ("c_period_id") REFERENCES "period" ("c_period_id");
ALTER TABLE "demand_line" ADD FOREIGN KEY ("m_demand_id") REFERENCES "demand" ("m_demand_id");
ALTER TABLE "demand_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "deposit_batch" ADD FOREIGN KEY ("c_bankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "deposit_batch" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "deposit_batch" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "deposit_batch_line" ADD FOREIGN KEY ("c_depositbatch_id") REFERENCES "deposit_batch" ("c_depositbatch_id");
ALTER TABLE "deposit_batch_line" ADD FOREIGN KEY ("c_payment_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "depreciation_build" ADD FOREIGN KEY ("a_end_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "depreciation_build" ADD FOREIGN KEY ("a_start_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "depreciation_build" ADD FOREIGN KEY ("c_period_id") REFERENCES "period" ("c_period_id");
ALTER TABLE "depreciation_entry" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "depreciation_entry" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "depreciation_entry" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "depreciation_entry" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "depreciation_entry" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "depreciation_entry" ADD FOREIGN KEY ("c_period_id") REFERENCES "period" ("c_period_id");
ALTER TABLE "depreciation_exp" ADD FOREIGN KEY ("a_asset_addition_id") REFERENCES "asset_addition" ("a_asset_addition_id");
ALTER TABLE "depreciation_exp" ADD FOREIGN KEY ("a_asset_disposed_id") REFERENCES "asset_disposed" ("a_asset_disposed_id");
ALTER TABLE "depreciation_exp" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "depreciation_exp" ADD FOREIGN KEY ("a_depreciation_entry_id") REFERENCES "depreciation_entry" ("a_depreciation_entry_id");
ALTER TABLE "depreciation_exp" ADD FOREIGN KEY ("cr_account_id") REFERENCES "valid_combination" ("c_validcombination_id");
ALTER TABLE "depreciation_exp" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "depreciation_exp" ADD FOREIGN KEY ("dr_account_id") REFERENCES "valid_combination" ("c_validcombination_id");
ALTER TABLE "depreciation_forecast" ADD FOREIGN KEY ("a_end_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "depreciation_forecast" ADD FOREIGN KEY ("a_start_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "depreciation_workfile" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "depreciation_workfile" ADD FOREIGN KEY ("a_fundingmode_id") REFERENCES "funding_mode" ("a_fundingmode_id");
ALTER TABLE "depreciation_workfile" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "discount_schema_break" ADD FOREIGN KEY ("m_discountschema_id") REFERENCES "discount_schema" ("m_discountschema_id");
ALTER TABLE "discount_schema_break" ADD FOREIGN KEY ("m_product_category_id") REFERENCES "product_category" ("m_product_category_id");
ALTER TABLE "discount_schema_break" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "discount_schema_line" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "discount_schema_line" ADD FOREIGN KEY ("c_conversiontype_id") REFERENCES "conversion_type" ("c_conversiontype_id");
ALTER TABLE "discount_schema_line" ADD FOREIGN KEY ("m_discountschema_id") REFERENCES "discount_schema" ("m_discountschema_id");
ALTER TABLE "discount_schema_line" ADD FOREIGN KEY ("m_product_category_id") REFERENCES "product_category" ("m_product_category_id");
ALTER TABLE "discount_schema_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "distribution" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "distribution" ADD FOREIGN KEY ("account_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "distribution" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "distribution" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "distribution" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "distribution" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "distribution" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "distribution" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "distribution" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "distribution" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "distribution" ADD FOREIGN KEY ("c_employee_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "distribution" ADD FOREIGN KEY ("c_locfrom_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "distribution" ADD FOREIGN KEY ("c_locto_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "distribution" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "distribution" ADD FOREIGN KEY ("c_salesregion_id") REFERENCES "sales_region" ("c_salesregion_id");
ALTER TABLE "distribution" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "distribution" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "distribution" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "distribution" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "distribution" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "distribution_line" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "distribution_line" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "distribution_line" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "distribution_line" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "distribution_line" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "distribution_line" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "distribution_line" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "distribution_line" ADD FOREIGN KEY ("c_employee_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "distribution_line" ADD FOREIGN KEY ("c_locfrom_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "distribution_line" ADD FOREIGN KEY ("c_locto_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "distribution_line" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "distribution_line" ADD FOREIGN KEY ("c_salesregion_id") REFERENCES "sales_region" ("c_salesregion_id");
ALTER TABLE "distribution_line" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "distribution_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "distribution_line" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "distribution_line" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "distribution_line" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "distribution_list_line" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "distribution_list_line" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "distribution_list_line" ADD FOREIGN KEY ("m_distributionlist_id") REFERENCES "distribution_list" ("m_distributionlist_id");
ALTER TABLE "distribution_run" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "distribution_run" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "distribution_run_detail" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "distribution_run_detail" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "distribution_run_detail" ADD FOREIGN KEY ("m_distributionlistline_id") REFERENCES "distribution_list_line" ("m_distributionlistline_id");
ALTER TABLE "distribution_run_detail" ADD FOREIGN KEY ("m_distributionlist_id") REFERENCES "distribution_list" ("m_distributionlist_id");
ALTER TABLE "distribution_run_detail" ADD FOREIGN KEY ("m_distributionrunline_id") REFERENCES "distribution_run_line" ("m_distributionrunline_id");
ALTER TABLE "distribution_run_detail" ADD FOREIGN KEY ("m_distributionrun_id") REFERENCES "distribution_run" ("m_distributionrun_id");
ALTER TABLE "distribution_run_detail" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "distribution_run_line" ADD FOREIGN KEY ("m_distributionlist_id") REFERENCES "distribution_list" ("m_distributionlist_id");
ALTER TABLE "distribution_run_line" ADD FOREIGN KEY ("m_distributionrun_id") REFERENCES "distribution_run" ("m_distributionrun_id");
ALTER TABLE "distribution_run_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "doc_base_group_line" ADD FOREIGN KEY ("c_docbasegroup_id") REFERENCES "doc_base_group" ("c_docbasegroup_id");
ALTER TABLE "doc_type" ADD FOREIGN KEY ("ad_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "doc_type" ADD FOREIGN KEY ("c_doctypedifference_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "doc_type" ADD FOREIGN KEY ("c_doctypeinvoice_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "doc_type" ADD FOREIGN KEY ("c_doctypeproforma_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "doc_type" ADD FOREIGN KEY ("c_doctypeshipment_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "doc_type" ADD FOREIGN KEY ("definitesequence_id") REFERENCES "sequence" ("ad_sequence_id");
ALTER TABLE "doc_type" ADD FOREIGN KEY ("docnosequence_id") REFERENCES "sequence" ("ad_sequence_id");
ALTER TABLE "doc_type" ADD FOREIGN KEY ("gl_category_id") REFERENCES "gl_category" ("gl_category_id");
ALTER TABLE "doc_type_counter" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "doc_type_counter" ADD FOREIGN KEY ("counter_c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "document_action_access" ADD FOREIGN KEY ("ad_ref_list_id") REFERENCES "ref_list" ("ad_ref_list_id");
ALTER TABLE "document_action_access" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "document_action_access" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "document_status" ADD FOREIGN KEY ("ad_fieldgroup_id") REFERENCES "field_group" ("ad_fieldgroup_id");
ALTER TABLE "document_status" ADD FOREIGN KEY ("ad_form_id") REFERENCES "form" ("ad_form_id");
ALTER TABLE "document_status" ADD FOREIGN KEY ("ad_infowindow_id") REFERENCES "info_window" ("ad_infowindow_id");
ALTER TABLE "document_status" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "document_status" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "document_status" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "document_status" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "document_status" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "document_status" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "document_status" ADD FOREIGN KEY ("name_printcolorzero_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "document_status" ADD FOREIGN KEY ("name_printcolor_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "document_status" ADD FOREIGN KEY ("name_printfont_id") REFERENCES "print_font" ("ad_printfont_id");
ALTER TABLE "document_status" ADD FOREIGN KEY ("number_printcolor_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "document_status" ADD FOREIGN KEY ("number_printfont_id") REFERENCES "print_font" ("ad_printfont_id");
ALTER TABLE "document_status_access" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "document_status_access" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "document_status_access" ADD FOREIGN KEY ("pa_documentstatus_id") REFERENCES "document_status" ("pa_documentstatus_id");
ALTER TABLE "dunning_level" ADD FOREIGN KEY ("c_dunning_id") REFERENCES "dunning" ("c_dunning_id");
ALTER TABLE "dunning_level" ADD FOREIGN KEY ("c_paymentterm_id") REFERENCES "payment_term" ("c_paymentterm_id");
ALTER TABLE "dunning_level" ADD FOREIGN KEY ("dunning_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "dunning_run" ADD FOREIGN KEY ("c_dunninglevel_id") REFERENCES "dunning_level" ("c_dunninglevel_id");
ALTER TABLE "dunning_run" ADD FOREIGN KEY ("c_dunning_id") REFERENCES "dunning" ("c_dunning_id");
ALTER TABLE "dunning_run_entry" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "dunning_run_entry" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "dunning_run_entry" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "dunning_run_entry" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "dunning_run_entry" ADD FOREIGN KEY ("c_dunninglevel_id") REFERENCES "dunning_level" ("c_dunninglevel_id");
ALTER TABLE "dunning_run_entry" ADD FOREIGN KEY ("c_dunningrun_id") REFERENCES "dunning_run" ("c_dunningrun_id");
ALTER TABLE "dunning_run_entry" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "dunning_run_line" ADD FOREIGN KEY ("c_dunningrunentry_id") REFERENCES "dunning_run_entry" ("c_dunningrunentry_id");
ALTER TABLE "dunning_run_line" ADD FOREIGN KEY ("c_invoicepayschedule_id") REFERENCES "invoice_pay_schedule" ("c_invoicepayschedule_id");
ALTER TABLE "dunning_run_line" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "dunning_run_line" ADD FOREIGN KEY ("c_payment_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "element_value" ADD FOREIGN KEY ("c_bankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "element_value" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "element_value" ADD FOREIGN KEY ("c_element_id") REFERENCES "c_element" ("c_element_id");
ALTER TABLE "element_value_import" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "element_value_import" ADD FOREIGN KEY ("c_elementvalue_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "element_value_import" ADD FOREIGN KEY ("c_element_id") REFERENCES "c_element" ("c_element_id");
ALTER TABLE "element_value_import" ADD FOREIGN KEY ("parentelementvalue_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "employee" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "employee" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "employee" ADD FOREIGN KEY ("hr_department_id") REFERENCES "hr_department" ("hr_department_id");
ALTER TABLE "employee" ADD FOREIGN KEY ("hr_job_id") REFERENCES "hr_job" ("hr_job_id");
ALTER TABLE "employee" ADD FOREIGN KEY ("hr_payroll_id") REFERENCES "payroll" ("hr_payroll_id");
ALTER TABLE "expense_type" ADD FOREIGN KEY ("c_taxcategory_id") REFERENCES "tax_category" ("c_taxcategory_id");
ALTER TABLE "expense_type" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "expense_type" ADD FOREIGN KEY ("m_product_category_id") REFERENCES "product_category" ("m_product_category_id");
ALTER TABLE "extension_entity" ADD FOREIGN KEY ("ad_extension_id") REFERENCES "extension" ("ad_extension_id");
ALTER TABLE "extension_entity" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("account_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("c_locfrom_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("c_locto_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("c_period_id") REFERENCES "period" ("c_period_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("c_salesregion_id") REFERENCES "sales_region" ("c_salesregion_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("c_validcombination_id") REFERENCES "valid_combination" ("c_validcombination_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("gl_budget_id") REFERENCES "budget" ("gl_budget_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("gl_category_id") REFERENCES "gl_category" ("gl_category_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("gl_journalbatch_id") REFERENCES "journal_batch" ("gl_journalbatch_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("gl_journalline_id") REFERENCES "journal_line" ("gl_journalline_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("gl_journal_id") REFERENCES "journal" ("gl_journal_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "fa_journal" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("account_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("c_employee_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("c_locfrom_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("c_locto_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("c_period_id") REFERENCES "period" ("c_period_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("c_projectphase_id") REFERENCES "project_phase" ("c_projectphase_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("c_projecttask_id") REFERENCES "project_task" ("c_projecttask_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("c_salesregion_id") REFERENCES "sales_region" ("c_salesregion_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("c_subacct_id") REFERENCES "sub_acct" ("c_subacct_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("c_tax_id") REFERENCES "tax" ("c_tax_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("gl_budget_id") REFERENCES "budget" ("gl_budget_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("gl_category_id") REFERENCES "gl_category" ("gl_category_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "fact_acct_history" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "field" ADD FOREIGN KEY ("ad_chart_id") REFERENCES "chart" ("ad_chart_id");
ALTER TABLE "field" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "field" ADD FOREIGN KEY ("ad_fieldgroup_id") REFERENCES "field_group" ("ad_fieldgroup_id");
ALTER TABLE "field" ADD FOREIGN KEY ("ad_fieldstyle_id") REFERENCES "style" ("ad_style_id");
ALTER TABLE "field" ADD FOREIGN KEY ("ad_labelstyle_id") REFERENCES "style" ("ad_style_id");
ALTER TABLE "field" ADD FOREIGN KEY ("ad_reference_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "field" ADD FOREIGN KEY ("ad_reference_value_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "field" ADD FOREIGN KEY ("ad_tab_id") REFERENCES "tab" ("ad_tab_id");
ALTER TABLE "field" ADD FOREIGN KEY ("ad_val_rule_id") REFERENCES "val_rule" ("ad_val_rule_id");
ALTER TABLE "field" ADD FOREIGN KEY ("ad_val_rule_lookup_id") REFERENCES "val_rule" ("ad_val_rule_id");
ALTER TABLE "field" ADD FOREIGN KEY ("included_tab_id") REFERENCES "tab" ("ad_tab_id");
ALTER TABLE "field_suggestion" ADD FOREIGN KEY ("ad_field_id") REFERENCES "field" ("ad_field_id");
ALTER TABLE "field_suggestion" ADD FOREIGN KEY ("ad_tab_id") REFERENCES "tab" ("ad_tab_id");
ALTER TABLE "field_suggestion" ADD FOREIGN KEY ("ad_userclient_id") REFERENCES "all_clients_v" ("ad_allclients_v_id");
ALTER TABLE "field_suggestion" ADD FOREIGN KEY ("ad_user_id") REFERENCES "all_users_v" ("ad_allusers_v_id");
ALTER TABLE "field_suggestion" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "find" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "fixed_asset" ADD FOREIGN KEY ("a_asset_class_id") REFERENCES "asset_class" ("a_asset_class_id");
ALTER TABLE "fixed_asset" ADD FOREIGN KEY ("a_asset_group_id") REFERENCES "asset_group" ("a_asset_group_id");
ALTER TABLE "fixed_asset" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "fixed_asset" ADD FOREIGN KEY ("a_asset_type_id") REFERENCES "asset_type" ("a_asset_type_id");
ALTER TABLE "fixed_asset" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "fixed_asset" ADD FOREIGN KEY ("c_bpartnersr_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "fixed_asset" ADD FOREIGN KEY ("c_city_id") REFERENCES "city" ("c_city_id");
ALTER TABLE "fixed_asset" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "fixed_asset" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "fixed_asset" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "fixed_asset" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "forecast" ADD FOREIGN KEY ("c_calendar_id") REFERENCES "calendar" ("c_calendar_id");
ALTER TABLE "forecast" ADD FOREIGN KEY ("c_year_id") REFERENCES "year" ("c_year_id");
ALTER TABLE "forecast" ADD FOREIGN KEY ("m_pricelist_id") REFERENCES "price_list" ("m_pricelist_id");
ALTER TABLE "forecast_line" ADD FOREIGN KEY ("c_period_id") REFERENCES "period" ("c_period_id");
ALTER TABLE "forecast_line" ADD FOREIGN KEY ("m_forecast_id") REFERENCES "forecast" ("m_forecast_id");
ALTER TABLE "forecast_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "forecast_line" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "forecast_line" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "form" ADD FOREIGN KEY ("ad_ctxhelp_id") REFERENCES "ctx_help" ("ad_ctxhelp_id");
ALTER TABLE "form_access" ADD FOREIGN KEY ("ad_form_id") REFERENCES "form" ("ad_form_id");
ALTER TABLE "form_access" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "format" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "format_line" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "format_line" ADD FOREIGN KEY ("ad_reference_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "format_line" ADD FOREIGN KEY ("exp_embeddedformat_id") REFERENCES "format" ("exp_format_id");
ALTER TABLE "format_line" ADD FOREIGN KEY ("exp_format_id") REFERENCES "format" ("exp_format_id");
ALTER TABLE "freight" ADD FOREIGN KEY ("c_country_id") REFERENCES "country" ("c_country_id");
ALTER TABLE "freight" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "freight" ADD FOREIGN KEY ("c_region_id") REFERENCES "region" ("c_region_id");
ALTER TABLE "freight" ADD FOREIGN KEY ("m_freightcategory_id") REFERENCES "freight_category" ("m_freightcategory_id");
ALTER TABLE "freight" ADD FOREIGN KEY ("m_shipper_id") REFERENCES "shipper" ("m_shipper_id");
ALTER TABLE "freight" ADD FOREIGN KEY ("to_region_id") REFERENCES "region" ("c_region_id");
ALTER TABLE "fund" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "fund_restriction" ADD FOREIGN KEY ("c_elementvalue_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "fund_restriction" ADD FOREIGN KEY ("gl_fund_id") REFERENCES "fund" ("gl_fund_id");
ALTER TABLE "funding_mode_acct" ADD FOREIGN KEY ("a_fundingmode_id") REFERENCES "funding_mode" ("a_fundingmode_id");
ALTER TABLE "funding_mode_acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("account_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("c_conversiontype_id") REFERENCES "conversion_type" ("c_conversiontype_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("c_locfrom_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("c_locto_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("c_period_id") REFERENCES "period" ("c_period_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("c_salesregion_id") REFERENCES "sales_region" ("c_salesregion_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("c_validcombination_id") REFERENCES "valid_combination" ("c_validcombination_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("gl_budget_id") REFERENCES "budget" ("gl_budget_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("gl_category_id") REFERENCES "gl_category" ("gl_category_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("gl_journalbatch_id") REFERENCES "journal_batch" ("gl_journalbatch_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("gl_journalline_id") REFERENCES "journal_line" ("gl_journalline_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("gl_journal_id") REFERENCES "journal" ("gl_journal_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "gl_journal" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "goal" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "goal" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "goal" ADD FOREIGN KEY ("pa_colorschema_id") REFERENCES "color_schema" ("pa_colorschema_id");
ALTER TABLE "goal" ADD FOREIGN KEY ("pa_goalparent_id") REFERENCES "goal" ("pa_goal_id");
ALTER TABLE "goal" ADD FOREIGN KEY ("pa_measure_id") REFERENCES "measure" ("pa_measure_id");
ALTER TABLE "goal_restriction" ADD FOREIGN KEY ("c_bp_group_id") REFERENCES "bp_group" ("c_bp_group_id");
ALTER TABLE "goal_restriction" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "goal_restriction" ADD FOREIGN KEY ("m_product_category_id") REFERENCES "product_category" ("m_product_category_id");
ALTER TABLE "goal_restriction" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "goal_restriction" ADD FOREIGN KEY ("pa_goal_id") REFERENCES "goal" ("pa_goal_id");
ALTER TABLE "group" ADD FOREIGN KEY ("m_changenotice_id") REFERENCES "change_notice" ("m_changenotice_id");
ALTER TABLE "group" ADD FOREIGN KEY ("pp_product_bom_id") REFERENCES "product_bom" ("pp_product_bom_id");
ALTER TABLE "group_updates" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "group_updates" ADD FOREIGN KEY ("r_group_id") REFERENCES "group" ("r_group_id");
ALTER TABLE "hierarchy" ADD FOREIGN KEY ("ad_tree_account_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "hierarchy" ADD FOREIGN KEY ("ad_tree_activity_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "hierarchy" ADD FOREIGN KEY ("ad_tree_bpartner_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "hierarchy" ADD FOREIGN KEY ("ad_tree_campaign_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "hierarchy" ADD FOREIGN KEY ("ad_tree_org_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "hierarchy" ADD FOREIGN KEY ("ad_tree_product_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "hierarchy" ADD FOREIGN KEY ("ad_tree_project_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "hierarchy" ADD FOREIGN KEY ("ad_tree_salesregion_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "house_keeping" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "hr_attribute" ADD FOREIGN KEY ("ad_rule_id") REFERENCES "rule" ("ad_rule_id");
ALTER TABLE "hr_attribute" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "hr_attribute" ADD FOREIGN KEY ("hr_concept_id") REFERENCES "concept" ("hr_concept_id");
ALTER TABLE "hr_attribute" ADD FOREIGN KEY ("hr_department_id") REFERENCES "hr_department" ("hr_department_id");
ALTER TABLE "hr_attribute" ADD FOREIGN KEY ("hr_employee_id") REFERENCES "employee" ("hr_employee_id");
ALTER TABLE "hr_attribute" ADD FOREIGN KEY ("hr_job_id") REFERENCES "hr_job" ("hr_job_id");
ALTER TABLE "hr_attribute" ADD FOREIGN KEY ("hr_payroll_id") REFERENCES "payroll" ("hr_payroll_id");
ALTER TABLE "hr_department" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "hr_job" ADD FOREIGN KEY ("hr_department_id") REFERENCES "hr_department" ("hr_department_id");
ALTER TABLE "hr_job" ADD FOREIGN KEY ("next_job_id") REFERENCES "hr_job" ("hr_job_id");
ALTER TABLE "hr_job" ADD FOREIGN KEY ("supervisor_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "hr_movement" ADD FOREIGN KEY ("ad_rule_id") REFERENCES "rule" ("ad_rule_id");
ALTER TABLE "hr_movement" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "hr_movement" ADD FOREIGN KEY ("c_bp_bankaccount_id") REFERENCES "bp_bank_account" ("c_bp_bankaccount_id");
ALTER TABLE "hr_movement" ADD FOREIGN KEY ("c_bp_group_id") REFERENCES "bp_group" ("c_bp_group_id");
ALTER TABLE "hr_movement" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "hr_movement" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "hr_movement" ADD FOREIGN KEY ("c_projectphase_id") REFERENCES "project_phase" ("c_projectphase_id");
ALTER TABLE "hr_movement" ADD FOREIGN KEY ("c_projecttask_id") REFERENCES "project_task" ("c_projecttask_id");
ALTER TABLE "hr_movement" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "hr_movement" ADD FOREIGN KEY ("hr_concept_category_id") REFERENCES "concept_category" ("hr_concept_category_id");
ALTER TABLE "hr_movement" ADD FOREIGN KEY ("hr_concept_id") REFERENCES "concept" ("hr_concept_id");
ALTER TABLE "hr_movement" ADD FOREIGN KEY ("hr_department_id") REFERENCES "hr_department" ("hr_department_id");
ALTER TABLE "hr_movement" ADD FOREIGN KEY ("hr_job_id") REFERENCES "hr_job" ("hr_job_id");
ALTER TABLE "hr_movement" ADD FOREIGN KEY ("hr_process_id") REFERENCES "hr_process" ("hr_process_id");
ALTER TABLE "hr_movement" ADD FOREIGN KEY ("pp_cost_collector_id") REFERENCES "cost_collector" ("pp_cost_collector_id");
ALTER TABLE "hr_movement" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "hr_movement" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "hr_movement_import" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "hr_movement_import" ADD FOREIGN KEY ("hr_concept_id") REFERENCES "concept" ("hr_concept_id");
ALTER TABLE "hr_movement_import" ADD FOREIGN KEY ("hr_movement_id") REFERENCES "hr_movement" ("hr_movement_id");
ALTER TABLE "hr_movement_import" ADD FOREIGN KEY ("hr_process_id") REFERENCES "hr_process" ("hr_process_id");
ALTER TABLE "hr_period" ADD FOREIGN KEY ("c_period_id") REFERENCES "period" ("c_period_id");
ALTER TABLE "hr_period" ADD FOREIGN KEY ("c_year_id") REFERENCES "year" ("c_year_id");
ALTER TABLE "hr_period" ADD FOREIGN KEY ("hr_payroll_id") REFERENCES "payroll" ("hr_payroll_id");
ALTER TABLE "hr_period" ADD FOREIGN KEY ("hr_year_id") REFERENCES "hr_year" ("hr_year_id");
ALTER TABLE "hr_process" ADD FOREIGN KEY ("ad_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "hr_process" ADD FOREIGN KEY ("ad_workflow_id") REFERENCES "workflow" ("ad_workflow_id");
ALTER TABLE "hr_process" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "hr_process" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "hr_process" ADD FOREIGN KEY ("c_doctypetarget_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "hr_process" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "hr_process" ADD FOREIGN KEY ("c_payselection_id") REFERENCES "pay_selection" ("c_payselection_id");
ALTER TABLE "hr_process" ADD FOREIGN KEY ("hr_department_id") REFERENCES "hr_department" ("hr_department_id");
ALTER TABLE "hr_process" ADD FOREIGN KEY ("hr_employee_id") REFERENCES "employee" ("hr_employee_id");
ALTER TABLE "hr_process" ADD FOREIGN KEY ("hr_job_id") REFERENCES "hr_job" ("hr_job_id");
ALTER TABLE "hr_process" ADD FOREIGN KEY ("hr_payroll_id") REFERENCES "payroll" ("hr_payroll_id");
ALTER TABLE "hr_process" ADD FOREIGN KEY ("hr_period_id") REFERENCES "hr_period" ("hr_period_id");
ALTER TABLE "hr_process" ADD FOREIGN KEY ("reversal_id") REFERENCES "hr_process" ("hr_process_id");
ALTER TABLE "hr_year" ADD FOREIGN KEY ("c_year_id") REFERENCES "year" ("c_year_id");
ALTER TABLE "hr_year" ADD FOREIGN KEY ("hr_payroll_id") REFERENCES "payroll" ("hr_payroll_id");
ALTER TABLE "image" ADD FOREIGN KEY ("ad_storageprovider_id") REFERENCES "storage_provider" ("ad_storageprovider_id");
ALTER TABLE "imp_format" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "imp_format_row" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "imp_format_row" ADD FOREIGN KEY ("ad_impformat_id") REFERENCES "imp_format" ("ad_impformat_id");
ALTER TABLE "imp_processor" ADD FOREIGN KEY ("imp_processor_type_id") REFERENCES "imp_processor_type" ("imp_processor_type_id");
ALTER TABLE "imp_processor_parameter" ADD FOREIGN KEY ("imp_processor_id") REFERENCES "imp_processor" ("imp_processor_id");
ALTER TABLE "import_template" ADD FOREIGN KEY ("ad_tab_id") REFERENCES "tab" ("ad_tab_id");
ALTER TABLE "import_template" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "import_template_access" ADD FOREIGN KEY ("ad_importtemplate_id") REFERENCES "import_template" ("ad_importtemplate_id");
ALTER TABLE "import_template_access" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("dropship_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("dropship_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("dropship_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("m_rma_id") REFERENCES "rma" ("m_rma_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("m_shipper_id") REFERENCES "shipper" ("m_shipper_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("returnbpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("returnlocation_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("returnuser_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("reversal_id") REFERENCES "in_out" ("m_inout_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "in_out" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "in_out_confirm" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "in_out_confirm" ADD FOREIGN KEY ("m_inout_id") REFERENCES "in_out" ("m_inout_id");
ALTER TABLE "in_out_confirm" ADD FOREIGN KEY ("m_inventory_id") REFERENCES "inventory" ("m_inventory_id");
ALTER TABLE "in_out_line" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "in_out_line" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "in_out_line" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "in_out_line" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "in_out_line" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "in_out_line" ADD FOREIGN KEY ("c_orderline_id") REFERENCES "order_line" ("c_orderline_id");
ALTER TABLE "in_out_line" ADD FOREIGN KEY ("c_projectphase_id") REFERENCES "project_phase" ("c_projectphase_id");
ALTER TABLE "in_out_line" ADD FOREIGN KEY ("c_projecttask_id") REFERENCES "project_task" ("c_projecttask_id");
ALTER TABLE "in_out_line" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "in_out_line" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "in_out_line" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "in_out_line" ADD FOREIGN KEY ("m_inout_id") REFERENCES "in_out" ("m_inout_id");
ALTER TABLE "in_out_line" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "in_out_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "in_out_line" ADD FOREIGN KEY ("m_rmaline_id") REFERENCES "rma_line" ("m_rmaline_id");
ALTER TABLE "in_out_line" ADD FOREIGN KEY ("reversalline_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "in_out_line" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "in_out_line" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "in_out_line_confirm" ADD FOREIGN KEY ("c_invoiceline_id") REFERENCES "invoice_line" ("c_invoiceline_id");
ALTER TABLE "in_out_line_confirm" ADD FOREIGN KEY ("m_inoutconfirm_id") REFERENCES "in_out_confirm" ("m_inoutconfirm_id");
ALTER TABLE "in_out_line_confirm" ADD FOREIGN KEY ("m_inoutline_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "in_out_line_confirm" ADD FOREIGN KEY ("m_inventoryline_id") REFERENCES "inventory_line" ("m_inventoryline_id");
ALTER TABLE "in_out_line_confirm_import" ADD FOREIGN KEY ("m_inoutlineconfirm_id") REFERENCES "in_out_line_confirm" ("m_inoutlineconfirm_id");
ALTER TABLE "in_out_line_ma" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "in_out_line_ma" ADD FOREIGN KEY ("m_inoutline_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "index_column" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "index_column" ADD FOREIGN KEY ("ad_tableindex_id") REFERENCES "table_index" ("ad_tableindex_id");
ALTER TABLE "info_column" ADD FOREIGN KEY ("ad_element_id") REFERENCES "element" ("ad_element_id");
ALTER TABLE "info_column" ADD FOREIGN KEY ("ad_fieldstyle_id") REFERENCES "style" ("ad_style_id");
ALTER TABLE "info_column" ADD FOREIGN KEY ("ad_infowindow_id") REFERENCES "info_window" ("ad_infowindow_id");
ALTER TABLE "info_column" ADD FOREIGN KEY ("ad_reference_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "info_column" ADD FOREIGN KEY ("ad_reference_value_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "info_column" ADD FOREIGN KEY ("ad_val_rule_id") REFERENCES "val_rule" ("ad_val_rule_id");
ALTER TABLE "info_process" ADD FOREIGN KEY ("ad_infocolumn_id") REFERENCES "info_column" ("ad_infocolumn_id");
ALTER TABLE "info_process" ADD FOREIGN KEY ("ad_infowindow_id") REFERENCES "info_window" ("ad_infowindow_id");
ALTER TABLE "info_process" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "info_related" ADD FOREIGN KEY ("ad_infowindow_id") REFERENCES "info_window" ("ad_infowindow_id");
ALTER TABLE "info_related" ADD FOREIGN KEY ("parentrelatedcolumn_id") REFERENCES "info_column" ("ad_infocolumn_id");
ALTER TABLE "info_related" ADD FOREIGN KEY ("relatedcolumn_id") REFERENCES "info_column" ("ad_infocolumn_id");
ALTER TABLE "info_related" ADD FOREIGN KEY ("relatedinfo_id") REFERENCES "info_window" ("ad_infowindow_id");
ALTER TABLE "info_window" ADD FOREIGN KEY ("ad_ctxhelp_id") REFERENCES "ctx_help" ("ad_ctxhelp_id");
ALTER TABLE "info_window" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "info_window" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "info_window" ADD FOREIGN KEY ("po_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "info_window_access" ADD FOREIGN KEY ("ad_infowindow_id") REFERENCES "info_window" ("ad_infowindow_id");
ALTER TABLE "info_window_access" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "inter_org_acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "inventory" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "inventory" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "inventory" ADD FOREIGN KEY ("c_conversiontype_id") REFERENCES "conversion_type" ("c_conversiontype_id");
ALTER TABLE "inventory" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "inventory" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "inventory" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "inventory" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "inventory" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "inventory" ADD FOREIGN KEY ("m_perpetualinv_id") REFERENCES "perpetual_inv" ("m_perpetualinv_id");
ALTER TABLE "inventory" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "inventory" ADD FOREIGN KEY ("reversal_id") REFERENCES "inventory" ("m_inventory_id");
ALTER TABLE "inventory" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "inventory" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "inventory_import" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "inventory_import" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "inventory_import" ADD FOREIGN KEY ("m_costingline_id") REFERENCES "inventory_line" ("m_inventoryline_id");
ALTER TABLE "inventory_import" ADD FOREIGN KEY ("m_inventoryline_id") REFERENCES "inventory_line" ("m_inventoryline_id");
ALTER TABLE "inventory_import" ADD FOREIGN KEY ("m_inventory_id") REFERENCES "inventory" ("m_inventory_id");
ALTER TABLE "inventory_import" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "inventory_import" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "inventory_import" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "inventory_line" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "inventory_line" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "inventory_line" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "inventory_line" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "inventory_line" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "inventory_line" ADD FOREIGN KEY ("m_inventory_id") REFERENCES "inventory" ("m_inventory_id");
ALTER TABLE "inventory_line" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "inventory_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "inventory_line" ADD FOREIGN KEY ("reversalline_id") REFERENCES "inventory_line" ("m_inventoryline_id");
ALTER TABLE "inventory_line_ma" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "inventory_line_ma" ADD FOREIGN KEY ("m_inventoryline_id") REFERENCES "inventory_line" ("m_inventoryline_id");
ALTER TABLE "inventory_value" ADD FOREIGN KEY ("ad_pinstance_id") REFERENCES "p_instance" ("ad_pinstance_id");
ALTER TABLE "inventory_value" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "inventory_value" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "inventory_value" ADD FOREIGN KEY ("m_costelement_id") REFERENCES "cost_element" ("m_costelement_id");
ALTER TABLE "inventory_value" ADD FOREIGN KEY ("m_pricelist_version_id") REFERENCES "price_list_version" ("m_pricelist_version_id");
ALTER TABLE "inventory_value" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "inventory_value" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("c_cashline_id") REFERENCES "cash_line" ("c_cashline_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("c_cashplanline_id") REFERENCES "cash_plan_line" ("c_cashplanline_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("c_conversiontype_id") REFERENCES "conversion_type" ("c_conversiontype_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("c_doctypetarget_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("c_dunninglevel_id") REFERENCES "dunning_level" ("c_dunninglevel_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("c_employee_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("c_paymentterm_id") REFERENCES "payment_term" ("c_paymentterm_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("c_payment_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("m_pricelist_id") REFERENCES "price_list" ("m_pricelist_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("m_rma_id") REFERENCES "rma" ("m_rma_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("relatedinvoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("reversal_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "invoice" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "invoice_batch" ADD FOREIGN KEY ("c_conversiontype_id") REFERENCES "conversion_type" ("c_conversiontype_id");
ALTER TABLE "invoice_batch" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "invoice_batch" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "invoice_batch_line" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "invoice_batch_line" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "invoice_batch_line" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "invoice_batch_line" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "invoice_batch_line" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "invoice_batch_line" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "invoice_batch_line" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "invoice_batch_line" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "invoice_batch_line" ADD FOREIGN KEY ("c_invoicebatch_id") REFERENCES "invoice_batch" ("c_invoicebatch_id");
ALTER TABLE "invoice_batch_line" ADD FOREIGN KEY ("c_invoiceline_id") REFERENCES "invoice_line" ("c_invoiceline_id");
ALTER TABLE "invoice_batch_line" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "invoice_batch_line" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "invoice_batch_line" ADD FOREIGN KEY ("c_tax_id") REFERENCES "tax" ("c_tax_id");
ALTER TABLE "invoice_batch_line" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "invoice_batch_line" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "invoice_gl" ADD FOREIGN KEY ("ad_pinstance_id") REFERENCES "p_instance" ("ad_pinstance_id");
ALTER TABLE "invoice_gl" ADD FOREIGN KEY ("c_conversiontypereval_id") REFERENCES "conversion_type" ("c_conversiontype_id");
ALTER TABLE "invoice_gl" ADD FOREIGN KEY ("c_doctypereval_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "invoice_gl" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "invoice_import" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "invoice_import" ADD FOREIGN KEY ("c_1099box_id") REFERENCES "1099_box" ("c_1099box_id");
ALTER TABLE "invoice_import" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "invoice_import" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "invoice_import" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "invoice_import" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "invoice_import" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "invoice_import" ADD FOREIGN KEY ("c_country_id") REFERENCES "country" ("c_country_id");
ALTER TABLE "invoice_import" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "invoice_import" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "invoice_import" ADD FOREIGN KEY ("c_invoiceline_id") REFERENCES "invoice_line" ("c_invoiceline_id");
ALTER TABLE "invoice_import" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "invoice_import" ADD FOREIGN KEY ("c_location_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "invoice_import" ADD FOREIGN KEY ("c_paymentterm_id") REFERENCES "payment_term" ("c_paymentterm_id");
ALTER TABLE "invoice_import" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "invoice_import" ADD FOREIGN KEY ("c_region_id") REFERENCES "region" ("c_region_id");
ALTER TABLE "invoice_import" ADD FOREIGN KEY ("c_tax_id") REFERENCES "tax" ("c_tax_id");
ALTER TABLE "invoice_import" ADD FOREIGN KEY ("m_pricelist_id") REFERENCES "price_list" ("m_pricelist_id");
ALTER TABLE "invoice_import" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "invoice_import" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("a_asset_group_id") REFERENCES "asset_group" ("a_asset_group_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("c_1099box_id") REFERENCES "1099_box" ("c_1099box_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("c_employee_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("c_orderline_id") REFERENCES "order_line" ("c_orderline_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("c_projectphase_id") REFERENCES "project_phase" ("c_projectphase_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("c_projecttask_id") REFERENCES "project_task" ("c_projecttask_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("c_tax_id") REFERENCES "tax" ("c_tax_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("m_inoutline_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("m_rmaline_id") REFERENCES "rma_line" ("m_rmaline_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "invoice_line" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "invoice_pay_schedule" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "invoice_pay_schedule" ADD FOREIGN KEY ("c_payschedule_id") REFERENCES "pay_schedule" ("c_payschedule_id");
ALTER TABLE "invoice_tax" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "invoice_tax" ADD FOREIGN KEY ("c_taxprovider_id") REFERENCES "tax_provider" ("c_taxprovider_id");
ALTER TABLE "invoice_tax" ADD FOREIGN KEY ("c_tax_id") REFERENCES "tax" ("c_tax_id");
ALTER TABLE "issue" ADD FOREIGN KEY ("ad_form_id") REFERENCES "form" ("ad_form_id");
ALTER TABLE "issue" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "issue" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "issue" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "issue" ADD FOREIGN KEY ("r_issueknown_id") REFERENCES "issue_known" ("r_issueknown_id");
ALTER TABLE "issue" ADD FOREIGN KEY ("r_issueproject_id") REFERENCES "issue_project" ("r_issueproject_id");
ALTER TABLE "issue" ADD FOREIGN KEY ("r_issuesystem_id") REFERENCES "issue_system" ("r_issuesystem_id");
ALTER TABLE "issue" ADD FOREIGN KEY ("r_issueuser_id") REFERENCES "issue_user" ("r_issueuser_id");
ALTER TABLE "issue" ADD FOREIGN KEY ("r_request_id") REFERENCES "request" ("r_request_id");
ALTER TABLE "issue_known" ADD FOREIGN KEY ("r_issuerecommendation_id") REFERENCES "issue_recommendation" ("r_issuerecommendation_id");
ALTER TABLE "issue_known" ADD FOREIGN KEY ("r_issuestatus_id") REFERENCES "issue_status" ("r_issuestatus_id");
ALTER TABLE "issue_known" ADD FOREIGN KEY ("r_request_id") REFERENCES "request" ("r_request_id");
ALTER TABLE "issue_project" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "issue_project" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "issue_system" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "issue_user" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "job" ADD FOREIGN KEY ("c_jobcategory_id") REFERENCES "job_category" ("c_jobcategory_id");
ALTER TABLE "job_assignment" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "job_assignment" ADD FOREIGN KEY ("c_job_id") REFERENCES "job" ("c_job_id");
ALTER TABLE "job_remuneration" ADD FOREIGN KEY ("c_job_id") REFERENCES "job" ("c_job_id");
ALTER TABLE "job_remuneration" ADD FOREIGN KEY ("c_remuneration_id") REFERENCES "remuneration" ("c_remuneration_id");
ALTER TABLE "journal" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "journal" ADD FOREIGN KEY ("c_conversiontype_id") REFERENCES "conversion_type" ("c_conversiontype_id");
ALTER TABLE "journal" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "journal" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "journal" ADD FOREIGN KEY ("c_period_id") REFERENCES "period" ("c_period_id");
ALTER TABLE "journal" ADD FOREIGN KEY ("gl_budget_id") REFERENCES "budget" ("gl_budget_id");
ALTER TABLE "journal" ADD FOREIGN KEY ("gl_category_id") REFERENCES "gl_category" ("gl_category_id");
ALTER TABLE "journal" ADD FOREIGN KEY ("gl_journalbatch_id") REFERENCES "journal_batch" ("gl_journalbatch_id");
ALTER TABLE "journal" ADD FOREIGN KEY ("reversal_id") REFERENCES "journal" ("gl_journal_id");
ALTER TABLE "journal_batch" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "journal_batch" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "journal_batch" ADD FOREIGN KEY ("c_period_id") REFERENCES "period" ("c_period_id");
ALTER TABLE "journal_batch" ADD FOREIGN KEY ("gl_category_id") REFERENCES "gl_category" ("gl_category_id");
ALTER TABLE "journal_batch" ADD FOREIGN KEY ("reversal_id") REFERENCES "journal_batch" ("gl_journalbatch_id");
ALTER TABLE "journal_generator" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "journal_generator" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "journal_generator" ADD FOREIGN KEY ("c_elementvalueadjustcr_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "journal_generator" ADD FOREIGN KEY ("c_elementvalueadjustdr_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "journal_generator" ADD FOREIGN KEY ("gl_category_id") REFERENCES "gl_category" ("gl_category_id");
ALTER TABLE "journal_generator_line" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "journal_generator_line" ADD FOREIGN KEY ("c_elementvaluecr_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "journal_generator_line" ADD FOREIGN KEY ("c_elementvaluedr_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "journal_generator_line" ADD FOREIGN KEY ("gl_journalgenerator_id") REFERENCES "journal_generator" ("gl_journalgenerator_id");
ALTER TABLE "journal_generator_source" ADD FOREIGN KEY ("c_elementvalue_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "journal_generator_source" ADD FOREIGN KEY ("gl_category_id") REFERENCES "gl_category" ("gl_category_id");
ALTER TABLE "journal_generator_source" ADD FOREIGN KEY ("gl_journalgeneratorline_id") REFERENCES "journal_generator_line" ("gl_journalgeneratorline_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("a_asset_group_id") REFERENCES "asset_group" ("a_asset_group_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("account_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("alias_validcombination_id") REFERENCES "valid_combination" ("c_validcombination_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("c_conversiontype_id") REFERENCES "conversion_type" ("c_conversiontype_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("c_employee_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("c_locfrom_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("c_locto_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("c_salesregion_id") REFERENCES "sales_region" ("c_salesregion_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("c_subacct_id") REFERENCES "sub_acct" ("c_subacct_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("c_tax_id") REFERENCES "tax" ("c_tax_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("c_validcombination_id") REFERENCES "valid_combination" ("c_validcombination_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("gl_journal_id") REFERENCES "journal" ("gl_journal_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "journal_line" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "label" ADD FOREIGN KEY ("ad_labelcategory_id") REFERENCES "label_category" ("ad_labelcategory_id");
ALTER TABLE "label" ADD FOREIGN KEY ("ad_labelstyle_id") REFERENCES "style" ("ad_style_id");
ALTER TABLE "label_assignment" ADD FOREIGN KEY ("ad_label_id") REFERENCES "label" ("ad_label_id");
ALTER TABLE "label_assignment" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "label_category" ADD FOREIGN KEY ("ad_labelstyle_id") REFERENCES "style" ("ad_style_id");
ALTER TABLE "label_category_table" ADD FOREIGN KEY ("ad_labelcategory_id") REFERENCES "label_category" ("ad_labelcategory_id");
ALTER TABLE "label_category_table" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "label_printer_function" ADD FOREIGN KEY ("ad_labelprinter_id") REFERENCES "label_printer" ("ad_labelprinter_id");
ALTER TABLE "landed_cost" ADD FOREIGN KEY ("c_invoiceline_id") REFERENCES "invoice_line" ("c_invoiceline_id");
ALTER TABLE "landed_cost" ADD FOREIGN KEY ("m_costelement_id") REFERENCES "cost_element" ("m_costelement_id");
ALTER TABLE "landed_cost" ADD FOREIGN KEY ("m_inoutline_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "landed_cost" ADD FOREIGN KEY ("m_inout_id") REFERENCES "in_out" ("m_inout_id");
ALTER TABLE "landed_cost" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "landed_cost_allocation" ADD FOREIGN KEY ("c_invoiceline_id") REFERENCES "invoice_line" ("c_invoiceline_id");
ALTER TABLE "landed_cost_allocation" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "landed_cost_allocation" ADD FOREIGN KEY ("m_costelement_id") REFERENCES "cost_element" ("m_costelement_id");
ALTER TABLE "landed_cost_allocation" ADD FOREIGN KEY ("m_inoutline_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "landed_cost_allocation" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "language" ADD FOREIGN KEY ("ad_printpaper_id") REFERENCES "print_paper" ("ad_printpaper_id");
ALTER TABLE "ldap_access" ADD FOREIGN KEY ("ad_ldapprocessor_id") REFERENCES "ldap_processor" ("ad_ldapprocessor_id");
ALTER TABLE "ldap_access" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "ldap_access" ADD FOREIGN KEY ("r_interestarea_id") REFERENCES "interest_area" ("r_interestarea_id");
ALTER TABLE "ldap_processor" ADD FOREIGN KEY ("supervisor_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "ldap_processor_log" ADD FOREIGN KEY ("ad_ldapprocessor_id") REFERENCES "ldap_processor" ("ad_ldapprocessor_id");
ALTER TABLE "level" ADD FOREIGN KEY ("asp_module_id") REFERENCES "module" ("asp_module_id");
ALTER TABLE "list" ADD FOREIGN KEY ("hr_department_id") REFERENCES "hr_department" ("hr_department_id");
ALTER TABLE "list" ADD FOREIGN KEY ("hr_employee_id") REFERENCES "employee" ("hr_employee_id");
ALTER TABLE "list" ADD FOREIGN KEY ("hr_listtype_id") REFERENCES "list_type" ("hr_listtype_id");
ALTER TABLE "list" ADD FOREIGN KEY ("hr_payroll_id") REFERENCES "payroll" ("hr_payroll_id");
ALTER TABLE "list_line" ADD FOREIGN KEY ("hr_listversion_id") REFERENCES "list_version" ("hr_listversion_id");
ALTER TABLE "list_version" ADD FOREIGN KEY ("hr_listbase_id") REFERENCES "list" ("hr_list_id");
ALTER TABLE "list_version" ADD FOREIGN KEY ("hr_list_id") REFERENCES "list" ("hr_list_id");
ALTER TABLE "location" ADD FOREIGN KEY ("c_addressvalidation_id") REFERENCES "address_validation" ("c_addressvalidation_id");
ALTER TABLE "location" ADD FOREIGN KEY ("c_city_id") REFERENCES "city" ("c_city_id");
ALTER TABLE "location" ADD FOREIGN KEY ("c_country_id") REFERENCES "country" ("c_country_id");
ALTER TABLE "location" ADD FOREIGN KEY ("c_region_id") REFERENCES "region" ("c_region_id");
ALTER TABLE "locator" ADD FOREIGN KEY ("m_locatortype_id") REFERENCES "locator_type" ("m_locatortype_id");
ALTER TABLE "locator" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "lot" ADD FOREIGN KEY ("m_lotctl_id") REFERENCES "lot_ctl" ("m_lotctl_id");
ALTER TABLE "lot" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "lot_ctl_exclude" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "lot_ctl_exclude" ADD FOREIGN KEY ("m_lotctl_id") REFERENCES "lot_ctl" ("m_lotctl_id");
ALTER TABLE "m_attribute" ADD FOREIGN KEY ("ad_reference_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "m_attribute" ADD FOREIGN KEY ("ad_reference_value_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "m_attribute" ADD FOREIGN KEY ("ad_val_rule_id") REFERENCES "val_rule" ("ad_val_rule_id");
ALTER TABLE "m_attribute" ADD FOREIGN KEY ("m_attributesearch_id") REFERENCES "attribute_search" ("m_attributesearch_id");
ALTER TABLE "m_attribute_value" ADD FOREIGN KEY ("m_attribute_id") REFERENCES "m_attribute" ("m_attribute_id");
ALTER TABLE "match_inv" ADD FOREIGN KEY ("c_invoiceline_id") REFERENCES "invoice_line" ("c_invoiceline_id");
ALTER TABLE "match_inv" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "match_inv" ADD FOREIGN KEY ("m_inoutline_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "match_inv" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "match_inv" ADD FOREIGN KEY ("ref_matchinv_id") REFERENCES "match_inv" ("m_matchinv_id");
ALTER TABLE "match_inv" ADD FOREIGN KEY ("reversal_id") REFERENCES "match_inv" ("m_matchinv_id");
ALTER TABLE "match_po" ADD FOREIGN KEY ("c_invoiceline_id") REFERENCES "invoice_line" ("c_invoiceline_id");
ALTER TABLE "match_po" ADD FOREIGN KEY ("c_orderline_id") REFERENCES "order_line" ("c_orderline_id");
ALTER TABLE "match_po" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "match_po" ADD FOREIGN KEY ("m_inoutline_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "match_po" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "match_po" ADD FOREIGN KEY ("ref_matchpo_id") REFERENCES "match_po" ("m_matchpo_id");
ALTER TABLE "match_po" ADD FOREIGN KEY ("reversal_id") REFERENCES "match_po" ("m_matchpo_id");
ALTER TABLE "measure" ADD FOREIGN KEY ("c_projecttype_id") REFERENCES "project_type" ("c_projecttype_id");
ALTER TABLE "measure" ADD FOREIGN KEY ("pa_benchmark_id") REFERENCES "benchmark" ("pa_benchmark_id");
ALTER TABLE "measure" ADD FOREIGN KEY ("pa_hierarchy_id") REFERENCES "hierarchy" ("pa_hierarchy_id");
ALTER TABLE "measure" ADD FOREIGN KEY ("pa_measurecalc_id") REFERENCES "measure_calc" ("pa_measurecalc_id");
ALTER TABLE "measure" ADD FOREIGN KEY ("pa_ratio_id") REFERENCES "ratio" ("pa_ratio_id");
ALTER TABLE "measure" ADD FOREIGN KEY ("r_requesttype_id") REFERENCES "request_type" ("r_requesttype_id");
ALTER TABLE "measure_calc" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "menu" ADD FOREIGN KEY ("ad_form_id") REFERENCES "form" ("ad_form_id");
ALTER TABLE "menu" ADD FOREIGN KEY ("ad_infowindow_id") REFERENCES "info_window" ("ad_infowindow_id");
ALTER TABLE "menu" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "menu" ADD FOREIGN KEY ("ad_task_id") REFERENCES "task" ("ad_task_id");
ALTER TABLE "menu" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "menu" ADD FOREIGN KEY ("ad_workflow_id") REFERENCES "workflow" ("ad_workflow_id");
ALTER TABLE "method" ADD FOREIGN KEY ("mfa_elementprm_id") REFERENCES "element" ("ad_element_id");
ALTER TABLE "method" ADD FOREIGN KEY ("r_mailtext_id") REFERENCES "mail_text" ("r_mailtext_id");
ALTER TABLE "mfa_registration" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "mfa_registration" ADD FOREIGN KEY ("mfa_method_id") REFERENCES "method" ("mfa_method_id");
ALTER TABLE "mfa_rule" ADD FOREIGN KEY ("mfa_method_id") REFERENCES "method" ("mfa_method_id");
ALTER TABLE "movement" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "movement" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "movement" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "movement" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "movement" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "movement" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "movement" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "movement" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "movement" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "movement" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "movement" ADD FOREIGN KEY ("dd_order_id") REFERENCES "dd_order" ("dd_order_id");
ALTER TABLE "movement" ADD FOREIGN KEY ("m_shipper_id") REFERENCES "shipper" ("m_shipper_id");
ALTER TABLE "movement" ADD FOREIGN KEY ("m_warehouseto_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "movement" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "movement" ADD FOREIGN KEY ("reversal_id") REFERENCES "movement" ("m_movement_id");
ALTER TABLE "movement" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "movement" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "movement" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "movement_confirm" ADD FOREIGN KEY ("m_inventory_id") REFERENCES "inventory" ("m_inventory_id");
ALTER TABLE "movement_confirm" ADD FOREIGN KEY ("m_movement_id") REFERENCES "movement" ("m_movement_id");
ALTER TABLE "movement_import" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "movement_import" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "movement_import" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "movement_import" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "movement_import" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "movement_import" ADD FOREIGN KEY ("m_locatorto_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "movement_import" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "movement_import" ADD FOREIGN KEY ("m_movementline_id") REFERENCES "movement_line" ("m_movementline_id");
ALTER TABLE "movement_import" ADD FOREIGN KEY ("m_movement_id") REFERENCES "movement" ("m_movement_id");
ALTER TABLE "movement_import" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "movement_import" ADD FOREIGN KEY ("m_shipper_id") REFERENCES "shipper" ("m_shipper_id");
ALTER TABLE "movement_line" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "movement_line" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "movement_line" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "movement_line" ADD FOREIGN KEY ("dd_orderline_id") REFERENCES "dd_order_line" ("dd_orderline_id");
ALTER TABLE "movement_line" ADD FOREIGN KEY ("m_attributesetinstanceto_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "movement_line" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "movement_line" ADD FOREIGN KEY ("m_locatorto_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "movement_line" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "movement_line" ADD FOREIGN KEY ("m_movement_id") REFERENCES "movement" ("m_movement_id");
ALTER TABLE "movement_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "movement_line" ADD FOREIGN KEY ("reversalline_id") REFERENCES "movement_line" ("m_movementline_id");
ALTER TABLE "movement_line_confirm" ADD FOREIGN KEY ("m_inventoryline_id") REFERENCES "inventory_line" ("m_inventoryline_id");
ALTER TABLE "movement_line_confirm" ADD FOREIGN KEY ("m_movementconfirm_id") REFERENCES "movement_confirm" ("m_movementconfirm_id");
ALTER TABLE "movement_line_confirm" ADD FOREIGN KEY ("m_movementline_id") REFERENCES "movement_line" ("m_movementline_id");
ALTER TABLE "movement_line_ma" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "movement_line_ma" ADD FOREIGN KEY ("m_movementline_id") REFERENCES "movement_line" ("m_movementline_id");
ALTER TABLE "mrp" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "mrp" ADD FOREIGN KEY ("c_orderline_id") REFERENCES "order_line" ("c_orderline_id");
ALTER TABLE "mrp" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "mrp" ADD FOREIGN KEY ("dd_orderline_id") REFERENCES "dd_order_line" ("dd_orderline_id");
ALTER TABLE "mrp" ADD FOREIGN KEY ("dd_order_id") REFERENCES "dd_order" ("dd_order_id");
ALTER TABLE "mrp" ADD FOREIGN KEY ("m_forecastline_id") REFERENCES "forecast_line" ("m_forecastline_id");
ALTER TABLE "mrp" ADD FOREIGN KEY ("m_forecast_id") REFERENCES "forecast" ("m_forecast_id");
ALTER TABLE "mrp" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "mrp" ADD FOREIGN KEY ("m_requisitionline_id") REFERENCES "requisition_line" ("m_requisitionline_id");
ALTER TABLE "mrp" ADD FOREIGN KEY ("m_requisition_id") REFERENCES "requisition" ("m_requisition_id");
ALTER TABLE "mrp" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "mrp" ADD FOREIGN KEY ("pp_order_bomline_id") REFERENCES "order_bom_line" ("pp_order_bomline_id");
ALTER TABLE "mrp" ADD FOREIGN KEY ("pp_order_id") REFERENCES "pp_order" ("pp_order_id");
ALTER TABLE "mrp" ADD FOREIGN KEY ("planner_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "mrp" ADD FOREIGN KEY ("s_resource_id") REFERENCES "resource" ("s_resource_id");
ALTER TABLE "mrp_crp" ADD FOREIGN KEY ("ad_pinstance_id") REFERENCES "p_instance" ("ad_pinstance_id");
ALTER TABLE "network_distribution" ADD FOREIGN KEY ("m_changenotice_id") REFERENCES "change_notice" ("m_changenotice_id");
ALTER TABLE "network_distribution_line" ADD FOREIGN KEY ("dd_networkdistribution_id") REFERENCES "network_distribution" ("dd_networkdistribution_id");
ALTER TABLE "network_distribution_line" ADD FOREIGN KEY ("m_shipper_id") REFERENCES "shipper" ("m_shipper_id");
ALTER TABLE "network_distribution_line" ADD FOREIGN KEY ("m_warehousesource_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "network_distribution_line" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "non_business_day" ADD FOREIGN KEY ("c_calendar_id") REFERENCES "calendar" ("c_calendar_id");
ALTER TABLE "non_business_day" ADD FOREIGN KEY ("c_country_id") REFERENCES "country" ("c_country_id");
ALTER TABLE "note" ADD FOREIGN KEY ("ad_broadcastmessage_id") REFERENCES "broadcast_message" ("ad_broadcastmessage_id");
ALTER TABLE "note" ADD FOREIGN KEY ("ad_message_id") REFERENCES "message" ("ad_message_id");
ALTER TABLE "note" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "note" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "note" ADD FOREIGN KEY ("ad_wf_activity_id") REFERENCES "wf_activity" ("ad_wf_activity_id");
ALTER TABLE "offer" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "offer" ADD FOREIGN KEY ("b_sellerfunds_id") REFERENCES "seller_funds" ("b_sellerfunds_id");
ALTER TABLE "offer" ADD FOREIGN KEY ("b_topic_id") REFERENCES "topic" ("b_topic_id");
ALTER TABLE "online_trx_history" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "operation_resource" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "operation_resource" ADD FOREIGN KEY ("c_job_id") REFERENCES "job" ("c_job_id");
ALTER TABLE "operation_resource" ADD FOREIGN KEY ("m_productoperation_id") REFERENCES "product_operation" ("m_productoperation_id");
ALTER TABLE "opportunity" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "opportunity" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "opportunity" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "opportunity" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "opportunity" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "opportunity" ADD FOREIGN KEY ("c_salespipeline_id") REFERENCES "sales_pipeline" ("c_salespipeline_id");
ALTER TABLE "opportunity" ADD FOREIGN KEY ("c_salesstage_id") REFERENCES "sales_stage" ("c_salesstage_id");
ALTER TABLE "opportunity" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "order" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "order" ADD FOREIGN KEY ("bill_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "order" ADD FOREIGN KEY ("bill_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "order" ADD FOREIGN KEY ("bill_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "order" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "order" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "order" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "order" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "order" ADD FOREIGN KEY ("c_cashline_id") REFERENCES "cash_line" ("c_cashline_id");
ALTER TABLE "order" ADD FOREIGN KEY ("c_cashplanline_id") REFERENCES "cash_plan_line" ("c_cashplanline_id");
ALTER TABLE "order" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "order" ADD FOREIGN KEY ("c_conversiontype_id") REFERENCES "conversion_type" ("c_conversiontype_id");
ALTER TABLE "order" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "order" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "order" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "order" ADD FOREIGN KEY ("c_doctypetarget_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "order" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "order" ADD FOREIGN KEY ("c_opportunity_id") REFERENCES "opportunity" ("c_opportunity_id");
ALTER TABLE "order" ADD FOREIGN KEY ("c_ordersource_id") REFERENCES "order_source" ("c_ordersource_id");
ALTER TABLE "order" ADD FOREIGN KEY ("c_pos_id") REFERENCES "pos" ("c_pos_id");
ALTER TABLE "order" ADD FOREIGN KEY ("c_paymentterm_id") REFERENCES "payment_term" ("c_paymentterm_id");
ALTER TABLE "order" ADD FOREIGN KEY ("c_payment_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "order" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "order" ADD FOREIGN KEY ("dropship_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "order" ADD FOREIGN KEY ("dropship_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "order" ADD FOREIGN KEY ("dropship_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "order" ADD FOREIGN KEY ("link_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "order" ADD FOREIGN KEY ("m_freightcategory_id") REFERENCES "freight_category" ("m_freightcategory_id");
ALTER TABLE "order" ADD FOREIGN KEY ("m_pricelist_id") REFERENCES "price_list" ("m_pricelist_id");
ALTER TABLE "order" ADD FOREIGN KEY ("m_shipper_id") REFERENCES "shipper" ("m_shipper_id");
ALTER TABLE "order" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "order" ADD FOREIGN KEY ("quotationorder_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "order" ADD FOREIGN KEY ("ref_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "order" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "order" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "order" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "order_bom" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "order_bom" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "order_bom" ADD FOREIGN KEY ("m_changenotice_id") REFERENCES "change_notice" ("m_changenotice_id");
ALTER TABLE "order_bom" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "order_bom" ADD FOREIGN KEY ("pp_order_id") REFERENCES "pp_order" ("pp_order_id");
ALTER TABLE "order_bom_line" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "order_bom_line" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "order_bom_line" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "order_bom_line" ADD FOREIGN KEY ("m_changenotice_id") REFERENCES "change_notice" ("m_changenotice_id");
ALTER TABLE "order_bom_line" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "order_bom_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "order_bom_line" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "order_bom_line" ADD FOREIGN KEY ("pp_order_bom_id") REFERENCES "order_bom" ("pp_order_bom_id");
ALTER TABLE "order_bom_line" ADD FOREIGN KEY ("pp_order_id") REFERENCES "pp_order" ("pp_order_id");
ALTER TABLE "order_cost" ADD FOREIGN KEY ("ad_workflow_id") REFERENCES "workflow" ("ad_workflow_id");
ALTER TABLE "order_cost" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "order_cost" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "order_cost" ADD FOREIGN KEY ("m_costelement_id") REFERENCES "cost_element" ("m_costelement_id");
ALTER TABLE "order_cost" ADD FOREIGN KEY ("m_costtype_id") REFERENCES "cost_type" ("m_costtype_id");
ALTER TABLE "order_cost" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "order_cost" ADD FOREIGN KEY ("pp_order_id") REFERENCES "pp_order" ("pp_order_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("billto_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("c_country_id") REFERENCES "country" ("c_country_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("c_location_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("c_orderline_id") REFERENCES "order_line" ("c_orderline_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("c_ordersource_id") REFERENCES "order_source" ("c_ordersource_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("c_paymentterm_id") REFERENCES "payment_term" ("c_paymentterm_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("c_region_id") REFERENCES "region" ("c_region_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("c_tax_id") REFERENCES "tax" ("c_tax_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("m_pricelist_id") REFERENCES "price_list" ("m_pricelist_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("m_shipper_id") REFERENCES "shipper" ("m_shipper_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "order_import" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "order_landed_cost" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "order_landed_cost" ADD FOREIGN KEY ("m_costelement_id") REFERENCES "cost_element" ("m_costelement_id");
ALTER TABLE "order_landed_cost_allocation" ADD FOREIGN KEY ("c_orderlandedcost_id") REFERENCES "order_landed_cost" ("c_orderlandedcost_id");
ALTER TABLE "order_landed_cost_allocation" ADD FOREIGN KEY ("c_orderline_id") REFERENCES "order_line" ("c_orderline_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("c_projectphase_id") REFERENCES "project_phase" ("c_projectphase_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("c_projecttask_id") REFERENCES "project_task" ("c_projecttask_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("c_tax_id") REFERENCES "tax" ("c_tax_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("link_orderline_id") REFERENCES "order_line" ("c_orderline_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("m_shipper_id") REFERENCES "shipper" ("m_shipper_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("pp_cost_collector_id") REFERENCES "cost_collector" ("pp_cost_collector_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("ref_orderline_id") REFERENCES "order_line" ("c_orderline_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "order_line" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "order_node" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "order_node" ADD FOREIGN KEY ("ad_form_id") REFERENCES "form" ("ad_form_id");
ALTER TABLE "order_node" ADD FOREIGN KEY ("ad_image_id") REFERENCES "image" ("ad_image_id");
ALTER TABLE "order_node" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "order_node" ADD FOREIGN KEY ("ad_task_id") REFERENCES "task" ("ad_task_id");
ALTER TABLE "order_node" ADD FOREIGN KEY ("ad_wf_block_id") REFERENCES "wf_block" ("ad_wf_block_id");
ALTER TABLE "order_node" ADD FOREIGN KEY ("ad_wf_node_id") REFERENCES "wf_node" ("ad_wf_node_id");
ALTER TABLE "order_node" ADD FOREIGN KEY ("ad_wf_responsible_id") REFERENCES "wf_responsible" ("ad_wf_responsible_id");
ALTER TABLE "order_node" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "order_node" ADD FOREIGN KEY ("ad_workflow_id") REFERENCES "workflow" ("ad_workflow_id");
ALTER TABLE "order_node" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "order_node" ADD FOREIGN KEY ("pp_order_id") REFERENCES "pp_order" ("pp_order_id");
ALTER TABLE "order_node" ADD FOREIGN KEY ("pp_order_workflow_id") REFERENCES "order_workflow" ("pp_order_workflow_id");
ALTER TABLE "order_node" ADD FOREIGN KEY ("s_resource_id") REFERENCES "resource" ("s_resource_id");
ALTER TABLE "order_node" ADD FOREIGN KEY ("workflow_id") REFERENCES "workflow" ("ad_workflow_id");
ALTER TABLE "order_node_asset" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "order_node_asset" ADD FOREIGN KEY ("pp_order_id") REFERENCES "pp_order" ("pp_order_id");
ALTER TABLE "order_node_asset" ADD FOREIGN KEY ("pp_order_node_id") REFERENCES "order_node" ("pp_order_node_id");
ALTER TABLE "order_node_asset" ADD FOREIGN KEY ("pp_order_workflow_id") REFERENCES "order_workflow" ("pp_order_workflow_id");
ALTER TABLE "order_node_next" ADD FOREIGN KEY ("ad_wf_next_id") REFERENCES "wf_node" ("ad_wf_node_id");
ALTER TABLE "order_node_next" ADD FOREIGN KEY ("ad_wf_node_id") REFERENCES "wf_node" ("ad_wf_node_id");
ALTER TABLE "order_node_next" ADD FOREIGN KEY ("pp_order_id") REFERENCES "pp_order" ("pp_order_id");
ALTER TABLE "order_node_next" ADD FOREIGN KEY ("pp_order_next_id") REFERENCES "order_node" ("pp_order_node_id");
ALTER TABLE "order_node_next" ADD FOREIGN KEY ("pp_order_node_id") REFERENCES "order_node" ("pp_order_node_id");
ALTER TABLE "order_node_product" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "order_node_product" ADD FOREIGN KEY ("pp_order_id") REFERENCES "pp_order" ("pp_order_id");
ALTER TABLE "order_node_product" ADD FOREIGN KEY ("pp_order_node_id") REFERENCES "order_node" ("pp_order_node_id");
ALTER TABLE "order_node_product" ADD FOREIGN KEY ("pp_order_workflow_id") REFERENCES "order_workflow" ("pp_order_workflow_id");
ALTER TABLE "order_pay_schedule" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "order_pay_schedule" ADD FOREIGN KEY ("c_payschedule_id") REFERENCES "pay_schedule" ("c_payschedule_id");
ALTER TABLE "order_tax" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "order_tax" ADD FOREIGN KEY ("c_taxprovider_id") REFERENCES "tax_provider" ("c_taxprovider_id");
ALTER TABLE "order_tax" ADD FOREIGN KEY ("c_tax_id") REFERENCES "tax" ("c_tax_id");
ALTER TABLE "order_workflow" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "order_workflow" ADD FOREIGN KEY ("ad_wf_node_id") REFERENCES "wf_node" ("ad_wf_node_id");
ALTER TABLE "order_workflow" ADD FOREIGN KEY ("ad_wf_responsible_id") REFERENCES "wf_responsible" ("ad_wf_responsible_id");
ALTER TABLE "order_workflow" ADD FOREIGN KEY ("ad_workflowprocessor_id") REFERENCES "workflow_processor" ("ad_workflowprocessor_id");
ALTER TABLE "order_workflow" ADD FOREIGN KEY ("ad_workflow_id") REFERENCES "workflow" ("ad_workflow_id");
ALTER TABLE "order_workflow" ADD FOREIGN KEY ("pp_order_id") REFERENCES "pp_order" ("pp_order_id");
ALTER TABLE "order_workflow" ADD FOREIGN KEY ("pp_order_node_id") REFERENCES "order_node" ("pp_order_node_id");
ALTER TABLE "order_workflow" ADD FOREIGN KEY ("s_resource_id") REFERENCES "resource" ("s_resource_id");
ALTER TABLE "org" ADD FOREIGN KEY ("ad_replicationstrategy_id") REFERENCES "replication_strategy" ("ad_replicationstrategy_id");
ALTER TABLE "org_assignment" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "org_info" ADD FOREIGN KEY ("ad_orgtype_id") REFERENCES "org_type" ("ad_orgtype_id");
ALTER TABLE "org_info" ADD FOREIGN KEY ("c_calendar_id") REFERENCES "calendar" ("c_calendar_id");
ALTER TABLE "org_info" ADD FOREIGN KEY ("c_location_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "org_info" ADD FOREIGN KEY ("dropship_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "org_info" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "org_info" ADD FOREIGN KEY ("supervisor_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "org_info" ADD FOREIGN KEY ("transferbank_id") REFERENCES "bank" ("c_bank_id");
ALTER TABLE "org_info" ADD FOREIGN KEY ("transfercashbook_id") REFERENCES "cash_book" ("c_cashbook_id");
ALTER TABLE "org_type" ADD FOREIGN KEY ("ad_printcolor_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "p_instance" ADD FOREIGN KEY ("ad_language_id") REFERENCES "language" ("ad_language_id");
ALTER TABLE "p_instance" ADD FOREIGN KEY ("ad_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "p_instance" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "p_instance" ADD FOREIGN KEY ("ad_session_id") REFERENCES "session" ("ad_session_id");
ALTER TABLE "p_instance" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "p_instance" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "p_instance_log" ADD FOREIGN KEY ("ad_pinstance_id") REFERENCES "p_instance" ("ad_pinstance_id");
ALTER TABLE "p_instance_log" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "p_instance_para" ADD FOREIGN KEY ("ad_pinstance_id") REFERENCES "p_instance" ("ad_pinstance_id");
ALTER TABLE "package" ADD FOREIGN KEY ("c_bp_shippingacct_id") REFERENCES "bp_shipping_acct" ("c_bp_shippingacct_id");
ALTER TABLE "package" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "package" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "package" ADD FOREIGN KEY ("c_uom_length_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "package" ADD FOREIGN KEY ("c_uom_weight_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "package" ADD FOREIGN KEY ("holdaddress_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "package" ADD FOREIGN KEY ("m_inout_id") REFERENCES "in_out" ("m_inout_id");
ALTER TABLE "package" ADD FOREIGN KEY ("m_shipperlabels_id") REFERENCES "shipper_labels" ("m_shipperlabels_id");
ALTER TABLE "package" ADD FOREIGN KEY ("m_shipperpackaging_id") REFERENCES "shipper_packaging" ("m_shipperpackaging_id");
ALTER TABLE "package" ADD FOREIGN KEY ("m_shipperpickuptypes_id") REFERENCES "shipper_pickup_types" ("m_shipperpickuptypes_id");
ALTER TABLE "package" ADD FOREIGN KEY ("m_shipper_id") REFERENCES "shipper" ("m_shipper_id");
ALTER TABLE "package" ADD FOREIGN KEY ("m_shippingprocessor_id") REFERENCES "shipping_processor" ("m_shippingprocessor_id");
ALTER TABLE "package_exp_detail" ADD FOREIGN KEY ("ad_entitytype_id") REFERENCES "entity_type" ("ad_entitytype_id");
ALTER TABLE "package_exp_detail" ADD FOREIGN KEY ("ad_form_id") REFERENCES "form" ("ad_form_id");
ALTER TABLE "package_exp_detail" ADD FOREIGN KEY ("ad_impformat_id") REFERENCES "imp_format" ("ad_impformat_id");
ALTER TABLE "package_exp_detail" ADD FOREIGN KEY ("ad_infowindow_id") REFERENCES "info_window" ("ad_infowindow_id");
ALTER TABLE "package_exp_detail" ADD FOREIGN KEY ("ad_menu_id") REFERENCES "menu" ("ad_menu_id");
ALTER TABLE "package_exp_detail" ADD FOREIGN KEY ("ad_message_id") REFERENCES "message" ("ad_message_id");
ALTER TABLE "package_exp_detail" ADD FOREIGN KEY ("ad_modelvalidator_id") REFERENCES "model_validator" ("ad_modelvalidator_id");
ALTER TABLE "package_exp_detail" ADD FOREIGN KEY ("ad_package_exp_id") REFERENCES "package_exp" ("ad_package_exp_id");
ALTER TABLE "package_exp_detail" ADD FOREIGN KEY ("ad_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "package_exp_detail" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "package_exp_detail" ADD FOREIGN KEY ("ad_reference_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "package_exp_detail" ADD FOREIGN KEY ("ad_reportview_id") REFERENCES "report_view" ("ad_reportview_id");
ALTER TABLE "package_exp_detail" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "package_exp_detail" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "package_exp_detail" ADD FOREIGN KEY ("ad_val_rule_id") REFERENCES "val_rule" ("ad_val_rule_id");
ALTER TABLE "package_exp_detail" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "package_exp_detail" ADD FOREIGN KEY ("ad_workflow_id") REFERENCES "workflow" ("ad_workflow_id");
ALTER TABLE "package_imp" ADD FOREIGN KEY ("ad_package_imp_proc_id") REFERENCES "package_imp_proc" ("ad_package_imp_proc_id");
ALTER TABLE "package_imp_backup" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "package_imp_backup" ADD FOREIGN KEY ("ad_reference_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "package_imp_detail" ADD FOREIGN KEY ("ad_package_imp_id") REFERENCES "package_imp" ("ad_package_imp_id");
ALTER TABLE "package_imp_detail" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "package_line" ADD FOREIGN KEY ("m_inoutline_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "package_line" ADD FOREIGN KEY ("m_packagemps_id") REFERENCES "package_mps" ("m_packagemps_id");
ALTER TABLE "package_line" ADD FOREIGN KEY ("m_package_id") REFERENCES "package" ("m_package_id");
ALTER TABLE "package_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "package_mps" ADD FOREIGN KEY ("c_uom_length_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "package_mps" ADD FOREIGN KEY ("c_uom_weight_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "package_mps" ADD FOREIGN KEY ("m_package_id") REFERENCES "package" ("m_package_id");
ALTER TABLE "package_uuid_map" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "password_history" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "pay_schedule" ADD FOREIGN KEY ("c_paymentterm_id") REFERENCES "payment_term" ("c_paymentterm_id");
ALTER TABLE "pay_selection" ADD FOREIGN KEY ("c_bankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "pay_selection_check" ADD FOREIGN KEY ("c_bp_bankaccount_id") REFERENCES "bp_bank_account" ("c_bp_bankaccount_id");
ALTER TABLE "pay_selection_check" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "pay_selection_check" ADD FOREIGN KEY ("c_payselection_id") REFERENCES "pay_selection" ("c_payselection_id");
ALTER TABLE "pay_selection_check" ADD FOREIGN KEY ("c_payment_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "pay_selection_line" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "pay_selection_line" ADD FOREIGN KEY ("c_payselectioncheck_id") REFERENCES "pay_selection_check" ("c_payselectioncheck_id");
ALTER TABLE "pay_selection_line" ADD FOREIGN KEY ("c_payselection_id") REFERENCES "pay_selection" ("c_payselection_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_bp_bankaccount_id") REFERENCES "bp_bank_account" ("c_bp_bankaccount_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_bankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_banktransfer_id") REFERENCES "bank_transfer" ("c_banktransfer_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_cashbook_id") REFERENCES "cash_book" ("c_cashbook_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_conversiontype_id") REFERENCES "conversion_type" ("c_conversiontype_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_depositbatch_id") REFERENCES "deposit_batch" ("c_depositbatch_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_employee_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_postendertype_id") REFERENCES "pos_tender_type" ("c_postendertype_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_paymentbatch_id") REFERENCES "payment_batch" ("c_paymentbatch_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_paymentprocessor_id") REFERENCES "payment_processor" ("c_paymentprocessor_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("ref_payment_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("reversal_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "payment" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "payment_allocate" ADD FOREIGN KEY ("c_allocationline_id") REFERENCES "allocation_line" ("c_allocationline_id");
ALTER TABLE "payment_allocate" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "payment_allocate" ADD FOREIGN KEY ("c_payment_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "payment_batch" ADD FOREIGN KEY ("c_paymentprocessor_id") REFERENCES "payment_processor" ("c_paymentprocessor_id");
ALTER TABLE "payment_import" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "payment_import" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "payment_import" ADD FOREIGN KEY ("c_bankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "payment_import" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "payment_import" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "payment_import" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "payment_import" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "payment_import" ADD FOREIGN KEY ("c_payment_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "payment_processor" ADD FOREIGN KEY ("ad_sequence_id") REFERENCES "sequence" ("ad_sequence_id");
ALTER TABLE "payment_processor" ADD FOREIGN KEY ("c_bankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "payment_processor" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("c_bp_bankaccount_id") REFERENCES "bp_bank_account" ("c_bp_bankaccount_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("c_bankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("c_cashbook_id") REFERENCES "cash_book" ("c_cashbook_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("c_conversiontype_id") REFERENCES "conversion_type" ("c_conversiontype_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("c_postendertype_id") REFERENCES "pos_tender_type" ("c_postendertype_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("c_paymentbatch_id") REFERENCES "payment_batch" ("c_paymentbatch_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("c_paymentprocessor_id") REFERENCES "payment_processor" ("c_paymentprocessor_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("c_payment_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("ref_paymenttransaction_id") REFERENCES "payment_transaction" ("c_paymenttransaction_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "payment_transaction" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "payroll" ADD FOREIGN KEY ("ad_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "payroll" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "payroll" ADD FOREIGN KEY ("hr_contract_id") REFERENCES "contract" ("hr_contract_id");
ALTER TABLE "payroll_concept" ADD FOREIGN KEY ("ad_rule_id") REFERENCES "rule" ("ad_rule_id");
ALTER TABLE "payroll_concept" ADD FOREIGN KEY ("hr_concept_id") REFERENCES "concept" ("hr_concept_id");
ALTER TABLE "payroll_concept" ADD FOREIGN KEY ("hr_payroll_id") REFERENCES "payroll" ("hr_payroll_id");
ALTER TABLE "period" ADD FOREIGN KEY ("c_year_id") REFERENCES "year" ("c_year_id");
ALTER TABLE "period_control" ADD FOREIGN KEY ("c_period_id") REFERENCES "period" ("c_period_id");
ALTER TABLE "perpetual_inv" ADD FOREIGN KEY ("m_product_category_id") REFERENCES "product_category" ("m_product_category_id");
ALTER TABLE "perpetual_inv" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "phase" ADD FOREIGN KEY ("c_projecttype_id") REFERENCES "project_type" ("c_projecttype_id");
ALTER TABLE "phase" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "pos" ADD FOREIGN KEY ("c_bpartnercashtrx_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "pos" ADD FOREIGN KEY ("c_bankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "pos" ADD FOREIGN KEY ("c_cashbook_id") REFERENCES "cash_book" ("c_cashbook_id");
ALTER TABLE "pos" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "pos" ADD FOREIGN KEY ("c_poskeylayout_id") REFERENCES "pos_key_layout" ("c_poskeylayout_id");
ALTER TABLE "pos" ADD FOREIGN KEY ("m_pricelist_id") REFERENCES "price_list" ("m_pricelist_id");
ALTER TABLE "pos" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "pos" ADD FOREIGN KEY ("osk_keylayout_id") REFERENCES "pos_key_layout" ("c_poskeylayout_id");
ALTER TABLE "pos" ADD FOREIGN KEY ("osnp_keylayout_id") REFERENCES "pos_key_layout" ("c_poskeylayout_id");
ALTER TABLE "pos" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "pos_key" ADD FOREIGN KEY ("ad_printcolor_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "pos_key" ADD FOREIGN KEY ("ad_printfont_id") REFERENCES "print_font" ("ad_printfont_id");
ALTER TABLE "pos_key" ADD FOREIGN KEY ("c_poskeylayout_id") REFERENCES "pos_key_layout" ("c_poskeylayout_id");
ALTER TABLE "pos_key" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "pos_key" ADD FOREIGN KEY ("subkeylayout_id") REFERENCES "pos_key_layout" ("c_poskeylayout_id");
ALTER TABLE "pos_key_layout" ADD FOREIGN KEY ("ad_printcolor_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "pos_key_layout" ADD FOREIGN KEY ("ad_printfont_id") REFERENCES "print_font" ("ad_printfont_id");
ALTER TABLE "pos_payment" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "pos_payment" ADD FOREIGN KEY ("c_postendertype_id") REFERENCES "pos_tender_type" ("c_postendertype_id");
ALTER TABLE "pos_payment" ADD FOREIGN KEY ("c_payment_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "pos_terminal" ADD FOREIGN KEY ("c_cashbpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "pos_terminal" ADD FOREIGN KEY ("c_cashbook_id") REFERENCES "cash_book" ("c_cashbook_id");
ALTER TABLE "pos_terminal" ADD FOREIGN KEY ("c_templatebpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "pos_terminal" ADD FOREIGN KEY ("cardtransferbankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "pos_terminal" ADD FOREIGN KEY ("cardtransfercashbook_id") REFERENCES "cash_book" ("c_cashbook_id");
ALTER TABLE "pos_terminal" ADD FOREIGN KEY ("card_bankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "pos_terminal" ADD FOREIGN KEY ("cashtransferbankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "pos_terminal" ADD FOREIGN KEY ("cashtransfercashbook_id") REFERENCES "cash_book" ("c_cashbook_id");
ALTER TABLE "pos_terminal" ADD FOREIGN KEY ("checktransferbankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "pos_terminal" ADD FOREIGN KEY ("checktransfercashbook_id") REFERENCES "cash_book" ("c_cashbook_id");
ALTER TABLE "pos_terminal" ADD FOREIGN KEY ("check_bankaccount_id") REFERENCES "bank_account" ("c_bankaccount_id");
ALTER TABLE "pos_terminal" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "pos_terminal" ADD FOREIGN KEY ("po_pricelist_id") REFERENCES "price_list" ("m_pricelist_id");
ALTER TABLE "pos_terminal" ADD FOREIGN KEY ("so_pricelist_id") REFERENCES "price_list" ("m_pricelist_id");
ALTER TABLE "pos_terminal" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "post_it" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "pp_order" ADD FOREIGN KEY ("ad_workflow_id") REFERENCES "workflow" ("ad_workflow_id");
ALTER TABLE "pp_order" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "pp_order" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "pp_order" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "pp_order" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "pp_order" ADD FOREIGN KEY ("c_doctypetarget_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "pp_order" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "pp_order" ADD FOREIGN KEY ("c_orderline_id") REFERENCES "order_line" ("c_orderline_id");
ALTER TABLE "pp_order" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "pp_order" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "pp_order" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "pp_order" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "pp_order" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "pp_order" ADD FOREIGN KEY ("pp_product_bom_id") REFERENCES "product_bom" ("pp_product_bom_id");
ALTER TABLE "pp_order" ADD FOREIGN KEY ("planner_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "pp_order" ADD FOREIGN KEY ("s_resource_id") REFERENCES "resource" ("s_resource_id");
ALTER TABLE "pp_order" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "pp_order" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "preference" ADD FOREIGN KEY ("ad_form_id") REFERENCES "form" ("ad_form_id");
ALTER TABLE "preference" ADD FOREIGN KEY ("ad_infowindow_id") REFERENCES "info_window" ("ad_infowindow_id");
ALTER TABLE "preference" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "preference" ADD FOREIGN KEY ("ad_user_id") REFERENCES "all_users_v" ("ad_allusers_v_id");
ALTER TABLE "preference" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "price_list" ADD FOREIGN KEY ("basepricelist_id") REFERENCES "price_list" ("m_pricelist_id");
ALTER TABLE "price_list" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "price_list_import" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "price_list_import" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "price_list_import" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "price_list_import" ADD FOREIGN KEY ("m_pricelist_id") REFERENCES "price_list" ("m_pricelist_id");
ALTER TABLE "price_list_import" ADD FOREIGN KEY ("m_pricelist_version_id") REFERENCES "price_list_version" ("m_pricelist_version_id");
ALTER TABLE "price_list_import" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "price_list_version" ADD FOREIGN KEY ("m_discountschema_id") REFERENCES "discount_schema" ("m_discountschema_id");
ALTER TABLE "price_list_version" ADD FOREIGN KEY ("m_pricelist_id") REFERENCES "price_list" ("m_pricelist_id");
ALTER TABLE "price_list_version" ADD FOREIGN KEY ("m_pricelist_version_base_id") REFERENCES "price_list_version" ("m_pricelist_version_id");
ALTER TABLE "principal_config" ADD FOREIGN KEY ("sso_loginbuttonimage_id") REFERENCES "image" ("ad_image_id");
ALTER TABLE "print_form" ADD FOREIGN KEY ("distrib_order_mailtext_id") REFERENCES "mail_text" ("r_mailtext_id");
ALTER TABLE "print_form" ADD FOREIGN KEY ("distrib_order_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "print_form" ADD FOREIGN KEY ("invoice_mailtext_id") REFERENCES "mail_text" ("r_mailtext_id");
ALTER TABLE "print_form" ADD FOREIGN KEY ("invoice_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "print_form" ADD FOREIGN KEY ("manuf_order_mailtext_id") REFERENCES "mail_text" ("r_mailtext_id");
ALTER TABLE "print_form" ADD FOREIGN KEY ("manuf_order_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "print_form" ADD FOREIGN KEY ("order_mailtext_id") REFERENCES "mail_text" ("r_mailtext_id");
ALTER TABLE "print_form" ADD FOREIGN KEY ("order_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "print_form" ADD FOREIGN KEY ("project_mailtext_id") REFERENCES "mail_text" ("r_mailtext_id");
ALTER TABLE "print_form" ADD FOREIGN KEY ("project_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "print_form" ADD FOREIGN KEY ("remittance_mailtext_id") REFERENCES "mail_text" ("r_mailtext_id");
ALTER TABLE "print_form" ADD FOREIGN KEY ("remittance_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "print_form" ADD FOREIGN KEY ("shipment_mailtext_id") REFERENCES "mail_text" ("r_mailtext_id");
ALTER TABLE "print_form" ADD FOREIGN KEY ("shipment_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "print_format" ADD FOREIGN KEY ("ad_printcolor_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "print_format" ADD FOREIGN KEY ("ad_printfont_id") REFERENCES "print_font" ("ad_printfont_id");
ALTER TABLE "print_format" ADD FOREIGN KEY ("ad_printheaderfooter_id") REFERENCES "print_header_footer" ("ad_printheaderfooter_id");
ALTER TABLE "print_format" ADD FOREIGN KEY ("ad_printpaper_id") REFERENCES "print_paper" ("ad_printpaper_id");
ALTER TABLE "print_format" ADD FOREIGN KEY ("ad_printtableformat_id") REFERENCES "print_table_format" ("ad_printtableformat_id");
ALTER TABLE "print_format" ADD FOREIGN KEY ("ad_reportview_id") REFERENCES "report_view" ("ad_reportview_id");
ALTER TABLE "print_format" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "print_format" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "print_format" ADD FOREIGN KEY ("jasperprocess_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "print_format_item" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "print_format_item" ADD FOREIGN KEY ("ad_fieldstyle_id") REFERENCES "style" ("ad_style_id");
ALTER TABLE "print_format_item" ADD FOREIGN KEY ("ad_printcolor_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "print_format_item" ADD FOREIGN KEY ("ad_printfont_id") REFERENCES "print_font" ("ad_printfont_id");
ALTER TABLE "print_format_item" ADD FOREIGN KEY ("ad_printformatchild_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "print_format_item" ADD FOREIGN KEY ("ad_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "print_format_item" ADD FOREIGN KEY ("ad_printgraph_id") REFERENCES "print_graph" ("ad_printgraph_id");
ALTER TABLE "print_graph" ADD FOREIGN KEY ("ad_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "print_graph" ADD FOREIGN KEY ("data1_printformatitem_id") REFERENCES "print_format_item" ("ad_printformatitem_id");
ALTER TABLE "print_graph" ADD FOREIGN KEY ("data2_printformatitem_id") REFERENCES "print_format_item" ("ad_printformatitem_id");
ALTER TABLE "print_graph" ADD FOREIGN KEY ("data3_printformatitem_id") REFERENCES "print_format_item" ("ad_printformatitem_id");
ALTER TABLE "print_graph" ADD FOREIGN KEY ("data4_printformatitem_id") REFERENCES "print_format_item" ("ad_printformatitem_id");
ALTER TABLE "print_graph" ADD FOREIGN KEY ("data_printformatitem_id") REFERENCES "print_format_item" ("ad_printformatitem_id");
ALTER TABLE "print_graph" ADD FOREIGN KEY ("description_printformatitem_id") REFERENCES "print_format_item" ("ad_printformatitem_id");
ALTER TABLE "print_label" ADD FOREIGN KEY ("ad_labelprinter_id") REFERENCES "label_printer" ("ad_labelprinter_id");
ALTER TABLE "print_label" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "print_label_line" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "print_label_line" ADD FOREIGN KEY ("ad_labelprinterfunction_id") REFERENCES "label_printer_function" ("ad_labelprinterfunction_id");
ALTER TABLE "print_label_line" ADD FOREIGN KEY ("ad_printlabel_id") REFERENCES "print_label" ("ad_printlabel_id");
ALTER TABLE "print_table_format" ADD FOREIGN KEY ("ad_image_id") REFERENCES "image" ("ad_image_id");
ALTER TABLE "print_table_format" ADD FOREIGN KEY ("functbg_printcolor_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "print_table_format" ADD FOREIGN KEY ("functfg_printcolor_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "print_table_format" ADD FOREIGN KEY ("funct_printfont_id") REFERENCES "print_font" ("ad_printfont_id");
ALTER TABLE "print_table_format" ADD FOREIGN KEY ("hdrline_printcolor_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "print_table_format" ADD FOREIGN KEY ("hdrtextbg_printcolor_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "print_table_format" ADD FOREIGN KEY ("hdrtextfg_printcolor_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "print_table_format" ADD FOREIGN KEY ("hdr_printfont_id") REFERENCES "print_font" ("ad_printfont_id");
ALTER TABLE "print_table_format" ADD FOREIGN KEY ("line_printcolor_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "private_access" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "private_access" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "process" ADD FOREIGN KEY ("ad_ctxhelp_id") REFERENCES "ctx_help" ("ad_ctxhelp_id");
ALTER TABLE "process" ADD FOREIGN KEY ("ad_form_id") REFERENCES "form" ("ad_form_id");
ALTER TABLE "process" ADD FOREIGN KEY ("ad_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "process" ADD FOREIGN KEY ("ad_reportview_id") REFERENCES "report_view" ("ad_reportview_id");
ALTER TABLE "process" ADD FOREIGN KEY ("ad_workflow_id") REFERENCES "workflow" ("ad_workflow_id");
ALTER TABLE "process_access" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "process_access" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "process_drill_rule" ADD FOREIGN KEY ("ad_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "process_drill_rule" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "process_drill_rule" ADD FOREIGN KEY ("ad_process_para_id") REFERENCES "process_para" ("ad_process_para_id");
ALTER TABLE "process_drill_rule" ADD FOREIGN KEY ("ad_reportview_id") REFERENCES "report_view" ("ad_reportview_id");
ALTER TABLE "process_drill_rule" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "process_drill_rule_para" ADD FOREIGN KEY ("ad_process_drillrule_id") REFERENCES "process_drill_rule" ("ad_process_drillrule_id");
ALTER TABLE "process_drill_rule_para" ADD FOREIGN KEY ("ad_process_para_id") REFERENCES "process_para" ("ad_process_para_id");
ALTER TABLE "process_para" ADD FOREIGN KEY ("ad_element_id") REFERENCES "element" ("ad_element_id");
ALTER TABLE "process_para" ADD FOREIGN KEY ("ad_fieldgroup_id") REFERENCES "field_group" ("ad_fieldgroup_id");
ALTER TABLE "process_para" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "process_para" ADD FOREIGN KEY ("ad_reference_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "process_para" ADD FOREIGN KEY ("ad_reference_value_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "process_para" ADD FOREIGN KEY ("ad_val_rule_id") REFERENCES "val_rule" ("ad_val_rule_id");
ALTER TABLE "processor" ADD FOREIGN KEY ("exp_processor_type_id") REFERENCES "processor_type" ("exp_processor_type_id");
ALTER TABLE "processor_log" ADD FOREIGN KEY ("imp_processor_id") REFERENCES "imp_processor" ("imp_processor_id");
ALTER TABLE "processor_parameter" ADD FOREIGN KEY ("exp_processor_id") REFERENCES "processor" ("exp_processor_id");
ALTER TABLE "product" ADD FOREIGN KEY ("c_revenuerecognition_id") REFERENCES "revenue_recognition" ("c_revenuerecognition_id");
ALTER TABLE "product" ADD FOREIGN KEY ("c_subscriptiontype_id") REFERENCES "subscription_type" ("c_subscriptiontype_id");
ALTER TABLE "product" ADD FOREIGN KEY ("c_taxcategory_id") REFERENCES "tax_category" ("c_taxcategory_id");
ALTER TABLE "product" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "product" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "product" ADD FOREIGN KEY ("m_attributeset_id") REFERENCES "attribute_set" ("m_attributeset_id");
ALTER TABLE "product" ADD FOREIGN KEY ("m_freightcategory_id") REFERENCES "freight_category" ("m_freightcategory_id");
ALTER TABLE "product" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "product" ADD FOREIGN KEY ("m_parttype_id") REFERENCES "part_type" ("m_parttype_id");
ALTER TABLE "product" ADD FOREIGN KEY ("m_product_category_id") REFERENCES "product_category" ("m_product_category_id");
ALTER TABLE "product" ADD FOREIGN KEY ("r_mailtext_id") REFERENCES "mail_text" ("r_mailtext_id");
ALTER TABLE "product" ADD FOREIGN KEY ("s_expensetype_id") REFERENCES "expense_type" ("s_expensetype_id");
ALTER TABLE "product" ADD FOREIGN KEY ("s_resource_id") REFERENCES "resource" ("s_resource_id");
ALTER TABLE "product" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "product_acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "product_acct" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "product_bom" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "product_bom" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "product_bom" ADD FOREIGN KEY ("m_changenotice_id") REFERENCES "change_notice" ("m_changenotice_id");
ALTER TABLE "product_bom" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "product_bom_line" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "product_bom_line" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "product_bom_line" ADD FOREIGN KEY ("m_changenotice_id") REFERENCES "change_notice" ("m_changenotice_id");
ALTER TABLE "product_bom_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "product_bom_line" ADD FOREIGN KEY ("pp_product_bom_id") REFERENCES "product_bom" ("pp_product_bom_id");
ALTER TABLE "product_category" ADD FOREIGN KEY ("ad_printcolor_id") REFERENCES "print_color" ("ad_printcolor_id");
ALTER TABLE "product_category" ADD FOREIGN KEY ("a_asset_group_id") REFERENCES "asset_group" ("a_asset_group_id");
ALTER TABLE "product_category" ADD FOREIGN KEY ("m_product_category_parent_id") REFERENCES "product_category" ("m_product_category_id");
ALTER TABLE "product_category_acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "product_category_acct" ADD FOREIGN KEY ("m_product_category_id") REFERENCES "product_category" ("m_product_category_id");
ALTER TABLE "product_download" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "product_import" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "product_import" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "product_import" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "product_import" ADD FOREIGN KEY ("m_attributeset_id") REFERENCES "attribute_set" ("m_attributeset_id");
ALTER TABLE "product_import" ADD FOREIGN KEY ("m_product_category_id") REFERENCES "product_category" ("m_product_category_id");
ALTER TABLE "product_import" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "product_operation" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "product_planning" ADD FOREIGN KEY ("ad_workflow_id") REFERENCES "workflow" ("ad_workflow_id");
ALTER TABLE "product_planning" ADD FOREIGN KEY ("dd_networkdistribution_id") REFERENCES "network_distribution" ("dd_networkdistribution_id");
ALTER TABLE "product_planning" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "product_planning" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "product_planning" ADD FOREIGN KEY ("pp_product_bom_id") REFERENCES "product_bom" ("pp_product_bom_id");
ALTER TABLE "product_planning" ADD FOREIGN KEY ("planner_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "product_planning" ADD FOREIGN KEY ("s_resource_id") REFERENCES "resource" ("s_resource_id");
ALTER TABLE "product_planning_import" ADD FOREIGN KEY ("ad_workflow_id") REFERENCES "workflow" ("ad_workflow_id");
ALTER TABLE "product_planning_import" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "product_planning_import" ADD FOREIGN KEY ("dd_networkdistribution_id") REFERENCES "network_distribution" ("dd_networkdistribution_id");
ALTER TABLE "product_planning_import" ADD FOREIGN KEY ("m_forecastline_id") REFERENCES "forecast_line" ("m_forecastline_id");
ALTER TABLE "product_planning_import" ADD FOREIGN KEY ("m_forecast_id") REFERENCES "forecast" ("m_forecast_id");
ALTER TABLE "product_planning_import" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "product_planning_import" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "product_planning_import" ADD FOREIGN KEY ("pp_product_bom_id") REFERENCES "product_bom" ("pp_product_bom_id");
ALTER TABLE "product_planning_import" ADD FOREIGN KEY ("pp_product_planning_id") REFERENCES "product_planning" ("pp_product_planning_id");
ALTER TABLE "product_planning_import" ADD FOREIGN KEY ("planner_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "product_planning_import" ADD FOREIGN KEY ("s_resource_id") REFERENCES "resource" ("s_resource_id");
ALTER TABLE "product_planning_import" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "product_po" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "product_po" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "product_po" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "product_po" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "product_price" ADD FOREIGN KEY ("m_pricelist_version_id") REFERENCES "price_list_version" ("m_pricelist_version_id");
ALTER TABLE "product_price" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "product_price_vendor_break" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "product_price_vendor_break" ADD FOREIGN KEY ("m_pricelist_version_id") REFERENCES "price_list_version" ("m_pricelist_version_id");
ALTER TABLE "product_price_vendor_break" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "product_quality_test" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "product_quality_test" ADD FOREIGN KEY ("m_qualitytest_id") REFERENCES "quality_test" ("m_qualitytest_id");
ALTER TABLE "production" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "production" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "production" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "production" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "production" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "production" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "production" ADD FOREIGN KEY ("c_orderline_id") REFERENCES "order_line" ("c_orderline_id");
ALTER TABLE "production" ADD FOREIGN KEY ("c_projectphase_id") REFERENCES "project_phase" ("c_projectphase_id");
ALTER TABLE "production" ADD FOREIGN KEY ("c_projecttask_id") REFERENCES "project_task" ("c_projecttask_id");
ALTER TABLE "production" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "production" ADD FOREIGN KEY ("m_inoutline_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "production" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "production" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "production" ADD FOREIGN KEY ("pp_product_bom_id") REFERENCES "product_bom" ("pp_product_bom_id");
ALTER TABLE "production" ADD FOREIGN KEY ("reversal_id") REFERENCES "production" ("m_production_id");
ALTER TABLE "production" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "production" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "production_line" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "production_line" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "production_line" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "production_line" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "production_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "production_line" ADD FOREIGN KEY ("m_productionplan_id") REFERENCES "production_plan" ("m_productionplan_id");
ALTER TABLE "production_line" ADD FOREIGN KEY ("m_production_id") REFERENCES "production" ("m_production_id");
ALTER TABLE "production_line_ma" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "production_line_ma" ADD FOREIGN KEY ("m_productionline_id") REFERENCES "production_line" ("m_productionline_id");
ALTER TABLE "production_plan" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "production_plan" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "production_plan" ADD FOREIGN KEY ("m_production_id") REFERENCES "production" ("m_production_id");
ALTER TABLE "project" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "project" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "project" ADD FOREIGN KEY ("c_bpartnersr_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "project" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "project" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "project" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "project" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "project" ADD FOREIGN KEY ("c_paymentterm_id") REFERENCES "payment_term" ("c_paymentterm_id");
ALTER TABLE "project" ADD FOREIGN KEY ("c_phase_id") REFERENCES "phase" ("c_phase_id");
ALTER TABLE "project" ADD FOREIGN KEY ("m_pricelist_version_id") REFERENCES "price_list_version" ("m_pricelist_version_id");
ALTER TABLE "project" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "project" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "project_acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "project_acct" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "project_issue" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "project_issue" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "project_issue" ADD FOREIGN KEY ("m_inoutline_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "project_issue" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "project_issue" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "project_issue" ADD FOREIGN KEY ("reversal_id") REFERENCES "project_issue" ("c_projectissue_id");
ALTER TABLE "project_issue" ADD FOREIGN KEY ("s_timeexpenseline_id") REFERENCES "time_expense_line" ("s_timeexpenseline_id");
ALTER TABLE "project_issue_ma" ADD FOREIGN KEY ("c_projectissue_id") REFERENCES "project_issue" ("c_projectissue_id");
ALTER TABLE "project_issue_ma" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "project_line" ADD FOREIGN KEY ("c_orderpo_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "project_line" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "project_line" ADD FOREIGN KEY ("c_projectissue_id") REFERENCES "project_issue" ("c_projectissue_id");
ALTER TABLE "project_line" ADD FOREIGN KEY ("c_projectphase_id") REFERENCES "project_phase" ("c_projectphase_id");
ALTER TABLE "project_line" ADD FOREIGN KEY ("c_projecttask_id") REFERENCES "project_task" ("c_projecttask_id");
ALTER TABLE "project_line" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "project_line" ADD FOREIGN KEY ("m_product_category_id") REFERENCES "product_category" ("m_product_category_id");
ALTER TABLE "project_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "project_line" ADD FOREIGN KEY ("m_production_id") REFERENCES "production" ("m_production_id");
ALTER TABLE "project_phase" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "project_phase" ADD FOREIGN KEY ("c_phase_id") REFERENCES "phase" ("c_phase_id");
ALTER TABLE "project_phase" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "project_phase" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "project_task" ADD FOREIGN KEY ("c_projectphase_id") REFERENCES "project_phase" ("c_projectphase_id");
ALTER TABLE "project_task" ADD FOREIGN KEY ("c_task_id") REFERENCES "c_task" ("c_task_id");
ALTER TABLE "project_task" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "quality_test_result" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "quality_test_result" ADD FOREIGN KEY ("m_qualitytest_id") REFERENCES "quality_test" ("m_qualitytest_id");
ALTER TABLE "ratio" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "ratio_element" ADD FOREIGN KEY ("account_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "ratio_element" ADD FOREIGN KEY ("pa_measurecalc_id") REFERENCES "measure_calc" ("pa_measurecalc_id");
ALTER TABLE "ratio_element" ADD FOREIGN KEY ("pa_ratioused_id") REFERENCES "ratio" ("pa_ratio_id");
ALTER TABLE "ratio_element" ADD FOREIGN KEY ("pa_ratio_id") REFERENCES "ratio" ("pa_ratio_id");
ALTER TABLE "recent_item" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "recent_item" ADD FOREIGN KEY ("ad_tab_id") REFERENCES "tab" ("ad_tab_id");
ALTER TABLE "recent_item" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "recent_item" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "recent_item" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "reconciliation" ADD FOREIGN KEY ("account_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "reconciliation" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "reconciliation" ADD FOREIGN KEY ("fact_acct_id") REFERENCES "acct" ("fact_acct_id");
ALTER TABLE "reconciliation_temp" ADD FOREIGN KEY ("ad_pinstance_id") REFERENCES "p_instance" ("ad_pinstance_id");
ALTER TABLE "record_access" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "record_access" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "recurring" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "recurring" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "recurring" ADD FOREIGN KEY ("c_payment_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "recurring" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "recurring" ADD FOREIGN KEY ("c_recurringgroup_id") REFERENCES "recurring_group" ("c_recurringgroup_id");
ALTER TABLE "recurring" ADD FOREIGN KEY ("gl_journalbatch_id") REFERENCES "journal_batch" ("gl_journalbatch_id");
ALTER TABLE "recurring_run" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "recurring_run" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "recurring_run" ADD FOREIGN KEY ("c_payment_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "recurring_run" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "recurring_run" ADD FOREIGN KEY ("c_recurring_id") REFERENCES "recurring" ("c_recurring_id");
ALTER TABLE "recurring_run" ADD FOREIGN KEY ("gl_journalbatch_id") REFERENCES "journal_batch" ("gl_journalbatch_id");
ALTER TABLE "ref_list" ADD FOREIGN KEY ("ad_reference_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "ref_table" ADD FOREIGN KEY ("ad_infowindow_id") REFERENCES "info_window" ("ad_infowindow_id");
ALTER TABLE "ref_table" ADD FOREIGN KEY ("ad_reference_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "ref_table" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "ref_table" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "reference" ADD FOREIGN KEY ("ad_element_id") REFERENCES "element" ("ad_element_id");
ALTER TABLE "region" ADD FOREIGN KEY ("c_country_id") REFERENCES "country" ("c_country_id");
ALTER TABLE "registered_device" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "registration" ADD FOREIGN KEY ("ad_system_id") REFERENCES "system" ("ad_system_id");
ALTER TABLE "registration" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "registration" ADD FOREIGN KEY ("c_location_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "registration_attribute" ADD FOREIGN KEY ("ad_reference_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "registration_attribute" ADD FOREIGN KEY ("ad_reference_value_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "registration_product" ADD FOREIGN KEY ("a_registrationattribute_id") REFERENCES "registration_attribute" ("a_registrationattribute_id");
ALTER TABLE "registration_product" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "registration_value" ADD FOREIGN KEY ("a_registrationattribute_id") REFERENCES "registration_attribute" ("a_registrationattribute_id");
ALTER TABLE "registration_value" ADD FOREIGN KEY ("a_registration_id") REFERENCES "a_registration" ("a_registration_id");
ALTER TABLE "related_product" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "related_product" ADD FOREIGN KEY ("relatedproduct_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "relation_type" ADD FOREIGN KEY ("ad_reference_source_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "relation_type" ADD FOREIGN KEY ("ad_reference_target_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "replenish" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "replenish" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "replenish" ADD FOREIGN KEY ("m_warehousesource_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "replenish" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "replenish_temp" ADD FOREIGN KEY ("ad_pinstance_id") REFERENCES "p_instance" ("ad_pinstance_id");
ALTER TABLE "replenish_temp" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "replenish_temp" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "replenish_temp" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "replenish_temp" ADD FOREIGN KEY ("m_warehousesource_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "replenish_temp" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "replication" ADD FOREIGN KEY ("ad_replicationstrategy_id") REFERENCES "replication_strategy" ("ad_replicationstrategy_id");
ALTER TABLE "replication_document" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "replication_document" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "replication_log" ADD FOREIGN KEY ("ad_replicationtable_id") REFERENCES "replication_table" ("ad_replicationtable_id");
ALTER TABLE "replication_log" ADD FOREIGN KEY ("ad_replication_run_id") REFERENCES "replication_run" ("ad_replication_run_id");
ALTER TABLE "replication_run" ADD FOREIGN KEY ("ad_replication_id") REFERENCES "replication" ("ad_replication_id");
ALTER TABLE "replication_strategy" ADD FOREIGN KEY ("exp_processor_id") REFERENCES "processor" ("exp_processor_id");
ALTER TABLE "replication_table" ADD FOREIGN KEY ("ad_replicationstrategy_id") REFERENCES "replication_strategy" ("ad_replicationstrategy_id");
ALTER TABLE "replication_table" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "report" ADD FOREIGN KEY ("ad_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "report" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "report" ADD FOREIGN KEY ("c_calendar_id") REFERENCES "calendar" ("c_calendar_id");
ALTER TABLE "report" ADD FOREIGN KEY ("jasperprocess_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "report" ADD FOREIGN KEY ("pa_reportcube_id") REFERENCES "report_cube" ("pa_reportcube_id");
ALTER TABLE "report" ADD FOREIGN KEY ("pa_reportlineset_id") REFERENCES "report_line_set" ("pa_reportlineset_id");
ALTER TABLE "report_column" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "report_column" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "report_column" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "report_column" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "report_column" ADD FOREIGN KEY ("c_elementvalue_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "report_column" ADD FOREIGN KEY ("c_location_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "report_column" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "report_column" ADD FOREIGN KEY ("c_salesregion_id") REFERENCES "sales_region" ("c_salesregion_id");
ALTER TABLE "report_column" ADD FOREIGN KEY ("gl_budget_id") REFERENCES "budget" ("gl_budget_id");
ALTER TABLE "report_column" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "report_cube" ADD FOREIGN KEY ("c_calendar_id") REFERENCES "calendar" ("c_calendar_id");
ALTER TABLE "report_line" ADD FOREIGN KEY ("gl_budget_id") REFERENCES "budget" ("gl_budget_id");
ALTER TABLE "report_line" ADD FOREIGN KEY ("oper_1_id") REFERENCES "report_line" ("pa_reportline_id");
ALTER TABLE "report_line" ADD FOREIGN KEY ("oper_2_id") REFERENCES "report_line" ("pa_reportline_id");
ALTER TABLE "report_line" ADD FOREIGN KEY ("pa_reportlineset_id") REFERENCES "report_line_set" ("pa_reportlineset_id");
ALTER TABLE "report_line_import" ADD FOREIGN KEY ("c_elementvalue_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "report_line_import" ADD FOREIGN KEY ("pa_reportlineset_id") REFERENCES "report_line_set" ("pa_reportlineset_id");
ALTER TABLE "report_line_import" ADD FOREIGN KEY ("pa_reportline_id") REFERENCES "report_line" ("pa_reportline_id");
ALTER TABLE "report_line_import" ADD FOREIGN KEY ("pa_reportsource_id") REFERENCES "report_source" ("pa_reportsource_id");
ALTER TABLE "report_source" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "report_source" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "report_source" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "report_source" ADD FOREIGN KEY ("c_elementvalue_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "report_source" ADD FOREIGN KEY ("c_location_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "report_source" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "report_source" ADD FOREIGN KEY ("c_salesregion_id") REFERENCES "sales_region" ("c_salesregion_id");
ALTER TABLE "report_source" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "report_source" ADD FOREIGN KEY ("pa_reportline_id") REFERENCES "report_line" ("pa_reportline_id");
ALTER TABLE "report_statement" ADD FOREIGN KEY ("ad_pinstance_id") REFERENCES "p_instance" ("ad_pinstance_id");
ALTER TABLE "report_statement" ADD FOREIGN KEY ("account_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "report_statement" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "report_statement" ADD FOREIGN KEY ("fact_acct_id") REFERENCES "acct" ("fact_acct_id");
ALTER TABLE "report_temp" ADD FOREIGN KEY ("ad_pinstance_id") REFERENCES "p_instance" ("ad_pinstance_id");
ALTER TABLE "report_temp" ADD FOREIGN KEY ("pa_reportline_id") REFERENCES "report_line" ("pa_reportline_id");
ALTER TABLE "report_view" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "report_view_col" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "report_view_col" ADD FOREIGN KEY ("ad_reportview_id") REFERENCES "report_view" ("ad_reportview_id");
ALTER TABLE "report_view_column" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "report_view_column" ADD FOREIGN KEY ("ad_reportview_id") REFERENCES "report_view" ("ad_reportview_id");
ALTER TABLE "request" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "request" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "request" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "request" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "request" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "request" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "request" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "request" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "request" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "request" ADD FOREIGN KEY ("c_invoicerequest_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "request" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "request" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "request" ADD FOREIGN KEY ("c_payment_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "request" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "request" ADD FOREIGN KEY ("m_changerequest_id") REFERENCES "change_request" ("m_changerequest_id");
ALTER TABLE "request" ADD FOREIGN KEY ("m_fixchangenotice_id") REFERENCES "change_notice" ("m_changenotice_id");
ALTER TABLE "request" ADD FOREIGN KEY ("m_inout_id") REFERENCES "in_out" ("m_inout_id");
ALTER TABLE "request" ADD FOREIGN KEY ("m_productspent_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "request" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "request" ADD FOREIGN KEY ("m_rma_id") REFERENCES "rma" ("m_rma_id");
ALTER TABLE "request" ADD FOREIGN KEY ("r_category_id") REFERENCES "category" ("r_category_id");
ALTER TABLE "request" ADD FOREIGN KEY ("r_group_id") REFERENCES "group" ("r_group_id");
ALTER TABLE "request" ADD FOREIGN KEY ("r_mailtext_id") REFERENCES "mail_text" ("r_mailtext_id");
ALTER TABLE "request" ADD FOREIGN KEY ("r_requestrelated_id") REFERENCES "request" ("r_request_id");
ALTER TABLE "request" ADD FOREIGN KEY ("r_requesttype_id") REFERENCES "request_type" ("r_requesttype_id");
ALTER TABLE "request" ADD FOREIGN KEY ("r_resolution_id") REFERENCES "resolution" ("r_resolution_id");
ALTER TABLE "request" ADD FOREIGN KEY ("r_standardresponse_id") REFERENCES "standard_response" ("r_standardresponse_id");
ALTER TABLE "request" ADD FOREIGN KEY ("r_status_id") REFERENCES "status" ("r_status_id");
ALTER TABLE "request" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "request_action" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "request_action" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "request_action" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "request_action" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "request_action" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "request_action" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "request_action" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "request_action" ADD FOREIGN KEY ("c_payment_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "request_action" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "request_action" ADD FOREIGN KEY ("m_inout_id") REFERENCES "in_out" ("m_inout_id");
ALTER TABLE "request_action" ADD FOREIGN KEY ("m_productspent_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "request_action" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "request_action" ADD FOREIGN KEY ("m_rma_id") REFERENCES "rma" ("m_rma_id");
ALTER TABLE "request_action" ADD FOREIGN KEY ("r_category_id") REFERENCES "category" ("r_category_id");
ALTER TABLE "request_action" ADD FOREIGN KEY ("r_group_id") REFERENCES "group" ("r_group_id");
ALTER TABLE "request_action" ADD FOREIGN KEY ("r_requesttype_id") REFERENCES "request_type" ("r_requesttype_id");
ALTER TABLE "request_action" ADD FOREIGN KEY ("r_request_id") REFERENCES "request" ("r_request_id");
ALTER TABLE "request_action" ADD FOREIGN KEY ("r_resolution_id") REFERENCES "resolution" ("r_resolution_id");
ALTER TABLE "request_action" ADD FOREIGN KEY ("r_status_id") REFERENCES "status" ("r_status_id");
ALTER TABLE "request_action" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "request_processor" ADD FOREIGN KEY ("ad_schedule_id") REFERENCES "schedule" ("ad_schedule_id");
ALTER TABLE "request_processor" ADD FOREIGN KEY ("r_requesttype_id") REFERENCES "request_type" ("r_requesttype_id");
ALTER TABLE "request_processor" ADD FOREIGN KEY ("supervisor_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "request_processor_log" ADD FOREIGN KEY ("r_requestprocessor_id") REFERENCES "request_processor" ("r_requestprocessor_id");
ALTER TABLE "request_processor_route" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "request_processor_route" ADD FOREIGN KEY ("r_requestprocessor_id") REFERENCES "request_processor" ("r_requestprocessor_id");
ALTER TABLE "request_processor_route" ADD FOREIGN KEY ("r_requesttype_id") REFERENCES "request_type" ("r_requesttype_id");
ALTER TABLE "request_type" ADD FOREIGN KEY ("r_statuscategory_id") REFERENCES "status_category" ("r_statuscategory_id");
ALTER TABLE "request_type_updates" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "request_type_updates" ADD FOREIGN KEY ("r_requesttype_id") REFERENCES "request_type" ("r_requesttype_id");
ALTER TABLE "request_update" ADD FOREIGN KEY ("m_productspent_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "request_update" ADD FOREIGN KEY ("r_request_id") REFERENCES "request" ("r_request_id");
ALTER TABLE "request_updates" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "request_updates" ADD FOREIGN KEY ("r_request_id") REFERENCES "request" ("r_request_id");
ALTER TABLE "requisition" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "requisition" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "requisition" ADD FOREIGN KEY ("m_pricelist_id") REFERENCES "price_list" ("m_pricelist_id");
ALTER TABLE "requisition" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "requisition_line" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "requisition_line" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "requisition_line" ADD FOREIGN KEY ("c_orderline_id") REFERENCES "order_line" ("c_orderline_id");
ALTER TABLE "requisition_line" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "requisition_line" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "requisition_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "requisition_line" ADD FOREIGN KEY ("m_requisition_id") REFERENCES "requisition" ("m_requisition_id");
ALTER TABLE "resource" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "resource" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "resource" ADD FOREIGN KEY ("s_resourcetype_id") REFERENCES "resource_type" ("s_resourcetype_id");
ALTER TABLE "resource_assignment" ADD FOREIGN KEY ("s_resource_id") REFERENCES "resource" ("s_resource_id");
ALTER TABLE "resource_type" ADD FOREIGN KEY ("c_taxcategory_id") REFERENCES "tax_category" ("c_taxcategory_id");
ALTER TABLE "resource_type" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "resource_type" ADD FOREIGN KEY ("m_product_category_id") REFERENCES "product_category" ("m_product_category_id");
ALTER TABLE "resource_un_available" ADD FOREIGN KEY ("s_resource_id") REFERENCES "resource" ("s_resource_id");
ALTER TABLE "revenue_recog_service" ADD FOREIGN KEY ("c_revenuerecognition_id") REFERENCES "revenue_recognition" ("c_revenuerecognition_id");
ALTER TABLE "revenue_recognition_plan" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "revenue_recognition_plan" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "revenue_recognition_plan" ADD FOREIGN KEY ("c_invoiceline_id") REFERENCES "invoice_line" ("c_invoiceline_id");
ALTER TABLE "revenue_recognition_plan" ADD FOREIGN KEY ("c_revenuerecognition_id") REFERENCES "revenue_recognition" ("c_revenuerecognition_id");
ALTER TABLE "revenue_recognition_run" ADD FOREIGN KEY ("c_revenuerecog_service_id") REFERENCES "revenue_recog_service" ("c_revenuerecog_service_id");
ALTER TABLE "revenue_recognition_run" ADD FOREIGN KEY ("c_revenuerecognition_plan_id") REFERENCES "revenue_recognition_plan" ("c_revenuerecognition_plan_id");
ALTER TABLE "revenue_recognition_run" ADD FOREIGN KEY ("gl_journal_id") REFERENCES "journal" ("gl_journal_id");
ALTER TABLE "rf_q" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "rf_q" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "rf_q" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "rf_q" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "rf_q" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "rf_q" ADD FOREIGN KEY ("c_rfq_topic_id") REFERENCES "rf_q_topic" ("c_rfq_topic_id");
ALTER TABLE "rf_q" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "rf_q_line" ADD FOREIGN KEY ("c_rfq_id") REFERENCES "rf_q" ("c_rfq_id");
ALTER TABLE "rf_q_line" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "rf_q_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "rf_q_line_qty" ADD FOREIGN KEY ("c_rfqline_id") REFERENCES "rf_q_line" ("c_rfqline_id");
ALTER TABLE "rf_q_line_qty" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "rf_q_response" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "rf_q_response" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "rf_q_response" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "rf_q_response" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "rf_q_response" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "rf_q_response" ADD FOREIGN KEY ("c_rfq_id") REFERENCES "rf_q" ("c_rfq_id");
ALTER TABLE "rf_q_response_line" ADD FOREIGN KEY ("c_rfqline_id") REFERENCES "rf_q_line" ("c_rfqline_id");
ALTER TABLE "rf_q_response_line" ADD FOREIGN KEY ("c_rfqresponse_id") REFERENCES "rf_q_response" ("c_rfqresponse_id");
ALTER TABLE "rf_q_response_line_qty" ADD FOREIGN KEY ("c_rfqlineqty_id") REFERENCES "rf_q_line_qty" ("c_rfqlineqty_id");
ALTER TABLE "rf_q_response_line_qty" ADD FOREIGN KEY ("c_rfqresponseline_id") REFERENCES "rf_q_response_line" ("c_rfqresponseline_id");
ALTER TABLE "rf_q_topic" ADD FOREIGN KEY ("ad_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "rf_q_topic_subscriber" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "rf_q_topic_subscriber" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "rf_q_topic_subscriber" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "rf_q_topic_subscriber" ADD FOREIGN KEY ("c_rfq_topic_id") REFERENCES "rf_q_topic" ("c_rfq_topic_id");
ALTER TABLE "rf_q_topic_subscriber_only" ADD FOREIGN KEY ("c_rfq_topicsubscriber_id") REFERENCES "rf_q_topic_subscriber" ("c_rfq_topicsubscriber_id");
ALTER TABLE "rf_q_topic_subscriber_only" ADD FOREIGN KEY ("m_product_category_id") REFERENCES "product_category" ("m_product_category_id");
ALTER TABLE "rf_q_topic_subscriber_only" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "rma" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "rma" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "rma" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "rma" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "rma" ADD FOREIGN KEY ("inout_id") REFERENCES "in_out" ("m_inout_id");
ALTER TABLE "rma" ADD FOREIGN KEY ("m_rmatype_id") REFERENCES "rma_type" ("m_rmatype_id");
ALTER TABLE "rma" ADD FOREIGN KEY ("ref_rma_id") REFERENCES "rma" ("m_rma_id");
ALTER TABLE "rma" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "rma_line" ADD FOREIGN KEY ("c_charge_id") REFERENCES "charge" ("c_charge_id");
ALTER TABLE "rma_line" ADD FOREIGN KEY ("c_costcenter_id") REFERENCES "cost_center" ("c_costcenter_id");
ALTER TABLE "rma_line" ADD FOREIGN KEY ("c_department_id") REFERENCES "department" ("c_department_id");
ALTER TABLE "rma_line" ADD FOREIGN KEY ("c_tax_id") REFERENCES "tax" ("c_tax_id");
ALTER TABLE "rma_line" ADD FOREIGN KEY ("m_inoutline_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "rma_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "rma_line" ADD FOREIGN KEY ("m_rma_id") REFERENCES "rma" ("m_rma_id");
ALTER TABLE "rma_line" ADD FOREIGN KEY ("ref_rmaline_id") REFERENCES "rma_line" ("m_rmaline_id");
ALTER TABLE "rma_tax" ADD FOREIGN KEY ("c_taxprovider_id") REFERENCES "tax_provider" ("c_taxprovider_id");
ALTER TABLE "rma_tax" ADD FOREIGN KEY ("c_tax_id") REFERENCES "tax" ("c_tax_id");
ALTER TABLE "rma_tax" ADD FOREIGN KEY ("m_rma_id") REFERENCES "rma" ("m_rma_id");
ALTER TABLE "role" ADD FOREIGN KEY ("ad_tree_menu_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "role" ADD FOREIGN KEY ("ad_tree_org_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "role" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "role" ADD FOREIGN KEY ("supervisor_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "role_included" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "role_included" ADD FOREIGN KEY ("included_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "role_menu" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "role_menu" ADD FOREIGN KEY ("u_webmenu_id") REFERENCES "web_menu" ("u_webmenu_id");
ALTER TABLE "role_org_access" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("ad_user_c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("ad_user_c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("bpartner_parent_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("c_bp_c_taxgroup_id") REFERENCES "tax_group" ("c_taxgroup_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("c_bp_group_id") REFERENCES "bp_group" ("c_bp_group_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("c_bp_location_c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("c_bp_location_c_location_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("c_bp_location_salesregion_id") REFERENCES "sales_region" ("c_salesregion_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("c_city_id") REFERENCES "city" ("c_city_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("c_country_c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("c_country_id") REFERENCES "country" ("c_country_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("c_dunning_id") REFERENCES "dunning" ("c_dunning_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("c_greeting_id") REFERENCES "greeting" ("c_greeting_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("c_invoiceschedule_id") REFERENCES "invoice_schedule" ("c_invoiceschedule_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("c_location_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("c_paymentterm_id") REFERENCES "payment_term" ("c_paymentterm_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("c_region_id") REFERENCES "region" ("c_region_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("invoice_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("m_discountschema_id") REFERENCES "discount_schema" ("m_discountschema_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("m_pricelist_id") REFERENCES "price_list" ("m_pricelist_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("po_discountschema_id") REFERENCES "discount_schema" ("m_discountschema_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("po_paymentterm_id") REFERENCES "payment_term" ("c_paymentterm_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("po_pricelist_id") REFERENCES "price_list" ("m_pricelist_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "rv_b_partner" ADD FOREIGN KEY ("supervisor_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "sales_pipeline_stage" ADD FOREIGN KEY ("c_salespipeline_id") REFERENCES "sales_pipeline" ("c_salespipeline_id");
ALTER TABLE "sales_pipeline_stage" ADD FOREIGN KEY ("c_salesstage_id") REFERENCES "sales_stage" ("c_salesstage_id");
ALTER TABLE "sales_region" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "scheduler" ADD FOREIGN KEY ("ad_printformat_id") REFERENCES "print_format" ("ad_printformat_id");
ALTER TABLE "scheduler" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "scheduler" ADD FOREIGN KEY ("ad_schedule_id") REFERENCES "schedule" ("ad_schedule_id");
ALTER TABLE "scheduler" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "scheduler" ADD FOREIGN KEY ("r_mailtext_id") REFERENCES "mail_text" ("r_mailtext_id");
ALTER TABLE "scheduler" ADD FOREIGN KEY ("supervisor_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "scheduler_log" ADD FOREIGN KEY ("ad_scheduler_id") REFERENCES "scheduler" ("ad_scheduler_id");
ALTER TABLE "scheduler_para" ADD FOREIGN KEY ("ad_process_para_id") REFERENCES "process_para" ("ad_process_para_id");
ALTER TABLE "scheduler_para" ADD FOREIGN KEY ("ad_scheduler_id") REFERENCES "scheduler" ("ad_scheduler_id");
ALTER TABLE "scheduler_recipient" ADD FOREIGN KEY ("ad_authorizationaccount_id") REFERENCES "authorization_account" ("ad_authorizationaccount_id");
ALTER TABLE "scheduler_recipient" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "scheduler_recipient" ADD FOREIGN KEY ("ad_scheduler_id") REFERENCES "scheduler" ("ad_scheduler_id");
ALTER TABLE "scheduler_recipient" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "search_definition" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "search_definition" ADD FOREIGN KEY ("ad_message_id") REFERENCES "message" ("ad_message_id");
ALTER TABLE "search_definition" ADD FOREIGN KEY ("ad_style_id") REFERENCES "style" ("ad_style_id");
ALTER TABLE "search_definition" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "search_definition" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "search_definition" ADD FOREIGN KEY ("po_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "seller" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "seller_funds" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "seller_funds" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "seller_funds" ADD FOREIGN KEY ("c_payment_id") REFERENCES "payment" ("c_payment_id");
ALTER TABLE "sequence_audit" ADD FOREIGN KEY ("ad_sequence_id") REFERENCES "sequence" ("ad_sequence_id");
ALTER TABLE "sequence_audit" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "sequence_no" ADD FOREIGN KEY ("ad_sequence_id") REFERENCES "sequence" ("ad_sequence_id");
ALTER TABLE "ser_no_ctl_exclude" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "ser_no_ctl_exclude" ADD FOREIGN KEY ("m_sernoctl_id") REFERENCES "ser_no_ctl" ("m_sernoctl_id");
ALTER TABLE "service_level" ADD FOREIGN KEY ("c_revenuerecognition_plan_id") REFERENCES "revenue_recognition_plan" ("c_revenuerecognition_plan_id");
ALTER TABLE "service_level" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "service_level_line" ADD FOREIGN KEY ("c_servicelevel_id") REFERENCES "service_level" ("c_servicelevel_id");
ALTER TABLE "session" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "shipper" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "shipper" ADD FOREIGN KEY ("m_shippercfg_id") REFERENCES "shipper_cfg" ("m_shippercfg_id");
ALTER TABLE "shipper" ADD FOREIGN KEY ("m_shippingprocessor_id") REFERENCES "shipping_processor" ("m_shippingprocessor_id");
ALTER TABLE "shipper_cfg" ADD FOREIGN KEY ("m_shippingprocessorcfg_id") REFERENCES "shipping_processor_cfg" ("m_shippingprocessorcfg_id");
ALTER TABLE "shipper_labels" ADD FOREIGN KEY ("m_shipperlabelscfg_id") REFERENCES "shipper_labels_cfg" ("m_shipperlabelscfg_id");
ALTER TABLE "shipper_labels" ADD FOREIGN KEY ("m_shipper_id") REFERENCES "shipper" ("m_shipper_id");
ALTER TABLE "shipper_labels_cfg" ADD FOREIGN KEY ("m_shippercfg_id") REFERENCES "shipper_cfg" ("m_shippercfg_id");
ALTER TABLE "shipper_packaging" ADD FOREIGN KEY ("m_shipperpackagingcfg_id") REFERENCES "shipper_packaging_cfg" ("m_shipperpackagingcfg_id");
ALTER TABLE "shipper_packaging" ADD FOREIGN KEY ("m_shipper_id") REFERENCES "shipper" ("m_shipper_id");
ALTER TABLE "shipper_packaging_cfg" ADD FOREIGN KEY ("m_shippercfg_id") REFERENCES "shipper_cfg" ("m_shippercfg_id");
ALTER TABLE "shipper_pickup_types" ADD FOREIGN KEY ("m_shipperpickuptypescfg_id") REFERENCES "shipper_pickup_types_cfg" ("m_shipperpickuptypescfg_id");
ALTER TABLE "shipper_pickup_types" ADD FOREIGN KEY ("m_shipper_id") REFERENCES "shipper" ("m_shipper_id");
ALTER TABLE "shipper_pickup_types_cfg" ADD FOREIGN KEY ("m_shippercfg_id") REFERENCES "shipper_cfg" ("m_shippercfg_id");
ALTER TABLE "shipping_processor" ADD FOREIGN KEY ("m_shippingprocessorcfg_id") REFERENCES "shipping_processor_cfg" ("m_shippingprocessorcfg_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("bill_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("c_bp_shippingacct_id") REFERENCES "bp_shipping_acct" ("c_bp_shippingacct_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("c_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("c_uom_length_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("c_uom_weight_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("holdaddress_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("m_inout_id") REFERENCES "in_out" ("m_inout_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("m_package_id") REFERENCES "package" ("m_package_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("m_shipperlabels_id") REFERENCES "shipper_labels" ("m_shipperlabels_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("m_shipperpackaging_id") REFERENCES "shipper_packaging" ("m_shipperpackaging_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("m_shipperpickuptypes_id") REFERENCES "shipper_pickup_types" ("m_shipperpickuptypes_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("m_shipper_id") REFERENCES "shipper" ("m_shipper_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("m_shippingprocessor_id") REFERENCES "shipping_processor" ("m_shippingprocessor_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("returnbpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("returnlocation_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("returnuser_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "shipping_transaction" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "shipping_transaction_line" ADD FOREIGN KEY ("c_uom_length_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "shipping_transaction_line" ADD FOREIGN KEY ("c_uom_weight_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "shipping_transaction_line" ADD FOREIGN KEY ("m_packagemps_id") REFERENCES "package_mps" ("m_packagemps_id");
ALTER TABLE "shipping_transaction_line" ADD FOREIGN KEY ("m_shippingtransaction_id") REFERENCES "shipping_transaction" ("m_shippingtransaction_id");
ALTER TABLE "sla_goal" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "sla_goal" ADD FOREIGN KEY ("pa_sla_criteria_id") REFERENCES "sla_criteria" ("pa_sla_criteria_id");
ALTER TABLE "sla_measure" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "sla_measure" ADD FOREIGN KEY ("pa_sla_goal_id") REFERENCES "sla_goal" ("pa_sla_goal_id");
ALTER TABLE "specification" ADD FOREIGN KEY ("ad_workflow_id") REFERENCES "workflow" ("ad_workflow_id");
ALTER TABLE "specification" ADD FOREIGN KEY ("m_attributeset_id") REFERENCES "attribute_set" ("m_attributeset_id");
ALTER TABLE "specification" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "specification" ADD FOREIGN KEY ("pp_product_bom_id") REFERENCES "product_bom" ("pp_product_bom_id");
ALTER TABLE "specification_line" ADD FOREIGN KEY ("m_attribute_id") REFERENCES "m_attribute" ("m_attribute_id");
ALTER TABLE "specification_line" ADD FOREIGN KEY ("qm_specification_id") REFERENCES "specification" ("qm_specification_id");
ALTER TABLE "status" ADD FOREIGN KEY ("next_status_id") REFERENCES "status" ("r_status_id");
ALTER TABLE "status" ADD FOREIGN KEY ("r_statuscategory_id") REFERENCES "status_category" ("r_statuscategory_id");
ALTER TABLE "status" ADD FOREIGN KEY ("update_status_id") REFERENCES "status" ("r_status_id");
ALTER TABLE "status_line" ADD FOREIGN KEY ("ad_message_id") REFERENCES "message" ("ad_message_id");
ALTER TABLE "status_line" ADD FOREIGN KEY ("ad_style_id") REFERENCES "style" ("ad_style_id");
ALTER TABLE "status_line_used_in" ADD FOREIGN KEY ("ad_infowindow_id") REFERENCES "info_window" ("ad_infowindow_id");
ALTER TABLE "status_line_used_in" ADD FOREIGN KEY ("ad_statusline_id") REFERENCES "status_line" ("ad_statusline_id");
ALTER TABLE "status_line_used_in" ADD FOREIGN KEY ("ad_tab_id") REFERENCES "tab" ("ad_tab_id");
ALTER TABLE "status_line_used_in" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "status_line_used_in" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "storage_on_hand" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "storage_on_hand" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "storage_on_hand" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "storage_reservation" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "storage_reservation" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "storage_reservation" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "storage_reservation_log" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "storage_reservation_log" ADD FOREIGN KEY ("c_doctype_id") REFERENCES "doc_type" ("c_doctype_id");
ALTER TABLE "storage_reservation_log" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "storage_reservation_log" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "storage_reservation_log" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "style_line" ADD FOREIGN KEY ("ad_style_id") REFERENCES "style" ("ad_style_id");
ALTER TABLE "sub_acct" ADD FOREIGN KEY ("c_elementvalue_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "subscription" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "subscription" ADD FOREIGN KEY ("c_subscriptiontype_id") REFERENCES "subscription_type" ("c_subscriptiontype_id");
ALTER TABLE "subscription" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "subscription_delivery" ADD FOREIGN KEY ("c_subscription_id") REFERENCES "subscription" ("c_subscription_id");
ALTER TABLE "substitute" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "substitute" ADD FOREIGN KEY ("substitute_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "tab" ADD FOREIGN KEY ("ad_columnsortorder_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "tab" ADD FOREIGN KEY ("ad_columnsortyesno_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "tab" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "tab" ADD FOREIGN KEY ("ad_ctxhelp_id") REFERENCES "ctx_help" ("ad_ctxhelp_id");
ALTER TABLE "tab" ADD FOREIGN KEY ("ad_image_id") REFERENCES "image" ("ad_image_id");
ALTER TABLE "tab" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "tab" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "tab" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "tab" ADD FOREIGN KEY ("included_tab_id") REFERENCES "tab" ("ad_tab_id");
ALTER TABLE "tab" ADD FOREIGN KEY ("parent_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "tab_customization" ADD FOREIGN KEY ("ad_tab_id") REFERENCES "tab" ("ad_tab_id");
ALTER TABLE "tab_customization" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "table" ADD FOREIGN KEY ("ad_val_rule_id") REFERENCES "val_rule" ("ad_val_rule_id");
ALTER TABLE "table" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "table" ADD FOREIGN KEY ("po_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "table_access" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "table_access" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "table_attribute" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "table_attribute" ADD FOREIGN KEY ("m_attributevalue_id") REFERENCES "m_attribute_value" ("m_attributevalue_id");
ALTER TABLE "table_attribute" ADD FOREIGN KEY ("m_attribute_id") REFERENCES "m_attribute" ("m_attribute_id");
ALTER TABLE "table_attribute_set" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "table_attribute_set" ADD FOREIGN KEY ("m_attributeset_id") REFERENCES "attribute_set" ("m_attributeset_id");
ALTER TABLE "table_index" ADD FOREIGN KEY ("ad_message_id") REFERENCES "message" ("ad_message_id");
ALTER TABLE "table_index" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "table_partition" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "table_partition" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "table_partition" ADD FOREIGN KEY ("parent_tablepartition_id") REFERENCES "table_partition" ("ad_tablepartition_id");
ALTER TABLE "table_script_validator" ADD FOREIGN KEY ("ad_rule_id") REFERENCES "rule" ("ad_rule_id");
ALTER TABLE "table_script_validator" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "table_val_rule" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "table_val_rule" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "table_val_rule" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "task" ADD FOREIGN KEY ("ad_ctxhelp_id") REFERENCES "ctx_help" ("ad_ctxhelp_id");
ALTER TABLE "task_access" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "task_access" ADD FOREIGN KEY ("ad_task_id") REFERENCES "task" ("ad_task_id");
ALTER TABLE "tax" ADD FOREIGN KEY ("ad_rule_id") REFERENCES "rule" ("ad_rule_id");
ALTER TABLE "tax" ADD FOREIGN KEY ("c_countrygroupfrom_id") REFERENCES "country_group" ("c_countrygroup_id");
ALTER TABLE "tax" ADD FOREIGN KEY ("c_countrygroupto_id") REFERENCES "country_group" ("c_countrygroup_id");
ALTER TABLE "tax" ADD FOREIGN KEY ("c_region_id") REFERENCES "region" ("c_region_id");
ALTER TABLE "tax" ADD FOREIGN KEY ("c_taxcategory_id") REFERENCES "tax_category" ("c_taxcategory_id");
ALTER TABLE "tax" ADD FOREIGN KEY ("c_taxprovider_id") REFERENCES "tax_provider" ("c_taxprovider_id");
ALTER TABLE "tax" ADD FOREIGN KEY ("parent_tax_id") REFERENCES "tax" ("c_tax_id");
ALTER TABLE "tax" ADD FOREIGN KEY ("to_region_id") REFERENCES "region" ("c_region_id");
ALTER TABLE "tax_acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "tax_acct" ADD FOREIGN KEY ("c_tax_id") REFERENCES "tax" ("c_tax_id");
ALTER TABLE "tax_declaration_acct" ADD FOREIGN KEY ("account_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "tax_declaration_acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "tax_declaration_acct" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "tax_declaration_acct" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "tax_declaration_acct" ADD FOREIGN KEY ("c_taxdeclaration_id") REFERENCES "tax_declaration" ("c_taxdeclaration_id");
ALTER TABLE "tax_declaration_acct" ADD FOREIGN KEY ("c_tax_id") REFERENCES "tax" ("c_tax_id");
ALTER TABLE "tax_declaration_acct" ADD FOREIGN KEY ("fact_acct_id") REFERENCES "acct" ("fact_acct_id");
ALTER TABLE "tax_declaration_line" ADD FOREIGN KEY ("c_allocationline_id") REFERENCES "allocation_line" ("c_allocationline_id");
ALTER TABLE "tax_declaration_line" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "tax_declaration_line" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "tax_declaration_line" ADD FOREIGN KEY ("c_invoiceline_id") REFERENCES "invoice_line" ("c_invoiceline_id");
ALTER TABLE "tax_declaration_line" ADD FOREIGN KEY ("c_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "tax_declaration_line" ADD FOREIGN KEY ("c_taxdeclaration_id") REFERENCES "tax_declaration" ("c_taxdeclaration_id");
ALTER TABLE "tax_declaration_line" ADD FOREIGN KEY ("c_tax_id") REFERENCES "tax" ("c_tax_id");
ALTER TABLE "tax_definition" ADD FOREIGN KEY ("ad_orgtype_id") REFERENCES "org_type" ("ad_orgtype_id");
ALTER TABLE "tax_definition" ADD FOREIGN KEY ("c_bp_group_id") REFERENCES "bp_group" ("c_bp_group_id");
ALTER TABLE "tax_definition" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "tax_definition" ADD FOREIGN KEY ("c_taxbase_id") REFERENCES "tax_base" ("c_taxbase_id");
ALTER TABLE "tax_definition" ADD FOREIGN KEY ("c_taxcategory_id") REFERENCES "tax_category" ("c_taxcategory_id");
ALTER TABLE "tax_definition" ADD FOREIGN KEY ("c_taxgroup_id") REFERENCES "tax_group" ("c_taxgroup_id");
ALTER TABLE "tax_definition" ADD FOREIGN KEY ("c_taxtype_id") REFERENCES "tax_type" ("c_taxtype_id");
ALTER TABLE "tax_definition" ADD FOREIGN KEY ("c_tax_id") REFERENCES "tax" ("c_tax_id");
ALTER TABLE "tax_definition" ADD FOREIGN KEY ("m_product_category_id") REFERENCES "product_category" ("m_product_category_id");
ALTER TABLE "tax_definition" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "tax_postal" ADD FOREIGN KEY ("c_tax_id") REFERENCES "tax" ("c_tax_id");
ALTER TABLE "tax_provider" ADD FOREIGN KEY ("c_taxprovidercfg_id") REFERENCES "tax_provider_cfg" ("c_taxprovidercfg_id");
ALTER TABLE "time_expense" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "time_expense" ADD FOREIGN KEY ("m_pricelist_id") REFERENCES "price_list" ("m_pricelist_id");
ALTER TABLE "time_expense" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "time_expense_line" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "time_expense_line" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "time_expense_line" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "time_expense_line" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "time_expense_line" ADD FOREIGN KEY ("c_invoiceline_id") REFERENCES "invoice_line" ("c_invoiceline_id");
ALTER TABLE "time_expense_line" ADD FOREIGN KEY ("c_orderline_id") REFERENCES "order_line" ("c_orderline_id");
ALTER TABLE "time_expense_line" ADD FOREIGN KEY ("c_projectphase_id") REFERENCES "project_phase" ("c_projectphase_id");
ALTER TABLE "time_expense_line" ADD FOREIGN KEY ("c_projecttask_id") REFERENCES "project_task" ("c_projecttask_id");
ALTER TABLE "time_expense_line" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "time_expense_line" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "time_expense_line" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "time_expense_line" ADD FOREIGN KEY ("s_timeexpense_id") REFERENCES "time_expense" ("s_timeexpense_id");
ALTER TABLE "time_expense_line" ADD FOREIGN KEY ("s_timetype_id") REFERENCES "time_type" ("s_timetype_id");
ALTER TABLE "tool_bar_button" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "tool_bar_button" ADD FOREIGN KEY ("ad_tab_id") REFERENCES "tab" ("ad_tab_id");
ALTER TABLE "tool_bar_button_restrict" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "tool_bar_button_restrict" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "tool_bar_button_restrict" ADD FOREIGN KEY ("ad_tab_id") REFERENCES "tab" ("ad_tab_id");
ALTER TABLE "tool_bar_button_restrict" ADD FOREIGN KEY ("ad_toolbarbutton_id") REFERENCES "tool_bar_button" ("ad_toolbarbutton_id");
ALTER TABLE "tool_bar_button_restrict" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "topic" ADD FOREIGN KEY ("b_topiccategory_id") REFERENCES "topic_category" ("b_topiccategory_id");
ALTER TABLE "topic" ADD FOREIGN KEY ("b_topictype_id") REFERENCES "topic_type" ("b_topictype_id");
ALTER TABLE "topic_category" ADD FOREIGN KEY ("b_topictype_id") REFERENCES "topic_type" ("b_topictype_id");
ALTER TABLE "topic_type" ADD FOREIGN KEY ("m_pricelist_id") REFERENCES "price_list" ("m_pricelist_id");
ALTER TABLE "topic_type" ADD FOREIGN KEY ("m_productmember_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "topic_type" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "training" ADD FOREIGN KEY ("c_taxcategory_id") REFERENCES "tax_category" ("c_taxcategory_id");
ALTER TABLE "training" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "training" ADD FOREIGN KEY ("m_product_category_id") REFERENCES "product_category" ("m_product_category_id");
ALTER TABLE "training_class" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "training_class" ADD FOREIGN KEY ("s_training_id") REFERENCES "training" ("s_training_id");
ALTER TABLE "transaction" ADD FOREIGN KEY ("c_projectissue_id") REFERENCES "project_issue" ("c_projectissue_id");
ALTER TABLE "transaction" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "transaction" ADD FOREIGN KEY ("m_inoutline_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "transaction" ADD FOREIGN KEY ("m_inventoryline_id") REFERENCES "inventory_line" ("m_inventoryline_id");
ALTER TABLE "transaction" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "transaction" ADD FOREIGN KEY ("m_movementline_id") REFERENCES "movement_line" ("m_movementline_id");
ALTER TABLE "transaction" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "transaction" ADD FOREIGN KEY ("m_productionline_id") REFERENCES "production_line" ("m_productionline_id");
ALTER TABLE "transaction" ADD FOREIGN KEY ("pp_cost_collector_id") REFERENCES "cost_collector" ("pp_cost_collector_id");
ALTER TABLE "transaction_allocation" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "transaction_allocation" ADD FOREIGN KEY ("m_inoutline_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "transaction_allocation" ADD FOREIGN KEY ("m_inventoryline_id") REFERENCES "inventory_line" ("m_inventoryline_id");
ALTER TABLE "transaction_allocation" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "transaction_allocation" ADD FOREIGN KEY ("m_productionline_id") REFERENCES "production_line" ("m_productionline_id");
ALTER TABLE "transaction_allocation" ADD FOREIGN KEY ("m_transaction_id") REFERENCES "transaction" ("m_transaction_id");
ALTER TABLE "transaction_allocation" ADD FOREIGN KEY ("out_m_inoutline_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "transaction_allocation" ADD FOREIGN KEY ("out_m_inventoryline_id") REFERENCES "inventory_line" ("m_inventoryline_id");
ALTER TABLE "transaction_allocation" ADD FOREIGN KEY ("out_m_productionline_id") REFERENCES "production_line" ("m_productionline_id");
ALTER TABLE "transaction_allocation" ADD FOREIGN KEY ("out_m_transaction_id") REFERENCES "transaction" ("m_transaction_id");
ALTER TABLE "transaction_temp" ADD FOREIGN KEY ("ad_pinstance_id") REFERENCES "p_instance" ("ad_pinstance_id");
ALTER TABLE "transaction_temp" ADD FOREIGN KEY ("c_projectissue_id") REFERENCES "project_issue" ("c_projectissue_id");
ALTER TABLE "transaction_temp" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "transaction_temp" ADD FOREIGN KEY ("m_attributesetinstance_id") REFERENCES "attribute_set_instance" ("m_attributesetinstance_id");
ALTER TABLE "transaction_temp" ADD FOREIGN KEY ("m_inoutline_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "transaction_temp" ADD FOREIGN KEY ("m_inout_id") REFERENCES "in_out" ("m_inout_id");
ALTER TABLE "transaction_temp" ADD FOREIGN KEY ("m_inventoryline_id") REFERENCES "inventory_line" ("m_inventoryline_id");
ALTER TABLE "transaction_temp" ADD FOREIGN KEY ("m_inventory_id") REFERENCES "inventory" ("m_inventory_id");
ALTER TABLE "transaction_temp" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "transaction_temp" ADD FOREIGN KEY ("m_movementline_id") REFERENCES "movement_line" ("m_movementline_id");
ALTER TABLE "transaction_temp" ADD FOREIGN KEY ("m_movement_id") REFERENCES "movement" ("m_movement_id");
ALTER TABLE "transaction_temp" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "transaction_temp" ADD FOREIGN KEY ("m_productionline_id") REFERENCES "production_line" ("m_productionline_id");
ALTER TABLE "transaction_temp" ADD FOREIGN KEY ("m_production_id") REFERENCES "production" ("m_production_id");
ALTER TABLE "transaction_temp" ADD FOREIGN KEY ("m_transaction_id") REFERENCES "transaction" ("m_transaction_id");
ALTER TABLE "transaction_temp" ADD FOREIGN KEY ("search_inout_id") REFERENCES "in_out_line" ("m_inoutline_id");
ALTER TABLE "transaction_temp" ADD FOREIGN KEY ("search_invoice_id") REFERENCES "invoice" ("c_invoice_id");
ALTER TABLE "transaction_temp" ADD FOREIGN KEY ("search_order_id") REFERENCES "order" ("c_order_id");
ALTER TABLE "tree" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "tree" ADD FOREIGN KEY ("parent_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "tree_bar" ADD FOREIGN KEY ("ad_menu_id") REFERENCES "menu" ("ad_menu_id");
ALTER TABLE "tree_bar" ADD FOREIGN KEY ("ad_tree_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "tree_bar" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "tree_favorite" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "tree_favorite_node" ADD FOREIGN KEY ("ad_menu_id") REFERENCES "menu" ("ad_menu_id");
ALTER TABLE "tree_favorite_node" ADD FOREIGN KEY ("ad_tree_favorite_id") REFERENCES "tree_favorite" ("ad_tree_favorite_id");
ALTER TABLE "tree_favorite_node" ADD FOREIGN KEY ("parent_id") REFERENCES "tree_favorite_node" ("ad_tree_favorite_node_id");
ALTER TABLE "tree_node" ADD FOREIGN KEY ("ad_tree_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "tree_node_bp" ADD FOREIGN KEY ("ad_tree_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "tree_node_cmc" ADD FOREIGN KEY ("ad_tree_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "tree_node_cmm" ADD FOREIGN KEY ("ad_tree_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "tree_node_cms" ADD FOREIGN KEY ("ad_tree_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "tree_node_cmt" ADD FOREIGN KEY ("ad_tree_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "tree_node_mm" ADD FOREIGN KEY ("ad_tree_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "tree_node_pr" ADD FOREIGN KEY ("ad_tree_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "tree_node_u1" ADD FOREIGN KEY ("ad_tree_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "tree_node_u2" ADD FOREIGN KEY ("ad_tree_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "tree_node_u3" ADD FOREIGN KEY ("ad_tree_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "tree_node_u4" ADD FOREIGN KEY ("ad_tree_id") REFERENCES "tree" ("ad_tree_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("ad_pinstance_id") REFERENCES "p_instance" ("ad_pinstance_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("account_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("c_currency_id") REFERENCES "currency" ("c_currency_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("c_locfrom_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("c_locto_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("c_period_id") REFERENCES "period" ("c_period_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("c_salesregion_id") REFERENCES "sales_region" ("c_salesregion_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("c_tax_id") REFERENCES "tax" ("c_tax_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("gl_budget_id") REFERENCES "budget" ("gl_budget_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("gl_category_id") REFERENCES "gl_category" ("gl_category_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("m_locator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "trial_balance" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "uom_conversion" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "uom_conversion" ADD FOREIGN KEY ("c_uom_to_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "uom_conversion" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "user" ADD FOREIGN KEY ("bp_location_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "user" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "user" ADD FOREIGN KEY ("c_bpartner_location_id") REFERENCES "b_partner_location" ("c_bpartner_location_id");
ALTER TABLE "user" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "user" ADD FOREIGN KEY ("c_greeting_id") REFERENCES "greeting" ("c_greeting_id");
ALTER TABLE "user" ADD FOREIGN KEY ("c_job_id") REFERENCES "job" ("c_job_id");
ALTER TABLE "user" ADD FOREIGN KEY ("c_location_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "user" ADD FOREIGN KEY ("r_defaultmailtext_id") REFERENCES "mail_text" ("r_mailtext_id");
ALTER TABLE "user" ADD FOREIGN KEY ("salesrep_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "user" ADD FOREIGN KEY ("supervisor_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "user_bp_access" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "user_bp_access" ADD FOREIGN KEY ("r_requesttype_id") REFERENCES "request_type" ("r_requesttype_id");
ALTER TABLE "user_def_field" ADD FOREIGN KEY ("ad_chart_id") REFERENCES "chart" ("ad_chart_id");
ALTER TABLE "user_def_field" ADD FOREIGN KEY ("ad_fieldgroup_id") REFERENCES "field_group" ("ad_fieldgroup_id");
ALTER TABLE "user_def_field" ADD FOREIGN KEY ("ad_fieldstyle_id") REFERENCES "style" ("ad_style_id");
ALTER TABLE "user_def_field" ADD FOREIGN KEY ("ad_field_id") REFERENCES "field" ("ad_field_id");
ALTER TABLE "user_def_field" ADD FOREIGN KEY ("ad_labelstyle_id") REFERENCES "style" ("ad_style_id");
ALTER TABLE "user_def_field" ADD FOREIGN KEY ("ad_reference_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "user_def_field" ADD FOREIGN KEY ("ad_reference_value_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "user_def_field" ADD FOREIGN KEY ("ad_userdef_tab_id") REFERENCES "user_def_tab" ("ad_userdef_tab_id");
ALTER TABLE "user_def_field" ADD FOREIGN KEY ("ad_val_rule_id") REFERENCES "val_rule" ("ad_val_rule_id");
ALTER TABLE "user_def_field" ADD FOREIGN KEY ("ad_val_rule_lookup_id") REFERENCES "val_rule" ("ad_val_rule_id");
ALTER TABLE "user_def_field" ADD FOREIGN KEY ("pa_dashboardcontent_id") REFERENCES "dashboard_content" ("pa_dashboardcontent_id");
ALTER TABLE "user_def_form" ADD FOREIGN KEY ("ad_form_id") REFERENCES "form" ("ad_form_id");
ALTER TABLE "user_def_form" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "user_def_form" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "user_def_info" ADD FOREIGN KEY ("ad_infowindow_id") REFERENCES "info_window" ("ad_infowindow_id");
ALTER TABLE "user_def_info" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "user_def_info" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "user_def_info" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "user_def_info" ADD FOREIGN KEY ("po_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "user_def_info_column" ADD FOREIGN KEY ("ad_fieldstyle_id") REFERENCES "style" ("ad_style_id");
ALTER TABLE "user_def_info_column" ADD FOREIGN KEY ("ad_infocolumn_id") REFERENCES "info_column" ("ad_infocolumn_id");
ALTER TABLE "user_def_info_column" ADD FOREIGN KEY ("ad_reference_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "user_def_info_column" ADD FOREIGN KEY ("ad_reference_value_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "user_def_info_column" ADD FOREIGN KEY ("ad_userdef_info_id") REFERENCES "user_def_info" ("ad_userdef_info_id");
ALTER TABLE "user_def_info_column" ADD FOREIGN KEY ("ad_val_rule_id") REFERENCES "val_rule" ("ad_val_rule_id");
ALTER TABLE "user_def_info_related" ADD FOREIGN KEY ("ad_inforelated_id") REFERENCES "info_related" ("ad_inforelated_id");
ALTER TABLE "user_def_info_related" ADD FOREIGN KEY ("ad_userdef_info_id") REFERENCES "user_def_info" ("ad_userdef_info_id");
ALTER TABLE "user_def_proc" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "user_def_proc" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "user_def_proc" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "user_def_proc_parameter" ADD FOREIGN KEY ("ad_fieldgroup_id") REFERENCES "field_group" ("ad_fieldgroup_id");
ALTER TABLE "user_def_proc_parameter" ADD FOREIGN KEY ("ad_process_para_id") REFERENCES "process_para" ("ad_process_para_id");
ALTER TABLE "user_def_proc_parameter" ADD FOREIGN KEY ("ad_reference_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "user_def_proc_parameter" ADD FOREIGN KEY ("ad_reference_value_id") REFERENCES "reference" ("ad_reference_id");
ALTER TABLE "user_def_proc_parameter" ADD FOREIGN KEY ("ad_userdef_proc_id") REFERENCES "user_def_proc" ("ad_userdef_proc_id");
ALTER TABLE "user_def_proc_parameter" ADD FOREIGN KEY ("ad_val_rule_id") REFERENCES "val_rule" ("ad_val_rule_id");
ALTER TABLE "user_def_tab" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "user_def_tab" ADD FOREIGN KEY ("ad_tab_id") REFERENCES "tab" ("ad_tab_id");
ALTER TABLE "user_def_tab" ADD FOREIGN KEY ("ad_userdef_win_id") REFERENCES "user_def_win" ("ad_userdef_win_id");
ALTER TABLE "user_def_theme" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "user_def_theme" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "user_def_theme_detail" ADD FOREIGN KEY ("ad_userdef_theme_id") REFERENCES "user_def_theme" ("ad_userdef_theme_id");
ALTER TABLE "user_def_win" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "user_def_win" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "user_def_win" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "user_mail" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "user_mail" ADD FOREIGN KEY ("r_mailtext_id") REFERENCES "mail_text" ("r_mailtext_id");
ALTER TABLE "user_org_access" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "user_preference" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "user_query" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "user_query" ADD FOREIGN KEY ("ad_tab_id") REFERENCES "tab" ("ad_tab_id");
ALTER TABLE "user_query" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "user_query" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "user_query" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "user_remuneration" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "user_remuneration" ADD FOREIGN KEY ("c_remuneration_id") REFERENCES "remuneration" ("c_remuneration_id");
ALTER TABLE "user_roles" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "user_roles" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "user_substitute" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "user_substitute" ADD FOREIGN KEY ("substitute_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "valid_combination" ADD FOREIGN KEY ("account_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "valid_combination" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "valid_combination" ADD FOREIGN KEY ("c_activity_id") REFERENCES "activity" ("c_activity_id");
ALTER TABLE "valid_combination" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "valid_combination" ADD FOREIGN KEY ("c_campaign_id") REFERENCES "campaign" ("c_campaign_id");
ALTER TABLE "valid_combination" ADD FOREIGN KEY ("c_locfrom_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "valid_combination" ADD FOREIGN KEY ("c_locto_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "valid_combination" ADD FOREIGN KEY ("c_project_id") REFERENCES "project" ("c_project_id");
ALTER TABLE "valid_combination" ADD FOREIGN KEY ("c_salesregion_id") REFERENCES "sales_region" ("c_salesregion_id");
ALTER TABLE "valid_combination" ADD FOREIGN KEY ("c_subacct_id") REFERENCES "sub_acct" ("c_subacct_id");
ALTER TABLE "valid_combination" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "valid_combination" ADD FOREIGN KEY ("user1_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "valid_combination" ADD FOREIGN KEY ("user2_id") REFERENCES "element_value" ("c_elementvalue_id");
ALTER TABLE "verify_migration" ADD FOREIGN KEY ("ad_changelog_id") REFERENCES "change_log" ("ad_changelog_id");
ALTER TABLE "verify_migration" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "verify_migration" ADD FOREIGN KEY ("ad_pinstance_id") REFERENCES "p_instance" ("ad_pinstance_id");
ALTER TABLE "verify_migration" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "view_column" ADD FOREIGN KEY ("ad_viewcomponent_id") REFERENCES "view_component" ("ad_viewcomponent_id");
ALTER TABLE "view_component" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "view_component" ADD FOREIGN KEY ("referenced_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "warehouse" ADD FOREIGN KEY ("c_location_id") REFERENCES "location" ("c_location_id");
ALTER TABLE "warehouse" ADD FOREIGN KEY ("m_reservelocator_id") REFERENCES "locator" ("m_locator_id");
ALTER TABLE "warehouse" ADD FOREIGN KEY ("m_warehousesource_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "warehouse_acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "warehouse_acct" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "warehouse_price" ADD FOREIGN KEY ("c_uom_id") REFERENCES "uom" ("c_uom_id");
ALTER TABLE "warehouse_price" ADD FOREIGN KEY ("m_pricelist_version_id") REFERENCES "price_list_version" ("m_pricelist_version_id");
ALTER TABLE "warehouse_price" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "warehouse_price" ADD FOREIGN KEY ("m_warehouse_id") REFERENCES "warehouse" ("m_warehouse_id");
ALTER TABLE "web_menu" ADD FOREIGN KEY ("parentmenu_id") REFERENCES "web_menu" ("u_webmenu_id");
ALTER TABLE "wf_activity" ADD FOREIGN KEY ("ad_message_id") REFERENCES "message" ("ad_message_id");
ALTER TABLE "wf_activity" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "wf_activity" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "wf_activity" ADD FOREIGN KEY ("ad_wf_node_id") REFERENCES "wf_node" ("ad_wf_node_id");
ALTER TABLE "wf_activity" ADD FOREIGN KEY ("ad_wf_process_id") REFERENCES "wf_process" ("ad_wf_process_id");
ALTER TABLE "wf_activity" ADD FOREIGN KEY ("ad_wf_responsible_id") REFERENCES "wf_responsible" ("ad_wf_responsible_id");
ALTER TABLE "wf_activity" ADD FOREIGN KEY ("ad_workflow_id") REFERENCES "workflow" ("ad_workflow_id");
ALTER TABLE "wf_activity_approver" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "wf_activity_approver" ADD FOREIGN KEY ("ad_wf_activity_id") REFERENCES "wf_activity" ("ad_wf_activity_id");
ALTER TABLE "wf_activity_result" ADD FOREIGN KEY ("ad_wf_activity_id") REFERENCES "wf_activity" ("ad_wf_activity_id");
ALTER TABLE "wf_block" ADD FOREIGN KEY ("ad_workflow_id") REFERENCES "workflow" ("ad_workflow_id");
ALTER TABLE "wf_event_audit" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "wf_event_audit" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "wf_event_audit" ADD FOREIGN KEY ("ad_wf_node_id") REFERENCES "wf_node" ("ad_wf_node_id");
ALTER TABLE "wf_event_audit" ADD FOREIGN KEY ("ad_wf_process_id") REFERENCES "wf_process" ("ad_wf_process_id");
ALTER TABLE "wf_event_audit" ADD FOREIGN KEY ("ad_wf_responsible_id") REFERENCES "wf_responsible" ("ad_wf_responsible_id");
ALTER TABLE "wf_next_condition" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "wf_next_condition" ADD FOREIGN KEY ("ad_wf_nodenext_id") REFERENCES "wf_node_next" ("ad_wf_nodenext_id");
ALTER TABLE "wf_node" ADD FOREIGN KEY ("ad_column_id") REFERENCES "column" ("ad_column_id");
ALTER TABLE "wf_node" ADD FOREIGN KEY ("ad_ctxhelp_id") REFERENCES "ctx_help" ("ad_ctxhelp_id");
ALTER TABLE "wf_node" ADD FOREIGN KEY ("ad_form_id") REFERENCES "form" ("ad_form_id");
ALTER TABLE "wf_node" ADD FOREIGN KEY ("ad_image_id") REFERENCES "image" ("ad_image_id");
ALTER TABLE "wf_node" ADD FOREIGN KEY ("ad_infowindow_id") REFERENCES "info_window" ("ad_infowindow_id");
ALTER TABLE "wf_node" ADD FOREIGN KEY ("ad_process_id") REFERENCES "process" ("ad_process_id");
ALTER TABLE "wf_node" ADD FOREIGN KEY ("ad_task_id") REFERENCES "task" ("ad_task_id");
ALTER TABLE "wf_node" ADD FOREIGN KEY ("ad_wf_block_id") REFERENCES "wf_block" ("ad_wf_block_id");
ALTER TABLE "wf_node" ADD FOREIGN KEY ("ad_wf_responsible_id") REFERENCES "wf_responsible" ("ad_wf_responsible_id");
ALTER TABLE "wf_node" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "wf_node" ADD FOREIGN KEY ("ad_workflow_id") REFERENCES "workflow" ("ad_workflow_id");
ALTER TABLE "wf_node" ADD FOREIGN KEY ("c_bpartner_id") REFERENCES "b_partner" ("c_bpartner_id");
ALTER TABLE "wf_node" ADD FOREIGN KEY ("r_mailtext_id") REFERENCES "mail_text" ("r_mailtext_id");
ALTER TABLE "wf_node" ADD FOREIGN KEY ("s_resource_id") REFERENCES "resource" ("s_resource_id");
ALTER TABLE "wf_node" ADD FOREIGN KEY ("workflow_id") REFERENCES "workflow" ("ad_workflow_id");
ALTER TABLE "wf_node_asset" ADD FOREIGN KEY ("ad_wf_node_id") REFERENCES "wf_node" ("ad_wf_node_id");
ALTER TABLE "wf_node_asset" ADD FOREIGN KEY ("a_asset_id") REFERENCES "asset" ("a_asset_id");
ALTER TABLE "wf_node_next" ADD FOREIGN KEY ("ad_wf_next_id") REFERENCES "wf_node" ("ad_wf_node_id");
ALTER TABLE "wf_node_next" ADD FOREIGN KEY ("ad_wf_node_id") REFERENCES "wf_node" ("ad_wf_node_id");
ALTER TABLE "wf_node_para" ADD FOREIGN KEY ("ad_process_para_id") REFERENCES "process_para" ("ad_process_para_id");
ALTER TABLE "wf_node_para" ADD FOREIGN KEY ("ad_wf_node_id") REFERENCES "wf_node" ("ad_wf_node_id");
ALTER TABLE "wf_node_product" ADD FOREIGN KEY ("ad_wf_node_id") REFERENCES "wf_node" ("ad_wf_node_id");
ALTER TABLE "wf_node_product" ADD FOREIGN KEY ("m_product_id") REFERENCES "product" ("m_product_id");
ALTER TABLE "wf_process" ADD FOREIGN KEY ("ad_message_id") REFERENCES "message" ("ad_message_id");
ALTER TABLE "wf_process" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "wf_process" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "wf_process" ADD FOREIGN KEY ("ad_wf_responsible_id") REFERENCES "wf_responsible" ("ad_wf_responsible_id");
ALTER TABLE "wf_process" ADD FOREIGN KEY ("ad_workflow_id") REFERENCES "workflow" ("ad_workflow_id");
ALTER TABLE "wf_process_data" ADD FOREIGN KEY ("ad_wf_process_id") REFERENCES "wf_process" ("ad_wf_process_id");
ALTER TABLE "wf_responsible" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "wf_responsible" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "wf_responsible" ADD FOREIGN KEY ("override_id") REFERENCES "wf_responsible" ("ad_wf_responsible_id");
ALTER TABLE "window" ADD FOREIGN KEY ("ad_color_id") REFERENCES "color" ("ad_color_id");
ALTER TABLE "window" ADD FOREIGN KEY ("ad_image_id") REFERENCES "image" ("ad_image_id");
ALTER TABLE "window_access" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "window_access" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
ALTER TABLE "withholding" ADD FOREIGN KEY ("c_paymentterm_id") REFERENCES "payment_term" ("c_paymentterm_id");
ALTER TABLE "withholding_acct" ADD FOREIGN KEY ("c_acctschema_id") REFERENCES "acct_schema" ("c_acctschema_id");
ALTER TABLE "withholding_acct" ADD FOREIGN KEY ("c_withholding_id") REFERENCES "withholding" ("c_withholding_id");
ALTER TABLE "wizard_process" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "wizard_process" ADD FOREIGN KEY ("ad_wf_node_id") REFERENCES "wf_node" ("ad_wf_node_id");
ALTER TABLE "wlistbox_customization" ADD FOREIGN KEY ("ad_user_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "workflow" ADD FOREIGN KEY ("ad_ctxhelp_id") REFERENCES "ctx_help" ("ad_ctxhelp_id");
ALTER TABLE "workflow" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "workflow" ADD FOREIGN KEY ("ad_wf_node_id") REFERENCES "wf_node" ("ad_wf_node_id");
ALTER TABLE "workflow" ADD FOREIGN KEY ("ad_wf_responsible_id") REFERENCES "wf_responsible" ("ad_wf_responsible_id");
ALTER TABLE "workflow" ADD FOREIGN KEY ("ad_workflowprocessor_id") REFERENCES "workflow_processor" ("ad_workflowprocessor_id");
ALTER TABLE "workflow" ADD FOREIGN KEY ("s_resource_id") REFERENCES "resource" ("s_resource_id");
ALTER TABLE "workflow_access" ADD FOREIGN KEY ("ad_role_id") REFERENCES "role" ("ad_role_id");
ALTER TABLE "workflow_access" ADD FOREIGN KEY ("ad_workflow_id") REFERENCES "workflow" ("ad_workflow_id");
ALTER TABLE "workflow_processor" ADD FOREIGN KEY ("ad_schedule_id") REFERENCES "schedule" ("ad_schedule_id");
ALTER TABLE "workflow_processor" ADD FOREIGN KEY ("supervisor_id") REFERENCES "user" ("ad_user_id");
ALTER TABLE "workflow_processor_log" ADD FOREIGN KEY ("ad_workflowprocessor_id") REFERENCES "workflow_processor" ("ad_workflowprocessor_id");
ALTER TABLE "year" ADD FOREIGN KEY ("c_calendar_id") REFERENCES "calendar" ("c_calendar_id");
ALTER TABLE "zoom_condition" ADD FOREIGN KEY ("ad_table_id") REFERENCES "table" ("ad_table_id");
ALTER TABLE "zoom_condition" ADD FOREIGN KEY ("ad_window_id") REFERENCES "window" ("ad_window_id");
