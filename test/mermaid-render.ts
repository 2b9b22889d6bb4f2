/**
 * Renders Mermaid charts the way GitHub shows them in a job summary: mermaid 11 (the npm
 * package, served from node_modules on a loopback HTTP server) in headless Chromium from Debian
 * (`/usr/bin/chromium`, driven by playwright-core; no browser is downloaded). Returns what was
 * drawn, measured in the page, and can take a screenshot of the chart.
 */
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'
const MERMAID = path.resolve(import.meta.dirname, '../node_modules/mermaid/dist/mermaid.min.js')
const PAGE = path.resolve(import.meta.dirname, 'mermaid-page.html')

/** What the browser drew for one chart. */
export interface DrawnChart {
  /** Mermaid's parse error, if it rejected the source. */
  error?: string
  svg: boolean
  /** Every task bar, in source order: its label and its drawn width in pixels. */
  bars: { label: string; widthPx: number }[]
  /** The x-axis tick labels, left to right. */
  ticks: string[]
  title: string
}

export class MermaidRenderer {
  private constructor(
    private readonly server: Server,
    private readonly browser: Browser,
    private readonly page: Page
  ) {}

  static async start(): Promise<MermaidRenderer> {
    const mermaid = readFileSync(MERMAID)
    const html = readFileSync(PAGE)
    const server = createServer((req, res) => {
      const isScript = req.url === '/mermaid.js'
      res.writeHead(200, { 'content-type': isScript ? 'text/javascript' : 'text/html' })
      res.end(isScript ? mermaid : html)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run'
      ]
    })
    const page = await browser.newPage({ viewport: { width: 1040, height: 800 } })
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
    return new MermaidRenderer(server, browser, page)
  }

  /** Renders a chart's source (the text inside a ```mermaid fence) into the page. */
  draw(source: string): Promise<DrawnChart> {
    type DrawPage = { drawChart(text: string): Promise<DrawnChart> }
    return this.page.evaluate((text) => (globalThis as unknown as DrawPage).drawChart(text), source)
  }

  /** A PNG of the chart last drawn. */
  async screenshot(file: string): Promise<void> {
    await this.page.locator('#chart svg').screenshot({ path: file })
  }

  async stop(): Promise<void> {
    await this.browser.close()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}

/** The source inside the first ```mermaid fence of a Markdown text. */
export function mermaidSource(markdown: string): string {
  const match = /```mermaid\n([\s\S]*?)\n```/.exec(markdown)
  if (!match) throw new Error('no ```mermaid block in the text')
  return match[1]
}
