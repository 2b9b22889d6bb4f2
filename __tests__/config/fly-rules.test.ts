/**
 * Issue 12 item 6: the rules flyctl and Fly apply to machine sizes and image references, so the
 * action can refuse what they would refuse before it creates anything.
 */
import { describe, expect, test } from '@jest/globals'
import { imageReferenceProblem } from '../../src/config/image-reference.js'
import { machineProblem, memoryMb, vmMemoryProblem, vmSizeProblem } from '../../src/config/vm.js'

describe('memory as helpers.ParseSize + go-units RAMInBytes read it (MiB)', () => {
  test.each([
    ['512', 512],
    ['+512', 512],
    ['512mb', 512],
    ['512MB', 512],
    ['512m', 512],
    ['512MiB', 512],
    ['1gb', 1024],
    ['1g', 1024],
    ['1GiB', 1024],
    ['1.5gb', 1536],
    ['1 gb', 1024],
    ['2048k', 2],
    ['1048576b', 1],
    ['1048576', 1048576],
    ['512kb', 0]
  ])('%s is %d MiB', (text, mb) => {
    expect(memoryMb(text)).toBe(mb)
  })

  test.each(['lots', '1gbb', '1mib ', '-1gb', '1xb', 'gb', '1 2gb', ''])(
    '%j is refused',
    (text) => {
      expect(vmMemoryProblem(text)).toBeDefined()
    }
  )

  test('zero is refused the way flyctl says it', () => {
    expect(vmMemoryProblem('0')).toMatch(/memory cannot be zero/)
    expect(vmMemoryProblem('512kb')).toMatch(/memory cannot be zero/)
  })
})

describe('size names: fly-go MachinePresets, without GPUs', () => {
  test.each(['shared-cpu-1x', 'shared-cpu-8x', 'performance-1x', 'performance-16x'])(
    '%s is a size',
    (size) => expect(vmSizeProblem(size)).toBeUndefined()
  )
  test.each(['shared-cpu-3x', 'performance-32x', 'shared-1x', 'large', 'Shared-cpu-1x'])(
    '%s is not',
    (size) => expect(vmSizeProblem(size)).toMatch(/not a Fly machine size/)
  )
  test.each(['a10', 'l40s', 'a100-40gb', 'a100-80gb'])('%s: GPUs are no longer supported', (s) =>
    expect(vmSizeProblem(s)).toMatch(/GPU machines are no longer supported/)
  )
})

describe('the machine a [[vm]] table makes (machine/update.go rules)', () => {
  test.each([
    [{}, undefined],
    [{ memory: '512mb', cpus: 1, cpu_kind: 'shared' }, undefined],
    [{ memory: '1gb', cpus: 2, cpu_kind: 'shared' }, undefined],
    [{ size: 'performance-2x' }, undefined],
    [{ size: 'performance-1x', memory: '8gb' }, undefined],
    [{ cpu_kind: 'performance', cpus: 32, memory: '64gb' }, undefined],
    [{ memory: '300mb' }, 'memory'],
    [{ memory: '4gb' }, 'memory'],
    [{ memory: '128' }, 'memory'],
    [{ size: 'performance-1x', memory: '1gb' }, 'memory'],
    [{ size: 'performance-1x', memory: '2560' }, 'memory'],
    [{ cpus: 3 }, 'cpus'],
    [{ cpus: 16 }, 'cpus'],
    [{ cpu_kind: 'gpu' }, 'cpuKind'],
    [{ size: 'shared-cpu-3x' }, 'size'],
    [{ memory_mb: 100 }, 'memory']
  ])('%j -> %s', (vm, field) => {
    expect(machineProblem(vm)?.field).toBe(field)
  })

  test('messages say what would work', () => {
    expect(machineProblem({ memory: '300mb' })?.problem).toMatch(
      /multiple of 256 MiB.*256 MiB would work/
    )
    expect(machineProblem({ cpus: 3 })?.problem).toMatch(/valid: 1, 2, 4, 6, 8/)
    expect(machineProblem({ memory: '4gb' })?.problem).toMatch(/outside 256-2048 MiB/)
  })
})

describe('image references: the docker reference grammar', () => {
  test.each([
    'coturn/coturn',
    'coturn/coturn:4.17.0-r0',
    'ghcr.io/fishjam-dev/fishjam:0.6.3',
    'registry.fly.io/my-app:deployment-01J',
    'localhost:5000/a/b_c__d-e.f:tag',
    '[::1]:5000/img',
    'nginx@sha256:' + 'a'.repeat(64),
    'nginx:1.25@sha256:' + 'b'.repeat(64),
    'UPPER.example.com/lower'
  ])('%s is a reference', (ref) => expect(imageReferenceProblem(ref)).toBeUndefined())

  test.each([
    ['Coturn/Coturn:1', /must be lowercase/],
    ['coturn/coturn:bad tag', /not an image reference/],
    ['coturn/coturn:', /not an image reference/],
    ['coturn//coturn', /not an image reference/],
    ['-coturn', /not an image reference/],
    ['coturn/coturn:' + 'x'.repeat(129), /not an image reference/],
    ['nginx@sha256:abc', /not an image reference/],
    ['https://docker.io/coturn', /not an image reference/],
    ['a'.repeat(256), /over 255/]
  ])('%s is not: %s', (ref, reason) => expect(imageReferenceProblem(ref)).toMatch(reason))
})
