// The exports functions' wire contracts.

export const EXPORTS_CONTRACTS = [] as const
