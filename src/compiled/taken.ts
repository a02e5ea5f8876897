/**
 * The defaults a generated condition took, for one condition at a time: a short list rather than a Set, because
 * in V8 clearing a Set allocates a new table and the lean path clears it for every condition that reads a blank
 * defaulted field (a Set here cost more than the row's conditions).
 */
export class Taken {
  private readonly list: string[] = [];

  get size(): number {
    return this.list.length;
  }

  add(field: string): void {
    if (!this.list.includes(field)) this.list.push(field);
  }

  delete(field: string): void {
    const i = this.list.indexOf(field);
    if (i >= 0) this.list.splice(i, 1);
  }

  clear(): void {
    if (this.list.length) this.list.length = 0;
  }
}

/** Where generated code records a default it took, or forgets one an unread argument made moot. */
export interface TakenFields {
  add(field: string): unknown;
  delete(field: string): unknown;
}
