// 关怀模式（长辈模式）：大字、高对比、只有健康码的首页、语音读出、请亲友帮忙。Spread into zh-CN.ts; en keys in care.en.ts.
const careZh = {
  'care.title': '关怀模式',
  'care.switch': '关怀模式（大字）',
  'care.switchHint': '字更大、对比更强，首页只显示健康码',
  'care.on': '已开启',
  'care.off': '已关闭',
  'care.refresh': '刷新健康码',
  'care.readAloud': '读出健康码状态',
  'care.help': '请亲友帮忙',
  'care.helpHint': '请家人代您查看或出示健康码',
  'care.words.green': '绿码 · 可通行',
  'care.words.yellow': '黄码 · 请配合核验',
  'care.words.red': '红码 · 暂不能通行',
  'care.speech.green': '您的健康码是绿码，可以通行',
  'care.speech.yellow': '您的健康码是黄码，请配合核验',
  'care.speech.red': '您的健康码是红码，暂不能通行，请联系社区',
  'care.guide.body': '开启后，所有页面的文字放大到 1.5 倍并提高对比度；首页只保留健康码、刷新按钮、语音读出和“请亲友帮忙”。',
  'care.noSpeech': '本机无法朗读，请查看上方文字'
}

export type CareKey = keyof typeof careZh
export default careZh
