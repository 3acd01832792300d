import type { ControlsKey } from './controls.zh-CN'

const controlsEn: Record<ControlsKey, string> = {
  'filePicker.none': 'No file chosen',
  'filePicker.chosen': 'Chosen: {name}',
  'dateField.year': 'Year',
  'dateField.month': 'Month',
  'dateField.day': 'Day',
  'dateField.pickPart': '{part}: choose',
  'dateField.yearOption': '{n}',
  'dateField.monthOption': '{n}',
  'dateField.dayOption': '{n}'
}

export default controlsEn
