// The privacy notice, section by section (what, why, how long, who sees it, your rights), in the
// reader's language. The text and its version live in the core, so the server records the version read.
import { Text, View } from '@tarojs/components'
import type { NoticeSection } from '@core/consent/privacy-notice'
import type { Lang } from '@/i18n'
import './index.css'

export default function PrivacyNotice({ sections, lang }: { sections: NoticeSection[]; lang: Lang }) {
  const pick = (x: { zh: string; en: string }) => (lang === 'en' ? x.en : x.zh)
  return (
    <View className='privacy-notice'>
      {sections.map((s, i) => (
        <View key={i} className='privacy-notice__section'>
          <Text className='privacy-notice__title'>{`${i + 1}. ${pick(s.title)}`}</Text>
          <Text className='privacy-notice__body'>{pick(s.body)}</Text>
        </View>
      ))}
    </View>
  )
}
