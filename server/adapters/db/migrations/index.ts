// Migrations in order. Names sort lexically; never rename or edit one that has shipped.
import type { Migration, MigrationProvider } from 'kysely'
import * as m001 from './001-foundation'
import * as m002 from './002-citizen'
import * as m003 from './003-verifier'
import * as m004 from './004-audit-data'
import * as m005 from './005-dual-control'
import * as m006 from './006-protection'
import * as m007 from './007-alipay-uid-sealed'
import * as m008 from './008-staff-approval'
import * as m009 from './009-identity-attempts'
import * as m010 from './010-two-sided-grants'
import * as m011 from './011-job-shares'
import * as m012 from './012-id-particulars'
import * as m013 from './013-case-references'

const ALL: Record<string, Migration> = {
  '001-foundation': m001,
  '002-citizen': m002,
  '003-verifier': m003,
  '004-audit-data': m004,
  '005-dual-control': m005,
  '006-protection': m006,
  '007-alipay-uid-sealed': m007,
  '008-staff-approval': m008,
  '009-identity-attempts': m009,
  '010-two-sided-grants': m010,
  '011-job-shares': m011,
  '012-id-particulars': m012,
  '013-case-references': m013
}

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ALL
}
