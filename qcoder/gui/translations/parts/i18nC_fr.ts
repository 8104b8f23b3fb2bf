<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <source>Your notes on this code: how its use evolves, doubts, ideas.</source>
        <translation>Vos notes sur ce code&#xa0;: l&apos;évolution de son usage, doutes, idées.</translation>
    </message>
    <message>
        <source>The code memo (a note in REFI-QDA exports)</source>
        <translation>Le mémo du code (une note dans les exports REFI-QDA)</translation>
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
    <name>coding.controller</name>
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
        <source>Quick code {n}</source>
        <translation>Code rapide {n}</translation>
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
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codage</translation>
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
</TS>
