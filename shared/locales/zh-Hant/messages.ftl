# 選票追蹤服務傳送給選民的訊息，繁體中文版。每則訊息都會註明服務名稱（{ $service }），
# 讓選民能與詐騙訊息區分。變數：請見各訊息的註解。

language-name = 繁體中文

# How texts in this language are sent (not words: keep as is): gsm-7 drops the accents GSM-7 lacks
# (160 characters a segment); ucs-2 carries every script (70 characters a segment).
sms-alphabet = ucs-2

## 電子郵件確認。$link：確認網頁；$hours：連結有效的小時數。
email-confirm-subject = 請確認您在 { $service } 的電子郵件地址
email-confirm-body =
    { $name }，您好：

    有人（希望是您本人）要求 { $service } 將您郵寄選票的最新狀態寄到此電子郵件地址。

    如要開始接收通知，請在 { $hours } 小時內開啟以下連結：
    { $link }

    如果您沒有提出此要求，請忽略此電子郵件：我們不會再寄任何郵件到此地址。

## 簡訊確認（盡可能只用一段簡訊）。
sms-confirm = { $service }：回覆「是」即可接收郵寄選票簡訊。可能收取簡訊及數據費。回覆「停止」取消，「幫助」求助。
sms-confirmed = { $service }：您的郵寄選票狀態有變時，我們會傳簡訊通知您。回覆「停止」取消。
sms-stopped = { $service }：我們不會再傳簡訊給您。回覆「開始」可重新接收。
sms-started = { $service }：已恢復郵寄選票簡訊通知。回覆「停止」取消。
# $contact：縣選舉辦公室，或州的選民熱線。
sms-help = { $service }：郵寄選票狀態有變時傳簡訊通知，每次選舉數則。可能收取簡訊及數據費。求助：{ $contact }。回覆「停止」取消。
sms-help-contact = 您的縣選舉辦公室或州務卿中文選民熱線 1-800-339-2857

## 選民可傳送的關鍵字，以逗號分隔；比對時不分大小寫，並忽略空格和標點符號。
keywords-stop = 停止, 停, 退訂, 取消, 取消訂閱, 停止訂閱, 退出, 退订, 取消订阅, 停止订阅
keywords-start = 開始, 恢復, 重新開始, 重新訂閱, 开始, 恢复, 重新订阅
keywords-yes = 是, 是的, 確認, 确认, 同意
keywords-help = 幫助, 帮助, 求助, 協助, 协助, 說明, 说明

## 一次性代碼。$code：六位數字；$minutes：有效時間。
code-email-subject = 您的 { $service } 代碼：{ $code }
code-email-body =
    { $name }，您好：

    您的代碼是 { $code }，在 { $minutes } 分鐘內有效。

    請在 { $service } 網頁上輸入此代碼，以變更您接收選票通知的方式。如果您沒有索取代碼，可能是知道您姓名、出生日期和郵遞區號的人正試圖變更您的通知設定：您無須採取任何行動，沒有代碼就無法做任何變更。
code-sms = { $service } 代碼：{ $code }，{ $minutes } 分鐘內有效。如非您本人索取，請忽略此簡訊。
code-voice = 您好，這裡是 { $service }。您的代碼是 { $spoken }。再說一次，您的代碼是 { $spoken }。

## 聯絡方式的變更，通知選民在變更前已確認的聯絡方式。
## $what：以一句或數句說明變更內容（change-…）；$undo：復原變更的連結。
change-email-subject = { $service } 聯絡您的方式已變更
change-email-body =
    { $name }，您好：

    { $what }

    如果這項變更是您做的，您無須採取任何行動。
    如果不是，請在此復原（連結只能使用一次，{ $days } 天內有效）：{ $undo }
    復原後，所有以您身分登入的人也會被登出。
change-sms = { $service }：{ $what }非您本人？請復原：{ $undo }
change-voice = 您好，這裡是 { $service }。{ $what }如果這項變更不是您做的，請瀏覽 { $site }，或開啟我們電子郵件或簡訊中的連結，復原這項變更。
change-method-added = 已新增聯絡您的方式：{ $method }。
change-method-replaced = 聯絡您的方式已變更：{ $old } 已改為 { $method }。
change-method-removed = 已移除聯絡您的方式：{ $method }。
change-notifications-off = 有關您選票的通知已關閉。
change-notifications-on = 有關您選票的通知已重新開啟。
change-language = 今後訊息將使用{ $language }。
change-contact-hours = 您的聯絡時間現為 { $from } 至 { $until }（{ $zone }）。
## 復原連結所做的處理。
undone-method-removed = 我們已移除 { $method }，並將所有以您身分登入的人登出。
undone-method-back = 我們已將 { $method } 恢復原狀，並將所有以您身分登入的人登出。
undone-preferences = 我們已將您的設定恢復原狀，並將所有以您身分登入的人登出。
undone-nothing-to-put-back = 該變更已被另一項變更取代。我們已將所有以您身分登入的人登出。

## 確認語音電話號碼的來電。
voice-confirm = 您好，這裡是 { $service }。如要確認接收有關您郵寄選票的電話，請在網站上輸入這個代碼，{ $spoken }。再說一次，您的代碼是 { $spoken }。如果您沒有要求接收電話，請直接掛斷，我們不會再打來。

method-email = 電子郵件 { $address }
method-sms = 傳送至 { $address } 的簡訊
method-voice = 撥打至 { $address } 的電話

## 電子郵件頁尾
email-footer =
    您收到此電子郵件，是因為此地址已加入 { $service }，用以接收有關您郵寄選票的通知。
    停止接收這些電子郵件：{ $unsubscribe }

## 各項選票狀態和原因的說明（狀態頁面、通知及 API 文件）。
status-issued = 您的縣已準備好您的選票，但尚未交給郵政局。
status-mailed = 您的縣已將您的選票交給郵政局。
status-in_transit = 您的選票正寄送給您；郵政局已掃描此選票。
status-expected_delivery = 您的選票正在寄送途中；郵政局預計很快就會送達。
status-delivered = 郵政局已將您的選票投遞到您的信箱。
status-undeliverable = 郵政局無法投遞您的選票，正將選票退回您的縣。請聯絡您的縣選舉辦公室索取補發選票。
status-returned_by_voter = 您填好的選票正寄回您的縣（根據郵政局掃描或選票投遞箱紀錄）。
status-received = 您的縣已收到您填好的選票。選票尚未計入：縣會先進行審核。
status-in_review = 您的縣正在審核您的選票信封，審核後才能計入選票。
status-accepted = 您的選票已計入。
status-not_accepted = 您的選票未被計入。
status-voted_in_person = 您已親自投票，因此不會使用這張郵寄選票。
status-superseded = 這張選票已由新選票取代；只有新選票才會計入。

reason-no_signature = 信封上沒有簽名。請簽署未簽名選票聲明，並在截止時間前交回您的縣，您的選票才能計入。
reason-signature_mismatch = 信封上的簽名與檔案中的簽名不符。請在截止時間前將簽名核實聲明交回您的縣，您的選票才能計入。
reason-already_voted = 您的另一張選票（親自投票、郵寄選票或臨時選票）已被計入。
reason-ballot_missing = 您的縣收到的信封內沒有選票。
reason-voter_deceased = 縣的紀錄顯示此選民已過世。
reason-late = 選票的郵戳日期晚於選舉日，或選票在截止日期後才寄達。
reason-other = 您的縣無法計入這張選票。請聯絡您的縣選舉辦公室了解原因。

## 更正簽名問題。$statement：表格名稱；$county：縣名；$url：表格網址；$by：截止時間。
cure-statement-no_signature = 未簽名選票聲明
cure-statement-signature_mismatch = 簽名核實聲明
cure-step-form = 向 { $county } 縣選舉辦公室索取{ $statement }。
cure-step-form-link = 在 { $url } 取得{ $statement }，或向 { $county } 縣選舉辦公室索取。
cure-step-sign = 填寫並簽署表格。如表格要求，請附上身分證明文件影本。
cure-step-return = 請{ $by }交回表格，方式包括：郵寄、電子郵件、傳真、投入選票投遞箱，或親自送到選舉辦公室。
cure-step-after = 縣接受您的聲明後，您的選票就會計入，本網頁也會顯示。
cure-by-date = 於{ $date }下午5時前
cure-by-unknown = 盡快（截止日期由您的縣訂定，在選舉日後不久）

## 此語言的日期：chrono 語言環境及 strftime 格式。
date-locale = zh_TW
date-long = %Y年%-m月%-d日（%A）

## 縣選舉辦公室。
county-office = { $county } 縣選舉辦公室：{ $contacts }。
county-phone = 電話 { $phone }
county-email = 電子郵件 { $email }
county-website = 網站 { $url }

## 選票通知：每個值得通知的步驟各一則，分為電子郵件（主旨和內文）、簡訊和語音電話。
## 每則都註明服務名稱和縣名，且絕不索取個人資料。
## $service；$name：選民的名字；$county：縣名；$election：選舉名稱；$date：日期；
## $deadline：交回的最後一天；$link：狀態網頁；$contact：縣的聯絡方式；$callback：回電號碼；
## $steps：處理步驟，每行一項。
notice-mailed-subject = 您的選票已寄出
notice-mailed-email = { $county } 縣已將您的「{ $election }」選票交給郵政局。選票通常在一週內寄達。
notice-mailed-sms = { $service }：{ $county } 縣已寄出您的選票，通常一週內寄達。追蹤：{ $link }
notice-mailed-voice = { $county } 縣已寄出您的選票。選票通常在一週內寄達。

notice-expected_delivery-subject = 您的選票預計於{ $date }送達
notice-expected_delivery-email = 您的「{ $election }」選票正在寄送途中。郵政局預計於{ $date }送達。
notice-expected_delivery-sms = { $service }：郵政局預計於{ $date }送達您的 { $county } 縣選票。追蹤：{ $link }
notice-expected_delivery-voice = 您的選票正在寄送途中。郵政局預計於{ $date }送達。

notice-delivered-subject = 您的選票已送達
notice-delivered-email = 郵政局已將您的「{ $election }」選票送達。請填寫選票，在信封上簽名，然後郵寄交回或投入選票投遞箱。
notice-delivered-sms = { $service }：您的 { $county } 縣選票已送達。請在信封上簽名，再郵寄或投入投遞箱交回。{ $link }
notice-delivered-voice = 郵政局已將您的選票送達。請在信封上簽名，然後郵寄交回，或投入選票投遞箱。

notice-undeliverable-subject = 您的選票無法投遞
notice-undeliverable-email =
    郵政局無法投遞您的「{ $election }」選票，正將選票退回 { $county } 縣。

    請向縣索取新選票，並確認您的郵寄地址正確無誤。{ $contact }
notice-undeliverable-sms = { $service }：您的 { $county } 縣選票無法投遞。請向縣索取新選票。{ $link }
notice-undeliverable-voice = 郵政局無法投遞您的選票，正將選票退回縣政府。請致電 { $county } 縣選舉辦公室索取新選票。

notice-received-subject = 您的縣已收到您的選票（尚未計入）
notice-received-email = { $county } 縣已收到您的「{ $election }」選票。選票尚未計入：縣會先審核信封。選票計入時，我們會通知您。
notice-received-sms = { $service }：{ $county } 縣已收到您的選票，須先審核，尚未計入。計入後我們會傳簡訊通知您。
notice-received-voice = { $county } 縣已收到您的選票。選票尚未計入。縣會先進行審核，選票計入時我們會通知您。

notice-in_review-subject = 需要您處理：您的選票尚無法計入
notice-in_review-email =
    { $county } 縣尚無法計入您的「{ $election }」選票。{ $reason }

    處理步驟：
    { $steps }
notice-in_review-sms = { $service }：【須您處理】簽名有問題，您更正後 { $county } 縣才能計入選票。請{ $deadline }更正。表格：{ $form }
notice-in_review-voice = { $county } 縣尚無法計入您的選票，因為信封上的簽名有問題。請{ $deadline }更正。請致電縣選舉辦公室了解更正方法。

notice-accepted-subject = 您的選票已計入
notice-accepted-email = { $county } 縣已計入您的「{ $election }」選票。感謝您投票。
notice-accepted-sms = { $service }：{ $county } 縣已計入您的選票。感謝您投票。
notice-accepted-voice = { $county } 縣已計入您的選票。感謝您投票。

notice-not_accepted-subject = 您的選票未被計入
notice-not_accepted-email = { $county } 縣未計入您的「{ $election }」選票。{ $reason }
notice-not_accepted-sms = { $service }：{ $county } 縣未計入您的選票。查看原因及處理方式：{ $link }
notice-not_accepted-voice = { $county } 縣未計入您的選票。請致電縣選舉辦公室了解原因。

notice-reminder-subject = 提醒：請於{ $date }或之前交回您的選票
notice-reminder-email = { $county } 縣尚未收到您的「{ $election }」選票。如以郵寄方式交回，郵戳日期須為{ $date }或之前，且選票須於{ $deadline }或之前寄達；您也可以在{ $date }晚上8時前，將選票投入選票投遞箱或送到投票地點。如果您已寄出選票，謝謝您：選票可能需要數天才會寄達。
notice-reminder-sms = { $service }：{ $county } 縣尚未收到您的選票。請於{ $date }或之前郵寄，或於當天晚上8時前投入投遞箱。
notice-reminder-voice = { $county } 縣尚未收到您的選票。請於{ $date }或之前郵寄，或於當天晚上8時前投入選票投遞箱。

notice-email-greeting = { $name }，您好：
notice-email-track = 查看您選票的每個處理步驟：{ $link }
notice-email-contact = 有疑問？{ $contact }
notice-email-contact-unknown = 有疑問？請致電 { $county } 縣選舉辦公室。
notice-email-trust = { $service } 代表您的縣傳送這些通知。我們絕不會要求您提供社會安全號碼、密碼或付款。
notice-voice-open = 您好，這裡是 { $service }，為您通知 { $county } 縣有關您郵寄選票的消息。
notice-voice-close = 如有疑問，請致電 { $callback }。再說一次，號碼是 { $callback }。再見。
## 簡訊用的簡短日期。
date-short = %-m月%-d日

## 問題：API 無法執行要求時的回應（`title` 和 `detail`）。
problem-invalid-fields-title = 部分欄位填寫不正確
problem-invalid-fields-detail = 請更正 `errors` 中列出的欄位，然後重新傳送請求。
problem-malformed-json-title = 無法讀取請求內容
problem-malformed-json-detail = 請求內容不是此端點可接受的有效 JSON：{ $reason }。
problem-unreadable-body-title = 無法讀取請求內容
problem-unreadable-body-detail = 無法讀取請求內容：{ $reason }。
problem-unreadable-form-title = 無法讀取請求內容
problem-unreadable-form-detail = 無法讀取表單：{ $reason }。
problem-not-a-json-array-title = 無法讀取請求內容
problem-not-a-json-array-detail = 請求內容不是由物件組成的 JSON 陣列：{ $reason }。
problem-not-utf8-title = 無法讀取請求內容
problem-not-utf8-detail = 請求內容不是 UTF-8 文字：{ $reason }。
problem-csv-header-title = 無法讀取請求內容
problem-csv-header-detail = 無法讀取 CSV 標頭：{ $reason }。
problem-unsupported-media-type-title = 不支援的內容類型
problem-unsupported-media-type-detail = 請以此端點接受的 `Content-Type` 傳送請求內容：{ $expected }。
problem-payload-too-large-title = 請求內容過大
problem-payload-too-large-detail = 此端點最多接受 { $limit } 位元組。
problem-unauthorized-title = 請重新登入
problem-unauthorized-detail = 您的工作階段已結束或無效。請重新查詢您的選民資料以繼續。
problem-missing-scope-title = 不允許
problem-missing-scope-detail = 此端點需要範圍 `{ $scope }`，但您的權杖沒有此範圍。
problem-other-county-title = 不允許
problem-other-county-detail = 您的用戶端只能代表縣 { $own }，不能代表縣 { $county }。
problem-bad-signature-title = 不允許
problem-bad-signature-detail = 請求簽章不符。
problem-oauth-bad-basic-title = 權杖請求遭拒
problem-oauth-bad-basic-detail = Authorization 標頭不是有效的 HTTP Basic 憑證。
problem-oauth-no-grant-title = 權杖請求遭拒
problem-oauth-no-grant-detail = 請傳送 grant_type=client_credentials。
problem-oauth-grant-title = 權杖請求遭拒
problem-oauth-grant-detail = 僅支援 client_credentials 授權類型。
problem-oauth-two-credentials-title = 權杖請求遭拒
problem-oauth-two-credentials-detail = 請使用 HTTP Basic 或表單欄位進行驗證，不可兩者並用。
problem-oauth-no-credentials-title = 權杖請求遭拒
problem-oauth-no-credentials-detail = 請使用您的用戶端 ID（client id）和密鑰（secret）進行驗證。
problem-oauth-unknown-scope-title = 權杖請求遭拒
problem-oauth-unknown-scope-detail = 可用的範圍為 ballots:write、voters:write, stats:read 和 ballots:read。
problem-oauth-bad-client-title = 權杖請求遭拒
problem-oauth-bad-client-detail = 用戶端 ID 或密鑰錯誤，或該用戶端已被撤銷。
problem-oauth-scope-not-allowed-title = 權杖請求遭拒
problem-oauth-scope-not-allowed-detail = 此用戶端無權取得所要求的全部範圍。
problem-no-such-county-title = 沒有此縣
problem-no-such-county-detail = 各縣的編號從 01（Alameda）至 58（Yuba）。
problem-no-such-election-title = 沒有此選舉
problem-no-such-election-detail = 此縣沒有舉行此 id 的選舉。
problem-batch-too-large-title = 批次過大
problem-batch-too-large-detail = 每次請求最多傳送 { $rows } 列；較大的批次請分開傳送。
# $url：選民查詢登記資料的網址。
problem-voter-not-found-title = 我們在選民名冊中找不到您
problem-voter-not-found-detail = 請確認您的名字、姓氏、出生日期和郵遞區號與您選民登記上的資料完全相同。如果您在最近幾天才登記或更改登記資料，我們可能尚未收到：請稍後再試。您可以在 { $url } 查詢您的選民登記。
# $help：選民編號的查詢方式；$office：縣選舉辦公室的聯絡方式（可能為空）。
problem-voter-id-needed-title = 需要您的選民編號
problem-voter-id-needed-detail = 有多位已登記選民的資料與此相同。請加上您的選民編號，以便我們辨別您的身分。{ $help } { $office }
problem-voter-id-help = 您的選民編號印在您的選民通知卡和樣本選票上。您的縣選舉辦公室或州務卿選民熱線也可以告訴您。
problem-too-many-requests-title = 嘗試次數過多
problem-too-many-requests-detail = 為保護每個人的隱私，查詢次數有所限制。請在 { $minutes } 分鐘後再試。
problem-too-many-messages-title = 目前傳送的訊息過多
problem-too-many-messages-detail = 我們會限制傳送確認訊息和代碼的次數，以免有人用大量訊息灌爆他人的收件匣或電話。請在 { $minutes } 分鐘後再試。
problem-verification-needed-title = 請先輸入我們傳送給您的代碼
problem-verification-needed-detail = 聯絡方式一經確認，變更通知設定就需要一次性代碼：我們會將代碼傳送到您在登入前至少一天已確認的聯絡方式。您的姓名、出生日期和郵遞區號屬於公開紀錄，僅憑這些資料無法保護這類變更。
problem-no-such-message-title = 沒有此訊息
problem-no-such-message-detail = 此報告所指的訊息並非本服務傳送。
# $sender：傳送簡訊的號碼。
problem-number-stopped-title = 此號碼已要求我們停止傳送簡訊
problem-number-stopped-detail = 有人從此號碼回覆要求停止（STOP），因此我們不得再傳簡訊給此號碼。如要再次接收簡訊，請用此電話傳送「開始」至 { $sender }，然後在此新增號碼。
problem-nothing-to-confirm-title = 沒有需要確認的項目
problem-nothing-to-confirm-detail = 只有等待確認的聯絡方式才能重新傳送確認訊息。
problem-no-such-method-title = 沒有此聯絡方式
problem-no-such-method-detail = 沒有可移除的{ $kind ->
        [email] 電子郵件地址
        [sms] 簡訊號碼
       *[voice] 電話號碼
    }。
problem-code-to-unconfirmed-title = 代碼只會傳送到已確認的聯絡方式
problem-code-to-unconfirmed-detail = 請選擇已開啟（已確認）的聯絡方式。如果您沒有任何已確認的聯絡方式，就不需要代碼。
problem-confirmation-expired-title = 此連結已過期
problem-confirmation-expired-detail = 確認連結在 { $hours } 小時內有效。請重新查詢您的選民資料，然後選擇電子郵件地址旁的「重新傳送」。
problem-confirmation-invalid-title = 此連結無效
problem-confirmation-invalid-detail = 此連結可能已使用過，或已由較新的連結取代。請重新查詢您的選民資料，查看您的電子郵件地址是否已確認。
problem-unsubscribe-invalid-title = 此取消訂閱連結無效
problem-unsubscribe-invalid-detail = 請在網站上查詢您的選民資料，以關閉通知。
problem-method-too-new-title = 此聯絡方式目前還無法接收代碼
problem-method-too-new-detail = 為保護您，代碼只會傳送到您在登入前至少 { $hours } 小時已確認的聯絡方式。請選擇其他聯絡方式，或約 { $wait } 小時後重新登入。
problem-undo-invalid-title = 此復原連結無效
problem-undo-invalid-detail = 請確認您開啟的是我們訊息中的完整連結。
problem-undo-by-newer-method-title = 此連結無法復原該變更
problem-undo-by-newer-method-detail = 該變更是憑一組代碼所做的，而該代碼傳送到的聯絡方式比此聯絡方式更早確認，因此只有傳送到這類聯絡方式的連結才能復原。請登入並索取代碼來變更設定。
problem-undo-used-title = 此變更已復原
problem-undo-used-detail = 每個復原連結只能使用一次。當時所有以您身分登入的人都已被登出。
problem-undo-expired-title = 此復原連結已過期
problem-undo-expired-detail = 復原連結在 { $days } 天內有效。請登入並索取代碼來變更設定，或致電您的縣選舉辦公室。
problem-unsubscribe-outdated-title = 此取消訂閱連結已過時
problem-unsubscribe-outdated-detail = 此連結當初寄往的地址已變更或已被移除。請在網站上查詢您的選民資料，以關閉通知。
problem-text-replies-not-set-up-title = 服務暫時無法使用
problem-text-replies-not-set-up-detail = 此系統尚未設定簡訊回覆功能。請於數分鐘後再試。
problem-database-unreachable-title = 服務暫時無法使用
problem-database-unreachable-detail = 無法連線到資料庫。請於數分鐘後再試。
problem-unexpected-title = 內部伺服器錯誤
problem-unexpected-detail = 我們的系統發生問題。請於數分鐘後再試。
problem-no-such-endpoint-title = 沒有此端點
problem-no-such-endpoint-detail = 此地址沒有提供任何服務。API 說明請見 /api/v1/openapi.yaml。
