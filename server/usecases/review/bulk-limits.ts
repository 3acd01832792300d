// The bulk-change threshold: more than this many manual changes requested by one auditor in an hour, or
// applied in a region in an hour, stop and alarm the region's admins (Henan 2022: 1,317 people red-coded
// by hand). Configurable: BULK_PER_AUDITOR_PER_HOUR, BULK_PER_REGION_PER_HOUR.
export interface BulkLimits { perAuditorPerHour: number; perRegionPerHour: number }

export function bulkLimits(env = process.env): BulkLimits {
  return {
    perAuditorPerHour: Number(env.BULK_PER_AUDITOR_PER_HOUR ?? 20),
    perRegionPerHour: Number(env.BULK_PER_REGION_PER_HOUR ?? 100)
  }
}
