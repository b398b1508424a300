//! The `nodelet` command line: parse options, hand the script to the runtime.
fn main() {
    println!("nodelet");
}
