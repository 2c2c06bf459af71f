//! The resident side's pages, one module per group of routes: each renders
//! from the `PageContext` the server hands it and works without scripts.

pub mod accessibility_page;
pub mod addition_page;
pub mod callback_pages;
pub mod error;
mod form_fields;
pub mod form_pages;
pub mod help_pages;
pub mod home;
pub mod panel_page;
pub mod privacy_page;
pub mod satisfaction_page;
pub mod status_page;
pub mod visit_pages;
pub mod waiting_room;
