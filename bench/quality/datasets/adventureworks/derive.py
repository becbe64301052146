import json
I='integer'; S='smallint'; V='character varying'; C='character(3)'; T='timestamp without time zone'; D='date'; N='numeric'; B='boolean'; U='uuid'; X='xml'; BY='bytea'; TX='text'; TM='time without time zone'
MD=('ModifiedDate',T); RG=('rowguid',U)
tables = {
 'Person': {
  'BusinessEntity': [('BusinessEntityID',I),RG,MD],
  'Person': [('BusinessEntityID',I),('PersonType','character(2)'),('NameStyle',B),('Title',V),('FirstName',V),('MiddleName',V),('LastName',V),('Suffix',V),('EmailPromotion',I),('AdditionalContactInfo',X),('Demographics',X),RG,MD],
  'StateProvince': [('StateProvinceID',I),('StateProvinceCode',C),('CountryRegionCode',V),('IsOnlyStateProvinceFlag',B),('Name',V),('TerritoryID',I),RG,MD],
  'Address': [('AddressID',I),('AddressLine1',V),('AddressLine2',V),('City',V),('StateProvinceID',I),('PostalCode',V),('SpatialLocation',BY),RG,MD],
  'AddressType': [('AddressTypeID',I),('Name',V),RG,MD],
  'BusinessEntityAddress': [('BusinessEntityID',I),('AddressID',I),('AddressTypeID',I),RG,MD],
  'ContactType': [('ContactTypeID',I),('Name',V),MD],
  'BusinessEntityContact': [('BusinessEntityID',I),('PersonID',I),('ContactTypeID',I),RG,MD],
  'EmailAddress': [('BusinessEntityID',I),('EmailAddressID',I),('EmailAddress',V),RG,MD],
  'Password': [('BusinessEntityID',I),('PasswordHash',V),('PasswordSalt',V),RG,MD],
  'PhoneNumberType': [('PhoneNumberTypeID',I),('Name',V),MD],
  'PersonPhone': [('BusinessEntityID',I),('PhoneNumber',V),('PhoneNumberTypeID',I),MD],
  'CountryRegion': [('CountryRegionCode',V),('Name',V),MD],
 },
 'HumanResources': {
  'Department': [('DepartmentID',I),('Name',V),('GroupName',V),MD],
  'Employee': [('BusinessEntityID',I),('NationalIDNumber',V),('LoginID',V),('JobTitle',V),('BirthDate',D),('MaritalStatus','character(1)'),('Gender','character(1)'),('HireDate',D),('SalariedFlag',B),('VacationHours',S),('SickLeaveHours',S),('CurrentFlag',B),RG,MD,('organizationnode',V)],
  'EmployeeDepartmentHistory': [('BusinessEntityID',I),('DepartmentID',S),('ShiftID',S),('StartDate',D),('EndDate',D),MD],
  'EmployeePayHistory': [('BusinessEntityID',I),('RateChangeDate',T),('Rate',N),('PayFrequency',S),MD],
  'JobCandidate': [('JobCandidateID',I),('BusinessEntityID',I),('Resume',X),MD],
  'Shift': [('ShiftID',I),('Name',V),('StartTime',TM),('EndTime',TM),MD],
 },
 'Production': {
  'BillOfMaterials': [('BillOfMaterialsID',I),('ProductAssemblyID',I),('ComponentID',I),('StartDate',T),('EndDate',T),('UnitMeasureCode',C),('BOMLevel',S),('PerAssemblyQty',N),MD],
  'Culture': [('CultureID','character(6)'),('Name',V),MD],
  'Document': [('Title',V),('Owner',I),('FolderFlag',B),('FileName',V),('FileExtension',V),('Revision','character(5)'),('ChangeNumber',I),('Status',S),('DocumentSummary',TX),('Document',BY),RG,MD,('DocumentNode',V)],
  'ProductCategory': [('ProductCategoryID',I),('Name',V),RG,MD],
  'ProductSubcategory': [('ProductSubcategoryID',I),('ProductCategoryID',I),('Name',V),RG,MD],
  'ProductModel': [('ProductModelID',I),('Name',V),('CatalogDescription',X),('Instructions',X),RG,MD],
  'Product': [('ProductID',I),('Name',V),('ProductNumber',V),('MakeFlag',B),('FinishedGoodsFlag',B),('Color',V),('SafetyStockLevel',S),('ReorderPoint',S),('StandardCost',N),('ListPrice',N),('Size',V),('SizeUnitMeasureCode',C),('WeightUnitMeasureCode',C),('Weight',N),('DaysToManufacture',I),('ProductLine','character(2)'),('Class','character(2)'),('Style','character(2)'),('ProductSubcategoryID',I),('ProductModelID',I),('SellStartDate',T),('SellEndDate',T),('DiscontinuedDate',T),RG,MD],
  'ProductCostHistory': [('ProductID',I),('StartDate',T),('EndDate',T),('StandardCost',N),MD],
  'ProductDescription': [('ProductDescriptionID',I),('Description',V),RG,MD],
  'ProductDocument': [('ProductID',I),MD,('DocumentNode',V)],
  'Location': [('LocationID',I),('Name',V),('CostRate',N),('Availability',N),MD],
  'ProductInventory': [('ProductID',I),('LocationID',S),('Shelf',V),('Bin',S),('Quantity',S),RG,MD],
  'ProductListPriceHistory': [('ProductID',I),('StartDate',T),('EndDate',T),('ListPrice',N),MD],
  'Illustration': [('IllustrationID',I),('Diagram',X),MD],
  'ProductModelIllustration': [('ProductModelID',I),('IllustrationID',I),MD],
  'ProductModelProductDescriptionCulture': [('ProductModelID',I),('ProductDescriptionID',I),('CultureID','character(6)'),MD],
  'ProductPhoto': [('ProductPhotoID',I),('ThumbNailPhoto',BY),('ThumbnailPhotoFileName',V),('LargePhoto',BY),('LargePhotoFileName',V),MD],
  'ProductProductPhoto': [('ProductID',I),('ProductPhotoID',I),('primary',B),MD],
  'ProductReview': [('ProductReviewID',I),('ProductID',I),('ReviewerName',V),('ReviewDate',T),('EmailAddress',V),('Rating',I),('Comments',V),MD],
  'ScrapReason': [('ScrapReasonID',I),('Name',V),MD],
  'TransactionHistory': [('TransactionID',I),('ProductID',I),('ReferenceOrderID',I),('ReferenceOrderLineID',I),('TransactionDate',T),('TransactionType','character(1)'),('Quantity',I),('ActualCost',N),MD],
  'TransactionHistoryArchive': [('TransactionID',I),('ProductID',I),('ReferenceOrderID',I),('ReferenceOrderLineID',I),('TransactionDate',T),('TransactionType','character(1)'),('Quantity',I),('ActualCost',N),MD],
  'UnitMeasure': [('UnitMeasureCode',C),('Name',V),MD],
  'WorkOrder': [('WorkOrderID',I),('ProductID',I),('OrderQty',I),('ScrappedQty',S),('StartDate',T),('EndDate',T),('DueDate',T),('ScrapReasonID',S),MD],
  'WorkOrderRouting': [('WorkOrderID',I),('ProductID',I),('OperationSequence',S),('LocationID',S),('ScheduledStartDate',T),('ScheduledEndDate',T),('ActualStartDate',T),('ActualEndDate',T),('ActualResourceHrs',N),('PlannedCost',N),('ActualCost',N),MD],
 },
 'Purchasing': {
  'ProductVendor': [('ProductID',I),('BusinessEntityID',I),('AverageLeadTime',I),('StandardPrice',N),('LastReceiptCost',N),('LastReceiptDate',T),('MinOrderQty',I),('MaxOrderQty',I),('OnOrderQty',I),('UnitMeasureCode',C),MD],
  'PurchaseOrderDetail': [('PurchaseOrderID',I),('PurchaseOrderDetailID',I),('DueDate',T),('OrderQty',S),('ProductID',I),('UnitPrice',N),('ReceivedQty',N),('RejectedQty',N),MD],
  'PurchaseOrderHeader': [('PurchaseOrderID',I),('RevisionNumber',S),('Status',S),('EmployeeID',I),('VendorID',I),('ShipMethodID',I),('OrderDate',T),('ShipDate',T),('SubTotal',N),('TaxAmt',N),('Freight',N),MD],
  'ShipMethod': [('ShipMethodID',I),('Name',V),('ShipBase',N),('ShipRate',N),RG,MD],
  'Vendor': [('BusinessEntityID',I),('AccountNumber',V),('Name',V),('CreditRating',S),('PreferredVendorStatus',B),('ActiveFlag',B),('PurchasingWebServiceURL',V),MD],
 },
 'Sales': {
  'CountryRegionCurrency': [('CountryRegionCode',V),('CurrencyCode',C),MD],
  'CreditCard': [('CreditCardID',I),('CardType',V),('CardNumber',V),('ExpMonth',S),('ExpYear',S),MD],
  'Currency': [('CurrencyCode',C),('Name',V),MD],
  'CurrencyRate': [('CurrencyRateID',I),('CurrencyRateDate',T),('FromCurrencyCode',C),('ToCurrencyCode',C),('AverageRate',N),('EndOfDayRate',N),MD],
  'Customer': [('CustomerID',I),('PersonID',I),('StoreID',I),('TerritoryID',I),RG,MD],
  'PersonCreditCard': [('BusinessEntityID',I),('CreditCardID',I),MD],
  'SalesOrderDetail': [('SalesOrderID',I),('SalesOrderDetailID',I),('CarrierTrackingNumber',V),('OrderQty',S),('ProductID',I),('SpecialOfferID',I),('UnitPrice',N),('UnitPriceDiscount',N),RG,MD],
  'SalesOrderHeader': [('SalesOrderID',I),('RevisionNumber',S),('OrderDate',T),('DueDate',T),('ShipDate',T),('Status',S),('OnlineOrderFlag',B),('PurchaseOrderNumber',V),('AccountNumber',V),('CustomerID',I),('SalesPersonID',I),('TerritoryID',I),('BillToAddressID',I),('ShipToAddressID',I),('ShipMethodID',I),('CreditCardID',I),('CreditCardApprovalCode',V),('CurrencyRateID',I),('SubTotal',N),('TaxAmt',N),('Freight',N),('TotalDue',N),('Comment',V),RG,MD],
  'SalesOrderHeaderSalesReason': [('SalesOrderID',I),('SalesReasonID',I),MD],
  'SalesPerson': [('BusinessEntityID',I),('TerritoryID',I),('SalesQuota',N),('Bonus',N),('CommissionPct',N),('SalesYTD',N),('SalesLastYear',N),RG,MD],
  'SalesPersonQuotaHistory': [('BusinessEntityID',I),('QuotaDate',T),('SalesQuota',N),RG,MD],
  'SalesReason': [('SalesReasonID',I),('Name',V),('ReasonType',V),MD],
  'SalesTaxRate': [('SalesTaxRateID',I),('StateProvinceID',I),('TaxType',S),('TaxRate',N),('Name',V),RG,MD],
  'SalesTerritory': [('TerritoryID',I),('Name',V),('CountryRegionCode',V),('group',V),('SalesYTD',N),('SalesLastYear',N),('CostYTD',N),('CostLastYear',N),RG,MD],
  'SalesTerritoryHistory': [('BusinessEntityID',I),('TerritoryID',I),('StartDate',T),('EndDate',T),RG,MD],
  'ShoppingCartItem': [('ShoppingCartItemID',I),('ShoppingCartID',V),('Quantity',I),('ProductID',I),('DateCreated',T),MD],
  'SpecialOffer': [('SpecialOfferID',I),('Description',V),('DiscountPct',N),('Type',V),('Category',V),('StartDate',T),('EndDate',T),('MinQty',I),('MaxQty',I),RG,MD],
  'SpecialOfferProduct': [('SpecialOfferID',I),('ProductID',I),RG,MD],
  'Store': [('BusinessEntityID',I),('Name',V),('SalesPersonID',I),('Demographics',X),RG,MD],
 },
}
pk = {
 'Address':['AddressID'],'AddressType':['AddressTypeID'],'BillOfMaterials':['BillOfMaterialsID'],'BusinessEntity':['BusinessEntityID'],
 'BusinessEntityAddress':['BusinessEntityID','AddressID','AddressTypeID'],'BusinessEntityContact':['BusinessEntityID','PersonID','ContactTypeID'],
 'ContactType':['ContactTypeID'],'CountryRegionCurrency':['CountryRegionCode','CurrencyCode'],'CountryRegion':['CountryRegionCode'],
 'CreditCard':['CreditCardID'],'Currency':['CurrencyCode'],'CurrencyRate':['CurrencyRateID'],'Customer':['CustomerID'],'Culture':['CultureID'],
 'Document':['DocumentNode'],'EmailAddress':['BusinessEntityID','EmailAddressID'],'Department':['DepartmentID'],'Employee':['BusinessEntityID'],
 'EmployeeDepartmentHistory':['BusinessEntityID','StartDate','DepartmentID','ShiftID'],'EmployeePayHistory':['BusinessEntityID','RateChangeDate'],
 'JobCandidate':['JobCandidateID'],'Illustration':['IllustrationID'],'Location':['LocationID'],'Password':['BusinessEntityID'],'Person':['BusinessEntityID'],
 'PersonPhone':['BusinessEntityID','PhoneNumber','PhoneNumberTypeID'],'PhoneNumberType':['PhoneNumberTypeID'],'Product':['ProductID'],
 'ProductCategory':['ProductCategoryID'],'ProductCostHistory':['ProductID','StartDate'],'ProductDescription':['ProductDescriptionID'],
 'ProductDocument':['ProductID','DocumentNode'],'ProductInventory':['ProductID','LocationID'],'ProductListPriceHistory':['ProductID','StartDate'],
 'ProductModel':['ProductModelID'],'ProductModelIllustration':['ProductModelID','IllustrationID'],
 'ProductModelProductDescriptionCulture':['ProductModelID','ProductDescriptionID','CultureID'],'ProductPhoto':['ProductPhotoID'],
 'ProductProductPhoto':['ProductID','ProductPhotoID'],'ProductReview':['ProductReviewID'],'ProductSubcategory':['ProductSubcategoryID'],
 'ProductVendor':['ProductID','BusinessEntityID'],'PurchaseOrderDetail':['PurchaseOrderID','PurchaseOrderDetailID'],'PurchaseOrderHeader':['PurchaseOrderID'],
 'PersonCreditCard':['BusinessEntityID','CreditCardID'],'SalesOrderDetail':['SalesOrderID','SalesOrderDetailID'],'SalesOrderHeader':['SalesOrderID'],
 'SalesOrderHeaderSalesReason':['SalesOrderID','SalesReasonID'],'SalesPerson':['BusinessEntityID'],'SalesPersonQuotaHistory':['BusinessEntityID','QuotaDate'],
 'SalesReason':['SalesReasonID'],'SalesTaxRate':['SalesTaxRateID'],'SalesTerritory':['TerritoryID'],'SalesTerritoryHistory':['BusinessEntityID','StartDate','TerritoryID'],
 'ScrapReason':['ScrapReasonID'],'Shift':['ShiftID'],'ShipMethod':['ShipMethodID'],'ShoppingCartItem':['ShoppingCartItemID'],'SpecialOffer':['SpecialOfferID'],
 'SpecialOfferProduct':['SpecialOfferID','ProductID'],'StateProvince':['StateProvinceID'],'Store':['BusinessEntityID'],'TransactionHistory':['TransactionID'],
 'TransactionHistoryArchive':['TransactionID'],'UnitMeasure':['UnitMeasureCode'],'Vendor':['BusinessEntityID'],'WorkOrder':['WorkOrderID'],
 'WorkOrderRouting':['WorkOrderID','ProductID','OperationSequence'],
}
fks = """Address StateProvinceID StateProvince StateProvinceID
BillOfMaterials ProductAssemblyID Product ProductID
BillOfMaterials ComponentID Product ProductID
BillOfMaterials UnitMeasureCode UnitMeasure UnitMeasureCode
BusinessEntityAddress AddressID Address AddressID
BusinessEntityAddress AddressTypeID AddressType AddressTypeID
BusinessEntityAddress BusinessEntityID BusinessEntity BusinessEntityID
BusinessEntityContact PersonID Person BusinessEntityID
BusinessEntityContact ContactTypeID ContactType ContactTypeID
BusinessEntityContact BusinessEntityID BusinessEntity BusinessEntityID
CountryRegionCurrency CountryRegionCode CountryRegion CountryRegionCode
CountryRegionCurrency CurrencyCode Currency CurrencyCode
CurrencyRate FromCurrencyCode Currency CurrencyCode
CurrencyRate ToCurrencyCode Currency CurrencyCode
Customer PersonID Person BusinessEntityID
Customer StoreID Store BusinessEntityID
Customer TerritoryID SalesTerritory TerritoryID
Document Owner Employee BusinessEntityID
EmailAddress BusinessEntityID Person BusinessEntityID
Employee BusinessEntityID Person BusinessEntityID
EmployeeDepartmentHistory DepartmentID Department DepartmentID
EmployeeDepartmentHistory BusinessEntityID Employee BusinessEntityID
EmployeeDepartmentHistory ShiftID Shift ShiftID
EmployeePayHistory BusinessEntityID Employee BusinessEntityID
JobCandidate BusinessEntityID Employee BusinessEntityID
Password BusinessEntityID Person BusinessEntityID
Person BusinessEntityID BusinessEntity BusinessEntityID
PersonCreditCard BusinessEntityID Person BusinessEntityID
PersonCreditCard CreditCardID CreditCard CreditCardID
PersonPhone BusinessEntityID Person BusinessEntityID
PersonPhone PhoneNumberTypeID PhoneNumberType PhoneNumberTypeID
Product SizeUnitMeasureCode UnitMeasure UnitMeasureCode
Product WeightUnitMeasureCode UnitMeasure UnitMeasureCode
Product ProductModelID ProductModel ProductModelID
Product ProductSubcategoryID ProductSubcategory ProductSubcategoryID
ProductCostHistory ProductID Product ProductID
ProductDocument ProductID Product ProductID
ProductDocument DocumentNode Document DocumentNode
ProductInventory LocationID Location LocationID
ProductInventory ProductID Product ProductID
ProductListPriceHistory ProductID Product ProductID
ProductModelIllustration ProductModelID ProductModel ProductModelID
ProductModelIllustration IllustrationID Illustration IllustrationID
ProductModelProductDescriptionCulture ProductDescriptionID ProductDescription ProductDescriptionID
ProductModelProductDescriptionCulture CultureID Culture CultureID
ProductModelProductDescriptionCulture ProductModelID ProductModel ProductModelID
ProductProductPhoto ProductID Product ProductID
ProductProductPhoto ProductPhotoID ProductPhoto ProductPhotoID
ProductReview ProductID Product ProductID
ProductSubcategory ProductCategoryID ProductCategory ProductCategoryID
ProductVendor ProductID Product ProductID
ProductVendor UnitMeasureCode UnitMeasure UnitMeasureCode
ProductVendor BusinessEntityID Vendor BusinessEntityID
PurchaseOrderDetail ProductID Product ProductID
PurchaseOrderDetail PurchaseOrderID PurchaseOrderHeader PurchaseOrderID
PurchaseOrderHeader EmployeeID Employee BusinessEntityID
PurchaseOrderHeader VendorID Vendor BusinessEntityID
PurchaseOrderHeader ShipMethodID ShipMethod ShipMethodID
SalesOrderDetail SalesOrderID SalesOrderHeader SalesOrderID CASCADE
SalesOrderDetail SpecialOfferID,ProductID SpecialOfferProduct SpecialOfferID,ProductID
SalesOrderHeader BillToAddressID Address AddressID
SalesOrderHeader ShipToAddressID Address AddressID
SalesOrderHeader CreditCardID CreditCard CreditCardID
SalesOrderHeader CurrencyRateID CurrencyRate CurrencyRateID
SalesOrderHeader CustomerID Customer CustomerID
SalesOrderHeader SalesPersonID SalesPerson BusinessEntityID
SalesOrderHeader ShipMethodID ShipMethod ShipMethodID
SalesOrderHeader TerritoryID SalesTerritory TerritoryID
SalesOrderHeaderSalesReason SalesReasonID SalesReason SalesReasonID
SalesOrderHeaderSalesReason SalesOrderID SalesOrderHeader SalesOrderID CASCADE
SalesPerson BusinessEntityID Employee BusinessEntityID
SalesPerson TerritoryID SalesTerritory TerritoryID
SalesPersonQuotaHistory BusinessEntityID SalesPerson BusinessEntityID
SalesTaxRate StateProvinceID StateProvince StateProvinceID
SalesTerritory CountryRegionCode CountryRegion CountryRegionCode
SalesTerritoryHistory BusinessEntityID SalesPerson BusinessEntityID
SalesTerritoryHistory TerritoryID SalesTerritory TerritoryID
ShoppingCartItem ProductID Product ProductID
SpecialOfferProduct ProductID Product ProductID
SpecialOfferProduct SpecialOfferID SpecialOffer SpecialOfferID
StateProvince CountryRegionCode CountryRegion CountryRegionCode
StateProvince TerritoryID SalesTerritory TerritoryID
Store BusinessEntityID BusinessEntity BusinessEntityID
Store SalesPersonID SalesPerson BusinessEntityID
TransactionHistory ProductID Product ProductID
Vendor BusinessEntityID BusinessEntity BusinessEntityID
WorkOrder ProductID Product ProductID
WorkOrder ScrapReasonID ScrapReason ScrapReasonID
WorkOrderRouting LocationID Location LocationID
WorkOrderRouting WorkOrderID WorkOrder WorkOrderID"""
fkmap = {}
for line in fks.splitlines():
    p = line.split()
    fkmap.setdefault(p[0], []).append({'columns': p[1].split(','), 'refTable': p[2], 'refColumns': p[3].split(','), **({'onDelete': 'CASCADE'} if len(p) > 4 else {})})
out = []; truth = {}
for schema, ts in tables.items():
    for name, cols in ts.items():
        assert name in pk, name
        truth[name] = schema
        out.append({'name': name, 'columns': [{'name': c, 'type': t, 'nullable': c not in pk[name]} for c, t in cols],
                    'primaryKey': pk[name], 'foreignKeys': fkmap.get(name, []),
                    'indexes': [{'name': f'{name}_pkey', 'columns': pk[name], 'unique': True}]})
names = {t['name'] for t in out}
for t in out:
    for f in t['foreignKeys']: assert f['refTable'] in names, f
out.sort(key=lambda t: t['name'])
json.dump({'name': 'adventureworks', 'source': 'https://github.com/lorint/AdventureWorks-for-Postgres@536d89ead0f28ad990eabed4add0deb972dd90f7 (install.sql)', 'dialect': 'postgres', 'tables': out}, open('schema.json', 'w'), indent=1)
json.dump(dict(sorted(truth.items())), open('truth.json', 'w'), indent=1)
pairs = set()
for t in out:
    for f in t['foreignKeys']:
        if f['refTable'] != t['name']: pairs.add(tuple(sorted((t['name'], f['refTable']))))
cross = sum(1 for a, b in pairs if truth[a] != truth[b])
from collections import Counter
isolated = [t['name'] for t in out if not any(t['name'] in p for p in pairs)]
stats = {'tables': len(out), 'columns': sum(len(t['columns']) for t in out), 'foreign_keys': sum(len(t['foreignKeys']) for t in out), 'fk_table_edges': len(pairs), 'fk_table_edges_crossing_truth': cross, 'tables_isolated_in_fk_graph': len(isolated), 'groups': len(set(truth.values())), 'group_sizes': dict(Counter(truth.values()).most_common())}
json.dump(stats, open('stats.json', 'w'), indent=1)
print(stats, isolated)

# schema.sql: the same tables as PostgreSQL DDL (names quoted, no schema prefix).
def q(name):
    return '"' + name.replace('"', '""') + '"'
lines = ['-- AdventureWorks (PostgreSQL port), tables without their schema prefix; see README.md.', '']
for t in out:
    cols = [f'  {q(c["name"])} {c["type"]}{"" if c["nullable"] else " NOT NULL"}' for c in t['columns']]
    cols.append(f'  PRIMARY KEY ({", ".join(q(c) for c in t["primaryKey"])})')
    lines.append(f'CREATE TABLE {q(t["name"])} (\n' + ',\n'.join(cols) + '\n);\n')
for t in out:
    for i, f in enumerate(t['foreignKeys']):
        action = f' ON DELETE {f["onDelete"]}' if 'onDelete' in f else ''
        lines.append(f'ALTER TABLE {q(t["name"])} ADD CONSTRAINT {q(t["name"] + "_fk" + str(i + 1))} FOREIGN KEY ({", ".join(q(c) for c in f["columns"])}) REFERENCES {q(f["refTable"])} ({", ".join(q(c) for c in f["refColumns"])}){action};')
open('schema.sql', 'w').write('\n'.join(lines) + '\n')
