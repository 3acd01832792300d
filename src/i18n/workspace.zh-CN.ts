// 核验员工作台：上岗、连续扫码、提示音与振动、本次计数、设置，以及工作人员回到自己的健康码。Spread into zh-CN.ts.
const workspaceZh = {
  'workspace.startShift': '开始上岗',
  'workspace.startHint': '打开摄像头并开启提示音和振动；之后自动连续扫码，每人无需点击',
  'workspace.endShift': '结束上岗',
  'workspace.scanning': '正在扫码：请出示健康码',
  'workspace.noSound': '本机无法播放提示音，仅以振动提示',
  'workspace.count': '本次已核验 {n} 人',
  'workspace.announce': '第 {n} 人：{verdict}',
  'workspace.announceWith': '第 {n} 人：{verdict}，{detail}',
  'workspace.holdNote': '结果显示 {s} 秒后自动继续扫码',
  'workspace.pause': '保持显示',
  'workspace.paused': '已暂停：点击结果或“继续扫码”继续',
  'workspace.resume': '取消暂停',
  'workspace.repeat': '同一人 10 秒内不重复记录',
  'workspace.settings': '工作台设置',
  'workspace.hold': '结果显示时间',
  'workspace.holdSeconds': '{s} 秒',
  'workspace.sound': '提示音',
  'workspace.soundOn': '开',
  'workspace.soundOff': '关（仅振动）',
  'workspace.myCode': '我的健康码'
}

export default workspaceZh
