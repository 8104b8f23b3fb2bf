<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>analysis.chart</name>
        <message>
            <source>Select a code in the table</source>
            <translation>Sélectionnez un code dans le tableau</translation>
        </message>
        <message>
            <source>{count}: {code}</source>
            <translation>{count} : {code}</translation>
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
            <source>The attribute whose values make the columns (a participant's value, or else the document's)</source>
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
            <translation>Compter aussi les passages prononcés par les enquêteurs (désactivé : répondants seulement)</translation>
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
            <source>Which codes are rows, and whether a parent's row counts its subcodes' excerpts</source>
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
            <translation>Échelle de la carte thermique : le plus foncé = le plus grand chiffre de la colonne, ou du tableau</translation>
        </message>
        <message>
            <source>All coders</source>
            <translation>Tous les codeurs</translation>
        </message>
        <message>
            <source>Coders: all</source>
            <translation>Codeurs : tous</translation>
        </message>
        <message>
            <source>Coder: {name}</source>
            <translation>Codeur : {name}</translation>
        </message>
        <message>
            <source>Coders: {n} of {total}</source>
            <translation>Codeurs : {n} sur {total}</translation>
        </message>
    </context>
    <context>
        <name>analysis.cooccurrence_model</name>
        <message>
            <source>{code}: used {n} times</source>
            <translation>{code} : utilisé {n} fois</translation>
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
            <source>Codes meet where their excerpts overlap, or anywhere in one speaker's turn</source>
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
            <translation>Codes par codes : chaque cellule indique combien de fois les deux se croisent</translation>
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
            <translation>Un code croise toujours ses propres sous-codes (il les inclut) : désactivé par défaut</translation>
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
            <translation>Les codes se croisent dans :</translation>
        </message>
        <message>
            <source>Count:</source>
            <translation>Comptage :</translation>
        </message>
        <message>
            <source>Speakers:</source>
            <translation>Locuteurs :</translation>
        </message>
        <message>
            <source>Rows and columns are numbered alike; the diagonal is each code's use</source>
            <translation>Lignes et colonnes sont numérotées de la même façon ; la diagonale est l’utilisation de chaque code</translation>
        </message>
        <message>
            <source>Minimum weight:</source>
            <translation>Poids minimum :</translation>
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
            <translation>Non compté : {error}</translation>
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
            <translation>Participant : {name}</translation>
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
            <source>Where the excerpt starts in the document's recording</source>
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
            <translation>{title} : annulé, aucun fichier écrit</translation>
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
            <translation>Brouillon : phrases tirées des extraits (LexRank), pas encore modifiées</translation>
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
            <source>What the rows are: documents or an attribute's values</source>
            <translation>Ce que sont les lignes : des documents ou les valeurs d’un attribut</translation>
        </message>
        <message>
            <source>Cases by themes: each cell holds the number of excerpts and your summary</source>
            <translation>Cas par thèmes : chaque cellule contient le nombre d’extraits et votre résumé</translation>
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
            <source>Fill the editor with the cell's most representative sentences</source>
            <translation>Remplir l’éditeur avec les phrases les plus représentatives de la cellule</translation>
        </message>
        <message>
            <source>Save summary</source>
            <translation>Enregistrer le résumé</translation>
        </message>
        <message>
            <source>Cases:</source>
            <translation>Cas :</translation>
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
            <translation>Non effectué : {error}</translation>
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
            <source>No sentences in this cell's excerpts: no draft</source>
            <translation>Aucune phrase dans les extraits de cette cellule : pas de brouillon</translation>
        </message>
        <message>
            <source>Draft sentence {n}: {text}</source>
            <translation>Phrase {n} du brouillon : {text}</translation>
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
            <translation>Codes par valeurs d’attribut : chaque cellule énonce sa ligne, sa colonne et son chiffre. Entrée liste ses extraits.</translation>
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
            <translation>{attribute} : {value}</translation>
        </message>
        <message>
            <source>{value}, {row}, {column}</source>
            <translation>{value}, {row}, {column}</translation>
        </message>
        <message>
            <source>{count}: {value}. Row: {row}. Column: {column}.</source>
            <translation>{count} : {value}. Ligne : {row}. Colonne : {column}.</translation>
        </message>
        <message>
            <source>(own codings only; its subcodes are counted on their own rows)</source>
            <translation>(codages propres uniquement ; ses sous-codes sont comptés sur leurs propres lignes)</translation>
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
            <translation>Comment ce code se combine avec les précédents : AND, OR, NOT…</translation>
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
            <translation>Codes combinés avec AND, OR, NOT, NEAR ; chemins de code entre guillemets</translation>
        </message>
        <message>
            <source>"Challenges &gt; Turnover" AND NOT "Recommendations &gt; Joint training"</source>
            <translation>"Difficultés &gt; Rotation" AND NOT "Recommandations &gt; Formation commune"</translation>
        </message>
        <message>
            <source>Nearness</source>
            <translation>Proximité</translation>
        </message>
        <message>
            <source>What NEAR means: same turn, paragraph, or a number of characters</source>
            <translation>Ce que signifie NEAR : même tour de parole, même paragraphe ou un nombre de caractères</translation>
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
            <translation>ATTRIBUT=VALEUR ; une valeur par attribut</translation>
        </message>
        <message>
            <source>ATTR=VALUE; … (one value of each attribute)</source>
            <translation>ATTRIBUT=VALEUR ; … (une valeur par attribut)</translation>
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
            <translation>Codes :</translation>
        </message>
        <message>
            <source>Expression:</source>
            <translation>Expression :</translation>
        </message>
        <message>
            <source>Near means:</source>
            <translation>NEAR signifie :</translation>
        </message>
        <message>
            <source>Respondents:</source>
            <translation>Répondants :</translation>
        </message>
        <message>
            <source>Speakers:</source>
            <translation>Locuteurs :</translation>
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
            <translation>Les passages trouvés : document, locuteur, texte. Entrée en ouvre un.</translation>
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
            <translation>Requêtes enregistrées :</translation>
        </message>
        <message>
            <source>Counted by:</source>
            <translation>Compté par :</translation>
        </message>
        <message>
            <source>Running…</source>
            <translation>Exécution…</translation>
        </message>
        <message>
            <source>Not run: {error}</source>
            <translation>Non exécutée : {error}</translation>
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
            <translation>Chemin du code (Parent &gt; Enfant ; créé s’il est nouveau) :</translation>
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
            <translation>Nom :</translation>
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
            <translation>Nouveaux codes : codes appliqués directement dans un document (un parent codé seulement via ses sous-codes ne compte pas) qu’aucun document précédent n’avait. Une courbe qui s’aplatit suggère la saturation.</translation>
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
            <translation>{coder} : nouveaux</translation>
        </message>
        <message>
            <source>{coder}: cumulative</source>
            <translation>{coder} : cumulés</translation>
        </message>
        <message>
            <source>Saturation: new codes per document</source>
            <translation>Saturation : nouveaux codes par document</translation>
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
            <translation>Une ligne par document dans l’ordre choisi : les codes qu’il a apportés</translation>
        </message>
        <message>
            <source>Export chart PNG…</source>
            <translation>Exporter le graphique en PNG…</translation>
        </message>
        <message>
            <source>Documents in:</source>
            <translation>Documents dans :</translation>
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
            <translation>Non calculé : {error}</translation>
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
            <translation>Non exporté : {error}</translation>
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
            <translation>Mots exclus des fréquences, un par ligne (ou séparés par des virgules). Un mot correspond à son lemme ou à n’importe laquelle de ses formes : « être » exclut aussi « était ». Enregistrés dans le projet, pour tous ceux qui l’ouvrent et pour &lt;code&gt;qcoder words&lt;/code&gt;.</translation>
        </message>
        <message>
            <source>Stop words</source>
            <translation>Mots vides</translation>
        </message>
        <message>
            <source>One word per line: words left out of the counts</source>
            <translation>Un mot par ligne : mots exclus des comptages</translation>
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
            <translation> · {across} : {n} sur {total}</translation>
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
            <translation>Thèmes par groupes : comptages et citations étoilées dans chaque cellule</translation>
        </message>
        <message>
            <source>Select a cell: its case summaries and starred quotes</source>
            <translation>Sélectionnez une cellule : ses résumés de cas et citations étoilées</translation>
        </message>
        <message>
            <source>Groups:</source>
            <translation>Groupes :</translation>
        </message>
        <message>
            <source>Across:</source>
            <translation>Réparti par :</translation>
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
            <translation>Non effectué : {error}</translation>
        </message>
        <message>
            <source>{n} of {total} respondents</source>
            <translation>{n} répondants sur {total}</translation>
        </message>
        <message>
            <source>, in {n} of {total} {across}s</source>
            <translation>, {across} : {n} sur {total}</translation>
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
            <translation>Extraits : passages codés du thème et de ses sous-codes, fusionnés par document et par codeur.</translation>
        </message>
        <message>
            <source>Documents: transcripts with at least one excerpt.</source>
            <translation>Documents : transcriptions comportant au moins un extrait.</translation>
        </message>
        <message>
            <source>Participants: respondents who speak an excerpt (an unlinked transcript counts as one).</source>
            <translation>Participants : répondants qui prononcent un extrait (une transcription non liée compte pour un).</translation>
        </message>
        <message>
            <source>Sites: sites where the theme comes up, of the sites where the group has respondents.</source>
            <translation>Sites : sites où le thème apparaît, parmi les sites où le groupe a des répondants.</translation>
        </message>
        <message>
            <source>Share: respondents who mention the theme ÷ respondents of the group.</source>
            <translation>Part : répondants qui mentionnent le thème ÷ répondants du groupe.</translation>
        </message>
        <message>
            <source>Not listed: {error}</source>
            <translation>Non listé : {error}</translation>
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
            <translation>Les comptages n’ont pas pu être calculés : {error}</translation>
        </message>
        <message>
            <source>{code} — {where}: listing {excerpts}…</source>
            <translation>{code} — {where} : liste de {excerpts}…</translation>
        </message>
        <message>
            <source>{code} — {where}: {excerpts}</source>
            <translation>{code} — {where} : {excerpts}</translation>
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
            <translation>Tableau copié : collez-le dans un rapport ou un tableur.</translation>
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
            <translation>{n} codeurs sont comptés : un passage codé par les deux compte deux fois (choisissez un codeur ou le consensus).</translation>
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
            <translation>Où les codes se croisent : une matrice et un dessin de réseau</translation>
        </message>
    </context>
    <context>
        <name>analysis.word_cloud</name>
        <message>
            <source>{word}: {n}</source>
            <translation>{word} : {n}</translation>
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
            <translation>{group} : occurrences</translation>
        </message>
        <message>
            <source>{group}: per 10k words</source>
            <translation>{group} : pour 10 000 mots</translation>
        </message>
        <message>
            <source>{group}: per 10,000 words</source>
            <translation>{group} : pour 10 000 mots</translation>
        </message>
    </context>
    <context>
        <name>analysis.words_view</name>
        <message>
            <source>Basic language pipeline (no trained English model): lemmas come from a lookup table, so some forms are not joined. Install one with pip install 'qcoder[model]'.</source>
            <translation>Traitement linguistique de base (pas de modèle anglais entraîné) : les lemmes viennent d’une table de correspondance, certaines formes ne sont donc pas regroupées. Installez-en un avec pip install 'qcoder[model]'.</translation>
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
            <source>Count the interviewers' words as well as the respondents'</source>
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
            <translation>Par :</translation>
        </message>
        <message>
            <source>Min. count:</source>
            <translation>Nombre min. :</translation>
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
            <translation>Annulé. Changez « Par » ou rouvrez la fenêtre pour compter à nouveau.</translation>
        </message>
        <message>
            <source>Not counted: {error}</source>
            <translation>Non compté : {error}</translation>
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
            <translation>Ajouter « {lemma} » aux mots vides</translation>
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
</TS>
