//! What a quantity counts. Percentages and sums are read from the mark or
//! currency beside them; dates, ages, measures and identifiers are set
//! aside; a count of people takes the category of the nearest trigger — the
//! verb or noun of what happened to them — and a count of soldiers with no
//! such trigger is the strength of a force (`troops`).

use super::clause::{adjunct, breakdown, compared, coordinated, eventful, lower_case, passive_predicate, sick, subject_of, whole_before};
use crate::lang::{Currency, Side, Trigger};
use crate::model::Category;
use crate::numbers::Quantity;
use crate::text::{Doc, Kind, Strip};

/// The category of a quantity, and for money its currency.
#[derive(Clone, Debug, PartialEq)]
pub struct Class {
    pub category: Category,
    pub currency: Option<&'static Currency>,
}

impl Class {
    fn of(category: Category) -> Class {
        Class { category, currency: None }
    }
}

/// How far (in tokens) a trigger reaches from the number.
const LEFT_REACH: usize = 10;
const RIGHT_REACH: usize = 8;
/// A sentence-wide trigger ("the death toll … rose to 57") counts as this near.
const SENTENCE_TRIGGER_DISTANCE: usize = 3;
/// A soldier noun counted by the number weighs like a trigger this far away:
/// "اعتقلت الشرطة… 150 جندياً" is detained, "ترسل 200 جندي" is troops.
const MILITARY_SCORE: f64 = 0.18;
/// The most tokens between two figures of a list whose noun is left out.
const LIST_GAP: usize = 8;
/// A predicate this near after a counted status noun outranks it.
pub(super) const PREDICATE_REACH: usize = 4;
/// A verb this near before the number governs it over the noun it counts.
pub(super) const CLOSE_VERB: usize = 2;

/// The token that names what quantity `q` counts: the word after it,
/// past "of"/"من" ("14 من العناصر", "thousands of troops").
pub fn counted_noun(doc: &Doc, q: &Quantity) -> Option<usize> {
    if q.dual {
        return Some(q.first);
    }
    let mut j = q.last;
    // A number quoted on its own: '"عشرات الآلاف" من مقاتلي'.
    if matches!(doc.word(j), "\"" | "”" | "»") && doc.touches(j - 1, j) {
        j += 1;
    }
    if let Some((len, _)) = doc.lookup(&doc.data.of, j, Strip::None) {
        j += len;
    } else if doc.word(j) == "-" && doc.touches(j - 1, j) && doc.touches(j, j + 1) {
        j += 1; // "a 25-year-old", "a 5,000-strong force"
    }
    // An initialism before the noun is its modifier: "100 U.S. soldiers".
    let capital = |k: usize| doc.word(k).len() == 1 && doc.text[doc.span(k, k + 1).0..].starts_with(|c: char| c.is_ascii_uppercase());
    while capital(j) && doc.word(j + 1) == "." && doc.touches(j, j + 1) && doc.same_sentence(j, j + 2) {
        j += 2;
    }
    (doc.is(j, Kind::Word) && doc.same_sentence(q.first, j)).then_some(j)
}

/// What the classifier knows of the whole article: which quantity each
/// token belongs to, the distance cost of each token, and the categories
/// of the quantities classified so far.
pub struct Context<'q> {
    pub qs: &'q [Quantity],
    /// The quantity a token is part of (its number words).
    number_of: Vec<u32>,
    /// The quantity whose counted noun of people a token is ("5 قتلى");
    /// empty until a sentence has cues (`Context::new`).
    noun_of: Vec<u32>,
    pub classes: Vec<Class>,
    /// The trigger starting at each token of a figure's sentence, looked
    /// up once: windows overlap. Empty as `noun_of` is.
    triggers: Vec<Option<(usize, &'static Trigger)>>,
    /// Running sums before each token (`Sums`), read as differences within
    /// a figure's sentence; sentences without a figure are skipped (about
    /// half of an article).
    sums: Vec<Sums>,
    /// The longest trigger phrase found, in tokens.
    longest_trigger: usize,
}

/// Counts over the tokens before one. A scan around a figure stops where
/// nothing is left to find, so a page dense with figures does not cost a
/// full window per figure.
#[derive(Clone, Copy, Default)]
struct Sums {
    /// Token costs: words 1, commas and clause words `CLAUSE_COST`,
    /// transparent words 0.
    cost: u32,
    /// Tokens that may start a trigger, or an attribution.
    triggers: u32,
    sources: u32,
    /// Sentence-wide triggers ("death toll"), the only ones that reach past
    /// another figure or beyond `LEFT_REACH`.
    sentence_triggers: u32,
    /// Soldier nouns: a sentence with neither trigger nor soldier has only
    /// `other` figures (years, dates, codes…).
    military: u32,
}

const NONE: u32 = u32::MAX;
/// What a comma or a clause word adds to the distance between a trigger and a number.
const CLAUSE_COST: u32 = 3;

impl<'q> Context<'q> {
    pub fn new(doc: &Doc, qs: &'q [Quantity]) -> Context<'q> {
        let d = doc.data;
        let mut number_of = vec![NONE; doc.len()];
        // Filled at the first sentence with cues: a page of bare figures never needs them.
        let mut noun_of = Vec::new();
        let transparent = |i: usize| doc.is(i, Kind::Word) && doc.lookup(&d.transparent, i, Strip::Clitics).is_some();
        let a = |i: usize| doc.lookup(&d.article_a, i, Strip::None).is_some();
        let listed = |i: usize| doc.is(i, Kind::Word) && doc.names_people(i);
        let mut sums = vec![Sums::default(); doc.len() + 1];
        let mut trigger_at = Vec::new();
        let mut sum = Sums::default();
        let mut longest_trigger = 1;
        // A sentence with no word that may be a trigger, a soldier or an
        // attribution has figures the classifier sets aside at once
        // (`quiet`): its sums only carry on, and its nouns are not read.
        let (trigger_bit, military_bit, source_bit) = (d.triggers.bit(), d.military.bit(), d.sources.bit());
        let cues = trigger_bit | military_bit | source_bit;
        // The sentence of the figures seen last: its first token, and whether it has cues.
        let mut sentence = (usize::MAX, false);
        for (n, q) in qs.iter().enumerate() {
            number_of[q.first..q.last].fill(n as u32);
            let (first, end) = doc.sentence_tokens(q.first);
            if first != sentence.0 {
                let eventful = (first..end).any(|i| doc.bits(i, Strip::All) & cues != 0);
                sentence = (first, eventful);
                if !eventful {
                    sums[first..=end].fill(sum);
                    continue;
                }
                if trigger_at.is_empty() {
                    trigger_at = vec![None; doc.len()];
                    noun_of = vec![NONE; doc.len()];
                }
                for i in first..end {
                    sums[i] = sum;
                    let (all, clitics) = (doc.bits(i, Strip::All), doc.bits(i, Strip::Clitics));
                    if all & trigger_bit != 0 {
                        sum.triggers += 1;
                        // A negated trigger names what did not happen: "who can't arrest anyone".
                        let negated = i > 0 && doc.lookup(&d.negation, i - 1, Strip::None).is_some();
                        trigger_at[i] = if doc.is(i, Kind::Word) && !negated { doc.lookup(&d.triggers, i, Strip::All) } else { None };
                        if let Some((len, t)) = trigger_at[i] {
                            sum.sentence_triggers += u32::from(t.sentence);
                            longest_trigger = longest_trigger.max(len);
                        }
                    }
                    sum.military += u32::from(all & military_bit != 0);
                    sum.sources += u32::from(clitics & source_bit != 0);
                    sum.cost += match doc.kind(i) {
                        // A comma around an inserted day ("، الجمعة،") is no boundary.
                        Some(Kind::Punct) if matches!(doc.word(i), "," | ";" | ":") => {
                            if i > 0 && (transparent(i - 1) || listed(i - 1) && listed(i + 1)) || transparent(i + 1) {
                                0
                            } else {
                                CLAUSE_COST
                            }
                        }
                        // Identifiers and markup shown as text are no words of the clause.
                        Some(Kind::Punct | Kind::Ident) => 0,
                        _ if transparent(i) => 0,
                        // "men, women and children", "two policemen and a soldier": a list of people is one noun phrase.
                        _ if i > 0
                            && listed(i - 1)
                            && (listed(i + 1) || a(i + 1) && listed(i + 2))
                            && doc.lookup(&d.and, i, Strip::None).is_some() =>
                        {
                            0
                        }
                        _ if doc.lookup(&d.clause, i, Strip::None).is_some() => CLAUSE_COST,
                        _ => 1,
                    };
                }
                sums[end] = sum;
            }
            if !sentence.1 {
                continue;
            }
            if let Some(j) = counted_noun(doc, q).filter(|_| !q.dual) {
                if doc.names_people(j) {
                    noun_of[j] = n as u32;
                }
            }
        }
        let classes = Vec::with_capacity(qs.len());
        Context { qs, number_of, noun_of, classes, triggers: trigger_at, sums, longest_trigger }
    }

    /// How many of `field` the tokens `a..b` hold.
    fn count(&self, a: usize, b: usize, field: fn(&Sums) -> u32) -> u32 {
        field(&self.sums[b]) - field(&self.sums[a])
    }

    /// The trigger phrase starting at token `j`, with its length.
    pub(super) fn trigger(&self, j: usize) -> Option<(usize, &'static Trigger)> {
        self.triggers.get(j).copied().flatten()
    }

    /// The trigger phrase that ends right before token `at` (a verb right
    /// before a figure's opening: "مقتل 14", "قتل أربعة").
    pub(super) fn trigger_ending_at(&self, at: usize) -> Option<&'static Trigger> {
        (at.saturating_sub(3)..at).find_map(|k| self.trigger(k).filter(|&(len, _)| k + len == at)).map(|(_, t)| t)
    }

    /// Whether a trigger may start at a token of `a..=b`.
    fn any_trigger(&self, a: usize, b: usize) -> bool {
        self.count(a, b + 1, |s| s.triggers) > 0
    }

    /// Whether neither a trigger nor a soldier noun may be found from the
    /// window of token `i` to the end of its sentence: all the classifier
    /// reads beyond the number's own mark or currency.
    fn quiet(&self, doc: &Doc, i: usize) -> bool {
        let (from, _) = doc.window(i);
        let (_, end) = doc.sentence_tokens(i);
        self.count(from, end.max(from), |s| s.triggers + s.military) == 0
    }

    /// Whether a sentence-wide trigger starts at a token of `a..=b`.
    fn any_sentence_trigger(&self, a: usize, b: usize) -> bool {
        self.count(a, b + 1, |s| s.sentence_triggers) > 0
    }

    /// Whether an attribution may start at a token of `a..=b`.
    pub fn any_source(&self, a: usize, b: usize) -> bool {
        self.count(a, b + 1, |s| s.sources) > 0
    }

    /// Distance from a trigger to a number with tokens `a..b` between them.
    fn distance(&self, a: usize, b: usize) -> usize {
        1 + self.count(a.min(b), b, |s| s.cost) as usize
    }

    /// Whether token `k` is part of a quantity (its number words).
    pub fn is_number(&self, k: usize) -> bool {
        self.number_of.get(k).is_some_and(|&m| m != NONE)
    }

    /// The quantity whose counted noun token `k` is, else `NONE`.
    pub(super) fn noun_of(&self, k: usize) -> u32 {
        self.noun_of.get(k).copied().unwrap_or(NONE)
    }

    fn other(&self, slot: &[u32], j: usize, n: usize) -> Option<usize> {
        let m = slot.get(j).copied().unwrap_or(NONE);
        (m != NONE && m as usize != n).then_some(m as usize)
    }
}

/// Whether a category counts people (what happened to them, or a force).
fn of_people(c: Category) -> bool {
    !matches!(c, Category::Money | Category::Percent | Category::Other)
}

/// The nearest trigger of what happened to the people `q` counts, left and
/// right: its score, whether it stands after the number, and its last token.
fn nearest_trigger(doc: &Doc, cx: &Context, n: usize) -> Option<(f64, Trigger, bool, usize)> {
    let q = &cx.qs[n];
    let d = doc.data;
    // (score, last token, phrase length, trigger)
    type Found = Option<(f64, usize, usize, Trigger)>;
    let consider = |best: &mut Found, score: f64, end: usize, len: usize, t: Trigger| {
        // On a tie the first found (the nearer) wins, but a longer phrase
        // ending at the same word ("مذكرات توقيف" over "توقيف") replaces it.
        if best.is_none_or(|(s, e, l, _)| score > s || score == s && end == e && len > l) {
            *best = Some((score, end, len, t));
        }
    };
    let (mut left, mut right): (Found, Found) = (None, None);
    // A hedge or range opener belongs to the number: "killed at least 27", "killed anywhere between…".
    let opens = super::qualify::opening(doc, q);
    // Beyond another number only sentence-wide triggers still reach ("the toll rose from 85 to 150").
    let mut blocked = false;
    let (window_start, _) = doc.window(q.first);
    // No trigger from the window to the sentence's end: nothing to find
    // (and a sentence without cues has no costs to measure by).
    let (_, sentence_end) = doc.sentence_tokens(q.first);
    if sentence_end <= window_start || !cx.any_trigger(window_start, sentence_end - 1) {
        return None;
    }
    let mut j = q.first;
    while j > window_start {
        j -= 1;
        if !cx.any_trigger(window_start, j) {
            break;
        }
        // Past another figure, or too far for a plain trigger (none starting
        // here or before can end nearer), only a sentence-wide one still counts.
        let too_far = || cx.distance((j + cx.longest_trigger).min(opens), opens) > LEFT_REACH;
        if !cx.any_sentence_trigger(window_start, j) && (blocked || too_far()) {
            break;
        }
        if let Some(m) = cx.other(&cx.number_of, j, n) {
            // Another number: its trigger is its own, unless the two are
            // joined or it is an adjunct ("سجن المشدد 15 سنة لـ8 متهمين").
            blocked |= !coordinated(doc, cx, m, cx.qs[m].last, q.first) && !adjunct(doc, cx, m) && !subject_of(doc, cx, m, n);
            j = cx.qs[m].first;
            continue;
        }
        if cx.other(&cx.noun_of, j, n).is_some() {
            continue;
        }
        if let Some((len, t)) = cx.trigger(j) {
            if j + len > q.first || blocked && !t.sentence {
                continue;
            }
            let dist = cx.distance((j + len).min(opens), opens);
            let dist = match (t.sentence, blocked) {
                (true, false) => dist.min(SENTENCE_TRIGGER_DISTANCE),
                // Past another figure a toll still names this one, but only as a last resort.
                (true, true) => LEFT_REACH,
                _ => dist,
            };
            if dist <= LEFT_REACH {
                consider(&mut left, 1.0 / dist as f64, j + len - 1, len, *t);
            }
        }
    }
    let noun = counted_noun(doc, q);
    // The first trigger past a counted status noun: the predicate of the
    // clause ("12 detainees died"), which outranks the noun.
    let mut predicate: Found = None;
    // Past a joined figure, distance counts from it: its verb is this one's too.
    let mut base = q.last;
    let mut j = q.last;
    while j < doc.len() && doc.same_sentence(j, q.first) {
        let dist = cx.distance(base, j);
        if dist > RIGHT_REACH {
            break;
        }
        if let Some(m) = cx.other(&cx.number_of, j, n) {
            // A later number ends the search, unless it is an adjunct ("in eight
            // cities") or joined to this one ("17 soldiers and four civilians were killed").
            let adjunct = adjunct(doc, cx, m);
            // Or this one is a part of it: "94,000 of the 140,000 confirmed deaths".
            let part = doc.lookup(&d.of, q.last, Strip::None).is_some_and(|(len, _)| q.last + len == cx.qs[m].first);
            let joined = part
                || coordinated(doc, cx, n, q.last, cx.qs[m].first)
                    && (q.last..cx.qs[m].first).any(|k| doc.lookup(&d.and, k, Strip::None).is_some());
            if !adjunct && !joined {
                break;
            }
            if joined {
                base = cx.qs[m].last;
            }
            j = cx.qs[m].last;
            continue;
        }
        if cx.other(&cx.noun_of, j, n).is_some() {
            j += 1;
            continue;
        }
        if let Some((len, t)) = cx.trigger(j) {
            // A verb right before a figure of its own is that figure's:
            // "60 gunmen attacked the village, killing 18 villagers".
            let next = (n + 1..cx.qs.len()).find(|&m| cx.qs[m].first >= j + len);
            let object = next.is_some_and(|m| super::qualify::opening(doc, &cx.qs[m]) == j + len);
            if !t.sentence && object && Some(j) != noun {
                break;
            }
            consider(&mut right, 1.0 / dist as f64, j + len - 1, len, *t);
            if predicate.is_none() && noun.is_some_and(|k| j > k) && dist <= PREDICATE_REACH {
                predicate = Some((1.0 / dist as f64, j + len - 1, len, *t));
            }
            j += len;
            continue;
        }
        j += 1;
    }
    // A status noun counted by the number ("3,000 prisoners", "5 refugees")
    // yields to a verb just before it: "killed 3,000 prisoners" is killed;
    // and to the predicate just after it: "12 detainees died" is killed.
    let right_is_noun = right.is_some_and(|(_, end, len, _)| Some(end + 1 - len) == noun);
    if let (true, Some(p), Some(r)) = (right_is_noun, predicate, right) {
        if p.3.category != r.3.category && p.3.category != Category::Other {
            right = Some((r.0, p.1, p.2, p.3));
        }
    }
    if let (Some(l), true) = (left, right_is_noun) {
        if l.0 >= 1.0 / CLOSE_VERB as f64 {
            right = None;
        }
    }
    let pick = match (left, right) {
        // On a tie the trigger of the figure's own clause wins: "feared dead,
        // and millions have been left homeless" is homeless.
        (Some(l), Some(r)) => {
            let across = (l.1 + 1..q.first).any(|k| doc.word(k) == "," || doc.lookup(&d.clause, k, Strip::None).is_some());
            Some(if r.0 > l.0 || r.0 == l.0 && across { (r, true) } else { (l, false) })
        }
        (Some(l), None) => Some((l, false)),
        (None, Some(r)) => Some((r, true)),
        (None, None) => None,
    };
    pick.map(|((score, end, _, t), on_right)| (score, t, on_right, end))
}

pub fn classify(doc: &Doc, cx: &Context, n: usize) -> Class {
    let q = &cx.qs[n];
    let d = doc.data;
    if doc.lookup(&d.percent, q.last, Strip::Clitics).is_some() && doc.same_sentence(q.first, q.last) {
        return Class::of(if q.approx.is_some() || q.ungraded { Category::Other } else { Category::Percent });
    }
    if let Some(currency) = currency_of(doc, q) {
        if q.approx.is_some() || q.ungraded {
            return Class::of(Category::Other);
        }
        return Class { category: Category::Money, currency: Some(currency) };
    }
    // A sum whose currency is left out takes the one before ("…، أقل من 25 مليار في العام الماضي").
    // Asked only after a sum: carried over, a class is the one before.
    let after_money = n > 0 && cx.classes.get(n - 1).is_some_and(|c| c.category == Category::Money);
    if let Some(class) = after_money.then(|| carried_over(doc, cx, n)).flatten() {
        return class;
    }
    // With no trigger and no soldier to read, a figure is `other`, unless it
    // is part of the figure before ("among them"), which the full reading decides.
    let after_other = n == 0 || cx.classes.get(n - 1).is_none_or(|c| c.category == Category::Other);
    // An age or a measure written after "of": "في الثامنة من العمر".
    let measured = doc.same_sentence(q.first, q.last)
        && doc.is_word_in(&d.of, q.last)
        && doc.lookup(&d.not_counted, q.last, Strip::Clitics).is_some_and(|(len, _)| len > 1);
    if q.ungraded || after_other && cx.quiet(doc, q.first) || measured || not_a_count(doc, q) || subject_of(doc, cx, n, n + 1) {
        return Class::of(Category::Other);
    }
    // A dual of a noun of what happened counts its own: "سقط قتيلان وثلاثة جرحى".
    if let Some((_, t)) = doc.lookup(&d.triggers, q.first, Strip::All).filter(|(_, t)| q.dual && !t.sentence && of_people(t.category)) {
        return Class::of(t.category);
    }
    // The nearest trigger, sought once, when a rule below first asks.
    let nearest_once = std::cell::OnceCell::new();
    let nearest = || *nearest_once.get_or_init(|| nearest_trigger(doc, cx, n));
    let noun = counted_noun(doc, q);
    // "عشرات الآلاف من المدينة": past "من"/"of" the noun may be a place left, not what is counted.
    let direct = noun.filter(|_| !q.dual && !doc.is_word_in(&doc.data.of, q.last));
    // Families and households are no count of people, even past "of": "dozens of families".
    // ("family members", "family friends" are people: the group word is their modifier).
    let of_a_person = |k: usize| doc.same_sentence(q.first, k) && doc.lookup(&d.persons, k, Strip::All).is_some();
    if noun.is_some_and(|j| doc.lookup(&d.group, j, Strip::All).is_some() && !of_a_person(j + 1)) {
        return Class::of(Category::Other);
    }
    // "687 حالة اعتقال": cases counted by what happened in them.
    if let Some(j) = direct.filter(|&j| doc.lookup(&d.case, j, Strip::All).is_some() && doc.same_sentence(j, j + 1)) {
        if let Some((_, t)) = doc
            .lookup(&d.triggers, j + 1, Strip::Clitics)
            .filter(|(_, t)| !t.sentence && !matches!(t.category, Category::Money | Category::Percent))
        {
            return Class::of(t.category);
        }
        // Or by the toll named before them: "عدد الوفيات بلغ 5 حالات".
        if let Some((_, t, false, _)) = nearest().filter(|(_, t, _, _)| of_people(t.category)) {
            return Class::of(t.category);
        }
    }
    // A part of the figure before it takes that figure's category: "25
    // killed, among them 9 journalists", "220,000 killed, 18,000 of them civilians".
    let subset = doc.lookup_ending(&d.subset, q.first, Strip::Clitics, 3).is_some()
        || doc.same_sentence(q.first, q.last) && doc.lookup(&d.subset, q.last, Strip::Clitics).is_some()
        || breakdown(doc, cx, n);
    if let Some(j) = direct {
        // The noun, or the one after a modifier ("two opinion polls").
        let thing = |k: usize| doc.same_sentence(j, k) && doc.is(k, Kind::Word) && doc.lookup(&d.not_counted, k, Strip::All).is_some();
        // A trigger phrase ending in a thing counts that thing: "37 evacuation
        // centres"; a trigger verb before one does not: "150 ألفا غادروا المدينة".
        let trigger = doc.lookup(&d.triggers, j, Strip::All).map(|(len, _)| len);
        let modified = match trigger {
            None => thing(j + 1),
            Some(len) => len > 1 && thing(j + len - 1),
        };
        // (Not in a part of the figure before: "بينهم 4 في حالة خطيرة".)
        // Nor after a preposition right after its verb: "مقتل 14 في حادث حافلة".
        let opens = super::qualify::opening(doc, q);
        let verb_before = cx.trigger_ending_at(opens).is_some();
        let kept = doc.names_people(j) || subset || verb_before && doc.is_word_in(&d.stop, j);
        if thing(j) || modified && !kept {
            return Class::of(Category::Other);
        }
    }
    // Unless its own noun or verb says what happened: "including 14
    // injured", "16 injured, 3 of whom later died", "توفي 3 منهم".
    let event = |t: &Trigger| !t.sentence && of_people(t.category);
    let verb_before = || nearest().is_some_and(|(score, t, right, _)| !right && score >= 1.0 / CLOSE_VERB as f64 && event(&t));
    // The predicate a few words past the part's own words ("of whom", "منهم").
    let predicate = || {
        let after = doc.lookup(&d.subset, q.last, Strip::Clitics).map_or(q.last, |(len, _)| q.last + len);
        (after..after + PREDICATE_REACH)
            .take_while(|&k| doc.same_sentence(q.first, k) && !cx.is_number(k))
            .any(|k| cx.trigger(k).is_some_and(|(_, t)| event(t)))
    };
    let own = noun.is_some_and(|j| doc.lookup(&d.triggers, j, Strip::All).is_some()) || subset && (verb_before() || predicate());
    if let Some(whole) = subset.then(|| whole_before(doc, cx, n)).flatten().filter(|_| !own) {
        return Class::of(cx.classes[whole].category);
    }
    // Soldiers named after a part of the count ("43 ألف شخص بينهم جنود") are not what it counts.
    let military = noun.is_some_and(|j| {
        (j..j + 3)
            .take_while(|&k| doc.lookup(&d.subset, k, Strip::Clitics).is_none())
            .any(|k| doc.same_sentence(j, k) && cx.other(&cx.noun_of, k, n).is_none() && doc.lookup(&d.military, k, Strip::All).is_some())
    }) || q.dual && doc.lookup(&d.military, q.first, Strip::None).is_some();
    let trigger = nearest().or_else(|| passive_predicate(doc, cx, n));
    let category = match trigger {
        // Sending or stationing is `troops` only for a force: "deployed 100 observers" is not.
        Some((_, t, _, _)) if t.category == Category::Troops && !military && !t.force => Category::Other,
        // A force named before the number names its strength only right
        // before it ("forces of 3,000"), not as a clause's subject ("Air
        // Force moved a dozen jets").
        Some((_, t, false, end))
            if t.force && !military && !(end + 1..super::qualify::opening(doc, q)).all(|k| doc.is_word_in(&d.of, k)) =>
        {
            Category::Other
        }
        Some((score, t, _, _)) if !(military && score < MILITARY_SCORE) => t.category,
        // Soldiers joined to a count of what happened to others share it:
        // "مقتل 8 عسكريين و14 إرهابيا" is killed 14.
        _ if military => match carried_over(doc, cx, n) {
            Some(c) if c.category != Category::Troops => c.category,
            // A sentence telling what happened to people, out of this
            // figure's reach, leaves its soldiers' fate unclear.
            _ if eventful(doc, cx, q.first) => Category::Other,
            // "95 were fighters": what some of a count were, no force's strength.
            _ if doc.lookup(&d.passive, q.last, Strip::None).is_some() => Category::Other,
            _ => Category::Troops,
        },
        _ => return carried_over(doc, cx, n).unwrap_or(Class::of(Category::Other)),
    };
    // Hurt in a sentence of illness is sickness: no wound.
    if category == Category::Injured && sick(doc, q.first) {
        return Class::of(Category::Other);
    }
    Class::of(category)
}

/// The class of a figure whose noun or currency is left out, carried over
/// from the figure before it in a list or comparison (FACTS.md): "15,000
/// troops in Kuwait, 9,000 in Iraq"; "1.6 مليار دولار، أقل من 25 مليار".
/// The figure must name nothing itself (a preposition or a mark follows
/// it), and only a comma, "and" or a word of comparison may join the two.
fn carried_over(doc: &Doc, cx: &Context, n: usize) -> Option<Class> {
    let d = doc.data;
    let q = &cx.qs[n];
    let prev = cx.classes.get(n.checked_sub(1)?)?;
    let p = &cx.qs[n - 1];
    if matches!(prev.category, Category::Other | Category::Percent) || !doc.same_sentence(p.first, q.first) {
        return None;
    }
    let k = q.last;
    let bare = !doc.same_sentence(q.first, k) || !doc.is(k, Kind::Word) || doc.lookup(&d.elided, k, Strip::Clitics).is_some();
    // Or it counts people joined to people counted before: "مائة طفل و67 امرأة".
    let bare = bare
        || of_people(prev.category)
            && counted_noun(doc, q).is_some_and(|j| doc.names_people(j) || doc.names_people(j + 1) && doc.same_sentence(j, j + 1));
    // A sum carries its currency only to another sum, a scaled amount ("25
    // مليار"), and only where no noun says what else it counts.
    let sum = prev.category == Category::Money
        && q.scaled
        && doc.bits(k, Strip::All) & (d.persons.bit() | d.military.bit() | d.not_counted.bit()) == 0;
    if !(bare || sum) || q.first - p.last > LIST_GAP || prev.category == Category::Money && !q.scaled {
        return None;
    }
    // The join stands right before the figure: "…, 9,000", "و9 آلاف", "أقل من 25",
    // or before the one word of a gapped clause.
    let join = |k: usize| doc.word(k) == "," || doc.lookup(&d.and, k, Strip::None).is_some();
    let joins = doc.has_clitic(q.first)
        || join(q.first - 1)
        // A gapped clause: "…, and Germany 500", "، وألمانيا 500". In a script
        // with capitals the one word is a name ("and infected 45,000" is a verb's).
        || q.first >= p.last + 2 && (join(q.first - 2) || doc.has_clitic(q.first - 1) && doc.word(q.first - 2) == ",") && !lower_case(doc, q.first - 1)
        || compared(doc, p, q);
    (joins && !(p.last..q.first).any(|k| cx.trigger(k).is_some())).then(|| prev.clone())
}

/// A currency written beside `q`: a sign before ("$5", "US$"), a word after
/// ("dollars", "دولار"), or an abbreviation touching it ("68p").
fn currency_of(doc: &Doc, q: &Quantity) -> Option<&'static Currency> {
    let d = doc.data;
    if let Some((_, c)) = crate::numbers::currency_sign(doc, q.first) {
        return Some(c);
    }
    let (_, c) = doc.lookup(&d.currencies, q.last, Strip::Clitics)?;
    let placed = c.side == Side::After && (!c.attached || doc.touches(q.last - 1, q.last));
    (placed && doc.same_sentence(q.first, q.last)).then_some(c)
}

/// Years, dates, times, ages, identifiers and measures: numbers that are
/// not counts of anything a fact box shows.
pub(super) fn not_a_count(doc: &Doc, q: &Quantity) -> bool {
    let d = doc.data;
    let (first, last) = (q.first, q.last);
    if q.digits {
        let w = doc.word(first);
        // A time ("15:48") or a score ("3:1").
        let colon = |a: usize, b: usize| doc.word(a) == ":" && doc.touches(a, b);
        if colon(last, last + 1) && doc.touches(last - 1, last) || first > 0 && colon(first - 1, first) && doc.touches(first - 1, first) {
            return true;
        }
        // Identifiers glued to letters: "F-16", "A320", "15.5km", "1980s", "3rd".
        let letters = |k: usize| matches!(doc.kind(k), Some(Kind::Word | Kind::Ident));
        let glued_before = first > 0
            && doc.touches(first - 1, first)
            && (letters(first - 1) || doc.word(first - 1) == "-" && first > 1 && letters(first - 2) && doc.touches(first - 2, first - 1));
        let glued_after = doc.touches(last - 1, last) && letters(last) && doc.word(last).is_ascii();
        let affixes = &doc.data.words.affixes;
        if glued_before && !affixes.conj.affixes.iter().chain(&affixes.prep.affixes).any(|c| doc.word(first - 1).ends_with(c.text())) {
            return true;
        }
        if glued_after {
            return true;
        }
        // A year, unless people are counted right after it ("2000 soldiers").
        let plain = w.bytes().all(|b| b.is_ascii_digit());
        if plain
            && w.len() == 4
            && q.value_max.is_none_or(|m| m < 2200.0)
            && (1800.0..2200.0).contains(&q.value.unwrap_or(0.0))
            && !q.scaled
        {
            let people = counted_noun(doc, q).is_some_and(|j| doc.names_people(j) || doc.lookup(&d.triggers, j, Strip::All).is_some());
            if !people {
                return true;
            }
        }
        // An age in apposition to a name: "David Miller, 24, and…".
        let comma = |k: usize| matches!(doc.word(k), "," | ")" | ".");
        let after_name = first > 1 && doc.word(first - 1) == "," && doc.is(first - 2, Kind::Word) && {
            let (a, _) = doc.span(first - 2, first - 1);
            doc.text[a..].starts_with(crate::text::is_upper)
        };
        if after_name && comma(last) && q.value.is_some_and(|v| v < 120.0) && !q.scaled {
            return true;
        }
        // Phone numbers and other long codes.
        if plain && w.len() > 9 {
            return true;
        }
    }
    // A day of the month beside a month's name; a Latin name must be written
    // with its capital ("5 May", not "5 may have died").
    let month = |j: usize| {
        let capital = doc.is(j, Kind::Word) && {
            let (a, _) = doc.span(j, j + 1);
            !doc.text[a..].starts_with(|c: char| c.is_ascii_lowercase())
        };
        capital && doc.same_sentence(first, j) && doc.lookup(&d.months, j, Strip::Clitics).is_some()
    };
    let day = q.value.is_some_and(|v| v.fract() == 0.0 && (1.0..=31.0).contains(&v)) && !q.scaled;
    if day && (month(last) || first > 0 && month(first - 1)) || first > 1 && doc.word(first - 1) == "/" && month(first - 2) {
        return true;
    }
    if first > 1 && doc.word(first - 1) == "/" && doc.is(first - 2, Kind::Num) {
        return true;
    }
    // Ages, identifiers, ranks: "aged 20", "رقم 5", "magnitude-4.8", "Brigade 261".
    let mut k = first;
    if k > 0 && doc.word(k - 1) == "-" {
        k -= 1;
    }
    // Unless a noun of people that tells what happened follows: "منذ بداية
    // السنة 780 قتيلا" (not a verb: "Flight 370 disappeared").
    let event = counted_noun(doc, q).is_some_and(|j| {
        doc.lookup(&d.persons, j, Strip::All).is_some() && doc.lookup(&d.triggers, j, Strip::All).is_some_and(|(_, t)| !t.sentence)
    });
    doc.lookup_ending(&d.not_counted_before, k, Strip::Clitics, 2).is_some() && !event
}
