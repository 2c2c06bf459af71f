//! `server staff add|list|disable`: local accounts from the command line. The
//! password is read as the first line of standard input (never an argument,
//! so it stays out of the shell history and the process list) and refused
//! with the reason when it is weak. Migrations run first, so this works on a
//! new database.

use std::io::BufRead;

use app::staff::roles::Role;
use secrecy::SecretString;

use super::passwords;
use crate::store::{Store, staff};

const USAGE: &str = "usage:\n  server staff add --email E --name N --role R [--team T] [--products slug,slug]  (password: first line of stdin)\n  server staff list\n  server staff disable --email E\nroles: kcc, balie, behandelaar, teamleider, beheer";

fn option(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

/// Runs one command; the text to print, or why it failed.
pub async fn run(store: &Store, args: &[String]) -> Result<String, String> {
    match args.first().map(String::as_str) {
        Some("add") => add(store, &args[1..]).await,
        Some("list") => list(store).await,
        Some("disable") => {
            let email = option(args, "--email").ok_or(USAGE)?.trim().to_lowercase();
            match staff::disable(store, &email)
                .await
                .map_err(|e| e.to_string())?
            {
                true => Ok(format!("disabled {email}; its sessions have ended")),
                false => Err(format!("no account {email}")),
            }
        }
        _ => Err(USAGE.to_string()),
    }
}

async fn add(store: &Store, args: &[String]) -> Result<String, String> {
    let email = option(args, "--email").ok_or(USAGE)?.trim().to_lowercase();
    let name = option(args, "--name").ok_or(USAGE)?.trim().to_string();
    let role_word = option(args, "--role").ok_or(USAGE)?;
    let role =
        Role::parse(&role_word).ok_or_else(|| format!("unknown role {role_word}\n{USAGE}"))?;
    let team = option(args, "--team").unwrap_or_else(|| "Burgerzaken".into());
    if app::domain::Email::parse(&email).is_err() {
        return Err(format!("not an e-mail address: {email}"));
    }
    if name.is_empty() || name.chars().count() > 100 || team.trim().is_empty() {
        return Err("a name and a team of 1 to 100 characters".into());
    }
    let products: Vec<String> = option(args, "--products")
        .map(|p| {
            p.split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default();
    if let Some(unknown) = products
        .iter()
        .find(|p| app::catalogue::by_slug(p).is_none())
    {
        return Err(format!("no product {unknown}"));
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| format!("reading the password: {e}"))?;
    let password = line.trim_end_matches(['\r', '\n']).to_string();
    create(
        store,
        &NewAccount {
            email: &email,
            name: &name,
            role,
            team: team.trim(),
            products: &products,
        },
        &password,
    )
    .await?;
    Ok(format!("added {email} ({})", role.as_str()))
}

/// An account to create.
pub struct NewAccount<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub role: Role,
    pub team: &'a str,
    pub products: &'a [String],
}

/// Creates a local account with this password (refused when weak); its id.
pub async fn create(store: &Store, new: &NewAccount<'_>, password: &str) -> Result<i64, String> {
    if let Some(why) = passwords::weakness(password, new.email, new.name) {
        return Err(format!("password refused: {why}"));
    }
    let hash =
        passwords::hash(&SecretString::from(password.to_string())).map_err(|e| e.to_string())?;
    let mut tx = store.begin().await.map_err(|e| e.to_string())?;
    let created = crate::time::now().to_string();
    let id = staff::insert_account(
        &mut tx,
        new.email,
        new.name,
        new.role.as_str(),
        new.team,
        Some(&hash),
        &created,
    )
    .await
    .map_err(|e| e.to_string())?
    .ok_or_else(|| format!("an account for {} exists already", new.email))?;
    for product in new.products {
        staff::add_product(&mut tx, id, product)
            .await
            .map_err(|e| e.to_string())?;
    }
    tx.commit().await.map_err(|e| e.to_string())?;
    Ok(id)
}

async fn list(store: &Store) -> Result<String, String> {
    let accounts = staff::all(store).await.map_err(|e| e.to_string())?;
    let mut out = String::from("email\tname\trole\tteam\tstate\n");
    for a in accounts {
        let state = if a.disabled { "disabled" } else { "active" };
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{state}\n",
            a.email, a.name, a.role, a.team
        ));
    }
    Ok(out)
}

/// Logged once at start when there is no account yet: how to make the first.
pub async fn first_run_hint(store: &Store) {
    if let Ok(accounts) = staff::all(store).await
        && accounts.is_empty()
    {
        tracing::info!(
            "no staff accounts yet; create the first with: echo '<password>' | server staff add --email <address> --name <name> --role beheer"
        );
    }
}
