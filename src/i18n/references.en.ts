import type { ReferencesKey } from './references.zh-CN'

const referencesEn: Record<ReferencesKey, string> = {
  'reference.label': 'Reference {ref}',
  'reference.lookup.title': 'Find a request by its reference',
  'reference.lookup.field': 'Reference (8 characters, e.g. 7KQ4-WX2M; any case, dash optional)',
  'reference.lookup.submit': 'Find',
  'reference.lookup.invalid': 'A reference has 8 letters or digits, e.g. 7KQ4-WX2M',
  'reference.lookup.notFound': 'No request in this region has this reference'
}

export default referencesEn
