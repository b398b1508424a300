//! The token type that the lexer hands to the parser: the contract between phase 1
//! and phase 2. Every token carries its kind (with the cooked value of literals), a
//! byte span into the source, and whether a line terminator came before it (the
//! fact automatic semicolon insertion turns on).

use std::rc::Rc;

/// A half-open byte range `start..end` into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start: start as u32, end: end as u32 }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

/// A string value with JavaScript semantics: UTF-16 code units, so lone surrogates
/// written as `"\uD800"` survive.
pub type JsStr = Rc<[u16]>;

/// One token, as the parser sees it.
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
    /// A line terminator (or a comment containing one) separates this token from the
    /// previous one.
    pub nl_before: bool,
}

/// What a token is. Keywords and contextual keywords each have their own kind; the
/// grammar decides where a contextual keyword is just an identifier.
#[derive(Clone, Debug, PartialEq)]
pub enum TokenKind {
    // ---- names and literals ----
    /// An identifier, with `\u` escapes already decoded. An escaped keyword
    /// (`\u0069f`) is an `Ident` whose `escaped` flag is set.
    Ident { name: Rc<str>, escaped: bool },
    /// `#name` (the `#` is not part of `name`).
    PrivateName(Rc<str>),
    /// A numeric literal's value. `legacy_octal` marks `017`/`08` style literals
    /// (allowed in sloppy code only).
    Number { value: f64, legacy_octal: bool },
    /// A string literal's cooked value. `legacy_octal` marks `"\07"` escapes.
    String { value: JsStr, legacy_octal: bool },
    /// `` `abc` `` with no substitutions. `cooked` is `None` when an escape is invalid
    /// (allowed only in tagged templates).
    NoSubstTemplate { cooked: Option<JsStr>, raw: Rc<str> },
    /// `` `abc${ ``
    TemplateHead { cooked: Option<JsStr>, raw: Rc<str> },
    /// `` }abc${ ``
    TemplateMiddle { cooked: Option<JsStr>, raw: Rc<str> },
    /// `` }abc` ``
    TemplateTail { cooked: Option<JsStr>, raw: Rc<str> },
    /// `/pattern/flags`
    Regex { pattern: Rc<str>, flags: Rc<str> },

    // ---- reserved words ----
    Break, Case, Catch, Class, Const, Continue, Debugger, Default, Delete, Do, Else,
    Enum, Export, Extends, False, Finally, For, Function, If, Import, In, Instanceof,
    New, Null, Return, Super, Switch, This, Throw, True, Try, Typeof, Var, Void,
    While, With,
    // ---- contextual keywords (identifiers where the grammar allows) ----
    Let, Static, Async, Await, Yield, Of, Get, Set, Target,
    // Strict-mode reserved words, kept as identifiers by the lexer are:
    // implements interface package private protected public (checked by early errors).

    // ---- punctuators ----
    LBrace, RBrace, LParen, RParen, LBracket, RBracket,
    Dot, Ellipsis, Semicolon, Comma,
    Lt, Gt, LtEq, GtEq, EqEq, NotEq, EqEqEq, NotEqEq,
    Plus, Minus, Star, Slash, Percent, StarStar,
    PlusPlus, MinusMinus,
    /// `++` that follows a line terminator: it can only be a prefix operator
    /// (the restricted production `LeftHandSideExpression [no LineTerminator here] ++`).
    PlusPlusPrefix,
    /// `--` that follows a line terminator (see `PlusPlusPrefix`).
    MinusMinusPrefix,
    Shl, Shr, UShr, Amp, Pipe, Caret, Bang, Tilde, AmpAmp, PipePipe, QuestionQuestion,
    Question, QuestionDot, Colon,
    Eq, PlusEq, MinusEq, StarEq, SlashEq, PercentEq, StarStarEq, ShlEq, ShrEq, UShrEq,
    AmpEq, PipeEq, CaretEq, AmpAmpEq, PipePipeEq, QuestionQuestionEq,
    Arrow,
    /// `=>` after a line terminator: no production accepts it, so it is a syntax
    /// error exactly where the spec says `[no LineTerminator here] =>`.
    ArrowAfterNewline,

    /// Something the lexer could not read. The parser turns it into a SyntaxError
    /// with this message at this token's span.
    Error(Rc<str>),
}
