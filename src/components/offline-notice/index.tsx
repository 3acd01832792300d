// "You are offline; this page needs the network", with the way back to the code, which shows offline.
// Inline under a page's title when its first call got no answer; as the whole screen when the page itself
// could not be loaded (its chunk), where nothing else would show.
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface OfflineNoticeProps {
  onShowCode: () => void
  /** Cover the screen: the page behind it never loaded (or is another page, left from before). */
  fullPage?: boolean
}

export default function OfflineNotice({ onShowCode, fullPage = false }: OfflineNoticeProps) {
  const { t } = useI18n()
  return (
    <View id={fullPage ? 'page-unavailable' : 'page-offline'} className={`offline-notice${fullPage ? ' offline-notice--page' : ''}`}
      role={fullPage ? 'alert' : undefined} aria-live={fullPage ? undefined : 'polite'}>
      <View className='offline-notice__message'>
        <Text className='offline-notice__icon'>⚠ </Text>
        <Text className='offline-notice__text'>{t('offline.pageNeedsNetwork')}</Text>
      </View>
      <ActionButton id={fullPage ? 'unavailable-show-code' : 'offline-show-code'} label={t('offline.showCode')} onClick={onShowCode} />
    </View>
  )
}
