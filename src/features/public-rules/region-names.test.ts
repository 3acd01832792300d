import { lineage } from './region-names'

it('walks a county up to its prefecture and province, each with the parent to ask', () => {
  expect(lineage('420106')).toEqual([{ code: '420000', parent: '' }, { code: '420100', parent: '420000' }, { code: '420106', parent: '420100' }])
  expect(lineage('420100')).toEqual([{ code: '420000', parent: '' }, { code: '420100', parent: '420000' }])
  expect(lineage('420000')).toEqual([{ code: '420000', parent: '' }])
})
