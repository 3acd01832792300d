// The row report of an import: how many rows were accepted, and each rejected row by line, column and
// reason in the reader's language. The host never repeats an ID number here, and neither do we.
import { Text, View } from '@tarojs/components'
import type { RowProblem } from '@core/api/contract/imports'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface RowReportProps {
  totalRows: number
  acceptedRows: number
  rejected: RowProblem[]
}

export default function RowReport({ totalRows, acceptedRows, rejected }: RowReportProps) {
  const { t, lang } = useI18n()
  const badRows = new Set(rejected.map((p) => p.line)).size
  return (
    <View id='row-report' className='row-report'>
      <Text id='row-accepted' className='row-report__count'>{`✓ ${t('dataImport.accepted', { n: acceptedRows, total: totalRows })}`}</Text>
      <Text id='row-rejected' className='row-report__count'>{`⊘ ${t('dataImport.rejectedRows', { n: badRows })}`}</Text>
      {rejected.map((p, i) => (
        <View key={`${p.line}-${p.column}-${i}`} id={`problem-${p.line}-${p.column === '*' ? 'row' : p.column}`} className='row-report__problem'>
          <Text className='row-report__where'>{p.column === '*' ? t('dataImport.wholeRow', { line: p.line }) : t('dataImport.where', { line: p.line, column: p.column })}</Text>
          <Text className='row-report__why'>{lang === 'en' ? p.message.en : p.message.zh}</Text>
        </View>
      ))}
    </View>
  )
}
