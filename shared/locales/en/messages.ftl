# Messages the tracker sends to voters, in English. Every message names the service ({ $service })
# so voters can tell it from a scam. Variables: see each message's comment.

language-name = English

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

## Another method was added. $method: what was added, e.g. "email m•••@example.com".
method-added-email-subject = A new way to reach you was added on { $service }
method-added-email-body =
    Hello { $name },

    Ballot updates will also be sent to: { $method } (once it is confirmed).

    If this was not you, open { $link } to turn it off.
method-added-sms = { $service }: ballot updates will also go to { $method }. Not you? Turn it off at { $link }
method-added-voice = Hello, this is { $service }. A new way to reach you about your mail ballot was added. If this was not you, please visit our website to turn it off.

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
