// What approving an import would do: "would change N people's status: red x, yellow y". Counts carry
// the status icon and words, never colour alone. Shown only to the admin who decides, who is told that
// the reading is in the audit log.
import { Text, View } from '@tarojs/components'
import type { ImportPreview as Preview } from '@core/api/contract/imports'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export default function ImportPreview({ preview }: { preview: Preview }) {
  const { t } = useI18n()
  const { red, yellow, green } = preview.byStatus
  return (
    <View id='import-preview' className='import-preview'>
      <Text id='would-change' className='import-preview__headline'>
        {t('dataImport.wouldChange', { n: preview.wouldChange, red: red ?? 0, yellow: yellow ?? 0 })}
      </Text>
      <Text className='import-preview__line'>{`✕ ${t('status.red')} ${red ?? 0} · ! ${t('status.yellow')} ${yellow ?? 0} · ✓ ${t('status.green')} ${green ?? 0}`}</Text>
      <Text className='import-preview__line muted'>{t('dataImport.affected', { n: preview.affected })}</Text>
      <Text id='preview-logged' className='import-preview__line muted'>{t('dataImport.previewLogged')}</Text>
    </View>
  )
}
