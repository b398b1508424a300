//! Every `tests/syntax/**/*.js` file is a front-end test: its token listing
//! (`nodelet --dump-tokens`) and its syntax tree (`nodelet --dump-ast`, or the
//! diagnostic when it does not parse) are compared with snapshots in
//! `tests/snapshots/`. Adding a file adds a case.

mod support;

#[test]
fn syntax() {
    // The README matches too and is skipped: it pins insta's common prefix to
    // tests/syntax, so snapshot names stay put when subfolders are added.
    insta::glob!("syntax", "{README.md,**/*.js}", |path| {
        if path.extension().is_none_or(|ext| ext != "js") {
            return;
        }
        let folder = path.parent().unwrap_or(std::path::Path::new("."));
        let tokens = support::run_nodelet(&["--dump-tokens".as_ref(), path.as_os_str()], folder);
        insta::assert_snapshot!("tokens", tokens.snapshot());
        let tree = support::run_nodelet(&["--dump-ast".as_ref(), path.as_os_str()], folder);
        insta::assert_snapshot!("ast", tree.snapshot());
    });
}
