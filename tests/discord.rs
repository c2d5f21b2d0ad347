//! The bot as it really runs (serenity client, poise framework, real sockets) against a fake
//! Discord on 127.0.0.1, started through the same `careerbot::discord::run` as `serve`.

mod common;
mod fake_discord;

use std::path::Path;

use fake_discord::bot::*;
use fake_discord::*;
use serde_json::json;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ready_registers_the_commands_with_a_valid_body() {
    let bot = start_bot("register").await;
    let registration = bot
        .fake
        .requests()
        .into_iter()
        .find(|r| r.method == "PUT")
        .unwrap();
    let commands = registration.body.unwrap();
    let names: Vec<&str> = commands
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["ask", "faq", "topic", "corpus"]);
    let corpus = commands
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "corpus")
        .unwrap();
    assert_eq!(corpus["default_member_permissions"], "32", "Manage Server");
    let identify = bot
        .fake
        .gateway_frames_from_bot()
        .into_iter()
        .find(|f| f["op"] == 2)
        .unwrap();
    let intents = identify["d"]["intents"].as_u64().unwrap();
    assert_eq!(
        intents & (1 << 15),
        0,
        "no MESSAGE_CONTENT without answer channels"
    );
    assert_ne!(intents & (1 << 9), 0, "GUILD_MESSAGES, for mentions");
    bot.assert_schemas_held();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ask_about_salary_in_canada_cites_global_salaries() {
    let bot = start_bot("ask-canada").await;
    let body = bot
        .ask(
            2001,
            "How much do patient care coordinators make in Canada?",
        )
        .await;
    assert_eq!(body["type"], 4);
    let embed = embed(&body);
    assert_eq!(
        embed["title"],
        "Global Patient Care Coordinator Opportunities › Global Salaries"
    );
    assert!(
        embed["description"]
            .as_str()
            .unwrap()
            .contains("CAD 45,000 and CAD 65,000"),
        "{embed}"
    );
    assert!(embed["footer"]["text"]
        .as_str()
        .unwrap()
        .contains("Himalayas career guide"));
    assert_pings_no_one(&body["data"]["allowed_mentions"]);
    bot.assert_schemas_held();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ask_about_what_the_guide_lacks_is_politely_declined() {
    let bot = start_bot("ask-decline").await;
    let body = bot.ask(2002, "How much do nurses make in Texas?").await;
    let embed = embed(&body);
    assert_eq!(embed["title"], "Not in the guide");
    let description = embed["description"].as_str().unwrap();
    assert!(
        description.contains("doesn't cover that") && description.contains("• "),
        "{description}"
    );
    bot.assert_schemas_held();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ask_two_things_quotes_one_and_names_what_the_guide_lacks() {
    let bot = start_bot("ask-two").await;
    let body = bot
        .ask(2003, "How much do they make? And do they wear scrubs?")
        .await;
    let embed = embed(&body);
    assert!(
        embed["description"].as_str().unwrap().contains("$35,000"),
        "{embed}"
    );
    let fields = embed["fields"].as_array().unwrap();
    let last = fields.last().unwrap();
    assert_eq!(last["name"], "Not in the guide");
    assert!(
        last["value"]
            .as_str()
            .unwrap()
            .contains("“do they wear scrubs”"),
        "{last}"
    );
    bot.assert_schemas_held();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_private_ask_is_ephemeral() {
    let bot = start_bot("ask-private").await;
    let options = json!([{"name": "question", "type": 3, "value": "uk pay"}, {"name": "private", "type": 5, "value": true}]);
    let body = bot
        .command(2003, "ask", options, MEMBER_PERMISSIONS, &[])
        .await;
    assert_eq!(body["data"]["flags"].as_u64().unwrap() & 64, 64);
    bot.assert_schemas_held();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn topic_salary_with_level_answers_from_the_table() {
    let bot = start_bot("topic").await;
    // Choices are registered as integers: Salary is 0, Senior is 1.
    let options = json!([
        {"name": "subject", "type": 4, "value": 0},
        {"name": "level", "type": 4, "value": 1}
    ]);
    let body = bot
        .command(2004, "topic", options, MEMBER_PERMISSIONS, &[])
        .await;
    let description = embed(&body)["description"].as_str().unwrap();
    assert!(description.contains("$55k"), "{description}");
    assert!(body["data"]["content"]
        .as_str()
        .unwrap()
        .contains("senior salary"));
    bot.assert_schemas_held();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn autocomplete_offers_at_most_25_choices_within_100_characters() {
    let bot = start_bot("autocomplete").await;
    bot.fake
        .dispatch("INTERACTION_CREATE", autocomplete_interaction(2005, ""));
    let body = bot.callback(2005).await;
    assert_eq!(body["type"], 8);
    let choices = body["data"]["choices"].as_array().unwrap();
    assert!(
        !choices.is_empty() && choices.len() <= 25,
        "{} choices",
        choices.len()
    );
    assert!(choices
        .iter()
        .all(|c| c["name"].as_str().unwrap().chars().count() <= 100));
    bot.fake.dispatch(
        "INTERACTION_CREATE",
        autocomplete_interaction(2006, "remote"),
    );
    let body = bot.callback(2006).await;
    let names: Vec<&str> = body["data"]["choices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert!(
        names.iter().any(|n| n.contains("work remotely")),
        "{names:?}"
    );
    bot.assert_schemas_held();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mention_with_everyone_is_answered_without_pinging_anyone() {
    let bot = start_bot("mention").await;
    let content =
        format!("<@{APPLICATION_ID}> @everyone <@&{MODERATOR_ROLE_ID}> can I work from home?");
    bot.fake
        .dispatch("MESSAGE_CREATE", message(3001, &content, true));
    let path = format!("/channels/{CHANNEL_ID}/messages");
    let reply = bot
        .fake
        .wait_for("the reply to the mention", |r| {
            r.method == "POST" && r.path == path
        })
        .await;
    let body = reply.body.unwrap();
    assert_eq!(body["message_reference"]["message_id"], "3001");
    assert_pings_no_one(&body["allowed_mentions"]);
    assert!(body["embeds"][0]["description"]
        .as_str()
        .unwrap()
        .to_lowercase()
        .contains("remote"));
    bot.assert_schemas_held();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_without_a_mention_are_left_alone() {
    let bot = start_bot("no-mention").await;
    bot.fake.dispatch(
        "MESSAGE_CREATE",
        message(3002, "can I work from home?", false),
    );
    // A mention sent after it is answered; the plain message before it never was.
    bot.fake.dispatch(
        "MESSAGE_CREATE",
        message(3003, &format!("<@{APPLICATION_ID}> uk pay"), true),
    );
    bot.only_channel_reply_answers("3003").await;
}

fn write_second_guide(corpus: &Path) {
    std::fs::write(
        corpus.join("medical-scribe.md"),
        "---\ntitle: Medical Scribe\nsource: careerbot test guide\n---\n\n## Salary\n\n<!-- topic: salary -->\n\n\
         Medical Scribes in the United States typically earn $33,000 to $41,000 a year.\n",
    )
    .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn corpus_reload_by_a_moderator_makes_the_new_corpus_live() {
    let bot = start_bot("reload").await;
    write_second_guide(&bot.corpus);
    let deferred = bot
        .command(
            4001,
            "corpus",
            subcommand("reload"),
            MANAGER_PERMISSIONS,
            &[],
        )
        .await;
    assert_eq!(deferred["type"], 5, "a reload defers first");
    let reply = bot.followup(4001).await;
    let content = reply["content"].as_str().unwrap();
    assert!(
        content.starts_with("Reloaded")
            && content.contains("Guides added (1)")
            && content.contains("Medical Scribe"),
        "{content}"
    );
    let body = bot.ask(4002, "How much does a medical scribe earn?").await;
    assert!(
        embed(&body)["description"]
            .as_str()
            .unwrap()
            .contains("$33,000 to $41,000"),
        "{body}"
    );
    bot.assert_schemas_held();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_moderator_role_may_reload_too() {
    let bot = start_bot("reload-role").await;
    bot.command(
        4101,
        "corpus",
        subcommand("reload"),
        MEMBER_PERMISSIONS,
        &[MODERATOR_ROLE_ID],
    )
    .await;
    let reply = bot.followup(4101).await;
    assert!(
        reply["content"].as_str().unwrap().starts_with("Reloaded"),
        "{reply}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn corpus_reload_by_anyone_else_is_refused_and_changes_nothing() {
    let bot = start_bot("reload-refused").await;
    write_second_guide(&bot.corpus);
    let body = bot
        .command(
            4201,
            "corpus",
            subcommand("reload"),
            MEMBER_PERMISSIONS,
            &[],
        )
        .await;
    assert_eq!(body["type"], 4);
    assert!(body["data"]["content"]
        .as_str()
        .unwrap()
        .contains("Only moderators"));
    assert_eq!(
        body["data"]["flags"].as_u64().unwrap() & 64,
        64,
        "the refusal is ephemeral"
    );
    let answer = bot.ask(4202, "How much does a medical scribe earn?").await;
    assert!(
        !answer.to_string().contains("$33,000"),
        "the new guide must not be live"
    );
    bot.assert_schemas_held();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broken_corpus_is_reported_and_the_old_answers_keep_coming() {
    let bot = start_bot("reload-broken").await;
    std::fs::write(
        bot.corpus.join("broken.md"),
        "---\nsource: x\n---\n## Empty\n",
    )
    .unwrap();
    bot.command(
        4301,
        "corpus",
        subcommand("reload"),
        MANAGER_PERMISSIONS,
        &[],
    )
    .await;
    let content = bot.followup(4301).await["content"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(content.starts_with("Not reloaded"), "{content}");
    assert!(
        content.contains("broken.md:1") && content.contains("broken.md:4"),
        "{content}"
    );
    let body = bot
        .ask(
            4302,
            "How much do patient care coordinators make in Canada?",
        )
        .await;
    assert!(embed(&body)["description"]
        .as_str()
        .unwrap()
        .contains("CAD 45,000"));
    bot.assert_schemas_held();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn corpus_status_shows_the_loaded_version() {
    let bot = start_bot("status").await;
    let body = bot
        .command(
            4401,
            "corpus",
            subcommand("status"),
            MANAGER_PERMISSIONS,
            &[],
        )
        .await;
    let content = body["data"]["content"].as_str().unwrap();
    assert!(
        content.starts_with("Version ")
            && content.contains("1 guide(s)")
            && content.contains("passages"),
        "{content}"
    );
    bot.assert_schemas_held();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_fake_rejects_bodies_discord_would_reject() {
    let fake = FakeDiscord::start().await;
    let path = "/interactions/1/token/callback";
    let good = json!({"type": 4, "data": {"embeds": [{"title": "t", "description": "fine"}]}});
    assert_eq!(
        fake.schema_errors("POST", path, &good),
        Vec::<String>::new()
    );
    let too_long = json!({"type": 4, "data": {"embeds": [{"description": "x".repeat(4097)}]}});
    assert!(
        !fake.schema_errors("POST", path, &too_long).is_empty(),
        "description over 4096"
    );
    let untyped = json!({"data": {"content": "hi"}});
    assert!(
        !fake.schema_errors("POST", path, &untyped).is_empty(),
        "callback without a type"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_question_within_the_cooldown_gets_a_friendly_ephemeral_notice() {
    let bot = start_bot_with_cooldown("cooldown", 60).await;
    let first = bot.ask(5001, "uk pay").await;
    assert!(first["data"]["embeds"][0]["description"]
        .as_str()
        .unwrap()
        .contains("£25,000"));
    let second = bot.ask(5002, "remote?").await;
    assert!(
        second["data"]["content"]
            .as_str()
            .unwrap()
            .contains("try again in"),
        "{second}"
    );
    assert_eq!(second["data"]["flags"].as_u64().unwrap() & 64, 64);
    bot.assert_schemas_held();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_channel_past_its_budget_gets_a_private_notice_whoever_asks() {
    let bot = start_bot_with("channel-budget", &[("CHANNEL_QUESTIONS_PER_MINUTE", "2")]).await;
    for id in [5101u64, 5102] {
        assert!(bot.ask(id, "uk pay").await["data"]["embeds"][0].is_object());
    }
    // Someone else in the same channel.
    let mut from_bob = command_interaction(5103, "ask", ask("remote?"), MEMBER_PERMISSIONS, &[]);
    from_bob["member"]["user"]["id"] = json!("1400000000000000002");
    bot.fake.dispatch("INTERACTION_CREATE", from_bob);
    let third = bot.callback(5103).await;
    let notice = third["data"]["content"].as_str().unwrap();
    assert!(
        notice.contains("This channel") && notice.contains("try again in"),
        "{notice}"
    );
    assert_eq!(third["data"]["flags"].as_u64().unwrap() & 64, 64);
    bot.assert_schemas_held();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cooldown_covers_mentions_and_commands_together() {
    let bot = start_bot_with_cooldown("cooldown-both", 60).await;
    bot.fake.dispatch(
        "MESSAGE_CREATE",
        message(5201, &format!("<@{APPLICATION_ID}> uk pay"), true),
    );
    bot.only_channel_reply_answers("5201").await;
    let then_command = bot.ask(5202, "remote?").await;
    assert!(then_command["data"]["content"]
        .as_str()
        .unwrap()
        .contains("try again in"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_from_bots_are_ignored() {
    let bot = start_bot("bots").await;
    let mut from_bot = message(3101, &format!("<@{APPLICATION_ID}> uk pay"), true);
    from_bot["author"]["bot"] = json!(true);
    bot.fake.dispatch("MESSAGE_CREATE", from_bot);
    bot.fake.dispatch(
        "MESSAGE_CREATE",
        message(3102, &format!("<@{APPLICATION_ID}> remote?"), true),
    );
    bot.only_channel_reply_answers("3102").await;
}

async fn answers_after_reconnecting(bot: &Bot, id: u64) {
    let body = bot.ask(id, "uk pay").await;
    assert!(
        embed(&body)["description"]
            .as_str()
            .unwrap()
            .contains("£25,000"),
        "{body}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_a_reconnect_request_the_bot_resumes_and_answers() {
    let bot = start_bot("op7").await;
    let (identifies, resumes) = bot.fake.sessions();
    bot.fake
        .send_raw(fixture("gateway/recv_op07_reconnect.json"));
    bot.fake.wait_for_new_session(identifies + resumes).await;
    assert_eq!(
        bot.fake.sessions().1,
        resumes + 1,
        "a reconnect request is answered with a resume"
    );
    answers_after_reconnecting(&bot, 6001).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_the_connection_drops_the_bot_reconnects_and_answers() {
    let bot = start_bot("dropped").await;
    let (identifies, resumes) = bot.fake.sessions();
    bot.fake.drop_connection();
    bot.fake.wait_for_new_session(identifies + resumes).await;
    answers_after_reconnecting(&bot, 6002).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_an_invalid_session_the_bot_identifies_again_and_answers() {
    let bot = start_bot("op9").await;
    let (identifies, resumes) = bot.fake.sessions();
    bot.fake.send_raw(fixture(
        "gateway/recv_op09_invalid_session_not_resumable.json",
    ));
    bot.fake.wait_for_new_session(identifies + resumes).await;
    assert_eq!(
        bot.fake.sessions().0,
        identifies + 1,
        "a session that cannot resume identifies anew"
    );
    answers_after_reconnecting(&bot, 6003).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_error_or_rate_limit_on_a_response_never_stops_the_bot() {
    let bot = start_bot("rest-faults").await;
    for (id, status) in [(7001u64, 500u16), (7002, 429)] {
        bot.fake
            .fail_next(&format!("/interactions/{id}/"), status, 1);
        bot.fake.dispatch(
            "INTERACTION_CREATE",
            command_interaction(id, "ask", ask("uk pay"), MEMBER_PERMISSIONS, &[]),
        );
        // The failed response was tried; whatever the bot does next, it keeps serving.
        bot.callback(id).await;
    }
    let served = |id: u64| -> Vec<u16> {
        let path = format!("/interactions/{id}/interaction-token-{id}/callback");
        bot.fake
            .requests()
            .iter()
            .filter(|r| r.path == path)
            .map(|r| r.status)
            .collect()
    };
    assert_eq!(served(7001).first(), Some(&500), "the fault was served");
    assert_eq!(served(7002).first(), Some(&429), "the fault was served");
    answers_after_reconnecting(&bot, 7003).await;
    bot.assert_schemas_held();
}

/// `careerbot serve` as a child process on the bundled corpus, registered and connected.
#[cfg(unix)]
async fn spawn_serve(fake: &FakeDiscord, name: &str) -> std::process::Child {
    let dir = common::temp_dir(name);
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_careerbot"))
        .arg("--corpus")
        .arg(common::bundled_corpus())
        .arg("--index")
        .arg(dir.join("index"))
        .arg("serve")
        .current_dir(&dir)
        .env("DISCORD_TOKEN", TOKEN)
        .env("DISCORD_API_URL", &fake.rest_url)
        .env("DISCORD_GUILD_ID", GUILD_ID)
        .env("QUESTION_COOLDOWN_SECS", "0")
        .env("RUST_LOG", "info,careerbot=debug")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    fake.wait_for("the registration by `careerbot serve`", |r| {
        r.method == "PUT"
    })
    .await;
    fake.wait_until_ready().await;
    child
}

/// Sends SIGTERM and waits for the exit; returns its status and what the process logged.
#[cfg(unix)]
async fn terminate(mut child: std::process::Child) -> (std::process::ExitStatus, String) {
    let status = std::process::Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let exit = loop {
        if let Some(exit) = child.try_wait().unwrap() {
            break exit;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "serve did not stop within 20 s of SIGTERM"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut stderr).unwrap();
    (exit, stderr)
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_stops_cleanly_on_sigterm() {
    let fake = FakeDiscord::start().await;
    let child = spawn_serve(&fake, "sigterm").await;
    let (exit, stderr) = terminate(child).await;
    assert!(exit.success(), "exit {exit:?}; stderr: {stderr}");
    assert!(stderr.contains("shutting down"), "{stderr}");
    assert!(!stderr.contains(TOKEN));
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_answer_being_sent_at_sigterm_is_finished_before_exit() {
    let fake = FakeDiscord::start().await;
    let child = spawn_serve(&fake, "sigterm-in-flight").await;
    let id = 8001u64;
    fake.delay_next(
        &format!("/interactions/{id}/"),
        std::time::Duration::from_secs(2),
        1,
    );
    fake.dispatch(
        "INTERACTION_CREATE",
        command_interaction(id, "ask", ask("uk pay"), MEMBER_PERMISSIONS, &[]),
    );
    fake.wait_for("the answer, held by the fake", |r| {
        r.path.starts_with(&format!("/interactions/{id}/"))
    })
    .await;
    let (exit, stderr) = terminate(child).await;
    assert!(exit.success(), "exit {exit:?}; stderr: {stderr}");
    let shutting_down = stderr
        .find("shutting down")
        .expect("the shutdown is logged");
    let answered = stderr
        .find("answered /ask")
        .unwrap_or_else(|| panic!("the answer was cut off: {stderr}"));
    assert!(shutting_down < answered, "{stderr}");
}
