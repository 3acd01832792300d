// The page's <html lang> follows the app's language (the user's choice, else the system's), not the
// "zh-CN" written in index.html: the browser then reads and hyphenates the text in that language, screen
// readers speak it with the right voice, and native controls that honour lang (spelling, text inputs'
// own menus) follow it. Controls whose words only follow the browser's own language are not used
// (the date field is three lists of our own words, the file picker a label of ours).
import { getLang, onLangChange, type Lang } from '@/i18n'

function apply(lang: Lang): void {
  document.documentElement.lang = lang
}

export function followAppLanguage(): void {
  apply(getLang())
  onLangChange(apply)
}
