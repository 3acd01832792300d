// The auth functions' wire contracts.

export const AUTH_CONTRACTS = [] as const
