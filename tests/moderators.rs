//! Moderators keep the guide current from Discord (upload, history, rollback) and learn from
//! users (votes, more results, delete, the gaps report), on the fake Discord.

mod common;
mod fake_discord;

use std::time::{Duration, SystemTime};

use careerbot::feedback::FeedbackStore;
use fake_discord::bot::*;
use fake_discord::*;
use serde_json::{json, Value};

const SCRIBE_GUIDE: &str = "---\ntitle: Medical Scribe\nsource: careerbot test guide\n---\n\n\
## Salary\n\n<!-- topic: salary -->\n\n\
Medical Scribes in the United States typically earn $33,000 to $41,000 a year.\n";

/// A guide with a table row that has too many cells, on line 10.
const BROKEN_GUIDE: &str = "---\ntitle: Broken\nsource: test\n---\n\n## Pay\n\n| Level | Pay |\n| --- | --- |\n| Junior | $1 | extra |\n";

const BOB: &str = "1400000000000000002";
const ALICE: &str = "1400000000000000001";
const ANSWER_MESSAGE: &str = "1500000000000000009";

/// Uploads `bytes` as `file_name` by a member with `permissions`; returns the bot's last word.
async fn upload(bot: &Bot, id: u64, file_name: &str, bytes: &[u8], permissions: &str) -> String {
    let url = bot.fake.host_file(file_name, bytes);
    bot.fake.dispatch(
        "INTERACTION_CREATE",
        upload_interaction(id, file_name, bytes.len() as u64, &url, permissions, &[]),
    );
    reply_text(bot, id).await
}

/// The text of the bot's reply to interaction `id`, whether direct or after deferring.
async fn reply_text(bot: &Bot, id: u64) -> String {
    let first = bot.callback(id).await;
    let body = if first["type"] == 5 {
        bot.followup(id).await
    } else {
        first["data"].clone()
    };
    body["content"].as_str().unwrap_or_default().to_string()
}

async fn corpus_command(bot: &Bot, id: u64, options: Value) -> String {
    bot.fake.dispatch(
        "INTERACTION_CREATE",
        command_interaction(id, "corpus", options, MANAGER_PERMISSIONS, &[]),
    );
    reply_text(bot, id).await
}

fn downloads(bot: &Bot) -> usize {
    bot.fake
        .requests()
        .iter()
        .filter(|r| r.path.starts_with("/attachments/"))
        .count()
}

/// The custom ids of the buttons under a response, by label.
fn buttons(response: &Value) -> Vec<(String, String)> {
    response["data"]["components"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .map(|b| {
            (
                b["label"].as_str().unwrap_or_default().to_string(),
                b["custom_id"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn button(response: &Value, label: &str) -> String {
    buttons(response)
        .into_iter()
        .find(|(l, _)| l == label)
        .unwrap_or_else(|| panic!("no {label} button in {response}"))
        .1
}

async fn press(bot: &Bot, id: u64, custom_id: &str, user: &str, permissions: &str) -> Value {
    bot.fake.dispatch(
        "INTERACTION_CREATE",
        button_press(id, custom_id, ANSWER_MESSAGE, user, permissions, &[]),
    );
    bot.callback(id).await
}

fn private_text(response: &Value) -> String {
    assert_eq!(
        response["data"]["flags"].as_u64().unwrap_or(0) & 64,
        64,
        "{response}"
    );
    response["data"]["content"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

fn feedback(bot: &Bot) -> FeedbackStore {
    FeedbackStore::open(&bot.dir.join("feedback.sqlite3"), None, 90).unwrap()
}

fn deletes(bot: &Bot) -> Vec<String> {
    bot.fake
        .requests()
        .into_iter()
        .filter(|r| r.method == "DELETE")
        .map(|r| r.path)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_uploaded_guide_is_validated_written_and_answers_at_once() {
    let bot = start_bot("upload").await;
    let reply = upload(
        &bot,
        9001,
        "medical-scribe.md",
        SCRIBE_GUIDE.as_bytes(),
        MANAGER_PERMISSIONS,
    )
    .await;
    assert!(
        reply.starts_with("Uploaded medical-scribe.md") && reply.contains("Guides added (1)"),
        "{reply}"
    );
    assert_eq!(
        std::fs::read_to_string(bot.corpus.join("medical-scribe.md")).unwrap(),
        SCRIBE_GUIDE
    );
    let body = bot.ask(9002, "How much does a medical scribe earn?").await;
    assert!(embed(&body)["description"]
        .as_str()
        .unwrap()
        .contains("$33,000"));
    bot.assert_schemas_held();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invalid_upload_names_the_file_and_line_and_changes_nothing() {
    let bot = start_bot("upload-invalid").await;
    let reply = upload(
        &bot,
        9101,
        "broken.md",
        BROKEN_GUIDE.as_bytes(),
        MANAGER_PERMISSIONS,
    )
    .await;
    assert!(reply.starts_with("Not uploaded"), "{reply}");
    assert!(
        reply.contains("broken.md:10:"),
        "names the file and line: {reply}"
    );
    assert!(!bot.corpus.join("broken.md").exists());
    let body = bot.ask(9102, "uk pay").await;
    assert!(embed(&body)["description"]
        .as_str()
        .unwrap()
        .contains("£25,000"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_traversal_file_name_is_refused_before_anything_is_downloaded() {
    let bot = start_bot("upload-traversal").await;
    for (id, name) in [
        (9201u64, "../escape.md"),
        (9202, "..%2Fescape.md"),
        (9203, "notes.txt"),
    ] {
        let reply = upload(&bot, id, name, SCRIBE_GUIDE.as_bytes(), MANAGER_PERMISSIONS).await;
        assert!(
            reply.contains("is not a guide file name"),
            "{name}: {reply}"
        );
    }
    assert_eq!(downloads(&bot), 0);
    assert!(!bot.corpus.parent().unwrap().join("escape.md").exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oversized_upload_is_refused_before_it_is_downloaded() {
    let bot = start_bot("upload-oversized").await;
    let url = bot.fake.host_file("huge.md", b"small");
    bot.fake.dispatch(
        "INTERACTION_CREATE",
        upload_interaction(
            9301,
            "huge.md",
            50 * 1024 * 1024,
            &url,
            MANAGER_PERMISSIONS,
            &[],
        ),
    );
    let reply = reply_text(&bot, 9301).await;
    assert!(reply.contains("at most 262144 bytes"), "{reply}");
    assert_eq!(downloads(&bot), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn members_cannot_upload() {
    let bot = start_bot("upload-member").await;
    let reply = upload(
        &bot,
        9401,
        "medical-scribe.md",
        SCRIBE_GUIDE.as_bytes(),
        MEMBER_PERMISSIONS,
    )
    .await;
    assert!(reply.contains("Only moderators"), "{reply}");
    assert!(!bot.corpus.join("medical-scribe.md").exists());
    assert_eq!(downloads(&bot), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn history_lists_who_changed_what_and_rollback_returns_to_a_version() {
    let bot = start_bot("history").await;
    upload(
        &bot,
        9501,
        "medical-scribe.md",
        SCRIBE_GUIDE.as_bytes(),
        MANAGER_PERMISSIONS,
    )
    .await;
    let listing = corpus_command(&bot, 9502, subcommand("history")).await;
    let lines: Vec<&str> = listing.lines().skip(1).collect();
    assert_eq!(lines.len(), 2, "{listing}");
    assert!(
        lines[0].starts_with("**2** (current)")
            && lines[0].contains("upload medical-scribe.md")
            && lines[0].contains("+1 guide"),
        "{listing}"
    );
    assert!(
        lines[1].starts_with("**1**") && lines[1].contains("startup"),
        "{listing}"
    );

    let options = json!([{"name": "rollback", "type": 1, "options": [{"name": "version", "type": 4, "value": 1}]}]);
    let reply = corpus_command(&bot, 9503, options).await;
    assert!(
        reply.starts_with("Rolled back to version 1") && reply.contains("Guides removed (1)"),
        "{reply}"
    );
    assert!(!bot.corpus.join("medical-scribe.md").exists());
    let body = bot.ask(9504, "How much does a medical scribe earn?").await;
    assert!(!embed(&body)["description"]
        .as_str()
        .unwrap()
        .contains("$33,000"));

    let listing = corpus_command(&bot, 9505, subcommand("history")).await;
    assert!(
        listing.contains("**3** (current)") && listing.contains("rollback to 1"),
        "{listing}"
    );
    bot.assert_schemas_held();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rolling_back_to_an_unknown_version_changes_nothing() {
    let bot = start_bot("rollback-unknown").await;
    let options = json!([{"name": "rollback", "type": 1, "options": [{"name": "version", "type": 4, "value": 42}]}]);
    let reply = corpus_command(&bot, 9601, options).await;
    assert!(
        reply.starts_with("Not rolled back") && reply.contains("no corpus version 42"),
        "{reply}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_answer_carries_vote_more_and_delete_buttons_and_a_decline_only_delete() {
    let bot = start_bot("buttons").await;
    let answered = bot.ask(9701, "uk pay").await;
    let labels: Vec<String> = buttons(&answered).into_iter().map(|(l, _)| l).collect();
    assert_eq!(labels, ["👍", "👎", "More results", "Delete"]);
    let declined = bot
        .ask(9702, "what is the salary of an astronaut on mars")
        .await;
    let labels: Vec<String> = buttons(&declined).into_iter().map(|(l, _)| l).collect();
    assert_eq!(labels, ["Delete"]);
    bot.assert_schemas_held();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_vote_per_person_and_a_second_vote_changes_it() {
    let bot = start_bot("votes").await;
    let answer = bot.ask(9801, "uk pay").await;
    let (up, down) = (button(&answer, "👍"), button(&answer, "👎"));
    let first = press(&bot, 9802, &up, ALICE, MEMBER_PERMISSIONS).await;
    assert!(private_text(&first).contains("counted"));
    let again = press(&bot, 9803, &up, ALICE, MEMBER_PERMISSIONS).await;
    assert!(private_text(&again).contains("already counted"));
    let changed = press(&bot, 9804, &down, ALICE, MEMBER_PERMISSIONS).await;
    assert!(private_text(&changed).contains("changed"));
    press(&bot, 9805, &up, BOB, MEMBER_PERMISSIONS).await;
    let question = careerbot::feedback::QuestionId(up.rsplit(':').next().unwrap().parse().unwrap());
    assert_eq!(feedback(&bot).votes(question).unwrap(), (1, 1));
    bot.assert_schemas_held();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn more_results_shows_the_next_citations_privately() {
    let bot = start_bot("more").await;
    let answer = bot.ask(9901, "what is the salary").await;
    let more = press(
        &bot,
        9902,
        &button(&answer, "More results"),
        BOB,
        MEMBER_PERMISSIONS,
    )
    .await;
    assert_eq!(more["data"]["flags"].as_u64().unwrap() & 64, 64);
    let shown: Vec<&str> = more["data"]["embeds"][0]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["value"].as_str().unwrap())
        .collect();
    assert!(!shown.is_empty(), "{more}");
    let first_answer = &answer["data"]["embeds"][0];
    for snippet in &shown {
        assert_ne!(
            first_answer["description"].as_str(),
            Some(*snippet),
            "not a repeat"
        );
    }
    bot.assert_schemas_held();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_asker_may_delete_the_answer() {
    let bot = start_bot("delete-asker").await;
    let answer = bot.ask(10001, "uk pay").await;
    let reply = press(
        &bot,
        10002,
        &button(&answer, "Delete"),
        ALICE,
        MEMBER_PERMISSIONS,
    )
    .await;
    assert_eq!(private_text(&reply), "Deleted.");
    assert_eq!(
        deletes(&bot),
        [format!("/channels/{CHANNEL_ID}/messages/{ANSWER_MESSAGE}")]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_moderator_may_delete_anyones_answer() {
    let bot = start_bot("delete-moderator").await;
    let answer = bot.ask(10101, "uk pay").await;
    press(
        &bot,
        10102,
        &button(&answer, "Delete"),
        BOB,
        MANAGER_PERMISSIONS,
    )
    .await;
    assert_eq!(deletes(&bot).len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn someone_else_may_not_delete_an_answer() {
    let bot = start_bot("delete-other").await;
    let answer = bot.ask(10201, "uk pay").await;
    let reply = press(
        &bot,
        10202,
        &button(&answer, "Delete"),
        BOB,
        MEMBER_PERMISSIONS,
    )
    .await;
    assert!(private_text(&reply).contains("Only the person who asked"));
    assert!(deletes(&bot).is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_gaps_report_groups_what_the_guide_could_not_answer() {
    let bot = start_bot("gaps").await;
    let script = [
        "whats the salary in texas",
        "texas pay?",
        "how much do they make in Texas",
        "do pccs get a gym membership",
        "uk pay",
        "is this a wfh job",
        "is there a gym membership",
        "salary in texas?",
    ];
    let mut id = 10300u64;
    let mut remote_answer = Value::Null;
    for question in script {
        id += 1;
        let body = bot.ask(id, question).await;
        if question.contains("wfh") {
            remote_answer = body;
        }
    }
    press(
        &bot,
        10400,
        &button(&remote_answer, "👎"),
        BOB,
        MEMBER_PERMISSIONS,
    )
    .await;
    let options =
        json!([{"name": "gaps", "type": 1, "options": [{"name": "days", "type": 4, "value": 7}]}]);
    let report = corpus_command(&bot, 10401, options).await;
    println!("{report}");
    let lines: Vec<&str> = report.lines().collect();
    assert!(
        lines[0].starts_with("Gaps in the last 7 days: 7 question(s)"),
        "{report}"
    );
    assert!(
        lines[1].starts_with("1. ")
            && lines[1].to_lowercase().contains("texas")
            && lines[1].contains("asked 4×"),
        "{report}"
    );
    assert!(
        lines[3].starts_with("2. ")
            && lines[3].contains("gym membership")
            && lines[3].contains("asked 2×"),
        "{report}"
    );
    assert!(report.contains("👎 ×1"), "{report}");
    assert!(
        !report.contains("uk pay"),
        "answered questions are not gaps: {report}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn questions_past_the_retention_period_are_deleted_at_start() {
    let dir = common::temp_dir("retention-seed");
    let db = dir.join("feedback.sqlite3");
    {
        let store = FeedbackStore::open(&db, Some("test key"), 30).unwrap();
        let person = store.person(1);
        let answer = careerbot::answer::Answer {
            question: "old question".into(),
            answered: false,
            outcome: careerbot::answer::Outcome::NotCovered,
            topic: None,
            citations: Vec::new(),
            suggestions: Vec::new(),
            message: None,
        };
        for age_days in [45u64, 10] {
            store
                .record_question(
                    &answer,
                    &careerbot::feedback::Asked {
                        person: &person,
                        surface: careerbot::feedback::Surface::Ask,
                        terms: &[],
                        corpus_version: "v",
                        at: SystemTime::now() - Duration::from_secs(age_days * 86_400),
                    },
                )
                .unwrap();
        }
    }
    let db_setting = db.to_string_lossy().to_string();
    let _bot = start_bot_with(
        "retention",
        &[
            ("FEEDBACK_DB", db_setting.as_str()),
            ("FEEDBACK_KEY", "test key"),
            ("FEEDBACK_RETENTION_DAYS", "30"),
        ],
    )
    .await;
    let store = FeedbackStore::open(&db, Some("test key"), 30).unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while store.question_count().unwrap() != 1 {
        assert!(
            std::time::Instant::now() < deadline,
            "the 45-day-old question is still there"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
