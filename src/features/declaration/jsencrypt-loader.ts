// Only ever loaded through `require('./jsencrypt-loader')` in id-encryption.ts, never imported: that keeps
// jsencrypt's module from running before the phone's random source is ready (see there). Imported as
// ESM here so webpack takes the package's `import`/`browser` entry (lib/), not the UMD `require` one.
// The default import: lib/ exports the class as default, the UMD build (jest, Node) is the class itself.
import JSEncrypt from 'jsencrypt'

export default JSEncrypt
