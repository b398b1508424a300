//! The executable tree: what `compile.rs` lowers the parser's AST into and what the
//! evaluator walks. It differs from the AST in three ways that make it fast and
//! simple to run: every name is resolved to a frame slot, an environment slot
//! (hops, slot) or a global; every scope says up front what it must allocate and
//! which bindings start in the temporal dead zone; and property sites carry an
//! inline-cache cell.

use std::cell::Cell;
use std::rc::Rc;

use nodelet_parser::ast::{AssignOp, BinaryOp, LogicalOp, UnaryOp, UpdateOp};
use nodelet_parser::Span;

use crate::value::Atom;

/// Where a binding lives at run time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Loc {
    /// A slot of the current frame (a binding no closure captures).
    Local(u32),
    /// A slot of a heap environment, `hops` captured scopes up from the current one.
    Env { hops: u32, slot: u32 },
    /// A property of the global object.
    Global,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BindKind {
    Var,
    Let,
    Const,
    /// The inner name of a class or of a named function expression: read-only.
    ConstSilent,
}

/// A resolved reference to a binding.
#[derive(Clone, Debug)]
pub struct VarRef {
    pub loc: Loc,
    pub name: Atom,
    pub kind: BindKind,
    /// The binding may be read before it is initialised (`let`, `const`, `class`).
    pub tdz: bool,
    pub span: Span,
    /// For a global (`Loc::Global`): the slot of the global object where the
    /// name was found last time, the inline cache of `read_global`. A hint
    /// only: the key at that slot is checked on every use, so a global that a
    /// script deletes, redefines or turns into an accessor is simply missed.
    pub global_hint: Cell<u32>,
}

/// What a scope must do on entry.
#[derive(Clone, Debug, Default)]
pub struct ScopeInfo {
    /// Size of the heap environment to create, or `None` when nothing in this scope
    /// is captured.
    pub env: Option<u32>,
    /// Environment slots that start uninitialised (TDZ).
    pub env_tdz: Vec<u32>,
    /// Frame slots that start uninitialised (TDZ); other frame slots are reset to
    /// `undefined` on entry where needed.
    pub local_tdz: Vec<u32>,
    /// Function declarations hoisted to the top of this scope.
    pub functions: Vec<(VarRef, Rc<FunctionCode>)>,
}

#[derive(Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

/// The inline cache of a `.name` site: 16 bytes, plus a small box for the sites
/// that read through a prototype.
#[derive(Debug, Default)]
pub struct PropCache {
    /// The slot where the receiver held the property last time.
    pub hint: Cell<u32>,
    /// Where the last lookup through the receiver's prototype chain ended
    /// (`property.rs`), allocated the first time the site reads an inherited
    /// (or absent) property.
    pub chain: std::cell::OnceCell<Box<crate::property::SiteChain>>,
}

#[derive(Debug)]
pub enum Prop {
    /// `.name`: an interned key plus an inline cache.
    Named(Atom, PropCache),
    Computed(Box<Expr>),
    /// `.#name`: the private name's binding (a private symbol).
    Private(VarRef),
}

#[derive(Debug)]
pub enum ArrayElem {
    Expr(Expr),
    Spread(Expr),
    Hole,
}

#[derive(Debug)]
pub enum Arg {
    Expr(Expr),
    Spread(Expr),
}

#[derive(Debug)]
pub enum PropName {
    Atom(Atom),
    Computed(Box<Expr>),
    Private(VarRef),
}

#[derive(Debug)]
pub enum ObjProp {
    Init(PropName, Expr),
    Method(PropName, Rc<FunctionCode>),
    Getter(PropName, Rc<FunctionCode>),
    Setter(PropName, Rc<FunctionCode>),
    Proto(Expr),
    Spread(Expr),
}

/// An expression node's kind. `repr(u8)` gives it an explicit one-byte tag:
/// without it the compiler hides the tag in a niche of one variant's fields,
/// and every dispatch on a node first decodes it (a load, xor, test and
/// conditional move before the jump table).
#[derive(Debug)]
#[repr(u8)]
pub enum ExprKind {
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    Str(Atom),
    Regex {
        pattern: Atom,
        flags: Atom,
    },
    Var(VarRef),
    /// `typeof x`: an unresolvable global yields "undefined" instead of throwing.
    TypeofVar(VarRef),
    Template {
        quasis: Vec<Atom>,
        exprs: Vec<Expr>,
    },
    TaggedTemplate {
        tag: Box<Expr>,
        cooked: Vec<Option<Atom>>,
        raw: Vec<Atom>,
        exprs: Vec<Expr>,
        site: u32,
    },
    Array(Vec<ArrayElem>),
    /// An object literal. `distinct_names` says the compiler proved every
    /// property a value or method under a plain name, no two alike: each then
    /// goes straight into the new object's map without a search for an
    /// earlier one of the same name (the fast path of `eval_object`).
    Object {
        props: Vec<ObjProp>,
        distinct_names: bool,
    },
    Function(Rc<FunctionCode>),
    Class(Rc<ClassCode>),
    Unary(UnaryOp, Box<Expr>),
    Delete(Box<Expr>),
    Update {
        op: UpdateOp,
        prefix: bool,
        target: Box<Target>,
    },
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    Logical(LogicalOp, Box<Expr>, Box<Expr>),
    PrivateIn(VarRef, Box<Expr>),
    Assign {
        target: Box<Target>,
        value: Box<Expr>,
    },
    Compound {
        op: AssignOp,
        target: Box<Target>,
        value: Box<Expr>,
    },
    Destructure {
        pattern: Box<Pat>,
        value: Box<Expr>,
    },
    Cond(Box<Expr>, Box<Expr>, Box<Expr>),
    Call {
        callee: Box<Expr>,
        args: Vec<Arg>,
        optional: bool,
    },
    New {
        callee: Box<Expr>,
        args: Vec<Arg>,
    },
    /// A call whose function and `this` were already evaluated (into hidden
    /// temporaries) before its arguments: what a method call becomes when an
    /// argument suspends (see `suspend.rs`).
    CallWith {
        func: Box<Expr>,
        this: Box<Expr>,
        args: Vec<Arg>,
    },
    Member {
        object: Box<Expr>,
        prop: Prop,
        optional: bool,
        /// Where the property name is (errors and call positions point there).
        pos: Span,
    },
    OptionalChain(Box<Expr>),
    SuperMember {
        home: VarRef,
        this: VarRef,
        prop: Prop,
    },
    SuperCall {
        func: VarRef,
        this: VarRef,
        new_target: VarRef,
        args: Vec<Arg>,
    },
    Sequence(Vec<Expr>),
    Yield {
        arg: Option<Box<Expr>>,
        delegate: bool,
    },
    Await(Box<Expr>),
    /// A construct this interpreter does not support yet: throws a SyntaxError.
    Unsupported(&'static str),
}

/// An assignment target.
#[derive(Debug)]
pub enum Target {
    Var(VarRef),
    Member {
        object: Expr,
        prop: Prop,
    },
    SuperMember {
        home: VarRef,
        this: VarRef,
        prop: Prop,
    },
}

/// A destructuring pattern (binding or assignment).
#[derive(Debug)]
pub enum Pat {
    /// Initialise a declared binding (`let x = …`, parameters): no TDZ or const check.
    Init(VarRef),
    /// Assign to an existing target.
    Assign(Target),
    Array {
        elems: Vec<Option<Pat>>,
        rest: Option<Box<Pat>>,
    },
    Object {
        props: Vec<(PropName, Pat)>,
        rest: Option<Box<Pat>>,
    },
    /// `target = default`; `name` is the binding name given to an anonymous
    /// function default.
    Default {
        target: Box<Pat>,
        default: Box<Expr>,
    },
}

#[derive(Debug)]
pub struct Block {
    pub scope: ScopeInfo,
    pub body: Vec<Stmt>,
}

#[derive(Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

/// A statement's kind, with an explicit tag for the same reason as [`ExprKind`].
#[derive(Debug)]
#[repr(u8)]
pub enum StmtKind {
    Expr(Expr),
    /// `let x = v` / `var x = v` / `let x;` (then `init` is `undefined`).
    Init(Pat, Option<Expr>),
    If(Expr, Box<Stmt>, Option<Box<Stmt>>),
    Block(Block),
    /// `scope` holds the head's `let` bindings; when captured it is copied per
    /// iteration.
    For {
        scope: ScopeInfo,
        init: Option<Box<Stmt>>,
        test: Option<Expr>,
        update: Option<Expr>,
        body: Box<Stmt>,
        labels: Vec<Atom>,
    },
    ForIn {
        scope: ScopeInfo,
        head: Pat,
        right: Expr,
        body: Box<Stmt>,
        labels: Vec<Atom>,
    },
    /// `for (head of right)`, or `for await` when `is_await`.
    ForOf {
        scope: ScopeInfo,
        head: Pat,
        right: Expr,
        body: Box<Stmt>,
        labels: Vec<Atom>,
        is_await: bool,
    },
    While {
        test: Expr,
        body: Box<Stmt>,
        labels: Vec<Atom>,
    },
    DoWhile {
        body: Box<Stmt>,
        test: Expr,
        labels: Vec<Atom>,
    },
    Return(Option<Expr>),
    Break(Option<Atom>),
    Continue(Option<Atom>),
    Throw(Expr),
    Try {
        block: Block,
        catch: Option<(ScopeInfo, Option<Pat>, Block)>,
        finally: Option<Block>,
    },
    Switch {
        disc: Expr,
        scope: ScopeInfo,
        cases: Vec<(Option<Expr>, Vec<Stmt>)>,
    },
    Labeled(Atom, Box<Stmt>),
    /// Inside a class's field initialiser or static initialiser: define a field,
    /// private method or private accessor on `this`.
    DefineField {
        key: PropName,
        value: FieldValue,
    },
    Empty,
}

#[derive(Debug)]
pub enum FieldValue {
    Value(Option<Expr>),
    Method(Rc<FunctionCode>),
    Accessor(Option<Rc<FunctionCode>>, Option<Rc<FunctionCode>>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FnKind {
    Normal,
    Arrow,
    Method,
    Getter,
    Setter,
    ClassConstructor {
        derived: bool,
    },
    /// The synthetic method that initialises a class's instance fields.
    FieldInit,
}

#[derive(Debug)]
pub enum Params {
    /// Plain identifiers: argument `i` goes to location `i` (or is dropped).
    Simple(Vec<Option<VarRef>>),
    Patterns(Vec<Pat>),
}

/// One compiled function (also the top-level script, which node runs as the body
/// of a function taking `exports, require, module, __filename, __dirname`).
#[derive(Debug)]
pub struct FunctionCode {
    pub name: Atom,
    pub kind: FnKind,
    pub is_generator: bool,
    pub is_async: bool,
    pub strict: bool,
    /// The `length` property: parameters before the first default or rest.
    pub length: u32,
    pub n_locals: u32,
    pub scope: ScopeInfo,
    /// For functions with parameter expressions: the body's own scope, entered
    /// after the parameters are bound, and the (parameter, body `var`) pairs
    /// whose values carry over.
    pub body_scope: Option<ScopeInfo>,
    pub param_copies: Vec<(VarRef, VarRef)>,
    /// `arguments` aliases the parameters (sloppy code, simple parameters).
    pub mapped_arguments: bool,
    pub this_var: Option<VarRef>,
    pub new_target_var: Option<VarRef>,
    pub func_var: Option<VarRef>,
    pub home_var: Option<VarRef>,
    pub arguments_var: Option<VarRef>,
    /// The own name of a named function expression, bound to the function itself.
    pub self_var: Option<VarRef>,
    pub params: Params,
    pub rest: Option<Pat>,
    pub body: Vec<Stmt>,
    pub span: Span,
    pub source: Rc<crate::interp::Script>,
    /// The module wrapper (the script's top level), shown as
    /// `Object.<anonymous>` in stack traces as node does.
    pub top_level: bool,
    /// How many own properties the objects this function constructed (as
    /// `new.target`) ended up with (the larger of the last one when its
    /// constructor returned and the one before as it is now): `new` reserves
    /// that much room up front.
    pub instance_size: std::cell::Cell<u32>,
    /// The last object this function constructed, held weakly (the collector
    /// does not trace it; a generation-checked handle notices when it is freed).
    /// Objects often gain properties after their constructor returns, so the
    /// next `new` also sizes for what this one grew to, saving reallocations.
    pub last_instance: std::cell::Cell<Option<crate::value::ObjRef>>,
    /// Whether a plain call (not `new`) may take the short prologue of
    /// `call.rs`: see [`FunctionCode::compute_quick_entry`].
    pub quick_entry: bool,
    /// For a `quick_entry` function whose parameters are its first locals, in
    /// order (none captured, none a duplicate name): how many there are. A
    /// plain call with at most that many arguments starts the frame at the
    /// first argument, so the arguments the caller pushed are the parameters
    /// and nothing is copied (see `run_quick_body` in `call.rs`).
    pub params_in_place: Option<u32>,
    /// A sloppy function (not an arrow) that binds `this`: the full prologue
    /// replaces a nullish receiver by the global object and boxes a primitive
    /// one, so its quick entry is taken only when the receiver is an object.
    pub sloppy_this: bool,
    /// A `quick_entry` function that `new` may enter the same short way: a
    /// plain function or a base class constructor (a derived one binds
    /// `new.target` and so never has `quick_entry`). Its receiver is made
    /// before the body runs (see `quick_construct` in `call.rs`).
    pub quick_construct: bool,
    /// A `quick_entry` function whose short prologue binds nothing but its
    /// parameters: no environment or TDZ locals, no `this`, own name, rest
    /// parameter or hoisted functions (most small helpers and callbacks).
    pub bare_entry: bool,
}

impl FunctionCode {
    /// The code with `quick_entry` computed (the compiler's last step).
    pub fn with_quick_entry(mut self) -> Self {
        self.quick_entry = self.compute_quick_entry();
        self.quick_construct = self.quick_entry
            && matches!(
                self.kind,
                FnKind::Normal | FnKind::ClassConstructor { derived: false }
            );
        self.bare_entry = self.quick_entry
            && self.scope.env.is_none()
            && self.scope.local_tdz.is_empty()
            && self.this_var.is_none()
            && self.self_var.is_none()
            && self.rest.is_none()
            && self.scope.functions.is_empty();
        self.sloppy_this = !self.strict && self.kind != FnKind::Arrow && self.this_var.is_some();
        self.params_in_place = match &self.params {
            Params::Simple(vars) if self.quick_entry => {
                let in_order = vars.iter().enumerate().all(|(i, v)| {
                    matches!(v, Some(VarRef { loc: Loc::Local(l), .. }) if *l as usize == i)
                });
                in_order.then_some(vars.len() as u32)
            }
            _ => None,
        };
        self
    }

    /// A function that is neither a generator nor async, binds no implicit
    /// variables other than `this` (see `sloppy_this` for the receivers a
    /// sloppy one accepts) and its own name, and has only identifier
    /// parameters (and rest): a plain call binds it with a copy per parameter.
    pub fn compute_quick_entry(&self) -> bool {
        !self.is_generator
            && !self.is_async
            && self.new_target_var.is_none()
            && self.func_var.is_none()
            && self.home_var.is_none()
            && self.arguments_var.is_none()
            && matches!(self.params, Params::Simple(_))
            && matches!(self.rest, None | Some(Pat::Init(_)))
            && self.body_scope.is_none()
    }
}

/// A compiled class: evaluated each time the class expression runs.
#[derive(Debug)]
pub struct ClassCode {
    pub name: Atom,
    pub scope: ScopeInfo,
    /// The class's inner name binding.
    pub inner: Option<VarRef>,
    /// Private names declared by the class, each a fresh private symbol per evaluation.
    /// Private names declared by the class (binding, name, is a method or
    /// accessor), each a fresh private symbol per evaluation.
    pub private_names: Vec<(VarRef, Atom, bool)>,
    pub extends: Option<Expr>,
    pub constructor: Rc<FunctionCode>,
    pub members: Vec<ClassMember>,
    /// Instance field initialiser (a synthetic method), if the class has instance
    /// fields or private methods.
    pub fields: Option<Rc<FunctionCode>>,
    pub span: Span,
}

#[derive(Debug)]
pub enum ClassMember {
    Method {
        is_static: bool,
        key: PropName,
        func: Rc<FunctionCode>,
    },
    Getter {
        is_static: bool,
        key: PropName,
        func: Rc<FunctionCode>,
    },
    Setter {
        is_static: bool,
        key: PropName,
        func: Rc<FunctionCode>,
    },
    /// A static field or static block, run in order as a static initialiser method.
    StaticInit(Rc<FunctionCode>),
    /// Computed instance field keys are evaluated once, at class definition time.
    FieldKey { slot: VarRef, key: Expr },
}
