# 카운티와 기타 API 클라이언트를 위한 문구: 피드의 행이 저장되지 않은 이유. 모든 행 오류에는
# 고정된 `code`도 있으며, 이 문장들은 그 옆에 표시됩니다. $field: 요청에서 쓰인 이름 그대로의
# 행 필드, $reason: 읽지 못한 내용에 대한 파서 자체의 설명.

feed-required = `{ $field }` 항목은 필수입니다.
feed-id-format = `{ $field }` 항목은 출력 가능한 문자 1~128자여야 합니다.
feed-in-future = `{ $field }` 항목이 미래 시점입니다.
feed-instant-format = `{ $field }` 항목은 오프셋을 포함한 날짜와 시간이어야 합니다. 예: 2026-10-06T09:30:00-07:00.
feed-date-format = `{ $field }` 항목은 YYYY-MM-DD 형식의 날짜여야 합니다.
feed-election-name = `name` 항목은 1~200자여야 합니다.
feed-before-election = `{ $field }` 항목은 선거일 이전일 수 없습니다.
feed-shared-election = 다른 카운티에서도 이 선거를 실시합니다. 선거 이름이나 날짜는 주(州)만 변경할 수 있습니다.
feed-imb-format = `{ $field }` 항목은 20, 25, 29 또는 31자리의 Intelligent Mail 바코드여야 합니다.
feed-imb-barcode-identifier = `{ $field }` 항목에서 바코드 식별자의 두 번째 자리는 0~4여야 합니다.
feed-facility-zip = `facility_zip` 항목은 5자리 우편번호(ZIP 코드)여야 합니다.
feed-operation-code = `operation_code` 항목은 USPS 작업 코드여야 합니다. 예: 919.
feed-event-id-reserved = `usps:` 또는 `superseded:`로 시작하는 이벤트 ID는 추적 서비스 전용입니다.
# $choices: 허용되는 단어(쉼표로 구분).
feed-status-unknown = `status` 항목은 다음 중 하나여야 합니다: { $choices }.
# $status: 입력된 상태.
feed-reason-required = `{ $status }` 상태에는 사유가 필요합니다.
feed-reason-not-allowed = `{ $status }` 상태에는 사유를 지정할 수 없습니다.
feed-reason-unknown = `{ $status }` 상태의 사유는 다음 중 하나여야 합니다: { $choices }.
feed-source-unknown = `source` 항목은 다음 중 하나여야 합니다: { $choices }.
feed-expected-delivery-required = `expected_delivery` 상태에는 `expected_delivery_date` 항목이 필요합니다.
feed-expected-delivery-not-allowed = `expected_delivery_date` 항목은 `expected_delivery` 또는 `in_transit` 상태에서만 사용할 수 있습니다.
feed-delivery-method-unknown = `delivery_method` 항목은 다음 중 하나여야 합니다: { $choices }.
feed-supersedes-itself = 투표용지는 자기 자신을 대체할 수 없습니다.
feed-supersedes-mismatch = 대체되는 투표용지가 다른 유권자 또는 다른 선거의 것입니다.
feed-unknown-ballot = 이 카운티에는 이 ID의 투표용지가 없습니다.
feed-unknown-ballot-post-first = 이 카운티에는 이 ID의 투표용지가 없습니다. 먼저 투표용지 데이터를 전송(POST)하십시오.
feed-unknown-election = 이 카운티에는 이 ID의 선거가 없습니다. 먼저 선거 데이터를 전송(POST)하십시오.
feed-unknown-voter = 명부에 이 유권자 ID를 가진 유권자가 없습니다. 먼저 유권자 기록을 전송(POST)하십시오.
feed-ballot-voter-other-county = 이 유권자는 다른 카운티에 등록되어 있습니다.
# $county: 카운티의 두 자리 번호.
feed-voter-other-county = 이 행은 카운티 { $county }에 해당합니다. 해당 카운티의 엔드포인트로 전송하십시오.
feed-voter-active-elsewhere = 이 유권자는 카운티 { $county }에 등록된 활성 유권자입니다. 다른 카운티로의 이전은 주(州) 피드를 통해 반영되거나, 해당 카운티에서 등록을 취소한 후에만 반영됩니다.
# $line, $element: 본문에서 행의 위치(줄은 1부터, 요소는 0부터).
feed-line-unreadable = { $line }번째 줄이 예상된 필드로 이루어진 JSON 객체가 아닙니다: { $reason }.
feed-element-unreadable = { $element }번 요소가 예상된 필드로 이루어진 객체가 아닙니다: { $reason }.
feed-row-not-fitting = 행이 헤더와 맞지 않습니다: { $reason }.
feed-row-unreadable = 행을 CSV로 읽을 수 없습니다: { $reason }.

## 유권자 명부 가져오기(`ballot-tracker import`).
import-county-format = 카운티는 01부터 58까지의 두 자리 번호여야 합니다.
import-date-of-birth = 생년월일은 YYYY-MM-DD 또는 YYYY 형식이어야 하며, 1900년부터 오늘까지여야 합니다.
import-status-format = 상태는 다음 중 하나여야 합니다: { $choices }.
