// In-app notices, newest first: what kind (icon + words), when (how long ago in words, then the China time),
// the title and the body in the reader's language; unread ones are marked "new" in words, not by colour alone.
import { Text, View } from '@tarojs/components'
import { chinaDateTime, relative } from '@/i18n/time'
import type { Notice, Texts } from '@core/api/contract/citizen'
import { useI18n } from '@/i18n/use-i18n'
import type { MessageKey } from '@/i18n'
import './index.css'

const KINDS: Record<string, [string, MessageKey]> = {
  'status-changed': ['⟳', 'notices.kind.status'],
  correction: ['✎', 'notices.kind.correction'],
  appeal: ['✎', 'notices.kind.appeal'],
  grant: ['◆', 'notices.kind.grant'],
  identity: ['⚑', 'notices.kind.identity']
}

/** `now`: the corrected clock when the list was fetched ("3 分钟前" counts from it). */
export default function NoticeList({ notices, now }: { notices: Notice[]; now: number }) {
  const { t, lang } = useI18n()
  const pick = (x: Texts | null | undefined) => (x ? (lang === 'en' ? x.en : x.zh) : null)
  if (notices.length === 0) return <Text className='muted'>{t('notices.none')}</Text>
  return (
    <View className='notice-list'>
      {notices.map((n) => {
        const [icon, label] = KINDS[n.kind] ?? ['ℹ', 'notices.kind.other']
        return (
          <View key={n.id} id={`notice-${n.id}`} className={`notice-list__item ${n.readAt ? '' : 'is-new'}`} data-read={n.readAt ? 'yes' : 'no'}>
            <View className='notice-list__head'>
              <Text className='notice-list__kind'>{icon} {t(label)}</Text>
              {!n.readAt && <Text className='notice-list__new'>● {t('notices.new')}</Text>}
            </View>
            <Text className='notice-list__at'>{t('notices.at', { ago: relative(Math.min(n.at, now), now, lang), at: chinaDateTime(n.at) })}</Text>
            {pick(n.text?.title) && <Text className='notice-list__title'>{pick(n.text?.title)}</Text>}
            {pick(n.text?.body) && <Text className='notice-list__body'>{pick(n.text?.body)}</Text>}
          </View>
        )
      })}
    </View>
  )
}
