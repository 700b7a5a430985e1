# Las palabras de la página web, en español. Ver en/ui.ftl.

## Fechas: "martes, 13 de octubre".
page-date = { $weekday }, { $day } de { $month }
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## En todas partes
ui-language-label = Idioma
ui-unreachable = No pudimos comunicarnos con el servicio. Revise su conexión a internet e intente de nuevo.
ui-try-again = Intentar de nuevo
ui-start-over = Ir a la página principal
ui-session-ended = Para proteger su privacidad, su sesión terminó después de un rato sin actividad. Vuelva a buscarse para continuar.
ui-wait-minutes = { $minutes ->
    [one] Le enviamos un mensaje hace muy poco. Espere un minuto y vuelva a intentarlo.
   *[other] Le enviamos varios mensajes hace poco. Espere { $minutes } minutos y vuelva a intentarlo.
}
ui-something-wrong = Algo falló de nuestro lado. Intente de nuevo en unos minutos.

## Registro
signup-heading = Siga su boleta por correo
signup-intro = Primero, busquémosle en el padrón electoral. Escriba sus datos tal como se inscribió para votar.
signup-first-name = Nombre
signup-first-name-hint = Tal como aparece en su inscripción electoral.
signup-last-name = Apellido
signup-date-of-birth = Fecha de nacimiento
signup-date-of-birth-hint = Mes, día y año, por ejemplo 01-23-1980.
signup-zip = Código postal (ZIP) de su domicilio en California
signup-zip-hint = El domicilio con el que se inscribió para votar, aunque reciba su correo en otro lugar.
signup-voter-id = Número de identificación de votante
signup-voter-id-hint = Letras y números, sin espacios ni guiones.
signup-submit = Buscarme
signup-submitting = Buscando…
signup-check-details = Revise estos datos
signup-not-found-heading = No le encontramos en el padrón electoral
signup-check-registration = Consulte su inscripción electoral

## El portal
portal-hello = Hola, { $name }
portal-registered-in = inscrito en el condado de { $county }
portal-sign-out = Cerrar sesión
portal-sign-out-everywhere = Cerrar sesión en todas partes
portal-signed-out-everywhere = Se cerró su sesión en todos los dispositivos y navegadores, también en este.
portal-loading = Cargando…
portal-reload = Comprobar de nuevo
portal-sections = Partes de esta página
portal-go-ballot = Su boleta
portal-go-reach = Cómo le avisamos
portal-go-settings = Configuración

## Boletas
ballots-heading = Su boleta
ballots-loading = Cargando su boleta…
ballots-none = Todavía no tenemos una boleta por correo para usted. Los condados envían las boletas aproximadamente un mes antes del día de la elección. Vuelva entonces, o elija abajo cómo quiere que le avisemos cuando la suya esté en camino.
ballot-election-day = Día de la elección: { $date }
ballot-county = Condado de { $county }
ballot-replaced = Reemplazada: le enviamos una boleta nueva, así que esta ya no cuenta. Use la nueva.
ballot-now = Dónde está ahora
ballot-steps = Pasos de su boleta
ballot-step-mailed = Enviada por correo
ballot-step-delivered = Entregada
ballot-step-received = Recibida por su condado
ballot-step-counted = Contada
ballot-step-done = hecho
ballot-step-current = ahora
ballot-step-upcoming = todavía no
ballot-step-preparing = Su condado la está preparando
ballot-step-expected = Se espera el { $date }
ballot-step-undeliverable = No se pudo entregar
ballot-step-returning = De regreso a su condado
ballot-step-in-review = En revisión
ballot-step-needs-you = Necesita su firma
ballot-step-not-counted = No se contó
ballot-step-in-person = Votó en persona
ballot-expected-delivery = El Servicio Postal espera entregar su boleta el { $date }.
ballot-return-by = Devuelva su boleta completada a más tardar el día de la elección, { $election_day }. Si la envía por correo, debe tener matasellos de esa fecha y llegar a más tardar el { $deadline }.
ballot-history = Lo que ha pasado hasta ahora
ballot-history-empty = Todavía no hay nada registrado.

## Cada estado y motivo en palabras sencillas.

## Corregir un problema de firma.
cure-heading = Acción necesaria: su boleta no se contará si no hace algo
cure-deadline = Fecha límite: 5 p. m. del { $date }
cure-no-deadline = Hágalo lo antes posible: su condado fija la fecha límite, poco después del día de la elección.
cure-steps = Qué hacer
cure-form-link = Descargar el formulario
cure-contact = ¿Preguntas? { $contact }

## Cómo le avisamos
reach-heading = Cómo le avisamos
reach-intro = Elija cómo quiere que le avisemos cuando su boleta avance. Puede elegir más de una forma.
reach-loading = Cargando sus preferencias…
kind-email = Correo electrónico
kind-sms = Mensajes de texto
kind-voice = Llamadas
kind-email-switch = Avisos por correo electrónico
kind-sms-switch = Avisos por mensaje de texto
kind-voice-switch = Avisos por llamada
state-none = Apagado
state-off = Apagado (desactivado)
state-pending = Esperando su confirmación
state-on = Encendido
state-failed = No funciona
method-sends-to = Los avisos van a { $address }.
method-from-email = Nuestros correos vienen de { $sender }. ¿No está en su bandeja de entrada? Revise la carpeta de spam o de correo no deseado.
method-from-sms = Nuestros mensajes de texto vienen del { $sender }.
method-from-voice = Nuestras llamadas vienen del { $sender }: un breve mensaje grabado.
method-pending-email = Enviamos un correo a { $address }. Abra el enlace del correo para activar los avisos por correo. El enlace funciona durante 48 horas.
method-pending-sms = Enviamos un mensaje de texto al { $address }. Responda YES (sí) al mensaje que le enviamos para activar los avisos por texto.
method-pending-voice = Le estamos llamando al { $address } con un código de 6 dígitos. Escríbalo aquí para activar los avisos por llamada. El código funciona durante 30 minutos.
method-voice-code = Código de la llamada
method-voice-code-hint = 6 dígitos. La llamada lo dice dos veces.
method-voice-confirm = Confirmar
method-failed-rejected = No pudimos enviar a { $address }: no puede recibir nuestros mensajes. Revíselo y escríbalo de nuevo.
method-failed-stopped = El { $address } respondió STOP, así que no podemos enviarle textos. Para recibirlos otra vez, envíe START al { $sender } desde ese teléfono y luego active los textos aquí.
method-failed-other = No se pudieron entregar los mensajes a { $address }. Revíselo y escríbalo de nuevo.
method-failed-invalid-number = La compañía telefónica dice que el { $address } no puede recibir nuestros mensajes (no es un celular, o ya no está en servicio). Escriba otro número.
method-failed-opted-out = La compañía telefónica dice que el { $address } bloqueó nuestros textos. Para recibirlos otra vez, envíe START al { $sender } desde ese teléfono y luego active los textos aquí.
method-off = Los avisos a { $address } fueron desactivados.
method-resend = Enviar de nuevo
method-resent = Enviado de nuevo. Puede tardar unos minutos en llegar.
method-check-again = Ya lo confirmé: comprobar de nuevo
method-still-pending = Todavía no está confirmado. Abra el enlace o responda YES, y compruebe de nuevo.
method-change = Usar otro
method-save = Guardar y enviar
method-save-voice = Guardar
method-saving = Enviando…
method-cancel = Cancelar
method-working = Un momento…
address-email = Correo electrónico
address-email-hint = Por ejemplo nombre@ejemplo.com. Le enviamos un enlace para confirmar que es suyo.
address-sms = Número de teléfono celular
address-sms-hint = Un número de EE. UU., por ejemplo (916) 555-0123. Le enviamos un texto para confirmar que es suyo. Pueden aplicarse cargos por mensajes y datos.
address-voice = Número de teléfono para llamadas
address-voice-hint = Un número de EE. UU., por ejemplo (916) 555-0123. Le llamamos enseguida con un código de 6 dígitos para escribir aquí.
# $language: the voter's language, named in itself.
voice-in-english = Nuestras llamadas todavía no pueden hablar { $language }, así que le llamaremos en inglés. Los correos y los mensajes de texto están en { $language }.

## Horario y idioma
hours-heading = Cuándo podemos comunicarnos con usted
hours-intro = Solo enviamos textos y hacemos llamadas entre estas horas. Los correos pueden llegar a cualquier hora.
hours-from = Desde
hours-until = Hasta
hours-time-zone = Zona horaria
hours-save = Guardar el horario
hours-saving = Guardando…
hours-saved = Guardado. Nos comunicaremos con usted desde las { $from } hasta las { $until }.
language-heading = Idioma
language-intro = El idioma de esta página y de los mensajes que le enviamos.
language-saving = Guardando…
language-saved = Guardado.
tz-America-Los_Angeles = Hora del Pacífico (California)
tz-America-Phoenix = Arizona
tz-America-Denver = Hora de la Montaña
tz-America-Chicago = Hora del Centro
tz-America-New_York = Hora del Este
tz-America-Anchorage = Alaska
tz-Pacific-Honolulu = Hawái
tz-America-Mexico_City = Ciudad de México
tz-Europe-London = Londres
tz-Europe-Berlin = Europa central (Berlín, París, Madrid)
tz-Asia-Manila = Manila
tz-Asia-Tokyo = Tokio
tz-Australia-Sydney = Sídney

## Todos los avisos
notifications-heading = Todos los avisos
notifications-on-text = Recibe avisos por las formas que eligió arriba.
notifications-off-explained = No le enviaremos correos, textos ni llamadas sobre su boleta. Esta página sigue mostrando dónde está su boleta.
notifications-turn-off = Desactivar todos los avisos
notifications-turning-off = Desactivando…
notifications-are-off = Los avisos están desactivados. No le enviaremos correos, textos ni llamadas sobre su boleta. Esta página sigue mostrando dónde está su boleta.
notifications-turn-on = Volver a activar los avisos
notifications-turning-on = Activando…

## Comprobar que es usted (código de un solo uso)
verify-heading = Primero, comprobemos que es usted
verify-why = Su nombre, fecha de nacimiento y código postal son información pública, así que cualquiera podría escribirlos. Antes de cualquier cambio en sus avisos, enviamos un código de un solo uso a un contacto que usted confirmó al menos un día antes de entrar.
verify-choose = ¿Adónde le enviamos el código?
verify-to-email = Correo a { $address }
verify-to-sms = Texto al { $address }
verify-to-voice = Llamada al { $address }
verify-send = Enviar el código
verify-sending = Enviando…
verify-sent = Enviamos un código a { $address }. Funciona durante { $minutes } minutos.
verify-code = Código
verify-code-hint = 6 dígitos
verify-check = Confirmar
verify-checking = Comprobando…
verify-new-code = Enviar un código nuevo
verify-cancel = Cancelar
verify-no-method = Ninguno de sus contactos puede recibir un código todavía. Para protegerle, un código solo va a un contacto que usted confirmó al menos un día antes de entrar.
verify-wrong-code = Este código no funcionó. Revíselo o pida uno nuevo.

## La página que abre el enlace de confirmación
confirm-heading = Confirmando su correo electrónico
confirm-working = Un momento: estamos confirmando su correo electrónico…
confirm-intro = Pulse el botón para activar los avisos por correo electrónico en esta dirección.
confirm-button = Confirmar mi correo electrónico
confirm-done-heading = Su correo electrónico está confirmado
confirm-done = Los avisos por correo están activados. Le escribiremos cuando su boleta avance.
confirm-back = Si el servicio sigue abierto en otra pestaña, vuelva a ella y elija "comprobar de nuevo". O abra el servicio para ver su boleta.
confirm-expired-heading = Este enlace venció
confirm-expired = Los enlaces de confirmación funcionan durante 48 horas. Vuelva a buscarse y elija "Enviar de nuevo" junto a su correo electrónico.
confirm-invalid-heading = Este enlace ya no funciona
confirm-invalid = Es posible que ya se haya usado o que lo haya reemplazado uno más nuevo. Si ya confirmó su correo, no tiene que hacer nada más. Vuelva a buscarse para comprobarlo.
confirm-missing = Esta página necesita el enlace de nuestro correo. Abra el enlace del correo que le enviamos.
confirm-open-tracker = Abrir el servicio

## La página que abre un enlace para dejar de recibir correos
unsubscribe-heading = Dejar de recibir correos sobre su boleta
undo-heading = Deshacer un cambio
undo-intro = Esto deshace el cambio del que le avisó nuestro mensaje, y cierra la sesión de cualquiera que haya entrado como usted.
undo-button = Deshacer este cambio
undo-working = Deshaciendo…
undo-done-heading = Cambio deshecho
undo-next = Si otra persona hizo el cambio, puede volver a entrar y revisar su configuración.
undo-invalid = Este enlace para deshacer no es válido. Revise que abrió el enlace completo de nuestro mensaje.
unsubscribe-intro = Pulse el botón para que dejemos de enviar correos a esta dirección. Puede volver a activarlos cuando quiera en este sitio.
unsubscribe-button = Dejar de recibir estos correos
unsubscribe-working = Un momento…
unsubscribe-done-heading = Listo: no más correos
unsubscribe-done = No enviaremos más correos sobre su boleta a esta dirección. Puede seguir viendo dónde está su boleta en este sitio, y volver a activar los correos allí.
unsubscribe-invalid = Este enlace para dejar de recibir correos no funciona. Búsquese en este sitio para desactivar los avisos.

## Páginas que no existen
not-found-heading = No encontramos esta página
not-found = Esta página no existe. Vaya a la página principal del servicio para ver su boleta.

## Errores junto a los campos.
field-error-first_name-required = Escriba su nombre tal como aparece en su inscripción electoral.
field-error-first_name-too_long = El nombre puede tener como máximo 64 caracteres.
field-error-first_name-characters = El nombre solo puede tener letras, espacios, guiones (-), apóstrofos (') y puntos (.).
field-error-last_name-required = Escriba su apellido tal como aparece en su inscripción electoral.
field-error-last_name-too_long = El apellido puede tener como máximo 64 caracteres.
field-error-last_name-characters = El apellido solo puede tener letras, espacios, guiones (-), apóstrofos (') y puntos (.).
field-error-date_of_birth-required = Escriba su fecha de nacimiento.
field-error-date_of_birth-format = Escriba su fecha de nacimiento como MM-DD-AAAA, con los guiones: por ejemplo 01-23-1980.
field-error-date_of_birth-not_a_date = Esa fecha no existe. Revise el mes (MM) y el día (DD).
field-error-date_of_birth-too_early = La fecha de nacimiento no puede ser anterior al 01-01-1900. Use el formato MM-DD-AAAA: por ejemplo 01-23-1980.
field-error-date_of_birth-in_future = La fecha de nacimiento no puede ser en el futuro.
field-error-date_of_birth-too_young = Las personas en el padrón electoral tienen al menos 16 años. Revise el año que escribió.
field-error-birth_year-required = Escriba el año en que nació.
field-error-birth_year-format = Escriba el año en que nació con cuatro cifras: por ejemplo 1980.
field-error-birth_year-too_early = El año de nacimiento no puede ser anterior a 1900.
field-error-birth_year-in_future = El año de nacimiento no puede ser en el futuro.
field-error-birth_year-too_young = Las personas en el padrón electoral tienen al menos 16 años. Revise el año que escribió.
field-error-birth_year-conflict = Escriba la fecha de nacimiento completa o solo el año de nacimiento, no ambos.
field-error-zip-required = Escriba el código postal de su domicilio en California.
field-error-zip-format = Un código postal tiene 5 dígitos, por ejemplo 95814 (o 95814-1234).
field-error-zip-not_california = Use el código postal del domicilio en California con el que se inscribió para votar, aunque viva en el extranjero o reciba su correo en otra dirección.
field-error-voter_id-required = Escriba su número de identificación de votante.
field-error-voter_id-format = El número de identificación de votante tiene hasta 20 letras y números, sin espacios ni guiones.
field-error-address-email-required = Escriba su correo electrónico.
field-error-address-email-format = Escriba un correo electrónico como nombre@ejemplo.com.
field-error-address-phone-required = Escriba su número de teléfono.
field-error-address-phone-format = Escriba un número de EE. UU. de 10 dígitos, por ejemplo (916) 555-0123.
field-error-address-phone-not_assignable = Este no es un número de EE. UU. válido: revise el código de área y los tres dígitos siguientes.
field-error-contact_hours-from-format = Escriba una hora como HH:MM en formato de 24 horas, por ejemplo 08:00 o 20:30.
field-error-contact_hours-until-format = Escriba una hora como HH:MM en formato de 24 horas, por ejemplo 08:00 o 20:30.
field-error-contact_hours-until-too_short = El horario de contacto debe durar al menos 3 horas, para que sus avisos puedan llegarle.
field-error-contact_hours-time_zone-unknown_time_zone = Elija una zona horaria de la lista.
field-error-language-unsupported = Elija uno de los idiomas de la lista.
field-error-code-format = Escriba el código de 6 dígitos que le enviamos.
field-error-code-not_accepted = Este código no funcionó. Revíselo o pida uno nuevo.
# Por qué no se aceptó un código. $left: intentos que quedan.
field-error-code-none_waiting = No hay ningún código pendiente: pida uno nuevo.
field-error-code-used_up = Este código venció o se intentó demasiadas veces: pida uno nuevo.
field-error-code-wrong = Este código no es el que le enviamos. Intentos restantes: { $left }.
field-error-code-wrong_last = Este código no es el que le enviamos y ya no se puede volver a intentar: pida uno nuevo.
