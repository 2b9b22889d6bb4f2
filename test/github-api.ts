/**
 * A local stand-in for the few GitHub REST endpoints the action uses: issue comments (list,
 * create, update) and a pull request's state. Bound to 127.0.0.1; `failWith` makes every
 * request answer that status (403 for a token without `pull-requests: write`); `faults` answer
 * the next matching requests with a status and headers (a 502, a rate limit), once each.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeComment {
  id: number
  body: string
}

export interface FakeFault {
  status: number
  /** Only requests with this method (default: any). */
  method?: string
  headers?: Record<string, string>
  message?: string
  /** Do the work first, then answer with the fault (GitHub stored the comment, then a 502). */
  afterHandling?: boolean
}

export class FakeGitHub {
  readonly comments = new Map<number, FakeComment[]>()
  readonly pullStates = new Map<number, 'open' | 'closed'>()
  readonly requests: string[] = []
  failWith?: number
  readonly faults: FakeFault[] = []
  private server?: Server
  private nextId = 1

  get url(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    return this
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = ''
    for await (const chunk of req) body += String(chunk)
    const url = new URL(req.url ?? '/', this.url)
    this.requests.push(`${req.method} ${url.pathname}`)
    const index = this.faults.findIndex((f) => (f.method ?? req.method) === req.method)
    const fault = index < 0 ? undefined : this.faults.splice(index, 1)[0]
    const send = (status: number, json: unknown): void => {
      if (fault) {
        res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers })
        res.end(JSON.stringify({ message: fault.message ?? 'Server Error' }))
        return
      }
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(json))
    }
    if (fault && !fault.afterHandling) return send(fault.status, undefined)
    if (this.failWith)
      return send(this.failWith, { message: 'Resource not accessible by integration' })
    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname)
    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)
    const pull = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(url.pathname)
    if (list && req.method === 'GET') return send(200, this.comments.get(Number(list[1])) ?? [])
    if (list && req.method === 'POST') {
      const comment = { id: this.nextId++, body: (JSON.parse(body) as { body: string }).body }
      this.comments.set(Number(list[1]), [...(this.comments.get(Number(list[1])) ?? []), comment])
      return send(201, { ...comment, html_url: `https://github.example/c/${comment.id}` })
    }
    if (one && req.method === 'PATCH') {
      const comment = [...this.comments.values()].flat().find((c) => c.id === Number(one[1]))
      if (!comment) return send(404, { message: 'Not Found' })
      comment.body = (JSON.parse(body) as { body: string }).body
      return send(200, { ...comment, html_url: `https://github.example/c/${comment.id}` })
    }
    if (pull && req.method === 'GET')
      return send(200, { state: this.pullStates.get(Number(pull[1])) ?? 'open' })
    send(404, { message: 'Not Found' })
  }
}
