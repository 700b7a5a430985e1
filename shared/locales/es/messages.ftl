# Mensajes que el servicio envía a los votantes, en español.

language-name = Español

email-confirm-subject = Confirme su correo electrónico para { $service }
email-confirm-body =
    Hola, { $name }:

    Alguien, esperamos que usted, pidió a { $service } que envíe a este correo electrónico avisos sobre su boleta por correo.

    Para empezar a recibirlos, abra este enlace en las próximas { $hours } horas:
    { $link }

    Si usted no lo pidió, no haga caso a este mensaje: no le enviaremos nada más aquí.

sms-confirm = { $service }: responda SI para recibir textos sobre su boleta por correo. Pueden aplicarse tarifas. Responda ALTO para cancelar, AYUDA para ayuda.
sms-confirmed = { $service }: recibirá un texto cada vez que cambie el estado de su boleta. Responda ALTO para cancelar.
sms-stopped = { $service }: no recibirá más textos nuestros. Responda EMPEZAR para volver a recibirlos.
sms-started = { $service }: volverá a recibir textos sobre su boleta. Responda ALTO para cancelar.
sms-help = { $service }: textos cuando cambia el estado de su boleta, pocos por elección. Pueden aplicarse tarifas. Ayuda: { $contact }. Responda ALTO para cancelar.
sms-help-contact = la oficina electoral de su condado o la línea del Secretario de Estado, 1-800-232-VOTA

keywords-stop = ALTO, PARAR, DETENER, CANCELAR, BAJA
keywords-start = EMPEZAR, REANUDAR
keywords-yes = SI, SÍ
keywords-help = AYUDA

code-email-subject = Su código de { $service }: { $code }
code-email-body =
    Hola, { $name }:

    Su código es { $code }. Sirve durante { $minutes } minutos.

    Escríbalo en la página de { $service } para cambiar cómo recibe avisos sobre su boleta. Si no pidió un código, puede que alguien que conoce su nombre, fecha de nacimiento y código postal intente cambiar sus avisos: no tiene que hacer nada, y nada cambia sin el código.
code-sms = Código de { $service }: { $code }. Sirve durante { $minutes } minutos. Si no lo pidió, no haga caso a este texto.
code-voice = Hola, le llama { $service }. Su código es { $spoken }. Repito, su código es { $spoken }.

method-added-email-subject = Se agregó una nueva forma de contactarle en { $service }
method-added-email-body =
    Hola, { $name }:

    Los avisos sobre su boleta también se enviarán a: { $method } (cuando se confirme).

    Si no fue usted, abra { $link } para desactivarlo.
method-added-sms = { $service }: los avisos de su boleta también irán a { $method }. ¿No fue usted? Desactívelo en { $link }
method-added-voice = Hola, le llama { $service }. Se agregó una nueva forma de contactarle sobre su boleta por correo. Si no fue usted, visite nuestro sitio web para desactivarla.

method-email = correo electrónico { $address }
method-sms = textos a { $address }
method-voice = llamadas a { $address }

email-footer =
    Recibe este correo porque esta dirección se agregó a { $service } para recibir avisos sobre su boleta por correo.
    Para dejar de recibirlos: { $unsubscribe }

status-issued = Su condado preparó su boleta. Todavía no la entregó al Servicio Postal.
status-mailed = Su condado entregó su boleta al Servicio Postal.
status-in_transit = Su boleta va camino a usted; el Servicio Postal la escaneó.
status-expected_delivery = Su boleta va en camino; el Servicio Postal espera entregarla pronto.
status-delivered = El Servicio Postal entregó su boleta en su buzón.
status-undeliverable = El Servicio Postal no pudo entregar su boleta y la devuelve a su condado. Comuníquese con la oficina electoral de su condado para pedir otra.
status-returned_by_voter = Su boleta completada va de regreso a su condado (escaneo del Servicio Postal o buzón de entrega).
status-received = Su condado tiene su boleta completada. Todavía no se contó: primero el condado la revisa.
status-in_review = Su condado está revisando el sobre de su boleta antes de poder contarla.
status-accepted = Su boleta se contó.
status-not_accepted = Su boleta no se contó.
status-voted_in_person = Usted votó en persona, así que esta boleta por correo no se usa.
status-superseded = Esta boleta se reemplazó por una nueva; solo cuenta la nueva.

reason-no_signature = El sobre no estaba firmado. Firme una declaración de boleta sin firma y devuélvala a su condado antes de la fecha límite para que su boleta se cuente.
reason-signature_mismatch = La firma del sobre no coincidió con la de su registro. Devuelva una declaración de verificación de firma a su condado antes de la fecha límite para que su boleta se cuente.
reason-already_voted = Ya se contó otra boleta suya (en persona, por correo o provisional).
reason-ballot_missing = El sobre llegó a su condado sin la boleta adentro.
reason-voter_deceased = Los registros del condado indican que el votante falleció.
reason-late = La boleta tenía matasellos posterior al día de la elección o llegó después de la fecha límite.
reason-other = Su condado no pudo contar esta boleta. Comuníquese con la oficina electoral de su condado para saber por qué.

cure-statement-no_signature = una declaración de boleta sin firma
cure-statement-signature_mismatch = una declaración de verificación de firma
cure-step-form = Pida { $statement } a la oficina electoral del condado de { $county }.
cure-step-form-link = Obtenga { $statement } en { $url }, o en la oficina electoral del condado de { $county }.
cure-step-sign = Llénela y fírmela. Incluya una copia de una identificación si el formulario la pide.
cure-step-return = Devuélvala { $by }: por correo, correo electrónico, fax, un buzón de entrega de boletas o en persona en la oficina electoral.
cure-step-after = Cuando el condado acepte su declaración, su boleta se contará: esta página lo mostrará.
cure-by-date = antes de las 5 p. m. del { $date }
cure-by-unknown = lo antes posible: su condado fija la fecha límite, poco después del día de la elección

date-locale = es_US
date-long = %A %-d de %B de %Y

county-office = Oficina electoral del condado de { $county }: { $contacts }.
county-phone = teléfono { $phone }
county-email = correo electrónico { $email }
county-website = sitio web { $url }

notice-mailed-subject = Su boleta va por correo
notice-mailed-email = El condado de { $county } entregó su boleta para { $election } al Servicio Postal. Suele llegar en una semana.
notice-mailed-sms = { $service }: el condado de { $county } le envió su boleta por correo. Suele llegar en una semana. Sígala: { $link }
notice-mailed-voice = El condado de { $county } le envió su boleta por correo. Suele llegar en una semana.

notice-expected_delivery-subject = Su boleta debería llegar el { $date }
notice-expected_delivery-email = Su boleta para { $election } va en camino. El Servicio Postal espera entregarla el { $date }.
notice-expected_delivery-sms = { $service }: el Servicio Postal espera entregar su boleta del condado de { $county } el { $date }. Sígala: { $link }
notice-expected_delivery-voice = Su boleta va en camino. El Servicio Postal espera entregarla el { $date }.

notice-delivered-subject = Su boleta fue entregada
notice-delivered-email = El Servicio Postal entregó su boleta para { $election }. Márquela, firme el sobre y devuélvala por correo o en un buzón de entrega.
notice-delivered-sms = { $service }: se entregó su boleta del condado de { $county }. Fírmela y devuélvala por correo o en un buzón. { $link }
notice-delivered-voice = El Servicio Postal entregó su boleta. Firme el sobre y devuélvala por correo o en un buzón de entrega.

notice-undeliverable-subject = No se pudo entregar su boleta
notice-undeliverable-email =
    El Servicio Postal no pudo entregar su boleta para { $election } y la devuelve al condado de { $county }.

    Pida una boleta nueva al condado y revise que su dirección postal esté bien. { $contact }
notice-undeliverable-sms = { $service }: no se pudo entregar su boleta del condado de { $county }. Pida otra al condado. { $link }
notice-undeliverable-voice = El Servicio Postal no pudo entregar su boleta y la devuelve al condado. Llame a la oficina electoral del condado de { $county } para pedir otra.

notice-received-subject = Su condado tiene su boleta (aún no se contó)
notice-received-email = El condado de { $county } recibió su boleta para { $election }. Todavía no se contó: primero el condado revisa el sobre. Le avisaremos cuando se cuente.
notice-received-sms = { $service }: el condado de { $county } tiene su boleta. Aún no se contó; primero la revisan. Le avisaremos cuando se cuente.
notice-received-voice = El condado de { $county } recibió su boleta. Todavía no se contó. Primero el condado la revisa, y le avisaremos cuando se cuente.

notice-in_review-subject = Acción necesaria: su boleta aún no puede contarse
notice-in_review-email =
    El condado de { $county } todavía no puede contar su boleta para { $election }. { $reason }

    Qué hacer:
    { $steps }
notice-in_review-sms = { $service }: ACCIÓN NECESARIA. El condado de { $county } no puede contar su boleta hasta que corrija la firma, { $deadline }. Formulario: { $form }
notice-in_review-voice = El condado de { $county } todavía no puede contar su boleta, por un problema con la firma del sobre. Puede corregirlo { $deadline }. Llame a la oficina electoral del condado para saber cómo.

notice-accepted-subject = Su boleta se contó
notice-accepted-email = El condado de { $county } contó su boleta para { $election }. Gracias por votar.
notice-accepted-sms = { $service }: el condado de { $county } contó su boleta. Gracias por votar.
notice-accepted-voice = El condado de { $county } contó su boleta. Gracias por votar.

notice-not_accepted-subject = Su boleta no se contó
notice-not_accepted-email = El condado de { $county } no contó su boleta para { $election }. { $reason }
notice-not_accepted-sms = { $service }: el condado de { $county } no contó su boleta. Vea por qué y qué puede hacer: { $link }
notice-not_accepted-voice = El condado de { $county } no contó su boleta. Llame a la oficina electoral del condado para saber por qué.

notice-reminder-subject = Recordatorio: devuelva su boleta a más tardar el { $date }
notice-reminder-email = El condado de { $county } todavía no recibió su boleta para { $election }. Envíela por correo con matasellos a más tardar el { $date } para que llegue antes del { $deadline }, o llévela a un buzón de entrega o centro de votación antes de las 8 p. m. del { $date }. Si ya la envió, gracias: puede tardar unos días en llegar.
notice-reminder-sms = { $service }: el condado de { $county } aún no recibió su boleta. Envíela a más tardar el { $date } o llévela a un buzón antes de las 8 p. m. ese día.
notice-reminder-voice = El condado de { $county } todavía no recibió su boleta. Envíela por correo a más tardar el { $date }, o llévela a un buzón de entrega antes de las 8 de la noche de ese día.

notice-email-greeting = Hola, { $name }:
notice-email-track = Vea cada paso de su boleta en { $link }
notice-email-contact = ¿Preguntas? { $contact }
notice-email-contact-unknown = ¿Preguntas? Llame a la oficina electoral del condado de { $county }.
notice-email-trust = { $service } envía estos avisos para su condado. Nunca le pediremos su número de Seguro Social, su contraseña ni un pago.
notice-voice-open = Hola, le llama { $service }, con noticias de su boleta por correo del condado de { $county }.
notice-voice-close = Si tiene preguntas, llame al { $callback }. Repito, el número es { $callback }. Adiós.
date-short = %-d %b
