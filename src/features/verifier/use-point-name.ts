// The name of the verifier's own collection point, for the header. Best effort: offline, no name.
import { useEffect, useState } from 'react'
import { ReturnCode } from '@core/api/return-codes'
import { fetchPoints } from './verifier-api'

export function usePointName(pointId: string | null): string | null {
  const [name, setName] = useState<string | null>(null)
  useEffect(() => {
    if (!pointId) return undefined
    let live = true
    void fetchPoints().then((r) => {
      const hit = r.code === ReturnCode.OK && Array.isArray(r.data?.points) ? r.data!.points.find((p) => p.id === pointId) : undefined
      if (live && hit) setName(hit.name)
    })
    return () => {
      live = false
    }
  }, [pointId])
  return name
}
