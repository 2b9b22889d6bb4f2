/** The media events a probe peer reads: connected, and offerData unwrapped to its UDP TURN entry. */
import { describe, expect, test } from '@jest/globals'
import {
  connectEvent,
  isConnectedFor,
  OfferDataError,
  parseServerEvent,
  udpTurnServer,
  unwrapOfferData
} from '../../../src/probe/fishjam/media-events.js'

const UDP = {
  serverAddr: '203.0.113.7',
  serverPort: 50042,
  transport: 'udp',
  username: '1698997572:peer',
  password: 'E9ck/2hJxxxxxxxxxxxxxxxxxxx='
}
const TCP = { ...UDP, serverPort: 50000, transport: 'tcp' }
/** As Jason prints it: keys sorted, so data comes before type. */
const wrapped = (offer: unknown): string =>
  JSON.stringify({ data: { data: offer, type: 'offerData' }, type: 'custom' })

describe('server events', () => {
  test('connected names the peer; text that is not an event object is undefined', () => {
    const event = parseServerEvent('{"data":{"id":"p1","otherEndpoints":[]},"type":"connected"}')
    expect(event && isConnectedFor(event, 'p1')).toBe(true)
    expect(event && isConnectedFor(event, 'p2')).toBe(false)
    expect(parseServerEvent('not json')).toBeUndefined()
    expect(parseServerEvent('[1,2]')).toBeUndefined()
    expect(parseServerEvent('{"data":{}}')).toBeUndefined()
  })

  test('connect carries metadata as a key (without it Fishjam ignores the event)', () => {
    expect(JSON.parse(connectEvent())).toEqual({
      type: 'connect',
      data: { metadata: { probe: 'fly-webrtc-probe' } }
    })
  })
})

describe('offerData', () => {
  test('is unwrapped from the custom event; other events are not offerData', () => {
    const offer = { integratedTurnServers: [UDP], tracksTypes: { audio: 0, video: 0 } }
    expect(unwrapOfferData(parseServerEvent(wrapped(offer))!)).toEqual(offer)
    const other = parseServerEvent('{"type":"custom","data":{"type":"sdpAnswer","data":{}}}')!
    expect(unwrapOfferData(other)).toBeUndefined()
    expect(unwrapOfferData(parseServerEvent('{"type":"connected","data":{}}')!)).toBeUndefined()
  })

  test('the UDP entry is chosen by transport, not position', () => {
    expect(udpTurnServer({ integratedTurnServers: [TCP, UDP] })).toEqual({
      serverAddr: UDP.serverAddr,
      serverPort: 50042,
      username: UDP.username,
      password: UDP.password
    })
  })

  test.each([
    ['data is not an object', null, 'its data is not an object'],
    ['no list', { tracksTypes: {} }, 'integratedTurnServers is missing or not a list'],
    [
      'only TCP',
      { integratedTurnServers: [TCP] },
      'no integratedTurnServers entry has transport "udp" (got: tcp)'
    ],
    ['an empty list', { integratedTurnServers: [] }, '(got: none)'],
    [
      'no serverAddr',
      { integratedTurnServers: [{ ...UDP, serverAddr: '' }] },
      'the udp entry has no serverAddr'
    ],
    [
      'a port out of range',
      { integratedTurnServers: [{ ...UDP, serverPort: 70000 }] },
      'serverPort 70000 is not a port'
    ],
    [
      'a port as text',
      { integratedTurnServers: [{ ...UDP, serverPort: '50042' }] },
      'serverPort "50042" is not a port'
    ],
    [
      'no password',
      { integratedTurnServers: [{ ...UDP, password: undefined }] },
      'lacks a username or password'
    ]
  ])('%s is rejected with a clear error', (_name, offer, message) => {
    expect(() => udpTurnServer(offer)).toThrow(OfferDataError)
    expect(() => udpTurnServer(offer)).toThrow(`offerData unusable: `)
    expect(() => udpTurnServer(offer)).toThrow(message)
  })

  test('the error names no password', () => {
    const secret = 'password-that-must-not-show'
    const offer = { integratedTurnServers: [{ ...UDP, serverPort: 0, password: secret }] }
    expect(() => udpTurnServer(offer)).toThrow(/^(?!.*password-that-must-not-show)/)
  })
})
