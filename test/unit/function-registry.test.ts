// Every function folder is hosted, and every hosted function is documented in docs/api.md.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { FUNCTIONS } from '../../server/host/function-registry'

const root = join(__dirname, '..', '..')
const folders = readdirSync(join(root, 'cloudfunctions')).filter(n => statSync(join(root, 'cloudfunctions', n)).isDirectory())

it('hosts exactly the functions in cloudfunctions/', () => {
  expect(Object.keys(FUNCTIONS).sort()).toEqual(folders.sort())
})

it('documents every function in docs/api.md', () => {
  const doc = readFileSync(join(root, 'docs', 'api.md'), 'utf8')
  expect(folders.filter(n => !doc.includes('`' + n + '`'))).toEqual([])
})
