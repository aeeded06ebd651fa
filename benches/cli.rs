//! `make bench`: `factbox extract` over an archive, on one core and on all.
//! The corpus files, each named `PASSES` times, go to one run of the CLI
//! (release build, `--format jsonl` to /dev/null): wall time of the whole
//! process, reading and writing included, best of `ROUNDS` runs, with
//! `--jobs 1` and with the default (one thread per core).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

const PASSES: usize = 20;
const ROUNDS: usize = 10;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for lang in ["ar", "en"] {
        let mut names: Vec<_> = std::fs::read_dir(root.join("tests/corpus").join(lang))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        names.sort();
        files.extend(names);
    }
    let bytes: u64 = files.iter().map(|f| std::fs::metadata(f).unwrap().len()).sum::<u64>() * PASSES as u64;
    let args: Vec<_> = (0..PASSES).flat_map(|_| files.iter()).collect();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "factbox extract over the corpus named {PASSES} times ({} files, {:.1} MB; best of {ROUNDS} runs)",
        args.len(),
        bytes as f64 / 1e6
    );
    for (label, jobs) in [("--jobs 1".to_string(), Some("1")), (format!("default ({cores} cores)"), None)] {
        let mut best = f64::INFINITY;
        for _ in 0..ROUNDS {
            let mut cmd = Command::new(env!("CARGO_BIN_EXE_factbox"));
            cmd.args(["extract", "--format", "jsonl"]);
            if let Some(j) = jobs {
                cmd.args(["--jobs", j]);
            }
            let start = Instant::now();
            let status = cmd.args(&args).stdout(Stdio::null()).status().unwrap();
            let secs = start.elapsed().as_secs_f64();
            assert!(status.success());
            best = best.min(secs);
        }
        println!("  {label:<22} {:>7.1} MB/s", bytes as f64 / best / 1e6);
    }
}
