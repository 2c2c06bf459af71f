//! The rules that need storage, shared by the handlers of both sides (the staff
//! side comes next): storing a submission once, booking a visit without
//! overbooking, saved forms, photos, request status, retention; and the small
//! helpers they share (drafts and their cookie, references, secret keys,
//! calendar files). Each opens the transactions its rule needs; the SQL is in
//! `store`.

pub mod assisted;
pub mod calendar;
pub mod callbacks;
pub mod calls;
pub mod council_report;
pub mod counter;
pub mod demo_data;
pub mod drafts;
pub mod kpi_trends;
pub mod kpi_week;
pub mod panel;
pub mod person_keys;
pub mod photos;
pub mod references;
pub mod retention;
pub mod satisfaction;
pub mod saved;
pub mod secret_key;
pub mod status;
pub mod submissions;
pub mod visits;
