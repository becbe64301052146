export {
  type Analysis,
  type AnalysisResult,
  type AnalyzeOptions,
  analyze,
  planFromModel,
} from './analyze.js';
export { type ClusterOptions, defaultClusterOptions, type SweepPoint } from './cluster.js';
export {
  CostModel,
  type CostTotals,
  checkServiceName,
  type Edit,
  type EditResult,
  type PairCost,
  type PlanConstraints,
  type ServiceFigures,
  type SharedRole,
} from './cost-model.js';
export {
  buildEvidence,
  CHANNELS,
  type Channel,
  type ChannelWeights,
  defaultChannelWeights,
  type EvidenceGraph,
  type Tie,
  toGraphology,
} from './evidence-graph.js';
export {
  type BoundaryExplanation,
  consumersOf,
  describeTie,
  explainBoundary,
  explainTable,
  type TableExplanation,
} from './explain.js';
export { auditFindings, type Finding, type FindingCode } from './findings.js';
export { type FkInferenceScore, scoreFkInference } from './fk-inference-score.js';
export { type LooseFk, looseFkFor } from './loose-fk.js';
export { adjustedRandIndex, mojoFm } from './metrics.js';
export { PlanEditor, type PlanEditorOptions } from './plan-editor.js';
export { seededRandom } from './random.js';
export { defaultRoleOptions, type RoleDecision, type RoleOptions } from './roles.js';
export { indexSnapshot, type TableIndex, type TableInfo } from './tables.js';
