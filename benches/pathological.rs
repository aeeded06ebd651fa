//! `make bench`, second part: time must grow linearly with input. `extract`
//! on 1 KB to 10 MB of article text, and on inputs made of nothing but
//! digits, separators, number words or clitic prefixes — the shapes that
//! would expose a quadratic scan. Prints MB/s for each and its share of
//! the corpus figure, measured here too (as `throughput` does, in fewer
//! rounds), so that both are taken in the same stretch of this VM's speed;
//! every share should stay above one half. Text denser with figures is
//! timed per figure, at two sizes, to show the work stays linear.

mod common;

use common::{corpus, throughput};
use factbox::{extract, Options};
use std::hint::black_box;
use std::time::Instant;

/// `unit` repeated to `bytes`, cut on a char boundary.
fn repeat_to(unit: &str, bytes: usize) -> String {
    let mut s = unit.repeat(bytes / unit.len() + 1);
    let mut cut = bytes.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

/// MB/s of one `extract` call on `text`: the best of at least `rounds`
/// calls, more while under `BUDGET` seconds (up to 100). The corpus figure
/// is the best of 60 rounds, and this VM's speed drifts by a third from
/// second to second: a short sample can fall wholly in a slow stretch.
fn mbs(text: &str, rounds: u32) -> f64 {
    const BUDGET: f64 = 3.0;
    let (mut best, mut spent, mut done) = (f64::INFINITY, 0.0, 0);
    while done < rounds || spent < BUDGET && done < 100 {
        let start = Instant::now();
        black_box(extract(black_box(text), &Options::default()));
        let took = start.elapsed().as_secs_f64();
        best = best.min(took);
        spent += took;
        done += 1;
    }
    text.len() as f64 / best / 1e6
}

fn main() {
    let articles: Vec<String> = corpus("ar").into_iter().chain(corpus("en")).collect();
    let article = articles.join("\n\n");
    let reference = throughput(&articles, 20);
    println!("extract on growing and hostile inputs (single thread, release, best of up to 100 calls in 3 s)");
    println!("  corpus, as `throughput` reads it (best of 20 rounds)  {reference:>7.1} MB/s");
    let report = |name: String, mbs: f64| println!("  {name:<38} {mbs:>7.1} MB/s  {:>5.2} of the corpus", mbs / reference);
    for (name, bytes, rounds) in [("1 KB", 1_000, 200), ("100 KB", 100_000, 20), ("1 MB", 1_000_000, 5), ("10 MB", 10_000_000, 2)] {
        let text = repeat_to(&article, bytes);
        report(format!("article text {name}"), mbs(&text, rounds));
    }
    let hostile = [
        ("digits only", "7".to_owned()),
        ("digits and separators", "1,2.3٬4٫5ر6 7-8/9:0 ".to_owned()),
        ("digits between spaces", "1 2 3 4 5 6 7 8 9 0 ".to_owned()),
        ("English number words", "twenty-five hundred thousand and a half million dozen ".to_owned()),
        ("Arabic number words", "خمسة وعشرون ألفا ومئتان ونصف مليون عشرات الآلاف ".to_owned()),
        ("clitic prefixes", "وبال فلل وكال ولل ".to_owned()),
        ("numbers without sentence ends", "killed 5 soldiers and 3 civilians according to the ministry, ".to_owned()),
    ];
    for (name, unit) in hostile {
        let text = repeat_to(&unit, 1_000_000);
        report(format!("1 MB of {name}"), mbs(&text, 5));
    }
    // Where figures come every few bytes, each one is classified, screened
    // and written to the report as a mention: the work follows the figures,
    // not the bytes. Linear when the time per figure is the same at 1 MB
    // and at 10 MB.
    println!("figure-dense text: time per figure at 1 MB and 10 MB");
    let dense = [
        ("a number every 2.2 bytes", "1 2 3 4 5 6 7 8 9 0 a "),
        ("a number every 4 bytes", "1ر 2ر 3ر 4ر 5ر 6ر 7ر 8ر 9ر 0ر "),
        ("a percentage every 3 bytes", "1% 2% 3% 4% 5% 6% 7% 8% 9% 0% "),
        ("English tolls", "killed 1 2 3 4 5 6 7 8 9 0 "),
        ("Arabic tolls", "قتل 1 و2 و3 و4 و5 و6 و7 و8 و9 "),
    ];
    for (name, unit) in dense {
        for (size, bytes, rounds) in [("1 MB", 1_000_000, 5), ("10 MB", 10_000_000, 3)] {
            let text = repeat_to(unit, bytes);
            let figures: usize = extract(&text, &Options::default()).facts.iter().map(|f| f.mentions.len()).sum();
            let rate = mbs(&text, rounds);
            let ns = text.len() as f64 / rate / 1e6 * 1e9 / figures.max(1) as f64;
            println!("  {:<38} {rate:>7.1} MB/s  {figures:>9} figures  {ns:>5.0} ns a figure", format!("{size} of {name}"));
        }
    }
}
