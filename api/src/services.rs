//! The use-cases wired to what they depend on: built once per process by `serve` (which adds the
//! HTTP layer on top), by `worker` (which does not) and by the tests.

use std::sync::Arc;

use anyhow::Context;
use tokio::sync::Notify;

use crate::clock::Clock;
use crate::config::Settings;
use crate::db::Database;
use crate::messaging::Messenger;
use crate::messaging::links::Links;
use crate::messaging::transport::Transport;
use crate::notify::worker::Delivery;
use crate::office::Office;
use crate::staff::{self, Staff};
use crate::tokens::SessionKeys;
use crate::voter::lookup::LookupLimits;
use crate::voter::portal::Portal;
use crate::voter::sign_in::SignIn;

/// What the server's handlers and the notification workers share.
#[derive(Clone)]
pub struct Services {
    pub database: Database,
    pub clock: Clock,
    pub session_keys: Arc<SessionKeys>,
    pub portal: Portal,
    pub sign_in: Arc<SignIn>,
    pub delivery: Delivery,
    pub staff: Staff,
    pub office: Office,
}

impl Services {
    /// Connects and migrates the database and sets up the message transports; `port` is where
    /// voters reach this process when no public address is configured.
    pub async fn build(settings: &Settings, port: u16) -> anyhow::Result<Self> {
        Self::build_with_transport(settings, port, None).await
    }

    /// The same, with `transport` carrying every message in place of the configured transports.
    pub async fn build_with_transport(
        settings: &Settings,
        port: u16,
        transport: Option<Arc<dyn Transport>>,
    ) -> anyhow::Result<Self> {
        let token_secret = crate::secrets::token_secret(settings.token_secret.as_ref(), &settings.data_dir)?;
        let database_settings = settings.database.clone();
        let database = tokio::task::spawn_blocking(move || Database::connect(&database_settings))
            .await
            .context("connecting to the database")??;
        tokio::task::spawn_blocking(crate::feeds::clients::prepare).await?;
        tokio::task::spawn_blocking(staff::factors::prepare).await?;
        let messenger = Arc::new(Messenger::new(&settings.messaging, &settings.data_dir, transport)?);
        let public_url = settings.public_url.clone().unwrap_or_else(|| format!("http://127.0.0.1:{port}"));
        let clock = settings.clock.clone();
        let session_keys = Arc::new(SessionKeys::new(
            &token_secret,
            &settings.token_issuer,
            chrono::Duration::minutes(settings.session_minutes.into()),
        ));
        let links = Links::new(&public_url, &settings.display_name, session_keys.clone());
        let wakeup = Arc::new(Notify::new());
        let portal = Portal {
            database: database.clone(),
            clock: clock.clone(),
            messenger: messenger.clone(),
            session_keys: session_keys.clone(),
            links: links.clone(),
            cooling_off: chrono::Duration::hours(settings.cooling_off_hours.into()),
            wakeup: wakeup.clone(),
        };
        let delivery = Delivery {
            database: database.clone(),
            clock: clock.clone(),
            messenger,
            links: links.clone(),
            keys: session_keys.clone(),
            wakeup: wakeup.clone(),
        };
        let sign_in = Arc::new(SignIn {
            database: database.clone(),
            clock: clock.clone(),
            session_keys: session_keys.clone(),
            limits: LookupLimits::new(settings.lookups_per_client_hour, settings.lookups_per_identity_hour),
            registration_check_url: settings.registration_check_url.clone(),
            voter_id_help: settings.voter_id_help.clone(),
        });
        let staff = Staff {
            database: database.clone(),
            clock: clock.clone(),
            keys: session_keys.clone(),
            service_name: settings.display_name.clone(),
            public_url: public_url.clone(),
            attempts: Arc::new(staff::attempts_per_address()),
        };
        let office =
            Office { database: database.clone(), clock: clock.clone(), staff: staff.clone(), wakeup: wakeup.clone() };
        Ok(Self { database, clock, session_keys, portal, sign_in, delivery, staff, office })
    }
}
