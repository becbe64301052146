/**
 * Agreement between two partitions of the same items, given as one label per item.
 * Adjusted Rand Index (Hubert & Arabie): 1 identical, about 0 for chance agreement.
 */
export function adjustedRandIndex(a: ArrayLike<number | string>, b: ArrayLike<number | string>): number {
  const n = a.length;
  if (n !== b.length) throw new Error('partitions of different sizes');
  if (n < 2) return 1;
  const pairs = (x: number) => (x * (x - 1)) / 2;
  const cells = new Map<string, number>();
  const rows = new Map<number | string, number>();
  const cols = new Map<number | string, number>();
  for (let i = 0; i < n; i++) {
    const key = `${a[i]}\u0000${b[i]}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(a[i]!, (rows.get(a[i]!) ?? 0) + 1);
    cols.set(b[i]!, (cols.get(b[i]!) ?? 0) + 1);
  }
  let index = 0;
  for (const c of cells.values()) index += pairs(c);
  let sumA = 0;
  for (const c of rows.values()) sumA += pairs(c);
  let sumB = 0;
  for (const c of cols.values()) sumB += pairs(c);
  const expected = (sumA * sumB) / pairs(n);
  const max = (sumA + sumB) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}

/**
 * MoJoFM (Wen & Tzerpos 2004) of a clustering `a` against a reference `b`, in percent:
 * 100 × (1 − mno(a, b) / max mno(·, b)). mno is computed with the MoJo approximation:
 * each cluster of `a` is matched to the reference cluster it shares most items with (a maximum
 * bipartite matching on those choices decides the joins), items elsewhere are moved.
 */
export function mojoFm(a: ArrayLike<number | string>, b: ArrayLike<number | string>): number {
  const n = a.length;
  if (n !== b.length) throw new Error('partitions of different sizes');
  const max = maxMojo(b);
  return max <= 0 ? 100 : 100 * (1 - mojo(a, b) / max);
}

/**
 * The farthest any partition of the same items can be from b: max over A of mno(A, b) = n − k, where k is
 * the largest number such that b's groups, largest first, have sizes s_i ≥ k − i + 1 for i = 1..k.
 * Wen & Tzerpos give n − l (l = number of groups of b), which is too small whenever b has many small groups
 * (12 items in 6 pairs: one cluster of all 12 needs 10 moves, n − l = 6) and made MoJoFM negative; the
 * formula here matches a brute force over every partition of up to 8 items (up to 6 in bench/quality/scorer.test.ts).
 */
function maxMojo(b: ArrayLike<number | string>): number {
  const sizes = new Map<number | string, number>();
  for (let i = 0; i < b.length; i++) sizes.set(b[i]!, (sizes.get(b[i]!) ?? 0) + 1);
  const sorted = [...sizes.values()].sort((x, y) => y - x);
  let k = 0;
  while (k < sorted.length && sorted.slice(0, k + 1).every((s, i) => s >= k + 1 - i)) k++;
  return b.length - k;
}

/** MoJo distance from a to b: moves + joins, with Wen & Tzerpos' tagging and maximum matching. */
function mojo(a: ArrayLike<number | string>, b: ArrayLike<number | string>): number {
  const n = a.length;
  const overlap = new Map<number | string, Map<number | string, number>>();
  for (let i = 0; i < n; i++) {
    let row = overlap.get(a[i]!);
    if (!row) {
      row = new Map();
      overlap.set(a[i]!, row);
    }
    row.set(b[i]!, (row.get(b[i]!) ?? 0) + 1);
  }
  // Tag each cluster of a with the b groups it shares most with; edges of the bipartite graph.
  const edges = new Map<number | string, (number | string)[]>();
  let tagged = 0;
  for (const [ca, row] of overlap) {
    let best = 0;
    for (const c of row.values()) best = Math.max(best, c);
    tagged += best;
    edges.set(
      ca,
      [...row].filter(([, c]) => c === best).map(([g]) => g),
    );
  }
  // Maximum bipartite matching (Kuhn's algorithm) between clusters of a and the groups of b.
  const matchOfGroup = new Map<number | string, number | string>();
  const tryMatch = (ca: number | string, seen: Set<number | string>): boolean => {
    for (const g of edges.get(ca)!) {
      if (seen.has(g)) continue;
      seen.add(g);
      const other = matchOfGroup.get(g);
      if (other === undefined || tryMatch(other, seen)) {
        matchOfGroup.set(g, ca);
        return true;
      }
    }
    return false;
  };
  let matched = 0;
  for (const ca of overlap.keys()) if (tryMatch(ca, new Set())) matched++;
  const moves = n - tagged;
  const joins = overlap.size - matched;
  return moves + joins;
}
