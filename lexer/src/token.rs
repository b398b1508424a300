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
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
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
// The variants are grouped by kind, several to a line, to read as a table.
#[rustfmt::skip]
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

impl TokenKind {
    /// The variant's name, as `--dump-tokens` prints it (`Ident`, `LParen`…).
    pub fn name(&self) -> &'static str {
        match self {
            TokenKind::Ident { .. } => "Ident",
            TokenKind::PrivateName(_) => "PrivateName",
            TokenKind::Number { .. } => "Number",
            TokenKind::String { .. } => "String",
            TokenKind::NoSubstTemplate { .. } => "NoSubstTemplate",
            TokenKind::TemplateHead { .. } => "TemplateHead",
            TokenKind::TemplateMiddle { .. } => "TemplateMiddle",
            TokenKind::TemplateTail { .. } => "TemplateTail",
            TokenKind::Regex { .. } => "Regex",
            TokenKind::Break => "Break",
            TokenKind::Case => "Case",
            TokenKind::Catch => "Catch",
            TokenKind::Class => "Class",
            TokenKind::Const => "Const",
            TokenKind::Continue => "Continue",
            TokenKind::Debugger => "Debugger",
            TokenKind::Default => "Default",
            TokenKind::Delete => "Delete",
            TokenKind::Do => "Do",
            TokenKind::Else => "Else",
            TokenKind::Enum => "Enum",
            TokenKind::Export => "Export",
            TokenKind::Extends => "Extends",
            TokenKind::False => "False",
            TokenKind::Finally => "Finally",
            TokenKind::For => "For",
            TokenKind::Function => "Function",
            TokenKind::If => "If",
            TokenKind::Import => "Import",
            TokenKind::In => "In",
            TokenKind::Instanceof => "Instanceof",
            TokenKind::New => "New",
            TokenKind::Null => "Null",
            TokenKind::Return => "Return",
            TokenKind::Super => "Super",
            TokenKind::Switch => "Switch",
            TokenKind::This => "This",
            TokenKind::Throw => "Throw",
            TokenKind::True => "True",
            TokenKind::Try => "Try",
            TokenKind::Typeof => "Typeof",
            TokenKind::Var => "Var",
            TokenKind::Void => "Void",
            TokenKind::While => "While",
            TokenKind::With => "With",
            TokenKind::Let => "Let",
            TokenKind::Static => "Static",
            TokenKind::Async => "Async",
            TokenKind::Await => "Await",
            TokenKind::Yield => "Yield",
            TokenKind::Of => "Of",
            TokenKind::Get => "Get",
            TokenKind::Set => "Set",
            TokenKind::Target => "Target",
            TokenKind::LBrace => "LBrace",
            TokenKind::RBrace => "RBrace",
            TokenKind::LParen => "LParen",
            TokenKind::RParen => "RParen",
            TokenKind::LBracket => "LBracket",
            TokenKind::RBracket => "RBracket",
            TokenKind::Dot => "Dot",
            TokenKind::Ellipsis => "Ellipsis",
            TokenKind::Semicolon => "Semicolon",
            TokenKind::Comma => "Comma",
            TokenKind::Lt => "Lt",
            TokenKind::Gt => "Gt",
            TokenKind::LtEq => "LtEq",
            TokenKind::GtEq => "GtEq",
            TokenKind::EqEq => "EqEq",
            TokenKind::NotEq => "NotEq",
            TokenKind::EqEqEq => "EqEqEq",
            TokenKind::NotEqEq => "NotEqEq",
            TokenKind::Plus => "Plus",
            TokenKind::Minus => "Minus",
            TokenKind::Star => "Star",
            TokenKind::Slash => "Slash",
            TokenKind::Percent => "Percent",
            TokenKind::StarStar => "StarStar",
            TokenKind::PlusPlus => "PlusPlus",
            TokenKind::MinusMinus => "MinusMinus",
            TokenKind::PlusPlusPrefix => "PlusPlusPrefix",
            TokenKind::MinusMinusPrefix => "MinusMinusPrefix",
            TokenKind::Shl => "Shl",
            TokenKind::Shr => "Shr",
            TokenKind::UShr => "UShr",
            TokenKind::Amp => "Amp",
            TokenKind::Pipe => "Pipe",
            TokenKind::Caret => "Caret",
            TokenKind::Bang => "Bang",
            TokenKind::Tilde => "Tilde",
            TokenKind::AmpAmp => "AmpAmp",
            TokenKind::PipePipe => "PipePipe",
            TokenKind::QuestionQuestion => "QuestionQuestion",
            TokenKind::Question => "Question",
            TokenKind::QuestionDot => "QuestionDot",
            TokenKind::Colon => "Colon",
            TokenKind::Eq => "Eq",
            TokenKind::PlusEq => "PlusEq",
            TokenKind::MinusEq => "MinusEq",
            TokenKind::StarEq => "StarEq",
            TokenKind::SlashEq => "SlashEq",
            TokenKind::PercentEq => "PercentEq",
            TokenKind::StarStarEq => "StarStarEq",
            TokenKind::ShlEq => "ShlEq",
            TokenKind::ShrEq => "ShrEq",
            TokenKind::UShrEq => "UShrEq",
            TokenKind::AmpEq => "AmpEq",
            TokenKind::PipeEq => "PipeEq",
            TokenKind::CaretEq => "CaretEq",
            TokenKind::AmpAmpEq => "AmpAmpEq",
            TokenKind::PipePipeEq => "PipePipeEq",
            TokenKind::QuestionQuestionEq => "QuestionQuestionEq",
            TokenKind::Arrow => "Arrow",
            TokenKind::ArrowAfterNewline => "ArrowAfterNewline",
            TokenKind::Error(_) => "Error",
        }
    }

    /// The source spelling of a keyword or punctuator (`"if"`, `"=>"`), for
    /// messages such as "Unexpected token '=>'"; `None` for names, literals and
    /// errors, whose text is in the source.
    pub fn fixed_text(&self) -> Option<&'static str> {
        Some(match self {
            TokenKind::Break => "break",
            TokenKind::Case => "case",
            TokenKind::Catch => "catch",
            TokenKind::Class => "class",
            TokenKind::Const => "const",
            TokenKind::Continue => "continue",
            TokenKind::Debugger => "debugger",
            TokenKind::Default => "default",
            TokenKind::Delete => "delete",
            TokenKind::Do => "do",
            TokenKind::Else => "else",
            TokenKind::Enum => "enum",
            TokenKind::Export => "export",
            TokenKind::Extends => "extends",
            TokenKind::False => "false",
            TokenKind::Finally => "finally",
            TokenKind::For => "for",
            TokenKind::Function => "function",
            TokenKind::If => "if",
            TokenKind::Import => "import",
            TokenKind::In => "in",
            TokenKind::Instanceof => "instanceof",
            TokenKind::New => "new",
            TokenKind::Null => "null",
            TokenKind::Return => "return",
            TokenKind::Super => "super",
            TokenKind::Switch => "switch",
            TokenKind::This => "this",
            TokenKind::Throw => "throw",
            TokenKind::True => "true",
            TokenKind::Try => "try",
            TokenKind::Typeof => "typeof",
            TokenKind::Var => "var",
            TokenKind::Void => "void",
            TokenKind::While => "while",
            TokenKind::With => "with",
            TokenKind::Let => "let",
            TokenKind::Static => "static",
            TokenKind::Async => "async",
            TokenKind::Await => "await",
            TokenKind::Yield => "yield",
            TokenKind::Of => "of",
            TokenKind::Get => "get",
            TokenKind::Set => "set",
            TokenKind::Target => "target",
            TokenKind::LBrace => "{",
            TokenKind::RBrace => "}",
            TokenKind::LParen => "(",
            TokenKind::RParen => ")",
            TokenKind::LBracket => "[",
            TokenKind::RBracket => "]",
            TokenKind::Dot => ".",
            TokenKind::Ellipsis => "...",
            TokenKind::Semicolon => ";",
            TokenKind::Comma => ",",
            TokenKind::Lt => "<",
            TokenKind::Gt => ">",
            TokenKind::LtEq => "<=",
            TokenKind::GtEq => ">=",
            TokenKind::EqEq => "==",
            TokenKind::NotEq => "!=",
            TokenKind::EqEqEq => "===",
            TokenKind::NotEqEq => "!==",
            TokenKind::Plus => "+",
            TokenKind::Minus => "-",
            TokenKind::Star => "*",
            TokenKind::Slash => "/",
            TokenKind::Percent => "%",
            TokenKind::StarStar => "**",
            TokenKind::PlusPlus => "++",
            TokenKind::MinusMinus => "--",
            TokenKind::PlusPlusPrefix => "++",
            TokenKind::MinusMinusPrefix => "--",
            TokenKind::Shl => "<<",
            TokenKind::Shr => ">>",
            TokenKind::UShr => ">>>",
            TokenKind::Amp => "&",
            TokenKind::Pipe => "|",
            TokenKind::Caret => "^",
            TokenKind::Bang => "!",
            TokenKind::Tilde => "~",
            TokenKind::AmpAmp => "&&",
            TokenKind::PipePipe => "||",
            TokenKind::QuestionQuestion => "??",
            TokenKind::Question => "?",
            TokenKind::QuestionDot => "?.",
            TokenKind::Colon => ":",
            TokenKind::Eq => "=",
            TokenKind::PlusEq => "+=",
            TokenKind::MinusEq => "-=",
            TokenKind::StarEq => "*=",
            TokenKind::SlashEq => "/=",
            TokenKind::PercentEq => "%=",
            TokenKind::StarStarEq => "**=",
            TokenKind::ShlEq => "<<=",
            TokenKind::ShrEq => ">>=",
            TokenKind::UShrEq => ">>>=",
            TokenKind::AmpEq => "&=",
            TokenKind::PipeEq => "|=",
            TokenKind::CaretEq => "^=",
            TokenKind::AmpAmpEq => "&&=",
            TokenKind::PipePipeEq => "||=",
            TokenKind::QuestionQuestionEq => "??=",
            TokenKind::Arrow => "=>",
            TokenKind::ArrowAfterNewline => "=>",
            _ => return None,
        })
    }
}
