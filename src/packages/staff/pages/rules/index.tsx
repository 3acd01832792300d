// 规则管理 (region admin): the rules in force and the risk areas, and publishing a rule set signed
// offline with the region's rules key. The host verifies, never signs; a refusal says which check failed.
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import FieldMessage from '@/components/field-message'
import FilePicker from '@/components/file-picker'
import ProgressBar from '@/components/progress-bar'
import RiskAreaList from '@/components/risk-area-list'
import RuleList from '@/components/rule-list'
import { JOB_STATE } from '@/features/admin/import-labels'
import { REFUSAL_CODES, useRulesPublish } from '@/features/admin/use-rules-publish'
import { useRulesCurrent } from '@/features/public-rules/use-rules-current'
import { useI18n } from '@/i18n/use-i18n'

export default function RulesAdminPage() {
  const { t } = useI18n()
  const current = useRulesCurrent()
  const p = useRulesPublish(() => void current.load())
  const job = p.published?.job ?? null
  const known = p.refusal && (REFUSAL_CODES as readonly string[]).includes(p.refusal.code)
  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('ruleAdmin.title')}</Text>
      <View className='card'>
        <Text className='label'>{t('ruleAdmin.publish')}</Text>
        <Text className='label muted'>{t('ruleAdmin.howTo')}</Text>
        <FilePicker id='rules-file' label={t('ruleAdmin.chooseFileButton')} extensions={['json']} read='text' maxBytes={60 * 1024}
          disabled={p.busy} onFile={p.choose} onProblem={p.problem} />
        {p.file && <Text id='rules-chosen' className='label'>{t('ruleAdmin.chosen', { name: p.file.name })}</Text>}
        <FieldMessage text={p.error ? t(p.error) : null} />
        {p.refusal && (
          <View id='rules-refusal' className='card' data-code={p.refusal.code}>
            <FieldMessage text={known ? t(`ruleAdmin.refusal.${p.refusal.code as (typeof REFUSAL_CODES)[number]}`) : p.refusal.hostMessage} />
            <Text className='label muted'>{t('ruleAdmin.refusalCode', { code: p.refusal.code, message: p.refusal.hostMessage })}</Text>
          </View>
        )}
        <ActionButton id='publish-rules' disabled={p.busy} label={t('ruleAdmin.publishButton')} onClick={() => void p.publish()} />
        {p.published && job && (
          <View id='rules-published'>
            <FieldMessage kind='info' text={t('ruleAdmin.published', { version: p.published.version })} />
            <Text id='rules-job-state' className='label'>{`${JOB_STATE[job.state].icon} ${t(JOB_STATE[job.state].key)}`}</Text>
            <ProgressBar id='rules-job-progress' percent={job.total ? (job.done / job.total) * 100 : job.state === 'done' ? 100 : 0}
              label={t('dataImport.jobDone', { done: job.done, total: job.total })} />
            <Text className='label'>{t('dataImport.jobChanged', { n: job.changed })}</Text>
          </View>
        )}
      </View>
      <FieldMessage text={current.error ? t(current.error) : null} />
      {current.rules && (
        <View>
          <Text className='page__title'>{t('rulesView.inForce')}</Text>
          <RuleList current={current.rules} />
          <Text className='page__title'>{t('rulesView.areas')}</Text>
          <RiskAreaList areas={current.rules.riskAreas} names={current.names} />
        </View>
      )}
    </View>
  )
}
