-- AdventureWorks (PostgreSQL port), tables without their schema prefix; see README.md.

CREATE TABLE "Address" (
  "AddressID" integer NOT NULL,
  "AddressLine1" character varying,
  "AddressLine2" character varying,
  "City" character varying,
  "StateProvinceID" integer,
  "PostalCode" character varying,
  "SpatialLocation" bytea,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("AddressID")
);

CREATE TABLE "AddressType" (
  "AddressTypeID" integer NOT NULL,
  "Name" character varying,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("AddressTypeID")
);

CREATE TABLE "BillOfMaterials" (
  "BillOfMaterialsID" integer NOT NULL,
  "ProductAssemblyID" integer,
  "ComponentID" integer,
  "StartDate" timestamp without time zone,
  "EndDate" timestamp without time zone,
  "UnitMeasureCode" character(3),
  "BOMLevel" smallint,
  "PerAssemblyQty" numeric,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("BillOfMaterialsID")
);

CREATE TABLE "BusinessEntity" (
  "BusinessEntityID" integer NOT NULL,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("BusinessEntityID")
);

CREATE TABLE "BusinessEntityAddress" (
  "BusinessEntityID" integer NOT NULL,
  "AddressID" integer NOT NULL,
  "AddressTypeID" integer NOT NULL,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("BusinessEntityID", "AddressID", "AddressTypeID")
);

CREATE TABLE "BusinessEntityContact" (
  "BusinessEntityID" integer NOT NULL,
  "PersonID" integer NOT NULL,
  "ContactTypeID" integer NOT NULL,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("BusinessEntityID", "PersonID", "ContactTypeID")
);

CREATE TABLE "ContactType" (
  "ContactTypeID" integer NOT NULL,
  "Name" character varying,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("ContactTypeID")
);

CREATE TABLE "CountryRegion" (
  "CountryRegionCode" character varying NOT NULL,
  "Name" character varying,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("CountryRegionCode")
);

CREATE TABLE "CountryRegionCurrency" (
  "CountryRegionCode" character varying NOT NULL,
  "CurrencyCode" character(3) NOT NULL,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("CountryRegionCode", "CurrencyCode")
);

CREATE TABLE "CreditCard" (
  "CreditCardID" integer NOT NULL,
  "CardType" character varying,
  "CardNumber" character varying,
  "ExpMonth" smallint,
  "ExpYear" smallint,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("CreditCardID")
);

CREATE TABLE "Culture" (
  "CultureID" character(6) NOT NULL,
  "Name" character varying,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("CultureID")
);

CREATE TABLE "Currency" (
  "CurrencyCode" character(3) NOT NULL,
  "Name" character varying,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("CurrencyCode")
);

CREATE TABLE "CurrencyRate" (
  "CurrencyRateID" integer NOT NULL,
  "CurrencyRateDate" timestamp without time zone,
  "FromCurrencyCode" character(3),
  "ToCurrencyCode" character(3),
  "AverageRate" numeric,
  "EndOfDayRate" numeric,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("CurrencyRateID")
);

CREATE TABLE "Customer" (
  "CustomerID" integer NOT NULL,
  "PersonID" integer,
  "StoreID" integer,
  "TerritoryID" integer,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("CustomerID")
);

CREATE TABLE "Department" (
  "DepartmentID" integer NOT NULL,
  "Name" character varying,
  "GroupName" character varying,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("DepartmentID")
);

CREATE TABLE "Document" (
  "Title" character varying,
  "Owner" integer,
  "FolderFlag" boolean,
  "FileName" character varying,
  "FileExtension" character varying,
  "Revision" character(5),
  "ChangeNumber" integer,
  "Status" smallint,
  "DocumentSummary" text,
  "Document" bytea,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  "DocumentNode" character varying NOT NULL,
  PRIMARY KEY ("DocumentNode")
);

CREATE TABLE "EmailAddress" (
  "BusinessEntityID" integer NOT NULL,
  "EmailAddressID" integer NOT NULL,
  "EmailAddress" character varying,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("BusinessEntityID", "EmailAddressID")
);

CREATE TABLE "Employee" (
  "BusinessEntityID" integer NOT NULL,
  "NationalIDNumber" character varying,
  "LoginID" character varying,
  "JobTitle" character varying,
  "BirthDate" date,
  "MaritalStatus" character(1),
  "Gender" character(1),
  "HireDate" date,
  "SalariedFlag" boolean,
  "VacationHours" smallint,
  "SickLeaveHours" smallint,
  "CurrentFlag" boolean,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  "organizationnode" character varying,
  PRIMARY KEY ("BusinessEntityID")
);

CREATE TABLE "EmployeeDepartmentHistory" (
  "BusinessEntityID" integer NOT NULL,
  "DepartmentID" smallint NOT NULL,
  "ShiftID" smallint NOT NULL,
  "StartDate" date NOT NULL,
  "EndDate" date,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("BusinessEntityID", "StartDate", "DepartmentID", "ShiftID")
);

CREATE TABLE "EmployeePayHistory" (
  "BusinessEntityID" integer NOT NULL,
  "RateChangeDate" timestamp without time zone NOT NULL,
  "Rate" numeric,
  "PayFrequency" smallint,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("BusinessEntityID", "RateChangeDate")
);

CREATE TABLE "Illustration" (
  "IllustrationID" integer NOT NULL,
  "Diagram" xml,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("IllustrationID")
);

CREATE TABLE "JobCandidate" (
  "JobCandidateID" integer NOT NULL,
  "BusinessEntityID" integer,
  "Resume" xml,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("JobCandidateID")
);

CREATE TABLE "Location" (
  "LocationID" integer NOT NULL,
  "Name" character varying,
  "CostRate" numeric,
  "Availability" numeric,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("LocationID")
);

CREATE TABLE "Password" (
  "BusinessEntityID" integer NOT NULL,
  "PasswordHash" character varying,
  "PasswordSalt" character varying,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("BusinessEntityID")
);

CREATE TABLE "Person" (
  "BusinessEntityID" integer NOT NULL,
  "PersonType" character(2),
  "NameStyle" boolean,
  "Title" character varying,
  "FirstName" character varying,
  "MiddleName" character varying,
  "LastName" character varying,
  "Suffix" character varying,
  "EmailPromotion" integer,
  "AdditionalContactInfo" xml,
  "Demographics" xml,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("BusinessEntityID")
);

CREATE TABLE "PersonCreditCard" (
  "BusinessEntityID" integer NOT NULL,
  "CreditCardID" integer NOT NULL,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("BusinessEntityID", "CreditCardID")
);

CREATE TABLE "PersonPhone" (
  "BusinessEntityID" integer NOT NULL,
  "PhoneNumber" character varying NOT NULL,
  "PhoneNumberTypeID" integer NOT NULL,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("BusinessEntityID", "PhoneNumber", "PhoneNumberTypeID")
);

CREATE TABLE "PhoneNumberType" (
  "PhoneNumberTypeID" integer NOT NULL,
  "Name" character varying,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("PhoneNumberTypeID")
);

CREATE TABLE "Product" (
  "ProductID" integer NOT NULL,
  "Name" character varying,
  "ProductNumber" character varying,
  "MakeFlag" boolean,
  "FinishedGoodsFlag" boolean,
  "Color" character varying,
  "SafetyStockLevel" smallint,
  "ReorderPoint" smallint,
  "StandardCost" numeric,
  "ListPrice" numeric,
  "Size" character varying,
  "SizeUnitMeasureCode" character(3),
  "WeightUnitMeasureCode" character(3),
  "Weight" numeric,
  "DaysToManufacture" integer,
  "ProductLine" character(2),
  "Class" character(2),
  "Style" character(2),
  "ProductSubcategoryID" integer,
  "ProductModelID" integer,
  "SellStartDate" timestamp without time zone,
  "SellEndDate" timestamp without time zone,
  "DiscontinuedDate" timestamp without time zone,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("ProductID")
);

CREATE TABLE "ProductCategory" (
  "ProductCategoryID" integer NOT NULL,
  "Name" character varying,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("ProductCategoryID")
);

CREATE TABLE "ProductCostHistory" (
  "ProductID" integer NOT NULL,
  "StartDate" timestamp without time zone NOT NULL,
  "EndDate" timestamp without time zone,
  "StandardCost" numeric,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("ProductID", "StartDate")
);

CREATE TABLE "ProductDescription" (
  "ProductDescriptionID" integer NOT NULL,
  "Description" character varying,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("ProductDescriptionID")
);

CREATE TABLE "ProductDocument" (
  "ProductID" integer NOT NULL,
  "ModifiedDate" timestamp without time zone,
  "DocumentNode" character varying NOT NULL,
  PRIMARY KEY ("ProductID", "DocumentNode")
);

CREATE TABLE "ProductInventory" (
  "ProductID" integer NOT NULL,
  "LocationID" smallint NOT NULL,
  "Shelf" character varying,
  "Bin" smallint,
  "Quantity" smallint,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("ProductID", "LocationID")
);

CREATE TABLE "ProductListPriceHistory" (
  "ProductID" integer NOT NULL,
  "StartDate" timestamp without time zone NOT NULL,
  "EndDate" timestamp without time zone,
  "ListPrice" numeric,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("ProductID", "StartDate")
);

CREATE TABLE "ProductModel" (
  "ProductModelID" integer NOT NULL,
  "Name" character varying,
  "CatalogDescription" xml,
  "Instructions" xml,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("ProductModelID")
);

CREATE TABLE "ProductModelIllustration" (
  "ProductModelID" integer NOT NULL,
  "IllustrationID" integer NOT NULL,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("ProductModelID", "IllustrationID")
);

CREATE TABLE "ProductModelProductDescriptionCulture" (
  "ProductModelID" integer NOT NULL,
  "ProductDescriptionID" integer NOT NULL,
  "CultureID" character(6) NOT NULL,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("ProductModelID", "ProductDescriptionID", "CultureID")
);

CREATE TABLE "ProductPhoto" (
  "ProductPhotoID" integer NOT NULL,
  "ThumbNailPhoto" bytea,
  "ThumbnailPhotoFileName" character varying,
  "LargePhoto" bytea,
  "LargePhotoFileName" character varying,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("ProductPhotoID")
);

CREATE TABLE "ProductProductPhoto" (
  "ProductID" integer NOT NULL,
  "ProductPhotoID" integer NOT NULL,
  "primary" boolean,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("ProductID", "ProductPhotoID")
);

CREATE TABLE "ProductReview" (
  "ProductReviewID" integer NOT NULL,
  "ProductID" integer,
  "ReviewerName" character varying,
  "ReviewDate" timestamp without time zone,
  "EmailAddress" character varying,
  "Rating" integer,
  "Comments" character varying,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("ProductReviewID")
);

CREATE TABLE "ProductSubcategory" (
  "ProductSubcategoryID" integer NOT NULL,
  "ProductCategoryID" integer,
  "Name" character varying,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("ProductSubcategoryID")
);

CREATE TABLE "ProductVendor" (
  "ProductID" integer NOT NULL,
  "BusinessEntityID" integer NOT NULL,
  "AverageLeadTime" integer,
  "StandardPrice" numeric,
  "LastReceiptCost" numeric,
  "LastReceiptDate" timestamp without time zone,
  "MinOrderQty" integer,
  "MaxOrderQty" integer,
  "OnOrderQty" integer,
  "UnitMeasureCode" character(3),
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("ProductID", "BusinessEntityID")
);

CREATE TABLE "PurchaseOrderDetail" (
  "PurchaseOrderID" integer NOT NULL,
  "PurchaseOrderDetailID" integer NOT NULL,
  "DueDate" timestamp without time zone,
  "OrderQty" smallint,
  "ProductID" integer,
  "UnitPrice" numeric,
  "ReceivedQty" numeric,
  "RejectedQty" numeric,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("PurchaseOrderID", "PurchaseOrderDetailID")
);

CREATE TABLE "PurchaseOrderHeader" (
  "PurchaseOrderID" integer NOT NULL,
  "RevisionNumber" smallint,
  "Status" smallint,
  "EmployeeID" integer,
  "VendorID" integer,
  "ShipMethodID" integer,
  "OrderDate" timestamp without time zone,
  "ShipDate" timestamp without time zone,
  "SubTotal" numeric,
  "TaxAmt" numeric,
  "Freight" numeric,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("PurchaseOrderID")
);

CREATE TABLE "SalesOrderDetail" (
  "SalesOrderID" integer NOT NULL,
  "SalesOrderDetailID" integer NOT NULL,
  "CarrierTrackingNumber" character varying,
  "OrderQty" smallint,
  "ProductID" integer,
  "SpecialOfferID" integer,
  "UnitPrice" numeric,
  "UnitPriceDiscount" numeric,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("SalesOrderID", "SalesOrderDetailID")
);

CREATE TABLE "SalesOrderHeader" (
  "SalesOrderID" integer NOT NULL,
  "RevisionNumber" smallint,
  "OrderDate" timestamp without time zone,
  "DueDate" timestamp without time zone,
  "ShipDate" timestamp without time zone,
  "Status" smallint,
  "OnlineOrderFlag" boolean,
  "PurchaseOrderNumber" character varying,
  "AccountNumber" character varying,
  "CustomerID" integer,
  "SalesPersonID" integer,
  "TerritoryID" integer,
  "BillToAddressID" integer,
  "ShipToAddressID" integer,
  "ShipMethodID" integer,
  "CreditCardID" integer,
  "CreditCardApprovalCode" character varying,
  "CurrencyRateID" integer,
  "SubTotal" numeric,
  "TaxAmt" numeric,
  "Freight" numeric,
  "TotalDue" numeric,
  "Comment" character varying,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("SalesOrderID")
);

CREATE TABLE "SalesOrderHeaderSalesReason" (
  "SalesOrderID" integer NOT NULL,
  "SalesReasonID" integer NOT NULL,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("SalesOrderID", "SalesReasonID")
);

CREATE TABLE "SalesPerson" (
  "BusinessEntityID" integer NOT NULL,
  "TerritoryID" integer,
  "SalesQuota" numeric,
  "Bonus" numeric,
  "CommissionPct" numeric,
  "SalesYTD" numeric,
  "SalesLastYear" numeric,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("BusinessEntityID")
);

CREATE TABLE "SalesPersonQuotaHistory" (
  "BusinessEntityID" integer NOT NULL,
  "QuotaDate" timestamp without time zone NOT NULL,
  "SalesQuota" numeric,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("BusinessEntityID", "QuotaDate")
);

CREATE TABLE "SalesReason" (
  "SalesReasonID" integer NOT NULL,
  "Name" character varying,
  "ReasonType" character varying,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("SalesReasonID")
);

CREATE TABLE "SalesTaxRate" (
  "SalesTaxRateID" integer NOT NULL,
  "StateProvinceID" integer,
  "TaxType" smallint,
  "TaxRate" numeric,
  "Name" character varying,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("SalesTaxRateID")
);

CREATE TABLE "SalesTerritory" (
  "TerritoryID" integer NOT NULL,
  "Name" character varying,
  "CountryRegionCode" character varying,
  "group" character varying,
  "SalesYTD" numeric,
  "SalesLastYear" numeric,
  "CostYTD" numeric,
  "CostLastYear" numeric,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("TerritoryID")
);

CREATE TABLE "SalesTerritoryHistory" (
  "BusinessEntityID" integer NOT NULL,
  "TerritoryID" integer NOT NULL,
  "StartDate" timestamp without time zone NOT NULL,
  "EndDate" timestamp without time zone,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("BusinessEntityID", "StartDate", "TerritoryID")
);

CREATE TABLE "ScrapReason" (
  "ScrapReasonID" integer NOT NULL,
  "Name" character varying,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("ScrapReasonID")
);

CREATE TABLE "Shift" (
  "ShiftID" integer NOT NULL,
  "Name" character varying,
  "StartTime" time without time zone,
  "EndTime" time without time zone,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("ShiftID")
);

CREATE TABLE "ShipMethod" (
  "ShipMethodID" integer NOT NULL,
  "Name" character varying,
  "ShipBase" numeric,
  "ShipRate" numeric,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("ShipMethodID")
);

CREATE TABLE "ShoppingCartItem" (
  "ShoppingCartItemID" integer NOT NULL,
  "ShoppingCartID" character varying,
  "Quantity" integer,
  "ProductID" integer,
  "DateCreated" timestamp without time zone,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("ShoppingCartItemID")
);

CREATE TABLE "SpecialOffer" (
  "SpecialOfferID" integer NOT NULL,
  "Description" character varying,
  "DiscountPct" numeric,
  "Type" character varying,
  "Category" character varying,
  "StartDate" timestamp without time zone,
  "EndDate" timestamp without time zone,
  "MinQty" integer,
  "MaxQty" integer,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("SpecialOfferID")
);

CREATE TABLE "SpecialOfferProduct" (
  "SpecialOfferID" integer NOT NULL,
  "ProductID" integer NOT NULL,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("SpecialOfferID", "ProductID")
);

CREATE TABLE "StateProvince" (
  "StateProvinceID" integer NOT NULL,
  "StateProvinceCode" character(3),
  "CountryRegionCode" character varying,
  "IsOnlyStateProvinceFlag" boolean,
  "Name" character varying,
  "TerritoryID" integer,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("StateProvinceID")
);

CREATE TABLE "Store" (
  "BusinessEntityID" integer NOT NULL,
  "Name" character varying,
  "SalesPersonID" integer,
  "Demographics" xml,
  "rowguid" uuid,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("BusinessEntityID")
);

CREATE TABLE "TransactionHistory" (
  "TransactionID" integer NOT NULL,
  "ProductID" integer,
  "ReferenceOrderID" integer,
  "ReferenceOrderLineID" integer,
  "TransactionDate" timestamp without time zone,
  "TransactionType" character(1),
  "Quantity" integer,
  "ActualCost" numeric,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("TransactionID")
);

CREATE TABLE "TransactionHistoryArchive" (
  "TransactionID" integer NOT NULL,
  "ProductID" integer,
  "ReferenceOrderID" integer,
  "ReferenceOrderLineID" integer,
  "TransactionDate" timestamp without time zone,
  "TransactionType" character(1),
  "Quantity" integer,
  "ActualCost" numeric,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("TransactionID")
);

CREATE TABLE "UnitMeasure" (
  "UnitMeasureCode" character(3) NOT NULL,
  "Name" character varying,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("UnitMeasureCode")
);

CREATE TABLE "Vendor" (
  "BusinessEntityID" integer NOT NULL,
  "AccountNumber" character varying,
  "Name" character varying,
  "CreditRating" smallint,
  "PreferredVendorStatus" boolean,
  "ActiveFlag" boolean,
  "PurchasingWebServiceURL" character varying,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("BusinessEntityID")
);

CREATE TABLE "WorkOrder" (
  "WorkOrderID" integer NOT NULL,
  "ProductID" integer,
  "OrderQty" integer,
  "ScrappedQty" smallint,
  "StartDate" timestamp without time zone,
  "EndDate" timestamp without time zone,
  "DueDate" timestamp without time zone,
  "ScrapReasonID" smallint,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("WorkOrderID")
);

CREATE TABLE "WorkOrderRouting" (
  "WorkOrderID" integer NOT NULL,
  "ProductID" integer NOT NULL,
  "OperationSequence" smallint NOT NULL,
  "LocationID" smallint,
  "ScheduledStartDate" timestamp without time zone,
  "ScheduledEndDate" timestamp without time zone,
  "ActualStartDate" timestamp without time zone,
  "ActualEndDate" timestamp without time zone,
  "ActualResourceHrs" numeric,
  "PlannedCost" numeric,
  "ActualCost" numeric,
  "ModifiedDate" timestamp without time zone,
  PRIMARY KEY ("WorkOrderID", "ProductID", "OperationSequence")
);

ALTER TABLE "Address" ADD CONSTRAINT "Address_fk1" FOREIGN KEY ("StateProvinceID") REFERENCES "StateProvince" ("StateProvinceID");
ALTER TABLE "BillOfMaterials" ADD CONSTRAINT "BillOfMaterials_fk1" FOREIGN KEY ("ProductAssemblyID") REFERENCES "Product" ("ProductID");
ALTER TABLE "BillOfMaterials" ADD CONSTRAINT "BillOfMaterials_fk2" FOREIGN KEY ("ComponentID") REFERENCES "Product" ("ProductID");
ALTER TABLE "BillOfMaterials" ADD CONSTRAINT "BillOfMaterials_fk3" FOREIGN KEY ("UnitMeasureCode") REFERENCES "UnitMeasure" ("UnitMeasureCode");
ALTER TABLE "BusinessEntityAddress" ADD CONSTRAINT "BusinessEntityAddress_fk1" FOREIGN KEY ("AddressID") REFERENCES "Address" ("AddressID");
ALTER TABLE "BusinessEntityAddress" ADD CONSTRAINT "BusinessEntityAddress_fk2" FOREIGN KEY ("AddressTypeID") REFERENCES "AddressType" ("AddressTypeID");
ALTER TABLE "BusinessEntityAddress" ADD CONSTRAINT "BusinessEntityAddress_fk3" FOREIGN KEY ("BusinessEntityID") REFERENCES "BusinessEntity" ("BusinessEntityID");
ALTER TABLE "BusinessEntityContact" ADD CONSTRAINT "BusinessEntityContact_fk1" FOREIGN KEY ("PersonID") REFERENCES "Person" ("BusinessEntityID");
ALTER TABLE "BusinessEntityContact" ADD CONSTRAINT "BusinessEntityContact_fk2" FOREIGN KEY ("ContactTypeID") REFERENCES "ContactType" ("ContactTypeID");
ALTER TABLE "BusinessEntityContact" ADD CONSTRAINT "BusinessEntityContact_fk3" FOREIGN KEY ("BusinessEntityID") REFERENCES "BusinessEntity" ("BusinessEntityID");
ALTER TABLE "CountryRegionCurrency" ADD CONSTRAINT "CountryRegionCurrency_fk1" FOREIGN KEY ("CountryRegionCode") REFERENCES "CountryRegion" ("CountryRegionCode");
ALTER TABLE "CountryRegionCurrency" ADD CONSTRAINT "CountryRegionCurrency_fk2" FOREIGN KEY ("CurrencyCode") REFERENCES "Currency" ("CurrencyCode");
ALTER TABLE "CurrencyRate" ADD CONSTRAINT "CurrencyRate_fk1" FOREIGN KEY ("FromCurrencyCode") REFERENCES "Currency" ("CurrencyCode");
ALTER TABLE "CurrencyRate" ADD CONSTRAINT "CurrencyRate_fk2" FOREIGN KEY ("ToCurrencyCode") REFERENCES "Currency" ("CurrencyCode");
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_fk1" FOREIGN KEY ("PersonID") REFERENCES "Person" ("BusinessEntityID");
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_fk2" FOREIGN KEY ("StoreID") REFERENCES "Store" ("BusinessEntityID");
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_fk3" FOREIGN KEY ("TerritoryID") REFERENCES "SalesTerritory" ("TerritoryID");
ALTER TABLE "Document" ADD CONSTRAINT "Document_fk1" FOREIGN KEY ("Owner") REFERENCES "Employee" ("BusinessEntityID");
ALTER TABLE "EmailAddress" ADD CONSTRAINT "EmailAddress_fk1" FOREIGN KEY ("BusinessEntityID") REFERENCES "Person" ("BusinessEntityID");
ALTER TABLE "Employee" ADD CONSTRAINT "Employee_fk1" FOREIGN KEY ("BusinessEntityID") REFERENCES "Person" ("BusinessEntityID");
ALTER TABLE "EmployeeDepartmentHistory" ADD CONSTRAINT "EmployeeDepartmentHistory_fk1" FOREIGN KEY ("DepartmentID") REFERENCES "Department" ("DepartmentID");
ALTER TABLE "EmployeeDepartmentHistory" ADD CONSTRAINT "EmployeeDepartmentHistory_fk2" FOREIGN KEY ("BusinessEntityID") REFERENCES "Employee" ("BusinessEntityID");
ALTER TABLE "EmployeeDepartmentHistory" ADD CONSTRAINT "EmployeeDepartmentHistory_fk3" FOREIGN KEY ("ShiftID") REFERENCES "Shift" ("ShiftID");
ALTER TABLE "EmployeePayHistory" ADD CONSTRAINT "EmployeePayHistory_fk1" FOREIGN KEY ("BusinessEntityID") REFERENCES "Employee" ("BusinessEntityID");
ALTER TABLE "JobCandidate" ADD CONSTRAINT "JobCandidate_fk1" FOREIGN KEY ("BusinessEntityID") REFERENCES "Employee" ("BusinessEntityID");
ALTER TABLE "Password" ADD CONSTRAINT "Password_fk1" FOREIGN KEY ("BusinessEntityID") REFERENCES "Person" ("BusinessEntityID");
ALTER TABLE "Person" ADD CONSTRAINT "Person_fk1" FOREIGN KEY ("BusinessEntityID") REFERENCES "BusinessEntity" ("BusinessEntityID");
ALTER TABLE "PersonCreditCard" ADD CONSTRAINT "PersonCreditCard_fk1" FOREIGN KEY ("BusinessEntityID") REFERENCES "Person" ("BusinessEntityID");
ALTER TABLE "PersonCreditCard" ADD CONSTRAINT "PersonCreditCard_fk2" FOREIGN KEY ("CreditCardID") REFERENCES "CreditCard" ("CreditCardID");
ALTER TABLE "PersonPhone" ADD CONSTRAINT "PersonPhone_fk1" FOREIGN KEY ("BusinessEntityID") REFERENCES "Person" ("BusinessEntityID");
ALTER TABLE "PersonPhone" ADD CONSTRAINT "PersonPhone_fk2" FOREIGN KEY ("PhoneNumberTypeID") REFERENCES "PhoneNumberType" ("PhoneNumberTypeID");
ALTER TABLE "Product" ADD CONSTRAINT "Product_fk1" FOREIGN KEY ("SizeUnitMeasureCode") REFERENCES "UnitMeasure" ("UnitMeasureCode");
ALTER TABLE "Product" ADD CONSTRAINT "Product_fk2" FOREIGN KEY ("WeightUnitMeasureCode") REFERENCES "UnitMeasure" ("UnitMeasureCode");
ALTER TABLE "Product" ADD CONSTRAINT "Product_fk3" FOREIGN KEY ("ProductModelID") REFERENCES "ProductModel" ("ProductModelID");
ALTER TABLE "Product" ADD CONSTRAINT "Product_fk4" FOREIGN KEY ("ProductSubcategoryID") REFERENCES "ProductSubcategory" ("ProductSubcategoryID");
ALTER TABLE "ProductCostHistory" ADD CONSTRAINT "ProductCostHistory_fk1" FOREIGN KEY ("ProductID") REFERENCES "Product" ("ProductID");
ALTER TABLE "ProductDocument" ADD CONSTRAINT "ProductDocument_fk1" FOREIGN KEY ("ProductID") REFERENCES "Product" ("ProductID");
ALTER TABLE "ProductDocument" ADD CONSTRAINT "ProductDocument_fk2" FOREIGN KEY ("DocumentNode") REFERENCES "Document" ("DocumentNode");
ALTER TABLE "ProductInventory" ADD CONSTRAINT "ProductInventory_fk1" FOREIGN KEY ("LocationID") REFERENCES "Location" ("LocationID");
ALTER TABLE "ProductInventory" ADD CONSTRAINT "ProductInventory_fk2" FOREIGN KEY ("ProductID") REFERENCES "Product" ("ProductID");
ALTER TABLE "ProductListPriceHistory" ADD CONSTRAINT "ProductListPriceHistory_fk1" FOREIGN KEY ("ProductID") REFERENCES "Product" ("ProductID");
ALTER TABLE "ProductModelIllustration" ADD CONSTRAINT "ProductModelIllustration_fk1" FOREIGN KEY ("ProductModelID") REFERENCES "ProductModel" ("ProductModelID");
ALTER TABLE "ProductModelIllustration" ADD CONSTRAINT "ProductModelIllustration_fk2" FOREIGN KEY ("IllustrationID") REFERENCES "Illustration" ("IllustrationID");
ALTER TABLE "ProductModelProductDescriptionCulture" ADD CONSTRAINT "ProductModelProductDescriptionCulture_fk1" FOREIGN KEY ("ProductDescriptionID") REFERENCES "ProductDescription" ("ProductDescriptionID");
ALTER TABLE "ProductModelProductDescriptionCulture" ADD CONSTRAINT "ProductModelProductDescriptionCulture_fk2" FOREIGN KEY ("CultureID") REFERENCES "Culture" ("CultureID");
ALTER TABLE "ProductModelProductDescriptionCulture" ADD CONSTRAINT "ProductModelProductDescriptionCulture_fk3" FOREIGN KEY ("ProductModelID") REFERENCES "ProductModel" ("ProductModelID");
ALTER TABLE "ProductProductPhoto" ADD CONSTRAINT "ProductProductPhoto_fk1" FOREIGN KEY ("ProductID") REFERENCES "Product" ("ProductID");
ALTER TABLE "ProductProductPhoto" ADD CONSTRAINT "ProductProductPhoto_fk2" FOREIGN KEY ("ProductPhotoID") REFERENCES "ProductPhoto" ("ProductPhotoID");
ALTER TABLE "ProductReview" ADD CONSTRAINT "ProductReview_fk1" FOREIGN KEY ("ProductID") REFERENCES "Product" ("ProductID");
ALTER TABLE "ProductSubcategory" ADD CONSTRAINT "ProductSubcategory_fk1" FOREIGN KEY ("ProductCategoryID") REFERENCES "ProductCategory" ("ProductCategoryID");
ALTER TABLE "ProductVendor" ADD CONSTRAINT "ProductVendor_fk1" FOREIGN KEY ("ProductID") REFERENCES "Product" ("ProductID");
ALTER TABLE "ProductVendor" ADD CONSTRAINT "ProductVendor_fk2" FOREIGN KEY ("UnitMeasureCode") REFERENCES "UnitMeasure" ("UnitMeasureCode");
ALTER TABLE "ProductVendor" ADD CONSTRAINT "ProductVendor_fk3" FOREIGN KEY ("BusinessEntityID") REFERENCES "Vendor" ("BusinessEntityID");
ALTER TABLE "PurchaseOrderDetail" ADD CONSTRAINT "PurchaseOrderDetail_fk1" FOREIGN KEY ("ProductID") REFERENCES "Product" ("ProductID");
ALTER TABLE "PurchaseOrderDetail" ADD CONSTRAINT "PurchaseOrderDetail_fk2" FOREIGN KEY ("PurchaseOrderID") REFERENCES "PurchaseOrderHeader" ("PurchaseOrderID");
ALTER TABLE "PurchaseOrderHeader" ADD CONSTRAINT "PurchaseOrderHeader_fk1" FOREIGN KEY ("EmployeeID") REFERENCES "Employee" ("BusinessEntityID");
ALTER TABLE "PurchaseOrderHeader" ADD CONSTRAINT "PurchaseOrderHeader_fk2" FOREIGN KEY ("VendorID") REFERENCES "Vendor" ("BusinessEntityID");
ALTER TABLE "PurchaseOrderHeader" ADD CONSTRAINT "PurchaseOrderHeader_fk3" FOREIGN KEY ("ShipMethodID") REFERENCES "ShipMethod" ("ShipMethodID");
ALTER TABLE "SalesOrderDetail" ADD CONSTRAINT "SalesOrderDetail_fk1" FOREIGN KEY ("SalesOrderID") REFERENCES "SalesOrderHeader" ("SalesOrderID") ON DELETE CASCADE;
ALTER TABLE "SalesOrderDetail" ADD CONSTRAINT "SalesOrderDetail_fk2" FOREIGN KEY ("SpecialOfferID", "ProductID") REFERENCES "SpecialOfferProduct" ("SpecialOfferID", "ProductID");
ALTER TABLE "SalesOrderHeader" ADD CONSTRAINT "SalesOrderHeader_fk1" FOREIGN KEY ("BillToAddressID") REFERENCES "Address" ("AddressID");
ALTER TABLE "SalesOrderHeader" ADD CONSTRAINT "SalesOrderHeader_fk2" FOREIGN KEY ("ShipToAddressID") REFERENCES "Address" ("AddressID");
ALTER TABLE "SalesOrderHeader" ADD CONSTRAINT "SalesOrderHeader_fk3" FOREIGN KEY ("CreditCardID") REFERENCES "CreditCard" ("CreditCardID");
ALTER TABLE "SalesOrderHeader" ADD CONSTRAINT "SalesOrderHeader_fk4" FOREIGN KEY ("CurrencyRateID") REFERENCES "CurrencyRate" ("CurrencyRateID");
ALTER TABLE "SalesOrderHeader" ADD CONSTRAINT "SalesOrderHeader_fk5" FOREIGN KEY ("CustomerID") REFERENCES "Customer" ("CustomerID");
ALTER TABLE "SalesOrderHeader" ADD CONSTRAINT "SalesOrderHeader_fk6" FOREIGN KEY ("SalesPersonID") REFERENCES "SalesPerson" ("BusinessEntityID");
ALTER TABLE "SalesOrderHeader" ADD CONSTRAINT "SalesOrderHeader_fk7" FOREIGN KEY ("ShipMethodID") REFERENCES "ShipMethod" ("ShipMethodID");
ALTER TABLE "SalesOrderHeader" ADD CONSTRAINT "SalesOrderHeader_fk8" FOREIGN KEY ("TerritoryID") REFERENCES "SalesTerritory" ("TerritoryID");
ALTER TABLE "SalesOrderHeaderSalesReason" ADD CONSTRAINT "SalesOrderHeaderSalesReason_fk1" FOREIGN KEY ("SalesReasonID") REFERENCES "SalesReason" ("SalesReasonID");
ALTER TABLE "SalesOrderHeaderSalesReason" ADD CONSTRAINT "SalesOrderHeaderSalesReason_fk2" FOREIGN KEY ("SalesOrderID") REFERENCES "SalesOrderHeader" ("SalesOrderID") ON DELETE CASCADE;
ALTER TABLE "SalesPerson" ADD CONSTRAINT "SalesPerson_fk1" FOREIGN KEY ("BusinessEntityID") REFERENCES "Employee" ("BusinessEntityID");
ALTER TABLE "SalesPerson" ADD CONSTRAINT "SalesPerson_fk2" FOREIGN KEY ("TerritoryID") REFERENCES "SalesTerritory" ("TerritoryID");
ALTER TABLE "SalesPersonQuotaHistory" ADD CONSTRAINT "SalesPersonQuotaHistory_fk1" FOREIGN KEY ("BusinessEntityID") REFERENCES "SalesPerson" ("BusinessEntityID");
ALTER TABLE "SalesTaxRate" ADD CONSTRAINT "SalesTaxRate_fk1" FOREIGN KEY ("StateProvinceID") REFERENCES "StateProvince" ("StateProvinceID");
ALTER TABLE "SalesTerritory" ADD CONSTRAINT "SalesTerritory_fk1" FOREIGN KEY ("CountryRegionCode") REFERENCES "CountryRegion" ("CountryRegionCode");
ALTER TABLE "SalesTerritoryHistory" ADD CONSTRAINT "SalesTerritoryHistory_fk1" FOREIGN KEY ("BusinessEntityID") REFERENCES "SalesPerson" ("BusinessEntityID");
ALTER TABLE "SalesTerritoryHistory" ADD CONSTRAINT "SalesTerritoryHistory_fk2" FOREIGN KEY ("TerritoryID") REFERENCES "SalesTerritory" ("TerritoryID");
ALTER TABLE "ShoppingCartItem" ADD CONSTRAINT "ShoppingCartItem_fk1" FOREIGN KEY ("ProductID") REFERENCES "Product" ("ProductID");
ALTER TABLE "SpecialOfferProduct" ADD CONSTRAINT "SpecialOfferProduct_fk1" FOREIGN KEY ("ProductID") REFERENCES "Product" ("ProductID");
ALTER TABLE "SpecialOfferProduct" ADD CONSTRAINT "SpecialOfferProduct_fk2" FOREIGN KEY ("SpecialOfferID") REFERENCES "SpecialOffer" ("SpecialOfferID");
ALTER TABLE "StateProvince" ADD CONSTRAINT "StateProvince_fk1" FOREIGN KEY ("CountryRegionCode") REFERENCES "CountryRegion" ("CountryRegionCode");
ALTER TABLE "StateProvince" ADD CONSTRAINT "StateProvince_fk2" FOREIGN KEY ("TerritoryID") REFERENCES "SalesTerritory" ("TerritoryID");
ALTER TABLE "Store" ADD CONSTRAINT "Store_fk1" FOREIGN KEY ("BusinessEntityID") REFERENCES "BusinessEntity" ("BusinessEntityID");
ALTER TABLE "Store" ADD CONSTRAINT "Store_fk2" FOREIGN KEY ("SalesPersonID") REFERENCES "SalesPerson" ("BusinessEntityID");
ALTER TABLE "TransactionHistory" ADD CONSTRAINT "TransactionHistory_fk1" FOREIGN KEY ("ProductID") REFERENCES "Product" ("ProductID");
ALTER TABLE "Vendor" ADD CONSTRAINT "Vendor_fk1" FOREIGN KEY ("BusinessEntityID") REFERENCES "BusinessEntity" ("BusinessEntityID");
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_fk1" FOREIGN KEY ("ProductID") REFERENCES "Product" ("ProductID");
ALTER TABLE "WorkOrder" ADD CONSTRAINT "WorkOrder_fk2" FOREIGN KEY ("ScrapReasonID") REFERENCES "ScrapReason" ("ScrapReasonID");
ALTER TABLE "WorkOrderRouting" ADD CONSTRAINT "WorkOrderRouting_fk1" FOREIGN KEY ("LocationID") REFERENCES "Location" ("LocationID");
ALTER TABLE "WorkOrderRouting" ADD CONSTRAINT "WorkOrderRouting_fk2" FOREIGN KEY ("WorkOrderID") REFERENCES "WorkOrder" ("WorkOrderID");
