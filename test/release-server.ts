/**
 * A stand-in for the three services that flyctl installation talks to, on 127.0.0.1, for tests:
 *
 *   <flyApiBase>/app/flyctl_releases/<OS>/<arch>/<channel>   Fly's release API: the download URL
 *   <githubApiBase>/repos/superfly/flyctl/releases/latest      GitHub's releases API: {tag_name}
 *   <githubBase>/superfly/flyctl/releases/download/v<ver>/<f>  release assets and checksums
 *
 * It records every request path, and answers 503, an empty body, a missing or wrong checksum on
 * demand. `makeFlyctlArchive` builds a real .tar.gz holding an executable `flyctl` script that
 * prints `flyctl version --json` the way flyctl does (flyctl.md §3.13).
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'

/** How a release publishes its checksums. */
export type ChecksumMode = 'versioned' | 'plain' | 'none' | 'wrong'

export interface ReleaseServerFaults {
  /** Fly's release API: a status code to answer with, or 'empty' for a 200 with no body */
  flyApi?: number | 'empty'
  /** GitHub's releases API: a status code to answer with */
  githubApi?: number
}

const DOWNLOAD_PREFIX = '/github/superfly/flyctl/releases/download/'

export class ReleaseServer {
  /** the newest release, named by both release APIs */
  latest: string | undefined
  faults: ReleaseServerFaults = {}
  /** every request path, in order */
  readonly requests: string[] = []
  private readonly files = new Map<string, Buffer>()

  private constructor(
    private readonly server: Server,
    readonly url: string
  ) {}

  static async start(): Promise<ReleaseServer> {
    const server = createServer()
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve())
    })
    const { port } = server.address() as AddressInfo
    const releases = new ReleaseServer(server, `http://127.0.0.1:${port}`)
    server.on('request', (request, response) => releases.answer(request, response))
    return releases
  }

  get flyApiBase(): string {
    return `${this.url}/fly`
  }
  get githubBase(): string {
    return `${this.url}/github`
  }
  get githubApiBase(): string {
    return `${this.url}/github-api`
  }

  /** Publishes a release asset, with its checksums file as `checksums` says. */
  publish(version: string, archiveName: string, archive: Buffer, checksums: ChecksumMode): void {
    this.files.set(`v${version}/${archiveName}`, archive)
    if (checksums === 'none') return
    const digest =
      checksums === 'wrong' ? '0'.repeat(64) : createHash('sha256').update(archive).digest('hex')
    const text = `${'f'.repeat(64)}  flyctl_${version}_Windows_x86_64.zip\n${digest}  ${archiveName}\n`
    const name = checksums === 'plain' ? 'checksums.txt' : `flyctl_${version}_checksums.txt`
    this.files.set(`v${version}/${name}`, Buffer.from(text))
  }

  /** How many requests went to paths starting with this prefix (e.g. '/fly/'). */
  count(prefix: string): number {
    return this.requests.filter((request) => request.startsWith(prefix)).length
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    const requestPath = new URL(request.url ?? '/', this.url).pathname
    this.requests.push(requestPath)
    const send = (status: number, body: string | Buffer = ''): void => {
      response.writeHead(status, { 'Content-Length': Buffer.byteLength(body) })
      response.end(body)
    }

    const flyApi = /^\/fly\/app\/flyctl_releases\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(requestPath)
    if (flyApi) {
      const [, os, arch] = flyApi
      if (typeof this.faults.flyApi === 'number') return send(this.faults.flyApi, 'unavailable')
      if (this.faults.flyApi === 'empty' || this.latest === undefined) return send(200)
      const asset = `flyctl_${this.latest}_${os}_${arch}.tar.gz`
      return send(200, `${this.url}${DOWNLOAD_PREFIX}v${this.latest}/${asset}`)
    }
    if (requestPath === '/github-api/repos/superfly/flyctl/releases/latest') {
      if (this.faults.githubApi !== undefined) return send(this.faults.githubApi, '{}')
      if (this.latest === undefined) return send(404, '{"message":"Not Found"}')
      return send(200, JSON.stringify({ tag_name: `v${this.latest}`, prerelease: false }))
    }
    if (requestPath.startsWith(DOWNLOAD_PREFIX)) {
      const file = this.files.get(requestPath.slice(DOWNLOAD_PREFIX.length))
      return file === undefined ? send(404, 'Not Found') : send(200, file)
    }
    send(404, 'Not Found')
  }
}

/** A flyctl release archive: a .tar.gz with one executable `flyctl` that knows its version. */
export async function makeFlyctlArchive(version: string): Promise<Buffer> {
  const directory = await mkdtemp(path.join(tmpdir(), 'fake-flyctl-'))
  try {
    const versionJson = JSON.stringify({
      Name: 'flyctl',
      Version: version,
      Commit: 'test',
      BranchName: '',
      BuildDate: '2026-08-20T12:00:00Z',
      OS: 'linux',
      Architecture: 'amd64',
      Environment: 'production'
    })
    const script = [
      '#!/bin/sh',
      `if [ "$1" = version ]; then echo '${versionJson}'; exit 0; fi`,
      'echo "Error: this test flyctl only knows version" >&2',
      'exit 1',
      ''
    ].join('\n')
    const binary = path.join(directory, 'flyctl')
    await writeFile(binary, script)
    await chmod(binary, 0o755)
    const archive = path.join(directory, 'flyctl.tar.gz')
    await promisify(execFile)('tar', ['-czf', archive, '-C', directory, 'flyctl'])
    return await readFile(archive)
  } finally {
    await rm(directory, { recursive: true, force: true })
  }
}
