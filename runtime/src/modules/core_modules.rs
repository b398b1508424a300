//! The table of core modules: each name `require` knows without a path, with
//! its JavaScript source, embedded in the binary. Names starting with
//! `internal/` are only reachable from other core modules.

/// The CommonJS loader itself (run once, before the main script).
pub(crate) const LOADER_SOURCE: &str = include_str!("lib/internal/loader.js");

/// Core modules by name, with their sources.
const CORE_MODULES: &[(&str, &str)] = &[
    ("assert", include_str!("lib/assert.js")),
    ("events", include_str!("lib/events.js")),
    ("fs", include_str!("lib/fs.js")),
    ("fs/promises", include_str!("lib/fs_promises.js")),
    ("module", include_str!("lib/module.js")),
    ("os", include_str!("lib/os.js")),
    ("path", include_str!("lib/path.js")),
    ("timers", include_str!("lib/timers.js")),
    ("util", include_str!("lib/util.js")),
    ("internal/errors", include_str!("lib/internal/errors.js")),
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
