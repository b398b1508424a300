//! Snapshot tests for the lexer: every `tokens/*.js` file is lexed and its
//! `dump_tokens` output compared with `snapshots/tokens__tokens@NAME.js.snap`.
//! Adding a case is adding a file; the snapshot header repeats the source.

use std::fs;

#[test]
fn tokens() {
    insta::glob!("tokens/*.js", |path| {
        let src = fs::read_to_string(path).expect("test input is UTF-8");
        insta::with_settings!({ description => src.as_str(), omit_expression => true }, {
            insta::assert_snapshot!(nodelet_lexer::dump_tokens(&src));
        });
    });
}
