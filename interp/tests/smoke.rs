//! A smoke test that needs no parser: a hand-built AST for a recursive `fib`, run
//! through the interpreter, with console output captured by a test host.

use std::cell::RefCell;
use std::rc::Rc;

use nodelet_interp::{Host, Interpreter};
use nodelet_parser::ast::*;
use nodelet_parser::Span;

struct Capture(Rc<RefCell<String>>);

impl Host for Capture {
    fn write(&mut self, text: &str, _to_stderr: bool) {
        self.0.borrow_mut().push_str(text);
    }
}

fn sp() -> Span {
    Span::default()
}
fn id(n: &str) -> Ident {
    Ident {
        name: n.into(),
        span: sp(),
    }
}
fn e(kind: ExprKind) -> Expr {
    Expr { kind, span: sp() }
}
fn var(n: &str) -> Expr {
    e(ExprKind::Ident(id(n)))
}
fn num(x: f64) -> Expr {
    e(ExprKind::Number(x))
}
fn bin(op: BinaryOp, l: Expr, r: Expr) -> Expr {
    e(ExprKind::Binary {
        op,
        left: Box::new(l),
        right: Box::new(r),
    })
}
fn call(f: Expr, args: Vec<Expr>) -> Expr {
    e(ExprKind::Call {
        callee: Box::new(f),
        args: args.into_iter().map(Argument::Expr).collect(),
        optional: false,
    })
}
fn member(o: Expr, n: &str) -> Expr {
    e(ExprKind::Member {
        object: Box::new(o),
        property: MemberProp::Name(id(n)),
        optional: false,
    })
}
fn st(kind: StmtKind) -> Stmt {
    Stmt { kind, span: sp() }
}

/// `function fib(n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2); }
///  console.log(fib(N), [1, 'a', { b: -0 }]);`
fn fib_program(n: f64) -> Program {
    let fib = Function {
        name: Some(id("fib")),
        kind: FunctionKind::Normal,
        is_async: false,
        is_generator: false,
        params: vec![Pattern {
            kind: PatternKind::Ident(id("n")),
            span: sp(),
        }],
        rest: None,
        body: FunctionBody::Block(vec![
            st(StmtKind::If {
                test: Box::new(bin(BinaryOp::Lt, var("n"), num(2.0))),
                consequent: Box::new(st(StmtKind::Return(Some(Box::new(var("n")))))),
                alternate: None,
            }),
            st(StmtKind::Return(Some(Box::new(bin(
                BinaryOp::Add,
                call(var("fib"), vec![bin(BinaryOp::Sub, var("n"), num(1.0))]),
                call(var("fib"), vec![bin(BinaryOp::Sub, var("n"), num(2.0))]),
            ))))),
        ]),
        strict: false,
        span: sp(),
    };
    let obj = e(ExprKind::Object(vec![Property {
        kind: PropertyKind::Init {
            key: PropKey::Ident(id("b")),
            value: e(ExprKind::Unary {
                op: UnaryOp::Minus,
                arg: Box::new(num(0.0)),
            }),
        },
        span: sp(),
    }]));
    let arr = e(ExprKind::Array(vec![
        Some(ArrayElement::Expr(num(1.0))),
        Some(ArrayElement::Expr(e(ExprKind::String(
            "a".encode_utf16().collect::<Vec<_>>().into(),
        )))),
        Some(ArrayElement::Expr(obj)),
    ]));
    Program {
        body: vec![
            st(StmtKind::Function(Rc::new(fib))),
            st(StmtKind::Expr(Box::new(call(
                member(var("console"), "log"),
                vec![call(var("fib"), vec![num(n)]), arr],
            )))),
        ],
        strict: false,
        span: sp(),
    }
}

#[test]
fn fib_runs_and_prints() {
    let out = Rc::new(RefCell::new(String::new()));
    let mut cx = Interpreter::new(vec![]);
    cx.set_host(Box::new(Capture(out.clone())));
    let n: f64 = std::env::var("FIB_N")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20.0);
    let start = std::time::Instant::now();
    let r = cx.run_script(&fib_program(n), "", "smoke.js");
    eprintln!("fib({n}) took {:?}", start.elapsed());
    assert!(r.is_ok(), "{:?}", r.err());
    let expected = if n == 20.0 { "6765" } else { "" };
    if !expected.is_empty() {
        assert_eq!(
            *out.borrow(),
            format!("{expected} [ 1, 'a', {{ b: -0 }} ]\n")
        );
    }
}
