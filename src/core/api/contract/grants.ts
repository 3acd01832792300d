// The grants functions' wire contracts.

export const GRANTS_CONTRACTS = [] as const
