//! Generates the LR(1) parser tables from `src/grammar.lalrpop` at build time.
fn main() {
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .emit_rerun_directives(true)
        .process()
        .map_err(|e| e.to_string())
        .unwrap_or_else(|e| panic!("lalrpop failed: {e}"));
}
