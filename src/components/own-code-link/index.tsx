// Staff are citizens too: from their landing (the scanner, the console) their own code is one tap away.
import Taro from '@tarojs/taro'
import ActionButton from '@/components/action-button'
import { useI18n } from '@/i18n/use-i18n'

export const CITIZEN_HOME = '/pages/index/index'

export default function OwnCodeLink() {
  const { t } = useI18n()
  return <ActionButton id='go-my-code' kind='plain' label={t('workspace.myCode')} onClick={() => void Taro.navigateTo({ url: CITIZEN_HOME })} />
}
