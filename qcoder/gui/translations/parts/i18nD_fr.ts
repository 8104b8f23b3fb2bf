<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>accessibility</name>
        <message>
            <source>More tools</source>
            <translation>Plus d'outils</translation>
        </message>
        <message>
            <source>Tools that do not fit on the toolbar: {toolbar}</source>
            <translation>Outils qui ne tiennent pas dans la barre : {toolbar}</translation>
        </message>
        <message>
            <source>toolbar</source>
            <translation>la barre d'outils</translation>
        </message>
        <message>
            <source>Status bar</source>
            <translation>Barre d'état</translation>
        </message>
        <message>
            <source>Messages about what just happened</source>
            <translation>Messages sur ce qui vient de se passer</translation>
        </message>
        <message>
            <source>{header}: {value}</source>
            <translation>{header} : {value}</translation>
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
            <translation>Nouveaux codes par document, dans l'ordre de codage, de date d'entretien ou de nom</translation>
        </message>
        <message>
            <source>Framework matrix</source>
            <translation>Matrice de cadrage</translation>
        </message>
        <message>
            <source>Cases × themes: counts, excerpts, your summaries and drafts</source>
            <translation>Cas × thèmes : effectifs, extraits, vos résumés et brouillons</translation>
        </message>
        <message>
            <source>Query…</source>
            <translation>Requête…</translation>
        </message>
        <message>
            <source>Codes combined with AND, OR, NOT, NEAR: passages in context, counted, coded</source>
            <translation>Codes combinés avec AND, OR, NOT, NEAR : passages en contexte, comptés, codés</translation>
        </message>
        <message>
            <source>Memos</source>
            <translation>Mémos</translation>
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
        <name>coder</name>
        <message>
            <source>Who is coding? Your name is recorded with every coding you make,
so coders can be compared later.</source>
            <translation>Qui code ? Votre nom est enregistré avec chaque codage que vous faites,
pour pouvoir comparer les codeurs plus tard.</translation>
        </message>
        <message>
            <source>Code as:</source>
            <translation>Coder en tant que :</translation>
        </message>
        <message>
            <source>Coder</source>
            <translation>Codeur</translation>
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
            <translation>Le nom « {name} » est déjà pris ({kind}). Choisissez un autre nom.</translation>
        </message>
        <message>
            <source>Select some text first: a coding needs at least one character.</source>
            <translation>Sélectionnez d'abord du texte : un codage doit couvrir au moins un caractère.</translation>
        </message>
        <message>
            <source>A code cannot be moved or merged into one of its own subcodes.</source>
            <translation>Un code ne peut pas être déplacé ni fusionné dans l'un de ses propres sous-codes.</translation>
        </message>
        <message>
            <source>Someone else changed this item in the meantime. It has been reloaded; please try again.</source>
            <translation>Quelqu'un d'autre a modifié cet élément entre-temps. Il a été rechargé ; veuillez réessayer.</translation>
        </message>
        <message>
            <source>The {kind} no longer exists (it may have been deleted or undone).</source>
            <translation>Cet élément ({kind}) n'existe plus (il a peut-être été supprimé ou annulé).</translation>
        </message>
        <message>
            <source>This project was saved by a newer version of qcoder. Please upgrade qcoder to open it.</source>
            <translation>Ce projet a été enregistré par une version plus récente de qcoder. Mettez qcoder à jour pour l'ouvrir.</translation>
        </message>
        <message>
            <source>Unexpected error ({kind}): this is a bug in qcoder. Its details are not shown because they may contain your data; nothing was written to a log.</source>
            <translation>Erreur inattendue ({kind}) : c'est un bogue de qcoder. Ses détails ne sont pas affichés, car ils peuvent contenir vos données ; rien n'a été écrit dans un journal.</translation>
        </message>
    </context>
    <context>
        <name>export_menu</name>
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
            <translation>Classeur d'analyse (XLSX)…</translation>
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
            <translation>Rapport d'accord (DOCX ou XLSX)…</translation>
        </message>
        <message>
            <source>The inter-coder agreement methods appendix</source>
            <translation>L'annexe méthodologique de l'accord inter-codeurs</translation>
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
            <translation>XLSX et CSV : Importer un livre de codes les relit</translation>
        </message>
        <message>
            <source>REFI-QDA project (.qdpx)…</source>
            <translation>Projet REFI-QDA (.qdpx)…</translation>
        </message>
        <message>
            <source>A project file other QDA programs (MAXQDA, NVivo, ATLAS.ti…) can open</source>
            <translation>Un fichier de projet que d'autres logiciels d'ADQ (MAXQDA, NVivo, ATLAS.ti…) peuvent ouvrir</translation>
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
            <translation>Exporter le classeur d'analyse</translation>
        </message>
        <message>
            <source>Frequencies, tables by attribute, co-occurrence, the codebook, excerpts and notes (as qcoder export).</source>
            <translation>Fréquences, tableaux par attribut, cooccurrences, le livre de codes, les extraits et les notes (comme qcoder export).</translation>
        </message>
        <message>
            <source>Tables by attribute:</source>
            <translation>Tableaux par attribut :</translation>
        </message>
        <message>
            <source>Coders (none ticked: all):</source>
            <translation>Codeurs (aucun coché : tous) :</translation>
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
            <translation>Cas × thèmes : effectifs, vos résumés (ou brouillons) et citations (comme qcoder matrix).</translation>
        </message>
        <message>
            <source>Cases:</source>
            <translation>Cas :</translation>
        </message>
        <message>
            <source>Themes (none ticked: every code):</source>
            <translation>Thèmes (aucun coché : tous les codes) :</translation>
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
            <translation>Ordre des documents :</translation>
        </message>
        <message>
            <source>A column pair per coder</source>
            <translation>Une paire de colonnes par codeur</translation>
        </message>
        <message>
            <source>Each coder's new and cumulative codes</source>
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
            <translation>Exporter le rapport d'accord</translation>
        </message>
        <message>
            <source>agreement.docx</source>
            <translation>accord.docx</translation>
        </message>
        <message>
            <source>The methods appendix: statistics per code, verdicts, the weakest codes (Word); with every breakdown (Excel), as qcoder agreement.</source>
            <translation>L'annexe méthodologique : statistiques par code, verdicts, les codes les plus faibles (Word) ; avec toutes les ventilations (Excel), comme qcoder agreement.</translation>
        </message>
        <message>
            <source>Coders (two or more):</source>
            <translation>Codeurs (deux ou plus) :</translation>
        </message>
        <message>
            <source>Codes (none ticked: all used):</source>
            <translation>Codes (aucun coché : tous ceux utilisés) :</translation>
        </message>
        <message>
            <source>Unit:</source>
            <translation>Unité :</translation>
        </message>
        <message>
            <source>Tables:</source>
            <translation>Tableaux :</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>Breakdown by:</source>
            <translation>Ventilation par :</translation>
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
            <translation>Sous-codes exclusifs de :</translation>
        </message>
        <message>
            <source>Codes whose subcodes are mutually exclusive categories: nominal α, Fleiss' κ and AC1</source>
            <translation>Codes dont les sous-codes sont des catégories mutuellement exclusives : α nominal, κ de Fleiss et AC1</translation>
        </message>
        <message>
            <source>A unit with none of them:</source>
            <translation>Une unité sans aucun d'eux :</translation>
        </message>
        <message>
            <source>on or after</source>
            <translation>à partir du</translation>
        </message>
        <message>
            <source>on or before</source>
            <translation>jusqu'au</translation>
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
            <translation>Mémos (aucun coché : tous) :</translation>
        </message>
        <message>
            <source>Written by:</source>
            <translation>Écrit par :</translation>
        </message>
        <message>
            <source>Anyone</source>
            <translation>N'importe qui</translation>
        </message>
        <message>
            <source>Containing:</source>
            <translation>Contenant :</translation>
        </message>
        <message>
            <source>every word of…</source>
            <translation>tous les mots de…</translation>
        </message>
        <message>
            <source>As --search: in the memo or what it is on</source>
            <translation>Comme --search : dans le mémo ou dans ce qu'il concerne</translation>
        </message>
        <message>
            <source>Written on or after:</source>
            <translation>Écrit à partir du :</translation>
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
            <translation>Écrit jusqu'au :</translation>
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
            <source>Documents</source>
            <translation>Documents</translation>
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
            <translation>Échec de l'exportation : {reason}</translation>
        </message>
        <message>
            <source>Nothing was written.

{reason}</source>
            <translation>Rien n'a été écrit.

{reason}</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Échec de l'exportation</translation>
        </message>
        <message>
            <source>{title}: cancelled, no file written</source>
            <translation>{title} : annulé, aucun fichier écrit</translation>
        </message>
        <message>
            <source>Unitizing alphas (character units)</source>
            <translation>Alphas d'unitisation (unités caractère)</translation>
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
            <translation>Tirages bootstrap :</translation>
        </message>
        <message>
            <source>Interval coverage:</source>
            <translation>Niveau de l'intervalle :</translation>
        </message>
        <message>
            <source>Seed:</source>
            <translation>Graine :</translation>
        </message>
        <message>
            <source>written {when}: type a date as YYYY-MM-DD, not {text}</source>
            <translation>écrit {when} : saisissez une date au format AAAA-MM-JJ, pas {text}</translation>
        </message>
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
            <translation>Date de l'entretien</translation>
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
    </context>
    <context>
        <name>export_options</name>
        <message>
            <source>Choose file…</source>
            <translation>Choisir le fichier…</translation>
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
            <translation>Cette étape n'a pas pu être annulée ; l'historique d'annulation a été vidé.

{reason}</translation>
        </message>
        <message>
            <source>This step could not be redone; the undo history was cleared.

{reason}</source>
            <translation>Cette étape n'a pas pu être rétablie ; l'historique d'annulation a été vidé.

{reason}</translation>
        </message>
        <message>
            <source>Undone: {step}</source>
            <translation>Annulé : {step}</translation>
        </message>
        <message>
            <source>Redone: {step}</source>
            <translation>Rétabli : {step}</translation>
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
            <translation>{document} : {characters}, {speakers}, {turns}</translation>
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
            <translation>Réponses d'enquête…</translation>
        </message>
        <message>
            <source>A CSV, Excel or SPSS survey export: choose the ID, text and attribute columns</source>
            <translation>Un export d'enquête CSV, Excel ou SPSS : choisissez les colonnes d'identifiant, de texte et d'attributs</translation>
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
            <translation>Feuille d'attributs</translation>
        </message>
        <message>
            <source>A CSV or Excel sheet: one row per document</source>
            <translation>Une feuille CSV ou Excel : une ligne par document</translation>
        </message>
        <message>
            <source>A CSV or Excel sheet: one row per document (document, site, …)</source>
            <translation>Une feuille CSV ou Excel : une ligne par document (document, site, …)</translation>
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
            <translation>Feuille d'attributs :</translation>
        </message>
        <message>
            <source>File-name pattern:</source>
            <translation>Modèle de nom de fichier :</translation>
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
            <translation>Rapport d'importation</translation>
        </message>
        <message>
            <source>One row per file: what was imported, and any problem</source>
            <translation>Une ligne par fichier : ce qui a été importé, et tout problème</translation>
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
            <translation>Ajoutez des fichiers ou des dossiers à importer (ou une feuille d'attributs à appliquer).</translation>
        </message>
        <message>
            <source>The attribute sheet {path} does not exist.</source>
            <translation>La feuille d'attributs {path} n'existe pas.</translation>
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
            <translation>Importation {done} sur {total} : {name}</translation>
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
            <translation>Ignorés : {n}.</translation>
        </message>
        <message>
            <source>{n} could not be imported (see the reasons below).</source>
            <translation>Non importés : {n} (voir les raisons ci-dessous).</translation>
        </message>
        <message>
            <source>Import cancelled: the documents imported before it are kept.</source>
            <translation>Importation annulée : les documents importés auparavant sont conservés.</translation>
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
            <translation>Lignes de documents absents du projet : {names}</translation>
        </message>
        <message>
            <source>Speakers not found: {names}</source>
            <translation>Locuteurs introuvables : {names}</translation>
        </message>
        <message>
            <source>The import was cancelled.</source>
            <translation>L'importation a été annulée.</translation>
        </message>
        <message>
            <source>{n} document imported before the error is kept.</source>
            <translation>{n} document importé avant l'erreur est conservé.</translation>
        </message>
        <message>
            <source>{n} documents imported before the error are kept.</source>
            <translation>{n} documents importés avant l'erreur sont conservés.</translation>
        </message>
        <message>
            <source>The import stopped: {reason}</source>
            <translation>L'importation s'est arrêtée : {reason}</translation>
        </message>
        <message>
            <source>Folders are searched for {kinds} files and for files without an extension (their content decides); audio, video, images and spreadsheets are listed as skipped, hidden files are left out. Files whose text is already in the project are skipped.</source>
            <translation>Les dossiers sont parcourus à la recherche de fichiers {kinds} et de fichiers sans extension (leur contenu décide) ; l'audio, la vidéo, les images et les tableurs sont listés comme ignorés, les fichiers cachés sont laissés de côté. Les fichiers dont le texte est déjà dans le projet sont ignorés.</translation>
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
            <translation>Un glissement qui commence ou finit dans un mot prend le mot entier (Alt : exact)</translation>
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
            <source>About {app}</source>
            <translation>À propos de {app}</translation>
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
            <translation>Réponses d'enquête…</translation>
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
            <translation>Le projet n'a pas pu être ouvert.

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
            <translation>Codeur : {name}</translation>
        </message>
        <message>
            <source>Coder: (not set)</source>
            <translation>Codeur : (non défini)</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucun)</translation>
        </message>
        <message>
            <source>Bind keys: right-click a code in the codebook</source>
            <translation>Associer des touches : clic droit sur un code du livre de codes</translation>
        </message>
        <message>
            <source>Open a document first.</source>
            <translation>Ouvrez d'abord un document.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{app}&lt;/b&gt;&lt;br&gt;Qualitative coding of interview transcripts.&lt;br&gt;&lt;br&gt;Every change is saved as you work; Ctrl+Z undoes it.</source>
            <translation>&lt;b&gt;{app}&lt;/b&gt;&lt;br&gt;Codage qualitatif de transcriptions d'entretiens.&lt;br&gt;&lt;br&gt;Chaque modification est enregistrée au fil du travail ; Ctrl+Z l'annule.</translation>
        </message>
    </context>
    <context>
        <name>player</name>
        <message>
            <source>install the media extra to play recordings: {command}</source>
            <translation>installez l'extra multimédia pour lire les enregistrements : {command}</translation>
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
            <translation>Donner aux tours de parole sans horodatage l'heure écrite dedans : [00:01:23], (01:23)…</translation>
        </message>
        <message>
            <source>Follow</source>
            <translation>Suivre</translation>
        </message>
        <message>
            <source>Follow the transcript: scroll to the turn being spoken</source>
            <translation>Suivre la transcription : faire défiler jusqu'au tour de parole en cours</translation>
        </message>
        <message>
            <source>Recordings cannot be played: {hint}.</source>
            <translation>Impossible de lire les enregistrements : {hint}.</translation>
        </message>
        <message>
            <source>Re-link…</source>
            <translation>Relier à nouveau…</translation>
        </message>
        <message>
            <source>Find the missing recording (the others missing from the same folder are re-linked too)</source>
            <translation>Retrouver l'enregistrement manquant (les autres manquants du même dossier sont aussi reliés)</translation>
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
            <translation>Lire à partir d'ici</translation>
        </message>
        <message>
            <source>Position in the recording</source>
            <translation>Position dans l'enregistrement</translation>
        </message>
        <message>
            <source>Playback speed</source>
            <translation>Vitesse de lecture</translation>
        </message>
        <message>
            <source>Cannot play the recording: {reason}</source>
            <translation>Impossible de lire l'enregistrement : {reason}</translation>
        </message>
        <message>
            <source>No recording is linked to this document.</source>
            <translation>Aucun enregistrement n'est lié à ce document.</translation>
        </message>
        <message>
            <source>The recording is missing: {path}. Re-link it to play it.</source>
            <translation>L'enregistrement est introuvable : {path}. Reliez-le pour le lire.</translation>
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
            <translation>Relier l'enregistrement</translation>
        </message>
        <message>
            <source>Re-linked {n} recording(s)</source>
            <translation>{n} enregistrement(s) relié(s)</translation>
        </message>
        <message>
            <source>, {n} of other documents</source>
            <translation>, dont {n} d'autres documents</translation>
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
            <translation>Aucun enregistrement à lire : liez-en un à ce document</translation>
        </message>
        <message>
            <source>No time is known for this place in the transcript</source>
            <translation>Aucune heure n'est connue pour cet endroit de la transcription</translation>
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
            <translation>Aucun coché : tous les thèmes ; un parent inclut ses sous-codes</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>Tick the themes the report covers; none ticked: every theme</source>
            <translation>Cochez les thèmes couverts par le rapport ; aucun coché : tous les thèmes</translation>
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
            <translation>Écriture : {step}</translation>
        </message>
        <message>
            <source>Coders (none ticked: every coder)</source>
            <translation>Codeurs (aucun coché : tous les codeurs)</translation>
        </message>
        <message>
            <source>Consensus coder</source>
            <translation>Codeur de consensus</translation>
        </message>
        <message>
            <source>None ticked: every coder's codings</source>
            <translation>Aucun coché : les codages de tous les codeurs</translation>
        </message>
        <message>
            <source>Coders</source>
            <translation>Codeurs</translation>
        </message>
        <message>
            <source>Tick the coders whose codings the report quotes; none ticked: every coder</source>
            <translation>Cochez les codeurs dont le rapport cite les codages ; aucun coché : tous les codeurs</translation>
        </message>
        <message>
            <source>Whose codings:</source>
            <translation>Codages de :</translation>
        </message>
        <message>
            <source>Group respondents by:</source>
            <translation>Regrouper les répondants par :</translation>
        </message>
        <message>
            <source>None ticked: every theme. A ticked theme brings its sub-themes.</source>
            <translation>Aucun coché : tous les thèmes. Un thème coché inclut ses sous-thèmes.</translation>
        </message>
        <message>
            <source>Themes:</source>
            <translation>Thèmes :</translation>
        </message>
        <message>
            <source>Quotes per theme:</source>
            <translation>Citations par thème :</translation>
        </message>
        <message>
            <source>Save as:</source>
            <translation>Enregistrer sous :</translation>
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
            <translation>trouver un code en tapant ; Entrée l'applique à la sélection</translation>
        </message>
        <message>
            <source>in-vivo: a new code named from the selected words, applied</source>
            <translation>in vivo : un nouveau code nommé d'après les mots sélectionnés, appliqué</translation>
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
            <translation>sélectionner le codage au curseur (à nouveau : le suivant à cet endroit)</translation>
        </message>
        <message>
            <source>say and show the codings at the cursor: codes and coders (screen readers)</source>
            <translation>dire et afficher les codages au curseur : codes et codeurs (lecteurs d'écran)</translation>
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
            <translation>marquer d'une étoile le codage sélectionné comme exemplaire</translation>
        </message>
        <message>
            <source>fit the selected coding to the text selection</source>
            <translation>ajuster le codage sélectionné à la sélection de texte</translation>
        </message>
        <message>
            <source>extend the selected coding's end by a word</source>
            <translation>prolonger d'un mot la fin du codage sélectionné</translation>
        </message>
        <message>
            <source>shrink the selected coding's end by a word</source>
            <translation>raccourcir d'un mot la fin du codage sélectionné</translation>
        </message>
        <message>
            <source>extend the selected coding's start by a word</source>
            <translation>prolonger d'un mot le début du codage sélectionné</translation>
        </message>
        <message>
            <source>shrink the selected coding's start by a word</source>
            <translation>raccourcir d'un mot le début du codage sélectionné</translation>
        </message>
        <message>
            <source>apply the code bound to that key to the selection (bind: right-click a code → Quick-code key)</source>
            <translation>appliquer à la sélection le code associé à cette touche (associer : clic droit sur un code → Touche de code rapide)</translation>
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
            <translation>lire ou mettre en pause l'enregistrement</translation>
        </message>
        <message>
            <source>recording: back 5 seconds</source>
            <translation>enregistrement : reculer de 5 secondes</translation>
        </message>
        <message>
            <source>recording: forward 5 seconds</source>
            <translation>enregistrement : avancer de 5 secondes</translation>
        </message>
        <message>
            <source>play the recording from the cursor's place in the transcript</source>
            <translation>lire l'enregistrement à partir de la position du curseur dans la transcription</translation>
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
            <translation>rechercher dans le document (Entrée / Maj+Entrée : suivant / précédent)</translation>
        </message>
        <message>
            <source>theme frequencies (the analysis view)</source>
            <translation>fréquences des thèmes (la vue d'analyse)</translation>
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
            <translation>panneau suivant : documents, transcription, livre de codes, extraits, panneaux ouverts</translation>
        </message>
        <message>
            <source>previous panel</source>
            <translation>panneau précédent</translation>
        </message>
        <message>
            <source>the focused list's or text's context menu (as the Menu key)</source>
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
            <source>select text, click a code</source>
            <translation>sélectionner du texte, cliquer sur un code</translation>
        </message>
        <message>
            <source>apply it (the selection is used up: a later click only browses the code)</source>
            <translation>l'appliquer (la sélection est consommée : un clic ultérieur ne fait que parcourir le code)</translation>
        </message>
        <message>
            <source>drag the selection onto a code</source>
            <translation>glisser la sélection sur un code</translation>
        </message>
        <message>
            <source>apply it</source>
            <translation>l'appliquer</translation>
        </message>
        <message>
            <source>drag across words</source>
            <translation>glisser sur des mots</translation>
        </message>
        <message>
            <source>the selection widens to whole words; hold Alt for an exact selection</source>
            <translation>la sélection s'étend aux mots entiers ; maintenez Alt pour une sélection exacte</translation>
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
            <translation>valider la boîte de dialogue du code depuis n'importe lequel de ses champs</translation>
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
            <translation>Nom :</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>{attribute}:</source>
            <translation>{attribute} :</translation>
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
            <source>{n} speaker found in “{name}”. Double-click a name to rename it; link speakers to participants so their excerpts carry the participant's attributes.</source>
            <translation>{n} locuteur trouvé dans « {name} ». Double-cliquez sur un nom pour le renommer ; liez les locuteurs à des participants pour que leurs extraits portent les attributs du participant.</translation>
        </message>
        <message>
            <source>{n} speakers found in “{name}”. Double-click a name to rename it; link speakers to participants so their excerpts carry the participant's attributes.</source>
            <translation>{n} locuteurs trouvés dans « {name} ». Double-cliquez sur un nom pour le renommer ; liez les locuteurs à des participants pour que leurs extraits portent les attributs du participant.</translation>
        </message>
        <message>
            <source>Speakers</source>
            <translation>Locuteurs</translation>
        </message>
        <message>
            <source>One row per speaker: label, participant, turns</source>
            <translation>Une ligne par locuteur : étiquette, participant, tours de parole</translation>
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
            <translation>« {source} » fusionné dans « {target} ».</translation>
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
            <translation>Ce fichier n'existe plus.</translation>
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
            <translation>Quinze entretiens d'exemple tirés de l'évaluation multisite d'un groupe de travail, avec attributs, un livre de codes et les codages de deux codeurs.</translation>
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
            <translation>Projet d'équipe sur un serveur PostgreSQL :</translation>
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
            <translation>Codage qualitatif de transcriptions d'entretiens</translation>
        </message>
        <message>
            <source>Enter the server address (a postgresql+psycopg:// URL) first.</source>
            <translation>Saisissez d'abord l'adresse du serveur (une URL postgresql+psycopg://).</translation>
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
            <translation>Chiffrer le nouveau projet avec une phrase secrète ?

Chiffrez-le si les entretiens contiennent des informations personnelles ou sensibles : un projet chiffré et ses sauvegardes ne peuvent pas être lus sans la phrase secrète. Si la phrase secrète est perdue, personne ne pourra récupérer le projet.</translation>
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
            <translation>Le projet de démonstration n'a pas pu être construit : {reason}</translation>
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
        <name>undo</name>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
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
