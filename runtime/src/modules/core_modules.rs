//! The table of core modules: each name `require` knows without a path, with
//! its JavaScript source, embedded in the binary. Names starting with
//! `internal/` are only reachable from other core modules.

/// The CommonJS loader itself (run once, before the main script).
pub(crate) const LOADER_SOURCE: &str = include_str!("lib/internal/loader.js");

/// Core modules by name, with their sources.
const CORE_MODULES: &[(&str, &str)] = &[
    ("assert", include_str!("lib/assert.js")),
    ("buffer", include_str!("lib/buffer.js")),
    ("events", include_str!("lib/events.js")),
    ("fs", include_str!("lib/fs.js")),
    ("fs/promises", include_str!("lib/fs_promises.js")),
    ("http", include_str!("lib/http.js")),
    ("module", include_str!("lib/module.js")),
    ("net", include_str!("lib/net.js")),
    ("os", include_str!("lib/os.js")),
    ("path", include_str!("lib/path.js")),
    ("timers", include_str!("lib/timers.js")),
    ("url", include_str!("lib/url.js")),
    ("util", include_str!("lib/util.js")),
    ("stream", include_str!("lib/stream.js")),
    ("stream/promises", include_str!("lib/stream_promises.js")),
    ("timers/promises", include_str!("lib/timers_promises.js")),
    (
        "internal/streams/shared",
        include_str!("lib/internal/streams/shared.js"),
    ),
    (
        "internal/streams/chunks",
        include_str!("lib/internal/streams/chunks.js"),
    ),
    (
        "internal/streams/utils",
        include_str!("lib/internal/streams/utils.js"),
    ),
    (
        "internal/streams/destroy",
        include_str!("lib/internal/streams/destroy.js"),
    ),
    (
        "internal/streams/end-of-stream",
        include_str!("lib/internal/streams/end_of_stream.js"),
    ),
    (
        "internal/streams/state",
        include_str!("lib/internal/streams/state.js"),
    ),
    (
        "internal/streams/legacy",
        include_str!("lib/internal/streams/legacy.js"),
    ),
    (
        "internal/streams/add-abort-signal",
        include_str!("lib/internal/streams/add_abort_signal.js"),
    ),
    (
        "internal/streams/readable",
        include_str!("lib/internal/streams/readable.js"),
    ),
    (
        "internal/streams/writable",
        include_str!("lib/internal/streams/writable.js"),
    ),
    (
        "internal/streams/duplex",
        include_str!("lib/internal/streams/duplex.js"),
    ),
    (
        "internal/streams/transform",
        include_str!("lib/internal/streams/transform.js"),
    ),
    (
        "internal/streams/passthrough",
        include_str!("lib/internal/streams/passthrough.js"),
    ),
    (
        "internal/streams/pipeline",
        include_str!("lib/internal/streams/pipeline.js"),
    ),
    (
        "internal/streams/from",
        include_str!("lib/internal/streams/from.js"),
    ),
    (
        "internal/streams/operators",
        include_str!("lib/internal/streams/operators.js"),
    ),
    ("string_decoder", include_str!("lib/string_decoder.js")),
    ("internal/errors", include_str!("lib/internal/errors.js")),
    ("internal/url", include_str!("lib/internal/url.js")),
    (
        "internal/comparisons",
        include_str!("lib/internal/comparisons.js"),
    ),
];

/// The source of core module `name`, if there is one.
pub(crate) fn source(name: &str) -> Option<&'static str> {
    CORE_MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, src)| *src)
}

/// The names scripts may `require` (node's `builtinModules`).
pub(crate) fn public_names() -> impl Iterator<Item = &'static str> {
    CORE_MODULES
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| !n.starts_with("internal/"))
}
