// Scheduled work shared by every process of a region, on any number of hosts: before doing a task
// (signing an audit checkpoint, the daily purge) a process asks for its lease, and only one asker in
// each interval gets it. The store decides, so no other component is needed.
export interface ScheduleLease {
  /**
   * True for exactly one caller per `everyMs` among all processes sharing the store: the one that should
   * do the task `name` now. It counts as done from `now`, whether or not the work then succeeds.
   */
  tryRun(name: string, everyMs: number, now: number): Promise<boolean>
}
