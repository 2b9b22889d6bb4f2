// @ts-check
// The simulator's data shapes, declared once (JSDoc only; this module exports no values):
// - what the harness writes and bin/ reads: sim.json (SimFile), the __sim-seed spec (SeedSpec);
// - what bin/ writes and the harness reads: state.json (SimState), calls.jsonl (SimCall);
// - what bin/ passes between its own modules: the command context (Ctx), flags, server specs.
// ../harness.ts imports these types, so renaming a field here breaks both sides' typecheck.

// ---------------------------------------------------------------- sim.json (harness -> bin)

/**
 * How an injected fault behaves:
 * - `fail-once` / `fail-always`: exit 1 with `Error: <message>` once / every time;
 * - `transient-once`: exit 1 with flyctl's text for a 5xx from the API (`status`, default 503)
 *   once, then behave: GraphQL commands `failed to run <query>: server returned a non-200 status
 *   code: 503`, Machines API commands `request returned non-2xx status: 503: <body>`;
 * - `hang`: never answer (until killed); SIGTERM still leaves a call-log entry;
 * - `slow`: answer normally after `delayMs` (killed before that, it logs like `hang`);
 * - `killed`: log the call, then die by `signal` (default SIGKILL), as when the OOM killer or
 *   a runner shutdown takes flyctl;
 * - `bad-json`: run normally but cut the JSON output (or the release JSON line) in half;
 * - `stale-release`: status/machine list show the machines still on the previous release.
 * @typedef {'fail-once' | 'fail-always' | 'transient-once' | 'hang' | 'slow' | 'killed' | 'bad-json' | 'stale-release'} FaultMode
 */

/**
 * @typedef {object} Fault
 * @property {string} match Command path: 'ips list', 'deploy', 'releases', 'status',
 *   'secrets import', or '*'. A fault on 'ips' matches every `ips ...` command. Aliases are
 *   normalised (ls -> list).
 * @property {FaultMode} mode
 * @property {string} [message] The error text for fail-once/fail-always (printed after
 *   `Error: `); for transient-once it replaces the 5xx text.
 * @property {number} [times] How many matching calls the fault applies to (default 1 for
 *   *-once, unlimited otherwise).
 * @property {number} [status] HTTP status of a transient-once fault (default 503).
 * @property {number} [exitCode] Exit code of fail-once/fail-always (default 1; flyctl exits 126
 *   on any context deadline, flyctl:internal/cli/cli.go:107-110).
 * @property {number} [delayMs] How long a `slow` call takes before it answers.
 * @property {NodeJS.Signals} [signal] The signal a `killed` call dies by (default SIGKILL).
 * @property {string} [after] Only active once a call of this command path has succeeded, e.g.
 *   `apps create` (what an org-limited token sees right after creating an app).
 */

/**
 * Token rules (after stripping `FlyV1 `/`Bearer `). Without `valid`, any non-empty token works.
 * valid: the only accepted tokens (plus readOnly and deploy ones); invalid: rejected with
 * flyctl's "You must be authenticated to view this."; readOnly: mutating commands fail with
 * `unauthorized`; deploy: app-scoped, so apps create/list/destroy and orgs list are refused.
 * @typedef {object} TokenRules
 * @property {string[]} [valid]
 * @property {string[]} [invalid]
 * @property {string[]} [readOnly]
 * @property {string[]} [deploy]
 */

/**
 * The knobs of the path a UDP datagram takes to the machine (fly-platform.md §1); any of them
 * puts a relay (udp-path.js) between the runner and the server.
 * @typedef {object} UdpPathKnobs
 * @property {boolean} [alternate] Every second fresh source port (per public port) reaches
 *   nothing: two edges in rotation, one of which cannot reach the machine.
 * @property {number} [stopAfterMs] A flow is carried this long after its first datagram, then
 *   nothing (Fly's reported five-minute cutoff, shortened).
 * @property {number} [mtu] Datagrams with more UDP payload than this vanish.
 */

/**
 * Fly's edge in front of deployed apps.
 * @typedef {object} EdgeOptions
 * @property {'ok' | 'broken'} [tlsForwarding] `broken`: TLS handshakes on `tls` handler ports
 *   work, and nothing answers behind them.
 * @property {UdpPathKnobs} [udp]
 */

/**
 * @typedef {object} SimOptions
 * @property {number} [startDelayMs] Delay between deploy and the server answering (imitates slow
 *   UDP forwarding).
 * @property {EdgeOptions} [edge]
 * @property {Fault[]} [faults]
 * @property {Record<string, string>} [orgs] Organisations slug -> name. Default
 *   { personal: 'Sim User' } (auto-selected by apps create).
 * @property {TokenRules} [tokens]
 * @property {string[]} [takenNames] App names held by someone else (apps create fails with
 *   `Name has already been taken`).
 * @property {string} [version] Version reported by `flyctl version`. Default 0.4.87.
 * @property {number} [createLatencyMs] Time `apps create` takes between the API's name check
 *   and the insert (default 0): concurrent creates inside it race to the unique constraint.
 * @property {string[]} [regions] Region codes `platform regions` lists beyond Fly's catalogue.
 * @property {BrokenServer[]} [brokenServers] Servers that never answer: the app (and, if given,
 *   only that image) deploys fine, but its server exits at once, as a crashing image would.
 * @property {number} [fishjamUdpDelayMs] Fishjam stand-in: its per-peer TURN ports stay silent
 *   until this long after the first HTTP request reached it (HTTP answers at once), as when Fly's
 *   UDP forwarding starts late.
 * @property {boolean} [fishjamUdpBlocked] Fishjam stand-in: UDP never arrives; offerData is still
 *   sent, nothing answers on the per-peer port.
 */

/**
 * @typedef {object} BrokenServer
 * @property {string} app
 * @property {string} [image]
 */

/**
 * The edge's certificate for `*.fly.dev` and the CA that signed it (made by createSim).
 * @typedef {object} EdgeCertificate
 * @property {string} certFile
 * @property {string} keyFile
 * @property {string} caFile
 */

/**
 * sim.json: the harness's options plus what createSim decides.
 * @typedef {object} SimFileFields
 * @property {EdgeCertificate} [edgeTls]
 * @property {string} ipv4Prefix The /24 of dedicated IPv4s, e.g. '127.77.5'.
 * @property {string} ipv6Prefix e.g. '2001:db8:77:5'.
 * @property {number} ownerPid The harness process; servers stop when it is gone.
 * @property {number} faultsGeneration Bumped by setFaults, so hit counts restart.
 */
/** @typedef {SimOptions & SimFileFields} SimFile */

/**
 * `flyctl __sim-seed` (harness.seedApp): an app as an earlier run would have left it.
 * @typedef {object} SeedAppOptions
 * @property {string} [org]
 * @property {number} [dedicatedIpv4] Number of dedicated IPv4s to allocate (oldest first).
 * @property {boolean} [ipv6]
 * @property {boolean} [sharedIpv4]
 * @property {Record<string, string>} [secrets]
 * @property {boolean} [stagedSecrets] Leave the seeded secrets staged instead of deployed.
 * @property {string[]} [releases] Image of each complete release, oldest first; any release
 *   makes the app deployed.
 * @property {string} [releasedAt] RFC 3339 time of every seeded release (default: the sim
 *   clock), e.g. to make a preview stale.
 * @property {number} [machines] Machines on the latest release (default 1 when there are
 *   releases). No server is started.
 * @property {string} [region]
 */
/** @typedef {SeedAppOptions & { name: string }} SeedSpec */

// ------------------------------------------------- state.json, calls.jsonl (bin -> harness)

/**
 * @typedef {object} SimCall
 * @property {string[]} argv
 * @property {boolean} mutating The command changes state (apps create/destroy, ips
 *   allocate/release, secrets, deploy, scale).
 * @property {number} exitCode
 * @property {number} startedAt
 * @property {number} endedAt
 * @property {number} stdinBytes Bytes read from stdin (the content is never recorded).
 * @property {string[]} envNames Names of the variables in flyctl's environment (never values).
 */

/**
 * @typedef {object} SimIp
 * @property {string} id
 * @property {string} address
 * @property {'v4' | 'v6' | 'private_v6'} type
 * @property {string} region
 * @property {string} createdAt
 */

/**
 * @typedef {object} SimRelease
 * @property {string} id
 * @property {number} version
 * @property {string} status
 * @property {string} imageRef
 * @property {string} strategy
 * @property {string} reason
 * @property {string} description
 * @property {string} createdAt
 */

/**
 * A port of a service as the Machines API stores it.
 * @typedef {object} MachinePort
 * @property {number} [port]
 * @property {number} [start_port]
 * @property {number} [end_port]
 * @property {string[]} [handlers]
 * @property {boolean} [force_https]
 * @property {{ alpn?: string[], versions?: string[] }} [tls_options]
 */

/**
 * @typedef {object} MachineService
 * @property {string} protocol
 * @property {number} internal_port
 * @property {MachinePort[]} ports
 * @property {null} force_instance_key
 */

/**
 * @typedef {object} MachineCheck
 * @property {string} name
 * @property {string} status
 * @property {string} output
 * @property {string} updated_at
 */

/**
 * @typedef {object} Guest
 * @property {string} cpu_kind
 * @property {number} cpus
 * @property {number} memory_mb
 */

/**
 * The fields a deploy or a secrets restart changes on a machine (what `previous` keeps).
 * @typedef {object} MachineRelease
 * @property {number} releaseVersion
 * @property {string} releaseId
 * @property {string} image
 * @property {string[] | null} cmd
 * @property {Record<string, string>} env
 * @property {MachineService[]} services
 * @property {Guest} guest
 * @property {MachineCheck[]} checks
 * @property {string} updatedAt
 * @property {string} instanceId
 */

/**
 * @typedef {object} MachineIdentity
 * @property {string} id
 * @property {string} name
 * @property {string} group
 * @property {string} region
 * @property {string} state
 * @property {string} privateIp
 * @property {string} createdAt
 * @property {Partial<MachineRelease> | null} previous The machine as it was before its last
 *   update (what the stale-release fault shows).
 */
/** @typedef {MachineIdentity & MachineRelease} SimMachine */

/** @typedef {'coturn' | 'fishjam'} ServerKind */

/**
 * @typedef {object} SimServer
 * @property {number} pgid Process group id of the launcher (and of the server it runs).
 * @property {string} [machineId] The machine this server stands for: Fly sends all of an app's
 *   UDP to one instance at a time (fly-platform.md §1), so an app has one server however many
 *   machines it has; the others get no UDP while this one is up.
 * @property {ServerKind} kind
 * @property {string} address
 * @property {string} logFile
 * @property {string} specFile
 */

/**
 * What the last deploy asked to run; kept so that a new address or a secrets change restarts it.
 * @typedef {object} SimRuntime
 * @property {string} image
 * @property {string[] | null} cmd
 * @property {Record<string, string>} env
 * @property {ServerKind | null} kind
 * @property {MachineService[]} services
 */

/**
 * @typedef {object} SimApp
 * @property {string} name
 * @property {string} org
 * @property {string} createdAt
 * @property {string} status
 * @property {boolean} deployed
 * @property {SimIp[]} ips
 * @property {string | null} sharedIpv4
 * @property {Record<string, string>} secrets name -> value exactly as flyctl would store it.
 * @property {Record<string, string>} deployedSecretDigests
 * @property {SimRelease[]} releases
 * @property {SimMachine[]} machines
 * @property {SimServer | null} server
 * @property {SimRuntime} [runtime]
 */

/**
 * @typedef {object} SimState
 * @property {number} clock Seconds of the last timestamp handed out (strictly increasing).
 * @property {number} nextHost Next host number in the dedicated IPv4 /24.
 * @property {number} [nextHost6]
 * @property {number} seq
 * @property {Record<string, SimApp>} apps
 * @property {Record<string, number>} faultHits `<faultsGeneration>:<index>` -> hits.
 * @property {string[]} [succeeded] Command paths that have succeeded at least once (for a
 *   fault's `after`).
 */

// ----------------------------------------------------------------------- inside bin/ only

/**
 * What the edge in front of one app does (edge.js edgeFor).
 * @typedef {object} EdgeSpec
 * @property {string} address The app's dedicated IPv4 (where clients connect).
 * @property {string} machine Where the server listens: the same address, or a private one
 *   behind the UDP path.
 * @property {{ port: number, to: number, alpn?: string[], versions?: string[] }[]} tls
 * @property {{ port: number, to: number }[]} tcp Raw TCP forwarded (only with the machine behind).
 * @property {{ routes: { from: number, to: number }[], knobs: UdpPathKnobs }} [udp]
 * @property {'ok' | 'broken'} tlsForwarding
 * @property {EdgeCertificate} [certificate]
 */

/**
 * What a deployed server's launcher reads from its spec file (deploy.js startServer writes it).
 * @typedef {object} ServerSpecCommon
 * @property {string} address
 * @property {number} delayMs
 * @property {number} ownerPid
 * @property {EdgeSpec} [edge]
 */
/**
 * @typedef {object} CoturnSpec
 * @property {'coturn'} kind
 * @property {string} binary The entrypoint's program (anything but `turnserver` fails).
 * @property {string[]} args
 */
/**
 * @typedef {object} FishjamSpec
 * @property {'fishjam'} kind
 * @property {number[]} ports Public HTTP ports routed to FJ_PORT (served besides FJ_PORT).
 * @property {Record<string, string>} env [env] and the app's secrets, as Fishjam reads them.
 * @property {number} udpDelayMs SimOptions.fishjamUdpDelayMs.
 * @property {boolean} udpBlocked SimOptions.fishjamUdpBlocked.
 */
/** @typedef {ServerSpecCommon & (CoturnSpec | FishjamSpec)} ServerSpecBase */
/** @typedef {ServerSpecBase & { logFile: string, stateDir: string }} ServerSpec */

/** @typedef {boolean | string | string[] | number} FlagValue */

/**
 * A flag definition (args.js `flag.*`); `aliases` are hidden long names such as auto-confirm.
 * @typedef {object} FlagSpec
 * @property {string} name
 * @property {string | undefined} short
 * @property {'bool' | 'string' | 'strings' | 'int'} type
 * @property {FlagValue} def
 * @property {string[]} [aliases]
 */

/**
 * The parsed flags of one command. Every flag the command declares is present (with its
 * default when not given); a handler reads only the flags of its own command.
 * @typedef {object} Flags
 * @property {string} access-token
 * @property {string} app
 * @property {string} config
 * @property {boolean} json
 * @property {boolean} yes
 * @property {boolean} quiet
 * @property {string} name
 * @property {string} org
 * @property {string} region
 * @property {boolean} shared
 * @property {boolean} private
 * @property {boolean} stage
 * @property {boolean} detach
 * @property {boolean} dns-checks
 * @property {boolean} watch
 * @property {string} process-group
 * @property {number} max-per-region
 * @property {string} image
 * @property {string} strategy
 * @property {string} dockerfile
 * @property {string} image-label
 * @property {string[]} env
 * @property {string} wait-timeout
 * @property {string} release-command-timeout
 * @property {string} lease-timeout
 * @property {boolean} ha
 * @property {boolean} no-public-ips
 * @property {boolean} flycast
 * @property {string} primary-region
 * @property {string} regions
 * @property {string} exclude-regions
 * @property {string} only-machines
 * @property {string} exclude-machines
 * @property {string} vm-size
 * @property {number} vm-cpus
 * @property {string} vm-cpu-kind
 * @property {string} vm-memory
 */

/**
 * The parts of a fly.toml the simulator reads (smol-toml's table, trusted to have this shape;
 * numbers written as strings are coerced where flyctl coerces them).
 * @typedef {object} FlyToml
 * @property {string} [app]
 * @property {string} [primary_region]
 * @property {{ image?: string, dockerfile?: string, ignorefile?: string, builder?: string, buildpacks?: string[] }} [build]
 * @property {{ strategy?: string }} [deploy]
 * @property {Record<string, unknown>} [env]
 * @property {{ cmd?: string | string[] }} [experimental]
 * @property {Record<string, unknown>} [processes]
 * @property {FlyTomlService[]} [services]
 * @property {{ internal_port: number | string, force_https?: boolean, checks?: unknown[], processes?: string[] }} [http_service]
 * @property {{ guest_path?: string, local_path?: string }[]} [files]
 * @property {FlyTomlVm | FlyTomlVm[]} [vm]
 * @property {FlyTomlVm[]} [compute]
 */

/**
 * @typedef {object} FlyTomlService
 * @property {string} [protocol]
 * @property {number | string} internal_port
 * @property {{ port?: number, start_port?: number, end_port?: number, handlers?: string[], force_https?: boolean, tls_options?: { alpn?: string[], versions?: string[] } }[]} [ports]
 * @property {unknown[]} [tcp_checks]
 * @property {unknown[]} [http_checks]
 * @property {string[]} [processes]
 */

/**
 * @typedef {object} FlyTomlVm
 * @property {string} [size]
 * @property {number | string} [cpus]
 * @property {string} [cpu_kind]
 * @property {number | string} [memory]
 * @property {number | string} [memory_mb]
 */

/**
 * @typedef {object} LoadedConfig
 * @property {string} path
 * @property {FlyToml} data
 */

/** @typedef {ReturnType<typeof import('./store.js').openStore>} Store */

/** @typedef {Record<string, string | undefined>} Env */

/**
 * The invocation context main.js builds and every command handler receives.
 * @typedef {object} Ctx
 * @property {string[]} argv
 * @property {Flags} flags
 * @property {string[]} args
 * @property {Set<string>} set Names of the flags given explicitly.
 * @property {Env} env
 * @property {string} cwd
 * @property {Store} store
 * @property {SimFile} options
 * @property {Fault | null} fault
 * @property {boolean} json `--json` or FLY_JSON.
 * @property {(text: string) => void} out
 * @property {(text: string) => void} err
 * @property {() => Promise<string>} readStdin
 * @property {() => Promise<LoadedConfig | null>} loadConfig
 */

export {}
