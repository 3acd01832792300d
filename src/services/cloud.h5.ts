// H5: HTTPS to the host that also serves this page (API_BASE '' = same origin).
import { typedCall } from './cloud-contract'
import { postFunction } from './http-transport'

export * from './cloud-contract'

export const transportName: string = 'h5-https'

export function initCloud(): void {}

export const callFunction = typedCall((name, data) => postFunction(API_BASE, name, data))
