//! Reading a county batch from the request as it arrives: the `Content-Type` picks the format, the
//! size limits are checked on the way, and the rows are parsed by `feeds::body` meanwhile.

use actix_web::http::header;
use actix_web::{HttpRequest, web};
use futures_util::StreamExt;
use serde::de::DeserializeOwned;

use crate::error::{ServiceError, Words};
use crate::feeds::body::{BodyFormat, RowParser, RowRead};

/// Reads a batch of at most `max_rows` rows and `max_bytes` bytes.
pub async fn read_rows<T: DeserializeOwned + Send + 'static>(
    req: &HttpRequest,
    mut payload: web::Payload,
    max_rows: usize,
    max_bytes: usize,
) -> Result<Vec<RowRead<T>>, ServiceError> {
    let format = BodyFormat::of(req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()))?;
    let declared = req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<usize>().ok());
    if declared.is_some_and(|length| length > max_bytes) {
        return Err(ServiceError::PayloadTooLarge { limit: max_bytes });
    }
    let parser = RowParser::<T>::start(format, max_rows);
    let mut total = 0usize;
    while let Some(chunk) = payload.next().await {
        let chunk =
            chunk.map_err(|e| ServiceError::MalformedBody(Words::new("problem-unreadable-body").with("reason", e)))?;
        total += chunk.len();
        if total > max_bytes {
            return Err(ServiceError::PayloadTooLarge { limit: max_bytes });
        }
        if !parser.feed(chunk).await {
            break; // the parser stopped early (too many rows, or malformed)
        }
    }
    parser.finish().await
}
