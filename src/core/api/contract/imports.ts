// The imports functions' wire contracts.

export const IMPORTS_CONTRACTS = [] as const
