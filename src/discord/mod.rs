//! The Discord surface: slash commands and @mentions over the same answer engine as the CLI.
//!
//! Built on serenity 0.12 with poise for command registration, option parsing, cooldowns and
//! checks. It only renders what [`crate::answer::Engine`] returns ([`render`]), so every answer
//! it gives can be reproduced with `careerbot ask`.

mod buttons;
mod commands;
pub mod config;
mod events;
pub mod limits;
mod moderation;
pub mod render;
mod shutdown;

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use poise::serenity_prelude as serenity;

pub use config::{Config, ConfigError};

use crate::answer::Answer;
use crate::feedback::{Asked, FeedbackStore, QuestionId, Surface};
use crate::history::History;
use crate::live::LiveEngine;

/// What every command and event handler shares.
pub struct Data {
    pub live: Arc<LiveEngine>,
    pub config: Config,
    pub limits: limits::RateLimits,
    /// Replies being written; shutdown waits for them.
    pub in_flight: Arc<shutdown::InFlight>,
    pub feedback: Arc<FeedbackStore>,
}

impl Data {
    /// Records a question and its answer for moderators' gaps report; the buttons under the
    /// answer refer to the record. A failure to record costs the buttons, never the answer.
    fn record(
        &self,
        user: serenity::UserId,
        surface: Surface,
        question: &str,
        answer: &Answer,
    ) -> Option<QuestionId> {
        let engine = self.live.current();
        let terms = engine.key_terms(question);
        let person = self.feedback.person(user.get());
        let asked = Asked {
            person: &person,
            surface,
            terms: &terms,
            corpus_version: engine.manifest().version(),
            at: std::time::SystemTime::now(),
        };
        match self.feedback.record_question(answer, &asked) {
            Ok(id) => Some(id),
            Err(e) => {
                tracing::error!("could not record a question: {e}");
                None
            }
        }
    }
}

/// How often expired questions are deleted while the bot runs.
const PURGE_EVERY: Duration = Duration::from_secs(60 * 60);

/// How long shutdown waits for replies already being written.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

pub type Error = Box<dyn std::error::Error + Send + Sync>;
pub type Context<'a> = poise::Context<'a, Data, Error>;

/// Every reply and message the bot sends may mention no one: a question that contains
/// `@everyone` or a role must not ping when echoed.
pub fn no_pings() -> serenity::CreateAllowedMentions {
    serenity::CreateAllowedMentions::new()
}

/// A short ephemeral notice to the person who invoked a command.
pub(crate) async fn notice(ctx: Context<'_>, text: String) {
    let reply = poise::CreateReply::default()
        .content(text)
        .ephemeral(true)
        .allowed_mentions(no_pings());
    if let Err(e) = ctx.send(reply).await {
        tracing::warn!("could not send a notice: {e}");
    }
}

async fn on_error(error: poise::FrameworkError<'_, Data, Error>) {
    match error {
        poise::FrameworkError::CommandCheckFailed { ctx, error, .. } => {
            if let Some(e) = error {
                tracing::warn!("check failed with an error: {e}");
            }
            notice(
                ctx,
                "Only moderators (Manage Server, or a moderator role) can do that.".to_string(),
            )
            .await;
        }
        poise::FrameworkError::Command { error, ctx, .. } => {
            tracing::error!("/{} failed: {error}", ctx.command().qualified_name);
            notice(
                ctx,
                "Something went wrong on my side; please try again.".to_string(),
            )
            .await;
        }
        other => {
            if let Err(e) = poise::builtins::on_error(other).await {
                tracing::error!("error while handling an error: {e}");
            }
        }
    }
}

fn commands() -> Vec<poise::Command<Data, Error>> {
    vec![
        commands::ask(),
        commands::faq(),
        commands::topic(),
        moderation::corpus(),
    ]
}

/// Connects to Discord and answers until the connection ends or the process is told to stop.
pub async fn run(config: Config) -> anyhow::Result<()> {
    let (corpus_dir, index_dir) = (config.corpus_dir.clone(), config.index_dir.clone());
    let engine =
        tokio::task::spawn_blocking(move || crate::cli::open_engine(&corpus_dir, &index_dir))
            .await
            .context("opening the index panicked")??;
    let history = History::new(&config.history_dir, config.history_keep);
    let live = Arc::new(
        LiveEngine::new(engine, &config.corpus_dir, &config.index_dir)
            .with_history(history)
            .context("cannot keep the corpus history")?,
    );
    let feedback = Arc::new(
        FeedbackStore::open(
            &config.feedback_db,
            config.feedback_key(),
            config.retention_days,
        )
        .context("cannot open the feedback database (FEEDBACK_DB)")?,
    );
    spawn_purging(feedback.clone());

    let mut http = serenity::HttpBuilder::new(config.token());
    if let Some(url) = &config.api_url {
        // Serenity rewrites Discord's address to the proxy only with its rate limiter off; the
        // proxy (twilight-http-proxy, or the tests' fake) is then the one that rate-limits.
        http = http.proxy(url.clone()).ratelimiter_disabled(true);
    }
    let intents = config.intents();
    let data_config = config.clone();
    let in_flight = Arc::new(shutdown::InFlight::default());
    let data_in_flight = in_flight.clone();
    let framework = poise::Framework::builder()
        .options(poise::FrameworkOptions {
            commands: commands(),
            on_error: |error| Box::pin(on_error(error)),
            event_handler: |ctx, event, _framework, data| {
                Box::pin(events::handle(ctx, event, data))
            },
            allowed_mentions: Some(no_pings()),
            initialize_owners: false,
            skip_checks_for_owners: false,
            ..Default::default()
        })
        .setup(move |ctx, ready, framework| {
            Box::pin(async move {
                let commands = &framework.options().commands;
                match data_config.guild_id {
                    Some(guild) => poise::builtins::register_in_guild(ctx, commands, guild).await?,
                    None => poise::builtins::register_globally(ctx, commands).await?,
                }
                tracing::info!(
                    "connected as {} and registered {} commands",
                    ready.user.name,
                    commands.len()
                );
                Ok(Data {
                    live,
                    limits: limits::RateLimits::new(
                        data_config.cooldown,
                        data_config.channel_budget,
                    ),
                    config: data_config,
                    in_flight: data_in_flight,
                    feedback,
                })
            })
        })
        .build();

    let mut client = serenity::ClientBuilder::new_with_http(http.build(), intents)
        .framework(framework)
        .await
        .context("cannot create the Discord client")?;
    let shard_manager = client.shard_manager.clone();
    tokio::spawn(async move {
        shutdown::signal().await;
        tracing::info!("shutting down: closing the gateway");
        shard_manager.shutdown_all().await;
    });
    let outcome = client
        .start()
        .await
        .context("the Discord connection failed");
    let busy = in_flight.count();
    if busy > 0 {
        tracing::info!("waiting for {busy} answer(s) being sent");
        let left = in_flight.wait_idle(SHUTDOWN_GRACE).await;
        if left > 0 {
            tracing::warn!("{left} answer(s) were still being sent at shutdown");
        }
    }
    outcome
}

/// Deletes questions past the retention period now and every [`PURGE_EVERY`].
fn spawn_purging(feedback: Arc<FeedbackStore>) {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(PURGE_EVERY);
        loop {
            every.tick().await;
            let store = feedback.clone();
            let purged = tokio::task::spawn_blocking(move || {
                store.purge_expired(std::time::SystemTime::now())
            })
            .await;
            match purged {
                Ok(Ok(0)) => {}
                Ok(Ok(n)) => tracing::info!("deleted {n} question(s) past the retention period"),
                Ok(Err(e)) => tracing::error!("could not delete expired questions: {e}"),
                Err(e) => tracing::error!("purging expired questions panicked: {e}"),
            }
        }
    });
}

/// Whether a file that holds a secret can be read by users other than its owner.
#[cfg(unix)]
pub fn readable_by_others(path: &std::path::Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o044 != 0)
}

#[cfg(not(unix))]
pub fn readable_by_others(_path: &std::path::Path) -> bool {
    false
}

/// `careerbot serve`: configuration from the environment, then [`run`].
pub fn serve_from_env(
    corpus_dir: std::path::PathBuf,
    index_dir: std::path::PathBuf,
) -> anyhow::Result<()> {
    if readable_by_others(std::path::Path::new(".env")) {
        tracing::warn!(
            ".env holds the bot token and other users can read it: run `chmod 600 .env`"
        );
    }
    let config = Config::from_vars(|name| std::env::var(name).ok(), corpus_dir, index_dir)?;
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(run(config))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_secret_file_readable_by_others_is_noticed() {
        let path = std::env::temp_dir().join(format!("careerbot-env-{}", std::process::id()));
        std::fs::write(&path, "DISCORD_TOKEN=x").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(readable_by_others(&path));
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert!(!readable_by_others(&path));
        std::fs::remove_file(&path).unwrap();
    }
}
