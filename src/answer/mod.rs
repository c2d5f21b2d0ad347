//! The answer engine: a question in, a typed [`Answer`] out.
//!
//! Understand the question ([`understand`]), retrieve candidate passages with multi-field BM25,
//! rerank them on what BM25 cannot see (how much of the question a passage covers, topic
//! agreement, the country or level asked about), quote the best sentence ([`snippet`]), cite it,
//! and decline honestly when nothing clears the bar. Nothing here knows about the CLI or Discord.

pub mod snippet;
pub mod understand;

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, DisjunctionMaxQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, Searcher, TantivyDocument, Term};

use crate::corpus::Topic;
use crate::index::{GuideInfo, LoadedIndex, Manifest};
use understand::{AnswerType, Understander};
pub use understand::{EntityRef, Origin, SearchWord, Understood};

/// The longest question read; the rest is ignored (Discord caps messages at 4,000 characters).
pub const MAX_QUESTION_CHARS: usize = 4_000;
/// How many citations an answer carries at most.
pub const MAX_CITATIONS: usize = 3;
/// How many further citations "More results" shows.
pub const MORE_RESULTS: usize = 3;
/// How many suggestions a declined answer carries at most.
pub const MAX_SUGGESTIONS: usize = 3;
/// Candidates taken from BM25 for reranking.
const CANDIDATES: usize = 25;

/// A passage this short is a fact line ("16%, much faster than average"), read with its
/// heading, unless it ends in a colon and so only introduces what follows.
const FACT_LINE_CHARS: usize = 160;

/// The share of a question's content words the guides never use from which topic agreement
/// no longer lowers the coverage bar.
const UNKNOWN_SHARE_WITHOUT_RELIEF: f32 = 0.4;

/// The body's field weight in BM25; the others ([`Tuning`]) are relative to it.
const BODY_BOOST: f32 = 1.0;

/// Stems of words that ask for a step up ("promotion", "next step", "advance"): said of
/// a level, they ask for the level after it, and once it is found they are answered.
const STEP_UP_STEMS: &[&str] = &[
    "promot", "advanc", "progress", "next", "step", "ladder", "rung",
];

/// Tuned on `tests/golden/questions.jsonl`: see `careerbot eval`.
#[derive(Debug, Clone, Copy)]
pub struct Tuning {
    pub bm25_weight: f32,
    pub coverage_weight: f32,
    pub quote_coverage_weight: f32,
    pub topic_bonus: f32,
    pub entity_bonus: f32,
    pub entity_penalty: f32,
    /// A section headed by one level ("Career Path › Lead"), for a question naming none.
    pub level_section_penalty: f32,
    pub guide_bonus: f32,
    /// FAQ answers are written to answer questions: a small prior for them.
    pub faq_bonus: f32,
    /// How much a word found only through the thesaurus counts against the word itself.
    pub synonym_credit: f32,
    /// How much a word found only in a parent heading counts.
    pub parent_heading_credit: f32,
    /// The share of a multi-word synonym's rarity a passage must hold to count as having it.
    pub synonym_phrase_share: f32,
    /// The quote states the requirement asked about ("do I need…").
    pub answer_type_bonus: f32,
    /// Things asked to be named are given as examples of what was asked ("EHR systems like
    /// Epic" for "which EHR systems").
    pub named_examples_bonus: f32,
    /// A section's first passage usually states its point.
    pub lead_passage_bonus: f32,
    /// A list's first item, when the foremost of its things, or the list as a whole, is asked
    /// for.
    pub first_listed_bonus: f32,
    /// Credit for the share of the question the section's own heading, aliases or FAQ
    /// question hold: the section is about exactly that.
    pub heading_coverage_weight: f32,
    /// Credit for the share of the section's own heading the question asks for.
    pub heading_precision_weight: f32,
    /// How much a word the corpus never uses (and the thesaurus does not link) counts.
    pub unknown_word_weight: f32,
    /// The least share of a short question a passage must cover to be an answer…
    pub min_coverage: f32,
    /// …lowered by this for each full word past the third…
    pub coverage_relief_per_word: f32,
    /// …down to this.
    pub min_coverage_floor: f32,
    /// The quote states the figure or duration asked for ("how much", "how long").
    pub precise_answer_type_bonus: f32,
    /// How much a word the quote writes only as another word of its stem counts
    /// ("organizations" for "organized").
    pub derived_form_credit: f32,
    /// How much a word found only as another phrase of the same concept counts.
    pub sibling_credit: f32,
    /// How much a thesaurus hint counts when choosing the sentence to quote.
    pub hint_weight: f32,
    /// A passage on the topic the question is about needs this much less coverage: two
    /// signals agreeing say more than one.
    pub topic_relief: f32,
    /// Secondary citations must score at least this share of the best one.
    pub min_relative_score: f32,
    /// BM25 field weights: a FAQ question, a heading or an alias that matches says more than
    /// a body that does. A FAQ question names the career in every one, so it says less than
    /// its length suggests.
    pub question_boost: f32,
    pub heading_boost: f32,
    pub aliases_boost: f32,
    /// What a word's match in its other fields adds to its best field's BM25 (1 sums them):
    /// a word heading, aliasing and filling a passage is still one word of the question.
    pub field_tie_breaker: f32,
}

pub const TUNING: Tuning = Tuning {
    bm25_weight: 0.3,
    coverage_weight: 0.35,
    quote_coverage_weight: 0.5,
    topic_bonus: 0.15,
    entity_bonus: 0.25,
    entity_penalty: 0.3,
    level_section_penalty: 0.15,
    guide_bonus: 0.2,
    faq_bonus: 0.05,
    synonym_credit: 0.8,
    parent_heading_credit: 0.5,
    synonym_phrase_share: 0.75,
    answer_type_bonus: 0.1,
    named_examples_bonus: 0.2,
    lead_passage_bonus: 0.05,
    first_listed_bonus: 0.15,
    heading_coverage_weight: 0.1,
    heading_precision_weight: 0.1,
    unknown_word_weight: 0.2,
    min_coverage: 0.5,
    coverage_relief_per_word: 0.04,
    min_coverage_floor: 0.25,
    topic_relief: 0.1,
    precise_answer_type_bonus: 0.4,
    hint_weight: 0.3,
    sibling_credit: 0.5,
    derived_form_credit: 0.9,
    min_relative_score: 0.5,
    question_boost: 2.0,
    heading_boost: 1.5,
    aliases_boost: 1.5,
    field_tie_breaker: 0.6,
};

impl Tuning {
    /// Sets one weight by name (`min_coverage=0.4`), for trying values with `careerbot eval`.
    pub fn set(&mut self, name: &str, value: f32) -> Result<(), String> {
        let slot = match name {
            "bm25_weight" => &mut self.bm25_weight,
            "coverage_weight" => &mut self.coverage_weight,
            "quote_coverage_weight" => &mut self.quote_coverage_weight,
            "topic_bonus" => &mut self.topic_bonus,
            "entity_bonus" => &mut self.entity_bonus,
            "entity_penalty" => &mut self.entity_penalty,
            "level_section_penalty" => &mut self.level_section_penalty,
            "guide_bonus" => &mut self.guide_bonus,
            "faq_bonus" => &mut self.faq_bonus,
            "synonym_credit" => &mut self.synonym_credit,
            "parent_heading_credit" => &mut self.parent_heading_credit,
            "synonym_phrase_share" => &mut self.synonym_phrase_share,
            "answer_type_bonus" => &mut self.answer_type_bonus,
            "named_examples_bonus" => &mut self.named_examples_bonus,
            "lead_passage_bonus" => &mut self.lead_passage_bonus,
            "first_listed_bonus" => &mut self.first_listed_bonus,
            "heading_coverage_weight" => &mut self.heading_coverage_weight,
            "heading_precision_weight" => &mut self.heading_precision_weight,
            "unknown_word_weight" => &mut self.unknown_word_weight,
            "min_coverage" => &mut self.min_coverage,
            "coverage_relief_per_word" => &mut self.coverage_relief_per_word,
            "min_coverage_floor" => &mut self.min_coverage_floor,
            "topic_relief" => &mut self.topic_relief,
            "precise_answer_type_bonus" => &mut self.precise_answer_type_bonus,
            "hint_weight" => &mut self.hint_weight,
            "sibling_credit" => &mut self.sibling_credit,
            "derived_form_credit" => &mut self.derived_form_credit,
            "min_relative_score" => &mut self.min_relative_score,
            "question_boost" => &mut self.question_boost,
            "heading_boost" => &mut self.heading_boost,
            "aliases_boost" => &mut self.aliases_boost,
            "field_tie_breaker" => &mut self.field_tie_breaker,
            _ => return Err(format!("no tuning weight named `{name}`")),
        };
        *slot = value;
        Ok(())
    }
}

/// The first sum of money a text states, in its own units ("$62k" → 62000).
fn first_sum(text: &str) -> Option<f64> {
    let at = text.find('$')?;
    let digits: String = text[at + 1..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == 'k' || *c == 'K')
        .collect();
    let thousands = digits.ends_with(['k', 'K']);
    let number: f64 = digits
        .trim_end_matches(['k', 'K'])
        .replace(',', "")
        .parse()
        .ok()?;
    Some(if thousands { number * 1000.0 } else { number })
}

/// One quoted passage with where it comes from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Citation {
    /// The guide's title.
    pub guide: String,
    pub guide_id: String,
    /// The heading path, `Salary & Outlook › Salary by Experience Level`.
    pub section: String,
    /// Exactly what a user is shown, `**bold**` marks included.
    pub snippet: String,
    pub score: f32,
    pub source: String,
    pub url: Option<String>,
    /// Version of the guide (its `date:`), when it has one.
    pub version: Option<String>,
    pub line: u64,
}

/// Why an answer is what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The guide answers it: see the citations.
    Answered,
    /// The guide does not cover it: see the suggestions.
    NotCovered,
    /// Greetings and thanks: a friendly word, no citation.
    SmallTalk,
    /// Nothing to search for: empty, punctuation, only function words.
    Empty,
}

/// The engine's answer to one question.
#[derive(Debug, Clone, Serialize)]
pub struct Answer {
    pub question: String,
    pub answered: bool,
    pub outcome: Outcome,
    pub topic: Option<Topic>,
    pub citations: Vec<Citation>,
    /// FAQ questions or section titles the guide does answer, offered when it declines.
    pub suggestions: Vec<String>,
    /// A sentence for the user when there is no citation to show.
    pub message: Option<String>,
}

/// The scores behind one candidate, for `--explain`.
#[derive(Debug, Clone, Serialize)]
pub struct CandidateTrace {
    pub section: String,
    pub bm25: f32,
    /// The share of what was asked that the quote and headings hold, the bar a passage must
    /// clear to answer: words only told about the asker count where the passage holds them.
    pub coverage: f32,
    pub topic_match: bool,
    pub entities: Vec<EntityRef>,
    pub score: f32,
    pub parts: ScoreParts,
    pub matched: Vec<String>,
}

/// For a question weighing two countries or levels against each other ("uk pay vs canada
/// pay"), the passage of the best one's section that names the other, so the answer quotes
/// both.
fn companion_of<'a>(
    understood: &Understood,
    best: &Candidate,
    eligible: &[&'a Candidate],
) -> Option<&'a Candidate> {
    let compared = |e: &&EntityRef| {
        understood
            .entities
            .iter()
            .filter(|other| other.class == e.class)
            .count()
            >= 2
    };
    let missing: Vec<&EntityRef> = understood
        .entities
        .iter()
        .filter(compared)
        .filter(|e| !best.quoted_entities().any(|q| q == *e))
        .collect();
    if missing.is_empty() {
        return None;
    }
    eligible.iter().copied().skip(1).find(|c| {
        c.guide_id == best.guide_id
            && c.section == best.section
            && c.quoted_entities().any(|q| missing.contains(&q))
    })
}

/// Whether questions asked one after another (understood each with what the message told
/// before them) are about different things: each on a topic of its own, or naming something
/// none before it names ("…and do they wear *scrubs*?"). "What's the pay? Is it enough to live
/// on?" asks one thing twice.
fn asks_apart(parts: &[Understood]) -> bool {
    let mut topics: Vec<&Topic> = Vec::with_capacity(parts.len());
    let mut named: Vec<&EntityRef> = Vec::new();
    for part in parts {
        if part.small_talk || part.words.is_empty() {
            return false;
        }
        let new_topic = part.topic.as_ref().is_some_and(|t| !topics.contains(&t));
        let names_its_own = part.entities.iter().any(|e| !named.contains(&e));
        if !new_topic && !names_its_own {
            return false;
        }
        topics.extend(part.topic.as_ref());
        named.extend(&part.entities);
    }
    true
}

/// The compounds a guide writes that a question writes too, as words standing together
/// ("full time" for "full-time"), and the stems it writes only inside them.
#[derive(Default)]
struct CompoundsAsked {
    compounds: Vec<Vec<String>>,
    only_inside: HashSet<String>,
}

impl CompoundsAsked {
    /// The compounds asked that hold `stem`, when the question writes it only inside them.
    fn holding_only(&self, stem: &str) -> Vec<&Vec<String>> {
        if !self.only_inside.contains(stem) {
            return Vec::new();
        }
        self.compounds
            .iter()
            .filter(|c| c.iter().any(|s| s == stem))
            .collect()
    }
}

/// Of the compounds the guides write (`written`, each its parts' stems), those the question
/// (its stems in order) writes as neighbouring words.
fn compounds_asked<'a>(
    question: &[String],
    written: impl IntoIterator<Item = &'a Vec<String>>,
) -> CompoundsAsked {
    let written: HashSet<&Vec<String>> = written.into_iter().collect();
    let mut asked = CompoundsAsked::default();
    let mut inside = vec![false; question.len()];
    for compound in written.into_iter().filter(|c| c.len() >= 2) {
        let mut found = false;
        for start in 0..question.len().saturating_sub(compound.len() - 1) {
            if question[start..start + compound.len()] == compound[..] {
                inside[start..start + compound.len()].fill(true);
                found = true;
            }
        }
        if found {
            asked.compounds.push(compound.clone());
        }
    }
    asked.only_inside = question
        .iter()
        .filter(|stem| {
            question
                .iter()
                .zip(&inside)
                .all(|(other, &within)| other != *stem || within)
        })
        .cloned()
        .collect();
    asked
}

/// The coverage a passage needs to answer a question, worked out once per question.
struct CoverageBar {
    off_topic: f32,
    /// Lower, when topic agreement may vouch for the passage.
    on_topic: f32,
}

/// A candidate as [`Engine::ranked_candidates`] reports it.
#[derive(Debug, Clone, Serialize)]
pub struct RankedCandidate {
    pub snippet: String,
    pub may_cite: bool,
    pub answers: bool,
    pub trace: CandidateTrace,
}

/// What each signal added to a candidate's score, weights applied: the score is their sum.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct ScoreParts {
    pub bm25: f32,
    pub coverage: f32,
    pub quote_coverage: f32,
    pub heading_coverage: f32,
    pub heading_precision: f32,
    pub topic: f32,
    pub entities: f32,
    pub guide: f32,
    pub faq: f32,
    pub lead_passage: f32,
    pub answer_type: f32,
}

impl ScoreParts {
    pub fn total(&self) -> f32 {
        self.bm25
            + self.coverage
            + self.quote_coverage
            + self.heading_coverage
            + self.heading_precision
            + self.topic
            + self.entities
            + self.guide
            + self.faq
            + self.lead_passage
            + self.answer_type
    }
}

/// Why the engine answered as it did.
#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    pub understood: Understood,
    pub candidates: Vec<CandidateTrace>,
    /// Why the question was declined, when it was.
    pub declined: Option<Declined>,
    /// The questions of a message that asks several, answered one by one; the rest of the
    /// explanation is of the first the guides answer.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<String>,
}

/// Why a question got no quote: what a moderator reads to tell a gap in the guide from a
/// question the engine misread.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "reason")]
pub enum Declined {
    /// No passage covered enough of the question (the share needed off and on its topic).
    NothingCoversEnough { off_topic: f32, on_topic: f32 },
    /// A figure (a price, a count, a time, an age) or where to get something was asked for,
    /// and the best passage states none for what was asked.
    FigureUnstated,
    /// It asks how to become another career.
    AnotherCareer,
    /// It asks which of something pays most, and the guides give no pay by it.
    PayNotBrokenDown,
    /// It weighs the career's pay against another's that no guide gives.
    PayOfAnotherCareer,
    /// It asks for a perk by name (an allowance, a stipend) that the best passage does not name.
    PerkUnnamed,
    /// It asks about the asker's own surroundings or history.
    AboutTheAsker,
    /// All it asks about is words the guides never use.
    OnlyUnknownWords,
}

impl std::fmt::Display for Declined {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Declined::NothingCoversEnough { off_topic, on_topic } => write!(
                f,
                "no passage covers enough of the question ({off_topic:.2} needed, {on_topic:.2} on its topic)"
            ),
            Declined::FigureUnstated => {
                f.write_str("a figure or a source was asked for, and the best passage states none for what was asked")
            }
            Declined::AnotherCareer => f.write_str("it asks about becoming another career"),
            Declined::PayNotBrokenDown => f.write_str(
                "it asks which of something pays most, and the guides give no pay by it",
            ),
            Declined::PayOfAnotherCareer => f.write_str(
                "it weighs pay against another career's, which no guide gives",
            ),
            Declined::PerkUnnamed => f.write_str(
                "it asks for a perk by name, and the best passage names no such perk",
            ),
            Declined::AboutTheAsker => f.write_str(
                "it asks about the asker's own surroundings or history, which no guide can know",
            ),
            Declined::OnlyUnknownWords => {
                f.write_str("what it asks about is only words the guides never use")
            }
        }
    }
}

/// What ranking needs of one passage, worked out once per engine: passages never change
/// under an engine, so their folding, stemming and entities are not redone per question.
struct Prepared {
    guide_id: String,
    section: String,
    kind: crate::corpus::PassageKind,
    topics: Vec<String>,
    line: u64,
    /// The passage's place in its section, 0 for the first.
    position: u64,
    sentences: Vec<snippet::Sentence>,
    /// A list item, table row or fact line is read under its heading ("Cons: …").
    reads_with_heading: bool,
    /// Ends in a colon: it only introduces the list below it and answers nothing itself.
    introduces_list: bool,
    own_heading_stems: HashSet<String>,
    /// The section's own heading and aliases: they speak for the passage.
    heading_stems: HashSet<String>,
    /// The words the heading and aliases write for each of their stems.
    heading_forms: HashMap<String, Vec<String>>,
    /// Parent headings ("Pros & Cons" above "Cons") speak for it only partly.
    parent_stems: HashSet<String>,
    /// The own heading's content words less weak ones, for heading precision.
    heading_content_stems: Vec<String>,
    section_entities: Vec<EntityRef>,
    /// What the last heading alone names: the level whose row it is, not one it sits under.
    own_heading_entities: Vec<EntityRef>,
}

struct Candidate {
    quote: snippet::Quote,
    /// The passage the quote was taken from.
    passage: std::sync::Arc<Prepared>,
    /// Names, for each class of entity the question names, one it names.
    names_asked_entities: bool,
    address: DocAddress,
    guide_id: String,
    section: String,
    line: u64,
    topics: Vec<String>,
    trace: CandidateTrace,
}

impl Candidate {
    /// The sentences it quotes.
    fn quoted_sentences(&self) -> &[snippet::Sentence] {
        self.passage
            .sentences
            .get(self.quote.first..=self.quote.last)
            .unwrap_or_default()
    }

    /// The entities its quoted sentences name.
    fn quoted_entities(&self) -> impl Iterator<Item = &EntityRef> {
        self.quoted_sentences().iter().flat_map(|s| &s.entities)
    }

    /// Whether the quoted sentences, or the headings they read under, hold the stem.
    fn quote_or_heading_holds(&self, stem: &str) -> bool {
        self.quoted_sentences().iter().any(|s| s.has_stem(stem))
            || self.passage.heading_stems.contains(stem)
    }

    /// Whether the passage, or the headings it reads under, holds the stem.
    fn passage_or_heading_holds(&self, stem: &str) -> bool {
        self.passage.sentences.iter().any(|s| s.has_stem(stem))
            || self.passage.heading_stems.contains(stem)
    }
}

/// Answers questions from one loaded index version. Cheap to share between threads.
pub struct Engine {
    loaded: LoadedIndex,
    understander: Understander,
    tuning: Tuning,
    prepared: std::sync::RwLock<HashMap<DocAddress, std::sync::Arc<Prepared>>>,
    /// Each guide's id and its title's stems with their rarity, for telling which guide a
    /// question names without redoing it per question.
    titles: Vec<(String, Vec<(String, f32)>)>,
    /// The suggestions offered when nothing nearer fits, worked out once.
    fallback_suggestions: Vec<String>,
    /// Section labels whose own heading the guide repeats under several parents ("Key Focus
    /// Areas" under each level): such a heading says nothing alone, so it is read with its
    /// parent's ("Junior Patient Care Coordinator Key Focus Areas").
    repeated_headings: HashSet<String>,
    /// Classes of entity some section heading names ("level": "Senior Patient Care
    /// Coordinator"): the guides are organised by them, so a passage naming one in passing
    /// is still about the career asked about.
    heading_entity_classes: std::sync::OnceLock<HashSet<String>>,
    /// Each level a section heads with the years of experience its first passage gives it
    /// ("Experience: 4-7 years"), worked out on first need.
    level_years: std::sync::OnceLock<Vec<(EntityRef, f32, f32)>>,
}

/// The labels of sections whose own heading appears under more than one parent in its guide.
fn repeated_headings(manifest: &Manifest) -> HashSet<String> {
    let mut labels = HashSet::new();
    for guide in &manifest.guides {
        let mut parents_of: HashMap<&str, HashSet<&[String]>> = HashMap::new();
        for section in &guide.sections {
            if let Some((own, parents)) = section.path.split_last() {
                parents_of.entry(own).or_default().insert(parents);
            }
        }
        labels.extend(
            guide
                .sections
                .iter()
                .filter(|s| {
                    s.path.len() > 1
                        && s.path
                            .last()
                            .is_some_and(|own| parents_of[own.as_str()].len() > 1)
                })
                .map(|s| s.label()),
        );
    }
    labels
}

/// The years of experience a text gives first, as a range: "4-7 years", "10+ years".
fn years_range(text: &str) -> Option<(f32, f32)> {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ':' || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .collect();
    let at = words.windows(2).position(|w| w[1] == "years")?;
    let figure = words[at];
    if let Some(low) = figure.strip_suffix('+') {
        return Some((low.parse().ok()?, f32::INFINITY));
    }
    let (low, high) = figure.split_once(['-', '–'])?;
    Some((low.parse().ok()?, high.parse().ok()?))
}

/// Whether a perk the person names ("a phone allowance", "a remote stipend", "a relocation
/// package") goes unnamed by the best quote, in a form of the person's word ("allowing" is not
/// "allowance") or in a phrase the thesaurus links to it: a passage about the rest of the
/// question ("remote work…") does not say the perk is offered.
fn perk_unnamed(understood: &Understood, best: Option<&Candidate>) -> bool {
    // Each perk's stem and how its name begins: "allowed" shares the stem of "allowance" but
    // asks whether something is permitted ("is my family allowed to join me"), not for a perk.
    const PERKS: &[(&str, &str)] = &[
        ("allow", "allowanc"),
        ("stipend", "stipend"),
        ("reimburs", "reimburs"),
        ("discount", "discount"),
        ("packag", "packag"),
    ];
    let Some(word) = understood.question_words().find(|w| {
        w.origin == Origin::Question
            && PERKS
                .iter()
                .any(|(stem, name)| w.stem == *stem && w.word.starts_with(name))
    }) else {
        return false;
    };
    let perk = word.stem.as_str();
    best.is_some_and(|c| {
        !c.quoted_sentences()
            .iter()
            .any(|s| s.writes_a_form_of(perk, &word.word))
            && !understood
                .linked(perk)
                .any(|phrase| phrase.iter().all(|s| c.quote_or_heading_holds(s)))
    })
}

/// BM25's inverse document frequency for a term found in `df` passages.
fn idf_of(searcher: &Searcher, df: u64) -> f32 {
    let n = searcher.num_docs().max(1) as f32;
    let df = df as f32;
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

fn first_text(doc: &TantivyDocument, field: tantivy::schema::Field) -> String {
    use tantivy::schema::Value;
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string()
}

impl Engine {
    pub fn new(loaded: LoadedIndex) -> Engine {
        let titles: Vec<&str> = loaded
            .manifest
            .guides
            .iter()
            .map(|g| g.title.as_str())
            .collect();
        let understander = Understander::new(
            &loaded.manifest.thesaurus,
            &loaded.manifest.vocabulary,
            &titles,
        );
        let mut engine = Engine {
            loaded,
            understander,
            tuning: TUNING,
            prepared: std::sync::RwLock::new(HashMap::new()),
            titles: Vec::new(),
            fallback_suggestions: Vec::new(),
            repeated_headings: HashSet::new(),
            heading_entity_classes: std::sync::OnceLock::new(),
            level_years: std::sync::OnceLock::new(),
        };
        let searcher = engine.loaded.reader.searcher();
        engine.titles = engine
            .loaded
            .manifest
            .guides
            .iter()
            .map(|g| {
                let stems = engine.understander.stems_of(&g.title);
                let weighted = stems.into_iter().map(|s| {
                    let idf = engine.idf(&searcher, &s);
                    (s, idf)
                });
                (g.id.clone(), weighted.collect())
            })
            .collect();
        engine.fallback_suggestions = engine.compute_default_suggestions();
        engine.repeated_headings = repeated_headings(&engine.loaded.manifest);
        engine
    }

    pub fn with_tuning(mut self, tuning: Tuning) -> Engine {
        self.tuning = tuning;
        self
    }

    pub fn tuning(&self) -> Tuning {
        self.tuning
    }

    pub fn manifest(&self) -> &Manifest {
        &self.loaded.manifest
    }

    fn guide(&self, id: &str) -> Option<&GuideInfo> {
        self.loaded.manifest.guides.iter().find(|g| g.id == id)
    }

    pub fn answer(&self, question: &str) -> Answer {
        self.answer_explained(question).0
    }

    pub fn answer_explained(&self, question: &str) -> (Answer, Explanation) {
        self.answer_to_depth(question, MAX_CITATIONS, false)
    }

    /// The passages that come after [`Engine::answer`]'s citations for the same question:
    /// further evidence, ranked the same way but without the bar a secondary citation must
    /// clear to be shown at first. Empty when the guide does not answer the question.
    pub fn more_results(&self, question: &str) -> Vec<Citation> {
        let shown = self.answer(question).citations;
        if shown.is_empty() {
            return Vec::new();
        }
        let (deeper, _) = self.answer_to_depth(question, MAX_CITATIONS + MORE_RESULTS, true);
        deeper
            .citations
            .into_iter()
            .filter(|c| !shown.iter().any(|s| s.snippet == c.snippet))
            .take(MORE_RESULTS)
            .collect()
    }

    /// What a question is about, as sorted stems: the person's own content words and the
    /// thesaurus concepts they stand for ("pay" also gives "salary"). Two questions asked in
    /// different words share these, which is how near-duplicates are grouped. Weak words (the
    /// career's own name, "job", "career") are in nearly every question and left out, unless
    /// they are all there is.
    pub fn key_terms(&self, question: &str) -> Vec<String> {
        let question: String = question.chars().take(MAX_QUESTION_CHARS).collect();
        let understood = self.understander.understand(&question);
        let has_full_words = understood.question_words().any(|w| w.is_full());
        let mut terms: Vec<String> = understood
            .question_words()
            .filter(|w| w.is_full() || !has_full_words)
            .map(|w| w.stem.clone())
            .chain(
                understood
                    .links
                    .iter()
                    .flat_map(|(_, to)| to.iter().cloned()),
            )
            .collect();
        terms.sort();
        terms.dedup();
        terms
    }

    /// Answers with at most `max_citations`; `exhaustive` drops the relative bar secondary
    /// citations must clear, for "More results". A message asking two things on different
    /// topics ("do I need a degree and how much does it pay") gets an answer to each.
    fn answer_to_depth(
        &self,
        question: &str,
        max_citations: usize,
        exhaustive: bool,
    ) -> (Answer, Explanation) {
        let question: String = question.chars().take(MAX_QUESTION_CHARS).collect();
        if let Some((told, asked)) = understand::separate_questions(&question) {
            let parts: Vec<Understood> = asked
                .iter()
                .map(|q| self.understander.understand(&format!("{told}{q}")))
                .collect();
            if asks_apart(&parts) {
                return self.answer_apart(&question, &asked, parts, max_citations, exhaustive);
            }
        }
        let understood = self.understander.understand(&question);
        self.answer_one(understood, max_citations, exhaustive)
    }

    /// The answers to several questions of one message (`parts`, each with what the message
    /// told before them; `asked`, the questions alone), best citation of each first, in the
    /// order asked. What the guides do not cover is said; when they cover none of it, the
    /// message is answered as one.
    fn answer_apart(
        &self,
        message: &str,
        asked: &[String],
        parts: Vec<Understood>,
        max_citations: usize,
        exhaustive: bool,
    ) -> (Answer, Explanation) {
        let answers: Vec<(Answer, Explanation)> = parts
            .into_iter()
            .map(|part| self.answer_one(part, max_citations, exhaustive))
            .collect();
        if answers.iter().all(|(a, _)| !a.answered) {
            let whole = self.understander.understand(message);
            return self.answer_one(whole, max_citations, exhaustive);
        }
        let uncovered: Vec<String> = asked
            .iter()
            .zip(&answers)
            .filter(|(_, (a, _))| !a.answered)
            .map(|(q, _)| format!("“{}”", q.trim_end_matches(['?', '.', '!']).trim()))
            .collect();
        let first_answered = answers
            .iter()
            .position(|(a, _)| a.answered)
            .unwrap_or_default();
        let (lead, mut explanation) = answers[first_answered].clone();
        let mut answer = Answer {
            question: crate::text::trim_to_chars(&understand::strip_discord_markup(message), 300),
            answered: true,
            outcome: Outcome::Answered,
            topic: lead.topic.clone(),
            citations: Vec::new(),
            suggestions: Vec::new(),
            message: None,
        };
        // Each question's best quote, then each one's next best, while there is room.
        let mut quoted: HashSet<String> = HashSet::new();
        for depth in 0..max_citations {
            for (part, _) in answers.iter().filter(|(a, _)| a.answered) {
                if answer.citations.len() == max_citations {
                    break;
                }
                if let Some(c) = part.citations.get(depth) {
                    if quoted.insert(c.snippet.clone()) {
                        answer.citations.push(c.clone());
                    }
                }
            }
        }
        if !uncovered.is_empty() {
            answer.message = Some(format!(
                "The {} guide doesn't cover {}, so I won't guess.",
                self.guide_titles(),
                uncovered.join(" or ")
            ));
        }
        explanation.parts = asked.to_vec();
        (answer, explanation)
    }

    /// Answers one question, understood, with at most `max_citations`.
    fn answer_one(
        &self,
        understood: Understood,
        max_citations: usize,
        exhaustive: bool,
    ) -> (Answer, Explanation) {
        let shown_question = crate::text::trim_to_chars(&understood.cleaned, 300);
        let mut answer = Answer {
            question: shown_question,
            answered: false,
            outcome: Outcome::Empty,
            topic: understood.topic.clone(),
            citations: Vec::new(),
            suggestions: Vec::new(),
            message: None,
        };
        // Small talk, a task for the bot and a message with nothing to search for get a short
        // reply and the guide's suggestions, never a citation.
        let reply = if understood.small_talk {
            let greeting = if understood.thanks {
                "You're welcome!"
            } else {
                "Hi!"
            };
            Some((
                Outcome::SmallTalk,
                format!("{greeting} I answer questions about the {} guide, with quotes. Try one of these:",
                    self.guide_titles()),
            ))
        } else if understood.task {
            Some((
                Outcome::NotCovered,
                format!("That's not something I can do: I answer questions about the {} guide, with quotes. For example:",
                    self.guide_titles()),
            ))
        } else if understood.words.is_empty() {
            Some((
                Outcome::Empty,
                format!("I didn't catch a question there. Ask me anything about the {} guide, for example:",
                    self.guide_titles()),
            ))
        } else {
            None
        };
        if let Some((outcome, message)) = reply {
            answer.outcome = outcome;
            answer.message = Some(message);
            answer.suggestions = self.default_suggestions();
            return (
                answer,
                Explanation {
                    understood,
                    candidates: Vec::new(),
                    declined: None,
                    parts: Vec::new(),
                },
            );
        }

        let searcher = self.loaded.reader.searcher();
        let understood = self.with_level_of_experience(&searcher, understood);
        // A question that names a career is answered from that career's guide.
        let named_guides = self.guides_named(&understood);
        let candidates = self
            .rank(&searcher, &understood, &named_guides)
            .unwrap_or_else(|e| {
                tracing::error!("search failed: {e}");
                Vec::new()
            });
        // An answer must name what the question pins down (a country, a level, a career…):
        // a passage about another one, or about none, does not answer it.
        let mut eligible: Vec<&Candidate> = candidates
            .iter()
            .filter(|c| self.may_cite(&understood, c, &named_guides))
            .collect();
        let bar = self.coverage_bar(&searcher, &understood);
        // The best-scoring passage that answers the question leads.
        let lead = eligible
            .iter()
            .position(|c| self.answers(&understood, &bar, c));
        if let Some(i) = lead {
            let chosen = eligible.remove(i);
            eligible.insert(0, chosen);
        }
        let best = eligible.first().copied();
        let declined = if lead.is_none() {
            Some(Declined::NothingCoversEnough {
                off_topic: bar.off_topic,
                on_topic: bar.on_topic,
            })
        } else {
            self.why_declined(&searcher, &understood, best)
        };
        let answered = declined.is_none();
        if answered {
            let weights = self.bold_weights(&searcher, &understood);
            let companion = best.and_then(|b| companion_of(&understood, b, &eligible));
            // Set once the companion's quote has joined the first citation's.
            let mut quoted_together: Option<&Candidate> = None;
            let best_score = best.map_or(0.0, |c| c.trace.score);
            let mut per_section: HashMap<&str, usize> = HashMap::new();
            let mut snippets: HashSet<String> = HashSet::new();
            for c in eligible.iter().copied() {
                if answer.citations.len() == max_citations {
                    break;
                }
                if c.passage.introduces_list {
                    continue;
                }
                let secondary = !answer.citations.is_empty();
                if secondary
                    && !exhaustive
                    && (c.trace.score < best_score * self.tuning.min_relative_score
                        || c.trace.coverage < bar.off_topic * 0.6)
                {
                    continue;
                }
                let count = per_section.entry(&c.section).or_default();
                if *count == 2 {
                    continue;
                }
                if quoted_together.is_some_and(|other| std::ptr::eq(other, c)) {
                    continue;
                }
                let mut snippet = c.quote.shown(&c.passage.sentences, &weights);
                // The quote cites the line it starts on.
                let mut line = c.line;
                if let Some(other) = companion.filter(|_| !secondary) {
                    let theirs = other.quote.shown(&other.passage.sentences, &weights);
                    let both = if other.line < c.line {
                        format!("{theirs} … {snippet}")
                    } else {
                        format!("{snippet} … {theirs}")
                    };
                    if both.chars().count() <= snippet::MAX_SNIPPET_CHARS {
                        snippet = both;
                        line = line.min(other.line);
                        quoted_together = Some(other);
                    }
                }
                if snippet.is_empty() || !snippets.insert(snippet.clone()) {
                    continue;
                }
                *count += 1;
                let mut citation = self.citation(c, snippet);
                citation.line = line;
                answer.citations.push(citation);
            }
            answer.answered = !answer.citations.is_empty();
        }
        if answer.answered {
            answer.outcome = Outcome::Answered;
            if answer.topic.is_none() {
                answer.topic = best
                    .and_then(|c| c.topics.first())
                    .and_then(|t| Topic::new(t));
            }
        } else {
            answer.outcome = Outcome::NotCovered;
            answer.message = Some(format!(
                "The {} guide doesn't cover that, so I won't guess. It does answer these:",
                self.guide_titles()
            ));
            answer.suggestions = self.suggestions_near(&candidates);
        }
        let traces = candidates
            .iter()
            .take(10)
            .map(|c| c.trace.clone())
            .collect();
        (
            answer,
            Explanation {
                understood,
                candidates: traces,
                declined,
                parts: Vec::new(),
            },
        )
    }

    /// Why a question some passage covers is still declined, if it is: a figure it asks for
    /// that the best passage does not state for what was asked, or something the guides
    /// cannot tell (another career, pay by what they never break it down by, the asker's own
    /// surroundings, words they never use).
    fn why_declined(
        &self,
        searcher: &Searcher,
        understood: &Understood,
        best: Option<&Candidate>,
    ) -> Option<Declined> {
        // A figure for something the guides never name ("how long is the typical *lunch*
        // break") is never stated, whatever else its phrase shares with a quote ("breaking
        // into…"). The phrase's first words name it (the career's name aside: every heading
        // has it); a scrap of shorthand ("jb") names nothing.
        let counts_the_unnamed = understood
            .counted
            .iter()
            .filter(|stem| !self.understander.is_title_word(stem))
            .take(2)
            .any(|stem| {
                stem.chars().count() > 3
                    && self.df(searcher, stem) == 0
                    && understood.linked(stem).next().is_none()
            });
        // A price or a count asked for is answered by one stated, not by a passage about the
        // thing.
        let figure_unstated = understood.figure_required
            && best.is_some_and(|c| {
                let counts_what_was_asked = understood.counted.is_empty()
                    || (!counts_the_unnamed
                        && understood
                            .counted
                            .iter()
                            .any(|stem| c.quote_or_heading_holds(stem)));
                // The thing priced may be named a sentence before the figure ("certificates
                // … These programs often range from $5,000").
                let prices_what_was_asked = understood.priced.iter().all(|stem| {
                    c.passage_or_heading_holds(stem)
                        || understood
                            .linked(stem)
                            .any(|phrase| phrase.iter().all(|s| c.passage_or_heading_holds(s)))
                });
                c.trace.parts.answer_type <= 0.0 || !counts_what_was_asked || !prices_what_was_asked
            });
        // A percentage asked for, of pay too ("what percent raise"), is not answered by a sum.
        let percentage_unstated = understood.percent_asked
            && best.is_some_and(|c| {
                !c.quoted_sentences()
                    .iter()
                    .any(|s| s.text.contains('%') || s.text.contains("percent"))
            });
        if figure_unstated || percentage_unstated {
            Some(Declined::FigureUnstated)
        } else if understood.becomes_another_career {
            Some(Declined::AnotherCareer)
        } else if understood.pay_ranked_by_what_guides_never_break_down {
            Some(Declined::PayNotBrokenDown)
        } else if understood.weighs_pay_against_another_career {
            Some(Declined::PayOfAnotherCareer)
        } else if perk_unnamed(understood, best) {
            Some(Declined::PerkUnnamed)
        } else if understood.about_the_asker {
            Some(Declined::AboutTheAsker)
        } else if !self.states_the_fact_of_what_is_named(understood, best)
            && self.asks_only_about_the_unknown(searcher, understood)
        {
            Some(Declined::OnlyUnknownWords)
        } else {
            None
        }
    }

    /// Whether the best passage states the precise figure asked for (a duration, a sum) of the
    /// level, country… the question names: "how long do people stay junior" is answered by
    /// "Junior…: Experience: 0-2 years", whatever the guide calls staying.
    fn states_the_fact_of_what_is_named(
        &self,
        understood: &Understood,
        best: Option<&Candidate>,
    ) -> bool {
        let precise = understood.expects.is_some_and(|e| !e.is_loose());
        precise
            && !understood.entities.is_empty()
            && best.is_some_and(|c| c.names_asked_entities && c.trace.parts.answer_type > 0.0)
    }

    /// Whether everything the question asks about, beyond the country (level, …) it names and
    /// the generic words, is a word the guides never use and the thesaurus does not link:
    /// "weather in canada" names Canada, but what it asks about the guide does not hold. A
    /// question of generic words alone is judged by them ("how old are pccs"), and one that
    /// asks what something is or how to do something by that thing ("what's 401k vesting",
    /// "how do I report a hipaa violation").
    fn asks_only_about_the_unknown(&self, searcher: &Searcher, understood: &Understood) -> bool {
        // What the person tells of themselves ("hoping someone can help.") is not asked.
        let asked: Vec<&SearchWord> = understood
            .question_words()
            .filter(|w| !w.context)
            .filter(|w| {
                self.understander
                    .entities_in(std::slice::from_ref(&w.word))
                    .is_empty()
            })
            .collect();
        // Without a word of substance, the weak ones say what is asked ("how old are pccs"),
        // less the career's own name. What a question points back at is asked ("…ICD-10
        // coding. Is that normal?").
        let pointed_at = understood
            .question_words()
            .filter(|w| understood.points_back && w.context);
        let mut content: Vec<&SearchWord> = asked
            .iter()
            .copied()
            .chain(pointed_at)
            .filter(|w| w.is_full())
            .collect();
        if content.is_empty() {
            content = asked
                .iter()
                .copied()
                .filter(|w| !self.understander.is_title_word(&w.stem))
                .collect();
        }
        let thing_unknown = understood.thing_asked.as_ref().is_some_and(|thing| {
            asked
                .iter()
                .find(|w| &w.stem == thing)
                .is_some_and(|w| w.is_full() && self.is_unknown(searcher, understood, w))
        });
        thing_unknown
            || (!content.is_empty()
                && content
                    .iter()
                    .all(|w| self.is_unknown(searcher, understood, w)))
    }

    /// A word of the person's that no guide uses and the thesaurus links to nothing they use.
    fn is_unknown(&self, searcher: &Searcher, understood: &Understood, w: &SearchWord) -> bool {
        // A word of three letters stems too little to trust the stem: "age" is not "aging".
        let only_a_lookalike =
            w.word.chars().count() <= 3 && !self.understander.guides_write(&w.word);
        (self.df(searcher, &w.stem) == 0 || only_a_lookalike)
            && understood.linked(&w.stem).next().is_none()
    }

    /// Worked out on first need: only questions that name an entity ask, and a cold `ask`
    /// should not pay for reading every heading of a large corpus.
    fn heading_entity_classes(&self) -> &HashSet<String> {
        self.heading_entity_classes.get_or_init(|| {
            let u = &self.understander;
            // Each distinct heading once: guides share most of their headings.
            let headings: HashSet<&str> = self
                .loaded
                .manifest
                .guides
                .iter()
                .flat_map(|g| &g.sections)
                .flat_map(|s| s.path.iter().map(String::as_str))
                .collect();
            headings
                .into_iter()
                .flat_map(|h| u.entities_in(&u.words_of(h)))
                .map(|e| e.class)
                .collect()
        })
    }

    /// The levels the guides' sections head, with the years of experience each is for.
    fn level_years(&self, searcher: &Searcher) -> &[(EntityRef, f32, f32)] {
        self.level_years.get_or_init(|| {
            use tantivy::schema::Value;
            let u = &self.understander;
            // The sections a level heads, from the manifest: only their first passages are read,
            // and none is prepared for ranking.
            let mut headed_by: HashMap<String, EntityRef> = HashMap::new();
            for section in self.loaded.manifest.guides.iter().flat_map(|g| &g.sections) {
                let own_heading = section.path.last().map(String::as_str).unwrap_or_default();
                let levels: Vec<EntityRef> = u
                    .entities_in(&u.words_of(own_heading))
                    .into_iter()
                    .filter(|e| e.class == understand::LEVEL)
                    .collect();
                if let [level] = levels.as_slice() {
                    headed_by.insert(section.label(), level.clone());
                }
            }
            let f = self.loaded.fields;
            let mut levels = Vec::new();
            for (segment, reader) in searcher.segment_readers().iter().enumerate() {
                for doc in reader.doc_ids_alive() {
                    let Ok(doc) =
                        searcher.doc::<TantivyDocument>(DocAddress::new(segment as u32, doc))
                    else {
                        continue;
                    };
                    let first = doc.get_first(f.position).and_then(|v| v.as_u64()) == Some(0);
                    let Some(level) = headed_by.get(&first_text(&doc, f.section)) else {
                        continue;
                    };
                    let body = first_text(&doc, f.body);
                    let years = crate::text::sentences(&body)
                        .first()
                        .and_then(|s| years_range(s));
                    if let (true, Some((low, high))) = (first, years) {
                        levels.push((level.clone(), low, high));
                    }
                }
            }
            levels
        })
    }

    /// A question about pay or progression from someone who says how many years into the
    /// career they are prefers the level those years make them ("been a pcc for 5 years, what
    /// should I earn" is asked of a senior), unless it names a level, or another career the
    /// years may be in.
    fn with_level_of_experience(
        &self,
        searcher: &Searcher,
        mut understood: Understood,
    ) -> Understood {
        // "What's the top job": the level named in words no guide writes is searched by
        // its name, in their place.
        let cleaned_words = self.understander.words_of(&understood.cleaned);
        for named in self
            .understander
            .levels_named_in_other_words(&cleaned_words)
        {
            if !understood.entities.contains(&named.level) {
                continue;
            }
            understood
                .words
                .retain(|w| w.origin != Origin::Question || !named.unwritten.contains(&w.word));
            let naming = self
                .understander
                .search_words_naming(&named.level, &named.phrase);
            understood.search_also(naming);
        }
        // "What's after lead": the level whose years begin where the one named ends. The
        // guides name no level between junior and senior, so nothing follows junior here.
        if let Some(named) = understood.after_level.clone() {
            let ladder = self.level_years(searcher);
            let next = ladder
                .iter()
                .find(|(e, _, _)| *e == named)
                .and_then(|(_, _, end)| {
                    ladder
                        .iter()
                        .find(|(_, start, _)| start == end)
                        .map(|(next, _, _)| next.clone())
                });
            if let Some(next) = next.filter(|next| !understood.entities.contains(next)) {
                // "What's the next step up after lead" is answered by the manager's row: the
                // words that asked for a step up are understood by the level found, and
                // would otherwise prefer passages on moving up in general.
                understood.words.retain(|w| {
                    let asked_for = match &w.origin {
                        Origin::Question => &w.stem,
                        Origin::Synonym { phrase } => phrase,
                        Origin::Implied { .. } => return true,
                    };
                    !asked_for
                        .split(' ')
                        .any(|stem| STEP_UP_STEMS.contains(&stem))
                });
                let because = format!("after {}", named.name);
                let naming = self.understander.search_words_naming(&next, &because);
                understood.search_also(naming);
                understood.entities.push(next);
            }
        }
        let Some(years) = understood.years_in else {
            return understood;
        };
        let on_levels = understood
            .topic
            .as_ref()
            .is_some_and(|t| matches!(t.as_str(), "salary" | "career-path"));
        let pinned = understood
            .entities
            .iter()
            .chain(&understood.told_entities)
            .any(|e| e.class == understand::LEVEL || e.class == understand::OTHER_CAREER);
        if !on_levels || pinned {
            return understood;
        }
        let level = self
            .level_years(searcher)
            .iter()
            .find(|(_, low, high)| *low <= years && years < *high)
            .map(|(level, _, _)| level.clone());
        // Years said in the question itself ("salary for a pcc with 8 years experience") ask
        // about the level they make, and are understood by it: the figure and "years" are not
        // searched for; said as context ("Been a PCC for 5 years. …") they tell it.
        let asked = understood
            .words
            .iter()
            .any(|w| w.stem == "year" && !w.context);
        match level {
            Some(level) if asked => {
                understood.entities.push(level);
                understood
                    .words
                    .retain(|w| w.stem != "year" && !w.word.chars().all(|c| c.is_ascii_digit()));
            }
            level => understood.told_entities.extend(level),
        }
        understood
    }

    /// Whether a passage may be cited at all: it names what the question pins down (a
    /// country, a level, a career…) and comes from the guide the question names, if any.
    fn may_cite(&self, understood: &Understood, c: &Candidate, named_guides: &[String]) -> bool {
        // A passage that names another subject only in passing ("works with nurses") does
        // not answer what the question asks of it ("nurse salary"): unless its heading names
        // it, it must be on the topic asked about. Entities of a class the guides' headings
        // are organised by (levels) are not another subject.
        let headed = understood.entities.iter().all(|e| {
            c.passage.section_entities.contains(e)
                || self.heading_entity_classes().contains(&e.class)
        });
        // The guides speak of countries in one place, their global section (its visa, global
        // and remote passages): a country asked about on a topic that section covers (pay,
        // demand, visas, remote work) is answered there, whichever of its passages names it
        // ("are coordinators in demand in canada" by the visa passage naming Canada's
        // shortages). Certification in Canada is not its subject.
        const GLOBAL_PASSAGES: &[&str] = &["visa", "global", "remote"];
        const GLOBAL_SUBJECTS: &[&str] =
            &["visa", "global", "remote", "salary", "outlook", "market"];
        let of_countries = understood
            .entities
            .iter()
            .all(|e| e.class == understand::COUNTRY)
            && understood
                .topic
                .as_ref()
                .is_some_and(|t| GLOBAL_SUBJECTS.contains(&t.as_str()))
            && c.topics
                .iter()
                .any(|t| GLOBAL_PASSAGES.contains(&t.as_str()));
        let on_topic_if_pinned = understood.entities.is_empty()
            || understood.topic.is_none()
            || headed
            || c.trace.topic_match
            || of_countries;
        c.names_asked_entities
            && on_topic_if_pinned
            && (named_guides.is_empty() || named_guides.contains(&c.guide_id))
    }

    /// Whether a passage answers the question: it covers enough of it, or meets every
    /// constraint it states (names the country, level… asked about and is on the topic asked
    /// about), however much personal context came with the question.
    fn answers(&self, understood: &Understood, bar: &CoverageBar, c: &Candidate) -> bool {
        // Stating the precise kind of fact asked for of the thing named ("Lead: 7-10 years"
        // for "when do you become a lead") vouches for a passage as its topic does.
        let states_the_precise_fact = understood
            .expects
            .is_some_and(|e| matches!(e, AnswerType::Duration | AnswerType::Amount))
            && c.trace.parts.answer_type > 0.0;
        // So does stating it of the level the asker's years make ("I've been a coordinator
        // for 8 years. What pay should I expect?" by the lead's row), when nothing is named.
        let names_what_was_told = understood.entities.is_empty()
            && understood.years_in.is_some()
            && understood
                .told_entities
                .iter()
                .any(|e| e.class == understand::LEVEL)
            && c.trace.parts.entities > 0.0
            && states_the_precise_fact;
        let constraints_met = (!understood.entities.is_empty()
            && (c.trace.topic_match || states_the_precise_fact)
            || names_what_was_told)
            && c.trace.coverage >= self.tuning.min_coverage_floor / 2.0;
        let needed = if c.trace.topic_match {
            bar.on_topic
        } else {
            bar.off_topic
        };
        !c.passage.introduces_list && (c.trace.coverage >= needed || constraints_met)
    }

    /// Every candidate for a question, best first, with what it would quote and how it
    /// stands: the raw material `careerbot eval --candidates` writes out for tuning.
    pub fn ranked_candidates(&self, question: &str) -> Vec<RankedCandidate> {
        let question: String = question.chars().take(MAX_QUESTION_CHARS).collect();
        let understood = self.understander.understand(&question);
        if understood.small_talk || understood.words.is_empty() {
            return Vec::new();
        }
        let searcher = self.loaded.reader.searcher();
        let understood = self.with_level_of_experience(&searcher, understood);
        let named_guides = self.guides_named(&understood);
        let candidates = self
            .rank(&searcher, &understood, &named_guides)
            .unwrap_or_default();
        let weights = self.bold_weights(&searcher, &understood);
        let bar = self.coverage_bar(&searcher, &understood);
        candidates
            .iter()
            .map(|c| RankedCandidate {
                snippet: c.quote.shown(&c.passage.sentences, &weights),
                may_cite: self.may_cite(&understood, c, &named_guides),
                answers: self.answers(&understood, &bar, c),
                trace: c.trace.clone(),
            })
            .collect()
    }

    /// The share of the question an answer must cover. Long questions carry context ("I have
    /// two kids…") that no passage holds, so the bar falls as the question grows.
    fn coverage_bar(&self, searcher: &Searcher, understood: &Understood) -> CoverageBar {
        let full_words: Vec<&SearchWord> = understood
            .question_words()
            .filter(|w| w.is_full())
            .collect();
        let unknown = full_words
            .iter()
            .filter(|w| self.is_unknown(searcher, understood, w))
            .count();
        let full_words = full_words.len();
        let relaxed = self.tuning.min_coverage
            - self.tuning.coverage_relief_per_word * (full_words as f32 - 3.0).max(0.0);
        let off_topic = relaxed.max(self.tuning.min_coverage_floor);
        // Topic agreement vouches for a passage only when most of the question is in words the
        // guides use: "salary of an astronaut on mars" agrees on salary and is still not
        // covered, while a long message may hold a few everyday words the guides lack.
        let mostly_known =
            (unknown as f32) < UNKNOWN_SHARE_WITHOUT_RELIEF * full_words.max(1) as f32;
        CoverageBar {
            off_topic,
            on_topic: if mostly_known {
                off_topic - self.tuning.topic_relief
            } else {
                off_topic
            },
        }
    }

    fn guide_titles(&self) -> String {
        let titles: Vec<&str> = self
            .loaded
            .manifest
            .guides
            .iter()
            .map(|g| g.title.as_str())
            .collect();
        match titles.as_slice() {
            [one] => one.to_string(),
            [rest @ .., last] if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => "career".to_string(),
        }
    }

    fn citation(&self, c: &Candidate, snippet: String) -> Citation {
        let guide = self.guide(&c.guide_id);
        Citation {
            guide: guide.map_or_else(|| c.guide_id.clone(), |g| g.title.clone()),
            guide_id: c.guide_id.clone(),
            section: c.section.clone(),
            snippet,
            score: (c.trace.score * 1000.0).round() / 1000.0,
            source: guide.map(|g| g.source.clone()).unwrap_or_default(),
            url: guide.and_then(|g| g.url.clone()),
            version: guide.and_then(|g| g.date.clone()),
            line: c.line,
        }
    }

    /// Inverse document frequency of a stem over the searchable fields; unknown words get the
    /// highest value, since a word the guide never uses is what it cannot answer.
    fn idf(&self, searcher: &Searcher, stem: &str) -> f32 {
        idf_of(searcher, self.df(searcher, stem))
    }

    fn df(&self, searcher: &Searcher, stem: &str) -> u64 {
        let f = &self.loaded.fields;
        [f.body_text, f.heading_text, f.aliases_text, f.question_text]
            .iter()
            .map(|&field| {
                searcher
                    .doc_freq(&Term::from_field_text(field, stem))
                    .unwrap_or(0)
            })
            .max()
            .unwrap_or(0)
    }

    /// How much each search word counts: its rarity in the corpus times its own weight. A word
    /// of the person's that the corpus never uses but the thesaurus maps to words it does use
    /// ("wfh", "hardest") counts as much as those words, not as an unknown word would.
    fn word_weights<'a>(
        &self,
        searcher: &Searcher,
        understood: &'a Understood,
    ) -> HashMap<&'a str, f32> {
        let idf: HashMap<&str, (f32, bool)> = understood
            .words
            .iter()
            .map(|w| {
                let df = self.df(searcher, &w.stem);
                (w.stem.as_str(), (idf_of(searcher, df), df > 0))
            })
            .collect();
        understood
            .words
            .iter()
            .map(|w| {
                let (mut value, known) = idf[w.stem.as_str()];
                if !known && w.origin == Origin::Question {
                    let via_synonym = understood
                        .linked(&w.stem)
                        .flatten()
                        .filter_map(|s| idf.get(s.as_str()).filter(|(_, known)| *known))
                        .map(|(v, _)| *v)
                        .fold(None, |m: Option<f32>, v| Some(m.map_or(v, |m| m.max(v))));
                    // An English word a guide never uses ("risk", "easy", misspelt "frendly")
                    // is usually not the thing asked about, nor is a scrap of chat shorthand
                    // ("jb", "hw"); a longer word that is not English either ("kaiser") may
                    // well be, and keeps its full weight.
                    let ordinary =
                        understand::reads_as_english(&w.word) || w.word.chars().count() <= 3;
                    value = via_synonym.unwrap_or(if ordinary {
                        value * self.tuning.unknown_word_weight
                    } else {
                        value
                    });
                }
                (w.stem.as_str(), value * w.weight)
            })
            .collect()
    }

    /// The words bolded in a shown snippet: the search words, owned, for `Quote::shown`.
    fn bold_weights(&self, searcher: &Searcher, understood: &Understood) -> HashMap<String, f32> {
        self.word_weights(searcher, understood)
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect()
    }

    /// What choosing the quoted sentence weighs: the search words, and at a low weight the
    /// thesaurus' other ways of saying what was asked.
    fn snippet_weights(
        &self,
        idf: &HashMap<&str, f32>,
        understood: &Understood,
    ) -> HashMap<String, f32> {
        let mut weights: HashMap<String, f32> =
            idf.iter().map(|(k, v)| (k.to_string(), *v)).collect();
        for hint in &understood.hints {
            weights
                .entry(hint.clone())
                .or_insert(self.tuning.hint_weight);
        }
        weights
    }

    /// Whether `present` holds a thesaurus phrase: the words it has must carry most of the
    /// phrase's rarity, so "patient care" does not stand in for "certified patient care
    /// technician".
    fn holds_phrase(
        &self,
        phrase: &[String],
        present: &dyn Fn(&str) -> bool,
        weights: &HashMap<&str, f32>,
    ) -> bool {
        let weight = |s: &String| weights.get(s.as_str()).copied().unwrap_or(0.0);
        let total: f32 = phrase.iter().map(weight).sum();
        let held: f32 = phrase
            .iter()
            .filter(|s| present(s.as_str()))
            .map(weight)
            .sum();
        held > 0.0 && held >= total * self.tuning.synonym_phrase_share
    }

    fn query(&self, understood: &Understood) -> BooleanQuery {
        let f = &self.loaded.fields;
        let fields = [
            (f.question_text, self.tuning.question_boost),
            (f.heading_text, self.tuning.heading_boost),
            (f.aliases_text, self.tuning.aliases_boost),
            (f.body_text, BODY_BOOST),
        ];
        let clauses: Vec<(Occur, Box<dyn Query>)> = understood
            .words
            .iter()
            .map(|w| {
                let in_each_field = fields
                    .iter()
                    .map(|&(field, boost)| {
                        let term = Term::from_field_text(field, &w.stem);
                        let q = TermQuery::new(term, IndexRecordOption::WithFreqs);
                        Box::new(BoostQuery::new(Box::new(q), boost * w.weight)) as Box<dyn Query>
                    })
                    .collect();
                let word = DisjunctionMaxQuery::with_tie_breaker(
                    in_each_field,
                    self.tuning.field_tie_breaker,
                );
                (Occur::Should, Box::new(word) as Box<dyn Query>)
            })
            .collect();
        BooleanQuery::new(clauses)
    }

    /// The prepared form of a passage, from the cache or worked out now.
    fn prepared(
        &self,
        searcher: &Searcher,
        address: DocAddress,
    ) -> tantivy::Result<std::sync::Arc<Prepared>> {
        use tantivy::schema::Value;
        if let Some(p) = self
            .prepared
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(&address)
        {
            return Ok(p.clone());
        }
        let f = self.loaded.fields;
        let doc: TantivyDocument = searcher.doc(address)?;
        let section = first_text(&doc, f.section);
        let body = first_text(&doc, f.body);
        let aliases = first_text(&doc, f.aliases);
        let kind = crate::corpus::PassageKind::parse(&first_text(&doc, f.kind))
            .unwrap_or(crate::corpus::PassageKind::Prose);
        let (mut parents, mut own_heading) =
            section.rsplit_once(" › ").unwrap_or(("", section.as_str()));
        let read_with_parent;
        if self.repeated_headings.contains(&section) {
            let (grandparents, parent) = parents.rsplit_once(" › ").unwrap_or(("", parents));
            read_with_parent = format!("{parent} {own_heading}");
            (parents, own_heading) = (grandparents, read_with_parent.as_str());
        }
        let u = &self.understander;
        let introduces_list = body.trim_end().ends_with(':');
        let reads_with_heading = matches!(
            kind,
            crate::corpus::PassageKind::ListItem | crate::corpus::PassageKind::TableRow
        ) || (body.chars().count() <= FACT_LINE_CHARS && !introduces_list);
        let prepared = std::sync::Arc::new(Prepared {
            guide_id: first_text(&doc, f.guide),
            kind,
            topics: doc
                .get_all(f.topic)
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect(),
            line: doc.get_first(f.line).and_then(|v| v.as_u64()).unwrap_or(0),
            position: doc
                .get_first(f.position)
                .and_then(|v| v.as_u64())
                .unwrap_or(0),
            sentences: snippet::prepare(&body, u),
            reads_with_heading,
            introduces_list,
            own_heading_stems: u.stems_of(own_heading).into_iter().collect(),
            heading_stems: u
                .stems_of(&format!("{own_heading} {aliases}"))
                .into_iter()
                .collect(),
            heading_forms: snippet::word_forms(&format!("{own_heading} | {aliases}"), u),
            parent_stems: u.stems_of(parents).into_iter().collect(),
            heading_content_stems: u
                .content_stems(own_heading)
                .into_iter()
                .filter(|s| !u.is_weak(s))
                .collect(),
            section_entities: u.entities_in(&u.words_of(&section)),
            own_heading_entities: u
                .entities_in(&u.words_of(section.rsplit(" › ").next().unwrap_or_default())),
            section,
        });
        self.prepared
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .insert(address, prepared.clone());
        Ok(prepared)
    }

    fn rank(
        &self,
        searcher: &Searcher,
        understood: &Understood,
        named_guides: &[String],
    ) -> tantivy::Result<Vec<Candidate>> {
        let hits = searcher.search(
            &self.query(understood),
            &TopDocs::with_limit(CANDIDATES).order_by_score(),
        )?;
        let max_bm25 = hits.first().map_or(1.0, |h| h.0.max(f32::EPSILON));

        let idf = self.word_weights(searcher, understood);
        let snippet_weights = self.snippet_weights(&idf, understood);
        // A word the asker only told that no guide writes, nor anything it stands for ("I
        // studied geology."), can fit no passage: counted, it would only thin out how well every
        // passage fits what is asked, which leaves more of the ranking to BM25.
        let question_words: Vec<&SearchWord> = understood
            .question_words()
            .filter(|w| {
                !(w.context
                    && self.df(searcher, &w.stem) == 0
                    && understood.linked(&w.stem).next().is_none()
                    && understood.siblings_of(&w.stem).next().is_none())
            })
            .collect();
        let total_weight: f32 = question_words.iter().map(|w| idf[w.stem.as_str()]).sum();
        // "Can I work full time": the guides write "full-time", so a passage holding "time"
        // only apart from it ("Time zone differences") holds less of what was asked.
        let hits = hits
            .into_iter()
            .map(|(bm25, address)| Ok((bm25, address, self.prepared(searcher, address)?)))
            .collect::<tantivy::Result<Vec<_>>>()?;
        let asked_compounds = compounds_asked(
            &understood.stem_sequence,
            hits.iter()
                .flat_map(|(_, _, p)| &p.sentences)
                .flat_map(|s| s.hyphenated()),
        );

        let asked = understood.asked_stems();
        // The quote prefers what the person named about themselves too ("I'm from Brazil.
        // What does it pay there?").
        let quoted_entities: Vec<EntityRef> = understood
            .entities
            .iter()
            .chain(&understood.told_entities)
            .cloned()
            .collect();
        // A question asking only what a passage's own heading names ("what tools do they
        // use" of Tools & Technologies) asks what the section is about, which its lead sentence
        // states, when it states the kind of fact asked for. Not so of an FAQ, whose heading
        // asks several things at once ("the typical salary range and benefits package").
        // The person's own words of substance, the guides' titles aside; what they told of
        // themselves only where the passage speaks of it ("I live in a rural area with bad
        // internet." of Remote Work's internet, not "I'm an introvert." of Tools):
        let subject: Vec<&SearchWord> = question_words
            .iter()
            .copied()
            .filter(|w| w.is_full() && !self.understander.is_title_word(&w.stem))
            .collect();
        // "What career path options are there" asks for the options (Career Path's two
        // tracks), not what the section says first.
        const KINDS: &[&str] = &["options", "option", "kinds", "types", "choices"];
        let asks_for_the_kinds = understood
            .words
            .iter()
            .any(|w| KINDS.contains(&w.word.as_str()));
        let asked_stems: HashSet<&str> = question_words.iter().map(|w| w.stem.as_str()).collect();
        // A question naming no level asks of the career as a whole: a section headed by one
        // level ("Career Path › Lead") answers it only where nothing general does.
        let names_a_level = understood
            .entities
            .iter()
            .chain(&understood.told_entities)
            .any(|e| e.class == understand::LEVEL)
            || understood.after_level.is_some();
        // A heading speaks for a passage by what the question asks: what the asker told of
        // themselves ("I have a GED.") fits the education headings, not the question ("what is
        // a pcc?"). Unless the question asks nothing of its own ("…What do they look for?").
        let asks_of_its_own = question_words
            .iter()
            .any(|w| !w.context && !self.understander.is_title_word(&w.stem));
        let mut candidates = Vec::with_capacity(hits.len());
        for (bm25, address, p) in hits {
            let heading_asked = understood
                .expects
                .is_none_or(|e| p.sentences.first().is_some_and(|s| s.states(e)))
                && p.kind != crate::corpus::PassageKind::FaqAnswer
                && subject.iter().any(|w| !w.context)
                && subject
                    .iter()
                    .filter(|w| !w.context || p.sentences.iter().any(|s| s.has_stem(&w.stem)))
                    .all(|w| p.own_heading_stems.contains(&w.stem))
                && !asks_for_the_kinds;
            // Judge the passage by what would be quoted from it, read with its headings.
            let quote = snippet::choose(
                &p.sentences,
                &p.heading_stems,
                &snippet_weights,
                &quoted_entities,
                understood.expects,
                &asked,
                heading_asked,
            );
            let quoted_sentences = p
                .sentences
                .get(quote.first..=quote.last)
                .unwrap_or_default();
            // A list item, table row or fact line reads under its heading, and so does a
            // section's first passage ("How to Become…: Breaking into…").
            let in_quote = |stem: &str| {
                quoted_sentences.iter().any(|s| s.has_stem(stem))
                    || ((p.reads_with_heading || p.position == 0)
                        && p.own_heading_stems.contains(stem))
            };
            // "Who" is answered by the people a quote names, or by the level whose row it is
            // ("Responsible for hiring…" under Patient Care Manager).
            let states_expected_fact = understood
                .expects
                .is_some_and(|e| quoted_sentences.iter().any(|s| s.states(e)))
                || (understood.expects == Some(AnswerType::Person)
                    && p.section_entities
                        .iter()
                        .any(|n| n.class == understand::LEVEL));
            // A list item's label heads it as a heading heads its section.
            let in_heading = |stem: &str| {
                p.heading_stems.contains(stem)
                    || quoted_sentences
                        .first()
                        .is_some_and(|s| s.labelled_with(stem))
            };
            let in_parents = |stem: &str| p.parent_stems.contains(stem);

            // Coverage: the rarity-weighted share of the person's own words the quote holds, a
            // word reached only through a synonym counting for most of it. `coverage` also
            // credits words found only in the headings; `quote_coverage` does not.
            let mut covered = 0.0;
            let mut covered_in_quote = 0.0;
            let mut covered_by_heading = 0.0;
            // What the person only told about themselves ("My mom was a nurse.") is not held
            // against a passage that does not speak of it.
            let mut untouched_context = 0.0;
            let mut matched = Vec::new();
            for w in &question_words {
                let weight = idf[w.stem.as_str()];
                let found = |present: &dyn Fn(&str) -> bool| {
                    if present(w.stem.as_str()) {
                        1.0
                    } else if understood
                        .linked(&w.stem)
                        .any(|phrase| self.holds_phrase(phrase, present, &idf))
                    {
                        self.tuning.synonym_credit
                    } else if understood
                        .siblings_of(&w.stem)
                        .any(|phrase| phrase.iter().all(|s| present(s)))
                    {
                        self.tuning.sibling_credit
                    } else {
                        0.0
                    }
                };
                let mut quoted = found(&in_quote);
                let of_compounds = asked_compounds.holding_only(&w.stem);
                if !of_compounds.is_empty()
                    && quoted >= 1.0
                    && !quoted_sentences
                        .iter()
                        .any(|s| of_compounds.iter().any(|c| s.writes_compound(c)))
                {
                    quoted *= snippet::COMPOUND_PART_SHARE;
                }
                // A word the quote writes only as another word of its stem ("organized" as
                // "organizations") is less surely the one asked for.
                let heading_writes_it = p.heading_stems.contains(w.stem.as_str())
                    && snippet::writes_a_form(&p.heading_forms, &w.stem, &w.word);
                if w.origin == understand::Origin::Question
                    && quoted >= 1.0
                    && !heading_writes_it
                    && (quoted_sentences.iter().any(|s| s.has_stem(&w.stem))
                        || p.heading_stems.contains(w.stem.as_str()))
                    && !quoted_sentences
                        .iter()
                        .any(|s| s.writes_a_form_of(&w.stem, &w.word))
                {
                    quoted = self.tuning.derived_form_credit;
                }
                let mut own = found(&in_heading);
                // So is a heading or alias that writes it only so ("organizations" for
                // "organized").
                if w.origin == understand::Origin::Question
                    && own >= 1.0
                    && p.heading_stems.contains(w.stem.as_str())
                    && !heading_writes_it
                    && !quoted_sentences
                        .first()
                        .is_some_and(|s| s.labelled_with(&w.stem))
                {
                    own = self.tuning.derived_form_credit;
                }
                let headed = own.max(found(&in_parents) * self.tuning.parent_heading_credit);
                // Every heading of a guide is about its career: naming it says nothing of
                // which section answers.
                let told_only = w.context && asks_of_its_own;
                if !self.understander.is_title_word(&w.stem) && !told_only {
                    covered_by_heading += weight * headed;
                }
                covered_in_quote += weight * quoted;
                covered += weight * quoted.max(headed);
                if w.context && quoted.max(headed) == 0.0 {
                    untouched_context += weight;
                }
                match quoted.max(headed) {
                    x if x >= 1.0 => matched.push(w.word.clone()),
                    x if x > 0.0 => matched.push(format!("{}~", w.word)),
                    _ => {}
                }
            }
            let share = |c: f32| {
                if total_weight > 0.0 {
                    c / total_weight
                } else {
                    0.0
                }
            };
            let (coverage, quote_coverage) = (share(covered), share(covered_in_quote));
            // Whether the passage answers is judged on what was asked; how well it fits, on
            // everything said.
            let asked_weight = total_weight - untouched_context;
            let coverage_of_asked = if asked_weight > 0.0 {
                covered / asked_weight
            } else {
                0.0
            };
            let heading_coverage = share(covered_by_heading);
            // And how much of the heading the question asks for: "Cons" fits "cons" better
            // than "Pros & Cons" does.
            let asked: HashSet<&str> = understood
                .words
                .iter()
                .filter(|w| !(w.context && asks_of_its_own))
                .map(|w| w.stem.as_str())
                .collect();
            let heading_precision = if p.heading_content_stems.is_empty() {
                0.0
            } else {
                let hits = p
                    .heading_content_stems
                    .iter()
                    .filter(|s| asked.contains(String::as_str(s)))
                    .count();
                hits as f32 / p.heading_content_stems.len() as f32
            };
            let (section, guide_id, topics, line, kind, position) = (
                p.section.clone(),
                p.guide_id.clone(),
                &p.topics,
                p.line,
                p.kind,
                p.position,
            );

            let topic_match = understood
                .topic
                .as_ref()
                .is_some_and(|t| topics.iter().any(|p| p == t.as_str()));
            let mut named = p.section_entities.clone();
            for entity in quoted_sentences.iter().flat_map(|s| &s.entities) {
                if !named.contains(entity) {
                    named.push(entity.clone());
                }
            }
            // The guides are written for their home country: a passage naming no country
            // speaks of it ("normal hours in the usa" by Work Environment's business hours).
            // Pay is the exception, as the guides give it country by country.
            let speaks_of_home = || {
                understood
                    .topic
                    .as_ref()
                    .is_none_or(|t| t.as_str() != "salary")
                    && !p
                        .sentences
                        .iter()
                        .flat_map(|s| &s.entities)
                        .chain(&p.section_entities)
                        .any(|n| n.class == understand::COUNTRY)
            };
            let home = self.understander.home_country();
            let names_asked_entities = understood.entities.iter().all(|wanted| {
                named
                    .iter()
                    .any(|n| n.class == wanted.class && understood.entities.contains(n))
                    || (Some(wanted) == home && speaks_of_home())
            });
            // A section headed by another of its kind is about that one, whatever its quote
            // mentions ("Senior › Key Focus Areas: mentoring junior coordinators"), for what is
            // asked and for what the asker tells of themselves alike.
            let names_as_its_own = |entity: &EntityRef| {
                named.contains(entity)
                    && (p.section_entities.contains(entity)
                        || !p.section_entities.iter().any(|n| n.class == entity.class))
            };
            let mut entity_score = 0.0;
            for wanted in &understood.entities {
                // "Lead vs manager": a section headed by one of two asked is one side of the
                // answer (its companion quotes the other), not a passage about another one.
                // Only the level's own row, not a part under it ("Senior › Key Focus Areas").
                // So is a passage giving one of two countries asked about ("pay in canada vs
                // australia": North America's salaries, then Asia-Pacific's), rather than
                // a passage naming both for something else (the visa streams).
                let one_side = p.own_heading_entities.iter().any(|n| {
                    n.class == wanted.class && n != wanted && understood.entities.contains(n)
                }) || (wanted.class == understand::COUNTRY
                    && named.iter().any(|n| {
                        n.class == wanted.class && n != wanted && understood.entities.contains(n)
                    }));
                if names_as_its_own(wanted) {
                    entity_score += self.tuning.entity_bonus;
                } else if !one_side && named.iter().any(|n| n.class == wanted.class) {
                    entity_score -= self.tuning.entity_penalty;
                }
            }
            if !names_a_level
                && p.section_entities
                    .iter()
                    .any(|n| n.class == understand::LEVEL)
            {
                entity_score -= self.tuning.level_section_penalty;
            }
            if let Some(home) = &understood.market {
                let countries: Vec<&EntityRef> = named
                    .iter()
                    .filter(|n| n.class == understand::COUNTRY)
                    .collect();
                if !countries.is_empty() && !countries.contains(&home) {
                    entity_score -= self.tuning.entity_penalty;
                }
            }
            // Where the asker lives suits an answer on what they ask ("I'm from Brazil. What
            // does it pay there?"), and does not make another subject one: "I live in the UK.
            // What is a pcc?" is not asked of visas. A level told picks its own section on any
            // subject ("I just started as a junior. What should I focus on?").
            let on_what_is_asked = topic_match || understood.topic.is_none();
            for preferred in &understood.told_entities {
                if names_as_its_own(preferred) && (on_what_is_asked || !preferred.is_a_place()) {
                    entity_score += self.tuning.entity_bonus;
                }
            }
            let guide_score = if named_guides.contains(&guide_id) {
                self.tuning.guide_bonus
            } else {
                0.0
            };
            let faq_prior = if kind == crate::corpus::PassageKind::FaqAnswer {
                self.tuning.faq_bonus
            } else {
                0.0
            };

            // Only prose states a point up front; a first table row or list item is not special.
            let is_prose = matches!(
                kind,
                crate::corpus::PassageKind::Prose | crate::corpus::PassageKind::FaqAnswer
            );
            // Unless the foremost is asked for, or the list as a whole ("what technical skills
            // does a coordinator need", every item read under its heading alike): a list puts
            // its first item first.
            let asks_the_whole_list = || {
                question_words
                    .iter()
                    .all(|w| !quoted_sentences.iter().any(|s| s.has_stem(&w.stem)))
            };
            let first_listed = position == 0
                && kind == crate::corpus::PassageKind::ListItem
                && (understood.asks_for_the_foremost || asks_the_whole_list());
            let lead_prior = if position == 0 && is_prose {
                self.tuning.lead_passage_bonus
            } else if first_listed {
                self.tuning.first_listed_bonus
            } else {
                0.0
            };
            // Things asked to be named are best named as examples of what was asked.
            let names_examples_asked = understood.expects == Some(AnswerType::Names)
                && quoted_sentences
                    .iter()
                    .any(|s| s.names_examples_of(&asked_stems));
            // A figure or a duration asked for is a precise expectation; a requirement is a
            // looser one ("need", "prefer" say it many ways).
            let answer_type_prior = match understood.expects {
                Some(_) if names_examples_asked => self.tuning.named_examples_bonus,
                Some(expected) if expected.is_loose() && states_expected_fact => {
                    self.tuning.answer_type_bonus
                }
                Some(_) if states_expected_fact => self.tuning.precise_answer_type_bonus,
                _ => 0.0,
            };
            let parts = ScoreParts {
                bm25: self.tuning.bm25_weight * bm25 / max_bm25,
                coverage: self.tuning.coverage_weight * coverage,
                quote_coverage: self.tuning.quote_coverage_weight * quote_coverage,
                heading_coverage: self.tuning.heading_coverage_weight * heading_coverage,
                heading_precision: self.tuning.heading_precision_weight * heading_precision,
                topic: if topic_match {
                    self.tuning.topic_bonus
                } else {
                    0.0
                },
                entities: entity_score,
                guide: guide_score,
                faq: faq_prior,
                lead_passage: lead_prior,
                answer_type: answer_type_prior,
            };
            let score = parts.total();
            candidates.push(Candidate {
                quote,
                passage: p.clone(),
                names_asked_entities,
                address,
                guide_id,
                section: section.clone(),
                line,
                topics: topics.clone(),
                trace: CandidateTrace {
                    section,
                    bm25,
                    coverage: coverage_of_asked,
                    topic_match,
                    entities: named,
                    score,
                    parts,
                    matched,
                },
            });
        }
        if let Some(extreme) = understood.extreme {
            self.prefer_the_extreme_row(&mut candidates, extreme);
        }
        candidates.sort_by(|a, b| {
            b.trace
                .score
                .total_cmp(&a.trace.score)
                .then(a.address.cmp(&b.address))
        });
        Ok(candidates)
    }

    /// Of a table's rows among the candidates, the one stating the largest (or smallest) sum
    /// answers "highest paying level" (or "lowest"): it gets the bonus a stated figure gets.
    fn prefer_the_extreme_row(&self, candidates: &mut [Candidate], extreme: understand::Extreme) {
        let sum_of = |c: &Candidate| c.quoted_sentences().iter().find_map(|s| first_sum(&s.text));
        let rows: Vec<(usize, f64)> = candidates
            .iter()
            .enumerate()
            .filter(|(_, c)| c.passage.kind == crate::corpus::PassageKind::TableRow)
            .filter_map(|(i, c)| sum_of(c).map(|sum| (i, sum)))
            .collect();
        let chosen = match extreme {
            understand::Extreme::Most => rows.iter().max_by(|a, b| a.1.total_cmp(&b.1)),
            understand::Extreme::Least => rows.iter().min_by(|a, b| a.1.total_cmp(&b.1)),
        };
        if let Some(&(i, _)) = chosen.filter(|_| rows.len() > 1) {
            let trace = &mut candidates[i].trace;
            trace.parts.answer_type += self.tuning.precise_answer_type_bonus;
            trace.score = trace.parts.total();
        }
    }

    /// Guides whose title the question names, when the corpus has more than one: the words
    /// of the title it holds must carry at least half the title's rarity, so "scribe" names
    /// "Medical Scribe" while "medical" alone does not.
    fn guides_named(&self, understood: &Understood) -> Vec<String> {
        if self.titles.len() < 2 {
            return Vec::new();
        }
        let asked: HashSet<&str> = understood.words.iter().map(|w| w.stem.as_str()).collect();
        let mut scored: Vec<(f32, &str)> = self
            .titles
            .iter()
            .filter_map(|(id, title)| {
                let total: f32 = title.iter().map(|(_, idf)| idf).sum();
                let held: f32 = title
                    .iter()
                    .filter(|(s, _)| asked.contains(s.as_str()))
                    .map(|(_, idf)| idf)
                    .sum();
                (held > 0.0 && held * 2.0 >= total).then_some((held / total, id.as_str()))
            })
            .collect();
        let top = scored.iter().map(|(share, _)| *share).fold(0.0, f32::max);
        scored.retain(|(share, _)| *share >= top);
        scored.into_iter().map(|(_, id)| id.to_string()).collect()
    }

    /// FAQ questions (or section titles) near what was asked, then the most asked-about ones.
    fn suggestions_near(&self, candidates: &[Candidate]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for c in candidates
            .iter()
            .filter(|c| c.trace.coverage >= self.tuning.min_coverage_floor)
        {
            if out.len() == MAX_SUGGESTIONS {
                return out;
            }
            let label = self.suggestion_for(&c.guide_id, &c.section);
            if !out.contains(&label) {
                out.push(label);
            }
        }
        for s in self.default_suggestions() {
            if out.len() == MAX_SUGGESTIONS {
                break;
            }
            if !out.contains(&s) {
                out.push(s);
            }
        }
        out
    }

    fn suggestion_for(&self, guide_id: &str, section: &str) -> String {
        let info = self
            .guide(guide_id)
            .and_then(|g| g.sections.iter().find(|s| s.label() == section));
        match info {
            Some(s) => s.question.clone().unwrap_or_else(|| s.label()),
            None => section.to_string(),
        }
    }

    /// One FAQ question for each of the topics people ask about most, in the order they ask.
    pub fn default_suggestions(&self) -> Vec<String> {
        self.fallback_suggestions.clone()
    }

    fn compute_default_suggestions(&self) -> Vec<String> {
        let faq: Vec<(&Topic, &String)> = self
            .loaded
            .manifest
            .guides
            .iter()
            .flat_map(|g| &g.sections)
            .filter_map(|s| Some((s.topics.first()?, s.question.as_ref()?)))
            .collect();
        let mut out: Vec<String> = Vec::new();
        for topic in ["salary", "education", "remote", "challenges"] {
            if let Some((_, q)) = faq.iter().find(|(t, _)| t.as_str() == topic) {
                out.push((*q).clone());
            }
        }
        for (_, q) in &faq {
            if !out.contains(q) {
                out.push((*q).clone());
            }
        }
        out.truncate(MAX_SUGGESTIONS);
        out
    }

    /// FAQ questions and section titles that contain `prefix`'s words, for autocomplete.
    pub fn complete(&self, prefix: &str, limit: usize) -> Vec<String> {
        let needle = crate::text::fold(prefix);
        let needle_words: Vec<&str> = crate::text::words(&needle).collect();
        let mut out: Vec<String> = Vec::new();
        let labels = self
            .loaded
            .manifest
            .guides
            .iter()
            .flat_map(|g| &g.sections)
            .map(|s| {
                s.question
                    .clone()
                    .unwrap_or_else(|| s.path.last().cloned().unwrap_or_default())
            });
        for label in labels {
            let folded = crate::text::fold(&label);
            if needle_words.iter().all(|w| folded.contains(w)) && !out.contains(&label) {
                out.push(label);
            }
            if out.len() == limit {
                break;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(words: &str) -> Vec<String> {
        words.split(' ').map(String::from).collect()
    }

    #[test]
    fn a_compound_the_guides_write_is_asked_where_its_parts_stand_together() {
        let asked = compounds_asked(
            &stems("can i work full time"),
            &[stems("full time"), stems("part time"), stems("fast pace")],
        );
        assert_eq!(asked.compounds, [stems("full time")]);
        assert!(asked.only_inside.contains("full") && asked.only_inside.contains("time"));
        assert!(!asked.only_inside.contains("work"));
    }

    #[test]
    fn a_word_also_written_apart_is_not_asked_only_inside_the_compound() {
        let asked = compounds_asked(&stems("full time or some time off"), &[stems("full time")]);
        assert!(asked.only_inside.contains("full"));
        assert!(!asked.only_inside.contains("time"));
    }
}
