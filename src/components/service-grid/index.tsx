// A titled set of links drawn as tiles, three to a row: an icon and the words (which carry any count,
// "消息（2 条未读）"; a tile that wants attention is also outlined in red, never by colour alone). A navigation landmark with a heading and a list, so a screen reader announces
// "服务, navigation, list of 8" and each tile's words; on H5 each tile is a link Tab reaches and Enter or
// Space opens (Taro draws <View> as a custom element the keyboard would otherwise skip).
import { Text, View } from '@tarojs/components'
import './index.css'

export interface ServiceTile {
  /** Element id, also the handle tests and deep links use (go-history, go-notices…). */
  id: string
  /** Decorative: the words say it all. */
  icon: string
  label: string
  /** Something waits there (unread notices): the words say so too. */
  alert?: boolean
  onOpen: () => void
}

// A heading for screen readers (Taro's <Text> has no heading of its own; its types know no `role`).
const HEADING: Record<string, unknown> = { role: 'heading', 'aria-level': 2 }

function linkProps(label: string): Record<string, unknown> {
  // Mini-programs: Taro's templates bind no ARIA attributes; the platform's screen reader reads the tile's words.
  if (process.env.TARO_ENV !== 'h5') return {}
  return {
    role: 'link', tabIndex: 0, 'aria-label': label,
    onKeyDown: (e: { key: string; preventDefault: () => void }) => {
      if (e.key !== 'Enter' && e.key !== ' ') return
      e.preventDefault()
      // A real click, as a native control gives one: the element's own onClick runs (action-button/keyboard-click.ts).
      ;(e as unknown as { currentTarget: { click: () => void } }).currentTarget.click()
    }
  }
}

export default function ServiceGrid({ id, title, tiles }: { id: string; title: string; tiles: ServiceTile[] }) {
  return (
    <View id={id} className='service-grid' role='navigation' aria-labelledby={`${id}-title`}>
      <Text id={`${id}-title`} className='service-grid__title' {...HEADING}>{title}</Text>
      <View className='service-grid__list' role='list'>
        {tiles.map((tile) => (
          <View key={tile.id} className='service-grid__item' role='listitem'>
            <View id={tile.id} className={`service-grid__tile${tile.alert ? ' service-grid__tile--alert' : ''}`} onClick={tile.onOpen} {...linkProps(tile.label)}>
              <Text className='service-grid__icon' aria-hidden='true'>{tile.icon}</Text>
              <Text className='service-grid__label'>{tile.label}</Text>
            </View>
          </View>
        ))}
      </View>
    </View>
  )
}
