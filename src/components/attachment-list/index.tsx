// The citizen's attachments to a case. Each is fetched only when the auditor opens it (the host logs
// every read); images are shown, other files are named by type.
import { Image, Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import type { AttachmentInfo } from '@core/api/contract/review'
import type { AttachmentView } from '@/features/auditor/use-case-evidence'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface AttachmentListProps {
  attachments: AttachmentInfo[]
  views: Record<string, AttachmentView>
  onOpen: (id: string) => void
}

export default function AttachmentList({ attachments, views, onOpen }: AttachmentListProps) {
  const { t } = useI18n()
  if (attachments.length === 0) return <Text className='label muted'>{t('auditCase.noAttachments')}</Text>
  return (
    <View id='attachments'>
      {attachments.map((a, i) => {
        const v = views[a.id]
        return (
          <View key={a.id} id={`attachment-${a.id}`} className='attachment-list__item'>
            <Text className='label'>{t('auditCase.attachment', { n: i + 1, mime: a.mime, kb: Math.max(1, Math.round(a.size / 1024)) })}</Text>
            {!v && <ActionButton id={`attachment-${a.id}-open`} kind='plain' label={t('auditCase.showAttachment')} onClick={() => onOpen(a.id)} />}
            {v?.state === 'loading' && <Text className='label muted'>{t('common.loading')}</Text>}
            {v?.state === 'error' && <Text className='label muted'>{`⚠ ${t('auditCase.attachmentError')}`}</Text>}
            {v?.state === 'file' && <Text className='label muted'>{t('auditCase.notImage', { mime: v.mime })}</Text>}
            {v?.state === 'image' && <Image id={`attachment-${a.id}-image`} className='attachment-list__image' src={v.url} mode='widthFix' ariaLabel={t('auditCase.attachment', { n: i + 1, mime: a.mime, kb: Math.max(1, Math.round(a.size / 1024)) })} />}
          </View>
        )
      })}
    </View>
  )
}
