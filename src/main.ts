import * as core from '@actions/core'

export function run(): Promise<void> {
  core.info('fly-webrtc-deploy')
  return Promise.resolve()
}
