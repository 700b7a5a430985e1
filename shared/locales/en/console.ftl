# The county console and the staff API: for county and state staff, who work in English. A county
# that wants another language copies this file into that language's folder and translates it.

## Problems of the staff routes

problem-staff-sign-in-refused-title = Sign-in refused
problem-staff-sign-in-refused-detail = The email, password or code is wrong, or the account is disabled. After 5 refusals in a row, the email is locked for 15 minutes.
problem-staff-session-ended-title = Please sign in again
problem-staff-session-ended-detail = Your staff session has ended: you signed out, it was unused for 30 minutes, it reached its 8 hours, or an admin ended it.
problem-staff-locked-title = Too many refused sign-ins
problem-staff-locked-detail = This email is locked after 5 refused sign-ins in a row. Try again in { $minutes } minute(s), or ask your admin for a new enrolment link.
problem-staff-enrolment-link-title = This enrolment link does not work
problem-staff-enrolment-link-detail = It was used already, it has expired (links work for 3 days), or the account was disabled. Ask your admin for a new link.
problem-staff-enrolment-no-secret-title = Open the enrolment link first
problem-staff-enrolment-no-secret-detail = Open the link to get the secret for your authenticator app, then send its code with your password.
problem-staff-other-county-title = Not allowed
problem-staff-other-county-detail = You work for county { $own }, not county { $county }.
problem-staff-role-title = Not allowed
problem-staff-role-detail = This needs the { $role } role or a higher one.
problem-staff-state-only-title = Not allowed
problem-staff-state-only-detail = Only the state's admins create state staff accounts.
problem-staff-exists-title = This email has an account already
problem-staff-exists-detail = { $email } has a staff account. To give it a new enrolment link, reset it.
problem-staff-no-such-account-title = No such staff account
problem-staff-no-such-account-detail = No account you manage has this id.

## Field errors of the staff forms

field-error-email-staff-missing = Enter your work email.
field-error-email-staff-format = Enter an email address, like name@county.gov.
field-error-password-staff-missing = Enter your password.
field-error-password-staff-too_short = Use at least 12 characters. A few words you will remember make a good password.
field-error-password-staff-too_long = Use at most 128 characters.
field-error-code-staff-missing = Enter the 6-digit code your authenticator app shows.
field-error-code-staff-format = The code is the 6 digits your authenticator app shows.
field-error-code-staff-wrong = This is not the code your authenticator app shows now. Check that you added the secret above, then try the newest code.
field-error-token-staff-missing = Open the enrolment link your admin gave you.
field-error-token-staff-format = This is not an enrolment link. Open the whole link your admin gave you.
field-error-role-staff-missing = Choose a role.
field-error-role-staff-unknown = Choose viewer, operator or admin.
field-error-county-staff-unknown = Counties are numbered 1 to 58.

## Field errors of the read API's questions

field-error-list-office-unknown = Lists are cure, undeliverable, not_delivered, not_received and not_accepted.
field-error-days-office-range = Give a number of days from 0 to 366.
field-error-reason-office-unknown = Reasons are no_signature, signature_mismatch, already_voted, ballot_missing, voter_deceased, late and other.
field-error-after-office-format = Pass the `next` value of the previous page as it came.
field-error-limit-office-range = A page holds 1 to 500 ballots.
field-error-why-office-missing = Say why you look, for the county's audit log (for example: "voter called the office").
field-error-ballot_id-office-missing = Give a ballot id or a voter ID.

## Held batches

problem-hold-decided-title = This batch is not held
problem-hold-decided-detail = It was released or discarded already, or it is not one of this county's batches.
