import { parseSignedFile } from './use-rules-publish'

it('takes only a signed rule-set file ({ruleSet, cose}) and leaves checking to the host', () => {
  expect(parseSignedFile('{"ruleSet":{"version":2},"cose":"abc"}')).toEqual({ ruleSet: { version: 2 }, cose: 'abc' })
  expect(parseSignedFile('{"ruleSet":{}}')).toEqual({ ruleSet: {} }) // unsigned: the host says `unsigned`
  expect(parseSignedFile('{"rules":[]}')).toBeNull()
  expect(parseSignedFile('[1]')).toBeNull()
  expect(parseSignedFile('not json')).toBeNull()
})
