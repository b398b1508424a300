//! The host's half of local time zones: the interpreter asks which `TZ` is in
//! force and for the bytes of a zone file, and this module answers from
//! `process.env.TZ` and `/usr/share/zoneinfo` (the interpreter does no I/O).
//! Node re-reads `process.env.TZ` when a script assigns it; so do we, by
//! reading it whenever a local-time computation asks.

use std::sync::OnceLock;

use nodelet_interp::builtins::date::{set_time_zone_hooks, TimeZoneHooks};
use nodelet_interp::{Interpreter, Value};

/// Where the system keeps its TZif files.
const ZONEINFO: &str = "/usr/share/zoneinfo";

/// Installs the hooks (once per process).
pub fn install() {
    set_time_zone_hooks(TimeZoneHooks {
        current_tz,
        load_zone_file,
    });
}

/// `process.env.TZ` as a string, else the system's default zone.
fn current_tz(cx: &mut Interpreter) -> Option<String> {
    let global = cx.realm.global;
    let from_env = (|| {
        let Ok(Value::Object(process)) = cx.get_named(global, "process") else {
            return None;
        };
        let Ok(Value::Object(env)) = cx.get_named(process, "env") else {
            return None;
        };
        match cx.get_named(env, "TZ") {
            Ok(Value::String(s)) => Some(cx.rust_string(s)),
            _ => None,
        }
    })();
    from_env.or_else(|| Some(default_zone().to_string()))
}

/// The zone `/etc/localtime` links to (`Europe/Paris`), else UTC.
fn default_zone() -> &'static str {
    static DEFAULT: OnceLock<String> = OnceLock::new();
    DEFAULT.get_or_init(|| {
        std::fs::read_link("/etc/localtime")
            .ok()
            .and_then(|target| {
                let text = target.to_string_lossy().into_owned();
                text.split_once("zoneinfo/")
                    .map(|(_, zone)| zone.to_string())
            })
            .unwrap_or_else(|| "UTC".to_string())
    })
}

/// The TZif bytes for a zone name (`America/New_York`) or an absolute path.
/// Names that could climb out of the zone folder are refused.
fn load_zone_file(name: &str) -> Option<Vec<u8>> {
    if name.is_empty() || name.split('/').any(|part| part == "..") {
        return None;
    }
    if name.starts_with('/') {
        return std::fs::read(name).ok();
    }
    std::fs::read(format!("{ZONEINFO}/{name}")).ok()
}
