/** Daily counters per region (codes issued, …), added to in batches. */
export interface CounterStore {
  add(region: string, day: string, name: string, n: number): Promise<void>
  get(region: string, day: string): Promise<Record<string, number>>
}
