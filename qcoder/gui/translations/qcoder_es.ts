<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>accessibility</name>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
    <message>
        <source>Tools that do not fit on the toolbar: {toolbar}</source>
        <translation>Herramientas que no caben en la barra: {toolbar}</translation>
    </message>
    <message>
        <source>toolbar</source>
        <translation>la barra de herramientas</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barra de estado</translation>
    </message>
    <message>
        <source>Messages about what just happened</source>
        <translation>Mensajes sobre lo que acaba de ocurrir</translation>
    </message>
    <message>
        <source>{header}: {value}</source>
        <translation>{header}: {value}</translation>
    </message>
</context>
<context>
    <name>analysis.chart</name>
    <message>
        <source>Select a code in the table</source>
        <translation>Seleccione un código en la tabla</translation>
    </message>
    <message>
        <source>{count}: {code}</source>
        <translation>{count}: {code}</translation>
    </message>
    <message>
        <source>{count}, all respondents (select column headers to compare groups)</source>
        <translation>{count}, todos los entrevistados (seleccione encabezados de columna para comparar grupos)</translation>
    </message>
    <message>
        <source>{count} by {groups}</source>
        <translation>{count} por {groups}</translation>
    </message>
    <message>
        <source>Nothing to chart yet.</source>
        <translation>Todavía no hay nada que representar.</translation>
    </message>
    <message>
        <source>Select a code in the table.</source>
        <translation>Seleccione un código en la tabla.</translation>
    </message>
</context>
<context>
    <name>analysis.controls</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>The attribute whose values make the columns</source>
        <translation>El atributo cuyos valores forman las columnas</translation>
    </message>
    <message>
        <source>The attribute whose values make the columns (a participant&apos;s value, or else the document&apos;s)</source>
        <translation>El atributo cuyos valores forman las columnas (el valor del participante o, si no, el del documento)</translation>
    </message>
    <message>
        <source>Columns split by</source>
        <translation>Columnas divididas por</translation>
    </message>
    <message>
        <source>A second attribute that splits each column</source>
        <translation>Un segundo atributo que divide cada columna</translation>
    </message>
    <message>
        <source>Split each column by a second attribute (e.g. group × site)</source>
        <translation>Dividir cada columna por un segundo atributo (p. ej., grupo × sitio)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>What each cell counts</source>
        <translation>Qué cuenta cada celda</translation>
    </message>
    <message>
        <source>Count the codings of every coder, of one, of several, or of the consensus</source>
        <translation>Contar las codificaciones de todos los codificadores, de uno, de varios o del consenso</translation>
    </message>
    <message>
        <source>Include interviewers</source>
        <translation>Incluir entrevistadores</translation>
    </message>
    <message>
        <source>Count passages spoken by interviewers as well (off: respondents only)</source>
        <translation>Contar también los pasajes dichos por los entrevistadores (desactivado: solo entrevistados)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Which codes are rows</source>
        <translation>Qué códigos son filas</translation>
    </message>
    <message>
        <source>All codes, parents include subcodes</source>
        <translation>Todos los códigos, los padres incluyen subcódigos</translation>
    </message>
    <message>
        <source>All codes, own codings only</source>
        <translation>Todos los códigos, solo codificaciones propias</translation>
    </message>
    <message>
        <source>Top-level themes only</source>
        <translation>Solo temas de primer nivel</translation>
    </message>
    <message>
        <source>Which codes are rows, and whether a parent&apos;s row counts its subcodes&apos; excerpts</source>
        <translation>Qué códigos son filas y si la fila de un padre cuenta los fragmentos de sus subcódigos</translation>
    </message>
    <message>
        <source>Shading</source>
        <translation>Sombreado</translation>
    </message>
    <message>
        <source>Heat-map scale of the cells</source>
        <translation>Escala del mapa de calor de las celdas</translation>
    </message>
    <message>
        <source>Shade each column</source>
        <translation>Sombrear cada columna</translation>
    </message>
    <message>
        <source>Shade whole table</source>
        <translation>Sombrear toda la tabla</translation>
    </message>
    <message>
        <source>No shading</source>
        <translation>Sin sombreado</translation>
    </message>
    <message>
        <source>Heat-map scale: darkest = largest figure of the column, or of the table</source>
        <translation>Escala del mapa de calor: más oscuro = cifra más alta de la columna o de la tabla</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Todos los codificadores</translation>
    </message>
    <message>
        <source>Coders: all</source>
        <translation>Codificadores: todos</translation>
    </message>
    <message>
        <source>Coder: {name}</source>
        <translation>Codificador: {name}</translation>
    </message>
    <message>
        <source>Coders: {n} of {total}</source>
        <translation>Codificadores: {n} de {total}</translation>
    </message>
</context>
<context>
    <name>analysis.cooccurrence_model</name>
    <message>
        <source>{code}: used {n} times</source>
        <translation>{code}: usado {n} veces</translation>
    </message>
    <message>
        <source>{code}
{other}
meet {n} times (a code includes its subcodes) — click to list where</source>
        <translation>{code}
{other}
coinciden {n} veces (un código incluye sus subcódigos) — haga clic para ver dónde</translation>
    </message>
    <message>
        <source>{code}
{other}
meet {n} times — click to list where</source>
        <translation>{code}
{other}
coinciden {n} veces — haga clic para ver dónde</translation>
    </message>
</context>
<context>
    <name>analysis.cooccurrence_view</name>
    <message>
        <source>Overlapping excerpts</source>
        <translation>Fragmentos superpuestos</translation>
    </message>
    <message>
        <source>Same speaker turn</source>
        <translation>Mismo turno de palabra</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Code co-occurrence</source>
        <translation>Coocurrencia de códigos</translation>
    </message>
    <message>
        <source>Meet where</source>
        <translation>Coinciden donde</translation>
    </message>
    <message>
        <source>Codes meet where their excerpts overlap, or anywhere in one speaker&apos;s turn</source>
        <translation>Los códigos coinciden donde sus fragmentos se superponen, o en cualquier parte de un mismo turno de palabra</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Count each meeting, or the documents where the codes meet</source>
        <translation>Contar cada coincidencia, o los documentos donde coinciden los códigos</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>Valor del atributo</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Exportar XLSX…</translation>
    </message>
    <message>
        <source>The matrix as a workbook</source>
        <translation>La matriz como libro de Excel</translation>
    </message>
    <message>
        <source>Co-occurrence matrix</source>
        <translation>Matriz de coocurrencia</translation>
    </message>
    <message>
        <source>Codes by codes: each cell holds how often the two meet</source>
        <translation>Códigos por códigos: cada celda indica cuántas veces coinciden los dos</translation>
    </message>
    <message>
        <source>Minimum meetings</source>
        <translation>Coincidencias mínimas</translation>
    </message>
    <message>
        <source>Leave out links of fewer meetings</source>
        <translation>Omitir los vínculos con menos coincidencias</translation>
    </message>
    <message>
        <source>Links to own subcodes</source>
        <translation>Vínculos con los propios subcódigos</translation>
    </message>
    <message>
        <source>A code always meets its own subcodes (it includes them): off by default</source>
        <translation>Un código siempre coincide con sus propios subcódigos (los incluye): desactivado por defecto</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exportar SVG…</translation>
    </message>
    <message>
        <source>The network drawing as an image</source>
        <translation>El dibujo de la red como imagen</translation>
    </message>
    <message>
        <source>The network drawing as a scalable image (for reports)</source>
        <translation>El dibujo de la red como imagen escalable (para informes)</translation>
    </message>
    <message>
        <source>Click a cell or a link to see where two codes meet</source>
        <translation>Haga clic en una celda o en un vínculo para ver dónde coinciden dos códigos</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Pasajes</translation>
    </message>
    <message>
        <source>Where the two chosen codes meet. Enter opens one.</source>
        <translation>Dónde coinciden los dos códigos elegidos. Intro abre uno.</translation>
    </message>
    <message>
        <source>Codes meet in:</source>
        <translation>Los códigos coinciden en:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Recuento:</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>Hablantes:</translation>
    </message>
    <message>
        <source>Rows and columns are numbered alike; the diagonal is each code&apos;s use</source>
        <translation>Filas y columnas se numeran igual; la diagonal es el uso de cada código</translation>
    </message>
    <message>
        <source>Minimum weight:</source>
        <translation>Peso mínimo:</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Double-click a passage to open it in its document</source>
        <translation>Haga doble clic en un pasaje para abrirlo en su documento</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source> · speakers with {attribute} {value}</source>
        <translation> · hablantes con {attribute} {value}</translation>
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
        <source>{codes} · {unit} counted · {mode}</source>
        <translation>{codes} · recuento: {unit} · {mode}</translation>
    </message>
    <message>
        <source>Not counted: {error}</source>
        <translation>No contado: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{a}&lt;/b&gt; and &lt;b&gt;{b}&lt;/b&gt; — {passages}</source>
        <translation>&lt;b&gt;{a}&lt;/b&gt; y &lt;b&gt;{b}&lt;/b&gt; — {passages}</translation>
    </message>
    <message>
        <source>{n} passage</source>
        <translation>{n} pasaje</translation>
    </message>
    <message>
        <source>{n} passages</source>
        <translation>{n} pasajes</translation>
    </message>
    <message>
        <source>Export the network drawing</source>
        <translation>Exportar el dibujo de la red</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Se guardó {file}</translation>
    </message>
    <message>
        <source>Export the co-occurrence matrix</source>
        <translation>Exportar la matriz de coocurrencia</translation>
    </message>
</context>
<context>
    <name>analysis.drilldown</name>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Participant: {name}</source>
        <translation>Participante: {name}</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
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
        <source>Where the excerpt starts in the document&apos;s recording</source>
        <translation>Dónde empieza el fragmento en la grabación del documento</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>Double-click an excerpt to open it in its document · click ☆ to star an exemplar</source>
        <translation>Doble clic en un fragmento para abrirlo en su documento · clic en ☆ para marcar un ejemplo</translation>
    </message>
    <message>
        <source>Excerpts of the cell</source>
        <translation>Fragmentos de la celda</translation>
    </message>
    <message>
        <source>The excerpts counted in the selected cell. Enter opens one.</source>
        <translation>Los fragmentos contados en la celda seleccionada. Intro abre uno.</translation>
    </message>
    <message>
        <source>Click a cell of the table to list the excerpts behind it.</source>
        <translation>Haga clic en una celda de la tabla para ver los fragmentos que la componen.</translation>
    </message>
    <message>
        <source>Show in document</source>
        <translation>Mostrar en el documento</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Quitar estrella</translation>
    </message>
    <message>
        <source>Star as exemplar</source>
        <translation>Marcar como ejemplo</translation>
    </message>
</context>
<context>
    <name>analysis.exporting</name>
    <message>
        <source>Export the framework matrix</source>
        <translation>Exportar la matriz Framework</translation>
    </message>
    <message>
        <source>Export the saturation table</source>
        <translation>Exportar la tabla de saturación</translation>
    </message>
    <message>
        <source>Export the group synthesis</source>
        <translation>Exportar la síntesis por grupos</translation>
    </message>
    <message>
        <source>Export {format}…</source>
        <translation>Exportar {format}…</translation>
    </message>
    <message>
        <source>Export the {what}</source>
        <translation>Exportar {what}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Se guardó {file}</translation>
    </message>
    <message>
        <source>{title}: cancelled, no file written</source>
        <translation>{title}: cancelado, no se escribió ningún archivo</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Escribiendo {file}…</translation>
    </message>
</context>
<context>
    <name>analysis.framework_model</name>
    <message>
        <source>{n} of {total} · {excerpts}</source>
        <translation>{n} de {total} · {excerpts}</translation>
    </message>
    <message>
        <source>{n} of {total} respondents, {excerpts} excerpts</source>
        <translation>{n} de {total} entrevistados, {excerpts} fragmentos</translation>
    </message>
    <message>
        <source> ({author})</source>
        <translation> ({author})</translation>
    </message>
</context>
<context>
    <name>analysis.framework_view</name>
    <message>
        <source>Draft: sentences taken from the excerpts (LexRank), not yet edited</source>
        <translation>Borrador: frases tomadas de los fragmentos (LexRank), aún sin editar</translation>
    </message>
    <message>
        <source>Draft </source>
        <translation>Borrador </translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation>Matriz Framework</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>What the rows are: documents or an attribute&apos;s values</source>
        <translation>Qué son las filas: documentos o los valores de un atributo</translation>
    </message>
    <message>
        <source>Cases by themes: each cell holds the number of excerpts and your summary</source>
        <translation>Casos por temas: cada celda contiene el número de fragmentos y su resumen</translation>
    </message>
    <message>
        <source>Select a cell</source>
        <translation>Seleccione una celda</translation>
    </message>
    <message>
        <source>Excerpts of the cell</source>
        <translation>Fragmentos de la celda</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Your summary of what this case said about this theme</source>
        <translation>Su resumen de lo que dijo este caso sobre este tema</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Fill the editor with the cell&apos;s most representative sentences</source>
        <translation>Rellenar el editor con las frases más representativas de la celda</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Guardar resumen</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Casos:</translation>
    </message>
    <message>
        <source>Cases × themes</source>
        <translation>Casos × temas</translation>
    </message>
    <message>
        <source>Group synthesis</source>
        <translation>Síntesis por grupos</translation>
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
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>{cases} cases × {themes} themes</source>
        <translation>{cases} casos × {themes} temas</translation>
    </message>
    <message>
        <source>Not done: {error}</source>
        <translation>No realizado: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{theme}&lt;/b&gt; · {case} — {n} of {total} respondents, {excerpts} excerpts</source>
        <translation>&lt;b&gt;{theme}&lt;/b&gt; · {case} — {n} de {total} entrevistados, {excerpts} fragmentos</translation>
    </message>
    <message>
        <source>Edited from a draft</source>
        <translation>Editado a partir de un borrador</translation>
    </message>
    <message>
        <source>No sentences in this cell&apos;s excerpts: no draft</source>
        <translation>No hay frases en los fragmentos de esta celda: no hay borrador</translation>
    </message>
    <message>
        <source>Draft sentence {n}: {text}</source>
        <translation>Frase del borrador {n}: {text}</translation>
    </message>
    <message>
        <source>The summary was not saved.

{error}</source>
        <translation>No se guardó el resumen.

{error}</translation>
    </message>
    <message>
        <source>Summary saved (Edit → Undo takes it back)</source>
        <translation>Resumen guardado (Edición → Deshacer lo revierte)</translation>
    </message>
</context>
<context>
    <name>analysis.layout</name>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>Codes by attribute values: each cell reads its row, column and figure. Enter lists its excerpts.</source>
        <translation>Códigos por valores de atributo: cada celda lee su fila, su columna y su cifra. Intro muestra sus fragmentos.</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>Copiar tabla</translation>
    </message>
    <message>
        <source>Copy the selected cells (or the whole table) for a report or a spreadsheet (Ctrl+C)</source>
        <translation>Copiar las celdas seleccionadas (o toda la tabla) para un informe o una hoja de cálculo (Ctrl+C)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Save this table as CSV…</source>
        <translation>Guardar esta tabla como CSV…</translation>
    </message>
    <message>
        <source>Save analysis workbook (XLSX)…</source>
        <translation>Guardar el libro de análisis (XLSX)…</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Todos los códigos</translation>
    </message>
    <message>
        <source>Selected code</source>
        <translation>Código seleccionado</translation>
    </message>
    <message>
        <source>Chart every code (select column headers to choose the groups), or the selected code with one bar per group</source>
        <translation>Representar todos los códigos (seleccione encabezados de columna para elegir los grupos), o el código seleccionado con una barra por grupo</translation>
    </message>
    <message>
        <source>Colour by group</source>
        <translation>Color por grupo</translation>
    </message>
    <message>
        <source>Colour by code</source>
        <translation>Color por código</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>The file could not be written.

{error}</source>
        <translation>No se pudo escribir el archivo.

{error}</translation>
    </message>
</context>
<context>
    <name>analysis.matrix_model</name>
    <message>
        <source>Excerpts</source>
        <translation>Fragmentos</translation>
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
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>Share of respondents</source>
        <translation>Proporción de entrevistados</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>All respondents</source>
        <translation>Todos los entrevistados</translation>
    </message>
    <message>
        <source>{attribute}: {value}</source>
        <translation>{attribute}: {value}</translation>
    </message>
    <message>
        <source>{value}, {row}, {column}</source>
        <translation>{value}, {row}, {column}</translation>
    </message>
    <message>
        <source>{count}: {value}. Row: {row}. Column: {column}.</source>
        <translation>{count}: {value}. Fila: {row}. Columna: {column}.</translation>
    </message>
    <message>
        <source>(own codings only; its subcodes are counted on their own rows)</source>
        <translation>(solo codificaciones propias; sus subcódigos se cuentan en sus propias filas)</translation>
    </message>
    <message>
        <source>(includes the excerpts of its subcodes)</source>
        <translation>(incluye los fragmentos de sus subcódigos)</translation>
    </message>
    <message>
        <source>{n} respondent</source>
        <translation>{n} entrevistado</translation>
    </message>
    <message>
        <source>{n} respondents</source>
        <translation>{n} entrevistados</translation>
    </message>
    <message>
        <source> at {n} {unit}</source>
        <translation> en {n} {unit}</translation>
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
        <source>{n} document</source>
        <translation>{n} documento</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} documentos</translation>
    </message>
    <message>
        <source>{code} — {column}</source>
        <translation>{code} — {column}</translation>
    </message>
    <message>
        <source>{excerpts} in {documents}</source>
        <translation>{excerpts} en {documents}</translation>
    </message>
    <message>
        <source>{n} of {total} respondents mention it ({share})</source>
        <translation>{n} de {total} entrevistados lo mencionan ({share})</translation>
    </message>
    <message>
        <source>No respondents in this group</source>
        <translation>No hay entrevistados en este grupo</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>sitios</translation>
    </message>
    <message>
        <source>{n} of {total} {unit}</source>
        <translation>{n} de {total} {unit}</translation>
    </message>
    <message>
        <source>Click to list the excerpts</source>
        <translation>Haga clic para ver los fragmentos</translation>
    </message>
    <message>
        <source>Code ({count})</source>
        <translation>Código ({count})</translation>
    </message>
</context>
<context>
    <name>analysis.network_view</name>
    <message>
        <source>{code}
{other}
meet {n} times — click to list where</source>
        <translation>{code}
{other}
coinciden {n} veces — haga clic para ver dónde</translation>
    </message>
    <message>
        <source>{code}
used {n} times</source>
        <translation>{code}
usado {n} veces</translation>
    </message>
    <message>
        <source>could not write {file}</source>
        <translation>no se pudo escribir {file}</translation>
    </message>
</context>
<context>
    <name>analysis.query_builder</name>
    <message>
        <source>Overlapping</source>
        <translation>Superpuestos</translation>
    </message>
    <message>
        <source>Same sentence</source>
        <translation>Misma frase</translation>
    </message>
    <message>
        <source>Same turn</source>
        <translation>Mismo turno</translation>
    </message>
    <message>
        <source>Same paragraph</source>
        <translation>Mismo párrafo</translation>
    </message>
    <message>
        <source>Same document</source>
        <translation>Mismo documento</translation>
    </message>
    <message>
        <source>Within N characters</source>
        <translation>A menos de N caracteres</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unión</translation>
    </message>
    <message>
        <source>How this code combines with the ones above: AND, OR, NOT…</source>
        <translation>Cómo se combina este código con los anteriores: AND, OR, NOT…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Remove this code</source>
        <translation>Quitar este código</translation>
    </message>
    <message>
        <source>Add code</source>
        <translation>Añadir código</translation>
    </message>
    <message>
        <source>Query expression</source>
        <translation>Expresión de la consulta</translation>
    </message>
    <message>
        <source>Codes combined with AND, OR, NOT, NEAR; quoted code paths</source>
        <translation>Códigos combinados con AND, OR, NOT, NEAR; rutas de código entre comillas</translation>
    </message>
    <message>
        <source>&quot;Challenges &gt; Turnover&quot; AND NOT &quot;Recommendations &gt; Joint training&quot;</source>
        <translation>&quot;Retos &gt; Rotación&quot; AND NOT &quot;Recomendaciones &gt; Formación conjunta&quot;</translation>
    </message>
    <message>
        <source>Nearness</source>
        <translation>Proximidad</translation>
    </message>
    <message>
        <source>What NEAR means: same turn, paragraph, or a number of characters</source>
        <translation>Qué significa NEAR: mismo turno, mismo párrafo o un número de caracteres</translation>
    </message>
    <message>
        <source>Characters apart</source>
        <translation>Caracteres de distancia</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>Valor del atributo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Attribute restrictions</source>
        <translation>Restricciones de atributo</translation>
    </message>
    <message>
        <source>ATTR=VALUE; one value of each attribute</source>
        <translation>ATRIBUTO=VALOR; un valor de cada atributo</translation>
    </message>
    <message>
        <source>ATTR=VALUE; … (one value of each attribute)</source>
        <translation>ATRIBUTO=VALOR; … (un valor de cada atributo)</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Hablantes</translation>
    </message>
    <message>
        <source>Speaker labels, comma-separated</source>
        <translation>Etiquetas de hablante, separadas por comas</translation>
    </message>
    <message>
        <source>speaker labels, comma-separated</source>
        <translation>etiquetas de hablante, separadas por comas</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Todos los codificadores</translation>
    </message>
    <message>
        <source>Containing text</source>
        <translation>Texto contenido</translation>
    </message>
    <message>
        <source>Only excerpts containing these words</source>
        <translation>Solo fragmentos que contienen estas palabras</translation>
    </message>
    <message>
        <source>excerpts containing…</source>
        <translation>fragmentos que contienen…</translation>
    </message>
    <message>
        <source>Interviewer turns too</source>
        <translation>También turnos del entrevistador</translation>
    </message>
    <message>
        <source>Codes:</source>
        <translation>Códigos:</translation>
    </message>
    <message>
        <source>Expression:</source>
        <translation>Expresión:</translation>
    </message>
    <message>
        <source>Near means:</source>
        <translation>NEAR significa:</translation>
    </message>
    <message>
        <source>Respondents:</source>
        <translation>Entrevistados:</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>Hablantes:</translation>
    </message>
</context>
<context>
    <name>analysis.query_window</name>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Fragmento</translation>
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
        <source>{n} document</source>
        <translation>{n} documento</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} documentos</translation>
    </message>
    <message>
        <source>{n} respondent</source>
        <translation>{n} entrevistado</translation>
    </message>
    <message>
        <source>{n} respondents</source>
        <translation>{n} entrevistados</translation>
    </message>
    <message>
        <source>{excerpts} in {documents} from {respondents}</source>
        <translation>{excerpts} en {documents} de {respondents}</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Consultas guardadas</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Cargar</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Query results</source>
        <translation>Resultados de la consulta</translation>
    </message>
    <message>
        <source>The passages found: document, speaker, text. Enter opens one.</source>
        <translation>Los pasajes encontrados: documento, hablante, texto. Intro abre uno.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Code results as…</source>
        <translation>Codificar resultados como…</translation>
    </message>
    <message>
        <source>Pick codes or type an expression, then Run</source>
        <translation>Elija códigos o escriba una expresión y pulse Ejecutar</translation>
    </message>
    <message>
        <source>Counts by</source>
        <translation>Recuentos por</translation>
    </message>
    <message>
        <source>The attribute whose values the counts are broken down by</source>
        <translation>El atributo por cuyos valores se desglosan los recuentos</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Excerpts, documents and respondents for each value</source>
        <translation>Fragmentos, documentos y entrevistados por cada valor</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Excerpts</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Entrevistados</translation>
    </message>
    <message>
        <source>Saved queries:</source>
        <translation>Consultas guardadas:</translation>
    </message>
    <message>
        <source>Counted by:</source>
        <translation>Contado por:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>Not run: {error}</source>
        <translation>No ejecutada: {error}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Se guardó {file}</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exportar los resultados</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Coded {n} excerpts as {code} (Edit → Undo takes it back)</source>
        <translation>Se codificaron {n} fragmentos como {code} (Edición → Deshacer lo revierte)</translation>
    </message>
    <message>
        <source>Code results as</source>
        <translation>Codificar resultados como</translation>
    </message>
    <message>
        <source>Code path (Parent &gt; Child; created if new):</source>
        <translation>Ruta del código (Padre &gt; Hijo; se crea si es nuevo):</translation>
    </message>
    <message>
        <source>Code results</source>
        <translation>Codificar resultados</translation>
    </message>
    <message>
        <source>The results were not coded.

{error}</source>
        <translation>No se codificaron los resultados.

{error}</translation>
    </message>
    <message>
        <source>Saved the query as {name}</source>
        <translation>Consulta guardada como {name}</translation>
    </message>
    <message>
        <source>Save query</source>
        <translation>Guardar consulta</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>The query was not saved.

{error}</source>
        <translation>No se guardó la consulta.

{error}</translation>
    </message>
</context>
<context>
    <name>analysis.saturation</name>
    <message>
        <source>New codes: codes applied directly in a document (a parent coded only through its subcodes does not count) that no earlier document had. A flattening line suggests saturation.</source>
        <translation>Códigos nuevos: códigos aplicados directamente en un documento (un padre codificado solo a través de sus subcódigos no cuenta) que ningún documento anterior tenía. Una línea que se aplana sugiere saturación.</translation>
    </message>
    <message>
        <source>Project order</source>
        <translation>Orden del proyecto</translation>
    </message>
    <message>
        <source>Order first coded</source>
        <translation>Orden de primera codificación</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Fecha de la entrevista</translation>
    </message>
    <message>
        <source>Document name</source>
        <translation>Nombre del documento</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>New codes</source>
        <translation>Códigos nuevos</translation>
    </message>
    <message>
        <source>Cumulative codes</source>
        <translation>Códigos acumulados</translation>
    </message>
    <message>
        <source>Codes new in this document</source>
        <translation>Códigos nuevos en este documento</translation>
    </message>
    <message>
        <source>{coder}: new</source>
        <translation>{coder}: nuevos</translation>
    </message>
    <message>
        <source>{coder}: cumulative</source>
        <translation>{coder}: acumulados</translation>
    </message>
    <message>
        <source>Saturation: new codes per document</source>
        <translation>Saturación: códigos nuevos por documento</translation>
    </message>
    <message>
        <source>Project order, the order documents were first coded, an interview date, or names</source>
        <translation>Orden del proyecto, orden en que se codificaron por primera vez los documentos, fecha de la entrevista o nombres</translation>
    </message>
    <message>
        <source>New codes per document</source>
        <translation>Códigos nuevos por documento</translation>
    </message>
    <message>
        <source>One row per document in the chosen order: the codes it brought</source>
        <translation>Una fila por documento en el orden elegido: los códigos que aportó</translation>
    </message>
    <message>
        <source>Export chart PNG…</source>
        <translation>Exportar gráfico PNG…</translation>
    </message>
    <message>
        <source>Documents in:</source>
        <translation>Documentos en:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Todos los codificadores</translation>
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
        <source>{n} code</source>
        <translation>{n} código</translation>
    </message>
    <message>
        <source>{n} codes</source>
        <translation>{n} códigos</translation>
    </message>
    <message>
        <source>{documents} · {codes} applied</source>
        <translation>{documents} · {codes} aplicados</translation>
    </message>
    <message>
        <source> · the last new code came with document {n} of {total}</source>
        <translation> · el último código nuevo llegó con el documento {n} de {total}</translation>
    </message>
    <message>
        <source> · ordered by {attribute}</source>
        <translation> · ordenado por {attribute}</translation>
    </message>
    <message>
        <source>Not computed: {error}</source>
        <translation>No calculado: {error}</translation>
    </message>
    <message>
        <source>could not write {file}</source>
        <translation>no se pudo escribir {file}</translation>
    </message>
    <message>
        <source>Export the saturation chart</source>
        <translation>Exportar el gráfico de saturación</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Se guardó {file}</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>No exportado: {error}</translation>
    </message>
</context>
<context>
    <name>analysis.saturation_chart</name>
    <message>
        <source>No documents</source>
        <translation>No hay documentos</translation>
    </message>
    <message>
        <source>Documents, in order (hover for names)</source>
        <translation>Documentos, en orden (pase el ratón para ver los nombres)</translation>
    </message>
</context>
<context>
    <name>analysis.stop_words_dialog</name>
    <message>
        <source>Words left out of the frequencies, one per line (or separated by commas). A word matches its lemma or any form of it: “be” leaves out “was” too. Saved in the project, for everyone who opens it and for &lt;code&gt;qcoder words&lt;/code&gt;.</source>
        <translation>Palabras excluidas de las frecuencias, una por línea (o separadas por comas). Una palabra coincide con su lema o con cualquiera de sus formas: “ser” excluye también “era”. Se guardan en el proyecto, para todos los que lo abran y para &lt;code&gt;qcoder words&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Stop words</source>
        <translation>Palabras vacías</translation>
    </message>
    <message>
        <source>One word per line: words left out of the counts</source>
        <translation>Una palabra por línea: palabras excluidas de los recuentos</translation>
    </message>
    <message>
        <source>Restore the default list</source>
        <translation>Restaurar la lista predeterminada</translation>
    </message>
    <message>
        <source>The stop words were not saved.

{error}</source>
        <translation>No se guardaron las palabras vacías.

{error}</translation>
    </message>
</context>
<context>
    <name>analysis.synthesis_model</name>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
    <message>
        <source> · {n} of {total} {across}s</source>
        <translation> · {across}: {n} de {total}</translation>
    </message>
    <message>
        <source>{n} of {total} respondents mention it</source>
        <translation>{n} de {total} entrevistados lo mencionan</translation>
    </message>
    <message>
        <source>{n} starred quote</source>
        <translation>{n} cita destacada</translation>
    </message>
    <message>
        <source>{n} starred quotes</source>
        <translation>{n} citas destacadas</translation>
    </message>
</context>
<context>
    <name>analysis.synthesis_view</name>
    <message>
        <source>Synthesis</source>
        <translation>Síntesis</translation>
    </message>
    <message>
        <source>Themes by groups: counts and starred quotes in each cell</source>
        <translation>Temas por grupos: recuentos y citas destacadas en cada celda</translation>
    </message>
    <message>
        <source>Select a cell: its case summaries and starred quotes</source>
        <translation>Seleccione una celda: sus resúmenes de casos y citas destacadas</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Grupos:</translation>
    </message>
    <message>
        <source>Across:</source>
        <translation>A través de:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>{themes} themes × {groups} groups of {attribute}</source>
        <translation>{themes} temas × {groups} grupos de {attribute}</translation>
    </message>
    <message>
        <source>Not done: {error}</source>
        <translation>No realizado: {error}</translation>
    </message>
    <message>
        <source>{n} of {total} respondents</source>
        <translation>{n} de {total} entrevistados</translation>
    </message>
    <message>
        <source>, in {n} of {total} {across}s</source>
        <translation>, {across}: {n} de {total}</translation>
    </message>
    <message>
        <source>Case summaries</source>
        <translation>Resúmenes de casos</translation>
    </message>
    <message>
        <source>None written for this theme in this group (Cases × themes tab).</source>
        <translation>No se ha escrito ninguno para este tema en este grupo (pestaña Casos × temas).</translation>
    </message>
    <message>
        <source>Starred quotes</source>
        <translation>Citas destacadas</translation>
    </message>
    <message>
        <source>No starred excerpts (star exemplars in the excerpts lists).</source>
        <translation>No hay fragmentos destacados (marque ejemplos con estrella en las listas de fragmentos).</translation>
    </message>
</context>
<context>
    <name>analysis.view</name>
    <message>
        <source>Excerpts: coded passages of the theme and its subcodes, merged per document and coder.</source>
        <translation>Fragmentos: pasajes codificados del tema y sus subcódigos, fusionados por documento y codificador.</translation>
    </message>
    <message>
        <source>Documents: transcripts with at least one excerpt.</source>
        <translation>Documentos: transcripciones con al menos un fragmento.</translation>
    </message>
    <message>
        <source>Participants: respondents who speak an excerpt (an unlinked transcript counts as one).</source>
        <translation>Participantes: entrevistados que dicen un fragmento (una transcripción no vinculada cuenta como uno).</translation>
    </message>
    <message>
        <source>Sites: sites where the theme comes up, of the sites where the group has respondents.</source>
        <translation>Sitios: sitios donde aparece el tema, de los sitios donde el grupo tiene entrevistados.</translation>
    </message>
    <message>
        <source>Share: respondents who mention the theme ÷ respondents of the group.</source>
        <translation>Proporción: entrevistados que mencionan el tema ÷ entrevistados del grupo.</translation>
    </message>
    <message>
        <source>Not listed: {error}</source>
        <translation>No listado: {error}</translation>
    </message>
    <message>
        <source>Click a cell of the table to list the excerpts behind it.</source>
        <translation>Haga clic en una celda de la tabla para ver los fragmentos que la componen.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>The counts could not be computed: {error}</source>
        <translation>No se pudieron calcular los recuentos: {error}</translation>
    </message>
    <message>
        <source>{code} — {where}: listing {excerpts}…</source>
        <translation>{code} — {where}: listando {excerpts}…</translation>
    </message>
    <message>
        <source>{code} — {where}: {excerpts}</source>
        <translation>{code} — {where}: {excerpts}</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Unstar excerpt</source>
        <translation>Quitar estrella al fragmento</translation>
    </message>
    <message>
        <source>Star excerpt</source>
        <translation>Marcar fragmento con estrella</translation>
    </message>
    <message>
        <source>Theme frequencies</source>
        <translation>Frecuencias de temas</translation>
    </message>
    <message>
        <source>Table copied: paste it into a report or a spreadsheet.</source>
        <translation>Tabla copiada: péguela en un informe o una hoja de cálculo.</translation>
    </message>
    <message>
        <source>Saving the analysis workbook…</source>
        <translation>Guardando el libro de análisis…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The workbook could not be saved.</source>
        <translation>No se pudo guardar el libro.</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Se guardó {file}</translation>
    </message>
    <message>
        <source>Save table as CSV</source>
        <translation>Guardar tabla como CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written.

{error}</source>
        <translation>No se pudo escribir el archivo.

{error}</translation>
    </message>
    <message>
        <source>Save analysis workbook</source>
        <translation>Guardar libro de análisis</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{n} coders are counted: a passage both coded counts twice (pick one coder or the consensus).</source>
        <translation>Se cuentan {n} codificadores: un pasaje codificado por ambos cuenta dos veces (elija un codificador o el consenso).</translation>
    </message>
    <message>
        <source>Interviewers not counted.</source>
        <translation>Entrevistadores no contados.</translation>
    </message>
    <message>
        <source>no coder</source>
        <translation>ningún codificador</translation>
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
        <source>{n} respondent</source>
        <translation>{n} entrevistado</translation>
    </message>
    <message>
        <source>{n} respondents</source>
        <translation>{n} entrevistados</translation>
    </message>
    <message>
        <source>{documents} · {respondents} · coded by {coders}</source>
        <translation>{documents} · {respondents} · codificado por {coders}</translation>
    </message>
    <message>
        <source>{n} excerpt</source>
        <translation>{n} fragmento</translation>
    </message>
    <message>
        <source>{n} excerpts</source>
        <translation>{n} fragmentos</translation>
    </message>
</context>
<context>
    <name>analysis.windows</name>
    <message>
        <source>Word frequencies…</source>
        <translation>Frecuencias de palabras…</translation>
    </message>
    <message>
        <source>Lemmas by attribute, stop words, keyword in context</source>
        <translation>Lemas por atributo, palabras vacías, palabra clave en contexto</translation>
    </message>
    <message>
        <source>Code co-occurrence…</source>
        <translation>Coocurrencia de códigos…</translation>
    </message>
    <message>
        <source>Where codes meet: a matrix and a network drawing</source>
        <translation>Dónde coinciden los códigos: una matriz y un dibujo de red</translation>
    </message>
</context>
<context>
    <name>analysis.word_cloud</name>
    <message>
        <source>{word}: {n}</source>
        <translation>{word}: {n}</translation>
    </message>
</context>
<context>
    <name>analysis.words_model</name>
    <message>
        <source>Lemma</source>
        <translation>Lema</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
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
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Palabra clave</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>{group}: count</source>
        <translation>{group}: recuento</translation>
    </message>
    <message>
        <source>{group}: per 10k words</source>
        <translation>{group}: por 10 000 palabras</translation>
    </message>
    <message>
        <source>{group}: per 10,000 words</source>
        <translation>{group}: por cada 10 000 palabras</translation>
    </message>
</context>
<context>
    <name>analysis.words_view</name>
    <message>
        <source>Basic language pipeline (no trained English model): lemmas come from a lookup table, so some forms are not joined. Install one with pip install &apos;qcoder[model]&apos;.</source>
        <translation>Procesamiento lingüístico básico (sin modelo de inglés entrenado): los lemas provienen de una tabla de consulta, por lo que algunas formas no se agrupan. Instale uno con pip install &apos;qcoder[model]&apos;.</translation>
    </message>
    <message>
        <source>Word frequencies</source>
        <translation>Frecuencias de palabras</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <source>The attribute whose values split the counts</source>
        <translation>El atributo cuyos valores desglosan los recuentos</translation>
    </message>
    <message>
        <source>(no breakdown)</source>
        <translation>(sin desglose)</translation>
    </message>
    <message>
        <source>Interviewers too</source>
        <translation>También entrevistadores</translation>
    </message>
    <message>
        <source>Count the interviewers&apos; words as well as the respondents&apos;</source>
        <translation>Contar las palabras de los entrevistadores además de las de los entrevistados</translation>
    </message>
    <message>
        <source>Stop words too</source>
        <translation>También palabras vacías</translation>
    </message>
    <message>
        <source>Minimum count</source>
        <translation>Recuento mínimo</translation>
    </message>
    <message>
        <source>Leave out lemmas used fewer times</source>
        <translation>Omitir los lemas usados menos veces</translation>
    </message>
    <message>
        <source>Find a lemma</source>
        <translation>Buscar un lema</translation>
    </message>
    <message>
        <source>Stop words…</source>
        <translation>Palabras vacías…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Exportar XLSX…</translation>
    </message>
    <message>
        <source>One row per lemma with its counts</source>
        <translation>Una fila por lema con sus recuentos</translation>
    </message>
    <message>
        <source>Keyword in context</source>
        <translation>Palabra clave en contexto</translation>
    </message>
    <message>
        <source>The passages where the selected lemma is used</source>
        <translation>Los pasajes donde se usa el lema seleccionado</translation>
    </message>
    <message>
        <source>Select a lemma to see it in context</source>
        <translation>Seleccione un lema para verlo en contexto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <source>Min. count:</source>
        <translation>Recuento mín.:</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nube</translation>
    </message>
    <message>
        <source>Double-click a line to open it in its document</source>
        <translation>Haga doble clic en una línea para abrirla en su documento</translation>
    </message>
    <message>
        <source>Reading the words…</source>
        <translation>Leyendo las palabras…</translation>
    </message>
    <message>
        <source>Analysing {what}…</source>
        <translation>Analizando {what}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancelled. Change “By” or reopen the window to count again.</source>
        <translation>Cancelado. Cambie «Por» o vuelva a abrir la ventana para contar de nuevo.</translation>
    </message>
    <message>
        <source>Not counted: {error}</source>
        <translation>No contado: {error}</translation>
    </message>
    <message>
        <source>{n} lemma</source>
        <translation>{n} lema</translation>
    </message>
    <message>
        <source>{n} lemmas</source>
        <translation>{n} lemas</translation>
    </message>
    <message>
        <source>{n} word</source>
        <translation>{n} palabra</translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation>{n} palabras</translation>
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
        <source>{lemmas} · {words} in {documents}</source>
        <translation>{lemmas} · {words} en {documents}</translation>
    </message>
    <message>
        <source>{n} line</source>
        <translation>{n} línea</translation>
    </message>
    <message>
        <source>{n} lines</source>
        <translation>{n} líneas</translation>
    </message>
    <message>
        <source>&lt;b&gt;{lemma}&lt;/b&gt; in context — {lines}</source>
        <translation>&lt;b&gt;{lemma}&lt;/b&gt; en contexto — {lines}</translation>
    </message>
    <message>
        <source>Add “{lemma}” to the stop words</source>
        <translation>Añadir «{lemma}» a las palabras vacías</translation>
    </message>
    <message>
        <source>Stop words</source>
        <translation>Palabras vacías</translation>
    </message>
    <message>
        <source>The stop words were not saved.

{error}</source>
        <translation>No se guardaron las palabras vacías.

{error}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>Se guardó {file}</translation>
    </message>
    <message>
        <source>Export word frequencies</source>
        <translation>Exportar frecuencias de palabras</translation>
    </message>
</context>
<context>
    <name>analysis_windows</name>
    <message>
        <source>Theme frequencies</source>
        <translation>Frecuencias de temas</translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>Saturación</translation>
    </message>
    <message>
        <source>New codes per document, in coding, interview-date or name order</source>
        <translation>Códigos nuevos por documento, en orden de codificación, de fecha de entrevista o de nombre</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation>Matriz de marco</translation>
    </message>
    <message>
        <source>Cases × themes: counts, excerpts, your summaries and drafts</source>
        <translation>Casos × temas: recuentos, fragmentos, sus resúmenes y borradores</translation>
    </message>
    <message>
        <source>Query…</source>
        <translation>Consulta…</translation>
    </message>
    <message>
        <source>Codes combined with AND, OR, NOT, NEAR: passages in context, counted, coded</source>
        <translation>Códigos combinados con AND, OR, NOT, NEAR: pasajes en contexto, contados, codificados</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
</context>
<context>
    <name>app_keys</name>
    <message>
        <source>ascending</source>
        <translation>ascendente</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>descendente</translation>
    </message>
    <message>
        <source>Sorted by {column}, {order}</source>
        <translation>Ordenado por {column}, {order}</translation>
    </message>
</context>
<context>
    <name>appearance</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Más grande</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>El más grande</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema de colores</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Set by {setting}</source>
        <translation>Fijado por {setting}</translation>
    </message>
    <message>
        <source>{name} ({percent})</source>
        <translation>{name} ({percent})</translation>
    </message>
</context>
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
        <source>Memo</source>
        <translation>Memo</translation>
    </message>
    <message>
        <source>Save the code (Ctrl+Return)</source>
        <translation>Guardar el código (Ctrl+Intro)</translation>
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
    <name>coder</name>
    <message>
        <source>Who is coding? Your name is recorded with every coding you make,
so coders can be compared later.</source>
        <translation>¿Quién codifica? Su nombre se registra con cada codificación que haga,
para poder comparar a los codificadores más adelante.</translation>
    </message>
    <message>
        <source>Code as:</source>
        <translation>Codificar como:</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codificador/a</translation>
    </message>
</context>
<context>
    <name>coding.controller</name>
    <message>
        <source>Quick code {n}</source>
        <translation>Código rápido {n}</translation>
    </message>
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
    <name>errors</name>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>document</source>
        <translation>documento</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>atributo</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>codificador/a</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>hablante</translation>
    </message>
    <message>
        <source>saved query</source>
        <translation>consulta guardada</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>codificación</translation>
    </message>
    <message>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>memo</translation>
    </message>
    <message>
        <source>There is already a {kind} called “{name}”. Choose another name.</source>
        <translation>El nombre «{name}» ya está en uso ({kind}). Elija otro nombre.</translation>
    </message>
    <message>
        <source>Select some text first: a coding needs at least one character.</source>
        <translation>Seleccione primero un texto: una codificación necesita al menos un carácter.</translation>
    </message>
    <message>
        <source>A code cannot be moved or merged into one of its own subcodes.</source>
        <translation>Un código no puede moverse ni fusionarse dentro de uno de sus propios subcódigos.</translation>
    </message>
    <message>
        <source>Someone else changed this item in the meantime. It has been reloaded; please try again.</source>
        <translation>Otra persona ha modificado este elemento mientras tanto. Se ha vuelto a cargar; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The {kind} no longer exists (it may have been deleted or undone).</source>
        <translation>Este elemento ({kind}) ya no existe (puede que se haya eliminado o deshecho).</translation>
    </message>
    <message>
        <source>This project was saved by a newer version of qcoder. Please upgrade qcoder to open it.</source>
        <translation>Este proyecto se guardó con una versión más reciente de qcoder. Actualice qcoder para abrirlo.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}): this is a bug in qcoder. Its details are not shown because they may contain your data; nothing was written to a log.</source>
        <translation>Error inesperado ({kind}): es un fallo de qcoder. Sus detalles no se muestran porque pueden contener sus datos; no se ha escrito nada en ningún registro.</translation>
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
    <name>export_menu</name>
    <message>
        <source>Pooled (the tables summed)</source>
        <translation>Agrupado (tablas sumadas)</translation>
    </message>
    <message>
        <source>Averaged (per table)</source>
        <translation>Promediado (por tabla)</translation>
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
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>{n} cell</source>
        <translation>{n} celda</translation>
    </message>
    <message>
        <source>{n} cells</source>
        <translation>{n} celdas</translation>
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
        <source>{n} memo</source>
        <translation>{n} memo</translation>
    </message>
    <message>
        <source>{n} memos</source>
        <translation>{n} memos</translation>
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
        <translation>Resúmenes de la matriz de marco</translation>
    </message>
    <message>
        <source>Project order</source>
        <translation>Orden del proyecto</translation>
    </message>
    <message>
        <source>Order first coded</source>
        <translation>Orden de primera codificación</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Fecha de la entrevista</translation>
    </message>
    <message>
        <source>Document name</source>
        <translation>Nombre del documento</translation>
    </message>
    <message>
        <source>The codebook file holds the codes with their colors and definitions.</source>
        <translation>El archivo del libro de códigos contiene los códigos con sus colores y definiciones.</translation>
    </message>
    <message>
        <source>Missing for that coder</source>
        <translation>Ausente para ese codificador</translation>
    </message>
    <message>
        <source>A category of its own</source>
        <translation>Una categoría propia</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Documento de Word</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>Proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>Libro de códigos REFI-QDA</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Word theme report…</source>
        <translation>Informe de temas en Word…</translation>
    </message>
    <message>
        <source>Themes by stakeholder group with summaries and attributed quotes (DOCX), as qcoder report</source>
        <translation>Temas por grupo de interés con resúmenes y citas atribuidas (DOCX), como qcoder report</translation>
    </message>
    <message>
        <source>Analysis workbook (XLSX)…</source>
        <translation>Libro de análisis (XLSX)…</translation>
    </message>
    <message>
        <source>Frequencies, tables by attribute, excerpts (qcoder export)</source>
        <translation>Frecuencias, tablas por atributo, fragmentos (qcoder export)</translation>
    </message>
    <message>
        <source>Framework matrix (XLSX or DOCX)…</source>
        <translation>Matriz de marco (XLSX o DOCX)…</translation>
    </message>
    <message>
        <source>Cases × themes with summaries and quotes</source>
        <translation>Casos × temas con resúmenes y citas</translation>
    </message>
    <message>
        <source>Saturation table (CSV)…</source>
        <translation>Tabla de saturación (CSV)…</translation>
    </message>
    <message>
        <source>New codes per document</source>
        <translation>Códigos nuevos por documento</translation>
    </message>
    <message>
        <source>Agreement report (DOCX or XLSX)…</source>
        <translation>Informe de acuerdo (DOCX o XLSX)…</translation>
    </message>
    <message>
        <source>The inter-coder agreement methods appendix</source>
        <translation>El anexo metodológico del acuerdo entre codificadores</translation>
    </message>
    <message>
        <source>Memos (DOCX)…</source>
        <translation>Memos (DOCX)…</translation>
    </message>
    <message>
        <source>The project journal and memos, by type</source>
        <translation>El diario del proyecto y los memos, por tipo</translation>
    </message>
    <message>
        <source>Codebook (XLSX, CSV or DOCX)…</source>
        <translation>Libro de códigos (XLSX, CSV o DOCX)…</translation>
    </message>
    <message>
        <source>XLSX and CSV: Import codebook reads them back</source>
        <translation>XLSX y CSV: Importar libro de códigos los vuelve a leer</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)…</source>
        <translation>Proyecto REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>A project file other QDA programs (MAXQDA, NVivo, ATLAS.ti…) can open</source>
        <translation>Un archivo de proyecto que otros programas QDA (MAXQDA, NVivo, ATLAS.ti…) pueden abrir</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (.qdc)…</source>
        <translation>Libro de códigos REFI-QDA (.qdc)…</translation>
    </message>
    <message>
        <source>The codebook in the REFI-QDA format</source>
        <translation>El libro de códigos en formato REFI-QDA</translation>
    </message>
    <message>
        <source>Export the analysis workbook</source>
        <translation>Exportar el libro de análisis</translation>
    </message>
    <message>
        <source>Frequencies, tables by attribute, co-occurrence, the codebook, excerpts and notes (as qcoder export).</source>
        <translation>Frecuencias, tablas por atributo, coocurrencia, el libro de códigos, fragmentos y notas (como qcoder export).</translation>
    </message>
    <message>
        <source>Tables by attribute:</source>
        <translation>Tablas por atributo:</translation>
    </message>
    <message>
        <source>Coders (none ticked: all):</source>
        <translation>Codificadores (ninguno marcado: todos):</translation>
    </message>
    <message>
        <source>workbook.xlsx</source>
        <translation>libro.xlsx</translation>
    </message>
    <message>
        <source>Export the framework matrix</source>
        <translation>Exportar la matriz de marco</translation>
    </message>
    <message>
        <source>Cases × themes: counts, your summaries (or drafts) and quotes (as qcoder matrix).</source>
        <translation>Casos × temas: recuentos, sus resúmenes (o borradores) y citas (como qcoder matrix).</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Casos:</translation>
    </message>
    <message>
        <source>Themes (none ticked: every code):</source>
        <translation>Temas (ninguno marcado: todos los códigos):</translation>
    </message>
    <message>
        <source>framework matrix.xlsx</source>
        <translation>matriz de marco.xlsx</translation>
    </message>
    <message>
        <source>Export the saturation table</source>
        <translation>Exportar la tabla de saturación</translation>
    </message>
    <message>
        <source>New and cumulative codes per document (as qcoder saturation).</source>
        <translation>Códigos nuevos y acumulados por documento (como qcoder saturation).</translation>
    </message>
    <message>
        <source>Documents in:</source>
        <translation>Orden de los documentos:</translation>
    </message>
    <message>
        <source>A column pair per coder</source>
        <translation>Un par de columnas por codificador</translation>
    </message>
    <message>
        <source>Each coder&apos;s new and cumulative codes</source>
        <translation>Los códigos nuevos y acumulados de cada codificador</translation>
    </message>
    <message>
        <source>saturation.csv</source>
        <translation>saturacion.csv</translation>
    </message>
    <message>
        <source>tick two or more coders to compare</source>
        <translation>marque dos o más codificadores para comparar</translation>
    </message>
    <message>
        <source>Export the agreement report</source>
        <translation>Exportar el informe de acuerdo</translation>
    </message>
    <message>
        <source>agreement.docx</source>
        <translation>acuerdo.docx</translation>
    </message>
    <message>
        <source>The methods appendix: statistics per code, verdicts, the weakest codes (Word); with every breakdown (Excel), as qcoder agreement.</source>
        <translation>El anexo metodológico: estadísticos por código, valoraciones, los códigos más débiles (Word); con todos los desgloses (Excel), como qcoder agreement.</translation>
    </message>
    <message>
        <source>Coders (two or more):</source>
        <translation>Codificadores (dos o más):</translation>
    </message>
    <message>
        <source>Codes (none ticked: all used):</source>
        <translation>Códigos (ninguno marcado: todos los usados):</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unidad:</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>Tablas:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Breakdown by:</source>
        <translation>Desglose por:</translation>
    </message>
    <message>
        <source>Per training round (instead of the breakdown)</source>
        <translation>Por ronda de formación (en lugar del desglose)</translation>
    </message>
    <message>
        <source>As --by-round</source>
        <translation>Como --by-round</translation>
    </message>
    <message>
        <source>Exclusive subcodes of:</source>
        <translation>Subcódigos excluyentes de:</translation>
    </message>
    <message>
        <source>Codes whose subcodes are mutually exclusive categories: nominal α, Fleiss&apos; κ and AC1</source>
        <translation>Códigos cuyos subcódigos son categorías mutuamente excluyentes: α nominal, κ de Fleiss y AC1</translation>
    </message>
    <message>
        <source>A unit with none of them:</source>
        <translation>Una unidad sin ninguno de ellos:</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>a partir de</translation>
    </message>
    <message>
        <source>on or before</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Export memos</source>
        <translation>Exportar memos</translation>
    </message>
    <message>
        <source>memos.docx</source>
        <translation>memos.docx</translation>
    </message>
    <message>
        <source>A Word document, memos grouped by type (as qcoder memo export).</source>
        <translation>Un documento de Word, memos agrupados por tipo (como qcoder memo export).</translation>
    </message>
    <message>
        <source>Memos (none ticked: all):</source>
        <translation>Memos (ninguno marcado: todos):</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Escrito por:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Containing:</source>
        <translation>Que contenga:</translation>
    </message>
    <message>
        <source>every word of…</source>
        <translation>todas las palabras de…</translation>
    </message>
    <message>
        <source>As --search: in the memo or what it is on</source>
        <translation>Como --search: en el memo o en aquello a lo que se refiere</translation>
    </message>
    <message>
        <source>Written on or after:</source>
        <translation>Escrito a partir del:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>As --since (inclusive)</source>
        <translation>Como --since (inclusive)</translation>
    </message>
    <message>
        <source>Written on or before:</source>
        <translation>Escrito hasta el:</translation>
    </message>
    <message>
        <source>As --until (inclusive)</source>
        <translation>Como --until (inclusive)</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Exportar libro de códigos</translation>
    </message>
    <message>
        <source>codebook.xlsx</source>
        <translation>libro de codigos.xlsx</translation>
    </message>
    <message>
        <source>Export as REFI-QDA</source>
        <translation>Exportar como REFI-QDA</translation>
    </message>
    <message>
        <source>Export codebook (REFI-QDA)</source>
        <translation>Exportar libro de códigos (REFI-QDA)</translation>
    </message>
    <message>
        <source>codebook</source>
        <translation>libro de codigos</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>Todavía hay una exportación en curso.</translation>
    </message>
    <message>
        <source>{title}…</source>
        <translation>{title}…</translation>
    </message>
    <message>
        <source>Wrote {path} ({count})</source>
        <translation>Escrito {path} ({count})</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Escrito {path}</translation>
    </message>
    <message>
        <source>Wrote {name}. {note}</source>
        <translation>Escrito {name}. {note}</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>La exportación ha fallado: {reason}</translation>
    </message>
    <message>
        <source>Nothing was written.

{reason}</source>
        <translation>No se ha escrito nada.

{reason}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación ha fallado</translation>
    </message>
    <message>
        <source>{title}: cancelled, no file written</source>
        <translation>{title}: cancelado, no se ha escrito ningún archivo</translation>
    </message>
    <message>
        <source>Unitizing alphas (character units)</source>
        <translation>Alfas de unitización (unidades de carácter)</translation>
    </message>
    <message>
        <source>As --unitized</source>
        <translation>Como --unitized</translation>
    </message>
    <message>
        <source>Confidence intervals (bootstrap, slower)</source>
        <translation>Intervalos de confianza (bootstrap, más lento)</translation>
    </message>
    <message>
        <source>As --ci</source>
        <translation>Como --ci</translation>
    </message>
    <message>
        <source>Bootstrap draws:</source>
        <translation>Remuestras bootstrap:</translation>
    </message>
    <message>
        <source>Interval coverage:</source>
        <translation>Cobertura del intervalo:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>written {when}: type a date as YYYY-MM-DD, not {text}</source>
        <translation>escrito {when}: escriba una fecha como AAAA-MM-DD, no {text}</translation>
    </message>
</context>
<context>
    <name>export_options</name>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
</context>
<context>
    <name>history_actions</name>
    <message>
        <source>Undo {step}</source>
        <translation>Deshacer {step}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>Rehacer {step}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>This step could not be undone; the undo history was cleared.

{reason}</source>
        <translation>No se pudo deshacer este paso; se ha vaciado el historial de deshacer.

{reason}</translation>
    </message>
    <message>
        <source>This step could not be redone; the undo history was cleared.

{reason}</source>
        <translation>No se pudo rehacer este paso; se ha vaciado el historial de deshacer.

{reason}</translation>
    </message>
    <message>
        <source>Undone: {step}</source>
        <translation>Deshecho: {step}</translation>
    </message>
    <message>
        <source>Redone: {step}</source>
        <translation>Rehecho: {step}</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>{document}: {characters}, {speakers}, {turns}</source>
        <translation>{document}: {characters}, {speakers}, {turns}</translation>
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
        <source>{n} speaker</source>
        <translation>{n} hablante</translation>
    </message>
    <message>
        <source>{n} speakers</source>
        <translation>{n} hablantes</translation>
    </message>
    <message>
        <source>{n} turn</source>
        <translation>{n} turno</translation>
    </message>
    <message>
        <source>{n} turns</source>
        <translation>{n} turnos</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Import transcripts</source>
        <translation>Importar transcripciones</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transcripciones</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Archivos para importar</translation>
    </message>
    <message>
        <source>Drop files or folders here</source>
        <translation>Suelte aquí archivos o carpetas</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Survey answers…</source>
        <translation>Respuestas de encuesta…</translation>
    </message>
    <message>
        <source>A CSV, Excel or SPSS survey export: choose the ID, text and attribute columns</source>
        <translation>Una exportación de encuesta CSV, Excel o SPSS: elija las columnas de ID, texto y atributos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Attributes (optional)</source>
        <translation>Atributos (opcional)</translation>
    </message>
    <message>
        <source>Attribute sheet</source>
        <translation>Hoja de atributos</translation>
    </message>
    <message>
        <source>A CSV or Excel sheet: one row per document</source>
        <translation>Una hoja CSV o Excel: una fila por documento</translation>
    </message>
    <message>
        <source>A CSV or Excel sheet: one row per document (document, site, …)</source>
        <translation>Una hoja CSV o Excel: una fila por documento (documento, sitio, …)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>Patrón del nombre de archivo</translation>
    </message>
    <message>
        <source>Attributes read from the file names, e.g. {example}</source>
        <translation>Atributos leídos de los nombres de archivo, p. ej. {example}</translation>
    </message>
    <message>
        <source>e.g. {pattern} for {name}</source>
        <translation>p. ej. {pattern} para {name}</translation>
    </message>
    <message>
        <source>Parts of the file name in braces become document attributes</source>
        <translation>Las partes del nombre de archivo entre llaves se convierten en atributos del documento</translation>
    </message>
    <message>
        <source>Attribute sheet:</source>
        <translation>Hoja de atributos:</translation>
    </message>
    <message>
        <source>File-name pattern:</source>
        <translation>Patrón del nombre de archivo:</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>One row per file: what was imported, and any problem</source>
        <translation>Una fila por archivo: lo que se importó y cualquier problema</translation>
    </message>
    <message>
        <source>Add transcripts</source>
        <translation>Añadir transcripciones</translation>
    </message>
    <message>
        <source>Transcripts ({patterns})</source>
        <translation>Transcripciones ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add a folder of transcripts</source>
        <translation>Añadir una carpeta de transcripciones</translation>
    </message>
    <message>
        <source>Sheets ({patterns})</source>
        <translation>Hojas ({patterns})</translation>
    </message>
    <message>
        <source>Apply attributes</source>
        <translation>Aplicar atributos</translation>
    </message>
    <message>
        <source>Add files or folders to import (or an attribute sheet to apply).</source>
        <translation>Añada archivos o carpetas para importar (o una hoja de atributos para aplicar).</translation>
    </message>
    <message>
        <source>The attribute sheet {path} does not exist.</source>
        <translation>La hoja de atributos {path} no existe.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Leyendo los archivos…</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Cancelando después del archivo actual…</translation>
    </message>
    <message>
        <source>Importing {done} of {total}: {name}</source>
        <translation>Importando {done} de {total}: {name}</translation>
    </message>
    <message>
        <source>Applying attributes…</source>
        <translation>Aplicando atributos…</translation>
    </message>
    <message>
        <source>Import {n} document</source>
        <translation>Importar {n} documento</translation>
    </message>
    <message>
        <source>Import {n} documents</source>
        <translation>Importar {n} documentos</translation>
    </message>
    <message>
        <source>Imported {n} document.</source>
        <translation>Se importó {n} documento.</translation>
    </message>
    <message>
        <source>Imported {n} documents.</source>
        <translation>Se importaron {n} documentos.</translation>
    </message>
    <message>
        <source>{n} skipped.</source>
        <translation>Omitidos: {n}.</translation>
    </message>
    <message>
        <source>{n} could not be imported (see the reasons below).</source>
        <translation>No se pudieron importar: {n} (vea los motivos más abajo).</translation>
    </message>
    <message>
        <source>Import cancelled: the documents imported before it are kept.</source>
        <translation>Importación cancelada: se conservan los documentos importados antes.</translation>
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
        <source>{n} participant</source>
        <translation>{n} participante</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>{n} participantes</translation>
    </message>
    <message>
        <source>Attributes set on {documents} and {participants}.</source>
        <translation>Atributos asignados a {documents} y {participants}.</translation>
    </message>
    <message>
        <source>Rows for documents not in the project: {names}</source>
        <translation>Filas de documentos que no están en el proyecto: {names}</translation>
    </message>
    <message>
        <source>Speakers not found: {names}</source>
        <translation>Hablantes no encontrados: {names}</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Se canceló la importación.</translation>
    </message>
    <message>
        <source>{n} document imported before the error is kept.</source>
        <translation>Se conserva {n} documento importado antes del error.</translation>
    </message>
    <message>
        <source>{n} documents imported before the error are kept.</source>
        <translation>Se conservan {n} documentos importados antes del error.</translation>
    </message>
    <message>
        <source>The import stopped: {reason}</source>
        <translation>La importación se detuvo: {reason}</translation>
    </message>
    <message>
        <source>Folders are searched for {kinds} files and for files without an extension (their content decides); audio, video, images and spreadsheets are listed as skipped, hidden files are left out. Files whose text is already in the project are skipped.</source>
        <translation>En las carpetas se buscan archivos {kinds} y archivos sin extensión (decide su contenido); el audio, el vídeo, las imágenes y las hojas de cálculo se listan como omitidos y los archivos ocultos se dejan fuera. Se omiten los archivos cuyo texto ya está en el proyecto.</translation>
    </message>
</context>
<context>
    <name>keyboard</name>
    <message>
        <source>Next panel</source>
        <translation>Panel siguiente</translation>
    </message>
    <message>
        <source>Previous panel</source>
        <translation>Panel anterior</translation>
    </message>
    <message>
        <source>Context menu</source>
        <translation>Menú contextual</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Sistema ({language})</translation>
    </message>
    <message>
        <source>Set by {variable}={value}</source>
        <translation>Fijado por {variable}={value}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>qcoder will use {language} from its next start.</source>
        <translation>qcoder usará {language} a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Restart now? The open project is reopened; nothing is lost.</source>
        <translation>¿Reiniciar ahora? El proyecto abierto se vuelve a abrir; no se pierde nada.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <source>Coded excerpts</source>
        <translation>Fragmentos codificados</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Code suggestions</source>
        <translation>Sugerencias de códigos</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Memos</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Buscar en el documento</translation>
    </message>
    <message>
        <source>Switch coder…</source>
        <translation>Cambiar de codificador…</translation>
    </message>
    <message>
        <source>Close project</source>
        <translation>Cerrar proyecto</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Snap selections to whole words</source>
        <translation>Ajustar las selecciones a palabras completas</translation>
    </message>
    <message>
        <source>A drag that starts or ends inside a word takes the whole word (Alt: exact)</source>
        <translation>Un arrastre que empieza o termina dentro de una palabra toma la palabra completa (Alt: exacto)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Proyecto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <source>Quick codes (keys 1–9)</source>
        <translation>Códigos rápidos (teclas 1–9)</translation>
    </message>
    <message>
        <source>Selected coding</source>
        <translation>Codificación seleccionada</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Análisis</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lenguaje</translation>
    </message>
    <message>
        <source>Auto-code…</source>
        <translation>Autocodificar…</translation>
    </message>
    <message>
        <source>De-identify…</source>
        <translation>Anonimizar…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Abrir reciente</translation>
    </message>
    <message>
        <source>Import transcripts…</source>
        <translation>Importar transcripciones…</translation>
    </message>
    <message>
        <source>Survey answers…</source>
        <translation>Respuestas de encuesta…</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>Atributos…</translation>
    </message>
    <message>
        <source>Speakers of this document…</source>
        <translation>Hablantes de este documento…</translation>
    </message>
    <message>
        <source>Import codebook…</source>
        <translation>Importar libro de códigos…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurar desde copia de seguridad…</translation>
    </message>
    <message>
        <source>Encrypt project…</source>
        <translation>Cifrar proyecto…</translation>
    </message>
    <message>
        <source>Show codings</source>
        <translation>Mostrar codificaciones</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Restablecer la disposición</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>The coder recorded with new codings — click to switch</source>
        <translation>El codificador que se registra con las nuevas codificaciones: haga clic para cambiarlo</translation>
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
        <source>Backed up to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <source>{document} — {project} — {app}</source>
        <translation>{document} — {project} — {app}</translation>
    </message>
    <message>
        <source>{project} — {app}</source>
        <translation>{project} — {app}</translation>
    </message>
    <message>
        <source>Coder: {name}</source>
        <translation>Codificador/a: {name}</translation>
    </message>
    <message>
        <source>Coder: (not set)</source>
        <translation>Codificador/a: (sin definir)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Bind keys: right-click a code in the codebook</source>
        <translation>Asignar teclas: clic derecho en un código del libro de códigos</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Abra primero un documento.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt;&lt;br&gt;Qualitative coding of interview transcripts.&lt;br&gt;&lt;br&gt;Every change is saved as you work; Ctrl+Z undoes it.</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt;&lt;br&gt;Codificación cualitativa de transcripciones de entrevistas.&lt;br&gt;&lt;br&gt;Cada cambio se guarda mientras trabaja; Ctrl+Z lo deshace.</translation>
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
        <source>Coding</source>
        <translation>Codificación</translation>
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
    <name>player</name>
    <message>
        <source>install the media extra to play recordings: {command}</source>
        <translation>instale el extra multimedia para reproducir grabaciones: {command}</translation>
    </message>
    <message>
        <source>Open a document with a recording.</source>
        <translation>Abra un documento con una grabación.</translation>
    </message>
    <message>
        <source>Link a recording…</source>
        <translation>Vincular una grabación…</translation>
    </message>
    <message>
        <source>Read times from the text</source>
        <translation>Leer las horas del texto</translation>
    </message>
    <message>
        <source>Give turns without a time the time written in them: [00:01:23], (01:23)…</source>
        <translation>Asignar a los turnos sin hora la hora escrita en ellos: [00:01:23], (01:23)…</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Follow the transcript: scroll to the turn being spoken</source>
        <translation>Seguir la transcripción: desplazarse hasta el turno que se está oyendo</translation>
    </message>
    <message>
        <source>Recordings cannot be played: {hint}.</source>
        <translation>No se pueden reproducir grabaciones: {hint}.</translation>
    </message>
    <message>
        <source>Re-link…</source>
        <translation>Volver a vincular…</translation>
    </message>
    <message>
        <source>Find the missing recording (the others missing from the same folder are re-linked too)</source>
        <translation>Buscar la grabación que falta (las demás que faltan de la misma carpeta también se vuelven a vincular)</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Elegir el archivo…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Reproducir / pausa</translation>
    </message>
    <message>
        <source>Back 5 s</source>
        <translation>Atrás 5 s</translation>
    </message>
    <message>
        <source>Forward 5 s</source>
        <translation>Adelante 5 s</translation>
    </message>
    <message>
        <source>Play from here</source>
        <translation>Reproducir desde aquí</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Posición en la grabación</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Cannot play the recording: {reason}</source>
        <translation>No se puede reproducir la grabación: {reason}</translation>
    </message>
    <message>
        <source>No recording is linked to this document.</source>
        <translation>No hay ninguna grabación vinculada a este documento.</translation>
    </message>
    <message>
        <source>The recording is missing: {path}. Re-link it to play it.</source>
        <translation>Falta la grabación: {path}. Vuelva a vincularla para reproducirla.</translation>
    </message>
    <message>
        <source>{name} — {n} turns timed</source>
        <translation>{name} — {n} turnos con hora</translation>
    </message>
    <message>
        <source>, {n} estimated</source>
        <translation>, {n} estimados</translation>
    </message>
    <message>
        <source>Link another recording…</source>
        <translation>Vincular otra grabación…</translation>
    </message>
    <message>
        <source>Link a recording</source>
        <translation>Vincular una grabación</translation>
    </message>
    <message>
        <source>Recordings ({patterns})</source>
        <translation>Grabaciones ({patterns})</translation>
    </message>
    <message>
        <source>Re-link the recordings found in a folder</source>
        <translation>Volver a vincular las grabaciones encontradas en una carpeta</translation>
    </message>
    <message>
        <source>Re-link the recording</source>
        <translation>Volver a vincular la grabación</translation>
    </message>
    <message>
        <source>Re-linked {n} recording(s)</source>
        <translation>{n} grabación(es) vinculada(s) de nuevo</translation>
    </message>
    <message>
        <source>, {n} of other documents</source>
        <translation>, {n} de otros documentos</translation>
    </message>
    <message>
        <source>{n} turn(s) got a time from the text</source>
        <translation>{n} turno(s) recibieron una hora del texto</translation>
    </message>
    <message>
        <source>No new times found in the text</source>
        <translation>No se encontraron horas nuevas en el texto</translation>
    </message>
    <message>
        <source>No recording to play: link one to this document</source>
        <translation>No hay grabación que reproducir: vincule una a este documento</translation>
    </message>
    <message>
        <source>No time is known for this place in the transcript</source>
        <translation>No se conoce ninguna hora para este punto de la transcripción</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
</context>
<context>
    <name>report_dialog</name>
    <message>
        <source>Word theme report</source>
        <translation>Informe de temas en Word</translation>
    </message>
    <message>
        <source>(no grouping)</source>
        <translation>(sin agrupar)</translation>
    </message>
    <message>
        <source>None ticked: every theme; a parent brings its subcodes</source>
        <translation>Ninguno marcado: todos los temas; un código padre incluye sus subcódigos</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Tick the themes the report covers; none ticked: every theme</source>
        <translation>Marque los temas que cubre el informe; ninguno marcado: todos los temas</translation>
    </message>
    <message>
        <source>Open with the theme × group table</source>
        <translation>Empezar con la tabla tema × grupo</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>The Word file the report is written to</source>
        <translation>El archivo de Word en el que se escribe el informe</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>Escribir informe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Writing: {step}</source>
        <translation>Escribiendo: {step}</translation>
    </message>
    <message>
        <source>Coders (none ticked: every coder)</source>
        <translation>Codificadores (ninguno marcado: todos)</translation>
    </message>
    <message>
        <source>Consensus coder</source>
        <translation>Codificador de consenso</translation>
    </message>
    <message>
        <source>None ticked: every coder&apos;s codings</source>
        <translation>Ninguno marcado: las codificaciones de todos los codificadores</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <source>Tick the coders whose codings the report quotes; none ticked: every coder</source>
        <translation>Marque los codificadores cuyas codificaciones cita el informe; ninguno marcado: todos</translation>
    </message>
    <message>
        <source>Whose codings:</source>
        <translation>Codificaciones de:</translation>
    </message>
    <message>
        <source>Group respondents by:</source>
        <translation>Agrupar a los encuestados por:</translation>
    </message>
    <message>
        <source>None ticked: every theme. A ticked theme brings its sub-themes.</source>
        <translation>Ninguno marcado: todos los temas. Un tema marcado incluye sus subtemas.</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Temas:</translation>
    </message>
    <message>
        <source>Quotes per theme:</source>
        <translation>Citas por tema:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Word ({pattern})</source>
        <translation>Word ({pattern})</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Elija dónde guardar el informe.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Guardado {name}</translation>
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
    <name>shortcuts</name>
    <message>
        <source>anywhere in the window</source>
        <translation>en cualquier lugar de la ventana</translation>
    </message>
    <message>
        <source>in the transcript</source>
        <translation>en la transcripción</translation>
    </message>
    <message>
        <source>in the codebook</source>
        <translation>en el libro de códigos</translation>
    </message>
    <message>
        <source>in the documents list</source>
        <translation>en la lista de documentos</translation>
    </message>
    <message>
        <source>find a code by typing, Enter applies it to the selection</source>
        <translation>buscar un código escribiendo; Intro lo aplica a la selección</translation>
    </message>
    <message>
        <source>in-vivo: a new code named from the selected words, applied</source>
        <translation>in vivo: un código nuevo con el nombre de las palabras seleccionadas, aplicado</translation>
    </message>
    <message>
        <source>code the sentence at the cursor</source>
        <translation>codificar la oración del cursor</translation>
    </message>
    <message>
        <source>code the paragraph at the cursor</source>
        <translation>codificar el párrafo del cursor</translation>
    </message>
    <message>
        <source>code the speaker turn at the cursor</source>
        <translation>codificar el turno de habla del cursor</translation>
    </message>
    <message>
        <source>widen the selection to whole sentences</source>
        <translation>ampliar la selección a oraciones completas</translation>
    </message>
    <message>
        <source>select the coding at the cursor (again: the next one there)</source>
        <translation>seleccionar la codificación del cursor (otra vez: la siguiente en ese punto)</translation>
    </message>
    <message>
        <source>say and show the codings at the cursor: codes and coders (screen readers)</source>
        <translation>decir y mostrar las codificaciones del cursor: códigos y codificadores (lectores de pantalla)</translation>
    </message>
    <message>
        <source>remove the selected coding</source>
        <translation>quitar la codificación seleccionada</translation>
    </message>
    <message>
        <source>memo on the selected coding</source>
        <translation>memo sobre la codificación seleccionada</translation>
    </message>
    <message>
        <source>star the selected coding as an exemplar</source>
        <translation>marcar con estrella la codificación seleccionada como ejemplar</translation>
    </message>
    <message>
        <source>fit the selected coding to the text selection</source>
        <translation>ajustar la codificación seleccionada a la selección de texto</translation>
    </message>
    <message>
        <source>extend the selected coding&apos;s end by a word</source>
        <translation>alargar una palabra el final de la codificación seleccionada</translation>
    </message>
    <message>
        <source>shrink the selected coding&apos;s end by a word</source>
        <translation>acortar una palabra el final de la codificación seleccionada</translation>
    </message>
    <message>
        <source>extend the selected coding&apos;s start by a word</source>
        <translation>alargar una palabra el inicio de la codificación seleccionada</translation>
    </message>
    <message>
        <source>shrink the selected coding&apos;s start by a word</source>
        <translation>acortar una palabra el inicio de la codificación seleccionada</translation>
    </message>
    <message>
        <source>apply the code bound to that key to the selection (bind: right-click a code → Quick-code key)</source>
        <translation>aplicar a la selección el código asignado a esa tecla (asignar: clic derecho en un código → Tecla de código rápido)</translation>
    </message>
    <message>
        <source>new code</source>
        <translation>código nuevo</translation>
    </message>
    <message>
        <source>delete the selected code</source>
        <translation>eliminar el código seleccionado</translation>
    </message>
    <message>
        <source>rename the selected document</source>
        <translation>cambiar el nombre del documento seleccionado</translation>
    </message>
    <message>
        <source>delete the selected documents</source>
        <translation>eliminar los documentos seleccionados</translation>
    </message>
    <message>
        <source>play or pause the recording</source>
        <translation>reproducir o pausar la grabación</translation>
    </message>
    <message>
        <source>recording: back 5 seconds</source>
        <translation>grabación: 5 segundos atrás</translation>
    </message>
    <message>
        <source>recording: forward 5 seconds</source>
        <translation>grabación: 5 segundos adelante</translation>
    </message>
    <message>
        <source>play the recording from the cursor&apos;s place in the transcript</source>
        <translation>reproducir la grabación desde la posición del cursor en la transcripción</translation>
    </message>
    <message>
        <source>undo any change (codings and codebook alike)</source>
        <translation>deshacer cualquier cambio (codificaciones y libro de códigos por igual)</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>rehacer</translation>
    </message>
    <message>
        <source>find in the document (Enter / Shift+Enter: next / previous)</source>
        <translation>buscar en el documento (Intro / Mayús+Intro: siguiente / anterior)</translation>
    </message>
    <message>
        <source>theme frequencies (the analysis view)</source>
        <translation>frecuencias de temas (la vista de análisis)</translation>
    </message>
    <message>
        <source>larger text</source>
        <translation>texto más grande</translation>
    </message>
    <message>
        <source>smaller text</source>
        <translation>texto más pequeño</translation>
    </message>
    <message>
        <source>next panel: documents, transcript, codebook, excerpts, open docks</source>
        <translation>panel siguiente: documentos, transcripción, libro de códigos, fragmentos, paneles abiertos</translation>
    </message>
    <message>
        <source>previous panel</source>
        <translation>panel anterior</translation>
    </message>
    <message>
        <source>the focused list&apos;s or text&apos;s context menu (as the Menu key)</source>
        <translation>el menú contextual de la lista o el texto con el foco (como la tecla Menú)</translation>
    </message>
    <message>
        <source>close the project</source>
        <translation>cerrar el proyecto</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>salir</translation>
    </message>
    <message>
        <source>select text, click a code</source>
        <translation>seleccionar texto, hacer clic en un código</translation>
    </message>
    <message>
        <source>apply it (the selection is used up: a later click only browses the code)</source>
        <translation>aplicarlo (la selección se consume: un clic posterior solo explora el código)</translation>
    </message>
    <message>
        <source>drag the selection onto a code</source>
        <translation>arrastrar la selección sobre un código</translation>
    </message>
    <message>
        <source>apply it</source>
        <translation>aplicarlo</translation>
    </message>
    <message>
        <source>drag across words</source>
        <translation>arrastrar sobre palabras</translation>
    </message>
    <message>
        <source>the selection widens to whole words; hold Alt for an exact selection</source>
        <translation>la selección se amplía a palabras completas; mantenga Alt para una selección exacta</translation>
    </message>
    <message>
        <source>click a stripe</source>
        <translation>hacer clic en una franja</translation>
    </message>
    <message>
        <source>select that coding</source>
        <translation>seleccionar esa codificación</translation>
    </message>
    <message>
        <source>accept the code dialog from any of its fields</source>
        <translation>aceptar el diálogo de código desde cualquiera de sus campos</translation>
    </message>
</context>
<context>
    <name>speakers_dialog</name>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador/a</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Grupo de interés</translation>
    </message>
    <message>
        <source>First words</source>
        <translation>Primeras palabras</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>{attribute}:</source>
        <translation>{attribute}:</translation>
    </message>
    <message>
        <source>Speakers — {name}</source>
        <translation>Hablantes — {name}</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Fusionar con</translation>
    </message>
    <message>
        <source>Link to participant</source>
        <translation>Vincular a participante</translation>
    </message>
    <message>
        <source>{n} speaker found in “{name}”. Double-click a name to rename it; link speakers to participants so their excerpts carry the participant&apos;s attributes.</source>
        <translation>{n} hablante encontrado en «{name}». Haga doble clic en un nombre para cambiarlo; vincule los hablantes a participantes para que sus fragmentos lleven los atributos del participante.</translation>
    </message>
    <message>
        <source>{n} speakers found in “{name}”. Double-click a name to rename it; link speakers to participants so their excerpts carry the participant&apos;s attributes.</source>
        <translation>{n} hablantes encontrados en «{name}». Haga doble clic en un nombre para cambiarlo; vincule los hablantes a participantes para que sus fragmentos lleven los atributos del participante.</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Hablantes</translation>
    </message>
    <message>
        <source>One row per speaker: label, participant, turns</source>
        <translation>Una fila por hablante: etiqueta, participante, turnos</translation>
    </message>
    <message>
        <source>{speaker} ({turns})</source>
        <translation>{speaker} ({turns})</translation>
    </message>
    <message>
        <source>{n} turn</source>
        <translation>{n} turno</translation>
    </message>
    <message>
        <source>{n} turns</source>
        <translation>{n} turnos</translation>
    </message>
    <message>
        <source>New participant…</source>
        <translation>Nuevo participante…</translation>
    </message>
    <message>
        <source>Unlink from {name}</source>
        <translation>Desvincular de {name}</translation>
    </message>
    <message>
        <source>Merged “{source}” into “{target}”.</source>
        <translation>«{source}» fusionado con «{target}».</translation>
    </message>
    <message>
        <source>Link speaker to new participant {name}</source>
        <translation>Vincular hablante a nuevo participante {name}</translation>
    </message>
</context>
<context>
    <name>start_page</name>
    <message>
        <source>(not found)</source>
        <translation>(no encontrado)</translation>
    </message>
    <message>
        <source>This file no longer exists.</source>
        <translation>Este archivo ya no existe.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Comenzar</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Abrir el proyecto de demostración</translation>
    </message>
    <message>
        <source>Fifteen sample interviews from a multi-site task force evaluation, with attributes, a codebook and codings by two coders.</source>
        <translation>Quince entrevistas de ejemplo de la evaluación de un grupo de trabajo en varios sitios, con atributos, un libro de códigos y codificaciones de dos codificadores.</translation>
    </message>
    <message>
        <source>postgresql+psycopg://user:password@server/database</source>
        <translation>postgresql+psycopg://usuario:contraseña@servidor/base_de_datos</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Create a new project in an empty database</source>
        <translation>Crear un proyecto nuevo en una base de datos vacía</translation>
    </message>
    <message>
        <source>Team project on a PostgreSQL server:</source>
        <translation>Proyecto de equipo en un servidor PostgreSQL:</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>Projects you open appear here.</source>
        <translation>Los proyectos que abra aparecen aquí.</translation>
    </message>
    <message>
        <source>Qualitative coding of interview transcripts</source>
        <translation>Codificación cualitativa de transcripciones de entrevistas</translation>
    </message>
    <message>
        <source>Enter the server address (a postgresql+psycopg:// URL) first.</source>
        <translation>Introduzca primero la dirección del servidor (una URL postgresql+psycopg://).</translation>
    </message>
    <message>
        <source>{location} already exists. Open it, or choose another name for the new project.</source>
        <translation>{location} ya existe. Ábralo o elija otro nombre para el proyecto nuevo.</translation>
    </message>
    <message>
        <source>Creating the project</source>
        <translation>Creando el proyecto</translation>
    </message>
    <message>
        <source>{location} was not found. It may have been moved, renamed or deleted.</source>
        <translation>No se encontró {location}. Puede que se haya movido, renombrado o eliminado.</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>Conectando con el servidor</translation>
    </message>
    <message>
        <source>Opening the project</source>
        <translation>Abriendo el proyecto</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>qcoder projects ({pattern})</source>
        <translation>Proyectos de qcoder ({pattern})</translation>
    </message>
    <message>
        <source>Encrypt the new project with a passphrase?

Encrypt it if the interviews hold personal or sensitive information: an encrypted project and its backups cannot be read without the passphrase. If the passphrase is lost, nobody can recover the project.</source>
        <translation>¿Cifrar el proyecto nuevo con una frase de contraseña?

Cífrelo si las entrevistas contienen información personal o sensible: un proyecto cifrado y sus copias de seguridad no se pueden leer sin la frase de contraseña. Si se pierde la frase de contraseña, nadie podrá recuperar el proyecto.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Importando {name}</translation>
    </message>
    <message>
        <source>Adding the codebook and codings…</source>
        <translation>Añadiendo el libro de códigos y las codificaciones…</translation>
    </message>
    <message>
        <source>Building the demo project</source>
        <translation>Creando el proyecto de demostración</translation>
    </message>
    <message>
        <source>The demo project could not be built: {reason}</source>
        <translation>No se pudo crear el proyecto de demostración: {reason}</translation>
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
    <name>themes</name>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
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
    <name>undo</name>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
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
<context>
    <name>worker_progress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
</TS>
