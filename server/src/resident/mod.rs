//! The resident side's handlers: each POST of a form, answered with a redirect
//! (no scripts needed), and the GET routes that are not Leptos pages (calendar
//! files, the language link). Rules that need storage live in `services`, SQL
//! in `store`.

pub mod additions;
pub mod callbacks;
pub mod display_routes;
pub mod form_context;
pub mod form_routes;
pub mod help;
pub mod panel;
pub mod reports;
pub mod satisfaction;
pub mod saved_routes;
pub mod visit_routes;
