# वेब पेज के शब्द, हिन्दी में। वेब फ़्रंट एंड shared/locales/ के अंदर हर `ui.ftl` पढ़ता है:
# कोई भाषा उसका फ़ोल्डर जोड़कर जोड़ी जाती है (इस फ़ाइल और messages.ftl के साथ, जिसका `language-name`
# भाषा मेनू में उस भाषा का नाम देता है)। API भी ये फ़ाइलें पढ़ता है, इसलिए यहाँ की कोई id
# messages.ftl की किसी id को दोहरा नहीं सकती।
#
# फ़ॉर्म के फ़ील्ड के पास दिखने वाली त्रुटियाँ `field-error-<field>[-<kind>]-<code>` हैं: पेज और API की
# फ़ील्ड त्रुटियाँ एक ही शब्दों का उपयोग करती हैं (कोड shared/src में हैं, फ़ील्ड के गलत होने के हर तरीके का एक)।

## तारीखें: "मंगलवार, 13 अक्तूबर"।
page-date = { $weekday }, { $day } { $month }
weekday-1 = सोमवार
weekday-2 = मंगलवार
weekday-3 = बुधवार
weekday-4 = गुरुवार
weekday-5 = शुक्रवार
weekday-6 = शनिवार
weekday-7 = रविवार
month-1 = जनवरी
month-2 = फ़रवरी
month-3 = मार्च
month-4 = अप्रैल
month-5 = मई
month-6 = जून
month-7 = जुलाई
month-8 = अगस्त
month-9 = सितंबर
month-10 = अक्तूबर
month-11 = नवंबर
month-12 = दिसंबर

## हर जगह
ui-language-label = भाषा
ui-unreachable = हम अभी ट्रैकर से नहीं जुड़ पाए। अपना इंटरनेट कनेक्शन जाँचें और फिर से कोशिश करें।
ui-try-again = फिर से कोशिश करें
ui-start-over = ट्रैकर के होम पेज पर जाएँ
ui-session-ended = आपकी गोपनीयता के लिए, कुछ समय तक कोई गतिविधि न होने पर आपका सत्र समाप्त हो गया। जारी रखने के लिए अपनी जानकारी फिर से खोजें।
ui-wait-minutes = { $minutes ->
    [one] हमने अभी-अभी एक संदेश भेजा है। कृपया एक मिनट रुकें, फिर से कोशिश करें।
   *[other] हमने हाल ही में कई संदेश भेजे हैं। कृपया { $minutes } मिनट रुकें, फिर से कोशिश करें।
}
ui-something-wrong = हमारी ओर से कुछ गड़बड़ हो गई। कृपया कुछ मिनट बाद फिर से कोशिश करें।

## साइन-अप
signup-heading = अपने वोट-बाय-मेल मतपत्र को ट्रैक करें
signup-intro = पहले, मतदाता सूची में आपको खोजते हैं। अपनी जानकारी ठीक वैसे ही दर्ज करें जैसे आपने मतदाता पंजीकरण के समय दी थी।
signup-first-name = पहला नाम
signup-first-name-hint = जैसा आपके मतदाता पंजीकरण में लिखा है (अंग्रेज़ी अक्षरों में)।
signup-last-name = अंतिम नाम (उपनाम)
signup-date-of-birth = जन्म तिथि
signup-date-of-birth-hint = पहले महीना, फिर दिन, फिर वर्ष: उदाहरण के लिए 01-23-1980 (23 जनवरी 1980)।
signup-zip = आपके कैलिफ़ोर्निया वाले घर के पते का ZIP कोड
signup-zip-hint = वह आवासीय पता जिससे आपने मतदान के लिए पंजीकरण कराया है, भले ही आपकी डाक कहीं और जाती हो।
signup-voter-id = मतदाता ID
signup-voter-id-hint = अक्षर और अंक, बिना स्पेस या डैश के।
signup-submit = मुझे खोजें
signup-submitting = आपको खोजा जा रहा है…
signup-check-details = कृपया ये विवरण जाँचें
signup-not-found-heading = हम आपको मतदाता सूची में नहीं खोज पाए
signup-check-registration = अपना मतदाता पंजीकरण जाँचें

## पोर्टल
portal-hello = नमस्ते, { $name } जी
portal-registered-in = { $county } काउंटी में पंजीकृत
portal-sign-out = साइन आउट करें
portal-sign-out-everywhere = हर जगह से साइन आउट करें
portal-signed-out-everywhere = आप हर डिवाइस और ब्राउज़र से साइन आउट हो गए हैं, इस ब्राउज़र से भी।
portal-loading = लोड हो रहा है…
portal-reload = फिर से जाँचें
portal-sections = इस पेज के भाग
portal-go-ballot = आपका मतपत्र
portal-go-reach = हम आपसे कैसे संपर्क करें
portal-go-settings = सेटिंग्स

## मतपत्र
ballots-heading = आपका मतपत्र
ballots-loading = आपका मतपत्र लोड हो रहा है…
ballots-none = अभी हमारे पास आपके लिए कोई वोट-बाय-मेल मतपत्र नहीं है। काउंटियाँ चुनाव के दिन से लगभग एक महीना पहले मतपत्र डाक से भेजती हैं। तब फिर से देखें, या नीचे चुनें कि आपका मतपत्र भेजे जाने पर हम आपको कैसे बताएँ।
ballot-election-day = चुनाव का दिन: { $date }
ballot-county = { $county } काउंटी
ballot-replaced = बदल दिया गया: आपको एक नया मतपत्र भेजा गया है, इसलिए यह मतपत्र अब मान्य नहीं है। नए मतपत्र का उपयोग करें।
ballot-now = अभी यह कहाँ है
ballot-steps = आपके मतपत्र के चरण
ballot-step-mailed = आपको डाक से भेजा गया
ballot-step-delivered = पहुँचा दिया गया
ballot-step-received = आपकी काउंटी को मिल गया
ballot-step-counted = गिन लिया गया
ballot-step-done = पूरा हुआ
ballot-step-current = अभी
ballot-step-upcoming = अभी नहीं
ballot-step-preparing = आपकी काउंटी इसे तैयार कर रही है
ballot-step-expected = पहुँचने की अनुमानित तारीख: { $date }
ballot-step-undeliverable = पहुँचाया नहीं जा सका
ballot-step-returning = आपकी काउंटी को वापस जा रहा है
ballot-step-in-review = जाँच हो रही है
ballot-step-needs-you = आपके हस्ताक्षर की ज़रूरत है
ballot-step-not-counted = नहीं गिना गया
ballot-step-in-person = आपने स्वयं जाकर मतदान किया
ballot-expected-delivery = डाक सेवा आपका मतपत्र { $date } को पहुँचाने की उम्मीद करती है।
ballot-return-by = अपना भरा हुआ मतपत्र चुनाव के दिन, { $election_day }, तक लौटाएँ। अगर आप इसे डाक से भेजते हैं, तो उस पर { $election_day } या उससे पहले की डाक मुहर होनी चाहिए, और इसे { $deadline } तक पहुँचना चाहिए।
ballot-history = अब तक क्या हुआ है
ballot-history-empty = अभी तक कुछ भी दर्ज नहीं हुआ है।

## हर स्थिति और कारण, सरल शब्दों में।

## हस्ताक्षर की समस्या ठीक करना ("cure")।
cure-heading = कार्रवाई ज़रूरी: जब तक आप कदम नहीं उठाते, आपका मतपत्र नहीं गिना जाएगा
cure-deadline = अंतिम समय: { $date } को शाम 5 बजे
cure-no-deadline = जितनी जल्दी हो सके करें: समय-सीमा आपकी काउंटी तय करती है, जो चुनाव के दिन के कुछ ही समय बाद होती है।
cure-steps = क्या करें
cure-form-link = फ़ॉर्म डाउनलोड करें
cure-contact = कोई प्रश्न? { $contact }

## हम आपसे कैसे संपर्क करें
reach-heading = हम आपसे कैसे संपर्क करें
reach-intro = चुनें कि आपके मतपत्र की स्थिति बदलने पर हम आपको कैसे बताएँ। आप एक से अधिक तरीके चुन सकते हैं।
reach-loading = आपकी सेटिंग्स लोड हो रही हैं…
kind-email = ईमेल
kind-sms = टेक्स्ट संदेश
kind-voice = फ़ोन कॉल
kind-email-switch = ईमेल से अपडेट
kind-sms-switch = टेक्स्ट संदेश से अपडेट
kind-voice-switch = फ़ोन कॉल से अपडेट
state-none = बंद
state-off = बंद (बंद किया गया)
state-pending = आपकी पुष्टि की प्रतीक्षा है
state-on = चालू
state-failed = काम नहीं कर रहा
method-sends-to = अपडेट { $address } पर भेजे जाते हैं।
method-from-email = हमारे ईमेल { $sender } से आते हैं। इनबॉक्स में नहीं दिख रहे? अपना स्पैम या जंक फ़ोल्डर देखें।
method-from-sms = हमारे टेक्स्ट संदेश { $sender } से आते हैं।
method-from-voice = हमारी कॉल { $sender } से आती हैं: एक छोटा रिकॉर्ड किया हुआ संदेश।
method-pending-email = हमने { $address } पर एक ईमेल भेजा है। ईमेल अपडेट चालू करने के लिए उसमें दिया गया लिंक खोलें। लिंक 48 घंटे तक काम करता है।
method-pending-sms = हमने { $address } पर एक टेक्स्ट संदेश भेजा है। टेक्स्ट अपडेट चालू करने के लिए उस संदेश के जवाब में हाँ (या YES) भेजें।
method-pending-voice = हम { $address } पर 6 अंकों के कोड के साथ कॉल कर रहे हैं। कॉल अपडेट चालू करने के लिए वह कोड यहाँ लिखें। कोड 30 मिनट तक काम करता है।
method-voice-code = कॉल में बताया गया कोड
method-voice-code-hint = 6 अंक। कॉल में कोड दो बार बोला जाता है।
method-voice-confirm = पुष्टि करें
method-failed-rejected = हम { $address } पर नहीं भेज पाए: उस पर हमारे संदेश नहीं पहुँच सकते। इसे जाँचें और फिर से दर्ज करें।
method-failed-stopped = { $address } से STOP (रोकें) का जवाब आया था, इसलिए हम उस पर टेक्स्ट संदेश नहीं भेज सकते। फिर से टेक्स्ट पाने के लिए, उसी फ़ोन से { $sender } पर START (शुरू) लिखकर भेजें, फिर यहाँ टेक्स्ट संदेश चालू करें।
method-failed-other = { $address } पर संदेश नहीं पहुँच सके। इसे जाँचें और फिर से दर्ज करें।
method-failed-invalid-number = फ़ोन कंपनी के अनुसार { $address } पर हमारे संदेश नहीं पहुँच सकते (यह मोबाइल नंबर नहीं है, या अब चालू नहीं है)। कोई दूसरा नंबर दर्ज करें।
method-failed-opted-out = फ़ोन कंपनी के अनुसार { $address } पर हमारे टेक्स्ट संदेश ब्लॉक किए गए हैं। उन्हें फिर से पाने के लिए, उसी फ़ोन से { $sender } पर START (शुरू) लिखकर भेजें, फिर यहाँ टेक्स्ट संदेश चालू करें।
method-off = { $address } पर अपडेट बंद कर दिए गए।
method-resend = फिर से भेजें
method-resent = फिर से भेज दिया गया। पहुँचने में कुछ मिनट लग सकते हैं।
method-check-again = मैंने पुष्टि कर दी है: फिर से जाँचें
method-still-pending = अभी पुष्टि नहीं हुई है। लिंक खोलें या जवाब में हाँ (YES) भेजें, फिर दोबारा जाँचें।
method-change = कोई दूसरा उपयोग करें
method-save = सहेजें और भेजें
method-save-voice = सहेजें
method-saving = भेजा जा रहा है…
method-cancel = रद्द करें
method-working = काम जारी है…
address-email = ईमेल पता
address-email-hint = उदाहरण के लिए name@example.com — यह पता आपका ही है, इसकी पुष्टि के लिए हम एक लिंक भेजते हैं।
address-sms = मोबाइल फ़ोन नंबर
address-sms-hint = अमेरिका का नंबर, उदाहरण के लिए (916) 555-0123। यह नंबर आपका ही है, इसकी पुष्टि के लिए हम इस पर टेक्स्ट संदेश भेजते हैं। संदेश और डेटा शुल्क लग सकते हैं।
address-voice = कॉल के लिए फ़ोन नंबर
address-voice-hint = अमेरिका का नंबर, उदाहरण के लिए (916) 555-0123। हम तुरंत इस पर कॉल करके 6 अंकों का कोड बताते हैं, जिसे आपको यहाँ लिखना होगा।
# $language: मतदाता की भाषा, उसी भाषा में लिखा नाम।
voice-in-english = हमारी कॉल अभी { $language } में नहीं हो सकतीं, इसलिए आपको कॉल अंग्रेज़ी में आएँगी। ईमेल और टेक्स्ट संदेश { $language } में आते हैं।

## संपर्क का समय और भाषा
hours-heading = हम आपसे कब संपर्क कर सकते हैं
hours-intro = हम टेक्स्ट संदेश और कॉल केवल इस समय के बीच भेजते हैं। ईमेल किसी भी समय आ सकते हैं।
hours-from = कब से
hours-until = कब तक
hours-time-zone = समय क्षेत्र
hours-save = संपर्क का समय सहेजें
hours-saving = सहेजा जा रहा है…
hours-saved = सहेज लिया गया। हम आपसे { $from } से { $until } तक संपर्क करेंगे।
language-heading = भाषा
language-intro = इस पेज की और आपको भेजे जाने वाले संदेशों की भाषा।
language-saving = सहेजा जा रहा है…
language-saved = सहेज लिया गया।
tz-America-Los_Angeles = पैसिफ़िक समय (कैलिफ़ोर्निया)
tz-America-Phoenix = एरिज़ोना
tz-America-Denver = माउंटेन समय
tz-America-Chicago = सेंट्रल समय
tz-America-New_York = ईस्टर्न समय
tz-America-Anchorage = अलास्का
tz-Pacific-Honolulu = हवाई
tz-America-Mexico_City = मेक्सिको सिटी
tz-Europe-London = लंदन
tz-Europe-Berlin = मध्य यूरोप (बर्लिन, पेरिस, मैड्रिड)
tz-Asia-Manila = मनीला
tz-Asia-Tokyo = टोक्यो
tz-Australia-Sydney = सिडनी

## सभी सूचनाएँ
notifications-heading = सभी सूचनाएँ
notifications-on-text = आपको ऊपर चुने गए तरीकों से अपडेट मिलते हैं।
notifications-off-explained = हम आपके मतपत्र के बारे में आपको ईमेल, टेक्स्ट संदेश या कॉल नहीं भेजेंगे। यह पेज दिखाता रहेगा कि आपका मतपत्र कहाँ है।
notifications-turn-off = सभी सूचनाएँ बंद करें
notifications-turning-off = बंद किया जा रहा है…
notifications-are-off = सूचनाएँ बंद हैं। हम आपके मतपत्र के बारे में आपको ईमेल, टेक्स्ट संदेश या कॉल नहीं भेजेंगे। यह पेज अब भी दिखाता है कि आपका मतपत्र कहाँ है।
notifications-turn-on = सूचनाएँ फिर से चालू करें
notifications-turning-on = चालू किया जा रहा है…

## यह आप ही हैं, इसकी जाँच (एक बार इस्तेमाल होने वाला कोड)
verify-heading = पहले, पुष्टि करते हैं कि यह आप ही हैं
verify-why = आपका नाम, जन्म तिथि और ZIP कोड सार्वजनिक रिकॉर्ड हैं, इसलिए कोई भी इन्हें दर्ज कर सकता है। आपकी सूचनाओं में कोई भी बदलाव करने से पहले, हम एक बार इस्तेमाल होने वाला कोड ऐसे संपर्क पर भेजते हैं जिसकी पुष्टि आपने साइन इन करने से कम से कम एक दिन पहले की थी।
verify-choose = हम कोड कहाँ भेजें?
verify-to-email = { $address } पर ईमेल
verify-to-sms = { $address } पर टेक्स्ट संदेश
verify-to-voice = { $address } पर कॉल
verify-send = कोड भेजें
verify-sending = भेजा जा रहा है…
verify-sent = हमने { $address } पर एक कोड भेजा है। यह { $minutes } मिनट तक काम करता है।
verify-code = कोड
verify-code-hint = 6 अंक
verify-check = पुष्टि करें
verify-checking = जाँच हो रही है…
verify-new-code = नया कोड भेजें
verify-cancel = रद्द करें
verify-no-method = आपका कोई भी संपर्क अभी कोड प्राप्त नहीं कर सकता। आपकी सुरक्षा के लिए, कोड केवल ऐसे संपर्क पर भेजा जाता है जिसकी पुष्टि आपने साइन इन करने से कम से कम एक दिन पहले की थी।
verify-wrong-code = यह कोड स्वीकार नहीं हुआ। इसे जाँचें, या नया कोड माँगें।

## ईमेल में भेजे गए पुष्टि लिंक से खुलने वाला पेज
confirm-heading = आपके ईमेल पते की पुष्टि
confirm-working = एक क्षण रुकें: हम आपके ईमेल पते की पुष्टि कर रहे हैं…
confirm-intro = इस पते के लिए ईमेल अपडेट चालू करने के लिए बटन दबाएँ।
confirm-button = मेरे ईमेल पते की पुष्टि करें
confirm-done-heading = आपके ईमेल पते की पुष्टि हो गई है
confirm-done = ईमेल अपडेट अब चालू हैं। आपके मतपत्र की स्थिति बदलने पर हम आपको ईमेल करेंगे।
confirm-back = अगर ट्रैकर किसी दूसरे टैब में अभी भी खुला है, तो उस पर वापस जाएँ और "फिर से जाँचें" चुनें। या अपना मतपत्र देखने के लिए ट्रैकर खोलें।
confirm-expired-heading = इस लिंक की समय-सीमा समाप्त हो गई है
confirm-expired = पुष्टि के लिंक 48 घंटे तक काम करते हैं। अपनी जानकारी फिर से खोजें और अपने ईमेल पते के पास "फिर से भेजें" चुनें।
confirm-invalid-heading = यह लिंक अब काम नहीं करता
confirm-invalid = हो सकता है इसका उपयोग पहले ही हो चुका हो, या इसकी जगह नया लिंक भेजा गया हो। अगर आप अपने ईमेल की पुष्टि पहले ही कर चुके हैं, तो आपको और कुछ नहीं करना है। जाँचने के लिए अपनी जानकारी फिर से खोजें।
confirm-missing = इस पेज के लिए हमारे ईमेल वाला लिंक ज़रूरी है। हमारे भेजे गए ईमेल में दिया गया लिंक खोलें।
confirm-open-tracker = ट्रैकर खोलें

## ईमेल बंद करने (अनसब्सक्राइब) के लिंक से खुलने वाला पेज
unsubscribe-heading = अपने मतपत्र के बारे में ईमेल बंद करें
undo-heading = बदलाव वापस लें
undo-intro = इससे वह बदलाव वापस हो जाएगा जिसके बारे में हमारे संदेश ने आपको बताया था, और आपके नाम से साइन इन किए हुए सभी लोग साइन आउट हो जाएँगे।
undo-button = यह बदलाव वापस लें
undo-working = वापस लिया जा रहा है…
undo-done-heading = बदलाव वापस ले लिया गया
undo-next = अगर यह बदलाव किसी और ने किया था, तो आप फिर से साइन इन करके अपनी सेटिंग्स जाँच सकते हैं।
undo-invalid = बदलाव वापस लेने का यह लिंक मान्य नहीं है। जाँचें कि आपने हमारे संदेश का पूरा लिंक खोला है।
unsubscribe-intro = इस पते पर हमारे ईमेल बंद करने के लिए बटन दबाएँ। आप इस साइट पर किसी भी समय इन्हें फिर से चालू कर सकते हैं।
unsubscribe-button = ये ईमेल बंद करें
unsubscribe-working = बंद किया जा रहा है…
unsubscribe-done-heading = हो गया: अब ईमेल नहीं आएँगे
unsubscribe-done = हम इस पते पर आपके मतपत्र के बारे में और ईमेल नहीं भेजेंगे। आप अब भी इस साइट पर देख सकते हैं कि आपका मतपत्र कहाँ है, और वहीं ईमेल फिर से चालू कर सकते हैं।
unsubscribe-invalid = ईमेल बंद करने का यह लिंक काम नहीं करता। सूचनाएँ बंद करने के लिए इस साइट पर अपनी जानकारी खोजें।

## जो पेज मौजूद नहीं हैं
not-found-heading = पेज नहीं मिला
not-found = यह पेज मौजूद नहीं है। अपना मतपत्र देखने के लिए ट्रैकर के होम पेज पर जाएँ।

## फ़ील्ड के पास दिखने वाली त्रुटियाँ।
field-error-first_name-required = अपना पहला नाम वैसे ही दर्ज करें जैसा वह आपके मतदाता पंजीकरण में लिखा है।
field-error-first_name-too_long = पहला नाम अधिकतम 64 अक्षरों का हो सकता है।
field-error-first_name-characters = पहले नाम में केवल अक्षर, स्पेस, हाइफ़न (-), अपॉस्ट्रॉफ़ी (') और पूर्ण विराम (.) हो सकते हैं।
field-error-last_name-required = अपना अंतिम नाम वैसे ही दर्ज करें जैसा वह आपके मतदाता पंजीकरण में लिखा है।
field-error-last_name-too_long = अंतिम नाम अधिकतम 64 अक्षरों का हो सकता है।
field-error-last_name-characters = अंतिम नाम में केवल अक्षर, स्पेस, हाइफ़न (-), अपॉस्ट्रॉफ़ी (') और पूर्ण विराम (.) हो सकते हैं।
field-error-date_of_birth-required = अपनी जन्म तिथि दर्ज करें।
field-error-date_of_birth-format = अपनी जन्म तिथि MM-DD-YYYY (महीना-दिन-वर्ष) के रूप में, डैश के साथ दर्ज करें: उदाहरण के लिए 01-23-1980।
field-error-date_of_birth-not_a_date = यह तारीख मौजूद नहीं है। महीना (MM) और दिन (DD) जाँचें।
field-error-date_of_birth-too_early = जन्म तिथि 01-01-1900 से पहले की नहीं हो सकती। MM-DD-YYYY (महीना-दिन-वर्ष) प्रारूप का उपयोग करें: उदाहरण के लिए 01-23-1980।
field-error-date_of_birth-in_future = जन्म तिथि भविष्य की नहीं हो सकती।
field-error-date_of_birth-too_young = मतदाता सूची में शामिल लोगों की आयु कम से कम 16 वर्ष होती है। आपने जो वर्ष दर्ज किया है, उसे जाँचें।
field-error-birth_year-required = अपने जन्म का वर्ष दर्ज करें।
field-error-birth_year-format = अपने जन्म का वर्ष चार अंकों में दर्ज करें: उदाहरण के लिए 1980।
field-error-birth_year-too_early = जन्म का वर्ष 1900 से पहले का नहीं हो सकता।
field-error-birth_year-in_future = जन्म का वर्ष भविष्य का नहीं हो सकता।
field-error-birth_year-too_young = मतदाता सूची में शामिल लोगों की आयु कम से कम 16 वर्ष होती है। आपने जो वर्ष दर्ज किया है, उसे जाँचें।
field-error-birth_year-conflict = या तो पूरी जन्म तिथि दें या केवल जन्म का वर्ष, दोनों नहीं।
field-error-zip-required = अपने कैलिफ़ोर्निया वाले घर के पते का ZIP कोड दर्ज करें।
field-error-zip-format = ZIP कोड में 5 अंक होते हैं, उदाहरण के लिए 95814 (या 95814-1234)।
field-error-zip-not_california = कैलिफ़ोर्निया के उस घर के पते का ZIP कोड दें जिससे आपने मतदान के लिए पंजीकरण कराया है, भले ही आप विदेश में रहते हों या आपकी डाक किसी दूसरे पते पर आती हो।
field-error-voter_id-required = अपनी मतदाता ID दर्ज करें।
field-error-voter_id-format = मतदाता ID में अधिकतम 20 अक्षर और अंक होते हैं, बिना स्पेस या डैश के।
field-error-address-email-required = अपना ईमेल पता दर्ज करें।
field-error-address-email-format = ऐसा ईमेल पता दर्ज करें जो name@example.com जैसा हो।
field-error-address-phone-required = अपना फ़ोन नंबर दर्ज करें।
field-error-address-phone-format = अमेरिका का 10 अंकों का फ़ोन नंबर दर्ज करें, उदाहरण के लिए (916) 555-0123।
field-error-address-phone-not_assignable = यह अमेरिका का मान्य फ़ोन नंबर नहीं है: एरिया कोड और उसके बाद के पहले तीन अंक जाँचें।
field-error-contact_hours-from-format = समय HH:MM के रूप में, 24-घंटे की घड़ी के अनुसार दर्ज करें: उदाहरण के लिए 08:00 या 20:30।
field-error-contact_hours-until-format = समय HH:MM के रूप में, 24-घंटे की घड़ी के अनुसार दर्ज करें: उदाहरण के लिए 08:00 या 20:30।
field-error-contact_hours-until-too_short = संपर्क का समय कम से कम 3 घंटे का होना चाहिए, ताकि आपकी सूचनाएँ आप तक पहुँच सकें।
field-error-contact_hours-time_zone-unknown_time_zone = सूची में से कोई समय क्षेत्र चुनें (उदाहरण के लिए America/Los_Angeles)।
field-error-language-unsupported = सूची में दी गई भाषाओं में से कोई एक चुनें।
field-error-code-format = हमारा भेजा हुआ 6 अंकों का कोड दर्ज करें।
field-error-code-not_accepted = यह कोड स्वीकार नहीं हुआ। इसे जाँचें या नया कोड माँगें।
# कोड स्वीकार न होने का कारण। $left: बचे हुए प्रयास।
field-error-code-none_waiting = कोई कोड प्रतीक्षा में नहीं है: नया कोड माँगें।
field-error-code-used_up = इस कोड की समय-सीमा समाप्त हो गई है या इसे बहुत बार आज़माया जा चुका है: नया कोड माँगें।
field-error-code-wrong = यह वह कोड नहीं है जो हमने भेजा था। बचे हुए प्रयास: { $left }।
field-error-code-wrong_last = यह वह कोड नहीं है जो हमने भेजा था, और इसे फिर से आज़माया नहीं जा सकता: नया कोड माँगें।
