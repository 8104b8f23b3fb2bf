<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>attributes_editor</name>
    <message>
        <source>Edit document attribute</source>
        <translation>Editar atributo de documento</translation>
    </message>
    <message>
        <source>Add document attribute</source>
        <translation>Añadir atributo de documento</translation>
    </message>
    <message>
        <source>Edit participant attribute</source>
        <translation>Editar atributo de participante</translation>
    </message>
    <message>
        <source>Add participant attribute</source>
        <translation>Añadir atributo de participante</translation>
    </message>
    <message>
        <source>e.g. site, stakeholder_group, interview_date</source>
        <translation>p. ej., sitio, grupo_de_interes, fecha_entrevista</translation>
    </message>
    <message>
        <source>One value per line</source>
        <translation>Un valor por línea</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Allowed values:</source>
        <translation>Valores permitidos:</translation>
    </message>
    <message>
        <source>Give the attribute a name.</source>
        <translation>Dé un nombre al atributo.</translation>
    </message>
    <message>
        <source>There is already an attribute called “{name}”.</source>
        <translation>Ya existe un atributo llamado «{name}».</translation>
    </message>
    <message>
        <source>Pasted {n} value.</source>
        <translation>Se pegó {n} valor.</translation>
    </message>
    <message>
        <source>Pasted {n} values.</source>
        <translation>Se pegaron {n} valores.</translation>
    </message>
    <message>
        <source>{n} value did not fit the table (or fell on the name column) and was left out.</source>
        <translation>{n} valor no cabía en la tabla (o caía en la columna del nombre) y se omitió.</translation>
    </message>
    <message>
        <source>{n} values did not fit the table (or fell on the name column) and were left out.</source>
        <translation>{n} valores no cabían en la tabla (o caían en la columna del nombre) y se omitieron.</translation>
    </message>
    <message>
        <source>Attribute values</source>
        <translation>Valores de atributos</translation>
    </message>
    <message>
        <source>One row per document or participant, one column per attribute</source>
        <translation>Una fila por documento o participante, una columna por atributo</translation>
    </message>
    <message>
        <source>Add attribute…</source>
        <translation>Añadir atributo…</translation>
    </message>
    <message>
        <source>Edit attribute…</source>
        <translation>Editar atributo…</translation>
    </message>
    <message>
        <source>Delete attribute…</source>
        <translation>Eliminar atributo…</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Añadir participante…</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>Memo…</translation>
    </message>
    <message>
        <source>Your notes on the selected participant</source>
        <translation>Sus notas sobre el participante seleccionado</translation>
    </message>
    <message>
        <source>Added the attribute “{name}”.</source>
        <translation>Se añadió el atributo «{name}».</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation>{n} fila</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} filas</translation>
    </message>
    <message>
        <source>Delete the attribute “{name}” and its values on {rows}?</source>
        <translation>¿Eliminar el atributo «{name}» y sus valores en {rows}?</translation>
    </message>
    <message>
        <source>Delete the attribute “{name}”?</source>
        <translation>¿Eliminar el atributo «{name}»?</translation>
    </message>
    <message>
        <source>Delete attribute</source>
        <translation>Eliminar atributo</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <source>Name of the participant:</source>
        <translation>Nombre del participante:</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. Paste cells copied from a spreadsheet with Ctrl+V; Ctrl+C copies, Delete clears. Ctrl+Z undoes.</source>
        <translation>Haga doble clic en una celda para editarla. Pegue celdas copiadas de una hoja de cálculo con Ctrl+V; Ctrl+C copia, Supr borra. Ctrl+Z deshace.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
</context>
<context>
    <name>attributes_model</name>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>{name} ({type})</source>
        <translation>{name} ({type})</translation>
    </message>
    <message>
        <source>Values: {values}</source>
        <translation>Valores: {values}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(sin valor)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>codebook.dialogs</name>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>What this code means.</source>
        <translation>Qué significa este código.</translation>
    </message>
    <message>
        <source>Include when</source>
        <translation>Incluir cuando</translation>
    </message>
    <message>
        <source>When to apply it.</source>
        <translation>Cuándo aplicarlo.</translation>
    </message>
    <message>
        <source>Exclude when</source>
        <translation>Excluir cuando</translation>
    </message>
    <message>
        <source>When not to apply it (and which code to use instead).</source>
        <translation>Cuándo no aplicarlo (y qué código usar en su lugar).</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>A typical excerpt.</source>
        <translation>Un fragmento típico.</translation>
    </message>
    <message>
        <source>protanopia</source>
        <translation>protanopía</translation>
    </message>
    <message>
        <source>deuteranopia</source>
        <translation>deuteranopía</translation>
    </message>
    <message>
        <source>tritanopia</source>
        <translation>tritanopía</translation>
    </message>
    <message>
        <source>Edit code</source>
        <translation>Editar código</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Nuevo código</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>Nombre del código</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Dentro de</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Your notes on this code: how its use evolves, doubts, ideas.</source>
        <translation>Sus notas sobre este código: cómo evoluciona su uso, dudas, ideas.</translation>
    </message>
    <message>
        <source>The code memo (a note in REFI-QDA exports)</source>
        <translation>El memo del código (una nota en las exportaciones REFI-QDA)</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Save the code (Ctrl+Return)</source>
        <translation>Guardar el código (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Code color</source>
        <translation>Color del código</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Low contrast on the {themes} themes ({ratio}:1; stripes need {need}:1).</source>
        <translation>Contraste bajo en los temas {themes} ({ratio}:1; las franjas necesitan {need}:1).</translation>
    </message>
    <message>
        <source>Low contrast on the {themes} theme ({ratio}:1; stripes need {need}:1).</source>
        <translation>Contraste bajo en el tema {themes} ({ratio}:1; las franjas necesitan {need}:1).</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <source> (for people with {vision})</source>
        <translation> (para personas con {vision})</translation>
    </message>
    <message>
        <source>Hard to tell from {codes}{more}{how}.</source>
        <translation>Difícil de distinguir de {codes}{more}{how}.</translation>
    </message>
</context>
<context>
    <name>codebook.model</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
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
        <source>, {n} with subcodes</source>
        <translation>, {n} con subcódigos</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Incluir</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;{label}:&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>Hidden in the document viewer</source>
        <translation>Oculto en el visor de documentos</translation>
    </message>
    <message>
        <source>quick key {key}</source>
        <translation>tecla rápida {key}</translation>
    </message>
    <message>
        <source>no quick key</source>
        <translation>sin tecla rápida</translation>
    </message>
    <message>
        <source>hidden in the document viewer</source>
        <translation>oculto en el visor de documentos</translation>
    </message>
    <message>
        <source>under {code}</source>
        <translation>dentro de {code}</translation>
    </message>
    <message>
        <source>definition: {text}</source>
        <translation>definición: {text}</translation>
    </message>
    <message>
        <source>Move code</source>
        <translation>Mover código</translation>
    </message>
    <message>
        <source>Move codes</source>
        <translation>Mover códigos</translation>
    </message>
</context>
<context>
    <name>codebook.panel</name>
    <message>
        <source>Filter codes</source>
        <translation>Filtrar códigos</translation>
    </message>
    <message>
        <source>Shows only the codes whose name matches</source>
        <translation>Muestra solo los códigos cuyo nombre coincide</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Nuevo código</translation>
    </message>
    <message>
        <source>New subcode</source>
        <translation>Nuevo subcódigo</translation>
    </message>
    <message>
        <source>Edit code…</source>
        <translation>Editar código…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionar con…</translation>
    </message>
    <message>
        <source>Delete code…</source>
        <translation>Eliminar código…</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <source>Codes and subcodes with their number of codings and quick keys. Enter applies one.</source>
        <translation>Códigos y subcódigos con su número de codificaciones y sus teclas rápidas. Intro aplica uno.</translation>
    </message>
    <message>
        <source>Edit code</source>
        <translation>Editar código</translation>
    </message>
    <message>
        <source>Color of {name}</source>
        <translation>Color de {name}</translation>
    </message>
    <message>
        <source>{n} subcode</source>
        <translation>{n} subcódigo</translation>
    </message>
    <message>
        <source>{n} subcodes</source>
        <translation>{n} subcódigos</translation>
    </message>
    <message>
        <source>Delete {names} and {subcodes}?</source>
        <translation>¿Eliminar {names} y {subcodes}?</translation>
    </message>
    <message>
        <source>Delete {names}?</source>
        <translation>¿Eliminar {names}?</translation>
    </message>
    <message>
        <source>{n} coding will be removed.</source>
        <translation>Se quitará {n} codificación.</translation>
    </message>
    <message>
        <source>{n} codings will be removed.</source>
        <translation>Se quitarán {n} codificaciones.</translation>
    </message>
    <message>
        <source>No codings use it.</source>
        <translation>Ninguna codificación lo usa.</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puede deshacerlo con Ctrl+Z.</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>Eliminar código</translation>
    </message>
    <message>
        <source>Delete {n} codes</source>
        <translation>Eliminar {n} códigos</translation>
    </message>
    <message>
        <source>Deleted {n} code</source>
        <translation>Se eliminó {n} código</translation>
    </message>
    <message>
        <source>Deleted {n} codes</source>
        <translation>Se eliminaron {n} códigos</translation>
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
        <source>{deleted} and {codings}.</source>
        <translation>{deleted} y {codings}.</translation>
    </message>
    <message>
        <source>Merge “{name}” into…</source>
        <translation>Fusionar «{name}» con…</translation>
    </message>
    <message>
        <source>“{name}” and its {codings} move into the code you choose; its subcodes move along. Undo with Ctrl+Z.</source>
        <translation>«{name}» y sus {codings} pasan al código que elija; sus subcódigos también. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Color…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <source>Quick-code key</source>
        <translation>Tecla de codificación rápida</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Show codings in the viewer</source>
        <translation>Mostrar las codificaciones en el visor</translation>
    </message>
    <message>
        <source>Hide codings in the viewer</source>
        <translation>Ocultar las codificaciones en el visor</translation>
    </message>
    <message>
        <source>Import codebook…</source>
        <translation>Importar libro de códigos…</translation>
    </message>
    <message>
        <source>Export codebook…</source>
        <translation>Exportar libro de códigos…</translation>
    </message>
    <message>
        <source>Codebook import is not available in this version.</source>
        <translation>La importación de libros de códigos no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>Importar libro de códigos</translation>
    </message>
    <message>
        <source>Codebooks (*.csv *.xlsx *.qdc *.qdpx);;All files (*)</source>
        <translation>Libros de códigos (*.csv *.xlsx *.qdc *.qdpx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The codebook could not be imported.</source>
        <translation>No se pudo importar el libro de códigos.</translation>
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
        <source>Codebook imported: {new}, {updated} updated, {unchanged} unchanged.</source>
        <translation>Libro de códigos importado: {new}, {updated} actualizados, {unchanged} sin cambios.</translation>
    </message>
    <message>
        <source>Codebook imported: {new}, {matched} already in the codebook.</source>
        <translation>Libro de códigos importado: {new}, {matched} ya estaban en el libro de códigos.</translation>
    </message>
    <message>
        <source>Codebook export is not available in this version.</source>
        <translation>La exportación de libros de códigos no está disponible en esta versión.</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Exportar libro de códigos</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The codebook could not be exported.</source>
        <translation>No se pudo exportar el libro de códigos.</translation>
    </message>
    <message>
        <source>Exported {n} codes to {path}.</source>
        <translation>Se exportaron {n} códigos a {path}.</translation>
    </message>
</context>
<context>
    <name>coding.controller</name>
    <message>
        <source>Apply code…</source>
        <translation>Aplicar código…</translation>
    </message>
    <message>
        <source>Type to find a code and apply it to the selection</source>
        <translation>Escriba para buscar un código y aplicarlo a la selección</translation>
    </message>
    <message>
        <source>In-vivo code</source>
        <translation>Código in vivo</translation>
    </message>
    <message>
        <source>Create a code named from the selected words and apply it</source>
        <translation>Crear un código con las palabras seleccionadas como nombre y aplicarlo</translation>
    </message>
    <message>
        <source>Code sentence</source>
        <translation>Codificar la oración</translation>
    </message>
    <message>
        <source>Code paragraph</source>
        <translation>Codificar el párrafo</translation>
    </message>
    <message>
        <source>Code speaker turn</source>
        <translation>Codificar el turno de palabra</translation>
    </message>
    <message>
        <source>Snap selection to sentences</source>
        <translation>Ajustar la selección a oraciones</translation>
    </message>
    <message>
        <source>Widen the selection to whole sentences</source>
        <translation>Ampliar la selección a oraciones completas</translation>
    </message>
    <message>
        <source>Select coding at cursor</source>
        <translation>Seleccionar la codificación en el cursor</translation>
    </message>
    <message>
        <source>Select the coding under the cursor; again: the next one there</source>
        <translation>Selecciona la codificación bajo el cursor; de nuevo: la siguiente en ese punto</translation>
    </message>
    <message>
        <source>Quick code {n}</source>
        <translation>Código rápido {n}</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Quitar codificación</translation>
    </message>
    <message>
        <source>Coding memo…</source>
        <translation>Memo de la codificación…</translation>
    </message>
    <message>
        <source>Star as exemplar</source>
        <translation>Destacar como ejemplar</translation>
    </message>
    <message>
        <source>Fit coding to selection</source>
        <translation>Ajustar la codificación a la selección</translation>
    </message>
    <message>
        <source>Extend coding end by a word</source>
        <translation>Extender el final de la codificación una palabra</translation>
    </message>
    <message>
        <source>Shrink coding end by a word</source>
        <translation>Reducir el final de la codificación una palabra</translation>
    </message>
    <message>
        <source>Extend coding start by a word</source>
        <translation>Extender el inicio de la codificación una palabra</translation>
    </message>
    <message>
        <source>Shrink coding start by a word</source>
        <translation>Reducir el inicio de la codificación una palabra</translation>
    </message>
    <message>
        <source>Coding needs a coder name.</source>
        <translation>Para codificar hace falta un nombre de codificador/a.</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Abra primero un documento.</translation>
    </message>
    <message>
        <source>Select some text first, then choose a code.</source>
        <translation>Seleccione primero un texto y luego elija un código.</translation>
    </message>
    <message>
        <source>Coded as “{code}” — Ctrl+Z to undo</source>
        <translation>Codificado como «{code}» — Ctrl+Z para deshacer</translation>
    </message>
    <message>
        <source>No code is bound to key {n}: right-click a code in the codebook → Quick-code key.</source>
        <translation>Ningún código está asignado a la tecla {n}: haga clic derecho en un código del libro de códigos → Tecla de codificación rápida.</translation>
    </message>
    <message>
        <source>Apply code</source>
        <translation>Aplicar código</translation>
    </message>
    <message>
        <source>Select the words to use as the code name.</source>
        <translation>Seleccione las palabras que se usarán como nombre del código.</translation>
    </message>
    <message>
        <source>In-vivo code {name}</source>
        <translation>Código in vivo {name}</translation>
    </message>
    <message>
        <source>New in-vivo code “{name}” — Ctrl+Z to undo</source>
        <translation>Nuevo código in vivo «{name}» — Ctrl+Z para deshacer</translation>
    </message>
    <message>
        <source>There is no sentence at the cursor.</source>
        <translation>No hay ninguna oración en el cursor.</translation>
    </message>
    <message>
        <source>There is no paragraph at the cursor.</source>
        <translation>No hay ningún párrafo en el cursor.</translation>
    </message>
    <message>
        <source>There is no speaker turn at the cursor.</source>
        <translation>No hay ningún turno de palabra en el cursor.</translation>
    </message>
    <message>
        <source>Select some text first: it widens to the sentences it touches.</source>
        <translation>Seleccione primero un texto: se ampliará a las oraciones que abarque.</translation>
    </message>
    <message>
        <source>No coding at the cursor.</source>
        <translation>No hay ninguna codificación en el cursor.</translation>
    </message>
    <message>
        <source>Selected “{code}” by {coder}</source>
        <translation>Seleccionado «{code}» de {coder}</translation>
    </message>
    <message>
        <source> ({n} of {total} here)</source>
        <translation> ({n} de {total} aquí)</translation>
    </message>
    <message>
        <source>Coding removed — Ctrl+Z to undo</source>
        <translation>Codificación quitada — Ctrl+Z para deshacer</translation>
    </message>
    <message>
        <source>Coding memo</source>
        <translation>Memo de la codificación</translation>
    </message>
    <message>
        <source>Memo on this “{code}” coding:</source>
        <translation>Memo sobre esta codificación «{code}»:</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Seleccionar</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>Memo…</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Quitar de ejemplares</translation>
    </message>
    <message>
        <source>Fit to selection</source>
        <translation>Ajustar a la selección</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Quick codes</source>
        <translation>Códigos rápidos</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>coding.finder</name>
    <message>
        <source>Apply code</source>
        <translation>Aplicar código</translation>
    </message>
    <message>
        <source>Find a code</source>
        <translation>Buscar un código</translation>
    </message>
    <message>
        <source>Type part of a code&apos;s name; Enter applies the chosen code</source>
        <translation>Escriba parte del nombre de un código; Intro aplica el código elegido</translation>
    </message>
    <message>
        <source>Type to filter codes, Enter to apply</source>
        <translation>Escriba para filtrar códigos, Intro para aplicar</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>The codes matching what you typed, with their quick keys</source>
        <translation>Los códigos que coinciden con lo escrito, con sus teclas rápidas</translation>
    </message>
</context>
<context>
    <name>documents_panel</name>
    <message>
        <source>Speakers</source>
        <translation>Hablantes</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codificaciones</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
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
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Document attribute “{name}”</source>
        <translation>Atributo de documento «{name}»</translation>
    </message>
    <message>
        <source>Imported from {source} ({format})</source>
        <translation>Importado de {source} ({format})</translation>
    </message>
    <message>
        <source>Filter documents, attributes, speakers…</source>
        <translation>Filtrar documentos, atributos, hablantes…</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Filtrar documentos</translation>
    </message>
    <message>
        <source>Shows only the documents whose name, attributes or speakers match</source>
        <translation>Muestra solo los documentos cuyo nombre, atributos o hablantes coinciden</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import transcripts (Word, text, RTF, subtitles) and attribute sheets</source>
        <translation>Importar transcripciones (Word, texto, RTF, subtítulos) y hojas de atributos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>One row per document: name, attributes, speakers, codings. Enter opens it.</source>
        <translation>Una fila por documento: nombre, atributos, hablantes, codificaciones. Intro lo abre.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Edit speakers…</source>
        <translation>Editar hablantes…</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>Atributos…</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>Memo…</translation>
    </message>
    <message>
        <source>Your notes on this document</source>
        <translation>Sus notas sobre este documento</translation>
    </message>
    <message>
        <source>Delete {n} documents…</source>
        <translation>Eliminar {n} documentos…</translation>
    </message>
    <message>
        <source>No documents yet: click Import… to add transcripts.</source>
        <translation>Aún no hay documentos: haga clic en Importar… para añadir transcripciones.</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Renombrar documento</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
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
        <source>Delete {documents} and {codings}?</source>
        <translation>¿Eliminar {documents} y {codings}?</translation>
    </message>
    <message>
        <source>Delete {documents}?</source>
        <translation>¿Eliminar {documents}?</translation>
    </message>
    <message>
        <source>Delete documents</source>
        <translation>Eliminar documentos</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Puede deshacerlo con Edición ▸ Deshacer.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Eliminar {name}</translation>
    </message>
    <message>
        <source>Delete {n} documents</source>
        <translation>Eliminar {n} documentos</translation>
    </message>
</context>
<context>
    <name>excerpt_table</name>
    <message>
        <source>Exemplar: click a star to mark the excerpt as a good example of its code</source>
        <translation>Ejemplar: haga clic en una estrella para marcar el fragmento como buen ejemplo de su código</translation>
    </message>
    <message>
        <source>Exemplar (click to unstar)</source>
        <translation>Ejemplar (clic para quitar la estrella)</translation>
    </message>
    <message>
        <source>Click to star as an exemplar</source>
        <translation>Clic para destacar como ejemplar</translation>
    </message>
    <message>
        <source>Memo: {memo}</source>
        <translation>Memo: {memo}</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>destacado</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>no destacado</translation>
    </message>
</context>
<context>
    <name>excerpts_panel</name>
    <message>
        <source>{speaker} (interviewer)</source>
        <translation>{speaker} (entrevistador/a)</translation>
    </message>
    <message>
        <source>Participant: {name}</source>
        <translation>Participante: {name}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de interés</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador/a</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Where the excerpt starts in the document&apos;s recording (right-click: Play from here)</source>
        <translation>Dónde empieza el fragmento en la grabación del documento (clic derecho: Reproducir desde aquí)</translation>
    </message>
    <message>
        <source>Include subcodes</source>
        <translation>Incluir subcódigos</translation>
    </message>
    <message>
        <source>Show the excerpts of one coder</source>
        <translation>Mostrar los fragmentos de un/a codificador/a</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Show excerpts whose speaker or document has a value of this attribute</source>
        <translation>Mostrar los fragmentos cuyo hablante o documento tiene un valor de este atributo</translation>
    </message>
    <message>
        <source>Show excerpts whose speaker (or document) has this attribute value</source>
        <translation>Mostrar los fragmentos cuyo hablante (o documento) tiene este valor de atributo</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>Valor de atributo</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Solo destacados</translation>
    </message>
    <message>
        <source>Find in excerpts</source>
        <translation>Buscar en los fragmentos</translation>
    </message>
    <message>
        <source>Find in excerpts…</source>
        <translation>Buscar en los fragmentos…</translation>
    </message>
    <message>
        <source>Coded excerpts</source>
        <translation>Fragmentos codificados</translation>
    </message>
    <message>
        <source>One row per coding of the chosen code: document, excerpt, speaker, coder. Enter opens it.</source>
        <translation>Una fila por codificación del código elegido: documento, fragmento, hablante, codificador/a. Intro la abre.</translation>
    </message>
    <message>
        <source>Loading excerpts…</source>
        <translation>Cargando fragmentos…</translation>
    </message>
    <message>
        <source>Select a code in the codebook to see its coded excerpts.</source>
        <translation>Seleccione un código en el libro de códigos para ver sus fragmentos codificados.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Todos los codificadores</translation>
    </message>
    <message>
        <source>Any attribute</source>
        <translation>Cualquier atributo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(sin valor)</translation>
    </message>
    <message>
        <source>No coded excerpts yet.</source>
        <translation>Aún no hay fragmentos codificados.</translation>
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
        <source>{shown} of {total} (filtered)</source>
        <translation>{shown} de {total} (filtrados)</translation>
    </message>
    <message>
        <source>Show in document</source>
        <translation>Mostrar en el documento</translation>
    </message>
    <message>
        <source>Play from here</source>
        <translation>Reproducir desde aquí</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Quitar de ejemplares</translation>
    </message>
    <message>
        <source>Star as exemplar</source>
        <translation>Destacar como ejemplar</translation>
    </message>
</context>
<context>
    <name>memo_dialog</name>
    <message>
        <source>Memo on the document {name}</source>
        <translation>Memo sobre el documento {name}</translation>
    </message>
    <message>
        <source>Memo on the code {name}</source>
        <translation>Memo sobre el código {name}</translation>
    </message>
    <message>
        <source>Memo on the participant {name}</source>
        <translation>Memo sobre el participante {name}</translation>
    </message>
    <message>
        <source>Your notes on this document: what stands out, questions to follow up, links to themes.</source>
        <translation>Sus notas sobre este documento: lo que destaca, preguntas que seguir, vínculos con temas.</translation>
    </message>
    <message>
        <source>Your notes on this code: what stands out, questions to follow up, links to themes.</source>
        <translation>Sus notas sobre este código: lo que destaca, preguntas que seguir, vínculos con temas.</translation>
    </message>
    <message>
        <source>Your notes on this participant: what stands out, questions to follow up, links to themes.</source>
        <translation>Sus notas sobre este participante: lo que destaca, preguntas que seguir, vínculos con temas.</translation>
    </message>
    <message>
        <source>Last written by {who}, {when}</source>
        <translation>Escrito por última vez por {who}, {when}</translation>
    </message>
    <message>
        <source>Last written {when}</source>
        <translation>Escrito por última vez: {when}</translation>
    </message>
    <message>
        <source>Memo text</source>
        <translation>Texto del memo</translation>
    </message>
    <message>
        <source>Save the memo (Ctrl+Return)</source>
        <translation>Guardar el memo (Ctrl+Intro)</translation>
    </message>
</context>
<context>
    <name>memo_links_view</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Excerpt (coding)</source>
        <translation>Fragmento (codificación)</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(no encontrado)</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>Insertar enlace</translation>
    </message>
    <message>
        <source>Link to</source>
        <translation>Enlazar con</translation>
    </message>
    <message>
        <source>What the link points at: a code, a document or an excerpt</source>
        <translation>A qué apunta el enlace: un código, un documento o un fragmento</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Link targets</source>
        <translation>Destinos del enlace</translation>
    </message>
    <message>
        <source>Enter inserts a link to the chosen one</source>
        <translation>Intro inserta un enlace al elegido</translation>
    </message>
</context>
<context>
    <name>memos_panel</name>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Últimos 365 días</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Project journal</source>
        <translation>Diario del proyecto</translation>
    </message>
    <message>
        <source>Document memos</source>
        <translation>Memos de documentos</translation>
    </message>
    <message>
        <source>Code memos</source>
        <translation>Memos de códigos</translation>
    </message>
    <message>
        <source>Participant memos</source>
        <translation>Memos de participantes</translation>
    </message>
    <message>
        <source>Coding memos</source>
        <translation>Memos de codificaciones</translation>
    </message>
    <message>
        <source>Framework summaries</source>
        <translation>Resúmenes Framework</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor/a</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Memo type</source>
        <translation>Tipo de memo</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Memo author</source>
        <translation>Autor/a del memo</translation>
    </message>
    <message>
        <source>Memos since</source>
        <translation>Memos desde</translation>
    </message>
    <message>
        <source>Search memos</source>
        <translation>Buscar en los memos</translation>
    </message>
    <message>
        <source>Search memos…</source>
        <translation>Buscar en los memos…</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>Nueva entrada del diario</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>One row per memo: type, what it is on, author, date. Enter opens it.</source>
        <translation>Una fila por memo: tipo, sobre qué es, autor/a, fecha. Intro lo abre.</translation>
    </message>
    <message>
        <source>Select a memo to read or edit it.</source>
        <translation>Seleccione un memo para leerlo o editarlo.</translation>
    </message>
    <message>
        <source>Memo text</source>
        <translation>Texto del memo</translation>
    </message>
    <message>
        <source>The selected memo, to read or edit</source>
        <translation>El memo seleccionado, para leer o editar</translation>
    </message>
    <message>
        <source>Save memo</source>
        <translation>Guardar memo</translation>
    </message>
    <message>
        <source>Insert link…</source>
        <translation>Insertar enlace…</translation>
    </message>
    <message>
        <source>Link this memo to a code, a document or an excerpt</source>
        <translation>Enlazar este memo con un código, un documento o un fragmento</translation>
    </message>
    <message>
        <source>The link “{ref}” points to something that is no longer in the project</source>
        <translation>El enlace «{ref}» apunta a algo que ya no está en el proyecto</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Todos los autores</translation>
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
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>autor/a desconocido/a</translation>
    </message>
    <message>
        <source>{kind}: {target}</source>
        <translation>{kind}: {target}</translation>
    </message>
</context>
<context>
    <name>search_panel</name>
    <message>
        <source>In</source>
        <translation>En</translation>
    </message>
    <message>
        <source>Match in context</source>
        <translation>Coincidencia en contexto</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>A word or phrase to find in documents, memos and summaries</source>
        <translation>Una palabra o frase que buscar en documentos, memos y resúmenes</translation>
    </message>
    <message>
        <source>Search documents, memos and summaries for a word or phrase…</source>
        <translation>Buscar una palabra o frase en documentos, memos y resúmenes…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>One row per place found: document and context. Enter opens it.</source>
        <translation>Una fila por lugar encontrado: documento y contexto. Intro lo abre.</translation>
    </message>
    <message>
        <source>Searching for “{query}”…</source>
        <translation>Buscando «{query}»…</translation>
    </message>
    <message>
        <source>No matches for “{query}”.</source>
        <translation>No hay coincidencias para «{query}».</translation>
    </message>
    <message>
        <source>{n} match</source>
        <translation>{n} coincidencia</translation>
    </message>
    <message>
        <source>{n} matches</source>
        <translation>{n} coincidencias</translation>
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
        <source>{matches} in {documents}</source>
        <translation>{matches} en {documents}</translation>
    </message>
    <message>
        <source> and {memos}</source>
        <translation> y {memos}</translation>
    </message>
    <message>
        <source>{n} memo or summary</source>
        <translation>{n} memo o resumen</translation>
    </message>
    <message>
        <source>{n} memos or summaries</source>
        <translation>{n} memos o resúmenes</translation>
    </message>
    <message>
        <source>Showing the first {n} matches (in {documents}); refine the search.</source>
        <translation>Se muestran las primeras {n} coincidencias (en {documents}); afine la búsqueda.</translation>
    </message>
</context>
<context>
    <name>survey.grid_filter</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Only the answers to this question</source>
        <translation>Solo las respuestas a esta pregunta</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>Valor de atributo</translation>
    </message>
    <message>
        <source>Only the respondents with this attribute value</source>
        <translation>Solo los encuestados con este valor de atributo</translation>
    </message>
    <message>
        <source>Search answers</source>
        <translation>Buscar en las respuestas</translation>
    </message>
    <message>
        <source>Only the answers or respondents containing this text</source>
        <translation>Solo las respuestas o los encuestados que contienen este texto</translation>
    </message>
    <message>
        <source>Search answers or respondents…</source>
        <translation>Buscar en respuestas o encuestados…</translation>
    </message>
    <message>
        <source>Uncoded only</source>
        <translation>Solo sin codificar</translation>
    </message>
    <message>
        <source>Only the answers nobody has coded (applied again when the filter changes)</source>
        <translation>Solo las respuestas que nadie ha codificado (se vuelve a aplicar al cambiar el filtro)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Todas las preguntas</translation>
    </message>
    <message>
        <source>All respondents</source>
        <translation>Todos los encuestados</translation>
    </message>
</context>
<context>
    <name>survey.grid_model</name>
    <message>
        <source>Respondent</source>
        <translation>Encuestado/a</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
</context>
<context>
    <name>survey.grid_window</name>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Respuestas de la encuesta</translation>
    </message>
    <message>
        <source>One row per respondent, one column per question</source>
        <translation>Una fila por encuestado, una columna por pregunta</translation>
    </message>
    <message>
        <source>Import survey…</source>
        <translation>Importar encuesta…</translation>
    </message>
    <message>
        <source>Reading the survey answers…</source>
        <translation>Leyendo las respuestas de la encuesta…</translation>
    </message>
    <message>
        <source>{n} answer</source>
        <translation>{n} respuesta</translation>
    </message>
    <message>
        <source>{n} answers</source>
        <translation>{n} respuestas</translation>
    </message>
    <message>
        <source>{answers}. Keys 1–9 code the current answer and move to the next; Enter opens it in the viewer.</source>
        <translation>{answers}. Las teclas 1–9 codifican la respuesta actual y pasan a la siguiente; Intro la abre en el visor.</translation>
    </message>
    <message>
        <source>No survey answers yet: Import survey… reads a CSV, Excel or SPSS export.</source>
        <translation>Aún no hay respuestas de encuesta: Importar encuesta… lee una exportación CSV, Excel o SPSS.</translation>
    </message>
    <message>
        <source>Keys: {keys}</source>
        <translation>Teclas: {keys}</translation>
    </message>
    <message>
        <source>No quick-code keys yet: right-click a code in the codebook → Quick-code key.</source>
        <translation>Aún no hay teclas de codificación rápida: haga clic derecho en un código del libro de códigos → Tecla de codificación rápida.</translation>
    </message>
    <message>
        <source>No code is bound to key {n}: right-click a code in the codebook → Quick-code key.</source>
        <translation>Ningún código está asignado a la tecla {n}: haga clic derecho en un código del libro de códigos → Tecla de codificación rápida.</translation>
    </message>
    <message>
        <source>Coded “{name}” on answer {n} — Ctrl+Z to undo</source>
        <translation>Codificado «{name}» en la respuesta {n} — Ctrl+Z para deshacer</translation>
    </message>
    <message>
        <source>Removed “{name}” from answer {n} — Ctrl+Z to undo</source>
        <translation>Quitado «{name}» de la respuesta {n} — Ctrl+Z para deshacer</translation>
    </message>
</context>
<context>
    <name>survey.import_dialog</name>
    <message>
        <source>Survey exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.sav *.zsav);;All files (*)</source>
        <translation>Exportaciones de encuestas (*.csv *.tsv *.txt *.xlsx *.xlsm *.sav *.zsav);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import survey answers</source>
        <translation>Importar respuestas de encuesta</translation>
    </message>
    <message>
        <source>Survey file</source>
        <translation>Archivo de la encuesta</translation>
    </message>
    <message>
        <source>A CSV, Excel or SPSS export, one row per respondent</source>
        <translation>Una exportación CSV, Excel o SPSS, una fila por encuestado</translation>
    </message>
    <message>
        <source>A CSV, Excel or SPSS (.sav) export, one row per respondent</source>
        <translation>Una exportación CSV, Excel o SPSS (.sav), una fila por encuestado</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Las primeras filas del archivo</translation>
    </message>
    <message>
        <source>One document per answer (named respondent - question)</source>
        <translation>Un documento por respuesta (llamado encuestado - pregunta)</translation>
    </message>
    <message>
        <source>One document per respondent, a section per question</source>
        <translation>Un documento por encuestado, una sección por pregunta</translation>
    </message>
    <message>
        <source>ID column:</source>
        <translation>Columna de ID:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documentos:</translation>
    </message>
    <message>
        <source>Open-ended text columns</source>
        <translation>Columnas de texto abierto</translation>
    </message>
    <message>
        <source>Attribute columns</source>
        <translation>Columnas de atributos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Primeras filas:</translation>
    </message>
    <message>
        <source>Survey export</source>
        <translation>Exportación de encuesta</translation>
    </message>
    <message>
        <source>{n} respondent</source>
        <translation>{n} encuestado</translation>
    </message>
    <message>
        <source>{n} respondents</source>
        <translation>{n} encuestados</translation>
    </message>
    <message>
        <source>{n} column</source>
        <translation>{n} columna</translation>
    </message>
    <message>
        <source>{n} columns</source>
        <translation>{n} columnas</translation>
    </message>
    <message>
        <source>{respondents}, {columns}.</source>
        <translation>{respondents}, {columns}.</translation>
    </message>
    <message>
        <source>Tick at least one open-ended text column.</source>
        <translation>Marque al menos una columna de texto abierto.</translation>
    </message>
    <message>
        <source>Import survey</source>
        <translation>Importar encuesta</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Nothing imported: {reason}</source>
        <translation>No se importó nada: {reason}</translation>
    </message>
    <message>
        <source>Imported {answers} of {respondents} as {documents}; {blank} skipped.</source>
        <translation>Importadas {answers} de {respondents} como {documents}; omitidas: {blank}.</translation>
    </message>
    <message>
        <source>{n} answer</source>
        <translation>{n} respuesta</translation>
    </message>
    <message>
        <source>{n} answers</source>
        <translation>{n} respuestas</translation>
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
        <source>{n} blank answer</source>
        <translation>{n} respuesta vacía</translation>
    </message>
    <message>
        <source>{n} blank answers</source>
        <translation>{n} respuestas vacías</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
</context>
<context>
    <name>turn_rules</name>
    <message>
        <source>No speaker labels were found in this document, so its excerpts cannot be attributed to a speaker. Give its paragraphs to an interviewer and a respondent in one step (Ctrl+Z undoes it):</source>
        <translation>No se encontraron etiquetas de hablante en este documento, así que sus fragmentos no se pueden atribuir a un hablante. Asigne sus párrafos a un entrevistador y un entrevistado en un solo paso (Ctrl+Z lo deshace):</translation>
    </message>
    <message>
        <source>Paragraphs alternate: interviewer, respondent</source>
        <translation>Los párrafos alternan: entrevistador, entrevistado</translation>
    </message>
    <message>
        <source>Q:</source>
        <translation>P:</translation>
    </message>
    <message>
        <source>are the interviewer&apos;s</source>
        <translation>son del entrevistador</translation>
    </message>
    <message>
        <source>or paragraphs starting with</source>
        <translation>o los párrafos que empiezan por</translation>
    </message>
</context>
<context>
    <name>viewer.caret_codings</name>
    <message>
        <source>No codings at the cursor</source>
        <translation>No hay codificaciones en el cursor</translation>
    </message>
    <message>
        <source>unknown coder</source>
        <translation>codificador/a desconocido/a</translation>
    </message>
    <message>
        <source>{code} ({coder})</source>
        <translation>{code} ({coder})</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>The document&apos;s text. Ctrl+Shift+I tells the codings at the cursor.</source>
        <translation>El texto del documento. Ctrl+Mayús+I indica las codificaciones en el cursor.</translation>
    </message>
    <message>
        <source>Codings at the cursor</source>
        <translation>Codificaciones en el cursor</translation>
    </message>
    <message>
        <source>No document open.</source>
        <translation>No hay ningún documento abierto.</translation>
    </message>
    <message>
        <source>No codings at the cursor.</source>
        <translation>No hay codificaciones en el cursor.</translation>
    </message>
    <message>
        <source>Codings at the cursor: {codings}.</source>
        <translation>Codificaciones en el cursor: {codings}.</translation>
    </message>
    <message>
        <source>{document}. {codings}</source>
        <translation>{document}. {codings}</translation>
    </message>
</context>
<context>
    <name>viewer.document_viewer</name>
    <message>
        <source>Open a document from the list to start coding.</source>
        <translation>Abra un documento de la lista para empezar a codificar.</translation>
    </message>
    <message>
        <source>Which codings to show</source>
        <translation>Qué codificaciones mostrar</translation>
    </message>
    <message>
        <source>Show codings</source>
        <translation>Mostrar codificaciones</translation>
    </message>
    <message>
        <source>Which codings the transcript shows: coders and codes</source>
        <translation>Qué codificaciones muestra la transcripción: codificadores y códigos</translation>
    </message>
    <message>
        <source>{n} character</source>
        <translation>{n} carácter</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} caracteres</translation>
    </message>
    <message>
        <source>speakers: {names}</source>
        <translation>hablantes: {names}</translation>
    </message>
    <message>
        <source>no speaker labels found: &lt;a href=&apos;speakers&apos;&gt;give its paragraphs to speakers…&lt;/a&gt;</source>
        <translation>no se encontraron etiquetas de hablante: &lt;a href=&apos;speakers&apos;&gt;asignar sus párrafos a hablantes…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Blind coding is on: only your own codings are shown</source>
        <translation>La codificación ciega está activada: solo se muestran sus propias codificaciones</translation>
    </message>
    <message>
        <source>My codings</source>
        <translation>Mis codificaciones</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Todos los codificadores</translation>
    </message>
    <message>
        <source>Selected coders</source>
        <translation>Codificadores seleccionados</translation>
    </message>
    <message>
        <source>Show all codes ({n} hidden)</source>
        <translation>Mostrar todos los códigos ({n} ocultos)</translation>
    </message>
    <message>
        <source>Blind coding: my codings only</source>
        <translation>Codificación ciega: solo mis codificaciones</translation>
    </message>
    <message>
        <source>Showing: my codings</source>
        <translation>Se muestran: mis codificaciones</translation>
    </message>
    <message>
        <source>Showing: {coders}</source>
        <translation>Se muestran: {coders}</translation>
    </message>
    <message>
        <source>Showing: all coders</source>
        <translation>Se muestran: todos los codificadores</translation>
    </message>
    <message>
        <source>{n} code hidden</source>
        <translation>{n} código oculto</translation>
    </message>
    <message>
        <source>{n} codes hidden</source>
        <translation>{n} códigos ocultos</translation>
    </message>
</context>
<context>
    <name>viewer.find_bar</name>
    <message>
        <source>Find in document</source>
        <translation>Buscar en el documento</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
</context>
<context>
    <name>viewer.margins</name>
    <message>
        <source>Paragraph numbers</source>
        <translation>Números de párrafo</translation>
    </message>
    <message>
        <source>Hover a number: where its paragraph starts in the recording</source>
        <translation>Pase el ratón sobre un número: dónde empieza su párrafo en la grabación</translation>
    </message>
    <message>
        <source>Coding stripes</source>
        <translation>Franjas de codificación</translation>
    </message>
    <message>
        <source>No codings in view</source>
        <translation>No hay codificaciones a la vista</translation>
    </message>
    <message>
        <source>unknown coder</source>
        <translation>codificador/a desconocido/a</translation>
    </message>
    <message>
        <source>{code} ({coder})</source>
        <translation>{code} ({coder})</translation>
    </message>
    <message>
        <source>In view: {codings}</source>
        <translation>A la vista: {codings}</translation>
    </message>
</context>
<context>
    <name>viewer.state</name>
    <message>
        <source>Paragraph {n}</source>
        <translation>Párrafo {n}</translation>
    </message>
    <message>
        <source>Paragraph {n}, starting at {time} in the recording</source>
        <translation>Párrafo {n}, empieza en {time} de la grabación</translation>
    </message>
    <message>
        <source>unknown coder</source>
        <translation>codificador/a desconocido/a</translation>
    </message>
    <message>
        <source>coded by {coder}</source>
        <translation>codificado por {coder}</translation>
    </message>
</context>
</TS>
