//! What every example shares on the command line: `--help`, unknown arguments refused, and
//! output that ends quietly on a closed pipe (`… | head`).

#![allow(dead_code, unused_macros)]

/// `println!` that ends the program quietly when stdout is closed (a broken pipe) instead of
/// panicking.
macro_rules! outln {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        if writeln!(std::io::stdout(), $($t)*).is_err() {
            std::process::exit(0);
        }
    }};
}

/// Parses the examples' flags: `--help`/`-h` prints `usage` and exits 0; an argument not in
/// `flags` is a usage error (exit 2). Returns the flags given.
pub fn flags(usage: &str, flags: &[&str]) -> Vec<String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        outln!("{usage}");
        std::process::exit(0);
    }
    if let Some(bad) = args.iter().find(|a| !flags.contains(&a.as_str())) {
        eprintln!("error: unknown argument '{bad}'\n{usage}");
        std::process::exit(2);
    }
    args
}
