// One import in the region's list: file, source, state (icon + words), when, accepted and rejected rows.
import { Text, View } from '@tarojs/components'
import { IMPORT_STATE } from '@/features/admin/import-labels'
import type { ImportView } from '@core/api/contract/imports'
import { chinaDateTime } from '@/i18n/time'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export default function ImportCard({ imp, onOpen }: { imp: ImportView; onOpen: () => void }) {
  const { t } = useI18n()
  const state = IMPORT_STATE[imp.state]
  return (
    <View id={`import-${imp.id}`} className='import-card' data-state={imp.state} onClick={onOpen}>
      <Text className='import-card__file'>{imp.fileName}</Text>
      <Text className='import-card__line'>{`${t(`dataImport.source.${imp.source}`)} · ${chinaDateTime(imp.uploadedAt)}`}</Text>
      <Text className='import-card__state'>{`${state.icon} ${t(state.key)}`}</Text>
      {imp.state !== 'processing' && imp.state !== 'failed' && (
        <Text className='import-card__line'>{t('dataImport.rowsShort', { ok: imp.acceptedRows, total: imp.totalRows })}</Text>
      )}
      <Text className='import-card__open'>{`${t('dataImport.open')} ›`}</Text>
    </View>
  )
}
