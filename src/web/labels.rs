//! What the box says, in the article's language: UI strings, and figures
//! written for a reader ("at least 26", "$10 million", "٢٦").
//!
//! Written without `format!` and float printing on purpose: `core::fmt`
//! would add kilobytes to the wasm for what a few pushes do.

use crate::model::{Approx, Category, Fact, Lang, Qualifier};

/// Which digits figures are written with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Digits {
    /// 0123456789
    Latn,
    /// ٠١٢٣٤٥٦٧٨٩ (Arabic-Indic)
    Arab,
}

impl Digits {
    /// The digits the article itself writes with: Arabic-Indic when it has
    /// more of them than ASCII digits.
    pub fn of_text(text: &str) -> Digits {
        let mut tally = DigitTally::default();
        tally.add(text);
        tally.digits()
    }
}

/// Arabic-Indic less ASCII digits seen so far: a long article is counted
/// piece by piece as it is extracted (a pass over 10 MB takes 0.1 s).
#[derive(Default)]
pub struct DigitTally(isize);

impl DigitTally {
    pub fn add(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '0'..='9' => self.0 -= 1,
                '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => self.0 += 1,
                _ => {}
            }
        }
    }

    pub fn digits(&self) -> Digits {
        if self.0 > 0 {
            Digits::Arab
        } else {
            Digits::Latn
        }
    }
}

/// The UI strings of one language.
pub struct Ui {
    /// The box's title, also its accessible name.
    pub title: &'static str,
    /// The accessible name of the filter buttons' group.
    pub filters: &'static str,
    /// Before a source in the box ("Source: …").
    /// Before a source, in the box and in a figure's accessible name
    /// ("according to …").
    pub source: &'static str,
    /// Between the parts of an accessible name.
    pub comma: &'static str,
    /// Between the figure's name and its sentence in the announcement.
    pub in_text: &'static str,
    /// The line that says a program, not an editor, found the figures.
    pub automatic: &'static str,
    /// Before the figures a live update adds, in the announcement.
    pub updated: &'static str,
    /// Per category in FACTS.md order: the heading, and the word after the
    /// number in an accessible name ("26 killed"). Empty words: the name
    /// starts with the heading instead ("القتلى: 26"), for a language where
    /// the counted noun's form depends on the number.
    categories: [(&'static str, &'static str); 8],
    /// Per qualifier (the `Qualifier` order): words before and after the number.
    qualifiers: [(&'static str, &'static str); 6],
    /// Per `Approx` variant, the words for a vague quantity.
    approx: [&'static str; 6],
    million: &'static str,
    billion: &'static str,
    /// Currency names written after the number; a code not listed is written as is.
    currencies: &'static [(&'static str, &'static str)],
    /// Currency symbols written before the number (English only).
    symbols: &'static [(&'static str, &'static str)],
    /// Whether an accessible name starts with the category's heading.
    heading_first: bool,
}

pub static EN: Ui = Ui {
    title: "Key figures",
    filters: "Show categories",
    source: "according to ",
    comma: ", ",
    in_text: ". In the text: ",
    automatic: "Figures found automatically in the text",
    updated: "Updated: ",
    categories: [
        ("Killed", "killed"),
        ("Injured", "injured"),
        ("Missing", "missing"),
        ("Detained", "detained"),
        ("Displaced", "displaced"),
        ("Troops", "troops"),
        ("Money", ""),
        ("Percentages", ""),
    ],
    qualifiers: [("", ""), ("at least ", ""), ("more than ", ""), ("about ", ""), ("up to ", ""), ("less than ", "")],
    approx: ["dozens", "hundreds", "thousands", "tens of thousands", "hundreds of thousands", "millions"],
    million: " million",
    billion: " billion",
    currencies: &[],
    symbols: &[("USD", "$"), ("EUR", "€"), ("GBP", "£"), ("JPY", "¥"), ("INR", "₹")],
    heading_first: false,
};

pub static AR: Ui = Ui {
    title: "أرقام رئيسية",
    filters: "عرض الفئات",
    source: "بحسب ",
    comma: "، ",
    in_text: ". في النص: ",
    automatic: "أرقام استُخرجت تلقائياً من النص",
    updated: "تحديث: ",
    categories: [
        ("القتلى", ""),
        ("الجرحى", ""),
        ("المفقودون", ""),
        ("المعتقلون", ""),
        ("النازحون", ""),
        ("القوات", ""),
        ("المبالغ", ""),
        ("النسب", ""),
    ],
    qualifiers: [("", ""), ("", " على الأقل"), ("أكثر من ", ""), ("نحو ", ""), ("حتى ", ""), ("أقل من ", "")],
    approx: ["عشرات", "مئات", "آلاف", "عشرات الآلاف", "مئات الآلاف", "ملايين"],
    million: " مليون",
    billion: " مليار",
    currencies: &[
        ("USD", "دولار"),
        ("EUR", "يورو"),
        ("GBP", "جنيه إسترليني"),
        ("EGP", "جنيه مصري"),
        ("SDG", "جنيه سوداني"),
        ("SAR", "ريال سعودي"),
        ("QAR", "ريال قطري"),
        ("OMR", "ريال عماني"),
        ("YER", "ريال يمني"),
        ("IRR", "ريال إيراني"),
        ("AED", "درهم إماراتي"),
        ("MAD", "درهم مغربي"),
        ("TND", "دينار تونسي"),
        ("IQD", "دينار عراقي"),
        ("JOD", "دينار أردني"),
        ("KWD", "دينار كويتي"),
        ("LYD", "دينار ليبي"),
        ("DZD", "دينار جزائري"),
        ("BHD", "دينار بحريني"),
        ("TRY", "ليرة تركية"),
        ("SYP", "ليرة سورية"),
        ("LBP", "ليرة لبنانية"),
        ("JPY", "ين"),
        ("ILS", "شيكل"),
        ("RUB", "روبل"),
        ("INR", "روبية هندية"),
        ("PKR", "روبية باكستانية"),
        ("CNY", "يوان"),
        ("CHF", "فرنك سويسري"),
        ("MRU", "أوقية"),
    ],
    symbols: &[],
    heading_first: true,
};

pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Ar => &AR,
        Lang::En => &EN,
    }
}

impl Ui {
    /// The heading of a graded category ("Killed", "القتلى"); empty for `other`.
    pub fn heading(&self, c: Category) -> &'static str {
        self.categories.get(c as usize).map_or("", |p| p.0)
    }

    /// The word after a figure in its accessible name ("killed"); may be empty.
    pub fn counted(&self, c: Category) -> &'static str {
        self.categories.get(c as usize).map_or("", |p| p.1)
    }

    /// The figure as a reader sees it, qualifier included: "at least 26",
    /// "20–30", "dozens", "$10 million", "3.5%".
    pub fn figure(&self, fact: &Fact, digits: Digits) -> String {
        let (before, number, after) = self.figure_parts(fact, digits);
        let mut out = String::from(before);
        out.push_str(&number);
        out.push_str(after);
        out
    }

    /// The figure in three parts: the qualifier's words before the number,
    /// the number with its unit, the qualifier's words after it.
    pub fn figure_parts(&self, fact: &Fact, digits: Digits) -> (&'static str, String, &'static str) {
        let (before, after) = self.qualifiers[qualifier_index(fact.qualifier)];
        let mut out = String::new();
        let symbol = fact.unit.and_then(|u| lookup(self.symbols, u));
        if let Some(s) = symbol {
            out.push_str(s);
        }
        match (fact.value, fact.approx) {
            (Some(_), _) if as_written(fact).is_some() => out.push_str(as_written(fact).unwrap_or_default()),
            (Some(v), _) => {
                self.push_amount(&mut out, v);
                if let Some(max) = fact.value_max {
                    out.push('–');
                    self.push_amount(&mut out, max);
                }
            }
            (None, Some(a)) => out.push_str(self.approx[approx_index(a)]),
            (None, None) => out.push('?'),
        }
        if fact.category == Category::Percent {
            out.push('%');
        }
        if let (Some(unit), None) = (fact.unit, symbol) {
            out.push(' ');
            out.push_str(lookup(self.currencies, unit).unwrap_or(unit));
        }
        out = match digits {
            Digits::Arab => to_arabic_digits(&out),
            Digits::Latn => to_latin_digits(&out),
        };
        (before, out, after)
    }

    /// What a figure counts, as its button shows it under the number: the
    /// article's subject, then the counted word where the language has one
    /// ("protesters killed", "killed"; in Arabic the subject alone: "محتجاً").
    pub fn what(&self, fact: &Fact) -> String {
        let mut out = fact.subject.clone().unwrap_or_default();
        let counted = self.counted(fact.category);
        if !counted.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(counted);
        }
        out
    }

    /// The accessible name of a figure's button: its visible text, in the
    /// order shown (WCAG 2.5.3, label in name: "26 protesters killed,
    /// according to the Interior Ministry"), and in Arabic, where the
    /// counted noun changes form with the number, the category's heading
    /// after it ("26 محتجاً، بحسب وزارة الداخلية، القتلى").
    pub fn accessible_name(&self, fact: &Fact, digits: Digits) -> String {
        let mut out = self.figure(fact, digits);
        let what = self.what(fact);
        if !what.is_empty() {
            out.push(' ');
            out.push_str(&what);
        }
        if let Some(source) = &fact.source {
            out.push_str(self.comma);
            out.push_str(self.source);
            out.push_str(source);
        }
        if self.heading_first {
            out.push_str(self.comma);
            out.push_str(self.heading(fact.category));
        }
        out
    }

    /// A figure with what it counts, for the compact summary and the start
    /// of an accessible name: "26 killed", "$10 million", "القتلى: 26".
    pub fn short(&self, fact: &Fact, digits: Digits) -> String {
        let figure = self.figure(fact, digits);
        let counted = self.counted(fact.category);
        let mut out = String::new();
        if !counted.is_empty() {
            out.push_str(&figure);
            out.push(' ');
            out.push_str(counted);
        } else if self.heading_first {
            out.push_str(self.heading(fact.category));
            out.push_str(": ");
            out.push_str(&figure);
        } else {
            out.push_str(&figure);
        }
        out
    }

    /// A number, with "million"/"billion" when that reads shorter and loses nothing.
    fn push_amount(&self, out: &mut String, v: f64) {
        for (scale, word) in [(1e9, self.billion), (1e6, self.million)] {
            let scaled = v / scale;
            if v.abs() >= scale && (scaled * 100.0 - (scaled * 100.0).round()).abs() < 1e-6 {
                push_number(out, scaled, 2);
                out.push_str(word);
                return;
            }
        }
        push_number(out, v, 2);
    }
}

fn lookup(table: &'static [(&'static str, &'static str)], code: &str) -> Option<&'static str> {
    table.iter().find(|(c, _)| *c == code).map(|(_, s)| *s)
}

fn qualifier_index(q: Qualifier) -> usize {
    match q {
        Qualifier::Exact => 0,
        Qualifier::AtLeast => 1,
        Qualifier::MoreThan => 2,
        Qualifier::About => 3,
        Qualifier::UpTo => 4,
        Qualifier::LessThan => 5,
    }
}

fn approx_index(a: Approx) -> usize {
    match a {
        Approx::Dozens => 0,
        Approx::Hundreds => 1,
        Approx::Thousands => 2,
        Approx::TensOfThousands => 3,
        Approx::HundredsOfThousands => 4,
        Approx::Millions => 5,
    }
}

/// Writes `v` with `,` grouping thousands and at most `decimals` decimals,
/// trailing zeros dropped: 1269 → "1,269", 3.5 → "3.5", 1.791 → "1.79".
pub fn push_number(out: &mut String, v: f64, decimals: u32) {
    if !v.is_finite() {
        out.push('?');
        return;
    }
    if v < 0.0 {
        out.push('-');
    }
    let scale = 10u64.pow(decimals);
    // Rounded to the last shown decimal; saturates far beyond any real figure.
    let n = (v.abs() * scale as f64).round() as u64;
    push_grouped(out, n / scale);
    let mut frac = n % scale;
    if frac > 0 {
        out.push('.');
        let mut unit = scale / 10;
        while frac > 0 && unit > 0 {
            out.push(char::from(b'0' + (frac / unit) as u8));
            frac %= unit;
            unit /= 10;
        }
    }
}

fn push_grouped(out: &mut String, n: u64) {
    let mut buf = [0u8; 20];
    let mut len = 0;
    let mut rest = n;
    loop {
        buf[len] = b'0' + (rest % 10) as u8;
        len += 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    for i in (0..len).rev() {
        out.push(char::from(buf[i]));
        if i > 0 && i % 3 == 0 {
            out.push(',');
        }
    }
}

/// The figure as the article writes it, when it writes it with a scale
/// word ("10 آلاف", "2.5 million"): the first mention is a number, one
/// space, and a word of letters. A reader sees the figure as in the
/// article, not as "10,000".
fn as_written(fact: &Fact) -> Option<&str> {
    // Character classes by hand: `char::is_numeric`/`is_alphabetic` would
    // bring Unicode tables into the wasm for two scripts' worth of words.
    let digit = |c: char| c.is_ascii_digit() || matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}');
    let letter =
        |c: char| c.is_ascii_alphabetic() || (matches!(c, '\u{0600}'..='\u{06FF}') && !digit(c) && !matches!(c, '٫' | '٬' | '٪' | '،'));
    let text: &str = &fact.mentions.first()?.text;
    let (number, word) = text.split_once(' ')?;
    let ok = fact.value_max.is_none()
        && number.starts_with(digit)
        && number.chars().all(|c| digit(c) || matches!(c, '.' | ',' | '٫' | '٬'))
        && !word.is_empty()
        && word.chars().all(letter);
    ok.then_some(text)
}

/// Arabic-Indic digits and number marks to ASCII (a figure the article
/// writes in Arabic-Indic digits, shown with `digits="latn"`).
pub fn to_latin_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + '0' as u32).unwrap_or(c),
            '\u{06F0}'..='\u{06F9}' => char::from_u32(c as u32 - 0x06F0 + '0' as u32).unwrap_or(c),
            '٬' => ',',
            '٫' => '.',
            '٪' => '%',
            _ => c,
        })
        .collect()
}

/// ASCII digits and number marks to their Arabic forms: ٠–٩, ٬ (grouping),
/// ٫ (decimal), ٪ (percent).
pub fn to_arabic_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(0x0660 + (c as u32 - '0' as u32)).unwrap_or(c),
            ',' => '٬',
            '.' => '٫',
            '%' => '٪',
            _ => c,
        })
        .collect()
}
