//! Numeric literals (ECMAScript §12.9.3, and Annex B.1.1 for legacy octal).
//!
//! The cooker handles the commonest case itself: a run of decimal digits with no
//! leading zero and nothing number-like after it (see `Cooker::digits`). Every
//! other form comes here: fractions and exponents, `0x`/`0o`/`0b`, legacy octal
//! `017` and `08`, numeric separators with their placement rules, and the rule
//! that no identifier character or digit may follow a literal (`3in` is an error).

use crate::escape::{char_len_at, hex_value};
use crate::ident::is_id_start;
use crate::{Scanned, Span, TokenKind};

pub(crate) const INVALID_TOKEN: &str = "Invalid or unexpected token";
const SEPARATOR_AT_END: &str = "Numeric separators are not allowed at the end of numeric literals";
const DOUBLE_SEPARATOR: &str = "Only one underscore is allowed as numeric separator";
const SEPARATOR_AFTER_ZERO: &str = "Numeric separator can not be used after leading 0.";
const BIGINT: &str = "BigInt literals are not supported by nodelet";

/// Reads a run of digits accepted by `is_digit`, with numeric separators, from
/// `i`. A `_` is allowed only between two digits.
fn digit_run(src: &str, mut i: usize, is_digit: fn(u8) -> bool) -> Result<usize, Scanned> {
    let bytes = src.as_bytes();
    let run_start = i;
    while let Some(&b) = bytes.get(i) {
        if is_digit(b) {
            i += 1;
        } else if b == b'_' && i > run_start {
            let next = bytes.get(i + 1).copied();
            if next.is_some_and(is_digit) {
                i += 2;
            } else {
                let message = if next == Some(b'_') {
                    DOUBLE_SEPARATOR
                } else {
                    SEPARATOR_AT_END
                };
                // Node's caret points at what follows the `_` (nothing at the
                // end of input); lexing resumes after it.
                let at = i + 1;
                let caret_end = if at < bytes.len() {
                    at + char_len_at(src, at)
                } else {
                    at
                };
                return Err(Scanned::error(message, Span::new(at, caret_end), caret_end));
            }
        } else {
            // A `_` that starts a run (`1._5`, `0x_1`) is not part of the number;
            // the check for what follows a literal reports it.
            break;
        }
    }
    Ok(i)
}

/// The value of digits in a power-of-two radix (`bits` per digit), correctly
/// rounded however many digits there are.
fn power_of_two_value(digits: &[u8], bits: u32) -> f64 {
    let mut acc: u128 = 0;
    let mut dropped_bits: i32 = 0;
    let mut sticky = false;
    for &b in digits {
        let Some(d) = hex_value(b) else { continue };
        if acc >> (128 - bits) != 0 {
            // `acc` already holds far more than the 53 bits a double keeps, so
            // further digits only matter as a scale and a "sticky" rounding bit.
            sticky |= d != 0;
            dropped_bits = dropped_bits.saturating_add(bits as i32);
        } else {
            acc = (acc << bits) | u128::from(d);
        }
    }
    if sticky {
        acc |= 1;
    }
    // `u128 as f64` rounds to nearest, ties to even.
    (acc as f64) * 2f64.powi(dropped_bits)
}

/// The value of a decimal literal's text (separators removed).
fn decimal_value(text: &str) -> f64 {
    if text.contains('_') {
        text.replace('_', "").parse().unwrap_or(f64::NAN)
    } else {
        text.parse().unwrap_or(f64::NAN)
    }
}

/// What may follow a numeric literal: not an identifier character, not a digit.
fn check_end(src: &str, start: usize, end: usize, kind: TokenKind) -> Scanned {
    let bytes = src.as_bytes();
    if bytes.get(end) == Some(&b'n') {
        return Scanned::error(BIGINT, Span::new(start, end + 1), end + 1);
    }
    let next = src.get(end..).and_then(|rest| rest.chars().next());
    if next.is_some_and(|c| c.is_ascii_digit() || c == '\\' || is_id_start(c)) {
        return Scanned::error(INVALID_TOKEN, Span::new(start, end), end);
    }
    Scanned::new(kind, start, end)
}

/// Scans the numeric literal starting at `start` (a digit, or a `.` before one).
pub(crate) fn scan_number(src: &str, start: usize) -> Scanned {
    let mut scanned = scan_literal(src, start);
    if matches!(scanned.kind, TokenKind::Error(_)) {
        // Resume after the rest of the malformed word (`3in`, `1__0`), so one
        // mistake gives one error token rather than a cascade.
        let bytes = src.as_bytes();
        while bytes
            .get(scanned.next)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$')
        {
            scanned.next += 1;
        }
    }
    scanned
}

fn scan_literal(src: &str, start: usize) -> Scanned {
    let bytes = src.as_bytes();
    let first = bytes.get(start).copied().unwrap_or(b'0');
    let second = bytes.get(start + 1).copied();
    let number = |value| TokenKind::Number {
        value,
        legacy_octal: false,
    };

    // 0x 0o 0b
    let radix = match (first, second) {
        (b'0', Some(b'x' | b'X')) => Some((4, is_hex as fn(u8) -> bool)),
        (b'0', Some(b'o' | b'O')) => Some((3, is_octal as fn(u8) -> bool)),
        (b'0', Some(b'b' | b'B')) => Some((1, is_binary as fn(u8) -> bool)),
        _ => None,
    };
    if let Some((bits, is_digit)) = radix {
        let digits_start = start + 2;
        let end = match digit_run(src, digits_start, is_digit) {
            Ok(end) => end,
            Err(e) => return e,
        };
        if end == digits_start {
            return Scanned::error(INVALID_TOKEN, Span::new(start, end), end);
        }
        let value = power_of_two_value(bytes.get(digits_start..end).unwrap_or(&[]), bits);
        return check_end(src, start, end, number(value));
    }

    // Legacy octal (`017`) and legacy decimal (`08`, `09.5`): sloppy mode only.
    if first == b'0' && second == Some(b'_') {
        return Scanned::error(
            SEPARATOR_AFTER_ZERO,
            Span::new(start + 1, start + 2),
            start + 2,
        );
    }
    if first == b'0' && second.is_some_and(|b| b.is_ascii_digit()) {
        let mut end = start + 1;
        while bytes.get(end).is_some_and(u8::is_ascii_digit) {
            end += 1;
        }
        if bytes.get(end) == Some(&b'_') {
            // V8 words this case differently from `0_1`, and points at the
            // digits of `00_1` but at the `_` of `08_1`.
            let digits = bytes.get(start..end).unwrap_or(&[]);
            let span = if digits.iter().all(|&b| is_octal(b)) {
                Span::new(start, end)
            } else {
                Span::new(end, end + 1)
            };
            return Scanned::error(INVALID_TOKEN, span, end + 1);
        }
        let digits = bytes.get(start..end).unwrap_or(&[]);
        if digits.iter().all(|&b| is_octal(b)) {
            let value = power_of_two_value(digits, 3);
            if bytes.get(end) == Some(&b'n') {
                return Scanned::error(INVALID_TOKEN, Span::new(start, end), end + 1);
            }
            return check_end(
                src,
                start,
                end,
                TokenKind::Number {
                    value,
                    legacy_octal: true,
                },
            );
        }
        // NonOctalDecimalIntegerLiteral: decimal, and may have a fraction or an
        // exponent, but no separators and no BigInt suffix.
        return decimal_tail(src, start, end, true);
    }

    // Decimal: digits, then an optional fraction and exponent.
    let int_end = if first == b'.' {
        start
    } else {
        match digit_run(src, start, is_decimal) {
            Ok(end) => end,
            Err(e) => return e,
        }
    };
    decimal_tail(src, start, int_end, false)
}

/// Reads the fraction and exponent of a decimal literal whose integer part ends at
/// `int_end`, then checks what follows.
fn decimal_tail(src: &str, start: usize, int_end: usize, legacy_octal: bool) -> Scanned {
    let bytes = src.as_bytes();
    let mut end = int_end;
    let mut is_integer = true;
    if bytes.get(end) == Some(&b'.') {
        is_integer = false;
        end = match digit_run(src, end + 1, is_decimal) {
            Ok(end) => end,
            Err(e) => return e,
        };
    }
    if matches!(bytes.get(end), Some(b'e' | b'E')) {
        is_integer = false;
        let mut digits_start = end + 1;
        if matches!(bytes.get(digits_start), Some(b'+' | b'-')) {
            digits_start += 1;
        }
        end = match digit_run(src, digits_start, is_decimal) {
            Ok(end) => end,
            Err(e) => return e,
        };
        if end == digits_start {
            return Scanned::error(INVALID_TOKEN, Span::new(start, end), end);
        }
    }
    if bytes.get(end) == Some(&b'n') && (!is_integer || legacy_octal) {
        return Scanned::error(INVALID_TOKEN, Span::new(start, end), end + 1);
    }
    let value = decimal_value(src.get(start..end).unwrap_or("0"));
    check_end(
        src,
        start,
        end,
        TokenKind::Number {
            value,
            legacy_octal,
        },
    )
}

fn is_decimal(b: u8) -> bool {
    b.is_ascii_digit()
}

fn is_hex(b: u8) -> bool {
    b.is_ascii_hexdigit()
}

fn is_octal(b: u8) -> bool {
    matches!(b, b'0'..=b'7')
}

fn is_binary(b: u8) -> bool {
    matches!(b, b'0' | b'1')
}
