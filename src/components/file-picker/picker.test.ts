// The mini-program picker: chooseMessageFile, then the file read through the file-system manager.
import Picker from './picker'

const mockTaro = { chooseMessageFile: jest.fn(), getFileSystemManager: jest.fn() }
const taro = mockTaro
// A getter: the factory runs before this file's constants exist; Taro is only read when the button is pressed.
jest.mock('@tarojs/taro', () => ({ __esModule: true, get default() { return mockTaro } }))

function press(overrides: Partial<Parameters<typeof Picker>[0]> = {}) {
  const onFile = jest.fn()
  const onProblem = jest.fn()
  const el = Picker({ id: 'f', label: 'x', extensions: ['csv', 'xlsx'], read: 'base64', maxBytes: 1000, onFile, onProblem, ...overrides })
  return { run: () => (el.props as { onClick: () => void }).onClick(), onFile, onProblem }
}
const settle = () => new Promise((r) => setTimeout(r, 0))

beforeEach(() => jest.resetAllMocks())

it('reads the chosen spreadsheet as base64', async () => {
  taro.chooseMessageFile.mockResolvedValue({ tempFiles: [{ name: '名单.xlsx', size: 10, path: 'wxfile://tmp/1' }] })
  const readFileSync = jest.fn().mockReturnValue('UEsDBA==')
  taro.getFileSystemManager.mockReturnValue({ readFileSync })
  const p = press()
  p.run()
  await settle()
  expect(taro.chooseMessageFile).toHaveBeenCalledWith({ count: 1, type: 'file', extension: ['csv', 'xlsx'] })
  expect(readFileSync).toHaveBeenCalledWith('wxfile://tmp/1', 'base64')
  expect(p.onFile).toHaveBeenCalledWith({ name: '名单.xlsx', size: 10, content: 'UEsDBA==' })
})

it('refuses other types and large files before reading, and says nothing when the user cancels', async () => {
  taro.chooseMessageFile.mockResolvedValue({ tempFiles: [{ name: 'a.pdf', size: 10, path: 'p' }] })
  let p = press()
  p.run()
  await settle()
  expect(p.onProblem).toHaveBeenCalledWith('wrongType')
  taro.chooseMessageFile.mockResolvedValue({ tempFiles: [{ name: 'a.csv', size: 5000, path: 'p' }] })
  p = press()
  p.run()
  await settle()
  expect(p.onProblem).toHaveBeenCalledWith('tooLarge')
  taro.chooseMessageFile.mockRejectedValue({ errMsg: 'chooseMessageFile:fail cancel' })
  p = press()
  p.run()
  await settle()
  expect(p.onProblem).not.toHaveBeenCalled()
  expect(taro.getFileSystemManager).not.toHaveBeenCalled()
})

it('says the platform cannot choose files where the API is missing or a stub (Alipay)', async () => {
  taro.chooseMessageFile.mockReturnValue(undefined)
  const p = press()
  p.run()
  await settle()
  expect(p.onProblem).toHaveBeenCalledWith('unsupported')
})
