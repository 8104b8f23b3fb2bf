<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>about_dialog</name>
    <message>
        <source>Settings file</source>
        <translation>Fichier de paramètres</translation>
    </message>
    <message>
        <source>Default folder for projects</source>
        <translation>Dossier par défaut des projets</translation>
    </message>
    <message>
        <source>Backups of the open project</source>
        <translation>Sauvegardes du projet ouvert</translation>
    </message>
    <message>
        <source>A server project: its backups are made on the database server.</source>
        <translation>Un projet sur serveur&#xa0;: ses sauvegardes sont faites sur le serveur de base de données.</translation>
    </message>
    <message>
        <source>Open a project to see its backups folder (beside the project file).</source>
        <translation>Ouvrez un projet pour voir son dossier de sauvegardes (à côté du fichier du projet).</translation>
    </message>
    <message>
        <source>Log folder (errors only)</source>
        <translation>Dossier du journal (erreurs uniquement)</translation>
    </message>
    <message>
        <source>About qcoder</source>
        <translation>À propos de qcoder</translation>
    </message>
    <message>
        <source>&lt;b&gt;qcoder {version}&lt;/b&gt;&lt;br&gt;Qualitative coding of interview transcripts.</source>
        <translation>&lt;b&gt;qcoder {version}&lt;/b&gt;&lt;br&gt;Codage qualitatif de transcriptions d’entretiens.</translation>
    </message>
    <message>
        <source>Python {python} · Qt {qt} · PySide6 {pyside}</source>
        <translation>Python {python} · Qt {qt} · PySide6 {pyside}</translation>
    </message>
    <message>
        <source>Every change is written to the project as you work; Ctrl+Z undoes it. qcoder sends nothing over the network: errors are logged only on this computer.</source>
        <translation>Chaque modification est enregistrée dans le projet au fil du travail&#xa0;; Ctrl+Z l’annule. qcoder n’envoie rien sur le réseau&#xa0;: les erreurs sont consignées uniquement sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy: {place}</source>
        <translation>Copier&#xa0;: {place}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open folder: {place}</source>
        <translation>Ouvrir le dossier&#xa0;: {place}</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <source>More tools</source>
        <translation>Plus d&apos;outils</translation>
    </message>
    <message>
        <source>Tools that do not fit on the toolbar: {toolbar}</source>
        <translation>Outils qui ne tiennent pas dans la barre&#xa0;: {toolbar}</translation>
    </message>
    <message>
        <source>toolbar</source>
        <translation>la barre d&apos;outils</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barre d&apos;état</translation>
    </message>
    <message>
        <source>Messages about what just happened</source>
        <translation>Messages sur ce qui vient de se passer</translation>
    </message>
    <message>
        <source>{header}: {value}</source>
        <translation>{header}&#xa0;: {value}</translation>
    </message>
</context>
<context>
    <name>analysis.chart</name>
    <message>
        <source>Select a code in the table</source>
        <translation>Sélectionnez un code dans le tableau</translation>
    </message>
    <message>
        <source>{count}: {code}</source>
        <translation>{count}&#xa0;: {code}</translation>
    </message>
    <message>
        <source>{count}, all respondents (select column headers to compare groups)</source>
        <translation>{count}, tous les répondants (sélectionnez des en-têtes de colonne pour comparer les groupes)</translation>
    </message>
    <message>
        <source>{count} by {groups}</source>
        <translation>{count} par {groups}</translation>
    </message>
    <message>
        <source>Nothing to chart yet.</source>
        <translation>Rien à représenter pour l’instant.</translation>
    </message>
    <message>
        <source>Select a code in the table.</source>
        <translation>Sélectionnez un code dans le tableau.</translation>
    </message>
</context>
<context>
    <name>analysis.controls</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>The attribute whose values make the columns</source>
        <translation>L’attribut dont les valeurs forment les colonnes</translation>
    </message>
    <message>
        <source>The attribute whose values make the columns (a participant&apos;s value, or else the document&apos;s)</source>
        <translation>L’attribut dont les valeurs forment les colonnes (la valeur du participant, sinon celle du document)</translation>
    </message>
    <message>
        <source>Columns split by</source>
        <translation>Colonnes subdivisées par</translation>
    </message>
    <message>
        <source>A second attribute that splits each column</source>
        <translation>Un second attribut qui subdivise chaque colonne</translation>
    </message>
    <message>
        <source>Split each column by a second attribute (e.g. group × site)</source>
        <translation>Subdiviser chaque colonne selon un second attribut (p. ex. groupe × site)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Comptage</translation>
    </message>
    <message>
        <source>What each cell counts</source>
        <translation>Ce que compte chaque cellule</translation>
    </message>
    <message>
        <source>Count the codings of every coder, of one, of several, or of the consensus</source>
        <translation>Compter les codages de tous les codeurs, d’un seul, de plusieurs ou du consensus</translation>
    </message>
    <message>
        <source>Include interviewers</source>
        <translation>Inclure les enquêteurs</translation>
    </message>
    <message>
        <source>Count passages spoken by interviewers as well (off: respondents only)</source>
        <translation>Compter aussi les passages prononcés par les enquêteurs (désactivé&#xa0;: répondants seulement)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Which codes are rows</source>
        <translation>Quels codes forment les lignes</translation>
    </message>
    <message>
        <source>All codes, parents include subcodes</source>
        <translation>Tous les codes, les parents incluent leurs sous-codes</translation>
    </message>
    <message>
        <source>All codes, own codings only</source>
        <translation>Tous les codes, codages propres uniquement</translation>
    </message>
    <message>
        <source>Top-level themes only</source>
        <translation>Thèmes de premier niveau uniquement</translation>
    </message>
    <message>
        <source>Which codes are rows, and whether a parent&apos;s row counts its subcodes&apos; excerpts</source>
        <translation>Quels codes forment les lignes, et si la ligne d’un parent compte les extraits de ses sous-codes</translation>
    </message>
    <message>
        <source>Shading</source>
        <translation>Coloration</translation>
    </message>
    <message>
        <source>Heat-map scale of the cells</source>
        <translation>Échelle de la carte thermique des cellules</translation>
    </message>
    <message>
        <source>Shade each column</source>
        <translation>Colorer chaque colonne</translation>
    </message>
    <message>
        <source>Shade whole table</source>
        <translation>Colorer tout le tableau</translation>
    </message>
    <message>
        <source>No shading</source>
        <translation>Sans coloration</translation>
    </message>
    <message>
        <source>Heat-map scale: darkest = largest figure of the column, or of the table</source>
        <translation>Échelle de la carte thermique&#xa0;: le plus foncé = le plus grand chiffre de la colonne, ou du tableau</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Tous les codeurs</translation>
    </message>
    <message>
        <source>Coders: all</source>
        <translation>Codeurs&#xa0;: tous</translation>
    </message>
    <message>
        <source>Coder: {name}</source>
        <translation>Codeur&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Coders: {n} of {total}</source>
        <translation>Codeurs&#xa0;: {n} sur {total}</translation>
    </message>
</context>
<context>
    <name>analysis.cooccurrence_model</name>
    <message>
        <source>{code}: used {n} times</source>
        <translation>{code}&#xa0;: utilisé {n} fois</translation>
    </message>
    <message>
        <source>{code}
{other}
meet {n} times (a code includes its subcodes) — click to list where</source>
        <translation>{code}
{other}
se croisent {n} fois (un code inclut ses sous-codes) — cliquez pour voir où</translation>
    </message>
    <message>
        <source>{code}
{other}
meet {n} times — click to list where</source>
        <translation>{code}
{other}
se croisent {n} fois — cliquez pour voir où</translation>
    </message>
</context>
<context>
    <name>analysis.cooccurrence_view</name>
    <message>
        <source>Overlapping excerpts</source>
        <translation>Extraits qui se chevauchent</translation>
    </message>
    <message>
        <source>Same speaker turn</source>
        <translation>Même tour de parole</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Croisements</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Code co-occurrence</source>
        <translation>Cooccurrence des codes</translation>
    </message>
    <message>
        <source>Meet where</source>
        <translation>Se croisent où</translation>
    </message>
    <message>
        <source>Codes meet where their excerpts overlap, or anywhere in one speaker&apos;s turn</source>
        <translation>Les codes se croisent là où leurs extraits se chevauchent, ou n’importe où dans un même tour de parole</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Comptage</translation>
    </message>
    <message>
        <source>Count each meeting, or the documents where the codes meet</source>
        <translation>Compter chaque croisement, ou les documents où les codes se croisent</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>Valeur de l’attribut</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Exporter en XLSX…</translation>
    </message>
    <message>
        <source>The matrix as a workbook</source>
        <translation>La matrice sous forme de classeur</translation>
    </message>
    <message>
        <source>Co-occurrence matrix</source>
        <translation>Matrice de cooccurrence</translation>
    </message>
    <message>
        <source>Codes by codes: each cell holds how often the two meet</source>
        <translation>Codes par codes&#xa0;: chaque cellule indique combien de fois les deux se croisent</translation>
    </message>
    <message>
        <source>Minimum meetings</source>
        <translation>Croisements minimum</translation>
    </message>
    <message>
        <source>Leave out links of fewer meetings</source>
        <translation>Omettre les liens ayant moins de croisements</translation>
    </message>
    <message>
        <source>Links to own subcodes</source>
        <translation>Liens vers ses propres sous-codes</translation>
    </message>
    <message>
        <source>A code always meets its own subcodes (it includes them): off by default</source>
        <translation>Un code croise toujours ses propres sous-codes (il les inclut)&#xa0;: désactivé par défaut</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <source>The network drawing as an image</source>
        <translation>Le dessin du réseau sous forme d’image</translation>
    </message>
    <message>
        <source>The network drawing as a scalable image (for reports)</source>
        <translation>Le dessin du réseau sous forme d’image vectorielle (pour les rapports)</translation>
    </message>
    <message>
        <source>Click a cell or a link to see where two codes meet</source>
        <translation>Cliquez sur une cellule ou un lien pour voir où deux codes se croisent</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Passages</translation>
    </message>
    <message>
        <source>Where the two chosen codes meet. Enter opens one.</source>
        <translation>Où les deux codes choisis se croisent. Entrée en ouvre un.</translation>
    </message>
    <message>
        <source>Codes meet in:</source>
        <translation>Les codes se croisent dans&#xa0;:</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>Comptage&#xa0;:</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>Locuteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Rows and columns are numbered alike; the diagonal is each code&apos;s use</source>
        <translation>Lignes et colonnes sont numérotées de la même façon&#xa0;; la diagonale est l’utilisation de chaque code</translation>
    </message>
    <message>
        <source>Minimum weight:</source>
        <translation>Poids minimum&#xa0;:</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Double-click a passage to open it in its document</source>
        <translation>Double-cliquez sur un passage pour l’ouvrir dans son document</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source> · speakers with {attribute} {value}</source>
        <translation> · locuteurs avec {attribute} {value}</translation>
    </message>
    <message>
        <source>{n} code</source>
        <translation>{n} code</translation>
    </message>
    <message>
        <source>{n} codes</source>
        <translation>{n} codes</translation>
    </message>
    <message>
        <source>{codes} · {unit} counted · {mode}</source>
        <translation>{codes} · {unit} comptés · {mode}</translation>
    </message>
    <message>
        <source>Not counted: {error}</source>
        <translation>Non compté&#xa0;: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{a}&lt;/b&gt; and &lt;b&gt;{b}&lt;/b&gt; — {passages}</source>
        <translation>&lt;b&gt;{a}&lt;/b&gt; et &lt;b&gt;{b}&lt;/b&gt; — {passages}</translation>
    </message>
    <message>
        <source>{n} passage</source>
        <translation>{n} passage</translation>
    </message>
    <message>
        <source>{n} passages</source>
        <translation>{n} passages</translation>
    </message>
    <message>
        <source>Export the network drawing</source>
        <translation>Exporter le dessin du réseau</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} enregistré</translation>
    </message>
    <message>
        <source>Export the co-occurrence matrix</source>
        <translation>Exporter la matrice de cooccurrence</translation>
    </message>
</context>
<context>
    <name>analysis.drilldown</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Participant: {name}</source>
        <translation>Participant&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Where the excerpt starts in the document&apos;s recording</source>
        <translation>Où commence l’extrait dans l’enregistrement du document</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Double-click an excerpt to open it in its document · click ☆ to star an exemplar</source>
        <translation>Double-cliquez sur un extrait pour l’ouvrir dans son document · cliquez sur ☆ pour marquer un exemple type</translation>
    </message>
    <message>
        <source>Excerpts of the cell</source>
        <translation>Extraits de la cellule</translation>
    </message>
    <message>
        <source>The excerpts counted in the selected cell. Enter opens one.</source>
        <translation>Les extraits comptés dans la cellule sélectionnée. Entrée en ouvre un.</translation>
    </message>
    <message>
        <source>Click a cell of the table to list the excerpts behind it.</source>
        <translation>Cliquez sur une cellule du tableau pour lister les extraits qu’elle compte.</translation>
    </message>
    <message>
        <source>Show in document</source>
        <translation>Afficher dans le document</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Retirer l’étoile</translation>
    </message>
    <message>
        <source>Star as exemplar</source>
        <translation>Marquer comme exemple type</translation>
    </message>
</context>
<context>
    <name>analysis.exporting</name>
    <message>
        <source>Export the framework matrix</source>
        <translation>Exporter la matrice Framework</translation>
    </message>
    <message>
        <source>Export the saturation table</source>
        <translation>Exporter le tableau de saturation</translation>
    </message>
    <message>
        <source>Export the group synthesis</source>
        <translation>Exporter la synthèse par groupe</translation>
    </message>
    <message>
        <source>Export {format}…</source>
        <translation>Exporter en {format}…</translation>
    </message>
    <message>
        <source>Export the {what}</source>
        <translation>Exporter {what}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} enregistré</translation>
    </message>
    <message>
        <source>{title}: cancelled, no file written</source>
        <translation>{title}&#xa0;: annulé, aucun fichier écrit</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
</context>
<context>
    <name>analysis.framework_model</name>
    <message>
        <source>{n} of {total} · {excerpts}</source>
        <translation>{n} sur {total} · {excerpts}</translation>
    </message>
    <message>
        <source>{n} of {total} respondents, {excerpts} excerpts</source>
        <translation>{n} répondants sur {total}, {excerpts} extraits</translation>
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
        <translation>Brouillon&#xa0;: phrases tirées des extraits (LexRank), pas encore modifiées</translation>
    </message>
    <message>
        <source>Draft </source>
        <translation>Brouillon </translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation>Matrice Framework</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cas</translation>
    </message>
    <message>
        <source>What the rows are: documents or an attribute&apos;s values</source>
        <translation>Ce que sont les lignes&#xa0;: des documents ou les valeurs d’un attribut</translation>
    </message>
    <message>
        <source>Cases by themes: each cell holds the number of excerpts and your summary</source>
        <translation>Cas par thèmes&#xa0;: chaque cellule contient le nombre d’extraits et votre résumé</translation>
    </message>
    <message>
        <source>Select a cell</source>
        <translation>Sélectionnez une cellule</translation>
    </message>
    <message>
        <source>Excerpts of the cell</source>
        <translation>Extraits de la cellule</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Your summary of what this case said about this theme</source>
        <translation>Votre résumé de ce que ce cas a dit sur ce thème</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Fill the editor with the cell&apos;s most representative sentences</source>
        <translation>Remplir l’éditeur avec les phrases les plus représentatives de la cellule</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>Enregistrer le résumé</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Cas&#xa0;:</translation>
    </message>
    <message>
        <source>Cases × themes</source>
        <translation>Cas × thèmes</translation>
    </message>
    <message>
        <source>Group synthesis</source>
        <translation>Synthèse par groupe</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>{cases} cases × {themes} themes</source>
        <translation>{cases} cas × {themes} thèmes</translation>
    </message>
    <message>
        <source>Not done: {error}</source>
        <translation>Non effectué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{theme}&lt;/b&gt; · {case} — {n} of {total} respondents, {excerpts} excerpts</source>
        <translation>&lt;b&gt;{theme}&lt;/b&gt; · {case} — {n} répondants sur {total}, {excerpts} extraits</translation>
    </message>
    <message>
        <source>Edited from a draft</source>
        <translation>Modifié à partir d’un brouillon</translation>
    </message>
    <message>
        <source>No sentences in this cell&apos;s excerpts: no draft</source>
        <translation>Aucune phrase dans les extraits de cette cellule&#xa0;: pas de brouillon</translation>
    </message>
    <message>
        <source>Draft sentence {n}: {text}</source>
        <translation>Phrase {n} du brouillon&#xa0;: {text}</translation>
    </message>
    <message>
        <source>The summary was not saved.

{error}</source>
        <translation>Le résumé n’a pas été enregistré.

{error}</translation>
    </message>
    <message>
        <source>Summary saved (Edit → Undo takes it back)</source>
        <translation>Résumé enregistré (Édition → Annuler le retire)</translation>
    </message>
</context>
<context>
    <name>analysis.layout</name>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Codes by attribute values: each cell reads its row, column and figure. Enter lists its excerpts.</source>
        <translation>Codes par valeurs d’attribut&#xa0;: chaque cellule énonce sa ligne, sa colonne et son chiffre. Entrée liste ses extraits.</translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation>Copier le tableau</translation>
    </message>
    <message>
        <source>Copy the selected cells (or the whole table) for a report or a spreadsheet (Ctrl+C)</source>
        <translation>Copier les cellules sélectionnées (ou tout le tableau) pour un rapport ou un tableur (Ctrl+C)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save this table as CSV…</source>
        <translation>Enregistrer ce tableau en CSV…</translation>
    </message>
    <message>
        <source>Save analysis workbook (XLSX)…</source>
        <translation>Enregistrer le classeur d’analyse (XLSX)…</translation>
    </message>
    <message>
        <source>All codes</source>
        <translation>Tous les codes</translation>
    </message>
    <message>
        <source>Selected code</source>
        <translation>Code sélectionné</translation>
    </message>
    <message>
        <source>Chart every code (select column headers to choose the groups), or the selected code with one bar per group</source>
        <translation>Représenter tous les codes (sélectionnez des en-têtes de colonne pour choisir les groupes), ou le code sélectionné avec une barre par groupe</translation>
    </message>
    <message>
        <source>Colour by group</source>
        <translation>Couleur par groupe</translation>
    </message>
    <message>
        <source>Colour by code</source>
        <translation>Couleur par code</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>The file could not be written.

{error}</source>
        <translation>Le fichier n’a pas pu être écrit.

{error}</translation>
    </message>
</context>
<context>
    <name>analysis.matrix_model</name>
    <message>
        <source>Excerpts</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Share of respondents</source>
        <translation>Part des répondants</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All respondents</source>
        <translation>Tous les répondants</translation>
    </message>
    <message>
        <source>{attribute}: {value}</source>
        <translation>{attribute}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>{value}, {row}, {column}</source>
        <translation>{value}, {row}, {column}</translation>
    </message>
    <message>
        <source>{count}: {value}. Row: {row}. Column: {column}.</source>
        <translation>{count}&#xa0;: {value}. Ligne&#xa0;: {row}. Colonne&#xa0;: {column}.</translation>
    </message>
    <message>
        <source>(own codings only; its subcodes are counted on their own rows)</source>
        <translation>(codages propres uniquement&#xa0;; ses sous-codes sont comptés sur leurs propres lignes)</translation>
    </message>
    <message>
        <source>(includes the excerpts of its subcodes)</source>
        <translation>(inclut les extraits de ses sous-codes)</translation>
    </message>
    <message>
        <source>{n} respondent</source>
        <translation>{n} répondant</translation>
    </message>
    <message>
        <source>{n} respondents</source>
        <translation>{n} répondants</translation>
    </message>
    <message>
        <source> at {n} {unit}</source>
        <translation> dans {n} {unit}</translation>
    </message>
    <message>
        <source>{n} excerpt</source>
        <translation>{n} extrait</translation>
    </message>
    <message>
        <source>{n} excerpts</source>
        <translation>{n} extraits</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} document</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <source>{code} — {column}</source>
        <translation>{code} — {column}</translation>
    </message>
    <message>
        <source>{excerpts} in {documents}</source>
        <translation>{excerpts} dans {documents}</translation>
    </message>
    <message>
        <source>{n} of {total} respondents mention it ({share})</source>
        <translation>{n} répondants sur {total} le mentionnent ({share})</translation>
    </message>
    <message>
        <source>No respondents in this group</source>
        <translation>Aucun répondant dans ce groupe</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <source>{n} of {total} {unit}</source>
        <translation>{n} {unit} sur {total}</translation>
    </message>
    <message>
        <source>Click to list the excerpts</source>
        <translation>Cliquez pour lister les extraits</translation>
    </message>
    <message>
        <source>Code ({count})</source>
        <translation>Code ({count})</translation>
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
se croisent {n} fois — cliquez pour voir où</translation>
    </message>
    <message>
        <source>{code}
used {n} times</source>
        <translation>{code}
utilisé {n} fois</translation>
    </message>
    <message>
        <source>could not write {file}</source>
        <translation>impossible d’écrire {file}</translation>
    </message>
</context>
<context>
    <name>analysis.query_builder</name>
    <message>
        <source>Overlapping</source>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <source>Same sentence</source>
        <translation>Même phrase</translation>
    </message>
    <message>
        <source>Same turn</source>
        <translation>Même tour de parole</translation>
    </message>
    <message>
        <source>Same paragraph</source>
        <translation>Même paragraphe</translation>
    </message>
    <message>
        <source>Same document</source>
        <translation>Même document</translation>
    </message>
    <message>
        <source>Within N characters</source>
        <translation>À moins de N caractères</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Liaison</translation>
    </message>
    <message>
        <source>How this code combines with the ones above: AND, OR, NOT…</source>
        <translation>Comment ce code se combine avec les précédents&#xa0;: AND, OR, NOT…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Remove this code</source>
        <translation>Retirer ce code</translation>
    </message>
    <message>
        <source>Add code</source>
        <translation>Ajouter un code</translation>
    </message>
    <message>
        <source>Query expression</source>
        <translation>Expression de la requête</translation>
    </message>
    <message>
        <source>Codes combined with AND, OR, NOT, NEAR; quoted code paths</source>
        <translation>Codes combinés avec AND, OR, NOT, NEAR&#xa0;; chemins de code entre guillemets</translation>
    </message>
    <message>
        <source>&quot;Challenges &gt; Turnover&quot; AND NOT &quot;Recommendations &gt; Joint training&quot;</source>
        <translation>&quot;Difficultés &gt; Rotation&quot; AND NOT &quot;Recommandations &gt; Formation commune&quot;</translation>
    </message>
    <message>
        <source>Nearness</source>
        <translation>Proximité</translation>
    </message>
    <message>
        <source>What NEAR means: same turn, paragraph, or a number of characters</source>
        <translation>Ce que signifie NEAR&#xa0;: même tour de parole, même paragraphe ou un nombre de caractères</translation>
    </message>
    <message>
        <source>Characters apart</source>
        <translation>Caractères d’écart</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>Valeur de l’attribut</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Attribute restrictions</source>
        <translation>Restrictions d’attribut</translation>
    </message>
    <message>
        <source>ATTR=VALUE; one value of each attribute</source>
        <translation>ATTRIBUT=VALEUR&#xa0;; une valeur par attribut</translation>
    </message>
    <message>
        <source>ATTR=VALUE; … (one value of each attribute)</source>
        <translation>ATTRIBUT=VALEUR&#xa0;; … (une valeur par attribut)</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Locuteurs</translation>
    </message>
    <message>
        <source>Speaker labels, comma-separated</source>
        <translation>Étiquettes de locuteur, séparées par des virgules</translation>
    </message>
    <message>
        <source>speaker labels, comma-separated</source>
        <translation>étiquettes de locuteur, séparées par des virgules</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Tous les codeurs</translation>
    </message>
    <message>
        <source>Containing text</source>
        <translation>Texte contenu</translation>
    </message>
    <message>
        <source>Only excerpts containing these words</source>
        <translation>Uniquement les extraits contenant ces mots</translation>
    </message>
    <message>
        <source>excerpts containing…</source>
        <translation>extraits contenant…</translation>
    </message>
    <message>
        <source>Interviewer turns too</source>
        <translation>Tours des enquêteurs inclus</translation>
    </message>
    <message>
        <source>Codes:</source>
        <translation>Codes&#xa0;:</translation>
    </message>
    <message>
        <source>Expression:</source>
        <translation>Expression&#xa0;:</translation>
    </message>
    <message>
        <source>Near means:</source>
        <translation>NEAR signifie&#xa0;:</translation>
    </message>
    <message>
        <source>Respondents:</source>
        <translation>Répondants&#xa0;:</translation>
    </message>
    <message>
        <source>Speakers:</source>
        <translation>Locuteurs&#xa0;:</translation>
    </message>
</context>
<context>
    <name>analysis.query_window</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>{n} excerpt</source>
        <translation>{n} extrait</translation>
    </message>
    <message>
        <source>{n} excerpts</source>
        <translation>{n} extraits</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} document</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <source>{n} respondent</source>
        <translation>{n} répondant</translation>
    </message>
    <message>
        <source>{n} respondents</source>
        <translation>{n} répondants</translation>
    </message>
    <message>
        <source>{excerpts} in {documents} from {respondents}</source>
        <translation>{excerpts} dans {documents} de {respondents}</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Saved queries</source>
        <translation>Requêtes enregistrées</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charger</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Query results</source>
        <translation>Résultats de la requête</translation>
    </message>
    <message>
        <source>The passages found: document, speaker, text. Enter opens one.</source>
        <translation>Les passages trouvés&#xa0;: document, locuteur, texte. Entrée en ouvre un.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Code results as…</source>
        <translation>Coder les résultats comme…</translation>
    </message>
    <message>
        <source>Pick codes or type an expression, then Run</source>
        <translation>Choisissez des codes ou saisissez une expression, puis Exécuter</translation>
    </message>
    <message>
        <source>Counts by</source>
        <translation>Comptages par</translation>
    </message>
    <message>
        <source>The attribute whose values the counts are broken down by</source>
        <translation>L’attribut selon les valeurs duquel les comptages sont ventilés</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Comptages</translation>
    </message>
    <message>
        <source>Excerpts, documents and respondents for each value</source>
        <translation>Extraits, documents et répondants pour chaque valeur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Excerpts</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Répondants</translation>
    </message>
    <message>
        <source>Saved queries:</source>
        <translation>Requêtes enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>Counted by:</source>
        <translation>Compté par&#xa0;:</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>Not run: {error}</source>
        <translation>Non exécutée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} enregistré</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Coded {n} excerpts as {code} (Edit → Undo takes it back)</source>
        <translation>{n} extraits codés comme {code} (Édition → Annuler le retire)</translation>
    </message>
    <message>
        <source>Code results as</source>
        <translation>Coder les résultats comme</translation>
    </message>
    <message>
        <source>Code path (Parent &gt; Child; created if new):</source>
        <translation>Chemin du code (Parent &gt; Enfant&#xa0;; créé s’il est nouveau)&#xa0;:</translation>
    </message>
    <message>
        <source>Code results</source>
        <translation>Coder les résultats</translation>
    </message>
    <message>
        <source>The results were not coded.

{error}</source>
        <translation>Les résultats n’ont pas été codés.

{error}</translation>
    </message>
    <message>
        <source>Saved the query as {name}</source>
        <translation>Requête enregistrée sous {name}</translation>
    </message>
    <message>
        <source>Save query</source>
        <translation>Enregistrer la requête</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>The query was not saved.

{error}</source>
        <translation>La requête n’a pas été enregistrée.

{error}</translation>
    </message>
</context>
<context>
    <name>analysis.saturation</name>
    <message>
        <source>New codes: codes applied directly in a document (a parent coded only through its subcodes does not count) that no earlier document had. A flattening line suggests saturation.</source>
        <translation>Nouveaux codes&#xa0;: codes appliqués directement dans un document (un parent codé seulement via ses sous-codes ne compte pas) qu’aucun document précédent n’avait. Une courbe qui s’aplatit suggère la saturation.</translation>
    </message>
    <message>
        <source>Project order</source>
        <translation>Ordre du projet</translation>
    </message>
    <message>
        <source>Order first coded</source>
        <translation>Ordre du premier codage</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Date de l’entretien</translation>
    </message>
    <message>
        <source>Document name</source>
        <translation>Nom du document</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>New codes</source>
        <translation>Nouveaux codes</translation>
    </message>
    <message>
        <source>Cumulative codes</source>
        <translation>Codes cumulés</translation>
    </message>
    <message>
        <source>Codes new in this document</source>
        <translation>Codes nouveaux dans ce document</translation>
    </message>
    <message>
        <source>{coder}: new</source>
        <translation>{coder}&#xa0;: nouveaux</translation>
    </message>
    <message>
        <source>{coder}: cumulative</source>
        <translation>{coder}&#xa0;: cumulés</translation>
    </message>
    <message>
        <source>Saturation: new codes per document</source>
        <translation>Saturation&#xa0;: nouveaux codes par document</translation>
    </message>
    <message>
        <source>Project order, the order documents were first coded, an interview date, or names</source>
        <translation>Ordre du projet, ordre du premier codage des documents, date d’entretien ou noms</translation>
    </message>
    <message>
        <source>New codes per document</source>
        <translation>Nouveaux codes par document</translation>
    </message>
    <message>
        <source>One row per document in the chosen order: the codes it brought</source>
        <translation>Une ligne par document dans l’ordre choisi&#xa0;: les codes qu’il a apportés</translation>
    </message>
    <message>
        <source>Export chart PNG…</source>
        <translation>Exporter le graphique en PNG…</translation>
    </message>
    <message>
        <source>Documents in:</source>
        <translation>Documents dans&#xa0;:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Tous les codeurs</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} document</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <source>{n} code</source>
        <translation>{n} code</translation>
    </message>
    <message>
        <source>{n} codes</source>
        <translation>{n} codes</translation>
    </message>
    <message>
        <source>{documents} · {codes} applied</source>
        <translation>{documents} · {codes} appliqués</translation>
    </message>
    <message>
        <source> · the last new code came with document {n} of {total}</source>
        <translation> · le dernier nouveau code est venu avec le document {n} sur {total}</translation>
    </message>
    <message>
        <source> · ordered by {attribute}</source>
        <translation> · trié par {attribute}</translation>
    </message>
    <message>
        <source>Not computed: {error}</source>
        <translation>Non calculé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>could not write {file}</source>
        <translation>impossible d’écrire {file}</translation>
    </message>
    <message>
        <source>Export the saturation chart</source>
        <translation>Exporter le graphique de saturation</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} enregistré</translation>
    </message>
    <message>
        <source>Not exported: {error}</source>
        <translation>Non exporté&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>analysis.saturation_chart</name>
    <message>
        <source>No documents</source>
        <translation>Aucun document</translation>
    </message>
    <message>
        <source>Documents, in order (hover for names)</source>
        <translation>Documents, dans l’ordre (survolez pour voir les noms)</translation>
    </message>
</context>
<context>
    <name>analysis.stop_words_dialog</name>
    <message>
        <source>Words left out of the frequencies, one per line (or separated by commas). A word matches its lemma or any form of it: “be” leaves out “was” too. Saved in the project, for everyone who opens it and for &lt;code&gt;qcoder words&lt;/code&gt;.</source>
        <translation>Mots exclus des fréquences, un par ligne (ou séparés par des virgules). Un mot correspond à son lemme ou à n’importe laquelle de ses formes&#xa0;: «&#xa0;être&#xa0;» exclut aussi «&#xa0;était&#xa0;». Enregistrés dans le projet, pour tous ceux qui l’ouvrent et pour &lt;code&gt;qcoder words&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>Stop words</source>
        <translation>Mots vides</translation>
    </message>
    <message>
        <source>One word per line: words left out of the counts</source>
        <translation>Un mot par ligne&#xa0;: mots exclus des comptages</translation>
    </message>
    <message>
        <source>Restore the default list</source>
        <translation>Rétablir la liste par défaut</translation>
    </message>
    <message>
        <source>The stop words were not saved.

{error}</source>
        <translation>Les mots vides n’ont pas été enregistrés.

{error}</translation>
    </message>
</context>
<context>
    <name>analysis.synthesis_model</name>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} sur {total}</translation>
    </message>
    <message>
        <source> · {n} of {total} {across}s</source>
        <translation> · {across}&#xa0;: {n} sur {total}</translation>
    </message>
    <message>
        <source>{n} of {total} respondents mention it</source>
        <translation>{n} répondants sur {total} le mentionnent</translation>
    </message>
    <message>
        <source>{n} starred quote</source>
        <translation>{n} citation étoilée</translation>
    </message>
    <message>
        <source>{n} starred quotes</source>
        <translation>{n} citations étoilées</translation>
    </message>
</context>
<context>
    <name>analysis.synthesis_view</name>
    <message>
        <source>Synthesis</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Themes by groups: counts and starred quotes in each cell</source>
        <translation>Thèmes par groupes&#xa0;: comptages et citations étoilées dans chaque cellule</translation>
    </message>
    <message>
        <source>Select a cell: its case summaries and starred quotes</source>
        <translation>Sélectionnez une cellule&#xa0;: ses résumés de cas et citations étoilées</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Groupes&#xa0;:</translation>
    </message>
    <message>
        <source>Across:</source>
        <translation>Réparti par&#xa0;:</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>{themes} themes × {groups} groups of {attribute}</source>
        <translation>{themes} thèmes × {groups} groupes de {attribute}</translation>
    </message>
    <message>
        <source>Not done: {error}</source>
        <translation>Non effectué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{n} of {total} respondents</source>
        <translation>{n} répondants sur {total}</translation>
    </message>
    <message>
        <source>, in {n} of {total} {across}s</source>
        <translation>, {across}&#xa0;: {n} sur {total}</translation>
    </message>
    <message>
        <source>Case summaries</source>
        <translation>Résumés de cas</translation>
    </message>
    <message>
        <source>None written for this theme in this group (Cases × themes tab).</source>
        <translation>Aucun n’a été rédigé pour ce thème dans ce groupe (onglet Cas × thèmes).</translation>
    </message>
    <message>
        <source>Starred quotes</source>
        <translation>Citations étoilées</translation>
    </message>
    <message>
        <source>No starred excerpts (star exemplars in the excerpts lists).</source>
        <translation>Aucun extrait étoilé (marquez des exemples types d’une étoile dans les listes d’extraits).</translation>
    </message>
</context>
<context>
    <name>analysis.view</name>
    <message>
        <source>Excerpts: coded passages of the theme and its subcodes, merged per document and coder.</source>
        <translation>Extraits&#xa0;: passages codés du thème et de ses sous-codes, fusionnés par document et par codeur.</translation>
    </message>
    <message>
        <source>Documents: transcripts with at least one excerpt.</source>
        <translation>Documents&#xa0;: transcriptions comportant au moins un extrait.</translation>
    </message>
    <message>
        <source>Participants: respondents who speak an excerpt (an unlinked transcript counts as one).</source>
        <translation>Participants&#xa0;: répondants qui prononcent un extrait (une transcription non liée compte pour un).</translation>
    </message>
    <message>
        <source>Sites: sites where the theme comes up, of the sites where the group has respondents.</source>
        <translation>Sites&#xa0;: sites où le thème apparaît, parmi les sites où le groupe a des répondants.</translation>
    </message>
    <message>
        <source>Share: respondents who mention the theme ÷ respondents of the group.</source>
        <translation>Part&#xa0;: répondants qui mentionnent le thème ÷ répondants du groupe.</translation>
    </message>
    <message>
        <source>Not listed: {error}</source>
        <translation>Non listé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Click a cell of the table to list the excerpts behind it.</source>
        <translation>Cliquez sur une cellule du tableau pour lister les extraits qu’elle compte.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>The counts could not be computed: {error}</source>
        <translation>Les comptages n’ont pas pu être calculés&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{code} — {where}: listing {excerpts}…</source>
        <translation>{code} — {where}&#xa0;: liste de {excerpts}…</translation>
    </message>
    <message>
        <source>{code} — {where}: {excerpts}</source>
        <translation>{code} — {where}&#xa0;: {excerpts}</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Unstar excerpt</source>
        <translation>Retirer l’étoile de l’extrait</translation>
    </message>
    <message>
        <source>Star excerpt</source>
        <translation>Marquer l’extrait d’une étoile</translation>
    </message>
    <message>
        <source>Theme frequencies</source>
        <translation>Fréquences des thèmes</translation>
    </message>
    <message>
        <source>Table copied: paste it into a report or a spreadsheet.</source>
        <translation>Tableau copié&#xa0;: collez-le dans un rapport ou un tableur.</translation>
    </message>
    <message>
        <source>Saving the analysis workbook…</source>
        <translation>Enregistrement du classeur d’analyse…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The workbook could not be saved.</source>
        <translation>Le classeur n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} enregistré</translation>
    </message>
    <message>
        <source>Save table as CSV</source>
        <translation>Enregistrer le tableau en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written.

{error}</source>
        <translation>Le fichier n’a pas pu être écrit.

{error}</translation>
    </message>
    <message>
        <source>Save analysis workbook</source>
        <translation>Enregistrer le classeur d’analyse</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>{n} coders are counted: a passage both coded counts twice (pick one coder or the consensus).</source>
        <translation>{n} codeurs sont comptés&#xa0;: un passage codé par les deux compte deux fois (choisissez un codeur ou le consensus).</translation>
    </message>
    <message>
        <source>Interviewers not counted.</source>
        <translation>Enquêteurs non comptés.</translation>
    </message>
    <message>
        <source>no coder</source>
        <translation>aucun codeur</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} document</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <source>{n} respondent</source>
        <translation>{n} répondant</translation>
    </message>
    <message>
        <source>{n} respondents</source>
        <translation>{n} répondants</translation>
    </message>
    <message>
        <source>{documents} · {respondents} · coded by {coders}</source>
        <translation>{documents} · {respondents} · codé par {coders}</translation>
    </message>
    <message>
        <source>{n} excerpt</source>
        <translation>{n} extrait</translation>
    </message>
    <message>
        <source>{n} excerpts</source>
        <translation>{n} extraits</translation>
    </message>
</context>
<context>
    <name>analysis.windows</name>
    <message>
        <source>Word frequencies…</source>
        <translation>Fréquences des mots…</translation>
    </message>
    <message>
        <source>Lemmas by attribute, stop words, keyword in context</source>
        <translation>Lemmes par attribut, mots vides, mot-clé en contexte</translation>
    </message>
    <message>
        <source>Code co-occurrence…</source>
        <translation>Cooccurrence des codes…</translation>
    </message>
    <message>
        <source>Where codes meet: a matrix and a network drawing</source>
        <translation>Où les codes se croisent&#xa0;: une matrice et un dessin de réseau</translation>
    </message>
</context>
<context>
    <name>analysis.word_cloud</name>
    <message>
        <source>{word}: {n}</source>
        <translation>{word}&#xa0;: {n}</translation>
    </message>
</context>
<context>
    <name>analysis.words_model</name>
    <message>
        <source>Lemma</source>
        <translation>Lemme</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>{group}: count</source>
        <translation>{group}&#xa0;: occurrences</translation>
    </message>
    <message>
        <source>{group}: per 10k words</source>
        <translation>{group}&#xa0;: pour 10 000 mots</translation>
    </message>
    <message>
        <source>{group}: per 10,000 words</source>
        <translation>{group}&#xa0;: pour 10 000 mots</translation>
    </message>
</context>
<context>
    <name>analysis.words_view</name>
    <message>
        <source>Basic language pipeline (no trained English model): lemmas come from a lookup table, so some forms are not joined. Install one with pip install &apos;qcoder[model]&apos;.</source>
        <translation>Traitement linguistique de base (pas de modèle anglais entraîné)&#xa0;: les lemmes viennent d’une table de correspondance, certaines formes ne sont donc pas regroupées. Installez-en un avec pip install &apos;qcoder[model]&apos;.</translation>
    </message>
    <message>
        <source>Word frequencies</source>
        <translation>Fréquences des mots</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <source>The attribute whose values split the counts</source>
        <translation>L’attribut dont les valeurs ventilent les comptages</translation>
    </message>
    <message>
        <source>(no breakdown)</source>
        <translation>(sans ventilation)</translation>
    </message>
    <message>
        <source>Interviewers too</source>
        <translation>Enquêteurs inclus</translation>
    </message>
    <message>
        <source>Count the interviewers&apos; words as well as the respondents&apos;</source>
        <translation>Compter les mots des enquêteurs en plus de ceux des répondants</translation>
    </message>
    <message>
        <source>Stop words too</source>
        <translation>Mots vides inclus</translation>
    </message>
    <message>
        <source>Minimum count</source>
        <translation>Nombre minimum</translation>
    </message>
    <message>
        <source>Leave out lemmas used fewer times</source>
        <translation>Omettre les lemmes utilisés moins souvent</translation>
    </message>
    <message>
        <source>Find a lemma</source>
        <translation>Chercher un lemme</translation>
    </message>
    <message>
        <source>Stop words…</source>
        <translation>Mots vides…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Exporter en XLSX…</translation>
    </message>
    <message>
        <source>One row per lemma with its counts</source>
        <translation>Une ligne par lemme avec ses comptages</translation>
    </message>
    <message>
        <source>Keyword in context</source>
        <translation>Mot-clé en contexte</translation>
    </message>
    <message>
        <source>The passages where the selected lemma is used</source>
        <translation>Les passages où le lemme sélectionné est employé</translation>
    </message>
    <message>
        <source>Select a lemma to see it in context</source>
        <translation>Sélectionnez un lemme pour le voir en contexte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Par&#xa0;:</translation>
    </message>
    <message>
        <source>Min. count:</source>
        <translation>Nombre min.&#xa0;:</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Nuage</translation>
    </message>
    <message>
        <source>Double-click a line to open it in its document</source>
        <translation>Double-cliquez sur une ligne pour l’ouvrir dans son document</translation>
    </message>
    <message>
        <source>Reading the words…</source>
        <translation>Lecture des mots…</translation>
    </message>
    <message>
        <source>Analysing {what}…</source>
        <translation>Analyse de {what}…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Cancelled. Change “By” or reopen the window to count again.</source>
        <translation>Annulé. Changez «&#xa0;Par&#xa0;» ou rouvrez la fenêtre pour compter à nouveau.</translation>
    </message>
    <message>
        <source>Not counted: {error}</source>
        <translation>Non compté&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{n} lemma</source>
        <translation>{n} lemme</translation>
    </message>
    <message>
        <source>{n} lemmas</source>
        <translation>{n} lemmes</translation>
    </message>
    <message>
        <source>{n} word</source>
        <translation>{n} mot</translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation>{n} mots</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} document</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <source>{lemmas} · {words} in {documents}</source>
        <translation>{lemmas} · {words} dans {documents}</translation>
    </message>
    <message>
        <source>{n} line</source>
        <translation>{n} ligne</translation>
    </message>
    <message>
        <source>{n} lines</source>
        <translation>{n} lignes</translation>
    </message>
    <message>
        <source>&lt;b&gt;{lemma}&lt;/b&gt; in context — {lines}</source>
        <translation>&lt;b&gt;{lemma}&lt;/b&gt; en contexte — {lines}</translation>
    </message>
    <message>
        <source>Add “{lemma}” to the stop words</source>
        <translation>Ajouter «&#xa0;{lemma}&#xa0;» aux mots vides</translation>
    </message>
    <message>
        <source>Stop words</source>
        <translation>Mots vides</translation>
    </message>
    <message>
        <source>The stop words were not saved.

{error}</source>
        <translation>Les mots vides n’ont pas été enregistrés.

{error}</translation>
    </message>
    <message>
        <source>Saved {file}</source>
        <translation>{file} enregistré</translation>
    </message>
    <message>
        <source>Export word frequencies</source>
        <translation>Exporter les fréquences des mots</translation>
    </message>
</context>
<context>
    <name>analysis_windows</name>
    <message>
        <source>Theme frequencies</source>
        <translation>Fréquences des thèmes</translation>
    </message>
    <message>
        <source>Saturation</source>
        <translation>Saturation</translation>
    </message>
    <message>
        <source>New codes per document, in coding, interview-date or name order</source>
        <translation>Nouveaux codes par document, dans l&apos;ordre de codage, de date d&apos;entretien ou de nom</translation>
    </message>
    <message>
        <source>Framework matrix</source>
        <translation>Matrice de cadrage</translation>
    </message>
    <message>
        <source>Cases × themes: counts, excerpts, your summaries and drafts</source>
        <translation>Cas × thèmes&#xa0;: effectifs, extraits, vos résumés et brouillons</translation>
    </message>
    <message>
        <source>Query…</source>
        <translation>Requête…</translation>
    </message>
    <message>
        <source>Codes combined with AND, OR, NOT, NEAR: passages in context, counted, coded</source>
        <translation>Codes combinés avec AND, OR, NOT, NEAR&#xa0;: passages en contexte, comptés, codés</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Mémos</translation>
    </message>
</context>
<context>
    <name>app_keys</name>
    <message>
        <source>ascending</source>
        <translation>croissant</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>décroissant</translation>
    </message>
    <message>
        <source>Sorted by {column}, {order}</source>
        <translation>Trié par {column}, ordre {order}</translation>
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
        <translation>Grand</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Plus grand</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Très grand</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Set by {setting}</source>
        <translation>Défini par {setting}</translation>
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
        <translation>Modifier l&apos;attribut de document</translation>
    </message>
    <message>
        <source>Add document attribute</source>
        <translation>Ajouter un attribut de document</translation>
    </message>
    <message>
        <source>Edit participant attribute</source>
        <translation>Modifier l&apos;attribut de participant</translation>
    </message>
    <message>
        <source>Add participant attribute</source>
        <translation>Ajouter un attribut de participant</translation>
    </message>
    <message>
        <source>e.g. site, stakeholder_group, interview_date</source>
        <translation>p. ex. site, groupe_parties_prenantes, date_entretien</translation>
    </message>
    <message>
        <source>One value per line</source>
        <translation>Une valeur par ligne</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Allowed values:</source>
        <translation>Valeurs autorisées&#xa0;:</translation>
    </message>
    <message>
        <source>Give the attribute a name.</source>
        <translation>Donnez un nom à l&apos;attribut.</translation>
    </message>
    <message>
        <source>There is already an attribute called “{name}”.</source>
        <translation>Il existe déjà un attribut nommé «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Pasted {n} value.</source>
        <translation>{n} valeur collée.</translation>
    </message>
    <message>
        <source>Pasted {n} values.</source>
        <translation>{n} valeurs collées.</translation>
    </message>
    <message>
        <source>{n} value did not fit the table (or fell on the name column) and was left out.</source>
        <translation>{n} valeur ne tenait pas dans le tableau (ou tombait sur la colonne du nom) et a été ignorée.</translation>
    </message>
    <message>
        <source>{n} values did not fit the table (or fell on the name column) and were left out.</source>
        <translation>{n} valeurs ne tenaient pas dans le tableau (ou tombaient sur la colonne du nom) et ont été ignorées.</translation>
    </message>
    <message>
        <source>Attribute values</source>
        <translation>Valeurs d&apos;attributs</translation>
    </message>
    <message>
        <source>One row per document or participant, one column per attribute</source>
        <translation>Une ligne par document ou participant, une colonne par attribut</translation>
    </message>
    <message>
        <source>Add attribute…</source>
        <translation>Ajouter un attribut…</translation>
    </message>
    <message>
        <source>Edit attribute…</source>
        <translation>Modifier l&apos;attribut…</translation>
    </message>
    <message>
        <source>Delete attribute…</source>
        <translation>Supprimer l&apos;attribut…</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Ajouter un participant…</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>Mémo…</translation>
    </message>
    <message>
        <source>Your notes on the selected participant</source>
        <translation>Vos notes sur le participant sélectionné</translation>
    </message>
    <message>
        <source>Added the attribute “{name}”.</source>
        <translation>Attribut «&#xa0;{name}&#xa0;» ajouté.</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation>{n} ligne</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} lignes</translation>
    </message>
    <message>
        <source>Delete the attribute “{name}” and its values on {rows}?</source>
        <translation>Supprimer l&apos;attribut «&#xa0;{name}&#xa0;» et ses valeurs sur {rows}&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the attribute “{name}”?</source>
        <translation>Supprimer l&apos;attribut «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Delete attribute</source>
        <translation>Supprimer l&apos;attribut</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Vous pourrez annuler cette action.</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Name of the participant:</source>
        <translation>Nom du participant&#xa0;:</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. Paste cells copied from a spreadsheet with Ctrl+V; Ctrl+C copies, Delete clears. Ctrl+Z undoes.</source>
        <translation>Double-cliquez sur une cellule pour la modifier. Collez des cellules copiées d&apos;un tableur avec Ctrl+V&#xa0;; Ctrl+C copie, Suppr efface. Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>attributes_model</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>{name} ({type})</source>
        <translation>{name} ({type})</translation>
    </message>
    <message>
        <source>Values: {values}</source>
        <translation>Valeurs&#xa0;: {values}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>codebook.dialogs</name>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>What this code means.</source>
        <translation>Ce que signifie ce code.</translation>
    </message>
    <message>
        <source>Include when</source>
        <translation>Inclure quand</translation>
    </message>
    <message>
        <source>When to apply it.</source>
        <translation>Quand l&apos;appliquer.</translation>
    </message>
    <message>
        <source>Exclude when</source>
        <translation>Exclure quand</translation>
    </message>
    <message>
        <source>When not to apply it (and which code to use instead).</source>
        <translation>Quand ne pas l&apos;appliquer (et quel code utiliser à la place).</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>A typical excerpt.</source>
        <translation>Un extrait typique.</translation>
    </message>
    <message>
        <source>protanopia</source>
        <translation>protanopie</translation>
    </message>
    <message>
        <source>deuteranopia</source>
        <translation>deutéranopie</translation>
    </message>
    <message>
        <source>tritanopia</source>
        <translation>tritanopie</translation>
    </message>
    <message>
        <source>Edit code</source>
        <translation>Modifier le code</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <source>Code name</source>
        <translation>Nom du code</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Sous</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Save the code (Ctrl+Return)</source>
        <translation>Enregistrer le code (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Your notes on this code: how its use evolves, doubts, ideas.</source>
        <translation>Vos notes sur ce code&#xa0;: l&apos;évolution de son usage, doutes, idées.</translation>
    </message>
    <message>
        <source>The code memo (a note in REFI-QDA exports)</source>
        <translation>Le mémo du code (une note dans les exports REFI-QDA)</translation>
    </message>
    <message>
        <source>Code color</source>
        <translation>Couleur du code</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Low contrast on the {themes} themes ({ratio}:1; stripes need {need}:1).</source>
        <translation>Contraste faible dans les thèmes {themes} ({ratio}:1&#xa0;; les bandes demandent {need}:1).</translation>
    </message>
    <message>
        <source>Low contrast on the {themes} theme ({ratio}:1; stripes need {need}:1).</source>
        <translation>Contraste faible dans le thème {themes} ({ratio}:1&#xa0;; les bandes demandent {need}:1).</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> et {n} autres</translation>
    </message>
    <message>
        <source> (for people with {vision})</source>
        <translation> (pour les personnes atteintes de {vision})</translation>
    </message>
    <message>
        <source>Hard to tell from {codes}{more}{how}.</source>
        <translation>Difficile à distinguer de {codes}{more}{how}.</translation>
    </message>
</context>
<context>
    <name>codebook.model</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>{n} coding</source>
        <translation>{n} codage</translation>
    </message>
    <message>
        <source>{n} codings</source>
        <translation>{n} codages</translation>
    </message>
    <message>
        <source>, {n} with subcodes</source>
        <translation>, {n} avec les sous-codes</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inclure</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;{label}&#xa0;:&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>Hidden in the document viewer</source>
        <translation>Masqué dans la visionneuse de documents</translation>
    </message>
    <message>
        <source>quick key {key}</source>
        <translation>touche rapide {key}</translation>
    </message>
    <message>
        <source>no quick key</source>
        <translation>aucune touche rapide</translation>
    </message>
    <message>
        <source>hidden in the document viewer</source>
        <translation>masqué dans la visionneuse de documents</translation>
    </message>
    <message>
        <source>under {code}</source>
        <translation>sous {code}</translation>
    </message>
    <message>
        <source>definition: {text}</source>
        <translation>définition&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Move code</source>
        <translation>Déplacer le code</translation>
    </message>
    <message>
        <source>Move codes</source>
        <translation>Déplacer les codes</translation>
    </message>
</context>
<context>
    <name>codebook.panel</name>
    <message>
        <source>{n} subcode</source>
        <translation>{n} sous-code</translation>
    </message>
    <message>
        <source>{n} subcodes</source>
        <translation>{n} sous-codes</translation>
    </message>
    <message>
        <source>Delete {names} and {subcodes}?</source>
        <translation>Supprimer {names} et {subcodes}&#xa0;?</translation>
    </message>
    <message>
        <source>Delete {names}?</source>
        <translation>Supprimer {names}&#xa0;?</translation>
    </message>
    <message>
        <source>{n} coding will be removed.</source>
        <translation>{n} codage sera supprimé.</translation>
    </message>
    <message>
        <source>{n} codings will be removed.</source>
        <translation>{n} codages seront supprimés.</translation>
    </message>
    <message>
        <source>No codings use it.</source>
        <translation>Aucun codage ne l&apos;utilise.</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Vous pourrez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Filter codes</source>
        <translation>Filtrer les codes</translation>
    </message>
    <message>
        <source>Shows only the codes whose name matches</source>
        <translation>Affiche seulement les codes dont le nom correspond</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <source>New subcode</source>
        <translation>Nouveau sous-code</translation>
    </message>
    <message>
        <source>Edit code…</source>
        <translation>Modifier le code…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <source>Delete code…</source>
        <translation>Supprimer le code…</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Livre de codes</translation>
    </message>
    <message>
        <source>Codes and subcodes with their number of codings and quick keys. Enter applies one.</source>
        <translation>Codes et sous-codes avec leur nombre de codages et leurs touches rapides. Entrée en applique un.</translation>
    </message>
    <message>
        <source>Edit code</source>
        <translation>Modifier le code</translation>
    </message>
    <message>
        <source>Color of {name}</source>
        <translation>Couleur de {name}</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>Supprimer le code</translation>
    </message>
    <message>
        <source>Delete {n} codes</source>
        <translation>Supprimer {n} codes</translation>
    </message>
    <message>
        <source>Deleted {n} code</source>
        <translation>{n} code supprimé</translation>
    </message>
    <message>
        <source>Deleted {n} codes</source>
        <translation>{n} codes supprimés</translation>
    </message>
    <message>
        <source>{n} coding</source>
        <translation>{n} codage</translation>
    </message>
    <message>
        <source>{n} codings</source>
        <translation>{n} codages</translation>
    </message>
    <message>
        <source>{deleted} and {codings}.</source>
        <translation>{deleted} et {codings}.</translation>
    </message>
    <message>
        <source>Merge “{name}” into…</source>
        <translation>Fusionner «&#xa0;{name}&#xa0;» dans…</translation>
    </message>
    <message>
        <source>“{name}” and its {codings} move into the code you choose; its subcodes move along. Undo with Ctrl+Z.</source>
        <translation>«&#xa0;{name}&#xa0;» et ses {codings} passent dans le code choisi&#xa0;; ses sous-codes suivent. Annulez avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Color…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Quick-code key</source>
        <translation>Touche de codage rapide</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Show codings in the viewer</source>
        <translation>Afficher les codages dans la visionneuse</translation>
    </message>
    <message>
        <source>Hide codings in the viewer</source>
        <translation>Masquer les codages dans la visionneuse</translation>
    </message>
    <message>
        <source>Import codebook…</source>
        <translation>Importer un livre de codes…</translation>
    </message>
    <message>
        <source>Export codebook…</source>
        <translation>Exporter le livre de codes…</translation>
    </message>
    <message>
        <source>Codebook import is not available in this version.</source>
        <translation>L&apos;import de livres de codes n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Import codebook</source>
        <translation>Importer un livre de codes</translation>
    </message>
    <message>
        <source>Codebooks (*.csv *.xlsx *.qdc *.qdpx);;All files (*)</source>
        <translation>Livres de codes (*.csv *.xlsx *.qdc *.qdpx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The codebook could not be imported.</source>
        <translation>Le livre de codes n&apos;a pas pu être importé.</translation>
    </message>
    <message>
        <source>{n} new code</source>
        <translation>{n} nouveau code</translation>
    </message>
    <message>
        <source>{n} new codes</source>
        <translation>{n} nouveaux codes</translation>
    </message>
    <message>
        <source>Codebook imported: {new}, {updated} updated, {unchanged} unchanged.</source>
        <translation>Livre de codes importé&#xa0;: {new}, {updated} mis à jour, {unchanged} inchangés.</translation>
    </message>
    <message>
        <source>Codebook imported: {new}, {matched} already in the codebook.</source>
        <translation>Livre de codes importé&#xa0;: {new}, {matched} déjà dans le livre de codes.</translation>
    </message>
    <message>
        <source>Codebook export is not available in this version.</source>
        <translation>L&apos;export de livres de codes n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Exporter le livre de codes</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>The codebook could not be exported.</source>
        <translation>Le livre de codes n&apos;a pas pu être exporté.</translation>
    </message>
    <message>
        <source>Exported {n} codes to {path}.</source>
        <translation>{n} codes exportés vers {path}.</translation>
    </message>
</context>
<context>
    <name>coder</name>
    <message>
        <source>Who is coding? Your name is recorded with every coding you make,
so coders can be compared later.</source>
        <translation>Qui code&#xa0;? Votre nom est enregistré avec chaque codage que vous faites,
pour pouvoir comparer les codeurs plus tard.</translation>
    </message>
    <message>
        <source>Code as:</source>
        <translation>Coder en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
</context>
<context>
    <name>coding.controller</name>
    <message>
        <source>Quick code {n}</source>
        <translation>Code rapide {n}</translation>
    </message>
    <message>
        <source>Apply code…</source>
        <translation>Appliquer un code…</translation>
    </message>
    <message>
        <source>Type to find a code and apply it to the selection</source>
        <translation>Tapez pour trouver un code et l&apos;appliquer à la sélection</translation>
    </message>
    <message>
        <source>In-vivo code</source>
        <translation>Code in vivo</translation>
    </message>
    <message>
        <source>Create a code named from the selected words and apply it</source>
        <translation>Créer un code nommé d&apos;après les mots sélectionnés et l&apos;appliquer</translation>
    </message>
    <message>
        <source>Code sentence</source>
        <translation>Coder la phrase</translation>
    </message>
    <message>
        <source>Code paragraph</source>
        <translation>Coder le paragraphe</translation>
    </message>
    <message>
        <source>Code speaker turn</source>
        <translation>Coder le tour de parole</translation>
    </message>
    <message>
        <source>Snap selection to sentences</source>
        <translation>Ajuster la sélection aux phrases</translation>
    </message>
    <message>
        <source>Widen the selection to whole sentences</source>
        <translation>Étendre la sélection à des phrases entières</translation>
    </message>
    <message>
        <source>Select coding at cursor</source>
        <translation>Sélectionner le codage au curseur</translation>
    </message>
    <message>
        <source>Select the coding under the cursor; again: the next one there</source>
        <translation>Sélectionne le codage sous le curseur&#xa0;; à nouveau&#xa0;: le suivant à cet endroit</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Retirer le codage</translation>
    </message>
    <message>
        <source>Coding memo…</source>
        <translation>Mémo du codage…</translation>
    </message>
    <message>
        <source>Star as exemplar</source>
        <translation>Marquer comme exemplaire</translation>
    </message>
    <message>
        <source>Fit coding to selection</source>
        <translation>Ajuster le codage à la sélection</translation>
    </message>
    <message>
        <source>Extend coding end by a word</source>
        <translation>Étendre la fin du codage d&apos;un mot</translation>
    </message>
    <message>
        <source>Shrink coding end by a word</source>
        <translation>Réduire la fin du codage d&apos;un mot</translation>
    </message>
    <message>
        <source>Extend coding start by a word</source>
        <translation>Étendre le début du codage d&apos;un mot</translation>
    </message>
    <message>
        <source>Shrink coding start by a word</source>
        <translation>Réduire le début du codage d&apos;un mot</translation>
    </message>
    <message>
        <source>Coding needs a coder name.</source>
        <translation>Le codage nécessite un nom de codeur.</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codage</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Ouvrez d&apos;abord un document.</translation>
    </message>
    <message>
        <source>Select some text first, then choose a code.</source>
        <translation>Sélectionnez d&apos;abord du texte, puis choisissez un code.</translation>
    </message>
    <message>
        <source>Coded as “{code}” — Ctrl+Z to undo</source>
        <translation>Codé «&#xa0;{code}&#xa0;» — Ctrl+Z pour annuler</translation>
    </message>
    <message>
        <source>No code is bound to key {n}: right-click a code in the codebook → Quick-code key.</source>
        <translation>Aucun code n&apos;est associé à la touche {n}&#xa0;: clic droit sur un code du livre de codes → Touche de codage rapide.</translation>
    </message>
    <message>
        <source>Apply code</source>
        <translation>Appliquer un code</translation>
    </message>
    <message>
        <source>Select the words to use as the code name.</source>
        <translation>Sélectionnez les mots à utiliser comme nom du code.</translation>
    </message>
    <message>
        <source>In-vivo code {name}</source>
        <translation>Code in vivo {name}</translation>
    </message>
    <message>
        <source>New in-vivo code “{name}” — Ctrl+Z to undo</source>
        <translation>Nouveau code in vivo «&#xa0;{name}&#xa0;» — Ctrl+Z pour annuler</translation>
    </message>
    <message>
        <source>There is no sentence at the cursor.</source>
        <translation>Il n&apos;y a pas de phrase au curseur.</translation>
    </message>
    <message>
        <source>There is no paragraph at the cursor.</source>
        <translation>Il n&apos;y a pas de paragraphe au curseur.</translation>
    </message>
    <message>
        <source>There is no speaker turn at the cursor.</source>
        <translation>Il n&apos;y a pas de tour de parole au curseur.</translation>
    </message>
    <message>
        <source>Select some text first: it widens to the sentences it touches.</source>
        <translation>Sélectionnez d&apos;abord du texte&#xa0;: il s&apos;étendra aux phrases qu&apos;il touche.</translation>
    </message>
    <message>
        <source>No coding at the cursor.</source>
        <translation>Aucun codage au curseur.</translation>
    </message>
    <message>
        <source>Selected “{code}” by {coder}</source>
        <translation>Sélectionné&#xa0;: «&#xa0;{code}&#xa0;» par {coder}</translation>
    </message>
    <message>
        <source> ({n} of {total} here)</source>
        <translation> ({n} sur {total} ici)</translation>
    </message>
    <message>
        <source>Coding removed — Ctrl+Z to undo</source>
        <translation>Codage retiré — Ctrl+Z pour annuler</translation>
    </message>
    <message>
        <source>Coding memo</source>
        <translation>Mémo du codage</translation>
    </message>
    <message>
        <source>Memo on this “{code}” coding:</source>
        <translation>Mémo sur ce codage «&#xa0;{code}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>Mémo…</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Retirer des exemplaires</translation>
    </message>
    <message>
        <source>Fit to selection</source>
        <translation>Ajuster à la sélection</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Quick codes</source>
        <translation>Codes rapides</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>coding.finder</name>
    <message>
        <source>Apply code</source>
        <translation>Appliquer un code</translation>
    </message>
    <message>
        <source>Find a code</source>
        <translation>Trouver un code</translation>
    </message>
    <message>
        <source>Type part of a code&apos;s name; Enter applies the chosen code</source>
        <translation>Tapez une partie du nom d&apos;un code&#xa0;; Entrée applique le code choisi</translation>
    </message>
    <message>
        <source>Type to filter codes, Enter to apply</source>
        <translation>Tapez pour filtrer les codes, Entrée pour appliquer</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>The codes matching what you typed, with their quick keys</source>
        <translation>Les codes correspondant à votre saisie, avec leurs touches rapides</translation>
    </message>
</context>
<context>
    <name>command_names</name>
    <message>
        <source>Add attribute</source>
        <translation>Ajouter un attribut</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Add participants</source>
        <translation>Ajouter des participants</translation>
    </message>
    <message>
        <source>Assign documents</source>
        <translation>Attribuer des documents</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Plusieurs modifications</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Code query results</source>
        <translation>Coder les résultats de la requête</translation>
    </message>
    <message>
        <source>Code selection</source>
        <translation>Coder la sélection</translation>
    </message>
    <message>
        <source>Delete attribute</source>
        <translation>Supprimer l’attribut</translation>
    </message>
    <message>
        <source>Delete code</source>
        <translation>Supprimer le code</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Supprimer le document</translation>
    </message>
    <message>
        <source>Edit attribute</source>
        <translation>Modifier l’attribut</translation>
    </message>
    <message>
        <source>Edit code</source>
        <translation>Modifier le code</translation>
    </message>
    <message>
        <source>Edit coding</source>
        <translation>Modifier le codage</translation>
    </message>
    <message>
        <source>Edit memo</source>
        <translation>Modifier le mémo</translation>
    </message>
    <message>
        <source>Edit speaker</source>
        <translation>Modifier le locuteur</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>Modifier le résumé</translation>
    </message>
    <message>
        <source>Import document</source>
        <translation>Importer le document</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Importer des documents</translation>
    </message>
    <message>
        <source>Import survey answers</source>
        <translation>Importer des réponses d’enquête</translation>
    </message>
    <message>
        <source>Link recording</source>
        <translation>Lier l’enregistrement</translation>
    </message>
    <message>
        <source>Link speaker</source>
        <translation>Lier le locuteur</translation>
    </message>
    <message>
        <source>Mark speaker turns</source>
        <translation>Marquer les tours de parole</translation>
    </message>
    <message>
        <source>Merge codes</source>
        <translation>Fusionner des codes</translation>
    </message>
    <message>
        <source>Merge speakers</source>
        <translation>Fusionner des locuteurs</translation>
    </message>
    <message>
        <source>New code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <source>Re-link recordings</source>
        <translation>Relier les enregistrements</translation>
    </message>
    <message>
        <source>Read times from the text</source>
        <translation>Lire les horaires dans le texte</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>Redact documents</source>
        <translation>Anonymiser des documents</translation>
    </message>
    <message>
        <source>Remove coding</source>
        <translation>Retirer le codage</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Renommer le document</translation>
    </message>
    <message>
        <source>Rename participant</source>
        <translation>Renommer le participant</translation>
    </message>
    <message>
        <source>Save query</source>
        <translation>Enregistrer la requête</translation>
    </message>
    <message>
        <source>Set attribute values</source>
        <translation>Définir des valeurs d’attributs</translation>
    </message>
    <message>
        <source>Set attributes</source>
        <translation>Définir des attributs</translation>
    </message>
    <message>
        <source>Start consensus from agreements</source>
        <translation>Commencer le consensus par les accords</translation>
    </message>
    <message>
        <source>Unlink recording</source>
        <translation>Délier l’enregistrement</translation>
    </message>
    <message>
        <source>New code {name}</source>
        <translation>Nouveau code {name}</translation>
    </message>
    <message>
        <source>Delete code {name}</source>
        <translation>Supprimer le code {name}</translation>
    </message>
    <message>
        <source>Add participant {name}</source>
        <translation>Ajouter le participant {name}</translation>
    </message>
    <message>
        <source>Add attribute {name}</source>
        <translation>Ajouter l’attribut {name}</translation>
    </message>
    <message>
        <source>Save query {name}</source>
        <translation>Enregistrer la requête {name}</translation>
    </message>
    <message>
        <source>Code query results as {name}</source>
        <translation>Coder les résultats de la requête comme {name}</translation>
    </message>
    <message>
        <source>Redact documents ({n})</source>
        <translation>Anonymiser des documents ({n})</translation>
    </message>
    <message>
        <source>Reconcile disagreements ({n})</source>
        <translation>Concilier des désaccords ({n})</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
</context>
<context>
    <name>core_errors</name>
    <message>
        <source>the confidence level must be between 0 and 1 (e.g. 0.95)</source>
        <translation>le niveau de confiance doit être compris entre 0 et 1 (p. ex. 0,95)</translation>
    </message>
    <message>
        <source>the seed must be a non-negative integer</source>
        <translation>la graine doit être un entier positif ou nul</translation>
    </message>
    <message>
        <source>a nominal group needs 1 to 62 distinct codes</source>
        <translation>un groupe nominal doit avoir de 1 à 62 codes distincts</translation>
    </message>
    <message>
        <source>confidence intervals are computed for pooled figures (--pooling pooled)</source>
        <translation>les intervalles de confiance se calculent pour les chiffres regroupés (--pooling pooled)</translation>
    </message>
    <message>
        <source>a coder is listed twice</source>
        <translation>un codeur figure deux fois</translation>
    </message>
    <message>
        <source>a code is listed twice</source>
        <translation>un code figure deux fois</translation>
    </message>
    <message>
        <source>a document is listed twice</source>
        <translation>un document figure deux fois</translation>
    </message>
    <message>
        <source>unitizing alpha is defined on the character continuum</source>
        <translation>l&apos;alpha d&apos;unitisation se définit sur le continuum de caractères</translation>
    </message>
    <message>
        <source>sentence units need unit spans for every document</source>
        <translation>les unités phrase nécessitent les segments d&apos;unité de chaque document</translation>
    </message>
    <message>
        <source>paragraph units need unit spans for every document</source>
        <translation>les unités paragraphe nécessitent les segments d&apos;unité de chaque document</translation>
    </message>
    <message>
        <source>turn units need unit spans for every document</source>
        <translation>les unités tour de parole nécessitent les segments d&apos;unité de chaque document</translation>
    </message>
    <message>
        <source>a sentence scope needs the documents&apos; texts</source>
        <translation>une portée phrase nécessite le texte des documents</translation>
    </message>
    <message>
        <source>a paragraph scope needs the documents&apos; texts</source>
        <translation>une portée paragraphe nécessite le texte des documents</translation>
    </message>
    <message>
        <source>expected a quoted code path, found a parenthesis</source>
        <translation>chemin de code entre guillemets attendu, parenthèse trouvée</translation>
    </message>
    <message>
        <source>the appendix is written as .docx or .xlsx, not a file without a suffix</source>
        <translation>l&apos;annexe s&apos;écrit en .docx ou .xlsx, pas dans un fichier sans extension</translation>
    </message>
    <message>
        <source>no lemmas given</source>
        <translation>aucun lemme indiqué</translation>
    </message>
    <message>
        <source>no speaker given</source>
        <translation>aucun locuteur indiqué</translation>
    </message>
    <message>
        <source>the case table is written as csv, xlsx or sav, not &apos;a file without a suffix&apos;</source>
        <translation>le tableau des cas s&apos;écrit en csv, xlsx ou sav, pas dans un fichier sans extension</translation>
    </message>
    <message>
        <source>no training rounds yet: add one with &apos;qcoder round add PROJECT NAME DOCUMENT...&apos;</source>
        <translation>pas encore de tour de formation&#xa0;: ajoutez-en un avec &apos;qcoder round add PROJECT NAME DOCUMENT...&apos;</translation>
    </message>
    <message>
        <source>--cases is documents, participants, or one or two attribute names</source>
        <translation>--cases vaut documents, participants, ou un ou deux noms d&apos;attributs</translation>
    </message>
    <message>
        <source>a case names one or two different attributes</source>
        <translation>un cas nomme un ou deux attributs différents</translation>
    </message>
    <message>
        <source>a case is ATTR=VALUE[|ATTR=VALUE], document:NAME or participant:NAME</source>
        <translation>un cas s&apos;écrit ATTR=VALUE[|ATTR=VALUE], document:NAME ou participant:NAME</translation>
    </message>
    <message>
        <source>not a qcoder codings file</source>
        <translation>ce n&apos;est pas un fichier de codages qcoder</translation>
    </message>
    <message>
        <source>a code name cannot be empty</source>
        <translation>un nom de code ne peut pas être vide</translation>
    </message>
    <message>
        <source>a coder name cannot be empty</source>
        <translation>un nom de codeur ne peut pas être vide</translation>
    </message>
    <message>
        <source>the schema script changed while the project was created</source>
        <translation>le script du schéma a changé pendant la création du projet</translation>
    </message>
    <message>
        <source>no interview date to order by: add a document attribute of type date (or one named interview_date or date)</source>
        <translation>aucune date d&apos;entretien pour ordonner&#xa0;: ajoutez un attribut de document de type date (ou nommé interview_date ou date)</translation>
    </message>
    <message>
        <source>only a lead may make this change; a coder may change only their own codings and memos</source>
        <translation>seul un responsable peut faire cette modification&#xa0;; un codeur ne peut modifier que ses propres codages et mémos</translation>
    </message>
    <message>
        <source>attribute not found: {key}</source>
        <translation>attribut introuvable&#xa0;: {key}</translation>
    </message>
    <message>
        <source>case not found: {key}</source>
        <translation>cas introuvable&#xa0;: {key}</translation>
    </message>
    <message>
        <source>code not found: {key}</source>
        <translation>code introuvable&#xa0;: {key}</translation>
    </message>
    <message>
        <source>coder not found: {key}</source>
        <translation>codeur introuvable&#xa0;: {key}</translation>
    </message>
    <message>
        <source>coding not found: {key}</source>
        <translation>codage introuvable&#xa0;: {key}</translation>
    </message>
    <message>
        <source>document not found: {key}</source>
        <translation>document introuvable&#xa0;: {key}</translation>
    </message>
    <message>
        <source>memo not found: {key}</source>
        <translation>mémo introuvable&#xa0;: {key}</translation>
    </message>
    <message>
        <source>participant not found: {key}</source>
        <translation>participant introuvable&#xa0;: {key}</translation>
    </message>
    <message>
        <source>saved query not found: {key}</source>
        <translation>requête enregistrée introuvable&#xa0;: {key}</translation>
    </message>
    <message>
        <source>speaker not found: {key}</source>
        <translation>locuteur introuvable&#xa0;: {key}</translation>
    </message>
    <message>
        <source>a attribute named &apos;{name}&apos; already exists</source>
        <translation>un attribut nommé «&#xa0;{name}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>a case named &apos;{name}&apos; already exists</source>
        <translation>un cas nommé «&#xa0;{name}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>a code named &apos;{name}&apos; already exists</source>
        <translation>un code nommé «&#xa0;{name}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>a coder named &apos;{name}&apos; already exists</source>
        <translation>un codeur nommé «&#xa0;{name}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>a coding named &apos;{name}&apos; already exists</source>
        <translation>un codage nommé «&#xa0;{name}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>a document named &apos;{name}&apos; already exists</source>
        <translation>un document nommé «&#xa0;{name}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>a memo named &apos;{name}&apos; already exists</source>
        <translation>un mémo nommé «&#xa0;{name}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>a participant named &apos;{name}&apos; already exists</source>
        <translation>un participant nommé «&#xa0;{name}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>a saved query named &apos;{name}&apos; already exists</source>
        <translation>une requête enregistrée nommée «&#xa0;{name}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>a speaker named &apos;{name}&apos; already exists</source>
        <translation>un locuteur nommé «&#xa0;{name}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>{name}: same text as the document {existing} already in the project</source>
        <translation>{name}&#xa0;: même texte que le document {existing}, déjà présent dans le projet</translation>
    </message>
    <message>
        <source>offsets [{start}, {end}) are not a non-empty span inside a text of {length} characters</source>
        <translation>les positions [{start}, {end}) ne forment pas un segment non vide dans un texte de {length} caractères</translation>
    </message>
    <message>
        <source>cannot move code {code} under its own descendant {parent}</source>
        <translation>impossible de déplacer le code {code} sous son propre descendant {parent}</translation>
    </message>
    <message>
        <source>the project was written by a newer qcoder (schema revision {found}); upgrade qcoder to open it</source>
        <translation>le projet a été écrit par un qcoder plus récent (révision du schéma {found})&#xa0;; mettez qcoder à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>{what}: {n} bad row(s), nothing imported: {shown}</source>
        <translation>{what}&#xa0;: lignes incorrectes&#xa0;: {n}&#xa0;; rien n&apos;a été importé&#xa0;: {shown}</translation>
    </message>
    <message>
        <source>encrypted projects need SQLCipher, which is not available here: the Python package &apos;sqlcipher3&apos; is not installed ({reason}); install it with &apos;pip install sqlcipher3&apos;</source>
        <translation>les projets chiffrés nécessitent SQLCipher, qui n&apos;est pas disponible ici&#xa0;: le paquet Python &apos;sqlcipher3&apos; n&apos;est pas installé ({reason})&#xa0;; installez-le avec &apos;pip install sqlcipher3&apos;</translation>
    </message>
    <message>
        <source>{path} is a symbolic link; qcoder does not write through links</source>
        <translation>{path} est un lien symbolique&#xa0;; qcoder n&apos;écrit pas à travers les liens</translation>
    </message>
    <message>
        <source>{name} cannot be opened as a project: {reason}</source>
        <translation>{name} ne peut pas être ouvert comme projet&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} is a database but not a qcoder project</source>
        <translation>{name} est une base de données, mais pas un projet qcoder</translation>
    </message>
    <message>
        <source>{name} is an empty database, not a qcoder project</source>
        <translation>{name} est une base de données vide, pas un projet qcoder</translation>
    </message>
    <message>
        <source>encrypted projects need SQLCipher, which is not available here: {reason}</source>
        <translation>les projets chiffrés nécessitent SQLCipher, qui n&apos;est pas disponible ici&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the Python package &apos;sqlcipher3&apos; is not installed ({reason}); install it with &apos;pip install sqlcipher3&apos;</source>
        <translation>le paquet Python &apos;sqlcipher3&apos; n&apos;est pas installé ({reason})&#xa0;; installez-le avec &apos;pip install sqlcipher3&apos;</translation>
    </message>
    <message>
        <source>{name} is encrypted (or is not a qcoder project): its passphrase is needed to open it</source>
        <translation>{name} est chiffré (ou n&apos;est pas un projet qcoder)&#xa0;: sa phrase secrète est nécessaire pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>wrong passphrase for {name} (or the file is not a qcoder project)</source>
        <translation>phrase secrète incorrecte pour {name} (ou le fichier n&apos;est pas un projet qcoder)</translation>
    </message>
    <message>
        <source>{name} is open read-only here; changes are not possible</source>
        <translation>{name} est ouvert ici en lecture seule&#xa0;; aucune modification n&apos;est possible</translation>
    </message>
    <message>
        <source>another qcoder process is writing to {name}; cannot {action} it now (wait for that command to finish, or close the project in the other window)</source>
        <translation>un autre processus qcoder écrit dans {name}&#xa0;; impossible d&apos;effectuer cette opération maintenant ({action}) (attendez la fin de cette commande, ou fermez le projet dans l&apos;autre fenêtre)</translation>
    </message>
    <message>
        <source>only a lead may make this change ({action}); a coder may change only their own codings and memos</source>
        <translation>seul un responsable peut faire cette modification ({action})&#xa0;; un codeur ne peut modifier que ses propres codages et mémos</translation>
    </message>
    <message>
        <source>the number of bootstrap draws must be between 1 and {n}</source>
        <translation>le nombre de tirages bootstrap doit être compris entre 1 et {n}</translation>
    </message>
    <message>
        <source>codes not among the compared codes: {names}</source>
        <translation>codes absents des codes comparés&#xa0;: {names}</translation>
    </message>
    <message>
        <source>no length given for document {name}</source>
        <translation>aucune longueur indiquée pour le document {name}</translation>
    </message>
    <message>
        <source>units of document {name} must be sorted, non-empty, non-overlapping spans inside its {length} characters; got ({start}, {end}) after offset {offset}</source>
        <translation>les unités du document {name} doivent être des segments triés, non vides et sans chevauchement dans ses {length} caractères&#xa0;; reçu ({start}, {end}) après la position {offset}</translation>
    </message>
    <message>
        <source>no unit spans given for document {name}</source>
        <translation>aucun segment d&apos;unité indiqué pour le document {name}</translation>
    </message>
    <message>
        <source>--where takes ATTR=VALUE, not {value}</source>
        <translation>--where prend ATTR=VALUE, pas {value}</translation>
    </message>
    <message>
        <source>a scope is overlap, sentence, turn, paragraph, document or a number of characters, not {value}</source>
        <translation>une portée vaut overlap, sentence, turn, paragraph, document ou un nombre de caractères, pas {value}</translation>
    </message>
    <message>
        <source>expected a quoted code path, found {found}</source>
        <translation>chemin de code entre guillemets attendu, trouvé {found}</translation>
    </message>
    <message>
        <source>unclosed quote {quote}</source>
        <translation>guillemet {quote} non fermé</translation>
    </message>
    <message>
        <source>expected AND, OR, NEAR or FOLLOWED BY, found {found}</source>
        <translation>AND, OR, NEAR ou FOLLOWED BY attendu, trouvé {found}</translation>
    </message>
    <message>
        <source>the appendix is written as .docx or .xlsx, not {suffix}</source>
        <translation>l&apos;annexe s&apos;écrit en .docx ou .xlsx, pas en {suffix}</translation>
    </message>
    <message>
        <source>the case table is written as csv, xlsx or sav, not {format}</source>
        <translation>le tableau des cas s&apos;écrit en csv, xlsx ou sav, pas en {format}</translation>
    </message>
    <message>
        <source>write the {format} case table to a file ending in .{format}, not {name}</source>
        <translation>écrivez le tableau des cas {format} dans un fichier se terminant par .{format}, pas dans {name}</translation>
    </message>
    <message>
        <source>the document {name} changed since it was reviewed; find identifiers again</source>
        <translation>le document {name} a changé depuis sa révision&#xa0;; recherchez à nouveau les identifiants</translation>
    </message>
    <message>
        <source>the document {name} changed since it was reviewed</source>
        <translation>le document {name} a changé depuis sa révision</translation>
    </message>
    <message>
        <source>unknown language {value}: give a code such as en, es, fr, de (or auto)</source>
        <translation>langue inconnue {value}&#xa0;: indiquez un code comme en, es, fr, de (ou auto)</translation>
    </message>
    <message>
        <source>a memo is on project, document:NAME, code:PATH or participant:NAME, not {value}</source>
        <translation>un mémo porte sur project, document:NAME, code:PATH ou participant:NAME, pas {value}</translation>
    </message>
    <message>
        <source>{name} cannot even be copied ({error}); nothing was changed. Restore a backup instead: qcoder restore {path} --latest</source>
        <translation>{name} ne peut même pas être copié ({error})&#xa0;; rien n&apos;a été modifié. Restaurez plutôt une sauvegarde&#xa0;: qcoder restore {path} --latest</translation>
    </message>
    <message>
        <source>the document attribute {name} exists and is not a category</source>
        <translation>l&apos;attribut de document {name} existe et n&apos;est pas une catégorie</translation>
    </message>
    <message>
        <source>turn [{start}, {end}) lies outside the text</source>
        <translation>le tour de parole [{start}, {end}) est en dehors du texte</translation>
    </message>
    <message>
        <source>unknown rule {rule} (alternate or marker)</source>
        <translation>règle inconnue {rule} (alternate ou marker)</translation>
    </message>
    <message>
        <source>not enough coded examples to learn from: each code needs at least {n} coded sentences</source>
        <translation>pas assez d&apos;exemples codés pour apprendre&#xa0;: chaque code doit avoir au moins {n} phrases codées</translation>
    </message>
    <message>
        <source>not enough coded examples to learn from: each code needs at least {n} coded turns</source>
        <translation>pas assez d&apos;exemples codés pour apprendre&#xa0;: chaque code doit avoir au moins {n} tours de parole codés</translation>
    </message>
    <message>
        <source>the ID column {name} cannot also be a text column</source>
        <translation>la colonne d&apos;identifiant {name} ne peut pas être aussi une colonne de texte</translation>
    </message>
    <message>
        <source>the column {name} is both a text and an attribute column</source>
        <translation>la colonne {name} est à la fois une colonne de texte et une colonne d&apos;attribut</translation>
    </message>
    <message>
        <source>--per must be &apos;answer&apos; or &apos;respondent&apos;, not {value}</source>
        <translation>--per doit valoir &apos;answer&apos; ou &apos;respondent&apos;, pas {value}</translation>
    </message>
    <message>
        <source>row {row}: the ID column {name} is empty</source>
        <translation>ligne {row}&#xa0;: la colonne d&apos;identifiant {name} est vide</translation>
    </message>
    <message>
        <source>respondent id {id} appears twice (rows {first} and {second})</source>
        <translation>l&apos;identifiant de répondant {id} figure deux fois (lignes {first} et {second})</translation>
    </message>
    <message>
        <source>{name}: write .csv or .xlsx</source>
        <translation>{name}&#xa0;: écrivez en .csv ou .xlsx</translation>
    </message>
    <message>
        <source>{url} is not a database URL (postgresql+psycopg://user@host/db)</source>
        <translation>{url} n&apos;est pas une URL de base de données (postgresql+psycopg://user@host/db)</translation>
    </message>
    <message>
        <source>{url} is not a server project&apos;s URL (postgresql+psycopg://user@host/db); pull copies server projects; for a project file use handout or backup, which keep its encryption</source>
        <translation>{url} n&apos;est pas l&apos;URL d&apos;un projet sur serveur (postgresql+psycopg://user@host/db)&#xa0;; pull copie les projets sur serveur&#xa0;; pour un fichier de projet, utilisez handout ou backup, qui conservent son chiffrement</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>{value} is not one of the values of {name}: {allowed}</source>
        <translation>{value} ne fait pas partie des valeurs de {name}&#xa0;: {allowed}</translation>
    </message>
    <message>
        <source>no code {name}: code paths separate levels with &apos; &gt; &apos; (write {path}); a code with &apos;/&apos; in its name is made in the codebook</source>
        <translation>aucun code {name}&#xa0;: les chemins de codes séparent les niveaux par &apos; &gt; &apos; (écrivez {path})&#xa0;; un code avec &apos;/&apos; dans son nom se crée dans le livre de codes</translation>
    </message>
    <message>
        <source>{value} is not a color of the form #RRGGBB</source>
        <translation>{value} n&apos;est pas une couleur de la forme #RRGGBB</translation>
    </message>
    <message>
        <source>not a #RRGGBB colour: {value}</source>
        <translation>pas une couleur #RRGGBB&#xa0;: {value}</translation>
    </message>
    <message>
        <source>a code name cannot contain control characters (U+{code} in {name})</source>
        <translation>un nom de code ne peut pas contenir de caractères de contrôle (U+{code} dans {name})</translation>
    </message>
    <message>
        <source>a coder name cannot contain control characters (U+{code} in {name})</source>
        <translation>un nom de codeur ne peut pas contenir de caractères de contrôle (U+{code} dans {name})</translation>
    </message>
    <message>
        <source>coding {id} refers to a document that is not in the project</source>
        <translation>le codage {id} renvoie à un document absent du projet</translation>
    </message>
    <message>
        <source>coding {id} refers to a code that is not in the project</source>
        <translation>le codage {id} renvoie à un code absent du projet</translation>
    </message>
    <message>
        <source>coding {id} spans [{start}, {end}) outside its document ({length} characters)</source>
        <translation>le codage {id} couvre [{start}, {end}), hors de son document ({length} caractères)</translation>
    </message>
    <message>
        <source>unknown locale {value}: use one of {known} or system</source>
        <translation>paramètres régionaux inconnus {value}&#xa0;: utilisez l&apos;un de {known} ou system</translation>
    </message>
    <message>
        <source>replacement [{start}, {end}) is not a span of a text of {length} characters</source>
        <translation>le remplacement [{start}, {end}) n&apos;est pas un segment d&apos;un texte de {length} caractères</translation>
    </message>
    <message>
        <source>replacements overlap at {at}</source>
        <translation>les remplacements se chevauchent à {at}</translation>
    </message>
    <message>
        <source>qcoder cannot use {driver}:// URLs; a server project is postgresql+psycopg://user@host/db (qcoder connects to PostgreSQL with psycopg)</source>
        <translation>qcoder ne peut pas utiliser les URL {driver}://&#xa0;; un projet sur serveur s&apos;écrit postgresql+psycopg://user@host/db (qcoder se connecte à PostgreSQL avec psycopg)</translation>
    </message>
    <message>
        <source>{path} is not a lock file of qcoder (a link or a special file); remove it</source>
        <translation>{path} n&apos;est pas un fichier de verrou de qcoder (un lien ou un fichier spécial)&#xa0;; supprimez-le</translation>
    </message>
    <message>
        <source>cannot create the project: {reason}</source>
        <translation>impossible de créer le projet&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the project database fails its integrity check: {summary}; rows breaking qcoder&apos;s rules can be set aside with: qcoder check URL --repair</source>
        <translation>la base de données du projet échoue à son contrôle d&apos;intégrité&#xa0;: {summary}&#xa0;; les lignes qui enfreignent les règles de qcoder peuvent être mises de côté avec&#xa0;: qcoder check URL --repair</translation>
    </message>
    <message>
        <source>code {name} was changed by someone else; reload and try again</source>
        <translation>le code {name} a été modifié par quelqu&apos;un d&apos;autre&#xa0;; rechargez et réessayez</translation>
    </message>
    <message>
        <source>{name} is not a plain PostgreSQL name (lower-case letters, digits, _)</source>
        <translation>{name} n&apos;est pas un nom PostgreSQL simple (minuscules, chiffres, _)</translation>
    </message>
    <message>
        <source>row {n}: {problem}</source>
        <translation>ligne {n}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>et {n} de plus</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>start and end must be whole numbers</source>
        <translation>le début et la fin doivent être des nombres entiers</translation>
    </message>
    <message>
        <source>start and end must be numbers</source>
        <translation>le début et la fin doivent être des nombres</translation>
    </message>
    <message>
        <source>empty code</source>
        <translation>code vide</translation>
    </message>
    <message>
        <source>empty coder</source>
        <translation>codeur vide</translation>
    </message>
    <message>
        <source>missing column(s): {names}</source>
        <translation>colonnes manquantes&#xa0;: {names}</translation>
    </message>
    <message>
        <source>offsets [{start}, {end}) are outside {name} ({length} characters)</source>
        <translation>les positions [{start}, {end}) sont hors de {name} ({length} caractères)</translation>
    </message>
    <message>
        <source>no &apos;code&apos; column (found: {found})</source>
        <translation>pas de colonne &apos;code&apos; (trouvées&#xa0;: {found})</translation>
    </message>
    <message>
        <source>{value} is not a color like #1F77B4</source>
        <translation>{value} n&apos;est pas une couleur comme #1F77B4</translation>
    </message>
    <message>
        <source>{path} appears twice</source>
        <translation>{path} figure deux fois</translation>
    </message>
    <message>
        <source>no finding at {document} [{start}, {end})</source>
        <translation>aucune détection à {document} [{start}, {end})</translation>
    </message>
    <message>
        <source>accept must be yes or no, not {value}</source>
        <translation>accept doit valoir yes ou no, pas {value}</translation>
    </message>
</context>
<context>
    <name>core_texts</name>
    <message>
        <source>Reading the project…</source>
        <translation>Lecture du projet…</translation>
    </message>
    <message>
        <source>Computing the matrix and its drafts…</source>
        <translation>Calcul de la matrice et de ses brouillons…</translation>
    </message>
    <message>
        <source>Rolling up the case summaries…</source>
        <translation>Regroupement des résumés des cas…</translation>
    </message>
    <message>
        <source>Reading the memos…</source>
        <translation>Lecture des mémos…</translation>
    </message>
    <message>
        <source>Counting new codes per document…</source>
        <translation>Comptage des nouveaux codes par document…</translation>
    </message>
    <message>
        <source>Computing agreement…</source>
        <translation>Calcul de l&apos;accord…</translation>
    </message>
    <message>
        <source>reading the project</source>
        <translation>lecture du projet</translation>
    </message>
    <message>
        <source>counting</source>
        <translation>comptage</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>codebook</source>
        <translation>livre de codes</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>codages</translation>
    </message>
    <message>
        <source>same text as a document already in the project</source>
        <translation>même texte qu&apos;un document déjà présent dans le projet</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>le disque est plein&#xa0;; libérez de l&apos;espace et réessayez</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>opération non permise</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>ceci est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>ce n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>the disk is full (or the project reached its size limit); free some space and try again</source>
        <translation>le disque est plein (ou le projet a atteint sa taille limite)&#xa0;; libérez de l&apos;espace et réessayez</translation>
    </message>
    <message>
        <source>the disk could not be read or written (disk I/O error); check the drive and try again</source>
        <translation>le disque n&apos;a pas pu être lu ou écrit (erreur d&apos;E/S)&#xa0;; vérifiez le lecteur et réessayez</translation>
    </message>
    <message>
        <source>the project is read-only here (file or folder permissions); nothing was changed</source>
        <translation>le projet est ici en lecture seule (droits du fichier ou du dossier)&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the project file or its folder cannot be opened (permissions, or a missing folder)</source>
        <translation>le fichier du projet ou son dossier ne peut pas être ouvert (droits, ou dossier manquant)</translation>
    </message>
    <message>
        <source>another program is writing to the project; try again in a moment</source>
        <translation>un autre programme écrit dans le projet&#xa0;; réessayez dans un instant</translation>
    </message>
    <message>
        <source>the project file is not a readable database (damaged, or encrypted with another passphrase)</source>
        <translation>le fichier du projet n&apos;est pas une base de données lisible (endommagé, ou chiffré avec une autre phrase secrète)</translation>
    </message>
    <message>
        <source>the project file is damaged; run &apos;qcoder check&apos; and restore a backup</source>
        <translation>le fichier du projet est endommagé&#xa0;; lancez &apos;qcoder check&apos; et restaurez une sauvegarde</translation>
    </message>
    <message>
        <source>someone else made the same change at the same time (a name already taken); try again</source>
        <translation>quelqu&apos;un d&apos;autre a fait la même modification au même moment (un nom déjà pris)&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>the change breaks one of the project&apos;s rules (e.g. offsets); nothing was changed</source>
        <translation>la modification enfreint une des règles du projet (p. ex. positions)&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the change refers to an item that no longer exists; reload and try again</source>
        <translation>la modification porte sur un élément qui n&apos;existe plus&#xa0;; rechargez et réessayez</translation>
    </message>
    <message>
        <source>the change leaves a required value empty; nothing was changed</source>
        <translation>la modification laisse vide une valeur obligatoire&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the operation was interrupted; nothing was changed</source>
        <translation>l&apos;opération a été interrompue&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the server refused this change: your database login lacks the permission (ask the project&apos;s lead)</source>
        <translation>le serveur a refusé cette modification&#xa0;: votre identifiant de base de données n&apos;a pas la permission (demandez au responsable du projet)</translation>
    </message>
    <message>
        <source>the change breaks one of the project&apos;s rules; nothing was changed</source>
        <translation>la modification enfreint une des règles du projet&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the server&apos;s disk is full; ask its administrator</source>
        <translation>le disque du serveur est plein&#xa0;; adressez-vous à son administrateur</translation>
    </message>
    <message>
        <source>another user changed the same data at the same time; try again</source>
        <translation>un autre utilisateur a modifié les mêmes données au même moment&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>the server cancelled the operation (time limit); nothing was changed</source>
        <translation>le serveur a annulé l&apos;opération (délai dépassé)&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the server refused the login (wrong user or password)</source>
        <translation>le serveur a refusé la connexion (utilisateur ou mot de passe incorrect)</translation>
    </message>
    <message>
        <source>the server refused the login</source>
        <translation>le serveur a refusé la connexion</translation>
    </message>
    <message>
        <source>the connection to the server failed; check the network and try again</source>
        <translation>la connexion au serveur a échoué&#xa0;; vérifiez le réseau et réessayez</translation>
    </message>
    <message>
        <source>the server is out of resources (disk, memory or connections); try again later</source>
        <translation>le serveur manque de ressources (disque, mémoire ou connexions)&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <source>the server refused the statement (permissions, or a database of another qcoder version)</source>
        <translation>le serveur a refusé l&apos;instruction (droits, ou base de données d&apos;une autre version de qcoder)</translation>
    </message>
    <message>
        <source>a code name cannot contain &apos;&gt;&apos; (it separates levels in code paths)</source>
        <translation>un nom de code ne peut pas contenir &apos;&gt;&apos; (il sépare les niveaux dans les chemins de codes)</translation>
    </message>
    <message>
        <source>backups of server projects are made with the server&apos;s own tools (pg_dump)</source>
        <translation>les sauvegardes des projets sur serveur se font avec les outils du serveur (pg_dump)</translation>
    </message>
    <message>
        <source>reading SPSS .sav files needs the pyreadstat package: pip install &apos;qcoder[survey]&apos;</source>
        <translation>la lecture des fichiers .sav de SPSS requiert le paquet pyreadstat&#xa0;: pip install &apos;qcoder[survey]&apos;</translation>
    </message>
    <message>
        <source>writing SPSS .sav files needs the pyreadstat package: pip install &apos;qcoder[survey]&apos;</source>
        <translation>l&apos;écriture des fichiers .sav de SPSS requiert le paquet pyreadstat&#xa0;: pip install &apos;qcoder[survey]&apos;</translation>
    </message>
    <message>
        <source>say how the interviewer&apos;s paragraphs start (for example Q:)</source>
        <translation>indiquez comment commencent les paragraphes de l&apos;intervieweur (par exemple Q&#xa0;:)</translation>
    </message>
    <message>
        <source>the file&apos;s structure is nested too deeply to be read</source>
        <translation>la structure du fichier est trop profondément imbriquée pour être lue</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheets are not supported: save the sheet as .xlsx or CSV</source>
        <translation>les feuilles de calcul OpenDocument ne sont pas prises en charge&#xa0;: enregistrez la feuille en .xlsx ou CSV</translation>
    </message>
    <message>
        <source>old Excel .xls files are not supported: save the sheet as .xlsx or CSV</source>
        <translation>les anciens fichiers Excel .xls ne sont pas pris en charge&#xa0;: enregistrez la feuille en .xlsx ou CSV</translation>
    </message>
    <message>
        <source>a code needs a name</source>
        <translation>un code doit avoir un nom</translation>
    </message>
    <message>
        <source>a coder needs a name</source>
        <translation>un codeur doit avoir un nom</translation>
    </message>
    <message>
        <source>a document needs a name</source>
        <translation>un document doit avoir un nom</translation>
    </message>
    <message>
        <source>a memo needs some text</source>
        <translation>un mémo doit contenir du texte</translation>
    </message>
    <message>
        <source>a participant needs a name</source>
        <translation>un participant doit avoir un nom</translation>
    </message>
    <message>
        <source>an attribute needs a name</source>
        <translation>un attribut doit avoir un nom</translation>
    </message>
    <message>
        <source>a saved query needs a name</source>
        <translation>une requête enregistrée doit avoir un nom</translation>
    </message>
    <message>
        <source>a speaker needs a label</source>
        <translation>un locuteur doit avoir une étiquette</translation>
    </message>
    <message>
        <source>a round needs a name</source>
        <translation>un tour doit avoir un nom</translation>
    </message>
    <message>
        <source>the consensus coder needs a name</source>
        <translation>le codeur de consensus doit avoir un nom</translation>
    </message>
    <message>
        <source>a placeholder cannot be empty</source>
        <translation>un texte de remplacement ne peut pas être vide</translation>
    </message>
    <message>
        <source>a coder may only change their own codings</source>
        <translation>un codeur ne peut modifier que ses propres codages</translation>
    </message>
    <message>
        <source>a coder may only change their own memos</source>
        <translation>un codeur ne peut modifier que ses propres mémos</translation>
    </message>
    <message>
        <source>a coder may only write memos in their own name</source>
        <translation>un codeur ne peut écrire des mémos qu&apos;en son propre nom</translation>
    </message>
    <message>
        <source>a coder may only write their own summaries</source>
        <translation>un codeur ne peut écrire que ses propres résumés</translation>
    </message>
    <message>
        <source>only a lead may change members</source>
        <translation>seul un responsable peut modifier les membres</translation>
    </message>
    <message>
        <source>only a lead may switch blind mode</source>
        <translation>seul un responsable peut changer le mode aveugle</translation>
    </message>
    <message>
        <source>a project on a server keeps no copies of recordings: link the file instead</source>
        <translation>un projet sur serveur ne garde pas de copie des enregistrements&#xa0;: liez plutôt le fichier</translation>
    </message>
    <message>
        <source>agreement needs at least two coders</source>
        <translation>l&apos;accord nécessite au moins deux codeurs</translation>
    </message>
    <message>
        <source>agreement needs at least two different coders</source>
        <translation>l&apos;accord nécessite au moins deux codeurs différents</translation>
    </message>
    <message>
        <source>agreement compares two or more coders</source>
        <translation>l&apos;accord compare deux codeurs ou plus</translation>
    </message>
    <message>
        <source>an empty passphrase cannot protect anything; choose a passphrase</source>
        <translation>une phrase secrète vide ne protège rien&#xa0;; choisissez une phrase secrète</translation>
    </message>
    <message>
        <source>an empty passphrase cannot protect anything; choose a passphrase for the copy</source>
        <translation>une phrase secrète vide ne protège rien&#xa0;; choisissez une phrase secrète pour la copie</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>choose a coder before coding</source>
        <translation>choisissez un codeur avant de coder</translation>
    </message>
    <message>
        <source>choose at least one text column (the open-ended answers)</source>
        <translation>choisissez au moins une colonne de texte (les réponses ouvertes)</translation>
    </message>
    <message>
        <source>choose coders or a consensus coder, not both</source>
        <translation>choisissez des codeurs ou un codeur de consensus, pas les deux</translation>
    </message>
    <message>
        <source>empty code path</source>
        <translation>chemin de code vide</translation>
    </message>
    <message>
        <source>empty query: name a code</source>
        <translation>requête vide&#xa0;: nommez un code</translation>
    </message>
    <message>
        <source>empty regular expression</source>
        <translation>expression régulière vide</translation>
    </message>
    <message>
        <source>missing closing parenthesis</source>
        <translation>parenthèse fermante manquante</translation>
    </message>
    <message>
        <source>expected a code path, found the end of the query</source>
        <translation>chemin de code attendu, fin de la requête trouvée</translation>
    </message>
    <message>
        <source>FOLLOWED must be followed by BY</source>
        <translation>FOLLOWED doit être suivi de BY</translation>
    </message>
    <message>
        <source>after / give a scope: overlap, sentence, turn, paragraph, document or a number</source>
        <translation>après / indiquez une portée&#xa0;: overlap, sentence, turn, paragraph, document ou un nombre</translation>
    </message>
    <message>
        <source>encryption is for project files; a server protects its databases itself</source>
        <translation>le chiffrement concerne les fichiers de projet&#xa0;; un serveur protège lui-même ses bases de données</translation>
    </message>
    <message>
        <source>every answer in the chosen text columns is blank: nothing to import</source>
        <translation>toutes les réponses des colonnes de texte choisies sont vides&#xa0;: rien à importer</translation>
    </message>
    <message>
        <source>members with database logins need a PostgreSQL project (a server URL)</source>
        <translation>les membres avec identifiant de base de données nécessitent un projet PostgreSQL (une URL de serveur)</translation>
    </message>
    <message>
        <source>roles and row-level security need a PostgreSQL project</source>
        <translation>les rôles et la sécurité au niveau des lignes nécessitent un projet PostgreSQL</translation>
    </message>
    <message>
        <source>not a database URL; a server project is postgresql+psycopg://user@host/db</source>
        <translation>ce n&apos;est pas une URL de base de données&#xa0;; un projet sur serveur est postgresql+psycopg://user@host/db</translation>
    </message>
    <message>
        <source>the database is not empty; create projects in an empty database</source>
        <translation>la base de données n&apos;est pas vide&#xa0;; créez les projets dans une base de données vide</translation>
    </message>
    <message>
        <source>redacting in place needs a backup file first</source>
        <translation>l&apos;anonymisation sur place nécessite d&apos;abord un fichier de sauvegarde</translation>
    </message>
    <message>
        <source>name the documents of the round</source>
        <translation>nommez les documents du tour</translation>
    </message>
    <message>
        <source>no keywords given</source>
        <translation>aucun mot-clé indiqué</translation>
    </message>
    <message>
        <source>no word to look for</source>
        <translation>aucun mot à chercher</translation>
    </message>
    <message>
        <source>no speaker group value given</source>
        <translation>aucune valeur de groupe de locuteurs indiquée</translation>
    </message>
    <message>
        <source>only speakers of the same document can be merged</source>
        <translation>seuls les locuteurs d&apos;un même document peuvent être fusionnés</translation>
    </message>
    <message>
        <source>say whose version to accept</source>
        <translation>indiquez quelle version accepter</translation>
    </message>
    <message>
        <source>accepting a version needs one of the compared coders</source>
        <translation>accepter une version nécessite l&apos;un des codeurs comparés</translation>
    </message>
    <message>
        <source>the document already has speaker turns</source>
        <translation>le document a déjà des tours de parole</translation>
    </message>
    <message>
        <source>the document has no paragraphs to give to speakers</source>
        <translation>le document n&apos;a pas de paragraphes à attribuer aux locuteurs</translation>
    </message>
    <message>
        <source>the report is a Word file: give a path ending in .docx</source>
        <translation>le rapport est un fichier Word&#xa0;: donnez un chemin se terminant par .docx</translation>
    </message>
    <message>
        <source>the codebook is empty: a .qdc file must hold at least one code</source>
        <translation>le livre de codes est vide&#xa0;: un fichier .qdc doit contenir au moins un code</translation>
    </message>
    <message>
        <source>not a file (it is a folder or a device)</source>
        <translation>ce n&apos;est pas un fichier (c&apos;est un dossier ou un périphérique)</translation>
    </message>
    <message>
        <source>permission denied: qcoder may not read this file</source>
        <translation>permission refusée&#xa0;: qcoder ne peut pas lire ce fichier</translation>
    </message>
    <message>
        <source>permission denied: qcoder may not read the attribute sheet</source>
        <translation>permission refusée&#xa0;: qcoder ne peut pas lire la feuille d&apos;attributs</translation>
    </message>
    <message>
        <source>permission denied: qcoder may not read the survey file</source>
        <translation>permission refusée&#xa0;: qcoder ne peut pas lire le fichier d&apos;enquête</translation>
    </message>
    <message>
        <source>the .odt file is password-protected; remove the password in LibreOffice (File &gt; Properties) and save it again</source>
        <translation>le fichier .odt est protégé par mot de passe&#xa0;; retirez le mot de passe dans LibreOffice (Fichier &gt; Propriétés) et enregistrez-le à nouveau</translation>
    </message>
    <message>
        <source>the PDF file is damaged: no page could be read</source>
        <translation>le fichier PDF est endommagé&#xa0;: aucune page n&apos;a pu être lue</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>le PDF n&apos;a aucune page</translation>
    </message>
    <message>
        <source>the PDF is password-protected; remove the password and try again</source>
        <translation>le PDF est protégé par mot de passe&#xa0;; retirez le mot de passe et réessayez</translation>
    </message>
    <message>
        <source>the attribute sheet does not exist (or is a folder)</source>
        <translation>la feuille d&apos;attributs n&apos;existe pas (ou est un dossier)</translation>
    </message>
    <message>
        <source>the attribute sheet has no header row (it is empty)</source>
        <translation>la feuille d&apos;attributs n&apos;a pas de ligne d&apos;en-tête (elle est vide)</translation>
    </message>
    <message>
        <source>the attribute sheet is empty</source>
        <translation>la feuille d&apos;attributs est vide</translation>
    </message>
    <message>
        <source>the caption file contains no caption text</source>
        <translation>le fichier de sous-titres ne contient aucun texte de sous-titre</translation>
    </message>
    <message>
        <source>the file does not exist (it may have been moved or deleted)</source>
        <translation>le fichier n&apos;existe pas (il a peut-être été déplacé ou supprimé)</translation>
    </message>
    <message>
        <source>the file is a Word template or macro-enabled document, not a plain .docx; open it in Word and save it as a Word Document (.docx)</source>
        <translation>le fichier est un modèle Word ou un document avec macros, pas un simple .docx&#xa0;; ouvrez-le dans Word et enregistrez-le comme Document Word (.docx)</translation>
    </message>
    <message>
        <source>the file is an OpenDocument file but not a text document (perhaps a spreadsheet or presentation)</source>
        <translation>le fichier est un fichier OpenDocument mais pas un document texte (peut-être un classeur ou une présentation)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the file is not a valid Word .docx package</source>
        <translation>le fichier n&apos;est pas un paquet .docx Word valide</translation>
    </message>
    <message>
        <source>the file is password-protected (encrypted Office document); remove the password in Word and save it again</source>
        <translation>le fichier est protégé par mot de passe (document Office chiffré)&#xa0;; retirez le mot de passe dans Word et enregistrez-le à nouveau</translation>
    </message>
    <message>
        <source>the file is too large to import (out of memory)</source>
        <translation>le fichier est trop volumineux pour être importé (mémoire insuffisante)</translation>
    </message>
    <message>
        <source>the survey file does not exist (or is a folder)</source>
        <translation>le fichier d&apos;enquête n&apos;existe pas (ou est un dossier)</translation>
    </message>
    <message>
        <source>the survey file has a header but no answers under it</source>
        <translation>le fichier d&apos;enquête a un en-tête mais aucune réponse en dessous</translation>
    </message>
    <message>
        <source>the survey file is empty</source>
        <translation>le fichier d&apos;enquête est vide</translation>
    </message>
    <message>
        <source>the workbook has no worksheets</source>
        <translation>le classeur n&apos;a aucune feuille de calcul</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>no project at {path}</source>
        <translation>aucun projet à {path}</translation>
    </message>
    <message>
        <source>{path} is not a qcoder project (not an SQLite database)</source>
        <translation>{path} n&apos;est pas un projet qcoder (ce n&apos;est pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>{path} already exists; a backup is written to a new file</source>
        <translation>{path} existe déjà&#xa0;; une sauvegarde s&apos;écrit dans un nouveau fichier</translation>
    </message>
    <message>
        <source>{path} exists already; qcoder does not write over it</source>
        <translation>{path} existe déjà&#xa0;; qcoder ne l&apos;écrase pas</translation>
    </message>
    <message>
        <source>{path} already exists</source>
        <translation>{path} existe déjà</translation>
    </message>
    <message>
        <source>{name} is not encrypted</source>
        <translation>{name} n&apos;est pas chiffré</translation>
    </message>
    <message>
        <source>{name} is already encrypted</source>
        <translation>{name} est déjà chiffré</translation>
    </message>
    <message>
        <source>folder {path} does not exist</source>
        <translation>le dossier {path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>no backup at {path}</source>
        <translation>aucune sauvegarde à {path}</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>impossible de lire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; the limit is {limit} MB)</source>
        <translation>le fichier est trop volumineux ({size} Mo&#xa0;; la limite est de {limit} Mo)</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>le fichier ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>the text encoding could not be recognised ({reason})</source>
        <translation>l&apos;encodage du texte n&apos;a pas pu être reconnu ({reason})</translation>
    </message>
    <message>
        <source>the backup of {name} failed its check: {summary}</source>
        <translation>la sauvegarde de {name} a échoué à la vérification&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>the backup {name} fails its check, so it was not restored: {summary}</source>
        <translation>la sauvegarde {name} échoue à la vérification, elle n&apos;a donc pas été restaurée&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>the restored project fails its check: {summary}</source>
        <translation>le projet restauré échoue à la vérification&#xa0;: {summary}</translation>
    </message>
    <message>
        <source>{name} is the open project&apos;s own file: choose another name</source>
        <translation>{name} est le fichier du projet ouvert&#xa0;: choisissez un autre nom</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation>{value} n&apos;est pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{name}: REFI-QDA files end in .qdpx (project) or .qdc (codebook)</source>
        <translation>{name}&#xa0;: les fichiers REFI-QDA se terminent par .qdpx (projet) ou .qdc (livre de codes)</translation>
    </message>
    <message>
        <source>{name}: a REFI-QDA codebook ends in .qdc (or .qdpx for a project&apos;s codebook)</source>
        <translation>{name}&#xa0;: un livre de codes REFI-QDA se termine par .qdc (ou .qdpx pour le livre de codes d&apos;un projet)</translation>
    </message>
    <message>
        <source>{name} is not a REFI-QDA project: it has no project.qde inside</source>
        <translation>{name} n&apos;est pas un projet REFI-QDA&#xa0;: il ne contient pas de project.qde</translation>
    </message>
    <message>
        <source>{name} is not a REFI-QDA project: a .qdpx file is a zip archive, and this is not one</source>
        <translation>{name} n&apos;est pas un projet REFI-QDA&#xa0;: un fichier .qdpx est une archive zip, et celui-ci n&apos;en est pas une</translation>
    </message>
    <message>
        <source>{name} is not a valid .qdpx file: it is not a zip archive ({reason})</source>
        <translation>{name} n&apos;est pas un fichier .qdpx valide&#xa0;: ce n&apos;est pas une archive zip ({reason})</translation>
    </message>
    <message>
        <source>{name} does not exist or is not a file</source>
        <translation>{name} n&apos;existe pas ou n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>cannot open {name}: {reason}</source>
        <translation>impossible d&apos;ouvrir {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a readable qcoder codings file ({reason})</source>
        <translation>{name} n&apos;est pas un fichier de codages qcoder lisible ({reason})</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte {n}); save it as CSV UTF-8</source>
        <translation>{name} n&apos;est pas du texte UTF-8 (octet {n})&#xa0;; enregistrez-le en CSV UTF-8</translation>
    </message>
    <message>
        <source>{name}: no codes found (a sheet with a &apos;code&apos; column, one code per row); nothing imported</source>
        <translation>{name}&#xa0;: aucun code trouvé (une feuille avec une colonne &apos;code&apos;, un code par ligne)&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{name}: expected a .csv or .xlsx file</source>
        <translation>{name}&#xa0;: un fichier .csv ou .xlsx était attendu</translation>
    </message>
    <message>
        <source>no coder named {names} (coders: {known})</source>
        <translation>aucun codeur nommé {names} (codeurs&#xa0;: {known})</translation>
    </message>
    <message>
        <source>no code at {path} (give a code path such as &apos;Parent &gt; Child&apos;)</source>
        <translation>aucun code à {path} (donnez un chemin de code comme &apos;Parent &gt; Enfant&apos;)</translation>
    </message>
    <message>
        <source>no code {names}</source>
        <translation>aucun code {names}</translation>
    </message>
    <message>
        <source>no document named {names}</source>
        <translation>aucun document nommé {names}</translation>
    </message>
    <message>
        <source>already in another round: {names}</source>
        <translation>déjà dans un autre tour&#xa0;: {names}</translation>
    </message>
    <message>
        <source>{name} is not a recording qcoder plays ({suffixes})</source>
        <translation>{name} n&apos;est pas un enregistrement que qcoder sait lire ({suffixes})</translation>
    </message>
    <message>
        <source>no such recording: {name}</source>
        <translation>enregistrement introuvable&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{name} was replaced by another process (encrypted, decrypted or restored) after it was opened here; nothing was written. Open it again.</source>
        <translation>{name} a été remplacé par un autre processus (chiffré, déchiffré ou restauré) après son ouverture ici&#xa0;; rien n&apos;a été écrit. Ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>the converted copy of {name} fails its check ({summary}); nothing was changed</source>
        <translation>la copie convertie de {name} échoue à la vérification ({summary})&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>agreement is computed for at most {n} coders at once</source>
        <translation>l&apos;accord se calcule pour {n} codeurs au plus à la fois</translation>
    </message>
    <message>
        <source>no attribute named {name} to group by (attributes: {known})</source>
        <translation>aucun attribut nommé {name} pour regrouper (attributs&#xa0;: {known})</translation>
    </message>
    <message>
        <source>no attribute named {name} (attributes: {known})</source>
        <translation>aucun attribut nommé {name} (attributs&#xa0;: {known})</translation>
    </message>
    <message>
        <source>{name} is one of the coders compared: the consensus would overwrite their codings; choose a new name (e.g. Consensus)</source>
        <translation>{name} est l&apos;un des codeurs comparés&#xa0;: le consensus écraserait ses codages&#xa0;; choisissez un nouveau nom (p. ex. Consensus)</translation>
    </message>
    <message>
        <source>{name} has codings of their own: the consensus would overwrite them; choose a new name or an earlier consensus coder</source>
        <translation>{name} a ses propres codages&#xa0;: le consensus les écraserait&#xa0;; choisissez un nouveau nom ou un codeur de consensus antérieur</translation>
    </message>
    <message>
        <source>{path} needs at least two subcodes to be a group of exclusive categories</source>
        <translation>{path} doit avoir au moins deux sous-codes pour former un groupe de catégories exclusives</translation>
    </message>
    <message>
        <source>the PDF file is damaged or incomplete ({reason})</source>
        <translation>le fichier PDF est endommagé ou incomplet ({reason})</translation>
    </message>
    <message>
        <source>the PDF is encrypted and cannot be opened ({reason})</source>
        <translation>le PDF est chiffré et ne peut pas être ouvert ({reason})</translation>
    </message>
    <message>
        <source>the .docx file is damaged or incomplete ({reason}); open it in Word and save it again</source>
        <translation>le fichier .docx est endommagé ou incomplet ({reason})&#xa0;; ouvrez-le dans Word et enregistrez-le à nouveau</translation>
    </message>
    <message>
        <source>the Word document could not be read ({reason})</source>
        <translation>le document Word n&apos;a pas pu être lu ({reason})</translation>
    </message>
    <message>
        <source>invalid regular expression {expression}: {reason}</source>
        <translation>expression régulière non valide {expression}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} is in a read-only place and its journal ({journal}) holds changes not yet saved into it; copy the folder to a writable place and open the copy</source>
        <translation>{name} est dans un emplacement en lecture seule et son journal ({journal}) contient des modifications pas encore enregistrées&#xa0;; copiez le dossier dans un emplacement accessible en écriture et ouvrez la copie</translation>
    </message>
    <message>
        <source>{name} needs a schema upgrade, which cannot happen while it is open read-only; open it where it can be changed</source>
        <translation>{name} nécessite une mise à niveau du schéma, impossible tant qu&apos;il est ouvert en lecture seule&#xa0;; ouvrez-le là où il peut être modifié</translation>
    </message>
    <message>
        <source>quotes per theme: give a number from 0 to {n}</source>
        <translation>citations par thème&#xa0;: donnez un nombre de 0 à {n}</translation>
    </message>
    <message>
        <source>the survey has no column {name} (its columns: {shown})</source>
        <translation>l&apos;enquête n&apos;a pas de colonne {name} (ses colonnes&#xa0;: {shown})</translation>
    </message>
    <message>
        <source>unsupported survey file type {kind}: use .csv, .xlsx or .sav</source>
        <translation>type de fichier d&apos;enquête non pris en charge {kind}&#xa0;: utilisez .csv, .xlsx ou .sav</translation>
    </message>
    <message>
        <source>unsupported attribute sheet type {kind}: use .csv or .xlsx</source>
        <translation>type de feuille d&apos;attributs non pris en charge {kind}&#xa0;: utilisez .csv ou .xlsx</translation>
    </message>
    <message>
        <source>row {row}: column {column} has no header name</source>
        <translation>ligne {row}&#xa0;: la colonne {column} n&apos;a pas de nom d&apos;en-tête</translation>
    </message>
    <message>
        <source>the attribute sheet needs a column naming the document (document, file or filename); found: {found}</source>
        <translation>la feuille d&apos;attributs doit avoir une colonne nommant le document (document, file ou filename)&#xa0;; trouvées&#xa0;: {found}</translation>
    </message>
    <message>
        <source>the file starts with a {encoding} byte-order mark but is not valid {encoding} (bad bytes at position {position})</source>
        <translation>le fichier commence par une marque d&apos;ordre des octets {encoding} mais n&apos;est pas du {encoding} valide (octets erronés à la position {position})</translation>
    </message>
    <message>
        <source>the {kind} file is encrypted (password-protected); remove the password in the program that made it and save it again</source>
        <translation>le fichier {kind} est chiffré (protégé par mot de passe)&#xa0;; retirez le mot de passe dans le programme qui l&apos;a créé et enregistrez-le à nouveau</translation>
    </message>
    <message>
        <source>: </source>
        <translation>&#xa0;: </translation>
    </message>
    <message>
        <source>{message} at position {n}</source>
        <translation>{message} à la position {n}</translation>
    </message>
</context>
<context>
    <name>crash_dialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s’est produite</translation>
    </message>
    <message>
        <source>Something went wrong in qcoder.</source>
        <translation>Une erreur s’est produite dans qcoder.</translation>
    </message>
    <message>
        <source>You may keep working, or close qcoder and open it again.</source>
        <translation>Vous pouvez continuer à travailler, ou fermer qcoder et le rouvrir.</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Continuer à travailler</translation>
    </message>
    <message>
        <source>Nothing unsaved is lost: every change is written to the project the moment you make it.</source>
        <translation>Rien de non enregistré n’est perdu&#xa0;: chaque modification est enregistrée dans le projet dès que vous la faites.</translation>
    </message>
    <message>
        <source>The details were written to a log file on this computer:</source>
        <translation>Les détails ont été écrits dans un fichier journal sur cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>The log file could not be written. The log folder is:</source>
        <translation>Le fichier journal n’a pas pu être écrit. Le dossier du journal est&#xa0;:</translation>
    </message>
    <message>
        <source>QCODER_DEBUG=1 is set: the log also holds the error&apos;s message and local variables, which may quote your data. Nothing is sent anywhere.</source>
        <translation>QCODER_DEBUG=1 est activé&#xa0;: le journal contient aussi le message de l’erreur et les variables locales, qui peuvent citer vos données. Rien n’est envoyé nulle part.</translation>
    </message>
    <message>
        <source>The log holds the kind of error, where in qcoder&apos;s code it happened, the time and the versions. It leaves out the error&apos;s message and any of your data (set QCODER_DEBUG=1 to include them). Nothing is sent anywhere; share the file only if you choose to.</source>
        <translation>Le journal contient le type d’erreur, l’endroit du code de qcoder où elle s’est produite, l’heure et les versions. Il omet le message de l’erreur et toutes vos données (définissez QCODER_DEBUG=1 pour les inclure). Rien n’est envoyé nulle part&#xa0;; ne partagez le fichier que si vous le décidez.</translation>
    </message>
    <message>
        <source>{n} more error since, also logged.</source>
        <translation>{n} autre erreur depuis, également consignée.</translation>
    </message>
    <message>
        <source>{n} more errors since, also logged.</source>
        <translation>{n} autres erreurs depuis, également consignées.</translation>
    </message>
</context>
<context>
    <name>documents_panel</name>
    <message>
        <source>Speakers</source>
        <translation>Locuteurs</translation>
    </message>
    <message>
        <source>Codings</source>
        <translation>Codages</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} document</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Document attribute “{name}”</source>
        <translation>Attribut de document «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Imported from {source} ({format})</source>
        <translation>Importé depuis {source} ({format})</translation>
    </message>
    <message>
        <source>Filter documents, attributes, speakers…</source>
        <translation>Filtrer documents, attributs, locuteurs…</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Filtrer les documents</translation>
    </message>
    <message>
        <source>Shows only the documents whose name, attributes or speakers match</source>
        <translation>Affiche seulement les documents dont le nom, les attributs ou les locuteurs correspondent</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import transcripts (Word, text, RTF, subtitles) and attribute sheets</source>
        <translation>Importer des transcriptions (Word, texte, RTF, sous-titres) et des feuilles d&apos;attributs</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>One row per document: name, attributes, speakers, codings. Enter opens it.</source>
        <translation>Une ligne par document&#xa0;: nom, attributs, locuteurs, codages. Entrée l&apos;ouvre.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Edit speakers…</source>
        <translation>Modifier les locuteurs…</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>Attributs…</translation>
    </message>
    <message>
        <source>Memo…</source>
        <translation>Mémo…</translation>
    </message>
    <message>
        <source>Your notes on this document</source>
        <translation>Vos notes sur ce document</translation>
    </message>
    <message>
        <source>Delete {n} documents…</source>
        <translation>Supprimer {n} documents…</translation>
    </message>
    <message>
        <source>No documents yet: click Import… to add transcripts.</source>
        <translation>Aucun document pour le moment&#xa0;: cliquez sur Importer… pour ajouter des transcriptions.</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Renommer le document</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>{n} coding</source>
        <translation>{n} codage</translation>
    </message>
    <message>
        <source>{n} codings</source>
        <translation>{n} codages</translation>
    </message>
    <message>
        <source>Delete {documents} and {codings}?</source>
        <translation>Supprimer {documents} et {codings}&#xa0;?</translation>
    </message>
    <message>
        <source>Delete {documents}?</source>
        <translation>Supprimer {documents}&#xa0;?</translation>
    </message>
    <message>
        <source>Delete documents</source>
        <translation>Supprimer des documents</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Vous pourrez annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Supprimer {name}</translation>
    </message>
    <message>
        <source>Delete {n} documents</source>
        <translation>Supprimer {n} documents</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>attribut</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>codeur</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>locuteur</translation>
    </message>
    <message>
        <source>saved query</source>
        <translation>requête enregistrée</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>codage</translation>
    </message>
    <message>
        <source>case</source>
        <translation>cas</translation>
    </message>
    <message>
        <source>memo</source>
        <translation>mémo</translation>
    </message>
    <message>
        <source>There is already a {kind} called “{name}”. Choose another name.</source>
        <translation>Le nom «&#xa0;{name}&#xa0;» est déjà pris ({kind}). Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Select some text first: a coding needs at least one character.</source>
        <translation>Sélectionnez d&apos;abord du texte&#xa0;: un codage doit couvrir au moins un caractère.</translation>
    </message>
    <message>
        <source>A code cannot be moved or merged into one of its own subcodes.</source>
        <translation>Un code ne peut pas être déplacé ni fusionné dans l&apos;un de ses propres sous-codes.</translation>
    </message>
    <message>
        <source>Someone else changed this item in the meantime. It has been reloaded; please try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet élément entre-temps. Il a été rechargé&#xa0;; veuillez réessayer.</translation>
    </message>
    <message>
        <source>The {kind} no longer exists (it may have been deleted or undone).</source>
        <translation>Cet élément ({kind}) n&apos;existe plus (il a peut-être été supprimé ou annulé).</translation>
    </message>
    <message>
        <source>This project was saved by a newer version of qcoder. Please upgrade qcoder to open it.</source>
        <translation>Ce projet a été enregistré par une version plus récente de qcoder. Mettez qcoder à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}): this is a bug in qcoder. Its details are not shown because they may contain your data; nothing was written to a log.</source>
        <translation>Erreur inattendue ({kind})&#xa0;: c&apos;est un bogue de qcoder. Ses détails ne sont pas affichés, car ils peuvent contenir vos données&#xa0;; rien n&apos;a été écrit dans un journal.</translation>
    </message>
</context>
<context>
    <name>excerpt_table</name>
    <message>
        <source>Exemplar: click a star to mark the excerpt as a good example of its code</source>
        <translation>Exemplaire&#xa0;: cliquez sur une étoile pour marquer l&apos;extrait comme bon exemple de son code</translation>
    </message>
    <message>
        <source>Exemplar (click to unstar)</source>
        <translation>Exemplaire (cliquez pour retirer l&apos;étoile)</translation>
    </message>
    <message>
        <source>Click to star as an exemplar</source>
        <translation>Cliquez pour marquer comme exemplaire</translation>
    </message>
    <message>
        <source>Memo: {memo}</source>
        <translation>Mémo&#xa0;: {memo}</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>marqué</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>non marqué</translation>
    </message>
</context>
<context>
    <name>excerpts_panel</name>
    <message>
        <source>{speaker} (interviewer)</source>
        <translation>{speaker} (intervieweur)</translation>
    </message>
    <message>
        <source>Participant: {name}</source>
        <translation>Participant&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Codeur</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Where the excerpt starts in the document&apos;s recording (right-click: Play from here)</source>
        <translation>Où commence l&apos;extrait dans l&apos;enregistrement du document (clic droit&#xa0;: Lire à partir d&apos;ici)</translation>
    </message>
    <message>
        <source>Include subcodes</source>
        <translation>Inclure les sous-codes</translation>
    </message>
    <message>
        <source>Show the excerpts of one coder</source>
        <translation>Afficher les extraits d&apos;un codeur</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Show excerpts whose speaker or document has a value of this attribute</source>
        <translation>Afficher les extraits dont le locuteur ou le document a une valeur de cet attribut</translation>
    </message>
    <message>
        <source>Show excerpts whose speaker (or document) has this attribute value</source>
        <translation>Afficher les extraits dont le locuteur (ou le document) a cette valeur d&apos;attribut</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>Valeur d&apos;attribut</translation>
    </message>
    <message>
        <source>Starred only</source>
        <translation>Exemplaires seulement</translation>
    </message>
    <message>
        <source>Find in excerpts</source>
        <translation>Rechercher dans les extraits</translation>
    </message>
    <message>
        <source>Find in excerpts…</source>
        <translation>Rechercher dans les extraits…</translation>
    </message>
    <message>
        <source>Coded excerpts</source>
        <translation>Extraits codés</translation>
    </message>
    <message>
        <source>One row per coding of the chosen code: document, excerpt, speaker, coder. Enter opens it.</source>
        <translation>Une ligne par codage du code choisi&#xa0;: document, extrait, locuteur, codeur. Entrée l&apos;ouvre.</translation>
    </message>
    <message>
        <source>Loading excerpts…</source>
        <translation>Chargement des extraits…</translation>
    </message>
    <message>
        <source>Select a code in the codebook to see its coded excerpts.</source>
        <translation>Sélectionnez un code dans le livre de codes pour voir ses extraits codés.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> et {n} autres</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Tous les codeurs</translation>
    </message>
    <message>
        <source>Any attribute</source>
        <translation>N&apos;importe quel attribut</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune valeur)</translation>
    </message>
    <message>
        <source>No coded excerpts yet.</source>
        <translation>Aucun extrait codé pour le moment.</translation>
    </message>
    <message>
        <source>{n} excerpt</source>
        <translation>{n} extrait</translation>
    </message>
    <message>
        <source>{n} excerpts</source>
        <translation>{n} extraits</translation>
    </message>
    <message>
        <source>{shown} of {total} (filtered)</source>
        <translation>{shown} sur {total} (filtrés)</translation>
    </message>
    <message>
        <source>Show in document</source>
        <translation>Afficher dans le document</translation>
    </message>
    <message>
        <source>Play from here</source>
        <translation>Lire à partir d&apos;ici</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>Retirer des exemplaires</translation>
    </message>
    <message>
        <source>Star as exemplar</source>
        <translation>Marquer comme exemplaire</translation>
    </message>
</context>
<context>
    <name>export_menu</name>
    <message>
        <source>Pooled (the tables summed)</source>
        <translation>Regroupé (tableaux additionnés)</translation>
    </message>
    <message>
        <source>Averaged (per table)</source>
        <translation>Moyenné (par tableau)</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Tours de parole</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>{n} cell</source>
        <translation>{n} cellule</translation>
    </message>
    <message>
        <source>{n} cells</source>
        <translation>{n} cellules</translation>
    </message>
    <message>
        <source>{n} code</source>
        <translation>{n} code</translation>
    </message>
    <message>
        <source>{n} codes</source>
        <translation>{n} codes</translation>
    </message>
    <message>
        <source>{n} memo</source>
        <translation>{n} mémo</translation>
    </message>
    <message>
        <source>{n} memos</source>
        <translation>{n} mémos</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} document</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <source>Project journal</source>
        <translation>Journal du projet</translation>
    </message>
    <message>
        <source>Document memos</source>
        <translation>Mémos de documents</translation>
    </message>
    <message>
        <source>Code memos</source>
        <translation>Mémos de codes</translation>
    </message>
    <message>
        <source>Participant memos</source>
        <translation>Mémos de participants</translation>
    </message>
    <message>
        <source>Coding memos</source>
        <translation>Mémos de codages</translation>
    </message>
    <message>
        <source>Framework summaries</source>
        <translation>Résumés de la matrice de cadrage</translation>
    </message>
    <message>
        <source>Project order</source>
        <translation>Ordre du projet</translation>
    </message>
    <message>
        <source>Order first coded</source>
        <translation>Ordre de premier codage</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Date de l&apos;entretien</translation>
    </message>
    <message>
        <source>Document name</source>
        <translation>Nom du document</translation>
    </message>
    <message>
        <source>The codebook file holds the codes with their colors and definitions.</source>
        <translation>Le fichier du livre de codes contient les codes avec leurs couleurs et leurs définitions.</translation>
    </message>
    <message>
        <source>Missing for that coder</source>
        <translation>Manquant pour ce codeur</translation>
    </message>
    <message>
        <source>A category of its own</source>
        <translation>Une catégorie à part entière</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>REFI-QDA project</source>
        <translation>Projet REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA codebook</source>
        <translation>Livre de codes REFI-QDA</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Word theme report…</source>
        <translation>Rapport thématique Word…</translation>
    </message>
    <message>
        <source>Themes by stakeholder group with summaries and attributed quotes (DOCX), as qcoder report</source>
        <translation>Thèmes par groupe de parties prenantes, avec résumés et citations attribuées (DOCX), comme qcoder report</translation>
    </message>
    <message>
        <source>Analysis workbook (XLSX)…</source>
        <translation>Classeur d&apos;analyse (XLSX)…</translation>
    </message>
    <message>
        <source>Frequencies, tables by attribute, excerpts (qcoder export)</source>
        <translation>Fréquences, tableaux par attribut, extraits (qcoder export)</translation>
    </message>
    <message>
        <source>Framework matrix (XLSX or DOCX)…</source>
        <translation>Matrice de cadrage (XLSX ou DOCX)…</translation>
    </message>
    <message>
        <source>Cases × themes with summaries and quotes</source>
        <translation>Cas × thèmes avec résumés et citations</translation>
    </message>
    <message>
        <source>Saturation table (CSV)…</source>
        <translation>Tableau de saturation (CSV)…</translation>
    </message>
    <message>
        <source>New codes per document</source>
        <translation>Nouveaux codes par document</translation>
    </message>
    <message>
        <source>Agreement report (DOCX or XLSX)…</source>
        <translation>Rapport d&apos;accord (DOCX ou XLSX)…</translation>
    </message>
    <message>
        <source>The inter-coder agreement methods appendix</source>
        <translation>L&apos;annexe méthodologique de l&apos;accord inter-codeurs</translation>
    </message>
    <message>
        <source>Memos (DOCX)…</source>
        <translation>Mémos (DOCX)…</translation>
    </message>
    <message>
        <source>The project journal and memos, by type</source>
        <translation>Le journal du projet et les mémos, par type</translation>
    </message>
    <message>
        <source>Codebook (XLSX, CSV or DOCX)…</source>
        <translation>Livre de codes (XLSX, CSV ou DOCX)…</translation>
    </message>
    <message>
        <source>XLSX and CSV: Import codebook reads them back</source>
        <translation>XLSX et CSV&#xa0;: Importer un livre de codes les relit</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)…</source>
        <translation>Projet REFI-QDA (.qdpx)…</translation>
    </message>
    <message>
        <source>A project file other QDA programs (MAXQDA, NVivo, ATLAS.ti…) can open</source>
        <translation>Un fichier de projet que d&apos;autres logiciels d&apos;ADQ (MAXQDA, NVivo, ATLAS.ti…) peuvent ouvrir</translation>
    </message>
    <message>
        <source>REFI-QDA codebook (.qdc)…</source>
        <translation>Livre de codes REFI-QDA (.qdc)…</translation>
    </message>
    <message>
        <source>The codebook in the REFI-QDA format</source>
        <translation>Le livre de codes au format REFI-QDA</translation>
    </message>
    <message>
        <source>Export the analysis workbook</source>
        <translation>Exporter le classeur d&apos;analyse</translation>
    </message>
    <message>
        <source>Frequencies, tables by attribute, co-occurrence, the codebook, excerpts and notes (as qcoder export).</source>
        <translation>Fréquences, tableaux par attribut, cooccurrences, le livre de codes, les extraits et les notes (comme qcoder export).</translation>
    </message>
    <message>
        <source>Tables by attribute:</source>
        <translation>Tableaux par attribut&#xa0;:</translation>
    </message>
    <message>
        <source>Coders (none ticked: all):</source>
        <translation>Codeurs (aucun coché&#xa0;: tous)&#xa0;:</translation>
    </message>
    <message>
        <source>workbook.xlsx</source>
        <translation>classeur.xlsx</translation>
    </message>
    <message>
        <source>Export the framework matrix</source>
        <translation>Exporter la matrice de cadrage</translation>
    </message>
    <message>
        <source>Cases × themes: counts, your summaries (or drafts) and quotes (as qcoder matrix).</source>
        <translation>Cas × thèmes&#xa0;: effectifs, vos résumés (ou brouillons) et citations (comme qcoder matrix).</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Cas&#xa0;:</translation>
    </message>
    <message>
        <source>Themes (none ticked: every code):</source>
        <translation>Thèmes (aucun coché&#xa0;: tous les codes)&#xa0;:</translation>
    </message>
    <message>
        <source>framework matrix.xlsx</source>
        <translation>matrice de cadrage.xlsx</translation>
    </message>
    <message>
        <source>Export the saturation table</source>
        <translation>Exporter le tableau de saturation</translation>
    </message>
    <message>
        <source>New and cumulative codes per document (as qcoder saturation).</source>
        <translation>Codes nouveaux et cumulés par document (comme qcoder saturation).</translation>
    </message>
    <message>
        <source>Documents in:</source>
        <translation>Ordre des documents&#xa0;:</translation>
    </message>
    <message>
        <source>A column pair per coder</source>
        <translation>Une paire de colonnes par codeur</translation>
    </message>
    <message>
        <source>Each coder&apos;s new and cumulative codes</source>
        <translation>Les codes nouveaux et cumulés de chaque codeur</translation>
    </message>
    <message>
        <source>saturation.csv</source>
        <translation>saturation.csv</translation>
    </message>
    <message>
        <source>tick two or more coders to compare</source>
        <translation>cochez au moins deux codeurs à comparer</translation>
    </message>
    <message>
        <source>Export the agreement report</source>
        <translation>Exporter le rapport d&apos;accord</translation>
    </message>
    <message>
        <source>agreement.docx</source>
        <translation>accord.docx</translation>
    </message>
    <message>
        <source>The methods appendix: statistics per code, verdicts, the weakest codes (Word); with every breakdown (Excel), as qcoder agreement.</source>
        <translation>L&apos;annexe méthodologique&#xa0;: statistiques par code, verdicts, les codes les plus faibles (Word)&#xa0;; avec toutes les ventilations (Excel), comme qcoder agreement.</translation>
    </message>
    <message>
        <source>Coders (two or more):</source>
        <translation>Codeurs (deux ou plus)&#xa0;:</translation>
    </message>
    <message>
        <source>Codes (none ticked: all used):</source>
        <translation>Codes (aucun coché&#xa0;: tous ceux utilisés)&#xa0;:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unité&#xa0;:</translation>
    </message>
    <message>
        <source>Tables:</source>
        <translation>Tableaux&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Breakdown by:</source>
        <translation>Ventilation par&#xa0;:</translation>
    </message>
    <message>
        <source>Per training round (instead of the breakdown)</source>
        <translation>Par session de formation (sans ventilation)</translation>
    </message>
    <message>
        <source>As --by-round</source>
        <translation>Comme --by-round</translation>
    </message>
    <message>
        <source>Exclusive subcodes of:</source>
        <translation>Sous-codes exclusifs de&#xa0;:</translation>
    </message>
    <message>
        <source>Codes whose subcodes are mutually exclusive categories: nominal α, Fleiss&apos; κ and AC1</source>
        <translation>Codes dont les sous-codes sont des catégories mutuellement exclusives&#xa0;: α nominal, κ de Fleiss et AC1</translation>
    </message>
    <message>
        <source>A unit with none of them:</source>
        <translation>Une unité sans aucun d&apos;eux&#xa0;:</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <source>on or before</source>
        <translation>jusqu&apos;au</translation>
    </message>
    <message>
        <source>Export memos</source>
        <translation>Exporter les mémos</translation>
    </message>
    <message>
        <source>memos.docx</source>
        <translation>memos.docx</translation>
    </message>
    <message>
        <source>A Word document, memos grouped by type (as qcoder memo export).</source>
        <translation>Un document Word, mémos regroupés par type (comme qcoder memo export).</translation>
    </message>
    <message>
        <source>Memos (none ticked: all):</source>
        <translation>Mémos (aucun coché&#xa0;: tous)&#xa0;:</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Écrit par&#xa0;:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N&apos;importe qui</translation>
    </message>
    <message>
        <source>Containing:</source>
        <translation>Contenant&#xa0;:</translation>
    </message>
    <message>
        <source>every word of…</source>
        <translation>tous les mots de…</translation>
    </message>
    <message>
        <source>As --search: in the memo or what it is on</source>
        <translation>Comme --search&#xa0;: dans le mémo ou dans ce qu&apos;il concerne</translation>
    </message>
    <message>
        <source>Written on or after:</source>
        <translation>Écrit à partir du&#xa0;:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>As --since (inclusive)</source>
        <translation>Comme --since (inclus)</translation>
    </message>
    <message>
        <source>Written on or before:</source>
        <translation>Écrit jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>As --until (inclusive)</source>
        <translation>Comme --until (inclus)</translation>
    </message>
    <message>
        <source>Export codebook</source>
        <translation>Exporter le livre de codes</translation>
    </message>
    <message>
        <source>codebook.xlsx</source>
        <translation>livre de codes.xlsx</translation>
    </message>
    <message>
        <source>Export as REFI-QDA</source>
        <translation>Exporter en REFI-QDA</translation>
    </message>
    <message>
        <source>Export codebook (REFI-QDA)</source>
        <translation>Exporter le livre de codes (REFI-QDA)</translation>
    </message>
    <message>
        <source>codebook</source>
        <translation>livre de codes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>An export is still running.</source>
        <translation>Une exportation est encore en cours.</translation>
    </message>
    <message>
        <source>{title}…</source>
        <translation>{title}…</translation>
    </message>
    <message>
        <source>Wrote {path} ({count})</source>
        <translation>{path} écrit ({count})</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} écrit</translation>
    </message>
    <message>
        <source>Wrote {name}. {note}</source>
        <translation>{name} écrit. {note}</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Échec de l&apos;exportation&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Nothing was written.

{reason}</source>
        <translation>Rien n&apos;a été écrit.

{reason}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>{title}: cancelled, no file written</source>
        <translation>{title}&#xa0;: annulé, aucun fichier écrit</translation>
    </message>
    <message>
        <source>Unitizing alphas (character units)</source>
        <translation>Alphas d&apos;unitisation (unités caractère)</translation>
    </message>
    <message>
        <source>As --unitized</source>
        <translation>Comme --unitized</translation>
    </message>
    <message>
        <source>Confidence intervals (bootstrap, slower)</source>
        <translation>Intervalles de confiance (bootstrap, plus lent)</translation>
    </message>
    <message>
        <source>As --ci</source>
        <translation>Comme --ci</translation>
    </message>
    <message>
        <source>Bootstrap draws:</source>
        <translation>Tirages bootstrap&#xa0;:</translation>
    </message>
    <message>
        <source>Interval coverage:</source>
        <translation>Niveau de l&apos;intervalle&#xa0;:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine&#xa0;:</translation>
    </message>
    <message>
        <source>written {when}: type a date as YYYY-MM-DD, not {text}</source>
        <translation>écrit {when}&#xa0;: saisissez une date au format AAAA-MM-JJ, pas {text}</translation>
    </message>
</context>
<context>
    <name>export_options</name>
    <message>
        <source>Choose file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
</context>
<context>
    <name>file_open</name>
    <message>
        <source>Finish the open dialog first, then open {name} again.</source>
        <translation>Terminez d’abord la boîte de dialogue ouverte, puis rouvrez {name}.</translation>
    </message>
    <message>
        <source>New project from {name}</source>
        <translation>Nouveau projet à partir de {name}</translation>
    </message>
    <message>
        <source>qcoder projects (*.qcoder)</source>
        <translation>Projets qcoder (*.qcoder)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Encrypt the new project with a passphrase?

Encrypt it if the interviews hold personal or sensitive information. If the passphrase is lost, nobody can recover the project.</source>
        <translation>Chiffrer le nouveau projet avec une phrase secrète&#xa0;?

Chiffrez-le si les entretiens contiennent des informations personnelles ou sensibles. Si la phrase secrète est perdue, personne ne pourra récupérer le projet.</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Ouvrir un fichier</translation>
    </message>
    <message>
        <source>{path} was not found. It may have been moved, renamed or deleted.</source>
        <translation>{path} est introuvable. Il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
</context>
<context>
    <name>guide_window</name>
    <message>
        <source>Contents and start</source>
        <translation>Sommaire et démarrage</translation>
    </message>
    <message>
        <source>Importing transcripts</source>
        <translation>Importer des transcriptions</translation>
    </message>
    <message>
        <source>The codebook</source>
        <translation>La grille de codage</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codage</translation>
    </message>
    <message>
        <source>Agreement and reconciliation</source>
        <translation>Accord et réconciliation</translation>
    </message>
    <message>
        <source>Findings and reports</source>
        <translation>Résultats et rapports</translation>
    </message>
    <message>
        <source>Exchanging projects</source>
        <translation>Échanger des projets</translation>
    </message>
    <message>
        <source>The team server</source>
        <translation>Le serveur d’équipe</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>qcoder user guide</source>
        <translation>Guide de l’utilisateur de qcoder</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Page du guide</translation>
    </message>
    <message>
        <source>The page&apos;s text</source>
        <translation>Le texte de la page</translation>
    </message>
    <message>
        <source>Guide contents</source>
        <translation>Sommaire du guide</translation>
    </message>
    <message>
        <source>The guide&apos;s pages</source>
        <translation>Les pages du guide</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Guide navigation</source>
        <translation>Navigation dans le guide</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Find in the page</source>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <source>{page} — qcoder user guide</source>
        <translation>{page} — Guide de l’utilisateur de qcoder</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>help_menu</name>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Visite guidée</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About qcoder</source>
        <translation>À propos de qcoder</translation>
    </message>
</context>
<context>
    <name>history_actions</name>
    <message>
        <source>Undo {step}</source>
        <translation>Annuler {step}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>Rétablir {step}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>This step could not be undone; the undo history was cleared.

{reason}</source>
        <translation>Cette étape n&apos;a pas pu être annulée&#xa0;; l&apos;historique d&apos;annulation a été vidé.

{reason}</translation>
    </message>
    <message>
        <source>This step could not be redone; the undo history was cleared.

{reason}</source>
        <translation>Cette étape n&apos;a pas pu être rétablie&#xa0;; l&apos;historique d&apos;annulation a été vidé.

{reason}</translation>
    </message>
    <message>
        <source>Undone: {step}</source>
        <translation>Annulé&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Redone: {step}</source>
        <translation>Rétabli&#xa0;: {step}</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>{document}: {characters}, {speakers}, {turns}</source>
        <translation>{document}&#xa0;: {characters}, {speakers}, {turns}</translation>
    </message>
    <message>
        <source>{n} character</source>
        <translation>{n} caractère</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} caractères</translation>
    </message>
    <message>
        <source>{n} speaker</source>
        <translation>{n} locuteur</translation>
    </message>
    <message>
        <source>{n} speakers</source>
        <translation>{n} locuteurs</translation>
    </message>
    <message>
        <source>{n} turn</source>
        <translation>{n} tour de parole</translation>
    </message>
    <message>
        <source>{n} turns</source>
        <translation>{n} tours de parole</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Import transcripts</source>
        <translation>Importer des transcriptions</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transcriptions</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>Drop files or folders here</source>
        <translation>Déposez des fichiers ou des dossiers ici</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Survey answers…</source>
        <translation>Réponses d&apos;enquête…</translation>
    </message>
    <message>
        <source>A CSV, Excel or SPSS survey export: choose the ID, text and attribute columns</source>
        <translation>Un export d&apos;enquête CSV, Excel ou SPSS&#xa0;: choisissez les colonnes d&apos;identifiant, de texte et d&apos;attributs</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Attributes (optional)</source>
        <translation>Attributs (facultatif)</translation>
    </message>
    <message>
        <source>Attribute sheet</source>
        <translation>Feuille d&apos;attributs</translation>
    </message>
    <message>
        <source>A CSV or Excel sheet: one row per document</source>
        <translation>Une feuille CSV ou Excel&#xa0;: une ligne par document</translation>
    </message>
    <message>
        <source>A CSV or Excel sheet: one row per document (document, site, …)</source>
        <translation>Une feuille CSV ou Excel&#xa0;: une ligne par document (document, site, …)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>File name pattern</source>
        <translation>Modèle de nom de fichier</translation>
    </message>
    <message>
        <source>Attributes read from the file names, e.g. {example}</source>
        <translation>Attributs lus dans les noms de fichier, p. ex. {example}</translation>
    </message>
    <message>
        <source>e.g. {pattern} for {name}</source>
        <translation>p. ex. {pattern} pour {name}</translation>
    </message>
    <message>
        <source>Parts of the file name in braces become document attributes</source>
        <translation>Les parties du nom de fichier entre accolades deviennent des attributs du document</translation>
    </message>
    <message>
        <source>Attribute sheet:</source>
        <translation>Feuille d&apos;attributs&#xa0;:</translation>
    </message>
    <message>
        <source>File-name pattern:</source>
        <translation>Modèle de nom de fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d&apos;importation</translation>
    </message>
    <message>
        <source>One row per file: what was imported, and any problem</source>
        <translation>Une ligne par fichier&#xa0;: ce qui a été importé, et tout problème</translation>
    </message>
    <message>
        <source>Add transcripts</source>
        <translation>Ajouter des transcriptions</translation>
    </message>
    <message>
        <source>Transcripts ({patterns})</source>
        <translation>Transcriptions ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Add a folder of transcripts</source>
        <translation>Ajouter un dossier de transcriptions</translation>
    </message>
    <message>
        <source>Sheets ({patterns})</source>
        <translation>Feuilles ({patterns})</translation>
    </message>
    <message>
        <source>Apply attributes</source>
        <translation>Appliquer les attributs</translation>
    </message>
    <message>
        <source>Add files or folders to import (or an attribute sheet to apply).</source>
        <translation>Ajoutez des fichiers ou des dossiers à importer (ou une feuille d&apos;attributs à appliquer).</translation>
    </message>
    <message>
        <source>The attribute sheet {path} does not exist.</source>
        <translation>La feuille d&apos;attributs {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Annulation après le fichier en cours…</translation>
    </message>
    <message>
        <source>Importing {done} of {total}: {name}</source>
        <translation>Importation {done} sur {total}&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Applying attributes…</source>
        <translation>Application des attributs…</translation>
    </message>
    <message>
        <source>Import {n} document</source>
        <translation>Importer {n} document</translation>
    </message>
    <message>
        <source>Import {n} documents</source>
        <translation>Importer {n} documents</translation>
    </message>
    <message>
        <source>Imported {n} document.</source>
        <translation>{n} document importé.</translation>
    </message>
    <message>
        <source>Imported {n} documents.</source>
        <translation>{n} documents importés.</translation>
    </message>
    <message>
        <source>{n} skipped.</source>
        <translation>Ignorés&#xa0;: {n}.</translation>
    </message>
    <message>
        <source>{n} could not be imported (see the reasons below).</source>
        <translation>Non importés&#xa0;: {n} (voir les raisons ci-dessous).</translation>
    </message>
    <message>
        <source>Import cancelled: the documents imported before it are kept.</source>
        <translation>Importation annulée&#xa0;: les documents importés auparavant sont conservés.</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} document</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <source>{n} participant</source>
        <translation>{n} participant</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>{n} participants</translation>
    </message>
    <message>
        <source>Attributes set on {documents} and {participants}.</source>
        <translation>Attributs définis pour {documents} et {participants}.</translation>
    </message>
    <message>
        <source>Rows for documents not in the project: {names}</source>
        <translation>Lignes de documents absents du projet&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Speakers not found: {names}</source>
        <translation>Locuteurs introuvables&#xa0;: {names}</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>L&apos;importation a été annulée.</translation>
    </message>
    <message>
        <source>{n} document imported before the error is kept.</source>
        <translation>{n} document importé avant l&apos;erreur est conservé.</translation>
    </message>
    <message>
        <source>{n} documents imported before the error are kept.</source>
        <translation>{n} documents importés avant l&apos;erreur sont conservés.</translation>
    </message>
    <message>
        <source>The import stopped: {reason}</source>
        <translation>L&apos;importation s&apos;est arrêtée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Folders are searched for {kinds} files and for files without an extension (their content decides); audio, video, images and spreadsheets are listed as skipped, hidden files are left out. Files whose text is already in the project are skipped.</source>
        <translation>Les dossiers sont parcourus à la recherche de fichiers {kinds} et de fichiers sans extension (leur contenu décide)&#xa0;; l&apos;audio, la vidéo, les images et les tableurs sont listés comme ignorés, les fichiers cachés sont laissés de côté. Les fichiers dont le texte est déjà dans le projet sont ignorés.</translation>
    </message>
</context>
<context>
    <name>import_errors</name>
    <message>
        <source>the file is not an RTF document (it does not start with {\rtf)</source>
        <translation>le fichier n&apos;est pas un document RTF (il ne commence pas par {\rtf)</translation>
    </message>
    <message>
        <source>the document contains no text</source>
        <translation>le document ne contient aucun texte</translation>
    </message>
    <message>
        <source>the file contains only blank space</source>
        <translation>le fichier ne contient que des espaces</translation>
    </message>
    <message>
        <source>the .doc file contains no text (or the converter found none)</source>
        <translation>le fichier .doc ne contient aucun texte (ou le convertisseur n&apos;en a trouvé aucun)</translation>
    </message>
    <message>
        <source>the .odt document contains no text</source>
        <translation>le document .odt ne contient aucun texte</translation>
    </message>
    <message>
        <source>scanned PDF, no text layer: run OCR first</source>
        <translation>PDF numérisé, sans couche de texte&#xa0;: lancez d&apos;abord un OCR</translation>
    </message>
    <message>
        <source>the Word document contains no text</source>
        <translation>le document Word ne contient aucun texte</translation>
    </message>
    <message>
        <source>the Word document contains no text (only images: if it is a scan, run OCR first)</source>
        <translation>le document Word ne contient aucun texte (seulement des images&#xa0;: s&apos;il s&apos;agit d&apos;une numérisation, lancez d&apos;abord un OCR)</translation>
    </message>
    <message>
        <source>legacy Word .doc files need a converter: install LibreOffice (or antiword) and try again, or open the file in Word and save it as .docx</source>
        <translation>les anciens fichiers Word .doc nécessitent un convertisseur&#xa0;: installez LibreOffice (ou antiword) et réessayez, ou ouvrez le fichier dans Word et enregistrez-le en .docx</translation>
    </message>
    <message>
        <source>the file looks like binary data, not text</source>
        <translation>le fichier semble contenir des données binaires, pas du texte</translation>
    </message>
    <message>
        <source>the survey file has no header row (it is empty)</source>
        <translation>le fichier d&apos;enquête n&apos;a pas de ligne d&apos;en-tête (il est vide)</translation>
    </message>
    <message>
        <source>the Word document contains no text that qcoder can read (its body is an embedded {parts} part; open it in Word and save it again as .docx)</source>
        <translation>le document Word ne contient aucun texte que qcoder sache lire (son corps est une partie {parts} incorporée&#xa0;; ouvrez-le dans Word et enregistrez-le à nouveau en .docx)</translation>
    </message>
    <message>
        <source>the {kind} file is damaged or incomplete ({detail}); it may have been cut off while downloading or copying — open it in the program that made it and save it again</source>
        <translation>le fichier {kind} est endommagé ou incomplet ({detail})&#xa0;; il a peut-être été tronqué lors d&apos;un téléchargement ou d&apos;une copie — ouvrez-le dans le programme qui l&apos;a créé et enregistrez-le à nouveau</translation>
    </message>
    <message>
        <source>the file could not be read ({error}: {reason})</source>
        <translation>le fichier n&apos;a pas pu être lu ({error}&#xa0;: {reason})</translation>
    </message>
    <message>
        <source>the survey file could not be read ({error}: {reason})</source>
        <translation>le fichier d&apos;enquête n&apos;a pas pu être lu ({error}&#xa0;: {reason})</translation>
    </message>
    <message>
        <source>{name} is not a readable CSV file: {reason}</source>
        <translation>{name} n&apos;est pas un fichier CSV lisible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a readable analysis cache file ({reason})</source>
        <translation>{name} n&apos;est pas un fichier de cache d&apos;analyse lisible ({reason})</translation>
    </message>
    <message>
        <source>{name} was refused: it unpacks to more than {limit} MB, far more than a qcoder codings file of {size} KB can hold (a compression bomb?)</source>
        <translation>{name} a été refusé&#xa0;: il se décompresse en plus de {limit} Mo, bien plus que ce que peut contenir un fichier de codages qcoder de {size} Ko (une bombe de compression&#xa0;?)</translation>
    </message>
    <message>
        <source>{name} was refused: it unpacks to more than {limit} MB, far more than a analysis cache file of {size} KB can hold (a compression bomb?)</source>
        <translation>{name} a été refusé&#xa0;: il se décompresse en plus de {limit} Mo, bien plus que ce que peut contenir un fichier de cache d&apos;analyse de {size} Ko (une bombe de compression&#xa0;?)</translation>
    </message>
    <message>
        <source>{name} holds {count} files, more than the {limit} allowed</source>
        <translation>{name} contient {count} fichiers, plus que les {limit} autorisés</translation>
    </message>
    <message>
        <source>{name} was refused: it would unpack to {size} bytes, more than the {limit} allowed</source>
        <translation>{name} a été refusé&#xa0;: il se décompresserait en {size} octets, plus que les {limit} autorisés</translation>
    </message>
    <message>
        <source>{name} was refused: {entry} unpacks to more than it declares</source>
        <translation>{name} a été refusé&#xa0;: {entry} se décompresse en plus que ce qu&apos;il déclare</translation>
    </message>
    <message>
        <source>{name} was refused: it declares XML entities or external references ({error}), which qcoder never expands for safety</source>
        <translation>{name} a été refusé&#xa0;: il déclare des entités XML ou des références externes ({error}), que qcoder ne développe jamais par sécurité</translation>
    </message>
    <message>
        <source>{name} is not well-formed XML (line {line}, column {column})</source>
        <translation>{name} n&apos;est pas du XML bien formé (ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>{name} was refused: it contains a file with an absolute path ({entry})</source>
        <translation>{name} a été refusé&#xa0;: il contient un fichier au chemin absolu ({entry})</translation>
    </message>
    <message>
        <source>{name} was refused: it contains a file whose path leaves the archive ({entry})</source>
        <translation>{name} a été refusé&#xa0;: il contient un fichier dont le chemin sort de l&apos;archive ({entry})</translation>
    </message>
    <message>
        <source>{name} was refused: it contains a symbolic link ({entry})</source>
        <translation>{name} a été refusé&#xa0;: il contient un lien symbolique ({entry})</translation>
    </message>
    <message>
        <source>{name} was refused: {entry} would unpack to {size} bytes, more than the {limit} allowed for one file</source>
        <translation>{name} a été refusé&#xa0;: {entry} se décompresserait en {size} octets, plus que les {limit} autorisés pour un fichier</translation>
    </message>
    <message>
        <source>{name} was refused: {entry} is compressed more than {ratio} to 1, which only happens in a zip bomb</source>
        <translation>{name} a été refusé&#xa0;: {entry} est compressé à plus de {ratio} pour 1, ce qui n&apos;arrive que dans une bombe zip</translation>
    </message>
    <message>
        <source>{name} is damaged: cannot read {entry} ({reason})</source>
        <translation>{name} est endommagé&#xa0;: impossible de lire {entry} ({reason})</translation>
    </message>
    <message>
        <source>{name}: {entry} uses an unsupported compression ({reason})</source>
        <translation>{name}&#xa0;: {entry} utilise une compression non prise en charge ({reason})</translation>
    </message>
    <message>
        <source>{name} holds several project files ({names}); expected one</source>
        <translation>{name} contient plusieurs fichiers de projet ({names})&#xa0;; un seul était attendu</translation>
    </message>
    <message>
        <source>{name} is not a REFI-QDA codebook: its root element is &lt;{tag}&gt; (it looks like a project file: import it as a project)</source>
        <translation>{name} n&apos;est pas un livre de codes REFI-QDA&#xa0;: son élément racine est &lt;{tag}&gt; (il ressemble à un fichier de projet&#xa0;: importez-le comme projet)</translation>
    </message>
    <message>
        <source>{name} is not a REFI-QDA codebook: its root element is &lt;{tag}&gt;</source>
        <translation>{name} n&apos;est pas un livre de codes REFI-QDA&#xa0;: son élément racine est &lt;{tag}&gt;</translation>
    </message>
    <message>
        <source>{name} is not a REFI-QDA project: its root element is &lt;{tag}&gt; (it looks like a codebook: import it as a codebook)</source>
        <translation>{name} n&apos;est pas un projet REFI-QDA&#xa0;: son élément racine est &lt;{tag}&gt; (il ressemble à un livre de codes&#xa0;: importez-le comme livre de codes)</translation>
    </message>
    <message>
        <source>{name} is not a REFI-QDA project: its root element is &lt;{tag}&gt;</source>
        <translation>{name} n&apos;est pas un projet REFI-QDA&#xa0;: son élément racine est &lt;{tag}&gt;</translation>
    </message>
    <message>
        <source>{name} is too large to be a REFI-QDA codebook (.qdc) ({size} bytes)</source>
        <translation>{name} est trop volumineux pour être un livre de codes REFI-QDA (.qdc) ({size} octets)</translation>
    </message>
    <message>
        <source>{name} is too large to be a REFI-QDA project file (.qde) ({size} bytes)</source>
        <translation>{name} est trop volumineux pour être un fichier de projet REFI-QDA (.qde) ({size} octets)</translation>
    </message>
    <message>
        <source>{name} is a zip archive, not a REFI-QDA codebook (.qdc); if it is a REFI-QDA project (.qdpx), import it as a project</source>
        <translation>{name} est une archive zip, pas un livre de codes REFI-QDA (.qdc)&#xa0;; si c&apos;est un projet REFI-QDA (.qdpx), importez-le comme projet</translation>
    </message>
    <message>
        <source>{name} is a zip archive, not a REFI-QDA project file (.qde); if it is a REFI-QDA project (.qdpx), import it as a project</source>
        <translation>{name} est une archive zip, pas un fichier de projet REFI-QDA (.qde)&#xa0;; si c&apos;est un projet REFI-QDA (.qdpx), importez-le comme projet</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>du texte brut</translation>
    </message>
    <message>
        <source>a Word .docx document</source>
        <translation>un document Word .docx</translation>
    </message>
    <message>
        <source>a legacy Word .doc document</source>
        <translation>un ancien document Word .doc</translation>
    </message>
    <message>
        <source>an OpenDocument text</source>
        <translation>un texte OpenDocument</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>un document RTF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a caption (VTT/SRT) file</source>
        <translation>un fichier de sous-titres (VTT/SRT)</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>une page HTML</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>une archive ZIP</translation>
    </message>
    <message>
        <source>an OpenDocument text (.odt)</source>
        <translation>un texte OpenDocument (.odt)</translation>
    </message>
    <message>
        <source>an Excel workbook</source>
        <translation>un classeur Excel</translation>
    </message>
    <message>
        <source>a legacy Microsoft Office file (.doc/.xls)</source>
        <translation>un ancien fichier Microsoft Office (.doc/.xls)</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>une image</translation>
    </message>
    <message>
        <source>a compressed archive</source>
        <translation>une archive compressée</translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation>un fichier audio</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>un programme</translation>
    </message>
    <message>
        <source>a WebVTT caption file</source>
        <translation>un fichier de sous-titres WebVTT</translation>
    </message>
    <message>
        <source>binary data of an unknown kind</source>
        <translation>des données binaires d&apos;un type inconnu</translation>
    </message>
    <message>
        <source>another kind of file</source>
        <translation>un autre type de fichier</translation>
    </message>
    <message>
        <source>the file is not {format}: it appears to be {what}; check the file or rename it with the right extension</source>
        <translation>le fichier n&apos;est pas {format}&#xa0;: il semble être {what}&#xa0;; vérifiez le fichier ou renommez-le avec la bonne extension</translation>
    </message>
    <message>
        <source>unsupported file type {suffix}: it appears to be {what}; qcoder imports {listed}</source>
        <translation>type de fichier non pris en charge {suffix}&#xa0;: il semble être {what}&#xa0;; qcoder importe {listed}</translation>
    </message>
    <message>
        <source>the file looks like binary data, not text (it appears to be {what})</source>
        <translation>le fichier semble contenir des données binaires, pas du texte (il semble être {what})</translation>
    </message>
    <message>
        <source>reading the file took longer than {seconds} seconds and was abandoned; it may be damaged or built to stall readers</source>
        <translation>la lecture du fichier a pris plus de {seconds} secondes et a été abandonnée&#xa0;; il est peut-être endommagé ou conçu pour bloquer les lecteurs</translation>
    </message>
    <message>
        <source>the {kind} file contains an XML document type declaration in {part}, which Office files never use; it was rejected as unsafe (it could make the import hang or run out of memory)</source>
        <translation>le fichier {kind} contient une déclaration de type de document XML dans {part}, ce que les fichiers Office n&apos;utilisent jamais&#xa0;; il a été refusé par sécurité (il pourrait bloquer l&apos;import ou épuiser la mémoire)</translation>
    </message>
    <message>
        <source>the file is a ZIP archive but not a {kind} document (it has no {part})</source>
        <translation>le fichier est une archive ZIP mais pas un document {kind} (il n&apos;a pas de {part})</translation>
    </message>
    <message>
        <source>the {kind} file unpacks to {size} MB, more than qcoder accepts ({limit} MB)</source>
        <translation>le fichier {kind} se décompresse en {size} Mo, plus que ce que qcoder accepte ({limit} Mo)</translation>
    </message>
    <message>
        <source>the {kind} file has an implausibly large part {part} ({size} MB uncompressed); it was rejected as unsafe</source>
        <translation>le fichier {kind} a une partie {part} d&apos;une taille invraisemblable ({size} Mo décompressés)&#xa0;; il a été refusé par sécurité</translation>
    </message>
    <message>
        <source>the {kind} file is password-protected: {reason}</source>
        <translation>le fichier {kind} est protégé par mot de passe&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>converting the .doc file took longer than {seconds} seconds and was stopped ({program}); the file may be damaged — save it as .docx in Word</source>
        <translation>la conversion du fichier .doc a pris plus de {seconds} secondes et a été arrêtée ({program})&#xa0;; le fichier est peut-être endommagé — enregistrez-le en .docx dans Word</translation>
    </message>
    <message>
        <source>the .odt file could not be read ({error}: {reason})</source>
        <translation>le fichier .odt n&apos;a pas pu être lu ({error}&#xa0;: {reason})</translation>
    </message>
    <message>
        <source>the PDF file is damaged: its page tree cannot be read ({reason})</source>
        <translation>le fichier PDF est endommagé&#xa0;: son arbre de pages est illisible ({reason})</translation>
    </message>
    <message>
        <source>the RTF file could not be read ({reason})</source>
        <translation>le fichier RTF n&apos;a pas pu être lu ({reason})</translation>
    </message>
    <message>
        <source>file-name pattern {pattern} has no {{field}}</source>
        <translation>le modèle de nom de fichier {pattern} n&apos;a aucun {{field}}</translation>
    </message>
    <message>
        <source>the CSV file is malformed in row {row} (line {line}): {reason}</source>
        <translation>le fichier CSV est mal formé à la ligne {row} (ligne de texte {line})&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the .xlsx workbook could not be opened ({reason}); it may be damaged — open it in Excel and save it again</source>
        <translation>le classeur .xlsx n&apos;a pas pu être ouvert ({reason})&#xa0;; il est peut-être endommagé — ouvrez-le dans Excel et enregistrez-le à nouveau</translation>
    </message>
    <message>
        <source>the first sheet of the workbook cannot be read ({error}: {reason})</source>
        <translation>la première feuille du classeur est illisible ({error}&#xa0;: {reason})</translation>
    </message>
    <message>
        <source>row {row}: the column name {name} appears twice (columns {first} and {second})</source>
        <translation>ligne {row}&#xa0;: le nom de colonne {name} figure deux fois (colonnes {first} et {second})</translation>
    </message>
    <message>
        <source>row {row}, column {column}: value {value} has no column header (the header has {width} columns)</source>
        <translation>ligne {row}, colonne {column}&#xa0;: la valeur {value} n&apos;a pas d&apos;en-tête de colonne (l&apos;en-tête a {width} colonnes)</translation>
    </message>
    <message>
        <source>the attribute sheet could not be read ({error}: {reason})</source>
        <translation>la feuille d&apos;attributs n&apos;a pas pu être lue ({error}&#xa0;: {reason})</translation>
    </message>
    <message>
        <source>the CSV file has a quoted value that is never closed (it starts in row {row}); check that row&apos;s double quotes</source>
        <translation>le fichier CSV a une valeur entre guillemets jamais fermée (elle commence à la ligne {row})&#xa0;; vérifiez les guillemets doubles de cette ligne</translation>
    </message>
    <message>
        <source>row {row} of the first sheet cannot be read: {reason}</source>
        <translation>la ligne {row} de la première feuille est illisible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>unbalanced brace in file-name pattern {pattern} (use {{{{ or }}}} for a literal brace)</source>
        <translation>accolade non appariée dans le modèle de nom de fichier {pattern} (utilisez {{{{ ou }}}} pour une accolade littérale)</translation>
    </message>
    <message>
        <source>{{{name}}} in file-name pattern {pattern}: field names are letters, digits and underscores, starting with a letter</source>
        <translation>{{{name}}} dans le modèle de nom de fichier {pattern}&#xa0;: les noms de champ sont faits de lettres, de chiffres et de tirets bas, et commencent par une lettre</translation>
    </message>
    <message>
        <source>field {{{name}}} appears twice in file-name pattern {pattern}</source>
        <translation>le champ {{{name}}} figure deux fois dans le modèle de nom de fichier {pattern}</translation>
    </message>
    <message>
        <source>the SPSS file could not be read ({error}: {reason})</source>
        <translation>le fichier SPSS n&apos;a pas pu être lu ({error}&#xa0;: {reason})</translation>
    </message>
    <message>
        <source>the Word document is damaged: its XML cannot be parsed ({reason})</source>
        <translation>le document Word est endommagé&#xa0;: son XML ne peut pas être analysé ({reason})</translation>
    </message>
    <message>
        <source>the Word document is incomplete: part {part} is missing (it may be damaged, or saved in the &apos;Strict Open XML&apos; format — save it again as a regular .docx)</source>
        <translation>le document Word est incomplet&#xa0;: la partie {part} manque (il est peut-être endommagé, ou enregistré au format &apos;Strict Open XML&apos; — enregistrez-le à nouveau en .docx ordinaire)</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} est vide</translation>
    </message>
</context>
<context>
    <name>import_warnings</name>
    <message>
        <source>the RTF file seems to be cut off (unclosed groups); the text may be incomplete</source>
        <translation>le fichier RTF semble tronqué (groupes non fermés)&#xa0;; le texte est peut-être incomplet</translation>
    </message>
    <message>
        <source>margin paragraph numbers removed</source>
        <translation>numéros de paragraphe en marge supprimés</translation>
    </message>
    <message>
        <source>page numbers and running headers/footers removed</source>
        <translation>numéros de page et en-têtes/pieds de page courants supprimés</translation>
    </message>
    <message>
        <source>page numbers removed</source>
        <translation>numéros de page supprimés</translation>
    </message>
    <message>
        <source>lines wrapped by the PDF&apos;s layout joined into paragraphs</source>
        <translation>les lignes coupées par la mise en page du PDF ont été réunies en paragraphes</translation>
    </message>
    <message>
        <source>HTML formatting removed</source>
        <translation>mise en forme HTML supprimée</translation>
    </message>
    <message>
        <source>no caption timings (start --&gt; end lines) found; imported as plain text</source>
        <translation>aucun minutage de sous-titres (lignes début --&gt; fin) trouvé&#xa0;; importé comme texte brut</translation>
    </message>
    <message>
        <source>no speaker labels found, so no turns: excerpts cannot be attributed to a speaker. In the window, Project → Speakers of this document gives its paragraphs to an interviewer and a respondent in one step (alternating, or by how the interviewer&apos;s paragraphs start); or label turns &apos;Name: …&apos; in the file and import it again</source>
        <translation>aucune étiquette de locuteur trouvée, donc aucun tour de parole&#xa0;: les extraits ne peuvent pas être attribués à un locuteur. Dans la fenêtre, Projet → Locuteurs de ce document attribue ses paragraphes à un enquêteur et à un répondant en une seule étape (en alternance, ou selon le début des paragraphes de l&apos;enquêteur)&#xa0;; ou étiquetez les tours «&#xa0;Nom&#xa0;: …&#xa0;» dans le fichier et importez-le de nouveau</translation>
    </message>
    <message>
        <source>{n} image or drawing ignored</source>
        <translation>{n} image ou dessin ignoré</translation>
    </message>
    <message>
        <source>{n} images or drawings ignored</source>
        <translation>{n} images ou dessins ignorés</translation>
    </message>
    <message>
        <source>{n} image ignored</source>
        <translation>{n} image ignorée</translation>
    </message>
    <message>
        <source>{n} images ignored</source>
        <translation>{n} images ignorées</translation>
    </message>
    <message>
        <source>text of {n} text box included after the paragraph that anchors it</source>
        <translation>texte de {n} zone de texte inclus après le paragraphe qui l&apos;ancre</translation>
    </message>
    <message>
        <source>text of {n} text boxes included after the paragraph that anchors it</source>
        <translation>texte de {n} zones de texte inclus après le paragraphe qui ancre chacune</translation>
    </message>
    <message>
        <source>text of {n} text frame included after its anchor paragraph</source>
        <translation>texte de {n} cadre de texte inclus après son paragraphe d&apos;ancrage</translation>
    </message>
    <message>
        <source>text of {n} text frames included after their anchor paragraphs</source>
        <translation>texte de {n} cadres de texte inclus après leurs paragraphes d&apos;ancrage</translation>
    </message>
    <message>
        <source>{n} tracked deletion left out (insertions kept)</source>
        <translation>{n} suppression suivie omise (insertions conservées)</translation>
    </message>
    <message>
        <source>{n} tracked deletions left out (insertions kept)</source>
        <translation>{n} suppressions suivies omises (insertions conservées)</translation>
    </message>
    <message>
        <source>{n} comment not imported</source>
        <translation>{n} commentaire non importé</translation>
    </message>
    <message>
        <source>{n} comments not imported</source>
        <translation>{n} commentaires non importés</translation>
    </message>
    <message>
        <source>{n} footnote or endnote not imported</source>
        <translation>{n} note de bas de page ou de fin non importée</translation>
    </message>
    <message>
        <source>{n} footnotes or endnotes not imported</source>
        <translation>{n} notes de bas de page ou de fin non importées</translation>
    </message>
    <message>
        <source>{n} embedded document part (altChunk) imported as plain text</source>
        <translation>{n} partie de document incorporée (altChunk) importée comme texte brut</translation>
    </message>
    <message>
        <source>{n} embedded document parts (altChunk) imported as plain text</source>
        <translation>{n} parties de document incorporées (altChunk) importées comme texte brut</translation>
    </message>
    <message>
        <source>{n} cue with malformed timestamps kept without times</source>
        <translation>{n} sous-titre aux horodatages mal formés conservé sans minutage</translation>
    </message>
    <message>
        <source>{n} cues with malformed timestamps kept without times</source>
        <translation>{n} sous-titres aux horodatages mal formés conservés sans minutage</translation>
    </message>
    <message>
        <source>{n} text block without a timing line kept as text</source>
        <translation>{n} bloc de texte sans ligne de minutage conservé comme texte</translation>
    </message>
    <message>
        <source>{n} text blocks without a timing line kept as text</source>
        <translation>{n} blocs de texte sans ligne de minutage conservés comme texte</translation>
    </message>
    <message>
        <source>page {pages} has no text layer (scanned?); its content is missing — run OCR to include it</source>
        <translation>la page {pages} n&apos;a pas de couche de texte (numérisée&#xa0;?)&#xa0;; son contenu manque — lancez un OCR pour l&apos;inclure</translation>
    </message>
    <message>
        <source>pages {pages} have no text layer (scanned?); their content is missing — run OCR to include them</source>
        <translation>les pages {pages} n&apos;ont pas de couche de texte (numérisées&#xa0;?)&#xa0;; leur contenu manque — lancez un OCR pour les inclure</translation>
    </message>
    <message>
        <source>page {pages} could not be read and was skipped</source>
        <translation>la page {pages} n&apos;a pas pu être lue et a été ignorée</translation>
    </message>
    <message>
        <source>pages {pages} could not be read and were skipped</source>
        <translation>les pages {pages} n&apos;ont pas pu être lues et ont été ignorées</translation>
    </message>
    <message>
        <source>embedded content qcoder cannot read was left out: {parts}</source>
        <translation>du contenu incorporé que qcoder ne sait pas lire a été omis&#xa0;: {parts}</translation>
    </message>
    <message>
        <source>converted from legacy .doc with {tool}: tables and layout are simplified</source>
        <translation>converti depuis un ancien .doc avec {tool}&#xa0;: les tableaux et la mise en page sont simplifiés</translation>
    </message>
    <message>
        <source>the file is named {suffix}; it contains {kind} and was imported as such</source>
        <translation>le fichier porte l&apos;extension {suffix}&#xa0;; il contient {kind} et a été importé comme tel</translation>
    </message>
    <message>
        <source>the file has no extension; it contains {kind} and was imported as such</source>
        <translation>le fichier n&apos;a pas d&apos;extension&#xa0;; il contient {kind} et a été importé comme tel</translation>
    </message>
    <message>
        <source>the file is named {suffix} but contains {kind}; it was imported as such</source>
        <translation>le fichier porte l&apos;extension {suffix} mais contient {kind}&#xa0;; il a été importé comme tel</translation>
    </message>
</context>
<context>
    <name>keyboard</name>
    <message>
        <source>Next panel</source>
        <translation>Panneau suivant</translation>
    </message>
    <message>
        <source>Previous panel</source>
        <translation>Panneau précédent</translation>
    </message>
    <message>
        <source>Context menu</source>
        <translation>Menu contextuel</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l’interface</translation>
    </message>
    <message>
        <source>System ({language})</source>
        <translation>Système ({language})</translation>
    </message>
    <message>
        <source>Set by {variable}={value}</source>
        <translation>Fixée par {variable}={value}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>qcoder will use {language} from its next start.</source>
        <translation>qcoder utilisera {language} dès son prochain démarrage.</translation>
    </message>
    <message>
        <source>Restart now? The open project is reopened; nothing is lost.</source>
        <translation>Redémarrer maintenant&#xa0;? Le projet ouvert sera rouvert&#xa0;; rien n’est perdu.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Livre de codes</translation>
    </message>
    <message>
        <source>Coded excerpts</source>
        <translation>Extraits codés</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Code suggestions</source>
        <translation>Suggestions de codes</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Mémos</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <source>Switch coder…</source>
        <translation>Changer de codeur…</translation>
    </message>
    <message>
        <source>Close project</source>
        <translation>Fermer le projet</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>Snap selections to whole words</source>
        <translation>Étendre les sélections aux mots entiers</translation>
    </message>
    <message>
        <source>A drag that starts or ends inside a word takes the whole word (Alt: exact)</source>
        <translation>Un glissement qui commence ou finit dans un mot prend le mot entier (Alt&#xa0;: exact)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Quick codes (keys 1–9)</source>
        <translation>Codes rapides (touches 1–9)</translation>
    </message>
    <message>
        <source>Selected coding</source>
        <translation>Codage sélectionné</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langage</translation>
    </message>
    <message>
        <source>Auto-code…</source>
        <translation>Codage automatique…</translation>
    </message>
    <message>
        <source>De-identify…</source>
        <translation>Anonymiser…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>Ouvrir un projet récent</translation>
    </message>
    <message>
        <source>Import transcripts…</source>
        <translation>Importer des transcriptions…</translation>
    </message>
    <message>
        <source>Survey answers…</source>
        <translation>Réponses d&apos;enquête…</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>Attributs…</translation>
    </message>
    <message>
        <source>Speakers of this document…</source>
        <translation>Locuteurs de ce document…</translation>
    </message>
    <message>
        <source>Import codebook…</source>
        <translation>Importer un livre de codes…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Encrypt project…</source>
        <translation>Chiffrer le projet…</translation>
    </message>
    <message>
        <source>Show codings</source>
        <translation>Afficher les codages</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>The coder recorded with new codings — click to switch</source>
        <translation>Le codeur enregistré avec les nouveaux codages — cliquez pour en changer</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>The project could not be opened.

{reason}</source>
        <translation>Le projet n&apos;a pas pu être ouvert.

{reason}</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Sauvegardé dans {path}</translation>
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
        <translation>Codeur&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Coder: (not set)</source>
        <translation>Codeur&#xa0;: (non défini)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Bind keys: right-click a code in the codebook</source>
        <translation>Associer des touches&#xa0;: clic droit sur un code du livre de codes</translation>
    </message>
    <message>
        <source>Open a document first.</source>
        <translation>Ouvrez d&apos;abord un document.</translation>
    </message>
</context>
<context>
    <name>memo_dialog</name>
    <message>
        <source>Memo on the document {name}</source>
        <translation>Mémo sur le document {name}</translation>
    </message>
    <message>
        <source>Memo on the code {name}</source>
        <translation>Mémo sur le code {name}</translation>
    </message>
    <message>
        <source>Memo on the participant {name}</source>
        <translation>Mémo sur le participant {name}</translation>
    </message>
    <message>
        <source>Your notes on this document: what stands out, questions to follow up, links to themes.</source>
        <translation>Vos notes sur ce document&#xa0;: ce qui ressort, questions à approfondir, liens avec les thèmes.</translation>
    </message>
    <message>
        <source>Your notes on this code: what stands out, questions to follow up, links to themes.</source>
        <translation>Vos notes sur ce code&#xa0;: ce qui ressort, questions à approfondir, liens avec les thèmes.</translation>
    </message>
    <message>
        <source>Your notes on this participant: what stands out, questions to follow up, links to themes.</source>
        <translation>Vos notes sur ce participant&#xa0;: ce qui ressort, questions à approfondir, liens avec les thèmes.</translation>
    </message>
    <message>
        <source>Last written by {who}, {when}</source>
        <translation>Dernière modification par {who}, {when}</translation>
    </message>
    <message>
        <source>Last written {when}</source>
        <translation>Dernière modification&#xa0;: {when}</translation>
    </message>
    <message>
        <source>Memo text</source>
        <translation>Texte du mémo</translation>
    </message>
    <message>
        <source>Save the memo (Ctrl+Return)</source>
        <translation>Enregistrer le mémo (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>memo_links_view</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Excerpt (coding)</source>
        <translation>Extrait (codage)</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(introuvable)</translation>
    </message>
    <message>
        <source>Insert link</source>
        <translation>Insérer un lien</translation>
    </message>
    <message>
        <source>Link to</source>
        <translation>Lier à</translation>
    </message>
    <message>
        <source>What the link points at: a code, a document or an excerpt</source>
        <translation>Ce vers quoi pointe le lien&#xa0;: un code, un document ou un extrait</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Link targets</source>
        <translation>Cibles du lien</translation>
    </message>
    <message>
        <source>Enter inserts a link to the chosen one</source>
        <translation>Entrée insère un lien vers l&apos;élément choisi</translation>
    </message>
</context>
<context>
    <name>memos_panel</name>
    <message>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>365 derniers jours</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Project journal</source>
        <translation>Journal du projet</translation>
    </message>
    <message>
        <source>Document memos</source>
        <translation>Mémos de documents</translation>
    </message>
    <message>
        <source>Code memos</source>
        <translation>Mémos de codes</translation>
    </message>
    <message>
        <source>Participant memos</source>
        <translation>Mémos de participants</translation>
    </message>
    <message>
        <source>Coding memos</source>
        <translation>Mémos de codages</translation>
    </message>
    <message>
        <source>Framework summaries</source>
        <translation>Synthèses Framework</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codage</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Mémo</translation>
    </message>
    <message>
        <source>Memo type</source>
        <translation>Type de mémo</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Memo author</source>
        <translation>Auteur du mémo</translation>
    </message>
    <message>
        <source>Memos since</source>
        <translation>Mémos depuis</translation>
    </message>
    <message>
        <source>Search memos</source>
        <translation>Rechercher dans les mémos</translation>
    </message>
    <message>
        <source>Search memos…</source>
        <translation>Rechercher dans les mémos…</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>Nouvelle entrée de journal</translation>
    </message>
    <message>
        <source>Memos</source>
        <translation>Mémos</translation>
    </message>
    <message>
        <source>One row per memo: type, what it is on, author, date. Enter opens it.</source>
        <translation>Une ligne par mémo&#xa0;: type, objet, auteur, date. Entrée l&apos;ouvre.</translation>
    </message>
    <message>
        <source>Select a memo to read or edit it.</source>
        <translation>Sélectionnez un mémo pour le lire ou le modifier.</translation>
    </message>
    <message>
        <source>Memo text</source>
        <translation>Texte du mémo</translation>
    </message>
    <message>
        <source>The selected memo, to read or edit</source>
        <translation>Le mémo sélectionné, à lire ou modifier</translation>
    </message>
    <message>
        <source>Save memo</source>
        <translation>Enregistrer le mémo</translation>
    </message>
    <message>
        <source>Insert link…</source>
        <translation>Insérer un lien…</translation>
    </message>
    <message>
        <source>Link this memo to a code, a document or an excerpt</source>
        <translation>Lier ce mémo à un code, un document ou un extrait</translation>
    </message>
    <message>
        <source>The link “{ref}” points to something that is no longer in the project</source>
        <translation>Le lien «&#xa0;{ref}&#xa0;» pointe vers un élément qui n&apos;est plus dans le projet</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message>
        <source>{n} memo</source>
        <translation>{n} mémo</translation>
    </message>
    <message>
        <source>{n} memos</source>
        <translation>{n} mémos</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <source>unknown author</source>
        <translation>auteur inconnu</translation>
    </message>
    <message>
        <source>{kind}: {target}</source>
        <translation>{kind}&#xa0;: {target}</translation>
    </message>
</context>
<context>
    <name>nlp.autocode_dialog</name>
    <message>
        <source>Keywords or phrases</source>
        <translation>Mots-clés ou expressions</translation>
    </message>
    <message>
        <source>turnover, promot*, transfer, burnout</source>
        <translation>rotation, promo*, mutation, épuisement</translation>
    </message>
    <message>
        <source>Lemmas (any form of the word)</source>
        <translation>Lemmes (toute forme du mot)</translation>
    </message>
    <message>
        <source>turnover, promote, transfer, burnout</source>
        <translation>rotation, promouvoir, mutation, épuisement</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Expression régulière</translation>
    </message>
    <message>
        <source>All turns of a speaker group</source>
        <translation>Tous les tours de parole d&apos;un groupe de locuteurs</translation>
    </message>
    <message>
        <source>All interviewer turns</source>
        <translation>Tous les tours de parole de l&apos;enquêteur</translation>
    </message>
    <message>
        <source>the words found</source>
        <translation>les mots trouvés</translation>
    </message>
    <message>
        <source>their sentence</source>
        <translation>leur phrase</translation>
    </message>
    <message>
        <source>their speaker turn</source>
        <translation>leur tour de parole</translation>
    </message>
    <message>
        <source>Auto-code</source>
        <translation>Codage automatique</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termes</translation>
    </message>
    <message>
        <source>The words, phrase or pattern to find</source>
        <translation>Les mots, l&apos;expression ou le motif à chercher</translation>
    </message>
    <message>
        <source>Ignore case</source>
        <translation>Ignorer la casse</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Coder</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>What would be coded («match»)</source>
        <translation>Ce qui serait codé («correspondance»)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>The passages found: tick those to code</source>
        <translation>Les extraits trouvés&#xa0;: cochez ceux à coder</translation>
    </message>
    <message>
        <source>Choose a code and what to look for, then Find. Nothing is coded until you confirm.</source>
        <translation>Choisissez un code et ce qu&apos;il faut chercher, puis Chercher. Rien n&apos;est codé avant votre confirmation.</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Ne rien sélectionner</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Choose who you are first (Edit ▸ Switch coder): codings belong to a coder.</source>
        <translation>Indiquez d&apos;abord qui vous êtes (Édition ▸ Changer de codeur)&#xa0;: les codages appartiennent à un codeur.</translation>
    </message>
    <message>
        <source>The codebook is empty: create a code first.</source>
        <translation>La grille de codage est vide&#xa0;: créez d&apos;abord un code.</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>{n} hit</source>
        <translation>{n} occurrence</translation>
    </message>
    <message>
        <source>{n} hits</source>
        <translation>{n} occurrences</translation>
    </message>
    <message>
        <source>{selected} of {hits} selected</source>
        <translation>Sélection&#xa0;: {selected} sur {hits}</translation>
    </message>
    <message>
        <source>{n} hit already coded with this code by you (left out)</source>
        <translation>{n} occurrence déjà codée par vous avec ce code (écartée)</translation>
    </message>
    <message>
        <source>{n} hits already coded with this code by you (left out)</source>
        <translation>{n} occurrences déjà codées par vous avec ce code (écartées)</translation>
    </message>
    <message>
        <source>language: {pipeline}</source>
        <translation>langue&#xa0;: {pipeline}</translation>
    </message>
    <message>
        <source>{parts}. Untick false hits, then code the rest.</source>
        <translation>{parts}. Décochez les fausses occurrences, puis codez le reste.</translation>
    </message>
    <message>
        <source>Code {n} excerpt</source>
        <translation>Coder {n} extrait</translation>
    </message>
    <message>
        <source>Code {n} excerpts</source>
        <translation>Coder {n} extraits</translation>
    </message>
    <message>
        <source>{n} excerpt</source>
        <translation>{n} extrait</translation>
    </message>
    <message>
        <source>{n} excerpts</source>
        <translation>{n} extraits</translation>
    </message>
    <message>
        <source>Coded {excerpts} with {code}. Edit ▸ Undo takes them all back.</source>
        <translation>Codé avec {code}&#xa0;: {excerpts}. Édition ▸ Annuler les retire tous.</translation>
    </message>
</context>
<context>
    <name>nlp.deidentify_dialog</name>
    <message>
        <source>your list</source>
        <translation>votre liste</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>language model</source>
        <translation>modèle de langue</translation>
    </message>
    <message>
        <source>same words</source>
        <translation>mêmes mots</translation>
    </message>
    <message>
        <source>speaker label</source>
        <translation>étiquette de locuteur</translation>
    </message>
    <message>
        <source>De-identify</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <source>Names to replace</source>
        <translation>Noms à remplacer</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
    <message>
        <source>Places to replace</source>
        <translation>Lieux à remplacer</translation>
    </message>
    <message>
        <source>Agencies to replace</source>
        <translation>Organismes à remplacer</translation>
    </message>
    <message>
        <source>People&apos;s names</source>
        <translation>Noms de personnes</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Agencies and organisations</source>
        <translation>Organismes et organisations</translation>
    </message>
    <message>
        <source>Names found by the language model</source>
        <translation>Noms détectés par le modèle</translation>
    </message>
    <message>
        <source>Needs a trained English model: pip install &apos;qcoder[model]&apos;</source>
        <translation>Nécessite un modèle anglais entraîné&#xa0;: pip install &apos;qcoder[model]&apos;</translation>
    </message>
    <message>
        <source>Phone numbers, e-mail, dates, addresses, case numbers</source>
        <translation>Téléphones, e-mails, dates, adresses, n° de dossier</translation>
    </message>
    <message>
        <source>Number placeholders ([name 1], [name 2])</source>
        <translation>Numéroter les substituts ([name 1], [name 2])</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Lists: one per line (the project&apos;s participants, speakers, sites and agencies are filled in).</source>
        <translation>Listes&#xa0;: une entrée par ligne (les participants, locuteurs, sites et organismes du projet y sont déjà inscrits).</translation>
    </message>
    <message>
        <source>No trained language model is installed: only your lists and the patterns are used, so read the transcripts for names they miss.</source>
        <translation>Aucun modèle de langue entraîné n&apos;est installé&#xa0;: seuls vos listes et les motifs sont utilisés&#xa0;; relisez donc les transcriptions pour repérer les noms qu&apos;ils manquent.</translation>
    </message>
    <message>
        <source>Double-click to change (same words, same text)</source>
        <translation>Double-cliquez pour le modifier (mêmes mots, même texte)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Détecté par</translation>
    </message>
    <message>
        <source>In context</source>
        <translation>En contexte</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation>Remplacements</translation>
    </message>
    <message>
        <source>What is found and what replaces it: tick those to apply</source>
        <translation>Ce qui est trouvé et ce qui le remplace&#xa0;: cochez ce qu&apos;il faut appliquer</translation>
    </message>
    <message>
        <source>Find, then untick what is not identifying. The project is not changed until you save.</source>
        <translation>Cherchez, puis décochez ce qui n&apos;est pas identifiant. Le projet n&apos;est pas modifié avant l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Tout accepter</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>Tout rejeter</translation>
    </message>
    <message>
        <source>Reject these words everywhere</source>
        <translation>Rejeter ces mots partout</translation>
    </message>
    <message>
        <source>Save redacted copy…</source>
        <translation>Enregistrer une copie anonymisée…</translation>
    </message>
    <message>
        <source>Redact this project…</source>
        <translation>Anonymiser ce projet…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Looking for names, places and contact details…</source>
        <translation>Recherche de noms, de lieux et de coordonnées…</translation>
    </message>
    <message>
        <source>with the language model</source>
        <translation>avec le modèle de langue</translation>
    </message>
    <message>
        <source>without a language model (lists and patterns)</source>
        <translation>sans modèle de langue (listes et motifs)</translation>
    </message>
    <message>
        <source>{n} finding</source>
        <translation>{n} élément trouvé</translation>
    </message>
    <message>
        <source>{n} findings</source>
        <translation>{n} éléments trouvés</translation>
    </message>
    <message>
        <source>{n} participant</source>
        <translation>{n} participant</translation>
    </message>
    <message>
        <source>{n} participants</source>
        <translation>{n} participants</translation>
    </message>
    <message>
        <source>{n} label</source>
        <translation>{n} étiquette</translation>
    </message>
    <message>
        <source>{n} labels</source>
        <translation>{n} étiquettes</translation>
    </message>
    <message>
        <source>{selected} of {findings} will be replaced; found {how}.</source>
        <translation>À remplacer&#xa0;: {selected} sur {findings}&#xa0;; détection {how}.</translation>
    </message>
    <message>
        <source>{participants} and their speaker labels ({labels} in the text) become “Participant 1”, “Participant 2”….</source>
        <translation>{participants} et leurs étiquettes de locuteur ({labels} dans le texte) deviennent «&#xa0;Participant 1&#xa0;», «&#xa0;Participant 2&#xa0;»….</translation>
    </message>
    <message>
        <source>Save redacted copy</source>
        <translation>Enregistrer une copie anonymisée</translation>
    </message>
    <message>
        <source>qcoder projects (*.qcoder)</source>
        <translation>Projets qcoder (*.qcoder)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} document</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <source>{n} replacement</source>
        <translation>{n} remplacement</translation>
    </message>
    <message>
        <source>{n} replacements</source>
        <translation>{n} remplacements</translation>
    </message>
    <message>
        <source>{n} coding</source>
        <translation>{n} codage</translation>
    </message>
    <message>
        <source>{n} codings</source>
        <translation>{n} codages</translation>
    </message>
    <message>
        <source>Saved {path}: {documents}, {replacements}, {codings} carried over ({snapped} adjusted to a placeholder&apos;s edge). This project is unchanged.</source>
        <translation>{path} enregistré&#xa0;: {documents}, {replacements}, {codings} repris ({snapped} ajustés au bord d&apos;un substitut). Ce projet n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>A backup of the original goes to {path}.</source>
        <translation>Une sauvegarde de l&apos;original est enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>This is a server project: no backup file is made; Edit ▸ Undo restores the text.</source>
        <translation>C&apos;est un projet sur serveur&#xa0;: aucun fichier de sauvegarde n&apos;est créé&#xa0;; Édition ▸ Annuler rétablit le texte.</translation>
    </message>
    <message>
        <source>Replace the accepted findings in this project&apos;s transcripts?</source>
        <translation>Remplacer les éléments acceptés dans les transcriptions de ce projet&#xa0;?</translation>
    </message>
    <message>
        <source>The backup still contains the identifying text: keep it somewhere safe or delete it.</source>
        <translation>La sauvegarde contient toujours le texte identifiant&#xa0;: conservez-la en lieu sûr ou supprimez-la.</translation>
    </message>
    <message>
        <source>Redact this project</source>
        <translation>Anonymiser ce projet</translation>
    </message>
    <message>
        <source>Redacted {documents} ({replacements}). Edit ▸ Undo restores them.</source>
        <translation>Anonymisation&#xa0;: {documents} ({replacements}). Édition ▸ Annuler les rétablit.</translation>
    </message>
    <message>
        <source>The original is in {path}.</source>
        <translation>L&apos;original se trouve dans {path}.</translation>
    </message>
</context>
<context>
    <name>nlp.status</name>
    <message>
        <source>Language: {name}</source>
        <translation>Langue&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Language: basic (no named entities)</source>
        <translation>Langue&#xa0;: base (sans entités nommées)</translation>
    </message>
    <message>
        <source>named entities</source>
        <translation>entités nommées</translation>
    </message>
    <message>
        <source>named entities (de-identification uses rosters and patterns only)</source>
        <translation>entités nommées (l’anonymisation n’utilise que des listes de noms et des motifs)</translation>
    </message>
    <message>
        <source>statistical sentence boundaries (rule-based: . ! ? and line breaks)</source>
        <translation>limites de phrase statistiques (par règles : . ! ? et sauts de ligne)</translation>
    </message>
    <message>
        <source>lemmas (spacy-lookups-data is not installed: words are matched as written)</source>
        <translation>lemmes (spacy-lookups-data n’est pas installé : les mots sont comparés tels qu’écrits)</translation>
    </message>
    <message>
        <source>lemmas (no lookup table: words are matched as written)</source>
        <translation>lemmes (pas de table de correspondance : les mots sont comparés tels qu’écrits)</translation>
    </message>
    <message>
        <source>{name} {version} (trained English pipeline)</source>
        <translation>{name} {version} (modèle anglais entraîné)</translation>
    </message>
    <message>
        <source>basic English pipeline (spaCy {version}: rule-based sentences + lookup lemmatizer)</source>
        <translation>modèle anglais de base (spaCy {version} : phrases par règles + lemmatiseur par table)</translation>
    </message>
    <message>
        <source>basic English pipeline (spaCy {version}: rule-based sentences)</source>
        <translation>modèle anglais de base (spaCy {version} : phrases par règles)</translation>
    </message>
    <message>
        <source>Language processing runs on this computer with spaCy: {pipeline}.</source>
        <translation>Le traitement de la langue s&apos;exécute sur cet ordinateur avec spaCy&#xa0;: {pipeline}.</translation>
    </message>
    <message>
        <source>Not available without a trained English model:</source>
        <translation>Indisponible sans modèle anglais entraîné&#xa0;:</translation>
    </message>
    <message>
        <source>Install one with: pip install &apos;qcoder[model]&apos;</source>
        <translation>Installez-en un avec&#xa0;: pip install &apos;qcoder[model]&apos;</translation>
    </message>
    <message>
        <source>Nothing is sent anywhere.</source>
        <translation>Rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <source>About language processing…</source>
        <translation>À propos du traitement de la langue…</translation>
    </message>
    <message>
        <source>Clear the language-analysis cache</source>
        <translation>Vider le cache d&apos;analyse linguistique</translation>
    </message>
    <message>
        <source>Language processing</source>
        <translation>Traitement de la langue</translation>
    </message>
    <message>
        <source>Cleared the language-analysis cache ({n} files).</source>
        <translation>Cache d&apos;analyse linguistique vidé ({n} fichiers).</translation>
    </message>
</context>
<context>
    <name>nlp.suggestions_panel</name>
    <message>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Speaker turns</source>
        <translation>Tours de parole</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Tous les documents</translation>
    </message>
    <message>
        <source>Show only suggestions at least this confident</source>
        <translation>N&apos;afficher que les suggestions au moins aussi fiables</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Suggérer</translation>
    </message>
    <message>
        <source>Learn from</source>
        <translation>Apprendre de</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Confidence ≥</source>
        <translation>Confiance ≥</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Code suggestions</source>
        <translation>Suggestions de codes</translation>
    </message>
    <message>
        <source>Tick the suggestions to accept: confidence, code, document, speaker, text</source>
        <translation>Cochez les suggestions à accepter&#xa0;: confiance, code, document, locuteur, texte</translation>
    </message>
    <message>
        <source>Suggestions are learnt from this project&apos;s codings, on this computer.</source>
        <translation>Les suggestions sont apprises à partir des codages de ce projet, sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Code the ticked suggestions (or the selected ones) as you</source>
        <translation>Coder en votre nom les suggestions cochées (ou sélectionnées)</translation>
    </message>
    <message>
        <source>Do not suggest these again</source>
        <translation>Ne plus les suggérer</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Tous les codeurs</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <source>Choose who you are first (Edit ▸ Switch coder).</source>
        <translation>Indiquez d&apos;abord qui vous êtes (Édition ▸ Changer de codeur).</translation>
    </message>
    <message>
        <source>Learning from the coded excerpts…</source>
        <translation>Apprentissage à partir des extraits codés…</translation>
    </message>
    <message>
        <source>Suggesting…</source>
        <translation>Suggestions en cours…</translation>
    </message>
    <message>
        <source>{n} suggestion</source>
        <translation>{n} suggestion</translation>
    </message>
    <message>
        <source>{n} suggestions</source>
        <translation>{n} suggestions</translation>
    </message>
    <message>
        <source>{n} code</source>
        <translation>{n} code</translation>
    </message>
    <message>
        <source>{n} codes</source>
        <translation>{n} codes</translation>
    </message>
    <message>
        <source>{suggestions} from {codes} learnt from {examples}</source>
        <translation>{suggestions} pour {codes}, appris sur {examples}</translation>
    </message>
    <message>
        <source>; {n} code had too few examples</source>
        <translation>&#xa0;; {n} code avait trop peu d&apos;exemples</translation>
    </message>
    <message>
        <source>; {n} codes had too few examples</source>
        <translation>&#xa0;; {n} codes avaient trop peu d&apos;exemples</translation>
    </message>
    <message>
        <source>. Confidence ranks suggestions; it is not a probability.</source>
        <translation>. La confiance classe les suggestions&#xa0;; ce n&apos;est pas une probabilité.</translation>
    </message>
    <message>
        <source>Coded {suggestions} as {name}. Edit ▸ Undo takes them back.</source>
        <translation>Codé au nom de {name}&#xa0;: {suggestions}. Édition ▸ Annuler les retire.</translation>
    </message>
    <message>
        <source>Accepted {suggestions}.</source>
        <translation>Acceptées&#xa0;: {suggestions}.</translation>
    </message>
    <message>
        <source>{n} speaker turn</source>
        <translation>{n} tour de parole</translation>
    </message>
    <message>
        <source>{n} speaker turns</source>
        <translation>{n} tours de parole</translation>
    </message>
    <message>
        <source>{n} sentence</source>
        <translation>{n} phrase</translation>
    </message>
    <message>
        <source>{n} sentences</source>
        <translation>{n} phrases</translation>
    </message>
</context>
<context>
    <name>player</name>
    <message>
        <source>install the media extra to play recordings: {command}</source>
        <translation>installez l&apos;extra multimédia pour lire les enregistrements&#xa0;: {command}</translation>
    </message>
    <message>
        <source>Open a document with a recording.</source>
        <translation>Ouvrez un document qui a un enregistrement.</translation>
    </message>
    <message>
        <source>Link a recording…</source>
        <translation>Lier un enregistrement…</translation>
    </message>
    <message>
        <source>Read times from the text</source>
        <translation>Lire les horodatages du texte</translation>
    </message>
    <message>
        <source>Give turns without a time the time written in them: [00:01:23], (01:23)…</source>
        <translation>Donner aux tours de parole sans horodatage l&apos;heure écrite dedans&#xa0;: [00:01:23], (01:23)…</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Follow the transcript: scroll to the turn being spoken</source>
        <translation>Suivre la transcription&#xa0;: faire défiler jusqu&apos;au tour de parole en cours</translation>
    </message>
    <message>
        <source>Recordings cannot be played: {hint}.</source>
        <translation>Impossible de lire les enregistrements&#xa0;: {hint}.</translation>
    </message>
    <message>
        <source>Re-link…</source>
        <translation>Relier à nouveau…</translation>
    </message>
    <message>
        <source>Find the missing recording (the others missing from the same folder are re-linked too)</source>
        <translation>Retrouver l&apos;enregistrement manquant (les autres manquants du même dossier sont aussi reliés)</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Lecture / pause</translation>
    </message>
    <message>
        <source>Back 5 s</source>
        <translation>Reculer de 5 s</translation>
    </message>
    <message>
        <source>Forward 5 s</source>
        <translation>Avancer de 5 s</translation>
    </message>
    <message>
        <source>Play from here</source>
        <translation>Lire à partir d&apos;ici</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Position dans l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Cannot play the recording: {reason}</source>
        <translation>Impossible de lire l&apos;enregistrement&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No recording is linked to this document.</source>
        <translation>Aucun enregistrement n&apos;est lié à ce document.</translation>
    </message>
    <message>
        <source>The recording is missing: {path}. Re-link it to play it.</source>
        <translation>L&apos;enregistrement est introuvable&#xa0;: {path}. Reliez-le pour le lire.</translation>
    </message>
    <message>
        <source>{name} — {n} turns timed</source>
        <translation>{name} — {n} tours de parole horodatés</translation>
    </message>
    <message>
        <source>, {n} estimated</source>
        <translation>, {n} estimés</translation>
    </message>
    <message>
        <source>Link another recording…</source>
        <translation>Lier un autre enregistrement…</translation>
    </message>
    <message>
        <source>Link a recording</source>
        <translation>Lier un enregistrement</translation>
    </message>
    <message>
        <source>Recordings ({patterns})</source>
        <translation>Enregistrements ({patterns})</translation>
    </message>
    <message>
        <source>Re-link the recordings found in a folder</source>
        <translation>Relier les enregistrements trouvés dans un dossier</translation>
    </message>
    <message>
        <source>Re-link the recording</source>
        <translation>Relier l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Re-linked {n} recording(s)</source>
        <translation>{n} enregistrement(s) relié(s)</translation>
    </message>
    <message>
        <source>, {n} of other documents</source>
        <translation>, dont {n} d&apos;autres documents</translation>
    </message>
    <message>
        <source>{n} turn(s) got a time from the text</source>
        <translation>{n} tour(s) de parole ont reçu une heure du texte</translation>
    </message>
    <message>
        <source>No new times found in the text</source>
        <translation>Aucun nouvel horodatage trouvé dans le texte</translation>
    </message>
    <message>
        <source>No recording to play: link one to this document</source>
        <translation>Aucun enregistrement à lire&#xa0;: liez-en un à ce document</translation>
    </message>
    <message>
        <source>No time is known for this place in the transcript</source>
        <translation>Aucune heure n&apos;est connue pour cet endroit de la transcription</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
</context>
<context>
    <name>project_errors</name>
    <message>
        <source>{name} is open in a qcoder window ({who}); cannot {action} it here while it is open there.</source>
        <translation>{name} est ouvert dans une fenêtre qcoder ({who})&#xa0;; impossible d&apos;effectuer ici cette opération ({action}) tant qu&apos;il y est ouvert.</translation>
    </message>
    <message>
        <source>{name} is being encrypted ({who}); cannot {action} it until that has finished.</source>
        <translation>{name} est en cours de chiffrement ({who})&#xa0;; impossible d&apos;effectuer cette opération ({action}) avant la fin.</translation>
    </message>
    <message>
        <source>{name} is being decrypted ({who}); cannot {action} it until that has finished.</source>
        <translation>{name} est en cours de déchiffrement ({who})&#xa0;; impossible d&apos;effectuer cette opération ({action}) avant la fin.</translation>
    </message>
    <message>
        <source>{name} is getting a new passphrase ({who}); cannot {action} it until that has finished.</source>
        <translation>{name} reçoit une nouvelle phrase secrète ({who})&#xa0;; impossible d&apos;effectuer cette opération ({action}) avant la fin.</translation>
    </message>
    <message>
        <source>{name} is being restored from a backup ({who}); cannot {action} it until that has finished.</source>
        <translation>{name} est en cours de restauration depuis une sauvegarde ({who})&#xa0;; impossible d&apos;effectuer cette opération ({action}) avant la fin.</translation>
    </message>
    <message>
        <source>process {pid} of user {user} on host {host}, since {since} UTC</source>
        <translation>processus {pid} de l&apos;utilisateur {user} sur l&apos;hôte {host}, depuis {since} UTC</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>un autre processus</translation>
    </message>
    <message>
        <source>If qcoder is no longer running on {host}, delete the lock file {path}.</source>
        <translation>Si qcoder ne tourne plus sur {host}, supprimez le fichier de verrou {path}.</translation>
    </message>
    <message>
        <source>{name} is damaged: {problem}.</source>
        <translation>{name} est endommagé&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>The newest good backup is {backup} ({label}); restore it with: qcoder restore {path} --from {backup}</source>
        <translation>La sauvegarde saine la plus récente est {backup} ({label})&#xa0;; restaurez-la avec&#xa0;: qcoder restore {path} --from {backup}</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}.</source>
        <translation>Aucune sauvegarde saine n&apos;a été trouvée dans {folder}.</translation>
    </message>
    <message>
        <source>{problem}; rows breaking qcoder&apos;s rules can be set aside with: qcoder check {path} --repair</source>
        <translation>{problem}&#xa0;; les lignes qui enfreignent les règles de qcoder peuvent être mises de côté avec&#xa0;: qcoder check {path} --repair</translation>
    </message>
    <message>
        <source>{problem} (more problems: {n}; &apos;qcoder check&apos; lists them)</source>
        <translation>{problem} (autres problèmes&#xa0;: {n}&#xa0;; &apos;qcoder check&apos; les liste)</translation>
    </message>
    <message>
        <source>unknown damage</source>
        <translation>dommage inconnu</translation>
    </message>
</context>
<context>
    <name>report_dialog</name>
    <message>
        <source>Word theme report</source>
        <translation>Rapport thématique Word</translation>
    </message>
    <message>
        <source>(no grouping)</source>
        <translation>(aucun regroupement)</translation>
    </message>
    <message>
        <source>None ticked: every theme; a parent brings its subcodes</source>
        <translation>Aucun coché&#xa0;: tous les thèmes&#xa0;; un parent inclut ses sous-codes</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Tick the themes the report covers; none ticked: every theme</source>
        <translation>Cochez les thèmes couverts par le rapport&#xa0;; aucun coché&#xa0;: tous les thèmes</translation>
    </message>
    <message>
        <source>Open with the theme × group table</source>
        <translation>Commencer par le tableau thème × groupe</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>The Word file the report is written to</source>
        <translation>Le fichier Word dans lequel le rapport est écrit</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>Écrire le rapport</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Writing: {step}</source>
        <translation>Écriture&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Coders (none ticked: every coder)</source>
        <translation>Codeurs (aucun coché&#xa0;: tous les codeurs)</translation>
    </message>
    <message>
        <source>Consensus coder</source>
        <translation>Codeur de consensus</translation>
    </message>
    <message>
        <source>None ticked: every coder&apos;s codings</source>
        <translation>Aucun coché&#xa0;: les codages de tous les codeurs</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <source>Tick the coders whose codings the report quotes; none ticked: every coder</source>
        <translation>Cochez les codeurs dont le rapport cite les codages&#xa0;; aucun coché&#xa0;: tous les codeurs</translation>
    </message>
    <message>
        <source>Whose codings:</source>
        <translation>Codages de&#xa0;:</translation>
    </message>
    <message>
        <source>Group respondents by:</source>
        <translation>Regrouper les répondants par&#xa0;:</translation>
    </message>
    <message>
        <source>None ticked: every theme. A ticked theme brings its sub-themes.</source>
        <translation>Aucun coché&#xa0;: tous les thèmes. Un thème coché inclut ses sous-thèmes.</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Thèmes&#xa0;:</translation>
    </message>
    <message>
        <source>Quotes per theme:</source>
        <translation>Citations par thème&#xa0;:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Word ({pattern})</source>
        <translation>Word ({pattern})</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Choisissez où enregistrer le rapport.</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>{name} enregistré</translation>
    </message>
</context>
<context>
    <name>safety.open_flow</name>
    <message>
        <source>Opening the project</source>
        <translation>Ouverture du projet</translation>
    </message>
    <message>
        <source>That passphrase does not open this project. Try again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas ce projet. Réessayez.</translation>
    </message>
    <message>
        <source>another qcoder</source>
        <translation>un autre qcoder</translation>
    </message>
    <message>
        <source>Project already open</source>
        <translation>Projet déjà ouvert</translation>
    </message>
    <message>
        <source>{name} is open in another qcoder window ({who}).

Two windows changing the same project would get in each other&apos;s way, so only one may change it. You can open it here read-only, to look without changing anything.</source>
        <translation>{name} est ouvert dans une autre fenêtre qcoder ({who}).

Deux fenêtres qui modifient le même projet se gêneraient&#xa0;: une seule peut donc le modifier. Vous pouvez l&apos;ouvrir ici en lecture seule, pour le consulter sans rien changer.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Project in a synced folder</source>
        <translation>Projet dans un dossier synchronisé</translation>
    </message>
    <message>
        <source>Project warning</source>
        <translation>Avertissement sur le projet</translation>
    </message>
    <message>
        <source>The check found: {problems}.</source>
        <translation>La vérification a trouvé&#xa0;: {problems}.</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Restauration de la sauvegarde</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backup was not restored.

{reason}</source>
        <translation>La sauvegarde n&apos;a pas été restaurée.

{reason}</translation>
    </message>
    <message>
        <source>{name} was restored from the backup of {when}.</source>
        <translation>{name} a été restauré à partir de la sauvegarde du {when}.</translation>
    </message>
    <message>
        <source>The project as it was is kept in:
{folders}</source>
        <translation>Le projet tel qu&apos;il était est conservé dans&#xa0;:
{folders}</translation>
    </message>
    <message>
        <source>Backups are made for project files; a server project is backed up by the server.</source>
        <translation>Les sauvegardes concernent les fichiers de projet&#xa0;; un projet sur serveur est sauvegardé par le serveur.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>The project could not be opened.

{reason}</source>
        <translation>Le projet n&apos;a pas pu être ouvert.

{reason}</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>The backup failed.

{reason}</source>
        <translation>La sauvegarde a échoué.

{reason}</translation>
    </message>
    <message>
        <source>Encrypted project</source>
        <translation>Projet chiffré</translation>
    </message>
    <message>
        <source>Encryption is not available here: {reason}</source>
        <translation>Le chiffrement n&apos;est pas disponible ici&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Encrypt project</source>
        <translation>Chiffrer le projet</translation>
    </message>
    <message>
        <source>{name} is already encrypted.</source>
        <translation>{name} est déjà chiffré.</translation>
    </message>
    <message>
        <source>Encrypting the project</source>
        <translation>Chiffrement du projet</translation>
    </message>
    <message>
        <source>The project was not encrypted.

{reason}</source>
        <translation>Le projet n&apos;a pas été chiffré.

{reason}</translation>
    </message>
    <message>
        <source>These copies could not be encrypted (damaged files set aside earlier); delete them if they are no longer needed:
{files}</source>
        <translation>Ces copies n&apos;ont pas pu être chiffrées (fichiers endommagés mis de côté auparavant)&#xa0;; supprimez-les si vous n&apos;en avez plus besoin&#xa0;:
{files}</translation>
    </message>
</context>
<context>
    <name>safety.passphrase_dialog</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <source>Encrypted project</source>
        <translation>Projet chiffré</translation>
    </message>
    <message>
        <source>“{name}” will be encrypted: the project file and its backups can only be opened with this passphrase.

If the passphrase is lost, nobody can recover the project — not even with qcoder&apos;s help. Store it somewhere safe.</source>
        <translation>«&#xa0;{name}&#xa0;» sera chiffré&#xa0;: le fichier du projet et ses sauvegardes ne pourront être ouverts qu&apos;avec cette phrase secrète.

Si elle est perdue, personne ne pourra récupérer le projet — pas même avec l&apos;aide de qcoder. Conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>“{name}” is encrypted. Enter its passphrase to open it.</source>
        <translation>«&#xa0;{name}&#xa0;» est chiffré. Saisissez sa phrase secrète pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>Répéter&#xa0;:</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Chiffrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>Saisissez la phrase secrète.</translation>
    </message>
    <message>
        <source>Use at least {n} characters (a few unrelated words work well).</source>
        <translation>Utilisez au moins {n} caractères (quelques mots sans rapport entre eux font l&apos;affaire).</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>safety.restore_dialog</name>
    <message>
        <source>when the project was opened</source>
        <translation>à l&apos;ouverture du projet</translation>
    </message>
    <message>
        <source>automatic, while working</source>
        <translation>automatique, pendant le travail</translation>
    </message>
    <message>
        <source>when the project was closed</source>
        <translation>à la fermeture du projet</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>faite manuellement</translation>
    </message>
    <message>
        <source>before an earlier restore</source>
        <translation>avant une restauration précédente</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>The project&apos;s backups, newest first: when, why and how big</source>
        <translation>Les sauvegardes du projet, de la plus récente à la plus ancienne&#xa0;: quand, pourquoi et quelle taille</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation>Les sauvegardes sont conservées dans {folder}</translation>
    </message>
    <message>
        <source>There are no backups of {name} in {folder}.</source>
        <translation>Il n&apos;y a aucune sauvegarde de {name} dans {folder}.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>newest good backup</source>
        <translation>dernière sauvegarde saine</translation>
    </message>
    <message>
        <source>{name} is damaged</source>
        <translation>{name} est endommagé</translation>
    </message>
    <message>
        <source>and cannot be opened safely.</source>
        <translation>et ne peut pas être ouvert sans risque.</translation>
    </message>
    <message>
        <source>Restore a backup: the damaged file is kept, unchanged, in the backups folder.</source>
        <translation>Restaurez une sauvegarde&#xa0;: le fichier endommagé est conservé, inchangé, dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Replace the content of {name} with a backup. The project as it is now is kept as another backup, so this can be undone.</source>
        <translation>Remplacer le contenu de {name} par une sauvegarde. Le projet dans son état actuel est conservé comme une autre sauvegarde&#xa0;: l&apos;opération peut donc être annulée.</translation>
    </message>
    <message>
        <source>{n} bytes</source>
        <translation>{n} octets</translation>
    </message>
    <message>
        <source>KB</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>Go</translation>
    </message>
</context>
<context>
    <name>search_panel</name>
    <message>
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Match in context</source>
        <translation>Occurrence en contexte</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>A word or phrase to find in documents, memos and summaries</source>
        <translation>Un mot ou une expression à chercher dans les documents, mémos et synthèses</translation>
    </message>
    <message>
        <source>Search documents, memos and summaries for a word or phrase…</source>
        <translation>Chercher un mot ou une expression dans les documents, mémos et synthèses…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>One row per place found: document and context. Enter opens it.</source>
        <translation>Une ligne par endroit trouvé&#xa0;: document et contexte. Entrée l&apos;ouvre.</translation>
    </message>
    <message>
        <source>Searching for “{query}”…</source>
        <translation>Recherche de «&#xa0;{query}&#xa0;»…</translation>
    </message>
    <message>
        <source>No matches for “{query}”.</source>
        <translation>Aucune occurrence de «&#xa0;{query}&#xa0;».</translation>
    </message>
    <message>
        <source>{n} match</source>
        <translation>{n} occurrence</translation>
    </message>
    <message>
        <source>{n} matches</source>
        <translation>{n} occurrences</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} document</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <source>{matches} in {documents}</source>
        <translation>{matches} dans {documents}</translation>
    </message>
    <message>
        <source> and {memos}</source>
        <translation> et {memos}</translation>
    </message>
    <message>
        <source>{n} memo or summary</source>
        <translation>{n} mémo ou synthèse</translation>
    </message>
    <message>
        <source>{n} memos or summaries</source>
        <translation>{n} mémos ou synthèses</translation>
    </message>
    <message>
        <source>Showing the first {n} matches (in {documents}); refine the search.</source>
        <translation>Affichage des {n} premières occurrences (dans {documents})&#xa0;; affinez la recherche.</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>anywhere in the window</source>
        <translation>partout dans la fenêtre</translation>
    </message>
    <message>
        <source>in the transcript</source>
        <translation>dans la transcription</translation>
    </message>
    <message>
        <source>in the codebook</source>
        <translation>dans le livre de codes</translation>
    </message>
    <message>
        <source>in the documents list</source>
        <translation>dans la liste des documents</translation>
    </message>
    <message>
        <source>find a code by typing, Enter applies it to the selection</source>
        <translation>trouver un code en tapant&#xa0;; Entrée l&apos;applique à la sélection</translation>
    </message>
    <message>
        <source>in-vivo: a new code named from the selected words, applied</source>
        <translation>in vivo&#xa0;: un nouveau code nommé d&apos;après les mots sélectionnés, appliqué</translation>
    </message>
    <message>
        <source>code the sentence at the cursor</source>
        <translation>coder la phrase au curseur</translation>
    </message>
    <message>
        <source>code the paragraph at the cursor</source>
        <translation>coder le paragraphe au curseur</translation>
    </message>
    <message>
        <source>code the speaker turn at the cursor</source>
        <translation>coder le tour de parole au curseur</translation>
    </message>
    <message>
        <source>widen the selection to whole sentences</source>
        <translation>étendre la sélection aux phrases entières</translation>
    </message>
    <message>
        <source>select the coding at the cursor (again: the next one there)</source>
        <translation>sélectionner le codage au curseur (à nouveau&#xa0;: le suivant à cet endroit)</translation>
    </message>
    <message>
        <source>say and show the codings at the cursor: codes and coders (screen readers)</source>
        <translation>dire et afficher les codages au curseur&#xa0;: codes et codeurs (lecteurs d&apos;écran)</translation>
    </message>
    <message>
        <source>remove the selected coding</source>
        <translation>retirer le codage sélectionné</translation>
    </message>
    <message>
        <source>memo on the selected coding</source>
        <translation>mémo sur le codage sélectionné</translation>
    </message>
    <message>
        <source>star the selected coding as an exemplar</source>
        <translation>marquer d&apos;une étoile le codage sélectionné comme exemplaire</translation>
    </message>
    <message>
        <source>fit the selected coding to the text selection</source>
        <translation>ajuster le codage sélectionné à la sélection de texte</translation>
    </message>
    <message>
        <source>extend the selected coding&apos;s end by a word</source>
        <translation>prolonger d&apos;un mot la fin du codage sélectionné</translation>
    </message>
    <message>
        <source>shrink the selected coding&apos;s end by a word</source>
        <translation>raccourcir d&apos;un mot la fin du codage sélectionné</translation>
    </message>
    <message>
        <source>extend the selected coding&apos;s start by a word</source>
        <translation>prolonger d&apos;un mot le début du codage sélectionné</translation>
    </message>
    <message>
        <source>shrink the selected coding&apos;s start by a word</source>
        <translation>raccourcir d&apos;un mot le début du codage sélectionné</translation>
    </message>
    <message>
        <source>apply the code bound to that key to the selection (bind: right-click a code → Quick-code key)</source>
        <translation>appliquer à la sélection le code associé à cette touche (associer&#xa0;: clic droit sur un code → Touche de code rapide)</translation>
    </message>
    <message>
        <source>new code</source>
        <translation>nouveau code</translation>
    </message>
    <message>
        <source>delete the selected code</source>
        <translation>supprimer le code sélectionné</translation>
    </message>
    <message>
        <source>rename the selected document</source>
        <translation>renommer le document sélectionné</translation>
    </message>
    <message>
        <source>delete the selected documents</source>
        <translation>supprimer les documents sélectionnés</translation>
    </message>
    <message>
        <source>play or pause the recording</source>
        <translation>lire ou mettre en pause l&apos;enregistrement</translation>
    </message>
    <message>
        <source>recording: back 5 seconds</source>
        <translation>enregistrement&#xa0;: reculer de 5 secondes</translation>
    </message>
    <message>
        <source>recording: forward 5 seconds</source>
        <translation>enregistrement&#xa0;: avancer de 5 secondes</translation>
    </message>
    <message>
        <source>play the recording from the cursor&apos;s place in the transcript</source>
        <translation>lire l&apos;enregistrement à partir de la position du curseur dans la transcription</translation>
    </message>
    <message>
        <source>undo any change (codings and codebook alike)</source>
        <translation>annuler toute modification (codages comme livre de codes)</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>rétablir</translation>
    </message>
    <message>
        <source>find in the document (Enter / Shift+Enter: next / previous)</source>
        <translation>rechercher dans le document (Entrée / Maj+Entrée&#xa0;: suivant / précédent)</translation>
    </message>
    <message>
        <source>theme frequencies (the analysis view)</source>
        <translation>fréquences des thèmes (la vue d&apos;analyse)</translation>
    </message>
    <message>
        <source>larger text</source>
        <translation>texte plus grand</translation>
    </message>
    <message>
        <source>smaller text</source>
        <translation>texte plus petit</translation>
    </message>
    <message>
        <source>next panel: documents, transcript, codebook, excerpts, open docks</source>
        <translation>panneau suivant&#xa0;: documents, transcription, livre de codes, extraits, panneaux ouverts</translation>
    </message>
    <message>
        <source>previous panel</source>
        <translation>panneau précédent</translation>
    </message>
    <message>
        <source>the focused list&apos;s or text&apos;s context menu (as the Menu key)</source>
        <translation>le menu contextuel de la liste ou du texte actif (comme la touche Menu)</translation>
    </message>
    <message>
        <source>close the project</source>
        <translation>fermer le projet</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>quitter</translation>
    </message>
    <message>
        <source>the user guide</source>
        <translation>le guide de l’utilisateur</translation>
    </message>
    <message>
        <source>select text, click a code</source>
        <translation>sélectionner du texte, cliquer sur un code</translation>
    </message>
    <message>
        <source>apply it (the selection is used up: a later click only browses the code)</source>
        <translation>l&apos;appliquer (la sélection est consommée&#xa0;: un clic ultérieur ne fait que parcourir le code)</translation>
    </message>
    <message>
        <source>drag the selection onto a code</source>
        <translation>glisser la sélection sur un code</translation>
    </message>
    <message>
        <source>apply it</source>
        <translation>l&apos;appliquer</translation>
    </message>
    <message>
        <source>drag across words</source>
        <translation>glisser sur des mots</translation>
    </message>
    <message>
        <source>the selection widens to whole words; hold Alt for an exact selection</source>
        <translation>la sélection s&apos;étend aux mots entiers&#xa0;; maintenez Alt pour une sélection exacte</translation>
    </message>
    <message>
        <source>click a stripe</source>
        <translation>cliquer sur une bande</translation>
    </message>
    <message>
        <source>select that coding</source>
        <translation>sélectionner ce codage</translation>
    </message>
    <message>
        <source>accept the code dialog from any of its fields</source>
        <translation>valider la boîte de dialogue du code depuis n&apos;importe lequel de ses champs</translation>
    </message>
    <message>
        <source>in any table or tree: sort by the current column (again: reverse the order)</source>
        <translation>dans tout tableau ou arbre : trier selon la colonne courante (à nouveau : inverser l’ordre)</translation>
    </message>
    <message>
        <source>in any dialog or window: the context menu of the focused item</source>
        <translation>dans toute boîte de dialogue ou fenêtre : le menu contextuel de l’élément actif</translation>
    </message>
</context>
<context>
    <name>speakers_dialog</name>
    <message>
        <source>Speaker</source>
        <translation>Locuteur</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Stakeholder group</source>
        <translation>Groupe de parties prenantes</translation>
    </message>
    <message>
        <source>First words</source>
        <translation>Premiers mots</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nouveau participant</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>{attribute}:</source>
        <translation>{attribute}&#xa0;:</translation>
    </message>
    <message>
        <source>Speakers — {name}</source>
        <translation>Locuteurs — {name}</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Fusionner dans</translation>
    </message>
    <message>
        <source>Link to participant</source>
        <translation>Lier à un participant</translation>
    </message>
    <message>
        <source>{n} speaker found in “{name}”. Double-click a name to rename it; link speakers to participants so their excerpts carry the participant&apos;s attributes.</source>
        <translation>{n} locuteur trouvé dans «&#xa0;{name}&#xa0;». Double-cliquez sur un nom pour le renommer&#xa0;; liez les locuteurs à des participants pour que leurs extraits portent les attributs du participant.</translation>
    </message>
    <message>
        <source>{n} speakers found in “{name}”. Double-click a name to rename it; link speakers to participants so their excerpts carry the participant&apos;s attributes.</source>
        <translation>{n} locuteurs trouvés dans «&#xa0;{name}&#xa0;». Double-cliquez sur un nom pour le renommer&#xa0;; liez les locuteurs à des participants pour que leurs extraits portent les attributs du participant.</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Locuteurs</translation>
    </message>
    <message>
        <source>One row per speaker: label, participant, turns</source>
        <translation>Une ligne par locuteur&#xa0;: étiquette, participant, tours de parole</translation>
    </message>
    <message>
        <source>{speaker} ({turns})</source>
        <translation>{speaker} ({turns})</translation>
    </message>
    <message>
        <source>{n} turn</source>
        <translation>{n} tour de parole</translation>
    </message>
    <message>
        <source>{n} turns</source>
        <translation>{n} tours de parole</translation>
    </message>
    <message>
        <source>New participant…</source>
        <translation>Nouveau participant…</translation>
    </message>
    <message>
        <source>Unlink from {name}</source>
        <translation>Délier de {name}</translation>
    </message>
    <message>
        <source>Merged “{source}” into “{target}”.</source>
        <translation>«&#xa0;{source}&#xa0;» fusionné dans «&#xa0;{target}&#xa0;».</translation>
    </message>
    <message>
        <source>Link speaker to new participant {name}</source>
        <translation>Lier le locuteur au nouveau participant {name}</translation>
    </message>
</context>
<context>
    <name>start_page</name>
    <message>
        <source>(not found)</source>
        <translation>(introuvable)</translation>
    </message>
    <message>
        <source>This file no longer exists.</source>
        <translation>Ce fichier n&apos;existe plus.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Ouvrir un projet…</translation>
    </message>
    <message>
        <source>Open the demo project</source>
        <translation>Ouvrir le projet de démonstration</translation>
    </message>
    <message>
        <source>Fifteen sample interviews from a multi-site task force evaluation, with attributes, a codebook and codings by two coders.</source>
        <translation>Quinze entretiens d&apos;exemple tirés de l&apos;évaluation multisite d&apos;un groupe de travail, avec attributs, un livre de codes et les codages de deux codeurs.</translation>
    </message>
    <message>
        <source>postgresql+psycopg://user:password@server/database</source>
        <translation>postgresql+psycopg://utilisateur:mot_de_passe@serveur/base_de_donnees</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Create a new project in an empty database</source>
        <translation>Créer un nouveau projet dans une base de données vide</translation>
    </message>
    <message>
        <source>Team project on a PostgreSQL server:</source>
        <translation>Projet d&apos;équipe sur un serveur PostgreSQL&#xa0;:</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Projets récents</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Projects you open appear here.</source>
        <translation>Les projets que vous ouvrez apparaissent ici.</translation>
    </message>
    <message>
        <source>Qualitative coding of interview transcripts</source>
        <translation>Codage qualitatif de transcriptions d&apos;entretiens</translation>
    </message>
    <message>
        <source>Enter the server address (a postgresql+psycopg:// URL) first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse du serveur (une URL postgresql+psycopg://).</translation>
    </message>
    <message>
        <source>{location} already exists. Open it, or choose another name for the new project.</source>
        <translation>{location} existe déjà. Ouvrez-le, ou choisissez un autre nom pour le nouveau projet.</translation>
    </message>
    <message>
        <source>Creating the project</source>
        <translation>Création du projet</translation>
    </message>
    <message>
        <source>{location} was not found. It may have been moved, renamed or deleted.</source>
        <translation>{location} est introuvable. Il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>Opening the project</source>
        <translation>Ouverture du projet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>qcoder projects ({pattern})</source>
        <translation>Projets qcoder ({pattern})</translation>
    </message>
    <message>
        <source>Encrypt the new project with a passphrase?

Encrypt it if the interviews hold personal or sensitive information: an encrypted project and its backups cannot be read without the passphrase. If the passphrase is lost, nobody can recover the project.</source>
        <translation>Chiffrer le nouveau projet avec une phrase secrète&#xa0;?

Chiffrez-le si les entretiens contiennent des informations personnelles ou sensibles&#xa0;: un projet chiffré et ses sauvegardes ne peuvent pas être lus sans la phrase secrète. Si la phrase secrète est perdue, personne ne pourra récupérer le projet.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>Importation de {name}</translation>
    </message>
    <message>
        <source>Adding the codebook and codings…</source>
        <translation>Ajout du livre de codes et des codages…</translation>
    </message>
    <message>
        <source>Building the demo project</source>
        <translation>Construction du projet de démonstration</translation>
    </message>
    <message>
        <source>The demo project could not be built: {reason}</source>
        <translation>Le projet de démonstration n&apos;a pas pu être construit&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>survey.grid_filter</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Only the answers to this question</source>
        <translation>Seulement les réponses à cette question</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>Valeur d&apos;attribut</translation>
    </message>
    <message>
        <source>Only the respondents with this attribute value</source>
        <translation>Seulement les répondants ayant cette valeur d&apos;attribut</translation>
    </message>
    <message>
        <source>Search answers</source>
        <translation>Rechercher dans les réponses</translation>
    </message>
    <message>
        <source>Only the answers or respondents containing this text</source>
        <translation>Seulement les réponses ou répondants contenant ce texte</translation>
    </message>
    <message>
        <source>Search answers or respondents…</source>
        <translation>Rechercher dans les réponses ou répondants…</translation>
    </message>
    <message>
        <source>Uncoded only</source>
        <translation>Non codées seulement</translation>
    </message>
    <message>
        <source>Only the answers nobody has coded (applied again when the filter changes)</source>
        <translation>Seulement les réponses que personne n&apos;a codées (réappliqué quand le filtre change)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Toutes les questions</translation>
    </message>
    <message>
        <source>All respondents</source>
        <translation>Tous les répondants</translation>
    </message>
</context>
<context>
    <name>survey.grid_model</name>
    <message>
        <source>Respondent</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
</context>
<context>
    <name>survey.grid_window</name>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Réponses à l&apos;enquête</translation>
    </message>
    <message>
        <source>One row per respondent, one column per question</source>
        <translation>Une ligne par répondant, une colonne par question</translation>
    </message>
    <message>
        <source>Import survey…</source>
        <translation>Importer une enquête…</translation>
    </message>
    <message>
        <source>Reading the survey answers…</source>
        <translation>Lecture des réponses à l&apos;enquête…</translation>
    </message>
    <message>
        <source>{n} answer</source>
        <translation>{n} réponse</translation>
    </message>
    <message>
        <source>{n} answers</source>
        <translation>{n} réponses</translation>
    </message>
    <message>
        <source>{answers}. Keys 1–9 code the current answer and move to the next; Enter opens it in the viewer.</source>
        <translation>{answers}. Les touches 1–9 codent la réponse en cours et passent à la suivante&#xa0;; Entrée l&apos;ouvre dans la visionneuse.</translation>
    </message>
    <message>
        <source>No survey answers yet: Import survey… reads a CSV, Excel or SPSS export.</source>
        <translation>Aucune réponse d&apos;enquête pour le moment&#xa0;: Importer une enquête… lit un export CSV, Excel ou SPSS.</translation>
    </message>
    <message>
        <source>Keys: {keys}</source>
        <translation>Touches&#xa0;: {keys}</translation>
    </message>
    <message>
        <source>No quick-code keys yet: right-click a code in the codebook → Quick-code key.</source>
        <translation>Aucune touche de codage rapide pour le moment&#xa0;: clic droit sur un code du livre de codes → Touche de codage rapide.</translation>
    </message>
    <message>
        <source>No code is bound to key {n}: right-click a code in the codebook → Quick-code key.</source>
        <translation>Aucun code n&apos;est associé à la touche {n}&#xa0;: clic droit sur un code du livre de codes → Touche de codage rapide.</translation>
    </message>
    <message>
        <source>Coded “{name}” on answer {n} — Ctrl+Z to undo</source>
        <translation>Codé «&#xa0;{name}&#xa0;» sur la réponse {n} — Ctrl+Z pour annuler</translation>
    </message>
    <message>
        <source>Removed “{name}” from answer {n} — Ctrl+Z to undo</source>
        <translation>Retiré «&#xa0;{name}&#xa0;» de la réponse {n} — Ctrl+Z pour annuler</translation>
    </message>
</context>
<context>
    <name>survey.import_dialog</name>
    <message>
        <source>Survey exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.sav *.zsav);;All files (*)</source>
        <translation>Exports d&apos;enquêtes (*.csv *.tsv *.txt *.xlsx *.xlsm *.sav *.zsav);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import survey answers</source>
        <translation>Importer des réponses d&apos;enquête</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Les premières lignes du fichier</translation>
    </message>
    <message>
        <source>One document per answer (named respondent - question)</source>
        <translation>Un document par réponse (nommé répondant - question)</translation>
    </message>
    <message>
        <source>One document per respondent, a section per question</source>
        <translation>Un document par répondant, une section par question</translation>
    </message>
    <message>
        <source>ID column:</source>
        <translation>Colonne identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents&#xa0;:</translation>
    </message>
    <message>
        <source>Open-ended text columns</source>
        <translation>Colonnes de texte libre</translation>
    </message>
    <message>
        <source>Attribute columns</source>
        <translation>Colonnes d&apos;attributs</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Premières lignes&#xa0;:</translation>
    </message>
    <message>
        <source>Survey file</source>
        <translation>Fichier d&apos;enquête</translation>
    </message>
    <message>
        <source>A CSV, Excel or SPSS export, one row per respondent</source>
        <translation>Un export CSV, Excel ou SPSS, une ligne par répondant</translation>
    </message>
    <message>
        <source>A CSV, Excel or SPSS (.sav) export, one row per respondent</source>
        <translation>Un export CSV, Excel ou SPSS (.sav), une ligne par répondant</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Survey export</source>
        <translation>Export d&apos;enquête</translation>
    </message>
    <message>
        <source>{n} respondent</source>
        <translation>{n} répondant</translation>
    </message>
    <message>
        <source>{n} respondents</source>
        <translation>{n} répondants</translation>
    </message>
    <message>
        <source>{n} column</source>
        <translation>{n} colonne</translation>
    </message>
    <message>
        <source>{n} columns</source>
        <translation>{n} colonnes</translation>
    </message>
    <message>
        <source>{respondents}, {columns}.</source>
        <translation>{respondents}, {columns}.</translation>
    </message>
    <message>
        <source>Tick at least one open-ended text column.</source>
        <translation>Cochez au moins une colonne de texte libre.</translation>
    </message>
    <message>
        <source>Import survey</source>
        <translation>Importer une enquête</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Nothing imported: {reason}</source>
        <translation>Rien importé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Imported {answers} of {respondents} as {documents}; {blank} skipped.</source>
        <translation>Importées&#xa0;: {answers} de {respondents}, en {documents}&#xa0;; ignorées&#xa0;: {blank}.</translation>
    </message>
    <message>
        <source>{n} answer</source>
        <translation>{n} réponse</translation>
    </message>
    <message>
        <source>{n} answers</source>
        <translation>{n} réponses</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} document</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <source>{n} blank answer</source>
        <translation>{n} réponse vide</translation>
    </message>
    <message>
        <source>{n} blank answers</source>
        <translation>{n} réponses vides</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
</context>
<context>
    <name>team.actions</name>
    <message>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>Merge coder projects…</source>
        <translation>Fusionner les projets des codeurs…</translation>
    </message>
    <message>
        <source>Bring coders&apos; copies, codings files or .qdpx projects into this project</source>
        <translation>Intégrer dans ce projet les copies des codeurs, des fichiers de codages ou des projets .qdpx</translation>
    </message>
    <message>
        <source>Hand out a copy to a coder…</source>
        <translation>Remettre une copie à un codeur…</translation>
    </message>
    <message>
        <source>Write a project file with the codebook and chosen documents for one coder</source>
        <translation>Créer un fichier de projet avec la grille de codage et les documents choisis pour un codeur</translation>
    </message>
    <message>
        <source>Export my codings…</source>
        <translation>Exporter mes codages…</translation>
    </message>
    <message>
        <source>Write your codings to a small file to send to the lead</source>
        <translation>Enregistrer vos codages dans un petit fichier à envoyer au responsable</translation>
    </message>
    <message>
        <source>Blind mode</source>
        <translation>Mode aveugle</translation>
    </message>
    <message>
        <source>While on, each coder sees only their own codings (lead only)</source>
        <translation>Quand il est actif, chaque codeur ne voit que ses propres codages (responsable uniquement)</translation>
    </message>
    <message>
        <source>Agreement and reconciliation…</source>
        <translation>Accord et réconciliation…</translation>
    </message>
    <message>
        <source>Compare coders, decide their disagreements, read the audit log</source>
        <translation>Comparer les codeurs, trancher leurs désaccords, consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Import REFI-QDA project/codebook…</source>
        <translation>Importer un projet ou une grille de codage REFI-QDA…</translation>
    </message>
    <message>
        <source>Import a .qdpx project or .qdc codebook from another QDA program</source>
        <translation>Importer un projet .qdpx ou une grille de codage .qdc d&apos;un autre logiciel d&apos;analyse qualitative</translation>
    </message>
    <message>
        <source>Open server project…</source>
        <translation>Ouvrir un projet sur serveur…</translation>
    </message>
    <message>
        <source>Open a project shared on a PostgreSQL server</source>
        <translation>Ouvrir un projet partagé sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Only a lead can switch blind mode</source>
        <translation>Seul un responsable peut changer le mode aveugle</translation>
    </message>
    <message>
        <source>Blind mode is on: each coder sees only their own codings.</source>
        <translation>Le mode aveugle est activé&#xa0;: chaque codeur ne voit que ses propres codages.</translation>
    </message>
    <message>
        <source>Blind mode is off: everyone&apos;s codings are visible.</source>
        <translation>Le mode aveugle est désactivé&#xa0;: les codages de tous sont visibles.</translation>
    </message>
    <message>
        <source>Import REFI-QDA</source>
        <translation>Importer REFI-QDA</translation>
    </message>
    <message>
        <source>Export my codings</source>
        <translation>Exporter mes codages</translation>
    </message>
    <message>
        <source>qcoder codings (*.qcodings)</source>
        <translation>Codages qcoder (*.qcodings)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>Send this file to the lead, who merges it with Team → Merge coder projects.</source>
        <translation>Envoyez ce fichier au responsable, qui le fusionnera avec Équipe → Fusionner les projets des codeurs.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>L&apos;exportation a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>{n} coding</source>
        <translation>{n} codage</translation>
    </message>
    <message>
        <source>{n} codings</source>
        <translation>{n} codages</translation>
    </message>
    <message>
        <source>Wrote {codings} to {name}.</source>
        <translation>Écrit dans {name}&#xa0;: {codings}.</translation>
    </message>
    <message>
        <source>Wrote {name}.</source>
        <translation>{name} écrit.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
</context>
<context>
    <name>team.agreement_controls</name>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
    <message>
        <source>Speaker turns</source>
        <translation>Tours de parole</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>The methods appendix (Word or Excel: statistics and why, verdicts, the weakest codes&apos; disagreements quoted), or every breakdown as CSV rows</source>
        <translation>L&apos;annexe méthodologique (Word ou Excel&#xa0;: statistiques et justification, verdicts, désaccords des codes les plus faibles cités) ou toutes les ventilations en lignes CSV</translation>
    </message>
    <message>
        <source>Coders</source>
        <extracomment>The width, in characters, of the attribute and exclusive-group choices; longer names elide.</extracomment>
        <translation>Codeurs</translation>
    </message>
    <message>
        <source>Tick the coders to compare</source>
        <translation>Cochez les codeurs à comparer</translation>
    </message>
    <message>
        <source>The coders to compare (two or more)</source>
        <translation>Les codeurs à comparer (deux ou plus)</translation>
    </message>
    <message>
        <source>What one unit is: every character, or every sentence/paragraph/turn/document (coded when any coding touches it)</source>
        <translation>Ce qu&apos;est une unité&#xa0;: chaque caractère, ou chaque phrase/paragraphe/tour de parole/document (codé dès qu&apos;un codage le touche)</translation>
    </message>
    <message>
        <source>Pooled</source>
        <translation>Regroupés</translation>
    </message>
    <message>
        <source>Averaged</source>
        <translation>Moyennés</translation>
    </message>
    <message>
        <source>A document attribute to break the figures down by</source>
        <translation>Un attribut de document selon lequel ventiler les chiffres</translation>
    </message>
    <message>
        <source>Unitizing (Krippendorff 2016)</source>
        <translation>Unitisation (Krippendorff 2016)</translation>
    </message>
    <message>
        <source>Also compute agreement on the coded passages themselves (character continuum): α_U (1995/2004) and uα per code; |uα, cuα and Cuα for a group of exclusive codes</source>
        <translation>Calculer aussi l&apos;accord sur les passages codés eux-mêmes (continuum de caractères)&#xa0;: α_U (1995/2004) et uα par code&#xa0;; |uα, cuα et Cuα pour un groupe de codes exclusifs</translation>
    </message>
    <message>
        <source>A code whose subcodes are mutually exclusive categories: the unitizing alphas of the group</source>
        <translation>Un code dont les sous-codes sont des catégories mutuellement exclusives&#xa0;: les alphas d&apos;unitisation du groupe</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Coders:</source>
        <translation>Codeurs&#xa0;:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unité&#xa0;:</translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation>Chiffres&#xa0;:</translation>
    </message>
    <message>
        <source>Group by:</source>
        <translation>Grouper par&#xa0;:</translation>
    </message>
</context>
<context>
    <name>team.agreement_view</name>
    <message>
        <source>Agreement and reconciliation</source>
        <translation>Accord et réconciliation</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Agreement rounds</source>
        <translation>Tours d&apos;accord</translation>
    </message>
    <message>
        <source>Training rounds</source>
        <translation>Tours d&apos;entraînement</translation>
    </message>
    <message>
        <source>Unitizing agreement</source>
        <translation>Accord d&apos;unitisation</translation>
    </message>
    <message>
        <source>Unitizing</source>
        <translation>Unitisation</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>No exclusive group</source>
        <translation>Aucun groupe exclusif</translation>
    </message>
    <message>
        <source>Exclusive: {path}</source>
        <translation>Exclusif&#xa0;: {path}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Blind mode is on: coders cannot see each other&apos;s codings until the lead turns it off, so only a lead can compare coders now.</source>
        <translation>Le mode aveugle est activé&#xa0;: les codeurs ne peuvent pas voir les codages des autres tant que le responsable ne l&apos;a pas désactivé&#xa0;; seul un responsable peut donc comparer les codeurs pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Choose at least two coders</source>
        <translation>Choisissez au moins deux codeurs</translation>
    </message>
    <message>
        <source>Choose at least two coders.</source>
        <translation>Choisissez au moins deux codeurs.</translation>
    </message>
    <message>
        <source>Computing agreement…</source>
        <translation>Calcul de l&apos;accord…</translation>
    </message>
    <message>
        <source>Finding disagreements…</source>
        <translation>Recherche des désaccords…</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Lecture du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Disagreements ({n})</source>
        <translation>Désaccords ({n})</translation>
    </message>
    <message>
        <source>accepted {name}&apos;s version</source>
        <translation>version de {name} acceptée</translation>
    </message>
    <message>
        <source>union</source>
        <translation>union</translation>
    </message>
    <message>
        <source>intersection</source>
        <translation>intersection</translation>
    </message>
    <message>
        <source>Reconcile {n} disagreement</source>
        <translation>Réconcilier {n} désaccord</translation>
    </message>
    <message>
        <source>Reconcile {n} disagreements</source>
        <translation>Réconcilier {n} désaccords</translation>
    </message>
    <message>
        <source>Writing the decision…</source>
        <translation>Enregistrement de la décision…</translation>
    </message>
    <message>
        <source>{n} disagreement</source>
        <translation>{n} désaccord</translation>
    </message>
    <message>
        <source>{n} disagreements</source>
        <translation>{n} désaccords</translation>
    </message>
    <message>
        <source>Decided {disagreements} ({how}).</source>
        <translation>Décision prise pour {disagreements} ({how}).</translation>
    </message>
    <message>
        <source>{n} agreed coding</source>
        <translation>{n} codage concordant</translation>
    </message>
    <message>
        <source>{n} agreed codings</source>
        <translation>{n} codages concordants</translation>
    </message>
    <message>
        <source>{consensus} started from {codings}.</source>
        <translation>{consensus} est parti de {codings}.</translation>
    </message>
    <message>
        <source>Export agreement</source>
        <translation>Exporter l&apos;accord</translation>
    </message>
    <message>
        <source>Methods appendix, Word (*.docx);;Methods appendix and every breakdown, Excel (*.xlsx);;Every breakdown, CSV (*.csv)</source>
        <translation>Annexe méthodologique, Word (*.docx);;Annexe méthodologique et toutes les ventilations, Excel (*.xlsx);;Toutes les ventilations, CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>Wrote {name}.</source>
        <translation>{name} écrit.</translation>
    </message>
</context>
<context>
    <name>team.audit_view</name>
    <message>
        <source>Merge</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Réconciliation</translation>
    </message>
    <message>
        <source>Start consensus</source>
        <translation>Début du consensus</translation>
    </message>
    <message>
        <source>accepted {who}&apos;s version</source>
        <translation>version de {who} acceptée</translation>
    </message>
    <message>
        <source>union</source>
        <translation>union</translation>
    </message>
    <message>
        <source>intersection</source>
        <translation>intersection</translation>
    </message>
    <message>
        <source>{n} coding</source>
        <translation>{n} codage</translation>
    </message>
    <message>
        <source>{n} codings</source>
        <translation>{n} codages</translation>
    </message>
    <message>
        <source>{consensus} started from {codings} on which {coders} agreed</source>
        <translation>{consensus} est parti de {codings} sur lesquels {coders} étaient d&apos;accord</translation>
    </message>
    <message>
        <source>{n} new code</source>
        <translation>{n} nouveau code</translation>
    </message>
    <message>
        <source>{n} new codes</source>
        <translation>{n} nouveaux codes</translation>
    </message>
    <message>
        <source>{n} new document</source>
        <translation>{n} nouveau document</translation>
    </message>
    <message>
        <source>{n} new documents</source>
        <translation>{n} nouveaux documents</translation>
    </message>
    <message>
        <source>{n} conflict (ours kept)</source>
        <translation>{n} conflit (nos valeurs conservées)</translation>
    </message>
    <message>
        <source>{n} conflicts (ours kept)</source>
        <translation>{n} conflits (nos valeurs conservées)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Who changed what and when</source>
        <translation>Qui a modifié quoi et quand</translation>
    </message>
</context>
<context>
    <name>team.disagreements_view</name>
    <message>
        <source>Omission</source>
        <translation>Omission</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Confusion</translation>
    </message>
    <message>
        <source>omission</source>
        <translation>omission</translation>
    </message>
    <message>
        <source>boundary</source>
        <translation>limites</translation>
    </message>
    <message>
        <source>confusion</source>
        <translation>confusion</translation>
    </message>
    <message>
        <source>Some coders applied the code here and the others applied nothing in its place</source>
        <translation>Certains codeurs ont appliqué le code ici et les autres n&apos;ont rien appliqué à la place</translation>
    </message>
    <message>
        <source>The coders applied the same code with different extents</source>
        <translation>Les codeurs ont appliqué le même code avec des étendues différentes</translation>
    </message>
    <message>
        <source>The coders applied different codes to the same text</source>
        <translation>Les codeurs ont appliqué des codes différents au même texte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Who applied what</source>
        <translation>Qui a appliqué quoi</translation>
    </message>
    <message>
        <source>{tip} (decided)</source>
        <translation>{tip} (tranché)</translation>
    </message>
    <message>
        <source>Select a disagreement to compare the coders&apos; versions.</source>
        <translation>Sélectionnez un désaccord pour comparer les versions des codeurs.</translation>
    </message>
    <message>
        <source>{document}, characters {start}–{end} ({length}): {kind} on {codes}</source>
        <translation>{document}, caractères {start}–{end} ({length})&#xa0;: {kind} sur {codes}</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>tranché</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Applied here: {codes}</source>
        <translation>Appliqué ici&#xa0;: {codes}</translation>
    </message>
    <message>
        <source>Hide decided</source>
        <translation>Masquer les désaccords tranchés</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>One per row: where the coders differ and how. Several can be chosen.</source>
        <translation>Un par ligne&#xa0;: où et comment les codeurs diffèrent. Plusieurs peuvent être choisis.</translation>
    </message>
    <message>
        <source>&amp;Union</source>
        <translation>&amp;Union</translation>
    </message>
    <message>
        <source>Keep what any coder applied here</source>
        <translation>Garder ce que n&apos;importe quel codeur a appliqué ici</translation>
    </message>
    <message>
        <source>&amp;Intersection</source>
        <translation>&amp;Intersection</translation>
    </message>
    <message>
        <source>Keep only what every coder applied here</source>
        <translation>Ne garder que ce que tous les codeurs ont appliqué ici</translation>
    </message>
    <message>
        <source>&amp;Show in document</source>
        <translation>&amp;Afficher dans le document</translation>
    </message>
    <message>
        <source>{n} disagreement to decide</source>
        <translation>{n} désaccord à trancher</translation>
    </message>
    <message>
        <source>{n} disagreements to decide</source>
        <translation>{n} désaccords à trancher</translation>
    </message>
    <message>
        <source>{to_decide}, {n} decided</source>
        <translation>{to_decide}&#xa0;; tranchés&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{to_decide} — largest first</source>
        <translation>{to_decide} — les plus grands d&apos;abord</translation>
    </message>
    <message>
        <source>No disagreements left.</source>
        <translation>Il ne reste aucun désaccord.</translation>
    </message>
    <message>
        <source>The coders agree everywhere.</source>
        <translation>Les codeurs sont d&apos;accord partout.</translation>
    </message>
    <message>
        <source>Accept {name}</source>
        <translation>Accepter {name}</translation>
    </message>
    <message>
        <source>Keep {name}&apos;s version of this text</source>
        <translation>Garder la version de {name} pour ce texte</translation>
    </message>
    <message>
        <source>{n} disagreements selected: a decision applies to each of them.</source>
        <translation>{n} désaccords sélectionnés&#xa0;: la décision s&apos;applique à chacun.</translation>
    </message>
    <message>
        <source>Decisions go into the coder “Consensus”, each with an entry in the audit log; Edit → Undo takes a decision back.</source>
        <translation>Les décisions vont au codeur «&#xa0;Consensus&#xa0;», chacune avec une entrée dans le journal d&apos;audit&#xa0;; Édition → Annuler revient sur une décision.</translation>
    </message>
    <message>
        <source>Only a lead can reconcile disagreements.</source>
        <translation>Seul un responsable peut réconcilier les désaccords.</translation>
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
        <translation>codeur</translation>
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
        <translation>Quelqu&apos;un d&apos;autre a modifié cet élément pendant que vous le modifiiez&#xa0;: votre modification n&apos;a donc pas été enregistrée.</translation>
    </message>
    <message>
        <source>The code has since been deleted.</source>
        <translation>Le code a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>The code is now called “{name}”.</source>
        <translation>Le code s&apos;appelle désormais «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Its definition now reads: “{definition}”.</source>
        <translation>Sa définition est désormais&#xa0;: «&#xa0;{definition}&#xa0;».</translation>
    </message>
    <message>
        <source>The window shows the current state; make your change again if it is still needed.</source>
        <translation>La fenêtre montre l&apos;état actuel&#xa0;; refaites votre modification si elle est toujours nécessaire.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>your role</source>
        <translation>votre rôle</translation>
    </message>
    <message>
        <source>You are working as {who} in this project. Ask the project lead to make this change, or to give you the lead role.</source>
        <translation>Vous travaillez en tant que {who} dans ce projet. Demandez au responsable du projet d&apos;effectuer cette modification ou de vous donner le rôle de responsable.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
</context>
<context>
    <name>team.exchange_dialog</name>
    <message>
        <source>REFI-QDA projects and codebooks (*.qdpx *.qdc);;All files (*)</source>
        <translation>Projets et grilles de codage REFI-QDA (*.qdpx *.qdc);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>REFI-QDA carries the documents, codes, codings, memos, coders and attributes.</source>
        <translation>REFI-QDA transporte les documents, codes, codages, mémos, codeurs et attributs.</translation>
    </message>
    <message>
        <source>REFI-QDA files cannot carry: {items}. Everything else is exported.</source>
        <translation>Les fichiers REFI-QDA ne peuvent pas transporter&#xa0;: {items}. Tout le reste est exporté.</translation>
    </message>
    <message>
        <source>Import REFI-QDA codebook — {name}</source>
        <translation>Importer une grille de codage REFI-QDA — {name}</translation>
    </message>
    <message>
        <source>Import REFI-QDA project — {name}</source>
        <translation>Importer un projet REFI-QDA — {name}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>{name} n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>{name} (written by {program})</source>
        <translation>{name} (créé par {program})</translation>
    </message>
    <message>
        <source>{n} item in the file cannot be carried over; it is listed below.</source>
        <translation>{n} élément du fichier ne peut pas être repris&#xa0;; il est listé ci-dessous.</translation>
    </message>
    <message>
        <source>{n} items in the file cannot be carried over; they are listed below.</source>
        <translation>{n} éléments du fichier ne peuvent pas être repris&#xa0;; ils sont listés ci-dessous.</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <source>{name} could not be imported; nothing was changed.</source>
        <translation>{name} n&apos;a pas pu être importé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Imported {name}: {summary}.</source>
        <translation>{name} importé&#xa0;: {summary}.</translation>
    </message>
    <message>
        <source>Edit → Undo takes the import back in one step.</source>
        <translation>Édition → Annuler retire l&apos;importation en une seule étape.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>team.figures_view</name>
    <message>
        <source>Choose the coders and press Compute.</source>
        <translation>Choisissez les codeurs et cliquez sur Calculer.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Agreement by code</source>
        <translation>Accord par code</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Agreement by document</source>
        <translation>Accord par document</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Agreement by group</source>
        <translation>Accord par groupe</translation>
    </message>
    <message>
        <source>Agreement between pairs of coders</source>
        <translation>Accord entre paires de codeurs</translation>
    </message>
    <message>
        <source>By document</source>
        <translation>Par document</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>Par groupe</translation>
    </message>
    <message>
        <source>Pairwise Cohen&apos;s κ</source>
        <translation>κ de Cohen par paires</translation>
    </message>
    <message>
        <source>{n} code</source>
        <translation>{n} code</translation>
    </message>
    <message>
        <source>{n} codes</source>
        <translation>{n} codes</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} document</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <source>{codes} in {documents} · {units} as units · figures {pooling}</source>
        <translation>{codes} dans {documents} · {units} comme unités · chiffres {pooling}</translation>
    </message>
    <message>
        <source>n/d: not defined (hover for the reason). Select a code for its breakdown by document and group.</source>
        <translation>n.d.&#xa0;: non défini (survolez pour voir la raison). Sélectionnez un code pour sa ventilation par document et par groupe.</translation>
    </message>
    <message>
        <source>All codes ({pooling})</source>
        <translation>Tous les codes ({pooling})</translation>
    </message>
    <message>
        <source>all codes ({pooling})</source>
        <translation>tous les codes ({pooling})</translation>
    </message>
    <message>
        <source>Breakdown for {name}</source>
        <translation>Ventilation pour {name}</translation>
    </message>
</context>
<context>
    <name>team.handout_dialog</name>
    <message>
        <source>Hand out a copy to a coder</source>
        <translation>Remettre une copie à un codeur</translation>
    </message>
    <message>
        <source>The copy holds the codebook and the chosen documents with their speakers and attributes. The coder codes in it and sends it back; merge it with Team → Merge coder projects.</source>
        <translation>La copie contient la grille de codage et les documents choisis, avec leurs locuteurs et attributs. Le codeur code dedans puis la renvoie&#xa0;; fusionnez-la avec Équipe → Fusionner les projets des codeurs.</translation>
    </message>
    <message>
        <source>Coder&apos;s name</source>
        <translation>Nom du codeur</translation>
    </message>
    <message>
        <source>Include the codings and framework summaries this coder already made here</source>
        <translation>Inclure les codages et les résumés de cadre que ce codeur a déjà faits ici</translation>
    </message>
    <message>
        <source>Coder:</source>
        <translation>Codeur&#xa0;:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents&#xa0;:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <source>Create copy</source>
        <translation>Créer la copie</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Tick the documents the coder gets</source>
        <translation>Cochez les documents que reçoit le codeur</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Where the coder&apos;s copy is written</source>
        <translation>Où la copie du codeur est écrite</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Already handed out to {name}</source>
        <translation>Déjà remis à {name}</translation>
    </message>
    <message>
        <source>Save the coder&apos;s copy as</source>
        <translation>Enregistrer la copie du codeur sous</translation>
    </message>
    <message>
        <source>qcoder projects (*.qcoder)</source>
        <translation>Projets qcoder (*.qcoder)</translation>
    </message>
    <message>
        <source>Create copy with {n} document</source>
        <translation>Créer la copie avec {n} document</translation>
    </message>
    <message>
        <source>Create copy with {n} documents</source>
        <translation>Créer la copie avec {n} documents</translation>
    </message>
    <message>
        <source>{name} already exists. Choose another file name.</source>
        <translation>{name} existe déjà. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Writing the copy for {name}…</source>
        <translation>Écriture de la copie pour {name}…</translation>
    </message>
    <message>
        <source>Hand out to {name}</source>
        <translation>Remettre à {name}</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} document</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <source>Wrote {file}: the codebook and {documents} for {name}.</source>
        <translation>{file} écrit&#xa0;: la grille de codage et {documents} pour {name}.</translation>
    </message>
    <message>
        <source>Send the file to {name}. When it comes back, merge it with Team → Merge coder projects; documents not handed out to {name} count as not coded by them (missing), not as coded with nothing.</source>
        <translation>Envoyez le fichier à {name}. À son retour, fusionnez-le avec Équipe → Fusionner les projets des codeurs&#xa0;; les documents non remis à {name} comptent comme non codés par cette personne (manquants), et non comme codés sans rien.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The copy could not be written.</source>
        <translation>La copie n&apos;a pas pu être écrite.</translation>
    </message>
</context>
<context>
    <name>team.merge_dialog</name>
    <message>
        <source>Coder projects and codings (*.qcoder *.qcodings *.qdpx);;All files (*)</source>
        <translation>Projets et codages des codeurs (*.qcoder *.qcodings *.qdpx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Merge coder projects</source>
        <translation>Fusionner les projets des codeurs</translation>
    </message>
    <message>
        <source>Choose the coders&apos; project copies (.qcoder), their exported codings (.qcodings) or REFI-QDA projects (.qdpx). You will see what the merge adds, matches and finds in conflict before anything is written.</source>
        <translation>Choisissez les copies de projet des codeurs (.qcoder), leurs codages exportés (.qcodings) ou des projets REFI-QDA (.qdpx). Vous verrez ce que la fusion ajoute, apparie et trouve en conflit avant que quoi que ce soit soit écrit.</translation>
    </message>
    <message>
        <source>Coder projects</source>
        <translation>Projets des codeurs</translation>
    </message>
    <message>
        <source>The coders&apos; project files to merge</source>
        <translation>Les fichiers de projet des codeurs à fusionner</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Documents are matched by their text (even under another name), codes by id and then by path, coders by id and then by name. Where both sides differ, this project&apos;s values are kept and the difference is listed.</source>
        <translation>Les documents sont appariés par leur texte (même sous un autre nom), les codes par identifiant puis par chemin, les codeurs par identifiant puis par nom. Quand les deux côtés diffèrent, les valeurs de ce projet sont conservées et la différence est listée.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Lecture des fichiers…</translation>
    </message>
    <message>
        <source>cannot be read — {reason}</source>
        <translation>illisible — {reason}</translation>
    </message>
    <message>
        <source>Each file is matched again against the project as it is after the files before it, so something new in two files is added once.</source>
        <translation>Chaque fichier est de nouveau apparié au projet tel qu&apos;il est après les fichiers précédents&#xa0;: un élément nouveau présent dans deux fichiers n&apos;est ajouté qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Nothing to merge</source>
        <translation>Rien à fusionner</translation>
    </message>
    <message>
        <source>Merging {name}…</source>
        <translation>Fusion de {name}…</translation>
    </message>
    <message>
        <source>Merge {n} file</source>
        <translation>Fusionner {n} fichier</translation>
    </message>
    <message>
        <source>Merge {n} files</source>
        <translation>Fusionner {n} fichiers</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion en cours…</translation>
    </message>
    <message>
        <source>Edit → Undo takes the merge back in one step.</source>
        <translation>Édition → Annuler retire la fusion en une seule étape.</translation>
    </message>
    <message>
        <source>Merged.</source>
        <translation>Fusion effectuée.</translation>
    </message>
    <message>
        <source>The merge was cancelled.</source>
        <translation>La fusion a été annulée.</translation>
    </message>
    <message>
        <source>The merge failed; nothing was changed.</source>
        <translation>La fusion a échoué&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>team.pages</name>
    <message>
        <source>Nothing has been written yet. The merge is one step: Edit → Undo takes it back.</source>
        <translation>Rien n&apos;a encore été écrit. La fusion est une seule étape&#xa0;: Édition → Annuler la retire.</translation>
    </message>
    <message>
        <source>Nothing has been written yet. The import is one step: Edit → Undo takes it back.</source>
        <translation>Rien n&apos;a encore été écrit. L&apos;importation est une seule étape&#xa0;: Édition → Annuler la retire.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>team.plan_view</name>
    <message>
        <source>{n} new document</source>
        <translation>{n} nouveau document</translation>
    </message>
    <message>
        <source>{n} new documents</source>
        <translation>{n} nouveaux documents</translation>
    </message>
    <message>
        <source>{n} new code</source>
        <translation>{n} nouveau code</translation>
    </message>
    <message>
        <source>{n} new codes</source>
        <translation>{n} nouveaux codes</translation>
    </message>
    <message>
        <source>{n} new coder</source>
        <translation>{n} nouveau codeur</translation>
    </message>
    <message>
        <source>{n} new coders</source>
        <translation>{n} nouveaux codeurs</translation>
    </message>
    <message>
        <source>{n} coding</source>
        <translation>{n} codage</translation>
    </message>
    <message>
        <source>{n} codings</source>
        <translation>{n} codages</translation>
    </message>
    <message>
        <source>{n} new participant</source>
        <translation>{n} nouveau participant</translation>
    </message>
    <message>
        <source>{n} new participants</source>
        <translation>{n} nouveaux participants</translation>
    </message>
    <message>
        <source>{n} new attribute</source>
        <translation>{n} nouvel attribut</translation>
    </message>
    <message>
        <source>{n} new attributes</source>
        <translation>{n} nouveaux attributs</translation>
    </message>
    <message>
        <source>{n} memo</source>
        <translation>{n} mémo</translation>
    </message>
    <message>
        <source>{n} memos</source>
        <translation>{n} mémos</translation>
    </message>
    <message>
        <source>{n} summary</source>
        <translation>{n} résumé</translation>
    </message>
    <message>
        <source>{n} summaries</source>
        <translation>{n} résumés</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <source> ({n} coding already here)</source>
        <translation> ({n} codage déjà présent)</translation>
    </message>
    <message>
        <source> ({n} codings already here)</source>
        <translation> ({n} codages déjà présents)</translation>
    </message>
    <message>
        <source>; {n} conflict (ours kept)</source>
        <translation>&#xa0;; {n} conflit (nos valeurs conservées)</translation>
    </message>
    <message>
        <source>; {n} conflicts (ours kept)</source>
        <translation>&#xa0;; {n} conflits (nos valeurs conservées)</translation>
    </message>
    <message>
        <source>New: </source>
        <translation>Nouveau&#xa0;: </translation>
    </message>
    <message>
        <source>Matched: </source>
        <translation>Apparié&#xa0;: </translation>
    </message>
    <message>
        <source>Documents: {new} new, {matched} matched by text</source>
        <translation>Documents — nouveaux&#xa0;: {new}, appariés par le texte&#xa0;: {matched}</translation>
    </message>
    <message>
        <source>Codes: {new} new, {matched} already here</source>
        <translation>Codes — nouveaux&#xa0;: {new}, déjà présents&#xa0;: {matched}</translation>
    </message>
    <message>
        <source>Coders: {new} new, {matched} already here</source>
        <translation>Codeurs — nouveaux&#xa0;: {new}, déjà présents&#xa0;: {matched}</translation>
    </message>
    <message>
        <source>Participants: {n} new</source>
        <translation>Participants — nouveaux&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Attributes: {n} new</source>
        <translation>Attributs — nouveaux&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Codings: {n} new</source>
        <translation>Codages — nouveaux&#xa0;: {n}</translation>
    </message>
    <message>
        <source>, {n} already here (skipped)</source>
        <translation>, déjà présents (ignorés)&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Memos: {n} new</source>
        <translation>Mémos — nouveaux&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Framework summaries: {n} new</source>
        <translation>Résumés de cadre — nouveaux&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Conflicts: {n} (our values are kept; nothing is lost)</source>
        <translation>Conflits&#xa0;: {n} (nos valeurs sont conservées&#xa0;; rien n&apos;est perdu)</translation>
    </message>
    <message>
        <source>Not carried over: {n}</source>
        <translation>Non repris&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Not carried over: nothing — the file comes across completely</source>
        <translation>Non repris&#xa0;: rien — le fichier est repris en entier</translation>
    </message>
    <message>
        <source>Text positions read as</source>
        <translation>Positions de texte lues comme</translation>
    </message>
    <message>
        <source>{mapped} of {codings} placed</source>
        <translation>placés&#xa0;: {mapped} sur {codings}</translation>
    </message>
    <message>
        <source>{name}: {convention}, because {why}. {placed}.</source>
        <translation>{name}&#xa0;: {convention}, car {why}. {placed}.</translation>
    </message>
    <message>
        <source>Notes: {n}</source>
        <translation>Notes&#xa0;: {n}</translation>
    </message>
    <message>
        <source>there are no codings to place</source>
        <translation>il n&apos;y a aucun codage à placer</translation>
    </message>
    <message>
        <source>every way of counting gives the same positions in this text</source>
        <translation>toutes les façons de compter donnent les mêmes positions dans ce texte</translation>
    </message>
    <message>
        <source>the excerpts&apos; names match the text when counted this way</source>
        <translation>les noms des extraits correspondent au texte quand on compte ainsi</translation>
    </message>
    <message>
        <source>only this way keeps every coding inside the text</source>
        <translation>seule cette façon garde chaque codage à l&apos;intérieur du texte</translation>
    </message>
    <message>
        <source>the other ways would split characters or line breaks</source>
        <translation>les autres façons couperaient des caractères ou des sauts de ligne</translation>
    </message>
    <message>
        <source>it is ambiguous, and this is the known habit of the program that wrote the file</source>
        <translation>c&apos;est ambigu, et c&apos;est l&apos;habitude connue du logiciel qui a écrit le fichier</translation>
    </message>
    <message>
        <source>it is ambiguous, and this is the standard&apos;s way</source>
        <translation>c&apos;est ambigu, et c&apos;est la façon prévue par la norme</translation>
    </message>
    <message>
        <source>What will be written</source>
        <translation>Ce qui sera écrit</translation>
    </message>
    <message>
        <source>The changes this step makes, before anything is written</source>
        <translation>Les modifications de cette étape, avant que quoi que ce soit soit écrit</translation>
    </message>
</context>
<context>
    <name>team.rows_view</name>
    <message>
        <source>&lt;b&gt;What this means:&lt;/b&gt; Krippendorff&apos;s α per code in each training round, rounds in the order they were added; &lt;i&gt;Change&lt;/i&gt; is the last round minus the first. A rise means the training works; a code that stays below .667 needs its definition sharpened before the coders go on (Krippendorff 2004: α ≥ .800 reliable, ≥ .667 tentative).</source>
        <translation>&lt;b&gt;Ce que cela signifie&#xa0;:&lt;/b&gt; α de Krippendorff par code à chaque tour d&apos;entraînement, les tours dans l&apos;ordre où ils ont été ajoutés&#xa0;; &lt;i&gt;Évolution&lt;/i&gt; est le dernier tour moins le premier. Une hausse signifie que l&apos;entraînement fonctionne&#xa0;; un code qui reste sous .667 doit voir sa définition précisée avant que les codeurs continuent (Krippendorff 2004&#xa0;: α ≥ .800 fiable, ≥ .667 provisoire).</translation>
    </message>
    <message>
        <source>&lt;b&gt;What this means:&lt;/b&gt; agreement on the passages themselves, not on fixed units. &lt;i&gt;α 2004&lt;/i&gt;: Krippendorff&apos;s α_U (1995; 2004, §12.4) per code — do the coders cut the same passages? &lt;i&gt;uα&lt;/i&gt; (Krippendorff, Mathet, Bouvry &amp;amp; Widlöcher 2016): where the passages are and which code they carry, over the whole text. For a group of exclusive codes: &lt;i&gt;|uα&lt;/i&gt; where coded passages are, whatever the code; &lt;i&gt;cuα&lt;/i&gt; which code, only where the coders&apos; passages overlap; &lt;i&gt;Cuα&lt;/i&gt; the same per code. Read them against α&apos;s conventions (≥ .800 reliable, ≥ .667 tentative).</source>
        <translation>&lt;b&gt;Ce que cela signifie&#xa0;:&lt;/b&gt; l&apos;accord sur les passages eux-mêmes, et non sur des unités fixes. &lt;i&gt;α 2004&lt;/i&gt;&#xa0;: α_U de Krippendorff (1995&#xa0;; 2004, §12.4) par code — les codeurs découpent-ils les mêmes passages&#xa0;? &lt;i&gt;uα&lt;/i&gt; (Krippendorff, Mathet, Bouvry &amp;amp; Widlöcher 2016)&#xa0;: où sont les passages et quel code ils portent, sur tout le texte. Pour un groupe de codes exclusifs&#xa0;: &lt;i&gt;|uα&lt;/i&gt; où se trouvent les passages codés, quel que soit le code&#xa0;; &lt;i&gt;cuα&lt;/i&gt; quel code, seulement là où les passages des codeurs se chevauchent&#xa0;; &lt;i&gt;Cuα&lt;/i&gt; la même chose par code. Lisez-les selon les conventions de α (≥ .800 fiable, ≥ .667 provisoire).</translation>
    </message>
    <message>
        <source>Choose a group of exclusive codes to see |uα, cuα and Cuα.</source>
        <translation>Choisissez un groupe de codes exclusifs pour voir |uα, cuα et Cuα.</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
</context>
<context>
    <name>team.server</name>
    <message>
        <source>The server at {host} asks for the password of “{user}”. Type it and open again.</source>
        <translation>Le serveur {host} demande le mot de passe de «&#xa0;{user}&#xa0;». Saisissez-le et ouvrez de nouveau.</translation>
    </message>
    <message>
        <source>The server at {host} did not accept the password for “{user}”. Check it and try again.</source>
        <translation>Le serveur {host} n&apos;a pas accepté le mot de passe de «&#xa0;{user}&#xa0;». Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>The server name “{host}” is unknown. Check the address.</source>
        <translation>Le nom de serveur «&#xa0;{host}&#xa0;» est inconnu. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>The server at {host} cannot be reached (is it running, and is the port right?).</source>
        <translation>Le serveur {host} est injoignable (est-il démarré, et le port est-il correct&#xa0;?).</translation>
    </message>
    <message>
        <source>Open server project</source>
        <translation>Ouvrir un projet sur serveur</translation>
    </message>
    <message>
        <source>only if the server asks for one</source>
        <translation>seulement si le serveur en demande un</translation>
    </message>
    <message>
        <source>Server project:</source>
        <translation>Projet sur serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>A project shared on a PostgreSQL server: everyone&apos;s codings appear as they are made. The password is used for this connection only and never saved (qcoder also reads PGPASSWORD and ~/.pgpass).</source>
        <translation>Un projet partagé sur un serveur PostgreSQL&#xa0;: les codages de chacun apparaissent au fur et à mesure. Le mot de passe ne sert qu&apos;à cette connexion et n&apos;est jamais enregistré (qcoder lit aussi PGPASSWORD et ~/.pgpass).</translation>
    </message>
    <message>
        <source>Expected an address like {example}</source>
        <translation>Adresse attendue sous la forme {example}</translation>
    </message>
    <message>
        <source>Connects to {address} (the password typed in the address is used, not saved)</source>
        <translation>Connexion à {address} (le mot de passe saisi dans l&apos;adresse est utilisé, pas enregistré)</translation>
    </message>
    <message>
        <source>Connects to {address}</source>
        <translation>Connexion à {address}</translation>
    </message>
    <message>
        <source>This address cannot be read; write it like {example} (details: {reason})</source>
        <translation>Cette adresse est illisible&#xa0;; écrivez-la sous la forme {example} (détails&#xa0;: {reason})</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>coder</source>
        <translation>codeur</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Rôle&#xa0;: {role}</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <source>Working as {name}, role: {role}.</source>
        <translation>Vous travaillez en tant que {name}, rôle&#xa0;: {role}.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server project {address}.</source>
        <translation>Projet sur serveur {address}.</translation>
    </message>
    <message>
        <source>server unreachable</source>
        <translation>serveur injoignable</translation>
    </message>
    <message>
        <source>Live refresh failed: {reason} (retrying).</source>
        <translation>L&apos;actualisation en direct a échoué&#xa0;: {reason} (nouvel essai en cours).</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>Other coders&apos; changes appear within two seconds.</source>
        <translation>Les modifications des autres codeurs apparaissent en moins de deux secondes.</translation>
    </message>
    <message>
        <source>blind mode</source>
        <translation>mode aveugle</translation>
    </message>
    <message>
        <source>Blind mode: each coder sees only their own codings.</source>
        <translation>Mode aveugle&#xa0;: chaque codeur ne voit que ses propres codages.</translation>
    </message>
</context>
<context>
    <name>team.stats_model</name>
    <message>
        <source>% agreement</source>
        <translation>% d&apos;accord</translation>
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
        <translation>Part des unités sur lesquelles tous les codeurs sont d&apos;accord (codées par tous, ou par aucun)</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (two coders): agreement corrected for chance, p_e = pA·pB + (1−pA)(1−pB)</source>
        <translation>Kappa de Cohen (deux codeurs)&#xa0;: accord corrigé du hasard, p_e = pA·pB + (1−pA)(1−pB)</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa (any number of coders), over the units every coder rated</source>
        <translation>Kappa de Fleiss (nombre quelconque de codeurs), sur les unités évaluées par tous les codeurs</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal), allowing for missing ratings</source>
        <translation>Alpha de Krippendorff (nominal), qui admet les évaluations manquantes</translation>
    </message>
    <message>
        <source>Gwet&apos;s AC1: chance-corrected agreement that stays stable when a code is rare</source>
        <translation>AC1 de Gwet&#xa0;: accord corrigé du hasard qui reste stable quand un code est rare</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Tours de parole</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>n/d</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>α ≥ .800: rely on this code (Krippendorff 2004)</source>
        <translation>α ≥ .800&#xa0;: ce code est fiable (Krippendorff 2004)</translation>
    </message>
    <message>
        <source>α between .667 and .800: draw only tentative conclusions; compare the disagreements and sharpen the code&apos;s definition</source>
        <translation>α entre .667 et .800&#xa0;: ne tirez que des conclusions provisoires&#xa0;; comparez les désaccords et précisez la définition du code</translation>
    </message>
    <message>
        <source>α below .667: the coders apply this code differently — read its disagreements, revise the definition and recode before reporting it</source>
        <translation>α inférieur à .667&#xa0;: les codeurs appliquent ce code différemment — lisez ses désaccords, revoyez la définition et recodez avant d&apos;en rendre compte</translation>
    </message>
    <message>
        <source>α is not defined here (nothing coded, or no variation)</source>
        <translation>α n&apos;est pas défini ici (rien de codé, ou aucune variation)</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>fiable</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>non fiable</translation>
    </message>
    <message>
        <source>not defined</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>not defined: undefined in all {n} (code, document) tables that were averaged (nothing coded, or no variation, in each)</source>
        <translation>non défini&#xa0;: indéfini dans les {n} tableaux (code, document) moyennés (rien de codé, ou aucune variation, dans chacun)</translation>
    </message>
    <message>
        <source>not defined: no unit was rated by two or more of these coders</source>
        <translation>non défini&#xa0;: aucune unité n&apos;a été évaluée par au moins deux de ces codeurs</translation>
    </message>
    <message>
        <source>not defined: none of these coders applied the code here, so there is nothing to agree on</source>
        <translation>non défini&#xa0;: aucun de ces codeurs n&apos;a appliqué le code ici, il n&apos;y a donc rien sur quoi s&apos;accorder</translation>
    </message>
    <message>
        <source>not defined: Cohen&apos;s kappa compares two coders; see the pairwise matrix for each pair</source>
        <translation>non défini&#xa0;: le kappa de Cohen compare deux codeurs&#xa0;; voyez la matrice par paires pour chaque paire</translation>
    </message>
    <message>
        <source>not defined: no unit was rated by every coder (Fleiss&apos; kappa needs all coders on each unit)</source>
        <translation>non défini&#xa0;: aucune unité n&apos;a été évaluée par tous les codeurs (le kappa de Fleiss exige tous les codeurs sur chaque unité)</translation>
    </message>
    <message>
        <source>not defined: chance agreement is 1 — every unit got the same answer from everyone (the code covers everything), so there is no variation to compare</source>
        <translation>non défini&#xa0;: l&apos;accord dû au hasard vaut 1 — chaque unité a reçu la même réponse de tous (le code couvre tout), il n&apos;y a donc aucune variation à comparer</translation>
    </message>
    <message>
        <source>not defined: no pairable units</source>
        <translation>non défini&#xa0;: aucune unité appariable</translation>
    </message>
    <message>
        <source>average over {used} of {n} (code, document) tables</source>
        <translation>moyenne sur {used} des {n} tableaux (code, document)</translation>
    </message>
    <message>
        <source>; {n} where it is not defined are left out</source>
        <translation>&#xa0;; {n} où il n&apos;est pas défini sont écartés</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Verdict (α)</source>
        <translation>Verdict (α)</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Units rated by two or more of the coders (summed over the documents)</source>
        <translation>Unités évaluées par au moins deux des codeurs (sommées sur les documents)</translation>
    </message>
    <message>
        <source>What Krippendorff&apos;s α means, by the usual convention ({source})</source>
        <translation>Ce que signifie l&apos;α de Krippendorff, selon la convention habituelle ({source})</translation>
    </message>
    <message>
        <source>{n} units rated by two or more coders; {all} by all</source>
        <translation>{n} unités évaluées par au moins deux codeurs&#xa0;; {all} par tous</translation>
    </message>
    <message>
        <source>Cohen&apos;s κ between {first} and {second}</source>
        <translation>κ de Cohen entre {first} et {second}</translation>
    </message>
    <message>
        <source>not defined for {first} and {second}: nothing coded, or chance agreement is 1</source>
        <translation>non défini pour {first} et {second}&#xa0;: rien de codé, ou l&apos;accord dû au hasard vaut 1</translation>
    </message>
    <message>
        <source>pooled</source>
        <translation>regroupés</translation>
    </message>
    <message>
        <source>averaged</source>
        <translation>moyennés</translation>
    </message>
    <message>
        <source>Pooled: the counts of every (code, document) table are summed, then each statistic is computed once.</source>
        <translation>Regroupés&#xa0;: les effectifs de tous les tableaux (code, document) sont additionnés, puis chaque statistique est calculée une seule fois.</translation>
    </message>
    <message>
        <source>Averaged: each statistic is computed per (code, document) table and the defined values are averaged; tables where it is not defined are left out.</source>
        <translation>Moyennés&#xa0;: chaque statistique est calculée par tableau (code, document) et les valeurs définies sont moyennées&#xa0;; les tableaux où elle n&apos;est pas définie sont écartés.</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
</context>
<context>
    <name>themes</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>tour</name>
    <message>
        <source>Import transcripts</source>
        <translation>Importer des transcriptions</translation>
    </message>
    <message>
        <source>Your transcripts are listed here: the demo project holds fifteen interviews. Add yours with Project → Import transcripts…: Word, PDF, text, Zoom or Teams captions. An attribute sheet gives each speaker a site and a stakeholder group.</source>
        <translation>Vos transcriptions sont listées ici&#xa0;: le projet de démonstration contient quinze entretiens. Ajoutez les vôtres avec Projet → Importer des transcriptions…&#xa0;: Word, PDF, texte, sous-titres Zoom ou Teams. Une feuille d’attributs attribue à chaque locuteur un site et un groupe de parties prenantes.</translation>
    </message>
    <message>
        <source>Code the transcript</source>
        <translation>Coder la transcription</translation>
    </message>
    <message>
        <source>Select words, then click a code, press its key 1–9, or press Ctrl+K and type a code&apos;s name. The coloured stripes on the right show each coding and its coder. Ctrl+Z undoes anything; there is no Save button.</source>
        <translation>Sélectionnez des mots, puis cliquez sur un code, appuyez sur sa touche 1–9, ou appuyez sur Ctrl+K et tapez le nom d’un code. Les bandes de couleur à droite montrent chaque codage et son codeur. Ctrl+Z annule tout&#xa0;; il n’y a pas de bouton Enregistrer.</translation>
    </message>
    <message>
        <source>The codebook</source>
        <translation>La grille de codage</translation>
    </message>
    <message>
        <source>Your codes, with their counts. Drag codes into themes; right-click one to edit its definition or give it a quick-code key.</source>
        <translation>Vos codes, avec leurs comptages. Faites glisser des codes dans des thèmes&#xa0;; cliquez-en un avec le bouton droit pour modifier sa définition ou lui donner une touche de codage rapide.</translation>
    </message>
    <message>
        <source>See the pattern</source>
        <translation>Repérer les tendances</translation>
    </message>
    <message>
        <source>Analysis → Theme frequencies: themes by stakeholder group or site, counted in excerpts, documents or respondents (“6 of 6”). Select a cell to read the excerpts behind it.</source>
        <translation>Analyse → Fréquences des thèmes&#xa0;: thèmes par groupe de parties prenantes ou par site, comptés en extraits, documents ou répondants («&#xa0;6 sur 6&#xa0;»). Sélectionnez une cellule pour lire les extraits correspondants.</translation>
    </message>
    <message>
        <source>Write the report</source>
        <translation>Rédiger le rapport</translation>
    </message>
    <message>
        <source>Project → Export → Word theme report… writes the findings: a theme × group table, summaries and quotes attributed by stakeholder group. Workbooks and REFI-QDA files for NVivo, ATLAS.ti and MAXQDA are in the same menu.</source>
        <translation>Projet → Exporter → Rapport thématique Word… rédige les résultats&#xa0;: un tableau thèmes × groupes, des synthèses et des citations attribuées par groupe de parties prenantes. Les classeurs et les fichiers REFI-QDA pour NVivo, ATLAS.ti et MAXQDA se trouvent dans le même menu.</translation>
    </message>
    <message>
        <source>That was the tour</source>
        <translation>C’est la fin de la visite</translation>
    </message>
    <message>
        <source>Help → User guide explains every step of an evaluation: import, codebook, coding, agreement, findings, exchange, the team server and data protection.</source>
        <translation>Aide → Guide de l’utilisateur explique chaque étape d’une évaluation&#xa0;: importation, grille de codage, codage, accord, résultats, échange, le serveur d’équipe et la protection des données.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Skip tour</source>
        <translation>Passer la visite</translation>
    </message>
    <message>
        <source>Open the user guide</source>
        <translation>Ouvrir le guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Visite guidée</translation>
    </message>
    <message>
        <source>A tour of the window in a few steps</source>
        <translation>Une visite de la fenêtre en quelques étapes</translation>
    </message>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Étape {n} sur {total}</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>The tour is over.</source>
        <translation>La visite est terminée.</translation>
    </message>
    <message>
        <source>New to qcoder? A 2-minute tour shows the window on the demo project.</source>
        <translation>Vous découvrez qcoder&#xa0;? Une visite de 2 minutes présente la fenêtre sur le projet de démonstration.</translation>
    </message>
    <message>
        <source>Take the 2-minute tour</source>
        <translation>Faire la visite de 2 minutes</translation>
    </message>
    <message>
        <source>Opens the demo project and shows import, coding, matrix and report</source>
        <translation>Ouvre le projet de démonstration et présente l’importation, le codage, la matrice et le rapport</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Do not offer the tour again (Help still has it)</source>
        <translation>Ne plus proposer la visite (elle reste dans le menu Aide)</translation>
    </message>
</context>
<context>
    <name>turn_rules</name>
    <message>
        <source>No speaker labels were found in this document, so its excerpts cannot be attributed to a speaker. Give its paragraphs to an interviewer and a respondent in one step (Ctrl+Z undoes it):</source>
        <translation>Aucune étiquette de locuteur n&apos;a été trouvée dans ce document&#xa0;: ses extraits ne peuvent donc pas être attribués à un locuteur. Attribuez ses paragraphes à un intervieweur et à un répondant en une seule étape (Ctrl+Z l&apos;annule)&#xa0;:</translation>
    </message>
    <message>
        <source>Paragraphs alternate: interviewer, respondent</source>
        <translation>Les paragraphes alternent&#xa0;: intervieweur, répondant</translation>
    </message>
    <message>
        <source>Q:</source>
        <translation>Q:</translation>
    </message>
    <message>
        <source>are the interviewer&apos;s</source>
        <translation>sont de l&apos;intervieweur</translation>
    </message>
    <message>
        <source>or paragraphs starting with</source>
        <translation>ou les paragraphes commençant par</translation>
    </message>
</context>
<context>
    <name>viewer.caret_codings</name>
    <message>
        <source>No codings at the cursor</source>
        <translation>Aucun codage au curseur</translation>
    </message>
    <message>
        <source>unknown coder</source>
        <translation>codeur inconnu</translation>
    </message>
    <message>
        <source>{code} ({coder})</source>
        <translation>{code} ({coder})</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>The document&apos;s text. Ctrl+Shift+I tells the codings at the cursor.</source>
        <translation>Le texte du document. Ctrl+Maj+I annonce les codages au curseur.</translation>
    </message>
    <message>
        <source>Codings at the cursor</source>
        <translation>Codages au curseur</translation>
    </message>
    <message>
        <source>No document open.</source>
        <translation>Aucun document ouvert.</translation>
    </message>
    <message>
        <source>No codings at the cursor.</source>
        <translation>Aucun codage au curseur.</translation>
    </message>
    <message>
        <source>Codings at the cursor: {codings}.</source>
        <translation>Codages au curseur&#xa0;: {codings}.</translation>
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
        <translation>Ouvrez un document de la liste pour commencer à coder.</translation>
    </message>
    <message>
        <source>Which codings to show</source>
        <translation>Quels codages afficher</translation>
    </message>
    <message>
        <source>Show codings</source>
        <translation>Afficher les codages</translation>
    </message>
    <message>
        <source>Which codings the transcript shows: coders and codes</source>
        <translation>Quels codages la transcription affiche&#xa0;: codeurs et codes</translation>
    </message>
    <message>
        <source>{n} character</source>
        <translation>{n} caractère</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} caractères</translation>
    </message>
    <message>
        <source>speakers: {names}</source>
        <translation>locuteurs&#xa0;: {names}</translation>
    </message>
    <message>
        <source>no speaker labels found: &lt;a href=&apos;speakers&apos;&gt;give its paragraphs to speakers…&lt;/a&gt;</source>
        <translation>aucune étiquette de locuteur&#xa0;: &lt;a href=&apos;speakers&apos;&gt;attribuer ses paragraphes à des locuteurs…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Blind coding is on: only your own codings are shown</source>
        <translation>Le codage à l&apos;aveugle est activé&#xa0;: seuls vos propres codages sont affichés</translation>
    </message>
    <message>
        <source>My codings</source>
        <translation>Mes codages</translation>
    </message>
    <message>
        <source>All coders</source>
        <translation>Tous les codeurs</translation>
    </message>
    <message>
        <source>Selected coders</source>
        <translation>Codeurs sélectionnés</translation>
    </message>
    <message>
        <source>Show all codes ({n} hidden)</source>
        <translation>Afficher tous les codes ({n} masqués)</translation>
    </message>
    <message>
        <source>Blind coding: my codings only</source>
        <translation>Codage à l&apos;aveugle&#xa0;: mes codages seulement</translation>
    </message>
    <message>
        <source>Showing: my codings</source>
        <translation>Affichés&#xa0;: mes codages</translation>
    </message>
    <message>
        <source>Showing: {coders}</source>
        <translation>Affichés&#xa0;: {coders}</translation>
    </message>
    <message>
        <source>Showing: all coders</source>
        <translation>Affichés&#xa0;: tous les codeurs</translation>
    </message>
    <message>
        <source>{n} code hidden</source>
        <translation>{n} code masqué</translation>
    </message>
    <message>
        <source>{n} codes hidden</source>
        <translation>{n} codes masqués</translation>
    </message>
</context>
<context>
    <name>viewer.find_bar</name>
    <message>
        <source>Find in document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} sur {total}</translation>
    </message>
</context>
<context>
    <name>viewer.margins</name>
    <message>
        <source>Paragraph numbers</source>
        <translation>Numéros de paragraphe</translation>
    </message>
    <message>
        <source>Hover a number: where its paragraph starts in the recording</source>
        <translation>Survolez un numéro&#xa0;: où son paragraphe commence dans l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Coding stripes</source>
        <translation>Bandes de codage</translation>
    </message>
    <message>
        <source>No codings in view</source>
        <translation>Aucun codage visible</translation>
    </message>
    <message>
        <source>unknown coder</source>
        <translation>codeur inconnu</translation>
    </message>
    <message>
        <source>{code} ({coder})</source>
        <translation>{code} ({coder})</translation>
    </message>
    <message>
        <source>In view: {codings}</source>
        <translation>Visibles&#xa0;: {codings}</translation>
    </message>
</context>
<context>
    <name>viewer.state</name>
    <message>
        <source>Paragraph {n}</source>
        <translation>Paragraphe {n}</translation>
    </message>
    <message>
        <source>Paragraph {n}, starting at {time} in the recording</source>
        <translation>Paragraphe {n}, commençant à {time} dans l&apos;enregistrement</translation>
    </message>
    <message>
        <source>unknown coder</source>
        <translation>codeur inconnu</translation>
    </message>
    <message>
        <source>coded by {coder}</source>
        <translation>codé par {coder}</translation>
    </message>
</context>
<context>
    <name>worker_progress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
</TS>
