// Mini-programs have no document root to mark: pages that follow care mode add the `care` class to their
// own container (useCareMode().pageClass). H5 marks <html> instead (care-root.h5.ts).
export function applyCareRoot(_on: boolean): void {}
