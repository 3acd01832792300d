// "有新版本，点击刷新": a quiet banner at the bottom of the screen, never a dialog. The page goes on as it
// is until the user taps it (features/offline/update-prompt.ts).
import { View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export default function UpdateBanner({ onReload }: { onReload: () => void }) {
  const { t } = useI18n()
  return (
    <View id='app-update' className='update-banner' role='status' aria-live='polite'>
      <ActionButton id='app-update-reload' label={t('offline.update')} onClick={onReload} />
    </View>
  )
}
