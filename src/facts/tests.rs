//! Facts from sentences, one rule per test. Each case lists the graded
//! figures expected, written `category value[-max|~approx] [unit] [qualifier]`.

use crate::model::{Category, Fact, Lang, Qualifier};
use crate::{extract, Options};

fn describe(f: &Fact) -> String {
    let mut s = f.category.name().to_owned();
    match (f.value, f.value_max, f.approx) {
        (_, _, Some(a)) => s += &format!(" ~{}", serde_json::to_value(a).unwrap().as_str().unwrap()),
        (Some(v), Some(m), _) => s += &format!(" {v}-{m}"),
        (Some(v), None, _) => s += &format!(" {v}"),
        _ => {}
    }
    if let Some(u) = f.unit {
        s += &format!(" {u}");
    }
    if f.qualifier != Qualifier::Exact {
        s += &format!(" {}", serde_json::to_value(f.qualifier).unwrap().as_str().unwrap());
    }
    s
}

fn graded(lang: Lang, text: &str) -> Vec<String> {
    let report = extract(text, &Options { lang: Some(lang) });
    let mut out: Vec<String> = report.facts.iter().filter(|f| f.category != Category::Other).map(describe).collect();
    out.sort();
    out
}

macro_rules! fact_cases {
    ($($name:ident: $lang:ident, $text:expr => [$($want:expr),*];)*) => {$(
        #[test]
        fn $name() {
            let mut want: Vec<String> = vec![$($want.to_string()),*];
            want.sort();
            assert_eq!(graded(Lang::$lang, $text), want, "{}", $text);
        }
    )*};
}

fact_cases! {
    // Arabic: categories from the masdar, verb or noun of what happened.
    ar_killed_by_masdar_before: Ar, "أعلنت الشرطة مقتل 12 متظاهرا في العاصمة." => ["killed 12"];
    ar_killed_by_masdar_with_clitic: Ar, "وتحدث البيان عن سقوط صاروخ أدى بمقتل 7 أشخاص." => ["killed 7"];
    ar_killed_by_verb_after: Ar, "قال الجيش إن 40 مسلحا قتلوا في الاشتباكات." => ["killed 40"];
    ar_killed_by_plural_noun_counted: Ar, "أسفر الهجوم عن سقوط 5 قتلى." => ["killed 5"];
    ar_killed_by_lost_their_lives: Ar, "وأكد المسؤول أن 9 عمال لقوا حتفهم في الحريق." => ["killed 9"];
    ar_killed_and_injured_are_kept_apart: Ar, "أسفر الانفجار عن سقوط 5 قتلى و10 جرحى." => ["injured 10", "killed 5"];
    ar_killed_and_injured_by_masdars: Ar, "أدى القصف إلى مقتل 8 مدنيين وإصابة 15 آخرين." => ["injured 15", "killed 8"];
    ar_death_toll_reaches_across_the_sentence: Ar, "ارتفع عدد القتلى جراء الزلزال المدمر في المنطقة إلى 904." => ["killed 904"];
    ar_injured_by_verb_before: Ar, "وأصيب 20 شخصا بجروح طفيفة." => ["injured 20"];
    ar_missing_by_noun: Ar, "ولا يزال 14 صيادا في عداد المفقودين." => ["missing 14"];
    ar_detained_by_verb_with_inserted_day: Ar, "اعتقلت الشرطة، الأحد، 35 شخصا في المدينة." => ["detained 35"];
    ar_detained_soldiers_are_not_troops: Ar, "اعتقلت السلطات 60 جنديا بتهمة التمرد." => ["detained 60"];
    ar_displaced_by_noun: Ar, "استقبلت المدينة 3000 نازح خلال الأسبوع." => ["displaced 3000"];
    ar_displaced_by_flight: Ar, "فر أكثر من 2000 شخص من القرية." => ["displaced 2000 more_than"];
    ar_troops_sent: Ar, "قررت الحكومة إرسال 500 جندي إلى الحدود." => ["troops 500"];
    ar_troops_by_force_strength: Ar, "تتكون البعثة من قوة قوامها 1200 عنصر." => ["troops 1200"];
    ar_soldiers_killed_are_killed: Ar, "قتل 12 جنديا في كمين." => ["killed 12"];
    ar_observers_deployed_are_not_troops: Ar, "نشرت المنظمة 100 مراقب في البلاد." => [];
    ar_dual_killed: Ar, "وقتل مدنيان في القصف." => ["killed 2"];
    ar_dual_injured_others: Ar, "قتل ثلاثة مدنيين وأصيب آخران." => ["injured 2", "killed 3"];
    ar_subset_takes_the_category_before: Ar, "مقتل 30 شخصا بينهم 7 أطفال." => ["killed 30", "killed 7"];
    ar_vague_killed: Ar, "أسفرت الغارة عن مقتل العشرات." => ["killed ~dozens"];
    ar_vague_displaced_tens_of_thousands: Ar, "نزح عشرات الآلاف من المدينة." => ["displaced ~tens_of_thousands"];
    ar_range_of_troops: Ar, "سينتشر ما بين 20 و30 ألف عسكري في الجنوب." => ["troops 20000-30000"];
    ar_prison_sentence_is_detained: Ar, "قضت المحكمة بالسجن على 28 متهما." => ["detained 28"];
    ar_arrest_warrants_are_not_graded: Ar, "أصدرت النيابة مذكرات توقيف بحق 300 شخص." => [];
    ar_killed_and_injured_together_are_not_graded: Ar, "سقط 60 قتيلا وجريحا." => [];
    // Arabic: qualifiers.
    ar_qualifier_at_least_after: Ar, "قتل 892 مدنيا على الأقل." => ["killed 892 at_least"];
    ar_qualifier_at_least_before: Ar, "قتل ما لا يقل عن 50 شخصا." => ["killed 50 at_least"];
    ar_qualifier_more_than: Ar, "اعتقل أكثر من 50 ألف شخص." => ["detained 50000 more_than"];
    ar_qualifier_about: Ar, "وأصيب نحو 10 أشخاص." => ["injured 10 about"];
    ar_qualifier_about_with_zaha: Ar, "وهناك زهاء 60 مفقودا." => ["missing 60 about"];
    ar_qualifier_up_to: Ar, "قتل ما يصل إلى 30 جنديا." => ["killed 30 up_to"];
    ar_qualifier_less_than: Ar, "تراجع الدعم إلى أقل من 20 في المئة." => ["percent 20 less_than"];
    // Arabic: money and percentages.
    ar_money_dollars: Ar, "حصلت مصر على قرض بقيمة 12 مليار دولار." => ["money 12000000000 USD"];
    ar_money_pound_in_egypt: Ar, "ارتفع سعر اللتر في مصر إلى 6,75 جنيها." => ["money 6.75 EGP"];
    ar_money_dinar_by_country_named: Ar, "صدرت تونس زيتا بقيمة 500 مليون دينار." => ["money 500000000 TND"];
    ar_money_dinar_by_adjective: Ar, "بلغت الميزانية 40 مليون دينار كويتي." => ["money 40000000 KWD"];
    ar_vague_money_is_not_graded: Ar, "كلفت الحرب مليارات الدولارات." => [];
    ar_percent_fi_al_mia: Ar, "ارتفعت الأسعار 4 في المئة." => ["percent 4"];
    ar_percent_bil_mia: Ar, "تراجع بنسبة 13 بالمائة." => ["percent 13"];
    ar_percent_sign_with_decimal_comma: Ar, "بلغ التضخم 34,2%." => ["percent 34.2"];
    ar_percent_arabic_sign_and_digits: Ar, "بلغت النسبة ٪١٢ أو ١٢٪." => ["percent 12"];
    ar_percent_range: Ar, "ما بين 50 و75 في المئة من الأراضي." => ["percent 50-75"];
    // Arabic: what is not a graded figure.
    ar_year_is_other: Ar, "تأسست المنظمة عام 1992 وقتل خلالها كثيرون." => [];
    ar_age_is_other: Ar, "قتل شاب يبلغ من العمر 20 عاما." => [];
    ar_duration_is_other: Ar, "اعتقل منذ 3 أشهر." => [];
    ar_date_is_other: Ar, "قتل المتظاهرون في 25 يناير." => [];
    ar_count_of_buildings_is_other: Ar, "دمر القصف 40 منزلا." => [];
    ar_unit_number_is_other: Ar, "قتل قائد اللواء 261 في المعارك." => [];
    ar_bare_singular_is_no_figure: Ar, "قتل جندي في الهجوم." => [];
    ar_time_is_other: Ar, "وقع الانفجار في الساعة 10:30 وقتل فيه العشرات." => ["killed ~dozens"];
    // English.
    en_killed_passive: En, "Twenty-six people were killed in the clashes." => ["killed 26"];
    en_killed_active_object: En, "The blast killed at least 12 people." => ["killed 12 at_least"];
    en_killed_participle: En, "Gunmen opened fire, killing 22 civilians." => ["killed 22"];
    en_death_toll_rose_to: En, "The death toll from the storm that hit the coast on Friday rose to 40." => ["killed 40"];
    en_dead_adjective: En, "The attack left more than 20 people dead." => ["killed 20 more_than"];
    en_lives_claimed: En, "The conflict has claimed some 2,400 lives." => ["killed 2400 about"];
    en_bodies_recovered: En, "Rescuers have recovered 20 bodies so far." => ["killed 20"];
    en_injured: En, "At least three people have been injured." => ["injured 3 at_least"];
    en_killed_and_wounded_split: En, "29 soldiers were killed and 58 wounded." => ["injured 58", "killed 29"];
    en_clause_verb_after_number_wins: En, "A guard was killed and 70 were injured." => ["injured 70"];
    en_missing: En, "Two fishermen are still missing." => ["missing 2"];
    en_arrested: En, "Police arrested 45 protesters on Sunday." => ["detained 45"];
    en_taken_prisoner: En, "438 soldiers were taken prisoner." => ["detained 438"];
    en_hostages: En, "The gunmen are holding 12 hostages." => ["detained 12"];
    en_released_prisoners_count: En, "Another 900 prisoners will be released." => ["detained 900"];
    en_refugees: En, "The war caused the exodus of more than 1.4 million refugees." => ["displaced 1400000 more_than"];
    en_evacuated: En, "About 135,000 people were evacuated." => ["displaced 135000 about"];
    en_homeless: En, "More than 15,000 people were left homeless." => ["displaced 15000 more_than"];
    en_troops_sent: En, "The country is sending up to 600 marines." => ["troops 600 up_to"];
    en_troops_withdrawn: En, "The plan would withdraw 70,000 troops from Europe." => ["troops 70000"];
    en_troops_strong_force: En, "They routed a 5,000-strong force." => ["troops 5000"];
    en_vague_troops: En, "The government sent thousands of troops." => ["troops ~thousands"];
    en_soldiers_killed_are_killed: En, "A suicide bomber killed 21 Iraqi troops." => ["killed 21"];
    en_recruits_are_not_troops: En, "More than 22 young men have traveled abroad." => [];
    en_subset_including: En, "The fire killed 46 people, including 12 children." => ["killed 12", "killed 46"];
    en_range_between: En, "The march killed anywhere between 3,000 and 8,000 prisoners." => ["killed 3000-8000"];
    en_rose_from_to_is_two_figures: En, "The death toll rose from a previously reported 85 to almost 150." => ["killed 150 about", "killed 85"];
    en_one_is_a_number: En, "At least one has died." => ["killed 1 at_least"];
    en_no_one_is_not_a_figure: En, "No one was killed." => [];
    en_killed_or_wounded_is_not_graded: En, "The fighting killed or wounded 1,500 people." => [];
    en_qualifier_nearly: En, "Nearly 300 people died." => ["killed 300 about"];
    en_qualifier_over: En, "Over 80 people in eight cities were detained." => ["detained 80 more_than"];
    en_qualifier_as_high_as: En, "Estimates ranged as high as 500 dead." => ["killed 500 up_to"];
    en_qualifier_fewer_than: En, "Fewer than 10 people were hurt." => ["injured 10 less_than"];
    // English: money and percentages.
    en_money_dollar_sign_million: En, "They offered a $5 million ransom." => ["money 5000000 USD"];
    en_money_attached_m: En, "The US offered a $10m bounty." => ["money 10000000 USD"];
    en_money_pounds_grouped: En, "The party spent £2,956,737." => ["money 2956737 GBP"];
    en_money_pence: En, "It works out at 68p per vote." => ["money 0.68 GBP"];
    en_money_decimal_pence: En, "Shares closed at 179.1p." => ["money 1.791 GBP"];
    en_money_dlrs: En, "The budget shortfall is some 5.7 billion dlrs." => ["money 5700000000 USD about"];
    en_money_bare_billion: En, "The quake caused an estimated billion dlrs in damage." => ["money 1000000000 USD about"];
    en_money_euros: En, "The fine was 3 billion euros." => ["money 3000000000 EUR"];
    en_vague_money_is_not_graded: En, "It cost billions of dollars." => [];
    en_percent_sign: En, "Sales rose 1.9%." => ["percent 1.9"];
    en_percent_per_cent: En, "It could hit 14.8 per cent." => ["percent 14.8"];
    en_percent_pct: En, "The Conservatives had 41 pct of the vote." => ["percent 41"];
    en_percent_range: En, "Snowpack ranges from 51 to 79 per cent of normal." => ["percent 51-79"];
    // English: what is not a graded figure.
    en_year_is_other: En, "In 2009 the town was hit by a quake that killed many." => [];
    en_age_in_apposition_is_other: En, "The bodies of John Smith, 24, were found." => [];
    en_hyphenated_age_is_other: En, "A 25-year-old man was injured." => [];
    en_time_is_other: En, "The quake struck at 15:48 and injured many." => [];
    en_magnitude_is_other: En, "The magnitude-4.8 quake killed no one." => [];
    en_distance_is_other: En, "The quake struck 35km north of the city, killing many." => [];
    en_ordinal_is_other: En, "It was the 3rd attack; 5 people died." => ["killed 5"];
    en_model_name_is_other: En, "An F-16 crashed and the pilot was killed." => [];
    en_count_of_things_is_other: En, "Two car bombings killed at least 27 people." => ["killed 27 at_least"];
    en_date_is_other: En, "On 6 April 2009 the quake killed hundreds." => ["killed ~hundreds"];
    en_modal_may_is_no_month: En, "Officials fear 5 may have died in the fire." => ["killed 5"];
    en_month_beside_a_large_number_is_no_date: En, "In March 300 people were killed." => ["killed 300"];
    en_coordinated_counts_share_the_verb: En, "A spokesman said 17 soldiers and four civilians were killed." => ["killed 17", "killed 4"];
}

fn first_fact(lang: Lang, text: &str) -> Fact {
    let report = extract(text, &Options { lang: Some(lang) });
    report.facts.into_iter().find(|f| f.category != Category::Other).expect("a graded fact")
}

#[test]
fn ar_subject_is_the_counted_noun() {
    assert_eq!(first_fact(Lang::Ar, "مقتل ٢٦ محتجاً").subject.as_deref(), Some("محتجاً"));
}

#[test]
fn ar_subject_after_min() {
    assert_eq!(first_fact(Lang::Ar, "قتل 14 من العناصر المتشددة").subject.as_deref(), Some("العناصر"));
}

#[test]
fn ar_source_after_announcing_verb() {
    let f = first_fact(Lang::Ar, "وأعلنت وزارة الداخلية، الجمعة، مقتل 26 محتجاً.");
    assert_eq!(f.source.as_deref(), Some("وزارة الداخلية"));
}

#[test]
fn ar_source_after_according_to() {
    let f = first_fact(Lang::Ar, "قتل 5 أشخاص بحسب وزارة الصحة.");
    assert_eq!(f.source.as_deref(), Some("وزارة الصحة"));
}

#[test]
fn en_subject_keeps_adjectives() {
    assert_eq!(first_fact(Lang::En, "Troops killed 1,269 Libyan soldiers.").subject.as_deref(), Some("Libyan soldiers"));
}

#[test]
fn en_source_according_to() {
    let f = first_fact(Lang::En, "At least 12 people were killed, according to the Interior Ministry.");
    assert_eq!(f.source.as_deref(), Some("the Interior Ministry"));
}

#[test]
fn en_source_before_said() {
    let f = first_fact(Lang::En, "More than 20 people died, officials said.");
    assert_eq!(f.source.as_deref(), Some("officials"));
}

#[test]
fn en_pronoun_is_no_source() {
    assert_eq!(first_fact(Lang::En, "Five people died, he said.").source, None);
}

#[test]
fn repeated_figure_is_one_fact_with_every_mention() {
    let report = extract("مقتل 26 محتجاً. وأكدت الوزارة مقتل ٢٦ محتجاً.", &Options::default());
    let killed: Vec<&Fact> = report.facts.iter().filter(|f| f.category == Category::Killed).collect();
    assert_eq!(killed.len(), 1);
    let texts: Vec<&str> = killed[0].mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["26", "٢٦"]);
}

#[test]
fn first_figure_of_a_category_is_its_headline() {
    let report = extract("Police said 12 people were killed. Later 40 people were killed.", &Options::default());
    let heads: Vec<(f64, bool)> =
        report.facts.iter().filter(|f| f.category == Category::Killed).map(|f| (f.value.unwrap(), f.headline)).collect();
    assert_eq!(heads, [(12.0, true), (40.0, false)]);
}

#[test]
fn mention_sentence_covers_the_figure() {
    let text = "First sentence. Then 26 people were killed here. Last.";
    let f = first_fact(Lang::En, text);
    let m = &f.mentions[0];
    assert_eq!(&text[m.sentence.start..m.sentence.end], "Then 26 people were killed here.");
}

#[test]
fn language_is_detected_by_script() {
    assert_eq!(extract("مقتل 26 محتجاً", &Options::default()).lang, Lang::Ar);
    assert_eq!(extract("26 people were killed", &Options::default()).lang, Lang::En);
}
