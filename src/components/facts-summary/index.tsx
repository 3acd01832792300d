// The facts a rule was evaluated on (docs/rules.md "Facts"), as lines an auditor can check against
// the sources: the declaration, trips with the area's risk, list memberships, tests, vaccination,
// check-ins. Unknown shapes are shown as JSON rather than hidden.
import { Text, View } from '@tarojs/components'
import type { AuditFacts } from '@core/rules/facts'
import { labelOr } from '@/features/auditor/labels'
import { chinaDateTime } from '@/i18n/time'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

const when = (iso: string | null | undefined) => (iso ? chinaDateTime(iso) : '—')

export default function FactsSummary({ id, facts }: { id: string; facts: unknown }) {
  const { t } = useI18n()
  const f = facts as Partial<AuditFacts> | null
  if (!f || typeof f !== 'object' || !('trips' in f)) return <Text id={id} className='facts-summary__raw'>{JSON.stringify(facts)}</Text>
  const yes = (b: boolean | undefined) => (b ? t('auditCase.yes') : t('auditCase.no'))
  const d = f.declaration
  return (
    <View id={id} className='facts-summary'>
      <Text className='facts-summary__line'>{t('facts.at', { at: when(f.now) })}</Text>
      <Text className='facts-summary__line'>
        {d ? t('facts.declaration', {
          at: when(d.at),
          temp: d.temperatureTenths === null ? '—' : (d.temperatureTenths / 10).toFixed(1),
          symptoms: d.symptoms.length ? d.symptoms.map((s) => labelOr(t, `symptom.${s}`, s)).join('、') : t('auditCase.none'),
          contact: labelOr(t, `contact.${d.contact}`, d.contact)
        }) : t('facts.noDeclaration')}
      </Text>
      {(f.trips ?? []).map((trip, i) => (
        <Text key={i} className='facts-summary__line'>
          {t('facts.trip', { region: trip.region, from: trip.from, to: trip.to, risk: trip.risk ? t(`rulesView.level.${trip.risk}`) : t('facts.noRisk') })}
        </Text>
      ))}
      <Text className='facts-summary__line'>
        {t('facts.lists', { confirmed: yes(f.cases?.confirmed), suspected: yes(f.cases?.suspected), close: yes(f.contacts?.close), secondary: yes(f.contacts?.secondary) })}
      </Text>
      <Text className='facts-summary__line'>{t('facts.tests', { neg: when(f.tests?.latestNegativeSampledAt), pos: when(f.tests?.latestPositiveSampledAt) })}</Text>
      <Text className='facts-summary__line'>{t('facts.vaccination', { complete: yes(f.vaccination?.complete) })}</Text>
      <Text className='facts-summary__line'>{t('facts.checkins', { n: f.checkins?.consecutiveDays ?? 0, last: when(f.checkins?.lastAt) })}</Text>
    </View>
  )
}
