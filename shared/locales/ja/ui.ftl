# ウェブページの文言（日本語）。ウェブのフロントエンドは shared/locales/ 以下のすべての `ui.ftl` を読み込みます。
# 言語を追加するには、その言語のフォルダー（このファイルと messages.ftl を含む）を追加します。messages.ftl の
# `language-name` が言語メニューに表示される言語名です。API もこれらのファイルを読み込むため、ここにある ID は
# messages.ftl の ID と重複してはいけません。
#
# フォーム項目の横に表示するエラーは `field-error-<field>[-<kind>]-<code>` です。ページと API の項目エラーは
# 同じ文言を使います（コードは shared/src にあり、項目の誤りの種類ごとに 1 つあります）。

## 日付：「10月13日（火曜日）」。
page-date = { $month }{ $day }日（{ $weekday }）
weekday-1 = 月曜日
weekday-2 = 火曜日
weekday-3 = 水曜日
weekday-4 = 木曜日
weekday-5 = 金曜日
weekday-6 = 土曜日
weekday-7 = 日曜日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## 全ページ共通
ui-language-label = 言語
ui-unreachable = 現在、追跡サービスに接続できません。インターネット接続を確認して、もう一度お試しください。
ui-try-again = もう一度試す
ui-start-over = 追跡サービスのホームページへ
ui-session-ended = プライバシー保護のため、一定時間操作がなかったのでセッションを終了しました。続けるには、もう一度ご自身の登録を照会してください。
ui-wait-minutes = 少し前にメッセージをお送りしました。{ $minutes }分待ってから、もう一度お試しください。
ui-something-wrong = システムで問題が発生しました。数分後にもう一度お試しください。

## 登録
signup-heading = 郵便投票用紙を追跡する
signup-intro = まず、有権者名簿であなたの登録を探します。有権者登録をしたときのとおりに、正確に入力してください。
signup-first-name = 名（ファーストネーム）
signup-first-name-hint = 有権者登録に記載されているとおりに入力してください。
signup-last-name = 姓（ラストネーム）
signup-date-of-birth = 生年月日
signup-date-of-birth-hint = 月、日、年の順に入力してください。例：01-23-1980
signup-zip = カリフォルニア州の居住地住所の郵便番号（ZIPコード）
signup-zip-hint = 郵便物を別の住所で受け取っている場合でも、有権者登録をした居住地住所の郵便番号を入力してください。
signup-voter-id = 有権者ID
signup-voter-id-hint = 英字と数字で入力してください。スペースやハイフンは入れないでください。
signup-submit = 検索する
signup-submitting = 検索しています…
signup-check-details = 以下の内容をご確認ください
signup-not-found-heading = 有権者名簿にあなたの登録が見つかりませんでした
signup-check-registration = 有権者登録を確認する

## ポータル
portal-hello = こんにちは、{ $name }様
portal-registered-in = { $county }郡に登録
portal-sign-out = ログアウト
portal-sign-out-everywhere = すべての端末でログアウト
portal-signed-out-everywhere = この端末を含め、すべての端末とブラウザーでログアウトしました。
portal-loading = 読み込み中…
portal-reload = もう一度確認する
portal-sections = このページの内容
portal-go-ballot = 投票用紙
portal-go-reach = 連絡方法
portal-go-settings = 設定

## 投票用紙
ballots-heading = あなたの投票用紙
ballots-loading = 投票用紙の情報を読み込み中…
ballots-none = あなたの郵便投票用紙の情報はまだありません。郡は選挙日の約1か月前に投票用紙を郵送します。その頃にもう一度ご確認いただくか、投票用紙が発送されたときのお知らせ方法を下で選んでください。
ballot-election-day = 選挙日：{ $date }
ballot-county = { $county }郡
ballot-replaced = 差し替え済み：新しい投票用紙が送られたため、この投票用紙は集計の対象になりません。新しい投票用紙をお使いください。
ballot-now = 現在の状況
ballot-steps = 投票用紙の各段階
ballot-step-mailed = あなたへ郵送
ballot-step-delivered = 配達
ballot-step-received = 郡が受領
ballot-step-counted = 集計
ballot-step-done = 完了
ballot-step-current = 現在
ballot-step-upcoming = 未完了
ballot-step-preparing = 郡が準備中
ballot-step-expected = { $date }に到着予定
ballot-step-undeliverable = 配達できませんでした
ballot-step-returning = 郡へ返送中
ballot-step-in-review = 確認中
ballot-step-needs-you = 署名が必要です
ballot-step-not-counted = 集計されませんでした
ballot-step-in-person = 投票所で投票済み
ballot-expected-delivery = 郵便局は{ $date }に投票用紙を配達する予定です。
ballot-return-by = 記入済みの投票用紙は、選挙日（{ $election_day }）までに返送してください。郵送する場合は、選挙日当日またはそれ以前の消印が押され、{ $deadline }までに届く必要があります。
ballot-history = これまでの経過
ballot-history-empty = まだ記録はありません。

## 各ステータスと理由をわかりやすい言葉で。

## 署名の問題の解決（「キュア」）。
cure-heading = 対応が必要です：手続きをしないと、あなたの投票用紙は集計されません
cure-deadline = 期限：{ $date }午後5時
cure-no-deadline = できるだけ早く手続きしてください。期限は選挙日の少し後に郡が定めます。
cure-steps = 手続きの方法
cure-form-link = 用紙をダウンロードする
cure-contact = お問い合わせ先：{ $contact }

## 連絡方法
reach-heading = 連絡方法
reach-intro = 投票用紙の状況が変わったときのお知らせ方法を選んでください。複数選ぶこともできます。
reach-loading = 設定を読み込み中…
kind-email = メール
kind-sms = テキストメッセージ
kind-voice = 音声電話
kind-email-switch = メールでのお知らせ
kind-sms-switch = テキストメッセージでのお知らせ
kind-voice-switch = 音声電話でのお知らせ
state-none = オフ
state-off = オフ（停止済み）
state-pending = 確認待ち
state-on = オン
state-failed = 送信できません
method-sends-to = お知らせの送信先：{ $address }
method-from-email = メールは { $sender } から届きます。受信トレイにない場合は、迷惑メールフォルダーをご確認ください。
method-from-sms = テキストメッセージは{ $sender }から届きます。
method-from-voice = 電話は{ $sender }からおかけします（短い録音メッセージです）。
method-pending-email = { $address } にメールを送りました。メール内のリンクを開くと、メールでのお知らせがオンになります。リンクの有効期限は48時間です。
method-pending-sms = { $address }にテキストメッセージを送りました。そのメッセージに「はい」と返信すると、テキストメッセージでのお知らせがオンになります。
method-pending-voice = { $address }にお電話して、6桁のコードをお伝えします。そのコードをここに入力すると、音声電話でのお知らせがオンになります。コードの有効期限は30分です。
method-voice-code = 電話でお伝えしたコード
method-voice-code-hint = 6桁の数字です。電話で2回読み上げます。
method-voice-confirm = 確認する
method-failed-rejected = { $address }に送信できませんでした。この宛先では当サービスのメッセージを受け取れません。内容を確認して、もう一度入力してください。
method-failed-stopped = { $address }から「停止」（STOP）の返信があったため、テキストメッセージをお送りできません。再び受け取るには、その電話から{ $sender }に「開始」（START）と送信してから、ここでテキストメッセージをオンにしてください。
method-failed-other = { $address }へのメッセージを配信できませんでした。内容を確認して、もう一度入力してください。
method-failed-invalid-number = 電話会社によると、{ $address }では当サービスのメッセージを受け取れません（携帯電話の番号ではないか、現在使われていない番号です）。別の番号を入力してください。
method-failed-opted-out = 電話会社によると、{ $address }は当サービスからのテキストメッセージを拒否しています。再び受け取るには、その電話から{ $sender }に「開始」（START）と送信してから、ここでテキストメッセージをオンにしてください。
method-off = { $address }へのお知らせは停止されました。
method-resend = もう一度送る
method-resent = もう一度送りました。届くまで数分かかることがあります。
method-check-again = 確認しました：もう一度確認する
method-still-pending = まだ確認されていません。リンクを開くか「はい」と返信してから、もう一度確認してください。
method-change = 別の宛先を使う
method-save = 保存して送信
method-save-voice = 保存
method-saving = 送信中…
method-cancel = キャンセル
method-working = 処理中…
address-email = メールアドレス
address-email-hint = 例：name@example.com。ご本人のものか確認するため、リンクをお送りします。
address-sms = 携帯電話番号
address-sms-hint = 米国の電話番号です。例：(916) 555-0123。ご本人のものか確認するため、テキストメッセージをお送りします。メッセージ・データ通信料がかかる場合があります。
address-voice = 電話を受ける番号
address-voice-hint = 米国の電話番号です。例：(916) 555-0123。すぐにお電話して、ここに入力する6桁のコードをお伝えします。
# $language：有権者の言語（その言語自身での名称）。
voice-in-english = 音声電話はまだ{ $language }に対応していないため、英語でおかけします。メールとテキストメッセージは{ $language }でお送りします。

## 連絡してよい時間帯と言語
hours-heading = 連絡してよい時間帯
hours-intro = テキストメッセージと電話は、この時間帯にのみお送りします。メールは時間を問わず届くことがあります。
hours-from = 開始
hours-until = 終了
hours-time-zone = タイムゾーン
hours-save = 連絡時間帯を保存
hours-saving = 保存中…
hours-saved = 保存しました。{ $from }から{ $until }までの間にご連絡します。
language-heading = 言語
language-intro = このページと、当サービスからお送りするメッセージの言語です。
language-saving = 保存中…
language-saved = 保存しました。
tz-America-Los_Angeles = 太平洋時間（カリフォルニア）
tz-America-Phoenix = アリゾナ
tz-America-Denver = 山岳部時間
tz-America-Chicago = 中部時間
tz-America-New_York = 東部時間
tz-America-Anchorage = アラスカ
tz-Pacific-Honolulu = ハワイ
tz-America-Mexico_City = メキシコシティ
tz-Europe-London = ロンドン
tz-Europe-Berlin = 中央ヨーロッパ（ベルリン、パリ、マドリード）
tz-Asia-Manila = マニラ
tz-Asia-Tokyo = 東京
tz-Australia-Sydney = シドニー

## すべてのお知らせ
notifications-heading = すべてのお知らせ
notifications-on-text = 上で選んだ方法でお知らせが届きます。
notifications-off-explained = 投票用紙に関するメール、テキストメッセージ、電話はお送りしません。このページでは引き続き投票用紙の状況を確認できます。
notifications-turn-off = すべてのお知らせをオフにする
notifications-turning-off = オフにしています…
notifications-are-off = お知らせはオフになっています。投票用紙に関するメール、テキストメッセージ、電話はお送りしません。このページでは引き続き投票用紙の状況を確認できます。
notifications-turn-on = お知らせを再びオンにする
notifications-turning-on = オンにしています…

## ご本人確認（ワンタイムコード）
verify-heading = まず、ご本人確認をお願いします
verify-why = 氏名、生年月日、郵便番号は公開記録のため、誰でも入力できます。お知らせの設定を変更する前に、ログインの1日以上前に確認済みの連絡先へ、ワンタイムコードをお送りします。
verify-choose = コードの送信先を選んでください
verify-to-email = { $address } へメール
verify-to-sms = { $address }へテキストメッセージ
verify-to-voice = { $address }へ電話
verify-send = コードを送る
verify-sending = 送信中…
verify-sent = { $address }にコードを送りました。有効期限は{ $minutes }分です。
verify-code = コード
verify-code-hint = 6桁の数字
verify-check = 確認する
verify-checking = 確認中…
verify-new-code = 新しいコードを送る
verify-cancel = キャンセル
verify-no-method = コードを受け取れる連絡先がまだありません。安全のため、コードはログインの1日以上前に確認済みの連絡先にのみお送りします。
verify-wrong-code = このコードは使えませんでした。内容を確認するか、新しいコードを請求してください。

## メールの確認用リンクで開くページ
confirm-heading = メールアドレスの確認
confirm-working = 少々お待ちください。メールアドレスを確認しています…
confirm-intro = ボタンを押すと、このアドレスへのメールでのお知らせがオンになります。
confirm-button = メールアドレスを確認する
confirm-done-heading = メールアドレスが確認されました
confirm-done = メールでのお知らせがオンになりました。投票用紙の状況が変わったら、メールでお知らせします。
confirm-back = 追跡サービスを別のタブで開いたままの場合は、そのタブに戻って「もう一度確認する」を選んでください。または、追跡サービスを開いて投票用紙の状況をご確認ください。
confirm-expired-heading = このリンクは有効期限が切れています
confirm-expired = 確認用リンクの有効期限は48時間です。もう一度ご自身の登録を照会し、メールアドレスの横にある「もう一度送る」を選んでください。
confirm-invalid-heading = このリンクはもう使えません
confirm-invalid = すでに使用されたか、新しいリンクに置き換えられた可能性があります。メールアドレスの確認がお済みであれば、これ以上の手続きは必要ありません。確かめるには、もう一度ご自身の登録を照会してください。
confirm-missing = このページを開くには、当サービスからのメールにあるリンクが必要です。お送りしたメールのリンクを開いてください。
confirm-open-tracker = 追跡サービスを開く

## 配信停止リンクで開くページ
unsubscribe-heading = 投票用紙に関するメールの停止
undo-heading = 変更の取り消し
undo-intro = メッセージでお知らせした変更を取り消し、あなたの名義でログインしている人を全員ログアウトさせます。
undo-button = この変更を取り消す
undo-working = 取り消し中…
undo-done-heading = 取り消しました
undo-next = ほかの人が変更した場合は、もう一度ログインして設定をご確認ください。
undo-invalid = この取り消し用リンクは無効です。メッセージ内のリンクを最後まで開いたかご確認ください。
unsubscribe-intro = ボタンを押すと、このアドレスへのメールを停止します。このサイトでいつでも再開できます。
unsubscribe-button = メールを停止する
unsubscribe-working = 停止中…
unsubscribe-done-heading = 完了：今後メールはお送りしません
unsubscribe-done = このアドレスには、投票用紙に関するメールを今後お送りしません。このサイトでは引き続き投票用紙の状況を確認でき、メールを再開することもできます。
unsubscribe-invalid = この配信停止リンクは使えません。このサイトでご自身の登録を照会し、お知らせをオフにしてください。

## 存在しないページ
not-found-heading = ページが見つかりません
not-found = このページは存在しません。追跡サービスのホームページで投票用紙の状況をご確認ください。

## 入力項目の横に表示するエラー
field-error-first_name-required = 有権者登録に記載されているとおりに名を入力してください。
field-error-first_name-too_long = 名は64文字以内で入力してください。
field-error-first_name-characters = 名に使えるのは、文字、スペース、ハイフン（-）、アポストロフィ（'）、ピリオド（.）のみです。
field-error-last_name-required = 有権者登録に記載されているとおりに姓を入力してください。
field-error-last_name-too_long = 姓は64文字以内で入力してください。
field-error-last_name-characters = 姓に使えるのは、文字、スペース、ハイフン（-）、アポストロフィ（'）、ピリオド（.）のみです。
field-error-date_of_birth-required = 生年月日を入力してください。
field-error-date_of_birth-format = 生年月日は MM-DD-YYYY（月-日-年）の形式で、ハイフンを付けて入力してください。例：01-23-1980
field-error-date_of_birth-not_a_date = その日付は存在しません。月（MM）と日（DD）をご確認ください。
field-error-date_of_birth-too_early = 生年月日に 01-01-1900 より前の日付は入力できません。MM-DD-YYYY（月-日-年）の形式で入力してください。例：01-23-1980
field-error-date_of_birth-in_future = 生年月日に未来の日付は入力できません。
field-error-date_of_birth-too_young = 有権者名簿に登録されているのは16歳以上の方です。入力した年をご確認ください。
field-error-birth_year-required = 生まれた年を入力してください。
field-error-birth_year-format = 生まれた年を4桁の数字で入力してください。例：1980
field-error-birth_year-too_early = 生まれた年に1900年より前の年は入力できません。
field-error-birth_year-in_future = 生まれた年に未来の年は入力できません。
field-error-birth_year-too_young = 有権者名簿に登録されているのは16歳以上の方です。入力した年をご確認ください。
field-error-birth_year-conflict = 生年月日か生まれた年の、どちらか一方のみを入力してください。
field-error-zip-required = カリフォルニア州の居住地住所の郵便番号（ZIPコード）を入力してください。
field-error-zip-format = 郵便番号（ZIPコード）は5桁の数字です。例：95814（または 95814-1234）
field-error-zip-not_california = 海外にお住まいの場合や、別の住所で郵便物を受け取っている場合でも、有権者登録をしたカリフォルニア州の居住地住所の郵便番号を入力してください。
field-error-voter_id-required = 有権者IDを入力してください。
field-error-voter_id-format = 有権者IDは20文字以内の英字と数字です。スペースやハイフンは入れないでください。
field-error-address-email-required = メールアドレスを入力してください。
field-error-address-email-format = name@example.com のような形式でメールアドレスを入力してください。
field-error-address-phone-required = 電話番号を入力してください。
field-error-address-phone-format = 米国の10桁の電話番号を入力してください。例：(916) 555-0123
field-error-address-phone-not_assignable = 有効な米国の電話番号ではありません。市外局番と、その後の3桁をご確認ください。
field-error-contact_hours-from-format = 時刻は24時間制の HH:MM（時:分）の形式で入力してください。例：08:00、20:30
field-error-contact_hours-until-format = 時刻は24時間制の HH:MM（時:分）の形式で入力してください。例：08:00、20:30
field-error-contact_hours-until-too_short = お知らせが確実に届くよう、連絡時間帯は3時間以上にしてください。
field-error-contact_hours-time_zone-unknown_time_zone = 一覧からタイムゾーンを選んでください。例：America/Los_Angeles
field-error-language-unsupported = 一覧から言語を選んでください。
field-error-code-format = お送りした6桁のコードを入力してください。
field-error-code-not_accepted = このコードは使えませんでした。内容を確認するか、新しいコードを請求してください。
# コードが受け付けられなかった理由。$left：残りの試行回数。
field-error-code-none_waiting = 有効なコードがありません。新しいコードを請求してください。
field-error-code-used_up = このコードは有効期限が切れたか、試行回数の上限に達しました。新しいコードを請求してください。
field-error-code-wrong = お送りしたコードと一致しません。残りの試行回数：{ $left }回
field-error-code-wrong_last = お送りしたコードと一致しません。このコードはもう試せません。新しいコードを請求してください。
