import type { TableRole } from '@seam/core';
import type { SharedRole } from './cost-types.js';
import type { EvidenceGraph } from './evidence-graph.js';

/**
 * The roles a placement implies: a table a service owns is not shared (one analysed as reference or
 * technical is an entity there), and a table the plan shares has the shared role it is listed under.
 */
export function ownershipRoles(
  evidence: EvidenceGraph,
  assignment: Array<string | SharedRole>,
): Map<number, TableRole> {
  const roles = new Map<number, TableRole>();
  assignment.forEach((a, t) => {
    const analysed = evidence.roles[t]!.role;
    const shared = analysed === 'reference' || analysed === 'technical';
    if (a === 'reference' || a === 'technical') {
      if (a !== analysed) roles.set(t, a);
    } else if (shared) roles.set(t, 'entity');
  });
  return roles;
}
