//! The `careerbot` binary as a user runs it: ask, index, check, and the JSON contract.

mod common;

use common::*;

#[test]
fn ask_prints_the_snippet_section_and_source() {
    let index = temp_dir("ask-text");
    let output = careerbot(
        &bundled_corpus(),
        &index,
        &[
            "ask",
            "How much do patient care coordinators make in Canada?",
        ],
        "",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("CAD 45,000 and CAD 65,000"), "{text}");
    assert!(
        text.contains("Global Patient Care Coordinator Opportunities › Global Salaries"),
        "{text}"
    );
    assert!(text.contains("Himalayas career guide"), "{text}");
}

#[test]
fn ask_json_follows_the_contract() {
    let answer = ask_json(
        &temp_dir("ask-json"),
        "How much do patient care coordinators make in Canada?",
    );
    assert_eq!(answer["answered"], true);
    assert_eq!(answer["topic"], "salary");
    let first = &answer["citations"][0];
    assert_eq!(first["guide"], "Patient Care Coordinator");
    assert_eq!(
        first["section"],
        "Global Patient Care Coordinator Opportunities › Global Salaries"
    );
    assert!(
        first["snippet"].as_str().unwrap().contains("**Canada"),
        "the matched word is bold"
    );
    assert!(first["score"].is_number());
    assert_eq!(first["source"], "Himalayas career guide");
    assert!(answer["citations"].as_array().unwrap().len() <= 3);
    assert!(answer["suggestions"].as_array().unwrap().is_empty());
}

#[test]
fn snippets_are_short_and_never_cut_mid_word() {
    let answer = ask_json(&temp_dir("ask-short"), "what skills do i need");
    for citation in answer["citations"].as_array().unwrap() {
        let snippet = citation["snippet"].as_str().unwrap();
        assert!(snippet.chars().count() <= 350, "{snippet}");
        assert_eq!(
            snippet.matches("**").count() % 2,
            0,
            "bold marks pair up: {snippet}"
        );
    }
}

#[test]
fn a_question_the_guide_cannot_answer_is_declined_with_suggestions() {
    let answer = ask_json(
        &temp_dir("ask-decline"),
        "How much do nurses make in Texas?",
    );
    assert_eq!(answer["answered"], false);
    assert!(answer["citations"].as_array().unwrap().is_empty());
    let suggestions = answer["suggestions"].as_array().unwrap();
    assert!((1..=3).contains(&suggestions.len()), "{answer}");
    assert!(answer["message"]
        .as_str()
        .unwrap()
        .contains("doesn't cover"));
}

#[test]
fn small_talk_gets_a_friendly_word_and_no_citation() {
    let answer = ask_json(&temp_dir("ask-hi"), "hi bot!");
    assert_eq!(answer["answered"], false);
    assert_eq!(answer["outcome"], "small_talk");
    assert!(answer["citations"].as_array().unwrap().is_empty());
}

#[test]
fn thanks_get_a_youre_welcome_not_a_hello() {
    let answer = ask_json(&temp_dir("ask-thanks"), "thanks bot");
    assert_eq!(answer["outcome"], "small_talk");
    let message = answer["message"].as_str().unwrap();
    assert!(message.starts_with("You're welcome!"), "{message}");
}

#[test]
fn ask_json_without_a_question_answers_each_stdin_line_in_order() {
    let index = temp_dir("ask-stdin");
    let output = careerbot(
        &bundled_corpus(),
        &index,
        &["ask", "--json"],
        "uk pay\nbest pizza near me\n\ncan i work from home\n",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let lines: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    let questions: Vec<&str> = lines
        .iter()
        .map(|l| l["question"].as_str().unwrap())
        .collect();
    assert_eq!(
        questions,
        ["uk pay", "best pizza near me", "", "can i work from home"]
    );
    assert_eq!(lines[0]["answered"], true);
    assert_eq!(lines[1]["answered"], false);
}

#[test]
fn explain_shows_corrections_and_synonyms() {
    let index = temp_dir("ask-explain");
    let output = careerbot(
        &bundled_corpus(),
        &index,
        &["ask", "--explain", "sallary in canda"],
        "",
    );
    let text = stdout(&output);
    assert!(text.contains("corrected: sallary → salary"), "{text}");
    assert!(text.contains("corrected: canda → canada"), "{text}");
}

#[test]
fn explain_shows_the_kind_of_fact_expected() {
    // Why a quote stating a duration wins "how long" questions, for a moderator to see.
    let index = temp_dir("ask-explain-expects");
    let output = careerbot(
        &bundled_corpus(),
        &index,
        &["ask", "--explain", "how long does it take to become a pcc"],
        "",
    );
    let text = stdout(&output);
    assert!(text.contains("expects: duration"), "{text}");
}

#[test]
fn explain_json_splits_each_candidates_score_into_its_parts() {
    let index = temp_dir("ask-explain-parts");
    let output = careerbot(
        &bundled_corpus(),
        &index,
        &["ask", "--json", "--explain", "senior pcc pay?"],
        "",
    );
    let answer: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let best = &answer["explain"]["candidates"][0];
    let parts = best["parts"].as_object().expect("score parts");
    for part in [
        "bm25",
        "coverage",
        "quote_coverage",
        "topic",
        "entities",
        "answer_type",
    ] {
        assert!(parts.contains_key(part), "no {part} in {parts:?}");
    }
    let sum: f64 = parts.values().map(|v| v.as_f64().unwrap()).sum();
    let score = best["score"].as_f64().unwrap();
    assert!(
        (sum - score).abs() < 1e-3,
        "parts sum to {sum}, score is {score}"
    );
    assert!(
        parts["entities"].as_f64().unwrap() > 0.0,
        "senior is named: {parts:?}"
    );
}

#[test]
fn index_reports_what_it_built() {
    let index = temp_dir("index-report");
    let output = careerbot(&bundled_corpus(), &index, &["index"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.contains("1 guide(s)") && text.contains("passages") && text.contains(" ms"),
        "{text}"
    );
    assert!(index.join("CURRENT").is_file());
}

#[test]
fn check_accepts_the_bundled_corpus() {
    let output = careerbot(&bundled_corpus(), &temp_dir("check-ok"), &["check"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("all valid"));
}

#[test]
fn check_names_file_and_line_of_every_problem_and_exits_non_zero() {
    let dir = temp_dir("check-bad");
    let corpus = copy_corpus(&dir);
    std::fs::write(
        corpus.join("broken.md"),
        "---\nsource: nowhere\n---\n## Pay\n\n| Level | Median |\n|---|---|\n| Senior | $55k | extra |\n\n## Empty\n",
    )
    .unwrap();
    let output = careerbot(&corpus, &dir.join("index"), &["check"], "");
    assert!(!output.status.success());
    let err = stderr(&output);
    assert!(
        err.contains("broken.md:1: the front matter has no `title:`"),
        "{err}"
    );
    assert!(
        err.contains("broken.md:8: the table row has 3 cells but its header has 2"),
        "{err}"
    );
    assert!(
        err.contains("broken.md:10: the heading \"Empty\" has no text under it"),
        "{err}"
    );
}

#[test]
fn a_broken_guide_keeps_the_previous_index_answering() {
    let dir = temp_dir("keep-old");
    let corpus = copy_corpus(&dir);
    let index = dir.join("index");
    let before = careerbot(&corpus, &index, &["ask", "--json", "uk pay"], "");
    assert!(before.status.success());
    std::fs::write(
        corpus.join("patient-care-coordinator.md"),
        "---\ntitle: X\n---\n## Half written\n",
    )
    .unwrap();
    let after = careerbot(&corpus, &index, &["ask", "--json", "uk pay"], "");
    assert!(after.status.success(), "{}", stderr(&after));
    assert_eq!(stdout(&before), stdout(&after));
    assert!(
        stderr(&after).contains("patient-care-coordinator.md:4"),
        "{}",
        stderr(&after)
    );
}

#[test]
fn a_missing_corpus_directory_is_a_clear_error() {
    let dir = temp_dir("no-corpus");
    let output = careerbot(
        &dir.join("nope"),
        &dir.join("index"),
        &["ask", "uk pay"],
        "",
    );
    assert!(!output.status.success());
    let err = stderr(&output);
    assert!(err.contains("nope") && err.contains("cannot read"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn an_empty_question_is_an_error_with_an_example() {
    for question in ["", "   \t "] {
        let output = careerbot(
            &bundled_corpus(),
            &temp_dir("empty"),
            &["ask", question],
            "",
        );
        assert!(!output.status.success());
        assert!(
            stderr(&output).contains("the question is empty"),
            "{}",
            stderr(&output)
        );
    }
}

#[test]
fn strange_questions_get_an_answer_and_never_a_panic() {
    let index = temp_dir("strange");
    let long = "salary ".repeat(1500);
    let strange = [
        long.as_str(),
        "what's the 401(k)? pay: how much \"quoted\" -salary NOT remote AND",
        "+title:salary~2 [a TO z] {x} ^3 * ? \\ / ( ) :",
        "\u{1}\u{7}\u{1b}[31m salary \u{200b}\u{202e}",
        "💰💰 salary 🇨🇦 カナダ 給料 зарплата",
        "AND",
        "?!?!",
    ];
    for question in strange {
        let output = careerbot(&bundled_corpus(), &index, &["ask", "--json", question], "");
        assert!(output.status.success(), "{question:?}: {}", stderr(&output));
        let answer: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
        assert!(answer["answered"].is_boolean(), "{question:?}");
        assert!(!stderr(&output).contains("panicked"));
    }
}

#[test]
fn a_nul_byte_on_standard_input_is_just_another_character() {
    let output = careerbot(
        &bundled_corpus(),
        &temp_dir("nul"),
        &["ask", "--json"],
        "uk\u{0} pay\n",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let answer: serde_json::Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    assert!(answer["answered"].is_boolean());
}

/// A second, small guide whose sections overlap the bundled one's: naming a career must pick
/// its guide, and nothing in the engine may be specific to the Patient Care Coordinator guide.
fn corpus_with_a_second_guide(name: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let dir = temp_dir(name);
    let corpus = copy_corpus(&dir);
    std::fs::write(
        corpus.join("medical-scribe.md"),
        "---\ntitle: Medical Scribe\nsource: careerbot test guide\ndate: 2026\n---\n\n\
         ## Salary\n\n<!-- topic: salary -->\n\n\
         Medical Scribes in the United States typically earn $33,000 to $41,000 a year.\n\n\
         ## Remote Work\n\n<!-- topic: remote -->\n\n\
         Many Medical Scribes work remotely as virtual scribes, charting visits over a secure video link.\n\n\
         ## Education\n\n<!-- topic: education -->\n\n\
         Most Medical Scribes learn on the job after a two-week training course in medical terminology.\n",
    )
    .unwrap();
    (corpus, dir.join("index"))
}

fn first_citation(
    corpus: &std::path::Path,
    index: &std::path::Path,
    question: &str,
) -> serde_json::Value {
    let output = careerbot(corpus, index, &["ask", "--json", question], "");
    assert!(output.status.success(), "{}", stderr(&output));
    let answer: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(answer["answered"], true, "{question}: {answer}");
    answer["citations"][0].clone()
}

#[test]
fn a_question_naming_a_career_prefers_that_careers_guide() {
    let (corpus, index) = corpus_with_a_second_guide("two-guides");
    let scribe = first_citation(&corpus, &index, "can medical scribes work from home?");
    assert_eq!(scribe["guide"], "Medical Scribe");
    assert!(scribe["snippet"]
        .as_str()
        .unwrap()
        .replace("**", "")
        .contains("virtual scribes"));
    let pcc = first_citation(
        &corpus,
        &index,
        "can patient care coordinators work from home?",
    );
    assert_eq!(pcc["guide"], "Patient Care Coordinator");
}

#[test]
fn a_second_guide_answers_questions_about_itself() {
    let (corpus, index) = corpus_with_a_second_guide("two-guides-facts");
    let pay = first_citation(&corpus, &index, "how much does a medical scribe make");
    assert!(
        pay["snippet"]
            .as_str()
            .unwrap()
            .contains("$33,000 to $41,000"),
        "{pay}"
    );
    assert_eq!(pay["version"], "2026");
    let training = first_citation(&corpus, &index, "how long is scribe training");
    assert!(
        training["snippet"].as_str().unwrap().contains("two-week"),
        "{training}"
    );
}

#[test]
fn report_prints_the_gaps_from_the_bots_database() {
    use careerbot::feedback::{Asked, FeedbackStore, Surface};
    let dir = common::temp_dir("cli-report");
    let db = dir.join("feedback.sqlite3");
    {
        let store = FeedbackStore::open(&db, Some("key"), 90).unwrap();
        let engine =
            careerbot::cli::open_engine(&common::bundled_corpus(), &dir.join("index")).unwrap();
        let person = store.person(7);
        for question in ["salary in texas", "texas pay?", "uk pay"] {
            let answer = engine.answer(question);
            let terms = engine.key_terms(question);
            let asked = Asked {
                person: &person,
                surface: Surface::Ask,
                terms: &terms,
                corpus_version: engine.manifest().version(),
                at: std::time::SystemTime::now(),
            };
            store.record_question(&answer, &asked).unwrap();
        }
    }
    let db_arg = db.to_string_lossy().to_string();
    let output = common::careerbot(
        &common::bundled_corpus(),
        &dir.join("index"),
        &["report", "--days", "3", "--db", &db_arg],
        "",
    );
    let out = common::stdout(&output);
    assert!(output.status.success(), "{}", common::stderr(&output));
    assert!(
        out.starts_with("Gaps in the last 3 days: 2 question(s)"),
        "{out}"
    );
    assert!(
        out.contains("\"salary in texas\" — asked 2×") && out.contains("also: \"texas pay?\""),
        "{out}"
    );
}

#[test]
fn report_without_a_database_says_where_it_looked() {
    let dir = common::temp_dir("cli-report-missing");
    let output = common::careerbot(
        &common::bundled_corpus(),
        &dir.join("index"),
        &["report", "--db", "nowhere/feedback.sqlite3"],
        "",
    );
    assert!(!output.status.success());
    let err = common::stderr(&output);
    assert!(
        err.contains("no feedback database at nowhere/feedback.sqlite3"),
        "{err}"
    );
}
