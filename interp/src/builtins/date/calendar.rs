//! The calendar arithmetic of ECMA-262 §21.4.1 on time values (milliseconds
//! since 1970-01-01T00:00:00Z as `f64`), plus the text forms node prints and
//! parses. Pure functions: no interpreter, no clock, no time zone lookup (the
//! caller passes the zone offset in).

pub const MS_PER_DAY: f64 = 86_400_000.0;
const MAX_TIME: f64 = 8.64e15;

pub const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
pub const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub fn day(t: f64) -> f64 {
    (t / MS_PER_DAY).floor()
}

pub fn time_within_day(t: f64) -> f64 {
    t.rem_euclid(MS_PER_DAY)
}

fn days_in_year(y: f64) -> f64 {
    if y % 4.0 != 0.0 || (y % 100.0 == 0.0 && y % 400.0 != 0.0) {
        365.0
    } else {
        366.0
    }
}

fn day_from_year(y: f64) -> f64 {
    365.0 * (y - 1970.0) + ((y - 1969.0) / 4.0).floor() - ((y - 1901.0) / 100.0).floor()
        + ((y - 1601.0) / 400.0).floor()
}

pub fn year_from_time(t: f64) -> f64 {
    let d = day(t);
    let mut y = (d / 365.2425).floor() + 1970.0;
    while day_from_year(y) > d {
        y -= 1.0;
    }
    while day_from_year(y + 1.0) <= d {
        y += 1.0;
    }
    y
}

/// The broken-down fields of a time value: year, month (0-11), date (1-31),
/// hours, minutes, seconds, milliseconds, weekday (0 = Sunday).
#[derive(Clone, Copy, Debug)]
pub struct Fields {
    pub year: f64,
    pub month: f64,
    pub date: f64,
    pub hour: f64,
    pub minute: f64,
    pub second: f64,
    pub ms: f64,
    pub weekday: usize,
}

pub fn fields(t: f64) -> Fields {
    let year = year_from_time(t);
    let day_in_year = day(t) - day_from_year(year);
    let leap = if days_in_year(year) == 366.0 {
        1.0
    } else {
        0.0
    };
    let starts = [
        0.0,
        31.0,
        59.0 + leap,
        90.0 + leap,
        120.0 + leap,
        151.0 + leap,
        181.0 + leap,
        212.0 + leap,
        243.0 + leap,
        273.0 + leap,
        304.0 + leap,
        334.0 + leap,
    ];
    let month = starts.iter().rposition(|&s| day_in_year >= s).unwrap_or(0);
    let date = day_in_year - starts.get(month).copied().unwrap_or(0.0) + 1.0;
    let tod = time_within_day(t);
    // `+ 0.0` turns the -0 that negative times produce into +0 for printing.
    Fields {
        year: year + 0.0,
        month: month as f64,
        date: date + 0.0,
        hour: (tod / 3_600_000.0).floor() + 0.0,
        minute: (tod / 60_000.0).floor() % 60.0 + 0.0,
        second: (tod / 1000.0).floor() % 60.0 + 0.0,
        ms: tod % 1000.0 + 0.0,
        weekday: (day(t) + 4.0).rem_euclid(7.0) as usize,
    }
}

fn to_integer(n: f64) -> f64 {
    if n.is_nan() {
        0.0
    } else {
        n.trunc()
    }
}

/// `MakeTime(hour, min, sec, ms)`.
pub fn make_time(h: f64, m: f64, s: f64, ms: f64) -> f64 {
    if !(h.is_finite() && m.is_finite() && s.is_finite() && ms.is_finite()) {
        return f64::NAN;
    }
    to_integer(h) * 3_600_000.0 + to_integer(m) * 60_000.0 + to_integer(s) * 1000.0 + to_integer(ms)
}

/// `MakeDay(year, month, date)`.
pub fn make_day(y: f64, m: f64, d: f64) -> f64 {
    if !(y.is_finite() && m.is_finite() && d.is_finite()) {
        return f64::NAN;
    }
    let (y, m, d) = (to_integer(y), to_integer(m), to_integer(d));
    let ym = y + (m / 12.0).floor();
    if ym.abs() > 400_000.0 {
        return f64::NAN;
    }
    let mn = m.rem_euclid(12.0);
    let first = day_from_year(ym);
    let leap = if days_in_year(ym) == 366.0 { 1.0 } else { 0.0 };
    let starts = [
        0.0, 31.0, 59.0, 90.0, 120.0, 151.0, 181.0, 212.0, 243.0, 273.0, 304.0, 334.0,
    ];
    let mut in_year = starts.get(mn as usize).copied().unwrap_or(0.0);
    if mn >= 2.0 {
        in_year += leap;
    }
    first + in_year + d - 1.0
}

/// `MakeDate(day, time)`.
pub fn make_date(day: f64, time: f64) -> f64 {
    if !(day.is_finite() && time.is_finite()) {
        return f64::NAN;
    }
    let tv = day * MS_PER_DAY + time;
    if tv.is_finite() {
        tv
    } else {
        f64::NAN
    }
}

/// `TimeClip`.
pub fn time_clip(t: f64) -> f64 {
    if !t.is_finite() || t.abs() > MAX_TIME {
        return f64::NAN;
    }
    to_integer(t) + 0.0
}

fn year_text(y: f64) -> String {
    if y < 0.0 {
        format!("-{:06}", -y)
    } else if y > 9999.0 {
        format!("+{y:06}")
    } else {
        format!("{y:04}")
    }
}

/// `Date.prototype.toISOString` for a valid time value.
pub fn iso_string(t: f64) -> String {
    let f = fields(t);
    format!(
        "{}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        year_text(f.year),
        f.month + 1.0,
        f.date,
        f.hour,
        f.minute,
        f.second,
        f.ms
    )
}

fn plain_year(y: f64) -> String {
    if y < 0.0 {
        format!("-{:06}", -y)
    } else {
        format!("{y:04}")
    }
}

/// `Thu Jan 01 1970` for local fields.
pub fn date_string(f: &Fields) -> String {
    format!(
        "{} {} {:02} {}",
        WEEKDAYS.get(f.weekday).unwrap_or(&"Sun"),
        MONTHS.get(f.month as usize).unwrap_or(&"Jan"),
        f.date,
        plain_year(f.year)
    )
}

/// `00:00:00 GMT+0000 (Coordinated Universal Time)` for local fields.
pub fn time_string(f: &Fields, offset_ms: f64, zone_name: &str) -> String {
    // Whole minutes, truncated as V8 does (`+0521` for +5:21:10).
    let off = (offset_ms / 60_000.0).trunc() as i64;
    let sign = if off < 0 { '-' } else { '+' };
    let off = off.abs();
    format!(
        "{:02}:{:02}:{:02} GMT{sign}{:02}{:02} ({zone_name})",
        f.hour,
        f.minute,
        f.second,
        off / 60,
        off % 60
    )
}

/// `Thu, 01 Jan 1970 00:00:00 GMT`.
pub fn utc_string(t: f64) -> String {
    let f = fields(t);
    format!(
        "{}, {:02} {} {} {:02}:{:02}:{:02} GMT",
        WEEKDAYS.get(f.weekday).unwrap_or(&"Sun"),
        f.date,
        MONTHS.get(f.month as usize).unwrap_or(&"Jan"),
        plain_year(f.year),
        f.hour,
        f.minute,
        f.second
    )
}

/// What a date string gives: the time value, and whether it still needs the
/// local zone subtracted (no offset was written).
pub struct Parsed {
    pub time: f64,
    pub local: bool,
}

fn digits(s: &[u8], i: &mut usize, n: usize) -> Option<f64> {
    let part = s.get(*i..*i + n)?;
    if !part.iter().all(u8::is_ascii_digit) {
        return None;
    }
    *i += n;
    std::str::from_utf8(part).ok()?.parse().ok()
}

/// The ISO 8601 format of §21.4.1.32 (`2020-01-02T03:04:05.678Z` and its
/// shorter forms). Date-only forms are UTC, date-time forms without an offset
/// are local time.
pub fn parse_iso(text: &str) -> Option<Parsed> {
    let s = text.as_bytes();
    let mut i = 0;
    let year = match s.first()? {
        b'+' | b'-' => {
            let neg = s[0] == b'-';
            i = 1;
            let y = digits(s, &mut i, 6)?;
            if neg && y == 0.0 {
                return None;
            }
            if neg {
                -y
            } else {
                y
            }
        }
        _ => digits(s, &mut i, 4)?,
    };
    let (mut month, mut day_of_month) = (1.0, 1.0);
    if s.get(i) == Some(&b'-') {
        i += 1;
        month = digits(s, &mut i, 2)?;
        if s.get(i) == Some(&b'-') {
            i += 1;
            day_of_month = digits(s, &mut i, 2)?;
        }
    }
    if !(1.0..=12.0).contains(&month) || !(1.0..=31.0).contains(&day_of_month) {
        return None;
    }
    let (mut h, mut m, mut sec, mut ms) = (0.0, 0.0, 0.0, 0.0);
    let mut local = false;
    let mut offset = 0.0;
    if matches!(s.get(i), Some(b'T') | Some(b't') | Some(b' ')) && i + 1 < s.len() {
        i += 1;
        h = digits(s, &mut i, 2)?;
        if s.get(i) != Some(&b':') {
            return None;
        }
        i += 1;
        m = digits(s, &mut i, 2)?;
        if s.get(i) == Some(&b':') {
            i += 1;
            sec = digits(s, &mut i, 2)?;
            if s.get(i) == Some(&b'.') || s.get(i) == Some(&b',') {
                i += 1;
                let start = i;
                while s.get(i).is_some_and(u8::is_ascii_digit) {
                    i += 1;
                }
                let frac = std::str::from_utf8(s.get(start..i)?).ok()?;
                if frac.is_empty() {
                    return None;
                }
                let first3: String = frac.chars().chain("000".chars()).take(3).collect();
                ms = first3.parse().ok()?;
            }
        }
        if h > 24.0 || m > 59.0 || sec > 59.0 || (h == 24.0 && (m > 0.0 || sec > 0.0 || ms > 0.0)) {
            return None;
        }
        match s.get(i) {
            Some(b'Z') | Some(b'z') => i += 1,
            Some(&c @ (b'+' | b'-')) => {
                i += 1;
                let oh = digits(s, &mut i, 2)?;
                if s.get(i) == Some(&b':') {
                    i += 1;
                }
                let om = digits(s, &mut i, 2)?;
                offset = (oh * 60.0 + om) * 60_000.0;
                if c == b'-' {
                    offset = -offset;
                }
            }
            None => local = true,
            _ => return None,
        }
    }
    if i != s.len() {
        return None;
    }
    let day = make_day(year, month - 1.0, day_of_month);
    let time = make_date(day, make_time(h, m, sec, ms)) - offset;
    Some(Parsed { time, local })
}

/// The forms V8 accepts beyond ISO: `Thu Jan 01 1970 00:00:00 GMT+0000 (…)`,
/// `Thu, 01 Jan 1970 00:00:00 GMT`, `Jan 1, 2020 10:00`, `2020/01/02`,
/// `1/2/2020`. Without a zone the time is local.
pub fn parse_legacy(text: &str) -> Option<Parsed> {
    let mut numbers: Vec<f64> = Vec::new();
    let mut month: Option<f64> = None;
    let mut time: Option<(f64, f64, f64)> = None;
    let mut offset: Option<f64> = None;
    let mut pm: Option<bool> = None;
    let mut slash_date: Option<Vec<f64>> = None;
    let s = text.as_bytes();
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c == b'(' {
            while i < s.len() && s[i] != b')' {
                i += 1;
            }
            i += 1;
        } else if c.is_ascii_alphabetic() {
            let start = i;
            while i < s.len() && s[i].is_ascii_alphabetic() {
                i += 1;
            }
            let word = text.get(start..i)?.to_ascii_lowercase();
            if let Some(mi) = MONTHS
                .iter()
                .position(|m| word.starts_with(&m.to_ascii_lowercase()))
            {
                month = Some(mi as f64);
            } else if word == "gmt" || word == "utc" || word == "z" {
                offset = Some(offset.unwrap_or(0.0));
            } else if word == "am" || word == "pm" {
                pm = Some(word == "pm");
            } else if !WEEKDAYS
                .iter()
                .any(|w| word.starts_with(&w.to_ascii_lowercase()))
            {
                return None;
            }
        } else if (c == b'+' || c == b'-')
            && offset.is_some()
            && s.get(i + 1).is_some_and(u8::is_ascii_digit)
        {
            i += 1;
            let start = i;
            while i < s.len() && (s[i].is_ascii_digit() || s[i] == b':') {
                i += 1;
            }
            let t: String = text.get(start..i)?.chars().filter(|c| *c != ':').collect();
            let v: f64 = t.parse().ok()?;
            let (hh, mm) = if t.len() <= 2 {
                (v, 0.0)
            } else {
                ((v / 100.0).floor(), v % 100.0)
            };
            let o = (hh * 60.0 + mm) * 60_000.0;
            offset = Some(if c == b'-' { -o } else { o });
        } else if c.is_ascii_digit() {
            let start = i;
            while i < s.len()
                && (s[i].is_ascii_digit() || s[i] == b':' || s[i] == b'/' || s[i] == b'.')
            {
                i += 1;
            }
            let tok = text.get(start..i)?;
            if tok.contains(':') {
                let parts: Vec<f64> = tok
                    .split(':')
                    .map(|p| p.parse::<f64>().ok())
                    .collect::<Option<_>>()?;
                let h = *parts.first()?;
                let m = parts.get(1).copied().unwrap_or(0.0);
                let sec = parts.get(2).copied().unwrap_or(0.0);
                time = Some((h, m, sec));
            } else if tok.contains('/') {
                let parts: Vec<f64> = tok
                    .split('/')
                    .map(|p| p.parse::<f64>().ok())
                    .collect::<Option<_>>()?;
                slash_date = Some(parts);
            } else {
                numbers.push(tok.parse().ok()?);
            }
        } else if c == b'-'
            && s.get(i + 1).is_some_and(u8::is_ascii_digit)
            && month.is_some()
            && numbers.len() < 2
        {
            // `-` between date parts (`01-Jan-2020`) is a separator.
            i += 1;
        } else {
            i += 1;
        }
    }
    let (year, mon, date) = if let Some(parts) = slash_date {
        match parts.as_slice() {
            [y, m, d] if *y > 31.0 => (*y, *m - 1.0, *d),
            [m, d, y] => (*y, *m - 1.0, *d),
            _ => return None,
        }
    } else {
        let mon = month?;
        match numbers.as_slice() {
            [d, y] if *d <= 31.0 => (*y, mon, *d),
            [y, d] => (*y, mon, *d),
            [d] => (2001.0, mon, *d),
            _ => return None,
        }
    };
    let year = if (0.0..=49.0).contains(&year) {
        year + 2000.0
    } else if (50.0..=99.0).contains(&year) {
        year + 1900.0
    } else {
        year
    };
    let (mut h, m, sec) = time.unwrap_or((0.0, 0.0, 0.0));
    match pm {
        Some(true) if h < 12.0 => h += 12.0,
        Some(false) if h == 12.0 => h = 0.0,
        _ => {}
    }
    if !(0.0..=11.0).contains(&mon)
        || !(1.0..=31.0).contains(&date)
        || h > 24.0
        || m > 59.0
        || sec > 59.0
    {
        return None;
    }
    let t = make_date(make_day(year, mon, date), make_time(h, m, sec, 0.0));
    Some(Parsed {
        time: t - offset.unwrap_or(0.0),
        local: offset.is_none(),
    })
}
