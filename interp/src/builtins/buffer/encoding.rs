//! Character encodings for `Buffer`: turning JavaScript strings (UTF-16 code
//! units) into bytes and back, for each encoding node knows (`utf8`, `utf16le`,
//! `latin1`, `ascii`, `base64`, `base64url`, `hex`). The rules for malformed
//! input follow node's C++ (`src/string_bytes.cc`): hex stops at the first bad
//! pair, base64 skips characters outside its alphabet and stops at `=`, and
//! invalid UTF-8 decodes to U+FFFD per maximal subpart (as WHATWG and V8 do).

use crate::string::Units;

/// An encoding name as node normalises it (`'UTF-8'`, `'utf8'` → `Utf8`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16le,
    Latin1,
    Ascii,
    Base64,
    Base64url,
    Hex,
}

impl Encoding {
    /// node's `normalizeEncoding`: case-insensitive, with its aliases.
    pub fn parse(name: &str) -> Option<Encoding> {
        Encoding::parse_bytes(name.as_bytes())
    }

    /// [`Encoding::parse`] of a name's bytes, in any case, without making a
    /// lower-case copy (sockets and HTTP name an encoding on every write).
    pub fn parse_bytes(name: &[u8]) -> Option<Encoding> {
        const NAMES: [(&str, Encoding); 12] = [
            ("utf8", Encoding::Utf8),
            ("latin1", Encoding::Latin1),
            ("utf-8", Encoding::Utf8),
            ("ucs2", Encoding::Utf16le),
            ("ucs-2", Encoding::Utf16le),
            ("utf16le", Encoding::Utf16le),
            ("utf-16le", Encoding::Utf16le),
            ("binary", Encoding::Latin1),
            ("ascii", Encoding::Ascii),
            ("base64", Encoding::Base64),
            ("base64url", Encoding::Base64url),
            ("hex", Encoding::Hex),
        ];
        NAMES
            .iter()
            .find(|(n, _)| n.as_bytes().eq_ignore_ascii_case(name))
            .map(|&(_, e)| e)
    }

    /// [`Encoding::parse`] of a string's units.
    pub fn parse_units(name: &Units) -> Option<Encoding> {
        match name {
            Units::Latin1(bytes) => Encoding::parse_bytes(bytes),
            // Every name is ASCII.
            Units::Utf16(_) => None,
        }
    }
}

/// The bytes of `s` in `enc` (what `Buffer.from(s, enc)` holds).
pub fn encode(s: &Units, enc: Encoding) -> Vec<u8> {
    match enc {
        Encoding::Utf8 => utf8_encode(s),
        Encoding::Utf16le => {
            let mut out = Vec::with_capacity(s.len() * 2);
            for i in 0..s.len() {
                out.extend_from_slice(&s.at(i).unwrap_or(0).to_le_bytes());
            }
            out
        }
        // node writes ASCII like Latin-1: the low byte of each unit.
        Encoding::Latin1 | Encoding::Ascii => match s {
            Units::Latin1(b) => b.to_vec(),
            Units::Utf16(w) => w.iter().map(|&u| u as u8).collect(),
        },
        Encoding::Base64 | Encoding::Base64url => base64_decode(s),
        Encoding::Hex => hex_decode(s),
    }
}

/// `s` as UTF-8; lone surrogates become U+FFFD (EF BF BD), as V8 writes them.
pub fn utf8_encode(s: &Units) -> Vec<u8> {
    match s {
        Units::Latin1(b) if b.is_ascii() => b.to_vec(),
        Units::Latin1(b) => b
            .iter()
            .map(|&u| char::from(u))
            .collect::<String>()
            .into_bytes(),
        Units::Utf16(w) => char::decode_utf16(w.iter().copied())
            .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect::<String>()
            .into_bytes(),
    }
}

/// The string `bytes` spell in `enc` (what `buf.toString(enc)` returns).
pub fn decode(bytes: &[u8], enc: Encoding) -> Units {
    match enc {
        Encoding::Utf8 => {
            if bytes.is_ascii() {
                return Units::Latin1(bytes.into());
            }
            Units::from_str(&String::from_utf8_lossy(bytes))
        }
        Encoding::Utf16le => {
            let units: Vec<u16> = bytes
                .chunks_exact(2)
                .map(|p| u16::from_le_bytes([p[0], p[1]]))
                .collect();
            Units::from_vec16(units)
        }
        Encoding::Latin1 => Units::Latin1(bytes.into()),
        Encoding::Ascii => Units::Latin1(bytes.iter().map(|b| b & 0x7f).collect()),
        Encoding::Base64 => Units::Latin1(base64_encode(bytes, BASE64, true).into()),
        Encoding::Base64url => Units::Latin1(base64_encode(bytes, BASE64URL, false).into()),
        Encoding::Hex => {
            const DIGITS: &[u8; 16] = b"0123456789abcdef";
            let mut out = Vec::with_capacity(bytes.len() * 2);
            for &b in bytes {
                out.push(DIGITS[usize::from(b >> 4)]);
                out.push(DIGITS[usize::from(b & 15)]);
            }
            Units::Latin1(out.into())
        }
    }
}

/// How many bytes `s` takes in `enc` (`Buffer.byteLength`), computed the way
/// node does: for base64 it is an estimate from the length, as in node.
pub fn byte_length(s: &Units, enc: Encoding) -> usize {
    match enc {
        Encoding::Utf8 => utf8_length(s),
        Encoding::Utf16le => s.len() * 2,
        Encoding::Latin1 | Encoding::Ascii => s.len(),
        Encoding::Hex => s.len() / 2,
        Encoding::Base64 | Encoding::Base64url => {
            let mut n = s.len();
            if n > 0 && s.at(n - 1) == Some(u16::from(b'=')) {
                n -= 1;
            }
            if n > 1 && s.at(n - 1) == Some(u16::from(b'=')) {
                n -= 1;
            }
            (n * 3) >> 2
        }
    }
}

fn utf8_length(s: &Units) -> usize {
    match s {
        Units::Latin1(b) => b.iter().map(|&u| if u < 128 { 1 } else { 2 }).sum(),
        Units::Utf16(w) => char::decode_utf16(w.iter().copied())
            .map(|r| r.map_or(3, char::len_utf8))
            .sum(),
    }
}

/// The longest prefix of `s` whose UTF-8 encoding fits in `limit` bytes, encoded
/// (node's `utf8Write` never writes part of a character).
pub fn utf8_encode_prefix(s: &Units, limit: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let mut buf = [0u8; 4];
    let chars: Box<dyn Iterator<Item = char>> = match s {
        Units::Latin1(b) => Box::new(b.iter().map(|&u| char::from(u))),
        Units::Utf16(w) => Box::new(
            char::decode_utf16(w.iter().copied()).map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER)),
        ),
    };
    for c in chars {
        let bytes = c.encode_utf8(&mut buf).as_bytes();
        if out.len() + bytes.len() > limit {
            break;
        }
        out.extend_from_slice(bytes);
    }
    out
}

/// The bytes of `s` in `enc`, at most `limit` of them, as `buf.write` stores
/// them (whole characters for UTF-8, whole units for UTF-16).
pub fn encode_limited(s: &Units, enc: Encoding, limit: usize) -> Vec<u8> {
    match enc {
        Encoding::Utf8 => utf8_encode_prefix(s, limit),
        Encoding::Utf16le => {
            let mut v = encode(s, enc);
            v.truncate(limit - limit % 2);
            v
        }
        _ => {
            let mut v = encode(s, enc);
            v.truncate(limit);
            v
        }
    }
}

fn unhex(u: u16) -> Option<u8> {
    let c = u8::try_from(u).ok()?;
    char::from(c).to_digit(16).map(|d| d as u8)
}

fn hex_decode(s: &Units) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() / 2);
    let mut i = 0;
    while i + 1 < s.len() {
        match (s.at(i).and_then(unhex), s.at(i + 1).and_then(unhex)) {
            (Some(a), Some(b)) => out.push(a << 4 | b),
            _ => break,
        }
        i += 2;
    }
    out
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64URL: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64_encode(bytes: &[u8], alphabet: &[u8; 64], pad: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len().div_ceil(3) * 4);
    let sym = |n: u32| alphabet[(n & 63) as usize];
    for chunk in bytes.chunks(3) {
        let b0 = u32::from(chunk[0]);
        let b1 = chunk.get(1).map_or(0, |&b| u32::from(b));
        let b2 = chunk.get(2).map_or(0, |&b| u32::from(b));
        let n = b0 << 16 | b1 << 8 | b2;
        out.push(sym(n >> 18));
        out.push(sym(n >> 12));
        if chunk.len() > 1 {
            out.push(sym(n >> 6));
        } else if pad {
            out.push(b'=');
        }
        if chunk.len() > 2 {
            out.push(sym(n));
        } else if pad {
            out.push(b'=');
        }
    }
    out
}

/// The value of a base64 or base64url character (node accepts both alphabets).
fn unbase64(c: u8) -> Option<u8> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' | b'-' => 62,
        b'/' | b'_' => 63,
        _ => return None,
    })
}

/// node's forgiving decoder: characters outside the alphabet are skipped,
/// decoding stops at the first `=`, and the result is capped at the size node
/// estimates from the length.
fn base64_decode(s: &Units) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let mut group = [0u8; 4];
    let mut filled = 0;
    for i in 0..s.len() {
        // The C++ decoder reads each unit as a byte.
        let c = s.at(i).unwrap_or(0) as u8;
        if c == b'=' {
            break;
        }
        let Some(v) = unbase64(c) else { continue };
        group[filled] = v;
        filled += 1;
        if filled == 4 {
            out.push(group[0] << 2 | group[1] >> 4);
            out.push(group[1] << 4 | group[2] >> 2);
            out.push(group[2] << 6 | group[3]);
            filled = 0;
        }
    }
    if filled >= 2 {
        out.push(group[0] << 2 | group[1] >> 4);
    }
    if filled >= 3 {
        out.push(group[1] << 4 | group[2] >> 2);
    }
    out.truncate(base64_decoded_size(s));
    out
}

/// node's `base64_decoded_size`: the output size it allocates for `s`.
fn base64_decoded_size(s: &Units) -> usize {
    let mut size = s.len();
    if size < 2 {
        return 0;
    }
    if s.at(size - 1) == Some(u16::from(b'=')) {
        size -= 1;
        if s.at(size - 1) == Some(u16::from(b'=')) {
            size -= 1;
        }
    }
    let remainder = size % 4;
    let mut n = size / 4 * 3;
    if remainder != 0 && !(n == 0 && remainder == 1) {
        n += 1 + usize::from(remainder == 3);
    }
    n
}
