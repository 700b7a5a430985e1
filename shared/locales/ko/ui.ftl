# 웹 페이지의 문구(한국어). 웹 프런트엔드는 shared/locales/ 아래의 모든 `ui.ftl`을 읽습니다.
# 언어를 추가하려면 해당 언어의 폴더(이 파일과 messages.ftl 포함, messages.ftl의 `language-name`이
# 언어 메뉴에 표시되는 언어 이름)를 추가합니다. API도 이 파일들을 읽으므로, 여기의 ID는
# messages.ftl의 ID와 겹치면 안 됩니다.
#
# 입력란 옆의 오류는 `field-error-<field>[-<kind>]-<code>`입니다. 페이지와 API의 입력란 오류는
# 같은 문구를 사용합니다(코드는 shared/src에 있으며, 입력란이 잘못될 수 있는 경우마다 하나씩 있습니다).

## 날짜: "10월 13일 화요일".
page-date = { $month } { $day }일 { $weekday }
weekday-1 = 월요일
weekday-2 = 화요일
weekday-3 = 수요일
weekday-4 = 목요일
weekday-5 = 금요일
weekday-6 = 토요일
weekday-7 = 일요일
month-1 = 1월
month-2 = 2월
month-3 = 3월
month-4 = 4월
month-5 = 5월
month-6 = 6월
month-7 = 7월
month-8 = 8월
month-9 = 9월
month-10 = 10월
month-11 = 11월
month-12 = 12월

## 모든 페이지 공통
ui-language-label = 언어
ui-unreachable = 지금은 추적 서비스에 연결할 수 없습니다. 인터넷 연결을 확인하신 후 다시 시도해 주십시오.
ui-try-again = 다시 시도
ui-start-over = 추적 서비스 홈페이지로 이동
ui-session-ended = 개인정보 보호를 위해, 일정 시간 동안 활동이 없어 세션이 종료되었습니다. 계속하시려면 본인 정보를 다시 조회해 주십시오.
# 한국어에는 복수형 구분이 없으므로 선택식 없이 변수만 사용합니다.
ui-wait-minutes = 최근에 메시지를 보내 드렸습니다. { $minutes }분 후에 다시 시도해 주십시오.
ui-something-wrong = 저희 쪽에 문제가 발생했습니다. 몇 분 후에 다시 시도해 주십시오.

## 등록
signup-heading = 우편 투표용지 추적하기
signup-intro = 먼저 유권자 명부에서 귀하를 찾겠습니다. 유권자 등록 시 기재하신 그대로 정보를 입력해 주십시오.
signup-first-name = 이름(First name)
signup-first-name-hint = 유권자 등록에 기재된 그대로 입력하십시오.
signup-last-name = 성(Last name)
signup-date-of-birth = 생년월일
signup-date-of-birth-hint = 월, 일, 연도 순서로 입력하십시오. 예: 01-23-1980.
signup-zip = 캘리포니아 거주지 주소의 우편번호(ZIP 코드)
signup-zip-hint = 우편물을 다른 곳에서 받으시더라도, 유권자 등록 시 사용하신 거주지 주소의 우편번호를 입력하십시오.
signup-voter-id = 유권자 ID
signup-voter-id-hint = 영문자와 숫자만, 띄어쓰기나 하이픈(-) 없이 입력하십시오.
signup-submit = 조회하기
signup-submitting = 조회 중…
signup-check-details = 다음 정보를 확인해 주십시오
signup-not-found-heading = 유권자 명부에서 귀하를 찾을 수 없습니다
signup-check-registration = 유권자 등록 상태 확인하기

## 유권자 페이지
portal-hello = { $name } 님, 안녕하십니까?
portal-registered-in = { $county } 카운티 등록 유권자
portal-sign-out = 로그아웃
portal-sign-out-everywhere = 모든 기기에서 로그아웃
portal-signed-out-everywhere = 지금 사용 중인 기기와 브라우저를 포함하여, 모든 기기와 브라우저에서 로그아웃되었습니다.
portal-loading = 불러오는 중…
portal-reload = 다시 확인
portal-sections = 이 페이지의 구성
portal-go-ballot = 귀하의 투표용지
portal-go-reach = 연락 방법
portal-go-settings = 설정

## 투표용지
ballots-heading = 귀하의 투표용지
ballots-loading = 투표용지 정보를 불러오는 중…
ballots-none = 아직 귀하의 우편 투표용지 정보가 없습니다. 카운티는 선거일 약 한 달 전에 투표용지를 발송합니다. 그때 다시 확인하시거나, 투표용지가 발송되면 알려 드릴 방법을 아래에서 선택하십시오.
ballot-election-day = 선거일: { $date }
ballot-county = { $county } 카운티
ballot-replaced = 대체됨: 새 투표용지가 발송되었으므로 이 투표용지는 더 이상 유효하지 않습니다. 새 투표용지를 사용하십시오.
ballot-now = 현재 위치
ballot-steps = 투표용지 처리 단계
ballot-step-mailed = 귀하에게 발송됨
ballot-step-delivered = 배달됨
ballot-step-received = 카운티에서 접수함
ballot-step-counted = 집계됨
ballot-step-done = 완료
ballot-step-current = 현재 단계
ballot-step-upcoming = 아직 진행 전
ballot-step-preparing = 카운티에서 준비 중
ballot-step-expected = { $date } 도착 예정
ballot-step-undeliverable = 배달하지 못함
ballot-step-returning = 카운티로 돌아가는 중
ballot-step-in-review = 확인 중
ballot-step-needs-you = 귀하의 서명이 필요함
ballot-step-not-counted = 집계되지 않음
ballot-step-in-person = 투표소에서 직접 투표하셨습니다
ballot-expected-delivery = 우체국은 { $date }에 귀하의 투표용지를 배달할 예정입니다.
ballot-return-by = 기표를 마친 투표용지를 선거일인 { $election_day }까지 제출하십시오. 우편으로 보내시는 경우, 이 날짜까지 소인이 찍혀야 하며 { $deadline }까지 도착해야 합니다.
ballot-history = 지금까지의 처리 내역
ballot-history-empty = 아직 기록된 내역이 없습니다.

## 각 상태와 사유를 쉬운 말로 설명합니다.

## 서명 문제 해결("cure").
cure-heading = 조치 필요: 조치하지 않으시면 투표용지가 집계되지 않습니다
cure-deadline = 마감: { $date } 오후 5시
cure-no-deadline = 가능한 한 빨리 조치하십시오. 마감일은 카운티가 정하며, 선거일 직후입니다.
cure-steps = 해야 할 일
cure-form-link = 양식 내려받기
cure-contact = 문의: { $contact }

## 연락 방법
reach-heading = 연락 방법
reach-intro = 투표용지 상태가 바뀔 때 알림을 받으실 방법을 선택하십시오. 여러 방법을 함께 선택하실 수 있습니다.
reach-loading = 설정을 불러오는 중…
kind-email = 이메일
kind-sms = 문자 메시지
kind-voice = 음성 전화
kind-email-switch = 이메일 알림
kind-sms-switch = 문자 메시지 알림
kind-voice-switch = 음성 전화 알림
state-none = 꺼짐
state-off = 꺼짐(해제됨)
state-pending = 확인 대기 중
state-on = 켜짐
state-failed = 작동하지 않음
method-sends-to = 알림 수신처: { $address }
method-from-email = 저희 이메일은 { $sender } 주소에서 발송됩니다. 받은편지함에 없으면 스팸 또는 정크 메일함을 확인하십시오.
method-from-sms = 저희 문자는 { $sender } 번호에서 발송됩니다.
method-from-voice = 저희 전화는 { $sender } 번호에서 걸려 오며, 짧은 녹음 안내입니다.
method-pending-email = { $address } 주소로 이메일을 보냈습니다. 이메일 알림을 켜시려면 이메일에 있는 링크를 여십시오. 링크는 48시간 동안 유효합니다.
method-pending-sms = { $address } 번호로 문자를 보냈습니다. 문자 알림을 켜시려면 보내 드린 문자에 '예'라고 회신하십시오.
method-pending-voice = { $address } 번호로 6자리 코드를 알려 드리는 전화를 걸고 있습니다. 전화 알림을 켜시려면 여기에 코드를 입력하십시오. 코드는 30분 동안 유효합니다.
method-voice-code = 전화로 받은 코드
method-voice-code-hint = 6자리 숫자입니다. 전화로 두 번 읽어 드립니다.
method-voice-confirm = 확인
method-failed-rejected = { $address }: 저희 메시지를 받을 수 없어 보내지 못했습니다. 확인하신 후 다시 입력하십시오.
method-failed-stopped = { $address } 번호에서 수신 거부(STOP)를 회신하셨으므로 문자를 보낼 수 없습니다. 다시 문자를 받으시려면 그 휴대폰에서 { $sender } 번호로 '시작'이라고 문자를 보내신 후, 여기에서 문자 알림을 켜십시오.
method-failed-other = { $address }: 메시지를 전달하지 못했습니다. 확인하신 후 다시 입력하십시오.
method-failed-invalid-number = 통신사에 따르면 { $address } 번호는 저희 메시지를 받을 수 없습니다(휴대폰 번호가 아니거나, 더 이상 사용되지 않는 번호). 다른 번호를 입력하십시오.
method-failed-opted-out = 통신사에 따르면 { $address } 번호에서 저희 문자를 차단하셨습니다. 다시 받으시려면 그 휴대폰에서 { $sender } 번호로 '시작'이라고 문자를 보내신 후, 여기에서 문자 알림을 켜십시오.
method-off = { $address }: 알림이 해제되었습니다.
method-resend = 다시 보내기
method-resent = 다시 보냈습니다. 도착하기까지 몇 분 걸릴 수 있습니다.
method-check-again = 확인을 마쳤습니다: 다시 확인
method-still-pending = 아직 확인되지 않았습니다. 링크를 여시거나 '예'라고 회신하신 후 다시 확인하십시오.
method-change = 다른 연락처 사용
method-save = 저장 후 보내기
method-save-voice = 저장
method-saving = 보내는 중…
method-cancel = 취소
method-working = 처리 중…
address-email = 이메일 주소
address-email-hint = 예: name@example.com. 본인의 주소인지 확인하기 위해 링크를 보내 드립니다.
address-sms = 휴대폰 번호
address-sms-hint = 미국 번호를 입력하십시오. 예: (916) 555-0123. 본인의 번호인지 확인하기 위해 문자를 보내 드립니다. 메시지 및 데이터 요금이 부과될 수 있습니다.
address-voice = 전화 수신 번호
address-voice-hint = 미국 번호를 입력하십시오. 예: (916) 555-0123. 바로 전화를 걸어, 여기에 입력하실 6자리 코드를 알려 드립니다.
# $language: 유권자의 언어(그 언어 자체로 표기한 이름).
voice-in-english = 전화 안내는 아직 선택하신 언어({ $language })를 지원하지 않으므로 영어로 전화드립니다. 이메일과 문자는 선택하신 언어({ $language })로 보내 드립니다.

## 연락 가능 시간과 언어
hours-heading = 연락 가능 시간
hours-intro = 문자와 전화는 이 시간대에만 보내 드립니다. 이메일은 언제든지 도착할 수 있습니다.
hours-from = 시작 시간
hours-until = 종료 시간
hours-time-zone = 시간대
hours-save = 연락 가능 시간 저장
hours-saving = 저장 중…
hours-saved = 저장되었습니다. { $from }부터 { $until }까지 연락드리겠습니다.
language-heading = 언어
language-intro = 이 페이지와 보내 드리는 메시지에 사용할 언어입니다.
language-saving = 저장 중…
language-saved = 저장되었습니다.
tz-America-Los_Angeles = 태평양 시간(캘리포니아)
tz-America-Phoenix = 애리조나
tz-America-Denver = 산악 시간
tz-America-Chicago = 중부 시간
tz-America-New_York = 동부 시간
tz-America-Anchorage = 알래스카
tz-Pacific-Honolulu = 하와이
tz-America-Mexico_City = 멕시코시티
tz-Europe-London = 런던
tz-Europe-Berlin = 중부 유럽(베를린, 파리, 마드리드)
tz-Asia-Manila = 마닐라
tz-Asia-Tokyo = 도쿄
tz-Australia-Sydney = 시드니

## 모든 알림
notifications-heading = 모든 알림
notifications-on-text = 위에서 선택하신 방법으로 알림을 받고 계십니다.
notifications-off-explained = 투표용지에 관해 이메일, 문자, 전화를 보내 드리지 않습니다. 이 페이지에서는 계속 투표용지의 현재 위치를 보여 드립니다.
notifications-turn-off = 모든 알림 끄기
notifications-turning-off = 끄는 중…
notifications-are-off = 알림이 꺼져 있습니다. 투표용지에 관해 이메일, 문자, 전화를 보내 드리지 않습니다. 이 페이지에서는 계속 투표용지의 현재 위치를 확인하실 수 있습니다.
notifications-turn-on = 알림 다시 켜기
notifications-turning-on = 켜는 중…

## 본인 확인(일회용 코드)
verify-heading = 먼저 본인 확인을 하겠습니다
verify-why = 이름, 생년월일, 우편번호는 공개 기록이므로 누구나 입력할 수 있습니다. 알림 설정을 변경하기 전에, 로그인하시기 최소 하루 전에 확인을 마치신 연락처로 일회용 코드를 보내 드립니다.
verify-choose = 코드를 어디로 보내 드릴까요?
verify-to-email = 이메일: { $address }
verify-to-sms = 문자: { $address }
verify-to-voice = 전화: { $address }
verify-send = 코드 보내기
verify-sending = 보내는 중…
verify-sent = 코드를 보냈습니다: { $address }. 코드는 { $minutes }분 동안 유효합니다.
verify-code = 코드
verify-code-hint = 6자리 숫자
verify-check = 확인
verify-checking = 확인 중…
verify-new-code = 새 코드 보내기
verify-cancel = 취소
verify-no-method = 아직 코드를 받을 수 있는 연락처가 없습니다. 귀하를 보호하기 위해, 코드는 로그인하시기 최소 하루 전에 확인을 마치신 연락처로만 보내 드립니다.
verify-wrong-code = 코드가 맞지 않습니다. 코드를 확인하시거나 새 코드를 요청하십시오.

## 이메일의 확인 링크로 열리는 페이지
confirm-heading = 이메일 주소 확인
confirm-working = 잠시만 기다려 주십시오. 이메일 주소를 확인하고 있습니다…
confirm-intro = 이 주소로 이메일 알림을 받으시려면 버튼을 누르십시오.
confirm-button = 내 이메일 주소 확인
confirm-done-heading = 이메일 주소가 확인되었습니다
confirm-done = 이제 이메일 알림이 켜졌습니다. 투표용지 상태가 바뀌면 이메일로 알려 드리겠습니다.
confirm-back = 추적 서비스가 다른 탭에 열려 있으면 그 탭으로 돌아가 "다시 확인"을 누르십시오. 또는 추적 서비스를 열어 투표용지를 확인하십시오.
confirm-expired-heading = 링크가 만료되었습니다
confirm-expired = 확인 링크는 48시간 동안 유효합니다. 본인 정보를 다시 조회하신 후 이메일 주소 옆의 "다시 보내기"를 누르십시오.
confirm-invalid-heading = 더 이상 사용할 수 없는 링크입니다
confirm-invalid = 이미 사용되었거나 새 링크로 대체되었을 수 있습니다. 이미 이메일 주소를 확인하셨다면 더 하실 일은 없습니다. 확인하시려면 본인 정보를 다시 조회하십시오.
confirm-missing = 이 페이지는 저희 이메일의 링크로 열어야 합니다. 보내 드린 이메일에 있는 링크를 여십시오.
confirm-open-tracker = 추적 서비스 열기

## 수신 거부 링크로 열리는 페이지
unsubscribe-heading = 투표용지 관련 이메일 수신 중단
undo-heading = 변경 취소
undo-intro = 저희 메시지로 알려 드린 변경을 취소하고, 귀하의 정보로 로그인한 모든 사용자를 로그아웃시킵니다.
undo-button = 이 변경 취소
undo-working = 취소하는 중…
undo-done-heading = 취소되었습니다
undo-next = 다른 사람이 변경한 경우, 다시 로그인하여 설정을 확인하실 수 있습니다.
undo-invalid = 유효하지 않은 변경 취소 링크입니다. 저희 메시지의 링크 전체를 여셨는지 확인하십시오.
unsubscribe-intro = 이 주소로 보내는 이메일을 중단하시려면 버튼을 누르십시오. 이 사이트에서 언제든지 다시 켜실 수 있습니다.
unsubscribe-button = 이메일 수신 중단
unsubscribe-working = 중단하는 중…
unsubscribe-done-heading = 완료: 더 이상 이메일을 보내지 않습니다
unsubscribe-done = 이 주소로 투표용지 관련 이메일을 더 이상 보내지 않습니다. 이 사이트에서 투표용지의 현재 위치를 계속 확인하실 수 있으며, 이메일 알림을 다시 켜실 수도 있습니다.
unsubscribe-invalid = 이 수신 거부 링크는 작동하지 않습니다. 알림을 끄시려면 이 사이트에서 본인 정보를 조회하십시오.

## 존재하지 않는 페이지
not-found-heading = 페이지를 찾을 수 없습니다
not-found = 존재하지 않는 페이지입니다. 투표용지를 확인하시려면 추적 서비스 홈페이지로 이동하십시오.

## 입력란 옆의 오류.
field-error-first_name-required = 유권자 등록에 기재된 그대로 이름을 입력하십시오.
field-error-first_name-too_long = 이름은 최대 64자까지 입력할 수 있습니다.
field-error-first_name-characters = 이름에는 문자, 공백, 하이픈(-), 아포스트로피(') 및 마침표(.)만 사용할 수 있습니다.
field-error-last_name-required = 유권자 등록에 기재된 그대로 성을 입력하십시오.
field-error-last_name-too_long = 성은 최대 64자까지 입력할 수 있습니다.
field-error-last_name-characters = 성에는 문자, 공백, 하이픈(-), 아포스트로피(') 및 마침표(.)만 사용할 수 있습니다.
field-error-date_of_birth-required = 생년월일을 입력하십시오.
field-error-date_of_birth-format = 생년월일을 MM-DD-YYYY(월-일-연도) 형식으로, 하이픈을 포함하여 입력하십시오. 예: 01-23-1980.
field-error-date_of_birth-not_a_date = 존재하지 않는 날짜입니다. 월(MM)과 일(DD)을 확인하십시오.
field-error-date_of_birth-too_early = 생년월일은 01-01-1900 이전일 수 없습니다. MM-DD-YYYY(월-일-연도) 형식을 사용하십시오. 예: 01-23-1980.
field-error-date_of_birth-in_future = 생년월일은 미래의 날짜일 수 없습니다.
field-error-date_of_birth-too_young = 유권자 명부에 등재된 사람은 16세 이상입니다. 입력하신 연도를 확인하십시오.
field-error-birth_year-required = 출생 연도를 입력하십시오.
field-error-birth_year-format = 출생 연도를 네 자리 숫자로 입력하십시오. 예: 1980.
field-error-birth_year-too_early = 출생 연도는 1900년 이전일 수 없습니다.
field-error-birth_year-in_future = 출생 연도는 미래일 수 없습니다.
field-error-birth_year-too_young = 유권자 명부에 등재된 사람은 16세 이상입니다. 입력하신 연도를 확인하십시오.
field-error-birth_year-conflict = 생년월일 전체와 출생 연도 중 하나만 입력하십시오. 둘 다 입력하지 마십시오.
field-error-zip-required = 캘리포니아 거주지 주소의 우편번호를 입력하십시오.
field-error-zip-format = 우편번호(ZIP 코드)는 5자리 숫자입니다. 예: 95814(또는 95814-1234).
field-error-zip-not_california = 해외에 거주하시거나 다른 주소에서 우편물을 받으시더라도, 유권자 등록 시 사용하신 캘리포니아 거주지 주소의 우편번호를 입력하십시오.
field-error-voter_id-required = 유권자 ID를 입력하십시오.
field-error-voter_id-format = 유권자 ID는 최대 20자의 영문자와 숫자로 되어 있으며, 공백이나 하이픈이 없습니다.
field-error-address-email-required = 이메일 주소를 입력하십시오.
field-error-address-email-format = name@example.com과 같은 형식으로 이메일 주소를 입력하십시오.
field-error-address-phone-required = 전화번호를 입력하십시오.
field-error-address-phone-format = 10자리 미국 전화번호를 입력하십시오. 예: (916) 555-0123.
field-error-address-phone-not_assignable = 유효한 미국 전화번호가 아닙니다. 지역 번호와 그 뒤의 세 자리를 확인하십시오.
field-error-contact_hours-from-format = 24시간제 HH:MM(시:분) 형식으로 시간을 입력하십시오. 예: 08:00 또는 20:30.
field-error-contact_hours-until-format = 24시간제 HH:MM(시:분) 형식으로 시간을 입력하십시오. 예: 08:00 또는 20:30.
field-error-contact_hours-until-too_short = 알림을 받으실 수 있도록, 연락 가능 시간은 3시간 이상이어야 합니다.
field-error-contact_hours-time_zone-unknown_time_zone = 목록에서 시간대를 선택하십시오. 예: America/Los_Angeles.
field-error-language-unsupported = 목록에 있는 언어 중 하나를 선택하십시오.
field-error-code-format = 보내 드린 6자리 코드를 입력하십시오.
field-error-code-not_accepted = 코드가 맞지 않습니다. 코드를 확인하시거나 새 코드를 요청하십시오.
# 코드가 받아들여지지 않은 이유. $left: 남은 시도 횟수.
field-error-code-none_waiting = 대기 중인 코드가 없습니다. 새 코드를 요청하십시오.
field-error-code-used_up = 코드가 만료되었거나 시도 횟수를 초과했습니다. 새 코드를 요청하십시오.
field-error-code-wrong = 보내 드린 코드가 아닙니다. 남은 시도 횟수: { $left }회.
field-error-code-wrong_last = 보내 드린 코드가 아니며, 더 이상 시도할 수 없습니다. 새 코드를 요청하십시오.
