//! The body of a question page, urlencoded or multipart, read into fields and
//! files within their limits: the text against the usual body limit, each
//! file up to 5 MB (a larger one is marked too big without being kept), at
//! most 10 files.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

/// What a question page posts: its fields, and the files of a photo question
/// (multipart). Text counts against the usual body limit; each file is read up
/// to 5 MB, and a larger one is marked too big without keeping it.
pub struct Posted {
    pub pairs: Vec<(String, String)>,
    pub files: Vec<PostedFile>,
}

pub struct PostedFile {
    pub field: String,
    pub name: String,
    pub bytes: Result<bytes::Bytes, &'static str>,
}

/// Files read from one post at most; more are ignored.
const MAX_FILES_READ: usize = 10;

impl<S: Send + Sync> axum::extract::FromRequest<S> for Posted {
    type Rejection = Response;

    async fn from_request(request: axum::extract::Request, state: &S) -> Result<Self, Response> {
        let content_type = request
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_ascii_lowercase();
        if content_type.starts_with("application/x-www-form-urlencoded") {
            // This route allows large bodies for photos; a form without them is refused
            // before it is read when it says it is too large.
            let declared = request
                .headers()
                .get(axum::http::header::CONTENT_LENGTH)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.parse::<usize>().ok());
            if declared.is_some_and(|n| n > crate::BODY_LIMIT) {
                return Err(StatusCode::PAYLOAD_TOO_LARGE.into_response());
            }
            let body = bytes::Bytes::from_request(request, state)
                .await
                .map_err(IntoResponse::into_response)?;
            if body.len() > crate::BODY_LIMIT {
                return Err(StatusCode::PAYLOAD_TOO_LARGE.into_response());
            }
            let pairs = serde_urlencoded::from_bytes(&body)
                .map_err(|_| StatusCode::BAD_REQUEST.into_response())?;
            return Ok(Posted {
                pairs,
                files: Vec::new(),
            });
        }
        if !content_type.starts_with("multipart/form-data") {
            return Err(StatusCode::UNSUPPORTED_MEDIA_TYPE.into_response());
        }
        let bad = |_| StatusCode::BAD_REQUEST.into_response();
        let mut multipart = axum::extract::Multipart::from_request(request, state)
            .await
            .map_err(IntoResponse::into_response)?;
        let mut pairs = Vec::new();
        let mut files = Vec::new();
        let mut text_bytes = 0;
        while let Some(mut field) = multipart.next_field().await.map_err(bad)? {
            let name = field.name().unwrap_or("").to_string();
            let Some(file_name) = field.file_name().map(str::to_string) else {
                let text = field.text().await.map_err(bad)?;
                text_bytes += text.len();
                if text_bytes > crate::BODY_LIMIT {
                    return Err(StatusCode::PAYLOAD_TOO_LARGE.into_response());
                }
                pairs.push((name, text));
                continue;
            };
            let mut data = bytes::BytesMut::new();
            let mut too_big = false;
            while let Some(chunk) = field.chunk().await.map_err(bad)? {
                if too_big || data.len() + chunk.len() > crate::services::photos::MAX_PHOTO_BYTES {
                    too_big = true;
                    data.clear();
                    continue;
                }
                data.extend_from_slice(&chunk);
            }
            // An empty file input sends a part without a name and without content.
            if file_name.is_empty() && data.is_empty() && !too_big {
                continue;
            }
            if files.len() < MAX_FILES_READ {
                files.push(PostedFile {
                    field: name,
                    name: crate::services::photos::display_name(&file_name),
                    bytes: if too_big {
                        Err(crate::services::photos::TOO_BIG)
                    } else {
                        Ok(data.freeze())
                    },
                });
            }
        }
        Ok(Posted { pairs, files })
    }
}
