# The web page's words, in English. The web front end reads every `ui.ftl` under shared/locales/:
# a language is added by adding its folder (with this file and messages.ftl, whose `language-name`
# names the language in the language menus). The API reads these files too, so an id here must
# not repeat one in messages.ftl.
#
# Errors next to form fields are `field-error-<field>[-<kind>]-<code>`: the page and the API's
# field errors use the same words (the codes are in shared/src, one per way a field can be wrong).

## Dates: "Tuesday, October 13".
page-date = { $weekday }, { $month } { $day }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Everywhere
ui-language-label = Language
ui-unreachable = We could not reach the tracker just now. Check your internet connection and try again.
ui-try-again = Try again
ui-start-over = Go to the tracker's home page
ui-session-ended = For your privacy, your session ended after a while without activity. Look yourself up again to continue.
ui-wait-minutes = { $minutes ->
    [one] We sent a message very recently. Please wait a minute, then try again.
   *[other] We sent several messages lately. Please wait { $minutes } minutes, then try again.
}
ui-something-wrong = Something went wrong on our side. Please try again in a few minutes.

## Sign-up
signup-heading = Track your mail ballot
signup-intro = First, let's find you on the voter roll. Enter your details exactly as you registered to vote.
signup-first-name = First name
signup-first-name-hint = As it appears on your voter registration.
signup-last-name = Last name
signup-date-of-birth = Date of birth
signup-date-of-birth-hint = Month, day and year, for example 01-23-1980.
signup-zip = ZIP code of your California home address
signup-zip-hint = The residential address you registered to vote with, even if your mail goes elsewhere.
signup-voter-id = Voter ID
signup-voter-id-hint = Letters and digits, without spaces or dashes.
signup-submit = Find me
signup-submitting = Looking you up…
signup-check-details = Please check these details
signup-not-found-heading = We could not find you on the voter roll
signup-check-registration = Check your voter registration

## The portal
portal-hello = Hello, { $name }
portal-registered-in = registered in { $county } County
portal-sign-out = Sign out
portal-sign-out-everywhere = Sign out everywhere
portal-signed-out-everywhere = You are signed out on every device and browser, this one too.
portal-loading = Loading…
portal-reload = Check again
portal-sections = Parts of this page
portal-go-ballot = Your ballot
portal-go-reach = How we reach you
portal-go-settings = Settings

## Ballots
ballots-heading = Your ballot
ballots-loading = Loading your ballot…
ballots-none = We don't have a mail ballot for you yet. Counties mail ballots about a month before election day. Come back then, or choose below how we should tell you when yours is on its way.
ballot-election-day = Election day: { $date }
ballot-county = { $county } County
ballot-replaced = Replaced: you were sent a new ballot, so this one no longer counts. Use the new one.
ballot-now = Where it is now
ballot-steps = Steps of your ballot
ballot-step-mailed = Mailed to you
ballot-step-delivered = Delivered
ballot-step-received = Received by your county
ballot-step-counted = Counted
ballot-step-done = done
ballot-step-current = now
ballot-step-upcoming = not yet
ballot-step-preparing = Your county is preparing it
ballot-step-expected = Expected { $date }
ballot-step-undeliverable = Could not be delivered
ballot-step-returning = On its way back to your county
ballot-step-in-review = Being checked
ballot-step-needs-you = Needs your signature
ballot-step-not-counted = Not counted
ballot-step-in-person = You voted in person
ballot-expected-delivery = The Postal Service expects to deliver your ballot on { $date }.
ballot-return-by = Return your completed ballot by election day, { $election_day }. If you mail it, it must be postmarked by then and arrive by { $deadline }.
ballot-history = What has happened so far
ballot-history-empty = Nothing has been recorded yet.

## Each status and reason in plain words.

## Fixing a signature problem ("cure").
cure-heading = Action needed: your ballot will not be counted unless you act
cure-deadline = Deadline: 5 p.m. on { $date }
cure-no-deadline = Do it as soon as you can: your county sets the deadline, shortly after election day.
cure-steps = What to do
cure-form-link = Download the form
cure-contact = Questions? { $contact }

## How we reach you
reach-heading = How we reach you
reach-intro = Choose how we tell you when your ballot moves. You can use more than one.
reach-loading = Loading your settings…
kind-email = Email
kind-sms = Text messages
kind-voice = Voice calls
kind-email-switch = Email updates
kind-sms-switch = Text message updates
kind-voice-switch = Voice call updates
state-none = Off
state-off = Off (turned off)
state-pending = Waiting for you to confirm
state-on = On
state-failed = Not working
method-sends-to = Updates go to { $address }.
method-from-email = Our emails come from { $sender }. Not in your inbox? Check your spam or junk folder.
method-from-sms = Our texts come from { $sender }.
method-from-voice = Our calls come from { $sender }: a short recorded message.
method-pending-email = We sent an email to { $address }. Open the link in it to turn email updates on. The link works for 48 hours.
method-pending-sms = We sent a text to { $address }. Reply YES to the text we sent to turn text updates on.
method-pending-voice = We are calling { $address } with a 6-digit code. Type it here to turn call updates on. The code works for 30 minutes.
method-voice-code = Code from the call
method-voice-code-hint = 6 digits. The call reads it out twice.
method-voice-confirm = Confirm
method-failed-rejected = We could not send to { $address }: it cannot receive our messages. Check it and enter it again.
method-failed-stopped = { $address } replied STOP, so we may not text it. To get texts again, text START to { $sender } from that phone, then turn texts on here.
method-failed-other = Messages to { $address } could not be delivered. Check it and enter it again.
method-failed-invalid-number = The phone company says { $address } cannot get our messages (not a mobile number, or no longer in service). Enter another number.
method-failed-opted-out = The phone company says { $address } has blocked texts from us. To get them again, text START to { $sender } from that phone, then turn texts on here.
method-off = Updates to { $address } were turned off.
method-resend = Send it again
method-resent = Sent again. It can take a few minutes to arrive.
method-check-again = I've confirmed it: check again
method-still-pending = Not confirmed yet. Open the link or reply YES, then check again.
method-change = Use a different one
method-save = Save and send
method-save-voice = Save
method-saving = Sending…
method-cancel = Cancel
method-working = Working…
address-email = Email address
address-email-hint = For example name@example.com. We send a link to confirm it's yours.
address-sms = Mobile phone number
address-sms-hint = A US number, for example (916) 555-0123. We text it to confirm it's yours. Message and data rates may apply.
address-voice = Phone number for calls
address-voice-hint = A US number, for example (916) 555-0123. We call it at once with a 6-digit code to type here.
# $language: the voter's language, named in itself.
voice-in-english = Our calls cannot speak { $language } yet, so calls to you will be in English. Emails and texts are in { $language }.

## Contact hours and language
hours-heading = When we may contact you
hours-intro = We only send texts and calls between these times. Emails can arrive any time.
hours-from = From
hours-until = Until
hours-time-zone = Time zone
hours-save = Save contact hours
hours-saving = Saving…
hours-saved = Saved. We will contact you from { $from } until { $until }.
language-heading = Language
language-intro = The language of this page and of the messages we send you.
language-saving = Saving…
language-saved = Saved.
tz-America-Los_Angeles = Pacific Time (California)
tz-America-Phoenix = Arizona
tz-America-Denver = Mountain Time
tz-America-Chicago = Central Time
tz-America-New_York = Eastern Time
tz-America-Anchorage = Alaska
tz-Pacific-Honolulu = Hawaii
tz-America-Mexico_City = Mexico City
tz-Europe-London = London
tz-Europe-Berlin = Central Europe (Berlin, Paris, Madrid)
tz-Asia-Manila = Manila
tz-Asia-Tokyo = Tokyo
tz-Australia-Sydney = Sydney

## All notifications
notifications-heading = All notifications
notifications-on-text = You get updates by the ways you chose above.
notifications-off-explained = We won't email, text or call you about your ballot. This page keeps showing where your ballot is.
notifications-turn-off = Turn off all notifications
notifications-turning-off = Turning off…
notifications-are-off = Notifications are off. We won't email, text or call you about your ballot. This page still shows where your ballot is.
notifications-turn-on = Turn notifications back on
notifications-turning-on = Turning on…

## Checking it's you (one-time code)
verify-heading = First, let's check that it's you
verify-why = Your name, date of birth and ZIP code are public record, so anyone could enter them. Before any change to your notifications, we send a one-time code to a contact you confirmed at least a day before you signed in.
verify-choose = Where should we send the code?
verify-to-email = Email to { $address }
verify-to-sms = Text to { $address }
verify-to-voice = Call to { $address }
verify-send = Send the code
verify-sending = Sending…
verify-sent = We sent a code to { $address }. It works for { $minutes } minutes.
verify-code = Code
verify-code-hint = 6 digits
verify-check = Confirm
verify-checking = Checking…
verify-new-code = Send a new code
verify-cancel = Cancel
verify-no-method = None of your contacts can receive a code yet. For your protection, a code goes only to a contact you confirmed at least a day before you signed in.
verify-wrong-code = This code did not work. Check it, or ask for a new one.

## The page an emailed confirmation link opens
confirm-heading = Confirming your email address
confirm-working = One moment: we are confirming your email address…
confirm-intro = Press the button to turn on email updates for this address.
confirm-button = Confirm my email address
confirm-done-heading = Your email address is confirmed
confirm-done = Email updates are now on. We will email you when your ballot moves.
confirm-back = If the tracker is still open in another tab, go back to it and choose "check again". Or open the tracker to see your ballot.
confirm-expired-heading = This link has expired
confirm-expired = Confirmation links work for 48 hours. Look yourself up again and choose "Send it again" next to your email address.
confirm-invalid-heading = This link does not work anymore
confirm-invalid = It may have been used already, or replaced by a newer one. If you already confirmed your email, there is nothing more to do. Look yourself up again to check.
confirm-missing = This page needs the link from our email. Open the link in the email we sent you.
confirm-open-tracker = Open the tracker

## The page an unsubscribe link opens
unsubscribe-heading = Stop emails about your ballot
undo-heading = Undo a change
undo-intro = This undoes the change our message told you about, and signs out everyone who is signed in as you.
undo-button = Undo this change
undo-working = Undoing…
undo-done-heading = Undone
undo-next = If someone else made the change, you can sign in again and check your settings.
undo-invalid = This undo link is not valid. Check that you opened the whole link from our message.
unsubscribe-intro = Press the button to stop our emails to this address. You can turn them back on any time on this site.
unsubscribe-button = Stop these emails
unsubscribe-working = Stopping…
unsubscribe-done-heading = Done: no more emails
unsubscribe-done = We won't send more emails about your ballot to this address. You can still see where your ballot is on this site, and turn emails back on there.
unsubscribe-invalid = This unsubscribe link does not work. Look yourself up on this site to turn notifications off.

## Pages that do not exist
not-found-heading = Page not found
not-found = This page does not exist. Go to the tracker's home page to see your ballot.

## Errors next to fields.
field-error-first_name-required = Enter your first name as it appears on your voter registration.
field-error-first_name-too_long = The first name can be at most 64 characters long.
field-error-first_name-characters = The first name can only contain letters, spaces, hyphens (-), apostrophes (') and periods (.).
field-error-last_name-required = Enter your last name as it appears on your voter registration.
field-error-last_name-too_long = The last name can be at most 64 characters long.
field-error-last_name-characters = The last name can only contain letters, spaces, hyphens (-), apostrophes (') and periods (.).
field-error-date_of_birth-required = Enter your date of birth.
field-error-date_of_birth-format = Enter your date of birth as MM-DD-YYYY, with the dashes: for example 01-23-1980.
field-error-date_of_birth-not_a_date = That date does not exist. Check the month (MM) and the day (DD).
field-error-date_of_birth-too_early = The date of birth cannot be before 01-01-1900. Use the format MM-DD-YYYY: for example 01-23-1980.
field-error-date_of_birth-in_future = The date of birth cannot be in the future.
field-error-date_of_birth-too_young = People on the voter roll are at least 16 years old. Check the year you entered.
field-error-birth_year-required = Enter the year you were born.
field-error-birth_year-format = Enter the year you were born as four digits: for example 1980.
field-error-birth_year-too_early = The year of birth cannot be before 1900.
field-error-birth_year-in_future = The year of birth cannot be in the future.
field-error-birth_year-too_young = People on the voter roll are at least 16 years old. Check the year you entered.
field-error-birth_year-conflict = Give either the full date of birth or the year of birth, not both.
field-error-zip-required = Enter the ZIP code of your California home address.
field-error-zip-format = A ZIP code has 5 digits, for example 95814 (or 95814-1234).
field-error-zip-not_california = Use the ZIP code of the California home address you registered to vote with, even if you live abroad or get your mail at another address.
field-error-voter_id-required = Enter your voter ID.
field-error-voter_id-format = A voter ID has up to 20 letters and digits, with no spaces or dashes.
field-error-address-email-required = Enter your email address.
field-error-address-email-format = Enter an email address like name@example.com.
field-error-address-phone-required = Enter your phone number.
field-error-address-phone-format = Enter a 10-digit US phone number, for example (916) 555-0123.
field-error-address-phone-not_assignable = This is not a valid US phone number: check the area code and the first three digits after it.
field-error-contact_hours-from-format = Enter a time as HH:MM on a 24-hour clock, for example 08:00 or 20:30.
field-error-contact_hours-until-format = Enter a time as HH:MM on a 24-hour clock, for example 08:00 or 20:30.
field-error-contact_hours-until-too_short = Contact hours must be at least 3 hours long, so your notices can reach you.
field-error-contact_hours-time_zone-unknown_time_zone = Choose a time zone from the list, for example America/Los_Angeles.
field-error-language-unsupported = Choose one of the languages in the list.
field-error-code-format = Enter the 6-digit code we sent you.
field-error-code-not_accepted = This code did not work. Check it or ask for a new one.
# Why a code was not accepted. $left: tries left.
field-error-code-none_waiting = No code is waiting: ask for a new one.
field-error-code-used_up = This code has expired or was tried too many times: ask for a new one.
field-error-code-wrong = This code is not the one we sent. Tries left: { $left }.
field-error-code-wrong_last = This code is not the one we sent, and it cannot be tried again: ask for a new one.
