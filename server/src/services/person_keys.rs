//! What a resident can be found by on the staff side: the terms of a record
//! (postcode with house number, phone, e-mail, name), kept as keyed hashes
//! in the record's own transaction; older records indexed once at start;
//! and the search, which hashes what the staff member typed the same way.

use app::domain::person_key::PersonTerm;
use app::form::Value;

use crate::services::secret_key;
use crate::store::{Conn, Store, person_keys};

pub const REQUEST: &str = "aanvraag";
pub const CALLBACK: &str = "terugbelverzoek";
pub const VISIT: &str = "afspraak";

fn key(term: &PersonTerm) -> String {
    secret_key::key(&term.text())
}

/// The terms of a callback request or a visit.
pub fn terms_of_contact(name: &str, phone: Option<&str>, email: Option<&str>) -> Vec<PersonTerm> {
    [
        PersonTerm::name(name),
        phone.and_then(PersonTerm::phone),
        email.and_then(PersonTerm::email),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The typed answers of a stored form (`services::submissions::StoredForm`
/// as JSON); only its values are read here.
#[derive(serde::Deserialize)]
struct StoredValues {
    values: Vec<(String, Value)>,
}

/// The terms in a stored form's answers (its JSON); nothing when it cannot be read.
pub fn terms_of_stored(product: &str, answers: &str) -> Vec<PersonTerm> {
    serde_json::from_str::<StoredValues>(answers)
        .map(|stored| terms_of_form(product, &stored.values))
        .unwrap_or_default()
}

/// The terms in a sent form's answers: addresses, phone numbers, e-mail
/// addresses, and names (of the people listed, and of text questions that ask
/// for a name).
pub fn terms_of_form(product: &str, values: &[(String, Value)]) -> Vec<PersonTerm> {
    let def = app::catalogue::by_slug(product).and_then(|p| p.form.as_ref());
    let asks_name = |id: &str| {
        def.and_then(|d| {
            d.steps
                .iter()
                .flat_map(|s| s.fields.iter())
                .find(|f| f.id == id)
        })
        .and_then(|f| f.autocomplete.as_deref())
        .is_some_and(|a| a.ends_with("name"))
    };
    let mut terms = Vec::new();
    for (id, value) in values {
        match value {
            Value::Address {
                postcode, number, ..
            } => terms.extend(PersonTerm::address(postcode, *number)),
            Value::Phone(e164) => terms.extend(PersonTerm::phone(e164)),
            Value::Email(email) => terms.extend(PersonTerm::email(email)),
            Value::People(people) => {
                terms.extend(people.iter().filter_map(|(name, _)| PersonTerm::name(name)))
            }
            Value::Text(text) if asks_name(id) => terms.extend(PersonTerm::name(text)),
            _ => {}
        }
    }
    terms.dedup();
    terms
}

/// Inside the record's transaction.
pub async fn index_in(
    conn: &mut Conn,
    reference: &str,
    kind: &str,
    terms: &[PersonTerm],
) -> Result<(), sqlx::Error> {
    let keys: Vec<String> = terms.iter().map(key).collect();
    person_keys::add(conn, reference, kind, &keys).await
}

/// Indexes the records made before the index existed, in batches; safe on
/// several servers at once (a key written twice is written once).
pub async fn index_older(store: &Store) -> Result<u64, sqlx::Error> {
    let mut done = 0;
    loop {
        let mut batch = 0;
        let mut tx = store.begin().await?;
        for (reference, name, phone, email) in person_keys::unindexed_callbacks(store).await? {
            let terms = terms_of_contact(&name, Some(&phone), email.as_deref());
            index_in(&mut tx, &reference, CALLBACK, &terms).await?;
            batch += 1;
        }
        for (reference, name, email, phone) in person_keys::unindexed_visits(store).await? {
            let terms = terms_of_contact(&name, phone.as_deref(), email.as_deref());
            index_in(&mut tx, &reference, VISIT, &terms).await?;
            batch += 1;
        }
        for (reference, product, answers) in person_keys::unindexed_submissions(store).await? {
            let terms = terms_of_stored(&product, &answers);
            index_in(&mut tx, &reference, REQUEST, &terms).await?;
            batch += 1;
        }
        tx.commit().await?;
        done += batch;
        if batch == 0 {
            return Ok(done);
        }
    }
}

/// The records that match every term: reference and kind.
pub async fn search(
    store: &Store,
    terms: &[PersonTerm],
) -> Result<Vec<(String, String)>, sqlx::Error> {
    let keys: Vec<String> = terms.iter().map(key).collect();
    person_keys::having_all(store, &keys).await
}
