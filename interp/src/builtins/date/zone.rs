//! The local time zone: UTC offsets and names for any instant, from the `TZ`
//! setting in force (node re-reads `process.env.TZ` when a script changes it).
//!
//! The interpreter does no I/O, so the host supplies two hooks
//! ([`TimeZoneHooks`]): the current `TZ` value and the bytes of a zone file. The
//! file is TZif (RFC 8536, version 2 or later): a table of transitions, then a
//! POSIX `TZ` rule (`EST5EDT,M3.2.0,M11.1.0`) for instants past the table. A
//! `TZ` that is itself a POSIX rule or a fixed offset (`Etc/GMT+5`, `XYZ-3`)
//! needs no file. Without hooks (the interpreter used on its own) the zone is
//! UTC. Names come from `zone_names.rs` (ICU's long names, as node prints them).

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::OnceLock;

use crate::interp::Interpreter;

/// What the host provides: the `TZ` in force (`None` when unset: the system
/// default zone) and a zone file by name (`""` for the system default).
#[derive(Clone, Copy)]
pub struct TimeZoneHooks {
    pub current_tz: fn(&mut Interpreter) -> Option<String>,
    pub load_zone_file: fn(&str) -> Option<Vec<u8>>,
}

static HOOKS: OnceLock<TimeZoneHooks> = OnceLock::new();

/// Installs the host's hooks (once per process; later calls are ignored).
pub fn set_time_zone_hooks(hooks: TimeZoneHooks) {
    let _ = HOOKS.set(hooks);
}

thread_local! {
    /// The zone for the last `TZ` seen, so a change of `TZ` is noticed.
    static CURRENT: RefCell<Option<(Option<String>, Rc<Zone>)>> = const { RefCell::new(None) };
}

/// The zone in force now.
pub fn current(cx: &mut Interpreter) -> Rc<Zone> {
    let Some(hooks) = HOOKS.get().copied() else {
        return CURRENT.with(|c| {
            let mut c = c.borrow_mut();
            c.get_or_insert_with(|| (None, Rc::new(Zone::utc())))
                .1
                .clone()
        });
    };
    let tz = (hooks.current_tz)(cx);
    if let Some(zone) = CURRENT.with(|c| match &*c.borrow() {
        Some((seen, zone)) if *seen == tz => Some(zone.clone()),
        _ => None,
    }) {
        return zone;
    }
    let zone = Rc::new(Zone::from_tz(tz.as_deref(), hooks.load_zone_file));
    CURRENT.with(|c| *c.borrow_mut() = Some((tz, zone.clone())));
    zone
}

/// One kind of local time: offset east of UTC (seconds) and whether the zone
/// file calls it daylight-saving time.
#[derive(Clone, Copy, Debug, PartialEq)]
struct LocalType {
    offset: i64,
    dst: bool,
}

/// When a POSIX rule switches: `Jn` (1-365, no leap day), `n` (0-365), or
/// `Mm.w.d` (weekday d of week w of month m), at `time` seconds local.
#[derive(Clone, Copy, Debug)]
enum RuleDay {
    Julian1(i64),
    Julian0(i64),
    MonthWeekDay(i64, i64, i64),
}

#[derive(Clone, Copy, Debug)]
struct Switch {
    day: RuleDay,
    time: i64,
}

/// A POSIX `TZ` rule: standard time, and optionally DST with its switches.
#[derive(Clone, Debug)]
struct PosixRule {
    std: LocalType,
    dst: Option<(LocalType, Switch, Switch)>,
}

pub struct Zone {
    /// Transition instants (UTC seconds) and the type from each one on.
    transitions: Vec<i64>,
    types_at: Vec<usize>,
    types: Vec<LocalType>,
    /// The type before the first transition.
    first: LocalType,
    rule: Option<PosixRule>,
    /// Long names (standard, daylight); empty for the `GMT+hh:mm` form.
    names: (String, String),
}

const MAX_EPOCH_MS: f64 = 2_147_483_647_000.0;

impl Zone {
    fn utc() -> Zone {
        Zone::fixed(0, "Coordinated Universal Time")
    }

    fn fixed(offset: i64, name: &str) -> Zone {
        let t = LocalType { offset, dst: false };
        Zone {
            transitions: Vec::new(),
            types_at: Vec::new(),
            types: vec![t],
            first: t,
            rule: None,
            names: (name.to_string(), String::new()),
        }
    }

    fn from_tz(tz: Option<&str>, load: fn(&str) -> Option<Vec<u8>>) -> Zone {
        let name = tz.unwrap_or("").trim_start_matches(':');
        if matches!(
            name.strip_prefix("Etc/").unwrap_or(name),
            "UTC" | "UCT" | "Universal" | "Zulu"
        ) {
            return Zone::utc();
        }
        // An empty `TZ` is GMT itself, named in the offset form by ICU.
        if tz.is_some() && name.is_empty() {
            return Zone::fixed(0, "");
        }
        let file = if tz.is_none() { "" } else { name };
        if let Some(mut zone) = load(file).and_then(|bytes| parse_tzif(&bytes)) {
            zone.names = names_for(name);
            return zone;
        }
        if tz.is_none() {
            return Zone::utc();
        }
        // Not a zone file: a POSIX rule such as `EST5EDT,M3.2.0,M11.1.0` or
        // `XYZ-3` (names in the GMT form), else node's fallback, GMT itself.
        match parse_posix(name) {
            Some(rule) => Zone {
                transitions: Vec::new(),
                types_at: Vec::new(),
                types: vec![rule.std],
                first: rule.std,
                rule: Some(rule),
                names: names_for(name),
            },
            None => Zone::fixed(0, ""),
        }
    }

    /// The local type at a UTC instant (milliseconds).
    fn type_at(&self, t_ms: f64) -> LocalType {
        let secs = (t_ms / 1000.0).floor();
        let secs = secs.clamp(-1e15, 1e15) as i64;
        let i = self.transitions.partition_point(|&tr| tr <= secs);
        if i == 0 {
            if self.transitions.is_empty() {
                if let Some(rule) = &self.rule {
                    return rule.type_at(secs);
                }
            }
            return self.first;
        }
        if i == self.transitions.len() {
            if let Some(rule) = &self.rule {
                return rule.type_at(secs);
            }
        }
        let ty = self.types_at.get(i - 1).copied().unwrap_or(0);
        self.types.get(ty).copied().unwrap_or(self.first)
    }

    /// The offset east of UTC in milliseconds at a UTC instant.
    pub fn offset_at_utc(&self, t_ms: f64) -> f64 {
        if !t_ms.is_finite() {
            return 0.0;
        }
        self.type_at(t_ms).offset as f64 * 1000.0
    }

    /// The offset to subtract from a local time to get UTC. A local time that
    /// happens twice (clocks going back) or never (clocks going forward) takes
    /// the offset in force before the change, as V8 asks ICU to do.
    pub fn offset_for_local(&self, local_ms: f64) -> f64 {
        if !local_ms.is_finite() {
            return 0.0;
        }
        const DAY: f64 = 86_400_000.0;
        let before = self.offset_at_utc(local_ms - DAY);
        let after = self.offset_at_utc(local_ms + DAY);
        let valid = |off: f64| self.offset_at_utc(local_ms - off) == off;
        match (valid(before), valid(after)) {
            (true, _) => before,
            (false, true) => after,
            (false, false) => before,
        }
    }

    /// The name node shows in parentheses. Like V8, whether DST applies is
    /// judged at an equivalent year in 1970-2037 for instants outside it.
    pub fn name_at(&self, t_ms: f64) -> String {
        let probe = if !(0.0..=MAX_EPOCH_MS).contains(&t_ms) {
            equivalent_time(t_ms)
        } else {
            t_ms
        };
        let dst = self.type_at(probe).dst;
        let name = if dst { &self.names.1 } else { &self.names.0 };
        if !name.is_empty() {
            return name.clone();
        }
        let off = (self.offset_at_utc(t_ms) / 60_000.0).trunc() as i64;
        let sign = if off < 0 { '-' } else { '+' };
        format!("GMT{sign}{:02}:{:02}", off.abs() / 60, off.abs() % 60)
    }
}

/// The long names for a zone, from the table.
fn names_for(zone: &str) -> (String, String) {
    match super::zone_names::ZONE_NAMES.binary_search_by(|(z, _, _)| (*z).cmp(zone)) {
        Ok(i) => {
            let (_, std, dst) = super::zone_names::ZONE_NAMES[i];
            (std.to_string(), dst.to_string())
        }
        Err(_) => (String::new(), String::new()),
    }
}

/// V8's `EquivalentTime`: the same month, day and time of day in a year of
/// 2008-2035 with the same leap-ness and weekday of January 1st.
fn equivalent_time(t_ms: f64) -> f64 {
    use super::calendar::{fields, make_date, make_day, make_time};
    let f = fields(t_ms);
    let year = f.year;
    let jan1 = make_day(year, 0.0, 1.0);
    let week_day = (jan1 + 4.0).rem_euclid(7.0) as i64;
    let leap = year % 4.0 == 0.0 && (year % 100.0 != 0.0 || year % 400.0 == 0.0);
    let recent = if leap { 1956 } else { 1967 } + (week_day * 12) % 28;
    let eq_year = 2008 + (recent + 3 * 28 - 2008) % 28;
    make_date(
        make_day(eq_year as f64, f.month, f.date),
        make_time(f.hour, f.minute, f.second, f.ms),
    )
}

// ---------------------------------------------------------------------------
// TZif files
// ---------------------------------------------------------------------------

fn be_u32(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at + 4)?;
    Some(u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
}

fn be_i64(b: &[u8], at: usize) -> Option<i64> {
    let s = b.get(at..at + 8)?;
    let mut a = [0u8; 8];
    a.copy_from_slice(s);
    Some(i64::from_be_bytes(a))
}

/// Reads a TZif file: the 64-bit table of version 2+ (or the 32-bit one of
/// version 1) and the POSIX footer. `None` for anything malformed.
fn parse_tzif(b: &[u8]) -> Option<Zone> {
    if b.get(0..4)? != b"TZif" {
        return None;
    }
    let version = *b.get(4)?;
    let counts = |at: usize| -> Option<[usize; 6]> {
        let mut c = [0usize; 6];
        for (i, slot) in c.iter_mut().enumerate() {
            *slot = be_u32(b, at + 20 + 4 * i)? as usize;
        }
        Some(c)
    };
    let [isut, isstd, leap, timecnt, typecnt, charcnt] = counts(0)?;
    let v1_len = timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut;
    let (start, time_size, [_, _, leap, timecnt, typecnt, charcnt]) = if version >= b'2' {
        let second = 44 + v1_len;
        (second + 44, 8, counts(second)?)
    } else {
        (44, 4, [isut, isstd, leap, timecnt, typecnt, charcnt])
    };
    if typecnt == 0 {
        return None;
    }
    let mut transitions = Vec::with_capacity(timecnt);
    for i in 0..timecnt {
        let at = start + i * time_size;
        transitions.push(if time_size == 8 {
            be_i64(b, at)?
        } else {
            be_u32(b, at)? as i32 as i64
        });
    }
    let idx_at = start + timecnt * time_size;
    let types_at: Vec<usize> = b
        .get(idx_at..idx_at + timecnt)?
        .iter()
        .map(|&x| x as usize)
        .collect();
    let types_start = idx_at + timecnt;
    let mut types = Vec::with_capacity(typecnt);
    for i in 0..typecnt {
        let at = types_start + i * 6;
        let offset = be_u32(b, at)? as i32 as i64;
        let dst = *b.get(at + 4)? != 0;
        types.push(LocalType { offset, dst });
    }
    if types_at.iter().any(|&t| t >= typecnt) {
        return None;
    }
    // RFC 8536: before the first transition, type 0 applies.
    let first = types[0];
    let end = types_start + typecnt * 6 + charcnt + leap * (time_size + 4) + isstd + isut;
    let rule = if version >= b'2' {
        let footer = b.get(end..)?;
        let text = std::str::from_utf8(footer).ok()?;
        let line = text.strip_prefix('\n')?.split('\n').next()?;
        parse_posix(line)
    } else {
        None
    };
    Some(Zone {
        transitions,
        types_at,
        types,
        first,
        rule,
        names: (String::new(), String::new()),
    })
}

// ---------------------------------------------------------------------------
// POSIX TZ rules
// ---------------------------------------------------------------------------

/// A cursor over a POSIX `TZ` string.
struct Cursor<'a> {
    s: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }
    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    /// A zone abbreviation: letters, or anything in `<…>`.
    fn name(&mut self) -> Option<()> {
        if self.eat(b'<') {
            while self.peek()? != b'>' {
                self.i += 1;
            }
            self.i += 1;
            return Some(());
        }
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_alphabetic()) {
            self.i += 1;
        }
        (self.i - start >= 3).then_some(())
    }
    fn number(&mut self) -> Option<i64> {
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
        std::str::from_utf8(self.s.get(start..self.i)?)
            .ok()?
            .parse()
            .ok()
    }
    /// `[+-]hh[:mm[:ss]]` in seconds.
    fn hms(&mut self) -> Option<i64> {
        let sign = if self.eat(b'-') {
            -1
        } else {
            self.eat(b'+');
            1
        };
        let mut secs = self.number()? * 3600;
        if self.eat(b':') {
            secs += self.number()? * 60;
            if self.eat(b':') {
                secs += self.number()?;
            }
        }
        Some(sign * secs)
    }
    fn switch(&mut self) -> Option<Switch> {
        let day = if self.eat(b'J') {
            RuleDay::Julian1(self.number()?)
        } else if self.eat(b'M') {
            let m = self.number()?;
            self.eat(b'.').then_some(())?;
            let w = self.number()?;
            self.eat(b'.').then_some(())?;
            let d = self.number()?;
            RuleDay::MonthWeekDay(m, w, d)
        } else {
            RuleDay::Julian0(self.number()?)
        };
        let time = if self.eat(b'/') { self.hms()? } else { 7200 };
        Some(Switch { day, time })
    }
}

/// Parses `std offset [dst [offset] [,start[/time],end[/time]]]`. POSIX
/// offsets count west of Greenwich, so `EST5` is UTC-5.
fn parse_posix(text: &str) -> Option<PosixRule> {
    let mut c = Cursor {
        s: text.as_bytes(),
        i: 0,
    };
    c.name()?;
    let std = LocalType {
        offset: -c.hms()?,
        dst: false,
    };
    if c.peek().is_none() {
        return Some(PosixRule { std, dst: None });
    }
    c.name()?;
    let dst_offset = match c.peek() {
        Some(b',') | None => std.offset + 3600,
        _ => -c.hms()?,
    };
    let dst = LocalType {
        offset: dst_offset,
        dst: true,
    };
    // Without rules, POSIX's default is the US rule.
    let (start, end) = if c.eat(b',') {
        let start = c.switch()?;
        c.eat(b',').then_some(())?;
        (start, c.switch()?)
    } else {
        (
            Switch {
                day: RuleDay::MonthWeekDay(3, 2, 0),
                time: 7200,
            },
            Switch {
                day: RuleDay::MonthWeekDay(11, 1, 0),
                time: 7200,
            },
        )
    };
    if c.peek().is_some() {
        return None;
    }
    Some(PosixRule {
        std,
        dst: Some((dst, start, end)),
    })
}

impl PosixRule {
    fn type_at(&self, secs: i64) -> LocalType {
        let Some((dst, start, end)) = self.dst else {
            return self.std;
        };
        let year = super::calendar::year_from_time(secs as f64 * 1000.0);
        // Start is written in standard time, end in daylight time.
        let begin = switch_utc(year, start) - self.std.offset;
        let finish = switch_utc(year, end) - dst.offset;
        let in_dst = if begin < finish {
            secs >= begin && secs < finish
        } else {
            // Southern hemisphere: DST spans the new year.
            !(secs >= finish && secs < begin)
        };
        if in_dst {
            dst
        } else {
            self.std
        }
    }
}

/// The local instant (seconds since the epoch, as if UTC) a switch happens in
/// `year`.
fn switch_utc(year: f64, s: Switch) -> i64 {
    use super::calendar::make_day;
    let leap = year % 4.0 == 0.0 && (year % 100.0 != 0.0 || year % 400.0 == 0.0);
    let day = match s.day {
        RuleDay::Julian1(n) => {
            // 1-365, February 29th never counted.
            let n = n.clamp(1, 365) as f64;
            let skip = if leap && n >= 60.0 { 1.0 } else { 0.0 };
            make_day(year, 0.0, 1.0) + n - 1.0 + skip
        }
        RuleDay::Julian0(n) => make_day(year, 0.0, 1.0) + n.clamp(0, 365) as f64,
        RuleDay::MonthWeekDay(m, w, d) => {
            let first = make_day(year, (m - 1).clamp(0, 11) as f64, 1.0);
            let first_wd = (first + 4.0).rem_euclid(7.0) as i64;
            let mut day = first + ((d - first_wd).rem_euclid(7)) as f64;
            let next_month = make_day(year, m.clamp(1, 12) as f64, 1.0);
            day += 7.0 * (w.clamp(1, 5) - 1) as f64;
            while day >= next_month {
                day -= 7.0;
            }
            day
        }
    };
    (day * 86_400.0) as i64 + s.time
}
