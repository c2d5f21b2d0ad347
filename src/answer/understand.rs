//! Understanding a question: from what someone typed in Discord to weighted search words.
//!
//! Steps, in order: strip Discord markup (mentions, channels, emoji, URLs, Markdown), fold,
//! expand chat abbreviations, correct misspellings against the corpus' own vocabulary, drop
//! function words, then read synonyms, topics and entities (all from the thesaurus) over the
//! stemmed words.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;
use tantivy::tokenizer::TextAnalyzer;

use crate::corpus::{Thesaurus, Topic};
use crate::text::{fold_for_search, words};

/// Words that carry no meaning for retrieval: English function words, question words and chat
/// filler. Kept in code because they are about English, not about any guide.
#[rustfmt::skip]
const STOPWORDS: &[&str] = &[
    "a", "about", "actually", "after", "again", "all", "also", "am", "an", "and", "any", "anybody",
    "anyone", "anything", "are", "aren", "as", "ask", "at", "be", "been", "being", "bot", "bro",
    "but", "by", "can", "could", "d", "did", "didn", "do", "does", "doesn", "doing", "don", "dude",
    "each", "eh", "even", "ever", "every", "for", "from", "get", "gets", "getting", "go", "going",
    "gonna", "good", "got", "guys", "had", "has", "have", "having", "he", "hello", "her", "here",
    "hey", "hi", "him", "his", "hmm", "how", "i", "if", "im", "in", "into", "is", "isn", "it",
    "its", "ive", "just", "kinda", "know", "let", "like", "ll", "lol", "m", "me", "might", "mine",
    "more", "most", "much", "must", "my", "nah", "need", "needs", "no", "not", "now", "of", "ok",
    "okay", "on", "one", "or", "other", "our", "out", "please", "pls", "plz", "pretty", "quick",
    "question", "quite", "re", "really", "s", "say", "she", "should", "so", "some", "someone",
    "something", "sorta", "still", "stuff", "such", "sure", "t", "tell", "than", "thank", "thanks",
    "that", "thats", "the", "their", "them", "then", "there", "these", "they", "thing", "things",
    "think", "this", "those", "tho", "though", "thx", "to", "too", "u", "uh", "um", "up", "us",
    "ve", "very", "wanna", "want", "was", "we", "well", "were", "what", "whats", "when", "where",
    "which", "while", "who", "whom", "why", "will", "with", "wondering", "would", "ya", "yall",
    "yeah", "yes", "yet", "yo", "you", "your", "yours", "wait", "even", "many", "until", "til",
    "till", "abt", "mean", "means", "any", "anyway", "whether", "possible", "possibly", "realistic",
    "realistically", "able", "actual", "honestly", "basically", "literally", "take", "takes",
    "taking", "took", "usually", "typically", "normally", "generally", "often", "mostly",
    "sometimes", "always",
    // A turn to what is asked, as "though" is ("This might be obvious, however …", "Probably a
    // silly one, although …").
    "however", "although",
    // A question by another name ("Offbeat query incoming: …"), as "question" is.
    "query", "queries",
    "look", "looks", "looking", "between", "vs", "versus", "exactly", "precisely",
    "specifically", "else", "alright",
    // The way something is done ("learn it through an apprenticeship"): the way is asked.
    "through",
    // "What's happening with hiring" asks what is new with it, as "what's going on" does.
    "happening",
    // "How do senior ones differ": a pronoun for what the question names.
    "ones",
    // Greetings and asides that open or pad a longer message.
    "hiya", "howdy", "heya", "heyo", "hola", "hallo", "hullo", "henlo", "greetings", "sup", "lmao",
    "btw", "cheers", "everyone", "everybody", "roughly",
    "ballpark",
    "curious", "wonder", "ngl", "fr", "lowkey", "highkey", "smh", "istg", "fwiw", "iirc", "afaik",
    "imho", "chance", "chances", "odds", "shot", "couple", "per", "before",
    // "The step above senior": which way from it, as "after" says; the guides never write it.
    "above",
    // Vague amounts ("after a few years", "several times"), as "couple" and "many" are.
    "few", "several",
    // Reporting a claim to check it ("my cousin says…", "I heard…", "…, true?"): the claim is
    // what is asked about.
    "says", "said", "heard", "told", "true",
    // "What pay should I expect": what is expected is asked, not the word; the guides write it
    // once, of the UK ("can expect £25,000").
    "expect", "expected", "expecting",
    // Apologies and framings around a question ("sorry if this is dumb but", "random q", "sorry
    // if this is obvious"): what the asker fears the question is, never what it asks.
    "sorry", "dumb", "stupid", "silly", "random", "q", "ques", "apologies", "apology",
    "apologize", "apologise", "obvious", "naive",
    // Reflexive pronouns ("prep myself for"): the asker, named again.
    "myself", "yourself", "yourselves", "himself", "herself", "themselves", "ourselves", "itself",
    // When, not what: "who do they talk to during the day", "once I'm a senior, what's next".
    "during", "once",
    // Habit and viewpoint ("they tend to", "skill wise"): said of what is asked, never it.
    "tend", "tends", "wise",
    // Hedges ("what will they probably ask"): how sure the asker is, never what is asked.
    "probably", "maybe", "perhaps",
    // Contractions typed without their apostrophe.
    "isnt", "arent", "dont", "doesnt", "didnt", "cant", "wont", "wouldnt", "shouldnt", "couldnt",
    "wasnt", "werent", "havent", "hasnt", "youre", "theyre", "theres", "hows", "wheres", "whos",
    // Interjections ("ugh okay,", "omg", "haha"): how the asker feels, never what is asked. Left
    // in, a word no guide writes counts against every passage, or is corrected to one that does
    // ("yikes" to "likes").
    "ugh", "omg", "oof", "welp", "yikes", "meh", "geez", "jeez", "gosh", "wow", "oh", "ah",
    "argh", "whoa", "woah", "ooh", "aw", "aww", "phew", "whew", "dang", "darn", "haha", "hehe",
    "lmfao", "rofl",
    // Meaning, as "mean" and "means" ("what's the meaning of pcc", "been meaning to ask"): stemmed
    // to "mean", it was read as the median's synonym, and the question as one of pay.
    "meaning", "meant",
];

/// Whether a one-word abbreviation's expansion can follow an article: a noun phrase ends in its
/// noun, so "a pcc" and "the exp" expand, while "an rn" is a nurse, not "an right now".
fn names_a_thing(expansion: &[String]) -> bool {
    expansion
        .last()
        .is_some_and(|word| !STOPWORDS.contains(&word.as_str()))
}

/// Words that name the kind of thing asked about in any career question ("job", "role") and so
/// say little about which part of a guide answers it: they count for less.
const WEAK_WORDS: &[&str] = &[
    // Light verbs: in "dealing with insurance" the thing asked about is the insurance.
    "deal",
    "deals",
    "dealing",
    "handle",
    "handles",
    "handling",
    // "What benefits come with it": what comes is the thing asked about.
    "come",
    "comes",
    "coming",
    "came",
    "job",
    "jobs",
    "work",
    "working",
    "works",
    "role",
    "roles",
    "career",
    "careers",
    "field",
    "position",
    "positions",
    "part",
    "parts",
    "way",
    "ways",
    "kind",
    "type",
    "lot",
    "bit",
    "person",
    "people",
    "profession",
    "occupation",
    "day",
    "option",
    "options",
    "typical",
    "today",
    "start",
    "best",
    "new",
    "old",
    "tip",
    "tips",
    "advice",
    "help",
    "info",
    "information",
    "guide",
    "idea",
    "ideas",
    "suggestion",
    "suggestions",
    "recommendation",
    "recommendations",
    "explain",
    "details",
    "overview",
    "general",
    "use",
    "using",
    "used",
];

/// Nouns that, after a determiner ("this job"), name the career the question is about.
const CAREER_NOUNS: &[&str] = &[
    "job",
    "role",
    "career",
    "field",
    "position",
    "profession",
    "occupation",
    "line",
];
const DETERMINERS: &[&str] = &["this", "the", "that", "such"];
/// "job market", "job boards": a career noun qualifying one of these is the topic itself.
const NOUNS_A_CAREER_NOUN_QUALIFIES: &[&str] = &[
    "market",
    "markets",
    "board",
    "boards",
    "openings",
    "offers",
    "offer",
    "security",
    "hunting",
    "search",
    "listings",
    "postings",
    "fairs",
    "fair",
    "description",
    "title",
    "interview",
    "interviews",
    "path",
    "paths",
    "change",
    "changes",
    "advancement",
    "growth",
    "progression",
    "ladder",
];

/// The thesaurus' entity class for careers other than the guides' own.
pub const OTHER_CAREER: &str = "career";
/// The entity class of countries, whose figures a guide may give for one market or several.
pub const COUNTRY: &str = "country";
/// The entity class of the states of the US, which no guide gives figures for.
pub const US_STATE: &str = "us-state";
/// The entity class of the career's levels ("senior", "manager").
pub const LEVEL: &str = "level";
/// The entity class of particular employers ("Kaiser", "Mayo Clinic").
pub const EMPLOYER: &str = "employer";

/// How much a word of a long message's context counts against a word of its question.
pub const CONTEXT_WEIGHT: f32 = 0.2;

/// How much a weak word counts against a full word.
pub const WEAK_WEIGHT: f32 = 0.3;
/// How much the action a how-to question asks about counts ("how do I *negotiate* a higher
/// salary"): it is what the person wants to know, the rest only says about what.
pub const HOW_TO_ACTION_WEIGHT: f32 = 1.5;

/// Words of chat that the English list lacks: mended as slips, "typos" became "types", "ping"
/// "aping" and "spam" "spasm", and the apologies that name them ("excuse the typos", "sorry for
/// the ping", "sorry for the spam") were no longer read as apologies; "asker" became "asked",
/// and "first-time asker" no longer read as the greeting it is.
#[rustfmt::skip]
const CHAT_WORDS: &[&str] = &[
    "typo", "typos", "ping", "pings", "pinged", "pinging", "spam", "spamming", "spammy", "asker",
];

/// Whole questions that are small talk rather than questions about a career.
const SMALL_TALK: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "yo",
    "sup",
    "thanks",
    "thank",
    "thx",
    "ty",
    "bye",
    "goodbye",
    "cool",
    "nice",
    "ok",
    "okay",
    "lol",
    "bot",
    "careerbot",
    "you",
    "u",
    "good",
    "great",
    "awesome",
    "morning",
    "evening",
    "night",
    "there",
    "much",
    "a",
    "lot",
    "how",
    "are",
    "whats",
    "up",
    "who",
    "what",
    "is",
    "this",
    "the",
    "hiya",
    "howdy",
    "cheers",
    "appreciate",
    "it",
    "wassup",
    "gonna",
    "going",
    "to",
    "answer",
    "reply",
    "respond",
    "alive",
    "or",
    "best",
    "rock",
    "legend",
    "helpful",
    "man",
    "dude",
    "bro",
    "guys",
    "all",
    "everyone",
    // About the bot itself: "what's your name", "are you real", "who made you".
    "your",
    "name",
    "real",
    "human",
    "made",
    "old",
    "gm",
    "gn",
    // "How's your day going?", "how are you doing today?"
    "hows",
    "day",
    "going",
    "doing",
    "today",
    // Thanks with a word on the answer: "thank you so much, that helped", "ty that makes sense".
    "so",
    "that",
    "thats",
    "helped",
    "helps",
    "makes",
    "sense",
    "perfect",
    "useful",
    "exactly",
    "needed",
    "was",
    "very",
    // What the bot is: "bot do u have feelings", "are you an ai", "are you a robot".
    "do",
    "have",
    "feelings",
    "feel",
    "emotions",
    "robot",
    "ai",
    "an",
    "sentient",
    "conscious",
    "chatgpt",
];

/// Lower-case English words (SCOWL's small American list; see `english-words.LICENSE`), sorted.
/// A word in it is a real word, not a typo, even when the guides never use it.
const ENGLISH_WORDS: &str = include_str!("english-words.txt");

fn english_words() -> &'static [&'static str] {
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| ENGLISH_WORDS.lines().collect())
}

/// Whether `word` (folded) is an English word.
pub fn is_english(word: &str) -> bool {
    english_words().binary_search(&word).is_ok()
}

/// Whether `word` (folded) is an English word or, five letters or longer, one letter away from
/// one ("frendly"): a misspelt everyday word rather than a name ("kaiser").
pub fn reads_as_english(word: &str) -> bool {
    is_english(word) || english_neighbours(word, false).next().is_some()
}

/// The English words one edit (a letter dropped, swapped, changed or added) from `word`, a
/// lower-case word of five letters or more. With `short`, a word of four letters has neighbours
/// too, but only by a letter put back or two swapped back ("aply" → apply): a changed letter
/// that short turns one word into too many others, and a three-letter word into anything.
fn english_neighbours(word: &str, short: bool) -> impl Iterator<Item = String> {
    let word = word.to_string();
    let chars: Vec<char> = word.chars().collect();
    let lowercase = chars.iter().all(|c| c.is_ascii_lowercase());
    let long = chars.len() >= 5 && lowercase;
    let usable = long || (short && chars.len() == 4 && lowercase);
    let n = if usable { chars.len() } else { 0 };
    // Letters dropped or changed only in a long word.
    let m = if long { n } else { 0 };
    let dropped = (0..m).map({
        let chars = chars.clone();
        move |i| {
            let mut edited = chars.clone();
            edited.remove(i);
            edited
        }
    });
    let swapped = (0..n.saturating_sub(1)).map({
        let chars = chars.clone();
        move |i| {
            let mut edited = chars.clone();
            edited.swap(i, i + 1);
            edited
        }
    });
    let changed = (0..m).flat_map({
        let chars = chars.clone();
        move |i| {
            let chars = chars.clone();
            ('a'..='z').map(move |c| {
                let mut edited = chars.clone();
                edited[i] = c;
                edited
            })
        }
    });
    let added = (0..if usable { n + 1 } else { 0 }).flat_map(move |i| {
        let chars = chars.clone();
        ('a'..='z').map(move |c| {
            let mut edited = chars.clone();
            edited.insert(i, c);
            edited
        })
    });
    // Likelier typos first: a letter left out, two swapped, one mistyped, one too many.
    added
        .chain(swapped)
        .chain(changed)
        .chain(dropped)
        .map(|edited| edited.into_iter().collect::<String>())
        .filter(move |candidate| *candidate != word && is_english(candidate))
}

/// What a message of several sentences tells around its question, as stems.
#[derive(Default)]
struct Told {
    /// In the telling sentences only.
    context: HashSet<String>,
    /// Of those, in the telling sentence just before the first asking one.
    pointed_at: HashSet<String>,
    /// In the asking sentences.
    asked: HashSet<String>,
    /// Of the telling ones, in those told of someone else only ("My brother works in
    /// billing."), never of the asker.
    of_others: HashSet<String>,
    /// Of the telling ones, the place the asker works or volunteers at ("I volunteer at a
    /// hospice."), not asked.
    workplaces: HashSet<String>,
    /// Of the telling ones, in those that only announce the question after them ("Curious
    /// about something:", "Asking here since nobody at work knows:"), never told elsewhere.
    announcing: HashSet<String>,
}

/// Where a search word came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "from")]
pub enum Origin {
    /// The person's own word (possibly respelled or unabbreviated).
    Question,
    /// Added by the thesaurus because the question said `phrase`.
    Synonym { phrase: String },
    /// What `phrase` stands for without saying it ("after senior" is the lead level), counted
    /// as the person's own word.
    Implied { phrase: String },
}

/// A word to search for, stemmed as the index stems it.
#[derive(Debug, Clone, Serialize)]
pub struct SearchWord {
    pub word: String,
    pub stem: String,
    pub weight: f32,
    pub origin: Origin,
    /// Said only in the context of a longer message, not in its question; `weight` already
    /// counts it down.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub context: bool,
}

impl SearchWord {
    /// A word of substance: not a weak word, though it may be context.
    pub fn is_full(&self) -> bool {
        let own_weight = if self.context {
            self.weight / CONTEXT_WEIGHT
        } else {
            self.weight
        };
        own_weight >= 1.0
    }
}

/// The kind of fact a question expects, read from how it asks: "how long" wants a duration,
/// "how much" or a pay question wants an amount, "do I need" a requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerType {
    Duration,
    Amount,
    Requirement,
    /// A setting or a source: "where do they work", "where can I find jobs".
    Place,
    /// A number of things: "how many openings are there".
    Count,
    /// Things named one by one: "which ehr systems", "what tools do they use".
    Names,
    /// People: "who do they work with".
    Person,
    /// A cause: "why is it rarely remote".
    Reason,
    /// One thing weighed against another: "does experience matter more than education".
    Comparison,
    /// A way of doing something: "how can I prepare for the challenges".
    Method,
    /// Where to find or get something: "where do I find remote jobs".
    Source,
    /// A time of day: "what time do they start".
    Clock,
    /// How old someone is: "how old do I need to be".
    Age,
}

/// What a topic word used exactly as the thesaurus writes it adds over a word that only
/// stems alike: enough to break a tie, never to outvote another match.
const EXACT_TOPIC_WORD_CREDIT: f32 = 0.25;

/// Words that ask whether something is required ("do I need a degree", "is a cert enough").
const REQUIREMENT_ASKED: &[&str] = &[
    "need",
    "needed",
    "require",
    "required",
    "requirement",
    "requirements",
    "necessary",
    "mandatory",
    "must",
    "prerequisite",
    "enough",
    // "Can I get hired without a degree" asks whether the degree is needed.
    "without",
    "essential",
];
/// Beginnings of words that state a requirement or a preference ("require", "prerequisite",
/// "prefer", "necessities").
const REQUIREMENT_STATED: &[&str] = &[
    "requir",
    "prerequisit",
    "mandator",
    "necess",
    "prefer",
    "need",
    "must",
    "minimum",
];
/// …except a participle, which describes something else ("degrees requiring four years").
const REQUIREMENT_DESCRIBED: &[&str] = &["requiring", "needing"];
/// Words that open a yes-or-no question.
const YES_NO_OPENERS: &[&str] = &[
    "do", "does", "did", "is", "are", "was", "were", "can", "could", "will", "would", "should",
];
/// Kinds of place a career is worked in, as a guide names them.
#[rustfmt::skip]
const SETTINGS: &[&str] = &[
    "setting", "settings", "facility", "facilities", "hospital", "hospitals", "clinic",
    "clinics", "office", "offices", "practice", "practices", "center", "centers", "centre",
    "centres", "firm", "firms", "company", "companies", "employer", "employers", "organization",
    "organisation", "organisations", "area", "areas", "region", "regions", "city", "cities",
    "country", "countries",
];
/// Places a job is found through, which are also where one works with them ("job boards").
#[rustfmt::skip]
const LISTINGS: &[&str] = &[
    "platform", "platforms", "board", "boards", "site", "sites", "website", "websites", "agency",
    "agencies", "linkedin", "network", "networks", "organizations",
];

/// Where things are found rather than worked in, besides the listings: places a course or a
/// contact comes from ("job fairs", "community colleges", "Coursera").
#[rustfmt::skip]
const SOURCES: &[&str] = &[
    "networking", "referral", "referrals", "fairs", "events", "colleges", "schools", "coursera",
    "edx", "online", "associations",
];

/// Words that, with "where", ask where to find or get something rather than where one works.
const SEEKING: &[&str] = &[
    "find", "get", "apply", "search", "look", "learn", "study", "take",
];

/// Whether the message asks the bot to do something for the person rather than to tell them
/// something: "can you write my cover letter", "could u find me a job", "pls review my resume".
/// "Can you tell me the pay" is a question, and "can you apply without a degree" asks about
/// anyone: a task is done for "me".
fn asks_for_a_task<S: AsRef<str>>(tokens: &[S]) -> bool {
    let tokens: Vec<&str> = tokens.iter().map(AsRef::as_ref).collect();
    // "Bot, pls…": the bot addressed by name asks as "please" does.
    const ASKING: &[&str] = &[
        "can", "could", "will", "would", "please", "pls", "plz", "bot", "hey",
    ];
    // Work the bot would have to do, not words that fetch information ("find me the pay").
    const TASKS: &[&str] = &[
        "write",
        "draft",
        "rewrite",
        "review",
        "proofread",
        "edit",
        "fix",
        "book",
        "call",
        "hire",
        "refer",
        "translate",
        "file",
        "fill",
        "submit",
        "send",
        "email",
        "schedule",
        "arrange",
        "check",
        "critique",
        "grade",
    ];
    const FOR_ME: &[&str] = &["me", "my", "mine"];
    let asked_for_me = tokens.iter().any(|t| FOR_ME.contains(t));
    let asks_to = tokens
        .windows(3)
        .any(|w| ASKING.contains(&w[0]) && w[1] == "you" && TASKS.contains(&w[2]))
        || tokens
            .iter()
            .find(|t| !ASKING.contains(t))
            .is_some_and(|first| TASKS.contains(first));
    // "Can you help me with my taxes" asks for a hand, "can you help me understand…" for
    // information.
    // "Can you help me write my resume" asks for the writing, and so does "can you help me
    // to make my CV": making is work done for the asker when the bot is to help with it.
    // So does "can you help me study for my anatomy final": the studying would be the bot's.
    const MAKING: &[&str] = &[
        "make", "create", "prepare", "build", "study", "revise", "cram",
    ];
    // "Please help me translate my diploma": asked with no "you", the help is still the bot's.
    let asks_for_a_hand = (0..tokens.len()).any(|i| {
        let w = &tokens[i..];
        let asked = (i >= 2 && ASKING.contains(&tokens[i - 2]) && tokens[i - 1] == "you")
            || tokens[..i]
                .iter()
                .all(|t| ASKING.contains(t) || *t == "you");
        w.len() >= 3 && asked && w[0] == "help" && w[1] == "me" && {
            let done = if w[2] == "to" { w.get(3) } else { w.get(2) };
            w[2] == "with" || done.is_some_and(|d| TASKS.contains(d) || MAKING.contains(d))
        }
    });
    (asks_to && asked_for_me) || asks_for_a_hand
}

/// Whether a token is a sum of money as people type one: "40k", "45000".
fn is_amount(t: &str) -> bool {
    // A 401k is a retirement plan, not a sum.
    if t == "401k" {
        return false;
    }
    let digits = t.strip_suffix('k').unwrap_or(t);
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && (digits.len() < t.len() || (5..=6).contains(&digits.len()))
}

/// A sum of money ("40k", "45000") says the question is about pay, so "is 40k normal" reads
/// as "is 40k salary normal". "Make" that causes ("what makes it hard", "does it make you
/// tired", "makes people want to quit", "make my resume stand out") is not "make" that earns,
/// and is dropped.
fn read_amounts_and_causatives(tokens: Vec<String>) -> Vec<String> {
    const CAUSATIVE_BEFORE: &[&str] = &["what", "which", "that", "it", "this"];
    #[rustfmt::skip]
    const CAUSATIVE_AFTER: &[&str] = &[
        "it", "this", "that", "you", "u", "me", "them", "sure", "people", "someone", "somebody",
        "us", "him", "her",
    ];
    const EARNING_AFTER_MAKE: &[&str] = &[
        "more", "less", "a", "much", "way", "good", "decent", "bank", "money", "any", "enough",
    ];
    #[rustfmt::skip]
    const PRAISE: &[&str] = &[
        "good", "great", "successful", "excellent", "ideal", "perfect", "strong", "effective",
        "amazing", "outstanding", "top",
    ];
    // Who the praise is of: "what makes *someone* a good lead", "what skills make *a
    // coordinator* great", not "what makes *this job* great".
    const PRAISED_ONE: &[&str] = &[
        "a",
        "an",
        "someone",
        "somebody",
        "you",
        "one",
        "them",
        "people",
        "person",
        "coordinator",
        "coordinators",
        "candidate",
        "candidates",
        "applicant",
        "applicants",
        "employee",
        "employees",
        "worker",
        "workers",
        "lead",
        "leads",
        "manager",
        "managers",
    ];
    // What is earned, after praise that is of it ("make good money", "a good living").
    const EARNED: &[&str] = &[
        "money", "living", "salary", "pay", "income", "wage", "wages", "cash", "paycheck",
        "dollar", "dollars", "bucks", "bank",
    ];
    let mut read = Vec::with_capacity(tokens.len() + 1);
    // Past the words a "make" has already been read with.
    let mut skip_to = 0;
    for (i, token) in tokens.iter().enumerate() {
        if i < skip_to {
            continue;
        }
        // "Making remote jobs more common": something made more so, a few words on. "Make
        // more" and "make a lot more" earn.
        let makes_something_more = || {
            tokens
                .get(i + 1)
                .is_some_and(|n| !EARNING_AFTER_MAKE.contains(&n.as_str()))
                && tokens
                    .iter()
                    .skip(i + 2)
                    .take(5)
                    .any(|t| COMPARATIVES.contains(&t.as_str()))
        };
        let makes = matches!(token.as_str(), "make" | "makes" | "making" | "made");
        // "What makes a great coordinator", "what skills make a coordinator great": praise of
        // someone made so asks for the qualities one needs, not the praise.
        let praise_at = || {
            let at = tokens[i + 1..]
                .iter()
                .take(4)
                .position(|t| !PRAISED_ONE.contains(&t.as_str()))
                .map(|at| i + 1 + at)?;
            (PRAISE.contains(&tokens[at].as_str())
                && !tokens
                    .get(at + 1)
                    .is_some_and(|n| EARNED.contains(&n.as_str())))
            .then_some(at)
        };
        if let Some(at) = makes.then(praise_at).flatten() {
            read.push("qualities".to_string());
            read.extend(
                tokens[i + 1..at]
                    .iter()
                    .filter(|t| !matches!(t.as_str(), "a" | "an" | "one"))
                    .cloned(),
            );
            skip_to = at + 1;
            continue;
        }
        let causative = makes
            && (i
                .checked_sub(1)
                .is_some_and(|p| CAUSATIVE_BEFORE.contains(&tokens[p].as_str()))
                || tokens.get(i + 1).is_some_and(|n| {
                    CAUSATIVE_AFTER.contains(&n.as_str()) || POSSESSIVES.contains(&n.as_str())
                })
                || makes_something_more());
        if causative {
            continue;
        }
        read.push(token.clone());
        if is_amount(token) {
            read.push("salary".to_string());
        }
    }
    read
}

/// Chat's "2" and "4" for "to" and "for" ("room 2 grow", "normal 4 this role", "who do they
/// report 2", "hard 4 introverts", "day 2 day"): a digit that counts nothing after it. One
/// before a unit or another number counts ("4 year degree", "2 or 3", "4 hours"), and so does
/// one before a plural where a count is expected ("i have 2 kids", "the top 2 skills", "2
/// certs"), not after a word that introduces none ("hard 4 introverts").
fn digits_for_words(mut tokens: Vec<String>) -> Vec<String> {
    const COUNTED: &[&str] = &[
        "year", "yr", "month", "week", "day", "hour", "hr", "k", "or", "to", "and", "of", "x",
        "times", "percent", "am", "pm", "min", "minute", "person", "patient", "job", "level",
        "step", "yrs", "hours", "hrs", "minutes", "mins", "grand", "thousand", "hundred",
    ];
    // Words after which a number counts what follows ("have 2 kids", "top 2 skills").
    const COUNTING_AFTER: &[&str] = &[
        "about", "around", "like", "over", "under", "than", "top", "only", "just", "every",
        "within", "in", "after", "last", "first", "next", "the", "a", "or", "and", "of", "have",
        "has", "had", "with", "by", "get", "got", "need", "needs", "take", "takes", "took",
        "spend", "spent", "work", "worked", "working", "those", "these", "all", "my", "their",
        "step", "level", "tier", "phase", "part", "number", "no", "page",
    ];
    for i in 0..tokens.len() {
        let word = match tokens[i].as_str() {
            "2" => "to",
            "4" => "for",
            _ => continue,
        };
        let before = i.checked_sub(1).map(|p| tokens[p].as_str());
        let counts = tokens.get(i + 1).is_some_and(|next| {
            let plural = next.ends_with('s') && !STOPWORDS.contains(&next.as_str());
            let count_expected = before
                .is_none_or(|b| COUNTING_AFTER.contains(&b) || !b.chars().all(char::is_alphabetic));
            // "Day 2 day" runs from one to the other.
            before != Some(next.as_str())
                && ((plural && count_expected)
                    || COUNTED.contains(&next.as_str())
                    || DURATION_UNITS.contains(&next.as_str())
                    || next.chars().all(|c| c.is_ascii_digit()))
        });
        if !counts {
            tokens[i] = word.to_string();
        }
    }
    tokens
}

/// "I volunteer at a hospice.", "I work part time at Target.", "I do data entry for an insurance
/// company.": the words of the place a telling sentence says the asker works or volunteers at,
/// or of whom the asker works for (none when it says none). Where the asker spends the day says
/// nothing of what is asked; searched, a hospice (the guides' "long-term care facilities") pulled
/// quotes toward "long-term career progression", and an insurance company toward the guide's
/// insurance verification.
fn workplace_told(sentence: &str) -> String {
    const WORKING: &[&str] = &[
        "work",
        "worked",
        "volunteer",
        "volunteered",
        "intern",
        "interned",
        // What the asker does for a living ("I do data entry for …").
        "do",
        "did",
    ];
    let folded = crate::text::fold(sentence);
    let said: Vec<&str> = crate::text::words(&folded).collect();
    // The asker, with at most a word between ("I currently work", "I also volunteer"), and the
    // place within three words after the verb ("work part time at", "work nights at"), or whom
    // the work is for ("work for a clinic", "do billing for the county"), not how long ("worked
    // for a year").
    let Some(verb) = (1..said.len().min(3)).find(|&i| WORKING.contains(&said[i])) else {
        return String::new();
    };
    if said[0] != "i" {
        return String::new();
    }
    let names_whom_for = |at: usize| {
        said.get(at + 1)
            .is_some_and(|w| matches!(*w, "a" | "an" | "the" | "my"))
            && !said[at + 1..].iter().any(|w| DURATION_UNITS.contains(w))
    };
    match (verb + 1..said.len().min(verb + 4))
        .find(|&at| said[at] == "at" || (said[at] == "for" && names_whom_for(at)))
    {
        Some(at) => said[at + 1..].join(" "),
        None => String::new(),
    }
}

/// "I live in Texas", "home for me is Tulsa", "an hour north of Duluth" say where the asker is;
/// "live" itself asks nothing, and would find the guide's "cost of living", and "home" read as
/// working from home. "…and live with my parents" says whom with, and "still live at home" the
/// same of the family home (not work from home): neither is searched. Living on or off a salary
/// is still asked, without the "off".
fn without_where_one_lives(tokens: Vec<String>) -> Vec<String> {
    const WHERE: &[&str] = &["in", "near", "outside", "by"];
    let is =
        |at: usize, listed: &[&str]| tokens.get(at).is_some_and(|t| listed.contains(&t.as_str()));
    let mut kept = Vec::with_capacity(tokens.len());
    let mut skip_to = 0;
    for (i, token) in tokens.iter().enumerate() {
        if i < skip_to {
            continue;
        }
        let lives = matches!(token.as_str(), "live" | "lives" | "living")
            && i > 0
            && is(i - 1, &["i", "we", "currently", "still", "now", "and"]);
        let one_lives = lives && is(i + 1, WHERE);
        let lives_with_them = lives
            && is(i + 1, &["with"])
            && is(i + 2, POSSESSIVES)
            && tokens.get(i + 3).is_some_and(|t| is_someone_else(t));
        if lives_with_them {
            skip_to = i + 4;
            continue;
        }
        if lives && is(i + 1, &["at"]) && is(i + 2, &["home"]) {
            skip_to = i + 3;
            continue;
        }
        // "Home for me is Tulsa", "my home is in Leeds": where one's home is, said of it. Not
        // home as a place of work ("is working from home ok", "a nursing home is …").
        if token == "home"
            && (i == 0 || !is(i - 1, &["from", "at", "to", "a", "the", "nursing", "care"]))
        {
            let said_of_home = if is(i + 1, &["for"]) && is(i + 2, &["me", "us"]) {
                i + 3
            } else {
                i + 1
            };
            if is(said_of_home, &["is", "s"]) {
                skip_to = said_of_home + 1 + usize::from(is(said_of_home + 1, WHERE));
                continue;
            }
        }
        // "I'm about an hour north of Duluth", "20 minutes outside Austin": how far the asker
        // is from a place says where they are; "hour" was read as the working hours.
        const AWAY: &[&str] = &[
            "hour",
            "hours",
            "hr",
            "hrs",
            "minutes",
            "mins",
            "miles",
            "mi",
            "km",
            "kilometers",
            "kilometres",
        ];
        const HEADING: &[&str] = &[
            "north",
            "south",
            "east",
            "west",
            "northeast",
            "northwest",
            "southeast",
            "southwest",
            "outside",
            "away",
        ];
        let how_far = (is(i, &["a", "an"]) || number_in(token).is_some())
            && is(i + 1, AWAY)
            && is(i + 2, HEADING);
        if how_far {
            skip_to = i + 3 + usize::from(is(i + 3, &["of", "from"]));
            continue;
        }
        // "Can you live off a pcc salary": the particle asks nothing, and would find "paid
        // time off"; living off a salary is asked by "live" and "salary".
        let living_off = token == "off"
            && i > 0
            && matches!(
                tokens[i - 1].as_str(),
                "live" | "lives" | "living" | "lived"
            );
        if !one_lives && !living_off {
            kept.push(token.clone());
        }
    }
    kept
}

/// "I'm a senior in high school", "a junior at uni", "a college senior": a year of school or
/// college, not a level of the career. Read as the senior level, it quoted the senior row
/// whatever was asked; the year is not searched.
fn without_a_year_of_school(tokens: Vec<String>) -> Vec<String> {
    const SCHOOLS: &[&str] = &["school", "college", "university", "uni", "hs", "highschool"];
    const YEARS: &[&str] = &["junior", "juniors", "senior", "seniors"];
    let is =
        |at: usize, listed: &[&str]| tokens.get(at).is_some_and(|t| listed.contains(&t.as_str()));
    let a_year_of_school = |i: usize| {
        let school_after = is(i + 1, &["in", "at"])
            && (is(i + 2, SCHOOLS)
                || (is(i + 2, &["high", "my", "a", "the"]) && is(i + 3, SCHOOLS))
                || (is(i + 2, &["my"]) && is(i + 3, &["high"]) && is(i + 4, SCHOOLS)));
        // "a college senior", "a high school junior"; not "…high school. Senior pay?", nor "I'm
        // a janitor at a school. Senior pcc pay?": no one is "a school senior", so a school
        // named alone before the year ends the sentence before it.
        let school_before = i >= 2
            && is(i - 1, SCHOOLS)
            && ((is(i - 2, &["a", "an"]) && !is(i - 1, &["school"]))
                || (i >= 3 && is(i - 2, &["high"]) && is(i - 3, &["a"])));
        is(i, YEARS) && (school_after || school_before)
    };
    tokens
        .iter()
        .enumerate()
        .filter(|&(i, _)| !a_year_of_school(i))
        .map(|(_, t)| t.clone())
        .collect()
}

/// "I'm 35 with a family": the asker's age is no figure of the guides ("$35,000"), and is not
/// searched. "I'm 10 years in" tells experience, and keeps its figure.
fn without_ages_told(tokens: Vec<String>) -> Vec<String> {
    const LATER: &[&str] = &["years", "year", "yrs", "yr", "k", "hours", "hrs", "months"];
    let age_at = |i: usize| {
        let told_of_oneself = match i {
            0 => false,
            1 => tokens[0] == "im",
            _ => {
                tokens[i - 1] == "im"
                    || (matches!(tokens[i - 1].as_str(), "m" | "am") && tokens[i - 2] == "i")
            }
        };
        let follows_a_unit = tokens.get(i + 1).is_some_and(|next| {
            LATER.contains(&next.as_str()) && tokens.get(i + 2).is_none_or(|t| t != "old")
        });
        told_of_oneself
            && !follows_a_unit
            && tokens[i]
                .parse::<u32>()
                .is_ok_and(|age| (15..=99).contains(&age))
    };
    tokens
        .iter()
        .enumerate()
        .filter(|&(i, _)| !age_at(i))
        .map(|(_, t)| t.clone())
        .collect()
}

/// "Explain what a coordinator is to my grandma", "can you describe the role": a request to
/// explain, and whom to explain it to, say nothing of what is asked. Searched, "explain" read
/// as coordinators explaining care plans to patients, and "grandma" was respelled "grand".
/// "Do coordinators explain meds to patients" keeps its "explain".
fn without_a_request_to_explain(tokens: Vec<String>) -> Vec<String> {
    const EXPLAINING: &[&str] = &["explain", "describe"];
    const ASKING: &[&str] = &[
        "can", "could", "would", "pls", "plz", "please", "you", "u", "someone", "somebody",
        "anyone", "pl",
    ];
    const LISTENERS: &[&str] = &[
        "kid", "child", "kids", "children", "toddler", "someone", "me",
    ];
    let Some(at) = tokens.iter().enumerate().position(|(i, t)| {
        EXPLAINING.contains(&t.as_str())
            && (i == 0 || ASKING.contains(&tokens[i - 1].as_str()))
            && tokens.get(i + 1).is_some_and(|next| next != "to")
    }) else {
        return tokens;
    };
    let mut kept = tokens;
    kept.remove(at);
    // "…to my grandma", "…to a kid": the listener.
    let n = kept.len();
    let listener = n >= 3
        && matches!(kept[n - 3].as_str(), "to" | "for")
        && (POSSESSIVES.contains(&kept[n - 2].as_str())
            || matches!(kept[n - 2].as_str(), "a" | "an"))
        && (is_someone_else(&kept[n - 1]) || LISTENERS.contains(&kept[n - 1].as_str()));
    if listener {
        kept.truncate(n - 3);
    }
    kept
}

/// Whether a word is one the guides never write ([`Understander::never_written`]): the open
/// slot of a courtesy may hold any such word.
type Unwritten<'a> = &'a dyn Fn(&str) -> bool;

/// Words that thank: a clause closing a message that holds one asks nothing.
const THANKING: &[&str] = &[
    "thanks",
    "thank",
    "ta",
    "thanking",
    "thx",
    "ty",
    "tia",
    "tysm",
    "appreciate",
    "appreciated",
    "grateful",
    "cheers",
    "lmk",
    "obliged",
    "thankful",
    "indebted",
    // Praise given for it ("props to anyone who replies").
    "props",
    "kudos",
    // A blessing given for it ("bless you all", "blessings to all"), or gratitude said.
    "bless",
    "blessings",
    "gratitude",
];

/// Whether a word thanks: one of `THANKING`, or any form of thanks, appreciation or gratitude
/// ("appreciative of any guidance", "thankfully", "gratefully"), as no list of them is whole.
fn thanks(word: &str) -> bool {
    THANKING.contains(&word)
        || (word.starts_with("thank")
            && !word.starts_with("thanksgiving")
            && !word.ends_with("less"))
        || word.starts_with("apprecia")
        || word.starts_with("gratef")
}

/// What those who answer are praised as, in a closing courtesy ("you're the best", "you're all
/// stars", "you guys rock").
const PRAISE: &[&str] = &[
    "best",
    "kind",
    "sweet",
    "awesome",
    "amazing",
    "great",
    "wonderful",
    "brilliant",
    "fantastic",
    "incredible",
    "rock",
    // "this community rocks".
    "rocks",
    "legend",
    "legends",
    "star",
    "stars",
    "gem",
    "gems",
    "hero",
    "heroes",
    "angel",
    "angels",
    "lifesaver",
    "lifesavers",
    "champ",
    "champs",
];

/// Waiting for others' input, in a closing courtesy ("awaiting your wisdom"), or watching for it
/// ("will be lurking for replies", "watching for answers").
const AWAITING: &[&str] = &[
    "awaiting",
    "await",
    "waiting",
    "lurking",
    "watching",
    "stalking",
    "monitoring",
];

/// Words that name a question, as the asker calls it ("Quick question: …", "Offbeat query
/// incoming: …", "I have a q").
const QUESTION: &[&str] = &["question", "questions", "q", "qs", "query", "queries"];

/// Words a closing courtesy is made of besides its thanks and what it asks for
/// (`INPUT_ASKED_FOR`): whom it thanks, and how much ("thanks a bunch y'all", "thank you
/// kindly", "any info would be great", "any help is appreciated", "would love to hear from
/// anyone").
const COURTESY: &[&str] = &[
    "a",
    "an",
    "many",
    "bunch",
    "lot",
    "lots",
    // "thanks a bundle, crew".
    "bundle",
    "bunches",
    "so",
    "much",
    "very",
    "really",
    "greatly",
    "kindly",
    "ton",
    "tons",
    "heap",
    "heaps",
    "loads",
    "million",
    // Thanks sized in another language, the thanks itself read as "thanks" ("merci beaucoup").
    "beaucoup",
    "in",
    "adv",
    "advance",
    "ahead",
    // "in advance", as the thesaurus reads it ("thanking you in advance").
    "before",
    "you",
    "u",
    "ya",
    "all",
    "everyone",
    "everybody",
    "guys",
    "folks",
    "fam",
    "mate",
    "mates",
    "man",
    "bro",
    "dude",
    "buddy",
    "people",
    "anyone",
    "anybody",
    "any",
    "from",
    "of",
    "for",
    "the",
    "your",
    "ur",
    "again",
    "to",
    "on",
    "this",
    "and",
    "here",
    "far",
    "would",
    "be",
    "is",
    "are",
    "i",
    "d",
    "love",
    "value",
    "some",
    "hear",
    "great",
    "helpful",
    "awesome",
    "amazing",
    "useful",
    // How much it would help ("would be super helpful").
    "super",
    "extremely",
    "incredibly",
    "hugely",
    "truly",
    // What those thanked gave ("thanks for listening", "thank you for your patience",
    // "appreciate you reading", "thanks for taking the time").
    "listening",
    "reading",
    "read",
    "patience",
    "attention",
    "taking",
    "time",
    // How eager the asker is to hear ("keen to hear your takes", "looking forward to hearing
    // back", "can't wait to hear from you").
    "keen",
    "eager",
    "curious",
    "interested",
    "know",
    "looking",
    "forward",
    "hearing",
    "back",
    // Or to see what they say ("can't wait to see what you say").
    "see",
    "seeing",
    "cant",
    "t",
    "wait",
    // Or how they wait for it ("eagerly waiting on replies"; the waiting is `AWAITING`).
    "eagerly",
    "patiently",
    // What those who answer can give ("grateful for whatever you can share", "any tips you
    // have", "whatever advice you've got"), and for how long one would be grateful ("forever
    // grateful").
    "whatever",
    "can",
    "share",
    "have",
    "ve",
    "got",
    "forever",
    "eternally",
    // Praise of those thanked ("thanks guys, you're the best"): what they are praised as is
    // `PRAISE`.
    "re",
    // Those thanked, as whoever answers ("props to anyone who replies").
    "who",
    "whoever",
    "responds",
    "helps",
    "comments",
    "chimes",
    // An offer to say more ("happy to clarify if needed"), perhaps in private ("feel free to
    // dm me", "dm me if you prefer").
    "dm",
    "pm",
    "me",
    "prefer",
    "feel",
    "free",
    "happy",
    "glad",
    "willing",
    "clarify",
    "elaborate",
    "explain",
    "more",
    "if",
    "needed",
    "necessary",
    // Signing off for a while ("bye for now"), and when the replies will be read ("heading to
    // bed now, will read replies tomorrow", "logging off, will check answers in the morning").
    "now",
    "will",
    "ll",
    "check",
    "checking",
    "tomorrow",
    "tonight",
    "later",
    "soon",
    "morning",
    // How input is thanked for ("every suggestion gratefully received").
    "received",
    "accepted",
    "welcomed",
    // What the input would mean to the asker ("any guidance would mean a lot", "… the world").
    "mean",
    "world",
];

/// "… thanks a bunch", "… any info would be great", "… would love to hear from anyone", "… would
/// love some advice", "… much love": a clause of courtesy closing a message asks nothing. Searched,
/// its words ("bunch", "hear", "heaps") matched no passage of the question and the question was
/// declined. The clause opens with its thanks, "any", "love", "would", "I'd" or a sign-off's "much
/// love" (not "much" alone: "how much, thanks"), or with "you" praised ("you're all stars"),
/// holds nothing but courtesy, and thanks ("thx", "appreciate", "much gratitude"), praises what
/// would be given ("would be great") or those who answer, would love to hear or love some input,
/// or signs off with love ("much love", "lots of love", "love you all"). A message that is all
/// courtesy ("ok thanks a bunch") is small talk, thanks. Words the guides never write are not
/// let in as courtesy ("are coordinators obliged to relocate" asks, though its last word is
/// one) but right after a thanks, where they say it in another language or name whom it
/// thanks ("danke schön, everyone", "thanks Priya").
fn without_closing_courtesy(tokens: Vec<String>, unwritten: Unwritten) -> Vec<String> {
    const BEING: &[&str] = &[
        "is", "are", "was", "were", "s", "be", "seem", "seems", "sound",
    ];
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    let thanks_at = |i: usize| tokens.get(i).is_some_and(|t| thanks(t));
    // "huge thanks, team", "heartfelt thanks": how great the thanks are. (Any word the guides
    // never write was tried here, and took the question's own last word: "do pccs get tuition
    // reimbursement thx".)
    const GREAT: &[&str] = &[
        "huge",
        "big",
        "biggest",
        "massive",
        "mega",
        "enormous",
        "immense",
        "tremendous",
        "endless",
        "infinite",
        "eternal",
        "sincere",
        "sincerest",
        "heartfelt",
        "warmest",
        "deepest",
        "humble",
        // "muchas gracias", "tusen takk", "vielen dank": how great, in the asker's own language,
        // the thanks itself read as "thanks". (Any word of no English the guides never write was
        // tried here, and took the question's own last word: "what's the salary in london thx",
        // "do u get pto thx".)
        "muchas",
        "muchisimas",
        "mil",
        "tusen",
        "tusind",
        "vielen",
        "hartelijk",
        "muito",
        "tante",
    ];
    let sizes_the_thanks = |i: usize| is(i, GREAT) && thanks_at(i + 1);
    let signs_off_with_love = |i: usize| {
        is(i, &["love"])
            && (is(i.wrapping_sub(1), &["much", "of"]) || is(i + 1, &["you", "u", "ya"]))
    };
    // Eager to hear others ("keen to hear your takes").
    const EAGER: &[&str] = &["keen", "eager", "curious", "interested"];
    // Or offering to say more ("happy to clarify if needed").
    const OFFERING: &[&str] = &["happy", "glad", "willing"];
    // "you lot never disappoint", "you never fail", "this server never misses": praise said as
    // what they never do.
    const LETTING_DOWN: &[&str] = &[
        "disappoint",
        "disappoints",
        "fail",
        "fails",
        "miss",
        "misses",
    ];
    let never_failing = |i: usize| {
        (is(i, &["never"]) && is(i + 1, LETTING_DOWN))
            || (is(i, LETTING_DOWN) && is(i.wrapping_sub(1), &["never"]))
    };
    // Those who answer, or the channel they answer in ("this server never misses").
    let those_who_answer = |i: usize| {
        is(i, &["you", "u", "ya"]) || (is(i, &["this", "the", "our"]) && is(i + 1, THE_CHANNEL))
    };
    let praises_those_who_answer = |i: usize| {
        those_who_answer(i) && (i + 1..tokens.len()).any(|j| is(j, PRAISE) || never_failing(j))
    };
    // "every suggestion gratefully received": each piece of input, thanked for.
    let each_input = |i: usize| is(i, &["every", "each", "all"]) && is(i + 1, INPUT_ASKED_FOR);
    // Or said to count ("every tip counts", "each opinion matters").
    const COUNTING: &[&str] = &["counts", "helps", "matters"];
    let each_input_counts = |i: usize| is(i, COUNTING) && each_input(i.wrapping_sub(2));
    let opens_a_clause = |i: usize| {
        praises_those_who_answer(i)
        // "ta" thanks, but not as a noun ("how to become a ta").
            || (thanks_at(i) && !(is(i, &["ta"]) && is(i.wrapping_sub(1), ARTICLES)))
            || sizes_the_thanks(i)
            // Or eager for input ("keen on your views", "curious for any takes").
            || (is(i, EAGER) && is(i + 1, &["to", "on", "for"]))
            // Or waiting for it ("awaiting your wisdom", "eagerly waiting on any replies").
            || (is(i, AWAITING) && (i + 1..tokens.len().min(i + 4)).any(|j| is(j, INPUT_ASKED_FOR)))
            || (is(i, &["eagerly", "patiently"]) && is(i + 1, AWAITING))
            // "a thousand thanks", "a million thank yous": thanks counted as many.
            || (is(i, &["a"]) && is(i + 1, COUNTLESS) && is(i + 2, &["thanks", "thank"]))
            || (is(i, OFFERING) && is(i + 1, &["to"]))
            || is(i, &["any", "love", "would"])
            // "whatever wisdom you have, I'll take it": input taken in any form.
            || (is(i, &["whatever"]) && is(i + 1, INPUT_ASKED_FOR))
            || each_input(i)
            || (is(i, &["i"]) && is(i + 1, &["d", "would"]))
            || (is(i, &["much"]) && is(i + 1, &["love"]))
            // "much obliged", "much appreciated", "many thanks", but not "how much" asked
            // ("senior pcc how much thanks").
            || (is(i, &["much", "many"])
                && thanks_at(i + 1)
                && !is(i.wrapping_sub(1), &["how"]))
            || (is(i, &["lots"]) && is(i + 1, &["of"]) && is(i + 2, &["love"]))
            || is(i, SIGNING_OFF)
            || is(i, PRIVATELY)
            || (is(i, &["feel"]) && is(i + 1, &["free"]) && is(i + 2, &["to"]))
            || (is(i, &["looking"]) && is(i + 1, &["forward"]))
            || (is(i, &["cant"]) && is(i + 1, &["wait"]))
            || (is(i, &["can"]) && is(i + 1, &["t"]) && is(i + 2, &["wait"]))
            // "this community is the best": the channel praised.
            || (is(i, &["this"])
                && is(i + 1, THE_CHANNEL)
                && (i + 2..tokens.len()).any(|j| is(j, PRAISE) || is(j, &["helpful", "useful"])))
    };
    // A sign-off ("bye all"; "peace out", "talk soon" and "god bless" as the thesaurus reads
    // them).
    const SIGNING_OFF: &[&str] = &["bye", "goodbye", "byee", "cya"];
    // Answering in private ("dm me if you prefer").
    const PRIVATELY: &[&str] = &["dm", "pm", "dms", "pms"];
    // How many the thanks are counted as ("a thousand thanks").
    const COUNTLESS: &[&str] = &["hundred", "thousand", "million", "billion", "zillion"];
    const INTENSIFYING: &[&str] = &[
        "so",
        "very",
        "really",
        "super",
        "extremely",
        "incredibly",
        "hugely",
        "truly",
    ];
    let courteous = |i: usize| {
        const PRAISING: &[&str] = &["be", "is", "are", "re", "s"];
        let praised = |at: usize| {
            is(at, PRAISING) || (is(at, INTENSIFYING) && is(at.wrapping_sub(1), PRAISING))
        };
        thanks_at(i)
            || is(i, SIGNING_OFF)
            || is(i, PRIVATELY)
            || (is(i, &["great", "helpful", "awesome", "amazing", "useful"])
                && praised(i.wrapping_sub(1)))
            || (is(i, &["hear", "know", "hearing"]) && is(i.wrapping_sub(1), &["to"]))
            // Or to see what they say ("can't wait to see what you say", "… your answers").
            || (is(i, &["see", "seeing"])
                && is(i.wrapping_sub(1), &["to"])
                && (i + 1..tokens.len()).any(|j| is(j, INPUT_ASKED_FOR) || is(j, OPINING)))
            || (is(i, &["clarify", "elaborate", "explain"])
                && is(i.wrapping_sub(1), &["to"])
                && is(i.wrapping_sub(2), OFFERING))
            // "would love some advice", "would value your thoughts": what would be loved or
            // valued is others' input.
            || (is(i, &["love", "value"])
                && (is(i.wrapping_sub(1), &["would", "d"])
                    || (is(i.wrapping_sub(1), INTENSIFYING)
                        && is(i.wrapping_sub(2), &["would", "d"])))
                && (i + 1..tokens.len()).any(|j| is(j, INPUT_ASKED_FOR)))
            || signs_off_with_love(i)
            || (is(i, &["love"]) && is(i + 1, &["this"]) && is(i + 2, THE_CHANNEL))
            // Within four words of it: "eager to read your answers".
            || (is(i, INPUT_ASKED_FOR)
                && (i.saturating_sub(4)..i)
                    .any(|j| is(j, EAGER) || is(j, AWAITING) || is(j, &["forward"])))
            // What input would mean to the asker ("any guidance would mean a lot", "any
            // thoughts would mean the world").
            || (is(i, &["mean"])
                && is(i.wrapping_sub(1), &["would", "d"])
                && (is(i + 1, &["a"]) && is(i + 2, &["lot", "ton"])
                    || is(i + 1, &["the"]) && is(i + 2, &["world"])
                    || is(i + 1, &["so"]) && is(i + 2, &["much"])))
            || (is(i, PRAISE)
                && (i.saturating_sub(3)..i).any(|j| is(j, &["you", "u", "ya", "re", "are", "be"])
                    || is(j, THE_CHANNEL)))
            || (is(i, LETTING_DOWN)
                && is(i.wrapping_sub(1), &["never"])
                && (i.saturating_sub(3)..i).any(those_who_answer))
            || each_input_counts(i)
    };
    // "would value a candid answer", "I'd love some brutally honest input": what describes the
    // input asked for may be any word, perhaps said how much by an adverb, as no list of them is
    // whole. (Any few words were tried, and took a question's own: "would a public health
    // bachelors help me".)
    const DETERMINING: &[&str] = &["a", "an", "some", "any", "your"];
    let adverb_at = |i: usize| tokens.get(i).is_some_and(|t| reads_as_an_ly_adverb(t));
    let describes_input = |i: usize| {
        let describing = |at: usize| {
            is(at + 1, INPUT_ASKED_FOR)
                && (is(at.wrapping_sub(1), DETERMINING)
                    || (adverb_at(at.wrapping_sub(1)) && is(at.wrapping_sub(2), DETERMINING)))
        };
        describing(i) || (adverb_at(i) && is(i.wrapping_sub(1), DETERMINING) && describing(i + 1))
    };
    // "… thanks to anyone who answers", "keen to hear from anyone who's done it": who those
    // thanked or heard are may be said in any few words, as no list of them is whole; not a
    // question ("thanks to anyone who can say how much we make").
    const ANSWERERS: &[&str] = &[
        "anyone",
        "anybody",
        "everyone",
        "everybody",
        "someone",
        "somebody",
        "people",
        "those",
        "all",
        "folks",
        "you",
    ];
    let described_from = (1..tokens.len())
        .find(|&at| {
            is(at, &["who", "whoever"])
                && is(at - 1, ANSWERERS)
                && (1..=5).contains(&(tokens.len() - at - 1))
                && !tokens[at + 1..]
                    .iter()
                    .any(|t| WH_OPENERS.contains(&t.as_str()) || t == "when")
        })
        .map_or(tokens.len(), |at| at + 1);
    // "keen to hear from folks doing this job now": or by what they do, said of those the input
    // is from.
    let doing_from = (2..tokens.len())
        .find(|&at| {
            tokens[at].len() > 4
                && tokens[at].ends_with("ing")
                && is(at - 1, ANSWERERS)
                && is(at - 2, &["from"])
                && tokens.len() - at <= 5
                && !tokens[at + 1..]
                    .iter()
                    .any(|t| WH_OPENERS.contains(&t.as_str()) || t == "when")
        })
        .unwrap_or(tokens.len());
    let described_from = described_from.min(doing_from);
    // "eager to hear what you think", "curious to know what you all reckon", "curious what
    // current coordinators think": the view to be heard is whatever those who answer think of
    // it, naming nothing asked. Who they are may be said in a few words of any kind, as no list
    // of them is whole.
    const OPINING: &[&str] = &["think", "reckon", "say", "feel", "believe", "suggest"];
    let view_from = (1..tokens.len())
        .find(|&at| {
            let thinkers_end = (at + 1..tokens.len()).find(|&j| is(j, OPINING));
            is(at, &["what", "how"])
                && (is(at - 1, &["hear", "hearing", "know", "see", "seeing"]) || is(at - 1, EAGER))
                && thinkers_end.is_some_and(|end| {
                    end - at <= 4
                        && !tokens[at + 1..end]
                            .iter()
                            .any(|t| WH_OPENERS.contains(&t.as_str()))
                        && (end..tokens.len()).all(|j| {
                            is(j, OPINING)
                                || is(j, ANSWERERS)
                                || is(j, ADDRESSEES)
                                || is(j, &["u", "ya", "would", "d", "of", "it", "this"])
                        })
                })
        })
        .unwrap_or(tokens.len());
    // "dying to know what you all reckon", "itching to hear what you think": how eager the
    // asker is to hear that view may be said in any word, as no list of them is whole.
    let eager_for_the_view = view_from
        .checked_sub(3)
        .filter(|_| view_from < tokens.len())
        .filter(|&at| is(at + 1, &["to"]) && is(at + 2, &["hear", "know", "see"]));
    // "especially curious what current coordinators think": eager for the view straight out,
    // perhaps saying how much, after a question.
    const STRESSING: &[&str] = &[
        "especially",
        "particularly",
        "really",
        "mostly",
        "most",
        "so",
        "very",
        "just",
        "also",
        "im",
        "i",
        "m",
        "am",
    ];
    let eager_before_the_view = view_from
        .checked_sub(1)
        .filter(|&at| view_from < tokens.len() && is(at, EAGER))
        .map(|mut at| {
            while at > 0 && is(at - 1, STRESSING) {
                at -= 1;
            }
            at
        })
        .filter(|&at| asks_something(&tokens[..at]));
    let eager_for_the_view = eager_for_the_view.or(eager_before_the_view);
    // "grateful as ever, gang", "thanks as always": the courtesy said to be the asker's wont.
    const EVER: &[&str] = &["ever", "always", "usual"];
    let as_ever = |i: usize| {
        (is(i, &["as", "like"]) && is(i + 1, EVER))
            || (is(i, EVER) && is(i.wrapping_sub(1), &["as", "like"]))
    };
    // "love how kind this server is", "love how helpful everyone is here": the channel praised
    // as what the asker loves in it.
    const KINDLY: &[&str] = &[
        "helpful",
        "welcoming",
        "supportive",
        "friendly",
        "nice",
        "lovely",
        "generous",
        "chill",
        "wholesome",
    ];
    const PRAISED_BEING: &[&str] = &[
        "this", "the", "our", "is", "are", "s", "re", "here", "always", "you", "u", "ya",
    ];
    let loved_from = (1..tokens.len()).find(|&at| {
        is(at, &["love", "loving"])
            && is(at + 1, &["how"])
            && (at + 2..tokens.len()).any(|j| is(j, PRAISE) || is(j, KINDLY))
            && (at + 2..tokens.len()).all(|j| {
                is(j, PRAISE)
                    || is(j, KINDLY)
                    || is(j, INTENSIFYING)
                    || is(j, PRAISED_BEING)
                    || is(j, ANSWERERS)
                    || is(j, ADDRESSEES)
                    || is(j, THE_CHANNEL)
            })
    });
    let clause_start = (0..tokens.len()).find(|&start| {
        (opens_a_clause(start) || eager_for_the_view == Some(start))
            && (start..tokens.len()).all(|i| {
                is(i, COURTESY)
                    || is(i, AWAITING)
                    || is(i, PRAISE)
                    || thanks_at(i)
                    || sizes_the_thanks(i)
                    || is(i, INPUT_ASKED_FOR)
                    || describes_input(i)
                    || (i >= view_from && view_from > start)
                    || loved_from.is_some_and(|at| i >= at && at >= start)
                    || (eager_for_the_view == Some(start) && i < view_from)
                    || (i >= described_from
                        && described_from > start
                        && asks_something(&tokens[..start]))
                    || is(i, COUNTLESS)
                    || (thanks_at(i.wrapping_sub(1)) && unwritten(&tokens[i]))
                    || is(i, SIGNING_OFF)
                    || is(i, ADDRESSEES)
                    || is(i, THE_CHANNEL)
                    || as_ever(i)
                    || never_failing(i)
                    || each_input(i)
                    || each_input_counts(i)
            })
            && ((start..tokens.len()).any(courteous)
                || eager_for_the_view == Some(start)
                || loved_from == Some(start))
    });
    // "… input from seasoned coordinators appreciated": a bare call for input, from whom in a
    // few words of any kind, thanked for or said welcome at the close. (With "any" or "all" it
    // is a closing request for input, read after this.)
    let from_whom = || {
        let n = tokens.len();
        if n < 3 {
            return None;
        }
        // Or said to be wanted ("… input from current coordinators wanted"), or what it would
        // be to the asker ("… input from anyone on the inside would be gold").
        let closing = if thanks_at(n - 1) || is(n - 1, &["welcome", "wanted", "needed"]) {
            1
        } else {
            n - valued_at_the_close(&tokens)?
        };
        (1..n.saturating_sub(2)).rev().find(|&at| {
            is(at, INPUT_ASKED_FOR)
                && is(at + 1, &["from"])
                && n - at <= 6 + closing
                && at + 2 <= n - closing
                && !is(
                    at - 1,
                    &["any", "all", "get", "got", "have", "has", "need", "want"],
                )
        })
    };
    let input_from_whom = from_whom()
        .map(|at| at - usize::from(is(at - 1, &["some", "your"])))
        .filter(|&at| asks_something(&tokens[..at]));
    let Some(mut start) = clause_start.into_iter().chain(input_from_whom).min() else {
        return tokens;
    };
    // "… bump your pay ok thanks": an "ok" before the thanks acknowledges, unless a "be" asks
    // whether something is ok ("is the pay ok thanks").
    if start > 0
        && is(start - 1, &["ok", "okay", "alright"])
        && !tokens[..start - 1]
            .iter()
            .any(|t| BEING.contains(&t.as_str()))
    {
        start -= 1;
    }
    let mut kept = tokens[..start].to_vec();
    if kept
        .iter()
        .all(|t| SMALL_TALK.contains(&t.as_str()) || ADDRESSEES.contains(&t.as_str()))
    {
        kept.push("thanks".to_string());
    }
    kept
}

/// The channel, as those who answer ("this sub is the best", "much love to this community").
const THE_CHANNEL: &[&str] = &[
    "sub",
    "subreddit",
    "server",
    "channel",
    "group",
    "community",
    // "this place is a lifesaver", "this forum rocks".
    "place",
    "forum",
    "discord",
];

/// "… this server is gold", "… this group has been a lifesaver": whatever is said of the
/// channel itself, closing a message that asks before it, asks nothing. Searched, "server" and
/// "gold" matched no passage and the question was declined. What is said may be any few words,
/// as no list of praise is whole, but it is said with a "be" or "has" ("this group is…"), not
/// asked ("is this group for coordinators only" has no question before it), or exclaimed
/// ("such a helpful crowd here").
fn without_a_word_on_the_channel(tokens: Vec<String>) -> Vec<String> {
    const SAYING_OF_IT: &[&str] = &["is", "s", "was", "has", "seems", "feels"];
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    let said_at = (1..tokens.len()).find(|&i| {
        is(i, &["this"])
            && is(i + 1, THE_CHANNEL)
            && is(i + 2, SAYING_OF_IT)
            // A place may be where the asker works ("this place is small"): only praise of it
            // is said of the channel.
            && (!is(i + 1, &["place"]) || (i + 3..tokens.len()).any(|j| is(j, PRAISE)))
            && (1..=4).contains(&tokens.len().saturating_sub(i + 3))
            && !tokens[i + 3..]
                .iter()
                .any(|t| WH_OPENERS.contains(&t.as_str()))
            && asks_something(&tokens[..i])
    });
    // "… such a helpful crowd here", "what a lovely bunch": the channel exclaimed over, in a
    // word or two of any kind, as no list of praise is whole.
    const GATHERED: &[&str] = &["crowd", "bunch", "crew", "gang", "lot", "people", "folks"];
    let exclaimed_at = || {
        // The channel's word closes the message, perhaps before "here".
        let here = usize::from(tokens.last().is_some_and(|t| t == "here"));
        let last = tokens.len().checked_sub(1 + here)?;
        (1..tokens.len()).find(|&i| {
            is(i, &["such", "what"])
                && is(i + 1, &["a", "an"])
                && (is(last, THE_CHANNEL) || is(last, GATHERED))
                && (i + 3..=i + 4).contains(&last)
                && !tokens[i + 2..last]
                    .iter()
                    .any(|t| WH_OPENERS.contains(&t.as_str()))
                && asks_something(&tokens[..i])
        })
    };
    let said_at = said_at.or_else(exclaimed_at);
    let mut kept = tokens;
    if let Some(at) = said_at {
        kept.truncate(at);
    }
    kept
}

/// "… best corner of the internet, this", "… my favourite server on discord": the channel praised
/// as the best of its kind, closing a message that asks before it, asks nothing. Searched,
/// "corner" and "internet" matched no passage and the question was declined. Only the channel
/// and where it is may follow the praise, so that "the best place to work" is still asked (and
/// a praise after "the" or "is" is a question's own: "which is the best server").
fn without_the_channel_praised_as_the_best(tokens: Vec<String>) -> Vec<String> {
    const BEST: &[&str] = &[
        "best",
        "greatest",
        "finest",
        "nicest",
        "kindest",
        "coolest",
        "favourite",
        "favorite",
        "fave",
    ];
    // The channel, or the corner of the internet it is.
    const A_CORNER_ONLINE: &[&str] = &[
        "corner",
        "server",
        "sub",
        "subreddit",
        "community",
        "channel",
        "forum",
        "discord",
        "internet",
        "web",
        "reddit",
    ];
    const AROUND_IT: &[&str] = &[
        "of", "on", "the", "this", "here", "ever", "around", "in", "by", "far", "whole", "entire",
        "place", "spot", "online", "group",
    ];
    const ASKING_WHICH: &[&str] = &[
        "the", "a", "is", "s", "are", "which", "what", "whats", "most",
    ];
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    let praised_at = (1..tokens.len()).find(|&i| {
        is(i, BEST)
            && !is(i - 1, ASKING_WHICH)
            && (2..=8).contains(&(tokens.len() - i))
            && (i + 1..tokens.len()).any(|j| is(j, A_CORNER_ONLINE))
            && (i + 1..tokens.len()).all(|j| is(j, A_CORNER_ONLINE) || is(j, AROUND_IT))
            && asks_something(&tokens[..i])
    });
    let Some(at) = praised_at else {
        return tokens;
    };
    // "… my favourite server": whose favourite goes with it.
    let whose = usize::from(is(at - 1, &["my", "our"]));
    let mut kept = tokens;
    kept.truncate(at - whose);
    kept
}

/// "do coordinators deal with the insurance side of things", "the pay side of it": the side of
/// things something is only names it. Searched, "side" matched no passage, yet counted in the
/// share of the question a passage must hold. Only after what it is the side of ("which side of
/// things do you prefer" asks).
fn without_the_side_of_things(tokens: Vec<String>) -> Vec<String> {
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    let Some(at) = (1..tokens.len()).find(|&i| {
        is(i, &["side"])
            && is(i + 1, &["of"])
            && is(i + 2, &["things", "it", "stuff"])
            && !is(
                i - 1,
                &["the", "which", "what", "this", "that", "other", "one", "a"],
            )
    }) else {
        return tokens;
    };
    let mut kept = tokens;
    kept.drain(at..at + 3);
    kept
}

/// "I have kind of a weird question", "is it sort of stressful": "kind of" and "sort of" after
/// anything but a word that picks one out ("what kind of", "this sort of") only hedge what
/// follows. Searched, "kind" matched no passage, yet counted in the share of the question a
/// passage must hold.
fn without_a_hedge(tokens: Vec<String>) -> Vec<String> {
    const PICKING_OUT: &[&str] = &[
        "what",
        "which",
        "whatever",
        "any",
        "this",
        "that",
        "these",
        "those",
        "the",
        "a",
        "an",
        "some",
        "every",
        "each",
        "all",
        "other",
        "same",
        "different",
        "one",
        "no",
        "my",
        "your",
        "ur",
        "their",
        "our",
        "his",
        "her",
        "its",
        "s",
        "certain",
        "particular",
        "specific",
    ];
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    let hedges = |i: usize| {
        is(i, &["kind", "sort"])
            && is(i + 1, &["of"])
            && i + 2 < tokens.len()
            && !(i > 0 && is(i - 1, PICKING_OUT))
    };
    let mut kept = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        if hedges(i) {
            i += 2;
            continue;
        }
        kept.push(tokens[i].clone());
        i += 1;
    }
    kept
}

/// "… happy holidays!", "Happy Friday all, …": a wish for the day or the season says nothing of
/// what is asked. Searched, neither "happy" nor "holidays" matched a passage, and most such
/// questions were declined.
fn without_a_wish_for_the_season(tokens: Vec<String>) -> Vec<String> {
    const WISHING: &[&str] = &["happy", "merry", "blessed", "joyous"];
    const OCCASIONS: &[&str] = &[
        "holidays",
        "holiday",
        "christmas",
        "xmas",
        "hanukkah",
        "chanukah",
        "kwanzaa",
        "diwali",
        "eid",
        "ramadan",
        "easter",
        "thanksgiving",
        "halloween",
        "nye",
        "new",
        "lunar",
        "year",
        "years",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "weekend",
        "hump",
        "day",
    ];
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    let mut dropped = vec![false; tokens.len()];
    let mut i = 0;
    while i < tokens.len() {
        // "happy new year", "happy hump day": the occasion may take two words, but one that
        // only qualifies ("new", "day") is no occasion alone ("happy day" is left as it is).
        let occasion_ends = is(i, WISHING)
            .then(|| {
                (i + 1..tokens.len())
                    .take_while(|&j| is(j, OCCASIONS))
                    .last()
            })
            .flatten()
            .filter(|&last| !(last == i + 1 && is(last, &["new", "lunar", "hump", "day"])));
        match occasion_ends {
            Some(last) => {
                let mut end = last + 1;
                while is(end, ADDRESSEES) || is(end, &["to", "you", "u", "ya"]) {
                    end += 1;
                }
                dropped[i..end].iter_mut().for_each(|d| *d = true);
                i = end;
            }
            None => i += 1,
        }
    }
    tokens
        .into_iter()
        .zip(dropped)
        .filter(|(_, dropped)| !dropped)
        .map(|(token, _)| token)
        .collect()
}

/// "… have a good one!", "… have a great weekend y'all", "… take care!", "… enjoy your weekend",
/// "… have a great week ahead": a wish closing the message, after what it asks, says nothing of
/// it. Read as part of the question, it made a yes-or-no question want a sum, or be declined,
/// and "take care" matched the guides' patient care. Only at the close, and not after who would
/// have it or do it: "do pccs have a good day to day" and "what jobs let you take care" ask. The
/// time wished may be good in any word the guides never write (`unwritten`: "have a restful
/// evening"), as no list of praise is whole.
fn without_a_parting_wish(tokens: Vec<String>, unwritten: Unwritten) -> Vec<String> {
    const GOOD: &[&str] = &["good", "great", "nice", "lovely", "wonderful", "blessed"];
    const WHAT_IS_WISHED: &[&str] = &[
        "one",
        "day",
        "night",
        "evening",
        "morning",
        "afternoon",
        "weekend",
        "week",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    // Who would have it, or a verb "have" would go with: then it is asked.
    const HAVING: &[&str] = &[
        "i",
        "you",
        "u",
        "ya",
        "they",
        "we",
        "he",
        "she",
        "it",
        "who",
        "people",
        "ppl",
        "pccs",
        "coordinators",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "should",
        "to",
        "ll",
        "d",
        "not",
        "usually",
        "typically",
        "generally",
        "also",
        "still",
        "always",
        "never",
        "ever",
    ];
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    // Wishes that need no "have a good …": how to fare ("take care", "stay safe", "be well").
    const FARING: &[(&str, &str)] = &[
        ("take", "care"),
        ("stay", "safe"),
        ("stay", "well"),
        ("be", "well"),
        // Or how to rest ("sleep well, all").
        ("sleep", "well"),
        ("sleep", "tight"),
        ("rest", "well"),
        ("rest", "easy"),
    ];
    let only_addressees_after =
        |from: usize| (from..tokens.len()).all(|j| is(j, ADDRESSEES) || is(j, &["you", "u", "ya"]));
    const DOING: &[&str] = &["do", "does", "did"];
    const AUXILIARIES: &[&str] = &[
        "do", "does", "did", "will", "would", "can", "could", "should", "to", "ll", "d", "not",
    ];
    const HOW_OFTEN: &[&str] = &[
        "usually",
        "typically",
        "generally",
        "also",
        "still",
        "always",
        "never",
        "ever",
    ];
    // A "do" after an earlier one is the question's own verb, ending it ("what do lead
    // coordinators do …").
    let ends_a_question_of_its_own =
        |the_do: usize| tokens[..the_do].iter().any(|t| DOING.contains(&t.as_str()));
    // Whether the "have" at `i` is the verb of what comes before it ("do pccs have a good
    // day"). Not so when what comes before ends a question of its own: a "do" after an earlier
    // one is the question's own verb ("what do lead coordinators do have a lovely evening"), "it"
    // takes no "have" unless helped ("is it worth it have a …", but "does it have a …"), and an
    // adverb goes with what comes before it ("what's the vibe at work usually have a …").
    //
    // A question asked with "be" and nothing helping a verb ("are patients rude to you", "who
    // are patient care coordinators") holds its verb already: a "have" after whom it names is
    // wished ("is it normal to have a …" is helped).
    const BEING: &[&str] = &["is", "are", "was", "were", "am", "s", "re", "isn", "aren"];
    let asked_with_be = |before: usize| {
        let asked = &tokens[..=before];
        // A "to" helps only the "have" itself: "rude to you" names whom.
        let helped = asked
            .iter()
            .any(|t| t != "to" && AUXILIARIES.contains(&t.as_str()))
            || tokens[before] == "to";
        asked.iter().any(|t| BEING.contains(&t.as_str())) && !helped
    };
    let had_by_what_comes_before = |i: usize| {
        let before = i - 1;
        match tokens[before].as_str() {
            "do" | "does" | "did" => !ends_a_question_of_its_own(before),
            "it" | "he" | "she" => is(before.wrapping_sub(1), AUXILIARIES),
            adverb if HOW_OFTEN.contains(&adverb) => is(before.wrapping_sub(1), HAVING),
            _ => is(before, HAVING) && !asked_with_be(before),
        }
    };
    // "enjoy your weekend", "enjoy the rest of your day": the time wished is the reader's, so
    // only "you" could have it, or a verb that goes with it ("do you get to enjoy your weekend");
    // after anyone else, after "you" as an object ("are patients rude to you") or after a
    // question's own "do" ("what do lead coordinators do"), it is wished.
    let enjoyed_by_what_comes_before = |i: usize| {
        let before = i - 1;
        match tokens[before].as_str() {
            "you" | "u" | "ya" | "i" | "we" | "they" => {
                is(before.wrapping_sub(1), AUXILIARIES) && !is(before.wrapping_sub(1), &["to"])
            }
            "do" | "does" | "did" => !ends_a_question_of_its_own(before),
            other => AUXILIARIES.contains(&other),
        }
    };
    // The time wished, perhaps the one to come ("have a great week ahead"), closing the message.
    let wished_until_the_close = |at: usize| {
        is(at, WHAT_IS_WISHED)
            && only_addressees_after(at + 1 + usize::from(is(at + 1, &["ahead"])))
    };
    let wishes_enjoyment = |i: usize| {
        let mut at = i + 1;
        if is(at, &["the"]) && is(at + 1, &["rest"]) && is(at + 2, &["of"]) {
            at += 3;
        }
        is(i, &["enjoy"]) && is(at, &["your", "ur"]) && wished_until_the_close(at + 1)
    };
    let wish_at = (1..tokens.len()).rev().find(|&i| {
        let good = |at: usize| is(at, GOOD) || tokens.get(at).is_some_and(|t| unwritten(t));
        let wishes_a_good_time =
            is(i, &["have"]) && is(i + 1, &["a"]) && good(i + 2) && wished_until_the_close(i + 3);
        // Perhaps of themselves ("take care of yourselves").
        let of_themselves = usize::from(
            is(i + 2, &["of"]) && is(i + 3, &["yourselves", "yourself", "urself", "urselves"]),
        ) * 2;
        let wishes_well = FARING.iter().any(|&(verb, how)| {
            tokens[i] == verb && is(i + 1, &[how]) && only_addressees_after(i + 2 + of_themselves)
        });
        // "stay warm out there", "stay sane, folks": to stay however the guides never say.
        let out_there = usize::from(is(i + 2, &["out"]) && is(i + 3, &["there"])) * 2;
        let wishes_to_stay = tokens[i] == "stay"
            && tokens.get(i + 1).is_some_and(|t| unwritten(t))
            && only_addressees_after(i + 2 + out_there);
        // "wishing you all a calm night", "wish y'all a good one": the same wish, said as one to
        // those it is for.
        let wishes_it_to_them = is(i, &["wishing", "wish", "wishes"]) && {
            let mut at = i + 1;
            while is(at, &["you", "u", "ya"]) || is(at, ADDRESSEES) {
                at += 1;
            }
            at > i + 1 && is(at, &["a"]) && good(at + 1) && wished_until_the_close(at + 2)
        };
        if wishes_enjoyment(i) {
            return !enjoyed_by_what_comes_before(i);
        }
        // Said to those it is for, the wish needs no "have", so whatever comes before cannot
        // have it ("… what do lead coordinators do wishing you all a calm night").
        wishes_it_to_them
            || ((wishes_a_good_time || wishes_well || wishes_to_stay)
                && !had_by_what_comes_before(i))
    });
    match wish_at {
        Some(at) => tokens[..at].to_vec(),
        None => tokens,
    }
}

/// How many words hope at `i`, if any: "hope", "hoping", "hopefully", or crossed fingers
/// ("fingers crossed someone answers", "crossing my fingers someone knows", "fingers crossed
/// this is clear"), wherever a hope is read.
fn hope_at<S: AsRef<str>>(tokens: &[S], i: usize) -> Option<usize> {
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_ref()));
    if is(i, &["hope", "hoping", "hopefully"]) {
        Some(1)
    } else if (is(i, &["fingers"]) && is(i + 1, &["crossed"]))
        || (is(i, &["crossing", "crossed"]) && is(i + 1, &["fingers"]))
    {
        Some(2)
    } else if is(i, &["crossing"]) && is(i + 1, &["my"]) && is(i + 2, &["fingers"]) {
        Some(3)
    } else {
        None
    }
}

/// "… hope someone can chime in", "… hopefully someone can help", "… hoping one of you knows",
/// "… fingers crossed someone answers": the hope, closing a message, that someone will answer it
/// says nothing of what it asks.
/// Searched, "chime" and "hope" matched no passage of the question and it was declined. The hope
/// must name who would answer and how, and hold nothing else ("is there hope for someone with no
/// experience" asks); what comes before it must ask something.
fn without_a_closing_hope_for_an_answer(tokens: Vec<String>) -> Vec<String> {
    const WHO: &[&str] = &[
        "someone", "somebody", "anyone", "anybody", "you", "u", "yall", "everyone", "people",
        "ppl", "experts", "pros",
    ];
    // The words around who would answer ("one of you guys", "someone here").
    const AROUND_WHO: &[&str] = &[
        "that", "one", "of", "the", "guys", "folks", "all", "here", "can", "could", "will",
        "would", "might", "may", "be", "able", "to",
    ];
    const ANSWERING: &[&str] = &[
        "help",
        "helps",
        "chime",
        "chimes",
        "weigh",
        "weighs",
        "answer",
        "answers",
        "respond",
        "responds",
        "reply",
        "replies",
        "shed",
        "light",
        "share",
        "advise",
        "explain",
        "clarify",
        "know",
        "knows",
        "enlighten",
        "tell",
        "assist",
    ];
    // What may follow the answering ("chime in", "help me out", "shed some light on this").
    const AFTER_ANSWERING: &[&str] = &[
        "in", "out", "on", "this", "that", "it", "me", "us", "here", "with", "some", "a", "bit",
    ];
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    let Some((at, hope_len)) = (1..tokens.len())
        .rev()
        .find_map(|i| hope_at(&tokens, i).map(|len| (i, len)))
    else {
        return tokens;
    };
    let who_from = at + hope_len;
    let Some(answering) = (who_from..tokens.len()).find(|&i| is(i, ANSWERING)) else {
        return tokens;
    };
    let names_who = (who_from..answering).any(|i| is(i, WHO))
        && (who_from..answering).all(|i| is(i, WHO) || is(i, AROUND_WHO));
    let says_only_how =
        (answering..tokens.len()).all(|i| is(i, ANSWERING) || is(i, AFTER_ANSWERING));
    if names_who && says_only_how && asks_something(&tokens[..at]) {
        tokens[..at].to_vec()
    } else {
        tokens
    }
}

/// How many of the words open the message with a warning ("Heads up, …", "fair warning, …",
/// "Warning, …", "Brace yourselves, …"): none if they do not.
fn warning_opening<S: AsRef<str>>(words: &[S]) -> usize {
    const WARNINGS: &[&[&str]] = &[
        &["heads", "up"],
        &["fair", "warning"],
        &["warning"],
        &["brace", "yourselves"],
        &["brace", "yourself"],
    ];
    WARNINGS
        .iter()
        .find(|warning| {
            words.len() >= warning.len()
                && words
                    .iter()
                    .zip(warning.iter())
                    .all(|(w, x)| w.as_ref() == *x)
        })
        .map_or(0, |warning| warning.len())
}

/// Whether a word reads as an adverb in "-ly" ("really", "brutally", "essentially"): four letters
/// are too few to tell ("only", "holy").
fn reads_as_an_ly_adverb(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly")
}

/// Whether any of `words` is more than a function word or small talk, or asks with a question
/// word ("what do they do"): whether they ask something, so that what closes or opens them can
/// be dropped as framing.
fn asks_something<S: AsRef<str>>(words: &[S]) -> bool {
    const ASKING: &[&str] = &[
        "what", "whats", "how", "hows", "why", "where", "wheres", "when", "who", "whos", "which",
    ];
    words.iter().any(|t| {
        let t = t.as_ref();
        ASKING.contains(&t) || (!STOPWORDS.contains(&t) && !SMALL_TALK.contains(&t))
    })
}

/// "Might be a daft question, …", "Naive q: …": what the asker calls the question, opening the
/// message, says nothing of what it asks. Searched, "daft" matched no passage and the question
/// was declined. The word calling it is one the guides never write (`unwritten`; the thesaurus
/// reads the common ones, "silly question", as framing), typed just before "question" (not
/// before a framing the thesaurus reads as one: "can i do this from my couch lol"), with
/// nothing asked before it ("what's an icebreaker question" asks for one). Nor does saying that
/// the question comes ("Strange question incoming: …").
fn without_what_the_question_is_called(
    tokens: Vec<String>,
    typed: &[&str],
    unwritten: Unwritten,
) -> Vec<String> {
    let typed_before_question = |word: &str| {
        typed
            .windows(2)
            .any(|pair| pair[0] == word && QUESTION.contains(&pair[1]))
    };
    let called_at = (0..tokens.len()).find(|&i| {
        tokens
            .get(i + 1)
            .is_some_and(|t| QUESTION.contains(&t.as_str()))
            && unwritten(&tokens[i])
            && typed_before_question(&tokens[i])
            && !asks_something(&tokens[..i])
    });
    // Or says that it comes ("Strange question incoming: …"): "incoming" read as income. So
    // may the message, said as long ("Long post incoming, sorry: …", "Warning, wall of text
    // ahead: …"), go whole: "post" read as a job posting, "wall" and "text" as words asked.
    const THE_MESSAGE: &[&str] = &[
        "post", "message", "msg", "rant", "ramble", "essay", "novel", "text",
    ];
    const LONG: &[&str] = &["long", "lengthy", "big", "huge", "massive"];
    let announced = (1..tokens.len()).find_map(|i| {
        if !matches!(tokens[i].as_str(), "incoming" | "coming" | "ahead") {
            return None;
        }
        let noun = i - 1;
        if QUESTION.contains(&tokens[noun].as_str()) {
            return (!asks_something(&tokens[..noun])).then_some(i..i + 1);
        }
        if !THE_MESSAGE.contains(&tokens[noun].as_str()) {
            return None;
        }
        let mut from = noun
            - tokens[..noun]
                .iter()
                .rev()
                .take_while(|t| LONG.contains(&t.as_str()))
                .count();
        // Alone, or with only a warning before it ("Warning, wall of text ahead: …", "heads up,
        // long post incoming").
        let warned_from =
            |from: usize| (warning_opening(&tokens[..from]) == from).then_some(0..i + 1);
        // "wall of text ahead": its length said as a wall, only opening the message or after a
        // warning ("is a wall of text ahead in the posting" asks).
        if from >= 2
            && tokens[from - 1] == "of"
            && matches!(tokens[from - 2].as_str(), "wall" | "walls")
        {
            from -= 2;
            from -= usize::from(from > 0 && ARTICLES.contains(&tokens[from - 1].as_str()));
            return warned_from(from);
        }
        warned_from(from).or_else(|| (!asks_something(&tokens[..from])).then_some(from..i + 1))
    });
    let mut kept = tokens;
    if let Some(span) = announced {
        kept.drain(span);
    }
    if let Some(at) = called_at {
        kept.remove(at);
    }
    kept
}

/// "… not sure I worded that right", "… sorry if I phrased this badly": the asker's doubt, closing
/// a message, about how the question was put says nothing of what it asks. Searched, "worded"
/// matched the guide's "Microsoft Office Suite (Word, …)" and pulled its passage first. The doubt
/// opens with "not sure", "unsure", "idk", "sorry", a hope or a request to be told ("let me know
/// if"), names the putting ("worded", "phrased", "explained", "asked") or how plain it is
/// ("hopefully that's clear", "let me know if that makes no sense", "hope that wasn't too
/// garbled") or how foolish it may seem
/// ("hope this isn't a silly one") and holds nothing else; what comes before it must ask
/// something ("how do i word my cover letter" asks).
fn without_a_doubt_about_the_wording(tokens: Vec<String>) -> Vec<String> {
    const DOUBTING: &[&str] = &[
        "not",
        "unsure",
        "idk",
        "dunno",
        "sorry",
        "apologies",
        "hope",
        "hopefully",
    ];
    const PUTTING: &[&str] = &[
        "worded",
        "wording",
        "word",
        "phrased",
        "phrasing",
        "phrase",
        "put",
        "wrote",
        "written",
        "explained",
        "explaining",
        "explain",
        "asked",
        "asking",
        "ask",
        "said",
        "saying",
        // Or how it reached the reader ("hope that came across clearly").
        "came",
        "come",
        "comes",
        // Or how plain the putting is ("hopefully that's clear", "not sure it makes sense").
        "clear",
        "unclear",
        "understandable",
        "confusing",
        // Or how tangled ("hope that wasn't too garbled"), or how long-drawn ("apologies if that
        // was rambly").
        "garbled",
        "muddled",
        "jumbled",
        "incoherent",
        "rambly",
        "rambling",
        "rambled",
        "ramble",
        "waffly",
        "waffling",
        "sense",
        "make",
        "makes",
        "made",
        // Or how scattered ("sorry, my thoughts are all over the place").
        "scattered",
        "place",
        "everywhere",
        // Or how pertinent what was told is ("not sure if that's relevant", "idk if that helps").
        "relevant",
        "matters",
        "helps",
        // Or how foolish it may seem ("hope this isn't a silly one").
        "silly",
        "dumb",
        "stupid",
        "daft",
    ];
    // The rest of the doubt: who put it, what, and how well.
    const AROUND_PUTTING: &[&str] = &[
        "sure",
        "if",
        "whether",
        "i",
        "im",
        "ive",
        "m",
        "am",
        "was",
        "is",
        "s",
        "thats",
        "its",
        // "hope I've phrased this properly", as "I've" is split.
        "ve",
        "did",
        "have",
        "this",
        "that",
        "it",
        "the",
        "question",
        "my",
        "right",
        "well",
        "correctly",
        "properly",
        "ok",
        "okay",
        "clearly",
        "badly",
        "poorly",
        "weird",
        "weirdly",
        "oddly",
        "across",
        "strangely",
        "wrong",
        "in",
        "a",
        "way",
        "english",
        "at",
        "all",
        "enough",
        // Or none ("let me know if that makes no sense", "if it doesn't make any sense").
        "no",
        "any",
        "doesn",
        "dont",
        "don",
        "t",
        // Or not foolish ("hope this isn't a silly one").
        "isn",
        "isnt",
        "not",
        "one",
        "too",
        // "not sure I'm even asking this right", "not sure how to word this".
        "even",
        "how",
        "to",
        // Whose thoughts are scattered, and how much.
        "thoughts",
        "mind",
        "brain",
        "are",
        "over",
        "bit",
        "little",
    ];
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    // Where the doubt's own words begin: after "not sure", or after a request to be told
    // ("let me know if that makes no sense").
    let doubt_from = |i: usize| {
        if is(i, &["let"]) && is(i + 1, &["me", "us"]) && is(i + 2, &["know"]) {
            is(i + 3, &["if", "whether"]).then_some(i + 3)
        } else if is(i, &["i"]) && is(i + 1, &["do"]) && is(i + 2, &["not"]) {
            // "idk if that helps", as the thesaurus reads "idk".
            (is(i + 3, &["know"]) && is(i + 4, &["if", "whether"])).then_some(i + 4)
        } else if let Some(len) = hope_at(&tokens, i) {
            Some(i + len)
        } else {
            (is(i, DOUBTING) && (!is(i, &["not"]) || is(i + 1, &["sure"]))).then_some(i + 1)
        }
    };
    // "… hopefully that reads ok", "hope this lands right": the message said to come out well
    // in any verb, as no list of them is whole.
    const WELL_ENOUGH: &[&str] = &[
        "ok",
        "okay",
        "alright",
        "right",
        "fine",
        "well",
        "clearly",
        "properly",
        "correctly",
    ];
    // "… hope the question lands", "hopefully my post gets through": the message itself named,
    // it needs no word of how well after its verb.
    const THE_MESSAGE: &[&str] = &["question", "q", "post", "message", "msg"];
    let comes_out_well = |from: usize| {
        let named = is(from, &["the", "my", "this"]) && is(from + 1, THE_MESSAGE);
        if named {
            tokens.len() > from + 2 && (from + 3..tokens.len()).all(|j| is(j, WELL_ENOUGH))
        } else {
            is(from, &["that", "this", "it"])
                && tokens.len() > from + 2
                && (from + 2..tokens.len()).all(|j| is(j, WELL_ENOUGH))
        }
    };
    let Some(at) = (1..tokens.len()).find(|&i| {
        doubt_from(i).is_some_and(|from| {
            ((from..tokens.len()).any(|j| is(j, PUTTING))
                && (from..tokens.len()).all(|j| is(j, PUTTING) || is(j, AROUND_PUTTING)))
                || (hope_at(&tokens, i).is_some() && comes_out_well(from))
        })
    }) else {
        return tokens;
    };
    if asks_something(&tokens[..at]) {
        tokens[..at].to_vec()
    } else {
        tokens
    }
}

/// "Not sure I'm even asking this right, but …", "not sure how to word this but …": the same
/// doubt about the wording, opening the message before a "but", says nothing of what it asks.
/// Read as the asker's context, "asking" and "right" drew the answer towards the guide's FAQ
/// and its rights. What the doubt may hold is what it may hold closing a message.
fn without_an_opening_doubt_about_the_wording(tokens: Vec<String>) -> Vec<String> {
    const ASKED: &str = "salary";
    let Some(but) = tokens
        .iter()
        .take(12)
        .position(|t| TURNING.contains(&t.as_str()))
    else {
        return tokens;
    };
    let doubt: Vec<String> = std::iter::once(ASKED.to_string())
        .chain(tokens[..but].iter().cloned())
        .collect();
    if but >= 2
        && (without_a_doubt_about_the_wording(doubt) == [ASKED] || overthinks(&tokens[..but]))
        && asks_something(&tokens[but + 1..])
    {
        tokens[but + 1..].to_vec()
    } else {
        tokens
    }
}

/// Whether a clause is only the asker's doubt that they think too much of it: "I may be
/// overthinking this", "maybe I'm overanalysing it", "prob overcomplicating this lol". Any form
/// of the verb, as the asker's own words around it are few.
fn overthinks(clause: &[String]) -> bool {
    const OVERTHINKING: &[&str] = &["overthink", "overthought", "overanaly", "overcomplicat"];
    const AROUND: &[&str] = &[
        "i",
        "im",
        "m",
        "am",
        "be",
        "being",
        "may",
        "might",
        "could",
        "must",
        "probably",
        "prob",
        "maybe",
        "perhaps",
        "possibly",
        "likely",
        "just",
        "totally",
        "completely",
        "way",
        "really",
        "so",
        "too",
        "much",
        "a",
        "bit",
        "little",
        "this",
        "it",
        "that",
        "all",
        "here",
        "lol",
    ];
    let thinking_too_much = |t: &String| OVERTHINKING.iter().any(|o| t.starts_with(o));
    clause.iter().any(thinking_too_much)
        && clause
            .iter()
            .all(|t| thinking_too_much(t) || AROUND.contains(&t.as_str()))
}

/// "Forgive me if this has been asked, …", "… if it's been answered already": the asker's fear
/// that the question was asked before says nothing of what it asks. Searched, "asked" matched
/// the guide's "Frequently Asked Questions" and pulled its passages first.
fn without_a_fear_of_repeating(tokens: Vec<String>) -> Vec<String> {
    const SAID_BEFORE: &[&str] = &[
        "asked",
        "answered",
        "posted",
        "covered",
        "discussed",
        "mentioned",
    ];
    const TENSE: &[&str] = &["has", "have", "s", "was", "is", "had", "been", "already"];
    const WHEN: &[&str] = &[
        "before", "already", "here", "yet", "a", "lot", "lots", "again",
    ];
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    let Some((start, said)) = (0..tokens.len()).find_map(|i| {
        if !(is(i, &["if"]) && is(i + 1, &["this", "it", "that", "its"])) {
            return None;
        }
        let mut j = i + 2;
        while is(j, TENSE) {
            j += 1;
        }
        // Said before, not merely said: "what if it's asked in the interview" asks.
        let before =
            (i + 2..j).any(|k| is(k, &["been", "already"])) || is(j + 1, &["before", "already"]);
        (j > i + 2 && is(j, SAID_BEFORE) && before).then_some((i, j))
    }) else {
        return tokens;
    };
    let mut end = said + 1;
    while is(end, WHEN) {
        end += 1;
    }
    let mut kept = tokens;
    kept.drain(start..end);
    kept
}

/// "Question for anyone who knows: …": those the question is put to, by what they know, say
/// nothing of what is asked. Searched, "knows" pulled the passages on knowledge, and its "who"
/// read as asking for a person.
fn without_whom_the_question_is_put_to(tokens: Vec<String>) -> Vec<String> {
    const PUT_TO: &[&str] = &[
        "anyone", "anybody", "someone", "somebody", "everyone", "yall",
    ];
    // Only whom it is addressed to ("for anyone who knows", "anyone who knows, …"): "do clinics
    // hire people who know nothing about medicine" asks about them.
    without_the_first_run(tokens, 3, |is, i| {
        (i == 0 || is(i - 1, &["for", "to"]))
            && is(i, PUT_TO)
            && is(i + 1, &["who"])
            && is(i + 2, &["knows", "know"])
    })
}

/// "Quick question for the experienced folks: …": whom a question opening the message is for
/// says nothing of what it asks. Searched, "experienced" pulled the pay by experience level.
/// Only after a framing that opens the message ("interview questions for senior coordinators"
/// asks about them).
fn without_whom_the_question_is_for(tokens: Vec<String>) -> Vec<String> {
    const WHICH: &[&str] = &[
        "the",
        "any",
        "my",
        "our",
        "you",
        "fellow",
        "experienced",
        "seasoned",
        "veteran",
        "current",
        "working",
        "actual",
        "real",
        "more",
        "longtime",
        "older",
        "other",
        "patient",
        "care",
    ];
    // Not "pros" or "seniors": "question for y'all: pros of this?" asks them.
    const PEOPLE: &[&str] = &[
        "folks",
        "people",
        "peeps",
        "members",
        "experts",
        "guys",
        "yall",
        "ladies",
        "gals",
        "coordinator",
        "coordinators",
        "ones",
        "everyone",
        "all",
        "oldtimers",
        // Those present, as the room or crowd ("puzzle for the room: …").
        "room",
        "crowd",
        "hivemind",
    ];
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    let Some(at) = tokens
        .iter()
        .position(|t| matches!(t.as_str(), "question" | "questions" | "q"))
    else {
        return tokens;
    };
    if asks_something(&tokens[..at]) || !is(at + 1, &["for", "to"]) {
        return tokens;
    }
    // Which of them, then who: the colon after them is gone, so what follows ("Question for
    // y'all: senior pcc pay?") is not theirs.
    let mut end = at + 2;
    while is(end, WHICH) || (is(end, &["all"]) && is(end + 1, WHICH)) {
        end += 1;
    }
    let people = end;
    while is(end, PEOPLE) {
        end += 1;
    }
    if end == people {
        return tokens;
    }
    let mut kept = tokens;
    kept.drain(at + 1..end);
    kept
}

/// The tokens without the first run of `len` that `starts_at` finds, given a test of whether
/// the token at an index is one of some words.
fn without_the_first_run(
    tokens: Vec<String>,
    len: usize,
    starts_at: impl Fn(&dyn Fn(usize, &[&str]) -> bool, usize) -> bool,
) -> Vec<String> {
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    let Some(at) = (0..tokens.len()).find(|&i| starts_at(&is, i)) else {
        return tokens;
    };
    let mut kept = tokens;
    kept.drain(at..(at + len).min(kept.len()));
    kept
}

/// "… (asking for my daughter)", "… asking on behalf of my nephew", "… asking for my stepdad",
/// "… asking on my stepsister's behalf": whom the asker asks for says nothing of what is asked.
/// Searched, "asking" and "daughter" were words no passage covers, and a question they
/// outweighed was declined. Whom is one of the people an asker tells of or, said as one's own
/// while asking ("asking for my stepdad"), any word the guides never write (`unwritten`), since
/// no list of kin is whole ("how do i ask for a raise" asks); it may be qualified ("my little
/// brother"). The asking may be a posting of the message ("posting this for my flatmate"), and
/// who they are may close it in a few words on why they do not ask themselves ("… who doesn't
/// use Discord", "… who isn't on this server").
fn without_whom_one_asks_for(tokens: Vec<String>, unwritten: Unwritten) -> Vec<String> {
    const ASKING: &[&str] = &["asking", "ask", "asked", "askin", "posting", "posted"];
    const WHOSE: &[&str] = &["my", "a", "our", "an"];
    // Why they do not ask themselves: they are not on the channel, or not able to.
    const NOT_THERE: &[&str] = &["not", "t", "never", "no", "cannot"];
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    let asked_for = (0..tokens.len()).find_map(|i| {
        if !is(i, ASKING) {
            return None;
        }
        // What is asked or posted may be named ("asking this for my mum").
        let verb = i + usize::from(is(i + 1, &["this", "it"]));
        // "on my sister's behalf": the person is named before "behalf", not after it.
        let behalf_after = is(verb + 1, &["on"]) && !is(verb + 2, &["behalf"]);
        // "asking so my niece doesn't have to": asked in their stead, closing the message.
        let in_their_stead = is(verb + 1, &["so"]);
        let whose = if is(verb + 1, &["on"]) && is(verb + 2, &["behalf"]) && is(verb + 3, &["of"]) {
            verb + 4
        } else if is(verb + 1, &["for"]) || behalf_after || in_their_stead {
            verb + 2
        } else {
            return None;
        };
        if !is(whose, WHOSE) {
            return None;
        }
        // Not while posting: "is posting for my clinic allowed" asks.
        let ones_own_while_asking = is(i, &["asking", "askin"]) && is(whose, &["my", "our"]);
        if in_their_stead {
            let at = whose + 1;
            // The person, perhaps after one word qualifying them ("my little brother").
            let in_stead_of_someone = [2, 1].into_iter().any(|len| {
                tokens.get(at + len - 1).is_some_and(|t| is_someone_else(t))
                    && needs_not_to(&tokens[at + len..])
            });
            return (ones_own_while_asking && in_stead_of_someone).then_some(i..tokens.len());
        }
        let person = |at: usize| {
            tokens.get(at).is_some_and(|t| is_someone_else(t))
                || (ones_own_while_asking && tokens.get(at).is_some_and(|t| unwritten(t)))
        };
        // A person, perhaps after one word qualifying them ("my little brother").
        let at = whose + 1;
        if behalf_after {
            // The person, perhaps qualified, the possessive's "s", then "behalf".
            return [1, 2].into_iter().find_map(|len| {
                let behalf = at + len + usize::from(is(at + len, &["s"]));
                (person(at + len - 1) && is(behalf, &["behalf"])).then_some(i..behalf + 1)
            });
        }
        let len = if person(at + 1) {
            2
        } else if person(at) {
            1
        } else {
            return None;
        };
        // Where the asker knows them from, closing the message ("asking for a mate from
        // church", "… a friend at work"): a place in a word or two the guides never write, or
        // one where people meet.
        const MET_AT: &[&str] = &[
            "work", "school", "college", "uni", "class", "church", "gym", "office", "home",
        ];
        let end = at + len;
        let place = end + 1 + usize::from(is(end + 1, &["the", "my", "our"]));
        let where_met = is(end, &["from", "at"])
            && (place + 1..=place + 2).contains(&tokens.len())
            && tokens[place..]
                .iter()
                .all(|t| MET_AT.contains(&t.as_str()) || unwritten(t));
        let why_not_themselves = is(end, &["who"])
            && (2..=5).contains(&(tokens.len() - end - 1))
            && tokens[end + 1..]
                .iter()
                .any(|t| NOT_THERE.contains(&t.as_str()) || THE_CHANNEL.contains(&t.as_str()))
            && !tokens[end + 1..]
                .iter()
                .any(|t| WH_OPENERS.contains(&t.as_str()));
        Some(
            i..if where_met || why_not_themselves {
                tokens.len()
            } else {
                end
            },
        )
    });
    let mut tokens = tokens;
    if let Some(span) = asked_for {
        tokens.drain(span);
    }
    tokens
}

/// "… my roommate is too shy to post this", "my sister's too nervous to ask", "… my sister wanted
/// me to ask", "my mum told me to ask here", "my neighbour asked me to put this out there":
/// someone else, too timid to ask or having had the asker ask, closing the message, is whom the
/// question is asked for. Searched, "shy" read as the guides' interpersonal skills, and "sister"
/// and "wanted" matched no passage. How they feel may be any word, as no list of feelings is
/// whole; what follows the asking is only what is asked, and where.
fn without_someone_else_behind_the_question(tokens: Vec<String>) -> Vec<String> {
    const WHOSE: &[&str] = &["my", "our", "a"];
    const BEING: &[&str] = &["is", "s", "was", "are", "were", "feels", "felt"];
    const HOW_MUCH: &[&str] = &["way", "far", "just", "kinda", "a", "bit", "little"];
    // Having the asker ask ("wanted me to ask", "made me ask", "suggested i ask").
    const HAVING_ONE_ASK: &[&str] = &[
        "wanted",
        "wants",
        "asked",
        "asks",
        "told",
        "tells",
        "begged",
        "begs",
        "made",
        "makes",
        "had",
        "has",
        "got",
        "gets",
        "urged",
        "pushed",
        "nudged",
        "suggested",
        "convinced",
        "encouraged",
        "reminded",
        "dared",
    ];
    // Or put it to the channel ("asked me to put this out there", "… to pass this along").
    const ASKING: &[&str] = &[
        "ask", "post", "message", "comment", "write", "type", "put", "pass", "share", "raise",
        "throw", "bring", "float",
    ];
    const WHAT_AND_WHERE: &[&str] = &[
        "this",
        "it",
        "that",
        "here",
        "in",
        "on",
        "the",
        "question",
        "server",
        "channel",
        "group",
        "you",
        "yall",
        "all",
        "guys",
        "themselves",
        "herself",
        "himself",
        "themself",
        "out",
        "there",
        "up",
        "along",
    ];
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    // "… too shy to post, so I'm asking for him": the asker then says they ask in their stead.
    const IN_THEIR_STEAD: &[&str] = &[
        "so", "and", "hence", "i", "im", "m", "am", "asking", "posting", "for", "on", "behalf",
        "of", "instead", "him", "her", "them",
    ];
    // The asking, and only what is asked and where after it, to the message's end.
    let asks_to_the_end = |at: usize| {
        let after = at + 1..tokens.len();
        let asked_in_their_stead = is(tokens.len() - 1, &["him", "her", "them"])
            && after.len() <= 9
            && after
                .clone()
                .all(|j| is(j, WHAT_AND_WHERE) || is(j, IN_THEIR_STEAD));
        is(at, ASKING)
            && (asked_in_their_stead
                || (after.len() <= 3 && after.clone().all(|j| is(j, WHAT_AND_WHERE))))
    };
    let behind_from = |person: usize| {
        if !tokens.get(person).is_some_and(|t| is_someone_else(t)) {
            return false;
        }
        let urged = person + 1;
        if is(urged, HAVING_ONE_ASK) {
            // "… wanted me to ask", "… made me ask", "… suggested i ask".
            let asker = urged + 1;
            return is(asker, &["me", "i"])
                && (asks_to_the_end(asker + 1)
                    || (is(asker + 1, &["to"]) && asks_to_the_end(asker + 2)));
        }
        if !is(urged, BEING) {
            return false;
        }
        let mut too = person + 2;
        while is(too, HOW_MUCH) {
            too += 1;
        }
        is(too, &["too"]) && is(too + 2, &["to"]) && asks_to_the_end(too + 3)
    };
    let at = (1..tokens.len()).find(|&i| {
        is(i, WHOSE)
            // The person, perhaps after one word qualifying them ("my little brother").
            && (behind_from(i + 1) || behind_from(i + 2))
            && asks_something(&tokens[..i])
    });
    let mut kept = tokens;
    if let Some(at) = at {
        kept.truncate(at);
    }
    kept
}

/// Whether the words close a message by saying someone need not do something: "doesn't have
/// to", "won't need to", "does not have to".
fn needs_not_to(words: &[String]) -> bool {
    const NEEDING: &[&str] = &["have", "has", "need", "needs", "got"];
    let is = |i: usize, set: &[&str]| words.get(i).is_some_and(|t| set.contains(&t.as_str()));
    let negated = if is(0, &["doesn", "don", "won", "didn", "wouldn"]) && is(1, &["t"]) {
        2
    } else if is(0, &["doesnt", "dont", "wont", "didnt", "wouldnt"])
        || (is(0, &["does", "do", "will", "would", "did"]) && is(1, &["not"]))
    {
        1 + usize::from(is(1, &["not"]))
    } else {
        return false;
    };
    is(negated, NEEDING) && is(negated + 1, &["to"]) && words.len() == negated + 2
}

/// "Feeling a bit dim asking, but …", "I feel silly asking but …": how foolish the asker feels to
/// ask, opening the message, says nothing of what is asked. Searched, "dim" and "feeling" were
/// told words no passage of the question holds. How they feel may be any word or two, as no
/// list of them is whole; the clause opens with the feeling, names the asking and ends at
/// "but" ("I feel burnt out, is this job stressful" tells how the asker feels about work).
fn without_feeling_foolish_to_ask(tokens: Vec<String>) -> Vec<String> {
    const FEELING: &[&str] = &["feel", "feeling", "feels", "felt"];
    const ASKING: &[&str] = &["ask", "asking"];
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    // After a greeting, which stays ("Hey, feeling silly asking, but …").
    let greeting = greeting_length(&tokens);
    let feeling_at = greeting + usize::from(is(greeting, &["i", "im"]));
    let Some(but) = (feeling_at + 2..tokens.len().min(feeling_at + 8)).find(|&i| is(i, &["but"]))
    else {
        return tokens;
    };
    let foolish = is(feeling_at, FEELING)
        && (feeling_at + 1..but).any(|i| is(i, ASKING))
        && !tokens[feeling_at + 1..but]
            .iter()
            .any(|t| WH_OPENERS.contains(&t.as_str()))
        && but + 1 < tokens.len();
    if !foolish {
        return tokens;
    }
    let mut kept = tokens[..greeting].to_vec();
    kept.extend_from_slice(&tokens[but + 1..]);
    kept
}

/// "Sorry to bother you all, …", "sorry to jump in, …", "sorry for the random ping, …", "pardon
/// the noob question but …": an apology for asking, for breaking in or for calling on others, and
/// whom it is made to, say nothing of what is asked; nor does the bothering disclaimed ("Not
/// trying to spam, but …", "I don't mean to bother anyone, …").
/// Searched, "bother" and "pardon" matched no passage and the question was declined. The verb is
/// dropped only where it apologises: after "sorry" (with its "to" or "for"), after a disclaimer
/// opening the message ("not to", "not trying to", "don't mean to"), or, for pardoning, before
/// what is pardoned ("pardon my ignorance", "excuse the question"); "excuse" and "forgive"
/// said of anything else, like loans, stay ("will my loans be forgiven"). An apology for the
/// message itself ("… sorry for the long post", "sorry if my english is bad", "(sorry, on my
/// phone)") goes whole: searched, "long" read as asking how long, "post" as a job post, and "phone"
/// as the job's phone work.
fn without_an_apology(tokens: Vec<String>) -> Vec<String> {
    const BOTHERING: &[&str] = &[
        "bother",
        "bothering",
        "trouble",
        "troubling",
        "interrupt",
        "interrupting",
        "disturb",
        "disturbing",
        "pester",
        "pestering",
        "spam",
        "spamming",
        "annoy",
        "annoying",
        // Breaking in on others: "sorry to jump in", "sorry for butting in".
        "jump",
        "jumping",
        "butt",
        "butting",
        "barge",
        "barging",
        "chime",
        "chiming",
        "intrude",
        "intruding",
        "hijack",
        "hijacking",
        // Calling on others by name: "sorry for the ping", "sorry to tag you all".
        "ping",
        "pinging",
        "pings",
        "tag",
        "tagging",
    ];
    // What may stand between the apology and what it is for ("sorry for the random ping").
    const BEFORE_BOTHERING: &[&str] = &[
        "the",
        "this",
        "a",
        "an",
        "my",
        "another",
        "random",
        "late",
        "sudden",
        "unsolicited",
    ];
    const PARDONING: &[&str] = &["pardon", "excuse", "forgive"];
    const PARDONED: &[&str] = &[
        "me",
        "my",
        "the",
        "this",
        "a",
        "another",
        "ignorance",
        "english",
        "grammar",
        "spelling",
        "typos",
        "typo",
        // The phone's own slips ("excuse the autocorrect").
        "autocorrect",
        "autocorrects",
        "autocorrected",
        "question",
        "questions",
        "noob",
        "newbie",
        "dumb",
        "basic",
    ];
    const WHOM: &[&str] = &[
        "you",
        "u",
        "anyone",
        "anybody",
        "all",
        "yall",
        "everyone",
        "everybody",
        "guys",
        "folks",
        "again",
        "with",
        "this",
        "here",
        "in",
        "into",
        "on",
        "the",
        "thread",
        "conversation",
        "convo",
    ];
    // What the message is said to be: long, or badly written.
    const THE_WRITING: &[&str] = &[
        "long",
        "lengthy",
        "longer",
        "length",
        "post",
        "posts",
        "message",
        "msg",
        "text",
        "essay",
        "novel",
        "rant",
        "ramble",
        "rambling",
        "formatting",
        "format",
        "grammar",
        "spelling",
        "typos",
        "typo",
        "autocorrect",
        "autocorrects",
        "english",
        "writing",
        // Hard to follow ("sorry if that's confusing").
        "confusing",
        "unclear",
        "vague",
        // Or posted in the wrong place ("sorry if wrong sub").
        "sub",
        "subreddit",
        "server",
        "channel",
    ];
    // The words around it in the apology ("for the wall of text", "if my english is bad").
    const SAID_OF_THE_WRITING: &[&str] = &[
        "for", "about", "if", "the", "my", "this", "that", "it", "its", "s", "is", "a", "an",
        "such", "so", "super", "very", "really", "kinda", "bit", "of", "in", "advance", "one",
        "bad", "poor", "broken", "messy", "wall", "any", "wrong",
        // Written in a second language ("sorry, english is my second language").
        "second", "language", "native", "first", "not",
        // "in advance", as the thesaurus reads it ("sorry in advance for the length").
        "before",
    ];
    // What the message is typed on, and the words around it ("on my phone", "im on mobile").
    const THE_DEVICE: &[&str] = &["phone", "mobile", "cell", "iphone", "android", "tablet"];
    const SAID_OF_THE_DEVICE: &[&str] = &[
        "on", "from", "my", "a", "the", "i", "im", "m", "am", "typing", "writing", "posting",
        // Or as it was sent ("sent from my phone, pardon the typos").
        "sent", "typed", "written",
    ];
    // A disclaimer's intent, and the negation before it ("don't" reads "don t").
    const INTENDING: &[&str] = &[
        "trying",
        "tryna",
        "mean",
        "meaning",
        "want",
        "wanting",
        "intend",
        "intending",
    ];
    const NEGATING: &[&str] = &["not", "t", "never", "dont", "didnt"];
    // What may come before a disclaimer that opens a message ("ok, I'm really not trying to").
    const DISCLAIMING_ASKER: &[&str] = &[
        "i", "im", "m", "am", "don", "didn", "do", "did", "really", "just", "so", "ok", "okay",
        "and", "but", "sorry", "hi", "hey", "hello", "all", "everyone", "guys", "folks",
    ];
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    // What a pardon names ("excuse the typos"), perhaps after "any" ("excuse any typos"; not
    // "forgive any loans").
    let pardoned_at = |j: usize| is(j, PARDONED) || (is(j, &["any"]) && is(j + 1, PARDONED));
    // "Pardon me if this is basic, but …", "sorry if it's a weird one, but …": what the asker
    // fears the question is, in any word, as no list of such fears is whole. It is said of the
    // question itself ("this", "it", "my question") or of how the asker sounds asking it ("if I
    // sound clueless"), in a word or two, and gives way to what is asked ("but", or a question
    // word). Returns where it ends.
    let fear_ends = |at: usize| {
        if !is(at, &["if"]) {
            return None;
        }
        let mut k = at + 1;
        // Or of the asker as they ask it ("if I sound clueless, but …").
        let of_the_asker = is(k, &["i"]);
        if is(k, &["my", "the"]) && is(k + 1, &["question", "q"]) {
            k += 2;
        } else if is(k, &["this", "it", "that", "i"]) {
            k += 1;
        } else {
            return None;
        }
        let being: &[&str] = if of_the_asker {
            &["sound", "seem", "am", "m"]
        } else {
            &["is", "s", "sounds", "seems", "was"]
        };
        if !is(k, being) {
            return None;
        }
        k += 1;
        while is(
            k,
            &[
                "a", "an", "kind", "kinda", "sort", "of", "too", "so", "very", "super",
            ],
        ) {
            k += 1;
        }
        let said = (k..(k + 2).min(tokens.len())).find(|&j| {
            is(j + 1, &["but"])
                || (is(j + 1, &["question", "q", "one", "ask"]) && is(j + 2, &["but"]))
                // A question word right after one word of fear: "if this is obvious at what
                // point …" fears no "obvious at".
                || (j == k && j + 1 < tokens.len() && is(j + 1, WH_OPENERS))
        })?;
        let mut end = said + 1;
        if is(end, &["question", "q", "one", "ask"]) {
            end += 1;
        }
        if is(end, &["but"]) {
            end += 1;
        }
        (end < tokens.len()).then_some(end)
    };
    let mut dropped = vec![false; tokens.len()];
    // "This got long, sorry, …": the apology may follow what it is for, said of the message
    // ("this", "it", "my post") as it grew or is.
    const GROWING: &[&str] = &[
        "got", "gets", "getting", "went", "became", "was", "ended", "up",
    ];
    for i in 1..tokens.len() {
        if !is(i, &["sorry", "apologies"]) {
            continue;
        }
        let said_before = (0..i)
            .rev()
            .take_while(|&j| is(j, THE_WRITING) || is(j, SAID_OF_THE_WRITING) || is(j, GROWING))
            .last();
        let said_of_the_message = said_before.and_then(|from| {
            (from..i).find(|&j| {
                is(j, &["this", "it", "that", "my"]) && (j..i).any(|k| is(k, THE_WRITING))
            })
        });
        if let Some(start) = said_of_the_message {
            dropped[start..=i].iter_mut().for_each(|d| *d = true);
        }
    }
    // "Heads up, this is a bit of a ramble: …", "fair warning, it's a long one, …": the message
    // said to be long or rambling, with no apology, opening it. Searched, "ramble" and "heads"
    // were read as the asker's context and pulled passages of their own.
    const HOW_MUCH_OF: &[&str] = &[
        "a", "an", "bit", "of", "kind", "kinda", "sort", "little", "quite", "very", "super", "so",
        "going", "gonna", "to", "be", "will", "might", "may", "ll",
    ];
    let announced_from = warning_opening(&tokens);
    // Or said to run long ("Brace yourselves, this runs long: …").
    const RUNNING: &[&str] = &["runs", "goes", "gets", "got", "went", "ran"];
    if announced_from > 0
        && is(announced_from, &["this", "it"])
        && is(announced_from + 1, RUNNING)
        && is(announced_from + 2, &["long", "longer"])
        && announced_from + 3 < tokens.len()
    {
        dropped[..announced_from + 3]
            .iter_mut()
            .for_each(|d| *d = true);
    } else if is(announced_from, &["this", "it"])
        && is(
            announced_from + 1,
            &["is", "s", "will", "might", "may", "ll", "gonna", "going"],
        )
    {
        let said = (announced_from + 1..tokens.len())
            .take_while(|&j| {
                is(j, HOW_MUCH_OF) || is(j, &["is", "s"]) || is(j, THE_WRITING) || is(j, &["one"])
            })
            .filter(|&j| is(j, THE_WRITING) || is(j, &["one"]))
            .last();
        // It ends in what the message is ("a ramble", "a long one", "a long post"): "it is a long
        // program, is it worth it" asks of the program.
        const LONG: &[&str] = &["long", "lengthy", "longer"];
        if let Some(last) = said.filter(|&last| {
            ((is(last, THE_WRITING) && !is(last, LONG))
                || (is(last, &["one"]) && is(last - 1, LONG)))
                && last + 1 < tokens.len()
        }) {
            dropped[..=last].iter_mut().for_each(|d| *d = true);
        }
    }
    for i in 0..tokens.len() {
        let between = (0..i)
            .rev()
            .take_while(|&j| is(j, BEFORE_BOTHERING))
            .take(3)
            .count();
        let after_sorry = (i >= 1 && is(i - 1, &["sorry", "apologies"]))
            || (i >= between + 2
                && is(i - between - 1, &["to", "for"])
                && is(i - between - 2, &["sorry", "apologies"]));
        // Where the disclaimer starts, if the bothering is disclaimed.
        let disclaimer = (i >= between + 2 && is(i - between - 1, &["to"]))
            .then(|| i - between - 2)
            .and_then(|before_to| {
                if is(before_to, &["not"]) {
                    Some(before_to)
                } else {
                    (is(before_to, INTENDING) && before_to >= 1 && is(before_to - 1, NEGATING))
                        .then(|| before_to - 1)
                }
            })
            // The asker's own, opening the message: "how not to annoy patients" asks.
            .filter(|&start| (0..start).all(|j| is(j, DISCLAIMING_ASKER)));
        if i >= 1 && is(i - 1, &["sorry", "apologies"]) {
            if let Some(end) = fear_ends(i) {
                dropped[i..end].iter_mut().for_each(|d| *d = true);
                continue;
            }
            let end = (i..tokens.len())
                .find(|&j| !is(j, THE_WRITING) && !is(j, SAID_OF_THE_WRITING))
                .unwrap_or(tokens.len());
            // "sorry, is it a long program" asks how long: the length alone is the message's
            // only when the apology says what it is for.
            let for_what = is(i, &["for", "about", "if"])
                || (i..end).any(|j| is(j, THE_WRITING) && !is(j, &["long", "lengthy", "longer"]));
            if for_what && (i..end).any(|j| is(j, THE_WRITING)) {
                dropped[i..end].iter_mut().for_each(|d| *d = true);
                continue;
            }
            let end = (i..tokens.len())
                .find(|&j| !is(j, THE_DEVICE) && !is(j, SAID_OF_THE_DEVICE))
                .unwrap_or(tokens.len());
            let typed_on = (i..end).any(|j| {
                is(j, &["on", "from"])
                    && (is(j + 1, THE_DEVICE)
                        || (is(j + 1, &["my", "a", "the"]) && is(j + 2, THE_DEVICE)))
            });
            if typed_on {
                dropped[i..end].iter_mut().for_each(|d| *d = true);
                continue;
            }
        }
        if is(i, BOTHERING) && (after_sorry || disclaimer.is_some()) {
            let start = disclaimer.unwrap_or(i - between);
            dropped[start..=i].iter_mut().for_each(|d| *d = true);
            let mut j = i + 1;
            while is(j, WHOM) {
                dropped[j] = true;
                j += 1;
            }
        } else if is(i, PARDONING) && pardoned_at(i + 1) {
            dropped[i] = true;
            let mut j = i + 1;
            while pardoned_at(j) {
                dropped[j] = true;
                j += 1;
            }
            if let Some(end) = fear_ends(j) {
                dropped[j..end].iter_mut().for_each(|d| *d = true);
            }
        }
    }
    tokens
        .into_iter()
        .zip(dropped)
        .filter(|(_, dropped)| !dropped)
        .map(|(token, _)| token)
        .collect()
}

/// What a closing request or courtesy asks others for: their view of the question just asked,
/// or their help with it, not a thing the guide holds ("… any thoughts?", "… any tips?", "… any
/// guidance appreciated", "… any replies welcome").
const INPUT_ASKED_FOR: &[&str] = &[
    "thoughts",
    "opinion",
    "opinions",
    "advice",
    "tip",
    "tips",
    "idea",
    "ideas",
    "suggestion",
    "suggestions",
    "input",
    "insight",
    "insights",
    "feedback",
    "recommendation",
    "recommendations",
    "guidance",
    "pointers",
    "wisdom",
    "help",
    "info",
    "information",
    "answer",
    "answers",
    "reply",
    "replies",
    "response",
    "responses",
    // Views, however named ("any perspective helps", "keen to hear your takes").
    "perspective",
    "perspectives",
    "take",
    "takes",
    "view",
    "views",
    "viewpoint",
    "viewpoints",
    // Or others' stories of it ("any stories appreciated"), and what they went through ("any
    // experiences welcome"); not "any experience", which may be what is asked ("do I need a
    // degree or any experience").
    "story",
    "stories",
    "anecdotes",
    "experiences",
];

/// Where "would be" starts when the words close by saying what something would be to the asker
/// ("… would be gold", "… would be so helpful", "… 'd be a lifesaver"): in one word of any kind,
/// perhaps after "so", "much" or "a", as no list of them is whole.
fn valued_at_the_close(words: &[String]) -> Option<usize> {
    let n = words.len();
    let said = |at: usize, set: &[&str]| words.get(at).is_some_and(|w| set.contains(&w.as_str()));
    let worth_from = n.checked_sub(1)? - usize::from(said(n.wrapping_sub(2), &["so", "much", "a"]));
    let would = worth_from.checked_sub(2)?;
    (said(would + 1, &["be"]) && said(would, &["would", "d", "will"])).then_some(would)
}

/// "Is the money decent or nah any thoughts?": a closing request for others' views asks nothing
/// the question did not; searched, "thoughts" matched no passage and the question was declined.
/// It opens with "any" (or "all": "all opinions welcome"), names what it asks for and holds
/// nothing more than whom it asks and how welcome it is ("any tips guys", "any perspective
/// helps"). Left as asked when it is the question's
/// object ("do you have any tips", "are there any ideas") or when nothing else is asked ("any
/// thoughts?"); "all opinions welcome" is a clause of its own, never an object.
fn without_a_closing_request_for_input(tokens: Vec<String>) -> Vec<String> {
    // Whom it asks, and how welcome the input is ("any perspective helps").
    const ASKED_OF: &[&str] = &[
        "on",
        "this",
        "that",
        "here",
        "guys",
        "all",
        "everyone",
        "anyone",
        "anybody",
        "yall",
        "folks",
        "pls",
        "please",
        "plz",
        "welcome",
        "or",
        "and",
        "helps",
        "appreciated",
    ];
    const TAKING_AN_OBJECT: &[&str] = &[
        "have", "has", "got", "give", "gives", "need", "there", "get", "offer", "share",
    ];
    // "… whats a typical day like thoughts?": a bare call for thoughts closing a question, as
    // "any thoughts" does ("your thoughts" alone is what is asked); so is one said welcome
    // ("… thoughts welcome"), or one the asker is open to ("… open to opinions").
    let mut tokens = tokens;
    let n = tokens.len();
    if n >= 3 && INPUT_ASKED_FOR.contains(&tokens[n - 2].as_str()) {
        let said_welcome = matches!(tokens[n - 1].as_str(), "welcome" | "appreciated");
        // "any tips welcome", "all opinions welcome" are read whole below.
        let bare = !matches!(tokens[n - 3].as_str(), "any" | "all");
        if said_welcome && bare && asks_something(&tokens[..n - 2]) {
            tokens.truncate(n - 2);
        }
    }
    let n = tokens.len();
    if n >= 4
        && tokens[n - 3] == "open"
        && tokens[n - 2] == "to"
        && INPUT_ASKED_FOR.contains(&tokens[n - 1].as_str())
        && asks_something(&tokens[..n - 3])
    {
        tokens.truncate(n - 3);
    }
    let n = tokens.len();
    if n >= 2
        && matches!(tokens[n - 1].as_str(), "thoughts" | "opinions")
        && !matches!(tokens[n - 2].as_str(), "any" | "your" | "ur" | "their")
        && asks_something(&tokens[..n - 1])
    {
        tokens.truncate(n - 1);
    }
    // "… any first-hand accounts welcome", "… all real-world examples appreciated": said welcome
    // at the close, whatever is named is others' input, as no list of what they might give is
    // whole. A few words at most (what they give and from whom: "any advice from current pccs
    // appreciated"), so that a clause of its own is all it can be.
    const WELCOMING: &[&str] = &["welcome", "appreciated"];
    let welcomed = |start: usize| {
        tokens
            .last()
            .is_some_and(|t| WELCOMING.contains(&t.as_str()))
            && (2..=8).contains(&(tokens.len() - start - 1))
    };
    // "any tips", or "all opinions welcome": every view is asked for ("any pointers at all are
    // welcome" is one request: its "at all" says how many).
    let Some(start) = (0..tokens.len()).rev().find(|&i| {
        tokens[i] == "any"
            || (tokens[i] == "all"
                && !(i > 0 && tokens[i - 1] == "at")
                && (tokens
                    .get(i + 1)
                    .is_some_and(|t| INPUT_ASKED_FOR.contains(&t.as_str()))
                    || welcomed(i)))
    }) else {
        return tokens;
    };
    let request = &tokens[start + 1..];
    // "… any advice from current pccs": whom the input would come from, in a few words of any
    // kind.
    let from_whom = request.len() <= 6 && request.get(1).is_some_and(|t| t == "from");
    // "… any pointers would be treasured", "… any tips would be gold": what the input would be
    // to the asker, after what is valued.
    let valued = || {
        valued_at_the_close(request).is_some_and(|would| {
            would >= 1
                && request[..would]
                    .iter()
                    .all(|t| INPUT_ASKED_FOR.contains(&t.as_str()))
        })
    };
    let asks_for_input = welcomed(start)
        || request
            .first()
            .is_some_and(|t| INPUT_ASKED_FOR.contains(&t.as_str()))
            && (from_whom
                || valued()
                || request.iter().all(|t| {
                    INPUT_ASKED_FOR.contains(&t.as_str()) || ASKED_OF.contains(&t.as_str())
                }));
    // "… all opinions welcome", "… any perspective helps", "… any tips would be gold" say how
    // welcome the views are: a clause of its own, no object.
    // "… a degree or any experiences" goes on listing what is asked.
    let is_an_object = start
        .checked_sub(1)
        .is_some_and(|i| TAKING_AN_OBJECT.contains(&tokens[i].as_str()) || tokens[i] == "or")
        && request
            .last()
            .is_none_or(|t| !matches!(t.as_str(), "welcome" | "helps" | "appreciated"))
        && !valued();
    // "… open to any suggestions": the asker open to whatever is given.
    let open_to = if start >= 2 && tokens[start - 2] == "open" && tokens[start - 1] == "to" {
        2
    } else {
        0
    };
    let something_else_asked = asks_something(&tokens[..start - open_to]);
    if !asks_for_input || is_an_object || !something_else_asked {
        return tokens;
    }
    tokens[..start - open_to].to_vec()
}

/// "…how much does the schooling cost lol help": a cry for help closing the message, after a
/// framing ("lol", read as the thesaurus' "question") or an interjection, asks nothing. Searched,
/// "help" pulled the passages on what helps, and the answer declined. ("pls help" and "please
/// help" are thesaurus phrases, read whole before this.)
fn without_a_closing_cry_for_help(mut tokens: Vec<String>) -> Vec<String> {
    const CRYING_OUT: &[&str] = &["question", "omg", "ugh", "plz"];
    let n = tokens.len();
    if n >= 3 && tokens[n - 1] == "help" && CRYING_OUT.contains(&tokens[n - 2].as_str()) {
        tokens.truncate(n - 1);
    }
    tokens
}

/// "My cousin says you need a nursing degree, is that right?": who said a claim, and the
/// asking whether it is right, say nothing of what is asked. Searched, "cousin" and "right"
/// were words no passage covers, and the question was declined.
fn without_who_said_it(tokens: Vec<String>) -> Vec<String> {
    const SAYING: &[&str] = &[
        "says", "said", "say", "told", "tells", "thinks", "thought", "claims", "claimed",
        "reckons", "swears",
    ];
    const CHECKED: &[&str] = &["right", "correct", "accurate"];
    let said_by_at = |i: usize| {
        is_someone_else(&tokens[i])
            && i > 0
            && POSSESSIVES.contains(&tokens[i - 1].as_str())
            && tokens
                .get(i + 1)
                .is_some_and(|next| SAYING.contains(&next.as_str()))
    };
    let last = tokens.len().saturating_sub(1);
    let checked_at = |i: usize| {
        i == last
            && i > 0
            && CHECKED.contains(&tokens[i].as_str())
            && matches!(
                tokens[i - 1].as_str(),
                "that" | "this" | "it" | "i" | "thats"
            )
    };
    tokens
        .iter()
        .enumerate()
        .filter(|&(i, _)| !said_by_at(i) && !checked_at(i))
        .map(|(_, t)| t.clone())
        .collect()
}

/// "Who do they talk to *during a shift*", "how many calls *per shift*", "the vibe *at work*":
/// when at work says nothing of what is asked, and would read as asking about the hours (or
/// match every passage saying "work"). "What shifts do they work" and "are there night shifts"
/// still ask about them.
fn without_when_at_work(tokens: Vec<String>) -> Vec<String> {
    const WHEN: &[&str] = &[
        "during",
        "per",
        "each",
        "every",
        "on",
        "through",
        "throughout",
    ];
    const WHOSE: &[&str] = &["a", "the", "my", "your", "their", "his", "her", "one", "an"];
    let mut kept: Vec<String> = Vec::with_capacity(tokens.len());
    for token in tokens {
        // "Who do they talk to most at work".
        if token == "work" && kept.last().is_some_and(|t| t == "at") {
            kept.pop();
            continue;
        }
        if matches!(token.as_str(), "shift" | "shifts") {
            let whose = kept.last().is_some_and(|t| WHOSE.contains(&t.as_str())) as usize;
            let when_at = kept
                .len()
                .checked_sub(whose + 1)
                .filter(|&at| WHEN.contains(&kept[at].as_str()));
            if let Some(at) = when_at {
                kept.truncate(at);
                continue;
            }
        }
        kept.push(token);
    }
    kept
}

/// "Do they *end up* doing more work", "can I switch *over* to coordinating": a verb that only
/// says how things turn out, and a particle that only says a move is made, ask nothing.
/// Searched, "end" was taken for the thing asked (a word the guides never use, so the question
/// was declined) and "over" found "over a year". "Over 50k" and "over the phone" keep their
/// "over"; so does "carry over", a thesaurus phrase for transferable skills.
fn without_empty_particles(tokens: Vec<String>) -> Vec<String> {
    const TURNING_OUT: &[&str] = &["end", "ends", "ended", "ending", "wind", "winds", "wound"];
    #[rustfmt::skip]
    const MOVING: &[&str] = &[
        "switch", "switching", "switched", "move", "moving", "moved", "cross", "crossing",
        "crossed", "transfer", "transferring", "transferred", "transition", "transitioning",
        "jump", "jumping", "hop", "hopping", "come", "coming", "came",
    ];
    const TOWARDS: &[&str] = &["to", "into", "from", "as"];
    let empty_at = |i: usize| {
        let next = tokens.get(i + 1).map(String::as_str);
        let turns_out = TURNING_OUT.contains(&tokens[i].as_str()) && next == Some("up");
        let moved_over = tokens[i] == "over"
            && i > 0
            && MOVING.contains(&tokens[i - 1].as_str())
            && next.is_none_or(|n| TOWARDS.contains(&n));
        turns_out || moved_over
    };
    tokens
        .iter()
        .enumerate()
        .filter(|&(i, _)| !empty_at(i))
        .map(|(_, t)| t.clone())
        .collect()
}

/// "What software do they use *day to day*", "is it stressful *daily*": how often says
/// nothing of what is asked, and would read as asking for the daily duties. Duties are still
/// asked by "the day to day", "what do they do daily" and "daily tasks".
fn without_how_often(tokens: Vec<String>) -> Vec<String> {
    const OFTEN: &[&[&str]] = &[&["day", "to", "day"], &["daily"]];
    // After these the words name the day's work: "the day to day", "what do they do daily".
    const NAMING_IT: &[&str] = &[
        "the", "a", "an", "your", "their", "my", "his", "her", "our", "typical", "normal", "s",
        "is", "whats", "do", "does", "doing", "did", "done", "on",
    ];
    let mut kept = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let often = OFTEN.iter().find(|words| {
            tokens[i..]
                .iter()
                .take(words.len())
                .map(String::as_str)
                .eq(words.iter().copied())
        });
        if let Some(words) = often {
            let after = tokens.get(i + words.len());
            // "What would I be doing differently day to day": past another adverb.
            let before = tokens[..i].iter().rev().find(|t| !is_adverb(t));
            let adverb = before.is_some_and(|b| !NAMING_IT.contains(&b.as_str()))
                && after.is_none_or(|next| STOPWORDS.contains(&next.as_str()));
            if adverb {
                i += words.len();
                continue;
            }
        }
        kept.push(tokens[i].clone());
        i += 1;
    }
    kept
}

/// "How is AI changing the job": what changes it is the thing asked about, not the change.
/// Changing careers ("a career change", "changing jobs") is a thing asked about itself.
fn changes_something_other_than_careers(tokens: &[String], at: usize) -> bool {
    matches!(
        tokens[at].as_str(),
        "change" | "changes" | "changing" | "changed"
    ) && ![at.checked_sub(1), Some(at + 1)]
        .into_iter()
        .flatten()
        .filter_map(|n| tokens.get(n))
        .any(|n| CAREER_NOUNS.contains(&n.strip_suffix('s').unwrap_or(n)))
}

/// "In 10 years", "the next 5 years": a time to come, which asks about the outlook, not for a
/// span of years ("7-10 years" to lead); "60 years old" is an age. "In a year" is a rate
/// ("how much do they pull in a year"), not a time to come.
fn in_years_to_come(tokens: Vec<String>) -> Vec<String> {
    const AHEAD: &[&str] = &["in", "next", "within", "coming"];
    const SPANNING: &[&str] = &["over", "during", "throughout"];
    const UNITS: &[&str] = &["years", "yrs", "year", "decade", "decades"];
    // "In 10 years", "in a few years", "in the next couple of years".
    const VAGUE: &[&str] = &["few", "couple", "several", "next", "coming"];
    const JOINING: &[&str] = &["a", "the", "of"];
    let quantity = |n: &str| {
        n.chars().all(|c| c.is_ascii_digit())
            || (NUMBER_WORDS.contains(&n) && !matches!(n, "a" | "an"))
            || VAGUE.contains(&n)
    };
    // How many words after `at` count the years to come, when they do.
    let years_ahead = |at: usize| -> Option<usize> {
        let counting: Vec<&str> = tokens[at + 1..]
            .iter()
            .take(4)
            .map(String::as_str)
            .take_while(|n| quantity(n) || JOINING.contains(n))
            .collect();
        (counting.iter().any(|n| quantity(n))
            && tokens
                .get(at + 1 + counting.len())
                .is_some_and(|u| UNITS.contains(&u.as_str())))
        .then_some(counting.len())
    };
    let mut read: Vec<String> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let ahead = if AHEAD.contains(&tokens[i].as_str()) {
            years_ahead(i)
        } else if SPANNING.contains(&tokens[i].as_str()) {
            // "Over the next decade" is the time to come; "over 10 years" of experience is not.
            years_ahead(i).filter(|&counting| {
                tokens[i + 1..=i + counting]
                    .iter()
                    .any(|n| matches!(n.as_str(), "next" | "coming"))
            })
        } else {
            None
        };
        // "At 60 years old" names an age.
        let aged = tokens[i].chars().all(|c| c.is_ascii_digit())
            && tokens
                .get(i + 1)
                .is_some_and(|u| matches!(u.as_str(), "years" | "yrs" | "year"))
            && tokens.get(i + 2).is_some_and(|o| o == "old");
        if let Some(counting) = ahead {
            read.push("outlook".to_string());
            i += counting + 2;
        } else if aged {
            read.push("age".to_string());
            i += 3;
        } else {
            read.push(tokens[i].clone());
            i += 1;
        }
    }
    read
}

/// Whether the question asks yes or no: its asking clause (the one with the question mark,
/// else the last) opens with "do", "is", "would"… ("I live in a small town, would I make
/// less there?").
/// A question of nothing written (`speaks_of_nothing`, "Has anyone got a minute?") before
/// another clause is not the one asked; nor, where no clause has a question mark, is a closing
/// clause of nothing written or of courtesy (`courteous`: "is 40k normal for this role, thanks
/// all", "… sleep well, all").
fn asks_yes_or_no(
    message: &str,
    speaks_of_nothing: &dyn Fn(&str) -> bool,
    courteous: &dyn Fn(&str) -> bool,
) -> bool {
    // An aside in brackets never asks ("do they pay for certs (sorry, typo)").
    let (without_asides, _) = set_asides_apart(message);
    let message = if without_asides.chars().any(char::is_alphanumeric) {
        without_asides.as_str()
    } else {
        message
    };
    // "Quick one: do they…", "quick q - do they…": a colon or a dash between words ends a
    // lead-in as a comma does.
    let message = message.replace(" - ", ": ").replace(" – ", ": ");
    let clauses: Vec<&str> = message
        .split_inclusive([',', '.', ';', ':', '!', '?', '\n'])
        .filter(|c| c.chars().any(char::is_alphanumeric))
        .collect();
    let asking = clauses
        .iter()
        .enumerate()
        .find(|&(i, c)| {
            c.trim_end().ends_with('?') && !(i + 1 < clauses.len() && speaks_of_nothing(c))
        })
        .map(|(_, c)| c)
        // A message of one clause has no other to fall back on: it is not read twice.
        .or_else(|| {
            (clauses.len() > 1)
                .then(|| {
                    clauses
                        .iter()
                        .rev()
                        .find(|c| !speaks_of_nothing(c) && !courteous(c))
                })
                .flatten()
        })
        .or(clauses.last());
    asking.is_some_and(|clause| {
        let folded = crate::text::fold(clause);
        let all: Vec<&str> = words(&folded).collect();
        let (opening, wondered) = after_lead_ins(&all);
        let asked = after_a_request_to_answer(opening);
        asked.first().is_some_and(|w| {
            YES_NO_OPENERS.contains(w)
                || ((wondered || asked.len() < opening.len()) && matches!(*w, "if" | "whether"))
        })
    })
}

/// Words that turn from what leads into a message to what it asks: "…, but …", "…, yet …",
/// "…, though …".
const TURNING: &[&str] = &["but", "yet", "though", "however", "although"];

/// Words that only lead into what a message says: "so", "ok", a laugh or a pause ("lol ok so
/// do they…"), or a turn to it after a framing ("I may be overthinking this, yet do they…").
const LEAD_INS: &[&str] = &[
    "so", "alright", "ok", "okay", "well", "anyway", "and", "but", "lol", "lmao", "haha", "hmm",
    "um", "uh", "ugh", "omg", "oof", "welp", "meh", "oh", "ah", "wow", "whoa", "ooh", "yet",
    "though", "however", "although",
];

/// A question's words after what only leads into it: "so", "ok", a greeting and whom it
/// greets ("hey all, do they…"), wondering ("I was wondering do they…"), and a framing that
/// gives way with a turn ("this might be a silly question but do they…"). Whether it wondered:
/// "I was wondering if…" asks yes or no.
fn after_lead_ins<'a, 'b>(words: &'b [&'a str]) -> (&'b [&'a str], bool) {
    const WONDERING: &[&[&str]] = &[
        &["i", "was", "wondering"],
        &["i", "am", "wondering"],
        &["im", "wondering"],
        &["i", "m", "wondering"],
        &["i", "was", "just", "wondering"],
        &["just", "wondering"],
        &["wondering"],
        &["i", "wonder"],
    ];
    let mut at = 0;
    let mut wondered = false;
    loop {
        let start = at;
        while words.get(at).is_some_and(|w| {
            LEAD_INS.contains(w) || greets(w) || (at > 0 && ADDRESSEES.contains(w))
        }) {
            at += 1;
        }
        if let Some(frame) = WONDERING.iter().find(|f| words[at..].starts_with(f)) {
            at += frame.len();
            wondered = true;
        }
        if at == start {
            break;
        }
    }
    let opening = &words[at..];
    // "this might be a dumb question but do they…": a framing that asks nothing gives way.
    let asks_at_once = opening
        .first()
        .is_some_and(|w| QUESTION_OPENERS.contains(w) || YES_NO_OPENERS.contains(w))
        && !opens_with_a_modal_and_be(opening);
    match opening.iter().position(|w| TURNING.contains(w)) {
        Some(but) if !asks_at_once && but + 1 < opening.len() => (&opening[but + 1..], wondered),
        _ => (opening, wondered),
    }
}

/// The question inside a request that someone answer it: "does anyone here know *pcc wage*",
/// "can someone tell me *how much they make*". The request opens with a yes-or-no word but asks
/// what follows it, which asks yes or no only if it does ("…know *if* they work remotely").
fn after_a_request_to_answer<'a, 'b>(words: &'b [&'a str]) -> &'b [&'a str] {
    const ASKING: &[&str] = &["does", "do", "can", "could", "would", "will"];
    const ANSWERERS: &[&str] = &[
        "anyone", "anybody", "someone", "somebody", "you", "u", "ya", "yall", "everyone",
    ];
    const WHERE_THEY_ARE: &[&str] = &["here", "else", "on", "in", "there"];
    const ANSWERING: &[&str] = &["know", "tell", "explain", "say"];
    const TOLD: &[&str] = &["me", "us"];
    let mut at = 0;
    if !words.first().is_some_and(|w| ASKING.contains(w)) {
        return words;
    }
    at += 1;
    if !words.get(at).is_some_and(|w| ANSWERERS.contains(w)) {
        return words;
    }
    at += 1;
    while words.get(at).is_some_and(|w| WHERE_THEY_ARE.contains(w)) && at < 4 {
        at += 1;
    }
    if !words.get(at).is_some_and(|w| ANSWERING.contains(w)) {
        return words;
    }
    at += 1;
    if words.get(at).is_some_and(|w| TOLD.contains(w)) {
        at += 1;
    }
    if at >= words.len() {
        return words;
    }
    &words[at..]
}

/// Whether a phrase is what the question compares against ("is the pay good compared to
/// nurses", "why choose this over nursing"): a reference point, not the subject.
fn compared_against(tokens: &[String], phrase: &[String]) -> bool {
    const AGAINST: &[&str] = &["compared", "than", "vs", "versus", "over", "against"];
    (0..tokens.len())
        .filter(|&i| tokens[i..].starts_with(phrase))
        .any(|i| {
            tokens[..i]
                .iter()
                .rev()
                .filter(|t| !matches!(t.as_str(), "to" | "the" | "a" | "with"))
                .take(1)
                .any(|t| AGAINST.contains(&t.as_str()))
        })
}

/// Whether the question asks who: "who do they work with", not "coordinators who want to
/// move", where "who" opens a clause about the word before it.
fn asks_who(tokens: &[String]) -> bool {
    const RELATIVE_AFTER: &[&str] = &["someone", "anyone", "people", "those", "one", "ones"];
    // "Who are patient care coordinators" asks what they are.
    const DEFINING: &[&str] = &["is", "are", "s", "was", "were"];
    tokens.iter().enumerate().any(|(i, t)| {
        t == "who"
            && !tokens
                .get(i + 1)
                .is_some_and(|next| DEFINING.contains(&next.as_str()))
            && (i == 0 || {
                // Blank where what the message told before it was.
                let before = tokens[i - 1].as_str();
                before.is_empty()
                    || (STOPWORDS.contains(&before) && !RELATIVE_AFTER.contains(&before))
            })
    })
}

/// Words that, between "what" and "of", ask for kinds of what follows.
const KINDS_OF: &[&str] = &["kind", "kinds", "type", "types", "sort", "sorts"];

/// Whether the token at `i` only asks for kinds ("what *type* of facilities"): it frames the
/// question, and is not a word of the answer ("typing" stems as "type").
fn asks_for_kinds_at(tokens: &[String], i: usize) -> bool {
    KINDS_OF.contains(&tokens[i].as_str())
        && tokens.get(i + 1).is_some_and(|next| next == "of")
        && i > 0
        && matches!(tokens[i - 1].as_str(), "what" | "which")
}

/// Whether the question asks for things to be named: "which ehr systems should I learn", "what
/// tools do they use", "what kinds of facilities hire". After "what", only a plural followed by
/// its verb's helper, or kinds of a plural, asks for things ("what skills help with…" asks what
/// helps, "what kind of person does well" what one is like).
fn asks_for_names(tokens: &[String]) -> bool {
    const HELPERS: &[&str] = &[
        "do", "does", "did", "should", "can", "could", "will", "would", "are", "is", "must",
    ];
    let Some(at) = tokens.iter().position(|t| t == "which" || t == "what") else {
        return false;
    };
    let phrase = noun_phrase(tokens, at + 1);
    let Some(head) = phrase.last() else {
        return false;
    };
    let is_plural = |word: &str| word.len() > 3 && word.ends_with('s') && !word.ends_with("ss");
    let plural = is_plural(head);
    let helped = tokens
        .get(at + 1 + phrase.len())
        .is_some_and(|next| HELPERS.contains(&next.as_str()));
    // "What kind of places should I apply to", "what types of facilities hire": the kinds of
    // things asked for are named.
    let kinds_named = asks_for_kinds_at(tokens, at + 1) && {
        let kinds = noun_phrase(tokens, at + 3);
        kinds.first().is_some_and(|k| is_plural(k)) || kinds.last().is_some_and(|k| is_plural(k))
    };
    head != "s" && (tokens[at] == "which" || (plural && helped) || kinds_named)
}

/// Words that, in a question asking where, only say again that a place is asked for.
const RESTATING_WHERE: &[&str] = &["located", "location", "situated", "found", "find"];

/// Whether the question asks where: "where do they work", but not "where do I start",
/// which asks how to begin.
fn asks_where(tokens: &[String]) -> bool {
    const BEGINNING: &[&str] = &["start", "begin", "starting", "beginning"];
    // "Pay differs depending on where the clinic is", "no matter where": a clause that names
    // a place, not one that asks for it.
    const NAMING_A_PLACE: &[&str] = &["on", "upon", "matter"];
    // "Ukraine is where I grew up", "a vet clinic is where we work": told, the place is the
    // asker's own; but not "my question is where I can find jobs", nor "is where I'd earn
    // most", which ask.
    const BEING: &[&str] = &["is", "s", "was"];
    const ONES_OWN: &[&str] = &["i", "we", "my", "our", "im"];
    const MODAL: &[&str] = &[
        "can", "could", "should", "would", "might", "may", "will", "shall", "must", "need", "d",
        "ll", "do", "does",
    ];
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    let told_as_ones_own = |i: usize| {
        is(i.wrapping_sub(1), BEING)
            && !is(i.wrapping_sub(2), QUESTION)
            && is(i + 1, ONES_OWN)
            && !is(i + 2, MODAL)
    };
    let asks = (0..tokens.len()).any(|i| {
        tokens[i] == "where" && !is(i.wrapping_sub(1), NAMING_A_PLACE) && !told_as_ones_own(i)
    });
    asks && !tokens.iter().any(|t| BEGINNING.contains(&t.as_str()))
}

/// Words that ask what something costs by describing it ("is it expensive").
const PRICE_DESCRIBED: &[&str] = &["expensive", "cheap", "cheapest", "afford"];

/// Words that name a price ("certification cost", "tuition?"): asked for, it is a figure. "The
/// cheapest way" asks for a way.
const PRICE_NAMED: &[&str] = &["cost", "costs", "price", "prices", "fee", "fees", "tuition"];

/// Words that say whose something is ("*my* manager").
const POSSESSIVES: &[&str] = &["my", "our", "your", "his", "her", "their", "ur"];

/// Words naming places beyond one country: a region, or abroad.
const BEYOND_ONE_COUNTRY: &[&str] = &[
    "europe",
    "european",
    "asia",
    "asian",
    "africa",
    "african",
    "latin",
    "pacific",
    "abroad",
    "overseas",
    "international",
    "internationally",
    "worldwide",
    "foreign",
    "global",
    "globally",
    "countries",
];

/// Articles, looked past when reading what a name follows ("what's above *a* lead").
const ARTICLES: &[&str] = &["the", "a", "an"];

/// Words for somewhere other than the places a question names.
const ELSEWHERE: &[&str] = &["abroad", "overseas", "internationally", "elsewhere"];

/// Words that set what follows aside ("outside the us", "what comes after senior", "a
/// regular pcc (*not* junior)"): it is a reference point, not what is asked about.
const EXCLUDING: &[&str] = &[
    "not",
    "outside",
    "except",
    "excluding",
    "besides",
    "beyond",
    "after",
    "above",
    "past",
];

/// Words that set two things side by side.
const COMPARING: &[&str] = &[
    "difference",
    "differences",
    "different",
    "differ",
    "vs",
    "versus",
    "compare",
    "compared",
    "comparison",
    "between",
    "than",
    "same",
    "similar",
    "like",
];

const ASKING_A_WAY: &[&str] = &["do", "can", "should", "would", "could", "to"];

/// Where a question asks how to do something ("how do I negotiate a higher salary", "how to
/// get paid more"), the place of its "how": it wants a way, not a figure.
fn how_to_at(tokens: &[String]) -> Option<usize> {
    tokens
        .windows(2)
        .position(|w| w[0] == "how" && ASKING_A_WAY.contains(&w[1].as_str()))
}

/// "What should I do to get ready", "what can I do to stand out": a way asked for in
/// other words than "how".
fn asks_what_to_do(tokens: &[String]) -> bool {
    const BETWEEN: &[&str] = &[
        "should", "can", "could", "do", "does", "would", "must", "i", "you", "we", "one", "need",
        "have", "to", "gotta",
    ];
    tokens.windows(2).enumerate().any(|(at, w)| {
        w[0] == "do"
            && w[1] == "to"
            && tokens[..at]
                .iter()
                .rposition(|t| !BETWEEN.contains(&t.as_str()))
                .is_some_and(|before| tokens[before] == "what")
    })
}

/// Whether a question seeks job postings ("find a coordinator job", "search for openings"):
/// the answer is where they are listed.
fn seeks_a_posting(tokens: &[String]) -> bool {
    const FINDING: &[&str] = &["find", "search", "locate"];
    const POSTED: &[&str] = &[
        "job",
        "jobs",
        "opening",
        "openings",
        "position",
        "positions",
        "role",
        "roles",
        "gig",
        "gigs",
        "posting",
        "postings",
        "listing",
        "listings",
        "vacancy",
        "vacancies",
    ];
    tokens.iter().any(|t| FINDING.contains(&t.as_str()))
        && tokens.iter().any(|t| POSTED.contains(&t.as_str()))
}

/// Words that ask what a figure depends on, not for the figure ("what affects pay").
const FACTOR_ASKED: &[&str] = &[
    "affect",
    "affects",
    "factor",
    "factors",
    "depend",
    "depends",
    "influence",
    "influences",
    "determine",
    "determines",
    "impact",
    "impacts",
    "why",
    // What moves a figure: "what pushes a coordinator's salary up", "what's driving demand".
    "push",
    "pushes",
    "drives",
    "driving",
    "boost",
    "boosts",
];

/// "Does working remote change how much you get paid" asks whether something moves a figure,
/// as "affect" does, not for the figure.
fn changes_how_much(tokens: &[String]) -> bool {
    tokens.windows(3).any(|w| {
        matches!(w[0].as_str(), "change" | "changes" | "changed")
            && w[1] == "how"
            && matches!(w[2].as_str(), "much" | "many")
    })
}

const DURATION_UNITS: &[&str] = &[
    "year", "years", "month", "months", "week", "weeks", "day", "days",
];
const NUMBER_WORDS: &[&str] = &[
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "several", "few", "couple",
];

/// Words that compare: a pay question with one asks which way pay goes, not a figure.
const COMPARATIVES: &[&str] = &[
    "more", "less", "lower", "higher", "better", "worse", "bigger", "smaller",
];

/// Words that judge: a yes-or-no question whether pay is one of these asks for the figure.
const JUDGEMENTS: &[&str] = &[
    "good",
    "decent",
    "enough",
    "fair",
    "livable",
    "liveable",
    "okay",
    "ok",
    "solid",
    "great",
    "reasonable",
    "competitive",
    "bad",
    "low",
    "high",
    "worth",
];

/// Verbs of change: "how fast" with one asks a rate, not a duration.
const CHANGING: &[&str] = &[
    "grow",
    "grows",
    "growing",
    "increase",
    "increasing",
    "rise",
    "rising",
    "expand",
    "expanding",
    "shrink",
    "shrinking",
    "decline",
    "declining",
    "change",
    "changing",
];

/// "… (mods, move this if needed)": an aside to the channel's moderators is about the post, and
/// neither asks nor tells. Read as something told, its words ("move", "needed") drew the answer
/// away from the question.
fn is_aside_to_the_moderators(aside: &str) -> bool {
    const MODERATORS: &[&str] = &["mods", "mod", "moderators", "moderator", "admins", "admin"];
    aside
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .is_some_and(|w| MODERATORS.contains(&w.to_lowercase().as_str()))
}

/// "… (typing this on my lunch break)", "(writing from the bus)": an aside on the writing of
/// the message tells where or when it was written, nothing asked. Read as something told, its
/// words ("break", "typing") drew the answer towards the guide's "break into the field" and data
/// entry. The aside opens with the writing (perhaps how: "thumb-typing") and what it is of or
/// where it is done.
fn is_aside_on_writing_this(aside: &str) -> bool {
    // Or speaking it to be written ("dictating this to my phone").
    const WRITING: &[&str] = &[
        "typing",
        "writing",
        "posting",
        "sending",
        "texting",
        "dictating",
    ];
    const OF_THIS: &[&str] = &["this", "from", "on", "in", "at", "during", "while"];
    let aside = aside.trim_start().to_lowercase();
    let (first, rest) = aside
        .split_once(char::is_whitespace)
        .unwrap_or((&aside, ""));
    // How it is written may come first, joined to the writing ("thumb-typing on a phone") or
    // as an adverb ("hastily typing this"): any word, as no list of them is whole.
    let aside = match first.rsplit_once('-') {
        Some((_, writing)) if WRITING.contains(&writing) => format!("{writing} {rest}"),
        _ if reads_as_an_ly_adverb(first) => rest.to_string(),
        _ => aside.clone(),
    };
    let mut words = aside
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    words.next().is_some_and(|w| WRITING.contains(&w))
        && words.next().is_some_and(|w| OF_THIS.contains(&w))
}

/// A message less its asides in brackets of two words or more ("(sorry for my english)"),
/// and those asides: they tell, never ask. A bracketed name ("(CMAA)") stays in place.
fn set_asides_apart(message: &str) -> (String, Vec<&str>) {
    let mut kept = String::with_capacity(message.len());
    let mut asides = Vec::new();
    let mut rest = message;
    while let Some(open) = rest.find('(') {
        let Some(length) = rest[open..].find(')') else {
            break;
        };
        let inside = &rest[open + 1..open + length];
        kept.push_str(&rest[..open]);
        if inside.split_whitespace().count() >= 2 {
            asides.push(inside);
        } else {
            kept.push_str(&rest[open..=open + length]);
        }
        rest = &rest[open + length + 1..];
    }
    kept.push_str(rest);
    (kept, asides)
}

/// Question words that open a question whatever follows ("when" opens a condition as often).
const WH_OPENERS: &[&str] = &[
    "what", "how", "where", "which", "who", "why", "whats", "hows",
];

/// Words that join a second question to a first ("…a degree *and* how much does it pay").
const JOINING_QUESTIONS: &[&str] = &["and", "also", "plus"];
/// Words after which "is", "do", "can"… open a question of their own ("and *is it* remote"),
/// not a list ("a degree and do…" is rare; "and is" before a noun phrase is common).
const ASKED_OF: &[&str] = &[
    "it",
    "they",
    "there",
    "i",
    "you",
    "we",
    "the",
    "this",
    "that",
    "these",
    "those",
    "a",
    "an",
    "pccs",
    "coordinators",
    "most",
    "many",
    "any",
];

/// A question without the word joining it to the one before ("And how much…" → "how much…").
fn without_joining_word(question: &str) -> &str {
    let question = question.trim_start();
    match question.split_once(' ') {
        Some((first, rest))
            if JOINING_QUESTIONS.contains(&first.trim_end_matches(',').to_lowercase().as_str()) =>
        {
            rest.trim_start()
        }
        _ => question,
    }
}

/// The questions a message asks one after another ("Do I need a degree? And how much does it
/// pay?", "do I need a degree and how much does it pay"), and what it tells before the first
/// ("I'm in Canada. "), which goes with each; `None` when it asks only one.
pub fn separate_questions(message: &str) -> Option<(String, Vec<String>)> {
    // Between two questions, "when" opens the second ("…and when do they get promoted").
    let wh = |w: &str| WH_OPENERS.contains(&w) || w == "when";
    let words_of = |s: &str| -> Vec<String> {
        crate::text::words(&crate::text::fold(s))
            .map(str::to_string)
            .collect()
    };
    let opens_a_question = |words: &[String]| match words {
        [first, ..] if wh(first) => true,
        [first, second, ..] => {
            QUESTION_OPENERS.contains(&first.as_str()) && ASKED_OF.contains(&second.as_str())
        }
        _ => false,
    };
    let mut told = String::new();
    let mut asked: Vec<String> = Vec::new();
    for sentence in message.split_inclusive(['.', '!', '?', '\n']) {
        let trimmed = sentence.trim();
        if !trimmed.chars().any(char::is_alphanumeric) {
            continue;
        }
        let words = words_of(trimmed);
        let asks = trimmed.ends_with('?') || opens_as_a_question(&words);
        if !asks {
            if asked.is_empty() {
                told.push_str(trimmed);
                told.push(' ');
            }
            continue;
        }
        // A question joined to the one before it ("and how much does it pay?") is its own.
        let mut rest = without_joining_word(trimmed);
        loop {
            // Its words, each with where the space-delimited chunk holding it starts.
            let mut starts: Vec<usize> = Vec::new();
            let mut words: Vec<String> = Vec::new();
            let mut offset = 0;
            for chunk in rest.split(' ') {
                for word in words_of(chunk) {
                    starts.push(offset);
                    words.push(word);
                }
                offset += chunk.len() + 1;
            }
            // A question that opens the sentence may be followed by another after a comma
            // ("what's the pay, do they need a degree?"); a telling clause before a comma
            // ("I have a GED, is that enough") is no question of its own.
            let opens_asking = opens_a_question(&words)
                || words
                    .first()
                    .is_some_and(|w| QUESTION_OPENERS.contains(&w.as_str()));
            let after_a_comma =
                |k: usize| starts[k] > 0 && rest[..starts[k] - 1].trim_end().ends_with(',');
            let joint = (2..words.len())
                .find(|&k| {
                    starts[k] != starts[k - 1]
                        && ((JOINING_QUESTIONS.contains(&words[k].as_str())
                            && opens_a_question(&words[k + 1..]))
                            || (opens_asking && after_a_comma(k) && opens_a_question(&words[k..])))
                })
                .map(|k| starts[k]);
            match joint {
                Some(at) => {
                    let (first, second) = rest.split_at(at);
                    asked.push(first.trim().trim_end_matches(',').to_string());
                    rest = without_joining_word(second);
                }
                None => {
                    asked.push(rest.to_string());
                    break;
                }
            }
        }
    }
    // "…knows Epic. Is that going to be a problem?" asks about the question before it.
    let points_back = |question: &String| {
        let words = words_of(question);
        words.iter().take(3).enumerate().any(|(i, w)| {
            matches!(w.as_str(), "that" | "this" | "those" | "these")
                && !words
                    .get(i + 1)
                    .is_some_and(|next| CAREER_NOUNS.contains(&next.as_str()))
        })
    };
    // "Could I keep working there and what would it pay?": a place pointed at holds the
    // questions together ("is there…", "are there…" point at nothing).
    let names_a_place_back = |question: &String| {
        let words = words_of(question);
        words.iter().enumerate().any(|(i, w)| {
            w == "there"
                && !i
                    .checked_sub(1)
                    .and_then(|b| words.get(b))
                    .is_some_and(|before| {
                        matches!(
                            before.as_str(),
                            "is" | "are" | "was" | "were" | "be" | "any"
                        )
                    })
                && !words
                    .get(i + 1)
                    .is_some_and(|next| matches!(next.as_str(), "is" | "are" | "any"))
        })
    };
    (asked.len() >= 2
        && !asked[1..].iter().any(points_back)
        && !asked.iter().any(names_a_place_back))
    .then_some((told, asked))
}

/// Words that greet.
/// "hi", "hello", or one stretched for feeling ("hellooo", "heyyy"), as typed: the words a
/// message is read on for whether it asks yes or no are not yet unstretched.
fn greets(word: &str) -> bool {
    GREETINGS.contains(&word)
        || GREETINGS.iter().any(|greeting| {
            word.len() > greeting.len()
                && word.starts_with(greeting)
                && word[greeting.len()..]
                    .chars()
                    .all(|c| greeting.ends_with(c))
        })
}

const GREETINGS: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "heya",
    "hiya",
    "yo",
    "sup",
    "howdy",
    "morning",
    "evening",
    "afternoon",
    "gm",
    "heyo",
    "hola",
    "ciao",
    "bonjour",
    "aloha",
    "hallo",
    "hullo",
    "henlo",
    "greetings",
    "ahoy",
];

/// How many words at the start of a message greet ("hi there", "good morning folks", "hey
/// all", "top of the morning"): none unless it opens with a greeting, so "good pay?" and
/// "people say…" keep theirs.
fn greeting_length(tokens: &[String]) -> usize {
    let opens = match tokens {
        [good, time, ..]
            if good == "good" && matches!(time.as_str(), "morning" | "afternoon" | "evening") =>
        {
            2
        }
        [top, of, the, morning, ..]
            if top == "top" && of == "of" && the == "the" && morning == "morning" =>
        {
            4
        }
        [first, ..] if GREETINGS.contains(&first.as_str()) => 1,
        _ => return 0,
    };
    opens
        + tokens[opens..]
            .iter()
            .take_while(|t| {
                GREETINGS.contains(&t.as_str()) || ADDRESSEES.contains(&t.as_str()) || *t == "there"
            })
            .count()
}

/// "(bit nervous posting this)", "… sorry for posting here": the posting of the message itself
/// says nothing of what it asks. Searched, "posting" matched the guide's job postings and pulled
/// their passage first. Only the posting of "this" or "here" with nothing named after it ("is
/// posting this job on indeed ok" asks).
fn without_the_posting_of_this_message(tokens: Vec<String>) -> Vec<String> {
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    let posted_at = (0..tokens.len()).find(|&i| {
        is(i, &["posting", "post", "posted"])
            && is(i + 1, &["this", "here"])
            // Whom it is posted for is read with whom one asks for ("posting this for my mum").
            && !(is(i + 2, &["for"]) && is(i + 3, &["my", "our", "a", "an"]))
            && tokens
                .get(i + 2)
                .is_none_or(|t| STOPWORDS.contains(&t.as_str()) || SMALL_TALK.contains(&t.as_str()))
    });
    let mut kept = tokens;
    if let Some(at) = posted_at {
        kept.drain(at..at + 2);
    }
    kept
}

/// "… might reply late", "(on a night shift, replies may be slow)": the asker warning that
/// their own replies will be slow, closing a message that asks before it, asks nothing.
/// Read as told, "late" and "slow" drew the guide's late shifts and slower hiring. The warning
/// names the replying and its lateness, and holds nothing else.
fn without_a_warning_of_slow_replies(tokens: Vec<String>) -> Vec<String> {
    const REPLYING: &[&str] = &[
        "reply",
        "replies",
        "replying",
        "respond",
        "responding",
        "response",
        "responses",
    ];
    const LATE: &[&str] = &["late", "later", "slow", "slowly", "delayed"];
    // Said of the asker's own replies, as what may happen: "when do coordinators reply slowly"
    // asks of theirs.
    const THE_ASKERS: &[&str] = &["i", "im", "m", "ll", "my", "might", "may", "will", "could"];
    const AROUND: &[&str] = &[
        "can", "be", "to", "in", "a", "bit", "little", "so", "back", "get", "take", "taking",
        "while", "sorry", "if", "quite", "very", "pretty", "kinda", "sort", "of",
    ];
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    let warned_at = (1..tokens.len()).find(|&at| {
        let rest = at..tokens.len();
        rest.clone().any(|j| is(j, REPLYING))
            && rest.clone().any(|j| is(j, LATE))
            && rest.clone().any(|j| is(j, THE_ASKERS))
            && rest
                .clone()
                .all(|j| is(j, REPLYING) || is(j, LATE) || is(j, THE_ASKERS) || is(j, AROUND))
            // Something asked before it, not a question word alone ("how late can i reply").
            && tokens[..at].iter().any(|t| !STOPWORDS.contains(&t.as_str()))
    });
    let mut kept = tokens;
    if let Some(at) = warned_at {
        kept.truncate(at);
    }
    kept
}

/// "… bookmarking this for later", "… saving this thread for reference": keeping the thread to
/// read again, or lurking for the replies, closing a message that asks before it, asks nothing.
/// Searched, "bookmarking" matched no passage and "later" was told. Only what is kept and for
/// when may follow ("is saving this much for school realistic" asks).
fn without_keeping_the_thread(tokens: Vec<String>) -> Vec<String> {
    const KEEPING: &[&str] = &[
        "bookmarking",
        "bookmarked",
        "bookmark",
        "saving",
        "saved",
        "save",
        "starring",
        "starred",
        "pinning",
        "pinned",
    ];
    const KEPT: &[&str] = &[
        "this",
        "the",
        "it",
        "thread",
        "post",
        "page",
        "for",
        "later",
        "reference",
        "future",
        "now",
        "here",
    ];
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    let kept_at = (1..tokens.len()).find(|&i| {
        is(i, KEEPING)
            && is(i + 1, &["this", "the", "it"])
            && (i + 1..tokens.len()).all(|j| is(j, KEPT))
            && asks_something(&tokens[..i])
    });
    // "gonna lurk for the answers", "I'll be lurking here": waiting, unseen, for the replies;
    // perhaps said as what the asker will do ("going to" whole: "who do pccs report to will be
    // lurking for replies" asks whom they report to).
    const WILL: &[&str] = &["gonna", "will", "ll", "i", "im", "m", "be", "just", "so"];
    let lurked_at = (1..tokens.len())
        .find(|&i| {
            is(i, &["lurk", "lurking"])
                && (i + 1..tokens.len())
                    .all(|j| is(j, KEPT) || is(j, INPUT_ASKED_FOR) || is(j, &["in", "on"]))
        })
        .map(|mut at| loop {
            if at > 0 && is(at - 1, WILL) {
                at -= 1;
            } else if at > 1 && is(at - 1, &["to"]) && is(at - 2, &["going"]) {
                at -= 2;
            } else {
                break at;
            }
        })
        .filter(|&at| asks_something(&tokens[..at]));
    let mut kept = tokens;
    if let Some(at) = kept_at.into_iter().chain(lurked_at).min() {
        kept.truncate(at);
    }
    kept
}

/// "Yo what's up, burnout risk": asking how the channel is doing greets, and asks nothing of
/// the question after it. Read as asking, its "what" took the question's phrase for the thing
/// asked. "What's up with remote jobs" asks about them, and "what's up?" alone is small talk.
fn without_asking_how_one_is(tokens: Vec<String>) -> Vec<String> {
    let greeting = greeting_length(&tokens);
    let rest: Vec<&str> = tokens[greeting..].iter().map(String::as_str).collect();
    let asking_how = match rest.as_slice() {
        ["what", "s", "up", ..] => 3,
        ["whats" | "wats" | "wat" | "what", "up", ..] => 2,
        ["wassup" | "whatsup" | "wazzup" | "wasup", ..] => 1,
        _ => return tokens,
    };
    let after = greeting + asking_how;
    let asks_or_stands_alone = tokens
        .get(after)
        .is_none_or(|t| matches!(t.as_str(), "with" | "w" | "wit"));
    if asks_or_stands_alone {
        return tokens;
    }
    let mut kept = tokens[..greeting].to_vec();
    kept.extend(tokens[after..].iter().cloned());
    kept
}

/// "Hiya folks, hope the week's going well. …", "Hey, hope everyone's doing well. …": a hope
/// that all is well with the readers, opening the message after its greeting, asks nothing.
/// Left in, its time ("week") was searched as told. Only a hope made of who or what fares and
/// how well, with something after it ("hope the pay is good" asks).
fn without_a_hope_that_all_is_well(tokens: Vec<String>) -> Vec<String> {
    const FARING: &[&str] = &[
        "well", "good", "great", "fine", "ok", "okay", "nicely", "smoothly", "awesome",
    ];
    const WHO_OR_WHAT_FARES: &[&str] = &[
        "that",
        "you",
        "u",
        "ya",
        "yall",
        "everyone",
        "everybody",
        "all",
        "the",
        "your",
        "ur",
        "this",
        "week",
        "day",
        "weekend",
        "morning",
        "evening",
        "afternoon",
        "s",
        "is",
        "are",
        "re",
        "has",
        "have",
        "ve",
        "been",
        "doing",
        "going",
        "treating",
        "today",
        "so",
        "far",
        "of",
        "things",
        "life",
    ];
    // "… hope you're all doing well", "… hope everyone is having a good week": the same hope,
    // closing the message after what it asks.
    let fares = |t: &str| {
        FARING.contains(&t)
            || WHO_OR_WHAT_FARES.contains(&t)
            || ADDRESSEES.contains(&t)
            || matches!(t, "having" | "a")
    };
    if let Some((hope, hope_len)) = (1..tokens.len())
        .rev()
        .find_map(|i| hope_at(&tokens, i).map(|len| (i, len)))
    {
        let rest = &tokens[hope + hope_len..];
        if !rest.is_empty()
            && rest.iter().all(|t| fares(t))
            && rest.iter().any(|t| FARING.contains(&t.as_str()))
            && asks_something(&tokens[..hope])
        {
            return tokens[..hope].to_vec();
        }
    }
    let greeting = greeting_length(&tokens);
    let Some(hope_len) = hope_at(&tokens, greeting) else {
        return tokens;
    };
    let run = greeting
        + hope_len
        + tokens[greeting + hope_len..]
            .iter()
            .take_while(|t| {
                let t = t.as_str();
                FARING.contains(&t) || WHO_OR_WHAT_FARES.contains(&t) || ADDRESSEES.contains(&t)
            })
            .count();
    // The hope ends at how well all fares, or just after it ("…doing well today, folks"): the
    // question after it may open with the same small words ("…doing well. are evening shifts
    // common").
    let Some(how_well) =
        (greeting + hope_len..run).rfind(|&i| FARING.contains(&tokens[i].as_str()))
    else {
        return tokens;
    };
    let end = how_well
        + 1
        + tokens[how_well + 1..run]
            .iter()
            .take_while(|t| {
                matches!(t.as_str(), "today" | "so" | "far") || ADDRESSEES.contains(&t.as_str())
            })
            .count();
    if end == tokens.len() {
        return tokens;
    }
    let mut kept = tokens[..greeting].to_vec();
    kept.extend(tokens[end..].iter().cloned());
    kept
}

/// Who a greeting is addressed to ("morning *folks*", "hi *all*").
const ADDRESSEES: &[&str] = &[
    "folks",
    "all",
    "everyone",
    "everybody",
    "guys",
    "yall",
    "people",
    "friends",
    "fam",
    "peeps",
    "pals",
    "gang",
    "chat",
    // "Hey team.": a team greeted is the channel, not a team asked about.
    "team",
    "crew",
    "squad",
    "ladies",
    "community",
    // Endearments: "thanks loads, lovelies", "hi hun".
    "lovelies",
    "loves",
    // Friends in the asker's first language ("gracias, amigos").
    "amigos",
    "amigas",
    "compadres",
    "darlings",
    "dears",
    "hun",
    "hon",
];

/// "I want to know…", "wondering…", "tell me…" ask without a question mark.
const ASKING_PHRASES: &[&str] = &["want to know", "wondering", "tell me", "curious"];

/// Words a sentence that asks opens with.
#[rustfmt::skip]
const QUESTION_OPENERS: &[&str] = &[
    "what", "how", "is", "are", "do", "does", "can", "could", "would", "will", "should", "where",
    "when", "which", "who", "why", "whats", "hows", "any",
];

/// Whether a clause's words open it as a question ("can coordinators…", "can't they…"):
/// "can't" with no subject after it opens a statement whose subject went unsaid ("Can't find
/// this anywhere:", "can't decide between two programs"), and so does a modal followed at
/// once by how much or what the asker wants ("Would really value an honest take.", "could
/// use a hand"), or by "be" (`opens_with_a_modal_and_be`), where a question puts its
/// subject ("would a cert help").
fn opens_as_a_question<S: AsRef<str>>(words: &[S]) -> bool {
    const SUBJECTS: &[&str] = &[
        "i", "you", "u", "we", "they", "it", "he", "she", "there", "this", "that", "these",
        "those", "a", "an", "the", "any", "my", "your", "our", "their", "people", "ppl",
    ];
    const MODALS: &[&str] = &["would", "could", "will", "can", "should"];
    // Verbs of wanting; an adverb of degree in "-ly" ("really", "truly") is read below.
    const WANTING: &[&str] = &["love", "like", "appreciate", "value", "welcome", "use"];
    let word = |i: usize| words.get(i).map(AsRef::as_ref);
    let Some(first) = word(0) else {
        return false;
    };
    let subject_unsaid = first == "can"
        && word(1) == Some("t")
        && !word(2)
            .is_some_and(|w| SUBJECTS.contains(&w) || (w.ends_with('s') && !w.ends_with("ss")));
    let wants_unsaid = MODALS.contains(&first)
        && word(1).is_some_and(|w| {
            // Not "only", which may come before the subject ("can only nurses do this"), and is
            // too short to read as one.
            WANTING.contains(&w) || reads_as_an_ly_adverb(w)
        });
    QUESTION_OPENERS.contains(&first)
        && !subject_unsaid
        && !wants_unsaid
        && !opens_with_a_modal_and_be(words)
}

/// "Could be a silly thing to ask, but…", "Would be great to know…": a modal followed at once
/// by "be" left its subject ("it") unsaid, and so opens a statement; a question puts its
/// subject between them ("could it be remote").
fn opens_with_a_modal_and_be<S: AsRef<str>>(words: &[S]) -> bool {
    const MODALS: &[&str] = &["would", "could", "will", "can", "should", "might", "may"];
    matches!(words, [modal, be, ..] if MODALS.contains(&modal.as_ref()) && be.as_ref() == "be")
}

/// Whether a clause ending in a colon or a dash announces the clause after it ("Curious about
/// something:", "Asking here since nobody at work knows:"), rather than naming what it asks
/// about: a clause ending in a bare phrase names it ("hi all, telehealth platforms - do i need
/// to know them"), and so does one ending in a word the clause after points back at ("does
/// anyone here know cpct - does it help").
fn announces_what_follows(clause: &str, next: &str) -> bool {
    const POINTING_BACK: &[&str] = &["it", "that", "this", "them", "those", "these"];
    let lower = clause.to_lowercase();
    if ![":", " -", " \u{2013}"]
        .iter()
        .any(|end| lower.ends_with(end))
    {
        return false;
    }
    let last_part = [", ", " but "]
        .iter()
        .filter_map(|joint| lower.rsplit_once(joint).map(|(_, after)| after))
        .min_by_key(|after| after.len())
        .unwrap_or(&lower);
    let folded = crate::text::fold(clause);
    let ends_in_a_word = crate::text::words(&folded)
        .last()
        .is_some_and(|w| !STOPWORDS.contains(&w));
    let next = crate::text::fold(next);
    let points_back_at_it =
        ends_in_a_word && crate::text::words(&next).any(|w| POINTING_BACK.contains(&w));
    !is_a_bare_phrase(last_part) && !points_back_at_it
}

/// A sentence split where a clause that only opens it ("first time posting here -", "sorry if
/// this is dumb but", "i keep getting rejected, how do i…") gives way to a question. A comma is
/// too common a pause to tell before a yes-or-no question ("i have a ged, is that enough"), so
/// only a question word after one splits. A condition ("if I get a CMAA: can I…") stays with
/// the question it conditions.
fn opening_clauses(sentence: &str) -> Vec<&str> {
    const CONDITIONS: &[&str] = &["if", "when", "since", "because", "as", "once", "after"];
    // ASCII lower case keeps every byte where it was, so offsets found in it split `sentence`
    // ("Ⱥ" lower-cases to a longer "ⱥ").
    let lower = sentence.to_ascii_lowercase();
    let first_word = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .map(str::to_string)
    };
    let opens_a_condition = first_word(&lower).is_some_and(|w| CONDITIONS.contains(&w.as_str()));
    if opens_a_condition {
        return vec![sentence];
    }
    for separator in [": ", " - ", " – ", "; ", " but "] {
        if let Some(at) = lower.find(separator) {
            let rest = &lower[at + separator.len()..];
            // "question for the group: hard parts of the job?": an opening that neither asks
            // nor names a subject is a sentence of its own, whatever the question opens with.
            let opening = &lower[..at];
            let a_sentence_of_its_own = separator != " but "
                && !opens_as_a_question(&crate::text::words(opening).collect::<Vec<_>>())
                && !is_a_bare_phrase(opening);
            if (a_sentence_of_its_own
                || first_word(rest).is_some_and(|w| QUESTION_OPENERS.contains(&w.as_str())))
                && !names_the_subject(opening, rest)
            {
                // The question may open with a clause of its own ("quick q - i'm from Texas,
                // what's…").
                let (opening, question) = sentence.split_at(at + separator.len());
                let mut clauses = vec![opening];
                clauses.extend(opening_clauses(question));
                return clauses;
            }
        }
    }
    // "Thinking about becoming a pcc, is the money good?": a clause that tells what the asker
    // is doing gives way to any question.
    const TELLING: &[&str] = &[
        "thinking",
        "considering",
        "looking",
        "planning",
        "wondering",
        "trying",
        "hoping",
    ];
    for (at, separator) in lower.match_indices(", ") {
        let rest = &lower[at + separator.len()..];
        // "Yo yo, I'm from Nigeria, can I…", "hey, remote roles, how common?": the clause just
        // before the comma is what tells or names the subject, once those before it (a
        // greeting, a lead-in) ask nothing themselves.
        let clause_from = lower[..at].rfind(", ").map_or(0, |p| p + 2);
        let earlier_clauses_ask = lower[..clause_from].split(", ").any(|clause| {
            first_word(clause).is_some_and(|w| QUESTION_OPENERS.contains(&w.as_str()))
        });
        let clause =
            after_a_greeting(&lower[if earlier_clauses_ask { 0 } else { clause_from }..at]);
        // "idk if this was asked before but im a single mom, is…": a framing that gives way
        // with "but" leaves the clause after it.
        let clause = clause
            .rsplit_once(" but ")
            .map_or(clause, |(_, after)| after);
        let opening: Vec<&str> = clause
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        // "I'm from the Philippines, can I work in the UK?", "I'm a single mom, is the pay
        // decent?": where the asker comes from and who they are is told, not asked. Where they
        // live may be what they ask about ("I live in a small town, would I make less there?").
        let tells_who_or_where_from = matches!(
            opening.as_slice(),
            ["i", "am" | "m", "from" | "a" | "an", ..] | ["im", "from" | "a" | "an", ..]
        );
        let tells = tells_who_or_where_from || opening.iter().take(2).any(|w| TELLING.contains(w));
        let openers = if tells { QUESTION_OPENERS } else { WH_OPENERS };
        if first_word(rest).is_some_and(|w| openers.contains(&w.as_str()))
            && !names_the_subject(clause, rest)
        {
            let (opening, question) = sentence.split_at(at + separator.len());
            return vec![opening, question];
        }
    }
    vec![sentence]
}

/// A clause without the greeting it opens with, if any ("hi hi i am from nigeria" → "i am from
/// nigeria").
fn after_a_greeting(clause: &str) -> &str {
    let words: Vec<String> = clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    let greeting = greeting_length(&words);
    if greeting == 0 {
        return clause;
    }
    let mut rest = clause;
    for _ in 0..greeting {
        rest = rest
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim_start_matches(char::is_alphanumeric);
    }
    rest.trim_start_matches(|c: char| !c.is_alphanumeric())
}

/// Whether a clause is a bare phrase of words, joined at most by articles and prepositions, or
/// negated ("remote pcc roles", "no healthcare experience").
fn is_a_bare_phrase(clause: &str) -> bool {
    clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| !STOPWORDS.contains(&w) || BARE_PHRASE_JOINING.contains(&w))
}

const BARE_PHRASE_JOINING: &[&str] = &[
    "a", "an", "the", "in", "for", "of", "at", "on", "with", "and", "or", "vs", "to", "no",
    "without",
];

/// Whether a clause before a question names what the question asks about rather than opening
/// it: "remote pcc roles - how common?", but not "ok real talk: how much in singapore" or "I'm
/// from Ohio - what do they pay?". A subject is a bare phrase of words, joined at most by
/// articles and prepositions, or negated ("no healthcare experience, where do i start");
/// anything more ("ok", "here", "I") is a sentence of its own.
fn names_the_subject(opening: &str, question: &str) -> bool {
    let words_of = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let asked_on_its_own = words_of(question)
        .iter()
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .count()
        > 1;
    // "cpct - does it actually help land a coordinator gig": the question points back at
    // what the opening named.
    let points_back_at_it = words_of(question)
        .iter()
        .any(|w| matches!(w.as_str(), "it" | "this" | "they" | "them"));
    let a_bare_phrase = is_a_bare_phrase(opening);
    // "Morning folks, what skills do I need": a greeting names nothing.
    let a_greeting = words_of(opening)
        .iter()
        .all(|w| SMALL_TALK.contains(&w.as_str()) || ADDRESSEES.contains(&w.as_str()));
    (!asked_on_its_own || points_back_at_it) && a_bare_phrase && !a_greeting
}

/// Words that open a noun phrase without being part of what it names.
const PHRASE_OPENERS: &[&str] = &[
    "the", "a", "an", "your", "my", "their", "this", "that", "more",
];

/// Words that end the noun phrase naming what is asked about: prepositions, verbs and pronouns
/// ("the salary *in* canada", "job openings *are* there").
#[rustfmt::skip]
const PHRASE_ENDS: &[&str] = &[
    "in", "for", "of", "at", "like", "and", "or", "when", "if", "to", "with", "on", "as", "vs",
    "compared", "between", "from", "by", "about", "after", "before", "according", "based", "per",
    "these", "nowadays", "is", "are", "do", "does", "did", "can", "could", "will", "would",
    "should", "til", "till", "until", "each", "every", "it", "i", "you", "they", "there", "we",
    "a", "an", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody",
    "without", "while", "since", "because", "but", "so", "than", "through", "via", "into",
    "instead", "even", "during", "throughout", "within",
];

/// The noun phrase from `start` ("the *job openings* are…"): its openers skipped, up to the
/// word that ends it.
fn noun_phrase(tokens: &[String], start: usize) -> &[String] {
    &tokens[noun_phrase_span(tokens, start)]
}

/// Where the noun phrase from `start` lies among the tokens (empty past their end).
fn noun_phrase_span(tokens: &[String], start: usize) -> std::ops::Range<usize> {
    let start = start.min(tokens.len());
    let opened = tokens[start..]
        .iter()
        .take_while(|t| PHRASE_OPENERS.contains(&t.as_str()))
        .count();
    let from = start + opened;
    // "The skill gaps *employers* see": people named after the phrase's first word open a
    // clause of their own.
    let length = tokens[from..]
        .iter()
        .enumerate()
        .take_while(|&(i, t)| {
            let subject_of_a_clause = i > 0 && CLAUSE_SUBJECTS.contains(&t.as_str());
            !PHRASE_ENDS.contains(&t.as_str()) && !subject_of_a_clause
        })
        .count();
    from..from + length
}

/// People who, named after a noun, are the subject of a clause describing it ("the tools
/// *coordinators* use", "the skills *employers* want").
const CLAUSE_SUBJECTS: &[&str] = &[
    "employers",
    "coordinators",
    "pccs",
    "patients",
    "hospitals",
    "clinics",
    "recruiters",
    "managers",
    "people",
    "doctors",
    "nurses",
    "they",
    "most",
];

/// The thing a yes-or-no question asks whether it helps: "Does being *bilingual* help?",
/// "would a *psychology* degree matter". Only a thing named in a word or two: "does it help",
/// "would that help" name none.
fn thing_helping(tokens: &[String], stopwords: &HashSet<&str>) -> Option<String> {
    const HELPING: &[&str] = &["help", "helps", "matter", "matters"];
    const ASKING: &[&str] = &["does", "do", "would", "will", "could", "can"];
    const HAVING: &[&str] = &["being", "having", "knowing", "getting"];
    let at = tokens.iter().position(|t| HELPING.contains(&t.as_str()))?;
    let from = tokens[..at]
        .iter()
        .rposition(|t| ASKING.contains(&t.as_str()))?;
    let helper: Vec<&String> = tokens[from + 1..at]
        .iter()
        .filter(|t| !PHRASE_OPENERS.contains(&t.as_str()) && !HAVING.contains(&t.as_str()))
        .collect();
    if !(1..=2).contains(&helper.len()) {
        return None;
    }
    helper
        .last()
        .filter(|head| !stopwords.contains(head.as_str()))
        .map(|head| head.to_string())
}

/// Words of likeness: "is it the *same* as a medical assistant" asks of the things likened,
/// never of the likeness.
const LIKENESS: &[&str] = &["same", "similar", "alike", "different", "difference"];

/// The head of the thing a question asks to be told about: of the noun phrase after "what
/// is" ("what's 401k *vesting*", "what is the *salary* in canada"), "how much is" ("how much
/// is *rent* in sf") or after the action of "how do I …" ("how do I report a hipaa
/// *violation*").
fn thing_asked(
    tokens: &[String],
    how_to_action: Option<usize>,
    yes_or_no: bool,
    stopwords: &HashSet<&str>,
) -> Option<String> {
    if yes_or_no {
        if let Some(thing) = thing_helping(tokens, stopwords) {
            return Some(thing);
        }
    }
    let what_is = tokens
        .windows(2)
        .position(|w| {
            matches!(w[0].as_str(), "what" | "who") && matches!(w[1].as_str(), "is" | "are" | "s")
        })
        .map(|at| at + 2);
    // "How much is *rent* in sf": a price asked of the thing.
    let how_much_is = tokens
        .windows(3)
        .position(|w| {
            w[0] == "how" && w[1] == "much" && matches!(w[2].as_str(), "is" | "are" | "s")
        })
        .map(|at| at + 3);
    // "Do they get a company *car*?", "does it come with a *pension*?": whether one has a
    // thing is asked of the thing. Having a question ("I have a question. …") is no thing.
    let has_nothing = |i: usize| {
        const FEW: &[&str] = &[
            "a", "an", "another", "one", "two", "few", "couple", "of", "more", "quick", "small",
            "little", "simple",
        ];
        tokens[i + 1..]
            .iter()
            .find(|t| !FEW.contains(&t.as_str()))
            .is_some_and(|t| QUESTION.contains(&t.as_str()))
    };
    let possessed = yes_or_no
        .then(|| {
            tokens.iter().enumerate().find_map(|(i, t)| {
                if POSSESSING.contains(&t.as_str()) && !has_nothing(i) {
                    Some(i + 1)
                } else if t.starts_with("come") && tokens.get(i + 1).is_some_and(|n| n == "with") {
                    Some(i + 2)
                } else {
                    None
                }
            })
        })
        .flatten();
    // "Can I use *notes* in the exam?", "are we allowed to bring *food*": whether a thing is
    // permitted is asked of the thing.
    const PERMITTED: &[&str] = &["use", "bring", "wear"];
    let permitted = yes_or_no
        .then(|| {
            tokens.windows(3).position(|w| {
                PERMITTED.contains(&w[2].as_str())
                    && ((matches!(w[0].as_str(), "can" | "may" | "could")
                        && matches!(w[1].as_str(), "i" | "we" | "you" | "u"))
                        || (w[0] == "allowed" && w[1] == "to"))
            })
        })
        .flatten()
        .map(|at| at + 3);
    // "Is a *car* required?": whether a thing is needed is asked of the thing.
    let required = (yes_or_no
        && tokens.first().is_some_and(|t| t == "is" || t == "are")
        && tokens.iter().any(|t| {
            matches!(
                t.as_str(),
                "required" | "needed" | "necessary" | "mandatory"
            )
        }))
    .then_some(1);
    // "Is it hard on your *eyes*": what a job is hard on is what is asked about.
    let borne_by = tokens
        .windows(2)
        .position(|w| matches!(w[0].as_str(), "hard" | "tough" | "rough" | "easy") && w[1] == "on")
        .map(|at| at + 2);
    // After the action, a preposition may open its object ("file for unemployment").
    let after_action = how_to_action.map(|at| {
        let next = at + 1;
        if tokens
            .get(next)
            .is_some_and(|t| matches!(t.as_str(), "for" | "about" | "on"))
        {
            next + 1
        } else {
            next
        }
    });
    // The head: the phrase's last word ("main *responsibilities*", "401k *vesting*"); a
    // superlative stands for a noun left unsaid ("what's the *highest* a pcc can earn").
    let superlative = |w: &str| w.ends_with("est") || MOST.contains(&w) || LEAST.contains(&w);
    // A participle after the noun describes it ("the ielts *score* needed").
    const AFTER_THE_NOUN: &[&str] = &[
        "needed",
        "required",
        "necessary",
        "mandatory",
        "expected",
        "involved",
        // When, never what: "would a bachelor's help me get promoted *later*".
        "later",
        "eventually",
        "someday",
        "afterwards",
        "afterward",
    ];
    let mut span = noun_phrase_span(
        tokens,
        what_is
            .or(how_much_is)
            .or(after_action)
            .or(possessed)
            .or(permitted)
            .or(borne_by)
            .or(required)?,
    );
    // "The stressful *side of* being one": a part of a thing is asked of the thing.
    const PARTS: &[&str] = &["side", "sides", "part", "parts", "aspect", "aspects"];
    while span.end > span.start
        && PARTS.contains(&tokens[span.end - 1].as_str())
        && tokens.get(span.end).is_some_and(|t| t == "of")
    {
        span = noun_phrase_span(tokens, span.end + 1);
    }
    let phrase = &tokens[span];
    // So does an adverb, which says how, never what ("I get anxious *easily*").
    let described = phrase
        .iter()
        .rposition(|w| !AFTER_THE_NOUN.contains(&w.as_str()) && !is_adverb(w))
        .map_or(phrase, |last| &phrase[..=last]);
    described
        .last()
        .filter(|head| {
            !stopwords.contains(head.as_str())
                && !superlative(head)
                && !LIKENESS.contains(&head.as_str())
        })
        .cloned()
}

/// Whether a word is an adverb made of an English adjective: "quickly", "easily", "really";
/// not "family", "supply" or "italy".
fn is_adverb(word: &str) -> bool {
    let Some(base) = word.strip_suffix("ly").filter(|b| b.chars().count() >= 3) else {
        return false;
    };
    is_english(base)
        || base
            .strip_suffix('i')
            .is_some_and(|b| is_english(&format!("{b}y")))
}

/// Verbs of having or being given something ("do they *get* a company car").
const POSSESSING: &[&str] = &[
    "get", "gets", "have", "has", "receive", "receives", "offer", "offers", "provide", "provides",
    "give", "gives",
];

/// Whether "there" or "here" points at a place ("what does it pay there?") rather than
/// opening an existential ("is there demand?", "there are…").
fn points_back_to_a_place(tokens: &[String]) -> bool {
    const BE: &[&str] = &["is", "are", "was", "were", "s", "be", "been"];
    // "Will there *still* be jobs": words that may stand between an existential's "there" and
    // its verb.
    const BY_THE_WAY: &[&str] = &[
        "still",
        "really",
        "even",
        "always",
        "ever",
        "actually",
        "usually",
        "also",
        "gonna",
        "going",
        "to",
        "typically",
        "generally",
    ];
    tokens.iter().enumerate().any(|(i, t)| {
        // "…earn back home": home is where the asker said they are from.
        let back_home = t == "home" && i > 0 && tokens[i - 1] == "back";
        // "Are there remote gigs *out there*" asks whether they exist, anywhere.
        // "Is empathy important here", "why does it matter so much here": what counts in the
        // job, not in a place.
        const WEIGHED_IN_THE_JOB: &[&str] = &[
            "matter",
            "matters",
            "important",
            "useful",
            "helpful",
            "needed",
            "required",
            "valued",
            "relevant",
            "necessary",
            "count",
            "counts",
            "help",
            "helps",
            "essential",
            "crucial",
            "key",
        ];
        let weighed = t == "here"
            && tokens[..i]
                .iter()
                .rev()
                .find(|w| {
                    !matches!(
                        w.as_str(),
                        "so" | "much" | "that" | "really" | "very" | "most"
                    )
                })
                .is_some_and(|w| WEIGHED_IN_THE_JOB.contains(&w.as_str()));
        let pointing = !weighed
            && matches!(t.as_str(), "there" | "here")
            && !i
                .checked_sub(1)
                .is_some_and(|p| BE.contains(&tokens[p].as_str()) || tokens[p] == "out")
            && !tokens[i + 1..]
                .iter()
                .find(|n| !BY_THE_WAY.contains(&n.as_str()))
                .is_some_and(|n| BE.contains(&n.as_str()));
        back_home || pointing
    })
}

/// The phrase "how many …" counts ("job openings", "more years"), empty without one.
fn counted_phrase(tokens: &[String]) -> &[String] {
    tokens
        .windows(2)
        .position(|w| w[0] == "how" && w[1] == "many")
        .map_or(&[], |at| noun_phrase(tokens, at + 2))
}

/// What "how long is …" asks the length of ("the *training*", "the *lunch break*").
fn lasting_phrase(tokens: &[String]) -> &[String] {
    tokens
        .windows(3)
        .position(|w| {
            w[0] == "how" && w[1] == "long" && matches!(w[2].as_str(), "is" | "are" | "s")
        })
        .map_or(&[], |at| noun_phrase(tokens, at + 3))
}

/// What a price asked for is the price of: "how much does *epic training* cost", "the cost of
/// *a bachelor's*", "*cmaa exam* fees", "how expensive is *the course*".
fn priced_phrase(tokens: &[String]) -> Vec<String> {
    const AUX: &[&str] = &["does", "do", "is", "are", "s", "would", "will", "did"];
    let is_price = |t: &String| PRICE_NAMED.contains(&t.as_str());
    let asked_after = tokens
        .windows(3)
        .position(|w| {
            matches!(
                (w[0].as_str(), w[1].as_str()),
                ("how", "much") | ("how", "expensive")
            ) && AUX.contains(&w[2].as_str())
        })
        .map(|at| at + 3);
    let phrase: &[String] = if let Some(at) = asked_after {
        noun_phrase(tokens, at)
    } else if let Some(at) = tokens.iter().position(is_price) {
        if tokens
            .get(at + 1)
            .is_some_and(|t| matches!(t.as_str(), "of" | "for"))
        {
            noun_phrase(tokens, at + 2)
        } else {
            let start = tokens[..at]
                .iter()
                .rposition(|t| {
                    PHRASE_ENDS.contains(&t.as_str())
                        || PHRASE_OPENERS.contains(&t.as_str())
                        || matches!(t.as_str(), "what" | "s" | "whats" | "the" | "much")
                })
                .map_or(0, |i| i + 1);
            &tokens[start..at]
        }
    } else {
        &[]
    };
    phrase.iter().filter(|t| !is_price(t)).cloned().collect()
}

/// The number a word writes, for the small counts people spell out ("five years").
fn number_in(token: &str) -> Option<f32> {
    const SPELLED: &[&str] = &[
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen",
    ];
    token
        .parse::<f32>()
        .ok()
        .or_else(|| SPELLED.iter().position(|w| *w == token).map(|n| n as f32))
}

/// The career itself, or a job not named ("this", or a career noun: "in this role"), as the
/// asker tells what their years were spent in.
const THE_CAREER_ITSELF: &[&str] = &[
    "coordinator",
    "coordinators",
    "pcc",
    "pccs",
    "coordinating",
    "coordination",
    "patient",
    "care",
    "lead",
    "senior",
    "junior",
    "manager",
    "this",
    "that",
    "it",
    "one",
];

/// Whether the years just before were spent in a job other than the career: "I've been a
/// *cashier* for 3 years", "worked in *retail* for 5 years", "I've run a small *bakery* for 8
/// years", not "been a pcc for 5 years", "been doing this for 2 years", "been working for 3
/// years", "what do i make after four years" or "I have over 10 years of experience". The
/// clause is read from its verb of spending, or else from the "I've" or "we've" that spent
/// them: whatever they did, if it names anything but the career, was another job.
fn spent_in_another_job(before: &[String]) -> bool {
    const SPENDING: &[&str] = &[
        "been", "as", "worked", "working", "work", "works", "was", "were", "ive", "ve",
    ];
    // Within the clause the years close: not past a subject after it ("I work part time at
    // Target. I have 8 years as a coordinator" spent them as a coordinator), nor past the
    // time the verb spent ("I've been in customer service for 10 years. Ballpark salary after
    // 5 yrs?" asks of five years in the career).
    let Some(verb) = before
        .iter()
        .rposition(|t| SPENDING.contains(&t.as_str()))
        .filter(|&at| before.len() - at <= 10)
        .filter(|&at| {
            !before[at + 1..]
                .iter()
                .any(|t| matches!(t.as_str(), "i" | "we") || DURATION_UNITS.contains(&t.as_str()))
        })
    else {
        return false;
    };
    let between = &before[verb + 1..];
    !between
        .iter()
        .any(|t| THE_CAREER_ITSELF.contains(&t.as_str()) || CAREER_NOUNS.contains(&t.as_str()))
        && between
            .iter()
            .any(|t| !t.is_empty() && !STOPWORDS.contains(&t.as_str()) && number_in(t).is_none())
}

/// Whether years opening the message were spent in another job, told after them: "Twelve years
/// stocking shelves, …", "Ten years in logistics, …", "Fifteen years on the line as a cook".
/// What they were spent on follows at once, in a place ("in", "at", "on"), a role ("as") or a
/// doing ("stocking"), and names anything but the career in a few words; "ten years in the
/// field" and "over 10 years of experience" are the career's.
fn opening_years_spent_in_another_job(before: &[String], after: &[String]) -> bool {
    const OPENING: &[&str] = &[
        "spent", "i", "ive", "ve", "have", "had", "over", "almost", "nearly", "about", "after",
        "some", "like", "put", "in",
    ];
    const SPENT_ON: &[&str] = &["in", "as", "at", "on", "doing"];
    let Some(first) = after.first() else {
        return false;
    };
    let spent_on = SPENT_ON.contains(&first.as_str())
        || (first.len() > 4 && first.ends_with("ing") && first != "working");
    // The career is named at once ("as a coordinator", "doing this"); what else they were spent
    // on may take a few words more ("on the line as a cook"), up to where a question opens
    // ("ten years in the field, what pay").
    let named = || {
        after
            .iter()
            .skip(1)
            .take(5)
            .map(String::as_str)
            .take_while(|t| !YES_NO_OPENERS.contains(t) && !WH_OPENERS.contains(t))
    };
    before.iter().all(|t| OPENING.contains(&t.as_str()))
        && spent_on
        && !after
            .iter()
            .take(3)
            .any(|t| THE_CAREER_ITSELF.contains(&t.as_str()))
        && ((first.ends_with("ing") && first != "doing")
            || named().any(|t| {
                !t.is_empty()
                    && !STOPWORDS.contains(&t)
                    && !CAREER_NOUNS.contains(&t)
                    && number_in(t).is_none()
            }))
}

/// How many years of the career the asker has, when a question states it: "for 5 years",
/// "after 5 yrs", "my first 2 years" (half a year less: still inside them). A number of years
/// ahead ("in the next 10 years"), of age ("60 years old") or ago is not experience.
fn years_in(tokens: &[String]) -> Option<f32> {
    const AHEAD: &[&str] = &["next", "in", "within", "coming"];
    (0..tokens.len().saturating_sub(1)).find_map(|i| {
        if !matches!(tokens[i + 1].as_str(), "years" | "year") {
            return None;
        }
        let n = number_in(&tokens[i])?;
        let after = tokens.get(i + 2).map(String::as_str);
        let before = i.checked_sub(1).map(|b| tokens[b].as_str());
        // Someone else's years ("my mom was a nurse for 20 years") are not the asker's, nor
        // are a study's ("a four year degree").
        const STUDIES: &[&str] = &[
            "degree",
            "degrees",
            "program",
            "programs",
            "course",
            "courses",
            "college",
            "bachelor",
            "bachelors",
            "school",
            "university",
            "uni",
            "study",
            "plan",
        ];
        if matches!(after, Some("old" | "ago" | "from"))
            || after.is_some_and(|a| STUDIES.contains(&a))
            || before.is_some_and(|b| AHEAD.contains(&b))
            || told_of_someone_else(&tokens[..i])
            || spent_in_another_job(&tokens[..i])
            || opening_years_spent_in_another_job(&tokens[..i], &tokens[i + 2..])
        {
            return None;
        }
        Some(if before == Some("first") { n - 0.5 } else { n })
    })
}

/// Whether `words` say any of `phrases`, each as consecutive words.
fn says_any_of<S: AsRef<str>>(words: &[S], phrases: &[&[&str]]) -> bool {
    phrases.iter().any(|phrase| {
        words
            .windows(phrase.len())
            .any(|w| w.iter().map(AsRef::as_ref).eq(phrase.iter().copied()))
    })
}

/// Whether the words a question asks with (its context blanked) point back at the context:
/// "is that normal (for this job)", "could that help me", "is this a good fit", "spend on
/// something like that". "Is this a recession proof career" points at the career, and "says
/// that…" opens a clause. A "there" or "here" points back only when the question names no
/// place (`names_a_place`) of its own.
fn points_back(asking: &[String], names_a_place: bool) -> bool {
    const ASKING_VERBS: &[&str] = &[
        "is", "isn", "was", "are", "does", "doesn", "do", "did", "would", "could", "will", "can",
        "should", "mean", "about",
    ];
    const PREPOSITIONS: &[&str] = &[
        "for", "in", "as", "at", "to", "with", "of", "on", "from", "when", "if",
    ];
    const THE_CAREER: &[&str] = &[
        "job", "jobs", "role", "roles", "career", "careers", "field", "position", "work", "one",
        "kind", "type", "industry", "path", "line", "patient",
    ];
    let words: Vec<&str> = asking
        .iter()
        .map(String::as_str)
        .filter(|t| !t.is_empty())
        .collect();
    // "…AI is going to take over admin jobs. Should I be worried?": a fear asked about is
    // the one just told.
    const FEARING: &[&str] = &[
        "worried",
        "worry",
        "concerned",
        "scared",
        "afraid",
        "nervous",
    ];
    if words.iter().any(|w| FEARING.contains(w)) {
        return true;
    }
    // "…I can't keep up with the workload. Normal?": a judgement with nothing named to judge
    // is of what was told.
    const JUDGED: &[&str] = &[
        "normal", "common", "typical", "usual", "unusual", "standard",
    ];
    let mut named = words.iter().filter(|w| !STOPWORDS.contains(w)).peekable();
    if named.peek().is_some() && named.all(|w| JUDGED.contains(w)) {
        return true;
    }
    // "I've been a pcc 3 yrs and feel stuck. What are my options?": advice sought with
    // nothing named is advice on what was told.
    // Said at the end only: "what do I do if a patient yells" names what it asks about.
    const SEEKING_ADVICE: &[&[&str]] = &[
        &["my", "options"],
        &["should", "i", "do"],
        &["do", "i", "do"],
        &["what", "now"],
        &["go", "from", "here"],
    ];
    if SEEKING_ADVICE.iter().any(|phrase| words.ends_with(phrase)) {
        return true;
    }
    // "…deciding between an associate degree and a bachelor's. Which one makes more sense?":
    // a choice asked with nothing named is a choice among what was told.
    const CHOOSING: &[&[&str]] = &[
        &["which", "one"],
        &["which", "of"],
        &["which", "is", "better"],
        &["which", "should"],
        &["which", "would"],
        &["either", "one"],
    ];
    // "Epic or Cerner, which should I learn?" names its own choices.
    let names_its_choices = words.iter().any(|w| matches!(*w, "or" | "vs" | "versus"));
    if says_any_of(&words, CHOOSING) && !names_its_choices {
        return true;
    }
    // "I only have a GED. Can I still get hired?", "would a clinic still take me": "still"
    // asks despite what was told, of the asker. "Do leads still see patients" asks whether
    // a thing goes on.
    const THE_ASKER: &[&str] = &["i", "me", "my", "im", "ive", "id"];
    if words.contains(&"still") && words.iter().any(|w| THE_ASKER.contains(w)) {
        return true;
    }
    // "I work the front desk at a dental office. What's the difference between what I do and
    // what a PCC does?": the asker's own work or past is what they told.
    const ONESELF: &[&[&str]] = &[
        &["what", "i", "do"],
        &["what", "i", "m", "doing"],
        &["what", "im", "doing"],
        &["from", "mine"],
        &["than", "mine"],
        &["to", "mine"],
        &["like", "mine"],
        &["my", "job"],
        &["my", "current", "job"],
        &["my", "role"],
        &["my", "current", "role"],
        &["my", "experience"],
        &["my", "background"],
    ];
    if says_any_of(&words, ONESELF) {
        return true;
    }
    // "I volunteer at a hospice. Do places like that hire?": a likeness to "that" is to what
    // was told ("like this" is mostly the career: "a job like this").
    if says_any_of(&words, &[&["like", "that"], &["like", "those"]]) {
        return true;
    }
    // "I burned out as a server because of the pace. Is this job as exhausting?": a likeness
    // with nothing named to be like is to what was told. ("More money" or "less pay" at the
    // end is an amount, not a likeness.)
    let compares_to_nothing_named = !words.iter().any(|w| matches!(*w, "than" | "to" | "with"))
        && words.len() >= 2
        && words[words.len() - 2] == "as"
        && !STOPWORDS.contains(&words[words.len() - 1]);
    if compares_to_nothing_named {
        return true;
    }
    // "i want grow to manager, what way": a bare question of a word or three that names
    // nothing ("how?", "which way") asks about all that was told. (A longer one may say its
    // subject in a thesaurus phrase: "what will I actually be doing".)
    if (1..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| STOPWORDS.contains(w) || matches!(*w, "way" | "ways"))
    {
        return true;
    }
    // "I live in a big city. Are there lots of jobs around here?": the place is the one told.
    if !names_a_place && points_back_to_a_place(asking) {
        return true;
    }
    // "Is this just how the job is": "this" is what was told, and "how" opens a clause of
    // its own.
    const CLAUSE_OPENERS: &[&str] = &["how", "what", "why", "where", "when"];
    let last = words.len().saturating_sub(1);
    (1..words.len()).any(|i| {
        let asked_by = words[i - 1];
        // "For this" at the end is mostly the career ("do I need college for this"); "over
        // this", "because of this" are what was told.
        // "How do coordinators handle this", "…deal with that" ask how to meet what was told.
        let ends_the_question = i == last
            && matches!(
                asked_by,
                "like" | "over" | "of" | "about" | "from" | "with" | "handle" | "manage"
            );
        // "What does a pcc do *that* a nurse doesn't": "that" opening a clause with a verb
        // of its own points at nothing ("is that a normal part of it" does).
        const ITS_OWN_VERB: &[&str] = &["dont", "doesnt", "don", "doesn", "do", "does", "cant"];
        let opens_a_clause = words[i] == "that"
            && words[i + 1..]
                .iter()
                .take(4)
                .any(|w| ITS_OWN_VERB.contains(w));
        // "Do those cost much" points back; "do these coordinators earn much" names: after a
        // plural, a verb takes no -s and a noun does, or is a plural without one ("do these
        // people make good money").
        const PLURALS_WITHOUT_S: &[&str] = &[
            "people",
            "ppl",
            "men",
            "women",
            "children",
            "staff",
            "personnel",
            "folk",
        ];
        let a_pronoun = match words[i] {
            "that" if opens_a_clause => false,
            "that" | "this" => true,
            "those" | "these" => words
                .get(i + 1)
                .is_none_or(|next| !next.ends_with('s') && !PLURALS_WITHOUT_S.contains(next)),
            _ => false,
        };
        // "Do I need college to *do this*", "can I do this without a degree": "do" after its
        // subject or "to" is the verb of doing, and "this" done is the career ("would I have
        // to do *that* a lot" is what was told).
        const DOERS: &[&str] = &[
            "to", "i", "you", "u", "we", "they", "can", "could", "would", "will", "should", "cant",
            "still",
        ];
        let doing_it =
            words[i] == "this" && asked_by == "do" && i >= 2 && DOERS.contains(&words[i - 2]);
        a_pronoun
            && !doing_it
            && (ASKING_VERBS.contains(&asked_by) || ends_the_question)
            && !words[i + 1..]
                .iter()
                .take(4)
                .take_while(|next| !PREPOSITIONS.contains(next) && !CLAUSE_OPENERS.contains(next))
                .any(|next| THE_CAREER.contains(next))
    })
}

/// The last two words before a name, past any article: what says how the name is reached.
fn last_two_before(before: &[String]) -> (Option<&str>, Option<&str>) {
    let mut words = before
        .iter()
        .rev()
        .map(String::as_str)
        .filter(|w| !matches!(*w, "a" | "an" | "the"));
    (words.next(), words.next())
}

/// Whether the words before a name say the asker aims at it: "want to be a", "become", "move
/// up to", "get promoted to".
fn aims_at(before: &[String]) -> bool {
    matches!(
        last_two_before(before),
        (Some("become" | "becoming"), _)
            | (Some("be"), Some("to" | "wanna"))
            | (
                Some("to"),
                Some("up" | "promoted" | "move" | "moving" | "get" | "advance")
            )
    )
}

/// Whether the words before a career's name say the asker aims at it, as at a level, or
/// turns to it: "going into", "switch to".
fn aims_at_a_career(before: &[String]) -> bool {
    aims_at(before)
        || matches!(
            last_two_before(before),
            (Some("into"), _)
                | (
                    Some("to"),
                    Some("switch" | "switching" | "move" | "moving" | "change" | "changing")
                )
        )
}

/// Whether the level named at `at` (`len` words) is one the asker will have reached ("once
/// I'm a senior", "when you become lead") before asking what comes next ("…what's next",
/// "…where do I go from there").
fn reached_then_asked_past(tokens: &[String], at: usize, len: usize) -> bool {
    const REACHING: &[&str] = &[
        "im", "m", "am", "ur", "your", "youre", "re", "are", "become", "becoming", "reach",
        "reached", "hit", "make", "made", "get", "got",
    ];
    const WHEN: &[&str] = &["once", "when", "after", "if"];
    let before: Vec<&str> = tokens[..at]
        .iter()
        .rev()
        .map(String::as_str)
        .filter(|w| !matches!(*w, "a" | "an" | "the" | "to"))
        .take(4)
        .collect();
    // "I'm a lead now", "I just made senior": a level held already is reached too.
    const HOLDING: &[&str] = &["im", "m", "am", "made", "reached"];
    let reached = before.first().is_some_and(|w| REACHING.contains(w))
        && (before.iter().any(|w| WHEN.contains(w))
            || before.first().is_some_and(|w| HOLDING.contains(w)));
    let after: Vec<&str> = tokens[at + len..].iter().map(String::as_str).collect();
    // "Next" that asks where to, not "what should I learn next".
    let asks_past = after.iter().any(|w| matches!(*w, "promotion" | "promoted"))
        || after.windows(2).any(|w| {
            matches!(
                w,
                ["whats" | "what" | "is" | "go" | "comes" | "move", "next"]
                    | [
                        "next",
                        "step" | "level" | "rung" | "move" | "role" | "position" | "title"
                    ]
                    | ["then", "what"]
                    | ["from" | "beyond", "there" | "here"]
                    | ["after", "that"]
                    | ["move" | "go" | "moving", "up"]
            )
        });
    reached && asks_past
}

/// Whether the career named at `at` is one worked beside: after "with" or "alongside", but
/// not "compared with".
fn works_beside(tokens: &[String], at: usize) -> bool {
    let before: Vec<&String> = tokens[..at]
        .iter()
        .rev()
        .filter(|t| !matches!(t.as_str(), "the" | "other" | "their"))
        .take(2)
        .collect();
    match before.as_slice() {
        [_, weighing, ..] if WEIGHING.contains(&weighing.as_str()) => false,
        [with, ..] => matches!(with.as_str(), "with" | "alongside"),
        _ => false,
    }
}

/// Whether `words[i]` is "lead" the verb ("can this job lead to residency", "sometimes lead
/// to direct referrals", "grants for minorities who want to lead in healthcare", "learn to
/// lead a team"), not the lead level ("promoted to lead").
fn is_lead_the_verb(words: &[String], i: usize) -> bool {
    // Wanting or learning to lead is leading; moving up to lead is the level.
    const AIMING: &[&str] = &[
        "want", "wants", "wanted", "wanting", "how", "learn", "learning", "able", "like", "love",
        "hope", "hoping", "aspire", "aspiring", "ready",
    ];
    const LED: &[&str] = &[
        "team",
        "teams",
        "people",
        "others",
        "projects",
        "initiatives",
    ];
    if words[i] != "lead" {
        return false;
    }
    let next = words.get(i + 1).map(String::as_str);
    let wants_to_lead = i >= 2
        && words[i - 1] == "to"
        && AIMING.contains(&words[i - 2].as_str())
        && !next.is_some_and(|n| matches!(n, "coordinator" | "pcc" | "role"));
    // "Lead a team", "lead people"; not "is lead a good level".
    let led = |at: usize| words.get(at).is_some_and(|w| LED.contains(&w.as_str()));
    next == Some("to") || wants_to_lead || led(i + 1) || (next == Some("a") && led(i + 2))
}

/// Kin a step-parent brings ("step-dad", "stepsister").
const STEPKIN: &[&str] = &[
    "mom",
    "mum",
    "mother",
    "dad",
    "father",
    "parent",
    "parents",
    "sister",
    "sisters",
    "brother",
    "brothers",
    "son",
    "sons",
    "daughter",
    "daughters",
    "kid",
    "kids",
    "child",
    "children",
    "sibling",
    "siblings",
];

/// "my sister-in-law", "asking for my step-dad": kin by marriage, or a step-parent's, are kin
/// for what the question asks, and read as the kin word alone ("sister", "stepdad"). Split at the
/// hyphens, "law" was searched and matched the guide's employment laws, and "step" its steps to
/// becoming a coordinator. "-in-law" is dropped after any word (only kin take it); "step-" is
/// joined only before a kin word, so "step-by-step" stays.
fn kin_compounds_as_kin(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    // Most messages hold neither compound: then the text is kept as it is, unscanned.
    if !lower.contains("-in-law") && !lower.contains("step-") {
        return text.to_string();
    }
    let mut kept = String::with_capacity(text.len());
    let mut at = 0;
    while at < text.len() {
        let rest = &lower[at..];
        let after_a_word = text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic);
        let word_starts = !after_a_word;
        if after_a_word && rest.starts_with("-in-law") {
            at += "-in-law".len();
            continue;
        }
        if word_starts && rest.starts_with("step-") {
            let kin = rest["step-".len()..]
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or_default();
            if STEPKIN.contains(&kin) {
                kept.push_str(&text[at..at + "step".len()]);
                at += "step-".len();
                continue;
            }
        }
        let next = text[at..].chars().next().map_or(1, char::len_utf8);
        kept.push_str(&text[at..at + next]);
        at += next;
    }
    kept
}

/// Verbs telling what someone says or thinks ("my sister says…", "she thinks…"): what follows is
/// the asker's worry, not only the other's business.
const SAYING: &[&str] = &[
    "says",
    "said",
    "say",
    "told",
    "tells",
    "thinks",
    "thought",
    "recommended",
    "suggested",
];

/// A chunk of a sentence as a word of ASCII letters, lower-cased: "I'm" is "im", "dad's" "dads".
fn letters_of(chunk: &str) -> String {
    chunk
        .chars()
        .filter(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_lowercase()
}

/// A sentence the asker tells of themselves, split where it turns to someone else ("I'm
/// looking after my husband | since his knee replacement."), if it does. Searched as told, the
/// other's words ("replacement") pulled the answer towards the guide's AI that will not replace
/// coordinators.
fn split_at_someone_else(sentence: &str) -> Option<(&str, &str)> {
    const SOMEONE_ELSE: &[&str] = &[
        "his", "her", "their", "he", "she", "they", "hes", "shes", "theyre",
    ];
    // Only a sentence the asker tells of themselves, and not one telling what someone says or
    // thinks ("…and she thinks it's a dead end" is the asker's worry).
    let told_of_oneself = sentence
        .split_whitespace()
        .next()
        .is_some_and(|first| matches!(letters_of(first).as_str(), "i" | "im" | "ive" | "id"));
    if !told_of_oneself
        || sentence
            .split_whitespace()
            .any(|w| SAYING.contains(&letters_of(w).as_str()))
    {
        return None;
    }
    let chunks: Vec<&str> = sentence.split_inclusive(char::is_whitespace).collect();
    let mut offset = 0;
    for (i, chunk) in chunks.iter().enumerate() {
        let word = letters_of(chunk);
        // "his", "she"; or "my husband", whom the asker looks after, or "my mum's", whose
        // appointments they manage.
        let turns = SOMEONE_ELSE.contains(&word.as_str())
            || (word == "my"
                && chunks
                    .get(i + 1)
                    .is_some_and(|next| is_someone_else(&letters_of(without_possessive(next)))));
        if offset > 0 && turns {
            return Some((&sentence[..offset], &sentence[offset..]));
        }
        offset += chunk.len();
    }
    None
}

/// A word without the possessive it ends in ("mum's" → "mum").
fn without_possessive(chunk: &str) -> &str {
    let word = chunk.trim_end_matches(|c: char| !c.is_alphanumeric());
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .unwrap_or(word)
}

/// Whether the asker's part of a telling that turns to someone else only says how they stand by
/// the other ("I'm supporting | my partner…", "I'm looking after | my grandson…", "I manage | my
/// mum's oncology appointments"): one verb, in "-ing" or said by "I" of themselves, with nothing
/// of the asker's own. Read as the asker's, "manage" drew the guides' manager level.
fn only_stands_by(the_askers: &str) -> bool {
    const BESIDE: &[&str] = &[
        "i",
        "im",
        "ive",
        "am",
        "m",
        "been",
        "currently",
        "still",
        "now",
        "just",
        "also",
        "for",
        "after",
        "with",
    ];
    let words: Vec<String> = the_askers
        .split_whitespace()
        .map(letters_of)
        .filter(|w| !w.is_empty() && !BESIDE.contains(&w.as_str()))
        .collect();
    let said_by_i = the_askers
        .split_whitespace()
        .next()
        .is_some_and(|first| letters_of(first) == "i");
    matches!(words.as_slice(), [verb] if verb.ends_with("ing") || said_by_i)
}

/// People the asker may tell about: what they are or do is theirs, not the asker's.
#[rustfmt::skip]
const OTHER_PEOPLE: &[&str] = &[
    "wife", "husband", "spouse", "partner", "sister", "brother", "sis", "bro", "mom", "mum",
    "mother", "dad", "father", "parent", "parents", "friend", "friends", "cousin", "aunt",
    "uncle", "bf", "gf", "boyfriend", "girlfriend", "son", "daughter", "roommate", "roomie",
    "flatmate", "housemate", "coworker",
    "coworkers", "neighbor", "neighbour", "bestie", "bff", "grandma", "grandpa", "niece",
    "nephew", "fiance", "fiancee", "mate", "mates", "buddy", "pal", "colleague", "colleagues",
    "classmate",
    // Children ("my kids just left for college": their college is not the asker's).
    "kid", "kids", "child", "children", "sons", "daughters", "teen", "teens", "teenager",
    "teenagers",
];

/// Whether a word names someone other than the asker: one of `OTHER_PEOPLE`, or step-kin,
/// god-kin or grand-kin written as one word ("stepbrother", "godmother", "granddaughter").
fn is_someone_else(word: &str) -> bool {
    OTHER_PEOPLE.contains(&word)
        || ["step", "god", "grand"].iter().any(|prefix| {
            word.strip_prefix(prefix)
                .is_some_and(|kin| STEPKIN.contains(&kin) || OTHER_PEOPLE.contains(&kin))
        })
}

/// Whether what follows `before` is said of the asker: "I'm a CNA", "I was a medical
/// assistant", "been a scribe for two years".
fn is_the_askers(before: &[String]) -> bool {
    const BETWEEN: &[&str] = &["a", "an", "currently", "still", "now", "just", "also"];
    before
        .iter()
        .rev()
        .find(|w| !BETWEEN.contains(&w.as_str()))
        .is_some_and(|w| matches!(w.as_str(), "im" | "am" | "m" | "was" | "been"))
}

/// Whether the words before a place say the asker has moved away from it: "we just moved
/// from Brazil", "I moved here from Canada", "I'm originally from Germany", "moving from the UK
/// to Canada". "I'm from Canada" says where they are as often as where they were, and stays
/// where they are.
fn moved_away_from(before: &[String]) -> bool {
    the_move_away(before).is_some()
}

/// Where, in the words before a place the asker moved away from, the move is said ("I *moved*
/// here from Canada").
fn the_move_away(before: &[String]) -> Option<usize> {
    const MOVING: &[&str] = &[
        "moved",
        "moving",
        "move",
        "came",
        "relocated",
        "relocating",
        "immigrated",
        "emigrated",
        "originally",
        "arrived",
        "arriving",
    ];
    let mut words = before
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, t)| !ARTICLES.contains(&t.as_str()));
    if words.next().map(|(_, t)| t.as_str()) != Some("from") {
        return None;
    }
    words
        .take(3)
        .find(|(_, t)| MOVING.contains(&t.as_str()))
        .map(|(at, _)| at)
}

/// Whether the words before a name tell it of someone other than the asker: "my wife works
/// nights as a *nurse*", "she is a *medical assistant*". The nearest subject decides, so "my
/// mom says I'd make a good *nurse*" is the asker's, as is what someone said ("my friend says
/// *nurses* make more").
fn told_of_someone_else(before: &[String]) -> bool {
    for (k, word) in before.iter().enumerate().rev().take(8) {
        match word.as_str() {
            "i" | "im" | "me" | "ive" | "id" | "ill" => return false,
            // What they said is what the asker asks about ("my friend says nurses make more").
            "says" | "said" | "say" | "thinks" | "thought" | "told" | "tells" | "claims" => {
                return false
            }
            "she" | "he" | "shes" | "hes" => return true,
            w if is_someone_else(w) => {
                return k
                    .checked_sub(1)
                    .is_some_and(|p| POSSESSIVES.contains(&before[p].as_str()))
            }
            _ => {}
        }
    }
    false
}

/// Whether the level named at `at` (of `len` words) is one of a job in another trade: held at a
/// place that is no healthcare setting ("a manager at a fast food place", "a shift lead at
/// Target") or named by its trade ("a store manager", "a shift lead"). Told of oneself, it is
/// no level of the guides' career. `names_a_career` says whether the token at an index is a
/// word of a guide's title ("a manager at a coordinator agency" is held in the career).
fn a_level_in_another_trade(
    tokens: &[String],
    at: usize,
    len: usize,
    names_a_career: impl Fn(usize) -> bool,
) -> bool {
    const TRADES: &[&str] = &[
        "store",
        "shift",
        "retail",
        "restaurant",
        "shop",
        "assistant",
        "general",
        "sales",
        "district",
        "regional",
        "branch",
        "floor",
        "kitchen",
        "warehouse",
        "food",
        "bar",
        "hotel",
        "bank",
        "construction",
        "project",
        "product",
        "marketing",
        "account",
    ];
    const HEALTHCARE_SETTINGS: &[&str] = &[
        "clinic",
        "clinics",
        "hospital",
        "hospitals",
        "practice",
        "office",
        "center",
        "centre",
        "facility",
        "healthcare",
        "health",
        "medical",
        "care",
        "dental",
        "patient",
        "patients",
    ];
    let trade_named = at
        .checked_sub(1)
        .is_some_and(|p| TRADES.contains(&tokens[p].as_str()));
    let after = (at + len).min(tokens.len());
    let held_elsewhere = tokens
        .get(after)
        .is_some_and(|t| matches!(t.as_str(), "at" | "for"))
        && (after + 1..tokens.len())
            .filter(|&k| !ARTICLES.contains(&tokens[k].as_str()))
            .take(3)
            .all(|k| !HEALTHCARE_SETTINGS.contains(&tokens[k].as_str()) && !names_a_career(k));
    trade_named || held_elsewhere
}

/// Whether a question asks whether an age rules one out ("am I too old", "is it too late at
/// 50", "is there an age limit"): only a stated age answers it.
fn asks_about_age(tokens: &[String]) -> bool {
    const AGE_PHRASES: &[&[&str]] = &[
        &["too", "old"],
        &["too", "young"],
        &["too", "late"],
        &["at", "my", "age"],
        &["someone", "my", "age"],
        &["people", "my", "age"],
        &["age", "limit"],
        &["age", "requirement"],
        &["minimum", "age"],
    ];
    says_any_of(tokens, AGE_PHRASES)
}

/// Whether the words a question asks with (its context blanked) ask about the asker's own
/// surroundings ("near me", "the nearest hospital") or own past ("why did my application get
/// rejected"): the guides describe the career, not where the asker is or what befell them.
fn about_the_asker(asking: &[String]) -> bool {
    const SURROUNDINGS: &[&[&str]] = &[
        &["near", "me"],
        &["nearest"],
        &["nearby"],
        &["in", "my", "area"],
        &["around", "me"],
        &["near", "my"],
    ];
    let words: Vec<&str> = asking
        .iter()
        .map(String::as_str)
        .filter(|t| !t.is_empty())
        .collect();
    // "The closest clinic" is a place near the asker; "who will I work closest with" is not.
    let closest_place = words
        .iter()
        .enumerate()
        .any(|(i, w)| *w == "closest" && words.get(i + 1).is_none_or(|next| *next != "with"));
    let near = closest_place || says_any_of(&words, SURROUNDINGS);
    let own_past = words.windows(3).any(|w| {
        w[0] == "why"
            && matches!(w[1], "did" | "was" | "didn" | "didnt" | "wasn" | "wasnt")
            && matches!(w[2], "my" | "i")
    });
    near || own_past
}

/// Whether a question asks when one reaches something ("when do you become a lead", "at what
/// point can I be senior"): the answer is how long it takes.
fn asks_when_one_becomes(tokens: &[String]) -> bool {
    const REACHING: &[&str] = &["become", "becoming", "be", "get", "reach", "make"];
    let asks_when = tokens.first().is_some_and(|t| t == "when")
        || tokens.windows(3).any(|w| w == ["at", "what", "point"]);
    asks_when && tokens.iter().any(|t| REACHING.contains(&t.as_str()))
}

/// What the guides break pay down by, besides the levels and countries they name: asked
/// which of these pays most, they answer.
const PAY_DIMENSIONS: &[&str] = &[
    "level",
    "levels",
    "position",
    "positions",
    "role",
    "roles",
    "job",
    "jobs",
    "title",
    "titles",
    "country",
    "countries",
    "city",
    "cities",
    "specialty",
    "specialties",
    "setting",
    "settings",
    "area",
    "areas",
    "place",
    "places",
    "region",
    "regions",
    "one",
    "experience",
];

/// The phrase naming the thing a question asks which kind of pays most ("which *hospital*
/// pays pccs the most", "which *state* pays best", "the best paying *hospital*"), empty when
/// it asks no such thing.
fn pay_ranked_by(tokens: &[String]) -> &[String] {
    const PAYING: &[&str] = &["pays", "pay", "paid", "earn", "earns", "salary", "salaries"];
    const RANKING: &[&str] = &["most", "more", "best", "highest", "better", "top"];
    // "The best paying hospital": the ranking said before what it ranks.
    if let Some(at) = tokens.windows(2).position(|w| {
        RANKING.contains(&w[0].as_str()) && matches!(w[1].as_str(), "paying" | "paid")
    }) {
        return noun_phrase(tokens, at + 2);
    }
    let Some(which) = tokens.iter().position(|t| t == "which") else {
        return &[];
    };
    let ranked = tokens
        .iter()
        .skip(which)
        .any(|t| RANKING.contains(&t.as_str()))
        && tokens
            .iter()
            .skip(which)
            .any(|t| PAYING.contains(&t.as_str()));
    if !ranked {
        return &[];
    }
    let phrase = noun_phrase(tokens, which + 1);
    let length = phrase
        .iter()
        .take_while(|t| !PAYING.contains(&t.as_str()) && !RANKING.contains(&t.as_str()))
        .count();
    &phrase[..length]
}

/// Words asking for the drawback of something ("the downside of the pay", "what's the catch"):
/// no figure answers them, even of pay.
const DRAWBACK_ASKED: &[&str] = &[
    "downside",
    "downsides",
    "drawback",
    "drawbacks",
    "cons",
    "catch",
];

/// Words asking about what comes with pay beyond it ("what benefits do they get", "pto"): no
/// figure answers them.
const BENEFITS_ASKED: &[&str] = &[
    "benefits",
    "benefit",
    "perks",
    "perk",
    "pto",
    "401k",
    "401",
    "vacation",
    "retirement",
    "pension",
];

/// Words that ask for a rate.
const RATES: &[&str] = &["rate", "rates", "percentage", "percent"];

/// What a rate asked for is a rate of: "the *turnover* rate", "the rate of *growth*".
fn rated_phrase(tokens: &[String]) -> &[String] {
    let Some(at) = tokens.iter().position(|t| RATES.contains(&t.as_str())) else {
        return &[];
    };
    if tokens.get(at + 1).is_some_and(|t| t == "of") {
        return noun_phrase(tokens, at + 2);
    }
    // "What percent growth": the rate comes before what it is of.
    if at > 0 && matches!(tokens[at - 1].as_str(), "what" | "which" | "a" | "the") {
        let after = noun_phrase(tokens, at + 1);
        if !after.is_empty() {
            return after;
        }
    }
    let start = tokens[..at]
        .iter()
        .rposition(|t| {
            PHRASE_ENDS.contains(&t.as_str())
                || PHRASE_OPENERS.contains(&t.as_str())
                || matches!(t.as_str(), "what" | "s" | "whats" | "the")
        })
        .map_or(0, |i| i + 1);
    &tokens[start..at]
}

/// Whether the question asks what is wrong with something ("the downside of the pay", "the
/// worst part about the pay", "what's the catch").
fn asks_a_drawback(tokens: &[String]) -> bool {
    tokens.iter().any(|t| DRAWBACK_ASKED.contains(&t.as_str()))
        || tokens.windows(2).any(|w| {
            matches!(w[0].as_str(), "worst" | "bad" | "hardest")
                && matches!(w[1].as_str(), "thing" | "things" | "part" | "parts")
        })
}

/// "How many years until senior" counts time; "how many patients a day" counts patients.
fn counts_time(tokens: &[String]) -> bool {
    counted_phrase(tokens)
        .first()
        .is_some_and(|w| DURATION_UNITS.contains(&w.as_str()))
}

/// The words that say when something happened: "last year", "this summer", "in the fall",
/// "three years ago", "recently". A number of years not before "ago" is how long ("a CNA for
/// three years"), not when.
fn told_when(tokens: &[String]) -> HashSet<&str> {
    const SEASONS: &[&str] = &["spring", "summer", "fall", "autumn", "winter", "semester"];
    const WHICH: &[&str] = &["last", "this", "next", "past"];
    let is = |i: usize, words: &[&str]| tokens.get(i).is_some_and(|t| words.contains(&t.as_str()));
    let mut when = HashSet::new();
    for i in 0..tokens.len() {
        // "I'm 51 and recently divorced.": how lately it happened.
        if is(i, &["recently", "lately", "newly"]) {
            when.insert(tokens[i].as_str());
        }
        let unit = is(i, DURATION_UNITS) || is(i, &["yr", "yrs"]);
        if is(i, WHICH) && (is(i + 1, DURATION_UNITS) || is(i + 1, SEASONS)) {
            when.extend([tokens[i].as_str(), tokens[i + 1].as_str()]);
        } else if is(i, SEASONS) && i > 0 && is(i - 1, &["the", "in", "since"]) {
            when.insert(tokens[i].as_str());
        } else if unit && is(i + 1, &["ago"]) {
            when.insert(tokens[i].as_str());
            if i > 0 && number_in(&tokens[i - 1]).is_some() {
                when.insert(tokens[i - 1].as_str());
            }
        }
    }
    when
}

/// Whether a told word only says how many, how much or when: a number, a month, "under".
fn counts_or_dates(word: &str) -> bool {
    const MONTHS: &[&str] = &[
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ];
    number_in(word).is_some()
        || COUNT_WORDS.contains(&word)
        || MONTHS.contains(&word)
        || word == "under"
}

/// Number words that state a count ("six steps"); "a" and "one" state none.
const COUNT_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "dozen",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
];

impl AnswerType {
    pub const ALL: [AnswerType; 13] = [
        AnswerType::Duration,
        AnswerType::Amount,
        AnswerType::Requirement,
        AnswerType::Place,
        AnswerType::Count,
        AnswerType::Names,
        AnswerType::Person,
        AnswerType::Reason,
        AnswerType::Method,
        AnswerType::Source,
        AnswerType::Clock,
        AnswerType::Age,
        AnswerType::Comparison,
    ];

    /// Whether the looser bonus applies: a requirement is said many ways, and a list named
    /// says less of an answer than a figure stated. The people named are the answer to "who",
    /// as a figure is to "how much".
    pub fn is_loose(self) -> bool {
        matches!(
            self,
            AnswerType::Requirement
                | AnswerType::Names
                | AnswerType::Reason
                | AnswerType::Method
                | AnswerType::Comparison
        )
    }

    /// Whether `text` states a fact of this type ("6-24 months", "over a year"; "$40,000", "£25k").
    pub fn found_in(self, text: &str) -> bool {
        match self {
            AnswerType::Duration => {
                let folded = crate::text::fold(text);
                let tokens: Vec<&str> = words(&folded).collect();
                tokens.windows(2).any(|w| {
                    DURATION_UNITS.contains(&w[1])
                        && (w[0].chars().all(|c| c.is_ascii_digit())
                            || NUMBER_WORDS.contains(&w[0]))
                })
            }
            AnswerType::Amount => {
                // "A few hundred dollars" is a sum written out.
                const CURRENCIES: &[&str] = &["dollars", "pounds", "euros"];
                const MAGNITUDES: &[&str] = &["hundred", "thousand", "million"];
                let folded = crate::text::fold(text);
                let tokens: Vec<&str> = words(&folded).collect();
                text.contains(['$', '£', '€'])
                    || words(text).any(|w| {
                        let digits = w.trim_end_matches(['k', 'K']);
                        w.len() > digits.len()
                            && !digits.is_empty()
                            && digits.chars().all(|c| c.is_ascii_digit())
                    })
                    || tokens.windows(2).any(|w| {
                        CURRENCIES.contains(&w[1])
                            && (MAGNITUDES.contains(&w[0])
                                || w[0].chars().all(|c| c.is_ascii_digit()))
                    })
            }
            AnswerType::Requirement => {
                let folded = crate::text::fold(text);
                let tokens: Vec<&str> = words(&folded).collect();
                // "Obtain necessary pre-authorizations" describes the paperwork; "necessary to
                // capture", "is necessary" require something of the coordinator.
                let describes_a_thing = |i: usize| {
                    tokens[i] == "necessary"
                        && tokens
                            .get(i + 1)
                            .is_some_and(|next| !matches!(*next, "to" | "for" | "in" | "and"))
                };
                tokens.iter().enumerate().any(|(i, w)| {
                    REQUIREMENT_STATED
                        .iter()
                        .any(|stated| w.starts_with(stated))
                        && !REQUIREMENT_DESCRIBED.contains(w)
                        && !describes_a_thing(i)
                })
            }
            AnswerType::Place => {
                let folded = crate::text::fold(text);
                let stated = words(&folded).any(|w| SETTINGS.contains(&w) || LISTINGS.contains(&w));
                stated
            }
            AnswerType::Count => {
                let folded = crate::text::fold(text);
                let stated = words(&folded)
                    .any(|w| w.chars().any(|c| c.is_ascii_digit()) || COUNT_WORDS.contains(&w));
                stated
            }
            AnswerType::Names => names_things(text),
            AnswerType::Method => states_a_way(text),
            AnswerType::Age => {
                let lower = text.to_lowercase();
                ["years old", "year old", "age of", "aged ", "years of age"]
                    .iter()
                    .any(|said| lower.contains(said))
            }
            AnswerType::Clock => {
                let folded = crate::text::fold(text);
                let tokens: Vec<&str> = words(&folded).collect();
                let stated = tokens.windows(2).any(|w| {
                    w[0].chars().all(|c| c.is_ascii_digit()) && matches!(w[1], "am" | "pm")
                }) || tokens
                    .iter()
                    .any(|w| matches!(*w, "noon" | "midnight" | "oclock"));
                stated
            }
            AnswerType::Source => {
                let folded = crate::text::fold(text);
                let stated = words(&folded).any(|w| LISTINGS.contains(&w) || SOURCES.contains(&w));
                stated
            }
            AnswerType::Reason => {
                let lower = text.to_lowercase();
                REASON_STATED.iter().any(|marker| lower.contains(marker))
            }
            // "Who" is answered by the people named, more than one ("doctors, nurses and
            // staff"), not by a passing "staff".
            AnswerType::Person => {
                let folded = crate::text::fold(text);
                let named: HashSet<&str> = words(&folded).filter(|w| PEOPLE.contains(w)).collect();
                named.len() >= 2
            }
            AnswerType::Comparison => {
                let folded = crate::text::fold(text);
                let words: Vec<&str> = words(&folded).collect();
                words.iter().any(|w| WEIGHED_AGAINST.contains(w))
                    || words.windows(3).any(|w| w == ["as", "much", "as"])
            }
        }
    }
}

/// Words a question weighs one thing against another with ("experience *or* a degree" is
/// too loose to count: it often only lists).
const WEIGHING: &[&str] = &["than", "vs", "versus", "compared", "compare", "comparison"];
/// Whether a question weighs two things without "than" or "vs": "do employers care *more*
/// about skills *or* diplomas", "would they *pick* experience *over* a diploma".
fn weighs_one_against_another(tokens: &[String]) -> bool {
    const RANKING: &[&str] = &[
        "more",
        "less",
        "rather",
        "prefer",
        "prefers",
        "preferred",
        "better",
        "worse",
        "best",
    ];
    const CHOOSING: &[&str] = &[
        "pick", "picks", "choose", "chooses", "prefer", "prefers", "value", "values", "favor",
        "favour",
    ];
    let has = |w: &str| tokens.iter().any(|t| t == w);
    let ranked_choice = has("or") && tokens.iter().any(|t| RANKING.contains(&t.as_str()));
    let chosen_over = tokens.iter().enumerate().any(|(i, t)| {
        CHOOSING.contains(&t.as_str()) && tokens[i + 1..].iter().skip(1).any(|n| n == "over")
    });
    ranked_choice || chosen_over
}

/// Words a text weighs one thing against another with.
const WEIGHED_AGAINST: &[&str] = &["than", "compared", "unlike", "whereas", "versus"];

/// How a text introduces examples of something, besides " like " (which only does before a
/// name: "like Epic", not "like to").
pub(crate) const BY_EXAMPLE: &[&str] = &["such as ", "e.g.", "including "];

/// Whether a text names things one by one: by example ("such as", "like Epic", "e.g.") or in
/// a list of three or more ("hospitals, clinics, and specialized practices").
fn names_things(text: &str) -> bool {
    let lower = text.to_lowercase();
    let by_example = BY_EXAMPLE.iter().any(|marker| lower.contains(marker))
        || text
            .split(" like ")
            .skip(1)
            .any(|after| after.chars().next().is_some_and(|c| c.is_uppercase()));
    let listed =
        text.matches(", ").count() >= 2 && (lower.contains(", and ") || lower.contains(", or "));
    by_example || listed
}

/// Whether a text says how to do something: it opens with what to do as an "-ing" word
/// ("Developing resilience … helps"), or says by or through what ("by practicing…").
fn states_a_way(text: &str) -> bool {
    let lower = text.to_lowercase();
    let opens_with_a_doing = text
        .split_whitespace()
        .next()
        .is_some_and(|w| w.len() > 5 && w.ends_with("ing") && w.starts_with(char::is_uppercase));
    let by_doing = lower
        .split_whitespace()
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| matches!(w[0], "by" | "through") && w[1].ends_with("ing"));
    opens_with_a_doing || by_doing || lower.contains(" helps ") || lower.contains(" can help ")
}

/// How a text gives a cause ("driven by an aging population", "this often requires…").
const REASON_STATED: &[&str] = &[
    "because",
    "due to",
    "driven by",
    "fueled by",
    "owing to",
    "since ",
    "as a result",
    "requires",
    "require ",
    "so that",
    "in order to",
    "leading to",
    "which means",
];

/// Nouns that name the people one works with or for.
#[rustfmt::skip]
const PEOPLE: &[&str] = &[
    "doctor", "doctors", "physician", "physicians", "nurse", "nurses", "staff", "specialist",
    "specialists", "provider", "providers", "colleague", "colleagues", "team", "teams",
    "supervisor", "supervisors", "supervision", "manager", "managers", "leadership", "families",
    "family", "administrator", "administrators", "professionals", "mentor", "mentors",
    // Who hires, pays or trains: employers.
    "employer", "employers", "hospitals", "organizations", "systems",
];

/// The entities a message names, by the part they play in it.
struct AskedEntities {
    /// What the question pins down ("salary in canada").
    asked: Vec<EntityRef>,
    /// Named only in what the person tells of themselves ("I live in Canada."): preferred,
    /// never required.
    told: Vec<EntityRef>,
    /// Words of entities that are not asked about, which are not searched for either.
    background: HashSet<String>,
    /// A level named after "after" ("what's after lead"): not asked about itself, but the
    /// level that follows it is.
    followed: Option<EntityRef>,
    /// Careers set beside the guide's own to compare them ("pcc vs medical assistant").
    compared: Vec<EntityRef>,
    /// Places the asker has moved away from ("we just moved from Brazil"): not where they are.
    left: Vec<EntityRef>,
}

/// A fact a question pins down, such as a country or a level.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct EntityRef {
    pub class: String,
    pub name: String,
}

impl EntityRef {
    /// Whether it names where someone is: a country or a US state.
    pub fn is_a_place(&self) -> bool {
        matches!(self.class.as_str(), COUNTRY | US_STATE)
    }
}

/// Which end of a range a question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Extreme {
    Most,
    Least,
}

/// Words that ask for the most or the least of something.
const MOST: &[&str] = &[
    "highest", "most", "top", "max", "maximum", "biggest", "best",
];
const LEAST: &[&str] = &["lowest", "least", "min", "minimum", "smallest", "worst"];
/// Words that say how much something matters.
const MATTERING: &[&str] = &[
    "important",
    "essential",
    "crucial",
    "vital",
    "critical",
    "needed",
];

/// Words that ask for the foremost of several things ("which skills matter *most*", "the
/// *main* duties").
const FOREMOST: &[&str] = &["most", "main", "top", "biggest", "primary", "key", "first"];

/// What the engine understood of a question.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Understood {
    /// The question after Discord markup was stripped: what is worth echoing back.
    pub cleaned: String,
    pub words: Vec<SearchWord>,
    pub corrections: Vec<(String, String)>,
    /// (stem of the person's word, stems of a thesaurus phrase it stands for).
    pub links: Vec<(String, Vec<String>)>,
    /// (stem of the person's word, stems of another phrase of the concept it stands for):
    /// "promotion" and "progression" both mean career advancement.
    pub siblings: Vec<(String, Vec<String>)>,
    /// Stems of other ways to say what was asked; they only steer which sentence of a
    /// passage is quoted, never which passage answers.
    pub hints: Vec<String>,
    pub topic: Option<Topic>,
    pub entities: Vec<EntityRef>,
    /// Entities named only in what the person tells of themselves: preferred, not required.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub told_entities: Vec<EntityRef>,
    /// For pay asked of no country, the country the guides' figures are for: a passage whose
    /// quote names only other countries answers another question.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub market: Option<EntityRef>,
    pub expects: Option<AnswerType>,
    pub small_talk: bool,
    /// The small talk thanks the bot ("thanks bot", "ty").
    pub thanks: bool,
    /// It asks the bot to do a task ("can you write my cover letter"), not a question.
    pub task: bool,
    /// It asks what something costs ("how much is the cpct exam"), how many there are ("how
    /// many patients a day") or where to get something ("where can I take the ielts"): only a
    /// passage that states the figure, or the source, answers.
    pub figure_required: bool,
    /// Stems of what "how many …" counts: the figure stated must count one of them ("7-10
    /// *years*", "172k *openings*"), not something else ("four years" for "how many hours").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub counted: Vec<String>,
    /// It asks for a percentage ("what percent raise"): only a quote stating one answers, not
    /// one stating a sum ("can increase to $50,000").
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub percent_asked: bool,
    /// The stems of what a price is asked of ("epic training"): the quote stating the figure
    /// must name each, or a phrase the thesaurus links to it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub priced: Vec<String>,
    /// The stem of the thing a "what is …" or "how do I …" question asks to be told about
    /// ("vesting" in "what's 401k vesting"): a guide that never uses it cannot answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thing_asked: Option<String>,
    /// It asks for the most or the least of a figure ("highest paying level"): of a table's
    /// rows, the one stating the largest (or smallest) figure answers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extreme: Option<Extreme>,
    /// It asks for the foremost of several things ("which skills matter most"): a guide lists
    /// those first.
    pub asks_for_the_foremost: bool,
    /// It asks how to become something that is neither a guide's career nor a level of it
    /// ("how do I become a doctor"): the guides say how to become what they are about.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub becomes_another_career: bool,
    /// It asks which of something pays most where the guides give no pay by it ("which
    /// *hospital* pays the most"): they break pay down by level, country and setting only.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub pay_ranked_by_what_guides_never_break_down: bool,
    /// It asks whether the guide's career pays more or less than another whose pay no guide
    /// gives ("do medical coders make more than coordinators"): half the comparison is missing.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub weighs_pay_against_another_career: bool,
    /// It asks about the asker's own surroundings or history ("where is the nearest
    /// hospital", "why did my application get rejected"), which no guide can know.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub about_the_asker: bool,
    /// How many years into the career the asker says they are ("been a pcc for 5 years",
    /// "salary after 5 yrs"): the guides tell each level by its years of experience.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub years_in: Option<f32>,
    /// A level the question asks what comes after ("what happens after lead coordinator"):
    /// the guides' ladder answers with the next level.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub after_level: Option<EntityRef>,
    /// Its question points back at what the message told before it ("…learn ICD-10 coding.
    /// Is *that* normal?"): the told words are what it asks about.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub points_back: bool,
    /// The stems of its words in the order written, function words too: where two words
    /// stand together ("full time") they may be a compound a guide writes ("full-time").
    #[serde(skip)]
    pub stem_sequence: Vec<String>,
}

/// A level a question names only in words no guide writes: see
/// [`Understander::levels_named_in_other_words`].
pub struct NamedInOtherWords {
    pub level: EntityRef,
    /// The phrase that named it, as the question wrote it ("top job").
    pub phrase: String,
    /// Its words no guide writes ("top").
    pub unwritten: Vec<String>,
}

impl Understood {
    /// Searches `words` too, each unless its stem is already searched.
    pub fn search_also(&mut self, words: Vec<SearchWord>) {
        for word in words {
            if !self.words.iter().any(|w| w.stem == word.stem) {
                self.words.push(word);
            }
        }
    }

    pub fn question_words(&self) -> impl Iterator<Item = &SearchWord> {
        self.words
            .iter()
            .filter(|w| matches!(w.origin, Origin::Question | Origin::Implied { .. }))
    }

    /// What the person asked about, as stems: their own words and the thesaurus phrases
    /// those stand for, but not what a mere frame of the question suggested ("how much"
    /// suggests "range").
    pub fn asked_stems(&self) -> HashSet<String> {
        self.question_words()
            .map(|w| w.stem.clone())
            .chain(self.links.iter().flat_map(|(_, to)| to.iter().cloned()))
            .collect()
    }

    /// The other phrases of the concepts `stem` stands for.
    pub fn siblings_of<'a>(&'a self, stem: &'a str) -> impl Iterator<Item = &'a [String]> + 'a {
        self.siblings
            .iter()
            .filter(move |(from, _)| from == stem)
            .map(|(_, phrase)| phrase.as_slice())
    }

    /// The thesaurus phrases (as stems) a word of the person's stands for.
    pub fn linked<'a>(&'a self, stem: &'a str) -> impl Iterator<Item = &'a [String]> + 'a {
        self.links
            .iter()
            .filter(move |(from, _)| from == stem)
            .map(|(_, to)| to.as_slice())
    }
}

/// One thesaurus synonym entry, stemmed: its key and the phrases that mean it.
struct Concept {
    key: Vec<String>,
    phrases: Vec<Vec<String>>,
    /// Every stem of the phrases that is not in the key.
    hints: Vec<String>,
}

struct Entity {
    reference: EntityRef,
    /// Folded words, not stems: "manager" must not match "managing".
    phrases: Vec<Vec<String>>,
}

/// Phrases (sequences of words or stems) indexed by their first element, so a text is scanned
/// once rather than once per phrase. Each item (a synonym, a topic, an entity) has phrases.
#[derive(Default)]
struct PhraseIndex {
    /// First element → (item, phrase of that item).
    starts: HashMap<String, Vec<(usize, usize)>>,
    phrases: Vec<Vec<Vec<String>>>,
}

impl PhraseIndex {
    fn new(items: Vec<Vec<Vec<String>>>) -> PhraseIndex {
        let mut starts: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        for (item, phrases) in items.iter().enumerate() {
            for (index, phrase) in phrases.iter().enumerate() {
                if let Some(first) = phrase.first() {
                    starts.entry(first.clone()).or_default().push((item, index));
                }
            }
        }
        PhraseIndex {
            starts,
            phrases: items,
        }
    }

    /// Every (item, phrase) found in `tokens`, sorted, each once.
    fn matches(&self, tokens: &[String]) -> Vec<(usize, usize)> {
        let mut found: Vec<(usize, usize)> = Vec::new();
        for (i, token) in tokens.iter().enumerate() {
            for &(item, phrase) in self.starts.get(token).into_iter().flatten() {
                if tokens[i..].starts_with(&self.phrases[item][phrase]) {
                    found.push((item, phrase));
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    /// The items with at least one phrase in `tokens`, in order.
    fn items_in(&self, tokens: &[String]) -> Vec<usize> {
        let mut items: Vec<usize> = self
            .matches(tokens)
            .into_iter()
            .map(|(item, _)| item)
            .collect();
        items.dedup();
        items
    }
}

/// The thesaurus and vocabulary, compiled for fast matching over stems.
pub struct Understander {
    analyzer: TextAnalyzer,
    abbreviations: HashMap<String, Vec<String>>,
    /// Words in the longest abbreviation phrase ("pay off" is two).
    longest_abbreviation: usize,
    /// Two-word phrases the thesaurus writes ("set up"), for joining compounds it also knows.
    thesaurus_word_pairs: HashSet<String>,
    /// Stems of the synonym and topic phrases the thesaurus writes as one word ("hard").
    lone_thesaurus_stems: HashSet<String>,
    /// Every word of an entity's phrases ("police", "officer").
    entity_words: HashSet<String>,
    /// (phrase as stems, canonical words) pairs.
    synonyms: Vec<(Vec<String>, Vec<String>)>,
    /// For each of `synonyms`, its phrase's word as written when it is one word: a question's
    /// word of the same stem is its synonym only in a form of that word ("positions" shares
    /// the stem of "positives" and means nothing like it).
    synonym_words: Vec<Option<String>>,
    /// Each synonym entry's key stems and the stems of all its phrases: when a question asks
    /// about the key, the phrases hint at which sentence says it ("work-life balance" →
    /// "Monday to Friday").
    concepts: Vec<Concept>,
    topics: Vec<(Topic, Vec<Vec<String>>)>,
    entities: Vec<Entity>,
    synonym_index: PhraseIndex,
    topic_index: PhraseIndex,
    /// The same phrases as written (folded, not stemmed): a question that uses a topic's very
    /// word ("demand") says more than one whose word only stems alike ("demanding").
    topic_word_index: PhraseIndex,
    entity_index: PhraseIndex,
    /// The country the guides' figures are for when a question names none.
    home_country: Option<EntityRef>,
    vocabulary: HashMap<String, u32>,
    /// Stems of weak words and of the guides' titles.
    weak: HashSet<String>,
    /// Stems of the last word of each guide's title, the career it names ("coordinator").
    title_heads: HashSet<String>,
    /// Stems of every word of the guides' titles.
    title_words: HashSet<String>,
    /// Stems of the guides' own words, for choosing among English corrections; worked out on
    /// first need, so opening an engine does not pay for stemming the whole vocabulary.
    guide_stems: std::sync::OnceLock<HashSet<String>>,
    /// Known words by length, for the speller.
    by_length: BTreeMap<usize, Vec<(String, Vec<char>)>>,
    stopwords: HashSet<&'static str>,
}

/// Stems one folded word the way the index does; `None` for a word the analyzer drops.
pub fn stem(analyzer: &mut TextAnalyzer, word: &str) -> Option<String> {
    let mut stream = analyzer.token_stream(word);
    stream.advance().then(|| stream.token().text.clone())
}

pub fn stems(analyzer: &mut TextAnalyzer, folded: &str) -> Vec<String> {
    words(folded).filter_map(|w| stem(analyzer, w)).collect()
}

/// Removes Discord markup and Markdown marks, keeping the words.
pub fn strip_discord_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            if let Some(end) = rest.find('>') {
                let inner = &rest[1..end];
                let is_markup = inner.starts_with('@')
                    || inner.starts_with('#')
                    || inner.starts_with(':')
                    || inner.starts_with("a:")
                    || inner.starts_with("http");
                if is_markup && !inner.contains(char::is_whitespace) {
                    out.push(' ');
                    rest = &rest[end + 1..];
                    continue;
                }
            }
        }
        if rest.starts_with("http://") || rest.starts_with("https://") {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            out.push(' ');
            rest = &rest[end..];
            continue;
        }
        if rest.starts_with("@everyone") || rest.starts_with("@here") {
            let len = if rest.starts_with("@everyone") { 9 } else { 5 };
            out.push(' ');
            rest = &rest[len..];
            continue;
        }
        if c == ':' {
            // A Unicode emoji shortcode such as :thumbsup: carries no question.
            let body = &rest[1..];
            if let Some(end) = body.find(':') {
                let name = &body[..end];
                if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    out.push(' ');
                    rest = &body[end + 1..];
                    continue;
                }
            }
        }
        let kept = if matches!(c, '*' | '_' | '`' | '~' | '|' | '>') || c.is_control() {
            ' '
        } else {
            c
        };
        out.push(kept);
        rest = &rest[c.len_utf8()..];
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Damerau-Levenshtein distance (optimal string alignment), giving up above `limit`.
/// Whether a word is a year of this era ("2030").
fn is_a_year(word: &str) -> bool {
    word.len() == 4
        && word
            .parse::<u16>()
            .is_ok_and(|n| (1990..=2100).contains(&n))
}

/// The money signs a chunk of text is made of, the marks around them set aside ("$$?" → "$$").
fn money_signs(chunk: &str) -> Option<&str> {
    const MONEY_SIGNS: &[char] = &['$', '💰', '💵', '💸', '🤑'];
    let signs = chunk.trim_matches(|c: char| c.is_ascii_punctuation() && c != '$');
    (!signs.is_empty() && signs.chars().all(|c| MONEY_SIGNS.contains(&c))).then_some(signs)
}

/// "senior pcc $$", "junior 💰": a money sign standing alone is the word "money".
fn money_signs_as_words(text: &str) -> String {
    if !text
        .split_whitespace()
        .any(|chunk| money_signs(chunk).is_some())
    {
        return text.to_string();
    }
    // The marks around the sign stay: a question mark says which clause asks.
    text.split_whitespace()
        .map(|chunk| match money_signs(chunk) {
            Some(signs) => chunk.replacen(signs, "money", 1),
            None => chunk.to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Can anyone help? …", "… I need help!", "Can I ask something? …", "Mind if I ask something? …",
/// "Hope it's okay to post this. …", "Can I pick your brains? …", "Can somebody clear this up? …",
/// "Could use a hand. …", "Can someone weigh in? …", "Does anybody have experience with this? …",
/// "Looking for some honest answers. …", "Mind if a newcomer asks something? …": a sentence that
/// only asks for help (as a hand, as advice, as others' views or their experience of it, as answers
/// sought) or an explanation, or leave to ask or post, beside one that says with what, asks
/// nothing. Searched, its "help" matched the guides' "helping others" and "certifications can
/// help", and pulled answers away from the question; a leave to ask, closing with the message's one
/// question mark, made the question after it read as something told.
fn without_a_plea_for_help(message: &str, unwritten: Unwritten) -> String {
    const PLEADING: &[&str] = &[
        "can",
        "could",
        "would",
        "will",
        "anyone",
        "anybody",
        "someone",
        "somebody",
        "you",
        "u",
        "y",
        "yall",
        "all",
        "guys",
        "folks",
        "everyone",
        "here",
        "help",
        "me",
        "us",
        "out",
        "please",
        "pls",
        "plz",
        "i",
        "im",
        "need",
        "some",
        "a",
        "little",
        "bit",
        "with",
        "this",
        "something",
        "hoping",
        "hope",
        "hi",
        "hey",
        "hello",
        "is",
        "there",
        "able",
        "to",
        "so",
        "really",
        "just",
        "quick",
        "pretty",
        "urgently",
        "desperately",
        "and",
        "or",
        "am",
        "ask",
        "asks",
        "may",
        "question",
        "another",
        "thing",
        "one",
        "wondering",
        "wonder",
        "if",
        "was",
        // Leave to post here ("Hi, hope it's okay to post this.").
        "post",
        "posting",
        "ok",
        "okay",
        "alright",
        "fine",
        "allowed",
        "it",
        "s",
        "its",
        // To pick someone's brains is to ask them ("Can I pick your brains?").
        "pick",
        "your",
        "ur",
        "brain",
        "brains",
        // To ask for it to be made plain ("Can somebody clear this up?", "could anyone explain").
        "clear",
        "up",
        "explain",
        "clarify",
        // Leave to ask, asked as whether one minds ("Mind if I ask something?", "Do you mind me
        // asking?").
        "mind",
        "do",
        "asking",
        "asked",
        // Help asked for as a hand or as advice ("Could use a hand.", "Can someone lend me a
        // hand?", "Could use some advice.").
        "use",
        "lend",
        "give",
        "hand",
        "advice",
        // Or as others' views ("Can someone weigh in?", "Need a second opinion.", "Could I get
        // your thoughts?").
        "weigh",
        "chime",
        "in",
        "get",
        "opinion",
        "opinions",
        "second",
        "input",
        "thoughts",
    ];
    // Or help asked as others' experience of it ("Does anybody have experience with this?").
    const OTHERS: &[&str] = &[
        "anyone", "anybody", "someone", "somebody", "yall", "everyone",
    ];
    // Experience named, or had as having been through it ("Has anyone here been through
    // this?").
    const HAVING_EXPERIENCE: &[&str] = &[
        "does",
        "have",
        "has",
        "got",
        "any",
        "experience",
        "been",
        "gone",
        "through",
        "similar",
        "same",
        "thing",
    ];
    // Or sought as answers, of any kind ("Looking for some honest answers."), or wished for
    // ("Would love a straight answer.").
    const SEEKING: &[&str] = &[
        "looking",
        "seeking",
        "for",
        "honest",
        "real",
        "genuine",
        "any",
        "love",
        "like",
        "d",
        "id",
        "want",
        "an",
        "appreciate",
    ];
    const PRESENCE: &[&str] = &[
        "around",
        "available",
        // Free for it ("Anybody free to weigh in?").
        "free",
        "online",
        "awake",
        "minute",
        "min",
        "sec",
        "moment",
        "spare",
    ];
    const HAVING_TIME: &[&str] = &["have", "has", "got", "does", "any", "of"];
    let sentences: Vec<&str> = clauses_of(message)
        .into_iter()
        .filter(|s| s.chars().any(char::is_alphanumeric))
        .collect();
    let pleads = |sentence: &str| {
        let folded = crate::text::fold(sentence);
        let mut words: Vec<&str> = crate::text::words(&folded).collect();
        // Leave to ask may name the asker in a word ("Mind if a newcomer asks something?").
        if let Some(at) = (1..words.len().saturating_sub(1)).find(|&at| {
            matches!(words[at - 1], "a" | "an") && matches!(words[at + 1], "ask" | "asks")
        }) {
            words.remove(at);
        }
        let picks_brains =
            words.contains(&"pick") && words.iter().any(|w| matches!(*w, "brain" | "brains"));
        // Made plain, with nothing said of what: "Can someone explain if I need it?" asks.
        let makes_plain = words
            .iter()
            .position(|w| matches!(*w, "explain" | "clarify" | "clear"))
            .is_some_and(|at| {
                (words[at] != "clear" || words[at + 1..].contains(&"up"))
                    && words[at + 1..].iter().all(|w| {
                        matches!(
                            *w,
                            "this"
                                | "something"
                                | "it"
                                | "up"
                                | "for"
                                | "me"
                                | "us"
                                | "please"
                                | "pls"
                                | "plz"
                                | "here"
                                | "a"
                                | "little"
                                | "bit"
                        )
                    })
            });
        // Others' experience of it, asked of others: "Do I need experience?" asks.
        let names_experience = words.contains(&"experience")
            || (words.contains(&"through") && words.iter().any(|w| matches!(*w, "been" | "gone")));
        let asks_others_experience = names_experience
            && words.iter().any(|w| OTHERS.contains(w))
            && !words
                .iter()
                .any(|w| matches!(*w, "i" | "im" | "me" | "need"))
            && words
                .iter()
                .all(|w| PLEADING.contains(w) || HAVING_EXPERIENCE.contains(w));
        // Wished for: "I'd love …", "would like …", "want …".
        let wished = words.windows(2).any(|pair| {
            matches!(pair[0], "would" | "d" | "id") && matches!(pair[1], "love" | "like")
        }) || words.contains(&"want");
        // How the answer should be may be any word the guides never write ("a straight answer").
        let qualifies_an_input = |at: usize| {
            words
                .get(at + 1)
                .is_some_and(|next| INPUT_ASKED_FOR.contains(next))
                && unwritten(words[at])
        };
        // Answers, and nothing else, are what the sentence names (besides the words `also`).
        let names_only_answers = |also: &[&str]| {
            words.iter().any(|w| INPUT_ASKED_FOR.contains(w))
                && words.iter().enumerate().all(|(at, w)| {
                    also.contains(w)
                        || PLEADING.contains(w)
                        || SEEKING.contains(w)
                        || INPUT_ASKED_FOR.contains(w)
                        || qualifies_an_input(at)
                })
        };
        let seeks_answers = (wished || words.iter().any(|w| matches!(*w, "looking" | "seeking")))
            && names_only_answers(&[]);
        // Or answers of a kind, as all that is wanted ("Honest opinions only, please.", "Real
        // answers only."): searched, "honest" matched the guide's "honest assessment".
        let wants_only_answers_of_a_kind = words.contains(&"only") && names_only_answers(&["only"]);
        let asks_only_for_help = (picks_brains
            || makes_plain
            || words.iter().any(|w| {
                matches!(
                    *w,
                    "help"
                        | "hand"
                        | "advice"
                        | "weigh"
                        | "chime"
                        | "opinion"
                        | "opinions"
                        | "input"
                        | "thoughts"
                        | "ask"
                        | "asks"
                        | "asking"
                        | "asked"
                        | "post"
                        | "posting"
                )
            }))
            && words.iter().all(|w| PLEADING.contains(w));
        // Or someone's presence or a moment of their time ("Is anyone around to help?", "Has
        // anyone got a minute?", "Got a moment for a newbie?").
        // It may say what they would do with the question ("Anyone awake to field a question?").
        let attention_asked = |words: &[&str]| {
            words.iter().any(|w| PRESENCE.contains(w))
                && words.iter().all(|w| {
                    PLEADING.contains(w)
                        || PRESENCE.contains(w)
                        || HAVING_TIME.contains(w)
                        || matches!(*w, "field" | "answer" | "take" | "tackle")
                })
        };
        // With whoever answers unsaid ("Got a moment for a newbie?"), the time is asked for the
        // asker, who may say in a word what they are.
        let for_the_asker = match words.iter().position(|w| *w == "for") {
            Some(at) => match &words[at + 1..] {
                ["me" | "us"] | ["a" | "an", _] => at,
                _ => words.len(),
            },
            None => words.len(),
        };
        let asks_for_attention = (words.iter().any(|w| OTHERS.contains(w))
            && attention_asked(&words))
            || (words
                .first()
                .is_some_and(|w| matches!(*w, "got" | "have" | "any"))
                && attention_asked(&words[..for_the_asker]));
        // Or whether anyone is up for a question ("Would anyone be up for a quick question?",
        // "Anyone willing to answer a few questions?").
        let up_for_it =
            words.windows(2).any(|pair| pair == ["up", "for"]) || words.contains(&"willing");
        let asks_who_is_up_for_a_question = up_for_it
            && words.iter().any(|w| OTHERS.contains(w))
            && words
                .iter()
                .any(|w| matches!(*w, "question" | "questions" | "q"))
            && words.iter().all(|w| {
                PLEADING.contains(w)
                    || matches!(
                        *w,
                        "be" | "for"
                            | "willing"
                            | "answer"
                            | "questions"
                            | "q"
                            | "few"
                            | "couple"
                            | "of"
                    )
            });
        asks_only_for_help
            || asks_who_is_up_for_a_question
            || asks_others_experience
            || seeks_answers
            || asks_for_attention
            || wants_only_answers_of_a_kind
    };
    if sentences.len() < 2 || sentences.iter().all(|s| pleads(s)) {
        return message.to_string();
    }
    sentences
        .into_iter()
        .filter(|s| !pleads(s))
        .collect::<String>()
}

/// A message cut after each sentence, and after a dash set apart by spaces or a colon that
/// closes a clause ("Wondering if anyone can help - …", "Can anyone help: …"); the pieces,
/// joined, are the message.
fn clauses_of(message: &str) -> Vec<&str> {
    let mut clauses = Vec::new();
    let mut start = 0;
    let mut chars = message.char_indices().peekable();
    let mut before = ' ';
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map_or(' ', |&(_, n)| n);
        let closes = matches!(c, '.' | '!' | '?' | '\n' | ':')
            || (matches!(c, '-' | '–' | '—') && before == ' ' && next == ' ');
        if closes {
            let end = at + c.len_utf8();
            clauses.push(&message[start..end]);
            start = end;
        }
        before = c;
    }
    if start < message.len() {
        clauses.push(&message[start..]);
    }
    clauses
}

/// Whether a text says the phrase anywhere, in any case: most messages never say what a rewrite of
/// the text looks for, and pass through it untouched.
fn says_anywhere(text: &str, phrase: &[u8]) -> bool {
    text.as_bytes()
        .windows(phrase.len())
        .any(|w| w.eq_ignore_ascii_case(phrase))
}

/// The words of `text` written with a capital after a word that says where ("in Leeds", "from
/// Leeds", "moving to Leeds"): names of places, folded as the words searched are.
fn capitalised_after_a_place_word(text: &str) -> HashSet<String> {
    const WHERE: &[&str] = &["in", "from", "near", "to", "outside", "around"];
    let chunks: Vec<&str> = text.split_whitespace().collect();
    chunks
        .windows(2)
        .filter(|pair| {
            WHERE.contains(&bare_word(pair[0]).as_str())
                && pair[1].starts_with(|c: char| c.is_ascii_uppercase())
        })
        .map(|pair| fold_for_search(&bare_word(pair[1])))
        .collect()
}

/// The words of `text` typed with a letter outside ASCII ("café", "Zürich"), folded as the
/// words searched are.
fn typed_with_accents(text: &str) -> HashSet<String> {
    text.split_whitespace()
        .filter(|chunk| chunk.chars().any(|c| c.is_alphabetic() && !c.is_ascii()))
        .map(|chunk| fold_for_search(&bare_word(chunk)))
        .collect()
}

/// A chunk of text between spaces as a bare lower-case word, its punctuation trimmed.
fn bare_word(chunk: &str) -> String {
    chunk
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// "I'm studying for the radiology tech boards.", "passed my boards": boards studied for, sat or
/// passed are an exam. Searched, "boards" matched the job boards the guides name. The verb may
/// stand up to seven words before them, as what is studied is named between ("cramming anatomy
/// flashcards for the MA boards").
fn boards_sat_as_exams(text: &str) -> String {
    const SITTING: &[&str] = &[
        "study",
        "studying",
        "studied",
        "prep",
        "prepping",
        "preparing",
        "cram",
        "cramming",
        "revise",
        "revising",
        "sit",
        "sitting",
        "sat",
        "take",
        "taking",
        "took",
        "pass",
        "passed",
        "passing",
        "fail",
        "failed",
        "failing",
    ];
    // Most messages never say it: they are passed through as they are.
    if !says_anywhere(text, b"boards") {
        return text.to_string();
    }
    respelt_where_cued(
        text,
        ("boards", "Boards"),
        ("exams", "Exams"),
        |chunks, at| {
            chunks[at.saturating_sub(7)..at]
                .iter()
                .any(|before| SITTING.contains(&bare_word(before).as_str()))
        },
    )
}

/// The text with each chunk that is `word` (in lower case or capitalised, as `typed` gives
/// them) rewritten as `meant`, where `cued` finds what gives it that meaning among the chunks
/// before it; the chunk's punctuation stays.
fn respelt_where_cued(
    text: &str,
    typed: (&str, &str),
    meant: (&str, &str),
    cued: impl Fn(&[&str], usize) -> bool,
) -> String {
    let chunks: Vec<&str> = text.split(' ').collect();
    chunks
        .iter()
        .enumerate()
        .map(|(at, chunk)| {
            if bare_word(chunk) == typed.0 && cued(&chunks, at) {
                chunk
                    .replacen(typed.0, meant.0, 1)
                    .replacen(typed.1, meant.1, 1)
            } else {
                chunk.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "BA in philosophy, class of 2016": the class of a year is those who graduated that year.
/// Searched, "class" read as the guides' courses.
fn a_class_year_as_graduation(text: &str) -> String {
    // Most messages never say it: they are passed through as they are.
    if !says_anywhere(text, b"class of") {
        return text.to_string();
    }
    let chunks: Vec<&str> = text.split(' ').collect();
    let mut kept = Vec::with_capacity(chunks.len());
    let mut at = 0;
    while at < chunks.len() {
        let of_a_year = chunks[at].eq_ignore_ascii_case("class")
            && chunks
                .get(at + 1)
                .is_some_and(|of| of.eq_ignore_ascii_case("of"))
            && chunks
                .get(at + 2)
                .is_some_and(|year| is_a_year(&bare_word(year)));
        if of_a_year {
            kept.push("graduated");
            at += 2;
        } else {
            kept.push(chunks[at]);
            at += 1;
        }
    }
    kept.join(" ")
}

/// "Manila born, Toronto raised", "born in Lima, raised in Ohio", "Raised in Jamaica, living in
/// Leeds now": raised after born, or opening a sentence before where, is where one grew up.
/// Searched, "raised" read as a pay rise, and pulled the guide's pay.
fn raised_as_growing_up(text: &str) -> String {
    // Most messages never say it: they are passed through as they are.
    if !says_anywhere(text, b"raised") {
        return text.to_string();
    }
    respelt_where_cued(
        text,
        ("raised", "Raised"),
        ("grew up", "Grew up"),
        |chunks, at| {
            let ends_a_sentence = |chunk: &str| chunk.ends_with(['.', '?', '!']);
            // In the same sentence: "born in May. Is pay raised yearly?" asks of a rise.
            let after_born = (at.saturating_sub(4)..at)
                .rev()
                .find(|&before| bare_word(chunks[before]) == "born")
                .is_some_and(|born| !chunks[born..at].iter().any(|c| ends_a_sentence(c)));
            // A place named after "in" ("Raised in Jamaica"), not a time ("raised in May").
            let opens_before_a_place = (at == 0 || ends_a_sentence(chunks[at - 1]))
                && chunks.get(at + 1).is_some_and(|c| *c == "in")
                && chunks.get(at + 2).is_some_and(|place| {
                    place.starts_with(|c: char| c.is_uppercase())
                        && !counts_or_dates(&bare_word(place))
                });
            after_born || opens_before_a_place
        },
    )
}

/// A percent sign standing for the word ("what % leave each year") asks for a rate, as
/// "percent" does; one after a figure ("16%") is part of the figure.
fn percent_sign_as_word(text: &str) -> String {
    if !text.split_whitespace().any(|chunk| chunk == "%") {
        return text.to_string();
    }
    text.split_whitespace()
        .map(|chunk| if chunk == "%" { "percent" } else { chunk })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The word of degree after "how" a misspelling one letter off stands for ("mutch" → much).
fn how_word_meant(word: &str) -> Option<String> {
    const HOW_WORDS: &[&str] = &[
        "much", "many", "long", "often", "far", "old", "hard", "fast", "soon", "easy",
    ];
    let chars: Vec<char> = word.chars().collect();
    HOW_WORDS
        .iter()
        .find(|w| {
            let candidate: Vec<char> = w.chars().collect();
            edit_distance(&chars, &candidate, 1) == Some(1)
        })
        .map(|w| w.to_string())
}

/// How a typo differs from the word meant, likeliest first: people strike a key twice
/// ("booring") and leave a letter out ("stess" for "stress") more often than they swap two,
/// change one, or slip one in; and a changed letter is most often the key beside it or
/// another vowel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum TypoKind {
    /// A key struck twice ("booring" for "boring"): the commonest slip of all.
    LetterDoubled,
    LetterLeftOut,
    LettersSwapped,
    /// A key beside the one meant ("worfs" for "words"), or a vowel for another ("biing").
    NeighbouringKey,
    LetterChanged,
    LetterSlippedIn,
}

impl TypoKind {
    fn between(typo: &[char], word: &[char]) -> TypoKind {
        match word.len().cmp(&typo.len()) {
            std::cmp::Ordering::Greater => TypoKind::LetterLeftOut,
            std::cmp::Ordering::Less if letter_doubled(typo, word) => TypoKind::LetterDoubled,
            std::cmp::Ordering::Less => TypoKind::LetterSlippedIn,
            std::cmp::Ordering::Equal if same_letters(typo, word) => TypoKind::LettersSwapped,
            std::cmp::Ordering::Equal if neighbouring_key_struck(typo, word) => {
                TypoKind::NeighbouringKey
            }
            std::cmp::Ordering::Equal => TypoKind::LetterChanged,
        }
    }
}

/// Whether `typo` is `word` with one letter changed to a key touching it on a QWERTY keyboard,
/// or a vowel changed to another.
fn neighbouring_key_struck(typo: &[char], word: &[char]) -> bool {
    let mut changed = typo.iter().zip(word).filter(|(a, b)| a != b);
    match (changed.next(), changed.next()) {
        (Some((&a, &b)), None) => keys_touch(a, b) || ("aeiou".contains(a) && "aeiou".contains(b)),
        _ => false,
    }
}

/// Whether two letter keys touch on a QWERTY keyboard: beside each other on a row, or on the
/// next row, which is set half a key or so to the right.
fn keys_touch(a: char, b: char) -> bool {
    const ROWS: [(&str, f32); 3] = [("qwertyuiop", 0.0), ("asdfghjkl", 0.25), ("zxcvbnm", 0.75)];
    let place = |c: char| {
        ROWS.iter().enumerate().find_map(|(row, (keys, offset))| {
            keys.find(c).map(|col| (row as f32, col as f32 + offset))
        })
    };
    match (place(a), place(b)) {
        (Some((ra, ca)), Some((rb, cb))) => {
            a != b
                && ((ra == rb && (ca - cb).abs() == 1.0)
                    || ((ra - rb).abs() == 1.0 && (ca - cb).abs() <= 0.75))
        }
        _ => false,
    }
}

/// Whether `typo` is `word` with one of its letters written twice.
fn letter_doubled(typo: &[char], word: &[char]) -> bool {
    typo.len() == word.len() + 1
        && (1..typo.len()).any(|i| {
            typo[i] == typo[i - 1] && typo[..i].iter().chain(&typo[i + 1..]).eq(word.iter())
        })
}

/// Whether two words are written with the very same letters, in any order.
fn same_letters(a: &[char], b: &[char]) -> bool {
    let sorted = |w: &[char]| {
        let mut w = w.to_vec();
        w.sort_unstable();
        w
    };
    a.len() == b.len() && sorted(a) == sorted(b)
}

fn edit_distance(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    // Three rolling rows (two back, for transpositions) instead of the whole matrix.
    let width = b.len() + 1;
    let mut before: Vec<usize> = vec![0; width];
    let mut previous: Vec<usize> = (0..width).collect();
    let mut current: Vec<usize> = vec![0; width];
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            current[j] = d;
            row_min = row_min.min(d);
        }
        if row_min > limit {
            return None;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    Some(previous[b.len()]).filter(|&d| d <= limit)
}

/// A thesaurus phrase's words, folded but not stemmed.
fn folded_words(phrase: &str) -> Vec<String> {
    words(&crate::text::fold(phrase))
        .map(str::to_string)
        .collect()
}

/// Whether `typo` is `word` with one letter left out, a letter doubled ("jobb"), or two
/// neighbours swapped, the first letter kept.
fn letter_dropped_or_swapped(typo: &[char], word: &[char]) -> bool {
    if typo.first() != word.first() {
        return false;
    }
    if typo.len() == word.len() + 1 {
        return (1..typo.len()).any(|i| {
            typo[i] == typo[i - 1] && typo[..i].iter().chain(&typo[i + 1..]).eq(word.iter())
        });
    }
    if word.len() == typo.len() + 1 {
        return (0..word.len()).any(|skip| {
            word.iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, c)| c)
                .eq(typo.iter())
        });
    }
    word.len() == typo.len()
        && (1..word.len()).any(|i| {
            let mut swapped = word.to_vec();
            swapped.swap(i - 1, i);
            swapped == typo
        })
}

impl Understander {
    /// `titles` are the guides' titles: their words are in nearly every question and weak.
    pub fn new(
        thesaurus: &Thesaurus,
        vocabulary: &BTreeMap<String, u32>,
        titles: &[&str],
    ) -> Understander {
        let mut analyzer = crate::index::analyzer();
        let title_stems: Vec<Vec<String>> = titles
            .iter()
            .map(|t| stems(&mut analyzer, &crate::text::fold(t)))
            .collect();
        let weak: HashSet<String> = WEAK_WORDS
            .iter()
            .flat_map(|t| stems(&mut analyzer, &crate::text::fold(t)))
            .chain(title_stems.iter().flatten().cloned())
            .collect();
        let title_words = title_stems.iter().flatten().cloned().collect();
        let title_heads = title_stems
            .iter()
            .filter_map(|t| t.last().cloned())
            .collect();
        let mut stem_phrase = |p: &str| stems(&mut analyzer, p);
        // Keyed by the phrase's words joined with single spaces, as questions are read.
        let abbreviations: HashMap<String, Vec<String>> = thesaurus
            .abbreviations
            .iter()
            .flat_map(|e| {
                let expansion: Vec<String> = words(&e.key).map(str::to_string).collect();
                e.phrases.iter().map(move |p| {
                    let phrase: Vec<&str> = words(p).collect();
                    (phrase.join(" "), expansion.clone())
                })
            })
            .collect();
        let longest_abbreviation = abbreviations
            .keys()
            .map(|k| k.split(' ').count())
            .max()
            .unwrap_or(1);
        // Built in one pass, so each phrase's written word stays beside the phrase.
        let (synonyms, synonym_words): (Vec<_>, Vec<_>) = thesaurus
            .synonyms
            .iter()
            .flat_map(|e| {
                let canonical: Vec<String> = words(&e.key)
                    .filter(|w| !STOPWORDS.contains(w))
                    .map(str::to_string)
                    .collect();
                e.phrases
                    .iter()
                    .map(|p| {
                        let folded = crate::text::fold(p);
                        let mut written = words(&folded);
                        let one_word = match (written.next(), written.next()) {
                            (Some(word), None) => Some(word.to_string()),
                            _ => None,
                        };
                        ((stem_phrase(p), canonical.clone()), one_word)
                    })
                    .collect::<Vec<_>>()
            })
            .unzip();
        let concepts: Vec<Concept> = thesaurus
            .synonyms
            .iter()
            .map(|e| {
                let key = stem_phrase(&crate::text::fold(&e.key));
                let phrases: Vec<Vec<String>> = e
                    .phrases
                    .iter()
                    .map(|p| stem_phrase(p))
                    .filter(|p| !p.is_empty() && *p != key)
                    .collect();
                let mut hints: Vec<String> = phrases
                    .iter()
                    .flatten()
                    .filter(|s| !key.contains(s))
                    .cloned()
                    .collect();
                hints.sort();
                hints.dedup();
                Concept {
                    key,
                    phrases,
                    hints,
                }
            })
            .collect();
        let topics: Vec<(Topic, Vec<Vec<String>>)> = thesaurus
            .topics
            .iter()
            .filter_map(|e| {
                let topic = Topic::new(&e.key)?;
                // "skill" and "skills" stem alike: count such a phrase once.
                let mut phrases: Vec<Vec<String>> = Vec::new();
                for phrase in e.phrases.iter().map(|p| stem_phrase(p)) {
                    if !phrases.contains(&phrase) {
                        phrases.push(phrase);
                    }
                }
                Some((topic, phrases))
            })
            .collect();
        // A career with a guide of its own is not another career: its phrases are dropped.
        let entities: Vec<Entity> = thesaurus
            .entities
            .iter()
            .map(|e| {
                let (class, name) = e.key.split_once('.').unwrap_or(("entity", e.key.as_str()));
                let mut has_a_guide = |phrase: &str| {
                    let phrase = stems(&mut analyzer, phrase);
                    title_stems
                        .iter()
                        .any(|title| phrase.iter().all(|s| title.contains(s)))
                };
                Entity {
                    reference: EntityRef {
                        class: class.to_string(),
                        name: name.to_string(),
                    },
                    phrases: e
                        .phrases
                        .iter()
                        .filter(|p| class != OTHER_CAREER || !has_a_guide(p))
                        .map(|p| words(p).map(str::to_string).collect())
                        .collect(),
                }
            })
            .filter(|e| !e.phrases.is_empty())
            .collect();
        let synonym_index = PhraseIndex::new(
            synonyms
                .iter()
                .map(|(phrase, _)| vec![phrase.clone()])
                .collect(),
        );
        let topic_index =
            PhraseIndex::new(topics.iter().map(|(_, phrases)| phrases.clone()).collect());
        let topic_word_index = PhraseIndex::new(
            thesaurus
                .topics
                .iter()
                .filter(|e| Topic::new(&e.key).is_some())
                .map(|e| e.phrases.iter().map(|p| folded_words(p)).collect())
                .collect(),
        );
        let entity_index = PhraseIndex::new(entities.iter().map(|e| e.phrases.clone()).collect());
        let entity_words = entities
            .iter()
            .flat_map(|e| e.phrases.iter().flatten().cloned())
            .collect();
        let lone_thesaurus_stems = synonyms
            .iter()
            .map(|(phrase, _)| phrase)
            .chain(topics.iter().flat_map(|(_, phrases)| phrases))
            .filter(|phrase| phrase.len() == 1)
            .map(|phrase| phrase[0].clone())
            .collect();

        // Spelling is corrected towards the words the bot understands: the corpus' own, and
        // the thesaurus' ("hom" → "home"), which count as the rarest corpus word would.
        let mut vocabulary: HashMap<String, u32> =
            vocabulary.iter().map(|(k, v)| (k.clone(), *v)).collect();
        let thesaurus_word_pairs = [&thesaurus.synonyms, &thesaurus.topics, &thesaurus.entities]
            .into_iter()
            .flatten()
            .flat_map(|e| e.phrases.iter())
            .filter_map(|p| {
                let words = folded_words(p);
                (words.len() == 2).then(|| words.join(" "))
            })
            .collect();
        let thesaurus_words = [&thesaurus.synonyms, &thesaurus.topics, &thesaurus.entities]
            .into_iter()
            .flatten()
            .flat_map(|e| e.phrases.iter())
            .flat_map(|p| folded_words(p));
        for word in thesaurus_words {
            vocabulary.entry(word).or_insert(0);
        }
        let mut by_length: BTreeMap<usize, Vec<(String, Vec<char>)>> = BTreeMap::new();
        for word in vocabulary.keys() {
            if word.chars().all(char::is_alphabetic) {
                let chars: Vec<char> = word.chars().collect();
                by_length
                    .entry(chars.len())
                    .or_default()
                    .push((word.clone(), chars));
            }
        }
        // Sorted, so a tie between corrections always goes the same way.
        for words in by_length.values_mut() {
            words.sort_unstable();
        }
        // The country the guides name most (by "USD", "United States"…) is the market their
        // figures are for when a question names none.
        let home_country = entities
            .iter()
            .filter(|e| e.reference.class == COUNTRY)
            .map(|e| {
                let mentions: u32 = e
                    .phrases
                    .iter()
                    .filter(|p| p.len() == 1)
                    .filter_map(|p| vocabulary.get(&p[0]))
                    .sum();
                (mentions, e.reference.clone())
            })
            .filter(|(mentions, _)| *mentions > 0)
            .max_by_key(|(mentions, _)| *mentions)
            .map(|(_, country)| country);
        Understander {
            home_country,
            analyzer: crate::index::analyzer(),
            abbreviations,
            longest_abbreviation,
            thesaurus_word_pairs,
            lone_thesaurus_stems,
            entity_words,
            synonyms,
            synonym_words,
            concepts,
            topics,
            entities,
            synonym_index,
            topic_index,
            topic_word_index,
            entity_index,
            vocabulary,
            weak,
            title_heads,
            title_words,
            guide_stems: std::sync::OnceLock::new(),
            by_length,
            stopwords: STOPWORDS.iter().copied().collect(),
        }
    }

    pub fn analyzer(&self) -> TextAnalyzer {
        self.analyzer.clone()
    }

    /// Stems found only in the sentences of a message that do not ask anything, when some
    /// sentence does; of those, the ones the telling sentence just before the first asking one
    /// holds: what "is that normal?" points back at; and the stems of the asking sentences.
    fn context_stems(&self, message: &str, misspelt: &HashMap<String, String>) -> Told {
        // Each sentence's stems as its words are mended: "I'm doing a CPR certification this
        // month. Certifcations for pcc?" asks about certifications, though the telling says it.
        let stems_of = |sentence: &str| {
            // Most messages mend nothing: then each sentence is folded once, as before.
            if misspelt.is_empty() {
                return self.stems_of(sentence);
            }
            let folded = fold_for_search(sentence);
            if !words(&folded).any(|w| misspelt.contains_key(w)) {
                return self.stems_of(sentence);
            }
            let mended: Vec<&str> = words(&folded)
                .map(|w| misspelt.get(w).map_or(w, String::as_str))
                .collect();
            self.stems_of(&mended.join(" "))
        };
        let (message, asides) = set_asides_apart(message);
        let said = |s: &&str| s.chars().any(char::is_alphanumeric);
        let mut sentences: Vec<&str> = message
            .split_inclusive(['.', '!', '?', '\n'])
            .flat_map(opening_clauses)
            .flat_map(|s| self.without_a_framing_of_nothing_written(s, misspelt))
            .map(str::trim)
            .filter(said)
            .collect();
        let before_asides = sentences.len();
        sentences.extend(asides.into_iter().map(str::trim).filter(said));
        if sentences.len() < 2 {
            return Default::default();
        }
        // "…I was wondering i've got two kids. Do coordinators work weekends?": wondering that
        // goes straight on to tell of the asker asks in the sentence after.
        const TELLING: &[&str] = &["i", "im", "ive", "my", "we", "our"];
        let asks = |s: &str| {
            let folded = crate::text::fold(s);
            let said: Vec<&str> = crate::text::words(&folded).collect();
            let asks_by_phrase = ASKING_PHRASES.iter().any(|p| {
                let phrase: Vec<&str> = p.split(' ').collect();
                (0..said.len()).any(|i| {
                    said[i..].starts_with(&phrase)
                        && !said
                            .get(i + phrase.len())
                            .is_some_and(|next| TELLING.contains(next))
                })
            });
            // "i have no healthcare experience, can i still get in": a clause after the
            // telling may ask.
            let a_later_clause_asks = s.split(", ").skip(1).any(|clause| {
                let folded = crate::text::fold(clause);
                opens_as_a_question(&crate::text::words(&folded).collect::<Vec<_>>())
            });
            s.ends_with('?') || opens_as_a_question(&said) || asks_by_phrase || a_later_clause_asks
        };
        // Where no sentence asks outright ("Hi all, long time lurker. key facts about this
        // career"), the last one is the question; an aside ("(sorry for my english)") never is.
        let last = before_asides.checked_sub(1);
        // One that tells of the asker ("I want remote work. I need pay.") asks nothing apart.
        let tells_of_the_asker = |s: &str| {
            let folded = crate::text::fold(s);
            let first = crate::text::words(&folded).next();
            first.is_some_and(|w| matches!(w, "i" | "im" | "my" | "me" | "we" | "our"))
        };
        // "Curious about something: salary in germany": a clause that announces the question
        // after it asks nothing itself; one that tells of the asker ("I'm new here - …") tells.
        let announces: Vec<bool> = (0..sentences.len())
            .map(|i| {
                i + 1 < before_asides
                    && !tells_of_the_asker(sentences[i])
                    && announces_what_follows(sentences[i], sentences[i + 1])
            })
            .collect();
        let asks_in_form = |i: usize| !announces[i] && asks(sentences[i]);
        // "Has anyone got a minute? uk pay": a question of nothing the guides write gives way
        // to a sentence after it that names something they do, if that one asks or is the
        // last.
        // Only a sentence that asks, or the last, is ever weighed so.
        let of_nothing_written: Vec<bool> = (0..sentences.len())
            .map(|i| {
                (asks_in_form(i) || Some(i) == last)
                    && self.asks_of_nothing_written(sentences[i], misspelt)
            })
            .collect();
        let could_ask = |j: usize| {
            !of_nothing_written[j]
                && (asks_in_form(j) || (Some(j) == last && !tells_of_the_asker(sentences[j])))
        };
        let asks_here = |i: usize| {
            asks_in_form(i) && !(of_nothing_written[i] && (i + 1..before_asides).any(could_ask))
        };
        let none_asks = !(0..sentences.len()).any(asks_here)
            && last.is_some_and(|i| !tells_of_the_asker(sentences[i]));
        let asks_at = |i: usize| asks_here(i) || (none_asks && Some(i) == last);
        let just_before_asking = (0..sentences.len())
            .position(asks_at)
            .and_then(|i| i.checked_sub(1))
            .map(|i| sentences[i]);
        let mut asking = Vec::new();
        let mut telling = Vec::new();
        let mut announcing_clauses = Vec::new();
        for (i, sentence) in sentences.iter().enumerate() {
            if asks_at(i) {
                asking.push(*sentence);
            } else {
                telling.push(*sentence);
                if announces[i] {
                    announcing_clauses.push(*sentence);
                }
            }
        }
        if asking.is_empty() || telling.is_empty() {
            return Default::default();
        }
        let asked: HashSet<String> = asking.iter().flat_map(|s| stems_of(s)).collect();
        let mut context = HashSet::new();
        let mut pointed_at = HashSet::new();
        // "My brother works in billing.", "My aunt is a hospital admin.": a sentence whose
        // subject is someone else, and that brings in neither the asker nor what was said.
        let of_someone_else = |sentence: &str| {
            let folded = crate::text::fold(sentence);
            let said: Vec<&str> = crate::text::words(&folded).collect();
            const THE_ASKER: &[&str] = &[
                "i", "im", "ive", "id", "me", "my", "myself", "we", "us", "our", "ours",
            ];
            matches!(said.first(), Some(&"my" | &"our"))
                && said.get(1).is_some_and(|w| is_someone_else(w))
                && !said[2..]
                    .iter()
                    .any(|w| THE_ASKER.contains(w) || SAYING.contains(w))
        };
        let telling: Vec<(&str, Vec<String>)> = telling
            .into_iter()
            .map(|sentence| (sentence, stems_of(sentence)))
            .collect();
        let mut of_others = HashSet::new();
        let mut of_the_asker = HashSet::new();
        let mut announcing = HashSet::new();
        let mut told_plainly = HashSet::new();
        for (sentence, stems) in &telling {
            if of_someone_else(sentence) {
                of_others.extend(stems.iter().cloned());
            } else if let Some((the_askers, theirs)) = split_at_someone_else(sentence) {
                // "I'm looking after my husband since his knee replacement.": what follows a
                // word for someone else is theirs, and so is how the asker stands by them
                // ("I'm supporting my partner…"), unless it is one of the career's own words
                // ("caring" for someone, as patient *care*), which the question may ask too.
                let askers = stems_of(the_askers);
                let stands_by = only_stands_by(the_askers)
                    && !askers.iter().any(|s| self.title_words.contains(s));
                if stands_by {
                    of_others.extend(askers);
                } else {
                    of_the_asker.extend(askers);
                }
                of_others.extend(stems_of(theirs));
            } else {
                of_the_asker.extend(stems.iter().cloned());
            }
            if announcing_clauses.contains(sentence) {
                announcing.extend(stems.iter().cloned());
            } else {
                told_plainly.extend(stems.iter().cloned());
            }
        }
        of_others.retain(|s| !of_the_asker.contains(s) && !asked.contains(s));
        announcing.retain(|s| !told_plainly.contains(s) && !asked.contains(s));
        let mut workplaces: HashSet<String> = telling
            .iter()
            .flat_map(|(sentence, _)| stems_of(&workplace_told(sentence)))
            .collect();
        workplaces.retain(|s| !asked.contains(s));
        for (sentence, stems) in telling {
            let told = stems.into_iter().filter(|s| !asked.contains(s));
            if Some(sentence) == just_before_asking {
                for stem in told {
                    pointed_at.insert(stem.clone());
                    context.insert(stem);
                }
            } else {
                context.extend(told);
            }
        }
        Told {
            context,
            pointed_at,
            asked,
            of_others,
            workplaces,
            announcing,
        }
    }

    /// The stem of the doing or being a question asks about: whether the career does it or is
    /// so ("can a pcc *prescribe* medication", "are pccs *respected*"), or what the person
    /// should do ("what should I *wear*").
    fn action_asked(&self, tokens: &[String], token_stems: &[String]) -> Option<String> {
        const ASKING_WHAT_ONE_DOES: &[&str] = &[
            "can", "could", "do", "does", "will", "would", "should", "may", "is", "are",
        ];
        // "What should I wear": what is asked is the doing.
        const PERSONS: &[&str] = &["i", "you", "we", "one", "u"];
        if let Some(w) = tokens.windows(4).find(|w| {
            w[0] == "what"
                && ASKING_WHAT_ONE_DOES.contains(&w[1].as_str())
                && PERSONS.contains(&w[2].as_str())
        }) {
            // A light verb ("put on my resume", "expect") says nothing of what is asked.
            const LIGHT: &[&str] = &[
                "put", "make", "give", "bring", "keep", "set", "try", "expect", "include",
                "mention", "write", "add", "focus", "choose", "pick",
            ];
            let verb = &w[3];
            return (!self.stopwords.contains(verb.as_str())
                && !LIGHT.contains(&verb.as_str())
                && verb.chars().count() > 2)
                .then(|| stem(&mut self.analyzer.clone(), verb))
                .flatten();
        }
        if !tokens
            .first()
            .is_some_and(|t| ASKING_WHAT_ONE_DOES.contains(&t.as_str()))
            || opens_with_a_modal_and_be(tokens)
        {
            return None;
        }
        let career_ends = token_stems
            .iter()
            .rposition(|s| self.title_words.contains(s))?;
        // The career is named next to the opener ("can a pcc …"), not later in the question.
        let named_first = token_stems[1..=career_ends]
            .iter()
            .zip(&tokens[1..=career_ends])
            .all(|(s, t)| self.title_words.contains(s) || self.stopwords.contains(t.as_str()));
        if !named_first {
            return None;
        }
        // A scrap of two letters is more likely chat ("do pccs gt bonuses") than the action.
        let first = (career_ends + 1..tokens.len())
            .find(|&i| !self.stopwords.contains(tokens[i].as_str()))
            .filter(|&i| tokens[i].chars().count() > 2 || self.is_known(&tokens[i]))?;
        // After "is" the career is likened to a thing, asked of the head of its phrase ("is
        // a pcc just a fancy *receptionist*"), not of what describes it.
        let head = if matches!(tokens[0].as_str(), "is" | "are") {
            first + noun_phrase(tokens, first).len().max(1) - 1
        } else {
            first
        };
        (!LIKENESS.contains(&tokens[head].as_str())).then(|| token_stems[head].clone())
    }

    /// Where the action a how-to question asks about is: the first content word after "how
    /// do I", "how can you", "how to"…
    fn how_to_action(&self, tokens: &[String]) -> Option<usize> {
        let asked = how_to_at(tokens)?;
        (asked + 2..tokens.len()).find(|&i| !self.stopwords.contains(tokens[i].as_str()))
    }

    /// "Burn people out", "set it up": a particle said after the verb's object is read beside
    /// the verb ("burn out people"), so the compound the guides write ("burnout") or the
    /// thesaurus' phrase is found. Only a pronoun or a word for people stands between them, so
    /// "work remote up north" keeps its order.
    fn particle_beside_its_verb(
        &self,
        mut tokens: Vec<String>,
        analyzer: &mut TextAnalyzer,
    ) -> Vec<String> {
        const PARTICLES: &[&str] = &["out", "up", "off", "down", "over", "back"];
        const OBJECTS: &[&str] = &[
            "me",
            "you",
            "him",
            "her",
            "them",
            "us",
            "it",
            "people",
            "everyone",
            "everybody",
            "someone",
            "somebody",
            "anyone",
            "folks",
            "workers",
            "staff",
        ];
        for i in 0..tokens.len().saturating_sub(2) {
            let (verb, object, particle) = (&tokens[i], &tokens[i + 1], &tokens[i + 2]);
            if !PARTICLES.contains(&particle.as_str()) || !OBJECTS.contains(&object.as_str()) {
                continue;
            }
            let written_as_one = self
                .vocabulary
                .get(&format!("{verb}{particle}"))
                .is_some_and(|&f| f > 0);
            let mut a_thesaurus_phrase = || {
                let pair: Vec<String> = [verb, particle]
                    .iter()
                    .filter_map(|w| stem(analyzer, w))
                    .collect();
                pair.len() == 2
                    && self
                        .synonym_index
                        .matches(&pair)
                        .iter()
                        .any(|&(item, phrase)| self.synonym_index.phrases[item][phrase] == pair)
            };
            if written_as_one || a_thesaurus_phrase() {
                tokens.swap(i + 1, i + 2);
            }
        }
        tokens
    }

    /// "What does a *manager level* coordinator do", "*senior-level* pay": the name of the kind
    /// of thing just named restates it and asks nothing. Searched, "level" drew Salary by
    /// Experience Level's rows to every question naming a level that way.
    fn without_class_after_its_entity(&self, tokens: Vec<String>) -> Vec<String> {
        let restates_class = |i: usize| {
            let word = tokens[i].strip_suffix('s').unwrap_or(&tokens[i]);
            // Most words name no class: only those are looked up after their neighbour.
            i > 0
                && self.entities.iter().any(|e| e.reference.class == word)
                && self
                    .entities_in(&tokens[i - 1..i])
                    .iter()
                    .any(|e| e.class == word)
        };
        (0..tokens.len())
            .filter(|&i| !restates_class(i))
            .map(|i| tokens[i].clone())
            .collect()
    }

    /// Two words the guides write as one ("burn out" → "burnout", "work load" →
    /// "workload") are read as that one word, so they match it exactly.
    fn join_split_compounds(&self, tokens: Vec<String>) -> Vec<String> {
        let mut joined: Vec<String> = Vec::with_capacity(tokens.len());
        let mut rest = tokens.into_iter().peekable();
        while let Some(token) = rest.next() {
            if let Some(next) = rest.peek() {
                let compound = format!("{token}{next}");
                let both_function_words = self.stopwords.contains(token.as_str())
                    && self.stopwords.contains(next.as_str());
                // "A part of the job" is not "apart", nor "a long-term care facility" "along".
                let after_an_article = matches!(token.as_str(), "a" | "an");
                // The guides write it as one word, or the thesaurus writes it both ways ("setup",
                // "set up"); "over time" is not the thesaurus' "overtime". A compound the
                // thesaurus spells out as shorthand ("401k" for "401(k)") stays spelled out.
                let shorthand = self.abbreviations.contains_key(&compound);
                let known_compound = !shorthand
                    && match self.vocabulary.get(&compound) {
                        Some(&f) if f > 0 => true,
                        Some(_) => self
                            .thesaurus_word_pairs
                            .contains(&format!("{token} {next}")),
                        None => false,
                    };
                if !both_function_words && !after_an_article && known_compound {
                    rest.next();
                    joined.push(compound);
                    continue;
                }
            }
            joined.push(token);
        }
        joined
    }

    /// Where a sequence of stems holds a phrase of several words the thesaurus knows ("paid
    /// time off", "health insurance"): each span's start and end.
    pub fn term_spans(&self, stems: &[String]) -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        for (item, phrase) in self.synonym_index.matches(stems) {
            let words = &self.synonym_index.phrases[item][phrase];
            if words.len() < 2 {
                continue;
            }
            for i in 0..stems.len() {
                if stems[i..].starts_with(words) {
                    spans.push((i, i + words.len()));
                }
            }
        }
        spans
    }

    /// Whether the guides themselves write this very word (not only one stemming alike).
    pub fn guides_write(&self, word: &str) -> bool {
        self.vocabulary.get(word).is_some_and(|&f| f > 0)
    }

    /// Whether the guides write the word, or it is the plural of one they write ("seniors").
    pub fn guides_write_or_plural(&self, word: &str) -> bool {
        self.guides_write(word) || word.strip_suffix('s').is_some_and(|w| self.guides_write(w))
    }

    /// A sentence split after a clause opening it that speaks of nothing the guides write
    /// ("Hoping this isn't a repeat, but cons"), when what follows does: the clause frames the
    /// question and is told, not asked.
    fn without_a_framing_of_nothing_written<'a>(
        &self,
        sentence: &'a str,
        misspelt: &HashMap<String, String>,
    ) -> Vec<&'a str> {
        // ASCII lower case keeps every byte where it was.
        let lower = sentence.to_ascii_lowercase();
        for separator in [", but ", " but ", ", "] {
            if let Some(at) = lower.find(separator) {
                let (framing, rest) = sentence.split_at(at + separator.len());
                let framing_words: Vec<&str> = crate::text::words(&lower[..at]).collect();
                // "(hi hi) whats harder to get, a remote job or…" asks in its opening clause, and "so
                // I've been wondering, uk pay" asks what follows.
                let asks_by_phrase = ASKING_PHRASES.iter().any(|p| lower[..at].contains(p));
                if !framing_words.is_empty()
                    && !opens_as_a_question(&framing_words)
                    && !framing_words.iter().any(|w| WH_OPENERS.contains(w))
                    && !asks_by_phrase
                    && self.speaks_of_nothing_written(framing, misspelt)
                    && !self.speaks_of_nothing_written(rest, misspelt)
                {
                    return vec![framing, rest];
                }
                break;
            }
        }
        vec![sentence]
    }

    /// Whether a sentence, as a question, would ask of nothing the guides write ("Has anyone
    /// got a minute?"): one that points back asks what was said ("…in 5 years. Is that true?").
    fn asks_of_nothing_written(&self, sentence: &str, misspelt: &HashMap<String, String>) -> bool {
        const POINTING_BACK: &[&str] = &["it", "that", "this", "them", "those", "these", "so"];
        let folded = crate::text::fold(sentence);
        !words(&folded).any(|w| POINTING_BACK.contains(&w))
            && self.speaks_of_nothing_written(sentence, misspelt)
    }

    /// Whether every word of a sentence, as mended, is one of no content or one the guides
    /// never write and nothing else here knows ("Has anyone got a minute?").
    fn speaks_of_nothing_written(
        &self,
        sentence: &str,
        misspelt: &HashMap<String, String>,
    ) -> bool {
        let folded = fold_for_search(sentence);
        let mended: Vec<String> = words(&folded)
            .map(|w| misspelt.get(w).map_or(w, String::as_str).to_string())
            .collect();
        // The words first, which settle most sentences without stemming them.
        let every_word_unwritten = mended.iter().all(|w| {
            self.stopwords.contains(w.as_str())
                || SMALL_TALK.contains(&w.as_str())
                || (self.never_written(w) && !self.abbreviations.contains_key(w))
        });
        if !every_word_unwritten {
            return false;
        }
        // Phrases the thesaurus or the entities know ("what kind of places") say something.
        let stems = self.stems_of(&mended.join(" "));
        self.synonym_index.matches(&stems).is_empty()
            && self.topic_index.matches(&stems).is_empty()
            && self.entity_index.matches(&mended).is_empty()
    }

    /// Whether a word of letters is one the guides never write, nor a plural of one, nor a word
    /// of no content: an open slot in a courtesy ("asking for my stepdad", "have a restful
    /// evening") may hold it without asking anything the guides could answer.
    fn never_written(&self, word: &str) -> bool {
        word.len() > 1
            && word.chars().all(|c| c.is_ascii_alphabetic())
            && !self.stopwords.contains(word)
            && !SMALL_TALK.contains(&word)
            && !self.guides_write_or_plural(word)
    }

    fn is_known(&self, word: &str) -> bool {
        self.vocabulary.contains_key(word)
            || is_english(word)
            || self.stopwords.contains(word)
            || self.abbreviations.contains_key(word)
            || SMALL_TALK.contains(&word)
            || CHAT_WORDS.contains(&word)
            // "grandma" is no slip for "grand".
            || is_someone_else(word)
    }

    /// The known word closest to `word` (called only for words that are neither known nor
    /// English): edit distance 1 for words of 3 to 6 letters, 2 for longer ones; ties go to
    /// the more frequent word. A word of 3 or 4 letters is only mended by a letter put back
    /// ("hom" → "home") or two swapped back ("pya" → "pay"), keeping its first letter: a
    /// changed letter that short turns one word into another ("rep" → "red"). A content word
    /// is preferred to a function word ("hom" → "home", not "how"), but "wat" is "what"; and one
    /// keeping the word's first letter, which people seldom mistype ("phome" → "phone"), then
    /// the likeliest slip: a letter struck twice, a letter left out ("stess" → "stress", not
    /// "steps"), two letters swapped ("broing" → "boring", not "bring"), a key beside the one
    /// meant or a vowel for another ("worfs" → "words", not "works"), any other letter
    /// changed, one slipped in.
    fn correct(&self, word: &str) -> Option<String> {
        let chars: Vec<char> = word.chars().collect();
        if chars.len() < 3 || !chars.iter().all(|c| c.is_alphabetic()) {
            return None;
        }
        let short = chars.len() < 5;
        // Two slips in a word of six letters or more: "saelry" is still "salary".
        let limit = if chars.len() >= 6 { 2 } else { 1 };
        // Best first: the nearer, then one with the same first letter, then the likelier slip,
        // then a content word, then the more frequent.
        type Rank = (usize, bool, TypoKind, bool, std::cmp::Reverse<u32>);
        let mut best: Option<(Rank, &String)> = None;
        for (_, candidates) in self
            .by_length
            .range(chars.len() - limit..=chars.len() + limit)
        {
            for (candidate, cand) in candidates {
                if short && !letter_dropped_or_swapped(&chars, cand) {
                    continue;
                }
                let Some(d) = edit_distance(&chars, cand, limit) else {
                    continue;
                };
                // A thesaurus word (frequency 0) counts as the rarest word of the guides.
                let freq = self.vocabulary.get(candidate).copied().unwrap_or(0).max(1);
                let rank = (
                    d,
                    cand.first() != chars.first(),
                    TypoKind::between(&chars, cand),
                    self.stopwords.contains(candidate.as_str()),
                    std::cmp::Reverse(freq),
                );
                if best.as_ref().is_none_or(|(b, _)| rank < *b) {
                    best = Some((rank, candidate));
                }
            }
        }
        // Shorthand is spelt out before spelling is mended: a word mended into a shorthand of
        // one word ("salaary" → "salaray") is spelt out here.
        let spelt_out = |w: &String| match self.abbreviations.get(w.as_str()) {
            Some(words) if words.len() == 1 => words[0].clone(),
            _ => w.clone(),
        };
        match best {
            // A word with another first letter yields to an English word a letter away that
            // keeps it: "wutch" is "watch", not the thesaurus' "dutch".
            Some(((1, true, ..), w)) => Some(
                self.english_correction_keeping_the_first_letter(word)
                    .unwrap_or_else(|| spelt_out(w)),
            ),
            Some(((1, ..), w)) => Some(spelt_out(w)),
            // Nothing a letter away in the guides: an English word a letter away reads better
            // than a guide word two away ("negotiaye" is "negotiate", whose stem the guide's
            // "negotiation" shares), one the guides' stems share first.
            nearest => self
                .english_correction(word)
                .or_else(|| nearest.map(|(_, w)| spelt_out(w))),
        }
    }

    /// "heyy", "sooo", "pleeease": a word stretched for feeling is the known word left when its
    /// stretched letters are taken back to one or two, the longest such ("goood" is "good", not
    /// "god"). Mending it as a typo would not do: a short word is mended only by a letter put
    /// back, and a stretch may repeat a letter many times.
    fn unstretched(&self, word: &str) -> Option<String> {
        let mut runs: Vec<(char, usize)> = Vec::new();
        for c in word.chars() {
            match runs.last_mut() {
                Some((last, n)) if *last == c => *n += 1,
                _ => runs.push((c, 1)),
            }
        }
        // A stretch is a letter struck three times or more, or a last letter struck again: a
        // letter doubled inside a word is more likely a slip ("maangers" is not "mangers").
        let last = runs.len().saturating_sub(1);
        let repeated: Vec<usize> = (0..runs.len())
            .filter(|&i| runs[i].1 > 2 || (i == last && runs[i].1 > 1))
            .collect();
        // Each repeated run kept once or twice: 2^n readings, so only a few runs are tried.
        if repeated.is_empty() || repeated.len() > 4 {
            return None;
        }
        (0..1u32 << repeated.len())
            .map(|twice| {
                let mut kept = runs.clone();
                for (bit, &i) in repeated.iter().enumerate() {
                    kept[i].1 = if twice & (1 << bit) != 0 { 2 } else { 1 };
                }
                kept.iter()
                    .flat_map(|&(c, n)| std::iter::repeat_n(c, n))
                    .collect::<String>()
            })
            .filter(|reading| {
                reading != word && reading.chars().count() > 1 && self.is_known(reading)
            })
            .max_by_key(|reading| reading.chars().count())
    }

    /// Whether the thesaurus lists a word of this stem as a phrase by itself (not only inside
    /// a longer one).
    fn thesaurus_lists_alone(&self, word: &str) -> bool {
        let mut analyzer = self.analyzer.clone();
        stem(&mut analyzer, word).is_some_and(|s| self.lone_thesaurus_stems.contains(&s))
    }

    /// Whether a word may be read as another form of a word the guides use: a plain
    /// lower-case word, not a function word or part of a name, that neither the guides nor
    /// the thesaurus write as it is.
    fn may_read_as_another_form(&self, word: &str) -> bool {
        word.chars().all(|c| c.is_ascii_lowercase())
            && !self.stopwords.contains(word)
            && !self.entity_words.contains(word)
            && !self.guides_write(word)
            && !self.thesaurus_lists_alone(word)
    }

    /// "harder" is "hard", "easiest" is "easy": a comparative or superlative the guides never
    /// write, of a word the thesaurus lists, asks about that word. The stemmer leaves "-er"
    /// and "-est" on, and people compare ("is it harder to get a remote one") far more often
    /// than the thesaurus spells each degree out. The plain word must be the thesaurus' own,
    /// the words people ask in: many a noun ends in "-er" ("driver") and many a word a guide
    /// writes is of another sense ("fastest" is not "fast-paced"). A word naming someone or
    /// something ("police officer", listed), or asking for the top or bottom of a range
    /// ("biggest", "lowest"), is left alone.
    fn plain_degree_of(&self, word: &str) -> Option<String> {
        // Nouns in "-er" (the English words that read as a degree of a word the thesaurus
        // lists alone, less the true comparatives): who or what does it, never more of it. "a
        // police officer" is no office, "a decision maker" no pay.
        const DOERS: &[&str] = &[
            "officer",
            "payer",
            "maker",
            "ranger",
            "wager",
            "bumper",
            "booster",
            "challenger",
            "grower",
            "talker",
            "sitter",
            "header",
            "router",
            "racer",
            "lander",
            "villager",
            "checker",
            "sucker",
            "handler",
            "quitter",
            "juggler",
            "sharpener",
        ];
        let stem_of_degree = word
            .strip_suffix("est")
            .or_else(|| word.strip_suffix("er"))?;
        if word.len() < 5
            || DOERS.contains(&word)
            || MOST.contains(&word)
            || LEAST.contains(&word)
            || !self.may_read_as_another_form(word)
        {
            return None;
        }
        let mut plain: Vec<String> = Vec::new();
        // "easier" is "easy"; "nicer" is "nice"; "bigger" is "big".
        if let Some(y) = stem_of_degree.strip_suffix('i') {
            plain.push(format!("{y}y"));
        }
        plain.push(stem_of_degree.to_string());
        plain.push(format!("{stem_of_degree}e"));
        if let [.., a, b] = stem_of_degree.as_bytes() {
            if a == b {
                plain.push(stem_of_degree[..stem_of_degree.len() - 1].to_string());
            }
        }
        plain.into_iter().find(|p| {
            p.len() >= 3
                && is_english(p)
                && !self.stopwords.contains(p.as_str())
                && self.thesaurus_lists_alone(p)
        })
    }

    /// "stressors" is "stress", "advisor" "advise": a noun in "-or" the guides never write, of
    /// a verb or noun they do. The stemmer keeps "-or" on (it takes off "-ator" alone), so
    /// "what are the main stressors" would otherwise share no word with "stressful".
    fn root_of_agent_noun(&self, word: &str) -> Option<String> {
        let root = word
            .strip_suffix("ors")
            .or_else(|| word.strip_suffix("or"))?;
        if root.len() < 4 || !self.may_read_as_another_form(word) {
            return None;
        }
        let mut analyzer = self.analyzer.clone();
        [root.to_string(), format!("{root}e")]
            .into_iter()
            .find(|r| {
                is_english(r)
                    && !self.stopwords.contains(r.as_str())
                    && stem(&mut analyzer, r).is_some_and(|s| self.guide_stems().contains(&s))
            })
    }

    fn guide_stems(&self) -> &HashSet<String> {
        self.guide_stems.get_or_init(|| {
            let mut analyzer = self.analyzer.clone();
            self.vocabulary
                .iter()
                .filter(|(_, &f)| f > 0)
                .filter_map(|(w, _)| stem(&mut analyzer, w))
                .collect()
        })
    }

    fn english_correction(&self, word: &str) -> Option<String> {
        let mut neighbours: Vec<String> = english_neighbours(word, true).collect();
        neighbours.sort_unstable();
        neighbours.dedup();
        self.likeliest_english(neighbours)
    }

    /// The English word a letter from `word` that keeps its first letter: "beeing" is "being",
    /// and, the likeliest typo being a letter left out, "anther" is "another".
    fn english_correction_keeping_the_first_letter(&self, word: &str) -> Option<String> {
        let first = word.chars().next();
        self.likeliest_english(
            english_neighbours(word, true)
                .filter(|n| n.chars().next() == first)
                .collect(),
        )
    }

    /// Of English words in order of preference, the first whose stem the guides share, else
    /// the first.
    fn likeliest_english(&self, neighbours: Vec<String>) -> Option<String> {
        let mut analyzer = self.analyzer.clone();
        let shared_stem = neighbours
            .iter()
            .position(|n| stem(&mut analyzer, n).is_some_and(|s| self.guide_stems().contains(&s)));
        neighbours.into_iter().nth(shared_stem.unwrap_or(0))
    }

    /// The folded words of a passage or question, as the engine compares them (stems).
    pub fn stems_of(&self, text: &str) -> Vec<String> {
        let mut analyzer = self.analyzer.clone();
        stems(&mut analyzer, &fold_for_search(text))
    }

    /// The folded words of a text, as entities are matched.
    pub fn words_of(&self, text: &str) -> Vec<String> {
        words(&fold_for_search(text)).map(str::to_string).collect()
    }

    /// Stems of the words of `text` that are not function words.
    pub fn content_stems(&self, text: &str) -> Vec<String> {
        let mut analyzer = self.analyzer.clone();
        words(&fold_for_search(text))
            .filter(|w| !self.stopwords.contains(w))
            .filter_map(|w| stem(&mut analyzer, w))
            .collect()
    }

    /// Whether the message asks to become something ("become a doctor") that no guide's title
    /// and no entity (a level, another career the thesaurus knows) names.
    fn becomes_another_career(&self, tokens: &[String]) -> bool {
        // "Deciding between this and becoming a medical assistant: what's the difference?"
        // weighs the two, which the guide may well do.
        const WEIGHING_TWO: &[&str] = &[
            "between",
            "difference",
            "differences",
            "differ",
            "different",
            "vs",
            "versus",
            "compare",
            "compared",
            "comparison",
        ];
        if tokens.iter().any(|t| WEIGHING_TWO.contains(&t.as_str())) {
            return false;
        }
        let Some(at) = tokens.windows(3).position(|w| {
            matches!(w[0].as_str(), "become" | "becoming") && matches!(w[1].as_str(), "a" | "an")
        }) else {
            return false;
        };
        let phrase = noun_phrase(tokens, at + 1);
        let Some(head) = phrase.last() else {
            return false;
        };
        // "Become a pcc online" becomes the guide's own career, however it goes on.
        let mut analyzer = self.analyzer.clone();
        !self.stopwords.contains(head.as_str())
            && !phrase
                .iter()
                .any(|w| stem(&mut analyzer, w).is_some_and(|s| self.title_words.contains(&s)))
            && self
                .entities_in(phrase)
                .iter()
                .all(|e| e.class == OTHER_CAREER)
    }

    /// The country the guides are written for: the one they name most.
    pub fn home_country(&self) -> Option<&EntityRef> {
        self.home_country.as_ref()
    }

    /// Whether a stem is a word of a guide's title ("patient", "care", "coordinator").
    pub fn is_title_word(&self, stem: &str) -> bool {
        self.title_words.contains(stem)
    }

    /// Whether a stem is a weak word (generic career words, the guides' titles).
    pub fn is_weak(&self, stem: &str) -> bool {
        self.weak.contains(stem)
    }

    /// The entities named in a sequence of folded words.
    /// Whether "how much" asks an amount of something other than money or the career ("how
    /// much *autonomy*", "how much *vacation*"), not what it pays or costs.
    fn amount_of_something_else(&self, tokens: &[String], token_stems: &[String]) -> bool {
        const MONEY: &[&str] = &[
            "money",
            "salary",
            "salaries",
            "pay",
            "paid",
            "cash",
            "dollars",
            "income",
            "wage",
            "wages",
            "compensation",
            "cost",
            "costs",
            "price",
            "tuition",
            "fee",
            "fees",
        ];
        // "How much does being detail oriented matter": how much it weighs, not an amount.
        const WEIGHING_IN: &[&str] = &[
            "matter", "matters", "help", "helps", "count", "counts", "weigh", "weighs", "hurt",
            "hurts",
        ];
        // What follows the first "how much", if any.
        let after_how_much = tokens
            .windows(2)
            .position(|w| w[0] == "how" && w[1] == "much")
            .map(|at| &tokens[at + 2..]);
        let asks_how_much_it_weighs = after_how_much
            .is_some_and(|rest| rest.iter().any(|t| WEIGHING_IN.contains(&t.as_str())));
        // "How much of this job is on the phone": a share of something, unless of money
        // ("how much of my pay goes to tax").
        let asks_a_share = tokens
            .windows(3)
            .position(|w| w == ["how", "much", "of"])
            .is_some_and(|at| {
                !tokens[at + 3..]
                    .iter()
                    .take(3)
                    .any(|t| MONEY.contains(&t.as_str()))
            });
        // "How much is employment expected to grow": a rate of growth, unless of pay ("how
        // much will my salary grow").
        const GROWING: &[&str] = &["grow", "grows", "growing", "growth", "increase", "rise"];
        let asks_how_much_it_grows = after_how_much.is_some_and(|rest| {
            rest.iter().any(|t| GROWING.contains(&t.as_str()))
                && !rest.iter().any(|t| MONEY.contains(&t.as_str()))
        });
        asks_how_much_it_weighs
            || asks_how_much_it_grows
            || asks_a_share
            || tokens.windows(3).enumerate().any(|(i, w)| {
                w[0] == "how"
                    && w[1] == "much"
                    && w[2].chars().all(|c| c.is_ascii_alphabetic())
                    && !self.stopwords.contains(w[2].as_str())
                    && !MONEY.contains(&w[2].as_str())
                    && !self.is_title_word(&token_stems[i + 2])
            })
    }

    /// The words of an entity's first name ("manager" for the manager level), stemmed as
    /// searched, for a question that asks about it without naming it.
    pub fn search_words_naming(&self, entity: &EntityRef, because: &str) -> Vec<SearchWord> {
        let mut analyzer = self.analyzer.clone();
        self.entities
            .iter()
            .find(|e| e.reference == *entity)
            .and_then(|e| e.phrases.first())
            .into_iter()
            .flatten()
            .filter_map(|word| {
                Some(SearchWord {
                    word: word.clone(),
                    stem: stem(&mut analyzer, word)?,
                    weight: 1.0,
                    origin: Origin::Implied {
                        phrase: because.to_string(),
                    },
                    context: false,
                })
            })
            .collect()
    }

    /// The levels `words` name only in phrases holding a word no guide writes ("the top
    /// job" for the manager level), each with that phrase and its words no guide writes:
    /// searching the phrase finds nothing of the level, searching its name does.
    pub fn levels_named_in_other_words(&self, words: &[String]) -> Vec<NamedInOtherWords> {
        let matches = self.entity_index.matches(words);
        let unwritten = |item: usize, phrase: usize| -> Vec<String> {
            self.entity_index.phrases[item][phrase]
                .iter()
                .filter(|w| !self.guides_write_or_plural(w))
                .cloned()
                .collect()
        };
        let mut found: Vec<NamedInOtherWords> = Vec::new();
        for &(item, phrase) in &matches {
            let entity = &self.entities[item];
            let only_unwritten = matches
                .iter()
                .filter(|(i, _)| *i == item)
                .all(|&(_, p)| !unwritten(item, p).is_empty());
            if entity.reference.class == LEVEL
                && only_unwritten
                && !found.iter().any(|n| n.level == entity.reference)
            {
                found.push(NamedInOtherWords {
                    level: entity.reference.clone(),
                    phrase: self.entity_index.phrases[item][phrase].join(" "),
                    unwritten: unwritten(item, phrase),
                });
            }
        }
        found
    }

    pub fn entities_in(&self, words: &[String]) -> Vec<EntityRef> {
        // "Lead" the verb names no level; the words are copied only to blank it.
        let verb_at = |i: usize| is_lead_the_verb(words, i);
        let words: std::borrow::Cow<[String]> = if (0..words.len()).any(verb_at) {
            (0..words.len())
                .map(|i| {
                    if verb_at(i) {
                        String::new()
                    } else {
                        words[i].clone()
                    }
                })
                .collect::<Vec<_>>()
                .into()
        } else {
            words.into()
        };
        self.entity_index
            .items_in(&words)
            .into_iter()
            .map(|e| self.entities[e].reference.clone())
            .collect()
    }

    /// The entities a question pins down. Another career ([`OTHER_CAREER`]) named beside the
    /// guides' own is the person's background, not the subject: "I'm a medical receptionist,
    /// what could I make as a coordinator?" asks about coordinators.
    /// Also returns the words that named background careers and places set aside, which are
    /// not searched for.
    fn entities_asked_about(
        &self,
        tokens: &[String],
        asking_tokens: &[String],
        token_stems: &[String],
        context: &HashSet<String>,
        told_just_before: &HashSet<String>,
        points_back: bool,
    ) -> AskedEntities {
        let mut analyzer = self.analyzer.clone();
        let mut asked = Vec::new();
        let mut background = HashSet::new();
        let mut told = Vec::new();
        let mut followed = None;
        let mut compared = Vec::new();
        let mut left = Vec::new();
        // "Is a pcc the same as a case manager" asks what the other career is; "pcc pay vs
        // medical assistant pay" is half answered by the guide's own figures.
        const LIKENING: &[&str] = &["same", "similar", "different", "difference", "differ"];
        let likens = tokens.iter().any(|t| LIKENING.contains(&t.as_str()));
        let found = self.entity_index.matches(tokens);
        // Where phrases overlap, the longer names the entity: "case manager" is a career, not
        // the manager level.
        let span_of = |item: usize, phrase: usize| -> Vec<(usize, usize)> {
            let words = &self.entities[item].phrases[phrase];
            (0..tokens.len())
                .filter(|&i| tokens[i..].starts_with(words))
                .map(|i| (i, i + words.len()))
                .collect()
        };
        let spans: Vec<Vec<(usize, usize)>> = found
            .iter()
            .map(|&(item, phrase)| span_of(item, phrase))
            .collect();
        // The guides' career named in its own words, not inside another's ("how much do
        // clinical coordinators make" names no coordinator of the guides).
        let inside_another_career = |i: usize| {
            found.iter().zip(&spans).any(|(&(item, _), spans)| {
                self.entities[item].reference.class == OTHER_CAREER
                    && spans.iter().any(|&(a, b)| a <= i && i < b)
            })
        };
        let goes_elsewhere = !tokens.iter().any(|t| COMPARING.contains(&t.as_str()))
            && (tokens.iter().any(|t| ELSEWHERE.contains(&t.as_str()))
                || tokens.windows(2).any(|w| {
                    matches!(w[0].as_str(), "other" | "another")
                        && matches!(w[1].as_str(), "country" | "countries")
                }));
        // "Do you need a nursing degree *for this*": what it is needed for is the guides' career.
        let needed_for_this = tokens.windows(2).any(|w| w[0] == "for" && w[1] == "this");
        let names_a_guide_career = needed_for_this
            || token_stems
                .iter()
                .enumerate()
                .any(|(i, s)| self.title_heads.contains(s) && !inside_another_career(i));
        // "My husband got a job in Denver. I'm in the UK, what's the pay there?": "there" is
        // the nearest place, named in the question or told just before it, where there is
        // one; not a place told further back.
        let mut near = |item: usize, phrase: usize| {
            self.entities[item].phrases[phrase].iter().any(|w| {
                stem(&mut analyzer, w)
                    .is_some_and(|s| !context.contains(&s) || told_just_before.contains(&s))
            })
        };
        let is_place = |item: usize| self.entities[item].reference.is_a_place();
        let near_places: Vec<usize> = found
            .iter()
            .filter(|&&(item, phrase)| is_place(item) && near(item, phrase))
            .map(|&(item, _)| item)
            .collect();
        // "I'm moving to Arizona. What about Brazil, what do they make there?": a place the
        // question names itself is the nearest of all.
        let asked_places: Vec<usize> = found
            .iter()
            .filter(|&&(item, phrase)| {
                let words = &self.entities[item].phrases[phrase];
                is_place(item)
                    && (0..asking_tokens.len()).any(|i| asking_tokens[i..].starts_with(words))
            })
            .map(|&(item, _)| item)
            .collect();
        let near_places = if asked_places.is_empty() {
            near_places
        } else {
            asked_places
        };
        // A name typed only where the asker tells of themselves: a word of it told, and the
        // whole never in an asking sentence ("I'm finishing my medical assistant program. Do I
        // need to know medical coding?" asks "medical", not the medical assistant).
        let mut told_not_asked = |words: &[String]| {
            !(0..asking_tokens.len()).any(|i| asking_tokens[i..].starts_with(words))
                && words
                    .iter()
                    .any(|w| stem(&mut analyzer, w).is_some_and(|s| context.contains(&s)))
        };
        let inside_a_longer = |k: usize| {
            spans[k].iter().all(|&(a, b)| {
                spans.iter().enumerate().any(|(other, theirs)| {
                    other != k
                        && theirs
                            .iter()
                            .any(|&(c, d)| c <= a && b <= d && (d - c) > (b - a))
                })
            })
        };
        for (k, &(item, phrase)) in found.iter().enumerate() {
            if inside_a_longer(k) {
                continue;
            }
            let entity = &self.entities[item];
            let words = &entity.phrases[phrase];
            // "remote jobs outside the us" asks about anywhere but the US.
            let excluded = (0..tokens.len())
                .filter(|&i| tokens[i..].starts_with(words))
                .all(|i| {
                    let before: Vec<&str> = tokens[..i]
                        .iter()
                        .rev()
                        .map(String::as_str)
                        .filter(|t| !ARTICLES.contains(t))
                        .take(2)
                        .collect();
                    before.first().is_some_and(|b| EXCLUDING.contains(b))
                        || before == ["than", "other"]
                        || before == ["in", "not"]
                });
            // "My manager said…" is a person the asker knows, not a level of the career.
            let someones = (0..tokens.len())
                .filter(|&i| tokens[i..].starts_with(words))
                .all(|i| {
                    i.checked_sub(1)
                        .is_some_and(|p| POSSESSIVES.contains(&tokens[p].as_str()))
                });
            // "Can this job lead to residency": "lead" followed by "to" is the verb.
            let a_verb = entity.reference.class == LEVEL
                && words.len() == 1
                && (0..tokens.len())
                    .filter(|&i| tokens[i..].starts_with(words))
                    .all(|i| is_lead_the_verb(tokens, i));
            if a_verb {
                continue;
            }
            // "Do coordinators work with nurses": the people a career works beside are what is
            // asked about, as words, not another career asked of nor the asker's background.
            let worked_beside = entity.reference.class == OTHER_CAREER
                && (0..tokens.len())
                    .filter(|&i| tokens[i..].starts_with(words))
                    .all(|i| works_beside(tokens, i));
            if worked_beside {
                continue;
            }
            // "Once I'm a senior, what's next": a level the asker will have reached, then
            // asked past, is left behind as "after senior" leaves it.
            let reached_then_past = entity.reference.class == LEVEL
                && (0..tokens.len())
                    .filter(|&i| tokens[i..].starts_with(words))
                    .any(|i| reached_then_asked_past(tokens, i, words.len()));
            let excluded = excluded || reached_then_past;
            // "What's after lead", "the step after senior": the level that follows it is
            // asked about.
            let named_after_after = || {
                (0..tokens.len())
                    .filter(|&i| tokens[i..].starts_with(words))
                    .any(|i| {
                        tokens[..i]
                            .iter()
                            .rev()
                            .find(|t| !ARTICLES.contains(&t.as_str()))
                            .is_some_and(|t| matches!(t.as_str(), "after" | "above" | "beyond"))
                    })
            };
            let followed_by_what = reached_then_past
                || (excluded && entity.reference.class == LEVEL && named_after_after());
            if followed_by_what {
                followed = Some(entity.reference.clone());
            }
            // The guides never write "next": the level after the one reached answers it.
            if reached_then_past {
                background.insert("next".to_string());
            }
            // "I was a manager at a fast food place.": told of a job in another trade.
            let in_another_trade = entity.reference.class == LEVEL
                && (0..tokens.len())
                    .filter(|&i| tokens[i..].starts_with(words))
                    .all(|i| {
                        a_level_in_another_trade(tokens, i, words.len(), |k| {
                            self.title_words.contains(&token_stems[k])
                        })
                    })
                && told_not_asked(words);
            if excluded || (entity.reference.class == LEVEL && (someones || in_another_trade)) {
                background.extend(words.iter().cloned());
                continue;
            }
            // Named only where the person tells about themselves ("I'm from Ohio."): what they
            // ask may suit it, but is not asked of it.
            // A level the asker aims at ("…and want to be a manager eventually. What should I
            // work on?") is what they ask about, wherever they say it.
            let aimed_at = entity.reference.class == LEVEL
                && (0..tokens.len())
                    .filter(|&i| tokens[i..].starts_with(words))
                    .any(|i| aims_at(&tokens[..i]));
            // "I work at Kaiser. Do they give raises every year?" asks of Kaiser, and so does
            // "I got an offer from Banner Health. Is that a good place to work?".
            let called_a_workplace = tokens
                .iter()
                .any(|t| matches!(t.as_str(), "that" | "it" | "this"))
                && tokens.iter().any(|t| {
                    matches!(
                        t.as_str(),
                        "place" | "company" | "employer" | "organization" | "organisation"
                    )
                });
            let employer_pointed_at = entity.reference.class == EMPLOYER
                && (called_a_workplace
                    || tokens
                        .iter()
                        .any(|t| matches!(t.as_str(), "they" | "them" | "their" | "theirs")));
            // "I'm thinking of going into radiology tech instead. How long is that program?"
            // asks of the career aimed at, where the question points back at it.
            let career_pointed_at = entity.reference.class == OTHER_CAREER
                && points_back
                && (0..tokens.len())
                    .filter(|&i| tokens[i..].starts_with(words))
                    .any(|i| aims_at_a_career(&tokens[..i]));
            // "I moved here from Mexico." points at no place asked of: only a question's
            // "here" or "there" does.
            let pointed_at_there = points_back_to_a_place(asking_tokens)
                && (near_places.is_empty() || near_places.contains(&item));
            let only_told = !pointed_at_there
                && !aimed_at
                && !career_pointed_at
                && !employer_pointed_at
                && told_not_asked(words);
            // Another person's career ("my sister is a nurse") is neither asked nor
            // told of the asker.
            let someone_elses = entity.reference.class == OTHER_CAREER
                && (0..tokens.len())
                    .filter(|&i| tokens[i..].starts_with(words))
                    .all(|i| told_of_someone_else(&tokens[..i]));
            // "Do American qualifications count in other countries", "can coordinators from
            // other countries get a visa for the US": a country named beside somewhere else is
            // one end of a move, which a passage on moving need not name; unless the two are
            // weighed.
            let left_behind = entity.reference.class == COUNTRY && goes_elsewhere;
            if is_place(item)
                && (0..tokens.len())
                    .filter(|&i| tokens[i..].starts_with(words))
                    .all(|i| moved_away_from(&tokens[..i]))
                && !left.contains(&entity.reference)
            {
                left.push(entity.reference.clone());
            }
            if only_told || left_behind {
                background.extend(words.iter().cloned());
                if !someone_elses && !told.contains(&entity.reference) {
                    told.push(entity.reference.clone());
                }
            } else if entity.reference.class == OTHER_CAREER
                && ((names_a_guide_career && !likens) || compared_against(tokens, words))
            {
                background.extend(entity.phrases[phrase].iter().cloned());
                // "i'm a cna would i make more as a coordinator" compares the asker's own
                // career, which they know the pay of.
                let the_askers = (0..tokens.len())
                    .filter(|&i| tokens[i..].starts_with(words))
                    .any(|i| is_the_askers(&tokens[..i]));
                if !the_askers && !compared.contains(&entity.reference) {
                    compared.push(entity.reference.clone());
                }
                // The career the asker is in, or moves from ("switch from medical assistant to
                // coordinator"), is what a passage on who moves into the career names.
                let moved_from = (0..tokens.len())
                    .filter(|&i| tokens[i..].starts_with(words))
                    .any(|i| {
                        tokens[..i]
                            .iter()
                            .rev()
                            .find(|t| !matches!(t.as_str(), "a" | "an" | "being"))
                            .is_some_and(|t| t == "from")
                    });
                if (the_askers || moved_from) && !told.contains(&entity.reference) {
                    told.push(entity.reference.clone());
                }
            } else if entity.reference.class == OTHER_CAREER
                && (0..tokens.len())
                    .filter(|&i| tokens[i..].starts_with(words))
                    .all(|i| is_the_askers(&tokens[..i]))
            {
                // "I am nurse in my country, can I do this job in Canada?": the career the
                // asker is in, said only so, is told of them.
                background.extend(entity.phrases[phrase].iter().cloned());
                if !told.contains(&entity.reference) {
                    told.push(entity.reference.clone());
                }
            } else if !asked.contains(&entity.reference) {
                asked.push(entity.reference.clone());
            }
        }
        told.retain(|e| !asked.contains(e));
        AskedEntities {
            asked,
            told,
            background,
            followed,
            compared,
            left,
        }
    }

    /// The topic a question is about: the one whose thesaurus words it uses most.
    fn topic_of(
        &self,
        tokens: &[String],
        token_stems: &[String],
        search_words: &[SearchWord],
    ) -> Option<Topic> {
        // Synonyms count towards the topic ("make money" is about salary), at half the weight
        // of the person's own words, so "software" signals tools before its synonym "skills"
        // signals skills; and each phrase of the person's once per topic, however many of its
        // synonyms the topic lists ("certified" → education, certifications).
        let mut by_phrase: Vec<(&str, Vec<String>, Vec<String>)> = Vec::new();
        for w in search_words {
            if let Origin::Synonym { phrase } = &w.origin {
                match by_phrase.iter_mut().find(|(p, _, _)| p == phrase) {
                    Some((_, stems, words)) => {
                        stems.push(w.stem.clone());
                        words.push(w.word.clone());
                    }
                    None => by_phrase.push((phrase, vec![w.stem.clone()], vec![w.word.clone()])),
                }
            }
        }
        let own_hits = self.topic_index.matches(token_stems);
        let mut added_hits: Vec<(usize, usize)> = Vec::new();
        let mut added_exact_hits: Vec<(usize, usize)> = Vec::new();
        for (_, stems, words) in &by_phrase {
            for (index, found, into) in [
                (&self.topic_index, stems, &mut added_hits),
                (&self.topic_word_index, words, &mut added_exact_hits),
            ] {
                let mut topics: Vec<(usize, usize)> = index.matches(found);
                topics.dedup_by_key(|(topic, _)| *topic);
                into.extend(topics);
            }
        }
        let exact_hits = self.topic_word_index.matches(tokens);
        let hits = |topic: usize, found: &[(usize, usize)]| {
            found.iter().filter(|(t, _)| *t == topic).count() as f32
        };
        self.topics
            .iter()
            .enumerate()
            .map(|(i, (topic, _))| {
                let score = hits(i, &own_hits)
                    + EXACT_TOPIC_WORD_CREDIT * hits(i, &exact_hits)
                    + 0.5
                        * (hits(i, &added_hits)
                            + EXACT_TOPIC_WORD_CREDIT * hits(i, &added_exact_hits));
                // Equal counts go to the topic named in more words: "other jobs" says
                // related careers more surely than "switch" says how to become one.
                let words: usize = own_hits
                    .iter()
                    .filter(|(t, _)| *t == i)
                    .map(|&(t, phrase)| self.topic_index.phrases[t][phrase].len())
                    .sum();
                ((score, words), topic)
            })
            .filter(|((hits, _), _)| *hits > 0.0)
            .fold(
                None::<((f32, usize), &Topic)>,
                |best, (hits, topic)| match best {
                    Some((b, _)) if b.0 > hits.0 || (b.0 == hits.0 && b.1 >= hits.1) => best,
                    _ => Some((hits, topic)),
                },
            )
            .map(|(_, t)| t.clone())
    }

    /// The longest thesaurus abbreviation or idiom starting at `at` ("pays off" before "pays")
    /// among the lengths `allowed`, with how many words it spans.
    fn abbreviation_at<S: AsRef<str>>(
        &self,
        words: &[S],
        at: usize,
        mut allowed: impl FnMut(usize) -> bool,
    ) -> Option<(usize, &Vec<String>)> {
        let longest = self.longest_abbreviation.min(words.len() - at);
        (1..=longest).rev().filter(|&n| allowed(n)).find_map(|n| {
            let mut phrase = String::new();
            for (i, word) in words[at..at + n].iter().enumerate() {
                if i > 0 {
                    phrase.push(' ');
                }
                phrase.push_str(word.as_ref());
            }
            self.abbreviations
                .get(&phrase)
                .map(|expansion| (n, expansion))
        })
    }

    /// The words with the thesaurus' abbreviations and idioms read, as the question's are
    /// ("signing off for now" is the goodbye "bye for now"), without mending any spelling.
    fn with_phrases_read(&self, words: Vec<String>) -> Vec<String> {
        self.read_idioms(
            words,
            |_, _| true,
            |words, at, n| !self.outspanned(words, at, n),
        )
    }

    /// The words with the thesaurus' idioms read left to right: at each word, the longest idiom
    /// of a length `allowed` there, read unless `kept` says otherwise (then the word stays).
    fn read_idioms(
        &self,
        words: Vec<String>,
        allowed: impl Fn(usize, usize) -> bool,
        kept: impl Fn(&[String], usize, usize) -> bool,
    ) -> Vec<String> {
        let mut read = Vec::with_capacity(words.len());
        let mut next = 0;
        while next < words.len() {
            match self
                .abbreviation_at(&words, next, |n| allowed(next, n))
                .filter(|&(n, _)| kept(&words, next, n))
            {
                Some((n, expansion)) => {
                    read.extend(expansion.iter().cloned());
                    next += n;
                }
                None => {
                    read.push(words[next].clone());
                    next += 1;
                }
            }
        }
        read
    }

    /// Whether a longer phrase starts inside the one at `at`, `n` words long, runs past it and
    /// reads otherwise: "uk pay off to bed now" is the pay asked about and a goodbye, not "pay
    /// off" (worth it) and a bed. Of two phrases that overlap and read differently, the one that
    /// spans more is read; of two that read alike ("get stuck", "stuck at the same level"), the
    /// first, so that the words after it are kept as typed.
    fn outspanned<S: AsRef<str>>(&self, words: &[S], at: usize, n: usize) -> bool {
        if n < 2 {
            return false;
        }
        let Some((_, reading)) = self.abbreviation_at(words, at, |m| m == n) else {
            return false;
        };
        (at + 1..at + n).any(|inside| {
            self.abbreviation_at(words, inside, |m| m > n && inside + m > at + n)
                .is_some_and(|(_, longer)| longer != reading)
        })
    }

    /// Reads again the thesaurus' abbreviations and idioms a respelt word completes: "in
    /// sumple terms" is "in simple terms" only once "sumple" is mended, after the phrases were
    /// read. A phrase is read only where a word was respelt, so nothing is expanded twice.
    fn phrases_completed_by_respelling(
        &self,
        tokens: Vec<String>,
        respelt: &[bool],
    ) -> Vec<String> {
        if !respelt.contains(&true) {
            return tokens;
        }
        self.read_idioms(
            tokens,
            |at, n| respelt[at..at + n].contains(&true),
            |_, _, _| true,
        )
    }

    /// "I'd appreciate a candid answer. Is a pcc a nurse?": a sentence of courtesy asks nothing,
    /// wherever in the message it stands. Told, its words were searched as the asker's context
    /// and "answer" pulled a passage that answers patients' questions. A sentence is courtesy
    /// when the closing passes would drop all of it after a question, so that the courtesy
    /// understood at the close is understood anywhere; a message of courtesy alone is kept
    /// whole, to be answered as small talk.
    fn without_sentences_of_courtesy(&self, message: &str) -> String {
        let sentences: Vec<&str> = message.split_inclusive(['.', '!', '?', '\n']).collect();
        if sentences.len() < 2 {
            return message.to_string();
        }
        let dropped: Vec<bool> = sentences
            .iter()
            .map(|s| {
                self.is_courtesy(s)
                    || self.exclaims_one_word_unwritten(s)
                    || self.greets_whoever(s)
                    || self.asks_whether_to_ask_here(s)
            })
            .collect();
        let anything_else_asked = sentences
            .iter()
            .zip(&dropped)
            .any(|(s, &dropped)| !dropped && asks_something(&self.words_of(s)));
        if !dropped.contains(&true) || !anything_else_asked {
            return message.to_string();
        }
        sentences
            .iter()
            .zip(dropped)
            .filter(|(_, dropped)| !dropped)
            .map(|(s, _)| *s)
            .collect::<String>()
    }

    /// "Essentially: …", "Frankly: …": an adverb alone before a colon, opening a sentence, frames
    /// what follows. Searched, "essentially" matched the guide's "essential". Any adverb in "-ly"
    /// the guides never write is one, as no list of them is whole; one they write names what is
    /// asked about ("Remotely: what's the pay?").
    fn without_a_framing_adverb(&self, message: &str) -> String {
        // Most messages have no colon: they are kept as they are, unscanned.
        if !message.contains(':') {
            return message.to_string();
        }
        message
            .split_inclusive(['.', '!', '?', '\n'])
            .map(|sentence| {
                let opening = sentence.trim_start();
                let framed = opening.split_once(':').filter(|(word, rest)| {
                    let word = crate::text::fold(word);
                    reads_as_an_ly_adverb(&word)
                        && self.never_written(&word)
                        && rest.chars().any(char::is_alphanumeric)
                });
                match framed {
                    Some((_, rest)) => format!(
                        "{}{}",
                        &sentence[..sentence.len() - opening.len()],
                        rest.trim_start()
                    ),
                    None => sentence.to_string(),
                }
            })
            .collect()
    }

    /// "Is this a good spot to ask? …", "Is it ok to post this here? …": a question whether the
    /// message is in its place asks nothing of the career. Searched, "spot" matched no passage
    /// and the question after it was declined. The place may be called anything the guides never
    /// write; every other word is a function word or one of how right the place is, so a
    /// question of asking something ("is it ok to ask for more pay?") is still read.
    fn asks_whether_to_ask_here(&self, sentence: &str) -> bool {
        const ASKING: &[&str] = &["ask", "asking", "post", "posting"];
        const HERE: &[&str] = &["this", "here"];
        const RIGHTLY: &[&str] = &[
            "place",
            "right",
            "good",
            "ok",
            "okay",
            "fine",
            "allowed",
            "alright",
            "correct",
            "proper",
            "appropriate",
            "best",
        ];
        // Most sentences are no question: they are not folded into words at all.
        if !sentence.trim_end().ends_with('?') {
            return false;
        }
        let words = self.words_of(sentence);
        words.iter().any(|w| ASKING.contains(&w.as_str()))
            && words.iter().any(|w| HERE.contains(&w.as_str()))
            && words.iter().all(|w| {
                ASKING.contains(&w.as_str())
                    || HERE.contains(&w.as_str())
                    || RIGHTLY.contains(&w.as_str())
                    || self.stopwords.contains(w.as_str())
                    || self.never_written(w)
            })
    }

    /// "Howdy-doo, night owls! …", "Hey hey, insomniac club! …": a greeting exclaimed to those
    /// it names in a few words of any kind, as no list of them is whole, but none the guides
    /// write for what they are ("Hello, remote workers! …" keeps "remote"). Searched, "night"
    /// drew the guide's evening shifts.
    fn greets_whoever(&self, sentence: &str) -> bool {
        let words = self.words_of(sentence);
        let greeting = greeting_length(&words);
        sentence.trim_end().ends_with('!')
            && greeting > 0
            // A greeting alone ("Hey all!") is read where it opens the question.
            && (greeting + 1..=greeting + 3).contains(&words.len())
            && words[greeting..].iter().all(|w| {
                ADDRESSEES.contains(&w.as_str())
                    || GREETINGS.contains(&w.as_str())
                    || SMALL_TALK.contains(&w.as_str())
                    || self.never_written(w)
            })
    }

    /// "Salaam! …", "Namaste! …": one word exclaimed, that the guides never write, is a greeting
    /// in a language or a form no list holds. Searched as something told, it drew the answer
    /// towards whatever it was mended to.
    fn exclaims_one_word_unwritten(&self, sentence: &str) -> bool {
        let words = self.words_of(sentence);
        // A question word is never "never written": it is a stopword.
        sentence.trim_end().ends_with('!') && words.len() == 1 && self.never_written(&words[0])
    }

    /// "… (on mobile, excuse typos)", "(thanks in advance!)": an aside in brackets that only
    /// excuses or thanks, with nothing else in it that the guides write, asks nothing. Searched,
    /// "mobile" matched the guide's global mobility. Each of its clauses is courtesy, an apology
    /// or part of one, or of nothing written, and one at least is courtesy or an apology: an
    /// aside naming a place ("(in tucson)") is still read. An aside to the moderators
    /// ([`is_aside_to_the_moderators`]) is dropped in the same pass.
    fn without_asides_asking_nothing(&self, message: &str) -> String {
        let (_, asides) = set_asides_apart(message);
        let mut kept = message.to_string();
        for aside in asides {
            let clauses: Vec<&str> = aside
                .split([',', ';', '.', '!'])
                .filter(|c| c.chars().any(char::is_alphabetic))
                .collect();
            let excuses = |clause: &str| {
                let tokens = self.words_of(clause);
                // Or is the apology alone ("(typed on my phone, sorry)").
                let only_sorry = !tokens.is_empty()
                    && tokens
                        .iter()
                        .all(|t| matches!(t.as_str(), "sorry" | "sry" | "soz" | "apologies"));
                let left = without_an_apology(tokens.clone());
                only_sorry
                    || (left.len() < tokens.len()
                        && left.iter().all(|t| self.stopwords.contains(t.as_str())))
            };
            let marked = |clause: &str| self.is_courtesy(clause) || excuses(clause);
            // Beside an excuse, a clause is read as part of it ("typing on my phone, sorry for
            // any typos").
            let excused_with = |clause: &str| {
                let mut tokens = vec!["sorry".to_string()];
                tokens.extend(self.words_of(clause));
                without_an_apology(tokens)
                    .iter()
                    .all(|t| self.stopwords.contains(t.as_str()))
            };
            let no_need = HashMap::new();
            if is_aside_to_the_moderators(aside)
                || is_aside_on_writing_this(aside)
                || clauses.iter().any(|c| marked(c))
                    && clauses.iter().all(|c| {
                        marked(c) || excused_with(c) || self.speaks_of_nothing_written(c, &no_need)
                    })
            {
                kept = kept.replacen(&format!("({aside})"), "", 1);
            }
        }
        kept
    }

    /// Whether a sentence or clause is all courtesy: what the closing passes would drop of it,
    /// read after a question of one word, is all of it ("I'd appreciate a candid answer.",
    /// "sleep well,").
    fn is_courtesy(&self, sentence: &str) -> bool {
        // Read as typed, and with the thesaurus' idioms read ("signing off for now" is "bye for
        // now"): an idiom the thesaurus reads as framing ("hope that makes sense" is a mere
        // "question") is courtesy as typed.
        let typed = self.words_of(sentence);
        let read = self.with_phrases_read(typed.clone());
        // Most sentences hold no idiom: they are read once.
        if read == typed {
            return self.is_courtesy_in(sentence, typed);
        }
        self.is_courtesy_in(sentence, typed) || self.is_courtesy_in(sentence, read)
    }

    fn is_courtesy_in(&self, sentence: &str, tokens: Vec<String>) -> bool {
        if !tokens.iter().any(|t| t.chars().any(char::is_alphabetic)) {
            return false;
        }
        // "…, team", "…, folks.": a clause that only calls on those addressed, not asking.
        if !sentence.trim_end().ends_with('?')
            && tokens
                .iter()
                .all(|t| ADDRESSEES.contains(&t.as_str()) || matches!(t.as_str(), "you" | "u"))
        {
            return true;
        }
        let unwritten = |word: &str| self.never_written(word);
        const ASKED: &str = "salary";
        let probe: Vec<String> = std::iter::once(ASKED.to_string()).chain(tokens).collect();
        let left = without_a_parting_wish(probe, &unwritten);
        let left = without_a_closing_hope_for_an_answer(without_closing_courtesy(left, &unwritten));
        let left = without_a_warning_of_slow_replies(without_a_closing_cry_for_help(
            without_a_closing_request_for_input(left),
        ));
        without_a_doubt_about_the_wording(left) == [ASKED]
    }

    /// "Hi, I'm Sam. …", "my name is Priya and …": the asker's name says nothing of what is
    /// asked. Searched, it was a word no passage holds, or was mended to one ("Sam" to "sahm", a
    /// stay-at-home mom). After "I'm" only a capitalised word the engine does not know, closing
    /// its clause, is a name ("I'm Canadian" tells a country); after "my name is", any word.
    fn without_the_askers_name(&self, message: &str) -> String {
        let chunks: Vec<&str> = message.split_whitespace().collect();
        let word_of = |chunk: &str| {
            crate::text::fold(chunk.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
                .replace(['\u{2019}', '\''], "")
        };
        let closes = |chunk: &str| chunk.ends_with(['.', ',', '!', '?', ';', ':']);
        let words: Vec<String> = chunks.iter().map(|chunk| word_of(chunk)).collect();
        let mut dropped = vec![false; chunks.len()];
        for i in 0..chunks.len() {
            // Whether the words just before this one are `phrase`.
            let said = |phrase: &[&str]| {
                i >= phrase.len()
                    && words[i - phrase.len()..i]
                        .iter()
                        .zip(phrase)
                        .all(|(word, said)| word == said)
            };
            // "my name is Sam", "my name's Sam", "Name's Sam", "call me Sam": the words naming it
            // go with it ("name" alone was searched).
            let naming = [&["my", "name", "is"][..], &["my", "names"], &["call", "me"]]
                .into_iter()
                .find(|phrase| said(phrase))
                .or((i == 1 && said(&["names"])).then_some(&["names"][..]))
                .map_or(0, <[&str]>::len);
            let introduced = (said(&["im"]) || said(&["i", "am"])) && !closes(chunks[i - 1]);
            let word = &words[i];
            let capitalised = chunks[i]
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
                && word.len() > 1
                && word.chars().all(char::is_alphabetic);
            let a_name = if naming > 0 {
                !word.is_empty()
            } else {
                introduced
                    && capitalised
                    && !self.is_known(word)
                    && (closes(chunks[i]) || words.get(i + 1).is_none_or(|next| next == "and"))
            };
            if a_name {
                dropped[i - naming..=i].iter_mut().for_each(|d| *d = true);
            }
        }
        if !dropped.contains(&true) {
            return message.to_string();
        }
        chunks
            .iter()
            .zip(&dropped)
            .map(|(chunk, &dropped)| {
                if dropped {
                    // The clause's mark stays: it says where a sentence ends.
                    chunk.trim_start_matches(|c: char| {
                        !matches!(c, '.' | ',' | '!' | '?' | ';' | ':')
                    })
                } else {
                    chunk
                }
            })
            .filter(|chunk| !chunk.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    pub fn understand(&self, question: &str) -> Understood {
        let mut analyzer = self.analyzer.clone();
        let cleaned = self
            .without_asides_asking_nothing(&kin_compounds_as_kin(&strip_discord_markup(question)));
        let prepared = self.without_the_askers_name(&self.without_sentences_of_courtesy(
            &self.without_a_framing_adverb(&without_a_plea_for_help(
                &boards_sat_as_exams(&raised_as_growing_up(&a_class_year_as_graduation(
                    &percent_sign_as_word(&money_signs_as_words(
                        &cleaned.replace("w/", "with ").replace("W/", "with "),
                    )),
                ))),
                &|word| self.never_written(word),
            )),
        ));
        let folded = fold_for_search(&prepared);

        let mut tokens: Vec<String> = Vec::new();
        // Which tokens are respelt, for reading the phrases they complete.
        let mut respelt: Vec<bool> = Vec::new();
        let mut corrections = Vec::new();
        // Misspellings mended, so that what the telling and the asking say is read as mended.
        let mut misspelt: HashMap<String, String> = HashMap::new();
        let mut unabbreviated: Vec<(Vec<&str>, &Vec<String>)> = Vec::new();
        let raw: Vec<&str> = words(&folded).collect();
        let places = capitalised_after_a_place_word(&prepared);
        let accented = typed_with_accents(&prepared);
        let mut next = 0;
        while next < raw.len() {
            let after_article = next > 0 && ARTICLES.contains(&raw[next - 1]);
            let expanded = self
                .abbreviation_at(&raw, next, |_| true)
                .filter(|&(n, expansion)| !after_article || n > 1 || names_a_thing(expansion))
                .filter(|&(n, _)| !self.outspanned(&raw, next, n));
            if let Some((n, expansion)) = expanded {
                tokens.extend(expansion.iter().cloned());
                respelt.resize(tokens.len(), false);
                unabbreviated.push((raw[next..next + n].to_vec(), expansion));
                next += n;
                continue;
            }
            let word = raw[next];
            next += 1;
            // "an airport café": a word typed with its accents is written as meant, however the
            // guides spell ("chafe"), and is not mended.
            if !self.is_known(word) && !accented.contains(word) {
                // After "how" a misspelling is a word of degree ("how mutch" is "much", not
                // "dutch").
                let after_how = tokens.last().is_some_and(|t| t == "how");
                // "living in Leeds now": a place the engine does not know is no slip for a word
                // the guides write ("leads"), only for a place it knows ("in Canda").
                let a_place_unknown = |fixed: &String| {
                    places.contains(word)
                        && self
                            .entity_index
                            .matches(std::slice::from_ref(fixed))
                            .is_empty()
                };
                if let Some(fixed) = after_how
                    .then(|| how_word_meant(word))
                    .flatten()
                    .or_else(|| self.unstretched(word))
                    .or_else(|| self.correct(word))
                    .filter(|fixed| !a_place_unknown(fixed))
                {
                    corrections.push((word.to_string(), fixed.clone()));
                    misspelt.insert(word.to_string(), fixed.clone());
                    tokens.push(fixed);
                    respelt.push(true);
                    continue;
                }
            }
            if let Some(plain) = self
                .plain_degree_of(word)
                .or_else(|| self.root_of_agent_noun(word))
            {
                corrections.push((word.to_string(), plain.clone()));
                tokens.push(plain);
                respelt.push(false);
                continue;
            }
            tokens.push(word.to_string());
            respelt.push(false);
        }
        let mut tokens = self.phrases_completed_by_respelling(tokens, &respelt);
        // "the us" is the country even in lower case.
        for i in 1..tokens.len() {
            if tokens[i] == "us" && tokens[i - 1] == "the" {
                tokens[i] = "usa".to_string();
            }
        }
        let tokens = digits_for_words(tokens);
        let tokens = self.particle_beside_its_verb(tokens, &mut analyzer);
        let unwritten = |word: &str| self.never_written(word);
        let tokens = without_an_opening_doubt_about_the_wording(without_a_doubt_about_the_wording(
            self.join_split_compounds(tokens),
        ));
        let tokens = without_what_the_question_is_called(tokens, &raw, &unwritten);
        let tokens =
            without_feeling_foolish_to_ask(without_an_apology(without_a_hope_that_all_is_well(
                without_asking_how_one_is(without_a_hedge(without_the_side_of_things(tokens))),
            )));
        // Read before the posting is: "… too shy to post this" is whom it is asked for.
        let tokens = without_keeping_the_thread(without_the_posting_of_this_message(
            without_someone_else_behind_the_question(tokens),
        ));
        let tokens = without_whom_the_question_is_for(without_a_fear_of_repeating(tokens));
        let tokens = without_whom_the_question_is_put_to(tokens);
        let tokens = without_whom_one_asks_for(tokens, &unwritten);
        let tokens = without_a_parting_wish(without_a_wish_for_the_season(tokens), &unwritten);
        let tokens = without_a_closing_hope_for_an_answer(without_closing_courtesy(
            without_a_word_on_the_channel(without_the_channel_praised_as_the_best(tokens)),
            &unwritten,
        ));
        let tokens = without_a_warning_of_slow_replies(without_a_closing_cry_for_help(
            without_a_closing_request_for_input(tokens),
        ));
        // Read before "make" that causes is dropped: "can you help me make my CV" is a task.
        // Read on the words as typed too: "please help" is rewritten whole as a mere framing of
        // the question, and "please help me translate my diploma" is still a task.
        let task = asks_for_a_task(&tokens) || asks_for_a_task(&raw);
        let tokens = in_years_to_come(read_amounts_and_causatives(tokens));
        let tokens = without_how_often(without_where_one_lives(without_ages_told(
            without_a_year_of_school(tokens),
        )));
        let tokens = without_when_at_work(without_empty_particles(without_who_said_it(
            without_a_request_to_explain(tokens),
        )));
        let tokens = self.without_class_after_its_entity(tokens);

        let small_talk =
            !tokens.is_empty() && tokens.iter().all(|t| SMALL_TALK.contains(&t.as_str()));
        let token_stems: Vec<String> = tokens
            .iter()
            .map(|t| stem(&mut analyzer, t).unwrap_or_default())
            .collect();

        // In a message of several sentences, words only in those that do not ask ("I've been
        // in retail for five years.") are context: they count for less than the question, and
        // say nothing of its topic ("I work at a dental office. Salary in Australia?").
        let Told {
            mut context,
            pointed_at: mut told_just_before,
            asked: asked_in_the_message,
            mut of_others,
            mut workplaces,
            announcing,
        } = self.context_stems(&prepared, &misspelt);
        // A word mended in a telling sentence ("long time lurker" → "lurked") still tells, and
        // so does shorthand spelt out ("I have a CMAA cert." → "certification"), unless the
        // question asks it too ("…on the phonne. How much of the job is phone work?").
        let respelt: Vec<(Vec<String>, Vec<String>)> = corrections
            .iter()
            .map(|(typed, mended)| (vec![typed.as_str()], vec![mended.clone()]))
            .chain(
                unabbreviated
                    .iter()
                    .map(|(typed, expansion)| (typed.clone(), expansion.to_vec())),
            )
            .map(|(typed, written)| {
                let typed = typed
                    .iter()
                    .filter_map(|w| stem(&mut analyzer, w))
                    .collect();
                (typed, written)
            })
            .collect();
        // What the asking sentences write, typed there: a telling that writes it too, typing it
        // otherwise, does not make it told ("I'm burnt out. Do pccs burn out a lot?": both are
        // "burnout"). Not the thesaurus' words for framing ("next year" and "in simple terms" are
        // both "question"), which are no concept asked.
        let mut written_in_the_asking: HashSet<String> = HashSet::new();
        for (typed, written) in &respelt {
            let asked = !typed.is_empty()
                && typed
                    .iter()
                    .all(|s| asked_in_the_message.contains(s) && !context.contains(s));
            if asked {
                written_in_the_asking.extend(
                    written
                        .iter()
                        .filter_map(|w| stem(&mut analyzer, w))
                        .filter(|s| !matches!(s.as_str(), "question" | "hi" | "thank")),
                );
            }
        }
        for (typed, written) in respelt {
            // A phrase typed in a telling sentence may share a word with the question ("I'm a
            // stay at home dad. Can I work from home?"): one word told only is enough to place
            // it, as a phrase the question typed has all its words asked.
            if !typed.iter().any(|s| context.contains(s)) {
                continue;
            }
            let just_before = typed
                .iter()
                .filter(|s| context.contains(*s))
                .all(|s| told_just_before.contains(s));
            let a_workplace = typed.iter().all(|s| workplaces.contains(s));
            // "My grandpa is in a care home." tells of him, in the thesaurus' words too.
            let of_another = typed
                .iter()
                .filter(|s| context.contains(*s))
                .all(|s| of_others.contains(s));
            for written in written.iter().filter_map(|w| stem(&mut analyzer, w)) {
                if asked_in_the_message.contains(&written)
                    || written_in_the_asking.contains(&written)
                {
                    continue;
                }
                if just_before {
                    told_just_before.insert(written.clone());
                }
                if a_workplace {
                    workplaces.insert(written.clone());
                }
                if of_another {
                    of_others.insert(written.clone());
                }
                context.insert(written);
            }
        }
        // What the asking sentences say, the telling ones blanked out.
        let (asking_tokens, asking_stems): (Vec<String>, Vec<String>) = tokens
            .iter()
            .zip(&token_stems)
            .map(|(t, s)| {
                if context.contains(s) {
                    (String::new(), String::new())
                } else {
                    (t.clone(), s.clone())
                }
            })
            .unzip();
        let how_to_action = self.how_to_action(&tokens);
        let asks_where = asks_where(&tokens);
        // "Morning folks, …", "hey all, …": a greeting opening the message asks nothing.
        let greeting = greeting_length(&tokens);
        // "hi!! first time poster do pccs get…": a greeting the thesaurus reads whole leaves no
        // mark where the question starts, so the words after it are read for one too.
        let speaks_of_nothing = |clause: &str| self.asks_of_nothing_written(clause, &misspelt);
        let courteous = |clause: &str| self.is_courtesy(clause);
        let yes_or_no = asks_yes_or_no(&prepared, &speaks_of_nothing, &courteous)
            || (greeting > 0
                && asks_yes_or_no(
                    &tokens[greeting..].join(" "),
                    &speaks_of_nothing,
                    &courteous,
                ));
        let mut search_words: Vec<SearchWord> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        let mut set_aside: Vec<(String, String)> = Vec::new();
        for (i, (token, stemmed)) in tokens.iter().zip(&token_stems).enumerate() {
            if self.stopwords.contains(token.as_str()) || stemmed.is_empty() || i < greeting {
                continue;
            }
            // In "how long", "long" frames the question (a duration is wanted) rather than
            // naming what it is about; it must not match "long-term".
            if token == "long" && i > 0 && tokens[i - 1] == "how" {
                continue;
            }
            // "What's the growth rate": "rate" only says a figure is wanted.
            if RATES.contains(&token.as_str()) && !rated_phrase(&tokens).is_empty() {
                continue;
            }
            // "Where are most jobs located": "located" only restates "where".
            if asks_where && RESTATING_WHERE.contains(&token.as_str()) {
                continue;
            }
            // "The most important soft skill": after "most", how much something matters only
            // asks for the foremost.
            if i > 0 && tokens[i - 1] == "most" && MATTERING.contains(&token.as_str()) {
                continue;
            }
            // "What does a senior do that a regular one doesn't": the plain coordinator is
            // the reference point, and "regular" is not a word of the answer ("regular
            // business hours").
            const PLAIN: &[&str] = &["regular", "normal", "ordinary", "standard", "basic"];
            const ONE_OF_THEM: &[&str] =
                &["one", "ones", "coordinator", "coordinators", "pcc", "pccs"];
            if PLAIN.contains(&token.as_str())
                && tokens.get(i + 1).is_some_and(|next| {
                    ONE_OF_THEM.contains(&next.as_str())
                        || (next == "patient" && tokens.get(i + 2).is_some_and(|n| n == "care"))
                })
            {
                continue;
            }
            // "Which skills matter": the verb asks which count, and is not a word of the
            // answer ("subject matter expert").
            if matches!(token.as_str(), "matter" | "matters")
                && !(i > 0 && tokens[i - 1] == "subject")
            {
                continue;
            }
            // "Job outlook 2030": a year the guides never name only places the question in
            // time.
            if is_a_year(token) && !self.vocabulary.contains_key(token.as_str()) {
                continue;
            }
            // "right now" places the question in time; "right" is not asked about.
            if token == "right" && tokens.get(i + 1).is_some_and(|next| next == "now") {
                continue;
            }
            // "this job", "the role", "this field" point at the career being asked about;
            // unless they qualify another noun ("job market", "job boards").
            let refers_to_the_career = CAREER_NOUNS.contains(&token.as_str())
                && i > 0
                && DETERMINERS.contains(&tokens[i - 1].as_str())
                && !tokens
                    .get(i + 1)
                    .is_some_and(|next| NOUNS_A_CAREER_NOUN_QUALIFIES.contains(&next.as_str()));
            if refers_to_the_career {
                set_aside.push((token.clone(), stemmed.clone()));
                continue;
            }
            if seen.insert(stemmed.clone()) {
                // A sum rarely appears as typed ("40k" for "$40,000"): it says the question
                // is about pay, and counts little itself. A lone digit is as often chat for
                // "to" or "for" ("how 2 become one") as a number, so it counts little too.
                let lone_digit = token.len() == 1 && token.chars().all(|c| c.is_ascii_digit());
                let weight = if self.weak.contains(stemmed)
                    || is_amount(token)
                    || lone_digit
                    || changes_something_other_than_careers(&tokens, i)
                {
                    WEAK_WEIGHT
                } else if how_to_action == Some(i) {
                    HOW_TO_ACTION_WEIGHT
                } else {
                    1.0
                };
                search_words.push(SearchWord {
                    word: token.clone(),
                    stem: stemmed.clone(),
                    weight,
                    origin: Origin::Question,
                    context: false,
                });
            }
        }
        // "is the job stressful" keeps "stressful"; but "what about the job" must keep "job",
        // and so does "I'm a nursing student. What's good about this job?", which asks in other
        // words ("good about"); "I'm terrible at multitasking. Is that a problem in this job?"
        // asks about what it tells.
        let only_context_searched = search_words.iter().all(|w| context.contains(&w.stem))
            && (context.is_empty() || !self.synonym_index.items_in(&asking_stems).is_empty());
        if only_context_searched {
            for (word, stemmed) in set_aside {
                if seen.insert(stemmed.clone()) {
                    let weight = if self.weak.contains(&stemmed) {
                        WEAK_WEIGHT
                    } else {
                        1.0
                    };
                    search_words.push(SearchWord {
                        word,
                        stem: stemmed,
                        weight,
                        origin: Origin::Question,
                        context: false,
                    });
                }
            }
        }
        let mut links: Vec<(String, Vec<String>)> = Vec::new();
        let own: HashSet<String> = seen.clone();
        // A function word stands for nothing, even when it stems like a thesaurus word ("quick
        // question" is not "quickly").
        let said_as_content = |stem: &str, written: Option<&String>| {
            tokens
                .iter()
                .zip(&token_stems)
                .enumerate()
                .any(|(i, (t, s))| {
                    s == stem
                        && !self.stopwords.contains(t.as_str())
                        && !asks_for_kinds_at(&tokens, i)
                        && written.is_none_or(|w| crate::text::same_word_family(t, w))
                })
        };
        // "How much autonomy" asks an amount of autonomy: "how much" does not stand for pay.
        let amount_of_something_else = self.amount_of_something_else(&tokens, &token_stems);
        // Nor does it where one spends: "how much should I expect to spend on a course" asks
        // a cost.
        const SPENDING: &[&str] = &["spend", "spending", "spent", "costing"];
        let not_pay = amount_of_something_else
            || tokens
                .iter()
                .any(|t| PRICE_NAMED.contains(&t.as_str()) || SPENDING.contains(&t.as_str()));
        // A phrase whose every content word was only told, not asked.
        let only_told = |phrase: &mut dyn Iterator<Item = &str>| {
            let mut content = phrase.filter(|s| !self.stopwords.contains(*s)).peekable();
            content.peek().is_some() && content.all(|s| context.contains(s))
        };
        // "lots of *coordinator* jobs": the career's own name inside a phrase ("lots of
        // jobs") leaves it the phrase.
        let without_title: Vec<String> = token_stems
            .iter()
            .filter(|s| !self.title_words.contains(*s))
            .cloned()
            .collect();
        let mut phrases_found = self.synonym_index.items_in(&token_stems);
        for item in self.synonym_index.items_in(&without_title) {
            if !phrases_found.contains(&item) {
                phrases_found.push(item);
            }
        }
        for (phrase, canonical) in phrases_found
            .into_iter()
            .filter(|&i| {
                let (phrase, _) = &self.synonyms[i];
                phrase.len() > 1 || said_as_content(&phrase[0], self.synonym_words[i].as_ref())
            })
            .map(|i| &self.synonyms[i])
            .filter(|(phrase, _)| !(not_pay && phrase == &["how", "much"]))
        {
            // The link is kept even when the person also said the canonical word ("401k or
            // benefits"): a passage with "benefits" then answers "401k" too.
            let group: Vec<String> = canonical
                .iter()
                .filter_map(|w| stem(&mut analyzer, w))
                .collect();
            if group.is_empty() || phrase.iter().all(|p| group.contains(p)) {
                continue;
            }
            for from in phrase.iter().filter(|p| own.contains(*p)) {
                let link = (from.clone(), group.clone());
                if !links.contains(&link) {
                    links.push(link);
                }
            }
            for word in canonical {
                let Some(stemmed) = stem(&mut analyzer, word) else {
                    continue;
                };
                if own.contains(&stemmed) {
                    continue;
                }
                if seen.insert(stemmed.clone()) {
                    search_words.push(SearchWord {
                        word: word.clone(),
                        stem: stemmed,
                        weight: 0.5,
                        origin: Origin::Synonym {
                            phrase: phrase.join(" "),
                        },
                        context: false,
                    });
                } else if !only_told(&mut phrase.iter().map(String::as_str)) {
                    // "I burned out as a server. Is this job as exhausting?": a concept the
                    // question asks in its own words is asked, though the telling named it
                    // first.
                    let told_first = search_words.iter_mut().find(|w| {
                        w.stem == stemmed
                            && matches!(&w.origin, Origin::Synonym { phrase }
                                if only_told(&mut phrase.split(' ')))
                    });
                    if let Some(w) = told_first {
                        w.origin = Origin::Synonym {
                            phrase: phrase.join(" "),
                        };
                    }
                }
            }
        }

        // A word that stands for a concept ("promotion" → career advancement) is also said by
        // the concept's other phrases ("progression"): its siblings.
        let mut siblings: Vec<(String, Vec<String>)> = Vec::new();
        for (from, group) in &links {
            for concept in self.concepts.iter().filter(|c| &c.key == group) {
                for phrase in &concept.phrases {
                    if phrase.contains(from)
                        || phrase.iter().all(|s| self.stopwords.contains(s.as_str()))
                    {
                        continue;
                    }
                    let sibling = (from.clone(), phrase.clone());
                    if !siblings.contains(&sibling) {
                        siblings.push(sibling);
                    }
                }
            }
        }

        // Hints come from concepts the person named in their own words: one reached through
        // a synonym is a guess already, and its other phrases would be guesses of guesses. A
        // concept only told of ("I'm in my last *year* of high school.") is not asked about.
        let searched: HashSet<&str> = search_words.iter().map(|w| w.stem.as_str()).collect();
        let mut hints: Vec<String> = self
            .concepts
            .iter()
            .filter(|c| {
                !c.key.is_empty()
                    && c.key.iter().all(|k| own.contains(k))
                    && !c.key.iter().all(|k| context.contains(k))
            })
            .flat_map(|c| c.hints.iter())
            .filter(|h| !searched.contains(h.as_str()) && !self.stopwords.contains(h.as_str()))
            .cloned()
            .collect();
        hints.sort();
        hints.dedup();

        // "I work part time at Target. Whats the worst part?", "Hey, hope everyone's doing
        // well. …": a phrase of several words said only in the telling is told, though one of
        // its words is asked too, or all of them are small words that no telling holds alone.
        let asked_without_title: Vec<String> = if context.is_empty() {
            Vec::new()
        } else {
            asking_stems
                .iter()
                .filter(|s| !self.title_words.contains(*s))
                .cloned()
                .collect()
        };
        let said_only_in_the_telling = |phrase: &str| {
            let phrase: Vec<&str> = phrase.split(' ').collect();
            let said_in = |stems: &[String]| {
                stems
                    .windows(phrase.len())
                    .any(|w| w.iter().zip(&phrase).all(|(a, b)| a == b))
            };
            phrase.len() > 1
                && !context.is_empty()
                && !said_in(&asking_stems)
                && !said_in(&asked_without_title)
        };
        let from_context = |w: &SearchWord| match &w.origin {
            Origin::Question => context.contains(&w.stem),
            Origin::Synonym { phrase } | Origin::Implied { phrase } => {
                only_told(&mut phrase.split(' ')) || said_only_in_the_telling(phrase)
            }
        };
        let asking_words: Vec<SearchWord> = search_words
            .iter()
            .filter(|w| !from_context(w))
            .cloned()
            .collect();
        let topic = self.topic_of(&asking_tokens, &asking_stems, &asking_words);

        // What the question asks is read from its own sentences, the telling blanked: a telling
        // before it ("I want a career change.") must not say how it asks ("…change. How much do
        // they earn?").
        let has = |phrase: &[&str]| asking_tokens.windows(phrase.len()).any(|w| w == phrase);
        // "Is the pay decent enough?" asks for the figure, for the asker to judge.
        // Not an "ok" that only leads in: "okay so I've been wondering, will a cert raise my
        // pay", "lol ok so…" (a framing like "lol" is read as the thesaurus' "question").
        let judges_pay = topic.as_ref().is_some_and(|t| t.as_str() == "salary")
            && asking_tokens.iter().enumerate().any(|(i, t)| {
                JUDGEMENTS.contains(&t.as_str())
                    && !asking_tokens[..i]
                        .iter()
                        .all(|t| t.is_empty() || t == "question" || LEAD_INS.contains(&t.as_str()))
            });
        // "How fast can I get hired" wants a duration; "how fast is the field growing" a rate.
        let asks_a_rate = asking_tokens.iter().any(|t| CHANGING.contains(&t.as_str()));
        // "What time do they start", not "what time zones…".
        let asks_the_time = asking_tokens
            .windows(3)
            .any(|w| w[0] == "what" && w[1] == "time" && YES_NO_OPENERS.contains(&w[2].as_str()));
        let asks_a_duration = has(&["how", "long"])
            || ((has(&["how", "quickly"]) || has(&["how", "fast"])) && !asks_a_rate)
            || counts_time(&asking_tokens)
            || asks_when_one_becomes(&asking_tokens);
        let expects = if asks_the_time {
            Some(AnswerType::Clock)
        // "Is it too late to switch, and how long would it take": the time it takes is a
        // figure the guides may give, whatever they say of age.
        } else if has(&["how", "old"]) || (asks_about_age(&asking_tokens) && !asks_a_duration) {
            Some(AnswerType::Age)
        } else if asks_a_duration {
            Some(AnswerType::Duration)
        } else if has(&["how", "many"])
            && topic.as_ref().is_none_or(|t| t.as_str() != "salary")
            // "How many of these jobs can be done remotely" asks what share, which "fully
            // remote positions are less common" answers without a number.
            && !asking_tokens.windows(3).any(|w| w[0] == "how" && w[1] == "many" && w[2] == "of")
        {
            Some(AnswerType::Count)
        } else if asks_where {
            if asking_tokens.iter().any(|t| SEEKING.contains(&t.as_str())) {
                Some(AnswerType::Source)
            } else {
                Some(AnswerType::Place)
            }
        } else if asks_who(&asking_tokens) {
            Some(AnswerType::Person)
        } else if asking_tokens.iter().any(|t| t == "why") || has(&["how", "come"]) {
            Some(AnswerType::Reason)
        } else if (asking_tokens
            .iter()
            .any(|t| REQUIREMENT_ASKED.contains(&t.as_str()) && (t != "enough" || !judges_pay)))
            || has(&["have", "to"])
        {
            Some(AnswerType::Requirement)
        } else if asking_tokens
            .iter()
            .any(|t| FACTOR_ASKED.contains(&t.as_str()))
            || changes_how_much(&asking_tokens)
        {
            None
        } else if how_to_at(&asking_tokens).is_some() && seeks_a_posting(&asking_tokens) {
            // "How do I find a remote coordinator job" asks where jobs are posted.
            Some(AnswerType::Source)
        } else if how_to_at(&asking_tokens).is_some() || asks_what_to_do(&asking_tokens) {
            Some(AnswerType::Method)
        } else if (has(&["how", "much"]) && !amount_of_something_else)
            || (asking_tokens
                .iter()
                .any(|t| PRICE_NAMED.contains(&t.as_str()))
                && !yes_or_no)
            || (topic.as_ref().is_some_and(|t| t.as_str() == "salary")
                && (!yes_or_no || judges_pay)
                && !asking_tokens
                    .iter()
                    .any(|t| COMPARATIVES.contains(&t.as_str()))
                && !asking_tokens
                    .iter()
                    .any(|t| BENEFITS_ASKED.contains(&t.as_str()))
                && !asks_a_drawback(&asking_tokens))
        {
            // A pay question wants a figure, unless it asks yes or no ("do they get paid more
            // in cities?"), which way pay goes ("remote pay lower?") or what is wrong with it
            // ("the worst thing about the pay"). Whether pay is good enough ("is the pay
            // decent?") is for the asker to judge from the figure.
            Some(AnswerType::Amount)
        } else if asks_for_names(&asking_tokens) {
            Some(AnswerType::Names)
        } else if asking_tokens.iter().any(|t| WEIGHING.contains(&t.as_str()))
            || weighs_one_against_another(&asking_tokens)
        {
            Some(AnswerType::Comparison)
        } else {
            None
        };

        // Numbers alone ("whats 2+2") ask nothing a guide answers.
        if search_words
            .iter()
            .filter(|w| w.origin == Origin::Question)
            .all(|w| w.word.chars().all(|c| c.is_ascii_digit()))
        {
            search_words.clear();
        }

        // A question pointing back at what was told asks about it; its "there" points at no
        // telling when it names the place itself.
        let names_a_place = self
            .entity_index
            .matches(&asking_tokens)
            .iter()
            .any(|&(item, _)| self.entities[item].reference.is_a_place());
        let points_back = !context.is_empty() && points_back(&asking_tokens, names_a_place);
        // A career set beside the guide's own to compare them ("coordinator vs medical
        // receptionist") is part of the question; as the person's background it is not.
        let AskedEntities {
            asked: mut entities,
            told: mut told_entities,
            background,
            followed,
            compared,
            left,
        } = self.entities_asked_about(
            &tokens,
            &asking_tokens,
            &token_stems,
            &context,
            &told_just_before,
            points_back,
        );
        // "I'm in Germany. What would I earn?": pay asked of no place, by someone who says
        // which country they are in, is asked of that country, when the guides name it; not
        // pay abroad or elsewhere. A country they have moved away from is neither where they
        // are nor worth preferring for pay; where they came from still suits a question on
        // visas or credentials.
        let pay_asked = topic.as_ref().is_some_and(|t| t.as_str() == "salary");
        if pay_asked {
            told_entities.retain(|e| !left.contains(e));
        }
        let mut told_countries = told_entities.iter().filter(|e| e.class == COUNTRY);
        if let (Some(country), None) = (told_countries.next(), told_countries.next()) {
            let asked_of_nowhere = entities.iter().all(|e| e.class != COUNTRY)
                && !tokens.iter().any(|t| {
                    BEYOND_ONE_COUNTRY.contains(&t.as_str()) || ELSEWHERE.contains(&t.as_str())
                });
            let guides_name_it = self
                .entities
                .iter()
                .filter(|e| e.reference == *country)
                .flat_map(|e| &e.phrases)
                .any(|phrase| phrase.iter().all(|w| self.guides_write(w)));
            if pay_asked && asked_of_nowhere && guides_name_it {
                let country = country.clone();
                told_entities.retain(|e| *e != country);
                entities.push(country);
            }
        }
        // "I've been a senior coordinator for a while. What's the next step up for me?": the
        // step from the level the asker tells is the level after it.
        let followed = followed.or_else(|| {
            const NEXT_STEP: &[&[&str]] = &[
                &["promotion"],
                &["promoted"],
                &["next", "step"],
                &["next", "level"],
                &["step", "up"],
                &["move", "up"],
                &["moving", "up"],
            ];
            let mut told_levels = told_entities.iter().filter(|e| e.class == LEVEL);
            let told_level = told_levels
                .next()
                .filter(|_| told_levels.next().is_none())?;
            let asks_the_next_step = NEXT_STEP
                .iter()
                .any(|step| asking_tokens.windows(step.len()).any(|w| w == *step));
            (asks_the_next_step && entities.iter().all(|e| e.class != LEVEL))
                .then(|| told_level.clone())
        });
        // Pay asked of no country is pay in the guides' own market: "is the pay enough to live
        // on" is not answered with Australia's figures. Pay asked of a region or of abroad
        // ("do taxes in europe eat your salary") is not.
        let names_a_country = entities
            .iter()
            .chain(&told_entities)
            .any(|e| e.class == COUNTRY && !left.contains(e))
            || tokens
                .iter()
                .any(|t| BEYOND_ONE_COUNTRY.contains(&t.as_str()));
        let market = (topic.as_ref().is_some_and(|t| t.as_str() == "salary") && !names_a_country)
            .then(|| self.home_country.clone())
            .flatten();
        let compares = tokens.iter().any(|t| COMPARING.contains(&t.as_str()));
        if !compares {
            search_words
                .retain(|w| !(w.origin == Origin::Question && background.contains(&w.word)));
        }
        // A name said in the telling but asked about ("…want to become a manager", "…moving
        // to Canada. What would I make up there?") is searched as asked.
        let asked_names: HashSet<String> = self
            .entities
            .iter()
            .filter(|e| entities.contains(&e.reference))
            .flat_map(|e| e.phrases.iter().flatten())
            .filter_map(|word| stem(&mut analyzer, word))
            .collect();
        for w in &mut search_words {
            if from_context(w) {
                // What a question points back at counts as asked, and so do its synonyms ("I'm
                // pretty shy. Would that hold me back?" asks about interpersonal skills).
                let pointed_at = points_back
                    && match &w.origin {
                        Origin::Question => told_just_before.contains(&w.stem),
                        Origin::Synonym { phrase } | Origin::Implied { phrase } => phrase
                            .split(' ')
                            .filter(|s| !self.stopwords.contains(s))
                            .all(|s| told_just_before.contains(s)),
                    };
                if !pointed_at && !asked_names.contains(&w.stem) {
                    w.weight *= CONTEXT_WEIGHT;
                }
                w.context = true;
            }
        }
        // What is told of someone else ("My brother works in billing.") says nothing of the
        // asker or the question, unless the question points back at it ("Is that a good
        // job?") or asks of them ("Does she need college first?"); searched, it pulled quotes
        // toward its words ("billing").
        const THEM: &[&str] = &["she", "he", "her", "him", "his", "hers", "shes", "hes"];
        let asks_of_them = asking_tokens.iter().any(|t| THEM.contains(&t.as_str()));
        // A told word whose stem, or every content stem of the phrase it stands for, is in
        // `set`.
        let told_only_of = |set: &HashSet<String>, w: &SearchWord| {
            w.context
                && match &w.origin {
                    Origin::Question => set.contains(&w.stem),
                    Origin::Synonym { phrase } | Origin::Implied { phrase } => phrase
                        .split(' ')
                        .filter(|s| !self.stopwords.contains(s))
                        .all(|s| set.contains(s)),
                }
        };
        if !points_back && !asks_of_them {
            search_words.retain(|w| !told_only_of(&of_others, w));
        }
        // Nor is where the asker works or volunteers, nor what only announces the question
        // ("Asking here since nobody at work knows:"), unless the question points back ("Would
        // that help me get hired?").
        if !points_back {
            search_words.retain(|w| !told_only_of(&workplaces, w) && !told_only_of(&announcing, w));
        }
        // "Currently I'm a waitress." says when the telling holds, not that the market now is
        // asked about ("Current Challenges").
        search_words.retain(|w| {
            !(w.context
                && w.origin == Origin::Question
                && matches!(w.word.as_str(), "currently" | "presently"))
        });
        // "I have three kids under 5.", "I'm graduating in May.": how many, how old and when
        // tell the asker's circumstances, and matched the guide's own counts and dates ("from
        // three months", "works under direct supervision"). What is counted stays ("kids"), and
        // so do years or months of something ("a CNA for three years"), which the guides'
        // levels are told apart by.
        let counts_years = |number: &str| {
            tokens.windows(2).any(|w| {
                w[0] == number
                    && (DURATION_UNITS.contains(&w[1].as_str())
                        || matches!(w[1].as_str(), "yr" | "yrs"))
            })
        };
        search_words.retain(|w| {
            let told = match &w.origin {
                Origin::Question => w.word.as_str(),
                Origin::Synonym { phrase } | Origin::Implied { phrase } => phrase.as_str(),
            };
            !(w.context && counts_or_dates(told) && !counts_years(told))
        });
        // Nor is a move away told ("I moved here from Nigeria.", "we relocated from Peru"):
        // searched, "moved" matched the guide's moving into supervisory roles, and "relocated"
        // its immigration. A move also asked of ("How do i move up?") is no context.
        let told_moves: HashSet<&String> = (0..tokens.len())
            .filter(|&i| tokens[i] == "from")
            .filter_map(|i| the_move_away(&tokens[..=i]))
            .map(|at| &token_stems[at])
            .collect();
        search_words.retain(|w| {
            let stem = match &w.origin {
                Origin::Question => &w.stem,
                Origin::Synonym { phrase } | Origin::Implied { phrase } => phrase,
            };
            !(w.context && told_moves.contains(stem))
        });
        // Nor is the head of a told job title ("Retired postal worker.", "I'm a call centre
        // agent."): it says only that the title is a job, and searched, "worker" matched the
        // guide's skilled worker visas and remote workers. Not where the title is the guides'
        // own ("I'm a remote worker").
        const JOB_HEADS: &[&str] = &["worker", "workers", "agent", "agents", "employee"];
        let told_job_heads: HashSet<&str> = (1..tokens.len())
            .filter(|&i| {
                JOB_HEADS.contains(&tokens[i].as_str())
                    && !tokens[i - 1].is_empty()
                    && !self.stopwords.contains(tokens[i - 1].as_str())
                    && !matches!(tokens[i - 1].as_str(), "remote" | "skilled")
            })
            .map(|i| tokens[i].as_str())
            .collect();
        search_words.retain(|w| {
            !(w.context && w.origin == Origin::Question && told_job_heads.contains(w.word.as_str()))
        });
        // Nor is being retired ("Retired postal worker.", "I'm 60 and semi-retired."), a time
        // of life like an age: the thesaurus reads "retirement" (one stem with "retired") as
        // the guides' benefits, and drew pay questions to the benefits package.
        let told_retired = tokens
            .iter()
            .any(|t| matches!(t.as_str(), "retired" | "semiretired"))
            && !tokens
                .iter()
                .any(|t| matches!(t.as_str(), "retirement" | "retire" | "retiring"));
        if told_retired {
            search_words.retain(|w| {
                let stem = match &w.origin {
                    Origin::Question => &w.stem,
                    Origin::Synonym { phrase } | Origin::Implied { phrase } => phrase,
                };
                !(w.context && stem == "retir")
            });
        }
        // Nor does when it happened ("last year", "in the spring", "three years ago"), which
        // matched the guide's "recent years" and seasonal hiring.
        let when_told = told_when(&tokens);
        search_words.retain(|w| {
            !(w.context && w.origin == Origin::Question && when_told.contains(w.word.as_str()))
        });

        // "In my country we don't have this title. What does patient care coordinator mean?"
        // asks what the career is: told words would steer a question that names nothing else
        // ("I'm a mom looking for wfh jobs, is pcc one?" asks whether it suits what was told).
        // The question opens with "what" after what was told ("I'm 35 with a family. What
        // is…"), whatever small words opened the telling.
        let opens_with_what = asking_tokens.iter().enumerate().any(|(i, t)| {
            (t == "what" || t == "whats")
                && (asking_tokens[..i].iter().all(|t| t.is_empty())
                    || asking_tokens[i - 1].is_empty())
        });
        let asks_only_the_career = !points_back && opens_with_what && {
            let mut own = search_words
                .iter()
                .filter(|w| !w.context && w.origin == Origin::Question)
                .peekable();
            own.peek().is_some() && own.all(|w| self.title_words.contains(&w.stem))
        };
        if asks_only_the_career {
            search_words.retain(|w| !w.context);
        }

        // "How much is the cpct exam" asks a price; "how much stress is there" an amount of
        // something else, and pay questions are answered by the pay. A price or a count
        // ("how many patients a day") is answered by one stated, not by a passage about the
        // thing.
        let how_much_is = tokens.windows(3).any(|w| {
            w[0] == "how" && w[1] == "much" && matches!(w[2].as_str(), "is" | "are" | "does")
        });
        let asks_a_price = expects == Some(AnswerType::Amount)
            && (tokens.iter().any(|t| {
                PRICE_NAMED.contains(&t.as_str()) || PRICE_DESCRIBED.contains(&t.as_str())
            }) || (how_much_is && topic.as_ref().is_none_or(|t| t.as_str() != "salary")));
        // "What's the turnover rate" asks a figure of turnover, as "how many" asks a count.
        // Of the asking sentences: "I just got laid off. Growth rate for this job?" asks the
        // rate of growth, not of the lay-off told before it.
        let rated = rated_phrase(&asking_tokens);
        let expects = if expects.is_none() && !rated.is_empty() {
            Some(AnswerType::Count)
        } else {
            expects
        };
        let counted: Vec<String> = if expects == Some(AnswerType::Amount) {
            Vec::new()
        } else {
            let phrase = [
                rated,
                counted_phrase(&asking_tokens),
                lasting_phrase(&asking_tokens),
            ]
            .into_iter()
            .find(|phrase| !phrase.is_empty())
            .unwrap_or_default();
            phrase
                .iter()
                .filter(|t| !self.stopwords.contains(t.as_str()))
                .filter_map(|w| stem(&mut analyzer, w))
                .collect()
        };
        // What a price is asked of must be what the quoted figure is the price of: the
        // guides' degree costs do not price "epic training". The guides' career is in every
        // heading, so it pins nothing down, and a word they never write ("admin") cannot be
        // quoted.
        let priced: Vec<String> = if asks_a_price {
            priced_phrase(&tokens)
                .iter()
                .filter(|t| !self.stopwords.contains(t.as_str()))
                .filter(|t| self.vocabulary.get(t.as_str()).is_some_and(|&f| f > 0))
                .filter_map(|w| stem(&mut analyzer, w))
                .filter(|s| !self.is_title_word(s) && !context.contains(s))
                .collect()
        } else {
            Vec::new()
        };
        let figure_required = asks_a_price
            || matches!(
                expects,
                Some(AnswerType::Count | AnswerType::Clock | AnswerType::Age | AnswerType::Source)
            )
            || !counted.is_empty();

        const MORE_OR_LESS: &[&str] = &["more", "less", "higher", "lower"];
        let weighs_pay_against_another_career = !compared.is_empty()
            && topic.as_ref().is_some_and(|t| t.as_str() == "salary")
            && asking_tokens
                .iter()
                .any(|t| MORE_OR_LESS.contains(&t.as_str()));
        Understood {
            stem_sequence: token_stems.clone(),
            cleaned,
            expects,
            entities,
            told_entities,
            market,
            words: search_words,
            links,
            siblings,
            hints,
            corrections,
            topic,
            small_talk,
            thanks: small_talk && tokens.iter().any(|t| t.starts_with("thank")),
            task,
            figure_required,
            percent_asked: !rated.is_empty()
                && tokens
                    .iter()
                    .any(|t| matches!(t.as_str(), "percent" | "percentage" | "percentages")),
            counted,
            priced,
            // Of the asking sentences: "I have two kids. Are there mentorship programs?"
            // asks of no kids.
            thing_asked: thing_asked(&asking_tokens, how_to_action, yes_or_no, &self.stopwords)
                .and_then(|head| stem(&mut analyzer, &head))
                .or_else(|| self.action_asked(&tokens, &token_stems)),
            becomes_another_career: self.becomes_another_career(&tokens),
            pay_ranked_by_what_guides_never_break_down: {
                let ranked_by = pay_ranked_by(&tokens);
                // "The highest paid coordinators" ranks the career's own people: the top of
                // its pay is asked, not pay by something the guides never break it down by.
                const PEOPLE_OF_IT: &[&str] = &["people", "ones", "workers", "folks", "employees"];
                let the_careers_own = ranked_by.first().is_some_and(|w| {
                    PEOPLE_OF_IT.contains(&w.as_str())
                        || stem(&mut analyzer, w).is_some_and(|s| self.title_words.contains(&s))
                });
                !ranked_by.is_empty()
                    && !the_careers_own
                    && !ranked_by
                        .iter()
                        .any(|w| PAY_DIMENSIONS.contains(&w.as_str()))
                    && !self
                        .entities_in(ranked_by)
                        .iter()
                        .any(|e| e.class == LEVEL || e.class == COUNTRY)
            },
            weighs_pay_against_another_career,
            about_the_asker: about_the_asker(&asking_tokens),
            years_in: years_in(&tokens),
            after_level: followed,
            points_back,
            // Of the asking sentences: "My best friend is a nurse. What's the median wage?"
            // asks for no highest pay, nor "Hi, first time here. …" for the foremost thing.
            asks_for_the_foremost: expects != Some(AnswerType::Amount)
                && asking_tokens.iter().any(|t| FOREMOST.contains(&t.as_str())),
            extreme: (expects == Some(AnswerType::Amount))
                .then(|| {
                    if asking_tokens.iter().any(|t| MOST.contains(&t.as_str())) {
                        Some(Extreme::Most)
                    } else if asking_tokens.iter().any(|t| LEAST.contains(&t.as_str())) {
                        Some(Extreme::Least)
                    } else {
                        None
                    }
                })
                .flatten(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_joined_by_and_to_another_is_asked_apart() {
        let (told, asked) =
            separate_questions("do I need a degree and how much does it pay?").unwrap();
        assert_eq!(told, "");
        assert_eq!(asked, ["do I need a degree", "how much does it pay?"]);
    }

    #[test]
    fn questions_in_sentences_of_their_own_are_asked_apart_without_their_joining_word() {
        let (_, asked) =
            separate_questions("Can I work from home? Also, what certs should I get?").unwrap();
        assert_eq!(asked, ["Can I work from home?", "what certs should I get?"]);
    }

    #[test]
    fn what_a_message_tells_before_its_questions_goes_with_each() {
        let (told, asked) =
            separate_questions("I'm in Canada. What's the pay? And is there demand?").unwrap();
        assert_eq!(told, "I'm in Canada. ");
        assert_eq!(asked.len(), 2);
    }

    #[test]
    fn a_question_after_a_comma_is_asked_apart_only_after_a_question() {
        let (_, asked) = separate_questions("what's the pay, do they need a degree?").unwrap();
        assert_eq!(asked, ["what's the pay", "do they need a degree?"]);
        assert_eq!(separate_questions("I have a GED, is that enough?"), None);
    }

    #[test]
    fn two_things_asked_in_one_question_are_one_question() {
        assert_eq!(
            separate_questions("do I need a degree and a certificate?"),
            None
        );
        assert_eq!(
            separate_questions("I have a CMAA. Is that enough to get hired?"),
            None
        );
    }

    #[test]
    fn a_question_pointing_back_at_the_one_before_is_not_asked_apart() {
        assert_eq!(
            separate_questions("What does it pay? Is that enough to live on?"),
            None
        );
        assert_eq!(
            separate_questions("Could I keep working there and what would it pay?"),
            None
        );
        assert!(separate_questions("Is there demand? And what does it pay?").is_some());
        assert_eq!(
            separate_questions("What does it pay? Is this job remote?").map(|(_, a)| a.len()),
            Some(2)
        );
    }

    fn asks_yes_or_no(message: &str) -> bool {
        super::asks_yes_or_no(message, &|_| false, &|_| false)
    }

    fn understander() -> Understander {
        let thesaurus = Thesaurus::parse(
            "[abbreviations]\npeople = ppl\nworth = pays off | pay off\n[synonyms]\nsalary = pay | make | money\nremote = work from home | wfh\n\
             [topics]\nsalary = salary | pay\nremote = remote\n[entities]\ncountry.canada = canada | canadian\n\
             country.usa = usa | united states\ncareer.nurse = nurse | nurses\n",
        )
        .unwrap();
        let vocabulary = [
            "salary",
            "canada",
            "remote",
            "coordinator",
            "certification",
            "people",
            "burnout",
            "remotely",
        ]
        .iter()
        .map(|w| (w.to_string(), 3))
        .collect();
        Understander::new(&thesaurus, &vocabulary, &["Patient Care Coordinator"])
    }

    fn stems_of(u: &Understood) -> Vec<&str> {
        u.words.iter().map(|w| w.stem.as_str()).collect()
    }

    /// The weight a question's understanding gives a stem, if it searches it at all.
    fn weight_of(u: &Understood, stem: &str) -> Option<f32> {
        u.words.iter().find(|w| w.stem == stem).map(|w| w.weight)
    }

    #[test]
    fn discord_markup_is_stripped() {
        let cleaned =
            strip_discord_markup("<@123> **pay** in <#456>? <:pog:789> https://x.y/z @everyone");
        assert_eq!(cleaned, "pay in ?");
    }

    #[test]
    fn a_short_typo_is_mended_by_a_dropped_or_swapped_letter_only() {
        let u = understander();
        assert_eq!(u.correct("hom").as_deref(), Some("home"), "thesaurus word");
        assert_eq!(u.correct("pya").as_deref(), Some("pay"), "swapped letters");
        assert_eq!(u.correct("pxy"), None, "a changed letter is not mended");
        assert_eq!(
            u.correct("payy").as_deref(),
            Some("pay"),
            "a doubled letter"
        );
        assert_eq!(u.correct("pyay"), None, "a letter added, not doubled");
    }

    #[test]
    fn counts_dates_and_bounds_are_told_circumstances() {
        for word in ["three", "5", "may", "under", "dozen"] {
            assert!(counts_or_dates(word), "{word}");
        }
        for word in ["kids", "over", "graduating"] {
            assert!(!counts_or_dates(word), "{word}");
        }
    }

    #[test]
    fn whom_the_question_is_put_to_is_dropped_but_whom_it_asks_about_is_not() {
        let read = |q: &str| through(without_whom_the_question_is_put_to, q);
        assert_eq!(
            read("question for anyone who knows who are pccs"),
            "question for who are pccs"
        );
        assert_eq!(
            read("do clinics hire people who know nothing about medicine"),
            "do clinics hire people who know nothing about medicine"
        );
    }

    #[test]
    fn whom_one_asks_for_is_dropped() {
        let read = |q: &str| through_unwritten(without_whom_one_asks_for, q);
        assert_eq!(
            read("do pccs give emotional support asking for my daughter"),
            "do pccs give emotional support"
        );
        assert_eq!(
            read("is this a good job for my daughter"),
            "is this a good job for my daughter"
        );
    }

    #[test]
    fn whom_one_posts_for_is_dropped_with_why_they_do_not_ask() {
        let read = |q: &str| through_unwritten(without_whom_one_asks_for, q);
        assert_eq!(
            read("remote common posting for my flatmate who doesn t use discord"),
            "remote common"
        );
        assert_eq!(
            read("remote common posting this for my sister who is not on here"),
            "remote common"
        );
        assert_eq!(
            read("remote common asking for my sister who wants to work in canada"),
            "remote common who wants to work in canada",
            "who they are, not why they do not ask"
        );
        assert_eq!(
            read("is posting for my clinic allowed"),
            "is posting for my clinic allowed"
        );
    }

    #[test]
    fn whom_one_asks_for_is_dropped_with_where_the_asker_knows_them_from() {
        let read = |q: &str| through_unwritten(without_whom_one_asks_for, q);
        assert_eq!(read("cons asking for a mate from church"), "cons");
        assert_eq!(read("remote pay asking for my buddy at work"), "remote pay");
    }

    #[test]
    fn a_place_after_whom_one_asks_for_that_the_guides_name_stays() {
        let read = |q: &str| through_unwritten(without_whom_one_asks_for, q);
        assert_eq!(
            read("salary asking for my cousin from canada"),
            "salary from canada"
        );
    }

    #[test]
    fn whom_one_asks_for_is_dropped_whatever_kin_the_guides_never_name() {
        let read = |q: &str| through_unwritten(without_whom_one_asks_for, q);
        assert_eq!(
            read("do i need college asking for my stepdad"),
            "do i need college"
        );
        assert_eq!(
            read("do i need college asking for my little brother"),
            "do i need college"
        );
        assert_eq!(
            read("how do i ask for a raise"),
            "how do i ask for a raise",
            "what is asked for, not whom"
        );
    }

    #[test]
    fn whom_one_asks_on_behalf_of_is_dropped() {
        let read = |q: &str| through_unwritten(without_whom_one_asks_for, q);
        assert_eq!(
            read("do pccs work weekends asking on behalf of my nephew"),
            "do pccs work weekends"
        );
        assert_eq!(
            read("can a pcc act on behalf of my mother"),
            "can a pcc act on behalf of my mother"
        );
    }

    #[test]
    fn asking_so_someone_else_need_not_closes_a_question() {
        let read = |q: &str| through_unwritten(without_whom_one_asks_for, q);
        assert_eq!(
            read("cmaa worth it asking so my niece doesn t have to"),
            "cmaa worth it"
        );
        assert_eq!(
            read("cmaa worth it asking so my little brother does not need to"),
            "cmaa worth it"
        );
        assert_eq!(
            read("asking so my niece doesn t have to pay is cmaa worth it"),
            "asking so my niece doesn t have to pay is cmaa worth it",
            "what she need not do is asked about"
        );
    }

    #[test]
    fn whom_one_asks_for_named_before_behalf_is_dropped() {
        let read = |q: &str| through_unwritten(without_whom_one_asks_for, q);
        assert_eq!(
            read("do i need college asking on my stepsister s behalf"),
            "do i need college"
        );
        assert_eq!(
            read("do i need college asking on my cousins behalf"),
            "do i need college"
        );
        assert_eq!(
            read("should i keep asking on the patient s behalf"),
            "should i keep asking on the patient s behalf",
            "no one of the asker's"
        );
    }

    #[test]
    fn an_apology_for_asking_is_dropped_and_forgiven_loans_are_not() {
        let read = |q: &str| through(without_an_apology, q);
        assert_eq!(
            read("sorry to bother you all will i have weekends off"),
            "sorry to will i have weekends off"
        );
        assert_eq!(
            read("pardon the noob question but what is a pcc"),
            "but what is a pcc"
        );
        assert_eq!(
            read("excuse my english how much they make"),
            "how much they make"
        );
        assert_eq!(
            read("will my student loans be forgiven"),
            "will my student loans be forgiven"
        );
        assert_eq!(read("does stress bother you"), "does stress bother you");
    }

    #[test]
    fn an_apology_for_breaking_in_is_dropped_and_a_jump_asked_is_not() {
        let read = |q: &str| through(without_an_apology, q);
        assert_eq!(
            read("sorry to jump in is the pay good"),
            "sorry to is the pay good"
        );
        assert_eq!(
            read("sorry for butting in on the thread what is a pcc"),
            "sorry for what is a pcc"
        );
        assert_eq!(
            read("can i jump in to this field"),
            "can i jump in to this field"
        );
    }

    #[test]
    fn an_apology_for_calling_on_others_is_dropped_with_the_words_before_the_call() {
        let read = |q: &str| through(without_an_apology, q);
        assert_eq!(
            read("sorry for the random ping is the pay good"),
            "sorry for is the pay good"
        );
        assert_eq!(
            read("sorry to tag you all remote pay"),
            "sorry to remote pay"
        );
        assert_eq!(
            read("sorry the random questions are about pay"),
            "sorry the random questions are about pay"
        );
    }

    #[test]
    fn bothering_disclaimed_is_dropped_and_bothering_asked_is_not() {
        let read = |q: &str| through(without_an_apology, q);
        assert_eq!(
            read("not trying to spam but cmaa worth it"),
            "but cmaa worth it"
        );
        assert_eq!(
            read("i don t mean to bother anyone but is the pay good"),
            "i don but is the pay good"
        );
        assert_eq!(
            read("how not to annoy patients"),
            "how not to annoy patients"
        );
    }

    #[test]
    fn an_apology_for_a_confusing_message_is_dropped_and_confusion_asked_is_not() {
        let read = |q: &str| through(without_an_apology, q);
        assert_eq!(
            read("cmaa worth it sorry if that s confusing"),
            "cmaa worth it sorry"
        );
        assert_eq!(
            read("sorry is the insurance side confusing"),
            "sorry is the insurance side confusing"
        );
    }

    #[test]
    fn pardoning_a_single_typo_is_dropped() {
        let read = |q: &str| through(without_an_apology, q);
        assert_eq!(
            read("senior pcc how much excuse the typo"),
            "senior pcc how much"
        );
    }

    #[test]
    fn pardoning_any_autocorrect_is_dropped() {
        let read = |q: &str| through(without_an_apology, q);
        assert_eq!(
            read("do pccs give emotional support excuse any autocorrect"),
            "do pccs give emotional support"
        );
        assert_eq!(
            read("remote pay sorry for the autocorrect"),
            "remote pay sorry"
        );
        assert_eq!(
            read("do employers forgive any student loans"),
            "do employers forgive any student loans"
        );
    }

    #[test]
    fn an_apology_for_typing_on_a_phone_is_dropped_and_phone_work_asked_is_not() {
        let read = |q: &str| through(without_an_apology, q);
        assert_eq!(
            read("is it worth it sorry on my phone"),
            "is it worth it sorry"
        );
        assert_eq!(
            read("sorry im on mobile is the pay good"),
            "sorry is the pay good"
        );
        assert_eq!(
            read("sorry is phone work common"),
            "sorry is phone work common"
        );
        assert_eq!(
            read("sorry is it on the phone a lot"),
            "sorry is it on the phone a lot"
        );
    }

    #[test]
    fn an_aside_on_the_phone_a_message_was_sent_from_is_not_searched() {
        let u = understander().understand("who hires pccs (sent from my phone, pardon the typos)");
        assert!(!u.words.iter().any(|w| w.stem.starts_with("phone")));
        assert!(!u.words.iter().any(|w| w.stem.starts_with("sent")));
        let u = understander().understand("who hires pccs (for phone work)");
        assert!(u.words.iter().any(|w| w.stem.starts_with("phone")));
    }

    #[test]
    fn the_side_of_things_something_is_only_names_it() {
        let read = |q: &str| through(without_the_side_of_things, q);
        assert_eq!(
            read("do coordinators deal with the insurance side of things"),
            "do coordinators deal with the insurance"
        );
        assert_eq!(
            read("which side of things do you prefer"),
            "which side of things do you prefer",
            "the side asked for"
        );
    }

    #[test]
    fn a_hedge_is_dropped_and_kinds_asked_for_are_not() {
        let read = |q: &str| through(without_a_hedge, q);
        assert_eq!(
            read("i have kind of a question is the job lonely"),
            "i have a question is the job lonely"
        );
        assert_eq!(read("is it sort of stressful"), "is it stressful");
        assert_eq!(
            read("what kind of degree do i need"),
            "what kind of degree do i need"
        );
        assert_eq!(read("this sort of job"), "this sort of job");
    }

    #[test]
    fn a_wish_for_the_day_or_the_season_is_dropped_and_happiness_asked_is_not() {
        let read = |q: &str| through(without_a_wish_for_the_season, q);
        assert_eq!(
            read("do i need college happy holidays"),
            "do i need college"
        );
        assert_eq!(
            read("happy new year all is the pay good"),
            "is the pay good"
        );
        assert_eq!(read("remote pay merry christmas to you all"), "remote pay");
        assert_eq!(read("are pccs happy"), "are pccs happy");
        assert_eq!(
            read("are happy new hires common"),
            "are happy new hires common"
        );
    }

    #[test]
    fn a_parting_wish_is_dropped_and_a_good_day_asked_is_not() {
        let read = |q: &str| through_unwritten(without_a_parting_wish, q);
        assert_eq!(read("is it stressful have a good one"), "is it stressful");
        assert_eq!(read("remote pay have a great weekend yall"), "remote pay");
        assert_eq!(
            read("do pccs have a good day to day"),
            "do pccs have a good day to day"
        );
        assert_eq!(read("do pccs have a good day"), "do pccs have a good day");
    }

    #[test]
    fn a_parting_wish_after_a_question_with_its_own_verb_is_dropped() {
        let read = |q: &str| through_unwritten(without_a_parting_wish, q);
        assert_eq!(
            read("what do lead coordinators do have a lovely evening"),
            "what do lead coordinators do"
        );
        assert_eq!(read("is it worth it have a good one"), "is it worth it");
        assert_eq!(
            read("whats the vibe at work usually have a great weekend"),
            "whats the vibe at work usually"
        );
        assert_eq!(read("does it have a good day"), "does it have a good day");
        assert_eq!(
            read("do pccs usually have a good weekend"),
            "do pccs usually have a good weekend"
        );
    }

    #[test]
    fn a_parting_wish_for_the_time_ahead_or_in_unlisted_praise_is_dropped() {
        let read = |q: &str| through_unwritten(without_a_parting_wish, q);
        assert_eq!(
            read("is it stressful have a great week ahead"),
            "is it stressful"
        );
        assert_eq!(
            read("is it stressful have a restful evening"),
            "is it stressful"
        );
        assert_eq!(
            read("do pccs have a restful evening"),
            "do pccs have a restful evening"
        );
    }

    #[test]
    fn a_parting_wish_for_a_day_of_the_week_is_dropped() {
        let read = |q: &str| through_unwritten(without_a_parting_wish, q);
        assert_eq!(read("burnout risk have a restful sunday"), "burnout risk");
        assert_eq!(
            read("do pccs have a good monday"),
            "do pccs have a good monday"
        );
    }

    #[test]
    fn a_parting_wish_after_a_question_asked_with_be_is_dropped() {
        let read = |q: &str| through_unwritten(without_a_parting_wish, q);
        assert_eq!(
            read("are patients rude to you have a great week"),
            "are patients rude to you"
        );
        assert_eq!(
            read("is it normal to have a good day"),
            "is it normal to have a good day",
            "the have is helped"
        );
    }

    #[test]
    fn a_wish_that_the_reader_enjoy_their_time_is_dropped_and_enjoying_asked_is_not() {
        let read = |q: &str| through_unwritten(without_a_parting_wish, q);
        assert_eq!(
            read("is it stressful enjoy your weekend"),
            "is it stressful"
        );
        assert_eq!(
            read("remote pay enjoy the rest of your day all"),
            "remote pay"
        );
        assert_eq!(
            read("do you get to enjoy your weekend"),
            "do you get to enjoy your weekend"
        );
        assert_eq!(
            read("do pccs enjoy the weekend"),
            "do pccs enjoy the weekend"
        );
        assert_eq!(
            read("are patients rude to you enjoy your weekend"),
            "are patients rude to you"
        );
        assert_eq!(
            read("who are patient care coordinators enjoy your weekend"),
            "who are patient care coordinators"
        );
        assert_eq!(
            read("do you enjoy your weekend"),
            "do you enjoy your weekend"
        );
        assert_eq!(
            read("what do lead coordinators do enjoy your weekend"),
            "what do lead coordinators do"
        );
        assert_eq!(
            read("do you need a degree enjoy your weekend"),
            "do you need a degree"
        );
    }

    #[test]
    fn a_doubt_about_the_wording_is_dropped_and_wording_asked_is_not() {
        let read = |q: &str| through(without_a_doubt_about_the_wording, q);
        assert_eq!(
            read("cmaa worth it not sure i worded that right"),
            "cmaa worth it"
        );
        assert_eq!(
            read("remote pay sorry if i phrased this badly"),
            "remote pay"
        );
        assert_eq!(
            read("how do i word my cover letter"),
            "how do i word my cover letter"
        );
        assert_eq!(
            read("not sure i worded that right"),
            "not sure i worded that right",
            "nothing else asked"
        );
    }

    #[test]
    fn scattered_thoughts_are_a_doubt_about_the_wording() {
        let read = |q: &str| through(without_a_doubt_about_the_wording, q);
        assert_eq!(
            read("uk pay sorry my thoughts are all over the place"),
            "uk pay"
        );
        assert_eq!(
            read("uk pay sorry the pay is all over the place"),
            "uk pay sorry the pay is all over the place",
            "the pay is said to be scattered"
        );
    }

    #[test]
    fn an_apology_for_rambling_is_a_doubt_about_the_wording() {
        let read = |q: &str| through(without_a_doubt_about_the_wording, q);
        assert_eq!(read("cons apologies if that was rambly"), "cons");
        assert_eq!(read("cons sorry if i rambled"), "cons");
        assert_eq!(
            read("how do i stop rambling in interviews"),
            "how do i stop rambling in interviews"
        );
    }

    #[test]
    fn a_hope_that_the_question_was_not_tangled_is_dropped() {
        let read = |q: &str| through(without_a_doubt_about_the_wording, q);
        assert_eq!(read("cons hope that was not too garbled"), "cons");
        assert_eq!(
            read("how do i untangle a garbled schedule"),
            "how do i untangle a garbled schedule",
            "nothing doubted"
        );
    }

    #[test]
    fn a_request_to_be_told_if_the_question_is_unclear_is_dropped() {
        let read = |q: &str| through(without_a_doubt_about_the_wording, q);
        assert_eq!(
            read("burnout risk let me know if that makes no sense"),
            "burnout risk"
        );
        assert_eq!(
            read("let me know if pccs need a degree"),
            "let me know if pccs need a degree"
        );
    }

    #[test]
    fn an_opening_doubt_about_the_wording_before_a_but_is_dropped() {
        let read = |q: &str| through(without_an_opening_doubt_about_the_wording, q);
        assert_eq!(
            read("not sure im even asking this right but is a pcc a nurse"),
            "is a pcc a nurse"
        );
        assert_eq!(
            read("not sure how to word this but is the pay ok"),
            "is the pay ok"
        );
        assert_eq!(
            read("not sure how to ask for a raise but is it possible"),
            "not sure how to ask for a raise but is it possible",
            "asking for a raise is no wording"
        );
        assert_eq!(
            read("not sure im asking this right but"),
            "not sure im asking this right but",
            "nothing else asked"
        );
    }

    #[test]
    fn an_opening_doubt_of_thinking_too_much_before_a_turn_is_dropped() {
        let read = |q: &str| through(without_an_opening_doubt_about_the_wording, q);
        assert_eq!(
            read("i may be overthinking this yet do coordinators get paid well"),
            "do coordinators get paid well"
        );
        assert_eq!(
            read("maybe im overanalysing it though is the pay ok"),
            "is the pay ok"
        );
        assert_eq!(
            read("do pccs overthink things but is the pay ok"),
            "do pccs overthink things but is the pay ok",
            "asked of coordinators, not the asker's doubt"
        );
    }

    #[test]
    fn an_opening_doubt_about_the_wording_before_yet_is_dropped() {
        let read = |q: &str| through(without_an_opening_doubt_about_the_wording, q);
        assert_eq!(
            read("not sure how to word this yet is the pay ok"),
            "is the pay ok"
        );
    }

    #[test]
    fn a_hope_that_the_question_itself_comes_out_in_any_verb_is_dropped() {
        let read = |q: &str| through(without_a_doubt_about_the_wording, q);
        assert_eq!(read("cons hope the question lands"), "cons");
        assert_eq!(
            read("remote pay hopefully my post registers ok"),
            "remote pay"
        );
        assert_eq!(
            read("remote pay hope it lands"),
            "remote pay hope it lands",
            "'it' may be anything: only the message named needs no word of how well"
        );
        assert_eq!(
            read("i hope the interview goes well"),
            "i hope the interview goes well",
            "nothing else asked"
        );
    }

    #[test]
    fn a_hope_that_the_question_is_not_silly_is_dropped() {
        let read = |q: &str| through(without_a_doubt_about_the_wording, q);
        assert_eq!(read("remote pay hope this isn t a silly one"), "remote pay");
        assert_eq!(
            read("is it a dumb move to quit nursing"),
            "is it a dumb move to quit nursing",
            "a doubt of something else"
        );
    }

    #[test]
    fn a_hope_that_the_question_is_clear_is_dropped_and_clarity_asked_is_not() {
        let read = |q: &str| through(without_a_doubt_about_the_wording, q);
        assert_eq!(read("cmaa worth it hopefully thats clear"), "cmaa worth it");
        assert_eq!(
            read("remote pay not sure this is clear enough"),
            "remote pay"
        );
        assert_eq!(read("is the career path clear"), "is the career path clear");
        assert_eq!(
            read("not sure the pay makes sense"),
            "not sure the pay makes sense"
        );
    }

    #[test]
    fn thanks_for_the_time_taken_or_eagerness_to_hear_closing_a_question_is_dropped() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(read("cons thanks for taking the time"), "cons");
        assert_eq!(read("cons ta very much"), "cons");
        assert_eq!(
            read("cmaa worth it keen to hear your takes"),
            "cmaa worth it"
        );
        assert_eq!(
            read("how do i become a ta"),
            "how do i become a ta",
            "a ta is no thanks"
        );
    }

    #[test]
    fn the_words_the_asker_calls_the_question_by_are_dropped_when_typed_so() {
        let read = |q: &str, typed: &str| called_as_typed(q, typed);
        assert_eq!(
            read(
                "might be a daft question is 40k normal",
                "might be a daft question is 40k normal"
            ),
            "might be a question is 40k normal"
        );
        assert_eq!(
            read(
                "can i do this from my couch question",
                "can i do this from my couch lol"
            ),
            "can i do this from my couch question",
            "the framing was read as a question, not typed as one"
        );
        assert_eq!(
            read(
                "what s an icebreaker question",
                "what s an icebreaker question"
            ),
            "what s an icebreaker question",
            "one is asked for"
        );
    }

    #[test]
    fn a_question_said_to_be_coming_is_not_asked_about() {
        let read = |q: &str| called_as_typed(q, q);
        assert_eq!(
            read("question incoming what makes this job hard"),
            "question what makes this job hard"
        );
        assert_eq!(
            read("what is the incoming pay"),
            "what is the incoming pay",
            "no question said to come"
        );
    }

    #[test]
    fn a_hope_that_all_is_well_after_a_greeting_is_dropped() {
        let read = |q: &str| through(without_a_hope_that_all_is_well, q);
        assert_eq!(
            read("hiya folks hope the week s going well which specialties pay more"),
            "hiya folks which specialties pay more"
        );
        assert_eq!(
            read("hope the pay is good in canada"),
            "hope the pay is good in canada",
            "what is hoped well of is asked"
        );
        assert_eq!(
            read("hey hope everyone s doing well are evening shifts common"),
            "hey are evening shifts common",
            "the question opens with words a hope may hold"
        );
    }

    #[test]
    fn thanks_for_listening_closing_a_question_is_dropped() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(read("cons thanks for listening"), "cons");
        assert_eq!(read("remote pay thank you for your patience"), "remote pay");
        assert_eq!(
            read("is active listening needed"),
            "is active listening needed"
        );
    }

    #[test]
    fn a_wish_to_fare_well_is_dropped_and_taking_care_asked_is_not() {
        let read = |q: &str| through_unwritten(without_a_parting_wish, q);
        assert_eq!(
            read("what are some similar careers take care"),
            "what are some similar careers"
        );
        assert_eq!(read("is it stressful stay safe all"), "is it stressful");
        assert_eq!(
            read("what jobs let you take care"),
            "what jobs let you take care"
        );
        assert_eq!(read("how do i stay safe"), "how do i stay safe");
    }

    #[test]
    fn a_closing_hope_for_an_answer_is_dropped_and_hope_asked_is_not() {
        let read = |q: &str| through(without_a_closing_hope_for_an_answer, q);
        assert_eq!(
            read("cmaa worth it hope someone can chime in"),
            "cmaa worth it"
        );
        assert_eq!(
            read("cmaa worth it hopefully one of you guys can help me out"),
            "cmaa worth it"
        );
        assert_eq!(
            read("is there hope for someone with no experience"),
            "is there hope for someone with no experience"
        );
        assert_eq!(
            read("can i hope someone hires me"),
            "can i hope someone hires me"
        );
        assert_eq!(
            read("hope someone can help"),
            "hope someone can help",
            "nothing else asked"
        );
    }

    #[test]
    fn a_form_of_thanks_no_list_holds_closes_the_message() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(
            read("remote pay appreciative of any guidance"),
            "remote pay"
        );
        assert_eq!(read("remote pay gratefully"), "remote pay");
        assert_eq!(read("is the job thankless"), "is the job thankless");
    }

    #[test]
    fn thanks_said_to_be_great_close_the_message() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(read("remote pay huge thanks team"), "remote pay");
        assert_eq!(read("uk salary heartfelt thanks"), "uk salary");
        assert_eq!(
            read("do pccs get tuition reimbursement thx"),
            "do pccs get tuition reimbursement"
        );
    }

    #[test]
    fn eagerness_to_hear_what_others_think_closes_the_message() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(
            read("remote pay eager to hear what you think"),
            "remote pay"
        );
        assert_eq!(
            read("uk salary keen to know what you all reckon"),
            "uk salary"
        );
        assert_eq!(
            read("eager to hear what you think about remote pay"),
            "eager to hear what you think about remote pay"
        );
    }

    #[test]
    fn input_described_with_an_adverb_closes_the_message() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(
            read("remote pay i d love some brutally honest input"),
            "remote pay"
        );
        assert_eq!(
            read("would a public health bachelors help me you all rock"),
            "would a public health bachelors help me"
        );
    }

    #[test]
    fn a_doubt_said_with_crossed_fingers_is_dropped() {
        let read = |q: &str| through(without_a_doubt_about_the_wording, q);
        assert_eq!(
            read("remote pay fingers crossed this is clear"),
            "remote pay"
        );
        assert_eq!(
            read("uk salary crossing my fingers that makes sense"),
            "uk salary"
        );
    }

    #[test]
    fn a_wish_said_to_those_it_is_for_is_dropped_after_any_question() {
        let read = |q: &str| through_unwritten(without_a_parting_wish, q);
        assert_eq!(
            read("remote pay wishing you all a good night"),
            "remote pay"
        );
        assert_eq!(
            read("what do lead coordinators do wish you all a lovely evening"),
            "what do lead coordinators do"
        );
        assert_eq!(
            read("do pccs wish for a good day"),
            "do pccs wish for a good day"
        );
    }

    #[test]
    fn what_the_asker_fears_the_question_is_is_dropped_with_the_apology() {
        let read = |q: &str| through(without_an_apology, q);
        assert_eq!(
            read("pardon me if this is basic but what do pccs make"),
            "what do pccs make"
        );
        assert_eq!(
            read("sorry if it s a weird one but can pccs work from home"),
            "sorry can pccs work from home"
        );
        assert_eq!(
            read("sorry if i sound clueless but which specialties pay more"),
            "sorry which specialties pay more"
        );
        assert_eq!(
            read("sorry if i am late to apply can i still get in"),
            "sorry if i am late to apply can i still get in",
            "no fear said before the question"
        );
        assert_eq!(read("pardon me if this is basic"), "if this is basic");
        assert_eq!(
            read("sorry if this is obvious at what point do you become a lead"),
            "sorry if this is obvious at what point do you become a lead"
        );
    }

    #[test]
    fn a_message_announced_as_long_is_read_without_the_announcement() {
        let read = |q: &str| through(without_an_apology, q);
        assert_eq!(
            read("heads up this is a bit of a ramble is it hard to get promoted"),
            "is it hard to get promoted"
        );
        assert_eq!(read("fair warning it s a long one uk pay"), "uk pay");
        assert_eq!(
            read("it is a long program is it worth it"),
            "it is a long program is it worth it"
        );
    }

    #[test]
    fn an_aside_that_only_excuses_the_message_is_not_searched() {
        let u = understander().understand("who hires pccs (on mobile, excuse typos)");
        assert!(!u.words.iter().any(|w| w.stem.starts_with("mobil")));
        assert!(!u.words.iter().any(|w| w.stem.starts_with("typo")));
        let u = understander().understand("who hires pccs (in a hospital)");
        assert!(u.words.iter().any(|w| w.stem.starts_with("hospit")));
    }

    #[test]
    fn kin_by_marriage_and_step_kin_are_read_as_kin() {
        assert_eq!(
            kin_compounds_as_kin("asking for my sister-in-law"),
            "asking for my sister"
        );
        assert_eq!(
            kin_compounds_as_kin("My Brothers-In-Law work at a clinic."),
            "My Brothers work at a clinic."
        );
        assert_eq!(
            kin_compounds_as_kin("asking for my step-dad"),
            "asking for my stepdad"
        );
        assert_eq!(
            kin_compounds_as_kin("step-by-step, how do i become one"),
            "step-by-step, how do i become one",
            "no kin"
        );
        assert_eq!(
            kin_compounds_as_kin("my in-laws say it pays well"),
            "my in-laws say it pays well",
            "no kin before it"
        );
    }

    #[test]
    fn god_kin_and_grand_kin_written_as_one_word_are_someone_else() {
        assert!(is_someone_else("godmother"));
        assert!(is_someone_else("granddaughter"));
        assert!(is_someone_else("stepbrother"));
        assert!(!is_someone_else("grandstand"));
        assert!(!is_someone_else("goddess"));
    }

    #[test]
    fn the_channel_exclaimed_over_after_a_question_is_dropped() {
        let read = |q: &str| through(without_a_word_on_the_channel, q);
        assert_eq!(
            read("remote common such a helpful crowd here"),
            "remote common"
        );
        assert_eq!(read("uk pay what a lovely bunch"), "uk pay");
        assert_eq!(
            read("what a pcc does day to day"),
            "what a pcc does day to day",
            "nothing asked before it"
        );
        assert_eq!(
            read("uk pay such a big gap to the us"),
            "uk pay such a big gap to the us",
            "not the channel"
        );
    }

    #[test]
    fn whatever_is_said_of_the_channel_after_a_question_is_dropped() {
        let read = |q: &str| through(without_a_word_on_the_channel, q);
        assert_eq!(
            read("do i need a degree this server is gold"),
            "do i need a degree"
        );
        assert_eq!(read("uk pay this group has been a lifesaver"), "uk pay");
        assert_eq!(
            read("is this group for coordinators only"),
            "is this group for coordinators only",
            "asked of the channel"
        );
        assert_eq!(
            read("this server is for what exactly"),
            "this server is for what exactly",
            "nothing asked before it"
        );
    }

    #[test]
    fn eagerness_to_hear_the_view_may_be_said_in_any_word() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(
            read("do i need a degree dying to know what you all reckon"),
            "do i need a degree"
        );
        assert_eq!(
            read("which ehr pays the most to know"),
            "which ehr pays the most to know",
            "no view to be heard"
        );
        assert_eq!(
            read("dying to know what you think about remote pay"),
            "dying to know what you think about remote pay"
        );
    }

    #[test]
    fn asking_whether_the_message_is_in_its_place_asks_nothing() {
        let u = understander();
        assert!(u.asks_whether_to_ask_here("Is this a good spot to ask? "));
        assert!(u.asks_whether_to_ask_here("Is it ok to post this here?"));
        assert!(!u.asks_whether_to_ask_here("Is it ok to ask for more pay?"));
        assert!(!u.asks_whether_to_ask_here("Is this a good spot to ask."));
        let understood = u.understand("Is this a good spot to ask? how much do pccs make");
        assert!(!understood.words.iter().any(|w| w.stem.starts_with("spot")));
    }

    #[test]
    fn an_adverb_framing_a_sentence_before_a_colon_is_dropped() {
        let u = understander();
        assert_eq!(
            u.without_a_framing_adverb("Essentially: do pccs need a degree?"),
            "do pccs need a degree?"
        );
        assert_eq!(
            u.without_a_framing_adverb("Hi all. Frankly: is it worth it"),
            "Hi all. is it worth it"
        );
        assert_eq!(
            u.without_a_framing_adverb("Remotely: what's the pay?"),
            "Remotely: what's the pay?",
            "an adverb the guides write names what is asked about"
        );
        assert_eq!(
            u.without_a_framing_adverb("Salary: what's the range?"),
            "Salary: what's the range?"
        );
    }

    #[test]
    fn an_aside_on_writing_the_message_is_not_searched() {
        assert!(is_aside_on_writing_this("typing this on my lunch break"));
        assert!(is_aside_on_writing_this("writing from the bus"));
        assert!(!is_aside_on_writing_this("typing speed matters"));
        assert!(is_aside_on_writing_this(
            "dictating this to my phone, sorry for odd words"
        ));
        let u = understander().understand("who hires pccs (typing this on my lunch break)");
        assert!(!u.words.iter().any(|w| w.stem.starts_with("lunch")));
    }

    #[test]
    fn what_the_askers_children_do_is_told_of_others() {
        assert!(is_someone_else("kids"));
        assert!(is_someone_else("teenagers"));
        let u = understander()
            .understand("I'm 57 and my kids just left for college. What certification do I need?");
        assert!(!u.words.iter().any(|w| w.stem.starts_with("colleg")));
    }

    #[test]
    fn an_aside_on_how_the_message_is_written_is_not_searched() {
        assert!(is_aside_on_writing_this("thumb-typing on a phone, sorry"));
        assert!(is_aside_on_writing_this("hastily typing this at work"));
        assert!(!is_aside_on_writing_this("touch-typing speed matters"));
        assert!(!is_aside_on_writing_this("really typing matters"));
    }

    #[test]
    fn a_message_said_to_come_long_is_not_asked_about() {
        let read = |q: &str| called_as_typed(q, q);
        assert_eq!(
            read("long post incoming sorry can i still get in"),
            "sorry can i still get in"
        );
        assert_eq!(
            read("is a job post coming soon"),
            "is a job post coming soon",
            "a job post asked of"
        );
    }

    #[test]
    fn a_wall_of_text_warned_of_is_not_asked_about() {
        let read = |q: &str| called_as_typed(q, q);
        assert_eq!(
            read("warning wall of text ahead can i still get in"),
            "can i still get in"
        );
        assert_eq!(
            read("heads up a wall of text incoming can i still get in"),
            "can i still get in"
        );
        assert_eq!(
            read("is a wall of text ahead in the job posting"),
            "is a wall of text ahead in the job posting",
            "asked before it"
        );
    }

    #[test]
    fn a_message_warned_of_as_running_long_is_not_asked_about() {
        let read = |q: &str| through(without_an_apology, q);
        assert_eq!(
            read("brace yourselves this runs long what degree is best"),
            "what degree is best"
        );
        assert_eq!(
            read("heads up it got long can i still get in"),
            "can i still get in"
        );
        assert_eq!(
            read("it runs long hours is that normal"),
            "it runs long hours is that normal",
            "no warning before it"
        );
    }

    #[test]
    fn a_telling_turns_to_someone_else_at_their_pronoun_or_kin() {
        assert_eq!(
            split_at_someone_else("I'm a cashier and my husband had his knee replaced."),
            Some(("I'm a cashier and ", "my husband had his knee replaced."))
        );
        assert_eq!(
            split_at_someone_else("I've been caring for grandpa while he has dialysis."),
            Some(("I've been caring for grandpa while ", "he has dialysis."))
        );
        assert_eq!(
            split_at_someone_else("I manage my mum's oncology appointments."),
            Some(("I manage ", "my mum's oncology appointments.")),
            "kin owning something"
        );
        assert_eq!(
            split_at_someone_else("I manage my mums and tots group."),
            None,
            "no kin without the possessive"
        );
        assert_eq!(
            split_at_someone_else("I work nights at a warehouse."),
            None,
            "no one else"
        );
        assert_eq!(
            split_at_someone_else("My mom is a nurse and she thinks it's a dead end."),
            None,
            "not told of the asker"
        );
        assert_eq!(
            split_at_someone_else("I asked my sister and she said the pay is low."),
            None,
            "what someone else says is the asker's worry"
        );
    }

    #[test]
    fn standing_by_someone_else_is_told_apart_from_the_askers_own_doing() {
        assert!(only_stands_by("I'm supporting "));
        assert!(only_stands_by("I've been looking after "));
        assert!(
            !only_stands_by("I'm studying billing like "),
            "the asker's own doing"
        );
        assert!(!only_stands_by("I'm a cashier and "));
        assert!(
            only_stands_by("I manage "),
            "a verb the asker says of themselves"
        );
        assert!(
            !only_stands_by("I'm managing billing for "),
            "the asker's own doing, said by I"
        );
        assert!(
            !only_stands_by("Managed "),
            "a verb not in -ing is the asker's unless said by I"
        );
    }

    #[test]
    fn a_move_away_told_is_not_searched() {
        let u = understander().understand("I moved here from Peru. what's the salary in canada");
        assert!(!u.words.iter().any(|w| w.stem == "move"), "{u:?}");
        let u = understander().understand("I moved here from Peru. can i move to canada");
        assert!(
            u.words.iter().any(|w| w.stem == "move" && !w.context),
            "asked: {u:?}"
        );
    }

    #[test]
    fn the_head_of_a_told_job_title_is_not_searched() {
        let u = understander().understand("I'm a postal worker. where do coordinators work");
        assert!(!u.words.iter().any(|w| w.stem == "worker"), "{u:?}");
        assert!(
            u.words.iter().any(|w| w.stem == "postal" && w.context),
            "the title's trade is still told: {u:?}"
        );
    }

    #[test]
    fn a_guide_title_told_keeps_its_head() {
        let u = understander().understand("I'm a remote worker. where do coordinators work");
        assert!(
            u.words.iter().any(|w| w.stem == "worker" && w.context),
            "{u:?}"
        );
    }

    #[test]
    fn being_retired_is_not_searched_but_retirement_asked_is() {
        let u = understander().understand("Retired teacher here. what's the salary");
        assert!(!u.words.iter().any(|w| w.stem == "retir"), "{u:?}");
        let u = understander().understand("I'm retired. do they offer retirement plans");
        assert!(
            u.words.iter().any(|w| w.stem == "retir" && !w.context),
            "asked: {u:?}"
        );
    }

    #[test]
    fn thanks_counted_in_bundles_close_a_question() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(read("remote pay thanks a bundle crew"), "remote pay");
    }

    #[test]
    fn waiting_for_others_input_closes_a_question_and_waiting_asked_of_does_not() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(
            read("is it stressful awaiting your wisdom"),
            "is it stressful"
        );
        assert_eq!(
            read("remote pay eagerly waiting on any replies"),
            "remote pay"
        );
        assert_eq!(
            read("do coordinators spend time waiting on callbacks"),
            "do coordinators spend time waiting on callbacks"
        );
    }

    #[test]
    fn a_word_the_guides_never_write_right_after_thanks_is_part_of_them() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(read("remote common thanks schon everyone"), "remote common");
        assert_eq!(read("remote common thanks priya"), "remote common");
        assert_eq!(
            read("are coordinators obliged to relocate"),
            "are coordinators obliged to relocate",
            "not after the thanks"
        );
    }

    #[test]
    fn how_great_the_thanks_are_in_another_language_is_part_of_them() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(read("remote common tusen thanks folks"), "remote common");
        assert_eq!(read("uk pay vielen thanks"), "uk pay");
        assert_eq!(
            read("what s the salary in london thanks"),
            "what s the salary in london",
            "a word the guides never write is the question's own"
        );
    }

    #[test]
    fn loving_how_kind_the_channel_is_closes_a_question() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(read("uk pay love how kind this server is"), "uk pay");
        assert_eq!(
            read("remote common love how helpful everyone is here"),
            "remote common"
        );
        assert_eq!(
            read("do coordinators love how busy clinics are"),
            "do coordinators love how busy clinics are",
            "nothing praised"
        );
    }

    #[test]
    fn when_the_replies_will_be_read_closes_a_sign_off() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(
            read("remote common bye now will read replies tomorrow"),
            "remote common"
        );
        assert_eq!(
            read("remote common bye will the pay rise soon"),
            "remote common bye will the pay rise soon",
            "a question after the sign-off"
        );
    }

    #[test]
    fn eagerness_for_what_those_doing_the_job_think_closes_a_question() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(
            read("is remote common especially curious what current coordinators think"),
            "is remote common"
        );
        assert_eq!(
            read("is remote common curious what you think"),
            "is remote common"
        );
        assert_eq!(
            read("curious what current coordinators think about remote work"),
            "curious what current coordinators think about remote work",
            "what they think about is asked"
        );
        assert_eq!(
            read("is remote common curious what coordinators earn"),
            "is remote common curious what coordinators earn",
            "no view asked for"
        );
    }

    #[test]
    fn no_words_have_no_closing_courtesy() {
        assert!(without_closing_courtesy(Vec::new(), &|_: &str| true).is_empty());
        assert_eq!(
            through_unwritten(without_closing_courtesy, "thanks"),
            "thanks"
        );
    }

    #[test]
    fn eagerness_to_read_answers_closes_a_question() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(
            read("salary range eager to read your answers"),
            "salary range"
        );
    }

    #[test]
    fn what_input_would_mean_closes_a_question_and_what_a_word_means_does_not() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(
            read("cmaa worth it any guidance would mean a lot"),
            "cmaa worth it"
        );
        assert_eq!(
            read("remote pay any thoughts would mean the world"),
            "remote pay"
        );
        assert_eq!(
            read("what would a senior title mean for my pay"),
            "what would a senior title mean for my pay"
        );
    }

    #[test]
    fn signing_off_for_now_closes_a_question() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(read("remote pay bye for now"), "remote pay");
    }

    /// An understander whose thesaurus reads two overlapping idioms differently ("pay off" is
    /// worth it, "off to bed" a goodbye) and two alike ("get stuck", "stuck at the same level").
    fn understander_of_overlapping_idioms() -> Understander {
        let thesaurus = Thesaurus::parse(
            "[abbreviations]\nworth = pay off\nbye = off to bed | signing off\n\
             limited = get stuck | stuck at the same level\n",
        )
        .unwrap();
        let vocabulary = ["pay", "level", "remote"]
            .iter()
            .map(|w| (w.to_string(), 3))
            .collect();
        Understander::new(&thesaurus, &vocabulary, &[])
    }

    #[test]
    fn of_two_overlapping_idioms_that_read_differently_the_longer_is_read() {
        let u = understander_of_overlapping_idioms();
        let stems = stems_of_question(&u, "uk pay off to bed now");
        assert!(stems.contains(&"pay".to_string()), "{stems:?}");
        assert!(!stems.contains(&"worth".to_string()), "{stems:?}");
        assert!(!stems.contains(&"bed".to_string()), "{stems:?}");
    }

    #[test]
    fn of_two_overlapping_idioms_that_read_alike_the_first_is_read() {
        let u = understander_of_overlapping_idioms();
        let stems = stems_of_question(&u, "do they get stuck at the same level forever");
        assert!(stems.contains(&"limit".to_string()), "{stems:?}");
        assert!(stems.contains(&"level".to_string()), "{stems:?}");
    }

    #[test]
    fn a_sentence_of_a_goodbye_the_thesaurus_reads_asks_nothing() {
        let u = understander_of_overlapping_idioms();
        for goodbye in ["signing off for now.", "off to bed now!"] {
            let stems = stems_of_question(&u, &format!("remote pay? {goodbye}"));
            assert_eq!(stems, ["remot", "pay"], "after {goodbye:?}");
        }
    }

    #[test]
    fn a_sentence_the_thesaurus_reads_as_framing_is_still_courtesy() {
        let thesaurus =
            Thesaurus::parse("[abbreviations]\nquestion = hope that makes sense\n").unwrap();
        let vocabulary = ["receive", "retirement", "benefits"]
            .iter()
            .map(|w| (w.to_string(), 3))
            .collect();
        let u = Understander::new(&thesaurus, &vocabulary, &[]);
        assert_eq!(
            u.understand("do they receive retirement benefits? hope that makes sense")
                .thing_asked,
            u.understand("do they receive retirement benefits?")
                .thing_asked
        );
    }

    fn stems_of_question(u: &Understander, question: &str) -> Vec<String> {
        u.understand(question)
            .words
            .iter()
            .map(|w| w.stem.clone())
            .collect()
    }

    #[test]
    fn eagerness_to_see_what_others_say_closes_a_question() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(read("cons can t wait to see what you say"), "cons");
        assert_eq!(read("cons cant wait to see your answers"), "cons");
        assert_eq!(
            read("remote pay looking forward to seeing what you all think"),
            "remote pay"
        );
        assert_eq!(
            read("can t wait to see the salary table"),
            "can t wait to see the salary table",
            "what is to be seen is not others' input"
        );
    }

    #[test]
    fn praise_as_what_those_who_answer_never_do_closes_a_question() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(read("cons you lot never disappoint"), "cons");
        assert_eq!(read("remote pay you never fail"), "remote pay");
        assert_eq!(
            read("is it ok if you fail"),
            "is it ok if you fail",
            "failing said without a never is no praise"
        );
    }

    #[test]
    fn each_piece_of_input_thanked_for_closes_a_question() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(read("cons every suggestion gratefully received"), "cons");
        assert_eq!(
            read("remote pay all tips thankfully welcomed"),
            "remote pay"
        );
        assert_eq!(
            read("is every suggestion received"),
            "is every suggestion received",
            "input said to be received without thanks asks"
        );
    }

    #[test]
    fn thanks_to_friends_in_another_language_close_a_question() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(read("is it stressful thanks amigos"), "is it stressful");
        assert_eq!(read("remote pay cheers compadres"), "remote pay");
    }

    #[test]
    fn watching_for_replies_closes_a_question() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(read("cons will be lurking for replies"), "cons will be");
        assert_eq!(
            read("is it stressful watching for answers"),
            "is it stressful"
        );
        assert_eq!(
            read("is monitoring patients part of the job"),
            "is monitoring patients part of the job",
            "nothing awaited"
        );
    }

    #[test]
    fn input_from_whom_said_to_be_wanted_closes_a_question() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(
            read("is it stressful input from current coordinators wanted"),
            "is it stressful"
        );
        assert_eq!(read("cons advice from nurses needed"), "cons");
        assert_eq!(
            read("cons input from current coordinators"),
            "cons input from current coordinators",
            "neither wanted nor thanked"
        );
    }

    #[test]
    fn the_channel_praised_as_the_best_closes_a_question() {
        let read = |q: &str| through(without_the_channel_praised_as_the_best, q);
        assert_eq!(
            read("cmaa worth it best corner of the internet this"),
            "cmaa worth it"
        );
        assert_eq!(
            read("is it stressful my favourite server on discord"),
            "is it stressful"
        );
        assert_eq!(
            read("which is the best server for pcc jobs"),
            "which is the best server for pcc jobs",
            "asked which is best"
        );
        assert_eq!(
            read("which is the best server here"),
            "which is the best server here",
            "asked which is best, of the channel alone"
        );
        assert_eq!(
            read("remote pay best place to work online"),
            "remote pay best place to work online",
            "no channel named"
        );
        assert_eq!(
            read("remote pay best place online"),
            "remote pay best place online",
            "no channel named, only where"
        );
    }

    #[test]
    fn someone_else_too_shy_to_ask_is_whom_the_question_is_for() {
        let read = |q: &str| through(without_someone_else_behind_the_question, q);
        assert_eq!(
            read("do i need college for this my roommate is too shy to post this"),
            "do i need college for this"
        );
        assert_eq!(
            read("is it stressful my little brother s way too nervous to ask"),
            "is it stressful"
        );
        assert_eq!(
            read("is my roommate too shy to ask for a raise"),
            "is my roommate too shy to ask for a raise",
            "asked of them"
        );
        assert_eq!(
            read("cons my roommate is too shy to ask her boss for a raise"),
            "cons my roommate is too shy to ask her boss for a raise",
            "what they would ask is told"
        );
    }

    #[test]
    fn someone_too_shy_to_ask_then_asked_for_in_their_stead_is_whom_the_question_is_for() {
        let read = |q: &str| through(without_someone_else_behind_the_question, q);
        assert_eq!(
            read("uk pay my housemate is too shy to post so i m asking for him"),
            "uk pay"
        );
        assert_eq!(
            read("uk pay my housemate is too shy to post so i m asking about nursing for him"),
            "uk pay my housemate is too shy to post so i m asking about nursing for him",
            "what is asked for them is told"
        );
    }

    #[test]
    fn someone_who_had_the_asker_ask_is_whom_the_question_is_for() {
        let read = |q: &str| through(without_someone_else_behind_the_question, q);
        assert_eq!(
            read("cmaa worth it my sister wanted me to ask"),
            "cmaa worth it"
        );
        assert_eq!(
            read("is it stressful my mum told me to ask here"),
            "is it stressful"
        );
        assert_eq!(read("remote pay my mum suggested i ask"), "remote pay");
        assert_eq!(
            read("is it normal my sister wants me to ask for overtime"),
            "is it normal my sister wants me to ask for overtime",
            "what they would have asked is told"
        );
        assert_eq!(
            read("cons my sister wants to ask"),
            "cons my sister wants to ask",
            "they ask, not the asker"
        );
    }

    #[test]
    fn someone_who_had_the_asker_put_it_out_there_is_whom_the_question_is_for() {
        let read = |q: &str| through(without_someone_else_behind_the_question, q);
        assert_eq!(
            read("cons my neighbour asked me to put this out there"),
            "cons"
        );
        assert_eq!(
            read("remote pay my aunt asked me to pass this along"),
            "remote pay"
        );
        assert_eq!(
            read("is it normal my boss asked me to put in for overtime"),
            "is it normal my boss asked me to put in for overtime",
            "what they would have asked for is told"
        );
    }

    #[test]
    fn those_the_input_is_from_may_be_named_by_what_they_do() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(
            read("cons keen to hear from folks doing this job now"),
            "cons"
        );
        assert_eq!(
            read("is it stressful would love to hear from anyone working nights"),
            "is it stressful"
        );
        assert_eq!(
            read("any tips for people working nights"),
            "any tips for people working nights",
            "nothing else is asked"
        );
        assert_eq!(
            read("is it stressful keen to hear from folks working where pay is best"),
            "is it stressful keen to hear from folks working where pay is best",
            "what they do asks something"
        );
    }

    #[test]
    fn whatever_input_taken_closes_a_question() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(read("cons whatever wisdom you have thanks"), "cons");
        assert_eq!(read("remote pay any tips you ve got thanks"), "remote pay");
        assert_eq!(
            read("is whatever you earn taxed thanks"),
            "is whatever you earn taxed",
            "whatever is not input"
        );
    }

    #[test]
    fn input_from_whom_said_to_be_worth_much_closes_a_question() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(
            read("cmaa worth it input from anyone on the inside would be gold"),
            "cmaa worth it"
        );
        assert_eq!(read("cons advice from nurses would be so helpful"), "cons");
        assert_eq!(
            read("cons input from nurses would matter"),
            "cons input from nurses would matter",
            "not said what it would be"
        );
        assert_eq!(
            read("cons input from people who worked many years in clinics would be gold"),
            "cons input from people who worked many years in clinics would be gold",
            "too long to be only whom"
        );
    }

    #[test]
    fn each_piece_of_input_said_to_count_closes_a_question() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(read("cmaa worth it every tip counts"), "cmaa worth it");
        assert_eq!(read("remote pay each opinion matters"), "remote pay");
        assert_eq!(
            read("is it true every year counts"),
            "is it true every year counts",
            "a year is no input"
        );
    }

    #[test]
    fn the_channel_said_never_to_miss_closes_a_question() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(
            read("do i need college for this this server never misses"),
            "do i need college for this"
        );
        assert_eq!(read("cons you guys never miss"), "cons");
        assert_eq!(
            read("cons the pay never misses"),
            "cons the pay never misses",
            "the pay is no channel"
        );
    }

    #[test]
    fn thanks_sized_in_another_language_close_a_question() {
        // The thesaurus reads "merci" and "gracias" as "thanks".
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(read("cmaa worth it thanks beaucoup"), "cmaa worth it");
        assert_eq!(read("cmaa worth it muchas thanks"), "cmaa worth it");
    }

    #[test]
    fn although_turning_to_the_question_is_not_searched() {
        let u = understander().understand("Probably a silly one, although cmaa worth it");
        assert!(!stems_of(&u).contains(&"although"), "{:?}", stems_of(&u));
    }

    #[test]
    fn a_name_before_a_query_is_what_the_question_is_called() {
        assert_eq!(
            called_as_typed("offbeat query remote", "offbeat query remote"),
            "query remote"
        );
    }

    #[test]
    fn however_turning_to_the_question_is_not_searched() {
        let u =
            understander().understand("This might be obvious to you all, however cmaa worth it");
        assert!(!stems_of(&u).contains(&"howev"), "{:?}", stems_of(&u));
    }

    #[test]
    fn thanks_said_to_be_as_ever_close_a_question() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(read("cons grateful as ever gang"), "cons");
        assert_eq!(read("remote pay thanks as always"), "remote pay");
        assert_eq!(
            read("is the pay as good as ever"),
            "is the pay as good as ever",
            "no thanks"
        );
    }

    #[test]
    fn endearments_are_whom_thanks_are_given() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(read("cons thanks loads lovelies"), "cons");
        assert_eq!(read("remote pay ty hun"), "remote pay");
    }

    #[test]
    fn bare_input_from_whomever_thanked_for_closes_a_question() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(
            read("salary range input from seasoned coordinators appreciated"),
            "salary range"
        );
        assert_eq!(
            read("do i need a degree some advice from current pccs welcome"),
            "do i need a degree"
        );
    }

    #[test]
    fn input_got_from_others_is_asked_of_and_stays() {
        let read = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(
            read("how do coordinators get input from doctors thanks"),
            "how do coordinators get input from doctors"
        );
    }

    #[test]
    fn a_place_praised_as_the_channel_closes_a_question_and_a_place_asked_of_does_not() {
        let read = |q: &str| through(without_a_word_on_the_channel, q);
        assert_eq!(
            read("how much do coordinators make this place is a lifesaver"),
            "how much do coordinators make"
        );
        assert_eq!(read("is this place hiring"), "is this place hiring");
        assert_eq!(
            read("how do i get promoted this place is small"),
            "how do i get promoted this place is small"
        );
    }

    #[test]
    fn a_doubt_about_the_wording_said_with_i_ve_is_dropped() {
        let read = |q: &str| through(without_a_doubt_about_the_wording, q);
        assert_eq!(
            read("can i work from home hope i ve phrased this properly"),
            "can i work from home"
        );
    }

    #[test]
    fn a_wish_for_only_answers_of_a_kind_pleads_and_only_a_kind_of_job_does_not() {
        assert_eq!(pleaded("Honest opinions only, please. uk pay"), " uk pay");
        assert_eq!(
            pleaded("Remote jobs only please. uk pay"),
            "Remote jobs only please. uk pay"
        );
    }

    #[test]
    fn years_spent_in_a_long_told_job_are_not_years_in_the_career() {
        let years = |q: &str| understander().understand(q).years_in;
        assert_eq!(
            years("I've repaired phones at a mall kiosk for 12 years. What do pccs make?"),
            None
        );
        assert_eq!(
            years("I've been in customer service for 10 years. Ballpark salary after 5 years?"),
            Some(5.0)
        );
    }

    #[test]
    fn how_lately_something_happened_is_when() {
        let tokens: Vec<String> = "i m 51 and recently divorced"
            .split(' ')
            .map(String::from)
            .collect();
        assert_eq!(
            told_when(&tokens).into_iter().collect::<Vec<_>>(),
            ["recently"]
        );
    }

    #[test]
    fn when_something_happened_is_told_apart_from_how_long() {
        let when = |q: &str| {
            let tokens: Vec<String> = q.split(' ').map(String::from).collect();
            let mut words: Vec<String> = told_when(&tokens).into_iter().map(String::from).collect();
            words.sort();
            words
        };
        assert_eq!(
            when("i relocated from colombia last year"),
            ["last", "year"]
        );
        assert_eq!(when("we moved here in the fall"), ["fall"]);
        assert_eq!(when("i came here three years ago"), ["three", "years"]);
        assert!(
            when("i ve been a cna for three years").is_empty(),
            "how long"
        );
        assert!(when("do you fall behind on work").is_empty(), "no season");
    }

    #[test]
    fn what_is_told_of_someone_the_asker_looks_after_is_not_searched() {
        let u = understander().understand(
            "I'm looking after my husband since his knee replacement. Is the pay good?",
        );
        assert!(!u.words.iter().any(|w| w.stem.starts_with("replac")));
        assert!(u.words.iter().any(|w| w.stem == "pay"));
    }

    #[test]
    fn a_clause_only_naming_those_addressed_is_courtesy() {
        let u = understander();
        assert!(u.is_courtesy(" team"));
        assert!(u.is_courtesy(" folks."));
        assert!(!u.is_courtesy(" team?"));
    }

    #[test]
    fn asking_whether_anyone_is_free_is_a_plea() {
        assert_eq!(
            pleaded("Anybody free to weigh in? which specialties pay more"),
            " which specialties pay more"
        );
        assert_eq!(
            pleaded("Is training free? which specialties pay more"),
            "Is training free? which specialties pay more"
        );
    }

    #[test]
    fn asking_whether_anyone_is_awake_to_field_a_question_is_a_plea() {
        assert_eq!(
            pleaded("Anyone awake to field a question? which specialties pay more"),
            " which specialties pay more"
        );
        assert_eq!(
            pleaded("Anyone awake? Do I take a class first?"),
            " Do I take a class first?"
        );
        assert_eq!(
            pleaded("Do coordinators field calls? which specialties pay more"),
            "Do coordinators field calls? which specialties pay more",
            "no one's presence asked"
        );
    }

    #[test]
    fn asking_for_a_moment_with_whoever_answers_unsaid_is_a_plea() {
        assert_eq!(
            pleaded("Got a moment for a newbie? which specialties pay more"),
            " which specialties pay more"
        );
        assert_eq!(pleaded("Have a sec? pcc wage"), " pcc wage");
        assert_eq!(
            pleaded("Got a moment for a resume review? which specialties pay more"),
            "Got a moment for a resume review? which specialties pay more",
            "what the moment is for is asked"
        );
    }

    #[test]
    fn a_hope_said_with_crossed_fingers_is_dropped() {
        let read = |q: &str| through(without_a_closing_hope_for_an_answer, q);
        assert_eq!(
            read("cmaa worth it fingers crossed someone answers"),
            "cmaa worth it"
        );
        assert_eq!(
            read("remote pay crossing my fingers one of you knows"),
            "remote pay"
        );
        assert_eq!(
            read("do pccs keep their fingers crossed"),
            "do pccs keep their fingers crossed"
        );
    }

    #[test]
    fn an_apology_for_the_message_itself_is_dropped_and_a_length_asked_is_not() {
        let read = |q: &str| through(without_an_apology, q);
        assert_eq!(
            read("cmaa worth it sorry for the long post"),
            "cmaa worth it sorry"
        );
        assert_eq!(
            read("sorry for the wall of text how long is training"),
            "sorry how long is training"
        );
        assert_eq!(
            read("sorry if my english is bad is the pay good"),
            "sorry pay good"
        );
        assert_eq!(
            read("sorry is it a long program"),
            "sorry is it a long program"
        );
        assert_eq!(
            read("sorry for asking but is training long"),
            "sorry for asking but is training long"
        );
    }

    #[test]
    fn the_room_an_opening_question_is_put_to_is_dropped() {
        let read = |q: &str| through(without_whom_the_question_is_for, q);
        assert_eq!(read("question for the room uk pay"), "question uk pay");
        assert_eq!(
            read("interview questions for the room"),
            "interview questions for the room",
            "asked for"
        );
    }

    #[test]
    fn whom_an_opening_question_is_for_is_dropped_and_what_it_asks_is_not() {
        let read = |q: &str| through(without_whom_the_question_is_for, q);
        assert_eq!(
            read("quick question for the experienced folks is the money good"),
            "quick question is the money good"
        );
        assert_eq!(
            read("question for you all senior patient care coordinator pay"),
            "question senior patient care coordinator pay"
        );
        assert_eq!(
            read("question for you all pros of this career"),
            "question pros of this career"
        );
        assert_eq!(
            read("interview questions for experienced coordinators"),
            "interview questions for experienced coordinators"
        );
    }

    #[test]
    fn fearing_the_question_was_asked_before_is_dropped_and_being_asked_is_not() {
        let read = |q: &str| through(without_a_fear_of_repeating, q);
        assert_eq!(
            read("if this has been asked do i need a degree"),
            "do i need a degree"
        );
        assert_eq!(
            read("remote jobs if it s been answered already"),
            "remote jobs"
        );
        assert_eq!(
            read("sorry if this was asked before is it stressful"),
            "sorry is it stressful"
        );
        assert_eq!(
            read("what do i say if it s asked in the interview"),
            "what do i say if it s asked in the interview"
        );
    }

    #[test]
    fn a_closing_request_saying_how_welcome_views_are_is_dropped() {
        let closed = |q: &str| through(without_a_closing_request_for_input, q);
        assert_eq!(
            closed("what skills do i need any perspective helps"),
            "what skills do i need"
        );
        assert_eq!(
            closed("do i need any perspective"),
            "do i need any perspective"
        );
    }

    #[test]
    fn a_closing_request_saying_what_the_input_would_be_is_dropped() {
        let closed = |q: &str| through(without_a_closing_request_for_input, q);
        assert_eq!(
            closed("is a degree required any pointers would be treasured"),
            "is a degree required"
        );
        assert_eq!(
            closed("what skills do i need any tips would be so valued"),
            "what skills do i need"
        );
        assert_eq!(closed("cons any advice will be a godsend"), "cons");
        assert_eq!(
            closed("would any certification be worth it"),
            "would any certification be worth it"
        );
        assert_eq!(
            closed("any tips would be treasured"),
            "any tips would be treasured"
        );
    }

    #[test]
    fn a_message_closing_on_any_after_a_verb_is_read_without_panicking() {
        let closed = |q: &str| through(without_a_closing_request_for_input, q);
        assert_eq!(closed("do i need any"), "do i need any");
        assert_eq!(closed("cons have any"), "cons have any");
        assert_eq!(
            closed("do you have any tips would"),
            "do you have any tips would"
        );
    }

    #[test]
    fn a_closing_request_for_input_is_dropped_unless_it_is_what_is_asked() {
        let closed = |q: &str| through(without_a_closing_request_for_input, q);
        assert_eq!(
            closed("is the money decent any thoughts"),
            "is the money decent"
        );
        assert_eq!(closed("remote jobs any tips guys"), "remote jobs");
        assert_eq!(
            closed("interview prep any advice or tips"),
            "interview prep"
        );
        assert_eq!(closed("do you have any tips"), "do you have any tips");
        assert_eq!(closed("any thoughts"), "any thoughts");
        assert_eq!(
            closed("any tips for the interview"),
            "any tips for the interview"
        );
    }

    #[test]
    fn a_closing_welcome_to_all_views_is_dropped() {
        let closed = |q: &str| through(without_a_closing_request_for_input, q);
        assert_eq!(
            closed("is the money decent all opinions welcome"),
            "is the money decent"
        );
        assert_eq!(
            closed("what skills do i need all opinions welcome"),
            "what skills do i need"
        );
        assert_eq!(
            closed("do they give you all the info"),
            "do they give you all the info"
        );
        assert_eq!(
            closed("is it all help desk work"),
            "is it all help desk work"
        );
    }

    #[test]
    fn a_bare_call_for_thoughts_closing_a_question_is_dropped() {
        let closed = |q: &str| through(without_a_closing_request_for_input, q);
        assert_eq!(
            closed("whats a typical day like thoughts"),
            "whats a typical day like"
        );
        assert_eq!(closed("is that right any thoughts"), "is that right");
        assert_eq!(closed("what are your thoughts"), "what are your thoughts");
        assert_eq!(closed("thoughts"), "thoughts");
    }

    #[test]
    fn asking_how_the_channel_is_doing_greets_and_asks_nothing() {
        let kept = |q: &str| through(without_asking_how_one_is, q);
        assert_eq!(kept("yo what s up burnout risk"), "yo burnout risk");
        assert_eq!(
            kept("hey all whats up do they work weekends"),
            "hey all do they work weekends"
        );
        assert_eq!(
            kept("wassup how much do they make"),
            "how much do they make"
        );
        // Asked of something, or alone, it is a question or small talk.
        assert_eq!(
            kept("what s up with remote jobs"),
            "what s up with remote jobs"
        );
        assert_eq!(kept("yo what s up"), "yo what s up");
    }

    #[test]
    fn a_cry_for_help_closing_a_message_after_a_framing_is_dropped() {
        let kept = |q: &str| through(without_a_closing_cry_for_help, q);
        assert_eq!(
            kept("how much does it cost question help"),
            "how much does it cost question"
        );
        assert_eq!(kept("senior pay omg help"), "senior pay omg");
        // Help asked about is kept.
        assert_eq!(kept("do certifications help"), "do certifications help");
        assert_eq!(kept("is there tuition help"), "is there tuition help");
    }

    #[test]
    fn a_closing_courtesy_is_dropped_and_courtesy_alone_is_thanks() {
        let closed = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(closed("remote pay thanks a bunch you all"), "remote pay");
        assert_eq!(
            closed("any remote jobs any info would be great"),
            "any remote jobs"
        );
        assert_eq!(closed("senior pay how much thanks"), "senior pay how much");
        assert_eq!(
            closed("do certs bump your pay ok thanks"),
            "do certs bump your pay"
        );
        assert_eq!(closed("is the pay ok thanks"), "is the pay ok");
        assert_eq!(
            closed("is the pay great"),
            "is the pay great",
            "praise asked of"
        );
        assert_eq!(closed("ok thanks a bunch"), "thanks");
    }

    #[test]
    fn thanking_in_advance_or_for_reading_closing_a_question_is_dropped() {
        let closed = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(closed("remote pay thanking you before"), "remote pay");
        assert_eq!(closed("remote pay appreciate you reading"), "remote pay");
        assert_eq!(
            closed("how much reading is there"),
            "how much reading is there"
        );
    }

    #[test]
    fn guidance_or_replies_asked_for_closing_a_question_ask_nothing() {
        let closed = |q: &str| {
            through(
                without_a_closing_request_for_input,
                &through_unwritten(without_closing_courtesy, q),
            )
        };
        assert_eq!(
            closed("cmaa worth it any guidance appreciated"),
            "cmaa worth it"
        );
        assert_eq!(closed("remote pay any pointers appreciated"), "remote pay");
        assert_eq!(closed("cons any replies welcome"), "cons");
        assert_eq!(
            closed("is a degree required any answers"),
            "is a degree required"
        );
        assert_eq!(
            closed("do you have any guidance on interviews"),
            "do you have any guidance on interviews"
        );
    }

    #[test]
    fn thanks_to_a_mate_or_a_ton_of_thanks_is_dropped() {
        let closed = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(closed("remote pay cheers mate"), "remote pay");
        assert_eq!(closed("remote pay thanks a ton"), "remote pay");
        assert_eq!(closed("remote pay thanks man"), "remote pay");
        assert_eq!(
            closed("is a pcc a man or a woman"),
            "is a pcc a man or a woman"
        );
    }

    #[test]
    fn the_place_the_asker_works_or_volunteers_at_is_read_from_a_telling() {
        assert_eq!(workplace_told("I volunteer at a hospice."), "a hospice");
        assert_eq!(workplace_told("I work part time at Target."), "target");
        assert_eq!(
            workplace_told("I also worked at a bank for years"),
            "a bank for years"
        );
        assert_eq!(
            workplace_told("I do data entry for an insurance company."),
            "an insurance company"
        );
        assert_eq!(workplace_told("I work for the county."), "the county");
        assert_eq!(
            workplace_told("I worked for a year as a cashier."),
            "",
            "how long, not for whom"
        );
        assert_eq!(
            workplace_told("I work in billing."),
            "",
            "a trade, not a place"
        );
        assert_eq!(
            workplace_told("My brother works at a bank."),
            "",
            "someone else's"
        );
        assert_eq!(
            workplace_told("I think I would work well at a clinic."),
            "",
            "no telling of where"
        );
    }

    #[test]
    fn a_greeting_stretched_for_feeling_still_greets() {
        assert!(greets("hellooo"));
        assert!(greets("heyyy"));
        assert!(greets("hiii"));
        assert!(!greets("heyday"), "another word that opens with one");
        assert!(!greets("hell"));
    }

    #[test]
    fn courtesy_saying_how_much_it_would_help_or_praising_those_thanked_is_dropped() {
        let closed = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(closed("what skills would be super helpful"), "what skills");
        assert_eq!(closed("pcc wage thanks guys you re the best"), "pcc wage");
        // Praise asked about is kept.
        assert_eq!(closed("is the pay really great"), "is the pay really great");
        assert_eq!(
            closed("which level is the best thanks"),
            "which level is the best"
        );
    }

    #[test]
    fn loving_some_advice_closing_a_question_is_dropped() {
        let closed = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(
            closed("what skills do i need would love some advice"),
            "what skills do i need"
        );
        assert_eq!(closed("is it remote i d love some input"), "is it remote");
        assert_eq!(closed("which job would i love"), "which job would i love");
    }

    #[test]
    fn being_much_obliged_is_thanks() {
        let closed = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(
            closed("whats the worst part much obliged"),
            "whats the worst part"
        );
        assert_eq!(closed("remote pay obliged"), "remote pay");
        assert_eq!(
            closed("senior pcc how much thanks"),
            "senior pcc how much",
            "how much asked"
        );
        assert_eq!(
            closed("are coordinators obliged to work weekends"),
            "are coordinators obliged to work weekends"
        );
    }

    #[test]
    fn praise_for_whoever_answers_and_an_offer_to_clarify_are_dropped() {
        let closed = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(
            closed("remote pay props to anyone who replies"),
            "remote pay"
        );
        assert_eq!(closed("remote pay kudos to whoever helps"), "remote pay");
        assert_eq!(
            closed("remote pay happy to clarify if needed"),
            "remote pay"
        );
        assert_eq!(closed("remote pay many thanks really"), "remote pay");
        assert_eq!(
            closed("are pccs happy to work weekends"),
            "are pccs happy to work weekends"
        );
    }

    #[test]
    fn kindly_given_thanks_or_help_said_to_be_appreciated_is_dropped() {
        let closed = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(closed("remote pay thank you kindly"), "remote pay");
        assert_eq!(closed("remote pay any help is appreciated"), "remote pay");
        assert_eq!(closed("remote pay any tips are appreciated"), "remote pay");
        assert_eq!(
            closed("is the pay any good thanks"),
            "is the pay any good",
            "the asking's own be kept"
        );
    }

    #[test]
    fn a_sign_off_with_love_or_heaps_of_thanks_is_dropped() {
        let closed = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(closed("remote pay much love"), "remote pay");
        assert_eq!(closed("remote pay lots of love"), "remote pay");
        assert_eq!(closed("remote pay love you all"), "remote pay");
        assert_eq!(closed("remote pay thanks heaps"), "remote pay");
        assert_eq!(
            closed("how much love do patients need"),
            "how much love do patients need",
            "love asked about"
        );
        assert_eq!(closed("is it a job i d love"), "is it a job i d love");
    }

    #[test]
    fn a_request_for_leave_to_ask_beside_a_question_is_dropped() {
        assert_eq!(pleaded("Can I ask something? pcc income"), " pcc income");
        assert_eq!(
            pleaded("may i ask you guys a quick question? pcc income"),
            " pcc income"
        );
        assert_eq!(
            pleaded("Can I ask for a raise? pcc income"),
            "Can I ask for a raise? pcc income",
            "a question about asking"
        );
    }

    #[test]
    fn asking_whether_one_minds_a_question_beside_a_question_is_dropped() {
        assert_eq!(pleaded("Mind if I ask something? uk pay"), " uk pay");
        assert_eq!(pleaded("Do you mind me asking? uk pay"), " uk pay");
        assert_eq!(
            pleaded("Do you mind the hours? uk pay"),
            "Do you mind the hours? uk pay",
            "minding something asked about"
        );
    }

    #[test]
    fn asking_whether_anyone_is_up_for_a_question_beside_it_is_dropped() {
        assert_eq!(
            pleaded("Would anyone be up for a quick question? uk pay"),
            " uk pay"
        );
        assert_eq!(
            pleaded("Anyone willing to answer a few questions? remote pay"),
            " remote pay"
        );
    }

    #[test]
    fn being_up_for_something_asked_of_the_job_stays() {
        assert_eq!(
            pleaded("Would anyone be up for a night shift role? is it common"),
            "Would anyone be up for a night shift role? is it common"
        );
    }

    #[test]
    fn raised_after_born_is_growing_up() {
        assert_eq!(
            raised_as_growing_up("Manila born, Toronto raised. Remote?"),
            "Manila born, Toronto grew up. Remote?"
        );
        assert_eq!(
            raised_as_growing_up("Born in Lima, raised in Ohio. Remote?"),
            "Born in Lima, grew up in Ohio. Remote?"
        );
        assert_eq!(
            raised_as_growing_up("My baby was born in May. Is pay raised yearly?"),
            "My baby was born in May. Is pay raised yearly?",
            "too far from the birth"
        );
        assert_eq!(
            raised_as_growing_up("Born in May. Pay raised?"),
            "Born in May. Pay raised?",
            "another sentence"
        );
    }

    #[test]
    fn raised_opening_a_sentence_before_a_place_is_growing_up() {
        assert_eq!(
            raised_as_growing_up("Raised in Jamaica, living in Leeds now. Remote?"),
            "Grew up in Jamaica, living in Leeds now. Remote?"
        );
        assert_eq!(
            raised_as_growing_up("Raised in May. Pay?"),
            "Raised in May. Pay?",
            "a time, not a place"
        );
        assert_eq!(
            raised_as_growing_up("Pay raised in Canada?"),
            "Pay raised in Canada?",
            "not opening the sentence"
        );
    }

    #[test]
    fn a_place_named_after_in_is_no_slip_for_a_word_the_guides_write() {
        assert_eq!(
            capitalised_after_a_place_word("Living in Leeds now, from Ohio, in the Midlands"),
            HashSet::from(["leeds".to_string(), "ohio".to_string()])
        );
        assert_eq!(
            capitalised_after_a_place_word("In Leeds now."),
            HashSet::from(["leeds".to_string()]),
            "opening a sentence"
        );
        let u = understander();
        let place = u.understand("I live in Remota. Is pay good?");
        assert!(!place.words.iter().any(|w| w.word == "remote"));
        let slip = u.understand("Is pay good in Canadaa?");
        assert!(
            slip.words.iter().any(|w| w.word == "canada"),
            "a place the engine knows is mended to"
        );
    }

    #[test]
    fn a_word_typed_with_its_accents_is_no_slip() {
        assert_eq!(
            typed_with_accents("Barista at an airport café, near Zürich. Remote?"),
            HashSet::from(["cafe".to_string(), "zurich".to_string()])
        );
        assert!(typed_with_accents("Barista at an airport cafe. Remote?").is_empty());
    }

    #[test]
    fn a_greeting_exclaimed_to_whoever_is_not_searched() {
        let u = understander();
        let owls = u.understand("Howdy-doo, night owls! remote common?");
        assert!(!owls
            .words
            .iter()
            .any(|w| w.word == "night" || w.word == "owls"));
        let workers = u.understand("Hello, remote workers! What's the pay?");
        assert!(
            workers.words.iter().any(|w| w.word == "remote"),
            "who is greeted is what the guides write"
        );
    }

    #[test]
    fn feeling_foolish_to_ask_is_dropped() {
        let read = |q: &str| through(without_feeling_foolish_to_ask, q);
        assert_eq!(
            read("feeling a bit dim asking but is remote common"),
            "is remote common"
        );
        assert_eq!(read("hey i feel silly asking but uk pay"), "hey uk pay");
        assert_eq!(
            read("i feel burnt out but is this job stressful"),
            "i feel burnt out but is this job stressful",
            "no asking named"
        );
    }

    #[test]
    fn ahoy_greets() {
        let words = |q: &str| q.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(greeting_length(&words("ahoy there crew remote pay")), 3);
    }

    #[test]
    fn the_class_of_a_year_is_a_graduation() {
        assert_eq!(
            a_class_year_as_graduation("BA in philosophy, class of 2016. Remote?"),
            "BA in philosophy, graduated 2016. Remote?"
        );
        assert_eq!(
            a_class_year_as_graduation("what class of certification do i need"),
            "what class of certification do i need",
            "no year"
        );
    }

    #[test]
    fn boards_studied_for_are_an_exam_and_job_boards_stay() {
        assert_eq!(
            boards_sat_as_exams("I'm studying for the radiology tech boards. Remote?"),
            "I'm studying for the radiology tech exams. Remote?"
        );
        assert_eq!(
            boards_sat_as_exams("which job boards list pcc jobs"),
            "which job boards list pcc jobs"
        );
    }

    #[test]
    fn boards_studied_for_with_what_is_studied_between_are_an_exam() {
        assert_eq!(
            boards_sat_as_exams("I'm cramming anatomy flashcards for the MA boards. Remote?"),
            "I'm cramming anatomy flashcards for the MA exams. Remote?"
        );
    }

    #[test]
    fn leave_to_ask_naming_the_asker_in_a_word_beside_a_question_is_dropped() {
        assert_eq!(
            pleaded("Mind if a newcomer asks something? uk pay"),
            " uk pay"
        );
        assert_eq!(pleaded("Can a newbie ask a question? uk pay"), " uk pay");
        assert_eq!(
            pleaded("Can a coordinator ask for a raise? uk pay"),
            "Can a coordinator ask for a raise? uk pay",
            "a question about asking"
        );
    }

    #[test]
    fn asking_for_a_hand_or_advice_beside_a_question_is_dropped() {
        assert_eq!(pleaded("Could use a hand. uk pay"), " uk pay");
        assert_eq!(pleaded("Can someone lend me a hand? uk pay"), " uk pay");
        assert_eq!(pleaded("Could use some advice. uk pay"), " uk pay");
        assert_eq!(
            pleaded("Do you use your hands? uk pay"),
            "Do you use your hands? uk pay",
            "hands asked about"
        );
    }

    #[test]
    fn asking_to_pick_brains_beside_a_question_is_dropped() {
        assert_eq!(pleaded("Can I pick your brains? uk pay"), " uk pay");
        assert_eq!(
            pleaded("which one should i pick? uk pay"),
            "which one should i pick? uk pay",
            "a pick asked about"
        );
    }

    #[test]
    fn asking_for_something_to_be_made_clear_beside_a_question_is_dropped() {
        assert_eq!(pleaded("Can somebody clear this up? uk pay"), " uk pay");
        assert_eq!(
            pleaded("Could anyone explain? what is a pcc"),
            " what is a pcc"
        );
        assert_eq!(
            pleaded("Can someone explain this? What does a pcc explain to patients?"),
            " What does a pcc explain to patients?"
        );
        assert_eq!(
            pleaded("Is the path clear? Can I move up?"),
            "Is the path clear? Can I move up?",
            "a clear path asked about"
        );
        assert_eq!(
            pleaded("I keep seeing CMAA. Can someone explain if I need it?"),
            "I keep seeing CMAA. Can someone explain if I need it?",
            "what is to be explained is said"
        );
    }

    #[test]
    fn a_plea_for_help_beside_a_question_is_dropped() {
        assert_eq!(pleaded("Can anyone help? pcc income"), " pcc income");
        assert_eq!(
            pleaded("can a cert help? pcc income"),
            "can a cert help? pcc income",
            "help asked of something"
        );
        assert_eq!(pleaded("can anyone help me?"), "can anyone help me?");
    }

    #[test]
    fn others_experience_asked_for_beside_a_question_is_dropped() {
        assert_eq!(
            pleaded("Does anybody have experience with this? uk pay"),
            " uk pay"
        );
        assert_eq!(
            pleaded("Do I need experience? What about a degree?"),
            "Do I need experience? What about a degree?",
            "the asker's own experience is asked about"
        );
        assert_eq!(
            pleaded("I have a CMAA. Does it help?"),
            "I have a CMAA. Does it help?",
            "help asked of something"
        );
    }

    #[test]
    fn others_having_been_through_it_asked_for_beside_a_question_is_dropped() {
        assert_eq!(
            pleaded("Has anyone here been through this? uk pay"),
            " uk pay"
        );
        assert_eq!(
            pleaded("Has anyone been through the CMAA program? Is it hard?"),
            "Has anyone been through the CMAA program? Is it hard?",
            "what they went through is said"
        );
    }

    #[test]
    fn answers_wished_for_beside_a_question_are_dropped() {
        assert_eq!(pleaded("Would love a straight answer. uk pay"), " uk pay");
        assert_eq!(pleaded("I'd like some honest advice. uk pay"), " uk pay");
        assert_eq!(
            pleaded("Would love a salary answer. uk pay"),
            "Would love a salary answer. uk pay",
            "what the answer is about is said"
        );
        assert_eq!(
            pleaded("Would love to know the pay. Is it good?"),
            "Would love to know the pay. Is it good?"
        );
    }

    #[test]
    fn answers_sought_beside_a_question_are_dropped() {
        assert_eq!(
            pleaded("Looking for some honest answers. uk pay"),
            " uk pay"
        );
        assert_eq!(
            pleaded("Looking for remote jobs. uk pay"),
            "Looking for remote jobs. uk pay",
            "what is sought is said"
        );
    }

    #[test]
    fn a_call_for_others_views_beside_a_question_is_dropped() {
        assert_eq!(pleaded("Can someone weigh in? pcc income"), " pcc income");
        assert_eq!(pleaded("Need a second opinion. pcc income"), " pcc income");
        assert_eq!(
            pleaded("Can someone weigh in on the pay? Is it good?"),
            "Can someone weigh in on the pay? Is it good?",
            "what the views are on is said"
        );
    }

    #[test]
    fn a_plea_for_help_set_off_by_a_dash_or_a_colon_is_dropped() {
        assert_eq!(
            pleaded("Wondering if anyone can help - cmaa worth it"),
            " cmaa worth it"
        );
        assert_eq!(pleaded("can anyone help: pcc income"), " pcc income");
        assert_eq!(
            pleaded("do certs help - and which ones"),
            "do certs help - and which ones",
            "help asked of something"
        );
    }

    #[test]
    fn asking_leave_to_post_beside_a_question_is_dropped() {
        assert_eq!(
            pleaded("Hi, hope it's okay to post this. can u do this job from home"),
            " can u do this job from home"
        );
        assert_eq!(
            pleaded("is it ok to post jobs here? pcc income"),
            "is it ok to post jobs here? pcc income",
            "posting something asked of"
        );
    }

    #[test]
    fn a_message_is_cut_after_sentences_and_dashes_set_apart_not_hyphens() {
        assert_eq!(
            clauses_of("entry-level pay - ok? thanks"),
            ["entry-level pay -", " ok?", " thanks"]
        );
    }

    #[test]
    fn there_points_at_the_nearest_place_named() {
        let u = understander();
        let names = |e: &[EntityRef]| e.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
        let q = u.understand("I grew up in the usa. I'm in canada now, what's the pay here?");
        assert!(!names(&q.entities).contains(&"usa".to_string()), "{q:?}");
        let only = u.understand("I grew up in the usa. What's the pay there?");
        assert_eq!(names(&only.entities), ["usa"], "the only place told");
    }

    #[test]
    fn a_yes_or_no_question_is_read_past_a_lead_in_ended_by_a_dash() {
        assert!(asks_yes_or_no(
            "Trying to figure something out - does a billing cert bump your pay"
        ));
        assert!(asks_yes_or_no("quick q – do they get raises"));
        assert!(asks_yes_or_no("do they pay for certs (sorry, on my phone)"));
        assert!(!asks_yes_or_no("quick q - what do they make"));
        assert!(!asks_yes_or_no(
            "first time posting here - what is the salary"
        ));
    }

    #[test]
    fn a_yes_or_no_question_is_read_past_its_lead_in() {
        assert!(asks_yes_or_no("hey so I was wondering do they get raises"));
        assert!(asks_yes_or_no("I was wondering if they get raises"));
        assert!(asks_yes_or_no(
            "this might be a silly question but do they get raises"
        ));
        assert!(!asks_yes_or_no("hey, what do they make but honestly"));
        assert!(!asks_yes_or_no("I was wondering how much they make"));
        assert!(asks_yes_or_no(
            "lol ok so do they get tuition reimbursement"
        ));
    }

    #[test]
    fn a_yes_or_no_question_is_read_past_a_framing_that_turns_with_yet_or_though() {
        assert!(asks_yes_or_no(
            "I may be overthinking this, yet do they get raises"
        ));
        assert!(asks_yes_or_no(
            "this might be a silly question though do they get raises"
        ));
        assert!(!asks_yes_or_no(
            "I may be overthinking this, yet what do they make"
        ));
    }

    #[test]
    fn a_stretched_word_is_read_as_the_known_word_it_stretches() {
        let u = understander();
        assert_eq!(u.unstretched("heyy").as_deref(), Some("hey"));
        assert_eq!(u.unstretched("pleeeasee").as_deref(), Some("please"));
        assert_eq!(
            u.unstretched("maangers"),
            None,
            "a letter doubled inside is a slip"
        );
        assert_eq!(
            u.unstretched("goood").as_deref(),
            Some("good"),
            "the longest reading"
        );
        assert_eq!(u.unstretched("brrr"), None, "no known word left");
    }

    #[test]
    fn a_concept_only_told_of_hints_at_nothing() {
        let u = understander();
        let told = u.understand("My salary is low now. Where do coordinators work?");
        assert!(
            !told.hints.contains(&"money".to_string()),
            "{:?}",
            told.hints
        );
        let asked =
            u.understand("My salary is low now. Where do coordinators earn the most salary?");
        assert!(
            asked.hints.contains(&"money".to_string()),
            "{:?}",
            asked.hints
        );
    }

    #[test]
    fn a_concept_named_in_the_persons_words_hints_at_its_other_phrasings() {
        let u = understander();
        let hints = u.understand("what is the salary").hints;
        assert!(hints.contains(&"money".to_string()), "{hints:?}");
        assert!(
            u.understand("what is the pay").hints.is_empty(),
            "a concept reached through a synonym gives no hints"
        );
    }

    #[test]
    fn a_topic_word_used_exactly_beats_one_that_only_stems_alike() {
        let thesaurus = Thesaurus::parse(
            "[topics]\nchallenges = demanding | stress\noutlook = demand | growth\n",
        )
        .unwrap();
        let u = Understander::new(&thesaurus, &Default::default(), &[]);
        let topic = |q: &str| u.understand(q).topic.map(|t| t.as_str().to_string());
        assert_eq!(topic("is there demand").as_deref(), Some("outlook"));
        assert_eq!(topic("is it demanding").as_deref(), Some("challenges"));
        let thesaurus = Thesaurus::parse(
            "[synonyms]\ndemand = be around\n[topics]\nchallenges = demanding\noutlook = demand\n",
        )
        .unwrap();
        let u = Understander::new(&thesaurus, &Default::default(), &[]);
        assert_eq!(
            u.understand("will it be around")
                .topic
                .map(|t| t.as_str().to_string())
                .as_deref(),
            Some("outlook"),
            "a synonym's canonical word breaks the tie the same way"
        );
    }

    #[test]
    fn a_tie_between_topics_goes_to_the_one_named_in_more_words() {
        let thesaurus =
            Thesaurus::parse("[topics]\nhow-to-become = switch\nrelated-careers = other jobs\n")
                .unwrap();
        let u = Understander::new(&thesaurus, &Default::default(), &[]);
        let topic = |q: &str| u.understand(q).topic.map(|t| t.as_str().to_string());
        assert_eq!(
            topic("what other jobs could i switch to").as_deref(),
            Some("related-careers")
        );
        assert_eq!(topic("how do i switch").as_deref(), Some("how-to-become"));
    }

    #[test]
    fn a_synonym_stays_linked_when_its_canonical_word_was_also_said() {
        let u = understander().understand("pay or salary");
        assert!(
            u.links
                .contains(&("pay".to_string(), vec!["salari".to_string()])),
            "{:?}",
            u.links
        );
    }

    #[test]
    fn a_synonym_has_the_other_phrases_of_its_concept_as_siblings() {
        let u = understander().understand("what is the pay");
        let siblings: Vec<&[String]> = u.siblings_of("pay").collect();
        assert!(
            siblings.contains(&&["money".to_string()][..]),
            "{siblings:?}"
        );
        assert!(!siblings.contains(&&["pay".to_string()][..]));
    }

    #[test]
    fn a_phrase_counts_once_towards_a_topic_however_many_synonyms_it_brings() {
        let thesaurus = Thesaurus::parse(
            "[synonyms]\nsalary = pay\neducation = certified\ncertification = certified\n\
             [topics]\nsalary = salary | pay\neducation = education | certification | certified\n",
        )
        .unwrap();
        let u = Understander::new(&thesaurus, &Default::default(), &[]);
        let topic = u.understand("will getting certified raise my pay").topic;
        assert_eq!(
            topic.map(|t| t.as_str().to_string()).as_deref(),
            Some("salary")
        );
    }

    #[test]
    fn thesaurus_words_are_known_and_never_corrected() {
        // "ehr" is one dropped letter from the corpus word "ehrs": only knowing the
        // thesaurus' words keeps it as the person wrote it.
        let thesaurus = Thesaurus::parse("[synonyms]\nelectronic health record = ehr\n").unwrap();
        let vocabulary = [("ehrs".to_string(), 3)].into_iter().collect();
        let u = Understander::new(&thesaurus, &vocabulary, &[]);
        let understood = u.understand("ehr training");
        assert!(
            understood.corrections.is_empty(),
            "{:?}",
            understood.corrections
        );
    }

    /// An understander whose guides write `words`, each so many times, with `thesaurus`.
    fn knowing(thesaurus: &str, words: &[(&str, u32)]) -> Understander {
        let thesaurus = Thesaurus::parse(thesaurus).unwrap();
        let vocabulary = words.iter().map(|&(w, n)| (w.to_string(), n)).collect();
        Understander::new(&thesaurus, &vocabulary, &[])
    }

    #[test]
    fn a_word_of_six_letters_is_mended_two_slips_away() {
        // "saelry" is "salary" with two letters changed; a word of five stays within one.
        let u = knowing("", &[("salary", 50), ("degree", 50)]);
        assert_eq!(u.correct("saelry").as_deref(), Some("salary"));
        assert_eq!(u.correct("degri"), None);
    }

    #[test]
    fn the_likelier_slip_wins_even_when_it_mends_into_a_function_word() {
        // "loking" is "looking" with a letter left out, and "losing" with one changed.
        let u = knowing("", &[("looking", 5), ("losing", 50)]);
        assert_eq!(u.correct("loking").as_deref(), Some("looking"));
    }

    #[test]
    fn a_content_word_is_preferred_to_a_function_word_as_the_correction() {
        let u = knowing("[synonyms]\nremote = home\n", &[("how", 50), ("what", 50)]);
        assert_eq!(u.correct("hom").as_deref(), Some("home"));
        assert_eq!(u.correct("wat").as_deref(), Some("what"));
    }

    #[test]
    fn an_english_word_keeping_the_first_letter_beats_a_guide_word_that_changes_it() {
        let u = knowing("[entities]\ncountry.netherlands = dutch\n", &[]);
        assert_eq!(u.correct("wutch").as_deref(), Some("watch"));
    }

    #[test]
    fn a_correction_keeping_the_first_letter_beats_a_more_frequent_one() {
        let u = knowing("", &[("home", 50), ("phone", 5)]);
        // "phome" is "home" with a letter added and "phone" with one changed: people seldom
        // mistype the first letter.
        assert_eq!(u.correct("phome").as_deref(), Some("phone"));
    }

    #[test]
    fn letters_swapped_back_beat_a_letter_dropped() {
        let u = knowing("", &[("bring", 50), ("boring", 5)]);
        assert_eq!(u.correct("broing").as_deref(), Some("boring"));
    }

    #[test]
    fn out_there_points_at_no_place() {
        let tokens = |q: &str| q.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert!(!points_back_to_a_place(&tokens(
            "what kind of remote roles are out there"
        )));
        assert!(points_back_to_a_place(&tokens(
            "what do coordinators make there"
        )));
        assert!(
            !points_back_to_a_place(&tokens("why does empathy matter so much here")),
            "what counts in the job, not in a place"
        );
        assert!(
            !points_back_to_a_place(&tokens("will there still be jobs in a recession")),
            "an existential with a word before its verb"
        );
    }

    #[test]
    fn a_letter_struck_twice_is_the_likeliest_slip() {
        let u = knowing("", &[("booking", 50), ("boring", 2)]);
        assert_eq!(u.correct("booring").as_deref(), Some("boring"));
    }

    #[test]
    fn a_neighbouring_key_or_another_vowel_is_likelier_than_any_other_letter() {
        let u = knowing(
            "",
            &[("works", 50), ("words", 2), ("bring", 50), ("being", 2)],
        );
        assert_eq!(u.correct("worfs").as_deref(), Some("words"), "d beside f");
        assert_eq!(
            u.correct("biing").as_deref(),
            Some("being"),
            "a vowel for a vowel"
        );
        assert!(keys_touch('a', 's') && keys_touch('g', 'b') && !keys_touch('a', 'k'));
    }

    #[test]
    fn a_letter_left_out_is_likelier_than_one_changed_or_slipped_in() {
        let u = knowing(
            "",
            &[("steps", 50), ("stress", 2), ("west", 50), ("worst", 2)],
        );
        assert_eq!(
            u.correct("stess").as_deref(),
            Some("stress"),
            "left out, not changed"
        );
        assert_eq!(
            u.correct("werst").as_deref(),
            Some("worst"),
            "changed, not slipped in"
        );
    }

    #[test]
    fn a_comparative_of_a_thesaurus_word_is_read_as_that_word() {
        let u = knowing(
            "[synonyms]\nchallenges = hard | tough | busy\ncompetition = harder to land\n\
             [entities]\ncareer.police = police officer\n",
            &[("drive", 3), ("office", 3), ("challenges", 3)],
        );
        let read = |q: &str| u.understand(q).corrections;
        let mended = |from: &str, to: &str| vec![(from.to_string(), to.to_string())];
        assert_eq!(read("is it harder"), mended("harder", "hard"));
        assert_eq!(read("the toughest part"), mended("toughest", "tough"));
        assert_eq!(read("are clinics busier"), mended("busier", "busy"));
        assert!(
            read("do i need a driver's license").is_empty(),
            "a noun in -er"
        );
        assert!(
            read("is a police officer paid more").is_empty(),
            "a named thing"
        );
    }

    #[test]
    fn a_noun_in_er_of_a_thesaurus_word_is_not_read_as_a_degree_of_it() {
        let u = knowing(
            "[synonyms]\nworkplace = office\nsalary = make | pay\nchallenges = hard\n",
            &[("office", 3), ("salary", 3), ("challenges", 3)],
        );
        let read = |q: &str| u.understand(q).corrections;
        assert!(read("i was a police officer").is_empty());
        assert!(read("is it for a decision maker").is_empty());
        assert!(read("do insurance payers matter").is_empty());
        assert_eq!(
            read("is it harder"),
            vec![("harder".to_string(), "hard".to_string())]
        );
    }

    #[test]
    fn a_noun_in_or_the_guides_never_write_is_read_as_its_root() {
        let u = knowing(
            "[synonyms]\nlead = supervisor\n",
            &[
                ("stressful", 3),
                ("advise", 1),
                ("doctors", 5),
                ("supervision", 2),
            ],
        );
        let read = |q: &str| u.understand(q).corrections;
        let mended = |from: &str, to: &str| vec![(from.to_string(), to.to_string())];
        assert_eq!(read("main stressors"), mended("stressors", "stress"));
        assert_eq!(read("a career advisor"), mended("advisor", "advise"));
        assert!(
            read("do doctors help").is_empty(),
            "a word the guides write"
        );
        assert!(
            read("is my supervisor nice").is_empty(),
            "a word the thesaurus lists"
        );
    }

    #[test]
    fn a_word_mended_into_shorthand_is_spelt_out() {
        let u = knowing("[abbreviations]\nsalary = salaray\n", &[("salary", 5)]);
        assert_eq!(u.correct("salaary").as_deref(), Some("salary"));
    }

    #[test]
    fn asking_whether_something_is_needed_expects_a_requirement() {
        let u = understander();
        for q in [
            "do i need a degree",
            "is a cert enough",
            "do i have to go in every day",
        ] {
            assert_eq!(
                u.understand(q).expects,
                Some(AnswerType::Requirement),
                "{q}"
            );
        }
        assert!(AnswerType::Requirement.found_in("Most roles require a diploma."));
        assert!(AnswerType::Requirement.found_in("some positions prefer a certificate"));
        assert!(!AnswerType::Requirement.found_in("Salaries range from $40,000."));
    }

    #[test]
    fn asking_whether_one_can_do_without_something_expects_a_requirement() {
        let u = understander();
        assert_eq!(
            u.understand("can i get hired as a coordinator without a degree")
                .expects,
            Some(AnswerType::Requirement)
        );
    }

    #[test]
    fn a_yes_or_no_pay_question_expects_no_figure_but_how_much_does() {
        let u = understander();
        assert_eq!(u.understand("do they get more pay in cities").expects, None);
        assert_eq!(
            u.understand("what is the pay in canada").expects,
            Some(AnswerType::Amount)
        );
        assert_eq!(
            u.understand("is it true how much they make varies").expects,
            Some(AnswerType::Amount)
        );
    }

    #[test]
    fn asking_what_pay_depends_on_expects_no_amount() {
        assert_eq!(
            understander()
                .understand("what affects how much you make")
                .expects,
            None
        );
    }

    #[test]
    fn the_action_a_how_to_question_asks_about_weighs_most() {
        let u = understander().understand("how do i negotiate my salary");
        let weight = |stem: &str| u.words.iter().find(|w| w.stem == stem).unwrap().weight;
        assert_eq!(weight("negoti"), HOW_TO_ACTION_WEIGHT);
        assert_eq!(weight("salari"), 1.0);
    }

    #[test]
    fn a_how_to_question_about_pay_expects_a_way_not_a_figure() {
        let u = understander();
        assert_eq!(
            u.understand("how do i negotiate my salary").expects,
            Some(AnswerType::Method)
        );
        assert_eq!(
            u.understand("what is the salary").expects,
            Some(AnswerType::Amount)
        );
    }

    #[test]
    fn another_career_is_what_is_asked_about_when_alone() {
        let u = understander().understand("how much do nurses make");
        assert_eq!(u.entities.len(), 1);
        assert_eq!(u.entities[0].class, OTHER_CAREER);
    }

    #[test]
    fn another_career_beside_the_guides_own_is_only_background() {
        let u = understander().understand("i'm a nurse, what would i make as a coordinator");
        assert!(u.entities.is_empty(), "{:?}", u.entities);
        assert!(!stems_of(&u).contains(&"nurs"), "{:?}", stems_of(&u));
    }

    #[test]
    fn a_career_told_of_someone_else_is_not_the_askers() {
        let u = understander();
        let told = |q: &str| u.understand(q).told_entities;
        assert!(
            told("My wife works nights as a nurse. Would I have a normal schedule?").is_empty()
        );
        assert!(told("my sister is a nurse. is this job stressful").is_empty());
        assert_eq!(
            told("I'm a nurse. Would I have a normal schedule?").len(),
            1
        );
        assert_eq!(
            told("my mom says I'm a natural nurse. is it stressful?").len(),
            1
        );
    }

    #[test]
    fn the_askers_own_career_said_in_the_same_sentence_is_told() {
        let u = understander();
        let asked = u.understand("I am nurse in my country, can I do this job in Canada?");
        let names = |list: &[EntityRef]| list.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&asked.told_entities), ["nurse"]);
        assert_eq!(names(&asked.entities), ["canada"]);
        let nurses_pay = u.understand("how much do nurses make");
        assert_eq!(names(&nurses_pay.entities), ["nurse"]);
    }

    #[test]
    fn years_told_of_someone_else_are_not_the_askers() {
        let u = understander();
        let years = |q: &str| u.understand(q).years_in;
        assert_eq!(
            years("My mom was a nurse for 20 years. What do pccs make?"),
            None
        );
        assert_eq!(
            years("I was a coordinator for 20 years. What do pccs make?"),
            Some(20.0)
        );
    }

    #[test]
    fn the_years_a_degree_takes_are_not_years_in_the_career() {
        let u = understander();
        let years = |q: &str| u.understand(q).years_in;
        assert_eq!(years("is the four year degree worth the money?"), None);
        assert_eq!(years("what do i make after four years?"), Some(4.0));
    }

    #[test]
    fn a_career_with_a_guide_of_its_own_is_not_another_career() {
        let thesaurus =
            Thesaurus::parse("[entities]\ncareer.scribe = medical scribe | scribe\n").unwrap();
        let with_guide = Understander::new(&thesaurus, &Default::default(), &["Medical Scribe"]);
        assert!(with_guide.understand("scribe pay").entities.is_empty());
        let without = Understander::new(&thesaurus, &Default::default(), &["Dental Receptionist"]);
        assert_eq!(without.understand("scribe pay").entities.len(), 1);
    }

    #[test]
    fn what_the_career_is_asked_after_a_telling_is_asked_alone() {
        let u = understander().understand(
            "In my country we don't have this job title. What exactly does patient care coordinator mean?",
        );
        assert!(u.words.iter().all(|w| !w.context), "{:?}", u.words);
        // Whether it suits what was told is asked of the telling.
        let suits = understander().understand("I'm a mom looking for remote jobs. Is pcc one?");
        assert!(suits.words.iter().any(|w| w.context), "{:?}", suits.words);
    }

    #[test]
    fn a_respelt_word_completes_the_idiom_it_belongs_to() {
        // "pyas" is mended to "pays" after the idioms were read; "pays off" is still worth.
        let u = understander().understand("does it pyas off in the end");
        assert!(stems_of(&u).contains(&"worth"), "{:?}", stems_of(&u));
        assert!(!stems_of(&u).contains(&"salari"), "{:?}", stems_of(&u));
    }

    #[test]
    fn what_the_career_is_asked_after_a_telling_that_opens_with_i_is_asked_alone() {
        // "I" opens the telling and is no word of it; the question still opens with "what".
        let u =
            understander().understand("I'm 35 with a family. What is a patient care coordinator?");
        assert!(u.words.iter().all(|w| !w.context), "{:?}", u.words);
    }

    #[test]
    fn a_career_worked_beside_is_searched_for_not_set_aside() {
        let u = understander().understand("do pccs get along with nurses usually");
        assert!(u.entities.is_empty(), "{:?}", u.entities);
        assert!(stems_of(&u).contains(&"nurs"), "{:?}", stems_of(&u));
    }

    #[test]
    fn another_career_compared_with_the_guides_own_is_still_searched_for() {
        let u = understander().understand("coordinator vs nurse, which pays more");
        assert!(u.entities.is_empty(), "{:?}", u.entities);
        assert!(stems_of(&u).contains(&"nurs"), "{:?}", stems_of(&u));
    }

    #[test]
    fn pay_weighed_against_another_career_asks_what_no_guide_gives() {
        let u = understander();
        let weighs = |q: &str| u.understand(q).weighs_pay_against_another_career;
        assert!(weighs("do nurses make more than coordinators"));
        assert!(weighs("pcc vs nurse which pays more"));
        assert!(!weighs("pcc pay vs nurse pay"));
    }

    #[test]
    fn pay_weighed_against_the_askers_own_career_asks_the_guides() {
        let u = understander();
        let understood = u.understand("im a nurse would i make more as a coordinator");
        assert!(!understood.weighs_pay_against_another_career);
    }

    #[test]
    fn where_one_lives_is_told_without_searching_for_living() {
        let u = understander().understand("I live in Texas. What does a pcc do?");
        assert!(!stems_of(&u).contains(&"live"), "{:?}", stems_of(&u));
    }

    #[test]
    fn how_far_one_is_from_a_place_is_told_without_searching_for_hours() {
        let u = understander();
        for told in [
            "I'm about an hour north of Duluth. What does a pcc do?",
            "We live 20 minutes outside Austin. What does a pcc do?",
            "I'm two hours away from Boston. What does a pcc do?",
        ] {
            let understood = u.understand(told);
            let stems = stems_of(&understood);
            assert!(
                !stems
                    .iter()
                    .any(|s| matches!(*s, "hour" | "minut" | "away")),
                "{told}: {stems:?}"
            );
        }
        let worked = u.understand("can i work 20 hours from home");
        assert!(stems_of(&worked).contains(&"hour"), "no heading said");
    }

    #[test]
    fn whom_one_lives_with_is_told_without_searching_for_them() {
        let u = understander().understand("I'm 31 and live with my parents. What does a pcc do?");
        let stems = stems_of(&u);
        assert!(
            !stems.contains(&"live") && !stems.contains(&"parent"),
            "{stems:?}"
        );
    }

    #[test]
    fn living_at_home_is_told_without_searching_for_home() {
        let u = understander().understand("I'm 26 and still live at home. What does a pcc do?");
        let stems = stems_of(&u);
        assert!(!stems.contains(&"home"), "{stems:?}");
        assert!(stems_of(&understander().understand("can i work from home")).contains(&"home"));
    }

    #[test]
    fn where_ones_home_is_is_told_without_searching_for_home() {
        let u = understander().understand("Home for me is Tulsa. What does a pcc do?");
        assert!(!stems_of(&u).contains(&"home"), "{:?}", stems_of(&u));
        let u = understander().understand("my home is in Leeds. What does a pcc do?");
        assert!(!stems_of(&u).contains(&"home"), "{:?}", stems_of(&u));
        let u = understander().understand("is working from home is a thing for pccs");
        assert!(stems_of(&u).contains(&"home"), "{:?}", stems_of(&u));
    }

    #[test]
    fn a_yes_or_no_question_is_read_past_one_of_nothing_written() {
        let nothing = |clause: &str| clause.contains("minute");
        assert!(super::asks_yes_or_no(
            "Has anyone got a minute? do they pay for school",
            &nothing,
            &|_| false
        ));
        assert!(!super::asks_yes_or_no(
            "Has anyone got a minute? what do they pay",
            &nothing,
            &|_| false
        ));
    }

    #[test]
    fn living_off_a_salary_is_still_asked() {
        let u = understander().understand("can u live off a pcc salary");
        assert!(stems_of(&u).contains(&"live"), "{:?}", stems_of(&u));
    }

    #[test]
    fn living_off_a_salary_does_not_search_for_off() {
        let u = understander().understand("can u live off a pcc salary");
        assert!(!stems_of(&u).contains(&"off"), "{:?}", stems_of(&u));
    }

    #[test]
    fn a_task_for_the_bot_is_told_apart_from_a_question() {
        let u = understander();
        assert!(u.understand("can you write my cover letter").task);
        assert!(u.understand("pls review my resume").task);
        assert!(u.understand("can you file my taxes").task);
        assert!(u.understand("can you fill out my application for me").task);
        assert!(u.understand("Can you help me to make my CV?").task);
        assert!(u.understand("can you send me a job link").task);
        assert!(u.understand("can you check my resume").task);
        assert!(
            u.understand("bot pls schedule a call with a recruiter for me")
                .task
        );
        assert!(
            !u.understand("hey whats my schedule like as a coordinator")
                .task
        );
        assert!(!u.understand("can you tell me the pay").task);
        assert!(!u.understand("can you help me understand the pay").task);
        assert!(!u.understand("can you apply without a degree").task);
        assert!(!u.understand("do I make more with a cert").task);
    }

    #[test]
    fn how_to_find_a_job_expects_where_jobs_are_posted() {
        let u = understander();
        assert_eq!(
            u.understand("how do i find a work from home coordinator job")
                .expects,
            Some(AnswerType::Source)
        );
        assert_eq!(
            u.understand("how do i find time to study").expects,
            Some(AnswerType::Method)
        );
    }

    #[test]
    fn where_questions_expect_a_place() {
        let u = understander();
        assert_eq!(
            u.understand("where do coordinators work").expects,
            Some(AnswerType::Place)
        );
        assert_eq!(u.understand("where do i even start").expects, None);
        assert_eq!(
            u.understand("why does pay change depending on where the clinic is")
                .expects,
            Some(AnswerType::Reason)
        );
        assert!(AnswerType::Place.found_in("They work in hospitals and clinics."));
        assert!(!AnswerType::Place.found_in("They schedule appointments."));
    }

    #[test]
    fn a_place_told_as_the_askers_own_asks_no_place() {
        let u = understander();
        for told in [
            "Ukraine is where I grew up. How much do coordinators make in canada?",
            "A vet clinic is where we work. How much do coordinators make in canada?",
        ] {
            let expects = u.understand(told).expects;
            assert!(
                !matches!(expects, Some(AnswerType::Place | AnswerType::Source)),
                "{told}: {expects:?}"
            );
        }
        assert_eq!(
            u.understand("my question is where i find remote jobs")
                .expects,
            Some(AnswerType::Source),
            "asked where, after the question is named"
        );
        assert_eq!(
            u.understand("ohio is where i would earn most").expects,
            Some(AnswerType::Place),
            "asked where, with a modal"
        );
    }

    #[test]
    fn a_clause_naming_what_a_short_question_asks_about_is_not_context() {
        let u = understander();
        let subject = u.understand("remote pcc roles - how common?");
        assert!(
            subject.words.iter().all(|w| !w.context),
            "{:?}",
            subject.words
        );
        let told = u.understand("I'm new here - how common is remote work?");
        assert!(told.words.iter().any(|w| w.stem == "new" && w.context));
        // An interjection is no subject, however short the question after it: it only
        // announces the question.
        let opened = u.understand("ok real talk: how much in canada");
        assert!(opened.words.iter().all(|w| w.stem != "real"));
    }

    #[test]
    fn a_year_of_school_is_dropped_and_a_level_kept() {
        let read = |q: &str| through(without_a_year_of_school, q);
        assert_eq!(read("im a senior in high school"), "im a in high school");
        assert_eq!(read("im a junior at uni"), "im a at uni");
        assert_eq!(read("im a college senior"), "im a college");
        assert_eq!(
            read("i finished high school senior pay"),
            "i finished high school senior pay",
            "a level asked after a school told"
        );
        assert_eq!(read("senior in a hospital pay"), "senior in a hospital pay");
        assert_eq!(
            read("im a janitor at a school senior pcc pay"),
            "im a janitor at a school senior pcc pay",
            "a school told, then a level asked"
        );
    }

    #[test]
    fn someone_s_manager_is_a_person_not_a_level_of_the_career() {
        let thesaurus = Thesaurus::parse("[entities]\nlevel.manager = manager\n").unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &[]);
        let told = u.understand("my manager says I should get certified. is it worth it?");
        assert!(
            told.entities.is_empty() && told.told_entities.is_empty(),
            "{told:?}"
        );
        let asked = u.understand("what does a manager earn");
        assert_eq!(asked.entities.len(), 1);
    }

    #[test]
    fn a_price_is_asked_of_the_phrase_it_names() {
        let priced = |q: &str| {
            let tokens: Vec<String> = q.split(' ').map(str::to_string).collect();
            priced_phrase(&tokens)
        };
        assert_eq!(
            priced("how much does epic training cost"),
            ["epic", "training"]
        );
        assert_eq!(
            priced("whats the cost of a bachelors degree"),
            ["bachelors", "degree"]
        );
        assert_eq!(priced("cmaa exam fees"), ["cmaa", "exam"]);
        assert_eq!(priced("how expensive is the course"), ["course"]);
    }

    #[test]
    fn a_clause_before_a_comma_and_a_question_word_is_context() {
        let u = understander();
        let context_of = |q: &str| -> Vec<String> {
            u.understand(q)
                .words
                .into_iter()
                .filter(|w| w.context)
                .map(|w| w.stem)
                .collect()
        };
        assert_eq!(
            context_of("i keep getting rejected, how do i make my resume stand out"),
            ["keep", "reject"]
        );
        assert!(
            context_of("i have a ged, is that enough").is_empty(),
            "a comma before a yes-or-no question is only a pause"
        );
        assert!(
            context_of("no healthcare experience, where do i start").is_empty(),
            "a bare phrase, even negated, names the subject"
        );
        assert_eq!(
            context_of("thinking about switching careers, is the pay good"),
            ["think", "switch", "career"],
            "a clause telling what the asker is doing gives way to a yes-or-no question"
        );
    }

    #[test]
    fn a_phrase_ends_where_someone_else_starts_speaking_of_it() {
        let u = understander();
        assert_eq!(
            u.understand("what's the ehr thing everyone talks about")
                .thing_asked,
            None
        );
    }

    #[test]
    fn the_asker_s_own_surroundings_and_past_are_beyond_the_guides() {
        let u = understander();
        assert!(
            u.understand("where is the nearest hospital")
                .about_the_asker
        );
        assert!(
            u.understand("why did my application get rejected")
                .about_the_asker
        );
        assert!(!u.understand("where do coordinators work").about_the_asker);
        assert!(
            !u.understand("I live near my hospital. Is there remote work?")
                .about_the_asker,
            "only what is asked counts"
        );
        assert!(u.understand("which clinic is closest").about_the_asker);
        assert!(
            !u.understand("who will i work closest with").about_the_asker,
            "working closest with someone is no place"
        );
    }

    #[test]
    fn asking_when_one_becomes_something_asks_how_long_it_takes() {
        let u = understander();
        for q in ["when do you become a lead", "at what point can i be senior"] {
            assert_eq!(u.understand(q).expects, Some(AnswerType::Duration), "{q}");
        }
        assert_ne!(
            u.understand("when are coordinators busiest").expects,
            Some(AnswerType::Duration)
        );
    }

    #[test]
    fn which_of_something_pays_most_is_asked_by_what_the_guides_break_pay_down_by() {
        let thesaurus = Thesaurus::parse("[entities]\nlevel.senior = senior\n").unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &[]);
        let never = |q: &str| u.understand(q).pay_ranked_by_what_guides_never_break_down;
        assert!(never("which hospital pays pccs the most"));
        assert!(never("which state pays best"));
        assert!(never("what's the best paying hospital for pccs"));
        assert!(!never("best paying senior roles"));
        assert!(!never("highest paying level thx"));
        assert!(!never("which specialties pay more"));
        assert!(!never("which senior role pays the most"));
        assert!(!never("which hospital is hiring"));
    }

    #[test]
    fn how_much_something_is_is_asked_of_the_thing() {
        let u = understander();
        assert_eq!(
            u.understand("how much is rent in sf")
                .thing_asked
                .as_deref(),
            Some("rent")
        );
    }

    #[test]
    fn what_a_job_is_hard_on_is_the_thing_asked() {
        let u = understander();
        assert_eq!(
            u.understand("is the job hard on your eyes from screens")
                .thing_asked
                .as_deref(),
            Some("eye")
        );
    }

    #[test]
    fn whether_a_thing_helps_is_asked_of_the_thing() {
        let u = understander();
        let thing = |q: &str| u.understand(q).thing_asked;
        assert_eq!(
            thing("I speak two languages. Does being bilingual help me get hired?").as_deref(),
            Some("bilingu")
        );
        assert_eq!(thing("would that help").as_deref(), None);
    }

    #[test]
    fn having_a_question_is_no_thing_had() {
        let u = understander();
        let thing = |q: &str| u.understand(q).thing_asked;
        assert_eq!(
            thing("I have a question. my english isnt perfect, will that stop me getting a visa"),
            None
        );
        assert_eq!(
            thing("I have a question. do coordinators get a pension").as_deref(),
            Some("pension")
        );
        assert_eq!(
            thing("does this career have its own discord server").as_deref(),
            Some("server")
        );
    }

    #[test]
    fn a_phrase_told_of_someone_else_in_the_thesaurus_words_is_not_searched() {
        let u = understander();
        let told = u.understand(
            "My grandpa is in a care home. What affects how much a coordinator gets paid?",
        );
        assert!(
            weight_of(&told, "facil").is_none() && weight_of(&told, "home").is_none(),
            "{:?}",
            told.words
        );
    }

    #[test]
    fn whether_a_thing_is_required_is_asked_of_the_thing() {
        let u = understander();
        let thing = |q: &str| u.understand(q).thing_asked;
        assert_eq!(
            thing("is a car required for pcc jobs").as_deref(),
            Some("car")
        );
        assert_eq!(thing("is it required").as_deref(), None);
    }

    #[test]
    fn a_part_of_a_thing_is_asked_of_the_thing() {
        let u = understander();
        let thing = |q: &str| u.understand(q).thing_asked;
        assert_eq!(
            thing("what is the worst part of the commute").as_deref(),
            Some("commut")
        );
        assert_ne!(
            thing("how do i prepare for the stressful side of the job").as_deref(),
            Some("side")
        );
    }

    #[test]
    fn when_a_telling_holds_is_not_searched() {
        let u = understander();
        let told = u.understand("Currently I'm a waitress. What is the pay?");
        assert!(
            !stems_of(&told).contains(&"current"),
            "{:?}",
            stems_of(&told)
        );
        let asked = u.understand("is anyone currently hiring?");
        assert!(
            stems_of(&asked).contains(&"current"),
            "{:?}",
            stems_of(&asked)
        );
    }

    /// A question's words, split on spaces, after one token pass.
    fn through(pass: fn(Vec<String>) -> Vec<String>, question: &str) -> String {
        pass(question.split(' ').map(String::from).collect()).join(" ")
    }

    /// Through `without_what_the_question_is_called`, the message having been typed as `typed`.
    fn called_as_typed(question: &str, typed: &str) -> String {
        let understander = understander();
        let unwritten = |word: &str| understander.never_written(word);
        let typed: Vec<&str> = typed.split(' ').collect();
        let tokens = question.split(' ').map(String::from).collect();
        without_what_the_question_is_called(tokens, &typed, &unwritten).join(" ")
    }

    /// A message without its pleas for help, read as the engine reads it.
    fn pleaded(message: &str) -> String {
        let understander = understander();
        without_a_plea_for_help(message, &|word| understander.never_written(word))
    }

    /// Through a pass that asks which words the guides never write; here, those of no test
    /// guide's passages (`understander()`'s vocabulary).
    fn through_unwritten(
        pass: fn(Vec<String>, Unwritten) -> Vec<String>,
        question: &str,
    ) -> String {
        let understander = understander();
        let unwritten = |word: &str| understander.never_written(word);
        pass(question.split(' ').map(String::from).collect(), &unwritten).join(" ")
    }

    #[test]
    fn keeping_the_thread_for_later_closes_a_question() {
        let read = |q: &str| through(without_keeping_the_thread, q);
        assert_eq!(
            read("remote common bookmarking this for later"),
            "remote common"
        );
        assert_eq!(
            read("uk pay saving the thread for future reference"),
            "uk pay"
        );
        assert_eq!(
            read("is it worth saving this much for school"),
            "is it worth saving this much for school"
        );
    }

    #[test]
    fn lurking_for_the_replies_closes_a_question() {
        let read = |q: &str| through(without_keeping_the_thread, q);
        assert_eq!(read("uk pay gonna lurk for the answers"), "uk pay");
        assert_eq!(read("remote common i ll be lurking here"), "remote common");
        assert_eq!(
            read("who do pccs report to will be lurking for replies"),
            "who do pccs report to",
            "a question's own last word"
        );
        assert_eq!(read("uk pay going to lurk for answers"), "uk pay");
        assert_eq!(
            read("do coordinators lurk in the break room"),
            "do coordinators lurk in the break room",
            "where they lurk is asked"
        );
    }

    #[test]
    fn a_warning_of_slow_replies_closes_a_question() {
        let read = |q: &str| through(without_a_warning_of_slow_replies, q);
        assert_eq!(read("uk pay might reply late"), "uk pay");
        assert_eq!(
            read("remote common my replies may be slow"),
            "remote common"
        );
        assert_eq!(
            read("when do coordinators reply slowly"),
            "when do coordinators reply slowly",
            "not the asker's replies"
        );
        assert_eq!(read("how late can i reply"), "how late can i reply");
    }

    #[test]
    fn the_posting_of_this_message_is_dropped_and_a_job_posted_is_not() {
        let read = |q: &str| through(without_the_posting_of_this_message, q);
        assert_eq!(read("bit nervous posting this"), "bit nervous");
        assert_eq!(
            read("is posting this job on indeed ok"),
            "is posting this job on indeed ok"
        );
    }

    #[test]
    fn an_age_the_asker_tells_is_not_searched() {
        let kept = |q: &str| through(without_ages_told, q);
        assert_eq!(kept("im 35 with a family"), "im with a family");
        assert_eq!(kept("i m 42 years old"), "i m years old");
        // Years into the job, and figures not told of oneself, stay.
        assert_eq!(kept("im 10 years in"), "im 10 years in");
        assert_eq!(kept("is 35 k normal"), "is 35 k normal");
    }

    #[test]
    fn a_request_to_explain_and_its_listener_are_not_searched() {
        let kept = |q: &str| through(without_a_request_to_explain, q);
        assert_eq!(
            kept("explain what a coordinator is to my grandma"),
            "what a coordinator is"
        );
        assert_eq!(kept("can you describe the role"), "can you the role");
        // Coordinators explaining things is a duty asked about.
        assert_eq!(
            kept("do coordinators explain meds to patients"),
            "do coordinators explain meds to patients"
        );
    }

    #[test]
    fn who_said_a_claim_and_asking_if_it_is_right_are_not_searched() {
        let kept = |q: &str| through(without_who_said_it, q);
        assert_eq!(
            kept("my cousin says u need a degree is that right"),
            "my says u need a degree is that"
        );
        // A person the question is about, and "right" inside it, stay.
        assert_eq!(
            kept("can my cousin work as a coordinator"),
            "can my cousin work as a coordinator"
        );
        assert_eq!(
            kept("is this the right job for me"),
            "is this the right job for me"
        );
    }

    #[test]
    fn how_things_turn_out_and_a_move_made_over_ask_nothing() {
        let kept = |q: &str| through(without_empty_particles, q);
        assert_eq!(
            kept("do they end up doing more work"),
            "do they up doing more work"
        );
        assert_eq!(
            kept("can i switch over to coordinating"),
            "can i switch to coordinating"
        );
        // An end that is one, and "over" that counts or says how, stay.
        for asked in [
            "what is the end goal",
            "can i switch careers over 50",
            "do they talk over the phone",
            "is it over 50k",
        ] {
            assert_eq!(kept(asked), asked);
        }
    }

    #[test]
    fn what_makes_a_good_one_asks_for_the_qualities_needed() {
        let u = understander();
        for asked in [
            "what makes a great pcc",
            "what makes someone a good lead",
            "what skills make a coordinator great",
        ] {
            let understood = u.understand(asked);
            let stems = stems_of(&understood);
            assert!(
                stems.contains(&"qualiti")
                    && !stems.iter().any(|s| s.starts_with("great") || *s == "good"),
                "{asked}: {stems:?}"
            );
        }
        let earning = u.understand("can you make a good living as a pcc");
        assert!(
            !stems_of(&earning).contains(&"qualiti"),
            "{:?}",
            stems_of(&earning)
        );
        let job = u.understand("what makes this job great");
        assert!(!stems_of(&job).contains(&"qualiti"), "{:?}", stems_of(&job));
        let hard = u.understand("what makes this job hard");
        assert!(
            !stems_of(&hard).contains(&"qualiti"),
            "{:?}",
            stems_of(&hard)
        );
    }

    #[test]
    fn when_at_work_does_not_ask_about_the_hours() {
        let kept = |q: &str| through(without_when_at_work, q);
        assert_eq!(
            kept("who do coordinators talk to during a shift"),
            "who do coordinators talk to"
        );
        assert_eq!(kept("how many calls per shift"), "how many calls");
        assert_eq!(
            kept("whats the vibe at work usually"),
            "whats the vibe usually"
        );
        // The shifts themselves are still asked about.
        for asked in ["what shifts do they work", "are there night shifts"] {
            assert_eq!(kept(asked), asked);
        }
    }

    #[test]
    fn tending_to_and_a_viewpoint_are_said_of_what_is_asked() {
        let u = understander();
        let asked = u.understand("where do coordinators tend to fall short skill wise");
        assert!(
            !stems_of(&asked).contains(&"tend") && !stems_of(&asked).contains(&"wise"),
            "{:?}",
            stems_of(&asked)
        );
    }

    #[test]
    fn how_often_something_happens_does_not_ask_for_the_daily_duties() {
        let kept = |q: &str| through(without_how_often, q);
        assert_eq!(
            kept("what software do coordinators use day to day"),
            "what software do coordinators use"
        );
        assert_eq!(kept("is it stressful daily"), "is it stressful");
        // The day's work itself is still asked about.
        for asked in [
            "what do they do day to day",
            "what is the day to day like",
            "what would i be doing differently day to day",
            "daily tasks of a coordinator",
        ] {
            assert_eq!(kept(asked), asked);
        }
    }

    #[test]
    fn people_named_after_a_noun_open_a_clause_describing_it() {
        let u = understander();
        assert_eq!(
            u.understand("what are the skill gaps employers see")
                .thing_asked
                .as_deref(),
            Some("gap")
        );
    }

    #[test]
    fn where_to_find_something_asks_for_a_source_not_a_workplace() {
        let u = understander();
        let asked = u.understand("where can i find remote jobs");
        assert_eq!(asked.expects, Some(AnswerType::Source));
        assert!(
            asked.words.iter().all(|w| w.stem != "find"),
            "{:?}",
            asked.words
        );
        assert!(AnswerType::Source.found_in("Job boards and LinkedIn list remote roles."));
        assert!(!AnswerType::Source.found_in("They work in a clinical setting."));
    }

    #[test]
    fn located_only_restates_where() {
        let u = understander().understand("where are most jobs located");
        assert_eq!(u.expects, Some(AnswerType::Place));
        assert!(u.words.iter().all(|w| w.stem != "locat"), "{:?}", u.words);
    }

    #[test]
    fn which_things_or_what_things_expect_them_named() {
        let u = understander();
        let expects = |q: &str| u.understand(q).expects;
        assert_eq!(
            expects("which ehr systems should i learn"),
            Some(AnswerType::Names)
        );
        assert_eq!(expects("what tools do they use"), Some(AnswerType::Names));
        assert_eq!(expects("what skills help with stress"), None);
        // A verb after "what" asks what happens, not which things.
        assert_eq!(expects("what comes after senior"), None);
        assert!(AnswerType::Names.found_in("They use EHR systems like Epic or Cerner."));
        assert!(AnswerType::Names.found_in("Hospitals, clinics, and practices hire them."));
        assert!(!AnswerType::Names.found_in("They schedule appointments and calls."));
    }

    #[test]
    fn what_kinds_of_things_expect_them_named() {
        let u = understander();
        let expects = |q: &str| u.understand(q).expects;
        assert_eq!(
            expects("what types of facilities hire coordinators"),
            Some(AnswerType::Names)
        );
        assert_eq!(
            expects("what kind of places should i apply to"),
            Some(AnswerType::Names)
        );
        assert_eq!(expects("what kind of person does well here"), None);
    }

    #[test]
    fn the_type_asked_for_is_not_typing() {
        // "typing" stems as "type", and would draw data entry.
        let u = knowing(
            "[synonyms]\ndata entry = typing\n",
            &[("type", 5), ("degree", 5), ("data", 5)],
        );
        let asked = u.understand("what type of degree do i need");
        assert!(
            asked.words.iter().all(|w| w.stem != "data"),
            "{:?}",
            asked.words
        );
        let typed = u.understand("do they type all day");
        assert!(
            typed.words.iter().any(|w| w.stem == "data"),
            "{:?}",
            typed.words
        );
    }

    #[test]
    fn how_to_asks_for_a_way() {
        let u = understander();
        assert_eq!(
            u.understand("how can i prepare for the challenges").expects,
            Some(AnswerType::Method)
        );
        assert!(AnswerType::Method.found_in("Developing resilience helps overcome these hurdles."));
        assert!(
            AnswerType::Method.found_in("Prepare for interviews by practicing common questions.")
        );
        assert!(
            !AnswerType::Method.found_in("The most challenging aspects involve difficult calls.")
        );
    }

    #[test]
    fn what_to_do_to_reach_something_asks_for_a_way() {
        let u = understander();
        for q in [
            "what should i do to get ready for the hard parts",
            "what can i do to stand out",
        ] {
            assert_eq!(u.understand(q).expects, Some(AnswerType::Method), "{q}");
        }
        assert_ne!(
            u.understand("what do coordinators do to help patients")
                .expects,
            Some(AnswerType::Method),
            "what others do is asked of them, not a way for the asker"
        );
    }

    #[test]
    fn a_rate_asked_for_is_a_figure_of_what_it_is_a_rate_of() {
        let u = understander();
        let turnover = u.understand("what's the turnover rate for pccs");
        assert_eq!(turnover.expects, Some(AnswerType::Count));
        assert!(turnover.figure_required);
        assert_eq!(turnover.counted, ["turnov"]);
        assert!(
            turnover.words.iter().all(|w| w.stem != "rate"),
            "{:?}",
            turnover.words
        );
        assert_eq!(
            u.understand("what is the rate of growth").counted,
            ["growth"]
        );
        assert_eq!(
            u.understand("what percent growth is expected").counted,
            ["growth"]
        );
    }

    #[test]
    fn a_percent_asked_for_is_told_apart_from_a_rate_of_pay() {
        let u = understander();
        assert!(
            u.understand("what percent raise do coordinators get")
                .percent_asked
        );
        assert!(
            u.understand("what percentage growth is expected")
                .percent_asked
        );
        assert!(
            !u.understand("what's the hourly rate for a pcc")
                .percent_asked
        );
        assert!(!u.understand("whats the growth rate").percent_asked);
    }

    #[test]
    fn what_time_asks_for_a_time_of_day_and_must_be_stated() {
        let u = understander();
        let clock = u.understand("what time do clinics open");
        assert_eq!(clock.expects, Some(AnswerType::Clock));
        assert!(clock.figure_required);
        assert_ne!(
            u.understand("what time zones do remote pccs work").expects,
            Some(AnswerType::Clock)
        );
        assert!(AnswerType::Clock.found_in("Most clinics open at 8 am."));
        assert!(!AnswerType::Clock.found_in("Schedules are regular business hours."));
    }

    #[test]
    fn how_old_asks_for_an_age_which_must_be_stated() {
        let u = understander().understand("how old do i need to be");
        assert_eq!(u.expects, Some(AnswerType::Age));
        for q in [
            "am i too old to start at 50",
            "is there an age limit",
            "is it too late at my age",
        ] {
            assert_eq!(
                understander().understand(q).expects,
                Some(AnswerType::Age),
                "{q}"
            );
        }
        assert!(u.figure_required);
        assert!(AnswerType::Age.found_in("Applicants must be 18 years old."));
        assert!(!AnswerType::Age.found_in("Driven by an aging population."));
    }

    #[test]
    fn how_long_something_is_must_be_stated_of_that_thing() {
        let u = understander().understand("how long is the training");
        assert_eq!(u.expects, Some(AnswerType::Duration));
        assert_eq!(u.counted, ["train"]);
    }

    #[test]
    fn why_asks_for_a_cause() {
        let u = understander();
        assert_eq!(
            u.understand("why is the job rarely remote").expects,
            Some(AnswerType::Reason)
        );
        assert_eq!(
            u.understand("how come it pays so little").expects,
            Some(AnswerType::Reason)
        );
        assert!(AnswerType::Reason.found_in("This often requires a physical presence."));
        assert!(!AnswerType::Reason.found_in("They schedule appointments."));
    }

    #[test]
    fn a_telling_before_the_question_does_not_say_how_it_asks() {
        let u = understander();
        // "…a career change. How much…" asks no change of how much.
        assert_eq!(
            u.understand("I want a career change. How much do coordinators earn?")
                .expects,
            Some(AnswerType::Amount)
        );
        // "I need…" told is no requirement asked.
        assert_eq!(
            u.understand("I need a stable job. How much do coordinators earn?")
                .expects,
            Some(AnswerType::Amount)
        );
    }

    #[test]
    fn who_asks_for_people_unless_it_opens_a_clause() {
        let u = understander();
        assert_eq!(
            u.understand("who do pccs work with").expects,
            Some(AnswerType::Person)
        );
        // Told first, the question still opens with "who".
        assert_eq!(
            u.understand("I work at a dental office. Who do pccs work with?")
                .expects,
            Some(AnswerType::Person)
        );
        // "Who are they" asks what they are.
        assert_eq!(
            u.understand("who are patient care coordinators").expects,
            None
        );
        assert_ne!(
            u.understand("countries for coordinators who want to immigrate")
                .expects,
            Some(AnswerType::Person)
        );
        assert!(AnswerType::Person.found_in("Close work with doctors and nurses."));
        assert!(!AnswerType::Person.found_in("They schedule appointments."));
        assert!(
            !AnswerType::Person.found_in("It reduces burdens on clinical staff."),
            "one passing mention names no one"
        );
    }

    #[test]
    fn a_sum_of_money_says_the_question_is_about_pay() {
        let u = understander().understand("is 40k normal");
        assert!(stems_of(&u).contains(&"salari"), "{:?}", stems_of(&u));
        let sum = u.words.iter().find(|w| w.word == "40k").unwrap();
        assert_eq!(sum.weight, WEAK_WEIGHT);
    }

    #[test]
    fn a_401k_is_not_a_sum_of_money() {
        let u = understander().understand("do they get a 401k");
        assert!(!stems_of(&u).contains(&"salari"), "{:?}", stems_of(&u));
    }

    #[test]
    fn make_that_causes_is_not_make_that_earns() {
        let u = understander();
        assert_eq!(u.understand("what makes it hard").topic, None);
        assert_eq!(
            u.understand("which part makes people want to quit").topic,
            None
        );
        assert_eq!(
            u.understand("what do they make")
                .topic
                .map(|t| t.as_str().to_string()),
            Some("salary".to_string())
        );
    }

    #[test]
    fn questions_about_the_bot_itself_are_small_talk() {
        let u = understander();
        assert!(u.understand("whats your name bot").small_talk);
        assert!(u.understand("are you real").small_talk);
        assert!(u.understand("bot do u have feelings").small_talk);
        assert!(u.understand("are you an ai").small_talk);
        assert!(!u.understand("will ai replace coordinators").small_talk);
    }

    #[test]
    fn words_of_a_long_messages_context_count_less_than_its_question() {
        let u = understander()
            .understand("I have worked in canada for years. What is the remote pay like?");
        let word = |stem: &str| u.words.iter().find(|w| w.stem == stem).unwrap();
        assert!(word("year").context);
        assert_eq!(word("year").weight, CONTEXT_WEIGHT);
        assert!(word("year").is_full());
        assert!(!word("remot").context);
        assert_eq!(word("remot").weight, 1.0);
    }

    #[test]
    fn a_sentence_that_asks_without_a_question_mark_still_asks() {
        let u = understander()
            .understand("I have worked in canada for years. I want to know the remote pay.");
        let word = |stem: &str| u.words.iter().find(|w| w.stem == stem).unwrap();
        assert!(word("year").context);
        assert!(!word("remot").context);
    }

    #[test]
    fn a_message_whose_sentences_all_tell_has_no_context() {
        let u = understander().understand("I want remote work. I need pay.");
        assert!(u.words.iter().all(|w| !w.context));
    }

    #[test]
    fn a_misspelt_everyday_word_reads_as_english_and_a_name_does_not() {
        assert!(reads_as_english("friendly"));
        assert!(reads_as_english("frendly"));
        assert!(!reads_as_english("kaiser"));
        assert!(!reads_as_english("cmaa"));
    }

    #[test]
    fn a_yes_or_no_pay_question_after_some_context_expects_no_figure() {
        let u = understander();
        assert_eq!(
            u.understand("I live in a small town, would I make less?")
                .expects,
            None
        );
        assert_eq!(
            u.understand("I live in a small town, what would I make?")
                .expects,
            Some(AnswerType::Amount)
        );
    }

    #[test]
    fn a_place_set_aside_is_not_what_is_asked_about() {
        let u = understander();
        assert!(u
            .understand("remote jobs outside the us")
            .entities
            .is_empty());
        assert!(u.understand("pay other than canada").entities.is_empty());
        assert_eq!(u.understand("remote jobs in the us").entities.len(), 1);
        assert!(u.understand("what comes after canada").entities.is_empty());
    }

    #[test]
    fn numbers_alone_are_nothing_to_search_for() {
        assert!(understander().understand("whats 2+2").words.is_empty());
        assert!(!understander()
            .understand("pay after 5 years")
            .words
            .is_empty());
    }

    #[test]
    fn a_price_is_told_apart_from_other_amounts() {
        let u = understander();
        assert!(u.understand("how much does the exam cost").figure_required);
        assert!(u.understand("how much is the exam").figure_required);
        assert!(!u.understand("how much stress is there").figure_required);
        assert!(!u.understand("how much is the pay").figure_required);
    }

    #[test]
    fn making_something_more_so_is_not_earning() {
        let u = understander();
        let causing = u.understand("is telehealth making remote jobs more common");
        assert_ne!(
            causing.topic.map(|t| t.as_str().to_string()),
            Some("salary".to_string())
        );
        assert_eq!(
            u.understand("can i make more in canada")
                .topic
                .map(|t| t.as_str().to_string()),
            Some("salary".to_string())
        );
    }

    #[test]
    fn a_pay_question_comparing_asks_which_way_not_a_figure() {
        let u = understander();
        assert_eq!(u.understand("remote pay lower?").expects, None);
        assert_eq!(
            u.understand("remote pay?").expects,
            Some(AnswerType::Amount)
        );
    }

    #[test]
    fn an_abbreviation_of_several_words_is_rewritten_whole() {
        let u = understander().understand("does the degree pay off");
        assert!(u.words.iter().any(|w| w.word == "worth"), "{:?}", u.words);
        assert!(!u.words.iter().any(|w| w.stem == "pay" || w.stem == "off"));
    }

    #[test]
    fn how_many_names_what_the_stated_figure_must_count() {
        let u = understander();
        let stems = |q: &str| u.understand(q).counted;
        assert_eq!(stems("how many hours a week is the course"), ["hour"]);
        assert_eq!(stems("how many job openings are there"), ["job", "open"]);
        assert_eq!(stems("how many more years until senior"), ["year"]);
        assert!(stems("how many money earn in canada").is_empty());
    }

    #[test]
    fn the_most_or_least_of_a_figure_is_read_from_a_pay_question() {
        let u = understander();
        assert_eq!(
            u.understand("highest pay in canada").extreme,
            Some(Extreme::Most)
        );
        assert_eq!(u.understand("lowest salary").extreme, Some(Extreme::Least));
        assert_eq!(u.understand("what is the pay").extreme, None);
    }

    #[test]
    fn a_clause_announcing_the_question_asks_nothing_and_is_not_searched() {
        let u = understander();
        let announced = u.understand("Curious about something: germany salary");
        assert_eq!(weight_of(&announced, "germani"), Some(1.0));
        let asked_here = u.understand("Asking here since nobody at work knows: where do pccs work");
        assert!(
            weight_of(&asked_here, "ask").is_none(),
            "{:?}",
            asked_here.words
        );
        let named = u.understand("hi all, telehealth platforms - do i need to know them");
        assert!(
            weight_of(&named, "telehealth").is_some(),
            "{:?}",
            named.words
        );
    }

    #[test]
    fn cant_with_no_subject_after_it_opens_a_statement_not_a_question() {
        let words = |s: &str| {
            crate::text::words(s)
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        assert!(!opens_as_a_question(&words("can't find this anywhere")));
        assert!(!opens_as_a_question(&words(
            "can’t decide between two programs"
        )));
        assert!(opens_as_a_question(&words("can't i work from home")));
        assert!(opens_as_a_question(&words(
            "can't coordinators work remotely"
        )));
        assert!(opens_as_a_question(&words(
            "can coordinators work remotely"
        )));
    }

    #[test]
    fn the_most_or_foremost_is_read_from_the_asking_sentences_only() {
        let u = understander();
        let told_best = u.understand("My best friend is a nurse. What's the median wage?");
        assert_eq!(told_best.extreme, None);
        let told_first = u.understand("Hi, first time here. Do pccs schedule appointments?");
        assert!(!told_first.asks_for_the_foremost);
        let asked_first = u.understand("I'm new. What skill should I learn first?");
        assert!(asked_first.asks_for_the_foremost);
    }

    #[test]
    fn how_fast_asks_a_duration_unless_it_asks_how_fast_something_changes() {
        let u = understander();
        assert_eq!(
            u.understand("how fast can i get hired").expects,
            Some(AnswerType::Duration)
        );
        assert_eq!(u.understand("how fast is the field growing").expects, None);
    }

    #[test]
    fn how_many_of_a_group_asks_a_share_not_a_count() {
        let u = understander();
        let share = u.understand("realistically, how many of these jobs can be done remotely");
        assert_eq!(share.expects, None);
        assert!(!share.figure_required);
        let count = u.understand("how many coordinator jobs open each year");
        assert_eq!(count.expects, Some(AnswerType::Count));
    }

    #[test]
    fn how_many_asks_a_count_unless_it_counts_time_or_pay() {
        let u = understander();
        let count = u.understand("how many patients does a pcc handle per day");
        assert_eq!(count.expects, Some(AnswerType::Count));
        assert!(count.figure_required);
        assert_eq!(
            u.understand("how many years until senior").expects,
            Some(AnswerType::Duration)
        );
        assert!(AnswerType::Count.found_in("about 172k openings a year"));
        assert!(AnswerType::Count.found_in("in six steps"));
        assert!(!AnswerType::Count.found_in("one of the steps"));
    }

    #[test]
    fn right_now_places_the_question_in_time_and_is_not_searched() {
        let u = understander().understand("remote pay right now");
        assert_eq!(stems_of(&u), ["remot", "pay", "salari"]);
    }

    #[test]
    fn two_words_are_joined_into_a_thesaurus_word_only_where_it_writes_them_both_ways() {
        let thesaurus =
            Thesaurus::parse("[synonyms]\nworkspace = setup | set up\nhours = overtime\n").unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &[]);
        assert_eq!(
            stems_of(&u.understand("home office set up")),
            ["home", "offic", "setup", "workspac"]
        );
        assert_eq!(
            stems_of(&u.understand("pay over time")),
            ["pay", "over", "time"]
        );
    }

    #[test]
    fn shorthand_the_thesaurus_spells_out_is_not_joined_back() {
        let thesaurus = Thesaurus::parse(
            "[abbreviations]\n401(k) = 401k\n[synonyms]\nbenefits = retirement | 401(k)\n",
        )
        .unwrap();
        // The index lists every word the thesaurus writes, the shorthand too.
        let vocabulary = BTreeMap::from([("401k".to_string(), 0)]);
        let u = Understander::new(&thesaurus, &vocabulary, &[]);
        assert_eq!(
            stems_of(&u.understand("is there a 401k match")),
            ["401", "k", "match", "benefit"]
        );
    }

    #[test]
    fn a_place_named_only_in_what_the_person_tells_is_preferred_not_asked() {
        let u = understander();
        let told = u.understand("I live in Canada. Is the job hard?");
        assert!(told.entities.is_empty(), "{:?}", told.entities);
        assert_eq!(told.told_entities.len(), 1);
        // Pay asked of no place is asked of the country the asker is in, the guides naming it.
        let pay_there = u.understand("I live in Canada. What is the pay?");
        assert_eq!(pay_there.entities.len(), 1);
        assert!(pay_there.told_entities.is_empty());
        let pointed_at = u.understand("I live in Canada. What is the pay there?");
        assert_eq!(pointed_at.entities.len(), 1);
        let existential = u.understand("I live in Canada. Is there remote work?");
        assert!(existential.entities.is_empty());
    }

    #[test]
    fn an_employer_told_then_pointed_at_by_they_is_asked() {
        let thesaurus = Thesaurus::parse("[entities]\nemployer.kaiser = kaiser\n").unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &[]);
        let pointed_at = u.understand("I work at Kaiser. Do they give raises every year?");
        assert_eq!(pointed_at.entities.len(), 1, "{:?}", pointed_at.entities);
        let called_a_workplace = u.understand("I got an offer from Kaiser. Is that a good place?");
        assert_eq!(called_a_workplace.entities.len(), 1);
        let told = u.understand("I work at Kaiser. How much do coordinators make?");
        assert!(told.entities.is_empty(), "{:?}", told.entities);
    }

    #[test]
    fn a_function_word_does_not_stand_for_the_thesaurus_word_it_stems_like() {
        let thesaurus = Thesaurus::parse("[synonyms]\nmonths = quickly\n").unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &[]);
        assert!(!stems_of(&u.understand("quick question about pay")).contains(&"month"));
        assert!(stems_of(&u.understand("how quickly")).contains(&"month"));
    }

    #[test]
    fn words_that_only_stress_a_question_are_not_searched() {
        let u = Understander::new(&Thesaurus::default(), &BTreeMap::new(), &[]);
        let understood = u.understand("what exactly does a senior do, specifically");
        let stems = stems_of(&understood);
        assert!(stems.contains(&"senior"));
        assert!(!stems
            .iter()
            .any(|s| s.starts_with("exact") || s.starts_with("specif")));
    }

    #[test]
    fn years_into_the_career_are_read_from_the_question() {
        let u = Understander::new(&Thesaurus::default(), &BTreeMap::new(), &[]);
        let years = |q: &str| u.understand(q).years_in;
        assert_eq!(
            years("been a pcc for about 5 years, what should i earn"),
            Some(5.0)
        );
        assert_eq!(years("salary after five years"), Some(5.0));
        assert_eq!(
            years("what do they learn in their first 2 years"),
            Some(1.5)
        );
        assert_eq!(years("will the job be around in 10 years"), None);
        assert_eq!(years("can i start at 60 years old"), None);
        assert_eq!(years("what do they earn"), None);
    }

    #[test]
    fn years_opening_the_message_told_as_spent_elsewhere_are_not_years_in_the_career() {
        let u = understander();
        let years = |q: &str| u.understand(q).years_in;
        assert_eq!(
            years("Twelve years stocking shelves, never worked in healthcare. What pay?"),
            None
        );
        assert_eq!(
            years("Spent ten years in logistics, zero patient contact. What pay?"),
            None
        );
        assert_eq!(
            years("Fifteen years on the line as a cook. What pay?"),
            None
        );
        assert_eq!(
            years("Ten years in the field, what pay"),
            Some(10.0),
            "the career's field"
        );
        assert_eq!(
            years("10 years as a coordinator, what pay"),
            Some(10.0),
            "the career itself"
        );
        assert_eq!(
            years("after 5 years in the job, what pay"),
            Some(5.0),
            "the career's job"
        );
    }

    #[test]
    fn years_in_another_job_are_not_years_in_the_career() {
        let u = understander();
        let years = |q: &str| u.understand(q).years_in;
        assert_eq!(
            years("I've been a cashier for 3 years. What do pccs make?"),
            None
        );
        assert_eq!(
            years("I worked in retail for 5 years. What do pccs make?"),
            None
        );
        assert_eq!(
            years("I've been doing this for 2 years. What should I earn?"),
            Some(2.0)
        );
        assert_eq!(
            years("been working for 3 years, what should i earn"),
            Some(3.0)
        );
        assert_eq!(
            years("I've run a small bakery for 8 years. What do pccs make?"),
            None
        );
        assert_eq!(
            years("I work part time at Target. I have 8 years as a coordinator. What pay?"),
            Some(8.0)
        );
        assert_eq!(
            years("I have over 10 years of experience, what pay"),
            Some(10.0)
        );
        assert_eq!(
            years("I've been a coordinator at a clinic for 5 years. What should I earn?"),
            Some(5.0)
        );
    }

    #[test]
    fn a_question_that_points_back_at_what_was_told_is_marked() {
        let u = Understander::new(&Thesaurus::default(), &BTreeMap::new(), &[]);
        let points_back = |q: &str| u.understand(q).points_back;
        assert!(points_back("They want me to learn coding. Is that normal?"));
        assert!(points_back("I just got my CMAA. Could that help me?"));
        assert!(points_back(
            "Patients are angry sometimes. How do coordinators handle this?"
        ));
        assert!(!points_back("I live in Ohio. Is this job stressful?"));
        assert!(
            !points_back("I did billing for 8 years. Do these people make good money?"),
            "a plural without -s names"
        );
        assert!(points_back("I got two offers. Do these pay well?"));
        assert!(!points_back(
            "My sister says that it pays well. Is it true?"
        ));
        assert!(!points_back("is that normal"), "nothing was told before it");
        assert!(points_back("I'm tired all the time. Normal?"));
        assert!(points_back(
            "I only have a GED. Would a clinic still take me?"
        ));
        assert!(
            !points_back("I'm a single mom. Do leads still see patients?"),
            "a thing that goes on, not a concession to what was told"
        );
        assert!(
            !points_back("I just finished my degree. Epic or Cerner, which should I learn?"),
            "the question names its own choices"
        );
        assert!(
            !points_back("I work in retail. What does a pcc do that a nurse doesnt?"),
            "\"that\" opens a clause of its own"
        );
        assert!(points_back("i want grow to manager, what way"));
        assert!(points_back("I want to be a lead one day. How?"));
        assert!(!points_back(
            "I start as a pcc monday. What will I actually be doing?"
        ));
        assert!(points_back(
            "I work the front desk. What's the difference between what I do and a PCC?"
        ));
        assert!(points_back(
            "I was a vet tech for 5 years. Would my experience count?"
        ));
        assert!(points_back(
            "I'm a dental receptionist. How is a coordinator's job different from mine?"
        ));
        assert!(points_back(
            "I burned out as a server because of the pace. Is this job as exhausting?"
        ));
        assert!(!points_back(
            "My mom was a nurse. Would remote work mean less money?"
        ));
        assert!(points_back("My clinic has me on weekends. Is it common?"));
        assert!(!points_back("I'm new. What's a typical day?"));
        assert!(points_back("I need normal hours. Is this a good fit?"));
        assert!(points_back(
            "They are rolling out AI tools. Will coordinators lose their jobs over this?"
        ));
        assert!(!points_back("I live in Ohio. Do I need college for this?"));
        assert!(points_back(
            "I've been a pcc 3 yrs and feel stuck. What are my options?"
        ));
        assert!(!points_back(
            "I graduated last year. What do i do if a patient is yelling at me?"
        ));
        assert!(!points_back(
            "I live in Ohio. Is this a recession proof career?"
        ));
    }

    #[test]
    fn a_misspelt_word_asked_is_asked_though_the_telling_says_it() {
        let u = knowing("", &[("conflict", 20), ("job", 20)]);
        let weight = |q: &str| weight_of(&u.understand(q), "conflict");
        assert_eq!(
            weight("I hate conflict. how bad is the cenflict in this job?"),
            Some(1.0)
        );
        assert_eq!(
            weight("I hate cenflict. how bad is the stress in this job?"),
            Some(CONTEXT_WEIGHT),
            "a misspelt word told is told"
        );
    }

    #[test]
    fn shorthand_spelt_out_in_a_telling_sentence_still_tells() {
        let thesaurus = Thesaurus::parse("[abbreviations]\ncertification = cert\n").unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &[]);
        let weight = |q: &str| weight_of(&u.understand(q), "certif");
        assert_eq!(
            weight("I have a cert but no experience. What am I missing?"),
            Some(CONTEXT_WEIGHT)
        );
        assert_eq!(weight("which cert should I get first?"), Some(1.0));
    }

    #[test]
    fn where_no_sentence_asks_the_last_is_the_question_but_never_an_aside() {
        let u = knowing("", &[("long", 5), ("facts", 5), ("english", 5)]);
        let told = u.understand("Hi all, long time lurker. key facts about this career");
        assert_eq!(weight_of(&told, "long"), Some(CONTEXT_WEIGHT));
        assert_eq!(weight_of(&told, "fact"), Some(1.0));
        let aside = u.understand("key facts about this career (sorry for my english)");
        assert_eq!(weight_of(&aside, "fact"), Some(1.0));
    }

    #[test]
    fn a_word_mended_in_a_telling_sentence_and_asked_again_counts_as_asked() {
        let u = knowing("", &[("phone", 5), ("work", 5)]);
        let understood = u.understand("I hate talking on the phonne. How much is phone work?");
        assert_eq!(weight_of(&understood, "phone"), Some(1.0));
    }

    #[test]
    fn where_the_asker_comes_from_before_a_comma_is_told() {
        let u = understander().understand("i am from canada, can i go to work in the usa?");
        let names = |list: &[EntityRef]| list.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&u.entities), ["usa"]);
        assert_eq!(names(&u.told_entities), ["canada"]);
    }

    #[test]
    fn a_place_the_asker_moved_away_from_is_not_where_they_are() {
        let left = |q: &str| moved_away_from(&q.split(' ').map(str::to_string).collect::<Vec<_>>());
        assert!(left("we just moved from"));
        assert!(left("i moved here from the"));
        assert!(left("im originally from"));
        assert!(left("moving from"));
        assert!(left("i arrived from"));
        assert!(
            !left("im from"),
            "where they are as often as where they were"
        );
        assert!(!left("i live in"));
    }

    #[test]
    fn pay_is_not_asked_of_a_country_the_asker_moved_away_from() {
        let u = understander();
        let names = |list: &[EntityRef]| list.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
        let moved = u.understand("We just moved from Canada. What is the pay?");
        assert!(moved.entities.is_empty(), "{moved:?}");
        assert!(moved.told_entities.is_empty(), "{moved:?}");
        let there = u.understand("I moved from the usa to Canada. What is the pay?");
        assert_eq!(names(&there.entities), ["canada"]);
        let lives = u.understand("I'm from Canada. What is the pay?");
        assert_eq!(names(&lives.entities), ["canada"]);
        let remote = u.understand("We just moved from Canada. Is remote work common?");
        assert_eq!(
            names(&remote.told_entities),
            ["canada"],
            "told, where pay is not asked"
        );
    }

    #[test]
    fn here_in_a_telling_sentence_points_at_no_place_asked_of() {
        let u = understander();
        let names = |list: &[EntityRef]| list.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
        let moved = u.understand("I moved here from Canada. Is remote work common?");
        assert!(moved.entities.is_empty());
        assert_eq!(names(&moved.told_entities), ["canada"]);
        let asked = u.understand("I live in Canada. Is remote work common here?");
        assert_eq!(names(&asked.entities), ["canada"]);
    }

    #[test]
    fn a_country_named_beside_other_countries_is_told_unless_weighed_against_them() {
        let u = understander();
        let names = |list: &[EntityRef]| list.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
        let abroad = u.understand("do canadian certs count in other countries");
        assert_eq!(names(&abroad.told_entities), ["canada"]);
        assert!(abroad.entities.is_empty());
        let weighed = u.understand("is pay in canada better than other countries");
        assert_eq!(names(&weighed.entities), ["canada"]);
    }

    #[test]
    fn who_the_asker_is_before_a_comma_is_told() {
        let u = understander().understand("im a single mom, is the pay decent");
        assert_eq!(weight_of(&u, "mom"), Some(CONTEXT_WEIGHT));
        assert_eq!(weight_of(&u, "pay"), Some(1.0));
    }

    #[test]
    fn whether_pay_is_good_enough_asks_for_the_figure() {
        let u = understander();
        for q in [
            "is the pay decent enough",
            "is the salary good",
            "is the pay ok tho",
        ] {
            assert_eq!(u.understand(q).expects, Some(AnswerType::Amount), "{q}");
        }
        assert_eq!(
            u.understand("is a ged enough").expects,
            Some(AnswerType::Requirement)
        );
    }

    #[test]
    fn synonyms_of_what_a_question_points_back_at_count_as_asked() {
        let thesaurus = Thesaurus::parse("[synonyms]\ninterpersonal = shy\n").unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &[]);
        let weight = |q: &str| weight_of(&u.understand(q), "interperson");
        // A synonym weighs half the person's own word.
        assert_eq!(weight("I'm pretty shy. Would that be an issue?"), Some(0.5));
        assert_eq!(
            weight("I'm pretty shy. What does the job pay?"),
            Some(0.5 * CONTEXT_WEIGHT)
        );
    }

    #[test]
    fn a_level_named_only_in_words_no_guide_writes_is_found() {
        let thesaurus =
            Thesaurus::parse("[entities]\nlevel.manager = manager | top job | top level\n")
                .unwrap();
        let vocabulary = BTreeMap::from([
            ("manager".to_string(), 3),
            ("job".to_string(), 5),
            ("level".to_string(), 4),
            ("top".to_string(), 0),
        ]);
        let u = Understander::new(&thesaurus, &vocabulary, &[]);
        let named = |q: &str| u.levels_named_in_other_words(&u.words_of(q));
        let in_other_words = named("whats the top job");
        assert_eq!(in_other_words.len(), 1);
        assert_eq!(in_other_words[0].phrase, "top job");
        assert_eq!(in_other_words[0].unwritten, ["top"]);
        assert!(named("whats a manager's top job").is_empty());
    }

    #[test]
    fn a_phrase_is_found_across_the_careers_own_name() {
        let thesaurus = Thesaurus::parse("[synonyms]\nopportunities = lots of jobs\n").unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &["Patient Care Coordinator"]);
        let found = |q: &str| weight_of(&u.understand(q), "opportun");
        assert_eq!(found("are there lots of coordinator jobs"), Some(0.5));
        assert_eq!(
            found("are there lots of patient care coordinator jobs"),
            Some(0.5)
        );
        assert_eq!(found("are there lots of nursing jobs"), None);
    }

    #[test]
    fn here_points_back_at_the_place_told() {
        let u = Understander::new(&Thesaurus::default(), &BTreeMap::new(), &[]);
        let weight = |q: &str| weight_of(&u.understand(q), "citi");
        assert_eq!(
            weight("I live in a big city. Are there lots of jobs around here?"),
            Some(1.0)
        );
        assert_eq!(
            weight("I live in a big city. Are there lots of jobs?"),
            Some(CONTEXT_WEIGHT)
        );
    }

    #[test]
    fn this_before_a_clause_of_its_own_points_back() {
        let u = Understander::new(&Thesaurus::default(), &BTreeMap::new(), &[]);
        assert!(
            u.understand(
                "I'm drowning in tasks every day. Is this just how the job is everywhere?"
            )
            .points_back
        );
    }

    #[test]
    fn a_place_told_and_pointed_back_to_is_searched_as_asked() {
        let weight = |q: &str, stem: &str| weight_of(&understander().understand(q), stem);
        assert_eq!(
            weight(
                "We're moving to Canada soon. What would I make up there?",
                "canada"
            ),
            Some(1.0)
        );
        assert_eq!(
            weight("I'm from Canada. What would I earn back home?", "canada"),
            Some(1.0)
        );
        assert_eq!(
            weight(
                "We're moving to Canada soon. What is the typical salary?",
                "canada"
            ),
            None,
            "only told, the place is what the answer may suit, not a word to search"
        );
    }

    #[test]
    fn what_a_question_points_back_at_counts_as_asked() {
        let u = Understander::new(&Thesaurus::default(), &BTreeMap::new(), &[]);
        let weight = |q: &str, stem: &str| weight_of(&u.understand(q), stem);
        let pointed = "I'm from Ohio. They want me to learn coding. Is that normal?";
        assert_eq!(weight(pointed, "code"), Some(1.0));
        assert_eq!(
            weight(pointed, "ohio"),
            Some(CONTEXT_WEIGHT),
            "told before, not pointed at"
        );
        assert_eq!(
            weight("They want me to learn coding. Is the pay good?", "code"),
            Some(CONTEXT_WEIGHT)
        );
    }

    /// An understander whose thesaurus reads "how much" as asking a salary range, as the
    /// bundled one does: the "how much" specs check when it should not.
    fn how_much_understander() -> Understander {
        let thesaurus = Thesaurus::parse("[synonyms]\nsalary range = how much | range\n").unwrap();
        Understander::new(&thesaurus, &BTreeMap::new(), &[])
    }

    #[test]
    fn how_much_of_something_other_than_money_is_not_a_pay_question() {
        let u = how_much_understander();
        let autonomy = u.understand("how much autonomy does a senior have");
        assert_ne!(autonomy.expects, Some(AnswerType::Amount));
        assert!(!stems_of(&autonomy).contains(&"salari"));
        let pay = u.understand("how much do they make");
        assert_eq!(pay.expects, Some(AnswerType::Amount));
        assert!(stems_of(&pay).contains(&"salari"));
    }

    #[test]
    fn how_much_of_the_job_asks_a_share_not_a_pay() {
        let u = how_much_understander();
        let share = u.understand("how much of this job is on the phone");
        assert_ne!(share.expects, Some(AnswerType::Amount));
        assert!(!stems_of(&share).contains(&"salari"));
        let of_pay = u.understand("how much of my pay goes to taxes");
        assert!(stems_of(&of_pay).contains(&"salari"));
    }

    #[test]
    fn how_much_something_matters_is_not_a_pay_question() {
        let u = how_much_understander();
        let mattering = u.understand("how much does being detail oriented matter");
        assert_ne!(mattering.expects, Some(AnswerType::Amount));
        assert!(!stems_of(&mattering).contains(&"salari"));
    }

    #[test]
    fn how_much_jobs_grow_is_not_a_pay_question() {
        let u = how_much_understander();
        let growing = u.understand("how much is coordinator employment expected to grow");
        assert_ne!(growing.expects, Some(AnswerType::Amount));
        let pay_growing = u.understand("how much will my salary grow");
        assert_eq!(pay_growing.expects, Some(AnswerType::Amount));
    }

    #[test]
    fn a_greeting_opening_the_message_is_not_searched() {
        let u = understander();
        let q = u.understand("morning folks, what skills do I need?");
        assert!(
            q.words
                .iter()
                .all(|w| w.word != "morning" && w.word != "folks"),
            "{:?}",
            q.words
        );
        let shifts = u.understand("do they work morning shifts");
        assert!(shifts.words.iter().any(|w| w.word == "morning"));
        let tokens = |q: &str| q.split(' ').map(str::to_string).collect::<Vec<_>>();
        assert_eq!(
            greeting_length(&tokens("good morning folks what skills")),
            3
        );
        assert_eq!(greeting_length(&tokens("hi there how much")), 2);
        assert_eq!(greeting_length(&tokens("good pay in canada")), 0);
        assert_eq!(greeting_length(&tokens("people say it is hard")), 0);
    }

    #[test]
    fn how_much_the_most_matters_only_asks_for_the_foremost() {
        let u = understander();
        let q = u.understand("what is the most important soft skill");
        assert!(q.asks_for_the_foremost);
        assert!(
            q.words.iter().all(|w| w.word != "important"),
            "{:?}",
            q.words
        );
        let plain = u.understand("is empathy important");
        assert!(plain.words.iter().any(|w| w.word == "important"));
    }

    #[test]
    fn a_year_the_guides_never_name_is_not_searched() {
        let u = understander();
        let q = u.understand("pcc job outlook 2030");
        assert!(q.words.iter().all(|w| w.word != "2030"), "{:?}", q.words);
        assert!(is_a_year("2030") && !is_a_year("401") && !is_a_year("5000"));
    }

    #[test]
    fn a_money_sign_alone_is_money() {
        assert_eq!(money_signs_as_words("senior pcc $$"), "senior pcc money");
        assert_eq!(money_signs_as_words("junior 💰?"), "junior money?");
        assert_eq!(money_signs_as_words("is $40k good"), "is $40k good");
    }

    #[test]
    fn a_misspelling_after_how_is_a_word_of_degree() {
        let thesaurus = Thesaurus::parse("[entities]\ncountry.netherlands = dutch\n").unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &[]);
        let q = u.understand("how mutch do juniors make");
        assert!(q.entities.is_empty(), "{:?}", q.entities);
        assert_eq!(
            how_word_meant("mnay").as_deref(),
            Some("many"),
            "swapped letters"
        );
        assert_eq!(how_word_meant("meny").as_deref(), Some("many"));
        assert_eq!(how_word_meant("mxxh"), None, "two letters off");
    }

    #[test]
    fn a_level_the_asker_aims_at_is_asked_not_told() {
        let thesaurus =
            Thesaurus::parse("[entities]\nlevel.lead = lead\nlevel.manager = manager\n").unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &[]);
        let q =
            u.understand("im a lead right now and want to be a manager. what should i work on?");
        let names = |es: &[EntityRef]| es.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&q.entities), ["manager"]);
        assert_eq!(names(&q.told_entities), ["lead"]);
    }

    #[test]
    fn a_level_told_of_a_job_in_another_trade_is_not_the_careers() {
        let thesaurus =
            Thesaurus::parse("[entities]\nlevel.lead = lead\nlevel.manager = manager\n").unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &[]);
        let told = |q: &str| {
            u.understand(q)
                .told_entities
                .iter()
                .map(|e| e.name.clone())
                .collect::<Vec<_>>()
        };
        assert!(told("I was a manager at a fast food place. What skills matter?").is_empty());
        assert!(told("I'm a store manager. What skills matter?").is_empty());
        assert!(told("I was a shift lead at Starbucks. What skills matter?").is_empty());
        assert_eq!(
            told("I'm a manager at a clinic. What skills matter?"),
            ["manager"]
        );
        assert_eq!(told("I'm a lead right now. What skills matter?"), ["lead"]);
    }

    #[test]
    fn a_there_points_at_the_place_the_question_names_not_one_told() {
        let thesaurus =
            Thesaurus::parse("[entities]\ncountry.brazil = brazil\nus-state.arizona = arizona\n")
                .unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &[]);
        let names = |es: &[EntityRef]| es.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
        let named =
            u.understand("I'm moving to Arizona. What about brazil, what do they make there?");
        assert!(!named.points_back);
        assert_eq!(names(&named.entities), ["brazil"]);
        let told = u.understand("I'm moving to Arizona. What do they make there?");
        assert!(told.points_back);
        assert_eq!(names(&told.entities), ["arizona"]);
    }

    #[test]
    fn what_is_told_of_someone_else_is_not_searched_unless_asked_of() {
        let u = Understander::new(&Thesaurus::default(), &BTreeMap::new(), &[]);
        let searched = |q: &str| {
            u.understand(q)
                .words
                .iter()
                .map(|w| w.word.clone())
                .collect::<Vec<_>>()
        };
        let brother = searched("My brother works in billing. What tools do coordinators use?");
        assert!(!brother.contains(&"billing".to_string()), "{brother:?}");
        let mine = searched("I work in billing. What tools do coordinators use?");
        assert!(mine.contains(&"billing".to_string()), "{mine:?}");
        let ours = searched("My husband and I work in billing. What tools do coordinators use?");
        assert!(ours.contains(&"billing".to_string()), "{ours:?}");
        let hers = searched("My sister works in billing. Does she need a degree?");
        assert!(hers.contains(&"billing".to_string()), "{hers:?}");
    }

    #[test]
    fn how_much_one_spends_is_a_cost_not_a_pay_question() {
        let u = how_much_understander();
        let spend = u.understand("how much should I expect to spend on a course");
        assert!(!stems_of(&spend).contains(&"salari"));
        assert_eq!(spend.expects, Some(AnswerType::Amount));
    }

    #[test]
    fn necessary_before_a_noun_describes_it_and_requires_nothing() {
        let requirement = |t: &str| AnswerType::Requirement.found_in(t);
        assert!(!requirement(
            "Ability to verify eligibility and obtain necessary pre-authorizations for services."
        ));
        assert!(requirement(
            "Active Listening: Necessary to capture patient concerns."
        ));
        assert!(requirement("A high school diploma is required."));
    }

    #[test]
    fn a_sum_written_out_states_an_amount() {
        assert!(
            AnswerType::Amount.found_in("They cost a few hundred dollars to a couple of thousand.")
        );
        assert!(!AnswerType::Amount.found_in("They save patients time and dollars."));
    }

    #[test]
    fn something_like_that_points_back_but_for_this_is_the_career() {
        let u = Understander::new(&Thesaurus::default(), &BTreeMap::new(), &[]);
        let points_back = |q: &str| u.understand(q).points_back;
        assert!(points_back(
            "I want an online course. How much would I spend on something like that?"
        ));
        assert!(!points_back(
            "I work in retail. Do I need college for this?"
        ));
    }

    #[test]
    fn doing_this_is_the_career_but_doing_that_is_what_was_told() {
        let u = Understander::new(&Thesaurus::default(), &BTreeMap::new(), &[]);
        let points_back = |q: &str| u.understand(q).points_back;
        assert!(!points_back(
            "I just got laid off. Can i do this part time?"
        ));
        assert!(!points_back(
            "I work retail. Do i need to go to college to do this?"
        ));
        assert!(points_back(
            "ugh i hate dealing with insurers. would i have to do that a lot in this role"
        ));
    }

    #[test]
    fn those_alone_points_back_but_those_before_a_plural_noun_names() {
        let u = knowing("", &[("coordinators", 3), ("course", 3), ("cost", 3)]);
        let points_back = |q: &str| u.understand(q).points_back;
        assert!(points_back(
            "My boss said I could do an online course. How much do those cost?"
        ));
        assert!(!points_back(
            "I have two kids. How much do these coordinators pull in a year?"
        ));
    }

    #[test]
    fn a_fear_or_still_points_back_at_what_was_told() {
        let u = Understander::new(&Thesaurus::default(), &BTreeMap::new(), &[]);
        let points_back = |q: &str| u.understand(q).points_back;
        assert!(points_back(
            "I keep hearing AI will take over admin jobs. Should I be worried as a PCC?"
        ));
        assert!(points_back("I only have a GED. Can I still get hired?"));
    }

    #[test]
    fn a_concept_asked_in_the_question_s_own_words_is_asked_though_told_first() {
        let thesaurus =
            Thesaurus::parse("[synonyms]\nburnout = burned out | exhausting\n").unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &[]);
        let weight_of_burnout = |q: &str| {
            u.understand(q)
                .words
                .iter()
                .find(|w| w.stem == "burnout")
                .map(|w| w.weight)
        };
        assert_eq!(
            weight_of_burnout("I burned out as a server. Is this job as exhausting?"),
            Some(0.5)
        );
        assert!(
            weight_of_burnout("I burned out as a server. Does this job pay well?")
                .is_some_and(|w| w < 0.5)
        );
    }

    #[test]
    fn a_word_told_and_asked_in_other_spellings_of_it_is_asked() {
        let thesaurus =
            Thesaurus::parse("[abbreviations]\nburnout = burnt out | burn out\n").unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &[]);
        let weight_of_burnout = |q: &str| weight_of(&u.understand(q), "burnout");
        assert_eq!(
            weight_of_burnout("I'm burnt out. Do coordinators burn out?"),
            Some(1.0)
        );
        assert!(
            weight_of_burnout("I'm burnt out. Do coordinators travel?").is_some_and(|w| w < 1.0)
        );
    }

    #[test]
    fn a_choice_with_nothing_named_points_back_at_the_options_told() {
        let u = Understander::new(&Thesaurus::default(), &BTreeMap::new(), &[]);
        let points_back = |q: &str| u.understand(q).points_back;
        assert!(points_back(
            "I'm torn between an associate degree and a certificate. Which one should I do?"
        ));
        assert!(points_back(
            "I have two offers, a clinic and a hospital. Which would you take?"
        ));
        assert!(!points_back("I live in Ohio. What do coordinators earn?"));
    }

    #[test]
    fn weighing_one_thing_against_another_expects_a_comparison() {
        let u = understander();
        assert_eq!(
            u.understand("does experience matter more than education")
                .expects,
            Some(AnswerType::Comparison)
        );
        assert_ne!(
            u.understand("can i do this with experience or a degree")
                .expects,
            Some(AnswerType::Comparison)
        );
        assert!(AnswerType::Comparison.found_in("They value experience as much as a degree."));
        assert!(AnswerType::Comparison.found_in("Pay is higher than in clinics."));
        assert!(!AnswerType::Comparison.found_in("They value experience and degrees."));
    }

    #[test]
    fn a_choice_ranked_without_than_expects_a_comparison() {
        let u = understander();
        for question in [
            "do employers care more about skills or diplomas",
            "would a hiring manager pick experience over a diploma",
            "whats better for this job, experience or a bachelors",
        ] {
            assert_eq!(
                u.understand(question).expects,
                Some(AnswerType::Comparison),
                "{question}"
            );
        }
        assert_ne!(
            u.understand("do they want experience or a degree").expects,
            Some(AnswerType::Comparison)
        );
        assert_ne!(
            u.understand("do coordinators take calls over the phone")
                .expects,
            Some(AnswerType::Comparison)
        );
    }

    #[test]
    fn a_clause_that_only_opens_a_question_is_not_searched() {
        let u = understander();
        let opened = u.understand("first time posting here - what is the salary in canada");
        let context: Vec<&str> = opened
            .words
            .iter()
            .filter(|w| w.context)
            .map(|w| w.stem.as_str())
            .collect();
        assert!(weight_of(&opened, "post").is_none(), "{:?}", opened.words);
        assert!(!context.contains(&"salari"), "{context:?}");
        let conditional = u.understand("if i move to canada: what is the salary");
        assert!(conditional.words.iter().all(|w| !w.context));
    }

    #[test]
    fn an_opening_sentence_of_its_own_gives_way_to_any_question() {
        assert_eq!(
            opening_clauses("question for the group: hard parts of the job?"),
            ["question for the group: ", "hard parts of the job?"]
        );
        assert_eq!(
            opening_clauses("quick q - i'm from Texas, what's the outlook?"),
            ["quick q - ", "i'm from Texas, ", "what's the outlook?"]
        );
        assert_eq!(
            opening_clauses("remote pcc roles - common?"),
            ["remote pcc roles - common?"]
        );
    }

    #[test]
    fn the_clause_before_a_question_tells_or_names_after_a_greeting() {
        assert_eq!(
            opening_clauses("yo yo, i'm from Nigeria, can i work in the uk?"),
            ["yo yo, i'm from Nigeria, ", "can i work in the uk?"]
        );
        assert_eq!(
            opening_clauses("so basically, salary in Germany, how much?"),
            ["so basically, salary in Germany, how much?"],
            "the subject named"
        );
        assert_eq!(
            opening_clauses("how much do they make, im from ohio, is that good"),
            ["how much do they make, im from ohio, is that good"],
            "an earlier clause asks"
        );
    }

    #[test]
    fn the_clause_before_a_question_tells_after_a_framing_ended_by_but() {
        assert_eq!(
            opening_clauses("idk if this was asked before but im a single mom, is the pay ok?"),
            [
                "idk if this was asked before but im a single mom, ",
                "is the pay ok?"
            ]
        );
        assert_eq!(
            opening_clauses("the pay is ok but the hours, are they long?"),
            ["the pay is ok but the hours, are they long?"],
            "no telling after the but"
        );
    }

    #[test]
    fn a_clause_is_read_without_the_greeting_it_opens_with() {
        assert_eq!(
            after_a_greeting("hi hi i am from nigeria"),
            "i am from nigeria"
        );
        assert_eq!(after_a_greeting("hey guys remote roles"), "remote roles");
        assert_eq!(after_a_greeting("good pay"), "good pay");
        assert_eq!(after_a_greeting("hi all"), "");
    }

    #[test]
    fn chat_digits_for_to_and_for_are_read_as_words_unless_they_count() {
        let read = |q: &str| digits_for_words(q.split(' ').map(str::to_string).collect());
        assert_eq!(read("room 2 grow"), ["room", "to", "grow"]);
        assert_eq!(
            read("normal 4 this role"),
            ["normal", "for", "this", "role"]
        );
        assert_eq!(
            read("who do they report 2"),
            ["who", "do", "they", "report", "to"]
        );
        assert_eq!(read("i have 2 kids"), ["i", "have", "2", "kids"]);
        assert_eq!(read("a 4 year degree"), ["a", "4", "year", "degree"]);
        assert_eq!(read("2 or 3 certs"), ["2", "or", "3", "certs"]);
        assert_eq!(
            read("is the job hard 4 introverts"),
            ["is", "the", "job", "hard", "for", "introverts"]
        );
        assert_eq!(read("day 2 day"), ["day", "to", "day"]);
        assert_eq!(read("the top 2 skills"), ["the", "top", "2", "skills"]);
        assert_eq!(read("spend 4 hours"), ["spend", "4", "hours"]);
    }

    #[test]
    fn opening_clauses_split_text_whose_lower_case_is_longer() {
        let sentence = "ȺCꟓ x㵶k ok here: 𐏀r how much do they make";
        assert_eq!(opening_clauses(sentence).concat(), sentence);
    }

    #[test]
    fn a_lone_digit_counts_little() {
        let u = understander().understand("remote pay with 3 kids");
        let two = u
            .words
            .iter()
            .find(|w| w.word == "3")
            .expect("3 is searched");
        assert!(two.weight < 1.0, "{two:?}");
    }

    #[test]
    fn what_is_and_how_do_i_ask_about_the_phrase_after_them() {
        let u = understander();
        let thing = |q: &str| u.understand(q).thing_asked;
        assert_eq!(thing("what's 401k vesting").as_deref(), Some("vest"));
        assert_eq!(
            thing("what is the salary in canada").as_deref(),
            Some("salari")
        );
        assert_eq!(thing("what is it like"), None);
        assert_eq!(thing("who is the ceo of epic").as_deref(), Some("ceo"));
        assert_eq!(thing("what's the highest a pcc can earn"), None);
        assert_eq!(
            thing("what is the ielts score needed").as_deref(),
            Some("score"),
            "a participle after the noun describes it"
        );
    }

    #[test]
    fn whether_one_gets_a_thing_asks_about_the_thing() {
        let u = understander();
        let thing = |q: &str| u.understand(q).thing_asked;
        assert_eq!(thing("do pccs get a company car").as_deref(), Some("car"));
        assert_eq!(
            thing("does the job come with a pension?").as_deref(),
            Some("pension")
        );
        // Only a yes-or-no question asks whether one has it.
        assert_eq!(thing("which pccs get a company car"), None);
    }

    #[test]
    fn what_the_career_is_likened_to_is_the_head_of_its_phrase() {
        let u = understander();
        let thing = |q: &str| u.understand(q).thing_asked;
        assert_eq!(
            thing("is a coordinator just a fancy receptionist").as_deref(),
            Some("receptionist")
        );
    }

    #[test]
    fn whether_the_career_does_something_asks_about_the_doing() {
        let u = understander();
        let thing = |q: &str| u.understand(q).thing_asked;
        assert_eq!(
            thing("can a coordinator prescribe medication").as_deref(),
            Some("prescrib")
        );
        assert_eq!(
            thing("are coordinators respected").as_deref(),
            Some("respect")
        );
        assert_eq!(thing("what should i wear").as_deref(), Some("wear"));
        assert_eq!(thing("what should i put on my resume"), None);
        assert_ne!(thing("do coordinators gt bonuses").as_deref(), Some("gt"));
    }

    #[test]
    fn pay_asked_of_no_country_is_pay_in_the_country_the_guides_name_most() {
        let u = understander();
        let home = u.understand("what is the salary").market;
        assert_eq!(home.map(|c| c.name).as_deref(), Some("canada"));
        assert_eq!(u.understand("what is the salary in the usa").market, None);
        assert_eq!(u.understand("is remote work common").market, None);
    }

    #[test]
    fn pay_asked_of_a_region_or_abroad_is_asked_of_no_single_market() {
        let u = understander();
        assert_eq!(u.understand("what is the salary in europe").market, None);
        assert_eq!(u.understand("what is the salary abroad").market, None);
    }

    #[test]
    fn a_level_set_aside_with_not_is_not_asked_about() {
        let thesaurus =
            Thesaurus::parse("[entities]\nlevel.junior = junior\nlevel.senior = senior\n").unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &[]);
        assert!(u
            .understand("pay for a regular coordinator (not junior)")
            .entities
            .is_empty());
        assert_eq!(u.understand("pay for a junior").entities.len(), 1);
    }

    #[test]
    fn becoming_the_career_without_something_is_not_becoming_another() {
        let u = understander();
        assert!(
            !u.understand("how to become a coordinator without college")
                .becomes_another_career
        );
        assert!(
            u.understand("how do i become a pilot")
                .becomes_another_career
        );
        assert!(
            !u.understand("can i become a coordinator online")
                .becomes_another_career
        );
        // Another career the thesaurus names is still another career.
        assert!(
            u.understand("can a coordinator become a nurse later")
                .becomes_another_career
        );
    }

    #[test]
    fn weighing_this_career_against_becoming_another_is_not_becoming_it() {
        let u = understander();
        assert!(
            !u.understand(
                "I'm deciding between this and becoming a nurse. What's the main difference?"
            )
            .becomes_another_career
        );
    }

    #[test]
    fn a_price_named_asks_for_a_figure_without_how_much() {
        let u = understander();
        assert_eq!(
            u.understand("coordinator certification cost").expects,
            Some(AnswerType::Amount)
        );
        // The cheapest way is a way.
        assert_ne!(
            u.understand("cheapest way to get qualified").expects,
            Some(AnswerType::Amount)
        );
    }

    #[test]
    fn years_to_come_ask_about_the_outlook_not_a_span() {
        let u = understander().understand("is this job gonna be around in 10 years");
        assert!(u.words.iter().any(|w| w.stem == "outlook"), "{:?}", u.words);
        assert!(u.words.iter().all(|w| w.stem != "10" && w.stem != "year"));
        assert_ne!(u.expects, Some(AnswerType::Duration));
        let aged = understander().understand("can i be a coordinator at 60 years old");
        assert!(
            aged.words.iter().any(|w| w.word == "age"),
            "{:?}",
            aged.words
        );
        assert!(aged.words.iter().all(|w| w.stem != "60"));
    }

    #[test]
    fn over_the_next_decade_is_a_time_to_come_but_over_ten_years_is_not() {
        let ahead =
            understander().understand("whats the outlook for this job over the next decade");
        assert!(
            ahead
                .words
                .iter()
                .all(|w| w.stem != "over" && w.stem != "decad"),
            "{:?}",
            ahead.words
        );
        let experience = understander().understand("i have over 10 years of experience, what pay");
        assert!(experience.words.iter().all(|w| w.stem != "outlook"));
    }

    #[test]
    fn a_few_years_to_come_ask_about_the_outlook_but_a_year_is_a_rate() {
        for q in [
            "will ai replace this job in a few years",
            "is this job safe in the next couple of years",
        ] {
            let u = understander().understand(q);
            assert!(u.words.iter().any(|w| w.stem == "outlook"), "{q}");
            assert!(u.words.iter().all(|w| w.stem != "few" && w.stem != "year"));
        }
        let rate = understander().understand("how much do they make in a year");
        assert!(rate.words.iter().all(|w| w.stem != "outlook"));
    }

    #[test]
    fn whether_a_thing_is_permitted_is_asked_of_the_thing() {
        let u = understander();
        for q in [
            "can i use notes during the exam",
            "could i wear jeans to the office",
            "can we bring snacks",
            "are we allowed to bring snacks",
        ] {
            let thing = u.understand(q).thing_asked;
            assert!(
                matches!(thing.as_deref(), Some("note" | "jean" | "jeans" | "snack")),
                "{q}: {thing:?}"
            );
        }
    }

    #[test]
    fn a_likeness_is_never_the_thing_asked() {
        let u = understander();
        for q in [
            "is a pcc the same as a medical assistant",
            "what's the difference between a lead and a manager",
        ] {
            let thing = u.understand(q).thing_asked;
            assert!(
                !matches!(thing.as_deref(), Some("same" | "differ")),
                "{q}: {thing:?}"
            );
        }
    }

    #[test]
    fn an_adverb_is_never_the_thing_asked() {
        let u = understander().understand("i get anxious easily, would this job be too much");
        assert_ne!(u.thing_asked.as_deref(), Some("easili"));
        assert!(is_adverb("easily") && is_adverb("quickly"));
        assert!(!is_adverb("family") && !is_adverb("supply") && !is_adverb("italy"));
    }

    #[test]
    fn matter_as_a_verb_is_not_searched() {
        let u = understander();
        assert!(
            !stems_of(&u.understand("which certifications actually matter")).contains(&"matter")
        );
        assert!(stems_of(&u.understand("what is a subject matter expert")).contains(&"matter"));
    }

    #[test]
    fn a_level_named_after_after_is_where_the_question_starts() {
        let thesaurus =
            Thesaurus::parse("[entities]\nlevel.lead = lead\nlevel.senior = senior\n").unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &[]);
        let after = |q: &str| u.understand(q).after_level.map(|e| e.name);
        assert_eq!(after("whats after lead pcc").as_deref(), Some("lead"));
        assert_eq!(
            after("the step after the senior role").as_deref(),
            Some("senior")
        );
        assert_eq!(
            after("whats above a lead coordinator").as_deref(),
            Some("lead")
        );
        assert_eq!(after("how much does a senior make"), None);
    }

    #[test]
    fn a_level_reached_then_asked_past_is_where_the_question_starts() {
        let thesaurus =
            Thesaurus::parse("[entities]\nlevel.lead = lead\nlevel.senior = senior\n").unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &[]);
        let after = |q: &str| u.understand(q).after_level.map(|e| e.name);
        assert_eq!(
            after("once i'm a senior pcc where do i go next").as_deref(),
            Some("senior")
        );
        assert_eq!(
            after("when you become lead whats the next step").as_deref(),
            Some("lead")
        );
        // What to learn next is asked of the level reached, not of the one after it.
        assert_eq!(
            after("when i become a lead coordinator what should i learn next"),
            None
        );
        assert_eq!(after("once im a senior what do i earn"), None);
    }

    #[test]
    fn a_level_held_now_then_asked_past_is_where_the_question_starts() {
        let thesaurus = Thesaurus::parse("[entities]\nlevel.lead = lead\n").unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &[]);
        let after = |q: &str| u.understand(q).after_level.map(|e| e.name);
        assert_eq!(
            after("im a lead coordinator now. whats the next step up from here?").as_deref(),
            Some("lead")
        );
        assert_eq!(after("im a lead coordinator now. what do i earn?"), None);
    }

    #[test]
    fn the_plain_coordinator_as_a_reference_point_is_not_searched() {
        let u = understander();
        let regular = |q: &str| stems_of(&u.understand(q)).contains(&"regular");
        assert!(!regular(
            "what do seniors do that regular coordinators dont"
        ));
        assert!(regular("do they work regular hours"));
    }

    #[test]
    fn lead_followed_by_to_is_the_verb_not_the_level() {
        let thesaurus = Thesaurus::parse("[entities]\nlevel.lead = lead\n").unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &[]);
        assert!(u
            .understand("can this job lead to permanent residency")
            .entities
            .is_empty());
        assert_eq!(u.understand("how much does a lead make").entities.len(), 1);
    }

    #[test]
    fn wanting_to_lead_is_the_verb_and_moving_up_to_lead_the_level() {
        let thesaurus = Thesaurus::parse("[entities]\nlevel.lead = lead\n").unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &[]);
        let names_the_level = |q: &str| !u.understand(q).entities.is_empty();
        assert!(!names_the_level(
            "grants for people who want to lead in healthcare"
        ));
        assert!(!names_the_level("how do i learn to lead a team"));
        assert!(!names_the_level(
            "any scholarship for diverse students wanting to lead in healthcare"
        ));
        assert!(names_the_level("how do i get promoted to lead"));
        assert!(names_the_level("i want to become a lead"));
        assert!(names_the_level("how long until i get to lead"));
        assert!(names_the_level("how to lead coordinator"));
        assert!(names_the_level("is lead a good level to aim for"));
    }

    #[test]
    fn a_sum_in_a_year_is_a_rate_not_a_time_to_come() {
        let u = understander().understand("how much do these coordinators make in a year");
        assert!(u.words.iter().all(|w| w.stem != "outlook"), "{:?}", u.words);
    }

    #[test]
    fn likening_the_career_to_another_asks_about_the_other() {
        let u = understander();
        let nurse = |q: &str| u.understand(q).entities.iter().any(|e| e.name == "nurse");
        assert!(nurse("is a coordinator the same as a nurse"));
        // Beside the guide's own career, another is background unless likened to it.
        assert!(!nurse("coordinator pay vs nurse pay"));
    }

    #[test]
    fn a_career_compared_against_is_a_reference_point_not_the_subject() {
        let u = understander();
        let nurse = |q: &str| u.understand(q).entities.iter().any(|e| e.name == "nurse");
        assert!(!nurse("is the pay good compared to nurses"));
        assert!(nurse("how much do nurses make"));
    }

    #[test]
    fn asking_the_bot_for_a_hand_is_a_task() {
        let u = understander();
        assert!(u.understand("can you help me with my taxes").task);
        assert!(u.understand("can you help me write my resume").task);
        assert!(
            u.understand("can you help me study for my anatomy final")
                .task
        );
        assert!(!u.understand("can you help me understand the salary").task);
        assert!(
            u.understand("please help me translate my diploma to english")
                .task
        );
        assert!(u.understand("help me write a cover letter").task);
        assert!(!u.understand("help me understand the salary").task);
        assert!(!u.understand("will a cert help me get hired").task);
    }

    #[test]
    fn a_light_verb_weighs_less_than_what_it_brings() {
        let u = understander().understand("what benefits come with the job");
        let weight = |stem: &str| u.words.iter().find(|w| w.stem == stem).map(|w| w.weight);
        assert!(weight("come") < weight("benefit"), "{:?}", u.words);
    }

    #[test]
    fn the_askers_name_is_not_read_and_a_nationality_or_a_word_is() {
        let u = understander();
        assert_eq!(
            u.without_the_askers_name("Hi, I'm Sam. are there mentorship programs"),
            "Hi, I'm . are there mentorship programs"
        );
        assert_eq!(
            u.without_the_askers_name("hey my name is priya and i need a degree?"),
            "hey and i need a degree?"
        );
        assert_eq!(
            u.without_the_askers_name("I'm Canadian. what's the pay?"),
            "I'm Canadian. what's the pay?"
        );
        assert_eq!(
            u.without_the_askers_name("I'm Retired. can I do this?"),
            "I'm Retired. can I do this?"
        );
        assert_eq!(
            u.without_the_askers_name("is Epic hard? I'm Sam"),
            "is Epic hard? I'm"
        );
    }

    #[test]
    fn an_aside_in_brackets_is_context_and_a_bracketed_name_is_not() {
        let u = understander();
        let aside = u.understand("what is the salary in canada (english is my second language)");
        assert!(aside.words.iter().any(|w| w.stem == "english" && w.context));
        assert!(aside.words.iter().any(|w| w.stem == "salari" && !w.context));
        let name = u.understand("is the certification (CMAA) worth it");
        assert!(name.words.iter().all(|w| !w.context));
    }

    #[test]
    fn two_words_the_guides_write_as_one_are_read_as_one() {
        let u = understander().understand("do people burn out");
        assert_eq!(stems_of(&u), ["peopl", "burnout"]);
    }

    #[test]
    fn what_changes_the_job_is_asked_about_more_than_the_change() {
        let u = understander().understand("how is ai changing the coordinator role");
        assert!(
            weight_of(&u, "chang").is_some_and(|w| w < 1.0),
            "{:?}",
            u.words
        );
    }

    #[test]
    fn changing_careers_is_asked_about_itself() {
        let u = understander().understand("is it good for someone changing careers");
        assert_eq!(weight_of(&u, "chang"), Some(1.0), "{:?}", u.words);
    }

    #[test]
    fn whether_something_changes_how_much_one_is_paid_wants_no_figure() {
        let u = understander();
        let changes = u.understand("does working remote change how much you get paid");
        assert_eq!(changes.expects, None);
        let asked = u.understand("how much do you get paid working remote");
        assert_eq!(asked.expects, Some(AnswerType::Amount));
    }

    #[test]
    fn a_particle_after_the_verb_s_object_is_read_beside_the_verb() {
        let u = understander().understand("will this job burn me out");
        assert!(stems_of(&u).contains(&"burnout"), "{:?}", stems_of(&u));
    }

    #[test]
    fn whats_happening_with_something_asks_about_that_thing() {
        let u = understander().understand("what's happening with remote jobs");
        assert_eq!(u.thing_asked, None);
        assert!(!stems_of(&u).contains(&"happen"), "{:?}", stems_of(&u));
    }

    #[test]
    fn words_are_not_joined_into_a_word_the_guides_never_use() {
        let u = understander().understand("remote pay");
        assert_eq!(stems_of(&u)[..2], ["remot", "pay"]);
    }

    #[test]
    fn an_article_is_not_joined_to_the_word_after_it() {
        let vocabulary = [("apart".to_string(), 3), ("part".to_string(), 3)]
            .into_iter()
            .collect();
        let u = Understander::new(&Thesaurus::default(), &vocabulary, &[]);
        let understood = u.understand("is scheduling a part of the job");
        assert!(stems_of(&understood).contains(&"part"), "{understood:?}");
        assert!(!stems_of(&understood).contains(&"apart"), "{understood:?}");
    }

    #[test]
    fn misspellings_are_corrected_against_the_vocabulary() {
        let u = understander().understand("sallary in canda");
        assert_eq!(
            u.corrections,
            [
                ("sallary".into(), "salary".into()),
                ("canda".into(), "canada".into())
            ]
        );
    }

    #[test]
    fn a_misspelling_nothing_in_the_guides_is_near_becomes_the_english_word_a_letter_away() {
        let thesaurus = Thesaurus::parse("").unwrap();
        let vocabulary = [("negotiation".to_string(), 2), ("salary".to_string(), 5)]
            .into_iter()
            .collect();
        let u = Understander::new(&thesaurus, &vocabulary, &[]);
        let understood = u.understand("how do i negotiaye my salary");
        assert_eq!(
            understood.corrections,
            [("negotiaye".to_string(), "negotiate".to_string())]
        );
        // "negotiate" shares its stem with the guide's "negotiation".
        assert!(understood.words.iter().any(|w| w.stem == "negoti"));
    }

    #[test]
    fn a_short_misspelling_becomes_the_english_word_with_its_letter_put_back() {
        let thesaurus = Thesaurus::parse("").unwrap();
        // "amply" is a letter away too; "apply" shares its stem with the guide's "applying".
        let vocabulary = [("applying".to_string(), 2)].into_iter().collect();
        let u = Understander::new(&thesaurus, &vocabulary, &[]);
        assert_eq!(
            u.understand("can i just aply").corrections,
            [("aply".to_string(), "apply".to_string())]
        );
    }

    #[test]
    fn words_the_corpus_knows_are_never_corrected() {
        assert!(understander()
            .understand("remote coordinator")
            .corrections
            .is_empty());
    }

    #[test]
    fn short_words_are_never_corrected() {
        assert!(understander().understand("cat").corrections.is_empty());
    }

    #[test]
    fn abbreviations_expand_before_searching() {
        let u = understander().understand("do ppl like it");
        assert_eq!(stems_of(&u), ["peopl"]);
    }

    #[test]
    fn an_interjection_or_a_greeting_opening_a_question_is_not_searched() {
        let u = knowing("", &[("degree", 5), ("likes", 5)]);
        let stems = |q: &str| stems_of(&u.understand(q)).join(" ");
        assert_eq!(stems("ugh okay, do i need a degree"), "degre");
        assert_eq!(stems("heyo, do i need a degree"), "degre");
        assert_eq!(
            stems("yikes, do i need a degree"),
            "degre",
            "not corrected to a word the guide writes"
        );
    }

    #[test]
    fn shorthand_after_an_article_is_a_noun_not_an_adverb() {
        let u = knowing(
            "[abbreviations]\nright now = rn\nexperience = exp\n",
            &[("become", 5), ("right", 5), ("experience", 5)],
        );
        let stems = |q: &str| stems_of(&u.understand(q)).join(" ");
        assert_eq!(stems("how do i become an rn"), "becom rn");
        assert_eq!(
            stems("are they hiring rn"),
            "hire",
            "\"rn\" alone is still \"right now\""
        );
        assert_eq!(stems("is the exp enough"), "experi enough");
    }

    #[test]
    fn synonyms_add_canonical_words_at_lower_weight() {
        let u = understander().understand("do they make good money");
        let salary = u.words.iter().find(|w| w.stem == "salari").unwrap();
        assert!(salary.weight < 1.0);
        assert_eq!(
            u.topic,
            Topic::new("salary"),
            "synonyms count towards the topic"
        );
    }

    #[test]
    fn a_one_word_synonym_matches_only_forms_of_its_own_word() {
        let thesaurus = Thesaurus::parse(
            "[synonyms]\npros = positives\nchallenges = stress\n[topics]\npros-cons = pros\n",
        )
        .unwrap();
        let u = Understander::new(&thesaurus, &BTreeMap::new(), &[]);
        let positions = u.understand("are coordinator positions hard to find");
        assert!(positions.words.iter().all(|w| w.stem != "pros"));
        assert_eq!(positions.topic, None, "positions are not positives");
        let positives = u.understand("what are the positives");
        assert!(positives.words.iter().any(|w| w.stem == "pros"));
        let stressful = u.understand("is it stressful");
        assert!(
            stressful.words.iter().any(|w| w.stem == "challeng"),
            "a word grown from the phrase's word is its form"
        );
    }

    #[test]
    fn multi_word_phrases_match() {
        let u = understander().understand("can I work from home");
        assert!(u.words.iter().any(|w| w.stem == "remot"));
    }

    #[test]
    fn topics_come_from_the_thesaurus() {
        assert_eq!(
            understander().understand("what is the pay").topic,
            Topic::new("salary")
        );
    }

    #[test]
    fn upper_case_us_names_the_country() {
        let u = understander().understand("salary in the US?");
        assert_eq!(
            u.entities,
            [EntityRef {
                class: "country".into(),
                name: "usa".into()
            }]
        );
        assert!(understander()
            .understand("can you tell us")
            .entities
            .is_empty());
    }

    #[test]
    fn how_long_expects_a_duration_and_pay_an_amount() {
        let u = understander();
        assert_eq!(
            u.understand("how long does training take").expects,
            Some(AnswerType::Duration)
        );
        assert_eq!(
            u.understand("what is the pay").expects,
            Some(AnswerType::Amount)
        );
        assert_eq!(u.understand("can I work from home").expects, None);
    }

    #[test]
    fn how_long_it_takes_is_asked_beside_whether_it_is_too_late() {
        let u = understander();
        assert_eq!(
            u.understand("is it too late to switch, and how long would it take")
                .expects,
            Some(AnswerType::Duration)
        );
        assert_eq!(
            u.understand("is it too late to switch").expects,
            Some(AnswerType::Age)
        );
    }

    #[test]
    fn a_percent_sign_standing_alone_asks_for_a_percent() {
        let u = understander();
        let read = |q: &str| {
            let understood = u.understand(q);
            (understood.expects, stems_of(&understood).join(" "))
        };
        assert_eq!(
            read("what % of coordinators leave"),
            read("what percent of coordinators leave")
        );
        assert_eq!(
            percent_sign_as_word("is 16% growth real"),
            "is 16% growth real"
        );
    }

    #[test]
    fn a_lead_in_before_a_yes_no_question_leaves_it_one() {
        assert!(asks_yes_or_no(
            "Quick one: do coordinators get tuition reimbursement"
        ));
        assert!(asks_yes_or_no("alright so do hospitals want certs"));
        assert!(asks_yes_or_no("ok well is it remote"));
        assert!(!asks_yes_or_no("so what do they earn"));
    }

    #[test]
    fn a_request_that_someone_answer_asks_what_follows_it() {
        assert!(!asks_yes_or_no("does anyone here know pcc wage"));
        assert!(!asks_yes_or_no("can someone tell me how much they make"));
        assert!(asks_yes_or_no("does anyone know if they work remotely"));
        assert!(asks_yes_or_no("can you tell me is it hard"));
        assert!(asks_yes_or_no("do you know"));
    }

    #[test]
    fn the_kind_said_after_a_level_is_not_searched() {
        let thesaurus = Thesaurus::parse(
            "[synonyms]\nsalary = pay\n[entities]\nlevel.senior = senior\nlevel.manager = manager\n",
        )
        .unwrap();
        let vocabulary = ["salary", "level", "senior", "manager"]
            .iter()
            .map(|w| (w.to_string(), 3))
            .collect();
        let u = Understander::new(&thesaurus, &vocabulary, &["Patient Care Coordinator"]);
        for question in [
            "what does a manager level coordinator do",
            "senior-level pay?",
            "pay at senior levels",
        ] {
            let understood = u.understand(question);
            assert!(
                understood.words.iter().all(|w| w.stem != "level"),
                "{question}: {:?}",
                understood.words
            );
            assert!(!understood.entities.is_empty(), "{question}");
        }
        let levels = u.understand("how many levels are there");
        assert!(levels.words.iter().any(|w| w.stem == "level"));
    }

    #[test]
    fn the_way_through_which_something_is_done_is_not_searched() {
        let u = understander().understand("can i get certified through an online course");
        assert!(u.words.iter().all(|w| w.stem != "through"), "{:?}", u.words);
    }

    #[test]
    fn a_vague_amount_is_not_searched() {
        let u = understander().understand("will my paycheck grow after a few years");
        assert!(u.words.iter().all(|w| w.stem != "few"), "{:?}", u.words);
        let u = understander().understand("is it worth it after several years");
        assert!(u.words.iter().all(|w| w.stem != "sever"), "{:?}", u.words);
    }

    #[test]
    fn a_word_of_frequency_is_not_searched() {
        // As "usually" and "often" are not: "sometimes" drew "sometimes lead to slower hiring".
        let u = understander().understand("does the job get sad sometimes");
        assert!(u.words.iter().all(|w| w.stem != "sometim"), "{:?}", u.words);
        let u = understander().understand("are they always on the phone");
        assert!(u.words.iter().all(|w| w.stem != "alway"), "{:?}", u.words);
    }

    #[test]
    fn alright_is_not_searched_or_corrected() {
        let u = understander().understand("alright so where do coordinators work");
        assert!(
            u.corrections.iter().all(|(from, _)| from != "alright"),
            "{:?}",
            u.corrections
        );
        assert!(
            u.words.iter().all(|w| !w.word.starts_with("al")),
            "{:?}",
            u.words
        );
    }

    #[test]
    fn benefits_asked_of_pay_want_no_figure() {
        let u = understander();
        assert_eq!(
            u.understand("what is the pay").expects,
            Some(AnswerType::Amount)
        );
        assert_ne!(
            u.understand("what benefits come with the pay").expects,
            Some(AnswerType::Amount)
        );
    }

    #[test]
    fn durations_and_amounts_are_recognised_in_text() {
        assert!(AnswerType::Duration.found_in("completed in 6-24 months"));
        assert!(AnswerType::Duration.found_in("to over a year for beginners"));
        assert!(!AnswerType::Duration.found_in("long-term career progression"));
        assert!(AnswerType::Amount.found_in("from £25,000 to £35,000"));
        assert!(AnswerType::Amount.found_in("US Median $55k USD"));
        assert!(!AnswerType::Amount.found_in("salaries vary by region"));
    }

    #[test]
    fn this_job_refers_to_the_career_but_job_market_does_not() {
        let u = understander();
        let has_job = |q: &str| u.understand(q).words.iter().any(|w| w.stem == "job");
        assert!(!has_job("can this job be remote"));
        assert!(has_job("how is the job market"));
        assert!(
            has_job("what about the job"),
            "a question is never left with no words"
        );
    }

    #[test]
    fn greetings_are_small_talk() {
        assert!(understander().understand("hi bot!").small_talk);
        assert!(understander().understand("thanks :)").small_talk);
        assert!(!understander().understand("hi, what is the pay?").small_talk);
        assert!(understander().understand("thanks :)").thanks);
        assert!(!understander().understand("hi bot!").thanks);
        assert!(
            understander()
                .understand("hows your day going bot")
                .small_talk
        );
        assert!(
            !understander()
                .understand("what is a typical day")
                .small_talk
        );
    }

    #[test]
    fn ones_standing_for_what_was_named_is_not_searched() {
        let u = understander().understand("how do senior pccs differ from the other ones");
        assert!(u.words.iter().all(|w| w.word != "ones"));
    }

    #[test]
    fn thanks_with_a_word_on_the_answer_is_small_talk() {
        let u = understander();
        let thanked = u.understand("thank you so much, that helped");
        assert!(thanked.small_talk && thanked.thanks);
        assert!(u.understand("thanks that makes sense").thanks);
        assert!(!u.understand("thanks, does that help with pay?").small_talk);
    }

    #[test]
    fn edit_distance_counts_transpositions_once() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(edit_distance(&c("salray"), &c("salary"), 2), Some(1));
        assert_eq!(edit_distance(&c("abc"), &c("xyz"), 2), None);
    }

    #[test]
    fn a_modal_opening_on_what_is_wanted_opens_no_question() {
        assert!(!opens_as_a_question(&[
            "would", "really", "value", "an", "honest", "take"
        ]));
        assert!(!opens_as_a_question(&["could", "use", "a", "hand"]));
        assert!(opens_as_a_question(&["would", "a", "cert", "help"]));
        assert!(opens_as_a_question(&[
            "can", "only", "nurses", "do", "this"
        ]));
    }

    #[test]
    fn a_modal_opening_on_be_opens_no_question() {
        assert!(!opens_as_a_question(&[
            "could", "be", "a", "silly", "thing", "to", "ask"
        ]));
        assert!(!opens_as_a_question(&[
            "would", "be", "great", "to", "know"
        ]));
        assert!(opens_as_a_question(&["could", "it", "be", "remote"]));
    }

    #[test]
    fn a_sentence_opening_on_a_modal_and_be_is_told_not_asked_apart() {
        let message =
            "Could be a silly thing to ask, but i'm a junior pcc. what should I focus on?";
        assert_eq!(separate_questions(message), None);
        let (_, asked) = separate_questions("Could it be remote? what does it pay?").unwrap();
        assert_eq!(asked, ["Could it be remote?", "what does it pay?"]);
    }

    #[test]
    fn a_framing_opening_on_a_modal_and_be_gives_way_to_the_yes_or_no_question() {
        fn words(q: &str) -> Vec<&str> {
            q.split(' ').collect()
        }
        let framed = words("could be a silly thing to ask but is a pcc a nurse");
        assert_eq!(after_lead_ins(&framed).0, words("is a pcc a nurse"));
        let asking = words("could a pcc be a nurse but part time");
        assert_eq!(after_lead_ins(&asking).0, asking, "asks at once");
    }

    #[test]
    fn a_question_of_nothing_written_gives_way_to_the_sentence_after_it() {
        let u = understander().understand("Has anyone got a minute? salary in canada");
        let word = |w: &str| u.words.iter().find(|x| x.word == w).cloned();
        assert_eq!(word("salary").map(|w| w.context), Some(false), "{u:?}");
        assert!(word("minute").is_none_or(|w| w.context), "{u:?}");
    }

    #[test]
    fn others_experiences_closing_a_question_are_input_asked_for() {
        let closed = |q: &str| through(without_a_closing_request_for_input, q);
        assert_eq!(
            closed("is a degree required any experiences welcome"),
            "is a degree required"
        );
        assert_eq!(
            closed("do i need a degree or any experiences"),
            "do i need a degree or any experiences"
        );
    }

    #[test]
    fn a_closing_clause_of_courtesy_is_not_read_for_yes_or_no() {
        let u = understander();
        let courteous = |clause: &str| u.is_courtesy(clause);
        let nothing = |clause: &str| u.speaks_of_nothing_written(clause, &HashMap::new());
        assert!(super::asks_yes_or_no(
            "is 40k normal for this role, thanks all",
            &nothing,
            &courteous
        ));
        assert!(super::asks_yes_or_no(
            "is the salary good in canada sleep well, all",
            &nothing,
            &courteous
        ));
        assert!(!super::asks_yes_or_no(
            "is it stressful, what do they do",
            &nothing,
            &courteous
        ));
    }

    #[test]
    fn whatever_is_said_welcome_at_the_close_is_input_asked_for() {
        let closed = |q: &str| through(without_a_closing_request_for_input, q);
        assert_eq!(
            closed("how much do they make any first hand accounts welcome"),
            "how much do they make"
        );
        assert_eq!(
            closed("is it stressful all real world examples appreciated"),
            "is it stressful"
        );
        // Nothing else asked: the welcome is the message.
        assert_eq!(
            closed("any first hand accounts welcome"),
            "any first hand accounts welcome"
        );
    }

    #[test]
    fn a_blessing_or_input_valued_closes_with_courtesy() {
        let closed = |q: &str| through_unwritten(without_closing_courtesy, q);
        assert_eq!(
            closed("whats the worst part bless you all"),
            "whats the worst part"
        );
        assert_eq!(
            closed("cmaa worth it would really value your thoughts"),
            "cmaa worth it"
        );
    }
}
