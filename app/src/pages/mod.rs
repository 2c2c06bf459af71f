//! The pages, one module per group of routes.

pub mod accessibility_page;
pub mod callback_pages;
pub mod error;
pub mod form_pages;
pub mod home;
pub mod privacy_page;
pub mod status_page;
pub mod visit_pages;
