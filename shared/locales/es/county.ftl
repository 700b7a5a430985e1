# Palabras para los condados y otros clientes de la API: por qué no se guardó una fila. Ver en/county.ftl.

feed-required = `{ $field }` es obligatorio.
feed-id-format = `{ $field }` tiene de 1 a 128 caracteres imprimibles.
feed-in-future = `{ $field }` está en el futuro.
feed-instant-format = `{ $field }` es una fecha y hora con su desfase, p. ej. 2026-10-06T09:30:00-07:00.
feed-date-format = `{ $field }` es una fecha escrita AAAA-MM-DD.
feed-election-name = `name` tiene de 1 a 200 caracteres.
feed-before-election = `{ $field }` no puede ser anterior al día de la elección.
feed-shared-election = Otros condados también tienen esta elección: solo el estado puede cambiar su nombre o sus fechas.
feed-imb-format = `{ $field }` es un código de barras Intelligent Mail de 20, 25, 29 o 31 dígitos.
feed-imb-barcode-identifier = El segundo dígito del identificador de código de barras en `{ $field }` va de 0 a 4.
feed-facility-zip = `facility_zip` es un código postal de 5 dígitos.
feed-operation-code = `operation_code` es el código de operación de USPS, p. ej. 919.
feed-event-id-reserved = Los identificadores de evento que empiezan por `usps:` o `superseded:` son del propio servicio.
feed-status-unknown = `status` es uno de { $choices }.
feed-reason-required = `{ $status }` necesita un motivo.
feed-reason-not-allowed = `{ $status }` no lleva motivo.
feed-reason-unknown = El motivo de `{ $status }` es uno de { $choices }.
feed-source-unknown = `source` es uno de { $choices }.
feed-expected-delivery-required = `expected_delivery` necesita `expected_delivery_date`.
feed-expected-delivery-not-allowed = `expected_delivery_date` va solo con `expected_delivery` o `in_transit`.
feed-delivery-method-unknown = `delivery_method` es uno de { $choices }.
feed-supersedes-itself = Una boleta no puede reemplazarse a sí misma.
feed-supersedes-mismatch = La boleta reemplazada es de otro votante o de otra elección.
feed-unknown-ballot = Ninguna boleta de este condado tiene este identificador.
feed-unknown-ballot-post-first = Ninguna boleta de este condado tiene este identificador: envíe primero la boleta.
feed-unknown-election = Este condado no tiene ninguna elección con este identificador: envíe primero la elección.
feed-unknown-voter = Nadie en el padrón tiene este número de votante: envíe primero el registro del votante.
feed-ballot-voter-other-county = El votante está inscrito en otro condado.
feed-voter-other-county = Esta fila es del condado { $county }; envíela a la dirección de ese condado.
feed-voter-active-elsewhere = Este votante está inscrito y activo en el condado { $county }: un cambio de condado llega por el canal del estado, o cuando ese condado haya cancelado la inscripción.
feed-line-unreadable = La línea { $line } no es un objeto JSON con los campos esperados: { $reason }.
feed-element-unreadable = El elemento { $element } no es un objeto con los campos esperados: { $reason }.
feed-row-not-fitting = La fila no coincide con el encabezado: { $reason }.
feed-row-unreadable = La fila no se puede leer como CSV: { $reason }.

## La importación del padrón (`ballot-tracker import`).
import-county-format = El condado es su número de dos cifras, de 01 a 58.
import-date-of-birth = La fecha de nacimiento es AAAA-MM-DD o AAAA, desde 1900 hasta hoy.
import-status-format = El estado es uno de { $choices }.
