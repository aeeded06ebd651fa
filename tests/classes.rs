//! Hand-written sentences, one class of error each (issue 11): every rule
//! here is a rule of the language, tested on sentences written for it, not
//! taken from the corpus.

use factbox::{extract, Category, Lang, Options};

/// The graded figures of `text`: (category, value, value_max, unit).
fn graded(lang: Lang, text: &str) -> Vec<(&'static str, Option<f64>, Option<f64>, Option<&'static str>)> {
    let report = extract(text, &Options { lang: Some(lang) });
    let mut out: Vec<_> = report.facts.iter().filter(|f| f.category != Category::Other).map(|f| (f.category.name(), f.value, f.value_max, f.unit)).collect();
    out.sort_by(|a, b| a.partial_cmp(b).unwrap());
    out
}

fn money(v: f64, unit: &'static str) -> (&'static str, Option<f64>, Option<f64>, Option<&'static str>) {
    ("money", Some(v), None, Some(unit))
}

#[test]
fn a_dot_before_a_scale_word_is_a_decimal_point() {
    assert_eq!(graded(Lang::En, "The company reported revenue of $1.762 billion."), [money(1.762e9, "USD")]);
    assert_eq!(graded(Lang::Ar, "بلغت قيمة الصفقة 1.762 مليار دولار."), [money(1.762e9, "USD")]);
    // A comma before three digits still groups: "1,500 million" is 1.5 billion.
    assert_eq!(graded(Lang::En, "The bill came to $1,500 million."), [money(1.5e9, "USD")]);
}

#[test]
fn a_country_mark_on_the_dollar_sign_names_its_currency() {
    let got = graded(Lang::En, "It cost HK$3 billion, C$1 million, A$2 million, NZ$5, S$4, US$40, R$12, NT$5 and E£300.");
    let want = [("HKD", 3e9), ("CAD", 1e6), ("AUD", 2e6), ("NZD", 5.0), ("SGD", 4.0), ("USD", 40.0), ("BRL", 12.0), ("TWD", 5.0), ("EGP", 300.0)];
    for (unit, v) in want {
        assert!(got.contains(&money(v, unit)), "{unit} {v} in {got:?}");
    }
    // The article before a plain sign is not a country's mark.
    assert_eq!(graded(Lang::En, "He received a $5 million bonus."), [money(5e6, "USD")]);
}

#[test]
fn a_currency_word_after_the_number_names_its_currency() {
    assert_eq!(graded(Lang::En, "The fund holds 3 billion Swiss francs."), [money(3e9, "CHF")]);
    assert_eq!(graded(Lang::En, "The state asked for Rs 3,000 crore in relief."), [money(3e10, "INR")]);
}

#[test]
fn sums_joined_by_between_and_or_to_are_one_range() {
    assert_eq!(graded(Lang::En, "The project will cost between $500,000 and $1 million."), [("money", Some(5e5), Some(1e6), Some("USD"))]);
    assert_eq!(graded(Lang::En, "Repairs will cost $800,000 to $1.3 million."), [("money", Some(8e5), Some(1.3e6), Some("USD"))]);
    assert_eq!(graded(Lang::En, "The shares traded at $62-68 last week."), [("money", Some(62.0), Some(68.0), Some("USD"))]);
}

#[test]
fn a_change_from_one_figure_to_another_stays_two_figures() {
    assert_eq!(graded(Lang::En, "Inflation rose from 3% to 5% this year."), [("percent", Some(3.0), None, None), ("percent", Some(5.0), None, None)]);
    assert_eq!(graded(Lang::En, "The price rose from $800,000 to $1.3 million."), [money(8e5, "USD"), money(1.3e6, "USD")]);
}

#[test]
fn south_asian_scales_count() {
    assert_eq!(graded(Lang::En, "Nearly seven lakh people have been evacuated."), [("displaced", Some(7e5), None, None)]);
}
