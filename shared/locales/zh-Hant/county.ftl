# 給各縣及其他 API 用戶端的文字：說明資料列未被儲存的原因。每個資料列錯誤都另有固定的
# `code`；此處是附在代碼旁的說明。$field：資料列的欄位，名稱與請求中相同；
# $reason：解析器對無法讀取內容的說明。

feed-required = 必須提供 `{ $field }`。
feed-id-format = `{ $field }` 須為 1 至 128 個可列印字元。
feed-in-future = `{ $field }` 不得為未來的時間。
feed-instant-format = `{ $field }` 須為含時差偏移的日期和時間，例如 2026-10-06T09:30:00-07:00。
feed-date-format = `{ $field }` 須為 YYYY-MM-DD 格式的日期。
feed-election-name = `name` 須為 1 至 200 個字元。
feed-before-election = `{ $field }` 不得早於選舉日。
feed-shared-election = 其他縣也舉行此選舉：只有州政府才能變更其名稱或日期。
feed-imb-format = `{ $field }` 須為 20、25、29 或 31 位數的智慧郵件條碼（Intelligent Mail barcode）。
feed-imb-barcode-identifier = `{ $field }` 中條碼識別碼的第二位數字須為 0 至 4。
feed-facility-zip = `facility_zip` 須為 5 位數郵遞區號。
feed-operation-code = `operation_code` 須為 USPS 作業代碼，例如 919。
feed-event-id-reserved = 以 `usps:` 或 `superseded:` 開頭的事件 id 保留給追蹤服務本身使用。
# $choices：允許的值，以逗號分隔。
feed-status-unknown = `status` 須為以下其中之一：{ $choices }。
# $status：提供的狀態。
feed-reason-required = `{ $status }` 必須附上原因。
feed-reason-not-allowed = `{ $status }` 不可附上原因。
feed-reason-unknown = `{ $status }` 的原因須為以下其中之一：{ $choices }。
feed-source-unknown = `source` 須為以下其中之一：{ $choices }。
feed-expected-delivery-required = `expected_delivery` 必須附上 `expected_delivery_date`。
feed-expected-delivery-not-allowed = `expected_delivery_date` 只能與 `expected_delivery` 或 `in_transit` 一起使用。
feed-delivery-method-unknown = `delivery_method` 須為以下其中之一：{ $choices }。
feed-supersedes-itself = 選票不能取代自身。
feed-supersedes-mismatch = 被取代的選票屬於其他選民或其他選舉。
feed-unknown-ballot = 此縣沒有此 id 的選票。
feed-unknown-ballot-post-first = 此縣沒有此 id 的選票：請先傳送選票資料。
feed-unknown-election = 此縣沒有舉行此 id 的選舉：請先傳送選舉資料。
feed-unknown-voter = 選民名冊中沒有此選民編號的選民：請先傳送選民紀錄。
feed-ballot-voter-other-county = 此選民登記於其他縣。
# $county：縣的兩位數編號。
feed-voter-other-county = 此資料列屬於縣 { $county }；請傳送至該縣的端點。
feed-voter-active-elsewhere = 此選民在縣 { $county } 已登記且為有效狀態：遷移須來自州資料，或待該縣取消其登記後才能處理。
# $line、$element：資料列在請求內容中的位置（行號從 1 起算，元素從 0 起算）。
feed-line-unreadable = 第 { $line } 行不是包含預期欄位的 JSON 物件：{ $reason }。
feed-element-unreadable = 索引為 { $element } 的元素不是包含預期欄位的物件：{ $reason }。
feed-row-not-fitting = 此資料列與標頭不符：{ $reason }。
feed-row-unreadable = 無法以 CSV 格式讀取此資料列：{ $reason }。

## 選民名冊匯入（`ballot-tracker import`）。
import-county-format = 縣必須以兩位數編號表示，01 至 58。
import-date-of-birth = 出生日期必須為 YYYY-MM-DD 或 YYYY 格式，介於 1900 年至今天之間。
import-status-format = 狀態必須是以下其中之一：{ $choices }。
