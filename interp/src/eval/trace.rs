//! `--trace-eval`: watch the tree-walker walk. When tracing is on, every
//! expression the evaluator finishes prints one line on stderr — its source text
//! and the value it produced — indented by how deep in the tree it sits, so the
//! operands of `1 + 2 * 3` appear above and to the right of the sum, in the order
//! they were computed. Output is bounded: after [`EvalTrace::limit`] lines the
//! trace says so and stops. Off, it costs one predictable branch per expression.

use crate::inspect::InspectOptions;
use crate::interp::{Interpreter, JsResult};
use crate::ir::{Expr, ExprKind, Loc};
use crate::value::Value;

/// The longest source text or value shown on one line (then `…`).
const WIDTH: usize = 60;

/// The state of an evaluation trace.
pub struct EvalTrace {
    /// How many expressions are being evaluated around the current one.
    depth: usize,
    /// Lines written so far.
    lines: usize,
    /// The most lines written before the trace stops.
    pub limit: usize,
}

impl EvalTrace {
    pub fn new(limit: usize) -> EvalTrace {
        EvalTrace {
            depth: 0,
            lines: 0,
            limit,
        }
    }
}

/// `text` on one line and at most [`WIDTH`] characters.
fn one_line(text: &str) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > WIDTH {
        let cut: String = flat.chars().take(WIDTH - 1).collect();
        format!("{cut}…")
    } else {
        flat
    }
}

impl Interpreter {
    /// Starts tracing every expression evaluated from now on, for at most
    /// `limit` lines (`--trace-eval`).
    pub fn trace_eval(&mut self, limit: usize) {
        self.eval_trace = Some(Box::new(EvalTrace::new(limit)));
    }

    /// Evaluates an expression: the evaluator's entry point for every node.
    #[inline(always)]
    pub(crate) fn eval(&mut self, e: &Expr) -> JsResult<Value> {
        if self.eval_trace.is_none() {
            return self.eval_node(e);
        }
        self.eval_traced(e)
    }

    /// `eval` with the commonest leaves answered in place: a number literal and
    /// a frame-local or captured variable outside its TDZ (captured ones are
    /// above all the module-level constants that node's library code reads on
    /// nearly every line). Used where operands are evaluated, it saves the call
    /// into `eval_node` for about half the nodes. Any other variable (global, or
    /// in its TDZ) goes straight to `eval_var`, skipping the dispatch of
    /// `eval_node`.
    #[inline(always)]
    pub(crate) fn eval_quick(&mut self, e: &Expr) -> JsResult<Value> {
        if self.eval_trace.is_none() {
            match &e.kind {
                ExprKind::Var(v) => {
                    let val = match v.loc {
                        Loc::Local(i) => self.stack.get(self.base + i as usize).copied(),
                        Loc::Env { hops, slot } => self.env_value(hops, slot),
                        Loc::Global => None,
                    };
                    if let Some(val) = val {
                        if !(v.tdz && matches!(val, Value::Hole)) {
                            return Ok(val);
                        }
                    }
                    return self.eval_var(v);
                }
                ExprKind::Number(n) => return Ok(Value::Number(*n)),
                _ => {}
            }
        }
        self.eval(e)
    }

    /// `eval` for an operand that is usually a variable of any kind (a callee,
    /// the object of a method call): a variable is read in place, whether it
    /// lives in the frame, in an environment or in the global object, without
    /// the dispatch through `eval_node`.
    #[inline(always)]
    pub(crate) fn eval_var_first(&mut self, e: &Expr) -> JsResult<Value> {
        if let (ExprKind::Var(v), None) = (&e.kind, &self.eval_trace) {
            return self.read_var(v);
        }
        self.eval(e)
    }

    /// The number an operand is without evaluating anything: a number literal,
    /// or a frame-local variable that holds a number (never in the TDZ). `None`
    /// for every other operand, and whenever tracing is on (a traced operand must
    /// go through `eval`). Reading either has no effect, so a caller may ask for
    /// both operands first and evaluate them properly if one is not a number.
    #[inline(always)]
    pub(crate) fn quick_number(&self, e: &Expr) -> Option<f64> {
        if self.eval_trace.is_some() {
            return None;
        }
        match &e.kind {
            ExprKind::Number(n) => Some(*n),
            ExprKind::Var(v) => {
                let Loc::Local(i) = v.loc else { return None };
                match self.stack.get(self.base + i as usize) {
                    Some(Value::Number(n)) => Some(*n),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    #[cold]
    #[inline(never)]
    fn eval_traced(&mut self, e: &Expr) -> JsResult<Value> {
        // The core modules (`node:…`, written in JavaScript) are the host's
        // business: only the program's own files are traced.
        let in_core = self
            .cur_code
            .as_ref()
            .is_none_or(|code| code.source.filename.starts_with("node:"));
        if in_core {
            return self.eval_node(e);
        }
        if let Some(t) = self.eval_trace.as_mut() {
            t.depth += 1;
        }
        let result = self.eval_node(e);
        let depth = match self.eval_trace.as_mut() {
            Some(t) => {
                t.depth = t.depth.saturating_sub(1);
                if t.lines > t.limit {
                    return result;
                }
                t.lines += 1;
                if t.lines > t.limit {
                    let limit = t.limit;
                    self.host.write(
                        &format!("[eval] … trace stopped after {limit} lines\n"),
                        true,
                    );
                    return result;
                }
                t.depth
            }
            None => return result,
        };
        let source = self
            .cur_code
            .as_ref()
            .map(|code| one_line(code.source.text(e.span)))
            .unwrap_or_default();
        let shown = match &result {
            Ok(v) => {
                let mark = self.stack.len();
                self.root(*v);
                let text = self.inspect_with(
                    *v,
                    InspectOptions {
                        depth: 0,
                        break_length: usize::MAX,
                        ..InspectOptions::default()
                    },
                );
                self.stack.truncate(mark);
                one_line(&text)
            }
            Err(crate::interp::Exc::Throw) => "throws".to_owned(),
            Err(_) => "suspends".to_owned(),
        };
        let indent = "  ".repeat(depth.min(40));
        self.host
            .write(&format!("[eval] {indent}{source} → {shown}\n"), true);
        result
    }
}
