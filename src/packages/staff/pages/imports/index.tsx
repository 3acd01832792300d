// 数据导入 (region admin): pick the source and a CSV/XLSX file, upload; earlier imports below. Nothing
// changes anyone's status from here: a second admin approves on the import's own page.
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import FieldMessage from '@/components/field-message'
import FilePicker from '@/components/file-picker'
import ImportCard from '@/components/import-card'
import OptionChips from '@/components/option-chips'
import { IMPORT_SOURCES } from '@/features/admin/import-types'
import { MAX_IMPORT_BYTES, useImports } from '@/features/admin/use-imports'
import { useI18n } from '@/i18n/use-i18n'

export default function ImportsPage() {
  const { t } = useI18n()
  const m = useImports()
  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('dataImport.title')}</Text>
      <View className='card'>
        <Text className='label'>{t('dataImport.source')}</Text>
        <OptionChips id='import-source' value={m.source} onChange={m.pickSource}
          options={IMPORT_SOURCES.map((s) => ({ value: s, label: t(`dataImport.source.${s}`) }))} />
        {m.source && <Text id='import-columns' className='label muted'>{t(`dataImport.columns.${m.source}`)}</Text>}
        <FilePicker id='import-file' label={t('dataImport.chooseFileButton')} extensions={['csv', 'xlsx']} read='base64'
          maxBytes={MAX_IMPORT_BYTES} disabled={m.busy} onFile={m.choose} onProblem={m.problem} />
        {m.file && <Text id='import-chosen' className='label'>{t('dataImport.chosen', { name: m.file.name, kb: Math.max(1, Math.round(m.file.size / 1024)) })}</Text>}
        <FieldMessage text={m.error ? t(m.error) : null} />
        <ActionButton id='upload-import' disabled={m.busy} label={m.busy ? t('dataImport.uploading') : t('dataImport.upload')} onClick={() => void m.upload()} />
        <Text className='label muted'>{t('dataImport.dualControlNote')}</Text>
      </View>
      {m.duplicate && (
        <View id='import-duplicate' className='card'>
          <FieldMessage kind='info' text={t('dataImport.duplicate')} />
          <ActionButton id='open-duplicate' kind='plain' label={t('dataImport.openEarlier', { name: m.duplicate.fileName })} onClick={() => m.open(m.duplicate!.id)} />
        </View>
      )}
      {m.imports && <Text className='label'>{t('dataImport.list', { n: m.imports.length })}</Text>}
      {m.imports?.map((imp) => <ImportCard key={imp.id} imp={imp} onOpen={() => m.open(imp.id)} />)}
      <ActionButton id='refresh' kind='plain' label={t('staffCommon.refresh')} onClick={() => void m.load()} />
    </View>
  )
}
