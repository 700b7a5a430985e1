//! Batch bodies, by `Content-Type`: a JSON array of objects, NDJSON (one object per line) or CSV with
//! a header row. The body is parsed on a blocking thread while it is still arriving, row by row: a
//! row that cannot be read is reported as that row's error, not as the whole batch's.

use std::io::{BufRead, BufReader, Read};

use ballot_shared::FieldError;
use bytes::Bytes;
use serde::de::{DeserializeOwned, SeqAccess, Visitor};
use tokio::sync::mpsc;

use crate::error::{ServiceError, Words};

/// Media types a batch may be sent as.
pub const BATCH_MEDIA_TYPES: &str = "`application/json`, `application/x-ndjson`, `text/csv`";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyFormat {
    Json,
    Ndjson,
    Csv,
}

impl BodyFormat {
    /// The format a `Content-Type` value names.
    pub fn of(content_type: Option<&str>) -> Result<Self, ServiceError> {
        let essence = content_type
            .map(|v| v.split(';').next().unwrap_or_default().trim().to_ascii_lowercase())
            .unwrap_or_default();
        match essence.as_str() {
            "application/json" => Ok(Self::Json),
            "application/x-ndjson" | "application/ndjson" | "application/jsonl" => Ok(Self::Ndjson),
            "text/csv" => Ok(Self::Csv),
            _ => Err(ServiceError::UnsupportedMediaType { expected: BATCH_MEDIA_TYPES }),
        }
    }
}

/// One row as read: its fields, or why it could not be read.
pub type RowRead<T> = Result<T, FieldError>;

/// A row that could not be read, in the words `why` (given the reader's own `reason`).
fn unreadable(why: Words, reason: impl ToString) -> FieldError {
    FieldError::new("row", "unreadable").explained(why.with("reason", reason))
}

#[derive(Debug)]
enum ParseError {
    TooManyRows,
    Malformed(Words),
}

/// A batch being parsed on a blocking thread while its bytes arrive.
pub struct RowParser<T> {
    chunks: mpsc::Sender<Bytes>,
    parsing: tokio::task::JoinHandle<Result<Vec<RowRead<T>>, ParseError>>,
    max_rows: usize,
}

impl<T: DeserializeOwned + Send + 'static> RowParser<T> {
    /// Starts parsing a body of `format` that may hold at most `max_rows` rows.
    pub fn start(format: BodyFormat, max_rows: usize) -> Self {
        let (chunks, received) = mpsc::channel::<Bytes>(16);
        let parsing = tokio::task::spawn_blocking(move || {
            parse_rows::<T>(format, ChunkReader { chunks: received, current: Bytes::new() }, max_rows)
        });
        Self { chunks, parsing, max_rows }
    }

    /// Hands the parser the body's next bytes; `false` once it has stopped reading (too many rows,
    /// or a malformed body), so the rest need not be read.
    pub async fn feed(&self, chunk: Bytes) -> bool {
        self.chunks.send(chunk).await.is_ok()
    }

    /// The rows, once the whole body was fed.
    pub async fn finish(self) -> Result<Vec<RowRead<T>>, ServiceError> {
        drop(self.chunks);
        match self.parsing.await.map_err(|e| ServiceError::Unexpected(e.into()))? {
            Ok(rows) => Ok(rows),
            Err(ParseError::TooManyRows) => Err(ServiceError::BatchTooLarge { max_rows: self.max_rows }),
            Err(ParseError::Malformed(words)) => Err(ServiceError::MalformedBody(words)),
        }
    }
}

/// The body's chunks as a blocking reader, for the parsers.
struct ChunkReader {
    chunks: mpsc::Receiver<Bytes>,
    current: Bytes,
}

impl Read for ChunkReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.current.is_empty() {
            match self.chunks.blocking_recv() {
                Some(chunk) => self.current = chunk,
                None => return Ok(0),
            }
        }
        let n = buf.len().min(self.current.len());
        buf[..n].copy_from_slice(&self.current[..n]);
        self.current = self.current.slice(n..);
        Ok(n)
    }
}

fn parse_rows<T: DeserializeOwned>(
    format: BodyFormat,
    reader: impl Read,
    max_rows: usize,
) -> Result<Vec<RowRead<T>>, ParseError> {
    let reader = BufReader::with_capacity(64 * 1024, reader);
    let mut rows = Vec::new();
    let mut push = |row: RowRead<T>| {
        if rows.len() == max_rows {
            return Err(ParseError::TooManyRows);
        }
        rows.push(row);
        Ok(())
    };
    match format {
        BodyFormat::Json => {
            let mut too_many = false;
            let mut deserializer = serde_json::Deserializer::from_reader(reader);
            let outcome = serde::Deserializer::deserialize_seq(
                &mut deserializer,
                RowsVisitor { push: &mut push, too_many: &mut too_many, _row: std::marker::PhantomData },
            )
            .and_then(|()| deserializer.end());
            if too_many {
                return Err(ParseError::TooManyRows);
            }
            outcome.map_err(|e| ParseError::Malformed(Words::new("problem-not-a-json-array").with("reason", e)))?;
        }
        BodyFormat::Ndjson => {
            for (number, line) in reader.lines().enumerate() {
                let line = line.map_err(|e| ParseError::Malformed(Words::new("problem-not-utf8").with("reason", e)))?;
                if line.trim().is_empty() {
                    continue;
                }
                push(
                    serde_json::from_str::<T>(&line)
                        .map_err(|e| unreadable(Words::new("feed-line-unreadable").with("line", number + 1), e)),
                )?;
            }
        }
        BodyFormat::Csv => {
            let mut csv = csv::ReaderBuilder::new().trim(csv::Trim::All).from_reader(reader);
            let header = csv
                .headers()
                .map_err(|e| ParseError::Malformed(Words::new("problem-csv-header").with("reason", e)))?
                .clone();
            let mut record = csv::StringRecord::new();
            loop {
                match csv.read_record(&mut record) {
                    Ok(false) => break,
                    Ok(true) => push(
                        record
                            .deserialize::<T>(Some(&header))
                            .map_err(|e| unreadable(Words::new("feed-row-not-fitting"), e)),
                    )?,
                    Err(e) if matches!(e.kind(), csv::ErrorKind::Io(_)) => {
                        return Err(ParseError::Malformed(Words::new("problem-unreadable-body").with("reason", e)));
                    }
                    Err(e) => push(Err(unreadable(Words::new("feed-row-unreadable"), e)))?,
                }
            }
        }
    }
    Ok(rows)
}

/// Takes the array's elements one at a time, so a 10,000-row batch is never a JSON tree in memory.
struct RowsVisitor<'a, T, F> {
    push: &'a mut F,
    too_many: &'a mut bool,
    _row: std::marker::PhantomData<T>,
}

impl<'de, T: DeserializeOwned, F: FnMut(RowRead<T>) -> Result<(), ParseError>> Visitor<'de> for RowsVisitor<'_, T, F> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an array of objects")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0usize;
        while let Some(value) = seq.next_element::<serde_json::Value>()? {
            let row = serde_json::from_value::<T>(value)
                .map_err(|e| unreadable(Words::new("feed-element-unreadable").with("element", index), e));
            if (self.push)(row).is_err() {
                *self.too_many = true;
                return Err(serde::de::Error::custom("too many rows"));
            }
            index += 1;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Row {
        id: String,
        note: Option<String>,
    }

    fn parse(format: BodyFormat, body: &str, max: usize) -> Result<Vec<RowRead<Row>>, ParseError> {
        parse_rows::<Row>(format, body.as_bytes(), max)
    }

    #[test]
    fn the_three_formats_read_the_same_rows() {
        let json = parse(BodyFormat::Json, r#"[{"id":"a"},{"id":"b","note":"x"}]"#, 10).unwrap();
        let ndjson = parse(BodyFormat::Ndjson, "{\"id\":\"a\"}\n\n{\"id\":\"b\",\"note\":\"x\"}\n", 10).unwrap();
        let csv = parse(BodyFormat::Csv, "id,note\na,\nb,x\n", 10).unwrap();
        for rows in [json, ndjson, csv] {
            let rows: Vec<Row> = rows.into_iter().map(Result::unwrap).collect();
            assert_eq!(rows, [Row { id: "a".into(), note: None }, Row { id: "b".into(), note: Some("x".into()) }]);
        }
    }

    #[test]
    fn a_bad_row_is_that_rows_error_and_too_many_rows_is_the_batchs() {
        let rows = parse(BodyFormat::Json, r#"[{"id":"a"},{"id":7},{"id":"c"}]"#, 10).unwrap();
        assert!(rows[0].is_ok() && rows[1].is_err() && rows[2].is_ok());
        let rows = parse(BodyFormat::Ndjson, "{\"id\":\"a\"}\nnot json\n", 10).unwrap();
        assert_eq!(rows[1].as_ref().unwrap_err().code, "unreadable");
        let rows = parse(BodyFormat::Csv, "id,note\na,x,extra\nb,y\n", 10).unwrap();
        assert!(rows[0].is_err() && rows[1].is_ok());
        assert!(matches!(parse(BodyFormat::Json, r#"[{"id":"a"},{"id":"b"}]"#, 1), Err(ParseError::TooManyRows)));
        assert!(matches!(parse(BodyFormat::Csv, "id\na\nb\n", 1), Err(ParseError::TooManyRows)));
        assert!(matches!(parse(BodyFormat::Json, r#"{"id":"a"}"#, 5), Err(ParseError::Malformed(_))));
        assert!(matches!(parse(BodyFormat::Json, r#"[{"id":"a"}"#, 5), Err(ParseError::Malformed(_))));
    }
}
