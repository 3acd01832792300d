// Field names that would let a caller claim to be someone else. The caller's identity comes from the
// platform or the session; a body that carries one of these is refused outright, not silently ignored,
// so a client bug or a probe is visible.
const IDENTITY_FIELDS = new Set([
  'userid', 'user_id', 'uid', 'accountid', 'account_id', 'openid', 'open_id', 'unionid', 'union_id',
  'callerid', 'caller_id', 'actor', 'actorid', 'citizenid', 'citizen_id', 'alipayuserid', 'alipay_user_id', 'sessionid',
  'session', 'session_id', '__session', 'token', 'accesstoken', 'access_token', 'authorization', 'bearer',
  'holderid', 'holder_id', 'grantorid', 'granteeid', 'phonehash', 'idhash'
])

export function findIdentityField(value: unknown, path = '', depth = 0): string | null {
  if (depth > 5 || value === null || typeof value !== 'object') return null
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const here = path ? `${path}.${key}` : key
    if (IDENTITY_FIELDS.has(key.toLowerCase())) return here
    const nested = findIdentityField(child, here, depth + 1)
    if (nested) return nested
  }
  return null
}
