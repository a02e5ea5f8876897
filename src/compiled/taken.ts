/**
 * The defaults a generated condition took, for one condition at a time: a short list rather than a Set, because
 * in V8 clearing a Set allocates a new table and the lean path clears it for every condition that reads a blank
 * defaulted field (a Set here cost more than the row's conditions).
 */
export class Taken {
  private readonly list: string[] = [];
  // Entries past `count` are stale: clearing is a store, not a change of the array's length (a runtime call).
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(field: string): void {
    for (let i = 0; i < this.count; i++) if (this.list[i] === field) return;
    this.list[this.count++] = field;
  }

  delete(field: string): void {
    for (let i = 0; i < this.count; i++)
      if (this.list[i] === field) {
        this.list[i] = this.list[--this.count] as string;
        return;
      }
  }

  clear(): void {
    this.count = 0;
  }
}

/** Where generated code records a default it took, or forgets one an unread argument made moot. */
export interface TakenFields {
  add(field: string): unknown;
  delete(field: string): unknown;
  clear(): unknown;
  readonly size: number;
}
