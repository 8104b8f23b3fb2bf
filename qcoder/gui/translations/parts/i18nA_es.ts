<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
            <source>The attribute whose values make the columns (a participant's value, or else the document's)</source>
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
            <source>Which codes are rows, and whether a parent's row counts its subcodes' excerpts</source>
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
            <source>Codes meet where their excerpts overlap, or anywhere in one speaker's turn</source>
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
            <source>Rows and columns are numbered alike; the diagonal is each code's use</source>
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
            <source>Where the excerpt starts in the document's recording</source>
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
            <source>What the rows are: documents or an attribute's values</source>
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
            <source>Fill the editor with the cell's most representative sentences</source>
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
            <source>No sentences in this cell's excerpts: no draft</source>
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
            <source>"Challenges &gt; Turnover" AND NOT "Recommendations &gt; Joint training"</source>
            <translation>"Retos &gt; Rotación" AND NOT "Recomendaciones &gt; Formación conjunta"</translation>
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
            <source>Basic language pipeline (no trained English model): lemmas come from a lookup table, so some forms are not joined. Install one with pip install 'qcoder[model]'.</source>
            <translation>Procesamiento lingüístico básico (sin modelo de inglés entrenado): los lemas provienen de una tabla de consulta, por lo que algunas formas no se agrupan. Instale uno con pip install 'qcoder[model]'.</translation>
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
            <source>Count the interviewers' words as well as the respondents'</source>
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
</TS>
