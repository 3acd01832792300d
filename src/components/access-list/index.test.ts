import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import AccessList from './index'

const at = Date.parse('2026-11-27T08:00:00Z')

it('shows a scan with its collection point, a relative and a staff read, each with who, when and why', () => {
  const html = renderToStaticMarkup(createElement(AccessList, { entries: [
    { at, kind: 'scan', who: 'verifier', where: '西湖区文三路采集点', purpose: 'checkpoint' },
    { at: at - 60_000, kind: 'relative', who: '139****0002', where: null, purpose: 'hold-code' },
    { at: at - 120_000, kind: 'staff', who: '陈审核 (auditor)', where: null, purpose: 'appeal:01HX' }
  ] }))
  for (const s of ['▣ 扫码核验', '核验员', '西湖区文三路采集点', '核验点扫码', '2026-11-27 16:00:00',
    '◆ 亲友', '139****0002', '亲友代为亮码', '● 工作人员', '陈审核（审核员）', '审核员处理您的申诉']) expect(html).toContain(s)
})

it('says when nobody has accessed anything', () => {
  expect(renderToStaticMarkup(createElement(AccessList, { entries: [] }))).toContain('暂无访问记录')
})
