export const id = 957;
export const ids = [957];
export const modules = {

/***/ 8957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(6058);
// EXTERNAL MODULE: ./src/inputs.ts + 9 modules
var inputs = __webpack_require__(6045);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/parse.ts
var parse = __webpack_require__(2828);
;// CONCATENATED MODULE: ./src/fly/argv.ts
/**
 * Every flyctl command line the action runs, one builder per call: the grammar of flyctl v0.4.87
 * as the action uses it (shared/reference/flyctl.md §3, corrected by fly-platform.md §3). The
 * steps in this folder call these builders; `plan` runs the same steps against a dry-run client,
 * so what it lists is what a deploy runs. To add a flyctl call, add its builder here.
 *
 * Reads are marked `readOnly` where they are run (retried on transient errors, answered for real
 * during a plan); everything else changes something on Fly.
 */

function ipsListArgv(app) {
    return ['ips', 'list', '--app', app, '--json'];
}
function appsCreateArgv(app, org) {
    return ['apps', 'create', app, '--org', org];
}
function appsDestroyArgv(app) {
    return ['apps', 'destroy', app, '--yes'];
}
function appsListArgv(org) {
    return ['apps', 'list', '--org', org, '--json'];
}
/** A dedicated (paid) IPv4; `--yes` because flyctl asks for confirmation otherwise. */
function allocateDedicatedIpv4Argv(app) {
    return ['ips', 'allocate-v4', '--yes', '--app', app];
}
/**
 * A dedicated public IPv6 (free; TCP, HTTP and TLS work over it, UDP does not). No `--yes`:
 * allocate-v6 has no such flag and never asks (flyctl.md §3.6).
 */
function allocateIpv6Argv(app) {
    return ['ips', 'allocate-v6', '--app', app];
}
/** The free shared IPv4 (HTTP and TLS only). */
function allocateSharedIpv4Argv(app) {
    return ['ips', 'allocate-v4', '--shared', '--app', app];
}
function releaseIpsArgv(app, addresses) {
    return ['ips', 'release', ...addresses, '--app', app];
}
/** Values travel on stdin, never in argv. */
function secretsImportArgv(app) {
    return ['secrets', 'import', '--app', app, '--stage'];
}
/** The regions where new machines can run (flyctl drops deprecated ones). */
function platformRegionsArgv() {
    return ['platform', 'regions', '--json'];
}
/** Names and digests only: flyctl never prints a stored value (flyctl.md §3.7). */
function secretsListArgv(app) {
    return ['secrets', 'list', '--app', app, '--json'];
}
function statusArgv(app) {
    return ['status', '--app', app, '--json'];
}
function releasesArgv(app) {
    return ['releases', '--app', app, '--json'];
}
/** N is the total across the listed regions (fly-platform.md §3). */
function scaleCountArgv(app, count, regions) {
    return ['scale', 'count', String(count), '--region', regions.join(','), '--yes', '--app', app];
}
function deployArgv(request) {
    const args = ['deploy'];
    if (request.image === undefined)
        args.push(request.buildPath);
    args.push('--config', request.configPath, '--app', request.app);
    if (request.image === undefined)
        args.push('--remote-only');
    else
        args.push('--image', request.image);
    args.push('--strategy', request.strategy, '--wait-timeout', (0,parse/* goDuration */.Lm)(request.waitTimeoutMs), `--ha=${request.ha}`);
    if (!request.publicIps)
        args.push('--no-public-ips');
    args.push(...request.deployArgs);
    return args;
}

;// CONCATENATED MODULE: ./src/fly/classify.ts
/**
 * What a failed flyctl call was, from how it ended and what flyctl printed: the error's kind
 * (which decides whether a read is retried), a message with flyctl's own cause, and a hint. Only
 * flyctl's own error text counts: a deploy's stderr also carries the build log, where
 * "permission denied" or "timeout" say nothing about Fly's API.
 */

const ANSI = /\x1b\[[0-9;]*m/g; // eslint-disable-line no-control-regex
const NOT_FOUND = /Could not (?:find|resolve) App\b/i;
const UNAUTHORIZED = /no access token available|must be authenticated|unauthori[sz]ed|not authorized|authentication required|invalid token|token (?:is )?expired|\b401\b|permission denied|forbidden/i;
// flyctl's own 5xx wordings: GraphQL `server returned a non-200 status code: 502`, the Machines
// API `request returned non-2xx status: 503: <body>` (fly-platform.md §3); then the texts of
// proxies, networks and rate limits. Deadlines are not here: flyctl exits 126 on every one.
const TRANSIENT = /non-200 status code: (?:5\d\d|429)\b|non-2xx status: (?:5\d\d|429)\b|\b5\d\d (?:[A-Z][a-z]|status)|status(?: code)? 5\d\d\b|service unavailable|bad gateway|gateway time-?out|timed out|connection (?:reset|refused)|unexpected EOF|i\/o timeout|TLS handshake|no such host|temporar|network is unreachable|rate.?limit|throttl|\b429\b|too many requests|slow down/i;
/** flyctl's exit code for any context deadline (flyctl:internal/cli/cli.go:107-110). */
const DEADLINE_EXIT = 126;
function classifyFailure(failed) {
    const { args, result, timeoutMs, mask } = failed;
    const stderr = mask(result.stderr.replace(ANSI, '')).trim();
    const details = { command: ['flyctl', ...failed.shownArgs], stderr, exitCode: result.exitCode };
    const what = `flyctl ${subcommand(args)}`;
    if (result.timedOut) {
        return new src_errors/* ActionError */.lZ('timeout', `${what} did not finish within ${Math.round((timeoutMs ?? 0) / 1000)} s and was stopped`, {
            ...details,
            hint: 'Fly.io may be slow or unreachable; run the job again, and check https://status.flyio.net'
        });
    }
    if (result.signal) {
        return new src_errors/* ActionError */.lZ('transient', `${what} was killed by ${result.signal} before it finished`, {
            ...details,
            hint: 'something outside the action stopped flyctl (the runner out of memory, or shutting down); run the job again'
        });
    }
    const message = flyctlMessage(stderr) ?? `exit code ${result.exitCode}`;
    if (result.exitCode === DEADLINE_EXIT) {
        return new src_errors/* ActionError */.lZ('timeout', `${what} gave up at a deadline (exit 126): ${message}`, {
            ...details,
            hint: "flyctl exits 126 on any deadline. For a deploy that is usually machines that did not start or pass their checks within wait-timeout: see `fly logs` and the app's checks"
        });
    }
    const kind = kindOf(errorLines(stderr));
    return new src_errors/* ActionError */.lZ(kind, `${what} failed: ${message}`, {
        ...details,
        hint: kind === 'unauthorized'
            ? 'check that api-token holds a valid Fly.io token for this app or organisation'
            : undefined
    });
}
function kindOf(errorText) {
    if (NOT_FOUND.test(errorText))
        return 'not-found';
    if (UNAUTHORIZED.test(errorText))
        return 'unauthorized';
    return TRANSIENT.test(errorText) ? 'transient' : 'command-failed';
}
/** Output flyctl printed that the action cannot read; `args` as they may be shown (masked). */
function badOutput(args, stdout, problem, mask) {
    const excerpt = mask(stdout.replace(ANSI, '')).trim().slice(0, 200);
    return new src_errors/* ActionError */.lZ('bad-output', `flyctl ${subcommand(args)} printed output that ${problem}: ${excerpt || '(nothing)'}`, {
        command: ['flyctl', ...args],
        hint: 'this flyctl version may print a different format; pin flyctl-version to the tested default'
    });
}
/** The command words of an argv (before the first flag), e.g. `ips list`. */
function subcommand(args) {
    const words = [];
    for (const arg of args) {
        if (arg.startsWith('-'))
            break;
        words.push(arg);
        if (words.length === 2)
            break;
    }
    return words.join(' ');
}
/**
 * flyctl's error: from the `Error:` line to the end (description and suggestion follow it), or
 * all of stderr when there is no such line.
 */
function errorLines(stderr) {
    const start = stderr.search(/^Error:/m);
    return start < 0 ? stderr : stderr.slice(start);
}
/**
 * What flyctl says went wrong: its `Error:` line (or the first line when there is none). fly-go
 * wraps a GraphQL failure as `failed to run <the multi-line query>: <cause>` (fly-go:client.go:
 * 317), so the `Error:` line ends at `failed to run` and the server's message sits on the
 * query's last line, after its indentation: it is joined back on.
 */
function flyctlMessage(stderr) {
    const block = errorLines(stderr);
    const first = block.split('\n').find((line) => line.trim() !== '');
    if (first === undefined)
        return undefined;
    const line = first.replace(/^Error:\s*/, '').trim();
    const query = /^(.*?)failed to run\s*$/.exec(line);
    const cause = query ? /\n[ \t]*:[ \t]+([^\n]+)/.exec(block) : null;
    return cause ? `${query?.[1] ?? ''}${cause[1].trim()}` : line;
}

;// CONCATENATED MODULE: ./src/fly/shapes.ts
/**
 * The JSON shapes flyctl documents (reference/flyctl.md), checked field by field so that a
 * changed format is reported as such instead of surfacing later as `undefined`.
 */
function parseSecretList(value) {
    return array(value, 'the list').map((item, index) => ({
        name: string(object(item, `item ${index}`), 'name')
    }));
}
function parseIpList(value) {
    return array(value, 'the list').map((item, index) => {
        const o = object(item, `item ${index}`);
        return {
            id: string(o, 'ID'),
            address: string(o, 'Address'),
            type: string(o, 'Type'),
            region: string(o, 'Region'),
            createdAt: string(o, 'CreatedAt')
        };
    });
}
function parseStatus(value) {
    const o = object(value, 'the status');
    return {
        name: string(o, 'Name'),
        hostname: string(o, 'Hostname'),
        version: number(o, 'Version'),
        machines: array(o.Machines ?? [], 'Machines').map((item, index) => {
            const m = object(item, `Machines[${index}]`);
            const config = (m.config ?? {});
            const metadata = (config.metadata ?? {});
            const release = metadata.fly_release_version;
            return {
                id: string(m, 'id'),
                state: string(m, 'state'),
                region: typeof m.region === 'string' ? m.region : '',
                releaseVersion: typeof release === 'string' && /^\d+$/.test(release) ? Number(release) : undefined,
                image: typeof config.image === 'string' ? config.image : undefined
            };
        })
    };
}
function parseReleases(value) {
    return array(value, 'the list').map((item, index) => {
        const o = object(item, `item ${index}`);
        return {
            version: number(o, 'Version'),
            status: string(o, 'Status'),
            imageRef: string(o, 'ImageRef'),
            createdAt: string(o, 'CreatedAt')
        };
    });
}
function parseAppList(value) {
    return array(value, 'the list').map((item, index) => {
        const o = object(item, `item ${index}`);
        string(o, 'Name');
        return o;
    });
}
/** `platform regions --json`: fly-go's Region (types.go), snake_case; deprecated ones filtered out. */
function parseRegionCodes(value) {
    return array(value, 'the list').map((item, index) => string(object(item, `item ${index}`), 'code'));
}
/** Finds the release line in deploy output; undefined when flyctl printed none (older than v0.4.56). */
function findDeployedRelease(stdout) {
    for (const line of stdout.split('\n').reverse()) {
        const trimmed = line.trim();
        if (!trimmed.startsWith('{') || !trimmed.includes('"version"'))
            continue;
        try {
            const o = object(JSON.parse(trimmed), 'release');
            return {
                id: string(o, 'id'),
                version: number(o, 'version'),
                imageRef: string(o, 'image_ref')
            };
        }
        catch {
            continue;
        }
    }
    return undefined;
}
function object(value, what) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new Error(`${what} is not an object`);
    return value;
}
function array(value, what) {
    if (!Array.isArray(value))
        throw new Error(`${what} is not an array`);
    return value;
}
function string(o, key) {
    const value = o[key];
    if (typeof value !== 'string')
        throw new Error(`${key} is not a string`);
    return value;
}
function number(o, key) {
    const value = o[key];
    if (typeof value !== 'number')
        throw new Error(`${key} is not a number`);
    return value;
}

;// CONCATENATED MODULE: ./src/fly/app.ts
/**
 * Step 4: one `ips list --json` answers both "does the app exist" and "which addresses does it
 * have"; a missing app is created. An auth or network error is reported as what it is.
 */




/** The name Fly gives every app on its shared domain (also the TLS certificate's name). */
function appHostname(app) {
    return `${app}.fly.dev`;
}
async function lookUpApp(fly, app) {
    try {
        const ips = await fly.json(ipsListArgv(app), parseIpList, { readOnly: true });
        return { exists: true, ips };
    }
    catch (error) {
        if (error instanceof src_errors/* ActionError */.lZ && error.kind === 'not-found')
            return { exists: false, ips: [] };
        if (error instanceof src_errors/* ActionError */.lZ && error.kind === 'unauthorized') {
            throw new src_errors/* ActionError */.lZ('unauthorized', `Fly.io refused the token when reading app '${app}'`, {
                command: error.command,
                stderr: error.stderr,
                hint: "api-token must be a token of the app's organisation: `fly tokens create org` (needed to create apps) or `fly tokens create deploy -a <app>` (enough to redeploy an existing app)"
            });
        }
        throw error;
    }
}
/**
 * flyctl's texts for a name in use: the API's name check (`Name has already been taken`) or, for
 * the loser of two simultaneous creates, the database's `uniqueness constraint violated`; both
 * come with the "App names are unique across all of Fly.io" suggestion (fly-platform.md §3).
 */
const NAME_TAKEN = /name_taken|already been taken|uniqueness constraint violated|App names are unique across all of Fly\.io/i;
/** The error createApp throws when the name is in use: by a concurrent run, or by someone else. */
const TAKEN_MESSAGE = /is taken by another Fly\.io account$/;
async function createApp(fly, app, org, logger) {
    try {
        await fly.run(appsCreateArgv(app, org));
        fly.appCreated();
        logger.info(`Created app ${app} in organisation ${org}`);
    }
    catch (error) {
        if (!(error instanceof src_errors/* ActionError */.lZ))
            throw error;
        const stderr = error.stderr ?? '';
        if (NAME_TAKEN.test(stderr)) {
            throw new src_errors/* ActionError */.lZ('command-failed', `The app name '${app}' is taken by another Fly.io account`, {
                command: error.command,
                stderr,
                hint: 'app names are unique across all of Fly.io; choose another `app` (for example with your organisation as a prefix)'
            });
        }
        if (error.kind === 'unauthorized' || /organization .* not found/i.test(stderr)) {
            throw new src_errors/* ActionError */.lZ(error.kind === 'unauthorized' ? 'unauthorized' : 'command-failed', `Could not create app '${app}' in organisation '${org}'`, {
                command: error.command,
                stderr,
                hint: 'creating apps needs an organisation token (`fly tokens create org`); a deploy token can only redeploy an existing app. Check that `org` is the slug shown by `fly orgs list`'
            });
        }
        throw error;
    }
}
/**
 * Creates the app when the lookup found none. When a concurrent run created it between our
 * lookup and our create, flyctl answers "name taken" (or, racing it to the insert, "uniqueness
 * constraint violated"); if we can now see the app, it is ours to adopt like any other run.
 */
async function ensureApp(fly, app, org, found, logger) {
    if (found.exists)
        return { ...found, created: false };
    try {
        await createApp(fly, app, org, logger);
        return { exists: true, ips: [], created: true };
    }
    catch (error) {
        if (!(error instanceof src_errors/* ActionError */.lZ) || !TAKEN_MESSAGE.test(error.message))
            throw error;
        fly.appCreated(); // by the run we raced: just as new to the token
        const again = await lookUpApp(fly, app);
        if (!again.exists)
            throw error;
        const said = flyctlMessage(error.stderr ?? '');
        logger.info(`App ${app} was created by a concurrent run${said ? ` (flyctl: ${said})` : ''}; using it`);
        return { ...again, created: false, adopted: true };
    }
}
/** Every app of an organisation (reap picks its previews among them). */
function listOrgApps(fly, org) {
    return fly.json(appsListArgv(org), parseAppList, { readOnly: true });
}

// EXTERNAL MODULE: ./src/preview/naming.ts
var naming = __webpack_require__(8826);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/index.ts + 28 modules
var src_config = __webpack_require__(7169);
// EXTERNAL MODULE: ./src/config/ports.ts
var ports = __webpack_require__(226);
// EXTERNAL MODULE: ./src/fly/deploy-flags.ts
var deploy_flags = __webpack_require__(6600);
;// CONCATENATED MODULE: ./src/log.ts
/** A logger that drops everything: the default for library calls and unit tests. */
const silentLogger = {
    info: () => undefined,
    warn: () => undefined,
    debug: () => undefined
};
/** A logger for a person's terminal: info to stdout, warnings to stderr, debug only on request. */
function consoleLogger(verbose = false) {
    return {
        info: (message) => console.log(message),
        warn: (message) => console.error(`warning: ${message}`),
        debug: (message) => {
            if (verbose)
                console.error(`debug: ${message}`);
        }
    };
}

// EXTERNAL MODULE: ./src/secret-forms.ts
var secret_forms = __webpack_require__(773);
;// CONCATENATED MODULE: ./src/fly/environment.ts
/**
 * The environment flyctl runs in: an allow-list, not the runner's whole environment. The runner
 * hands the action its inputs as INPUT_* variables (`secrets`, `api-token`, `github-token`) and
 * itself holds tokens such as ACTIONS_RUNTIME_TOKEN; none of that is flyctl's business. Each name
 * below is one flyctl (a Go program, v0.4.87) reads, with the reason.
 */
/** Exact names, matched case-insensitively (Windows spells some of them in mixed case). */
const PASSED = new Set([
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
].map((name) => name.toUpperCase()));
/** Locale categories (LC_CTYPE, LC_MESSAGES, ...). */
const LOCALE = /^LC_[A-Z]+$/;
/**
 * flyctl's own namespaces (FLY_API_BASE_URL, FLY_CONFIG_DIR, FLY_REMOTE_BUILDER_*, FLYCTL_*):
 * set in a workflow only for flyctl. The action states the token itself, and drops the ones
 * that would point a call at another app or change the output the action parses.
 */
const FLY_NAMESPACE = /^FLY(?:CTL)?_/;
const FLY_OVERRIDDEN = new Set(['FLY_API_TOKEN', 'FLY_ACCESS_TOKEN', 'FLY_APP', 'FLY_JSON']);
/** Whether a variable of the runner's environment is passed on to flyctl. */
function passedToFlyctl(name) {
    const upper = name.toUpperCase();
    if (FLY_NAMESPACE.test(upper))
        return !FLY_OVERRIDDEN.has(upper);
    return PASSED.has(upper) || LOCALE.test(upper);
}
/**
 * flyctl's environment: the allowed part of `base`, the call's own variables, and what the
 * action states explicitly: the token (FLY_API_TOKEN, never argv), no update check, no colour.
 * RUNNER_* are not passed: flyctl reads none of them. Neither are INPUT_* (the action's inputs,
 * secrets among them), ACTIONS_* (the runner's tokens) or GITHUB_TOKEN.
 */
function flyctlEnvironment(base, token, extra = {}) {
    const env = {};
    for (const [name, value] of Object.entries(base)) {
        if (value !== undefined && passedToFlyctl(name))
            env[name] = value;
    }
    return { ...env, ...extra, FLY_API_TOKEN: token, FLY_NO_UPDATE_CHECK: '1', NO_COLOR: '1' };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/fly/exec.ts
/**
 * The one place that starts flyctl: an argv array (never a shell string), an optional stdin,
 * an environment, and an optional hard timeout after which the process group is killed.
 */

const execProcess = (request) => new Promise((resolve, reject) => {
    const started = performance.now();
    const child = (0,external_node_child_process_.spawn)(request.file, request.args, {
        env: request.env,
        cwd: request.cwd,
        stdio: ['pipe', 'pipe', 'pipe'],
        // Its own process group, so a timeout also stops anything flyctl started.
        detached: true
    });
    const stdout = [];
    const stderr = [];
    let timedOut = false;
    const timer = request.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            killGroup(child.pid);
        }, request.timeoutMs);
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
    });
    child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({
            exitCode: code,
            signal,
            stdout: Buffer.concat(stdout).toString('utf8'),
            stderr: Buffer.concat(stderr).toString('utf8'),
            timedOut,
            durationMs: performance.now() - started
        });
    });
    // A child that exits before reading stdin makes the write fail with EPIPE; that is not our error.
    child.stdin.on('error', () => undefined);
    child.stdin.end(request.stdin ?? '');
});
function killGroup(pid) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, 'SIGKILL');
    }
    catch {
        // Already gone.
    }
}

;// CONCATENATED MODULE: ./src/fly/flyctl.ts






const DEFAULT_CALL_TIMEOUT_MS = 120_000;
/** How long after this run created an app a read's `not authorized` is taken as passing. */
const AUTH_LAG_MS = 60_000;
class Flyctl {
    options;
    calls = [];
    exec;
    logger;
    sleep;
    now;
    authLagUntil = 0;
    constructor(options) {
        this.options = options;
        this.exec = options.exec ?? execProcess;
        this.logger = options.logger ?? silentLogger;
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        this.now = options.now ?? Date.now;
    }
    /**
     * A client of the same kind for one member of a fleet: the same flyctl, token and masks, its
     * own logger and its own record of calls.
     */
    forMember(logger) {
        const Kind = this.constructor;
        return new Kind({ ...this.options, logger });
    }
    /** Total wall time spent inside flyctl, for the self-time measurement. */
    get timeInFlyctlMs() {
        return this.calls.reduce((sum, call) => sum + call.durationMs, 0);
    }
    /**
     * An app was just created (by this run, or by one it raced): for a while, an org-limited
     * token may be refused on it
     * (flyctl's own e2e harness retries this: test/preflight/testlib/test_env.go:315-340).
     */
    appCreated() {
        this.authLagUntil = this.now() + AUTH_LAG_MS;
    }
    /** Runs flyctl; resolves with its output on exit 0, throws a classified ActionError otherwise. */
    run(args, call = {}) {
        return this.withRetries(args, call, (result) => result);
    }
    /** Runs a `--json` command and checks the output against the documented shape. */
    json(args, parse, call = {}) {
        return this.withRetries(args, call, (result) => {
            let value;
            try {
                value = JSON.parse(result.stdout);
            }
            catch {
                throw new PassingError(badOutput(this.maskArgs(args), result.stdout, 'is not JSON', (t) => this.mask(t)));
            }
            try {
                return parse(value);
            }
            catch (error) {
                const problem = `does not have the documented shape (${error.message})`;
                throw badOutput(this.maskArgs(args), result.stdout, problem, (t) => this.mask(t));
            }
        });
    }
    /**
     * Replaces every secret value in a text with ***: each value whole, each of its lines (flyctl
     * echoes single lines of its stdin in its errors) and its encoded forms (src/secret-forms.ts).
     * Values shorter than 3 characters are left alone: they would garble every message.
     */
    mask(text) {
        return (0,secret_forms/* maskSecretForms */.sN)(text, this.secrets);
    }
    /**
     * An argv fit to show: a word that is a secret value, or ends in `=` + one (`--build-secret
     * NAME=VALUE`), loses the value whatever its length; other words are masked like any text.
     */
    maskArgs(args) {
        return args.map((word) => {
            for (const secret of this.options.secretValues ?? []) {
                if (secret === '')
                    continue;
                if (word === secret)
                    return '***';
                if (word.endsWith(`=${secret}`))
                    return `${word.slice(0, -secret.length)}***`;
            }
            return this.mask(word);
        });
    }
    get secrets() {
        return [this.options.token, ...(this.options.secretValues ?? [])].filter((s) => s.length >= 3);
    }
    async withRetries(args, call, read) {
        const attempts = call.readOnly ? (this.options.readAttempts ?? 3) : 1;
        for (let attempt = 1;; attempt++) {
            const { result, timeoutMs } = await this.execute(args, call);
            let error;
            let passing;
            if (result.exitCode === 0 && !result.timedOut && !result.signal) {
                try {
                    return read(result);
                }
                catch (thrown) {
                    if (!(thrown instanceof PassingError))
                        throw thrown;
                    error = thrown.error;
                    passing = true; // output cut short, e.g. a dropped connection
                }
            }
            else {
                error = classifyFailure({
                    args,
                    shownArgs: this.maskArgs(args),
                    result,
                    timeoutMs,
                    mask: (t) => this.mask(t)
                });
                passing = this.mayPass(error);
            }
            if (!passing || attempt >= attempts)
                throw error;
            const delay = (this.options.retryDelayMs ?? 1000) * 2 ** (attempt - 1);
            this.logger.warn(`${error.message}; retrying in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${attempts})`);
            await this.sleep(delay);
        }
    }
    mayPass(error) {
        if (error.kind === 'transient' || error.kind === 'timeout')
            return true;
        return error.kind === 'unauthorized' && this.now() < this.authLagUntil;
    }
    /** One attempt of a call: flyctl started once (the dry-run client answers some itself). */
    async execute(args, call) {
        this.logger.debug(`flyctl ${this.maskArgs(args).join(' ')}`);
        const timeoutMs = call.timeoutMs ??
            this.options.timeoutMs ??
            (call.long === true ? undefined : DEFAULT_CALL_TIMEOUT_MS);
        const result = await this.exec({
            file: this.options.binary,
            args,
            env: flyctlEnvironment(this.options.baseEnv, this.options.token, call.env),
            stdin: call.stdin,
            cwd: call.cwd ?? this.options.cwd,
            timeoutMs
        });
        this.calls.push({
            args: this.maskArgs(args),
            exitCode: result.exitCode,
            durationMs: result.durationMs,
            stdinLabel: call.stdinLabel
        });
        return { result, timeoutMs };
    }
}
/** A failure of a read that may pass when the read is repeated. */
class PassingError extends Error {
    error;
    constructor(error) {
        super(error.message);
        this.error = error;
    }
}

;// CONCATENATED MODULE: ./src/fly/dry-run.ts
/**
 * The flyctl client `plan` runs the deploy's own steps against. Reads go to flyctl for real;
 * every call that would change something on Fly is recorded instead of run, and later reads
 * answer from what those calls would have changed (a created app, an allocated address, a new
 * release). So the calls a plan lists are the calls a deploy makes, by construction: there is no
 * second description of the pipeline to drift from the first.
 */


/**
 * Documentation addresses (RFC 5737, RFC 3849) stand in for addresses a deploy would allocate;
 * the plan's rendered fly.toml shows them where the real ones will go.
 */
const STAND_IN_IPV4 = '192.0.2.1';
const STAND_IN_IPV6 = '2001:db8::1';
class DryRunFlyctl extends Flyctl {
    planned = [];
    createdApps = new Set();
    addedIps = new Map();
    deployedImages = new Map();
    async execute(args, call) {
        this.planned.push({
            args: this.maskArgs(args),
            mutating: !call.readOnly,
            stdinLabel: call.stdinLabel,
            env: call.env
        });
        if (!call.readOnly)
            return answer(this.pretend(args));
        const app = dry_run_valueOf(args, '--app');
        const command = subcommand(args);
        if (app !== undefined && command === 'ips list')
            return this.ipList(args, call, app);
        if (app !== undefined && command === 'status' && this.deployedImages.has(app)) {
            return this.statusAfterDeploy(args, call, app);
        }
        return super.execute(args, call);
    }
    /** What a mutating call would leave behind, and the little it would print. */
    pretend(args) {
        const app = dry_run_valueOf(args, '--app') ?? args[2];
        const command = subcommand(args);
        if (command === 'apps create')
            this.createdApps.add(app);
        if (command === 'ips allocate-v4' || command === 'ips allocate-v6') {
            const shared = args.includes('--shared');
            const ip = {
                ID: `planned-${command.slice(-2)}`,
                Address: command.endsWith('v6') ? STAND_IN_IPV6 : STAND_IN_IPV4,
                Type: shared ? 'shared_v4' : command.slice(-2),
                Region: 'global',
                CreatedAt: new Date().toISOString()
            };
            this.addedIps.set(app, [...(this.addedIps.get(app) ?? []), ip]);
            return `${ip.Type} ${ip.Address}`;
        }
        if (command.startsWith('deploy'))
            this.deployedImages.set(app, dry_run_valueOf(args, '--image'));
        return '';
    }
    /** The real list plus what this plan allocated; a failed real read is answered as it failed. */
    async ipList(args, call, app) {
        let existing = [];
        if (!this.createdApps.has(app)) {
            const real = await super.execute(args, call);
            const parsed = readJson(real);
            if (parsed === undefined)
                return real;
            existing = parsed;
        }
        return answer(JSON.stringify([...existing, ...(this.addedIps.get(app) ?? [])]));
    }
    /** The status a finished deploy leaves: every machine on the next release, at least one. */
    async statusAfterDeploy(args, call, app) {
        let current = { Name: app, Hostname: appHostname(app), Version: 0, Machines: [] };
        if (!this.createdApps.has(app)) {
            const real = await super.execute(args, call);
            const parsed = readJson(real);
            if (parsed === undefined)
                return real;
            current = parsed;
        }
        const version = String((current.Version ?? 0) + 1);
        const machines = current.Machines?.length ? current.Machines : [{ id: 'planned', region: '' }];
        const image = this.deployedImages.get(app);
        return answer(JSON.stringify({
            ...current,
            Version: Number(version),
            Machines: machines.map((m) => ({
                ...m,
                state: 'started',
                config: { ...m.config, image, metadata: { fly_release_version: version } }
            }))
        }));
    }
}
function dry_run_valueOf(args, flag) {
    const index = args.indexOf(flag);
    return index < 0 ? undefined : args[index + 1];
}
/** A real read's JSON; undefined when it failed or printed none, so the client reports it. */
function readJson(attempt) {
    const { result } = attempt;
    if (result.exitCode !== 0 || result.timedOut || result.signal)
        return undefined;
    try {
        return JSON.parse(result.stdout);
    }
    catch {
        return undefined;
    }
}
function answer(stdout) {
    return { result: { exitCode: 0, stdout, stderr: '', timedOut: false, durationMs: 0 } };
}

;// CONCATENATED MODULE: ./src/pipeline/preflight.ts
/**
 * Everything that can be checked from the inputs, the user's files and the built config, checked
 * before the first flyctl call, so that a mistake never leaves an app or a paid address behind:
 * secret values as the server will read them, placeholders (filled once with stand-ins for what
 * is not known yet), the machine size, the image reference, and the build context. Each error
 * names the input to change (`config` when the value comes from the user's fly.toml).
 */







function checkBeforeAnyCall(settings, built, ipv4Mode, app) {
    (0,src_config/* checkSecretValues */.fF)(built.config, (0,src_config/* presetFor */.hK)(settings.preset), settings.secrets);
    fillWithStandIns(settings, built, ipv4Mode, app);
    checkMachines(settings, built);
    checkImage(settings, built);
}
/**
 * The placeholders filled as they will be once the address is known, with a documentation
 * address standing in for it (none when `ipv4: none` means there will be none).
 */
function fillWithStandIns(settings, built, ipv4Mode, app) {
    const ipv4 = ipv4Mode === 'none' ? undefined : STAND_IN_IPV4;
    try {
        (0,src_config/* resolvePlaceholders */.PR)(built.config, { ipv4, app, hostname: `${app}.fly.dev` });
    }
    catch (error) {
        if (!(error instanceof src_config/* PlaceholderError */.ik))
            throw error;
        const envName = /^\[env\] (.+)$/.exec(error.key)?.[1];
        const input = envName !== undefined && Object.hasOwn(settings.env, envName) ? 'env' : 'config';
        throw new src_errors/* InputError */.dz(input, `${error.message}. ${error.hint ?? ''}`.trim());
    }
}
const VM_INPUTS = {
    size: ['vm-size', 'shared-cpu-1x'],
    memory: ['vm-memory', '512mb'],
    cpus: ['vm-cpus', '1'],
    cpuKind: ['vm-cpu-kind', 'shared']
};
/**
 * Each [[vm]] as the machine Fly would create. Named: the input that set the faulty part, else
 * the vm-* input that changed the machine, else the user's fly.toml.
 */
function checkMachines(settings, built) {
    for (const vm of (0,ports/* tablesIn */.N$)(built.config.vm)) {
        const found = (0,src_config/* machineProblem */.hu)(vm);
        if (found === undefined)
            continue;
        const [ownInput, example] = VM_INPUTS[found.field];
        const given = Object.keys(VM_INPUTS).find((field) => settings.vm[field] !== undefined);
        const input = settings.vm[found.field] !== undefined
            ? ownInput
            : given !== undefined
                ? VM_INPUTS[given][0]
                : settings.configPath !== undefined
                    ? 'config'
                    : ownInput;
        throw new src_errors/* InputError */.dz(input, `Fly would refuse the machine: ${found.problem}`, example);
    }
}
function checkImage(settings, built) {
    if (built.image === undefined || settings.image !== undefined)
        return;
    const problem = (0,src_config/* imageReferenceProblem */.i$)(built.image);
    if (problem)
        throw new src_errors/* InputError */.dz('config', `[build] image: ${problem}`, 'coturn/coturn:4.17.0-r0');
}
/**
 * When flyctl will build (no image): `path` is a directory, and the Dockerfile flyctl will look
 * for exists: `[build] dockerfile` (already made absolute from the user's fly.toml), else
 * `--dockerfile` in deploy-args (relative to `path`, where flyctl changes directory), else
 * `Dockerfile` or `dockerfile` in `path` (imgsrc.ResolveDockerfile). A `[build] builder` or
 * buildpacks build needs none.
 */
async function checkBuildContext(settings, built) {
    if (built.image !== undefined || settings.image === 'current')
        return;
    if (!(await isDirectory(settings.path))) {
        throw new src_errors/* InputError */.dz('path', `'${settings.path}' is not a directory (the build context)`, '.');
    }
    const build = (0,ports/* asTable */.fO)(built.config.build) ?? {};
    if (build.builder !== undefined || build.buildpacks !== undefined || build.builtin !== undefined)
        return;
    const configured = typeof build.dockerfile === 'string' ? build.dockerfile : undefined;
    if (configured !== undefined && /^https?:\/\//i.test(configured))
        return;
    const flagged = dockerfileFlag(settings.deployArgs);
    const candidates = configured !== undefined
        ? [configured]
        : flagged !== undefined
            ? [external_node_path_default().resolve(settings.path, flagged)]
            : ['Dockerfile', 'dockerfile'].map((name) => external_node_path_default().join(settings.path, name));
    for (const candidate of candidates)
        if (await isFile(candidate))
            return;
    throw new src_errors/* InputError */.dz(configured !== undefined ? 'config' : flagged !== undefined ? 'deploy-args' : 'path', `there is no Dockerfile to build: ${candidates.join(' or ')} does not exist, and no 'image' is given`, 'image: coturn/coturn:4.17.0-r0');
}
/** The last --dockerfile of deploy-args, as flyctl reads it. */
function dockerfileFlag(args) {
    return (0,deploy_flags/* parseDeployFlags */.EE)(args)
        .flags.filter((flag) => flag.spec.name === 'dockerfile')
        .at(-1)?.value;
}
async function isDirectory(file) {
    return (0,promises_.stat)(file).then((s) => s.isDirectory(), () => false);
}
async function isFile(file) {
    return (0,promises_.stat)(file).then((s) => s.isFile(), () => false);
}

;// CONCATENATED MODULE: ./src/pipeline/probe-credentials.ts
/**
 * The probe's credentials, from the inputs and the preset: TURN (long-term, or REST from the
 * preset's shared secret) and the health/Fishjam token, and the error that names the input to
 * set when the probe would need one it cannot have.
 */


function credentialsFor(settings, preset, secret) {
    if (settings.turnUsername !== undefined && settings.turnPassword !== undefined) {
        return { kind: 'long-term', username: settings.turnUsername, password: settings.turnPassword };
    }
    if (settings.turnSecret !== undefined)
        return { kind: 'rest', secret: settings.turnSecret };
    const name = preset?.probe.turnSecretName;
    const shared = secret(name);
    // The preset's secret comes from `secrets`: an empty one is that input's mistake, not turn-secret's.
    if (name !== undefined && shared !== undefined && (0,src_config/* isBlank */.z3)(shared)) {
        throw (0,src_config/* blankSecretError */.FU)(name, preset?.name);
    }
    return shared === undefined ? undefined : { kind: 'rest', secret: shared };
}
/**
 * The probe authenticates with the preset's secret taken from `secrets`. When the input lacks it
 * (the deploy may keep the value stored on the app, which Fly never gives back) the probe needs
 * its own copy: `turn-secret` for TURN, `health-token` for the preset's health check.
 */
function requireProbeCredentials(options, preset, presetHealthUrl) {
    const { checks } = options;
    const storedNote = (name) => `${name} is not in 'secrets' (a value stored on the app cannot be read back)`;
    if ((checks.includes('turn') || checks.includes('relay')) && options.credentials === undefined) {
        const name = preset?.probe.turnSecretName;
        throw new src_errors/* InputError */.dz('turn-secret', name
            ? `the ${preset?.name} preset probes TURN with the shared secret ${name}, and ${storedNote(name)}: give the probe the same value in 'turn-secret', or put ${name} in 'secrets'`
            : "the 'turn' and 'relay' checks need 'turn-secret' or 'turn-username' and 'turn-password'", '${{ secrets.TURN_SECRET }}');
    }
    const tokenName = preset?.probe.healthTokenSecret;
    if (checks.includes('http') && presetHealthUrl && tokenName && !options.healthToken) {
        throw new src_errors/* InputError */.dz('health-token', `the ${preset?.name} preset's health check authenticates with ${tokenName}, and ${storedNote(tokenName)}: give the probe the same value in 'health-token', or put ${tokenName} in 'secrets'`, '${{ secrets.FISHJAM_TOKEN }}');
    }
    if (options.checks.includes('fishjam') && options.healthToken === undefined) {
        throw new src_errors/* InputError */.dz('health-token', "is required for the 'fishjam' check (Fishjam's API token): set it, or put FJ_SERVER_API_TOKEN in 'secrets'", '${{ secrets.FJ_SERVER_API_TOKEN }}');
    }
}

// EXTERNAL MODULE: ./src/probe/types.ts
var types = __webpack_require__(2367);
// EXTERNAL MODULE: ./src/probe/option-names.ts
var option_names = __webpack_require__(6100);
// EXTERNAL MODULE: ./src/probe/validate.ts
var validate = __webpack_require__(3566);
// EXTERNAL MODULE: ./src/probe/host.ts
var probe_host = __webpack_require__(2202);
;// CONCATENATED MODULE: ./src/probe/tls-failure.ts
/**
 * The one reading of Node's TLS error codes. The stream channel, the HTTPS check, the readiness
 * loop (which failures waiting cannot fix) and the hints all ask it, so a certificate problem is
 * named the same way everywhere.
 */
/** The code the stream channel gives a TLS handshake that does not finish in time (Node has none). */
const HANDSHAKE_TIMEOUT = 'HANDSHAKE_TIMEOUT';
/**
 * What a TLS failure came from, by Node's error code: its own (ERR_TLS_*, ERR_SSL_*) or
 * OpenSSL's certificate verification codes (CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT, ...).
 * Undefined for codes that are not the TLS layer's: a socket error such as ECONNRESET or EPROTO
 * means a failed handshake only when it happens during one, which the caller knows.
 */
function tlsFailureKind(code) {
    if (code === undefined)
        return undefined;
    // Node's checkServerIdentity (ERR_TLS_CERT_ALTNAME_INVALID) or OpenSSL's HOSTNAME_MISMATCH.
    if (/ALTNAME|HOSTNAME/.test(code))
        return 'wrong-name';
    // Alerts and protocol errors, including alerts the server sends about a certificate.
    if (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || code === HANDSHAKE_TIMEOUT) {
        return 'handshake';
    }
    if (/EXPIRED|NOT_YET_VALID/.test(code))
        return 'expired';
    // Every other verification failure: self-signed, unknown issuer, bad signature, revoked.
    if (/CERT|CRL|SELF_SIGNED|UNABLE_TO|INVALID_CA|PATH_LENGTH|INVALID_PURPOSE/.test(code)) {
        return 'untrusted';
    }
    return undefined;
}
/** A certificate problem: waiting does not fix it, only a new certificate or other settings do. */
function isCertificateFailure(code) {
    const kind = tlsFailureKind(code);
    return kind !== undefined && kind !== 'handshake';
}
const CAUSES = {
    untrusted: 'untrusted certificate',
    'wrong-name': 'wrong name in certificate',
    expired: 'expired certificate',
    handshake: 'TLS handshake failed'
};
/**
 * A TLS failure as a person reads it: the cause first (untrusted, wrong name, expired, handshake),
 * then Node's own words and code, e.g. "untrusted certificate: self-signed certificate in
 * certificate chain (SELF_SIGNED_CERT_IN_CHAIN)". A socket error during a handshake (ECONNRESET)
 * is the handshake failing.
 */
function tlsFailureText(code, message) {
    const cause = CAUSES[tlsFailureKind(code) ?? 'handshake'];
    return `${cause}: ${message} (${code ?? 'no code'})`;
}

;// CONCATENATED MODULE: ./src/probe/failure.ts
/** A failed exchange, named by the outcome the timeline records. */
class ProbeFailure extends Error {
    outcome;
    /** Node's error code (ECONNREFUSED, ERR_TLS_CERT_ALTNAME_INVALID, ...) when there was one. */
    code;
    /** A few words the one-line verdict adds after the outcome, e.g. how many answers were junk. */
    note;
    constructor(outcome, message, code, note) {
        super(message);
        this.name = 'ProbeFailure';
        this.outcome = outcome;
        this.code = code;
        this.note = note;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:dns/promises"
var external_node_dns_promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: ./src/probe/ip.ts
var probe_ip = __webpack_require__(913);
;// CONCATENATED MODULE: ./src/probe/transport/resolve.ts
/**
 * Name resolution the probe can abandon at its deadline. The system resolver (getaddrinfo,
 * behind dns.lookup) cannot be cancelled: a resolver that never answers keeps one of libuv's
 * threads busy, and Node joins those threads at exit, so even process.exit would wait for it
 * (30 s and more). So names are looked up in /etc/hosts, then over DNS with c-ares, whose queries
 * are cancelled at the deadline; IPv4 first, as Fly carries UDP only on a dedicated IPv4.
 */




const HOSTS_FILE = '/etc/hosts';
/** The first address /etc/hosts gives `name` (IPv4 before IPv6), if any. */
function fromHostsFile(name, text) {
    let hosts = text;
    if (hosts === undefined) {
        try {
            hosts = (0,external_node_fs_.readFileSync)(HOSTS_FILE, 'utf8');
        }
        catch {
            hosts = '';
        }
    }
    const wanted = name.toLowerCase().replace(/\.$/, '');
    const found = [];
    for (const line of hosts.split('\n')) {
        const [address, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
        const family = address ? (0,probe_ip/* ipFamily */.Mr)(address) : undefined;
        if (family && names.some((n) => n.toLowerCase() === wanted))
            found.push({ address, family });
    }
    if (found.length === 0 && wanted === 'localhost')
        return { address: '127.0.0.1', family: 'IPv4' };
    return found.find((r) => r.family === 'IPv4') ?? found[0];
}
async function overDns(name, resolver) {
    try {
        return { address: (await resolver.resolve4(name))[0], family: 'IPv4' };
    }
    catch (error) {
        const code = error.code;
        // Only "no such record" is worth asking again for AAAA; a timeout or cancel is final.
        if (code !== 'ENODATA' && code !== 'ENOTFOUND')
            throw error;
        return { address: (await resolver.resolve6(name))[0], family: 'IPv6' };
    }
}
/** Resolves `host` (an IP literal passes through) by `deadline` (epoch ms), or fails dns-error. */
async function resolveHost(host, deadline = Infinity, signal) {
    const literal = host.replace(/^\[|\]$/g, '');
    const family = (0,probe_ip/* ipFamily */.Mr)(literal);
    if (family)
        return { address: literal, family };
    const listed = fromHostsFile(host);
    if (listed)
        return listed;
    const started = Date.now();
    const resolver = new external_node_dns_promises_.Resolver();
    const cancel = () => resolver.cancel();
    const timer = deadline === Infinity ? undefined : setTimeout(cancel, Math.max(0, deadline - started));
    signal?.addEventListener('abort', cancel, { once: true });
    try {
        return await overDns(host, resolver);
    }
    catch (error) {
        const code = error.code;
        if (signal?.aborted)
            throw new ProbeFailure('aborted', 'aborted');
        const why = code === 'ECANCELLED'
            ? `the resolver did not answer in ${Date.now() - started} ms`
            : (code ?? 'lookup failed');
        throw new ProbeFailure('dns-error', `cannot resolve ${host}: ${why}`, code);
    }
    finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', cancel);
    }
}
/** A `lookup` for http/net that resolves like the probe does, by the same deadline. */
function lookupBy(deadline, signal) {
    return (host, options, callback) => {
        resolveHost(host, deadline, signal).then(({ address, family }) => {
            const number = family === 'IPv6' ? 6 : 4;
            if (options.all)
                callback(null, [{ address, family: number }]);
            else
                callback(null, address, number);
        }, (error) => callback(error, ''));
    };
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/probe/stun/message.ts
/**
 * STUN messages (RFC 8489 §5-6, §14.5, §14.7): the header, the attribute list, MESSAGE-INTEGRITY
 * and FINGERPRINT, with the method and attribute numbers TURN (RFC 8656) adds. Pure: no I/O, no
 * clock. Decoding never throws: hostile bytes give a typed error instead.
 */


const MAGIC_COOKIE = 0x2112a442;
const HEADER_LENGTH = 20;
const FINGERPRINT_XOR = 0x5354554e;
const INTEGRITY_LENGTH = 20;
const StunMethod = {
    Binding: 0x001,
    Allocate: 0x003,
    Refresh: 0x004,
    Send: 0x006,
    Data: 0x007,
    CreatePermission: 0x008,
    ChannelBind: 0x009
};
const StunAttr = {
    MappedAddress: 0x0001,
    Username: 0x0006,
    MessageIntegrity: 0x0008,
    ErrorCode: 0x0009,
    UnknownAttributes: 0x000a,
    ChannelNumber: 0x000c,
    Lifetime: 0x000d,
    XorPeerAddress: 0x0012,
    Data: 0x0013,
    Realm: 0x0014,
    Nonce: 0x0015,
    XorRelayedAddress: 0x0016,
    RequestedAddressFamily: 0x0017,
    RequestedTransport: 0x0019,
    XorMappedAddress: 0x0020,
    Software: 0x8022,
    Fingerprint: 0x8028
};
/** IANA protocol numbers carried by REQUESTED-TRANSPORT. */
const TransportProtocol = { UDP: 17, TCP: 6 };
const CLASS_BITS = {
    request: 0b00,
    indication: 0b01,
    success: 0b10,
    error: 0b11
};
const CLASS_BY_BITS = ['request', 'indication', 'success', 'error'];
/** Interleaves method and class bits: M11..M7 C1 M6..M4 C0 M3..M0. */
function messageType(method, cls) {
    const c = CLASS_BITS[cls];
    return (((method & 0xf80) << 2) |
        ((method & 0x070) << 1) |
        (method & 0x00f) |
        ((c & 0b10) << 7) |
        ((c & 0b01) << 4));
}
function splitMessageType(type) {
    const method = ((type >> 2) & 0xf80) | ((type >> 1) & 0x070) | (type & 0x00f);
    const c = ((type >> 7) & 0b10) | ((type >> 4) & 0b01);
    return { method, cls: CLASS_BY_BITS[c] };
}
function encodeAttribute(type, value, paddingByte) {
    const padded = (value.length + 3) & ~3;
    const out = Buffer.alloc(4 + padded, paddingByte);
    out.writeUInt16BE(type, 0);
    out.writeUInt16BE(value.length, 2);
    value.copy(out, 4);
    return out;
}
function header(type, length, transactionId) {
    const out = Buffer.alloc(HEADER_LENGTH);
    out.writeUInt16BE(type, 0);
    out.writeUInt16BE(length, 2);
    out.writeUInt32BE(MAGIC_COOKIE, 4);
    transactionId.copy(out, 8);
    return out;
}
function encodeMessage(message, options = {}) {
    if (message.transactionId.length !== 12)
        throw new Error('a transaction ID has 12 bytes');
    const padding = options.paddingByte ?? 0;
    const type = messageType(message.method, message.cls);
    const body = Buffer.concat(message.attributes.map((a) => encodeAttribute(a.type, a.value, padding)));
    let bytes = Buffer.concat([header(type, body.length, message.transactionId), body]);
    if (options.integrityKey) {
        // The length field must already count MESSAGE-INTEGRITY (and nothing after it) when hashing.
        bytes.writeUInt16BE(body.length + 4 + INTEGRITY_LENGTH, 2);
        const mac = (0,external_node_crypto_.createHmac)('sha1', options.integrityKey).update(bytes).digest();
        bytes = Buffer.concat([bytes, encodeAttribute(StunAttr.MessageIntegrity, mac, padding)]);
    }
    if (options.fingerprint) {
        bytes.writeUInt16BE(bytes.length - HEADER_LENGTH + 8, 2);
        const value = Buffer.alloc(4);
        value.writeUInt32BE(((0,external_node_zlib_.crc32)(bytes) ^ FINGERPRINT_XOR) >>> 0);
        bytes = Buffer.concat([bytes, encodeAttribute(StunAttr.Fingerprint, value, padding)]);
    }
    return bytes;
}
/** True when the bytes look like the start of a STUN message (RFC 7983 demultiplexing). */
function isStunLike(bytes) {
    return bytes.length >= HEADER_LENGTH && bytes[0] < 4 && readUint32(bytes, 4) === MAGIC_COOKIE;
}
/** A big-endian 32-bit number from any byte array (Buffer's reader needs a Buffer). */
function readUint32(bytes, at) {
    return ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
}
function decodeMessage(input) {
    const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    if (bytes.length < HEADER_LENGTH)
        return { ok: false, error: `too short (${bytes.length} bytes)` };
    if ((bytes[0] & 0xc0) !== 0)
        return { ok: false, error: 'not STUN (first two bits are not 0)' };
    if (bytes.readUInt32BE(4) !== MAGIC_COOKIE)
        return { ok: false, error: 'no magic cookie' };
    const length = bytes.readUInt16BE(2);
    if (length % 4 !== 0)
        return { ok: false, error: `length ${length} is not a multiple of 4` };
    if (length !== bytes.length - HEADER_LENGTH) {
        return {
            ok: false,
            error: `length field ${length} but ${bytes.length - HEADER_LENGTH} bytes follow`
        };
    }
    const attributes = [];
    let at = HEADER_LENGTH;
    while (at < bytes.length) {
        if (at + 4 > bytes.length)
            return { ok: false, error: `truncated attribute header at ${at}` };
        const type = bytes.readUInt16BE(at);
        const valueLength = bytes.readUInt16BE(at + 2);
        const padded = (valueLength + 3) & ~3;
        if (at + 4 + padded > bytes.length) {
            return { ok: false, error: `attribute 0x${type.toString(16)} overruns the message` };
        }
        attributes.push({ type, value: bytes.subarray(at + 4, at + 4 + valueLength), offset: at });
        at += 4 + padded;
    }
    const { method, cls } = splitMessageType(bytes.readUInt16BE(0));
    const transactionId = bytes.subarray(8, 20);
    return { ok: true, message: { method, cls, transactionId, attributes, raw: bytes } };
}
function getAttribute(message, type) {
    return message.attributes.find((a) => a.type === type)?.value;
}
/** Verifies MESSAGE-INTEGRITY of a decoded message with the given key (RFC 8489 §14.5). */
function verifyIntegrity(message, key) {
    const attribute = message.attributes.find((a) => a.type === StunAttr.MessageIntegrity);
    if (!attribute || attribute.offset === undefined || !message.raw)
        return 'missing';
    if (attribute.value.length !== INTEGRITY_LENGTH)
        return 'mismatch';
    const covered = Buffer.from(message.raw.subarray(0, attribute.offset));
    covered.writeUInt16BE(attribute.offset - HEADER_LENGTH + 4 + INTEGRITY_LENGTH, 2);
    const expected = (0,external_node_crypto_.createHmac)('sha1', key).update(covered).digest();
    return (0,external_node_crypto_.timingSafeEqual)(expected, attribute.value) ? 'ok' : 'mismatch';
}
/** Verifies FINGERPRINT, which must be the last attribute (RFC 8489 §14.7). */
function verifyFingerprint(message) {
    const attribute = message.attributes.find((a) => a.type === StunAttr.Fingerprint);
    if (!attribute || attribute.offset === undefined || !message.raw)
        return 'missing';
    const isLast = attribute.offset + 8 === message.raw.length;
    if (!isLast || attribute.value.length !== 4)
        return 'mismatch';
    const expected = ((0,external_node_zlib_.crc32)(message.raw.subarray(0, attribute.offset)) ^ FINGERPRINT_XOR) >>> 0;
    return expected === attribute.value.readUInt32BE(0) ? 'ok' : 'mismatch';
}

;// CONCATENATED MODULE: ./src/probe/stun/attributes.ts
/**
 * Attribute values (RFC 8489 §14, RFC 8656 §18): each encoder builds the bytes of one attribute's
 * value, each reader returns undefined for a value it cannot read, never throws on hostile bytes.
 */


function textValue(text) {
    return Buffer.from(text, 'utf8');
}
function uint32Value(n) {
    const out = Buffer.alloc(4);
    out.writeUInt32BE(n >>> 0);
    return out;
}
function readUint32Value(value) {
    return value?.length === 4 ? value.readUInt32BE(0) : undefined;
}
/** REQUESTED-TRANSPORT: protocol number, then 3 reserved bytes. */
function requestedTransportValue(protocol) {
    return Buffer.from([protocol, 0, 0, 0]);
}
/** REQUESTED-ADDRESS-FAMILY (RFC 8656 §18.11): 0x01 IPv4 or 0x02 IPv6, then 3 reserved bytes. */
function requestedAddressFamilyValue(family) {
    return Buffer.from([family === 'IPv6' ? 0x02 : 0x01, 0, 0, 0]);
}
/** CHANNEL-NUMBER: 16-bit channel, then 16 reserved bits. */
function channelNumberValue(channel) {
    const out = Buffer.alloc(4);
    out.writeUInt16BE(channel, 0);
    return out;
}
function readChannelNumber(value) {
    return value?.length === 4 ? value.readUInt16BE(0) : undefined;
}
function errorCodeValue(code, reason) {
    const text = Buffer.from(reason, 'utf8');
    const out = Buffer.alloc(4 + text.length);
    out[2] = Math.floor(code / 100);
    out[3] = code % 100;
    text.copy(out, 4);
    return out;
}
/** ERROR-CODE; NULs are stripped from the reason (coturn 4.6.1 pads reasons with them). */
function readErrorCode(value) {
    if (!value || value.length < 4)
        return undefined;
    const hundreds = value[2] & 0x07;
    const number = value[3];
    if (hundreds < 3 || hundreds > 6 || number > 99)
        return undefined;
    const reason = value.subarray(4).toString('utf8').replace(/\0/g, '').trim();
    return { code: hundreds * 100 + number, reason };
}
function readUnknownAttributes(value) {
    if (!value)
        return [];
    const types = [];
    for (let at = 0; at + 2 <= value.length; at += 2)
        types.push(value.readUInt16BE(at));
    return types;
}
function addressMask(family, transactionId) {
    const mask = Buffer.alloc(family === 'IPv4' ? 4 : 16);
    mask.writeUInt32BE(MAGIC_COOKIE, 0);
    if (family === 'IPv6')
        transactionId.copy(mask, 4);
    return mask;
}
/** XOR-MAPPED-ADDRESS / XOR-RELAYED-ADDRESS / XOR-PEER-ADDRESS value (RFC 8489 §14.2). */
function xorAddressValue(address, transactionId) {
    const family = (0,probe_ip/* ipFamily */.Mr)(address.address);
    if (!family)
        throw new Error(`not an IP address: ${address.address}`);
    const ip = (0,probe_ip/* ipToBytes */.ig)(address.address);
    const mask = addressMask(family, transactionId);
    const out = Buffer.alloc(4 + ip.length);
    out[1] = family === 'IPv4' ? 1 : 2;
    out.writeUInt16BE(address.port ^ (MAGIC_COOKIE >>> 16), 2);
    for (let i = 0; i < ip.length; i++)
        out[4 + i] = ip[i] ^ mask[i];
    return out;
}
function readFamilyAndBytes(value) {
    if (value.length === 8 && value[1] === 1)
        return { family: 'IPv4', ip: value.subarray(4, 8) };
    if (value.length === 20 && value[1] === 2)
        return { family: 'IPv6', ip: value.subarray(4, 20) };
    return undefined;
}
function readXorAddress(value, transactionId) {
    const parsed = value && readFamilyAndBytes(value);
    if (!value || !parsed)
        return undefined;
    const mask = addressMask(parsed.family, transactionId);
    const ip = Buffer.from(parsed.ip.map((byte, i) => byte ^ mask[i]));
    const port = value.readUInt16BE(2) ^ (MAGIC_COOKIE >>> 16);
    return { family: parsed.family, address: (0,probe_ip/* bytesToIp */.u0)(ip), port };
}
/** The legacy, non-XOR MAPPED-ADDRESS. */
function readPlainAddress(value) {
    const parsed = value && readFamilyAndBytes(value);
    if (!value || !parsed)
        return undefined;
    return { family: parsed.family, address: (0,probe_ip/* bytesToIp */.u0)(parsed.ip), port: value.readUInt16BE(2) };
}

;// CONCATENATED MODULE: ./src/probe/stun/channel-data.ts
/**
 * ChannelData (RFC 8656 §12.4), and the framing of a TCP/TLS stream that carries both STUN
 * messages and ChannelData frames.
 */

const MIN_CHANNEL = 0x4000;
const MAX_CHANNEL = 0x7fff;
/** ChannelData frame; `pad` rounds it to 4 bytes, which TCP and TLS require. */
function encodeChannelData(channel, data, pad) {
    const total = 4 + (pad ? (data.length + 3) & ~3 : data.length);
    const out = Buffer.alloc(total);
    out.writeUInt16BE(channel, 0);
    out.writeUInt16BE(data.length, 2);
    data.copy(out, 4);
    return out;
}
function decodeChannelData(input) {
    const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    if (bytes.length < 4)
        return { ok: false, error: 'too short for ChannelData' };
    const channel = bytes.readUInt16BE(0);
    if (channel < MIN_CHANNEL || channel > MAX_CHANNEL) {
        return { ok: false, error: `channel 0x${channel.toString(16)} out of range` };
    }
    const length = bytes.readUInt16BE(2);
    if (4 + length > bytes.length)
        return { ok: false, error: 'ChannelData length overruns' };
    return { ok: true, channel, data: bytes.subarray(4, 4 + length) };
}
/**
 * Stream framing for TCP/TLS: how many bytes the next STUN or ChannelData frame takes,
 * `undefined` while more bytes are needed, or an error when the stream is not STUN at all.
 */
function nextFrameLength(buffered) {
    if (buffered.length < 4)
        return undefined;
    const first = buffered[0];
    const length = (buffered[2] << 8) | buffered[3];
    if (first < 0x40) {
        if (buffered.length >= 8 && readUint32(buffered, 4) !== MAGIC_COOKIE) {
            return { error: 'stream carries no STUN magic cookie' };
        }
        return HEADER_LENGTH + length;
    }
    if (first < 0x80)
        return 4 + ((length + 3) & ~3);
    return { error: `byte 0x${first.toString(16)} starts neither STUN nor ChannelData` };
}

;// CONCATENATED MODULE: ./src/probe/stun/index.ts
/** The STUN codec (RFC 8489) with the TURN parts (RFC 8656) a readiness probe needs. Pure. */




;// CONCATENATED MODULE: ./src/probe/transport/address.ts
/** Where a channel talks from: the local address to bind. */

/**
 * The local address to bind: the matching loopback address when the server is on loopback
 * (so tests never listen beyond the machine), else none and the kernel picks the route's.
 */
function localAddressFor(remote) {
    if (!(0,probe_ip/* isLoopback */.U9)(remote))
        return undefined;
    return (0,probe_ip/* ipFamily */.Mr)(remote) === 'IPv6' ? '::1' : '127.0.0.1';
}

;// CONCATENATED MODULE: ./src/probe/transport/ignored.ts
/**
 * Answers a channel could not use, counted by kind: a probe that hears only these has reached
 * something on that port that is not a working STUN/TURN server (or a reflector, or a broken
 * middlebox), which is a different problem from hearing nothing at all.
 */

const KIND_WORDS = {
    notStun: 'not STUN',
    malformed: 'truncated or length-lying STUN',
    unknownTransaction: 'unknown transaction ID',
    echo: 'echoes of our own request'
};
class IgnoredAnswers {
    counts = {
        notStun: 0,
        malformed: 0,
        unknownTransaction: 0,
        echo: 0
    };
    /** Bytes the STUN decoder refused: STUN-shaped but broken, or not STUN at all. */
    static kindOfUndecodable(bytes) {
        const stunShaped = bytes.length >= 8 && (bytes[0] & 0xc0) === 0 && bytes.readUInt32BE(4) === MAGIC_COOKIE;
        return stunShaped || (bytes.length < HEADER_LENGTH && bytes.length > 0 && bytes[0] < 4)
            ? 'malformed'
            : 'notStun';
    }
    add(kind) {
        this.counts[kind]++;
    }
    get total() {
        return Object.values(this.counts).reduce((sum, count) => sum + count, 0);
    }
    /** "answers that are not valid STUN/TURN: 6 ignored (3 not STUN, 3 echoes of our own request)". */
    describe() {
        const kinds = Object.keys(this.counts)
            .filter((kind) => this.counts[kind] > 0)
            .map((kind) => `${this.counts[kind]} ${KIND_WORDS[kind]}`);
        return `answers that are not valid STUN/TURN: ${this.total} ignored (${kinds.join(', ')})`;
    }
}

;// CONCATENATED MODULE: ./src/probe/transport/channel.ts
/**
 * What every channel offers (StunChannel) and what UDP and stream channels share (ChannelBase):
 * matching answers to requests by transaction ID, routing indications and ChannelData to their
 * listeners, and failing every waiting request at once when the channel breaks.
 */



/** Shared by UDP and stream channels: matches answers to requests, routes the rest. */
class ChannelBase {
    options;
    tlsProtocol;
    onIndication;
    onChannelData;
    pending = new Map();
    /** Transactions already answered: a late copy of their answer (after a resend) is no garbage. */
    answered = new Set();
    failure;
    closed = false;
    ignored = new IgnoredAnswers();
    constructor(options) {
        this.options = options;
    }
    close() {
        if (this.closed)
            return;
        this.closed = true;
        this.destroy();
        this.fail(new ProbeFailure('aborted', `channel to ${this.remote} closed`));
    }
    /** Fails every waiting request; later requests fail at once with the same reason. */
    fail(failure) {
        this.failure ??= failure;
        for (const waiter of this.pending.values())
            waiter.reject(this.failure);
        this.pending.clear();
    }
    dispatch(bytes) {
        if (bytes.length > 0 && bytes[0] >= 0x40 && bytes[0] < 0x80) {
            const frame = decodeChannelData(bytes);
            if (frame.ok)
                this.onChannelData?.(frame.channel, frame.data);
            else
                this.ignored.add('notStun');
            return;
        }
        const decoded = decodeMessage(bytes);
        if (!decoded.ok) {
            this.ignored.add(IgnoredAnswers.kindOfUndecodable(bytes));
            return;
        }
        const message = decoded.message;
        if (message.cls === 'indication') {
            this.onIndication?.(message);
            return;
        }
        const key = message.transactionId.toString('hex');
        const waiter = this.pending.get(key);
        if (message.cls === 'request') {
            // A server never sends us requests: this is our own request coming back (a reflector).
            this.ignored.add('echo');
            return;
        }
        if (!waiter) {
            if (!this.answered.has(key))
                this.ignored.add('unknownTransaction');
            return;
        }
        this.pending.delete(key);
        this.answered.add(key);
        waiter.resolve(message);
    }
    /**
     * What a request that got no usable answer failed with: silence is 'unreachable'; answers that
     * were not valid STUN/TURN make it a 'protocol-error' that counts them, so the verdict blames
     * the server on that port, not the path to it.
     */
    noAnswer(what) {
        if (this.ignored.total === 0)
            return new ProbeFailure('unreachable', `no answer from ${what}`);
        const counted = this.ignored.describe();
        return new ProbeFailure('protocol-error', `no valid answer from ${what}; ${counted}`, undefined, counted.replace(/ \(.*\)$/, ''));
    }
    /** Registers a waiter and rejects it with `onTimeout()` at `until` (epoch ms). */
    awaitAnswer(key, until, onTimeout) {
        let timer;
        const answer = new Promise((resolve, reject) => {
            this.pending.set(key, { resolve, reject });
            timer = setTimeout(() => {
                this.pending.delete(key);
                reject(onTimeout());
            }, Math.max(0, until - Date.now()));
        });
        const cancel = () => {
            clearTimeout(timer);
            this.pending.delete(key);
        };
        void answer.then(cancel, cancel);
        return { answer, cancel };
    }
}

;// CONCATENATED MODULE: ./src/probe/transport/rtt.ts
/** Round-trip timing: the retransmission timer UDP channels share, and a precise stopwatch. */
/**
 * Retransmission timer for UDP (RFC 6298 style smoothing). A probe sends a handful of small
 * datagrams, so it starts far lower than RFC 8489's 500 ms, at 50 ms (on a lossy path the first
 * transaction, which has no RTT sample yet, decides how fast a probe succeeds) and grows by 1.5x
 * instead of 2x: that keeps a lossy path (30% drops) from stretching one transaction over
 * seconds. The estimate is shared across attempts so a fresh socket starts with a measured RTO.
 */
class RttEstimator {
    initialRtoMs;
    minRtoMs;
    maxRtoMs;
    srtt;
    rttvar;
    constructor(initialRtoMs = 50, minRtoMs = 25, maxRtoMs = 2000) {
        this.initialRtoMs = initialRtoMs;
        this.minRtoMs = minRtoMs;
        this.maxRtoMs = maxRtoMs;
    }
    /** Whether any round trip has been measured yet. */
    get measured() {
        return this.srtt !== undefined;
    }
    get rtoMs() {
        if (this.srtt === undefined || this.rttvar === undefined)
            return this.initialRtoMs;
        return clamp(this.srtt + 4 * this.rttvar, this.minRtoMs, this.maxRtoMs);
    }
    sample(rttMs) {
        if (this.srtt === undefined || this.rttvar === undefined) {
            this.srtt = rttMs;
            this.rttvar = rttMs / 2;
            return;
        }
        this.rttvar = 0.75 * this.rttvar + 0.25 * Math.abs(this.srtt - rttMs);
        this.srtt = 0.875 * this.srtt + 0.125 * rttMs;
    }
}
function clamp(value, low, high) {
    return Math.min(high, Math.max(low, value));
}
/** Milliseconds with two decimals: loopback round trips are well under one millisecond. */
function elapsedMs(since) {
    return Math.round((performance.now() - since) * 100) / 100;
}

;// CONCATENATED MODULE: ./src/probe/transport/stream.ts
/**
 * STUN over TCP and TLS (RFC 8489 §6.2.2-6.2.3): one connection per channel, messages and
 * ChannelData framed by their own lengths, no retransmission (the stream is reliable), and a
 * bounded wait for the connect, the TLS handshake and every answer.
 */









/** TCP/TLS: no retransmission; a transaction or a connect gets this long at most. */
const STREAM_TIMEOUT_MS = 5000;
class StreamChannel extends ChannelBase {
    socket;
    transport;
    remote;
    remoteFamily;
    remoteIp;
    local;
    buffered = Buffer.alloc(0);
    constructor(socket, transport, remote, options) {
        super(options);
        this.socket = socket;
        this.transport = transport;
        this.remote = remote;
        this.remoteFamily = socket.remoteFamily === 'IPv6' ? 'IPv6' : 'IPv4';
        this.remoteIp = socket.remoteAddress ?? '';
        this.local = {
            family: socket.localFamily === 'IPv6' ? 'IPv6' : 'IPv4',
            address: socket.localAddress ?? '',
            port: socket.localPort ?? 0
        };
        if (socket instanceof (external_node_tls_default()).TLSSocket)
            this.tlsProtocol = socket.getProtocol() ?? undefined;
        socket.on('data', (chunk) => this.receive(chunk));
        socket.on('error', (error) => this.fail(new ProbeFailure('closed', `${this.remote}: ${error.message}`, error.code)));
        socket.on('close', () => this.fail(new ProbeFailure('closed', `${this.remote} closed the connection`)));
    }
    receive(chunk) {
        this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
        for (;;) {
            const length = nextFrameLength(this.buffered);
            if (length === undefined || (typeof length === 'number' && this.buffered.length < length))
                return;
            if (typeof length !== 'number') {
                this.fail(new ProbeFailure('protocol-error', `${this.remote}: ${length.error}`));
                this.socket.destroy();
                return;
            }
            const frame = this.buffered.subarray(0, length);
            this.buffered = this.buffered.subarray(length);
            this.dispatch(frame);
        }
    }
    async request(bytes, id) {
        if (this.failure)
            throw this.failure;
        const started = Date.now();
        const clock = performance.now();
        const { answer } = this.awaitAnswer(id.toString('hex'), Math.min(started + STREAM_TIMEOUT_MS, this.options.deadline), () => this.noAnswer(`${this.remote} in ${Date.now() - started} ms`));
        this.socket.write(bytes);
        const response = await answer;
        return { response, rttMs: elapsedMs(clock), sends: 1 };
    }
    send(bytes) {
        if (!this.closed && !this.failure)
            this.socket.write(bytes);
    }
    destroy() {
        this.socket.destroy();
    }
}
/** The TCP connection, and on it the TLS session when the transport is TLS. */
function connect(address, target) {
    const tcp = external_node_net_default().connect({
        host: address,
        port: target.port,
        localAddress: localAddressFor(address)
    });
    if (target.transport !== 'tls')
        return { tcp, socket: tcp };
    const socket = external_node_tls_default().connect({
        socket: tcp,
        // SNI must be a name, never an IP literal; certificate checks still use the host.
        servername: target.tls?.servername ?? ((0,probe_ip/* ipFamily */.Mr)(target.host) ? undefined : target.host),
        ca: target.tls?.ca,
        rejectUnauthorized: !target.tls?.insecure,
        checkServerIdentity: (_name, cert) => external_node_tls_default().checkServerIdentity(target.tls?.servername ?? target.host, cert)
    });
    return { tcp, socket };
}
/** The failure of a connect or handshake, named for the timeline. */
function connectFailure(remote, isTls, error) {
    const code = error.code;
    if (code === 'ECONNREFUSED') {
        return new ProbeFailure('refused', `${remote} refused the connection (ECONNREFUSED)`, code);
    }
    if (!isTls)
        return new ProbeFailure('unreachable', `${remote}: ${error.message}`, code);
    return new ProbeFailure('tls-error', `${remote}: ${tlsFailureText(code, error.message)}`, code);
}
/** Resolves when the connection (and TLS handshake) is up; rejects at `until` or on an error. */
function established(tcp, socket, remote, isTls, until) {
    const started = Date.now();
    let tcpConnected = false;
    tcp.once('connect', () => (tcpConnected = true));
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            const waited = Date.now() - started;
            // Connected but no handshake: something that is not a TLS listener holds the port.
            if (isTls && tcpConnected) {
                const text = `did not finish in ${waited} ms (is this a TLS port?)`;
                const detail = `${remote}: ${tlsFailureText(HANDSHAKE_TIMEOUT, text)}`;
                reject(new ProbeFailure('tls-error', detail, HANDSHAKE_TIMEOUT));
            }
            else {
                reject(new ProbeFailure('unreachable', `connect to ${remote} timed out after ${waited} ms`));
            }
        }, Math.max(0, until - Date.now()));
        socket.once(isTls ? 'secureConnect' : 'connect', () => {
            clearTimeout(timer);
            resolve();
        });
        socket.once('error', (error) => {
            clearTimeout(timer);
            reject(connectFailure(remote, isTls, error));
        });
    });
}
async function openStream(address, target, options) {
    const isTls = target.transport === 'tls';
    const remote = `${(0,probe_ip/* formatAddress */.M0)({ address, port: target.port })}/${target.transport}`;
    const until = Math.min(Date.now() + STREAM_TIMEOUT_MS, options.deadline);
    const { tcp, socket } = connect(address, target);
    try {
        await established(tcp, socket, remote, isTls, until);
    }
    catch (failure) {
        socket.destroy();
        tcp.destroy();
        throw failure;
    }
    socket.removeAllListeners('error');
    socket.setNoDelay(true);
    return new StreamChannel(socket, target.transport, remote, options);
}

// EXTERNAL MODULE: external "node:dgram"
var external_node_dgram_ = __webpack_require__(1314);
var external_node_dgram_default = /*#__PURE__*/__webpack_require__.n(external_node_dgram_);
;// CONCATENATED MODULE: ./src/probe/transport/udp.ts
/**
 * STUN over UDP (RFC 8489 §6.2.1): a connected socket per channel, and every request resent with
 * identical bytes on a growing timer until an answer comes, the sends run out or the deadline
 * passes.
 */






const RTO_GROWTH = 1.5;
const MAX_UDP_SENDS = 12;
const UNMEASURED_GAP_CAP_MS = 250;
/** How often a socket is re-opened when the kernel hands out a source port this probe used before. */
const FRESH_PORT_TRIES = 8;
/** From the first send until the last send's RTO runs out: gaps grow by RTO_GROWTH up to `capMs`. */
function retransmissionSpanMs(firstGapMs, capMs, sends) {
    let span = 0;
    for (let i = 0, gap = firstGapMs; i < sends; i++, gap = Math.min(gap * RTO_GROWTH, capMs)) {
        span += gap;
    }
    return span;
}
class UdpChannel extends ChannelBase {
    socket;
    transport = 'udp';
    remote;
    remoteFamily;
    remoteIp;
    local = { family: 'IPv4', address: '', port: 0 };
    constructor(socket, remote, options) {
        super(options);
        this.socket = socket;
        this.remote = `${(0,probe_ip/* formatAddress */.M0)(remote)}/udp`;
        this.remoteFamily = remote.family;
        this.remoteIp = remote.address;
        socket.on('message', (bytes) => this.dispatch(bytes));
        socket.on('error', (error) => {
            // A connected UDP socket learns of ICMP port unreachable as ECONNREFUSED.
            const refused = error.code === 'ECONNREFUSED';
            this.fail(new ProbeFailure(refused ? 'refused' : 'unreachable', refused
                ? `${this.remote} refused (ICMP port unreachable: nothing listens there)`
                : `${this.remote}: ${error.message}`, error.code));
        });
    }
    async request(bytes, id, o = {}) {
        if (this.failure)
            throw this.failure;
        const maxSends = o.maxSends ?? MAX_UDP_SENDS;
        const { rtt, rtoCapMs, deadline } = this.options;
        // Until a round trip is measured the RTO is a guess: resend at least every 250 ms, so one
        // unlucky transaction on a lossy path cannot eat seconds of the probe's budget.
        const unmeasuredCap = rtt.measured ? Infinity : UNMEASURED_GAP_CAP_MS;
        const cap = Math.min(rtt.maxRtoMs, rtoCapMs ?? Infinity, unmeasuredCap);
        const started = Date.now();
        const clock = performance.now();
        let sends = 0;
        let rto = Math.min(rtt.rtoMs, cap);
        let timer;
        // Give up after the last send plus one more RTO, or at the deadline, whichever is first.
        const giveUpAt = started + retransmissionSpanMs(rto, cap, maxSends);
        const { answer } = this.awaitAnswer(id.toString('hex'), Math.min(giveUpAt, deadline), () => this.noAnswer(`${this.remote} after ${sends} sends in ${Date.now() - started} ms`));
        const sendOnce = () => {
            if (this.closed || this.failure)
                return;
            sends++;
            this.socket.send(bytes);
            if (sends < maxSends) {
                timer = setTimeout(sendOnce, rto);
                rto = Math.min(rto * RTO_GROWTH, cap);
            }
        };
        sendOnce();
        try {
            const response = await answer;
            const rttMs = elapsedMs(clock);
            // Karn's rule: after a resend the answer may belong to any send, so it is no sample.
            if (sends === 1)
                rtt.sample(rttMs);
            return { response, rttMs, sends };
        }
        finally {
            clearTimeout(timer);
        }
    }
    send(bytes) {
        if (!this.closed && !this.failure)
            this.socket.send(bytes);
    }
    destroy() {
        this.socket.close();
    }
}
/** A UDP socket bound (on loopback when the server is there) and connected to the server. */
async function connectedSocket(address, port) {
    const socket = external_node_dgram_default().createSocket((0,probe_ip/* ipFamily */.Mr)(address) === 'IPv6' ? 'udp6' : 'udp4');
    await new Promise((resolve, reject) => {
        socket.once('error', reject);
        socket.bind({ port: 0, address: localAddressFor(address) }, () => {
            // connect() makes the kernel report ICMP port unreachable back to this socket.
            socket.connect(port, address, () => {
                socket.off('error', reject);
                resolve();
            });
        });
    }).catch((error) => {
        socket.close();
        throw new ProbeFailure('unreachable', `cannot open UDP socket: ${error.message}`, error.code);
    });
    return socket;
}
/**
 * A socket on a source port this probe has not used yet. The kernel picks ports at random, so a
 * long probe would now and then get one again; a network that remembers flows (flood control,
 * a stuck edge) must see a new one on every attempt.
 */
async function freshSocket(address, port, used) {
    for (let tries = 1;; tries++) {
        const socket = await connectedSocket(address, port);
        const local = socket.address().port;
        if (!used?.has(local) || tries >= FRESH_PORT_TRIES) {
            used?.add(local);
            return socket;
        }
        socket.close();
    }
}
async function openUdp(address, port, options) {
    const family = (0,probe_ip/* ipFamily */.Mr)(address) ?? 'IPv4';
    const socket = await freshSocket(address, port, options.usedPorts);
    const channel = new UdpChannel(socket, { family, address, port }, options);
    const local = socket.address();
    channel.local = { family, address: local.address, port: local.port };
    return channel;
}

;// CONCATENATED MODULE: ./src/probe/transport/index.ts
/**
 * Carries STUN requests to a server over UDP (with retransmission), TCP or TLS (with stream
 * framing), and hands unsolicited messages (Data indications, ChannelData) to a listener.
 * Every request has a deadline; every failure is a ProbeFailure naming an Outcome.
 */







/** A fresh channel to the target: a new socket, so a new 5-tuple, every time. */
async function openChannel(target, options) {
    if (options.signal?.aborted)
        throw new ProbeFailure('aborted', 'aborted');
    const resolved = await resolveHost(target.host, options.deadline, options.signal);
    const channel = target.transport === 'udp'
        ? await openUdp(resolved.address, target.port, options)
        : await openStream(resolved.address, target, options);
    options.signal?.addEventListener('abort', () => channel.close(), { once: true });
    return channel;
}

;// CONCATENATED MODULE: ./src/probe/attempt.ts
/**
 * What one attempt is made of: the checks it runs, the context they share, and the record each
 * check leaves. The transport, relay and HTTP checks all produce CheckRecords; the readiness loop
 * turns them into the timeline and the report.
 */



/** A fresh context for one probe run: its deadline, RTT estimators and used ports. */
function newContext(options, deadline) {
    return {
        options,
        deadline,
        rtt: { udp: new RttEstimator(), tcp: new RttEstimator(), tls: new RttEstimator() },
        usedPorts: new Set()
    };
}
/**
 * How every socket of an attempt opens: by the attempt's deadline, with the transport's RTT
 * estimate, resends at most one probe interval apart, and a source port no attempt used before.
 */
function channelOptions(context, transport) {
    const { options } = context;
    return {
        deadline: context.deadline,
        rtt: context.rtt[transport],
        rtoCapMs: options.intervalMs,
        signal: options.signal,
        usedPorts: context.usedPorts
    };
}
/** The checks that talk STUN/TURN to host:port over the probed transports. */
function isStunCheck(check) {
    return check === 'stun' || check === 'turn' || check === 'relay';
}
/** The checks to run, in PROBE_CHECKS order: relay needs an allocation, so it implies turn. */
function effectiveChecks(checks) {
    const wanted = new Set(checks);
    if (wanted.has('relay'))
        wanted.add('turn');
    return types/* PROBE_CHECKS */.hh.filter((check) => wanted.has(check));
}
/** The record of a check that threw: a ProbeFailure names its outcome, anything else is a protocol error. */
function failureRecord(check, transport, startedAt, error) {
    const failure = error instanceof ProbeFailure
        ? error
        : new ProbeFailure('protocol-error', error instanceof Error ? error.message : String(error));
    return {
        check,
        transport,
        outcome: failure.outcome,
        startedAt,
        durationMs: Date.now() - startedAt,
        detail: failure.message,
        code: failure.code,
        note: failure.note
    };
}

;// CONCATENATED MODULE: ./src/probe/credentials.ts
/**
 * TURN credentials: the long-term key (RFC 8489 §9.2.2) and time-limited "TURN REST API"
 * credentials derived from a shared secret, as coturn's --use-auth-secret expects.
 */

/** coturn's and most deployments' default lifetime for REST credentials. */
const DEFAULT_REST_TTL_SECONDS = 86_400;
/** A user part for REST usernames that tells a server log who was knocking. */
const DEFAULT_REST_USER = 'fly-webrtc-probe';
// RFC 3454 table B.1 ("commonly mapped to nothing") and C.1.2 (non-ASCII spaces), as code
// point ranges: several are combining marks, which a regex character class would misread.
const MAPPED_TO_NOTHING = [
    [0x00ad, 0x00ad],
    [0x034f, 0x034f],
    [0x1806, 0x1806],
    [0x180b, 0x180d],
    [0x200b, 0x200d],
    [0x2060, 0x2060],
    [0xfe00, 0xfe0f],
    [0xfeff, 0xfeff]
];
const NON_ASCII_SPACE = [
    [0x00a0, 0x00a0],
    [0x1680, 0x1680],
    [0x2000, 0x200a],
    [0x202f, 0x202f],
    [0x205f, 0x205f],
    [0x3000, 0x3000]
];
const within = (ranges, code) => ranges.some(([low, high]) => code >= low && code <= high);
/**
 * SASLprep (RFC 4013) mapping and NFKC normalisation, which RFC 5389 applies to passwords.
 * The prohibited-output and bidi checks are left out: a probe only needs to reproduce the key
 * a conforming server derives from the same password, and plain ASCII passes through unchanged.
 */
function saslPrep(text) {
    let mapped = '';
    for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        if (within(MAPPED_TO_NOTHING, code))
            continue;
        mapped += within(NON_ASCII_SPACE, code) ? ' ' : char;
    }
    return mapped.normalize('NFKC');
}
/** The long-term credential key: MD5(username ":" realm ":" SASLprep(password)). */
function longTermKey(username, realm, password) {
    return (0,external_node_crypto_.createHash)('md5')
        .update(`${username}:${realm}:${saslPrep(password)}`, 'utf8')
        .digest();
}
/** REST credentials: username "<expiry>:<user>", password base64(HMAC-SHA1(secret, username)). */
function restCredentials(secret, options = {}) {
    const now = Math.floor((options.nowMs ?? Date.now()) / 1000);
    const expiry = now + (options.ttlSeconds ?? DEFAULT_REST_TTL_SECONDS);
    const user = options.user ?? DEFAULT_REST_USER;
    const username = user === '' ? String(expiry) : `${expiry}:${user}`;
    return { username, password: restPassword(secret, username) };
}
function restPassword(secret, username) {
    return (0,external_node_crypto_.createHmac)('sha1', secret).update(username, 'utf8').digest('base64');
}
/** The username and password to present, computing REST credentials at the time of use. */
function resolveCredentials(credentials, nowMs) {
    if (credentials.kind === 'long-term') {
        return { username: credentials.username, password: credentials.password };
    }
    return restCredentials(credentials.secret, {
        ttlSeconds: credentials.ttlSeconds,
        user: credentials.user,
        nowMs
    });
}

;// CONCATENATED MODULE: ./src/probe/relay-peer.ts
/**
 * The peer of the relay check: a UDP socket on the runner that sends numbered pings (small and
 * media-sized) to the relayed address and times the ones that come back, and that can ask the
 * server how it sees the peer's address.
 */




/** Stop once this many pings of each size came back, or after this many rounds of one each. */
const RELAY_ECHOES_WANTED = 2;
const RELAY_MAX_ROUNDS = 6;
/** The payload of a media-sized ping: a full WebRTC media packet. */
const MEDIA_PAYLOAD_BYTES = 1200;
/** A ping is the magic followed by its sequence number (32 bits); a media ping is padded. */
const PING_MAGIC = Buffer.from('FWPP');
const SMALL_PING_BYTES = 8;
function pingBytes(sequence, size) {
    const ping = Buffer.alloc(size === 'small' ? SMALL_PING_BYTES : MEDIA_PAYLOAD_BYTES);
    PING_MAGIC.copy(ping);
    ping.writeUInt32BE(sequence, PING_MAGIC.length);
    return ping;
}
/** The sequence number of one of our pings; undefined for anything else. */
function readPing(bytes) {
    const sized = bytes.length === SMALL_PING_BYTES || bytes.length === MEDIA_PAYLOAD_BYTES;
    if (!sized || !bytes.subarray(0, PING_MAGIC.length).equals(PING_MAGIC))
        return undefined;
    return bytes.readUInt32BE(PING_MAGIC.length);
}
/** The median, in the RTTs' own 0.01 ms steps (the mean of two would print 1.2349999999999999). */
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    const value = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    return Math.round(value * 100) / 100;
}
/** The peer: numbered pings to the relayed address, and the round trip of each that comes back. */
class Peer {
    socket;
    relayed;
    tally = {
        small: { sent: 0, rtts: [] },
        media: { sent: 0, rtts: [] }
    };
    /** Size and send time (performance.now) of each ping still out, by sequence number. */
    outstanding = new Map();
    sequence = 0;
    echoArrived;
    /** The Binding the peer waits for: its transaction ID and who to tell. */
    binding;
    constructor(socket, relayed) {
        this.socket = socket;
        this.relayed = relayed;
        socket.on('message', (bytes) => this.receive(bytes));
        socket.on('error', () => undefined);
    }
    /** A socket on the runner, bound on loopback when the relay is there (tests stay local). */
    static async open(relayed) {
        const socket = external_node_dgram_default().createSocket(relayed.family === 'IPv6' ? 'udp6' : 'udp4');
        const peer = new Peer(socket, relayed);
        await new Promise((resolve) => socket.bind({ port: 0, address: localAddressFor(relayed.address) }, resolve));
        return peer;
    }
    get pingsOut() {
        return this.outstanding.size;
    }
    echoed(size) {
        return this.tally[size].rtts.length;
    }
    ping(size) {
        const sequence = this.sequence++;
        this.outstanding.set(sequence, { size, at: performance.now() });
        this.tally[size].sent++;
        this.socket.send(pingBytes(sequence, size), this.relayed.port, this.relayed.address);
    }
    /** Resolves when every ping sent so far is back, or after `ms`, whichever is first. */
    allBack(ms) {
        return new Promise((resolve) => {
            const timer = setTimeout(resolve, Math.max(0, ms));
            this.echoArrived = () => {
                if (this.outstanding.size > 0)
                    return;
                clearTimeout(timer);
                resolve();
            };
        });
    }
    close() {
        this.socket.close();
    }
    /**
     * The peer's IP as `server` sees its UDP: a Binding, resent every `gapMs`, three times at most.
     * Undefined when no answer comes (the caller then permits the channel's mapped IP alone).
     */
    reflexiveIp(server, gapMs) {
        const id = (0,external_node_crypto_.randomBytes)(12);
        const request = encodeMessage({
            method: StunMethod.Binding,
            cls: 'request',
            transactionId: id,
            attributes: []
        });
        return new Promise((resolve) => {
            let sends = 0;
            const send = () => {
                if (sends++ === 3)
                    return finish(undefined);
                this.socket.send(request, server.port, server.address);
                timer = setTimeout(send, gapMs);
            };
            let timer;
            const finish = (ip) => {
                clearTimeout(timer);
                this.binding = undefined;
                resolve(ip);
            };
            this.binding = { id, done: finish };
            send();
        });
    }
    receive(bytes) {
        if (this.binding && this.answersBinding(bytes))
            return;
        const sequence = readPing(bytes);
        const ping = sequence === undefined ? undefined : this.outstanding.get(sequence);
        if (sequence === undefined || ping === undefined)
            return;
        this.outstanding.delete(sequence);
        this.tally[ping.size].rtts.push(elapsedMs(ping.at));
        this.echoArrived?.();
    }
    answersBinding(bytes) {
        const decoded = decodeMessage(bytes);
        const binding = this.binding;
        if (!decoded.ok || !binding || !decoded.message.transactionId.equals(binding.id))
            return false;
        const message = decoded.message;
        const mapped = readXorAddress(getAttribute(message, StunAttr.XorMappedAddress), message.transactionId);
        binding.done(mapped?.address ?? '');
        return true;
    }
}

;// CONCATENATED MODULE: ./src/probe/relay.ts



/** Rounds of one small and one media ping, one gap apart (sooner when both come back). */
async function pingThroughRelay(peer, context, gapMs) {
    const enough = () => peer.echoed('small') >= RELAY_ECHOES_WANTED && peer.echoed('media') >= RELAY_ECHOES_WANTED;
    for (let round = 0; !enough() && round < RELAY_MAX_ROUNDS; round++) {
        if (Date.now() >= context.deadline || context.options.signal?.aborted)
            break;
        peer.ping('small');
        peer.ping('media');
        await peer.allBack(Math.min(gapMs, context.deadline - Date.now()));
    }
    // Stragglers still on their way count too.
    const settleMs = Math.min(context.deadline - Date.now(), Math.max(3 * gapMs, 100));
    if (peer.pingsOut > 0)
        await peer.allBack(settleMs);
}
/** The record of one echo run: ok, lost (nothing back) or mtu (only small pings back). */
function echoRecord(peer, base, relayed, permission) {
    const { small, media } = peer.tally;
    const counts = `${small.rtts.length} of ${small.sent} small and ${media.rtts.length} of ${media.sent} ` +
        `media-sized (${MEDIA_PAYLOAD_BYTES}-byte) datagrams`;
    if (small.rtts.length + media.rtts.length === 0) {
        const sent = small.sent + media.sent;
        return {
            ...base,
            outcome: 'lost',
            detail: `0 of ${sent} datagrams sent to the relayed address ${relayed} came back (${permission})`
        };
    }
    if (media.rtts.length === 0) {
        return {
            ...base,
            outcome: 'mtu',
            rttMs: median(small.rtts),
            detail: `${counts} came back through ${relayed}: the path drops datagrams of media size`
        };
    }
    const sent = small.sent + media.sent;
    const loss = Math.round((100 * peer.pingsOut) / sent);
    return {
        ...base,
        outcome: 'ok',
        rttMs: median([...small.rtts, ...media.rtts]),
        detail: `${counts} echoed through ${relayed} (${loss}% lost or late)`
    };
}
/**
 * The IPs to permit, of the relay's family (a permission of another fails): the channel's mapped
 * IP, and where the server sees the runner's UDP come from. Over UDP they are one; over TCP or TLS
 * the latter comes from a UDP check of this probe, else the peer asks the server itself.
 */
async function peerIps(peer, context, client, allocation, gapMs) {
    const mapped = allocation.mapped?.address ?? client.channel.local.address;
    let seen;
    if (client.channel.transport !== 'udp') {
        const server = { address: client.channel.remoteIp, port: context.options.port };
        const sameFamily = (0,probe_ip/* ipFamily */.Mr)(server.address) === allocation.relayed.family;
        seen = context.udpMappedIp ?? (sameFamily ? await peer.reflexiveIp(server, gapMs) : undefined);
    }
    return [...new Set([seen, mapped])].filter((ip) => !!ip && (0,probe_ip/* ipFamily */.Mr)(ip) === allocation.relayed.family);
}
async function relayEcho(context, client, transport, allocation, hooks = {}) {
    const startedAt = Date.now();
    const relayed = (0,probe_ip/* formatAddress */.M0)(allocation.relayed);
    // A gap near one RTO: short enough to finish fast, long enough not to flood a slow path.
    const gapMs = Math.min(250, Math.max(10, context.rtt[transport].rtoMs));
    const peer = await Peer.open(allocation.relayed);
    let permitted = [];
    try {
        if (!hooks.skipPermission) {
            permitted = await peerIps(peer, context, client, allocation, gapMs);
            for (const ip of permitted)
                await client.createPermission(ip);
        }
        client.onData((from, data) => client.sendIndication(from, data));
        await pingThroughRelay(peer, context, gapMs);
    }
    finally {
        peer.close();
    }
    const base = { check: 'relay', transport, startedAt, durationMs: Date.now() - startedAt };
    const permission = hooks.skipPermission
        ? 'without a permission'
        : `permission for ${permitted.join(' and ')}`;
    return echoRecord(peer, base, relayed, permission);
}

;// CONCATENATED MODULE: ./src/probe/turn-answers.ts
/**
 * What a TURN server's answers mean: an error answer as the ProbeFailure the timeline records, an
 * Allocate success as an Allocation.
 */


/** Method names for messages a person reads. */
const METHOD_NAMES = {
    [StunMethod.Binding]: 'Binding',
    [StunMethod.Allocate]: 'Allocate',
    [StunMethod.Refresh]: 'Refresh',
    [StunMethod.CreatePermission]: 'CreatePermission',
    [StunMethod.ChannelBind]: 'ChannelBind'
};
/** An error answer; `auth` names who was refused when credentials were sent. */
function failureForError(what, error, auth) {
    if (!error)
        return protocolError(`${what} error answer without a readable ERROR-CODE`);
    const text = `${what}: ${error.code} ${error.reason}`.trim();
    if (error.code === 401 || error.code === 441) {
        const who = auth ? ` for user '${auth.username}' in realm '${auth.realm}'` : '';
        return new ProbeFailure('auth-failed', `${text}: the server rejected the credentials${who}`);
    }
    if (error.code === 438)
        return new ProbeFailure('stale-nonce', `${text} (again after one retry)`);
    return new ProbeFailure('rejected', text);
}
function allocationFrom(exchange, authenticated) {
    const { response } = exchange;
    const id = response.transactionId;
    const relayed = readXorAddress(getAttribute(response, StunAttr.XorRelayedAddress), id);
    if (!relayed)
        throw protocolError('Allocate success carries no XOR-RELAYED-ADDRESS');
    return {
        relayed,
        mapped: readXorAddress(getAttribute(response, StunAttr.XorMappedAddress), id),
        lifetimeSeconds: readUint32Value(getAttribute(response, StunAttr.Lifetime)),
        rttMs: exchange.rttMs,
        authenticated
    };
}
function protocolError(message) {
    return new ProbeFailure('protocol-error', message);
}

;// CONCATENATED MODULE: ./src/probe/turn.ts
/**
 * A minimal TURN client (RFC 8656) over one StunChannel: Binding, Allocate with the long-term
 * credential dance (401 -> authenticated request, one retry on 438), CreatePermission, Send/Data
 * indications and Refresh. Each Allocate needs a fresh channel: coturn keeps a freed allocation
 * on its 5-tuple and answers a second Allocate from the same port with 437.
 */





/** Short: an allocation the probe fails to free (lost Refresh) expires soon on its own. */
const ALLOCATION_LIFETIME_SECONDS = 60;
class TurnClient {
    channel;
    options;
    auth;
    /** How many 438 Stale Nonce answers were retried with the fresh nonce. */
    staleNonceRetries = 0;
    constructor(channel, options = {}) {
        this.channel = channel;
        this.options = options;
    }
    get realm() {
        return this.auth?.realm;
    }
    async binding() {
        const exchange = await this.plainRequest(StunMethod.Binding, []);
        const { response } = exchange;
        if (response.cls === 'error')
            throw this.rejection(StunMethod.Binding, response);
        const mapped = readXorAddress(getAttribute(response, StunAttr.XorMappedAddress), response.transactionId) ??
            readPlainAddress(getAttribute(response, StunAttr.MappedAddress));
        if (!mapped)
            throw protocolError('Binding answer carries no (XOR-)MAPPED-ADDRESS');
        return { mapped, rttMs: exchange.rttMs };
    }
    /**
     * Allocate a UDP relay: first without credentials (learns REALM and NONCE), then with them.
     * Over IPv6 the relay is asked for in IPv6 (RFC 8656 §7.1): a server defaults to IPv4 relays,
     * which a peer on the runner's IPv6 address could not be permitted to reach.
     */
    async allocate(lifetimeSeconds = ALLOCATION_LIFETIME_SECONDS) {
        const family = this.channel.remoteFamily === 'IPv6'
            ? [{ type: StunAttr.RequestedAddressFamily, value: requestedAddressFamilyValue('IPv6') }]
            : [];
        const attributes = () => [
            { type: StunAttr.RequestedTransport, value: requestedTransportValue(TransportProtocol.UDP) },
            ...family,
            { type: StunAttr.Lifetime, value: uint32Value(lifetimeSeconds) }
        ];
        const first = await this.plainRequest(StunMethod.Allocate, attributes());
        if (first.response.cls === 'success')
            return allocationFrom(first, false);
        const error = readErrorCode(getAttribute(first.response, StunAttr.ErrorCode));
        if (error?.code !== 401)
            throw this.rejection(StunMethod.Allocate, first.response);
        this.learnChallenge(first.response);
        const second = await this.authenticatedRequest(StunMethod.Allocate, attributes);
        return { ...allocationFrom(second, true), realm: this.auth?.realm };
    }
    /** Installs a permission for peers at `ip` (the port does not count). */
    async createPermission(ip) {
        await this.maybeAuthenticated(StunMethod.CreatePermission, (id) => [
            { type: StunAttr.XorPeerAddress, value: xorAddressValue({ address: ip, port: 0 }, id) }
        ]);
    }
    /** Refresh; lifetime 0 frees the allocation. Resolves with the lifetime the server granted. */
    async refresh(lifetimeSeconds, maxSends) {
        const exchange = await this.maybeAuthenticated(StunMethod.Refresh, () => [{ type: StunAttr.Lifetime, value: uint32Value(lifetimeSeconds) }], maxSends);
        return readUint32Value(getAttribute(exchange.response, StunAttr.Lifetime));
    }
    /** Send indication: relays `data` to `peer` (needs a permission for the peer's IP). */
    sendIndication(peer, data) {
        const transactionId = (0,external_node_crypto_.randomBytes)(12);
        const bytes = encodeMessage({
            method: StunMethod.Send,
            cls: 'indication',
            transactionId,
            attributes: [
                { type: StunAttr.XorPeerAddress, value: xorAddressValue(peer, transactionId) },
                { type: StunAttr.Data, value: data }
            ]
        });
        this.channel.send(bytes);
    }
    /** Receives what peers send to the relayed address (Data indications). */
    onData(handler) {
        this.channel.onIndication = (message) => {
            if (message.method !== StunMethod.Data)
                return;
            const peer = readXorAddress(getAttribute(message, StunAttr.XorPeerAddress), message.transactionId);
            const data = getAttribute(message, StunAttr.Data);
            if (peer && data)
                handler(peer, data);
        };
    }
    async plainRequest(method, attributes, maxSends) {
        const transactionId = (0,external_node_crypto_.randomBytes)(12);
        const bytes = encodeMessage({ method, cls: 'request', transactionId, attributes }, { fingerprint: true });
        const exchange = await this.channel.request(bytes, transactionId, { maxSends });
        if (verifyFingerprint(exchange.response) === 'mismatch') {
            throw protocolError(`${METHOD_NAMES[method]} answer has a wrong FINGERPRINT`);
        }
        return exchange;
    }
    maybeAuthenticated(method, attributes, maxSends) {
        if (this.auth)
            return this.authenticatedRequest(method, attributes, maxSends);
        // An open relay granted the allocation without credentials: keep talking without them.
        return this.plainRequest(method, attributes((0,external_node_crypto_.randomBytes)(12)), maxSends).then((exchange) => {
            if (exchange.response.cls === 'error')
                throw this.rejection(method, exchange.response);
            return exchange;
        });
    }
    learnChallenge(response) {
        const realm = getAttribute(response, StunAttr.Realm)?.toString('utf8');
        const nonce = getAttribute(response, StunAttr.Nonce)?.toString('utf8');
        if (realm === undefined || nonce === undefined) {
            throw protocolError('401 answer lacks REALM or NONCE, so no credentials can be sent');
        }
        const expected = this.options.expectedRealm;
        if (expected !== undefined && realm !== expected) {
            throw new ProbeFailure('realm-mismatch', `the server's realm is '${realm}', expected '${expected}'`);
        }
        const credentials = this.options.credentials;
        if (!credentials) {
            throw new ProbeFailure('auth-failed', `the server asks for credentials (realm '${realm}') and none were given`);
        }
        this.auth = {
            username: credentials.username,
            realm,
            nonce,
            key: longTermKey(credentials.username, realm, credentials.password)
        };
    }
    /** Sends with USERNAME/REALM/NONCE/MESSAGE-INTEGRITY; retries once with a fresh nonce on 438. */
    async authenticatedRequest(method, attributes, maxSends) {
        let staleRetried = false;
        for (;;) {
            const auth = this.auth;
            if (!auth)
                throw protocolError('no credentials negotiated');
            const transactionId = (0,external_node_crypto_.randomBytes)(12);
            const bytes = encodeMessage({
                method,
                cls: 'request',
                transactionId,
                attributes: [
                    ...attributes(transactionId),
                    { type: StunAttr.Username, value: textValue(auth.username) },
                    { type: StunAttr.Realm, value: textValue(auth.realm) },
                    { type: StunAttr.Nonce, value: textValue(auth.nonce) }
                ]
            }, { integrityKey: auth.key, fingerprint: true });
            const exchange = await this.channel.request(bytes, transactionId, { maxSends });
            const { response } = exchange;
            if (verifyFingerprint(response) === 'mismatch') {
                throw protocolError(`${METHOD_NAMES[method]} answer has a wrong FINGERPRINT`);
            }
            if (response.cls === 'success') {
                const integrity = verifyIntegrity(response, auth.key);
                if (integrity !== 'ok') {
                    throw protocolError(integrity === 'missing'
                        ? `${METHOD_NAMES[method]} success carries no MESSAGE-INTEGRITY`
                        : `${METHOD_NAMES[method]} success fails MESSAGE-INTEGRITY (the server uses another key)`);
                }
                return exchange;
            }
            const error = readErrorCode(getAttribute(response, StunAttr.ErrorCode));
            if (error?.code === 438 && !staleRetried) {
                staleRetried = true;
                this.staleNonceRetries++;
                const nonce = getAttribute(response, StunAttr.Nonce)?.toString('utf8');
                const realm = getAttribute(response, StunAttr.Realm)?.toString('utf8') ?? auth.realm;
                if (nonce === undefined)
                    throw protocolError('438 Stale Nonce without a new NONCE');
                this.auth = { ...auth, nonce, realm };
                continue;
            }
            throw this.rejection(method, response);
        }
    }
    rejection(method, response) {
        const error = readErrorCode(getAttribute(response, StunAttr.ErrorCode));
        return failureForError(METHOD_NAMES[method] ?? `method ${method}`, error, this.auth);
    }
}

;// CONCATENATED MODULE: ./src/probe/checks.ts
/**
 * The STUN/TURN checks of one attempt over one transport: stun (Binding), turn (Allocate) and
 * relay (echo through the allocation), on a fresh channel each time: a new 5-tuple per attempt,
 * so coturn never sees a re-Allocate. They return records; none throws for a probe failure.
 */







/** stun, then turn (Allocate), then relay (echo through the allocation) over one transport. */
async function runTransportChecks(context, transport, hooks = {}) {
    const { options } = context;
    const order = effectiveChecks(options.checks).filter(isStunCheck);
    const startedAt = Date.now();
    let channel;
    try {
        channel = await openChannel({ host: options.host, port: (0,types/* portFor */.$t)(options, transport), transport, tls: options.tls }, channelOptions(context, transport));
    }
    catch (error) {
        // The first check is the one that could not start; the others were not reached.
        return [failureRecord(order[0], transport, startedAt, error)];
    }
    try {
        const records = await checksOnChannel(context, channel, order, hooks);
        return records.map((record) => ({ ...record, sourcePort: channel.local.port }));
    }
    finally {
        channel.close();
    }
}
async function checksOnChannel(context, channel, order, hooks) {
    const { options } = context;
    const { transport, tlsProtocol } = channel;
    const client = new TurnClient(channel, {
        credentials: options.credentials && resolveCredentials(options.credentials),
        expectedRealm: options.realm
    });
    const records = [];
    let current = order[0];
    let startedAt = Date.now();
    try {
        if (order.includes('stun')) {
            const binding = await bindingCheck(client, transport, startedAt);
            learnUdpMappedIp(context, binding);
            records.push({ ...binding, tlsProtocol });
        }
        if (!order.includes('turn'))
            return records;
        current = 'turn';
        startedAt = Date.now();
        const { record, allocation } = await allocateAndCheck(context, client, transport, startedAt);
        learnUdpMappedIp(context, record);
        records.push({ ...record, tlsProtocol });
        if (record.outcome !== 'ok')
            return records;
        if (order.includes('relay')) {
            current = 'relay';
            startedAt = Date.now();
            records.push(await relayEcho(context, client, transport, allocation, hooks));
        }
        await freeAllocation(client);
    }
    catch (error) {
        records.push({ ...failureRecord(current, transport, startedAt, error), tlsProtocol });
        // A failure after a successful Allocate (relay) still frees the allocation.
        if (records.some((r) => r.relayed))
            await freeAllocation(client);
    }
    return records;
}
/** Over UDP, the mapped address is where the runner's datagrams come from (relay.ts uses it). */
function learnUdpMappedIp(context, record) {
    if (record.transport === 'udp' && record.mapped)
        context.udpMappedIp = record.mapped.address;
}
/** The stun check: a Binding, whose answer says how the server sees the runner. */
async function bindingCheck(client, transport, startedAt) {
    const binding = await client.binding();
    return {
        check: 'stun',
        transport,
        outcome: 'ok',
        startedAt,
        durationMs: Date.now() - startedAt,
        rttMs: binding.rttMs,
        detail: `mapped address ${(0,probe_ip/* formatAddress */.M0)(binding.mapped)}`,
        mapped: binding.mapped
    };
}
/** Refresh(0); best effort with few resends: a lost one only lets the allocation expire. */
async function freeAllocation(client) {
    try {
        await client.refresh(0, 2);
    }
    catch {
        // The allocation times out on its own; the verdict does not depend on this.
    }
}
/** The turn check: an Allocate, refused when it is open to anyone or relays at the wrong address. */
async function allocateAndCheck(context, client, transport, startedAt) {
    const { options } = context;
    const allocation = await client.allocate();
    const done = (outcome, detail, warnings) => ({
        allocation,
        record: {
            check: 'turn',
            transport,
            outcome,
            startedAt,
            durationMs: Date.now() - startedAt,
            rttMs: allocation.rttMs,
            detail,
            relayed: allocation.relayed,
            mapped: allocation.mapped,
            warnings
        }
    });
    const warnings = [];
    if (!allocation.authenticated) {
        const text = `open relay: ${options.host} granted a TURN allocation without credentials over ${transport}; ` +
            'anyone can relay traffic through it (enable --lt-cred-mech or --use-auth-secret)';
        if (options.failOnOpenRelay)
            return done('open-relay', text);
        warnings.push(text);
    }
    const expected = options.expectedRelayIp;
    if (expected !== undefined && allocation.relayed.address !== expected) {
        return done('wrong-relayed-address', `the server relays at ${allocation.relayed.address}, expected the public IPv4 ${expected}`);
    }
    const stale = client.staleNonceRetries > 0 ? ', after one 438 Stale Nonce retry' : '';
    const lifetime = `lifetime ${allocation.lifetimeSeconds ?? '?'} s${stale}`;
    return done('ok', `relayed address ${(0,probe_ip/* formatAddress */.M0)(allocation.relayed)}, ${lifetime}`, warnings);
}

;// CONCATENATED MODULE: ./src/probe/fishjam/media-events.ts
/**
 * The JSON media events a probe peer exchanges with Fishjam (membrane_rtc_engine_webrtc 0.8.0):
 * it sends `connect` and the custom `renegotiateTracks`; it reads `connected` and the custom
 * `offerData`, whose `integratedTurnServers` carry the per-peer TURN port and credentials.
 */
/** What the probe peer says when it joins: recognisable to a backend that sees PeerMetadataUpdated. */
const PROBE_METADATA = { probe: 'fly-webrtc-probe' };
function connectEvent() {
    // data.metadata must be present as a key, or Fishjam ignores the event.
    return JSON.stringify({ type: 'connect', data: { metadata: PROBE_METADATA } });
}
function renegotiateTracksEvent() {
    return JSON.stringify({ type: 'custom', data: { type: 'renegotiateTracks' } });
}
/** An offerData that cannot be used, with what is wrong with it. */
class OfferDataError extends Error {
    constructor(problem) {
        super(`offerData unusable: ${problem}`);
        this.name = 'OfferDataError';
    }
}
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A server media event's type and data; undefined for text that is not an event object. */
function parseServerEvent(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!isObject(parsed) || typeof parsed.type !== 'string')
        return undefined;
    return { type: parsed.type, data: parsed.data };
}
/** `connected` for this peer: Fishjam's endpoint id is the peer id. */
function isConnectedFor(event, peerId) {
    return event.type === 'connected' && isObject(event.data) && event.data.id === peerId;
}
/** The inner offerData of a custom event, or undefined for any other event. */
function unwrapOfferData(event) {
    if (event.type !== 'custom' || !isObject(event.data))
        return undefined;
    if (event.data.type !== 'offerData')
        return undefined;
    return event.data.data ?? null;
}
/**
 * The UDP entry of an offerData's integratedTurnServers, selected by transport (the TCP entry,
 * when FJ_WEBRTC_TURN_TCP_PORT is set, may come in any order). Throws OfferDataError for a shape
 * the probe cannot use.
 */
function udpTurnServer(offer) {
    if (!isObject(offer))
        throw new OfferDataError('its data is not an object');
    const servers = offer.integratedTurnServers;
    if (!Array.isArray(servers)) {
        throw new OfferDataError('integratedTurnServers is missing or not a list');
    }
    const udp = servers.find((s) => isObject(s) && s.transport === 'udp');
    if (!udp) {
        const offered = servers.map((s) => (isObject(s) ? String(s.transport) : typeof s)).join(', ');
        throw new OfferDataError(`no integratedTurnServers entry has transport "udp" (got: ${offered || 'none'})`);
    }
    const { serverAddr, serverPort, username, password } = udp;
    if (typeof serverAddr !== 'string' || serverAddr === '') {
        throw new OfferDataError('the udp entry has no serverAddr');
    }
    if (typeof serverPort !== 'number' ||
        !Number.isInteger(serverPort) ||
        serverPort < 1 ||
        serverPort > 65535) {
        throw new OfferDataError(`the udp entry's serverPort ${JSON.stringify(serverPort)} is not a port`);
    }
    if (typeof username !== 'string' ||
        username === '' ||
        typeof password !== 'string' ||
        password === '') {
        throw new OfferDataError('the udp entry lacks a username or password');
    }
    return { serverAddr, serverPort, username, password };
}

// EXTERNAL MODULE: ./node_modules/ws/wrapper.mjs
var wrapper = __webpack_require__(2977);
;// CONCATENATED MODULE: ./src/probe/fishjam/proto.ts
/**
 * The three protobuf messages of Fishjam's peer WebSocket (fishjam/peer_notifications.proto):
 * PeerMessage { oneof { Authenticated authenticated = 1; AuthRequest auth_request = 2;
 * MediaEvent media_event = 3 } }, AuthRequest { string token = 1 }, MediaEvent { string data = 1 }.
 * Every length is a varint: a real peer token is longer than 127 bytes, so it takes two.
 */
/** Wire type 2 (length-delimited) for field numbers 1, 2, 3: `(field << 3) | 2`. */
const TAG = { authenticated: 0x0a, authRequest: 0x12, mediaEvent: 0x1a, inner: 0x0a };
/** An unsigned varint: 7 bits per byte, low bits first, the high bit set on all but the last. */
function encodeVarint(value) {
    if (!Number.isSafeInteger(value) || value < 0)
        throw new RangeError(`not a varint: ${value}`);
    const bytes = [];
    let rest = value;
    while (rest >= 0x80) {
        bytes.push((rest % 0x80) | 0x80);
        rest = Math.floor(rest / 0x80);
    }
    bytes.push(rest);
    return Buffer.from(bytes);
}
/** The varint at `offset` and the offset after it; undefined when the bytes end inside it. */
function decodeVarint(bytes, offset) {
    let value = 0;
    let scale = 1;
    for (let i = offset; i < bytes.length && i < offset + 8; i++) {
        value += (bytes[i] & 0x7f) * scale;
        if ((bytes[i] & 0x80) === 0)
            return { value, next: i + 1 };
        scale *= 0x80;
    }
    return undefined;
}
/** `tag <varint length> <body>`: one length-delimited field. */
function field(tag, body) {
    return Buffer.concat([Buffer.from([tag]), encodeVarint(body.length), body]);
}
/** PeerMessage.auth_request: `12 <len> 0a <len> <token>`. */
function encodeAuthRequest(token) {
    return field(TAG.authRequest, field(TAG.inner, Buffer.from(token, 'utf8')));
}
/** PeerMessage.media_event: `1a <len> 0a <len> <JSON>`. */
function encodeMediaEvent(json) {
    return field(TAG.mediaEvent, field(TAG.inner, Buffer.from(json, 'utf8')));
}
/** PeerMessage.authenticated: the empty message, `0a 00`. */
function encodeAuthenticated() {
    return field(TAG.authenticated, Buffer.alloc(0));
}
/** One length-delimited field at `offset`: its tag, body and the offset after it. */
function readField(bytes, offset) {
    if (offset >= bytes.length)
        return 'the message is empty';
    const tag = bytes[offset];
    if ((tag & 0x07) !== 2)
        return `field tag 0x${tag.toString(16)} is not length-delimited`;
    const length = decodeVarint(bytes, offset + 1);
    if (!length)
        return 'the bytes end inside a length';
    const end = length.next + length.value;
    if (end > bytes.length)
        return `a field claims ${length.value} bytes, ${bytes.length - length.next} remain`;
    return { tag, body: bytes.subarray(length.next, end), next: end };
}
/** The single string field 1 of AuthRequest or MediaEvent (proto3: absent means empty). */
function readString(body) {
    if (body.length === 0)
        return '';
    const inner = readField(body, 0);
    if (typeof inner === 'string')
        return new Error(inner);
    if (inner.tag !== TAG.inner)
        return new Error(`unexpected inner tag 0x${inner.tag.toString(16)}`);
    return inner.body.toString('utf8');
}
/** Decodes one binary frame; throws an Error that says what is wrong with it. */
function decodePeerMessage(bytes) {
    const outer = readField(bytes, 0);
    if (typeof outer === 'string')
        throw new Error(`not a PeerMessage: ${outer}`);
    if (outer.next !== bytes.length)
        throw new Error('not a PeerMessage: bytes after the message');
    if (outer.tag === TAG.authenticated)
        return { kind: 'authenticated' };
    const text = readString(outer.body);
    if (text instanceof Error)
        throw new Error(`not a PeerMessage: ${text.message}`);
    if (outer.tag === TAG.authRequest)
        return { kind: 'auth-request', token: text };
    if (outer.tag === TAG.mediaEvent)
        return { kind: 'media-event', data: text };
    throw new Error(`not a PeerMessage: unknown field tag 0x${outer.tag.toString(16)}`);
}

;// CONCATENATED MODULE: ./src/probe/fishjam/stages.ts
/**
 * The stages of the fishjam check, in the order a peer walks them, and the failure that names
 * the stage it happened in: the log, the timeline and the summary all say where the path broke.
 */

const FISHJAM_STAGES = (/* unused pure expression or super */ null && ([
    'HTTP API',
    'WebSocket',
    'auth',
    'offerData',
    'TURN over UDP'
]));
/** A ProbeFailure in one stage. */
class StageFailure extends ProbeFailure {
    stage;
    constructor(stage, outcome, message, code) {
        super(outcome, message, code);
        this.name = 'StageFailure';
        this.stage = stage;
    }
}
/** Any error, as a failure of `stage` (a StageFailure keeps the stage it already names). */
function atStage(stage, error) {
    if (error instanceof StageFailure)
        return error;
    if (error instanceof ProbeFailure) {
        return new StageFailure(stage, error.outcome, error.message, error.code);
    }
    const message = error instanceof Error ? error.message : String(error);
    return new StageFailure(stage, 'protocol-error', message);
}
/** Runs one stage: whatever it throws becomes a failure of that stage. */
async function stage(name, work) {
    try {
        return await work();
    }
    catch (error) {
        throw atStage(name, error);
    }
}

;// CONCATENATED MODULE: ./src/probe/fishjam/peer-socket.ts





/** fishjam.md §7: 5 s to open, 3 s each for `authenticated` and `connected`, 5 s for offerData. */
const SOCKET_TIMEOUTS_MS = {
    open: 5000,
    authenticated: 3000,
    connected: 3000,
    offerData: 5000
};
/** Close reasons that mean the peer token was refused (peer_socket.ex). */
const TOKEN_REFUSALS = new Set(['invalid token', 'missing token', 'expired token']);
class PeerSocket {
    socket;
    settings;
    waiter;
    ended;
    constructor(socket, settings) {
        this.socket = socket;
        this.settings = settings;
        socket.on('message', (data, isBinary) => {
            if (isBinary)
                this.receive(data);
        });
        socket.on('close', (code, reason) => {
            const why = reason.toString('utf8') || 'no reason';
            this.end(this.waiter?.stage ?? 'WebSocket', code, why);
        });
        socket.on('error', (error) => this.fail(new StageFailure('WebSocket', 'closed', error.message)));
    }
    /** Opens the socket; fails as the WebSocket stage. */
    static open(url, settings) {
        const timeoutMs = boundedWait(SOCKET_TIMEOUTS_MS.open, settings.deadline);
        // ws hands its options to https.request, servername included (its types leave that out), and
        // `lookup` too: the name resolves by the probe's deadline, never by a stuck getaddrinfo.
        const options = {
            handshakeTimeout: timeoutMs,
            lookup: lookupBy(Date.now() + timeoutMs, settings.signal),
            perMessageDeflate: false,
            ca: settings.tls?.ca,
            servername: settings.tls?.servername,
            rejectUnauthorized: !settings.tls?.insecure
        };
        const socket = new wrapper/* default */.Ay(url, options);
        return new Promise((resolve, reject) => {
            const failed = (message) => {
                socket.terminate();
                reject(new StageFailure('WebSocket', 'unreachable', `${url.origin}${url.pathname}: ${message}`));
            };
            socket.once('open', () => {
                socket.removeAllListeners('error');
                const peer = new PeerSocket(socket, settings);
                settings.signal?.addEventListener('abort', () => peer.close(), { once: true });
                resolve(peer);
            });
            socket.once('unexpected-response', (_request, response) => failed(`the upgrade was answered ${response.statusCode ?? '?'} instead of 101`));
            socket.once('error', (error) => failed(error.message));
        });
    }
    /** AuthRequest, then `authenticated`: the server accepted the peer token. */
    async authenticate(peerToken) {
        this.socket.send(encodeAuthRequest(peerToken));
        await this.next('auth', SOCKET_TIMEOUTS_MS.authenticated, 'authenticated', (m) => m.kind === 'authenticated');
    }
    /** `connect`, then `connected` for this peer: its endpoint is active and will get media events. */
    async join(peerId) {
        this.socket.send(encodeMediaEvent(connectEvent()));
        await this.nextEvent('connected', SOCKET_TIMEOUTS_MS.connected, (e) => isConnectedFor(e, peerId));
    }
    /** Custom `renegotiateTracks`, then the first custom `offerData`: its inner data. */
    async offerData() {
        this.socket.send(encodeMediaEvent(renegotiateTracksEvent()));
        const event = await this.nextEvent('offerData', SOCKET_TIMEOUTS_MS.offerData, (e) => unwrapOfferData(e) !== undefined);
        return unwrapOfferData(event);
    }
    close() {
        this.ended ??= new StageFailure('WebSocket', 'aborted', 'the probe closed the socket');
        this.waiter?.reject(this.ended);
        this.waiter = undefined;
        this.socket.terminate();
    }
    async nextEvent(what, timeoutMs, accept) {
        const eventOf = (m) => m.kind === 'media-event' ? parseServerEvent(m.data) : undefined;
        const message = await this.next('offerData', timeoutMs, `a '${what}' media event`, (m) => {
            const event = eventOf(m);
            return event !== undefined && accept(event);
        });
        return eventOf(message);
    }
    /** The next message `accept` takes (others are skipped), within the wait and the deadline. */
    next(stage, timeoutMs, what, accept) {
        if (this.ended)
            return Promise.reject(new StageFailure(stage, this.ended.outcome, this.ended.message));
        const waitMs = boundedWait(timeoutMs, this.settings.deadline);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.waiter = undefined;
                reject(new StageFailure(stage, 'unreachable', `no ${what} in ${waitMs} ms`));
            }, waitMs);
            const settle = (done) => (value) => {
                clearTimeout(timer);
                this.waiter = undefined;
                done(value);
            };
            this.waiter = { stage, accept, resolve: settle(resolve), reject: settle(reject) };
        });
    }
    receive(data) {
        let message;
        try {
            message = decodePeerMessage(data);
        }
        catch (error) {
            const stage = this.waiter?.stage ?? 'WebSocket';
            this.fail(new StageFailure(stage, 'protocol-error', error.message));
            return;
        }
        if (this.waiter?.accept(message))
            this.waiter.resolve(message);
    }
    /** The server closed the socket: a refused token is an auth failure, anything else a close. */
    end(stage, code, reason) {
        const refused = TOKEN_REFUSALS.has(reason);
        const text = `the server closed the peer socket (${code} ${reason})`;
        this.fail(new StageFailure(refused ? 'auth' : stage, refused ? 'auth-failed' : 'closed', text));
    }
    fail(failure) {
        this.ended ??= failure;
        this.waiter?.reject(failure);
        this.waiter = undefined;
    }
}
/** A step's wait, cut short by the deadline (never below 1 ms, so a timer always fires). */
function boundedWait(timeoutMs, deadline) {
    return Math.max(1, Math.min(timeoutMs, deadline - Date.now()));
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./src/probe/http-request.ts
/**
 * One HTTP(S) request with a deadline for the whole exchange, for the http check and Fishjam's REST API: the TLS
 * settings of the probe apply, the bearer token is sent and never logged, and every failure is a
 * ProbeFailure naming an Outcome.
 */





const MAX_BODY_BYTES = 64 * 1024;
/** "https://host/path": where a request went, without query or credentials. */
function whereOf(url) {
    return `${url.origin}${url.pathname}`;
}
/**
 * One request, bounded as a whole: name resolution, connect, TLS handshake, headers and body all
 * end by `timeoutMs`, so a server that trickles its body (or its headers) cannot hold the probe
 * past its deadline. Node's own `timeout` option is an idle timer, which a trickle keeps resetting.
 */
function httpRequest(r) {
    const started = performance.now();
    const body = r.json === undefined ? undefined : Buffer.from(JSON.stringify(r.json), 'utf8');
    const headers = { 'user-agent': 'fly-webrtc-probe' };
    if (r.token)
        headers.authorization = `Bearer ${r.token}`;
    if (body) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = String(body.length);
    }
    const stop = new AbortController();
    const signal = r.signal ? AbortSignal.any([r.signal, stop.signal]) : stop.signal;
    const lookup = lookupBy(Date.now() + r.timeoutMs, r.signal);
    return new Promise((resolve, reject) => {
        let answered = false;
        const timer = setTimeout(() => {
            const what = answered ? 'sent its headers but not its whole body' : 'did not answer';
            reject(new ProbeFailure('unreachable', `${whereOf(r.url)} ${what} in ${r.timeoutMs} ms`));
            stop.abort();
        }, r.timeoutMs);
        const fail = (error) => {
            clearTimeout(timer);
            reject(httpFailure(error, r.url));
        };
        const onResponse = (response) => {
            const rttMs = elapsedMs(started);
            answered = true;
            readBody(response).then((text) => {
                clearTimeout(timer);
                resolve({ status: response.statusCode ?? 0, body: text, rttMs });
            }, fail);
        };
        // A promise settles once: whatever comes after the first outcome (the abort's error) is moot.
        const common = { method: r.method, headers, signal, lookup };
        const request = r.url.protocol === 'https:'
            ? external_node_https_default().request(r.url, {
                ...common,
                ca: r.tls?.ca,
                servername: r.tls?.servername,
                rejectUnauthorized: !r.tls?.insecure
            }, onResponse)
            : external_node_http_default().request(r.url, common, onResponse);
        request.on('error', fail);
        request.end(body);
    });
}
/** The body, up to MAX_BODY_BYTES (the rest is read and dropped). */
function readBody(response) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        response.on('data', (chunk) => {
            size += chunk.length;
            if (size <= MAX_BODY_BYTES)
                chunks.push(chunk);
        });
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        response.on('error', reject);
        response.on('aborted', () => reject(new Error('the connection closed before the body ended')));
    });
}
/** A request error, named for the timeline. */
function httpFailure(error, url) {
    if (error instanceof ProbeFailure)
        return error;
    const where = whereOf(url);
    const code = error.code;
    if (code === 'ECONNREFUSED') {
        return new ProbeFailure('refused', `${where} refused the connection`, code);
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        return new ProbeFailure('dns-error', `cannot resolve ${url.hostname} (${code})`, code);
    }
    if (code === 'ABORT_ERR')
        return new ProbeFailure('aborted', 'aborted', code);
    if (tlsFailureKind(code)) {
        return new ProbeFailure('tls-error', `${where}: ${tlsFailureText(code, error.message)}`, code);
    }
    return new ProbeFailure('unreachable', `${where}: ${error.message}`, code);
}

;// CONCATENATED MODULE: ./src/probe/fishjam/rest.ts
/**
 * The part of Fishjam's REST API the probe uses (fishjam 0.6.3, router.ex): delete and create
 * its room, add a WebRTC peer, list rooms. Every call carries the bearer token and gets a
 * deadline; an answer other than the expected one is a StageFailure of the HTTP API stage.
 */


/** fishjam.md §7: 5 s per HTTP call. */
const API_CALL_TIMEOUT_MS = 5000;
/** The `errors` text of a Fishjam error body, or the body's start. */
function errorText(body) {
    try {
        const parsed = JSON.parse(body);
        if (typeof parsed.errors === 'string')
            return parsed.errors;
        if (parsed.errors !== undefined)
            return JSON.stringify(parsed.errors);
    }
    catch {
        // not JSON: show the start of it
    }
    return body.slice(0, 120);
}
class FishjamApi {
    settings;
    constructor(settings) {
        this.settings = settings;
    }
    url(path) {
        const base = this.settings.base;
        const url = new URL(base.origin);
        url.pathname = `${base.pathname.replace(/\/+$/, '')}${path}`;
        return url;
    }
    /** One call; resolves with the answer when its status is one of `expected`. */
    call(method, path, expected, json) {
        const { token, tokenName, deadline, tls, signal } = this.settings;
        return stage('HTTP API', async () => {
            const timeoutMs = Math.max(1, Math.min(API_CALL_TIMEOUT_MS, deadline - Date.now()));
            const url = this.url(path);
            const answer = await httpRequest({ method, url, token, json, timeoutMs, tls, signal });
            if (expected.includes(answer.status))
                return answer;
            const what = `${method} ${url.pathname} answered ${answer.status} ${errorText(answer.body)}`;
            if (answer.status === 401 || answer.status === 403) {
                throw new StageFailure('HTTP API', 'auth-failed', `${what}: check ${tokenName}`);
            }
            throw new StageFailure('HTTP API', 'http-error', what);
        });
    }
    /** DELETE /room/{id}: true when it existed (204), false when it did not (404). */
    async deleteRoom(roomId) {
        const answer = await this.call('DELETE', `/room/${encodeURIComponent(roomId)}`, [204, 404]);
        return answer.status === 204;
    }
    /** POST /room with a fixed id, one peer at most, and purge timeouts in case the probe dies. */
    async createRoom(roomId, purgeSeconds) {
        await this.call('POST', '/room', [201], {
            roomId,
            maxPeers: 1,
            peerlessPurgeTimeout: purgeSeconds,
            peerDisconnectedTimeout: purgeSeconds
        });
    }
    /** POST /room/{id}/peer: a WebRTC peer without simulcast (the lighter allocator). */
    async addPeer(roomId) {
        const answer = await this.call('POST', `/room/${encodeURIComponent(roomId)}/peer`, [201], {
            type: 'webrtc',
            options: { enableSimulcast: false }
        });
        const data = parseData(answer.body);
        if (typeof data.peer?.id !== 'string' || typeof data.token !== 'string') {
            throw new StageFailure('HTTP API', 'protocol-error', 'POST /room/{id}/peer: no peer id or token in the answer');
        }
        const websocketUrl = typeof data.peer_websocket_url === 'string' ? data.peer_websocket_url : undefined;
        return { id: data.peer.id, token: data.token, websocketUrl };
    }
    /** GET /room: every room with its peers' ids and statuses. */
    async listRooms() {
        const answer = await this.call('GET', '/room', [200]);
        const rooms = parseData(answer.body);
        if (!Array.isArray(rooms)) {
            throw new StageFailure('HTTP API', 'protocol-error', 'GET /room: data is not a list');
        }
        return rooms.map((room) => ({
            id: String(room.id),
            peers: (Array.isArray(room.peers) ? room.peers : []).map((peer) => ({
                id: String(peer.id),
                status: String(peer.status)
            }))
        }));
    }
}
/** The `data` member of a Fishjam success body. */
function parseData(body) {
    try {
        return JSON.parse(body).data;
    }
    catch {
        throw new StageFailure('HTTP API', 'protocol-error', `the answer is not JSON: ${body.slice(0, 80)}`);
    }
}

;// CONCATENATED MODULE: ./src/probe/fishjam/safety.ts
/**
 * What the fishjam check does to keep a live server safe, and what it tells about a server that
 * real clients could not use: fishjam.md §4.7 and §6.
 */


/**
 * peer_websocket_url is FJ_HOST + the socket path, sent to every client: an address that only
 * means something inside the machine or the private network sends real clients nowhere.
 */
function peerWebsocketWarning(url) {
    if (url === undefined)
        return undefined;
    const host = url
        .replace(/^[a-z]+:\/\//i, '')
        .split('/')[0]
        .replace(/:\d+$/, '');
    const internal = host === '0.0.0.0' ||
        host === 'localhost' ||
        host.startsWith('127.') ||
        host === '[::]' ||
        host === '[::1]' ||
        !host.includes('.') ||
        /\.(internal|local|flycast)$/i.test(host);
    if (!internal)
        return undefined;
    return (`Fishjam tells clients to connect to '${url}' (peer_websocket_url): FJ_HOST is wrong for real clients, ` +
        "which cannot reach that address. Set FJ_HOST to the public name, e.g. '{hostname}' (fishjam preset).");
}
/**
 * Fishjam 0.6.3 (fake_turn 0.4.2) binds its per-peer UDP listeners with SO_REUSEADDR, so the
 * probe's listener may share a live peer's port and capture that peer's media. With peers on the
 * node that are not the probe's, the check stops before the UDP step.
 */
async function livePeersRefusal(api, roomId, peerId, names) {
    const rooms = await api.listRooms();
    const others = rooms.flatMap((room) => room.peers.filter((peer) => peer.status === 'connected' && !(room.id === roomId && peer.id === peerId)));
    if (others.length === 0)
        return undefined;
    return new StageFailure('TURN over UDP', 'unsafe', `not run: GET /room shows ${others.length} connected peer(s) that are not the probe's. ` +
        "Fishjam 0.6.3's TURN listeners can share a UDP port (fake_turn 0.4.2), so the probe's listener " +
        `could capture a live peer's media. Probe when the server is idle, or allow it with ${(0,option_names/* optionName */.fS)('fishjamAllowLivePeers', names)}.`);
}

;// CONCATENATED MODULE: ./src/probe/fishjam/turn-step.ts
/**
 * The last stage of the fishjam check: a TURN Allocate over UDP, from a fresh socket, to the
 * per-peer listener offerData named, with its credentials (401 -> REALM/NONCE -> authenticated
 * Allocate). Success means a browser peer's media can reach the server: the relayed address must
 * be the offered serverAddr (FJ_WEBRTC_TURN_IP). The allocation is freed (Refresh 0) before the
 * socket closes. Reuses the probe's UDP channel and TURN client.
 */





const HANDOVER_TEXT = 'HTTP up, UDP not reaching the per-peer TURN port';
/** The TURN stage's record; throws a StageFailure of the TURN stage. */
async function allocateOnPeerPort(context, offer) {
    const where = `${offer.serverAddr}:${offer.serverPort}/udp`;
    const startedAt = Date.now();
    let channel;
    try {
        channel = await openChannel({ host: offer.serverAddr, port: offer.serverPort, transport: 'udp' }, 
        // A fresh source port for each attempt's peer, like every other socket of the probe.
        channelOptions(context, 'udp'));
    }
    catch (error) {
        throw atStage('TURN over UDP', error);
    }
    const client = new TurnClient(channel, {
        credentials: { username: offer.username, password: offer.password }
    });
    try {
        const allocation = await client.allocate().catch((error) => {
            throw turnFailure(error, where);
        });
        await client.refresh(0, 2).catch(() => undefined); // best effort: it expires on its own
        const relayed = (0,probe_ip/* formatAddress */.M0)(allocation.relayed);
        if (allocation.relayed.address !== offer.serverAddr) {
            throw new StageFailure('TURN over UDP', 'wrong-relayed-address', `the Allocate on ${where} relays at ${relayed}, not at the offered serverAddr ${offer.serverAddr}`);
        }
        return {
            check: 'fishjam',
            transport: 'udp',
            stage: 'TURN over UDP',
            outcome: 'ok',
            startedAt,
            durationMs: Date.now() - startedAt,
            rttMs: allocation.rttMs,
            detail: `Allocate on the per-peer port ${where}: relayed address ${relayed}`,
            mapped: allocation.mapped,
            relayed: allocation.relayed
        };
    }
    finally {
        channel.close();
    }
}
/** A failed Allocate; silence while HTTP answered is the platform's UDP forwarding. */
function turnFailure(error, where) {
    const failure = atStage('TURN over UDP', error);
    if (failure.outcome !== 'unreachable') {
        return new StageFailure('TURN over UDP', failure.outcome, `Allocate on ${where}: ${failure.message}`, failure.code);
    }
    return new StageFailure('TURN over UDP', 'unreachable', `${HANDOVER_TEXT} ${where} (${failure.message})`, failure.code);
}

;// CONCATENATED MODULE: ./src/probe/fishjam/check.ts







/** One fixed room per probe: no new per-room metric series per run, and recognisable to a backend. */
const PROBE_ROOM_ID = 'fly-webrtc-probe';
/** Fishjam removes the room this long after the probe's peer left, should the probe die. */
const PURGE_SECONDS = 60;
/** The peer socket's URL: the API's own address, ws(s), with Fishjam's socket path. */
function peerSocketUrl(base) {
    const url = new URL(base.origin);
    url.protocol = base.protocol === 'https:' ? 'wss:' : 'ws:';
    url.pathname = `${base.pathname.replace(/\/+$/, '')}/socket/peer/websocket`;
    return url;
}
async function runFishjamCheck(context) {
    const attempt = new FishjamAttempt(context);
    try {
        return await attempt.walk();
    }
    finally {
        await attempt.cleanUp();
    }
}
/** One walk of the peer path, with what its clean-up needs to know. */
class FishjamAttempt {
    context;
    base;
    transport;
    apiSettings;
    records = [];
    startedAt = Date.now();
    turnStartedAt = 0;
    reached = 'HTTP API';
    socket;
    roomAsked = false;
    constructor(context) {
        this.context = context;
        const o = context.options;
        this.base = new URL(o.fishjamUrl ?? '');
        this.transport = this.base.protocol === 'https:' ? 'https' : 'http';
        const tokenName = (0,option_names/* optionName */.fS)('healthToken', o.names);
        this.apiSettings = { base: this.base, token: o.healthToken ?? '', tokenName, tls: o.tls };
    }
    async walk() {
        const o = this.context.options;
        try {
            const api = new FishjamApi({
                ...this.apiSettings,
                deadline: this.context.deadline,
                signal: o.signal
            });
            const signaled = await this.signal(api);
            this.records.push(this.signalingRecord(signaled));
            this.reached = 'TURN over UDP';
            this.turnStartedAt = Date.now();
            if (!o.fishjamAllowLivePeers) {
                const refusal = await livePeersRefusal(api, PROBE_ROOM_ID, signaled.peer.id, o.names);
                if (refusal)
                    throw refusal;
            }
            this.records.push(await allocateOnPeerPort(this.context, signaled.offer));
        }
        catch (error) {
            this.records.push(this.failureRecord(error));
        }
        return this.records;
    }
    /** Room, peer, socket, auth, connect, offerData: the way a browser's SDK joins a room. */
    async signal(api) {
        const o = this.context.options;
        await api.deleteRoom(PROBE_ROOM_ID);
        this.roomAsked = true;
        await api.createRoom(PROBE_ROOM_ID, PURGE_SECONDS);
        const peer = await api.addPeer(PROBE_ROOM_ID);
        this.reached = 'WebSocket';
        const settings = { deadline: this.context.deadline, tls: o.tls, signal: o.signal };
        const url = peerSocketUrl(this.base);
        this.socket = await stage('WebSocket', () => PeerSocket.open(url, settings));
        this.reached = 'auth';
        await this.socket.authenticate(peer.token);
        this.reached = 'offerData';
        await this.socket.join(peer.id);
        const offer = udpTurnServer(await this.socket.offerData());
        const expected = o.expectedRelayIp;
        if (expected !== undefined && offer.serverAddr !== expected) {
            throw new StageFailure('offerData', 'wrong-relayed-address', `offerData names the TURN server ${offer.serverAddr}, expected the public IPv4 ${expected} (FJ_WEBRTC_TURN_IP)`);
        }
        return { peer, offer };
    }
    signalingRecord({ peer, offer }) {
        const warning = peerWebsocketWarning(peer.websocketUrl);
        return {
            check: 'fishjam',
            transport: this.transport,
            stage: 'offerData',
            outcome: 'ok',
            startedAt: this.startedAt,
            durationMs: Date.now() - this.startedAt,
            detail: `peer ${peer.id} authenticated in room ${PROBE_ROOM_ID}; offerData names the per-peer TURN port ${offer.serverAddr}:${offer.serverPort}/udp`,
            warnings: warning ? [warning] : undefined
        };
    }
    failureRecord(error) {
        const failure = atStage(this.reached, error);
        const onUdp = failure.stage === 'TURN over UDP';
        const startedAt = onUdp ? this.turnStartedAt : this.startedAt;
        return {
            check: 'fishjam',
            transport: onUdp ? 'udp' : this.transport,
            stage: failure.stage,
            outcome: failure.outcome,
            startedAt,
            durationMs: Date.now() - startedAt,
            detail: `${failure.stage}: ${failure.message}`,
            code: failure.code
        };
    }
    /** DELETE the room (whatever happened, with its own short deadline), then close the socket. */
    async cleanUp() {
        if (this.roomAsked) {
            const api = new FishjamApi({
                ...this.apiSettings,
                deadline: Date.now() + API_CALL_TIMEOUT_MS
            });
            try {
                await api.deleteRoom(PROBE_ROOM_ID);
            }
            catch (error) {
                const last = this.records.at(-1);
                const why = error instanceof Error ? error.message : String(error);
                const text = `the probe room '${PROBE_ROOM_ID}' was not deleted (${why}); Fishjam purges it ${PURGE_SECONDS} s after its peer left`;
                if (last)
                    last.warnings = [...(last.warnings ?? []), text];
            }
        }
        // Closed after the room is gone, so a backend sees no PeerDisconnected for the probe's peer.
        this.socket?.close();
    }
}

;// CONCATENATED MODULE: ./src/probe/fishjam/hints.ts
const UDP_SILENT = (name) => [
    'HTTP up, UDP not reaching the per-peer TURN port: UDP on Fly.io needs a dedicated IPv4 (flyctl ips allocate-v4), ' +
        'and FJ_WEBRTC_TURN_IP must be that address.',
    'Fishjam must bind its TURN sockets on fly-global-services (FJ_WEBRTC_TURN_LISTEN_IP), not 0.0.0.0.',
    'Every port of FJ_WEBRTC_TURN_PORT_RANGE must be exposed as a UDP service with the same internal port: ' +
        'each peer gets a listener in the lower half of the range.',
    `After a first deploy, Fly's UDP forwarding can take minutes to start: raise ${name('timeout')} if the rest looks right.`
];
const BY_STAGE = {
    'HTTP API': (failure, name) => failure.outcome === 'auth-failed'
        ? [
            `Fishjam refused the API token: ${name('healthToken')} must equal the server's FJ_SERVER_API_TOKEN.`
        ]
        : [
            `Fishjam's REST API did not do what a client needs (see the answer above): check ${name('fishjamUrl')}, ` +
                'and that FJ_WEBRTC_USED is not false.'
        ],
    WebSocket: (_failure, name) => [
        `The peer WebSocket at ${name('fishjamUrl')} + /socket/peer/websocket did not open: a proxy in front of Fishjam must ` +
            'pass WebSocket upgrades, and FJ_CHECK_ORIGIN must not refuse clients.'
    ],
    auth: () => [
        'Fishjam refused the peer token it had just issued: with several machines or after a restart, set FJ_SECRET_KEY_BASE ' +
            'as a secret so every node signs and verifies tokens alike.'
    ],
    offerData: (failure) => failure.outcome === 'wrong-relayed-address'
        ? [
            'FJ_WEBRTC_TURN_IP must be the dedicated IPv4 ({ipv4}): Fishjam tells every client to send media there.'
        ]
        : [
            'Fishjam did not send offerData for the probe peer: check its log for the peer endpoint (Membrane RTC Engine).'
        ],
    'TURN over UDP': (failure, name) => {
        if (failure.outcome === 'unreachable')
            return UDP_SILENT(name);
        if (failure.outcome === 'refused') {
            return [
                'Nothing listens on the per-peer TURN port: FJ_WEBRTC_TURN_LISTEN_IP must be fly-global-services.'
            ];
        }
        if (failure.outcome === 'auth-failed') {
            return [
                "The per-peer listener refused offerData's credentials: on Fishjam 0.6.3 this is fake_turn 0.4.2's port " +
                    'sharing with another peer (fixed in fake_turn 0.4.3, the edge image), or another process holds the port.'
            ];
        }
        if (failure.outcome === 'unsafe') {
            return [
                `Probe when no client is connected, or set ${name('fishjamAllowLivePeers')} to run the UDP step anyway.`
            ];
        }
        return [];
    }
};
/** The hints for one failed fishjam record; [] when its stage offers none. */
function fishjamHints(failure, name) {
    const stage = failure.stage;
    return stage && stage in BY_STAGE ? BY_STAGE[stage](failure, name) : [];
}

;// CONCATENATED MODULE: ./src/probe/hints.ts



/** On Fly the edge holds the certificate: `<app>.fly.dev` has one, any other name needs its own. */
const CUSTOM_DOMAIN = "Fly's edge has a certificate for <app>.fly.dev only: a custom domain needs `fly certs add <domain>` (and its DNS pointing at the app) before turns: clients can use it.";
const TLS_HINTS = {
    'wrong-name': (o) => [
        `The TLS certificate does not name ${o.tls?.servername ?? o.host}, the name the probe asked for: clients verify the name in the turns: URL, so the certificate must cover it.`,
        CUSTOM_DOMAIN
    ],
    untrusted: () => [
        'The TLS certificate is not trusted: it does not chain to a CA in the trust store (give the CA that signed it, or use a publicly trusted certificate).',
        CUSTOM_DOMAIN
    ],
    expired: () => [
        'The TLS certificate is expired or not yet valid: on Fly, `fly certs show <domain>` says whether renewal is stuck; elsewhere renew it.'
    ],
    handshake: () => [
        'The TLS port did not complete a TLS handshake: check that it is a TLS port (on Fly a [[services.ports]] entry with handlers = ["tls"]; for coturn itself --tls-listening-port with --cert and --pkey, TLS 1.2 only in 4.6.1).'
    ]
};
function tlsHint(failure, o) {
    // A socket error during the handshake (ECONNRESET, EPROTO) is the handshake failing.
    const kind = tlsFailureKind(failure.code) ?? (failure.code ? 'handshake' : undefined);
    return kind ? TLS_HINTS[kind](o) : [`TLS failed: ${failure.detail ?? ''}`];
}
/** A connection that closed mid-exchange; over TLS on Fly, the edge with nothing behind it. */
function closedHint(failure) {
    if (failure.transport === 'tls') {
        return ("The TLS handshake worked but the connection closed before an answer: a TLS edge (Fly's tls " +
            'handler) forwards plain TCP to internal_port, and nothing answered there. The server must ' +
            'listen for plain STUN/TURN over TCP on that port (coturn: --listening-ip=0.0.0.0 and --no-tls).');
    }
    return 'The server closed the connection mid-exchange: check its logs.';
}
function refusedHint(failure, o, name) {
    if (failure.check === 'http') {
        return `Nothing listens at ${name('healthUrl')}: check its host and port, and that the server serves HTTP there.`;
    }
    const tls = o.tlsPort ? `, TLS ${o.tlsPort}` : '';
    return `Nothing listens on the probed port: the server's listening port must equal the service's internal_port and ${name('port')} (${o.port}${tls}).`;
}
function unreachableHint(failure, _o, name) {
    if (failure.transport !== 'udp') {
        return [
            `No answer over ${failure.transport}: check that the port is exposed as a service and the server listens on it.`
        ];
    }
    return [
        'No UDP answer: UDP on Fly.io needs a dedicated IPv4 (flyctl ips allocate-v4) and a server that binds ' +
            'fly-global-services (not 0.0.0.0), with internal_port equal to the public port.',
        `After a first deploy, UDP forwarding can take minutes to start flowing: raise ${name('timeout')} if the rest looks right.`
    ];
}
function authHint(failure, o, name) {
    if (failure.check === 'http') {
        return `The health endpoint refused the token: check ${name('healthToken')} (Fishjam: FJ_SERVER_API_TOKEN).`;
    }
    if (o.credentials?.kind === 'rest') {
        return (`The server rejected the REST credentials: ${name('secret')} must equal the server's shared secret ` +
            "(coturn --use-auth-secret --static-auth-secret), and the runner's clock must be right.");
    }
    return `The server rejected the credentials: check ${name('username')} and ${name('password')} against the server's users.`;
}
const HINTS = {
    unreachable: unreachableHint,
    refused: refusedHint,
    closed: closedHint,
    'dns-error': (_failure, o, name) => `'${o.host}' does not resolve: check ${name('host')}.`,
    'auth-failed': authHint,
    'realm-mismatch': (_failure, _o, name) => `The server's realm differs from ${name('realm')}: fix ${name('realm')} or the server's --realm.`,
    'stale-nonce': () => "The server rejected a fresh nonce as stale: check the server's clock and --stale-nonce.",
    'wrong-relayed-address': () => "The server's external IP is wrong: it must announce the dedicated IPv4 (coturn --external-ip=<ipv4>, " +
        'Fishjam FJ_WEBRTC_TURN_IP), or clients get relay candidates nobody can reach.',
    'open-relay': () => 'The server relays for anyone: enable authentication (coturn --lt-cred-mech with --user, or --use-auth-secret).',
    lost: () => 'Nothing came back through the relay: expose the relay port range (coturn --min-port..--max-port) as UDP ' +
        'services with the same ports, and set the external IP to the dedicated IPv4.',
    mtu: () => 'Small datagrams came back through the relay, media-sized ones (1200 bytes of payload) did not: something on ' +
        'the path drops large UDP datagrams. Fly leaves about 1300 bytes of UDP payload; a VPN or tunnel between ' +
        'the runner and Fly leaves less. Calls would connect and then carry no media.',
    'tls-error': (failure, o) => tlsHint(failure, o),
    'protocol-error': () => 'The answers are not valid STUN/TURN: is a STUN/TURN server on that port?',
    'http-error': () => 'The health endpoint answered but not healthy: see its status above.',
    rejected: () => 'The server refused a TURN request: see the error code and reason above.'
};
/**
 * When some attempts passed and others failed, the server works but not every path to it does:
 * on Fly, one of two edges that cannot reach the machine (attempts alternate ok and timeout), or
 * flood control tripped by a runner reusing a source port.
 */
function intermittentHint(history) {
    const { passedAttempts, attempts, needed, bestStreak } = history;
    if (passedAttempts === 0 || passedAttempts === attempts || bestStreak >= needed)
        return [];
    return [
        `${passedAttempts} of ${attempts} attempts passed, but never ${needed} in a row: the server answers, yet not ` +
            'every path to it works. On Fly this is the pattern of an edge that cannot reach the machine (attempts ' +
            'alternate between ok and timeout); it is not a probe glitch. Redeploy to move the machine, or ask Fly support.'
    ];
}
/** One hint per kind of failure, in the order the failures came, without repeats. */
function hintsFor(failing, o) {
    const name = (field) => (0,option_names/* optionName */.fS)(field, o.names);
    const hints = new Set();
    for (const failure of failing) {
        const found = failure.check === 'fishjam'
            ? fishjamHints(failure, name)
            : [HINTS[failure.outcome]?.(failure, o, name) ?? []].flat();
        for (const hint of found)
            hints.add(hint);
    }
    return [...hints];
}

;// CONCATENATED MODULE: ./src/probe/report.ts



/** Relay echo, else Binding, else Allocate (fishjam's on the per-peer port), else HTTP: the RTT closest to what media sees. */
const RTT_PREFERENCE = ['relay', 'stun', 'turn', 'fishjam', 'http'];
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
/** "turn/udp": one check over one transport. */
function label(record) {
    return `${record.check}/${record.transport}`;
}
/** "fishjam/udp unreachable at TURN over UDP": a record's outcome, with the stage of a failure. */
function outcomeText(record) {
    const at = record.stage !== undefined && record.outcome !== 'ok' ? ` at ${record.stage}` : '';
    return `${label(record)} ${record.outcome}${at}`;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** Everything the attempts left: the timeline, the latest record of each check, the streaks. */
class ProbeHistory {
    startedAt;
    needed;
    timeline = [];
    /** By label, in the order the checks first ran. */
    latest = new Map();
    /** The failed records of the most recent attempt that failed. */
    lastFailure;
    warnings = new Set();
    attempts = 0;
    /** Attempts that passed: all in a row now, the longest such run, and in all. */
    streak = 0;
    bestStreak = 0;
    passedAttempts = 0;
    constructor(startedAt, 
    /** Consecutive passing attempts that make the server ready. */
    needed = 1) {
        this.startedAt = startedAt;
        this.needed = needed;
    }
    /** Adds one attempt's records; returns whether every check of it passed. */
    add(records) {
        const attempt = ++this.attempts;
        this.record(records, attempt);
        const failed = records.filter((r) => r.outcome !== 'ok');
        const passed = records.length > 0 && failed.length === 0;
        this.streak = passed ? this.streak + 1 : 0;
        this.bestStreak = Math.max(this.bestStreak, this.streak);
        if (passed)
            this.passedAttempts++;
        else
            this.lastFailure = { records: failed, attempt };
        return passed;
    }
    /** Adds records that belong to no attempt of their own (the hold after ready). */
    record(records, attempt = this.attempts) {
        for (const record of records) {
            this.timeline.push(toEntry(record, attempt, this.startedAt));
            this.latest.set(label(record), { record, attempt });
            for (const warning of record.warnings ?? [])
                this.warnings.add(warning);
        }
    }
    /** The attempt numbers of the current run of successes. */
    get streakAttempts() {
        return Array.from({ length: this.streak }, (_, i) => this.attempts - this.streak + i + 1);
    }
}
function toEntry(record, attempt, startedAt) {
    const entry = {
        atMs: record.startedAt - startedAt,
        durationMs: record.durationMs,
        attempt,
        check: record.check,
        transport: record.transport,
        outcome: record.outcome
    };
    if (record.stage !== undefined)
        entry.stage = record.stage;
    if (record.rttMs !== undefined)
        entry.rttMs = record.rttMs;
    if (record.detail !== undefined)
        entry.detail = record.detail;
    if (record.sourcePort !== undefined)
        entry.sourcePort = record.sourcePort;
    return entry;
}
/** "stun, turn over udp, tcp": what was probed. */
function probedChecks(o) {
    const checks = effectiveChecks(o.checks);
    const over = checks.some(isStunCheck) ? ` over ${o.transports.join(', ')}` : '';
    return `${checks.join(', ')}${over}`;
}
/** "attempt 4" or "attempts 2-4, 3 in a row from fresh source ports". */
function readyAttempts(attempts) {
    if (attempts.length === 1)
        return `attempt ${attempts[0]}`;
    return `attempts ${attempts[0]}-${attempts[attempts.length - 1]}, ${attempts.length} in a row from fresh source ports`;
}
function successReport(o, records, history) {
    const { attempts, startedAt } = history;
    const warnings = [...history.warnings];
    // Ready when the last check passed; freeing the allocation afterwards does not count.
    const readyAfterMs = Math.max(...records.map((r) => r.startedAt + r.durationMs)) - startedAt;
    const rttMs = RTT_PREFERENCE.map((check) => records.find((r) => r.check === check && r.rttMs !== undefined)?.rttMs).find((rtt) => rtt !== undefined);
    const report = {
        ok: true,
        attempts,
        readyAfterMs,
        readyAttempts: history.streakAttempts,
        timeline: history.timeline,
        warnings,
        summary: `Ready after ${seconds(readyAfterMs)} (${readyAttempts(history.streakAttempts)}): ${probedChecks(o)} passed` +
            (rttMs === undefined ? '' : `; RTT ${rttMs} ms`) +
            (warnings.length ? `; ${warnings.length} warning(s)` : '')
    };
    if (rttMs !== undefined)
        report.rttMs = rttMs;
    // Addresses are structured until here; the report shows them as host:port.
    const mapped = records.find((r) => r.mapped)?.mapped;
    const relayed = records.find((r) => r.relayed)?.relayed;
    const tlsProtocol = records.find((r) => r.tlsProtocol)?.tlsProtocol;
    if (mapped)
        report.mappedAddress = (0,probe_ip/* formatAddress */.M0)(mapped);
    if (relayed)
        report.relayedAddress = (0,probe_ip/* formatAddress */.M0)(relayed);
    if (tlsProtocol)
        report.tlsProtocol = tlsProtocol;
    return report;
}
/** Every check on every transport the options ask for, by label, in a stable order. */
function expectedLabels(o) {
    const scheme = (url) => new URL(url ?? 'http://x').protocol.slice(0, -1);
    return effectiveChecks(o.checks).flatMap((check) => {
        if (check === 'http')
            return [label({ check, transport: scheme(o.healthUrl) })];
        // The signaling (HTTP API to offerData), then TURN over UDP on the per-peer port.
        if (check === 'fishjam') {
            return [label({ check, transport: scheme(o.fishjamUrl) }), label({ check, transport: 'udp' })];
        }
        return o.transports.map((transport) => label({ check, transport }));
    });
}
/** "stun/udp protocol-error (answers that are not valid STUN/TURN: 3 ignored)". */
function verdictOf(records) {
    return records.map((r) => `${outcomeText(r)}${r.note ? ` (${r.note})` : ''}`).join(', ');
}
/** Why the run was not ready, in one line. */
function whyNotReady(o, history, elapsedMs, stoppedEarly) {
    const { attempts } = history;
    if (o.signal?.aborted)
        return 'Probe aborted';
    if (stoppedEarly) {
        return `Not ready: stopped after ${plural(attempts, 'attempt')} because ${stoppedEarly} (waiting will not fix it)`;
    }
    const base = `Not ready after ${seconds(elapsedMs)} (${plural(attempts, 'attempt')})`;
    if (history.passedAttempts === 0 || history.needed === 1)
        return base;
    return (`${base}: ${history.needed} passing attempts in a row needed, at most ${history.bestStreak} ` +
        `(${history.passedAttempts} of ${attempts} passed)`);
}
function failureReport(o, history, elapsedMs, stoppedEarly) {
    const { attempts } = history;
    const lines = expectedLabels(o).map((name) => {
        const latest = history.latest.get(name);
        if (!latest)
            return `  ${name}: not reached (an earlier check or stage on the same path failed)`;
        const { record, attempt } = latest;
        return `  ${name}: ${record.outcome} (attempt ${attempt})${record.detail ? `: ${record.detail}` : ''}`;
    });
    // The last attempt may have passed (a streak too short): its failure is the last one seen.
    const failing = history.lastFailure?.records ?? [];
    const verdict = verdictOf(failing) || 'no check completed';
    const hints = [...intermittentHint(history), ...hintsFor(failing, o)];
    const diagnostic = [
        `Probed ${o.host} (${probedChecks(o)}) ${plural(attempts, 'time')} in ${seconds(elapsedMs)}; the last outcome of each check:`,
        ...lines,
        ...(history.lastFailure && history.lastFailure.attempt !== attempts
            ? [`  (the last failed attempt was ${history.lastFailure.attempt}: ${verdict})`]
            : []),
        ...(hints.length ? ['Hints:', ...hints.map((h) => `  - ${h}`)] : [])
    ].join('\n');
    const why = whyNotReady(o, history, elapsedMs, stoppedEarly);
    return {
        ok: false,
        attempts,
        timeline: history.timeline,
        warnings: [...history.warnings],
        summary: `${why}: ${verdict}`,
        diagnostic
    };
}

;// CONCATENATED MODULE: ./src/probe/hold.ts









const HOLD_ECHO_INTERVAL_MS = 10_000;
/** Allowed for the exchange at the hold's end, after its nominal length. */
const LAST_EXCHANGE_MS = 5_000;
/** The held allocation's lifetime: it outlives two missed refreshes, and expires soon if the run dies. */
const HOLD_LIFETIME_SECONDS = (3 * HOLD_ECHO_INTERVAL_MS) / 1000;
/** When, in ms since the hold began, its exchanges run: every interval, and once at the end. */
function holdSchedule(holdMs) {
    const ticks = [];
    for (let at = 0; at < holdMs; at += HOLD_ECHO_INTERVAL_MS)
        ticks.push(at);
    ticks.push(holdMs);
    return ticks;
}
function sleepUntil(at, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(done, Math.max(0, at - Date.now()));
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}
/** One exchange: a Refresh (not at the start) and an echo through the held allocation. */
async function exchange(context, client, allocation, refresh) {
    const transport = client.channel.transport;
    const startedAt = Date.now();
    try {
        if (refresh)
            await client.refresh(HOLD_LIFETIME_SECONDS);
        const echo = await relayEcho(context, client, transport, allocation);
        return { ...echo, check: 'hold', startedAt, durationMs: Date.now() - startedAt };
    }
    catch (error) {
        return failureRecord('hold', transport, startedAt, error);
    }
}
/** Allocates once, then runs the schedule until it ends or an exchange fails. */
async function runHold(context, transport, holdMs, began) {
    const o = context.options;
    const run = { records: [], passedAt: [] };
    const startedAt = Date.now();
    let client;
    try {
        const channel = await openChannel({ host: o.host, port: (0,types/* portFor */.$t)(o, transport), transport, tls: o.tls }, channelOptions(context, transport));
        client = new TurnClient(channel, {
            credentials: o.credentials && resolveCredentials(o.credentials),
            expectedRealm: o.realm
        });
        const allocation = await client.allocate(HOLD_LIFETIME_SECONDS);
        for (const at of holdSchedule(holdMs)) {
            await sleepUntil(began + at, o.signal);
            if (o.signal?.aborted)
                break;
            const record = await exchange(context, client, allocation, at > 0);
            run.records.push(record);
            if (record.outcome !== 'ok') {
                run.failedAt = at;
                break;
            }
            run.passedAt.push(at);
        }
    }
    catch (error) {
        run.records.push(failureRecord('hold', transport, startedAt, error));
        run.failedAt = 0;
    }
    finally {
        await client?.refresh(0, 2).catch(() => undefined);
        client?.channel.close();
    }
    return run;
}
function holdReport(run, transport, wantedMs) {
    const lastGoodAtMs = run.passedAt.at(-1);
    const heldMs = run.failedAt ?? lastGoodAtMs ?? 0;
    const base = { transport, wantedMs, heldMs, passed: run.passedAt.length, lastGoodAtMs };
    if (run.failedAt === undefined) {
        return {
            ...base,
            ok: true,
            summary: `held one allocation over ${transport} for ${seconds(wantedMs)}: ${run.passedAt.length} refresh-and-echo exchanges passed`
        };
    }
    const failed = run.records.at(-1);
    const since = lastGoodAtMs === undefined ? 'its start' : seconds(lastGoodAtMs);
    return {
        ...base,
        ok: false,
        failedAtMs: run.failedAt,
        summary: `${transport.toUpperCase()} stopped ${seconds(run.failedAt)} into the ${seconds(wantedMs)} hold ` +
            `(the last good exchange was at ${since}): ${failed ? `${label(failed)} ${failed.outcome}` : 'failed'}`
    };
}
const CUTOFF_HINT = "Fly's UDP forwarding has been reported to carry a flow for exactly five minutes and then nothing " +
    '(fly-platform.md §1, community thread 24997). Calls longer than the hold would lose their media: ' +
    'report it to Fly with this timeline; clients recover only by an ICE restart.';
/** Runs the hold after a ready report and folds its outcome into the report. */
async function holdAfterReady(context, ready, history, logger) {
    const o = context.options;
    const wantedMs = o.holdMs ?? 0;
    const transport = o.transports.includes('udp') ? 'udp' : o.transports[0];
    logger.info(`Holding one allocation over ${transport} for ${seconds(wantedMs)}`);
    const began = Date.now();
    const holdContext = { ...context, deadline: began + wantedMs + LAST_EXCHANGE_MS };
    const run = await runHold(holdContext, transport, wantedMs, began);
    history.record(run.records);
    const hold = holdReport(run, transport, wantedMs);
    logger.info(`Hold: ${hold.summary}`);
    if (hold.ok)
        return {
            ...ready,
            hold,
            timeline: history.timeline,
            summary: `${ready.summary}; ${hold.summary}`
        };
    const failing = run.records.filter((r) => r.outcome !== 'ok');
    const hints = [...new Set([CUTOFF_HINT, ...hintsFor(failing, o)])];
    return {
        ...ready,
        ok: false,
        hold,
        timeline: history.timeline,
        summary: `${ready.summary.replace(/;.*$/, '')}, but ${hold.summary}`,
        diagnostic: [
            `The hold after ready failed: ${hold.summary}`,
            ...run.records.map((r) => `  ${label(r)} ${r.outcome}: ${r.detail ?? ''}`),
            'Hints:',
            ...hints.map((h) => `  - ${h}`)
        ].join('\n')
    };
}

;// CONCATENATED MODULE: ./src/probe/http-check.ts
/**
 * The http check: GET the health URL; healthy is a 2xx answer, and when the body is Fishjam's
 * JSON, data.status "UP". The bearer token is sent, never logged.
 */



const HTTP_TIMEOUT_MS = 10_000;
async function runHttpCheck(context) {
    const { options } = context;
    const url = new URL(options.healthUrl ?? '');
    const transport = url.protocol === 'https:' ? 'https' : 'http';
    const where = whereOf(url);
    const startedAt = Date.now();
    const timeoutMs = Math.max(0, Math.min(HTTP_TIMEOUT_MS, context.deadline - startedAt));
    try {
        const { status, body, rttMs } = await httpRequest({
            method: 'GET',
            url,
            token: options.healthToken,
            timeoutMs,
            tls: options.tls,
            signal: options.signal
        });
        const done = (outcome, detail) => ({
            check: 'http',
            transport,
            startedAt,
            rttMs,
            outcome,
            detail,
            durationMs: Date.now() - startedAt
        });
        if (status === 401 || status === 403) {
            const token = (0,option_names/* optionName */.fS)('healthToken', options.names);
            return done('auth-failed', `${where} answered ${status}: check ${token}`);
        }
        if (status < 200 || status > 299)
            return done('http-error', `${where} answered ${status}`);
        const reported = healthStatus(body);
        if (reported !== undefined && reported !== 'UP') {
            return done('http-error', `${where} reports status ${reported}`);
        }
        return done('ok', `${where} answered ${status}${reported ? ' UP' : ''}`);
    }
    catch (error) {
        return failureRecord('http', transport, startedAt, error);
    }
}
/** Fishjam's /health body is {"data":{"status":"UP",...}}; undefined for any other body. */
function healthStatus(body) {
    try {
        const parsed = JSON.parse(body);
        const status = parsed?.data?.status;
        return typeof status === 'string' ? status : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/probe/readiness.ts
/**
 * The readiness loop: attempts every check until enough attempts in a row pass or the deadline
 * comes, pausing between failed attempts with a pause that doubles up to the probe interval, and
 * SUCCESS_GAP_MS between passing ones. Every attempt runs on fresh sockets, and every check of
 * every attempt goes into the timeline. Once ready, an optional hold keeps one allocation open
 * and echoes through it. It never throws for a probe failure; the report says what happened.
 */









/** The first pause; later pauses double up to intervalMs. */
const FIRST_PAUSE_MS = 250;
/** The pause after a passing attempt, before the next one that must pass too. */
const SUCCESS_GAP_MS = 100;
/**
 * Outcomes that waiting does not fix (wrong credentials, certificate, configuration). Seen twice
 * in a row, they end the loop early instead of knocking until the deadline.
 */
const DEFINITIVE = new Set([
    'auth-failed',
    'realm-mismatch',
    'wrong-relayed-address',
    'open-relay'
]);
function isDefinitive(record) {
    if (DEFINITIVE.has(record.outcome))
        return true;
    return record.outcome === 'tls-error' && isCertificateFailure(record.code);
}
/** All checks once, transports in parallel, records in the order the checks began. */
async function runAttempt(context) {
    const { options } = context;
    const checks = effectiveChecks(options.checks);
    const work = [];
    if (checks.some(isStunCheck)) {
        for (const transport of options.transports)
            work.push(runTransportChecks(context, transport));
    }
    if (checks.includes('http'))
        work.push(runHttpCheck(context).then((record) => [record]));
    if (checks.includes('fishjam'))
        work.push(runFishjamCheck(context));
    const records = (await Promise.all(work)).flat();
    return records.sort((a, b) => a.startedAt - b.startedAt);
}
function abortableSleep(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}
function logAttempt(logger, history, records) {
    const streak = history.streak > 0 ? ` (success ${history.streak} of ${history.needed})` : '';
    logger.info(`Attempt ${history.attempts} at +${seconds(Date.now() - history.startedAt)}: ` +
        records
            .map((r) => `${outcomeText(r)}${r.rttMs === undefined ? '' : ` (${r.rttMs} ms)`}`)
            .join(', ') +
        streak);
    for (const record of records) {
        if (record.outcome !== 'ok')
            logger.debug(`${label(record)}: ${record.detail ?? record.outcome}`);
    }
}
/** Attempts until `history.needed` pass in a row, a definitive failure repeats, or the deadline. */
async function attemptUntilReady(context, history, logger) {
    const o = context.options;
    let pause = Math.min(FIRST_PAUSE_MS, o.intervalMs);
    let previousDefinitive = '';
    for (;;) {
        const records = await runAttempt(context);
        const passed = history.add(records);
        logAttempt(logger, history, records);
        if (passed && history.streak >= history.needed)
            return { ready: records };
        if (o.signal?.aborted)
            return {};
        const unsafe = records.find((r) => r.outcome === 'unsafe');
        if (unsafe)
            return { stoppedEarly: `${outcomeText(unsafe)} stops the check at once` };
        const definitive = records
            .filter((r) => r.outcome !== 'ok' && isDefinitive(r))
            .map((r) => `${label(r)} ${r.outcome}`)
            .join(', ');
        if (definitive !== '' && definitive === previousDefinitive) {
            return { stoppedEarly: `${definitive} repeated` };
        }
        previousDefinitive = definitive;
        const wait = passed ? SUCCESS_GAP_MS : pause;
        if (Date.now() + wait >= context.deadline)
            return {};
        await abortableSleep(wait, o.signal);
        if (o.signal?.aborted)
            return {};
        if (!passed)
            pause = Math.min(pause * 2, o.intervalMs);
    }
}
async function waitForReady(o) {
    (0,validate/* validateProbeOptions */.p7)(o);
    const logger = o.logger ?? silentLogger;
    const began = Date.now();
    const context = newContext(o, began + o.timeoutMs);
    const history = new ProbeHistory(o.startedAt ?? began, o.successes ?? 1);
    const end = await attemptUntilReady(context, history, logger);
    if (!end.ready)
        return failureReport(o, history, Date.now() - began, end.stoppedEarly);
    const report = successReport(o, end.ready, history);
    if (!o.holdMs)
        return report;
    logger.info(report.summary);
    return holdAfterReady(context, report, history, logger);
}

;// CONCATENATED MODULE: ./src/probe/timeline.ts
/** Tick intervals (ms) in the units mermaid's `tickInterval` knows, shortest first. */
const TICKS = [
    ...[1, 2, 5, 10, 15, 30].map((n) => [n * 1000, `${n}second`]),
    ...[1, 2, 5, 10, 15, 30, 60].map((n) => [n * 60_000, `${n}minute`])
];
const MAX_TICKS = 10;
/** The shortest bar drawn, as a fraction of the axis. */
const MIN_BAR_FRACTION = 1 / 40;
/** Mermaid task names end at ':' and lines at ';' or '#'; keep them out of labels. */
function clean(text) {
    return text.replace(/[:;#]/g, ' ').replace(/\s+/g, ' ').trim();
}
function mergeBars(timeline) {
    const rows = new Map();
    for (const entry of [...timeline].sort((a, b) => a.atMs - b.atMs)) {
        const row = `${entry.check} ${entry.transport}`;
        const bars = rows.get(row) ?? [];
        rows.set(row, bars);
        const last = bars[bars.length - 1];
        const end = entry.atMs + Math.max(entry.durationMs, 1);
        const rtts = entry.rttMs === undefined ? [] : [entry.rttMs];
        if (last && last.outcome === entry.outcome && last.stage === entry.stage) {
            last.lastAttempt = entry.attempt;
            last.count++;
            last.end = Math.max(last.end, end);
            last.rtts.push(...rtts);
            continue;
        }
        bars.push({
            row,
            outcome: entry.outcome,
            firstAttempt: entry.attempt,
            lastAttempt: entry.attempt,
            count: 1,
            start: Math.max(0, entry.atMs),
            end: Math.max(1, end),
            rtts,
            stage: entry.stage
        });
    }
    return [...rows.values()].flat();
}
/** The tick interval that gives at most MAX_TICKS labels over `spanMs` (the longest, beyond). */
function tickIntervalFor(spanMs) {
    const [ms, spec] = TICKS.find(([step]) => spanMs / step <= MAX_TICKS) ?? TICKS[TICKS.length - 1];
    return { ms, spec };
}
function rttLabel(rtts) {
    if (rtts.length === 0)
        return '';
    const low = Math.min(...rtts);
    const high = Math.max(...rtts);
    return low === high ? ` ${low} ms` : ` ${low}-${high} ms`;
}
function barLine(bar, minBarMs) {
    const attempts = bar.count === 1
        ? `(attempt ${bar.firstAttempt})`
        : `(attempts ${bar.firstAttempt}-${bar.lastAttempt})`;
    const rtt = bar.outcome === 'ok' ? rttLabel(bar.rtts) : '';
    const tag = bar.outcome === 'ok' ? 'done' : 'crit';
    const at = bar.stage !== undefined && bar.outcome !== 'ok' ? ` at ${bar.stage}` : '';
    const start = Math.round(bar.start);
    const end = Math.max(Math.round(bar.end), start + minBarMs);
    return `    ${clean(`${bar.outcome}${at}${rtt} ${attempts}`)} :${tag}, ${start}, ${end}`;
}
/** A ```mermaid block for the GitHub job summary. */
function timelineMermaid(report) {
    const bars = mergeBars(report.timeline);
    const spanMs = Math.max(1000, ...bars.map((bar) => bar.end));
    const minBarMs = Math.ceil(spanMs * MIN_BAR_FRACTION);
    const verdict = report.ok
        ? `Ready after ${((report.readyAfterMs ?? 0) / 1000).toFixed(1)} s`
        : 'Not ready';
    const lines = [
        '```mermaid',
        'gantt',
        `    title ${clean(verdict)} (seconds since deploy)`,
        '    dateFormat x',
        '    axisFormat %s',
        `    tickInterval ${tickIntervalFor(spanMs + minBarMs).spec}`,
        '    todayMarker off',
        // Mermaid starts the axis at the earliest task: this milestone puts 0 (the deploy) on it.
        '    section deploy',
        '    deploy finished :milestone, 0, 0'
    ];
    let row = '';
    for (const bar of bars) {
        if (bar.row !== row) {
            row = bar.row;
            lines.push(`    section ${clean(row)}`);
        }
        lines.push(barLine(bar, minBarMs));
    }
    lines.push('```');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/probe/uri.ts
/** TURN and STUN URIs (RFC 7065, RFC 7064): building them for outputs, parsing them for the CLI. */




function hostPart(host) {
    return (0,external_node_net_.isIPv6)(host) ? `[${host}]` : host;
}
function stunUrl(host, port) {
    return `stun:${hostPart(host)}:${port}`;
}
/**
 * One URL per transport, in the form browsers' RTCIceServer.urls accept. A `turns:` URL names
 * the host its certificate is for (`tlsHost`, else `host`): clients verify that name, and no
 * certificate names an address, so without a host name there is no `turns:` URL at all.
 */
function turnUrls(host, port, tlsPort, transports, tlsHost = host) {
    return transports.flatMap((transport) => {
        if (transport !== 'tls')
            return [`turn:${hostPart(host)}:${port}?transport=${transport}`];
        return (0,probe_host/* isHostName */.uy)(tlsHost) ? [`turns:${tlsHost}:${tlsPort}?transport=tcp`] : [];
    });
}
/** The ICE server URLs of one server: its STUN URL, then one TURN URL per transport. */
function iceUrls(host, port, tlsPort, transports, tlsHost) {
    return [stunUrl(host, port), ...turnUrls(host, port, tlsPort, transports, tlsHost)];
}
const EXAMPLE = 'turn:203.0.113.7:3478?transport=udp';
/**
 * Parses `turn:host[:port][?transport=udp|tcp]`, `turns:...`, `stun:host[:port]`, `stuns:...`.
 * `turn:` without transport means UDP; `turns:` means TLS over TCP. `turns` with
 * `transport=udp` would be DTLS, which the probe does not speak, so it is refused.
 */
function parseTurnUri(uri, names) {
    const fail = (problem) => {
        throw new ProbeOptionError('uri', `'${uri}' ${problem}`, EXAMPLE, names);
    };
    const match = /^(stuns?|turns?):(\[[^\]]*\]|[^:?[\]/]*)(?::([^?]*))?(?:\?(.*))?$/i.exec(uri.trim());
    if (!match)
        return fail('is not a STUN/TURN URI (scheme:host[:port][?transport=udp|tcp])');
    const scheme = match[1].toLowerCase();
    const rawHost = match[2];
    const host = rawHost.startsWith('[') ? rawHost.slice(1, -1) : rawHost;
    if (hasZoneId(host))
        fail(ZONE_ID_PROBLEM);
    if (!isHostOrIp(rawHost))
        fail(`has no valid host ('${host}')`);
    const secure = scheme.endsWith('s');
    let port = secure ? DEFAULT_TLS_PORT : DEFAULT_PORT;
    if (match[3] !== undefined) {
        if (!/^\d{1,5}$/.test(match[3]) || Number(match[3]) < 1 || Number(match[3]) > 65535) {
            fail(`has port '${match[3]}' outside 1-65535`);
        }
        port = Number(match[3]);
    }
    let transport = secure ? 'tls' : 'udp';
    if (match[4] !== undefined) {
        if (scheme.startsWith('stun'))
            fail('has a query, but stun: URIs take none (RFC 7064)');
        const query = /^transport=(udp|tcp)$/i.exec(match[4]);
        if (!query)
            fail(`has query '${match[4]}'; only transport=udp or transport=tcp is defined`);
        const requested = query[1].toLowerCase();
        if (secure && requested === 'udp')
            fail('asks for turns over UDP (DTLS), which the probe does not support');
        transport = secure ? 'tls' : requested;
    }
    return { scheme, host, port, transport };
}

;// CONCATENATED MODULE: ./src/probe/index.ts










;// CONCATENATED MODULE: ./src/pipeline/probe-plan.ts






/** The action's name for each probe option, so the probe's errors and hints name the input. */
const PROBE_INPUT_NAMES = {
    host: 'probe-host',
    port: 'probe-port',
    tlsPort: 'tls-ports',
    transports: 'probe-transports',
    checks: 'probe',
    credentials: 'turn-secret',
    username: 'turn-username',
    password: 'turn-password',
    secret: 'turn-secret',
    realm: 'turn-realm',
    expectedRelayIp: 'ipv4',
    healthUrl: 'health-url',
    healthToken: 'health-token',
    fishjamUrl: 'fishjam-url',
    fishjamAllowLivePeers: 'fishjam-allow-live-peers',
    timeout: 'probe-timeout',
    interval: 'probe-interval',
    successes: 'probe-successes',
    hold: 'probe-hold'
};
/**
 * The transports probed and given to clients: the input, else the preset's (coturn: udp, tcp,
 * tls), else udp. A preset's 'tls' needs a TLS port; one the user asked for fails without one.
 */
function plannedTransports(settings, tlsPorts) {
    const preset = (0,src_config/* presetFor */.hK)(settings.preset);
    if (settings.probeTransports === undefined) {
        const defaults = preset?.probe.transports ?? ['udp'];
        return tlsPorts.length > 0 ? defaults : defaults.filter((t) => t !== 'tls');
    }
    if (settings.probeTransports.includes('tls') && tlsPorts.length === 0) {
        throw new src_errors/* InputError */.dz('probe-transports', "lists 'tls', but no TLS port is rendered: set 'tls-ports' (Fly's edge terminates TLS there), or drop 'tls'", 'udp, tcp');
    }
    return settings.probeTransports;
}
/**
 * Transports, the TLS port and the name TLS asks for. Fly's edge has a certificate for the app's
 * name, never for an address: SNI and the certificate check use the hostname whatever address
 * is probed, as a browser given the turns: URL would.
 */
function transportOptions(settings, target) {
    const transports = plannedTransports(settings, target.tlsPorts);
    return {
        transports,
        tlsPort: transports.includes('tls') ? target.tlsPorts[0] : undefined,
        tls: (0,probe_host/* isHostName */.uy)(target.hostname) ? { servername: target.hostname } : undefined
    };
}
function streakAndHold(settings) {
    return { successes: settings.probeSuccesses, holdMs: settings.probeHoldMs };
}
/** Undefined when there is nothing to probe (`probe: none`, or `auto` with nothing to check). */
function planProbe(settings, target, logger, startedAt) {
    const preset = (0,src_config/* presetFor */.hK)(settings.preset);
    const checks = settings.probeChecks ?? autoChecks(preset, settings, target);
    if (checks.length === 0)
        return undefined;
    // HTTP and Fishjam checks go to their URLs; the STUN/TURN checks need an address to send to.
    const httpOnly = checks.every((check) => check === 'http' || check === 'fishjam');
    const host = settings.probeHost ?? target.ipv4 ?? (httpOnly ? target.hostname : undefined);
    if (host === undefined) {
        throw new src_errors/* InputError */.dz('probe-host', 'is required: the app has no public IPv4 to probe', '203.0.113.7');
    }
    const secret = (name) => name === undefined ? undefined : settings.secrets.find((s) => s.name === name)?.value;
    const healthUrl = settings.healthUrl ?? preset?.probe.healthUrl;
    const fishjamUrl = settings.fishjamUrl ?? preset?.probe.fishjamUrl;
    // Fishjam's API token: the health check's, else the preset's secret, else FJ_SERVER_API_TOKEN.
    const tokenSecret = preset?.probe.healthTokenSecret ??
        (checks.includes('fishjam') ? 'FJ_SERVER_API_TOKEN' : undefined);
    const options = {
        host,
        port: settings.probePort,
        ...transportOptions(settings, target),
        checks,
        credentials: credentialsFor(settings, preset, secret),
        realm: settings.turnRealm,
        // The relayed address must be the public one only when we probe that very address.
        expectedRelayIp: host === target.ipv4 ? target.ipv4 : undefined,
        healthUrl: healthUrl === undefined ? undefined : (0,src_config/* fillPlaceholders */.Ct)(healthUrl, target, 'health-url'),
        healthToken: settings.healthToken ?? secret(tokenSecret),
        fishjamUrl: fishjamUrl === undefined ? undefined : (0,src_config/* fillPlaceholders */.Ct)(fishjamUrl, target, 'fishjam-url'),
        // Right after a deploy the node has no peers; only `command: probe` meets a live server.
        fishjamAllowLivePeers: settings.command !== 'probe' || settings.fishjamAllowLivePeers,
        timeoutMs: settings.probeTimeoutMs,
        intervalMs: settings.probeIntervalMs,
        ...streakAndHold(settings),
        // A server that relays for anyone fails the run, unless the user chose one.
        failOnOpenRelay: !settings.allowOpenRelay,
        startedAt,
        logger,
        names: PROBE_INPUT_NAMES
    };
    requireProbeCredentials(options, preset, settings.healthUrl === undefined);
    return options;
}
function autoChecks(preset, settings, target) {
    if (preset)
        return preset.probe.checks;
    // Any STUN/TURN image: a Binding on the probed port, when that port is exposed over UDP.
    return (0,src_config/* exposesPort */.Fm)(target.udpRanges, settings.probePort) || settings.probeHost !== undefined
        ? ['stun']
        : [];
}
/**
 * What each raw transport needs the rendered config to expose on the app's own address ('tls'
 * needs a TLS port, which plannedTransports already demands).
 */
function exposureProblem(transport, port, built) {
    if (transport === 'tls')
        return undefined;
    const ranges = transport === 'udp' ? built.udpRanges : built.tcpRanges;
    if (ranges.length === 0) {
        return {
            input: 'probe-transports',
            problem: `'${transport}' needs a ${transport.toUpperCase()} service, and the rendered fly.toml has none`
        };
    }
    if ((0,src_config/* exposesPort */.Fm)(ranges, port))
        return undefined;
    return {
        input: 'probe-port',
        problem: `${port} is not among the ${transport.toUpperCase()} ports the rendered fly.toml exposes (${ranges.map(src_config/* formatPortRange */.QM).join(', ')})`
    };
}
/**
 * When the probe will talk to the app's own address, every transport it uses must reach a port
 * the rendered config exposes; otherwise the run would deploy and then wait out probe-timeout.
 */
function checkProbedPortsExposed(settings, built, ipv4Mode) {
    // Without a public IPv4 there is no own address to probe: planProbe asks for probe-host.
    if (settings.probeHost !== undefined || ipv4Mode === 'none')
        return;
    const preset = (0,src_config/* presetFor */.hK)(settings.preset);
    const target = { app: '', hostname: '', udpRanges: built.udpRanges, tlsPorts: built.tlsPorts };
    const checks = settings.probeChecks ?? autoChecks(preset, settings, target);
    // Only the STUN/TURN checks use probe-port and probe-transports (fishjam has its own ports).
    if (!checks.some((check) => check === 'stun' || check === 'turn' || check === 'relay'))
        return;
    for (const transport of plannedTransports(settings, built.tlsPorts)) {
        const found = exposureProblem(transport, settings.probePort, built);
        if (found) {
            throw new src_errors/* InputError */.dz(found.input, found.problem, found.input === 'probe-port' ? '3478' : 'udp');
        }
    }
}
/**
 * Checks the probe's inputs before any side effect, with a stand-in for the address that is not
 * known yet (none at all when `ipv4: none` means there will be none).
 */
function validateProbePlan(settings, target, ipv4Mode) {
    const ipv4 = ipv4Mode === 'none' ? undefined : STAND_IN_IPV4;
    const options = planProbe(settings, { ...target, ipv4 }, silentLogger, Date.now());
    if (options)
        checkProbeOptions(options);
}
async function probeDeployment(settings, target, logger) {
    const options = planProbe(settings, target, logger, Date.now());
    if (!options) {
        logger.info('No readiness probe (probe: none, or nothing to check for this preset)');
        return undefined;
    }
    logger.info(`Probing ${probeScope(options)} for up to ${Math.round(options.timeoutMs / 1000)} s`);
    const report = await waitForReady(options);
    logger.info(report.summary);
    if (report.diagnostic)
        logger.warn(report.diagnostic);
    for (const warning of report.warnings)
        logger.warn(warning);
    return { options, report };
}
/** What a probe checks, where: "stun at 203.0.113.7:3478 over udp; http at https://x/health". */
function probeScope(o) {
    const where = (url) => {
        const parsed = new URL(url ?? 'http://x');
        return `${parsed.origin}${parsed.pathname}`;
    };
    const stunChecks = o.checks.filter((c) => c === 'stun' || c === 'turn' || c === 'relay');
    const parts = [];
    if (stunChecks.length > 0) {
        parts.push(`${stunChecks.join(', ')} at ${o.host}:${o.port} over ${o.transports.join(', ')}`);
    }
    if (o.checks.includes('http'))
        parts.push(`http at ${where(o.healthUrl)}`);
    if (o.checks.includes('fishjam')) {
        parts.push(`fishjam: a WebRTC peer via ${where(o.fishjamUrl)} to its TURN port over UDP`);
    }
    return parts.join('; ');
}
/** The probe's own validation, its errors told as the action's input errors. */
function checkProbeOptions(options) {
    try {
        (0,validate/* validateProbeOptions */.p7)(options);
    }
    catch (error) {
        if (!(error instanceof option_names/* ProbeOptionError */.WB))
            throw error;
        const input = PROBE_INPUT_NAMES[error.field] ?? error.field;
        throw new src_errors/* InputError */.dz(input, error.problem, error.example);
    }
}

;// CONCATENATED MODULE: ./src/pipeline/prepare-config.ts
/**
 * Steps 6 and 7: the config built from the preset, the inputs and the user's fly.toml before
 * anything changes on Fly (so a bad config or a fatal lint stops the run first), then resolved
 * with the address and written to a temporary file, never over the user's file.
 */







/** The config of `app` in `region` (a fleet member's own region; else the `region` input). */
async function prepareConfig(settings, app, region = settings.region, logger = silentLogger) {
    const user = settings.configPath === undefined ? undefined : await readUserConfig(settings.configPath);
    const secretNames = settings.secrets.map((s) => s.name);
    const built = (0,src_config/* buildConfig */.fD)({
        app,
        region,
        preset: settings.preset,
        baseToml: user?.text,
        baseTomlPath: user?.path,
        image: settings.image === 'current' ? undefined : settings.image,
        env: settings.env,
        udpPorts: settings.udpPorts,
        tcpPorts: settings.tcpPorts,
        tlsPorts: settings.tlsPorts,
        turnPort: settings.probePort,
        httpPort: settings.httpPort,
        vm: settings.vm,
        secretNames
    });
    const ipv4Mode = (0,src_config/* decideIpv4Mode */.Z4)(settings.ipv4, built);
    checkBeforeAnyCall(settings, built, ipv4Mode, app);
    const findings = (0,src_config/* lintConfig */.iv)(built.config, {
        ipv4: ipv4Mode,
        ha: settings.ha,
        allowOpenRelay: settings.allowOpenRelay
    });
    const warnings = findings.filter((f) => f.severity === 'warning');
    // As annotations now: a run that fails later still shows them where people look first.
    for (const warning of warnings)
        logger.warn(warning.message);
    const errors = findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) {
        throw new src_errors/* ActionError */.lZ('config', `The fly.toml would not work on Fly:\n${errors.map((f) => `- ${f.message}`).join('\n')}`, {
            hint: 'fix the keys named above in your config (or the inputs that set them); nothing was changed on Fly'
        });
    }
    checkProbedPortsExposed(settings, built, ipv4Mode);
    return {
        built,
        ipv4Mode,
        warnings,
        unsetSecrets: (0,src_config/* missingRequiredSecrets */.l1)(settings.preset, secretNames)
    };
}
/**
 * The action's own directory in the runner's temp directory, never the workspace: flyctl runs
 * here, so a ./fly.toml of the job's workspace (broken or of another app) is not parsed by every
 * call (fly-platform.md §3), and it holds no fly.toml itself.
 */
function workDirectory(env) {
    return external_node_path_default().resolve(env.RUNNER_TEMP ?? '.', 'fly-webrtc-deploy');
}
/** Where the rendered fly.toml of an app goes (flyctl deploys from this directory). */
function configDirectory(env, app) {
    return external_node_path_default().join(workDirectory(env), app);
}
/**
 * Resolves {ipv4} {app} {hostname}, writes the image the deploy passes as `--image` into
 * `[build] image` (so the file shown and the release agree, `image: current` included), writes
 * `[build]` paths relative to the file's own directory (as flyctl reads them), and writes the
 * file flyctl deploys. Returns its path and text.
 */
async function writeConfig(prepared, values, image, directory) {
    const config = (0,src_config/* resolvePlaceholders */.PR)(prepared.built.config, values);
    if (image !== undefined)
        config.build = { ...config.build, image };
    (0,src_config/* relativeBuildPaths */.j1)(config, external_node_path_default().resolve(directory));
    const toml = (0,src_config/* renderToml */.ls)(config);
    await (0,promises_.mkdir)(directory, { recursive: true });
    const file = external_node_path_default().join(directory, 'fly.toml');
    await (0,promises_.writeFile)(file, toml, 'utf8');
    return { path: file, toml };
}
/**
 * The user's fly.toml, read as flyctl reads `--config`: the path itself, or `fly.toml` inside it
 * when it is a directory.
 */
async function readUserConfig(file) {
    const problem = (error) => new src_errors/* InputError */.dz('config', `cannot read '${file}': ${error.code ?? String(error)}`, 'fly.toml');
    try {
        return { path: file, text: await (0,promises_.readFile)(file, 'utf8') };
    }
    catch (error) {
        if (error.code !== 'EISDIR')
            throw problem(error);
    }
    const inside = external_node_path_default().join(file, 'fly.toml');
    try {
        return { path: inside, text: await (0,promises_.readFile)(inside, 'utf8') };
    }
    catch (error) {
        throw problem(error);
    }
}
/** The deploy the inputs ask for, with the rendered config and the image decided. */
function deployRequestFor(settings, app, rendered, image) {
    return {
        app,
        configPath: rendered.path,
        image,
        // Absolute: flyctl runs in the action's own directory, not in the workspace.
        buildPath: external_node_path_default().resolve(settings.path),
        strategy: settings.strategy,
        waitTimeoutMs: settings.waitTimeoutMs,
        ha: settings.ha,
        publicIps: rendered.ipv4Mode !== 'none',
        deployArgs: settings.deployArgs
    };
}

;// CONCATENATED MODULE: ./src/pipeline/fleet.ts
/**
 * A fleet: one app per listed region, each with its own dedicated IPv4 and one machine, because
 * Fly routes all of an app's UDP to one instance at a time (fly-platform.md §1): more machines in
 * one app add no TURN capacity and no second region. Without `regions` the "fleet" is the one app.
 */





/** How many members deploy (and probe) at once: enough for a handful of regions in one wave. */
const FLEET_CONCURRENCY = 4;
function isFleet(settings) {
    return settings.regions.length > 0;
}
/** `<app>-<region>` per region (for a preview `<app>-pr-<n>-<region>`), in the listed order. */
function fleetMembers(settings, target) {
    if (!isFleet(settings))
        return [{ region: settings.region, app: target.app }];
    return settings.regions.map((region) => ({
        region,
        app: target.pr
            ? (0,naming/* previewAppName */.Zu)(settings.app ?? '', target.pr.number, region)
            : `${target.app}-${region}`
    }));
}
/**
 * Steps 6 and 7 for every member, before anything changes on Fly: config, lint and the probe's
 * inputs fail here, for all members, or not at all.
 */
async function prepareMembers(settings, target, logger) {
    const members = [];
    // Lint warnings are logged as lint finds them; the members of a fleet share most of them.
    const once = logger && warningsOnce(logger);
    for (const member of fleetMembers(settings, target)) {
        const hostname = appHostname(member.app);
        const prepared = await prepareConfig(settings, member.app, member.region, once);
        const { udpRanges, tlsPorts } = prepared.built;
        const probeTarget = { app: member.app, hostname, udpRanges, tlsPorts };
        validateProbePlan(settings, probeTarget, prepared.ipv4Mode);
        // Last: the inputs' own problems read better than a missing Dockerfile they may explain.
        await checkBuildContext(settings, prepared.built);
        members.push({ member, hostname, prepared, probeTarget });
    }
    return members;
}
/** The logger, except that a warning already logged is not logged again. */
function warningsOnce(logger) {
    const seen = new Set();
    return {
        ...logger,
        warn: (message) => {
            if (!seen.has(message))
                logger.warn(message);
            seen.add(message);
        }
    };
}
/** Runs `work` for every item, at most `limit` at a time; results keep the items' order. */
async function mapConcurrently(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}
/** Every line of a member's log starts with its region, so concurrent members stay readable. */
function memberLogger(logger, member, fleet) {
    if (!fleet)
        return logger;
    const tag = `[${member.region}] `;
    return {
        info: (message) => logger.info(tag + message),
        warn: (message) => logger.warn(tag + message),
        debug: (message) => logger.debug(tag + message)
    };
}

;// CONCATENATED MODULE: ./src/fly/deploy.ts
/**
 * Step 9: `flyctl deploy` with the rendered config, the new release read from the line that
 * FLY_EMIT_RELEASE_JSON=1 adds, then `status --json` to confirm the machines run that release
 * (flyctl can exit 0 while the new release is not what serves).
 */




const CONFIRM_ATTEMPTS = 3;
const CONFIRM_PAUSE_MS = 2_000;
async function deployRelease(fly, request, logger, timeoutOverrideMs) {
    logger.info(`Watch the deployment at https://fly.io/apps/${request.app}/monitoring`);
    // No kill timer of our own unless FLY_WEBRTC_CALL_TIMEOUT asks for one: flyctl waits up to
    // wait-timeout for each machine to start and again for its checks, batch after batch, after a
    // build of any length (fly-platform.md §3), and it ends every such wait itself (exit 126).
    const result = await fly.run(deployArgv(request), {
        env: { FLY_EMIT_RELEASE_JSON: '1' },
        long: true,
        timeoutMs: timeoutOverrideMs,
        cwd: external_node_path_default().dirname(request.configPath)
    });
    const emitted = findDeployedRelease(result.stdout);
    const status = await confirmRelease(fly, request.app, emitted?.version, logger);
    const release = emitted ?? {
        id: '',
        version: status.version,
        imageRef: status.machines[0]?.image ?? request.image ?? ''
    };
    return { release, status };
}
/** Reads `status --json` until every machine runs `version`, a few times, then fails. */
async function confirmRelease(fly, app, version, logger, pauseMs = CONFIRM_PAUSE_MS) {
    for (let attempt = 1;; attempt++) {
        const status = await fly.json(statusArgv(app), parseStatus, { readOnly: true });
        const expected = version ?? status.version;
        const running = status.machines.filter((m) => m.state === 'started' || m.state === 'running');
        // Older than ours means ours has not taken over; newer means a concurrent deploy superseded it.
        const stale = status.machines.filter((m) => m.releaseVersion === undefined || m.releaseVersion < expected);
        const newer = status.machines.filter((m) => m.releaseVersion !== undefined && m.releaseVersion > expected);
        if (running.length > 0 && stale.length === 0) {
            if (newer.length > 0) {
                logger.warn(`Release v${expected} was superseded by v${newer[0].releaseVersion} from a concurrent deploy; the probe checks what serves now`);
            }
            return status;
        }
        if (attempt >= CONFIRM_ATTEMPTS) {
            const seen = [
                ...new Set(status.machines.map((m) => m.releaseVersion === undefined ? 'unknown' : `v${m.releaseVersion}`))
            ];
            throw new src_errors/* ActionError */.lZ('command-failed', running.length === 0
                ? `flyctl deploy exited 0, but no machine of ${app} is running`
                : `flyctl deploy reported release v${expected}, but machines run ${seen.join(', ')}`, {
                hint: `the new release is not what serves; see \`fly status -a ${app}\` and \`fly logs -a ${app}\``
            });
        }
        logger.info(`Waiting for machines to report release v${expected} (check ${attempt} of ${CONFIRM_ATTEMPTS})`);
        await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
}

;// CONCATENATED MODULE: ./src/fly/destroy.ts
/**
 * Tearing an app down: `apps destroy`, which deletes the app's IP addresses with it (fly-platform.md
 * §3, flyctl:internal/command/apps/destroy.go:76-104), so releasing them first would only be an
 * extra call. The addresses the lookup saw are reported as gone with the app. Something already
 * gone is a success that says so.
 */



/** Addresses the app held on its own: dedicated IPv4 (billed) and IPv6. */
const OWN_ADDRESSES = new Set(['v4', 'v6']);
async function destroyApp(fly, app, logger) {
    const found = await lookUpApp(fly, app);
    if (!found.exists) {
        logger.info(`App ${app} does not exist (already destroyed); nothing to do`);
        return { app, existed: false, releasedAddresses: [] };
    }
    const addresses = found.ips.filter((ip) => OWN_ADDRESSES.has(ip.type)).map((ip) => ip.address);
    try {
        await fly.run(appsDestroyArgv(app));
    }
    catch (error) {
        // A concurrent close may have destroyed it between our lookup and now.
        if (error instanceof src_errors/* ActionError */.lZ && error.kind === 'not-found') {
            return { app, existed: true, releasedAddresses: addresses };
        }
        throw error;
    }
    const gone = addresses.length > 0 ? `, and with it ${addresses.join(', ')}` : '';
    logger.info(`Destroyed app ${app}${gone}`);
    return { app, existed: true, releasedAddresses: addresses };
}

;// CONCATENATED MODULE: ./src/fly/releases.ts
/** Releases: the image of the running release (`image: current`) and the one before it (rollback). */



async function listReleases(fly, app) {
    const releases = await fly.json(releasesArgv(app), parseReleases, { readOnly: true });
    return releases.sort((a, b) => b.version - a.version);
}
/** The image of the newest complete release, for a redeploy without a build. */
async function currentImage(fly, app, exists) {
    const release = exists
        ? (await listReleases(fly, app)).find((r) => r.status === 'complete' && r.imageRef !== '')
        : undefined;
    if (!release) {
        throw new src_errors/* ActionError */.lZ('invalid-input', `Input 'image': 'current' needs a running release, and ${app} ${exists ? 'has none' : 'does not exist'}`, {
            hint: 'deploy once with an image or a build first; `current` is for redeploys'
        });
    }
    return release.imageRef;
}
/**
 * What a rollback redeploys: the newest complete release older than the failed one whose image
 * differs from the failed image (redeploying the same image would change nothing).
 */
function previousRelease(releases, failed) {
    return [...releases]
        .sort((a, b) => b.version - a.version)
        .find((r) => r.version < failed.version &&
        r.status === 'complete' &&
        r.imageRef !== '' &&
        r.imageRef !== failed.imageRef);
}

;// CONCATENATED MODULE: ./src/pipeline/on-failure.ts
/**
 * Step 11: what happens when the probe fails after a deploy. `fail` stops; `rollback` redeploys
 * the previous release's image and probes again (the job fails either way, with both results);
 * `destroy` removes a failed preview.
 */




async function handleProbeFailure(fly, settings, rollout, target, logger, deployTimeoutMs) {
    const { request, deployed: failed } = rollout;
    if (settings.onFailure === 'fail')
        return { action: 'none' };
    if (settings.onFailure === 'destroy') {
        const destroyed = await destroyApp(fly, request.app, logger);
        return { action: 'destroyed', releasedAddresses: destroyed.releasedAddresses };
    }
    const previous = previousRelease(await listReleases(fly, request.app), failed.release);
    if (!previous) {
        logger.warn(`No earlier complete release of ${request.app} with another image than ${failed.release.imageRef} to roll back to`);
        return { action: 'no-previous-release' };
    }
    logger.info(`Rolling back to release v${previous.version}: ${previous.imageRef}`);
    const deployed = await deployRelease(fly, { ...request, image: previous.imageRef }, logger, deployTimeoutMs);
    const probe = await probeDeployment(settings, target, logger);
    return { action: 'rolled-back', image: previous.imageRef, deployed, probe };
}

// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(9805);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(4942);
;// CONCATENATED MODULE: ./src/fly/http.ts
/**
 * HTTP for the flyctl installer's release lookups, made the way the runner makes requests:
 * through @actions/http-client, the toolkit's client that @actions/tool-cache downloads with,
 * which honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY as self-hosted runners behind a proxy need
 * (Node 20's global fetch ignores them).
 */

const TIMEOUT_MS = 15_000;
/** The body of a 200 answer; anything else, or no answer, throws. */
async function getText(url, headers) {
    // A client per request, nothing kept alive: no socket outlives the lookup.
    const client = new lib/* HttpClient */.Qq('fly-webrtc-deploy', undefined, {
        socketTimeout: TIMEOUT_MS,
        allowRetries: false,
        keepAlive: false
    });
    try {
        const response = await client.get(url, headers);
        const body = await response.readBody();
        if (response.message.statusCode !== 200)
            throw new Error(`HTTP ${response.message.statusCode}`);
        return body;
    }
    finally {
        client.dispose();
    }
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
/** An error as one line, with the reason some errors keep in their cause (ECONNREFUSED). */
function messageOf(error) {
    if (!(error instanceof Error))
        return String(error);
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
}

;// CONCATENATED MODULE: ./src/fly/checksum.ts
/**
 * The SHA-256 check of a downloaded flyctl archive against the release's checksums file
 * (goreleaser's `sha256sum` format), when the release publishes one.
 */



/**
 * Checks the archive against the release's checksums file when there is one: goreleaser's
 * default name first (flyctl_<ver>_checksums.txt), then the older checksums.txt.
 */
async function verifyChecksum(archive, releaseUrl, version, asset, logger, 
/** A small file of the release as text; undefined when the release has none (404). */
downloadText) {
    const actual = await sha256File(archive);
    const names = [`flyctl_${version}_checksums.txt`, 'checksums.txt'];
    for (const name of names) {
        const text = await downloadText(`${releaseUrl}/${name}`);
        if (text === undefined)
            continue;
        const expected = checksumFor(text, asset.archive);
        if (expected === undefined) {
            logger.warn(`${name} of flyctl ${version} does not list ${asset.archive}; not verified`);
            return;
        }
        if (expected !== actual) {
            throw new src_errors/* ActionError */.lZ('bad-output', `SHA-256 of ${asset.archive} is ${actual}, but ${name} of the release says ${expected}`, {
                hint: 'the download is corrupt or was tampered with; re-run the job, and if it persists, pin another flyctl-version'
            });
        }
        logger.info(`Verified SHA-256 of ${asset.archive} against ${name}`);
        return;
    }
    logger.info(`flyctl ${version} publishes no checksums file (tried ${names.join(', ')}); SHA-256 ${actual} not verified`);
}
/** The SHA-256 the `sha256sum`-style checksums text gives for one file name. */
function checksumFor(text, fileName) {
    for (const line of text.split(/\r?\n/)) {
        const match = /^([0-9a-fA-F]{64})\s+\*?(.+?)\s*$/.exec(line.trim());
        if (match && match[2] === fileName)
            return match[1].toLowerCase();
    }
    return undefined;
}
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        hash.update(chunk);
    return hash.digest('hex');
}

// EXTERNAL MODULE: ./src/fly/version.ts
var fly_version = __webpack_require__(241);
;// CONCATENATED MODULE: ./src/fly/latest.ts
/**
 * `flyctl-version: latest`: which release is the newest. Fly's release API first (the endpoint
 * install.sh and setup-flyctl use), GitHub's releases API when that fails; both through the
 * runner's proxy settings (fly/http.ts).
 */



async function resolveLatestVersion(lookup) {
    const { os, assetArch, logger } = lookup;
    const flyUrl = `${trimSlash(lookup.releaseApiBase)}/app/flyctl_releases/${os}/${assetArch}/latest`;
    let flyProblem;
    try {
        const version = versionFromReleaseAnswer(await getText(flyUrl, {}));
        logger.info(`Latest flyctl is ${version} (Fly release API)`);
        return version;
    }
    catch (error) {
        flyProblem = messageOf(error);
    }
    logger.warn(`Fly's release API did not name the latest flyctl (${flyProblem}); asking GitHub`);
    const githubUrl = `${trimSlash(lookup.githubApiBase)}/repos/superfly/flyctl/releases/latest`;
    try {
        const body = await getText(githubUrl, { Accept: 'application/vnd.github+json' });
        const tag = JSON.parse(body).tag_name;
        const version = typeof tag === 'string' ? tag.replace(/^v/, '') : '';
        if (!fly_version/* EXACT_VERSION */.XO.test(version))
            throw new Error(`unexpected tag_name ${JSON.stringify(tag)}`);
        logger.info(`Latest flyctl is ${version} (GitHub releases)`);
        return version;
    }
    catch (error) {
        throw new src_errors/* ActionError */.lZ('transient', `could not find the latest flyctl: ${flyUrl}: ${flyProblem}; ${githubUrl}: ${messageOf(error)}`, {
            hint: `set flyctl-version to an exact version, such as ${fly_version/* PINNED_FLYCTL_VERSION */.NC}`,
            cause: error
        });
    }
}
/**
 * Fly's release API answers with the download URL as plain text (install.sh), or with JSON
 * {version, download_url} when asked for JSON (flyctl's updater); both are understood.
 */
function versionFromReleaseAnswer(body) {
    const text = body.trim();
    if (text === '')
        throw new Error('empty answer');
    let version;
    if (text.startsWith('{')) {
        const answer = JSON.parse(text);
        if (typeof answer.version === 'string')
            version = answer.version.replace(/^v/, '');
        else if (typeof answer.download_url === 'string')
            version = versionInUrl(answer.download_url);
    }
    else {
        version = versionInUrl(text);
    }
    if (version === undefined || !fly_version/* EXACT_VERSION */.XO.test(version)) {
        throw new Error('no flyctl version in the answer');
    }
    return version;
}
function versionInUrl(url) {
    return /\/releases\/download\/v([^/\s]+)\//.exec(url)?.[1];
}

;// CONCATENATED MODULE: ./src/fly/install.ts
/**
 * Installs flyctl: the pinned or requested release through @actions/tool-cache, or the flyctl
 * already on PATH. The caller gets the absolute path of the binary and passes it to the flyctl
 * client; nothing here touches PATH.
 *
 * - An exact version (`0.4.87`, `v0.4.87`) looks in the tool cache first and makes no network
 *   call on a hit; on a miss it downloads the GitHub release asset, never asking Fly's API.
 * - `latest` asks Fly's release API (the endpoint install.sh and setup-flyctl use) and, when it
 *   fails, GitHub's releases API.
 * - When the release publishes a checksums file, the archive's SHA-256 must match it.
 * - `system` uses `flyctl` (or `fly`) from PATH and asks it for its version.
 *
 * Facts: shared/reference/flyctl.md §1 (release assets, release API) and toolchain.md §4.
 */










const TOOL_NAME = 'flyctl';
/** The asset names of one flyctl release for a platform and a Node architecture. */
function flyctlReleaseAsset(version, platform, arch) {
    const { os, assetArch } = releasePlatform(platform, arch);
    const extension = os === 'Windows' ? 'zip' : 'tar.gz';
    return {
        os,
        arch: assetArch,
        archive: `flyctl_${version}_${os}_${assetArch}.${extension}`,
        binary: os === 'Windows' ? 'flyctl.exe' : 'flyctl'
    };
}
// How flyctl's releases (and the release API's path) spell Node's platforms and architectures.
const RELEASE_OS = {
    linux: 'Linux',
    darwin: 'macOS',
    win32: 'Windows'
};
const RELEASE_ARCH = { x64: 'x86_64', arm64: 'arm64' };
function releasePlatform(platform, arch) {
    const os = RELEASE_OS[platform];
    const assetArch = RELEASE_ARCH[arch];
    if (os === undefined || assetArch === undefined) {
        throw new src_errors/* ActionError */.lZ('config', `flyctl publishes no release for ${platform}/${arch}`, {
            hint: "run on Linux, macOS or Windows on x64 or arm64, or use flyctl-version: 'system'"
        });
    }
    return { os, assetArch };
}
async function installFlyctl(o) {
    const logger = o.logger ?? silentLogger;
    const wanted = (0,fly_version/* normalizeFlyctlVersion */.ej)(o.version);
    const platform = o.platform ?? process.platform;
    if (wanted === 'system')
        return useSystemFlyctl(platform, logger);
    const arch = o.arch ?? process.arch;
    releasePlatform(platform, arch); // an unknown platform fails before any request
    requireRunnerDirectories();
    const version = wanted === 'latest'
        ? await resolveLatestVersion({
            ...releasePlatform(platform, arch),
            releaseApiBase: o.releaseApiBase ?? 'https://api.fly.io',
            githubApiBase: o.githubApiBase ?? 'https://api.github.com',
            logger
        })
        : wanted;
    const asset = flyctlReleaseAsset(version, platform, arch);
    // The tool cache is keyed by the asset's architecture name (x86_64), as setup-flyctl keys it,
    // so a runner that already ran setup-flyctl for this version hits the same entry.
    const cachedDir = tool_cache/* find */.I6(TOOL_NAME, version, asset.arch);
    if (cachedDir && (await install_isFile(external_node_path_.join(cachedDir, asset.binary)))) {
        logger.info(`flyctl ${version} found in the tool cache: ${cachedDir}`);
        return {
            path: external_node_path_.join(cachedDir, asset.binary),
            version,
            cached: true,
            source: 'tool-cache'
        };
    }
    const releaseUrl = `${trimSlash(o.githubBase ?? 'https://github.com')}/superfly/flyctl/releases/download/v${version}`;
    const toolDir = await downloadAndCache(releaseUrl, version, asset, logger);
    // No `flyctl version` check here: the checksum already vouches for the archive, and every
    // flyctl start counts against the run's call budget (hosted runners download on every job).
    return { path: external_node_path_.join(toolDir, asset.binary), version, cached: false, source: 'download' };
}
// ---------------------------------------------------------------------------------------------
// Download, verify, cache
async function downloadAndCache(releaseUrl, version, asset, logger) {
    const archiveUrl = `${releaseUrl}/${asset.archive}`;
    logger.info(`Downloading flyctl ${version} from ${archiveUrl}`);
    const archive = await downloadArchive(archiveUrl, version);
    let extracted;
    try {
        await verifyChecksum(archive, releaseUrl, version, asset, logger, downloadText);
        extracted = asset.archive.endsWith('.zip')
            ? await tool_cache/* extractZip */.JE(archive)
            : await tool_cache/* extractTar */.nN(archive);
        if (!(await install_isFile(external_node_path_.join(extracted, asset.binary)))) {
            throw new src_errors/* ActionError */.lZ('bad-output', `${asset.archive} does not contain ${asset.binary}`, {
                hint: 'the release layout may have changed; pin another flyctl-version'
            });
        }
        const toolDir = await tool_cache/* cacheDir */.e8(extracted, TOOL_NAME, version, asset.arch);
        logger.info(`flyctl ${version} cached in ${toolDir}`);
        return toolDir;
    }
    finally {
        await (0,promises_.rm)(archive, { force: true });
        if (extracted !== undefined)
            await (0,promises_.rm)(extracted, { recursive: true, force: true });
    }
}
async function downloadArchive(url, version) {
    try {
        return await tool_cache/* downloadTool */.bq(url);
    }
    catch (error) {
        if (error instanceof tool_cache/* HTTPError */.Hl && error.httpStatusCode === 404) {
            throw new src_errors/* ActionError */.lZ('not-found', `flyctl ${version} has no release asset at ${url} (404)`, {
                hint: 'check flyctl-version against https://github.com/superfly/flyctl/releases',
                cause: error
            });
        }
        throw new src_errors/* ActionError */.lZ('transient', `downloading ${url} failed: ${messageOf(error)}`, {
            hint: 're-run the job; GitHub release downloads fail now and then',
            cause: error
        });
    }
}
/** A small file of the release as text, or undefined when the release has no such file (404). */
async function downloadText(url) {
    let file;
    try {
        file = await tool_cache/* downloadTool */.bq(url);
    }
    catch (error) {
        if (error instanceof tool_cache/* HTTPError */.Hl && error.httpStatusCode === 404)
            return undefined;
        throw new src_errors/* ActionError */.lZ('transient', `downloading ${url} failed: ${messageOf(error)}`, {
            hint: 're-run the job',
            cause: error
        });
    }
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    finally {
        await (0,promises_.rm)(file, { force: true });
    }
}
// ---------------------------------------------------------------------------------------------
// system
async function useSystemFlyctl(platform, logger) {
    const names = platform === 'win32' ? ['flyctl.exe', 'fly.exe'] : ['flyctl', 'fly'];
    const binary = await findOnPath(names, process.env.PATH ?? '');
    if (binary === undefined) {
        throw new src_errors/* ActionError */.lZ('not-found', "flyctl-version is 'system', but neither flyctl nor fly is on PATH", {
            hint: `install it in an earlier step (superfly/flyctl-actions/setup-flyctl), or set flyctl-version to ${fly_version/* PINNED_FLYCTL_VERSION */.NC}`
        });
    }
    // The version stays unknown rather than cost a flyctl start (`flyctl version`) on every run.
    logger.info(`Using the flyctl on PATH: ${binary}`);
    return { path: binary, version: 'system', cached: false, source: 'system' };
}
/** The first executable file with one of these names on PATH, preferring earlier names. */
async function findOnPath(names, searchPath) {
    const directories = searchPath.split(external_node_path_.delimiter).filter((directory) => directory !== '');
    for (const name of names) {
        for (const directory of directories) {
            const candidate = external_node_path_.resolve(directory, name);
            if ((await install_isFile(candidate)) && (await isExecutable(candidate)))
                return candidate;
        }
    }
    return undefined;
}
function requireRunnerDirectories() {
    const missing = ['RUNNER_TEMP', 'RUNNER_TOOL_CACHE'].filter((name) => !process.env[name]);
    if (missing.length > 0) {
        throw new src_errors/* ActionError */.lZ('config', `installing flyctl needs ${missing.join(' and ')}`, {
            hint: "GitHub Actions sets both; elsewhere set them to writable directories, or use flyctl-version: 'system'"
        });
    }
}
async function install_isFile(file) {
    try {
        return (await (0,promises_.stat)(file)).isFile();
    }
    catch {
        return false;
    }
}
async function isExecutable(file) {
    try {
        await (0,promises_.access)(file, promises_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/pipeline/open-flyctl.ts
/**
 * Step 3: flyctl installed (or found) and wrapped in the typed client with the token, the masks
 * and the action's own working directory.
 */








async function openFlyctl(settings, env, logger) {
    return new Flyctl(await clientOptions(settings, env, logger));
}
/** The client `plan` uses: real reads, recorded writes (see fly/dry-run.ts). */
async function openDryRunFlyctl(settings, env, logger) {
    return new DryRunFlyctl(await clientOptions(settings, env, logger));
}
async function clientOptions(settings, env, logger) {
    const installed = await installFlyctl({
        version: settings.flyctlVersion ?? fly_version/* PINNED_FLYCTL_VERSION */.NC,
        logger
    });
    const cwd = workDirectory(env);
    await (0,promises_.mkdir)(cwd, { recursive: true });
    return {
        binary: installed.path,
        cwd,
        token: settings.apiToken ?? '',
        baseEnv: env,
        logger,
        secretValues: secretValuesOf(settings),
        timeoutMs: callTimeoutOverride(env)
    };
}
function secretValuesOf(settings) {
    return [
        ...settings.secrets.map((s) => s.value),
        settings.turnPassword,
        settings.turnSecret,
        settings.healthToken,
        settings.githubToken,
        ...(0,inputs/* buildSecretValues */.XF)(settings.deployArgs)
    ].filter((v) => v !== undefined && v !== '');
}
/**
 * FLY_WEBRTC_CALL_TIMEOUT (e.g. `30s`) caps every flyctl call, deploys included: for runners
 * that must fail fast rather than wait out Fly's own timeouts.
 */
function callTimeoutOverride(env) {
    const raw = env.FLY_WEBRTC_CALL_TIMEOUT;
    return raw ? (0,parse/* parseDuration */.E9)('FLY_WEBRTC_CALL_TIMEOUT', raw, '30s') : undefined;
}

;// CONCATENATED MODULE: ./src/fly/ips.ts
/**
 * Step 5: the addresses the config and the probe need, per the `ipv4` mode. For `dedicated`
 * (UDP or raw TCP), exactly one dedicated IPv4: reuse the oldest `v4`; otherwise allocate one,
 * then list again: when concurrent runs both allocated, every run keeps the oldest and the run
 * that made a younger one releases it, so the app ends with one paid address.
 *
 * Because the action allocates the IPv4 before the first deploy, flyctl's own first-deploy
 * provisioning sees an address and adds nothing, not even the IPv6 it gives a new app
 * (fly-platform.md §3, deploy_first.go:29-105). So a run that gives an app its public IPv4 also
 * gives it a dedicated IPv6, and so does a run on an app that is new (one it created, or adopted
 * from a run it raced), when the app serves TCP (raw, TLS and HTTP work over IPv6; UDP does not).
 * Duplicates from concurrent runs are released like those of the IPv4.
 */




function oldestOfType(ips, type) {
    return (ips
        .filter((ip) => ip.type === type)
        // By time (parsed: Fly mixes second and sub-second precision), then by ID, so that every run
        // that sees the same addresses picks the same one.
        .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
        a.id.localeCompare(b.id) ||
        a.address.localeCompare(b.address))[0]);
}
function publicIpv6(ips) {
    return oldestOfType(ips, 'v6')?.address;
}
function ensureAddress(fly, app, known, request, logger) {
    const ipv6 = {
        wanted: request.servesTcp && publicIpv6(known) === undefined,
        newApp: request.newApp
    };
    if (request.mode === 'dedicated')
        return ensureDedicatedIpv4(fly, app, known, ipv6, logger);
    if (request.mode === 'shared')
        return ensureSharedIpv4(fly, app, known, ipv6, logger);
    logger.info('ipv4: none: no public address is allocated');
    return Promise.resolve({ ipv6: publicIpv6(known), allocated: false, released: [] });
}
/** flyctl prints a new address in a table row: the first address of that family in it. */
function addressIn(stdout, family) {
    const isFamily = family === 'v4' ? external_node_net_.isIPv4 : external_node_net_.isIPv6;
    return stdout.split(/\s+/).find((word) => isFamily(word));
}
/** The address this run allocated: the one flyctl printed, else the one new one in the list. */
function mine(printed, type, known, after) {
    const appeared = after.filter((ip) => ip.type === type && !known.some((k) => k.address === ip.address));
    return printed ?? (appeared.length === 1 ? appeared[0].address : undefined);
}
async function ensureDedicatedIpv4(fly, app, known, ipv6, logger) {
    const existing = oldestOfType(known, 'v4');
    if (existing) {
        logger.info(`Reusing dedicated IPv4 ${existing.address}`);
        const reused = { ipv4: existing.address, allocated: false };
        // A new app adopted from a run it raced: that run's IPv6 may not be there yet.
        if (ipv6.wanted && ipv6.newApp)
            return { ...reused, ...(await addIpv6(fly, app, known, logger)) };
        return { ...reused, ipv6: publicIpv6(known), released: [] };
    }
    const withIpv6 = ipv6.wanted;
    const printedV4 = addressIn((await fly.run(allocateDedicatedIpv4Argv(app))).stdout, 'v4');
    const printedV6 = withIpv6 ? await allocateIpv6(fly, app) : undefined;
    const after = await fly.json(ipsListArgv(app), parseIpList, { readOnly: true });
    const keep = oldestOfType(after, 'v4');
    if (!keep) {
        throw new src_errors/* ActionError */.lZ('command-failed', `flyctl allocated an IPv4 for ${app}, but 'ips list' shows none`, {
            hint: 'run the job again; if it persists, check `fly ips list -a <app>`'
        });
    }
    const ownV4 = mine(printedV4, 'v4', known, after);
    const ownV6 = withIpv6 ? mine(printedV6, 'v6', known, after) : undefined;
    if (ownV4 === undefined) {
        logger.warn('Could not read the allocated address from flyctl; if several runs raced, extra IPv4s may remain (see `fly ips list`)');
    }
    const released = await releaseDuplicates(fly, app, after, { v4: ownV4, v6: ownV6 }, logger);
    if (ownV4 !== undefined && !released.includes(ownV4)) {
        logger.info(`Allocated dedicated IPv4 ${ownV4}`);
    }
    // This run paid for an address unless it released it as a duplicate.
    return {
        ipv4: keep.address,
        ipv6: publicIpv6(after),
        allocated: ownV4 === undefined || !released.includes(ownV4),
        released
    };
}
/**
 * The addresses this run made that a concurrent run made first (an older one of the same type
 * exists): only their maker releases them, in one call.
 */
async function releaseDuplicates(fly, app, after, own, logger) {
    const duplicates = ['v4', 'v6'].flatMap((type) => {
        const address = own[type];
        const keep = oldestOfType(after, type)?.address;
        return address !== undefined && keep !== undefined && address !== keep ? [address] : [];
    });
    if (duplicates.length === 0)
        return [];
    await fly.run(releaseIpsArgv(app, duplicates));
    logger.info(`Another run allocated first; released the duplicate ${duplicates.join(', ')}`);
    return duplicates;
}
async function allocateIpv6(fly, app) {
    return addressIn((await fly.run(allocateIpv6Argv(app))).stdout, 'v6');
}
/** A dedicated IPv6, then the list again: the oldest is kept, a younger one of ours released. */
async function addIpv6(fly, app, known, logger) {
    const printed = await allocateIpv6(fly, app);
    const after = await fly.json(ipsListArgv(app), parseIpList, { readOnly: true });
    const own = mine(printed, 'v6', known, after);
    const released = await releaseDuplicates(fly, app, after, { v6: own }, logger);
    return { ipv6: publicIpv6(after), released };
}
/**
 * `ipv4: shared`: the free shared address, allocated once; with it, as flyctl's first deploy
 * would, a dedicated IPv6 (listed again, so that concurrent runs keep one).
 */
async function ensureSharedIpv4(fly, app, known, ipv6, logger) {
    const shared = known.find((ip) => ip.type === 'shared_v4');
    let ipv4 = shared?.address;
    if (!shared) {
        ipv4 = addressIn((await fly.run(allocateSharedIpv4Argv(app))).stdout, 'v4');
        logger.info(`Allocated the shared IPv4${ipv4 ? ` ${ipv4}` : ''}`);
    }
    if (!ipv6.wanted || (shared && !ipv6.newApp)) {
        return { ipv4, ipv6: publicIpv6(known), allocated: false, released: [] };
    }
    return { ipv4, allocated: false, ...(await addIpv6(fly, app, known, logger)) };
}

;// CONCATENATED MODULE: ./src/fly/regions.ts
/**
 * Region codes checked before anything changes on Fly: a code Fly does not know fails `flyctl
 * deploy` (or `scale count`) only after the app exists and an address was bought. Codes of Fly's
 * current catalogue pass without a call; any other code is looked up in the catalogue flyctl
 * reports (`platform regions --json`, deprecated regions left out), so a region Fly opens later
 * works, and a typo or a retired region is refused by name.
 */



/** Fly's regions after its 2025 consolidation (`fly platform regions`). */
const KNOWN_REGIONS = [
    'ams',
    'arn',
    'bom',
    'cdg',
    'dfw',
    'ewr',
    'fra',
    'gru',
    'iad',
    'jnb',
    'lax',
    'lhr',
    'nrt',
    'ord',
    'sin',
    'sjc',
    'syd',
    'yyz'
];
async function checkRegions(fly, wanted) {
    const unknown = wanted.filter((w) => !KNOWN_REGIONS.includes(w.code));
    if (unknown.length === 0)
        return;
    const catalogue = await fly.json(platformRegionsArgv(), parseRegionCodes, { readOnly: true });
    const missing = unknown.find((w) => !catalogue.includes(w.code));
    if (missing) {
        throw new src_errors/* InputError */.dz(missing.input, `'${missing.code}' is not a region where Fly runs new machines; Fly's regions: ${[...catalogue].sort().join(', ')}`, 'iad');
    }
}

// EXTERNAL MODULE: ./src/secrets.ts
var src_secrets = __webpack_require__(7194);
;// CONCATENATED MODULE: ./src/fly/secrets.ts



async function stageSecrets(fly, app, secrets, logger) {
    if (secrets.length === 0)
        return;
    const names = secrets.map((s) => s.name).join(', ');
    await fly.run(secretsImportArgv(app), {
        stdin: (0,src_secrets/* toFlyctlImport */.Ly)([...secrets]),
        stdinLabel: names
    });
    logger.info(`Staged ${secrets.length} secret${secrets.length === 1 ? '' : 's'}: ${names}`);
}
/** Names of the secrets stored on an existing app, staged or deployed. A read. */
async function listSecretNames(fly, app) {
    const stored = await fly.json(secretsListArgv(app), parseSecretList, { readOnly: true });
    return stored.map((secret) => secret.name);
}

;// CONCATENATED MODULE: ./src/pipeline/stored-secrets.ts
/**
 * Between steps 4 and 5: a required secret the `secrets` input lacks may already be stored on
 * the app, so a `workflow_dispatch` redeploy need not repeat it. The names are looked up only
 * then, and only on an app that exists, so a normal run makes no extra call; a required secret
 * stored nowhere stops the run before anything changes on Fly.
 */


async function confirmSecretsStored(check) {
    const { fly, app, appExists, settings, unset, logger } = check;
    if (unset.length === 0)
        return;
    const names = appExists ? await listSecretNames(fly, app) : [];
    const inputNames = settings.secrets.map((secret) => secret.name);
    (0,src_config/* checkRequiredSecrets */.b0)(settings.preset, inputNames, { app, exists: appExists, names });
    logger.info(`${unset.join(', ')}: not in the secrets input, already stored on ${app}; the deploy keeps the stored value`);
}

;// CONCATENATED MODULE: ./src/pipeline/rollout.ts
/**
 * Steps 4 to 9, the part of a deploy that changes things on Fly: app, address, rendered config,
 * secrets, deploy and the confirmed release. `deploy` runs it with the real flyctl client; `plan`
 * runs the very same steps with the dry-run client, which records the calls that would change
 * something instead of running them.
 */









async function rollOut(input) {
    const { settings, app, hostname, prepared, fly, logger, steps } = input;
    // A region Fly does not know would fail the deploy after the app and its address exist.
    await checkRegions(fly, [
        { input: 'region', code: settings.region },
        ...settings.regions.map((code) => ({ input: 'regions', code }))
    ]);
    const found = await steps.run('app', `App ${app}`, () => lookUpApp(fly, app)); // 4
    const unset = prepared.unsetSecrets;
    if (unset.length > 0) {
        await steps.run('secrets', 'Secrets stored on the app', () => confirmSecretsStored({ fly, app, appExists: found.exists, settings, unset, logger }));
    }
    // `image: current` is resolved before anything is created or bought.
    const image = settings.image === 'current' ? await currentImage(fly, app, found.exists) : prepared.built.image;
    const existing = await steps.run('app', found.exists ? `App ${app} exists` : `Create app ${app}`, () => ensureApp(fly, app, settings.org, found, logger));
    const addresses = {
        mode: prepared.ipv4Mode,
        servesTcp: (0,src_config/* servesTcp */.eQ)(prepared.built.config),
        newApp: existing.created || existing.adopted === true
    };
    const address = await steps.run('address', 'Addresses', () => ensureAddress(fly, app, existing.ips, addresses, logger)); // 5
    const rendered = await steps.run('config', 'Rendered fly.toml', () => writeConfig(prepared, { ipv4: address.ipv4, app, hostname }, image, configDirectory(input.env, app))); // 6
    await steps.run('secrets', 'Secrets', () => stageSecrets(fly, app, settings.secrets, logger)); // 8
    const request = deployRequestFor(settings, app, { path: rendered.path, ipv4Mode: prepared.ipv4Mode }, image);
    const deployed = await steps.run('deploy', 'Deploy', () => deployRelease(fly, request, logger, input.deployTimeoutMs)); // 9
    return { existing, address, rendered, request, deployed };
}

;// CONCATENATED MODULE: ./src/pipeline/steps.ts
/**
 * Runs a command's steps: each one timed (the summary's timings table and the self-time
 * benchmark read them) and, inside the action, wrapped in a collapsible log group.
 */
const noGroup = (_title, body) => body();
class Steps {
    group;
    /** Wall time per step name, in the order the names first ran; repeated names add up. */
    timings = [];
    started = performance.now();
    constructor(group = noGroup) {
        this.group = group;
    }
    async run(name, title, body) {
        const start = performance.now();
        try {
            return await this.group(title, body);
        }
        finally {
            const elapsed = performance.now() - start;
            const existing = this.timings.find(([n]) => n === name);
            if (existing)
                existing[1] += elapsed;
            else
                this.timings.push([name, elapsed]);
        }
    }
    get totalMs() {
        return performance.now() - this.started;
    }
}

;// CONCATENATED MODULE: ./src/commands/outputs.ts

/** The STUN URL first, then one TURN URL per transport, as RTCIceServer.urls takes them. */
function outputs_iceUrls(endpoint) {
    const { host, port, transports } = endpoint;
    const tlsPort = endpoint.tlsPort ?? types/* DEFAULT_TLS_PORT */.e1;
    return iceUrls(host, port, tlsPort, [...transports], endpoint.tlsHost);
}
/** The endpoint a probe run checked. */
function probedEndpoint(run) {
    const { host, port, tlsPort, transports, tls } = run.options;
    return { host, port, tlsPort, tlsHost: tls?.servername, transports };
}
function probeOutputs(urls, report) {
    return {
        'stun-url': urls[0],
        'turn-urls': urls.slice(1).join(','),
        'probe-rtt-ms': report?.rttMs?.toFixed(1),
        'ready-after-seconds': report?.readyAfterMs === undefined ? undefined : (report.readyAfterMs / 1000).toFixed(1)
    };
}
/**
 * The `ice-servers` output: RTCIceServer objects, one per member that exposes STUN/TURN, with no
 * credentials (they are the application's: e.g. REST credentials from the same AUTH_SECRET).
 */
function iceServersJson(urlsPerMember) {
    return JSON.stringify(urlsPerMember.filter((urls) => urls.length > 0).map((urls) => ({ urls })));
}

;// CONCATENATED MODULE: ./src/commands/deploy-report.ts
/**
 * Step 12's content for `deploy`: the contract's outputs, the job summary and the preview
 * comment, computed from what the run did. Pure: main.ts writes them through @actions/core.
 */




/** What one app's deploy came to: the verdict, the URLs clients use, the release that runs. */
function deployVerdict(f) {
    const probe = f.probe?.report;
    const rolledBack = f.recovery?.action === 'rolled-back' ? f.recovery : undefined;
    return {
        ok: probe === undefined || probe.ok,
        probe,
        rolledBack,
        release: rolledBack?.deployed.release ?? f.rollout.deployed.release,
        urls: deployedIceUrls(f)
    };
}
function deployOutputs(f) {
    const { probe, release, urls } = deployVerdict(f);
    return {
        app: f.app,
        hostname: f.hostname,
        ipv4: f.rollout.address.ipv4,
        ipv6: f.rollout.address.ipv6,
        created: f.rollout.existing.created,
        'ipv4-allocated': f.rollout.address.allocated,
        'release-version': release.version,
        image: release.imageRef,
        ...probeOutputs(urls, probe),
        config: f.rollout.rendered.path
    };
}
function deployReport(f) {
    const { ok, probe, rolledBack, release, urls } = deployVerdict(f);
    const outputs = {
        ...deployOutputs(f),
        fleet: JSON.stringify([fleetEntry(f)]),
        'ice-servers': iceServersJson([urls])
    };
    const summary = deploySummary(f, ok, urls);
    const comment = {
        status: ok ? 'ready' : rolledBack?.probe?.report.ok ? 'rolled-back' : 'failed',
        app: f.app,
        hostname: f.hostname,
        ipv4: f.rollout.address.ipv4,
        stunUrl: urls[0],
        turnUrls: urls.slice(1),
        probe: probe ? { ok: probe.ok, verdict: probe.summary } : undefined,
        timelineMermaid: probe ? timelineMermaid(probe) : undefined,
        release: { version: release.version, image: release.imageRef },
        details: summary.error ? [summary.error] : undefined
    };
    return { outputs, summary, comment };
}
/** The app's line in the `fleet` output. */
function fleetEntry(f) {
    const { ok, probe, release } = deployVerdict(f);
    return {
        region: f.region,
        app: f.app,
        hostname: f.hostname,
        ipv4: f.rollout.address.ipv4 ?? null,
        'release-version': release.version,
        'ready-after-seconds': probe?.readyAfterMs === undefined ? null : Math.round(probe.readyAfterMs / 100) / 10,
        'probe-rtt-ms': probe?.rttMs ?? null,
        ok
    };
}
/** The URLs clients use: at the public address (or the probed host), when STUN/TURN is exposed. */
function deployedIceUrls(f) {
    const host = f.rollout.address.ipv4 ?? f.settings.probeHost;
    const built = f.prepared.built;
    if (host === undefined || !(0,src_config/* exposesAnyPort */.TW)([...built.udpRanges, ...built.tcpRanges]))
        return [];
    const options = f.probe?.options;
    return outputs_iceUrls({
        host,
        port: f.settings.probePort,
        tlsPort: options?.tlsPort ?? built.tlsPorts[0],
        tlsHost: f.hostname,
        transports: options?.transports ?? plannedTransports(f.settings, built.tlsPorts)
    });
}
function deploySummary(f, ok, urls) {
    const probed = f.probe !== undefined;
    return {
        title: ok
            ? `${f.app} is ${probed ? 'ready' : 'deployed'}`
            : `${f.app}: the server did not become ready`,
        verdict: ok ? (probed ? 'ready' : 'deployed') : 'failed',
        error: ok ? undefined : failureText(f),
        rows: summaryRows(f),
        urls,
        probes: probeSections(f),
        warnings: warnings(f),
        blocks: [{ title: 'Rendered fly.toml', language: 'toml', text: f.rollout.rendered.toml }],
        flyctlCalls: f.fly.calls.map((c) => `flyctl ${c.args.join(' ')}  # exit ${c.exitCode}, ${(c.durationMs / 1000).toFixed(2)} s`),
        timings: [
            ...f.steps.timings,
            ['inside flyctl', f.fly.timeInFlyctlMs],
            ['total', f.steps.totalMs]
        ]
    };
}
function summaryRows(f) {
    const { existing, address, rendered } = f.rollout;
    const deployedVersion = f.rollout.deployed.release.version;
    const rolledBack = f.recovery?.action === 'rolled-back' ? f.recovery : undefined;
    const release = rolledBack?.deployed.release ?? f.rollout.deployed.release;
    return [
        [
            'App',
            `[${f.app}](https://fly.io/apps/${f.app}/monitoring)${existing.created ? ' (created by this run)' : ''}`
        ],
        ['Region', f.region],
        ['Hostname', f.hostname],
        [
            'IPv4',
            address.ipv4 === undefined
                ? undefined
                : `${address.ipv4}${address.allocated ? ' (allocated by this run)' : ''}`
        ],
        ['IPv6', address.ipv6],
        [
            'Release',
            `v${release.version}${rolledBack ? ` (rolled back from v${deployedVersion})` : ''}`
        ],
        ['Image', release.imageRef ? `\`${release.imageRef}\`` : undefined],
        ['Config', `\`${rendered.path}\``]
    ];
}
function probeSections(f) {
    const sections = [];
    if (f.probe) {
        const label = `Probe of release v${f.rollout.deployed.release.version}`;
        sections.push({ label, probe: section(f.probe) });
    }
    if (f.recovery?.action === 'rolled-back' && f.recovery.probe) {
        const label = `Probe after rollback to v${f.recovery.deployed.release.version}`;
        sections.push({ label, probe: section(f.recovery.probe) });
    }
    return sections;
}
function section(run) {
    const o = run.options;
    return {
        ...run.report,
        timeline: timelineMermaid(run.report),
        scope: `Checks ${probeScope(o)} from the runner.`
    };
}
function warnings(f) {
    const released = f.rollout.address.released;
    return [
        ...f.prepared.warnings.map((w) => w.message),
        ...(released.length > 0
            ? [`Released duplicate IPv4 ${released.join(', ')} allocated by a concurrent run`]
            : []),
        ...(f.recovery?.action === 'no-previous-release'
            ? ['on-failure: rollback found no earlier release to roll back to']
            : []),
        ...(f.recovery?.action === 'destroyed' ? [`on-failure: destroy removed ${f.app}`] : [])
    ];
}
function failureText(f) {
    const lines = [f.probe?.report.diagnostic ?? f.probe?.report.summary ?? 'the probe failed'];
    if (f.recovery?.action === 'rolled-back') {
        const after = f.recovery.probe?.report;
        lines.push(after?.ok
            ? `Rolled back to ${f.recovery.image} (with this run's config): that release answers. The job fails because the new release did not.`
            : `Rolled back to ${f.recovery.image} (with this run's config), and that release does not answer either.`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/commands/fleet-report.ts
/**
 * Step 12 for a fleet: one line per region in the outputs (`fleet`, `ice-servers`), the job
 * summary and the preview comment. The scalar outputs describe the first listed region's member.
 * Pure: main.ts writes them.
 */



function fleetDeployReport(target, outcomes) {
    const entries = outcomes.map(entryOf);
    const failed = outcomes.filter((o, i) => !entries[i].ok);
    const first = outcomes[0];
    const outputs = {
        ...('facts' in first
            ? deployOutputs(first.facts)
            : { app: first.member.member.app, hostname: first.member.hostname }),
        fleet: JSON.stringify(entries),
        'ice-servers': iceServersJson(outcomes.map((o) => ('facts' in o ? deployVerdict(o.facts).urls : [])))
    };
    const regions = outcomes.map((o, i) => regionRow(o, entries[i]));
    const error = failed.length > 0 ? failed.map(failureLine).join('\n\n') : undefined;
    const summary = fleetSummary(target, outcomes, regions, failed, error);
    return {
        outputs,
        summary,
        comment: {
            status: failed.length === 0 ? 'ready' : 'failed',
            app: target.app,
            regions,
            details: error ? [error] : undefined
        }
    };
}
function fleetSummary(target, outcomes, regions, failed, error) {
    const probed = outcomes.some((o) => 'facts' in o && o.facts.probe !== undefined);
    const count = `${outcomes.length} region${outcomes.length === 1 ? '' : 's'}`;
    return {
        title: failed.length === 0
            ? `Fleet ${target.app}: ${count} ${probed ? 'ready' : 'deployed'}`
            : `Fleet ${target.app}: ${failed.map((o) => o.member.member.region).join(', ')} not ready`,
        verdict: failed.length > 0 ? 'failed' : probed ? 'ready' : 'deployed',
        error,
        rows: [],
        table: {
            columns: ['Region', 'App', 'IPv4', 'Verdict', 'RTT', 'Ready after', 'Release'],
            rows: regions.map((r) => [
                r.region,
                `[${r.app}](https://fly.io/apps/${r.app}/monitoring)`,
                r.ipv4 ?? '',
                r.ok ? '✅ ready' : '❌ not ready',
                r.rttMs === undefined ? '' : `${r.rttMs} ms`,
                r.readyAfterSeconds === undefined ? '' : `${r.readyAfterSeconds} s`,
                r.release ?? ''
            ])
        },
        urls: outcomes.flatMap((o) => ('facts' in o ? deployVerdict(o.facts).urls : [])),
        probes: outcomes.flatMap(probeSectionsOf),
        warnings: [...new Set(outcomes.flatMap(warningsOf))],
        blocks: outcomes.flatMap((o) => 'facts' in o
            ? [
                {
                    title: `Rendered fly.toml of ${o.facts.app}`,
                    language: 'toml',
                    text: o.facts.rollout.rendered.toml
                }
            ]
            : []),
        flyctlCalls: outcomes.flatMap((o) => flyOf(o).calls.map((c) => `[${o.member.member.region}] flyctl ${c.args.join(' ')}  # exit ${c.exitCode}`))
    };
}
function entryOf(outcome) {
    if ('facts' in outcome)
        return fleetEntry(outcome.facts);
    const { member, hostname } = outcome.member;
    return {
        region: member.region,
        app: member.app,
        hostname,
        ipv4: null,
        'release-version': null,
        'ready-after-seconds': null,
        'probe-rtt-ms': null,
        ok: false
    };
}
function regionRow(outcome, entry) {
    return {
        region: entry.region,
        app: entry.app,
        ipv4: entry.ipv4 ?? undefined,
        ok: entry.ok,
        rttMs: entry['probe-rtt-ms'] ?? undefined,
        readyAfterSeconds: entry['ready-after-seconds'] ?? undefined,
        release: entry['release-version'] === null ? undefined : `v${entry['release-version']}`,
        verdict: 'facts' in outcome
            ? (outcome.facts.probe?.report.summary ?? 'deployed, not probed')
            : (0,src_errors/* describeError */.Uc)(outcome.error).split('\n')[0]
    };
}
function failureLine(outcome) {
    const { region, app } = outcome.member.member;
    if (!('facts' in outcome))
        return `${region} (${app}): ${(0,src_errors/* describeError */.Uc)(outcome.error)}`;
    const report = outcome.facts.probe?.report;
    const why = report?.diagnostic ?? report?.summary ?? 'the probe failed';
    return `${region} (${app}): the server did not become ready\n${why}`;
}
function probeSectionsOf(outcome) {
    if (!('facts' in outcome) || !outcome.facts.probe)
        return [];
    const f = outcome.facts;
    const sections = [
        {
            label: `${f.region}: probe of ${f.app} v${f.rollout.deployed.release.version}`,
            probe: section(outcome.facts.probe)
        }
    ];
    if (f.recovery?.action === 'rolled-back' && f.recovery.probe) {
        sections.push({
            label: `${f.region}: probe after rollback to v${f.recovery.deployed.release.version}`,
            probe: section(f.recovery.probe)
        });
    }
    return sections;
}
function warningsOf(outcome) {
    if (!('facts' in outcome))
        return [];
    const f = outcome.facts;
    const recovered = f.recovery?.action === 'rolled-back'
        ? [`on-failure: rolled ${f.app} back to ${f.recovery.image}`]
        : f.recovery?.action === 'destroyed'
            ? [`on-failure: destroy removed ${f.app}`]
            : [];
    // The members share one config, so its lint warnings are told once, without a region.
    return [
        ...f.prepared.warnings.map((w) => w.message),
        ...recovered.map((t) => `${f.region}: ${t}`)
    ];
}
function flyOf(outcome) {
    return 'facts' in outcome ? outcome.facts.fly : outcome.fly;
}

;// CONCATENATED MODULE: ./src/commands/deploy.ts
/**
 * `deploy`: the pipeline of DESIGN.md, one step per line (steps 1 and 2 ran in main.ts). With
 * `regions` every step after the install runs once per fleet member, a few members at a time.
 */









async function deployCommand(settings, target, context) {
    const { env, logger } = context;
    const fleet = isFleet(settings);
    const steps = new Steps(fleet ? noGroup : context.group);
    // 6-7 come first, for every member: config, lint and the probe's inputs must fail before
    // anything changes on Fly.
    const members = await steps.run('config', 'Config and lint', () => prepareMembers(settings, target, logger));
    const fly = await steps.run('flyctl', 'flyctl', () => openFlyctl(settings, env, logger)); // 3
    if (!fleet)
        return deployReport(await deployMember(members[0], { settings, env, fly, logger, steps }));
    const [outcomes] = await Promise.all([
        mapConcurrently(members, FLEET_CONCURRENCY, (member) => deployFleetMember(member, { settings, env, fly, logger })),
        noteAppOutsideFleet(fly.forMember(logger), target.app, logger)
    ]);
    return fleetDeployReport(target, outcomes);
}
/** Steps 4 to 11 for one app: roll out, probe, and on failure what `on-failure` says. */
async function deployMember(m, run) {
    const { settings, env, fly, logger, steps } = run;
    const { app } = m.member;
    const deployTimeoutMs = callTimeoutOverride(env);
    const rollout = await rollOut({
        ...{ settings, app, hostname: m.hostname, prepared: m.prepared, fly, env, logger, steps },
        deployTimeoutMs
    }); // 4, 5, 6, 8, 9
    const probed = { ...m.probeTarget, ipv4: rollout.address.ipv4 };
    const probe = await steps.run('probe', 'Probe', () => probeDeployment(settings, probed, logger)); // 10
    const recovery = probe?.report.ok === false
        ? await steps.run('on-failure', `On failure: ${settings.onFailure}`, () => handleProbeFailure(fly, settings, rollout, probed, logger, deployTimeoutMs)) // 11
        : undefined;
    // 12: main.ts writes the outputs, the summary and the pull-request comment.
    const { region } = m.member;
    return {
        settings,
        region,
        app,
        hostname: m.hostname,
        prepared: m.prepared,
        rollout,
        probe,
        recovery,
        fly,
        steps
    };
}
/** One member of a fleet: its own log prefix and call record; a failure stays its own. */
async function deployFleetMember(m, parent) {
    const logger = memberLogger(parent.logger, m.member, true);
    const memberFly = parent.fly.forMember(logger);
    const run = { ...parent, fly: memberFly, logger, steps: new Steps() };
    try {
        return { member: m, facts: await deployMember(m, run) };
    }
    catch (error) {
        logger.warn(`${m.member.app} failed: ${error instanceof Error ? error.message : String(error)}`);
        return { member: m, error, fly: memberFly };
    }
}
/**
 * A fleet deploy never touches the plain app of its base name; it says so when one exists. Only
 * a note: a token scoped to the members may not read it, and that is no reason to fail.
 */
async function noteAppOutsideFleet(fly, app, logger) {
    const found = await lookUpApp(fly, app).catch((error) => {
        logger.debug(`Could not look for an app ${app} outside the fleet: ${String(error)}`);
        return { exists: false };
    });
    if (found.exists) {
        logger.info(`App ${app} exists outside the fleet; the fleet deploy leaves it as it is (destroy it yourself when it is no longer needed)`);
    }
}

;// CONCATENATED MODULE: ./src/commands/destroy.ts
/**
 * `destroy`: the app (for a fleet every member app) and its addresses, e.g. a preview on PR
 * close; already gone is a success. The plain app of a fleet's base name is never touched.
 */




async function destroyCommand(settings, target, context) {
    const members = fleetMembers(settings, target);
    const fleet = isFleet(settings);
    // A preview destroy can only ever touch `<base>-pr-<n>[-<region>]`: the guard against
    // destroying production.
    for (const { app, region } of members) {
        if (target.pr)
            (0,naming/* assertPreviewName */.ky)(app, target.pr.number, fleet ? region : undefined);
    }
    const fly = await openFlyctl(settings, context.env, context.logger);
    const results = await mapConcurrently(members, FLEET_CONCURRENCY, (member) => {
        const logger = memberLogger(context.logger, member, fleet);
        return destroyApp(fleet ? fly.forMember(logger) : fly, member.app, logger);
    });
    const lines = results.map(describe);
    const released = results.flatMap((r) => r.releasedAddresses);
    return {
        summary: {
            title: lines.join('; '),
            verdict: 'destroyed',
            rows: [
                ['App', members.map((m) => m.app).join(', ')],
                ['Addresses gone with it', released.join(', ')]
            ]
        },
        outputs: { app: members[0].app },
        comment: { status: 'destroyed', app: target.app, details: lines }
    };
}
function describe(result) {
    const released = result.releasedAddresses;
    return result.existed
        ? `Destroyed ${result.app}${released.length > 0 ? `, and with it ${released.join(', ')}` : ''}`
        : `${result.app} was already gone`;
}

;// CONCATENATED MODULE: ./src/commands/plan.ts
/**
 * `plan`: the deploy's own steps 3 to 9 against the dry-run flyctl client (real reads, recorded
 * writes), then a report of what a deploy would do: the app, the address, the rendered fly.toml
 * and every flyctl call in order. Nothing changes on Fly, and nothing is probed.
 */






async function planCommand(settings, target, context) {
    const members = await prepareMembers(settings, target, context.logger);
    const fly = await openDryRunFlyctl(settings, context.env, context.logger);
    const plans = [];
    for (const member of members)
        plans.push(await planMember(member, settings, fly, context));
    const first = plans[0];
    const fleet = plans.length > 1 || settings.regions.length > 0;
    const title = fleet ? `Plan for the fleet ${target.app}` : `Plan for ${first.app}`;
    return {
        summary: {
            title: `${title}: nothing was changed`,
            verdict: 'planned',
            rows: fleet ? [] : plan_summaryRows(first, settings),
            table: fleet
                ? {
                    columns: ['Region', 'App', 'IPv4', 'Image'],
                    rows: plans.map((p) => [p.region, appState(p, settings), p.ipv4, imageOf(p, settings)])
                }
                : undefined,
            warnings: [...new Set(plans.flatMap((p) => p.warnings))],
            blocks: plans.flatMap((p) => [
                {
                    title: fleet ? `Rendered fly.toml of ${p.app}` : 'Rendered fly.toml',
                    language: 'toml',
                    text: p.rollout.rendered.toml
                },
                {
                    title: fleet
                        ? `flyctl calls a deploy of ${p.app} would make`
                        : 'flyctl calls a deploy would make',
                    language: 'sh',
                    text: p.calls.join('\n')
                }
            ]),
            flyctlCalls: plans.flatMap((p) => p.readCalls)
        },
        outputs: {
            app: first.app,
            hostname: first.hostname,
            ipv4: first.allocates ? undefined : first.rollout.address.ipv4,
            config: first.rollout.rendered.path,
            image: first.rollout.request.image
        }
    };
}
/** The deploy's own steps 3 to 9 against the dry-run client, for one app. */
async function planMember(m, settings, dryRun, context) {
    const { env } = context;
    const { app, region } = m.member;
    const logger = memberLogger(context.logger, m.member, settings.regions.length > 0);
    const fly = dryRun.forMember(logger);
    const rollout = await rollOut({
        ...{ settings, app, hostname: m.hostname, prepared: m.prepared, fly, env },
        steps: new Steps(),
        // The steps narrate what they do ("Created app …"); in a plan nothing is done.
        logger: { ...logger, info: (message) => logger.debug(message) }
    });
    const allocates = fly.planned.some((call) => call.mutating && call.args[1] === 'allocate-v4');
    const plan = {
        region,
        app,
        hostname: m.hostname,
        rollout,
        allocates,
        ipv4: ipv4Decision(m.prepared.ipv4Mode, rollout, allocates),
        calls: fly.planned.map(formatPlannedCall),
        readCalls: fly.calls.map((c) => `flyctl ${c.args.join(' ')}  # exit ${c.exitCode}`),
        warnings: m.prepared.warnings.map((w) => w.message)
    };
    report(logger, plan);
    return plan;
}
function plan_summaryRows(plan, settings) {
    return [
        ['App', appState(plan, settings)],
        ['IPv4', plan.ipv4],
        ['Image', imageOf(plan, settings)],
        ['Secrets', settings.secrets.map((s) => s.name).join(', ')],
        ['Config', `\`${plan.rollout.rendered.path}\``]
    ];
}
function appState(plan, settings) {
    return plan.rollout.existing.created
        ? `${plan.app} (would be created in ${settings.org})`
        : `${plan.app} (exists)`;
}
function imageOf(plan, settings) {
    return plan.rollout.request.image ?? `remote build of ${settings.path}`;
}
function report(logger, plan) {
    const { app, rollout } = plan;
    logger.info(`App: ${app} (${rollout.existing.created ? 'would be created' : 'exists'})`);
    logger.info(`IPv4: ${plan.ipv4}`);
    logger.info('Calls that would run:');
    for (const call of plan.calls)
        logger.info(`  ${call}`);
    logger.info(`Rendered fly.toml (${rollout.rendered.path}):\n${rollout.rendered.toml}`);
}
function ipv4Decision(mode, rollout, allocates) {
    if (mode === 'none')
        return 'none';
    if (allocates) {
        return `allocate a ${mode} IPv4 (${STAND_IN_IPV4} stands in for it in the rendered fly.toml)`;
    }
    return `reuse ${rollout.address.ipv4}`;
}
/**
 * One call as a person would type it, with a note on what it is: the arguments shell-quoted, so
 * the line splits back into exactly the argv the deploy passes.
 */
function formatPlannedCall(call) {
    const env = Object.entries(call.env ?? {}).map(([name, value]) => `${name}=${(0,parse/* shellQuote */.ZL)(value)} `);
    const notes = [
        ...(call.mutating ? [] : ['read-only']),
        ...(call.stdinLabel ? [`stdin: ${call.stdinLabel}`] : [])
    ];
    const line = `${env.join('')}flyctl ${call.args.map(parse/* shellQuote */.ZL).join(' ')}`;
    return notes.length > 0 ? `${line}  # ${notes.join('; ')}` : line;
}

;// CONCATENATED MODULE: ./src/commands/probe.ts
/**
 * `probe`: only step 10, against `probe-host` or the app's dedicated IPv4; for a fleet, against
 * every member's own IPv4.
 */









async function probeCommand(settings, target, context) {
    const fleet = isFleet(settings);
    const fly = settings.probeHost === undefined
        ? await openFlyctl(settings, context.env, context.logger)
        : undefined;
    const members = target.app ? fleetMembers(settings, target) : [{ region: '', app: '' }];
    const probes = await mapConcurrently(members, FLEET_CONCURRENCY, (member) => probeMember(member, settings, fly, memberLogger(context.logger, member, fleet)));
    const failed = probes.filter((p) => !p.run.report.ok);
    const first = probes[0];
    const { report, options } = first.run;
    return {
        summary: {
            title: failed.length === 0
                ? `${probes.map((p) => p.run.options.host).join(', ')} answer${probes.length === 1 ? 's' : ''}`
                : `${failed.map((p) => p.run.options.host).join(', ')} did not answer`,
            verdict: failed.length === 0 ? 'probed' : 'failed',
            error: failed.length === 0
                ? undefined
                : failed.map((p) => p.run.report.diagnostic ?? p.run.report.summary).join('\n\n'),
            rows: fleet ? [] : [['Host', `${options.host}:${options.port}`]],
            table: fleet
                ? {
                    columns: ['Region', 'App', 'Host', 'Verdict'],
                    rows: probes.map((p) => [
                        p.member.region,
                        p.member.app,
                        `${p.run.options.host}:${p.run.options.port}`,
                        `${p.run.report.ok ? '✅' : '❌'} ${p.run.report.summary}`
                    ])
                }
                : undefined,
            urls: probes.flatMap((p) => p.urls),
            probes: probes.map((p) => ({
                label: fleet ? `${p.member.region}: probe of ${p.member.app}` : 'Probe',
                probe: { ...p.run.report, timeline: timelineMermaid(p.run.report) }
            }))
        },
        outputs: {
            app: first.member.app || undefined,
            ipv4: first.ipv4,
            ...probeOutputs(first.urls, report),
            fleet: JSON.stringify(probes.map(fleetEntryOf)),
            'ice-servers': iceServersJson(probes.map((p) => p.urls))
        }
    };
}
async function probeMember(member, settings, fly, logger) {
    const { app } = member;
    const hostname = app ? appHostname(app) : (settings.probeHost ?? '');
    // A probe-host that is a name is no IPv4: nothing to compare a relayed address with.
    const { probeHost } = settings;
    const ipv4 = probeHost !== undefined
        ? (0,external_node_net_.isIPv4)(probeHost)
            ? probeHost
            : undefined
        : fly
            ? oldestOfType((await lookUpApp(fly.forMember(logger), app)).ips, 'v4')?.address
            : undefined;
    const port = settings.probePort;
    const probeTarget = {
        app,
        hostname,
        ipv4,
        udpRanges: [{ start: port, end: port }],
        // No config is built here: the TLS ports are the input's, else the preset's.
        tlsPorts: settings.tlsPorts ?? (0,src_config/* presetFor */.hK)(settings.preset)?.tlsPorts ?? []
    };
    validateProbePlan(settings, probeTarget, 'dedicated');
    const run = await probeDeployment(settings, probeTarget, logger);
    if (!run)
        throw new Error('nothing to probe');
    return { member, ipv4, run, urls: outputs_iceUrls(probedEndpoint(run)) };
}
function fleetEntryOf(p) {
    const { report } = p.run;
    return {
        region: p.member.region,
        app: p.member.app,
        hostname: p.member.app ? appHostname(p.member.app) : p.run.options.host,
        ipv4: p.ipv4 ?? null,
        'release-version': null,
        'ready-after-seconds': report.readyAfterMs === undefined ? null : Math.round(report.readyAfterMs / 100) / 10,
        'probe-rtt-ms': report.rttMs ?? null,
        ok: report.ok
    };
}

;// CONCATENATED MODULE: ./src/github/api.ts


const DEFAULT_TIMEOUT_MS = 15_000;
class GitHubHttpError extends Error {
    status;
    apiMessage;
    headers;
    constructor(status, apiMessage, 
    /** The answer's headers: `retry-after` and `x-ratelimit-*` say when to try again. */
    headers = {}) {
        super(`HTTP ${status}${apiMessage ? `: ${apiMessage}` : ''}`);
        this.status = status;
        this.apiMessage = apiMessage;
        this.headers = headers;
    }
    header(name) {
        return headerValue(this.headers, name);
    }
}
function repoPath(repo) {
    const parts = repo.split('/');
    if (parts.length !== 2 || parts.some((part) => !/^[A-Za-z0-9._-]+$/.test(part))) {
        throw new src_errors/* ActionError */.lZ('invalid-input', `repository '${repo}' is not of the form owner/name`);
    }
    return `repos/${parts.map(encodeURIComponent).join('/')}`;
}
function endpoint(target, path) {
    return `${target.apiUrl.replace(/\/+$/, '')}/${repoPath(target.repo)}/${path}`;
}
async function request(target, method, url, body) {
    const answer = await send({
        method,
        url,
        headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${target.token}`,
            'x-github-api-version': '2022-11-28',
            ...(body === undefined ? {} : { 'content-type': 'application/json' })
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        timeoutMs: target.timeoutMs ?? DEFAULT_TIMEOUT_MS
    });
    let json;
    try {
        json = answer.body === '' ? undefined : JSON.parse(answer.body);
    }
    catch {
        json = undefined;
    }
    if (answer.status < 200 || answer.status > 299) {
        const message = json?.message;
        const apiMessage = typeof message === 'string' ? message : '';
        throw new GitHubHttpError(answer.status, apiMessage, answer.headers);
    }
    return { json, link: headerValue(answer.headers, 'link') ?? null };
}
/** One request, whatever the status; rejects only when no answer came (network, proxy, timeout). */
async function send(exchange) {
    // A client per request, nothing kept alive: no socket outlives the run's last request.
    const client = new lib/* HttpClient */.Qq('fly-webrtc-deploy', undefined, {
        socketTimeout: exchange.timeoutMs,
        allowRetries: false,
        keepAlive: false
    });
    try {
        const { method, url, body, headers } = exchange;
        const response = await client.request(method, url, body ?? null, headers);
        const text = await response.readBody();
        return {
            status: response.message.statusCode ?? 0,
            headers: response.message.headers,
            body: text
        };
    }
    finally {
        client.dispose();
    }
}
/** One header's value (the first, when repeated). */
function headerValue(headers, name) {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}
/** The `rel="next"` URL of a Link header, only when it stays on the API's origin (it gets the token). */
function nextPageUrl(link, apiUrl) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (match && new URL(match[1]).origin === new URL(apiUrl).origin)
            return match[1];
    }
    return undefined;
}
/**
 * Whether the pull request is closed (merged PRs are closed too); undefined when GitHub cannot
 * tell us (no token, no permission, network error), so `reap` falls back to age alone.
 */
async function isPullRequestClosed(target) {
    if (!target.token)
        return undefined;
    try {
        const { json } = await request(target, 'GET', endpoint(target, `pulls/${target.prNumber}`));
        const state = json?.state;
        return state === 'closed' ? true : state === 'open' ? false : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/preview/reap.ts

/** The previews of `base` among the org's apps, sorted by PR number: the PRs to ask GitHub about. */
function previewsOf(apps, base) {
    const previews = [];
    for (const entry of apps) {
        if (typeof entry?.Name !== 'string')
            continue;
        const match = (0,naming/* isPreviewOf */.ko)(entry.Name, base);
        if (match)
            previews.push({ app: entry.Name, ...match });
    }
    return previews.sort((a, b) => a.prNumber - b.prNumber || a.app.localeCompare(b.app));
}
/** Go's zero time (`0001-01-01T00:00:00Z`) and unparsable values mean "no release time". */
function releaseTime(entry) {
    const iso = entry.CurrentRelease?.CreatedAt;
    if (typeof iso !== 'string')
        return undefined;
    const ms = Date.parse(iso);
    if (Number.isNaN(ms) || new Date(ms).getUTCFullYear() <= 1)
        return undefined;
    return { iso, ms };
}
/** `3d 4h`, `5h 12m`, `42m`, `30s`: ages in the reap report. */
function formatAge(ms) {
    const seconds = Math.max(0, Math.floor(ms / 1000));
    const days = Math.floor(seconds / 86400);
    const hours = Math.floor((seconds % 86400) / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    if (days > 0)
        return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
    if (hours > 0)
        return minutes > 0 ? `${hours}h ${minutes}m` : `${hours}h`;
    if (minutes > 0)
        return `${minutes}m`;
    return `${seconds}s`;
}
/**
 * Splits this base's previews into those to destroy (PR closed, or last release older than the
 * limit) and those to keep, each with the reason. A preview that never released has no age and
 * is kept unless its PR is closed: it may be a deploy that is running right now.
 */
function selectPreviewsToReap(input) {
    if (!Number.isFinite(input.olderThanMs) || input.olderThanMs <= 0) {
        throw new RangeError(`olderThanMs must be a positive number, got ${input.olderThanMs}`);
    }
    const now = typeof input.now === 'number' ? input.now : input.now.getTime();
    const byName = new Map(input.apps.map((entry) => [entry.Name, entry]));
    const selection = { destroy: [], keep: [] };
    const limit = formatAge(input.olderThanMs);
    for (const preview of previewsOf(input.apps, input.base)) {
        const entry = byName.get(preview.app);
        const released = releaseTime(entry);
        const lastReleaseAt = released?.iso;
        if (input.closedPrNumbers.has(preview.prNumber)) {
            selection.destroy.push({ ...preview, reason: 'pr-closed', lastReleaseAt });
        }
        else if (!released) {
            selection.keep.push({ ...preview, reason: 'never released, so its age is unknown' });
        }
        else if (now - released.ms > input.olderThanMs) {
            selection.destroy.push({ ...preview, reason: 'older-than', lastReleaseAt });
        }
        else {
            const age = formatAge(now - released.ms);
            selection.keep.push({ ...preview, reason: `last release ${age} ago (limit ${limit})` });
        }
    }
    return selection;
}

;// CONCATENATED MODULE: ./src/commands/reap.ts
/** `reap`: destroys the stale previews of `app` (PR closed, or no release for too long). */






async function reapCommand(settings, context) {
    const { env, logger } = context;
    const base = settings.app ?? '';
    const fly = await openFlyctl(settings, env, logger);
    const apps = await listOrgApps(fly, settings.org);
    const selection = selectPreviewsToReap({
        apps,
        base,
        now: Date.now(),
        olderThanMs: settings.reapOlderThanMs,
        closedPrNumbers: await closedPullRequests(apps, base, settings, env)
    });
    const removed = [];
    for (const candidate of selection.destroy) {
        if (settings.dryRun) {
            logger.info(`Would destroy ${candidate.app} (${candidate.reason})`);
            continue;
        }
        (0,naming/* assertPreviewName */.ky)(candidate.app, candidate.prNumber, candidate.region);
        await destroyApp(fly, candidate.app, logger);
        removed.push(candidate.app);
    }
    const verb = settings.dryRun ? 'Would destroy' : 'Destroyed';
    const count = selection.destroy.length;
    return {
        summary: {
            title: `${verb} ${count} preview${count === 1 ? '' : 's'} of ${base}`,
            verdict: 'reaped',
            rows: [
                [verb, selection.destroy.map((c) => `${c.app} (${c.reason})`).join(', ') || 'none'],
                ['Kept', selection.keep.map((k) => `${k.app} (${k.reason})`).join(', ') || 'none']
            ]
        },
        outputs: { app: removed.join(',') }
    };
}
/** The PRs GitHub says are closed, among this base's previews (none without a token). */
async function closedPullRequests(apps, base, settings, env) {
    const closed = new Set();
    const repo = env.GITHUB_REPOSITORY;
    if (!repo || !settings.githubToken)
        return closed;
    for (const preview of previewsOf(apps, base)) {
        const isClosed = await isPullRequestClosed({
            apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
            token: settings.githubToken,
            repo,
            prNumber: preview.prNumber
        });
        if (isClosed)
            closed.add(preview.prNumber);
    }
    return closed;
}

;// CONCATENATED MODULE: ./src/commands/index.ts






function runCommand(settings, target, context) {
    if (settings.apiToken === undefined && (0,inputs/* needsToken */.pD)(settings)) {
        return Promise.resolve(skipPreviewWithoutToken(target, context.logger));
    }
    switch (settings.command) {
        case 'deploy':
            // A closed pull request turns a preview's deploy into its teardown.
            return target.closing
                ? destroyCommand(settings, target, context)
                : deployCommand(settings, target, context);
        case 'destroy':
            return destroyCommand(settings, target, context);
        case 'plan':
            return planCommand(settings, target, context);
        case 'reap':
            return reapCommand(settings, context);
        case 'probe':
            return probeCommand(settings, target, context);
    }
}
/**
 * A preview without a Fly token: for a pull request from a fork that is GitHub withholding
 * secrets, so the run is skipped with a warning that says how to preview forks; otherwise the
 * token is simply missing.
 */
function skipPreviewWithoutToken(target, logger) {
    if (!target.pr?.isFork)
        throw (0,inputs/* missingTokenError */.G1)();
    const why = `Pull request #${target.pr.number} comes from a fork, and GitHub gives such runs no secrets, so there is no Fly token: the preview ${target.app} was skipped. ` +
        "To preview forks, run a separate workflow a maintainer triggers (a label or a comment) that never checks out and runs the fork's code with the token.";
    logger.warn(why);
    return {
        summary: {
            title: `Preview ${target.app} skipped`,
            verdict: 'skipped',
            rows: [['App', target.app]],
            warnings: [why]
        },
        outputs: {}
    };
}

;// CONCATENATED MODULE: ./src/github/preview.ts
/**
 * Pull-request preview environments: which pull request a run belongs to (from the event
 * payload, GITHUB_EVENT_PATH's JSON) and so which preview app it acts on. Pure, covered by table
 * tests; the naming rule itself lives in src/preview/naming.ts.
 */


const PREVIEW_EVENTS = ['pull_request', 'pull_request_target', 'issue_comment'];
function asObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
function asString(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function asPrNumber(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}
function repoName(repo) {
    return asString(asObject(repo)?.full_name);
}
/**
 * The pull request a run is about, or undefined when the event is not about one (push,
 * workflow_dispatch, schedule, a comment on a plain issue, or a payload without a PR number).
 */
function pullRequestFromEvent(eventName, payload) {
    const event = asObject(payload);
    if (!event)
        return undefined;
    const action = asString(event.action);
    if (eventName === 'pull_request' || eventName === 'pull_request_target') {
        const pr = asObject(event.pull_request);
        const number = asPrNumber(pr?.number) ?? asPrNumber(event.number);
        if (!pr || number === undefined)
            return undefined;
        const head = asObject(pr.head);
        const headRepo = repoName(head?.repo);
        const baseRepo = repoName(asObject(pr.base)?.repo) ?? repoName(event.repository);
        return {
            number,
            action,
            headSha: asString(head?.sha),
            headRepo,
            baseRepo,
            // A deleted fork leaves `head.repo` null: still a fork, never the base repository.
            isFork: headRepo === undefined || headRepo !== baseRepo,
            closed: pr.state === 'closed' || action === 'closed'
        };
    }
    if (eventName === 'issue_comment') {
        const issue = asObject(event.issue);
        const number = asPrNumber(issue?.number);
        // Only comments on pull requests carry `issue.pull_request`; plain issues have no preview.
        if (!issue || number === undefined || !asObject(issue.pull_request))
            return undefined;
        return {
            number,
            action,
            baseRepo: repoName(event.repository),
            isFork: false,
            closed: issue.state === 'closed'
        };
    }
    return undefined;
}
/**
 * The preview target of a run with `preview: true`: the app name, the pull request, and whether
 * this run should tear the preview down (the PR is closed) instead of deploying it.
 */
function resolvePreview(eventName, payload, base) {
    const pr = pullRequestFromEvent(eventName, payload);
    if (!pr) {
        const why = eventName === 'issue_comment'
            ? 'this comment is on an issue, not on a pull request'
            : `this run was triggered by '${eventName}', which has no pull request`;
        throw new src_errors/* InputError */.dz('preview', `'true' needs a ${PREVIEW_EVENTS.join(', ')} (on a pull request) event, but ${why}. ` +
            'Deploy with preview: false (and a fixed app) on push, workflow_dispatch and schedule', "preview: ${{ github.event_name == 'pull_request' }}");
    }
    const app = (0,naming/* previewAppName */.Zu)(base, pr.number);
    (0,naming/* assertPreviewName */.ky)(app, pr.number);
    return { app, pr, closing: pr.closed };
}

;// CONCATENATED MODULE: ./src/github/event.ts
/** The workflow run's context as the runner provides it in the environment. */


function runContext(env) {
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        repository: env.GITHUB_REPOSITORY,
        serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        runId: env.GITHUB_RUN_ID
    };
}
/**
 * Step 2: the app this run acts on: the `app` input, or for a preview the name derived from the
 * PR. `reap` runs on a schedule, without a PR: for it `app` is the base of the previews it reaps.
 */
function resolveTarget(app, preview, command, context) {
    if (!preview || command === 'reap')
        return { app, closing: false };
    return resolvePreview(context.eventName, context.payload, app);
}

;// CONCATENATED MODULE: ./src/github/retry.ts
/**
 * When a GitHub REST call is worth repeating, and after how long: server errors (5xx) and rate
 * limits (429, or 403 whose message, `retry-after` or `x-ratelimit-remaining: 0` says so), as
 * GitHub's REST guide asks: wait `retry-after` seconds when given, else until
 * `x-ratelimit-reset`, else back off exponentially. Bounded: a few attempts, and a wait longer
 * than `maxWaitMs` is not waited out at all (a report must not hold the job for an hour).
 */

const COMMENT_RETRY = { attempts: 4, baseDelayMs: 1000, maxWaitMs: 20_000 };
function isRateLimited(error) {
    if (error.status === 429)
        return true;
    return (error.status === 403 &&
        (/rate limit/i.test(error.apiMessage) ||
            error.header('retry-after') !== undefined ||
            error.header('x-ratelimit-remaining') === '0'));
}
/** Milliseconds to wait before attempt `attempt + 1`, or undefined: not worth a retry. */
function retryDelayMs(error, attempt, policy, now = Date.now()) {
    if (!(error instanceof GitHubHttpError))
        return undefined;
    if (error.status < 500 && !isRateLimited(error))
        return undefined;
    const retryAfter = error.header('retry-after');
    if (retryAfter !== undefined) {
        const seconds = Number(retryAfter);
        const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
        if (!Number.isNaN(ms))
            return Math.max(0, ms);
    }
    const reset = Number(error.header('x-ratelimit-reset'));
    if (error.header('x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0) {
        return Math.max(0, reset * 1000 - now);
    }
    return policy.baseDelayMs * 2 ** (attempt - 1);
}
/**
 * Runs `attempt` until it succeeds, or fails for a reason a retry cannot fix, or the policy is
 * spent; then the last error is thrown. `onRetry` hears each wait (for the log).
 */
async function withRetries(policy, attempt, onRetry = () => undefined, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))) {
    for (let count = 1;; count++) {
        try {
            return await attempt();
        }
        catch (error) {
            const delay = retryDelayMs(error, count, policy);
            if (delay === undefined || count >= policy.attempts || delay > policy.maxWaitMs)
                throw error;
            onRetry(error, delay);
            await sleep(delay);
        }
    }
}

;// CONCATENATED MODULE: ./src/github/comment.ts
/**
 * The one pull-request comment a preview keeps up to date: found again by a hidden marker,
 * created or updated in place, and rendered from the run's result. Writing the comment is a
 * report, not part of the deploy: a missing permission or a read-only fork token comes back as a
 * warning with the fix, never as an exception that would fail a good deploy. Server errors and
 * rate limits are retried a few times (github/retry.ts).
 */


/** 100 comments a page: 50 pages is far beyond any real PR and stops a runaway Link chain. */
const MAX_COMMENT_PAGES = 50;
/** GitHub rejects comment bodies over 65,536 characters. */
const MAX_BODY_LENGTH = 65_536;
/** The hidden line that identifies this action's comment for `app` among a PR's comments. */
function commentMarker(app) {
    return `<!-- fly-webrtc-deploy:${app} -->`;
}
async function findMarkedComment(target, marker) {
    let url = endpoint(target, `issues/${target.prNumber}/comments?per_page=100`);
    for (let page = 0; url !== undefined && page < MAX_COMMENT_PAGES; page++) {
        const { json, link } = await request(target, 'GET', url);
        const comments = Array.isArray(json) ? json : [];
        const found = comments.find((c) => typeof c.body === 'string' && c.body.includes(marker));
        if (found)
            return found;
        url = nextPageUrl(link, target.apiUrl);
    }
    return undefined;
}
function fitBody(body) {
    if (body.length <= MAX_BODY_LENGTH)
        return body;
    const note = '\n\n…(truncated: GitHub limits a comment to 65,536 characters)';
    return body.slice(0, MAX_BODY_LENGTH - note.length) + note;
}
function warningFor(error) {
    const prefix = 'Could not write the pull-request comment';
    const tail = 'The deploy itself is not affected.';
    if (error instanceof GitHubHttpError) {
        if (isRateLimited(error)) {
            const wait = error.header('retry-after');
            return `${prefix}: GitHub's rate limit (${error.message}${wait ? `; retry after ${wait} s` : ''}) outlasted the retries. ${tail}`;
        }
        if (error.status === 401) {
            return `${prefix} (${error.message}): the github-token was rejected. Pass a valid token, e.g. github-token: \${{ github.token }}. ${tail}`;
        }
        if (error.status === 403 || error.status === 404) {
            return (`${prefix} (${error.message}). Give the job \`permissions: pull-requests: write\`. ` +
                'On a pull request from a fork the token is read-only and secrets are absent: run ' +
                'previews from a same-repository branch, a label- or comment-gated pull_request_target ' +
                `job that does not check out the fork's code, or a workflow_run workflow, or set comment: false. ${tail}`);
        }
        return `${prefix}: the GitHub API answered ${error.message}. ${tail}`;
    }
    const reason = error instanceof Error ? error.message : String(error);
    return `${prefix}: the GitHub API could not be reached (${reason}). ${tail}`;
}
/**
 * Creates this app's comment on the PR, or updates it in place when a comment with the marker
 * exists (so a PR gets one comment, however many runs). Never throws for an HTTP or network
 * failure: it returns `skipped` with a warning that says what to change.
 */
async function upsertPullRequestComment(options) {
    const marker = commentMarker(options.app);
    const body = fitBody(options.body.includes(marker) ? options.body : `${marker}\n${options.body}`);
    if (!options.token) {
        return {
            action: 'skipped',
            warning: 'No github-token, so no pull-request comment. Pass github-token: ${{ github.token }} ' +
                'with `permissions: pull-requests: write`, or set comment: false.'
        };
    }
    // Validate before any request so a malformed GITHUB_REPOSITORY is a bug report, not a warning.
    repoPath(options.repo);
    const policy = { ...COMMENT_RETRY, ...options.retry };
    const onRetry = (error, delayMs) => options.onRetry?.(`The pull-request comment got ${error instanceof Error ? error.message : String(error)}; trying again in ${Math.round(delayMs / 100) / 10} s`);
    try {
        // Each attempt looks for the comment again: a create that failed with a 502 may still have
        // been stored, and the retry then updates it instead of adding a second one.
        return await withRetries(policy, () => writeComment(options, marker, body), onRetry);
    }
    catch (error) {
        return { action: 'skipped', warning: warningFor(error) };
    }
}
async function writeComment(options, marker, body) {
    const existing = await findMarkedComment(options, marker);
    if (existing) {
        const url = endpoint(options, `issues/comments/${existing.id}`);
        const { json } = await request(options, 'PATCH', url, { body });
        return { action: 'updated', url: json?.html_url };
    }
    const url = endpoint(options, `issues/${options.prNumber}/comments`);
    const { json } = await request(options, 'POST', url, { body });
    return { action: 'created', url: json?.html_url };
}
const HEADLINES = {
    ready: '✅ Preview ready',
    failed: '❌ Preview failed',
    'rolled-back': '⚠️ Preview rolled back to the previous release',
    destroyed: '🧹 Preview destroyed'
};
/** Link to a run's page: `${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}`. */
function workflowRunUrl(serverUrl, repo, runId) {
    return `${serverUrl.replace(/\/+$/, '')}/${repo}/actions/runs/${runId}`;
}
function regionTable(regions) {
    const header = [
        '| Region | App | IPv4 | Probe | RTT | Ready after |',
        '|---|---|---|---|---|---|'
    ];
    return [
        ...header,
        ...regions
            .map((r) => [
            r.region,
            code(r.app),
            r.ipv4 ? code(r.ipv4) : '',
            `${r.ok ? '✅' : '❌'} ${r.verdict}`,
            r.rttMs === undefined ? '' : `${r.rttMs} ms`,
            r.readyAfterSeconds === undefined ? '' : `${r.readyAfterSeconds} s`
        ]
            .map(cell)
            .join(' | '))
            .map((row) => `| ${row} |`)
    ];
}
/** Text safe inside a Markdown table cell (a `|` would end the cell, a newline the row). */
function cell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function code(text) {
    return `\`${text.replace(/`/g, "'")}\``;
}
function mermaidBlock(source) {
    const trimmed = source.trim();
    return trimmed.startsWith('```') ? trimmed : '```mermaid\n' + trimmed + '\n```';
}
/**
 * The Markdown of the preview comment: a headline with the status, a table (app, address,
 * STUN/TURN URLs, probe verdict, release, commit), the probe timeline folded away, and a link to
 * the run. The hidden marker is added by `upsertPullRequestComment`.
 */
function renderPreviewComment(data) {
    const rows = [
        ['App', `[${code(data.app)}](https://fly.io/apps/${encodeURIComponent(data.app)})`]
    ];
    if (data.status !== 'destroyed') {
        const address = [data.ipv4 && code(data.ipv4), data.hostname && code(data.hostname)];
        const shown = address.filter((part) => Boolean(part));
        if (shown.length > 0)
            rows.push(['Address', shown.join(' · ')]);
        if (data.stunUrl)
            rows.push(['STUN', code(data.stunUrl)]);
        if (data.turnUrls && data.turnUrls.length > 0) {
            rows.push(['TURN', data.turnUrls.map(code).join('<br>')]);
        }
        if (data.probe)
            rows.push(['Probe', `${data.probe.ok ? '✅' : '❌'} ${data.probe.verdict}`]);
        const release = [
            data.release?.version !== undefined ? `v${data.release.version}` : undefined,
            data.release?.image ? code(data.release.image) : undefined
        ].filter((part) => part !== undefined);
        if (release.length > 0)
            rows.push(['Release', release.join(' · ')]);
    }
    if (data.commitSha)
        rows.push(['Commit', code(data.commitSha.slice(0, 12))]);
    const lines = [`### ${HEADLINES[data.status]}: ${code(data.app)}`, '', '| | |', '|---|---|'];
    for (const [name, value] of rows)
        lines.push(`| ${name} | ${cell(value)} |`);
    if (data.regions && data.status !== 'destroyed')
        lines.push('', ...regionTable(data.regions));
    for (const detail of data.details ?? [])
        lines.push('', detail);
    if (data.timelineMermaid?.trim() && data.status !== 'destroyed') {
        lines.push('', '<details><summary>Probe timeline</summary>', '');
        lines.push(mermaidBlock(data.timelineMermaid), '', '</details>');
    }
    const footer = [];
    if (data.runUrl)
        footer.push(`[Workflow run](${data.runUrl})`);
    if (data.updatedAt) {
        footer.push(`updated ${data.updatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
    }
    if (footer.length > 0)
        lines.push('', `<sub>${footer.join(' · ')}</sub>`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/github/report-comment.ts

async function reportToPullRequest(request, target, context, comment, logger) {
    if (!request.wanted || !comment || !target.pr || !context.repository)
        return;
    const runUrl = context.runId
        ? workflowRunUrl(context.serverUrl, context.repository, context.runId)
        : undefined;
    const result = await upsertPullRequestComment({
        apiUrl: context.apiUrl,
        token: request.githubToken ?? '',
        repo: context.repository,
        prNumber: target.pr.number,
        app: target.app,
        body: renderPreviewComment({ ...comment, runUrl, commitSha: target.pr.headSha }),
        onRetry: (note) => logger.info(note)
    });
    if (result.warning)
        logger.warn(result.warning);
    else
        logger.info(`Pull-request comment ${result.action}${result.url ? `: ${result.url}` : ''}`);
}

;// CONCATENATED MODULE: ./src/github/runtime.ts
/**
 * The bridge to the Actions runtime: a Logger backed by @actions/core, log groups, and outputs.
 * Everything outside main.ts, inputs.ts and src/github/ receives these as plain parameters.
 */

const coreLogger = {
    info: (message) => core/* info */.pq(message),
    warn: (message) => core/* warning */.$e(message),
    debug: (message) => core/* debug */.Yz(message)
};
/** coreLogger that also appends every warning to `kept` (for the summary of a failed run). */
function keepingWarnings(kept) {
    return {
        ...coreLogger,
        warn: (message) => {
            kept.push(message);
            coreLogger.warn(message);
        }
    };
}
/** Runs one pipeline step inside a collapsible log group named after it. */
function step(name, body) {
    return core/* group */.Os(name, body);
}
/** Sets outputs, skipping undefined ones so a later step can test `!= ''`. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value !== undefined)
            core/* setOutput */.uH(name, String(value));
    }
}

;// CONCATENATED MODULE: ./src/github/summary.ts
/**
 * The job summary a person reads in five seconds: verdict, where it runs, the TURN/STUN URLs,
 * the probe result with its timeline, and the flyctl calls made. Rendering is pure markdown;
 * writing goes through @actions/core only when the runner provides a summary file.
 */

const VERDICT_ICON = {
    ready: '✅',
    deployed: '✅',
    probed: '✅',
    planned: '📝',
    destroyed: '🗑️',
    reaped: '🧹',
    failed: '❌',
    skipped: '⏭️'
};
function renderSummary(s) {
    const out = [`## ${VERDICT_ICON[s.verdict]} ${s.title}`, ''];
    if (s.error)
        out.push('```text', s.error, '```', '');
    out.push(...tables(s));
    if (s.urls && s.urls.length > 0)
        out.push('**ICE servers**', '', '```text', ...s.urls, '```', '');
    for (const { label, probe } of s.probes ?? [])
        out.push(...probeSection(label, probe));
    for (const w of s.warnings ?? [])
        out.push(`> ⚠️ ${w}`, '');
    for (const b of s.blocks ?? [])
        out.push(...details(b.title, b.language, b.text.trimEnd()));
    if (s.flyctlCalls && s.flyctlCalls.length > 0) {
        const title = `flyctl calls (${s.flyctlCalls.length})`;
        out.push(...details(title, 'text', s.flyctlCalls.join('\n')));
    }
    if (s.timings && s.timings.length > 0) {
        out.push('| step | seconds |', '|---|---:|', ...s.timings.map(([name, ms]) => `| ${name} | ${(ms / 1000).toFixed(2)} |`), '');
    }
    return out.join('\n');
}
/** The key/value rows, then the table with a header (a fleet's regions). */
function tables(s) {
    const out = [];
    const rows = s.rows.filter((row) => row[1] !== undefined && row[1] !== '');
    if (rows.length > 0) {
        out.push('| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${escapeCell(v)} |`), '');
    }
    if (s.table && s.table.rows.length > 0) {
        const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
        out.push(line(s.table.columns), `|${s.table.columns.map(() => '---').join('|')}|`);
        out.push(...s.table.rows.map(line), '');
    }
    return out;
}
function probeSection(label, probe) {
    const out = [`### ${probe.ok ? '✅' : '❌'} ${label}: ${probe.summary}`, ''];
    const facts = [
        `${probe.attempts} attempt${probe.attempts === 1 ? '' : 's'}`,
        probe.readyAfterMs === undefined
            ? undefined
            : `ready ${(probe.readyAfterMs / 1000).toFixed(1)} s after the deploy`,
        probe.rttMs === undefined ? undefined : `RTT ${probe.rttMs.toFixed(1)} ms`
    ].filter(Boolean);
    out.push(facts.join(' · '), '');
    if (probe.scope)
        out.push(probe.scope, '');
    if (probe.diagnostic)
        out.push('```text', probe.diagnostic, '```', '');
    for (const w of probe.warnings)
        out.push(`> ⚠️ ${w}`, '');
    if (probe.timeline)
        out.push(probe.timeline, '');
    return out;
}
/** A folded block: a title a person clicks to see the text. */
function details(title, language, text) {
    return [
        `<details><summary>${title}</summary>`,
        '',
        '```' + language,
        text,
        '```',
        '',
        '</details>',
        ''
    ];
}
/** Appends to the job summary; outside a runner (no GITHUB_STEP_SUMMARY) it prints to the log. */
async function writeSummary(markdown) {
    if (process.env.GITHUB_STEP_SUMMARY) {
        await core/* summary */.z.addRaw(markdown, true).write();
    }
    else {
        core/* info */.pq(markdown);
    }
}
function escapeCell(value) {
    return value.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * run(): one run of the action. Inputs (validated by the entry point before this module loaded),
 * then the target app, then the command, then the report: outputs, job summary, PR comment.
 */







async function run(env, early) {
    const context = runContext(env);
    let settings;
    let target;
    let result;
    // Every warning of the run (lint's first), kept for the summary of a run that fails.
    const warnings = [];
    const logger = keepingWarnings(warnings);
    try {
        if ('error' in early)
            throw early.error;
        settings = early.settings;
        target = resolveTarget(settings.app ?? '', settings.preview, settings.command, context); // 2
        result = await runCommand(settings, target, { env, logger, group: step });
        setOutputs(result.outputs);
        if (result.summary.verdict === 'failed')
            core/* setFailed */.C1(result.summary.error ?? result.summary.title);
    }
    catch (error) {
        result = failedRun(error, target, warnings);
    }
    await writeSummary(renderSummary(result.summary)); // 12
    if (settings && target) {
        const wanted = settings.comment ?? settings.preview;
        const request = { wanted, githubToken: settings.githubToken };
        await reportToPullRequest(request, target, context, result.comment, logger);
    }
}
function failedRun(error, target, warnings) {
    const message = (0,src_errors/* describeError */.Uc)(error);
    core/* setFailed */.C1(message);
    return {
        summary: {
            title: 'fly-webrtc-deploy failed',
            verdict: 'failed',
            rows: [],
            error: message,
            warnings
        },
        outputs: {},
        // A preview's comment must not go on saying "ready" after a failed run.
        comment: target?.pr ? { status: 'failed', app: target.app, details: [message] } : undefined
    };
}


/***/ })

};
