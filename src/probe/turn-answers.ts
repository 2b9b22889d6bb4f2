/**
 * What a TURN server's answers mean: an error answer as the ProbeFailure the timeline records, an
 * Allocate success as an Allocation.
 */
import { ProbeFailure } from './failure.js'
import type { TransportAddress } from './ip.js'
import {
  getAttribute,
  readUint32Value,
  readXorAddress,
  StunAttr,
  StunMethod,
  type StunError
} from './stun/index.js'
import type { Exchange } from './transport/index.js'

/** Method names for messages a person reads. */
export const METHOD_NAMES: Record<number, string> = {
  [StunMethod.Binding]: 'Binding',
  [StunMethod.Allocate]: 'Allocate',
  [StunMethod.Refresh]: 'Refresh',
  [StunMethod.CreatePermission]: 'CreatePermission',
  [StunMethod.ChannelBind]: 'ChannelBind'
}

export interface Allocation {
  relayed: TransportAddress
  /** The client's address as the server sees it (server-reflexive). */
  mapped?: TransportAddress
  lifetimeSeconds?: number
  /** Round trip of the (authenticated) Allocate that succeeded. */
  rttMs: number
  /** False when the server granted an allocation without any credentials: an open relay. */
  authenticated: boolean
  realm?: string
}

/** An error answer; `auth` names who was refused when credentials were sent. */
export function failureForError(
  what: string,
  error: StunError | undefined,
  auth: { username: string; realm: string } | undefined
): ProbeFailure {
  if (!error) return protocolError(`${what} error answer without a readable ERROR-CODE`)
  const text = `${what}: ${error.code} ${error.reason}`.trim()
  if (error.code === 401 || error.code === 441) {
    const who = auth ? ` for user '${auth.username}' in realm '${auth.realm}'` : ''
    return new ProbeFailure('auth-failed', `${text}: the server rejected the credentials${who}`)
  }
  if (error.code === 438) return new ProbeFailure('stale-nonce', `${text} (again after one retry)`)
  return new ProbeFailure('rejected', text)
}

export function allocationFrom(exchange: Exchange, authenticated: boolean): Allocation {
  const { response } = exchange
  const id = response.transactionId
  const relayed = readXorAddress(getAttribute(response, StunAttr.XorRelayedAddress), id)
  if (!relayed) throw protocolError('Allocate success carries no XOR-RELAYED-ADDRESS')
  return {
    relayed,
    mapped: readXorAddress(getAttribute(response, StunAttr.XorMappedAddress), id),
    lifetimeSeconds: readUint32Value(getAttribute(response, StunAttr.Lifetime)),
    rttMs: exchange.rttMs,
    authenticated
  }
}

export function protocolError(message: string): ProbeFailure {
  return new ProbeFailure('protocol-error', message)
}
