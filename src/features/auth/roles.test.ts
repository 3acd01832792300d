import { isStaff, roleKey } from './roles'

describe('roles', () => {
  it('knows who is staff', () => {
    expect(isStaff(['citizen'])).toBe(false)
    expect(isStaff(['citizen', 'verifier'])).toBe(true)
  })
  it('labels known roles and leaves unknown ones raw', () => {
    expect(roleKey('auditor')).toBe('role.auditor')
    expect(roleKey('wizard')).toBeNull()
  })
})
