# Mensajes que el servicio envía a los votantes, en español.

language-name = Español

# How texts in this language are sent (not words: keep as is): gsm-7 drops the accents GSM-7 lacks
# (160 characters a segment); ucs-2 carries every script (70 characters a segment).
sms-alphabet = gsm-7

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

## Un cambio en cómo contactar al votante, avisado a las formas de contacto que ya había confirmado.
change-email-subject = Un cambio en cómo { $service } le contacta
change-email-body =
    Hola, { $name }:

    { $what }

    Si usted hizo este cambio, no tiene que hacer nada.
    Si no lo hizo, deshágalo aquí (el enlace funciona una vez, durante { $days } días): { $undo }
    Al deshacerlo también se cierra la sesión de cualquiera que haya entrado como usted.
change-sms = { $service }: { $what } ¿No fue usted? Deshágalo: { $undo }
change-voice = Hola, le llama { $service }. { $what } Si no fue usted, visite { $site } o abra el enlace de nuestro correo o texto para deshacerlo.
change-method-added = Se agregó una nueva forma de contactarle: { $method }.
change-method-replaced = Se cambió una forma de contactarle: { $old } ahora es { $method }.
change-method-removed = Se quitó una forma de contactarle: { $method }.
change-notifications-off = Se desactivaron los avisos sobre su boleta.
change-notifications-on = Se volvieron a activar los avisos sobre su boleta.
change-language = Los mensajes ahora estarán en { $language }.
change-contact-hours = Su horario de contacto ahora es de { $from } a { $until } ({ $zone }).
undone-method-removed = Quitamos { $method } y cerramos la sesión de cualquiera que haya entrado como usted.
undone-method-back = Volvimos a poner { $method } como estaba y cerramos la sesión de cualquiera que haya entrado como usted.
undone-preferences = Volvimos a poner su configuración como estaba y cerramos la sesión de cualquiera que haya entrado como usted.
undone-nothing-to-put-back = Ese cambio ya había sido reemplazado por otro. Cerramos la sesión de cualquiera que haya entrado como usted.

voice-confirm = Hola, le llama { $service }. Para confirmar las llamadas sobre su boleta por correo, escriba este código en el sitio web: { $spoken }. Otra vez, su código es { $spoken }. Si usted no pidió llamadas, cuelgue: no volveremos a llamar.

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

## Problemas: lo que responde la API cuando no puede hacer lo que se pidió (`title` y `detail`).
problem-invalid-fields-title = Algunos campos no están bien completados
problem-invalid-fields-detail = Corrija los campos indicados en `errors` y envíe la solicitud de nuevo.
problem-malformed-json-title = No se pudo leer el cuerpo de la solicitud
problem-malformed-json-detail = El cuerpo no es JSON válido para esta dirección: { $reason }.
problem-unreadable-body-title = No se pudo leer el cuerpo de la solicitud
problem-unreadable-body-detail = No se pudo leer el cuerpo: { $reason }.
problem-unreadable-form-title = No se pudo leer el cuerpo de la solicitud
problem-unreadable-form-detail = No se pudo leer el formulario: { $reason }.
problem-not-a-json-array-title = No se pudo leer el cuerpo de la solicitud
problem-not-a-json-array-detail = El cuerpo no es una lista JSON de objetos: { $reason }.
problem-not-utf8-title = No se pudo leer el cuerpo de la solicitud
problem-not-utf8-detail = El cuerpo no es texto UTF-8: { $reason }.
problem-csv-header-title = No se pudo leer el cuerpo de la solicitud
problem-csv-header-detail = No se puede leer el encabezado CSV: { $reason }.
problem-unsupported-media-type-title = Tipo de contenido no admitido
problem-unsupported-media-type-detail = Envíe el cuerpo con un `Content-Type` que esta dirección acepte: { $expected }.
problem-payload-too-large-title = El cuerpo de la solicitud es demasiado grande
problem-payload-too-large-detail = Esta dirección acepta como máximo { $limit } bytes.
problem-unauthorized-title = Vuelva a iniciar sesión
problem-unauthorized-detail = Su sesión terminó o no es válida. Búsquese de nuevo para continuar.
problem-missing-scope-title = No permitido
problem-missing-scope-detail = Esta dirección necesita el permiso `{ $scope }`, que su token no tiene.
problem-other-county-title = No permitido
problem-other-county-detail = Su cliente actúa solo para el condado { $own }, no para el condado { $county }.
problem-bad-signature-title = No permitido
problem-bad-signature-detail = La firma de la solicitud no coincide.
problem-oauth-bad-basic-title = Se rechazó la solicitud de token
problem-oauth-bad-basic-detail = El encabezado Authorization no tiene credenciales HTTP Basic válidas.
problem-oauth-no-grant-title = Se rechazó la solicitud de token
problem-oauth-no-grant-detail = Envíe grant_type=client_credentials.
problem-oauth-grant-title = Se rechazó la solicitud de token
problem-oauth-grant-detail = Solo se admite la concesión client_credentials.
problem-oauth-two-credentials-title = Se rechazó la solicitud de token
problem-oauth-two-credentials-detail = Identifíquese con HTTP Basic o con campos del formulario, no con ambos.
problem-oauth-no-credentials-title = Se rechazó la solicitud de token
problem-oauth-no-credentials-detail = Identifíquese con el id y el secreto de su cliente.
problem-oauth-unknown-scope-title = Se rechazó la solicitud de token
problem-oauth-unknown-scope-detail = Los permisos son ballots:write, voters:write, stats:read y ballots:read.
problem-oauth-bad-client-title = Se rechazó la solicitud de token
problem-oauth-bad-client-detail = El id o el secreto del cliente no son correctos, o el cliente fue revocado.
problem-oauth-scope-not-allowed-title = Se rechazó la solicitud de token
problem-oauth-scope-not-allowed-detail = El cliente no puede tener todos los permisos pedidos.
problem-no-such-county-title = No existe ese condado
problem-no-such-county-detail = Los condados van del 01 (Alameda) al 58 (Yuba).
problem-no-such-election-title = No existe esa elección
problem-no-such-election-detail = Este condado no tiene ninguna elección con este id.
problem-batch-too-large-title = El lote es demasiado grande
problem-batch-too-large-detail = Envíe como máximo { $rows } filas por solicitud; divida los lotes más grandes.
problem-voter-not-found-title = No lo encontramos en el padrón electoral
problem-voter-not-found-detail = Verifique que su nombre, apellido, fecha de nacimiento y código postal estén escritos exactamente como en su inscripción. Si se inscribió o cambió su inscripción en los últimos días, puede que aún no nos haya llegado: inténtelo más tarde. Puede verificar su inscripción en { $url }.
problem-voter-id-needed-title = Necesitamos su número de identificación de votante
problem-voter-id-needed-detail = Más de un votante inscrito tiene estos datos. Agregue su número de identificación de votante para que podamos distinguirlo. { $help } { $office }
problem-voter-id-help = Su número de identificación de votante aparece en su tarjeta de notificación de votante y en su boleta de muestra. La oficina electoral de su condado, o la línea de ayuda para votantes de la Secretaría de Estado, también se lo pueden decir.
problem-too-many-requests-title = Demasiados intentos
problem-too-many-requests-detail = Para proteger la privacidad de todos, las búsquedas son limitadas. Inténtelo de nuevo en { $minutes } minuto(s).
problem-too-many-messages-title = Demasiados mensajes por ahora
problem-too-many-messages-detail = Limitamos cuántas confirmaciones y códigos enviamos, para que nadie pueda llenar un buzón o un teléfono. Inténtelo de nuevo en { $minutes } minuto(s).
problem-verification-needed-title = Primero ingrese el código que le enviamos
problem-verification-needed-detail = Cuando ya tiene una forma de contacto confirmada, cambiar sus avisos necesita un código de un solo uso: lo enviamos a una forma de contacto confirmada al menos un día antes de que usted entrara. Su nombre, fecha de nacimiento y código postal son información pública, así que por sí solos no pueden proteger estos cambios.
problem-no-such-message-title = No existe ese mensaje
problem-no-such-message-detail = Este informe no corresponde a ningún mensaje enviado por este servicio.
problem-number-stopped-title = Este número nos pidió dejar de enviarle textos
problem-number-stopped-detail = Alguien respondió STOP desde este número, así que no podemos enviarle textos. Para volver a recibirlos, envíe START al { $sender } desde este teléfono y luego agregue el número aquí.
problem-nothing-to-confirm-title = No hay nada que confirmar
problem-nothing-to-confirm-detail = Solo una forma de contacto que espera confirmación puede recibir su confirmación de nuevo.
problem-no-such-method-title = No existe esa forma de contacto
problem-no-such-method-detail = No hay { $kind ->
        [email] correo electrónico
        [sms] número para textos
       *[voice] número para llamadas
    } que quitar.
problem-code-to-unconfirmed-title = Los códigos solo van a formas de contacto confirmadas
problem-code-to-unconfirmed-detail = Elija una forma de contacto activada (confirmada). Si no tiene ninguna, nada necesita un código.
problem-confirmation-expired-title = Este enlace venció
problem-confirmation-expired-detail = Los enlaces de confirmación funcionan durante { $hours } horas. Búsquese de nuevo y elija «enviar de nuevo» junto a su correo electrónico.
problem-confirmation-invalid-title = Este enlace no es válido
problem-confirmation-invalid-detail = Puede que ya se haya usado, o que uno más nuevo lo haya reemplazado. Búsquese de nuevo para ver si su correo electrónico está confirmado.
problem-unsubscribe-invalid-title = Este enlace para darse de baja no es válido
problem-unsubscribe-invalid-detail = Búsquese en el sitio para desactivar las notificaciones.
problem-method-too-new-title = Esta forma de contacto todavía no puede recibir códigos
problem-method-too-new-detail = Para protegerle, un código solo va a una forma de contacto confirmada al menos { $hours } horas antes de que usted entrara. Elija otra, o vuelva a entrar en unas { $wait } horas.
problem-undo-invalid-title = Este enlace para deshacer no es válido
problem-undo-invalid-detail = Revise que abrió el enlace completo de nuestro mensaje.
problem-undo-by-newer-method-title = Este enlace no puede deshacer ese cambio
problem-undo-by-newer-method-detail = El cambio se hizo con un código enviado a una forma de contacto confirmada antes que esta, así que solo un enlace enviado a una forma así puede deshacerlo. Entre y pida un código para cambiarlo.
problem-undo-used-title = Este cambio ya se deshizo
problem-undo-used-detail = Cada enlace para deshacer funciona una vez. En ese momento se cerró la sesión de cualquiera que haya entrado como usted.
problem-undo-expired-title = Este enlace para deshacer venció
problem-undo-expired-detail = Los enlaces para deshacer funcionan durante { $days } días. Entre y pida un código para hacer cambios, o llame a la oficina electoral de su condado.
problem-unsubscribe-outdated-title = Este enlace para darse de baja ya no sirve
problem-unsubscribe-outdated-detail = La dirección a la que se envió cambió o se quitó. Búsquese en el sitio para desactivar las notificaciones.
problem-text-replies-not-set-up-title = El servicio no está disponible por el momento
problem-text-replies-not-set-up-detail = Las respuestas por texto no están configuradas en esta instalación. Inténtelo de nuevo en unos minutos.
problem-database-unreachable-title = El servicio no está disponible por el momento
problem-database-unreachable-detail = No se puede acceder a la base de datos. Inténtelo de nuevo en unos minutos.
problem-unexpected-title = Error interno del servidor
problem-unexpected-detail = Algo salió mal de nuestro lado. Inténtelo de nuevo en unos minutos.
problem-no-such-endpoint-title = No existe esa dirección
problem-no-such-endpoint-detail = No hay nada en esta dirección. La API se describe en /api/v1/openapi.yaml.
