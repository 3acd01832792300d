// The public rules and risk areas (anyone, signed out too). zh-CN in rules-view.zh-CN.ts.
import type rulesViewZh from './rules-view.zh-CN'

const rulesViewEn: Record<keyof typeof rulesViewZh, string> = {
  'rulesView.title': 'Status rules',
  'rulesView.link': 'See the status rules and risk areas',
  'rulesView.intro': 'A code\'s colour is decided only by these published rules and imported data. Each rule says why and how the status ends.',
  'rulesView.inForce': 'Rules in force',
  'rulesView.published': 'Published rule set {id}, version {version}',
  'rulesView.builtIn': 'Built-in default rules {id}, version {version}',
  'rulesView.validFrom': 'In force from {at}',
  'rulesView.order': 'Checked in order; the first rule that applies sets the colour:',
  'rulesView.reason': 'Reason',
  'rulesView.noMatch': 'None of the rules applies: green',
  'rulesView.showLogic': 'Show the rule expression',
  'rulesView.hideLogic': 'Hide the rule expression',
  'rulesView.areas': 'Risk areas',
  'rulesView.noAreas': 'There are no risk areas at present',
  'rulesView.level.high': 'High risk',
  'rulesView.level.medium': 'Medium risk',
  'rulesView.level.low': 'Low risk',
  'rulesView.areaDates': '{from} to {to}',
  'rulesView.refresh': 'Refresh'
}

export default rulesViewEn
