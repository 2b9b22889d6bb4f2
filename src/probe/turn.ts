/**
 * A minimal TURN client (RFC 8656) over one StunChannel: Binding, Allocate with the long-term
 * credential dance (401 -> authenticated request, one retry on 438), CreatePermission, Send/Data
 * indications and Refresh. Each Allocate needs a fresh channel: coturn keeps a freed allocation
 * on its 5-tuple and answers a second Allocate from the same port with 437.
 */
import { randomBytes } from 'node:crypto'
import { longTermKey, type UsernamePassword } from './credentials.js'
import { ProbeFailure } from './failure.js'
import type { TransportAddress } from './ip.js'
import {
  encodeMessage,
  getAttribute,
  readErrorCode,
  readPlainAddress,
  readUint32Value,
  readXorAddress,
  requestedTransportValue,
  StunAttr,
  StunMethod,
  textValue,
  TransportProtocol,
  uint32Value,
  verifyFingerprint,
  verifyIntegrity,
  xorAddressValue,
  type StunAttribute,
  type StunMessage
} from './stun/index.js'
import type { Exchange, StunChannel } from './transport/index.js'
import {
  allocationFrom,
  failureForError,
  METHOD_NAMES,
  protocolError,
  type Allocation
} from './turn-answers.js'

export type { Allocation } from './turn-answers.js'

/** Short: an allocation the probe fails to free (lost Refresh) expires soon on its own. */
export const ALLOCATION_LIFETIME_SECONDS = 60

interface AuthState {
  username: string
  realm: string
  nonce: string
  key: Buffer
}

export interface TurnClientOptions {
  credentials?: UsernamePassword
  /** A REALM other than this fails with 'realm-mismatch'. */
  expectedRealm?: string
}

export class TurnClient {
  private auth?: AuthState
  /** How many 438 Stale Nonce answers were retried with the fresh nonce. */
  staleNonceRetries = 0

  constructor(
    readonly channel: StunChannel,
    private readonly options: TurnClientOptions = {}
  ) {}

  get realm(): string | undefined {
    return this.auth?.realm
  }

  async binding(): Promise<{ mapped: TransportAddress; rttMs: number }> {
    const exchange = await this.plainRequest(StunMethod.Binding, [])
    const { response } = exchange
    if (response.cls === 'error') throw this.rejection(StunMethod.Binding, response)
    const mapped =
      readXorAddress(getAttribute(response, StunAttr.XorMappedAddress), response.transactionId) ??
      readPlainAddress(getAttribute(response, StunAttr.MappedAddress))
    if (!mapped) throw protocolError('Binding answer carries no (XOR-)MAPPED-ADDRESS')
    return { mapped, rttMs: exchange.rttMs }
  }

  /** Allocate a UDP relay: first without credentials (learns REALM and NONCE), then with them. */
  async allocate(): Promise<Allocation> {
    const attributes = (): StunAttribute[] => [
      { type: StunAttr.RequestedTransport, value: requestedTransportValue(TransportProtocol.UDP) },
      { type: StunAttr.Lifetime, value: uint32Value(ALLOCATION_LIFETIME_SECONDS) }
    ]
    const first = await this.plainRequest(StunMethod.Allocate, attributes())
    if (first.response.cls === 'success') return allocationFrom(first, false)
    const error = readErrorCode(getAttribute(first.response, StunAttr.ErrorCode))
    if (error?.code !== 401) throw this.rejection(StunMethod.Allocate, first.response)
    this.learnChallenge(first.response)
    const second = await this.authenticatedRequest(StunMethod.Allocate, attributes)
    return { ...allocationFrom(second, true), realm: this.auth?.realm }
  }

  /** Installs a permission for peers at `ip` (the port does not count). */
  async createPermission(ip: string): Promise<void> {
    await this.maybeAuthenticated(StunMethod.CreatePermission, (id) => [
      { type: StunAttr.XorPeerAddress, value: xorAddressValue({ address: ip, port: 0 }, id) }
    ])
  }

  /** Refresh; lifetime 0 frees the allocation. Resolves with the lifetime the server granted. */
  async refresh(lifetimeSeconds: number, maxSends?: number): Promise<number | undefined> {
    const exchange = await this.maybeAuthenticated(
      StunMethod.Refresh,
      () => [{ type: StunAttr.Lifetime, value: uint32Value(lifetimeSeconds) }],
      maxSends
    )
    return readUint32Value(getAttribute(exchange.response, StunAttr.Lifetime))
  }

  /** Send indication: relays `data` to `peer` (needs a permission for the peer's IP). */
  sendIndication(peer: { address: string; port: number }, data: Buffer): void {
    const transactionId = randomBytes(12)
    const bytes = encodeMessage({
      method: StunMethod.Send,
      cls: 'indication',
      transactionId,
      attributes: [
        { type: StunAttr.XorPeerAddress, value: xorAddressValue(peer, transactionId) },
        { type: StunAttr.Data, value: data }
      ]
    })
    this.channel.send(bytes)
  }

  /** Receives what peers send to the relayed address (Data indications). */
  onData(handler: (peer: TransportAddress, data: Buffer) => void): void {
    this.channel.onIndication = (message) => {
      if (message.method !== StunMethod.Data) return
      const peer = readXorAddress(
        getAttribute(message, StunAttr.XorPeerAddress),
        message.transactionId
      )
      const data = getAttribute(message, StunAttr.Data)
      if (peer && data) handler(peer, data)
    }
  }

  private async plainRequest(
    method: number,
    attributes: StunAttribute[],
    maxSends?: number
  ): Promise<Exchange> {
    const transactionId = randomBytes(12)
    const bytes = encodeMessage(
      { method, cls: 'request', transactionId, attributes },
      { fingerprint: true }
    )
    const exchange = await this.channel.request(bytes, transactionId, { maxSends })
    if (verifyFingerprint(exchange.response) === 'mismatch') {
      throw protocolError(`${METHOD_NAMES[method]} answer has a wrong FINGERPRINT`)
    }
    return exchange
  }

  private maybeAuthenticated(
    method: number,
    attributes: (transactionId: Buffer) => StunAttribute[],
    maxSends?: number
  ): Promise<Exchange> {
    if (this.auth) return this.authenticatedRequest(method, attributes, maxSends)
    // An open relay granted the allocation without credentials: keep talking without them.
    return this.plainRequest(method, attributes(randomBytes(12)), maxSends).then((exchange) => {
      if (exchange.response.cls === 'error') throw this.rejection(method, exchange.response)
      return exchange
    })
  }

  private learnChallenge(response: StunMessage): void {
    const realm = getAttribute(response, StunAttr.Realm)?.toString('utf8')
    const nonce = getAttribute(response, StunAttr.Nonce)?.toString('utf8')
    if (realm === undefined || nonce === undefined) {
      throw protocolError('401 answer lacks REALM or NONCE, so no credentials can be sent')
    }
    const expected = this.options.expectedRealm
    if (expected !== undefined && realm !== expected) {
      throw new ProbeFailure(
        'realm-mismatch',
        `the server's realm is '${realm}', expected '${expected}'`
      )
    }
    const credentials = this.options.credentials
    if (!credentials) {
      throw new ProbeFailure(
        'auth-failed',
        `the server asks for credentials (realm '${realm}') and none were given`
      )
    }
    this.auth = {
      username: credentials.username,
      realm,
      nonce,
      key: longTermKey(credentials.username, realm, credentials.password)
    }
  }

  /** Sends with USERNAME/REALM/NONCE/MESSAGE-INTEGRITY; retries once with a fresh nonce on 438. */
  private async authenticatedRequest(
    method: number,
    attributes: (transactionId: Buffer) => StunAttribute[],
    maxSends?: number
  ): Promise<Exchange> {
    let staleRetried = false
    for (;;) {
      const auth = this.auth
      if (!auth) throw protocolError('no credentials negotiated')
      const transactionId = randomBytes(12)
      const bytes = encodeMessage(
        {
          method,
          cls: 'request',
          transactionId,
          attributes: [
            ...attributes(transactionId),
            { type: StunAttr.Username, value: textValue(auth.username) },
            { type: StunAttr.Realm, value: textValue(auth.realm) },
            { type: StunAttr.Nonce, value: textValue(auth.nonce) }
          ]
        },
        { integrityKey: auth.key, fingerprint: true }
      )
      const exchange = await this.channel.request(bytes, transactionId, { maxSends })
      const { response } = exchange
      if (verifyFingerprint(response) === 'mismatch') {
        throw protocolError(`${METHOD_NAMES[method]} answer has a wrong FINGERPRINT`)
      }
      if (response.cls === 'success') {
        const integrity = verifyIntegrity(response, auth.key)
        if (integrity !== 'ok') {
          throw protocolError(
            integrity === 'missing'
              ? `${METHOD_NAMES[method]} success carries no MESSAGE-INTEGRITY`
              : `${METHOD_NAMES[method]} success fails MESSAGE-INTEGRITY (the server uses another key)`
          )
        }
        return exchange
      }
      const error = readErrorCode(getAttribute(response, StunAttr.ErrorCode))
      if (error?.code === 438 && !staleRetried) {
        staleRetried = true
        this.staleNonceRetries++
        const nonce = getAttribute(response, StunAttr.Nonce)?.toString('utf8')
        const realm = getAttribute(response, StunAttr.Realm)?.toString('utf8') ?? auth.realm
        if (nonce === undefined) throw protocolError('438 Stale Nonce without a new NONCE')
        this.auth = { ...auth, nonce, realm }
        continue
      }
      throw this.rejection(method, response)
    }
  }

  private rejection(method: number, response: StunMessage): ProbeFailure {
    const error = readErrorCode(getAttribute(response, StunAttr.ErrorCode))
    return failureForError(METHOD_NAMES[method] ?? `method ${method}`, error, this.auth)
  }
}
