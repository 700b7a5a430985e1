//! One schema for both backends; the migrations in `migrations/sqlite` and `migrations/postgres` create it.

diesel::table! {
    counties (id) {
        id -> SmallInt,
        name -> Text,
        birth_date_precision -> Text,
        elections_phone -> Nullable<Text>,
        elections_email -> Nullable<Text>,
        elections_website -> Nullable<Text>,
    }
}

diesel::table! {
    voter_records (id) {
        id -> BigInt,
        uid -> Text,
        voter_id -> Text,
        county_id -> SmallInt,
        first_name -> Text,
        last_name -> Text,
        first_name_key -> Text,
        last_name_key -> Text,
        birth_year -> SmallInt,
        birth_date -> Nullable<Date>,
        zip -> Text,
        status -> Text,
        updated_at -> Timestamp,
    }
}

diesel::joinable!(voter_records -> counties (county_id));
diesel::allow_tables_to_appear_in_same_query!(counties, voter_records);
