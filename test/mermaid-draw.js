// Runs in the browser page of test/mermaid-render.ts: renders one chart with mermaid into
// #chart and measures what was drawn (bars with their labels and widths, axis tick labels).
/* global window, document */
window.drawChart = async (text) => {
  const mermaid = window.mermaid
  mermaid.initialize({ startOnLoad: false, theme: 'default' })
  const chart = document.getElementById('chart')
  chart.innerHTML = ''
  try {
    chart.innerHTML = (await mermaid.render(`c${Date.now()}`, text)).svg
  } catch (error) {
    return { error: String(error), svg: false, bars: [], ticks: [], title: '' }
  }
  const labels = [...chart.querySelectorAll('text')].filter((t) =>
    /\btaskText/.test(t.getAttribute('class') ?? '')
  )
  const bars = [...chart.querySelectorAll('rect.task')].map((rect, index) => ({
    label: labels[index]?.textContent ?? '',
    widthPx: rect.getBBox().width
  }))
  const ticks = [...chart.querySelectorAll('g.grid g.tick text')].map((t) => t.textContent ?? '')
  const title = chart.querySelector('text.titleText')?.textContent ?? ''
  return { svg: chart.querySelector('svg') !== null, bars, ticks, title }
}
