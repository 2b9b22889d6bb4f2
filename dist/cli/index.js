#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _probe_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(376);
// fly-webrtc-probe: the readiness probe from a terminal (see `--help`).

process.exitCode = await (0,_probe_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 376:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runCli)
});

// UNUSED EXPORTS: USAGE

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
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

;// CONCATENATED MODULE: ./src/probe/types.ts
const PROBE_CHECKS = ['stun', 'turn', 'relay', 'http'];
const PROBE_TRANSPORTS = ['udp', 'tcp', 'tls'];

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_namespaceObject);
;// CONCATENATED MODULE: ./src/probe/uri.ts
/** TURN and STUN URIs (RFC 7065, RFC 7064): building them for outputs, parsing them for the CLI. */


const DEFAULT_PORT = 3478;
const DEFAULT_TLS_PORT = 5349;
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
const EXAMPLE = 'turn:203.0.113.7:3478?transport=udp';
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
/**
 * Parses `turn:host[:port][?transport=udp|tcp]`, `turns:...`, `stun:host[:port]`, `stuns:...`.
 * `turn:` without transport means UDP; `turns:` means TLS over TCP. `turns` with
 * `transport=udp` would be DTLS, which the probe does not speak, so it is refused.
 */
function parseTurnUri(uri, input = 'uri') {
    const fail = (problem) => {
        throw new errors_InputError(input, `'${uri}' ${problem}`, EXAMPLE);
    };
    const match = /^(stuns?|turns?):(\[[^\]]*\]|[^:?[\]/]*)(?::([^?]*))?(?:\?(.*))?$/i.exec(uri.trim());
    if (!match)
        return fail('is not a STUN/TURN URI (scheme:host[:port][?transport=udp|tcp])');
    const scheme = match[1].toLowerCase();
    const rawHost = match[2];
    const host = rawHost.startsWith('[') ? rawHost.slice(1, -1) : rawHost;
    if (rawHost.startsWith('[') ? !(0,external_node_net_namespaceObject.isIPv6)(host) : !(IPV4.test(host) || HOST_NAME.test(host))) {
        fail(`has no valid host ('${host}')`);
    }
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

;// CONCATENATED MODULE: external "node:dgram"
const external_node_dgram_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dgram");
var external_node_dgram_default = /*#__PURE__*/__nccwpck_require__.n(external_node_dgram_namespaceObject);
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
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

;// CONCATENATED MODULE: external "node:dns/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
var external_node_tls_default = /*#__PURE__*/__nccwpck_require__.n(external_node_tls_namespaceObject);
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/probe/stun.ts
/**
 * STUN message codec (RFC 8489) with the TURN attributes (RFC 8656) a readiness probe needs.
 * Pure: no I/O, no clock. Decoding never throws: hostile bytes give a typed error instead.
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
// ---- attribute values -------------------------------------------------------------------------
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
// ---- ChannelData (RFC 8656 §12.4) -------------------------------------------------------------
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

;// CONCATENATED MODULE: ./src/probe/transport.ts
/**
 * Carries STUN requests to a server over UDP (with retransmission), TCP or TLS (with stream
 * framing), and hands unsolicited messages (Data indications, ChannelData) to a listener.
 * Every request has a deadline; every failure is a ProbeFailure naming an Outcome.
 */






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
const RTO_GROWTH = 1.5;
const MAX_UDP_SENDS = 12;
const UNMEASURED_GAP_CAP_MS = 250;
/** TCP/TLS: no retransmission; a transaction or a connect gets this long at most. */
const STREAM_TIMEOUT_MS = 5000;
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
        // Until a round trip is measured the RTO is a guess: resend at least every 250 ms, so one
        // unlucky transaction on a lossy path cannot eat seconds of the probe's budget.
        const unmeasuredCap = this.options.rtt.measured ? Infinity : UNMEASURED_GAP_CAP_MS;
        const cap = Math.min(this.options.rtt.maxRtoMs, this.options.rtoCapMs ?? Infinity, unmeasuredCap);
        const started = Date.now();
        const clock = performance.now();
        let sends = 0;
        let rto = Math.min(this.options.rtt.rtoMs, cap);
        let timer;
        // Give up after the last send plus one more RTO, or at the deadline, whichever is first.
        let giveUpAt = started;
        for (let i = 0, gap = rto; i < maxSends; i++, gap = Math.min(gap * RTO_GROWTH, cap)) {
            giveUpAt += gap;
        }
        const { answer } = this.awaitAnswer(id.toString('hex'), Math.min(giveUpAt, this.options.deadline), () => new ProbeFailure('unreachable', `no answer from ${this.remote} after ${sends} sends in ${Date.now() - started} ms`));
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
                this.options.rtt.sample(rttMs);
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
/** Node's TLS and certificate error codes (as opposed to plain socket errors). */
function isTlsCode(code) {
    if (!code)
        return false;
    return (code.startsWith('ERR_TLS') ||
        code.startsWith('ERR_SSL') ||
        /CERT|SELF_SIGNED|UNABLE_TO|HOSTNAME|DEPTH_ZERO/.test(code));
}
async function openStream(address, target, options) {
    const isTls = target.transport === 'tls';
    const remote = `${formatAddress({ address, port: target.port })}/${target.transport}`;
    const started = Date.now();
    const until = Math.min(started + STREAM_TIMEOUT_MS, options.deadline);
    const tcp = external_node_net_default().connect({
        host: address,
        port: target.port,
        localAddress: localAddressFor(address)
    });
    const socket = isTls
        ? external_node_tls_default().connect({
            socket: tcp,
            // SNI must be a name, never an IP literal; certificate checks still use the host.
            servername: target.tls?.servername ?? (ipFamily(target.host) ? undefined : target.host),
            ca: target.tls?.ca,
            rejectUnauthorized: !target.tls?.insecure,
            checkServerIdentity: (_name, cert) => external_node_tls_default().checkServerIdentity(target.tls?.servername ?? target.host, cert)
        })
        : tcp;
    let tcpConnected = false;
    tcp.once('connect', () => (tcpConnected = true));
    await new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            const waited = Date.now() - started;
            // Connected but no handshake: something that is not a TLS listener holds the port.
            if (isTls && tcpConnected) {
                const text = `${remote}: TLS handshake did not finish in ${waited} ms (is this a TLS port?)`;
                reject(new ProbeFailure('tls-error', `${text} (HANDSHAKE_TIMEOUT)`, 'HANDSHAKE_TIMEOUT'));
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
            const code = error.code;
            if (code === 'ECONNREFUSED') {
                reject(new ProbeFailure('refused', `${remote} refused the connection (ECONNREFUSED)`, code));
            }
            else if (isTls) {
                const why = isTlsCode(code) ? error.message : `handshake failed: ${error.message}`;
                reject(new ProbeFailure('tls-error', `${remote}: ${why} (${code ?? 'no code'})`, code));
            }
            else {
                reject(new ProbeFailure('unreachable', `${remote}: ${error.message}`, code));
            }
        });
    }).catch((failure) => {
        socket.destroy();
        tcp.destroy();
        throw failure;
    });
    socket.removeAllListeners('error');
    socket.setNoDelay(true);
    return new StreamChannel(socket, target.transport, remote, options);
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
const METHOD_NAMES = {
    [StunMethod.Binding]: 'Binding',
    [StunMethod.Allocate]: 'Allocate',
    [StunMethod.Refresh]: 'Refresh',
    [StunMethod.CreatePermission]: 'CreatePermission',
    [StunMethod.ChannelBind]: 'ChannelBind'
};
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

;// CONCATENATED MODULE: ./src/probe/checks.ts
/**
 * The checks of one attempt. `runTransportChecks` runs stun, turn and relay over one transport on
 * a fresh channel (a new 5-tuple per attempt, so coturn never sees a re-Allocate); `runHttpCheck`
 * runs the health check. Each returns records; none throws for a probe failure.
 */







/** Relay echo: stop after this many echoes, or after this many datagrams. */
const RELAY_ECHOES_WANTED = 3;
const RELAY_MAX_DATAGRAMS = 12;
const checks_DEFAULT_TLS_PORT = 5349;
function portFor(options, transport) {
    return transport === 'tls' ? (options.tlsPort ?? checks_DEFAULT_TLS_PORT) : options.port;
}
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
/** The checks to run: relay needs an allocation, so it implies turn. */
function effectiveChecks(checks) {
    const wanted = new Set(checks);
    if (wanted.has('relay'))
        wanted.add('turn');
    return ['stun', 'turn', 'relay', 'http'].filter((c) => wanted.has(c));
}
function wants(options, check) {
    return effectiveChecks(options.checks).includes(check);
}
/** stun, then turn (Allocate), then relay (echo through the allocation) over one transport. */
async function runTransportChecks(context, transport, hooks = {}) {
    const { options } = context;
    const order = effectiveChecks(options.checks).filter((c) => c !== 'http');
    const records = [];
    let startedAt = Date.now();
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
    const tlsProtocol = channel.tlsProtocol;
    const client = new TurnClient(channel, {
        credentials: options.credentials && resolveCredentials(options.credentials),
        expectedRealm: options.realm
    });
    let current = order[0];
    try {
        if (wants(options, 'stun')) {
            const binding = await client.binding();
            records.push({
                check: 'stun',
                transport,
                outcome: 'ok',
                startedAt,
                durationMs: Date.now() - startedAt,
                rttMs: binding.rttMs,
                detail: `mapped address ${formatAddress(binding.mapped)}`,
                mappedAddress: formatAddress(binding.mapped),
                tlsProtocol
            });
        }
        if (wants(options, 'turn')) {
            current = 'turn';
            startedAt = Date.now();
            const turnRecord = await allocateAndCheck(context, client, transport, startedAt);
            records.push({ ...turnRecord, tlsProtocol });
            if (turnRecord.outcome !== 'ok')
                return records;
            if (wants(options, 'relay')) {
                current = 'relay';
                startedAt = Date.now();
                records.push(await relayEcho(context, client, transport, turnRecord, hooks));
            }
            await freeAllocation(client);
        }
    }
    catch (error) {
        records.push({ ...failureRecord(current, transport, startedAt, error), tlsProtocol });
        // A failure after a successful Allocate (relay) still frees the allocation.
        if (records.some((r) => r.relayedAddress))
            await freeAllocation(client);
    }
    finally {
        channel.close();
    }
    return records;
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
/** The turn check. Its record carries the relayed and mapped addresses the relay check needs. */
async function allocateAndCheck(context, client, transport, startedAt) {
    const { options } = context;
    const allocation = await client.allocate();
    const relayed = formatAddress(allocation.relayed);
    const base = {
        check: 'turn',
        transport,
        startedAt,
        rttMs: allocation.rttMs,
        relayedAddress: relayed,
        mappedAddress: allocation.mapped && formatAddress(allocation.mapped)
    };
    const warnings = [];
    if (!allocation.authenticated) {
        const text = `open relay: ${options.host} granted a TURN allocation without credentials over ${transport}; ` +
            'anyone can relay traffic through it (enable --lt-cred-mech or --use-auth-secret)';
        if (options.failOnOpenRelay) {
            return { ...base, outcome: 'open-relay', durationMs: Date.now() - startedAt, detail: text };
        }
        warnings.push(text);
    }
    const expected = options.expectedRelayIp;
    if (expected !== undefined && allocation.relayed.address !== expected) {
        return {
            ...base,
            outcome: 'wrong-relayed-address',
            durationMs: Date.now() - startedAt,
            detail: `the server relays at ${allocation.relayed.address}, expected the public IPv4 ${expected}`
        };
    }
    const stale = client.staleNonceRetries > 0 ? ', after one 438 Stale Nonce retry' : '';
    return {
        ...base,
        outcome: 'ok',
        durationMs: Date.now() - startedAt,
        detail: `relayed address ${relayed}, lifetime ${allocation.lifetimeSeconds ?? '?'} s${stale}`,
        warnings
    };
}
function parseHostPort(text) {
    const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(text);
    const address = match?.[1] ?? '';
    return { family: ipFamily(address) ?? 'IPv4', address, port: Number(match?.[2]) };
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
const PING_MAGIC = Buffer.from('FWPP');
/**
 * The relay check, pion style: permit the runner's mapped IP, then datagrams from a second local
 * socket to the relayed address must come back through the allocation (the client echoes each
 * Data indication with a Send indication). Proves the relay port range is reachable.
 */
async function relayEcho(context, client, transport, turnRecord, hooks) {
    const startedAt = Date.now();
    const relayed = parseHostPort(turnRecord.relayedAddress ?? '');
    const mapped = turnRecord.mappedAddress ? parseHostPort(turnRecord.mappedAddress) : undefined;
    const peerIp = mapped?.address ?? client.channel.local.address;
    if (!hooks.skipPermission)
        await client.createPermission(peerIp);
    client.onData((peer, data) => client.sendIndication(peer, data));
    const peer = external_node_dgram_default().createSocket(relayed.family === 'IPv6' ? 'udp6' : 'udp4');
    const sentAt = new Map();
    const rtts = [];
    let wake;
    peer.on('message', (bytes) => {
        if (bytes.length !== 8 || !bytes.subarray(0, 4).equals(PING_MAGIC))
            return;
        const sequence = bytes.readUInt32BE(4);
        const sent = sentAt.get(sequence);
        if (sent === undefined)
            return;
        sentAt.delete(sequence);
        rtts.push(elapsedMs(sent));
        wake?.();
    });
    peer.on('error', () => undefined);
    const sleep = (ms) => new Promise((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, ms));
        wake = () => {
            clearTimeout(timer);
            resolve();
        };
    });
    let sent = 0;
    try {
        await new Promise((resolve) => peer.bind({ port: 0, address: localAddressFor(relayed.address) }, resolve));
        const estimator = context.rtt[transport];
        const gapMs = Math.min(250, Math.max(10, estimator.rtoMs));
        while (rtts.length < RELAY_ECHOES_WANTED && sent < RELAY_MAX_DATAGRAMS) {
            if (Date.now() >= context.deadline || context.options.signal?.aborted)
                break;
            const ping = Buffer.alloc(8);
            PING_MAGIC.copy(ping);
            ping.writeUInt32BE(sent, 4);
            sentAt.set(sent, performance.now());
            sent++;
            peer.send(ping, relayed.port, relayed.address);
            await sleep(gapMs);
        }
        // Stragglers still on their way count too.
        const settleUntil = Math.min(context.deadline, Date.now() + Math.max(3 * gapMs, 100));
        while (rtts.length < RELAY_ECHOES_WANTED && sentAt.size > 0 && Date.now() < settleUntil) {
            await sleep(settleUntil - Date.now());
        }
    }
    finally {
        peer.close();
    }
    const permission = hooks.skipPermission ? 'without a permission' : `permission for ${peerIp}`;
    const base = { check: 'relay', transport, startedAt, durationMs: Date.now() - startedAt };
    if (rtts.length === 0) {
        return {
            ...base,
            outcome: 'lost',
            detail: `0 of ${sent} datagrams sent to the relayed address ${turnRecord.relayedAddress} came back (${permission})`
        };
    }
    const loss = Math.round((100 * sentAt.size) / sent);
    return {
        ...base,
        outcome: 'ok',
        rttMs: median(rtts),
        detail: `${rtts.length} of ${sent} datagrams echoed through ${turnRecord.relayedAddress} (${loss}% lost or late)`
    };
}
const HTTP_TIMEOUT_MS = 10_000;
const MAX_BODY_BYTES = 64 * 1024;
/** GET the health URL: 2xx, and when the body is Fishjam's JSON, data.status must be "UP". */
async function runHttpCheck(context) {
    const { options } = context;
    const url = new URL(options.healthUrl ?? '');
    const transport = url.protocol === 'https:' ? 'https' : 'http';
    const startedAt = Date.now();
    const timeoutMs = Math.max(0, Math.min(HTTP_TIMEOUT_MS, context.deadline - startedAt));
    try {
        const { status, body, rttMs } = await httpGet(url, options, timeoutMs);
        const record = { check: 'http', transport, startedAt, rttMs };
        const done = (outcome, detail) => ({
            ...record,
            outcome,
            detail,
            durationMs: Date.now() - startedAt
        });
        if (status === 401 || status === 403) {
            return done('auth-failed', `${url.origin}${url.pathname} answered ${status}: check health-token`);
        }
        if (status < 200 || status > 299) {
            return done('http-error', `${url.origin}${url.pathname} answered ${status}`);
        }
        const reported = healthStatus(body);
        if (reported !== undefined && reported !== 'UP') {
            return done('http-error', `${url.origin}${url.pathname} reports status ${reported}`);
        }
        return done('ok', `${url.origin}${url.pathname} answered ${status}${reported ? ' UP' : ''}`);
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
            const chunks = [];
            let size = 0;
            response.on('data', (chunk) => {
                size += chunk.length;
                if (size <= MAX_BODY_BYTES)
                    chunks.push(chunk);
            });
            response.on('end', () => resolve({
                status: response.statusCode ?? 0,
                body: Buffer.concat(chunks).toString('utf8'),
                rttMs
            }));
            response.on('error', reject);
        };
        const request = url.protocol === 'https:'
            ? external_node_https_default().get(url, {
                headers,
                timeout: timeoutMs,
                ca: options.tls?.ca,
                servername: options.tls?.servername,
                rejectUnauthorized: !options.tls?.insecure,
                signal: options.signal
            }, onResponse)
            : external_node_http_default().get(url, { headers, timeout: timeoutMs, signal: options.signal }, onResponse);
        request.on('timeout', () => {
            request.destroy(new ProbeFailure('unreachable', `${where} did not answer in ${timeoutMs} ms`));
        });
        request.on('error', (error) => {
            if (error instanceof ProbeFailure)
                return reject(error);
            const code = error.code;
            if (code === 'ECONNREFUSED') {
                return reject(new ProbeFailure('refused', `${where} refused the connection`, code));
            }
            if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
                return reject(new ProbeFailure('dns-error', `cannot resolve ${url.hostname} (${code})`, code));
            }
            if (code === 'ABORT_ERR')
                return reject(new ProbeFailure('aborted', 'aborted', code));
            if (code && /CERT|SELF_SIGNED|ERR_TLS|ERR_SSL|UNABLE_TO/.test(code)) {
                return reject(new ProbeFailure('tls-error', `${where}: ${error.message} (${code})`, code));
            }
            reject(new ProbeFailure('unreachable', `${where}: ${error.message}`, code));
        });
    });
}

;// CONCATENATED MODULE: ./src/probe/hints.ts
const TLS_HINTS = [
    [
        /ALTNAME|HOSTNAME/,
        'The TLS certificate does not name the probed host: probe by the name in the certificate, or set the TLS servername.'
    ],
    [
        /SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER/,
        'The TLS certificate is not trusted: give the CA that signed it (or use a publicly trusted certificate).'
    ],
    [/EXPIRED|NOT_YET_VALID/, 'The TLS certificate is expired or not yet valid: renew it.'],
    [
        /ECONNRESET|EPROTO|ERR_SSL|HANDSHAKE_TIMEOUT/,
        'The TLS port did not complete a TLS handshake: check that it is the TLS listener (coturn --tls-listening-port with --cert and --pkey; coturn 4.6.1 speaks TLS 1.2 only).'
    ]
];
function hintsFor(failing, o) {
    const hints = new Set();
    for (const entry of failing) {
        const detail = entry.detail ?? '';
        switch (entry.outcome) {
            case 'unreachable':
                if (entry.transport === 'udp') {
                    hints.add('No UDP answer: UDP on Fly.io needs a dedicated IPv4 (flyctl ips allocate-v4) and a server that binds ' +
                        'fly-global-services (not 0.0.0.0), with internal_port equal to the public port.');
                    hints.add('After a first deploy, UDP forwarding can take minutes to start flowing: raise probe-timeout if the rest looks right.');
                }
                else {
                    hints.add(`No answer over ${entry.transport}: check that the port is exposed as a service and the server listens on it.`);
                }
                break;
            case 'refused':
                hints.add(`Nothing listens on the probed port: the server's listening port must equal the service's internal_port and probe-port (${o.port}${o.tlsPort ? `, TLS ${o.tlsPort}` : ''}).`);
                break;
            case 'closed':
                hints.add('The server closed the connection mid-exchange: check its logs.');
                break;
            case 'dns-error':
                hints.add(`'${o.host}' does not resolve: check probe-host.`);
                break;
            case 'auth-failed':
                if (entry.check === 'http') {
                    hints.add('The health endpoint refused the token: check health-token (Fishjam: FJ_SERVER_API_TOKEN).');
                }
                else if (o.credentials?.kind === 'rest') {
                    hints.add("The server rejected the REST credentials: turn-secret must equal the server's shared secret " +
                        "(coturn --use-auth-secret --static-auth-secret), and the runner's clock must be right.");
                }
                else {
                    hints.add("The server rejected the credentials: check turn-username and turn-password against the server's users.");
                }
                break;
            case 'realm-mismatch':
                hints.add("The server's realm differs from turn-realm: fix turn-realm or the server's --realm.");
                break;
            case 'stale-nonce':
                hints.add("The server rejected a fresh nonce as stale: check the server's clock and --stale-nonce.");
                break;
            case 'wrong-relayed-address':
                hints.add("The server's external IP is wrong: it must announce the dedicated IPv4 (coturn --external-ip=<ipv4>, " +
                    'Fishjam FJ_WEBRTC_TURN_IP), or clients get relay candidates nobody can reach.');
                break;
            case 'open-relay':
                hints.add('The server relays for anyone: enable authentication (coturn --lt-cred-mech with --user, or --use-auth-secret).');
                break;
            case 'lost':
                hints.add('Nothing came back through the relay: expose the relay port range (coturn --min-port..--max-port) as UDP ' +
                    'services with the same ports, and set the external IP to the dedicated IPv4.');
                break;
            case 'tls-error': {
                const found = TLS_HINTS.find(([pattern]) => pattern.test(detail));
                hints.add(found ? found[1] : `TLS failed: ${detail}`);
                break;
            }
            case 'protocol-error':
                hints.add('The answers are not valid STUN/TURN: is a STUN/TURN server on that port?');
                break;
            case 'http-error':
                hints.add('The health endpoint answered but not healthy: see its status above.');
                break;
            case 'rejected':
                hints.add('The server refused a TURN request: see the error code and reason above.');
                break;
            default:
                break;
        }
    }
    return [...hints];
}

;// CONCATENATED MODULE: ./src/probe/validate.ts
/**
 * Checks ProbeOptions before any packet is sent. Errors name the action's input, so the same
 * message serves the action and (mapped to flags) the CLI.
 */



const validate_HOST_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9_-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9_-]{0,61}[a-z0-9])?)*\.?$/i;
function checkPort(input, port) {
    if (port === undefined)
        return;
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
        throw new errors_InputError(input, `${port} is not a port (1-65535)`, '3478');
    }
}
function validateProbeOptions(o) {
    const host = o.host?.replace(/^\[|\]$/g, '') ?? '';
    if (!ipFamily(host) && !validate_HOST_NAME.test(host)) {
        throw new errors_InputError('probe-host', `'${o.host}' is not a host name or IP address`, '203.0.113.7');
    }
    checkPort('probe-port', o.port);
    checkPort('probe-tls-port', o.tlsPort);
    if (o.transports.length === 0) {
        throw new errors_InputError('probe-transports', 'lists no transport', 'udp, tcp');
    }
    for (const transport of o.transports) {
        if (!PROBE_TRANSPORTS.includes(transport)) {
            throw new errors_InputError('probe-transports', `'${String(transport)}' is not one of udp, tcp, tls`, 'udp');
        }
    }
    if (o.checks.length === 0)
        throw new errors_InputError('probe', 'lists no check', 'stun, turn');
    for (const check of o.checks) {
        if (!PROBE_CHECKS.includes(check)) {
            throw new errors_InputError('probe', `'${String(check)}' is not one of stun, turn, relay, http`, 'turn, relay');
        }
    }
    const turn = o.checks.includes('turn') || o.checks.includes('relay');
    const credentials = o.credentials;
    if (turn && !credentials) {
        throw new errors_InputError('turn-username', "is needed by the 'turn' and 'relay' checks (or set 'turn-secret' for REST credentials)", 'turn-username: probe, turn-password: ${{ secrets.TURN_PASSWORD }}');
    }
    if (credentials?.kind === 'long-term') {
        if (credentials.username === '')
            throw new errors_InputError('turn-username', 'is empty', 'probe');
        if (credentials.password === '')
            throw new errors_InputError('turn-password', 'is empty', '${{ secrets.TURN_PASSWORD }}');
    }
    if (credentials?.kind === 'rest') {
        if (credentials.secret === '')
            throw new errors_InputError('turn-secret', 'is empty', '${{ secrets.TURN_SECRET }}');
        if (credentials.ttlSeconds !== undefined && !Number.isInteger(credentials.ttlSeconds)) {
            throw new errors_InputError('turn-secret', `TTL ${credentials.ttlSeconds} is not a whole number of seconds`, '86400');
        }
    }
    if (o.realm === '')
        throw new errors_InputError('turn-realm', 'is empty', 'turn.example.com');
    if (o.expectedRelayIp !== undefined && !ipFamily(o.expectedRelayIp)) {
        throw new errors_InputError('ipv4', `'${o.expectedRelayIp}' is not an IP address`, '203.0.113.7');
    }
    if (o.checks.includes('http')) {
        if (!o.healthUrl)
            throw new errors_InputError('health-url', "is needed by the 'http' check", 'https://my-app.fly.dev/health');
        let url;
        try {
            url = new URL(o.healthUrl);
        }
        catch {
            url = undefined;
        }
        if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
            throw new errors_InputError('health-url', `'${o.healthUrl}' is not an http(s) URL`, 'https://my-app.fly.dev/health');
        }
    }
    if (!Number.isFinite(o.timeoutMs) || o.timeoutMs <= 0) {
        throw new errors_InputError('probe-timeout', 'must be longer than zero', '5m');
    }
    if (!Number.isFinite(o.intervalMs) || o.intervalMs <= 0) {
        throw new errors_InputError('probe-interval', 'must be longer than zero', '2s');
    }
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
const DEFINITIVE_TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|HOSTNAME/;
function isDefinitive(record) {
    if (DEFINITIVE.has(record.outcome))
        return true;
    return record.outcome === 'tls-error' && DEFINITIVE_TLS_CODES.test(record.code ?? '');
}
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
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)} s`;
}
function label(record) {
    return `${record.check}/${record.transport}`;
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
async function waitForReady(o) {
    validateProbeOptions(o);
    const logger = o.logger ?? silentLogger;
    const began = Date.now();
    const startedAt = o.startedAt ?? began;
    const context = {
        options: o,
        deadline: began + o.timeoutMs,
        rtt: { udp: new RttEstimator(), tcp: new RttEstimator(), tls: new RttEstimator() }
    };
    const timeline = [];
    const warnings = new Set();
    let pause = Math.min(FIRST_PAUSE_MS, o.intervalMs);
    let previousDefinitive = '';
    let stoppedEarly;
    let attempt = 0;
    for (;;) {
        attempt++;
        const records = await runAttempt(context);
        for (const record of records) {
            timeline.push(toEntry(record, attempt, startedAt));
            for (const warning of record.warnings ?? [])
                warnings.add(warning);
        }
        const failed = records.filter((r) => r.outcome !== 'ok');
        logger.info(`Attempt ${attempt} at +${seconds(Date.now() - startedAt)}: ` +
            records
                .map((r) => `${label(r)} ${r.outcome}${r.rttMs === undefined ? '' : ` (${r.rttMs} ms)`}`)
                .join(', '));
        for (const record of failed)
            logger.debug(`${label(record)}: ${record.detail ?? record.outcome}`);
        if (failed.length === 0 && records.length > 0) {
            return successReport(o, records, timeline, attempt, startedAt, [...warnings]);
        }
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
    return failureReport(o, timeline, attempt, startedAt, began, [...warnings], stoppedEarly);
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
/** Relay echo, else Binding, else Allocate, else HTTP: the RTT closest to what media sees. */
function representativeRtt(records) {
    for (const check of ['relay', 'stun', 'turn', 'http']) {
        const found = records.find((r) => r.check === check && r.rttMs !== undefined);
        if (found)
            return found.rttMs;
    }
    return undefined;
}
function successReport(o, records, timeline, attempts, startedAt, warnings) {
    // Ready when the last check passed; freeing the allocation afterwards does not count.
    const readyAfterMs = Math.max(...records.map((r) => r.startedAt + r.durationMs)) - startedAt;
    const rttMs = representativeRtt(records);
    const checks = effectiveChecks(o.checks);
    const over = checks.some((c) => c !== 'http') ? ` over ${o.transports.join(', ')}` : '';
    const report = {
        ok: true,
        attempts,
        readyAfterMs,
        timeline,
        warnings,
        summary: `Ready after ${seconds(readyAfterMs)} (attempt ${attempts}): ${checks.join(', ')}${over} passed` +
            (rttMs === undefined ? '' : `; RTT ${rttMs} ms`) +
            (warnings.length ? `; ${warnings.length} warning(s)` : '')
    };
    if (rttMs !== undefined)
        report.rttMs = rttMs;
    const mapped = records.find((r) => r.mappedAddress)?.mappedAddress;
    const relayed = records.find((r) => r.relayedAddress)?.relayedAddress;
    const tlsProtocol = records.find((r) => r.tlsProtocol)?.tlsProtocol;
    if (mapped)
        report.mappedAddress = mapped;
    if (relayed)
        report.relayedAddress = relayed;
    if (tlsProtocol)
        report.tlsProtocol = tlsProtocol;
    return report;
}
function failureReport(o, timeline, attempts, startedAt, began, warnings, stoppedEarly) {
    const elapsed = Date.now() - began;
    const checks = effectiveChecks(o.checks);
    // The last outcome of every check on every transport, in a stable order.
    const last = new Map();
    for (const entry of timeline)
        last.set(label(entry), entry);
    const expected = [];
    for (const check of checks) {
        if (check === 'http')
            expected.push(label({ check, transport: new URL(o.healthUrl ?? 'http://x').protocol.slice(0, -1) }));
        else
            for (const transport of o.transports)
                expected.push(label({ check, transport }));
    }
    const lines = expected.map((name) => {
        const entry = last.get(name);
        if (!entry)
            return `  ${name}: not reached (an earlier check on the same transport failed)`;
        return `  ${name}: ${entry.outcome} (attempt ${entry.attempt})${entry.detail ? `: ${entry.detail}` : ''}`;
    });
    const failing = [...last.values()].filter((e) => e.outcome !== 'ok');
    const verdict = failing.map((e) => `${label(e)} ${e.outcome}`).join(', ') || 'no check completed';
    const aborted = o.signal?.aborted;
    const why = aborted
        ? 'Probe aborted'
        : stoppedEarly
            ? `Not ready: stopped after ${attempts} attempts because ${stoppedEarly} repeated (waiting will not fix it)`
            : `Not ready after ${seconds(elapsed)} (${attempts} attempt${attempts === 1 ? '' : 's'})`;
    const hints = hintsFor(failing, o);
    const diagnostic = [
        `Probed ${o.host} (${checks.join(', ')}${checks.some((c) => c !== 'http') ? ` over ${o.transports.join(', ')}` : ''}) ` +
            `${attempts} time${attempts === 1 ? '' : 's'} in ${seconds(elapsed)}; the last outcome of each check:`,
        ...lines,
        ...(hints.length ? ['Hints:', ...hints.map((h) => `  - ${h}`)] : [])
    ].join('\n');
    return {
        ok: false,
        attempts,
        timeline,
        warnings,
        summary: `${why}: ${verdict}`,
        diagnostic
    };
}

;// CONCATENATED MODULE: ./src/probe/cli.ts
/**
 * fly-webrtc-probe: the action's readiness probe for a person's terminal.
 *   fly-webrtc-probe turn:203.0.113.7:3478?transport=udp --secret "$SECRET" --relay --timeout 2m
 * Exit status: 0 ready, 1 not ready, 2 bad usage.
 */










const USAGE = `Usage: fly-webrtc-probe <uri>... [options]

Checks that a STUN/TURN server answers, the way the fly-webrtc-deploy action does after a deploy.

  <uri>   turn:host[:port][?transport=udp|tcp]   turns:host[:port]   stun:host[:port]
          Several URIs of the same host probe several transports. With --http only, no URI is needed.

Checks (default: stun for stun: URIs, turn for turn: URIs):
  --check LIST         comma list of stun, turn, relay, http
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
const defaultIo = {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env
};
function parseCli(argv, io) {
    const { values, positionals } = (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        allowPositionals: true,
        strict: true,
        options: {
            check: { type: 'string' },
            relay: { type: 'boolean' },
            http: { type: 'string' },
            user: { type: 'string' },
            password: { type: 'string' },
            secret: { type: 'string' },
            ttl: { type: 'string' },
            'rest-user': { type: 'string' },
            realm: { type: 'string' },
            'health-token': { type: 'string' },
            'expect-relay-ip': { type: 'string' },
            'fail-on-open-relay': { type: 'boolean' },
            servername: { type: 'string' },
            ca: { type: 'string' },
            insecure: { type: 'boolean' },
            timeout: { type: 'string' },
            interval: { type: 'string' },
            json: { type: 'boolean' },
            mermaid: { type: 'boolean' },
            verbose: { type: 'boolean' },
            help: { type: 'boolean', short: 'h' }
        }
    });
    if (values.help)
        return 'help';
    const uris = positionals.map((text) => parseTurnUri(text, 'uri'));
    if (uris.length === 0 && !values.http) {
        throw new errors_InputError('uri', 'is missing: give a turn:, turns: or stun: URI', 'turn:203.0.113.7:3478');
    }
    const hosts = new Set(uris.map((u) => u.host));
    if (hosts.size > 1)
        throw new errors_InputError('uri', `name one host, not ${[...hosts].join(' and ')}`, 'turn:h:3478 turns:h:5349');
    const plain = uris.filter((u) => u.transport !== 'tls');
    const secure = uris.filter((u) => u.transport === 'tls');
    if (new Set(plain.map((u) => u.port)).size > 1) {
        throw new errors_InputError('uri', 'UDP and TCP URIs must share one port', 'turn:h:3478 turn:h:3478?transport=tcp');
    }
    const transports = [...new Set(uris.map((u) => u.transport ?? 'udp'))];
    let checks;
    if (values.check !== undefined) {
        checks = values.check
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean);
        for (const check of checks) {
            if (!PROBE_CHECKS.includes(check)) {
                throw new errors_InputError('check', `'${check}' is not one of ${PROBE_CHECKS.join(', ')}`, 'turn,relay');
            }
        }
    }
    else {
        checks = uris.some((u) => u.scheme.startsWith('turn')) ? ['turn'] : uris.length ? ['stun'] : [];
    }
    if (values.relay && !checks.includes('relay'))
        checks.push('relay');
    if (values.http && !checks.includes('http'))
        checks.push('http');
    const password = values.password ?? io.env.TURN_PASSWORD;
    const secret = values.secret ?? io.env.TURN_SECRET;
    let credentials;
    if (values.user !== undefined && secret === undefined) {
        if (password === undefined)
            throw new errors_InputError('password', 'is needed with --user (or set TURN_PASSWORD)', '--password p');
        credentials = { kind: 'long-term', username: values.user, password };
    }
    else if (secret !== undefined) {
        credentials = {
            kind: 'rest',
            secret,
            ttlSeconds: values.ttl === undefined
                ? undefined
                : Math.round(parseDuration('ttl', values.ttl, '24h') / 1000),
            user: values['rest-user'] ?? values.user
        };
    }
    const tls = values.servername || values.ca || values.insecure
        ? {
            servername: values.servername,
            ca: values.ca === undefined ? undefined : (0,external_node_fs_namespaceObject.readFileSync)(values.ca, 'utf8'),
            insecure: values.insecure
        }
        : undefined;
    const options = {
        host: uris[0]?.host ?? new URL(values.http ?? 'http://localhost').hostname,
        port: plain[0]?.port ?? 3478,
        tlsPort: secure[0]?.port,
        transports: transports.length ? transports : ['udp'],
        checks,
        credentials,
        realm: values.realm,
        expectedRelayIp: values['expect-relay-ip'],
        healthUrl: values.http,
        healthToken: values['health-token'] ?? io.env.HEALTH_TOKEN,
        tls,
        timeoutMs: parseDuration('timeout', values.timeout ?? '1m', '2m'),
        intervalMs: parseDuration('interval', values.interval ?? '2s', '2s'),
        failOnOpenRelay: values['fail-on-open-relay'],
        logger: values.json ? silentLogger : ioLogger(io, values.verbose ?? false)
    };
    return { options, json: values.json ?? false, mermaid: values.mermaid ?? false };
}
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
/** Runs the CLI; resolves with the exit status. */
async function runCli(argv, io = defaultIo) {
    let parsed;
    try {
        parsed = parseCli(argv, io);
        if (parsed !== 'help')
            validateProbeOptions(parsed.options);
    }
    catch (error) {
        // Input names are the action's; on the command line they are the flags of the same name.
        io.err(`fly-webrtc-probe: ${describeError(error)}`);
        io.err('Run fly-webrtc-probe --help for usage.');
        return 2;
    }
    if (parsed === 'help') {
        io.out(USAGE);
        return 0;
    }
    const report = await waitForReady(parsed.options);
    if (parsed.json) {
        io.out(JSON.stringify(report, null, 2));
    }
    else {
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
    if (parsed.mermaid)
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
