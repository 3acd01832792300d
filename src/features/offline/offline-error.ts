// Which page errors mean "no network": the gateway answers NETWORK (59901, made up on the phone) when a
// call got no answer, which features word as 'error.network'. A page whose first call fails that way
// shows the offline notice (components/page-error) instead of a one-line error.
import type { MessageKey } from '@/i18n'

export const isOfflineError = (key: MessageKey | null | undefined): boolean => key === 'error.network'
