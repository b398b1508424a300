//! The abstract syntax tree: what the parser produces and the interpreter consumes.
//! Every node carries a [`Span`] (byte offsets into the source), so any later error
//! can point back at the text. The tree is plain data; the interpreter lowers it to
//! its own resolved form before running it, so nothing here knows about scopes,
//! values or the heap.

use std::rc::Rc;

pub use nodelet_lexer::{JsStr, Span};

/// A whole script (one CommonJS module file).
#[derive(Clone, Debug, PartialEq)]
pub struct Program {
    pub body: Vec<Stmt>,
    /// The file starts with a `"use strict"` directive.
    pub strict: bool,
    pub span: Span,
}

/// A name as written in the source: a binding, a reference or a label.
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: Rc<str>,
    pub span: Span,
}

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `var`/`let`/`const` declarations.
    Var(VarDecl),
    /// `function f() {}` (also async, generator and async generator declarations).
    Function(Rc<Function>),
    /// `class C {}`
    Class(Rc<Class>),
    /// An expression followed by `;` (written or inserted).
    Expr(Box<Expr>),
    Block(Vec<Stmt>),
    Empty,
    If {
        test: Box<Expr>,
        consequent: Box<Stmt>,
        alternate: Option<Box<Stmt>>,
    },
    /// `for (init; test; update) body`
    For {
        init: Option<ForInit>,
        test: Option<Box<Expr>>,
        update: Option<Box<Expr>>,
        body: Box<Stmt>,
    },
    /// `for (left in right) body`
    ForIn {
        left: ForHead,
        right: Box<Expr>,
        body: Box<Stmt>,
    },
    /// `for (left of right) body`, and `for await (left of right) body`.
    ForOf {
        left: ForHead,
        right: Box<Expr>,
        body: Box<Stmt>,
        is_await: bool,
    },
    While {
        test: Box<Expr>,
        body: Box<Stmt>,
    },
    DoWhile {
        body: Box<Stmt>,
        test: Box<Expr>,
    },
    Return(Option<Box<Expr>>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Throw(Box<Expr>),
    Try {
        block: Vec<Stmt>,
        handler: Option<CatchClause>,
        finalizer: Option<Vec<Stmt>>,
    },
    Switch {
        discriminant: Box<Expr>,
        cases: Vec<SwitchCase>,
    },
    Labeled {
        label: Ident,
        body: Box<Stmt>,
    },
    Debugger,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarKind {
    Var,
    Let,
    Const,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VarDecl {
    pub kind: VarKind,
    pub declarators: Vec<VarDeclarator>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct VarDeclarator {
    pub target: Pattern,
    pub init: Option<Box<Expr>>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ForInit {
    Var(VarDecl),
    Expr(Box<Expr>),
}

/// The left side of `for…in` / `for…of`.
#[derive(Clone, Debug, PartialEq)]
pub enum ForHead {
    /// `for (let x of …)`: a fresh binding (per iteration for `let`/`const`).
    Var(VarKind, Pattern),
    /// `for (x.y of …)`: an assignment target.
    Target(Pattern),
}

#[derive(Clone, Debug, PartialEq)]
pub struct CatchClause {
    /// `None` for `catch { … }` (optional catch binding).
    pub param: Option<Pattern>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SwitchCase {
    /// `None` for `default:`.
    pub test: Option<Box<Expr>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

// ---------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Number(f64),
    String(JsStr),
    Bool(bool),
    Null,
    Regex {
        pattern: Rc<str>,
        flags: Rc<str>,
    },
    /// `` `a${b}c` ``: `quasis.len() == exprs.len() + 1`.
    Template(Template),
    /// ``tag`a${b}` ``
    TaggedTemplate {
        tag: Box<Expr>,
        quasi: Template,
    },
    Ident(Ident),
    This,
    /// `[a, , ...b]`: `None` is a hole.
    Array(Vec<Option<ArrayElement>>),
    Object(Vec<Property>),
    /// A function or generator expression (not an arrow).
    Function(Rc<Function>),
    /// `(a, b) => …`, `async x => …`
    Arrow(Rc<Function>),
    Class(Rc<Class>),
    Unary {
        op: UnaryOp,
        arg: Box<Expr>,
    },
    /// `++x`, `x--`
    Update {
        op: UpdateOp,
        prefix: bool,
        target: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// `&&`, `||`, `??`: short-circuiting, so kept apart from `Binary`.
    Logical {
        op: LogicalOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    /// `#x in obj`: the left operand of `in` may be a private name.
    PrivateIn {
        name: Ident,
        right: Box<Expr>,
    },
    /// `target = value`, `target += value`, `target ??= value`, …
    /// For plain `=` the target may be a destructuring pattern; for compound
    /// operators it is always an identifier or member pattern.
    Assign {
        op: AssignOp,
        target: Box<Pattern>,
        value: Box<Expr>,
    },
    Conditional {
        test: Box<Expr>,
        consequent: Box<Expr>,
        alternate: Box<Expr>,
    },
    /// `callee(args)`, or `callee?.(args)` when `optional`.
    Call {
        callee: Box<Expr>,
        args: Vec<Argument>,
        optional: bool,
    },
    New {
        callee: Box<Expr>,
        args: Vec<Argument>,
    },
    /// `object.name`, `object[expr]`, `object.#name`; `optional` for `?.`.
    Member {
        object: Box<Expr>,
        property: MemberProp,
        optional: bool,
    },
    /// The boundary of an optional chain: if any `?.` inside short-circuits, the
    /// whole chain is `undefined`. `(a?.b).c` keeps the parentheses' meaning
    /// because the chain ends inside them.
    OptionalChain(Box<Expr>),
    /// `super.name` / `super[expr]`
    SuperMember(MemberProp),
    /// `super(args)`
    SuperCall(Vec<Argument>),
    /// `new.target`
    NewTarget,
    Sequence(Vec<Expr>),
    Yield {
        arg: Option<Box<Expr>>,
        delegate: bool,
    },
    Await(Box<Expr>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Template {
    pub quasis: Vec<TemplateElement>,
    pub exprs: Vec<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TemplateElement {
    /// `None` when an escape is invalid (allowed only in tagged templates).
    pub cooked: Option<JsStr>,
    pub raw: Rc<str>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ArrayElement {
    Expr(Expr),
    Spread(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Argument {
    Expr(Expr),
    Spread(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub enum MemberProp {
    /// `.name` (any identifier name, keywords included)
    Name(Ident),
    /// `[expr]`
    Computed(Box<Expr>),
    /// `.#name`
    Private(Ident),
}

/// An object literal member.
#[derive(Clone, Debug, PartialEq)]
pub struct Property {
    pub kind: PropertyKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PropertyKind {
    /// `key: value` (and `__proto__: value`, which sets the prototype).
    Init {
        key: PropKey,
        value: Expr,
    },
    /// `{ x }`
    Shorthand(Ident),
    /// `key() {}`, also `async`/generator methods.
    Method {
        key: PropKey,
        func: Rc<Function>,
    },
    Getter {
        key: PropKey,
        func: Rc<Function>,
    },
    Setter {
        key: PropKey,
        func: Rc<Function>,
    },
    /// `...expr`
    Spread(Expr),
}

/// A property key in an object literal, class or object pattern.
#[derive(Clone, Debug, PartialEq)]
pub enum PropKey {
    /// `a`, also keywords: `{ if: 1 }`
    Ident(Ident),
    String(JsStr, Span),
    Number(f64, Span),
    /// `[expr]`
    Computed(Box<Expr>),
    /// `#a` (class members only)
    Private(Ident),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Minus,
    Plus,
    Not,
    BitNot,
    Typeof,
    Void,
    Delete,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UpdateOp {
    Increment,
    Decrement,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Eq,
    NotEq,
    StrictEq,
    StrictNotEq,
    Lt,
    LtEq,
    Gt,
    GtEq,
    Shl,
    Shr,
    UShr,
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Exp,
    BitOr,
    BitXor,
    BitAnd,
    In,
    InstanceOf,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogicalOp {
    And,
    Or,
    Nullish,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    Assign,
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Exp,
    Shl,
    Shr,
    UShr,
    BitOr,
    BitXor,
    BitAnd,
    /// `&&=`
    And,
    /// `||=`
    Or,
    /// `??=`
    Nullish,
}

impl AssignOp {
    /// The binary operator a compound assignment applies (`+=` is `+`);
    /// `None` for `=` and the logical assignments, which may skip the write.
    pub fn binary(self) -> Option<BinaryOp> {
        Some(match self {
            AssignOp::Add => BinaryOp::Add,
            AssignOp::Sub => BinaryOp::Sub,
            AssignOp::Mul => BinaryOp::Mul,
            AssignOp::Div => BinaryOp::Div,
            AssignOp::Rem => BinaryOp::Rem,
            AssignOp::Exp => BinaryOp::Exp,
            AssignOp::Shl => BinaryOp::Shl,
            AssignOp::Shr => BinaryOp::Shr,
            AssignOp::UShr => BinaryOp::UShr,
            AssignOp::BitOr => BinaryOp::BitOr,
            AssignOp::BitXor => BinaryOp::BitXor,
            AssignOp::BitAnd => BinaryOp::BitAnd,
            AssignOp::Assign | AssignOp::And | AssignOp::Or | AssignOp::Nullish => return None,
        })
    }
}

// ---------------------------------------------------------------------------
// Patterns (binding and assignment targets)
// ---------------------------------------------------------------------------

/// A binding pattern (`let {a, b: [c]} = …`, parameters) or an assignment target
/// (`[x.y, z] = …`). Binding patterns never contain `Member`.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub kind: PatternKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    Ident(Ident),
    /// `obj.x` / `obj[k]` as an assignment target (never in bindings).
    Member(Box<Expr>),
    /// `[a, , b = 1, ...rest]`: `None` is an elision.
    Array {
        elements: Vec<Option<Pattern>>,
        rest: Option<Box<Pattern>>,
    },
    /// `{a, b: c, [k]: d = 1, ...rest}`
    Object {
        properties: Vec<PatternProperty>,
        rest: Option<Box<Pattern>>,
    },
    /// `target = default` inside a pattern or parameter list.
    Default {
        target: Box<Pattern>,
        default: Box<Expr>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct PatternProperty {
    pub key: PropKey,
    /// For shorthand `{a}` this is `Ident(a)`; for `{a = 1}` it is
    /// `Default { Ident(a), 1 }`.
    pub value: Pattern,
    pub shorthand: bool,
    pub span: Span,
}

// ---------------------------------------------------------------------------
// Functions and classes
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FunctionKind {
    /// A declaration or `function` expression.
    Normal,
    Arrow,
    /// A method in an object literal or class (no `prototype`, has a home object).
    Method,
    Getter,
    Setter,
    /// A class `constructor`; `derived` when the class has `extends`.
    ClassConstructor {
        derived: bool,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    /// The declared name (`function f`), if any. Names inferred from context
    /// (`const f = () => {}`) are the interpreter's business.
    pub name: Option<Ident>,
    pub kind: FunctionKind,
    pub is_async: bool,
    pub is_generator: bool,
    /// Parameters; defaults appear as `PatternKind::Default`.
    pub params: Vec<Pattern>,
    pub rest: Option<Pattern>,
    pub body: FunctionBody,
    /// The body is strict (own directive, enclosing strict code, or a class).
    pub strict: bool,
    /// The whole function's source text, for `Function.prototype.toString`.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum FunctionBody {
    Block(Vec<Stmt>),
    /// A concise arrow body: `x => x + 1`.
    Expr(Box<Expr>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Class {
    pub name: Option<Ident>,
    pub extends: Option<Box<Expr>>,
    /// The explicit `constructor(…) {…}`, if written.
    pub constructor: Option<Rc<Function>>,
    pub members: Vec<ClassMember>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassMember {
    pub is_static: bool,
    pub kind: ClassMemberKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ClassMemberKind {
    Method {
        key: PropKey,
        func: Rc<Function>,
    },
    Getter {
        key: PropKey,
        func: Rc<Function>,
    },
    Setter {
        key: PropKey,
        func: Rc<Function>,
    },
    /// `x = 1;`, `#y;`, `static z = 2;`
    Field {
        key: PropKey,
        value: Option<Box<Expr>>,
    },
    /// `static { … }`
    StaticBlock(Vec<Stmt>),
}
