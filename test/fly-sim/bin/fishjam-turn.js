// @ts-check
// The Fishjam stand-in's per-peer UDP TURN listener. Fishjam 0.6.3 (membrane_ice_plugin driving
// fake_turn) opens one per authenticated WebRTC peer: a free port of the lower half of
// FJ_WEBRTC_TURN_PORT_RANGE, a random 20-hex secret, realm turn.stun.localhost, REST-scheme
// credentials, relayed addresses at FJ_WEBRTC_TURN_IP in the upper half. Here it is a real coturn
// with exactly that scheme. Until the simulated UDP forwarding opens, a silent socket holds the
// port (datagrams vanish, as on Fly before forwarding starts); coturn then binds the same port
// (both SO_REUSEADDR, and Linux delivers to the newest socket) and the silent one is closed.
import { spawn } from 'node:child_process'
import { createHmac, randomBytes } from 'node:crypto'
import dgram from 'node:dgram'
import path from 'node:path'

export const TURN_REALM = 'turn.stun.localhost'

/**
 * @typedef {object} ListenerSettings
 * @property {string} listenIp Where the socket binds (FJ_WEBRTC_TURN_LISTEN_IP, mapped).
 * @property {string} turnIp What clients are told (FJ_WEBRTC_TURN_IP).
 * @property {{ min: number, medium: number, max: number }} range
 * @property {string} dir Where coturn's pid file and user db go.
 * @property {() => number} udpOpensAt Epoch ms when UDP forwarding opens (Infinity: never).
 * @property {(line: string) => void} note
 */

/** Ports held by this stand-in's listeners (fake_turn probes linearly from a random start). */
const held = new Set()

/** @param {dgram.Socket} socket @param {number} port @param {string} ip */
function bind(socket, port, ip) {
  return new Promise((resolve) => {
    socket.once('error', () => resolve(false))
    socket.bind(port, ip, () => resolve(true))
  })
}

export class PeerListener {
  /** @param {ListenerSettings} settings @param {string} peerId */
  constructor(settings, peerId) {
    this.settings = settings
    this.peerId = peerId
    this.secret = randomBytes(10).toString('hex')
    this.port = 0
    /** @type {dgram.Socket | null} */
    this.silent = null
    /** @type {import('node:child_process').ChildProcess | null} */
    this.coturn = null
    /** @type {NodeJS.Timeout | undefined} */
    this.timer = undefined
    this.stopped = false
  }

  /** Binds the port, then starts coturn when UDP forwarding is open. */
  async start() {
    const { min, medium } = this.settings.range
    const span = medium - min + 1
    const first = min + Math.floor(Math.random() * span)
    for (let i = 0; i < span && !this.port; i++) {
      const port = min + ((first - min + i) % span)
      if (held.has(port)) continue
      const socket = dgram.createSocket({ type: 'udp4', reuseAddr: true })
      if (await bind(socket, port, this.settings.listenIp)) {
        socket.on('error', () => undefined)
        this.silent = socket
        this.port = port
        held.add(port)
      } else socket.close()
    }
    if (!this.port) throw new Error('no free port in the listener half of the range')
    const wait = this.settings.udpOpensAt() - Date.now()
    const where = `${this.settings.listenIp}:${this.port}`
    if (wait === Infinity) this.settings.note(`UDP blocked: per-peer port ${where} stays silent`)
    else if (wait > 0) {
      this.settings.note(`per-peer port ${where} silent until UDP forwarding opens in ${wait} ms`)
      this.timer = setTimeout(() => this.startCoturn(), wait)
    } else this.startCoturn()
    return this.port
  }

  /** REST-scheme credentials: username "<unix ts>:<peer id>", password base64(HMAC-SHA1). */
  credentials() {
    // Fishjam puts "now" in the username and fake_turn ignores it; coturn rejects a past
    // timestamp, so the stand-in says now + 24 h (what Fishjam's code meant before tap/2).
    const username = `${Math.floor(Date.now() / 1000) + 86400}:${this.peerId}`
    const password = createHmac('sha1', this.secret).update(username).digest('base64')
    return { username, password }
  }

  startCoturn() {
    if (this.stopped) return
    const { listenIp, turnIp, range, dir, note } = this.settings
    const files = path.join(dir, `turn-${listenIp}-${this.port}`)
    const args = [
      ...['-n', '--no-cli', '--no-dtls', '--no-tls', '--no-tcp', '--log-file=stdout'],
      ...[
        '--simple-log',
        '--verbose',
        `--listening-ip=${listenIp}`,
        `--listening-port=${this.port}`
      ],
      ...[`--relay-ip=${listenIp}`, `--external-ip=${turnIp}`, `--min-port=${range.medium + 1}`],
      ...[`--max-port=${range.max}`, '--use-auth-secret', `--static-auth-secret=${this.secret}`],
      ...[`--realm=${TURN_REALM}`, `--pidfile=${files}.pid`, `--userdb=${files}.db`]
    ]
    const coturn = spawn('turnserver', args, { stdio: ['ignore', 'pipe', 'pipe'] })
    this.coturn = coturn
    const port = this.port
    const relay = (/** @type {Buffer} */ chunk) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (/ALLOCATE|REFRESH|error/.test(line)) note(`[turn :${port}] ${line.trim()}`)
      }
    }
    coturn.stdout?.on('data', relay)
    coturn.stderr?.on('data', relay)
    note(
      `per-peer TURN listener for peer ${this.peerId}: coturn pid ${coturn.pid} on ${listenIp}:${port}`
    )
    void this.whenAnswering().then(() => {
      this.silent?.close()
      this.silent = null
    })
  }

  /** Resolves once coturn answers a Binding on the port (then the silent socket can go). */
  async whenAnswering() {
    const probe = dgram.createSocket('udp4')
    await bind(probe, 0, this.settings.listenIp)
    const id = randomBytes(12)
    const request = Buffer.concat([Buffer.from('000100002112a442', 'hex'), id])
    await new Promise((resolve) => {
      const tick = setInterval(() => {
        if (this.stopped) done()
        else probe.send(request, this.port, this.settings.listenIp)
      }, 20)
      const done = () => {
        clearInterval(tick)
        resolve(undefined)
      }
      probe.on('message', (bytes) => {
        if (bytes.subarray(8, 20).equals(id)) done()
      })
      setTimeout(done, 5000)
    })
    probe.close()
  }

  /** Stops coturn (by its PID) and frees the port: the socket closed, or the peer or room went. */
  stop() {
    if (this.stopped) return
    this.stopped = true
    clearTimeout(this.timer)
    this.silent?.close()
    this.silent = null
    if (this.coturn && this.coturn.exitCode === null) {
      this.coturn.kill('SIGTERM')
      this.settings.note(
        `per-peer TURN listener on :${this.port} stopped (coturn pid ${this.coturn.pid})`
      )
    }
    held.delete(this.port)
  }
}
