// The admin-data, auditor and public-rules catalogs, spread into en.ts with one line.
import opsAuditEn from './ops-audit.en'
import opsDataEn from './ops-data.en'
import rulesViewEn from './rules-view.en'

const opsEn = { ...opsDataEn, ...opsAuditEn, ...rulesViewEn }

export default opsEn
