//! The outbox against a real SQLite database, real files, and a real SMTP
//! server on loopback (Python's smtpd, started by the test).

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use jiff::{SignedDuration, Timestamp};
use server::outbox::{self, Mailer, NewMessage};

const FROM: &str = "Gemeente Voorbeeld <noreply@voorbeeld.nl>";

async fn pool_at(dir: &Path) -> server::Store {
    server::Store::connect(&crate::common::database_url(dir).await)
        .await
        .expect("database")
}

fn message(n: usize) -> NewMessage {
    NewMessage {
        topic: format!("test:{n}"),
        kind: "ontvangst",
        recipient: format!("bewoner{n}@voorbeeld.nl"),
        subject: format!("Bericht {n}"),
        body: format!("Beste bewoner,\n\nDit is bericht {n}.\n"),
        attachment: None,
        send_after: None,
    }
}

async fn enqueue(pool: &server::Store, message: &NewMessage) {
    let mut conn = pool.pool_for_tests().acquire().await.expect("connection");
    outbox::enqueue(&mut conn, message).await.expect("enqueue");
}

async fn states(pool: &server::Store) -> Vec<(i64, String, i64)> {
    sqlx::query_as("SELECT id, state, attempts FROM outbox ORDER BY id")
        .fetch_all(pool.pool_for_tests())
        .await
        .expect("states")
}

fn eml_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().to_string())
                .filter(|n| n.ends_with(".eml"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[tokio::test]
async fn messages_become_files_once_across_a_restart() {
    let dir = tempfile::tempdir().expect("temp");
    let mail_dir = dir.path().join("outbox");
    let mailer = Mailer::new(None, mail_dir.clone(), FROM).expect("mailer");
    let pool = pool_at(dir.path()).await;
    enqueue(&pool, &message(1)).await;
    enqueue(&pool, &message(2)).await;
    let mut later = message(3);
    later.send_after = Some(Timestamp::now() + SignedDuration::from_hours(20));
    enqueue(&pool, &later).await;
    // The server stops before anything is delivered; the messages are in the database.
    pool.close().await;

    let pool = pool_at(dir.path()).await;
    // A crash in an earlier run left a half-written file behind.
    std::fs::create_dir_all(&mail_dir).expect("dir");
    std::fs::write(mail_dir.join("0000000001.eml.part"), "half").expect("part");
    let sent = outbox::deliver_due(&pool, &mailer, Timestamp::now())
        .await
        .expect("deliver");
    assert_eq!(sent, 2, "the reminder for tomorrow waits");
    assert_eq!(eml_files(&mail_dir), ["0000000001.eml", "0000000002.eml"]);
    let first = std::fs::read_to_string(mail_dir.join("0000000001.eml")).expect("read");
    assert!(first.contains("Subject: Bericht 1"), "{first}");
    assert!(first.contains("To: bewoner1@voorbeeld.nl"));
    assert!(first.contains("Message-ID: <outbox-1-"));

    // A crash between writing the file and marking it sent: the next run marks it, and
    // writes nothing twice.
    sqlx::query("UPDATE outbox SET state = 'wachtend', next_attempt_at = '2000-01-01T00:00:00Z' WHERE id = 1")
        .execute(pool.pool_for_tests())
        .await
        .expect("undo mark");
    pool.close().await;
    // Mark the delivered file with an old time: a rewrite would change it.
    let old = std::time::SystemTime::UNIX_EPOCH + Duration::from_secs(946_684_800);
    std::fs::File::options()
        .write(true)
        .open(mail_dir.join("0000000001.eml"))
        .and_then(|f| f.set_modified(old))
        .expect("set time");
    let pool = pool_at(dir.path()).await;
    let sent = outbox::deliver_due(&pool, &mailer, Timestamp::now())
        .await
        .expect("deliver");
    assert_eq!(sent, 1);
    assert_eq!(eml_files(&mail_dir).len(), 2, "not written twice");
    let modified = std::fs::metadata(mail_dir.join("0000000001.eml"))
        .and_then(|m| m.modified())
        .expect("time");
    assert_eq!(modified, old, "the file was not written again");
    assert_eq!(
        std::fs::read_to_string(mail_dir.join("0000000001.eml")).expect("read"),
        first,
        "the delivered file is left as it was"
    );

    // The day after: the reminder goes.
    let tomorrow = Timestamp::now() + SignedDuration::from_hours(21);
    let sent = outbox::deliver_due(&pool, &mailer, tomorrow)
        .await
        .expect("deliver");
    assert_eq!(sent, 1);
    assert_eq!(eml_files(&mail_dir).len(), 3);
    assert!(
        states(&pool)
            .await
            .iter()
            .all(|(_, state, _)| state == "verzonden")
    );
}

/// Starts the SMTP sink; returns the process and its port.
pub(crate) fn smtp_sink(folder: &Path) -> (Child, u16) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/smtp_sink.py");
    let mut child = Command::new("python3")
        .arg(script)
        .arg(folder)
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs the SMTP sink");
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("port line");
    let port = line.trim().parse().expect("a port number");
    (child, port)
}

pub(crate) struct Killed(pub(crate) Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test]
async fn smtp_delivery_retries_with_back_off_and_then_arrives() {
    let dir = tempfile::tempdir().expect("temp");
    let received = dir.path().join("received");
    std::fs::create_dir_all(&received).expect("dir");
    let pool = pool_at(dir.path()).await;
    let mut with_calendar = message(1);
    with_calendar.attachment = Some((
        "afspraak.ics".into(),
        "text/calendar; charset=utf-8; method=PUBLISH".into(),
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n".into(),
    ));
    enqueue(&pool, &with_calendar).await;

    // First no server listens: the attempt fails and waits 30 seconds.
    let closed_port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("addr").port()
    };
    let unreachable = Mailer::new(
        Some(&format!("smtp://127.0.0.1:{closed_port}")),
        dir.path().join("unused"),
        FROM,
    )
    .expect("mailer");
    let now = Timestamp::now();
    let sent = outbox::deliver_due(&pool, &unreachable, now)
        .await
        .expect("deliver");
    assert_eq!(sent, 0);
    assert_eq!(states(&pool).await, [(1, "wachtend".to_string(), 1)]);
    let (next,): (String,) = sqlx::query_as("SELECT next_attempt_at FROM outbox WHERE id = 1")
        .fetch_one(pool.pool_for_tests())
        .await
        .expect("next");
    assert_eq!(next, outbox::stamp(now + SignedDuration::from_secs(30)));
    let (child, port) = smtp_sink(&received);
    let _sink = Killed(child);
    let mailer = Mailer::new(
        Some(&format!("smtp://127.0.0.1:{port}")),
        dir.path().join("unused"),
        FROM,
    )
    .expect("mailer");
    // Not due yet: nothing is tried.
    let sent = outbox::deliver_due(&pool, &mailer, now + SignedDuration::from_secs(10))
        .await
        .expect("deliver");
    assert_eq!(sent, 0);
    let sent = outbox::deliver_due(&pool, &mailer, now + SignedDuration::from_secs(31))
        .await
        .expect("deliver");
    assert_eq!(sent, 1);
    assert_eq!(states(&pool).await, [(1, "verzonden".to_string(), 2)]);
    let mut text = String::new();
    for _ in 0..50 {
        if let Ok(t) = std::fs::read_to_string(received.join("1.eml")) {
            text = t;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(text.starts_with("To: bewoner1@voorbeeld.nl"), "{text}");
    assert!(text.contains("Subject: Bericht 1"));
    assert!(text.contains("Content-Type: text/calendar"));
    assert!(text.contains("Message-ID: <outbox-1-"));
    // Delivered is done: a later run sends nothing again.
    let sent = outbox::deliver_due(&pool, &mailer, now + SignedDuration::from_hours(1))
        .await
        .expect("deliver");
    assert_eq!(sent, 0);
    assert!(!received.join("2.eml").exists());
}
