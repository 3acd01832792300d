import type { CareKey } from './care.zh-CN'

const careEn: Record<CareKey, string> = {
  'care.title': 'Care mode',
  'care.switch': 'Care mode (large text)',
  'care.switchHint': 'Larger text, stronger contrast, and a home page with only your code',
  'care.on': 'On',
  'care.off': 'Off',
  'care.refresh': 'Refresh my code',
  'care.readAloud': 'Read my status aloud',
  'care.help': 'Ask a relative for help',
  'care.helpHint': 'Ask a family member to see or show your code for you',
  'care.words.green': 'Green · you may pass',
  'care.words.yellow': 'Yellow · please follow the checks',
  'care.words.red': 'Red · you may not pass',
  'care.speech.green': 'Your health code is green: you may pass',
  'care.speech.yellow': 'Your health code is yellow: please follow the checks',
  'care.speech.red': 'Your health code is red: you may not pass. Please contact your community',
  'care.guide.body': 'When on, text on every page is 1.5 times larger with stronger contrast, and the home page keeps only your code, a refresh button, read-aloud and "Ask a relative for help".',
  'care.noSpeech': 'This phone cannot read aloud; please read the words above'
}

export default careEn
