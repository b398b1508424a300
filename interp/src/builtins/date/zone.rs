//! The local time zone, read once from the `TZ` environment variable.
//!
//! Supported: UTC (`TZ` unset or empty, `UTC`, `GMT`, `Etc/UTC`…) and fixed
//! offsets (`Etc/GMT+5`, POSIX `XYZ-3`; POSIX signs count west of Greenwich).
//! Named zones with daylight saving (`Europe/Paris`) are not read from the
//! system's zone data yet: they fall back to UTC, a documented limit.

use std::sync::OnceLock;

/// A fixed offset east of UTC and the name node shows in parentheses.
pub struct Zone {
    pub offset_ms: f64,
    pub name: String,
}

static ZONE: OnceLock<Zone> = OnceLock::new();

pub fn local() -> &'static Zone {
    ZONE.get_or_init(|| from_tz(std::env::var("TZ").ok().as_deref().unwrap_or("")))
}

fn utc() -> Zone {
    Zone {
        offset_ms: 0.0,
        name: "Coordinated Universal Time".into(),
    }
}

fn from_tz(tz: &str) -> Zone {
    let tz = tz.trim_start_matches(':');
    let body = tz.strip_prefix("Etc/").unwrap_or(tz);
    if matches!(
        body,
        "" | "UTC" | "GMT" | "UCT" | "Zulu" | "Universal" | "UTC0" | "GMT0"
    ) {
        return utc();
    }
    // POSIX form: letters, then hours west of Greenwich (`GMT+5`, `EST5`).
    let letters = body.chars().take_while(|c| c.is_ascii_alphabetic()).count();
    let rest = body.get(letters..).unwrap_or("");
    let (sign, digits) = match rest.as_bytes().first() {
        Some(b'-') => (1.0, &rest[1..]),
        Some(b'+') => (-1.0, &rest[1..]),
        _ => (-1.0, rest),
    };
    let mut parts = digits.split(':');
    let hours = parts.next().and_then(|h| h.parse::<f64>().ok());
    let minutes = parts
        .next()
        .and_then(|m| m.parse::<f64>().ok())
        .unwrap_or(0.0);
    match hours {
        Some(h) if letters > 0 && h <= 24.0 => {
            let offset_min = sign * (h * 60.0 + minutes);
            let abs = offset_min.abs() as i64;
            let s = if offset_min < 0.0 { '-' } else { '+' };
            Zone {
                offset_ms: offset_min * 60_000.0,
                name: if abs == 0 {
                    "Coordinated Universal Time".into()
                } else {
                    format!("GMT{s}{:02}:{:02}", abs / 60, abs % 60)
                },
            }
        }
        _ => utc(),
    }
}
