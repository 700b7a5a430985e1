# 追跡サービスが有権者に送るメッセージ（日本語）。詐欺と区別できるよう、すべてのメッセージにサービス名
# （{ $service }）を入れます。変数：各メッセージのコメントを参照。
# テキストメッセージ内のリンクの前後には半角スペースを入れ、句読点がリンクに続かないようにしています。

language-name = 日本語

# How texts in this language are sent (not words: keep as is): gsm-7 drops the accents GSM-7 lacks
# (160 characters a segment); ucs-2 carries every script (70 characters a segment).
sms-alphabet = ucs-2

## メールアドレスの確認。$link：確認ページ、$hours：リンクの有効時間。
email-confirm-subject = { $service }：メールアドレスをご確認ください
email-confirm-body =
    { $name } 様

    このメールアドレスに郵便投票用紙に関するお知らせを送るよう、{ $service }に申し込みがありました（ご本人からの申し込みと思われます）。

    お知らせの受け取りを開始するには、{ $hours }時間以内に次のリンクを開いてください。
    { $link }

    お心当たりがない場合は、このメールを無視してください。このアドレスには今後何もお送りしません。

## テキストメッセージの確認（できるだけ1通に収める）。
sms-confirm = 【{ $service }】投票用紙のお知らせを受け取るには「はい」と返信を。通信料がかかる場合あり。停止は「停止」、ヘルプは「ヘルプ」と返信。
sms-confirmed = 【{ $service }】郵便投票用紙の状況が変わるとお知らせします。停止は「停止」と返信。
sms-stopped = 【{ $service }】今後メッセージはお送りしません。再開は「開始」と返信。
sms-started = 【{ $service }】郵便投票用紙のお知らせを再開しました。停止は「停止」と返信。
# $contact：郡選挙事務所、または州の有権者ホットライン。
sms-help = 【{ $service }】郵便投票用紙の状況をお知らせ（1選挙に数通）。通信料がかかる場合あり。問合せ：{ $contact }。停止は「停止」と返信。
sms-help-contact = 郡選挙事務所、または州務長官の日本語有権者ホットライン 1-800-339-2865

## 有権者が送信できるキーワード（カンマ区切り）。大文字・小文字、スペース、句読点は区別しません。
keywords-stop = 停止, ていし, ストップ, 中止, 配信停止, 解除, 配信解除, 登録解除, やめる, やめて
keywords-start = 開始, かいし, 再開, さいかい, スタート
keywords-yes = はい, ハイ, 同意
keywords-help = ヘルプ, へるぷ, 助けて, 問い合わせ

## ワンタイムコード。$code：6桁の数字、$minutes：有効時間。
code-email-subject = { $service }のコード：{ $code }
code-email-body =
    { $name } 様

    あなたのコードは { $code } です。有効期限は{ $minutes }分です。

    投票用紙に関するお知らせの受け取り方を変更するには、{ $service }のページでこのコードを入力してください。コードを請求した覚えがない場合は、あなたの氏名、生年月日、郵便番号を知っている誰かが、お知らせの設定を変更しようとしている可能性があります。何もする必要はありません。コードがなければ何も変更されません。
code-sms = 【{ $service }】コード：{ $code }（{ $minutes }分間有効）。心当たりがなければ無視してください。
code-voice = こんにちは。こちらは{ $service }です。あなたのコードは、{ $spoken }です。もう一度言います。コードは、{ $spoken }です。

## 連絡方法の変更。変更前に確認済みだった連絡方法に通知します。
## $what：変更内容（1文以上、change-…）、$undo：変更を取り消すリンク。
change-email-subject = { $service }からの連絡方法が変更されました
change-email-body =
    { $name } 様

    { $what }

    ご自身で変更した場合は、何もする必要はありません。
    心当たりがない場合は、次のリンクで取り消してください（{ $days }日間、1回のみ有効）。
    { $undo }
    取り消すと、あなたの名義でログインしている人も全員ログアウトされます。
change-sms = 【{ $service }】{ $what } 心当たりがなければ取り消してください： { $undo }
change-voice = こんにちは。こちらは{ $service }です。{ $what } 心当たりがない場合は、{ $site } にアクセスするか、当サービスからのメールまたはテキストメッセージにあるリンクを開いて、変更を取り消してください。
change-method-added = 新しい連絡方法として、{ $method }が追加されました。
change-method-replaced = 連絡方法が、{ $old }から{ $method }に変更されました。
change-method-removed = 連絡方法から、{ $method }が削除されました。
change-notifications-off = 投票用紙に関するお知らせがオフになりました。
change-notifications-on = 投票用紙に関するお知らせが再びオンになりました。
change-language = 今後のメッセージは{ $language }でお送りします。
change-contact-hours = 連絡時間帯が、{ $zone }の{ $from }から{ $until }までに変更されました。
## 取り消し用リンクで行ったこと。
undone-method-removed = { $method }を削除し、あなたの名義でログインしていた人を全員ログアウトさせました。
undone-method-back = { $method }を元の状態に戻し、あなたの名義でログインしていた人を全員ログアウトさせました。
undone-preferences = 設定を元の状態に戻し、あなたの名義でログインしていた人を全員ログアウトさせました。
undone-nothing-to-put-back = その変更は、すでに別の変更に置き換えられていました。あなたの名義でログインしていた人を全員ログアウトさせました。

## 音声電話の番号を確認する電話。
voice-confirm = こんにちは。こちらは{ $service }です。郵便投票用紙に関する電話でのお知らせを確認するには、ウェブサイトで次のコードを入力してください。{ $spoken }。もう一度言います。コードは、{ $spoken }です。電話でのお知らせを申し込んでいない場合は、このまま電話をお切りください。今後おかけすることはありません。

method-email = { $address } へのメール
method-sms = { $address }へのテキストメッセージ
method-voice = { $address }への電話

## メールのフッター
email-footer =
    このメールは、郵便投票用紙に関するお知らせを受け取るため、このアドレスが{ $service }に登録されたことによりお送りしています。
    メールの配信停止： { $unsubscribe }

## 各ステータスと理由の意味（ステータスページ、お知らせ、API のドキュメント）。
status-issued = 郡が投票用紙を準備しました。まだ郵便局には引き渡されていません。
status-mailed = 郡が投票用紙を郵便局に引き渡しました。
status-in_transit = 投票用紙はあなたのもとへ配送中です。郵便局でスキャンされました。
status-expected_delivery = 投票用紙は配送中です。郵便局はまもなく配達する予定です。
status-delivered = 郵便局があなたの郵便受けに投票用紙を配達しました。
status-undeliverable = 郵便局は投票用紙を配達できず、郡に返送しています。代わりの投票用紙を受け取るには、郡選挙事務所にご連絡ください。
status-returned_by_voter = 記入済みの投票用紙は郡へ返送中です（郵便局のスキャンまたは投票用紙投函箱による確認）。
status-received = 郡が記入済みの投票用紙を受け取りました。まだ集計されていません。郡がまず確認します。
status-in_review = 郡は、集計の前に投票用紙の封筒を確認しています。
status-accepted = 投票用紙は集計されました。
status-not_accepted = 投票用紙は集計されませんでした。
status-voted_in_person = 投票所で直接投票されたため、この郵便投票用紙は使用されません。
status-superseded = この投票用紙は新しい投票用紙に差し替えられました。集計されるのは新しい投票用紙のみです。

reason-no_signature = 封筒に署名がありませんでした。投票用紙が集計されるよう、期限までに未署名投票用紙声明書に署名して、郡に提出してください。
reason-signature_mismatch = 封筒の署名が、登録されている署名と一致しませんでした。投票用紙が集計されるよう、期限までに署名確認声明書を郡に提出してください。
reason-already_voted = あなたの別の投票（投票所での投票、郵便投票、または暫定投票）がすでに集計されています。
reason-ballot_missing = 郡に届いた封筒に、投票用紙が入っていませんでした。
reason-voter_deceased = 郡の記録では、この有権者は死亡したことになっています。
reason-late = 投票用紙の消印が選挙日より後であったか、期限を過ぎて到着しました。
reason-other = 郡はこの投票用紙を集計できませんでした。理由については、郡選挙事務所にお問い合わせください。

## 署名の問題の解決。$statement：用紙の種類、$county：郡名、$url：用紙のアドレス、$by：期限。
cure-statement-no_signature = 未署名投票用紙声明書
cure-statement-signature_mismatch = 署名確認声明書
cure-step-form = { $county }郡選挙事務所で{ $statement }を入手してください。
cure-step-form-link = { $statement }は { $url } で入手できます。{ $county }郡選挙事務所でも入手できます。
cure-step-sign = 用紙に記入して、署名してください。用紙で求められている場合は、身分証明書のコピーを同封してください。
cure-step-return = { $by }、郵送、メール、ファックス、投票用紙投函箱、または選挙事務所への持参のいずれかの方法で提出してください。
cure-step-after = 郡が声明書を受理すると、投票用紙は集計されます。このページにも表示されます。
cure-by-date = { $date }の午後5時までに
cure-by-unknown = 選挙日の少し後に郡が定める期限までに、できるだけ早く

## この言語の日付：chrono のロケールと strftime のパターン。
date-locale = ja_JP
date-long = %Y年%-m月%-d日%A

## 郡選挙事務所。
county-office = { $county }郡選挙事務所：{ $contacts }
county-phone = 電話 { $phone }
county-email = メール { $email }
county-website = ウェブサイト { $url }

## 投票用紙のお知らせ：お知らせする段階ごとに、メール（件名と本文）、テキストメッセージ、電話の文面。
## どれもサービス名と郡名を入れ、個人情報を求めることはありません。
## $service、$name：有権者の名、$county：郡名、$election：選挙名、$date：日付、$deadline：返送の最終日、
## $link：ステータスページ、$contact：郡への連絡方法、$callback：折り返し先の電話番号、$steps：手続き（1行に1つ）。
notice-mailed-subject = 投票用紙が郵送されました
notice-mailed-email = { $county }郡は、{ $election }の投票用紙を郵便局に引き渡しました。通常1週間以内に届きます。
notice-mailed-sms = 【{ $service }】{ $county }郡が投票用紙を郵送しました。通常1週間以内に届きます。追跡： { $link }
notice-mailed-voice = { $county }郡が、あなたの投票用紙を郵送しました。通常1週間以内に届きます。

notice-expected_delivery-subject = 投票用紙は{ $date }に届く予定です
notice-expected_delivery-email = { $election }の投票用紙は配送中です。郵便局は{ $date }に配達する予定です。
notice-expected_delivery-sms = 【{ $service }】{ $county }郡の投票用紙は、{ $date }に郵便局が配達する予定です。追跡： { $link }
notice-expected_delivery-voice = あなたの投票用紙は配送中です。郵便局は{ $date }に配達する予定です。

notice-delivered-subject = 投票用紙が配達されました
notice-delivered-email = 郵便局が{ $election }の投票用紙を配達しました。投票用紙に記入し、封筒に署名して、郵送するか投票用紙投函箱に入れて返送してください。
notice-delivered-sms = 【{ $service }】{ $county }郡の投票用紙が配達されました。封筒に署名し、郵送か投函箱で返送してください。 { $link }
notice-delivered-voice = 郵便局が、あなたの投票用紙を配達しました。封筒に署名して、郵送するか、投票用紙投函箱に入れて返送してください。

notice-undeliverable-subject = 投票用紙を配達できませんでした
notice-undeliverable-email =
    郵便局は{ $election }の投票用紙を配達できず、{ $county }郡に返送しています。

    郡に新しい投票用紙を請求し、郵送先住所が正しいかご確認ください。{ $contact }
notice-undeliverable-sms = 【{ $service }】{ $county }郡の投票用紙を配達できませんでした。郡に再発行を依頼してください。 { $link }
notice-undeliverable-voice = 郵便局は、あなたの投票用紙を配達できず、郡に返送しています。新しい投票用紙を受け取るには、{ $county }郡選挙事務所にお電話ください。

notice-received-subject = 郡が投票用紙を受け取りました（まだ集計されていません）
notice-received-email = { $county }郡は、{ $election }の投票用紙を受け取りました。まだ集計されていません。郡がまず封筒を確認します。集計されたらお知らせします。
notice-received-sms = 【{ $service }】{ $county }郡が投票用紙を受け取りました。まだ集計されておらず、郡が確認中です。集計時にお知らせします。
notice-received-voice = { $county }郡が、あなたの投票用紙を受け取りました。まだ集計されていません。郡がまず確認し、集計されたらお知らせします。

notice-in_review-subject = 対応が必要です：投票用紙はまだ集計できません
notice-in_review-email =
    { $county }郡は、{ $election }の投票用紙をまだ集計できません。{ $reason }

    手続きの方法：
    { $steps }
notice-in_review-sms = 【{ $service }】要対応：署名の問題を解決しないと、{ $county }郡で投票用紙は集計されません。{ $deadline }ご対応ください。用紙： { $form }
notice-in_review-voice = { $county }郡は、封筒の署名に問題があるため、まだあなたの投票用紙を集計できません。{ $deadline }、この問題を解決してください。方法については、郡選挙事務所にお電話ください。

notice-accepted-subject = 投票用紙が集計されました
notice-accepted-email = { $county }郡は、{ $election }のあなたの投票用紙を集計しました。ご投票ありがとうございました。
notice-accepted-sms = 【{ $service }】{ $county }郡であなたの投票用紙が集計されました。ご投票ありがとうございました。
notice-accepted-voice = { $county }郡は、あなたの投票用紙を集計しました。ご投票ありがとうございました。

notice-not_accepted-subject = 投票用紙は集計されませんでした
notice-not_accepted-email = { $county }郡は、{ $election }のあなたの投票用紙を集計しませんでした。{ $reason }
notice-not_accepted-sms = 【{ $service }】{ $county }郡であなたの投票用紙は集計されませんでした。理由と対処法： { $link }
notice-not_accepted-voice = { $county }郡は、あなたの投票用紙を集計しませんでした。理由については、郡選挙事務所にお電話ください。

notice-reminder-subject = お知らせ：{ $date }までに投票用紙を返送してください
notice-reminder-email = { $county }郡は、{ $election }のあなたの投票用紙をまだ受け取っていません。郵送する場合は、{ $date }当日またはそれ以前の消印が押され、{ $deadline }までに届くようにしてください。または、{ $date }の午後8時までに投票用紙投函箱か投票所にお持ちください。すでに送った場合は、ありがとうございます。届くまで数日かかることがあります。
notice-reminder-sms = 【{ $service }】{ $county }郡は投票用紙をまだ受け取っていません。{ $date }までの消印で郵送するか、同日午後8時までに投函箱へお入れください。
notice-reminder-voice = { $county }郡は、まだあなたの投票用紙を受け取っていません。{ $date }までの消印で郵送するか、同じ日の午後8時までに、投票用紙投函箱に入れてください。

notice-email-greeting = { $name } 様
notice-email-track = 投票用紙の各段階は、こちらでご確認いただけます： { $link }
notice-email-contact = お問い合わせ先：{ $contact }
notice-email-contact-unknown = ご質問は、{ $county }郡選挙事務所にお電話ください。
notice-email-trust = { $service }は、郡に代わってこのお知らせをお送りしています。社会保障番号、パスワード、支払いをお求めすることは決してありません。
notice-voice-open = こんにちは。こちらは{ $service }です。{ $county }郡から、あなたの郵便投票用紙についてお知らせします。
notice-voice-close = ご質問は、{ $callback }までお電話ください。もう一度言います。番号は、{ $callback }です。失礼いたします。
## テキストメッセージ用の短い日付。
date-short = %-m月%-d日

## 問題：API が要求を処理できないときの応答（`title` と `detail`）。
problem-invalid-fields-title = 正しく入力されていない項目があります
problem-invalid-fields-detail = `errors` に示された項目を修正して、もう一度リクエストを送信してください。
problem-malformed-json-title = リクエスト本文を読み取れませんでした
problem-malformed-json-detail = 本文は、このエンドポイント用の有効な JSON ではありません：{ $reason }。
problem-unreadable-body-title = リクエスト本文を読み取れませんでした
problem-unreadable-body-detail = 本文を読み取れませんでした：{ $reason }。
problem-unreadable-form-title = リクエスト本文を読み取れませんでした
problem-unreadable-form-detail = フォームを読み取れませんでした：{ $reason }。
problem-not-a-json-array-title = リクエスト本文を読み取れませんでした
problem-not-a-json-array-detail = 本文は、オブジェクトの JSON 配列ではありません：{ $reason }。
problem-not-utf8-title = リクエスト本文を読み取れませんでした
problem-not-utf8-detail = 本文は UTF-8 のテキストではありません：{ $reason }。
problem-csv-header-title = リクエスト本文を読み取れませんでした
problem-csv-header-detail = CSV のヘッダーを読み取れません：{ $reason }。
problem-unsupported-media-type-title = サポートされていないコンテンツタイプです
problem-unsupported-media-type-detail = このエンドポイントが受け付ける `Content-Type` で、リクエスト本文を送信してください：{ $expected }。
problem-payload-too-large-title = リクエスト本文が大きすぎます
problem-payload-too-large-detail = このエンドポイントが受け付けるのは、最大{ $limit }バイトです。
problem-unauthorized-title = もう一度ログインしてください
problem-unauthorized-detail = セッションが終了したか、無効です。続けるには、もう一度ご自身の登録を照会してください。
problem-missing-scope-title = 許可されていません
problem-missing-scope-detail = このエンドポイントにはスコープ `{ $scope }` が必要ですが、お使いのトークンにはありません。
problem-other-county-title = 許可されていません
problem-other-county-detail = このクライアントが扱えるのは郡番号 { $own } の郡のみで、郡番号 { $county } は扱えません。
problem-bad-signature-title = 許可されていません
problem-bad-signature-detail = リクエストの署名が一致しません。
problem-oauth-bad-basic-title = トークンの要求は拒否されました
problem-oauth-bad-basic-detail = Authorization ヘッダーが、有効な HTTP Basic 認証情報ではありません。
problem-oauth-no-grant-title = トークンの要求は拒否されました
problem-oauth-no-grant-detail = grant_type=client_credentials を送信してください。
problem-oauth-grant-title = トークンの要求は拒否されました
problem-oauth-grant-detail = サポートされているのは client_credentials グラントのみです。
problem-oauth-two-credentials-title = トークンの要求は拒否されました
problem-oauth-two-credentials-detail = HTTP Basic 認証またはフォームのフィールドの、どちらか一方で認証してください（両方は使えません）。
problem-oauth-no-credentials-title = トークンの要求は拒否されました
problem-oauth-no-credentials-detail = クライアント ID とシークレットで認証してください。
problem-oauth-unknown-scope-title = トークンの要求は拒否されました
problem-oauth-unknown-scope-detail = スコープは ballots:write、voters:write, stats:read、ballots:read です。
problem-oauth-bad-client-title = トークンの要求は拒否されました
problem-oauth-bad-client-detail = クライアント ID またはシークレットが間違っているか、クライアントが無効にされています。
problem-oauth-scope-not-allowed-title = トークンの要求は拒否されました
problem-oauth-scope-not-allowed-detail = このクライアントには、要求されたスコープの一部が許可されていません。
problem-no-such-county-title = 該当する郡がありません
problem-no-such-county-detail = 郡の番号は 01（Alameda）から 58（Yuba）までです。
problem-no-such-election-title = 該当する選挙がありません
problem-no-such-election-detail = この郡には、この ID の選挙はありません。
problem-batch-too-large-title = バッチが大きすぎます
problem-batch-too-large-detail = 1回のリクエストで送信できるのは最大{ $rows }行です。大きなバッチは分割してください。
# $url：有権者が登録を確認できる場所。
problem-voter-not-found-title = 有権者名簿にあなたの登録が見つかりませんでした
problem-voter-not-found-detail = 名、姓、生年月日、郵便番号が、有権者登録のとおりに正確に入力されているかご確認ください。ここ数日の間に有権者登録または登録内容の変更をした場合は、まだ当サービスに反映されていない可能性があります。後でもう一度お試しください。登録内容は { $url } で確認できます。
# $help：有権者IDの記載場所、$office：郡選挙事務所への連絡方法（空の場合あり）。
problem-voter-id-needed-title = 有権者IDが必要です
problem-voter-id-needed-detail = この情報に該当する登録有権者が複数います。ご本人を特定できるよう、有権者IDを入力してください。{ $help } { $office }
problem-voter-id-help = 有権者IDは、有権者登録通知カードと投票用紙見本に記載されています。郡選挙事務所または州務長官の有権者ホットラインでも確認できます。
problem-too-many-requests-title = 試行回数が多すぎます
problem-too-many-requests-detail = すべての方のプライバシーを守るため、照会の回数を制限しています。{ $minutes }分後にもう一度お試しください。
problem-too-many-messages-title = 現在、これ以上メッセージを送信できません
problem-too-many-messages-detail = 受信トレイや電話に大量のメッセージが送られるのを防ぐため、確認メッセージとコードの送信数を制限しています。{ $minutes }分後にもう一度お試しください。
problem-verification-needed-title = まず、お送りするコードを入力してください
problem-verification-needed-detail = 連絡方法が確認済みになった後は、お知らせの設定を変更するにはワンタイムコードが必要です。コードは、ログインの1日以上前に確認済みの連絡方法にお送りします。氏名、生年月日、郵便番号は公開記録のため、それだけではこれらの変更を保護できません。
problem-no-such-message-title = 該当するメッセージがありません
problem-no-such-message-detail = このレポートは、このサービスが送信したどのメッセージにも該当しません。
# $sender：テキストメッセージの送信元番号。
problem-number-stopped-title = この番号からテキストメッセージの停止を求められています
problem-number-stopped-detail = この番号から「停止」（STOP）の返信があったため、テキストメッセージをお送りできません。再び受け取るには、この電話から{ $sender }に「開始」（START）と送信してから、ここで番号を追加してください。
problem-nothing-to-confirm-title = 確認するものはありません
problem-nothing-to-confirm-detail = 確認メッセージを再送できるのは、確認待ちの連絡方法のみです。
problem-no-such-method-title = 該当する連絡方法がありません
problem-no-such-method-detail = 削除する{ $kind ->
        [email] メールアドレス
        [sms] テキストメッセージ用の番号
       *[voice] 音声電話用の番号
    }がありません。
problem-code-to-unconfirmed-title = コードは確認済みの連絡方法にのみ送信されます
problem-code-to-unconfirmed-detail = オン（確認済み）の連絡方法を選んでください。確認済みの連絡方法がない場合は、コードは必要ありません。
problem-confirmation-expired-title = このリンクは有効期限が切れています
problem-confirmation-expired-detail = 確認用リンクの有効期限は{ $hours }時間です。もう一度ご自身の登録を照会し、メールアドレスの横にある「もう一度送る」を選んでください。
problem-confirmation-invalid-title = このリンクは無効です
problem-confirmation-invalid-detail = すでに使用されたか、新しいリンクに置き換えられた可能性があります。もう一度ご自身の登録を照会して、メールアドレスが確認済みかどうかをご確認ください。
problem-unsubscribe-invalid-title = この配信停止リンクは無効です
problem-unsubscribe-invalid-detail = サイトでご自身の登録を照会し、お知らせをオフにしてください。
problem-method-too-new-title = この連絡方法では、まだコードを受け取れません
problem-method-too-new-detail = 安全のため、コードはログインの{ $hours }時間以上前に確認済みの連絡方法にのみお送りします。別の連絡方法を選ぶか、約{ $wait }時間後にもう一度ログインしてください。
problem-undo-invalid-title = この取り消し用リンクは無効です
problem-undo-invalid-detail = メッセージ内のリンクを最後まで開いたかご確認ください。
problem-undo-by-newer-method-title = このリンクでは、その変更を取り消せません
problem-undo-by-newer-method-detail = この変更は、この連絡方法より前に確認された連絡方法に送ったコードを使って行われました。そのため、そのような連絡方法に送ったリンクでしか取り消せません。変更するには、ログインしてコードを請求してください。
problem-undo-used-title = この変更はすでに取り消されています
problem-undo-used-detail = 取り消し用リンクは1回のみ有効です。その時点で、あなたの名義でログインしていた人は全員ログアウトされました。
problem-undo-expired-title = この取り消し用リンクは有効期限が切れています
problem-undo-expired-detail = 取り消し用リンクの有効期限は{ $days }日間です。変更するには、ログインしてコードを請求するか、郡選挙事務所にお電話ください。
problem-unsubscribe-outdated-title = この配信停止リンクは古くなっています
problem-unsubscribe-outdated-detail = このリンクを送ったアドレスは、その後変更または削除されています。サイトでご自身の登録を照会し、お知らせをオフにしてください。
problem-text-replies-not-set-up-title = サービスは一時的に利用できません
problem-text-replies-not-set-up-detail = この環境では、テキストメッセージへの返信が設定されていません。数分後にもう一度お試しください。
problem-database-unreachable-title = サービスは一時的に利用できません
problem-database-unreachable-detail = データベースに接続できません。数分後にもう一度お試しください。
problem-unexpected-title = 内部サーバーエラー
problem-unexpected-detail = システムで問題が発生しました。数分後にもう一度お試しください。
problem-no-such-endpoint-title = 該当するエンドポイントがありません
problem-no-such-endpoint-detail = このアドレスでは何も提供されていません。API の説明は /api/v1/openapi.yaml にあります。
