//! California's 58 counties and what voters need to reach each county's elections office.

use ballot_shared::contact::PhoneNumber;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::counties;
use crate::messaging::texts::text;

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
    pub cure_form_url: Option<String>,
    /// Days before election day that voters whose ballot has not come back are reminded (0: never).
    pub reminder_days: i16,
}

impl County {
    /// How to reach the county's elections office, in a sentence in `language`, from whichever
    /// contacts are set; `None` when the county has none on record.
    pub fn office_contacts(&self, language: &str) -> Option<String> {
        let parts: Vec<String> = [
            self.elections_phone.as_ref().map(|phone| {
                let shown = PhoneNumber::parse(phone).map_or_else(|_| phone.clone(), |p| p.national());
                text(language, "county-phone", &[("phone", &shown)])
            }),
            self.elections_email.as_ref().map(|email| text(language, "county-email", &[("email", email)])),
            self.elections_website.as_ref().map(|site| text(language, "county-website", &[("url", site)])),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!parts.is_empty())
            .then(|| text(language, "county-office", &[("county", &self.name), ("contacts", &parts.join(", "))]))
    }
}

/// Fields to change; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, AsChangeset)]
#[diesel(table_name = counties)]
pub struct CountyChanges {
    pub birth_date_precision: Option<String>,
    pub elections_phone: Option<String>,
    pub elections_email: Option<String>,
    pub elections_website: Option<String>,
    pub cure_form_url: Option<String>,
    pub reminder_days: Option<i16>,
}

pub fn list(conn: &mut DbConnection) -> QueryResult<Vec<County>> {
    counties::table.order(counties::id).select(County::as_select()).load(conn)
}

pub fn find(conn: &mut DbConnection, id: i16) -> QueryResult<Option<County>> {
    counties::table.find(id).select(County::as_select()).first(conn).optional()
}

/// Applies `changes` to county `id`; `false` when there is no such county.
pub fn update(conn: &mut DbConnection, id: i16, changes: &CountyChanges) -> QueryResult<bool> {
    Ok(diesel::update(counties::table.find(id)).set(changes).execute(conn)? == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn county() -> County {
        County {
            id: 34,
            name: "Sacramento".into(),
            birth_date_precision: "full".into(),
            elections_phone: None,
            elections_email: None,
            elections_website: None,
            cure_form_url: None,
            reminder_days: 4,
        }
    }

    #[test]
    fn office_contacts_name_only_what_is_set() {
        assert_eq!(county().office_contacts("en"), None);
        let with_phone = County { elections_phone: Some("+19165550100".into()), ..county() };
        assert_eq!(
            with_phone.office_contacts("en").unwrap(),
            "Sacramento County elections office: phone (916) 555-0100."
        );
        let with_all = County {
            elections_email: Some("voters@example.org".into()),
            elections_website: Some("https://example.org/elections".into()),
            ..with_phone
        };
        assert_eq!(
            with_all.office_contacts("en").unwrap(),
            "Sacramento County elections office: phone (916) 555-0100, email voters@example.org, website \
             https://example.org/elections."
        );
        assert_eq!(
            with_all.office_contacts("es").unwrap(),
            "Oficina electoral del condado de Sacramento: teléfono (916) 555-0100, correo electrónico \
             voters@example.org, sitio web https://example.org/elections."
        );
    }
}
