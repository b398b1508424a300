//! Number to string conversion exactly as JavaScript specifies it
//! (Number::toString, ECMA-262 §6.1.6.1.20), built on Rust's shortest round-trip
//! formatting of `f64`, plus the radix and fixed-point forms used by built-ins.

/// The shortest decimal digits of `x` (> 0, finite) and the exponent `n` such that
/// `x = 0.d1d2… × 10^n`.
fn shortest_digits(x: f64) -> (String, i32) {
    let s = format!("{x:e}");
    let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0').to_string();
    let digits = if digits.is_empty() {
        "0".to_string()
    } else {
        digits
    };
    (digits, exp.parse::<i32>().unwrap_or(0) + 1)
}

pub fn number_to_string(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x == 0.0 {
        return "0".into();
    }
    if x.is_infinite() {
        return if x > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        };
    }
    if x < 0.0 {
        return format!("-{}", number_to_string(-x));
    }
    if x.fract() == 0.0 && x < 9007199254740992.0 {
        return format!("{x:.0}");
    }
    let (digits, n) = shortest_digits(x);
    let k = digits.len() as i32;
    if k <= n && n <= 21 {
        let mut s = digits;
        s.extend(std::iter::repeat_n('0', (n - k) as usize));
        s
    } else if 0 < n && n <= 21 {
        format!("{}.{}", &digits[..n as usize], &digits[n as usize..])
    } else if -6 < n && n <= 0 {
        format!("0.{}{}", "0".repeat((-n) as usize), digits)
    } else {
        let e = n - 1;
        let sign = if e < 0 { '-' } else { '+' };
        if k == 1 {
            format!("{digits}e{sign}{}", e.abs())
        } else {
            format!("{}.{}e{sign}{}", &digits[..1], &digits[1..], e.abs())
        }
    }
}

/// `Number.prototype.toString(radix)` for radix other than 10.
pub fn number_to_radix(x: f64, radix: u32) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.is_infinite() {
        return if x > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        };
    }
    let neg = x < 0.0;
    let x = x.abs();
    let mut int = x.trunc();
    let mut frac = x - int;
    let mut int_digits = Vec::new();
    if int == 0.0 {
        int_digits.push(b'0');
    }
    while int >= 1.0 {
        let d = (int % radix as f64) as u32;
        int_digits.push(std::char::from_digit(d, radix).unwrap_or('0') as u8);
        int = (int / radix as f64).trunc();
    }
    int_digits.reverse();
    let mut s = String::from_utf8(int_digits).unwrap_or_default();
    if frac > 0.0 {
        s.push('.');
        // Enough digits to distinguish the value, as V8 does (approximately).
        let mut count = 0;
        while frac > 0.0 && count < 52 {
            frac *= radix as f64;
            let d = frac.trunc() as u32;
            s.push(std::char::from_digit(d, radix).unwrap_or('0'));
            frac -= d as f64;
            count += 1;
        }
    }
    if neg {
        s.insert(0, '-');
    }
    s
}

/// `Number.prototype.toFixed(digits)`.
pub fn to_fixed(x: f64, digits: usize) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.abs() >= 1e21 {
        return number_to_string(x);
    }
    let s = format!("{:.*}", digits, x);
    if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') {
        s[1..].to_string()
    } else {
        s
    }
}

/// Parses a string as `Number(string)` does: trimmed decimal, hex/octal/binary
/// prefixes, `Infinity`; anything else is NaN. Empty (after trimming) is 0.
pub fn string_to_number(s: &str) -> f64 {
    let t = s.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if t.is_empty() {
        return 0.0;
    }
    let radix = |p: &str, r: u32| -> f64 {
        if p.is_empty() {
            return f64::NAN;
        }
        let mut acc = 0.0f64;
        for c in p.chars() {
            match c.to_digit(r) {
                Some(d) => acc = acc * r as f64 + d as f64,
                None => return f64::NAN,
            }
        }
        acc
    };
    if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        return radix(h, 16);
    }
    if let Some(o) = t.strip_prefix("0o").or_else(|| t.strip_prefix("0O")) {
        return radix(o, 8);
    }
    if let Some(b) = t.strip_prefix("0b").or_else(|| t.strip_prefix("0B")) {
        return radix(b, 2);
    }
    match t {
        "Infinity" | "+Infinity" => return f64::INFINITY,
        "-Infinity" => return f64::NEG_INFINITY,
        _ => {}
    }
    // Rust accepts "inf", "nan" and "1_0"-free forms; reject the words JS does not.
    if t.chars()
        .any(|c| c.is_ascii_alphabetic() && c != 'e' && c != 'E')
    {
        return f64::NAN;
    }
    t.parse::<f64>().unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::number_to_string as s;

    #[test]
    fn formats_like_javascript() {
        let cases = [
            (0.1 + 0.2, "0.30000000000000004"),
            (1e21, "1e+21"),
            (5e-7, "5e-7"),
            (123.0, "123"),
            (1.5, "1.5"),
            (0.000001, "0.000001"),
            (1e-7, "1e-7"),
            (123456789012345680000.0, "123456789012345680000"),
            (-2.5e-10, "-2.5e-10"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
        ];
        for (x, want) in cases {
            assert_eq!(s(x), want);
        }
    }
}
