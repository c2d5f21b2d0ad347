//! The bot as it really runs, started through `careerbot::discord::run` against the fake
//! Discord, with the helpers tests use to talk to it.

use std::path::PathBuf;

use careerbot::discord::Config;
use serde_json::{json, Value};

use super::*;
use crate::common;

pub struct Bot {
    pub fake: FakeDiscord,
    pub corpus: PathBuf,
    /// The directory the bot keeps its index, history and feedback database in.
    pub dir: PathBuf,
    pub task: tokio::task::JoinHandle<anyhow::Result<()>>,
}

impl Drop for Bot {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Starts the fake Discord and the bot on a copy of the bundled corpus, and waits until the
/// bot has registered its commands.
pub async fn start_bot(name: &str) -> Bot {
    start_bot_with_cooldown(name, 0).await
}

pub async fn start_bot_with_cooldown(name: &str, cooldown_secs: u64) -> Bot {
    start_bot_with(
        name,
        &[("QUESTION_COOLDOWN_SECS", &cooldown_secs.to_string())],
    )
    .await
}

/// Starts the bot with these settings on top of the tests' defaults (no cooldown, no channel
/// budget).
pub async fn start_bot_with(name: &str, settings: &[(&str, &str)]) -> Bot {
    let dir = common::temp_dir(&format!("discord-{name}"));
    let corpus = common::copy_corpus(&dir);
    let fake = FakeDiscord::start().await;
    let mut vars = vec![
        ("DISCORD_TOKEN", TOKEN.to_string()),
        ("DISCORD_API_URL", fake.rest_url.clone()),
        ("DISCORD_GUILD_ID", GUILD_ID.to_string()),
        ("MODERATOR_ROLE_IDS", MODERATOR_ROLE_ID.to_string()),
        ("QUESTION_COOLDOWN_SECS", "0".to_string()),
        ("CHANNEL_QUESTIONS_PER_MINUTE", "0".to_string()),
    ];
    for (name, value) in settings {
        vars.retain(|(k, _)| k != name);
        vars.push((name, value.to_string()));
    }
    let config = Config::from_vars(
        |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone())
        },
        corpus.clone(),
        dir.join("index"),
    )
    .unwrap();
    let task = tokio::spawn(careerbot::discord::run(config));
    fake.wait_for(
        "the command registration (PUT …/guilds/…/commands)",
        |r| r.method == "PUT" && r.path.ends_with(&format!("/guilds/{GUILD_ID}/commands")),
    )
    .await;
    fake.wait_until_ready().await;
    Bot {
        fake,
        corpus,
        dir,
        task,
    }
}

impl Bot {
    /// Sends a slash command and returns the body of the bot's first response to it.
    pub async fn command(
        &self,
        id: u64,
        name: &str,
        options: Value,
        permissions: &str,
        roles: &[&str],
    ) -> Value {
        self.fake.dispatch(
            "INTERACTION_CREATE",
            command_interaction(id, name, options, permissions, roles),
        );
        self.callback(id).await
    }

    pub async fn callback(&self, id: u64) -> Value {
        let path = format!("/interactions/{id}/interaction-token-{id}/callback");
        let what = format!("the response to interaction {id}");
        self.fake
            .wait_for(&what, |r| r.method == "POST" && r.path == path)
            .await
            .body
            .expect("a JSON body")
    }

    /// An ordinary member asks with `/ask`; returns the bot's response body.
    pub async fn ask(&self, id: u64, question: &str) -> Value {
        self.command(id, "ask", ask(question), MEMBER_PERMISSIONS, &[])
            .await
    }

    /// The follow-up message sent after a deferred response.
    pub async fn followup(&self, id: u64) -> Value {
        let token = format!("interaction-token-{id}");
        let what = format!("the follow-up to interaction {id}");
        self.fake
            .wait_for(&what, |r| {
                r.method == "POST" && r.path.starts_with("/webhooks/") && r.path.ends_with(&token)
            })
            .await
            .body
            .expect("a JSON body")
    }

    /// Waits for the bot's reply in the test channel and checks it is the only one, and that it
    /// answers message `id`.
    pub async fn only_channel_reply_answers(&self, id: &str) {
        let path = format!("/channels/{CHANNEL_ID}/messages");
        self.fake
            .wait_for("a reply in the channel", |r| {
                r.method == "POST" && r.path == path
            })
            .await;
        let replies: Vec<_> = self
            .fake
            .requests()
            .into_iter()
            .filter(|r| r.path == path)
            .collect();
        assert_eq!(replies.len(), 1);
        assert_eq!(
            replies[0].body.as_ref().unwrap()["message_reference"]["message_id"],
            id
        );
    }

    pub fn assert_schemas_held(&self) {
        assert_eq!(
            self.fake.schema_violations(),
            Vec::<String>::new(),
            "bodies Discord would reject"
        );
    }
}

pub fn ask(question: &str) -> Value {
    json!([{"name": "question", "type": 3, "value": question}])
}

pub fn subcommand(name: &str) -> Value {
    json!([{"name": name, "type": 1, "options": []}])
}

pub fn embed(body: &Value) -> &Value {
    &body["data"]["embeds"][0]
}

pub fn assert_pings_no_one(allowed_mentions: &Value) {
    assert_eq!(
        allowed_mentions["parse"],
        json!([]),
        "allowed mentions: {allowed_mentions}"
    );
    assert!(allowed_mentions
        .get("users")
        .is_none_or(|u| u == &json!([])));
    assert!(allowed_mentions
        .get("roles")
        .is_none_or(|r| r == &json!([])));
}
