# Ang mga salita ng web page, sa Tagalog (Filipino). Tingnan ang en/ui.ftl: binabasa ng web front end
# ang bawat `ui.ftl` sa ilalim ng shared/locales/, at binabasa rin ng API ang mga file na ito, kaya ang
# isang id dito ay hindi dapat umulit ng isang id sa messages.ftl.
#
# Ang mga error sa tabi ng mga field ay `field-error-<field>[-<kind>]-<code>`: pareho ang mga salita
# ng page at ng mga field error ng API.

## Mga petsa: "Martes, Oktubre 13".
page-date = { $weekday }, { $month } { $day }
weekday-1 = Lunes
weekday-2 = Martes
weekday-3 = Miyerkoles
weekday-4 = Huwebes
weekday-5 = Biyernes
weekday-6 = Sabado
weekday-7 = Linggo
month-1 = Enero
month-2 = Pebrero
month-3 = Marso
month-4 = Abril
month-5 = Mayo
month-6 = Hunyo
month-7 = Hulyo
month-8 = Agosto
month-9 = Setyembre
month-10 = Oktubre
month-11 = Nobyembre
month-12 = Disyembre

## Sa lahat ng pahina
ui-language-label = Wika
ui-unreachable = Hindi namin maabot ang tracker sa ngayon. Tingnan ang inyong koneksyon sa internet at subukang muli.
ui-try-again = Subukang muli
ui-start-over = Pumunta sa home page ng tracker
ui-session-ended = Para sa inyong privacy, natapos ang inyong session dahil matagal itong hindi ginamit. Hanapin muli ang inyong sarili upang magpatuloy.
# Walang anyong pangmaramihan ang pangngalan sa Tagalog ("1 minuto", "5 minuto"), kaya walang select dito.
ui-wait-minutes = Kapapadala lang namin ng mensahe sa inyo. Mangyaring maghintay ng { $minutes } minuto, saka subukang muli.
ui-something-wrong = Nagkaroon ng problema sa aming panig. Mangyaring subukang muli pagkalipas ng ilang minuto.

## Pag-sign up
signup-heading = Subaybayan ang inyong balota sa koreo
signup-intro = Una, hahanapin namin kayo sa listahan ng mga botante. Ilagay ang inyong impormasyon nang eksakto kung paano kayo nagparehistro para bumoto.
signup-first-name = Pangalan
signup-first-name-hint = Kung paano ito nakasulat sa inyong pagpaparehistro bilang botante.
signup-last-name = Apelyido
signup-date-of-birth = Petsa ng kapanganakan
signup-date-of-birth-hint = Buwan, araw at taon, halimbawa 01-23-1980.
signup-zip = ZIP code ng inyong tirahan sa California
signup-zip-hint = Ang address ng tirahan na ginamit ninyo sa pagpaparehistro para bumoto, kahit sa ibang address ipinapadala ang inyong koreo.
signup-voter-id = Voter ID
signup-voter-id-hint = Mga titik at numero, walang espasyo o gitling.
signup-submit = Hanapin ako
signup-submitting = Hinahanap kayo…
signup-check-details = Mangyaring tingnan ang mga impormasyong ito
signup-not-found-heading = Hindi namin kayo nakita sa listahan ng mga botante
signup-check-registration = Tingnan ang inyong pagpaparehistro bilang botante

## Ang portal
portal-hello = Magandang araw, { $name }
portal-registered-in = nakarehistro sa County ng { $county }
portal-sign-out = Mag-sign out
portal-sign-out-everywhere = Mag-sign out sa lahat ng device
portal-signed-out-everywhere = Naka-sign out na kayo sa bawat device at browser, kasama ang isang ito.
portal-loading = Nilo-load…
portal-reload = Tingnan muli
portal-sections = Mga bahagi ng pahinang ito
portal-go-ballot = Ang inyong balota
portal-go-reach = Paano namin kayo inaabisuhan
portal-go-settings = Mga setting

## Mga balota
ballots-heading = Ang inyong balota
ballots-loading = Nilo-load ang inyong balota…
ballots-none = Wala pa kaming balota sa koreo para sa inyo. Ipinapadala ng mga county ang mga balota mga isang buwan bago ang Araw ng Halalan. Bumalik kayo sa panahong iyon, o piliin sa ibaba kung paano namin kayo aabisuhan kapag papunta na sa inyo ang inyong balota.
ballot-election-day = Araw ng Halalan: { $date }
ballot-county = County ng { $county }
ballot-replaced = Pinalitan: pinadalhan kayo ng bagong balota, kaya hindi na bibilangin ang balotang ito. Gamitin ang bago.
ballot-now = Nasaan ito ngayon
ballot-steps = Mga hakbang ng inyong balota
ballot-step-mailed = Ipinadala sa inyo sa koreo
ballot-step-delivered = Naihatid na
ballot-step-received = Natanggap ng inyong county
ballot-step-counted = Nabilang na
ballot-step-done = tapos na
ballot-step-current = ngayon
ballot-step-upcoming = hindi pa
ballot-step-preparing = Inihahanda ito ng inyong county
ballot-step-expected = Inaasahan sa { $date }
ballot-step-undeliverable = Hindi naihatid
ballot-step-returning = Pabalik na sa inyong county
ballot-step-in-review = Sinusuri
ballot-step-needs-you = Kailangan ang inyong lagda
ballot-step-not-counted = Hindi nabilang
ballot-step-in-person = Bumoto kayo nang personal
ballot-expected-delivery = Inaasahan ng Serbisyo ng Koreo (USPS) na maihahatid ang inyong balota sa { $date }.
ballot-return-by = Ibalik ang inyong nasagutang balota hanggang sa Araw ng Halalan, { $election_day }. Kung ipapadala ninyo ito sa koreo, dapat itong may tatak ng koreo (postmark) sa araw na iyon o mas maaga, at dapat itong dumating hanggang { $deadline }.
ballot-history = Ano na ang nangyari
ballot-history-empty = Wala pang naitatala.

## Bawat status at dahilan sa simpleng salita.

## Pag-aayos ng problema sa lagda ("cure").
cure-heading = Kailangan ninyong kumilos: hindi bibilangin ang inyong balota kung hindi kayo kikilos
cure-deadline = Deadline: 5:00 ng hapon sa { $date }
cure-no-deadline = Gawin ito sa lalong madaling panahon: ang inyong county ang nagtatakda ng deadline, di-katagalan pagkatapos ng Araw ng Halalan.
cure-steps = Ano ang gagawin
cure-form-link = I-download ang form
cure-contact = May mga tanong? { $contact }

## Paano namin kayo inaabisuhan
reach-heading = Paano namin kayo inaabisuhan
reach-intro = Piliin kung paano namin kayo aabisuhan kapag may pagbabago sa inyong balota. Maaari kayong pumili ng higit sa isa.
reach-loading = Nilo-load ang inyong mga setting…
kind-email = Email
kind-sms = Text message
kind-voice = Tawag sa telepono
kind-email-switch = Mga update sa email
kind-sms-switch = Mga update sa text message
kind-voice-switch = Mga update sa tawag sa telepono
state-none = Naka-off
state-off = Naka-off (pinatay)
state-pending = Naghihintay ng inyong kumpirmasyon
state-on = Naka-on
state-failed = Hindi gumagana
method-sends-to = Ipinapadala ang mga update sa { $address }.
method-from-email = Nagmumula ang aming mga email sa { $sender }. Wala sa inyong inbox? Tingnan ang inyong spam o junk folder.
method-from-sms = Nagmumula ang aming mga text sa { $sender }.
method-from-voice = Nagmumula ang aming mga tawag sa { $sender }: isang maikling naka-record na mensahe.
method-pending-email = Nagpadala kami ng email sa { $address }. Buksan ang link na nasa email upang i-on ang mga update sa email. Gumagana ang link sa loob ng 48 oras.
method-pending-sms = Nagpadala kami ng text sa { $address }. Sumagot ng OO (o YES) sa text na ipinadala namin upang i-on ang mga update sa text.
method-pending-voice = Tinatawagan namin ang { $address } para ibigay ang isang 6 na digit na code. I-type ito rito upang i-on ang mga update sa tawag. Gumagana ang code sa loob ng 30 minuto.
method-voice-code = Code mula sa tawag
method-voice-code-hint = 6 na digit. Dalawang beses itong babasahin sa tawag.
method-voice-confirm = Kumpirmahin
method-failed-rejected = Hindi kami makapagpadala sa { $address }: hindi ito makatanggap ng aming mga mensahe. Tingnan ito at ilagay muli.
method-failed-stopped = Sumagot ng STOP (o TIGIL) ang { $address }, kaya hindi na namin ito maaaring padalhan ng text. Upang makatanggap muli ng mga text, i-text ang START (o SIMULA) sa { $sender } mula sa teleponong iyon, saka i-on dito ang mga text.
method-failed-other = Hindi maihatid ang mga mensahe sa { $address }. Tingnan ito at ilagay muli.
method-failed-invalid-number = Ayon sa kompanya ng telepono, hindi makatanggap ng aming mga mensahe ang { $address } (hindi ito numero ng mobile, o hindi na ito gumagana). Maglagay ng ibang numero.
method-failed-opted-out = Ayon sa kompanya ng telepono, hinarangan ng { $address } ang aming mga text. Upang makatanggap muli ng mga ito, i-text ang START (o SIMULA) sa { $sender } mula sa teleponong iyon, saka i-on dito ang mga text.
method-off = Pinatay ang mga update sa { $address }.
method-resend = Ipadala muli
method-resent = Naipadala muli. Maaaring abutin ng ilang minuto bago ito dumating.
method-check-again = Nakumpirma ko na: tingnan muli
method-still-pending = Hindi pa nakukumpirma. Buksan ang link o sumagot ng OO, saka tingnan muli.
method-change = Gumamit ng iba
method-save = I-save at ipadala
method-save-voice = I-save
method-saving = Ipinapadala…
method-cancel = Kanselahin
method-working = Pinoproseso…
address-email = Email address
address-email-hint = Halimbawa name@example.com. Magpapadala kami ng link upang kumpirmahin na sa inyo ito.
address-sms = Numero ng mobile phone
address-sms-hint = Isang numero sa US, halimbawa (916) 555-0123. Ite-text namin ito upang kumpirmahin na sa inyo ito. Maaaring may singil para sa mensahe at data.
address-voice = Numero ng telepono para sa mga tawag
address-voice-hint = Isang numero sa US, halimbawa (916) 555-0123. Tatawagan namin ito agad at ibibigay ang isang 6 na digit na code na ita-type ninyo rito.
# $language: ang wika ng botante, sa sarili nitong pangalan.
voice-in-english = Hindi pa makapagsalita ng { $language } ang aming mga tawag, kaya nasa Ingles ang mga tawag sa inyo. Nasa { $language } ang mga email at text.

## Oras ng pakikipag-ugnayan at wika
hours-heading = Kailan namin kayo maaaring kontakin
hours-intro = Nagpapadala lang kami ng mga text at tumatawag sa pagitan ng mga oras na ito. Maaaring dumating ang mga email anumang oras.
hours-from = Mula
hours-until = Hanggang
hours-time-zone = Time zone
hours-save = I-save ang oras ng pakikipag-ugnayan
hours-saving = Sine-save…
hours-saved = Na-save. Kokontakin namin kayo mula { $from } hanggang { $until }.
language-heading = Wika
language-intro = Ang wika ng pahinang ito at ng mga mensaheng ipinapadala namin sa inyo.
language-saving = Sine-save…
language-saved = Na-save.
tz-America-Los_Angeles = Oras sa Pasipiko (California)
tz-America-Phoenix = Arizona
tz-America-Denver = Oras sa Kabundukan (Mountain)
tz-America-Chicago = Oras sa Gitna (Central)
tz-America-New_York = Oras sa Silangan (Eastern)
tz-America-Anchorage = Alaska
tz-Pacific-Honolulu = Hawaii
tz-America-Mexico_City = Lungsod ng Mexico
tz-Europe-London = London
tz-Europe-Berlin = Gitnang Europa (Berlin, Paris, Madrid)
tz-Asia-Manila = Maynila
tz-Asia-Tokyo = Tokyo
tz-Australia-Sydney = Sydney

## Lahat ng abiso
notifications-heading = Lahat ng abiso
notifications-on-text = Tumatanggap kayo ng mga update sa mga paraang pinili ninyo sa itaas.
notifications-off-explained = Hindi namin kayo ie-email, ite-text o tatawagan tungkol sa inyong balota. Patuloy na ipapakita ng pahinang ito kung nasaan ang inyong balota.
notifications-turn-off = I-off ang lahat ng abiso
notifications-turning-off = Ino-off…
notifications-are-off = Naka-off ang mga abiso. Hindi namin kayo ie-email, ite-text o tatawagan tungkol sa inyong balota. Ipinapakita pa rin ng pahinang ito kung nasaan ang inyong balota.
notifications-turn-on = I-on muli ang mga abiso
notifications-turning-on = Ino-on…

## Pagtiyak na kayo ito (code na pang-isahang gamit)
verify-heading = Una, titiyakin namin na kayo ito
verify-why = Pampublikong rekord ang inyong pangalan, petsa ng kapanganakan at ZIP code, kaya maaaring ilagay ng sinuman ang mga ito. Bago baguhin ang inyong mga abiso, nagpapadala kami ng code na pang-isahang gamit sa isang contact na kinumpirma ninyo nang hindi bababa sa isang araw bago kayo nag-sign in.
verify-choose = Saan namin ipapadala ang code?
verify-to-email = Email sa { $address }
verify-to-sms = Text sa { $address }
verify-to-voice = Tawag sa { $address }
verify-send = Ipadala ang code
verify-sending = Ipinapadala…
verify-sent = Nagpadala kami ng code sa { $address }. Gumagana ito sa loob ng { $minutes } minuto.
verify-code = Code
verify-code-hint = 6 na digit
verify-check = Kumpirmahin
verify-checking = Sinusuri…
verify-new-code = Magpadala ng bagong code
verify-cancel = Kanselahin
verify-no-method = Wala pa sa inyong mga contact ang maaaring makatanggap ng code. Para sa inyong proteksyon, ipinapadala lang ang code sa isang contact na kinumpirma ninyo nang hindi bababa sa isang araw bago kayo nag-sign in.
verify-wrong-code = Hindi gumana ang code na ito. Tingnan ito, o humingi ng bago.

## Ang pahinang binubuksan ng link ng kumpirmasyon sa email
confirm-heading = Kinukumpirma ang inyong email address
confirm-working = Sandali lang: kinukumpirma namin ang inyong email address…
confirm-intro = Pindutin ang button upang i-on ang mga update sa email para sa address na ito.
confirm-button = Kumpirmahin ang aking email address
confirm-done-heading = Nakumpirma na ang inyong email address
confirm-done = Naka-on na ang mga update sa email. Mag-e-email kami sa inyo kapag may pagbabago sa inyong balota.
confirm-back = Kung bukas pa ang tracker sa ibang tab, bumalik doon at piliin ang "tingnan muli". O buksan ang tracker upang makita ang inyong balota.
confirm-expired-heading = Nag-expire na ang link na ito
confirm-expired = Gumagana ang mga link ng kumpirmasyon sa loob ng 48 oras. Hanapin muli ang inyong sarili at piliin ang "Ipadala muli" sa tabi ng inyong email address.
confirm-invalid-heading = Hindi na gumagana ang link na ito
confirm-invalid = Maaaring nagamit na ito, o napalitan ng mas bagong link. Kung nakumpirma na ninyo ang inyong email, wala na kayong kailangang gawin. Hanapin muli ang inyong sarili upang matiyak.
confirm-missing = Kailangan ng pahinang ito ang link mula sa aming email. Buksan ang link sa email na ipinadala namin sa inyo.
confirm-open-tracker = Buksan ang tracker

## Ang pahinang binubuksan ng link para mag-unsubscribe
unsubscribe-heading = Itigil ang mga email tungkol sa inyong balota
undo-heading = I-undo ang isang pagbabago
undo-intro = Ina-undo nito ang pagbabagong sinabi sa inyo ng aming mensahe, at sina-sign out ang lahat ng naka-sign in bilang kayo.
undo-button = I-undo ang pagbabagong ito
undo-working = Ina-undo…
undo-done-heading = Na-undo na
undo-next = Kung ibang tao ang gumawa ng pagbabago, maaari kayong mag-sign in muli at tingnan ang inyong mga setting.
undo-invalid = Hindi wasto ang link na ito para mag-undo. Tiyaking binuksan ninyo ang buong link mula sa aming mensahe.
unsubscribe-intro = Pindutin ang button upang itigil ang aming mga email sa address na ito. Maaari ninyong i-on muli ang mga ito anumang oras sa site na ito.
unsubscribe-button = Itigil ang mga email na ito
unsubscribe-working = Itinitigil…
unsubscribe-done-heading = Tapos na: wala nang email
unsubscribe-done = Hindi na kami magpapadala ng email tungkol sa inyong balota sa address na ito. Makikita pa rin ninyo sa site na ito kung nasaan ang inyong balota, at doon din ninyo maaaring i-on muli ang mga email.
unsubscribe-invalid = Hindi gumagana ang link na ito para mag-unsubscribe. Hanapin ang inyong sarili sa site na ito upang i-off ang mga abiso.

## Mga pahinang hindi umiiral
not-found-heading = Hindi nakita ang pahina
not-found = Hindi umiiral ang pahinang ito. Pumunta sa home page ng tracker upang makita ang inyong balota.

## Mga error sa tabi ng mga field.
field-error-first_name-required = Ilagay ang inyong pangalan kung paano ito nakasulat sa inyong pagpaparehistro bilang botante.
field-error-first_name-too_long = Hanggang 64 na character lang ang pangalan.
field-error-first_name-characters = Mga titik, espasyo, gitling (-), kudlit (') at tuldok (.) lang ang maaaring nasa pangalan.
field-error-last_name-required = Ilagay ang inyong apelyido kung paano ito nakasulat sa inyong pagpaparehistro bilang botante.
field-error-last_name-too_long = Hanggang 64 na character lang ang apelyido.
field-error-last_name-characters = Mga titik, espasyo, gitling (-), kudlit (') at tuldok (.) lang ang maaaring nasa apelyido.
field-error-date_of_birth-required = Ilagay ang inyong petsa ng kapanganakan.
field-error-date_of_birth-format = Ilagay ang inyong petsa ng kapanganakan bilang MM-DD-YYYY (buwan-araw-taon), kasama ang mga gitling: halimbawa 01-23-1980.
field-error-date_of_birth-not_a_date = Hindi umiiral ang petsang iyan. Tingnan ang buwan (MM) at ang araw (DD).
field-error-date_of_birth-too_early = Hindi maaaring mas maaga sa 01-01-1900 ang petsa ng kapanganakan. Gamitin ang format na MM-DD-YYYY (buwan-araw-taon): halimbawa 01-23-1980.
field-error-date_of_birth-in_future = Hindi maaaring nasa hinaharap ang petsa ng kapanganakan.
field-error-date_of_birth-too_young = Hindi bababa sa 16 na taong gulang ang mga nasa listahan ng mga botante. Tingnan ang taong inilagay ninyo.
field-error-birth_year-required = Ilagay ang taon ng inyong kapanganakan.
field-error-birth_year-format = Ilagay ang taon ng inyong kapanganakan bilang apat na digit: halimbawa 1980.
field-error-birth_year-too_early = Hindi maaaring mas maaga sa 1900 ang taon ng kapanganakan.
field-error-birth_year-in_future = Hindi maaaring nasa hinaharap ang taon ng kapanganakan.
field-error-birth_year-too_young = Hindi bababa sa 16 na taong gulang ang mga nasa listahan ng mga botante. Tingnan ang taong inilagay ninyo.
field-error-birth_year-conflict = Ibigay ang buong petsa ng kapanganakan o ang taon ng kapanganakan, hindi ang dalawa.
field-error-zip-required = Ilagay ang ZIP code ng inyong tirahan sa California.
field-error-zip-format = May 5 digit ang ZIP code, halimbawa 95814 (o 95814-1234).
field-error-zip-not_california = Gamitin ang ZIP code ng tirahan sa California na ginamit ninyo sa pagpaparehistro para bumoto, kahit nakatira kayo sa ibang bansa o sa ibang address kayo tumatanggap ng koreo.
field-error-voter_id-required = Ilagay ang inyong Voter ID.
field-error-voter_id-format = Ang Voter ID ay may hanggang 20 titik at numero, walang espasyo o gitling.
field-error-address-email-required = Ilagay ang inyong email address.
field-error-address-email-format = Maglagay ng email address na tulad ng name@example.com.
field-error-address-phone-required = Ilagay ang inyong numero ng telepono.
field-error-address-phone-format = Maglagay ng 10 digit na numero ng telepono sa US, halimbawa (916) 555-0123.
field-error-address-phone-not_assignable = Hindi ito wastong numero ng telepono sa US: tingnan ang area code at ang unang tatlong digit pagkatapos nito.
field-error-contact_hours-from-format = Maglagay ng oras bilang HH:MM sa 24 na oras na orasan, halimbawa 08:00 o 20:30.
field-error-contact_hours-until-format = Maglagay ng oras bilang HH:MM sa 24 na oras na orasan, halimbawa 08:00 o 20:30.
field-error-contact_hours-until-too_short = Dapat ay hindi bababa sa 3 oras ang oras ng pakikipag-ugnayan, upang maabot kayo ng inyong mga abiso.
field-error-contact_hours-time_zone-unknown_time_zone = Pumili ng time zone mula sa listahan, halimbawa America/Los_Angeles.
field-error-language-unsupported = Pumili ng isa sa mga wika sa listahan.
field-error-code-format = Ilagay ang 6 na digit na code na ipinadala namin sa inyo.
field-error-code-not_accepted = Hindi gumana ang code na ito. Tingnan ito o humingi ng bago.
# Kung bakit hindi tinanggap ang isang code. $left: natitirang subok.
field-error-code-none_waiting = Walang code na naghihintay: humingi ng bago.
field-error-code-used_up = Nag-expire na ang code na ito o masyado nang maraming beses na sinubukan: humingi ng bago.
field-error-code-wrong = Hindi ito ang code na ipinadala namin. Natitirang subok: { $left }.
field-error-code-wrong_last = Hindi ito ang code na ipinadala namin, at hindi na ito maaaring subukan muli: humingi ng bago.
