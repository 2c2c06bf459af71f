//! The server tests as one binary (compiled and linked once), one module per
//! area, each driving the real router over HTTP with a fresh database: SQLite
//! always, PostgreSQL too when `LOKET_TEST_POSTGRES` names a server
//! (`common::database_url`). Two areas keep a binary of their own because they
//! set what is global to a process: `delivery` (the hashed file names) and
//! `logs` (the log subscriber).

mod common;

mod accessibility_report;
mod assisted;
mod bad_input;
mod call_import;
mod callbacks;
mod catalogue;
mod crash;
mod display;
mod hostile_input;
mod language;
mod move_journey;
mod outbox;
mod panel;
mod product_forms;
mod retention;
mod satisfaction;
mod satisfaction_mail;
mod satisfaction_visit;
mod security;
mod staff;
mod staff_callbacks;
mod staff_common;
mod staff_contacts;
mod staff_council;
mod staff_counter;
mod staff_kpi;
mod staff_oidc;
mod staff_opening;
mod staff_reports;
mod staff_requests;
mod staff_search;
mod staff_trends;
mod two_servers;
mod visit_flow;
mod visits;
