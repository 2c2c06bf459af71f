//! Where messages go: `.eml` files in a folder, or an SMTP server; and how one
//! stored message becomes a mail (with the same Message-ID on every attempt).

use std::path::PathBuf;
use std::time::Duration;

use jiff::Timestamp;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::store::outbox::Due;

/// Where messages go.
#[derive(Clone)]
pub enum Transport {
    /// One `<id>.eml` file per message in this folder.
    Files(PathBuf),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

#[derive(Clone)]
pub struct Mailer {
    pub transport: Transport,
    pub from: Mailbox,
    /// The domain in Message-IDs.
    pub domain: String,
    /// How long a worker holds a message while it sends it.
    pub lease: jiff::SignedDuration,
}

impl Mailer {
    /// `smtp://host:port` (or `smtps://`, with credentials in the URL) for SMTP, else files in `dir`.
    pub fn new(smtp_url: Option<&str>, dir: PathBuf, from: &str) -> Result<Self, String> {
        let from: Mailbox = from.parse().map_err(|e| format!("sender {from:?}: {e}"))?;
        let domain = from.email.domain().to_string();
        let transport = match smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| format!("LOKET_SMTP_URL: {e}"))?
                    .timeout(Some(Duration::from_secs(30)))
                    .build(),
            ),
            None => Transport::Files(dir),
        };
        Ok(Self {
            transport,
            from,
            domain,
            lease: super::LEASE,
        })
    }
}

pub(super) fn build(mailer: &Mailer, row: &Due) -> Result<Message, String> {
    let (id, recipient, subject, body, att_name, att_type, att, _, created_at) = row;
    let to: Mailbox = recipient.parse().map_err(|e| format!("recipient: {e}"))?;
    let created: Timestamp = created_at.parse().map_err(|e| format!("created_at: {e}"))?;
    let builder = Message::builder()
        .from(mailer.from.clone())
        .to(to)
        .subject(subject)
        // The same message keeps the same id on every attempt.
        .message_id(Some(format!(
            "<outbox-{id}-{}@{}>",
            created.as_second(),
            mailer.domain
        )));
    let text = SinglePart::plain(body.clone());
    let message = match (att_name, att_type, att) {
        (Some(name), Some(kind), Some(content)) => {
            let kind = ContentType::parse(kind).map_err(|e| format!("attachment type: {e}"))?;
            builder.multipart(
                MultiPart::mixed()
                    .singlepart(text)
                    .singlepart(Attachment::new(name.clone()).body(content.clone(), kind)),
            )
        }
        _ => builder.singlepart(text),
    };
    message.map_err(|e| format!("message: {e}"))
}

pub(super) async fn send(mailer: &Mailer, id: i64, message: &Message) -> Result<(), String> {
    match &mailer.transport {
        Transport::Files(dir) => {
            let target = dir.join(format!("{id:010}.eml"));
            if tokio::fs::try_exists(&target).await.unwrap_or(false) {
                // Written before a restart, not marked yet: delivered, not again.
                return Ok(());
            }
            tokio::fs::create_dir_all(dir)
                .await
                .map_err(|e| format!("outbox folder: {e}"))?;
            let partial = dir.join(format!("{id:010}.eml.part"));
            tokio::fs::write(&partial, message.formatted())
                .await
                .map_err(|e| format!("write: {e}"))?;
            tokio::fs::rename(&partial, &target)
                .await
                .map_err(|e| format!("rename: {e}"))
        }
        Transport::Smtp(smtp) => smtp
            .send(message.clone())
            .await
            .map(|_| ())
            .map_err(|e| format!("smtp: {e}")),
    }
}
