//! The context-free layer of the lexer: a [logos] token enum.
//!
//! logos compiles these patterns into one state machine, which is the fast path for
//! the common shapes (names, keywords, punctuators, plain integers, whitespace). It
//! knows nothing about context: the cooker (`cooker.rs`) decides what a `/` or a `}`
//! means and scans strings, templates, regular expressions, block comments and the
//! rare forms of names and numbers by hand. Patterns follow ECMAScript §12 "Lexical
//! Grammar"; the name and number patterns here are ASCII only.
//!
//! logos is built with its `state_machine_codegen` feature (see `Cargo.toml`): its
//! default code generator turns the state machine into functions that call each
//! other, which without tail-call optimisation (any debug build) uses one stack
//! frame per character of a comment or a run of white space, and overflowed the
//! stack on a 300 KB comment of non-ASCII text. The state machine is a plain loop.

use logos::Logos;

use crate::TokenKind;

/// A raw token: a shape, not yet a meaning. The cooker turns each into a
/// [`TokenKind`] or hands the position to a hand-written scanner.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
// Horizontal white space (§12.2): tab, VT, FF, space, NBSP, ZWNBSP and the Unicode
// "Zs" spaces, listed one by one to keep the state machine small.
#[logos(skip r"[ \t\x0B\x0C\u{A0}\u{FEFF}\u{1680}\u{2000}-\u{200A}\u{202F}\u{205F}\u{3000}]+")]
// A single-line comment runs to the next line terminator, which it does not include.
#[logos(skip r"//[^\n\r\u{2028}\u{2029}]*")]
pub enum Raw {
    /// One or more line terminators with any white space between them, so a blank
    /// line and the next line's indentation cost one token.
    #[regex(r"[\n\r\u{2028}\u{2029}][\n\r\u{2028}\u{2029} \t\x0B\x0C\u{A0}\u{FEFF}]*")]
    Newline,
    /// `/*`: the cooker scans to `*/` by hand, noting line terminators.
    #[token("/*")]
    BlockCommentStart,
    /// `<!--`: an HTML-like comment, a single-line comment in scripts (Annex B.1.1).
    #[token("<!--")]
    HtmlOpenComment,
    /// `-->`: a comment only at the start of a line (Annex B.1.1); the cooker checks.
    #[token("-->")]
    HtmlCloseComment,

    /// An ASCII identifier. A following `\` or non-ASCII character sends the cooker
    /// to the slow path in `ident.rs`.
    #[regex(r"[A-Za-z_$][A-Za-z0-9_$]*")]
    Ident,
    /// `#name` with an ASCII name.
    #[regex(r"#[A-Za-z_$][A-Za-z0-9_$]*")]
    PrivateName,
    /// A `#` not followed by an ASCII name (a hashbang, a Unicode private name, or
    /// an error).
    #[token("#")]
    Hash,
    /// A run of decimal digits: the fast path for plain integers.
    #[regex(r"[0-9]+")]
    Digits,
    /// `.5`: a number that starts with its decimal point.
    #[regex(r"\.[0-9]")]
    DotDigit,
    #[token("\"")]
    DoubleQuote,
    #[token("'")]
    SingleQuote,
    #[token("`")]
    Backtick,
    /// A `\` outside any literal: the start of an escaped identifier, or an error.
    #[token("\\")]
    Backslash,

    // ---- reserved words ----
    #[token("break")]
    Break,
    #[token("case")]
    Case,
    #[token("catch")]
    Catch,
    #[token("class")]
    Class,
    #[token("const")]
    Const,
    #[token("continue")]
    Continue,
    #[token("debugger")]
    Debugger,
    #[token("default")]
    Default,
    #[token("delete")]
    Delete,
    #[token("do")]
    Do,
    #[token("else")]
    Else,
    #[token("enum")]
    Enum,
    #[token("export")]
    Export,
    #[token("extends")]
    Extends,
    #[token("false")]
    False,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("function")]
    Function,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("instanceof")]
    Instanceof,
    #[token("new")]
    New,
    #[token("null")]
    Null,
    #[token("return")]
    Return,
    #[token("super")]
    Super,
    #[token("switch")]
    Switch,
    #[token("this")]
    This,
    #[token("throw")]
    Throw,
    #[token("true")]
    True,
    #[token("try")]
    Try,
    #[token("typeof")]
    Typeof,
    #[token("var")]
    Var,
    #[token("void")]
    Void,
    #[token("while")]
    While,
    #[token("with")]
    With,
    // ---- contextual keywords ----
    #[token("let")]
    Let,
    #[token("static")]
    Static,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("yield")]
    Yield,
    #[token("of")]
    Of,
    #[token("get")]
    Get,
    #[token("set")]
    Set,
    #[token("target")]
    Target,

    // ---- punctuators ----
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token(";")]
    Semicolon,
    #[token(",")]
    Comma,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("<=")]
    LtEq,
    #[token(">=")]
    GtEq,
    #[token("==")]
    EqEq,
    #[token("!=")]
    NotEq,
    #[token("===")]
    EqEqEq,
    #[token("!==")]
    NotEqEq,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("%")]
    Percent,
    #[token("**")]
    StarStar,
    #[token("++")]
    PlusPlus,
    #[token("--")]
    MinusMinus,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token(">>>")]
    UShr,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("!")]
    Bang,
    #[token("~")]
    Tilde,
    #[token("&&")]
    AmpAmp,
    #[token("||")]
    PipePipe,
    #[token("??")]
    QuestionQuestion,
    #[token("?")]
    Question,
    #[token("?.")]
    QuestionDot,
    #[token(":")]
    Colon,
    #[token("=")]
    Eq,
    #[token("+=")]
    PlusEq,
    #[token("-=")]
    MinusEq,
    #[token("*=")]
    StarEq,
    #[token("/=")]
    SlashEq,
    #[token("%=")]
    PercentEq,
    #[token("**=")]
    StarStarEq,
    #[token("<<=")]
    ShlEq,
    #[token(">>=")]
    ShrEq,
    #[token(">>>=")]
    UShrEq,
    #[token("&=")]
    AmpEq,
    #[token("|=")]
    PipeEq,
    #[token("^=")]
    CaretEq,
    #[token("&&=")]
    AmpAmpEq,
    #[token("||=")]
    PipePipeEq,
    #[token("??=")]
    QuestionQuestionEq,
    #[token("=>")]
    Arrow,
}

impl Raw {
    /// Keywords and contextual keywords (which a following `\u` or non-ASCII
    /// letter would turn into a longer name).
    pub fn is_word(self) -> bool {
        (Raw::Break as u8..=Raw::Target as u8).contains(&(self as u8))
    }

    /// The token for a raw token that needs no context; `None` for those the
    /// cooker handles itself.
    pub fn fixed_kind(self) -> Option<TokenKind> {
        use TokenKind as T;
        Some(match self {
            Raw::Break => T::Break,
            Raw::Case => T::Case,
            Raw::Catch => T::Catch,
            Raw::Class => T::Class,
            Raw::Const => T::Const,
            Raw::Continue => T::Continue,
            Raw::Debugger => T::Debugger,
            Raw::Default => T::Default,
            Raw::Delete => T::Delete,
            Raw::Do => T::Do,
            Raw::Else => T::Else,
            Raw::Enum => T::Enum,
            Raw::Export => T::Export,
            Raw::Extends => T::Extends,
            Raw::False => T::False,
            Raw::Finally => T::Finally,
            Raw::For => T::For,
            Raw::Function => T::Function,
            Raw::If => T::If,
            Raw::Import => T::Import,
            Raw::In => T::In,
            Raw::Instanceof => T::Instanceof,
            Raw::New => T::New,
            Raw::Null => T::Null,
            Raw::Return => T::Return,
            Raw::Super => T::Super,
            Raw::Switch => T::Switch,
            Raw::This => T::This,
            Raw::Throw => T::Throw,
            Raw::True => T::True,
            Raw::Try => T::Try,
            Raw::Typeof => T::Typeof,
            Raw::Var => T::Var,
            Raw::Void => T::Void,
            Raw::While => T::While,
            Raw::With => T::With,
            Raw::Let => T::Let,
            Raw::Static => T::Static,
            Raw::Async => T::Async,
            Raw::Await => T::Await,
            Raw::Yield => T::Yield,
            Raw::Of => T::Of,
            Raw::Get => T::Get,
            Raw::Set => T::Set,
            Raw::Target => T::Target,
            Raw::RBracket => T::RBracket,
            Raw::LBracket => T::LBracket,
            Raw::Dot => T::Dot,
            Raw::Ellipsis => T::Ellipsis,
            Raw::Semicolon => T::Semicolon,
            Raw::Comma => T::Comma,
            Raw::Lt => T::Lt,
            Raw::Gt => T::Gt,
            Raw::LtEq => T::LtEq,
            Raw::GtEq => T::GtEq,
            Raw::EqEq => T::EqEq,
            Raw::NotEq => T::NotEq,
            Raw::EqEqEq => T::EqEqEq,
            Raw::NotEqEq => T::NotEqEq,
            Raw::Plus => T::Plus,
            Raw::Minus => T::Minus,
            Raw::Star => T::Star,
            Raw::Percent => T::Percent,
            Raw::StarStar => T::StarStar,
            Raw::PlusPlus => T::PlusPlus,
            Raw::MinusMinus => T::MinusMinus,
            Raw::Shl => T::Shl,
            Raw::Shr => T::Shr,
            Raw::UShr => T::UShr,
            Raw::Amp => T::Amp,
            Raw::Pipe => T::Pipe,
            Raw::Caret => T::Caret,
            Raw::Bang => T::Bang,
            Raw::Tilde => T::Tilde,
            Raw::AmpAmp => T::AmpAmp,
            Raw::PipePipe => T::PipePipe,
            Raw::QuestionQuestion => T::QuestionQuestion,
            Raw::Question => T::Question,
            Raw::Colon => T::Colon,
            Raw::Eq => T::Eq,
            Raw::PlusEq => T::PlusEq,
            Raw::MinusEq => T::MinusEq,
            Raw::StarEq => T::StarEq,
            Raw::PercentEq => T::PercentEq,
            Raw::StarStarEq => T::StarStarEq,
            Raw::ShlEq => T::ShlEq,
            Raw::ShrEq => T::ShrEq,
            Raw::UShrEq => T::UShrEq,
            Raw::AmpEq => T::AmpEq,
            Raw::PipeEq => T::PipeEq,
            Raw::CaretEq => T::CaretEq,
            Raw::AmpAmpEq => T::AmpAmpEq,
            Raw::PipePipeEq => T::PipePipeEq,
            Raw::QuestionQuestionEq => T::QuestionQuestionEq,
            Raw::Arrow => T::Arrow,
            _ => return None,
        })
    }
}
