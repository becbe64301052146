export { checkIdentifier } from './check-identifier.js';
export { type Dialect, dialects, isDialect } from './dialect.js';
export { driverErrorText, mapDriverError } from './driver-error.js';
export { mysqlOptions, pgOptions } from './driver-options.js';
export { quoteMysqlIdent, quoteMysqlLiteral } from './mysql/quote.js';
export { quotePgIdent, quotePgLiteral } from './postgres/quote.js';
export { type DatabaseProbe, mysqlServerFlavor, probeDatabase } from './probe.js';
export { quoteIdent, quoteLiteral, quoteQualified } from './quote.js';
