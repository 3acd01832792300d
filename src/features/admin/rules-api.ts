// Publishing a rule set signed offline.
import { callFunction } from '@/services/cloud'
import type { JobProgress } from './import-types'

export const publishRules = (signed: Record<string, unknown>) => callFunction<{ version: number; job: JobProgress }>('rules-publish', { signed })
