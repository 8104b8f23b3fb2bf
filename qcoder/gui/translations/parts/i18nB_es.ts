<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>nlp.autocode_dialog</name>
    <message>
        <source>Keywords or phrases</source>
        <translation>Palabras clave o frases</translation>
    </message>
    <message>
        <source>turnover, promot*, transfer, burnout</source>
        <translation>rotación, promo*, traslado, agotamiento</translation>
    </message>
    <message>
        <source>Lemmas (any form of the word)</source>
        <translation>Lemas (cualquier forma de la palabra)</translation>
    </message>
    <message>
        <source>turnover, promote, transfer, burnout</source>
        <translation>rotación, promover, traslado, agotamiento</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <source>All turns of a speaker group</source>
        <translation>Todas las intervenciones de un grupo de hablantes</translation>
    </message>
    <message>
        <source>All interviewer turns</source>
        <translation>Todas las intervenciones del entrevistador</translation>
    </message>
    <message>
        <source>the words found</source>
        <translation>las palabras encontradas</translation>
    </message>
    <message>
        <source>their sentence</source>
        <translation>su oración</translation>
    </message>
    <message>
        <source>their speaker turn</source>
        <translation>su intervención</translation>
    </message>
    <message>
        <source>Auto-code</source>
        <translation>Codificación automática</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Términos</translation>
    </message>
    <message>
        <source>The words, phrase or pattern to find</source>
        <translation>Las palabras, la frase o el patrón que se buscan</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Ignorar mayúsculas</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codificar</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>What would be coded («match»)</source>
        <translation>Lo que se codificaría («coincidencia»)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>The passages found: tick those to code</source>
        <translation>Los fragmentos encontrados: marque los que quiera codificar</translation>
    </message>
    <message>
        <source>Choose a code and what to look for, then Find. Nothing is coded until you confirm.</source>
        <translation>Elija un código y qué buscar y pulse Buscar. No se codifica nada hasta que lo confirme.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>No seleccionar nada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Patrón</translation>
    </message>
    <message>
        <source>Choose who you are first (Edit ▸ Switch coder): codings belong to a coder.</source>
        <translation>Indique primero quién es (Edición ▸ Cambiar de codificador): las codificaciones pertenecen a un codificador.</translation>
    </message>
    <message>
        <source>The codebook is empty: create a code first.</source>
        <translation>El libro de códigos está vacío: cree primero un código.</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>{n} hit</source>
        <translation>{n} coincidencia</translation>
    </message>
    <message>
        <source>{n} hits</source>
        <translation>{n} coincidencias</translation>
    </message>
    <message>
        <source>{selected} of {hits} selected</source>
        <translation>Selección: {selected} de {hits}</translation>
    </message>
    <message>
        <source>{n} hit already coded with this code by you (left out)</source>
        <translation>{n} coincidencia ya codificada por usted con este código (excluida)</translation>
    </message>
    <message>
        <source>{n} hits already coded with this code by you (left out)</source>
        <translation>{n} coincidencias ya codificadas por usted con este código (excluidas)</translation>
    </message>
    <message>
        <source>language: {pipeline}</source>
        <translation>idioma: {pipeline}</translation>
    </message>
    <message>
        <source>{parts}. Untick false hits, then code the rest.</source>
        <translation>{parts}. Desmarque las coincidencias falsas y codifique el resto.</translation>
    </message>
    <message>
        <source>Code {n} excerpt</source>
        <translation>Codificar {n} fragmento</translation>
    </message>
    <message>
        <source>Code {n} excerpts</source>
        <translation>Codificar {n} fragmentos</translation>
    </message>
    <message>
        <source>{n} excerpt</source>
        <translation>{n} fragmento</translation>
    </message>
    <message>
        <source>{n} excerpts</source>
        <translation>{n} fragmentos</translation>
    </message>
    <message>
        <source>Coded {excerpts} with {code}. Edit ▸ Undo takes them all back.</source>
        <translation>Codificado con {code}: {excerpts}. Edición ▸ Deshacer los revierte todos.</translation>
    </message>
</context>
<context>
    <name>nlp.deidentify_dialog</name>
    <message>
        <source>your list</source>
        <translation>su lista</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>patrón</translation>
    </message>
    <message>
        <source>language model</source>
        <translation>modelo de lenguaje</translation>
    </message>
    <message>
        <source>same words</source>
        <translation>mismas palabras</translation>
    </message>
    <message>
        <source>speaker label</source>
        <translation>etiqueta de hablante</translation>
    </message>
    <message>
        <source>De-identify</source>
        <translation>Anonimizar</translation>
    </message>
    <message>
        <source>Names to replace</source>
        <translation>Nombres que reemplazar</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>Places to replace</source>
        <translation>Lugares que reemplazar</translation>
    </message>
    <message>
        <source>Agencies to replace</source>
        <translation>Organismos que reemplazar</translation>
    </message>
    <message>
        <source>People&apos;s names</source>
        <translation>Nombres de personas</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Agencies and organisations</source>
        <translation>Organismos y organizaciones</translation>
    </message>
    <message>
        <source>Names found by the language model</source>
        <translation>Nombres detectados por el modelo</translation>
    </message>
    <message>
        <source>Needs a trained English model: pip install &apos;qcoder[model]&apos;</source>
        <translation>Requiere un modelo entrenado en inglés: pip install &apos;qcoder[model]&apos;</translation>
    </message>
    <message>
        <source>Phone numbers, e-mail, dates, addresses, case numbers</source>
        <translation>Teléfonos, e-mails, fechas, direcciones, n.º de expediente</translation>
    </message>
    <message>
        <source>Number placeholders ([name 1], [name 2])</source>
        <translation>Numerar marcadores ([name 1], [name 2])</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Lists: one per line (the project&apos;s participants, speakers, sites and agencies are filled in).</source>
        <translation>Listas: una entrada por línea (se rellenan con los participantes, hablantes, sitios y organismos del proyecto).</translation>
    </message>
    <message>
        <source>No trained language model is installed: only your lists and the patterns are used, so read the transcripts for names they miss.</source>
        <translation>No hay ningún modelo de lenguaje entrenado instalado: solo se usan sus listas y los patrones, así que revise las transcripciones en busca de nombres que se les escapen.</translation>
    </message>
    <message>
        <source>Double-click to change (same words, same text)</source>
        <translation>Doble clic para cambiarlo (mismas palabras, mismo texto)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Detectado por</translation>
    </message>
    <message>
        <source>In context</source>
        <translation>En contexto</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation>Reemplazos</translation>
    </message>
    <message>
        <source>What is found and what replaces it: tick those to apply</source>
        <translation>Lo encontrado y lo que lo reemplaza: marque lo que quiera aplicar</translation>
    </message>
    <message>
        <source>Find, then untick what is not identifying. The project is not changed until you save.</source>
        <translation>Pulse Buscar y desmarque lo que no identifica a nadie. El proyecto no cambia hasta que guarde.</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Aceptar todo</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>Rechazar todo</translation>
    </message>
    <message>
        <source>Reject these words everywhere</source>
        <translation>Rechazar estas palabras en todas partes</translation>
    </message>
    <message>
        <source>Save redacted copy…</source>
        <translation>Guardar copia anonimizada…</translation>
    </message>
    <message>
        <source>Redact this project…</source>
        <translation>Anonimizar este proyecto…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Looking for names, places and contact details…</source>
        <translation>Buscando nombres, lugares y datos de contacto…</translation>
    </message>
    <message>
        <source>with the language model</source>
        <translation>con el modelo de lenguaje</translation>
    </message>
    <message>
        <source>without a language model (lists and patterns)</source>
        <translation>sin modelo de lenguaje (listas y patrones)</translation>
    </message>
    <message>
        <source>{n} finding</source>
        <translation>{n} hallazgo</translation>
    </message>
    <message>
        <source>{n} findings</source>
        <translation>{n} hallazgos</translation>
    </message>
    <message>
        <source>{n} participant</source>
        <translation>{n} participante</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>{n} participantes</translation>
    </message>
    <message>
        <source>{n} label</source>
        <translation>{n} etiqueta</translation>
    </message>
    <message>
        <source>{n} labels</source>
        <translation>{n} etiquetas</translation>
    </message>
    <message>
        <source>{selected} of {findings} will be replaced; found {how}.</source>
        <translation>Se reemplazarán: {selected} de {findings}; detección {how}.</translation>
    </message>
    <message>
        <source>{participants} and their speaker labels ({labels} in the text) become “Participant 1”, “Participant 2”….</source>
        <translation>{participants} y sus etiquetas de hablante ({labels} en el texto) pasan a ser «Participante 1», «Participante 2»….</translation>
    </message>
    <message>
        <source>Save redacted copy</source>
        <translation>Guardar copia anonimizada</translation>
    </message>
    <message>
        <source>qcoder projects (*.qcoder)</source>
        <translation>Proyectos de qcoder (*.qcoder)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} documento</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} documentos</translation>
    </message>
    <message>
        <source>{n} replacement</source>
        <translation>{n} reemplazo</translation>
    </message>
    <message>
        <source>{n} replacements</source>
        <translation>{n} reemplazos</translation>
    </message>
    <message>
        <source>{n} coding</source>
        <translation>{n} codificación</translation>
    </message>
    <message>
        <source>{n} codings</source>
        <translation>{n} codificaciones</translation>
    </message>
    <message>
        <source>Saved {path}: {documents}, {replacements}, {codings} carried over ({snapped} adjusted to a placeholder&apos;s edge). This project is unchanged.</source>
        <translation>Guardado {path}: {documents}, {replacements}, {codings} conservadas ({snapped} ajustadas al borde de un marcador). Este proyecto no ha cambiado.</translation>
    </message>
    <message>
        <source>A backup of the original goes to {path}.</source>
        <translation>Se guarda una copia de seguridad del original en {path}.</translation>
    </message>
    <message>
        <source>This is a server project: no backup file is made; Edit ▸ Undo restores the text.</source>
        <translation>Es un proyecto en servidor: no se crea ninguna copia de seguridad; Edición ▸ Deshacer restaura el texto.</translation>
    </message>
    <message>
        <source>Replace the accepted findings in this project&apos;s transcripts?</source>
        <translation>¿Reemplazar los hallazgos aceptados en las transcripciones de este proyecto?</translation>
    </message>
    <message>
        <source>The backup still contains the identifying text: keep it somewhere safe or delete it.</source>
        <translation>La copia de seguridad aún contiene el texto identificativo: guárdela en un lugar seguro o elimínela.</translation>
    </message>
    <message>
        <source>Redact this project</source>
        <translation>Anonimizar este proyecto</translation>
    </message>
    <message>
        <source>Redacted {documents} ({replacements}). Edit ▸ Undo restores them.</source>
        <translation>Anonimización: {documents} ({replacements}). Edición ▸ Deshacer los restaura.</translation>
    </message>
    <message>
        <source>The original is in {path}.</source>
        <translation>El original está en {path}.</translation>
    </message>
</context>
<context>
    <name>nlp.status</name>
    <message>
        <source>Language: {name}</source>
        <translation>Idioma: {name}</translation>
    </message>
    <message>
        <source>Language: basic (no named entities)</source>
        <translation>Idioma: básico (sin entidades nombradas)</translation>
    </message>
    <message>
        <source>Language processing runs on this computer with spaCy: {pipeline}.</source>
        <translation>El procesamiento del lenguaje se ejecuta en este equipo con spaCy: {pipeline}.</translation>
    </message>
    <message>
        <source>Not available without a trained English model:</source>
        <translation>No disponible sin un modelo entrenado en inglés:</translation>
    </message>
    <message>
        <source>Install one with: pip install &apos;qcoder[model]&apos;</source>
        <translation>Instale uno con: pip install &apos;qcoder[model]&apos;</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere.</source>
        <translation>No se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>About language processing…</source>
        <translation>Acerca del procesamiento del lenguaje…</translation>
    </message>
    <message>
        <source>Clear the language-analysis cache</source>
        <translation>Vaciar la caché de análisis lingüístico</translation>
    </message>
    <message>
        <source>Language processing</source>
        <translation>Procesamiento del lenguaje</translation>
    </message>
    <message>
        <source>Cleared the language-analysis cache ({n} files).</source>
        <translation>Se vació la caché de análisis lingüístico ({n} archivos).</translation>
    </message>
</context>
<context>
    <name>nlp.suggestions_panel</name>
    <message>
        <source>Sentences</source>
        <translation>Oraciones</translation>
    </message>
    <message>
        <source>Speaker turns</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Todos los documentos</translation>
    </message>
    <message>
        <source>Show only suggestions at least this confident</source>
        <translation>Mostrar solo las sugerencias con al menos esta confianza</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Sugerir</translation>
    </message>
    <message>
        <source>Learn from</source>
        <translation>Aprender de</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>In</source>
        <translation>En</translation>
    </message>
    <message>
        <source>Confidence ≥</source>
        <translation>Confianza ≥</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Code suggestions</source>
        <translation>Sugerencias de códigos</translation>
    </message>
    <message>
        <source>Tick the suggestions to accept: confidence, code, document, speaker, text</source>
        <translation>Marque las sugerencias que acepta: confianza, código, documento, hablante, texto</translation>
    </message>
    <message>
        <source>Suggestions are learnt from this project&apos;s codings, on this computer.</source>
        <translation>Las sugerencias se aprenden de las codificaciones de este proyecto, en este equipo.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Code the ticked suggestions (or the selected ones) as you</source>
        <translation>Codificar como usted las sugerencias marcadas (o las seleccionadas)</translation>
    </message>
    <message>
        <source>Do not suggest these again</source>
        <translation>No volver a sugerirlas</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Todos los codificadores</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Este documento</translation>
    </message>
    <message>
        <source>Choose who you are first (Edit ▸ Switch coder).</source>
        <translation>Indique primero quién es (Edición ▸ Cambiar de codificador).</translation>
    </message>
    <message>
        <source>Learning from the coded excerpts…</source>
        <translation>Aprendiendo de los fragmentos codificados…</translation>
    </message>
    <message>
        <source>Suggesting…</source>
        <translation>Sugiriendo…</translation>
    </message>
    <message>
        <source>{n} suggestion</source>
        <translation>{n} sugerencia</translation>
    </message>
    <message>
        <source>{n} suggestions</source>
        <translation>{n} sugerencias</translation>
    </message>
    <message>
        <source>{n} code</source>
        <translation>{n} código</translation>
    </message>
    <message>
        <source>{n} codes</source>
        <translation>{n} códigos</translation>
    </message>
    <message>
        <source>{suggestions} from {codes} learnt from {examples}</source>
        <translation>{suggestions} de {codes}, aprendidos de {examples}</translation>
    </message>
    <message>
        <source>; {n} code had too few examples</source>
        <translation>; {n} código tenía muy pocos ejemplos</translation>
    </message>
    <message>
        <source>; {n} codes had too few examples</source>
        <translation>; {n} códigos tenían muy pocos ejemplos</translation>
    </message>
    <message>
        <source>. Confidence ranks suggestions; it is not a probability.</source>
        <translation>. La confianza ordena las sugerencias; no es una probabilidad.</translation>
    </message>
    <message>
        <source>Coded {suggestions} as {name}. Edit ▸ Undo takes them back.</source>
        <translation>Codificado como {name}: {suggestions}. Edición ▸ Deshacer las revierte.</translation>
    </message>
    <message>
        <source>Accepted {suggestions}.</source>
        <translation>Aceptadas: {suggestions}.</translation>
    </message>
    <message>
        <source>{n} speaker turn</source>
        <translation>{n} intervención</translation>
    </message>
    <message>
        <source>{n} speaker turns</source>
        <translation>{n} intervenciones</translation>
    </message>
    <message>
        <source>{n} sentence</source>
        <translation>{n} oración</translation>
    </message>
    <message>
        <source>{n} sentences</source>
        <translation>{n} oraciones</translation>
    </message>
</context>
<context>
    <name>safety.open_flow</name>
    <message>
        <source>Opening the project</source>
        <translation>Abriendo el proyecto</translation>
    </message>
    <message>
        <source>That passphrase does not open this project. Try again.</source>
        <translation>Esa frase de contraseña no abre este proyecto. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>another qcoder</source>
        <translation>otro qcoder</translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation>El proyecto ya está abierto</translation>
    </message>
    <message>
        <source>{name} is open in another qcoder window ({who}).

Two windows changing the same project would get in each other&apos;s way, so only one may change it. You can open it here read-only, to look without changing anything.</source>
        <translation>{name} está abierto en otra ventana de qcoder ({who}).

Dos ventanas que modifican el mismo proyecto se estorbarían, así que solo una puede modificarlo. Puede abrirlo aquí en modo de solo lectura, para consultarlo sin cambiar nada.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <source>Project in a synced folder</source>
        <translation>Proyecto en una carpeta sincronizada</translation>
    </message>
    <message>
        <source>Project warning</source>
        <translation>Aviso sobre el proyecto</translation>
    </message>
    <message>
        <source>The check found: {problems}.</source>
        <translation>La comprobación encontró: {problems}.</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Restaurando la copia de seguridad</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>The backup was not restored.

{reason}</source>
        <translation>No se restauró la copia de seguridad.

{reason}</translation>
    </message>
    <message>
        <source>{name} was restored from the backup of {when}.</source>
        <translation>{name} se restauró desde la copia de seguridad del {when}.</translation>
    </message>
    <message>
        <source>The project as it was is kept in:
{folders}</source>
        <translation>El proyecto tal como estaba se conserva en:
{folders}</translation>
    </message>
    <message>
        <source>Backups are made for project files; a server project is backed up by the server.</source>
        <translation>Las copias de seguridad se hacen para archivos de proyecto; de un proyecto en servidor se encarga el servidor.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>The project could not be opened.

{reason}</source>
        <translation>No se pudo abrir el proyecto.

{reason}</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Creando copia de seguridad</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>The backup failed.

{reason}</source>
        <translation>La copia de seguridad falló.

{reason}</translation>
    </message>
    <message>
        <source>Encrypted project</source>
        <translation>Proyecto cifrado</translation>
    </message>
    <message>
        <source>Encryption is not available here: {reason}</source>
        <translation>El cifrado no está disponible aquí: {reason}</translation>
    </message>
    <message>
        <source>Encrypt project</source>
        <translation>Cifrar proyecto</translation>
    </message>
    <message>
        <source>{name} is already encrypted.</source>
        <translation>{name} ya está cifrado.</translation>
    </message>
    <message>
        <source>Encrypting the project</source>
        <translation>Cifrando el proyecto</translation>
    </message>
    <message>
        <source>The project was not encrypted.

{reason}</source>
        <translation>El proyecto no se cifró.

{reason}</translation>
    </message>
    <message>
        <source>These copies could not be encrypted (damaged files set aside earlier); delete them if they are no longer needed:
{files}</source>
        <translation>Estas copias no se pudieron cifrar (archivos dañados apartados anteriormente); elimínelas si ya no las necesita:
{files}</translation>
    </message>
</context>
<context>
    <name>safety.passphrase_dialog</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
        <source>Encrypted project</source>
        <translation>Proyecto cifrado</translation>
    </message>
    <message>
        <source>“{name}” will be encrypted: the project file and its backups can only be opened with this passphrase.

If the passphrase is lost, nobody can recover the project — not even with qcoder&apos;s help. Store it somewhere safe.</source>
        <translation>«{name}» se cifrará: el archivo del proyecto y sus copias de seguridad solo podrán abrirse con esta frase de contraseña.

Si la pierde, nadie podrá recuperar el proyecto, ni siquiera con la ayuda de qcoder. Guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>“{name}” is encrypted. Enter its passphrase to open it.</source>
        <translation>«{name}» está cifrado. Introduzca su frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Cifrar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Introduzca la frase de contraseña.</translation>
    </message>
    <message>
        <source>Use at least {n} characters (a few unrelated words work well).</source>
        <translation>Use al menos {n} caracteres (unas cuantas palabras sin relación entre sí funcionan bien).</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>safety.restore_dialog</name>
    <message>
        <source>when the project was opened</source>
        <translation>al abrir el proyecto</translation>
    </message>
    <message>
        <source>automatic, while working</source>
        <translation>automática, durante el trabajo</translation>
    </message>
    <message>
        <source>when the project was closed</source>
        <translation>al cerrar el proyecto</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>before an earlier restore</source>
        <translation>antes de una restauración anterior</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>{name} is damaged</source>
        <translation>{name} está dañado</translation>
    </message>
    <message>
        <source>and cannot be opened safely.</source>
        <translation>y no se puede abrir con seguridad.</translation>
    </message>
    <message>
        <source>Restore a backup: the damaged file is kept, unchanged, in the backups folder.</source>
        <translation>Restaure una copia de seguridad: el archivo dañado se conserva, sin cambios, en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Replace the content of {name} with a backup. The project as it is now is kept as another backup, so this can be undone.</source>
        <translation>Reemplazar el contenido de {name} por una copia de seguridad. El proyecto tal como está ahora se conserva como otra copia de seguridad, así que se puede deshacer.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>The project&apos;s backups, newest first: when, why and how big</source>
        <translation>Las copias de seguridad del proyecto, de la más reciente a la más antigua: cuándo, por qué y de qué tamaño</translation>
    </message>
    <message>
        <source>newest good backup</source>
        <translation>copia válida más reciente</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation>Las copias de seguridad se guardan en {folder}</translation>
    </message>
    <message>
        <source>There are no backups of {name} in {folder}.</source>
        <translation>No hay copias de seguridad de {name} en {folder}.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} bytes</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>KB</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
</context>
<context>
    <name>team.actions</name>
    <message>
        <source>&amp;Team</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>Merge coder projects…</source>
        <translation>Fusionar proyectos de codificadores…</translation>
    </message>
    <message>
        <source>Bring coders&apos; copies, codings files or .qdpx projects into this project</source>
        <translation>Incorporar a este proyecto las copias de los codificadores, archivos de codificaciones o proyectos .qdpx</translation>
    </message>
    <message>
        <source>Hand out a copy to a coder…</source>
        <translation>Entregar una copia a un codificador…</translation>
    </message>
    <message>
        <source>Write a project file with the codebook and chosen documents for one coder</source>
        <translation>Crear un archivo de proyecto con el libro de códigos y los documentos elegidos para un codificador</translation>
    </message>
    <message>
        <source>Export my codings…</source>
        <translation>Exportar mis codificaciones…</translation>
    </message>
    <message>
        <source>Write your codings to a small file to send to the lead</source>
        <translation>Guardar sus codificaciones en un archivo pequeño para enviarlo al responsable</translation>
    </message>
    <message>
        <source>Blind mode</source>
        <translation>Modo ciego</translation>
    </message>
    <message>
        <source>While on, each coder sees only their own codings (lead only)</source>
        <translation>Mientras está activo, cada codificador solo ve sus propias codificaciones (solo responsable)</translation>
    </message>
    <message>
        <source>Agreement and reconciliation…</source>
        <translation>Acuerdo y conciliación…</translation>
    </message>
    <message>
        <source>Compare coders, decide their disagreements, read the audit log</source>
        <translation>Comparar codificadores, resolver sus desacuerdos, consultar el registro de auditoría</translation>
    </message>
    <message>
        <source>Import REFI-QDA project/codebook…</source>
        <translation>Importar proyecto/libro de códigos REFI-QDA…</translation>
    </message>
    <message>
        <source>Import a .qdpx project or .qdc codebook from another QDA program</source>
        <translation>Importar un proyecto .qdpx o un libro de códigos .qdc de otro programa de ACD</translation>
    </message>
    <message>
        <source>Open server project…</source>
        <translation>Abrir proyecto en servidor…</translation>
    </message>
    <message>
        <source>Open a project shared on a PostgreSQL server</source>
        <translation>Abrir un proyecto compartido en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>Only a lead can switch blind mode</source>
        <translation>Solo un responsable puede cambiar el modo ciego</translation>
    </message>
    <message>
        <source>Blind mode is on: each coder sees only their own codings.</source>
        <translation>El modo ciego está activado: cada codificador solo ve sus propias codificaciones.</translation>
    </message>
    <message>
        <source>Blind mode is off: everyone&apos;s codings are visible.</source>
        <translation>El modo ciego está desactivado: las codificaciones de todos son visibles.</translation>
    </message>
    <message>
        <source>Import REFI-QDA</source>
        <translation>Importar REFI-QDA</translation>
    </message>
    <message>
        <source>Export my codings</source>
        <translation>Exportar mis codificaciones</translation>
    </message>
    <message>
        <source>qcoder codings (*.qcodings)</source>
        <translation>Codificaciones de qcoder (*.qcodings)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>Send this file to the lead, who merges it with Team → Merge coder projects.</source>
        <translation>Envíe este archivo al responsable, que lo fusionará con Equipo → Fusionar proyectos de codificadores.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>La exportación falló: {reason}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>{n} coding</source>
        <translation>{n} codificación</translation>
    </message>
    <message>
        <source>{n} codings</source>
        <translation>{n} codificaciones</translation>
    </message>
    <message>
        <source>Wrote {codings} to {name}.</source>
        <translation>Escrito en {name}: {codings}.</translation>
    </message>
    <message>
        <source>Wrote {name}.</source>
        <translation>Se escribió {name}.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
</context>
<context>
    <name>team.agreement_controls</name>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Oraciones</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Párrafos</translation>
    </message>
    <message>
        <source>Speaker turns</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>The methods appendix (Word or Excel: statistics and why, verdicts, the weakest codes&apos; disagreements quoted), or every breakdown as CSV rows</source>
        <translation>El apéndice metodológico (Word o Excel: estadísticos y su justificación, veredictos, los desacuerdos de los códigos más débiles citados) o todos los desgloses como filas CSV</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <source>Tick the coders to compare</source>
        <translation>Marque los codificadores que quiere comparar</translation>
    </message>
    <message>
        <source>The coders to compare (two or more)</source>
        <translation>Los codificadores que se comparan (dos o más)</translation>
    </message>
    <message>
        <source>What one unit is: every character, or every sentence/paragraph/turn/document (coded when any coding touches it)</source>
        <translation>Qué es una unidad: cada carácter, o cada oración/párrafo/intervención/documento (codificado cuando alguna codificación lo toca)</translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>Agrupadas</translation>
    </message>
    <message>
        <source>Averaged</source>
        <translation>Promediadas</translation>
    </message>
    <message>
        <source>A document attribute to break the figures down by</source>
        <translation>Un atributo de documento por el que desglosar las cifras</translation>
    </message>
    <message>
        <source>Unitizing (Krippendorff 2016)</source>
        <translation>Unitización (Krippendorff 2016)</translation>
    </message>
    <message>
        <source>Also compute agreement on the coded passages themselves (character continuum): α_U (1995/2004) and uα per code; |uα, cuα and Cuα for a group of exclusive codes</source>
        <translation>Calcular también el acuerdo sobre los propios fragmentos codificados (continuo de caracteres): α_U (1995/2004) y uα por código; |uα, cuα y Cuα para un grupo de códigos excluyentes</translation>
    </message>
    <message>
        <source>A code whose subcodes are mutually exclusive categories: the unitizing alphas of the group</source>
        <translation>Un código cuyos subcódigos son categorías mutuamente excluyentes: las alfas de unitización del grupo</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcular</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>Codificadores:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation>Cifras:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Agrupar por:</translation>
    </message>
</context>
<context>
    <name>team.agreement_view</name>
    <message>
        <source>Agreement and reconciliation</source>
        <translation>Acuerdo y conciliación</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Agreement rounds</source>
        <translation>Rondas de acuerdo</translation>
    </message>
    <message>
        <source>Training rounds</source>
        <translation>Rondas de entrenamiento</translation>
    </message>
    <message>
        <source>Unitizing agreement</source>
        <translation>Acuerdo de unitización</translation>
    </message>
    <message>
        <source>Unitizing</source>
        <translation>Unitización</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Desacuerdos</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>No exclusive group</source>
        <translation>Sin grupo excluyente</translation>
    </message>
    <message>
        <source>Exclusive: {path}</source>
        <translation>Excluyente: {path}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Blind mode is on: coders cannot see each other&apos;s codings until the lead turns it off, so only a lead can compare coders now.</source>
        <translation>El modo ciego está activado: los codificadores no pueden ver las codificaciones de los demás hasta que el responsable lo desactive, así que por ahora solo un responsable puede comparar codificadores.</translation>
    </message>
    <message>
        <source>Choose at least two coders</source>
        <translation>Elija al menos dos codificadores</translation>
    </message>
    <message>
        <source>Choose at least two coders.</source>
        <translation>Elija al menos dos codificadores.</translation>
    </message>
    <message>
        <source>Computing agreement…</source>
        <translation>Calculando el acuerdo…</translation>
    </message>
    <message>
        <source>Finding disagreements…</source>
        <translation>Buscando desacuerdos…</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Leyendo el registro de auditoría…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Disagreements ({n})</source>
        <translation>Desacuerdos ({n})</translation>
    </message>
    <message>
        <source>accepted {name}&apos;s version</source>
        <translation>aceptada la versión de {name}</translation>
    </message>
    <message>
        <source>union</source>
        <translation>unión</translation>
    </message>
    <message>
        <source>intersection</source>
        <translation>intersección</translation>
    </message>
    <message>
        <source>Reconcile {n} disagreement</source>
        <translation>Conciliar {n} desacuerdo</translation>
    </message>
    <message>
        <source>Reconcile {n} disagreements</source>
        <translation>Conciliar {n} desacuerdos</translation>
    </message>
    <message>
        <source>Writing the decision…</source>
        <translation>Guardando la decisión…</translation>
    </message>
    <message>
        <source>{n} disagreement</source>
        <translation>{n} desacuerdo</translation>
    </message>
    <message>
        <source>{n} disagreements</source>
        <translation>{n} desacuerdos</translation>
    </message>
    <message>
        <source>Decided {disagreements} ({how}).</source>
        <translation>Decisión tomada para {disagreements} ({how}).</translation>
    </message>
    <message>
        <source>{n} agreed coding</source>
        <translation>{n} codificación coincidente</translation>
    </message>
    <message>
        <source>{n} agreed codings</source>
        <translation>{n} codificaciones coincidentes</translation>
    </message>
    <message>
        <source>{consensus} started from {codings}.</source>
        <translation>{consensus} partió de {codings}.</translation>
    </message>
    <message>
        <source>Export agreement</source>
        <translation>Exportar acuerdo</translation>
    </message>
    <message>
        <source>Methods appendix, Word (*.docx);;Methods appendix and every breakdown, Excel (*.xlsx);;Every breakdown, CSV (*.csv)</source>
        <translation>Apéndice metodológico, Word (*.docx);;Apéndice metodológico y todos los desgloses, Excel (*.xlsx);;Todos los desgloses, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>Wrote {name}.</source>
        <translation>Se escribió {name}.</translation>
    </message>
</context>
<context>
    <name>team.audit_view</name>
    <message>
        <source>Merge</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Conciliación</translation>
    </message>
    <message>
        <source>Start consensus</source>
        <translation>Inicio del consenso</translation>
    </message>
    <message>
        <source>accepted {who}&apos;s version</source>
        <translation>aceptada la versión de {who}</translation>
    </message>
    <message>
        <source>union</source>
        <translation>unión</translation>
    </message>
    <message>
        <source>intersection</source>
        <translation>intersección</translation>
    </message>
    <message>
        <source>{n} coding</source>
        <translation>{n} codificación</translation>
    </message>
    <message>
        <source>{n} codings</source>
        <translation>{n} codificaciones</translation>
    </message>
    <message>
        <source>{consensus} started from {codings} on which {coders} agreed</source>
        <translation>{consensus} partió de {codings} en las que coincidieron {coders}</translation>
    </message>
    <message>
        <source>{n} new code</source>
        <translation>{n} código nuevo</translation>
    </message>
    <message>
        <source>{n} new codes</source>
        <translation>{n} códigos nuevos</translation>
    </message>
    <message>
        <source>{n} new document</source>
        <translation>{n} documento nuevo</translation>
    </message>
    <message>
        <source>{n} new documents</source>
        <translation>{n} documentos nuevos</translation>
    </message>
    <message>
        <source>{n} conflict (ours kept)</source>
        <translation>{n} conflicto (se mantiene lo nuestro)</translation>
    </message>
    <message>
        <source>{n} conflicts (ours kept)</source>
        <translation>{n} conflictos (se mantiene lo nuestro)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Who changed what and when</source>
        <translation>Quién cambió qué y cuándo</translation>
    </message>
</context>
<context>
    <name>team.disagreements_view</name>
    <message>
        <source>Omission</source>
        <translation>Omisión</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Confusión</translation>
    </message>
    <message>
        <source>omission</source>
        <translation>omisión</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>límites</translation>
    </message>
    <message>
        <source>confusion</source>
        <translation>confusión</translation>
    </message>
    <message>
        <source>Some coders applied the code here and the others applied nothing in its place</source>
        <translation>Algunos codificadores aplicaron aquí el código y los demás no aplicaron nada en su lugar</translation>
    </message>
    <message>
        <source>The coders applied the same code with different extents</source>
        <translation>Los codificadores aplicaron el mismo código con extensiones distintas</translation>
    </message>
    <message>
        <source>The coders applied different codes to the same text</source>
        <translation>Los codificadores aplicaron códigos distintos al mismo texto</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Who applied what</source>
        <translation>Quién aplicó qué</translation>
    </message>
    <message>
        <source>{tip} (decided)</source>
        <translation>{tip} (resuelto)</translation>
    </message>
    <message>
        <source>Select a disagreement to compare the coders&apos; versions.</source>
        <translation>Seleccione un desacuerdo para comparar las versiones de los codificadores.</translation>
    </message>
    <message>
        <source>{document}, characters {start}–{end} ({length}): {kind} on {codes}</source>
        <translation>{document}, caracteres {start}–{end} ({length}): {kind} en {codes}</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Applied here: {codes}</source>
        <translation>Aplicado aquí: {codes}</translation>
    </message>
    <message>
        <source>Hide decided</source>
        <translation>Ocultar resueltos</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Desacuerdos</translation>
    </message>
    <message>
        <source>One per row: where the coders differ and how. Several can be chosen.</source>
        <translation>Uno por fila: dónde y cómo difieren los codificadores. Se pueden elegir varios.</translation>
    </message>
    <message>
        <source>&amp;Union</source>
        <translation>&amp;Unión</translation>
    </message>
    <message>
        <source>Keep what any coder applied here</source>
        <translation>Conservar lo que cualquier codificador aplicó aquí</translation>
    </message>
    <message>
        <source>&amp;Intersection</source>
        <translation>&amp;Intersección</translation>
    </message>
    <message>
        <source>Keep only what every coder applied here</source>
        <translation>Conservar solo lo que todos los codificadores aplicaron aquí</translation>
    </message>
    <message>
        <source>&amp;Show in document</source>
        <translation>&amp;Mostrar en el documento</translation>
    </message>
    <message>
        <source>{n} disagreement to decide</source>
        <translation>{n} desacuerdo por resolver</translation>
    </message>
    <message>
        <source>{n} disagreements to decide</source>
        <translation>{n} desacuerdos por resolver</translation>
    </message>
    <message>
        <source>{to_decide}, {n} decided</source>
        <translation>{to_decide}; resueltos: {n}</translation>
    </message>
    <message>
        <source>{to_decide} — largest first</source>
        <translation>{to_decide} — los mayores primero</translation>
    </message>
    <message>
        <source>No disagreements left.</source>
        <translation>No quedan desacuerdos.</translation>
    </message>
    <message>
        <source>The coders agree everywhere.</source>
        <translation>Los codificadores coinciden en todo.</translation>
    </message>
    <message>
        <source>Accept {name}</source>
        <translation>Aceptar a {name}</translation>
    </message>
    <message>
        <source>Keep {name}&apos;s version of this text</source>
        <translation>Conservar la versión de {name} de este texto</translation>
    </message>
    <message>
        <source>{n} disagreements selected: a decision applies to each of them.</source>
        <translation>{n} desacuerdos seleccionados: la decisión se aplica a cada uno.</translation>
    </message>
    <message>
        <source>Decisions go into the coder “Consensus”, each with an entry in the audit log; Edit → Undo takes a decision back.</source>
        <translation>Las decisiones van al codificador «Consensus», cada una con una entrada en el registro de auditoría; Edición → Deshacer revierte una decisión.</translation>
    </message>
    <message>
        <source>Only a lead can reconcile disagreements.</source>
        <translation>Solo un responsable puede conciliar desacuerdos.</translation>
    </message>
</context>
<context>
    <name>team.errors</name>
    <message>
        <source>lead</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>codificador</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>a {role}</source>
        <translation>un {role}</translation>
    </message>
    <message>
        <source>Someone else changed this item while you were editing it, so your change was not saved.</source>
        <translation>Otra persona cambió este elemento mientras usted lo editaba, así que su cambio no se guardó.</translation>
    </message>
    <message>
        <source>The code has since been deleted.</source>
        <translation>El código se ha eliminado desde entonces.</translation>
    </message>
    <message>
        <source>The code is now called “{name}”.</source>
        <translation>El código ahora se llama «{name}».</translation>
    </message>
    <message>
        <source>Its definition now reads: “{definition}”.</source>
        <translation>Su definición ahora dice: «{definition}».</translation>
    </message>
    <message>
        <source>The window shows the current state; make your change again if it is still needed.</source>
        <translation>La ventana muestra el estado actual; vuelva a hacer su cambio si aún es necesario.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Cambiado por otra persona</translation>
    </message>
    <message>
        <source>your role</source>
        <translation>su rol</translation>
    </message>
    <message>
        <source>You are working as {who} in this project. Ask the project lead to make this change, or to give you the lead role.</source>
        <translation>Está trabajando como {who} en este proyecto. Pida al responsable del proyecto que haga este cambio o que le asigne el rol de responsable.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
</context>
<context>
    <name>team.exchange_dialog</name>
    <message>
        <source>REFI-QDA projects and codebooks (*.qdpx *.qdc);;All files (*)</source>
        <translation>Proyectos y libros de códigos REFI-QDA (*.qdpx *.qdc);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>REFI-QDA carries the documents, codes, codings, memos, coders and attributes.</source>
        <translation>REFI-QDA transporta los documentos, códigos, codificaciones, memos, codificadores y atributos.</translation>
    </message>
    <message>
        <source>REFI-QDA files cannot carry: {items}. Everything else is exported.</source>
        <translation>Los archivos REFI-QDA no pueden transportar: {items}. Todo lo demás se exporta.</translation>
    </message>
    <message>
        <source>Import REFI-QDA codebook — {name}</source>
        <translation>Importar libro de códigos REFI-QDA — {name}</translation>
    </message>
    <message>
        <source>Import REFI-QDA project — {name}</source>
        <translation>Importar proyecto REFI-QDA — {name}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>No se pudo leer {name}.</translation>
    </message>
    <message>
        <source>{name} (written by {program})</source>
        <translation>{name} (creado con {program})</translation>
    </message>
    <message>
        <source>{n} item in the file cannot be carried over; it is listed below.</source>
        <translation>{n} elemento del archivo no se puede incorporar; figura abajo.</translation>
    </message>
    <message>
        <source>{n} items in the file cannot be carried over; they are listed below.</source>
        <translation>{n} elementos del archivo no se pueden incorporar; figuran abajo.</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
    <message>
        <source>{name} could not be imported; nothing was changed.</source>
        <translation>No se pudo importar {name}; no se cambió nada.</translation>
    </message>
    <message>
        <source>Imported {name}: {summary}.</source>
        <translation>Importado {name}: {summary}.</translation>
    </message>
    <message>
        <source>Edit → Undo takes the import back in one step.</source>
        <translation>Edición → Deshacer revierte la importación en un solo paso.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>team.figures_view</name>
    <message>
        <source>Choose the coders and press Compute.</source>
        <translation>Elija los codificadores y pulse Calcular.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Agreement by code</source>
        <translation>Acuerdo por código</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Agreement by document</source>
        <translation>Acuerdo por documento</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Agreement by group</source>
        <translation>Acuerdo por grupo</translation>
    </message>
    <message>
        <source>Agreement between pairs of coders</source>
        <translation>Acuerdo entre pares de codificadores</translation>
    </message>
    <message>
        <source>By document</source>
        <translation>Por documento</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Por grupo</translation>
    </message>
    <message>
        <source>Pairwise Cohen&apos;s κ</source>
        <translation>κ de Cohen por pares</translation>
    </message>
    <message>
        <source>{n} code</source>
        <translation>{n} código</translation>
    </message>
    <message>
        <source>{n} codes</source>
        <translation>{n} códigos</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} documento</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} documentos</translation>
    </message>
    <message>
        <source>{codes} in {documents} · {units} as units · figures {pooling}</source>
        <translation>{codes} en {documents} · {units} como unidades · cifras {pooling}</translation>
    </message>
    <message>
        <source>n/d: not defined (hover for the reason). Select a code for its breakdown by document and group.</source>
        <translation>n/d: no definido (pase el puntero para ver el motivo). Seleccione un código para ver su desglose por documento y grupo.</translation>
    </message>
    <message>
        <source>All codes ({pooling})</source>
        <translation>Todos los códigos ({pooling})</translation>
    </message>
    <message>
        <source>all codes ({pooling})</source>
        <translation>todos los códigos ({pooling})</translation>
    </message>
    <message>
        <source>Breakdown for {name}</source>
        <translation>Desglose de {name}</translation>
    </message>
</context>
<context>
    <name>team.handout_dialog</name>
    <message>
        <source>Hand out a copy to a coder</source>
        <translation>Entregar una copia a un codificador</translation>
    </message>
    <message>
        <source>The copy holds the codebook and the chosen documents with their speakers and attributes. The coder codes in it and sends it back; merge it with Team → Merge coder projects.</source>
        <translation>La copia contiene el libro de códigos y los documentos elegidos con sus hablantes y atributos. El codificador codifica en ella y la devuelve; fusiónela con Equipo → Fusionar proyectos de codificadores.</translation>
    </message>
    <message>
        <source>Coder&apos;s name</source>
        <translation>Nombre del codificador</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Tick the documents the coder gets</source>
        <translation>Marque los documentos que recibe el codificador</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Include the codings and framework summaries this coder already made here</source>
        <translation>Incluir las codificaciones y los resúmenes de marco que este codificador ya hizo aquí</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Where the coder&apos;s copy is written</source>
        <translation>Dónde se escribe la copia del codificador</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Coder:</source>
        <translation>Codificador:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documentos:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>Create copy</source>
        <translation>Crear copia</translation>
    </message>
    <message>
        <source>Already handed out to {name}</source>
        <translation>Ya entregado a {name}</translation>
    </message>
    <message>
        <source>Save the coder&apos;s copy as</source>
        <translation>Guardar la copia del codificador como</translation>
    </message>
    <message>
        <source>qcoder projects (*.qcoder)</source>
        <translation>Proyectos de qcoder (*.qcoder)</translation>
    </message>
    <message>
        <source>Create copy with {n} document</source>
        <translation>Crear copia con {n} documento</translation>
    </message>
    <message>
        <source>Create copy with {n} documents</source>
        <translation>Crear copia con {n} documentos</translation>
    </message>
    <message>
        <source>{name} already exists. Choose another file name.</source>
        <translation>{name} ya existe. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Writing the copy for {name}…</source>
        <translation>Escribiendo la copia para {name}…</translation>
    </message>
    <message>
        <source>Hand out to {name}</source>
        <translation>Entregar a {name}</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} documento</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} documentos</translation>
    </message>
    <message>
        <source>Wrote {file}: the codebook and {documents} for {name}.</source>
        <translation>Se escribió {file}: el libro de códigos y {documents} para {name}.</translation>
    </message>
    <message>
        <source>Send the file to {name}. When it comes back, merge it with Team → Merge coder projects; documents not handed out to {name} count as not coded by them (missing), not as coded with nothing.</source>
        <translation>Envíe el archivo a {name}. Cuando vuelva, fusiónelo con Equipo → Fusionar proyectos de codificadores; los documentos no entregados a {name} cuentan como no codificados por esa persona (ausentes), no como codificados sin nada.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The copy could not be written.</source>
        <translation>No se pudo escribir la copia.</translation>
    </message>
</context>
<context>
    <name>team.merge_dialog</name>
    <message>
        <source>Coder projects and codings (*.qcoder *.qcodings *.qdpx);;All files (*)</source>
        <translation>Proyectos y codificaciones de codificadores (*.qcoder *.qcodings *.qdpx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Merge coder projects</source>
        <translation>Fusionar proyectos de codificadores</translation>
    </message>
    <message>
        <source>Choose the coders&apos; project copies (.qcoder), their exported codings (.qcodings) or REFI-QDA projects (.qdpx). You will see what the merge adds, matches and finds in conflict before anything is written.</source>
        <translation>Elija las copias de proyecto de los codificadores (.qcoder), sus codificaciones exportadas (.qcodings) o proyectos REFI-QDA (.qdpx). Verá lo que la fusión añade, empareja y encuentra en conflicto antes de que se escriba nada.</translation>
    </message>
    <message>
        <source>Coder projects</source>
        <translation>Proyectos de codificadores</translation>
    </message>
    <message>
        <source>The coders&apos; project files to merge</source>
        <translation>Los archivos de proyecto de los codificadores que se fusionarán</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Documents are matched by their text (even under another name), codes by id and then by path, coders by id and then by name. Where both sides differ, this project&apos;s values are kept and the difference is listed.</source>
        <translation>Los documentos se emparejan por su texto (aunque tengan otro nombre), los códigos por id y luego por ruta, los codificadores por id y luego por nombre. Cuando ambos lados difieren, se conservan los valores de este proyecto y se lista la diferencia.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Leyendo los archivos…</translation>
    </message>
    <message>
        <source>cannot be read — {reason}</source>
        <translation>no se puede leer — {reason}</translation>
    </message>
    <message>
        <source>Each file is matched again against the project as it is after the files before it, so something new in two files is added once.</source>
        <translation>Cada archivo se vuelve a emparejar con el proyecto tal como queda tras los archivos anteriores, así que algo nuevo en dos archivos se añade una sola vez.</translation>
    </message>
    <message>
        <source>Nothing to merge</source>
        <translation>Nada que fusionar</translation>
    </message>
    <message>
        <source>Merging {name}…</source>
        <translation>Fusionando {name}…</translation>
    </message>
    <message>
        <source>Merge {n} file</source>
        <translation>Fusionar {n} archivo</translation>
    </message>
    <message>
        <source>Merge {n} files</source>
        <translation>Fusionar {n} archivos</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusionando…</translation>
    </message>
    <message>
        <source>Edit → Undo takes the merge back in one step.</source>
        <translation>Edición → Deshacer revierte la fusión en un solo paso.</translation>
    </message>
    <message>
        <source>Merged.</source>
        <translation>Fusionado.</translation>
    </message>
    <message>
        <source>The merge was cancelled.</source>
        <translation>Se canceló la fusión.</translation>
    </message>
    <message>
        <source>The merge failed; nothing was changed.</source>
        <translation>La fusión falló; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>team.pages</name>
    <message>
        <source>Nothing has been written yet. The merge is one step: Edit → Undo takes it back.</source>
        <translation>Todavía no se ha escrito nada. La fusión es un solo paso: Edición → Deshacer la revierte.</translation>
    </message>
    <message>
        <source>Nothing has been written yet. The import is one step: Edit → Undo takes it back.</source>
        <translation>Todavía no se ha escrito nada. La importación es un solo paso: Edición → Deshacer la revierte.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>team.plan_view</name>
    <message>
        <source>{n} new document</source>
        <translation>{n} documento nuevo</translation>
    </message>
    <message>
        <source>{n} new documents</source>
        <translation>{n} documentos nuevos</translation>
    </message>
    <message>
        <source>{n} new code</source>
        <translation>{n} código nuevo</translation>
    </message>
    <message>
        <source>{n} new codes</source>
        <translation>{n} códigos nuevos</translation>
    </message>
    <message>
        <source>{n} new coder</source>
        <translation>{n} codificador nuevo</translation>
    </message>
    <message>
        <source>{n} new coders</source>
        <translation>{n} codificadores nuevos</translation>
    </message>
    <message>
        <source>{n} coding</source>
        <translation>{n} codificación</translation>
    </message>
    <message>
        <source>{n} codings</source>
        <translation>{n} codificaciones</translation>
    </message>
    <message>
        <source>{n} new participant</source>
        <translation>{n} participante nuevo</translation>
    </message>
    <message>
        <source>{n} new participants</source>
        <translation>{n} participantes nuevos</translation>
    </message>
    <message>
        <source>{n} new attribute</source>
        <translation>{n} atributo nuevo</translation>
    </message>
    <message>
        <source>{n} new attributes</source>
        <translation>{n} atributos nuevos</translation>
    </message>
    <message>
        <source>{n} memo</source>
        <translation>{n} memo</translation>
    </message>
    <message>
        <source>{n} memos</source>
        <translation>{n} memos</translation>
    </message>
    <message>
        <source>{n} summary</source>
        <translation>{n} resumen</translation>
    </message>
    <message>
        <source>{n} summaries</source>
        <translation>{n} resúmenes</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <source> ({n} coding already here)</source>
        <translation> ({n} codificación ya presente)</translation>
    </message>
    <message>
        <source> ({n} codings already here)</source>
        <translation> ({n} codificaciones ya presentes)</translation>
    </message>
    <message>
        <source>; {n} conflict (ours kept)</source>
        <translation>; {n} conflicto (se mantiene lo nuestro)</translation>
    </message>
    <message>
        <source>; {n} conflicts (ours kept)</source>
        <translation>; {n} conflictos (se mantiene lo nuestro)</translation>
    </message>
    <message>
        <source>New: </source>
        <translation>Nuevo: </translation>
    </message>
    <message>
        <source>Matched: </source>
        <translation>Emparejado: </translation>
    </message>
    <message>
        <source>Documents: {new} new, {matched} matched by text</source>
        <translation>Documentos — nuevos: {new}, emparejados por texto: {matched}</translation>
    </message>
    <message>
        <source>Codes: {new} new, {matched} already here</source>
        <translation>Códigos — nuevos: {new}, ya presentes: {matched}</translation>
    </message>
    <message>
        <source>Coders: {new} new, {matched} already here</source>
        <translation>Codificadores — nuevos: {new}, ya presentes: {matched}</translation>
    </message>
    <message>
        <source>Participants: {n} new</source>
        <translation>Participantes — nuevos: {n}</translation>
    </message>
    <message>
        <source>Attributes: {n} new</source>
        <translation>Atributos — nuevos: {n}</translation>
    </message>
    <message>
        <source>Codings: {n} new</source>
        <translation>Codificaciones — nuevas: {n}</translation>
    </message>
    <message>
        <source>, {n} already here (skipped)</source>
        <translation>, ya presentes (omitidas): {n}</translation>
    </message>
    <message>
        <source>Memos: {n} new</source>
        <translation>Memos — nuevos: {n}</translation>
    </message>
    <message>
        <source>Framework summaries: {n} new</source>
        <translation>Resúmenes de marco — nuevos: {n}</translation>
    </message>
    <message>
        <source>Conflicts: {n} (our values are kept; nothing is lost)</source>
        <translation>Conflictos: {n} (se conservan nuestros valores; no se pierde nada)</translation>
    </message>
    <message>
        <source>Not carried over: {n}</source>
        <translation>No incorporado: {n}</translation>
    </message>
    <message>
        <source>Not carried over: nothing — the file comes across completely</source>
        <translation>No incorporado: nada — el archivo se incorpora completo</translation>
    </message>
    <message>
        <source>Text positions read as</source>
        <translation>Posiciones de texto leídas como</translation>
    </message>
    <message>
        <source>{mapped} of {codings} placed</source>
        <translation>colocadas: {mapped} de {codings}</translation>
    </message>
    <message>
        <source>{name}: {convention}, because {why}. {placed}.</source>
        <translation>{name}: {convention}, porque {why}. {placed}.</translation>
    </message>
    <message>
        <source>Notes: {n}</source>
        <translation>Notas: {n}</translation>
    </message>
    <message>
        <source>there are no codings to place</source>
        <translation>no hay codificaciones que colocar</translation>
    </message>
    <message>
        <source>every way of counting gives the same positions in this text</source>
        <translation>todas las formas de contar dan las mismas posiciones en este texto</translation>
    </message>
    <message>
        <source>the excerpts&apos; names match the text when counted this way</source>
        <translation>los nombres de los fragmentos coinciden con el texto contando de esta forma</translation>
    </message>
    <message>
        <source>only this way keeps every coding inside the text</source>
        <translation>solo esta forma mantiene todas las codificaciones dentro del texto</translation>
    </message>
    <message>
        <source>the other ways would split characters or line breaks</source>
        <translation>las otras formas partirían caracteres o saltos de línea</translation>
    </message>
    <message>
        <source>it is ambiguous, and this is the known habit of the program that wrote the file</source>
        <translation>es ambiguo, y es la costumbre conocida del programa que escribió el archivo</translation>
    </message>
    <message>
        <source>it is ambiguous, and this is the standard&apos;s way</source>
        <translation>es ambiguo, y es la forma que dicta el estándar</translation>
    </message>
    <message>
        <source>What will be written</source>
        <translation>Lo que se escribirá</translation>
    </message>
    <message>
        <source>The changes this step makes, before anything is written</source>
        <translation>Los cambios que hace este paso, antes de escribir nada</translation>
    </message>
</context>
<context>
    <name>team.rows_view</name>
    <message>
        <source>&lt;b&gt;What this means:&lt;/b&gt; Krippendorff&apos;s α per code in each training round, rounds in the order they were added; &lt;i&gt;Change&lt;/i&gt; is the last round minus the first. A rise means the training works; a code that stays below .667 needs its definition sharpened before the coders go on (Krippendorff 2004: α ≥ .800 reliable, ≥ .667 tentative).</source>
        <translation>&lt;b&gt;Qué significa:&lt;/b&gt; α de Krippendorff por código en cada ronda de entrenamiento, con las rondas en el orden en que se añadieron; &lt;i&gt;Cambio&lt;/i&gt; es la última ronda menos la primera. Una subida significa que el entrenamiento funciona; un código que sigue por debajo de .667 necesita una definición más precisa antes de que los codificadores sigan (Krippendorff 2004: α ≥ .800 fiable, ≥ .667 provisional).</translation>
    </message>
    <message>
        <source>&lt;b&gt;What this means:&lt;/b&gt; agreement on the passages themselves, not on fixed units. &lt;i&gt;α 2004&lt;/i&gt;: Krippendorff&apos;s α_U (1995; 2004, §12.4) per code — do the coders cut the same passages? &lt;i&gt;uα&lt;/i&gt; (Krippendorff, Mathet, Bouvry &amp;amp; Widlöcher 2016): where the passages are and which code they carry, over the whole text. For a group of exclusive codes: &lt;i&gt;|uα&lt;/i&gt; where coded passages are, whatever the code; &lt;i&gt;cuα&lt;/i&gt; which code, only where the coders&apos; passages overlap; &lt;i&gt;Cuα&lt;/i&gt; the same per code. Read them against α&apos;s conventions (≥ .800 reliable, ≥ .667 tentative).</source>
        <translation>&lt;b&gt;Qué significa:&lt;/b&gt; acuerdo sobre los propios fragmentos, no sobre unidades fijas. &lt;i&gt;α 2004&lt;/i&gt;: α_U de Krippendorff (1995; 2004, §12.4) por código: ¿cortan los codificadores los mismos fragmentos? &lt;i&gt;uα&lt;/i&gt; (Krippendorff, Mathet, Bouvry &amp;amp; Widlöcher 2016): dónde están los fragmentos y qué código llevan, en todo el texto. Para un grupo de códigos excluyentes: &lt;i&gt;|uα&lt;/i&gt; dónde hay fragmentos codificados, sea cual sea el código; &lt;i&gt;cuα&lt;/i&gt; qué código, solo donde se solapan los fragmentos de los codificadores; &lt;i&gt;Cuα&lt;/i&gt; lo mismo por código. Léalos según las convenciones de α (≥ .800 fiable, ≥ .667 provisional).</translation>
    </message>
    <message>
        <source>Choose a group of exclusive codes to see |uα, cuα and Cuα.</source>
        <translation>Elija un grupo de códigos excluyentes para ver |uα, cuα y Cuα.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
</context>
<context>
    <name>team.server</name>
    <message>
        <source>The server at {host} asks for the password of “{user}”. Type it and open again.</source>
        <translation>El servidor {host} pide la contraseña de «{user}». Escríbala y vuelva a abrir.</translation>
    </message>
    <message>
        <source>The server at {host} did not accept the password for “{user}”. Check it and try again.</source>
        <translation>El servidor {host} no aceptó la contraseña de «{user}». Compruébela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server name “{host}” is unknown. Check the address.</source>
        <translation>El nombre de servidor «{host}» es desconocido. Compruebe la dirección.</translation>
    </message>
    <message>
        <source>The server at {host} cannot be reached (is it running, and is the port right?).</source>
        <translation>No se puede conectar con el servidor {host} (¿está en marcha y es correcto el puerto?).</translation>
    </message>
    <message>
        <source>Open server project</source>
        <translation>Abrir proyecto en servidor</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>solo si el servidor la pide</translation>
    </message>
    <message>
        <source>Server project:</source>
        <translation>Proyecto en servidor:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>A project shared on a PostgreSQL server: everyone&apos;s codings appear as they are made. The password is used for this connection only and never saved (qcoder also reads PGPASSWORD and ~/.pgpass).</source>
        <translation>Un proyecto compartido en un servidor PostgreSQL: las codificaciones de todos aparecen a medida que se hacen. La contraseña solo se usa para esta conexión y nunca se guarda (qcoder también lee PGPASSWORD y ~/.pgpass).</translation>
    </message>
    <message>
        <source>Expected an address like {example}</source>
        <translation>Se esperaba una dirección como {example}</translation>
    </message>
    <message>
        <source>Connects to {address} (the password typed in the address is used, not saved)</source>
        <translation>Se conecta a {address} (se usa la contraseña escrita en la dirección, sin guardarla)</translation>
    </message>
    <message>
        <source>Connects to {address}</source>
        <translation>Se conecta a {address}</translation>
    </message>
    <message>
        <source>This address cannot be read: {reason}</source>
        <translation>No se puede leer esta dirección: {reason}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>codificador</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Rol: {role}</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <source>Working as {name}, role: {role}.</source>
        <translation>Trabajando como {name}, rol: {role}.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Server project {address}.</source>
        <translation>Proyecto en servidor {address}.</translation>
    </message>
    <message>
        <source>server unreachable</source>
        <translation>servidor inaccesible</translation>
    </message>
    <message>
        <source>Live refresh failed: {reason} (retrying).</source>
        <translation>La actualización en directo falló: {reason} (reintentando).</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en directo</translation>
    </message>
    <message>
        <source>Other coders&apos; changes appear within two seconds.</source>
        <translation>Los cambios de los demás codificadores aparecen en menos de dos segundos.</translation>
    </message>
    <message>
        <source>blind mode</source>
        <translation>modo ciego</translation>
    </message>
    <message>
        <source>Blind mode: each coder sees only their own codings.</source>
        <translation>Modo ciego: cada codificador solo ve sus propias codificaciones.</translation>
    </message>
</context>
<context>
    <name>team.stats_model</name>
    <message>
        <source>% agreement</source>
        <translation>% de acuerdo</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ</source>
        <translation>κ de Cohen</translation>
    </message>
    <message>
        <source>Fleiss&apos; κ</source>
        <translation>κ de Fleiss</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α de Krippendorff</translation>
    </message>
    <message>
        <source>Gwet&apos;s AC1</source>
        <translation>AC1 de Gwet</translation>
    </message>
    <message>
        <source>Share of units on which all the coders agree (coded by all, or by none)</source>
        <translation>Proporción de unidades en las que todos los codificadores coinciden (codificadas por todos o por ninguno)</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (two coders): agreement corrected for chance, p_e = pA·pB + (1−pA)(1−pB)</source>
        <translation>Kappa de Cohen (dos codificadores): acuerdo corregido por el azar, p_e = pA·pB + (1−pA)(1−pB)</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa (any number of coders), over the units every coder rated</source>
        <translation>Kappa de Fleiss (cualquier número de codificadores), sobre las unidades que calificaron todos</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal), allowing for missing ratings</source>
        <translation>Alfa de Krippendorff (nominal), que admite calificaciones ausentes</translation>
    </message>
    <message>
        <source>Gwet&apos;s AC1: chance-corrected agreement that stays stable when a code is rare</source>
        <translation>AC1 de Gwet: acuerdo corregido por el azar que se mantiene estable cuando un código es poco frecuente</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Oraciones</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Párrafos</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Intervenciones</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>n/d</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>α ≥ .800: rely on this code (Krippendorff 2004)</source>
        <translation>α ≥ .800: puede confiar en este código (Krippendorff 2004)</translation>
    </message>
    <message>
        <source>α between .667 and .800: draw only tentative conclusions; compare the disagreements and sharpen the code&apos;s definition</source>
        <translation>α entre .667 y .800: saque solo conclusiones provisionales; compare los desacuerdos y precise la definición del código</translation>
    </message>
    <message>
        <source>α below .667: the coders apply this code differently — read its disagreements, revise the definition and recode before reporting it</source>
        <translation>α inferior a .667: los codificadores aplican este código de forma distinta; lea sus desacuerdos, revise la definición y vuelva a codificar antes de informar de él</translation>
    </message>
    <message>
        <source>α is not defined here (nothing coded, or no variation)</source>
        <translation>α no está definido aquí (nada codificado o sin variación)</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>fiable</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>no fiable</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>no definido</translation>
    </message>
    <message>
        <source>not defined: undefined in all {n} (code, document) tables that were averaged (nothing coded, or no variation, in each)</source>
        <translation>no definido: indefinido en las {n} tablas (código, documento) promediadas (nada codificado o sin variación en cada una)</translation>
    </message>
    <message>
        <source>not defined: no unit was rated by two or more of these coders</source>
        <translation>no definido: ninguna unidad fue calificada por dos o más de estos codificadores</translation>
    </message>
    <message>
        <source>not defined: none of these coders applied the code here, so there is nothing to agree on</source>
        <translation>no definido: ninguno de estos codificadores aplicó aquí el código, así que no hay nada en lo que coincidir</translation>
    </message>
    <message>
        <source>not defined: Cohen&apos;s kappa compares two coders; see the pairwise matrix for each pair</source>
        <translation>no definido: la kappa de Cohen compara dos codificadores; vea la matriz por pares para cada par</translation>
    </message>
    <message>
        <source>not defined: no unit was rated by every coder (Fleiss&apos; kappa needs all coders on each unit)</source>
        <translation>no definido: ninguna unidad fue calificada por todos los codificadores (la kappa de Fleiss necesita a todos en cada unidad)</translation>
    </message>
    <message>
        <source>not defined: chance agreement is 1 — every unit got the same answer from everyone (the code covers everything), so there is no variation to compare</source>
        <translation>no definido: el acuerdo por azar es 1 — todas las unidades recibieron la misma respuesta de todos (el código lo cubre todo), así que no hay variación que comparar</translation>
    </message>
    <message>
        <source>not defined: no pairable units</source>
        <translation>no definido: no hay unidades emparejables</translation>
    </message>
    <message>
        <source>average over {used} of {n} (code, document) tables</source>
        <translation>media de {used} de {n} tablas (código, documento)</translation>
    </message>
    <message>
        <source>; {n} where it is not defined are left out</source>
        <translation>; se excluyen {n} en las que no está definido</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Verdict (α)</source>
        <translation>Veredicto (α)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Units rated by two or more of the coders (summed over the documents)</source>
        <translation>Unidades calificadas por dos o más de los codificadores (sumadas en todos los documentos)</translation>
    </message>
    <message>
        <source>What Krippendorff&apos;s α means, by the usual convention ({source})</source>
        <translation>Qué significa la α de Krippendorff, según la convención habitual ({source})</translation>
    </message>
    <message>
        <source>{n} units rated by two or more coders; {all} by all</source>
        <translation>{n} unidades calificadas por dos o más codificadores; {all} por todos</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ between {first} and {second}</source>
        <translation>κ de Cohen entre {first} y {second}</translation>
    </message>
    <message>
        <source>not defined for {first} and {second}: nothing coded, or chance agreement is 1</source>
        <translation>no definido para {first} y {second}: nada codificado, o el acuerdo por azar es 1</translation>
    </message>
    <message>
        <source>pooled</source>
        <translation>agrupadas</translation>
    </message>
    <message>
        <source>averaged</source>
        <translation>promediadas</translation>
    </message>
    <message>
        <source>Pooled: the counts of every (code, document) table are summed, then each statistic is computed once.</source>
        <translation>Agrupadas: se suman los recuentos de todas las tablas (código, documento) y cada estadístico se calcula una sola vez.</translation>
    </message>
    <message>
        <source>Averaged: each statistic is computed per (code, document) table and the defined values are averaged; tables where it is not defined are left out.</source>
        <translation>Promediadas: cada estadístico se calcula por tabla (código, documento) y se promedian los valores definidos; se excluyen las tablas en las que no está definido.</translation>
    </message>
</context>
</TS>
