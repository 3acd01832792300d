// Every function folder is hosted, and every hosted function is documented in docs/api.md.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { FUNCTIONS } from '../../server/host/function-registry'
import { CONTRACTS } from '@core/api/contract'

const root = join(__dirname, '..', '..')
const folders = readdirSync(join(root, 'cloudfunctions')).filter(n => statSync(join(root, 'cloudfunctions', n)).isDirectory())

it('hosts exactly the functions in cloudfunctions/', () => {
  expect(Object.keys(FUNCTIONS).sort()).toEqual(folders.sort())
})

it('documents every function in docs/api.md', () => {
  const doc = readFileSync(join(root, 'docs', 'api.md'), 'utf8')
  expect(folders.filter(n => !doc.includes('`' + n + '`'))).toEqual([])
})

it('gives every function one contract, under its own name, and no contract without a function', () => {
  const names = CONTRACTS.map(c => c.name)
  expect(new Set(names).size).toBe(names.length)
  expect([...names].sort()).toEqual(folders.sort())
  for (const [name, main] of Object.entries(FUNCTIONS)) expect([name, main.contract?.name]).toEqual([name, name])
})
