import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7169:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ik: () => (/* reexport */ PlaceholderError),
  FU: () => (/* reexport */ blankSecretError),
  fD: () => (/* reexport */ buildConfig),
  b0: () => (/* reexport */ checkRequiredSecrets),
  fF: () => (/* reexport */ checkSecretValues),
  Z4: () => (/* reexport */ decideIpv4Mode),
  TW: () => (/* reexport */ config_ports/* exposesAnyPort */.TW),
  Fm: () => (/* reexport */ config_ports/* exposesPort */.Fm),
  Ct: () => (/* reexport */ fillPlaceholders),
  QM: () => (/* reexport */ types/* formatPortRange */.QM),
  i$: () => (/* reexport */ imageReferenceProblem),
  z3: () => (/* reexport */ isBlank),
  iv: () => (/* reexport */ lintConfig),
  hu: () => (/* reexport */ machineProblem),
  l1: () => (/* reexport */ missingRequiredSecrets),
  hK: () => (/* reexport */ presetFor),
  j1: () => (/* reexport */ relativeBuildPaths),
  ls: () => (/* reexport */ renderToml),
  PR: () => (/* reexport */ resolvePlaceholders),
  eQ: () => (/* reexport */ config_ports/* servesTcp */.eQ),
  kS: () => (/* reexport */ vmMemoryProblem),
  cZ: () => (/* reexport */ vmSizeProblem)
});

// UNUSED EXPORTS: CPU_KINDS, IPV4_MODES, PRESETS, PRESET_NAMES, describePorts, hasLintErrors, httpInternalPortOf, memoryMb, parseFlyToml, tcpPortsOf, tlsPortsOf, udpPortsOf

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/config/ports.ts
var config_ports = __nccwpck_require__(226);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __nccwpck_require__(2143);
;// CONCATENATED MODULE: ./src/config/presets/coturn.ts
/**
 * coturn on Fly.io. The command is derived from the exposed ports, so the listening port, the
 * relay range (--min-port/--max-port) and the UDP services always agree.
 *
 * Why each flag (see docs/presets.md): UDP must be received and answered on fly-global-services,
 * TCP cannot bind there (hence a second listening IP 0.0.0.0, only when TCP is exposed); relay
 * sockets are UDP, so they bind fly-global-services too; --external-ip is the dedicated IPv4
 * because detect-external-ip would report Fly's egress address, which is not the app's inbound
 * one; $AUTH_SECRET stays literal: the image's entrypoint expands it when the server starts, so
 * the secret's value never appears in fly.toml.
 */



const LISTENING_PORT = 3478;
const RELAY_RANGE = { start: 50000, end: 50099 };
const EXAMPLE = `${LISTENING_PORT}, ${(0,types/* formatPortRange */.QM)(RELAY_RANGE)}`;
/** Private and link-local ranges a public relay must never reach (SSRF into Fly's network). */
const DENIED_PEER_RANGES = [
    '0.0.0.0-0.255.255.255',
    '10.0.0.0-10.255.255.255',
    '100.64.0.0-100.127.255.255',
    '169.254.0.0-169.254.255.255',
    '172.16.0.0-172.31.255.255',
    '192.168.0.0-192.168.255.255'
];
/** Splits the UDP ports into the one listening port and the one relay range. */
function coturnPorts(ports) {
    const singles = ports.udp.filter((r) => r.start === r.end);
    const ranges = ports.udp.filter((r) => r.start !== r.end);
    if (singles.length !== 1 || ranges.length !== 1) {
        throw new errors/* InputError */.dz('udp-ports', `the coturn preset needs exactly one listening port and one relay port range, got '${ports.udp.map(types/* formatPortRange */.QM).join(', ')}'`, EXAMPLE);
    }
    const listening = singles[0].start;
    const relay = ranges[0];
    if (relay.start <= listening && listening <= relay.end) {
        throw new errors/* InputError */.dz('udp-ports', `the relay range ${(0,types/* formatPortRange */.QM)(relay)} contains the listening port ${listening}`, EXAMPLE);
    }
    const strayTcp = ports.tcp.filter((r) => r.start !== listening || r.end !== listening);
    if (strayTcp.length > 0) {
        throw new errors/* InputError */.dz('tcp-ports', `coturn serves TCP only on its listening port ${listening}, not on ${strayTcp.map(types/* formatPortRange */.QM).join(', ')}`, String(listening));
    }
    return { listening, relay, tcp: ports.tcp.length > 0 };
}
function coturnCommand(ports) {
    const { listening, relay, tcp } = coturnPorts(ports);
    return [
        '--log-file=stdout',
        '--no-cli',
        '--no-tls',
        '--no-dtls',
        `--listening-port=${listening}`,
        '--listening-ip=fly-global-services',
        ...(tcp ? ['--listening-ip=0.0.0.0'] : []),
        '--relay-ip=fly-global-services',
        '--external-ip={ipv4}',
        `--min-port=${relay.start}`,
        `--max-port=${relay.end}`,
        '--realm={hostname}',
        '--use-auth-secret',
        '--static-auth-secret=$AUTH_SECRET',
        '--fingerprint',
        '--no-multicast-peers',
        ...DENIED_PEER_RANGES.map((range) => `--denied-peer-ip=${range}`)
    ];
}
const coturnPreset = {
    name: 'coturn',
    // Pinned to the newest image tag in the coturn/coturn snapshot (Debian trixie variant, image
    // revision r0): a moving tag like `latest` would change the server under an unchanged workflow.
    image: 'coturn/coturn:4.17.0-r0',
    udpPorts: [{ start: LISTENING_PORT, end: LISTENING_PORT }, RELAY_RANGE],
    tcpPorts: [{ start: LISTENING_PORT, end: LISTENING_PORT }],
    // TURN over TLS on Fly's edge: 443 passes corporate firewalls, 5349 is the turns: default.
    tlsPorts: [443, 5349],
    vm: { memory: '512mb', cpus: 1, cpuKind: 'shared' },
    requiredSecrets: ['AUTH_SECRET'],
    tcpChecks: true,
    probe: {
        checks: ['stun', 'turn', 'relay'],
        transports: ['udp', 'tcp', 'tls'],
        turnSecretName: 'AUTH_SECRET'
    },
    fragment(ports, given) {
        const experimental = (0,config_ports/* asTable */.fO)(given.experimental);
        const hasOwnCommand = experimental?.cmd !== undefined ||
            experimental?.entrypoint !== undefined ||
            (0,config_ports/* asTable */.fO)(given.processes) !== undefined;
        return hasOwnCommand ? {} : { experimental: { cmd: coturnCommand(ports) } };
    }
};

;// CONCATENATED MODULE: ./src/config/presets/fishjam.ts
/**
 * Fishjam 0.6.x (the last open-source release) on Fly.io, after fishjam-docs' Fly guide with its
 * pitfalls fixed: FJ_PORT is derived from the HTTP service's internal_port, the TURN port range
 * from the exposed UDP range, and the TURN IP is the dedicated IPv4 ({ipv4}), an IP literal as
 * Fishjam requires. Fishjam opens one UDP TURN listener per peer in the lower half of
 * FJ_WEBRTC_TURN_PORT_RANGE, so the whole range is exposed 1:1.
 */



const HTTP_PORT = 8080;
const TURN_RANGE = { start: 50000, end: 50199 };
const TURN_TCP_PORT = 50000;
const ENV_ORDER = [
    'FJ_HOST',
    'FJ_PORT',
    'FJ_WEBRTC_USED',
    'FJ_WEBRTC_TURN_IP',
    'FJ_WEBRTC_TURN_LISTEN_IP',
    'FJ_WEBRTC_TURN_PORT_RANGE',
    'FJ_WEBRTC_TURN_TCP_PORT'
];
/**
 * The FJ_* variables derived from the exposed ports. A variable already in `givenEnv` (the
 * user's fly.toml or the env input) is neither derived nor checked: lint compares it instead.
 */
function fishjamEnv(ports, givenEnv = {}) {
    const env = {
        FJ_HOST: '{hostname}',
        FJ_WEBRTC_USED: 'true',
        FJ_WEBRTC_TURN_IP: '{ipv4}',
        FJ_WEBRTC_TURN_LISTEN_IP: 'fly-global-services'
    };
    if (givenEnv.FJ_PORT === undefined) {
        if (ports.http === undefined) {
            throw new errors/* InputError */.dz('http-port', 'the fishjam preset needs an HTTP port', String(HTTP_PORT));
        }
        env.FJ_PORT = String(ports.http);
    }
    if (givenEnv.FJ_WEBRTC_TURN_PORT_RANGE === undefined) {
        if (ports.udp.length !== 1 || ports.udp[0].start === ports.udp[0].end) {
            throw new errors/* InputError */.dz('udp-ports', `the fishjam preset needs exactly one UDP port range (its FJ_WEBRTC_TURN_PORT_RANGE, one TURN port per peer in the lower half), got '${ports.udp.map(types/* formatPortRange */.QM).join(', ')}'`, (0,types/* formatPortRange */.QM)(TURN_RANGE));
        }
        env.FJ_WEBRTC_TURN_PORT_RANGE = `${ports.udp[0].start}-${ports.udp[0].end}`;
    }
    if (givenEnv.FJ_WEBRTC_TURN_TCP_PORT === undefined && ports.tcp.length > 0) {
        if (ports.tcp.length > 1 || ports.tcp[0].start !== ports.tcp[0].end) {
            throw new errors/* InputError */.dz('tcp-ports', `Fishjam opens one TCP TURN port (FJ_WEBRTC_TURN_TCP_PORT), got '${ports.tcp.map(types/* formatPortRange */.QM).join(', ')}'`, String(TURN_TCP_PORT));
        }
        env.FJ_WEBRTC_TURN_TCP_PORT = String(ports.tcp[0].start);
    }
    return Object.fromEntries(ENV_ORDER.filter((k) => k in env).map((k) => [k, env[k]]));
}
const fishjamPreset = {
    name: 'fishjam',
    // 0.6.3 is the last release (the project is archived); CI publishes semver tags without the v.
    image: 'ghcr.io/fishjam-dev/fishjam:0.6.3',
    udpPorts: [TURN_RANGE],
    tcpPorts: [{ start: TURN_TCP_PORT, end: TURN_TCP_PORT }],
    // Fishjam's TCP TURN listener starts with the first room and may not work on Fly at all.
    tlsPorts: [],
    httpPort: HTTP_PORT,
    vm: { memory: '1gb', cpus: 2, cpuKind: 'shared' },
    requiredSecrets: ['FJ_SERVER_API_TOKEN'],
    // The TCP TURN listener starts lazily with the first room, so a Fly tcp_check on it would fail.
    tcpChecks: false,
    // /health answers as soon as Phoenix is up; only a peer's Allocate on its per-peer UDP port
    // shows that media can reach the server.
    probe: {
        checks: ['http', 'fishjam'],
        transports: ['udp'],
        healthUrl: 'https://{hostname}/health',
        healthTokenSecret: 'FJ_SERVER_API_TOKEN',
        fishjamUrl: 'https://{hostname}'
    },
    fragment(ports, given) {
        // No [experimental] auto_rollback: flyctl parses it and nothing reads it (fly-platform.md
        // §3, flyctl:internal/appconfig/config.go:193); a failed release is the on-failure input's.
        return {
            kill_signal: 'SIGTERM',
            kill_timeout: 5,
            env: fishjamEnv(ports, (0,config_ports/* asTable */.fO)(given.env))
        };
    }
};

;// CONCATENATED MODULE: ./src/config/presets/index.ts




const PRESETS = {
    coturn: coturnPreset,
    fishjam: fishjamPreset
};
function presetFor(name) {
    return name === 'none' ? undefined : PRESETS[name];
}

;// CONCATENATED MODULE: ./src/config/processes.ts
/**
 * `[processes]` in a user's fly.toml. Once it has an entry, flyctl requires every service to
 * name the process groups it runs on, and fails the deploy otherwise ("App configuration is not
 * valid": fly-platform.md §3, flyctl:internal/appconfig/validation.go:149-175). The services the
 * action adds belong to the group that runs the server.
 */


/** The [processes] group names; none when the file has no (or an empty) [processes]. */
function processGroupsOf(config) {
    return Object.keys((0,config_ports/* asTable */.fO)(config.processes) ?? {});
}
/** The groups a service names in its `processes` (flyctl reads an array of strings). */
function groupsOfService(service) {
    return Array.isArray(service.processes) ? service.processes.map(String) : [];
}
/**
 * The group that runs the server, for the services the action adds: the only group, else the
 * one group that the file's own UDP and raw TCP services name. Several groups and nothing that
 * says which is an error naming the fix, raised before anything changes on Fly. Undefined when
 * the file has no [processes] (then services need no `processes`).
 */
function serverProcessGroup(config, source) {
    const groups = processGroupsOf(config);
    if (groups.length <= 1)
        return groups[0];
    const named = new Set((0,config_ports/* servicesOf */.Yj)(config)
        .filter((service) => !(0,config_ports/* isHttpService */.yU)(service))
        .flatMap(groupsOfService)
        .filter((group) => groups.includes(group)));
    if (named.size === 1)
        return [...named][0];
    const which = named.size === 0
        ? 'none of its UDP or TCP services says which of them runs the server'
        : `its UDP and TCP services name several of them (${[...named].join(', ')})`;
    throw new errors/* InputError */.dz('config', `${source} defines the process groups ${groups.join(', ')}, and ${which}; Fly requires every service to name its group, so the action cannot attach the services it adds. Name the server's group on one of your [[services]], or keep one [processes] entry`, `processes = ["${groups[0]}"] in the [[services]] of your TURN server`);
}
/** Attaches services to a group (what flyctl requires once [processes] has an entry). */
function attachToGroup(services, group) {
    if (group === undefined)
        return;
    for (const service of services)
        service.processes = [group];
}

;// CONCATENATED MODULE: ./src/config/tls-ports.ts
/**
 * TURN over TLS on Fly's edge (fly-platform.md §2): `handlers = ["tls"]` ports on the TCP service
 * of the TURN port. Fly terminates TLS with its certificate for <app>.fly.dev and forwards plain
 * TCP to internal_port, where the server's ordinary TCP listener answers, so the image needs no
 * certificate and coturn keeps --no-tls. Corporate networks that let out only TCP 443 reach it as
 * `turns:<app>.fly.dev:443?transport=tcp`.
 */


/**
 * ALPN: RFC 7443's `stun.turn` for clients that offer only that, and `http/1.1` for those that
 * offer an HTTP protocol (browsers send none); TLS 1.2 and 1.3, all Fly's proxy speaks.
 */
const TURN_TLS_OPTIONS = {
    alpn: ['stun.turn', 'http/1.1'],
    versions: ['TLSv1.2', 'TLSv1.3']
};
const tls_ports_EXAMPLE = '443, 5349';
function tlsEntry(port) {
    return {
        port,
        handlers: ['tls'],
        tls_options: { alpn: [...TURN_TLS_OPTIONS.alpn], versions: [...TURN_TLS_OPTIONS.versions] }
    };
}
/** Every public TCP port of the config except the TLS ports of `turnService`, with its owner. */
function otherTcpPorts(config, turnService) {
    const taken = new Map();
    const httpService = (0,config_ports/* tablesIn */.N$)(config.http_service)[0];
    if (httpService)
        for (const port of [80, 443])
            taken.set(port, 'the HTTP service');
    for (const service of (0,config_ports/* servicesOf */.Yj)(config)) {
        if ((0,config_ports/* protocolOf */.AT)(service) !== 'tcp')
            continue;
        for (const entry of (0,config_ports/* tablesIn */.N$)(service.ports)) {
            if (service === turnService && (0,config_ports/* portKindOf */.h2)(entry) === 'tls')
                continue;
            const range = (0,config_ports/* entryRange */.qK)(entry);
            if (!range)
                continue;
            const kind = (0,config_ports/* isHttpService */.yU)(service) ? 'HTTP' : 'TCP';
            const owner = `the ${kind} service on internal_port ${String(service.internal_port)}`;
            for (let port = range.start; port <= range.end; port++)
                taken.set(port, owner);
        }
    }
    return taken;
}
/**
 * Puts `ports` on the TCP service whose internal_port is `turnPort`, replacing the TLS ports it
 * had; an empty list (`tls-ports: none`) removes them. Undefined leaves the config as it is. A
 * preset's default (`explicit` false) applies only where TCP reaches the TURN port; ports the
 * user asked for fail without it.
 */
function applyTlsPorts(config, ports, turnPort, explicit) {
    if (ports === undefined)
        return;
    const turnService = (0,config_ports/* servicesOf */.Yj)(config).find((s) => (0,config_ports/* protocolOf */.AT)(s) === 'tcp' && (0,config_ports/* toPort */.zE)(s.internal_port) === turnPort);
    if (!turnService) {
        if (ports.length === 0 || !explicit)
            return;
        throw new errors/* InputError */.dz('tls-ports', `Fly's TLS handler forwards plain TCP to the TURN port ${turnPort}, and no TCP service has internal_port = ${turnPort}: expose it with 'tcp-ports' (or set 'tls-ports: none')`, 'none');
    }
    const taken = otherTcpPorts(config, turnService);
    for (const port of ports) {
        const owner = taken.get(port);
        if (owner) {
            throw new errors/* InputError */.dz('tls-ports', `port ${port} is already used by ${owner}`, tls_ports_EXAMPLE);
        }
    }
    const kept = (0,config_ports/* tablesIn */.N$)(turnService.ports).filter((entry) => (0,config_ports/* portKindOf */.h2)(entry) !== 'tls');
    turnService.ports = [...kept, ...[...new Set(ports)].map(tlsEntry)];
}

;// CONCATENATED MODULE: ./src/config/render.ts
/**
 * Renders a fly.toml the way a person writes one: top-level keys first in Fly's usual order,
 * plain integers, short arrays on one line and long ones (commands) one element per line, one
 * blank line between tables. The output parses back (smol-toml) to an equal object.
 */


const WIDTH = 100;
/** Small tables written inline, the way Fly's docs write them. */
const INLINE_TABLES = new Set(['services.ports.tls_options']);
const HEADER = "# fly.toml rendered by fly-webrtc-deploy. Change the action's inputs or your own fly.toml,\n" +
    '# not this file: it is rebuilt on every run.\n';
/** Preferred key order per table; keys not listed keep their order after the listed ones. */
const ORDER = {
    '': [
        'app',
        'primary_region',
        'kill_signal',
        'kill_timeout',
        'swap_size_mb',
        'console_command',
        'build',
        'env',
        'experimental',
        'deploy',
        'processes',
        'http_service',
        'services',
        'checks',
        'mounts',
        'vm'
    ],
    services: [
        'protocol',
        'internal_port',
        'processes',
        'auto_stop_machines',
        'auto_start_machines',
        'min_machines_running',
        'ports',
        'concurrency',
        'tcp_checks',
        'http_checks'
    ],
    'services.ports': ['port', 'start_port', 'end_port', 'handlers', 'force_https', 'tls_options'],
    vm: ['size', 'memory', 'memory_mb', 'cpus', 'cpu_kind', 'processes']
};
function orderedKeys(table, path) {
    const keys = Object.keys(table).filter((k) => table[k] !== undefined && table[k] !== null);
    const preferred = ORDER[path] ?? [];
    const rank = (k) => {
        const i = preferred.indexOf(k);
        return i === -1 ? preferred.length : i;
    };
    return keys
        .map((k, i) => ({ k, i }))
        .sort((a, b) => rank(a.k) - rank(b.k) || a.i - b.i)
        .map(({ k }) => k);
}
function render_formatKey(key) {
    return /^[A-Za-z0-9_-]+$/.test(key) ? key : JSON.stringify(key);
}
function isTableArray(value) {
    return Array.isArray(value) && value.length > 0 && value.every((v) => (0,config_ports/* asTable */.fO)(v) !== undefined);
}
/** One scalar or inline value, formatted by smol-toml so escaping follows the TOML spec. */
function formatScalar(value) {
    return stringify({ v: value }).slice('v = '.length).trimEnd();
}
function formatValue(value, prefix) {
    const table = (0,config_ports/* asTable */.fO)(value);
    if (table && !(value instanceof Date)) {
        const pairs = Object.entries(table).map(([k, v]) => `${render_formatKey(k)} = ${formatValue(v, '')}`);
        return pairs.length === 0 ? '{}' : `{ ${pairs.join(', ')} }`;
    }
    if (!Array.isArray(value))
        return formatScalar(value);
    const items = value.map((v) => formatValue(v, ''));
    const oneLine = `[${items.join(', ')}]`;
    if (items.length < 2 || prefix.length + oneLine.length <= WIDTH)
        return oneLine;
    return `[\n${items.map((item) => `  ${item},`).join('\n')}\n]`;
}
/** Renders one table: its header, its plain keys, then its sub-tables as separate blocks. */
function renderTable(table, header, path, blocks) {
    const lines = [];
    const nested = [];
    const orderPath = path.join('.');
    for (const key of orderedKeys(table, orderPath)) {
        const value = table[key];
        const childPath = [...path, key];
        const childHeader = childPath.map(render_formatKey).join('.');
        const child = (0,config_ports/* asTable */.fO)(value);
        if (isTableArray(value)) {
            nested.push(() => {
                for (const element of value)
                    renderTable(element, `[[${childHeader}]]`, childPath, blocks);
            });
        }
        else if (child && !INLINE_TABLES.has(childPath.join('.'))) {
            nested.push(() => renderTable(child, `[${childHeader}]`, childPath, blocks));
        }
        else {
            const prefix = `${render_formatKey(key)} = `;
            lines.push(prefix + formatValue(value, prefix));
        }
    }
    // A table with only sub-tables needs no header of its own, except an element of an array of
    // tables (its header is what creates the element) or an empty table (`[env]` with no keys).
    const needsHeader = header !== undefined && (lines.length > 0 || nested.length === 0 || header.startsWith('[['));
    if (needsHeader)
        lines.unshift(header);
    if (lines.length > 0)
        blocks.push(lines.join('\n'));
    for (const render of nested)
        render();
}
function renderToml(config) {
    const blocks = [];
    renderTable(config, undefined, [], blocks);
    return `${HEADER}\n${blocks.join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/config/fly-toml.ts
/**
 * Builds the fly.toml for one deploy from three layers, lowest first:
 *   1. the preset (its ports, image, VM and its own fragment: command, env, kill signal),
 *   2. the user's own fly.toml (the `config` input; parsed, never modified),
 *   3. the action's inputs (app, region, image, env, ports, VM).
 * A higher layer wins key by key; services are replaced per protocol only when that protocol's
 * port input is given. docs/presets.md spells the rules out.
 */









/** The STUN/TURN port (RFC 8489 §18.6) a TLS port forwards to when the request names none. */
const DEFAULT_TURN_PORT = 3478;
/** Parses a user's fly.toml into plain objects; a syntax error names the file, row and column. */
function parseFlyToml(text, source = 'fly.toml') {
    try {
        return structuredClone(parse(text));
    }
    catch (error) {
        // The first line only: the code block smol-toml appends would repeat the user's file in logs.
        const detail = error instanceof TomlError
            ? `${error.message.split('\n')[0]} (line ${error.line}, column ${error.column})`
            : String(error);
        throw new errors/* ActionError */.lZ('config', `${source} is not valid TOML: ${detail}`, {
            hint: "Fix the file named by the 'config' input; `flyctl config validate` shows the same error.",
            cause: error
        });
    }
}
function checkRanges(input, ranges) {
    for (const range of ranges ?? []) {
        const valid = Number.isInteger(range.start) &&
            Number.isInteger(range.end) &&
            range.start >= 1 &&
            range.end <= 65535 &&
            range.start <= range.end;
        if (!valid) {
            throw new errors/* InputError */.dz(input, `invalid port or range ${range.start}-${range.end}`, '3478, 50000-50099');
        }
    }
}
/**
 * A secret's name in `env` would write its value into fly.toml. Whether the preset's required
 * secrets exist is checked by the pipeline (config/secrets.ts): one may be stored on the app.
 */
function checkSecretsStayOutOfEnv(req, preset) {
    for (const name of Object.keys(req.env)) {
        if (req.secretNames.includes(name) || preset?.requiredSecrets.includes(name)) {
            throw new errors/* InputError */.dz('env', `${name} is a secret: pass it only in the secrets input, env values are written to fly.toml`, 'FJ_LOG_LEVEL=info');
        }
    }
}
/** Fills `target` with the keys of `defaults` it lacks, recursing into tables (key by key). */
function underlay(target, defaults) {
    for (const [key, value] of Object.entries(defaults)) {
        const existing = (0,config_ports/* asTable */.fO)(target[key]);
        const incoming = (0,config_ports/* asTable */.fO)(value);
        if (target[key] === undefined)
            target[key] = structuredClone(value);
        else if (existing && incoming)
            underlay(existing, incoming);
    }
}
/**
 * The services after layering: for UDP, non-HTTP TCP and HTTP separately, the port input wins,
 * else the user's file's services of that kind, else the preset's ports.
 */
function layerServices(config, req, preset) {
    const fileServices = (0,config_ports/* servicesOf */.Yj)(config);
    const isUdp = (s) => (0,config_ports/* protocolOf */.AT)(s) === 'udp';
    const isPlainTcp = (s) => (0,config_ports/* protocolOf */.AT)(s) === 'tcp' && !(0,config_ports/* isHttpService */.yU)(s);
    const hasFileUdp = fileServices.some(isUdp);
    const hasFileTcp = fileServices.some(isPlainTcp);
    const httpTable = (0,config_ports/* asTable */.fO)(config.http_service);
    const fileHttp = fileServices.find(config_ports/* isHttpService */.yU);
    const kept = fileServices.filter((s) => !(isUdp(s) && req.udpPorts !== undefined) && !(isPlainTcp(s) && req.tcpPorts !== undefined));
    const added = [];
    if (req.httpPort !== undefined) {
        if (httpTable)
            httpTable.internal_port = req.httpPort;
        else if (fileHttp)
            fileHttp.internal_port = req.httpPort;
        else
            added.push((0,config_ports/* httpService */.mO)(req.httpPort));
    }
    else if (!httpTable && !fileHttp && preset?.httpPort !== undefined) {
        added.push((0,config_ports/* httpService */.mO)(preset.httpPort));
    }
    const udp = req.udpPorts ?? (hasFileUdp ? [] : (preset?.udpPorts ?? []));
    added.push(...udp.map(config_ports/* udpService */.Vr));
    const tcp = req.tcpPorts ?? (hasFileTcp ? [] : (preset?.tcpPorts ?? []));
    added.push(...tcp.map((range) => (0,config_ports/* tcpService */.TQ)(range, preset?.tcpChecks ?? false)));
    // With [processes], the added services run where the server runs (see processes.ts).
    if (added.length > 0) {
        attachToGroup(added, serverProcessGroup(config, req.baseTomlPath ?? 'fly.toml'));
    }
    const services = [...kept, ...added];
    if (services.length > 0)
        config.services = services;
    else
        delete config.services;
}
const SIZING = ['size', 'memory', 'memory_mb', 'cpus', 'cpu_kind'];
function vmTable(vm) {
    const table = {};
    if (vm.size !== undefined)
        table.size = vm.size;
    if (vm.memory !== undefined)
        table.memory = vm.memory;
    if (vm.cpus !== undefined)
        table.cpus = vm.cpus;
    if (vm.cpuKind !== undefined)
        table.cpu_kind = vm.cpuKind;
    return table;
}
/**
 * `upper` wins. A `size` in the upper layer is a complete machine size, so the lower layer's
 * sizing (memory, cpus, cpu kind) is dropped instead of silently overriding the chosen size;
 * likewise a memory given above replaces both memory spellings below.
 */
function layerVm(lower, upper) {
    const base = { ...lower };
    if (upper.size !== undefined)
        for (const key of SIZING)
            delete base[key];
    if (upper.memory !== undefined || upper.memory_mb !== undefined) {
        delete base.memory;
        delete base.memory_mb;
    }
    return { ...base, ...upper };
}
function layerVms(config, req, preset) {
    const presetVm = preset ? vmTable(preset.vm) : {};
    const inputVm = vmTable(req.vm);
    const fileVms = (0,config_ports/* tablesIn */.N$)(config.vm);
    const vms = (fileVms.length > 0 ? fileVms : [{}]).map((fileVm) => layerVm(layerVm(presetVm, fileVm), inputVm));
    if (vms.some((vm) => Object.keys(vm).length > 0))
        config.vm = vms;
    else
        delete config.vm;
}
/** A Dockerfile may also be a URL, which flyctl fetches as it is. */
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
/**
 * The user's paths, made absolute from their fly.toml's directory (where `fly deploy` next to it
 * would find them): `[build] dockerfile`/`ignorefile`, which flyctl joins onto the config file's
 * directory, and `[[files]] local_path`, which flyctl reads from its working directory
 * (fly-platform.md §3). The rendered file lives elsewhere; relativeBuildPaths finishes the job
 * once its directory is known.
 */
function anchorUserPaths(config, baseTomlPath) {
    if (baseTomlPath === undefined)
        return;
    const base = external_node_path_default().dirname(external_node_path_default().resolve(baseTomlPath));
    const anchor = (table, key) => {
        const value = table?.[key];
        if (table && typeof value === 'string' && value !== '' && !URL_LIKE.test(value)) {
            table[key] = external_node_path_default().resolve(base, value);
        }
    };
    const build = (0,config_ports/* asTable */.fO)(config.build);
    anchor(build, 'dockerfile');
    anchor(build, 'ignorefile');
    for (const file of (0,config_ports/* tablesIn */.N$)(config.files))
        anchor(file, 'local_path');
}
/**
 * flyctl joins `[build] dockerfile` and `ignorefile` onto the config file's directory even when
 * they are absolute (flyctl:internal/command/deploy/deploy_build.go:292-328), so in the rendered
 * file they are written relative to the directory it is written to.
 */
function relativeBuildPaths(config, directory) {
    const build = (0,config_ports/* asTable */.fO)(config.build);
    for (const key of ['dockerfile', 'ignorefile']) {
        const value = build?.[key];
        if (build && typeof value === 'string' && external_node_path_default().isAbsolute(value)) {
            build[key] = external_node_path_default().relative(directory, value) || '.';
        }
    }
}
function buildConfig(req) {
    const preset = presetFor(req.preset);
    checkRanges('udp-ports', req.udpPorts);
    checkRanges('tcp-ports', req.tcpPorts);
    if (req.httpPort !== undefined)
        checkRanges('http-port', [{ start: req.httpPort, end: req.httpPort }]);
    checkSecretsStayOutOfEnv(req, preset);
    const config = req.baseToml === undefined ? {} : parseFlyToml(req.baseToml, req.baseTomlPath ?? 'fly.toml');
    layerServices(config, req, preset);
    // Read back from the services just layered, since the user's file may contribute some.
    const ports = {
        udp: (0,config_ports/* rangesOf */.wA)(config, 'udp'),
        tcp: (0,config_ports/* rangesOf */.wA)(config, 'tcp'),
        http: (0,config_ports/* httpInternalPortOf */.Ie)(config)
    };
    const env = { ...(0,config_ports/* asTable */.fO)(config.env), ...req.env };
    if (Object.keys(env).length > 0)
        config.env = env;
    if (preset)
        underlay(config, preset.fragment(ports, config));
    const turnPort = req.turnPort ?? DEFAULT_TURN_PORT;
    applyTlsPorts(config, req.tlsPorts ?? preset?.tlsPorts, turnPort, req.tlsPorts !== undefined);
    config.app = req.app;
    config.primary_region = req.region;
    anchorUserPaths(config, req.baseTomlPath);
    const build = (0,config_ports/* asTable */.fO)(config.build);
    const fileImage = typeof build?.image === 'string' ? build.image : undefined;
    const image = req.image ?? preset?.image ?? fileImage;
    if (image !== undefined)
        config.build = { ...build, image };
    layerVms(config, req, preset);
    const udpRanges = (0,config_ports/* rangesOf */.wA)(config, 'udp');
    const tcpRanges = (0,config_ports/* rangesOf */.wA)(config, 'tcp');
    return {
        config,
        image,
        udpRanges,
        tcpRanges,
        udpPorts: (0,config_ports/* expandRanges */.hL)(udpRanges),
        tcpPorts: (0,config_ports/* expandRanges */.hL)(tcpRanges),
        tlsPorts: (0,config_ports/* tlsPortsOf */.tX)(config, turnPort),
        httpPort: (0,config_ports/* httpInternalPortOf */.Ie)(config)
    };
}
/** Ports as a person reads them in a log line: `udp 3478, 50000-50099; tcp 3478; http 8080`. */
function describePorts(config) {
    const parts = [
        `udp ${rangesOf(config, 'udp').map(formatPortRange).join(', ') || 'none'}`,
        `tcp ${rangesOf(config, 'tcp').map(formatPortRange).join(', ') || 'none'}`
    ];
    const tls = tlsPortsOf(config);
    if (tls.length > 0)
        parts.push(`tls ${tls.join(', ')}`);
    const http = httpInternalPortOf(config);
    if (http !== undefined)
        parts.push(`http ${http}`);
    return parts.join('; ');
}

;// CONCATENATED MODULE: ./src/config/presets/turnserver-args.ts
/**
 * turnserver's command line as coturn reads it: GNU getopt_long over the short options
 * "c:d:p:L:E:X:i:m:l:r:u:b:B:e:M:J:N:O:q:Q:s:C:K:A:vVofhznaS" and the long_options table of
 * src/apps/relay/mainrelay.c (coturn/coturn@8024aa63). So `-nz` is `-n -z`, `--no-auth=1` is
 * `-z`, `--lt-cred` is `--lt-cred-mech` (a unique prefix), a required value may follow in the
 * next word, an optional one only after `=`, and `--` ends the options.
 */
/** Long options taking a value, which may be the next word. */
const REQUIRED = 'listening-device listening-port tls-listening-port alt-listening-port alt-tls-listening-port tcp-proxy-port listening-ip relay-device relay-ip external-ip relay-threads min-port max-port sock-buf-size user userdb db psql-userdb sql-userdb mysql-userdb mongo-userdb redis-userdb redis-statsdb prometheus-port prometheus-address prometheus-path prometheus-cert prometheus-key static-auth-secret realm server-name user-quota total-quota max-bps bps-capacity cert pkey pkey-pwd log-file log-min-level new-log-timestamp-format aux-server alternate-server tls-alternate-server tcp-alternate-server udp-alternate-server rest-api-separator max-allocate-timeout drain-min-allocations allowed-peer-ip denied-peer-ip cipher-list pidfile CA-file dh-file proc-user proc-group cli-ip cli-port cli-password web-admin-ip web-admin-port cli-max-output-sessions ec-curve-name secret-key-file allocation-default-address-family acme-redirect multiplex-peer-port multiplex-peer-max-peers syslog-facility cpus stateless-nonce-secret';
/** Long options whose value, if any, follows `=`. */
const OPTIONAL = 'lt-cred-mech no-auth prometheus prometheus-username-labels prometheus-tls use-auth-secret no-auth-pings no-dynamic-ip-list no-dynamic-realms oauth verbose Verbose daemon no-software-attribute software-attribute fingerprint check-origin-consistency no-udp no-tcp no-tls dtls no-dtls no-udp-relay no-tcp-relay stale-nonce max-allocate-lifetime channel-lifetime permission-lifetime stun-only no-stun raw-public-keys no-stdout-log syslog simple-log new-log-timestamp udp-self-balance no-multicast-peers allow-loopback-peers secure-stun mobility no-cli cli web-admin web-admin-listen-on-workers server-relay dh566 dh1066 tlsv1 tlsv1_1 no-tlsv1_2 keep-address-family log-binding no-rfc5780 rfc5780 stun-backward-compatibility rfc5766-channel-numbers rfc3489-compatibility response-origin-only-with-rfc5780 respond-http-unsupported drop-invalid-packets drop-invalid-packets-log udp-recvmmsg udp-recvmmsg-log udp-sendmmsg-log udp-gso include-reason-string version unauthorized-ratelimit unauthorized-ratelimit-rps stateless-nonce';
const NONE = 'multiplex-peer';
const LONG = new Map([
    ...REQUIRED.split(' ').map((name) => [name, 'required']),
    ...OPTIONAL.split(' ').map((name) => [name, 'optional']),
    [NONE, 'none']
]);
/** Short letters and the long option each stands for (`-c` and `-n` have no long form). */
const SHORT = {
    A: 'allocation-default-address-family',
    B: 'bps-capacity',
    C: 'rest-api-separator',
    E: 'relay-ip',
    J: 'mongo-userdb',
    K: 'keep-address-family',
    L: 'listening-ip',
    M: 'mysql-userdb',
    N: 'redis-userdb',
    O: 'redis-statsdb',
    Q: 'total-quota',
    S: 'stun-only',
    V: 'Verbose',
    X: 'external-ip',
    a: 'lt-cred-mech',
    b: 'userdb',
    c: '-c',
    d: 'listening-device',
    e: 'psql-userdb',
    f: 'fingerprint',
    h: '-h',
    i: 'relay-device',
    l: 'log-file',
    m: 'relay-threads',
    n: '-n',
    o: 'daemon',
    p: 'listening-port',
    q: 'user-quota',
    r: 'realm',
    s: 'max-bps',
    u: 'user',
    v: 'verbose',
    z: 'no-auth'
};
const SHORT_WITH_VALUE = new Set('cdpLEXimlrubBeMJNOqQsCKA'.split(''));
/** The options of a turnserver argv, in order; words that are not options are skipped. */
function readTurnserverArgs(args) {
    const options = [];
    for (let i = 0; i < args.length; i++) {
        const word = args[i];
        if (word === '--')
            break;
        if (word.startsWith('--')) {
            const equals = word.indexOf('=');
            const name = longName(word.slice(2, equals < 0 ? undefined : equals));
            if (name === undefined)
                continue;
            const kind = LONG.get(name);
            let value = equals < 0 ? undefined : word.slice(equals + 1);
            if (value === undefined && kind === 'required' && i + 1 < args.length)
                value = args[++i];
            options.push({ name, value, spelling: word });
        }
        else if (word.startsWith('-') && word.length > 1) {
            i = readShortCluster(args, i, options);
        }
    }
    return options;
}
/** The exact long option, or the one option the text is a prefix of (getopt_long's rule). */
function longName(text) {
    if (LONG.has(text))
        return text;
    const matches = [...LONG.keys()].filter((name) => name.startsWith(text));
    return text !== '' && matches.length === 1 ? matches[0] : undefined;
}
function readShortCluster(args, at, out) {
    const word = args[at];
    for (let j = 1; j < word.length; j++) {
        const letter = word[j];
        const name = SHORT[letter];
        if (name === undefined)
            continue;
        if (!SHORT_WITH_VALUE.has(letter)) {
            out.push({ name, spelling: `-${letter}` });
            continue;
        }
        const glued = word.slice(j + 1);
        if (glued !== '')
            out.push({ name, value: glued, spelling: word });
        else if (at + 1 < args.length)
            out.push({ name, value: args[++at], spelling: word });
        return at;
    }
    return at;
}
/** coturn's get_bool_value: no value, or one starting 1-9, y, t, `on`, is true. */
function turnserverBool(value) {
    if (value === undefined || value === '')
        return true;
    if (/^[0nNfF]/.test(value) || ['off', 'OFF', 'Off'].includes(value))
        return false;
    return true;
}

;// CONCATENATED MODULE: ./src/config/lint/rule.ts
/**
 * What a lint rule is, and the readers several rules share. A rule reads the rendered config and
 * returns findings; it never throws, so one run reports every pitfall at once.
 */

const FLY_GLOBAL_SERVICES = 'fly-global-services';
const error = (key, message) => ({
    severity: 'error',
    key,
    message
});
const warning = (key, message) => ({
    severity: 'warning',
    key,
    message
});
/** Every command in the config as argv; [processes] strings are split as flyctl does (shlex). */
function commandsOf(config) {
    const commands = [];
    const experimental = (0,config_ports/* asTable */.fO)(config.experimental);
    for (const field of ['cmd', 'entrypoint', 'exec']) {
        const value = experimental?.[field];
        if (Array.isArray(value))
            commands.push({ key: `experimental.${field}`, args: value.map(String) });
        else if (typeof value === 'string')
            commands.push({ key: `experimental.${field}`, args: [value] });
    }
    for (const [name, value] of Object.entries((0,config_ports/* asTable */.fO)(config.processes) ?? {})) {
        const args = Array.isArray(value) ? value.map(String) : String(value).trim().split(/\s+/);
        commands.push({ key: `processes.${name}`, args });
    }
    return commands;
}
/** A TOML value as a person reads it: strings bare, anything else as TOML/JSON would show it. */
function rule_text(value) {
    return typeof value === 'string' ? value : JSON.stringify(value);
}
/** The [build] image, lowercased, or '' when the config builds from source. */
function imageOf(config) {
    const image = (0,config_ports/* asTable */.fO)(config.build)?.image;
    return typeof image === 'string' ? image.toLowerCase() : '';
}
function envOf(config) {
    return (0,config_ports/* asTable */.fO)(config.env) ?? {};
}
/** Whether the ranges together cover every port of `wanted`. */
function coveredBy(ranges, wanted) {
    // Merge adjacent exposed ranges so 50000-50049 + 50050-50099 covers 50000-50099.
    let next = wanted.start;
    for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
        if (r.start <= next && r.end >= next)
            next = r.end + 1;
        if (next > wanted.end)
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/config/presets/coturn-lint.ts
/**
 * Lint rules for a coturn server: what presets/coturn.ts writes, checked in any config that runs
 * turnserver (the preset's, or a user's own command). See docs/presets.md for why each flag.
 */




/** Values of a turnserver option, by its long name, in the order given. */
function optionValues(options, name) {
    return options
        .filter((o) => o.name === name && o.value !== undefined)
        .map((o) => o.value);
}
/** Whether the option is in effect: given, and its last value is not a false boolean. */
function optionOn(options, name) {
    const last = options.filter((o) => o.name === name).at(-1);
    return last !== undefined && turnserverBool(last.value);
}
const TURNSERVER_FLAG = /^--(listening-ip|relay-ip|external-ip|realm|min-port|static-auth-secret|lt-cred-mech|use-auth-secret)\b/;
/**
 * The command that runs turnserver: the one naming it or passing its flags, else the first
 * command of a coturn image (whose entrypoint is turnserver).
 */
function findTurnserverCommand(config) {
    const commands = commandsOf(config);
    const byFlags = commands.find((c) => c.args.some((a) => a.includes('turnserver') || TURNSERVER_FLAG.test(a)));
    if (byFlags)
        return byFlags;
    return imageOf(config).includes('coturn')
        ? (commands[0] ?? { key: 'experimental.cmd', args: [] })
        : undefined;
}
const externalIp = ({ key, args, options, udp, usesConfigFile }) => {
    if (args.some((a) => a.includes('detect-external-ip'))) {
        return [
            warning(key, `${key} uses detect-external-ip, which reports Fly's egress address, not the app's dedicated IPv4; TURN clients then get an unreachable relayed address. Write "--external-ip={ipv4}".`)
        ];
    }
    if (udp.length > 0 && optionValues(options, 'external-ip').length === 0 && !usesConfigFile) {
        return [
            warning(key, `${key} has no --external-ip, so coturn announces its private fly-global-services address as the relayed address. Add "--external-ip={ipv4}".`)
        ];
    }
    return [];
};
/** UDP sockets (listening and relay) must bind fly-global-services; TCP cannot bind there. */
const listeningAndRelayIps = ({ key, options, udp, tcp, usesConfigFile }) => {
    const findings = [];
    const listening = optionValues(options, 'listening-ip');
    const relay = optionValues(options, 'relay-ip');
    const listeningUnknown = usesConfigFile && listening.length === 0;
    if (udp.length > 0 && !listeningUnknown) {
        if (!listening.includes(FLY_GLOBAL_SERVICES)) {
            findings.push(error(key, `${key} does not listen on fly-global-services (listening IPs: ${listening.join(', ') || 'all'}); on Fly a UDP socket must bind fly-global-services or its replies leave from the wrong address. Add "--listening-ip=fly-global-services".`));
        }
        if (relay.length === 0 || relay.some((ip) => ip !== FLY_GLOBAL_SERVICES)) {
            findings.push(error(key, `${key} relays from ${relay.join(', ') || 'its listening IPs'}; relay sockets are UDP and must bind fly-global-services. Write "--relay-ip=fly-global-services" (and no other --relay-ip).`));
        }
    }
    if (listeningUnknown) {
        findings.push(warning(key, `${key} reads a turnserver config file, so its listening IP cannot be checked here. Make sure it sets listening-ip=fly-global-services and relay-ip=fly-global-services.`));
    }
    if (tcp.length > 0 &&
        listening.length > 0 &&
        listening.every((ip) => ip === FLY_GLOBAL_SERVICES)) {
        findings.push(warning(key, `${key} listens only on fly-global-services, but TCP is exposed and TCP cannot bind there on Fly. Add "--listening-ip=0.0.0.0" for the TCP listener.`));
    }
    return findings;
};
/**
 * How coturn authenticates, read as mainrelay.c does: in option order, -a/--lt-cred-mech and
 * -z/--no-auth set their flag from their boolean value, --use-auth-secret and
 * --static-auth-secret turn long-term credentials on whatever their value, -u/--user adds users.
 * After the options: both flags on means coturn exits ("-a and -z options cannot be used
 * together"); users without -a turn it on; neither leaves no authentication at all.
 */
function authenticationOf(options) {
    let longTerm = false;
    let anonymous = false;
    let users = false;
    for (const { name, value } of options) {
        if (name === 'lt-cred-mech')
            longTerm = turnserverBool(value);
        else if (name === 'no-auth')
            anonymous = turnserverBool(value);
        else if (name === 'use-auth-secret' || name === 'static-auth-secret')
            longTerm = true;
        else if (name === 'user')
            users = true;
    }
    return { refusesToStart: longTerm && anonymous, anonymous, open: !longTerm && !users };
}
const OPEN_RELAY_FIX = 'Add "--use-auth-secret" and "--static-auth-secret=$AUTH_SECRET" (with AUTH_SECRET in the secrets input), or, if an open relay is really what you want, set the input allow-open-relay: true.';
/** A public TURN server without authentication is an open door; -z with -a does not start. */
const authentication = (server) => {
    const { key, options, usesConfigFile, allowOpenRelay } = server;
    const auth = authenticationOf(options);
    const findings = [];
    if (auth.refusesToStart) {
        findings.push(error(key, `${key} has --no-auth (-z) next to authentication (--lt-cred-mech, --use-auth-secret or --static-auth-secret): coturn refuses to start with both ("-a and -z options cannot be used together"). Remove --no-auth.`));
    }
    else if ((auth.anonymous || auth.open) && !(usesConfigFile && !auth.anonymous)) {
        const why = auth.anonymous
            ? 'has --no-auth (-z), which makes coturn an open relay'
            : 'sets no authentication, which makes coturn an open relay';
        const finding = allowOpenRelay ? warning : error;
        findings.push(finding(key, `${key} ${why}: anyone can relay traffic through it, on your bill. ${allowOpenRelay ? '(allowed by allow-open-relay: true)' : OPEN_RELAY_FIX}`));
    }
    for (const value of optionValues(options, 'static-auth-secret')) {
        if (!value.includes('$')) {
            findings.push(warning(key, `${key} has the TURN secret written into the command, so it lands in fly.toml and the logs. Write "--static-auth-secret=$AUTH_SECRET" and pass AUTH_SECRET in the secrets input.`));
        }
    }
    if (optionOn(options, 'allow-loopback-peers')) {
        findings.push(warning(key, `${key} has --allow-loopback-peers, which lets clients relay into the machine itself; it is for local tests only. Remove it.`));
    }
    return findings;
};
/** Every relay port coturn hands out must be exposed, or allocations fail at random. */
const relayRange = ({ key, options, udp }) => {
    const minPort = optionValues(options, 'min-port').map(Number)[0];
    const maxPort = optionValues(options, 'max-port').map(Number)[0];
    // A NaN bound (a non-numeric value) fails `<=`, so it is skipped like a missing one.
    const known = minPort !== undefined && maxPort !== undefined && minPort <= maxPort;
    if (udp.length === 0 || !known)
        return [];
    const range = { start: minPort, end: maxPort };
    if (coveredBy(udp, range))
        return [];
    const listeningPort = optionValues(options, 'listening-port')[0] ?? '3478';
    return [
        warning(key, `${key} relays on UDP ${(0,types/* formatPortRange */.QM)(range)}, which the UDP services do not all expose (${udp.map(types/* formatPortRange */.QM).join(', ')}). Expose the same range: udp-ports: ${listeningPort}, ${(0,types/* formatPortRange */.QM)(range)}.`)
    ];
};
const TURNSERVER_CHECKS = [
    externalIp,
    listeningAndRelayIps,
    authentication,
    relayRange
];
const coturnRules = (config, ctx) => {
    const command = findTurnserverCommand(config);
    if (!command)
        return [];
    const server = {
        ...command,
        options: readTurnserverArgs(command.args),
        udp: (0,config_ports/* rangesOf */.wA)(config, 'udp'),
        tcp: (0,config_ports/* rangesOf */.wA)(config, 'tcp'),
        // coturn looks for `-c` and `-n` word by word (mainrelay.c read_config_file).
        usesConfigFile: command.args.includes('-c') && !command.args.includes('-n'),
        allowOpenRelay: ctx.allowOpenRelay === true
    };
    return TURNSERVER_CHECKS.flatMap((check) => check(server));
};

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
;// CONCATENATED MODULE: ./src/config/presets/fishjam-lint.ts
/**
 * Lint rules for a Fishjam server: what presets/fishjam.ts derives (FJ_PORT, the TURN IP and
 * listening IP, the per-peer port range), checked in any config that runs Fishjam (the preset's,
 * or a user's own file, such as fishjam-docs' Fly sample).
 */




/** Fishjam's own defaults, which apply when the variable is not set. */
const DEFAULT_PORT = 8080;
const DEFAULT_TURN_PORT_RANGE = '50000-59999';
function isFishjam(config) {
    const image = imageOf(config);
    return (image.includes('fishjam') ||
        image.includes('jellyfish') ||
        Object.keys(envOf(config)).some((k) => k.startsWith('FJ_')));
}
/** FJ_PORT is where Fishjam listens; Fly's HTTP service must send requests there. */
function fjPortFindings(config, env) {
    const http = (0,config_ports/* httpInternalPortOf */.Ie)(config);
    const fjPort = env.FJ_PORT === undefined ? undefined : rule_text(env.FJ_PORT);
    if (fjPort !== undefined && http !== undefined && fjPort !== String(http)) {
        return [
            error('env.FJ_PORT', `FJ_PORT = "${fjPort}" but the HTTP service's internal_port is ${http}; Fly would send requests to a port Fishjam does not listen on. Write FJ_PORT = "${http}".`)
        ];
    }
    if (fjPort === undefined && http !== undefined && http !== DEFAULT_PORT) {
        return [
            error('env.FJ_PORT', `FJ_PORT is not set, so Fishjam listens on ${DEFAULT_PORT}, but the HTTP service's internal_port is ${http}. Add FJ_PORT = "${http}" to [env].`)
        ];
    }
    if (fjPort !== undefined && http === undefined) {
        return [
            warning('env.FJ_PORT', `FJ_PORT = "${fjPort}" but no HTTP service exposes it; Fishjam's API would be unreachable. Add an HTTP service with internal_port = ${fjPort} (input http-port: ${fjPort}).`)
        ];
    }
    return [];
}
/** The TURN sockets bind fly-global-services, and clients are told the dedicated IPv4. */
function turnIpFindings(env) {
    const findings = [];
    const listenIp = env.FJ_WEBRTC_TURN_LISTEN_IP;
    if (listenIp !== FLY_GLOBAL_SERVICES) {
        findings.push(error('env.FJ_WEBRTC_TURN_LISTEN_IP', `FJ_WEBRTC_TURN_LISTEN_IP is ${listenIp === undefined ? 'not set (Fishjam then listens on 127.0.0.1)' : `"${rule_text(listenIp)}"`}; on Fly the TURN sockets must bind fly-global-services. Write FJ_WEBRTC_TURN_LISTEN_IP = "fly-global-services".`));
    }
    const turnIp = env.FJ_WEBRTC_TURN_IP;
    if (turnIp === undefined) {
        findings.push(error('env.FJ_WEBRTC_TURN_IP', 'FJ_WEBRTC_TURN_IP is not set, so Fishjam tells clients to use 127.0.0.1 as TURN server. Write FJ_WEBRTC_TURN_IP = "{ipv4}" (the dedicated IPv4).'));
    }
    else if (!rule_text(turnIp).includes('{') && (0,external_node_net_.isIP)(rule_text(turnIp)) === 0) {
        findings.push(error('env.FJ_WEBRTC_TURN_IP', `FJ_WEBRTC_TURN_IP = "${rule_text(turnIp)}" is not an IP address, and Fishjam refuses to boot with a hostname there. Write FJ_WEBRTC_TURN_IP = "{ipv4}".`));
    }
    return findings;
}
/** Fishjam's per-peer TURN listeners must be reachable through the UDP services. */
function peerPortFindings(config, env) {
    const range = /^(\d+)-(\d+)$/.exec(rule_text(env.FJ_WEBRTC_TURN_PORT_RANGE ?? DEFAULT_TURN_PORT_RANGE));
    if (!range)
        return [];
    const start = Number(range[1]);
    const end = Number(range[2]);
    // Per-peer TURN listeners use the lower half of the range (membrane_ice_plugin).
    const peerPorts = { start, end: start + Math.floor((end - start + 1) / 2) - 1 };
    const udp = (0,config_ports/* rangesOf */.wA)(config, 'udp');
    if (peerPorts.end < peerPorts.start || coveredBy(udp, peerPorts))
        return [];
    return [
        warning('env.FJ_WEBRTC_TURN_PORT_RANGE', `Fishjam opens its per-peer TURN ports in ${(0,types/* formatPortRange */.QM)(peerPorts)} (the lower half of FJ_WEBRTC_TURN_PORT_RANGE = "${start}-${end}"), but the UDP services expose ${udp.map(types/* formatPortRange */.QM).join(', ') || 'nothing'}. Expose the range: udp-ports: ${start}-${end}.`)
    ];
}
const fishjamRules = (config) => {
    if (!isFishjam(config))
        return [];
    const env = envOf(config);
    const portFindings = fjPortFindings(config, env);
    // Without WebRTC, Fishjam opens no TURN sockets, so only its HTTP port matters.
    if (env.FJ_WEBRTC_USED === 'false')
        return portFindings;
    return [...portFindings, ...turnIpFindings(env), ...peerPortFindings(config, env)];
};

;// CONCATENATED MODULE: ./src/config/lint/fly.ts
/**
 * Lint rules about Fly itself, whatever server runs: release_command, service ports, the
 * dedicated IPv4 that UDP needs, auto-stop, the command's shape and secrets in [env].
 */




/** How many UDP ports in one range are worth a warning. */
const WIDE_RANGE = 1000;
const releaseCommand = (config) => {
    const command = (0,config_ports/* asTable */.fO)(config.deploy)?.release_command;
    if (command === undefined)
        return [];
    const shown = Array.isArray(command) ? command.map(rule_text).join(' ') : rule_text(command);
    if (/migrat/i.test(shown)) {
        return [
            error('deploy.release_command', `[deploy] release_command = "${shown}" runs database migrations (fly launch adds it for Phoenix apps); a media/TURN server has no database and the release fails. Delete the release_command line.`)
        ];
    }
    return [
        warning('deploy.release_command', `[deploy] release_command = "${shown}" runs in a temporary machine before every deploy; a TURN/media server rarely needs one. Delete it unless it is yours on purpose.`)
    ];
};
/**
 * UDP ports are not rewritten by Fly, so each public port must be the port the server binds. A
 * range's internal_port is its first port (what the presets write) or anything inside it, or 0,
 * as a real coturn-on-Fly config writes it (fly-platform.md §1; docs/presets.md says why).
 */
function udpServiceFindings(service, key) {
    const findings = [];
    const internal = (0,config_ports/* toPort */.zE)(service.internal_port);
    for (const range of (0,config_ports/* publicRangesOf */.zq)(service)) {
        const matches = range.start === range.end
            ? internal === range.start
            : internal === 0 ||
                (internal !== undefined && internal >= range.start && internal <= range.end);
        if (!matches) {
            findings.push(error(`${key}.internal_port`, `${key} is UDP with internal_port = ${String(service.internal_port)} but public port ${(0,types/* formatPortRange */.QM)(range)}; Fly does not rewrite UDP ports, so the server never sees these packets. Write internal_port = ${range.start}.`));
        }
        if ((0,config_ports/* rangeSize */.xh)(range) > WIDE_RANGE) {
            findings.push(warning(`${key}.ports`, `${key} exposes ${(0,config_ports/* rangeSize */.xh)(range)} UDP ports (${(0,types/* formatPortRange */.QM)(range)}); how Fly's UDP proxy handles wide ranges is unverified and each relay port is an open door. Keep relay ranges narrow, e.g. start_port = ${range.start}, end_port = ${range.start + 99}, and the server's range to match.`));
        }
    }
    return findings;
}
const servicePorts = (config) => (0,config_ports/* servicesOf */.Yj)(config).flatMap((service, i) => {
    const key = `services[${i}]`;
    const udp = (0,config_ports/* protocolOf */.AT)(service) === 'udp';
    const findings = [];
    (0,config_ports/* tablesIn */.N$)(service.ports).forEach((entry, j) => {
        if (udp && entry.handlers !== undefined) {
            findings.push(warning(`${key}.ports[${j}].handlers`, `${key}.ports[${j}] sets handlers on a UDP port; Fly's handlers (http, tls, proxy_proto) are for TCP. Remove the handlers line from the UDP service.`));
        }
    });
    return udp ? [...findings, ...udpServiceFindings(service, key)] : findings;
});
/**
 * The IPv4 mode of an app: the requested one, else dedicated when the config exposes anything
 * the shared IPv4 cannot carry, as flyctl itself decides (fly-platform.md §3): any UDP (Fly
 * carries UDP only on a dedicated IPv4) or a raw TCP port; else shared. A requested mode that
 * cannot carry the services is kept, so that lint reports it with the fix.
 */
function decideIpv4Mode(requested, built) {
    if (requested !== undefined)
        return requested;
    const dedicated = (0,config_ports/* exposesAnyPort */.TW)(built.udpRanges) || (0,config_ports/* tcpPortsNeedingDedicatedIpv4 */.ap)(built.config).length > 0;
    return dedicated ? 'dedicated' : 'shared';
}
const udpNeedsDedicatedIpv4 = (config, ctx) => {
    const udp = (0,config_ports/* rangesOf */.wA)(config, 'udp');
    if (udp.length === 0 || ctx.ipv4 === 'dedicated')
        return [];
    return [
        error('services', `[[services]] expose UDP (${udp.map(types/* formatPortRange */.QM).join(', ')}) but the app gets no dedicated IPv4 (ipv4: ${ctx.ipv4}); Fly carries UDP only on a dedicated IPv4, not on shared IPv4 or IPv6. Set the input ipv4: dedicated.`)
    ];
};
/** `ipv4: shared` with raw TCP: flyctl would pick dedicated, and the shared address drops it. */
const rawTcpNeedsDedicatedIpv4 = (config, ctx) => {
    const tcp = (0,config_ports/* tcpPortsNeedingDedicatedIpv4 */.ap)(config);
    if (tcp.length === 0 || ctx.ipv4 !== 'shared')
        return [];
    return [
        error('services', `[[services]] expose raw TCP (${tcp.map(types/* formatPortRange */.QM).join(', ')}) but ipv4: shared; Fly's shared IPv4 routes only HTTP on 80 and TLS+HTTP on 443 (by Host and SNI), so these ports would be unreachable. Set the input ipv4: dedicated (the default for such an app), or publish the service on 443 with handlers = ["tls", "http"].`)
    ];
};
/**
 * flyctl's own check (fly-platform.md §3, flyctl:internal/appconfig/validation.go:149-175): once
 * [processes] has an entry every service names its groups, and only groups that exist (without
 * [processes] the one group is `app`); otherwise `fly deploy` fails "App configuration is not
 * valid".
 */
const servicesProcesses = (config) => {
    const defined = processGroupsOf(config);
    const groups = defined.length > 0 ? defined : ['app'];
    const http = (0,config_ports/* asTable */.fO)(config.http_service);
    const services = [
        ...(http ? [['http_service', http]] : []),
        ...(0,config_ports/* servicesOf */.Yj)(config).map((service, i) => [`services[${i}]`, service])
    ];
    return services.flatMap(([key, service]) => {
        const named = groupsOfService(service);
        if (named.length === 0 && defined.length > 0) {
            return [
                error(`${key}.processes`, `${key} names no processes, but [processes] defines ${defined.join(', ')}; flyctl refuses such a config ("Service has no processes set"). Write processes = ["${defined[0]}"] (the group that serves it).`)
            ];
        }
        return named
            .filter((group) => !groups.includes(group))
            .map((group) => error(`${key}.processes`, `${key} runs on the process group '${group}', which [processes] does not define (${groups.join(', ')}); flyctl refuses such a config. Name a defined group, or add '${group}' to [processes].`));
    });
};
/**
 * `ha: true` on an app with UDP: Fly sends all of an app's UDP to one instance (fly-platform.md
 * §1), so the second machine flyctl adds (`--ha`, only when a group gets its first machine: §3)
 * never serves UDP while the first is up, and a TURN allocation does not move with a failover.
 */
const haWithUdp = (config, ctx) => {
    const udp = (0,config_ports/* rangesOf */.wA)(config, 'udp');
    if (ctx.ha !== true || udp.length === 0)
        return [];
    return [
        warning('services', `ha: true adds a second machine, but Fly sends all of an app's UDP (${udp.map(types/* formatPortRange */.QM).join(', ')}) to one instance: the second never serves UDP while the first is up, and TURN allocations do not survive a switch. It is a cold standby at the price of a machine. For TURN in several places use regions (one app per region); otherwise set ha: false.`)
    ];
};
const autoStop = (config) => {
    if ((0,config_ports/* rangesOf */.wA)(config, 'udp').length === 0)
        return [];
    const findings = [];
    const stops = (t) => t.auto_stop_machines !== undefined &&
        t.auto_stop_machines !== false &&
        t.auto_stop_machines !== 'off';
    const httpService = (0,config_ports/* asTable */.fO)(config.http_service);
    if (httpService && stops(httpService)) {
        findings.push(warning('http_service.auto_stop_machines', `[http_service] auto_stop_machines = ${JSON.stringify(httpService.auto_stop_machines)} lets Fly stop the machine when no HTTP traffic arrives, which ends every UDP/TURN session (UDP neither keeps a machine running nor wakes it). Write auto_stop_machines = "off".`));
    }
    (0,config_ports/* servicesOf */.Yj)(config).forEach((service, i) => {
        if (stops(service)) {
            findings.push(warning(`services[${i}].auto_stop_machines`, `services[${i}] sets auto_stop_machines = ${JSON.stringify(service.auto_stop_machines)}; Fly can stop the machine under running UDP/TURN sessions and will not wake it for UDP. Write auto_stop_machines = "off".`));
        }
    });
    return findings;
};
/** flyctl passes [experimental] cmd/entrypoint/exec through without splitting them. */
const commandShape = (config) => {
    const experimental = (0,config_ports/* asTable */.fO)(config.experimental);
    const findings = [];
    for (const field of ['cmd', 'entrypoint', 'exec']) {
        const value = experimental?.[field];
        const key = `experimental.${field}`;
        if (typeof value === 'string') {
            findings.push(error(key, `[experimental] ${field} is one string; flyctl passes it as a single argument without splitting it, so the server gets one mangled argument. Write an array: ${field} = ${JSON.stringify(value.trim().split(/\s+/))}.`));
        }
        else if (Array.isArray(value) && value.length === 1 && /\s/.test(String(value[0]).trim())) {
            findings.push(error(key, `[experimental] ${field} is an array of one element with spaces; it reaches the server as one argument. Write one element per argument: ${field} = ${JSON.stringify(String(value[0]).trim().split(/\s+/))}.`));
        }
    }
    return findings;
};
const SECRET_NAME = /(SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|CREDENTIAL)/i;
const secretsInEnv = (config) => {
    const findings = [];
    for (const [name, value] of Object.entries(envOf(config))) {
        const shown = String(value);
        if (shown === '')
            continue;
        if (SECRET_NAME.test(name) || shown.includes('-----BEGIN')) {
            findings.push(warning(`env.${name}`, `[env] ${name} looks like a secret, and [env] values are stored in plain text in fly.toml and the app's config. Remove it from env and pass it in the secrets input instead.`));
        }
    }
    return findings;
};

;// CONCATENATED MODULE: ./src/config/lint/index.ts
/**
 * Checks a rendered fly.toml for the pitfalls that make a WebRTC/TURN deploy on Fly fail or
 * misbehave. Errors stop the run before anything is deployed; warnings say what to change.
 * Every message names the key and what to write instead.
 *
 * The rules: Fly's own in ./fly.ts; each server's beside its preset (presets/<server>-lint.ts),
 * because they check what that preset writes. A new rule goes into CHECKS, in report order.
 */




const CHECKS = [
    releaseCommand,
    servicePorts,
    servicesProcesses,
    udpNeedsDedicatedIpv4,
    rawTcpNeedsDedicatedIpv4,
    autoStop,
    haWithUdp,
    commandShape,
    coturnRules,
    fishjamRules,
    secretsInEnv
];
/** All findings, errors first; an empty list means the config is clean. */
function lintConfig(config, ctx) {
    const findings = CHECKS.flatMap((check) => check(config, ctx));
    return [
        ...findings.filter((f) => f.severity === 'error'),
        ...findings.filter((f) => f.severity === 'warning')
    ];
}
/** True when any finding must stop the run before deploying. */
function hasLintErrors(findings) {
    return findings.some((f) => f.severity === 'error');
}

;// CONCATENATED MODULE: ./src/config/placeholders.ts
/**
 * {ipv4}, {app} and {hostname} in [env] values and command arguments, filled in once the
 * dedicated address is known. `${NAME}` is left alone: it is shell syntax that an image's
 * entrypoint expands at start (coturn's `--static-auth-secret=${AUTH_SECRET}`).
 */


const PLACEHOLDER = /(?<!\$)\{([A-Za-z_][A-Za-z0-9_-]*)\}/g;
/** A value that cannot be filled in; `key` says where it came from (`[env] NAME`, `health-url`). */
class PlaceholderError extends errors/* ActionError */.lZ {
    key;
    problem;
    constructor(key, problem, hint) {
        super('config', `${key} ${problem}`, { hint });
        this.key = key;
        this.problem = problem;
        this.name = 'PlaceholderError';
    }
}
const KNOWN = ['ipv4', 'app', 'hostname'];
/** Fills {ipv4} {app} {hostname} in one value; `key` names where it came from in errors. */
function fillPlaceholders(text, values, key) {
    return text.replace(PLACEHOLDER, (_match, name) => {
        if (name === 'app')
            return values.app;
        if (name === 'hostname')
            return values.hostname;
        if (name === 'ipv4') {
            if (values.ipv4 !== undefined)
                return values.ipv4;
            throw new PlaceholderError(key, 'uses {ipv4}, but the app has no dedicated IPv4', "Set the input 'ipv4: dedicated' (UDP needs it anyway), or remove {ipv4} from this value.");
        }
        throw new PlaceholderError(key, `uses the unknown placeholder {${name}}; known: ${KNOWN.map((k) => `{${k}}`).join(', ')}`, 'Fix the spelling, or write the value literally.');
    });
}
/** Fills a command: an argv array, or the single string flyctl would take (and lint rejects). */
function fillCommand(command, values, key) {
    if (typeof command === 'string')
        return fillPlaceholders(command, values, key);
    if (Array.isArray(command)) {
        return command.map((arg, i) => typeof arg === 'string' ? fillPlaceholders(arg, values, `${key}[${i}]`) : arg);
    }
    return command;
}
/** Returns a copy; the input config is not changed. */
function resolvePlaceholders(config, values) {
    const result = structuredClone(config);
    const env = (0,config_ports/* asTable */.fO)(result.env);
    if (env) {
        for (const [name, value] of Object.entries(env)) {
            if (typeof value === 'string')
                env[name] = fillPlaceholders(value, values, `[env] ${name}`);
        }
    }
    const experimental = (0,config_ports/* asTable */.fO)(result.experimental);
    if (experimental) {
        for (const field of ['cmd', 'entrypoint', 'exec']) {
            if (field in experimental) {
                experimental[field] = fillCommand(experimental[field], values, `[experimental] ${field}`);
            }
        }
    }
    const processes = (0,config_ports/* asTable */.fO)(result.processes);
    if (processes) {
        for (const [name, command] of Object.entries(processes)) {
            processes[name] = fillCommand(command, values, `[processes] ${name}`);
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/config/image-reference.ts
/**
 * The docker image reference grammar (distribution/reference, reference.go and regexp.go), which
 * flyctl's `--image` and `[build] image` go through:
 *
 *   reference := name [ ":" tag ] [ "@" digest ]
 *   name      := [ domain "/" ] path-component *( "/" path-component )   (at most 255 characters)
 *   domain    := host [ ":" port ]      host := domain-name | "[" ipv6 "]"
 *   path-component := [a-z0-9]+ *( ( "." | "_" | "__" | "-"+ ) [a-z0-9]+ )
 *   tag       := [A-Za-z0-9_] [A-Za-z0-9_.-]{0,127}
 *   digest    := algorithm ":" hex{32,}
 */
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])`;
const DOMAIN = `${HOST}(?::[0-9]+)?`;
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
/** Why `ref` is not an image reference, or undefined when it is one. */
function imageReferenceProblem(ref) {
    const match = REFERENCE.exec(ref);
    if (!match) {
        const lowercased = ref.replace(/^[^@]*?(?=:[\w][\w.-]*(?:@|$)|@|$)/, (name) => name.toLowerCase());
        return REFERENCE.test(lowercased)
            ? `'${ref}' is not an image reference: the repository name must be lowercase`
            : `'${ref}' is not an image reference (registry/repository:tag or @sha256:digest)`;
    }
    if (match[1].length > 255)
        return `'${ref}' is not an image reference: the name is over 255 characters`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/config/presets/coturn-entrypoint.ts
/**
 * What the coturn image's entrypoint does to a value it expands. The entrypoint
 * (coturn/coturn docker/coturn/rootfs/usr/local/bin/docker-entrypoint.sh, run by bash) passes
 * every argument through `eval "echo $arg"` in a command substitution. A `$NAME` in an argument
 * is thus expanded by bash, unquoted unless the argument quotes it, and the expanded text is
 * then (bash manual, "Word Splitting" and "Filename Expansion", with the default IFS and shell
 * options of a non-interactive bash):
 *   - split at every run of spaces, tabs and line breaks, and the words joined again by `echo`
 *     with one space: tabs and line breaks become spaces, runs shrink to one space, and
 *     whitespace at either end of the argument disappears (at a word boundary inside it, one
 *     space survives);
 *   - matched against file names, word by word: a word holding `*`, `?` or `[...]` that matches
 *     files in the working directory (`/` in the image) is replaced by their names; one that
 *     matches nothing stays as it is;
 *   - read by `echo` itself when the expansion starts the argument: leading `-n`, `-e`, `-E`
 *     words are options, not text;
 *   - cut by the command substitution, which drops trailing line breaks, quoted or not.
 * Nothing else: quotes, `$`, backquotes, backslashes and `#` inside a value are not evaluated
 * again. __tests__/config/coturn-entrypoint.test.ts checks this model against bash itself.
 */
const IFS = /[ \t\n]/;
const IFS_RUN = /[ \t\n]+/;
/**
 * Why the entrypoint would hand coturn something other than `value`, or undefined when the value
 * passes through unchanged. Reasons name characters, never the value.
 */
function entrypointChange(value, at) {
    if (at.quoted) {
        if (at.startsArgument && at.prefix === '' && /^-[neE]+$/.test(value)) {
            return 'a leading -n, -e or -E is read by echo as an option';
        }
        return value.endsWith('\n') && at.suffix === '' ? 'trailing line breaks are dropped' : undefined;
    }
    if (/[\t\n]/.test(value))
        return 'tabs and line breaks become spaces';
    if (/[ \t\n]{2}/.test(value))
        return 'runs of spaces shrink to one space';
    if (IFS.test(value[0] ?? '') && at.prefix === '')
        return 'leading spaces are dropped';
    if (IFS.test(value.at(-1) ?? '') && at.suffix === '')
        return 'trailing spaces are dropped';
    const words = value.split(IFS_RUN);
    words[0] = at.prefix + words[0];
    words[words.length - 1] += at.suffix;
    if (at.startsArgument && at.prefix === '' && /^-[neE]+$/.test(words[0])) {
        return 'a leading -n, -e or -E is read by echo as an option';
    }
    if (words.some(mayMatchFiles)) {
        return 'a word with *, ? or [...] after a space is replaced by the names of matching files';
    }
    return undefined;
}
/**
 * Whether bash would treat the word as a pattern that can match a file in the image's working
 * directory `/`. bash's test (subst.c unquoted_glob_pattern_p): a `*` or `?`, or a `[` with a `]`
 * after it. A word that starts with `-` (an option such as `--static-auth-secret=...`) cannot
 * match: no entry of `/` begins with `-`.
 */
function mayMatchFiles(word) {
    if (word.startsWith('-'))
        return false;
    const bracket = word.indexOf('[');
    return /[*?]/.test(word) || (bracket >= 0 && word.indexOf(']', bracket + 1) > 0);
}
/**
 * The plain variable references in one argument as bash's parser sees them inside
 * `eval "echo ARG"`: quotes and backslashes honoured; `${NAME...}` forms other than `${NAME}`
 * and command substitutions are skipped (they are not plain expansions of a value). Two
 * references side by side count as having no literal text between them, which can only make
 * the check stricter.
 */
function referencesIn(arg) {
    const found = [];
    const state = { quote: '', literal: '', started: false, wordsBefore: 0 };
    let open;
    const endReference = () => {
        if (open)
            open.suffix = state.literal;
        open = undefined;
    };
    for (let i = 0; i < arg.length; i++) {
        const ch = arg[i];
        const reference = ch === '$' && state.quote !== "'"
            ? /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/.exec(arg.slice(i))
            : null;
        if (reference) {
            endReference();
            open = {
                name: reference[1] ?? reference[2],
                quoted: state.quote === '"',
                prefix: state.literal,
                suffix: '',
                startsArgument: state.wordsBefore === 0
            };
            found.push(open);
            Object.assign(state, { literal: '', started: true });
            i += reference[0].length - 1;
        }
        else if (state.quote === '' && IFS.test(ch)) {
            endReference();
            if (state.started)
                state.wordsBefore++;
            Object.assign(state, { literal: '', started: false });
        }
        else {
            i = readLiteral(arg, i, state);
        }
    }
    endReference();
    return found;
}
/** Quote marks, backslash escapes and plain characters; returns the index of the last one read. */
function readLiteral(arg, i, state) {
    const ch = arg[i];
    state.started = true;
    if (state.quote === "'") {
        if (ch === "'")
            state.quote = '';
        else
            state.literal += ch;
    }
    else if (ch === '\\' &&
        i + 1 < arg.length &&
        (state.quote === '' || '$`"\\\n'.includes(arg[i + 1]))) {
        state.literal += arg[i + 1];
        return i + 1;
    }
    else if (state.quote === '' && (ch === "'" || ch === '"')) {
        state.quote = ch;
    }
    else if (state.quote === '"' && ch === '"') {
        state.quote = '';
    }
    else {
        state.literal += ch;
    }
    return i;
}

;// CONCATENATED MODULE: ./src/config/secret-values.ts
/**
 * Secret values as the server will read them, checked before anything changes on Fly: a secret
 * the server needs must not be empty (an unset repository secret expands to ''), and a secret
 * the coturn image's entrypoint expands must reach coturn unchanged, or the server goes live
 * with a secret no client computes. Kept apart from buildConfig's check that the required
 * secrets are named at all. Messages name secrets, never their values.
 */




const GENERATE = 'openssl rand -hex 32';
/** What an empty secret does to each preset's server. */
const EMPTY_SECRET_RISK = {
    coturn: 'coturn would start with an empty shared secret, and anyone could mint TURN credentials',
    fishjam: "Fishjam would start without a usable API token, and the probe's health check could not authenticate"
};
/** The error for a secret a server needs that is empty or only whitespace. */
function blankSecretError(name, presetName) {
    const risk = EMPTY_SECRET_RISK[presetName ?? ''] ?? 'the server would start with an empty secret';
    return new errors/* InputError */.dz('secrets', `${name} is empty or only whitespace, so ${risk}. \${{ secrets.NAME }} expands to an empty value when the repository has no secret of that name (a typo, or a secret not yet created): check the name under Settings > Secrets and variables > Actions`, `${name}=\${{ secrets.${name} }}, holding the output of \`${GENERATE}\``);
}
function isBlank(value) {
    return value.trim() === '';
}
/** Throws InputError('secrets') for the first secret the server would not read as given. */
function checkSecretValues(config, preset, secrets) {
    const valueOf = new Map(secrets.map((s) => [s.name, s.value]));
    for (const name of preset?.requiredSecrets ?? []) {
        const value = valueOf.get(name);
        if (value !== undefined && isBlank(value))
            throw blankSecretError(name, preset?.name);
    }
    for (const { key, args } of commandsThroughCoturnEntrypoint(config, preset)) {
        for (const arg of args) {
            for (const reference of referencesIn(arg)) {
                const value = valueOf.get(reference.name);
                if (value === undefined)
                    continue;
                if (isBlank(value) && /^--?static-auth-secret/.test(arg)) {
                    throw blankSecretError(reference.name, 'coturn');
                }
                const why = entrypointChange(value, reference);
                if (why !== undefined)
                    throw changedSecretError(reference.name, key, why);
            }
        }
    }
}
function changedSecretError(name, key, why) {
    return new errors/* InputError */.dz('secrets', `${name} would reach coturn changed, so clients would compute credentials from a different secret than the server's: the coturn image's entrypoint passes every argument of ${key} through the shell (eval "echo ..."), where ${why}. Safe in a secret: letters, digits and any punctuation, single spaces between words, no space at either end, and no *, ? or [ in a word after a space`, `a value from \`${GENERATE}\``);
}
/**
 * The commands the coturn image's entrypoint runs through the shell: those of a coturn image, or
 * of the coturn preset (whose `$AUTH_SECRET` relies on that entrypoint, whatever the image), as
 * [experimental] cmd and [processes] replace the image's CMD, not its ENTRYPOINT; none when the
 * config replaces the entrypoint itself ([experimental] entrypoint or exec).
 */
function commandsThroughCoturnEntrypoint(config, preset) {
    const experimental = (0,config_ports/* asTable */.fO)(config.experimental);
    if (preset?.name !== 'coturn' && !imageOf(config).includes('coturn'))
        return [];
    if (experimental?.entrypoint !== undefined || experimental?.exec !== undefined)
        return [];
    return commandsOf(config).filter((c) => c.key === 'experimental.cmd' || c.key.startsWith('processes.'));
}

;// CONCATENATED MODULE: ./src/config/vm.ts
const CPUS_PER_KIND = {
    shared: [1, 2, 4, 6, 8],
    performance: [1, 2, 4, 6, 8, 10, 12, 14, 16, 32, 64, 128]
};
/** MiB per CPU: [minimum, maximum, step]. */
const MEMORY_PER_CPU = {
    shared: [256, 2048, 256],
    performance: [2048, 8192, 1024]
};
const GPU_SIZES = ['a100-40gb', 'a100-80gb', 'l40s', 'a10'];
const VM_SIZES = [
    ...CPUS_PER_KIND.shared.map((n) => `shared-cpu-${n}x`),
    ...[1, 2, 4, 6, 8, 10, 12, 14, 16].map((n) => `performance-${n}x`)
];
function presetGuest(size) {
    const match = /^(shared-cpu|performance)-(\d+)x$/.exec(size);
    if (!match || !VM_SIZES.includes(size))
        return undefined;
    const cpuKind = match[1] === 'shared-cpu' ? 'shared' : 'performance';
    const cpus = Number(match[2]);
    return { cpuKind, cpus, memoryMb: cpus * MEMORY_PER_CPU[cpuKind][0] };
}
/** Why flyctl refuses a size name, or undefined. */
function vmSizeProblem(size) {
    if (GPU_SIZES.includes(size))
        return `'${size}' is a GPU size: GPU machines are no longer supported`;
    if (presetGuest(size) === undefined)
        return `'${size}' is not a Fly machine size; one of: ${VM_SIZES.join(', ')}`;
    return undefined;
}
const BINARY_UNITS = {
    k: 2 ** 10,
    m: 2 ** 20,
    g: 2 ** 30,
    t: 2 ** 40,
    p: 2 ** 50
};
/** helpers.ParseSize(value, units.RAMInBytes, units.MiB): whole MiB, or undefined if invalid. */
function memoryMb(value) {
    if (/^[+-]?\d+$/.test(value))
        return Number(value);
    const separator = Math.max(...[...'0123456789. '].map((c) => value.lastIndexOf(c)));
    if (separator < 0)
        return undefined;
    const number = value[separator] === ' ' ? value.slice(0, separator) : value.slice(0, separator + 1);
    const suffix = value.slice(separator + 1).toLowerCase();
    if (!/^\+?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(number))
        return undefined;
    let bytes = Number(number);
    if (suffix !== '' && suffix !== 'b') {
        const unit = BINARY_UNITS[suffix[0]];
        const rest = suffix.slice(1);
        if (unit === undefined || !['', 'b', 'ib'].includes(rest))
            return undefined;
        bytes *= unit;
    }
    return Math.trunc(Math.trunc(bytes) / 2 ** 20);
}
/** Why flyctl refuses a memory value, or undefined. */
function vmMemoryProblem(value) {
    const mb = memoryMb(value);
    if (mb === undefined)
        return `'${value}' is not a memory size`;
    if (mb === 0)
        return `'${value}' is zero MiB: memory cannot be zero`;
    return undefined;
}
/** The first reason Fly would refuse the machine this [[vm]] table describes, or undefined. */
function machineProblem(vm) {
    const size = typeof vm.size === 'string' ? vm.size : 'shared-cpu-1x';
    const sizeProblem = vmSizeProblem(size);
    if (sizeProblem)
        return { field: 'size', problem: sizeProblem };
    const guest = presetGuest(size);
    if (typeof vm.memory === 'string' || typeof vm.memory === 'number') {
        const memory = String(vm.memory);
        const problem = vmMemoryProblem(memory);
        if (problem)
            return { field: 'memory', problem };
        guest.memoryMb = memoryMb(memory);
    }
    if (typeof vm.memory_mb === 'number' && vm.memory_mb !== 0)
        guest.memoryMb = vm.memory_mb;
    if (typeof vm.cpus === 'number' && vm.cpus !== 0)
        guest.cpus = vm.cpus;
    if (typeof vm.cpu_kind === 'string' && vm.cpu_kind !== '')
        guest.cpuKind = vm.cpu_kind;
    return combinationProblem(guest);
}
function combinationProblem({ cpuKind, cpus, memoryMb: mb }) {
    const allowed = CPUS_PER_KIND[cpuKind];
    if (allowed === undefined) {
        return { field: 'cpuKind', problem: `'${cpuKind}' is not 'shared' or 'performance'` };
    }
    if (!allowed.includes(cpus)) {
        return {
            field: 'cpus',
            problem: `${cpus} ${cpuKind} CPUs is not a machine Fly runs; valid: ${allowed.join(', ')}`
        };
    }
    const [perCpuMin, perCpuMax, step] = MEMORY_PER_CPU[cpuKind];
    if (mb % step !== 0) {
        const lower = mb - (mb % step) || step;
        return {
            field: 'memory',
            problem: `${mb} MiB is not a multiple of ${step} MiB, as ${cpuKind} CPUs need (${lower} MiB would work)`
        };
    }
    const [min, max] = [perCpuMin * cpus, perCpuMax * cpus];
    if (mb < min || mb > max) {
        return {
            field: 'memory',
            problem: `${mb} MiB is outside ${min}-${max} MiB, the range for ${cpus} ${cpuKind} CPU${cpus === 1 ? '' : 's'}`
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/config/secrets.ts
/**
 * The secrets a preset's server cannot start without. Pure: the caller says which names are
 * known to exist: those in the `secrets` input and, only when the input lacks a required one,
 * the names already stored on the app (flyctl lists names, never values).
 */


/** The preset's required secrets that are not among `known`, in the preset's order. */
function missingRequiredSecrets(preset, known) {
    return (presetFor(preset)?.requiredSecrets ?? []).filter((name) => !known.includes(name));
}
/**
 * Throws naming `secrets` when a required secret is neither in the input nor (when looked up)
 * stored on the app.
 */
function checkRequiredSecrets(preset, inputNames, stored) {
    const [name] = missingRequiredSecrets(preset, [...inputNames, ...(stored?.names ?? [])]);
    if (name === undefined)
        return;
    let where = '';
    if (stored && stored.exists)
        where = `, and the app ${stored.app} has no secret ${name} stored`;
    if (stored && !stored.exists) {
        where = `, and the app ${stored.app} does not exist yet, so nothing is stored on it`;
    }
    throw new errors/* InputError */.dz('secrets', `the ${preset} preset needs the secret ${name}: the secrets input does not set it${where}`, `${name}=\${{ secrets.${name} }}`);
}

;// CONCATENATED MODULE: ./src/config/index.ts
/** The config step's public surface: build, fill in, lint and render fly.toml. */












/***/ }),

/***/ 226:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ protocolOf),
/* harmony export */   Fm: () => (/* binding */ exposesPort),
/* harmony export */   Ie: () => (/* binding */ httpInternalPortOf),
/* harmony export */   N$: () => (/* binding */ tablesIn),
/* harmony export */   TQ: () => (/* binding */ tcpService),
/* harmony export */   TW: () => (/* binding */ exposesAnyPort),
/* harmony export */   Vr: () => (/* binding */ udpService),
/* harmony export */   Yj: () => (/* binding */ servicesOf),
/* harmony export */   ap: () => (/* binding */ tcpPortsNeedingDedicatedIpv4),
/* harmony export */   eQ: () => (/* binding */ servesTcp),
/* harmony export */   fO: () => (/* binding */ asTable),
/* harmony export */   h2: () => (/* binding */ portKindOf),
/* harmony export */   hL: () => (/* binding */ expandRanges),
/* harmony export */   mO: () => (/* binding */ httpService),
/* harmony export */   qK: () => (/* binding */ entryRange),
/* harmony export */   tX: () => (/* binding */ tlsPortsOf),
/* harmony export */   wA: () => (/* binding */ rangesOf),
/* harmony export */   xh: () => (/* binding */ rangeSize),
/* harmony export */   yU: () => (/* binding */ isHttpService),
/* harmony export */   zE: () => (/* binding */ toPort),
/* harmony export */   zq: () => (/* binding */ publicRangesOf)
/* harmony export */ });
/* unused harmony exports udpPortsOf, tcpPortsOf */
function asTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
}
function tablesIn(value) {
    if (Array.isArray(value))
        return value.map(asTable).filter((t) => t !== undefined);
    const single = asTable(value);
    return single ? [single] : [];
}
/** flyctl accepts ports as integers or numeric strings. */
function toPort(value) {
    const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
    return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}
function rangeSize(range) {
    return range.end - range.start + 1;
}
/** Whether any of the ranges holds `port`; what callers of the expanded port lists really ask. */
function exposesPort(ranges, port) {
    return ranges.some((range) => range.start <= port && port <= range.end);
}
/** Whether the ranges hold any port at all; a reversed range (end < start) holds none. */
function exposesAnyPort(ranges) {
    return ranges.some((range) => range.start <= range.end);
}
function expandRanges(ranges) {
    const ports = new Set();
    for (const { start, end } of ranges)
        for (let p = start; p <= end; p++)
            ports.add(p);
    return [...ports].sort((a, b) => a - b);
}
function servicesOf(config) {
    return tablesIn(config.services);
}
/** Fly's default protocol for a service is tcp. */
function protocolOf(service) {
    return typeof service.protocol === 'string' ? service.protocol.toLowerCase() : 'tcp';
}
/** The port or range of one [[services.ports]] entry. */
function entryRange(entry) {
    const single = toPort(entry.port);
    const start = toPort(entry.start_port);
    const end = toPort(entry.end_port);
    if (single !== undefined)
        return { start: single, end: single };
    return start === undefined ? undefined : { start, end: end ?? start };
}
function publicRangesOf(service, kind) {
    return tablesIn(service.ports)
        .filter((entry) => kind === undefined || portKindOf(entry) === kind)
        .map(entryRange)
        .filter((range) => range !== undefined);
}
function handlersOf(entry) {
    return Array.isArray(entry.handlers) ? entry.handlers.map((h) => String(h).toLowerCase()) : [];
}
function portKindOf(entry) {
    const handlers = handlersOf(entry);
    if (handlers.includes('http'))
        return 'http';
    return handlers.includes('tls') ? 'tls' : 'raw';
}
/** A TCP service published with the http handler, or raw on 80/443: the app's web endpoint. */
function isHttpService(service) {
    if (protocolOf(service) !== 'tcp')
        return false;
    return tablesIn(service.ports).some((entry) => {
        const kind = portKindOf(entry);
        const port = toPort(entry.port);
        return kind === 'http' || (kind === 'raw' && (port === 80 || port === 443));
    });
}
/** fly-go's MachinePort.ContainsPort (fly-go:machine_types.go:682-699). */
function containsPort(entry, port) {
    if (toPort(entry.port) === port)
        return true;
    if (entry.start_port === undefined && entry.end_port === undefined)
        return false;
    const start = toPort(entry.start_port) ?? 0;
    const end = toPort(entry.end_port) ?? 65535;
    return start <= port && port <= end;
}
/** fly-go's MachinePort.HasNonHttpPorts (fly-go:machine_types.go:701-731), line for line. */
function hasNonHttpPorts(entry) {
    const single = toPort(entry.port);
    if (single !== undefined && single !== 443 && single !== 80)
        return true;
    if (entry.start_port === undefined && entry.end_port === undefined)
        return false;
    const start = toPort(entry.start_port) ?? 0;
    const end = toPort(entry.end_port) ?? 65535;
    const count = end - start + 1;
    if (count > 2)
        return true;
    const http = start <= 80 && 80 <= end;
    const https = start <= 443 && 443 <= end;
    if (count === 2)
        return !http || !https;
    return count === 1 && !http && !https;
}
/**
 * The public TCP ports that Fly's shared IPv4 cannot carry, as flyctl decides it
 * (DetermineIPType, flyctl:internal/appconfig/config.go:229-255; fly-platform.md §3): any port
 * other than 80 and 443, 80 without exactly the `http` handler, 443 without exactly `tls` and
 * `http`. The shared address routes by HTTP Host and TLS SNI only. [http_service] never counts.
 */
function tcpPortsNeedingDedicatedIpv4(config) {
    return servicesOf(config)
        .filter((service) => protocolOf(service) === 'tcp')
        .flatMap((service) => tablesIn(service.ports))
        .filter((entry) => {
        const handlers = Array.isArray(entry.handlers) ? entry.handlers.map(String).join(',') : '';
        return (hasNonHttpPorts(entry) ||
            (containsPort(entry, 80) && handlers !== 'http') ||
            (containsPort(entry, 443) && handlers !== 'http,tls' && handlers !== 'tls,http'));
    })
        .flatMap((entry) => publicRangesOf({ ports: [entry] }));
}
/** Public port ranges the bytes reach untouched: UDP, or raw TCP outside the HTTP service. */
function rangesOf(config, protocol) {
    return servicesOf(config)
        .filter((s) => protocolOf(s) === protocol && !isHttpService(s))
        .flatMap((s) => (protocol === 'udp' ? publicRangesOf(s) : publicRangesOf(s, 'raw')));
}
/** Public ports where Fly terminates TLS for the service on `internalPort` (any, when omitted). */
function tlsPortsOf(config, internalPort) {
    return servicesOf(config)
        .filter((s) => protocolOf(s) === 'tcp' && !isHttpService(s))
        .filter((s) => internalPort === undefined || toPort(s.internal_port) === internalPort)
        .flatMap((s) => expandRanges(publicRangesOf(s, 'tls')));
}
/** Every public UDP port, ranges expanded: any of them means the app needs a dedicated IPv4. */
function udpPortsOf(config) {
    return expandRanges(rangesOf(config, 'udp'));
}
/** Every public TCP port except the HTTP service's. */
function tcpPortsOf(config) {
    return expandRanges(rangesOf(config, 'tcp'));
}
/** Whether the app serves any TCP ([http_service], TLS, raw): what an IPv6 address can carry. */
function servesTcp(config) {
    return (asTable(config.http_service) !== undefined ||
        servicesOf(config).some((s) => protocolOf(s) === 'tcp' && publicRangesOf(s).length > 0));
}
/** Internal port of [http_service], else of the HTTP [[services]] entry. */
function httpInternalPortOf(config) {
    const httpService = asTable(config.http_service);
    if (httpService)
        return toPort(httpService.internal_port);
    const service = servicesOf(config).find(isHttpService);
    return service ? toPort(service.internal_port) : undefined;
}
function portEntry(range) {
    return range.start === range.end
        ? { port: range.start }
        : { start_port: range.start, end_port: range.end };
}
/**
 * One UDP service per port or range. internal_port equals the (first) public port because Fly
 * delivers UDP to the same port number it arrived on. auto_stop_machines is "off" because
 * Fly's proxy cannot wake a stopped machine for UDP, and a TURN session is invisible to it.
 */
function udpService(range) {
    return {
        protocol: 'udp',
        internal_port: range.start,
        auto_stop_machines: 'off',
        ports: [portEntry(range)]
    };
}
/** A raw TCP service (no handlers: the TURN/TCP byte stream passes through untouched). */
function tcpService(range, withCheck) {
    const service = {
        protocol: 'tcp',
        internal_port: range.start,
        auto_stop_machines: 'off',
        ports: [portEntry(range)]
    };
    if (withCheck)
        service.tcp_checks = [{ interval: '15s', timeout: '2s', grace_period: '5s' }];
    return service;
}
/** An HTTP service published on 80 (redirected to https) and 443, with a TCP check. */
function httpService(internalPort) {
    return {
        protocol: 'tcp',
        internal_port: internalPort,
        auto_stop_machines: 'off',
        ports: [
            { port: 80, handlers: ['http'], force_https: true },
            { port: 443, handlers: ['tls', 'http'] }
        ],
        tcp_checks: [{ interval: '15s', timeout: '2s', grace_period: '10s' }]
    };
}


/***/ }),

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

/***/ 3139:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ exitOnceFlushed)
/* harmony export */ });
/**
 * How both entry points end: exit once stdout and stderr are flushed. A name lookup the probe
 * gave up on at its deadline (the system resolver cannot be cancelled) would otherwise keep the
 * process alive until it returns.
 */
function exitOnceFlushed(status) {
    process.stdout.write('', () => process.stderr.write('', () => process.exit(status)));
}


/***/ }),

/***/ 6600:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ deployFlagValueProblem),
/* harmony export */   EE: () => (/* binding */ parseDeployFlags)
/* harmony export */ });
/* unused harmony export DEPLOY_FLAGS */
/* harmony import */ var _pflag_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6247);
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
const text = (name, short, extra = {}) => ({
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
const int = (name, aliases) => ({ name, kind: 'int', aliases });
const DEPLOY_FLAGS = [
    // cobra and flyctl's root command
    bool('help', 'h'),
    text('access-token', 't'),
    bool('verbose'),
    bool('debug'),
    // flag.App(), flag.AppConfig()
    text('app', 'a'),
    text('config', 'c'),
    // CommonFlags, in deploy.go's order
    text('image', 'i'),
    bool('now'),
    bool('remote-only'),
    bool('local-only'),
    bool('push'),
    bool('wg'),
    bool('https-failover', undefined, ['http-failover']),
    bool('detach'),
    text('strategy'),
    text('dockerfile'),
    text('ignorefile'),
    text('image-label'),
    array('build-arg'),
    array('build-secret'),
    text('build-target'),
    text('build-context-warn-size'),
    bool('no-cache'),
    text('depot', undefined, { noOptDefault: 'true' }),
    text('depot-scope'),
    bool('nixpacks'),
    text('buildkit-addr'),
    text('buildkit-image'),
    bool('buildkit'),
    bool('build-only'),
    text('buildpacks-docker-host'),
    slice('buildpacks-volume'),
    bool('recreate-builder'),
    bool('yes', 'y', ['auto-confirm']),
    text('vm-size'),
    int('vm-cpus', ['cpus']),
    text('vm-cpu-kind', undefined, { aliases: ['vm-cpukind'] }),
    text('vm-memory', undefined, { aliases: ['memory'] }),
    text('vm-max-memory'),
    int('vm-gpus'),
    text('vm-gpu-kind', undefined, { aliases: ['vm-gpukind'] }),
    text('host-dedication-id'),
    array('env', 'e'),
    text('wait-timeout'),
    text('release-command-timeout'),
    text('lease-timeout'),
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
    text('primary-region'),
    slice('regions', ['only-regions']),
    slice('exclude-regions'),
    slice('only-machines'),
    slice('exclude-machines'),
    slice('process-groups'),
    array('label'),
    int('max-concurrent'),
    int('immediate-max-concurrent'),
    int('volume-initial-size'),
    text('signal', 's'),
    text('deploy-retries'),
    text('builder-pool', undefined, { noOptDefault: 'true' }),
    text('compression'),
    int('compression-level'),
    // deploy.New, beside CommonFlags
    bool('update-only'),
    bool('skip-release-command'),
    text('export-manifest'),
    text('from-manifest')
];
/** argv words parsed as flyctl deploy parses them; throws PflagError with flyctl's message. */
function parseDeployFlags(args) {
    return (0,_pflag_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePflags */ .td)(args, DEPLOY_FLAGS);
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


/***/ }),

/***/ 6247:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ goBool),
/* harmony export */   td: () => (/* binding */ parsePflags),
/* harmony export */   z5: () => (/* binding */ PflagError)
/* harmony export */ });
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
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3139);
/* harmony import */ var _github_early_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4323);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6045);
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
const { run } = await Promise.all(/* import() */[__nccwpck_require__.e(933), __nccwpck_require__.e(957)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8957));
await run(process.env, early);
(0,_exit_js__WEBPACK_IMPORTED_MODULE_2__/* .exitOnceFlushed */ .l)(Number(process.exitCode ?? 0));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6045:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  XF: () => (/* reexport */ buildSecretValues),
  G1: () => (/* reexport */ missingTokenError),
  pD: () => (/* reexport */ needsToken),
  sb: () => (/* binding */ readSettings)
});

// UNUSED EXPORTS: COMMANDS, CPU_KINDS, INPUT_DEFAULTS, IPV4_MODES, ON_FAILURE, PRESET_NAMES, REMOVED_INPUTS, STRATEGIES

// EXTERNAL MODULE: ./src/config/index.ts + 28 modules
var config = __nccwpck_require__(7169);
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
    'probe-successes': '3',
    'probe-hold': '0',
    'probe-timeout': '5m',
    'probe-interval': '2s',
    'allow-open-relay': 'false',
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
        image: optional(r.text('image'), readImage),
        path: r.withDefault('path'),
        env,
        secrets,
        udpPorts: optional(udp, (raw) => (0,parse/* parsePortList */.$e)('udp-ports', raw)),
        tcpPorts: optional(tcp, (raw) => (0,parse/* parsePortList */.$e)('tcp-ports', raw)),
        tlsPorts: optional(r.text('tls-ports'), parseTlsPorts),
        httpPort: optional(http, (raw) => (0,parse/* parsePort */.pz)('http-port', raw, '4000')),
        ipv4: optional(r.text('ipv4'), (raw) => (0,parse/* parseEnum */.nL)('ipv4', raw, types/* IPV4_MODES */.T$)),
        vm: readVm(r),
        allowOpenRelay: (0,parse/* parseBoolean */.yG)('allow-open-relay', r.withDefault('allow-open-relay'))
    };
}
/** `443, 5349`, or `none` to turn TLS off: single ports (Fly terminates TLS port by port). */
function parseTlsPorts(raw) {
    if (raw === 'none')
        return [];
    return (0,parse/* parsePortList */.$e)('tls-ports', raw).map((range) => {
        if (range.start !== range.end) {
            throw new errors/* InputError */.dz('tls-ports', `'${raw}' holds a range: list single ports`, '443, 5349');
        }
        return range.start;
    });
}
/** An image reference (docker's grammar), or `current`: the running release's image. */
function readImage(raw) {
    const problem = raw === 'current' ? undefined : (0,config/* imageReferenceProblem */.i$)(raw);
    if (problem)
        throw new errors/* InputError */.dz('image', problem, 'coturn/coturn:4.17.0-r0');
    return raw;
}
/** Each vm-* input on its own; prepare-config checks the machine they make together. */
function readVm(r) {
    const size = r.text('vm-size');
    const sizeProblem = size === undefined ? undefined : (0,config/* vmSizeProblem */.cZ)(size);
    if (sizeProblem)
        throw new errors/* InputError */.dz('vm-size', sizeProblem, 'shared-cpu-1x');
    const memory = r.text('vm-memory');
    const memoryProblem = memory === undefined ? undefined : (0,config/* vmMemoryProblem */.kS)(memory);
    if (memoryProblem)
        throw new errors/* InputError */.dz('vm-memory', memoryProblem, '512mb');
    return {
        size,
        memory,
        cpus: optional(r.text('vm-cpus'), (raw) => (0,parse/* parseInteger */.cG)('vm-cpus', raw, 1, 128, '1')),
        cpuKind: optional(r.text('vm-cpu-kind'), (raw) => (0,parse/* parseEnum */.nL)('vm-cpu-kind', raw, types/* CPU_KINDS */.vx))
    };
}

// EXTERNAL MODULE: ./src/fly/deploy-flags.ts
var deploy_flags = __nccwpck_require__(6600);
// EXTERNAL MODULE: ./src/fly/pflag.ts
var pflag = __nccwpck_require__(6247);
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
        parsed = (0,deploy_flags/* parseDeployFlags */.EE)(args);
    }
    catch (error) {
        if (!(error instanceof pflag/* PflagError */.z5))
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
    if (name === 'help' && (0,pflag/* goBool */.B7)(flag.value)) {
        throw new errors/* InputError */.dz(INPUT, `${as} prints flyctl's usage and deploys nothing`, EXAMPLE);
    }
    const problem = (0,deploy_flags/* deployFlagValueProblem */.E7)(flag);
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
    return (0,deploy_flags/* parseDeployFlags */.EE)(args)
        .flags.filter((flag) => flag.spec.name === name)
        .map((flag) => flag.value);
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
var probe_host = __nccwpck_require__(2202);
// EXTERNAL MODULE: ./src/probe/validate.ts
var validate = __nccwpck_require__(3566);
// EXTERNAL MODULE: ./src/probe/types.ts
var probe_types = __nccwpck_require__(2367);
;// CONCATENATED MODULE: ./src/inputs/probe.ts
/** The readiness probe: checks, host, port, transports, credentials, health check, timing. */






function readProbeInputs(r) {
    const probeHost = r.text('probe-host');
    if (probeHost !== undefined && !(0,probe_host/* isHostOrIp */.Bp)(probeHost)) {
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
        probeTransports: optional(r.text('probe-transports'), parseTransports),
        probeSuccesses: (0,parse/* parseInteger */.cG)('probe-successes', r.withDefault('probe-successes'), 1, probe_types/* MAX_SUCCESSES */.Lz, '3'),
        probeHoldMs: parseHold(r.withDefault('probe-hold')),
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
    return [...new Set(transports)];
}
/** `0` is off; otherwise a duration up to 15m (past Fly's reported five-minute UDP cutoff). */
function parseHold(raw) {
    if (raw === '0')
        return 0;
    return (0,parse/* parseDuration */.E9)('probe-hold', raw, '6m', probe_types/* MAX_HOLD_MS */.g3);
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
    assertUrlHost('fishjam-url', raw, 'https://{hostname}');
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
    assertUrlHost('health-url', raw, 'https://{hostname}/health');
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
/**
 * The URL parser turns numbers it cannot read as a dotted quad into an address (1.2.3 becomes
 * 1.2.0.3, 0x7f.1 becomes 127.0.0.1, 999.1.1.1 is refused as a bad address): the host as
 * written must pass the probe's host rule, which never takes a number for a name.
 */
function assertUrlHost(input, raw, example) {
    const filled = withStandIns(raw);
    if (!/^https?:\/\//i.test(filled))
        return;
    const host = hostAsWritten(filled);
    if (!(0,probe_host/* isHostOrIp */.Bp)(host)) {
        throw new errors/* InputError */.dz(input, `'${host}' in '${raw}' is not a host name or IP address`, example);
    }
}
/** The host part of an http(s) URL exactly as written (no userinfo, no port). */
function hostAsWritten(url) {
    const authority = url.replace(/^[a-z]+:\/\//i, '').split(/[/?#]/)[0];
    const host = authority.slice(authority.lastIndexOf('@') + 1);
    return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d*$/, '');
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
    if (total > max) {
        const limit = max % 3_600_000 === 0 ? `${max / 3_600_000}h` : `${max / 60_000}m`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `'${raw}' is longer than the ${limit} allowed`, example);
    }
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
/* harmony export */   Bp: () => (/* binding */ isHostOrIp),
/* harmony export */   ZQ: () => (/* binding */ ZONE_ID_PROBLEM),
/* harmony export */   gf: () => (/* binding */ hasZoneId),
/* harmony export */   uy: () => (/* binding */ isHostName)
/* harmony export */ });
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
/** An IPv6 literal with a zone (`fe80::1%eth0`, or `%25eth0` as a URI writes it). */
function hasZoneId(host) {
    return host.includes('%') && host.includes(':');
}
/** Why a host with a zone id is refused: the zone names an interface of one machine. */
const ZONE_ID_PROBLEM = 'has an IPv6 zone id (%...): link-local addresses are not supported; use a global address or a host name';


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
    interval: 'the interval',
    successes: 'the successes needed in a row',
    hold: 'the hold'
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
/* harmony export */   Lz: () => (/* binding */ MAX_SUCCESSES),
/* harmony export */   Wg: () => (/* binding */ DEFAULT_PORT),
/* harmony export */   e1: () => (/* binding */ DEFAULT_TLS_PORT),
/* harmony export */   g3: () => (/* binding */ MAX_HOLD_MS),
/* harmony export */   gQ: () => (/* binding */ isProbeTransport),
/* harmony export */   hh: () => (/* binding */ PROBE_CHECKS),
/* harmony export */   mn: () => (/* binding */ MAX_TIMEOUT_MS),
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
/** The most consecutive successful attempts a probe may ask for. */
const MAX_SUCCESSES = 20;
/** The longest hold after ready. */
const MAX_HOLD_MS = 15 * 60_000;
/** The longest probe: Node fires longer timers at once (2^31-1 ms), so a day is the bound. */
const MAX_TIMEOUT_MS = 24 * 3_600_000;
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
    if ((0,_host_js__WEBPACK_IMPORTED_MODULE_0__/* .hasZoneId */ .gf)(o.host ?? '')) {
        fail('host', `'${o.host}' ${_host_js__WEBPACK_IMPORTED_MODULE_0__/* .ZONE_ID_PROBLEM */ .ZQ}`, '2001:db8::1');
    }
    if (!(0,_host_js__WEBPACK_IMPORTED_MODULE_0__/* .isHostOrIp */ .Bp)(o.host ?? '')) {
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
    checkDuration(o.timeoutMs, 'timeout', '5m', fail);
    checkDuration(o.intervalMs, 'interval', '2s', fail);
    checkStreakAndHold(o, fail);
}
function checkDuration(ms, field, example, fail) {
    if (!Number.isFinite(ms) || ms <= 0)
        fail(field, 'must be longer than zero', example);
    if (ms > _types_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_TIMEOUT_MS */ .mn)
        fail(field, `must be at most ${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_TIMEOUT_MS */ .mn / 3_600_000}h`, example);
}
function checkStreakAndHold(o, fail) {
    const successes = o.successes ?? 1;
    if (!Number.isInteger(successes) || successes < 1 || successes > _types_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_SUCCESSES */ .Lz) {
        fail('successes', `${successes} is not a whole number from 1 to ${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_SUCCESSES */ .Lz}`, '3');
    }
    const holdMs = o.holdMs ?? 0;
    if (!Number.isFinite(holdMs) || holdMs < 0 || holdMs > _types_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_HOLD_MS */ .g3) {
        fail('hold', `must be from 0 (off) to ${_types_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_HOLD_MS */ .g3 / 60_000}m`, '6m');
    }
    if (holdMs > 0 && !o.checks.some((check) => check === 'turn' || check === 'relay')) {
        fail('hold', "holds a TURN allocation, so it needs the 'turn' or 'relay' check", '0');
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
    if (/\[[^\]]*%/.test(text))
        return fail(`'${text}' ${_host_js__WEBPACK_IMPORTED_MODULE_0__/* .ZONE_ID_PROBLEM */ .ZQ}`);
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
