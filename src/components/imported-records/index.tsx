// Imported records about the person (lab results, vaccinations, case and contact lists) and, for each,
// where it came from: the file, who uploaded it and when, who approved it and when, the file's SHA-256.
import { Text, View } from '@tarojs/components'
import { actorLabel } from '@/features/auditor/actor-label'
import { labelOr } from '@/features/auditor/labels'
import type { ImportedRecords as Records, Provenance } from '@core/api/contract/review'
import { chinaDateTime } from '@/i18n/time'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export default function ImportedRecords({ records, provenance, me }: { records: Records; provenance: Provenance[]; me: string | null }) {
  const { t } = useI18n()
  const byId = new Map(provenance.map((p) => [p.importId, p]))
  const rows: { text: string; importId: string }[] = [
    ...records.labs.map((l) => ({ text: t('auditCase.lab', { result: t(`auditCase.result.${l.result}`), at: chinaDateTime(l.sampledAt) }), importId: l.importId })),
    ...records.vaccinations.map((v) => ({ text: t('auditCase.vaccination', { doses: v.doses, complete: v.complete ? t('auditCase.yes') : t('auditCase.no'), date: v.lastDoseDate }), importId: v.importId })),
    ...records.contacts.map((c) => ({ text: t('auditCase.listed', { kind: t(`auditCase.listKind.${c.kind}`), date: c.listedAt }), importId: c.importId }))
  ]
  if (rows.length === 0) return <Text id='evidence-records' className='muted'>{t('auditCase.noRecords')}</Text>
  return (
    <View id='evidence-records'>
      {rows.map((r, i) => {
        const p = byId.get(r.importId)
        return (
          <View key={i} className='imported-records__item'>
            <Text className='imported-records__what'>{r.text}</Text>
            {p?.fileName ? (
              <View className='imported-records__from'>
                <Text className='imported-records__line'>{t('auditCase.fromFile', { file: p.fileName, source: p.source ? labelOr(t, `dataImport.source.${p.source}`, p.source) : '' })}</Text>
                <Text className='imported-records__line'>{t('auditCase.uploaded', { by: actorLabel(p.uploadedBy, me, t('auditCase.you')), at: p.uploadedAt ? chinaDateTime(p.uploadedAt) : '—' })}</Text>
                <Text className='imported-records__line'>{p.approvedBy ? t('auditCase.approved', { by: actorLabel(p.approvedBy, me, t('auditCase.you')), at: p.approvedAt ? chinaDateTime(p.approvedAt) : '—' }) : t('auditCase.notApproved')}</Text>
                <Text className='imported-records__hash'>{`SHA-256 ${p.fileHash ?? ''}`}</Text>
              </View>
            ) : (
              <Text className='imported-records__line'>{t('auditCase.unknownImport', { id: r.importId })}</Text>
            )}
          </View>
        )
      })}
    </View>
  )
}
