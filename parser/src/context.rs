//! What the grammar's actions share while one script is parsed: the source, the
//! token table, and the cover-grammar facts that the tree itself cannot hold.
//!
//! The tree has no node for parentheses and no node for `{a = 1}` (a "cover
//! initialized name", legal only in a destructuring pattern), yet both decide
//! whether an expression can become a pattern. The actions note them here, the
//! conversions in [`crate::cover`] read them, and [`crate::parse_script`] reports
//! what is left over.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashSet};

use nodelet_lexer::Span;

use crate::tokens::TokenTable;

pub struct ParseContext<'src> {
    pub src: &'src str,
    pub tokens: TokenTable,
    /// Spans (parentheses included) of the parenthesized expressions.
    parenthesized: RefCell<HashSet<(u32, u32)>>,
    /// Spans of `a = 1` shorthand properties not yet turned into patterns.
    cover_initializers: RefCell<BTreeSet<(u32, u32)>>,
    /// `with` statements, reported after parsing (the message depends on strictness).
    with_statements: RefCell<Vec<Span>>,
}

impl<'src> ParseContext<'src> {
    pub fn new(src: &'src str, tokens: TokenTable) -> ParseContext<'src> {
        ParseContext {
            src,
            tokens,
            parenthesized: RefCell::default(),
            cover_initializers: RefCell::default(),
            with_statements: RefCell::default(),
        }
    }

    /// The source text of a span ("" if the span is not valid).
    pub fn text(&self, span: Span) -> &'src str {
        self.src
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }

    pub fn mark_parenthesized(&self, span: Span) {
        self.parenthesized
            .borrow_mut()
            .insert((span.start, span.end));
    }

    pub fn is_parenthesized(&self, span: Span) -> bool {
        self.parenthesized
            .borrow()
            .contains(&(span.start, span.end))
    }

    pub fn add_cover_initializer(&self, span: Span) {
        self.cover_initializers
            .borrow_mut()
            .insert((span.start, span.end));
    }

    /// Removes the mark when the property becomes part of a pattern; `true` if
    /// the property was a cover initialized name.
    pub fn take_cover_initializer(&self, span: Span) -> bool {
        self.cover_initializers
            .borrow_mut()
            .remove(&(span.start, span.end))
    }

    /// The first `{a = 1}` that never became a pattern.
    pub fn leftover_cover_initializer(&self) -> Option<Span> {
        let first = self.cover_initializers.borrow().iter().next().copied();
        first.map(|(start, end)| Span { start, end })
    }

    pub fn add_with_statement(&self, span: Span) {
        self.with_statements.borrow_mut().push(span);
    }

    pub fn with_statements(&self) -> Vec<Span> {
        self.with_statements.borrow().clone()
    }
}
