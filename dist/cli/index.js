#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _probe_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(768);
// fly-webrtc-probe: the readiness probe from a terminal (see `--help`).

process.exitCode = await (0,_probe_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 768:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: USAGE

;// CONCATENATED MODULE: ./src/errors.ts
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
class errors_InputError extends ActionError {
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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/parse.ts
/**
 * Parsers for the value kinds the inputs use. Each is pure, takes the input's name, and throws an
 * InputError that names the input, says what is wrong and shows a good value.
 */


function parseBoolean(input, raw) {
    if (raw === 'true')
        return true;
    if (raw === 'false')
        return false;
    throw new InputError(input, `expected 'true' or 'false', got '${raw}'`, 'true');
}
function parseEnum(input, raw, allowed) {
    if (allowed.includes(raw))
        return raw;
    throw new InputError(input, `'${raw}' is not one of ${allowed.map((a) => `'${a}'`).join(', ')}`, allowed[0]);
}
const DURATION_UNITS_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** The longest timer Node can run (2^31-1 ms, about 24.8 days), rounded down to 24 h. */
const MAX_TIMER_MS = (/* unused pure expression or super */ null && (24 * 3_600_000));
/**
 * Durations read like Go's: `90s`, `5m`, `1h30m`, `250ms`. A bare number is refused: unit-less is
 * ambiguous. `max` bounds durations that become timers (Node fires longer ones at once).
 */
function parseDuration(input, raw, example = '5m', max = Infinity) {
    const text = raw.trim();
    const parts = /^(?:\d+(?:ms|s|m|h))+$/.test(text) ? text.match(/\d+(?:ms|s|m|h)/g) : null;
    if (!parts) {
        throw new errors_InputError(input, `'${raw}' is not a duration; write a number with a unit (ms, s, m, h)`, example);
    }
    const total = parts.reduce((sum, part) => {
        const [, amount, unit] = /^(\d+)(ms|s|m|h)$/.exec(part);
        return sum + Number(amount) * DURATION_UNITS_MS[unit];
    }, 0);
    if (total <= 0)
        throw new errors_InputError(input, 'must be longer than zero', example);
    if (total > max)
        throw new errors_InputError(input, `'${raw}' is longer than the ${max / 3_600_000}h allowed`, example);
    return total;
}
/** Formats milliseconds as a duration flyctl accepts (Go syntax), e.g. 300000 -> `300s`. */
function goDuration(ms) {
    return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}
function parseInteger(input, raw, min, max, example) {
    if (!/^\d+$/.test(raw.trim())) {
        throw new InputError(input, `'${raw}' is not a whole number`, example);
    }
    const value = Number(raw.trim());
    if (value < min || value > max) {
        throw new InputError(input, `${value} is outside ${min}-${max}`, example);
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
            throw new InputError(input, `'${item}' is not a port or a range`, example);
        const start = parsePort(input, match[1], example);
        const end = match[2] === undefined ? start : parsePort(input, match[2], example);
        if (start > end) {
            throw new InputError(input, `range '${item}' starts after it ends`, '50000-50100');
        }
        return { start, end };
    });
    if (ranges.length === 0)
        throw new InputError(input, 'lists no port', example);
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
        if (sorted[i].start <= sorted[i - 1].end) {
            throw new InputError(input, `ports ${formatPortRange(sorted[i])} overlap ${formatPortRange(sorted[i - 1])}`, example);
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
            throw new InputError(input, `line ${index + 1} is not KEY=VALUE with a KEY of letters, digits and _`, 'LOG_LEVEL=info');
        }
        if (Object.hasOwn(result, key))
            throw new InputError(input, `line ${index + 1} repeats ${key}`);
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
        throw new InputError(input, `an opening ${quote} has no closing ${quote}`, '--build-arg "NAME=a value"');
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
class ProbeOptionError extends ActionError {
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

;// CONCATENATED MODULE: ./src/probe/types.ts
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

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_namespaceObject);
;// CONCATENATED MODULE: ./src/probe/host.ts
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
        return text.startsWith('[') && text.endsWith(']') && (0,external_node_net_namespaceObject.isIP)(text.slice(1, -1)) === 6;
    }
    return (0,external_node_net_namespaceObject.isIP)(text) !== 0 || isHostName(text);
}

;// CONCATENATED MODULE: ./src/probe/uri.ts
/** TURN and STUN URIs (RFC 7065, RFC 7064): building them for outputs, parsing them for the CLI. */




function hostPart(host) {
    return isIPv6(host) ? `[${host}]` : host;
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

;// CONCATENATED MODULE: ./src/probe/ip.ts
/**
 * IP address <-> bytes, without I/O. STUN carries addresses as raw bytes (XOR-ed with the magic
 * cookie and, for IPv6, the transaction ID), so the codec needs exact conversions both ways.
 */

/** Formats an address as host:port, with IPv6 literals in brackets. */
function formatAddress(a) {
    return (0,external_node_net_namespaceObject.isIPv6)(a.address) ? `[${a.address}]:${a.port}` : `${a.address}:${a.port}`;
}
function ipFamily(ip) {
    if ((0,external_node_net_namespaceObject.isIPv4)(ip))
        return 'IPv4';
    if ((0,external_node_net_namespaceObject.isIPv6)(ip))
        return 'IPv6';
    return undefined;
}
/** 4 or 16 bytes of an IP literal; throws on anything that is not one (callers validate first). */
function ipToBytes(ip) {
    if ((0,external_node_net_namespaceObject.isIPv4)(ip))
        return Buffer.from(ip.split('.').map((part) => Number(part)));
    if (!(0,external_node_net_namespaceObject.isIPv6)(ip))
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
    if ((0,external_node_net_namespaceObject.isIPv4)(ip))
        return ip.startsWith('127.');
    return (0,external_node_net_namespaceObject.isIPv6)(ip) && bytesToIp(ipToBytes(ip)) === '::1';
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
        throw new ProbeOptionError(field, problem, example, o.names);
    };
    if (!isHostOrIp(o.host ?? '')) {
        fail('host', `'${o.host}' is not a host name or IP address`, '203.0.113.7');
    }
    checkPort(o.port, 'port', String(DEFAULT_PORT), fail);
    checkPort(o.tlsPort, 'tlsPort', String(DEFAULT_TLS_PORT), fail);
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
        if (!isProbeTransport(transport)) {
            fail('transports', `'${String(transport)}' is not one of ${PROBE_TRANSPORTS.join(', ')}`, 'udp');
        }
    }
    if (o.checks.length === 0)
        fail('checks', 'lists no check', 'stun, turn');
    for (const check of o.checks) {
        if (!isProbeCheck(check)) {
            fail('checks', `'${String(check)}' is not one of ${PROBE_CHECKS.join(', ')}`, 'turn, relay');
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
        throw new ProbeOptionError('healthUrl', problem, EXAMPLE_HEALTH_URL, names);
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

;// CONCATENATED MODULE: ./src/probe/cli-args.ts
/**
 * The command line of fly-webrtc-probe, read into ProbeOptions. Every error names the flag a
 * person typed: the probe's option fields are mapped to flags by CLI_NAMES, which the probe's own
 * validation and hints use too.
 */







const USAGE = `Usage: fly-webrtc-probe <uri>... [options]

Checks that a STUN/TURN server answers, the way the fly-webrtc-deploy action does after a deploy.

  <uri>   turn:host[:port][?transport=udp|tcp]   turns:host[:port]   stun:host[:port]
          Several URIs of the same host probe several transports. With --http only, no URI is needed.

Checks (default: stun for stun: URIs, turn for turn: URIs):
  --check LIST         comma list of ${PROBE_CHECKS.join(', ')}
  --relay              add the relay echo check (implies turn)
  --http URL           add the HTTP health check against URL
Credentials (secrets are better passed by environment than on the command line):
  --user NAME          long-term username          --password PASS   (env TURN_PASSWORD)
  --secret SECRET      REST shared secret (env TURN_SECRET)   --ttl DURATION   --rest-user NAME
  --realm REALM        expected realm
  --health-token TOKEN bearer token for --http (env HEALTH_TOKEN)
Expectations and TLS:
  --expect-relay-ip IP the public IPv4 the relayed address must equal
  --fail-on-open-relay fail (instead of warn) when an Allocate without credentials succeeds
  --servername NAME    TLS server name   --ca FILE   CA certificate (PEM)   --insecure
Timing and output:
  --timeout DURATION   give up after (default 1m)   --interval DURATION  pause cap (default 2s)
  --json               print the report as JSON     --mermaid  also print the timeline chart
  --verbose            log every attempt's details  --help
`;
/** The probe's option fields as this command line spells them. */
const CLI_NAMES = {
    uri: '<uri>',
    host: '<uri>',
    port: 'the port of <uri>',
    tlsPort: 'the port of the turns: <uri>',
    transports: '<uri>',
    checks: '--check',
    credentials: 'credentials',
    username: '--user',
    password: '--password (or TURN_PASSWORD)',
    secret: '--secret (or TURN_SECRET)',
    ttl: '--ttl',
    realm: '--realm',
    expectedRelayIp: '--expect-relay-ip',
    healthUrl: '--http',
    healthToken: '--health-token (or HEALTH_TOKEN)',
    servername: '--servername',
    ca: '--ca',
    timeout: '--timeout',
    interval: '--interval'
};
const string = { type: 'string' };
const flag = { type: 'boolean' };
const CONFIG = {
    allowPositionals: true,
    strict: true,
    options: {
        check: string,
        relay: flag,
        http: string,
        user: string,
        password: string,
        secret: string,
        ttl: string,
        'rest-user': string,
        realm: string,
        'health-token': string,
        'expect-relay-ip': string,
        'fail-on-open-relay': flag,
        servername: string,
        ca: string,
        insecure: flag,
        timeout: string,
        interval: string,
        json: flag,
        mermaid: flag,
        verbose: flag,
        help: { type: 'boolean', short: 'h' }
    }
};
function fail(field, problem, example) {
    throw new ProbeOptionError(field, problem, example, CLI_NAMES);
}
/** The request on the command line, or 'help'. Throws for bad usage, naming the flag. */
function parseCli(argv, env) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({ ...CONFIG, args: argv });
    if (values.help)
        return 'help';
    const uris = positionals.map((text) => parseTurnUri(text, CLI_NAMES));
    const options = {
        ...target(uris, values.http),
        checks: checks(uris, values),
        credentials: credentials(values, env),
        realm: values.realm,
        expectedRelayIp: values['expect-relay-ip'],
        healthUrl: values.http,
        healthToken: values['health-token'] ?? env.HEALTH_TOKEN,
        tls: tlsSettings(values),
        timeoutMs: duration('timeout', values.timeout ?? '1m', '2m'),
        intervalMs: duration('interval', values.interval ?? '2s', '2s'),
        failOnOpenRelay: values['fail-on-open-relay'],
        names: CLI_NAMES
    };
    return {
        options,
        json: values.json ?? false,
        mermaid: values.mermaid ?? false,
        verbose: values.verbose ?? false
    };
}
/** Host, ports and transports from the URIs; an --http-only probe goes to the URL's host. */
function target(uris, http) {
    if (uris.length === 0) {
        if (http !== undefined) {
            return {
                host: parseHealthUrl(http, CLI_NAMES).hostname,
                port: DEFAULT_PORT,
                transports: ['udp']
            };
        }
        fail('uri', 'is missing: give a turn:, turns: or stun: URI', 'turn:203.0.113.7:3478');
    }
    const hosts = new Set(uris.map((u) => u.host));
    if (hosts.size > 1) {
        fail('uri', `name one host, not ${[...hosts].join(' and ')}`, 'turn:h:3478 turns:h:5349');
    }
    const plain = uris.filter((u) => u.transport !== 'tls');
    const secure = uris.filter((u) => u.transport === 'tls');
    if (new Set(plain.map((u) => u.port)).size > 1) {
        fail('uri', 'UDP and TCP URIs must share one port', 'turn:h:3478 turn:h:3478?transport=tcp');
    }
    return {
        host: uris[0].host,
        port: plain[0]?.port ?? DEFAULT_PORT,
        tlsPort: secure[0]?.port,
        transports: [...new Set(uris.map((u) => u.transport ?? 'udp'))]
    };
}
function checks(uris, values) {
    const listed = values.check
        ?.split(',')
        .map((c) => c.trim())
        .filter(Boolean);
    for (const check of listed ?? []) {
        if (!isProbeCheck(check)) {
            fail('checks', `'${check}' is not one of ${PROBE_CHECKS.join(', ')}`, 'turn,relay');
        }
    }
    const wanted = listed?.filter(isProbeCheck) ??
        (uris.some((u) => u.scheme.startsWith('turn')) ? ['turn'] : uris.length ? ['stun'] : []);
    if (values.relay && !wanted.includes('relay'))
        wanted.push('relay');
    if (values.http && !wanted.includes('http'))
        wanted.push('http');
    return wanted;
}
/** --user with --password is long-term; --secret (which wins) is REST. */
function credentials(values, env) {
    const password = values.password ?? env.TURN_PASSWORD;
    const secret = values.secret ?? env.TURN_SECRET;
    if (secret !== undefined) {
        const ttlSeconds = values.ttl === undefined ? undefined : Math.round(duration('ttl', values.ttl, '24h') / 1000);
        return { kind: 'rest', secret, ttlSeconds, user: values['rest-user'] ?? values.user };
    }
    if (values.user === undefined)
        return undefined;
    if (password === undefined)
        fail('password', 'is needed with --user');
    return { kind: 'long-term', username: values.user, password };
}
function tlsSettings(values) {
    if (!values.servername && !values.ca && !values.insecure)
        return undefined;
    return {
        servername: values.servername,
        ca: values.ca === undefined ? undefined : readCa(values.ca),
        insecure: values.insecure
    };
}
function readCa(path) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        return fail('ca', `cannot read '${path}' (${code ?? String(error)})`);
    }
}
/** A duration flag in milliseconds. */
function duration(field, text, example) {
    try {
        return parseDuration(field, text, example);
    }
    catch {
        // parse.ts words its errors for the action's inputs; here they name the flag.
        return fail(field, `'${text}' is not a duration longer than zero; write a number with a unit (ms, s, m, h)`, example);
    }
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
    return PROBE_CHECKS.filter((check) => wanted.has(check));
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
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
    return (0,external_node_crypto_namespaceObject.createHash)('md5')
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
    return (0,external_node_crypto_namespaceObject.createHmac)('sha1', secret).update(username, 'utf8').digest('base64');
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

;// CONCATENATED MODULE: external "node:dgram"
const external_node_dgram_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dgram");
var external_node_dgram_default = /*#__PURE__*/__nccwpck_require__.n(external_node_dgram_namespaceObject);
;// CONCATENATED MODULE: external "node:dns/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");
;// CONCATENATED MODULE: ./src/probe/transport/address.ts
/** Where a channel talks to and from: the server's resolved address and the local one to bind. */



/** Resolves a host name (or passes an IP literal through) to the address to talk to. */
async function resolveHost(host) {
    const literal = host.replace(/^\[|\]$/g, '');
    const family = ipFamily(literal);
    if (family)
        return { address: literal, family };
    try {
        const found = await (0,promises_namespaceObject.lookup)(host);
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

;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
var external_node_tls_default = /*#__PURE__*/__nccwpck_require__.n(external_node_tls_namespaceObject);
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
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
        const mac = (0,external_node_crypto_namespaceObject.createHmac)('sha1', options.integrityKey).update(bytes).digest();
        bytes = Buffer.concat([bytes, encodeAttribute(StunAttr.MessageIntegrity, mac, padding)]);
    }
    if (options.fingerprint) {
        bytes.writeUInt16BE(bytes.length - HEADER_LENGTH + 8, 2);
        const value = Buffer.alloc(4);
        value.writeUInt32BE(((0,external_node_zlib_namespaceObject.crc32)(bytes) ^ FINGERPRINT_XOR) >>> 0);
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
    const expected = (0,external_node_crypto_namespaceObject.createHmac)('sha1', key).update(covered).digest();
    return (0,external_node_crypto_namespaceObject.timingSafeEqual)(expected, attribute.value) ? 'ok' : 'mismatch';
}
/** Verifies FINGERPRINT, which must be the last attribute (RFC 8489 §14.7). */
function verifyFingerprint(message) {
    const attribute = message.attributes.find((a) => a.type === StunAttr.Fingerprint);
    if (!attribute || attribute.offset === undefined || !message.raw)
        return 'missing';
    const isLast = attribute.offset + 8 === message.raw.length;
    if (!isLast || attribute.value.length !== 4)
        return 'mismatch';
    const expected = ((0,external_node_zlib_namespaceObject.crc32)(message.raw.subarray(0, attribute.offset)) ^ FINGERPRINT_XOR) >>> 0;
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
        const transactionId = (0,external_node_crypto_namespaceObject.randomBytes)(12);
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
        const transactionId = (0,external_node_crypto_namespaceObject.randomBytes)(12);
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
        return this.plainRequest(method, attributes((0,external_node_crypto_namespaceObject.randomBytes)(12)), maxSends).then((exchange) => {
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
            const transactionId = (0,external_node_crypto_namespaceObject.randomBytes)(12);
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
        channel = await openChannel({ host: options.host, port: portFor(options, transport), transport, tls: options.tls }, {
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

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
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
        if (last && last.outcome === entry.outcome) {
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
            rtts
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
    const start = Math.round(bar.start);
    const end = Math.max(Math.round(bar.end), start + minBarMs);
    return `    ${clean(`${bar.outcome}${rtt} ${attempts}`)} :${tag}, ${start}, ${end}`;
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

;// CONCATENATED MODULE: ./src/probe/cli.ts
/**
 * fly-webrtc-probe: the action's readiness probe for a person's terminal.
 *   fly-webrtc-probe turn:203.0.113.7:3478?transport=udp --secret "$SECRET" --relay --timeout 2m
 * Exit status: 0 ready, 1 not ready, 2 bad usage.
 */







const defaultIo = {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env
};
/** Progress on stdout, warnings and debug details on stderr. */
function ioLogger(io, verbose) {
    return {
        info: (message) => io.out(message),
        warn: (message) => io.err(`warning: ${message}`),
        debug: (message) => {
            if (verbose)
                io.err(`debug: ${message}`);
        }
    };
}
function printReport(io, report) {
    io.out(report.summary);
    if (report.mappedAddress)
        io.out(`  mapped address:  ${report.mappedAddress}`);
    if (report.relayedAddress)
        io.out(`  relayed address: ${report.relayedAddress}`);
    if (report.tlsProtocol)
        io.out(`  TLS:             ${report.tlsProtocol}`);
    for (const warning of report.warnings)
        io.err(`warning: ${warning}`);
    if (report.diagnostic)
        io.err(report.diagnostic);
}
/** Runs the CLI; resolves with the exit status. */
async function runCli(argv, io = defaultIo) {
    let request;
    try {
        request = parseCli(argv, io.env);
        // Bad values fail here, before any packet, with the flags' names (CLI_NAMES).
        if (request !== 'help')
            validateProbeOptions(request.options);
    }
    catch (error) {
        io.err(`fly-webrtc-probe: ${describeError(error)}`);
        io.err('Run fly-webrtc-probe --help for usage.');
        return 2;
    }
    if (request === 'help') {
        io.out(USAGE);
        return 0;
    }
    const logger = request.json ? silentLogger : ioLogger(io, request.verbose);
    const report = await waitForReady({ ...request.options, logger });
    if (request.json)
        io.out(JSON.stringify(report, null, 2));
    else
        printReport(io, report);
    if (request.mermaid)
        io.out(timelineMermaid(report));
    return report.ok ? 0 : 1;
}


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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
