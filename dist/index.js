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
// EXTERNAL MODULE: ./src/secret-forms.ts
var secret_forms = __nccwpck_require__(773);
;// CONCATENATED MODULE: ./src/github/early.ts
/**
 * The two pieces of the runner protocol that step 1 needs, without loading @actions/core (which
 * bundles an HTTP client and costs most of the start-up): reading an input and masking a secret.
 * Same semantics as core.getInput (trimmed) and core.setSecret (`::add-mask::` with escaping),
 * with every printable form of a secret registered (core.setSecret registers the value only).
 */


function inputFromEnv(env) {
    return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/**
 * Registers the value and every form it can be printed in (each line, trimmed lines, base64,
 * percent-encoding: src/secret-forms.ts): the runner masks exact matches only. Never ''.
 */
function maskSecret(value) {
    for (const form of (0,secret_forms/* secretForms */.eo)(value)) {
        const escaped = form.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
        process.stdout.write(`::add-mask::${escaped}${external_node_os_namespaceObject.EOL}`);
    }
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _github_early_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4323);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7186);
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
const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(408), __nccwpck_require__.e(738)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2738));
await run(process.env, early);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7186:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  XF: () => (/* reexport */ buildSecretValues),
  G1: () => (/* reexport */ missingTokenError),
  pD: () => (/* reexport */ needsToken),
  sb: () => (/* binding */ readSettings)
});

// UNUSED EXPORTS: COMMANDS, CPU_KINDS, INPUT_DEFAULTS, IPV4_MODES, ON_FAILURE, PRESET_NAMES, STRATEGIES

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

;// CONCATENATED MODULE: ./src/fly/pflag.ts
/**
 * flyctl's command-line grammar: spf13/pflag v1.0.10 (flyctl v0.4.87's go.mod), as cobra runs it
 * with interspersed arguments. Read from pflag's flag.go (parseArgs, parseLongArg, parseShortArg,
 * parseSingleShortArg), so that an argv means here exactly what it means to flyctl:
 *
 *   --name=value   --name value   --name (a bool, or a flag with a no-option default)
 *   -n value  -nvalue  -n=value   -abc (a cluster: each letter a flag; the first letter that
 *                                 takes a value takes the rest of the word, or the next word)
 *   --             ends the flags: every later word is a positional argument
 *   -  or a word without a leading '-'   a positional argument (flags may follow it)
 *
 * Values are checked the way pflag's Value.Set checks them (strconv.ParseBool, ParseInt base 0,
 * ParseFloat). An unknown flag is an error, as in flyctl. Cobra's `-h/--help` is a flag like any
 * other here: the caller's specs list it.
 */
/** A word flyctl would refuse, with pflag's message. */
class PflagError extends Error {
}
function parsePflags(args, specs) {
    const byLong = new Map();
    const byShort = new Map();
    for (const spec of specs) {
        for (const name of [spec.name, ...(spec.aliases ?? [])])
            byLong.set(name, spec);
        if (spec.short !== undefined)
            byShort.set(spec.short, spec);
    }
    const result = { flags: [], positionals: [] };
    const rest = [...args];
    while (rest.length > 0) {
        const word = rest.shift();
        if (word.length < 2 || !word.startsWith('-'))
            result.positionals.push(word);
        else if (word === '--')
            result.positionals.push(...rest.splice(0));
        else if (word.startsWith('--'))
            parseLong(word, rest, byLong, result);
        else
            parseShortCluster(word, rest, byShort, result);
    }
    return result;
}
function parseLong(word, rest, byLong, result) {
    const body = word.slice(2);
    if (body.startsWith('-') || body.startsWith('='))
        throw new PflagError(`bad flag syntax: ${word}`);
    const equals = body.indexOf('=');
    const name = equals < 0 ? body : body.slice(0, equals);
    const spec = byLong.get(name);
    if (spec === undefined)
        throw new PflagError(`unknown flag: --${name}`);
    let value;
    if (equals >= 0)
        value = body.slice(equals + 1);
    else if (defaultWithoutValue(spec) !== undefined)
        value = defaultWithoutValue(spec);
    else if (rest.length > 0)
        value = rest.shift();
    else
        throw new PflagError(`flag needs an argument: --${name}`);
    result.flags.push({ spec, spelling: `--${name}`, value: checkValue(spec, value, `--${name}`) });
}
function parseShortCluster(word, rest, byShort, result) {
    let letters = word.slice(1);
    while (letters.length > 0) {
        // pflag skips what is left of a word from `test.` on (Go test flags): flyctl ignores it.
        if (letters.startsWith('test.'))
            return;
        const letter = letters[0];
        const spec = byShort.get(letter);
        if (spec === undefined)
            throw new PflagError(`unknown shorthand flag: '${letter}' in ${word}`);
        const spelling = `-${letter}`;
        let value;
        if (letters.length > 2 && letters[1] === '=') {
            value = letters.slice(2);
            letters = '';
        }
        else if (defaultWithoutValue(spec) !== undefined) {
            value = defaultWithoutValue(spec);
            letters = letters.slice(1);
        }
        else if (letters.length > 1) {
            value = letters.slice(1);
            letters = '';
        }
        else if (rest.length > 0) {
            value = rest.shift();
            letters = '';
        }
        else {
            throw new PflagError(`flag needs an argument: '${letter}' in -${letter}`);
        }
        result.flags.push({ spec, spelling, value: checkValue(spec, value, spelling) });
    }
}
function defaultWithoutValue(spec) {
    return spec.kind === 'bool' ? 'true' : spec.noOptDefault;
}
const GO_BOOL = ['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'];
// strconv.ParseInt(s, 0, 64): decimal, 0x/0o/0b prefixes or a leading 0 (octal), '_' between digits.
const GO_INT = /^[+-]?(?:0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+|0(?:_?[0-7])*|[1-9](?:_?\d)*)$/;
// strconv.ParseFloat for the decimal forms people write, plus Inf and NaN.
const GO_FLOAT = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)$/i;
/** The value, if pflag's Value.Set accepts it for this kind of flag. */
function checkValue(spec, value, spelling) {
    const syntax = (parser) => {
        throw new PflagError(`invalid argument "${value}" for "${spelling}" flag: strconv.${parser}: parsing "${value}": invalid syntax`);
    };
    if (spec.kind === 'bool' && !GO_BOOL.includes(value))
        syntax('ParseBool');
    if (spec.kind === 'int' && !GO_INT.test(value))
        syntax('ParseInt');
    if (spec.kind === 'float' && !GO_FLOAT.test(value))
        syntax('ParseFloat');
    return value;
}
/** A pflag bool value as true or false (after checkValue accepted it). */
function goBool(value) {
    return ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value);
}

;// CONCATENATED MODULE: ./src/fly/deploy-flags.ts
/**
 * Every flag `flyctl deploy` v0.4.87 accepts, as pflag specs: read from superfly/flyctl at tag
 * v0.4.87, internal/command/deploy/deploy.go (CommonFlags and New), internal/flag/flag.go (the
 * helpers and their names), internal/flag/machines.go (VMSizeFlags), internal/command/root/
 * root.go (the persistent -t/--access-token, --verbose, --debug), plus cobra's -h/--help. Hidden
 * flags count: flyctl accepts them. An alias (flyctl's makeAlias) is the same flag here.
 *
 * Beside the grammar, the value rules flyctl's deploy applies before it changes anything
 * (deploy.go run, deployToMachines, parseDurationFlag; flag/validation/compression.go), so that
 * a bad value is refused before the action creates the app or buys an address.
 */

const bool = (name, short, aliases) => ({
    name,
    short,
    kind: 'bool',
    aliases
});
const deploy_flags_text = (name, short, extra = {}) => ({
    name,
    short,
    kind: 'string',
    ...extra
});
const array = (name, short) => ({ name, short, kind: 'stringArray' });
const slice = (name, aliases) => ({
    name,
    kind: 'stringSlice',
    aliases
});
const deploy_flags_int = (name, aliases) => ({ name, kind: 'int', aliases });
const DEPLOY_FLAGS = [
    // cobra and flyctl's root command
    bool('help', 'h'),
    deploy_flags_text('access-token', 't'),
    bool('verbose'),
    bool('debug'),
    // flag.App(), flag.AppConfig()
    deploy_flags_text('app', 'a'),
    deploy_flags_text('config', 'c'),
    // CommonFlags, in deploy.go's order
    deploy_flags_text('image', 'i'),
    bool('now'),
    bool('remote-only'),
    bool('local-only'),
    bool('push'),
    bool('wg'),
    bool('https-failover', undefined, ['http-failover']),
    bool('detach'),
    deploy_flags_text('strategy'),
    deploy_flags_text('dockerfile'),
    deploy_flags_text('ignorefile'),
    deploy_flags_text('image-label'),
    array('build-arg'),
    array('build-secret'),
    deploy_flags_text('build-target'),
    deploy_flags_text('build-context-warn-size'),
    bool('no-cache'),
    deploy_flags_text('depot', undefined, { noOptDefault: 'true' }),
    deploy_flags_text('depot-scope'),
    bool('nixpacks'),
    deploy_flags_text('buildkit-addr'),
    deploy_flags_text('buildkit-image'),
    bool('buildkit'),
    bool('build-only'),
    deploy_flags_text('buildpacks-docker-host'),
    slice('buildpacks-volume'),
    bool('recreate-builder'),
    bool('yes', 'y', ['auto-confirm']),
    deploy_flags_text('vm-size'),
    deploy_flags_int('vm-cpus', ['cpus']),
    deploy_flags_text('vm-cpu-kind', undefined, { aliases: ['vm-cpukind'] }),
    deploy_flags_text('vm-memory', undefined, { aliases: ['memory'] }),
    deploy_flags_text('vm-max-memory'),
    deploy_flags_int('vm-gpus'),
    deploy_flags_text('vm-gpu-kind', undefined, { aliases: ['vm-gpukind'] }),
    deploy_flags_text('host-dedication-id'),
    array('env', 'e'),
    deploy_flags_text('wait-timeout'),
    deploy_flags_text('release-command-timeout'),
    deploy_flags_text('lease-timeout'),
    bool('force-machines'),
    bool('ha'),
    bool('smoke-checks'),
    bool('dns-checks'),
    { name: 'max-unavailable', kind: 'float' },
    bool('no-public-ips'),
    bool('flycast'),
    array('file-local'),
    array('file-literal'),
    array('file-secret'),
    deploy_flags_text('primary-region'),
    slice('regions', ['only-regions']),
    slice('exclude-regions'),
    slice('only-machines'),
    slice('exclude-machines'),
    slice('process-groups'),
    array('label'),
    deploy_flags_int('max-concurrent'),
    deploy_flags_int('immediate-max-concurrent'),
    deploy_flags_int('volume-initial-size'),
    deploy_flags_text('signal', 's'),
    deploy_flags_text('deploy-retries'),
    deploy_flags_text('builder-pool', undefined, { noOptDefault: 'true' }),
    deploy_flags_text('compression'),
    deploy_flags_int('compression-level'),
    // deploy.New, beside CommonFlags
    bool('update-only'),
    bool('skip-release-command'),
    deploy_flags_text('export-manifest'),
    deploy_flags_text('from-manifest')
];
/** argv words parsed as flyctl deploy parses them; throws PflagError with flyctl's message. */
function parseDeployFlags(args) {
    return parsePflags(args, DEPLOY_FLAGS);
}
/**
 * What flyctl deploy refuses in a flag's value before it touches the app, or undefined. Each rule
 * cites where flyctl applies it.
 */
function deployFlagValueProblem(flag) {
    const { spec, value } = flag;
    const rule = VALUE_RULES[spec.name];
    return rule?.(value);
}
const GO_DURATION = /^[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/;
/** deploy.go parseDurationFlag: a Go duration, a bare number of seconds, or `none`. */
function durationProblem(value) {
    if (value === 'none' || GO_DURATION.test(value) || value === '0' || /^[+-]?\d+$/.test(value))
        return undefined;
    return `'${value}' is not a duration: valid are a number of seconds, a number with a unit (5m, 180s) or 'none'`;
}
const VALUE_RULES = {
    'release-command-timeout': durationProblem,
    'lease-timeout': durationProblem,
    // deployToMachines: "the value for --max-unavailable must be > 0"
    'max-unavailable': (value) => Number(value) > 0 || /^\+?inf/i.test(value) ? undefined : 'must be greater than 0',
    // deployToMachines: "--deploy-retries must be set to a positive integer, 0, or 'auto'"
    'deploy-retries': (value) => value === 'auto' || /^\+?\d+$/.test(value)
        ? undefined
        : "must be a positive integer, 0, or 'auto'",
    // flag/validation/compression.go
    compression: (value) => ['', 'gzip', 'zstd'].includes(value) ? undefined : "must be 'gzip' or 'zstd'",
    'compression-level': (value) => {
        const level = Number(value.replace(/_/g, ''));
        return Number.isInteger(level) && level >= 0 && level <= 9
            ? undefined
            : 'must be a whole number from 0 to 9';
    },
    // deploy_build.go determineImage: "invalid value for the 'depot' flag. must be 'true', 'false',
    // or ''" (and the same for builder-pool); `auto` is the default
    depot: builderChoiceProblem,
    'builder-pool': builderChoiceProblem,
    // flag/machines.go GetMachineGuest
    'vm-gpus': () => 'GPU machines are no longer supported',
    'vm-gpu-kind': () => 'GPU machines are no longer supported',
    // cmdutil.ParseKVStringsToMap: "must be in the format NAME=VALUE" (the value is not repeated
    // here: a --build-secret's value is a secret)
    env: keyValueProblem,
    'build-arg': keyValueProblem,
    'build-secret': keyValueProblem,
    // command_run.go parseFiles: GUEST_PATH=..., the guest path absolute
    'file-local': filePairProblem,
    'file-literal': filePairProblem,
    'file-secret': filePairProblem
};
function builderChoiceProblem(value) {
    return ['auto', 'true', 'false', ''].includes(value)
        ? undefined
        : "must be 'true', 'false', 'auto' or ''";
}
function keyValueProblem(value) {
    return value.includes('=') ? undefined : 'must be in the format NAME=VALUE';
}
function filePairProblem(value) {
    const equals = value.indexOf('=');
    if (equals < 0)
        return 'must be in the format /path/inside/machine=VALUE';
    return value.startsWith('/') ? undefined : 'the path inside the machine must be absolute';
}

;// CONCATENATED MODULE: ./src/inputs/deploy-args.ts
/**
 * The `deploy-args` input: extra `flyctl deploy` flags, read exactly as flyctl will read them
 * (pflag's grammar: shorthand clusters, `=` forms, `--`), so that no spelling can slip a flag past
 * these checks: `-ya other-app` is `-y -a other-app` to flyctl, and so it is here.
 *
 * Refused before anything happens: a flag flyctl does not know, a value flyctl would refuse, a
 * flag the action sets itself (it would make the deploy ambiguous, or point it at another app,
 * config or token), a flag that turns the deploy into something else (help, build only,
 * manifests), and a positional word (flyctl would take it as the build directory).
 */




const INPUT = 'deploy-args';
const EXAMPLE = '--build-arg VERSION=2 --no-cache';
/** Flags the action passes itself, by flyctl's canonical name: the input that sets each one. */
const OWNED_BY_INPUTS = {
    config: 'config',
    app: 'app',
    image: 'image',
    strategy: 'strategy',
    'wait-timeout': 'wait-timeout',
    ha: 'ha',
    'access-token': 'api-token',
    'primary-region': 'region',
    'vm-size': 'vm-size',
    'vm-memory': 'vm-memory',
    'vm-cpus': 'vm-cpus',
    'vm-cpu-kind': 'vm-cpu-kind'
};
/** Flags that change what the deploy is; why each is refused. */
const REFUSED = {
    'remote-only': "the action passes it itself when it builds (no 'image'), and with an image nothing is built",
    'local-only': "the action builds on Fly's remote builder (it passes --remote-only); flyctl refuses both together",
    'build-only': 'it builds the image and deploys nothing, so the run would probe the old release',
    'export-manifest': 'it writes a deploy manifest instead of deploying',
    'from-manifest': "it deploys a manifest instead of the fly.toml the action renders ('config')",
    'vm-max-memory': "set the machine's memory with 'vm-memory'"
};
/** The argv words of `deploy-args`, checked; throws InputError naming the input. */
function readDeployArgs(raw) {
    const args = (0,parse/* splitShellWords */.CQ)(INPUT, raw);
    let parsed;
    try {
        parsed = parseDeployFlags(args);
    }
    catch (error) {
        if (!(error instanceof PflagError))
            throw error;
        throw new errors/* InputError */.dz(INPUT, `flyctl deploy would refuse it: ${error.message}`, EXAMPLE);
    }
    if (parsed.positionals.length > 0) {
        throw new errors/* InputError */.dz(INPUT, `'${parsed.positionals[0]}' is not a flag: flyctl deploy would take it as the build directory; use the input 'path'`, EXAMPLE);
    }
    for (const flag of parsed.flags)
        checkFlag(flag);
    return args;
}
function checkFlag(flag) {
    const { spec, spelling } = flag;
    const name = spec.name;
    const as = spelling === `--${name}` ? `--${name}` : `${spelling} (--${name})`;
    if (Object.hasOwn(OWNED_BY_INPUTS, name)) {
        throw new errors/* InputError */.dz(INPUT, `${as} is set by the input '${OWNED_BY_INPUTS[name]}'; use that input instead`, EXAMPLE);
    }
    if (Object.hasOwn(REFUSED, name))
        throw new errors/* InputError */.dz(INPUT, `${as}: ${REFUSED[name]}`, EXAMPLE);
    if (name === 'help' && goBool(flag.value)) {
        throw new errors/* InputError */.dz(INPUT, `${as} prints flyctl's usage and deploys nothing`, EXAMPLE);
    }
    const problem = deployFlagValueProblem(flag);
    if (problem !== undefined)
        throw new errors/* InputError */.dz(INPUT, `${as} ${problem}`, EXAMPLE);
}
/** The values of every --build-secret NAME=VALUE: secrets, masked like the `secrets` input. */
function buildSecretValues(args) {
    return flagValues(args, 'build-secret')
        .map((pair) => pair.slice(pair.indexOf('=') + 1))
        .filter((value) => value !== '');
}
/** The NAMEs of every -e/--env NAME=VALUE. */
function deployEnvNames(args) {
    return flagValues(args, 'env').map((pair) => pair.slice(0, pair.indexOf('=')));
}
function flagValues(args, name) {
    return parseDeployFlags(args)
        .flags.filter((flag) => flag.spec.name === name)
        .map((flag) => flag.value);
}

;// CONCATENATED MODULE: ./src/inputs/cross-fields.ts
/**
 * The rules that tie inputs together, each a small function, checked in order after every input
 * has been read on its own. A rule names the input to change and says why.
 */


const APP_NAME = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** A preview's `app` is only the base of a name; everything else must be a Fly app name. */
const appName = ({ app, preview }) => {
    if (app !== undefined && !preview && !APP_NAME.test(app)) {
        throw new errors/* InputError */.dz('app', `'${app}' is not a Fly app name: use lowercase letters, digits and dashes, at most 63, not starting or ending with a dash`, 'my-turn-server');
    }
    if (app !== undefined && preview && !/[a-z0-9]/i.test(app)) {
        throw new errors/* InputError */.dz('app', `'${app}' has no letter or digit to build a preview name from`, 'turn');
    }
};
const secretOrEnv = ({ secrets, env, deployArgs }) => {
    const deployEnv = deployEnvNames(deployArgs);
    for (const secret of secrets) {
        if (Object.hasOwn(env, secret.name)) {
            throw new errors/* InputError */.dz('env', `${secret.name} is also in 'secrets'; a name is either secret or not`);
        }
        if (deployEnv.includes(secret.name)) {
            throw new errors/* InputError */.dz('deploy-args', `-e/--env ${secret.name}=... would set a secret's name as plain [env] (its value in fly.toml and logs); it is in 'secrets' already`, '--build-arg VERSION=2');
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
const regionsWithCount = ({ regions, count }) => {
    if ((count === undefined) !== (regions.length === 0)) {
        throw new errors/* InputError */.dz(count === undefined ? 'count' : 'regions', "'regions' and 'count' go together", 'regions: iad, fra and count: 1');
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
const reapOnlyPreviews = ({ command, preview }) => {
    if (command === 'reap' && !preview) {
        throw new errors/* InputError */.dz('preview', "'command: reap' destroys preview apps only; set 'preview: true' and 'app' to the preview base name", 'true');
    }
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
const RULES = [
    appName,
    secretOrEnv,
    udpNeedsDedicatedIpv4,
    turnCredentials,
    destroyOnlyPreviews,
    regionsWithCount,
    dryRunOnlyForReap,
    appRequired,
    tokenRequired,
    reapOnlyPreviews,
    probeChecksSomething,
    httpCheckHasUrl
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





function readDeployInputs(r) {
    const deployArgs = readDeployArgs(r.raw('deploy-args'));
    // A --build-secret value is a secret like any in `secrets`: masked before anything can print it.
    for (const value of buildSecretValues(deployArgs))
        r.mask(value);
    return {
        ha: (0,parse/* parseBoolean */.yG)('ha', r.withDefault('ha')),
        strategy: (0,parse/* parseEnum */.nL)('strategy', r.withDefault('strategy'), STRATEGIES),
        waitTimeoutMs: (0,parse/* parseDuration */.E9)('wait-timeout', r.withDefault('wait-timeout'), '5m', parse/* MAX_TIMER_MS */._o),
        deployArgs,
        flyctlVersion: optional(r.text('flyctl-version'), version/* normalizeFlyctlVersion */.ej),
        onFailure: (0,parse/* parseEnum */.nL)('on-failure', r.withDefault('on-failure'), ON_FAILURE)
    };
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




function readLifecycleInputs(r) {
    const regions = (0,parse/* splitList */.ry)(r.raw('regions'));
    for (const region of regions)
        if (!isRegionCode(region))
            throw new errors/* InputError */.dz('regions', `'${region}' is not a three-letter Fly region code`, 'iad, fra');
    return {
        githubToken: r.secret('github-token'),
        comment: optional(r.text('comment'), (raw) => (0,parse/* parseBoolean */.yG)('comment', raw)),
        regions,
        count: optional(r.text('count'), (raw) => (0,parse/* parseInteger */.cG)('count', raw, 1, 100, '2')),
        reapOlderThanMs: (0,parse/* parseDuration */.E9)('reap-older-than', r.withDefault('reap-older-than'), '72h'),
        dryRun: (0,parse/* parseBoolean */.yG)('dry-run', r.withDefault('dry-run'))
    };
}

// EXTERNAL MODULE: ./src/probe/host.ts
var host = __nccwpck_require__(2202);
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
function assertHttpUrl(raw) {
    const filled = raw.replace(/\{(ipv4|app|hostname)\}/g, (_, name) => name === 'ipv4' ? '192.0.2.1' : 'placeholder.example');
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
const PROBE_CHECKS = ['stun', 'turn', 'relay', 'http'];
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

/***/ 773:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eo: () => (/* binding */ secretForms),
/* harmony export */   sN: () => (/* binding */ maskSecretForms)
/* harmony export */ });
/* unused harmony export MIN_FRAGMENT_LENGTH */
/**
 * Every form in which a secret value can turn up in a log, so each form can be masked. The runner
 * masks exact matches, line by line: a multi-line value registered as one mask leaves each of its
 * lines visible when a tool echoes just that line (flyctl's secrets parser does, in its errors),
 * and a value that a tool prints encoded (base64 in a config dump, percent-encoding in a URL) is
 * a different string altogether.
 *
 * Short fragments are left out on purpose (toolchain.md pitfall P4): masking `}` or `ab` would
 * blank that text everywhere in the job's log, and the runner drops any output that contains a
 * masked value, so a line `1` of a secret would swallow `release-version: 1`. A fragment shorter
 * than MIN_FRAGMENT_LENGTH carries too little of the secret to matter and too often occurs in
 * ordinary text. The whole value is always masked, whatever its length (except '', which the
 * runner would apply to every character).
 */
/** Fragments (lines, trimmed lines, encodings) shorter than this are not masked. */
const MIN_FRAGMENT_LENGTH = 4;
/**
 * The value itself, each of its lines (CR, LF or CRLF) as written and trimmed, and its standard
 * and URL-safe base64 and percent-encoded forms; no duplicates, no empty string.
 */
function secretForms(value) {
    if (value === '')
        return [];
    const fragments = [
        ...value.split(/\r\n|\r|\n/).flatMap((line) => [line, line.trim()]),
        value.trim(),
        ...encodings(value)
    ].filter((form) => form.length >= MIN_FRAGMENT_LENGTH);
    return [...new Set([value, ...fragments])];
}
function encodings(value) {
    const base64 = Buffer.from(value, 'utf8').toString('base64');
    return [
        base64,
        base64.replace(/=+$/, ''),
        Buffer.from(value, 'utf8').toString('base64url'),
        ...percentEncodings(value)
    ];
}
/** encodeURIComponent, and form encoding as URLSearchParams writes it (spaces become '+'). */
function percentEncodings(value) {
    try {
        return [encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2)];
    }
    catch {
        // A lone surrogate has no percent-encoding: nothing can print the value that way.
        return [];
    }
}
/** Replaces every form of every secret in `text` with `***`, longest forms first. */
function maskSecretForms(text, secrets) {
    const forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
    let masked = text;
    for (const form of forms)
        masked = masked.split(form).join('***');
    return masked;
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

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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
