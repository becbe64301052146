/** Disjoint sets over 0..n-1, each set remembering an optional label (a pinned service). */
export class UnionFind {
  private readonly parent: Int32Array;
  readonly label: (string | undefined)[];

  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
    this.label = new Array(n).fill(undefined);
  }

  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[x] !== root) {
      const next = this.parent[x]!;
      this.parent[x] = root;
      x = next;
    }
    return root;
  }

  /** Joins the sets of a and b unless they carry different labels; says whether they are one set now. */
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const la = this.label[ra];
    const lb = this.label[rb];
    if (la !== undefined && lb !== undefined && la !== lb) return false;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    this.label[root] = la ?? lb;
    return true;
  }
}
