/**
 * Issue 12 item 6, at the inputs: hosts as written (a number is never a host name), image
 * references, machine sizes flyctl knows, and the open-relay opt-in's own syntax.
 */
import { expect, test } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { readSettings } from '../../src/inputs.js'

function read(inputs: Record<string, string>) {
  return readSettings(
    (name) => ({ 'api-token': 'tok', app: 'turn', ...inputs })[name] ?? '',
    {},
    () => undefined
  )
}

function refusedInput(inputs: Record<string, string>): string {
  try {
    read(inputs)
  } catch (error) {
    if (error instanceof InputError) return error.input
    throw error
  }
  return '(accepted)'
}

test.each([
  [{ 'probe-host': '999.1.1.1' }, 'probe-host'],
  [{ 'probe-host': '1.2.3.999' }, 'probe-host'],
  [{ 'probe-host': '1.2.3' }, 'probe-host'],
  [{ 'probe-host': '01.2.3.4' }, 'probe-host'],
  [{ 'health-url': 'https://999.1.1.1/health' }, 'health-url'],
  [{ 'health-url': 'https://1.2.3/health' }, 'health-url'],
  [{ 'health-url': 'http://0x7f.1:8080/health' }, 'health-url'],
  [{ 'health-url': 'https://user@2130706433/health' }, 'health-url'],
  [{ 'fishjam-url': 'https://999.1.1.1' }, 'fishjam-url'],
  [{ 'fishjam-url': 'http://1.2.3:8080' }, 'fishjam-url'],
  [{ image: 'Coturn/Coturn:4' }, 'image'],
  [{ image: 'coturn/coturn:bad tag' }, 'image'],
  [{ image: 'coturn/coturn:' }, 'image'],
  [{ 'vm-size': 'shared-cpu-3x' }, 'vm-size'],
  [{ 'vm-size': 'a10' }, 'vm-size'],
  [{ 'vm-memory': '0' }, 'vm-memory'],
  [{ 'vm-memory': '512kb' }, 'vm-memory'],
  [{ 'vm-memory': '1 terabyte' }, 'vm-memory'],
  [{ 'vm-cpus': '129' }, 'vm-cpus'],
  [{ 'allow-open-relay': 'yes' }, 'allow-open-relay']
])('%j is refused, naming %s', (inputs, input) => {
  expect(refusedInput(inputs)).toBe(input)
})

const ACCEPTED: Record<string, string>[] = [
  { 'probe-host': '203.0.113.7' },
  { 'probe-host': 'turn.example.com' },
  { 'probe-host': '[2001:db8::1]' },
  { 'health-url': 'https://{hostname}/health' },
  { 'health-url': 'http://{ipv4}:8080/health' },
  { 'health-url': 'https://[2001:db8::1]:8443/health' },
  { 'fishjam-url': 'http://{ipv4}:8080' },
  { image: 'current' },
  { image: 'ghcr.io/fishjam-dev/fishjam:0.6.3' },
  { 'vm-size': 'performance-16x' },
  { 'vm-memory': '1.5gb' },
  { 'vm-memory': '2048' },
  { 'allow-open-relay': 'true' }
]

test.each(ACCEPTED)('%j is accepted', (inputs) => {
  expect(refusedInput(inputs)).toBe('(accepted)')
})

test('allow-open-relay defaults to false', () => {
  expect(read({}).allowOpenRelay).toBe(false)
  expect(read({ 'allow-open-relay': 'true' }).allowOpenRelay).toBe(true)
})
