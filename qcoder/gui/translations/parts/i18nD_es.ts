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
        <name>export_menu</name>
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
            <source>Each coder's new and cumulative codes</source>
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
            <source>Codes whose subcodes are mutually exclusive categories: nominal α, Fleiss' κ and AC1</source>
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
            <source>Documents</source>
            <translation>Documentos</translation>
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
            <source>None ticked: every coder's codings</source>
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
            <source>extend the selected coding's end by a word</source>
            <translation>alargar una palabra el final de la codificación seleccionada</translation>
        </message>
        <message>
            <source>shrink the selected coding's end by a word</source>
            <translation>acortar una palabra el final de la codificación seleccionada</translation>
        </message>
        <message>
            <source>extend the selected coding's start by a word</source>
            <translation>alargar una palabra el inicio de la codificación seleccionada</translation>
        </message>
        <message>
            <source>shrink the selected coding's start by a word</source>
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
            <source>play the recording from the cursor's place in the transcript</source>
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
            <source>the focused list's or text's context menu (as the Menu key)</source>
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
            <source>{n} speaker found in “{name}”. Double-click a name to rename it; link speakers to participants so their excerpts carry the participant's attributes.</source>
            <translation>{n} hablante encontrado en «{name}». Haga doble clic en un nombre para cambiarlo; vincule los hablantes a participantes para que sus fragmentos lleven los atributos del participante.</translation>
        </message>
        <message>
            <source>{n} speakers found in “{name}”. Double-click a name to rename it; link speakers to participants so their excerpts carry the participant's attributes.</source>
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
        <name>undo</name>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
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
