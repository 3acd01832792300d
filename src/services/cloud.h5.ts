// H5: HTTPS to the host that also serves this page (API_BASE '' = same origin).
import type { CloudResult } from './cloud-contract'
import { postFunction } from './http-transport'

export * from './cloud-contract'

export const transportName: string = 'h5-https'

export function initCloud(): void {}

export function callFunction<T = unknown>(name: string, data: Record<string, unknown> = {}): Promise<CloudResult<T>> {
  return postFunction<T>(API_BASE, name, data)
}
