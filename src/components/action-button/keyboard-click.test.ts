import { keyboardClick } from './keyboard-click'

const press = (props: Record<string, unknown>, key: string) => {
  const clicks: string[] = []
  let prevented = false
  ;(props.onKeyDown as (e: unknown) => void)({ key, preventDefault: () => { prevented = true }, currentTarget: { click: () => clicks.push(key) } })
  return { clicks, prevented }
}

describe('keyboardClick on H5', () => {
  const env = process.env.TARO_ENV
  beforeAll(() => { process.env.TARO_ENV = 'h5' })
  afterAll(() => { process.env.TARO_ENV = env })

  it('is a tab stop that Enter and Space click, as a native button', () => {
    const props = keyboardClick()
    expect(props.tabIndex).toBe(0)
    expect(press(props, 'Enter')).toEqual({ clicks: ['Enter'], prevented: true })
    expect(press(props, ' ')).toEqual({ clicks: [' '], prevented: true })
    expect(press(props, 'a')).toEqual({ clicks: [], prevented: false })
  })

  it('leaves a disabled control out of the tab order and unclicked', () => {
    const props = keyboardClick(true)
    expect(props.tabIndex).toBe(-1)
    expect(press(props, 'Enter').clicks).toEqual([])
  })
})

it('adds nothing on mini-programs, which have no keyboard', () => {
  expect(keyboardClick()).toEqual({})
})
