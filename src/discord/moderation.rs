//! Moderator commands: `/corpus reload | status | upload | history | rollback | gaps`, and the
//! moderator check.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use poise::serenity_prelude as serenity;

use super::{notice, Context, Error};
use crate::history::Change;
use crate::live::{CorpusDiff, ReloadError, ReloadReport};

/// Moderators hold Manage Server or a role from `MODERATOR_ROLE_IDS`. Checked here as well as
/// by Discord's command permissions, which server admins can override.
pub fn member_is_moderator(
    member: Option<&serenity::Member>,
    moderator_roles: &[serenity::RoleId],
) -> bool {
    let Some(member) = member else {
        return false;
    };
    let manages_server = member
        .permissions
        .is_some_and(|p| p.manage_guild() || p.administrator());
    manages_server || member.roles.iter().any(|r| moderator_roles.contains(r))
}

pub async fn is_moderator(ctx: Context<'_>) -> Result<bool, Error> {
    let member = ctx.author_member().await;
    Ok(member_is_moderator(
        member.as_deref(),
        &ctx.data().config.moderator_roles,
    ))
}

/// Manage the guide the bot answers from (moderators only).
#[poise::command(
    slash_command,
    subcommands("reload", "status", "upload", "history", "rollback", "gaps"),
    default_member_permissions = "MANAGE_GUILD",
    guild_only
)]
pub async fn corpus(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

fn list(title: &str, items: &[String]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let shown: Vec<String> = items.iter().take(10).map(|s| format!("  • {s}")).collect();
    let more = if items.len() > 10 {
        format!("\n  … and {} more", items.len() - 10)
    } else {
        String::new()
    };
    format!("\n{title} ({}):\n{}{more}", items.len(), shown.join("\n"))
}

pub fn describe_diff(diff: &CorpusDiff) -> String {
    if diff.is_empty() {
        return "\nNothing changed.".to_string();
    }
    [
        list("Guides added", &diff.guides_added),
        list("Guides removed", &diff.guides_removed),
        list("Sections added", &diff.sections_added),
        list("Sections removed", &diff.sections_removed),
        list("Sections changed", &diff.sections_changed),
    ]
    .concat()
}

/// What a moderator is told after a reload, upload or rollback.
/// `done` and `not_done` name the change: "Reloaded", "Not reloaded".
fn describe_outcome(
    outcome: Result<ReloadReport, ReloadError>,
    done: &str,
    not_done: &str,
) -> String {
    let text = match outcome {
        Ok(report) => {
            let kept = report
                .kept_as
                .map(|entry| format!(" Kept as corpus version {}.", entry.id))
                .unwrap_or_default();
            format!(
                "{done}: now answering from index {} ({:.0} ms).{kept}{}",
                report.version,
                report.took.as_secs_f64() * 1000.0,
                describe_diff(&report.diff)
            )
        }
        Err(ReloadError::Invalid(errors)) => {
            let lines: Vec<String> = errors
                .0
                .iter()
                .take(15)
                .map(|e| format!("  • {e}"))
                .collect();
            format!(
                "{not_done}: the corpus would have {} problem(s), so nothing changed and I keep answering from the current version.\n{}",
                errors.0.len(),
                lines.join("\n")
            )
        }
        Err(ReloadError::Refused(why)) => format!("{not_done}: {why}."),
        Err(ReloadError::History(e)) => format!("{not_done}: {e}."),
        Err(ReloadError::Busy) => {
            "Another corpus change is running; try again in a moment.".to_string()
        }
        Err(e) => {
            tracing::error!("corpus change failed: {e}");
            format!("{not_done}: the corpus or index could not be written (see the bot's log); the current version keeps answering.")
        }
    };
    crate::text::trim_to_chars(&text, super::render::CONTENT_MAX)
}

/// Who did something, as the history shows it.
fn moderator_name(ctx: Context<'_>) -> String {
    ctx.author().name.clone()
}

/// Rebuild the index from the corpus directory and switch to it without a restart.
#[poise::command(slash_command, check = "is_moderator", guild_only)]
pub async fn reload(ctx: Context<'_>) -> Result<(), Error> {
    let _in_flight = ctx.data().in_flight.enter();
    ctx.defer_ephemeral().await?;
    let live = ctx.data().live.clone();
    let change = Change::new(moderator_name(ctx), "reload");
    let outcome = tokio::task::spawn_blocking(move || live.reload_as(&change)).await?;
    notice(ctx, describe_outcome(outcome, "Reloaded", "Not reloaded")).await;
    Ok(())
}

/// Add or replace a guide: attach a Markdown file in the corpus format.
#[poise::command(slash_command, check = "is_moderator", guild_only)]
pub async fn upload(
    ctx: Context<'_>,
    #[description = "The guide, a .md file in the corpus format (see `careerbot check`)"]
    file: serenity::Attachment,
) -> Result<(), Error> {
    let _in_flight = ctx.data().in_flight.enter();
    let max = ctx.data().config.upload_max_bytes;
    // Name and size are checked before a byte is downloaded.
    if let Err(why) = crate::corpus::check_upload(&file.filename, u64::from(file.size), max) {
        notice(ctx, format!("Not uploaded: {why}.")).await;
        return Ok(());
    }
    ctx.defer_ephemeral().await?;
    let bytes = match file.download().await {
        Ok(bytes) => bytes,
        Err(e) => {
            tracing::warn!("could not download an uploaded guide: {e}");
            notice(
                ctx,
                "Not uploaded: I could not download the file from Discord; please try again."
                    .to_string(),
            )
            .await;
            return Ok(());
        }
    };
    let live = ctx.data().live.clone();
    let change = Change::new(moderator_name(ctx), format!("upload {}", file.filename));
    let name = file.filename.clone();
    let outcome =
        tokio::task::spawn_blocking(move || live.upload(&name, &bytes, max, &change)).await?;
    let done = format!("Uploaded {}", file.filename);
    notice(ctx, describe_outcome(outcome, &done, "Not uploaded")).await;
    Ok(())
}

/// The kept corpus versions: who changed what, and when.
#[poise::command(slash_command, check = "is_moderator", guild_only)]
pub async fn history(ctx: Context<'_>) -> Result<(), Error> {
    let Some(history) = ctx.data().live.history() else {
        notice(ctx, "No corpus history is kept.".to_string()).await;
        return Ok(());
    };
    let entries = history.entries()?;
    let lines: Vec<String> = entries
        .iter()
        .enumerate()
        .map(|(n, (entry, _))| {
            let current = if n == 0 { " (current)" } else { "" };
            format!(
                "**{}**{current} · <t:{}:f> · {} · {} · {}",
                entry.id,
                entry.at_unix_secs,
                entry.by,
                entry.action,
                entry.summary()
            )
        })
        .collect();
    let text = if lines.is_empty() {
        "No corpus versions kept yet.".to_string()
    } else {
        format!(
            "Corpus versions, newest first (`/corpus rollback version:<number>` returns to one):\n{}",
            lines.join("\n")
        )
    };
    notice(
        ctx,
        crate::text::trim_to_chars(&text, super::render::CONTENT_MAX),
    )
    .await;
    Ok(())
}

/// Return the guide to a kept version (see `/corpus history`).
#[poise::command(slash_command, check = "is_moderator", guild_only)]
pub async fn rollback(
    ctx: Context<'_>,
    #[description = "The version number from /corpus history"]
    #[min = 1]
    version: u64,
) -> Result<(), Error> {
    let _in_flight = ctx.data().in_flight.enter();
    ctx.defer_ephemeral().await?;
    let live = ctx.data().live.clone();
    let change = Change::new(moderator_name(ctx), format!("rollback to {version}"));
    let outcome = tokio::task::spawn_blocking(move || live.rollback(version, &change)).await?;
    let done = format!("Rolled back to version {version}");
    notice(ctx, describe_outcome(outcome, &done, "Not rolled back")).await;
    Ok(())
}

/// The questions the guide did not answer, or answered badly, lately: what to add next.
#[poise::command(slash_command, check = "is_moderator", guild_only)]
pub async fn gaps(
    ctx: Context<'_>,
    #[description = "How many days back to look (default 7)"]
    #[min = 1]
    #[max = 365]
    days: Option<u32>,
) -> Result<(), Error> {
    let days = u64::from(days.unwrap_or(7));
    let now = SystemTime::now();
    let report = ctx
        .data()
        .feedback
        .gaps(now - Duration::from_secs(days * 86_400), now)?;
    notice(
        ctx,
        crate::text::trim_to_chars(&report.to_string(), super::render::CONTENT_MAX),
    )
    .await;
    Ok(())
}

/// Show the loaded guide version, its size and the last reload.
#[poise::command(slash_command, check = "is_moderator", guild_only)]
pub async fn status(ctx: Context<'_>) -> Result<(), Error> {
    let engine = ctx.data().live.current();
    let manifest = engine.manifest();
    let last = match ctx.data().live.last_reload() {
        Some(at) => {
            let secs = at.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
            format!("<t:{secs}:R>")
        }
        None => "not since the bot started".to_string(),
    };
    let built = manifest.built_unix_secs;
    let text = format!(
        "Version {} (built <t:{built}:f>): {} guide(s), {} sections, {} passages. Last reload: {last}.",
        manifest.version(),
        manifest.guides.len(),
        manifest.section_count(),
        manifest.passage_count(),
    );
    notice(ctx, text).await;
    Ok(())
}
