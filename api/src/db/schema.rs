//! One schema for both backends; the migrations in `migrations/sqlite` and `migrations/postgres` create it.

diesel::table! {
    counties (id) {
        id -> SmallInt,
        name -> Text,
    }
}
