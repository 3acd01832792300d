// Timing helpers shared by the benchmarks: repeated runs, median and p99 in milliseconds.
export function timeEach(runs: number, fn: () => unknown, warmup = Math.min(50, runs)): number[] {
  for (let i = 0; i < warmup; i++) fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    fn()
    samples.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  return samples.sort((a, b) => a - b)
}

export async function timeEachAsync(runs: number, fn: () => Promise<unknown>, warmup = Math.min(50, runs)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    await fn()
    samples.push(Number(process.hrtime.bigint() - t) / 1e6)
  }
  return samples.sort((a, b) => a - b)
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

export const round = (x: number, digits = 3) => Number(x.toFixed(digits))
