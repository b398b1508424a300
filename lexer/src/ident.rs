//! Identifiers and keywords (ECMAScript §12.7 "Names and Keywords").
//!
//! logos reads ASCII names and keywords on its own; this module is the slow path
//! the cooker takes when a name contains a non-ASCII character or a `\u` escape.
//! Letters follow Unicode `ID_Start`/`ID_Continue`: the `unicode-ident` crate
//! gives the XID sets, and [`is_nfkc_excluded`] adds back the few characters XID
//! leaves out, so the result agrees with V8 on every code point of node's Unicode
//! version. An escaped name is never a keyword: `\u0069f` is an
//! `Ident { name: "if", escaped: true }`, which the parser rejects where a keyword
//! would be meant.

use crate::escape::read_unicode_escape;
use crate::string::UNTERMINATED as INVALID_TOKEN;
use crate::TokenKind;

/// The characters of `ID_Start` that `XID_Start` drops because NFKC normalisation
/// would change them (UAX #31, section 5.1). JavaScript uses plain `ID_Start`.
fn is_nfkc_excluded(c: char) -> bool {
    matches!(
        c,
        '\u{37A}' | '\u{E33}' | '\u{EB3}' | '\u{309B}' | '\u{309C}' | '\u{FC5E}'
            ..='\u{FC63}'
                | '\u{FDFA}'
                | '\u{FDFB}'
                | '\u{FE70}'
                | '\u{FE72}'
                | '\u{FE74}'
                | '\u{FE76}'
                | '\u{FE78}'
                | '\u{FE7A}'
                | '\u{FE7C}'
                | '\u{FE7E}'
                | '\u{FF9E}'
                | '\u{FF9F}'
    )
}

/// `IdentifierStartChar`: `ID_Start`, `$` or `_`.
pub(crate) fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic() || c == '$' || c == '_'
    } else {
        unicode_ident::is_xid_start(c) || is_nfkc_excluded(c)
    }
}

/// `IdentifierPartChar`: `ID_Continue`, `$`, ZWNJ or ZWJ.
pub(crate) fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '$' || c == '_'
    } else {
        unicode_ident::is_xid_continue(c)
            || is_nfkc_excluded(c)
            || c == '\u{200C}'
            || c == '\u{200D}'
    }
}

/// A name read by the slow path.
pub(crate) struct ScannedName {
    pub name: String,
    pub escaped: bool,
    pub end: usize,
}

/// A name that could not be read: node's message, the caret range, and where to
/// resume.
pub(crate) struct NameError {
    pub message: &'static str,
    pub start: usize,
    pub end: usize,
}

/// Reads an IdentifierName starting at `start` (which must be a character
/// boundary). Returns `Ok(None)` when no name starts there at all.
pub(crate) fn scan_name(src: &str, start: usize) -> Result<Option<ScannedName>, NameError> {
    let bytes = src.as_bytes();
    let mut name = String::new();
    let mut escaped = false;
    let mut i = start;
    while let Some(c) = src.get(i..).and_then(|rest| rest.chars().next()) {
        let first = i == start;
        if c == '\\' {
            // Only `\u` escapes are allowed in names, and what they spell must
            // itself be a valid name character.
            if bytes.get(i + 1) != Some(&b'u') {
                return Err(NameError {
                    message: INVALID_TOKEN,
                    start,
                    end: i + 1,
                });
            }
            let (cp, end) = read_unicode_escape(src, i, i + 2).map_err(|e| NameError {
                message: e.message,
                start: e.start,
                end: e.end,
            })?;
            let ok = char::from_u32(cp).is_some_and(|c| {
                if first {
                    is_id_start(c)
                } else {
                    is_id_continue(c)
                }
            });
            let Some(decoded) = char::from_u32(cp).filter(|_| ok) else {
                return Err(NameError {
                    message: INVALID_TOKEN,
                    start,
                    end,
                });
            };
            name.push(decoded);
            escaped = true;
            i = end;
            continue;
        }
        let ok = if first {
            is_id_start(c)
        } else {
            is_id_continue(c)
        };
        if !ok {
            break;
        }
        name.push(c);
        i += c.len_utf8();
    }
    if i == start {
        return Ok(None);
    }
    Ok(Some(ScannedName {
        name,
        escaped,
        end: i,
    }))
}

/// The keyword kind for an unescaped name read by the slow path (a keyword
/// followed by, say, a no-break space), or `None` for an ordinary identifier.
pub(crate) fn keyword(name: &str) -> Option<TokenKind> {
    use TokenKind::*;
    Some(match name {
        "break" => Break,
        "case" => Case,
        "catch" => Catch,
        "class" => Class,
        "const" => Const,
        "continue" => Continue,
        "debugger" => Debugger,
        "default" => Default,
        "delete" => Delete,
        "do" => Do,
        "else" => Else,
        "enum" => Enum,
        "export" => Export,
        "extends" => Extends,
        "false" => False,
        "finally" => Finally,
        "for" => For,
        "function" => Function,
        "if" => If,
        "import" => Import,
        "in" => In,
        "instanceof" => Instanceof,
        "new" => New,
        "null" => Null,
        "return" => Return,
        "super" => Super,
        "switch" => Switch,
        "this" => This,
        "throw" => Throw,
        "true" => True,
        "try" => Try,
        "typeof" => Typeof,
        "var" => Var,
        "void" => Void,
        "while" => While,
        "with" => With,
        "let" => Let,
        "static" => Static,
        "async" => Async,
        "await" => Await,
        "yield" => Yield,
        "of" => Of,
        "get" => Get,
        "set" => Set,
        "target" => Target,
        _ => return None,
    })
}
