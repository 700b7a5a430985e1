//! California's 58 counties and what voters need to reach each county's elections office.

use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::counties;

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = counties)]
pub struct County {
    pub id: i16,
    pub name: String,
    /// `full`, or `year` where the county holds only the year of birth.
    pub birth_date_precision: String,
    pub elections_phone: Option<String>,
    pub elections_email: Option<String>,
    pub elections_website: Option<String>,
}

/// Fields to change; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, AsChangeset)]
#[diesel(table_name = counties)]
pub struct CountyChanges {
    pub birth_date_precision: Option<String>,
    pub elections_phone: Option<String>,
    pub elections_email: Option<String>,
    pub elections_website: Option<String>,
}

pub fn list(conn: &mut DbConnection) -> QueryResult<Vec<County>> {
    counties::table.order(counties::id).select(County::as_select()).load(conn)
}

/// Applies `changes` to county `id`; `false` when there is no such county.
pub fn update(conn: &mut DbConnection, id: i16, changes: &CountyChanges) -> QueryResult<bool> {
    Ok(diesel::update(counties::table.find(id)).set(changes).execute(conn)? == 1)
}
