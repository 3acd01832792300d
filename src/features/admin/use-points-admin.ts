// Collection points page: list, add, edit name/address/kind, close and reopen.
import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { closePoint, createPoint, listPoints, updatePoint } from './admin-api'
import type { CollectionPoint, PointKind } from '@core/api/contract/points'
import { useAdminCall } from './use-admin-call'

export interface PointForm {
  name: string
  address: string
  kind: PointKind
}

const emptyForm = (): PointForm => ({ name: '', address: '', kind: 'collection' })

export function usePointsAdmin() {
  const call = useAdminCall()
  const [points, setPoints] = useState<CollectionPoint[] | null>(null)
  const [form, setFormState] = useState<PointForm>(emptyForm)
  const [missing, setMissing] = useState(false)

  const load = useCallback(async () => {
    const r = await listPoints()
    if (r.code === 0 && Array.isArray(r.data?.points)) setPoints(r.data!.points)
  }, [])

  useDidShow(() => void load())

  const replace = (p: CollectionPoint) => setPoints((list) => (list ?? []).map((x) => (x.id === p.id ? p : x)))

  const setForm = (patch: Partial<PointForm>) => {
    setFormState((f) => ({ ...f, ...patch }))
    setMissing(false)
  }

  const submit = async () => {
    const input = { name: form.name.trim(), address: form.address.trim(), kind: form.kind }
    if (!input.name || !input.address) return setMissing(true)
    const made = await call.run(() => createPoint(input), (p) => ({ key: 'points.created', vars: { name: p.name } }))
    if (made) {
      setFormState(emptyForm())
      setPoints((list) => [...(list ?? []), made])
    }
  }

  const edit = async (p: CollectionPoint, patch: PointForm) => {
    const updated = await call.run(() => updatePoint({ pointId: p.id, ...patch }), (x) => ({ key: 'points.updated', vars: { name: x.name } }))
    if (updated) replace(updated)
    return updated !== null
  }

  const setOpen = async (p: CollectionPoint, open: boolean) => {
    const updated = await call.run(() => (open ? updatePoint({ pointId: p.id, status: 'open' }) : closePoint(p.id)), (x) => ({ key: 'points.updated', vars: { name: x.name } }))
    if (updated) replace(updated)
  }

  return { ...call, points, form, missing, setForm, submit, edit, setOpen, load }
}
