//! A catalogue of hostile questions, each with the behaviour expected of it. Whatever the
//! case, nothing panics, and what the bot echoes back carries no mention, ping or link.

mod common;

use careerbot::answer::{Engine, Outcome};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Expect {
    /// Answered from the guide, the first citation containing this text.
    Answers(&'static str),
    /// Nothing to search for: the "ask me a question" reply.
    Empty,
    /// Not in the guide: a polite decline with suggestions.
    Declines,
}

const CATALOGUE: &[(&str, &str, Expect)] = &[
    ("empty", "", Expect::Empty),
    ("white space", " \t\n  ", Expect::Empty),
    ("only punctuation", "?!?! ... ;; --", Expect::Empty),
    (
        "control characters",
        "\u{1}\u{7}\u{1b}[31m uk pay",
        Expect::Answers("£25,000"),
    ),
    (
        "zero-width characters",
        "uk\u{200b} pay\u{feff}",
        Expect::Answers("£25,000"),
    ),
    (
        "right-to-left and combining marks",
        "\u{202e}salary\u{301} in canada",
        Expect::Answers("CAD 45,000"),
    ),
    ("emoji", "💰💰 uk pay?? 💰", Expect::Answers("£25,000")),
    (
        "letters that lower-case longer, around two questions",
        "İİ what's the pay in the uk İ and how do i become one? İ",
        Expect::Answers("£25,000"),
    ),
    (
        "every tantivy query-syntax character",
        "+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /",
        Expect::Empty,
    ),
    (
        "query syntax around words",
        "title:salary AND (canada OR \"uk\")~2 -remote",
        Expect::Answers(""),
    ),
    ("@everyone", "@everyone uk pay", Expect::Answers("£25,000")),
    ("@here", "@here uk pay", Expect::Answers("£25,000")),
    (
        "a role mention",
        "<@&123456789> uk pay",
        Expect::Answers("£25,000"),
    ),
    (
        "a user mention",
        "<@!123456789> uk pay",
        Expect::Answers("£25,000"),
    ),
    (
        "a channel link",
        "<#123456789> uk pay",
        Expect::Answers("£25,000"),
    ),
    (
        "a custom emoji",
        "<:pog:123456789> uk pay",
        Expect::Answers("£25,000"),
    ),
    (
        "a code fence",
        "```\nuk pay\n```",
        Expect::Answers("£25,000"),
    ),
    (
        "Markdown that would break an embed",
        "**[click](http://x.example)** __uk__ ~~pay~~ > quote",
        Expect::Answers("£25,000"),
    ),
    (
        "a URL",
        "https://evil.example/?q=salary uk pay",
        Expect::Answers("£25,000"),
    ),
    (
        "another language (Spanish)",
        "¿Cuánto gana un coordinador en Bolivia?",
        Expect::Declines,
    ),
    (
        "another language (German)",
        "wie viel verdient man in Deutschland",
        Expect::Declines,
    ),
    ("another script", "給料はいくらですか", Expect::Declines),
];

fn engine() -> Engine {
    careerbot::cli::open_engine(&common::bundled_corpus(), &common::temp_dir("hostile")).unwrap()
}

#[test]
fn every_hostile_question_gets_its_expected_behaviour() {
    let engine = engine();
    let long = "salary ".repeat(1500);
    let cases = CATALOGUE.iter().map(|&(n, q, e)| (n, q.to_string(), e));
    let cases = cases.chain([("10,000 characters", long, Expect::Answers("$"))]);
    let mut failures = Vec::new();
    for (name, question, expected) in cases {
        let answer = engine.answer(&question);
        let ok = match expected {
            Expect::Empty => answer.outcome == Outcome::Empty && answer.citations.is_empty(),
            Expect::Declines => !answer.answered && !answer.suggestions.is_empty(),
            Expect::Answers(text) => answer.answered && answer.citations[0].snippet.contains(text),
        };
        if !ok {
            failures.push(format!(
                "{name}: expected {expected:?}, got {:?} {:?}",
                answer.outcome,
                answer.citations.first()
            ));
        }
        let echo = &answer.question;
        for bad in ["@everyone", "@here", "<@", "<#", "<:", "http", "```"] {
            if echo.contains(bad) {
                failures.push(format!(
                    "{name}: the echoed question still holds {bad:?}: {echo:?}"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
