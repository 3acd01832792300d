// 关怀模式: what the mode changes, and its switch. The care sub-package's page; the sub-package also holds
// the status clips the mini-programs play aloud (packages/care/clips), kept out of the main package.
import { Text, View } from '@tarojs/components'
import CareSwitch from '@/components/care-switch'
import { useCareMode } from '@/features/care/use-care-mode'
import { useI18n } from '@/i18n/use-i18n'

export default function CareGuide() {
  const { t } = useI18n()
  const { care, setCare, pageClass } = useCareMode()
  return (
    <View className={`page ${pageClass}`}>
      <View className='page__title' role='heading' aria-level={1}><Text>{t('care.title')}</Text></View>
      <View className='card'>
        <Text>{t('care.guide.body')}</Text>
      </View>
      <CareSwitch on={care} onChange={setCare} />
    </View>
  )
}
