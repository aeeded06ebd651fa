//! `make bench`: throughput of `extract` over the corpus, one thread,
//! release build. Wall time of repeated passes, best of many short rounds:
//! a busy machine (or a noisy virtual one) slows a round rather than
//! inflating it, and among many short rounds some fall in a quiet moment.

mod common;

use common::{corpus, throughput};
use factbox::{extract, Options};
use std::hint::black_box;

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
        println!("  corpus {name:<4} {:>3} articles {kb:>6.0} KB  {:>7.1} MB/s", texts.len(), throughput(texts, 60));
    }
}
