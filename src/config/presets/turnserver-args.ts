/**
 * turnserver's command line as coturn reads it: GNU getopt_long over the short options
 * "c:d:p:L:E:X:i:m:l:r:u:b:B:e:M:J:N:O:q:Q:s:C:K:A:vVofhznaS" and the long_options table of
 * src/apps/relay/mainrelay.c (coturn/coturn@8024aa63). So `-nz` is `-n -z`, `--no-auth=1` is
 * `-z`, `--lt-cred` is `--lt-cred-mech` (a unique prefix), a required value may follow in the
 * next word, an optional one only after `=`, and `--` ends the options.
 */

/** Long options taking a value, which may be the next word. */
const REQUIRED =
  'listening-device listening-port tls-listening-port alt-listening-port alt-tls-listening-port tcp-proxy-port listening-ip relay-device relay-ip external-ip relay-threads min-port max-port sock-buf-size user userdb db psql-userdb sql-userdb mysql-userdb mongo-userdb redis-userdb redis-statsdb prometheus-port prometheus-address prometheus-path prometheus-cert prometheus-key static-auth-secret realm server-name user-quota total-quota max-bps bps-capacity cert pkey pkey-pwd log-file log-min-level new-log-timestamp-format aux-server alternate-server tls-alternate-server tcp-alternate-server udp-alternate-server rest-api-separator max-allocate-timeout drain-min-allocations allowed-peer-ip denied-peer-ip cipher-list pidfile CA-file dh-file proc-user proc-group cli-ip cli-port cli-password web-admin-ip web-admin-port cli-max-output-sessions ec-curve-name secret-key-file allocation-default-address-family acme-redirect multiplex-peer-port multiplex-peer-max-peers syslog-facility cpus stateless-nonce-secret'
/** Long options whose value, if any, follows `=`. */
const OPTIONAL =
  'lt-cred-mech no-auth prometheus prometheus-username-labels prometheus-tls use-auth-secret no-auth-pings no-dynamic-ip-list no-dynamic-realms oauth verbose Verbose daemon no-software-attribute software-attribute fingerprint check-origin-consistency no-udp no-tcp no-tls dtls no-dtls no-udp-relay no-tcp-relay stale-nonce max-allocate-lifetime channel-lifetime permission-lifetime stun-only no-stun raw-public-keys no-stdout-log syslog simple-log new-log-timestamp udp-self-balance no-multicast-peers allow-loopback-peers secure-stun mobility no-cli cli web-admin web-admin-listen-on-workers server-relay dh566 dh1066 tlsv1 tlsv1_1 no-tlsv1_2 keep-address-family log-binding no-rfc5780 rfc5780 stun-backward-compatibility rfc5766-channel-numbers rfc3489-compatibility response-origin-only-with-rfc5780 respond-http-unsupported drop-invalid-packets drop-invalid-packets-log udp-recvmmsg udp-recvmmsg-log udp-sendmmsg-log udp-gso include-reason-string version unauthorized-ratelimit unauthorized-ratelimit-rps stateless-nonce'
const NONE = 'multiplex-peer'

type ArgKind = 'required' | 'optional' | 'none'

const LONG = new Map<string, ArgKind>([
  ...REQUIRED.split(' ').map((name): [string, ArgKind] => [name, 'required']),
  ...OPTIONAL.split(' ').map((name): [string, ArgKind] => [name, 'optional']),
  [NONE, 'none']
])

/** Short letters and the long option each stands for (`-c` and `-n` have no long form). */
const SHORT: Record<string, string> = {
  A: 'allocation-default-address-family',
  B: 'bps-capacity',
  C: 'rest-api-separator',
  E: 'relay-ip',
  J: 'mongo-userdb',
  K: 'keep-address-family',
  L: 'listening-ip',
  M: 'mysql-userdb',
  N: 'redis-userdb',
  O: 'redis-statsdb',
  Q: 'total-quota',
  S: 'stun-only',
  V: 'Verbose',
  X: 'external-ip',
  a: 'lt-cred-mech',
  b: 'userdb',
  c: '-c',
  d: 'listening-device',
  e: 'psql-userdb',
  f: 'fingerprint',
  h: '-h',
  i: 'relay-device',
  l: 'log-file',
  m: 'relay-threads',
  n: '-n',
  o: 'daemon',
  p: 'listening-port',
  q: 'user-quota',
  r: 'realm',
  s: 'max-bps',
  u: 'user',
  v: 'verbose',
  z: 'no-auth'
}
const SHORT_WITH_VALUE = new Set('cdpLEXimlrubBeMJNOqQsCKA'.split(''))

/** One option as turnserver reads it: its long name (`-c`, `-n`, `-h` for those) and value. */
export interface TurnserverOption {
  name: string
  /** undefined: given without a value (a flag, or an optional value left out). */
  value?: string
  /** How it was written, for messages. */
  spelling: string
}

/** The options of a turnserver argv, in order; words that are not options are skipped. */
export function readTurnserverArgs(args: readonly string[]): TurnserverOption[] {
  const options: TurnserverOption[] = []
  for (let i = 0; i < args.length; i++) {
    const word = args[i]
    if (word === '--') break
    if (word.startsWith('--')) {
      const equals = word.indexOf('=')
      const name = longName(word.slice(2, equals < 0 ? undefined : equals))
      if (name === undefined) continue
      const kind = LONG.get(name)
      let value = equals < 0 ? undefined : word.slice(equals + 1)
      if (value === undefined && kind === 'required' && i + 1 < args.length) value = args[++i]
      options.push({ name, value, spelling: word })
    } else if (word.startsWith('-') && word.length > 1) {
      i = readShortCluster(args, i, options)
    }
  }
  return options
}

/** The exact long option, or the one option the text is a prefix of (getopt_long's rule). */
function longName(text: string): string | undefined {
  if (LONG.has(text)) return text
  const matches = [...LONG.keys()].filter((name) => name.startsWith(text))
  return text !== '' && matches.length === 1 ? matches[0] : undefined
}

function readShortCluster(args: readonly string[], at: number, out: TurnserverOption[]): number {
  const word = args[at]
  for (let j = 1; j < word.length; j++) {
    const letter = word[j]
    const name = SHORT[letter]
    if (name === undefined) continue
    if (!SHORT_WITH_VALUE.has(letter)) {
      out.push({ name, spelling: `-${letter}` })
      continue
    }
    const glued = word.slice(j + 1)
    if (glued !== '') out.push({ name, value: glued, spelling: word })
    else if (at + 1 < args.length) out.push({ name, value: args[++at], spelling: word })
    return at
  }
  return at
}

/** coturn's get_bool_value: no value, or one starting 1-9, y, t, `on`, is true. */
export function turnserverBool(value: string | undefined): boolean {
  if (value === undefined || value === '') return true
  if (/^[0nNfF]/.test(value) || ['off', 'OFF', 'Off'].includes(value)) return false
  return true
}
