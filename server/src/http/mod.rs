//! What every request passes through and what HTTP itself needs: the page
//! context the Leptos pages read (`context`), the guards (origin check, calm
//! error pages), the limit on guessing secrets, security headers, the tidying
//! of the framework's HTML, static files, and the accept loop with its limits.

pub mod assisted_mode;
pub mod context;
pub mod cookies;
pub mod errors;
pub mod guards;
pub mod html_tidy;
pub mod listen;
pub mod lookup_limit;
pub mod posted;
pub mod security_headers;
pub mod static_files;
