// The admin-data, auditor and public-rules catalogs, spread into zh-CN.ts with one line.
import opsAuditZh from './ops-audit.zh-CN'
import opsDataZh from './ops-data.zh-CN'
import rulesViewZh from './rules-view.zh-CN'

const opsZh = { ...opsDataZh, ...opsAuditZh, ...rulesViewZh }

export default opsZh
