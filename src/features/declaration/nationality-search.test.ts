import { nationalityName, searchNationalities } from './nationality-search'

it('finds a nationality by its code, its Chinese or English name, best matches first', () => {
  expect(searchNationalities('deu', 'zh-CN')[0]).toEqual({ code: 'DEU', name: '德国' })
  expect(searchNationalities('德国', 'zh-CN')[0]).toEqual({ code: 'DEU', name: '德国' })
  expect(searchNationalities('germ', 'en')[0]).toEqual({ code: 'DEU', name: 'Germany' })
  expect(searchNationalities('united', 'en').map((o) => o.code)).toEqual(expect.arrayContaining(['USA', 'GBR', 'ARE']))
  expect(searchNationalities('united', 'en').length).toBeLessThanOrEqual(8)
  expect(searchNationalities('  ', 'en')).toEqual([])
})

it('offers no region of China as a nationality', () => {
  for (const q of ['台湾', '香港', '澳门', 'TWN', 'HKG', 'MAC']) expect(searchNationalities(q, 'zh-CN').map((o) => o.code)).not.toEqual(expect.arrayContaining(['TWN', 'HKG', 'MAC']))
})

it('names a code in the reader\'s language', () => {
  expect(nationalityName('USA', 'zh-CN')).toBe('美国')
  expect(nationalityName('USA', 'en')).toBe('United States')
})
