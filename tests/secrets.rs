//! The bot token never reaches a log line or an error message, even when the connection fails
//! and logging is turned up.

mod common;
mod fake_discord;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use careerbot::discord::Config;
use fake_discord::*;

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_token_appears_in_no_log_line_or_error_of_a_failed_connection() {
    let logs = Captured::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_writer(move || writer.clone())
        .finish();
    tracing::subscriber::set_global_default(subscriber).unwrap();

    let fake = FakeDiscord::start().await;
    fake.reject_identify();
    let dir = common::temp_dir("secrets");
    let vars = [
        ("DISCORD_TOKEN", TOKEN.to_string()),
        ("DISCORD_API_URL", fake.rest_url.clone()),
        ("DISCORD_GUILD_ID", GUILD_ID.to_string()),
    ];
    let config = Config::from_vars(
        |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone())
        },
        common::bundled_corpus(),
        dir.join("index"),
    )
    .unwrap();
    let outcome =
        tokio::time::timeout(Duration::from_secs(20), careerbot::discord::run(config)).await;
    let error = match outcome {
        Ok(Err(e)) => format!("{e:#}"),
        Ok(Ok(())) => String::new(),
        Err(_) => String::new(),
    };
    let logs = String::from_utf8_lossy(&logs.0.lock().unwrap()).into_owned();
    assert!(!logs.is_empty(), "debug logging captured nothing");
    assert!(
        fake.gateway_frames_from_bot().iter().any(|f| f["op"] == 2),
        "the bot did try to identify"
    );
    let secret = TOKEN.split('.').next_back().unwrap();
    assert!(
        !logs.contains(TOKEN) && !logs.contains(secret),
        "the token is in the logs"
    );
    assert!(
        !error.contains(TOKEN) && !error.contains(secret),
        "the token is in the error: {error}"
    );
}
