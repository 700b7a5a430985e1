# Mga mensaheng ipinapadala ng tracker sa mga botante, sa Tagalog (Filipino). Binabanggit ng bawat
# mensahe ang serbisyo ({ $service }) upang makilala ito ng botante mula sa isang scam. Mga variable:
# tingnan ang komento ng bawat mensahe sa en/messages.ftl.

language-name = Tagalog

# How texts in this language are sent (not words: keep as is): gsm-7 drops the accents GSM-7 lacks
# (160 characters a segment); ucs-2 carries every script (70 characters a segment).
sms-alphabet = gsm-7

## Kumpirmasyon ng email. $link: ang pahina ng kumpirmasyon; $hours: ilang oras gumagana ang link.
email-confirm-subject = Kumpirmahin ang inyong email para sa { $service }
email-confirm-body =
    Magandang araw, { $name },

    May humiling, na sana ay kayo, sa { $service } na magpadala ng mga update tungkol sa inyong balota sa koreo sa email address na ito.

    Upang magsimulang makatanggap ng mga ito, buksan ang link na ito sa loob ng { $hours } oras:
    { $link }

    Kung hindi kayo ang humiling nito, huwag pansinin ang email na ito: wala nang ipapadala rito.

## Kumpirmasyon ng text (isang segment hangga't maaari). Mga letrang Latin lang, walang tuldik.
sms-confirm = { $service }: sumagot ng OO para sa text ukol sa inyong balota sa koreo. Maaaring may singil sa msg/data. TIGIL para huminto, TULONG para sa tulong.
sms-confirmed = { $service }: makakatanggap na kayo ng text kapag nagbago ang status ng inyong balota. TIGIL para huminto.
sms-stopped = { $service }: wala na kayong matatanggap na text mula sa amin. Sumagot ng SIMULA para makatanggap muli.
sms-started = { $service }: naka-on muli ang mga text tungkol sa inyong balota sa koreo. TIGIL para huminto.
# $contact: ang tanggapan ng halalan ng county, o ang hotline ng estado para sa mga botante.
sms-help = { $service }: text kapag nagbago ang status ng inyong balota sa koreo, ilan lang bawat halalan. Maaaring may singil sa msg/data. Tulong: { $contact }. TIGIL para huminto.
sms-help-contact = ang tanggapan ng halalan ng inyong county o ang hotline ng Sekretaryo ng Estado sa Tagalog, 1-800-339-2957

## Mga keyword na maaaring i-text ng botante, pinaghihiwalay ng kuwit; hindi pinapansin ang malaki o
## maliit na titik, espasyo at bantas. Gumagana rin ang mga keyword sa Ingles.
keywords-stop = TIGIL, ITIGIL, HINTO, IHINTO, HUMINTO, KANSELAHIN, AYOKO NA
keywords-start = SIMULA, SIMULAN, ITULOY
keywords-yes = OO, OPO
keywords-help = TULONG

## Code na pang-isahang gamit. $code: anim na digit; $minutes: gaano katagal ito gumagana.
code-email-subject = Ang inyong code para sa { $service }: { $code }
code-email-body =
    Magandang araw, { $name },

    Ang inyong code ay { $code }. Gumagana ito sa loob ng { $minutes } minuto.

    Ilagay ito sa pahina ng { $service } upang baguhin kung paano kayo tumatanggap ng mga update tungkol sa inyong balota. Kung hindi kayo humingi ng code, maaaring may taong nakakaalam ng inyong pangalan, petsa ng kapanganakan at ZIP code na sumusubok na baguhin ang inyong mga abiso: wala kayong kailangang gawin, at walang magbabago kung wala ang code.
code-sms = Code ng { $service }: { $code }. Gumagana ito sa loob ng { $minutes } minuto. Kung hindi kayo humingi nito, huwag itong pansinin.
code-voice = Magandang araw po, ito ang { $service }. Ang inyong code ay { $spoken }. Uulitin ko, ang inyong code ay { $spoken }.

## Isang pagbabago sa paraan ng pagkontak sa botante, ipinaaalam sa mga paraang nakumpirma na bago ito.
## $what: ang pagbabago sa isa o higit pang pangungusap (change-…); $undo: ang link na nagbabawi nito.
change-email-subject = Isang pagbabago sa paraan ng pagkontak sa inyo ng { $service }
change-email-body =
    Magandang araw, { $name },

    { $what }

    Kung kayo ang gumawa ng pagbabagong ito, wala kayong kailangang gawin.
    Kung hindi kayo, i-undo ito rito (isang beses lang gumagana ang link, sa loob ng { $days } araw): { $undo }
    Kapag in-undo ninyo ito, masa-sign out din ang lahat ng naka-sign in bilang kayo.
change-sms = { $service }: { $what } Hindi kayo ito? I-undo: { $undo }
change-voice = Magandang araw po, ito ang { $service }. { $what } Kung hindi po kayo ang gumawa nito, pumunta sa { $site } o buksan ang link sa aming email o text upang bawiin ang pagbabago.
change-method-added = May idinagdag na bagong paraan para makontak kayo: { $method }.
change-method-replaced = May binagong paraan para makontak kayo: ang { $old } ay { $method } na ngayon.
change-method-removed = May inalis na paraan para makontak kayo: { $method }.
change-notifications-off = Itinigil ang mga abiso tungkol sa inyong balota.
change-notifications-on = Ibinalik ang mga abiso tungkol sa inyong balota.
change-language = Nasa { $language } na ngayon ang mga mensahe.
change-contact-hours = Mula { $from } hanggang { $until } ({ $zone }) na ngayon ang inyong oras ng pakikipag-ugnayan.
## Ang ginawa ng isang link para mag-undo.
undone-method-removed = Inalis namin ang { $method } at in-sign out namin ang lahat ng naka-sign in bilang kayo.
undone-method-back = Ibinalik namin ang { $method } sa dati at in-sign out namin ang lahat ng naka-sign in bilang kayo.
undone-preferences = Ibinalik namin sa dati ang inyong mga setting at in-sign out namin ang lahat ng naka-sign in bilang kayo.
undone-nothing-to-put-back = Napalitan na ng ibang pagbabago ang pagbabagong iyon. In-sign out namin ang lahat ng naka-sign in bilang kayo.

## Ang tawag na nagkukumpirma ng numero para sa mga tawag.
voice-confirm = Magandang araw po, ito ang { $service }. Upang kumpirmahin ang mga tawag tungkol sa inyong balota sa koreo, i-type ang code na ito sa website: { $spoken }. Uulitin ko, ang inyong code ay { $spoken }. Kung hindi kayo humiling ng mga tawag, ibaba na lang ang telepono. Hindi na kami tatawag muli.

method-email = email { $address }
method-sms = mga text sa { $address }
method-voice = mga tawag sa { $address }

## Footer ng mga email
email-footer =
    Natatanggap ninyo ang email na ito dahil idinagdag ang address na ito sa { $service } para sa mga update tungkol sa inyong balota sa koreo.
    Itigil ang mga email na ito: { $unsubscribe }

## Ang kahulugan ng bawat status at dahilan ng balota (ang pahina ng status, mga abiso, at dokumentasyon ng API).
status-issued = Inihanda na ng inyong county ang inyong balota. Hindi pa ito naibibigay sa Serbisyo ng Koreo.
status-mailed = Ibinigay na ng inyong county ang inyong balota sa Serbisyo ng Koreo.
status-in_transit = Papunta na sa inyo ang inyong balota; na-scan na ito ng Serbisyo ng Koreo.
status-expected_delivery = Papunta na ang inyong balota; inaasahan ng Serbisyo ng Koreo na maihahatid ito sa mga susunod na araw.
status-delivered = Naihatid na ng Serbisyo ng Koreo ang inyong balota sa inyong mailbox.
status-undeliverable = Hindi naihatid ng Serbisyo ng Koreo ang inyong balota at ibinabalik ito sa inyong county. Makipag-ugnayan sa tanggapan ng halalan ng inyong county upang makakuha ng kapalit.
status-returned_by_voter = Pabalik na sa inyong county ang inyong nasagutang balota (na-scan ng Serbisyo ng Koreo o inihulog sa drop box ng balota).
status-received = Nasa inyong county na ang inyong nasagutang balota. Hindi pa ito nabibilang: sinusuri muna ito ng county.
status-in_review = Sinusuri ng inyong county ang sobre ng inyong balota bago ito mabilang.
status-accepted = Nabilang na ang inyong balota.
status-not_accepted = Hindi nabilang ang inyong balota.
status-voted_in_person = Bumoto kayo nang personal, kaya hindi gagamitin ang balotang ito sa koreo.
status-superseded = Pinalitan ng bago ang balotang ito; ang bagong balota lang ang bibilangin.

reason-no_signature = Walang lagda ang sobre. Lagdaan ang isang pahayag para sa balotang walang lagda at ibalik ito sa inyong county nang hindi lalampas sa deadline upang mabilang ang inyong balota.
reason-signature_mismatch = Hindi tumugma ang lagda sa sobre sa lagdang nakatala sa inyong rekord. Magbalik ng pahayag sa pagpapatunay ng lagda sa inyong county nang hindi lalampas sa deadline upang mabilang ang inyong balota.
reason-already_voted = Nabilang na ang isa pa ninyong balota (nang personal, sa koreo o probisyonal).
reason-ballot_missing = Dumating sa inyong county ang sobre nang walang balota sa loob.
reason-voter_deceased = Ayon sa rekord ng county, pumanaw na ang botante.
reason-late = Ang tatak ng koreo (postmark) ng balota ay lampas na sa Araw ng Halalan, o dumating ito pagkatapos ng deadline.
reason-other = Hindi mabilang ng inyong county ang balotang ito. Makipag-ugnayan sa tanggapan ng halalan ng inyong county upang malaman kung bakit.

## Pag-aayos ng problema sa lagda. $statement: aling form; $county: pangalan ng county; $url: address ng form; $by: ang deadline.
cure-statement-no_signature = isang pahayag para sa balotang walang lagda (Unsigned Ballot Statement)
cure-statement-signature_mismatch = isang pahayag sa pagpapatunay ng lagda (Signature Verification Statement)
cure-step-form = Kumuha ng { $statement } mula sa tanggapan ng halalan ng County ng { $county }.
cure-step-form-link = Kumuha ng { $statement } sa { $url }, o mula sa tanggapan ng halalan ng County ng { $county }.
cure-step-sign = Punan ito at lagdaan. Maglakip ng kopya ng ID kung hinihingi ito ng form.
cure-step-return = Ibalik ito { $by }: sa koreo, email, fax, drop box ng balota, o nang personal sa tanggapan ng halalan.
cure-step-after = Kapag tinanggap ng county ang inyong pahayag, bibilangin ang inyong balota: ipapakita ito ng pahinang ito.
cure-by-date = hanggang 5:00 ng hapon sa { $date }
cure-by-unknown = sa lalong madaling panahon: ang inyong county ang nagtatakda ng deadline, di-katagalan pagkatapos ng Araw ng Halalan

## Mga petsa sa wikang ito: isang chrono locale at isang strftime pattern ("Martes, Nobyembre 3, 2026").
date-locale = fil_PH
date-long = %A, %B %-d, %Y

## Ang tanggapan ng halalan ng isang county.
county-office = Tanggapan ng halalan ng County ng { $county }: { $contacts }.
county-phone = telepono { $phone }
county-email = email { $email }
county-website = website { $url }

## Mga abiso tungkol sa balota: isa bawat hakbang na dapat ipaalam, para sa email (subject at body), text at tawag.
## Binabanggit ng bawat isa ang serbisyo at ang county, at walang humihingi ng personal na impormasyon.
## $service; $name: pangalan ng botante; $county: pangalan ng county; $election: pangalan ng halalan;
## $date: isang petsa; $deadline: ang huling araw ng pagbabalik; $link: ang pahina ng status; $contact:
## paano makontak ang county; $callback: numerong matatawagan; $steps: ang gagawin, isa bawat linya.
notice-mailed-subject = Naipadala na sa koreo ang inyong balota
notice-mailed-email = Ibinigay na ng County ng { $county } sa Serbisyo ng Koreo ang inyong balota para sa { $election }. Karaniwan itong dumarating sa loob ng isang linggo.
notice-mailed-sms = { $service }: ipinadala na ng County ng { $county } ang inyong balota. Karaniwang dumarating ito sa loob ng 1 linggo. Subaybayan: { $link }
notice-mailed-voice = Naipadala na ng County ng { $county } ang inyong balota sa koreo. Karaniwan itong dumarating sa loob ng isang linggo.

notice-expected_delivery-subject = Inaasahang darating ang inyong balota sa { $date }
notice-expected_delivery-email = Papunta na ang inyong balota para sa { $election }. Inaasahan ng Serbisyo ng Koreo na maihahatid ito sa { $date }.
notice-expected_delivery-sms = { $service }: inaasahang ihahatid ng koreo ang inyong balota ng County ng { $county } sa { $date }. Subaybayan: { $link }
notice-expected_delivery-voice = Papunta na ang inyong balota. Inaasahan ng Serbisyo ng Koreo na maihahatid ito sa { $date }.

notice-delivered-subject = Naihatid na ang inyong balota
notice-delivered-email = Naihatid na ng Serbisyo ng Koreo ang inyong balota para sa { $election }. Markahan ito, lagdaan ang sobre, at ibalik ito sa koreo o sa isang drop box ng balota.
notice-delivered-sms = { $service }: naihatid na ang inyong balota ng County ng { $county }. Lagdaan ang sobre at ibalik sa koreo o drop box. { $link }
notice-delivered-voice = Naihatid na ng Serbisyo ng Koreo ang inyong balota. Mangyaring lagdaan ang sobre at ibalik ito sa koreo o sa isang drop box ng balota.

notice-undeliverable-subject = Hindi naihatid ang inyong balota
notice-undeliverable-email =
    Hindi naihatid ng Serbisyo ng Koreo ang inyong balota para sa { $election } at ibinabalik ito sa County ng { $county }.

    Humingi sa county ng bagong balota, at tiyaking tama ang inyong address para sa koreo. { $contact }
notice-undeliverable-sms = { $service }: hindi naihatid ang inyong balota ng County ng { $county }. Humingi ng bago sa county. { $link }
notice-undeliverable-voice = Hindi naihatid ng Serbisyo ng Koreo ang inyong balota at ibinabalik ito sa county. Mangyaring tawagan ang tanggapan ng halalan ng County ng { $county } upang makakuha ng bago.

notice-received-subject = Natanggap na ng inyong county ang inyong balota (hindi pa nabibilang)
notice-received-email = Natanggap na ng County ng { $county } ang inyong balota para sa { $election }. Hindi pa ito nabibilang: sinusuri muna ng county ang sobre. Sasabihan namin kayo kapag nabilang na ito.
notice-received-sms = { $service }: nasa County ng { $county } na ang inyong balota. Hindi pa ito nabibilang; sinusuri muna. Ite-text namin kayo kapag nabilang na.
notice-received-voice = Natanggap na ng County ng { $county } ang inyong balota. Hindi pa ito nabibilang. Sinusuri muna ito ng county, at sasabihan namin kayo kapag nabilang na ito.

notice-in_review-subject = Kailangan ninyong kumilos: hindi pa mabibilang ang inyong balota
notice-in_review-email =
    Hindi pa mabibilang ng County ng { $county } ang inyong balota para sa { $election }. { $reason }

    Ano ang gagawin:
    { $steps }
notice-in_review-sms = { $service }: KUMILOS AGAD. Hindi mabibilang ng County ng { $county } ang inyong balota hangga't hindi naaayos ang problema sa lagda. Ayusin { $deadline }. Form: { $form }
notice-in_review-voice = Hindi pa mabibilang ng County ng { $county } ang inyong balota, dahil may problema sa lagda sa sobre. Maaari ninyo itong ayusin { $deadline }. Mangyaring tawagan ang tanggapan ng halalan ng county upang malaman kung paano.

notice-accepted-subject = Nabilang na ang inyong balota
notice-accepted-email = Nabilang na ng County ng { $county } ang inyong balota para sa { $election }. Salamat sa inyong pagboto.
notice-accepted-sms = { $service }: nabilang na ng County ng { $county } ang inyong balota. Salamat sa pagboto.
notice-accepted-voice = Nabilang na ng County ng { $county } ang inyong balota. Salamat po sa inyong pagboto.

notice-not_accepted-subject = Hindi nabilang ang inyong balota
notice-not_accepted-email = Hindi binilang ng County ng { $county } ang inyong balota para sa { $election }. { $reason }
notice-not_accepted-sms = { $service }: hindi binilang ng County ng { $county } ang inyong balota. Alamin kung bakit at ano ang magagawa ninyo: { $link }
notice-not_accepted-voice = Hindi binilang ng County ng { $county } ang inyong balota. Mangyaring tawagan ang tanggapan ng halalan ng county upang malaman kung bakit.

notice-reminder-subject = Paalala: ibalik ang inyong balota hanggang { $date }
notice-reminder-email = Hindi pa natatanggap ng County ng { $county } ang inyong balota para sa { $election }. Ipadala ito sa koreo upang magkaroon ito ng tatak ng koreo (postmark) sa { $date } o mas maaga at dumating ito hanggang { $deadline }, o dalhin ito sa isang drop box ng balota o lugar ng botohan hanggang 8:00 ng gabi sa { $date }. Kung naipadala na ninyo ito, salamat: maaaring abutin ng ilang araw bago ito dumating.
notice-reminder-sms = { $service }: wala pa sa County ng { $county } ang inyong balota. Ipakoreo hanggang { $date } o ihulog sa drop box hanggang 8:00 ng gabi sa araw na iyon.
notice-reminder-voice = Hindi pa natatanggap ng County ng { $county } ang inyong balota. Mangyaring ipadala ito sa koreo hanggang { $date }, o ihulog ito sa isang drop box ng balota hanggang alas-otso ng gabi sa araw na iyon.

notice-email-greeting = Magandang araw, { $name },
notice-email-track = Tingnan ang bawat hakbang ng inyong balota sa { $link }
notice-email-contact = May mga tanong? { $contact }
notice-email-contact-unknown = May mga tanong? Tawagan ang tanggapan ng halalan ng County ng { $county }.
notice-email-trust = Ipinapadala ng { $service } ang mga update na ito para sa inyong county. Hindi namin kailanman hihingin ang inyong Social Security number, password, o anumang bayad.
notice-voice-open = Magandang araw po, ito ang { $service }, may balita tungkol sa inyong balota sa koreo mula sa County ng { $county }.
notice-voice-close = Kung may mga tanong kayo, tumawag sa { $callback }. Uulitin ko, ang numero ay { $callback }. Salamat po, paalam.
## Maikling petsa para sa mga text ("Nob 3").
date-short = %b %-d

## Mga problema: ang sagot ng API kapag hindi nito magawa ang hiniling (`title` at `detail`).
problem-invalid-fields-title = May mga field na hindi napunan nang tama
problem-invalid-fields-detail = Itama ang mga field na nakalista sa `errors` at ipadala muli ang request.
problem-malformed-json-title = Hindi mabasa ang body ng request
problem-malformed-json-detail = Hindi wastong JSON para sa endpoint na ito ang body: { $reason }.
problem-unreadable-body-title = Hindi mabasa ang body ng request
problem-unreadable-body-detail = Hindi mabasa ang body: { $reason }.
problem-unreadable-form-title = Hindi mabasa ang body ng request
problem-unreadable-form-detail = Hindi mabasa ang form: { $reason }.
problem-not-a-json-array-title = Hindi mabasa ang body ng request
problem-not-a-json-array-detail = Hindi JSON array ng mga object ang body: { $reason }.
problem-not-utf8-title = Hindi mabasa ang body ng request
problem-not-utf8-detail = Hindi UTF-8 na text ang body: { $reason }.
problem-csv-header-title = Hindi mabasa ang body ng request
problem-csv-header-detail = Hindi mabasa ang CSV header: { $reason }.
problem-unsupported-media-type-title = Hindi suportadong uri ng content
problem-unsupported-media-type-detail = Ipadala ang body ng request na may `Content-Type` na tinatanggap ng endpoint na ito: { $expected }.
problem-payload-too-large-title = Masyadong malaki ang body ng request
problem-payload-too-large-detail = Hanggang { $limit } byte lang ang tinatanggap ng endpoint na ito.
problem-unauthorized-title = Mangyaring mag-sign in muli
problem-unauthorized-detail = Natapos na ang inyong session o hindi ito wasto. Hanapin muli ang inyong sarili upang magpatuloy.
problem-missing-scope-title = Hindi pinapayagan
problem-missing-scope-detail = Kailangan ng endpoint na ito ang scope na `{ $scope }`, na wala sa inyong token.
problem-other-county-title = Hindi pinapayagan
problem-other-county-detail = Para lang sa county { $own } kumikilos ang inyong client, hindi para sa county { $county }.
problem-bad-signature-title = Hindi pinapayagan
problem-bad-signature-detail = Hindi tumutugma ang signature ng request.
problem-oauth-bad-basic-title = Tinanggihan ang request para sa token
problem-oauth-bad-basic-detail = Hindi wastong HTTP Basic credentials ang Authorization header.
problem-oauth-no-grant-title = Tinanggihan ang request para sa token
problem-oauth-no-grant-detail = Ipadala ang grant_type=client_credentials.
problem-oauth-grant-title = Tinanggihan ang request para sa token
problem-oauth-grant-detail = Ang client_credentials grant lang ang suportado.
problem-oauth-two-credentials-title = Tinanggihan ang request para sa token
problem-oauth-two-credentials-detail = Mag-authenticate gamit ang HTTP Basic o ang mga field ng form, hindi ang dalawa.
problem-oauth-no-credentials-title = Tinanggihan ang request para sa token
problem-oauth-no-credentials-detail = Mag-authenticate gamit ang inyong client id at secret.
problem-oauth-unknown-scope-title = Tinanggihan ang request para sa token
problem-oauth-unknown-scope-detail = Ang mga scope ay ballots:write, voters:write, stats:read at ballots:read.
problem-oauth-bad-client-title = Tinanggihan ang request para sa token
problem-oauth-bad-client-detail = Mali ang client id o secret, o binawi na ang client.
problem-oauth-scope-not-allowed-title = Tinanggihan ang request para sa token
problem-oauth-scope-not-allowed-detail = Hindi pinapayagan ang client na magkaroon ng lahat ng hininging scope.
problem-no-such-county-title = Walang ganitong county
problem-no-such-county-detail = May numero ang mga county mula 01 (Alameda) hanggang 58 (Yuba).
problem-no-such-election-title = Walang ganitong halalan
problem-no-such-election-detail = Walang halalan ang county na ito na may ganitong id.
problem-batch-too-large-title = Masyadong malaki ang batch
problem-batch-too-large-detail = Magpadala ng hanggang { $rows } row bawat request; hatiin ang mas malalaking batch.
# $url: kung saan matitingnan ng botante ang kanyang pagpaparehistro.
problem-voter-not-found-title = Hindi namin kayo nakita sa listahan ng mga botante
problem-voter-not-found-detail = Tiyaking naka-type ang inyong pangalan, apelyido, petsa ng kapanganakan at ZIP code nang eksakto gaya ng nasa inyong pagpaparehistro bilang botante. Kung nagparehistro kayo o binago ninyo ang inyong pagpaparehistro nitong mga nakaraang araw, maaaring hindi pa ito nakakarating sa amin: subukang muli mamaya. Maaari ninyong tingnan ang inyong pagpaparehistro sa { $url }.
# $help: kung saan makikita ang Voter ID; $office: paano makontak ang tanggapan ng halalan ng county (maaaring walang laman).
problem-voter-id-needed-title = Kailangan ang inyong Voter ID
problem-voter-id-needed-detail = Higit sa isang rehistradong botante ang may ganitong impormasyon. Idagdag ang inyong Voter ID upang makilala namin kayo. { $help } { $office }
problem-voter-id-help = Nasa inyong kard ng abiso sa botante (voter notification card) at sa inyong halimbawang balota (sample ballot) ang inyong Voter ID. Maaari rin itong sabihin sa inyo ng tanggapan ng halalan ng inyong county o ng Linya ng Botante ng Sekretaryo ng Estado.
problem-too-many-requests-title = Masyadong maraming pagsubok
problem-too-many-requests-detail = Para sa privacy ng lahat, limitado ang paghahanap. Subukang muli pagkalipas ng { $minutes } minuto.
problem-too-many-messages-title = Masyadong maraming mensahe sa ngayon
problem-too-many-messages-detail = Nililimitahan namin ang dami ng kumpirmasyon at code na ipinapadala namin, upang walang makapagpuno ng inbox o telepono ng iba. Subukang muli pagkalipas ng { $minutes } minuto.
problem-verification-needed-title = Ilagay muna ang code na ipapadala namin sa inyo
problem-verification-needed-detail = Kapag nakumpirma na ang isang paraan para makontak kayo, kailangan ng code na pang-isahang gamit upang baguhin ang inyong mga abiso: ipinapadala namin ito sa isang paraan ng pagkontak na nakumpirma nang hindi bababa sa isang araw bago kayo nag-sign in. Pampublikong rekord ang inyong pangalan, petsa ng kapanganakan at ZIP code, kaya hindi sapat ang mga ito upang protektahan ang mga pagbabagong ito.
problem-no-such-message-title = Walang ganitong mensahe
problem-no-such-message-detail = Ang ulat na ito ay hindi tungkol sa anumang mensaheng ipinadala ng serbisyong ito.
# $sender: ang numerong pinagmumulan ng mga text.
problem-number-stopped-title = Hiniling ng numerong ito na itigil namin ang pag-text
problem-number-stopped-detail = May sumagot ng STOP (o TIGIL) mula sa numerong ito, kaya hindi na namin ito maaaring i-text. Upang makatanggap muli ng mga text, i-text ang START (o SIMULA) sa { $sender } mula sa teleponong ito, saka idagdag dito ang numero.
problem-nothing-to-confirm-title = Walang kukumpirmahin
problem-nothing-to-confirm-detail = Ang paraan lang na naghihintay ng kumpirmasyon ang maaaring padalhan muli ng kumpirmasyon.
problem-no-such-method-title = Walang ganitong paraan ng pagkontak
problem-no-such-method-detail = Walang { $kind ->
        [email] email address
        [sms] numero para sa mga text
       *[voice] numero para sa mga tawag
    } na aalisin.
problem-code-to-unconfirmed-title = Sa mga nakumpirmang paraan lang ipinapadala ang mga code
problem-code-to-unconfirmed-detail = Pumili ng paraan ng pagkontak na naka-on (nakumpirma). Kung wala kayo nito, walang kailangang code.
problem-confirmation-expired-title = Nag-expire na ang link na ito
problem-confirmation-expired-detail = Gumagana ang mga link ng kumpirmasyon sa loob ng { $hours } oras. Hanapin muli ang inyong sarili at piliin ang "Ipadala muli" sa tabi ng inyong email address.
problem-confirmation-invalid-title = Hindi wasto ang link na ito
problem-confirmation-invalid-detail = Maaaring nagamit na ito, o napalitan ng mas bago. Hanapin muli ang inyong sarili upang makita kung nakumpirma na ang inyong email address.
problem-unsubscribe-invalid-title = Hindi wasto ang link na ito para mag-unsubscribe
problem-unsubscribe-invalid-detail = Hanapin ang inyong sarili sa site upang i-off ang mga abiso.
problem-method-too-new-title = Hindi pa makakatanggap ng code ang paraang ito ng pagkontak
problem-method-too-new-detail = Para sa inyong proteksyon, ipinapadala lang ang code sa paraan ng pagkontak na nakumpirma nang hindi bababa sa { $hours } oras bago kayo nag-sign in. Pumili ng iba, o mag-sign in muli pagkalipas ng mga { $wait } oras.
problem-undo-invalid-title = Hindi wasto ang link na ito para mag-undo
problem-undo-invalid-detail = Tiyaking binuksan ninyo ang buong link mula sa aming mensahe.
problem-undo-by-newer-method-title = Hindi ma-undo ng link na ito ang pagbabagong iyon
problem-undo-by-newer-method-detail = Ginawa ang pagbabago gamit ang code na ipinadala sa isang paraan ng pagkontak na nakumpirma bago ang isang ito, kaya ang link lang na ipinadala sa ganoong paraan ang makaka-undo nito. Mag-sign in at humingi ng code upang baguhin ito.
problem-undo-used-title = Na-undo na ang pagbabagong ito
problem-undo-used-detail = Isang beses lang gumagana ang bawat link para mag-undo. Na-sign out na noon ang lahat ng naka-sign in bilang kayo.
problem-undo-expired-title = Nag-expire na ang link na ito para mag-undo
problem-undo-expired-detail = Gumagana ang mga link para mag-undo sa loob ng { $days } araw. Mag-sign in at humingi ng code upang gumawa ng mga pagbabago, o tawagan ang tanggapan ng halalan ng inyong county.
problem-unsubscribe-outdated-title = Luma na ang link na ito para mag-unsubscribe
problem-unsubscribe-outdated-detail = Nabago o naalis na ang address kung saan ito ipinadala. Hanapin ang inyong sarili sa site upang i-off ang mga abiso.
problem-text-replies-not-set-up-title = Pansamantalang hindi magagamit ang serbisyo
problem-text-replies-not-set-up-detail = Hindi naka-set up ang mga sagot sa text sa installation na ito. Subukang muli pagkalipas ng ilang minuto.
problem-database-unreachable-title = Pansamantalang hindi magagamit ang serbisyo
problem-database-unreachable-detail = Hindi maabot ang database. Subukang muli pagkalipas ng ilang minuto.
problem-unexpected-title = Error sa server (Internal Server Error)
problem-unexpected-detail = Nagkaroon ng problema sa aming panig. Subukang muli pagkalipas ng ilang minuto.
problem-no-such-endpoint-title = Walang ganitong endpoint
problem-no-such-endpoint-detail = Walang inihahain sa address na ito. Inilalarawan ang API sa /api/v1/openapi.yaml.
