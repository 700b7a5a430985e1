//! County API clients: the systems allowed to post to a county's feeds. A client belongs to one
//! county, or (the Secretary of State's own feed) to none, which lets it act for every county.
//! The secret is shown once, when the client is created, and stored only as an argon2 hash.

use crate::secrets::random_token;
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use std::sync::LazyLock;

use ballot_shared::Vocabulary;

use crate::db::{Database, DbConnection};
use crate::error::ServiceError;

/// How long a token request waits for a database connection.
const DB_WAIT: std::time::Duration = std::time::Duration::from_secs(5);
use crate::db::schema::api_clients;

/// What a client may do. A token carries a subset of its client's scopes.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
    diesel::expression::AsExpression,
    diesel::deserialize::FromSqlRow,
)]
#[diesel(sql_type = diesel::sql_types::Text)]
pub enum Scope {
    /// Post elections, ballots, ballot events and USPS scans.
    #[strum(serialize = "ballots:write")]
    BallotsWrite,
    /// Post voter-registration updates.
    #[strum(serialize = "voters:write")]
    VotersWrite,
    /// Read a county's counts.
    #[strum(serialize = "stats:read")]
    StatsRead,
    /// Read a county's ballots: each one's history with every message sent, and lists by condition.
    #[strum(serialize = "ballots:read")]
    BallotsRead,
}

impl Scope {
    /// A space- or comma-separated list; `None` when any item is not a scope.
    pub fn parse_list(input: &str) -> Option<Vec<Self>> {
        let mut scopes: Vec<Self> = input
            .split([' ', ','])
            .filter(|s| !s.is_empty())
            .map(<Self as Vocabulary>::parse)
            .collect::<Option<_>>()?;
        scopes.sort();
        scopes.dedup();
        Some(scopes)
    }

    pub fn join(scopes: &[Self]) -> String {
        scopes.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" ")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = api_clients)]
pub struct ApiClient {
    pub id: i64,
    pub client_id: String,
    pub name: String,
    /// `None` for the state-level client.
    pub county_id: Option<i16>,
    pub scopes: String,
    pub created_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
}

impl ApiClient {
    pub fn scopes(&self) -> Vec<Scope> {
        Scope::parse_list(&self.scopes).unwrap_or_default()
    }
}

#[derive(Insertable)]
#[diesel(table_name = api_clients)]
struct NewClient<'a> {
    client_id: &'a str,
    name: &'a str,
    county_id: Option<i16>,
    scopes: &'a str,
    secret_hash: &'a str,
    created_at: NaiveDateTime,
}

/// A client just created: the only time its secret exists outside the caller's hands.
pub struct CreatedClient {
    pub client: ApiClient,
    pub secret: String,
}

fn hash_secret(secret: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default().hash_password(secret.as_bytes(), &salt).expect("argon2 hashes any input").to_string()
}

/// A hash no secret matches, verified when the client id is unknown so that an unknown id and a
/// wrong secret take the same time.
static DECOY_HASH: LazyLock<String> = LazyLock::new(|| hash_secret(&random_token(32)));

pub fn create(
    conn: &mut DbConnection,
    name: &str,
    county_id: Option<i16>,
    scopes: &[Scope],
    now: NaiveDateTime,
) -> QueryResult<CreatedClient> {
    let client_id = format!("btc_{}", random_token(12));
    let secret = random_token(32);
    let secret_hash = hash_secret(&secret);
    let scopes = Scope::join(scopes);
    diesel::insert_into(api_clients::table)
        .values(NewClient {
            client_id: &client_id,
            name,
            county_id,
            scopes: &scopes,
            secret_hash: &secret_hash,
            created_at: now,
        })
        .execute(conn)?;
    let client = find(conn, &client_id)?.expect("just inserted");
    Ok(CreatedClient { client, secret })
}

pub fn list(conn: &mut DbConnection) -> QueryResult<Vec<ApiClient>> {
    api_clients::table.order(api_clients::id).select(ApiClient::as_select()).load(conn)
}

pub fn find(conn: &mut DbConnection, client_id: &str) -> QueryResult<Option<ApiClient>> {
    api_clients::table
        .filter(api_clients::client_id.eq(client_id))
        .select(ApiClient::as_select())
        .first(conn)
        .optional()
}

/// Revokes the client: its tokens stop working at once. Returns the client (as revoked), or `None`
/// when there is no such client. Revoking twice keeps the first time.
pub fn revoke(conn: &mut DbConnection, client_id: &str, now: NaiveDateTime) -> QueryResult<Option<ApiClient>> {
    diesel::update(
        api_clients::table.filter(api_clients::client_id.eq(client_id)).filter(api_clients::revoked_at.is_null()),
    )
    .set(api_clients::revoked_at.eq(now))
    .execute(conn)?;
    find(conn, client_id)
}

/// A client as stored, with its secret's hash: what checking a secret needs.
pub struct StoredSecret {
    client: Option<ApiClient>,
    hash: String,
}

/// Reads what [`verify`] needs. Done apart from the (slow, memory-hungry) hash check, so that the
/// check does not hold a database connection.
pub fn stored_secret(conn: &mut DbConnection, client_id: &str) -> QueryResult<StoredSecret> {
    let stored: Option<(ApiClient, String)> = api_clients::table
        .filter(api_clients::client_id.eq(client_id))
        .select((ApiClient::as_select(), api_clients::secret_hash))
        .first(conn)
        .optional()?;
    Ok(match stored {
        Some((client, hash)) => StoredSecret { client: Some(client), hash },
        None => StoredSecret { client: None, hash: DECOY_HASH.clone() },
    })
}

/// The client, if `secret` is its secret and it is not revoked. An unknown client id is checked
/// against a decoy hash, so it takes the same time as a wrong secret.
pub fn verify(stored: StoredSecret, secret: &str) -> Option<ApiClient> {
    let matches = PasswordHash::new(&stored.hash)
        .is_ok_and(|parsed| Argon2::default().verify_password(secret.as_bytes(), &parsed).is_ok());
    stored.client.filter(|client| matches && client.revoked_at.is_none())
}

/// The API client `client_id` names, if `secret` is its secret and it is not revoked: the stored
/// hash is read first, then checked on the blocking pool without holding a connection.
pub async fn authenticate(
    database: &Database,
    client_id: String,
    secret: String,
) -> Result<Option<ApiClient>, ServiceError> {
    let stored = database.run(DB_WAIT, move |conn| Ok(stored_secret(conn, &client_id)?)).await?;
    tokio::task::spawn_blocking(move || verify(stored, &secret)).await.map_err(|e| ServiceError::Unexpected(e.into()))
}

/// Computes the decoy hash ahead of the first request that needs it.
pub fn prepare() {
    LazyLock::force(&DECOY_HASH);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_are_named_as_oauth_clients_send_them() {
        assert_eq!(
            Scope::all().iter().map(|s| s.as_str()).collect::<Vec<_>>(),
            ["ballots:write", "voters:write", "stats:read", "ballots:read"]
        );
        assert_eq!(Scope::parse_list("stats:read,ballots:write"), Some(vec![Scope::BallotsWrite, Scope::StatsRead]));
        assert_eq!(Scope::parse_list("ballots_write"), None);
    }
}
