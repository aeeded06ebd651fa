//! The `factbox` command as users run it: JSON, text, several files, stdin,
//! and clear errors with documented exit codes for bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn factbox(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factbox"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or_default()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

const SEED: &str = "tests/corpus/ar/000.txt";

#[test]
fn extract_prints_the_report_as_json_with_spec_field_names() {
    let out = factbox(&["extract", SEED], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let v = json(&out);
    assert_eq!(v["lang"], "ar");
    let killed = &v["facts"][0];
    for field in ["category", "value", "value_max", "approx", "unit", "qualifier", "subject", "source", "mentions"] {
        assert!(killed.get(field).is_some(), "missing field {field}");
    }
    assert_eq!(killed["category"], "killed");
    assert_eq!(killed["value"], 26.0);
    assert_eq!(killed["mentions"][0]["text"], "26");
}

#[test]
fn mention_offsets_are_utf8_byte_offsets_into_the_file() {
    let text = std::fs::read(format!("{}/{SEED}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let v = json(&factbox(&["extract", SEED], None));
    let m = &v["facts"][0]["mentions"][0];
    let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
    assert_eq!(&text[s..e], b"26");
}

#[test]
fn stdin_is_read_with_a_dash() {
    let out = factbox(&["extract", "-"], Some("At least 12 people were killed.".as_bytes()));
    let v = json(&out);
    assert_eq!(v["lang"], "en");
    assert_eq!(v["facts"][0]["qualifier"], "at_least");
}

#[test]
fn lang_option_overrides_detection() {
    let v = json(&factbox(&["extract", "--lang", "en", "-"], Some("مقتل 26 محتجاً".as_bytes())));
    assert_eq!(v["lang"], "en");
}

#[test]
fn several_files_give_a_json_array_in_order() {
    let v = json(&factbox(&["extract", SEED, "tests/corpus/en/001.txt"], None));
    let items = v.as_array().expect("an array");
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["file"], SEED);
    assert_eq!(items[1]["lang"], "en");
}

#[test]
fn jsonl_gives_one_object_per_line() {
    let out = factbox(&["extract", "--format", "jsonl", SEED, "tests/corpus/en/001.txt"], None);
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 2);
    for line in lines {
        assert!(serde_json::from_str::<serde_json::Value>(line).unwrap()["facts"].is_array());
    }
}

#[test]
fn text_format_is_a_readable_table() {
    let out = factbox(&["extract", "--format", "text", SEED], None);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("category"));
    assert!(text.lines().any(|l| l.starts_with("killed") && l.contains("26") && l.contains("محتجاً")));
}

#[test]
fn help_explains_usage_and_exit_codes() {
    let out = factbox(&["--help"], None);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("factbox extract") && text.contains("EXIT STATUS"));
}

#[test]
fn missing_file_is_exit_2_with_its_name() {
    let out = factbox(&["extract", "no/such/file.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no/such/file.txt"));
}

#[test]
fn directory_is_exit_2() {
    let out = factbox(&["extract", "tests"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is a directory"));
}

#[test]
fn invalid_utf8_is_exit_2_and_names_the_offset() {
    let out = factbox(&["extract", "-"], Some(b"killed 5 \xff\xfe people"));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not UTF-8") && stderr(&out).contains("offset 9"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"));
}

#[test]
fn one_bad_file_does_not_lose_the_others() {
    let out = factbox(&["extract", "missing.txt", SEED], None);
    assert_eq!(out.status.code(), Some(2));
    let v = json(&out);
    assert_eq!(v.as_array().unwrap().len(), 1);
}

#[test]
fn empty_input_is_an_empty_report() {
    let out = factbox(&["extract", "-"], Some(b""));
    assert!(out.status.success());
    assert_eq!(json(&out)["facts"], serde_json::json!([]));
}

#[test]
fn usage_errors_are_exit_1() {
    for args in [
        &["extract"][..],
        &["frobnicate", "x"],
        &["extract", "--lang", "fr", "x"],
        &["extract", "--format", "xml", "x"],
        &["extract", "--bogus", "x"],
        &[],
    ] {
        let out = factbox(args, None);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(stderr(&out).starts_with("factbox: "), "{args:?}");
    }
}

#[test]
fn binary_file_is_exit_2() {
    let out = factbox(&["extract", "-"], Some(b"\x7fELF\x02\x01\x01\x00\x00\x00 12 killed"));
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("binary"), "{}", stderr(&out));
}

#[test]
fn file_over_the_limit_is_exit_2_without_reading_it() {
    let path = std::env::temp_dir().join(format!("factbox-huge-{}.txt", std::process::id()));
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(100 << 20).unwrap(); // sparse: 100 MB on paper, nothing on disk
    let out = factbox(&["extract", path.to_str().unwrap()], None);
    std::fs::remove_file(&path).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("too large") && stderr(&out).contains("64 MiB"), "{}", stderr(&out));
}

/// Every corpus file, in a fixed order, and a missing one among them.
fn corpus_files() -> Vec<String> {
    let mut files = Vec::new();
    for lang in ["ar", "en"] {
        let dir = format!("{}/tests/corpus/{lang}", env!("CARGO_MANIFEST_DIR"));
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.ends_with(".txt"))
            .collect();
        names.sort();
        files.extend(names.into_iter().map(|n| format!("tests/corpus/{lang}/{n}")));
    }
    files.insert(files.len() / 2, "no/such/file.txt".into());
    files
}

#[test]
fn many_files_at_once_give_the_output_of_one_at_a_time() {
    let files = corpus_files();
    for format in ["jsonl", "text", "json"] {
        let mut expected = Vec::new();
        let mut expected_err = String::new();
        let mut objects = Vec::new();
        for f in &files {
            let out = factbox(&["extract", "--format", format, f], None);
            assert_eq!(out.status.code(), Some(if f.starts_with("no/") { 2 } else { 0 }), "{f}");
            expected_err.push_str(&stderr(&out));
            if format == "json" {
                if out.status.success() {
                    objects.push(
                        serde_json::json!({"file": f})
                            .as_object()
                            .unwrap()
                            .clone()
                            .into_iter()
                            .chain(json(&out).as_object().unwrap().clone())
                            .collect(),
                    );
                }
            } else {
                expected.extend_from_slice(&out.stdout);
            }
        }
        // One file's JSON has no "file" field: compare values (byte for byte, jsonl and text).
        let objects = serde_json::Value::Array(objects.into_iter().map(serde_json::Value::Object).collect());
        for jobs in [None, Some("1"), Some("3"), Some("64")] {
            let mut args = vec!["extract", "--format", format];
            if let Some(j) = jobs {
                args.extend(["--jobs", j]);
            }
            args.extend(files.iter().map(String::as_str));
            let out = factbox(&args, None);
            assert_eq!(out.status.code(), Some(2), "{format} {jobs:?}");
            assert_eq!(stderr(&out), expected_err, "{format} {jobs:?}");
            if format == "json" {
                assert!(out.stdout.ends_with(b"]\n"));
                assert!(json(&out) == objects, "json --jobs {jobs:?}: not the reports of one file at a time");
            } else {
                assert!(out.stdout == expected, "{format} --jobs {jobs:?}: not the output of one file at a time");
            }
        }
    }
}

#[test]
fn jobs_must_be_a_positive_number() {
    for bad in ["0", "-1", "two", ""] {
        let out = factbox(&["extract", "--jobs", bad, SEED], None);
        assert_eq!(out.status.code(), Some(1), "{bad}");
        assert!(stderr(&out).starts_with("factbox: --jobs"), "{bad}");
    }
    let out = factbox(&["extract", "--jobs"], None);
    assert_eq!(out.status.code(), Some(1));
}
