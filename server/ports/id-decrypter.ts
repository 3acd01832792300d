/** Opens the ID number the client encrypted with the host's transport key (RSA-OAEP, SHA-256). */
export interface IdDecrypter {
  decrypt(ciphertextBase64: string): string | null
}
