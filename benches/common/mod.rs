//! What both benchmarks read and how they time it.

use factbox::{extract, Options};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

/// The corpus articles of `lang`, in file order.
pub fn corpus(lang: &str) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus").join(lang);
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

/// MB/s of `extract` over `texts`, each read as one article: the best of
/// `rounds` rounds of at least 0.1 s each.
pub fn throughput(texts: &[String], rounds: u32) -> f64 {
    let bytes: usize = texts.iter().map(String::len).sum();
    let options = Options::default();
    let mut best = 0.0f64;
    for _ in 0..rounds {
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
