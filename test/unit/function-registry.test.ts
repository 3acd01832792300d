// Every function folder is hosted, and every hosted function is documented in docs/api.md.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { FUNCTIONS } from '../../server/host/function-registry'
import { CONTRACTS } from '@core/api/contract'
import { schemaAt } from '@core/api/contract/define'
import { findIdentityField } from '../../server/runtime/identity-fields'

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

it('names no input field like an identity field, which the host refuses in every body', () => {
  const keys = new Set<string>()
  const walk = (s: any, path: string): void => {
    if (!s?._def) return
    const d = s._def
    if (typeof s.shape === 'object' && s.shape) for (const [k, v] of Object.entries(s.shape)) { keys.add(`${path}${k}`); walk(v, `${path}${k}.`) }
    for (const inner of [d.innerType, d.schema, d.type, d.left, d.right]) if (inner) walk(inner, path)
    for (const option of d.options ?? []) walk(option, path)
  }
  for (const c of CONTRACTS) walk(schemaAt(c.input as any, Date.now()), `${c.name}: `)
  expect(keys.size).toBeGreaterThan(100) // the walk reached the fields
  expect([...keys].filter(k => findIdentityField({ [k.split(/[.: ]+/).pop()!]: 1 }) !== null)).toEqual([])
})
