import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QM: () => (/* binding */ formatPortRange),
/* harmony export */   T$: () => (/* binding */ IPV4_MODES),
/* harmony export */   dO: () => (/* binding */ PRESET_NAMES),
/* harmony export */   vx: () => (/* binding */ CPU_KINDS)
/* harmony export */ });
const PRESET_NAMES = ['none', 'coturn', 'fishjam'];
/** How the app is reachable over IPv4; UDP works only on a dedicated address. */
const IPV4_MODES = ['dedicated', 'shared', 'none'];
const CPU_KINDS = ['shared', 'performance'];
/** The one way config shows a range to a person: `3478` or `50000-50099`. */
function formatPortRange(range) {
    return range.start === range.end ? String(range.start) : `${range.start}-${range.end}`;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   lZ: () => (/* binding */ ActionError)
/* harmony export */ });
class ActionError extends Error {
    kind;
    hint;
    command;
    stderr;
    exitCode;
    constructor(kind, message, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = 'ActionError';
        this.kind = kind;
        this.hint = details.hint;
        this.command = details.command;
        this.stderr = details.stderr;
        this.exitCode = details.exitCode;
    }
}
/** An input that cannot be used: the message names the input, the problem and a good value. */
class InputError extends ActionError {
    input;
    constructor(input, problem, example) {
        const suffix = example === undefined ? '' : ` (for example: ${example})`;
        super('invalid-input', `Input '${input}': ${problem}${suffix}`);
        this.name = 'InputError';
        this.input = input;
    }
}
/** Formats any thrown value as the text a person reads in the log. */
function describeError(error) {
    if (!(error instanceof Error))
        return String(error);
    const lines = [error.message];
    if (error instanceof ActionError) {
        if (error.command)
            lines.push(`Command: ${error.command.join(' ')}`);
        if (error.stderr?.trim())
            lines.push(`flyctl said:\n${error.stderr.trim()}`);
        if (error.hint)
            lines.push(`Hint: ${error.hint}`);
    }
    return lines.join('\n');
}


/***/ }),

/***/ 241:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   NC: () => (/* binding */ PINNED_FLYCTL_VERSION),
/* harmony export */   XO: () => (/* binding */ EXACT_VERSION),
/* harmony export */   ej: () => (/* binding */ normalizeFlyctlVersion)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/**
 * Which flyctl versions the action accepts: the one rule shared by the input check (before any
 * side effect, without loading the installer) and the installer itself.
 */

/** The flyctl release this action is tested with (flyctl.md: newest stable tag of the snapshot). */
const PINNED_FLYCTL_VERSION = '0.4.87';
/** Semver as flyctl tags it: 0.4.87, and dev builds such as 2026.8.21-pr5096.1. */
const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const VERSION_EXAMPLE = `${PINNED_FLYCTL_VERSION}, v${PINNED_FLYCTL_VERSION}, latest or system`;
/**
 * Reads the `flyctl-version` input: an exact version without its `v`, or 'latest' / 'system'.
 * Throws InputError for anything else.
 */
function normalizeFlyctlVersion(input) {
    const text = input.trim();
    if (text === 'latest' || text === 'system')
        return text;
    const version = text.replace(/^v/, '');
    if (!EXACT_VERSION.test(version)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('flyctl-version', `'${text}' is not a flyctl version`, VERSION_EXAMPLE);
    }
    return version;
}


/***/ }),

/***/ 4323:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y: () => (/* binding */ inputFromEnv),
  $: () => (/* binding */ maskSecret)
});

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/github/early.ts
/**
 * The two pieces of the runner protocol that step 1 needs, without loading @actions/core (which
 * bundles an HTTP client and costs most of the start-up): reading an input and masking a secret.
 * Same semantics as core.getInput (trimmed) and core.setSecret (`::add-mask::` with escaping).
 */

function inputFromEnv(env) {
    return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function maskSecret(value) {
    const escaped = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    process.stdout.write(`::add-mask::${escaped}${external_node_os_namespaceObject.EOL}`);
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _github_early_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4323);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2640);
/**
 * Entry point. Step 1 (inputs) runs before the Actions runtime is loaded, so secrets are masked
 * and a bad input is known within milliseconds of start; then the pipeline module is imported
 * (ncc emits it as a separate chunk) and run.
 */


let early;
try {
    const settings = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readSettings */ .sb)((0,_github_early_js__WEBPACK_IMPORTED_MODULE_0__/* .inputFromEnv */ .y)(process.env), process.env, _github_early_js__WEBPACK_IMPORTED_MODULE_0__/* .maskSecret */ .$);
    process.stdout.write(`fly-webrtc-deploy: ${settings.command} ${settings.app ?? settings.probeHost ?? ''}\n`);
    early = { settings };
}
catch (error) {
    early = { error };
}
const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(84), __nccwpck_require__.e(907)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7907));
await run(process.env, early);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2640:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  G1: () => (/* reexport */ missingTokenError),
  pD: () => (/* reexport */ needsToken),
  sb: () => (/* binding */ readSettings)
});

// UNUSED EXPORTS: COMMANDS, CPU_KINDS, INPUT_DEFAULTS, IPV4_MODES, ON_FAILURE, PRESET_NAMES, REMOVED_INPUTS, STRATEGIES

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/parse.ts
var parse = __nccwpck_require__(2828);
// EXTERNAL MODULE: ./src/secrets.ts
var src_secrets = __nccwpck_require__(7194);
;// CONCATENATED MODULE: ./src/inputs/reader.ts
/**
 * Every default action.yml declares, except `github-token`'s `${{ github.token }}`: an
 * expression the runner fills in, so here an empty value simply means "no token".
 */
const INPUT_DEFAULTS = {
    command: 'deploy',
    org: 'personal',
    region: 'iad',
    preset: 'none',
    path: '.',
    ha: 'false',
    strategy: 'rolling',
    'wait-timeout': '5m',
    probe: 'auto',
    'probe-port': '3478',
    'probe-transports': 'udp',
    'probe-timeout': '5m',
    'probe-interval': '2s',
    'fishjam-allow-live-peers': 'false',
    'on-failure': 'fail',
    preview: 'false',
    'reap-older-than': '72h',
    'dry-run': 'false'
};
class InputReader {
    getInput;
    mask;
    constructor(getInput, mask) {
        this.getInput = getInput;
        this.mask = mask;
    }
    /** The value as given (multi-line inputs keep their lines). */
    raw(name) {
        return this.getInput(name);
    }
    /** Trimmed; undefined when empty. */
    text(name) {
        const value = this.getInput(name).trim();
        return value === '' ? undefined : value;
    }
    /** Like text, and masked before anything can print it. */
    secret(name) {
        const value = this.text(name);
        if (value !== undefined)
            this.mask(value);
        return value;
    }
    /** The value, or action.yml's default for it. */
    withDefault(name) {
        return this.text(name) ?? INPUT_DEFAULTS[name];
    }
}
function optional(raw, parse) {
    return raw === undefined ? undefined : parse(raw);
}

// EXTERNAL MODULE: ./src/config/types.ts
var types = __nccwpck_require__(2143);
;// CONCATENATED MODULE: ./src/inputs/config.ts
/** What to deploy: preset, the user's fly.toml, image, env, secrets, ports, address and VM. */





const VM_SIZE = /^[a-z0-9][a-z0-9-]*$/;
const VM_MEMORY = /^\d+(?:mb|gb)?$/i;
function readConfigInputs(r) {
    const preset = (0,parse/* parseEnum */.nL)('preset', r.withDefault('preset'), types/* PRESET_NAMES */.dO);
    const env = (0,parse/* parseKeyValueLines */.FF)('env', r.raw('env'));
    const secrets = (0,src_secrets/* parseSecretsInput */.lB)(r.raw('secrets'));
    for (const secret of secrets)
        if (secret.value !== '')
            r.mask(secret.value);
    // A value flyctl's stdin syntax cannot carry must fail here, before anything changes on Fly.
    (0,src_secrets/* toFlyctlImport */.Ly)(secrets);
    const udp = r.text('udp-ports');
    const tcp = r.text('tcp-ports');
    const http = r.text('http-port');
    return {
        preset,
        configPath: r.text('config'),
        image: r.text('image'),
        path: r.withDefault('path'),
        env,
        secrets,
        udpPorts: optional(udp, (raw) => (0,parse/* parsePortList */.$e)('udp-ports', raw)),
        tcpPorts: optional(tcp, (raw) => (0,parse/* parsePortList */.$e)('tcp-ports', raw)),
        httpPort: optional(http, (raw) => (0,parse/* parsePort */.pz)('http-port', raw, '4000')),
        ipv4: optional(r.text('ipv4'), (raw) => (0,parse/* parseEnum */.nL)('ipv4', raw, types/* IPV4_MODES */.T$)),
        vm: readVm(r)
    };
}
function readVm(r) {
    const size = r.text('vm-size');
    if (size !== undefined && !VM_SIZE.test(size))
        throw new errors/* InputError */.dz('vm-size', `'${size}' is not a VM size name`, 'shared-cpu-1x');
    const memory = r.text('vm-memory');
    if (memory !== undefined && !VM_MEMORY.test(memory))
        throw new errors/* InputError */.dz('vm-memory', `'${memory}' is not a memory size`, '512mb');
    return {
        size,
        memory,
        cpus: optional(r.text('vm-cpus'), (raw) => (0,parse/* parseInteger */.cG)('vm-cpus', raw, 1, 64, '1')),
        cpuKind: optional(r.text('vm-cpu-kind'), (raw) => (0,parse/* parseEnum */.nL)('vm-cpu-kind', raw, types/* CPU_KINDS */.vx))
    };
}

// EXTERNAL MODULE: ./src/preview/naming.ts
var naming = __nccwpck_require__(8826);
;// CONCATENATED MODULE: ./src/inputs/cross-fields.ts
/**
 * The rules that tie inputs together, each a small function, checked in order after every input
 * has been read on its own. A rule names the input to change and says why.
 */


const APP_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/**
 * A preview's `app` is only the base of a name, and so is reap's (it acts on the previews derived
 * from it); everything else must be a Fly app name.
 */
const appName = ({ app, preview, command }) => {
    const isBase = preview || command === 'reap';
    if (app !== undefined && !isBase && !APP_NAME.test(app)) {
        throw new errors/* InputError */.dz('app', `'${app}' is not a Fly app name: use lowercase letters, digits and dashes, at most 63, not starting or ending with a dash`, 'my-turn-server');
    }
    if (app !== undefined && isBase && !/[a-z0-9]/i.test(app)) {
        throw new errors/* InputError */.dz('app', `'${app}' has no letter or digit to build a preview name from`, 'turn');
    }
};
const secretOrEnv = ({ secrets, env }) => {
    for (const secret of secrets) {
        if (Object.hasOwn(env, secret.name)) {
            throw new errors/* InputError */.dz('env', `${secret.name} is also in 'secrets'; a name is either secret or not`);
        }
    }
};
/** An early message for the ports the inputs name; lint applies the same rule to the config. */
const udpNeedsDedicatedIpv4 = ({ udpPorts, ipv4 }) => {
    if (udpPorts && ipv4 !== undefined && ipv4 !== 'dedicated') {
        throw new errors/* InputError */.dz('ipv4', `'${ipv4}' cannot carry the UDP ports in 'udp-ports': Fly routes UDP only to a dedicated IPv4`, 'dedicated');
    }
};
const turnCredentials = ({ turnUsername, turnPassword, turnSecret }) => {
    if ((turnUsername === undefined) !== (turnPassword === undefined)) {
        const missing = turnUsername === undefined ? 'turn-username' : 'turn-password';
        const other = missing === 'turn-username' ? 'turn-password' : 'turn-username';
        throw new errors/* InputError */.dz(missing, `is required together with '${other}'`);
    }
    if (turnPassword !== undefined && turnSecret !== undefined) {
        throw new errors/* InputError */.dz('turn-secret', "cannot be combined with 'turn-username'/'turn-password': choose REST or long-term credentials");
    }
};
const destroyOnlyPreviews = ({ onFailure, preview }) => {
    if (onFailure === 'destroy' && !preview) {
        throw new errors/* InputError */.dz('on-failure', "'destroy' is only allowed for previews (preview: true), so a failed probe can never destroy production", 'rollback');
    }
};
/** A fleet member is one machine: Fly routes an app's UDP to one instance at a time. */
const fleetWithoutHa = ({ regions, ha }) => {
    if (regions.length > 0 && ha) {
        throw new errors/* InputError */.dz('ha', "'true' would give every fleet member a second machine that never serves UDP while the first is up (Fly routes an app's UDP to one instance); a fleet is one machine per region", 'false');
    }
};
/** A fleet probes every member at its own IPv4; one given host cannot stand for all of them. */
const fleetProbesItsMembers = ({ regions, probeHost }) => {
    if (regions.length > 0 && probeHost !== undefined) {
        throw new errors/* InputError */.dz('probe-host', "names one host, but with 'regions' every member is probed at its own dedicated IPv4; remove probe-host");
    }
};
/** Fleet members are named `<app>-<region>`, which must still be a Fly app name. */
const fleetMemberNames = ({ regions, app, preview }) => {
    if (regions.length === 0 || app === undefined || preview)
        return;
    const longest = `${app}-${regions[0]}`;
    if (longest.length > naming/* MAX_APP_NAME_LENGTH */.I0) {
        throw new errors/* InputError */.dz('app', `'${app}' is too long for a fleet: each member is named <app>-<region> (like '${longest}'), at most ${naming/* MAX_APP_NAME_LENGTH */.I0} characters`, 'turn');
    }
};
const dryRunOnlyForReap = ({ dryRun, command }) => {
    if (dryRun && command !== 'reap') {
        throw new errors/* InputError */.dz('dry-run', "applies only to 'command: reap'; use 'command: plan' to preview a deploy", 'false');
    }
};
const appRequired = (s) => {
    const needsApp = s.command !== 'probe' || s.probeHost === undefined;
    if (needsApp && s.app === undefined) {
        const why = s.command === 'probe' ? " (or 'probe-host')" : '';
        throw new errors/* InputError */.dz('app', `is required for 'command: ${s.command}'${why}`, 'my-turn-server');
    }
};
/**
 * A preview may lack the token for a reason that is not a mistake (a pull request from a fork
 * gets no secrets): the command decides once it knows the event.
 */
const tokenRequired = (s) => {
    if (needsToken(s) && s.apiToken === undefined && !s.preview)
        throw missingTokenError();
};
const probeChecksSomething = ({ command, probeChecks }) => {
    if (command === 'probe' && probeChecks?.length === 0) {
        throw new errors/* InputError */.dz('probe', "'command: probe' with 'probe: none' would check nothing", 'turn, relay');
    }
};
const httpCheckHasUrl = ({ probeChecks, healthUrl, preset }) => {
    if (probeChecks?.includes('http') && healthUrl === undefined && preset !== 'fishjam') {
        throw new errors/* InputError */.dz('health-url', "is required for the 'http' check (only the fishjam preset has a default)", 'https://{hostname}/health');
    }
};
const fishjamCheckHasUrl = ({ probeChecks, fishjamUrl, preset }) => {
    if (probeChecks?.includes('fishjam') && fishjamUrl === undefined && preset !== 'fishjam') {
        throw new errors/* InputError */.dz('fishjam-url', "is required for the 'fishjam' check (only the fishjam preset has a default)", 'https://{hostname}');
    }
};
const RULES = [
    appName,
    secretOrEnv,
    udpNeedsDedicatedIpv4,
    turnCredentials,
    destroyOnlyPreviews,
    fleetWithoutHa,
    fleetMemberNames,
    fleetProbesItsMembers,
    dryRunOnlyForReap,
    appRequired,
    tokenRequired,
    probeChecksSomething,
    httpCheckHasUrl,
    fishjamCheckHasUrl
];
function checkCrossFields(settings) {
    for (const rule of RULES)
        rule(settings);
}
function missingTokenError() {
    return new errors/* InputError */.dz('api-token', "is required (or the FLY_API_TOKEN environment variable): create one with 'fly tokens create org' and store it as a repository secret", '${{ secrets.FLY_API_TOKEN }}');
}
/** Every command talks to Fly, except a probe of a host given directly. */
function needsToken(s) {
    return s.command !== 'probe' || s.probeHost === undefined;
}

// EXTERNAL MODULE: ./src/fly/version.ts
var version = __nccwpck_require__(241);
;// CONCATENATED MODULE: ./src/inputs/settings.ts

const COMMANDS = ['deploy', 'destroy', 'plan', 'reap', 'probe'];
const STRATEGIES = ['rolling', 'immediate', 'bluegreen', 'canary'];
const ON_FAILURE = ['fail', 'rollback', 'destroy'];

;// CONCATENATED MODULE: ./src/inputs/deploy.ts
/** How to deploy: machines, strategy, timeouts, extra flyctl flags, flyctl itself, on failure. */





/** deploy-args flags the action sets itself: passing them twice would make the result ambiguous. */
const FLAGS_OWNED_BY_INPUTS = {
    '--config': 'config',
    '-c': 'config',
    '--app': 'app',
    '-a': 'app',
    '--image': 'image',
    '-i': 'image',
    '--strategy': 'strategy',
    '--wait-timeout': 'wait-timeout',
    '--ha': 'ha',
    '--access-token': 'api-token',
    '-t': 'api-token'
};
function readDeployInputs(r) {
    return {
        ha: (0,parse/* parseBoolean */.yG)('ha', r.withDefault('ha')),
        strategy: (0,parse/* parseEnum */.nL)('strategy', r.withDefault('strategy'), STRATEGIES),
        waitTimeoutMs: (0,parse/* parseDuration */.E9)('wait-timeout', r.withDefault('wait-timeout'), '5m', parse/* MAX_TIMER_MS */._o),
        deployArgs: readDeployArgs(r.raw('deploy-args')),
        flyctlVersion: optional(r.text('flyctl-version'), version/* normalizeFlyctlVersion */.ej),
        onFailure: (0,parse/* parseEnum */.nL)('on-failure', r.withDefault('on-failure'), ON_FAILURE)
    };
}
function readDeployArgs(raw) {
    const args = (0,parse/* splitShellWords */.CQ)('deploy-args', raw);
    for (const arg of args) {
        const flag = ownedFlagOf(arg);
        if (flag !== undefined) {
            throw new errors/* InputError */.dz('deploy-args', `${flag} is set by the input '${FLAGS_OWNED_BY_INPUTS[flag]}'; use that input instead`);
        }
    }
    return args;
}
/** The owned flag an argument sets: `--app`, `--app=x`, `-a`, or a short flag glued to its value (`-ax`). */
function ownedFlagOf(arg) {
    const long = arg.split('=')[0];
    if (Object.hasOwn(FLAGS_OWNED_BY_INPUTS, long))
        return long;
    const short = arg.slice(0, 2);
    return !arg.startsWith('--') && Object.hasOwn(FLAGS_OWNED_BY_INPUTS, short) ? short : undefined;
}

;// CONCATENATED MODULE: ./src/inputs/target.ts
/** Who and where: the command, the token, the app and its organisation and region. */



const REGION = /^[a-z]{3}$/;
const ORG_SLUG = /^[a-z0-9][a-z0-9-]*$/;
function readTarget(r, env) {
    const org = r.withDefault('org');
    if (!ORG_SLUG.test(org))
        throw new errors/* InputError */.dz('org', `'${org}' is not an organisation slug`, 'personal');
    const region = r.withDefault('region');
    if (!REGION.test(region))
        throw new errors/* InputError */.dz('region', `'${region}' is not a three-letter Fly region code`, 'iad');
    return {
        command: (0,parse/* parseEnum */.nL)('command', r.withDefault('command'), COMMANDS),
        apiToken: r.secret('api-token') ?? fromEnvironment(env.FLY_API_TOKEN, r.mask),
        preview: (0,parse/* parseBoolean */.yG)('preview', r.withDefault('preview')),
        app: r.text('app'),
        org,
        region
    };
}
function isRegionCode(text) {
    return REGION.test(text);
}
function fromEnvironment(value, mask) {
    const trimmed = value?.trim();
    if (!trimmed)
        return undefined;
    mask(trimmed);
    return trimmed;
}

;// CONCATENATED MODULE: ./src/inputs/lifecycle.ts
/** Around the deploy: previews' comment and token, fleet regions, reaping. */




/**
 * Inputs the contract no longer has: giving one is an error that explains what replaced it
 * (they are read only to say so).
 */
const REMOVED_INPUTS = (/* unused pure expression or super */ null && (['count']));
function readLifecycleInputs(r) {
    if (r.text('count') !== undefined) {
        throw new errors/* InputError */.dz('count', "was removed: Fly routes all of an app's UDP to one machine at a time, so more machines in one app add no TURN capacity and no second region. List regions instead: 'regions' deploys one app per region, each with its own dedicated IPv4 and one machine", 'regions: fra, iad');
    }
    return {
        githubToken: r.secret('github-token'),
        comment: optional(r.text('comment'), (raw) => (0,parse/* parseBoolean */.yG)('comment', raw)),
        regions: readRegions(r.raw('regions')),
        reapOlderThanMs: (0,parse/* parseDuration */.E9)('reap-older-than', r.withDefault('reap-older-than'), '72h'),
        dryRun: (0,parse/* parseBoolean */.yG)('dry-run', r.withDefault('dry-run'))
    };
}
/** Lowercase three-letter codes, each at most once: every region gets one app. */
function readRegions(raw) {
    const regions = (0,parse/* splitList */.ry)(raw);
    for (const region of regions) {
        if (!isRegionCode(region))
            throw new errors/* InputError */.dz('regions', `'${region}' is not a three-letter Fly region code`, 'fra, iad');
    }
    const repeated = regions.find((region, index) => regions.indexOf(region) !== index);
    if (repeated !== undefined) {
        throw new errors/* InputError */.dz('regions', `lists '${repeated}' twice; each region gets one app`, 'fra, iad');
    }
    return regions;
}

// EXTERNAL MODULE: ./src/probe/host.ts
var host = __nccwpck_require__(2202);
// EXTERNAL MODULE: ./src/probe/validate.ts
var validate = __nccwpck_require__(3566);
// EXTERNAL MODULE: ./src/probe/types.ts
var probe_types = __nccwpck_require__(2367);
;// CONCATENATED MODULE: ./src/inputs/probe.ts
/** The readiness probe: checks, host, port, transports, credentials, health check, timing. */





function readProbeInputs(r) {
    const probeHost = r.text('probe-host');
    if (probeHost !== undefined && !(0,host/* isHostOrIp */.B)(probeHost)) {
        throw new errors/* InputError */.dz('probe-host', `'${probeHost}' is not a host name or IP address (no scheme, no port)`, '203.0.113.7');
    }
    const healthUrl = r.text('health-url');
    if (healthUrl !== undefined)
        assertHttpUrl(healthUrl);
    const fishjamUrl = r.text('fishjam-url');
    if (fishjamUrl !== undefined)
        assertFishjamUrl(fishjamUrl);
    return {
        probeChecks: parseProbeChecks(r.withDefault('probe')),
        probeHost,
        probePort: (0,parse/* parsePort */.pz)('probe-port', r.withDefault('probe-port')),
        probeTransports: parseTransports(r.withDefault('probe-transports')),
        turnUsername: r.text('turn-username'),
        turnPassword: r.secret('turn-password'),
        turnSecret: r.secret('turn-secret'),
        turnRealm: r.text('turn-realm'),
        healthUrl,
        healthToken: r.secret('health-token'),
        fishjamUrl,
        fishjamAllowLivePeers: (0,parse/* parseBoolean */.yG)('fishjam-allow-live-peers', r.withDefault('fishjam-allow-live-peers')),
        probeTimeoutMs: timer(r, 'probe-timeout'),
        probeIntervalMs: timer(r, 'probe-interval')
    };
}
function timer(r, name) {
    const raw = r.withDefault(name);
    return (0,parse/* parseDuration */.E9)(name, raw, name === 'probe-timeout' ? '5m' : '2s', parse/* MAX_TIMER_MS */._o);
}
function parseTransports(raw) {
    const transports = (0,parse/* splitList */.ry)(raw).map((t) => (0,parse/* parseEnum */.nL)('probe-transports', t, probe_types/* PROBE_TRANSPORTS */.Ix));
    if (transports.length === 0)
        throw new errors/* InputError */.dz('probe-transports', 'lists no transport', 'udp, tcp');
    return transports;
}
function parseProbeChecks(raw) {
    if (raw === 'auto')
        return undefined;
    if (raw === 'none')
        return [];
    const checks = (0,parse/* splitList */.ry)(raw).map((c) => (0,parse/* parseEnum */.nL)('probe', c, [...probe_types/* PROBE_CHECKS */.hh, 'auto', 'none']));
    if (checks.some((c) => c === 'auto' || c === 'none')) {
        throw new errors/* InputError */.dz('probe', "'auto' and 'none' stand alone; otherwise list checks", 'turn, relay');
    }
    return [...new Set(checks)];
}
/** The URL with stand-ins for {ipv4}, {app}, {hostname}, which are known only after the deploy. */
function withStandIns(raw) {
    return raw.replace(/\{(ipv4|app|hostname)\}/g, (_, name) => name === 'ipv4' ? '192.0.2.1' : 'placeholder.example');
}
/** The probe's own rule for a Fishjam base URL, told as an error of the input. */
function assertFishjamUrl(raw) {
    const unknown = [...raw.matchAll(/\{([^{}]*)\}/g)].find((m) => !['ipv4', 'app', 'hostname'].includes(m[1]));
    if (unknown) {
        throw new errors/* InputError */.dz('fishjam-url', `uses the unknown placeholder ${unknown[0]}; known: {ipv4}, {app}, {hostname}`, 'https://{hostname}');
    }
    try {
        (0,validate/* parseFishjamUrl */.rc)(withStandIns(raw));
    }
    catch (error) {
        const problem = error.problem ?? 'is not a base URL';
        // The probe's text quotes the filled-in URL; the input's quotes what was written.
        throw new errors/* InputError */.dz('fishjam-url', problem.replace(withStandIns(raw), raw), 'https://{hostname}');
    }
}
function assertHttpUrl(raw) {
    const filled = withStandIns(raw);
    let url;
    try {
        url = new URL(filled);
    }
    catch {
        url = undefined;
    }
    if (!url || !['http:', 'https:'].includes(url.protocol)) {
        throw new errors/* InputError */.dz('health-url', `'${raw}' is not an http(s) URL`, 'https://{hostname}/health');
    }
}

;// CONCATENATED MODULE: ./src/inputs.ts
/**
 * Step 1: every input read and validated into one typed Settings object before anything else
 * happens. Pure over a getInput function and an environment, except that each secret value is
 * handed to `mask` the moment it is read, so no later message can print it. Each group of inputs
 * has its reader in src/inputs/; the rules that tie inputs together run last, in one place.
 */











function readSettings(getInput, env, mask) {
    const reader = new InputReader(getInput, mask);
    const settings = {
        ...readTarget(reader, env),
        ...readConfigInputs(reader),
        ...readDeployInputs(reader),
        ...readProbeInputs(reader),
        ...readLifecycleInputs(reader)
    };
    checkCrossFields(settings);
    return settings;
}


/***/ }),

/***/ 2828:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ parsePortList),
/* harmony export */   CQ: () => (/* binding */ splitShellWords),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   FF: () => (/* binding */ parseKeyValueLines),
/* harmony export */   Lm: () => (/* binding */ goDuration),
/* harmony export */   ZL: () => (/* binding */ shellQuote),
/* harmony export */   _o: () => (/* binding */ MAX_TIMER_MS),
/* harmony export */   cG: () => (/* binding */ parseInteger),
/* harmony export */   nL: () => (/* binding */ parseEnum),
/* harmony export */   pz: () => (/* binding */ parsePort),
/* harmony export */   ry: () => (/* binding */ splitList),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony export ENV_NAME */
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2143);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/**
 * Parsers for the value kinds the inputs use. Each is pure, takes the input's name, and throws an
 * InputError that names the input, says what is wrong and shows a good value.
 */


function parseBoolean(input, raw) {
    if (raw === 'true')
        return true;
    if (raw === 'false')
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `expected 'true' or 'false', got '${raw}'`, 'true');
}
function parseEnum(input, raw, allowed) {
    if (allowed.includes(raw))
        return raw;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${raw}' is not one of ${allowed.map((a) => `'${a}'`).join(', ')}`, allowed[0]);
}
const DURATION_UNITS_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** The longest timer Node can run (2^31-1 ms, about 24.8 days), rounded down to 24 h. */
const MAX_TIMER_MS = 24 * 3_600_000;
/**
 * Durations read like Go's: `90s`, `5m`, `1h30m`, `250ms`. A bare number is refused: unit-less is
 * ambiguous. `max` bounds durations that become timers (Node fires longer ones at once).
 */
function parseDuration(input, raw, example = '5m', max = Infinity) {
    const text = raw.trim();
    const parts = /^(?:\d+(?:ms|s|m|h))+$/.test(text) ? text.match(/\d+(?:ms|s|m|h)/g) : null;
    if (!parts) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${raw}' is not a duration; write a number with a unit (ms, s, m, h)`, example);
    }
    const total = parts.reduce((sum, part) => {
        const [, amount, unit] = /^(\d+)(ms|s|m|h)$/.exec(part);
        return sum + Number(amount) * DURATION_UNITS_MS[unit];
    }, 0);
    if (total <= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'must be longer than zero', example);
    if (total > max)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${raw}' is longer than the ${max / 3_600_000}h allowed`, example);
    return total;
}
/** Formats milliseconds as a duration flyctl accepts (Go syntax), e.g. 300000 -> `300s`. */
function goDuration(ms) {
    return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}
function parseInteger(input, raw, min, max, example) {
    if (!/^\d+$/.test(raw.trim())) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${raw}' is not a whole number`, example);
    }
    const value = Number(raw.trim());
    if (value < min || value > max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `${value} is outside ${min}-${max}`, example);
    }
    return value;
}
function parsePort(input, raw, example = '3478') {
    return parseInteger(input, raw, 1, 65535, example);
}
/** `3478`, `3478, 5349` or `50000-50100`: ports exposed 1:1, ranges inclusive, no overlaps. */
function parsePortList(input, raw) {
    const example = '3478, 50000-50100';
    const ranges = splitList(raw).map((item) => {
        const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(item);
        if (!match)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${item}' is not a port or a range`, example);
        const start = parsePort(input, match[1], example);
        const end = match[2] === undefined ? start : parsePort(input, match[2], example);
        if (start > end) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `range '${item}' starts after it ends`, '50000-50100');
        }
        return { start, end };
    });
    if (ranges.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, 'lists no port', example);
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
        if (sorted[i].start <= sorted[i - 1].end) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `ports ${(0,_config_types_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPortRange */ .QM)(sorted[i])} overlap ${(0,_config_types_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPortRange */ .QM)(sorted[i - 1])}`, example);
        }
    }
    return ranges;
}
/** Comma- or newline-separated items, trimmed, empties dropped. */
function splitList(raw) {
    return raw
        .split(/[,\n]/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Non-secret `KEY=VALUE` lines; blank lines and `#` comments skipped; the value is verbatim. */
function parseKeyValueLines(input, raw) {
    const result = Object.create(null);
    raw.split(/\r?\n/).forEach((line, index) => {
        if (line.trim() === '' || line.trim().startsWith('#'))
            return;
        const eq = line.indexOf('=');
        const key = eq < 0 ? '' : line.slice(0, eq).trim();
        if (!ENV_NAME.test(key)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `line ${index + 1} is not KEY=VALUE with a KEY of letters, digits and _`, 'LOG_LEVEL=info');
        }
        if (Object.hasOwn(result, key))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `line ${index + 1} repeats ${key}`);
        result[key] = line.slice(eq + 1);
    });
    return result;
}
/**
 * Splits a flag string like a POSIX shell would (quotes and backslashes, no expansion), so
 * `--build-arg "A=b c"` becomes two argv items. Nothing is ever passed to a shell.
 */
function splitShellWords(input, raw) {
    const words = [];
    let current = '';
    let inWord = false;
    let quote = null;
    for (let i = 0; i < raw.length; i++) {
        const ch = raw[i];
        if (quote === "'") {
            if (ch === "'")
                quote = null;
            else
                current += ch;
        }
        else if (quote === '"') {
            if (ch === '"')
                quote = null;
            else if (ch === '\\' && i + 1 < raw.length && '"\\$`'.includes(raw[i + 1]))
                current += raw[++i];
            else
                current += ch;
        }
        else if (ch === "'" || ch === '"') {
            quote = ch;
            inWord = true;
        }
        else if (ch === '\\' && i + 1 < raw.length) {
            current += raw[++i];
            inWord = true;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                words.push(current);
            current = '';
            inWord = false;
        }
        else {
            current += ch;
            inWord = true;
        }
    }
    if (quote)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `an opening ${quote} has no closing ${quote}`, '--build-arg "NAME=a value"');
    if (inWord)
        words.push(current);
    return words;
}
/**
 * Quotes a word for display so that `splitShellWords` (or a POSIX shell) reads it back as
 * exactly that word: plain words stay bare, anything else goes in single quotes.
 */
function shellQuote(word) {
    if (/^[A-Za-z0-9_./:=,@%+-]+$/.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}


/***/ }),

/***/ 8826:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I0: () => (/* binding */ MAX_APP_NAME_LENGTH),
/* harmony export */   Zu: () => (/* binding */ previewAppName),
/* harmony export */   ko: () => (/* binding */ isPreviewOf),
/* harmony export */   ky: () => (/* binding */ assertPreviewName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3916);
/**
 * Preview app names: `<base>-pr-<n>` in Fly's alphabet, the guard that keeps every preview
 * command away from production apps, and the recognition `reap` relies on. Pure.
 */


/** Fly app names: lowercase letters, digits and dashes, starting with a letter, at most 63. */
const MAX_APP_NAME_LENGTH = 63;
const HASH_LENGTH = 6;
function shortHash(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex').slice(0, HASH_LENGTH);
}
function assertPrNumber(prNumber) {
    if (!Number.isSafeInteger(prNumber) || prNumber <= 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('preview', `pull request number '${prNumber}' is not a positive integer`);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('app', `'${base}' has no letters or digits left for a Fly app name (lowercase a-z, 0-9 and dashes)`, 'turn');
    }
    return /^[a-z]/.test(ascii) ? ascii : `app-${ascii}`;
}
/** A fleet member's region, the last part of its name: three lowercase letters. */
const REGION = /^[a-z]{3}$/;
/**
 * `<base>-pr-<n>` in Fly's alphabet, at most 63 characters; a fleet member of the preview adds
 * its region: `<base>-pr-<n>-<region>`. A base too long for that is cut and given a short hash
 * of the original base, so two long bases that share a prefix stay apart and the same base
 * always maps to the same name. The PR number and the region are never cut.
 */
function previewAppName(base, prNumber, region) {
    assertPrNumber(prNumber);
    if (region !== undefined && !REGION.test(region)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('regions', `'${region}' is not a three-letter Fly region code`, 'fra');
    }
    const suffix = `-pr-${prNumber}${region === undefined ? '' : `-${region}`}`;
    const clean = sanitizeBase(base);
    if (clean.length + suffix.length <= MAX_APP_NAME_LENGTH)
        return `${clean}${suffix}`;
    const room = MAX_APP_NAME_LENGTH - suffix.length - HASH_LENGTH - 1;
    const head = clean.slice(0, room).replace(/-+$/, '');
    return `${head}-${shortHash(base)}${suffix}`;
}
/**
 * Refuses any name that is not a valid Fly name ending in `-pr-<n>` (or `-pr-<n>-<region>` for
 * the fleet member in `region`): every preview command calls this right before acting, so a
 * mistake upstream cannot reach a production app.
 */
function assertPreviewName(name, prNumber, region) {
    assertPrNumber(prNumber);
    const suffix = `-pr-${prNumber}${region === undefined ? '' : `-${region}`}`;
    const valid = /^[a-z][a-z0-9-]*$/.test(name) && name.length <= MAX_APP_NAME_LENGTH;
    if (!valid || !name.endsWith(suffix) || name.length === suffix.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('app', `refusing to act on '${name}' as the preview of pull request #${prNumber}: a preview app ` +
            `name must be lowercase letters, digits and dashes ending in '${suffix}', so a preview ` +
            'command can never touch a production app', `turn${suffix}`);
    }
}
/**
 * The PR number (and the region of a fleet member) when `appName` is exactly a preview name
 * this action derives from `base` (so `turn-2-pr-5` is not a preview of `turn`, and
 * `turn-pr-012` is nobody's preview).
 */
function isPreviewOf(appName, base) {
    const match = /-pr-([1-9][0-9]*)(?:-([a-z]{3}))?$/.exec(appName);
    if (!match)
        return undefined;
    const prNumber = Number(match[1]);
    const region = match[2];
    if (!Number.isSafeInteger(prNumber))
        return undefined;
    if (previewAppName(base, prNumber, region) !== appName)
        return undefined;
    return region === undefined ? { prNumber } : { prNumber, region };
}


/***/ }),

/***/ 2202:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ isHostOrIp)
/* harmony export */ });
/* unused harmony export isHostName */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The one rule for a host a probe may talk to: a DNS name or an IP literal. Light on purpose
 * (only node:net), so every front end can validate a host before it loads anything else.
 */

/** A DNS label: letters, digits, hyphens and (for names such as docker compose's) underscores inside. */
const LABEL = /^[a-z0-9]([a-z0-9_-]{0,61}[a-z0-9])?$/i;
/** A DNS name of at most 253 characters, with or without the trailing dot of a fully qualified name. */
function isHostName(text) {
    if (text.length === 0 || text.length > 253)
        return false;
    const labels = (text.endsWith('.') ? text.slice(0, -1) : text).split('.');
    // RFC 3696 §2: a top-level label is never all digits, so 203.0.113.700 is a typo, not a name.
    if (/^\d+$/.test(labels[labels.length - 1]))
        return false;
    return labels.every((label) => LABEL.test(label));
}
/** A host name, an IPv4 literal, or an IPv6 literal with or without brackets. */
function isHostOrIp(text) {
    if (text.startsWith('[') || text.endsWith(']')) {
        return text.startsWith('[') && text.endsWith(']') && (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(text.slice(1, -1)) === 6;
    }
    return (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(text) !== 0 || isHostName(text);
}


/***/ }),

/***/ 913:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ formatAddress),
/* harmony export */   Mr: () => (/* binding */ ipFamily),
/* harmony export */   U9: () => (/* binding */ isLoopback),
/* harmony export */   ig: () => (/* binding */ ipToBytes),
/* harmony export */   u0: () => (/* binding */ bytesToIp)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/**
 * IP address <-> bytes, without I/O. STUN carries addresses as raw bytes (XOR-ed with the magic
 * cookie and, for IPv6, the transaction ID), so the codec needs exact conversions both ways.
 */

/** Formats an address as host:port, with IPv6 literals in brackets. */
function formatAddress(a) {
    return (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(a.address) ? `[${a.address}]:${a.port}` : `${a.address}:${a.port}`;
}
function ipFamily(ip) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv4)(ip))
        return 'IPv4';
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(ip))
        return 'IPv6';
    return undefined;
}
/** 4 or 16 bytes of an IP literal; throws on anything that is not one (callers validate first). */
function ipToBytes(ip) {
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv4)(ip))
        return Buffer.from(ip.split('.').map((part) => Number(part)));
    if (!(0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(ip))
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
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv4)(ip))
        return ip.startsWith('127.');
    return (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(ip) && bytesToIp(ipToBytes(ip)) === '::1';
}


/***/ }),

/***/ 6100:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WB: () => (/* binding */ ProbeOptionError),
/* harmony export */   fS: () => (/* binding */ optionName)
/* harmony export */ });
/* unused harmony export NEUTRAL_NAMES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
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
    fishjamUrl: "the Fishjam API's URL",
    fishjamAllowLivePeers: 'the live-peers opt-in',
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
class ProbeOptionError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
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


/***/ }),

/***/ 2367:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ portFor),
/* harmony export */   Ix: () => (/* binding */ PROBE_TRANSPORTS),
/* harmony export */   Wg: () => (/* binding */ DEFAULT_PORT),
/* harmony export */   e1: () => (/* binding */ DEFAULT_TLS_PORT),
/* harmony export */   gQ: () => (/* binding */ isProbeTransport),
/* harmony export */   hh: () => (/* binding */ PROBE_CHECKS),
/* harmony export */   pN: () => (/* binding */ isProbeCheck)
/* harmony export */ });
/** The checks, in the order an attempt runs them. */
const PROBE_CHECKS = ['stun', 'turn', 'relay', 'http', 'fishjam'];
const PROBE_TRANSPORTS = ['udp', 'tcp', 'tls'];
function isProbeCheck(text) {
    return PROBE_CHECKS.includes(text);
}
function isProbeTransport(text) {
    return PROBE_TRANSPORTS.includes(text);
}
/** STUN/TURN over UDP and TCP (RFC 8489 §18.6, RFC 7065 §3). */
const DEFAULT_PORT = 3478;
/** STUN/TURN over TLS (turns:). */
const DEFAULT_TLS_PORT = 5349;
/** The port a transport talks to: the TLS port for TLS, the STUN/TURN port otherwise. */
function portFor(options, transport) {
    return transport === 'tls' ? (options.tlsPort ?? DEFAULT_TLS_PORT) : options.port;
}


/***/ }),

/***/ 3566:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p7: () => (/* binding */ validateProbeOptions),
/* harmony export */   rc: () => (/* binding */ parseFishjamUrl)
/* harmony export */ });
/* unused harmony export parseHealthUrl */
/* harmony import */ var _host_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2202);
/* harmony import */ var _ip_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(913);
/* harmony import */ var _option_names_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6100);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2367);
/**
 * Checks ProbeOptions before any packet is sent. Errors name the option as the caller's front end
 * calls it (`options.names`), so the same check serves the action and the CLI.
 */




const EXAMPLE_HEALTH_URL = 'https://my-app.fly.dev/health';
/** Throws a ProbeOptionError for the first option the probe cannot use. */
function validateProbeOptions(o) {
    const fail = (field, problem, example) => {
        throw new _option_names_js__WEBPACK_IMPORTED_MODULE_2__/* .ProbeOptionError */ .WB(field, problem, example, o.names);
    };
    if (!(0,_host_js__WEBPACK_IMPORTED_MODULE_0__/* .isHostOrIp */ .B)(o.host ?? '')) {
        fail('host', `'${o.host}' is not a host name or IP address`, '203.0.113.7');
    }
    checkPort(o.port, 'port', String(_types_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_PORT */ .Wg), fail);
    checkPort(o.tlsPort, 'tlsPort', String(_types_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_TLS_PORT */ .e1), fail);
    checkLists(o, fail);
    checkCredentials(o, fail);
    if (o.realm === '')
        fail('realm', 'is empty', 'turn.example.com');
    if (o.expectedRelayIp !== undefined && !(0,_ip_js__WEBPACK_IMPORTED_MODULE_1__/* .ipFamily */ .Mr)(o.expectedRelayIp)) {
        fail('expectedRelayIp', `'${o.expectedRelayIp}' is not an IP address`, '203.0.113.7');
    }
    if (o.checks.includes('http'))
        parseHealthUrl(o.healthUrl, o.names);
    if (o.checks.includes('fishjam'))
        checkFishjam(o, fail);
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
        if (!(0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isProbeTransport */ .gQ)(transport)) {
            fail('transports', `'${String(transport)}' is not one of ${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .PROBE_TRANSPORTS */ .Ix.join(', ')}`, 'udp');
        }
    }
    if (o.checks.length === 0)
        fail('checks', 'lists no check', 'stun, turn');
    for (const check of o.checks) {
        if (!(0,_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isProbeCheck */ .pN)(check)) {
            fail('checks', `'${String(check)}' is not one of ${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .PROBE_CHECKS */ .hh.join(', ')}`, 'turn, relay');
        }
    }
}
function checkCredentials(o, fail) {
    const credentials = o.credentials;
    if ((o.checks.includes('turn') || o.checks.includes('relay')) && !credentials) {
        const name = (field) => (0,_option_names_js__WEBPACK_IMPORTED_MODULE_2__/* .optionName */ .fS)(field, o.names);
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
function checkFishjam(o, fail) {
    parseFishjamUrl(o.fishjamUrl, o.names);
    if (!o.healthToken) {
        fail('healthToken', "is needed by the 'fishjam' check: it is the Fishjam API token (FJ_SERVER_API_TOKEN)");
    }
}
/**
 * Fishjam's API base URL: http(s), no query, fragment or credentials (a path is kept: the API
 * and the peer socket live under it, as Fishjam keeps a path in FJ_HOST).
 */
function parseFishjamUrl(text, names) {
    const fail = (problem) => {
        throw new _option_names_js__WEBPACK_IMPORTED_MODULE_2__/* .ProbeOptionError */ .WB('fishjamUrl', problem, 'https://fishjam.example.com', names);
    };
    if (!text)
        return fail("is needed by the 'fishjam' check");
    const url = URL.canParse(text) ? new URL(text) : undefined;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
        return fail(`'${text}' is not an http(s) URL`);
    }
    // Not echoed: a URL with credentials holds a password.
    if (url.username || url.password)
        return fail('must not carry credentials');
    if (url.search || url.hash) {
        return fail(`'${text}' must be a base URL, without query or fragment`);
    }
    return url;
}
/** The health URL as a URL; throws a ProbeOptionError unless it is an http(s) URL. */
function parseHealthUrl(text, names) {
    const fail = (problem) => {
        throw new _option_names_js__WEBPACK_IMPORTED_MODULE_2__/* .ProbeOptionError */ .WB('healthUrl', problem, EXAMPLE_HEALTH_URL, names);
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


/***/ }),

/***/ 7194:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ly: () => (/* binding */ toFlyctlImport),
/* harmony export */   lB: () => (/* binding */ parseSecretsInput)
/* harmony export */ });
/* unused harmony export flyctlParseSecrets */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/**
 * Secrets: the action's `secrets` input syntax, and the stdin text of `flyctl secrets import`.
 *
 * The `secrets` input is dotenv-like, one secret per line:
 *
 *   NAME=value             unquoted: the value runs to the end of the line; spaces and tabs around
 *                          it are trimmed; `#`, `=` and quotes inside are part of the value
 *   NAME="value"           wrapped in double quotes: everything inside is literal (no escapes)
 *   NAME='value'           the same with single quotes (use it for a value that starts with """)
 *   NAME="""one line"""    a block on one line: literal
 *   NAME="""first line     a block over several lines: everything between the opening """ and
 *   more lines             the """ that ends a line, literally, lines joined with "\n" (as in
 *   last line"""           flyctl, a line break right after the opening """ is part of the value)
 *   # a comment            blank lines and lines starting with # are skipped (outside blocks)
 *
 * NAME is [A-Za-z_][A-Za-z0-9_]*, each name at most once; CRLF line ends are read as LF. A value
 * that starts with a quote but does not end with the same quote is taken verbatim, quotes
 * included. Errors name the line NUMBER, never the line's text: it may hold a secret.
 *
 * flyctl's own import parser (flyctl.md §3.7, `internal/command/secrets/parser.go`) is lossy: it
 * cuts at `#` when an even number of `"` precede it, strips one pair of quotes, trims leading
 * spaces, and treats `"""` specially. `toFlyctlImport` picks, per value, a spelling that survives
 * that parser byte for byte, and proves it with `flyctlParseSecrets`, a re-implementation of it.
 */

const INPUT = 'secrets';
const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TRIPLE = '"""';
const EXAMPLE = 'TURN_SECRET=s3cr3t, or TLS_KEY="""-----BEGIN ...""" over several lines';
// ---------------------------------------------------------------------------------------------
// The action's input
/** Parses the `secrets` input (syntax above) into entries, in the order written. */
function parseSecretsInput(text) {
    const lines = text.split(/\r?\n/);
    const entries = [];
    const firstLineOf = new Map();
    for (let index = 0; index < lines.length; index++) {
        const lineNumber = index + 1;
        const line = lines[index];
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        const equals = line.indexOf('=');
        if (equals < 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, `line ${lineNumber}: expected NAME=VALUE (there is no '=')`, EXAMPLE);
        }
        const name = line.slice(0, equals).trim();
        if (!NAME_PATTERN.test(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, `line ${lineNumber}: the name before '=' must be letters, digits and underscores, not starting with a digit`, EXAMPLE);
        }
        const firstLine = firstLineOf.get(name);
        if (firstLine !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, `line ${lineNumber}: ${name} is already defined on line ${firstLine}`, 'each name once');
        }
        firstLineOf.set(name, lineNumber);
        const rawValue = trimLeadingBlanks(line.slice(equals + 1));
        if (rawValue.startsWith(TRIPLE)) {
            const block = readBlock(lines, index, rawValue.slice(TRIPLE.length));
            if (block === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, `line ${lineNumber}: the """ block of ${name} is never closed (end it with a line that ends with """)`, EXAMPLE);
            }
            entries.push({ name, value: block.value });
            index = block.lastIndex;
        }
        else {
            entries.push({ name, value: unwrapQuotes(trimTrailingBlanks(rawValue)) });
        }
    }
    return entries;
}
/**
 * Reads a `"""` block that opens on lines[openIndex] with `afterOpen` following the delimiter.
 * Returns the literal text up to the closing `"""` (the first one that ends a line, trailing
 * blanks ignored) and the index of the closing line, or undefined when nothing closes it.
 */
function readBlock(lines, openIndex, afterOpen) {
    const openTail = trimTrailingBlanks(afterOpen);
    if (openTail.endsWith(TRIPLE)) {
        return { value: openTail.slice(0, -TRIPLE.length), lastIndex: openIndex };
    }
    const parts = [afterOpen];
    for (let index = openIndex + 1; index < lines.length; index++) {
        const tail = trimTrailingBlanks(lines[index]);
        if (tail.endsWith(TRIPLE)) {
            parts.push(tail.slice(0, -TRIPLE.length));
            return { value: parts.join('\n'), lastIndex: index };
        }
        parts.push(lines[index]);
    }
    return undefined;
}
function unwrapQuotes(value) {
    const first = value[0];
    if (value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first)) {
        return value.slice(1, -1);
    }
    return value;
}
function trimLeadingBlanks(text) {
    return text.replace(/^[ \t]+/, '');
}
function trimTrailingBlanks(text) {
    return text.replace(/[ \t]+$/, '');
}
// ---------------------------------------------------------------------------------------------
// flyctl's import syntax
/**
 * Writes the stdin of `flyctl secrets import` so that flyctl reads back exactly these values.
 * Throws InputError naming the secret (never its value) when flyctl's syntax cannot carry it.
 */
function toFlyctlImport(entries) {
    const seen = new Set();
    const blocks = entries.map(({ name, value }) => {
        if (!NAME_PATTERN.test(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, 'a secret name must be letters, digits and underscores', EXAMPLE);
        }
        if (seen.has(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, `${name} is given twice`, 'each name once');
        seen.add(name);
        return encodeEntry(name, value);
    });
    return blocks.map((block) => `${block}\n`).join('');
}
// A lone UTF-16 surrogate cannot be written as UTF-8: it would reach flyctl as U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// bufio.Scanner's default limit: a longer line silently ends flyctl's parsing.
const MAX_LINE_BYTES = 64 * 1024 - 1;
function encodeEntry(name, value) {
    const cannot = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(INPUT, `the value of ${name} cannot be passed to flyctl secrets import: ${why}`);
    if (LONE_SURROGATE.test(value))
        throw cannot('it is not valid Unicode text');
    const candidates = value.includes('\n')
        ? [`${name}=${TRIPLE}${value}${TRIPLE}`]
        : // "v" reads best; 'v' survives a `#` after an odd number of `"` (flyctl would cut "v"
            // there); """v""" survives the rest, such as a value starting with "" or ending with ".
            // Together they cover every single-line value.
            [`${name}="${value}"`, `${name}='${value}'`, `${name}=${TRIPLE}${value}${TRIPLE}`];
    for (const candidate of candidates) {
        if (candidate.split('\n').some((line) => Buffer.byteLength(line) > MAX_LINE_BYTES)) {
            throw cannot('a line is longer than 64 KiB, the most flyctl reads');
        }
        if (readsBackAs(candidate, name, value))
            return candidate;
    }
    throw cannot(whyBlockFails(value));
}
function readsBackAs(text, name, value) {
    try {
        const parsed = flyctlParseSecrets(text);
        return parsed.length === 1 && parsed[0].name === name && parsed[0].value === value;
    }
    catch {
        return false;
    }
}
/** Why a multi-line value has no spelling in flyctl's `"""` block syntax. */
function whyBlockFails(value) {
    const lines = value.split('\n');
    const first = lines[0];
    const hash = first.indexOf('#');
    if (hash >= 0 && countQuotes(first.slice(0, hash)) % 2 === 1) {
        return `its first line has a '#' after an odd number of '"', where flyctl cuts a comment`;
    }
    const inner = lines.slice(0, -1);
    if (inner.some((line) => line.endsWith(TRIPLE))) {
        return `a line other than the last ends with """, which flyctl reads as the end of the value`;
    }
    if (inner.some((line) => line.endsWith('\r'))) {
        return 'a line ends with a carriage return, which flyctl drops';
    }
    return 'flyctl would not read it back unchanged';
}
function countQuotes(text) {
    return text.split('"').length - 1;
}
// ---------------------------------------------------------------------------------------------
// flyctl's parser, re-implemented (superfly/flyctl internal/command/secrets/parser.go @ ad0172f).
// The simulator has its own port of it (test/fly-sim/bin/secrets-parser.js), written apart on
// purpose: each checks the other, so keep them independent.
// Go's unicode.IsSpace set, used by strings.TrimSpace (differs from JS trim(): U+0085 in, U+FEFF out).
const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000';
const GO_TRIM_SPACE = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, 'g');
function goTrimSpace(text) {
    return text.replace(GO_TRIM_SPACE, '');
}
/** bufio.ScanLines: split at "\n", drop one "\r" before it, no empty token after a final "\n". */
function goScanLines(text) {
    const tokens = text.split('\n');
    if (tokens[tokens.length - 1] === '')
        tokens.pop();
    const lines = [];
    for (const token of tokens) {
        // A line the scanner's 64 KiB buffer cannot hold stops the scan; flyctl ignores the error.
        if (Buffer.byteLength(token) > MAX_LINE_BYTES)
            break;
        lines.push(token.endsWith('\r') ? token.slice(0, -1) : token);
    }
    return lines;
}
/**
 * What `flyctl secrets import` stores for this stdin: a faithful re-implementation of flyctl's
 * parser, quirks included (an unterminated `"""` block is dropped; a later duplicate wins).
 * Throws where flyctl fails: a line without `=`, and a value of one lone quote (flyctl slices
 * value[1:0] and panics).
 */
function flyctlParseSecrets(stdin) {
    const secrets = new Map();
    let multilineKey;
    let multilineValue = '';
    for (const line of goScanLines(stdin)) {
        if (multilineKey !== undefined) {
            if (line.endsWith(TRIPLE)) {
                secrets.set(multilineKey, multilineValue + line.slice(0, -TRIPLE.length));
                multilineKey = undefined;
                multilineValue = '';
            }
            else {
                multilineValue += `${line}\n`;
            }
            continue;
        }
        if (line.startsWith('#') || goTrimSpace(line) === '')
            continue;
        const equals = line.indexOf('=');
        if (equals < 0) {
            throw new Error(`Failed to parse secrets from stdin: Secrets must be provided as NAME=VALUE pairs (${line} is invalid)`);
        }
        const key = goTrimSpace(line.slice(0, equals));
        let value = line.slice(equals + 1).replace(/^ +/, '');
        const hash = value.indexOf('#');
        if (hash >= 0 && countQuotes(value.slice(0, hash)) % 2 === 0) {
            value = value.slice(0, hash).replace(/ +$/, '');
        }
        if (value.startsWith(TRIPLE) && value.endsWith(TRIPLE) && value.length >= 6) {
            secrets.set(key, value.slice(3, -3));
        }
        else if (value.startsWith(TRIPLE)) {
            multilineKey = key;
            multilineValue = `${value.slice(TRIPLE.length)}\n`;
        }
        else {
            const wrapped = (value.startsWith('"') && value.endsWith('"')) ||
                (value.startsWith("'") && value.endsWith("'"));
            if (wrapped) {
                if (value.length < 2)
                    throw new Error('panic: runtime error: slice bounds out of range');
                value = value.slice(1, -1);
            }
            secrets.set(key, value);
        }
    }
    return [...secrets].map(([name, value]) => ({ name, value }));
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 1314:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dgram");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 1553:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
