# 郡とその他の API クライアント向けの文言：フィードの行が保存されなかった理由。行のエラーには必ず安定した
# `code` もあり、これらはその横に表示する文です。$field：リクエストでの名前のままの、その行の項目。
# $reason：パーサー自身による、読み取れなかった内容の説明。

feed-required = `{ $field }` は必須です。
feed-id-format = `{ $field }` は、印字可能な文字1～128文字で指定してください。
feed-in-future = `{ $field }` が未来の日時になっています。
feed-instant-format = `{ $field }` は、オフセット付きの日時で指定してください（例：2026-10-06T09:30:00-07:00）。
feed-date-format = `{ $field }` は、YYYY-MM-DD 形式の日付で指定してください。
feed-election-name = `name` は1～200文字で指定してください。
feed-before-election = `{ $field }` を選挙日より前にすることはできません。
feed-shared-election = この選挙はほかの郡でも実施されます。名称や日付を変更できるのは州のみです。
feed-imb-format = `{ $field }` は、20桁、25桁、29桁、31桁のいずれかの Intelligent Mail バーコードで指定してください。
feed-imb-barcode-identifier = `{ $field }` のバーコード識別子の2桁目は、0～4です。
feed-facility-zip = `facility_zip` は5桁の郵便番号（ZIPコード）です。
feed-operation-code = `operation_code` は USPS のオペレーションコードです（例：919）。
feed-event-id-reserved = `usps:` または `superseded:` で始まるイベント ID は、追跡サービス専用です。
# $choices：使用できる語（カンマ区切り）。
feed-status-unknown = `status` は次のいずれかです：{ $choices }。
# $status：指定されたステータス。
feed-reason-required = `{ $status }` には理由が必要です。
feed-reason-not-allowed = `{ $status }` には理由を指定できません。
feed-reason-unknown = `{ $status }` の理由は次のいずれかです：{ $choices }。
feed-source-unknown = `source` は次のいずれかです：{ $choices }。
feed-expected-delivery-required = `expected_delivery` には `expected_delivery_date` が必要です。
feed-expected-delivery-not-allowed = `expected_delivery_date` は、`expected_delivery` または `in_transit` の場合にのみ指定できます。
feed-delivery-method-unknown = `delivery_method` は次のいずれかです：{ $choices }。
feed-supersedes-itself = 投票用紙が、それ自体を置き換えることはできません。
feed-supersedes-mismatch = 置き換えられる投票用紙は、別の有権者または別の選挙のものです。
feed-unknown-ballot = この郡には、この ID の投票用紙はありません。
feed-unknown-ballot-post-first = この郡には、この ID の投票用紙はありません。先に投票用紙を POST してください。
feed-unknown-election = この郡には、この ID の選挙はありません。先に選挙を POST してください。
feed-unknown-voter = この有権者IDの有権者は名簿にありません。先に有権者レコードを POST してください。
feed-ballot-voter-other-county = この有権者は別の郡に登録されています。
# $county：郡の2桁の番号。
feed-voter-other-county = この行は郡番号 { $county } の郡のものです。その郡のエンドポイントに POST してください。
feed-voter-active-elsewhere = この有権者は郡番号 { $county } の郡で有効に登録されています。転居は、州のフィードから、またはその郡が登録を取り消した後にのみ反映できます。
# $line、$element：本文内での行の位置（行は1から、要素は0から数えます）。
feed-line-unreadable = { $line }行目は、想定された項目を持つ JSON オブジェクトではありません：{ $reason }。
feed-element-unreadable = 要素 { $element } は、想定された項目を持つオブジェクトではありません：{ $reason }。
feed-row-not-fitting = 行がヘッダーと一致しません：{ $reason }。
feed-row-unreadable = 行を CSV として読み取れません：{ $reason }。

## 有権者名簿のインポート（`ballot-tracker import`）。
import-county-format = 郡は2桁の番号（01～58）で指定してください。
import-date-of-birth = 生年月日は YYYY-MM-DD または YYYY の形式で、1900年から今日までの範囲で指定してください。
import-status-format = ステータスは次のいずれかにしてください：{ $choices }。
