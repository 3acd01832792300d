// 导入详情: progress while the rows are read, the row report, then for an admin who may decide the match
// preview (read once, logged) and Approve / Reject; the uploader sees the row check only and is told the
// preview is for the deciding admin. Then the re-audit's state (with its counts for the other admins), or
// its hold above the bulk threshold.
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import ActionButton from '@/components/action-button'
import FieldMessage from '@/components/field-message'
import ImportPreview from '@/components/import-preview'
import LabeledInput from '@/components/labeled-input'
import ProgressBar from '@/components/progress-bar'
import RowReport from '@/components/row-report'
import { IMPORT_STATE, JOB_STATE } from '@/features/admin/import-labels'
import { ADMIN_DATA_PAGES } from '@/features/admin/routes'
import { useImportDetail, withCounts } from '@/features/admin/use-import-detail'
import { chinaDateTime } from '@/i18n/time'
import { useI18n } from '@/i18n/use-i18n'

export default function ImportDetailPage() {
  const { t } = useI18n()
  const d = useImportDetail()
  const imp = d.imp
  const job = imp?.job ?? null
  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('dataImport.detailTitle')}</Text>
      {imp?.state !== 'preview' && <FieldMessage text={d.error ? t(d.error) : null} />}
      {!imp && !d.error && <Text className='label muted'>{t('common.loading')}</Text>}
      {imp && (
        <View>
          <View className='card'>
            <Text id='import-file-name' className='label'>{imp.fileName}</Text>
            <Text className='label muted'>{`${t(`dataImport.source.${imp.source}`)} · ${chinaDateTime(imp.uploadedAt)}${d.mine ? ` · ${t('dataImport.byYou')}` : ''}`}</Text>
            <Text id='import-state' className='page__title' data-state={imp.state}>{`${IMPORT_STATE[imp.state].icon} ${t(IMPORT_STATE[imp.state].key)}`}</Text>
            {imp.state === 'processing' && <ProgressBar id='read-progress' percent={imp.progress} label={t('dataImport.reading')} />}
            {imp.state === 'failed' && <FieldMessage text={t('dataImport.failed', { why: imp.error ?? '' })} />}
          </View>
          {imp.state !== 'processing' && imp.state !== 'failed' && (
            <View className='card'>
              <RowReport totalRows={imp.totalRows} acceptedRows={imp.acceptedRows} rejected={imp.rejected} />
            </View>
          )}
          {imp.state === 'preview' && (
            <View className='card'>
              {d.mine ? (
                <Text id='preview-for-decider' className='label'>{t('dataImport.previewForDecider')}</Text>
              ) : d.preview ? (
                <ImportPreview preview={d.preview} />
              ) : (
                <FieldMessage kind={d.previewError ? 'error' : 'info'} text={d.previewError ? t(d.previewError) : t('dataImport.previewLoading')} />
              )}
              <Text className='label'>{d.mine ? t('dataImport.mineNote') : t('dataImport.approveNote')}</Text>
              <FieldMessage text={d.error ? t(d.error) : null} />
              <ActionButton id='approve-import' disabled={d.busy || (!d.mine && !d.preview)} label={t('dataImport.approve')} onClick={() => void d.approve()} />
              <LabeledInput id='reject-reason' label={t('dataImport.rejectReason')} value={d.reason} onInput={d.setReason} maxlength={200} />
              <ActionButton id='reject-import' kind='danger' disabled={d.busy} label={t('dataImport.reject')} onClick={() => void d.reject()} />
            </View>
          )}
          {imp.decidedAt !== null && <Text id='import-decided' className='label muted'>{t('dataImport.decidedAt', { at: chinaDateTime(imp.decidedAt) })}</Text>}
          {job && (
            <View id='reaudit' className='card' data-state={job.state}>
              <Text className='label'>{t('dataImport.reaudit')}</Text>
              <Text id='job-state' className='label'>{`${JOB_STATE[job.state].icon} ${t(JOB_STATE[job.state].key)}`}</Text>
              {withCounts(job) ? (
                <View>
                  <ProgressBar id='job-progress' percent={job.total ? (job.done / job.total) * 100 : job.state === 'done' ? 100 : 0}
                    label={t('dataImport.jobDone', { done: job.done, total: job.total })} />
                  <Text id='job-changed' className='label'>{t('dataImport.jobChanged', { n: job.changed })}</Text>
                </View>
              ) : (
                <Text id='job-counts-hidden' className='label muted'>{t('dataImport.jobCountsForOthers')}</Text>
              )}
              {job.state === 'held' && (
                <View>
                  <FieldMessage kind='info' text={t('dataImport.heldNote')} />
                  <ActionButton id='go-alarms' kind='plain' label={t('opsLink.alarms')} onClick={() => void Taro.navigateTo({ url: ADMIN_DATA_PAGES.alarms })} />
                </View>
              )}
            </View>
          )}
          <ActionButton id='refresh' kind='plain' disabled={d.busy} label={t('staffCommon.refresh')} onClick={() => void d.load()} />
        </View>
      )}
    </View>
  )
}
