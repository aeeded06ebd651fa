//! `make bench`: throughput of `extract` over the corpus, one thread,
//! release build. Wall time of repeated passes, best of many short rounds:
//! a busy machine (or a noisy virtual one) slows a round rather than
//! inflating it, and among many short rounds some fall in a quiet moment.

use factbox::{extract, Options};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

fn corpus(lang: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(lang);
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

/// MB/s of `extract` over `texts`: the best of 60 rounds of at least 0.1 s each.
fn throughput(texts: &[String]) -> f64 {
    let bytes: usize = texts.iter().map(String::len).sum();
    let options = Options::default();
    let mut best = 0.0f64;
    for _ in 0..60 {
        let start = Instant::now();
        let mut passes = 0u32;
        while start.elapsed() < Duration::from_millis(100) {
            for t in texts {
                black_box(extract(black_box(t), &options));
            }
            passes += 1;
        }
        let mbs = (bytes as f64 * passes as f64) / start.elapsed().as_secs_f64() / 1e6;
        best = best.max(mbs);
    }
    best
}

fn main() {
    // A fixed number of passes and no timing: for instruction counts under
    // `valgrind --tool=callgrind`, which are repeatable where seconds are not.
    if let Some(passes) = std::env::var("FACTBOX_BENCH_PASSES").ok().and_then(|p| p.parse::<u32>().ok()) {
        let all: Vec<String> = corpus("ar").into_iter().chain(corpus("en")).collect();
        for _ in 0..passes {
            for t in &all {
                black_box(extract(black_box(t), &Options::default()));
            }
        }
        println!("{passes} passes over {} bytes", all.iter().map(String::len).sum::<usize>());
        return;
    }
    let ar = corpus("ar");
    let en = corpus("en");
    let all: Vec<String> = ar.iter().chain(&en).cloned().collect();
    println!("extract throughput (single thread, release, best of 60 rounds of 0.1 s)");
    for (name, texts) in [("ar", &ar), ("en", &en), ("all", &all)] {
        let kb = texts.iter().map(String::len).sum::<usize>() as f64 / 1024.0;
        println!("  corpus {name:<4} {:>3} articles {kb:>6.0} KB  {:>7.1} MB/s", texts.len(), throughput(texts));
    }
}
