//! `console.table`: node's tabular view of an array or object of rows (or of a
//! Map or Set), drawn with box characters. Cells are short `util.inspect`
//! renderings; the layout follows node's `lib/internal/cli_table.js`.

use crate::interp::{Interpreter, JsResult};
use crate::object::ObjectKind;
use crate::value::{ObjRef, PropKey, Value};

const INDEX_KEY: &str = "(index)";
const ITER_KEY: &str = "(iteration index)";
const VALUES_KEY: &str = "Values";

pub fn table(
    cx: &mut Interpreter,
    this: Value,
    args: &[Value],
    nt: Option<ObjRef>,
) -> JsResult<Value> {
    let data = super::super::arg(args, 0);
    let Value::Object(o) = data else {
        return super::log(cx, this, &args[..args.len().min(1)], nt);
    };
    let properties = match super::super::arg(args, 1) {
        Value::Object(p) if matches!(cx.obj(p).kind, ObjectKind::Array(_)) => {
            let mut names = Vec::new();
            for k in cx.enumerable_string_keys(p) {
                let v = cx.get(p, k)?;
                names.push(cx.to_rust_string(v)?);
            }
            Some(names)
        }
        _ => None,
    };
    let text = match &cx.obj(o).kind {
        ObjectKind::Map(m) if !cx.is_weak_collection_pub(o) => {
            let entries = m.live_entries();
            let mut idx = Vec::new();
            let mut keys = Vec::new();
            let mut values = Vec::new();
            for (i, (k, v)) in entries.into_iter().enumerate() {
                idx.push(i.to_string());
                keys.push(cell(cx, k));
                values.push(cell(cx, v));
            }
            let head = vec![ITER_KEY.to_string(), "Key".into(), VALUES_KEY.into()];
            render(&head, &[to_cells(idx), to_cells(keys), to_cells(values)])
        }
        ObjectKind::Set(m) if !cx.is_weak_collection_pub(o) => {
            let entries = m.live_entries();
            let mut idx = Vec::new();
            let mut values = Vec::new();
            for (i, (k, _)) in entries.into_iter().enumerate() {
                idx.push(i.to_string());
                values.push(cell(cx, k));
            }
            let head = vec![ITER_KEY.to_string(), VALUES_KEY.into()];
            render(&head, &[to_cells(idx), to_cells(values)])
        }
        _ => rows_table(cx, o, properties.as_deref())?,
    };
    cx.console_write(&text, false);
    Ok(Value::Undefined)
}

fn to_cells(v: Vec<String>) -> Vec<Option<String>> {
    v.into_iter().map(Some).collect()
}

/// One cell: objects with more than two keys collapse to `[Object]`.
fn cell(cx: &mut Interpreter, v: Value) -> String {
    let depth = match v {
        Value::Object(o)
            if !matches!(cx.obj(o).kind, ObjectKind::Array(_))
                && !cx.obj(o).is_callable()
                && cx.enumerable_string_keys(o).len() > 2 =>
        {
            -1
        }
        _ => 0,
    };
    let opts = crate::inspect::InspectOptions {
        depth,
        max_array_length: 3,
        break_length: usize::MAX,
        ..Default::default()
    };
    cx.inspect_with(v, opts)
}

/// The general case: one row per own enumerable key, one column per key of
/// the rows (in first-seen order), plus `Values` for primitive rows.
fn rows_table(cx: &mut Interpreter, o: ObjRef, properties: Option<&[String]>) -> JsResult<String> {
    let index_keys = cx.enumerable_string_keys(o);
    let mut columns: Vec<(String, Vec<Option<String>>)> = Vec::new();
    let mut values_column: Vec<Option<String>> = Vec::new();
    let mut has_primitives = false;
    let mut index_names = Vec::new();
    for (i, &k) in index_keys.iter().enumerate() {
        index_names.push(Some(key_text(cx, k)));
        let item = cx.get(o, k)?;
        let primitive = !matches!(item, Value::Object(_));
        if properties.is_none() && primitive {
            has_primitives = true;
            set_at(&mut values_column, i, cell(cx, item));
            continue;
        }
        let keys: Vec<(String, Option<PropKey>)> = match (properties, item) {
            (Some(p), _) => p.iter().map(|n| (n.clone(), None)).collect(),
            (None, Value::Object(io)) => cx
                .enumerable_string_keys(io)
                .into_iter()
                .map(|k| (key_text(cx, k), Some(k)))
                .collect(),
            (None, _) => Vec::new(),
        };
        for (name, key) in keys {
            let pos = match columns.iter().position(|(n, _)| *n == name) {
                Some(p) => p,
                None => {
                    columns.push((name.clone(), Vec::new()));
                    columns.len() - 1
                }
            };
            let text = match item {
                Value::Object(io) if !primitive => {
                    let key = match key {
                        Some(k) => k,
                        None => PropKey::Str(cx.intern(&name)),
                    };
                    if cx.get_own(io, key).is_some() {
                        let v = cx.get(io, key)?;
                        cell(cx, v)
                    } else {
                        String::new()
                    }
                }
                _ => String::new(),
            };
            if let Some((_, col)) = columns.get_mut(pos) {
                set_at(col, i, text);
            }
        }
    }
    let mut head = vec![INDEX_KEY.to_string()];
    let mut cols = vec![index_names];
    for (name, col) in columns {
        head.push(name);
        cols.push(col);
    }
    if has_primitives {
        head.push(VALUES_KEY.into());
        cols.push(values_column);
    }
    Ok(render(&head, &cols))
}

fn key_text(cx: &mut Interpreter, k: PropKey) -> String {
    match k {
        PropKey::Str(a) => cx.atom_text(a),
        PropKey::Sym(s) => crate::builtins::symbol::symbol_text(cx, s),
    }
}

fn set_at(col: &mut Vec<Option<String>>, i: usize, text: String) {
    if col.len() <= i {
        col.resize(i + 1, None);
    }
    if let Some(slot) = col.get_mut(i) {
        *slot = Some(text);
    }
}

fn width(s: &str) -> usize {
    s.chars().count()
}

/// node's `cli_table.table`: left-aligned cells padded to the widest in their
/// column; a missing cell is empty.
fn render(head: &[String], columns: &[Vec<Option<String>>]) -> String {
    let rows_n = columns.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths: Vec<usize> = head.iter().map(|h| width(h)).collect();
    let mut rows = vec![vec![String::new(); head.len()]; rows_n];
    for (i, col) in columns.iter().enumerate() {
        for (j, row) in rows.iter_mut().enumerate() {
            let v = col.get(j).cloned().flatten().unwrap_or_default();
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(width(&v));
            }
            if let Some(c) = row.get_mut(i) {
                *c = v;
            }
        }
    }
    let divider: Vec<String> = widths.iter().map(|w| "─".repeat(w + 2)).collect();
    let mut out = format!("┌{}┐\n", divider.join("┬"));
    out.push_str(&render_row(head, &widths));
    out.push_str(&format!("\n├{}┤\n", divider.join("┼")));
    for row in &rows {
        out.push_str(&render_row(row, &widths));
        out.push('\n');
    }
    out.push_str(&format!("└{}┘", divider.join("┴")));
    out
}

fn render_row(row: &[String], widths: &[usize]) -> String {
    let cells: Vec<String> = row
        .iter()
        .zip(widths)
        .map(|(c, &w)| format!("{c}{}", " ".repeat(w.saturating_sub(width(c)))))
        .collect();
    format!("│ {} │", cells.join(" │ "))
}
