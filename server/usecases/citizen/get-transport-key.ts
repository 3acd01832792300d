// The host's RSA public key: the phone encrypts the ID number under it (RSA-OAEP, SHA-256), so the number
// never crosses the network, or reaches a log, in clear.
import type { TransportKey } from '@core/api/contract/citizen'

export class GetTransportKey {
  constructor(private readonly deps: { transportPublicPem: string }) {}

  async execute(): Promise<TransportKey> {
    return { algorithm: 'RSA-OAEP-256', publicKeyPem: this.deps.transportPublicPem }
  }
}
