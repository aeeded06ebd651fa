//! Copies each language's word lists (`src/lang/<code>/*.txt`) into
//! `OUT_DIR` without their comment and blank lines, which the library then
//! includes: the comments are for the linguists who edit the lists, and
//! would otherwise ship in every wasm download.

use std::fs;
use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let lang = Path::new("src/lang");
    println!("cargo:rerun-if-changed=src/lang");
    for dir in fs::read_dir(lang).expect("src/lang").flatten().filter(|e| e.path().is_dir()) {
        let target = Path::new(&out).join("lang").join(dir.file_name());
        fs::create_dir_all(&target).expect("OUT_DIR is writable");
        println!("cargo:rerun-if-changed={}", dir.path().display());
        for file in fs::read_dir(dir.path()).expect("a language folder").flatten() {
            let path = file.path();
            if path.extension().is_none_or(|x| x != "txt") {
                continue;
            }
            println!("cargo:rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path).expect("word lists are UTF-8");
            let kept: String =
                text.lines().filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#')).flat_map(|l| [l, "\n"]).collect();
            fs::write(target.join(file.file_name()), kept).expect("OUT_DIR is writable");
        }
    }
}
