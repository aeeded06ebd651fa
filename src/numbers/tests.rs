//! Number reading, one rule per test: digits, words, duals, vague amounts, ranges.

use super::{find, Quantity};
use crate::lang::LangData;
use crate::model::{Approx, Lang};
use crate::text::Doc;

fn quantities(lang: Lang, text: &str) -> Vec<Quantity> {
    let doc = Doc::new(text, LangData::get(lang));
    find(&doc)
}

fn values(lang: Lang, text: &str) -> Vec<f64> {
    quantities(lang, text).iter().filter_map(|q| q.value).collect()
}

fn one(lang: Lang, text: &str) -> Quantity {
    let qs = quantities(lang, text);
    assert_eq!(qs.len(), 1, "{text}: {qs:?}");
    qs.into_iter().next().unwrap()
}

macro_rules! value_cases {
    ($($name:ident: $lang:ident, $text:expr => $want:expr;)*) => {$(
        #[test]
        fn $name() {
            assert_eq!(values(Lang::$lang, $text), $want as &[f64], "{}", $text);
        }
    )*};
}

value_cases! {
    ar_reads_arabic_indic_digits: Ar, "قتل ٢٦ شخصا" => &[26.0];
    ar_reads_persian_digits: Ar, "قتل ۲۶ شخصا" => &[26.0];
    ar_reads_arabic_thousands_separator: Ar, "١٬٥٠٠ شخص" => &[1500.0];
    ar_reads_arabic_decimal_separator: Ar, "٢٫٥ مليون" => &[2500000.0];
    ar_reads_comma_as_decimal_before_scale: Ar, "2,6 مليون" => &[2600000.0];
    ar_reads_arabic_comma_as_decimal: Ar, "1،7 مليون" => &[1700000.0];
    ar_reads_arabic_comma_as_grouping: Ar, "54،180 شخصا" => &[54180.0];
    ar_reads_dotted_grouping: Ar, "5.798.752 ناخبا" => &[5798752.0];
    ar_reads_tunisian_ra_decimal: Ar, "بنحو 5ر13 دينار" => &[13.5];
    ar_reads_digit_with_thousand_word: Ar, "150 ألفا" => &[150000.0];
    ar_reads_plural_thousands_after_digits: Ar, "10 آلاف قتيل" => &[10000.0];
    ar_reads_million_after_decimal: Ar, "1.5 مليون" => &[1500000.0];
    ar_reads_billion: Ar, "12 مليار دولار" => &[12000000000.0];
    ar_reads_unit_word_masculine: Ar, "ثلاثة مدنيين" => &[3.0];
    ar_reads_unit_word_feminine: Ar, "ثلاث نساء" => &[3.0];
    ar_reads_unit_word_with_conjunction_clitic: Ar, "وأربعة جرحى" => &[4.0];
    ar_reads_unit_word_with_preposition_clitic: Ar, "بمقتل تسعة" => &[9.0];
    ar_reads_teen_compound: Ar, "خمسة عشر شخصا" => &[15.0];
    ar_reads_feminine_teen_compound: Ar, "إحدى عشرة امرأة" => &[11.0];
    ar_reads_units_and_tens: Ar, "خمسة وعشرون" => &[25.0];
    ar_reads_tens_in_genitive: Ar, "ثلاثين جنديا" => &[30.0];
    ar_reads_hundreds_word: Ar, "ثلاثمئة" => &[300.0];
    ar_reads_hundreds_with_alef_spelling: Ar, "ثلاثمائة" => &[300.0];
    ar_reads_separated_hundreds: Ar, "ثلاث مئة" => &[300.0];
    ar_reads_two_hundred_in_construct: Ar, "نحو مئتي قتيل" => &[200.0];
    ar_reads_hundreds_and_tens: Ar, "مئتان وخمسون" => &[250.0];
    ar_reads_thousands_and_digits: Ar, "ستة آلاف و259 مدنيا" => &[6259.0];
    ar_reads_words_with_thousand_scale: Ar, "ثلاثة آلاف جندي" => &[3000.0];
    ar_reads_dual_of_thousand: Ar, "ألفين" => &[2000.0];
    ar_reads_dual_of_million: Ar, "مليونين" => &[2000000.0];
    ar_reads_million_and_a_half: Ar, "مليون ونصف" => &[1500000.0];
    ar_reads_half_million: Ar, "نصف مليون" => &[500000.0];
    ar_reads_bare_thousand_as_one_thousand: Ar, "ألف شخص" => &[1000.0];
    ar_reads_one: Ar, "وواحد من المهاجمين" => &[1.0];
    ar_does_not_read_percent_word_as_hundred: Ar, "4 في المئة" => &[4.0];
    ar_reads_digits_with_attached_half_and_scale: Ar, "2 ونصف مليون" => &[2500000.0];
    ar_reads_digits_thousands_and_digits: Ar, "10 آلاف و500 شخص" => &[10500.0];
    en_reads_comma_grouping: En, "1,500 people" => &[1500.0];
    en_reads_dot_grouping: En, "1.500 people" => &[1500.0];
    en_reads_space_grouping: En, "1 500 people" => &[1500.0];
    en_reads_no_break_space_grouping: En, "1\u{00A0}500 people" => &[1500.0];
    en_reads_decimal: En, "2.5 million" => &[2500000.0];
    en_reads_mixed_marks: En, "1,500.25 dollars" => &[1500.25];
    en_reads_million_word: En, "1.4 million refugees" => &[1400000.0];
    en_reads_attached_bn_after_currency: En, "£1.3bn" => &[1300000000.0];
    en_reads_attached_m_after_currency: En, "$10m" => &[10000000.0];
    en_reads_spaced_mln: En, "800 mln dlrs" => &[800000000.0];
    en_keeps_metres_unscaled: En, "15.5m deep" => &[15.5];
    en_reads_unit_words: En, "seven people" => &[7.0];
    en_reads_teens: En, "fifteen people" => &[15.0];
    en_reads_hyphenated_compound: En, "twenty-five people" => &[25.0];
    en_reads_spaced_compound: En, "twenty five people" => &[25.0];
    en_reads_hundred_and: En, "two hundred and fifty people" => &[250.0];
    en_reads_thousand_compound: En, "three thousand five hundred" => &[3500.0];
    en_reads_a_dozen: En, "a dozen people" => &[12.0];
    en_reads_a_million: En, "a million people" => &[1000000.0];
    en_reads_half_a_million: En, "half a million people" => &[500000.0];
    en_reads_three_quarters_of_a_million: En, "three-quarters of a million people" => &[750000.0];
    en_reads_one_and_a_half_million: En, "one and a half million" => &[1500000.0];
    en_reads_capitals: En, "TEN OFFICERS" => &[10.0];
    en_reads_digit_fraction_of_a_million: En, "0.5 of a million people" => &[500000.0];
    en_reads_digits_and_a_half_million: En, "3 and a half million" => &[3500000.0];
    en_does_not_join_separate_numbers: En, "5 and 12" => &[5.0, 12.0];
    en_ignores_half_without_scale: En, "half of them" => &[];
}

#[test]
fn ar_reads_dual_noun_as_two() {
    let q = one(Lang::Ar, "قتل مدنيان");
    assert_eq!((q.value, q.dual), (Some(2.0), true));
    assert_eq!(one(Lang::Ar, "إثر وفاة شقيقين").value, Some(2.0));
    assert_eq!(one(Lang::Ar, "مقتل جنديين").value, Some(2.0));
    assert_eq!(one(Lang::Ar, "إصابة امرأتين").value, Some(2.0));
}

#[test]
fn ar_does_not_read_sound_plural_as_dual() {
    assert!(quantities(Lang::Ar, "مقتل مدنيين").is_empty());
    assert!(quantities(Lang::Ar, "إصابة آخرين").is_empty());
}

#[test]
fn ar_reads_vague_amounts() {
    let approx = |t: &str| one(Lang::Ar, t).approx;
    assert_eq!(approx("عشرات الأشخاص"), Some(Approx::Dozens));
    assert_eq!(approx("مئات الأشخاص"), Some(Approx::Hundreds));
    assert_eq!(approx("آلاف المدنيين"), Some(Approx::Thousands));
    assert_eq!(approx("عشرات الآلاف"), Some(Approx::TensOfThousands));
    assert_eq!(approx("مئات الآلاف"), Some(Approx::HundredsOfThousands));
    assert_eq!(approx("ملايين"), Some(Approx::Millions));
    assert_eq!(approx("بضعة آلاف"), Some(Approx::Thousands));
    assert_eq!(approx("وعشرات"), Some(Approx::Dozens));
}

#[test]
fn en_reads_vague_amounts() {
    let approx = |t: &str| one(Lang::En, t).approx;
    assert_eq!(approx("dozens of people"), Some(Approx::Dozens));
    assert_eq!(approx("scores of people"), Some(Approx::Dozens));
    assert_eq!(approx("hundreds of people"), Some(Approx::Hundreds));
    assert_eq!(approx("thousands of troops"), Some(Approx::Thousands));
    assert_eq!(approx("tens of thousands"), Some(Approx::TensOfThousands));
    assert_eq!(approx("hundreds of thousands"), Some(Approx::HundredsOfThousands));
    assert_eq!(approx("several hundred"), Some(Approx::Hundreds));
}

#[test]
fn en_marks_vague_money_ungraded() {
    assert!(one(Lang::En, "hundreds of millions of dollars").ungraded);
}

fn range(lang: Lang, text: &str) -> (Option<f64>, Option<f64>) {
    let q = one(lang, text);
    (q.value, q.value_max)
}

#[test]
fn ar_reads_between_range() {
    assert_eq!(range(Lang::Ar, "ما بين 20 و30 جنديا"), (Some(20.0), Some(30.0)));
}

#[test]
fn ar_reads_between_range_with_the_conjunction_attached() {
    assert_eq!(range(Lang::Ar, "بين عشرين وثلاثين شخصا"), (Some(20.0), Some(30.0)));
}

#[test]
fn ar_range_shares_the_scale_of_its_upper_bound() {
    assert_eq!(range(Lang::Ar, "بين 12 و16 ألف شخص"), (Some(12000.0), Some(16000.0)));
}

#[test]
fn ar_reads_from_to_range() {
    assert_eq!(range(Lang::Ar, "من 20 إلى 30 شخصا"), (Some(20.0), Some(30.0)));
}

#[test]
fn en_reads_hyphen_range() {
    assert_eq!(range(Lang::En, "20-30 people"), (Some(20.0), Some(30.0)));
}

#[test]
fn en_reads_between_range() {
    assert_eq!(range(Lang::En, "between 3,000 and 8,000 prisoners"), (Some(3000.0), Some(8000.0)));
}

#[test]
fn en_reads_from_to_range() {
    assert_eq!(range(Lang::En, "ranges from 51 to 79 per cent"), (Some(51.0), Some(79.0)));
}

#[test]
fn en_change_from_to_is_two_figures() {
    assert_eq!(values(Lang::En, "the toll rose from 85 to 150"), [85.0, 150.0]);
}

value_cases! {
    a_line_of_bare_numbers_has_no_figures: En, "1 2 3 4 5\n12:30\n2023" => &[];
    ar_a_line_of_bare_numbers_has_no_figures: Ar, "١ ٢ ٣ ٤\n٢٠٢٣/١١/٢٩" => &[];
    bare_numbers_beside_prose_keep_their_own_sentences: En, "1 2 3\nkilled 5 people. 7 8\n9 killed" => &[5.0, 9.0];
    a_percent_sign_makes_a_bare_number_a_figure: En, "45% 33%" => &[45.0, 33.0];
    a_currency_sign_makes_a_bare_number_a_figure: En, "$5 £7" => &[5.0, 7.0];
    ar_a_percent_sign_makes_a_bare_number_a_figure: Ar, "45%" => &[45.0];
}
