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
    let n = exp.parse::<i32>().unwrap_or(0) + 1;
    (even_on_tie(digits, n, x), n)
}

/// Whether x's exact decimal expansion may have `count` significant digits:
/// x is m·2^e with m odd, whose expansion has as many digits as m·5^-e when
/// e < 0 (no trailing zeros: m·5^j is odd) and as m·2^e otherwise. An
/// estimate by logarithms, with a margin, rules out nearly every double
/// without formatting it.
fn may_end_past(x: f64, count: usize) -> bool {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    };
    if m == 0 {
        return false;
    }
    let zeros = m.trailing_zeros();
    m >>= zeros;
    e += zeros as i32;
    let log = (m as f64).log10()
        + if e < 0 {
            f64::from(-e) * 5f64.log10()
        } else {
            f64::from(e) * 2f64.log10()
        };
    (log + 1.0 - count as f64).abs() < 2.0
}

/// Rust's shortest digits settle an exact tie between two shortest candidates
/// upwards; the spec's Number::toString (and V8) takes the even one. A tie
/// needs x's exact decimal expansion to end in a 5 just past the last digit,
/// which happens only at 16 or 17 digits: then the expansion is checked, and
/// the last digit lowered when it was rounded up to an odd one
/// (`2 ** -25` is 2.98023223876953125e-8, printed …312e-8, not …313e-8).
fn even_on_tie(digits: String, n: i32, x: f64) -> String {
    let k = digits.len();
    let Some(&last) = digits.as_bytes().last() else {
        return digits;
    };
    if k < 16 || (last - b'0').is_multiple_of(2) || !may_end_past(x, k + 1) {
        return digits;
    }
    let exact_digits = |precision: usize| -> String {
        let s = format!("{x:.precision$e}");
        let mantissa = s.split('e').next().unwrap_or("");
        mantissa.chars().filter(|c| c.is_ascii_digit()).collect()
    };
    let is_tie = |expansion: &str| {
        expansion.get(k..k + 1) == Some("5")
            && expansion
                .get(k + 1..)
                .is_some_and(|rest| rest.bytes().all(|b| b == b'0'))
            && expansion.get(..k - 1) == digits.get(..k - 1)
    };
    // 30 more digits settle almost every case; a double's expansion ends
    // within 767 significant digits, which settles the rest exactly.
    if !is_tie(&exact_digits(k + 30)) || !is_tie(&exact_digits(800)) {
        return digits;
    }
    let mut lowered = digits.clone();
    lowered.pop();
    lowered.push(char::from(last - 1));
    // Both candidates are as near; the lowered one must still read back as x.
    let text = format!("{lowered}e{}", n - k as i32);
    if text.parse::<f64>() == Ok(x) {
        lowered
    } else {
        digits
    }
}

/// The text of an integer-valued number below 2^53 in magnitude, written into
/// `buf` without allocating (the common case of `'id' + n`); `None` for any
/// other number. `-0` is written `0`, as `String(-0)` is.
pub fn integer_text(x: f64, buf: &mut [u8; 24]) -> Option<&[u8]> {
    if x.fract() != 0.0 || x.abs() >= 9007199254740992.0 {
        return None;
    }
    let mut n = x.abs() as u64;
    let mut i = buf.len();
    loop {
        i -= 1;
        *buf.get_mut(i)? = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if x < 0.0 {
        i -= 1;
        *buf.get_mut(i)? = b'-';
    }
    buf.get(i..)
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
        // Exact as an integer below 2^53; integer formatting is far cheaper
        // than the float formatter's exact mode.
        return (x as u64).to_string();
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

/// Adds one to a string of decimal digits (`"199"` → `"200"`, `"99"` → `"100"`).
fn increment_digits(digits: &str) -> String {
    let mut out: Vec<u8> = digits.bytes().collect();
    let mut i = out.len();
    loop {
        if i == 0 {
            out.insert(0, b'1');
            break;
        }
        i -= 1;
        if out[i] == b'9' {
            out[i] = b'0';
        } else {
            out[i] += 1;
            break;
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Rounds a digit string to `keep` digits, halves rounding up (JavaScript's
/// "pick the larger n"), judging by the exact expansion in `digits`.
fn round_digits(digits: &str, keep: usize) -> String {
    let kept = &digits[..keep.min(digits.len())];
    match digits.as_bytes().get(keep) {
        Some(&d) if d >= b'5' => increment_digits(kept),
        _ => kept.to_string(),
    }
}

/// `Number.prototype.toFixed(digits)`.
pub fn to_fixed(x: f64, digits: usize) -> String {
    if !x.is_finite() {
        return number_to_string(x);
    }
    if x.abs() >= 1e21 {
        return number_to_string(x);
    }
    // Rust prints the exact decimal expansion; 30 extra digits decide halves.
    let s = format!("{:.*}", digits + 30, x.abs());
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let all = format!("{int}{frac}");
    let rounded = round_digits(&all, int.len() + digits);
    let int_len = rounded.len() - digits;
    let body = if digits == 0 {
        rounded
    } else {
        format!("{}.{}", &rounded[..int_len], &rounded[int_len..])
    };
    if x < 0.0 {
        format!("-{body}")
    } else {
        body
    }
}

/// `Number.prototype.toExponential(fraction_digits)`; `None` uses as many digits
/// as the number needs.
pub fn to_exponential(x: f64, fraction: Option<usize>) -> String {
    if !x.is_finite() {
        return number_to_string(x);
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let (digits, exp) = if x == 0.0 {
        ("0".repeat(fraction.unwrap_or(0) + 1), 0)
    } else {
        match fraction {
            None => {
                let (d, n) = shortest_digits(x.abs());
                (d, n - 1)
            }
            Some(f) => {
                let s = format!("{:.*e}", f + 30, x.abs());
                let (mant, e) = s.split_once('e').unwrap_or((&s, "0"));
                let all: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
                let mut e: i32 = e.parse().unwrap_or(0);
                let mut d = round_digits(&all, f + 1);
                if d.len() > f + 1 {
                    d.truncate(f + 1);
                    e += 1;
                }
                (d, e)
            }
        }
    };
    let mant = if digits.len() > 1 {
        format!("{}.{}", &digits[..1], &digits[1..])
    } else {
        digits
    };
    format!(
        "{sign}{mant}e{}{}",
        if exp < 0 { '-' } else { '+' },
        exp.abs()
    )
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
            (0.000001234, "0.000001234"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
        ];
        for (x, want) in cases {
            assert_eq!(s(x), want);
        }
    }

    #[test]
    fn fixed_and_exponential_round_halves_up() {
        use super::{to_exponential, to_fixed};
        let fixed = [
            (2.5, 0, "3"),
            (0.5, 0, "1"),
            (1.25, 1, "1.3"),
            (1.005, 2, "1.00"),
            (-0.0001, 2, "-0.00"),
            (-1.5, 0, "-2"),
            (99.99, 1, "100.0"),
        ];
        for (x, d, want) in fixed {
            assert_eq!(to_fixed(x, d), want, "{x}.toFixed({d})");
        }
        let exp = [
            (123456.0, Some(2), "1.23e+5"),
            (0.00015, None, "1.5e-4"),
            (9.99, Some(1), "1.0e+1"),
            (0.0, Some(2), "0.00e+0"),
        ];
        for (x, f, want) in exp {
            assert_eq!(to_exponential(x, f), want, "{x}.toExponential({f:?})");
        }
    }
}
