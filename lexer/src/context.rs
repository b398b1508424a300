//! Regular expression or division: the one decision in JavaScript's lexical
//! grammar that needs to know the syntax around a token (ECMAScript §12, the
//! InputElementDiv and InputElementRegExp goals).
//!
//! The cooker asks [`Context::regex_allowed`] when it meets a `/` or `/=`. The
//! answer comes from the previous token, as in Esprima's `isRegexStart`: a `/`
//! starts a regular expression where an expression may start. Three tokens need
//! more than themselves, so `Context` keeps two small stacks:
//!
//! - after `)`, a regular expression comes only if the matching `(` followed
//!   `if`, `while`, `for` or `with` (`if (x) /re/.test(s)`), not after a call or
//!   a grouping (`f(x) / 2`);
//! - after `}`, it comes only if the brace closed a block, not an object literal
//!   (`{} / 2` in an expression) or a function expression's body
//!   (`function(){} / 2`). What a `{` opens is decided from the token before it
//!   ([`Context::open_brace`]), and whether a `function` is an expression from
//!   the token before *that*;
//! - a keyword right after `.` or `?.` is a property name (`it.return / 2`).
//!
//! Contextual keywords count as names, except `yield` and `await`. The guesses
//! can still go wrong for a class expression or a ternary's `: {}` followed by
//! `/` at statement level, which programs do not write: on all of test262 and on
//! a 100 MB corpus of npm packages the token boundaries agree with acorn's.
//! The brace stack also marks the `{` of each `${`, so that the cooker knows
//! which `}` resumes a template literal.

use crate::{Token, TokenKind};

/// What a `{` opened, so that its `}` can be understood.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Brace {
    /// A block, a declared function's body, a class body or a `switch` body: a
    /// statement may follow the `}`, so a `/` after it starts a regular expression.
    Block,
    /// An object literal (or destructuring pattern): an expression ends at the
    /// `}`, so a `/` after it is division.
    Object,
    /// The body of a function expression: statements inside, like a block, but an
    /// expression ends at the `}` (`function(){} / 2` is a division).
    FunctionExpressionBody,
    /// The `${` of a template substitution: the `}` resumes the template.
    Template,
}

/// What a `(` followed, so that its `)` can be understood.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Paren {
    /// The condition of `if`, `while`, `for` or `with`: a statement follows the
    /// `)`, so a `/` after it starts a regular expression.
    Condition,
    /// The parameters of a function expression: its body follows.
    FunctionExpressionParams,
    /// Anything else (a call, a grouping, a declaration's parameters): an
    /// expression or a body follows, never a regular expression.
    Other,
}

/// The brace and paren stacks, and what the last `}` and `)` closed.
pub(crate) struct Context {
    braces: Vec<Brace>,
    parens: Vec<Paren>,
    /// What the last `)` closed.
    last_paren: Paren,
    /// The last `}` closed a block.
    last_brace_was_block: bool,
}

impl Default for Context {
    fn default() -> Context {
        Context {
            braces: Vec::new(),
            parens: Vec::new(),
            last_paren: Paren::Other,
            last_brace_was_block: true,
        }
    }
}

impl Context {
    /// A `{`: remember what it opens.
    pub fn open_brace(&mut self, out: &[Token], nl_pending: bool) {
        let brace = self.brace_kind(out, nl_pending);
        self.braces.push(brace);
    }

    /// The `${` at the end of a template chunk.
    pub fn open_substitution(&mut self) {
        self.braces.push(Brace::Template);
    }

    /// A `}`. Returns `true` when it closes a `${` substitution: then it is not a
    /// punctuator but the start of the template's next chunk.
    pub fn close_brace(&mut self) -> bool {
        let brace = self.braces.pop();
        if brace == Some(Brace::Template) {
            return true;
        }
        self.last_brace_was_block =
            !matches!(brace, Some(Brace::Object | Brace::FunctionExpressionBody));
        false
    }

    /// A `(`: remember what it opens.
    pub fn open_paren(&mut self, out: &[Token]) {
        let paren = self.paren_kind(out);
        self.parens.push(paren);
    }

    /// A `)`.
    pub fn close_paren(&mut self) {
        self.last_paren = self.parens.pop().unwrap_or(Paren::Other);
    }

    /// What a `(` here opens: a condition after `if`, `while`, `for` (or
    /// `for await`) or `with`; the parameters of a function expression; or
    /// something else.
    fn paren_kind(&self, out: &[Token]) -> Paren {
        use TokenKind::*;
        let kind_at = |i: usize| out.get(i).map(|t| &t.kind);
        let Some(last) = out.len().checked_sub(1) else {
            return Paren::Other;
        };
        match kind_at(last) {
            // `promise.catch(…)` and `x.if(…)` are calls, not statements.
            _ if is_property_name(out, last) => {}
            Some(If | While | For | With) => return Paren::Condition,
            Some(Await) if last > 0 && kind_at(last - 1) == Some(&For) => return Paren::Condition,
            _ => {}
        }
        // `function (`, `function name (`, `function* (`, `function* name (`.
        let mut i = last;
        if i > 0 && kind_at(i).is_some_and(is_name) {
            i -= 1;
        }
        if i > 0 && kind_at(i) == Some(&Star) {
            i -= 1;
        }
        if kind_at(i) == Some(&Function) && self.function_is_expression(out, i) {
            Paren::FunctionExpressionParams
        } else {
            Paren::Other
        }
    }

    /// Whether the `function` keyword at `index` starts an expression rather than
    /// a declaration, judged from the token before it (or before `async`).
    fn function_is_expression(&self, out: &[Token], index: usize) -> bool {
        use TokenKind::*;
        let mut first = index;
        if first > 0 && out.get(first - 1).is_some_and(|t| t.kind == Async) {
            first -= 1;
        }
        let Some(keyword) = out.get(first) else {
            return false;
        };
        let Some(before) = first.checked_sub(1).and_then(|i| out.get(i)) else {
            return false;
        };
        if keyword.nl_before && ends_expression(&before.kind) {
            // Automatic semicolon insertion ends the statement before it.
            return false;
        }
        match before.kind {
            Semicolon | LBrace | RBrace | RParen | Else | Do | Default => false,
            // `{ key: function () {} }` is an expression; `label: function f() {}`
            // and `case 1: function f() {}` are declarations.
            Colon => self.braces.last() == Some(&Brace::Object),
            _ => true,
        }
    }

    /// Whether a `/` here starts a regular expression: the previous token cannot
    /// end an expression.
    pub fn regex_allowed(&self, out: &[Token]) -> bool {
        use TokenKind::*;
        let Some(last) = out.last() else {
            return true;
        };
        if is_property_name(out, out.len() - 1) {
            // `iterator.return / 2`: a keyword after `.` is a property name.
            return false;
        }
        match &last.kind {
            Ident { .. } | PrivateName(_) | Number { .. } | String { .. } | Regex { .. } => false,
            NoSubstTemplate { .. } | TemplateTail { .. } => false,
            This | Super | Null | True | False => false,
            // Contextual keywords are mostly used as names (`of / 2` is rare, but
            // `yield /re/` and `await /re/` are operators followed by operands).
            Let | Static | Async | Of | Get | Set | Target => false,
            RParen => self.last_paren == Paren::Condition,
            RBracket => false,
            RBrace => self.last_brace_was_block,
            PlusPlus | MinusMinus => false,
            _ => true,
        }
    }

    /// Guesses whether a `{` here opens a block or an object literal, from the
    /// token before it. It matters only for a `/` right after the matching `}`.
    fn brace_kind(&self, out: &[Token], nl_pending: bool) -> Brace {
        use TokenKind::*;
        let Some(last) = out.last() else {
            return Brace::Block;
        };
        if last.kind == RParen && self.last_paren == Paren::FunctionExpressionParams {
            return Brace::FunctionExpressionBody;
        }
        // After a newline, a token that ends an expression gets a semicolon
        // inserted, so the `{` starts a statement (`x = 1 \n { … }`); so does
        // `return \n {` (a restricted production).
        if nl_pending && (ends_expression(&last.kind) || matches!(last.kind, Return | Yield)) {
            return Brace::Block;
        }
        match last.kind {
            Semicolon | LBrace | RBrace | RParen | Arrow | ArrowAfterNewline => Brace::Block,
            Else | Do | Try | Finally | Static => Brace::Block,
            // `class A {`, `class A extends B {`, and labels are statements.
            Ident { .. } | Get | Set | Async | Let | Of | Target | Await => Brace::Block,
            // `case 1: {` and `label: {` are blocks; `{ a: { … } }` is an object.
            Colon if self.braces.last() == Some(&Brace::Object) => Brace::Object,
            Colon => Brace::Block,
            _ => Brace::Object,
        }
    }
}

/// Whether the token at `index` follows `.` or `?.`, and so is a property
/// name even if it is spelled like a keyword.
fn is_property_name(out: &[Token], index: usize) -> bool {
    index
        .checked_sub(1)
        .and_then(|i| out.get(i))
        .is_some_and(|t| matches!(t.kind, TokenKind::Dot | TokenKind::QuestionDot))
}

/// Tokens that can end an expression: before a newline, automatic semicolon
/// insertion may end the statement after them.
fn ends_expression(kind: &TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Ident { .. }
            | PrivateName(_)
            | Number { .. }
            | String { .. }
            | Regex { .. }
            | NoSubstTemplate { .. }
            | TemplateTail { .. }
            | This
            | Super
            | Null
            | True
            | False
            | RParen
            | RBracket
            | RBrace
            | PlusPlus
            | MinusMinus
    ) || is_name(kind)
}

/// An identifier or a contextual keyword used as one (a function's name).
fn is_name(kind: &TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Ident { .. } | Let | Static | Async | Await | Yield | Of | Get | Set | Target
    )
}
