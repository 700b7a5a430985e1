//! The page's addresses. Each is a real link: it can be bookmarked, opened from a message, and
//! reached with the browser's back and forward buttons.

use std::fmt;
use std::str::FromStr;

use yew_router::Routable;

#[derive(Debug, Clone, PartialEq, Routable)]
pub enum Route {
    /// Find yourself in the voter roll; once signed in, this opens the portal.
    #[at("/")]
    SignUp,
    /// The signed-in voter's page. Opened signed out, it asks the voter to sign in first.
    #[at("/portal")]
    Portal,
    /// The portal, at one of its parts.
    #[at("/portal/:part")]
    PortalPart { part: PortalPart },
    /// `/confirm-email?token=…`, from the email that confirms an address.
    #[at("/confirm-email")]
    ConfirmEmail,
    /// `/unsubscribe?token=…`, from the foot of an email.
    #[at("/unsubscribe")]
    Unsubscribe,
    /// `/undo?token=…`, from the notice of a change to how the voter is reached.
    #[at("/undo")]
    Undo,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    /// A page only a signed-in voter sees.
    pub fn is_portal(&self) -> bool {
        matches!(self, Self::Portal | Self::PortalPart { .. })
    }
}

/// The parts of the portal a link can point to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PortalPart {
    Ballot,
    Reach,
    Settings,
}

impl PortalPart {
    pub const ALL: [Self; 3] = [Self::Ballot, Self::Reach, Self::Settings];

    fn path(self) -> &'static str {
        match self {
            Self::Ballot => "ballot",
            Self::Reach => "reach",
            Self::Settings => "settings",
        }
    }

    /// The message id of the link to this part.
    pub fn link_text(self) -> &'static str {
        match self {
            Self::Ballot => "portal-go-ballot",
            Self::Reach => "portal-go-reach",
            Self::Settings => "portal-go-settings",
        }
    }

    /// The id of the heading the part starts with.
    pub fn heading_id(self) -> &'static str {
        match self {
            Self::Ballot => "ballots-heading",
            Self::Reach => "reach-heading",
            Self::Settings => "hours-heading",
        }
    }
}

impl fmt::Display for PortalPart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.path())
    }
}

/// An unknown part is not a page: the route does not match and the visitor sees "not found".
impl FromStr for PortalPart {
    type Err = ();

    fn from_str(s: &str) -> Result<Self, ()> {
        Self::ALL.into_iter().find(|part| part.path() == s).ok_or(())
    }
}
