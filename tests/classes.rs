//! Hand-written sentences, one class of error each (issue 11): every rule
//! here is a rule of the language, tested on sentences written for it, not
//! taken from the corpus.

use factbox::{extract, Category, Lang, Options};

/// The graded figures of `text`: (category, value, value_max, unit).
fn graded(lang: Lang, text: &str) -> Vec<(&'static str, Option<f64>, Option<f64>, Option<&'static str>)> {
    let report = extract(text, &Options { lang: Some(lang) });
    let mut out: Vec<_> =
        report.facts.iter().filter(|f| f.category != Category::Other).map(|f| (f.category.name(), f.value, f.value_max, f.unit)).collect();
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
    let want =
        [("HKD", 3e9), ("CAD", 1e6), ("AUD", 2e6), ("NZD", 5.0), ("SGD", 4.0), ("USD", 40.0), ("BRL", 12.0), ("TWD", 5.0), ("EGP", 300.0)];
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
    assert_eq!(
        graded(Lang::En, "Inflation rose from 3% to 5% this year."),
        [("percent", Some(3.0), None, None), ("percent", Some(5.0), None, None)]
    );
    assert_eq!(graded(Lang::En, "The price rose from $800,000 to $1.3 million."), [money(8e5, "USD"), money(1.3e6, "USD")]);
}

#[test]
fn south_asian_scales_count() {
    assert_eq!(graded(Lang::En, "Nearly seven lakh people have been evacuated."), [("displaced", Some(7e5), None, None)]);
}

#[test]
fn a_noun_left_out_in_a_list_carries_over() {
    let troops = |v: f64| ("troops", Some(v), None, None);
    assert_eq!(
        graded(Lang::En, "The US has 15,000 troops in Kuwait, 9,000 in Iraq and 5,000 in the UAE."),
        [troops(5e3), troops(9e3), troops(15e3)]
    );
    assert_eq!(graded(Lang::Ar, "وتنشر الولايات المتحدة 15 ألف جندي في الكويت و9 آلاف في العراق."), [troops(9e3), troops(15e3)]);
    // A verb before the second number makes it a count of its own.
    assert_eq!(
        graded(Lang::Ar, "ويبلغ عدد اللاجئين 35 ألفا، علما أن عددها يتخطى 700 في بلدان كثيرة."),
        [("displaced", Some(35e3), None, None)]
    );
}

#[test]
fn a_currency_left_out_in_a_comparison_carries_over() {
    assert_eq!(
        graded(Lang::Ar, "وبلغت الصفقة 1.6 مليار دولار، أقل من 25 مليار في العام الماضي."),
        [money(1.6e9, "USD"), money(25e9, "USD")]
    );
    assert_eq!(
        graded(Lang::En, "Revenue was $2 billion, compared with 1.5 billion a year earlier."),
        [money(1.5e9, "USD"), money(2e9, "USD")]
    );
}

#[test]
fn detention_has_many_words() {
    for s in [
        "Some 30 people were taken into custody.",
        "Police rounded up 30 people.",
        "The court jailed 30 activists.",
        "Officials said 30 hostages were freed.",
        "Thirty of the men had been held for weeks.",
    ] {
        assert_eq!(graded(Lang::En, s), [("detained", Some(30.0), None, None)], "{s}");
    }
    for s in ["أوقفت قوات الأمن 30 شخصا.", "أفرجت السلطات عن 30 سجيناً.", "زج في السجن بـ 30 ناشطاً.", "احتجزت الشرطة 30 متظاهرا."]
    {
        assert_eq!(graded(Lang::Ar, s), [("detained", Some(30.0), None, None)], "{s}");
    }
}

#[test]
fn asylum_seekers_and_people_sheltering_are_displaced() {
    for s in ["It has taken in about 250,000 asylum seekers since 2015.", "The agency said 3,300 people were taking shelter in schools."] {
        assert_eq!(graded(Lang::En, s).first().map(|f| f.0), Some("displaced"), "{s}");
    }
    assert_eq!(graded(Lang::Ar, "ومليون شردوا من منازلهم."), [("displaced", Some(1e6), None, None)]);
}

#[test]
fn leaving_a_force_is_not_its_strength() {
    assert_eq!(graded(Lang::En, "The army dismissed 300 soldiers from service last year."), []);
}

#[test]
fn the_predicate_outranks_the_counted_noun() {
    assert_eq!(graded(Lang::En, "Twelve detainees died in custody, the ministry said."), [("killed", Some(12.0), None, None)]);
    assert_eq!(graded(Lang::En, "Five refugees drowned off the coast."), [("killed", Some(5.0), None, None)]);
    assert_eq!(graded(Lang::En, "Three soldiers were captured by the rebels."), [("detained", Some(3.0), None, None)]);
    assert_eq!(graded(Lang::Ar, "وقالت إن 12 معتقلا توفوا في السجن."), [("killed", Some(12.0), None, None)]);
    // The noun's own category stays when the predicate says the same or nothing.
    assert_eq!(graded(Lang::En, "Officials said 40 prisoners were freed."), [("detained", Some(40.0), None, None)]);
}

#[test]
fn markup_shown_as_text_neither_hides_a_figure_nor_makes_one() {
    let killed = [("killed", Some(41.0), None, None)];
    assert_eq!(graded(Lang::En, r#"He said 41 protesters (<img src=x onerror="alert(1)">) were killed."#), killed);
    assert_eq!(graded(Lang::Ar, r#"وأكد أن 41 متظاهراً (<img src=x onerror="alert(1)">) قتلوا."#), killed);
    assert_eq!(graded(Lang::En, "At least <b>41</b> people were killed, <span data-n=\"7\">officials</span> said."), killed);
    // A script's or a style's content is code up to its closing tag.
    assert_eq!(graded(Lang::En, "<script>var killed = 25;</script> At least 41 people were killed."), killed);
    assert_eq!(graded(Lang::Ar, "<style>.x{width:25px}</style> وقتل 41 متظاهرا."), killed);
}

/// The source of the first graded figure of `text`.
fn source(lang: Lang, text: &str) -> Option<String> {
    extract(text, &Options { lang: Some(lang) }).facts.into_iter().find(|f| f.category != Category::Other).and_then(|f| f.source)
}

#[test]
fn a_source_is_a_clean_noun_phrase_or_nothing() {
    let s = |t| source(Lang::Ar, t);
    assert_eq!(s("وقتل 26 محتجاً بحسب ما أعلنه مستشفى في المدينة.").as_deref(), Some("مستشفى"));
    assert_eq!(s("وقتل 26 محتجاً بحسب ما أفاد المرصد السوري.").as_deref(), Some("المرصد السوري"));
    assert_eq!(s("وأكد الوزير أنه تم اعتقال 30 شخصا.").as_deref(), Some("الوزير"));
    assert_eq!(s("وأكد أنه تم اعتقال 30 شخصا.").as_deref(), None);
    assert_eq!(s("وقتل 26 شخصا مطلع هذا الأسبوع، بحسب وزارة الصحة.").as_deref(), Some("وزارة الصحة"));
    // A topic, a time, a relative clause or the medium told ends the name.
    assert_eq!(s("وقال الناطق خلال ندوة صحفية إن 18 شخصا اعتقلوا.").as_deref(), Some("الناطق"));
    assert_eq!(s("وصرح الوزير بخصوص الحادث بأن 18 شخصا اعتقلوا.").as_deref(), Some("الوزير"));
    assert_eq!(s("وقال النائب الذي يمثل المدينة إن 50 شخصا قتلوا.").as_deref(), Some("النائب"));
    assert_eq!(s("وقال مدير المرصد لوكالة فرانس برس إن 6 أشخاص اعتقلوا.").as_deref(), Some("مدير المرصد"));
    // A preposition opens no name.
    assert_eq!(s("وأعلن بشأن تصدير الزيت أن 20 شخصا اعتقلوا.").as_deref(), None);
    let s = |t| source(Lang::En, t);
    assert_eq!(s("At least 7 people were killed, according to the Interior Ministry.").as_deref(), Some("the Interior Ministry"));
    assert_eq!(s("Downing Street has confirmed 200 troops are on standby.").as_deref(), Some("Downing Street"));
    assert_eq!(s("The toll rose from a previously reported 85 killed.").as_deref(), None);
    assert_eq!(s("An estimated 1,139 people were killed.").as_deref(), None);
    assert_eq!(s("Eleven people have so far been confirmed dead.").as_deref(), None);
    assert_eq!(s("The rebels, which Chad says killed 1,269 people, retreated.").as_deref(), None);
}

#[test]
fn a_part_named_after_its_number_takes_the_category_before() {
    let got = graded(Lang::En, "At least 220,000 people were killed, nearly 18,000 of them civilians.");
    assert_eq!(got, [("killed", Some(18e3), None, None), ("killed", Some(220e3), None, None)]);
}

#[test]
fn a_list_of_people_is_one_noun_phrase() {
    assert_eq!(graded(Lang::En, "At least 535 men, women and children were killed."), [("killed", Some(535.0), None, None)]);
}

#[test]
fn places_units_and_crimes_are_counted_as_things() {
    assert_eq!(
        graded(Lang::En, "The agency said 3,300 people were taking shelter in 37 evacuation centres."),
        [("displaced", Some(3300.0), None, None)]
    );
    assert_eq!(graded(Lang::Ar, "وتشمل الخطة مشاركة 130 تشكيلا من قوات الأمن."), []);
    assert_eq!(graded(Lang::Ar, "ويقدر حصول 52 ألف جريمة قتل في السنة."), []);
}

#[test]
fn a_dual_agreeing_with_a_number_is_no_count() {
    assert_eq!(graded(Lang::Ar, "ونزح مليونان آخران إلى دول مجاورة."), [("displaced", Some(2e6), None, None)]);
    // A name that looks like a dual is no count of two.
    assert_eq!(graded(Lang::Ar, "وسط تصعيد طالبان هجماتها وإصابة جنديين."), [("injured", Some(2.0), None, None)]);
}

#[test]
fn a_rank_and_a_yen_lookalike_are_no_money() {
    assert_eq!(graded(Lang::Ar, "وتراجع تصنيفها من المركز 80 إلى 88 بين عامي 2017 و2018."), []);
}

#[test]
fn cases_are_counted_by_what_happened_in_them() {
    let got = graded(Lang::Ar, "ووثقت المنظمة ما لا يقل عن 687 حالة اعتقال و3 حالات وفاة جراء التعذيب.");
    assert_eq!(got, [("detained", Some(687.0), None, None), ("killed", Some(3.0), None, None)]);
    assert_eq!(source(Lang::Ar, "ووثقت المنظمة ما لا يقل عن 687 حالة اعتقال.").as_deref(), Some("المنظمة"));
}

#[test]
fn people_joined_to_people_counted_before_share_their_category() {
    let got = graded(Lang::Ar, "وأفرج التنظيم عن 200 رهينة بينهم مائة طفل و67 امرأة.");
    assert_eq!(got, [("detained", Some(67.0), None, None), ("detained", Some(100.0), None, None), ("detained", Some(200.0), None, None)]);
}

#[test]
fn two_numbers_of_the_people_they_count_are_a_range() {
    assert_eq!(
        graded(Lang::En, "At its peak the group had an estimated 15,000 to 20,000 fighters."),
        [("troops", Some(15e3), Some(20e3), None)]
    );
}

#[test]
fn a_part_with_its_own_trigger_keeps_it() {
    let got = graded(Lang::En, "Of those, 157 were evacuated, including 14 injured and one dead.");
    assert_eq!(got, [("displaced", Some(157.0), None, None), ("injured", Some(14.0), None, None), ("killed", Some(1.0), None, None)]);
}

#[test]
fn sentences_and_attempts_are_no_deaths() {
    assert_eq!(graded(Lang::Ar, "وقضت المحكمة بإعدام 17 متهما."), []);
    assert_eq!(graded(Lang::Ar, "وأدين المتهمون بالشروع في قتل 34 آخرين."), []);
    assert_eq!(graded(Lang::En, "The attack killed and wounded at least 25 people."), []);
}

#[test]
fn a_trigger_past_a_clause_word_yields_to_one_in_the_figures_own_clause() {
    let got = graded(Lang::En, "It was not possible to confirm how many are still missing as an estimated 19,000 people were displaced.");
    assert_eq!(got, [("displaced", Some(19e3), None, None)]);
}

#[test]
fn a_percentage_written_fraction_first_reads_as_its_agency_writes_it() {
    assert_eq!(graded(Lang::Ar, "سجلت الحركة نموا بنسبة 37، 13 في المائة إلى غاية يونيو."), [("percent", Some(13.37), None, None)]);
    // A list of percentages is joined by "و": each is its own figure.
    assert_eq!(graded(Lang::Ar, "بلغت النسبتان 13 و20 في المائة."), [("percent", Some(20.0), None, None)]);
}

#[test]
fn a_force_names_the_strength_right_before_it_only() {
    assert_eq!(graded(Lang::En, "A force of about 3,000 was sent."), [("troops", Some(3000.0), None, None)]);
    assert_eq!(graded(Lang::En, "The Air Force moved a dozen jets to an air base in Germany."), []);
}

#[test]
fn an_age_after_of_is_no_count() {
    assert_eq!(graded(Lang::Ar, "وقتل 4 أشخاص بينهم فتاة في الثانية عشرة من العمر."), [("killed", Some(4.0), None, None)]);
}

#[test]
fn one_of_the_people_named_is_an_explicit_one() {
    assert_eq!(graded(Lang::Ar, "وأعلنت الوزارة مقتل أحد أفراد الدورية."), [("killed", Some(1.0), None, None)]);
    // "Nobody was hurt" counts nobody.
    assert_eq!(graded(Lang::Ar, "ولم يصب أحد بأذى في الحادث."), []);
}

#[test]
fn families_are_no_count_of_people() {
    assert_eq!(graded(Lang::En, "The evacuation of dozens of families continued."), []);
    assert_eq!(graded(Lang::Ar, "ونزحت 300 أسرة من القرية."), []);
}

#[test]
fn on_a_tie_the_trigger_of_the_figures_own_clause_wins() {
    let got = graded(Lang::En, "Some 150,000 people are feared to be dead and millions have been left homeless.");
    assert_eq!(got, [("displaced", None, None, None), ("killed", Some(150e3), None, None)]);
}

#[test]
fn a_gapped_clause_carries_the_noun_over() {
    let troops = [("troops", Some(500.0), None, None), ("troops", Some(1500.0), None, None)];
    assert_eq!(graded(Lang::En, "France sent 1,500 troops to Mali, and Germany 500."), troops);
    assert_eq!(graded(Lang::Ar, "وأرسلت فرنسا 1500 جندي إلى مالي، وألمانيا 500."), troops);
}

#[test]
fn captured_is_detained_in_arabic_too() {
    assert_eq!(graded(Lang::Ar, "وتم أسر 12 جنديا خلال المعارك."), [("detained", Some(12.0), None, None)]);
    assert_eq!(graded(Lang::Ar, "ونزحت 5 أسر من القرية."), []);
}

#[test]
fn an_initialism_before_the_noun_is_its_modifier() {
    assert_eq!(graded(Lang::En, "About 100 U.S. soldiers are expected to arrive."), [("troops", Some(100.0), None, None)]);
}

#[test]
fn soldiers_joined_to_a_toll_share_it() {
    let got = graded(Lang::Ar, "مقتل 8 عسكريين و14 إرهابيا بإحباط هجوم في سيناء");
    assert_eq!(got, [("killed", Some(8.0), None, None), ("killed", Some(14.0), None, None)]);
}

#[test]
fn a_quoted_number_still_counts_its_noun() {
    assert_eq!(graded(Lang::Ar, "وقدر التقرير عددهم بـ\"عشرات الآلاف\" من مقاتلي التنظيم."), [("troops", None, None, None)]);
}

#[test]
fn cents_and_liberation_in_arabic() {
    assert_eq!(graded(Lang::Ar, "وبلغ سعر اللتر 17 سنتا أمريكيا."), [money(0.17, "USD")]);
    assert_eq!(graded(Lang::Ar, "وحرر الجيش مئات النساء والأطفال."), [("detained", None, None, None)]);
}

#[test]
fn family_members_are_people_families_are_not() {
    let got = graded(Lang::En, "Police investigated the jailing of 11 people as well as two family friends.");
    assert_eq!(got, [("detained", Some(2.0), None, None), ("detained", Some(11.0), None, None)]);
    assert_eq!(graded(Lang::En, "Dozens of families were evacuated."), []);
}

fn counts(cat: &'static str, values: &[f64]) -> Vec<(&'static str, Option<f64>, Option<f64>, Option<&'static str>)> {
    let mut out: Vec<_> = values.iter().map(|&v| (cat, Some(v), None, None)).collect();
    out.sort_by(|a, b| a.partial_cmp(b).unwrap());
    out
}

#[test]
fn a_breakdown_takes_the_category_of_its_whole() {
    // "هم" (they are) opens a breakdown as "بينهم" does.
    assert_eq!(graded(Lang::Ar, "وأسفر الحادث عن مقتل 9 أشخاص، هم 6 مدنيين و3 جنود."), counts("killed", &[3.0, 6.0, 9.0]));
    // A parenthesis right after the figure and its noun.
    assert_eq!(
        graded(Lang::En, "Police arrested nine suspects (five men and four women) on Friday."),
        counts("detained", &[4.0, 5.0, 9.0])
    );
    assert_eq!(graded(Lang::Ar, "واعتقلت الشرطة تسعة متهمين (خمسة رجال وأربع نساء)."), counts("detained", &[4.0, 5.0, 9.0]));
    // A year between the whole and its part is no whole.
    assert_eq!(graded(Lang::Ar, "واعتقلت القوات 300 شخص خلال أيار 2019، بينهم 20 طفلا."), counts("detained", &[20.0, 300.0]));
    // A parenthesis that is no breakdown: a figure of its own, after other words.
    assert_eq!(
        graded(Lang::En, "Police arrested nine suspects on Friday (the court freed 30 bystanders)."),
        counts("detained", &[9.0, 30.0])
    );
}

#[test]
fn a_time_of_day_after_the_hour_is_no_count() {
    assert_eq!(graded(Lang::Ar, "وخطف المسلحون الجنود بين الساعة 4 و5 فجر الثلاثاء."), []);
    assert_eq!(graded(Lang::Ar, "وخطف المسلحون 5 جنود فجر الثلاثاء."), counts("detained", &[5.0]));
}

#[test]
fn an_attempted_killing_is_no_death() {
    assert_eq!(graded(Lang::Ar, "وقتلوا 8 أشخاص، وشرعوا في قتل 14 من رجال الشرطة."), counts("killed", &[8.0]));
}

#[test]
fn a_passive_predicate_reaches_its_subject_past_an_apposition() {
    assert_eq!(graded(Lang::En, "Two men, both from the same town, were arrested in September."), counts("detained", &[2.0]));
    assert_eq!(graded(Lang::En, "Nine men from the north and another man from the coast have been arrested."), counts("detained", &[9.0]));
    // A parenthesis is part of the subject; its parts share the predicate.
    assert_eq!(graded(Lang::En, "Five suspects (three men and two women) were arrested."), counts("detained", &[2.0, 3.0, 5.0]));
    assert_eq!(graded(Lang::En, "One of the injured died in hospital."), counts("killed", &[1.0]));
    // The first trigger is an active verb: the counted people did it.
    assert_eq!(graded(Lang::En, "Three men from the old village by the river, who had killed a farmer, were later sentenced."), []);
    // A new clause between them ends the subject.
    assert_eq!(graded(Lang::En, "Two men of the old village stayed at home because their neighbours were arrested."), []);
}

#[test]
fn a_negated_trigger_names_what_did_not_happen() {
    assert_eq!(graded(Lang::En, "The plan recruits 25,000 people who can't arrest anyone."), []);
    assert_eq!(graded(Lang::En, "Police said 25,000 people were not arrested."), []);
    assert_eq!(graded(Lang::Ar, "وقالت الشرطة إن 20 شخصا لم يصابوا."), []);
}

#[test]
fn presentation_forms_read_as_the_letters_they_shape() {
    // "1.4 مليون نازح" with م، ل، ي، ن، ا in their joined shapes, as PDFs write them.
    let text = "وأصبحت المدينة موطنا لـ1.4 \u{FEE3}\u{FEDF}\u{FBFE}\u{FEED}\u{FEE6} \u{FEE7}\u{FE8E}\u{FEAF}\u{FEA1}.";
    assert_eq!(graded(Lang::Ar, text), counts("displaced", &[1.4e6]));
}

#[test]
fn a_verb_right_before_a_figure_of_its_own_is_that_figures() {
    // The attackers are not the victims.
    assert_eq!(graded(Lang::En, "More than 60 gunmen attacked the village, killing 18 villagers."), counts("killed", &[18.0]));
    assert_eq!(graded(Lang::Ar, "هاجم أكثر من 60 مسلحا القرية وقتلوا 18 قرويا."), counts("killed", &[18.0]));
    // A count joined to the next one still shares the verb after both.
    assert_eq!(
        graded(Lang::Ar, "وأسفر القصف عن أربعة قتلى و13 جريحا."),
        [("injured", Some(13.0), None, None), ("killed", Some(4.0), None, None)]
    );
}

#[test]
fn a_measure_between_a_verb_and_its_figure_does_not_separate_them() {
    assert_eq!(graded(Lang::Ar, "وقضت المحكمة بالسجن المشدد 15 سنة لـ8 متهمين."), counts("detained", &[8.0]));
    assert_eq!(graded(Lang::En, "The court sentenced 11 men to prison."), counts("detained", &[11.0]));
}

#[test]
fn a_gapped_clause_names_a_place_not_a_verb() {
    let got = graded(Lang::En, "The virus has killed more than 1,100 people and infected 45,000.");
    assert_eq!(got, counts("killed", &[1100.0]));
    let got = graded(Lang::En, "The army has 15,000 troops in Kuwait, and Iraq 9,000.");
    assert_eq!(got, counts("troops", &[9000.0, 15000.0]));
    assert_eq!(graded(Lang::Ar, "وأودى الفيروس بحياة أكثر من 1100 شخص."), counts("killed", &[1100.0]));
}

#[test]
fn soldiers_beside_an_event_out_of_their_reach_are_no_force() {
    // The 3 officers were hurt or not: the sentence does not let their count reach "injured".
    assert_eq!(graded(Lang::En, "Police said 3 officers were among the 12 people injured."), counts("injured", &[12.0]));
    assert_eq!(graded(Lang::Ar, "وعثرت فرق الإغاثة على 4 بحارة، لكن 8 آخرين ما زالوا مفقودين."), counts("missing", &[8.0]));
    // What some of a count were is no force's strength.
    assert_eq!(graded(Lang::En, "Of the rest, 95 were fighters and 511 were soldiers."), []);
    // With no event in the sentence, a count of soldiers is a force's strength.
    assert_eq!(graded(Lang::En, "Some 1,500 soldiers took part in the exercise."), counts("troops", &[1500.0]));
    assert_eq!(graded(Lang::Ar, "يضم التنظيم نحو 3 آلاف مقاتل."), counts("troops", &[3000.0]));
}

#[test]
fn a_part_of_a_later_figure_shares_its_verb() {
    let got = graded(Lang::En, "Officials said 94,000 of the 140,000 confirmed deaths were civilians.");
    assert_eq!(got, counts("killed", &[94000.0, 140000.0]));
    // A part of a count of things is a thing.
    assert_eq!(graded(Lang::En, "Two of the 5 buildings were destroyed, killing 3 people."), counts("killed", &[3.0]));
}

#[test]
fn feminine_and_active_past_forms_trigger_as_their_verb() {
    assert_eq!(graded(Lang::Ar, "وفي عام 2015، خطفت الجماعة 276 تلميذة من بلدة في الشمال."), counts("detained", &[276.0]));
    let got = graded(Lang::Ar, "وقالت الشرطة إن المسلح قتل 5 أشخاص وأصاب 4 آخرين.");
    assert_eq!(got, [("injured", Some(4.0), None, None), ("killed", Some(5.0), None, None)]);
    // A part's state after a preposition is no thing counted: "4 in serious condition".
    assert_eq!(graded(Lang::Ar, "وأصيب 18 شخصا، بينهم 4 في حالة خطيرة، في انفجار قنبلة."), counts("injured", &[4.0, 18.0]));
}

#[test]
fn a_dozen_is_a_scale_and_a_place_after_the_verb_is_no_thing_counted() {
    assert_eq!(graded(Lang::En, "Two dozen protesters arrested in capital"), counts("detained", &[24.0]));
    assert_eq!(graded(Lang::En, "A dozen soldiers were wounded in the ambush."), counts("injured", &[12.0]));
    assert_eq!(graded(Lang::Ar, "مقتل 14 في حادث حافلة على طريق جبلي"), counts("killed", &[14.0]));
    // Without the verb right before, a count in a place of things stays no count of people.
    assert_eq!(graded(Lang::Ar, "علما أن عددها يتخطى 700 في بلدان اللجوء."), []);
}

#[test]
fn arabic_duals_count_their_own_and_go_on() {
    // The dual of a noun of what happened is its own category, beside a figure of another.
    let got = graded(Lang::Ar, "سقط قتيلان وثلاثة جرحى في إطلاق نار.");
    assert_eq!(got, [("injured", Some(3.0), None, None), ("killed", Some(2.0), None, None)]);
    // A dual scale goes on like a scale: "two thousand and five hundred".
    assert_eq!(graded(Lang::Ar, "ونشرت الولايات المتحدة نحو ألفين وخمسمائة جندي في المنطقة."), counts("troops", &[2500.0]));
    assert_eq!(graded(Lang::Ar, "وأصيب ألفا شخص."), counts("injured", &[2000.0]));
    // A list of soldiers with an article is one noun phrase.
    assert_eq!(graded(Lang::En, "Two policemen and a soldier were killed in the ambush."), counts("killed", &[2.0]));
}

#[test]
fn a_verb_before_two_counts_tells_what_happened_to_its_object() {
    // Verb, subject, object: four bombers killed 52 people.
    let got = graded(Lang::Ar, "عندما قتل أربعة انتحاريين بريطانيين 52 شخصا في هجمات منسقة.");
    assert_eq!(got, counts("killed", &[52.0]));
    // A second count after a new clause is no object of the verb.
    assert_eq!(graded(Lang::Ar, "وقد نزح الآلاف منه ولم يبق إلا 500 شخص."), [("displaced", None, None, None)]);
    // Nor a part of the first count.
    assert_eq!(graded(Lang::Ar, "قتل 5 أشخاص 3 منهم أطفال."), counts("killed", &[3.0, 5.0]));
}

#[test]
fn sickness_is_no_wound_and_a_comparison_follows_its_figure() {
    // "sickened more than 80,000" is no comparison with the toll before it.
    assert_eq!(
        graded(Lang::En, "The cholera outbreak has killed 1,400 people and sickened more than 80,000."),
        counts("killed", &[1400.0])
    );
    assert_eq!(graded(Lang::Ar, "وأودت الكوليرا بحياة 1400 شخص وأصابت أكثر من 80 ألفا."), counts("killed", &[1400.0]));
    assert_eq!(graded(Lang::Ar, "وأصيب 500 شخص بفيروس كورونا."), []);
    // Without an illness, hurt is a wound.
    assert_eq!(
        graded(Lang::Ar, "وقتل المسلح 5 أشخاص وأصاب 4 آخرين."),
        [("injured", Some(4.0), None, None), ("killed", Some(5.0), None, None)]
    );
}

#[test]
fn a_year_word_before_a_count_of_the_dead_names_no_year() {
    let got = graded(Lang::Ar, "وبلغ عدد ضحايا حوادث المرور منذ بداية السنة 780 قتيلا و4 آلاف جريح.");
    assert_eq!(got, [("injured", Some(4000.0), None, None), ("killed", Some(780.0), None, None)]);
    // A verb after the number is no noun of people: "Flight 370" stays a name.
    assert_eq!(graded(Lang::En, "Flight 370 disappeared with 239 people on board."), counts("missing", &[239.0]));
    assert_eq!(graded(Lang::Ar, "وأجلت فرق الدفاع المدني 320 شخصا من المباني المتضررة."), counts("displaced", &[320.0]));
}

#[test]
fn soldiers_trained_and_a_group_believed_to_number_are_no_force_or_victims() {
    assert_eq!(graded(Lang::En, "About 18,000 Iraqi police are being trained in Jordan."), []);
    assert_eq!(graded(Lang::En, "The gunmen, believed to number about 30, seized the school."), []);
    assert_eq!(graded(Lang::Ar, "وتواصل الحكومة تدريب 5 آلاف جندي."), []);
}

#[test]
fn cases_take_the_toll_named_before_them() {
    assert_eq!(graded(Lang::Ar, "وأفادت وزارة الصحة بأن عدد الوفيات بلغ 5 حالات."), counts("killed", &[5.0]));
    // Cases of no event stay things.
    assert_eq!(graded(Lang::Ar, "وسجلت الوزارة 5 حالات جديدة."), []);
}

#[test]
fn a_part_with_its_own_verb_takes_that_verb() {
    let got = graded(Lang::En, "The blast injured 16 people, 3 of whom later died.");
    assert_eq!(got, [("injured", Some(16.0), None, None), ("killed", Some(3.0), None, None)]);
    let got = graded(Lang::Ar, "وأصاب الانفجار 16 شخصا توفي 3 منهم لاحقا.");
    assert_eq!(got, [("injured", Some(16.0), None, None), ("killed", Some(3.0), None, None)]);
    // An ordinal compound is no count: "a child of twelve among the five dead".
    assert_eq!(graded(Lang::Ar, "وكان طفل في الثانية عشرة بين القتلى الخمسة."), []);
}

#[test]
fn a_word_spelled_alike_for_two_events_names_neither() {
    // "فقد": "lost" (a death) or "went missing", spelled alike: no figure rather than a wrong one.
    assert_eq!(graded(Lang::Ar, "وتوفي 31 شخصا وفقد 14 آخرون إثر الانهيار الأرضي."), counts("killed", &[31.0]));
    assert_eq!(graded(Lang::En, "More than 4 million Venezuelans have left the country since 2015."), counts("displaced", &[4e6]));
}

#[test]
fn victims_compensated_are_counted_for_the_money() {
    let got = graded(Lang::En, "The ministry said it had paid out $120 million in compensation to 4,500 victims.");
    assert_eq!(got, [money(1.2e8, "USD")]);
    assert_eq!(graded(Lang::Ar, "وقالت الوزارة إنها دفعت 120 مليون دولار تعويضات لـ4500 ضحية."), [money(1.2e8, "USD")]);
}

#[test]
fn a_part_set_off_by_commas_is_part_of_the_subject() {
    let got = graded(Lang::En, "Seventeen people, including three police officers, were injured in the clashes.");
    assert_eq!(got, counts("injured", &[3.0, 17.0]));
    let got = graded(Lang::Ar, "وبعد خمس سنوات من الزلزال، لا يزال 20 ألف شخص يعيشون في ملاجئ مؤقتة.");
    assert_eq!(got, counts("displaced", &[20000.0]));
    // "بين" is no yen: the currency word stays whole.
    assert_eq!(graded(Lang::Ar, "وتراجع تصنيفها من المركز 80 إلى 88 بين عامي 2017 و2018."), []);
}
