//! Closed sets of values that travel and are stored as words (`email`, `in_review`,
//! `ballots:write`): the words are derived with strum on each type, and this trait gives every
//! such type the same three ways to use them.

use std::str::FromStr;

use strum::VariantArray;

/// A type whose values each have one word (and perhaps other spellings it accepts).
pub trait Vocabulary: Copy + VariantArray + FromStr + Into<&'static str> + 'static {
    /// The value's word, as stored and sent.
    fn as_str(self) -> &'static str {
        self.into()
    }

    /// The value a word names; spaces around it are ignored.
    fn parse(input: &str) -> Option<Self> {
        input.trim().parse().ok()
    }

    /// Every value, in the order the type declares them.
    fn all() -> &'static [Self] {
        Self::VARIANTS
    }
}

impl<T: Copy + VariantArray + FromStr + Into<&'static str> + 'static> Vocabulary for T {}

/// Stores the values of each listed [`Vocabulary`] type as their words in `TEXT` columns, on
/// every Diesel backend: the type also needs `#[derive(diesel::expression::AsExpression, diesel::deserialize::FromSqlRow)]`
/// and `#[diesel(sql_type = diesel::sql_types::Text)]`. A word the type does not know, read from
/// the database, is a deserialization error naming it.
#[cfg(feature = "diesel")]
#[macro_export]
macro_rules! stored_as_words {
    ($($type:ty),+ $(,)?) => {$(
        impl<DB> ::diesel::serialize::ToSql<::diesel::sql_types::Text, DB> for $type
        where
            DB: ::diesel::backend::Backend,
            str: ::diesel::serialize::ToSql<::diesel::sql_types::Text, DB>,
        {
            fn to_sql<'b>(
                &'b self,
                out: &mut ::diesel::serialize::Output<'b, '_, DB>,
            ) -> ::diesel::serialize::Result {
                let word: &'static str = $crate::Vocabulary::as_str(*self);
                <str as ::diesel::serialize::ToSql<::diesel::sql_types::Text, DB>>::to_sql(word, out)
            }
        }

        impl<DB> ::diesel::deserialize::FromSql<::diesel::sql_types::Text, DB> for $type
        where
            DB: ::diesel::backend::Backend,
            String: ::diesel::deserialize::FromSql<::diesel::sql_types::Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> ::diesel::deserialize::Result<Self> {
                let word = <String as ::diesel::deserialize::FromSql<::diesel::sql_types::Text, DB>>::from_sql(bytes)?;
                $crate::Vocabulary::parse(&word)
                    .ok_or_else(|| format!("`{word}` is not a {}", stringify!($type)).into())
            }
        }
    )+};
}
