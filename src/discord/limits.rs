//! Rate limits on questions: a cooldown per person and a budget per channel, shared by slash
//! commands and mentions so neither surface can be used to get around the other.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use poise::serenity_prelude as serenity;

/// The window a channel's question budget covers.
pub const CHANNEL_WINDOW: Duration = Duration::from_secs(60);

/// Past this many remembered people or channels, stale entries are forgotten.
const PRUNE_ABOVE: usize = 4096;

/// Why a question was not admitted, and how long until one would be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The same person asked less than the cooldown ago.
    PersonCooldown(Duration),
    /// The channel used its budget of questions for the current window.
    ChannelBusy(Duration),
}

impl Refusal {
    /// The short notice the asker sees.
    pub fn notice(&self) -> String {
        match *self {
            Refusal::PersonCooldown(wait) => format!(
                "One question at a time, please: try again in {} s.",
                whole_seconds(wait)
            ),
            Refusal::ChannelBusy(wait) => format!(
                "This channel has asked me a lot in the last minute: try again in {} s, or ask privately with `private: True`.",
                whole_seconds(wait)
            ),
        }
    }
}

fn whole_seconds(d: Duration) -> u64 {
    d.as_secs() + u64::from(d.subsec_nanos() > 0)
}

struct Seen {
    people: HashMap<serenity::UserId, Instant>,
    channels: HashMap<serenity::ChannelId, VecDeque<Instant>>,
}

pub struct RateLimits {
    person_cooldown: Duration,
    /// Questions a channel may ask per [`CHANNEL_WINDOW`]; 0 means no limit.
    channel_budget: usize,
    seen: Mutex<Seen>,
}

impl RateLimits {
    pub fn new(person_cooldown: Duration, channel_budget: usize) -> RateLimits {
        RateLimits {
            person_cooldown,
            channel_budget,
            seen: Mutex::new(Seen {
                people: HashMap::new(),
                channels: HashMap::new(),
            }),
        }
    }

    /// Admits a question from `person` in `channel` now, or says why not. An admitted question
    /// counts against both limits; a refused one against neither.
    pub fn admit(
        &self,
        person: serenity::UserId,
        channel: Option<serenity::ChannelId>,
    ) -> Result<(), Refusal> {
        self.admit_at(person, channel, Instant::now())
    }

    fn admit_at(
        &self,
        person: serenity::UserId,
        channel: Option<serenity::ChannelId>,
        now: Instant,
    ) -> Result<(), Refusal> {
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(last) = seen.people.get(&person) {
            let since = now.saturating_duration_since(*last);
            if since < self.person_cooldown {
                return Err(Refusal::PersonCooldown(self.person_cooldown - since));
            }
        }
        if let (Some(channel), true) = (channel, self.channel_budget > 0) {
            let recent = seen.channels.entry(channel).or_default();
            while recent
                .front()
                .is_some_and(|t| now.saturating_duration_since(*t) >= CHANNEL_WINDOW)
            {
                recent.pop_front();
            }
            if recent.len() >= self.channel_budget {
                let oldest = *recent.front().expect("a full budget has entries");
                let wait = CHANNEL_WINDOW - now.saturating_duration_since(oldest);
                return Err(Refusal::ChannelBusy(wait));
            }
            recent.push_back(now);
        }
        seen.people.insert(person, now);
        if seen.people.len() > PRUNE_ABOVE {
            let cooldown = self.person_cooldown;
            seen.people
                .retain(|_, t| now.saturating_duration_since(*t) < cooldown);
        }
        if seen.channels.len() > PRUNE_ABOVE {
            seen.channels.retain(|_, recent| {
                recent
                    .back()
                    .is_some_and(|t| now.saturating_duration_since(*t) < CHANNEL_WINDOW)
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALICE: serenity::UserId = serenity::UserId::new(1);
    const BOB: serenity::UserId = serenity::UserId::new(2);
    const GENERAL: serenity::ChannelId = serenity::ChannelId::new(10);
    const OTHER: serenity::ChannelId = serenity::ChannelId::new(11);

    #[test]
    fn a_person_waits_out_the_cooldown() {
        let limits = RateLimits::new(Duration::from_secs(5), 0);
        let t0 = Instant::now();
        assert_eq!(limits.admit_at(ALICE, Some(GENERAL), t0), Ok(()));
        assert_eq!(
            limits.admit_at(ALICE, Some(GENERAL), t0 + Duration::from_secs(2)),
            Err(Refusal::PersonCooldown(Duration::from_secs(3)))
        );
        assert_eq!(limits.admit_at(BOB, Some(GENERAL), t0), Ok(()));
        assert_eq!(
            limits.admit_at(ALICE, Some(GENERAL), t0 + Duration::from_secs(5)),
            Ok(())
        );
    }

    #[test]
    fn a_channel_spends_its_budget_then_waits_for_the_oldest_question_to_age_out() {
        let limits = RateLimits::new(Duration::ZERO, 2);
        let t0 = Instant::now();
        let person = |n: u64| serenity::UserId::new(100 + n);
        assert_eq!(limits.admit_at(person(1), Some(GENERAL), t0), Ok(()));
        let t10 = t0 + Duration::from_secs(10);
        assert_eq!(limits.admit_at(person(2), Some(GENERAL), t10), Ok(()));
        assert_eq!(
            limits.admit_at(person(3), Some(GENERAL), t10),
            Err(Refusal::ChannelBusy(Duration::from_secs(50)))
        );
        assert_eq!(limits.admit_at(person(3), Some(OTHER), t10), Ok(()));
        assert_eq!(
            limits.admit_at(person(3), Some(GENERAL), t0 + CHANNEL_WINDOW),
            Ok(())
        );
    }

    #[test]
    fn a_refused_question_does_not_count_against_the_person() {
        let limits = RateLimits::new(Duration::from_secs(5), 1);
        let t0 = Instant::now();
        assert_eq!(limits.admit_at(BOB, Some(GENERAL), t0), Ok(()));
        assert!(limits.admit_at(ALICE, Some(GENERAL), t0).is_err());
        assert_eq!(limits.admit_at(ALICE, Some(OTHER), t0), Ok(()));
    }

    #[test]
    fn notices_round_the_wait_up_to_whole_seconds() {
        let notice = Refusal::PersonCooldown(Duration::from_millis(1200)).notice();
        assert!(notice.contains("try again in 2 s"), "{notice}");
    }
}
