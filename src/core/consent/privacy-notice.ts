// The privacy notice shown before the first declaration (PIPL art. 17, GB/T 35273 §5.5). Its version is
// recorded with the consent; a new version asks everyone again before their next declaration.
export const PRIVACY_NOTICE_VERSION = '2026-11-v1'

export interface NoticeSection {
  title: { zh: string; en: string }
  body: { zh: string; en: string }
}

export const PRIVACY_NOTICE: NoticeSection[] = [
  {
    title: { zh: '我们收集什么', en: 'What we collect' },
    body: {
      zh: '姓名、身份证件类型和号码、手机号、户籍地、住址；体温、症状、基础疾病；近14天行程；接触史；您主动提供的核酸检测和疫苗接种证明。',
      en: 'Name, ID type and number, phone number, household-registration region, address; temperature, symptoms, underlying conditions; trips in the last 14 days; contact history; test and vaccination certificates you choose to provide.'
    }
  },
  {
    title: { zh: '为什么收集', en: 'Why' },
    body: {
      zh: '仅用于按公开的规则评估您的健康码颜色、生成可离线核验的电子凭证，以及在您申请纠错或申诉时复核。不用于任何其他目的。',
      en: 'Only to assess your health-code colour under published rules, to issue a code that can be verified offline, and to review it when you ask for a correction or appeal. Never for any other purpose.'
    }
  },
  {
    title: { zh: '保存多久', en: 'How long' },
    body: {
      zh: '申报和行程保存28天，扫码记录保存28天，到期自动删除；身份证号和手机号加密保存，服务结束时全部删除并出具删除报告。',
      en: 'Declarations and trips are kept for 28 days and scan records for 28 days, then deleted automatically. ID and phone numbers are stored encrypted, and everything is deleted, with a signed deletion report, when the service ends.'
    }
  },
  {
    title: { zh: '谁能看到', en: 'Who sees it' },
    body: {
      zh: '核验人员只能看到颜色、姓氏、证件号首尾各两位和有效期。审核人员仅在处理您的申报、纠错或申诉时查看，每次查看都会记录，您可在“访问记录”中查看。亲友只能看到您授权的内容。',
      en: 'Verifiers see only the colour, your surname, the first and last two characters of your ID number, and the validity. Auditors look only when handling your declaration, correction or appeal; every look is recorded and listed for you under "Access history". Relatives see only what you grant them.'
    }
  },
  {
    title: { zh: '您的权利', en: 'Your rights' },
    body: {
      zh: '您可以查看自己的全部信息和状态变更原因，申请更正错误数据，对状态提出申诉，并可随时撤回授权。',
      en: 'You can see all your data and why your status changed, ask for wrong data to be corrected, appeal against a status, and withdraw any grant at any time.'
    }
  }
]
