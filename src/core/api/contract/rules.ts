// The rules functions' wire contracts.

export const RULES_CONTRACTS = [] as const
