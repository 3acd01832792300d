// The review functions' wire contracts.

export const REVIEW_CONTRACTS = [] as const
