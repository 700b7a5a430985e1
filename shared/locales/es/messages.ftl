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
