// The staff functions' wire contracts.

export const STAFF_CONTRACTS = [] as const
