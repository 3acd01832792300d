// The person's latest declaration as the auditor needs it: health, contact, and the certificates the
// citizen gave (self-declared; only imported records count in the rules).
import { Text, View } from '@tarojs/components'
import { labelOr } from '@/features/auditor/labels'
import type { StoredDeclaration } from '@core/declaration/stored-declaration'
import { chinaDateTime } from '@/i18n/time'
import { useI18n } from '@/i18n/use-i18n'

export default function DeclarationSummary({ declaration }: { declaration: { at: number; data: StoredDeclaration } | null }) {
  const { t } = useI18n()
  if (!declaration) return <Text id='evidence-declaration' className='label muted'>{t('auditCase.noDeclaration')}</Text>
  const d = declaration.data
  const list = (items: string[], prefix: string) => (items.length ? items.map((x) => labelOr(t, `${prefix}.${x}`, x)).join('、') : t('auditCase.none'))
  return (
    <View id='evidence-declaration'>
      <Text className='label'>{t('auditCase.declaredAt', { at: chinaDateTime(declaration.at) })}</Text>
      <Text className='label'>{t('auditCase.temperature', { v: d.health.temperature === null ? '—' : `${d.health.temperature}℃` })}</Text>
      <Text className='label'>{`${t('auditCase.symptoms')}：${list(d.health.symptoms, 'symptom')}`}</Text>
      <Text className='label'>{`${t('auditCase.conditions')}：${list(d.health.conditions, 'condition')}`}</Text>
      <Text className='label'>{`${t('auditCase.contact')}：${labelOr(t, `contact.${d.contact}`, d.contact)}`}</Text>
      {d.tests.map((x, i) => (
        <Text key={i} className='label'>{t('auditCase.selfTest', { result: t(`auditCase.result.${x.result}`), at: x.sampledAt, institution: x.institution })}</Text>
      ))}
      {d.vaccination && <Text className='label'>{t('auditCase.selfVaccination', { doses: d.vaccination.doses, date: d.vaccination.lastDoseDate ?? '—' })}</Text>}
      <Text className='label muted'>{t('auditCase.selfDeclared')}</Text>
    </View>
  )
}
