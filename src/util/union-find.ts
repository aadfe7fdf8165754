/** Disjoint sets over 0..n-1 whose roots are always the smallest member (so results do not depend on merge order). */
export class UnionFind {
  private readonly parent: number[];

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }

  /** Root (smallest member) of i's set. */
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const n = this.parent[i]!;
      this.parent[i] = r;
      i = n;
    }
    return r;
  }

  /** Join the sets of a and b. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}
