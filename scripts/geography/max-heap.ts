/** A binary max-heap ordered by a numeric priority; ties pop in no particular order. */
export class MaxHeap<T> {
  private readonly items: T[] = [];

  /** @param priorityOf - returns the priority of an item; larger pops first */
  constructor(private readonly priorityOf: (item: T) => number) {}

  /** Number of items waiting in the heap. */
  get size(): number {
    return this.items.length;
  }

  /** Adds an item. */
  push(item: T): void {
    this.items.push(item);
    let child = this.items.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.isHigher(child, parent)) break;
      this.swap(child, parent);
      child = parent;
    }
  }

  /** Removes and returns the item with the largest priority, or undefined when empty. */
  pop(): T | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (this.items.length === 0 || last === undefined) return top;
    this.items[0] = last;
    let parent = 0;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let highest = parent;
      if (left < this.items.length && this.isHigher(left, highest)) highest = left;
      if (right < this.items.length && this.isHigher(right, highest)) highest = right;
      if (highest === parent) break;
      this.swap(parent, highest);
      parent = highest;
    }
    return top;
  }

  private isHigher(a: number, b: number): boolean {
    return this.priorityOf(this.at(a)) > this.priorityOf(this.at(b));
  }

  private at(index: number): T {
    const item = this.items[index];
    if (item === undefined) throw new Error(`MaxHeap: no item at ${index}`);
    return item;
  }

  private swap(a: number, b: number): void {
    const itemA = this.at(a);
    this.items[a] = this.at(b);
    this.items[b] = itemA;
  }
}
