//! Who may do what: a signed-in staff member's role and county against what a request needs.

use ballot_shared::Vocabulary;
use ballot_shared::staff::{StaffMember, StaffRole};

use crate::error::{ServiceError, Words};

/// What a request needs of a staff member's role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    /// Read ballots, lists and counts.
    See,
    /// Hold, release and discard batches, send corrections, export lists.
    Act,
    /// Manage staff accounts and read the audit log.
    ManageStaff,
}

impl Permission {
    /// The least role that has it.
    pub fn least_role(self) -> StaffRole {
        match self {
            Self::See => StaffRole::Viewer,
            Self::Act => StaffRole::Operator,
            Self::ManageStaff => StaffRole::Admin,
        }
    }
}

/// A staff member in a live session.
#[derive(Debug, Clone)]
pub struct SignedInStaff {
    pub member: StaffMember,
    pub session_id: String,
}

impl SignedInStaff {
    /// Whether the person is the state's: they see and act for every county.
    pub fn is_state(&self) -> bool {
        self.member.county.is_none()
    }

    /// Allows the request when the role has `permission` and the person works for `county` (or
    /// for the state); otherwise a 403 saying which is missing.
    pub fn authorize(&self, county: i16, permission: Permission) -> Result<(), ServiceError> {
        self.allow(permission)?;
        match self.member.county {
            Some(own) if own != county => Err(ServiceError::Forbidden(
                Words::new("problem-staff-other-county")
                    .with("own", format!("{own:02}"))
                    .with("county", format!("{county:02}")),
            )),
            _ => Ok(()),
        }
    }

    /// Allows the request when the role has `permission`, whatever the county.
    pub fn allow(&self, permission: Permission) -> Result<(), ServiceError> {
        if self.member.role >= permission.least_role() {
            Ok(())
        } else {
            Err(ServiceError::Forbidden(
                Words::new("problem-staff-role").with("role", permission.least_role().as_str()),
            ))
        }
    }

    /// The county whose records the request may touch: `asked` when the person may (the state's
    /// staff may ask for any, or none: every county), else their own.
    pub fn scope(&self, asked: Option<i16>, permission: Permission) -> Result<Option<i16>, ServiceError> {
        match (self.member.county, asked) {
            (None, asked) => self.allow(permission).map(|()| asked),
            (Some(own), None) => self.authorize(own, permission).map(|()| Some(own)),
            (Some(_), Some(asked)) => self.authorize(asked, permission).map(|()| Some(asked)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn staff(county: Option<i16>, role: StaffRole) -> SignedInStaff {
        SignedInStaff {
            member: StaffMember { id: 1, email: "a@example.gov".into(), county, role },
            session_id: "s".into(),
        }
    }

    #[test]
    fn each_role_has_the_permissions_of_the_ones_before_it() {
        let viewer = staff(Some(34), StaffRole::Viewer);
        assert!(viewer.authorize(34, Permission::See).is_ok());
        assert!(viewer.authorize(34, Permission::Act).is_err());
        let operator = staff(Some(34), StaffRole::Operator);
        assert!(operator.authorize(34, Permission::Act).is_ok());
        assert!(operator.authorize(34, Permission::ManageStaff).is_err());
        assert!(staff(Some(34), StaffRole::Admin).authorize(34, Permission::ManageStaff).is_ok());
    }

    #[test]
    fn county_staff_stay_in_their_county_and_the_state_goes_everywhere() {
        let admin = staff(Some(34), StaffRole::Admin);
        assert!(admin.authorize(19, Permission::See).is_err());
        assert_eq!(admin.scope(None, Permission::See).unwrap(), Some(34));
        assert!(admin.scope(Some(19), Permission::See).is_err());
        let state = staff(None, StaffRole::Viewer);
        assert!(state.authorize(19, Permission::See).is_ok());
        assert_eq!(state.scope(None, Permission::See).unwrap(), None);
        assert!(state.authorize(19, Permission::Act).is_err());
    }
}
