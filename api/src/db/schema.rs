//! One schema for both backends; the migrations in `migrations/sqlite` and `migrations/postgres` create it.

diesel::table! {
    counties (id) {
        id -> SmallInt,
        name -> Text,
        birth_date_precision -> Text,
        elections_phone -> Nullable<Text>,
        elections_email -> Nullable<Text>,
        elections_website -> Nullable<Text>,
        cure_form_url -> Nullable<Text>,
        reminder_days -> SmallInt,
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

diesel::table! {
    api_clients (id) {
        id -> BigInt,
        client_id -> Text,
        name -> Text,
        county_id -> Nullable<SmallInt>,
        scopes -> Text,
        secret_hash -> Text,
        created_at -> Timestamp,
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    elections (id) {
        id -> BigInt,
        code -> Text,
        name -> Text,
        election_day -> Date,
        return_deadline -> Date,
        cure_deadline -> Nullable<Date>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    election_counties (election_id, county_id) {
        election_id -> BigInt,
        county_id -> SmallInt,
    }
}

diesel::table! {
    ballots (id) {
        id -> BigInt,
        county_id -> SmallInt,
        ballot_id -> Text,
        voter_record_id -> BigInt,
        election_id -> BigInt,
        delivery_method -> Text,
        outbound_tracking -> Nullable<Text>,
        return_tracking -> Nullable<Text>,
        supersedes_id -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    ballot_statuses (ballot_id) {
        ballot_id -> BigInt,
        status -> Text,
        status_reason -> Nullable<Text>,
        status_rank -> SmallInt,
        status_at -> Nullable<Timestamp>,
        expected_delivery -> Nullable<Date>,
        expected_at -> Nullable<Timestamp>,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    ballot_events (id) {
        id -> BigInt,
        county_id -> SmallInt,
        event_id -> Text,
        ballot_id -> BigInt,
        status -> Text,
        reason -> Nullable<Text>,
        status_rank -> SmallInt,
        occurred_at -> Timestamp,
        occurred_on -> Date,
        expected_delivery -> Nullable<Date>,
        source -> Text,
        client_id -> Nullable<BigInt>,
        received_at -> Timestamp,
    }
}

diesel::table! {
    usps_scans (id) {
        id -> BigInt,
        county_id -> SmallInt,
        tracking -> Text,
        facility_zip -> Text,
        operation_code -> Text,
        scanned_at -> Timestamp,
        expected_delivery -> Nullable<Date>,
        ballot_id -> Nullable<BigInt>,
        received_at -> Timestamp,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        client_id -> BigInt,
        at -> Timestamp,
        endpoint -> Text,
        county_id -> SmallInt,
        received -> Integer,
        accepted -> Integer,
        unchanged -> Integer,
        rejected -> Integer,
    }
}

diesel::table! {
    voter_preferences (voter_record_id) {
        voter_record_id -> BigInt,
        notifications_on -> Bool,
        language -> Text,
        time_zone -> Text,
        contact_from -> Text,
        contact_until -> Text,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    contact_methods (id) {
        id -> BigInt,
        voter_record_id -> BigInt,
        kind -> Text,
        address -> Text,
        state -> Text,
        confirmation_hash -> Nullable<Text>,
        confirmation_expires_at -> Nullable<Timestamp>,
        confirmation_sent_at -> Nullable<Timestamp>,
        confirmation_tries_left -> Nullable<SmallInt>,
        confirmed_at -> Nullable<Timestamp>,
        failure -> Nullable<Text>,
        link_nonce -> Nullable<Text>,
        added_by_session -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    sms_opt_outs (phone) {
        phone -> Text,
        opted_out_at -> Timestamp,
    }
}

diesel::table! {
    verification_codes (session_id) {
        session_id -> Text,
        voter_record_id -> BigInt,
        code_hash -> Text,
        contact_method_id -> BigInt,
        attempts_left -> SmallInt,
        sent_at -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    notifications (id) {
        id -> BigInt,
        voter_record_id -> BigInt,
        ballot_id -> BigInt,
        channel -> Text,
        notice -> Text,
        reason -> Nullable<Text>,
        expected_delivery -> Nullable<Date>,
        status_rank -> SmallInt,
        state -> Text,
        pending_key -> Nullable<Text>,
        due_at -> Timestamp,
        attempts -> SmallInt,
        claimed_at -> Nullable<Timestamp>,
        provider_id -> Nullable<Text>,
        outcome -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    held_batches (id) {
        id -> BigInt,
        county_id -> SmallInt,
        client_id -> Nullable<BigInt>,
        created_at -> Timestamp,
        reasons -> Text,
        rows_posted -> Integer,
        final_rows -> Integer,
        skipped_rows -> Integer,
        future_rows -> Integer,
        county_ballots -> Integer,
        state -> Text,
        decided_by -> Nullable<BigInt>,
        decided_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    account_messages (id) {
        id -> BigInt,
        voter_record_id -> Nullable<BigInt>,
        kind -> Text,
        channel -> Text,
        priority -> SmallInt,
        contact_method_id -> Nullable<BigInt>,
        sealed -> Text,
        state -> Text,
        due_at -> Timestamp,
        attempts -> SmallInt,
        claimed_at -> Nullable<Timestamp>,
        provider_id -> Nullable<Text>,
        outcome -> Nullable<Text>,
        expires_at -> Timestamp,
        created_at -> Timestamp,
    }
}

diesel::table! {
    reminder_runs (election_id, county_id, run_on) {
        election_id -> BigInt,
        county_id -> SmallInt,
        run_on -> Date,
    }
}

diesel::joinable!(voter_records -> counties (county_id));
diesel::joinable!(notifications -> ballots (ballot_id));
diesel::table! {
    voter_sessions (id) {
        id -> Text,
        voter_record_id -> BigInt,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        verified_at -> Nullable<Timestamp>,
        verified_trust_since -> Nullable<Timestamp>,
        ended_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    account_changes (id) {
        id -> BigInt,
        voter_record_id -> BigInt,
        kind -> Text,
        previous -> Text,
        contact_method_id -> Nullable<BigInt>,
        method_nonce -> Nullable<Text>,
        change_group -> Text,
        session_id -> Nullable<Text>,
        actor_trusted_since -> Nullable<Timestamp>,
        recipient_confirmed_at -> Nullable<Timestamp>,
        undo_hash -> Text,
        undo_expires_at -> Timestamp,
        undone_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    message_budgets (budget_key, hour_start) {
        budget_key -> Text,
        hour_start -> Timestamp,
        used -> Integer,
    }
}

diesel::table! {
    staff_accounts (id) {
        id -> BigInt,
        email -> Text,
        county_id -> Nullable<SmallInt>,
        role -> Text,
        password_hash -> Nullable<Text>,
        totp_secret -> Nullable<Text>,
        totp_last_step -> Nullable<BigInt>,
        enrolment_hash -> Nullable<Text>,
        enrolment_expires_at -> Nullable<Timestamp>,
        enrolment_totp_secret -> Nullable<Text>,
        created_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        enrolled_at -> Nullable<Timestamp>,
        disabled_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    staff_sessions (id) {
        id -> Text,
        staff_id -> BigInt,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        last_seen_at -> Timestamp,
        ended_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    staff_sign_in_failures (email_key) {
        email_key -> Text,
        failures -> Integer,
        last_failed_at -> Timestamp,
        locked_until -> Nullable<Timestamp>,
    }
}

diesel::table! {
    staff_audit (id) {
        id -> BigInt,
        staff_id -> Nullable<BigInt>,
        county_id -> Nullable<SmallInt>,
        at -> Timestamp,
        action -> Text,
        subject -> Text,
        reason -> Nullable<Text>,
    }
}

diesel::joinable!(contact_methods -> voter_records (voter_record_id));
diesel::joinable!(voter_sessions -> voter_records (voter_record_id));
diesel::joinable!(voter_preferences -> voter_records (voter_record_id));
diesel::joinable!(ballots -> elections (election_id));
diesel::joinable!(ballots -> voter_records (voter_record_id));
diesel::joinable!(ballot_events -> ballots (ballot_id));
diesel::joinable!(ballot_statuses -> ballots (ballot_id));
diesel::joinable!(election_counties -> elections (election_id));
diesel::joinable!(account_messages -> voter_records (voter_record_id));
diesel::joinable!(staff_sessions -> staff_accounts (staff_id));
diesel::joinable!(staff_audit -> staff_accounts (staff_id));
diesel::allow_tables_to_appear_in_same_query!(
    counties,
    voter_records,
    api_clients,
    elections,
    election_counties,
    ballots,
    ballot_statuses,
    ballot_events,
    usps_scans,
    audit_log,
    voter_preferences,
    contact_methods,
    sms_opt_outs,
    verification_codes,
    notifications,
    reminder_runs,
    account_messages,
    voter_sessions,
    account_changes,
    message_budgets,
    staff_accounts,
    staff_sessions,
    staff_sign_in_failures,
    staff_audit,
    held_batches
);

// What a held batch would send, counted by notice, channel and the voter's language.
diesel::allow_columns_to_appear_in_same_group_by_clause!(
    notifications::notice,
    notifications::channel,
    voter_preferences::language,
);
