# Words for counties and other API clients: why a row of a feed was not stored. Every row error
# also has a stable `code`; these are the sentences beside it. $field: the row's field, as named
# in the request; $reason: the parser's own description of what it could not read.

feed-required = `{ $field }` is required.
feed-id-format = `{ $field }` is 1 to 128 printable characters.
feed-in-future = `{ $field }` is in the future.
feed-instant-format = `{ $field }` is a date and time with its offset, e.g. 2026-10-06T09:30:00-07:00.
feed-date-format = `{ $field }` is a date written YYYY-MM-DD.
feed-election-name = `name` is 1 to 200 characters.
feed-before-election = `{ $field }` cannot be before election day.
feed-shared-election = Other counties hold this election too: only the state can change its name or dates.
feed-imb-format = `{ $field }` is an Intelligent Mail barcode of 20, 25, 29 or 31 digits.
feed-imb-barcode-identifier = The second digit of the barcode identifier in `{ $field }` is 0 to 4.
feed-facility-zip = `facility_zip` is a 5-digit ZIP code.
feed-operation-code = `operation_code` is the USPS operation code, e.g. 919.
feed-event-id-reserved = Event ids starting with `usps:` or `superseded:` are the tracker's own.
# $choices: the words allowed, comma-separated.
feed-status-unknown = `status` is one of { $choices }.
# $status: the status given.
feed-reason-required = `{ $status }` needs a reason.
feed-reason-not-allowed = `{ $status }` takes no reason.
feed-reason-unknown = The reason for `{ $status }` is one of { $choices }.
feed-source-unknown = `source` is one of { $choices }.
feed-expected-delivery-required = `expected_delivery` needs `expected_delivery_date`.
feed-expected-delivery-not-allowed = `expected_delivery_date` goes with `expected_delivery` or `in_transit` only.
feed-delivery-method-unknown = `delivery_method` is one of { $choices }.
feed-supersedes-itself = A ballot cannot replace itself.
feed-supersedes-mismatch = The replaced ballot belongs to another voter or election.
feed-unknown-ballot = No ballot of this county has this id.
feed-unknown-ballot-post-first = No ballot of this county has this id: post the ballot first.
feed-unknown-election = This county holds no election with this id: post the election first.
feed-unknown-voter = No voter on the roll has this voter ID: post the voter record first.
feed-ballot-voter-other-county = The voter is registered in another county.
# $county: a county's two-digit number.
feed-voter-other-county = This row is for county { $county }; post it to that county's endpoint.
feed-voter-active-elsewhere = This voter is registered and active in county { $county }: a move comes from the state feed, or once that county has cancelled the registration.
# $line, $element: where the row is in the body (lines from 1, elements from 0).
feed-line-unreadable = Line { $line } is not a JSON object of the expected fields: { $reason }.
feed-element-unreadable = Element { $element } is not an object of the expected fields: { $reason }.
feed-row-not-fitting = The row does not fit the header: { $reason }.
feed-row-unreadable = The row cannot be read as CSV: { $reason }.

## The voter-roll import (`ballot-tracker import`).
import-county-format = The county must be its two-digit number, 01 to 58.
import-date-of-birth = The date of birth must be YYYY-MM-DD or YYYY, from 1900 to today.
import-status-format = The status must be one of { $choices }.
