<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>The project&apos;s backups, newest first: when, why and how big</source>
        <translation>Les sauvegardes du projet, de la plus récente à la plus ancienne&#xa0;: quand, pourquoi et quelle taille</translation>
    </message>
    <message>
        <source>newest good backup</source>
        <translation>dernière sauvegarde saine</translation>
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
        <source>Include the codings and framework summaries this coder already made here</source>
        <translation>Inclure les codages et les résumés de cadre que ce codeur a déjà faits ici</translation>
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
        <source>This address cannot be read: {reason}</source>
        <translation>Cette adresse est illisible&#xa0;: {reason}</translation>
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
</TS>
