//! Storage on SQLite (the embedded default) or PostgreSQL (production), from one Diesel code path.
//!
//! The backend is chosen from the URL scheme here rather than by `MultiConnection::establish`,
//! which would hide why a connection failed.

pub mod schema;

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context;
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::r2d2::{Pool, PooledConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

use crate::config::DatabaseSettings;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations/postgres");

/// A connection to whichever backend is configured.
#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Sqlite(SqliteConnection),
    Postgres(PgConnection),
}

/// Runs the same expression on whichever backend `conn` is, for statements Diesel's multi-backend
/// connection cannot express (multi-row inserts, `ON CONFLICT`, `RETURNING`, row locks): `$c` is
/// the backend's own connection in each arm.
#[macro_export]
macro_rules! per_backend {
    ($conn:expr, $c:ident => $body:expr) => {
        match $conn {
            $crate::db::DbConnection::Sqlite($c) => $body,
            $crate::db::DbConnection::Postgres($c) => $body,
        }
    };
}

/// A transaction for work that reads and then writes. SQLite starts it with `BEGIN IMMEDIATE`, taking
/// the write lock up front: a deferred transaction that read first could not upgrade to writing while
/// another connection writes, and would fail instead of waiting. PostgreSQL takes its row locks as the
/// work asks for them. Nested in another write transaction, it is a savepoint.
pub fn write_transaction<T, E: From<diesel::result::Error>>(
    conn: &mut DbConnection,
    work: impl FnOnce(&mut DbConnection) -> Result<T, E>,
) -> Result<T, E> {
    use diesel::connection::{AnsiTransactionManager, TransactionManager};
    let depth = DbConnection::transaction_manager_status_mut(conn).transaction_depth()?;
    if depth.is_some() {
        // Inside a write transaction already: a savepoint.
        return conn.transaction(work);
    }
    match conn {
        DbConnection::Sqlite(c) => AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE")?,
        DbConnection::Postgres(_) => DbConnection::begin_transaction(conn)?,
    }
    match work(conn) {
        Ok(value) => {
            DbConnection::commit_transaction(conn)?;
            Ok(value)
        }
        Err(error) => {
            // The work's error matters more than a failed rollback; the pool drops broken connections.
            let _ = DbConnection::rollback_transaction(conn);
            Err(error)
        }
    }
}

/// Every PostgreSQL advisory lock the service takes, in one place so that no two share an id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdvisoryLock {
    /// Several servers starting at once must not migrate at the same time.
    Migrations,
    /// The voter roll (import and county voter records), statewide: voter IDs are.
    VoterRoll,
    /// Elections, statewide: counties share them.
    Elections,
    /// One county's ballots.
    Ballots { county: i16 },
}

impl AdvisoryLock {
    pub fn id(self) -> i64 {
        match self {
            Self::Migrations => 7_468_102,
            Self::VoterRoll => 7_468_200,
            Self::Elections => 7_468_201,
            Self::Ballots { county } => 7_468_300 + i64::from(county),
        }
    }
}

/// Makes writers of the same feed take turns until the transaction ends (PostgreSQL's transaction-level
/// advisory lock; SQLite's write transactions already exclude each other). Used where a batch reads
/// what exists and then inserts what does not, which two concurrent batches must not both do.
pub fn serialize_writers(conn: &mut DbConnection, lock: AdvisoryLock) -> QueryResult<()> {
    if let DbConnection::Postgres(c) = conn {
        diesel::sql_query("SELECT pg_advisory_xact_lock($1)")
            .bind::<diesel::sql_types::BigInt, _>(lock.id())
            .execute(c)?;
    }
    Ok(())
}

/// A parsed `DATABASE_URL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    Sqlite(PathBuf),
    Postgres(String),
}

impl DatabaseUrl {
    pub fn parse(url: &str) -> anyhow::Result<Self> {
        if let Some(path) = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")) {
            anyhow::ensure!(
                !path.is_empty() && !path.contains(":memory:"),
                "DATABASE_URL: give SQLite a file, e.g. sqlite://data/ballot-tracker.db"
            );
            return Ok(Self::Sqlite(PathBuf::from(path)));
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(Self::Postgres(url.to_owned()));
        }
        anyhow::bail!("DATABASE_URL must start with sqlite:// or postgres:// (got {:?}…)", scheme_of(url))
    }

    fn backend_name(&self) -> &'static str {
        match self {
            Self::Sqlite(_) => "SQLite",
            Self::Postgres(_) => "PostgreSQL",
        }
    }
}

/// The part before `://`, so an error message never repeats a password.
fn scheme_of(url: &str) -> &str {
    url.split_once(':').map_or(url, |(scheme, _)| scheme)
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error(transparent)]
    Connection(#[from] diesel::ConnectionError),
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
}

/// Opens connections for the r2d2 pool, with SQLite's per-connection settings applied.
#[derive(Debug, Clone)]
pub struct ConnectionManager {
    url: DatabaseUrl,
}

impl ConnectionManager {
    fn establish(&self) -> Result<DbConnection, DbError> {
        match &self.url {
            DatabaseUrl::Sqlite(path) => {
                let mut conn = SqliteConnection::establish(&path.to_string_lossy())?;
                // WAL lets readers work while one writer writes; the busy timeout makes a second
                // writer wait its turn instead of failing.
                conn.batch_execute(
                    "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
                     PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;",
                )?;
                Ok(DbConnection::Sqlite(conn))
            }
            DatabaseUrl::Postgres(url) => Ok(DbConnection::Postgres(PgConnection::establish(url)?)),
        }
    }
}

impl diesel::r2d2::ManageConnection for ConnectionManager {
    type Connection = DbConnection;
    type Error = DbError;

    fn connect(&self) -> Result<DbConnection, DbError> {
        self.establish()
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), DbError> {
        conn.batch_execute("SELECT 1").map_err(DbError::from)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        use diesel::connection::TransactionManager;
        DbConnection::is_broken_transaction_manager(conn)
    }
}

pub type DbPool = Pool<ConnectionManager>;
pub type PooledDb = PooledConnection<ConnectionManager>;

/// The connection pool, with the schema migrated.
#[derive(Clone)]
pub struct Database {
    pool: DbPool,
    sqlite: bool,
}

impl Database {
    /// Connects (creating the SQLite file and its folder if needed), migrates, and opens the pool.
    /// Blocking: call it off the async executor.
    pub fn connect(settings: &DatabaseSettings) -> anyhow::Result<Self> {
        let (manager, first) = connect_and_migrate(settings)?;
        drop(first);
        let sqlite = matches!(manager.url, DatabaseUrl::Sqlite(_));
        let pool = Pool::builder()
            .max_size(settings.db_pool_size)
            .min_idle(Some(1))
            .connection_timeout(Duration::from_secs(10))
            .build(manager)
            .context("opening the database connection pool")?;
        Ok(Self { pool, sqlite })
    }

    /// Whether this is the embedded SQLite database (one writer at a time).
    pub fn is_sqlite(&self) -> bool {
        self.sqlite
    }

    /// A connection from the pool, waiting at most `timeout`. Blocking.
    pub fn get(&self, timeout: Duration) -> anyhow::Result<PooledDb> {
        self.pool.get_timeout(timeout).context("no database connection available")
    }

    /// Runs `work` on a pooled connection on the blocking thread pool, so request handlers never
    /// block the async executor. Waits at most `timeout` for a connection.
    pub async fn run<T: Send + 'static>(
        &self,
        timeout: Duration,
        work: impl FnOnce(&mut DbConnection) -> anyhow::Result<T> + Send + 'static,
    ) -> anyhow::Result<T> {
        let database = self.clone();
        tokio::task::spawn_blocking(move || work(&mut *database.get(timeout)?)).await?
    }

    /// Whether the database answers a trivial query within `timeout`.
    pub async fn ping(&self, timeout: Duration) -> anyhow::Result<()> {
        self.run(timeout, |conn| Ok(diesel::connection::SimpleConnection::batch_execute(conn, "SELECT 1")?)).await
    }
}

/// One migrated connection and no pool: for command-line work that ends when it is done.
pub fn connect_one(settings: &DatabaseSettings) -> anyhow::Result<DbConnection> {
    connect_and_migrate(settings).map(|(_, conn)| conn)
}

fn connect_and_migrate(settings: &DatabaseSettings) -> anyhow::Result<(ConnectionManager, DbConnection)> {
    let url = DatabaseUrl::parse(&settings.database_url)?;
    if let DatabaseUrl::Sqlite(path) = &url {
        create_parent_dir(path)?;
    }
    let manager = ConnectionManager { url: url.clone() };
    let mut conn = manager.establish().with_context(|| format!("connecting to the {} database", url.backend_name()))?;
    let applied = run_migrations(&mut conn)?;
    tracing::info!(backend = url.backend_name(), applied = applied.len(), "database ready");
    Ok((manager, conn))
}

fn create_parent_dir(path: &Path) -> anyhow::Result<()> {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => {
            std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))
        }
        _ => Ok(()),
    }
}

/// Applies the migrations this binary carries that the database lacks; returns their names.
pub fn run_migrations(conn: &mut DbConnection) -> anyhow::Result<Vec<String>> {
    fn names(
        applied: diesel::migration::Result<Vec<diesel::migration::MigrationVersion<'_>>>,
    ) -> anyhow::Result<Vec<String>> {
        let applied = applied.map_err(|e| anyhow::anyhow!("migrating the database: {e}"))?;
        Ok(applied.iter().map(ToString::to_string).collect())
    }
    match conn {
        DbConnection::Sqlite(conn) => names(conn.run_pending_migrations(SQLITE_MIGRATIONS)),
        DbConnection::Postgres(conn) => {
            // Several servers starting at once must not migrate at the same time.
            let lock = AdvisoryLock::Migrations.id();
            conn.batch_execute(&format!("SELECT pg_advisory_lock({lock})"))?;
            let applied = names(conn.run_pending_migrations(POSTGRES_MIGRATIONS));
            conn.batch_execute(&format!("SELECT pg_advisory_unlock({lock})"))?;
            applied
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_pick_the_backend() {
        assert_eq!(DatabaseUrl::parse("sqlite://data/x.db").unwrap(), DatabaseUrl::Sqlite("data/x.db".into()));
        assert_eq!(DatabaseUrl::parse("sqlite:///var/lib/x.db").unwrap(), DatabaseUrl::Sqlite("/var/lib/x.db".into()));
        assert!(matches!(DatabaseUrl::parse("postgres://u@h/db").unwrap(), DatabaseUrl::Postgres(_)));
        assert!(matches!(DatabaseUrl::parse("postgresql://u@h/db").unwrap(), DatabaseUrl::Postgres(_)));
        assert!(DatabaseUrl::parse("sqlite://:memory:").is_err());
        let err = DatabaseUrl::parse("mysql://root:hunter2@h/db").unwrap_err().to_string();
        assert!(err.contains("mysql") && !err.contains("hunter2"), "{err}");
    }
}
