// HTTPS transport to the self-hosted functions: POST {API_BASE}/api/<name>, JSON body,
// `Authorization: Bearer <token>`. Identity travels only in the header, never in the body.
import Taro from '@tarojs/taro'
import { isSessionError, networkFailure, toFunctionResult, type FunctionResult } from './cloud-contract'
import { clearSession, sessionToken } from './session'

export async function postFunction<T>(base: string, name: string, data: Record<string, unknown>, token = sessionToken()): Promise<FunctionResult<T>> {
  const header: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) header.Authorization = `Bearer ${token}`
  let raw: unknown
  try {
    const res = await Taro.request({ url: `${base}/api/${encodeURIComponent(name)}`, method: 'POST', data, header, dataType: 'json' })
    raw = res.data
  } catch (err) {
    // Alipay's my.request fails on non-2xx statuses but still carries the body.
    const body = err && typeof err === 'object' ? (err as { data?: unknown }).data : undefined
    if (!body) return networkFailure<T>(err)
    raw = typeof body === 'string' ? safeJson(body) : body
  }
  const result = toFunctionResult<T>(raw)
  if (isSessionError(result.code)) clearSession()
  return result
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s)
  } catch {
    return null
  }
}
