// The way back to the code from a page that cannot work offline: the home page draws the code from the
// phone's own storage, with no network. reLaunch, not navigateBack: a page opened in a new tab or by a
// reload has nothing to go back to.
import Taro from '@tarojs/taro'

export const HOME_PAGE = '/pages/index/index'

export function backToCode(): void {
  void Taro.reLaunch({ url: HOME_PAGE })
}
