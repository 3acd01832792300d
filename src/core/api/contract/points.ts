// The points functions' wire contracts.

export const POINTS_CONTRACTS = [] as const
