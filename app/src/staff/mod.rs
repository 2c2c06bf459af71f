//! The staff side: sign-in, work queues, the agenda, dashboards. Not built
//! yet; it comes next and reads what the resident side stores (the typed
//! answers of `form::Answers`, visits, callbacks) through the server's
//! services. Its pages will live here beside `resident/`, sharing the
//! components, the display modes and the languages.
