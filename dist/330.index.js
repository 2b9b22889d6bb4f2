export const id = 330;
export const ids = [330];
export const modules = {

/***/ 9330:
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
    args.push(...request.deployArgs);
    return args;
}

;// CONCATENATED MODULE: ./src/fly/shapes.ts
/**
 * The JSON shapes flyctl documents (reference/flyctl.md), checked field by field so that a
 * changed format is reported as such instead of surfacing later as `undefined`.
 */
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
async function createApp(fly, app, org, logger) {
    try {
        await fly.run(appsCreateArgv(app, org));
        logger.info(`Created app ${app} in organisation ${org}`);
    }
    catch (error) {
        if (!(error instanceof src_errors/* ActionError */.lZ))
            throw error;
        const stderr = error.stderr ?? '';
        if (/name_taken|already been taken/i.test(stderr)) {
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
 * lookup and our create, flyctl answers "name taken"; if we can now see the app, it is ours.
 */
async function ensureApp(fly, app, org, found, logger) {
    if (found.exists)
        return { ...found, created: false };
    try {
        await createApp(fly, app, org, logger);
        return { exists: true, ips: [], created: true };
    }
    catch (error) {
        if (!(error instanceof src_errors/* ActionError */.lZ) || !/taken/.test(error.message))
            throw error;
        const again = await lookUpApp(fly, app);
        if (!again.exists)
            throw error;
        logger.info(`App ${app} was created by a concurrent run; using it`);
        return { ...again, created: false };
    }
}
/** Every app of an organisation (reap picks its previews among them). */
function listOrgApps(fly, org) {
    return fly.json(appsListArgv(org), parseAppList, { readOnly: true });
}

;// CONCATENATED MODULE: ./src/fly/scale.ts

async function scaleOut(fly, request, logger) {
    const { app, count, regions } = request;
    await fly.run(scaleCountArgv(app, count, regions));
    logger.info(`Scaled ${app} to ${count} machine${count === 1 ? '' : 's'} in each of ${regions.join(', ')}`);
    return request;
}

;// CONCATENATED MODULE: ./src/fly/deploy.ts
/**
 * Step 9: `flyctl deploy` with the rendered config, the new release read from the line that
 * FLY_EMIT_RELEASE_JSON=1 adds, then `status --json` to confirm the machines run that release
 * (flyctl can exit 0 while the new release is not what serves).
 */



/** Build time on Fly's remote builder comes on top of the wait for machines. */
const BUILD_ALLOWANCE_MS = 15 * 60_000;
const CONFIRM_ATTEMPTS = 3;
const CONFIRM_PAUSE_MS = 2_000;
async function deployRelease(fly, request, logger, timeoutOverrideMs) {
    logger.info(`Watch the deployment at https://fly.io/apps/${request.app}/monitoring`);
    const result = await fly.run(deployArgv(request), {
        env: { FLY_EMIT_RELEASE_JSON: '1' },
        timeoutMs: timeoutOverrideMs ?? request.waitTimeoutMs + BUILD_ALLOWANCE_MS
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
 * Tearing an app down: its dedicated addresses released first (each costs money), then the app
 * destroyed. Something already gone is a success that says so.
 */



/** Dedicated, billed address types; the shared IPv4 is synthetic and cannot be released. */
const RELEASABLE = new Set(['v4', 'v6']);
async function destroyApp(fly, app, logger) {
    const found = await lookUpApp(fly, app);
    if (!found.exists) {
        logger.info(`App ${app} does not exist (already destroyed); nothing to do`);
        return { app, existed: false, releasedAddresses: [] };
    }
    const addresses = found.ips.filter((ip) => RELEASABLE.has(ip.type)).map((ip) => ip.address);
    if (addresses.length > 0) {
        await fly.run(releaseIpsArgv(app, addresses));
        logger.info(`Released ${addresses.join(', ')}`);
    }
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
    logger.info(`Destroyed app ${app}`);
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

// EXTERNAL MODULE: ./src/config/index.ts + 25 modules
var src_config = __webpack_require__(6714);
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
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/fly/exec.ts
/**
 * The one place that starts flyctl: an argv array (never a shell string), an optional stdin,
 * an environment, and a hard timeout after which the process group is killed.
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
    const timer = setTimeout(() => {
        timedOut = true;
        killGroup(child.pid);
    }, request.timeoutMs);
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    child.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
    });
    child.on('close', (code) => {
        clearTimeout(timer);
        resolve({
            exitCode: code,
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
/**
 * A typed client over one exec function: argv in, classified errors out. The token travels in
 * the environment (FLY_API_TOKEN), never in argv; secret values are masked in every message;
 * read-only calls are retried with backoff on transient errors; every call has a timeout.
 */




const ANSI = /\x1b\[[0-9;]*m/g; // eslint-disable-line no-control-regex
const NOT_FOUND = /Could not (?:find|resolve) App\b/i;
const UNAUTHORIZED = /no access token available|must be authenticated|unauthori[sz]ed|not authorized|authentication required|invalid token|token (?:is )?expired|\b401\b|permission denied|forbidden/i;
const TRANSIENT = /\b5\d\d (?:[A-Z][a-z]|status)|status(?: code)? 5\d\d\b|service unavailable|bad gateway|gateway time-?out|timed out|deadline exceeded|connection (?:reset|refused)|unexpected EOF|i\/o timeout|TLS handshake|no such host|temporar|network is unreachable|rate limit|\b429\b|too many requests/i;
class Flyctl {
    options;
    calls = [];
    exec;
    logger;
    sleep;
    constructor(options) {
        this.options = options;
        this.exec = options.exec ?? execProcess;
        this.logger = options.logger ?? silentLogger;
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    }
    /** Total wall time spent inside flyctl, for the self-time measurement. */
    get timeInFlyctlMs() {
        return this.calls.reduce((sum, call) => sum + call.durationMs, 0);
    }
    /** Runs flyctl; resolves with its output on exit 0, throws a classified ActionError otherwise. */
    async run(args, call = {}) {
        const attempts = call.readOnly ? (this.options.readAttempts ?? 3) : 1;
        for (let attempt = 1;; attempt++) {
            const result = await this.runOnce(args, call);
            if (result.exitCode === 0 && !result.timedOut)
                return result;
            const error = this.classify(args, result, call.timeoutMs ?? this.timeoutMs);
            if (error.kind !== 'transient' || attempt >= attempts)
                throw error;
            const delay = (this.options.retryDelayMs ?? 1000) * 2 ** (attempt - 1);
            this.logger.warn(`${error.message}; retrying in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${attempts})`);
            await this.sleep(delay);
        }
    }
    /** Runs a `--json` command and checks the output against the documented shape. */
    async json(args, parse, call = {}) {
        const result = await this.run(args, call);
        let value;
        try {
            value = JSON.parse(result.stdout);
        }
        catch {
            throw this.badOutput(args, result.stdout, 'is not JSON');
        }
        try {
            return parse(value);
        }
        catch (error) {
            throw this.badOutput(args, result.stdout, `does not have the documented shape (${error.message})`);
        }
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
    get timeoutMs() {
        return this.options.timeoutMs ?? 120_000;
    }
    async runOnce(args, call) {
        this.logger.debug(`flyctl ${this.maskArgs(args).join(' ')}`);
        const result = await this.exec({
            file: this.options.binary,
            args,
            env: this.environment(call.env),
            stdin: call.stdin,
            cwd: call.cwd,
            timeoutMs: call.timeoutMs ?? this.timeoutMs
        });
        this.calls.push({
            args: this.maskArgs(args),
            exitCode: result.exitCode,
            durationMs: result.durationMs,
            stdinLabel: call.stdinLabel
        });
        return result;
    }
    environment(extra = {}) {
        const env = { ...this.options.baseEnv, ...extra };
        // FLY_ACCESS_TOKEN outranks FLY_API_TOKEN in flyctl, and FLY_APP could redirect a call:
        // the action states both explicitly.
        delete env.FLY_ACCESS_TOKEN;
        delete env.FLY_APP;
        env.FLY_API_TOKEN = this.options.token;
        env.FLY_NO_UPDATE_CHECK = '1';
        env.NO_COLOR = '1';
        return env;
    }
    classify(args, result, timeoutMs) {
        const stderr = this.mask(result.stderr.replace(ANSI, '')).trim();
        const command = ['flyctl', ...this.maskArgs(args)];
        if (result.timedOut) {
            return new src_errors/* ActionError */.lZ('timeout', `flyctl ${subcommand(args)} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped`, {
                command,
                stderr,
                exitCode: result.exitCode,
                hint: 'Fly.io may be slow or unreachable; run the job again, and check https://status.flyio.net'
            });
        }
        // Classify by flyctl's own error text only: a deploy's stderr also carries the build log,
        // where "permission denied" or "timeout" say nothing about Fly's API.
        const errorText = errorLines(stderr);
        const kind = NOT_FOUND.test(errorText)
            ? 'not-found'
            : UNAUTHORIZED.test(errorText)
                ? 'unauthorized'
                : result.exitCode === 126 || TRANSIENT.test(errorText)
                    ? 'transient'
                    : 'command-failed';
        const reason = firstErrorLine(stderr) ?? `exit code ${result.exitCode}`;
        return new src_errors/* ActionError */.lZ(kind, `flyctl ${subcommand(args)} failed: ${reason}`, {
            command,
            stderr,
            exitCode: result.exitCode,
            hint: kind === 'unauthorized'
                ? 'check that api-token holds a valid Fly.io token for this app or organisation'
                : undefined
        });
    }
    badOutput(args, stdout, problem) {
        const excerpt = this.mask(stdout.replace(ANSI, '')).trim().slice(0, 200);
        return new src_errors/* ActionError */.lZ('bad-output', `flyctl ${subcommand(args)} printed output that ${problem}: ${excerpt || '(nothing)'}`, {
            command: ['flyctl', ...this.maskArgs(args)],
            hint: 'this flyctl version may print a different format; pin flyctl-version to the tested default'
        });
    }
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
/** flyctl prints `Error: <message>`; other lines are context. */
function firstErrorLine(stderr) {
    const line = stderr.split('\n').find((l) => l.startsWith('Error:'));
    return (line ?? stderr.split('\n').find((l) => l.trim() !== ''))?.replace(/^Error:\s*/, '').trim();
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
    async run(args, call = {}) {
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
            return answer(await this.ipList(args, app));
        if (app !== undefined && command === 'status' && this.deployedImages.has(app)) {
            return answer(await this.statusAfterDeploy(args, app));
        }
        return super.run(args, call);
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
    async ipList(args, app) {
        const existing = this.createdApps.has(app)
            ? []
            : JSON.parse((await super.run(args, { readOnly: true })).stdout);
        return JSON.stringify([...existing, ...(this.addedIps.get(app) ?? [])]);
    }
    /** The status a finished deploy leaves: every machine on the next release, at least one. */
    async statusAfterDeploy(args, app) {
        const current = this.createdApps.has(app)
            ? { Name: app, Hostname: appHostname(app), Version: 0, Machines: [] }
            : JSON.parse((await super.run(args, { readOnly: true })).stdout);
        const version = String((current.Version ?? 0) + 1);
        const machines = current.Machines?.length ? current.Machines : [{ id: 'planned', region: '' }];
        const image = this.deployedImages.get(app);
        return JSON.stringify({
            ...current,
            Version: Number(version),
            Machines: machines.map((m) => ({
                ...m,
                state: 'started',
                config: { ...m.config, image, metadata: { fly_release_version: version } }
            }))
        });
    }
}
function dry_run_valueOf(args, flag) {
    const index = args.indexOf(flag);
    return index < 0 ? undefined : args[index + 1];
}
function answer(stdout) {
    return { exitCode: 0, stdout, stderr: '', timedOut: false, durationMs: 0 };
}

// EXTERNAL MODULE: ./src/probe/types.ts
var types = __webpack_require__(2367);
;// CONCATENATED MODULE: ./src/probe/option-names.ts
/**
 * How the probe names its options to a person. The probe speaks of its own option fields; each
 * front end says what it calls them (the action its inputs, such as `turn-username`; the CLI its
 * flags, such as `--user`), and validation errors and hints use those names.
 */

/** Names for a caller that gave none: plain words that fit into a sentence. */
const NEUTRAL_NAMES = {
    uri: 'the URI',
    host: 'the host',
    port: 'the port',
    tlsPort: 'the TLS port',
    transports: 'the transports',
    checks: 'the checks',
    credentials: 'the credentials',
    username: 'the username',
    password: 'the password',
    secret: 'the shared secret',
    ttl: 'the credential TTL',
    realm: 'the expected realm',
    expectedRelayIp: 'the expected relay IP',
    healthUrl: 'the health URL',
    healthToken: 'the health token',
    servername: 'the TLS servername',
    ca: 'the CA certificate',
    timeout: 'the timeout',
    interval: 'the interval'
};
function optionName(field, names = {}) {
    return names[field] ?? NEUTRAL_NAMES[field];
}
/**
 * An option the probe cannot use. The message names it as the front end does, says what is
 * wrong and shows a good value: "<name>: <problem> (for example: <example>)". A front end that
 * words errors its own way reads `field`, `problem` and `example`.
 */
class option_names_ProbeOptionError extends src_errors/* ActionError */.lZ {
    field;
    problem;
    example;
    constructor(field, problem, example, names) {
        const suffix = example === undefined ? '' : ` (for example: ${example})`;
        super('invalid-input', `${optionName(field, names)}: ${problem}${suffix}`);
        this.name = 'ProbeOptionError';
        this.field = field;
        this.problem = problem;
        this.example = example;
    }
}

// EXTERNAL MODULE: ./src/probe/host.ts
var host = __webpack_require__(2202);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
;// CONCATENATED MODULE: ./src/probe/ip.ts
/**
 * IP address <-> bytes, without I/O. STUN carries addresses as raw bytes (XOR-ed with the magic
 * cookie and, for IPv6, the transaction ID), so the codec needs exact conversions both ways.
 */

/** Formats an address as host:port, with IPv6 literals in brackets. */
function formatAddress(a) {
    return (0,external_node_net_.isIPv6)(a.address) ? `[${a.address}]:${a.port}` : `${a.address}:${a.port}`;
}
function ipFamily(ip) {
    if ((0,external_node_net_.isIPv4)(ip))
        return 'IPv4';
    if ((0,external_node_net_.isIPv6)(ip))
        return 'IPv6';
    return undefined;
}
/** 4 or 16 bytes of an IP literal; throws on anything that is not one (callers validate first). */
function ipToBytes(ip) {
    if ((0,external_node_net_.isIPv4)(ip))
        return Buffer.from(ip.split('.').map((part) => Number(part)));
    if (!(0,external_node_net_.isIPv6)(ip))
        throw new Error(`not an IP address: ${ip}`);
    let text = ip.split('%')[0];
    const bytes = Buffer.alloc(16);
    // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two hex groups.
    const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
    if (v4Tail) {
        const v4 = ipToBytes(v4Tail[1]);
        text = `${text.slice(0, -v4Tail[1].length)}${v4.readUInt16BE(0).toString(16)}:${v4.readUInt16BE(2).toString(16)}`;
    }
    const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
    const headGroups = head === '' ? [] : head.split(':');
    const tailGroups = tail === undefined || tail === '' ? [] : tail.split(':');
    const zeros = 8 - headGroups.length - tailGroups.length;
    const groups = [
        ...headGroups,
        ...Array(tail === undefined ? 0 : zeros).fill('0'),
        ...tailGroups
    ];
    groups.forEach((group, index) => bytes.writeUInt16BE(parseInt(group, 16), index * 2));
    return bytes;
}
/** Formats 4 or 16 bytes as an IP literal; IPv6 in the RFC 5952 canonical form. */
function bytesToIp(bytes) {
    if (bytes.length === 4)
        return Array.from(bytes).join('.');
    const groups = [];
    for (let i = 0; i < 16; i += 2)
        groups.push((bytes[i] << 8) | bytes[i + 1]);
    // RFC 5952: compress the longest run (first one on ties) of two or more zero groups.
    let bestStart = -1;
    let bestLength = 1;
    for (let start = 0; start < 8;) {
        if (groups[start] !== 0) {
            start++;
            continue;
        }
        let end = start;
        while (end < 8 && groups[end] === 0)
            end++;
        if (end - start > bestLength) {
            bestStart = start;
            bestLength = end - start;
        }
        start = end;
    }
    const hex = groups.map((g) => g.toString(16));
    if (bestStart < 0)
        return hex.join(':');
    return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}
/** True for 127.0.0.0/8 and ::1: where a local test talks, and where a probe binds locally. */
function isLoopback(ip) {
    if ((0,external_node_net_.isIPv4)(ip))
        return ip.startsWith('127.');
    return (0,external_node_net_.isIPv6)(ip) && bytesToIp(ipToBytes(ip)) === '::1';
}

;// CONCATENATED MODULE: ./src/probe/validate.ts
/**
 * Checks ProbeOptions before any packet is sent. Errors name the option as the caller's front end
 * calls it (`options.names`), so the same check serves the action and the CLI.
 */




const EXAMPLE_HEALTH_URL = 'https://my-app.fly.dev/health';
/** Throws a ProbeOptionError for the first option the probe cannot use. */
function validateProbeOptions(o) {
    const fail = (field, problem, example) => {
        throw new option_names_ProbeOptionError(field, problem, example, o.names);
    };
    if (!(0,host/* isHostOrIp */.B)(o.host ?? '')) {
        fail('host', `'${o.host}' is not a host name or IP address`, '203.0.113.7');
    }
    checkPort(o.port, 'port', String(types/* DEFAULT_PORT */.Wg), fail);
    checkPort(o.tlsPort, 'tlsPort', String(types/* DEFAULT_TLS_PORT */.e1), fail);
    checkLists(o, fail);
    checkCredentials(o, fail);
    if (o.realm === '')
        fail('realm', 'is empty', 'turn.example.com');
    if (o.expectedRelayIp !== undefined && !ipFamily(o.expectedRelayIp)) {
        fail('expectedRelayIp', `'${o.expectedRelayIp}' is not an IP address`, '203.0.113.7');
    }
    if (o.checks.includes('http'))
        parseHealthUrl(o.healthUrl, o.names);
    if (!Number.isFinite(o.timeoutMs) || o.timeoutMs <= 0) {
        fail('timeout', 'must be longer than zero', '5m');
    }
    if (!Number.isFinite(o.intervalMs) || o.intervalMs <= 0) {
        fail('interval', 'must be longer than zero', '2s');
    }
}
function checkPort(port, field, example, fail) {
    if (port === undefined)
        return;
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
        fail(field, `${port} is not a port (1-65535)`, example);
    }
}
function checkLists(o, fail) {
    if (o.transports.length === 0)
        fail('transports', 'lists no transport', 'udp, tcp');
    for (const transport of o.transports) {
        if (!(0,types/* isProbeTransport */.gQ)(transport)) {
            fail('transports', `'${String(transport)}' is not one of ${types/* PROBE_TRANSPORTS */.Ix.join(', ')}`, 'udp');
        }
    }
    if (o.checks.length === 0)
        fail('checks', 'lists no check', 'stun, turn');
    for (const check of o.checks) {
        if (!(0,types/* isProbeCheck */.pN)(check)) {
            fail('checks', `'${String(check)}' is not one of ${types/* PROBE_CHECKS */.hh.join(', ')}`, 'turn, relay');
        }
    }
}
function checkCredentials(o, fail) {
    const credentials = o.credentials;
    if ((o.checks.includes('turn') || o.checks.includes('relay')) && !credentials) {
        const name = (field) => optionName(field, o.names);
        fail('credentials', `the 'turn' and 'relay' checks need ${name('username')} and ${name('password')}, or ${name('secret')}`);
    }
    if (credentials?.kind === 'long-term') {
        if (credentials.username === '')
            fail('username', 'is empty', 'probe');
        if (credentials.password === '')
            fail('password', 'is empty');
    }
    if (credentials?.kind === 'rest') {
        if (credentials.secret === '')
            fail('secret', 'is empty');
        if (credentials.ttlSeconds !== undefined && !Number.isInteger(credentials.ttlSeconds)) {
            fail('ttl', `${credentials.ttlSeconds} s is not a whole number of seconds`, '86400');
        }
    }
}
/** The health URL as a URL; throws a ProbeOptionError unless it is an http(s) URL. */
function parseHealthUrl(text, names) {
    const fail = (problem) => {
        throw new option_names_ProbeOptionError('healthUrl', problem, EXAMPLE_HEALTH_URL, names);
    };
    if (!text)
        return fail("is needed by the 'http' check");
    let url;
    try {
        url = new URL(text);
    }
    catch {
        url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
        return fail(`'${text}' is not an http(s) URL`);
    }
    return url;
}

;// CONCATENATED MODULE: ./src/probe/failure.ts
/** A failed exchange, named by the outcome the timeline records. */
class ProbeFailure extends Error {
    outcome;
    /** Node's error code (ECONNREFUSED, ERR_TLS_CERT_ALTNAME_INVALID, ...) when there was one. */
    code;
    constructor(outcome, message, code) {
        super(message);
        this.name = 'ProbeFailure';
        this.outcome = outcome;
        this.code = code;
    }
}

;// CONCATENATED MODULE: ./src/probe/attempt.ts
/**
 * What one attempt is made of: the checks it runs, the context they share, and the record each
 * check leaves. The transport, relay and HTTP checks all produce CheckRecords; the readiness loop
 * turns them into the timeline and the report.
 */


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
        code: failure.code
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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

// EXTERNAL MODULE: external "node:dgram"
var external_node_dgram_ = __webpack_require__(1314);
var external_node_dgram_default = /*#__PURE__*/__webpack_require__.n(external_node_dgram_);
// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
;// CONCATENATED MODULE: ./src/probe/transport/address.ts
/** Where a channel talks to and from: the server's resolved address and the local one to bind. */



/** Resolves a host name (or passes an IP literal through) to the address to talk to. */
async function resolveHost(host) {
    const literal = host.replace(/^\[|\]$/g, '');
    const family = ipFamily(literal);
    if (family)
        return { address: literal, family };
    try {
        const found = await (0,promises_.lookup)(host);
        return { address: found.address, family: found.family === 6 ? 'IPv6' : 'IPv4' };
    }
    catch (error) {
        const code = error.code;
        throw new ProbeFailure('dns-error', `cannot resolve ${host} (${code ?? 'lookup failed'})`, code);
    }
}
/**
 * The local address to bind: the matching loopback address when the server is on loopback
 * (so tests never listen beyond the machine), else none and the kernel picks the route's.
 */
function localAddressFor(remote) {
    if (!isLoopback(remote))
        return undefined;
    return ipFamily(remote) === 'IPv6' ? '::1' : '127.0.0.1';
}

// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
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
    const family = ipFamily(address.address);
    if (!family)
        throw new Error(`not an IP address: ${address.address}`);
    const ip = ipToBytes(address.address);
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
    return { family: parsed.family, address: bytesToIp(ip), port };
}
/** The legacy, non-XOR MAPPED-ADDRESS. */
function readPlainAddress(value) {
    const parsed = value && readFamilyAndBytes(value);
    if (!value || !parsed)
        return undefined;
    return { family: parsed.family, address: bytesToIp(parsed.ip), port: value.readUInt16BE(2) };
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
    failure;
    closed = false;
    /** Datagrams or frames that were not a STUN answer we wait for (garbage, stray IDs). */
    ignored = 0;
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
                this.ignored++;
            return;
        }
        const decoded = decodeMessage(bytes);
        if (!decoded.ok) {
            this.ignored++;
            return;
        }
        const message = decoded.message;
        if (message.cls === 'indication') {
            this.onIndication?.(message);
            return;
        }
        const key = message.transactionId.toString('hex');
        const waiter = this.pending.get(key);
        if (message.cls === 'request' || !waiter) {
            this.ignored++;
            return;
        }
        this.pending.delete(key);
        waiter.resolve(message);
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
    local;
    buffered = Buffer.alloc(0);
    constructor(socket, transport, remote, options) {
        super(options);
        this.socket = socket;
        this.transport = transport;
        this.remote = remote;
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
        const { answer } = this.awaitAnswer(id.toString('hex'), Math.min(started + STREAM_TIMEOUT_MS, this.options.deadline), () => new ProbeFailure('unreachable', `no answer from ${this.remote} in ${Date.now() - started} ms`));
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
        servername: target.tls?.servername ?? (ipFamily(target.host) ? undefined : target.host),
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
    // TLS's own codes explain themselves; a socket error here is the handshake failing.
    const why = tlsFailureKind(code) ? error.message : `handshake failed: ${error.message}`;
    return new ProbeFailure('tls-error', `${remote}: ${why} (${code ?? 'no code'})`, code);
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
                const text = `${remote}: TLS handshake did not finish in ${waited} ms (is this a TLS port?)`;
                reject(new ProbeFailure('tls-error', `${text} (${HANDSHAKE_TIMEOUT})`, HANDSHAKE_TIMEOUT));
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
    const remote = `${formatAddress({ address, port: target.port })}/${target.transport}`;
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

;// CONCATENATED MODULE: ./src/probe/transport/udp.ts
/**
 * STUN over UDP (RFC 8489 §6.2.1): a connected socket per channel, and every request resent with
 * identical bytes on a growing timer until an answer comes, the sends run out or the deadline
 * passes.
 */






const RTO_GROWTH = 1.5;
const MAX_UDP_SENDS = 12;
const UNMEASURED_GAP_CAP_MS = 250;
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
    local = { family: 'IPv4', address: '', port: 0 };
    constructor(socket, remote, options) {
        super(options);
        this.socket = socket;
        this.remote = `${formatAddress(remote)}/udp`;
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
        const { answer } = this.awaitAnswer(id.toString('hex'), Math.min(giveUpAt, deadline), () => new ProbeFailure('unreachable', `no answer from ${this.remote} after ${sends} sends in ${Date.now() - started} ms`));
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
async function openUdp(address, port, options) {
    const family = ipFamily(address) ?? 'IPv4';
    const socket = external_node_dgram_default().createSocket(family === 'IPv6' ? 'udp6' : 'udp4');
    const remote = { family, address, port };
    const channel = new UdpChannel(socket, remote, options);
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
    const resolved = await resolveHost(target.host);
    const channel = target.transport === 'udp'
        ? await openUdp(resolved.address, target.port, options)
        : await openStream(resolved.address, target, options);
    options.signal?.addEventListener('abort', () => channel.close(), { once: true });
    return channel;
}

;// CONCATENATED MODULE: ./src/probe/relay.ts
/**
 * The relay check, pion style: permit the runner's mapped IP, then datagrams from a second local
 * socket (the peer) to the relayed address must come back through the allocation: the client
 * echoes each Data indication with a Send indication. Proves the relay port range is reachable.
 */



/** Stop after this many echoes, or after this many datagrams. */
const RELAY_ECHOES_WANTED = 3;
const RELAY_MAX_DATAGRAMS = 12;
/** A ping is the magic followed by its sequence number (32 bits). */
const PING_MAGIC = Buffer.from('FWPP');
const PING_LENGTH = 8;
function pingBytes(sequence) {
    const ping = Buffer.alloc(PING_LENGTH);
    PING_MAGIC.copy(ping);
    ping.writeUInt32BE(sequence, PING_MAGIC.length);
    return ping;
}
/** The sequence number of one of our pings; undefined for anything else. */
function readPing(bytes) {
    if (bytes.length !== PING_LENGTH || !bytes.subarray(0, PING_MAGIC.length).equals(PING_MAGIC)) {
        return undefined;
    }
    return bytes.readUInt32BE(PING_MAGIC.length);
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
/** The peer: numbered pings to the relayed address, and the round trip of each that comes back. */
class Peer {
    socket;
    relayed;
    /** Round trips of the pings that came back, in arrival order. */
    rtts = [];
    /** Send time (performance.now) of each ping still out, by sequence number. */
    outstanding = new Map();
    sent = 0;
    echoArrived;
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
    get pingsSent() {
        return this.sent;
    }
    get pingsOut() {
        return this.outstanding.size;
    }
    ping() {
        const sequence = this.sent++;
        this.outstanding.set(sequence, performance.now());
        this.socket.send(pingBytes(sequence), this.relayed.port, this.relayed.address);
    }
    /** Resolves when the next echo arrives, or after `ms`, whichever is first. */
    nextEcho(ms) {
        return new Promise((resolve) => {
            const timer = setTimeout(resolve, Math.max(0, ms));
            this.echoArrived = () => {
                clearTimeout(timer);
                resolve();
            };
        });
    }
    close() {
        this.socket.close();
    }
    receive(bytes) {
        const sequence = readPing(bytes);
        const sentAt = sequence === undefined ? undefined : this.outstanding.get(sequence);
        if (sequence === undefined || sentAt === undefined)
            return;
        this.outstanding.delete(sequence);
        this.rtts.push(elapsedMs(sentAt));
        this.echoArrived?.();
    }
}
/** Pings one gap apart (sooner when an echo comes back), then waits a little for stragglers. */
async function pingThroughRelay(peer, context, gapMs) {
    const enough = () => peer.rtts.length >= RELAY_ECHOES_WANTED;
    while (!enough() && peer.pingsSent < RELAY_MAX_DATAGRAMS) {
        if (Date.now() >= context.deadline || context.options.signal?.aborted)
            break;
        peer.ping();
        await peer.nextEcho(gapMs);
    }
    // Stragglers still on their way count too.
    const settleUntil = Math.min(context.deadline, Date.now() + Math.max(3 * gapMs, 100));
    while (!enough() && peer.pingsOut > 0 && Date.now() < settleUntil) {
        await peer.nextEcho(settleUntil - Date.now());
    }
}
async function relayEcho(context, client, transport, allocation, hooks) {
    const startedAt = Date.now();
    const relayed = formatAddress(allocation.relayed);
    const peerIp = allocation.mapped?.address ?? client.channel.local.address;
    if (!hooks.skipPermission)
        await client.createPermission(peerIp);
    client.onData((from, data) => client.sendIndication(from, data));
    const peer = await Peer.open(allocation.relayed);
    try {
        // A gap near one RTO: short enough to finish fast, long enough not to flood a slow path.
        const gapMs = Math.min(250, Math.max(10, context.rtt[transport].rtoMs));
        await pingThroughRelay(peer, context, gapMs);
    }
    finally {
        peer.close();
    }
    const base = { check: 'relay', transport, startedAt, durationMs: Date.now() - startedAt };
    const sent = peer.pingsSent;
    if (peer.rtts.length === 0) {
        const permission = hooks.skipPermission ? 'without a permission' : `permission for ${peerIp}`;
        return {
            ...base,
            outcome: 'lost',
            detail: `0 of ${sent} datagrams sent to the relayed address ${relayed} came back (${permission})`
        };
    }
    const loss = Math.round((100 * peer.pingsOut) / sent);
    return {
        ...base,
        outcome: 'ok',
        rttMs: median(peer.rtts),
        detail: `${peer.rtts.length} of ${sent} datagrams echoed through ${relayed} (${loss}% lost or late)`
    };
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
    /** Allocate a UDP relay: first without credentials (learns REALM and NONCE), then with them. */
    async allocate() {
        const attributes = () => [
            { type: StunAttr.RequestedTransport, value: requestedTransportValue(TransportProtocol.UDP) },
            { type: StunAttr.Lifetime, value: uint32Value(ALLOCATION_LIFETIME_SECONDS) }
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
    const order = effectiveChecks(options.checks).filter((check) => check !== 'http');
    const startedAt = Date.now();
    let channel;
    try {
        channel = await openChannel({ host: options.host, port: (0,types/* portFor */.$t)(options, transport), transport, tls: options.tls }, {
            deadline: context.deadline,
            rtt: context.rtt[transport],
            rtoCapMs: options.intervalMs,
            signal: options.signal
        });
    }
    catch (error) {
        // The first check is the one that could not start; the others were not reached.
        return [failureRecord(order[0], transport, startedAt, error)];
    }
    try {
        return await checksOnChannel(context, channel, order, hooks);
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
            records.push({ ...(await bindingCheck(client, transport, startedAt)), tlsProtocol });
        }
        if (!order.includes('turn'))
            return records;
        current = 'turn';
        startedAt = Date.now();
        const { record, allocation } = await allocateAndCheck(context, client, transport, startedAt);
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
        detail: `mapped address ${formatAddress(binding.mapped)}`,
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
    return done('ok', `relayed address ${formatAddress(allocation.relayed)}, ${lifetime}`, warnings);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./src/probe/http-check.ts
/**
 * The http check: GET the health URL; healthy is a 2xx answer, and when the body is Fishjam's
 * JSON, data.status "UP". The bearer token is sent, never logged.
 */







const HTTP_TIMEOUT_MS = 10_000;
const MAX_BODY_BYTES = 64 * 1024;
async function runHttpCheck(context) {
    const { options } = context;
    const url = new URL(options.healthUrl ?? '');
    const transport = url.protocol === 'https:' ? 'https' : 'http';
    const where = `${url.origin}${url.pathname}`;
    const startedAt = Date.now();
    const timeoutMs = Math.max(0, Math.min(HTTP_TIMEOUT_MS, context.deadline - startedAt));
    try {
        const { status, body, rttMs } = await httpGet(url, options, timeoutMs);
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
            const token = optionName('healthToken', options.names);
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
function httpGet(url, options, timeoutMs) {
    const started = performance.now();
    const headers = { 'user-agent': 'fly-webrtc-probe' };
    if (options.healthToken)
        headers.authorization = `Bearer ${options.healthToken}`;
    const where = `${url.origin}${url.pathname}`;
    return new Promise((resolve, reject) => {
        const onResponse = (response) => {
            const rttMs = elapsedMs(started);
            readBody(response).then((body) => {
                resolve({ status: response.statusCode ?? 0, body, rttMs });
            }, reject);
        };
        const common = { headers, timeout: timeoutMs, signal: options.signal };
        const request = url.protocol === 'https:'
            ? external_node_https_default().get(url, {
                ...common,
                ca: options.tls?.ca,
                servername: options.tls?.servername,
                rejectUnauthorized: !options.tls?.insecure
            }, onResponse)
            : external_node_http_default().get(url, common, onResponse);
        request.on('timeout', () => {
            request.destroy(new ProbeFailure('unreachable', `${where} did not answer in ${timeoutMs} ms`));
        });
        request.on('error', (error) => reject(httpFailure(error, url)));
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
    });
}
/** A request error, named for the timeline. */
function httpFailure(error, url) {
    if (error instanceof ProbeFailure)
        return error;
    const where = `${url.origin}${url.pathname}`;
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
        return new ProbeFailure('tls-error', `${where}: ${error.message} (${code})`, code);
    }
    return new ProbeFailure('unreachable', `${where}: ${error.message}`, code);
}

;// CONCATENATED MODULE: ./src/probe/hints.ts


const TLS_HINTS = {
    'wrong-name': (name) => `The TLS certificate does not name the probed host: probe by the name in the certificate, or set ${name('servername')}.`,
    untrusted: () => 'The TLS certificate is not trusted: give the CA that signed it (or use a publicly trusted certificate).',
    expired: () => 'The TLS certificate is expired or not yet valid: renew it.',
    handshake: () => 'The TLS port did not complete a TLS handshake: check that it is the TLS listener (coturn --tls-listening-port with --cert and --pkey; coturn 4.6.1 speaks TLS 1.2 only).'
};
function tlsHint(failure, name) {
    // A socket error during the handshake (ECONNRESET, EPROTO) is the handshake failing.
    const kind = tlsFailureKind(failure.code) ?? (failure.code ? 'handshake' : undefined);
    return kind ? TLS_HINTS[kind](name) : `TLS failed: ${failure.detail ?? ''}`;
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
    refused: (_failure, o, name) => `Nothing listens on the probed port: the server's listening port must equal the service's internal_port and ${name('port')} (${o.port}${o.tlsPort ? `, TLS ${o.tlsPort}` : ''}).`,
    closed: () => 'The server closed the connection mid-exchange: check its logs.',
    'dns-error': (_failure, o, name) => `'${o.host}' does not resolve: check ${name('host')}.`,
    'auth-failed': authHint,
    'realm-mismatch': (_failure, _o, name) => `The server's realm differs from ${name('realm')}: fix ${name('realm')} or the server's --realm.`,
    'stale-nonce': () => "The server rejected a fresh nonce as stale: check the server's clock and --stale-nonce.",
    'wrong-relayed-address': () => "The server's external IP is wrong: it must announce the dedicated IPv4 (coturn --external-ip=<ipv4>, " +
        'Fishjam FJ_WEBRTC_TURN_IP), or clients get relay candidates nobody can reach.',
    'open-relay': () => 'The server relays for anyone: enable authentication (coturn --lt-cred-mech with --user, or --use-auth-secret).',
    lost: () => 'Nothing came back through the relay: expose the relay port range (coturn --min-port..--max-port) as UDP ' +
        'services with the same ports, and set the external IP to the dedicated IPv4.',
    'tls-error': (failure, _o, name) => tlsHint(failure, name),
    'protocol-error': () => 'The answers are not valid STUN/TURN: is a STUN/TURN server on that port?',
    'http-error': () => 'The health endpoint answered but not healthy: see its status above.',
    rejected: () => 'The server refused a TURN request: see the error code and reason above.'
};
/** One hint per kind of failure, in the order the failures came, without repeats. */
function hintsFor(failing, o) {
    const name = (field) => optionName(field, o.names);
    const hints = new Set();
    for (const failure of failing) {
        for (const hint of [HINTS[failure.outcome]?.(failure, o, name) ?? []].flat())
            hints.add(hint);
    }
    return [...hints];
}

;// CONCATENATED MODULE: ./src/probe/report.ts



/** Relay echo, else Binding, else Allocate, else HTTP: the RTT closest to what media sees. */
const RTT_PREFERENCE = ['relay', 'stun', 'turn', 'http'];
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
/** "turn/udp": one check over one transport. */
function label(record) {
    return `${record.check}/${record.transport}`;
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** Everything the attempts left: the timeline, the latest record of each check, the warnings. */
class ProbeHistory {
    startedAt;
    timeline = [];
    /** By label, in the order the checks first ran. */
    latest = new Map();
    warnings = new Set();
    attempts = 0;
    constructor(startedAt) {
        this.startedAt = startedAt;
    }
    /** Adds one attempt's records; returns the attempt's number. */
    add(records) {
        const attempt = ++this.attempts;
        for (const record of records) {
            this.timeline.push(toEntry(record, attempt, this.startedAt));
            this.latest.set(label(record), { record, attempt });
            for (const warning of record.warnings ?? [])
                this.warnings.add(warning);
        }
        return attempt;
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
    if (record.rttMs !== undefined)
        entry.rttMs = record.rttMs;
    if (record.detail !== undefined)
        entry.detail = record.detail;
    return entry;
}
/** "stun, turn over udp, tcp": what was probed. */
function probedChecks(o) {
    const checks = effectiveChecks(o.checks);
    const over = checks.some((c) => c !== 'http') ? ` over ${o.transports.join(', ')}` : '';
    return `${checks.join(', ')}${over}`;
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
        timeline: history.timeline,
        warnings,
        summary: `Ready after ${seconds(readyAfterMs)} (attempt ${attempts}): ${probedChecks(o)} passed` +
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
        report.mappedAddress = formatAddress(mapped);
    if (relayed)
        report.relayedAddress = formatAddress(relayed);
    if (tlsProtocol)
        report.tlsProtocol = tlsProtocol;
    return report;
}
/** Every check on every transport the options ask for, by label, in a stable order. */
function expectedLabels(o) {
    return effectiveChecks(o.checks).flatMap((check) => check === 'http'
        ? [label({ check, transport: new URL(o.healthUrl ?? 'http://x').protocol.slice(0, -1) })]
        : o.transports.map((transport) => label({ check, transport })));
}
function failureReport(o, history, elapsedMs, stoppedEarly) {
    const { attempts } = history;
    const lines = expectedLabels(o).map((name) => {
        const latest = history.latest.get(name);
        if (!latest)
            return `  ${name}: not reached (an earlier check on the same transport failed)`;
        const { record, attempt } = latest;
        return `  ${name}: ${record.outcome} (attempt ${attempt})${record.detail ? `: ${record.detail}` : ''}`;
    });
    const failing = [...history.latest.values()]
        .map(({ record }) => record)
        .filter((record) => record.outcome !== 'ok');
    const verdict = failing.map((r) => `${label(r)} ${r.outcome}`).join(', ') || 'no check completed';
    const why = o.signal?.aborted
        ? 'Probe aborted'
        : stoppedEarly
            ? `Not ready: stopped after ${attempts} attempts because ${stoppedEarly} repeated (waiting will not fix it)`
            : `Not ready after ${seconds(elapsedMs)} (${plural(attempts, 'attempt')})`;
    const hints = hintsFor(failing, o);
    const diagnostic = [
        `Probed ${o.host} (${probedChecks(o)}) ${plural(attempts, 'time')} in ${seconds(elapsedMs)}; the last outcome of each check:`,
        ...lines,
        ...(hints.length ? ['Hints:', ...hints.map((h) => `  - ${h}`)] : [])
    ].join('\n');
    return {
        ok: false,
        attempts,
        timeline: history.timeline,
        warnings: [...history.warnings],
        summary: `${why}: ${verdict}`,
        diagnostic
    };
}

;// CONCATENATED MODULE: ./src/probe/readiness.ts
/**
 * The readiness loop: attempts every check until all pass or the deadline comes, pausing between
 * attempts with a pause that doubles up to the probe interval. Every check of every attempt goes
 * into the timeline. It never throws for a probe failure; the report says what happened.
 */








/** The first pause; later pauses double up to intervalMs. */
const FIRST_PAUSE_MS = 250;
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
    if (checks.some((c) => c !== 'http')) {
        for (const transport of options.transports)
            work.push(runTransportChecks(context, transport));
    }
    if (checks.includes('http'))
        work.push(runHttpCheck(context).then((record) => [record]));
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
function logAttempt(logger, attempt, records, startedAt) {
    logger.info(`Attempt ${attempt} at +${seconds(Date.now() - startedAt)}: ` +
        records
            .map((r) => `${label(r)} ${r.outcome}${r.rttMs === undefined ? '' : ` (${r.rttMs} ms)`}`)
            .join(', '));
    for (const record of records) {
        if (record.outcome !== 'ok')
            logger.debug(`${label(record)}: ${record.detail ?? record.outcome}`);
    }
}
async function waitForReady(o) {
    validateProbeOptions(o);
    const logger = o.logger ?? silentLogger;
    const began = Date.now();
    const context = {
        options: o,
        deadline: began + o.timeoutMs,
        rtt: { udp: new RttEstimator(), tcp: new RttEstimator(), tls: new RttEstimator() }
    };
    const history = new ProbeHistory(o.startedAt ?? began);
    let pause = Math.min(FIRST_PAUSE_MS, o.intervalMs);
    let previousDefinitive = '';
    let stoppedEarly;
    for (;;) {
        const records = await runAttempt(context);
        const attempt = history.add(records);
        logAttempt(logger, attempt, records, history.startedAt);
        const failed = records.filter((r) => r.outcome !== 'ok');
        if (failed.length === 0 && records.length > 0)
            return successReport(o, records, history);
        if (o.signal?.aborted)
            break;
        const definitive = failed
            .filter(isDefinitive)
            .map((r) => `${label(r)} ${r.outcome}`)
            .join(', ');
        if (definitive !== '' && definitive === previousDefinitive) {
            stoppedEarly = definitive;
            break;
        }
        previousDefinitive = definitive;
        if (Date.now() + pause >= context.deadline)
            break;
        await abortableSleep(pause, o.signal);
        if (o.signal?.aborted)
            break;
        pause = Math.min(pause * 2, o.intervalMs);
    }
    return failureReport(o, history, Date.now() - began, stoppedEarly);
}

;// CONCATENATED MODULE: ./src/probe/timeline.ts
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
        if (last && last.outcome === entry.outcome && entry.outcome !== 'ok') {
            last.lastAttempt = entry.attempt;
            last.count++;
            last.end = Math.max(last.end, end);
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
            rttMs: entry.rttMs
        });
    }
    return [...rows.values()].flat();
}
function barLine(bar) {
    const attempts = bar.count === 1
        ? `(attempt ${bar.firstAttempt})`
        : `(attempts ${bar.firstAttempt}-${bar.lastAttempt})`;
    const rtt = bar.outcome === 'ok' && bar.rttMs !== undefined ? ` ${bar.rttMs} ms` : '';
    const tag = bar.outcome === 'ok' ? 'done' : 'crit';
    return `    ${clean(`${bar.outcome}${rtt} ${attempts}`)} :${tag}, ${Math.round(bar.start)}, ${Math.round(bar.end)}`;
}
/** A ```mermaid block for the GitHub job summary. */
function timelineMermaid(report) {
    const bars = mergeBars(report.timeline);
    const lines = [
        '```mermaid',
        'gantt',
        `    title ${clean(report.ok ? `Ready after ${((report.readyAfterMs ?? 0) / 1000).toFixed(1)} s` : 'Not ready')} (seconds since deploy)`,
        '    dateFormat x',
        '    axisFormat %s',
        '    todayMarker off'
    ];
    let row = '';
    for (const bar of bars) {
        if (bar.row !== row) {
            row = bar.row;
            lines.push(`    section ${clean(row)}`);
        }
        lines.push(barLine(bar));
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
/** One URL per transport, in the form browsers' RTCIceServer.urls accept. */
function turnUrls(host, port, tlsPort, transports) {
    return transports.map((transport) => transport === 'tls'
        ? `turns:${hostPart(host)}:${tlsPort}?transport=tcp`
        : `turn:${hostPart(host)}:${port}?transport=${transport}`);
}
/** The ICE server URLs of one server: its STUN URL, then one TURN URL per transport. */
function iceUrls(host, port, tlsPort, transports) {
    return [stunUrl(host, port), ...turnUrls(host, port, tlsPort, transports)];
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
    timeout: 'probe-timeout',
    interval: 'probe-interval'
};
/** Undefined when there is nothing to probe (`probe: none`, or `auto` with nothing to check). */
function planProbe(settings, target, logger, startedAt) {
    const preset = settings.preset === 'none' ? undefined : src_config/* PRESETS */.fG[settings.preset];
    const checks = settings.probeChecks ?? autoChecks(preset, settings, target);
    if (checks.length === 0)
        return undefined;
    // An http-only probe goes to its URL; the STUN/TURN checks need an address to send to.
    const httpOnly = checks.every((check) => check === 'http');
    const host = settings.probeHost ?? target.ipv4 ?? (httpOnly ? target.hostname : undefined);
    if (host === undefined) {
        throw new src_errors/* InputError */.dz('probe-host', 'is required: the app has no public IPv4 to probe', '203.0.113.7');
    }
    const secret = (name) => name === undefined ? undefined : settings.secrets.find((s) => s.name === name)?.value;
    const healthUrl = settings.healthUrl ?? preset?.probe.healthUrl;
    const options = {
        host,
        port: settings.probePort,
        transports: settings.probeTransports,
        checks,
        credentials: credentialsFor(settings, preset, secret),
        realm: settings.turnRealm,
        // The relayed address must be the public one only when we probe that very address.
        expectedRelayIp: host === target.ipv4 ? target.ipv4 : undefined,
        healthUrl: healthUrl === undefined ? undefined : (0,src_config/* fillPlaceholders */.Ct)(healthUrl, target, 'health-url'),
        healthToken: settings.healthToken ?? secret(preset?.probe.healthTokenSecret),
        timeoutMs: settings.probeTimeoutMs,
        intervalMs: settings.probeIntervalMs,
        // A server that relays for anyone fails the run, unless the user chose one.
        failOnOpenRelay: !settings.allowOpenRelay,
        startedAt,
        logger,
        names: PROBE_INPUT_NAMES
    };
    if ((checks.includes('turn') || checks.includes('relay')) && options.credentials === undefined) {
        const name = preset?.probe.turnSecretName;
        throw new src_errors/* InputError */.dz(name ? 'secrets' : 'turn-secret', name
            ? `the ${preset?.name} preset probes TURN with the shared secret ${name}, which is not in 'secrets'`
            : "the 'turn' and 'relay' checks need 'turn-secret' or 'turn-username' and 'turn-password'", name ? `${name}=\${{ secrets.TURN_SECRET }}` : '${{ secrets.TURN_SECRET }}');
    }
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
/** What each probe transport needs the rendered config to expose on the app's own address. */
function exposureProblem(transport, port, built) {
    const tls = (0,src_config/* tlsPortsOf */.tX)(built.config);
    const exposed = { udp: built.udpRanges, tcp: built.tcpRanges };
    if (transport === 'tls') {
        if (tls.includes(types/* DEFAULT_TLS_PORT */.e1))
            return undefined;
        return {
            input: 'probe-transports',
            problem: `'tls' probes port ${types/* DEFAULT_TLS_PORT */.e1}, but the rendered fly.toml has ${tls.length > 0 ? `TLS only on ${tls.join(', ')}` : 'no TLS port (a TCP service port with handlers = ["tls"])'}`
        };
    }
    const ranges = exposed[transport];
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
    const preset = settings.preset === 'none' ? undefined : src_config/* PRESETS */.fG[settings.preset];
    const target = { app: '', hostname: '', udpRanges: built.udpRanges };
    const checks = settings.probeChecks ?? autoChecks(preset, settings, target);
    if (!checks.some((check) => check !== 'http'))
        return;
    for (const transport of settings.probeTransports) {
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
    logger.info(`Probing ${options.checks.join(', ')} at ${options.host}:${options.port} over ${options.transports.join(', ')} ` +
        `for up to ${Math.round(options.timeoutMs / 1000)} s`);
    const report = await waitForReady(options);
    logger.info(report.summary);
    if (report.diagnostic)
        logger.warn(report.diagnostic);
    for (const warning of report.warnings)
        logger.warn(warning);
    return { options, report };
}
/** The probe's own validation, its errors told as the action's input errors. */
function checkProbeOptions(options) {
    try {
        validateProbeOptions(options);
    }
    catch (error) {
        if (!(error instanceof option_names_ProbeOptionError))
            throw error;
        const input = PROBE_INPUT_NAMES[error.field] ?? error.field;
        throw new src_errors/* InputError */.dz(input, error.problem, error.example);
    }
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(9805);
// EXTERNAL MODULE: ./src/fly/version.ts
var fly_version = __webpack_require__(241);
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
const API_TIMEOUT_MS = 15_000;
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
        ? await resolveLatestVersion(platform, arch, o.releaseApiBase ?? 'https://api.fly.io', o.githubApiBase ?? 'https://api.github.com', logger)
        : wanted;
    const asset = flyctlReleaseAsset(version, platform, arch);
    const cachedDir = tool_cache/* find */.I6(TOOL_NAME, version, arch);
    if (cachedDir && (await isFile(external_node_path_.join(cachedDir, asset.binary)))) {
        logger.info(`flyctl ${version} found in the tool cache: ${cachedDir}`);
        return {
            path: external_node_path_.join(cachedDir, asset.binary),
            version,
            cached: true,
            source: 'tool-cache'
        };
    }
    const releaseUrl = `${trimSlash(o.githubBase ?? 'https://github.com')}/superfly/flyctl/releases/download/v${version}`;
    const toolDir = await downloadAndCache(releaseUrl, version, asset, arch, logger);
    // No `flyctl version` check here: the checksum already vouches for the archive, and every
    // flyctl start counts against the run's call budget (hosted runners download on every job).
    return { path: external_node_path_.join(toolDir, asset.binary), version, cached: false, source: 'download' };
}
// ---------------------------------------------------------------------------------------------
// Download, verify, cache
async function downloadAndCache(releaseUrl, version, asset, arch, logger) {
    const archiveUrl = `${releaseUrl}/${asset.archive}`;
    logger.info(`Downloading flyctl ${version} from ${archiveUrl}`);
    const archive = await downloadArchive(archiveUrl, version);
    let extracted;
    try {
        await verifyChecksum(archive, releaseUrl, version, asset, logger);
        extracted = asset.archive.endsWith('.zip')
            ? await tool_cache/* extractZip */.JE(archive)
            : await tool_cache/* extractTar */.nN(archive);
        if (!(await isFile(external_node_path_.join(extracted, asset.binary)))) {
            throw new src_errors/* ActionError */.lZ('bad-output', `${asset.archive} does not contain ${asset.binary}`, {
                hint: 'the release layout may have changed; pin another flyctl-version'
            });
        }
        const toolDir = await tool_cache/* cacheDir */.e8(extracted, TOOL_NAME, version, arch);
        logger.info(`flyctl ${version} cached in ${toolDir}`);
        return toolDir;
    }
    finally {
        await (0,external_node_fs_promises_.rm)(archive, { force: true });
        if (extracted !== undefined)
            await (0,external_node_fs_promises_.rm)(extracted, { recursive: true, force: true });
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
/**
 * Checks the archive against the release's checksums file when there is one: goreleaser's
 * default name first (flyctl_<ver>_checksums.txt), then the older checksums.txt.
 */
async function verifyChecksum(archive, releaseUrl, version, asset, logger) {
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
        return await (0,external_node_fs_promises_.readFile)(file, 'utf8');
    }
    finally {
        await (0,external_node_fs_promises_.rm)(file, { force: true });
    }
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
// ---------------------------------------------------------------------------------------------
// latest
async function resolveLatestVersion(platform, arch, releaseApiBase, githubApiBase, logger) {
    const { os, assetArch } = releasePlatform(platform, arch);
    const flyUrl = `${trimSlash(releaseApiBase)}/app/flyctl_releases/${os}/${assetArch}/latest`;
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
    const githubUrl = `${trimSlash(githubApiBase)}/repos/superfly/flyctl/releases/latest`;
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
async function getText(url, headers) {
    const response = await fetch(url, {
        headers: { 'User-Agent': 'fly-webrtc-deploy', ...headers },
        signal: AbortSignal.timeout(API_TIMEOUT_MS)
    });
    const body = await response.text();
    if (response.status !== 200)
        throw new Error(`HTTP ${response.status}`);
    return body;
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
            if ((await isFile(candidate)) && (await isExecutable(candidate)))
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
async function isFile(file) {
    try {
        return (await (0,external_node_fs_promises_.stat)(file)).isFile();
    }
    catch {
        return false;
    }
}
async function isExecutable(file) {
    try {
        await (0,external_node_fs_promises_.access)(file, external_node_fs_promises_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
function messageOf(error) {
    if (!(error instanceof Error))
        return String(error);
    // fetch reports "fetch failed" and hides the reason (ECONNREFUSED, a timeout) in its cause.
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
}

;// CONCATENATED MODULE: ./src/pipeline/open-flyctl.ts
/** Step 3: flyctl installed (or found) and wrapped in the typed client with the token and masks. */






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
    return {
        binary: installed.path,
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

// EXTERNAL MODULE: ./src/config/ports.ts
var ports = __webpack_require__(226);
// EXTERNAL MODULE: ./src/fly/deploy-flags.ts
var deploy_flags = __webpack_require__(6600);
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
        if (await preflight_isFile(candidate))
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
    return (0,external_node_fs_promises_.stat)(file).then((s) => s.isDirectory(), () => false);
}
async function preflight_isFile(file) {
    return (0,external_node_fs_promises_.stat)(file).then((s) => s.isFile(), () => false);
}

;// CONCATENATED MODULE: ./src/pipeline/prepare-config.ts
/**
 * Steps 6 and 7: the config built from the preset, the inputs and the user's fly.toml before
 * anything changes on Fly (so a bad config or a fatal lint stops the run first), then resolved
 * with the address and written to a temporary file, never over the user's file.
 */







async function prepareConfig(settings, app, logger = silentLogger) {
    const user = settings.configPath === undefined ? undefined : await readUserConfig(settings.configPath);
    const built = (0,src_config/* buildConfig */.fD)({
        app,
        region: settings.region,
        preset: settings.preset,
        baseToml: user?.text,
        baseTomlPath: user?.path,
        image: settings.image === 'current' ? undefined : settings.image,
        env: settings.env,
        udpPorts: settings.udpPorts,
        tcpPorts: settings.tcpPorts,
        httpPort: settings.httpPort,
        vm: settings.vm,
        secretNames: settings.secrets.map((s) => s.name)
    });
    const ipv4Mode = (0,src_config/* decideIpv4Mode */.Z4)(settings.ipv4, built);
    checkBeforeAnyCall(settings, built, ipv4Mode, app);
    const findings = (0,src_config/* lintConfig */.iv)(built.config, {
        ipv4: ipv4Mode,
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
    await checkBuildContext(settings, built);
    return { built, ipv4Mode, warnings };
}
/** Where the rendered fly.toml of an app goes: the runner's temp directory, never the workspace. */
function configDirectory(env, app) {
    return external_node_path_default().join(env.RUNNER_TEMP ?? '.', 'fly-webrtc-deploy', app);
}
/**
 * Resolves {ipv4} {app} {hostname}, writes the image the deploy passes as `--image` into
 * `[build] image` (so the file shown and the release agree, `image: current` included), and
 * writes the file flyctl deploys. Returns its path and text.
 */
async function writeConfig(prepared, values, image, directory) {
    const config = (0,src_config/* resolvePlaceholders */.PR)(prepared.built.config, values);
    if (image !== undefined)
        config.build = { ...config.build, image };
    relativeToConfig(config.build, directory);
    const toml = (0,src_config/* renderToml */.ls)(config);
    await (0,external_node_fs_promises_.mkdir)(directory, { recursive: true });
    const file = external_node_path_default().join(directory, 'fly.toml');
    await (0,external_node_fs_promises_.writeFile)(file, toml, 'utf8');
    return { path: file, toml };
}
/**
 * The user's fly.toml, read as flyctl reads `--config`: the path itself, or `fly.toml` inside it
 * when it is a directory.
 */
/**
 * flyctl joins `[build] dockerfile` and `ignorefile` onto the config file's directory even when
 * they are absolute (fly-platform.md §3), so the absolute paths buildConfig anchored are written
 * relative to the directory of the rendered file.
 */
function relativeToConfig(build, directory) {
    if (typeof build !== 'object' || build === null)
        return;
    const table = build;
    for (const key of ['dockerfile', 'ignorefile']) {
        const value = table[key];
        if (typeof value === 'string' && external_node_path_default().isAbsolute(value)) {
            table[key] = external_node_path_default().relative(external_node_path_default().resolve(directory), value);
        }
    }
}
async function readUserConfig(file) {
    const problem = (error) => new src_errors/* InputError */.dz('config', `cannot read '${file}': ${error.code ?? String(error)}`, 'fly.toml');
    try {
        return { path: file, text: await (0,external_node_fs_promises_.readFile)(file, 'utf8') };
    }
    catch (error) {
        if (error.code !== 'EISDIR')
            throw problem(error);
    }
    const inside = external_node_path_default().join(file, 'fly.toml');
    try {
        return { path: inside, text: await (0,external_node_fs_promises_.readFile)(inside, 'utf8') };
    }
    catch (error) {
        throw problem(error);
    }
}
/** The deploy the inputs ask for, with the rendered config and the image decided. */
function deployRequestFor(settings, app, configPath, image) {
    return {
        app,
        configPath,
        image,
        buildPath: settings.path,
        strategy: settings.strategy,
        waitTimeoutMs: settings.waitTimeoutMs,
        ha: settings.ha,
        deployArgs: settings.deployArgs
    };
}

;// CONCATENATED MODULE: ./src/fly/ips.ts
/**
 * Step 5: the address the config and the probe need, per the `ipv4` mode. For `dedicated`
 * (any UDP service), exactly one dedicated IPv4: reuse the oldest `v4`; otherwise allocate one,
 * then list again: when concurrent runs both allocated, every run keeps the oldest and the run
 * that made a younger one releases it, so the app ends with one paid address.
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
function ensureAddress(fly, app, known, mode, logger) {
    if (mode === 'dedicated')
        return ensureDedicatedIpv4(fly, app, known, logger);
    if (mode === 'shared')
        return ensureSharedIpv4(fly, app, known, logger);
    logger.info('ipv4: none: no public IPv4 is allocated');
    return Promise.resolve({ ipv6: publicIpv6(known), allocated: false, released: [] });
}
/** flyctl prints a new address in a table row; the first IPv4 literal in its output. */
function addressIn(stdout) {
    return /\b(\d{1,3}(?:\.\d{1,3}){3})\b/.exec(stdout)?.[1];
}
async function ensureDedicatedIpv4(fly, app, known, logger) {
    const existing = oldestOfType(known, 'v4');
    if (existing) {
        logger.info(`Reusing dedicated IPv4 ${existing.address}`);
        return { ipv4: existing.address, ipv6: publicIpv6(known), allocated: false, released: [] };
    }
    const output = await fly.run(allocateDedicatedIpv4Argv(app));
    const after = await fly.json(ipsListArgv(app), parseIpList, { readOnly: true });
    // The address flyctl printed; failing that, the one new v4 in the list.
    const printed = addressIn(output.stdout);
    const appeared = after.filter((ip) => ip.type === 'v4' && !known.some((k) => k.address === ip.address));
    const mine = printed ?? (appeared.length === 1 ? appeared[0].address : undefined);
    const keep = oldestOfType(after, 'v4');
    if (!keep) {
        throw new src_errors/* ActionError */.lZ('command-failed', `flyctl allocated an IPv4 for ${app}, but 'ips list' shows none`, {
            hint: 'run the job again; if it persists, check `fly ips list -a <app>`'
        });
    }
    const released = [];
    if (mine === undefined) {
        logger.warn('Could not read the allocated address from flyctl; if several runs raced, extra IPv4s may remain (see `fly ips list`)');
    }
    else if (mine !== keep.address) {
        // Another run allocated first: ours is the younger duplicate, and only its maker releases it.
        await fly.run(releaseIpsArgv(app, [mine]));
        released.push(mine);
        logger.info(`Another run allocated ${keep.address} first; released the duplicate ${mine}`);
    }
    else {
        logger.info(`Allocated dedicated IPv4 ${mine}`);
    }
    // This run paid for an address unless it released it as a duplicate.
    return { ipv4: keep.address, ipv6: publicIpv6(after), allocated: released.length === 0, released };
}
/** `ipv4: shared`: the free shared address, allocated once. */
async function ensureSharedIpv4(fly, app, known, logger) {
    const shared = known.find((ip) => ip.type === 'shared_v4');
    if (shared)
        return { ipv4: shared.address, ipv6: publicIpv6(known), allocated: false, released: [] };
    const output = await fly.run(allocateSharedIpv4Argv(app));
    const address = addressIn(output.stdout);
    logger.info(`Allocated the shared IPv4${address ? ` ${address}` : ''}`);
    return { ipv4: address, ipv6: publicIpv6(known), allocated: false, released: [] };
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
    // `image: current` is resolved before anything is created or bought.
    const image = settings.image === 'current' ? await currentImage(fly, app, found.exists) : prepared.built.image;
    const existing = await steps.run('app', found.exists ? `App ${app} exists` : `Create app ${app}`, () => ensureApp(fly, app, settings.org, found, logger));
    const address = await steps.run('address', 'Dedicated IPv4', () => ensureAddress(fly, app, existing.ips, prepared.ipv4Mode, logger)); // 5
    const rendered = await steps.run('config', 'Rendered fly.toml', () => writeConfig(prepared, { ipv4: address.ipv4, app, hostname }, image, configDirectory(input.env, app))); // 6
    await steps.run('secrets', 'Secrets', () => stageSecrets(fly, app, settings.secrets, logger)); // 8
    const request = deployRequestFor(settings, app, rendered.path, image);
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
    return iceUrls(host, port, endpoint.tlsPort ?? types/* DEFAULT_TLS_PORT */.e1, [...transports]);
}
/** The endpoint a probe run checked. */
function probedEndpoint(run) {
    const { host, port, tlsPort, transports } = run.options;
    return { host, port, tlsPort, transports };
}
function probeOutputs(urls, report) {
    return {
        'stun-url': urls[0],
        'turn-urls': urls.slice(1).join(','),
        'probe-rtt-ms': report?.rttMs?.toFixed(1),
        'ready-after-seconds': report?.readyAfterMs === undefined ? undefined : (report.readyAfterMs / 1000).toFixed(1)
    };
}

;// CONCATENATED MODULE: ./src/commands/deploy-report.ts
/**
 * Step 12's content for `deploy`: the contract's outputs, the job summary and the preview
 * comment, computed from what the run did. Pure: main.ts writes them through @actions/core.
 */



function deployReport(f) {
    const probe = f.probe?.report;
    const rolledBack = f.recovery?.action === 'rolled-back' ? f.recovery : undefined;
    const ok = probe === undefined || probe.ok;
    const release = rolledBack?.deployed.release ?? f.rollout.deployed.release;
    const urls = deployedIceUrls(f);
    const outputs = {
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
        tlsPort: options?.tlsPort,
        transports: options?.transports ?? f.settings.probeTransports
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
        [
            'Region',
            f.scaled
                ? `${f.settings.region}; scaled to ${f.scaled.count} per region in ${f.scaled.regions.join(', ')}`
                : f.settings.region
        ],
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
        sections.push({ label, probe: section(f.probe, f.settings) });
    }
    if (f.recovery?.action === 'rolled-back' && f.recovery.probe) {
        const label = `Probe after rollback to v${f.recovery.deployed.release.version}`;
        sections.push({ label, probe: section(f.recovery.probe, f.settings) });
    }
    return sections;
}
function section(run, settings) {
    const o = run.options;
    return {
        ...run.report,
        timeline: timelineMermaid(run.report),
        scope: `Checks ${o.checks.join(', ')} at ${o.host}:${o.port} over ${o.transports.join(', ')} from the runner.` +
            (settings.regions.length > 0
                ? ` Fly's anycast address reaches the region nearest to the runner, so only that region was probed; ${settings.regions.join(', ')} were not probed individually.`
                : '')
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

;// CONCATENATED MODULE: ./src/commands/deploy.ts
/** `deploy`: the pipeline of DESIGN.md, one step per line (steps 1 and 2 ran in main.ts). */









async function deployCommand(settings, target, context) {
    const { env, logger } = context;
    const app = target.app;
    const hostname = appHostname(app);
    const steps = new Steps(context.group);
    const deployTimeoutMs = callTimeoutOverride(env);
    // 6-7 come first: config, lint and the probe's inputs must fail before anything changes on Fly.
    const prepared = await steps.run('config', 'Config and lint', () => prepareConfig(settings, app, logger));
    const probeTarget = { app, hostname, udpRanges: prepared.built.udpRanges };
    validateProbePlan(settings, probeTarget, prepared.ipv4Mode);
    const fly = await steps.run('flyctl', 'flyctl', () => openFlyctl(settings, env, logger)); // 3
    const rollout = await rollOut({
        ...{ settings, app, hostname, prepared, fly, env, logger, steps, deployTimeoutMs }
    }); // 4, 5, 6, 8, 9
    const { count, regions } = settings;
    const scaled = count === undefined
        ? undefined
        : await steps.run('scale', 'Scale out', () => scaleOut(fly, { app, count, regions }, logger));
    const probed = { ...probeTarget, ipv4: rollout.address.ipv4 };
    const probe = await steps.run('probe', 'Probe', () => probeDeployment(settings, probed, logger)); // 10
    const recovery = probe?.report.ok === false
        ? await steps.run('on-failure', `On failure: ${settings.onFailure}`, () => handleProbeFailure(fly, settings, rollout, probed, logger, deployTimeoutMs)) // 11
        : undefined;
    // 12: main.ts writes the outputs, the summary and the pull-request comment.
    return deployReport({
        settings,
        app,
        hostname,
        prepared,
        rollout,
        probe,
        recovery,
        scaled,
        fly,
        steps
    });
}

;// CONCATENATED MODULE: ./src/preview/naming.ts
/**
 * Preview app names: `<base>-pr-<n>` in Fly's alphabet, the guard that keeps every preview
 * command away from production apps, and the recognition `reap` relies on. Pure.
 */


/** Fly app names: lowercase letters, digits and dashes, starting with a letter, at most 63. */
const MAX_APP_NAME_LENGTH = 63;
const HASH_LENGTH = 6;
function shortHash(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex').slice(0, HASH_LENGTH);
}
function assertPrNumber(prNumber) {
    if (!Number.isSafeInteger(prNumber) || prNumber <= 0) {
        throw new src_errors/* InputError */.dz('preview', `pull request number '${prNumber}' is not a positive integer`);
    }
}
/**
 * Reduces a name to Fly's alphabet: accents dropped (é -> e), everything else outside
 * [a-z0-9] becomes a dash, dashes collapsed and trimmed, and a leading digit gets `app-`.
 */
function sanitizeBase(base) {
    const ascii = base
        .toLowerCase()
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    if (ascii === '') {
        throw new src_errors/* InputError */.dz('app', `'${base}' has no letters or digits left for a Fly app name (lowercase a-z, 0-9 and dashes)`, 'turn');
    }
    return /^[a-z]/.test(ascii) ? ascii : `app-${ascii}`;
}
/**
 * `<base>-pr-<n>` in Fly's alphabet, at most 63 characters. A base too long for that is cut and
 * given a short hash of the original base, so two long bases that share a prefix stay apart and
 * the same base always maps to the same name. The PR number is never cut.
 */
function previewAppName(base, prNumber) {
    assertPrNumber(prNumber);
    const suffix = `-pr-${prNumber}`;
    const clean = sanitizeBase(base);
    if (clean.length + suffix.length <= MAX_APP_NAME_LENGTH)
        return `${clean}${suffix}`;
    const room = MAX_APP_NAME_LENGTH - suffix.length - HASH_LENGTH - 1;
    const head = clean.slice(0, room).replace(/-+$/, '');
    return `${head}-${shortHash(base)}${suffix}`;
}
/**
 * Refuses any name that is not a valid Fly name ending in `-pr-<n>`: every preview command
 * calls this right before acting, so a mistake upstream cannot reach a production app.
 */
function assertPreviewName(name, prNumber) {
    assertPrNumber(prNumber);
    const suffix = `-pr-${prNumber}`;
    const valid = /^[a-z][a-z0-9-]*$/.test(name) && name.length <= MAX_APP_NAME_LENGTH;
    if (!valid || !name.endsWith(suffix) || name.length === suffix.length) {
        throw new src_errors/* InputError */.dz('app', `refusing to act on '${name}' as the preview of pull request #${prNumber}: a preview app ` +
            `name must be lowercase letters, digits and dashes ending in '${suffix}', so a preview ` +
            'command can never touch a production app', `turn${suffix}`);
    }
}
/**
 * The PR number when `appName` is exactly the preview name this action derives from `base`
 * (so `turn-2-pr-5` is not a preview of `turn`, and `turn-pr-012` is nobody's preview).
 */
function isPreviewOf(appName, base) {
    const match = /-pr-([1-9][0-9]*)$/.exec(appName);
    if (!match)
        return undefined;
    const prNumber = Number(match[1]);
    if (!Number.isSafeInteger(prNumber))
        return undefined;
    return previewAppName(base, prNumber) === appName ? { prNumber } : undefined;
}

;// CONCATENATED MODULE: ./src/commands/destroy.ts
/** `destroy`: the app and its addresses (a preview on PR close); already gone is a success. */



async function destroyCommand(settings, target, context) {
    // A preview destroy can only ever touch `<base>-pr-<n>`: the guard against destroying production.
    if (target.pr)
        assertPreviewName(target.app, target.pr.number);
    const fly = await openFlyctl(settings, context.env, context.logger);
    const result = await destroyApp(fly, target.app, context.logger);
    const released = result.releasedAddresses;
    const what = result.existed
        ? `Destroyed ${target.app}${released.length > 0 ? ` and released ${released.join(', ')}` : ''}`
        : `${target.app} was already gone`;
    return {
        summary: {
            title: what,
            verdict: 'destroyed',
            rows: [
                ['App', target.app],
                ['Released addresses', released.join(', ')]
            ]
        },
        outputs: { app: target.app },
        comment: { status: 'destroyed', app: target.app, details: [what] }
    };
}

;// CONCATENATED MODULE: ./src/commands/plan.ts
/**
 * `plan`: the deploy's own steps 3 to 9 against the dry-run flyctl client (real reads, recorded
 * writes), then a report of what a deploy would do: the app, the address, the rendered fly.toml
 * and every flyctl call in order. Nothing changes on Fly, and nothing is probed.
 */








async function planCommand(settings, target, context) {
    const { env, logger } = context;
    const app = target.app;
    const hostname = appHostname(app);
    const prepared = await prepareConfig(settings, app, logger);
    validateProbePlan(settings, { app, hostname, udpRanges: prepared.built.udpRanges }, prepared.ipv4Mode);
    const fly = await openDryRunFlyctl(settings, env, logger);
    const steps = new Steps();
    const rollout = await rollOut({
        ...{ settings, app, hostname, prepared, fly, env, steps },
        // The steps narrate what they do ("Created app …"); in a plan nothing is done.
        logger: { ...logger, info: (message) => logger.debug(message) }
    });
    const calls = fly.planned.map(formatPlannedCall);
    const ipv4 = ipv4Decision(prepared.ipv4Mode, rollout, fly.planned);
    const image = rollout.request.image;
    report(logger, app, rollout, ipv4, calls);
    return {
        summary: {
            title: `Plan for ${app}: nothing was changed`,
            verdict: 'planned',
            rows: [
                [
                    'App',
                    rollout.existing.created
                        ? `${app} (would be created in ${settings.org})`
                        : `${app} (exists)`
                ],
                ['IPv4', ipv4],
                ['Image', image ?? `remote build of ${settings.path}`],
                ['Secrets', settings.secrets.map((s) => s.name).join(', ')],
                ['Config', `\`${rollout.rendered.path}\``]
            ],
            warnings: prepared.warnings.map((w) => w.message),
            blocks: [
                { title: 'Rendered fly.toml', language: 'toml', text: rollout.rendered.toml },
                { title: 'flyctl calls a deploy would make', language: 'sh', text: calls.join('\n') }
            ],
            flyctlCalls: fly.calls.map((c) => `flyctl ${c.args.join(' ')}  # exit ${c.exitCode}`)
        },
        outputs: {
            app,
            hostname,
            ipv4: allocates(fly.planned) ? undefined : rollout.address.ipv4,
            config: rollout.rendered.path,
            image
        }
    };
}
function report(logger, app, rollout, ipv4, calls) {
    logger.info(`App: ${app} (${rollout.existing.created ? 'would be created' : 'exists'})`);
    logger.info(`IPv4: ${ipv4}`);
    logger.info('Calls that would run:');
    for (const call of calls)
        logger.info(`  ${call}`);
    logger.info(`Rendered fly.toml (${rollout.rendered.path}):\n${rollout.rendered.toml}`);
}
function allocates(planned) {
    return planned.some((call) => call.mutating && call.args[1] === 'allocate-v4');
}
function ipv4Decision(mode, rollout, planned) {
    if (mode === 'none')
        return 'none';
    if (allocates(planned)) {
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
/** `probe`: only step 10, against `probe-host` or the app's dedicated IPv4. */






async function probeCommand(settings, target, context) {
    const { env, logger } = context;
    const app = target.app;
    const hostname = app ? appHostname(app) : (settings.probeHost ?? '');
    let ipv4 = settings.probeHost;
    if (ipv4 === undefined) {
        const fly = await openFlyctl(settings, env, logger);
        ipv4 = oldestOfType((await lookUpApp(fly, app)).ips, 'v4')?.address;
    }
    const probeTarget = {
        app,
        hostname,
        ipv4,
        udpRanges: [{ start: settings.probePort, end: settings.probePort }]
    };
    validateProbePlan(settings, probeTarget, 'dedicated');
    const run = await probeDeployment(settings, probeTarget, logger);
    if (!run)
        throw new Error('nothing to probe');
    const { report, options } = run;
    const urls = outputs_iceUrls(probedEndpoint(run));
    return {
        summary: {
            title: report.ok ? `${options.host} answers` : `${options.host} did not answer`,
            verdict: report.ok ? 'probed' : 'failed',
            error: report.ok ? undefined : (report.diagnostic ?? report.summary),
            rows: [['Host', `${options.host}:${options.port}`]],
            urls,
            probes: [{ label: 'Probe', probe: { ...report, timeline: timelineMermaid(report) } }]
        },
        outputs: { app: app || undefined, ipv4, ...probeOutputs(urls, report) }
    };
}

;// CONCATENATED MODULE: ./src/github/api.ts
/**
 * The GitHub REST API, the one module that calls it: requests with the run's token against
 * GITHUB_API_URL (so GHES works and tests can stand a local server in for GitHub), typed HTTP
 * errors, pagination, and the pull-request state `reap` asks for.
 */

const DEFAULT_TIMEOUT_MS = 15_000;
class GitHubHttpError extends Error {
    status;
    apiMessage;
    constructor(status, apiMessage) {
        super(`HTTP ${status}${apiMessage ? `: ${apiMessage}` : ''}`);
        this.status = status;
        this.apiMessage = apiMessage;
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
    const response = await fetch(url, {
        method,
        headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${target.token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': 'fly-webrtc-deploy',
            ...(body === undefined ? {} : { 'content-type': 'application/json' })
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(target.timeoutMs ?? DEFAULT_TIMEOUT_MS)
    });
    const text = await response.text();
    let json;
    try {
        json = text === '' ? undefined : JSON.parse(text);
    }
    catch {
        json = undefined;
    }
    if (!response.ok) {
        const message = json?.message;
        throw new GitHubHttpError(response.status, typeof message === 'string' ? message : '');
    }
    return { json, link: response.headers.get('link') };
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
        const match = isPreviewOf(entry.Name, base);
        if (match)
            previews.push({ app: entry.Name, prNumber: match.prNumber });
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
        assertPreviewName(candidate.app, candidate.prNumber);
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
    const app = previewAppName(base, pr.number);
    assertPreviewName(app, pr.number);
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

;// CONCATENATED MODULE: ./src/github/comment.ts
/**
 * The one pull-request comment a preview keeps up to date: found again by a hidden marker,
 * created or updated in place, and rendered from the run's result. Writing the comment is a
 * report, not part of the deploy: a missing permission or a read-only fork token comes back as a
 * warning with the fix, never as an exception that would fail a good deploy.
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
    try {
        const existing = await findMarkedComment(options, marker);
        if (existing) {
            const { json } = await request(options, 'PATCH', endpoint(options, `issues/comments/${existing.id}`), { body });
            return { action: 'updated', url: json?.html_url };
        }
        const { json } = await request(options, 'POST', endpoint(options, `issues/${options.prNumber}/comments`), { body });
        return { action: 'created', url: json?.html_url };
    }
    catch (error) {
        return { action: 'skipped', warning: warningFor(error) };
    }
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
        body: renderPreviewComment({ ...comment, runUrl, commitSha: target.pr.headSha })
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
    const rows = s.rows.filter((row) => row[1] !== undefined && row[1] !== '');
    if (rows.length > 0) {
        out.push('| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${escapeCell(v)} |`), '');
    }
    if (s.urls && s.urls.length > 0)
        out.push('**ICE servers**', '', '```text', ...s.urls, '```', '');
    for (const { label, probe } of s.probes ?? []) {
        out.push(`### ${probe.ok ? '✅' : '❌'} ${label}: ${probe.summary}`, '');
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
    }
    for (const w of s.warnings ?? [])
        out.push(`> ⚠️ ${w}`, '');
    for (const b of s.blocks ?? [])
        out.push(`<details><summary>${b.title}</summary>`, '', '```' + b.language, b.text.trimEnd(), '```', '', '</details>', '');
    if (s.flyctlCalls && s.flyctlCalls.length > 0) {
        out.push(`<details><summary>flyctl calls (${s.flyctlCalls.length})</summary>`, '', '```text', ...s.flyctlCalls, '```', '', '</details>', '');
    }
    if (s.timings && s.timings.length > 0) {
        out.push('| step | seconds |', '|---|---:|', ...s.timings.map(([name, ms]) => `| ${name} | ${(ms / 1000).toFixed(2)} |`), '');
    }
    return out.join('\n');
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
