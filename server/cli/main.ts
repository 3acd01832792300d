// `healthcode`: the command line around the credential core and the host's administration.
import { UsageError, Io } from './args'
import { keygen } from './commands/keygen'
import { issue } from './commands/issue'
import { present } from './commands/present'
import { revoke } from './commands/revoke'
import { verify } from './commands/verify'
import { qr } from './commands/qr'
import { admin } from './commands/admin'
import { backup } from './commands/backup'
import { auditLog } from './commands/audit-log'
import { keys } from './commands/keys'
import { decommission, purge } from './commands/retention'
import { rules } from './commands/rules'
import { certlogic } from './commands/certlogic'

type Command = (argv: string[], io: Io) => number | Promise<number>

export const commands: Record<string, Command> = { keygen, issue, present, revoke, verify, qr, admin, backup, 'audit-log': auditLog, keys, purge, decommission, rules, certlogic }

const HELP = `healthcode <command> [options]

  keygen --alg ES256|SM2 --region <code> --out issuer.json [--use issue|rules|checkpoint] [--days N] [--not-before <ISO time>]
  keygen --device --out device.json
  issue --key issuer.json --claims claims.json (--device-key device.json | --paper) [--at <ISO time>]
  present --credential <file> --device-key device.json [--at <ISO time>]
  revoke --key issuer.json --credential <file> [--list revocations.json]
  verify --trust trust.json [--at <ISO time>] ("<text>" | --in <file> | --in -)
  verify --jsonl            (lines {"text","trust","at"} on stdin)
  qr "<text>" [--out x.png|x.svg]
  admin create --phone <mobile> --name <name> [--region <code> --region-name <name>]
  backup --out <file>       (consistent copy of the SQLite store, while the host runs)
  audit-log verify [--trust trust.json]   (exit 1 naming the first bad entry)
  audit-log checkpoint      (sign the chain head now)
  keys rotate-data-key [--reload-wait <s>]           (re-encrypt and re-hash under new keys, while serving)
  keys rotate-issuer [--alg ES256|SM2] [--publish-wait <s>]   (announce, publish, then activate a new signing key)
  purge [--before <ISO time>]                         (delete data past its retention period, or older than --before)
  decommission --yes [--out report.json]              (delete all personal data; signed deletion report)
  decommission --verify report.json [--trust trust.json]
  rules sign --key rules-key.json --in rules.json --out rules.signed.json
  rules verify --trust trust.json --in rules.signed.json [--current-version N] [--at <ISO time>]
  certlogic eval --logic <file> [--data <file>]
  certlogic eval --jsonl    (lines {"logic","data"} on stdin)

Exit codes: 0 success / valid, 1 invalid, 2 usage error. docs/cli.md has the details.`

export async function run(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP)
    return name ? 0 : 2
  }
  const command = commands[name]
  if (!command) {
    io.err(`unknown command: ${name}\n\n${HELP}`)
    return 2
  }
  try {
    return await command(rest, io)
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`healthcode ${name}: ${e.message}`)
      return 2
    }
    io.err(`healthcode ${name}: ${(e as Error).message}`)
    return 3
  }
}

/** Entry point for bin/healthcode.js. */
export function main(): void {
  const io: Io = { out: l => process.stdout.write(l + '\n'), err: l => process.stderr.write(l + '\n') }
  run(process.argv.slice(2), io).then(code => { process.exitCode = code })
}
