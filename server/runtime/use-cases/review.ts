// The review use cases, each built with the narrow ports it needs. Built on access, so a key reload
// (which swaps the container's signer and data keys) reaches the next request.
import type { Container } from '../container'

export class ReviewUseCases {
  constructor(protected readonly c: Container) {}
}
