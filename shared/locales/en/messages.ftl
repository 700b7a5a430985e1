# Messages the tracker sends to voters, in English. Every message names the service ({ $service })
# so voters can tell it from a scam. Variables: see each message's comment.

language-name = English

# How texts in this language are sent (not words: keep as is): gsm-7 drops the accents GSM-7 lacks
# (160 characters a segment); ucs-2 carries every script (70 characters a segment).
sms-alphabet = gsm-7

## Email confirmation. $link: the confirmation page; $hours: hours the link works.
email-confirm-subject = Confirm your email for { $service }
email-confirm-body =
    Hello { $name },

    Someone, hopefully you, asked { $service } to send updates about your mail ballot to this email address.

    To start getting them, open this link within { $hours } hours:
    { $link }

    If you did not ask for this, ignore this email: nothing more will be sent here.

## Text confirmation (one segment where possible).
sms-confirm = { $service }: reply YES to get texts about your mail ballot. Msg & data rates may apply. Reply STOP to cancel, HELP for help.
sms-confirmed = { $service }: you will now get texts when your mail ballot's status changes. Reply STOP to cancel.
sms-stopped = { $service }: you will get no more texts from us. Reply START to get them again.
sms-started = { $service }: texts about your mail ballot are back on. Reply STOP to cancel.
# $contact: the county elections office, or the state's voter hotline.
sms-help = { $service }: texts when your mail ballot's status changes, a few per election. Msg & data rates may apply. Help: { $contact }. Reply STOP to cancel.
sms-help-contact = your county elections office or the Secretary of State's voter hotline, 1-800-345-8683

## Keywords voters may text, comma-separated; matched ignoring case, spaces and punctuation.
keywords-stop = STOP, STOPALL, END, CANCEL, UNSUBSCRIBE, QUIT, REVOKE, OPT OUT, OPTOUT
keywords-start = START, UNSTOP
keywords-yes = YES, Y
keywords-help = HELP, INFO

## One-time code. $code: six digits; $minutes: how long it works.
code-email-subject = Your { $service } code: { $code }
code-email-body =
    Hello { $name },

    Your code is { $code }. It works for { $minutes } minutes.

    Enter it on the { $service } page to change how you get updates about your ballot. If you did not ask for a code, someone who knows your name, date of birth and ZIP code may be trying to change your notifications: you need do nothing, and nothing changes without the code.
code-sms = { $service } code: { $code }. It works for { $minutes } minutes. If you did not ask for it, ignore this text.
code-voice = Hello, this is { $service }. Your code is { $spoken }. Again, your code is { $spoken }.

## A change to how the voter is reached, told to the methods they had confirmed before it.
## $what: the change in one or more sentences (change-…); $undo: the link that undoes it.
change-email-subject = A change to how { $service } reaches you
change-email-body =
    Hello { $name },

    { $what }

    If you made this change, there is nothing to do.
    If you did not, undo it here (the link works once, for { $days } days): { $undo }
    Undoing it also signs out everyone who is signed in as you.
change-sms = { $service }: { $what } Not you? Undo it: { $undo }
change-voice = Hello, this is { $service }. { $what } If this was not you, please visit { $site } or open the link in our email or text to undo it.
change-method-added = A new way to reach you was added: { $method }.
change-method-replaced = A way of reaching you was changed: { $old } is now { $method }.
change-method-removed = A way of reaching you was removed: { $method }.
change-notifications-off = Notifications about your ballot were turned off.
change-notifications-on = Notifications about your ballot were turned back on.
change-language = Messages will now be in { $language }.
change-contact-hours = Your contact hours are now { $from } to { $until } ({ $zone }).
## What an undo link did.
undone-method-removed = We removed { $method } and signed out everyone who was signed in as you.
undone-method-back = We put back { $method } as it was and signed out everyone who was signed in as you.
undone-preferences = We put your settings back as they were and signed out everyone who was signed in as you.
undone-nothing-to-put-back = That change had already been replaced by another one. We signed out everyone who was signed in as you.

## The call that confirms a voice number.
voice-confirm = Hello, this is { $service }. To confirm calls about your mail ballot, type this code on the website: { $spoken }. Again, your code is { $spoken }. If you did not ask for calls, hang up: we will not call again.

method-email = email { $address }
method-sms = texts to { $address }
method-voice = calls to { $address }

## Email footers
email-footer =
    You get this email because this address was added to { $service } for updates about your mail ballot.
    Stop these emails: { $unsubscribe }

## What each ballot status and reason means (the status page, notifications, and the API's documentation).
status-issued = Your county has prepared your ballot. It has not been handed to the Postal Service yet.
status-mailed = Your county handed your ballot to the Postal Service.
status-in_transit = Your ballot is on its way to you; the Postal Service has scanned it.
status-expected_delivery = Your ballot is on its way; the Postal Service expects to deliver it soon.
status-delivered = The Postal Service delivered your ballot to your mailbox.
status-undeliverable = The Postal Service could not deliver your ballot and is sending it back to your county. Contact your county elections office to get a replacement.
status-returned_by_voter = Your completed ballot is on its way back to your county (a Postal Service scan or a drop box).
status-received = Your county has your completed ballot. It has not been counted yet: the county checks it first.
status-in_review = Your county is checking your ballot envelope before it can be counted.
status-accepted = Your ballot was counted.
status-not_accepted = Your ballot was not counted.
status-voted_in_person = You voted in person, so this mail ballot is not used.
status-superseded = This ballot was replaced by a new one; only the new ballot counts.

reason-no_signature = The envelope was not signed. Sign an unsigned ballot statement and return it to your county by the deadline so your ballot can be counted.
reason-signature_mismatch = The signature on the envelope did not match the one on file. Return a signature verification statement to your county by the deadline so your ballot can be counted.
reason-already_voted = Another ballot of yours (in person, by mail or provisional) was already counted.
reason-ballot_missing = The envelope reached your county without a ballot in it.
reason-voter_deceased = The county's records show the voter as deceased.
reason-late = The ballot was postmarked after election day or arrived after the deadline.
reason-other = Your county could not count this ballot. Contact your county elections office to learn why.

## Fixing a signature problem. $statement: which form; $county: county name; $url: the form's address; $by: the deadline.
cure-statement-no_signature = an unsigned ballot statement
cure-statement-signature_mismatch = a signature verification statement
cure-step-form = Get { $statement } from the { $county } County elections office.
cure-step-form-link = Get { $statement } at { $url }, or from the { $county } County elections office.
cure-step-sign = Fill it in and sign it. Include a copy of an ID if the form asks for one.
cure-step-return = Return it { $by }: by mail, email, fax, a ballot drop box, or in person at the elections office.
cure-step-after = Once the county accepts your statement, your ballot is counted: this page will show it.
cure-by-date = by 5 p.m. on { $date }
cure-by-unknown = as soon as you can: your county sets the deadline, shortly after election day

## Dates in this language: a chrono locale and a strftime pattern.
date-locale = en_US
date-long = %A, %B %-d, %Y

## A county's elections office.
county-office = { $county } County elections office: { $contacts }.
county-phone = phone { $phone }
county-email = email { $email }
county-website = website { $url }

## Ballot notices: one per step worth a message, for email (subject and body), text and call.
## Every one names the service and the county, and none asks for personal information.
## $service; $name: the voter's first name; $county: the county's name; $election: the election's
## name; $date: a date; $deadline: the last day to return; $link: the status page; $contact: how
## to reach the county; $callback: a phone number to call back; $steps: what to do, one per line.
notice-mailed-subject = Your ballot is in the mail
notice-mailed-email = { $county } County handed your ballot for { $election } to the Postal Service. It usually arrives within a week.
notice-mailed-sms = { $service }: { $county } County mailed your ballot. It usually arrives within a week. Track it: { $link }
notice-mailed-voice = { $county } County has mailed your ballot. It usually arrives within a week.

notice-expected_delivery-subject = Your ballot should arrive { $date }
notice-expected_delivery-email = Your ballot for { $election } is on its way. The Postal Service expects to deliver it on { $date }.
notice-expected_delivery-sms = { $service }: the Postal Service expects to deliver your { $county } County ballot on { $date }. Track it: { $link }
notice-expected_delivery-voice = Your ballot is on its way. The Postal Service expects to deliver it on { $date }.

notice-delivered-subject = Your ballot was delivered
notice-delivered-email = The Postal Service delivered your ballot for { $election }. Mark it, sign the envelope, and return it by mail or at a drop box.
notice-delivered-sms = { $service }: your { $county } County ballot was delivered. Sign the envelope and return it by mail or drop box. { $link }
notice-delivered-voice = The Postal Service has delivered your ballot. Please sign the envelope and return it by mail or at a drop box.

notice-undeliverable-subject = Your ballot could not be delivered
notice-undeliverable-email =
    The Postal Service could not deliver your ballot for { $election } and is returning it to { $county } County.

    Ask the county for a new ballot, and check that your mailing address is right. { $contact }
notice-undeliverable-sms = { $service }: your { $county } County ballot could not be delivered. Ask the county for a new one. { $link }
notice-undeliverable-voice = The Postal Service could not deliver your ballot and is returning it to the county. Please call the { $county } County elections office to get a new one.

notice-received-subject = Your county has your ballot (not counted yet)
notice-received-email = { $county } County has received your ballot for { $election }. It has not been counted yet: the county checks the envelope first. We will tell you when it is counted.
notice-received-sms = { $service }: { $county } County has your ballot. It is not counted yet; the county checks it first. We will text you when it is.
notice-received-voice = { $county } County has received your ballot. It has not been counted yet. The county checks it first, and we will tell you when it is counted.

notice-in_review-subject = Action needed: your ballot cannot be counted yet
notice-in_review-email =
    { $county } County cannot count your ballot for { $election } yet. { $reason }

    What to do:
    { $steps }
notice-in_review-sms = { $service }: ACTION NEEDED. { $county } County can't count your ballot until you fix a signature problem, { $deadline }. Form: { $form }
notice-in_review-voice = { $county } County cannot count your ballot yet, because of a problem with the signature on the envelope. You can fix it { $deadline }. Please call the county elections office to find out how.

notice-accepted-subject = Your ballot was counted
notice-accepted-email = { $county } County counted your ballot for { $election }. Thank you for voting.
notice-accepted-sms = { $service }: { $county } County counted your ballot. Thank you for voting.
notice-accepted-voice = { $county } County has counted your ballot. Thank you for voting.

notice-not_accepted-subject = Your ballot was not counted
notice-not_accepted-email = { $county } County did not count your ballot for { $election }. { $reason }
notice-not_accepted-sms = { $service }: { $county } County did not count your ballot. See why and what you can do: { $link }
notice-not_accepted-voice = { $county } County did not count your ballot. Please call the county elections office to learn why.

notice-reminder-subject = Reminder: return your ballot by { $date }
notice-reminder-email = { $county } County has not received your ballot for { $election } yet. Mail it so it is postmarked on or before { $date } and arrives by { $deadline }, or take it to a drop box or voting location by 8 p.m. on { $date }. If you have already sent it, thank you: it can take a few days to arrive.
notice-reminder-sms = { $service }: { $county } County has not received your ballot yet. Mail it by { $date } or take it to a drop box by 8 p.m. that day.
notice-reminder-voice = { $county } County has not received your ballot yet. Please mail it by { $date }, or take it to a drop box by 8 p.m. that day.

notice-email-greeting = Hello { $name },
notice-email-track = See every step of your ballot at { $link }
notice-email-contact = Questions? { $contact }
notice-email-contact-unknown = Questions? Call the { $county } County elections office.
notice-email-trust = { $service } sends these updates for your county. We never ask for your Social Security number, your password, or payment.
notice-voice-open = Hello, this is { $service }, with news about your mail ballot from { $county } County.
notice-voice-close = If you have questions, call { $callback }. Again, that number is { $callback }. Goodbye.
## Short dates for texts.
date-short = %b %-d

## Problems: what the API answers when it cannot do what was asked (`title` and `detail`).
problem-invalid-fields-title = Some fields are not filled in correctly
problem-invalid-fields-detail = Correct the fields listed in `errors` and send the request again.
problem-malformed-json-title = The request body could not be read
problem-malformed-json-detail = The body is not valid JSON for this endpoint: { $reason }.
problem-unreadable-body-title = The request body could not be read
problem-unreadable-body-detail = The body could not be read: { $reason }.
problem-unreadable-form-title = The request body could not be read
problem-unreadable-form-detail = The form could not be read: { $reason }.
problem-not-a-json-array-title = The request body could not be read
problem-not-a-json-array-detail = The body is not a JSON array of objects: { $reason }.
problem-not-utf8-title = The request body could not be read
problem-not-utf8-detail = The body is not UTF-8 text: { $reason }.
problem-csv-header-title = The request body could not be read
problem-csv-header-detail = The CSV header cannot be read: { $reason }.
problem-unsupported-media-type-title = Unsupported content type
problem-unsupported-media-type-detail = Send the request body with a `Content-Type` this endpoint accepts: { $expected }.
problem-payload-too-large-title = The request body is too large
problem-payload-too-large-detail = This endpoint accepts at most { $limit } bytes.
problem-unauthorized-title = Please sign in again
problem-unauthorized-detail = Your session has ended or is not valid. Look yourself up again to continue.
problem-missing-scope-title = Not allowed
problem-missing-scope-detail = This endpoint needs the scope `{ $scope }`, which your token does not have.
problem-other-county-title = Not allowed
problem-other-county-detail = Your client acts for county { $own } only, not county { $county }.
problem-bad-signature-title = Not allowed
problem-bad-signature-detail = The request signature does not match.
problem-oauth-bad-basic-title = The token request was refused
problem-oauth-bad-basic-detail = The Authorization header is not valid HTTP Basic credentials.
problem-oauth-no-grant-title = The token request was refused
problem-oauth-no-grant-detail = Send grant_type=client_credentials.
problem-oauth-grant-title = The token request was refused
problem-oauth-grant-detail = Only the client_credentials grant is supported.
problem-oauth-two-credentials-title = The token request was refused
problem-oauth-two-credentials-detail = Authenticate with HTTP Basic or with form fields, not both.
problem-oauth-no-credentials-title = The token request was refused
problem-oauth-no-credentials-detail = Authenticate with your client id and secret.
problem-oauth-unknown-scope-title = The token request was refused
problem-oauth-unknown-scope-detail = Scopes are ballots:write, voters:write, stats:read and ballots:read.
problem-oauth-bad-client-title = The token request was refused
problem-oauth-bad-client-detail = The client id or secret is wrong, or the client was revoked.
problem-oauth-scope-not-allowed-title = The token request was refused
problem-oauth-scope-not-allowed-detail = The client may not have every scope asked for.
problem-no-such-county-title = No such county
problem-no-such-county-detail = Counties are numbered 01 (Alameda) to 58 (Yuba).
problem-no-such-election-title = No such election
problem-no-such-election-detail = This county holds no election with this id.
problem-batch-too-large-title = The batch is too large
problem-batch-too-large-detail = Send at most { $rows } rows per request; split larger batches.
# $url: where voters check their registration.
problem-voter-not-found-title = We could not find you on the voter roll
problem-voter-not-found-detail = Check that your first name, last name, date of birth and ZIP code are typed exactly as on your voter registration. If you registered or changed your registration in the last few days, it may not have reached us yet: try again later. You can check your registration at { $url }.
# $help: where the voter ID is found; $office: how to reach the county's elections office (may be empty).
problem-voter-id-needed-title = Your voter ID is needed
problem-voter-id-needed-detail = More than one registered voter has these details. Add your voter ID so we can tell you apart. { $help } { $office }
problem-voter-id-help = Your voter ID is on your voter notification card and on your sample ballot. Your county elections office, or the Secretary of State's voter hotline, can also tell you.
problem-too-many-requests-title = Too many attempts
problem-too-many-requests-detail = For everyone's privacy, lookups are limited. Try again in { $minutes } minute(s).
problem-too-many-messages-title = Too many messages for now
problem-too-many-messages-detail = We limit how many confirmations and codes we send, so no one can flood an inbox or a phone. Try again in { $minutes } minute(s).
problem-verification-needed-title = Enter the code we send you first
problem-verification-needed-detail = Once a way of reaching you is confirmed, changing your notifications needs a one-time code: we send it to a way of reaching you that was confirmed at least a day before you signed in. Your name, date of birth and ZIP code are public record, so they alone cannot protect these changes.
problem-no-such-message-title = No such message
problem-no-such-message-detail = This report is about no message this service sent.
# $sender: the number texts come from.
problem-number-stopped-title = This number asked us to stop texting
problem-number-stopped-detail = Someone replied STOP from this number, so we may not text it. To get texts again, text START to { $sender } from this phone, then add the number here.
problem-nothing-to-confirm-title = Nothing to confirm
problem-nothing-to-confirm-detail = Only a method waiting for confirmation can get its confirmation again.
problem-no-such-method-title = No such contact method
problem-no-such-method-detail = There is no { $kind ->
        [email] email address
        [sms] number for texts
       *[voice] number for calls
    } to remove.
problem-code-to-unconfirmed-title = Codes go only to confirmed methods
problem-code-to-unconfirmed-detail = Choose a way of reaching you that is on (confirmed). If you have none, nothing needs a code.
problem-confirmation-expired-title = This link has expired
problem-confirmation-expired-detail = Confirmation links work for { $hours } hours. Look yourself up again and choose "send again" next to your email address.
problem-confirmation-invalid-title = This link is not valid
problem-confirmation-invalid-detail = It may have been used already, or replaced by a newer one. Look yourself up again to see whether your email address is confirmed.
problem-unsubscribe-invalid-title = This unsubscribe link is not valid
problem-unsubscribe-invalid-detail = Look yourself up on the site to turn notifications off.
problem-method-too-new-title = This way of reaching you cannot receive codes yet
problem-method-too-new-detail = For your protection, a code goes only to a way of reaching you that was confirmed at least { $hours } hours before you signed in. Choose another one, or sign in again in about { $wait } hours.
problem-undo-invalid-title = This undo link is not valid
problem-undo-invalid-detail = Check that you opened the whole link from our message.
problem-undo-by-newer-method-title = This link cannot undo that change
problem-undo-by-newer-method-detail = The change was made after a code sent to a way of reaching you that was confirmed before this one, so only a link sent to such a way can undo it. Sign in and ask for a code to change it.
problem-undo-used-title = This change was already undone
problem-undo-used-detail = Each undo link works once. Everyone who was signed in as you was signed out then.
problem-undo-expired-title = This undo link has expired
problem-undo-expired-detail = Undo links work for { $days } days. Sign in and ask for a code to make changes, or call your county elections office.
problem-unsubscribe-outdated-title = This unsubscribe link is out of date
problem-unsubscribe-outdated-detail = The address it was sent to has changed or was removed since. Look yourself up on the site to turn notifications off.
problem-text-replies-not-set-up-title = The service is temporarily unavailable
problem-text-replies-not-set-up-detail = Text replies are not set up on this installation. Try again in a few minutes.
problem-database-unreachable-title = The service is temporarily unavailable
problem-database-unreachable-detail = The database is not reachable. Try again in a few minutes.
problem-unexpected-title = Internal Server Error
problem-unexpected-detail = Something went wrong on our side. Try again in a few minutes.
problem-no-such-endpoint-title = No such endpoint
problem-no-such-endpoint-detail = Nothing is served at this address. The API is described at /api/v1/openapi.yaml.
