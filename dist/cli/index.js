#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 803:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { websocketMask, websocketUnmask } = __nccwpck_require__(611);
const {
  types: { isAnyArrayBuffer }
} = __nccwpck_require__(23);

const { EMPTY_BUFFER } = __nccwpck_require__(791);

const FastBuffer = Buffer[Symbol.species];

/**
 * Merges an array of buffers into a new buffer.
 *
 * @param {Buffer[]} list The array of buffers to concat
 * @param {Number} totalLength The total length of buffers in the list
 * @return {Buffer} The resulting buffer
 * @public
 */
function concat(list, totalLength) {
  if (list.length === 0) return EMPTY_BUFFER;
  if (list.length === 1) return list[0];

  const target = Buffer.allocUnsafe(totalLength);
  let offset = 0;

  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    target.set(buf, offset);
    offset += buf.length;
  }

  if (offset < totalLength) {
    return new FastBuffer(target.buffer, target.byteOffset, offset);
  }

  return target;
}

/**
 * Masks a buffer using the given mask.
 *
 * @param {Buffer} source The buffer to mask
 * @param {Buffer} mask The mask to use
 * @param {Buffer} output The buffer where to store the result
 * @param {Number} offset The offset at which to start writing
 * @param {Number} length The number of bytes to mask.
 * @public
 */
function _mask(source, mask, output, offset, length) {
  for (let i = 0; i < length; i++) {
    output[offset + i] = source[i] ^ mask[i & 3];
  }
}

/**
 * Unmasks a buffer using the given mask.
 *
 * @param {Buffer} buffer The buffer to unmask
 * @param {Buffer} mask The mask to use
 * @public
 */
function _unmask(buffer, mask) {
  for (let i = 0; i < buffer.length; i++) {
    buffer[i] ^= mask[i & 3];
  }
}

/**
 * Converts a buffer to an `ArrayBuffer`.
 *
 * @param {Buffer} buf The buffer to convert
 * @return {ArrayBuffer} Converted buffer
 * @public
 */
function toArrayBuffer(buf) {
  if (buf.length === buf.buffer.byteLength) {
    return buf.buffer;
  }

  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length);
}

/**
 * Converts `data` to a `Buffer`.
 *
 * @param {*} data The data to convert
 * @return {Buffer} The buffer
 * @throws {TypeError}
 * @public
 */
function toBuffer(data) {
  toBuffer.readOnly = true;

  if (Buffer.isBuffer(data)) return data;

  let buf;

  if (isAnyArrayBuffer(data)) {
    buf = new FastBuffer(data);
  } else if (ArrayBuffer.isView(data)) {
    buf = new FastBuffer(data.buffer, data.byteOffset, data.byteLength);
  } else {
    buf = Buffer.from(data);
    toBuffer.readOnly = false;
  }

  return buf;
}

module.exports = {
  concat,
  mask: _mask,
  toArrayBuffer,
  toBuffer,
  unmask: _unmask
};

if (websocketMask) {
  module.exports.mask = function (source, mask, output, offset, length) {
    if (length < 24) _mask(source, mask, output, offset, length);
    else websocketMask(source, mask, output, offset, length);
  };

  module.exports.unmask = function (buffer, mask) {
    if (buffer.length < 24) _unmask(buffer, mask);
    else websocketUnmask(buffer, mask);
  };
} /* istanbul ignore else  */ else if (!process.env.WS_NO_BUFFER_UTIL) {
  try {
    const bufferUtil = __nccwpck_require__(327);

    module.exports.mask = function (source, mask, output, offset, length) {
      if (length < 48) _mask(source, mask, output, offset, length);
      else bufferUtil.mask(source, mask, output, offset, length);
    };

    module.exports.unmask = function (buffer, mask) {
      if (buffer.length < 32) _unmask(buffer, mask);
      else bufferUtil.unmask(buffer, mask);
    };
  } catch (e) {
    // Continue regardless of the error.
  }
}


/***/ }),

/***/ 791:
/***/ ((module) => {



const BINARY_TYPES = ['nodebuffer', 'arraybuffer', 'fragments'];
const hasBlob = typeof Blob !== 'undefined';

if (hasBlob) BINARY_TYPES.push('blob');

module.exports = {
  BINARY_TYPES,
  CLOSE_TIMEOUT: 30000,
  EMPTY_BUFFER: Buffer.alloc(0),
  GUID: '258EAFA5-E914-47DA-95CA-C5AB0DC85B11',
  hasBlob,
  kForOnEventAttribute: Symbol('kIsForOnEventAttribute'),
  kListener: Symbol('kListener'),
  kStatusCode: Symbol('status-code'),
  kWebSocket: Symbol('websocket'),
  NOOP: () => {}
};


/***/ }),

/***/ 634:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { kForOnEventAttribute, kListener } = __nccwpck_require__(791);

const kCode = Symbol('kCode');
const kData = Symbol('kData');
const kError = Symbol('kError');
const kMessage = Symbol('kMessage');
const kReason = Symbol('kReason');
const kTarget = Symbol('kTarget');
const kType = Symbol('kType');
const kWasClean = Symbol('kWasClean');

/**
 * Class representing an event.
 */
class Event {
  /**
   * Create a new `Event`.
   *
   * @param {String} type The name of the event
   * @throws {TypeError} If the `type` argument is not specified
   */
  constructor(type) {
    this[kTarget] = null;
    this[kType] = type;
  }

  /**
   * @type {*}
   */
  get target() {
    return this[kTarget];
  }

  /**
   * @type {String}
   */
  get type() {
    return this[kType];
  }
}

Object.defineProperty(Event.prototype, 'target', { enumerable: true });
Object.defineProperty(Event.prototype, 'type', { enumerable: true });

/**
 * Class representing a close event.
 *
 * @extends Event
 */
class CloseEvent extends Event {
  /**
   * Create a new `CloseEvent`.
   *
   * @param {String} type The name of the event
   * @param {Object} [options] A dictionary object that allows for setting
   *     attributes via object members of the same name
   * @param {Number} [options.code=0] The status code explaining why the
   *     connection was closed
   * @param {String} [options.reason=''] A human-readable string explaining why
   *     the connection was closed
   * @param {Boolean} [options.wasClean=false] Indicates whether or not the
   *     connection was cleanly closed
   */
  constructor(type, options = {}) {
    super(type);

    this[kCode] = options.code === undefined ? 0 : options.code;
    this[kReason] = options.reason === undefined ? '' : options.reason;
    this[kWasClean] = options.wasClean === undefined ? false : options.wasClean;
  }

  /**
   * @type {Number}
   */
  get code() {
    return this[kCode];
  }

  /**
   * @type {String}
   */
  get reason() {
    return this[kReason];
  }

  /**
   * @type {Boolean}
   */
  get wasClean() {
    return this[kWasClean];
  }
}

Object.defineProperty(CloseEvent.prototype, 'code', { enumerable: true });
Object.defineProperty(CloseEvent.prototype, 'reason', { enumerable: true });
Object.defineProperty(CloseEvent.prototype, 'wasClean', { enumerable: true });

/**
 * Class representing an error event.
 *
 * @extends Event
 */
class ErrorEvent extends Event {
  /**
   * Create a new `ErrorEvent`.
   *
   * @param {String} type The name of the event
   * @param {Object} [options] A dictionary object that allows for setting
   *     attributes via object members of the same name
   * @param {*} [options.error=null] The error that generated this event
   * @param {String} [options.message=''] The error message
   */
  constructor(type, options = {}) {
    super(type);

    this[kError] = options.error === undefined ? null : options.error;
    this[kMessage] = options.message === undefined ? '' : options.message;
  }

  /**
   * @type {*}
   */
  get error() {
    return this[kError];
  }

  /**
   * @type {String}
   */
  get message() {
    return this[kMessage];
  }
}

Object.defineProperty(ErrorEvent.prototype, 'error', { enumerable: true });
Object.defineProperty(ErrorEvent.prototype, 'message', { enumerable: true });

/**
 * Class representing a message event.
 *
 * @extends Event
 */
class MessageEvent extends Event {
  /**
   * Create a new `MessageEvent`.
   *
   * @param {String} type The name of the event
   * @param {Object} [options] A dictionary object that allows for setting
   *     attributes via object members of the same name
   * @param {*} [options.data=null] The message content
   */
  constructor(type, options = {}) {
    super(type);

    this[kData] = options.data === undefined ? null : options.data;
  }

  /**
   * @type {*}
   */
  get data() {
    return this[kData];
  }
}

Object.defineProperty(MessageEvent.prototype, 'data', { enumerable: true });

/**
 * This provides methods for emulating the `EventTarget` interface. It's not
 * meant to be used directly.
 *
 * @mixin
 */
const EventTarget = {
  /**
   * Register an event listener.
   *
   * @param {String} type A string representing the event type to listen for
   * @param {(Function|Object)} handler The listener to add
   * @param {Object} [options] An options object specifies characteristics about
   *     the event listener
   * @param {Boolean} [options.once=false] A `Boolean` indicating that the
   *     listener should be invoked at most once after being added. If `true`,
   *     the listener would be automatically removed when invoked.
   * @public
   */
  addEventListener(type, handler, options = {}) {
    for (const listener of this.listeners(type)) {
      if (
        !options[kForOnEventAttribute] &&
        listener[kListener] === handler &&
        !listener[kForOnEventAttribute]
      ) {
        return;
      }
    }

    let wrapper;

    if (type === 'message') {
      wrapper = function onMessage(data, isBinary) {
        const event = new MessageEvent('message', {
          data: isBinary ? data : data.toString()
        });

        event[kTarget] = this;
        callListener(handler, this, event);
      };
    } else if (type === 'close') {
      wrapper = function onClose(code, message) {
        const event = new CloseEvent('close', {
          code,
          reason: message.toString(),
          wasClean: this._closeFrameReceived && this._closeFrameSent
        });

        event[kTarget] = this;
        callListener(handler, this, event);
      };
    } else if (type === 'error') {
      wrapper = function onError(error) {
        const event = new ErrorEvent('error', {
          error,
          message: error.message
        });

        event[kTarget] = this;
        callListener(handler, this, event);
      };
    } else if (type === 'open') {
      wrapper = function onOpen() {
        const event = new Event('open');

        event[kTarget] = this;
        callListener(handler, this, event);
      };
    } else {
      return;
    }

    wrapper[kForOnEventAttribute] = !!options[kForOnEventAttribute];
    wrapper[kListener] = handler;

    if (options.once) {
      this.once(type, wrapper);
    } else {
      this.on(type, wrapper);
    }
  },

  /**
   * Remove an event listener.
   *
   * @param {String} type A string representing the event type to remove
   * @param {(Function|Object)} handler The listener to remove
   * @public
   */
  removeEventListener(type, handler) {
    for (const listener of this.listeners(type)) {
      if (listener[kListener] === handler && !listener[kForOnEventAttribute]) {
        this.removeListener(type, listener);
        break;
      }
    }
  }
};

module.exports = {
  CloseEvent,
  ErrorEvent,
  Event,
  EventTarget,
  MessageEvent
};

/**
 * Call an event listener
 *
 * @param {(Function|Object)} listener The listener to call
 * @param {*} thisArg The value to use as `this`` when calling the listener
 * @param {Event} event The event to pass to the listener
 * @private
 */
function callListener(listener, thisArg, event) {
  if (typeof listener === 'object' && listener.handleEvent) {
    listener.handleEvent.call(listener, event);
  } else {
    listener.call(thisArg, event);
  }
}


/***/ }),

/***/ 335:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { tokenChars } = __nccwpck_require__(615);

/**
 * Adds an offer to the map of extension offers or a parameter to the map of
 * parameters.
 *
 * @param {Object} dest The map of extension offers or parameters
 * @param {String} name The extension or parameter name
 * @param {(Object|Boolean|String)} elem The extension parameters or the
 *     parameter value
 * @private
 */
function push(dest, name, elem) {
  if (dest[name] === undefined) dest[name] = [elem];
  else dest[name].push(elem);
}

/**
 * Parses the `Sec-WebSocket-Extensions` header into an object.
 *
 * @param {String} header The field value of the header
 * @return {Object} The parsed object
 * @public
 */
function parse(header) {
  const offers = Object.create(null);
  let params = Object.create(null);
  let mustUnescape = false;
  let isEscaping = false;
  let inQuotes = false;
  let extensionName;
  let paramName;
  let start = -1;
  let code = -1;
  let end = -1;
  let i = 0;

  for (; i < header.length; i++) {
    code = header.charCodeAt(i);

    if (extensionName === undefined) {
      if (end === -1 && tokenChars[code] === 1) {
        if (start === -1) start = i;
      } else if (
        i !== 0 &&
        (code === 0x20 /* ' ' */ || code === 0x09) /* '\t' */
      ) {
        if (end === -1 && start !== -1) end = i;
      } else if (code === 0x3b /* ';' */ || code === 0x2c /* ',' */) {
        if (start === -1) {
          throw new SyntaxError(`Unexpected character at index ${i}`);
        }

        if (end === -1) end = i;
        const name = header.slice(start, end);
        if (code === 0x2c) {
          push(offers, name, params);
          params = Object.create(null);
        } else {
          extensionName = name;
        }

        start = end = -1;
      } else {
        throw new SyntaxError(`Unexpected character at index ${i}`);
      }
    } else if (paramName === undefined) {
      if (end === -1 && tokenChars[code] === 1) {
        if (start === -1) start = i;
      } else if (code === 0x20 || code === 0x09) {
        if (end === -1 && start !== -1) end = i;
      } else if (code === 0x3b || code === 0x2c) {
        if (start === -1) {
          throw new SyntaxError(`Unexpected character at index ${i}`);
        }

        if (end === -1) end = i;
        push(params, header.slice(start, end), true);
        if (code === 0x2c) {
          push(offers, extensionName, params);
          params = Object.create(null);
          extensionName = undefined;
        }

        start = end = -1;
      } else if (code === 0x3d /* '=' */ && start !== -1 && end === -1) {
        paramName = header.slice(start, i);
        start = end = -1;
      } else {
        throw new SyntaxError(`Unexpected character at index ${i}`);
      }
    } else {
      //
      // The value of a quoted-string after unescaping must conform to the
      // token ABNF, so only token characters are valid.
      // Ref: https://tools.ietf.org/html/rfc6455#section-9.1
      //
      if (isEscaping) {
        if (tokenChars[code] !== 1) {
          throw new SyntaxError(`Unexpected character at index ${i}`);
        }
        if (start === -1) start = i;
        else if (!mustUnescape) mustUnescape = true;
        isEscaping = false;
      } else if (inQuotes) {
        if (tokenChars[code] === 1) {
          if (start === -1) start = i;
        } else if (code === 0x22 /* '"' */ && start !== -1) {
          inQuotes = false;
          end = i;
        } else if (code === 0x5c /* '\' */) {
          isEscaping = true;
        } else {
          throw new SyntaxError(`Unexpected character at index ${i}`);
        }
      } else if (code === 0x22 && header.charCodeAt(i - 1) === 0x3d) {
        inQuotes = true;
      } else if (end === -1 && tokenChars[code] === 1) {
        if (start === -1) start = i;
      } else if (start !== -1 && (code === 0x20 || code === 0x09)) {
        if (end === -1) end = i;
      } else if (code === 0x3b || code === 0x2c) {
        if (start === -1) {
          throw new SyntaxError(`Unexpected character at index ${i}`);
        }

        if (end === -1) end = i;
        let value = header.slice(start, end);
        if (mustUnescape) {
          value = value.replace(/\\/g, '');
          mustUnescape = false;
        }
        push(params, paramName, value);
        if (code === 0x2c) {
          push(offers, extensionName, params);
          params = Object.create(null);
          extensionName = undefined;
        }

        paramName = undefined;
        start = end = -1;
      } else {
        throw new SyntaxError(`Unexpected character at index ${i}`);
      }
    }
  }

  if (start === -1 || inQuotes || code === 0x20 || code === 0x09) {
    throw new SyntaxError('Unexpected end of input');
  }

  if (end === -1) end = i;
  const token = header.slice(start, end);
  if (extensionName === undefined) {
    push(offers, token, params);
  } else {
    if (paramName === undefined) {
      push(params, token, true);
    } else if (mustUnescape) {
      push(params, paramName, token.replace(/\\/g, ''));
    } else {
      push(params, paramName, token);
    }
    push(offers, extensionName, params);
  }

  return offers;
}

/**
 * Builds the `Sec-WebSocket-Extensions` header field value.
 *
 * @param {Object} extensions The map of extensions and parameters to format
 * @return {String} A string representing the given object
 * @public
 */
function format(extensions) {
  return Object.keys(extensions)
    .map((extension) => {
      let configurations = extensions[extension];
      if (!Array.isArray(configurations)) configurations = [configurations];
      return configurations
        .map((params) => {
          return [extension]
            .concat(
              Object.keys(params).map((k) => {
                let values = params[k];
                if (!Array.isArray(values)) values = [values];
                return values
                  .map((v) => (v === true ? k : `${k}=${v}`))
                  .join('; ');
              })
            )
            .join('; ');
        })
        .join(', ');
    })
    .join(', ');
}

module.exports = { format, parse };


/***/ }),

/***/ 958:
/***/ ((module) => {



const kDone = Symbol('kDone');
const kRun = Symbol('kRun');

/**
 * A very simple job queue with adjustable concurrency. Adapted from
 * https://github.com/STRML/async-limiter
 */
class Limiter {
  /**
   * Creates a new `Limiter`.
   *
   * @param {Number} [concurrency=Infinity] The maximum number of jobs allowed
   *     to run concurrently
   */
  constructor(concurrency) {
    this[kDone] = () => {
      this.pending--;
      this[kRun]();
    };
    this.concurrency = concurrency || Infinity;
    this.jobs = [];
    this.pending = 0;
  }

  /**
   * Adds a job to the queue.
   *
   * @param {Function} job The job to run
   * @public
   */
  add(job) {
    this.jobs.push(job);
    this[kRun]();
  }

  /**
   * Removes a job from the queue and runs it if possible.
   *
   * @private
   */
  [kRun]() {
    if (this.pending === this.concurrency) return;

    if (this.jobs.length) {
      const job = this.jobs.shift();

      this.pending++;
      job(this[kDone]);
    }
  }
}

module.exports = Limiter;


/***/ }),

/***/ 376:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const zlib = __nccwpck_require__(106);

const bufferUtil = __nccwpck_require__(803);
const Limiter = __nccwpck_require__(958);
const { kStatusCode } = __nccwpck_require__(791);

const FastBuffer = Buffer[Symbol.species];
const TRAILER = Buffer.from([0x00, 0x00, 0xff, 0xff]);
const kPerMessageDeflate = Symbol('permessage-deflate');
const kTotalLength = Symbol('total-length');
const kCallback = Symbol('callback');
const kBuffers = Symbol('buffers');
const kError = Symbol('error');
const windowBitsRegex = /^(?:[89]|1[0-5])$/;

//
// We limit zlib concurrency, which prevents severe memory fragmentation
// as documented in https://github.com/nodejs/node/issues/8871#issuecomment-250915913
// and https://github.com/websockets/ws/issues/1202
//
// Intentionally global; it's the global thread pool that's an issue.
//
let zlibLimiter;

/**
 * permessage-deflate implementation.
 */
class PerMessageDeflate {
  /**
   * Creates a PerMessageDeflate instance.
   *
   * @param {Object} [options] Configuration options
   * @param {(Boolean|Number)} [options.clientMaxWindowBits] Advertise support
   *     for, or request, a custom client window size
   * @param {Boolean} [options.clientNoContextTakeover=false] Advertise/
   *     acknowledge disabling of client context takeover
   * @param {Number} [options.concurrencyLimit=10] The number of concurrent
   *     calls to zlib
   * @param {Boolean} [options.isServer=false] Create the instance in either
   *     server or client mode
   * @param {Number} [options.maxPayload=0] The maximum allowed message length
   * @param {(Boolean|Number)} [options.serverMaxWindowBits] Request/confirm the
   *     use of a custom server window size
   * @param {Boolean} [options.serverNoContextTakeover=false] Request/accept
   *     disabling of server context takeover
   * @param {Number} [options.threshold=1024] Size (in bytes) below which
   *     messages should not be compressed if context takeover is disabled
   * @param {Object} [options.zlibDeflateOptions] Options to pass to zlib on
   *     deflate
   * @param {Object} [options.zlibInflateOptions] Options to pass to zlib on
   *     inflate
   */
  constructor(options) {
    this._options = options || {};
    this._threshold =
      this._options.threshold !== undefined ? this._options.threshold : 1024;
    this._maxPayload = this._options.maxPayload | 0;
    this._isServer = !!this._options.isServer;
    this._deflate = null;
    this._inflate = null;

    this.params = null;

    if (!zlibLimiter) {
      const concurrency =
        this._options.concurrencyLimit !== undefined
          ? this._options.concurrencyLimit
          : 10;
      zlibLimiter = new Limiter(concurrency);
    }
  }

  /**
   * @type {String}
   */
  static get extensionName() {
    return 'permessage-deflate';
  }

  /**
   * Create an extension negotiation offer.
   *
   * @return {Object} Extension parameters
   * @public
   */
  offer() {
    const params = {};

    if (this._options.serverNoContextTakeover) {
      params.server_no_context_takeover = true;
    }
    if (this._options.clientNoContextTakeover) {
      params.client_no_context_takeover = true;
    }
    if (this._options.serverMaxWindowBits) {
      params.server_max_window_bits = this._options.serverMaxWindowBits;
    }
    if (this._options.clientMaxWindowBits) {
      params.client_max_window_bits = this._options.clientMaxWindowBits;
    } else if (this._options.clientMaxWindowBits == null) {
      params.client_max_window_bits = true;
    }

    return params;
  }

  /**
   * Accept an extension negotiation offer/response.
   *
   * @param {Array} configurations The extension negotiation offers/response
   * @return {Object} Accepted configuration
   * @public
   */
  accept(configurations) {
    configurations = this.normalizeParams(configurations);

    this.params = this._isServer
      ? this.acceptAsServer(configurations)
      : this.acceptAsClient(configurations);

    return this.params;
  }

  /**
   * Releases all resources used by the extension.
   *
   * @public
   */
  cleanup() {
    if (this._inflate) {
      this._inflate.close();
      this._inflate = null;
    }

    if (this._deflate) {
      const callback = this._deflate[kCallback];

      this._deflate.close();
      this._deflate = null;

      if (callback) {
        callback(
          new Error(
            'The deflate stream was closed while data was being processed'
          )
        );
      }
    }
  }

  /**
   *  Accept an extension negotiation offer.
   *
   * @param {Array} offers The extension negotiation offers
   * @return {Object} Accepted configuration
   * @private
   */
  acceptAsServer(offers) {
    const opts = this._options;
    const accepted = offers.find((params) => {
      if (
        (opts.serverNoContextTakeover === false &&
          params.server_no_context_takeover) ||
        (params.server_max_window_bits &&
          (opts.serverMaxWindowBits === false ||
            (typeof opts.serverMaxWindowBits === 'number' &&
              opts.serverMaxWindowBits > params.server_max_window_bits))) ||
        (typeof opts.clientMaxWindowBits === 'number' &&
          (typeof params.client_max_window_bits === 'number'
            ? opts.clientMaxWindowBits > params.client_max_window_bits
            : !params.client_max_window_bits))
      ) {
        return false;
      }

      return true;
    });

    if (!accepted) {
      throw new Error('None of the extension offers can be accepted');
    }

    if (opts.serverNoContextTakeover) {
      accepted.server_no_context_takeover = true;
    }
    if (opts.clientNoContextTakeover) {
      accepted.client_no_context_takeover = true;
    }
    if (typeof opts.serverMaxWindowBits === 'number') {
      accepted.server_max_window_bits = opts.serverMaxWindowBits;
    }
    if (typeof opts.clientMaxWindowBits === 'number') {
      accepted.client_max_window_bits = opts.clientMaxWindowBits;
    } else if (
      accepted.client_max_window_bits === true ||
      opts.clientMaxWindowBits === false
    ) {
      delete accepted.client_max_window_bits;
    }

    return accepted;
  }

  /**
   * Accept the extension negotiation response.
   *
   * @param {Array} response The extension negotiation response
   * @return {Object} Accepted configuration
   * @private
   */
  acceptAsClient(response) {
    const params = response[0];

    if (
      this._options.clientNoContextTakeover === false &&
      params.client_no_context_takeover
    ) {
      throw new Error('Unexpected parameter "client_no_context_takeover"');
    }

    if (!params.client_max_window_bits) {
      if (typeof this._options.clientMaxWindowBits === 'number') {
        params.client_max_window_bits = this._options.clientMaxWindowBits;
      }
    } else if (
      this._options.clientMaxWindowBits === false ||
      (typeof this._options.clientMaxWindowBits === 'number' &&
        params.client_max_window_bits > this._options.clientMaxWindowBits)
    ) {
      throw new Error(
        'Unexpected or invalid parameter "client_max_window_bits"'
      );
    }

    return params;
  }

  /**
   * Normalize parameters.
   *
   * @param {Array} configurations The extension negotiation offers/response
   * @return {Array} The offers/response with normalized parameters
   * @private
   */
  normalizeParams(configurations) {
    configurations.forEach((params) => {
      Object.keys(params).forEach((key) => {
        let value = params[key];

        if (value.length > 1) {
          throw new Error(`Parameter "${key}" must have only a single value`);
        }

        value = value[0];

        if (key === 'client_max_window_bits') {
          if (value !== true) {
            if (!windowBitsRegex.test(value)) {
              throw new TypeError(
                `Invalid value for parameter "${key}": ${value}`
              );
            }
            value = +value;
          } else if (!this._isServer) {
            throw new TypeError(
              `Invalid value for parameter "${key}": ${value}`
            );
          }
        } else if (key === 'server_max_window_bits') {
          if (!windowBitsRegex.test(value)) {
            throw new TypeError(
              `Invalid value for parameter "${key}": ${value}`
            );
          }
          value = +value;
        } else if (
          key === 'client_no_context_takeover' ||
          key === 'server_no_context_takeover'
        ) {
          if (value !== true) {
            throw new TypeError(
              `Invalid value for parameter "${key}": ${value}`
            );
          }
        } else {
          throw new Error(`Unknown parameter "${key}"`);
        }

        params[key] = value;
      });
    });

    return configurations;
  }

  /**
   * Decompress data. Concurrency limited.
   *
   * @param {Buffer} data Compressed data
   * @param {Boolean} fin Specifies whether or not this is the last fragment
   * @param {Function} callback Callback
   * @public
   */
  decompress(data, fin, callback) {
    zlibLimiter.add((done) => {
      this._decompress(data, fin, (err, result) => {
        done();
        callback(err, result);
      });
    });
  }

  /**
   * Compress data. Concurrency limited.
   *
   * @param {(Buffer|String)} data Data to compress
   * @param {Boolean} fin Specifies whether or not this is the last fragment
   * @param {Function} callback Callback
   * @public
   */
  compress(data, fin, callback) {
    zlibLimiter.add((done) => {
      this._compress(data, fin, (err, result) => {
        done();
        callback(err, result);
      });
    });
  }

  /**
   * Decompress data.
   *
   * @param {Buffer} data Compressed data
   * @param {Boolean} fin Specifies whether or not this is the last fragment
   * @param {Function} callback Callback
   * @private
   */
  _decompress(data, fin, callback) {
    const endpoint = this._isServer ? 'client' : 'server';

    if (!this._inflate) {
      const key = `${endpoint}_max_window_bits`;
      const windowBits =
        typeof this.params[key] !== 'number'
          ? zlib.Z_DEFAULT_WINDOWBITS
          : this.params[key];

      this._inflate = zlib.createInflateRaw({
        ...this._options.zlibInflateOptions,
        windowBits
      });
      this._inflate[kPerMessageDeflate] = this;
      this._inflate[kTotalLength] = 0;
      this._inflate[kBuffers] = [];
      this._inflate.on('error', inflateOnError);
      this._inflate.on('data', inflateOnData);
    }

    this._inflate[kCallback] = callback;

    this._inflate.write(data);
    if (fin) this._inflate.write(TRAILER);

    this._inflate.flush(() => {
      const err = this._inflate[kError];

      if (err) {
        this._inflate.close();
        this._inflate = null;
        callback(err);
        return;
      }

      const data = bufferUtil.concat(
        this._inflate[kBuffers],
        this._inflate[kTotalLength]
      );

      if (this._inflate._readableState.endEmitted) {
        this._inflate.close();
        this._inflate = null;
      } else {
        this._inflate[kTotalLength] = 0;
        this._inflate[kBuffers] = [];

        if (fin && this.params[`${endpoint}_no_context_takeover`]) {
          this._inflate.reset();
        }
      }

      callback(null, data);
    });
  }

  /**
   * Compress data.
   *
   * @param {(Buffer|String)} data Data to compress
   * @param {Boolean} fin Specifies whether or not this is the last fragment
   * @param {Function} callback Callback
   * @private
   */
  _compress(data, fin, callback) {
    const endpoint = this._isServer ? 'server' : 'client';

    if (!this._deflate) {
      const key = `${endpoint}_max_window_bits`;
      const windowBits =
        typeof this.params[key] !== 'number'
          ? zlib.Z_DEFAULT_WINDOWBITS
          : this.params[key];

      this._deflate = zlib.createDeflateRaw({
        ...this._options.zlibDeflateOptions,
        windowBits
      });

      this._deflate[kTotalLength] = 0;
      this._deflate[kBuffers] = [];

      this._deflate.on('data', deflateOnData);
    }

    this._deflate[kCallback] = callback;

    this._deflate.write(data);
    this._deflate.flush(zlib.Z_SYNC_FLUSH, () => {
      if (!this._deflate) {
        //
        // The deflate stream was closed while data was being processed.
        //
        return;
      }

      let data = bufferUtil.concat(
        this._deflate[kBuffers],
        this._deflate[kTotalLength]
      );

      if (fin) {
        data = new FastBuffer(data.buffer, data.byteOffset, data.length - 4);
      }

      //
      // Ensure that the callback will not be called again in
      // `PerMessageDeflate#cleanup()`.
      //
      this._deflate[kCallback] = null;

      this._deflate[kTotalLength] = 0;
      this._deflate[kBuffers] = [];

      if (fin && this.params[`${endpoint}_no_context_takeover`]) {
        this._deflate.reset();
      }

      callback(null, data);
    });
  }
}

module.exports = PerMessageDeflate;

/**
 * The listener of the `zlib.DeflateRaw` stream `'data'` event.
 *
 * @param {Buffer} chunk A chunk of data
 * @private
 */
function deflateOnData(chunk) {
  this[kBuffers].push(chunk);
  this[kTotalLength] += chunk.length;
}

/**
 * The listener of the `zlib.InflateRaw` stream `'data'` event.
 *
 * @param {Buffer} chunk A chunk of data
 * @private
 */
function inflateOnData(chunk) {
  this[kTotalLength] += chunk.length;

  if (
    this[kPerMessageDeflate]._maxPayload < 1 ||
    this[kTotalLength] <= this[kPerMessageDeflate]._maxPayload
  ) {
    this[kBuffers].push(chunk);
    return;
  }

  this[kError] = new RangeError('Max payload size exceeded');
  this[kError].code = 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH';
  this[kError][kStatusCode] = 1009;
  this.removeListener('data', inflateOnData);

  //
  // The choice to employ `zlib.reset()` over `zlib.close()` is dictated by the
  // fact that in Node.js versions prior to 13.10.0, the callback for
  // `zlib.flush()` is not called if `zlib.close()` is used. Utilizing
  // `zlib.reset()` ensures that either the callback is invoked or an error is
  // emitted.
  //
  this.reset();
}

/**
 * The listener of the `zlib.InflateRaw` stream `'error'` event.
 *
 * @param {Error} err The emitted error
 * @private
 */
function inflateOnError(err) {
  //
  // There is no need to call `Zlib#close()` as the handle is automatically
  // closed when an error is emitted.
  //
  this[kPerMessageDeflate]._inflate = null;

  if (this[kError]) {
    this[kCallback](this[kError]);
    return;
  }

  err[kStatusCode] = 1007;
  this[kCallback](err);
}


/***/ }),

/***/ 893:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { Writable } = __nccwpck_require__(203);

const PerMessageDeflate = __nccwpck_require__(376);
const {
  BINARY_TYPES,
  EMPTY_BUFFER,
  kStatusCode,
  kWebSocket
} = __nccwpck_require__(791);
const { concat, toArrayBuffer, unmask } = __nccwpck_require__(803);
const { isValidStatusCode, isValidUTF8 } = __nccwpck_require__(615);

const FastBuffer = Buffer[Symbol.species];

const GET_INFO = 0;
const GET_PAYLOAD_LENGTH_16 = 1;
const GET_PAYLOAD_LENGTH_64 = 2;
const GET_MASK = 3;
const GET_DATA = 4;
const INFLATING = 5;
const DEFER_EVENT = 6;

/**
 * HyBi Receiver implementation.
 *
 * @extends Writable
 */
class Receiver extends Writable {
  /**
   * Creates a Receiver instance.
   *
   * @param {Object} [options] Options object
   * @param {Boolean} [options.allowSynchronousEvents=true] Specifies whether
   *     any of the `'message'`, `'ping'`, and `'pong'` events can be emitted
   *     multiple times in the same tick
   * @param {String} [options.binaryType=nodebuffer] The type for binary data
   * @param {Object} [options.extensions] An object containing the negotiated
   *     extensions
   * @param {Boolean} [options.isServer=false] Specifies whether to operate in
   *     client or server mode
   * @param {Number} [options.maxBufferedChunks=0] The maximum number of
   *     buffered data chunks
   * @param {Number} [options.maxFragments=0] The maximum number of message
   *     fragments
   * @param {Number} [options.maxPayload=0] The maximum allowed message length
   * @param {Boolean} [options.skipUTF8Validation=false] Specifies whether or
   *     not to skip UTF-8 validation for text and close messages
   */
  constructor(options = {}) {
    super();

    this._allowSynchronousEvents =
      options.allowSynchronousEvents !== undefined
        ? options.allowSynchronousEvents
        : true;
    this._binaryType = options.binaryType || BINARY_TYPES[0];
    this._extensions = options.extensions || {};
    this._isServer = !!options.isServer;
    this._maxBufferedChunks = options.maxBufferedChunks | 0;
    this._maxFragments = options.maxFragments | 0;
    this._maxPayload = options.maxPayload | 0;
    this._skipUTF8Validation = !!options.skipUTF8Validation;
    this[kWebSocket] = undefined;

    this._bufferedBytes = 0;
    this._buffers = [];

    this._compressed = false;
    this._payloadLength = 0;
    this._mask = undefined;
    this._fragmented = 0;
    this._masked = false;
    this._fin = false;
    this._opcode = 0;

    this._totalPayloadLength = 0;
    this._messageLength = 0;
    this._numFragments = 0;
    this._fragments = [];

    this._errored = false;
    this._loop = false;
    this._state = GET_INFO;
  }

  /**
   * Implements `Writable.prototype._write()`.
   *
   * @param {Buffer} chunk The chunk of data to write
   * @param {String} encoding The character encoding of `chunk`
   * @param {Function} cb Callback
   * @private
   */
  _write(chunk, encoding, cb) {
    if (this._opcode === 0x08 && this._state == GET_INFO) return cb();

    if (
      this._maxBufferedChunks > 0 &&
      this._buffers.length >= this._maxBufferedChunks
    ) {
      cb(
        this.createError(
          RangeError,
          'Too many buffered chunks',
          false,
          1008,
          'WS_ERR_TOO_MANY_BUFFERED_PARTS'
        )
      );
      return;
    }

    this._bufferedBytes += chunk.length;
    this._buffers.push(chunk);
    this.startLoop(cb);
  }

  /**
   * Consumes `n` bytes from the buffered data.
   *
   * @param {Number} n The number of bytes to consume
   * @return {Buffer} The consumed bytes
   * @private
   */
  consume(n) {
    this._bufferedBytes -= n;

    if (n === this._buffers[0].length) return this._buffers.shift();

    if (n < this._buffers[0].length) {
      const buf = this._buffers[0];
      this._buffers[0] = new FastBuffer(
        buf.buffer,
        buf.byteOffset + n,
        buf.length - n
      );

      return new FastBuffer(buf.buffer, buf.byteOffset, n);
    }

    const dst = Buffer.allocUnsafe(n);

    do {
      const buf = this._buffers[0];
      const offset = dst.length - n;

      if (n >= buf.length) {
        dst.set(this._buffers.shift(), offset);
      } else {
        dst.set(new Uint8Array(buf.buffer, buf.byteOffset, n), offset);
        this._buffers[0] = new FastBuffer(
          buf.buffer,
          buf.byteOffset + n,
          buf.length - n
        );
      }

      n -= buf.length;
    } while (n > 0);

    return dst;
  }

  /**
   * Starts the parsing loop.
   *
   * @param {Function} cb Callback
   * @private
   */
  startLoop(cb) {
    this._loop = true;

    do {
      switch (this._state) {
        case GET_INFO:
          this.getInfo(cb);
          break;
        case GET_PAYLOAD_LENGTH_16:
          this.getPayloadLength16(cb);
          break;
        case GET_PAYLOAD_LENGTH_64:
          this.getPayloadLength64(cb);
          break;
        case GET_MASK:
          this.getMask();
          break;
        case GET_DATA:
          this.getData(cb);
          break;
        case INFLATING:
        case DEFER_EVENT:
          this._loop = false;
          return;
      }
    } while (this._loop);

    if (!this._errored) cb();
  }

  /**
   * Reads the first two bytes of a frame.
   *
   * @param {Function} cb Callback
   * @private
   */
  getInfo(cb) {
    if (this._bufferedBytes < 2) {
      this._loop = false;
      return;
    }

    let buf = this._buffers[0];

    if (buf.length > 2) {
      //
      // Only advance `this._buffers[0]` by 2 bytes. The first 2 bytes can
      // be read directly from `buf` without allocating another buffer via
      // `this.consume(2)`.
      //
      this._bufferedBytes -= 2;
      this._buffers[0] = new FastBuffer(
        buf.buffer,
        buf.byteOffset + 2,
        buf.length - 2
      );
    } else {
      buf = this.consume(2);
    }

    if ((buf[0] & 0x30) !== 0x00) {
      const error = this.createError(
        RangeError,
        'RSV2 and RSV3 must be clear',
        true,
        1002,
        'WS_ERR_UNEXPECTED_RSV_2_3'
      );

      cb(error);
      return;
    }

    const compressed = (buf[0] & 0x40) === 0x40;

    if (compressed && !this._extensions[PerMessageDeflate.extensionName]) {
      const error = this.createError(
        RangeError,
        'RSV1 must be clear',
        true,
        1002,
        'WS_ERR_UNEXPECTED_RSV_1'
      );

      cb(error);
      return;
    }

    this._fin = (buf[0] & 0x80) === 0x80;
    this._opcode = buf[0] & 0x0f;
    this._payloadLength = buf[1] & 0x7f;

    if (this._opcode === 0x00) {
      if (compressed) {
        const error = this.createError(
          RangeError,
          'RSV1 must be clear',
          true,
          1002,
          'WS_ERR_UNEXPECTED_RSV_1'
        );

        cb(error);
        return;
      }

      if (!this._fragmented) {
        const error = this.createError(
          RangeError,
          'invalid opcode 0',
          true,
          1002,
          'WS_ERR_INVALID_OPCODE'
        );

        cb(error);
        return;
      }

      this._opcode = this._fragmented;
    } else if (this._opcode === 0x01 || this._opcode === 0x02) {
      if (this._fragmented) {
        const error = this.createError(
          RangeError,
          `invalid opcode ${this._opcode}`,
          true,
          1002,
          'WS_ERR_INVALID_OPCODE'
        );

        cb(error);
        return;
      }

      this._compressed = compressed;
    } else if (this._opcode > 0x07 && this._opcode < 0x0b) {
      if (!this._fin) {
        const error = this.createError(
          RangeError,
          'FIN must be set',
          true,
          1002,
          'WS_ERR_EXPECTED_FIN'
        );

        cb(error);
        return;
      }

      if (compressed) {
        const error = this.createError(
          RangeError,
          'RSV1 must be clear',
          true,
          1002,
          'WS_ERR_UNEXPECTED_RSV_1'
        );

        cb(error);
        return;
      }

      if (
        this._payloadLength > 0x7d ||
        (this._opcode === 0x08 && this._payloadLength === 1)
      ) {
        const error = this.createError(
          RangeError,
          `invalid payload length ${this._payloadLength}`,
          true,
          1002,
          'WS_ERR_INVALID_CONTROL_PAYLOAD_LENGTH'
        );

        cb(error);
        return;
      }
    } else {
      const error = this.createError(
        RangeError,
        `invalid opcode ${this._opcode}`,
        true,
        1002,
        'WS_ERR_INVALID_OPCODE'
      );

      cb(error);
      return;
    }

    if (!this._fin && !this._fragmented) this._fragmented = this._opcode;
    this._masked = (buf[1] & 0x80) === 0x80;

    if (this._isServer) {
      if (!this._masked) {
        const error = this.createError(
          RangeError,
          'MASK must be set',
          true,
          1002,
          'WS_ERR_EXPECTED_MASK'
        );

        cb(error);
        return;
      }
    } else if (this._masked) {
      const error = this.createError(
        RangeError,
        'MASK must be clear',
        true,
        1002,
        'WS_ERR_UNEXPECTED_MASK'
      );

      cb(error);
      return;
    }

    if (this._payloadLength === 126) this._state = GET_PAYLOAD_LENGTH_16;
    else if (this._payloadLength === 127) this._state = GET_PAYLOAD_LENGTH_64;
    else this.haveLength(cb);
  }

  /**
   * Gets extended payload length (7+16).
   *
   * @param {Function} cb Callback
   * @private
   */
  getPayloadLength16(cb) {
    if (this._bufferedBytes < 2) {
      this._loop = false;
      return;
    }

    this._payloadLength = this.consume(2).readUInt16BE(0);
    this.haveLength(cb);
  }

  /**
   * Gets extended payload length (7+64).
   *
   * @param {Function} cb Callback
   * @private
   */
  getPayloadLength64(cb) {
    if (this._bufferedBytes < 8) {
      this._loop = false;
      return;
    }

    const buf = this.consume(8);
    const num = buf.readUInt32BE(0);

    //
    // The maximum safe integer in JavaScript is 2^53 - 1. An error is returned
    // if payload length is greater than this number.
    //
    if (num > Math.pow(2, 53 - 32) - 1) {
      const error = this.createError(
        RangeError,
        'Unsupported WebSocket frame: payload length > 2^53 - 1',
        false,
        1009,
        'WS_ERR_UNSUPPORTED_DATA_PAYLOAD_LENGTH'
      );

      cb(error);
      return;
    }

    this._payloadLength = num * Math.pow(2, 32) + buf.readUInt32BE(4);
    this.haveLength(cb);
  }

  /**
   * Payload length has been read.
   *
   * @param {Function} cb Callback
   * @private
   */
  haveLength(cb) {
    if (this._payloadLength && this._opcode < 0x08) {
      this._totalPayloadLength += this._payloadLength;
      if (this._totalPayloadLength > this._maxPayload && this._maxPayload > 0) {
        const error = this.createError(
          RangeError,
          'Max payload size exceeded',
          false,
          1009,
          'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH'
        );

        cb(error);
        return;
      }
    }

    if (this._masked) this._state = GET_MASK;
    else this._state = GET_DATA;
  }

  /**
   * Reads mask bytes.
   *
   * @private
   */
  getMask() {
    if (this._bufferedBytes < 4) {
      this._loop = false;
      return;
    }

    this._mask = this.consume(4);
    this._state = GET_DATA;
  }

  /**
   * Reads data bytes.
   *
   * @param {Function} cb Callback
   * @private
   */
  getData(cb) {
    let data = EMPTY_BUFFER;

    if (this._payloadLength) {
      if (this._bufferedBytes < this._payloadLength) {
        this._loop = false;
        return;
      }

      data = this.consume(this._payloadLength);

      if (
        this._masked &&
        (this._mask[0] | this._mask[1] | this._mask[2] | this._mask[3]) !== 0
      ) {
        unmask(data, this._mask);
      }
    }

    //
    // The mask is a view into the buffer the stream delivered, which is commonly
    // 64 KiB, and it is not needed once the payload above has been unmasked.
    // Leaving it set would pin that whole buffer until the next frame arrives,
    // which on an idle connection can be indefinitely.
    //
    this._mask = undefined;

    if (this._opcode > 0x07) {
      this.controlMessage(data, cb);
      return;
    }

    if (this._maxFragments > 0 && ++this._numFragments > this._maxFragments) {
      const error = this.createError(
        RangeError,
        'Too many message fragments',
        false,
        1008,
        'WS_ERR_TOO_MANY_BUFFERED_PARTS'
      );

      cb(error);
      return;
    }

    if (this._compressed) {
      this._state = INFLATING;
      this.decompress(data, cb);
      return;
    }

    if (data.length) {
      //
      // This message is not compressed so its length is the sum of the payload
      // length of all fragments.
      //
      this._messageLength = this._totalPayloadLength;
      this._fragments.push(data);
    }

    this.dataMessage(cb);
  }

  /**
   * Decompresses data.
   *
   * @param {Buffer} data Compressed data
   * @param {Function} cb Callback
   * @private
   */
  decompress(data, cb) {
    const perMessageDeflate = this._extensions[PerMessageDeflate.extensionName];

    perMessageDeflate.decompress(data, this._fin, (err, buf) => {
      if (err) return cb(err);

      if (buf.length) {
        this._messageLength += buf.length;
        if (this._messageLength > this._maxPayload && this._maxPayload > 0) {
          const error = this.createError(
            RangeError,
            'Max payload size exceeded',
            false,
            1009,
            'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH'
          );

          cb(error);
          return;
        }

        this._fragments.push(buf);
      }

      this.dataMessage(cb);
      if (this._state === GET_INFO) this.startLoop(cb);
    });
  }

  /**
   * Handles a data message.
   *
   * @param {Function} cb Callback
   * @private
   */
  dataMessage(cb) {
    if (!this._fin) {
      this._state = GET_INFO;
      return;
    }

    const messageLength = this._messageLength;
    const fragments = this._fragments;

    this._totalPayloadLength = 0;
    this._messageLength = 0;
    this._fragmented = 0;
    this._numFragments = 0;
    this._fragments = [];

    if (this._opcode === 2) {
      let data;

      if (this._binaryType === 'nodebuffer') {
        data = concat(fragments, messageLength);
      } else if (this._binaryType === 'arraybuffer') {
        data = toArrayBuffer(concat(fragments, messageLength));
      } else if (this._binaryType === 'blob') {
        data = new Blob(fragments);
      } else {
        data = fragments;
      }

      if (this._allowSynchronousEvents) {
        this.emit('message', data, true);
        this._state = GET_INFO;
      } else {
        this._state = DEFER_EVENT;
        setImmediate(() => {
          this.emit('message', data, true);
          this._state = GET_INFO;
          this.startLoop(cb);
        });
      }
    } else {
      const buf = concat(fragments, messageLength);

      if (!this._skipUTF8Validation && !isValidUTF8(buf)) {
        const error = this.createError(
          Error,
          'invalid UTF-8 sequence',
          true,
          1007,
          'WS_ERR_INVALID_UTF8'
        );

        cb(error);
        return;
      }

      if (this._state === INFLATING || this._allowSynchronousEvents) {
        this.emit('message', buf, false);
        this._state = GET_INFO;
      } else {
        this._state = DEFER_EVENT;
        setImmediate(() => {
          this.emit('message', buf, false);
          this._state = GET_INFO;
          this.startLoop(cb);
        });
      }
    }
  }

  /**
   * Handles a control message.
   *
   * @param {Buffer} data Data to handle
   * @return {(Error|RangeError|undefined)} A possible error
   * @private
   */
  controlMessage(data, cb) {
    if (this._opcode === 0x08) {
      if (data.length === 0) {
        this._loop = false;
        this.emit('conclude', 1005, EMPTY_BUFFER);
        this.end();
      } else {
        const code = data.readUInt16BE(0);

        if (!isValidStatusCode(code)) {
          const error = this.createError(
            RangeError,
            `invalid status code ${code}`,
            true,
            1002,
            'WS_ERR_INVALID_CLOSE_CODE'
          );

          cb(error);
          return;
        }

        const buf = new FastBuffer(
          data.buffer,
          data.byteOffset + 2,
          data.length - 2
        );

        if (!this._skipUTF8Validation && !isValidUTF8(buf)) {
          const error = this.createError(
            Error,
            'invalid UTF-8 sequence',
            true,
            1007,
            'WS_ERR_INVALID_UTF8'
          );

          cb(error);
          return;
        }

        this._loop = false;
        this.emit('conclude', code, buf);
        this.end();
      }

      this._state = GET_INFO;
      return;
    }

    if (this._allowSynchronousEvents) {
      this.emit(this._opcode === 0x09 ? 'ping' : 'pong', data);
      this._state = GET_INFO;
    } else {
      this._state = DEFER_EVENT;
      setImmediate(() => {
        this.emit(this._opcode === 0x09 ? 'ping' : 'pong', data);
        this._state = GET_INFO;
        this.startLoop(cb);
      });
    }
  }

  /**
   * Builds an error object.
   *
   * @param {function(new:Error|RangeError)} ErrorCtor The error constructor
   * @param {String} message The error message
   * @param {Boolean} prefix Specifies whether or not to add a default prefix to
   *     `message`
   * @param {Number} statusCode The status code
   * @param {String} errorCode The exposed error code
   * @return {(Error|RangeError)} The error
   * @private
   */
  createError(ErrorCtor, message, prefix, statusCode, errorCode) {
    this._loop = false;
    this._errored = true;

    const err = new ErrorCtor(
      prefix ? `Invalid WebSocket frame: ${message}` : message
    );

    Error.captureStackTrace(err, this.createError);
    err.code = errorCode;
    err[kStatusCode] = statusCode;
    return err;
  }
}

module.exports = Receiver;


/***/ }),

/***/ 389:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/* eslint no-unused-vars: ["error", { "varsIgnorePattern": "^Duplex" }] */



const { Duplex } = __nccwpck_require__(203);
const { randomFillSync } = __nccwpck_require__(982);
const {
  types: { isUint8Array }
} = __nccwpck_require__(23);

const PerMessageDeflate = __nccwpck_require__(376);
const { EMPTY_BUFFER, kWebSocket, NOOP } = __nccwpck_require__(791);
const { isBlob, isValidStatusCode } = __nccwpck_require__(615);
const { mask: applyMask, toBuffer } = __nccwpck_require__(803);

const kByteLength = Symbol('kByteLength');
const maskBuffer = Buffer.alloc(4);
const RANDOM_POOL_SIZE = 8 * 1024;
let randomPool;
let randomPoolPointer = RANDOM_POOL_SIZE;

const DEFAULT = 0;
const DEFLATING = 1;
const GET_BLOB_DATA = 2;

/**
 * HyBi Sender implementation.
 */
class Sender {
  /**
   * Creates a Sender instance.
   *
   * @param {Duplex} socket The connection socket
   * @param {Object} [extensions] An object containing the negotiated extensions
   * @param {Function} [generateMask] The function used to generate the masking
   *     key
   */
  constructor(socket, extensions, generateMask) {
    this._extensions = extensions || {};

    if (generateMask) {
      this._generateMask = generateMask;
      this._maskBuffer = Buffer.alloc(4);
    }

    this._socket = socket;

    this._firstFragment = true;
    this._compress = false;

    this._bufferedBytes = 0;
    this._queue = [];
    this._state = DEFAULT;
    this.onerror = NOOP;
    this[kWebSocket] = undefined;
  }

  /**
   * Frames a piece of data according to the HyBi WebSocket protocol.
   *
   * @param {(Buffer|String)} data The data to frame
   * @param {Object} options Options object
   * @param {Boolean} [options.fin=false] Specifies whether or not to set the
   *     FIN bit
   * @param {Function} [options.generateMask] The function used to generate the
   *     masking key
   * @param {Boolean} [options.mask=false] Specifies whether or not to mask
   *     `data`
   * @param {Buffer} [options.maskBuffer] The buffer used to store the masking
   *     key
   * @param {Number} options.opcode The opcode
   * @param {Boolean} [options.readOnly=false] Specifies whether `data` can be
   *     modified
   * @param {Boolean} [options.rsv1=false] Specifies whether or not to set the
   *     RSV1 bit
   * @return {(Buffer|String)[]} The framed data
   * @public
   */
  static frame(data, options) {
    let mask;
    let merge = false;
    let offset = 2;
    let skipMasking = false;

    if (options.mask) {
      mask = options.maskBuffer || maskBuffer;

      if (options.generateMask) {
        options.generateMask(mask);
      } else {
        if (randomPoolPointer === RANDOM_POOL_SIZE) {
          /* istanbul ignore else  */
          if (randomPool === undefined) {
            //
            // This is lazily initialized because server-sent frames must not
            // be masked so it may never be used.
            //
            randomPool = Buffer.alloc(RANDOM_POOL_SIZE);
          }

          randomFillSync(randomPool, 0, RANDOM_POOL_SIZE);
          randomPoolPointer = 0;
        }

        mask[0] = randomPool[randomPoolPointer++];
        mask[1] = randomPool[randomPoolPointer++];
        mask[2] = randomPool[randomPoolPointer++];
        mask[3] = randomPool[randomPoolPointer++];
      }

      skipMasking = (mask[0] | mask[1] | mask[2] | mask[3]) === 0;
      offset = 6;
    }

    let dataLength;

    if (typeof data === 'string') {
      if (
        (!options.mask || skipMasking) &&
        options[kByteLength] !== undefined
      ) {
        dataLength = options[kByteLength];
      } else {
        data = Buffer.from(data);
        dataLength = data.length;
      }
    } else {
      dataLength = data.length;
      merge = options.mask && options.readOnly && !skipMasking;
    }

    let payloadLength = dataLength;

    if (dataLength >= 65536) {
      offset += 8;
      payloadLength = 127;
    } else if (dataLength > 125) {
      offset += 2;
      payloadLength = 126;
    }

    const target = Buffer.allocUnsafe(merge ? dataLength + offset : offset);

    target[0] = options.fin ? options.opcode | 0x80 : options.opcode;
    if (options.rsv1) target[0] |= 0x40;

    target[1] = payloadLength;

    if (payloadLength === 126) {
      target.writeUInt16BE(dataLength, 2);
    } else if (payloadLength === 127) {
      target[2] = target[3] = 0;
      target.writeUIntBE(dataLength, 4, 6);
    }

    if (!options.mask) {
      return dataLength ? [target, data] : [target];
    }

    target[1] |= 0x80;
    target[offset - 4] = mask[0];
    target[offset - 3] = mask[1];
    target[offset - 2] = mask[2];
    target[offset - 1] = mask[3];

    if (!dataLength) return [target];
    if (skipMasking) return [target, data];

    if (merge) {
      applyMask(data, mask, target, offset, dataLength);
      return [target];
    }

    applyMask(data, mask, data, 0, dataLength);
    return [target, data];
  }

  /**
   * Sends a close message to the other peer.
   *
   * @param {Number} [code] The status code component of the body
   * @param {(String|Buffer)} [data] The message component of the body
   * @param {Boolean} [mask=false] Specifies whether or not to mask the message
   * @param {Function} [cb] Callback
   * @public
   */
  close(code, data, mask, cb) {
    let buf;

    if (code === undefined) {
      buf = EMPTY_BUFFER;
    } else if (typeof code !== 'number' || !isValidStatusCode(code)) {
      throw new TypeError('First argument must be a valid error code number');
    } else if (data === undefined || !data.length) {
      buf = Buffer.allocUnsafe(2);
      buf.writeUInt16BE(code, 0);
    } else {
      const length = Buffer.byteLength(data);

      if (length > 123) {
        throw new RangeError('The message must not be greater than 123 bytes');
      }

      buf = Buffer.allocUnsafe(2 + length);
      buf.writeUInt16BE(code, 0);

      if (typeof data === 'string') {
        buf.write(data, 2);
      } else if (isUint8Array(data)) {
        buf.set(data, 2);
      } else {
        throw new TypeError('Second argument must be a string or a Uint8Array');
      }
    }

    const options = {
      [kByteLength]: buf.length,
      fin: true,
      generateMask: this._generateMask,
      mask,
      maskBuffer: this._maskBuffer,
      opcode: 0x08,
      readOnly: false,
      rsv1: false
    };

    if (this._state !== DEFAULT) {
      this.enqueue([this.dispatch, buf, false, options, cb]);
    } else {
      this.sendFrame(Sender.frame(buf, options), cb);
    }
  }

  /**
   * Sends a ping message to the other peer.
   *
   * @param {*} data The message to send
   * @param {Boolean} [mask=false] Specifies whether or not to mask `data`
   * @param {Function} [cb] Callback
   * @public
   */
  ping(data, mask, cb) {
    let byteLength;
    let readOnly;

    if (typeof data === 'string') {
      byteLength = Buffer.byteLength(data);
      readOnly = false;
    } else if (isBlob(data)) {
      byteLength = data.size;
      readOnly = false;
    } else {
      data = toBuffer(data);
      byteLength = data.length;
      readOnly = toBuffer.readOnly;
    }

    if (byteLength > 125) {
      throw new RangeError('The data size must not be greater than 125 bytes');
    }

    const options = {
      [kByteLength]: byteLength,
      fin: true,
      generateMask: this._generateMask,
      mask,
      maskBuffer: this._maskBuffer,
      opcode: 0x09,
      readOnly,
      rsv1: false
    };

    if (isBlob(data)) {
      if (this._state !== DEFAULT) {
        this.enqueue([this.getBlobData, data, false, options, cb]);
      } else {
        this.getBlobData(data, false, options, cb);
      }
    } else if (this._state !== DEFAULT) {
      this.enqueue([this.dispatch, data, false, options, cb]);
    } else {
      this.sendFrame(Sender.frame(data, options), cb);
    }
  }

  /**
   * Sends a pong message to the other peer.
   *
   * @param {*} data The message to send
   * @param {Boolean} [mask=false] Specifies whether or not to mask `data`
   * @param {Function} [cb] Callback
   * @public
   */
  pong(data, mask, cb) {
    let byteLength;
    let readOnly;

    if (typeof data === 'string') {
      byteLength = Buffer.byteLength(data);
      readOnly = false;
    } else if (isBlob(data)) {
      byteLength = data.size;
      readOnly = false;
    } else {
      data = toBuffer(data);
      byteLength = data.length;
      readOnly = toBuffer.readOnly;
    }

    if (byteLength > 125) {
      throw new RangeError('The data size must not be greater than 125 bytes');
    }

    const options = {
      [kByteLength]: byteLength,
      fin: true,
      generateMask: this._generateMask,
      mask,
      maskBuffer: this._maskBuffer,
      opcode: 0x0a,
      readOnly,
      rsv1: false
    };

    if (isBlob(data)) {
      if (this._state !== DEFAULT) {
        this.enqueue([this.getBlobData, data, false, options, cb]);
      } else {
        this.getBlobData(data, false, options, cb);
      }
    } else if (this._state !== DEFAULT) {
      this.enqueue([this.dispatch, data, false, options, cb]);
    } else {
      this.sendFrame(Sender.frame(data, options), cb);
    }
  }

  /**
   * Sends a data message to the other peer.
   *
   * @param {*} data The message to send
   * @param {Object} options Options object
   * @param {Boolean} [options.binary=false] Specifies whether `data` is binary
   *     or text
   * @param {Boolean} [options.compress=false] Specifies whether or not to
   *     compress `data`
   * @param {Boolean} [options.fin=false] Specifies whether the fragment is the
   *     last one
   * @param {Boolean} [options.mask=false] Specifies whether or not to mask
   *     `data`
   * @param {Function} [cb] Callback
   * @public
   */
  send(data, options, cb) {
    const perMessageDeflate = this._extensions[PerMessageDeflate.extensionName];
    let opcode = options.binary ? 2 : 1;
    let rsv1 = options.compress;

    let byteLength;
    let readOnly;

    if (typeof data === 'string') {
      byteLength = Buffer.byteLength(data);
      readOnly = false;
    } else if (isBlob(data)) {
      byteLength = data.size;
      readOnly = false;
    } else {
      data = toBuffer(data);
      byteLength = data.length;
      readOnly = toBuffer.readOnly;
    }

    if (this._firstFragment) {
      this._firstFragment = false;
      if (
        rsv1 &&
        perMessageDeflate &&
        perMessageDeflate.params[
          perMessageDeflate._isServer
            ? 'server_no_context_takeover'
            : 'client_no_context_takeover'
        ]
      ) {
        rsv1 = byteLength >= perMessageDeflate._threshold;
      }
      this._compress = rsv1;
    } else {
      rsv1 = false;
      opcode = 0;
    }

    if (options.fin) this._firstFragment = true;

    const opts = {
      [kByteLength]: byteLength,
      fin: options.fin,
      generateMask: this._generateMask,
      mask: options.mask,
      maskBuffer: this._maskBuffer,
      opcode,
      readOnly,
      rsv1
    };

    if (isBlob(data)) {
      if (this._state !== DEFAULT) {
        this.enqueue([this.getBlobData, data, this._compress, opts, cb]);
      } else {
        this.getBlobData(data, this._compress, opts, cb);
      }
    } else if (this._state !== DEFAULT) {
      this.enqueue([this.dispatch, data, this._compress, opts, cb]);
    } else {
      this.dispatch(data, this._compress, opts, cb);
    }
  }

  /**
   * Gets the contents of a blob as binary data.
   *
   * @param {Blob} blob The blob
   * @param {Boolean} [compress=false] Specifies whether or not to compress
   *     the data
   * @param {Object} options Options object
   * @param {Boolean} [options.fin=false] Specifies whether or not to set the
   *     FIN bit
   * @param {Function} [options.generateMask] The function used to generate the
   *     masking key
   * @param {Boolean} [options.mask=false] Specifies whether or not to mask
   *     `data`
   * @param {Buffer} [options.maskBuffer] The buffer used to store the masking
   *     key
   * @param {Number} options.opcode The opcode
   * @param {Boolean} [options.readOnly=false] Specifies whether `data` can be
   *     modified
   * @param {Boolean} [options.rsv1=false] Specifies whether or not to set the
   *     RSV1 bit
   * @param {Function} [cb] Callback
   * @private
   */
  getBlobData(blob, compress, options, cb) {
    this._bufferedBytes += options[kByteLength];
    this._state = GET_BLOB_DATA;

    blob
      .arrayBuffer()
      .then((arrayBuffer) => {
        if (this._socket.destroyed) {
          const err = new Error(
            'The socket was closed while the blob was being read'
          );

          //
          // `callCallbacks` is called in the next tick to ensure that errors
          // that might be thrown in the callbacks behave like errors thrown
          // outside the promise chain.
          //
          process.nextTick(callCallbacks, this, err, cb);
          return;
        }

        this._bufferedBytes -= options[kByteLength];
        const data = toBuffer(arrayBuffer);

        if (!compress) {
          this._state = DEFAULT;
          this.sendFrame(Sender.frame(data, options), cb);
          this.dequeue();
        } else {
          this.dispatch(data, compress, options, cb);
        }
      })
      .catch((err) => {
        //
        // `onError` is called in the next tick for the same reason that
        // `callCallbacks` above is.
        //
        process.nextTick(onError, this, err, cb);
      });
  }

  /**
   * Dispatches a message.
   *
   * @param {(Buffer|String)} data The message to send
   * @param {Boolean} [compress=false] Specifies whether or not to compress
   *     `data`
   * @param {Object} options Options object
   * @param {Boolean} [options.fin=false] Specifies whether or not to set the
   *     FIN bit
   * @param {Function} [options.generateMask] The function used to generate the
   *     masking key
   * @param {Boolean} [options.mask=false] Specifies whether or not to mask
   *     `data`
   * @param {Buffer} [options.maskBuffer] The buffer used to store the masking
   *     key
   * @param {Number} options.opcode The opcode
   * @param {Boolean} [options.readOnly=false] Specifies whether `data` can be
   *     modified
   * @param {Boolean} [options.rsv1=false] Specifies whether or not to set the
   *     RSV1 bit
   * @param {Function} [cb] Callback
   * @private
   */
  dispatch(data, compress, options, cb) {
    if (!compress) {
      this.sendFrame(Sender.frame(data, options), cb);
      return;
    }

    const perMessageDeflate = this._extensions[PerMessageDeflate.extensionName];

    this._bufferedBytes += options[kByteLength];
    this._state = DEFLATING;
    perMessageDeflate.compress(data, options.fin, (_, buf) => {
      if (this._socket.destroyed) {
        const err = new Error(
          'The socket was closed while data was being compressed'
        );

        callCallbacks(this, err, cb);
        return;
      }

      this._bufferedBytes -= options[kByteLength];
      this._state = DEFAULT;
      options.readOnly = false;
      this.sendFrame(Sender.frame(buf, options), cb);
      this.dequeue();
    });
  }

  /**
   * Executes queued send operations.
   *
   * @private
   */
  dequeue() {
    while (this._state === DEFAULT && this._queue.length) {
      const params = this._queue.shift();

      this._bufferedBytes -= params[3][kByteLength];
      Reflect.apply(params[0], this, params.slice(1));
    }
  }

  /**
   * Enqueues a send operation.
   *
   * @param {Array} params Send operation parameters.
   * @private
   */
  enqueue(params) {
    this._bufferedBytes += params[3][kByteLength];
    this._queue.push(params);
  }

  /**
   * Sends a frame.
   *
   * @param {(Buffer | String)[]} list The frame to send
   * @param {Function} [cb] Callback
   * @private
   */
  sendFrame(list, cb) {
    if (list.length === 2) {
      this._socket.cork();
      this._socket.write(list[0]);
      this._socket.write(list[1], cb);
      this._socket.uncork();
    } else {
      this._socket.write(list[0], cb);
    }
  }
}

module.exports = Sender;

/**
 * Calls queued callbacks with an error.
 *
 * @param {Sender} sender The `Sender` instance
 * @param {Error} err The error to call the callbacks with
 * @param {Function} [cb] The first callback
 * @private
 */
function callCallbacks(sender, err, cb) {
  if (typeof cb === 'function') cb(err);

  for (let i = 0; i < sender._queue.length; i++) {
    const params = sender._queue[i];
    const callback = params[params.length - 1];

    if (typeof callback === 'function') callback(err);
  }
}

/**
 * Handles a `Sender` error.
 *
 * @param {Sender} sender The `Sender` instance
 * @param {Error} err The error
 * @param {Function} [cb] The first pending callback
 * @private
 */
function onError(sender, err, cb) {
  callCallbacks(sender, err, cb);
  sender.onerror(err);
}


/***/ }),

/***/ 412:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/* eslint no-unused-vars: ["error", { "varsIgnorePattern": "^WebSocket$" }] */


const WebSocket = __nccwpck_require__(681);
const { Duplex } = __nccwpck_require__(203);

/**
 * Emits the `'close'` event on a stream.
 *
 * @param {Duplex} stream The stream.
 * @private
 */
function emitClose(stream) {
  stream.emit('close');
}

/**
 * The listener of the `'end'` event.
 *
 * @private
 */
function duplexOnEnd() {
  if (!this.destroyed && this._writableState.finished) {
    this.destroy();
  }
}

/**
 * The listener of the `'error'` event.
 *
 * @param {Error} err The error
 * @private
 */
function duplexOnError(err) {
  this.removeListener('error', duplexOnError);
  this.destroy();
  if (this.listenerCount('error') === 0) {
    // Do not suppress the throwing behavior.
    this.emit('error', err);
  }
}

/**
 * Wraps a `WebSocket` in a duplex stream.
 *
 * @param {WebSocket} ws The `WebSocket` to wrap
 * @param {Object} [options] The options for the `Duplex` constructor
 * @return {Duplex} The duplex stream
 * @public
 */
function createWebSocketStream(ws, options) {
  let terminateOnDestroy = true;

  const duplex = new Duplex({
    ...options,
    autoDestroy: false,
    emitClose: false,
    objectMode: false,
    writableObjectMode: false
  });

  ws.on('message', function message(msg, isBinary) {
    const data =
      !isBinary && duplex._readableState.objectMode ? msg.toString() : msg;

    if (!duplex.push(data)) ws.pause();
  });

  ws.once('error', function error(err) {
    if (duplex.destroyed) return;

    // Prevent `ws.terminate()` from being called by `duplex._destroy()`.
    //
    // - If the `'error'` event is emitted before the `'open'` event, then
    //   `ws.terminate()` is a noop as no socket is assigned.
    // - Otherwise, the error is re-emitted by the listener of the `'error'`
    //   event of the `Receiver` object. The listener already closes the
    //   connection by calling `ws.close()`. This allows a close frame to be
    //   sent to the other peer. If `ws.terminate()` is called right after this,
    //   then the close frame might not be sent.
    terminateOnDestroy = false;
    duplex.destroy(err);
  });

  ws.once('close', function close() {
    if (duplex.destroyed) return;

    duplex.push(null);
  });

  duplex._destroy = function (err, callback) {
    if (ws.readyState === ws.CLOSED) {
      callback(err);
      process.nextTick(emitClose, duplex);
      return;
    }

    let called = false;

    ws.once('error', function error(err) {
      called = true;
      callback(err);
    });

    ws.once('close', function close() {
      if (!called) callback(err);
      process.nextTick(emitClose, duplex);
    });

    if (terminateOnDestroy) ws.terminate();
  };

  duplex._final = function (callback) {
    if (ws.readyState === ws.CONNECTING) {
      ws.once('open', function open() {
        duplex._final(callback);
      });
      return;
    }

    // If the value of the `_socket` property is `null` it means that `ws` is a
    // client websocket and the handshake failed. In fact, when this happens, a
    // socket is never assigned to the websocket. Wait for the `'error'` event
    // that will be emitted by the websocket.
    if (ws._socket === null) return;

    if (ws._socket._writableState.finished) {
      callback();
      if (duplex._readableState.endEmitted) duplex.destroy();
    } else {
      ws._socket.once('finish', function finish() {
        // `duplex` is not destroyed here because the `'end'` event will be
        // emitted on `duplex` after this `'finish'` event. The EOF signaling
        // `null` chunk is, in fact, pushed when the websocket emits `'close'`.
        callback();
      });
      ws.close();
    }
  };

  duplex._read = function () {
    if (ws.isPaused) ws.resume();
  };

  duplex._write = function (chunk, encoding, callback) {
    if (ws.readyState === ws.CONNECTING) {
      ws.once('open', function open() {
        duplex._write(chunk, encoding, callback);
      });
      return;
    }

    ws.send(chunk, callback);
  };

  duplex.on('end', duplexOnEnd);
  duplex.on('error', duplexOnError);
  return duplex;
}

module.exports = createWebSocketStream;


/***/ }),

/***/ 332:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { tokenChars } = __nccwpck_require__(615);

/**
 * Parses the `Sec-WebSocket-Protocol` header into a set of subprotocol names.
 *
 * @param {String} header The field value of the header
 * @return {Set} The subprotocol names
 * @public
 */
function parse(header) {
  const protocols = new Set();
  let start = -1;
  let end = -1;
  let i = 0;

  for (i; i < header.length; i++) {
    const code = header.charCodeAt(i);

    if (end === -1 && tokenChars[code] === 1) {
      if (start === -1) start = i;
    } else if (
      i !== 0 &&
      (code === 0x20 /* ' ' */ || code === 0x09) /* '\t' */
    ) {
      if (end === -1 && start !== -1) end = i;
    } else if (code === 0x2c /* ',' */) {
      if (start === -1) {
        throw new SyntaxError(`Unexpected character at index ${i}`);
      }

      if (end === -1) end = i;

      const protocol = header.slice(start, end);

      if (protocols.has(protocol)) {
        throw new SyntaxError(`The "${protocol}" subprotocol is duplicated`);
      }

      protocols.add(protocol);
      start = end = -1;
    } else {
      throw new SyntaxError(`Unexpected character at index ${i}`);
    }
  }

  if (start === -1 || end !== -1) {
    throw new SyntaxError('Unexpected end of input');
  }

  const protocol = header.slice(start, i);

  if (protocols.has(protocol)) {
    throw new SyntaxError(`The "${protocol}" subprotocol is duplicated`);
  }

  protocols.add(protocol);
  return protocols;
}

module.exports = { parse };


/***/ }),

/***/ 615:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUtf8 } = __nccwpck_require__(181);

const { hasBlob } = __nccwpck_require__(791);

//
// Allowed token characters:
//
// '!', '#', '$', '%', '&', ''', '*', '+', '-',
// '.', 0-9, A-Z, '^', '_', '`', a-z, '|', '~'
//
// tokenChars[32] === 0 // ' '
// tokenChars[33] === 1 // '!'
// tokenChars[34] === 0 // '"'
// ...
//
// prettier-ignore
const tokenChars = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 0 - 15
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // 16 - 31
  0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0, // 32 - 47
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, // 48 - 63
  0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 64 - 79
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1, // 80 - 95
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, // 96 - 111
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 0 // 112 - 127
];

/**
 * Checks if a status code is allowed in a close frame.
 *
 * @param {Number} code The status code
 * @return {Boolean} `true` if the status code is valid, else `false`
 * @public
 */
function isValidStatusCode(code) {
  return (
    (code >= 1000 &&
      code <= 1014 &&
      code !== 1004 &&
      code !== 1005 &&
      code !== 1006) ||
    (code >= 3000 && code <= 4999)
  );
}

/**
 * Checks if a given buffer contains only correct UTF-8.
 * Ported from https://www.cl.cam.ac.uk/%7Emgk25/ucs/utf8_check.c by
 * Markus Kuhn.
 *
 * @param {Buffer} buf The buffer to check
 * @return {Boolean} `true` if `buf` contains only correct UTF-8, else `false`
 * @public
 */
function _isValidUTF8(buf) {
  const len = buf.length;
  let i = 0;

  while (i < len) {
    if ((buf[i] & 0x80) === 0) {
      // 0xxxxxxx
      i++;
    } else if ((buf[i] & 0xe0) === 0xc0) {
      // 110xxxxx 10xxxxxx
      if (
        i + 1 === len ||
        (buf[i + 1] & 0xc0) !== 0x80 ||
        (buf[i] & 0xfe) === 0xc0 // Overlong
      ) {
        return false;
      }

      i += 2;
    } else if ((buf[i] & 0xf0) === 0xe0) {
      // 1110xxxx 10xxxxxx 10xxxxxx
      if (
        i + 2 >= len ||
        (buf[i + 1] & 0xc0) !== 0x80 ||
        (buf[i + 2] & 0xc0) !== 0x80 ||
        (buf[i] === 0xe0 && (buf[i + 1] & 0xe0) === 0x80) || // Overlong
        (buf[i] === 0xed && (buf[i + 1] & 0xe0) === 0xa0) // Surrogate (U+D800 - U+DFFF)
      ) {
        return false;
      }

      i += 3;
    } else if ((buf[i] & 0xf8) === 0xf0) {
      // 11110xxx 10xxxxxx 10xxxxxx 10xxxxxx
      if (
        i + 3 >= len ||
        (buf[i + 1] & 0xc0) !== 0x80 ||
        (buf[i + 2] & 0xc0) !== 0x80 ||
        (buf[i + 3] & 0xc0) !== 0x80 ||
        (buf[i] === 0xf0 && (buf[i + 1] & 0xf0) === 0x80) || // Overlong
        (buf[i] === 0xf4 && buf[i + 1] > 0x8f) ||
        buf[i] > 0xf4 // > U+10FFFF
      ) {
        return false;
      }

      i += 4;
    } else {
      return false;
    }
  }

  return true;
}

/**
 * Determines whether a value is a `Blob`.
 *
 * @param {*} value The value to be tested
 * @return {Boolean} `true` if `value` is a `Blob`, else `false`
 * @private
 */
function isBlob(value) {
  return (
    hasBlob &&
    typeof value === 'object' &&
    typeof value.arrayBuffer === 'function' &&
    typeof value.type === 'string' &&
    typeof value.stream === 'function' &&
    (value[Symbol.toStringTag] === 'Blob' ||
      value[Symbol.toStringTag] === 'File')
  );
}

module.exports = {
  isBlob,
  isValidStatusCode,
  isValidUTF8: _isValidUTF8,
  tokenChars
};

if (isUtf8) {
  module.exports.isValidUTF8 = function (buf) {
    return buf.length < 24 ? _isValidUTF8(buf) : isUtf8(buf);
  };
} /* istanbul ignore else  */ else if (!process.env.WS_NO_UTF_8_VALIDATE) {
  try {
    const isValidUTF8 = __nccwpck_require__(414);

    module.exports.isValidUTF8 = function (buf) {
      return buf.length < 32 ? _isValidUTF8(buf) : isValidUTF8(buf);
    };
  } catch (e) {
    // Continue regardless of the error.
  }
}


/***/ }),

/***/ 129:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/* eslint no-unused-vars: ["error", { "varsIgnorePattern": "^Duplex$", "caughtErrors": "none" }] */



const EventEmitter = __nccwpck_require__(434);
const http = __nccwpck_require__(611);
const { Duplex } = __nccwpck_require__(203);
const { createHash } = __nccwpck_require__(982);

const extension = __nccwpck_require__(335);
const PerMessageDeflate = __nccwpck_require__(376);
const subprotocol = __nccwpck_require__(332);
const WebSocket = __nccwpck_require__(681);
const { CLOSE_TIMEOUT, GUID, kWebSocket } = __nccwpck_require__(791);

const keyRegex = /^[+/0-9A-Za-z]{22}==$/;

const RUNNING = 0;
const CLOSING = 1;
const CLOSED = 2;

/**
 * Class representing a WebSocket server.
 *
 * @extends EventEmitter
 */
class WebSocketServer extends EventEmitter {
  /**
   * Create a `WebSocketServer` instance.
   *
   * @param {Object} options Configuration options
   * @param {Boolean} [options.allowSynchronousEvents=true] Specifies whether
   *     any of the `'message'`, `'ping'`, and `'pong'` events can be emitted
   *     multiple times in the same tick
   * @param {Boolean} [options.autoPong=true] Specifies whether or not to
   *     automatically send a pong in response to a ping
   * @param {Number} [options.backlog=511] The maximum length of the queue of
   *     pending connections
   * @param {Boolean} [options.clientTracking=true] Specifies whether or not to
   *     track clients
   * @param {Number} [options.closeTimeout=30000] Duration in milliseconds to
   *     wait for the closing handshake to finish after `websocket.close()` is
   *     called
   * @param {Function} [options.handleProtocols] A hook to handle protocols
   * @param {String} [options.host] The hostname where to bind the server
   * @param {Number} [options.maxBufferedChunks=262144] The maximum number of
   *     buffered data chunks
   * @param {Number} [options.maxFragments=16384] The maximum number of message
   *     fragments
   * @param {Number} [options.maxPayload=104857600] The maximum allowed message
   *     size
   * @param {Number} [options.maxPendingAutoPongs=60] The maximum number of
   *     pending automatic pongs
   * @param {Boolean} [options.noServer=false] Enable no server mode
   * @param {String} [options.path] Accept only connections matching this path
   * @param {(Boolean|Object)} [options.perMessageDeflate=false] Enable/disable
   *     permessage-deflate
   * @param {Number} [options.port] The port where to bind the server
   * @param {(http.Server|https.Server)} [options.server] A pre-created HTTP/S
   *     server to use
   * @param {Boolean} [options.skipUTF8Validation=false] Specifies whether or
   *     not to skip UTF-8 validation for text and close messages
   * @param {Function} [options.verifyClient] A hook to reject connections
   * @param {Function} [options.WebSocket=WebSocket] Specifies the `WebSocket`
   *     class to use. It must be the `WebSocket` class or class that extends it
   * @param {Function} [callback] A listener for the `listening` event
   */
  constructor(options, callback) {
    super();

    options = {
      allowSynchronousEvents: true,
      autoPong: true,
      maxBufferedChunks: 256 * 1024,
      maxFragments: 16 * 1024,
      maxPayload: 100 * 1024 * 1024,
      maxPendingAutoPongs: 60,
      skipUTF8Validation: false,
      perMessageDeflate: false,
      handleProtocols: null,
      clientTracking: true,
      closeTimeout: CLOSE_TIMEOUT,
      verifyClient: null,
      noServer: false,
      backlog: null, // use default (511 as implemented in net.js)
      server: null,
      host: null,
      path: null,
      port: null,
      WebSocket,
      ...options
    };

    if (
      (options.port == null && !options.server && !options.noServer) ||
      (options.port != null && (options.server || options.noServer)) ||
      (options.server && options.noServer)
    ) {
      throw new TypeError(
        'One and only one of the "port", "server", or "noServer" options ' +
          'must be specified'
      );
    }

    if (options.port != null) {
      this._server = http.createServer((req, res) => {
        const body = http.STATUS_CODES[426];

        res.writeHead(426, {
          'Content-Length': body.length,
          'Content-Type': 'text/plain'
        });
        res.end(body);
      });
      this._server.listen(
        options.port,
        options.host,
        options.backlog,
        callback
      );
    } else if (options.server) {
      this._server = options.server;
    }

    if (this._server) {
      const emitConnection = this.emit.bind(this, 'connection');

      this._removeListeners = addListeners(this._server, {
        listening: this.emit.bind(this, 'listening'),
        error: this.emit.bind(this, 'error'),
        upgrade: (req, socket, head) => {
          this.handleUpgrade(req, socket, head, emitConnection);
        }
      });
    }

    if (options.perMessageDeflate === true) options.perMessageDeflate = {};
    if (options.clientTracking) {
      this.clients = new Set();
      this._shouldEmitClose = false;
    }

    this.options = options;
    this._state = RUNNING;
  }

  /**
   * Returns the bound address, the address family name, and port of the server
   * as reported by the operating system if listening on an IP socket.
   * If the server is listening on a pipe or UNIX domain socket, the name is
   * returned as a string.
   *
   * @return {(Object|String|null)} The address of the server
   * @public
   */
  address() {
    if (this.options.noServer) {
      throw new Error('The server is operating in "noServer" mode');
    }

    if (!this._server) return null;
    return this._server.address();
  }

  /**
   * Stop the server from accepting new connections and emit the `'close'` event
   * when all existing connections are closed.
   *
   * @param {Function} [cb] A one-time listener for the `'close'` event
   * @public
   */
  close(cb) {
    if (this._state === CLOSED) {
      if (cb) {
        this.once('close', () => {
          cb(new Error('The server is not running'));
        });
      }

      process.nextTick(emitClose, this);
      return;
    }

    if (cb) this.once('close', cb);

    if (this._state === CLOSING) return;
    this._state = CLOSING;

    if (this.options.noServer || this.options.server) {
      if (this._server) {
        this._removeListeners();
        this._removeListeners = this._server = null;
      }

      if (this.clients) {
        if (!this.clients.size) {
          process.nextTick(emitClose, this);
        } else {
          this._shouldEmitClose = true;
        }
      } else {
        process.nextTick(emitClose, this);
      }
    } else {
      const server = this._server;

      this._removeListeners();
      this._removeListeners = this._server = null;

      //
      // The HTTP/S server was created internally. Close it, and rely on its
      // `'close'` event.
      //
      server.close(() => {
        emitClose(this);
      });
    }
  }

  /**
   * See if a given request should be handled by this server instance.
   *
   * @param {http.IncomingMessage} req Request object to inspect
   * @return {Boolean} `true` if the request is valid, else `false`
   * @public
   */
  shouldHandle(req) {
    if (this.options.path) {
      const index = req.url.indexOf('?');
      const pathname = index !== -1 ? req.url.slice(0, index) : req.url;

      if (pathname !== this.options.path) return false;
    }

    return true;
  }

  /**
   * Handle a HTTP Upgrade request.
   *
   * @param {http.IncomingMessage} req The request object
   * @param {Duplex} socket The network socket between the server and client
   * @param {Buffer} head The first packet of the upgraded stream
   * @param {Function} cb Callback
   * @public
   */
  handleUpgrade(req, socket, head, cb) {
    socket.on('error', socketOnError);

    const key = req.headers['sec-websocket-key'];
    const upgrade = req.headers.upgrade;
    const version = req.headers['sec-websocket-version'];

    if (req.method !== 'GET') {
      const message = 'Invalid HTTP method';
      abortHandshakeOrEmitwsClientError(this, req, socket, 405, message);
      return;
    }

    if (upgrade === undefined || upgrade.toLowerCase() !== 'websocket') {
      const message = 'Invalid Upgrade header';
      abortHandshakeOrEmitwsClientError(this, req, socket, 400, message);
      return;
    }

    if (key === undefined || !keyRegex.test(key)) {
      const message = 'Missing or invalid Sec-WebSocket-Key header';
      abortHandshakeOrEmitwsClientError(this, req, socket, 400, message);
      return;
    }

    if (version !== '13' && version !== '8') {
      const message = 'Missing or invalid Sec-WebSocket-Version header';
      abortHandshakeOrEmitwsClientError(this, req, socket, 400, message, {
        'Sec-WebSocket-Version': '13, 8'
      });
      return;
    }

    if (!this.shouldHandle(req)) {
      abortHandshake(socket, 400);
      return;
    }

    const secWebSocketProtocol = req.headers['sec-websocket-protocol'];
    let protocols = new Set();

    if (secWebSocketProtocol !== undefined) {
      try {
        protocols = subprotocol.parse(secWebSocketProtocol);
      } catch (err) {
        const message = 'Invalid Sec-WebSocket-Protocol header';
        abortHandshakeOrEmitwsClientError(this, req, socket, 400, message);
        return;
      }
    }

    const secWebSocketExtensions = req.headers['sec-websocket-extensions'];
    const extensions = {};

    if (
      this.options.perMessageDeflate &&
      secWebSocketExtensions !== undefined
    ) {
      const perMessageDeflate = new PerMessageDeflate({
        ...this.options.perMessageDeflate,
        isServer: true,
        maxPayload: this.options.maxPayload
      });

      try {
        const offers = extension.parse(secWebSocketExtensions);

        if (offers[PerMessageDeflate.extensionName]) {
          perMessageDeflate.accept(offers[PerMessageDeflate.extensionName]);
          extensions[PerMessageDeflate.extensionName] = perMessageDeflate;
        }
      } catch (err) {
        const message =
          'Invalid or unacceptable Sec-WebSocket-Extensions header';
        abortHandshakeOrEmitwsClientError(this, req, socket, 400, message);
        return;
      }
    }

    //
    // Optionally call external client verification handler.
    //
    if (this.options.verifyClient) {
      const info = {
        origin:
          req.headers[`${version === '8' ? 'sec-websocket-origin' : 'origin'}`],
        secure: !!(req.socket.authorized || req.socket.encrypted),
        req
      };

      if (this.options.verifyClient.length === 2) {
        this.options.verifyClient(info, (verified, code, message, headers) => {
          if (!verified) {
            return abortHandshake(socket, code || 401, message, headers);
          }

          this.completeUpgrade(
            extensions,
            key,
            protocols,
            req,
            socket,
            head,
            cb
          );
        });
        return;
      }

      if (!this.options.verifyClient(info)) return abortHandshake(socket, 401);
    }

    this.completeUpgrade(extensions, key, protocols, req, socket, head, cb);
  }

  /**
   * Upgrade the connection to WebSocket.
   *
   * @param {Object} extensions The accepted extensions
   * @param {String} key The value of the `Sec-WebSocket-Key` header
   * @param {Set} protocols The subprotocols
   * @param {http.IncomingMessage} req The request object
   * @param {Duplex} socket The network socket between the server and client
   * @param {Buffer} head The first packet of the upgraded stream
   * @param {Function} cb Callback
   * @throws {Error} If called more than once with the same socket
   * @private
   */
  completeUpgrade(extensions, key, protocols, req, socket, head, cb) {
    //
    // Destroy the socket if the client has already sent a FIN packet.
    //
    if (!socket.readable || !socket.writable) return socket.destroy();

    if (socket[kWebSocket]) {
      throw new Error(
        'server.handleUpgrade() was called more than once with the same ' +
          'socket, possibly due to a misconfiguration'
      );
    }

    if (this._state > RUNNING) return abortHandshake(socket, 503);

    const digest = createHash('sha1')
      .update(key + GUID)
      .digest('base64');

    const headers = [
      'HTTP/1.1 101 Switching Protocols',
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Accept: ${digest}`
    ];

    const ws = new this.options.WebSocket(null, undefined, this.options);

    if (protocols.size) {
      //
      // Optionally call external protocol selection handler.
      //
      const protocol = this.options.handleProtocols
        ? this.options.handleProtocols(protocols, req)
        : protocols.values().next().value;

      if (protocol) {
        headers.push(`Sec-WebSocket-Protocol: ${protocol}`);
        ws._protocol = protocol;
      }
    }

    if (extensions[PerMessageDeflate.extensionName]) {
      const params = extensions[PerMessageDeflate.extensionName].params;
      const value = extension.format({
        [PerMessageDeflate.extensionName]: [params]
      });
      headers.push(`Sec-WebSocket-Extensions: ${value}`);
      ws._extensions = extensions;
    }

    //
    // Allow external modification/inspection of handshake headers.
    //
    this.emit('headers', headers, req);

    socket.write(headers.concat('\r\n').join('\r\n'));
    socket.removeListener('error', socketOnError);

    ws.setSocket(socket, head, {
      allowSynchronousEvents: this.options.allowSynchronousEvents,
      maxBufferedChunks: this.options.maxBufferedChunks,
      maxFragments: this.options.maxFragments,
      maxPayload: this.options.maxPayload,
      skipUTF8Validation: this.options.skipUTF8Validation
    });

    if (this.clients) {
      this.clients.add(ws);
      ws.on('close', () => {
        this.clients.delete(ws);

        if (this._shouldEmitClose && !this.clients.size) {
          process.nextTick(emitClose, this);
        }
      });
    }

    cb(ws, req);
  }
}

module.exports = WebSocketServer;

/**
 * Add event listeners on an `EventEmitter` using a map of <event, listener>
 * pairs.
 *
 * @param {EventEmitter} server The event emitter
 * @param {Object.<String, Function>} map The listeners to add
 * @return {Function} A function that will remove the added listeners when
 *     called
 * @private
 */
function addListeners(server, map) {
  for (const event of Object.keys(map)) server.on(event, map[event]);

  return function removeListeners() {
    for (const event of Object.keys(map)) {
      server.removeListener(event, map[event]);
    }
  };
}

/**
 * Emit a `'close'` event on an `EventEmitter`.
 *
 * @param {EventEmitter} server The event emitter
 * @private
 */
function emitClose(server) {
  server._state = CLOSED;
  server.emit('close');
}

/**
 * Handle socket errors.
 *
 * @private
 */
function socketOnError() {
  this.destroy();
}

/**
 * Close the connection when preconditions are not fulfilled.
 *
 * @param {Duplex} socket The socket of the upgrade request
 * @param {Number} code The HTTP response status code
 * @param {String} [message] The HTTP response body
 * @param {Object} [headers] Additional HTTP response headers
 * @private
 */
function abortHandshake(socket, code, message, headers) {
  //
  // The socket is writable unless the user destroyed or ended it before calling
  // `server.handleUpgrade()` or in the `verifyClient` function, which is a user
  // error. Handling this does not make much sense as the worst that can happen
  // is that some of the data written by the user might be discarded due to the
  // call to `socket.end()` below, which triggers an `'error'` event that in
  // turn causes the socket to be destroyed.
  //
  message = message || http.STATUS_CODES[code];
  headers = {
    Connection: 'close',
    'Content-Type': 'text/html',
    'Content-Length': Buffer.byteLength(message),
    ...headers
  };

  socket.once('finish', socket.destroy);

  socket.end(
    `HTTP/1.1 ${code} ${http.STATUS_CODES[code]}\r\n` +
      Object.keys(headers)
        .map((h) => `${h}: ${headers[h]}`)
        .join('\r\n') +
      '\r\n\r\n' +
      message
  );
}

/**
 * Emit a `'wsClientError'` event on a `WebSocketServer` if there is at least
 * one listener for it, otherwise call `abortHandshake()`.
 *
 * @param {WebSocketServer} server The WebSocket server
 * @param {http.IncomingMessage} req The request object
 * @param {Duplex} socket The socket of the upgrade request
 * @param {Number} code The HTTP response status code
 * @param {String} message The HTTP response body
 * @param {Object} [headers] The HTTP response headers
 * @private
 */
function abortHandshakeOrEmitwsClientError(
  server,
  req,
  socket,
  code,
  message,
  headers
) {
  if (server.listenerCount('wsClientError')) {
    const err = new Error(message);
    Error.captureStackTrace(err, abortHandshakeOrEmitwsClientError);

    server.emit('wsClientError', err, socket, req);
  } else {
    abortHandshake(socket, code, message, headers);
  }
}


/***/ }),

/***/ 681:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/* eslint no-unused-vars: ["error", { "varsIgnorePattern": "^Duplex|Readable$", "caughtErrors": "none" }] */



const EventEmitter = __nccwpck_require__(434);
const https = __nccwpck_require__(692);
const http = __nccwpck_require__(611);
const net = __nccwpck_require__(278);
const querystring = __nccwpck_require__(480);
const tls = __nccwpck_require__(756);
const { randomBytes, createHash } = __nccwpck_require__(982);
const { Duplex, Readable } = __nccwpck_require__(203);
const { URL } = __nccwpck_require__(16);

const PerMessageDeflate = __nccwpck_require__(376);
const Receiver = __nccwpck_require__(893);
const Sender = __nccwpck_require__(389);
const { isBlob } = __nccwpck_require__(615);

const {
  BINARY_TYPES,
  CLOSE_TIMEOUT,
  EMPTY_BUFFER,
  GUID,
  kForOnEventAttribute,
  kListener,
  kStatusCode,
  kWebSocket,
  NOOP
} = __nccwpck_require__(791);
const {
  EventTarget: { addEventListener, removeEventListener }
} = __nccwpck_require__(634);
const { format, parse } = __nccwpck_require__(335);
const { toBuffer } = __nccwpck_require__(803);

const kAborted = Symbol('kAborted');
const protocolVersions = [8, 13];
const readyStates = ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'];
const subprotocolRegex = /^[!#$%&'*+\-.0-9A-Z^_`|a-z~]+$/;

/**
 * Class representing a WebSocket.
 *
 * @extends EventEmitter
 */
class WebSocket extends EventEmitter {
  /**
   * Create a new `WebSocket`.
   *
   * @param {(String|URL)} address The URL to which to connect
   * @param {(String|String[])} [protocols] The subprotocols
   * @param {Object} [options] Connection options
   */
  constructor(address, protocols, options) {
    super();

    this._binaryType = BINARY_TYPES[0];
    this._closeCode = 1006;
    this._closeFrameReceived = false;
    this._closeFrameSent = false;
    this._closeMessage = EMPTY_BUFFER;
    this._closeTimer = null;
    this._errorEmitted = false;
    this._extensions = {};
    this._paused = false;
    this._protocol = '';
    this._readyState = WebSocket.CONNECTING;
    this._receiver = null;
    this._sender = null;
    this._socket = null;

    if (address !== null) {
      this._bufferedAmount = 0;
      this._isServer = false;
      this._redirects = 0;

      if (protocols === undefined) {
        if (!options || options.protocols === undefined) {
          protocols = [];
        } else if (Array.isArray(options.protocols)) {
          protocols = options.protocols;
        } else {
          protocols = [options.protocols];
        }
      } else if (!Array.isArray(protocols)) {
        if (typeof protocols === 'object' && protocols !== null) {
          options = protocols;

          if (options.protocols === undefined) {
            protocols = [];
          } else if (Array.isArray(options.protocols)) {
            protocols = options.protocols;
          } else {
            protocols = [options.protocols];
          }
        } else {
          protocols = [protocols];
        }
      }

      options = initAsClient(this, address, protocols, options);
    } else {
      this._isServer = true;
    }

    if (options.autoPong) {
      this._autoPong = true;
      this._autoPongComplete = () => autoPongComplete(this);
      this._pendingAutoPongs = 0;
      this._maxPendingAutoPongs = options.maxPendingAutoPongs | 0;
    }

    this._closeTimeout = options.closeTimeout;
  }

  /**
   * For historical reasons, the custom "nodebuffer" type is used by the default
   * instead of "blob".
   *
   * @type {String}
   */
  get binaryType() {
    return this._binaryType;
  }

  set binaryType(type) {
    if (!BINARY_TYPES.includes(type)) return;

    this._binaryType = type;

    //
    // Allow to change `binaryType` on the fly.
    //
    if (this._receiver) this._receiver._binaryType = type;
  }

  /**
   * @type {Number}
   */
  get bufferedAmount() {
    if (!this._socket) return this._bufferedAmount;

    return this._socket._writableState.length + this._sender._bufferedBytes;
  }

  /**
   * @type {String}
   */
  get extensions() {
    return Object.keys(this._extensions).join();
  }

  /**
   * @type {Boolean}
   */
  get isPaused() {
    return this._paused;
  }

  /**
   * @type {Function}
   */
  /* istanbul ignore next */
  get onclose() {
    return null;
  }

  /**
   * @type {Function}
   */
  /* istanbul ignore next */
  get onerror() {
    return null;
  }

  /**
   * @type {Function}
   */
  /* istanbul ignore next */
  get onopen() {
    return null;
  }

  /**
   * @type {Function}
   */
  /* istanbul ignore next */
  get onmessage() {
    return null;
  }

  /**
   * @type {String}
   */
  get protocol() {
    return this._protocol;
  }

  /**
   * @type {Number}
   */
  get readyState() {
    return this._readyState;
  }

  /**
   * @type {String}
   */
  get url() {
    return this._url;
  }

  /**
   * Set up the socket and the internal resources.
   *
   * @param {Duplex} socket The network socket between the server and client
   * @param {Buffer} head The first packet of the upgraded stream
   * @param {Object} options Options object
   * @param {Boolean} [options.allowSynchronousEvents=false] Specifies whether
   *     any of the `'message'`, `'ping'`, and `'pong'` events can be emitted
   *     multiple times in the same tick
   * @param {Function} [options.generateMask] The function used to generate the
   *     masking key
   * @param {Number} [options.maxBufferedChunks=0] The maximum number of
   *     buffered data chunks
   * @param {Number} [options.maxFragments=0] The maximum number of message
   *     fragments
   * @param {Number} [options.maxPayload=0] The maximum allowed message size
   * @param {Boolean} [options.skipUTF8Validation=false] Specifies whether or
   *     not to skip UTF-8 validation for text and close messages
   * @private
   */
  setSocket(socket, head, options) {
    const receiver = new Receiver({
      allowSynchronousEvents: options.allowSynchronousEvents,
      binaryType: this.binaryType,
      extensions: this._extensions,
      isServer: this._isServer,
      maxBufferedChunks: options.maxBufferedChunks,
      maxFragments: options.maxFragments,
      maxPayload: options.maxPayload,
      skipUTF8Validation: options.skipUTF8Validation
    });

    const sender = new Sender(socket, this._extensions, options.generateMask);

    this._receiver = receiver;
    this._sender = sender;
    this._socket = socket;

    receiver[kWebSocket] = this;
    sender[kWebSocket] = this;
    socket[kWebSocket] = this;

    receiver.on('conclude', receiverOnConclude);
    receiver.on('drain', receiverOnDrain);
    receiver.on('error', receiverOnError);
    receiver.on('message', receiverOnMessage);
    receiver.on('ping', receiverOnPing);
    receiver.on('pong', receiverOnPong);

    sender.onerror = senderOnError;

    //
    // These methods may not be available if `socket` is just a `Duplex`.
    //
    if (socket.setTimeout) socket.setTimeout(0);
    if (socket.setNoDelay) socket.setNoDelay();

    if (head.length > 0) socket.unshift(head);

    socket.on('close', socketOnClose);
    socket.on('data', socketOnData);
    socket.on('end', socketOnEnd);
    socket.on('error', socketOnError);

    this._readyState = WebSocket.OPEN;
    this.emit('open');
  }

  /**
   * Emit the `'close'` event.
   *
   * @private
   */
  emitClose() {
    if (!this._socket) {
      this._readyState = WebSocket.CLOSED;
      this.emit('close', this._closeCode, this._closeMessage);
      return;
    }

    if (this._extensions[PerMessageDeflate.extensionName]) {
      this._extensions[PerMessageDeflate.extensionName].cleanup();
    }

    this._receiver.removeAllListeners();
    this._readyState = WebSocket.CLOSED;
    this.emit('close', this._closeCode, this._closeMessage);
  }

  /**
   * Start a closing handshake.
   *
   *          +----------+   +-----------+   +----------+
   *     - - -|ws.close()|-->|close frame|-->|ws.close()|- - -
   *    |     +----------+   +-----------+   +----------+     |
   *          +----------+   +-----------+         |
   * CLOSING  |ws.close()|<--|close frame|<--+-----+       CLOSING
   *          +----------+   +-----------+   |
   *    |           |                        |   +---+        |
   *                +------------------------+-->|fin| - - - -
   *    |         +---+                      |   +---+
   *     - - - - -|fin|<---------------------+
   *              +---+
   *
   * @param {Number} [code] Status code explaining why the connection is closing
   * @param {(String|Buffer)} [data] The reason why the connection is
   *     closing
   * @public
   */
  close(code, data) {
    if (this.readyState === WebSocket.CLOSED) return;
    if (this.readyState === WebSocket.CONNECTING) {
      const msg = 'WebSocket was closed before the connection was established';
      abortHandshake(this, this._req, msg);
      return;
    }

    if (this.readyState === WebSocket.CLOSING) {
      if (
        this._closeFrameSent &&
        (this._closeFrameReceived || this._receiver._writableState.errorEmitted)
      ) {
        this._socket.end();
      }

      return;
    }

    this._sender.close(code, data, !this._isServer, (err) => {
      //
      // This error is handled by the `'error'` listener on the socket. We only
      // want to know if the close frame has been sent here.
      //
      if (err) return;

      this._closeFrameSent = true;

      if (
        this._closeFrameReceived ||
        this._receiver._writableState.errorEmitted
      ) {
        this._socket.end();
      }
    });

    this._readyState = WebSocket.CLOSING;
    setCloseTimer(this);
  }

  /**
   * Pause the socket.
   *
   * @public
   */
  pause() {
    if (
      this.readyState === WebSocket.CONNECTING ||
      this.readyState === WebSocket.CLOSED
    ) {
      return;
    }

    this._paused = true;
    this._socket.pause();
  }

  /**
   * Send a ping.
   *
   * @param {*} [data] The data to send
   * @param {Boolean} [mask] Indicates whether or not to mask `data`
   * @param {Function} [cb] Callback which is executed when the ping is sent
   * @public
   */
  ping(data, mask, cb) {
    if (this.readyState === WebSocket.CONNECTING) {
      throw new Error('WebSocket is not open: readyState 0 (CONNECTING)');
    }

    if (typeof data === 'function') {
      cb = data;
      data = mask = undefined;
    } else if (typeof mask === 'function') {
      cb = mask;
      mask = undefined;
    }

    if (typeof data === 'number') data = data.toString();

    if (this.readyState !== WebSocket.OPEN) {
      sendAfterClose(this, data, cb);
      return;
    }

    if (mask === undefined) mask = !this._isServer;
    this._sender.ping(data || EMPTY_BUFFER, mask, cb);
  }

  /**
   * Send a pong.
   *
   * @param {*} [data] The data to send
   * @param {Boolean} [mask] Indicates whether or not to mask `data`
   * @param {Function} [cb] Callback which is executed when the pong is sent
   * @public
   */
  pong(data, mask, cb) {
    if (this.readyState === WebSocket.CONNECTING) {
      throw new Error('WebSocket is not open: readyState 0 (CONNECTING)');
    }

    if (typeof data === 'function') {
      cb = data;
      data = mask = undefined;
    } else if (typeof mask === 'function') {
      cb = mask;
      mask = undefined;
    }

    if (typeof data === 'number') data = data.toString();

    if (this.readyState !== WebSocket.OPEN) {
      sendAfterClose(this, data, cb);
      return;
    }

    if (mask === undefined) mask = !this._isServer;
    this._sender.pong(data || EMPTY_BUFFER, mask, cb);
  }

  /**
   * Resume the socket.
   *
   * @public
   */
  resume() {
    if (
      this.readyState === WebSocket.CONNECTING ||
      this.readyState === WebSocket.CLOSED
    ) {
      return;
    }

    this._paused = false;
    if (!this._receiver._writableState.needDrain) this._socket.resume();
  }

  /**
   * Send a data message.
   *
   * @param {*} data The message to send
   * @param {Object} [options] Options object
   * @param {Boolean} [options.binary] Specifies whether `data` is binary or
   *     text
   * @param {Boolean} [options.compress] Specifies whether or not to compress
   *     `data`
   * @param {Boolean} [options.fin=true] Specifies whether the fragment is the
   *     last one
   * @param {Boolean} [options.mask] Specifies whether or not to mask `data`
   * @param {Function} [cb] Callback which is executed when data is written out
   * @public
   */
  send(data, options, cb) {
    if (this.readyState === WebSocket.CONNECTING) {
      throw new Error('WebSocket is not open: readyState 0 (CONNECTING)');
    }

    if (typeof options === 'function') {
      cb = options;
      options = {};
    }

    if (typeof data === 'number') data = data.toString();

    if (this.readyState !== WebSocket.OPEN) {
      sendAfterClose(this, data, cb);
      return;
    }

    const opts = {
      binary: typeof data !== 'string',
      mask: !this._isServer,
      compress: true,
      fin: true,
      ...options
    };

    if (!this._extensions[PerMessageDeflate.extensionName]) {
      opts.compress = false;
    }

    this._sender.send(data || EMPTY_BUFFER, opts, cb);
  }

  /**
   * Forcibly close the connection.
   *
   * @public
   */
  terminate() {
    if (this.readyState === WebSocket.CLOSED) return;
    if (this.readyState === WebSocket.CONNECTING) {
      const msg = 'WebSocket was closed before the connection was established';
      abortHandshake(this, this._req, msg);
      return;
    }

    if (this._socket) {
      this._readyState = WebSocket.CLOSING;
      this._socket.destroy();
    }
  }
}

/**
 * @constant {Number} CONNECTING
 * @memberof WebSocket
 */
Object.defineProperty(WebSocket, 'CONNECTING', {
  enumerable: true,
  value: readyStates.indexOf('CONNECTING')
});

/**
 * @constant {Number} CONNECTING
 * @memberof WebSocket.prototype
 */
Object.defineProperty(WebSocket.prototype, 'CONNECTING', {
  enumerable: true,
  value: readyStates.indexOf('CONNECTING')
});

/**
 * @constant {Number} OPEN
 * @memberof WebSocket
 */
Object.defineProperty(WebSocket, 'OPEN', {
  enumerable: true,
  value: readyStates.indexOf('OPEN')
});

/**
 * @constant {Number} OPEN
 * @memberof WebSocket.prototype
 */
Object.defineProperty(WebSocket.prototype, 'OPEN', {
  enumerable: true,
  value: readyStates.indexOf('OPEN')
});

/**
 * @constant {Number} CLOSING
 * @memberof WebSocket
 */
Object.defineProperty(WebSocket, 'CLOSING', {
  enumerable: true,
  value: readyStates.indexOf('CLOSING')
});

/**
 * @constant {Number} CLOSING
 * @memberof WebSocket.prototype
 */
Object.defineProperty(WebSocket.prototype, 'CLOSING', {
  enumerable: true,
  value: readyStates.indexOf('CLOSING')
});

/**
 * @constant {Number} CLOSED
 * @memberof WebSocket
 */
Object.defineProperty(WebSocket, 'CLOSED', {
  enumerable: true,
  value: readyStates.indexOf('CLOSED')
});

/**
 * @constant {Number} CLOSED
 * @memberof WebSocket.prototype
 */
Object.defineProperty(WebSocket.prototype, 'CLOSED', {
  enumerable: true,
  value: readyStates.indexOf('CLOSED')
});

[
  'binaryType',
  'bufferedAmount',
  'extensions',
  'isPaused',
  'protocol',
  'readyState',
  'url'
].forEach((property) => {
  Object.defineProperty(WebSocket.prototype, property, { enumerable: true });
});

//
// Add the `onopen`, `onerror`, `onclose`, and `onmessage` attributes.
// See https://html.spec.whatwg.org/multipage/comms.html#the-websocket-interface
//
['open', 'error', 'close', 'message'].forEach((method) => {
  Object.defineProperty(WebSocket.prototype, `on${method}`, {
    enumerable: true,
    get() {
      for (const listener of this.listeners(method)) {
        if (listener[kForOnEventAttribute]) return listener[kListener];
      }

      return null;
    },
    set(handler) {
      for (const listener of this.listeners(method)) {
        if (listener[kForOnEventAttribute]) {
          this.removeListener(method, listener);
          break;
        }
      }

      if (typeof handler !== 'function') return;

      this.addEventListener(method, handler, {
        [kForOnEventAttribute]: true
      });
    }
  });
});

WebSocket.prototype.addEventListener = addEventListener;
WebSocket.prototype.removeEventListener = removeEventListener;

module.exports = WebSocket;

/**
 * Initialize a WebSocket client.
 *
 * @param {WebSocket} websocket The client to initialize
 * @param {(String|URL)} address The URL to which to connect
 * @param {Array} protocols The subprotocols
 * @param {Object} [options] Connection options
 * @param {Boolean} [options.allowSynchronousEvents=true] Specifies whether any
 *     of the `'message'`, `'ping'`, and `'pong'` events can be emitted multiple
 *     times in the same tick
 * @param {Boolean} [options.autoPong=true] Specifies whether or not to
 *     automatically send a pong in response to a ping
 * @param {Number} [options.closeTimeout=30000] Duration in milliseconds to wait
 *     for the closing handshake to finish after `websocket.close()` is called
 * @param {Function} [options.finishRequest] A function which can be used to
 *     customize the headers of each http request before it is sent
 * @param {Boolean} [options.followRedirects=false] Whether or not to follow
 *     redirects
 * @param {Function} [options.generateMask] The function used to generate the
 *     masking key
 * @param {Number} [options.handshakeTimeout] Timeout in milliseconds for the
 *     handshake request
 * @param {Number} [options.maxBufferedChunks=262144] The maximum number of
 *     buffered data chunks
 * @param {Number} [options.maxFragments=16384] The maximum number of message
 *     fragments
 * @param {Number} [options.maxPayload=104857600] The maximum allowed message
 *     size
 * @param {Number} [options.maxPendingAutoPongs=60] The maximum number of
 *     pending automatic pongs
 * @param {Number} [options.maxRedirects=10] The maximum number of redirects
 *     allowed
 * @param {String} [options.origin] Value of the `Origin` or
 *     `Sec-WebSocket-Origin` header
 * @param {(Boolean|Object)} [options.perMessageDeflate=true] Enable/disable
 *     permessage-deflate
 * @param {Number} [options.protocolVersion=13] Value of the
 *     `Sec-WebSocket-Version` header
 * @param {Boolean} [options.skipUTF8Validation=false] Specifies whether or
 *     not to skip UTF-8 validation for text and close messages
 * @return {Object} The resolved options object used for initialization
 * @private
 */
function initAsClient(websocket, address, protocols, options) {
  const opts = {
    allowSynchronousEvents: true,
    autoPong: true,
    closeTimeout: CLOSE_TIMEOUT,
    protocolVersion: protocolVersions[1],
    maxBufferedChunks: 256 * 1024,
    maxFragments: 16 * 1024,
    maxPayload: 100 * 1024 * 1024,
    maxPendingAutoPongs: 60,
    skipUTF8Validation: false,
    perMessageDeflate: true,
    followRedirects: false,
    maxRedirects: 10,
    ...options,
    socketPath: undefined,
    hostname: undefined,
    protocol: undefined,
    protocols: undefined,
    timeout: undefined,
    method: 'GET',
    host: undefined,
    path: undefined,
    port: undefined
  };

  if (!protocolVersions.includes(opts.protocolVersion)) {
    throw new RangeError(
      `Unsupported protocol version: ${opts.protocolVersion} ` +
        `(supported versions: ${protocolVersions.join(', ')})`
    );
  }

  let parsedUrl;

  if (address instanceof URL) {
    parsedUrl = address;
  } else {
    try {
      parsedUrl = new URL(address);
    } catch {
      throw new SyntaxError(`Invalid URL: ${address}`);
    }
  }

  if (parsedUrl.protocol === 'http:' || parsedUrl.protocol === 'https:') {
    parsedUrl = new URL(parsedUrl);
    parsedUrl.protocol = parsedUrl.protocol === 'http:' ? 'ws:' : 'wss:';
  }

  websocket._url = parsedUrl.href;

  const isSecure = parsedUrl.protocol === 'wss:';
  const isIpcUrl = parsedUrl.protocol === 'ws+unix:';
  let invalidUrlMessage;

  if (parsedUrl.protocol !== 'ws:' && !isSecure && !isIpcUrl) {
    invalidUrlMessage =
      'The URL\'s protocol must be one of "ws:", "wss:", ' +
      '"http:", "https:", or "ws+unix:"';
  } else if (isIpcUrl && !parsedUrl.pathname) {
    invalidUrlMessage = "The URL's pathname is empty";
  } else if (parsedUrl.hash) {
    invalidUrlMessage = 'The URL contains a fragment identifier';
  }

  if (invalidUrlMessage) {
    const err = new SyntaxError(invalidUrlMessage);

    if (websocket._redirects === 0) {
      throw err;
    } else {
      emitErrorAndClose(websocket, err);
      return;
    }
  }

  const defaultPort = isSecure ? 443 : 80;
  const key = randomBytes(16).toString('base64');
  const request = isSecure ? https.request : http.request;
  const protocolSet = new Set();
  let perMessageDeflate;

  opts.createConnection =
    opts.createConnection || (isSecure ? tlsConnect : netConnect);
  opts.defaultPort = opts.defaultPort || defaultPort;
  opts.port = parsedUrl.port || defaultPort;
  opts.host = parsedUrl.hostname.startsWith('[')
    ? parsedUrl.hostname.slice(1, -1)
    : parsedUrl.hostname;
  opts.headers = {
    ...opts.headers,
    'Sec-WebSocket-Version': opts.protocolVersion,
    'Sec-WebSocket-Key': key,
    Connection: 'Upgrade',
    Upgrade: 'websocket'
  };
  opts.path = parsedUrl.pathname + parsedUrl.search;
  opts.timeout = opts.handshakeTimeout;

  if (opts.perMessageDeflate) {
    perMessageDeflate = new PerMessageDeflate({
      ...opts.perMessageDeflate,
      isServer: false,
      maxPayload: opts.maxPayload
    });
    opts.headers['Sec-WebSocket-Extensions'] = format({
      [PerMessageDeflate.extensionName]: perMessageDeflate.offer()
    });
  }
  if (protocols.length) {
    for (const protocol of protocols) {
      if (
        typeof protocol !== 'string' ||
        !subprotocolRegex.test(protocol) ||
        protocolSet.has(protocol)
      ) {
        throw new SyntaxError(
          'An invalid or duplicated subprotocol was specified'
        );
      }

      protocolSet.add(protocol);
    }

    opts.headers['Sec-WebSocket-Protocol'] = protocols.join(',');
  }
  if (opts.origin) {
    if (opts.protocolVersion < 13) {
      opts.headers['Sec-WebSocket-Origin'] = opts.origin;
    } else {
      opts.headers.Origin = opts.origin;
    }
  }
  if (parsedUrl.username || parsedUrl.password) {
    const username = querystring.unescape(parsedUrl.username);
    const password = querystring.unescape(parsedUrl.password);

    opts.auth = `${username}:${password}`;
  }

  if (isIpcUrl) {
    const i = opts.path.indexOf(':');

    if (i === -1) {
      opts.socketPath = opts.path;
      opts.path = '';
    } else {
      opts.socketPath = opts.path.slice(0, i);
      opts.path = opts.path.slice(i + 1);
    }
  }

  let req;

  if (opts.followRedirects) {
    if (websocket._redirects === 0) {
      websocket._originalIpc = isIpcUrl;
      websocket._originalSecure = isSecure;
      websocket._originalHostOrSocketPath = isIpcUrl
        ? opts.socketPath
        : parsedUrl.host;

      const headers = options && options.headers;

      //
      // Shallow copy the user provided options so that headers can be changed
      // without mutating the original object.
      //
      options = { ...options, headers: {} };

      if (headers) {
        for (const [key, value] of Object.entries(headers)) {
          options.headers[key.toLowerCase()] = value;
        }
      }
    } else if (websocket.listenerCount('redirect') === 0) {
      const isSameHost = isIpcUrl
        ? websocket._originalIpc
          ? opts.socketPath === websocket._originalHostOrSocketPath
          : false
        : websocket._originalIpc
          ? false
          : parsedUrl.host === websocket._originalHostOrSocketPath;

      if (!isSameHost || (websocket._originalSecure && !isSecure)) {
        //
        // Match curl 7.77.0 behavior and drop the following headers. These
        // headers are also dropped when following a redirect to a subdomain.
        //
        delete opts.headers.authorization;
        delete opts.headers.cookie;

        if (!isSameHost) delete opts.headers.host;

        opts.auth = undefined;
      }
    }

    //
    // Match curl 7.77.0 behavior and make the first `Authorization` header win.
    // If the `Authorization` header is set, then there is nothing to do as it
    // will take precedence.
    //
    if (opts.auth && !options.headers.authorization) {
      options.headers.authorization =
        'Basic ' + Buffer.from(opts.auth).toString('base64');
    }

    try {
      req = websocket._req = request(opts);
    } catch (err) {
      if (websocket._redirects === 0) throw err;

      //
      // The request is created in a listener of the `'response'` event when
      // following a redirect. Emit the error instead of throwing it as it could
      // not be caught otherwise.
      //
      emitErrorAndClose(websocket, err);
      return;
    }

    if (websocket._redirects) {
      //
      // Unlike what is done for the `'upgrade'` event, no early exit is
      // triggered here if the user calls `websocket.close()` or
      // `websocket.terminate()` from a listener of the `'redirect'` event. This
      // is because the user can also call `request.destroy()` with an error
      // before calling `websocket.close()` or `websocket.terminate()` and this
      // would result in an error being emitted on the `request` object with no
      // `'error'` event listeners attached.
      //
      websocket.emit('redirect', websocket.url, req);
    }
  } else {
    req = websocket._req = request(opts);
  }

  if (opts.timeout) {
    req.on('timeout', () => {
      abortHandshake(websocket, req, 'Opening handshake has timed out');
    });
  }

  req.on('error', (err) => {
    if (req === null || req[kAborted]) return;

    req = websocket._req = null;
    emitErrorAndClose(websocket, err);
  });

  req.on('response', (res) => {
    const location = res.headers.location;
    const statusCode = res.statusCode;

    if (
      location &&
      opts.followRedirects &&
      statusCode >= 300 &&
      statusCode < 400
    ) {
      if (++websocket._redirects > opts.maxRedirects) {
        abortHandshake(websocket, req, 'Maximum redirects exceeded');
        return;
      }

      req.abort();

      let addr;

      try {
        addr = new URL(location, address);
      } catch (e) {
        const err = new SyntaxError(`Invalid URL: ${location}`);
        emitErrorAndClose(websocket, err);
        return;
      }

      initAsClient(websocket, addr, protocols, options);
    } else if (!websocket.emit('unexpected-response', req, res)) {
      abortHandshake(
        websocket,
        req,
        `Unexpected server response: ${res.statusCode}`
      );
    }
  });

  req.on('upgrade', (res, socket, head) => {
    websocket.emit('upgrade', res);

    //
    // The user may have closed the connection from a listener of the
    // `'upgrade'` event.
    //
    if (websocket.readyState !== WebSocket.CONNECTING) return;

    req = websocket._req = null;

    const upgrade = res.headers.upgrade;

    if (upgrade === undefined || upgrade.toLowerCase() !== 'websocket') {
      abortHandshake(websocket, socket, 'Invalid Upgrade header');
      return;
    }

    const digest = createHash('sha1')
      .update(key + GUID)
      .digest('base64');

    if (res.headers['sec-websocket-accept'] !== digest) {
      abortHandshake(websocket, socket, 'Invalid Sec-WebSocket-Accept header');
      return;
    }

    const serverProt = res.headers['sec-websocket-protocol'];
    let protError;

    if (serverProt !== undefined) {
      if (!protocolSet.size) {
        protError = 'Server sent a subprotocol but none was requested';
      } else if (!protocolSet.has(serverProt)) {
        protError = 'Server sent an invalid subprotocol';
      }
    } else if (protocolSet.size) {
      protError = 'Server sent no subprotocol';
    }

    if (protError) {
      abortHandshake(websocket, socket, protError);
      return;
    }

    if (serverProt) websocket._protocol = serverProt;

    const secWebSocketExtensions = res.headers['sec-websocket-extensions'];

    if (secWebSocketExtensions !== undefined) {
      if (!perMessageDeflate) {
        const message =
          'Server sent a Sec-WebSocket-Extensions header but no extension ' +
          'was requested';
        abortHandshake(websocket, socket, message);
        return;
      }

      let extensions;

      try {
        extensions = parse(secWebSocketExtensions);
      } catch (err) {
        const message = 'Invalid Sec-WebSocket-Extensions header';
        abortHandshake(websocket, socket, message);
        return;
      }

      const extensionNames = Object.keys(extensions);

      if (
        extensionNames.length !== 1 ||
        extensionNames[0] !== PerMessageDeflate.extensionName
      ) {
        const message = 'Server indicated an extension that was not requested';
        abortHandshake(websocket, socket, message);
        return;
      }

      try {
        perMessageDeflate.accept(extensions[PerMessageDeflate.extensionName]);
      } catch (err) {
        const message = 'Invalid Sec-WebSocket-Extensions header';
        abortHandshake(websocket, socket, message);
        return;
      }

      websocket._extensions[PerMessageDeflate.extensionName] =
        perMessageDeflate;
    }

    websocket.setSocket(socket, head, {
      allowSynchronousEvents: opts.allowSynchronousEvents,
      generateMask: opts.generateMask,
      maxBufferedChunks: opts.maxBufferedChunks,
      maxFragments: opts.maxFragments,
      maxPayload: opts.maxPayload,
      skipUTF8Validation: opts.skipUTF8Validation
    });
  });

  if (opts.finishRequest) {
    opts.finishRequest(req, websocket);
  } else {
    req.end();
  }

  return opts;
}

/**
 * Emit the `'error'` and `'close'` events.
 *
 * @param {WebSocket} websocket The WebSocket instance
 * @param {Error} err The error to emit
 * @private
 */
function emitErrorAndClose(websocket, err) {
  websocket._readyState = WebSocket.CLOSING;
  //
  // The following assignment is practically useless and is done only for
  // consistency.
  //
  websocket._errorEmitted = true;
  websocket.emit('error', err);
  websocket.emitClose();
}

/**
 * Create a `net.Socket` and initiate a connection.
 *
 * @param {Object} options Connection options
 * @return {net.Socket} The newly created socket used to start the connection
 * @private
 */
function netConnect(options) {
  options.path = options.socketPath;
  return net.connect(options);
}

/**
 * Create a `tls.TLSSocket` and initiate a connection.
 *
 * @param {Object} options Connection options
 * @return {tls.TLSSocket} The newly created socket used to start the connection
 * @private
 */
function tlsConnect(options) {
  options.path = undefined;

  if (!options.servername && options.servername !== '') {
    options.servername = net.isIP(options.host) ? '' : options.host;
  }

  return tls.connect(options);
}

/**
 * Abort the handshake and emit an error.
 *
 * @param {WebSocket} websocket The WebSocket instance
 * @param {(http.ClientRequest|net.Socket|tls.Socket)} stream The request to
 *     abort or the socket to destroy
 * @param {String} message The error message
 * @private
 */
function abortHandshake(websocket, stream, message) {
  websocket._readyState = WebSocket.CLOSING;

  const err = new Error(message);
  Error.captureStackTrace(err, abortHandshake);

  if (stream.setHeader) {
    stream[kAborted] = true;
    stream.abort();

    if (stream.socket && !stream.socket.destroyed) {
      //
      // On Node.js >= 14.3.0 `request.abort()` does not destroy the socket if
      // called after the request completed. See
      // https://github.com/websockets/ws/issues/1869.
      //
      stream.socket.destroy();
    }

    process.nextTick(emitErrorAndClose, websocket, err);
  } else {
    stream.destroy(err);
    stream.once('error', websocket.emit.bind(websocket, 'error'));
    stream.once('close', websocket.emitClose.bind(websocket));
  }
}

/**
 * Handle cases where the `ping()`, `pong()`, or `send()` methods are called
 * when the `readyState` attribute is `CLOSING` or `CLOSED`.
 *
 * @param {WebSocket} websocket The WebSocket instance
 * @param {*} [data] The data to send
 * @param {Function} [cb] Callback
 * @private
 */
function sendAfterClose(websocket, data, cb) {
  if (data) {
    const length = isBlob(data) ? data.size : toBuffer(data).length;

    //
    // The `_bufferedAmount` property is used only when the peer is a client and
    // the opening handshake fails. Under these circumstances, in fact, the
    // `setSocket()` method is not called, so the `_socket` and `_sender`
    // properties are set to `null`.
    //
    if (websocket._socket) websocket._sender._bufferedBytes += length;
    else websocket._bufferedAmount += length;
  }

  if (cb) {
    const err = new Error(
      `WebSocket is not open: readyState ${websocket.readyState} ` +
        `(${readyStates[websocket.readyState]})`
    );
    process.nextTick(cb, err);
  }
}

/**
 * The listener of the `Receiver` `'conclude'` event.
 *
 * @param {Number} code The status code
 * @param {Buffer} reason The reason for closing
 * @private
 */
function receiverOnConclude(code, reason) {
  const websocket = this[kWebSocket];

  websocket._closeFrameReceived = true;
  websocket._closeCode = code;

  //
  // The reason is a view into the buffer the socket delivered. Copy it so that
  // the `WebSocket` does not keep that buffer alive. The copy is not pooled
  // because a pooled one would keep the pool alive in the same way.
  //
  if (reason.length === 0) {
    websocket._closeMessage = EMPTY_BUFFER;
  } else {
    websocket._closeMessage = Buffer.allocUnsafeSlow(reason.length);
    websocket._closeMessage.set(reason);
  }

  if (websocket._socket[kWebSocket] === undefined) return;

  websocket._socket.removeListener('data', socketOnData);
  process.nextTick(resume, websocket._socket);

  if (code === 1005) websocket.close();
  else websocket.close(code, reason);
}

/**
 * The listener of the `Receiver` `'drain'` event.
 *
 * @private
 */
function receiverOnDrain() {
  const websocket = this[kWebSocket];

  if (!websocket.isPaused) websocket._socket.resume();
}

/**
 * The listener of the `Receiver` `'error'` event.
 *
 * @param {(RangeError|Error)} err The emitted error
 * @private
 */
function receiverOnError(err) {
  const websocket = this[kWebSocket];

  if (websocket._socket[kWebSocket] !== undefined) {
    websocket._socket.removeListener('data', socketOnData);

    //
    // On Node.js < 14.0.0 the `'error'` event is emitted synchronously. See
    // https://github.com/websockets/ws/issues/1940.
    //
    process.nextTick(resume, websocket._socket);

    websocket.close(err[kStatusCode]);
  }

  if (!websocket._errorEmitted) {
    websocket._errorEmitted = true;
    websocket.emit('error', err);
  }
}

/**
 * The listener of the `Receiver` `'finish'` event.
 *
 * @private
 */
function receiverOnFinish() {
  this[kWebSocket].emitClose();
}

/**
 * The listener of the `Receiver` `'message'` event.
 *
 * @param {Buffer|ArrayBuffer|Buffer[])} data The message
 * @param {Boolean} isBinary Specifies whether the message is binary or not
 * @private
 */
function receiverOnMessage(data, isBinary) {
  this[kWebSocket].emit('message', data, isBinary);
}

/**
 * The listener of the `Receiver` `'ping'` event.
 *
 * @param {Buffer} data The data included in the ping frame
 * @private
 */
function receiverOnPing(data) {
  const websocket = this[kWebSocket];

  if (websocket._autoPong && websocket.readyState === WebSocket.OPEN) {
    if (
      websocket._maxPendingAutoPongs > 0 &&
      websocket._pendingAutoPongs >= websocket._maxPendingAutoPongs
    ) {
      websocket.terminate();
    } else {
      websocket._pendingAutoPongs++;
      websocket.pong(data, !this._isServer, websocket._autoPongComplete);
    }
  }

  websocket.emit('ping', data);
}

/**
 * The callback for automatic pong responses.
 *
 * @param {WebSocket} websocket The WebSocket instance
 * @private
 */
function autoPongComplete(websocket) {
  websocket._pendingAutoPongs--;
}

/**
 * The listener of the `Receiver` `'pong'` event.
 *
 * @param {Buffer} data The data included in the pong frame
 * @private
 */
function receiverOnPong(data) {
  this[kWebSocket].emit('pong', data);
}

/**
 * Resume a readable stream
 *
 * @param {Readable} stream The readable stream
 * @private
 */
function resume(stream) {
  stream.resume();
}

/**
 * The `Sender` error event handler.
 *
 * @param {Error} err The error
 * @private
 */
function senderOnError(err) {
  const websocket = this[kWebSocket];

  if (websocket.readyState === WebSocket.CLOSED) return;
  if (websocket.readyState === WebSocket.OPEN) {
    websocket._readyState = WebSocket.CLOSING;
    setCloseTimer(websocket);
  }

  //
  // `socket.end()` is used instead of `socket.destroy()` to allow the other
  // peer to finish sending queued data. There is no need to set a timer here
  // because `CLOSING` means that it is already set or not needed.
  //
  this._socket.end();

  if (!websocket._errorEmitted) {
    websocket._errorEmitted = true;
    websocket.emit('error', err);
  }
}

/**
 * Set a timer to destroy the underlying raw socket of a WebSocket.
 *
 * @param {WebSocket} websocket The WebSocket instance
 * @private
 */
function setCloseTimer(websocket) {
  websocket._closeTimer = setTimeout(
    websocket._socket.destroy.bind(websocket._socket),
    websocket._closeTimeout
  );
}

/**
 * The listener of the socket `'close'` event.
 *
 * @private
 */
function socketOnClose() {
  const websocket = this[kWebSocket];

  this.removeListener('close', socketOnClose);
  this.removeListener('data', socketOnData);
  this.removeListener('end', socketOnEnd);

  websocket._readyState = WebSocket.CLOSING;

  //
  // The close frame might not have been received or the `'end'` event emitted,
  // for example, if the socket was destroyed due to an error. Ensure that the
  // `receiver` stream is closed after writing any remaining buffered data to
  // it. If the readable side of the socket is in flowing mode then there is no
  // buffered data as everything has been already written. If instead, the
  // socket is paused, any possible buffered data will be read as a single
  // chunk.
  //
  if (
    !this._readableState.endEmitted &&
    !websocket._closeFrameReceived &&
    !websocket._receiver._writableState.errorEmitted &&
    this._readableState.length !== 0
  ) {
    const chunk = this.read(this._readableState.length);

    websocket._receiver.write(chunk);
  }

  websocket._receiver.end();

  this[kWebSocket] = undefined;

  clearTimeout(websocket._closeTimer);

  if (
    websocket._receiver._writableState.finished ||
    websocket._receiver._writableState.errorEmitted
  ) {
    websocket.emitClose();
  } else {
    websocket._receiver.on('error', receiverOnFinish);
    websocket._receiver.on('finish', receiverOnFinish);
  }
}

/**
 * The listener of the socket `'data'` event.
 *
 * @param {Buffer} chunk A chunk of data
 * @private
 */
function socketOnData(chunk) {
  if (!this[kWebSocket]._receiver.write(chunk)) {
    this.pause();
  }
}

/**
 * The listener of the socket `'end'` event.
 *
 * @private
 */
function socketOnEnd() {
  const websocket = this[kWebSocket];

  websocket._readyState = WebSocket.CLOSING;
  websocket._receiver.end();
  this.end();
}

/**
 * The listener of the socket `'error'` event.
 *
 * @private
 */
function socketOnError() {
  const websocket = this[kWebSocket];

  this.removeListener('error', socketOnError);
  this.on('error', NOOP);

  if (websocket) {
    websocket._readyState = WebSocket.CLOSING;
    this.destroy();
  }
}


/***/ }),

/***/ 581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(139);
/* harmony import */ var _probe_cli_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(401);
// fly-webrtc-probe: the readiness probe from a terminal (see `--help`).


(0,_exit_js__WEBPACK_IMPORTED_MODULE_1__/* .exitOnceFlushed */ .l)(await (0,_probe_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .runCli */ .a)(process.argv.slice(2)));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 139:
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

/***/ 401:
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
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
    if (total > max) {
        const limit = max % 3_600_000 === 0 ? `${max / 3_600_000}h` : `${max / 60_000}m`;
        throw new errors_InputError(input, `'${raw}' is longer than the ${limit} allowed`, example);
    }
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
function host_isHostName(text) {
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
    return (0,external_node_net_namespaceObject.isIP)(text) !== 0 || host_isHostName(text);
}
/** An IPv6 literal with a zone (`fe80::1%eth0`, or `%25eth0` as a URI writes it). */
function hasZoneId(host) {
    return host.includes('%') && host.includes(':');
}
/** Why a host with a zone id is refused: the zone names an interface of one machine. */
const ZONE_ID_PROBLEM = 'has an IPv6 zone id (%...): link-local addresses are not supported; use a global address or a host name';

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
    if (hasZoneId(o.host ?? '')) {
        fail('host', `'${o.host}' ${ZONE_ID_PROBLEM}`, '2001:db8::1');
    }
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
    if (o.checks.includes('fishjam'))
        checkFishjam(o, fail);
    checkDuration(o.timeoutMs, 'timeout', '5m', fail);
    checkDuration(o.intervalMs, 'interval', '2s', fail);
    checkStreakAndHold(o, fail);
}
function checkDuration(ms, field, example, fail) {
    if (!Number.isFinite(ms) || ms <= 0)
        fail(field, 'must be longer than zero', example);
    if (ms > MAX_TIMEOUT_MS)
        fail(field, `must be at most ${MAX_TIMEOUT_MS / 3_600_000}h`, example);
}
function checkStreakAndHold(o, fail) {
    const successes = o.successes ?? 1;
    if (!Number.isInteger(successes) || successes < 1 || successes > MAX_SUCCESSES) {
        fail('successes', `${successes} is not a whole number from 1 to ${MAX_SUCCESSES}`, '3');
    }
    const holdMs = o.holdMs ?? 0;
    if (!Number.isFinite(holdMs) || holdMs < 0 || holdMs > MAX_HOLD_MS) {
        fail('hold', `must be from 0 (off) to ${MAX_HOLD_MS / 60_000}m`, '6m');
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
        throw new ProbeOptionError('fishjamUrl', problem, 'https://fishjam.example.com', names);
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
        throw new ProbeOptionError('healthUrl', problem, EXAMPLE_HEALTH_URL, names);
    };
    if (!text)
        return fail("is needed by the 'http' check");
    if (/\[[^\]]*%/.test(text))
        return fail(`'${text}' ${ZONE_ID_PROBLEM}`);
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

;// CONCATENATED MODULE: ./src/probe/cli-fishjam.ts
/**
 * `fly-webrtc-probe fishjam <url> --token TOKEN`: the fishjam check from a terminal. The probe
 * becomes a WebRTC peer of the Fishjam at <url> and Allocates on its per-peer TURN port over UDP.
 */



const FISHJAM_USAGE = `       fly-webrtc-probe fishjam <url> --token TOKEN [options]

The fishjam command walks a browser peer's path through a Fishjam server at <url> (its HTTP API,
e.g. https://fj.example.com): room, peer, peer WebSocket, offerData, then a TURN Allocate over UDP
on the per-peer port. It creates and deletes the room 'fly-webrtc-probe'; a backend subscribed to
Fishjam's server notifications sees it. On a server with connected peers it stops before the UDP
step (Fishjam 0.6.3 may share their ports with the probe's) unless --allow-live-peers is given.
  --token TOKEN        Fishjam's API token, FJ_SERVER_API_TOKEN (env FISHJAM_TOKEN)
  --allow-live-peers   run the UDP step although other peers are connected
  --http URL           also check the health URL (e.g. <url>/health) with the same token
  --expect-relay-ip IP the public IPv4 offerData and the relayed address must name`;
function fishjamNames(base) {
    return {
        ...base,
        fishjamUrl: '<url>',
        healthToken: '--token (or FISHJAM_TOKEN)',
        fishjamAllowLivePeers: '--allow-live-peers'
    };
}
/** The options of `fishjam <url>` (the rest of the flags are shared with the STUN/TURN probe). */
function fishjamTarget(positionals, flags, env, names) {
    if (positionals.length !== 1) {
        throw new ProbeOptionError('fishjamUrl', positionals.length === 0 ? 'is missing' : 'name one Fishjam URL', 'fly-webrtc-probe fishjam https://fj.example.com --token "$FJ_TOKEN"', names);
    }
    const url = parseFishjamUrl(positionals[0], names);
    const checks = flags.http === undefined ? ['fishjam'] : ['http', 'fishjam'];
    return {
        // The STUN/TURN checks are not run; the host names the server in the report.
        host: url.hostname.replace(/^\[|\]$/g, ''),
        port: DEFAULT_PORT,
        transports: ['udp'],
        checks,
        fishjamUrl: positionals[0],
        healthToken: flags.token ?? env.FISHJAM_TOKEN,
        fishjamAllowLivePeers: flags['allow-live-peers'] ?? false
    };
}

;// CONCATENATED MODULE: ./src/probe/uri.ts
/** TURN and STUN URIs (RFC 7065, RFC 7064): building them for outputs, parsing them for the CLI. */




function hostPart(host) {
    return isIPv6(host) ? `[${host}]` : host;
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
        return isHostName(tlsHost) ? [`turns:${tlsHost}:${tlsPort}?transport=tcp`] : [];
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

;// CONCATENATED MODULE: ./src/probe/cli-args.ts
/**
 * The command line of fly-webrtc-probe, read into ProbeOptions. Every error names the flag a
 * person typed: the probe's option fields are mapped to flags by CLI_NAMES, which the probe's own
 * validation and hints use too.
 */










const USAGE = `Usage: fly-webrtc-probe <uri>... [options]
${FISHJAM_USAGE}

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
  --timeout DURATION   give up after (default 1m, at most 24h)   --interval DURATION  pause cap (default 2s)
  --successes N        attempts that must pass in a row, each from fresh source ports (default 1;
                       the action uses 3)
  --hold DURATION      after ready, keep one allocation and echo through it every 10 s this long
                       (at most 15m): catches UDP that stops after a few minutes
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
    interval: '--interval',
    successes: '--successes',
    hold: '--hold'
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
        token: string,
        'allow-live-peers': flag,
        'expect-relay-ip': string,
        'fail-on-open-relay': flag,
        servername: string,
        ca: string,
        insecure: flag,
        timeout: string,
        interval: string,
        successes: string,
        hold: string,
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
    const fishjam = positionals[0] === 'fishjam';
    const names = fishjam ? fishjamNames(CLI_NAMES) : CLI_NAMES;
    const uris = fishjam ? [] : positionals.map((text) => parseTurnUri(text, CLI_NAMES));
    const probed = fishjam
        ? fishjamTarget(positionals.slice(1), values, env, names)
        : { ...target(uris, values.http), checks: checks(uris, values) };
    const options = {
        credentials: credentials(values, env),
        realm: values.realm,
        expectedRelayIp: values['expect-relay-ip'],
        healthUrl: values.http,
        healthToken: values['health-token'] ?? env.HEALTH_TOKEN,
        tls: tlsSettings(values),
        timeoutMs: duration('timeout', values.timeout ?? '1m', '2m'),
        intervalMs: duration('interval', values.interval ?? '2s', '2s'),
        successes: successes(values.successes),
        holdMs: values.hold === undefined ? undefined : holdDuration(values.hold),
        failOnOpenRelay: values['fail-on-open-relay'],
        names,
        // Last: in fishjam mode the token is --token's, not --health-token's.
        ...probed
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
/** The PEM text of --ca; a file that holds no certificate would silently trust nothing. */
function readCa(path) {
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        return fail('ca', `cannot read '${path}' (${code ?? String(error)})`);
    }
    try {
        new external_node_crypto_namespaceObject.X509Certificate(text);
    }
    catch {
        return fail('ca', `'${path}' holds no PEM certificate (-----BEGIN CERTIFICATE-----)`, 'ca.pem');
    }
    return text;
}
/** A duration flag in milliseconds, at most `max`. */
function duration(field, text, example, max = MAX_TIMEOUT_MS) {
    try {
        return parseDuration(field, text, example, max);
    }
    catch (error) {
        // parse.ts words its errors for the action's inputs; here they name the flag.
        const problem = error instanceof errors_InputError && / is longer than the /.test(error.message)
            ? `'${text}' is longer than the ${formatLimit(max)} allowed`
            : `'${text}' is not a duration longer than zero; write a number with a unit (ms, s, m, h)`;
        return fail(field, problem, example);
    }
}
function formatLimit(ms) {
    return ms % 3_600_000 === 0 ? `${ms / 3_600_000}h` : `${ms / 60_000}m`;
}
/** --hold: `0` turns it off, anything else is a duration up to 15m. */
function holdDuration(text) {
    if (text.trim() === '0')
        return 0;
    return duration('hold', text, '6m', MAX_HOLD_MS);
}
function successes(text) {
    if (text === undefined)
        return undefined;
    const count = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
    if (!(count >= 1 && count <= MAX_SUCCESSES)) {
        fail('successes', `'${text}' is not a whole number from 1 to ${MAX_SUCCESSES}`, '3');
    }
    return count;
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

;// CONCATENATED MODULE: external "node:dns/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");
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
            hosts = (0,external_node_fs_namespaceObject.readFileSync)(HOSTS_FILE, 'utf8');
        }
        catch {
            hosts = '';
        }
    }
    const wanted = name.toLowerCase().replace(/\.$/, '');
    const found = [];
    for (const line of hosts.split('\n')) {
        const [address, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
        const family = address ? ipFamily(address) : undefined;
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
    const family = ipFamily(literal);
    if (family)
        return { address: literal, family };
    const listed = fromHostsFile(host);
    if (listed)
        return listed;
    const started = Date.now();
    const resolver = new promises_namespaceObject.Resolver();
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

;// CONCATENATED MODULE: ./src/probe/transport/address.ts
/** Where a channel talks from: the local address to bind. */

/**
 * The local address to bind: the matching loopback address when the server is on loopback
 * (so tests never listen beyond the machine), else none and the kernel picks the route's.
 */
function localAddressFor(remote) {
    if (!isLoopback(remote))
        return undefined;
    return ipFamily(remote) === 'IPv6' ? '::1' : '127.0.0.1';
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

;// CONCATENATED MODULE: external "node:dgram"
const external_node_dgram_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dgram");
var external_node_dgram_default = /*#__PURE__*/__nccwpck_require__.n(external_node_dgram_namespaceObject);
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
        this.remote = `${formatAddress(remote)}/udp`;
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
    const socket = external_node_dgram_default().createSocket(ipFamily(address) === 'IPv6' ? 'udp6' : 'udp4');
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
    const family = ipFamily(address) ?? 'IPv4';
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
        const id = (0,external_node_crypto_namespaceObject.randomBytes)(12);
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
        const sameFamily = ipFamily(server.address) === allocation.relayed.family;
        seen = context.udpMappedIp ?? (sameFamily ? await peer.reflexiveIp(server, gapMs) : undefined);
    }
    return [...new Set([seen, mapped])].filter((ip) => !!ip && ipFamily(ip) === allocation.relayed.family);
}
async function relayEcho(context, client, transport, allocation, hooks = {}) {
    const startedAt = Date.now();
    const relayed = formatAddress(allocation.relayed);
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
    const order = effectiveChecks(options.checks).filter(isStunCheck);
    const startedAt = Date.now();
    let channel;
    try {
        channel = await openChannel({ host: options.host, port: portFor(options, transport), transport, tls: options.tls }, channelOptions(context, transport));
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

// EXTERNAL MODULE: ./node_modules/ws/lib/stream.js
var stream = __nccwpck_require__(412);
// EXTERNAL MODULE: ./node_modules/ws/lib/extension.js
var extension = __nccwpck_require__(335);
// EXTERNAL MODULE: ./node_modules/ws/lib/permessage-deflate.js
var permessage_deflate = __nccwpck_require__(376);
// EXTERNAL MODULE: ./node_modules/ws/lib/receiver.js
var receiver = __nccwpck_require__(893);
// EXTERNAL MODULE: ./node_modules/ws/lib/sender.js
var sender = __nccwpck_require__(389);
// EXTERNAL MODULE: ./node_modules/ws/lib/subprotocol.js
var subprotocol = __nccwpck_require__(332);
// EXTERNAL MODULE: ./node_modules/ws/lib/websocket.js
var websocket = __nccwpck_require__(681);
// EXTERNAL MODULE: ./node_modules/ws/lib/websocket-server.js
var websocket_server = __nccwpck_require__(129);
;// CONCATENATED MODULE: ./node_modules/ws/wrapper.mjs











/* harmony default export */ const wrapper = (websocket);

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
        const socket = new wrapper(url, options);
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

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
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
        `could capture a live peer's media. Probe when the server is idle, or allow it with ${optionName('fishjamAllowLivePeers', names)}.`);
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
        const relayed = formatAddress(allocation.relayed);
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
        const tokenName = optionName('healthToken', o.names);
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
    const name = (field) => optionName(field, o.names);
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
        report.mappedAddress = formatAddress(mapped);
    if (relayed)
        report.relayedAddress = formatAddress(relayed);
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
        const channel = await openChannel({ host: o.host, port: portFor(o, transport), transport, tls: o.tls }, channelOptions(context, transport));
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
    validateProbeOptions(o);
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


/***/ }),

/***/ 327:
/***/ ((module) => {

module.exports = eval("require")("bufferutil");


/***/ }),

/***/ 414:
/***/ ((module) => {

module.exports = eval("require")("utf-8-validate");


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 16:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 23:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 106:
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
