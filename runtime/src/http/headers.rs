//! A message's `headers` object, made natively from the pairs the parser
//! read: keys in lower case, and duplicates merged as node's
//! `matchKnownFields` does. A head's is made from `rawHeaders` when a script
//! first reads `message.headers` (`httpHeadersObject`); consume.rs hands
//! trailers' over made, beside `rawTrailers`.

use std::borrow::Cow;

use nodelet_interp::builtins::arg;
use nodelet_interp::host_api::{JsResult, ObjRef};
use nodelet_interp::{Interpreter, Value};

/// Headers whose duplicates node drops (the first wins); `set-cookie`
/// collects an array; the rest join with `, ` (`cookie` with `; `).
const DROP_DUPLICATES: [&str; 18] = [
    "content-type",
    "content-length",
    "user-agent",
    "referer",
    "host",
    "authorization",
    "proxy-authorization",
    "if-modified-since",
    "if-unmodified-since",
    "from",
    "location",
    "max-forwards",
    "retry-after",
    "etag",
    "last-modified",
    "server",
    "age",
    "expires",
];

/// One key's merged value.
enum Merged<'a> {
    /// The text, and which pair it came from while it is that pair's value
    /// alone (then the caller's string for that value serves again).
    One(Cow<'a, str>, Option<usize>),
    /// `set-cookie`: every value, in order.
    Many(Vec<&'a str>),
}

/// The merged headers, in the order their keys first appeared.
fn merge(pairs: &[(String, String)]) -> Vec<(Cow<'_, str>, Merged<'_>)> {
    let mut merged: Vec<(Cow<str>, Merged)> = Vec::with_capacity(pairs.len());
    for (i, (name, value)) in pairs.iter().enumerate() {
        // Most clients send lower-case names already (HTTP/2 requires it).
        let key = if name.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(name.to_ascii_lowercase())
        } else {
            Cow::Borrowed(name.as_str())
        };
        match merged.iter_mut().find(|(k, _)| *k == key) {
            None => {
                let first = if key == "set-cookie" {
                    Merged::Many(vec![value])
                } else {
                    Merged::One(Cow::Borrowed(value), Some(i))
                };
                merged.push((key, first));
            }
            Some((_, Merged::Many(values))) => values.push(value),
            Some((key, Merged::One(text, from))) => {
                if !DROP_DUPLICATES.contains(&key.as_ref()) {
                    let text = text.to_mut();
                    text.push_str(if key == "cookie" { "; " } else { ", " });
                    text.push_str(value);
                    *from = None;
                }
            }
        }
    }
    merged
}

/// node's `message.headers` for the raw pairs, as a plain object. `values`
/// are the strings already made for the pairs' values (for `rawHeaders`):
/// a header that came once reuses its string. The object's values are rooted
/// as they are made (the caller releases them with the event).
pub(super) fn headers_object(
    cx: &mut Interpreter,
    pairs: &[(String, String)],
    values: &[Value],
) -> Value {
    let object = cx.new_object_with_proto(cx.realm.object_proto);
    let object = cx.root(Value::Object(object));
    let Value::Object(o) = object else {
        return object;
    };
    for (key, value) in merge(pairs) {
        let value = match value {
            Merged::One(text, from) => match from.and_then(|i| values.get(i)) {
                Some(&made) => made,
                None => cx.string_value(&text),
            },
            Merged::Many(values) => {
                let values = values
                    .into_iter()
                    .map(|v| {
                        let s = cx.string_value(v);
                        cx.root(s)
                    })
                    .collect();
                Value::Object(cx.new_array(values))
            }
        };
        let value = cx.root(value);
        // A data property on a fresh ordinary object: nothing can intercept
        // the assignment, so it cannot fail.
        let _ = cx.set_named(o, &key, value);
    }
    object
}

/// `httpHeadersObject(rawHeaders)`: the `headers` object of a message, made
/// the first time a script asks for it (http.js's `headers` getter) from
/// the message's `rawHeaders`. A server that never reads `req.headers` never
/// pays for it; one that does gets the same strings as `rawHeaders` holds.
pub(super) fn http_headers_object(
    cx: &mut Interpreter,
    _: Value,
    args: &[Value],
    _: Option<ObjRef>,
) -> JsResult<Value> {
    let raw = cx.array_elements(arg(args, 0)).unwrap_or_default();
    let mark = cx.root_mark();
    let made = object_from_raw(cx, &raw);
    cx.unroot_to(mark);
    made
}

fn object_from_raw(cx: &mut Interpreter, raw: &[Value]) -> JsResult<Value> {
    let mut pairs = Vec::with_capacity(raw.len() / 2);
    let mut values = Vec::with_capacity(raw.len() / 2);
    // A name or value that is not a string runs its `toString`, which may
    // change the array: the elements read are kept alive meanwhile.
    for &v in raw {
        cx.root(v);
    }
    for pair in raw.chunks_exact(2) {
        let &[name, value] = pair else { continue };
        let (name, text) = (cx.to_rust_string(name)?, cx.to_rust_string(value)?);
        // Only a string can be shared as it is; anything else is made anew.
        let value = match value {
            Value::String(_) => value,
            _ => {
                let s = cx.string_value(&text);
                cx.root(s)
            }
        };
        pairs.push((name, text));
        values.push(value);
    }
    Ok(headers_object(cx, &pairs, &values))
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::{merge, Merged};

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    fn show(merged: &[(Cow<str>, Merged)]) -> Vec<String> {
        merged
            .iter()
            .map(|(k, v)| match v {
                Merged::One(t, _) => format!("{k}: {t}"),
                Merged::Many(all) => format!("{k}: {all:?}"),
            })
            .collect()
    }

    #[test]
    fn merges_duplicates_as_node() {
        let raw = pairs(&[
            ("Host", "a"),
            ("HOST", "b"),
            ("Accept", "x"),
            ("accept", "y"),
            ("Cookie", "c=1"),
            ("cookie", "d=2"),
            ("Set-Cookie", "s=1"),
            ("set-cookie", "t=2"),
        ]);
        assert_eq!(
            show(&merge(&raw)),
            [
                "host: a",
                "accept: x, y",
                "cookie: c=1; d=2",
                "set-cookie: [\"s=1\", \"t=2\"]",
            ]
        );
    }
}
