# Mga salita para sa mga county at iba pang client ng API: kung bakit hindi naitabi ang isang row ng
# feed. May matatag na `code` din ang bawat error ng row; ito ang mga pangungusap sa tabi nito.
# $field: ang field ng row, ayon sa pangalan nito sa request; $reason: ang sariling paglalarawan ng
# parser sa hindi nito nabasa.

feed-required = Kailangan ang `{ $field }`.
feed-id-format = Ang `{ $field }` ay 1 hanggang 128 na printable na character.
feed-in-future = Nasa hinaharap ang `{ $field }`.
feed-instant-format = Ang `{ $field }` ay petsa at oras na may offset, hal. 2026-10-06T09:30:00-07:00.
feed-date-format = Ang `{ $field }` ay petsang nakasulat bilang YYYY-MM-DD (taon-buwan-araw).
feed-election-name = Ang `name` ay 1 hanggang 200 character.
feed-before-election = Hindi maaaring mas maaga sa Araw ng Halalan ang `{ $field }`.
feed-shared-election = May halalang ito rin sa ibang mga county: ang estado lang ang maaaring magbago ng pangalan o mga petsa nito.
feed-imb-format = Ang `{ $field }` ay Intelligent Mail barcode na may 20, 25, 29 o 31 digit.
feed-imb-barcode-identifier = Ang ikalawang digit ng barcode identifier sa `{ $field }` ay 0 hanggang 4.
feed-facility-zip = Ang `facility_zip` ay ZIP code na may 5 digit.
feed-operation-code = Ang `operation_code` ay ang operation code ng USPS, hal. 919.
feed-event-id-reserved = Ang mga event id na nagsisimula sa `usps:` o `superseded:` ay para lang sa tracker.
# $choices: ang mga pinapayagang salita, pinaghihiwalay ng kuwit.
feed-status-unknown = Ang `status` ay isa sa { $choices }.
# $status: ang ibinigay na status.
feed-reason-required = Kailangan ng dahilan (reason) ang `{ $status }`.
feed-reason-not-allowed = Hindi tumatanggap ng dahilan (reason) ang `{ $status }`.
feed-reason-unknown = Ang dahilan para sa `{ $status }` ay isa sa { $choices }.
feed-source-unknown = Ang `source` ay isa sa { $choices }.
feed-expected-delivery-required = Kailangan ng `expected_delivery` ang `expected_delivery_date`.
feed-expected-delivery-not-allowed = Kasama lang ng `expected_delivery` o `in_transit` ang `expected_delivery_date`.
feed-delivery-method-unknown = Ang `delivery_method` ay isa sa { $choices }.
feed-supersedes-itself = Hindi maaaring palitan ng isang balota ang sarili nito.
feed-supersedes-mismatch = Ang pinalitang balota ay para sa ibang botante o ibang halalan.
feed-unknown-ballot = Walang balota ng county na ito na may ganitong id.
feed-unknown-ballot-post-first = Walang balota ng county na ito na may ganitong id: i-post muna ang balota.
feed-unknown-election = Walang halalan ang county na ito na may ganitong id: i-post muna ang halalan.
feed-unknown-voter = Walang botante sa listahan na may ganitong Voter ID: i-post muna ang rekord ng botante.
feed-ballot-voter-other-county = Nakarehistro ang botante sa ibang county.
# $county: ang dalawang-digit na numero ng isang county.
feed-voter-other-county = Para sa county { $county } ang row na ito; i-post ito sa endpoint ng county na iyon.
feed-voter-active-elsewhere = Nakarehistro at aktibo ang botanteng ito sa county { $county }: ang paglipat ay nagmumula sa feed ng estado, o kapag nakansela na ng county na iyon ang pagpaparehistro.
# $line, $element: kung nasaan ang row sa body (mga linya mula 1, mga element mula 0).
feed-line-unreadable = Ang linya { $line } ay hindi JSON object ng mga inaasahang field: { $reason }.
feed-element-unreadable = Ang element { $element } ay hindi object ng mga inaasahang field: { $reason }.
feed-row-not-fitting = Hindi tugma ang row sa header: { $reason }.
feed-row-unreadable = Hindi mabasa ang row bilang CSV: { $reason }.

## Ang pag-import ng listahan ng mga botante (`ballot-tracker import`).
import-county-format = Ang county ay dapat ang dalawang-digit na numero nito, 01 hanggang 58.
import-date-of-birth = Ang petsa ng kapanganakan ay dapat YYYY-MM-DD o YYYY, mula 1900 hanggang ngayon.
import-status-format = Ang status ay dapat isa sa { $choices }.
