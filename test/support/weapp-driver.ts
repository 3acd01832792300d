// Drives pages of dist/weapp inside the WeChat-globals sandbox (weapp-sandbox.ts): instantiates a
// registered Page the way WeChat does, runs its lifecycle, collects what it renders through setData,
// and fires WeChat events at elements by the id given in JSX, through Taro's own event handler (`eh`).
import type { WeappSandbox } from './weapp-sandbox'

export interface DrivenPage {
  /** Everything passed to setData so far, as JSON. */
  rendered(): string
  tap(id: string): void
  input(id: string, value: string): void
}

export function openPage(sb: WeappSandbox, route: string, query: Record<string, string> = {}): DrivenPage {
  sb.require(route)
  const reg = [...sb.registered].reverse().find((r) => r.kind === 'Page' && r.file === `${route}.js`)
  if (!reg) throw new Error(`no Page registered by ${route}.js`)
  let out = ''
  const inst: any = Object.assign(Object.create(reg.options), {
    route,
    setData: (d: unknown, cb?: () => void) => {
      out += JSON.stringify(d)
      cb?.()
    }
  })
  inst.onLoad.call(inst, query)
  inst.onShow.call(inst)
  inst.onReady.call(inst)
  const fire = (type: string, id: string, detail: Record<string, unknown> = {}) => {
    const target = { id, dataset: {} }
    inst.eh.call(inst, { type, timeStamp: Date.now(), target, currentTarget: target, detail, mark: {} })
  }
  return {
    rendered: () => out,
    tap: (id) => fire('tap', id, { x: 0, y: 0 }),
    input: (id, value) => fire('input', id, { value, cursor: value.length, keyCode: 0 })
  }
}

/** Poll (no fixed sleeps) until `check` passes. */
export async function until<T>(check: () => T | null | undefined | false, what: string, timeoutMs = 8000): Promise<T> {
  const t0 = Date.now()
  for (;;) {
    const v = check()
    if (v) return v
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}
