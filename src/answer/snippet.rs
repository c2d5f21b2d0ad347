//! Choosing what to quote: the best sentence(s) of a passage, matched words in bold.

use std::collections::{HashMap, HashSet};

use tantivy::tokenizer::TextAnalyzer;

use super::understand::{stem, AnswerType, EntityRef, Understander, BY_EXAMPLE};
use crate::text::{fold_for_search, inflected_alike, sentences, trim_to_chars, word_spans};

/// The longest snippet shown, in characters.
pub const MAX_SNIPPET_CHARS: usize = 350;
/// A sentence shorter than this gets a neighbour for context when there is room.
const SHORT_SENTENCE_CHARS: usize = 140;

const LEAD_SENTENCE_BONUS: f32 = 0.5;
/// A word found only inside a hyphenated compound counts this share of itself.
pub const COMPOUND_PART_SHARE: f32 = 0.5;
/// What a word the passage's heading already says counts for in choosing among its sentences.
const HEADED_WORD_SHARE: f32 = 0.5;
/// A sentence that states the kind of fact asked for ("how long" → "6-24 months").
const ANSWER_TYPE_BONUS: f32 = 2.0;
/// What a question word counts for in a sentence that only points back to it.
const REFERRED_WORD_SHARE: f32 = 0.75;
/// The weight of question words a neighbouring sentence must add to join the quote.
const COMPLETING_WEIGHT: f32 = 0.5;

/// One sentence of a passage, prepared once: its text, stems and the entities it names.
pub struct Sentence {
    pub text: String,
    /// Sorted and without repeats, for binary search.
    stems: Vec<String>,
    pub entities: Vec<EntityRef>,
    /// The kinds of fact it states.
    stated: Vec<AnswerType>,
    /// It speaks of what the sentence before it named ("However, they…").
    refers_back: bool,
    /// The stems of the label a list item opens with ("Organizational Skills: Crucial for…"):
    /// what the item is about, as a heading is what its section is about.
    label: Vec<String>,
    /// Each word's byte span in `text` and its stems, for bolding without re-stemming.
    word_stems: Vec<(usize, usize, Vec<String>)>,
    /// The words it writes for each stem, in lower case ("organiz" → "organizations").
    forms: HashMap<String, Vec<String>>,
    /// Stems of the hyphenated compounds it writes ("problem-solving"), each compound's parts.
    compounds: Vec<Vec<String>>,
    /// Stems it writes as words of their own, outside any compound.
    solo: HashSet<String>,
    /// Of its compounds, those written with hyphens ("full-time"), not thesaurus terms.
    hyphenated: Vec<Vec<String>>,
}

impl Sentence {
    pub fn has_stem(&self, stem: &str) -> bool {
        self.stems
            .binary_search_by(|s| s.as_str().cmp(stem))
            .is_ok()
    }

    /// What its match of `stem` counts for, `asked` being the question's stems: a word written
    /// only inside a compound ("problem" in "problem-solving") is half the word, unless the
    /// whole compound was asked for.
    fn share_of(&self, stem: &str, asked: &dyn Fn(&str) -> bool) -> f32 {
        if !self.has_stem(stem) {
            return 0.0;
        }
        if self.solo.contains(stem) {
            return 1.0;
        }
        let whole_asked = self
            .compounds
            .iter()
            .filter(|c| c.iter().any(|s| s == stem))
            .any(|c| c.iter().all(|s| asked(s)));
        if whole_asked {
            1.0
        } else {
            COMPOUND_PART_SHARE
        }
    }

    /// The compounds it writes with hyphens, each as its parts' stems ("full-time" → [full,
    /// time]).
    pub fn hyphenated(&self) -> &[Vec<String>] {
        &self.hyphenated
    }

    /// Whether it writes the compound whose parts' stems are `parts`, hyphenated (alone or
    /// inside a longer one) or as neighbouring words ("in person" for "in-person").
    pub fn writes_compound(&self, parts: &[String]) -> bool {
        self.hyphenated
            .iter()
            .any(|c| c.windows(parts.len()).any(|w| w == parts))
            || self.word_stems.windows(parts.len()).any(|words| {
                words
                    .iter()
                    .zip(parts)
                    .all(|((_, _, stems), part)| stems.first() == Some(part))
            })
    }

    /// Whether it writes `stem` as `word` or as a form of it differing only by an ending of
    /// inflection ("organize", "organized", "organizing"), not only as a word derived from
    /// the same stem ("organizations").
    pub fn writes_a_form_of(&self, stem: &str, word: &str) -> bool {
        writes_a_form(&self.forms, stem, word)
    }

    /// Whether the label the sentence opens with holds `stem`.
    pub fn labelled_with(&self, stem: &str) -> bool {
        self.label.iter().any(|s| s == stem)
    }

    /// Whether the sentence states a fact of the type a question expects.
    pub fn states(&self, expected: AnswerType) -> bool {
        self.stated.contains(&expected)
    }

    /// Whether it gives examples of something asked about: the word just before "like",
    /// "such as", "including" or "e.g." is one of `asked` ("EHR *systems* like Epic, Cerner" for
    /// "which ehr systems"; not "areas like electronic health records (EHR) systems", which
    /// names the systems among other things).
    pub fn names_examples_of(&self, asked: &HashSet<&str>) -> bool {
        BY_EXAMPLE
            .iter()
            .chain(&[" like "])
            .flat_map(|marker| self.text.match_indices(marker).map(|(at, _)| at))
            .any(|at| {
                self.word_stems
                    .iter()
                    .take_while(|(_, end, _)| *end <= at)
                    .last()
                    .is_some_and(|(_, _, stems)| stems.iter().any(|s| asked.contains(s.as_str())))
            })
    }
}

/// Splits a passage into prepared sentences.
pub fn prepare(passage: &str, understander: &Understander) -> Vec<Sentence> {
    sentences(passage)
        .into_iter()
        .map(|text| {
            let mut stems = understander.stems_of(text);
            stems.sort_unstable();
            stems.dedup();
            let word_stems: Vec<(usize, usize, Vec<String>)> = word_spans(text)
                .into_iter()
                .map(|(a, b)| (a, b, understander.stems_of(&text[a..b])))
                .collect();
            let first_stems: Vec<String> = word_stems
                .iter()
                .map(|(_, _, stems)| stems.first().cloned().unwrap_or_default())
                .collect();
            let forms = forms_of(text, &word_stems);
            let terms = understander.term_spans(&first_stems);
            let (compounds, solo) = compounds_of(text, &word_stems, &terms);
            let (hyphenated, _) = compounds_of(text, &word_stems, &[]);
            Sentence {
                text: text.to_string(),
                stems,
                entities: understander.entities_in(&understander.words_of(text)),
                stated: AnswerType::ALL
                    .into_iter()
                    .filter(|t| t.found_in(text))
                    .collect(),
                refers_back: refers_back(text),
                label: label_of(text)
                    .map(|label| understander.stems_of(label))
                    .unwrap_or_default(),
                word_stems,
                forms,
                compounds,
                solo,
                hyphenated,
            }
        })
        .collect()
}

/// The words a text writes for each stem, in lower case: what [`writes_a_form`] reads.
pub fn word_forms(text: &str, understander: &Understander) -> HashMap<String, Vec<String>> {
    let word_stems: Vec<(usize, usize, Vec<String>)> = word_spans(text)
        .into_iter()
        .map(|(a, b)| (a, b, understander.stems_of(&text[a..b])))
        .collect();
    forms_of(text, &word_stems)
}

/// The words of `text` at the spans of `word_stems`, by each of their stems.
fn forms_of(
    text: &str,
    word_stems: &[(usize, usize, Vec<String>)],
) -> HashMap<String, Vec<String>> {
    let mut forms: HashMap<String, Vec<String>> = HashMap::new();
    for (a, b, stems) in word_stems {
        for stem in stems {
            forms
                .entry(stem.clone())
                .or_default()
                .push(text[*a..*b].to_lowercase());
        }
    }
    forms
}

/// Whether `forms` (of [`word_forms`]) write `stem` as `word` or a form of it differing only
/// by an ending of inflection.
pub fn writes_a_form(forms: &HashMap<String, Vec<String>>, stem: &str, word: &str) -> bool {
    forms
        .get(stem)
        .is_some_and(|forms| forms.iter().any(|form| inflected_alike(form, word)))
}

/// The label a list item opens with: a few words before a colon ("Active Listening:
/// Necessary to…"), each word but the short ones capitalised, as the guides write a term they
/// then explain.
fn label_of(sentence: &str) -> Option<&str> {
    const MOST_WORDS: usize = 6;
    let (label, rest) = sentence.split_once(':')?;
    let words: Vec<&str> = label.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(|c| !c.is_lowercase());
    (rest.starts_with(' ')
        && !words.is_empty()
        && words.len() <= MOST_WORDS
        && words.iter().filter(|w| w.len() > 3).all(capitalised))
    .then_some(label)
}

/// The compounds of a sentence, hyphenated ("problem-solving" → [problem, solv]) or a term the
/// thesaurus knows (`terms`, word spans: "paid time off"), and the stems it writes outside them.
fn compounds_of(
    text: &str,
    word_stems: &[(usize, usize, Vec<String>)],
    terms: &[(usize, usize)],
) -> (Vec<Vec<String>>, HashSet<String>) {
    let mut compounds: Vec<Vec<String>> = Vec::new();
    let mut solo = HashSet::new();
    let mut current: Vec<String> = Vec::new();
    let in_one_term = |k: usize, l: usize| terms.iter().any(|&(a, b)| a <= k && l < b);
    for (k, (a, b, stems)) in word_stems.iter().enumerate() {
        let joined_before =
            k > 0 && (&text[word_stems[k - 1].1..*a] == "-" || in_one_term(k - 1, k));
        let joined_after = word_stems
            .get(k + 1)
            .is_some_and(|next| &text[*b..next.0] == "-" || in_one_term(k, k + 1));
        if joined_before || joined_after {
            current.extend(stems.iter().cloned());
            if !joined_after {
                compounds.push(std::mem::take(&mut current));
            }
        } else {
            solo.extend(stems.iter().cloned());
        }
    }
    (compounds, solo)
}

/// Scores a sentence by the rarity-weighted question words it holds, plus the entities the
/// question named, minus entities of the same class it did not name.
fn score(
    sentence: &Sentence,
    position: usize,
    weights: &HashMap<String, f32>,
    wanted: &[EntityRef],
    expects: Option<AnswerType>,
    headed: &HashSet<String>,
) -> f32 {
    // A word the passage's heading already says ("tools" under Tools & Technologies) tells
    // its sentences apart less than one it does not.
    let score = weights
        .iter()
        .filter(|(stem, _)| sentence.has_stem(stem))
        .map(|(stem, weight)| {
            let share = if headed.contains(stem.as_str()) {
                HEADED_WORD_SHARE
            } else {
                1.0
            };
            weight * share * sentence.share_of(stem, &|s| weights.contains_key(s))
        });
    let mut score = sum_in_a_fixed_order(score);
    for entity in &sentence.entities {
        if wanted.contains(entity) {
            score += 4.0;
        } else if wanted.iter().any(|w| w.class == entity.class) {
            score -= 2.0;
        }
    }
    if expects.is_some_and(|e| sentence.states(e)) {
        score += ANSWER_TYPE_BONUS;
    }
    // A paragraph's first sentence usually states its point.
    if position == 0 {
        score += LEAD_SENTENCE_BONUS;
    }
    score
}

/// Adds up terms met in a hash map's order, which differs from run to run: floating-point sums
/// depend on their order, and two sentences scored alike could rank one way in one run and the
/// other in the next, so `careerbot ask` would not always reproduce what the bot said.
fn sum_in_a_fixed_order(terms: impl Iterator<Item = f32>) -> f32 {
    let mut terms: Vec<f32> = terms.collect();
    terms.sort_by(f32::total_cmp);
    terms.into_iter().sum()
}

/// Whether a sentence speaks of what the one before named, by a word pointing back after at
/// most a linking word ("These programs…", "However, they are not always…"), and so reads
/// poorly alone.
fn refers_back(sentence: &str) -> bool {
    const LINKING: &[&str] = &[
        "however",
        "still",
        "yet",
        "but",
        "and",
        "also",
        "instead",
        "additionally",
        "furthermore",
        "moreover",
        "therefore",
        "thus",
        "conversely",
        "consequently",
    ];
    let mut words = sentence.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    });
    const POINTING_BACK: &[&str] = &["this", "these", "that", "those", "such", "it", "they"];
    let first = words.next();
    let pointer = match first {
        Some(linking) if LINKING.contains(&linking.as_str()) => words.next(),
        first => first,
    };
    pointer.is_some_and(|w| POINTING_BACK.contains(&w.as_str()))
}

/// Credits each sentence that points back with the question words the sentences before it
/// (back to the last that did not point back) hold and it does not, at
/// [`REFERRED_WORD_SHARE`].
fn carry_over_what_was_spoken_of(
    sentences: &[Sentence],
    scores: &mut [f32],
    weights: &HashMap<String, f32>,
    headed: &HashSet<String>,
) {
    let mut spoken_of: HashSet<&str> = HashSet::new();
    for (i, sentence) in sentences.iter().enumerate() {
        if i == 0 || !sentence.refers_back {
            spoken_of.clear();
        } else {
            scores[i] += sum_in_a_fixed_order(
                spoken_of
                    .iter()
                    .filter(|stem| !sentence.has_stem(stem))
                    .filter_map(|stem| weights.get(*stem).map(|w| (stem, w)))
                    .map(|(stem, weight)| {
                        let share = if headed.contains(*stem) {
                            HEADED_WORD_SHARE
                        } else {
                            1.0
                        };
                        weight * share * REFERRED_WORD_SHARE
                    }),
            );
        }
        spoken_of.extend(
            weights
                .keys()
                .filter(|stem| sentence.has_stem(stem))
                .map(String::as_str),
        );
    }
}

/// The sentences chosen from a passage (`first..=last`), as the guide wrote them.
pub struct Quote {
    pub first: usize,
    pub last: usize,
    pub plain: String,
}

impl Quote {
    /// The quote as a user is shown it: matched words in bold, at most [`MAX_SNIPPET_CHARS`].
    /// Only the citations shown need it, so it is not computed for every candidate.
    pub fn shown(&self, sentences: &[Sentence], weights: &HashMap<String, f32>) -> String {
        let mut matched = Vec::new();
        let mut offset = 0;
        for sentence in sentences.get(self.first..=self.last).unwrap_or_default() {
            for (a, b, stems) in &sentence.word_stems {
                if stems.iter().any(|s| weights.contains_key(s)) {
                    matched.push((offset + a, offset + b));
                }
            }
            offset += sentence.text.len() + 1;
        }
        // The guide's words matter more than their marks: a quote that fits loses bold from
        // its end rather than its last words.
        let mut shown = bold_spans(&self.plain, matched.clone());
        while shown.chars().count() > MAX_SNIPPET_CHARS
            && self.plain.chars().count() <= MAX_SNIPPET_CHARS
            && matched.pop().is_some()
        {
            shown = bold_spans(&self.plain, matched.clone());
        }
        trim_to_chars(&shown, MAX_SNIPPET_CHARS)
    }
}

/// The quote for one passage read under headings holding the stems `headed`: its best
/// sentence, with a neighbour when the sentence is short and both fit in
/// [`MAX_SNIPPET_CHARS`]. When the question asks only what the headings name (`heading_asked`:
/// "what tools do they use" under Tools & Technologies), the best is the lead sentence, which
/// states what the section is about.
pub fn choose(
    sentences: &[Sentence],
    headed: &HashSet<String>,
    weights: &HashMap<String, f32>,
    wanted: &[EntityRef],
    expects: Option<AnswerType>,
    asked: &HashSet<String>,
    heading_asked: bool,
) -> Quote {
    let mut scores: Vec<f32> = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| score(s, i, weights, wanted, expects, headed))
        .collect();
    // A sentence that points back speaks of what the sentences before it named: "However,
    // they are not always a direct prerequisite" is about the bachelor's degrees two
    // sentences up, so it answers "do I need a bachelor's" though it never says one.
    if sentences.iter().skip(1).any(|s| s.refers_back) {
        carry_over_what_was_spoken_of(sentences, &mut scores, weights, headed);
    }
    let Some(best) = scores
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0)))
        .map(|(i, _)| if heading_asked { 0 } else { i })
    else {
        return Quote {
            first: 0,
            last: 0,
            plain: String::new(),
        };
    };
    let mut first = best;
    let mut last = best;
    let length = |a: usize, b: usize| {
        sentences[a..=b]
            .iter()
            .map(|s| s.text.chars().count() + 1)
            .sum::<usize>()
    };
    while length(first, last) < SHORT_SENTENCE_CHARS {
        let next = (last + 1 < sentences.len()).then_some(last + 1);
        let prev = first.checked_sub(1);
        let pick = match (prev, next) {
            (Some(p), Some(n)) => Some(if scores[p] > scores[n] { p } else { n }),
            (p, n) => n.or(p),
        };
        match pick {
            Some(i) if i < first && length(i, last) <= MAX_SNIPPET_CHARS => first = i,
            Some(i) if i > last && length(first, i) <= MAX_SNIPPET_CHARS => last = i,
            _ => break,
        }
    }
    // A neighbour that holds a word the person asked about (or its synonym) that the quote
    // lacks completes the answer ("…earn less… Additional certifications… can command
    // higher pay"), when both fit.
    let adds = |i: usize, first: usize, last: usize| -> f32 {
        let added = weights
            .iter()
            .filter(|(stem, _)| asked.contains(stem.as_str()))
            .filter(|(stem, _)| {
                sentences[i].has_stem(stem)
                    && !sentences[first..=last].iter().any(|s| s.has_stem(stem))
            })
            .map(|(_, w)| *w);
        sum_in_a_fixed_order(added)
    };
    let holds_asked = asked
        .iter()
        .any(|stem| sentences[first..=last].iter().any(|s| s.has_stem(stem)));
    let gain_next =
        (holds_asked && last + 1 < sentences.len()).then(|| adds(last + 1, first, last));
    let gain_prev = first
        .checked_sub(1)
        .filter(|_| holds_asked)
        .map(|p| adds(p, first, last));
    match (gain_prev, gain_next) {
        (p, Some(n))
            if n >= COMPLETING_WEIGHT
                && p.is_none_or(|p| n >= p)
                && length(first, last + 1) <= MAX_SNIPPET_CHARS =>
        {
            last += 1
        }
        (Some(p), _) if p >= COMPLETING_WEIGHT && length(first - 1, last) <= MAX_SNIPPET_CHARS => {
            first -= 1
        }
        _ => {}
    }
    // A quote that opens by pointing back ("This experience helps…", "However, they…")
    // takes the sentence it points to, when both fit.
    if first > 0 && sentences[first].refers_back && length(first - 1, last) <= MAX_SNIPPET_CHARS {
        first -= 1;
    }
    // A quote about the right thing that lacks the fact asked for takes the neighbour that
    // states it ("…a cost-effective route. These programs often range from $5,000-$20,000").
    if let Some(expected) = expects {
        let states = |i: usize| sentences[i].states(expected);
        if !(first..=last).any(states) {
            if last + 1 < sentences.len()
                && states(last + 1)
                && length(first, last + 1) <= MAX_SNIPPET_CHARS
            {
                last += 1;
            } else if first > 0 && states(first - 1) && length(first - 1, last) <= MAX_SNIPPET_CHARS
            {
                first -= 1;
            }
        }
    }
    let plain = sentences[first..=last]
        .iter()
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    Quote { first, last, plain }
}

/// Wraps each run of matched words in `**`, leaving everything else as the guide wrote it.
pub fn embolden(text: &str, weights: &HashMap<String, f32>, analyzer: &mut TextAnalyzer) -> String {
    let matched: Vec<(usize, usize)> = word_spans(text)
        .into_iter()
        .filter(|&(a, b)| {
            let folded = fold_for_search(&text[a..b]);
            let hit = crate::text::words(&folded)
                .any(|w| stem(analyzer, w).is_some_and(|s| weights.contains_key(&s)));
            hit
        })
        .collect();
    bold_spans(text, matched)
}

/// Wraps the words at `matched` (byte spans, in order) in `**`, each widened to its whole
/// white-space-delimited chunk, neighbouring ones joined into one run.
fn bold_spans(text: &str, matched: Vec<(usize, usize)>) -> String {
    // Widen each match to its whole white-space-delimited chunk, so "work-life",
    // "associate's" or "(CPCT)" is bolded whole and the marks never split the guide's text.
    let matched = matched.into_iter().map(|(a, b)| {
        let start = text[..a].rfind(char::is_whitespace).map_or(0, |i| i + 1);
        let end = text[b..]
            .find(char::is_whitespace)
            .map_or(text.len(), |i| b + i);
        (start, end)
    });
    // Join matches separated only by spaces into one bold run.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (a, b) in matched {
        if runs.last().is_some_and(|run| a < run.1) {
            continue;
        }
        match runs.last_mut() {
            Some(run) if text[run.1..a].chars().all(|c| c == ' ') => run.1 = b,
            _ => runs.push((a, b)),
        }
    }
    let mut out = String::with_capacity(text.len() + runs.len() * 4);
    let mut at = 0;
    for (a, b) in runs {
        out.push_str(&text[at..a]);
        out.push_str("**");
        out.push_str(&text[a..b]);
        out.push_str("**");
        at = b;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weights(stems: &[&str]) -> HashMap<String, f32> {
        stems.iter().map(|s| (s.to_string(), 1.0)).collect()
    }

    /// The quote of a passage read under no heading, naming no entity.
    fn quote_of(
        sentences: &[Sentence],
        weights: &HashMap<String, f32>,
        expects: Option<AnswerType>,
        asked: &HashSet<String>,
    ) -> Quote {
        choose(
            sentences,
            &HashSet::new(),
            weights,
            &[],
            expects,
            asked,
            false,
        )
    }

    /// The quote of a passage for a question asking whether something is required, its
    /// words weighted as given.
    fn requirement_quote(passage: &str, asked: &[(&str, f32)]) -> Quote {
        let sentences = prepare(passage, &understander());
        let weights: HashMap<String, f32> = asked
            .iter()
            .map(|&(stem, w)| (stem.to_string(), w))
            .collect();
        quote_of(
            &sentences,
            &weights,
            Some(AnswerType::Requirement),
            &HashSet::new(),
        )
    }

    fn understander() -> Understander {
        let thesaurus = crate::corpus::Thesaurus::parse("").unwrap();
        Understander::new(&thesaurus, &Default::default(), &[])
    }

    #[test]
    fn words_alike_but_for_an_inflection_are_forms_of_one_word() {
        let sentences = prepare(
            "Organizational skills help those organizing records.",
            &understander(),
        );
        assert!(sentences[0].writes_a_form_of("organiz", "organized"));
        let sentences = prepare("Support organizations exist.", &understander());
        assert!(!sentences[0].writes_a_form_of("organiz", "organized"));
        assert!(inflected_alike("studies", "study"));
        assert!(!inflected_alike("educates", "education"));
    }

    #[test]
    fn a_list_item_opening_with_a_capitalised_term_and_a_colon_is_labelled_by_it() {
        let sentences = prepare(
            "Organizational Skills: Crucial for managing schedules. Note: see below. \
             Remote work: it varies, and ratios like 3:1 are not labels.",
            &understander(),
        );
        assert!(sentences[0].labelled_with("organiz"));
        assert!(!sentences[0].labelled_with("crucial"));
        assert!(sentences[1].labelled_with("note"));
        // A lower-case word after the first is prose, not a term.
        assert!(!sentences[2].labelled_with("remot"));
    }

    #[test]
    fn a_word_written_only_inside_a_compound_counts_half() {
        let passage = "Coordinators work in busy clinics and hospitals across the country, most \
            of them at a front desk with a phone and a scheduling screen in front of them. \
            Developing resilience and problem-solving skills helps a great deal over the long \
            years of a career in a busy clinic with many patients and many calls every day. \
            The biggest problems are the calls from upset patients, the insurance paperwork and \
            the constant pressure of a schedule that never seems to end in a busy week.";
        let sentences = prepare(passage, &understander());
        let chosen =
            |asked: &[&str]| quote_of(&sentences, &weights(asked), None, &HashSet::new()).plain;
        let problems = chosen(&["problem"]);
        assert!(problems.contains("biggest problems") && !problems.contains("Developing"));
        // Asked for as a whole, the compound is the word.
        assert!(chosen(&["problem", "solv"]).contains("Developing"));
    }

    #[test]
    fn a_sentence_pointing_back_speaks_of_what_the_ones_before_it_named() {
        let passage = "Formal degrees such as a bachelor's take four years of full-time study \
            and cost a great deal of money at most of the colleges that offer them. These \
            programs are valued by large hospital systems and academic medical centers. \
            However, they are not always a direct prerequisite for entry-level roles.";
        let quote = requirement_quote(passage, &[("bachelor", 2.5)]);
        assert!(
            quote.plain.contains("not always a direct prerequisite"),
            "{}",
            quote.plain
        );
        // It reads with the sentence it points to.
        assert!(quote.plain.contains("These programs"), "{}", quote.plain);
    }

    #[test]
    fn a_sentence_pointing_back_that_states_the_fact_asked_outweighs_the_one_it_points_to() {
        let passage = "Most coordinators learn on the job within a few months of starting. \
            Formal bachelor's degrees in healthcare administration or public health offer a \
            broad theoretical foundation, typically cost tens of thousands of dollars, and take \
            four years of full-time study at a college or university, often longer for those who \
            study part time. However, they are not always required for the entry-level roles \
            most coordinators start in, at clinics and hospitals alike.";
        let quote = requirement_quote(passage, &[("bachelor", 3.0), ("degre", 2.0)]);
        assert!(
            quote.plain.contains("not always required"),
            "{}",
            quote.plain
        );
    }

    #[test]
    fn a_word_the_heading_already_says_counts_half_in_choosing_the_quote() {
        // Under "Tools & Technologies", "tools" tells the sentences apart less than the
        // systems the first one names.
        let passage = "Coordinators regularly use electronic record systems like Epic for \
            scheduling, documentation and messaging across the clinic and its many teams. \
            Communication tools such as phones and video calls help with the many daily \
            conversations between patients, nurses, doctors and the front desk staff.";
        let sentences = prepare(passage, &understander());
        let mut asked = weights(&["tool"]);
        asked.insert("system".to_string(), 0.3);
        let quote = |headed: &[&str]| {
            let headed: HashSet<String> = headed.iter().map(|s| s.to_string()).collect();
            choose(
                &sentences,
                &headed,
                &asked,
                &[],
                None,
                &HashSet::new(),
                false,
            )
            .plain
        };
        assert!(quote(&[]).starts_with("Communication tools"));
        assert!(quote(&["tool", "technolog"]).starts_with("Coordinators regularly"));
    }

    #[test]
    fn a_word_inside_a_term_the_thesaurus_knows_counts_half() {
        let thesaurus =
            crate::corpus::Thesaurus::parse("[synonyms]\nbenefits = paid time off\n").unwrap();
        let u = Understander::new(&thesaurus, &Default::default(), &[]);
        let passage = "Coordinators work in busy clinics and hospitals across the country, most \
            of them at a front desk with a phone and a scheduling screen in front of them. \
            Benefits packages often include health insurance, paid time off and retirement \
            plans for the coordinators who stay with one employer for a few years or more. \
            Most coordinators are paid a salary that rises with experience, certifications and \
            the size of the hospital or clinic they work for in a given region.";
        let sentences = prepare(passage, &u);
        let quote = quote_of(&sentences, &weights(&["paid"]), None, &HashSet::new()).plain;
        assert!(quote.contains("Most coordinators are paid") && !quote.contains("Benefits"));
    }

    #[test]
    fn a_sentence_stating_the_kind_of_fact_asked_for_is_quoted() {
        let passage = "Bachelor's degrees in business administration cover accounting, \
            marketing, human resources and office management over four full years of study at a \
            college or university. Most receptionists need only a high school diploma.";
        let sentences = prepare(passage, &understander());
        let weights = weights(&["degre"]);
        let plain = |expects| quote_of(&sentences, &weights, expects, &HashSet::new()).plain;
        assert!(!plain(None).contains("diploma"));
        assert!(plain(Some(AnswerType::Requirement)).contains("need only a high school diploma"));
    }

    #[test]
    fn a_quote_lacking_the_fact_asked_for_takes_the_neighbour_that_states_it() {
        let passage = "Associate degrees in medical office administration are a more direct and \
            cost-effective route into the field than a four-year bachelor's degree for most \
            people. These programs often range from $5,000 to $20,000.";
        let sentences = prepare(passage, &understander());
        let weights = weights(&["associ", "degre", "cost"]);
        let quote = quote_of(
            &sentences,
            &weights,
            Some(AnswerType::Amount),
            &HashSet::new(),
        );
        assert!(quote.plain.contains("$5,000 to $20,000"), "{}", quote.plain);
        assert!(!quote_of(&sentences, &weights, None, &HashSet::new())
            .plain
            .contains("$5,000"));
    }

    #[test]
    fn a_sentence_pointing_back_is_quoted_with_the_one_it_points_to() {
        let passage = "Look for work as a medical receptionist or a clinic assistant. This \
            experience helps you develop communication, problem-solving and organisational skills \
            while you learn how the healthcare operations of a busy clinic run from day to day.";
        let sentences = prepare(passage, &understander());
        let quote = quote_of(
            &sentences,
            &weights(&["experi", "healthcar"]),
            None,
            &HashSet::new(),
        );
        assert!(quote.plain.starts_with("Look for work"), "{}", quote.plain);
    }

    fn asked(stems: &[&str]) -> HashSet<String> {
        stems.iter().map(|s| s.to_string()).collect()
    }

    const EARNINGS: &str = "Pay varies widely from one clinic to the next across the country. \
        Receptionists new to the front desk earn less than those with several years of \
        experience handling complex insurance cases or busy multi-provider schedules behind them. \
        Certifications in billing can command higher pay.";

    #[test]
    fn a_neighbour_holding_an_asked_word_the_quote_lacks_completes_it() {
        let sentences = prepare(EARNINGS, &understander());
        let stems = ["earn", "certif"];
        let quote = quote_of(&sentences, &weights(&stems), None, &asked(&stems));
        assert!(quote.plain.contains("earn less"), "{}", quote.plain);
        assert!(
            quote.plain.contains("Certifications in billing"),
            "{}",
            quote.plain
        );
    }

    #[test]
    fn a_neighbour_does_not_complete_a_quote_that_holds_nothing_asked() {
        let sentences = prepare(EARNINGS, &understander());
        let weights = weights(&["earn", "certif"]);
        let quote = quote_of(&sentences, &weights, None, &asked(&["certif"]));
        assert!(!quote.plain.contains("Certifications"), "{}", quote.plain);
    }

    #[test]
    fn matched_words_are_bold_and_adjacent_ones_share_a_run() {
        let mut analyzer = crate::index::analyzer();
        let out = embolden(
            "Senior Patient pay, and salaries.",
            &weights(&["senior", "patient", "salari"]),
            &mut analyzer,
        );
        assert_eq!(out, "**Senior Patient** pay, and **salaries.**");
    }

    #[test]
    fn hyphenated_possessive_and_bracketed_words_are_bolded_whole() {
        let mut analyzer = crate::index::analyzer();
        let out = embolden(
            "a better work-life balance, an associate's degree (CPCT).",
            &weights(&["work", "associ", "cpct"]),
            &mut analyzer,
        );
        assert_eq!(
            out,
            "a better **work-life** balance, an **associate's** degree **(CPCT).**"
        );
    }

    #[test]
    fn a_quote_that_fits_keeps_its_last_words_and_loses_bold_instead() {
        // 40 matched words in 320 characters: bolding every one would pass the limit.
        let passage = "pay and ".repeat(40) + "pay.";
        let sentences = prepare(&passage, &understander());
        let weights = weights(&["pay"]);
        let quote = quote_of(&sentences, &weights, None, &HashSet::new());
        let shown = quote.shown(&sentences, &weights);
        assert!(shown.chars().count() <= MAX_SNIPPET_CHARS, "{shown}");
        assert!(shown.ends_with("and pay."), "{shown}");
        assert!(shown.contains("**pay"), "{shown}");
    }

    #[test]
    fn examples_are_of_the_word_just_before_like() {
        let u = understander();
        let asked: HashSet<&str> = ["system", "learn"].into_iter().collect();
        let tools = prepare("They use EHR systems like Epic, Cerner, or Meditech.", &u);
        assert!(tools[0].names_examples_of(&asked));
        let areas = prepare(
            "Continuous learning in areas like EHR systems, advocacy, and regulations is key.",
            &u,
        );
        assert!(!areas[0].names_examples_of(&asked));
    }
}
