# 추적 서비스가 유권자에게 보내는 메시지(한국어). 모든 메시지에는 서비스 이름({ $service })이 들어가므로
# 유권자가 사기 메시지와 구별할 수 있습니다. 변수: 각 메시지의 주석을 참조하십시오.

language-name = 한국어

# How texts in this language are sent (not words: keep as is): gsm-7 drops the accents GSM-7 lacks
# (160 characters a segment); ucs-2 carries every script (70 characters a segment).
sms-alphabet = ucs-2

## 이메일 확인. $link: 확인 페이지, $hours: 링크가 유효한 시간.
email-confirm-subject = { $service } 이메일 주소 확인
email-confirm-body =
    { $name } 님, 안녕하십니까?

    누군가(본인이시기를 바랍니다) { $service }에 우편 투표용지 관련 알림을 이 이메일 주소로 보내 달라고 요청했습니다.

    알림을 받기 시작하시려면 { $hours }시간 이내에 다음 링크를 여십시오:
    { $link }

    요청하신 적이 없다면 이 이메일을 무시하십시오. 이 주소로 더 이상 아무것도 보내지 않습니다.

## 문자 확인(가능하면 한 개 분량).
sms-confirm = { $service }: 우편 투표용지 문자 알림을 받으시려면 '예'로 회신하십시오. 문자·데이터 요금 부과 가능. 중단은 '중지', 도움말은 '도움' 회신.
sms-confirmed = { $service }: 이제 우편 투표용지 상태가 바뀌면 문자로 알려 드립니다. 중단은 '중지' 회신.
sms-stopped = { $service }: 더 이상 문자를 보내지 않습니다. 다시 받으시려면 '시작' 회신.
sms-started = { $service }: 우편 투표용지 문자 알림이 다시 켜졌습니다. 중단은 '중지' 회신.
# $contact: 카운티 선거 사무소 또는 주의 유권자 핫라인.
sms-help = { $service }: 우편 투표용지 상태가 바뀔 때 문자 알림(선거당 몇 건). 문자·데이터 요금 부과 가능. 문의: { $contact }. 중단은 '중지' 회신.
sms-help-contact = 카운티 선거 사무소 또는 주 국무장관실 한국어 핫라인 1-866-575-1558

## 유권자가 문자로 보낼 수 있는 키워드(쉼표로 구분). 대소문자, 공백, 문장 부호는 무시하고 비교합니다.
keywords-stop = 중지, 중단, 그만, 취소, 수신거부, 거부, 해지
keywords-start = 시작, 재개
keywords-yes = 예, 네, 동의
keywords-help = 도움, 도움말

## 일회용 코드. $code: 6자리 숫자, $minutes: 유효 시간(분).
code-email-subject = { $service } 코드: { $code }
code-email-body =
    { $name } 님, 안녕하십니까?

    귀하의 코드는 { $code }입니다. 이 코드는 { $minutes }분 동안 유효합니다.

    투표용지 알림 받는 방법을 변경하시려면 { $service } 페이지에 이 코드를 입력하십시오. 코드를 요청하신 적이 없다면, 귀하의 이름, 생년월일, 우편번호를 아는 누군가가 알림 설정을 변경하려는 것일 수 있습니다. 귀하께서 하실 일은 없으며, 코드 없이는 아무것도 변경되지 않습니다.
code-sms = { $service } 코드: { $code }. { $minutes }분간 유효. 요청하지 않으셨다면 이 문자를 무시하십시오.
code-voice = 안녕하십니까, { $service }입니다. 귀하의 코드는 { $spoken }입니다. 다시 한 번 말씀드립니다. 귀하의 코드는 { $spoken }입니다.

## 연락 방법의 변경. 변경 전에 확인된 연락 방법으로 알려 드립니다.
## $what: 변경 내용(한 문장 이상, change-…), $undo: 변경을 취소하는 링크.
change-email-subject = { $service } 연락 방법 변경 안내
change-email-body =
    { $name } 님, 안녕하십니까?

    { $what }

    직접 변경하셨다면 하실 일은 없습니다.
    변경하지 않으셨다면 여기에서 취소하십시오(링크는 { $days }일 동안 한 번만 사용할 수 있습니다): { $undo }
    취소하면 귀하의 정보로 로그인한 모든 사용자도 로그아웃됩니다.
change-sms = { $service }: { $what } 본인이 아니면 취소: { $undo }
change-voice = 안녕하십니까, { $service }입니다. { $what } 본인이 변경하지 않으셨다면 { $site } 사이트를 방문하시거나, 저희가 보낸 이메일 또는 문자의 링크를 열어 변경을 취소하십시오.
change-method-added = 새 연락 방법이 추가되었습니다: { $method }.
change-method-replaced = 연락 방법이 변경되었습니다. 이전: { $old }, 변경 후: { $method }.
change-method-removed = 연락 방법이 삭제되었습니다: { $method }.
change-notifications-off = 투표용지 알림이 꺼졌습니다.
change-notifications-on = 투표용지 알림이 다시 켜졌습니다.
change-language = 메시지 언어가 변경되었습니다: { $language }.
change-contact-hours = 연락 가능 시간이 변경되었습니다: { $from }부터 { $until }까지({ $zone }).
## 변경 취소 링크로 처리된 내용.
undone-method-removed = 연락 방법({ $method })을 삭제하고, 귀하의 정보로 로그인한 모든 사용자를 로그아웃시켰습니다.
undone-method-back = 연락 방법({ $method })을 이전 상태로 되돌리고, 귀하의 정보로 로그인한 모든 사용자를 로그아웃시켰습니다.
undone-preferences = 설정을 이전 상태로 되돌리고, 귀하의 정보로 로그인한 모든 사용자를 로그아웃시켰습니다.
undone-nothing-to-put-back = 해당 변경은 이미 다른 변경으로 대체되었습니다. 귀하의 정보로 로그인한 모든 사용자를 로그아웃시켰습니다.

## 음성 전화 번호를 확인하는 전화.
voice-confirm = 안녕하십니까, { $service }입니다. 우편 투표용지에 관한 전화 알림을 확인하시려면 웹사이트에 다음 코드를 입력하십시오. { $spoken }. 다시 한 번 말씀드립니다. 코드는 { $spoken }입니다. 전화 알림을 요청하신 적이 없다면 전화를 끊으십시오. 다시 전화드리지 않겠습니다.

method-email = 이메일 { $address }
method-sms = 문자 수신 번호 { $address }
method-voice = 전화 수신 번호 { $address }

## 이메일 하단 문구
email-footer =
    이 주소가 우편 투표용지 알림 수신처로 { $service }에 등록되어 이 이메일을 받으셨습니다.
    이메일 수신 중단: { $unsubscribe }

## 각 투표용지 상태와 사유의 의미(상태 페이지, 알림, API 문서).
status-issued = 카운티에서 귀하의 투표용지를 준비했습니다. 아직 우체국에 전달되지 않았습니다.
status-mailed = 카운티에서 귀하의 투표용지를 우체국에 전달했습니다.
status-in_transit = 투표용지가 귀하에게 배송 중입니다. 우체국에서 스캔했습니다.
status-expected_delivery = 투표용지가 배송 중입니다. 우체국에서 곧 배달할 예정입니다.
status-delivered = 우체국에서 귀하의 우편함에 투표용지를 배달했습니다.
status-undeliverable = 우체국에서 투표용지를 배달하지 못해 카운티로 반송하고 있습니다. 새 투표용지를 받으시려면 카운티 선거 사무소에 연락하십시오.
status-returned_by_voter = 기표하신 투표용지가 카운티로 돌아가는 중입니다(우체국 스캔 또는 투표용지 투입함 기록 기준).
status-received = 카운티에서 기표하신 투표용지를 받았습니다. 아직 집계되지 않았습니다. 카운티에서 먼저 확인합니다.
status-in_review = 카운티에서 집계에 앞서 투표용지 봉투를 확인하고 있습니다.
status-accepted = 귀하의 투표용지가 집계되었습니다.
status-not_accepted = 귀하의 투표용지가 집계되지 않았습니다.
status-voted_in_person = 투표소에서 직접 투표하셨으므로 이 우편 투표용지는 사용되지 않습니다.
status-superseded = 이 투표용지는 새 투표용지로 대체되었습니다. 새 투표용지만 유효합니다.

reason-no_signature = 봉투에 서명이 없습니다. 투표용지가 집계될 수 있도록, 서명되지 않은 투표용지 진술서에 서명하여 마감일까지 카운티에 제출하십시오.
reason-signature_mismatch = 봉투의 서명이 등록 기록의 서명과 일치하지 않습니다. 투표용지가 집계될 수 있도록, 서명 확인 진술서를 마감일까지 카운티에 제출하십시오.
reason-already_voted = 귀하의 다른 투표용지(투표소 투표, 우편 투표 또는 잠정 투표)가 이미 집계되었습니다.
reason-ballot_missing = 투표용지가 들어 있지 않은 봉투가 카운티에 도착했습니다.
reason-voter_deceased = 카운티 기록에 유권자가 사망한 것으로 되어 있습니다.
reason-late = 투표용지의 소인이 선거일 이후 날짜로 찍혔거나, 투표용지가 마감일 이후에 도착했습니다.
reason-other = 카운티에서 이 투표용지를 집계할 수 없었습니다. 이유를 알아보시려면 카운티 선거 사무소에 연락하십시오.

## 서명 문제 해결. $statement: 양식 종류, $county: 카운티 이름, $url: 양식 주소, $by: 마감.
cure-statement-no_signature = 서명되지 않은 투표용지 진술서
cure-statement-signature_mismatch = 서명 확인 진술서
cure-step-form = { $county } 카운티 선거 사무소에서 { $statement }를 받으십시오.
cure-step-form-link = { $url }에서 또는 { $county } 카운티 선거 사무소에서 { $statement }를 받으십시오.
cure-step-sign = 진술서를 작성하고 서명하십시오. 양식에서 신분증 사본을 요구하면 함께 제출하십시오.
cure-step-return = 진술서를 { $by } 제출하십시오. 제출 방법: 우편, 이메일, 팩스, 투표용지 투입함 또는 선거 사무소 방문.
cure-step-after = 카운티가 진술서를 승인하면 투표용지가 집계되며, 이 페이지에 표시됩니다.
cure-by-date = { $date } 오후 5시까지
cure-by-unknown = 가능한 한 빨리(마감일은 카운티가 정하며, 선거일 직후입니다)

## 이 언어의 날짜: chrono 로캘과 strftime 형식.
date-locale = ko_KR
date-long = %Y년 %-m월 %-d일 %A

## 카운티 선거 사무소.
county-office = { $county } 카운티 선거 사무소: { $contacts }.
county-phone = 전화 { $phone }
county-email = 이메일 { $email }
county-website = 웹사이트 { $url }

## 투표용지 알림: 알릴 만한 단계마다 이메일(제목과 본문), 문자, 전화 문구가 있습니다.
## 모든 알림에는 서비스 이름과 카운티 이름이 들어가며, 어떤 알림도 개인정보를 요구하지 않습니다.
## $service, $name: 유권자의 이름, $county: 카운티 이름, $election: 선거 이름,
## $date: 날짜, $deadline: 제출 마지막 날, $link: 상태 페이지, $contact: 카운티
## 연락처, $callback: 회신 전화번호, $steps: 해야 할 일(한 줄에 하나씩).
notice-mailed-subject = 투표용지가 발송되었습니다
notice-mailed-email = { $county } 카운티에서 { $election } 투표용지를 우체국에 전달했습니다. 보통 일주일 이내에 도착합니다.
notice-mailed-sms = { $service }: { $county } 카운티에서 투표용지를 발송했습니다. 보통 1주 내 도착. 조회: { $link }
notice-mailed-voice = { $county } 카운티에서 귀하의 투표용지를 발송했습니다. 보통 일주일 이내에 도착합니다.

notice-expected_delivery-subject = 투표용지 도착 예정일: { $date }
notice-expected_delivery-email = { $election } 투표용지가 배송 중입니다. 우체국은 { $date }에 배달할 예정입니다.
notice-expected_delivery-sms = { $service }: 우체국이 { $county } 카운티 투표용지를 { $date }에 배달할 예정입니다. 조회: { $link }
notice-expected_delivery-voice = 귀하의 투표용지가 배송 중입니다. 우체국은 { $date }에 배달할 예정입니다.

notice-delivered-subject = 투표용지가 배달되었습니다
notice-delivered-email = 우체국에서 { $election } 투표용지를 배달했습니다. 기표하신 후 봉투에 서명하여 우편이나 투표용지 투입함으로 제출하십시오.
notice-delivered-sms = { $service }: { $county } 카운티 투표용지가 배달되었습니다. 봉투에 서명 후 우편이나 투입함으로 제출하십시오. { $link }
notice-delivered-voice = 우체국에서 귀하의 투표용지를 배달했습니다. 봉투에 서명하신 후 우편이나 투표용지 투입함으로 제출해 주십시오.

notice-undeliverable-subject = 투표용지를 배달하지 못했습니다
notice-undeliverable-email =
    우체국에서 { $election } 투표용지를 배달하지 못해 { $county } 카운티로 반송하고 있습니다.

    카운티에 새 투표용지를 요청하시고, 우편물 받을 주소가 맞는지 확인하십시오. { $contact }
notice-undeliverable-sms = { $service }: { $county } 카운티 투표용지가 배달되지 못했습니다. 카운티에 새 투표용지를 요청하십시오. { $link }
notice-undeliverable-voice = 우체국에서 귀하의 투표용지를 배달하지 못해 카운티로 반송하고 있습니다. 새 투표용지를 받으시려면 { $county } 카운티 선거 사무소에 전화해 주십시오.

notice-received-subject = 카운티에서 투표용지를 받았습니다(아직 집계 전)
notice-received-email = { $county } 카운티에서 { $election } 투표용지를 받았습니다. 아직 집계되지 않았습니다. 카운티에서 먼저 봉투를 확인합니다. 집계되면 알려 드리겠습니다.
notice-received-sms = { $service }: { $county } 카운티에서 투표용지를 받았습니다. 먼저 확인하므로 아직 집계 전입니다. 집계되면 문자 드립니다.
notice-received-voice = { $county } 카운티에서 귀하의 투표용지를 받았습니다. 아직 집계되지 않았습니다. 카운티에서 먼저 확인하며, 집계되면 알려 드리겠습니다.

notice-in_review-subject = 조치 필요: 아직 투표용지를 집계할 수 없습니다
notice-in_review-email =
    { $county } 카운티에서 아직 { $election } 투표용지를 집계할 수 없습니다. { $reason }

    해야 할 일:
    { $steps }
notice-in_review-sms = { $service }: 조치 필요. 서명 문제를 { $deadline } 해결하셔야 { $county } 카운티 투표용지가 집계됩니다. 양식: { $form }
notice-in_review-voice = 투표용지 봉투의 서명에 문제가 있어, { $county } 카운티에서 아직 귀하의 투표용지를 집계할 수 없습니다. 이 문제는 { $deadline } 해결하실 수 있습니다. 방법은 카운티 선거 사무소에 전화하여 문의해 주십시오.

notice-accepted-subject = 투표용지가 집계되었습니다
notice-accepted-email = { $county } 카운티에서 { $election } 투표용지를 집계했습니다. 투표해 주셔서 감사합니다.
notice-accepted-sms = { $service }: { $county } 카운티에서 투표용지를 집계했습니다. 투표해 주셔서 감사합니다.
notice-accepted-voice = { $county } 카운티에서 귀하의 투표용지를 집계했습니다. 투표해 주셔서 감사합니다.

notice-not_accepted-subject = 투표용지가 집계되지 않았습니다
notice-not_accepted-email = { $county } 카운티에서 { $election } 투표용지를 집계하지 않았습니다. { $reason }
notice-not_accepted-sms = { $service }: { $county } 카운티에서 투표용지를 집계하지 않았습니다. 이유와 조치 방법: { $link }
notice-not_accepted-voice = { $county } 카운티에서 귀하의 투표용지를 집계하지 않았습니다. 이유를 알아보시려면 카운티 선거 사무소에 전화해 주십시오.

notice-reminder-subject = 안내: { $date }까지 투표용지를 제출하십시오
notice-reminder-email = { $county } 카운티에 아직 { $election } 투표용지가 도착하지 않았습니다. 우편으로 보내실 경우 { $date } 또는 그 이전 날짜의 소인이 찍히고 { $deadline }까지 도착하도록 보내시거나, { $date } 오후 8시까지 투표용지 투입함 또는 투표 장소에 제출하십시오. 이미 보내셨다면 감사합니다. 도착하기까지 며칠 걸릴 수 있습니다.
notice-reminder-sms = { $service }: { $county } 카운티에 아직 투표용지가 도착하지 않았습니다. { $date }까지 우편 발송하시거나 그날 오후 8시까지 투입함에 넣으십시오.
notice-reminder-voice = { $county } 카운티에 아직 귀하의 투표용지가 도착하지 않았습니다. { $date }까지 우편으로 보내시거나, 그날 오후 8시까지 투표용지 투입함에 넣어 주십시오.

notice-email-greeting = { $name } 님, 안녕하십니까?
notice-email-track = 투표용지 처리 단계 전체 보기: { $link }
notice-email-contact = 문의: { $contact }
notice-email-contact-unknown = 문의 사항은 { $county } 카운티 선거 사무소에 전화하십시오.
notice-email-trust = { $service }에서 카운티를 대신하여 이 알림을 보내 드립니다. 저희는 사회보장번호, 비밀번호, 결제를 절대 요구하지 않습니다.
notice-voice-open = 안녕하십니까, { $service }입니다. { $county } 카운티의 우편 투표용지 소식을 알려 드립니다.
notice-voice-close = 문의 사항이 있으시면 { $callback } 번으로 전화해 주십시오. 다시 한 번 말씀드립니다. 전화번호는 { $callback } 번입니다. 감사합니다.
## 문자용 짧은 날짜.
date-short = %-m월 %-d일

## 문제: API가 요청을 처리할 수 없을 때의 응답(`title`과 `detail`).
problem-invalid-fields-title = 일부 항목이 올바르게 입력되지 않았습니다
problem-invalid-fields-detail = `errors`에 나열된 항목을 수정한 후 요청을 다시 보내십시오.
problem-malformed-json-title = 요청 본문을 읽을 수 없습니다
problem-malformed-json-detail = 본문이 이 엔드포인트에 유효한 JSON이 아닙니다: { $reason }.
problem-unreadable-body-title = 요청 본문을 읽을 수 없습니다
problem-unreadable-body-detail = 본문을 읽을 수 없습니다: { $reason }.
problem-unreadable-form-title = 요청 본문을 읽을 수 없습니다
problem-unreadable-form-detail = 양식을 읽을 수 없습니다: { $reason }.
problem-not-a-json-array-title = 요청 본문을 읽을 수 없습니다
problem-not-a-json-array-detail = 본문이 객체로 이루어진 JSON 배열이 아닙니다: { $reason }.
problem-not-utf8-title = 요청 본문을 읽을 수 없습니다
problem-not-utf8-detail = 본문이 UTF-8 텍스트가 아닙니다: { $reason }.
problem-csv-header-title = 요청 본문을 읽을 수 없습니다
problem-csv-header-detail = CSV 헤더를 읽을 수 없습니다: { $reason }.
problem-unsupported-media-type-title = 지원되지 않는 콘텐츠 유형
problem-unsupported-media-type-detail = 이 엔드포인트가 허용하는 `Content-Type` 값으로 요청 본문을 보내십시오: { $expected }.
problem-payload-too-large-title = 요청 본문이 너무 큽니다
problem-payload-too-large-detail = 이 엔드포인트는 최대 { $limit }바이트까지 허용합니다.
problem-unauthorized-title = 다시 로그인해 주십시오
problem-unauthorized-detail = 세션이 종료되었거나 유효하지 않습니다. 계속하시려면 본인 정보를 다시 조회하십시오.
problem-missing-scope-title = 허용되지 않음
problem-missing-scope-detail = 이 엔드포인트에는 `{ $scope }` 범위(scope)가 필요하지만, 귀하의 토큰에는 이 범위가 없습니다.
problem-other-county-title = 허용되지 않음
problem-other-county-detail = 이 클라이언트는 카운티 { $own }만 대리하며, 카운티 { $county }에 대한 권한은 없습니다.
problem-bad-signature-title = 허용되지 않음
problem-bad-signature-detail = 요청 서명이 일치하지 않습니다.
problem-oauth-bad-basic-title = 토큰 요청이 거부되었습니다
problem-oauth-bad-basic-detail = Authorization 헤더가 유효한 HTTP Basic 자격 증명이 아닙니다.
problem-oauth-no-grant-title = 토큰 요청이 거부되었습니다
problem-oauth-no-grant-detail = grant_type=client_credentials 값을 보내십시오.
problem-oauth-grant-title = 토큰 요청이 거부되었습니다
problem-oauth-grant-detail = client_credentials 그랜트만 지원됩니다.
problem-oauth-two-credentials-title = 토큰 요청이 거부되었습니다
problem-oauth-two-credentials-detail = HTTP Basic 또는 양식 필드 중 한 가지 방법으로만 인증하십시오. 둘 다 사용하지 마십시오.
problem-oauth-no-credentials-title = 토큰 요청이 거부되었습니다
problem-oauth-no-credentials-detail = 클라이언트 ID와 시크릿으로 인증하십시오.
problem-oauth-unknown-scope-title = 토큰 요청이 거부되었습니다
problem-oauth-unknown-scope-detail = 사용할 수 있는 범위(scope): ballots:write, voters:write, stats:read, ballots:read.
problem-oauth-bad-client-title = 토큰 요청이 거부되었습니다
problem-oauth-bad-client-detail = 클라이언트 ID 또는 시크릿이 틀렸거나, 클라이언트가 폐기되었습니다.
problem-oauth-scope-not-allowed-title = 토큰 요청이 거부되었습니다
problem-oauth-scope-not-allowed-detail = 이 클라이언트에는 요청한 범위 중 일부가 허용되지 않습니다.
problem-no-such-county-title = 해당 카운티가 없습니다
problem-no-such-county-detail = 카운티 번호는 01(Alameda)부터 58(Yuba)까지입니다.
problem-no-such-election-title = 해당 선거가 없습니다
problem-no-such-election-detail = 이 카운티에는 이 ID의 선거가 없습니다.
problem-batch-too-large-title = 배치가 너무 큽니다
problem-batch-too-large-detail = 요청당 최대 { $rows }개 행까지 보내십시오. 더 큰 배치는 나누어 보내십시오.
# $url: 유권자가 등록 상태를 확인하는 곳.
problem-voter-not-found-title = 유권자 명부에서 귀하를 찾을 수 없습니다
problem-voter-not-found-detail = 이름, 성, 생년월일, 우편번호가 유권자 등록에 기재된 그대로 입력되었는지 확인하십시오. 최근 며칠 사이에 유권자 등록을 하셨거나 등록 정보를 변경하셨다면 아직 저희에게 반영되지 않았을 수 있으니, 나중에 다시 시도하십시오. 등록 상태는 { $url }에서 확인하실 수 있습니다.
# $help: 유권자 ID를 찾을 수 있는 곳, $office: 카운티 선거 사무소 연락처(비어 있을 수 있음).
problem-voter-id-needed-title = 유권자 ID가 필요합니다
problem-voter-id-needed-detail = 같은 정보를 가진 등록 유권자가 두 명 이상 있습니다. 귀하를 구별할 수 있도록 유권자 ID를 추가로 입력하십시오. { $help } { $office }
problem-voter-id-help = 유권자 ID는 유권자 통지 카드와 견본 투표용지에 적혀 있습니다. 카운티 선거 사무소나 주 국무장관실 유권자 핫라인에서도 알려 드립니다.
problem-too-many-requests-title = 시도 횟수가 너무 많습니다
problem-too-many-requests-detail = 모든 분의 개인정보 보호를 위해 조회 횟수를 제한하고 있습니다. { $minutes }분 후에 다시 시도하십시오.
problem-too-many-messages-title = 지금은 메시지를 더 보낼 수 없습니다
problem-too-many-messages-detail = 누구도 다른 사람의 받은편지함이나 전화에 메시지를 쏟아붓지 못하도록, 확인 메시지와 코드의 발송 횟수를 제한하고 있습니다. { $minutes }분 후에 다시 시도하십시오.
problem-verification-needed-title = 먼저 보내 드리는 코드를 입력하십시오
problem-verification-needed-detail = 연락 방법이 한 번 확인된 후에는, 알림 설정을 변경할 때 일회용 코드가 필요합니다. 코드는 로그인하시기 최소 하루 전에 확인된 연락 방법으로 보내 드립니다. 이름, 생년월일, 우편번호는 공개 기록이므로 이것만으로는 이러한 변경을 보호할 수 없습니다.
problem-no-such-message-title = 해당 메시지가 없습니다
problem-no-such-message-detail = 이 보고는 이 서비스가 보낸 어떤 메시지에도 해당하지 않습니다.
# $sender: 문자를 보내는 번호.
problem-number-stopped-title = 이 번호에서 문자 수신 중단을 요청했습니다
problem-number-stopped-detail = 이 번호에서 수신 거부(STOP)를 회신했으므로 문자를 보낼 수 없습니다. 다시 문자를 받으시려면 이 휴대폰에서 { $sender } 번호로 '시작'이라고 문자를 보내신 후, 여기에 번호를 추가하십시오.
problem-nothing-to-confirm-title = 확인할 항목이 없습니다
problem-nothing-to-confirm-detail = 확인 대기 중인 연락 방법만 확인 메시지를 다시 받을 수 있습니다.
problem-no-such-method-title = 해당 연락 방법이 없습니다
problem-no-such-method-detail = 삭제할 { $kind ->
        [email] 이메일 주소가
        [sms] 문자 수신 번호가
       *[voice] 전화 수신 번호가
    } 없습니다.
problem-code-to-unconfirmed-title = 코드는 확인된 연락 방법으로만 보내 드립니다
problem-code-to-unconfirmed-detail = 켜져 있는(확인된) 연락 방법을 선택하십시오. 확인된 연락 방법이 없다면 코드가 필요한 작업도 없습니다.
problem-confirmation-expired-title = 링크가 만료되었습니다
problem-confirmation-expired-detail = 확인 링크는 { $hours }시간 동안 유효합니다. 본인 정보를 다시 조회하신 후 이메일 주소 옆의 "다시 보내기"를 누르십시오.
problem-confirmation-invalid-title = 유효하지 않은 링크입니다
problem-confirmation-invalid-detail = 이미 사용되었거나 새 링크로 대체되었을 수 있습니다. 이메일 주소가 확인되었는지 보시려면 본인 정보를 다시 조회하십시오.
problem-unsubscribe-invalid-title = 유효하지 않은 수신 거부 링크입니다
problem-unsubscribe-invalid-detail = 알림을 끄시려면 사이트에서 본인 정보를 조회하십시오.
problem-method-too-new-title = 이 연락 방법으로는 아직 코드를 받을 수 없습니다
problem-method-too-new-detail = 귀하를 보호하기 위해, 코드는 로그인하시기 최소 { $hours }시간 전에 확인된 연락 방법으로만 보내 드립니다. 다른 연락 방법을 선택하시거나, 약 { $wait }시간 후에 다시 로그인하십시오.
problem-undo-invalid-title = 유효하지 않은 변경 취소 링크입니다
problem-undo-invalid-detail = 저희 메시지의 링크 전체를 여셨는지 확인하십시오.
problem-undo-by-newer-method-title = 이 링크로는 해당 변경을 취소할 수 없습니다
problem-undo-by-newer-method-detail = 해당 변경은 이 연락 방법보다 먼저 확인된 연락 방법으로 보낸 코드를 사용해 이루어졌으므로, 그러한 연락 방법으로 보낸 링크로만 취소할 수 있습니다. 변경하시려면 로그인하여 코드를 요청하십시오.
problem-undo-used-title = 이미 취소된 변경입니다
problem-undo-used-detail = 변경 취소 링크는 한 번만 사용할 수 있습니다. 취소 당시 귀하의 정보로 로그인해 있던 모든 사용자가 로그아웃되었습니다.
problem-undo-expired-title = 변경 취소 링크가 만료되었습니다
problem-undo-expired-detail = 변경 취소 링크는 { $days }일 동안 유효합니다. 변경하시려면 로그인하여 코드를 요청하시거나, 카운티 선거 사무소에 전화하십시오.
problem-unsubscribe-outdated-title = 오래된 수신 거부 링크입니다
problem-unsubscribe-outdated-detail = 이 링크를 보낸 주소가 그 후 변경되었거나 삭제되었습니다. 알림을 끄시려면 사이트에서 본인 정보를 조회하십시오.
problem-text-replies-not-set-up-title = 일시적으로 서비스를 이용할 수 없습니다
problem-text-replies-not-set-up-detail = 이 설치 환경에는 문자 회신 기능이 설정되어 있지 않습니다. 몇 분 후에 다시 시도하십시오.
problem-database-unreachable-title = 일시적으로 서비스를 이용할 수 없습니다
problem-database-unreachable-detail = 데이터베이스에 연결할 수 없습니다. 몇 분 후에 다시 시도하십시오.
problem-unexpected-title = 내부 서버 오류
problem-unexpected-detail = 저희 쪽에 문제가 발생했습니다. 몇 분 후에 다시 시도하십시오.
problem-no-such-endpoint-title = 해당 엔드포인트가 없습니다
problem-no-such-endpoint-detail = 이 주소에서 제공되는 내용이 없습니다. API 설명은 /api/v1/openapi.yaml에 있습니다.
