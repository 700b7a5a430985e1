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
