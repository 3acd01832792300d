// 表单控件自己的文字（文件选择、日期选择），以页面语言显示，而非浏览器的语言。Spread into zh-CN.ts; en keys in controls.en.ts.
const controlsZh = {
  'filePicker.none': '未选择文件',
  'filePicker.chosen': '已选择：{name}',
  'dateField.year': '年',
  'dateField.month': '月',
  'dateField.day': '日',
  'dateField.pickPart': '{part}：请选择',
  'dateField.yearOption': '{n} 年',
  'dateField.monthOption': '{n} 月',
  'dateField.dayOption': '{n} 日'
}

export type ControlsKey = keyof typeof controlsZh
export default controlsZh
