<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>about_dialog</name>
    <message>
        <source>Settings file</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <source>Default folder for projects</source>
        <translation>Carpeta predeterminada de los proyectos</translation>
    </message>
    <message>
        <source>Backups of the open project</source>
        <translation>Copias de seguridad del proyecto abierto</translation>
    </message>
    <message>
        <source>A server project: its backups are made on the database server.</source>
        <translation>Un proyecto en servidor: sus copias de seguridad se hacen en el servidor de bases de datos.</translation>
    </message>
    <message>
        <source>Open a project to see its backups folder (beside the project file).</source>
        <translation>Abra un proyecto para ver su carpeta de copias de seguridad (junto al archivo del proyecto).</translation>
    </message>
    <message>
        <source>Log folder (errors only)</source>
        <translation>Carpeta de registro (solo errores)</translation>
    </message>
    <message>
        <source>About qcoder</source>
        <translation>Acerca de qcoder</translation>
    </message>
    <message>
        <source>&lt;b&gt;qcoder {version}&lt;/b&gt;&lt;br&gt;Qualitative coding of interview transcripts.</source>
        <translation>&lt;b&gt;qcoder {version}&lt;/b&gt;&lt;br&gt;Codificación cualitativa de transcripciones de entrevistas.</translation>
    </message>
    <message>
        <source>Python {python} · Qt {qt} · PySide6 {pyside}</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside}</translation>
    </message>
    <message>
        <source>Every change is written to the project as you work; Ctrl+Z undoes it. qcoder sends nothing over the network: errors are logged only on this computer.</source>
        <translation>Cada cambio se guarda en el proyecto mientras trabaja; Ctrl+Z lo deshace. qcoder no envía nada por la red: los errores solo se registran en este equipo.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy: {place}</source>
        <translation>Copiar: {place}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open folder: {place}</source>
        <translation>Abrir carpeta: {place}</translation>
    </message>
</context>
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
    <name>command_names</name>
    <message>
        <source>Add attribute</source>
        <translation>Añadir atributo</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <source>Add participants</source>
        <translation>Añadir participantes</translation>
    </message>
    <message>
        <source>Assign documents</source>
        <translation>Asignar documentos</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Varios cambios</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Code query results</source>
        <translation>Codificar los resultados de la consulta</translation>
    </message>
    <message>
        <source>Code selection</source>
        <translation>Codificar la selección</translation>
    </message>
    <message>
        <source>Delete attribute</source>
        <translation>Eliminar atributo</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>Eliminar código</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Eliminar documento</translation>
    </message>
    <message>
        <source>Edit attribute</source>
        <translation>Editar atributo</translation>
    </message>
    <message>
        <source>Edit code</source>
        <translation>Editar código</translation>
    </message>
    <message>
        <source>Edit coding</source>
        <translation>Editar codificación</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>Editar memo</translation>
    </message>
    <message>
        <source>Edit speaker</source>
        <translation>Editar hablante</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>Editar resumen</translation>
    </message>
    <message>
        <source>Import document</source>
        <translation>Importar documento</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importar documentos</translation>
    </message>
    <message>
        <source>Import survey answers</source>
        <translation>Importar respuestas de encuesta</translation>
    </message>
    <message>
        <source>Link recording</source>
        <translation>Vincular grabación</translation>
    </message>
    <message>
        <source>Link speaker</source>
        <translation>Vincular hablante</translation>
    </message>
    <message>
        <source>Mark speaker turns</source>
        <translation>Marcar turnos de palabra</translation>
    </message>
    <message>
        <source>Merge codes</source>
        <translation>Fusionar códigos</translation>
    </message>
    <message>
        <source>Merge speakers</source>
        <translation>Fusionar hablantes</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Nuevo código</translation>
    </message>
    <message>
        <source>Re-link recordings</source>
        <translation>Volver a vincular grabaciones</translation>
    </message>
    <message>
        <source>Read times from the text</source>
        <translation>Leer los tiempos del texto</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Registrar decisión</translation>
    </message>
    <message>
        <source>Redact documents</source>
        <translation>Anonimizar documentos</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Quitar codificación</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Renombrar documento</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>Renombrar participante</translation>
    </message>
    <message>
        <source>Save query</source>
        <translation>Guardar consulta</translation>
    </message>
    <message>
        <source>Set attribute values</source>
        <translation>Asignar valores de atributos</translation>
    </message>
    <message>
        <source>Set attributes</source>
        <translation>Asignar atributos</translation>
    </message>
    <message>
        <source>Start consensus from agreements</source>
        <translation>Iniciar el consenso con los acuerdos</translation>
    </message>
    <message>
        <source>Unlink recording</source>
        <translation>Desvincular grabación</translation>
    </message>
    <message>
        <source>New code {name}</source>
        <translation>Nuevo código {name}</translation>
    </message>
    <message>
        <source>Delete code {name}</source>
        <translation>Eliminar código {name}</translation>
    </message>
    <message>
        <source>Add participant {name}</source>
        <translation>Añadir participante {name}</translation>
    </message>
    <message>
        <source>Add attribute {name}</source>
        <translation>Añadir atributo {name}</translation>
    </message>
    <message>
        <source>Save query {name}</source>
        <translation>Guardar consulta {name}</translation>
    </message>
    <message>
        <source>Code query results as {name}</source>
        <translation>Codificar los resultados de la consulta como {name}</translation>
    </message>
    <message>
        <source>Redact documents ({n})</source>
        <translation>Anonimizar documentos ({n})</translation>
    </message>
    <message>
        <source>Reconcile disagreements ({n})</source>
        <translation>Conciliar desacuerdos ({n})</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
</context>
<context>
    <name>core_errors</name>
    <message>
        <source>the confidence level must be between 0 and 1 (e.g. 0.95)</source>
        <translation>el nivel de confianza debe estar entre 0 y 1 (p. ej. 0,95)</translation>
    </message>
    <message>
        <source>the seed must be a non-negative integer</source>
        <translation>la semilla debe ser un número entero no negativo</translation>
    </message>
    <message>
        <source>a nominal group needs 1 to 62 distinct codes</source>
        <translation>un grupo nominal necesita de 1 a 62 códigos distintos</translation>
    </message>
    <message>
        <source>confidence intervals are computed for pooled figures (--pooling pooled)</source>
        <translation>los intervalos de confianza se calculan para las cifras agrupadas (--pooling pooled)</translation>
    </message>
    <message>
        <source>a coder is listed twice</source>
        <translation>un codificador aparece dos veces</translation>
    </message>
    <message>
        <source>a code is listed twice</source>
        <translation>un código aparece dos veces</translation>
    </message>
    <message>
        <source>a document is listed twice</source>
        <translation>un documento aparece dos veces</translation>
    </message>
    <message>
        <source>unitizing alpha is defined on the character continuum</source>
        <translation>el alfa de unitización se define sobre el continuo de caracteres</translation>
    </message>
    <message>
        <source>sentence units need unit spans for every document</source>
        <translation>las unidades de oración necesitan los tramos de unidad de cada documento</translation>
    </message>
    <message>
        <source>paragraph units need unit spans for every document</source>
        <translation>las unidades de párrafo necesitan los tramos de unidad de cada documento</translation>
    </message>
    <message>
        <source>turn units need unit spans for every document</source>
        <translation>las unidades de turno necesitan los tramos de unidad de cada documento</translation>
    </message>
    <message>
        <source>a sentence scope needs the documents&apos; texts</source>
        <translation>un ámbito de oración necesita los textos de los documentos</translation>
    </message>
    <message>
        <source>a paragraph scope needs the documents&apos; texts</source>
        <translation>un ámbito de párrafo necesita los textos de los documentos</translation>
    </message>
    <message>
        <source>expected a quoted code path, found a parenthesis</source>
        <translation>se esperaba una ruta de código entre comillas y se encontró un paréntesis</translation>
    </message>
    <message>
        <source>the appendix is written as .docx or .xlsx, not a file without a suffix</source>
        <translation>el apéndice se escribe como .docx o .xlsx, no como un archivo sin extensión</translation>
    </message>
    <message>
        <source>no lemmas given</source>
        <translation>no se indicó ningún lema</translation>
    </message>
    <message>
        <source>no speaker given</source>
        <translation>no se indicó ningún hablante</translation>
    </message>
    <message>
        <source>the case table is written as csv, xlsx or sav, not &apos;a file without a suffix&apos;</source>
        <translation>la tabla de casos se escribe como csv, xlsx o sav, no como un archivo sin extensión</translation>
    </message>
    <message>
        <source>no training rounds yet: add one with &apos;qcoder round add PROJECT NAME DOCUMENT...&apos;</source>
        <translation>todavía no hay rondas de formación: añada una con &apos;qcoder round add PROJECT NAME DOCUMENT...&apos;</translation>
    </message>
    <message>
        <source>--cases is documents, participants, or one or two attribute names</source>
        <translation>--cases es documents, participants o uno o dos nombres de atributo</translation>
    </message>
    <message>
        <source>a case names one or two different attributes</source>
        <translation>un caso nombra uno o dos atributos distintos</translation>
    </message>
    <message>
        <source>a case is ATTR=VALUE[|ATTR=VALUE], document:NAME or participant:NAME</source>
        <translation>un caso es ATTR=VALUE[|ATTR=VALUE], document:NAME o participant:NAME</translation>
    </message>
    <message>
        <source>not a qcoder codings file</source>
        <translation>no es un archivo de codificaciones de qcoder</translation>
    </message>
    <message>
        <source>a code name cannot be empty</source>
        <translation>un nombre de código no puede estar vacío</translation>
    </message>
    <message>
        <source>a coder name cannot be empty</source>
        <translation>un nombre de codificador no puede estar vacío</translation>
    </message>
    <message>
        <source>the schema script changed while the project was created</source>
        <translation>el script del esquema cambió mientras se creaba el proyecto</translation>
    </message>
    <message>
        <source>no interview date to order by: add a document attribute of type date (or one named interview_date or date)</source>
        <translation>no hay fecha de entrevista por la que ordenar: añada un atributo de documento de tipo fecha (o uno llamado interview_date o date)</translation>
    </message>
    <message>
        <source>only a lead may make this change; a coder may change only their own codings and memos</source>
        <translation>solo un responsable puede hacer este cambio; un codificador solo puede cambiar sus propias codificaciones y memos</translation>
    </message>
    <message>
        <source>attribute not found: {key}</source>
        <translation>no se encontró el atributo: {key}</translation>
    </message>
    <message>
        <source>case not found: {key}</source>
        <translation>no se encontró el caso: {key}</translation>
    </message>
    <message>
        <source>code not found: {key}</source>
        <translation>no se encontró el código: {key}</translation>
    </message>
    <message>
        <source>coder not found: {key}</source>
        <translation>no se encontró el codificador: {key}</translation>
    </message>
    <message>
        <source>coding not found: {key}</source>
        <translation>no se encontró la codificación: {key}</translation>
    </message>
    <message>
        <source>document not found: {key}</source>
        <translation>no se encontró el documento: {key}</translation>
    </message>
    <message>
        <source>memo not found: {key}</source>
        <translation>no se encontró el memo: {key}</translation>
    </message>
    <message>
        <source>participant not found: {key}</source>
        <translation>no se encontró el participante: {key}</translation>
    </message>
    <message>
        <source>saved query not found: {key}</source>
        <translation>no se encontró la consulta guardada: {key}</translation>
    </message>
    <message>
        <source>speaker not found: {key}</source>
        <translation>no se encontró el hablante: {key}</translation>
    </message>
    <message>
        <source>a attribute named &apos;{name}&apos; already exists</source>
        <translation>ya existe un atributo llamado «{name}»</translation>
    </message>
    <message>
        <source>a case named &apos;{name}&apos; already exists</source>
        <translation>ya existe un caso llamado «{name}»</translation>
    </message>
    <message>
        <source>a code named &apos;{name}&apos; already exists</source>
        <translation>ya existe un código llamado «{name}»</translation>
    </message>
    <message>
        <source>a coder named &apos;{name}&apos; already exists</source>
        <translation>ya existe un codificador llamado «{name}»</translation>
    </message>
    <message>
        <source>a coding named &apos;{name}&apos; already exists</source>
        <translation>ya existe una codificación llamada «{name}»</translation>
    </message>
    <message>
        <source>a document named &apos;{name}&apos; already exists</source>
        <translation>ya existe un documento llamado «{name}»</translation>
    </message>
    <message>
        <source>a memo named &apos;{name}&apos; already exists</source>
        <translation>ya existe un memo llamado «{name}»</translation>
    </message>
    <message>
        <source>a participant named &apos;{name}&apos; already exists</source>
        <translation>ya existe un participante llamado «{name}»</translation>
    </message>
    <message>
        <source>a saved query named &apos;{name}&apos; already exists</source>
        <translation>ya existe una consulta guardada llamada «{name}»</translation>
    </message>
    <message>
        <source>a speaker named &apos;{name}&apos; already exists</source>
        <translation>ya existe un hablante llamado «{name}»</translation>
    </message>
    <message>
        <source>{name}: same text as the document {existing} already in the project</source>
        <translation>{name}: el mismo texto que el documento {existing}, que ya está en el proyecto</translation>
    </message>
    <message>
        <source>offsets [{start}, {end}) are not a non-empty span inside a text of {length} characters</source>
        <translation>las posiciones [{start}, {end}) no son un tramo no vacío dentro de un texto de {length} caracteres</translation>
    </message>
    <message>
        <source>cannot move code {code} under its own descendant {parent}</source>
        <translation>no se puede mover el código {code} bajo su propio descendiente {parent}</translation>
    </message>
    <message>
        <source>the project was written by a newer qcoder (schema revision {found}); upgrade qcoder to open it</source>
        <translation>el proyecto se escribió con un qcoder más reciente (revisión del esquema {found}); actualice qcoder para abrirlo</translation>
    </message>
    <message>
        <source>{what}: {n} bad row(s), nothing imported: {shown}</source>
        <translation>{what}: filas incorrectas: {n}; no se importó nada: {shown}</translation>
    </message>
    <message>
        <source>encrypted projects need SQLCipher, which is not available here: the Python package &apos;sqlcipher3&apos; is not installed ({reason}); install it with &apos;pip install sqlcipher3&apos;</source>
        <translation>los proyectos cifrados necesitan SQLCipher, que no está disponible aquí: el paquete de Python &apos;sqlcipher3&apos; no está instalado ({reason}); instálelo con &apos;pip install sqlcipher3&apos;</translation>
    </message>
    <message>
        <source>{path} is a symbolic link; qcoder does not write through links</source>
        <translation>{path} es un enlace simbólico; qcoder no escribe a través de enlaces</translation>
    </message>
    <message>
        <source>{name} cannot be opened as a project: {reason}</source>
        <translation>{name} no se puede abrir como proyecto: {reason}</translation>
    </message>
    <message>
        <source>{name} is a database but not a qcoder project</source>
        <translation>{name} es una base de datos, pero no un proyecto de qcoder</translation>
    </message>
    <message>
        <source>{name} is an empty database, not a qcoder project</source>
        <translation>{name} es una base de datos vacía, no un proyecto de qcoder</translation>
    </message>
    <message>
        <source>encrypted projects need SQLCipher, which is not available here: {reason}</source>
        <translation>los proyectos cifrados necesitan SQLCipher, que no está disponible aquí: {reason}</translation>
    </message>
    <message>
        <source>the Python package &apos;sqlcipher3&apos; is not installed ({reason}); install it with &apos;pip install sqlcipher3&apos;</source>
        <translation>el paquete de Python &apos;sqlcipher3&apos; no está instalado ({reason}); instálelo con &apos;pip install sqlcipher3&apos;</translation>
    </message>
    <message>
        <source>{name} is encrypted (or is not a qcoder project): its passphrase is needed to open it</source>
        <translation>{name} está cifrado (o no es un proyecto de qcoder): se necesita su frase de contraseña para abrirlo</translation>
    </message>
    <message>
        <source>wrong passphrase for {name} (or the file is not a qcoder project)</source>
        <translation>frase de contraseña incorrecta para {name} (o el archivo no es un proyecto de qcoder)</translation>
    </message>
    <message>
        <source>{name} is open read-only here; changes are not possible</source>
        <translation>{name} está abierto aquí en solo lectura; no se pueden hacer cambios</translation>
    </message>
    <message>
        <source>another qcoder process is writing to {name}; cannot {action} it now (wait for that command to finish, or close the project in the other window)</source>
        <translation>otro proceso de qcoder está escribiendo en {name}; ahora no se puede realizar esta operación ({action}) (espere a que termine esa orden o cierre el proyecto en la otra ventana)</translation>
    </message>
    <message>
        <source>only a lead may make this change ({action}); a coder may change only their own codings and memos</source>
        <translation>solo un responsable puede hacer este cambio ({action}); un codificador solo puede cambiar sus propias codificaciones y memos</translation>
    </message>
    <message>
        <source>the number of bootstrap draws must be between 1 and {n}</source>
        <translation>el número de remuestras bootstrap debe estar entre 1 y {n}</translation>
    </message>
    <message>
        <source>codes not among the compared codes: {names}</source>
        <translation>códigos que no están entre los comparados: {names}</translation>
    </message>
    <message>
        <source>no length given for document {name}</source>
        <translation>no se indicó la longitud del documento {name}</translation>
    </message>
    <message>
        <source>units of document {name} must be sorted, non-empty, non-overlapping spans inside its {length} characters; got ({start}, {end}) after offset {offset}</source>
        <translation>las unidades del documento {name} deben ser tramos ordenados, no vacíos y sin solapamientos dentro de sus {length} caracteres; se recibió ({start}, {end}) después de la posición {offset}</translation>
    </message>
    <message>
        <source>no unit spans given for document {name}</source>
        <translation>no se indicaron tramos de unidad para el documento {name}</translation>
    </message>
    <message>
        <source>--where takes ATTR=VALUE, not {value}</source>
        <translation>--where admite ATTR=VALUE, no {value}</translation>
    </message>
    <message>
        <source>a scope is overlap, sentence, turn, paragraph, document or a number of characters, not {value}</source>
        <translation>un ámbito es overlap, sentence, turn, paragraph, document o un número de caracteres, no {value}</translation>
    </message>
    <message>
        <source>expected a quoted code path, found {found}</source>
        <translation>se esperaba una ruta de código entre comillas y se encontró {found}</translation>
    </message>
    <message>
        <source>unclosed quote {quote}</source>
        <translation>comilla {quote} sin cerrar</translation>
    </message>
    <message>
        <source>expected AND, OR, NEAR or FOLLOWED BY, found {found}</source>
        <translation>se esperaba AND, OR, NEAR o FOLLOWED BY y se encontró {found}</translation>
    </message>
    <message>
        <source>the appendix is written as .docx or .xlsx, not {suffix}</source>
        <translation>el apéndice se escribe como .docx o .xlsx, no como {suffix}</translation>
    </message>
    <message>
        <source>the case table is written as csv, xlsx or sav, not {format}</source>
        <translation>la tabla de casos se escribe como csv, xlsx o sav, no como {format}</translation>
    </message>
    <message>
        <source>write the {format} case table to a file ending in .{format}, not {name}</source>
        <translation>escriba la tabla de casos {format} en un archivo que termine en .{format}, no en {name}</translation>
    </message>
    <message>
        <source>the document {name} changed since it was reviewed; find identifiers again</source>
        <translation>el documento {name} cambió desde que se revisó; vuelva a buscar los identificadores</translation>
    </message>
    <message>
        <source>the document {name} changed since it was reviewed</source>
        <translation>el documento {name} cambió desde que se revisó</translation>
    </message>
    <message>
        <source>unknown language {value}: give a code such as en, es, fr, de (or auto)</source>
        <translation>idioma desconocido {value}: indique un código como en, es, fr, de (o auto)</translation>
    </message>
    <message>
        <source>a memo is on project, document:NAME, code:PATH or participant:NAME, not {value}</source>
        <translation>un memo es sobre project, document:NAME, code:PATH o participant:NAME, no {value}</translation>
    </message>
    <message>
        <source>{name} cannot even be copied ({error}); nothing was changed. Restore a backup instead: qcoder restore {path} --latest</source>
        <translation>{name} ni siquiera se puede copiar ({error}); no se cambió nada. Restaure una copia de seguridad: qcoder restore {path} --latest</translation>
    </message>
    <message>
        <source>the document attribute {name} exists and is not a category</source>
        <translation>el atributo de documento {name} existe y no es una categoría</translation>
    </message>
    <message>
        <source>turn [{start}, {end}) lies outside the text</source>
        <translation>el turno [{start}, {end}) está fuera del texto</translation>
    </message>
    <message>
        <source>unknown rule {rule} (alternate or marker)</source>
        <translation>regla desconocida {rule} (alternate o marker)</translation>
    </message>
    <message>
        <source>not enough coded examples to learn from: each code needs at least {n} coded sentences</source>
        <translation>no hay suficientes ejemplos codificados para aprender: cada código necesita al menos {n} oraciones codificadas</translation>
    </message>
    <message>
        <source>not enough coded examples to learn from: each code needs at least {n} coded turns</source>
        <translation>no hay suficientes ejemplos codificados para aprender: cada código necesita al menos {n} turnos codificados</translation>
    </message>
    <message>
        <source>the ID column {name} cannot also be a text column</source>
        <translation>la columna de ID {name} no puede ser también una columna de texto</translation>
    </message>
    <message>
        <source>the column {name} is both a text and an attribute column</source>
        <translation>la columna {name} es a la vez de texto y de atributo</translation>
    </message>
    <message>
        <source>--per must be &apos;answer&apos; or &apos;respondent&apos;, not {value}</source>
        <translation>--per debe ser &apos;answer&apos; o &apos;respondent&apos;, no {value}</translation>
    </message>
    <message>
        <source>row {row}: the ID column {name} is empty</source>
        <translation>fila {row}: la columna de ID {name} está vacía</translation>
    </message>
    <message>
        <source>respondent id {id} appears twice (rows {first} and {second})</source>
        <translation>el ID de entrevistado {id} aparece dos veces (filas {first} y {second})</translation>
    </message>
    <message>
        <source>{name}: write .csv or .xlsx</source>
        <translation>{name}: escriba .csv o .xlsx</translation>
    </message>
    <message>
        <source>{url} is not a database URL (postgresql+psycopg://user@host/db)</source>
        <translation>{url} no es una URL de base de datos (postgresql+psycopg://user@host/db)</translation>
    </message>
    <message>
        <source>{url} is not a server project&apos;s URL (postgresql+psycopg://user@host/db); pull copies server projects; for a project file use handout or backup, which keep its encryption</source>
        <translation>{url} no es la URL de un proyecto de servidor (postgresql+psycopg://user@host/db); pull copia proyectos de servidor; para un archivo de proyecto use handout o backup, que conservan su cifrado</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} no es un número finito</translation>
    </message>
    <message>
        <source>{value} is not one of the values of {name}: {allowed}</source>
        <translation>{value} no es uno de los valores de {name}: {allowed}</translation>
    </message>
    <message>
        <source>no code {name}: code paths separate levels with &apos; &gt; &apos; (write {path}); a code with &apos;/&apos; in its name is made in the codebook</source>
        <translation>no hay ningún código {name}: las rutas de códigos separan los niveles con &apos; &gt; &apos; (escriba {path}); un código con &apos;/&apos; en su nombre se crea en el libro de códigos</translation>
    </message>
    <message>
        <source>{value} is not a color of the form #RRGGBB</source>
        <translation>{value} no es un color de la forma #RRGGBB</translation>
    </message>
    <message>
        <source>not a #RRGGBB colour: {value}</source>
        <translation>no es un color #RRGGBB: {value}</translation>
    </message>
    <message>
        <source>a code name cannot contain control characters (U+{code} in {name})</source>
        <translation>un nombre de código no puede contener caracteres de control (U+{code} en {name})</translation>
    </message>
    <message>
        <source>a coder name cannot contain control characters (U+{code} in {name})</source>
        <translation>un nombre de codificador no puede contener caracteres de control (U+{code} en {name})</translation>
    </message>
    <message>
        <source>coding {id} refers to a document that is not in the project</source>
        <translation>la codificación {id} remite a un documento que no está en el proyecto</translation>
    </message>
    <message>
        <source>coding {id} refers to a code that is not in the project</source>
        <translation>la codificación {id} remite a un código que no está en el proyecto</translation>
    </message>
    <message>
        <source>coding {id} spans [{start}, {end}) outside its document ({length} characters)</source>
        <translation>la codificación {id} abarca [{start}, {end}), fuera de su documento ({length} caracteres)</translation>
    </message>
    <message>
        <source>unknown locale {value}: use one of {known} or system</source>
        <translation>configuración regional desconocida {value}: use una de {known} o system</translation>
    </message>
    <message>
        <source>replacement [{start}, {end}) is not a span of a text of {length} characters</source>
        <translation>el reemplazo [{start}, {end}) no es un tramo de un texto de {length} caracteres</translation>
    </message>
    <message>
        <source>replacements overlap at {at}</source>
        <translation>los reemplazos se solapan en {at}</translation>
    </message>
    <message>
        <source>qcoder cannot use {driver}:// URLs; a server project is postgresql+psycopg://user@host/db (qcoder connects to PostgreSQL with psycopg)</source>
        <translation>qcoder no puede usar URL {driver}://; un proyecto de servidor es postgresql+psycopg://user@host/db (qcoder se conecta a PostgreSQL con psycopg)</translation>
    </message>
    <message>
        <source>{path} is not a lock file of qcoder (a link or a special file); remove it</source>
        <translation>{path} no es un archivo de bloqueo de qcoder (un enlace o un archivo especial); elimínelo</translation>
    </message>
    <message>
        <source>cannot create the project: {reason}</source>
        <translation>no se puede crear el proyecto: {reason}</translation>
    </message>
    <message>
        <source>the project database fails its integrity check: {summary}; rows breaking qcoder&apos;s rules can be set aside with: qcoder check URL --repair</source>
        <translation>la base de datos del proyecto no supera su comprobación de integridad: {summary}; las filas que incumplen las reglas de qcoder pueden apartarse con: qcoder check URL --repair</translation>
    </message>
    <message>
        <source>code {name} was changed by someone else; reload and try again</source>
        <translation>otra persona cambió el código {name}; recargue y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>{name} is not a plain PostgreSQL name (lower-case letters, digits, _)</source>
        <translation>{name} no es un nombre simple de PostgreSQL (minúsculas, dígitos, _)</translation>
    </message>
    <message>
        <source>row {n}: {problem}</source>
        <translation>fila {n}: {problem}</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>y {n} más</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>start and end must be whole numbers</source>
        <translation>el inicio y el final deben ser números enteros</translation>
    </message>
    <message>
        <source>start and end must be numbers</source>
        <translation>el inicio y el final deben ser números</translation>
    </message>
    <message>
        <source>empty code</source>
        <translation>código vacío</translation>
    </message>
    <message>
        <source>empty coder</source>
        <translation>codificador vacío</translation>
    </message>
    <message>
        <source>missing column(s): {names}</source>
        <translation>faltan columnas: {names}</translation>
    </message>
    <message>
        <source>offsets [{start}, {end}) are outside {name} ({length} characters)</source>
        <translation>las posiciones [{start}, {end}) están fuera de {name} ({length} caracteres)</translation>
    </message>
    <message>
        <source>no &apos;code&apos; column (found: {found})</source>
        <translation>no hay columna &apos;code&apos; (encontradas: {found})</translation>
    </message>
    <message>
        <source>{value} is not a color like #1F77B4</source>
        <translation>{value} no es un color como #1F77B4</translation>
    </message>
    <message>
        <source>{path} appears twice</source>
        <translation>{path} aparece dos veces</translation>
    </message>
    <message>
        <source>no finding at {document} [{start}, {end})</source>
        <translation>no hay ningún hallazgo en {document} [{start}, {end})</translation>
    </message>
    <message>
        <source>accept must be yes or no, not {value}</source>
        <translation>accept debe ser yes o no, no {value}</translation>
    </message>
</context>
<context>
    <name>core_texts</name>
    <message>
        <source>Reading the project…</source>
        <translation>Leyendo el proyecto…</translation>
    </message>
    <message>
        <source>Computing the matrix and its drafts…</source>
        <translation>Calculando la matriz y sus borradores…</translation>
    </message>
    <message>
        <source>Rolling up the case summaries…</source>
        <translation>Reuniendo los resúmenes de los casos…</translation>
    </message>
    <message>
        <source>Reading the memos…</source>
        <translation>Leyendo los memos…</translation>
    </message>
    <message>
        <source>Counting new codes per document…</source>
        <translation>Contando los códigos nuevos por documento…</translation>
    </message>
    <message>
        <source>Computing agreement…</source>
        <translation>Calculando el acuerdo…</translation>
    </message>
    <message>
        <source>reading the project</source>
        <translation>leyendo el proyecto</translation>
    </message>
    <message>
        <source>counting</source>
        <translation>contando</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenando</translation>
    </message>
    <message>
        <source>codebook</source>
        <translation>libro de códigos</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>codificaciones</translation>
    </message>
    <message>
        <source>same text as a document already in the project</source>
        <translation>el mismo texto que un documento que ya está en el proyecto</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>el disco está lleno; libere espacio y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>operación no permitida</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>esto es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>the disk is full (or the project reached its size limit); free some space and try again</source>
        <translation>el disco está lleno (o el proyecto alcanzó su límite de tamaño); libere espacio y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the disk could not be read or written (disk I/O error); check the drive and try again</source>
        <translation>no se pudo leer ni escribir el disco (error de E/S); revise la unidad y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the project is read-only here (file or folder permissions); nothing was changed</source>
        <translation>aquí el proyecto es de solo lectura (permisos del archivo o de la carpeta); no se cambió nada</translation>
    </message>
    <message>
        <source>the project file or its folder cannot be opened (permissions, or a missing folder)</source>
        <translation>no se puede abrir el archivo del proyecto o su carpeta (permisos, o falta la carpeta)</translation>
    </message>
    <message>
        <source>another program is writing to the project; try again in a moment</source>
        <translation>otro programa está escribiendo en el proyecto; vuelva a intentarlo en un momento</translation>
    </message>
    <message>
        <source>the project file is not a readable database (damaged, or encrypted with another passphrase)</source>
        <translation>el archivo del proyecto no es una base de datos legible (dañado, o cifrado con otra frase de contraseña)</translation>
    </message>
    <message>
        <source>the project file is damaged; run &apos;qcoder check&apos; and restore a backup</source>
        <translation>el archivo del proyecto está dañado; ejecute &apos;qcoder check&apos; y restaure una copia de seguridad</translation>
    </message>
    <message>
        <source>someone else made the same change at the same time (a name already taken); try again</source>
        <translation>otra persona hizo el mismo cambio al mismo tiempo (un nombre ya usado); vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the change breaks one of the project&apos;s rules (e.g. offsets); nothing was changed</source>
        <translation>el cambio incumple una de las reglas del proyecto (p. ej. posiciones); no se cambió nada</translation>
    </message>
    <message>
        <source>the change refers to an item that no longer exists; reload and try again</source>
        <translation>el cambio se refiere a un elemento que ya no existe; vuelva a cargar e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the change leaves a required value empty; nothing was changed</source>
        <translation>el cambio deja vacío un valor obligatorio; no se cambió nada</translation>
    </message>
    <message>
        <source>the operation was interrupted; nothing was changed</source>
        <translation>la operación se interrumpió; no se cambió nada</translation>
    </message>
    <message>
        <source>the server refused this change: your database login lacks the permission (ask the project&apos;s lead)</source>
        <translation>el servidor rechazó este cambio: su usuario de la base de datos no tiene el permiso (pregunte al responsable del proyecto)</translation>
    </message>
    <message>
        <source>the change breaks one of the project&apos;s rules; nothing was changed</source>
        <translation>el cambio incumple una de las reglas del proyecto; no se cambió nada</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full; ask its administrator</source>
        <translation>el disco del servidor está lleno; consulte a su administrador</translation>
    </message>
    <message>
        <source>another user changed the same data at the same time; try again</source>
        <translation>otro usuario cambió los mismos datos al mismo tiempo; vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the server cancelled the operation (time limit); nothing was changed</source>
        <translation>el servidor canceló la operación (límite de tiempo); no se cambió nada</translation>
    </message>
    <message>
        <source>the server refused the login (wrong user or password)</source>
        <translation>el servidor rechazó el inicio de sesión (usuario o contraseña incorrectos)</translation>
    </message>
    <message>
        <source>the server refused the login</source>
        <translation>el servidor rechazó el inicio de sesión</translation>
    </message>
    <message>
        <source>the connection to the server failed; check the network and try again</source>
        <translation>falló la conexión con el servidor; revise la red y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the server is out of resources (disk, memory or connections); try again later</source>
        <translation>el servidor se quedó sin recursos (disco, memoria o conexiones); vuelva a intentarlo más tarde</translation>
    </message>
    <message>
        <source>the server refused the statement (permissions, or a database of another qcoder version)</source>
        <translation>el servidor rechazó la instrucción (permisos, o una base de datos de otra versión de qcoder)</translation>
    </message>
    <message>
        <source>a code name cannot contain &apos;&gt;&apos; (it separates levels in code paths)</source>
        <translation>un nombre de código no puede contener &apos;&gt;&apos; (separa los niveles en las rutas de códigos)</translation>
    </message>
    <message>
        <source>backups of server projects are made with the server&apos;s own tools (pg_dump)</source>
        <translation>las copias de seguridad de los proyectos en un servidor se hacen con las herramientas del propio servidor (pg_dump)</translation>
    </message>
    <message>
        <source>reading SPSS .sav files needs the pyreadstat package: pip install &apos;qcoder[survey]&apos;</source>
        <translation>leer archivos .sav de SPSS requiere el paquete pyreadstat: pip install &apos;qcoder[survey]&apos;</translation>
    </message>
    <message>
        <source>writing SPSS .sav files needs the pyreadstat package: pip install &apos;qcoder[survey]&apos;</source>
        <translation>escribir archivos .sav de SPSS requiere el paquete pyreadstat: pip install &apos;qcoder[survey]&apos;</translation>
    </message>
    <message>
        <source>say how the interviewer&apos;s paragraphs start (for example Q:)</source>
        <translation>indique cómo empiezan los párrafos del entrevistador (por ejemplo P:)</translation>
    </message>
    <message>
        <source>the file&apos;s structure is nested too deeply to be read</source>
        <translation>la estructura del archivo está anidada a demasiada profundidad para leerla</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheets are not supported: save the sheet as .xlsx or CSV</source>
        <translation>no se admiten hojas de cálculo OpenDocument: guarde la hoja como .xlsx o CSV</translation>
    </message>
    <message>
        <source>old Excel .xls files are not supported: save the sheet as .xlsx or CSV</source>
        <translation>no se admiten los antiguos archivos .xls de Excel: guarde la hoja como .xlsx o CSV</translation>
    </message>
    <message>
        <source>a code needs a name</source>
        <translation>un código necesita un nombre</translation>
    </message>
    <message>
        <source>a coder needs a name</source>
        <translation>un codificador necesita un nombre</translation>
    </message>
    <message>
        <source>a document needs a name</source>
        <translation>un documento necesita un nombre</translation>
    </message>
    <message>
        <source>a memo needs some text</source>
        <translation>un memo necesita algo de texto</translation>
    </message>
    <message>
        <source>a participant needs a name</source>
        <translation>un participante necesita un nombre</translation>
    </message>
    <message>
        <source>an attribute needs a name</source>
        <translation>un atributo necesita un nombre</translation>
    </message>
    <message>
        <source>a saved query needs a name</source>
        <translation>una consulta guardada necesita un nombre</translation>
    </message>
    <message>
        <source>a speaker needs a label</source>
        <translation>un hablante necesita una etiqueta</translation>
    </message>
    <message>
        <source>a round needs a name</source>
        <translation>una ronda necesita un nombre</translation>
    </message>
    <message>
        <source>the consensus coder needs a name</source>
        <translation>el codificador de consenso necesita un nombre</translation>
    </message>
    <message>
        <source>a placeholder cannot be empty</source>
        <translation>un marcador de sustitución no puede estar vacío</translation>
    </message>
    <message>
        <source>a coder may only change their own codings</source>
        <translation>un codificador solo puede cambiar sus propias codificaciones</translation>
    </message>
    <message>
        <source>a coder may only change their own memos</source>
        <translation>un codificador solo puede cambiar sus propios memos</translation>
    </message>
    <message>
        <source>a coder may only write memos in their own name</source>
        <translation>un codificador solo puede escribir memos en su propio nombre</translation>
    </message>
    <message>
        <source>a coder may only write their own summaries</source>
        <translation>un codificador solo puede escribir sus propios resúmenes</translation>
    </message>
    <message>
        <source>only a lead may change members</source>
        <translation>solo un responsable puede cambiar los miembros</translation>
    </message>
    <message>
        <source>only a lead may switch blind mode</source>
        <translation>solo un responsable puede cambiar el modo ciego</translation>
    </message>
    <message>
        <source>a project on a server keeps no copies of recordings: link the file instead</source>
        <translation>un proyecto en un servidor no guarda copias de las grabaciones: vincule el archivo en su lugar</translation>
    </message>
    <message>
        <source>agreement needs at least two coders</source>
        <translation>el acuerdo necesita al menos dos codificadores</translation>
    </message>
    <message>
        <source>agreement needs at least two different coders</source>
        <translation>el acuerdo necesita al menos dos codificadores distintos</translation>
    </message>
    <message>
        <source>agreement compares two or more coders</source>
        <translation>el acuerdo compara dos o más codificadores</translation>
    </message>
    <message>
        <source>an empty passphrase cannot protect anything; choose a passphrase</source>
        <translation>una frase de contraseña vacía no protege nada; elija una frase de contraseña</translation>
    </message>
    <message>
        <source>an empty passphrase cannot protect anything; choose a passphrase for the copy</source>
        <translation>una frase de contraseña vacía no protege nada; elija una frase de contraseña para la copia</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>choose a coder before coding</source>
        <translation>elija un codificador antes de codificar</translation>
    </message>
    <message>
        <source>choose at least one text column (the open-ended answers)</source>
        <translation>elija al menos una columna de texto (las respuestas abiertas)</translation>
    </message>
    <message>
        <source>choose coders or a consensus coder, not both</source>
        <translation>elija codificadores o un codificador de consenso, no ambos</translation>
    </message>
    <message>
        <source>empty code path</source>
        <translation>ruta de código vacía</translation>
    </message>
    <message>
        <source>empty query: name a code</source>
        <translation>consulta vacía: nombre un código</translation>
    </message>
    <message>
        <source>empty regular expression</source>
        <translation>expresión regular vacía</translation>
    </message>
    <message>
        <source>missing closing parenthesis</source>
        <translation>falta el paréntesis de cierre</translation>
    </message>
    <message>
        <source>expected a code path, found the end of the query</source>
        <translation>se esperaba una ruta de código y se encontró el final de la consulta</translation>
    </message>
    <message>
        <source>FOLLOWED must be followed by BY</source>
        <translation>FOLLOWED debe ir seguido de BY</translation>
    </message>
    <message>
        <source>after / give a scope: overlap, sentence, turn, paragraph, document or a number</source>
        <translation>después de / indique un ámbito: overlap, sentence, turn, paragraph, document o un número</translation>
    </message>
    <message>
        <source>encryption is for project files; a server protects its databases itself</source>
        <translation>el cifrado es para archivos de proyecto; un servidor protege sus bases de datos por sí mismo</translation>
    </message>
    <message>
        <source>every answer in the chosen text columns is blank: nothing to import</source>
        <translation>todas las respuestas de las columnas de texto elegidas están en blanco: no hay nada que importar</translation>
    </message>
    <message>
        <source>members with database logins need a PostgreSQL project (a server URL)</source>
        <translation>los miembros con usuario de base de datos requieren un proyecto PostgreSQL (una URL de servidor)</translation>
    </message>
    <message>
        <source>roles and row-level security need a PostgreSQL project</source>
        <translation>los roles y la seguridad por filas requieren un proyecto PostgreSQL</translation>
    </message>
    <message>
        <source>not a database URL; a server project is postgresql+psycopg://user@host/db</source>
        <translation>no es una URL de base de datos; un proyecto en servidor es postgresql+psycopg://user@host/db</translation>
    </message>
    <message>
        <source>the database is not empty; create projects in an empty database</source>
        <translation>la base de datos no está vacía; cree los proyectos en una base de datos vacía</translation>
    </message>
    <message>
        <source>redacting in place needs a backup file first</source>
        <translation>anonimizar en el propio proyecto requiere antes un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>name the documents of the round</source>
        <translation>nombre los documentos de la ronda</translation>
    </message>
    <message>
        <source>no keywords given</source>
        <translation>no se indicó ninguna palabra clave</translation>
    </message>
    <message>
        <source>no word to look for</source>
        <translation>ninguna palabra que buscar</translation>
    </message>
    <message>
        <source>no speaker group value given</source>
        <translation>no se indicó ningún valor del grupo de hablantes</translation>
    </message>
    <message>
        <source>only speakers of the same document can be merged</source>
        <translation>solo se pueden fusionar hablantes del mismo documento</translation>
    </message>
    <message>
        <source>say whose version to accept</source>
        <translation>indique qué versión aceptar</translation>
    </message>
    <message>
        <source>accepting a version needs one of the compared coders</source>
        <translation>aceptar una versión requiere uno de los codificadores comparados</translation>
    </message>
    <message>
        <source>the document already has speaker turns</source>
        <translation>el documento ya tiene turnos de habla</translation>
    </message>
    <message>
        <source>the document has no paragraphs to give to speakers</source>
        <translation>el documento no tiene párrafos que asignar a hablantes</translation>
    </message>
    <message>
        <source>the report is a Word file: give a path ending in .docx</source>
        <translation>el informe es un archivo de Word: indique una ruta que termine en .docx</translation>
    </message>
    <message>
        <source>the codebook is empty: a .qdc file must hold at least one code</source>
        <translation>el libro de códigos está vacío: un archivo .qdc debe contener al menos un código</translation>
    </message>
    <message>
        <source>not a file (it is a folder or a device)</source>
        <translation>no es un archivo (es una carpeta o un dispositivo)</translation>
    </message>
    <message>
        <source>permission denied: qcoder may not read this file</source>
        <translation>permiso denegado: qcoder no puede leer este archivo</translation>
    </message>
    <message>
        <source>permission denied: qcoder may not read the attribute sheet</source>
        <translation>permiso denegado: qcoder no puede leer la hoja de atributos</translation>
    </message>
    <message>
        <source>permission denied: qcoder may not read the survey file</source>
        <translation>permiso denegado: qcoder no puede leer el archivo de la encuesta</translation>
    </message>
    <message>
        <source>the .odt file is password-protected; remove the password in LibreOffice (File &gt; Properties) and save it again</source>
        <translation>el archivo .odt está protegido con contraseña; quite la contraseña en LibreOffice (Archivo &gt; Propiedades) y vuelva a guardarlo</translation>
    </message>
    <message>
        <source>the PDF file is damaged: no page could be read</source>
        <translation>el archivo PDF está dañado: no se pudo leer ninguna página</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>el PDF no tiene páginas</translation>
    </message>
    <message>
        <source>the PDF is password-protected; remove the password and try again</source>
        <translation>el PDF está protegido con contraseña; quite la contraseña y vuelva a intentarlo</translation>
    </message>
    <message>
        <source>the attribute sheet does not exist (or is a folder)</source>
        <translation>la hoja de atributos no existe (o es una carpeta)</translation>
    </message>
    <message>
        <source>the attribute sheet has no header row (it is empty)</source>
        <translation>la hoja de atributos no tiene fila de encabezado (está vacía)</translation>
    </message>
    <message>
        <source>the attribute sheet is empty</source>
        <translation>la hoja de atributos está vacía</translation>
    </message>
    <message>
        <source>the caption file contains no caption text</source>
        <translation>el archivo de subtítulos no contiene texto de subtítulos</translation>
    </message>
    <message>
        <source>the file does not exist (it may have been moved or deleted)</source>
        <translation>el archivo no existe (puede que se haya movido o eliminado)</translation>
    </message>
    <message>
        <source>the file is a Word template or macro-enabled document, not a plain .docx; open it in Word and save it as a Word Document (.docx)</source>
        <translation>el archivo es una plantilla de Word o un documento con macros, no un .docx normal; ábralo en Word y guárdelo como Documento de Word (.docx)</translation>
    </message>
    <message>
        <source>the file is an OpenDocument file but not a text document (perhaps a spreadsheet or presentation)</source>
        <translation>el archivo es OpenDocument pero no un documento de texto (quizá una hoja de cálculo o una presentación)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the file is not a valid Word .docx package</source>
        <translation>el archivo no es un paquete .docx de Word válido</translation>
    </message>
    <message>
        <source>the file is password-protected (encrypted Office document); remove the password in Word and save it again</source>
        <translation>el archivo está protegido con contraseña (documento de Office cifrado); quite la contraseña en Word y vuelva a guardarlo</translation>
    </message>
    <message>
        <source>the file is too large to import (out of memory)</source>
        <translation>el archivo es demasiado grande para importarlo (sin memoria)</translation>
    </message>
    <message>
        <source>the survey file does not exist (or is a folder)</source>
        <translation>el archivo de la encuesta no existe (o es una carpeta)</translation>
    </message>
    <message>
        <source>the survey file has a header but no answers under it</source>
        <translation>el archivo de la encuesta tiene encabezado pero ninguna respuesta debajo</translation>
    </message>
    <message>
        <source>the survey file is empty</source>
        <translation>el archivo de la encuesta está vacío</translation>
    </message>
    <message>
        <source>the workbook has no worksheets</source>
        <translation>el libro no tiene hojas de cálculo</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>no project at {path}</source>
        <translation>no hay ningún proyecto en {path}</translation>
    </message>
    <message>
        <source>{path} is not a qcoder project (not an SQLite database)</source>
        <translation>{path} no es un proyecto de qcoder (no es una base de datos SQLite)</translation>
    </message>
    <message>
        <source>{path} already exists; a backup is written to a new file</source>
        <translation>{path} ya existe; una copia de seguridad se escribe en un archivo nuevo</translation>
    </message>
    <message>
        <source>{path} exists already; qcoder does not write over it</source>
        <translation>{path} ya existe; qcoder no lo sobrescribe</translation>
    </message>
    <message>
        <source>{path} already exists</source>
        <translation>{path} ya existe</translation>
    </message>
    <message>
        <source>{name} is not encrypted</source>
        <translation>{name} no está cifrado</translation>
    </message>
    <message>
        <source>{name} is already encrypted</source>
        <translation>{name} ya está cifrado</translation>
    </message>
    <message>
        <source>folder {path} does not exist</source>
        <translation>la carpeta {path} no existe</translation>
    </message>
    <message>
        <source>no backup at {path}</source>
        <translation>no hay ninguna copia de seguridad en {path}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; the limit is {limit} MB)</source>
        <translation>el archivo es demasiado grande ({size} MB; el límite es {limit} MB)</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>the text encoding could not be recognised ({reason})</source>
        <translation>no se pudo reconocer la codificación del texto ({reason})</translation>
    </message>
    <message>
        <source>the backup of {name} failed its check: {summary}</source>
        <translation>la copia de seguridad de {name} no superó la comprobación: {summary}</translation>
    </message>
    <message>
        <source>the backup {name} fails its check, so it was not restored: {summary}</source>
        <translation>la copia de seguridad {name} no supera la comprobación, así que no se restauró: {summary}</translation>
    </message>
    <message>
        <source>the restored project fails its check: {summary}</source>
        <translation>el proyecto restaurado no supera la comprobación: {summary}</translation>
    </message>
    <message>
        <source>{name} is the open project&apos;s own file: choose another name</source>
        <translation>{name} es el propio archivo del proyecto abierto: elija otro nombre</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} no es un número</translation>
    </message>
    <message>
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation>{value} no es una fecha (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>{name}: REFI-QDA files end in .qdpx (project) or .qdc (codebook)</source>
        <translation>{name}: los archivos REFI-QDA terminan en .qdpx (proyecto) o .qdc (libro de códigos)</translation>
    </message>
    <message>
        <source>{name}: a REFI-QDA codebook ends in .qdc (or .qdpx for a project&apos;s codebook)</source>
        <translation>{name}: un libro de códigos REFI-QDA termina en .qdc (o .qdpx para el libro de códigos de un proyecto)</translation>
    </message>
    <message>
        <source>{name} is not a REFI-QDA project: it has no project.qde inside</source>
        <translation>{name} no es un proyecto REFI-QDA: no contiene project.qde</translation>
    </message>
    <message>
        <source>{name} is not a REFI-QDA project: a .qdpx file is a zip archive, and this is not one</source>
        <translation>{name} no es un proyecto REFI-QDA: un archivo .qdpx es un archivo zip, y este no lo es</translation>
    </message>
    <message>
        <source>{name} is not a valid .qdpx file: it is not a zip archive ({reason})</source>
        <translation>{name} no es un archivo .qdpx válido: no es un archivo zip ({reason})</translation>
    </message>
    <message>
        <source>{name} does not exist or is not a file</source>
        <translation>{name} no existe o no es un archivo</translation>
    </message>
    <message>
        <source>cannot open {name}: {reason}</source>
        <translation>no se puede abrir {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a readable qcoder codings file ({reason})</source>
        <translation>{name} no es un archivo de codificaciones de qcoder legible ({reason})</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte {n}); save it as CSV UTF-8</source>
        <translation>{name} no es texto UTF-8 (byte {n}); guárdelo como CSV UTF-8</translation>
    </message>
    <message>
        <source>{name}: no codes found (a sheet with a &apos;code&apos; column, one code per row); nothing imported</source>
        <translation>{name}: no se encontraron códigos (una hoja con una columna &apos;code&apos;, un código por fila); no se importó nada</translation>
    </message>
    <message>
        <source>{name}: expected a .csv or .xlsx file</source>
        <translation>{name}: se esperaba un archivo .csv o .xlsx</translation>
    </message>
    <message>
        <source>no coder named {names} (coders: {known})</source>
        <translation>ningún codificador se llama {names} (codificadores: {known})</translation>
    </message>
    <message>
        <source>no code at {path} (give a code path such as &apos;Parent &gt; Child&apos;)</source>
        <translation>no hay ningún código en {path} (indique una ruta de código como &apos;Padre &gt; Hijo&apos;)</translation>
    </message>
    <message>
        <source>no code {names}</source>
        <translation>no hay ningún código {names}</translation>
    </message>
    <message>
        <source>no document named {names}</source>
        <translation>ningún documento se llama {names}</translation>
    </message>
    <message>
        <source>already in another round: {names}</source>
        <translation>ya están en otra ronda: {names}</translation>
    </message>
    <message>
        <source>{name} is not a recording qcoder plays ({suffixes})</source>
        <translation>{name} no es una grabación que qcoder pueda reproducir ({suffixes})</translation>
    </message>
    <message>
        <source>no such recording: {name}</source>
        <translation>no existe esa grabación: {name}</translation>
    </message>
    <message>
        <source>{name} was replaced by another process (encrypted, decrypted or restored) after it was opened here; nothing was written. Open it again.</source>
        <translation>otro proceso reemplazó {name} (cifrado, descifrado o restaurado) después de abrirlo aquí; no se escribió nada. Vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>the converted copy of {name} fails its check ({summary}); nothing was changed</source>
        <translation>la copia convertida de {name} no supera la comprobación ({summary}); no se cambió nada</translation>
    </message>
    <message>
        <source>agreement is computed for at most {n} coders at once</source>
        <translation>el acuerdo se calcula para un máximo de {n} codificadores a la vez</translation>
    </message>
    <message>
        <source>no attribute named {name} to group by (attributes: {known})</source>
        <translation>ningún atributo se llama {name} para agrupar (atributos: {known})</translation>
    </message>
    <message>
        <source>no attribute named {name} (attributes: {known})</source>
        <translation>ningún atributo se llama {name} (atributos: {known})</translation>
    </message>
    <message>
        <source>{name} is one of the coders compared: the consensus would overwrite their codings; choose a new name (e.g. Consensus)</source>
        <translation>{name} es uno de los codificadores comparados: el consenso sobrescribiría sus codificaciones; elija un nombre nuevo (p. ej. Consenso)</translation>
    </message>
    <message>
        <source>{name} has codings of their own: the consensus would overwrite them; choose a new name or an earlier consensus coder</source>
        <translation>{name} tiene codificaciones propias: el consenso las sobrescribiría; elija un nombre nuevo o un codificador de consenso anterior</translation>
    </message>
    <message>
        <source>{path} needs at least two subcodes to be a group of exclusive categories</source>
        <translation>{path} necesita al menos dos subcódigos para ser un grupo de categorías excluyentes</translation>
    </message>
    <message>
        <source>the PDF file is damaged or incomplete ({reason})</source>
        <translation>el archivo PDF está dañado o incompleto ({reason})</translation>
    </message>
    <message>
        <source>the PDF is encrypted and cannot be opened ({reason})</source>
        <translation>el PDF está cifrado y no se puede abrir ({reason})</translation>
    </message>
    <message>
        <source>the .docx file is damaged or incomplete ({reason}); open it in Word and save it again</source>
        <translation>el archivo .docx está dañado o incompleto ({reason}); ábralo en Word y vuelva a guardarlo</translation>
    </message>
    <message>
        <source>the Word document could not be read ({reason})</source>
        <translation>no se pudo leer el documento de Word ({reason})</translation>
    </message>
    <message>
        <source>invalid regular expression {expression}: {reason}</source>
        <translation>expresión regular no válida {expression}: {reason}</translation>
    </message>
    <message>
        <source>{name} is in a read-only place and its journal ({journal}) holds changes not yet saved into it; copy the folder to a writable place and open the copy</source>
        <translation>{name} está en un lugar de solo lectura y su diario ({journal}) contiene cambios aún no guardados en él; copie la carpeta a un lugar con permiso de escritura y abra la copia</translation>
    </message>
    <message>
        <source>{name} needs a schema upgrade, which cannot happen while it is open read-only; open it where it can be changed</source>
        <translation>{name} necesita una actualización del esquema, que no puede hacerse mientras está abierto en solo lectura; ábralo donde se pueda modificar</translation>
    </message>
    <message>
        <source>quotes per theme: give a number from 0 to {n}</source>
        <translation>citas por tema: indique un número de 0 a {n}</translation>
    </message>
    <message>
        <source>the survey has no column {name} (its columns: {shown})</source>
        <translation>la encuesta no tiene ninguna columna {name} (sus columnas: {shown})</translation>
    </message>
    <message>
        <source>unsupported survey file type {kind}: use .csv, .xlsx or .sav</source>
        <translation>tipo de archivo de encuesta no admitido {kind}: use .csv, .xlsx o .sav</translation>
    </message>
    <message>
        <source>unsupported attribute sheet type {kind}: use .csv or .xlsx</source>
        <translation>tipo de hoja de atributos no admitido {kind}: use .csv o .xlsx</translation>
    </message>
    <message>
        <source>row {row}: column {column} has no header name</source>
        <translation>fila {row}: la columna {column} no tiene nombre de encabezado</translation>
    </message>
    <message>
        <source>the attribute sheet needs a column naming the document (document, file or filename); found: {found}</source>
        <translation>la hoja de atributos necesita una columna que nombre el documento (document, file o filename); encontradas: {found}</translation>
    </message>
    <message>
        <source>the file starts with a {encoding} byte-order mark but is not valid {encoding} (bad bytes at position {position})</source>
        <translation>el archivo empieza con una marca de orden de bytes {encoding} pero no es {encoding} válido (bytes erróneos en la posición {position})</translation>
    </message>
    <message>
        <source>the {kind} file is encrypted (password-protected); remove the password in the program that made it and save it again</source>
        <translation>el archivo {kind} está cifrado (protegido con contraseña); quite la contraseña en el programa que lo creó y vuelva a guardarlo</translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>{message} at position {n}</source>
        <translation>{message} en la posición {n}</translation>
    </message>
</context>
<context>
    <name>crash_dialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Se ha producido un error</translation>
    </message>
    <message>
        <source>Something went wrong in qcoder.</source>
        <translation>Se ha producido un error en qcoder.</translation>
    </message>
    <message>
        <source>You may keep working, or close qcoder and open it again.</source>
        <translation>Puede seguir trabajando, o cerrar qcoder y volver a abrirlo.</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Archivo de registro</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Seguir trabajando</translation>
    </message>
    <message>
        <source>Nothing unsaved is lost: every change is written to the project the moment you make it.</source>
        <translation>No se pierde nada sin guardar: cada cambio se guarda en el proyecto en el momento en que lo hace.</translation>
    </message>
    <message>
        <source>The details were written to a log file on this computer:</source>
        <translation>Los detalles se han escrito en un archivo de registro en este equipo:</translation>
    </message>
    <message>
        <source>The log file could not be written. The log folder is:</source>
        <translation>No se ha podido escribir el archivo de registro. La carpeta de registro es:</translation>
    </message>
    <message>
        <source>QCODER_DEBUG=1 is set: the log also holds the error&apos;s message and local variables, which may quote your data. Nothing is sent anywhere.</source>
        <translation>QCODER_DEBUG=1 está activado: el registro también contiene el mensaje del error y las variables locales, que pueden citar sus datos. No se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>The log holds the kind of error, where in qcoder&apos;s code it happened, the time and the versions. It leaves out the error&apos;s message and any of your data (set QCODER_DEBUG=1 to include them). Nothing is sent anywhere; share the file only if you choose to.</source>
        <translation>El registro contiene el tipo de error, el lugar del código de qcoder donde se produjo, la hora y las versiones. Omite el mensaje del error y cualquiera de sus datos (active QCODER_DEBUG=1 para incluirlos). No se envía nada a ningún sitio; comparta el archivo solo si así lo decide.</translation>
    </message>
    <message>
        <source>{n} more error since, also logged.</source>
        <translation>{n} error más desde entonces, también registrado.</translation>
    </message>
    <message>
        <source>{n} more errors since, also logged.</source>
        <translation>{n} errores más desde entonces, también registrados.</translation>
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
    <name>file_open</name>
    <message>
        <source>Finish the open dialog first, then open {name} again.</source>
        <translation>Termine primero el cuadro de diálogo abierto y vuelva a abrir {name}.</translation>
    </message>
    <message>
        <source>New project from {name}</source>
        <translation>Nuevo proyecto a partir de {name}</translation>
    </message>
    <message>
        <source>qcoder projects (*.qcoder)</source>
        <translation>Proyectos de qcoder (*.qcoder)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Encrypt the new project with a passphrase?

Encrypt it if the interviews hold personal or sensitive information. If the passphrase is lost, nobody can recover the project.</source>
        <translation>¿Cifrar el nuevo proyecto con una frase de contraseña?

Cífrelo si las entrevistas contienen información personal o sensible. Si se pierde la frase de contraseña, nadie podrá recuperar el proyecto.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>{path} was not found. It may have been moved, renamed or deleted.</source>
        <translation>No se ha encontrado {path}. Puede que se haya movido, cambiado de nombre o eliminado.</translation>
    </message>
</context>
<context>
    <name>guide_window</name>
    <message>
        <source>Contents and start</source>
        <translation>Índice e inicio</translation>
    </message>
    <message>
        <source>Importing transcripts</source>
        <translation>Importar transcripciones</translation>
    </message>
    <message>
        <source>The codebook</source>
        <translation>El libro de códigos</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Agreement and reconciliation</source>
        <translation>Acuerdo y conciliación</translation>
    </message>
    <message>
        <source>Findings and reports</source>
        <translation>Resultados e informes</translation>
    </message>
    <message>
        <source>Exchanging projects</source>
        <translation>Intercambiar proyectos</translation>
    </message>
    <message>
        <source>The team server</source>
        <translation>El servidor del equipo</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protección de datos</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>qcoder user guide</source>
        <translation>Guía del usuario de qcoder</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Página de la guía</translation>
    </message>
    <message>
        <source>The page&apos;s text</source>
        <translation>El texto de la página</translation>
    </message>
    <message>
        <source>Guide contents</source>
        <translation>Índice de la guía</translation>
    </message>
    <message>
        <source>The guide&apos;s pages</source>
        <translation>Las páginas de la guía</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Guide navigation</source>
        <translation>Navegación de la guía</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Find in the page</source>
        <translation>Buscar en la página</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Cerrar la búsqueda</translation>
    </message>
    <message>
        <source>{page} — qcoder user guide</source>
        <translation>{page} — Guía del usuario de qcoder</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>help_menu</name>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Recorrido guiado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About qcoder</source>
        <translation>Acerca de qcoder</translation>
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
        <source>; </source>
        <translation>; </translation>
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
    <name>import_errors</name>
    <message>
        <source>the file is not an RTF document (it does not start with {\rtf)</source>
        <translation>el archivo no es un documento RTF (no empieza por {\rtf)</translation>
    </message>
    <message>
        <source>the document contains no text</source>
        <translation>el documento no contiene texto</translation>
    </message>
    <message>
        <source>the file contains only blank space</source>
        <translation>el archivo solo contiene espacios en blanco</translation>
    </message>
    <message>
        <source>the .doc file contains no text (or the converter found none)</source>
        <translation>el archivo .doc no contiene texto (o el conversor no encontró ninguno)</translation>
    </message>
    <message>
        <source>the .odt document contains no text</source>
        <translation>el documento .odt no contiene texto</translation>
    </message>
    <message>
        <source>scanned PDF, no text layer: run OCR first</source>
        <translation>PDF escaneado, sin capa de texto: aplique primero un OCR</translation>
    </message>
    <message>
        <source>the Word document contains no text</source>
        <translation>el documento de Word no contiene texto</translation>
    </message>
    <message>
        <source>the Word document contains no text (only images: if it is a scan, run OCR first)</source>
        <translation>el documento de Word no contiene texto (solo imágenes: si es un escaneo, aplique primero un OCR)</translation>
    </message>
    <message>
        <source>legacy Word .doc files need a converter: install LibreOffice (or antiword) and try again, or open the file in Word and save it as .docx</source>
        <translation>los archivos antiguos de Word .doc necesitan un conversor: instale LibreOffice (o antiword) y vuelva a intentarlo, o abra el archivo en Word y guárdelo como .docx</translation>
    </message>
    <message>
        <source>the file looks like binary data, not text</source>
        <translation>el archivo parece contener datos binarios, no texto</translation>
    </message>
    <message>
        <source>the survey file has no header row (it is empty)</source>
        <translation>el archivo de la encuesta no tiene fila de encabezado (está vacío)</translation>
    </message>
    <message>
        <source>the Word document contains no text that qcoder can read (its body is an embedded {parts} part; open it in Word and save it again as .docx)</source>
        <translation>el documento de Word no contiene texto que qcoder pueda leer (su cuerpo es una parte {parts} incrustada; ábralo en Word y vuelva a guardarlo como .docx)</translation>
    </message>
    <message>
        <source>the {kind} file is damaged or incomplete ({detail}); it may have been cut off while downloading or copying — open it in the program that made it and save it again</source>
        <translation>el archivo {kind} está dañado o incompleto ({detail}); puede haberse cortado al descargarlo o copiarlo: ábralo en el programa que lo creó y vuelva a guardarlo</translation>
    </message>
    <message>
        <source>the file could not be read ({error}: {reason})</source>
        <translation>no se pudo leer el archivo ({error}: {reason})</translation>
    </message>
    <message>
        <source>the survey file could not be read ({error}: {reason})</source>
        <translation>no se pudo leer el archivo de la encuesta ({error}: {reason})</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file: {reason}</source>
        <translation>{name} no es un archivo CSV legible: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a readable analysis cache file ({reason})</source>
        <translation>{name} no es un archivo de caché de análisis legible ({reason})</translation>
    </message>
    <message>
        <source>{name} was refused: it unpacks to more than {limit} MB, far more than a qcoder codings file of {size} KB can hold (a compression bomb?)</source>
        <translation>{name} se rechazó: se descomprime en más de {limit} MB, mucho más de lo que cabe en un archivo de codificaciones de qcoder de {size} KB (¿una bomba de compresión?)</translation>
    </message>
    <message>
        <source>{name} was refused: it unpacks to more than {limit} MB, far more than a analysis cache file of {size} KB can hold (a compression bomb?)</source>
        <translation>{name} se rechazó: se descomprime en más de {limit} MB, mucho más de lo que cabe en un archivo de caché de análisis de {size} KB (¿una bomba de compresión?)</translation>
    </message>
    <message>
        <source>{name} holds {count} files, more than the {limit} allowed</source>
        <translation>{name} contiene {count} archivos, más de los {limit} permitidos</translation>
    </message>
    <message>
        <source>{name} was refused: it would unpack to {size} bytes, more than the {limit} allowed</source>
        <translation>{name} se rechazó: se descomprimiría en {size} bytes, más de los {limit} permitidos</translation>
    </message>
    <message>
        <source>{name} was refused: {entry} unpacks to more than it declares</source>
        <translation>{name} se rechazó: {entry} se descomprime en más de lo que declara</translation>
    </message>
    <message>
        <source>{name} was refused: it declares XML entities or external references ({error}), which qcoder never expands for safety</source>
        <translation>{name} se rechazó: declara entidades XML o referencias externas ({error}), que qcoder nunca expande por seguridad</translation>
    </message>
    <message>
        <source>{name} is not well-formed XML (line {line}, column {column})</source>
        <translation>{name} no es XML bien formado (línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>{name} was refused: it contains a file with an absolute path ({entry})</source>
        <translation>{name} se rechazó: contiene un archivo con una ruta absoluta ({entry})</translation>
    </message>
    <message>
        <source>{name} was refused: it contains a file whose path leaves the archive ({entry})</source>
        <translation>{name} se rechazó: contiene un archivo cuya ruta sale del archivo comprimido ({entry})</translation>
    </message>
    <message>
        <source>{name} was refused: it contains a symbolic link ({entry})</source>
        <translation>{name} se rechazó: contiene un enlace simbólico ({entry})</translation>
    </message>
    <message>
        <source>{name} was refused: {entry} would unpack to {size} bytes, more than the {limit} allowed for one file</source>
        <translation>{name} se rechazó: {entry} se descomprimiría en {size} bytes, más de los {limit} permitidos para un archivo</translation>
    </message>
    <message>
        <source>{name} was refused: {entry} is compressed more than {ratio} to 1, which only happens in a zip bomb</source>
        <translation>{name} se rechazó: {entry} está comprimido más de {ratio} a 1, lo que solo ocurre en una bomba zip</translation>
    </message>
    <message>
        <source>{name} is damaged: cannot read {entry} ({reason})</source>
        <translation>{name} está dañado: no se puede leer {entry} ({reason})</translation>
    </message>
    <message>
        <source>{name}: {entry} uses an unsupported compression ({reason})</source>
        <translation>{name}: {entry} usa una compresión no admitida ({reason})</translation>
    </message>
    <message>
        <source>{name} holds several project files ({names}); expected one</source>
        <translation>{name} contiene varios archivos de proyecto ({names}); se esperaba uno</translation>
    </message>
    <message>
        <source>{name} is not a REFI-QDA codebook: its root element is &lt;{tag}&gt; (it looks like a project file: import it as a project)</source>
        <translation>{name} no es un libro de códigos REFI-QDA: su elemento raíz es &lt;{tag}&gt; (parece un archivo de proyecto: impórtelo como proyecto)</translation>
    </message>
    <message>
        <source>{name} is not a REFI-QDA codebook: its root element is &lt;{tag}&gt;</source>
        <translation>{name} no es un libro de códigos REFI-QDA: su elemento raíz es &lt;{tag}&gt;</translation>
    </message>
    <message>
        <source>{name} is not a REFI-QDA project: its root element is &lt;{tag}&gt; (it looks like a codebook: import it as a codebook)</source>
        <translation>{name} no es un proyecto REFI-QDA: su elemento raíz es &lt;{tag}&gt; (parece un libro de códigos: impórtelo como libro de códigos)</translation>
    </message>
    <message>
        <source>{name} is not a REFI-QDA project: its root element is &lt;{tag}&gt;</source>
        <translation>{name} no es un proyecto REFI-QDA: su elemento raíz es &lt;{tag}&gt;</translation>
    </message>
    <message>
        <source>{name} is too large to be a REFI-QDA codebook (.qdc) ({size} bytes)</source>
        <translation>{name} es demasiado grande para ser un libro de códigos REFI-QDA (.qdc) ({size} bytes)</translation>
    </message>
    <message>
        <source>{name} is too large to be a REFI-QDA project file (.qde) ({size} bytes)</source>
        <translation>{name} es demasiado grande para ser un archivo de proyecto REFI-QDA (.qde) ({size} bytes)</translation>
    </message>
    <message>
        <source>{name} is a zip archive, not a REFI-QDA codebook (.qdc); if it is a REFI-QDA project (.qdpx), import it as a project</source>
        <translation>{name} es un archivo zip, no un libro de códigos REFI-QDA (.qdc); si es un proyecto REFI-QDA (.qdpx), impórtelo como proyecto</translation>
    </message>
    <message>
        <source>{name} is a zip archive, not a REFI-QDA project file (.qde); if it is a REFI-QDA project (.qdpx), import it as a project</source>
        <translation>{name} es un archivo zip, no un archivo de proyecto REFI-QDA (.qde); si es un proyecto REFI-QDA (.qdpx), impórtelo como proyecto</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texto sin formato</translation>
    </message>
    <message>
        <source>a Word .docx document</source>
        <translation>un documento de Word .docx</translation>
    </message>
    <message>
        <source>a legacy Word .doc document</source>
        <translation>un documento antiguo de Word .doc</translation>
    </message>
    <message>
        <source>an OpenDocument text</source>
        <translation>un texto OpenDocument</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>un documento RTF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a caption (VTT/SRT) file</source>
        <translation>un archivo de subtítulos (VTT/SRT)</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>una página HTML</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>un archivo ZIP</translation>
    </message>
    <message>
        <source>an OpenDocument text (.odt)</source>
        <translation>un texto OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>un libro de Excel</translation>
    </message>
    <message>
        <source>a legacy Microsoft Office file (.doc/.xls)</source>
        <translation>un archivo antiguo de Microsoft Office (.doc/.xls)</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <source>a compressed archive</source>
        <translation>un archivo comprimido</translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation>un archivo de audio</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>un programa</translation>
    </message>
    <message>
        <source>a WebVTT caption file</source>
        <translation>un archivo de subtítulos WebVTT</translation>
    </message>
    <message>
        <source>binary data of an unknown kind</source>
        <translation>datos binarios de un tipo desconocido</translation>
    </message>
    <message>
        <source>another kind of file</source>
        <translation>otro tipo de archivo</translation>
    </message>
    <message>
        <source>the file is not {format}: it appears to be {what}; check the file or rename it with the right extension</source>
        <translation>el archivo no es {format}: parece ser {what}; revise el archivo o cámbiele el nombre con la extensión correcta</translation>
    </message>
    <message>
        <source>unsupported file type {suffix}: it appears to be {what}; qcoder imports {listed}</source>
        <translation>tipo de archivo no admitido {suffix}: parece ser {what}; qcoder importa {listed}</translation>
    </message>
    <message>
        <source>the file looks like binary data, not text (it appears to be {what})</source>
        <translation>el archivo parece contener datos binarios, no texto (parece ser {what})</translation>
    </message>
    <message>
        <source>reading the file took longer than {seconds} seconds and was abandoned; it may be damaged or built to stall readers</source>
        <translation>leer el archivo tardó más de {seconds} segundos y se abandonó; puede estar dañado o hecho para bloquear a los lectores</translation>
    </message>
    <message>
        <source>the {kind} file contains an XML document type declaration in {part}, which Office files never use; it was rejected as unsafe (it could make the import hang or run out of memory)</source>
        <translation>el archivo {kind} contiene una declaración de tipo de documento XML en {part}, que los archivos de Office nunca usan; se rechazó por inseguro (podría bloquear la importación o agotar la memoria)</translation>
    </message>
    <message>
        <source>the file is a ZIP archive but not a {kind} document (it has no {part})</source>
        <translation>el archivo es un archivo ZIP pero no un documento {kind} (no tiene {part})</translation>
    </message>
    <message>
        <source>the {kind} file unpacks to {size} MB, more than qcoder accepts ({limit} MB)</source>
        <translation>el archivo {kind} se descomprime en {size} MB, más de lo que qcoder acepta ({limit} MB)</translation>
    </message>
    <message>
        <source>the {kind} file has an implausibly large part {part} ({size} MB uncompressed); it was rejected as unsafe</source>
        <translation>el archivo {kind} tiene una parte {part} inverosímilmente grande ({size} MB sin comprimir); se rechazó por inseguro</translation>
    </message>
    <message>
        <source>the {kind} file is password-protected: {reason}</source>
        <translation>el archivo {kind} está protegido con contraseña: {reason}</translation>
    </message>
    <message>
        <source>converting the .doc file took longer than {seconds} seconds and was stopped ({program}); the file may be damaged — save it as .docx in Word</source>
        <translation>convertir el archivo .doc tardó más de {seconds} segundos y se detuvo ({program}); el archivo puede estar dañado: guárdelo como .docx en Word</translation>
    </message>
    <message>
        <source>the .odt file could not be read ({error}: {reason})</source>
        <translation>no se pudo leer el archivo .odt ({error}: {reason})</translation>
    </message>
    <message>
        <source>the PDF file is damaged: its page tree cannot be read ({reason})</source>
        <translation>el archivo PDF está dañado: no se puede leer su árbol de páginas ({reason})</translation>
    </message>
    <message>
        <source>the RTF file could not be read ({reason})</source>
        <translation>no se pudo leer el archivo RTF ({reason})</translation>
    </message>
    <message>
        <source>file-name pattern {pattern} has no {{field}}</source>
        <translation>el patrón de nombre de archivo {pattern} no tiene ningún {{field}}</translation>
    </message>
    <message>
        <source>the CSV file is malformed in row {row} (line {line}): {reason}</source>
        <translation>el archivo CSV está mal formado en la fila {row} (línea {line}): {reason}</translation>
    </message>
    <message>
        <source>the .xlsx workbook could not be opened ({reason}); it may be damaged — open it in Excel and save it again</source>
        <translation>no se pudo abrir el libro .xlsx ({reason}); puede estar dañado: ábralo en Excel y vuelva a guardarlo</translation>
    </message>
    <message>
        <source>the first sheet of the workbook cannot be read ({error}: {reason})</source>
        <translation>no se puede leer la primera hoja del libro ({error}: {reason})</translation>
    </message>
    <message>
        <source>row {row}: the column name {name} appears twice (columns {first} and {second})</source>
        <translation>fila {row}: el nombre de columna {name} aparece dos veces (columnas {first} y {second})</translation>
    </message>
    <message>
        <source>row {row}, column {column}: value {value} has no column header (the header has {width} columns)</source>
        <translation>fila {row}, columna {column}: el valor {value} no tiene encabezado de columna (el encabezado tiene {width} columnas)</translation>
    </message>
    <message>
        <source>the attribute sheet could not be read ({error}: {reason})</source>
        <translation>no se pudo leer la hoja de atributos ({error}: {reason})</translation>
    </message>
    <message>
        <source>the CSV file has a quoted value that is never closed (it starts in row {row}); check that row&apos;s double quotes</source>
        <translation>el archivo CSV tiene un valor entre comillas que nunca se cierra (empieza en la fila {row}); revise las comillas dobles de esa fila</translation>
    </message>
    <message>
        <source>row {row} of the first sheet cannot be read: {reason}</source>
        <translation>no se puede leer la fila {row} de la primera hoja: {reason}</translation>
    </message>
    <message>
        <source>unbalanced brace in file-name pattern {pattern} (use {{{{ or }}}} for a literal brace)</source>
        <translation>llave desequilibrada en el patrón de nombre de archivo {pattern} (use {{{{ o }}}} para una llave literal)</translation>
    </message>
    <message>
        <source>{{{name}}} in file-name pattern {pattern}: field names are letters, digits and underscores, starting with a letter</source>
        <translation>{{{name}}} en el patrón de nombre de archivo {pattern}: los nombres de campo son letras, dígitos y guiones bajos, y empiezan por una letra</translation>
    </message>
    <message>
        <source>field {{{name}}} appears twice in file-name pattern {pattern}</source>
        <translation>el campo {{{name}}} aparece dos veces en el patrón de nombre de archivo {pattern}</translation>
    </message>
    <message>
        <source>the SPSS file could not be read ({error}: {reason})</source>
        <translation>no se pudo leer el archivo SPSS ({error}: {reason})</translation>
    </message>
    <message>
        <source>the Word document is damaged: its XML cannot be parsed ({reason})</source>
        <translation>el documento de Word está dañado: su XML no se puede analizar ({reason})</translation>
    </message>
    <message>
        <source>the Word document is incomplete: part {part} is missing (it may be damaged, or saved in the &apos;Strict Open XML&apos; format — save it again as a regular .docx)</source>
        <translation>el documento de Word está incompleto: falta la parte {part} (puede estar dañado o guardado en el formato &apos;Strict Open XML&apos;; vuelva a guardarlo como .docx normal)</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} está vacío</translation>
    </message>
</context>
<context>
    <name>import_warnings</name>
    <message>
        <source>the RTF file seems to be cut off (unclosed groups); the text may be incomplete</source>
        <translation>el archivo RTF parece estar cortado (grupos sin cerrar); el texto puede estar incompleto</translation>
    </message>
    <message>
        <source>margin paragraph numbers removed</source>
        <translation>números de párrafo del margen eliminados</translation>
    </message>
    <message>
        <source>page numbers and running headers/footers removed</source>
        <translation>números de página y encabezados/pies de página repetidos eliminados</translation>
    </message>
    <message>
        <source>page numbers removed</source>
        <translation>números de página eliminados</translation>
    </message>
    <message>
        <source>lines wrapped by the PDF&apos;s layout joined into paragraphs</source>
        <translation>las líneas cortadas por la maquetación del PDF se unieron en párrafos</translation>
    </message>
    <message>
        <source>HTML formatting removed</source>
        <translation>formato HTML eliminado</translation>
    </message>
    <message>
        <source>no caption timings (start --&gt; end lines) found; imported as plain text</source>
        <translation>no se encontraron tiempos de subtítulos (líneas inicio --&gt; fin); importado como texto sin formato</translation>
    </message>
    <message>
        <source>no speaker labels found, so no turns: excerpts cannot be attributed to a speaker. In the window, Project → Speakers of this document gives its paragraphs to an interviewer and a respondent in one step (alternating, or by how the interviewer&apos;s paragraphs start); or label turns &apos;Name: …&apos; in the file and import it again</source>
        <translation>no se encontraron etiquetas de hablante, así que no hay turnos: los fragmentos no pueden atribuirse a un hablante. En la ventana, Proyecto → Hablantes de este documento asigna sus párrafos a un entrevistador y a un entrevistado en un solo paso (alternando, o según cómo empiezan los párrafos del entrevistador); o etiquete los turnos &apos;Nombre: …&apos; en el archivo e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>{n} image or drawing ignored</source>
        <translation>{n} imagen o dibujo ignorado</translation>
    </message>
    <message>
        <source>{n} images or drawings ignored</source>
        <translation>{n} imágenes o dibujos ignorados</translation>
    </message>
    <message>
        <source>{n} image ignored</source>
        <translation>{n} imagen ignorada</translation>
    </message>
    <message>
        <source>{n} images ignored</source>
        <translation>{n} imágenes ignoradas</translation>
    </message>
    <message>
        <source>text of {n} text box included after the paragraph that anchors it</source>
        <translation>texto de {n} cuadro de texto incluido tras el párrafo que lo ancla</translation>
    </message>
    <message>
        <source>text of {n} text boxes included after the paragraph that anchors it</source>
        <translation>texto de {n} cuadros de texto incluido tras el párrafo que ancla cada uno</translation>
    </message>
    <message>
        <source>text of {n} text frame included after its anchor paragraph</source>
        <translation>texto de {n} marco de texto incluido tras su párrafo de anclaje</translation>
    </message>
    <message>
        <source>text of {n} text frames included after their anchor paragraphs</source>
        <translation>texto de {n} marcos de texto incluido tras sus párrafos de anclaje</translation>
    </message>
    <message>
        <source>{n} tracked deletion left out (insertions kept)</source>
        <translation>{n} eliminación con control de cambios omitida (inserciones conservadas)</translation>
    </message>
    <message>
        <source>{n} tracked deletions left out (insertions kept)</source>
        <translation>{n} eliminaciones con control de cambios omitidas (inserciones conservadas)</translation>
    </message>
    <message>
        <source>{n} comment not imported</source>
        <translation>{n} comentario no importado</translation>
    </message>
    <message>
        <source>{n} comments not imported</source>
        <translation>{n} comentarios no importados</translation>
    </message>
    <message>
        <source>{n} footnote or endnote not imported</source>
        <translation>{n} nota al pie o nota final no importada</translation>
    </message>
    <message>
        <source>{n} footnotes or endnotes not imported</source>
        <translation>{n} notas al pie o notas finales no importadas</translation>
    </message>
    <message>
        <source>{n} embedded document part (altChunk) imported as plain text</source>
        <translation>{n} parte de documento incrustada (altChunk) importada como texto sin formato</translation>
    </message>
    <message>
        <source>{n} embedded document parts (altChunk) imported as plain text</source>
        <translation>{n} partes de documento incrustadas (altChunk) importadas como texto sin formato</translation>
    </message>
    <message>
        <source>{n} cue with malformed timestamps kept without times</source>
        <translation>{n} subtítulo con marcas de tiempo mal formadas conservado sin tiempos</translation>
    </message>
    <message>
        <source>{n} cues with malformed timestamps kept without times</source>
        <translation>{n} subtítulos con marcas de tiempo mal formadas conservados sin tiempos</translation>
    </message>
    <message>
        <source>{n} text block without a timing line kept as text</source>
        <translation>{n} bloque de texto sin línea de tiempos conservado como texto</translation>
    </message>
    <message>
        <source>{n} text blocks without a timing line kept as text</source>
        <translation>{n} bloques de texto sin línea de tiempos conservados como texto</translation>
    </message>
    <message>
        <source>page {pages} has no text layer (scanned?); its content is missing — run OCR to include it</source>
        <translation>la página {pages} no tiene capa de texto (¿escaneada?); falta su contenido: aplique un OCR para incluirla</translation>
    </message>
    <message>
        <source>pages {pages} have no text layer (scanned?); their content is missing — run OCR to include them</source>
        <translation>las páginas {pages} no tienen capa de texto (¿escaneadas?); falta su contenido: aplique un OCR para incluirlas</translation>
    </message>
    <message>
        <source>page {pages} could not be read and was skipped</source>
        <translation>la página {pages} no se pudo leer y se omitió</translation>
    </message>
    <message>
        <source>pages {pages} could not be read and were skipped</source>
        <translation>las páginas {pages} no se pudieron leer y se omitieron</translation>
    </message>
    <message>
        <source>embedded content qcoder cannot read was left out: {parts}</source>
        <translation>se omitió contenido incrustado que qcoder no puede leer: {parts}</translation>
    </message>
    <message>
        <source>converted from legacy .doc with {tool}: tables and layout are simplified</source>
        <translation>convertido desde .doc antiguo con {tool}: las tablas y la maquetación se simplifican</translation>
    </message>
    <message>
        <source>the file is named {suffix}; it contains {kind} and was imported as such</source>
        <translation>el archivo tiene la extensión {suffix}; contiene {kind} y se importó como tal</translation>
    </message>
    <message>
        <source>the file has no extension; it contains {kind} and was imported as such</source>
        <translation>el archivo no tiene extensión; contiene {kind} y se importó como tal</translation>
    </message>
    <message>
        <source>the file is named {suffix} but contains {kind}; it was imported as such</source>
        <translation>el archivo tiene la extensión {suffix} pero contiene {kind}; se importó como tal</translation>
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
        <source>named entities</source>
        <translation>entidades con nombre</translation>
    </message>
    <message>
        <source>named entities (de-identification uses rosters and patterns only)</source>
        <translation>entidades con nombre (la anonimización solo usa listas de nombres y patrones)</translation>
    </message>
    <message>
        <source>statistical sentence boundaries (rule-based: . ! ? and line breaks)</source>
        <translation>límites de oración estadísticos (por reglas: . ! ? y saltos de línea)</translation>
    </message>
    <message>
        <source>lemmas (spacy-lookups-data is not installed: words are matched as written)</source>
        <translation>lemas (spacy-lookups-data no está instalado: las palabras se comparan tal como están escritas)</translation>
    </message>
    <message>
        <source>lemmas (no lookup table: words are matched as written)</source>
        <translation>lemas (sin tabla de consulta: las palabras se comparan tal como están escritas)</translation>
    </message>
    <message>
        <source>{name} {version} (trained English pipeline)</source>
        <translation>{name} {version} (modelo entrenado de inglés)</translation>
    </message>
    <message>
        <source>basic English pipeline (spaCy {version}: rule-based sentences + lookup lemmatizer)</source>
        <translation>modelo básico de inglés (spaCy {version}: oraciones por reglas + lematizador por tabla)</translation>
    </message>
    <message>
        <source>basic English pipeline (spaCy {version}: rule-based sentences)</source>
        <translation>modelo básico de inglés (spaCy {version}: oraciones por reglas)</translation>
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
    <name>project_errors</name>
    <message>
        <source>{name} is open in a qcoder window ({who}); cannot {action} it here while it is open there.</source>
        <translation>{name} está abierto en una ventana de qcoder ({who}); no se puede realizar aquí esta operación ({action}) mientras esté abierto allí.</translation>
    </message>
    <message>
        <source>{name} is being encrypted ({who}); cannot {action} it until that has finished.</source>
        <translation>{name} se está cifrando ({who}); no se puede realizar esta operación ({action}) hasta que termine.</translation>
    </message>
    <message>
        <source>{name} is being decrypted ({who}); cannot {action} it until that has finished.</source>
        <translation>{name} se está descifrando ({who}); no se puede realizar esta operación ({action}) hasta que termine.</translation>
    </message>
    <message>
        <source>{name} is getting a new passphrase ({who}); cannot {action} it until that has finished.</source>
        <translation>{name} está recibiendo una nueva frase de contraseña ({who}); no se puede realizar esta operación ({action}) hasta que termine.</translation>
    </message>
    <message>
        <source>{name} is being restored from a backup ({who}); cannot {action} it until that has finished.</source>
        <translation>{name} se está restaurando desde una copia de seguridad ({who}); no se puede realizar esta operación ({action}) hasta que termine.</translation>
    </message>
    <message>
        <source>process {pid} of user {user} on host {host}, since {since} UTC</source>
        <translation>proceso {pid} del usuario {user} en el equipo {host}, desde {since} UTC</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>otro proceso</translation>
    </message>
    <message>
        <source>If qcoder is no longer running on {host}, delete the lock file {path}.</source>
        <translation>Si qcoder ya no se está ejecutando en {host}, elimine el archivo de bloqueo {path}.</translation>
    </message>
    <message>
        <source>{name} is damaged: {problem}.</source>
        <translation>{name} está dañado: {problem}.</translation>
    </message>
    <message>
        <source>The newest good backup is {backup} ({label}); restore it with: qcoder restore {path} --from {backup}</source>
        <translation>La copia de seguridad correcta más reciente es {backup} ({label}); restáurela con: qcoder restore {path} --from {backup}</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}.</source>
        <translation>No se encontró ninguna copia de seguridad correcta en {folder}.</translation>
    </message>
    <message>
        <source>{problem}; rows breaking qcoder&apos;s rules can be set aside with: qcoder check {path} --repair</source>
        <translation>{problem}; las filas que incumplen las reglas de qcoder pueden apartarse con: qcoder check {path} --repair</translation>
    </message>
    <message>
        <source>{problem} (more problems: {n}; &apos;qcoder check&apos; lists them)</source>
        <translation>{problem} (más problemas: {n}; &apos;qcoder check&apos; los enumera)</translation>
    </message>
    <message>
        <source>unknown damage</source>
        <translation>daño desconocido</translation>
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
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>The project&apos;s backups, newest first: when, why and how big</source>
        <translation>Las copias de seguridad del proyecto, de la más reciente a la más antigua: cuándo, por qué y de qué tamaño</translation>
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
        <source>newest good backup</source>
        <translation>copia válida más reciente</translation>
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
        <source>the user guide</source>
        <translation>la guía del usuario</translation>
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
    <message>
        <source>in any table or tree: sort by the current column (again: reverse the order)</source>
        <translation>en cualquier tabla o árbol: ordenar por la columna actual (otra vez: invertir el orden)</translation>
    </message>
    <message>
        <source>in any dialog or window: the context menu of the focused item</source>
        <translation>en cualquier diálogo o ventana: el menú contextual del elemento con el foco</translation>
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
        <extracomment>The width, in characters, of the attribute and exclusive-group choices; longer names elide.</extracomment>
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
        <source>Include the codings and framework summaries this coder already made here</source>
        <translation>Incluir las codificaciones y los resúmenes de marco que este codificador ya hizo aquí</translation>
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
        <source>This address cannot be read; write it like {example} (details: {reason})</source>
        <translation>No se puede leer esta dirección; escríbala como {example} (detalles: {reason})</translation>
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
    <name>tour</name>
    <message>
        <source>Import transcripts</source>
        <translation>Importar transcripciones</translation>
    </message>
    <message>
        <source>Your transcripts are listed here: the demo project holds fifteen interviews. Add yours with Project → Import transcripts…: Word, PDF, text, Zoom or Teams captions. An attribute sheet gives each speaker a site and a stakeholder group.</source>
        <translation>Sus transcripciones aparecen aquí: el proyecto de demostración contiene quince entrevistas. Añada las suyas con Proyecto → Importar transcripciones…: Word, PDF, texto, subtítulos de Zoom o Teams. Una hoja de atributos asigna a cada hablante un sitio y un grupo de interés.</translation>
    </message>
    <message>
        <source>Code the transcript</source>
        <translation>Codificar la transcripción</translation>
    </message>
    <message>
        <source>Select words, then click a code, press its key 1–9, or press Ctrl+K and type a code&apos;s name. The coloured stripes on the right show each coding and its coder. Ctrl+Z undoes anything; there is no Save button.</source>
        <translation>Seleccione palabras y luego haga clic en un código, pulse su tecla 1–9, o pulse Ctrl+K y escriba el nombre de un código. Las franjas de colores de la derecha muestran cada codificación y quién la hizo. Ctrl+Z deshace cualquier cosa; no hay botón Guardar.</translation>
    </message>
    <message>
        <source>The codebook</source>
        <translation>El libro de códigos</translation>
    </message>
    <message>
        <source>Your codes, with their counts. Drag codes into themes; right-click one to edit its definition or give it a quick-code key.</source>
        <translation>Sus códigos, con sus recuentos. Arrastre códigos a los temas; haga clic derecho en uno para editar su definición o asignarle una tecla de codificación rápida.</translation>
    </message>
    <message>
        <source>See the pattern</source>
        <translation>Ver los patrones</translation>
    </message>
    <message>
        <source>Analysis → Theme frequencies: themes by stakeholder group or site, counted in excerpts, documents or respondents (“6 of 6”). Select a cell to read the excerpts behind it.</source>
        <translation>Análisis → Frecuencias de temas: temas por grupo de interés o sitio, contados en fragmentos, documentos o participantes («6 de 6»). Seleccione una celda para leer los fragmentos que hay detrás.</translation>
    </message>
    <message>
        <source>Write the report</source>
        <translation>Redactar el informe</translation>
    </message>
    <message>
        <source>Project → Export → Word theme report… writes the findings: a theme × group table, summaries and quotes attributed by stakeholder group. Workbooks and REFI-QDA files for NVivo, ATLAS.ti and MAXQDA are in the same menu.</source>
        <translation>Proyecto → Exportar → Informe de temas en Word… redacta los resultados: una tabla de temas × grupos, resúmenes y citas atribuidas por grupo de interés. Los libros de Excel y los archivos REFI-QDA para NVivo, ATLAS.ti y MAXQDA están en el mismo menú.</translation>
    </message>
    <message>
        <source>That was the tour</source>
        <translation>Fin del recorrido</translation>
    </message>
    <message>
        <source>Help → User guide explains every step of an evaluation: import, codebook, coding, agreement, findings, exchange, the team server and data protection.</source>
        <translation>Ayuda → Guía del usuario explica cada paso de una evaluación: importación, libro de códigos, codificación, acuerdo, resultados, intercambio, el servidor del equipo y la protección de datos.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation>Omitir recorrido</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>Abrir la guía del usuario</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Recorrido guiado</translation>
    </message>
    <message>
        <source>A tour of the window in a few steps</source>
        <translation>Un recorrido por la ventana en unos pocos pasos</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Paso {n} de {total}</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>The tour is over.</source>
        <translation>El recorrido ha terminado.</translation>
    </message>
    <message>
        <source>New to qcoder? A 2-minute tour shows the window on the demo project.</source>
        <translation>¿Es nuevo en qcoder? Un recorrido de 2 minutos le muestra la ventana con el proyecto de demostración.</translation>
    </message>
    <message>
        <source>Take the 2-minute tour</source>
        <translation>Hacer el recorrido de 2 minutos</translation>
    </message>
    <message>
        <source>Opens the demo project and shows import, coding, matrix and report</source>
        <translation>Abre el proyecto de demostración y muestra la importación, la codificación, la matriz y el informe</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Do not offer the tour again (Help still has it)</source>
        <translation>No volver a ofrecer el recorrido (sigue disponible en Ayuda)</translation>
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
