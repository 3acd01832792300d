// The bulk-change thresholds (Henan 2022: 1,317 people red-coded by hand). More than this many manual
// changes requested by one auditor in an hour, or applied in a region in an hour, stop and alarm the
// region's admins; so do more than this many grants of staff power (creations, new roles, re-enabling)
// asked for by one admin, or in a region, in an hour: whoever can make staff can make their own second
// approvers. Read from the environment by server/runtime/config.ts (BULK_PER_AUDITOR_PER_HOUR,
// BULK_PER_REGION_PER_HOUR, BULK_STAFF_PER_ADMIN_PER_HOUR, BULK_STAFF_PER_REGION_PER_HOUR).
export interface BulkLimits {
  perAuditorPerHour: number
  perRegionPerHour: number
  staffPerAdminPerHour: number
  staffPerRegionPerHour: number
}

export const DEFAULT_BULK_LIMITS: BulkLimits = { perAuditorPerHour: 20, perRegionPerHour: 100, staffPerAdminPerHour: 10, staffPerRegionPerHour: 30 }
