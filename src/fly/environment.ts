/**
 * The environment flyctl runs in: an allow-list, not the runner's whole environment. The runner
 * hands the action its inputs as INPUT_* variables (`secrets`, `api-token`, `github-token`) and
 * itself holds tokens such as ACTIONS_RUNTIME_TOKEN; none of that is flyctl's business. Each name
 * below is one flyctl (a Go program, v0.4.87) reads, with the reason.
 */

/** Exact names, matched case-insensitively (Windows spells some of them in mixed case). */
const PASSED = new Set(
  [
    // Finding programs (docker for a local build) and flyctl's config dir (~/.fly).
    'PATH',
    'HOME',
    // Go's os.TempDir: scratch files of builds and uploads.
    'TMPDIR',
    'TMP',
    'TEMP',
    // Messages and timestamps as the runner is set up.
    'LANG',
    'LC_ALL',
    'TZ',
    'USER',
    'LOGNAME',
    // Go's net/http honours these: self-hosted runners behind a proxy reach Fly's API through it.
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'ALL_PROXY',
    // Go's crypto/x509: a corporate CA bundle that a TLS-inspecting proxy needs.
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    // flyctl's CI detection (internal/env/env.go:57-106: no prompts, no update checks) and the
    // labels it puts on a built image (internal/command/deploy/deploy_build.go:221-226).
    'CI',
    'GITHUB_ACTIONS',
    'GITHUB_SHA',
    'GITHUB_REPOSITORY',
    'GITHUB_EVENT_NAME',
    'GITHUB_ACTION',
    // A `--local-only` build in deploy-args talks to the runner's Docker daemon.
    'DOCKER_HOST',
    'DOCKER_CONFIG',
    'DOCKER_CERT_PATH',
    'DOCKER_TLS_VERIFY',
    'DOCKER_BUILDKIT',
    'BUILDKIT_PROGRESS',
    // Windows runners: Go's networking needs SystemRoot; the home and temp directories live here.
    'SYSTEMROOT',
    'WINDIR',
    'COMSPEC',
    'PATHEXT',
    'USERPROFILE',
    'APPDATA',
    'LOCALAPPDATA',
    'PROGRAMDATA',
    'HOMEDRIVE',
    'HOMEPATH'
  ].map((name) => name.toUpperCase())
)

/** Locale categories (LC_CTYPE, LC_MESSAGES, ...). */
const LOCALE = /^LC_[A-Z]+$/

/**
 * flyctl's own namespaces (FLY_API_BASE_URL, FLY_CONFIG_DIR, FLY_REMOTE_BUILDER_*, FLYCTL_*):
 * set in a workflow only for flyctl. The action states the token itself, and drops the ones
 * that would point a call at another app or change the output the action parses.
 */
const FLY_NAMESPACE = /^FLY(?:CTL)?_/
const FLY_OVERRIDDEN = new Set(['FLY_API_TOKEN', 'FLY_ACCESS_TOKEN', 'FLY_APP', 'FLY_JSON'])

/** Whether a variable of the runner's environment is passed on to flyctl. */
export function passedToFlyctl(name: string): boolean {
  const upper = name.toUpperCase()
  if (FLY_NAMESPACE.test(upper)) return !FLY_OVERRIDDEN.has(upper)
  return PASSED.has(upper) || LOCALE.test(upper)
}

/**
 * flyctl's environment: the allowed part of `base`, the call's own variables, and what the
 * action states explicitly: the token (FLY_API_TOKEN, never argv), no update check, no colour.
 * RUNNER_* are not passed: flyctl reads none of them. Neither are INPUT_* (the action's inputs,
 * secrets among them), ACTIONS_* (the runner's tokens) or GITHUB_TOKEN.
 */
export function flyctlEnvironment(
  base: NodeJS.ProcessEnv,
  token: string,
  extra: Record<string, string> = {}
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(base)) {
    if (value !== undefined && passedToFlyctl(name)) env[name] = value
  }
  return { ...env, ...extra, FLY_API_TOKEN: token, FLY_NO_UPDATE_CHECK: '1', NO_COLOR: '1' }
}
