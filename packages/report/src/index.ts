export { renderDot } from './dot.js';
export { dotString, mermaidText, scriptJson } from './escape.js';
export { pageScript, renderHtml } from './html.js';
export { layoutTables } from './layout.js';
export { renderMermaid } from './mermaid.js';
export {
  buildReportModel,
  DEFAULT_LIMITS,
  type ReportEdge,
  type ReportLimits,
  type ReportModel,
  type ReportOptions,
  type ReportService,
  type ReportTable,
} from './report-model.js';
export {
  formatOfPath,
  parseReportFormat,
  REPORT_FORMATS,
  type ReportFormat,
  type ReportSummary,
  renderReport,
  writeReport,
} from './write-report.js';
