// Switch between 简体中文 and English; each option is named in its own language.
import { Text, View } from '@tarojs/components'
import { LANGS } from '@/i18n'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export default function LanguageSwitch() {
  const { t, lang, setLang } = useI18n()
  return (
    <View className='language-switch'>
      {LANGS.map((l) => (
        <View key={l} className={`language-switch__option ${l === lang ? 'is-current' : ''}`} onClick={() => setLang(l)}>
          {/* The check mark carries "selected" without relying on colour. */}
          <Text>{l === lang ? '✓ ' : ''}{t(`lang.${l}`)}</Text>
        </View>
      ))}
    </View>
  )
}
