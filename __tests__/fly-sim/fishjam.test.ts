/**
 * The simulator's Fishjam 0.6.3 stand-in speaks Fishjam's REST API and peer socket: the bodies,
 * status codes and error texts of fishjam.md §1 and the close reasons of §2.4.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import WebSocket from 'ws'
import { createSim, type Sim } from '../../test/fly-sim/harness.js'
import { deployFishjamStandIn, fishjamRequest, type FishjamStandIn } from '../../test/fishjam.js'
import { decodePeerMessage, encodeAuthRequest } from '../../src/probe/fishjam/proto.js'

const TOKEN = 'stand-in-token-31337'
let sim: Sim
let fj: FishjamStandIn
const api = (path: string, method = 'GET', json?: unknown, token = TOKEN) =>
  fishjamRequest(`${fj.url}${path}`, token, method, json)

beforeAll(async () => {
  sim = createSim()
  fj = await deployFishjamStandIn(sim, 'fj-sim', TOKEN)
})
afterAll(() => sim.stop())

/** Opens the peer socket, sends one frame, and resolves with the first frame back or the close. */
function peerSocket(
  frame: Buffer,
  headers: Record<string, string> = {}
): Promise<{ frame?: Buffer; close?: [number, string]; status?: number }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${fj.url.replace('http', 'ws')}/socket/peer/websocket`, { headers })
    ws.on('open', () => ws.send(frame))
    ws.on('message', (data: Buffer) => {
      resolve({ frame: data })
      ws.close()
    })
    ws.on('close', (code, reason) => resolve({ close: [code, reason.toString()] }))
    ws.on('unexpected-response', (_req, res) => resolve({ status: res.statusCode }))
    ws.on('error', () => undefined)
  })
}

describe('REST', () => {
  test('bearer auth: missing or another scheme is "Missing token", a wrong one "Invalid token"', async () => {
    expect(await fishjamRequest(`${fj.url}/room`, '')).toMatchObject({ status: 401 })
    const wrong = await api('/room', 'GET', undefined, 'wrong')
    expect(wrong).toEqual({ status: 401, body: { errors: 'Invalid token' } })
  })

  test('GET /health: UP, version 0.6.3', async () => {
    const health = (await api('/health')).body as { data: Record<string, unknown> }
    expect(health.data).toMatchObject({ status: 'UP', version: '0.6.3' })
  })

  test('POST /room: 201 with the room and fishjam_address; its errors', async () => {
    const created = await api('/room', 'POST', {
      roomId: 'r1',
      maxPeers: 1,
      peerlessPurgeTimeout: 30
    })
    expect(created).toEqual({
      status: 201,
      body: {
        data: {
          room: {
            id: 'r1',
            config: {
              roomId: 'r1',
              maxPeers: 1,
              videoCodec: null,
              webhookUrl: null,
              peerlessPurgeTimeout: 30,
              peerDisconnectedTimeout: null
            },
            components: [],
            peers: []
          },
          fishjam_address: 'fj-sim.fly.dev'
        }
      }
    })
    expect((await api('/room', 'POST', { roomId: 'r1' })).body).toEqual({
      errors: 'Cannot add room with id "r1" - room already exists'
    })
    expect((await api('/room', 'POST', { roomId: 'a b' })).body).toEqual({
      errors:
        'Cannot add room with id "a b" - roomId may contain only alphanumeric characters, hyphens and underscores'
    })
    expect((await api('/room', 'POST', { peerlessPurgeTimeout: 0 })).body).toEqual({
      errors: 'Expected peerlessPurgeTimeout to be a positive integer, got: 0'
    })
  })

  test('POST /room/{id}/peer: 201 with token and peer_websocket_url; 400, 404, 503', async () => {
    const peer = await api('/room/r1/peer', 'POST', {
      type: 'webrtc',
      options: { enableSimulcast: false }
    })
    expect(peer.status).toBe(201)
    const data = (peer.body as { data: Record<string, unknown> }).data
    expect(data.peer).toMatchObject({
      type: 'webrtc',
      status: 'disconnected',
      tracks: [],
      metadata: null
    })
    expect(data.peer_websocket_url).toBe('fj-sim.fly.dev/socket/peer/websocket')
    expect(String(data.token).length).toBeGreaterThan(127) // two-byte varints on the socket
    expect(await api('/room/r1/peer', 'POST', { type: 'webrtc' })).toEqual({
      status: 503,
      body: { errors: 'Reached webrtc peers limit in room r1' }
    })
    expect((await api('/room/r1/peer', 'POST', {})).body).toEqual({
      errors: 'Invalid request body structure'
    })
    expect((await api('/room/r1/peer', 'POST', { type: 'hls' })).body).toEqual({
      errors: 'Invalid peer type'
    })
    expect(await api('/room/nope/peer', 'POST', { type: 'webrtc' })).toEqual({
      status: 404,
      body: { errors: 'Room nope does not exist' }
    })
  })

  test('DELETE /room/{id}: 204, then 404; unknown routes are Phoenix 404s', async () => {
    expect((await api('/room/r1', 'DELETE')).status).toBe(204)
    expect(await api('/room/r1', 'DELETE')).toEqual({
      status: 404,
      body: { errors: 'Room r1 does not exist' }
    })
    expect((await api('/nothing')).body).toEqual({ errors: { detail: 'Not Found' } })
  })
})

describe('peer socket', () => {
  test('a valid token is answered 0a 00; the same peer twice is refused', async () => {
    await api('/room', 'POST', { roomId: 'ws1' })
    const added = (await api('/room/ws1/peer', 'POST', { type: 'webrtc' })).body as {
      data: { token: string }
    }
    const first = new WebSocket(`${fj.url.replace('http', 'ws')}/socket/peer/websocket`)
    await new Promise((resolve) => first.once('open', resolve))
    first.send(encodeAuthRequest(added.data.token))
    const reply = await new Promise<Buffer>((resolve) => first.once('message', resolve))
    expect(decodePeerMessage(reply)).toEqual({ kind: 'authenticated' })
    expect(await peerSocket(encodeAuthRequest(added.data.token))).toEqual({
      close: [1000, 'peer already connected']
    })
    first.close()
    await api('/room/ws1', 'DELETE')
  })

  test.each([
    ['a forged token', encodeAuthRequest('SFMyNTY.e30.AAAA'), 'invalid token'],
    ['an empty token', encodeAuthRequest(''), 'missing token'],
    ['a media event first', Buffer.from('1a020a00', 'hex'), 'unauthenticated']
  ])(
    '%s closes the socket with 1000 and the reason Fishjam gives',
    async (_name, frame, reason) => {
      expect(await peerSocket(frame)).toEqual({ close: [1000, reason] })
    }
  )

  test("an Origin other than FJ_HOST's is refused (403), as Phoenix's check_origin does", async () => {
    const answer = await peerSocket(encodeAuthRequest('x'), { origin: 'https://evil.example' })
    expect(answer).toEqual({ status: 403 })
  })
})
