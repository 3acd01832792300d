// Every use case a cloud function may run, by area. A function receives this object, never the
// container: the composition of ports into use cases happens here and nowhere else.
import type { Container } from '../container'
import { AuthUseCases } from './auth'
import { CitizenUseCases } from './citizen'
import { DeviceUseCases } from './device'
import { ExportsUseCases } from './exports'
import { GrantsUseCases } from './grants'
import { ImportsUseCases } from './imports'
import { PointsUseCases } from './points'
import { ReviewUseCases } from './review'
import { RulesUseCases } from './rules'
import { StaffUseCases } from './staff'
import { VerifierUseCases } from './verifier'

export class UseCases {
  readonly auth: AuthUseCases
  readonly citizen: CitizenUseCases
  readonly device: DeviceUseCases
  readonly exports: ExportsUseCases
  readonly grants: GrantsUseCases
  readonly imports: ImportsUseCases
  readonly points: PointsUseCases
  readonly review: ReviewUseCases
  readonly rules: RulesUseCases
  readonly staff: StaffUseCases
  readonly verifier: VerifierUseCases

  constructor(c: Container) {
    this.auth = new AuthUseCases(c)
    this.citizen = new CitizenUseCases(c)
    this.device = new DeviceUseCases(c)
    this.exports = new ExportsUseCases(c)
    this.grants = new GrantsUseCases(c)
    this.imports = new ImportsUseCases(c)
    this.points = new PointsUseCases(c)
    this.review = new ReviewUseCases(c)
    this.rules = new RulesUseCases(c)
    this.staff = new StaffUseCases(c)
    this.verifier = new VerifierUseCases(c)
  }
}

const built = new WeakMap<Container, UseCases>()

/** The use cases of this container, built once per process. */
export function useCasesOf(c: Container): UseCases {
  let u = built.get(c)
  if (!u) {
    u = new UseCases(c)
    built.set(c, u)
  }
  return u
}
