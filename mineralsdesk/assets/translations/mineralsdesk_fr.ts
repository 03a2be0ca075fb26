<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>ActionForm</name>
        <message>
            <source>Edit follow-up action</source>
            <translation>Modifier l'action de suivi</translation>
        </message>
        <message>
            <source>New follow-up action</source>
            <translation>Nouvelle action de suivi</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Has a due date</source>
            <translation>A une échéance</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Say what is to be done.</source>
            <translation>Indiquez ce qui doit être fait.</translation>
        </message>
        <message>
            <source>Add follow-up action</source>
            <translation>Ajouter une action de suivi</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Tracks</source>
            <translation>Volets</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Cycles</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>Clauses</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Positions</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Engagements</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Comptes rendus</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Sujets</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Bilan</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>New &amp;track…</source>
            <translation>Nouveau &amp;volet…</translation>
        </message>
        <message>
            <source>Add a track (an instrument under negotiation)</source>
            <translation>Ajouter un volet (un instrument en cours de négociation)</translation>
        </message>
        <message>
            <source>New &amp;round…</source>
            <translation>Nouveau &amp;cycle…</translation>
        </message>
        <message>
            <source>Record a meeting of a track</source>
            <translation>Consigner une réunion d'un volet</translation>
        </message>
        <message>
            <source>Add follow-up &amp;action…</source>
            <translation>Ajouter une &amp;action de suivi…</translation>
        </message>
        <message>
            <source>A follow-up action for the selected round</source>
            <translation>Une action de suivi pour le cycle sélectionné</translation>
        </message>
        <message>
            <source>Mark action &amp;done / not done</source>
            <translation>Marquer l'action &amp;faite / non faite</translation>
        </message>
        <message>
            <source>Tick or untick the selected follow-up action</source>
            <translation>Cocher ou décocher l'action de suivi sélectionnée</translation>
        </message>
        <message>
            <source>New &amp;clause…</source>
            <translation>Nouvelle c&amp;lause…</translation>
        </message>
        <message>
            <source>Add a clause with its first text</source>
            <translation>Ajouter une clause avec son premier texte</translation>
        </message>
        <message>
            <source>New &amp;version of clause…</source>
            <translation>Nouvelle ve&amp;rsion de la clause…</translation>
        </message>
        <message>
            <source>A new text of the selected clause for a round</source>
            <translation>Un nouveau texte de la clause sélectionnée pour un cycle</translation>
        </message>
        <message>
            <source>Record &amp;position…</source>
            <translation>Consigner une &amp;position…</translation>
        </message>
        <message>
            <source>A party's stance on the selected clause</source>
            <translation>La position d'une partie sur la clause sélectionnée</translation>
        </message>
        <message>
            <source>New co&amp;mmitment…</source>
            <translation>Nouvel &amp;engagement…</translation>
        </message>
        <message>
            <source>Something a party undertook, and by when</source>
            <translation>Ce qu'une partie s'est engagée à faire, et pour quand</translation>
        </message>
        <message>
            <source>Assess &amp;compliance…</source>
            <translation>Évaluer la c&amp;onformité…</translation>
        </message>
        <message>
            <source>Score a party on the selected commitment</source>
            <translation>Noter une partie sur l'engagement sélectionné</translation>
        </message>
        <message>
            <source>Every screen</source>
            <translation>Tous les écrans</translation>
        </message>
        <message>
            <source>Next / previous control (a table is left with Tab, too)</source>
            <translation>Contrôle suivant / précédent (Tab quitte aussi un tableau)</translation>
        </message>
        <message>
            <source>Every table</source>
            <translation>Tous les tableaux</translation>
        </message>
        <message>
            <source>Move within the table</source>
            <translation>Se déplacer dans le tableau</translation>
        </message>
        <message>
            <source>Open the selected row's full form</source>
            <translation>Ouvrir le formulaire complet de la ligne sélectionnée</translation>
        </message>
        <message>
            <source>Change the editable cell of the row in place, one undoable edit: a clause's status, a party's stance (at the latest round), a commitment's state (m for met) or owner</source>
            <translation>Modifier sur place la cellule modifiable de la ligne, en une modification annulable : le statut d'une clause, la position d'une partie (au dernier cycle), l'état d'un engagement (m pour respecté) ou son responsable</translation>
        </message>
        <message>
            <source>Every form</source>
            <translation>Tous les formulaires</translation>
        </message>
        <message>
            <source>Save, from any field</source>
            <translation>Enregistrer, depuis n'importe quel champ</translation>
        </message>
        <message>
            <source>Cancel (asks first if something was typed)</source>
            <translation>Annuler (demande d'abord si quelque chose a été saisi)</translation>
        </message>
        <message>
            <source>Jump to that field</source>
            <translation>Aller à ce champ</translation>
        </message>
        <message>
            <source>Lists to choose from</source>
            <translation>Listes de choix</translation>
        </message>
        <message>
            <source>Pick an entry (e.g. a stance: 1 supports … 5 no position)</source>
            <translation>Choisir une entrée (p. ex. une position : 1 soutient … 5 sans position)</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Choose a result and open it in its screen</source>
            <translation>Choisir un résultat et l'ouvrir dans son écran</translation>
        </message>
        <message>
            <source>Clauses and Commitments</source>
            <translation>Clauses et Engagements</translation>
        </message>
        <message>
            <source>Mine: only the rows you own (who you are: Settings &gt; Delegation roster)</source>
            <translation>Les miennes : seulement les lignes dont vous êtes responsable (qui vous êtes : Paramètres &gt; Membres de la délégation)</translation>
        </message>
        <message>
            <source>&amp;New log…</source>
            <translation>&amp;Nouveau journal…</translation>
        </message>
        <message>
            <source>Create a new, empty negotiation log</source>
            <translation>Créer un nouveau journal de négociation, vide</translation>
        </message>
        <message>
            <source>&amp;Open log…</source>
            <translation>&amp;Ouvrir un journal…</translation>
        </message>
        <message>
            <source>Open another negotiation log</source>
            <translation>Ouvrir un autre journal de négociation</translation>
        </message>
        <message>
            <source>Clear recent logs</source>
            <translation>Effacer la liste des journaux récents</translation>
        </message>
        <message>
            <source>Forget the list of recently opened logs</source>
            <translation>Oublier la liste des journaux ouverts récemment</translation>
        </message>
        <message>
            <source>&amp;Backup…</source>
            <translation>&amp;Sauvegarder…</translation>
        </message>
        <message>
            <source>Write a consistent copy of this log</source>
            <translation>Écrire une copie cohérente de ce journal</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>Res&amp;taurer…</translation>
        </message>
        <message>
            <source>Replace this log with one of its backups</source>
            <translation>Remplacer ce journal par l'une de ses sauvegardes</translation>
        </message>
        <message>
            <source>Export briefing &amp;PDF…</source>
            <translation>Exporter la note d'information (&amp;PDF)…</translation>
        </message>
        <message>
            <source>Print the briefing for a round</source>
            <translation>Imprimer la note d'information d'un cycle</translation>
        </message>
        <message>
            <source>Export &amp;Excel summary…</source>
            <translation>Exporter le résumé &amp;Excel…</translation>
        </message>
        <message>
            <source>An Excel summary for colleagues</source>
            <translation>Un résumé Excel pour les collègues</translation>
        </message>
        <message>
            <source>Export &amp;calendar…</source>
            <translation>Exporter le &amp;calendrier…</translation>
        </message>
        <message>
            <source>The deadlines as a calendar file (.ics)</source>
            <translation>Les échéances dans un fichier de calendrier (.ics)</translation>
        </message>
        <message>
            <source>Export negotiating &amp;text (Word)…</source>
            <translation>Exporter le texte de négociation (&amp;Word)…</translation>
        </message>
        <message>
            <source>A track's text as a Word document, with the changes between two rounds tracked</source>
            <translation>Le texte d'un volet en document Word, avec le suivi des modifications entre deux cycles</translation>
        </message>
        <message>
            <source>Export negotiating &amp;text (Akoma Ntoso)…</source>
            <translation>Exporter le texte de négociation (&amp;Akoma Ntoso)…</translation>
        </message>
        <message>
            <source>One track's text at a round as Akoma Ntoso 3.0 XML, for counterparts</source>
            <translation>Le texte d'un volet à un cycle donné en XML Akoma Ntoso 3.0, pour les homologues</translation>
        </message>
        <message>
            <source>&amp;Import Excel…</source>
            <translation>&amp;Importer un fichier Excel…</translation>
        </message>
        <message>
            <source>Read back a colleague's edited summary</source>
            <translation>Relire le résumé modifié par un collègue</translation>
        </message>
        <message>
            <source>Import &amp;Word or Akoma Ntoso draft…</source>
            <translation>Importer un projet Wor&amp;d ou Akoma Ntoso…</translation>
        </message>
        <message>
            <source>Take in a chair's consolidated text or a delegation's markup (.docx, .xml)</source>
            <translation>Reprendre un texte consolidé de la présidence ou les annotations d'une délégation (.docx, .xml)</translation>
        </message>
        <message>
            <source>S&amp;ync…</source>
            <translation>S&amp;ynchroniser…</translation>
        </message>
        <message>
            <source>Export the changes for a colleague, or import a colleague's sync file</source>
            <translation>Exporter les modifications pour un collègue, ou importer le fichier de synchronisation d'un collègue</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Close MineralsDesk (everything is already saved)</source>
            <translation>Fermer MineralsDesk (tout est déjà enregistré)</translation>
        </message>
        <message>
            <source>&amp;Encrypt log…</source>
            <translation>Chi&amp;ffrer le journal…</translation>
        </message>
        <message>
            <source>Encrypt this log with a passphrase (its backups too)</source>
            <translation>Chiffrer ce journal avec une phrase secrète (ses sauvegardes aussi)</translation>
        </message>
        <message>
            <source>&amp;Decrypt log…</source>
            <translation>Déchiffrer le &amp;journal…</translation>
        </message>
        <message>
            <source>Store this log unencrypted</source>
            <translation>Enregistrer ce journal sans chiffrement</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>Changer la p&amp;hrase secrète…</translation>
        </message>
        <message>
            <source>Encrypt this log under a new passphrase</source>
            <translation>Chiffrer ce journal avec une nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Verrouiller maintenant</translation>
        </message>
        <message>
            <source>Close the log and hide every screen until unlocked</source>
            <translation>Fermer le journal et masquer tous les écrans jusqu'au déverrouillage</translation>
        </message>
        <message>
            <source>Lock after &amp;idle…</source>
            <translation>Verrouillage a&amp;utomatique…</translation>
        </message>
        <message>
            <source>Minutes without input before the window locks</source>
            <translation>Minutes sans saisie avant le verrouillage de la fenêtre</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>Re&amp;chercher…</translation>
        </message>
        <message>
            <source>Search every clause, round, position and commitment</source>
            <translation>Rechercher dans toutes les clauses, cycles, positions et engagements</translation>
        </message>
        <message>
            <source>&amp;Edit selected…</source>
            <translation>&amp;Modifier la sélection…</translation>
        </message>
        <message>
            <source>Edit the selected track, round, clause, position or commitment</source>
            <translation>Modifier le volet, le cycle, la clause, la position ou l'engagement sélectionné</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>Read the log again (after a change elsewhere)</source>
            <translation>Relire le journal (après une modification ailleurs)</translation>
        </message>
        <message>
            <source>Show &amp;sidebar</source>
            <translation>Afficher la barre laté&amp;rale</translation>
        </message>
        <message>
            <source>Show or hide the list of screens</source>
            <translation>Afficher ou masquer la liste des écrans</translation>
        </message>
        <message>
            <source>F&amp;ull screen</source>
            <translation>Plein &amp;écran</translation>
        </message>
        <message>
            <source>Use the whole screen</source>
            <translation>Utiliser tout l'écran</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>Every key of the app, by screen, printable on one page</source>
            <translation>Toutes les touches de l'application, par écran, imprimables sur une page</translation>
        </message>
        <message>
            <source>&amp;About MineralsDesk</source>
            <translation>À &amp;propos de MineralsDesk</translation>
        </message>
        <message>
            <source>Version, files and licences</source>
            <translation>Version, fichiers et licences</translation>
        </message>
        <message>
            <source>Delegation &amp;roster…</source>
            <translation>Membres de la &amp;délégation…</translation>
        </message>
        <message>
            <source>The people of our delegation: owners and authors</source>
            <translation>Les membres de notre délégation : responsables et auteurs</translation>
        </message>
        <message>
            <source>Show &amp;error log folder</source>
            <translation>Afficher le dossier du journal d'&amp;erreurs</translation>
        </message>
        <message>
            <source>Where unexpected errors are written</source>
            <translation>Là où sont écrites les erreurs inattendues</translation>
        </message>
        <message>
            <source>Show {screen}</source>
            <translation>Afficher : {screen}</translation>
        </message>
        <message>
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message>
            <source>Conflicts ({n})</source>
            <translation>Conflits ({n})</translation>
        </message>
    </context>
    <context>
        <name>ActionsModel</name>
        <message>
            <source>Done</source>
            <translation>Fait</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
    </context>
    <context>
        <name>AknExportDialog</name>
        <message>
            <source>T&amp;rack</source>
            <translation>&amp;Volet</translation>
        </message>
        <message>
            <source>R&amp;ound</source>
            <translation>C&amp;ycle</translation>
        </message>
        <message>
            <source>Round {number} — {date}</source>
            <translation>Cycle {number} — {date}</translation>
        </message>
        <message>
            <source>No round yet (the current text)</source>
            <translation>Aucun cycle encore (le texte actuel)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Shareable:&lt;/b&gt; the articles, their brackets and who proposed each; never positions, red lines, fallbacks, notes or owners. Validated against the OASIS schema.</source>
            <translation>&lt;b&gt;Partageable :&lt;/b&gt; les articles, leurs crochets et l'auteur de chaque proposition ; jamais les positions, lignes rouges, positions de repli, notes ni responsables. Validé par le schéma OASIS.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>The details were written to
{where}</source>
            <translation>Les détails ont été enregistrés dans
{where}</translation>
        </message>
        <message>
            <source>The details could not be written ({reason}).</source>
            <translation>Les détails n'ont pas pu être enregistrés ({reason}).</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Une erreur est survenue</translation>
        </message>
        <message>
            <source>MineralsDesk hit an unexpected error ({kind}). Your log is safe: every edit was written when you made it, and the unfinished action was not applied.</source>
            <translation>MineralsDesk a rencontré une erreur inattendue ({kind}). Votre journal est intact : chaque modification a été enregistrée au moment où vous l'avez faite, et l'action inachevée n'a pas été appliquée.</translation>
        </message>
        <message>
            <source>No log here</source>
            <translation>Aucun journal ici</translation>
        </message>
        <message>
            <source>There is no log at
{path}
Create a new one there?</source>
            <translation>Il n'y a pas de journal à l'emplacement
{path}
En créer un nouveau ?</translation>
        </message>
    </context>
    <context>
        <name>ApplyDialog</name>
        <message>
            <source>Apply the minutes to positions and brackets</source>
            <translation>Appliquer le compte rendu aux positions et aux crochets</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) the signals imply. Untick any you do not want; the rest are applied as one step (Ctrl+Z undoes it).</source>
            <translation>
                <numerusform>%n modification découle des signaux. Décochez celles que vous ne voulez pas ; les autres sont appliquées en une seule étape (Ctrl+Z l'annule).</numerusform>
                <numerusform>%n modifications découlent des signaux. Décochez celles que vous ne voulez pas ; les autres sont appliquées en une seule étape (Ctrl+Z l'annule).</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to apply: positions and brackets already say what the minutes say.</source>
            <translation>Rien à appliquer : les positions et les crochets reflètent déjà le compte rendu.</translation>
        </message>
        <message>
            <source>Apply minutes to positions and brackets</source>
            <translation>Appliquer le compte rendu aux positions et crochets</translation>
        </message>
    </context>
    <context>
        <name>AssessmentForm</name>
        <message>
            <source>Internal — our delegation only</source>
            <translation>Interne — notre délégation uniquement</translation>
        </message>
        <message>
            <source>Shareable — may go to counterparts</source>
            <translation>Partageable — peut être transmis aux homologues</translation>
        </message>
        <message>
            <source>+1 — complied</source>
            <translation>+1 — respecté</translation>
        </message>
        <message>
            <source>0 — partly / work in progress</source>
            <translation>0 — en partie / en cours</translation>
        </message>
        <message>
            <source>−1 — did not comply</source>
            <translation>−1 — non respecté</translation>
        </message>
        <message>
            <source>Compliance assessment</source>
            <translation>Évaluation du respect</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Partie</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Éléments de preuve</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Destinataires</translation>
        </message>
        <message>
            <source>Note the evidence the score rests on (a readout, a publication, a date)</source>
            <translation>Indiquez les éléments sur lesquels repose la note (compte rendu, publication, date)</translation>
        </message>
        <message>
            <source>Assess {party} on a commitment</source>
            <translation>Évaluer {party} sur un engagement</translation>
        </message>
    </context>
    <context>
        <name>Attachment notes</name>
        <message>
            <source>empty file (0 bytes): nothing to index</source>
            <translation>fichier vide (0 octet) : rien à indexer</translation>
        </message>
        <message>
            <source>image: no text to index</source>
            <translation>image : aucun texte à indexer</translation>
        </message>
        <message>
            <source>not a PDF, Word, Excel or text file: not indexed</source>
            <translation>ni PDF, ni Word, ni Excel, ni fichier texte : non indexé</translation>
        </message>
        <message>
            <source>too large to read for the index: not indexed</source>
            <translation>trop volumineux pour être lu pour l'index : non indexé</translation>
        </message>
        <message>
            <source>malformed (nested too deeply): not indexed</source>
            <translation>mal formé (imbrication trop profonde) : non indexé</translation>
        </message>
        <message>
            <source>could not be read ({kind}): not indexed</source>
            <translation>illisible ({kind}) : non indexé</translation>
        </message>
        <message>
            <source>only the first {n} characters are indexed</source>
            <translation>seuls les {n} premiers caractères sont indexés</translation>
        </message>
        <message>
            <source>only part of the text is indexed (reading it took too long)</source>
            <translation>seule une partie du texte est indexée (la lecture a pris trop de temps)</translation>
        </message>
        <message>
            <source>encrypted PDF (needs a password): stored, not indexed</source>
            <translation>PDF chiffré (mot de passe requis) : conservé, non indexé</translation>
        </message>
        <message>
            <source>only the first {n} pages are indexed (reading it took too long)</source>
            <translation>seules les {n} premières pages sont indexées (la lecture a pris trop de temps)</translation>
        </message>
        <message>
            <source>PDF without text (scanned pages?): not indexed</source>
            <translation>PDF sans texte (pages numérisées ?) : non indexé</translation>
        </message>
        <message>
            <source>malformed (not a readable zip): not indexed</source>
            <translation>mal formé (zip illisible) : non indexé</translation>
        </message>
        <message>
            <source>suspicious file ({n} parts): not indexed</source>
            <translation>fichier suspect ({n} parties) : non indexé</translation>
        </message>
        <message>
            <source>suspicious file (would inflate to {mb} MB): not indexed</source>
            <translation>fichier suspect (se décompresserait en {mb} Mo) : non indexé</translation>
        </message>
        <message>
            <source>suspicious file (a part inflates over 200 times: a decompression bomb?): not indexed</source>
            <translation>fichier suspect (une partie se décompresse plus de 200 fois : bombe de décompression ?) : non indexé</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Public</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>interne</translation>
        </message>
        <message>
            <source>shareable</source>
            <translation>partageable</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} Mo</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} Ko</translation>
        </message>
        <message>
            <source>{size} B</source>
            <translation>{size} o</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Enregistrer sous…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Make shareable</source>
            <translation>Rendre partageable</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>indexed</source>
            <translation>indexé</translation>
        </message>
        <message>
            <source>content missing</source>
            <translation>contenu manquant</translation>
        </message>
        <message>
            <source>Make internal</source>
            <translation>Rendre interne</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Pièces jointes</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Joindre un fichier</translation>
        </message>
        <message>
            <source>Papers (*.pdf *.docx *.xlsx *.txt *.png *.jpg);;All files (*)</source>
            <translation>Documents (*.pdf *.docx *.xlsx *.txt *.png *.jpg);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Attach {name}</source>
            <translation>Joindre {name}</translation>
        </message>
        <message>
            <source>Save the attached file</source>
            <translation>Enregistrer le fichier joint</translation>
        </message>
        <message>
            <source>Make {name} shareable</source>
            <translation>Rendre {name} partageable</translation>
        </message>
        <message>
            <source>Make {name} internal</source>
            <translation>Rendre {name} interne</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Retirer {name}</translation>
        </message>
    </context>
    <context>
        <name>BracketChart</name>
        <message>
            <source>R{number}</source>
            <translation>C{number}</translation>
        </message>
        <message>
            <source>Open brackets after each round: {series}.</source>
            <translation>Crochets ouverts après chaque cycle : {series}.</translation>
        </message>
        <message>
            <source>Open brackets after each round.</source>
            <translation>Crochets ouverts après chaque cycle.</translation>
        </message>
        <message>
            <source>The dashed line is the track's target date.</source>
            <translation>La ligne pointillée marque la date cible du volet.</translation>
        </message>
        <message>
            <source>target {date}</source>
            <translation>cible {date}</translation>
        </message>
        <message>
            <source>No rounds yet</source>
            <translation>Aucun cycle encore</translation>
        </message>
    </context>
    <context>
        <name>Briefing</name>
        <message>
            <source>{track} round {number}</source>
            <translation>{track} cycle {number}</translation>
        </message>
        <message>
            <source>Negotiation briefing</source>
            <translation>Note de négociation</translation>
        </message>
        <message>
            <source>[{bracket}] in {track} {ref}</source>
            <translation>[{bracket}] dans {track} {ref}</translation>
        </message>
        <message>
            <source>commitment of {owner}: {text}</source>
            <translation>engagement de {owner} : {text}</translation>
        </message>
        <message>
            <source>track {ref}</source>
            <translation>volet {ref}</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Visioconférence</translation>
        </message>
        <message>
            <source>[{bracket}] in {ref}</source>
            <translation>[{bracket}] dans {ref}</translation>
        </message>
        <message>
            <source>version {number}, tabled by {party}</source>
            <translation>version {number}, déposée par {party}</translation>
        </message>
        <message>
            <source>version {number}, tabled by {party} at {round}</source>
            <translation>version {number}, déposée par {party} lors de {round}</translation>
        </message>
        <message>
            <source>no text yet</source>
            <translation>pas encore de texte</translation>
        </message>
        <message>
            <source>{state} (stale: due date passed {days} d ago)</source>
            <translation>{state} (périmé : échéance dépassée depuis {days} j)</translation>
        </message>
        <message>
            <source>on {anchor}</source>
            <translation>le jour de {anchor}</translation>
        </message>
        <message>
            <source>%n day</source>
            <translation>%n jour</translation>
        </message>
        <message>
            <source>%n days</source>
            <translation>%n jours</translation>
        </message>
        <message>
            <source>%n month</source>
            <translation>%n mois</translation>
        </message>
        <message>
            <source>%n months</source>
            <translation>%n mois</translation>
        </message>
        <message>
            <source>{months} and {days}</source>
            <translation>{months} et {days}</translation>
        </message>
        <message>
            <source>{months} less {days}</source>
            <translation>{months} moins {days}</translation>
        </message>
        <message>
            <source>{amount} after {anchor}</source>
            <translation>{amount} après {anchor}</translation>
        </message>
        <message>
            <source>{amount} before {anchor}</source>
            <translation>{amount} avant {anchor}</translation>
        </message>
        <message>
            <source>Issued {date}</source>
            <translation>Émis le {date}</translation>
        </message>
        <message>
            <source> · log {head}</source>
            <translation> · journal {head}</translation>
        </message>
        <message>
            <source>Page {number} of {total}</source>
            <translation>Page {number} sur {total}</translation>
        </message>
        <message>
            <source>{title}: {name}</source>
            <translation>{title} : {name}</translation>
        </message>
        <message>
            <source>Negotiation briefing on {tracks}, issued {date}, audience {audience}</source>
            <translation>Note de négociation sur {tracks}, émise le {date}, destinataires : {audience}</translation>
        </message>
        <message>
            <source>no tracks</source>
            <translation>aucun volet</translation>
        </message>
        <message>
            <source>Minutes — {track} round {number}</source>
            <translation>Procès-verbal — {track} cycle {number}</translation>
        </message>
        <message>
            <source>Every intervention noted at the round, and the delegation's comments on it.</source>
            <translation>Toutes les interventions notées lors du cycle, et les commentaires de la délégation.</translation>
        </message>
        <message>
            <source>The round's facts and the notes the delegation chose to share; the interventions are internal.</source>
            <translation>Les faits du cycle et les notes que la délégation a choisi de partager ; les interventions sont internes.</translation>
        </message>
        <message>
            <source>No interventions were noted at this round.</source>
            <translation>Aucune intervention n’a été notée lors de ce cycle.</translation>
        </message>
        <message>
            <source>Issued {date}.</source>
            <translation>Émis le {date}.</translation>
        </message>
        <message>
            <source>Clauses by status</source>
            <translation>Clauses par statut</translation>
        </message>
        <message>
            <source>Open brackets after each round</source>
            <translation>Crochets ouverts après chaque cycle</translation>
        </message>
        <message>
            <source>- - target {date}</source>
            <translation>- - échéance {date}</translation>
        </message>
        <message>
            <source>No rounds yet</source>
            <translation>Aucun cycle pour l’instant</translation>
        </message>
        <message>
            <source>R{number}</source>
            <translation>C{number}</translation>
        </message>
        <message>
            <source>parties {parties}</source>
            <translation>parties {parties}</translation>
        </message>
        <message>
            <source>target date {date}</source>
            <translation>date cible {date}</translation>
        </message>
        <message>
            <source>Last round: round {number}, {date}, {place}</source>
            <translation>Dernier cycle : cycle {number}, {date}, {place}</translation>
        </message>
        <message>
            <source>Clauses at a glance</source>
            <translation>Aperçu des clauses</translation>
        </message>
        <message>
            <source>No clauses yet.</source>
            <translation>Aucune clause pour l’instant.</translation>
        </message>
        <message>
            <source>Stances: {first} to {last}</source>
            <translation>Positions : {first} à {last}</translation>
        </message>
        <message>
            <source>Stances: {party}</source>
            <translation>Positions : {party}</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>Réf.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Obligation weakened</source>
            <translation>Obligation affaiblie</translation>
        </message>
        <message>
            <source>Obligation strengthened</source>
            <translation>Obligation renforcée</translation>
        </message>
        <message>
            <source>Obligation changed</source>
            <translation>Obligation modifiée</translation>
        </message>
        <message>
            <source>no modal</source>
            <translation>aucun modal</translation>
        </message>
        <message>
            <source>%n open bracket</source>
            <translation>%n crochet ouvert</translation>
        </message>
        <message>
            <source>%n open brackets</source>
            <translation>%n crochets ouverts</translation>
        </message>
        <message>
            <source>no open brackets</source>
            <translation>aucun crochet ouvert</translation>
        </message>
        <message>
            <source>Current text — {version}</source>
            <translation>Texte actuel — {version}</translation>
        </message>
        <message>
            <source>No text recorded.</source>
            <translation>Aucun texte enregistré.</translation>
        </message>
        <message>
            <source>Changes since {version}</source>
            <translation>Modifications depuis la {version}</translation>
        </message>
        <message>
            <source>No change in wording.</source>
            <translation>Aucune modification du libellé.</translation>
        </message>
        <message>
            <source>… and %n more modal change: see the redline above.</source>
            <translation>… et %n autre changement modal : voir la version révisée ci-dessus.</translation>
        </message>
        <message>
            <source>… and %n more modal changes: see the redline above.</source>
            <translation>… et %n autres changements modaux : voir la version révisée ci-dessus.</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Positions</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Partie</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Depuis</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>INTERNAL</source>
            <translation>INTERNE</translation>
        </message>
        <message>
            <source>our position, not for the other side</source>
            <translation>notre position, à ne pas communiquer à l’autre partie</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
        <message>
            <source>Comment threads of the delegation.</source>
            <translation>Fils de commentaires de la délégation.</translation>
        </message>
        <message>
            <source>Comments the delegation chose to share.</source>
            <translation>Commentaires que la délégation a choisi de partager.</translation>
        </message>
        <message>
            <source> — resolved</source>
            <translation> — résolu</translation>
        </message>
        <message>
            <source>brackets opened</source>
            <translation>crochets ouverts</translation>
        </message>
        <message>
            <source>brackets closed</source>
            <translation>crochets levés</translation>
        </message>
        <message>
            <source>moves towards ours</source>
            <translation>rapprochements</translation>
        </message>
        <message>
            <source>moves away</source>
            <translation>éloignements</translation>
        </message>
        <message>
            <source>our fallbacks used (internal)</source>
            <translation>nos replis utilisés (interne)</translation>
        </message>
        <message>
            <source>By round</source>
            <translation>Par cycle</translation>
        </message>
        <message>
            <source>Round {number} · {date}</source>
            <translation>Cycle {number} · {date}</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Brackets opened</source>
            <translation>Crochets ouverts</translation>
        </message>
        <message>
            <source>Brackets closed</source>
            <translation>Crochets levés</translation>
        </message>
        <message>
            <source>Moves towards ours</source>
            <translation>Rapprochements</translation>
        </message>
        <message>
            <source>Moves away from ours</source>
            <translation>Éloignements</translation>
        </message>
        <message>
            <source>Our fallbacks used (internal)</source>
            <translation>Nos replis utilisés (interne)</translation>
        </message>
        <message>
            <source>Interventions (internal)</source>
            <translation>Interventions (interne)</translation>
        </message>
        <message>
            <source>Ours: {party}. Brackets opened {opened}, closed {closed}. A move is a party's new stance on a clause beside its previous one, nearer to ours (towards) or further (away).</source>
            <translation>Notre partie : {party}. Crochets ouverts {opened}, levés {closed}. Un mouvement est la nouvelle position d’une partie sur une clause comparée à la précédente, plus proche de la nôtre (rapprochement) ou plus éloignée (éloignement).</translation>
        </message>
        <message>
            <source>none marked</source>
            <translation>non indiquée</translation>
        </message>
        <message>
            <source>our fallbacks used and the interventions come from our positions and our minutes of {track}: not for the other side.</source>
            <translation>nos positions de repli utilisées et les interventions viennent de nos positions et de nos procès-verbaux de {track} : à ne pas communiquer à l’autre partie.</translation>
        </message>
        <message>
            <source>Internal — includes our red lines, fallback positions and internal notes.</source>
            <translation>Interne — contient nos lignes rouges, positions de repli et notes internes.</translation>
        </message>
        <message>
            <source>Shareable — prepared for counterparts; internal-only fields are left out.</source>
            <translation>Communicable — préparé pour les homologues ; les champs internes sont omis.</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>interne</translation>
        </message>
        <message>
            <source>shareable</source>
            <translation>communicable</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Synthèse</translation>
        </message>
        <message>
            <source>Commitments and deadlines</source>
            <translation>Engagements et échéances</translation>
        </message>
        <message>
            <source>Annex: round log</source>
            <translation>Annexe : journal des cycles</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Couverture</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Sommaire</translation>
        </message>
        <message>
            <source>place not recorded</source>
            <translation>lieu non indiqué</translation>
        </message>
        <message>
            <source>Topic comparison: {topic}</source>
            <translation>Comparaison par thème : {topic}</translation>
        </message>
        <message>
            <source> (target {date})</source>
            <translation> (échéance {date})</translation>
        </message>
        <message>
            <source>… and %n more, listed in the contents</source>
            <translation>… et %n de plus, voir le sommaire</translation>
        </message>
        <message>
            <source>Tracks covered</source>
            <translation>Volets couverts</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucune</translation>
        </message>
        <message>
            <source>Date of issue</source>
            <translation>Date d’émission</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Destinataires</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Préparé par</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>Clauses</translation>
        </message>
        <message>
            <source>{clauses} in {tracks}</source>
            <translation>{clauses} dans {tracks}</translation>
        </message>
        <message>
            <source>%n clause</source>
            <translation>%n clause</translation>
        </message>
        <message>
            <source>%n clauses</source>
            <translation>%n clauses</translation>
        </message>
        <message>
            <source>%n track</source>
            <translation>%n volet</translation>
        </message>
        <message>
            <source>%n tracks</source>
            <translation>%n volets</translation>
        </message>
        <message>
            <source>Rounds, wording and positions marked illustrative in the log are illustrative.</source>
            <translation>Les cycles, libellés et positions marqués comme fictifs dans le journal sont fictifs.</translation>
        </message>
        <message>
            <source>No target date</source>
            <translation>Pas de date cible</translation>
        </message>
        <message>
            <source>Target {date} (today)</source>
            <translation>Échéance {date} (aujourd’hui)</translation>
        </message>
        <message>
            <source>Target {date} (in %n day)</source>
            <translation>Échéance {date} (dans %n jour)</translation>
        </message>
        <message>
            <source>Target {date} (in %n days)</source>
            <translation>Échéance {date} (dans %n jours)</translation>
        </message>
        <message>
            <source>Target {date} (%n day ago)</source>
            <translation>Échéance {date} (il y a %n jour)</translation>
        </message>
        <message>
            <source>Target {date} (%n days ago)</source>
            <translation>Échéance {date} (il y a %n jours)</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sans date</translation>
        </message>
        <message>
            <source>Parties: {parties}</source>
            <translation>Parties : {parties}</translation>
        </message>
        <message>
            <source>Last round {number} on {date}</source>
            <translation>Dernier cycle {number} le {date}</translation>
        </message>
        <message>
            <source>Next deadlines</source>
            <translation>Prochaines échéances</translation>
        </message>
        <message>
            <source>None open.</source>
            <translation>Aucune en cours.</translation>
        </message>
        <message>
            <source>Overdue commitments</source>
            <translation>Engagements en retard</translation>
        </message>
        <message>
            <source>None overdue.</source>
            <translation>Aucun retard.</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Partie</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Jours de retard</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>No commitments recorded.</source>
            <translation>Aucun engagement enregistré.</translation>
        </message>
        <message>
            <source>As of {date}. Relative deadlines show the event they count from. Assessments score compliance −1, 0 or +1.</source>
            <translation>Au {date}. Les échéances relatives indiquent l’événement à partir duquel elles courent. Les évaluations notent le respect −1, 0 ou +1.</translation>
        </message>
        <message>
            <source>Due (anchor)</source>
            <translation>Échéance (référence)</translation>
        </message>
        <message>
            <source>Commitment, source and assessments</source>
            <translation>Engagement, source et évaluations</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Retard</translation>
        </message>
        <message>
            <source>no track</source>
            <translation>aucun volet</translation>
        </message>
        <message>
            <source>Assessment: {line}</source>
            <translation>Évaluation : {line}</translation>
        </message>
        <message>
            <source>{days} d</source>
            <translation>{days} j</translation>
        </message>
        <message>
            <source>Attached papers</source>
            <translation>Documents joints</translation>
        </message>
        <message>
            <source>Papers attached in the log; ask the delegation for a copy.</source>
            <translation>Documents joints au journal ; demandez-en une copie à la délégation.</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Attached to</source>
            <translation>Joint à</translation>
        </message>
        <message>
            <source>Round {number} — {date}, {place}</source>
            <translation>Cycle {number} — {date}, {place}</translation>
        </message>
        <message>
            <source> (illustrative)</source>
            <translation> (fictif)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source> — due {date}</source>
            <translation> — échéance {date}</translation>
        </message>
        <message>
            <source>done</source>
            <translation>fait</translation>
        </message>
        <message>
            <source>open</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Suites à donner</translation>
        </message>
        <message>
            <source>Minutes (internal)</source>
            <translation>Procès-verbal (interne)</translation>
        </message>
        <message>
            <source>No rounds recorded.</source>
            <translation>Aucun cycle enregistré.</translation>
        </message>
        <message>
            <source>End of briefing. {tracks}, issued {date}.</source>
            <translation>Fin de la note. {tracks}, émise le {date}.</translation>
        </message>
        <message>
            <source>Supports</source>
            <translation>Soutient</translation>
        </message>
        <message>
            <source>Amend</source>
            <translation>Amende</translation>
        </message>
        <message>
            <source>Reserves</source>
            <translation>Réserve</translation>
        </message>
        <message>
            <source>Opposes</source>
            <translation>S’oppose</translation>
        </message>
        <message>
            <source>Stances</source>
            <translation>Positions</translation>
        </message>
        <message>
            <source>No position recorded.</source>
            <translation>Aucune position enregistrée.</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>supprimé</translation>
        </message>
        <message>
            <source>inserted</source>
            <translation>inséré</translation>
        </message>
        <message>
            <source>Legend: {deleted} (in the first clause only) · {inserted} (in the second only) · plain text is in both.</source>
            <translation>Légende : {deleted} (dans la première clause seulement) · {inserted} (dans la seconde seulement) · le texte normal figure dans les deux.</translation>
        </message>
        <message>
            <source>no clause on this topic in {tracks}</source>
            <translation>aucune clause sur ce thème dans {tracks}</translation>
        </message>
        <message>
            <source>No clause on this topic in the tracks covered.</source>
            <translation>Aucune clause sur ce thème dans les volets couverts.</translation>
        </message>
        <message>
            <source>Redline: {first} → {second}</source>
            <translation>Version révisée : {first} → {second}</translation>
        </message>
        <message>
            <source>The two texts are the same.</source>
            <translation>Les deux textes sont identiques.</translation>
        </message>
        <message>
            <source>no round</source>
            <translation>aucun cycle</translation>
        </message>
        <message>
            <source>{track} round {number} ({date})</source>
            <translation>{track} cycle {number} ({date})</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>Ligne rouge</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>Position de repli</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Note interne</translation>
        </message>
        <message>
            <source>interim</source>
            <translation>intermédiaire</translation>
        </message>
        <message>
            <source>final</source>
            <translation>finale</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <source>left out {what}</source>
            <translation>omis : {what}</translation>
        </message>
        <message>
            <source> and </source>
            <translation> et </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment due(s)</source>
            <translation>
                <numerusform>%n échéance d'engagement</numerusform>
                <numerusform>%n échéances d'engagement</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n cycle de négociation</numerusform>
                <numerusform>%n cycles de négociation</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target date(s)</source>
            <translation>
                <numerusform>%n date cible</numerusform>
                <numerusform>%n dates cibles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s) with no due date</source>
            <translation>
                <numerusform>%n engagement sans échéance</numerusform>
                <numerusform>%n engagements sans échéance</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s) due relative to an event that has no date</source>
            <translation>
                <numerusform>%n engagement dû par rapport à un événement sans date</numerusform>
                <numerusform>%n engagements dus par rapport à un événement sans date</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n track(s) with no target date</source>
            <translation>
                <numerusform>%n volet sans date cible</numerusform>
                <numerusform>%n volets sans date cible</numerusform>
            </translation>
        </message>
        <message>
            <source>open</source>
            <translation>ouvert</translation>
        </message>
        <message>
            <source>on track</source>
            <translation>en bonne voie</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>à risque</translation>
        </message>
        <message>
            <source>met</source>
            <translation>respecté</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>non respecté</translation>
        </message>
        <message>
            <source>statement</source>
            <translation>déclaration</translation>
        </message>
        <message>
            <source>round</source>
            <translation>cycle</translation>
        </message>
        <message>
            <source>clause</source>
            <translation>clause</translation>
        </message>
        <message>
            <source>interim</source>
            <translation>intermédiaire</translation>
        </message>
        <message>
            <source>final</source>
            <translation>final</translation>
        </message>
        <message>
            <source>{name} — deadlines</source>
            <translation>{name} — échéances</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Volet</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Évaluations</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label} : {value}</translation>
        </message>
        <message>
            <source>Target date: {title}</source>
            <translation>Date cible : {title}</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Visioconférence</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Cycle {number}</translation>
        </message>
        <message>
            <source>Illustrative (not a real meeting)</source>
            <translation>Exemple (pas une réunion réelle)</translation>
        </message>
        <message>
            <source>Due ({owner}): {text}</source>
            <translation>Échéance ({owner}) : {text}</translation>
        </message>
    </context>
    <context>
        <name>CalendarExportDialog</name>
        <message>
            <source> days before</source>
            <translation> jours avant</translation>
        </message>
        <message>
            <source>No reminder</source>
            <translation>Pas de rappel</translation>
        </message>
        <message>
            <source>&amp;Reminder</source>
            <translation>&amp;Rappel</translation>
        </message>
        <message>
            <source>1 internal compliance assessment</source>
            <translation>1 évaluation interne de conformité</translation>
        </message>
        <message>
            <source>{n} internal compliance assessments</source>
            <translation>{n} évaluations internes de conformité</translation>
        </message>
        <message>
            <source>&lt;b&gt;Left out of this calendar:&lt;/b&gt; {what} (positions, red lines and fallbacks are never in a calendar).</source>
            <translation>&lt;b&gt;Exclu de ce calendrier :&lt;/b&gt; {what} (positions, lignes rouges et positions de repli ne figurent jamais dans un calendrier).</translation>
        </message>
        <message>
            <source>{what} (an event needs a date).</source>
            <translation>{what} (un événement doit avoir une date).</translation>
        </message>
    </context>
    <context>
        <name>ChangeLogModel</name>
        <message>
            <source>clause</source>
            <translation>clause</translation>
        </message>
        <message>
            <source>clause text</source>
            <translation>texte de clause</translation>
        </message>
        <message>
            <source>bracket</source>
            <translation>crochet</translation>
        </message>
        <message>
            <source>position</source>
            <translation>position</translation>
        </message>
        <message>
            <source>round</source>
            <translation>cycle de négociation</translation>
        </message>
        <message>
            <source>action</source>
            <translation>action</translation>
        </message>
        <message>
            <source>track</source>
            <translation>volet</translation>
        </message>
        <message>
            <source>commitment</source>
            <translation>engagement</translation>
        </message>
        <message>
            <source>assessment</source>
            <translation>évaluation</translation>
        </message>
        <message>
            <source>anchor date</source>
            <translation>date de référence</translation>
        </message>
        <message>
            <source>party</source>
            <translation>partie</translation>
        </message>
        <message>
            <source>log setting</source>
            <translation>paramètre du journal</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Quand (UTC)</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>created</source>
            <translation>créé</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>supprimé</translation>
        </message>
        <message>
            <source>Before:
{old}

After:
{new}</source>
            <translation>Avant :
{old}

Après :
{new}</translation>
        </message>
    </context>
    <context>
        <name>ChangeLogView</name>
        <message>
            <source>Filter by person, record, field, value or source…</source>
            <translation>Filtrer par personne, élément, champ, valeur ou source…</translation>
        </message>
        <message>
            <source>Filter the change log</source>
            <translation>Filtrer le journal des modifications</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>Journal des modifications</translation>
        </message>
        <message>
            <source> (scroll for more)</source>
            <translation> (faites défiler pour en voir plus)</translation>
        </message>
        <message>
            <source>{shown} entries shown, newest first{more}. The log is append-only; `mineralsdesk check` verifies its hash chain.</source>
            <translation>{shown} entrées affichées, les plus récentes d'abord{more}. Le journal ne fait que s'allonger ; `mineralsdesk check` vérifie sa chaîne de hachage.</translation>
        </message>
    </context>
    <context>
        <name>ClauseDetail</name>
        <message>
            <source>Select a clause</source>
            <translation>Choisissez une clause</translation>
        </message>
        <message>
            <source>Clause status (only the moves the negotiation rules allow are offered)</source>
            <translation>Statut de la clause (seuls les changements permis par les règles de négociation sont proposés)</translation>
        </message>
        <message>
            <source>New version…</source>
            <translation>Nouvelle version…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Current text</source>
            <translation>Texte actuel</translation>
        </message>
        <message>
            <source>Redline</source>
            <translation>Comparaison</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Proposed by</source>
            <translation>Proposé par</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Versions of past rounds are read-only. Double-click a version to see what it changed.</source>
            <translation>Les versions des cycles passés sont en lecture seule. Double-cliquez sur une version pour voir ce qu'elle a changé.</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>Brackets</source>
            <translation>Crochets</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Pièces jointes</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>to</source>
            <translation>à</translation>
        </message>
        <message>
            <source>Wording</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>Supporters</source>
            <translation>Soutiens</translation>
        </message>
        <message>
            <source>Objectors</source>
            <translation>Opposants</translation>
        </message>
        <message>
            <source>Appeared</source>
            <translation>Apparu</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Résolu</translation>
        </message>
        <message>
            <source>Edit bracket…</source>
            <translation>Modifier le crochet…</translation>
        </message>
        <message>
            <source>no minerals named</source>
            <translation>aucun minerai cité</translation>
        </message>
        <message>
            <source>R{number} {date}</source>
            <translation>C{number} {date}</translation>
        </message>
        <message>
            <source>Open brackets proposed by: {parties}</source>
            <translation>Crochets ouverts proposés par : {parties}</translation>
        </message>
        <message>
            <source>No open brackets: all of this text is agreed wording or clean draft.</source>
            <translation>Aucun crochet ouvert : tout ce texte est un libellé convenu ou un projet sans crochets.</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Cycle {number}</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ouvert</translation>
        </message>
        <message>
            <source>Changes proposed by {party} in v{number}: {inserted} (underlined), {deleted} (struck through).</source>
            <translation>Modifications proposées par {party} en v{number} : {inserted} (souligné), {deleted} (barré).</translation>
        </message>
        <message>
            <source>inserted</source>
            <translation>ajouté</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>supprimé</translation>
        </message>
        <message>
            <source>The same version on both sides: nothing to compare.</source>
            <translation>La même version des deux côtés : rien à comparer.</translation>
        </message>
        <message>
            <source>Status not changed</source>
            <translation>Statut inchangé</translation>
        </message>
    </context>
    <context>
        <name>ClauseForm</name>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Edit clause</source>
            <translation>Modifier la clause</translation>
        </message>
        <message>
            <source>New clause</source>
            <translation>Nouvelle clause</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Volet</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>e.g. Art. 4.2</source>
            <translation>p. ex. Art. 4.2</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Minerals</source>
            <translation>Minerais</translation>
        </message>
        <message>
            <source>comma-separated, e.g. lithium, graphite</source>
            <translation>séparés par des virgules, p. ex. lithium, graphite</translation>
        </message>
        <message>
            <source>Proposed by</source>
            <translation>Proposé par</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>No round (drafted outside a meeting)</source>
            <translation>Aucun cycle (rédigé hors réunion)</translation>
        </message>
        <message>
            <source>Give the clause a reference, e.g. Art. 4.2</source>
            <translation>Donnez une référence à la clause, p. ex. Art. 4.2</translation>
        </message>
        <message>
            <source>Give the clause a title</source>
            <translation>Donnez un titre à la clause</translation>
        </message>
        <message>
            <source>Add a track first (Tracks screen)</source>
            <translation>Ajoutez d'abord un volet (écran Volets)</translation>
        </message>
        <message>
            <source>Type the clause text as proposed</source>
            <translation>Saisissez le texte de la clause tel que proposé</translation>
        </message>
        <message>
            <source>Add clause {ref}</source>
            <translation>Ajouter la clause {ref}</translation>
        </message>
        <message>
            <source>Edit clause {ref}</source>
            <translation>Modifier la clause {ref}</translation>
        </message>
        <message>
            <source>New version of {ref}</source>
            <translation>Nouvelle version de {ref}</translation>
        </message>
        <message>
            <source>Add a round for this track first (Rounds screen)</source>
            <translation>Ajoutez d'abord un cycle à ce volet (écran Cycles)</translation>
        </message>
        <message>
            <source>The new version needs its text</source>
            <translation>La nouvelle version doit avoir un texte</translation>
        </message>
        <message>
            <source>Bracket</source>
            <translation>Crochet</translation>
        </message>
        <message>
            <source>Wording</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>Supporters</source>
            <translation>Soutiens</translation>
        </message>
        <message>
            <source>Objectors</source>
            <translation>Opposants</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Résolu</translation>
        </message>
        <message>
            <source>Open (not resolved)</source>
            <translation>Ouvert (non résolu)</translation>
        </message>
        <message>
            <source>at {round}</source>
            <translation>au {round}</translation>
        </message>
        <message>
            <source>{parties} cannot both support and object to the same wording</source>
            <translation>{parties} ne peut pas à la fois soutenir et refuser le même libellé</translation>
        </message>
        <message>
            <source>Edit bracket</source>
            <translation>Modifier le crochet</translation>
        </message>
    </context>
    <context>
        <name>ClauseStatusLegend</name>
        <message>
            <source>drafted</source>
            <translation>rédigée</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>proposée</translation>
        </message>
        <message>
            <source>under negotiation</source>
            <translation>en négociation</translation>
        </message>
        <message>
            <source>bracketed</source>
            <translation>entre crochets</translation>
        </message>
        <message>
            <source>agreed ad referendum</source>
            <translation>agréée ad referendum</translation>
        </message>
        <message>
            <source>agreed</source>
            <translation>agréée</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>abandonnée</translation>
        </message>
    </context>
    <context>
        <name>ClauseTableModel</name>
        <message>
            <source>Track</source>
            <translation>Volet</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>Réf.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>F2 or double-click to change</source>
            <translation>F2 ou double-clic pour modifier</translation>
        </message>
        <message>
            <source>Minerals</source>
            <translation>Minerais</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versions</translation>
        </message>
        <message>
            <source>Text versions recorded for the clause</source>
            <translation>Versions du texte enregistrées pour la clause</translation>
        </message>
        <message>
            <source>Open [ ]</source>
            <translation>[ ] ouverts</translation>
        </message>
        <message>
            <source>Bracketed wording not yet agreed</source>
            <translation>Libellé entre crochets pas encore convenu</translation>
        </message>
        <message>
            <source>Last round</source>
            <translation>Dernier cycle</translation>
        </message>
        <message>
            <source>Round of the current version</source>
            <translation>Cycle de la version actuelle</translation>
        </message>
    </context>
    <context>
        <name>ClausesView</name>
        <message>
            <source>Filter clauses by word (ref, title, topic, status, mineral)…</source>
            <translation>Filtrer les clauses par mot (réf., titre, thème, statut, minerai)…</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Tout statut</translation>
        </message>
        <message>
            <source>Any topic</source>
            <translation>Tout thème</translation>
        </message>
        <message>
            <source>New clause…</source>
            <translation>Nouvelle clause…</translation>
        </message>
        <message>
            <source>Status not changed</source>
            <translation>Statut inchangé</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>Tous les volets</translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s)</source>
            <translation>
                <numerusform>%n clause</numerusform>
                <numerusform>%n clauses</numerusform>
            </translation>
        </message>
        <message>
            <source> match the filter</source>
            <translation> correspondent au filtre</translation>
        </message>
    </context>
    <context>
        <name>Command line</name>
        <message>
            <source> (a query that starts with '-' goes after --: mineralsdesk search -- -price; to leave a word out write: price NOT floor)</source>
            <translation> (une requête qui commence par « - » se place après -- : mineralsdesk search -- -price ; pour exclure un mot, écrivez : price NOT floor)</translation>
        </message>
        <message>
            <source>{message} (see mineralsdesk --help)</source>
            <translation>{message} (voir mineralsdesk --help)</translation>
        </message>
        <message>
            <source>unknown party {text}; choose one of {codes}</source>
            <translation>partie inconnue {text} ; choisissez parmi {codes}</translation>
        </message>
        <message>
            <source>{text} is not a positive whole number</source>
            <translation>{text} n'est pas un nombre entier positif</translation>
        </message>
        <message>
            <source>{text} is not a whole number from 0 (no reminder) to {most}</source>
            <translation>{text} n'est pas un nombre entier de 0 (pas de rappel) à {most}</translation>
        </message>
        <message>
            <source>warning: {message}</source>
            <translation>avertissement : {message}</translation>
        </message>
        <message>
            <source>Created {path}</source>
            <translation>{path} créé</translation>
        </message>
        <message>
            <source>No matches.</source>
            <translation>Aucun résultat.</translation>
        </message>
        <message>
            <source>(no text)</source>
            <translation>(pas de texte)</translation>
        </message>
        <message>
            <source>No clauses on {topic} with those words.</source>
            <translation>Aucune clause sur {topic} avec ces mots.</translation>
        </message>
        <message>
            <source>No clauses on {topic}.</source>
            <translation>Aucune clause sur {topic}.</translation>
        </message>
        <message>
            <source>schema version: {version}</source>
            <translation>version du schéma : {version}</translation>
        </message>
        <message>
            <source>head: {head}</source>
            <translation>tête : {head}</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>PROBLEM: {problem}</source>
            <translation>PROBLÈME : {problem}</translation>
        </message>
        <message>
            <source>{count} problem(s) found.</source>
            <translation>{count} problème(s) trouvé(s).</translation>
        </message>
        <message>
            <source>1 of {count} problems; all of them</source>
            <translation>1 problème sur {count} ; tous</translation>
        </message>
        <message>
            <source>details</source>
            <translation>détails</translation>
        </message>
        <message>
            <source>PROBLEM: {problem} ({more}: {command}).</source>
            <translation>PROBLÈME : {problem} ({more} : {command}).</translation>
        </message>
        <message>
            <source>No good automatic backup of it was found.</source>
            <translation>Aucune sauvegarde automatique saine n'a été trouvée.</translation>
        </message>
        <message>
            <source>Newest good backup: {path} ({taken} UTC); restore it with: {command}</source>
            <translation>Dernière sauvegarde saine : {path} ({taken} UTC) ; restaurez-la avec : {command}</translation>
        </message>
        <message>
            <source>Backed up to {path} (head {head})</source>
            <translation>Sauvegardé dans {path} (tête {head})</translation>
        </message>
        <message>
            <source>Accept {path} as it is now, recording any difference from its history, and re-key it on this computer? [y/N] </source>
            <translation>Accepter {path} tel quel, en consignant tout écart avec son historique, et changer sa clé sur cet ordinateur ? [o/N] </translation>
        </message>
        <message>
            <source>y</source>
            <translation>o</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>Rien n'a changé.</translation>
        </message>
        <message>
            <source>Trusted and re-keyed on this computer ({count} baseline entries written); head {head}</source>
            <translation>Approuvé, nouvelle clé sur cet ordinateur ({count} entrées de référence écrites) ; tête {head}</translation>
        </message>
        <message>
            <source>Restored {path} from {backup} (previous log kept as {saved})</source>
            <translation>{path} restauré depuis {backup} (journal précédent conservé sous {saved})</translation>
        </message>
        <message>
            <source>Restored {path} from {backup}</source>
            <translation>{path} restauré depuis {backup}</translation>
        </message>
        <message>
            <source>{path} is NOT encrypted (--plain): anyone with the file can read the log</source>
            <translation>{path} n'est PAS chiffré (--plain) : quiconque a le fichier peut lire le journal</translation>
        </message>
        <message>
            <source>{path} is an INTERNAL dump (red lines, fallbacks, internal notes and the whole change history); do not send it outside the delegation (see --audience shareable)</source>
            <translation>{path} est un export INTERNE (lignes rouges, positions de repli, notes internes et tout l'historique) ; ne l'envoyez pas hors de la délégation (voir --audience shareable)</translation>
        </message>
        <message>
            <source>Wrote {path}: {what}</source>
            <translation>{path} écrit : {what}</translation>
        </message>
        <message>
            <source>note: {message} (an event needs a date)</source>
            <translation>remarque : {message} (un événement doit avoir une date)</translation>
        </message>
        <message>
            <source>Wrote {path} (password-protected)</source>
            <translation>{path} écrit (protégé par mot de passe)</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>{path} écrit</translation>
        </message>
        <message>
            <source>Passphrase of {name}: </source>
            <translation>Phrase secrète de {name} : </translation>
        </message>
        <message>
            <source>Imported {path}: {what}</source>
            <translation>{path} importé : {what}</translation>
        </message>
        <message>
            <source>Password for {name}: </source>
            <translation>Mot de passe de {name} : </translation>
        </message>
        <message>
            <source>Added {initials} {name}</source>
            <translation>{initials} {name} ajouté</translation>
        </message>
        <message>
            <source>(inactive)</source>
            <translation>(inactif)</translation>
        </message>
        <message>
            <source>Noted #{seq}: {party} {signal} {clause}</source>
            <translation>Noté n° {seq} : {party} {signal} {clause}</translation>
        </message>
        <message>
            <source>Nothing to apply: positions and brackets already say what the minutes say</source>
            <translation>Rien à appliquer : positions et crochets disent déjà ce que dit le procès-verbal</translation>
        </message>
        <message>
            <source>Applied {count} change(s)</source>
            <translation>{count} modification(s) appliquée(s)</translation>
        </message>
        <message>
            <source>{count} change(s) proposed; run again with --yes to apply them all</source>
            <translation>{count} modification(s) proposée(s) ; relancez avec --yes pour tout appliquer</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Résolu</translation>
        </message>
        <message>
            <source>Comment {id} ({audience})</source>
            <translation>Commentaire {id} ({audience})</translation>
        </message>
        <message>
            <source>[resolved]</source>
            <translation>[résolu]</translation>
        </message>
        <message>
            <source>[shareable]</source>
            <translation>[partageable]</translation>
        </message>
        <message>
            <source>Assigned {kind} {ref} to {member}</source>
            <translation>{kind} {ref} attribué à {member}</translation>
        </message>
        <message>
            <source>unrecognized arguments: {arguments}</source>
            <translation>arguments non reconnus : {arguments}</translation>
        </message>
        <message>
            <source>error: no log at {path} (create one with: {command})</source>
            <translation>erreur : aucun journal à {path} (créez-en un avec : {command})</translation>
        </message>
        <message>
            <source>interrupted; nothing was left half-written</source>
            <translation>interrompu ; rien n'est resté à moitié écrit</translation>
        </message>
        <message>
            <source>error: {message}</source>
            <translation>erreur : {message}</translation>
        </message>
        <message>
            <source>unexpected error ({kind}); details in {path}</source>
            <translation>erreur inattendue ({kind}) ; détails dans {path}</translation>
        </message>
        <message>
            <source>New passphrase for {name} (at least 10 characters): </source>
            <translation>Nouvelle phrase secrète pour {name} (10 caractères au moins) : </translation>
        </message>
        <message>
            <source>Passphrase: {strength}</source>
            <translation>Phrase secrète : {strength}</translation>
        </message>
        <message>
            <source>The same passphrase again: </source>
            <translation>La même phrase secrète à nouveau : </translation>
        </message>
        <message>
            <source>Encrypted {path}</source>
            <translation>{path} chiffré</translation>
        </message>
        <message>
            <source>{count} automatic backup(s) of it taken before are NOT encrypted:</source>
            <translation>{count} sauvegarde(s) automatique(s) prise(s) auparavant ne sont PAS chiffrées :</translation>
        </message>
        <message>
            <source>Remove them with: {command}</source>
            <translation>Supprimez-les avec : {command}</translation>
        </message>
        <message>
            <source>Decrypted {path}: it is now readable by anyone with the file (its backups stay encrypted)</source>
            <translation>{path} déchiffré : quiconque a le fichier peut désormais le lire (ses sauvegardes restent chiffrées)</translation>
        </message>
        <message>
            <source>Changed the passphrase of {path} (backups taken before keep the old one)</source>
            <translation>Phrase secrète de {path} changée (les sauvegardes antérieures gardent l'ancienne)</translation>
        </message>
        <message>
            <source>indexed</source>
            <translation>indexé</translation>
        </message>
        <message>
            <source>not indexed</source>
            <translation>non indexé</translation>
        </message>
        <message>
            <source>Attached {name} ({size} bytes, {audience}) as {id}; {state}</source>
            <translation>{name} joint ({size} octets, {audience}) sous {id} ; {state}</translation>
        </message>
        <message>
            <source>content missing</source>
            <translation>contenu manquant</translation>
        </message>
        <message>
            <source>No attachments.</source>
            <translation>Aucune pièce jointe.</translation>
        </message>
        <message>
            <source>Wrote {path} ({size} bytes)</source>
            <translation>{path} écrit ({size} octets)</translation>
        </message>
        <message>
            <source>Removed {name} ({id})</source>
            <translation>{name} retiré ({id})</translation>
        </message>
        <message>
            <source>Colleague's copy written to {path}; give it to them with the delegation's sync passphrase</source>
            <translation>Copie du collègue écrite dans {path} ; remettez-la avec la phrase secrète de synchronisation de la délégation</translation>
        </message>
        <message>
            <source>Sync file for {colleague} written to {path} ({size} bytes)</source>
            <translation>Fichier de synchronisation pour {colleague} écrit dans {path} ({size} octets)</translation>
        </message>
        <message>
            <source>conflict: {line}</source>
            <translation>conflit : {line}</translation>
        </message>
        <message>
            <source>base {base}	ours {ours}	theirs {theirs}</source>
            <translation>base {base}	nôtre {ours}	leur {theirs}</translation>
        </message>
        <message>
            <source>{count} open conflict(s)</source>
            <translation>{count} conflit(s) ouvert(s)</translation>
        </message>
        <message>
            <source>sent {sent}	received {received}	last synced {when}</source>
            <translation>envoyé {sent}	reçu {received}	dernière synchro {when}</translation>
        </message>
        <message>
            <source>never</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Conflict {id} settled ({choice})</source>
            <translation>Conflit {id} réglé ({choice})</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>A comment (Enter adds it; with a comment selected, Reply answers it)</source>
            <translation>Un commentaire (Entrée l'ajoute ; un commentaire sélectionné, Répondre y répond)</translation>
        </message>
        <message>
            <source>&amp;Shareable</source>
            <translation>&amp;Partageable</translation>
        </message>
        <message>
            <source>May be printed in a shareable briefing on request; internal otherwise</source>
            <translation>Peut figurer dans une note partageable sur demande ; interne sinon</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>&amp;Reply</source>
            <translation>&amp;Répondre</translation>
        </message>
        <message>
            <source>Resol&amp;ve / reopen</source>
            <translation>Réso&amp;udre / rouvrir</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Ajouter un commentaire</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Répondre</translation>
        </message>
        <message>
            <source>Select the comment to reply to</source>
            <translation>Sélectionnez le commentaire auquel répondre</translation>
        </message>
        <message>
            <source>Reopen thread</source>
            <translation>Rouvrir la discussion</translation>
        </message>
        <message>
            <source>Resolve thread</source>
            <translation>Résoudre la discussion</translation>
        </message>
    </context>
    <context>
        <name>CommitmentForm</name>
        <message>
            <source>Edit commitment</source>
            <translation>Modifier l'engagement</translation>
        </message>
        <message>
            <source>New commitment</source>
            <translation>Nouvel engagement</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Volet</translation>
        </message>
        <message>
            <source>No particular track</source>
            <translation>Aucun volet particulier</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Source detail</source>
            <translation>Détail de la source</translation>
        </message>
        <message>
            <source>On a date</source>
            <translation>À une date</translation>
        </message>
        <message>
            <source>Relative to an event</source>
            <translation>Par rapport à un événement</translation>
        </message>
        <message>
            <source> months</source>
            <translation> mois</translation>
        </message>
        <message>
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <source>after</source>
            <translation>après</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Say what was committed to</source>
            <translation>Indiquez l'objet de l'engagement</translation>
        </message>
        <message>
            <source>Choose the event the deadline counts from</source>
            <translation>Choisissez l'événement à partir duquel le délai court</translation>
        </message>
        <message>
            <source>Add commitment</source>
            <translation>Ajouter un engagement</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsModel</name>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Counted from</source>
            <translation>Compté à partir de</translation>
        </message>
        <message>
            <source>Relative deadlines move with the event they count from</source>
            <translation>Les délais relatifs suivent l'événement dont ils partent</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>F2 or double-click to change</source>
            <translation>F2 ou double-clic pour modifier</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Volet</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>Respect</translation>
        </message>
        <message>
            <source>Latest score per party: +1 complied, 0 partly, −1 did not</source>
            <translation>Dernière note par partie : +1 respecté, 0 en partie, −1 non respecté</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sans date</translation>
        </message>
        <message numerus="yes">
            <source> — overdue by %n day(s)</source>
            <translation>
                <numerusform> — en retard de %n jour</numerusform>
                <numerusform> — en retard de %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source> — due today</source>
            <translation> — échéance aujourd'hui</translation>
        </message>
        <message numerus="yes">
            <source> — due in %n day(s)</source>
            <translation>
                <numerusform> — échéance dans %n jour</numerusform>
                <numerusform> — échéance dans %n jours</numerusform>
            </translation>
        </message>
        <message>
            <source>Commitment {old} → {new}</source>
            <translation>Engagement {old} → {new}</translation>
        </message>
        <message>
            <source>Commitment owner {old} → {new}</source>
            <translation>Responsable de l'engagement {old} → {new}</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsView</name>
        <message>
            <source>Filter commitments by word…</source>
            <translation>Filtrer les engagements par mot…</translation>
        </message>
        <message>
            <source>Any state</source>
            <translation>Tout état</translation>
        </message>
        <message>
            <source>Not closed (open, on track, at risk)</source>
            <translation>Non clos (ouvert, en bonne voie, à risque)</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>New commitment…</source>
            <translation>Nouvel engagement…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>As of {date}: {overdue} · {soon} · met and missed commitments are closed.</source>
            <translation>Au {date} : {overdue} · {soon} · les engagements tenus ou manqués sont clos.</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>en retard</translation>
        </message>
        <message>
            <source>due within 7 days</source>
            <translation>échéance sous 7 jours</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Partie</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Destinataires</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Éléments de preuve</translation>
        </message>
        <message>
            <source>Assess…</source>
            <translation>Évaluer…</translation>
        </message>
        <message>
            <source>Remove assessment</source>
            <translation>Retirer l'évaluation</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Pièces jointes</translation>
        </message>
        <message>
            <source>Commitment not changed</source>
            <translation>Engagement inchangé</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>Tous les volets</translation>
        </message>
        <message>
            <source>Compliance assessments — select a commitment</source>
            <translation>Évaluations du respect — choisissez un engagement</translation>
        </message>
        <message>
            <source>Compliance assessments — {text}</source>
            <translation>Évaluations du respect — {text}</translation>
        </message>
        <message>
            <source>Remove {party} assessment</source>
            <translation>Retirer l'évaluation de {party}</translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <source>Record</source>
            <translation>Élément</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>Ours</source>
            <translation>Nôtre</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Leur</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>Open sync conflicts</source>
            <translation>Conflits de synchronisation ouverts</translation>
        </message>
        <message>
            <source>Base (before either edit)</source>
            <translation>Base (avant les deux modifications)</translation>
        </message>
        <message>
            <source>Ours (this laptop)</source>
            <translation>Nôtre (cet ordinateur)</translation>
        </message>
        <message>
            <source>Theirs (the colleague's)</source>
            <translation>Leur (celle du collègue)</translation>
        </message>
        <message>
            <source>Edited value</source>
            <translation>Valeur modifiée</translation>
        </message>
        <message>
            <source>Edited &amp;value (prefilled with ours):</source>
            <translation>&amp;Valeur modifiée (préremplie avec la nôtre) :</translation>
        </message>
        <message>
            <source>Keep &amp;ours</source>
            <translation>Garder la &amp;nôtre</translation>
        </message>
        <message>
            <source>Take &amp;theirs</source>
            <translation>Prendre la &amp;leur</translation>
        </message>
        <message>
            <source>Use e&amp;dited value</source>
            <translation>Utiliser la valeur &amp;modifiée</translation>
        </message>
        <message>
            <source>Keep this laptop's value; the conflict is settled</source>
            <translation>Garder la valeur de cet ordinateur ; le conflit est réglé</translation>
        </message>
        <message>
            <source>Write the colleague's value here</source>
            <translation>Écrire ici la valeur du collègue</translation>
        </message>
        <message>
            <source>Write the value in the editor above</source>
            <translation>Écrire la valeur saisie ci-dessus</translation>
        </message>
        <message>
            <source>No open conflicts: every sync file merged cleanly.</source>
            <translation>Aucun conflit ouvert : chaque fichier de synchronisation a été fusionné sans heurt.</translation>
        </message>
        <message numerus="yes">
            <source>%n open conflict(s): a field changed on this laptop and on a colleague's. Nothing was overwritten; choose the value to keep.</source>
            <translation>
                <numerusform>%n conflit ouvert : un champ a changé sur cet ordinateur et sur celui d'un collègue. Rien n'a été écrasé ; choisissez la valeur à garder.</numerusform>
                <numerusform>%n conflits ouverts : un champ a changé sur cet ordinateur et sur celui d'un collègue. Rien n'a été écrasé ; choisissez la valeur à garder.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to compare: no conflict is selected.</source>
            <translation>Rien à comparer : aucun conflit n'est sélectionné.</translation>
        </message>
        <message>
            <source>Redline against the base: {inserted} (underlined) · {deleted} (struck through) · plain: as in the base.</source>
            <translation>Comparaison avec la base : {inserted} (souligné) · {deleted} (barré) · normal : comme dans la base.</translation>
        </message>
        <message>
            <source>inserted</source>
            <translation>ajouté</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>supprimé</translation>
        </message>
        <message>
            <source>{record}: field &lt;b&gt;{field}&lt;/b&gt;.</source>
            <translation>{record} : champ &lt;b&gt;{field}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Keep ours</source>
            <translation>Garder la nôtre</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Prendre la leur</translation>
        </message>
        <message>
            <source>Use edited value</source>
            <translation>Utiliser la valeur modifiée</translation>
        </message>
        <message>
            <source>Conflict not settled</source>
            <translation>Conflit non réglé</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>no date</source>
            <translation>sans date</translation>
        </message>
        <message>
            <source>(1 day overdue)</source>
            <translation>(1 jour de retard)</translation>
        </message>
        <message>
            <source>({n} days overdue)</source>
            <translation>({n} jours de retard)</translation>
        </message>
        <message>
            <source>1 clause</source>
            <translation>1 clause</translation>
        </message>
        <message>
            <source>{n} clauses</source>
            <translation>{n} clauses</translation>
        </message>
        <message>
            <source>1 open bracket</source>
            <translation>1 crochet ouvert</translation>
        </message>
        <message>
            <source>{n} open brackets</source>
            <translation>{n} crochets ouverts</translation>
        </message>
        <message>
            <source>Topics:</source>
            <translation>Thèmes :</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>and {n} more overdue</source>
            <translation>et {n} autres en retard</translation>
        </message>
        <message>
            <source>This track's commitments by due date, in Commitments</source>
            <translation>Les engagements de ce volet par échéance, dans Engagements</translation>
        </message>
        <message>
            <source>Next deadlines</source>
            <translation>Prochaines échéances</translation>
        </message>
        <message>
            <source>Nothing due</source>
            <translation>Aucune échéance</translation>
        </message>
        <message>
            <source>Reading its clauses, brackets and deadlines…</source>
            <translation>Lecture des clauses, crochets et échéances…</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Volet</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>Tous les volets</translation>
        </message>
        <message>
            <source>No tracks yet. Add one under Tracks (Ctrl+2).</source>
            <translation>Aucun volet encore. Ajoutez-en un sous Volets (Ctrl+2).</translation>
        </message>
        <message>
            <source>no target date</source>
            <translation>sans date cible</translation>
        </message>
        <message>
            <source>Target {date}</source>
            <translation>Cible {date}</translation>
        </message>
        <message>
            <source>No target date</source>
            <translation>Sans date cible</translation>
        </message>
        <message>
            <source>concluded</source>
            <translation>conclu</translation>
        </message>
        <message>
            <source>1 day left</source>
            <translation>1 jour restant</translation>
        </message>
        <message>
            <source>{n} days left</source>
            <translation>{n} jours restants</translation>
        </message>
        <message>
            <source>1 day past</source>
            <translation>dépassée de 1 jour</translation>
        </message>
        <message>
            <source>{n} days past</source>
            <translation>dépassée de {n} jours</translation>
        </message>
        <message>
            <source>No rounds yet</source>
            <translation>Aucun cycle encore</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Cycle {number}</translation>
        </message>
        <message>
            <source>1 clause revised</source>
            <translation>1 clause révisée</translation>
        </message>
        <message>
            <source>{n} clauses revised</source>
            <translation>{n} clauses révisées</translation>
        </message>
        <message>
            <source>1 bracket opened</source>
            <translation>1 crochet ouvert</translation>
        </message>
        <message>
            <source>{n} brackets opened</source>
            <translation>{n} crochets ouverts</translation>
        </message>
        <message>
            <source>1 bracket resolved</source>
            <translation>1 crochet levé</translation>
        </message>
        <message>
            <source>{n} brackets resolved</source>
            <translation>{n} crochets levés</translation>
        </message>
        <message>
            <source>1 position recorded</source>
            <translation>1 position enregistrée</translation>
        </message>
        <message>
            <source>{n} positions recorded</source>
            <translation>{n} positions enregistrées</translation>
        </message>
        <message>
            <source>no text changes</source>
            <translation>aucune modification du texte</translation>
        </message>
        <message>
            <source>1 edit in the log since then</source>
            <translation>1 modification du journal depuis</translation>
        </message>
        <message>
            <source>{n} edits in the log since then</source>
            <translation>{n} modifications du journal depuis</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Set</source>
            <translation>Défini</translation>
        </message>
    </context>
    <context>
        <name>Deadlines</name>
        <message>
            <source>1 day</source>
            <translation>1 jour</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} jours</translation>
        </message>
        <message>
            <source>1 month</source>
            <translation>1 mois</translation>
        </message>
        <message>
            <source>{n} months</source>
            <translation>{n} mois</translation>
        </message>
        <message>
            <source>on {anchor}</source>
            <translation>le jour de {anchor}</translation>
        </message>
        <message>
            <source>{months} and {days}</source>
            <translation>{months} et {days}</translation>
        </message>
        <message>
            <source>{months} less {days}</source>
            <translation>{months} moins {days}</translation>
        </message>
        <message>
            <source>{amount} after {anchor}</source>
            <translation>{amount} après {anchor}</translation>
        </message>
        <message>
            <source>{amount} before {anchor}</source>
            <translation>{amount} avant {anchor}</translation>
        </message>
        <message>
            <source>{state} (stale: due date passed {days} d ago)</source>
            <translation>{state} (périmé : échéance dépassée depuis {days} j)</translation>
        </message>
    </context>
    <context>
        <name>DraftImportDialog</name>
        <message>
            <source>Import Word or Akoma Ntoso draft</source>
            <translation>Importer un projet Word ou Akoma Ntoso</translation>
        </message>
        <message>
            <source>Drafts (*.docx *.xml *.akn);;Word document (*.docx);;Akoma Ntoso (*.xml *.akn)</source>
            <translation>Projets (*.docx *.xml *.akn);;Document Word (*.docx);;Akoma Ntoso (*.xml *.akn)</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>modifié</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>inchangé</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nouveau</translation>
        </message>
        <message>
            <source>Tracked changes become versions of the party each Word author stands for (remembered by this log):</source>
            <translation>Les modifications suivies deviennent des versions de la partie que représente chaque auteur Word (mémorisé par ce journal) :</translation>
        </message>
        <message>
            <source>Choose the chair's consolidated text or a delegation's markup (Word .docx or Akoma Ntoso .xml).</source>
            <translation>Choisissez le texte consolidé de la présidence ou les annotations d'une délégation (Word .docx ou Akoma Ntoso .xml).</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <source>Article in the file</source>
            <translation>Article du fichier</translation>
        </message>
        <message>
            <source>Matched clause</source>
            <translation>Clause correspondante</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importer comme</translation>
        </message>
        <message>
            <source>Word author</source>
            <translation>Auteur Word</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Partie</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>&amp;Track:</source>
            <translation>&amp;Volet :</translation>
        </message>
        <message>
            <source>&amp;Round of the new versions:</source>
            <translation>&amp;Cycle des nouvelles versions :</translation>
        </message>
        <message>
            <source>&amp;Party of the accepted text:</source>
            <translation>&amp;Partie du texte accepté :</translation>
        </message>
        <message>
            <source>Round {number} ({date})</source>
            <translation>Cycle {number} ({date})</translation>
        </message>
        <message>
            <source>Reading {name}</source>
            <translation>Lecture de {name}</translation>
        </message>
        <message>
            <source>{ref} (by {method}, {score})</source>
            <translation>{ref} (par {method}, {score})</translation>
        </message>
        <message>
            <source>— new clause</source>
            <translation>— nouvelle clause</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accepter</translation>
        </message>
        <message>
            <source>Accept as a new clause</source>
            <translation>Accepter comme nouvelle clause</translation>
        </message>
        <message>
            <source>Attach to {clause}</source>
            <translation>Rattacher à {clause}</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>(choisir)</translation>
        </message>
        <message>
            <source>{kind}: no tracked changes to attribute</source>
            <translation>{kind} : aucune modification suivie à attribuer</translation>
        </message>
        <message>
            <source>; each bracket keeps the proposer the file names.</source>
            <translation> ; chaque crochet garde l'auteur que nomme le fichier.</translation>
        </message>
        <message>
            <source>Absent from the file (kept, never deleted): </source>
            <translation>Absents du fichier (conservés, jamais supprimés) : </translation>
        </message>
        <message>
            <source>{n} article(s)</source>
            <translation>{n} article(s)</translation>
        </message>
        <message>
            <source>{changed} changed, {unchanged} unchanged, {new} new. Nothing has been written yet.</source>
            <translation>{changed} modifiés, {unchanged} inchangés, {new} nouveaux. Rien n'a encore été écrit.</translation>
        </message>
        <message>
            <source>Tabled by {party}: the file names it as the proposer of every bracket.</source>
            <translation>Déposé par {party} : le fichier la désigne comme auteur de chaque crochet.</translation>
        </message>
        <message>
            <source>Against the current text of {ref}:</source>
            <translation>Par rapport au texte actuel de {ref} :</translation>
        </message>
        <message>
            <source>A new clause (proposed):</source>
            <translation>Une nouvelle clause (proposée) :</translation>
        </message>
        <message>
            <source>{author} proposes:</source>
            <translation>{author} propose :</translation>
        </message>
        <message>
            <source>Brackets opened:</source>
            <translation>Crochets ouverts :</translation>
        </message>
        <message>
            <source>Brackets resolved:</source>
            <translation>Crochets levés :</translation>
        </message>
        <message>
            <source>Cannot import:</source>
            <translation>Import impossible :</translation>
        </message>
        <message>
            <source>Choose a round for the new versions first.</source>
            <translation>Choisissez d'abord un cycle pour les nouvelles versions.</translation>
        </message>
        <message>
            <source>Choose a party for: </source>
            <translation>Choisissez une partie pour : </translation>
        </message>
        <message>
            <source>Import {kind} draft {name}</source>
            <translation>Importer le projet {kind} {name}</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>{name} names the party #{eid} ({party}), which is not a party of this log; nothing was imported</source>
            <translation>{name} désigne la partie #{eid} ({party}), qui n’est pas une partie de ce journal ; rien n’a été importé</translation>
        </message>
        <message>
            <source>{name} is {size:.1f} MB; an Akoma Ntoso text may be at most {limit:.0f} MB (nothing was imported)</source>
            <translation>{name} fait {size:.1f} Mo ; un texte Akoma Ntoso peut faire au plus {limit:.0f} Mo (rien n’a été importé)</translation>
        </message>
        <message>
            <source>Cannot read {name}: {reason}</source>
            <translation>Impossible de lire {name} : {reason}</translation>
        </message>
        <message>
            <source>{name} declares a DOCTYPE or entities, which an Akoma Ntoso text never needs; refused (nothing was imported)</source>
            <translation>{name} déclare un DOCTYPE ou des entités, dont un texte Akoma Ntoso n’a jamais besoin ; refusé (rien n’a été importé)</translation>
        </message>
        <message>
            <source>{name} is not readable XML ({reason}); nothing was imported</source>
            <translation>{name} n’est pas un XML lisible ({reason}) ; rien n’a été importé</translation>
        </message>
        <message>
            <source>{name} declares a DOCTYPE, which an Akoma Ntoso text never needs; refused (nothing was imported)</source>
            <translation>{name} déclare un DOCTYPE, dont un texte Akoma Ntoso n’a jamais besoin ; refusé (rien n’a été importé)</translation>
        </message>
        <message>
            <source>{name} is not valid Akoma Ntoso 3.0 ({reason}); nothing was imported</source>
            <translation>{name} n’est pas un Akoma Ntoso 3.0 valide ({reason}) ; rien n’a été importé</translation>
        </message>
        <message>
            <source>{name}: the brackets of article {ref} do not balance ({reason}); nothing was imported</source>
            <translation>{name} : les crochets de l’article {ref} ne s’équilibrent pas ({reason}) ; rien n’a été importé</translation>
        </message>
        <message>
            <source>{name}: a bracket in article {ref} names {party}, which &lt;references&gt; does not declare (nothing was imported)</source>
            <translation>{name} : un crochet de l’article {ref} désigne {party}, que &lt;references&gt; ne déclare pas (rien n’a été importé)</translation>
        </message>
        <message>
            <source>{name} holds no numbered article; nothing was imported</source>
            <translation>{name} ne contient aucun article numéroté ; rien n’a été importé</translation>
        </message>
        <message>
            <source>No round {round!r} in track {track}; give its number (e.g. 2) or its id</source>
            <translation>Aucun cycle {round!r} dans le volet {track} ; indiquez son numéro (p. ex. 2) ou son identifiant</translation>
        </message>
        <message>
            <source>The Akoma Ntoso text does not validate against the OASIS schema ({reason}); nothing was written</source>
            <translation>Le texte Akoma Ntoso n’est pas valide selon le schéma OASIS ({reason}) ; rien n’a été écrit</translation>
        </message>
        <message>
            <source>No party for the Word author(s) {authors}: add --author "NAME=PARTY" for each; nothing was imported</source>
            <translation>Aucune partie pour le ou les auteurs Word {authors} : ajoutez --author "NAME=PARTY" pour chacun ; rien n’a été importé</translation>
        </message>
        <message>
            <source>No round {round!r} in this track (give its number or date); nothing was imported</source>
            <translation>Aucun cycle {round!r} dans ce volet (indiquez son numéro ou sa date) ; rien n’a été importé</translation>
        </message>
        <message>
            <source>Unknown party {party!r} for --party; nothing was imported</source>
            <translation>Partie {party!r} inconnue pour --party ; rien n’a été importé</translation>
        </message>
        <message>
            <source>No track {track!r} in this log</source>
            <translation>Aucun volet {track!r} dans ce journal</translation>
        </message>
        <message>
            <source>No party for the Word author(s) {authors}: map each to a party (--author "NAME=PARTY"); nothing was imported</source>
            <translation>Aucune partie pour le ou les auteurs Word {authors} : associez chacun à une partie (--author "NAME=PARTY") ; rien n’a été importé</translation>
        </message>
        <message>
            <source>{ref}: the log refused it ({reason}); nothing was imported</source>
            <translation>{ref} : le journal l’a refusé ({reason}) ; rien n’a été importé</translation>
        </message>
        <message>
            <source>Track {track} has no round {number}; its rounds: {known}</source>
            <translation>Le volet {track} n’a pas de cycle {number} ; ses cycles : {known}</translation>
        </message>
        <message>
            <source>Unknown audience {audience!r}; use internal or shareable</source>
            <translation>Public {audience!r} inconnu ; utilisez internal ou shareable</translation>
        </message>
        <message>
            <source>A track was removed while the briefing was being written; export it again</source>
            <translation>Un volet a été supprimé pendant la rédaction de la note de négociation ; exportez-la de nouveau</translation>
        </message>
        <message>
            <source>Compare an earlier round with a later one (round {earlier} is not before round {later})</source>
            <translation>Comparez un cycle antérieur à un cycle ultérieur (le cycle {earlier} ne précède pas le cycle {later})</translation>
        </message>
        <message>
            <source>--author takes NAME=PARTY (e.g. "US Delegation=US"), not {pair!r}</source>
            <translation>--author attend NAME=PARTY (p. ex. "US Delegation=US"), pas {pair!r}</translation>
        </message>
        <message>
            <source>{name} has no recognisable articles (paragraphs or headings starting "Article 3", "Art. 3" or "3."); nothing was imported</source>
            <translation>{name} ne contient aucun article reconnaissable (paragraphes ou titres commençant par « Article 3 », « Art. 3 » ou « 3. ») ; rien n’a été importé</translation>
        </message>
        <message>
            <source>This log's dump would be {size} MB, over the {most} MB an import accepts; copy it with `mineralsdesk backup` instead</source>
            <translation>L'export de ce journal ferait {size} Mo, au-delà des {most} Mo qu'un import accepte ; copiez-le plutôt avec `mineralsdesk backup`</translation>
        </message>
        <message>
            <source>No file at {path}</source>
            <translation>Aucun fichier à {path}</translation>
        </message>
        <message>
            <source>{name} is an encrypted dump: give its passphrase</source>
            <translation>{name} est un export chiffré : donnez sa phrase secrète</translation>
        </message>
        <message>
            <source>{name} is larger than a MineralsDesk dump can be</source>
            <translation>{name} est plus grand qu'un export MineralsDesk ne peut l'être</translation>
        </message>
        <message>
            <source>{name} is not a MineralsDesk JSON dump</source>
            <translation>{name} n'est pas un export JSON de MineralsDesk</translation>
        </message>
        <message>
            <source>{name} has no valid 'format_version' (a whole number from 1)</source>
            <translation>{name} n'a pas de 'format_version' valide (un nombre entier à partir de 1)</translation>
        </message>
        <message>
            <source>{name} uses dump format {version}; this build reads formats 1 to {newest}</source>
            <translation>{name} utilise le format d'export {version} ; cette version lit les formats 1 à {newest}</translation>
        </message>
        <message>
            <source>{name} does not say whether it is internal or shareable ('audience')</source>
            <translation>{name} n'indique pas s'il est interne ou partageable ('audience')</translation>
        </message>
        <message>
            <source>{name} is a shareable dump (no red lines, fallbacks, internal notes or change history); it cannot be loaded as a log. Import an internal dump instead</source>
            <translation>{name} est un export partageable (sans lignes rouges, positions de repli, notes internes ni historique) ; il ne peut être chargé comme journal. Importez plutôt un export interne</translation>
        </message>
        <message>
            <source>{name}: '{table}' record {number} lacks fields: {fields}</source>
            <translation>{name} : il manque des champs à l'enregistrement {number} de '{table}' : {fields}</translation>
        </message>
        <message>
            <source>{name} is {size:,.0f} MB; Word drafts over {limit} MB are not imported</source>
            <translation>{name} fait {size:,.0f} Mo ; les projets Word de plus de {limit} Mo ne sont pas importés</translation>
        </message>
        <message>
            <source>{name} is a password-protected Word document: remove the password in Word (File &gt; Info &gt; Protect Document) and import that copy</source>
            <translation>{name} est un document Word protégé par mot de passe : retirez le mot de passe dans Word (Fichier &gt; Informations &gt; Protéger le document) et importez cette copie</translation>
        </message>
        <message>
            <source>{name} is an old-style Word .doc file: save it as .docx and import that</source>
            <translation>{name} est un ancien fichier Word .doc : enregistrez-le au format .docx et importez ce fichier</translation>
        </message>
        <message>
            <source>{name} is not a Word document (.docx)</source>
            <translation>{name} n’est pas un document Word (.docx)</translation>
        </message>
        <message>
            <source>{name}: its content types part is {size:,} bytes; refused</source>
            <translation>{name} : sa partie des types de contenu fait {size:,} octets ; refusé</translation>
        </message>
        <message>
            <source>{name} is a macro-enabled Word document: save it as a plain .docx (without macros) and import that</source>
            <translation>{name} est un document Word avec macros : enregistrez-le en .docx simple (sans macros) et importez ce fichier</translation>
        </message>
        <message>
            <source>{name}: part {part} is {size:,.0f} MB; refused</source>
            <translation>{name} : la partie {part} fait {size:,.0f} Mo ; refusé</translation>
        </message>
        <message>
            <source>{name} is not a readable Word document (its zip structure is damaged)</source>
            <translation>{name} n’est pas un document Word lisible (sa structure zip est endommagée)</translation>
        </message>
        <message>
            <source>{name} is not a readable Word document (its XML is damaged)</source>
            <translation>{name} n’est pas un document Word lisible (son XML est endommagé)</translation>
        </message>
        <message>
            <source>{name} contains XML entity or DTD declarations; refused</source>
            <translation>{name} contient des déclarations d’entités XML ou de DTD ; refusé</translation>
        </message>
        <message>
            <source>{name} is not a Word document (it has no body)</source>
            <translation>{name} n’est pas un document Word (il n’a pas de corps)</translation>
        </message>
        <message>
            <source>Unknown paper {paper!r}; use a4 or letter</source>
            <translation>Format de papier {paper!r} inconnu ; utilisez a4 ou letter</translation>
        </message>
        <message>
            <source>Unknown paper size {paper!r}; use a4 or letter</source>
            <translation>Format de papier inconnu {paper!r} ; utilisez a4 ou letter</translation>
        </message>
        <message>
            <source>Folder {folder} does not exist</source>
            <translation>Le dossier {folder} n’existe pas</translation>
        </message>
        <message>
            <source>The briefing could not be laid out on {paper} paper: an element is larger than a page</source>
            <translation>La note n’a pas pu être mise en page sur du papier {paper} : un élément dépasse une page</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>Impossible d’écrire {path} : {reason}</translation>
        </message>
        <message>
            <source>{name} is read-only (the file or its folder cannot be written); nothing was changed</source>
            <translation>{name} est en lecture seule (le fichier ou son dossier n'est pas modifiable) ; rien n'a changé</translation>
        </message>
        <message>
            <source>init --demo makes a plain log; encrypt it afterwards with: mineralsdesk encrypt</source>
            <translation>init --demo crée un journal non chiffré ; chiffrez-le ensuite avec : mineralsdesk encrypt</translation>
        </message>
        <message>
            <source>Give words to search for, or --topic TOPIC (see mineralsdesk search --help)</source>
            <translation>Donnez des mots à chercher, ou --topic TOPIC (voir mineralsdesk search --help)</translation>
        </message>
        <message>
            <source>Cannot search for that query; put words with punctuation in "quotes" (see mineralsdesk search --help)</source>
            <translation>Impossible de chercher cette requête ; mettez les mots avec ponctuation entre "guillemets" (voir mineralsdesk search --help)</translation>
        </message>
        <message>
            <source>trust changes what the log's history vouches for; confirm with --yes</source>
            <translation>trust change ce que l'historique du journal garantit ; confirmez avec --yes</translation>
        </message>
        <message>
            <source>--minutes prints one round on its own: leave out --track, --topic and --compare</source>
            <translation>--minutes imprime un seul cycle de négociation : omettez --track, --topic et --compare</translation>
        </message>
        <message>
            <source>{name} is password-protected; give its password with --password-file F</source>
            <translation>{name} est protégé par mot de passe ; donnez-le avec --password-file F</translation>
        </message>
        <message>
            <source>give the round: --round TRACK NUMBER (e.g. --round 'MOU 2')</source>
            <translation>indiquez le cycle de négociation : --round TRACK NUMBER (p. ex. --round 'MOU 2')</translation>
        </message>
        <message>
            <source>{name} is encrypted: give its passphrase with --passphrase-file FILE or ${variable}</source>
            <translation>{name} est chiffré : donnez sa phrase secrète avec --passphrase-file FILE ou ${variable}</translation>
        </message>
        <message>
            <source>give the new passphrase with --passphrase-file FILE or ${variable} (no terminal to ask on)</source>
            <translation>donnez la nouvelle phrase secrète avec --passphrase-file FILE ou ${variable} (aucun terminal pour la demander)</translation>
        </message>
        <message>
            <source>The two passphrases differ; nothing was changed</source>
            <translation>Les deux phrases secrètes diffèrent ; rien n'a changé</translation>
        </message>
        <message>
            <source>{name} is not encrypted; nothing was changed</source>
            <translation>{name} n'est pas chiffré ; rien n'a changé</translation>
        </message>
        <message>
            <source>{name} is not encrypted; encrypt it with: mineralsdesk encrypt</source>
            <translation>{name} n'est pas chiffré ; chiffrez-le avec : mineralsdesk encrypt</translation>
        </message>
        <message>
            <source>Cannot attach to {kind}; use track, round, clause or commitment</source>
            <translation>Impossible de joindre à {kind} ; utilisez track, round, clause ou commitment</translation>
        </message>
        <message>
            <source>{name} is not valid JSON ({why} at character {position})</source>
            <translation>{name} n'est pas du JSON valide ({why} au caractère {position})</translation>
        </message>
        <message>
            <source>{name} is {size} MB; a MineralsDesk dump can be at most {most} MB (copy larger logs with `mineralsdesk backup`)</source>
            <translation>{name} fait {size} Mo ; un export MineralsDesk fait au plus {most} Mo (copiez les journaux plus grands avec `mineralsdesk backup`)</translation>
        </message>
        <message>
            <source>{name} is not a MineralsDesk JSON dump (unknown section {section})</source>
            <translation>{name} n'est pas un export JSON de MineralsDesk (section inconnue {section})</translation>
        </message>
        <message>
            <source>{name} holds more than {most} records; more than a MineralsDesk dump may</source>
            <translation>{name} contient plus de {most} enregistrements ; plus qu'un export MineralsDesk ne peut</translation>
        </message>
        <message>
            <source>{name}: '{section}' record {number} is not an object</source>
            <translation>{name} : l'enregistrement {number} de '{section}' n'est pas un objet</translation>
        </message>
        <message>
            <source>{name} is not an encrypted MineralsDesk dump (too short or no header)</source>
            <translation>{name} n'est pas un export chiffré de MineralsDesk (trop court ou sans en-tête)</translation>
        </message>
        <message>
            <source>{name} uses encrypted-dump version {version}; this build reads version {newest}</source>
            <translation>{name} utilise la version {version} des exports chiffrés ; cette version lit la version {newest}</translation>
        </message>
        <message>
            <source>{name} cannot be decrypted: wrong passphrase, or the file was changed; nothing was imported</source>
            <translation>{name} ne peut être déchiffré : mauvaise phrase secrète, ou fichier modifié ; rien n'a été importé</translation>
        </message>
        <message>
            <source>{name} is a zip file but not {kind}</source>
            <translation>{name} est un fichier zip mais pas {kind}</translation>
        </message>
        <message>
            <source>{name} would unpack to {size} MB (a zip bomb?); refused</source>
            <translation>{name} ferait {size} Mo une fois décompressé (une bombe zip ?) ; refusé</translation>
        </message>
        <message>
            <source>{name}: part {part} unpacks {ratio} times its size (a zip bomb?); refused</source>
            <translation>{name} : la partie {part} se décompresse en {ratio} fois sa taille (une bombe zip ?) ; refusé</translation>
        </message>
        <message>
            <source>{name}: part {part} has no element in its first {most} KB; refused</source>
            <translation>{name} : la partie {part} n'a aucun élément dans ses {most} premiers Ko ; refusé</translation>
        </message>
        <message>
            <source>{name} contains XML entity or DTD declarations (a known attack on document readers); refused</source>
            <translation>{name} contient des déclarations d'entités XML ou de DTD (une attaque connue contre les lecteurs de documents) ; refusé</translation>
        </message>
        <message>
            <source>The password is empty; give a password of at least one character (nothing was written)</source>
            <translation>Le mot de passe est vide ; donnez-en un d'au moins un caractère (rien n'a été écrit)</translation>
        </message>
        <message>
            <source>The password holds a line break or a NUL character, which readers cannot type; nothing was written</source>
            <translation>Le mot de passe contient un saut de ligne ou un caractère NUL, impossible à taper pour le lecteur ; rien n'a été écrit</translation>
        </message>
        <message>
            <source>The password is longer than {most} bytes (UTF-8), the most a PDF reader takes; choose a shorter one (nothing was written)</source>
            <translation>Le mot de passe dépasse {most} octets (UTF-8), le maximum d'un lecteur PDF ; choisissez-en un plus court (rien n'a été écrit)</translation>
        </message>
        <message>
            <source>Cannot read the password file {path}: {reason}; nothing was written</source>
            <translation>Impossible de lire le fichier de mot de passe {path} : {reason} ; rien n'a été écrit</translation>
        </message>
        <message>
            <source>The password file {path} is over {most} KB: not a password file? Nothing was written</source>
            <translation>Le fichier de mot de passe {path} dépasse {most} Ko : est-ce bien un fichier de mot de passe ? Rien n'a été écrit</translation>
        </message>
        <message>
            <source>The password file {path} is not UTF-8 text; nothing was written</source>
            <translation>Le fichier de mot de passe {path} n'est pas du texte UTF-8 ; rien n'a été écrit</translation>
        </message>
        <message>
            <source>The password file {path} is empty (its first line holds the password); nothing was written</source>
            <translation>Le fichier de mot de passe {path} est vide (sa première ligne contient le mot de passe) ; rien n'a été écrit</translation>
        </message>
        <message>
            <source>PDF passwords need the pyaes package (AES-256), which is missing; reinstall MineralsDesk (nothing was written)</source>
            <translation>Les mots de passe PDF exigent le paquet pyaes (AES-256), absent ; réinstallez MineralsDesk (rien n'a été écrit)</translation>
        </message>
        <message>
            <source>The workbook could not be encrypted ({reason}); nothing was written</source>
            <translation>Le classeur n'a pas pu être chiffré ({reason}) ; rien n'a été écrit</translation>
        </message>
        <message>
            <source>{name} is over {most} MB; workbooks that large are not imported</source>
            <translation>{name} dépasse {most} Mo ; des classeurs aussi grands ne sont pas importés</translation>
        </message>
        <message>
            <source>{name} is not a password-protected Excel workbook</source>
            <translation>{name} n'est pas un classeur Excel protégé par mot de passe</translation>
        </message>
        <message>
            <source>{name}: its encryption header is oversized; refused</source>
            <translation>{name} : son en-tête de chiffrement est trop grand ; refusé</translation>
        </message>
        <message>
            <source>{name} could not be read as a password-protected workbook (damaged?)</source>
            <translation>{name} n'a pas pu être lu comme classeur protégé par mot de passe (endommagé ?)</translation>
        </message>
        <message>
            <source>{name}: its encrypted package is empty; refused</source>
            <translation>{name} : son paquet chiffré est vide ; refusé</translation>
        </message>
        <message>
            <source>{name} would decrypt to {size} MB; workbooks over {most} MB are not imported</source>
            <translation>{name} ferait {size} Mo une fois déchiffré ; les classeurs de plus de {most} Mo ne sont pas importés</translation>
        </message>
        <message>
            <source>Brackets nested more than {limit} deep at character {pos}</source>
            <translation>Crochets imbriqués sur plus de {limit} niveaux au caractère {pos}</translation>
        </message>
        <message>
            <source>Unbalanced bracket: ']' at character {pos} has no opening '['</source>
            <translation>Crochet non apparié : le ']' au caractère {pos} n'a pas de '[' ouvrant</translation>
        </message>
        <message>
            <source>Unclosed '[' at character {pos}; {more} more unclosed after it</source>
            <translation>'[' non fermé au caractère {pos} ; {more} autre(s) non fermé(s) après</translation>
        </message>
        <message>
            <source>Unclosed '[' at character {pos}</source>
            <translation>'[' non fermé au caractère {pos}</translation>
        </message>
        <message>
            <source>{what} must not be empty</source>
            <translation>{what} ne doit pas être vide</translation>
        </message>
        <message>
            <source>Red lines, fallbacks and internal notes are kept for our own party only</source>
            <translation>Les lignes rouges, positions de repli et notes internes ne concernent que notre propre partie</translation>
        </message>
        <message>
            <source>Clause text must not be empty</source>
            <translation>Le texte de la clause ne doit pas être vide</translation>
        </message>
        <message>
            <source>Unknown party {code!r}; known parties: {known}</source>
            <translation>Partie inconnue {code!r} ; parties connues : {known}</translation>
        </message>
        <message>
            <source>A compliance score is -1, 0 or +1</source>
            <translation>Une note de conformité vaut -1, 0 ou +1</translation>
        </message>
        <message>
            <source>That round belongs to another track</source>
            <translation>Ce cycle de négociation appartient à un autre volet</translation>
        </message>
        <message>
            <source>Give the due date either as a date or relative to an event, not both</source>
            <translation>Indiquez l'échéance soit par une date, soit par rapport à un événement, pas les deux</translation>
        </message>
        <message>
            <source>Initials are 1 to 4 letters</source>
            <translation>Les initiales comptent 1 à 4 lettres</translation>
        </message>
        <message>
            <source>A note holds at most {limit:,} characters</source>
            <translation>Une note contient au plus {limit:,} caractères</translation>
        </message>
        <message>
            <source>An attachment's SHA-256 must be 64 hexadecimal digits</source>
            <translation>Le SHA-256 d'une pièce jointe doit compter 64 chiffres hexadécimaux</translation>
        </message>
        <message>
            <source>An attachment's size cannot be negative</source>
            <translation>La taille d'une pièce jointe ne peut pas être négative</translation>
        </message>
        <message>
            <source>Exactly one party must be ours; the log has {count}</source>
            <translation>Une seule partie doit être la nôtre ; le journal en a {count}</translation>
        </message>
        <message>
            <source>A clause cannot go from '{old}' to '{new}': a drafted clause must be proposed or negotiated before it can be agreed.</source>
            <translation>Une clause ne peut pas passer de '{old}' à '{new}' : une clause rédigée doit être proposée ou négociée avant d'être agréée.</translation>
        </message>
        <message>
            <source>A clause cannot go from '{old}' to '{new}': a dropped clause can only be reopened as drafted, proposed or under negotiation.</source>
            <translation>Une clause ne peut pas passer de '{old}' à '{new}' : une clause abandonnée ne peut être rouverte que comme rédigée, proposée ou en négociation.</translation>
        </message>
        <message>
            <source>A clause cannot go from '{old}' to '{new}': from '{old}' it can move to {options}.</source>
            <translation>Une clause ne peut pas passer de '{old}' à '{new}' : depuis '{old}', elle peut passer à {options}.</translation>
        </message>
        <message>
            <source>Cannot attach to {value!r}; use track, round, clause or commitment</source>
            <translation>Impossible de joindre à {value!r} ; utilisez track, round, clause ou commitment</translation>
        </message>
        <message>
            <source>The attachment size cap must be at least 1 MB</source>
            <translation>La limite de taille des pièces jointes doit être d'au moins 1 Mo</translation>
        </message>
        <message>
            <source>The content of {file} is missing from the log (run check)</source>
            <translation>Le contenu de {file} manque dans le journal (lancez check)</translation>
        </message>
        <message>
            <source>No attachment with id {ref}</source>
            <translation>Aucune pièce jointe d'identifiant {ref}</translation>
        </message>
        <message>
            <source>{count} attachments have an id starting {ref}; give more of it</source>
            <translation>{count} pièces jointes ont un identifiant commençant par {ref} ; donnez-en davantage</translation>
        </message>
        <message>
            <source>No {kind} {ref!r} (give {hint})</source>
            <translation>Aucun(e) {kind} {ref!r} (indiquez {hint})</translation>
        </message>
        <message>
            <source>The content given for {file} is not the one it had</source>
            <translation>Le contenu fourni pour {file} n'est pas celui d'origine</translation>
        </message>
        <message>
            <source>Give the attached file a name</source>
            <translation>Donnez un nom au fichier joint</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translation>Impossible de lire {file} : {reason}</translation>
        </message>
        <message>
            <source>{name} is a MineralsDesk log, not a paper (every red line is inside it); nothing was attached. To pass a log on, use backup or a shareable export</source>
            <translation>{name} est un journal MineralsDesk, pas un document (toutes les lignes rouges s'y trouvent) ; rien n'a été joint. Pour transmettre un journal, utilisez une sauvegarde ou un export partageable</translation>
        </message>
        <message>
            <source>{name} is {size:.1f} MB, over this log's {cap} MB cap a file; nothing was attached (raise the cap in the settings or attach a smaller file)</source>
            <translation>{name} fait {size:.1f} Mo, au-delà de la limite de {cap} Mo par fichier de ce journal ; rien n'a été joint (relevez la limite dans les paramètres ou joignez un fichier plus petit)</translation>
        </message>
        <message>
            <source>An author name must have 1 to {limit} characters</source>
            <translation>Un nom d'auteur doit compter 1 à {limit} caractères</translation>
        </message>
        <message>
            <source>Unknown party {code!r} for author {name!r}; known parties: {known}</source>
            <translation>Partie inconnue {code!r} pour l'auteur {name!r} ; parties connues : {known}</translation>
        </message>
        <message>
            <source>{file} fails its check ({problem}); nothing was restored</source>
            <translation>{file} échoue à la vérification ({problem}) ; rien n'a été restauré</translation>
        </message>
        <message>
            <source>No backup at {backup}</source>
            <translation>Aucune sauvegarde à {backup}</translation>
        </message>
        <message>
            <source>That backup is the log itself; choose another file</source>
            <translation>Cette sauvegarde est le journal lui-même ; choisissez un autre fichier</translation>
        </message>
        <message>
            <source>{file} is read-only (the file or its folder cannot be written); nothing was restored and no backup was taken</source>
            <translation>{file} est en lecture seule (le fichier ou son dossier n'est pas accessible en écriture) ; rien n'a été restauré et aucune sauvegarde n'a été faite</translation>
        </message>
        <message>
            <source>Journal files of a former log remain beside {file}; move them away first</source>
            <translation>Des fichiers de transaction d'un ancien journal restent à côté de {file} ; déplacez-les d'abord</translation>
        </message>
        <message>
            <source>{file} cannot be read and has journal files beside it; nothing was restored (restore to another name instead)</source>
            <translation>{file} est illisible et des fichiers de transaction se trouvent à côté ; rien n'a été restauré (restaurez plutôt sous un autre nom)</translation>
        </message>
        <message>
            <source>This log is open read-only</source>
            <translation>Ce journal est ouvert en lecture seule</translation>
        </message>
        <message>
            <source>The change log itself is broken ({problem}); restore a backup instead of trusting it</source>
            <translation>L'historique des modifications lui-même est rompu ({problem}) ; restaurez une sauvegarde plutôt que de vous y fier</translation>
        </message>
        <message>
            <source>the dump's history does not verify ({problem}); nothing was imported (to take its records alone as a new starting point, import it with --new-start)</source>
            <translation>l'historique du dump ne se vérifie pas ({problem}) ; rien n'a été importé (pour repartir de ses seuls enregistrements, importez-le avec --new-start)</translation>
        </message>
        <message>
            <source>Round {number} ({date}) is before the round of the current version; versions of past rounds are read-only</source>
            <translation>Le cycle {number} ({date}) précède celui de la version actuelle ; les versions des cycles passés sont en lecture seule</translation>
        </message>
        <message>
            <source>A clause keeps at least its first version</source>
            <translation>Une clause garde au moins sa première version</translation>
        </message>
        <message>
            <source>That comment is on another record; a reply goes on the same one</source>
            <translation>Ce commentaire porte sur un autre enregistrement ; une réponse va sur le même</translation>
        </message>
        <message>
            <source>A comment's {fields} cannot be changed</source>
            <translation>Les champs {fields} d'un commentaire ne peuvent pas être modifiés</translation>
        </message>
        <message>
            <source>No {kind} with id {target_id}</source>
            <translation>Aucun(e) {kind} d'identifiant {target_id}</translation>
        </message>
        <message>
            <source>A comment goes on a {kinds}</source>
            <translation>Un commentaire porte sur : {kinds}</translation>
        </message>
        <message>
            <source>A comment's audience is internal or shareable</source>
            <translation>Le public d'un commentaire est internal ou shareable</translation>
        </message>
        <message>
            <source>An assessment's audience is internal or shareable</source>
            <translation>Le public d'une évaluation est internal ou shareable</translation>
        </message>
        <message>
            <source>{path} already exists; choose another name</source>
            <translation>{path} existe déjà ; choisissez un autre nom</translation>
        </message>
        <message>
            <source>cannot build the demo log: its attached papers (attachments/index.json) are missing or malformed ({kind})</source>
            <translation>impossible de créer le journal de démonstration : ses documents joints (attachments/index.json) manquent ou sont mal formés ({kind})</translation>
        </message>
        <message>
            <source>cannot build the demo log: a clause in its data files has the status {status!r}; known: {known}</source>
            <translation>impossible de créer le journal de démonstration : une clause de ses fichiers de données a le statut {status!r} ; connus : {known}</translation>
        </message>
        <message>
            <source>cannot build the demo log: its data file {path} {problem}</source>
            <extracomment>file -&gt; its top-level keys; every key is required the field that names a record of each table others refer to</extracomment>
            <translation>impossible de créer le journal de démonstration : son fichier de données {path} {problem}</translation>
        </message>
        <message>
            <source>cannot build the demo log: in its data file {path}, {place} {problem}</source>
            <translation>impossible de créer le journal de démonstration : dans son fichier de données {path}, {place} {problem}</translation>
        </message>
        <message>
            <source>The converted copy fails its check ({problem}); nothing was changed</source>
            <translation>La copie convertie échoue à la vérification ({problem}) ; rien n'a été modifié</translation>
        </message>
        <message>
            <source>{file} is encrypted already; to change its passphrase use change-passphrase (nothing was changed)</source>
            <translation>{file} est déjà chiffré ; pour changer sa phrase secrète, utilisez change-passphrase (rien n'a été modifié)</translation>
        </message>
        <message>
            <source>{file} is not encrypted; nothing was changed</source>
            <translation>{file} n'est pas chiffré ; rien n'a été modifié</translation>
        </message>
        <message>
            <source>{file} is not encrypted; encrypt it instead (nothing was changed)</source>
            <translation>{file} n'est pas chiffré ; chiffrez-le plutôt (rien n'a été modifié)</translation>
        </message>
        <message>
            <source>Passphrase file {path} is a folder</source>
            <translation>Le fichier de phrase secrète {path} est un dossier</translation>
        </message>
        <message>
            <source>Cannot read passphrase file {path} ({strerror})</source>
            <translation>Impossible de lire le fichier de phrase secrète {path} ({strerror})</translation>
        </message>
        <message>
            <source>Passphrase file {path} is over {limit} bytes; it should hold one line</source>
            <translation>Le fichier de phrase secrète {path} dépasse {limit} octets ; il doit tenir sur une ligne</translation>
        </message>
        <message>
            <source>Passphrase file {path} is not UTF-8 text</source>
            <translation>Le fichier de phrase secrète {path} n'est pas du texte UTF-8</translation>
        </message>
        <message>
            <source>Passphrase file {path} is empty</source>
            <translation>Le fichier de phrase secrète {path} est vide</translation>
        </message>
        <message>
            <source>Passphrase file {path} holds more than one line</source>
            <translation>Le fichier de phrase secrète {path} contient plus d'une ligne</translation>
        </message>
        <message>
            <source>Folder {parent} does not exist</source>
            <translation>Le dossier {parent} n'existe pas</translation>
        </message>
        <message>
            <source>Cannot create {path}: {strerror}</source>
            <translation>Impossible de créer {path} : {strerror}</translation>
        </message>
        <message>
            <source>{file} is an encrypted database of another application; it was left untouched</source>
            <translation>{file} est une base chiffrée d'une autre application ; il n'a pas été modifié</translation>
        </message>
        <message>
            <source>{file} is damaged ({exc}); it was left untouched</source>
            <translation>{file} est endommagé ({exc}) ; il n'a pas été modifié</translation>
        </message>
        <message>
            <source>{file} is damaged ({problem}); it was left untouched</source>
            <translation>{file} est endommagé ({problem}) ; il n'a pas été modifié</translation>
        </message>
        <message>
            <source>{name} is damaged ({problem}); it was left untouched</source>
            <translation>{name} est endommagé ({problem}) ; il n'a pas été modifié</translation>
        </message>
        <message>
            <source>{name} is an encrypted database of another application</source>
            <translation>{name} est une base chiffrée d'une autre application</translation>
        </message>
        <message>
            <source>{name} was replaced by another log while this window was locked; open it with File &gt; Open</source>
            <translation>{name} a été remplacé par un autre journal pendant que cette fenêtre était verrouillée ; ouvrez-le avec Fichier &gt; Ouvrir</translation>
        </message>
        <message>
            <source>{name} was changed by another version of MineralsDesk while this window was locked; open it with File &gt; Open</source>
            <translation>{name} a été modifié par une autre version de MineralsDesk pendant que cette fenêtre était verrouillée ; ouvrez-le avec Fichier &gt; Ouvrir</translation>
        </message>
        <message>
            <source>{file} was written by a newer MineralsDesk (log schema {version}; this build knows up to {latest}). Install a newer version to open it.</source>
            <translation>{file} a été écrit par un MineralsDesk plus récent (schéma {version} ; cette version connaît jusqu'au {latest}). Installez une version plus récente pour l'ouvrir.</translation>
        </message>
        <message>
            <source>That clause belongs to another track than the round</source>
            <translation>Cette clause appartient à un autre volet que le cycle</translation>
        </message>
        <message>
            <source>That bracket is not one of the clause's</source>
            <translation>Ce crochet n'appartient pas à la clause</translation>
        </message>
        <message>
            <source>Unknown signal {value!r}; use one of: {signals}</source>
            <translation>Signal inconnu {value!r} ; utilisez l'un de : {signals}</translation>
        </message>
        <message>
            <source>Unknown topic {name!r}; topics: {topics}</source>
            <translation>Thème inconnu {name!r} ; thèmes : {topics}</translation>
        </message>
        <message>
            <source>Name a clause as TRACK:REF (e.g. MOU:Art. 5), not {label!r}</source>
            <translation>Désignez une clause sous la forme TRACK:REF (p. ex. MOU:Art. 5), pas {label!r}</translation>
        </message>
        <message>
            <source>No clause {ref!r} in {track}; its clauses: {clauses}</source>
            <translation>Aucune clause {ref!r} dans {track} ; ses clauses : {clauses}</translation>
        </message>
        <message>
            <source>{text!r} names clauses of several tracks; write it as TRACK REF (e.g. '{track} {ref}')</source>
            <translation>{text!r} désigne des clauses de plusieurs volets ; écrivez TRACK REF (p. ex. '{track} {ref}')</translation>
        </message>
        <message>
            <source>No clause {text!r}</source>
            <translation>Aucune clause {text!r}</translation>
        </message>
        <message>
            <source>No round {text!r}; write it as TRACK NUMBER (e.g. 'MOU 2') or give its id</source>
            <translation>Aucun cycle {text!r} ; écrivez TRACK NUMÉRO (p. ex. 'MOU 2') ou donnez son identifiant</translation>
        </message>
        <message>
            <source>No bracket {text!r}; write it as CLAUSE#N (the N-th open bracket) or give its id</source>
            <translation>Aucun crochet {text!r} ; écrivez CLAUSE#N (le N-ième crochet ouvert) ou donnez son identifiant</translation>
        </message>
        <message>
            <source>No single commitment starting {text!r}; give more of its text or its id</source>
            <translation>Aucun engagement unique ne commence par {text!r} ; donnez plus de son texte ou son identifiant</translation>
        </message>
        <message>
            <source>No track {text!r}</source>
            <translation>Aucun volet {text!r}</translation>
        </message>
        <message>
            <source>Reminder days must be a whole number from 0 (no reminder) to {limit}</source>
            <translation>Les jours de rappel sont un nombre entier de 0 (aucun rappel) à {limit}</translation>
        </message>
        <message>
            <source>No delegation member {key!r}; known initials: {known}</source>
            <translation>Aucun membre de la délégation {key!r} ; initiales connues : {known}</translation>
        </message>
        <message>
            <source>No delegation member with id {member_id}</source>
            <translation>Aucun membre de la délégation d'identifiant {member_id}</translation>
        </message>
        <message>
            <source>{name} is named by {uses} note(s), intervention(s) or ownership(s); mark them inactive instead, so those keep their author</source>
            <translation>{name} est cité par {uses} note(s), intervention(s) ou attribution(s) ; marquez ce membre inactif plutôt, pour qu'elles gardent leur auteur</translation>
        </message>
        <message>
            <source>The initials {initials} are taken by {other}</source>
            <translation>Les initiales {initials} sont déjà prises par {other}</translation>
        </message>
        <message>
            <source>A sync file is sealed with the delegation's passphrase: give --passphrase-file (an encrypted log uses its own passphrase)</source>
            <translation>Un fichier de synchronisation est scellé par la phrase secrète de la délégation : indiquez --passphrase-file (un journal chiffré utilise la sienne)</translation>
        </message>
        <message>
            <source>{name}: an attached file's bytes do not match their SHA-256 ({digest}); nothing was imported</source>
            <translation>{name} : les octets d'un fichier joint ne correspondent pas à leur SHA-256 ({digest}) ; rien n'a été importé</translation>
        </message>
        <message>
            <source>Cannot read {name}: {strerror}</source>
            <translation>Impossible de lire {name} : {strerror}</translation>
        </message>
        <message>
            <source>{name} is not a MineralsDesk sync file; nothing was imported</source>
            <translation>{name} n'est pas un fichier de synchronisation MineralsDesk ; rien n'a été importé</translation>
        </message>
        <message>
            <source>{name} uses sync-file version {version}; this build reads version {known}</source>
            <translation>{name} utilise la version {version} du fichier de synchronisation ; cette version lit la {known}</translation>
        </message>
        <message>
            <source>{name} is damaged (its header cannot be read); nothing was imported</source>
            <translation>{name} est endommagé (son en-tête est illisible) ; rien n'a été importé</translation>
        </message>
        <message>
            <source>{name} comes from another delegation's log; nothing was imported</source>
            <translation>{name} provient du journal d'une autre délégation ; rien n'a été importé</translation>
        </message>
        <message>
            <source>{name} was written by this laptop; import it on the colleague's</source>
            <translation>{name} a été écrit par cet ordinateur ; importez-le sur celui du collègue</translation>
        </message>
        <message>
            <source>{name} was written for another laptop ({receiver}); nothing was imported</source>
            <translation>{name} a été écrit pour un autre ordinateur ({receiver}) ; rien n'a été importé</translation>
        </message>
        <message>
            <source>{name} cannot be opened: wrong passphrase, or the file was altered; nothing was imported</source>
            <translation>{name} ne peut pas être ouvert : phrase secrète erronée ou fichier altéré ; rien n'a été importé</translation>
        </message>
        <message>
            <source>{name}: laptop {short}'s change {seq} does not match its hash; nothing was imported</source>
            <translation>{name} : la modification {seq} de l'ordinateur {short} ne correspond pas à son empreinte ; rien n'a été importé</translation>
        </message>
        <message>
            <source>{name}: laptop {short}'s changes are not a chain at {seq}; nothing was imported</source>
            <translation>{name} : les modifications de l'ordinateur {short} ne forment pas une chaîne à {seq} ; rien n'a été importé</translation>
        </message>
        <message>
            <source>{name}: laptop {short}'s history was rewritten at change {seq}; nothing was imported</source>
            <translation>{name} : l'historique de l'ordinateur {short} a été réécrit à la modification {seq} ; rien n'a été importé</translation>
        </message>
        <message>
            <source>{name} is out of order: it starts at laptop {short}'s change {seq}, but this log holds only up to {held}; import the earlier file first</source>
            <translation>{name} arrive dans le désordre : il commence à la modification {seq} de l'ordinateur {short}, mais ce journal ne va que jusqu'à {held} ; importez d'abord le fichier précédent</translation>
        </message>
        <message>
            <source>No open sync conflict {conflict_id} (see `mineralsdesk sync conflicts`)</source>
            <translation>Aucun conflit de synchronisation ouvert {conflict_id} (voir `mineralsdesk sync conflicts`)</translation>
        </message>
        <message>
            <source>{entity} {entity_id} was deleted on this laptop: only --ours can settle this conflict</source>
            <translation>{entity} {entity_id} a été supprimé sur cet ordinateur : seul --ours peut régler ce conflit</translation>
        </message>
        <message>
            <source>A creation or deletion conflict is settled with --ours (re-enter the record by hand)</source>
            <translation>Un conflit de création ou de suppression se règle avec --ours (ressaisissez l'enregistrement à la main)</translation>
        </message>
        <message>
            <source>{file} was not written</source>
            <translation>{file} n'a pas été écrit</translation>
        </message>
        <message>
            <source>The sync file changes a field this version does not know ({table}.{field}); update MineralsDesk, then import it again</source>
            <translation>Le fichier de synchronisation modifie un champ que cette version ne connaît pas ({table}.{field}) ; mettez MineralsDesk à jour, puis importez-le de nouveau</translation>
        </message>
        <message>
            <source>No open sync conflict {conflict_id}; it was settled already</source>
            <translation>Aucun conflit de synchronisation ouvert {conflict_id} ; il a déjà été réglé</translation>
        </message>
        <message>
            <source>Party {code} exists already</source>
            <translation>La partie {code} existe déjà</translation>
        </message>
        <message>
            <source>No track {ref!r}; tracks: {tracks}</source>
            <translation>Aucun volet {ref!r} ; volets : {tracks}</translation>
        </message>
        <message>
            <source>Track {ref} exists already</source>
            <translation>Le volet {ref} existe déjà</translation>
        </message>
        <message>
            <source>This track has rounds, clauses or commitments; it cannot be removed</source>
            <translation>Ce volet a des cycles, des clauses ou des engagements ; il ne peut pas être supprimé</translation>
        </message>
        <message>
            <source>This round has clause versions or positions; it cannot be removed</source>
            <translation>Ce cycle a des versions de clauses ou des positions ; il ne peut pas être supprimé</translation>
        </message>
        <message>
            <source>{name} is too short to be an encrypted log; nothing was changed</source>
            <translation>{name} est trop court pour être un journal chiffré ; rien n'a été modifié</translation>
        </message>
        <message>
            <source>The passphrase is empty</source>
            <translation>La phrase secrète est vide</translation>
        </message>
        <message>
            <source>The passphrase contains a NUL character</source>
            <translation>La phrase secrète contient un caractère NUL</translation>
        </message>
        <message>
            <source>The passphrase is longer than {limit} characters</source>
            <translation>La phrase secrète dépasse {limit} caractères</translation>
        </message>
        <message>
            <source>The passphrase has {count} characters; use at least {minimum}</source>
            <translation>La phrase secrète compte {count} caractères ; utilisez-en au moins {minimum}</translation>
        </message>
        <message>
            <source>Wrong passphrase for {name} (or it is not a MineralsDesk log); nothing was changed</source>
            <translation>Phrase secrète erronée pour {name} (ou ce n'est pas un journal MineralsDesk) ; rien n'a été modifié</translation>
        </message>
        <message>
            <source>No log at {path}</source>
            <translation>Aucun journal à {path}</translation>
        </message>
        <message>
            <source>{path} is a folder, not a MineralsDesk log</source>
            <translation>{path} est un dossier, pas un journal MineralsDesk</translation>
        </message>
        <message>
            <source>Cannot read {path}: {strerror}</source>
            <translation>Impossible de lire {path} : {strerror}</translation>
        </message>
        <message>
            <source>{file} is encrypted (or is not a MineralsDesk log): give its passphrase to open it</source>
            <translation>{file} est chiffré (ou n'est pas un journal MineralsDesk) : donnez sa phrase secrète pour l'ouvrir</translation>
        </message>
        <message>
            <source>{path} is not a MineralsDesk log ({what}); it was left untouched</source>
            <translation>{path} n'est pas un journal MineralsDesk ({what}) ; il n'a pas été modifié</translation>
        </message>
        <message>
            <source>{path} is not a MineralsDesk log (truncated header); it was left untouched</source>
            <translation>{path} n'est pas un journal MineralsDesk (en-tête tronqué) ; il n'a pas été modifié</translation>
        </message>
        <message>
            <source>{path} is an SQLite file of another application; it was left untouched</source>
            <translation>{path} est un fichier SQLite d'une autre application ; il n'a pas été modifié</translation>
        </message>
        <message>
            <source>{file} is not encrypted: open it without a passphrase (nothing was changed)</source>
            <translation>{file} n'est pas chiffré : ouvrez-le sans phrase secrète (rien n'a été modifié)</translation>
        </message>
        <message>
            <source>Cannot switch {path} to WAL journaling (got {mode})</source>
            <translation>Impossible de passer {path} en journalisation WAL (obtenu : {mode})</translation>
        </message>
        <message>
            <source>The disk is full: {outcome} and the log is unchanged. Free some space and try again.</source>
            <translation>Le disque est plein : {outcome} et le journal est inchangé. Libérez de l'espace et réessayez.</translation>
        </message>
        <message>
            <source>The disk reported a write error: {outcome}. Check the drive, then run `mineralsdesk check`.</source>
            <translation>Le disque a signalé une erreur d'écriture : {outcome}. Vérifiez le lecteur, puis lancez `mineralsdesk check`.</translation>
        </message>
        <message>
            <source>The file cannot be written (read-only file or medium): {outcome}.</source>
            <translation>Le fichier ne peut pas être écrit (fichier ou support en lecture seule) : {outcome}.</translation>
        </message>
        <message>
            <source>The log is busy: another window or program is writing to it. Try again.</source>
            <translation>Le journal est occupé : une autre fenêtre ou un autre programme y écrit. Réessayez.</translation>
        </message>
        <message>
            <source>The log is open in another window or program; close it first</source>
            <translation>Le journal est ouvert dans une autre fenêtre ou un autre programme ; fermez-le d'abord</translation>
        </message>
        <message>
            <source>'{table}' must be a list of records</source>
            <translation>'{table}' doit être une liste d'enregistrements</translation>
        </message>
        <message>
            <source>'{table}' record {number}</source>
            <translation>enregistrement {number} de '{table}'</translation>
        </message>
        <message>
            <source>{where} is not an object</source>
            <translation>{where} n'est pas un objet</translation>
        </message>
        <message>
            <source>{where}, field '{name}': a value of the wrong type</source>
            <translation>{where}, champ '{name}' : valeur d'un type incorrect</translation>
        </message>
        <message>
            <source>{where} is not valid: {kind}</source>
            <translation>{where} n'est pas valide : {kind}</translation>
        </message>
        <message>
            <source>{where} has a value of the wrong type</source>
            <translation>{where} a une valeur d'un type incorrect</translation>
        </message>
        <message>
            <source>{where}: {exc}</source>
            <translation>{where} : {exc}</translation>
        </message>
        <message>
            <source>'{section}' {noun} {number} has unknown fields: {shown}</source>
            <translation>'{section}' {noun} {number} a des champs inconnus : {shown}</translation>
        </message>
        <message>
            <source>'{section}' {noun} {number} lacks fields: {fields}</source>
            <translation>'{section}' {noun} {number} : champs manquants : {fields}</translation>
        </message>
        <message>
            <source>'changes' must be a list of change-log entries with the documented fields</source>
            <translation>'changes' doit être une liste d'entrées de l'historique des modifications avec les champs documentés</translation>
        </message>
        <message>
            <source>'changes' entry {entry} is not an object</source>
            <translation>l'entrée {entry} de 'changes' n'est pas un objet</translation>
        </message>
        <message>
            <source>'changes' entry {entry}, field '{name}': a value of the wrong type</source>
            <translation>entrée {entry} de 'changes', champ '{name}' : valeur d'un type incorrect</translation>
        </message>
        <message>
            <source>'blobs' must be a list of attached file contents</source>
            <translation>'blobs' doit être une liste de contenus de fichiers joints</translation>
        </message>
        <message>
            <source>'blobs' entry {entry} is not an object</source>
            <translation>l'entrée {entry} de 'blobs' n'est pas un objet</translation>
        </message>
        <message>
            <source>'blobs' entry {entry}: a value of the wrong type</source>
            <translation>entrée {entry} de 'blobs' : valeur d'un type incorrect</translation>
        </message>
        <message>
            <source>'blobs' entry {entry}: its base64 does not decode</source>
            <translation>entrée {entry} de 'blobs' : son base64 ne se décode pas</translation>
        </message>
        <message>
            <source>'blobs' entry {entry}: its bytes do not match their size and SHA-256</source>
            <translation>entrée {entry} de 'blobs' : ses octets ne correspondent pas à leur taille et SHA-256</translation>
        </message>
        <message>
            <source>A dump can only be imported into a new, empty log</source>
            <translation>Un dump ne peut être importé que dans un journal neuf et vide</translation>
        </message>
        <message>
            <source>unknown sections in the dump: {sections}</source>
            <translation>sections inconnues dans le dump : {sections}</translation>
        </message>
        <message>
            <source>'meta' must map setting names to text</source>
            <translation>'meta' doit associer des noms de paramètres à du texte</translation>
        </message>
        <message>
            <source>'parties': {exc}</source>
            <translation>'parties' : {exc}</translation>
        </message>
        <message>
            <source>the dump's records contradict each other ({exc})</source>
            <translation>les enregistrements du dump se contredisent ({exc})</translation>
        </message>
        <message>
            <source>'{table}' refers to a missing record in '{parent}'</source>
            <translation>'{table}' renvoie à un enregistrement absent de '{parent}'</translation>
        </message>
        <message>
            <source>the change log in the dump was edited ({problem}); nothing was imported (to take its records alone as a new starting point, import it with --new-start)</source>
            <translation>l'historique des modifications du dump a été retouché ({problem}) ; rien n'a été importé (pour repartir de ses seuls enregistrements, importez-le avec --new-start)</translation>
        </message>
        <message>
            <source>{target} is a folder; give a file name to write</source>
            <translation>{target} est un dossier ; donnez un nom de fichier à écrire</translation>
        </message>
        <message>
            <source>{target} is the open log ({log_name}); nothing was written</source>
            <translation>{target} est le journal ouvert ({log_name}) ; rien n'a été écrit</translation>
        </message>
        <message>
            <source>{target} is the open log journal ({log_name}); nothing was written</source>
            <translation>{target} est le fichier de transaction du journal ouvert ({log_name}) ; rien n'a été écrit</translation>
        </message>
        <message>
            <source>{target} is the journal of a MineralsDesk log; nothing was written</source>
            <translation>{target} est le fichier de transaction d'un journal MineralsDesk ; rien n'a été écrit</translation>
        </message>
        <message>
            <source>{target} cannot be read, so it cannot be checked that it is not a log; nothing was written</source>
            <translation>{target} est illisible : impossible de vérifier que ce n'est pas un journal ; rien n'a été écrit</translation>
        </message>
        <message>
            <source>{target} is a MineralsDesk log; choose another name (nothing was written)</source>
            <translation>{target} est un journal MineralsDesk ; choisissez un autre nom (rien n'a été écrit)</translation>
        </message>
        <message>
            <source>{file} does not end in {suffix}; name the file NAME{suffix} (nothing was written)</source>
            <translation>{file} ne se termine pas par {suffix} ; nommez le fichier NOM{suffix} (rien n'a été écrit)</translation>
        </message>
        <message>
            <source>{file} cannot be decompressed ({exc})</source>
            <translation>{file} ne peut pas être décompressé ({exc})</translation>
        </message>
        <message>
            <source>The log is open in another window or program; close it first (nothing was changed)</source>
            <translation>Le journal est ouvert dans une autre fenêtre ou un autre programme ; fermez-le d'abord (rien n'a été modifié)</translation>
        </message>
        <message>
            <source>{folder} or {file} cannot be written; nothing was changed</source>
            <translation>{folder} ou {file} n'est pas accessible en écriture ; rien n'a été modifié</translation>
        </message>
        <message>
            <source>Cannot write beside {file} ({strerror}); nothing was changed</source>
            <translation>Impossible d'écrire à côté de {file} ({strerror}) ; rien n'a été modifié</translation>
        </message>
        <message>
            <source>The converted copy has different row counts; nothing was changed</source>
            <translation>La copie convertie n'a pas le même nombre de lignes ; rien n'a été modifié</translation>
        </message>
        <message>
            <source>{file} is not a MineralsDesk log; nothing was changed</source>
            <translation>{file} n'est pas un journal MineralsDesk ; rien n'a été modifié</translation>
        </message>
        <message>
            <source>The converted copy fails SQLite's quick_check; nothing was changed</source>
            <translation>La copie convertie échoue au quick_check de SQLite ; rien n'a été modifié</translation>
        </message>
        <message>
            <source>No {record} with id {record_id}</source>
            <translation>Aucun(e) {record} d'identifiant {record_id}</translation>
        </message>
        <message>
            <source>This {record} was changed elsewhere since it was shown (another window or program); the view has been refreshed, please redo the edit.</source>
            <translation>Cet élément ({record}) a été modifié ailleurs depuis son affichage (autre fenêtre ou programme) ; la vue a été actualisée, refaites la modification.</translation>
        </message>
        <message>
            <source>Cannot search for that: try plain words or "a phrase"</source>
            <translation>Recherche impossible : essayez des mots simples ou "une expression"</translation>
        </message>
        <message>
            <source>{operator} needs a word on each side</source>
            <translation>{operator} demande un mot de chaque côté</translation>
        </message>
        <message>
            <source>-word leaves a word out: add a word to search for, e.g. lithium -cobalt</source>
            <translation>-mot exclut un mot : ajoutez un mot à rechercher, p. ex. lithium -cobalt</translation>
        </message>
        <message>
            <source>Type a word to search for</source>
            <translation>Tapez un mot à rechercher</translation>
        </message>
        <message>
            <source>A quotation mark is not closed</source>
            <translation>Un guillemet n'est pas fermé</translation>
        </message>
        <message>
            <source>A distance such as , 5 belongs inside NEAR(word word, 5)</source>
            <translation>Une distance comme , 5 se place dans NEAR(mot mot, 5)</translation>
        </message>
        <message>
            <source>A parenthesis is not matched</source>
            <translation>Une parenthèse n'est pas appariée</translation>
        </message>
        <message>
            <source>NEAR(...) takes words and "phrases" only, e.g. NEAR(price floor, 5)</source>
            <translation>NEAR(...) n'accepte que des mots et des "expressions", p. ex. NEAR(price floor, 5)</translation>
        </message>
        <message>
            <source>NEAR needs two or more words, e.g. NEAR(price floor, 5)</source>
            <translation>NEAR demande au moins deux mots, p. ex. NEAR(price floor, 5)</translation>
        </message>
        <message>
            <source>This log has no workbook key yet; open it for writing once, then export again</source>
            <translation>Ce journal n'a pas encore de clé de classeur ; ouvrez-le une fois en écriture, puis exportez de nouveau</translation>
        </message>
        <message>
            <source>{name}: an Excel summary must end in .xlsx</source>
            <translation>{name} : une synthèse Excel doit se terminer par .xlsx</translation>
        </message>
        <message>
            <source>{name} was not exported from this log (it has no workbook key yet)</source>
            <translation>{name} n'a pas été exporté depuis ce journal (il n'a pas encore de clé de classeur)</translation>
        </message>
        <message>
            <source>{cell}: a shareable workbook cannot change internal fields; nothing was applied</source>
            <translation>{cell} : un classeur partageable ne peut pas modifier les champs internes; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{name}: the log refused a change ({reason}); nothing was applied</source>
            <translation>{name} : le journal a refusé une modification ({reason}); rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: the Record id matches nothing in this log (was it deleted, or is the workbook from another log?); nothing was applied</source>
            <translation>{cell} : l'identifiant ne correspond à rien dans ce journal (a-t-il été supprimé, ou le classeur vient-il d'un autre journal ?); rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: {reason} Nothing was applied.</source>
            <translation>{cell} : {reason} Rien n'a été appliqué.</translation>
        </message>
        <message>
            <source>{cell}: {reason}; nothing was applied</source>
            <translation>{cell} : {reason}; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{name} is not a MineralsDesk Excel summary (it has no Summary sheet); only workbooks exported by MineralsDesk can be imported</source>
            <translation>{name} n'est pas une synthèse Excel MineralsDesk (elle n'a pas de feuille de synthèse) ; seuls les classeurs exportés par MineralsDesk peuvent être importés</translation>
        </message>
        <message>
            <source>{name} is not a MineralsDesk Excel summary (its Summary sheet was not written by MineralsDesk)</source>
            <translation>{name} n'est pas une synthèse Excel MineralsDesk (sa feuille de synthèse n'a pas été écrite par MineralsDesk)</translation>
        </message>
        <message>
            <source>{cell}: the Audience cell was changed (it must say '{internal}' or '{shareable}'); nothing was applied</source>
            <translation>{cell} : la cellule Public a été modifiée (elle doit indiquer « {internal} » ou « {shareable} ») ; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: the Rows cell is missing or was changed (workbooks exported before import tags existed cannot be imported: export the summary again); nothing was applied</source>
            <translation>{cell} : la cellule Lignes manque ou a été modifiée (les classeurs exportés avant l'existence des étiquettes d'import ne peuvent pas être importés : exportez de nouveau la synthèse) ; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: the Import tag is missing or was changed (workbooks exported before import tags existed cannot be imported: export the summary again); nothing was applied</source>
            <translation>{cell} : l'étiquette d'import manque ou a été modifiée (les classeurs exportés avant l'existence des étiquettes d'import ne peuvent pas être importés : exportez de nouveau la synthèse) ; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: this workbook was exported as {audience}, and its Audience cell was changed; nothing was applied</source>
            <translation>{cell} : ce classeur a été exporté comme {audience}, et sa cellule Public a été modifiée ; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: the workbook does not match its Import tag: it was exported from another log or in another language, or its Rows cell, sheets or columns were changed; nothing was applied</source>
            <translation>{cell} : le classeur ne correspond pas à son étiquette d'import : il a été exporté depuis un autre journal ou dans une autre langue, ou sa cellule Lignes, ses feuilles ou ses colonnes ont été modifiées ; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: unexpected column '{found}' (columns must not be added); nothing was applied</source>
            <translation>{cell} : colonne inattendue « {found} » (aucune colonne ne doit être ajoutée) ; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: expected the column '{wanted}', found {found} (columns must not be renamed, moved or removed); nothing was applied</source>
            <translation>{cell} : colonne « {wanted} » attendue, trouvé {found} (les colonnes ne doivent être ni renommées, ni déplacées, ni supprimées) ; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: '{value}' is not a {column}; use one of {allowed}; nothing was applied</source>
            <translation>{cell} : « {value} » n'est pas une valeur de {column} ; utilisez {allowed} ; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{name} has no sheet named '{sheet}' (sheets must not be renamed or removed); nothing was applied</source>
            <translation>{name} n'a pas de feuille nommée « {sheet} » (les feuilles ne doivent être ni renommées ni supprimées) ; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{name} could not be read as an Excel workbook ({kind})</source>
            <translation>{name} n'a pas pu être lu comme classeur Excel ({kind})</translation>
        </message>
        <message>
            <source>{cell}: the row has no Record id (rows cannot be added in Excel; add records in the app); nothing was applied</source>
            <translation>{cell} : la ligne n'a pas d'identifiant (on ne peut pas ajouter de lignes dans Excel ; ajoutez les enregistrements dans l'application); rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: the hidden Check cell was changed or removed; nothing was applied</source>
            <translation>{cell} : la cellule masquée Contrôle a été modifiée ou supprimée; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: the row does not match its tag (its hidden Record id, Row version or Check cell was changed, or the row was copied from another workbook); nothing was applied</source>
            <translation>{cell} : la ligne ne correspond pas à son étiquette (son identifiant, sa version ou sa cellule Contrôle masqués ont été modifiés, ou la ligne a été copiée d'un autre classeur); rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: the same Record id is also on row {other} (rows must not be copied); nothing was applied</source>
            <translation>{cell} : le même identifiant figure aussi à la ligne {other} (les lignes ne doivent pas être copiées); rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: the hidden Record id and Row version columns must not be edited; nothing was applied</source>
            <translation>{cell} : les colonnes masquées d'identifiant et de version de ligne ne doivent pas être modifiées; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: the cell holds a formula; type the value itself; nothing was applied</source>
            <translation>{cell} : la cellule contient une formule ; saisissez la valeur elle-même; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: this column was edited but cannot be imported (only green columns can); change it in the app; nothing was applied</source>
            <translation>{cell} : cette colonne a été modifiée mais ne peut pas être importée (seules les colonnes vertes le peuvent) ; modifiez-la dans l'application; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: the hidden Row version is not a number; nothing was applied</source>
            <translation>{cell} : la version de ligne masquée n'est pas un nombre; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{sheet}: a shareable workbook has no Comments sheet (this one was added); nothing was applied</source>
            <translation>{sheet} : un classeur partageable n'a pas de feuille Commentaires (celle-ci a été ajoutée) ; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: the headers were changed (columns must not be renamed, moved, added or removed); nothing was applied</source>
            <translation>{cell} : les en-têtes ont été modifiés (les colonnes ne doivent être ni renommées, ni déplacées, ni ajoutées, ni supprimées); rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: a new comment's row has no Record id but hidden cells of a copied row; type a new comment in an empty row; nothing was applied</source>
            <translation>{cell} : la ligne d'un nouveau commentaire n'a pas d'identifiant mais les cellules masquées d'une ligne copiée ; saisissez un nouveau commentaire sur une ligne vide; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: the hidden {id} and {rev} columns must not be edited; nothing was applied</source>
            <translation>{cell} : les colonnes masquées {id} et {rev} ne doivent pas être modifiées; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: this column of an existing comment cannot be changed (only {text} and {resolved} can); change it in the app, or add a new comment in a new row; nothing was applied</source>
            <translation>{cell} : cette colonne d'un commentaire existant ne peut pas être modifiée (seuls {text} et {resolved} le peuvent) ; modifiez-la dans l'application ou ajoutez un nouveau commentaire sur une nouvelle ligne; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: '{value}' is not {yes} or {no}; nothing was applied</source>
            <translation>{cell} : « {value} » n'est ni {yes} ni {no}; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: a reply has no {resolved} of its own; set it on the thread's first row; nothing was applied</source>
            <translation>{cell} : une réponse n'a pas de {resolved} propre ; indiquez-le sur la première ligne du fil; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: a reply takes its thread's record: leave {on} and {target} empty; nothing was applied</source>
            <translation>{cell} : une réponse porte sur l'enregistrement de son fil : laissez {on} et {target} vides; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: a new comment needs {on} and {target} (or the {thread} it replies to); nothing was applied</source>
            <translation>{cell} : un nouveau commentaire a besoin de {on} et {target} (ou du {thread} auquel il répond); rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: '{value}' is not {internal} or {shareable}; nothing was applied</source>
            <translation>{cell} : « {value} » n'est ni {internal} ni {shareable}; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: a shareable workbook cannot name owners; nothing was applied</source>
            <translation>{cell} : un classeur partageable ne peut pas désigner de responsables; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: '{value}' is not on the delegation roster; use initials from it ({known}); nothing was applied</source>
            <translation>{cell} : « {value} » ne figure pas sur la liste de la délégation ; utilisez des initiales de la liste ({known}); rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: the Record id matches nothing in this log; nothing was applied</source>
            <translation>{cell} : l'identifiant ne correspond à rien dans ce journal; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: the Record id matches no comment in this log (was it deleted?); nothing was applied</source>
            <translation>{cell} : l'identifiant ne correspond à aucun commentaire de ce journal (a-t-il été supprimé ?); rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: a comment's text cannot be emptied (delete the comment in the app); nothing was applied</source>
            <translation>{cell} : le texte d'un commentaire ne peut pas être vidé (supprimez le commentaire dans l'application); rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: a new comment needs its text; nothing was applied</source>
            <translation>{cell} : un nouveau commentaire doit avoir un texte; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: no thread {thread} on this sheet; nothing was applied</source>
            <translation>{cell} : pas de fil {thread} sur cette feuille; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: '{value}' is not one of {allowed}; nothing was applied</source>
            <translation>{cell} : « {value} » ne fait pas partie de {allowed}; rien n'a été appliqué</translation>
        </message>
        <message>
            <source>{cell}: not a date and time (write it as 2026-02-10 14:30, or leave it empty); nothing was applied</source>
            <translation>{cell} : pas une date et une heure (écrivez 2026-02-10 14:30, ou laissez vide); rien n'a été appliqué</translation>
        </message>
        <message>
            <source>Excel import is disabled: the defusedxml package is missing, and without it a workbook could carry an XML entity attack. Reinstall MineralsDesk.</source>
            <translation>L'import Excel est désactivé : le paquet defusedxml manque, et sans lui un classeur pourrait contenir une attaque par entités XML. Réinstallez MineralsDesk.</translation>
        </message>
        <message>
            <source>{name} is {size} MB; workbooks over {limit} MB are not imported</source>
            <translation>{name} pèse {size} Mo ; les classeurs de plus de {limit} Mo ne sont pas importés</translation>
        </message>
        <message>
            <source>{name} is an old-style .xls or a password-protected workbook: give a protected one's password (the app asks; the command line takes --password-file or asks), or save an .xls as .xlsx and import that</source>
            <translation>{name} est un ancien .xls ou un classeur protégé par mot de passe : donnez le mot de passe d'un classeur protégé (l'application le demande ; la ligne de commande prend --password-file ou le demande), ou enregistrez un .xls en .xlsx et importez celui-ci</translation>
        </message>
        <message>
            <source>{name} is not an Excel workbook (.xlsx)</source>
            <translation>{name} n'est pas un classeur Excel (.xlsx)</translation>
        </message>
        <message>
            <source>{name} is not a readable Excel workbook (its zip structure is damaged)</source>
            <translation>{name} n'est pas un classeur Excel lisible (sa structure zip est endommagée)</translation>
        </message>
        <message>
            <source>{name}: part [Content_Types].xml is {size} MB; an Excel summary's is a few KB; refused</source>
            <translation>{name} : la partie [Content_Types].xml pèse {size} Mo ; celle d'une synthèse Excel fait quelques Ko ; refusé</translation>
        </message>
        <message>
            <source>{name}: part {part} is {size} MB; parts other than sheets are imported up to {limit} MB</source>
            <translation>{name} : la partie {part} pèse {size} Mo ; les parties autres que les feuilles sont importées jusqu'à {limit} Mo</translation>
        </message>
        <message>
            <source>{name}: its shared strings unpack to {size} MB; at most {limit} MB are imported; refused</source>
            <translation>{name} : ses chaînes partagées décompressées pèsent {size} Mo ; au plus {limit} Mo sont importés ; refusé</translation>
        </message>
        <message>
            <source>{name}: its shared-strings table holds more than {limit} entries, more than an Excel summary needs; refused</source>
            <translation>{name} : sa table de chaînes partagées contient plus de {limit} entrées, plus qu'il n'en faut à une synthèse Excel ; refusé</translation>
        </message>
        <message>
            <source>The log was locked or closed before this work could read it: nothing was done. Run it again.</source>
            <translation>Le journal a été verrouillé ou fermé avant que ce travail ne puisse le lire : rien n'a été fait. Relancez-le.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export negotiating text (Akoma Ntoso)</source>
            <translation>Exporter le texte de négociation (Akoma Ntoso)</translation>
        </message>
        <message>
            <source>Written to
{path}</source>
            <translation>Écrit dans
{path}</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Exporter le calendrier</translation>
        </message>
        <message>
            <source>commitments carry our internal compliance assessments</source>
            <translation>les engagements portent nos évaluations internes de conformité</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>&amp;Internal — everything, marked LIMITED — INTERNAL</source>
            <translation>&amp;Interne — tout, marqué DIFFUSION RESTREINTE</translation>
        </message>
        <message>
            <source>S&amp;hareable — for counterparts: no red lines, fallbacks or internal notes</source>
            <translation>&amp;Partageable — homologues : sans lignes rouges, replis ni notes</translation>
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Public</translation>
        </message>
        <message>
            <source>&amp;Tracks</source>
            <translation>&amp;Volets</translation>
        </message>
        <message>
            <source>The language of the document's own words: headings, labels, markings and dates. The log's text is printed as written.</source>
            <translation>La langue des mots propres au document : titres, libellés, mentions et dates. Le texte du journal est imprimé tel qu’il est écrit.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>Save &amp;as</source>
            <translation>Enregistrer &amp;sous</translation>
        </message>
        <message>
            <source>Protect with a pass&amp;word (share it by another channel)</source>
            <translation>Protéger par un mot de &amp;passe (à transmettre par un autre canal)</translation>
        </message>
        <message>
            <source>password</source>
            <translation>mot de passe</translation>
        </message>
        <message>
            <source>the same password again</source>
            <translation>le même mot de passe à nouveau</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirmer</translation>
        </message>
        <message>
            <source>The two passwords differ; type the same password twice (nothing was written).</source>
            <translation>Les deux mots de passe diffèrent ; saisissez deux fois le même (rien n'a été écrit).</translation>
        </message>
        <message>
            <source>includes our red lines, fallbacks and internal notes</source>
            <translation>contient nos lignes rouges, positions de repli et notes internes</translation>
        </message>
        <message>
            <source>Tick at least one track.</source>
            <translation>Cochez au moins un volet.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Internal:&lt;/b&gt; {warning}. Do not send it to other delegations.</source>
            <translation>&lt;b&gt;Interne :&lt;/b&gt; {warning}. Ne l'envoyez pas aux autres délégations.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Left out of this document:&lt;/b&gt; {fields} (of {party}'s positions)</source>
            <translation>&lt;b&gt;Exclu de ce document :&lt;/b&gt; {fields} (des positions de {party})</translation>
        </message>
        <message>
            <source> and 1 internal compliance assessment</source>
            <translation> et 1 évaluation interne de conformité</translation>
        </message>
        <message>
            <source> and {n} internal compliance assessments</source>
            <translation> et {n} évaluations internes de conformité</translation>
        </message>
        <message>
            <source>&amp;Open it</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>Export briefing PDF</source>
            <translation>Exporter la note de briefing (PDF)</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Lettre US</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>&amp;Papier</translation>
        </message>
        <message>
            <source>&amp;Marking</source>
            <translation>&amp;Mention</translation>
        </message>
        <message>
            <source>none (shareable)</source>
            <translation>aucune (partageable)</translation>
        </message>
        <message>
            <source>Export Excel summary</source>
            <translation>Exporter le résumé Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export negotiating text (Word)</source>
            <translation>Exporter le texte de négociation (Word)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Document Word (*.docx)</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>round {number} ({date})</source>
            <translation>cycle {number} ({date})</translation>
        </message>
        <message>
            <source>no round yet</source>
            <translation>aucun cycle pour l'instant</translation>
        </message>
        <message>
            <source>{articles}, {brackets}, {when}</source>
            <translation>{articles}, {brackets}, {when}</translation>
        </message>
        <message>
            <source>{n} article</source>
            <translation>{n} article</translation>
        </message>
        <message>
            <source>{n} articles</source>
            <translation>{n} articles</translation>
        </message>
        <message>
            <source>{n} bracket</source>
            <translation>{n} crochet</translation>
        </message>
        <message>
            <source>{n} brackets</source>
            <translation>{n} crochets</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>video call</source>
            <translation>visioconférence</translation>
        </message>
        <message>
            <source>Round {number} — {date}</source>
            <translation>Cycle {number} — {date}</translation>
        </message>
        <message>
            <source>Discard what you typed?</source>
            <translation>Abandonner la saisie ?</translation>
        </message>
        <message>
            <source>This form has changes that have not been saved. Close it and lose them?</source>
            <translation>Ce formulaire contient des modifications non enregistrées. Le fermer et les perdre ?</translation>
        </message>
        <message>
            <source>Changed elsewhere</source>
            <translation>Modifié ailleurs</translation>
        </message>
    </context>
    <context>
        <name>Imports</name>
        <message>
            <source>No party yet for: {authors} (add --author "NAME=PARTY")</source>
            <translation>Pas encore de partie pour : {authors} (ajoutez --author "NOM=PARTIE")</translation>
        </message>
        <message>
            <source>(dry run: nothing was written)</source>
            <translation>(essai à blanc : rien n'a été écrit)</translation>
        </message>
        <message>
            <source>Imported: {what}</source>
            <translation>Importé : {what}</translation>
        </message>
        <message>
            <source>new</source>
            <translation>nouveau</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>inchangé</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>modifié</translation>
        </message>
        <message>
            <source>-&gt; {ref} (by ref, {score})</source>
            <translation>-&gt; {ref} (par référence, {score})</translation>
        </message>
        <message>
            <source>-&gt; {ref} (by title, {score})</source>
            <translation>-&gt; {ref} (par titre, {score})</translation>
        </message>
        <message>
            <source>-&gt; {ref} (by text, {score})</source>
            <translation>-&gt; {ref} (par texte, {score})</translation>
        </message>
        <message>
            <source>-&gt; new clause (proposed)</source>
            <translation>-&gt; nouvelle clause (proposée)</translation>
        </message>
        <message>
            <source>redline: {redline}</source>
            <translation>comparaison : {redline}</translation>
        </message>
        <message>
            <source>{author} proposes: {redline}</source>
            <translation>{author} propose : {redline}</translation>
        </message>
        <message>
            <source>brackets opened: {brackets}</source>
            <translation>crochets ouverts : {brackets}</translation>
        </message>
        <message>
            <source>brackets resolved: {brackets}</source>
            <translation>crochets levés : {brackets}</translation>
        </message>
        <message>
            <source>PROBLEM: {problem}</source>
            <translation>PROBLÈME : {problem}</translation>
        </message>
        <message>
            <source>{file} (sha256 {digest}) into {track}: {articles} article(s): {changed} changed, {unchanged} unchanged, {new} new; {absent} clause(s) absent from the file</source>
            <translation>{file} (sha256 {digest}) dans {track} : {articles} article(s) : {changed} modifié(s), {unchanged} inchangé(s), {new} nouveau(x) ; {absent} clause(s) absente(s) du fichier</translation>
        </message>
        <message>
            <source>absent from the file (kept, not deleted): {ref} {title}</source>
            <translation>absente du fichier (conservée, non supprimée) : {ref} {title}</translation>
        </message>
        <message>
            <source>tracked changes by: {authors}</source>
            <translation>modifications suivies de : {authors}</translation>
        </message>
        <message>
            <source>{versions} new version(s) of existing clauses, {clauses} new clause(s); clauses absent from the file were kept</source>
            <translation>{versions} nouvelle(s) version(s) de clauses existantes, {clauses} nouvelle(s) clause(s) ; les clauses absentes du fichier ont été conservées</translation>
        </message>
        <message>
            <source>{record}, {field}: {old} -&gt; {new}</source>
            <translation>{record}, {field} : {old} -&gt; {new}</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>… and {n} more change (not listed)</source>
            <translation>… et {n} autre modification (non listée)</translation>
        </message>
        <message>
            <source>… and {n} more changes (not listed)</source>
            <translation>… et {n} autres modifications (non listées)</translation>
        </message>
        <message>
            <source>{n} row of the export is missing from {sheet}: not deleted from the log (delete records in the app)</source>
            <translation>{n} ligne de l'export manque dans {sheet} : rien n'est supprimé du journal (supprimez les enregistrements dans l'application)</translation>
        </message>
        <message>
            <source>{n} rows of the export are missing from {sheet}: not deleted from the log (delete records in the app)</source>
            <translation>{n} lignes de l'export manquent dans {sheet} : rien n'est supprimé du journal (supprimez les enregistrements dans l'application)</translation>
        </message>
        <message>
            <source>{file}: no changes to import</source>
            <translation>{file} : aucune modification à importer</translation>
        </message>
        <message>
            <source>{file}: {count} change(s) applied</source>
            <translation>{file} : {count} modification(s) appliquée(s)</translation>
        </message>
        <message>
            <source>{file}: {count} change(s) would be applied (dry run; nothing written)</source>
            <translation>{file} : {count} modification(s) seraient appliquée(s) (essai à blanc ; rien n'est écrit)</translation>
        </message>
        <message>
            <source>{count} conflict(s), not applied (resolve them in the app):</source>
            <translation>{count} conflit(s), non appliqué(s) (réglez-les dans l'application) :</translation>
        </message>
        <message>
            <source>{sheet}, row {row}</source>
            <translation>{sheet}, ligne {row}</translation>
        </message>
        <message>
            <source>{sheet}, row {row}, column {column}</source>
            <translation>{sheet}, ligne {row}, colonne {column}</translation>
        </message>
        <message>
            <source>{sheet}, row {row}, column {column} ({header})</source>
            <translation>{sheet}, ligne {row}, colonne {column} ({header})</translation>
        </message>
        <message>
            <source>{cell} ({record}), {field}: changed in the log since the export</source>
            <translation>{cell} ({record}), {field} : modifié dans le journal depuis l'export</translation>
        </message>
        <message>
            <source>{cell} ({record}), {field}: changed in the log since the export (now {now}); the workbook says {says}</source>
            <translation>{cell} ({record}), {field} : modifié dans le journal depuis l'export (désormais {now}) ; le classeur indique {says}</translation>
        </message>
        <message>
            <source>{cell} ({record}), {field}: the text was cut to fit Excel and cannot replace the full text; edit it in the app</source>
            <translation>{cell} ({record}), {field} : le texte a été tronqué pour tenir dans Excel et ne peut pas remplacer le texte complet ; modifiez-le dans l'application</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(personne)</translation>
        </message>
        <message>
            <source>Comment {text}</source>
            <translation>Commentaire {text}</translation>
        </message>
        <message>
            <source>New comment on {kind} {target}</source>
            <translation>Nouveau commentaire sur {kind} {target}</translation>
        </message>
        <message>
            <source>New comment on {kind} thread {thread}</source>
            <translation>Nouveau commentaire sur {kind}, fil {thread}</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <source>Current passphrase</source>
            <translation>Phrase secrète actuelle</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Wrong passphrase: nothing was changed.</source>
            <translation>Phrase secrète erronée : rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{title}: nothing was changed</source>
            <translation>{title} : rien n'a été modifié</translation>
        </message>
        <message>
            <source>Encrypt log</source>
            <translation>Chiffrer le journal</translation>
        </message>
        <message>
            <source>The log, its journal and every backup from now on are encrypted. There is no recovery: a lost passphrase loses the log.</source>
            <translation>Le journal, son fichier de transactions et chaque sauvegarde à venir sont chiffrés. Aucune récupération possible : perdre la phrase secrète, c'est perdre le journal.</translation>
        </message>
        <message>
            <source>{name} is now encrypted</source>
            <translation>{name} est maintenant chiffré</translation>
        </message>
        <message>
            <source>Plain backups remain</source>
            <translation>Des sauvegardes en clair subsistent</translation>
        </message>
        <message>
            <source>{n} backup(s) taken before the log was encrypted can still be read without the passphrase. Remove them? (A removed file may survive on the disk's blocks: full-disk encryption is the answer to that.)</source>
            <translation>{n} sauvegarde(s) faite(s) avant le chiffrement du journal reste(nt) lisible(s) sans la phrase secrète. Les supprimer ? (Un fichier supprimé peut subsister dans les blocs du disque : le chiffrement complet du disque y répond.)</translation>
        </message>
        <message>
            <source>Remove them</source>
            <translation>Les supprimer</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Les garder</translation>
        </message>
        <message>
            <source>Decrypt log</source>
            <translation>Déchiffrer le journal</translation>
        </message>
        <message>
            <source>Store {name} unencrypted? Anyone who gets the file can then read it, red lines and fallbacks included.</source>
            <translation>Enregistrer {name} sans chiffrement ? Quiconque obtient le fichier pourra le lire, lignes rouges et positions de repli comprises.</translation>
        </message>
        <message>
            <source>{name} is no longer encrypted</source>
            <translation>{name} n'est plus chiffré</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <source>Older backups keep the old passphrase.</source>
            <translation>Les anciennes sauvegardes gardent l'ancienne phrase secrète.</translation>
        </message>
        <message>
            <source>The passphrase was changed</source>
            <translation>La phrase secrète a été changée</translation>
        </message>
        <message>
            <source>Lock after idle</source>
            <translation>Verrouiller après inactivité</translation>
        </message>
        <message>
            <source>Lock the window after this many minutes without input (0: never):</source>
            <translation>Verrouiller la fenêtre après ce nombre de minutes sans saisie (0 : jamais) :</translation>
        </message>
        <message>
            <source>This log is not encrypted: the lock only hides the screens, so anyone at this computer can unlock it, and the file itself can be read without the app. File &gt; Encrypt log… protects it.</source>
            <translation>Ce journal n'est pas chiffré : le verrou masque seulement les écrans, donc toute personne à cet ordinateur peut le déverrouiller, et le fichier se lit sans l'application. Fichier &gt; Chiffrer le journal… le protège.</translation>
        </message>
        <message>
            <source>The log is closed. Type its passphrase to unlock it; the undo history is kept.</source>
            <translation>Le journal est fermé. Saisissez sa phrase secrète pour le déverrouiller ; l'historique d'annulation est conservé.</translation>
        </message>
        <message>
            <source>MineralsDesk is locked</source>
            <translation>MineralsDesk est verrouillé</translation>
        </message>
        <message>
            <source>passphrase</source>
            <translation>phrase secrète</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Déverrouiller</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Verrouillé</translation>
        </message>
        <message>
            <source>Wrong passphrase: nothing was changed. Try again.</source>
            <translation>Phrase secrète erronée : rien n'a été modifié. Réessayez.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Type its passphrase to open it.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; est chiffré. Saisissez sa phrase secrète pour l'ouvrir.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Type its passphrase to {purpose} it.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; est chiffré. Saisissez sa phrase secrète ({purpose}).</translation>
        </message>
        <message>
            <source>Wrong passphrase: nothing was changed. Try again (check Caps Lock and the keyboard layout).</source>
            <translation>Phrase secrète erronée : rien n'a été modifié. Réessayez (vérifiez le verrouillage des majuscules et la disposition du clavier).</translation>
        </message>
        <message>
            <source>&amp;Encrypt with a passphrase (there is no recovery if it is lost)</source>
            <translation>&amp;Chiffrer avec une phrase secrète (aucune récupération en cas de perte)</translation>
        </message>
        <message>
            <source>at least 10 characters; four or five random words</source>
            <translation>au moins 10 caractères ; quatre ou cinq mots au hasard</translation>
        </message>
        <message>
            <source>the same again</source>
            <translation>la même à nouveau</translation>
        </message>
        <message>
            <source>Confirm {label}</source>
            <translation>Confirmer : {label}</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Confirmer</translation>
        </message>
        <message>
            <source>Strength: {strength}</source>
            <translation>Robustesse : {strength}</translation>
        </message>
        <message>
            <source>The two passphrases differ</source>
            <translation>Les deux phrases secrètes diffèrent</translation>
        </message>
    </context>
    <context>
        <name>Log</name>
        <message>
            <source>This log's history was keyed on this computer ({count} baseline entries written); see docs/safety.md, Tampering.</source>
            <translation>L'historique de ce journal a été scellé sur cet ordinateur ({count} entrées de référence écrites) ; voir docs/safety.md, Tampering.</translation>
        </message>
        <message>
            <source>Change log: {problem}</source>
            <translation>Historique : {problem}</translation>
        </message>
        <message>
            <source>record: {problem}</source>
            <translation>enregistrement : {problem}</translation>
        </message>
        <message>
            <source>change log: {problem}</source>
            <translation>historique : {problem}</translation>
        </message>
        <message>
            <source>taken as a new starting point: the dump's history was not kept ({count} entries record its records as found)</source>
            <translation>pris comme nouveau point de départ : l'historique de l'export n'a pas été conservé ({count} entrées consignent ses enregistrements tels que trouvés)</translation>
        </message>
        <message>
            <source>authenticated with this computer's key</source>
            <translation>authentifié avec la clé de cet ordinateur</translation>
        </message>
        <message>
            <source>consistent but not authenticated (this computer has no key for the log it came from)</source>
            <translation>cohérent mais non authentifié (cet ordinateur n'a pas de clé pour le journal d'origine)</translation>
        </message>
        <message>
            <source>history kept: {seq} entries, head {head}, {trust}</source>
            <translation>historique conservé : {seq} entrées, tête {head}, {trust}</translation>
        </message>
        <message>
            <source>{name} is read-only (the file or its folder cannot be written): it is open for reading only</source>
            <translation>{name} est en lecture seule (le fichier ou son dossier ne peut pas être modifié) : il est ouvert en lecture seule</translation>
        </message>
        <message>
            <source>Today's automatic backup could not be made: {exc}</source>
            <translation>La sauvegarde automatique du jour n'a pas pu être faite : {exc}</translation>
        </message>
        <message>
            <source>clause order: {stale} clause sort key(s) missing or out of date (the Clauses table may list those clauses out of order)</source>
            <translation>ordre des clauses : {stale} clé(s) de tri de clause manquante(s) ou périmée(s) (le tableau des clauses peut les lister dans le désordre)</translation>
        </message>
        <message>
            <source>clause filter: the word index disagrees with the clauses (the Clauses table's filter may miss or show clauses)</source>
            <translation>filtre des clauses : l'index des mots ne correspond pas aux clauses (le filtre du tableau des clauses peut en omettre ou en afficher à tort)</translation>
        </message>
        <message>
            <source>dashboard counts: {stale} kept count(s) differ from the records (the dashboard cards may show wrong numbers)</source>
            <translation>compteurs du tableau de bord : {stale} compteur(s) diffère(nt) des enregistrements (les cartes du tableau de bord peuvent afficher des chiffres faux)</translation>
        </message>
        <message>
            <source>attached file content {digest}: its bytes do not match their SHA-256 (altered outside the app)</source>
            <translation>contenu de pièce jointe {digest} : ses octets ne correspondent pas à leur SHA-256 (modifié hors de l'application)</translation>
        </message>
        <message>
            <source>attached file content {digest}: size {size} differs from the stored {stored}</source>
            <translation>contenu de pièce jointe {digest} : la taille {size} diffère de celle enregistrée ({stored})</translation>
        </message>
        <message>
            <source>attachment {id} ({name}): its content {digest} is missing or of another size</source>
            <translation>pièce jointe {id} ({name}) : son contenu {digest} manque ou n'a pas la bonne taille</translation>
        </message>
        <message>
            <source>{name} can be read by other users of this computer; make it private (chmod 600 "{path}").</source>
            <translation>{name} peut être lu par d'autres utilisateurs de cet ordinateur ; rendez-le privé (chmod 600 "{path}").</translation>
        </message>
        <message>
            <source>{name} is in a cloud-synced folder; a sync while it is open can damage it or send confidential text off this laptop. Keep logs in a local folder.</source>
            <translation>{name} est dans un dossier synchronisé avec le cloud ; une synchronisation pendant qu'il est ouvert peut l'endommager ou envoyer du texte confidentiel hors de cet ordinateur. Gardez les journaux dans un dossier local.</translation>
        </message>
        <message>
            <source>{name} is on a network drive ({fstype}); file locking there is unreliable, so two writers can damage it. Keep logs on a local disk.</source>
            <translation>{name} est sur un lecteur réseau ({fstype}) ; le verrouillage des fichiers n'y est pas fiable et deux écritures simultanées peuvent l'endommager. Gardez les journaux sur un disque local.</translation>
        </message>
        <message>
            <source>integrity: {line}</source>
            <translation>intégrité : {line}</translation>
        </message>
        <message>
            <source>foreign key: {table} row {row} points to a missing {parent}</source>
            <translation>clé étrangère : la ligne {row} de {table} renvoie à un {parent} manquant</translation>
        </message>
        <message>
            <source>laptop {device}, change {seq}: does not follow the entry before it</source>
            <translation>ordinateur {device}, modification {seq} : ne suit pas l'entrée précédente</translation>
        </message>
        <message>
            <source>laptop {device}, change {seq}: its content does not match its hash</source>
            <translation>ordinateur {device}, modification {seq} : son contenu ne correspond pas à son empreinte</translation>
        </message>
        <message>
            <source>change {seq}: does not follow the entry before it (an entry was removed or reordered)</source>
            <translation>modification {seq} : ne suit pas l'entrée précédente (une entrée a été supprimée ou déplacée)</translation>
        </message>
        <message>
            <source>change {seq}: its content does not match its hash (the entry was edited)</source>
            <translation>modification {seq} : son contenu ne correspond pas à son empreinte (l'entrée a été modifiée)</translation>
        </message>
        <message>
            <source>... further problems not listed</source>
            <translation>... d'autres problèmes ne sont pas listés</translation>
        </message>
        <message>
            <source>the history is not keyed yet (written by an older version): open the log once read-write, or run `mineralsdesk trust`, to key it</source>
            <translation>l'historique n'est pas encore scellé (écrit par une version antérieure) : ouvrez le journal une fois en lecture-écriture, ou lancez `mineralsdesk trust`, pour le sceller</translation>
        </message>
        <message>
            <source>truncated: the chain ends at entry {seq}, before entry {anchor} that this computer last saw of this log (entries were removed, or this is an older copy such as a backup)</source>
            <translation>tronqué : la chaîne s'arrête à l'entrée {seq}, avant l'entrée {anchor} que cet ordinateur a vue en dernier dans ce journal (des entrées ont été supprimées, ou c'est une copie plus ancienne, par exemple une sauvegarde)</translation>
        </message>
        <message>
            <source>rewritten: entry {anchor} is not the one this computer last saw of this log ({mark}); the history was rewritten, or this copy went its own way</source>
            <translation>réécrit : l'entrée {anchor} n'est pas celle que cet ordinateur a vue en dernier dans ce journal ({mark}) ; l'historique a été réécrit, ou cette copie a évolué de son côté</translation>
        </message>
        <message>
            <source>key missing: this computer has no key for this log (id {log_id}), so its history cannot be authenticated; if the log came from another computer, run `mineralsdesk trust` to re-key it (otherwise treat it as tampered)</source>
            <translation>clé manquante : cet ordinateur n'a pas de clé pour ce journal (id {log_id}), son historique ne peut donc pas être authentifié ; si le journal vient d'un autre ordinateur, lancez `mineralsdesk trust` pour le sceller de nouveau (sinon, considérez-le comme altéré)</translation>
        </message>
        <message>
            <source>the MAC of the chain's head is missing (removed outside the app)</source>
            <translation>le MAC de la tête de la chaîne manque (supprimé hors de l'application)</translation>
        </message>
        <message>
            <source>entries {first} to {last} were added without this log's key (outside the app, or on a computer without the key)</source>
            <translation>les entrées {first} à {last} ont été ajoutées sans la clé de ce journal (hors de l'application, ou sur un ordinateur qui n'a pas la clé)</translation>
        </message>
        <message>
            <source>the chain does not match its key: entries were removed, rewritten or added outside the app</source>
            <translation>la chaîne ne correspond pas à sa clé : des entrées ont été supprimées, réécrites ou ajoutées hors de l'application</translation>
        </message>
        <message>
            <source>{table} {id}: the record is not in the change log (added outside the app)</source>
            <translation>{table} {id} : l'enregistrement n'est pas dans l'historique (ajouté hors de l'application)</translation>
        </message>
        <message>
            <source>{table} {id}: the change log says the record exists, but it is gone (deleted outside the app)</source>
            <translation>{table} {id} : l'historique indique que l'enregistrement existe, mais il a disparu (supprimé hors de l'application)</translation>
        </message>
        <message>
            <source>{table} {id}, field {field}: is {current} but the change log says {logged} (edited outside the app)</source>
            <translation>{table} {id}, champ {field} : vaut {current} mais l'historique indique {logged} (modifié hors de l'application)</translation>
        </message>
        <message>
            <source>empty (null)</source>
            <translation>vide (null)</translation>
        </message>
        <message>
            <source>... further differences not listed</source>
            <translation>... d'autres différences ne sont pas listées</translation>
        </message>
    </context>
    <context>
        <name>LogFile</name>
        <message>
            <source>MineralsDesk logs (*.mdesk);;All files (*)</source>
            <translation>Journaux MineralsDesk (*.mdesk);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>MineralsDesk logs and backups (*.mdesk *.mdesk.gz);;All files (*)</source>
            <translation>Journaux et sauvegardes MineralsDesk (*.mdesk *.mdesk.gz);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>This log is damaged</source>
            <translation>Ce journal est endommagé</translation>
        </message>
        <message>
            <source>This log needs a newer MineralsDesk</source>
            <translation>Ce journal demande un MineralsDesk plus récent</translation>
        </message>
        <message>
            <source>This is not a MineralsDesk log</source>
            <translation>Ce n'est pas un journal MineralsDesk</translation>
        </message>
        <message>
            <source>The log cannot be opened</source>
            <translation>Impossible d'ouvrir le journal</translation>
        </message>
        <message>
            <source>File: {path}</source>
            <translation>Fichier : {path}</translation>
        </message>
        <message>
            <source>MineralsDesk did not change the file.</source>
            <translation>MineralsDesk n'a pas modifié le fichier.</translation>
        </message>
        <message>
            <source>Use File &gt; Restore... to put back a backup that passes its check.</source>
            <translation>Utilisez Fichier &gt; Restaurer... pour remettre une sauvegarde qui passe sa vérification.</translation>
        </message>
        <message>
            <source>{name} cannot be read: {reason}</source>
            <translation>Impossible de lire {name} : {reason}</translation>
        </message>
        <message>
            <source>{damage}. No backup of it passes its check.</source>
            <translation>{damage}. Aucune de ses sauvegardes ne passe sa vérification.</translation>
        </message>
        <message>
            <source>The newest backup that passes its check was taken on {taken} ({reason}).
Restoring it keeps the damaged file beside it as “.damaged”.</source>
            <translation>La sauvegarde la plus récente qui passe sa vérification date du {taken} ({reason}).
La restaurer garde le fichier endommagé à côté, en « .damaged ».</translation>
        </message>
        <message>
            <source>Restore that backup</source>
            <translation>Restaurer cette sauvegarde</translation>
        </message>
        <message>
            <source>Nothing was restored</source>
            <translation>Rien n'a été restauré</translation>
        </message>
        <message>
            <source>Backup restored beside the log</source>
            <translation>Sauvegarde restaurée à côté du journal</translation>
        </message>
        <message>
            <source>Journal files beside the damaged log may still hold data, so it was left as it was and the backup restored to
{path}</source>
            <translation>Des fichiers de transactions à côté du journal endommagé peuvent encore contenir des données ; il a donc été laissé tel quel et la sauvegarde restaurée dans
{path}</translation>
        </message>
        <message>
            <source>it is inside the synced folder “{folder}”</source>
            <translation>il se trouve dans le dossier synchronisé « {folder} »</translation>
        </message>
        <message>
            <source>it is on a network share</source>
            <translation>il se trouve sur un partage réseau</translation>
        </message>
        <message>
            <source>it is on a network file system ({kind})</source>
            <translation>il se trouve sur un système de fichiers réseau ({kind})</translation>
        </message>
        <message>
            <source>Others can read this log</source>
            <translation>D'autres peuvent lire ce journal</translation>
        </message>
        <message>
            <source>Other users of this computer can read {name}. It holds internal red lines and fallbacks.</source>
            <translation>D'autres utilisateurs de cet ordinateur peuvent lire {name}. Il contient des lignes rouges et positions de repli internes.</translation>
        </message>
        <message>
            <source>Make it private</source>
            <translation>Le rendre privé</translation>
        </message>
        <message>
            <source>Leave it</source>
            <translation>Laisser tel quel</translation>
        </message>
        <message>
            <source>Cannot change permissions</source>
            <translation>Impossible de modifier les droits</translation>
        </message>
        <message>
            <source>This log is in a synced or shared folder</source>
            <translation>Ce journal est dans un dossier synchronisé ou partagé</translation>
        </message>
        <message>
            <source>{name} may be overwritten by an older copy or read by others: {hint}.
Keep the log on this laptop and send exports instead.</source>
            <translation>{name} peut être écrasé par une copie plus ancienne ou lu par d'autres : {hint}.
Gardez le journal sur cet ordinateur et envoyez plutôt des exports.</translation>
        </message>
        <message>
            <source>Do not warn again for this log</source>
            <translation>Ne plus avertir pour ce journal</translation>
        </message>
        <message>
            <source>Open log</source>
            <translation>Ouvrir un journal</translation>
        </message>
        <message>
            <source>New log</source>
            <translation>Nouveau journal</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>e.g. EU delegation</source>
            <translation>p. ex. délégation de l'UE</translation>
        </message>
        <message>
            <source>Your name, shown in the change log</source>
            <translation>Votre nom, affiché dans l'historique des modifications</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Our party</source>
            <translation>Notre partie</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Délégation</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>Give the log a file name.</source>
            <translation>Donnez un nom de fichier au journal.</translation>
        </message>
        <message>
            <source>Open another log?</source>
            <translation>Ouvrir un autre journal ?</translation>
        </message>
        <message>
            <source>Open another log, create a new one, or quit?</source>
            <translation>Ouvrir un autre journal, en créer un nouveau ou quitter ?</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Ouvrir…</translation>
        </message>
        <message>
            <source>New log…</source>
            <translation>Nouveau journal…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Échec de la sauvegarde</translation>
        </message>
        <message>
            <source>Nothing was written.
{error}</source>
            <translation>Rien n'a été écrit.
{error}</translation>
        </message>
        <message>
            <source>Backup written</source>
            <translation>Sauvegarde écrite</translation>
        </message>
        <message>
            <source>The log was backed up ({size} KB). It is listed under File &gt; Restore…</source>
            <translation>Le journal a été sauvegardé ({size} Ko). La sauvegarde figure sous Fichier &gt; Restaurer…</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Restaurer depuis une sauvegarde</translation>
        </message>
        <message>
            <source>Backup taken</source>
            <translation>Sauvegarde du</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} Ko</translation>
        </message>
        <message>
            <source>The backup replaces &lt;b&gt;{name}&lt;/b&gt;. The current log is kept as a backup first, so a restore can itself be undone.</source>
            <translation>La sauvegarde remplace &lt;b&gt;{name}&lt;/b&gt;. Le journal actuel est d'abord conservé comme sauvegarde, donc une restauration peut elle-même être annulée.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>Autre fichier…</translation>
        </message>
        <message>
            <source>Backups, newest first:</source>
            <translation>Sauvegardes, les plus récentes d'abord :</translation>
        </message>
        <message>
            <source>Restore from</source>
            <translation>Restaurer depuis</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Restaurer cette sauvegarde ?</translation>
        </message>
        <message>
            <source>Replace the log with the backup {name}?
The current log is kept as a backup first.</source>
            <translation>Remplacer le journal par la sauvegarde {name} ?
Le journal actuel est d'abord conservé comme sauvegarde.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Sauvegarde restaurée</translation>
        </message>
        <message>
            <source>Restored {name}.
The log as it was is kept in
{path}</source>
            <translation>{name} restauré.
Le journal tel qu'il était est conservé dans
{path}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Journaux &amp;récents</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Saisie</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Paramètres</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Principale</translation>
        </message>
        <message>
            <source>No recent logs</source>
            <translation>Aucun journal récent</translation>
        </message>
        <message>
            <source>Log: {name}</source>
            <translation>Journal : {name}</translation>
        </message>
        <message>
            <source>Ours: {party} ({delegation})</source>
            <translation>Nous : {party} ({delegation})</translation>
        </message>
        <message>
            <source>Ours: {party}</source>
            <translation>Nous : {party}</translation>
        </message>
        <message>
            <source>Last change: {when} UTC, {who}</source>
            <translation>Dernière modification : {when} UTC, {who}</translation>
        </message>
        <message>
            <source>No changes yet</source>
            <translation>Aucune modification pour l'instant</translation>
        </message>
        <message>
            <source>Discard the unfinished form?</source>
            <translation>Abandonner le formulaire inachevé ?</translation>
        </message>
        <message>
            <source>A form is half filled in and has not been saved. Quit anyway and lose what was typed?</source>
            <translation>Un formulaire est à moitié rempli et n'a pas été enregistré. Quitter quand même et perdre la saisie ?</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>À propos de {app}</translation>
        </message>
        <message>
            <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;An offline workbench for the critical-minerals partnership negotiations.&lt;/p&gt;&lt;p&gt;Log: {log}&lt;br&gt;Error log: {error_log}&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans (SIL Open Font Licence), IPAexGothic (IPA Font Licence).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Un poste de travail hors ligne pour les négociations du partenariat sur les minerais critiques.&lt;/p&gt;&lt;p&gt;Journal : {log}&lt;br&gt;Journal d'erreurs : {error_log}&lt;/p&gt;&lt;p&gt;Polices : Noto Sans (SIL Open Font Licence), IPAexGothic (IPA Font Licence).&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Markings</name>
        <message>
            <source>LIMITED — INTERNAL</source>
            <translation>DIFFUSION RESTREINTE — INTERNE</translation>
        </message>
    </context>
    <context>
        <name>MineFilter</name>
        <message>
            <source>Say who you are first: Settings &gt; Delegation roster…, pick yourself under "I am". The Mine filter then keeps what you own.</source>
            <translation>Indiquez d'abord qui vous êtes : Paramètres &gt; Liste de la délégation…, choisissez-vous sous « Je suis ». Le filtre Les miens garde alors ce dont vous êtes responsable.</translation>
        </message>
        <message>
            <source>&amp;Mine</source>
            <translation>Les &amp;miens</translation>
        </message>
        <message>
            <source>Only the {what} you own ({key})</source>
            <translation>Seulement les {what} dont vous êtes responsable ({key})</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Les miens</translation>
        </message>
        <message>
            <source> owned by a former member</source>
            <translation> d'un ancien membre</translation>
        </message>
        <message>
            <source> owned by you</source>
            <translation> dont vous êtes responsable</translation>
        </message>
        <message>
            <source> owned by {name}</source>
            <translation> sous la responsabilité de {name}</translation>
        </message>
    </context>
    <context>
        <name>MinutesScreen</name>
        <message>
            <source>Type a clause reference or title, then Enter</source>
            <translation>Tapez la référence ou le titre d'une clause, puis Entrée</translation>
        </message>
        <message>
            <source>What they said (Enter saves; the clause stays for the next one)</source>
            <translation>Ce qui a été dit (Entrée enregistre ; la clause reste pour la suivante)</translation>
        </message>
        <message>
            <source>&amp;Round</source>
            <translation>&amp;Cycle</translation>
        </message>
        <message>
            <source>&amp;Clause</source>
            <translation>C&amp;lause</translation>
        </message>
        <message>
            <source>&amp;Party · signal</source>
            <translation>&amp;Partie · signal</translation>
        </message>
        <message>
            <source>&amp;Words</source>
            <translation>&amp;Propos</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Clause</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Partie</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <source>What was said</source>
            <translation>Propos tenus</translation>
        </message>
        <message>
            <source>&amp;Apply to positions and brackets…</source>
            <translation>&amp;Appliquer aux positions et crochets…</translation>
        </message>
        <message>
            <source>&amp;Delete intervention</source>
            <translation>&amp;Supprimer l'intervention</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Compte rendu</translation>
        </message>
        <message>
            <source>{track} round {number} ({date})</source>
            <translation>{track} cycle {number} ({date})</translation>
        </message>
        <message>
            <source>Add a round first (Rounds screen)</source>
            <translation>Ajoutez d'abord un cycle (écran Cycles)</translation>
        </message>
        <message>
            <source>Whole clause</source>
            <translation>Clause entière</translation>
        </message>
        <message>
            <source>No party on key {letter}</source>
            <translation>Aucune partie sur la touche {letter}</translation>
        </message>
        <message>
            <source>Signals are keys 1 to {last}</source>
            <translation>Les signaux sont les touches 1 à {last}</translation>
        </message>
        <message>
            <source>press a letter, then a digit; Enter saves</source>
            <translation>tapez une lettre, puis un chiffre ; Entrée enregistre</translation>
        </message>
        <message>
            <source>Party: {parties}</source>
            <translation>Partie : {parties}</translation>
        </message>
        <message>
            <source>Signal: {signals}</source>
            <translation>Signal : {signals}</translation>
        </message>
        <message>
            <source>a clause</source>
            <translation>une clause</translation>
        </message>
        <message>
            <source>a party (its letter)</source>
            <translation>une partie (sa lettre)</translation>
        </message>
        <message>
            <source>a signal (1-5)</source>
            <translation>un signal (1-5)</translation>
        </message>
        <message>
            <source>Choose {what} first</source>
            <translation>Choisissez d'abord {what}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>a round</source>
            <translation>un cycle</translation>
        </message>
        <message>
            <source>Note {party} {signal}</source>
            <translation>Noter {party} {signal}</translation>
        </message>
        <message>
            <source>Noted #{seq}: {party} {signal} {clause}</source>
            <translation>Noté n° {seq} : {party} {signal} {clause}</translation>
        </message>
        <message>
            <source>Delete intervention</source>
            <translation>Supprimer l'intervention</translation>
        </message>
        <message>
            <source> [bracket]</source>
            <translation> [crochet]</translation>
        </message>
    </context>
    <context>
        <name>Modals</name>
        <message>
            <source>Obligation weakened</source>
            <translation>Obligation affaiblie</translation>
        </message>
        <message>
            <source>Obligation strengthened</source>
            <translation>Obligation renforcée</translation>
        </message>
        <message>
            <source>Obligation changed</source>
            <translation>Obligation modifiée</translation>
        </message>
        <message>
            <source>no modal</source>
            <translation>aucun modal</translation>
        </message>
    </context>
    <context>
        <name>Placeholder</name>
        <message>
            <source>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;This screen is not available in this build.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;Cet écran n'est pas disponible dans cette version.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>PositionForm</name>
        <message>
            <source>Position on {ref}</source>
            <translation>Position sur {ref}</translation>
        </message>
        <message>
            <source>&amp;Party</source>
            <translation>&amp;Partie</translation>
        </message>
        <message>
            <source>&amp;Stance</source>
            <translation>Po&amp;sition</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>&amp;Round</source>
            <translation>&amp;Cycle</translation>
        </message>
        <message>
            <source>INTERNAL — our delegation only, never in shareable documents</source>
            <translation>INTERNE — notre délégation uniquement, jamais dans les documents partageables</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>Ligne rouge</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>Position de repli</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Note interne</translation>
        </message>
        <message>
            <source>{party} position on {ref}</source>
            <translation>Position de {party} sur {ref}</translation>
        </message>
        <message>
            <source>Previous ({stance}): {note}</source>
            <translation>Précédente ({stance}) : {note}</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(pas de note)</translation>
        </message>
        <message>
            <source>No previous position.</source>
            <translation>Aucune position précédente.</translation>
        </message>
        <message>
            <source>Add a round for this track first (Rounds screen)</source>
            <translation>Ajoutez d'abord un cycle à ce volet (écran Cycles)</translation>
        </message>
    </context>
    <context>
        <name>PositionsModel</name>
        <message>
            <source>INTERNAL</source>
            <translation>INTERNE</translation>
        </message>
        <message>
            <source>not a party</source>
            <translation>non partie</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Volet</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>Réf.</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Clause</translation>
        </message>
        <message>
            <source>{code} (ours)</source>
            <translation>{code} (nous)</translation>
        </message>
        <message>
            <source>red line</source>
            <translation>ligne rouge</translation>
        </message>
        <message>
            <source>fallback</source>
            <translation>position de repli</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>{mark} {label}: {text}</source>
            <translation>{mark} {label} : {text}</translation>
        </message>
        <message>
            <source>{party} is not a party to this track</source>
            <translation>{party} n'est pas partie à ce volet</translation>
        </message>
        <message>
            <source>{party} has stated no position yet</source>
            <translation>{party} n'a encore exprimé aucune position</translation>
        </message>
        <message>
            <source> (round {number}, {date})</source>
            <translation> (cycle {number}, {date})</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(pas de note)</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>Ligne rouge</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>Position de repli</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Note interne</translation>
        </message>
        <message>
            <source>Our delegation: red lines and fallbacks here are INTERNAL and never exported to counterparts</source>
            <translation>Notre délégation : lignes rouges et positions de repli y sont INTERNES et jamais exportées vers les homologues</translation>
        </message>
        <message>
            <source>{party}'s latest stance on each clause</source>
            <translation>Dernière position de {party} sur chaque clause</translation>
        </message>
        <message>
            <source>{party} position on {ref}: {stance}</source>
            <translation>Position de {party} sur {ref} : {stance}</translation>
        </message>
    </context>
    <context>
        <name>PositionsView</name>
        <message>
            <source>Any topic</source>
            <translation>Tout thème</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Volet</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Position not changed</source>
            <translation>Position inchangée</translation>
        </message>
        <message>
            <source>{not_a_party} (hatched): not in the track</source>
            <translation>{not_a_party} (hachuré) : hors du volet</translation>
        </message>
        <message>
            <source>Double-click or Enter: record a position; F2 or a letter: change the stance in place.</source>
            <translation>Double-clic ou Entrée : saisir une position ; F2 ou une lettre : changer la position sur place.</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>Tous les volets</translation>
        </message>
        <message>
            <source>Select a cell to read the full position; our red lines and fallbacks show only in our own column, marked INTERNAL.</source>
            <translation>Choisissez une cellule pour lire la position complète ; nos lignes rouges et positions de repli n'apparaissent que dans notre colonne, marquées INTERNE.</translation>
        </message>
        <message>
            <source>{party} on {ref} {title}</source>
            <translation>{party} sur {ref} {title}</translation>
        </message>
        <message>
            <source>{party} is not a party to the {track} track, so it holds no position on this clause. Add it to the track (Tracks, Edit) to record one.</source>
            <translation>{party} n'est pas partie au volet {track} et n'a donc pas de position sur cette clause. Ajoutez-la au volet (Volets, Modifier) pour en saisir une.</translation>
        </message>
        <message>
            <source>{head}: no position recorded.</source>
            <translation>{head} : aucune position enregistrée.</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(pas de note)</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>Ligne rouge</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>Position de repli</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Note interne</translation>
        </message>
        <message>
            <source>{internal} (our delegation only)</source>
            <translation>{internal} (notre délégation uniquement)</translation>
        </message>
    </context>
    <context>
        <name>RedlinePane</name>
        <message>
            <source>Clause compared from</source>
            <translation>Clause de départ de la comparaison</translation>
        </message>
        <message>
            <source>Clause compared with</source>
            <translation>Clause comparée</translation>
        </message>
        <message>
            <source>Redline &amp;from:</source>
            <translation>Comparer &amp;de :</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>&amp;à :</translation>
        </message>
        <message>
            <source>S&amp;wap</source>
            <translation>&amp;Inverser</translation>
        </message>
        <message>
            <source>Compare the other way round</source>
            <translation>Comparer dans l'autre sens</translation>
        </message>
        <message>
            <source>Redline between the two clauses</source>
            <translation>Comparaison des deux clauses</translation>
        </message>
        <message>
            <source>Fewer than two clauses on this topic: nothing to compare.</source>
            <translation>Moins de deux clauses sur ce thème : rien à comparer.</translation>
        </message>
        <message>
            <source>Pick two clauses to compare.</source>
            <translation>Choisissez deux clauses à comparer.</translation>
        </message>
        <message>
            <source>The same clause on both sides: pick another to compare.</source>
            <translation>La même clause des deux côtés : choisissez-en une autre.</translation>
        </message>
        <message>
            <source>Legend: {inserted} (underlined): only in {second} · {deleted} (struck through): only in {first} · plain: in both.</source>
            <translation>Légende : {inserted} (souligné) : seulement dans {second} · {deleted} (barré) : seulement dans {first} · normal : dans les deux.</translation>
        </message>
        <message>
            <source>inserted</source>
            <translation>ajouté</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>supprimé</translation>
        </message>
    </context>
    <context>
        <name>RosterDialog</name>
        <message>
            <source>Delegation roster</source>
            <translation>Liste de la délégation</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Initiales</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Role (head of delegation, lawyer, expert…)</source>
            <translation>Rôle (chef de délégation, juriste, expert…)</translation>
        </message>
        <message>
            <source>&amp;Add member</source>
            <translation>&amp;Ajouter un membre</translation>
        </message>
        <message>
            <source>Mark &amp;inactive / active</source>
            <translation>Marquer &amp;inactif / actif</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>I am</source>
            <translation>Je suis</translation>
        </message>
        <message>
            <source>I &amp;am:</source>
            <translation>&amp;Je suis :</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>nobody chosen</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>Choose who I am</source>
            <translation>Choisir qui je suis</translation>
        </message>
        <message>
            <source>Add delegation member</source>
            <translation>Ajouter un membre de la délégation</translation>
        </message>
        <message>
            <source>Change member</source>
            <translation>Modifier le membre</translation>
        </message>
        <message>
            <source>Remove member</source>
            <translation>Retirer le membre</translation>
        </message>
    </context>
    <context>
        <name>RoundBars</name>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>INTERNAL</source>
            <translation>INTERNE</translation>
        </message>
        <message>
            <source>No rounds yet</source>
            <translation>Aucun cycle pour l'instant</translation>
        </message>
    </context>
    <context>
        <name>RoundForm</name>
        <message>
            <source>Edit round</source>
            <translation>Modifier le cycle</translation>
        </message>
        <message>
            <source>New round</source>
            <translation>Nouveau cycle</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Volet</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Visioconférence</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Add a track first (Tracks, Ctrl+2).</source>
            <translation>Ajoutez d'abord un volet (Volets, Ctrl+2).</translation>
        </message>
        <message>
            <source>Say where the round took place, or tick video call.</source>
            <translation>Indiquez où s'est tenu le cycle, ou cochez visioconférence.</translation>
        </message>
        <message>
            <source>Add round</source>
            <translation>Ajouter un cycle</translation>
        </message>
        <message>
            <source>Edit round {number}</source>
            <translation>Modifier le cycle {number}</translation>
        </message>
    </context>
    <context>
        <name>RoundsModel</name>
        <message>
            <source>Track</source>
            <translation>Volet</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Actions ouvertes</translation>
        </message>
        <message>
            <source>video call</source>
            <translation>visioconférence</translation>
        </message>
        <message>
            <source>Illustrative: this round is part of the demo story, not a real meeting</source>
            <translation>Illustratif : ce cycle fait partie du scénario de démonstration, pas d'une vraie réunion</translation>
        </message>
    </context>
    <context>
        <name>RoundsView</name>
        <message>
            <source>Track</source>
            <translation>Volet</translation>
        </message>
        <message>
            <source>New round…</source>
            <translation>Nouveau cycle…</translation>
        </message>
        <message>
            <source>Edit round…</source>
            <translation>Modifier le cycle…</translation>
        </message>
        <message>
            <source>Add action…</source>
            <translation>Ajouter une action…</translation>
        </message>
        <message>
            <source>Mark done / not done</source>
            <translation>Marquer fait / non fait</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Actions de suivi</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Pièces jointes</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Cycles</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>Tous les volets</translation>
        </message>
        <message>
            <source>Select a round.</source>
            <translation>Choisissez un cycle.</translation>
        </message>
        <message>
            <source>video call</source>
            <translation>visioconférence</translation>
        </message>
        <message>
            <source>Illustrative round (demo story).</source>
            <translation>Cycle illustratif (scénario de démonstration).</translation>
        </message>
        <message>
            <source>{track} round {number} — {date}, {place}</source>
            <translation>{track} cycle {number} — {date}, {place}</translation>
        </message>
        <message>
            <source>dd MMMM yyyy</source>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Mark action done</source>
            <translation>Marquer l'action comme faite</translation>
        </message>
        <message>
            <source>Mark action not done</source>
            <translation>Marquer l'action comme non faite</translation>
        </message>
    </context>
    <context>
        <name>ScorecardView</name>
        <message>
            <source>Round</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Brackets opened</source>
            <translation>Crochets ouverts</translation>
        </message>
        <message>
            <source>Brackets closed</source>
            <translation>Crochets levés</translation>
        </message>
        <message>
            <source>Moves towards ours</source>
            <translation>Vers notre position</translation>
        </message>
        <message>
            <source>Moves away from ours</source>
            <translation>S'éloignant de la nôtre</translation>
        </message>
        <message>
            <source>Our fallbacks used</source>
            <translation>Nos replis utilisés</translation>
        </message>
        <message>
            <source>Interventions</source>
            <translation>Interventions</translation>
        </message>
        <message>
            <source>Round {number} ({date})</source>
            <translation>Cycle {number} ({date})</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>{title} (internal)</source>
            <translation>{title} (interne)</translation>
        </message>
        <message>
            <source>Internal: never printed in a shareable briefing</source>
            <translation>Interne : jamais imprimé dans une note partageable</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Bilan</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Volet</translation>
        </message>
        <message>
            <source>&amp;Track:</source>
            <translation>&amp;Volet :</translation>
        </message>
        <message>
            <source>INTERNAL</source>
            <translation>INTERNE</translation>
        </message>
        <message>
            <source>our fallbacks used and the minutes' interventions: never in a shareable paper</source>
            <translation>nos positions de repli utilisées et les interventions du compte rendu : jamais dans un document partageable</translation>
        </message>
        <message>
            <source>No track yet.</source>
            <translation>Aucun volet pour l'instant.</translation>
        </message>
        <message numerus="yes">
            <source>%n round(s); brackets opened {opened}, closed {closed}; ours: {ours}</source>
            <translation>
                <numerusform>%n cycle ; crochets ouverts {opened}, levés {closed} ; nous : {ours}</numerusform>
                <numerusform>%n cycles ; crochets ouverts {opened}, levés {closed} ; nous : {ours}</numerusform>
            </translation>
        </message>
        <message>
            <source>none marked</source>
            <translation>non indiquée</translation>
        </message>
        <message>
            <source>R{number}</source>
            <translation>C{number}</translation>
        </message>
        <message>
            <source>Brackets: opened (up), closed (down)</source>
            <translation>Crochets : ouverts (haut), levés (bas)</translation>
        </message>
        <message>
            <source>opened</source>
            <translation>ouverts</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>levés</translation>
        </message>
        <message>
            <source>{party} towards</source>
            <translation>{party} vers nous</translation>
        </message>
        <message>
            <source>{party} away</source>
            <translation>{party} s'éloigne</translation>
        </message>
        <message>
            <source>Stance moves: towards ours (up), away (down)</source>
            <translation>Évolution des positions : vers la nôtre (haut), à l'opposé (bas)</translation>
        </message>
        <message>
            <source>Interventions (up), our fallbacks used (down)</source>
            <translation>Interventions (haut), nos replis utilisés (bas)</translation>
        </message>
        <message>
            <source>our fallbacks used</source>
            <translation>nos positions de repli utilisées</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Find</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Search clauses, rounds, positions, commitments…  ("a phrase", -word, OR, NEAR(a b))</source>
            <translation>Chercher clauses, cycles, positions, engagements…  ("une phrase", -mot, OR, NEAR(a b))</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <source>Rank every match, older ones too</source>
            <translation>Classer tous les résultats, anciens compris</translation>
        </message>
        <message>
            <source>A word found in more than 300 records is ranked among its newest matches; tick this to rank them all (slower in a large log)</source>
            <translation>Un mot présent dans plus de 300 enregistrements est classé parmi ses résultats les plus récents ; cochez pour tous les classer (plus lent dans un grand journal)</translation>
        </message>
        <message>
            <source>Nothing found</source>
            <translation>Aucun résultat</translation>
        </message>
        <message>
            <source>50 results (best 50)</source>
            <translation>50 résultats (les 50 meilleurs)</translation>
        </message>
        <message>
            <source>1 result</source>
            <translation>1 résultat</translation>
        </message>
        <message>
            <source>{n} results</source>
            <translation>{n} résultats</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <source>Clause</source>
            <translation>Clause</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Volet</translation>
        </message>
        <message>
            <source>Intervention</source>
            <translation>Intervention</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Commentaire</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>MineralsDesk — keyboard shortcuts</source>
            <translation>MineralsDesk — raccourcis clavier</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;Print to PDF…</source>
            <translation>&amp;Imprimer en PDF…</translation>
        </message>
        <message>
            <source>Print keyboard shortcuts</source>
            <translation>Imprimer les raccourcis clavier</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>MineralsDesk keyboard shortcuts</source>
            <translation>Raccourcis clavier de MineralsDesk</translation>
        </message>
    </context>
    <context>
        <name>StartupChecks</name>
        <message>
            <source>The background check of {name} could not run: {message}</source>
            <translation>La vérification en arrière-plan de {name} n'a pas pu s'exécuter : {message}</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>file {number} from {name}: already imported, nothing changed</source>
            <translation>fichier {number} de {name} : déjà importé, rien n'a changé</translation>
        </message>
        <message>
            <source>{n} new entry</source>
            <translation>{n} nouvelle entrée</translation>
        </message>
        <message>
            <source>{n} new entries</source>
            <translation>{n} nouvelles entrées</translation>
        </message>
        <message>
            <source>file {number} from {name}: {entries}; would apply {applied}, already here {already}, conflicts {conflicts}, not records {skipped}</source>
            <translation>fichier {number} de {name} : {entries} ; à appliquer {applied}, déjà présentes {already}, conflits {conflicts}, hors enregistrements {skipped}</translation>
        </message>
        <message>
            <source>file {number} from {name}: {entries}; applied {applied}, already here {already}, conflicts {conflicts}, not records {skipped}</source>
            <translation>fichier {number} de {name} : {entries} ; appliquées {applied}, déjà présentes {already}, conflits {conflicts}, hors enregistrements {skipped}</translation>
        </message>
        <message>
            <source>{table} {id}: created there, but deleted here</source>
            <translation>{table} {id} : créé là-bas, mais supprimé ici</translation>
        </message>
        <message>
            <source>{table} {id}: created there under a record missing here</source>
            <translation>{table} {id} : créé là-bas sous un enregistrement absent ici</translation>
        </message>
        <message>
            <source>{table} {id}: deleted there, but records here still use it</source>
            <translation>{table} {id} : supprimé là-bas, mais des enregistrements l'utilisent encore ici</translation>
        </message>
        <message>
            <source>{table} {id}, {field}: edited there, deleted here</source>
            <translation>{table} {id}, {field} : modifié là-bas, supprimé ici</translation>
        </message>
        <message>
            <source>{table} {id}, {field}: changed on both laptops</source>
            <translation>{table} {id}, {field} : modifié sur les deux ordinateurs</translation>
        </message>
    </context>
    <context>
        <name>SyncCard</name>
        <message>
            <source>never received a file</source>
            <translation>aucun fichier reçu</translation>
        </message>
        <message numerus="yes">
            <source>%n open conflict(s)</source>
            <translation>
                <numerusform>%n conflit ouvert</numerusform>
                <numerusform>%n conflits ouverts</numerusform>
            </translation>
        </message>
        <message>
            <source>Last synced with</source>
            <translation>Dernière synchronisation avec</translation>
        </message>
        <message>
            <source>files received {received} · sent {sent}</source>
            <translation>fichiers reçus {received} · envoyés {sent}</translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message>
            <source>MineralsDesk sync file (*.mdsync);;All files (*)</source>
            <translation>Fichier de synchronisation MineralsDesk (*.mdsync);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Sync with a colleague</source>
            <translation>Synchroniser avec un collègue</translation>
        </message>
        <message>
            <source>&amp;Export for a colleague</source>
            <translation>&amp;Exporter pour un collègue</translation>
        </message>
        <message>
            <source>&amp;Import a file</source>
            <translation>&amp;Importer un fichier</translation>
        </message>
        <message>
            <source>the delegation's sync passphrase (not stored)</source>
            <translation>la phrase secrète de synchronisation de la délégation (non conservée)</translation>
        </message>
        <message>
            <source>This log is encrypted: the file is sealed with the log's own passphrase, which every colleague's copy shares.</source>
            <translation>Ce journal est chiffré : le fichier est scellé avec la phrase secrète du journal, commune à la copie de chaque collègue.</translation>
        </message>
        <message>
            <source>Sync files are sealed with the delegation's sync passphrase, agreed among colleagues. It is used for this file only and never stored.</source>
            <translation>Les fichiers de synchronisation sont scellés avec la phrase secrète de synchronisation de la délégation, convenue entre collègues. Elle ne sert qu'à ce fichier et n'est jamais conservée.</translation>
        </message>
        <message>
            <source>{title} refused</source>
            <translation>{title} : refusé</translation>
        </message>
        <message>
            <source>Colleague</source>
            <translation>Collègue</translation>
        </message>
        <message>
            <source>a colleague's name</source>
            <translation>le nom d'un collègue</translation>
        </message>
        <message>
            <source>Sync file to write</source>
            <translation>Fichier de synchronisation à écrire</translation>
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <source>&amp;Colleague</source>
            <translation>&amp;Collègue</translation>
        </message>
        <message>
            <source>Save &amp;as</source>
            <translation>Enregistrer &amp;sous</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Phrase secrète</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>aucun pour l'instant</translation>
        </message>
        <message>
            <source>Known colleagues: {known}. A file for someone not yet known carries the whole history once.</source>
            <translation>Collègues connus : {known}. Un fichier pour une personne encore inconnue contient une fois tout l'historique.</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <source>Write the sync file</source>
            <translation>Écrire le fichier de synchronisation</translation>
        </message>
        <message>
            <source>Name the colleague the file is for.</source>
            <translation>Indiquez le collègue destinataire du fichier.</translation>
        </message>
        <message>
            <source>Choose where to write the file.</source>
            <translation>Choisissez où écrire le fichier.</translation>
        </message>
        <message>
            <source>Type the delegation's sync passphrase.</source>
            <translation>Saisissez la phrase secrète de synchronisation de la délégation.</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>Rien n'a été écrit.</translation>
        </message>
        <message>
            <source>Export for a colleague refused</source>
            <translation>Export pour un collègue refusé</translation>
        </message>
        <message>
            <source>Sealing the file…</source>
            <translation>Scellement du fichier…</translation>
        </message>
        <message>
            <source>Written: {path}. Give it to {colleague} by USB or secure mail.</source>
            <translation>Écrit : {path}. Remettez-le à {colleague} par clé USB ou messagerie sécurisée.</translation>
        </message>
        <message>
            <source>Export for a colleague</source>
            <translation>Export pour un collègue</translation>
        </message>
        <message>
            <source>Sync file to import</source>
            <translation>Fichier de synchronisation à importer</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>Pass&amp;phrase</source>
            <translation>P&amp;hrase secrète</translation>
        </message>
        <message>
            <source>Preview first: nothing is written until you apply.</source>
            <translation>Aperçu d'abord : rien n'est écrit avant que vous appliquiez.</translation>
        </message>
        <message>
            <source>Conflicts the file would make</source>
            <translation>Conflits que le fichier créerait</translation>
        </message>
        <message>
            <source>The conflicts the file would make are listed here after a preview.</source>
            <translation>Les conflits que le fichier créerait s'affichent ici après un aperçu.</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>A&amp;perçu</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Appliquer</translation>
        </message>
        <message>
            <source>Import a sync file</source>
            <translation>Importer un fichier de synchronisation</translation>
        </message>
        <message>
            <source>Choose the sync file a colleague gave you.</source>
            <translation>Choisissez le fichier de synchronisation remis par un collègue.</translation>
        </message>
        <message>
            <source>Preview the sync file</source>
            <translation>Aperçu du fichier de synchronisation</translation>
        </message>
        <message>
            <source>Import the sync file</source>
            <translation>Import du fichier de synchronisation</translation>
        </message>
        <message>
            <source>Preview (nothing written yet)</source>
            <translation>Aperçu (rien d'écrit pour l'instant)</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Appliqué</translation>
        </message>
        <message>
            <source>Would apply &lt;b&gt;{applied}&lt;/b&gt;, already here {already}, conflicts &lt;b&gt;{conflicts}&lt;/b&gt;, not records {skipped}.</source>
            <translation>Appliquerait &lt;b&gt;{applied}&lt;/b&gt;, déjà présents {already}, conflits &lt;b&gt;{conflicts}&lt;/b&gt;, hors éléments {skipped}.</translation>
        </message>
        <message>
            <source>Applied &lt;b&gt;{applied}&lt;/b&gt;, already here {already}, conflicts &lt;b&gt;{conflicts}&lt;/b&gt;, not records {skipped}.</source>
            <translation>Appliqués &lt;b&gt;{applied}&lt;/b&gt;, déjà présents {already}, conflits &lt;b&gt;{conflicts}&lt;/b&gt;, hors éléments {skipped}.</translation>
        </message>
        <message>
            <source>file {number} from {sender}: {entries} new entries.</source>
            <translation>fichier {number} de {sender} : {entries} nouvelles entrées.</translation>
        </message>
        <message>
            <source>Apply to merge it.</source>
            <translation>Appliquez pour le fusionner.</translation>
        </message>
        <message>
            <source>Apply to merge it; the conflicts go to the Conflicts screen, nothing is overwritten.</source>
            <translation>Appliquez pour le fusionner ; les conflits vont dans l'écran Conflits, rien n'est écrasé.</translation>
        </message>
        <message>
            <source>… and {more} more</source>
            <translation>… et {more} de plus</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>Aucun conflit.</translation>
        </message>
    </context>
    <context>
        <name>TeamCard</name>
        <message>
            <source>open before {track} round {number} ({date})</source>
            <translation>en cours avant {track} cycle {number} ({date})</translation>
        </message>
        <message>
            <source>everything open (no round planned yet)</source>
            <translation>tout ce qui est en cours (aucun cycle prévu)</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Équipe</translation>
        </message>
        <message>
            <source>(you)</source>
            <translation>(vous)</translation>
        </message>
        <message>
            <source>{name}'s clauses, in Clauses</source>
            <translation>Clauses de {name}, dans Clauses</translation>
        </message>
        <message numerus="yes">
            <source>%n open clause(s)</source>
            <translation>
                <numerusform>%n clause en cours</numerusform>
                <numerusform>%n clauses en cours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s) due</source>
            <translation>
                <numerusform>%n engagement à échéance</numerusform>
                <numerusform>%n engagements à échéance</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open commitment(s)</source>
            <translation>
                <numerusform>%n engagement en cours</numerusform>
                <numerusform>%n engagements en cours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TopicsView</name>
        <message>
            <source>Topics</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>&amp;Topic:</source>
            <translation>&amp;Thème :</translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) in {covering} of {tracks} tracks</source>
            <translation>
                <numerusform>%n clause dans {covering} volets sur {tracks}</numerusform>
                <numerusform>%n clauses dans {covering} volets sur {tracks}</numerusform>
            </translation>
        </message>
        <message>
            <source>No clause on this topic yet.</source>
            <translation>Aucune clause sur ce thème pour l'instant.</translation>
        </message>
    </context>
    <context>
        <name>TrackColumn</name>
        <message>
            <source>amends</source>
            <translation>amende</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <source>, v{version} tabled by {party}</source>
            <translation>, v{version} déposée par {party}</translation>
        </message>
        <message>
            <source>, no text yet</source>
            <translation>, pas encore de texte</translation>
        </message>
        <message>
            <source>No text recorded.</source>
            <translation>Aucun texte enregistré.</translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) · parties {parties}</source>
            <translation>
                <numerusform>%n clause · parties {parties}</numerusform>
                <numerusform>%n clauses · parties {parties}</numerusform>
            </translation>
        </message>
        <message>
            <source>No clause on this topic in this track.</source>
            <translation>Aucune clause sur ce thème dans ce volet.</translation>
        </message>
        <message>
            <source>Current text of the {track} clauses on this topic</source>
            <translation>Texte actuel des clauses {track} sur ce thème</translation>
        </message>
        <message>
            <source>Stances in {track}</source>
            <translation>Positions dans {track}</translation>
        </message>
        <message>
            <source>Each party's latest stance in {track}</source>
            <translation>Dernière position de chaque partie dans {track}</translation>
        </message>
        <message>
            <source>{party}: no position recorded on {ref}</source>
            <translation>{party} : aucune position enregistrée sur {ref}</translation>
        </message>
        <message>
            <source>{party} on {ref}: {stance}</source>
            <translation>{party} sur {ref} : {stance}</translation>
        </message>
    </context>
    <context>
        <name>TrackForm</name>
        <message>
            <source>Edit track</source>
            <translation>Modifier le volet</translation>
        </message>
        <message>
            <source>New track</source>
            <translation>Nouveau volet</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Short name, e.g. MOU</source>
            <translation>Nom court, p. ex. MOU</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>memorandum, roadmap, action plan…</source>
            <translation>mémorandum, feuille de route, plan d'action…</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Date cible</translation>
        </message>
        <message>
            <source>Has a target</source>
            <translation>A une date cible</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Give the track a short reference.</source>
            <translation>Donnez une référence courte au volet.</translation>
        </message>
        <message>
            <source>Give the track a title.</source>
            <translation>Donnez un titre au volet.</translation>
        </message>
        <message>
            <source>A negotiation needs at least two parties.</source>
            <translation>Une négociation exige au moins deux parties.</translation>
        </message>
        <message>
            <source>Add track {ref}</source>
            <translation>Ajouter le volet {ref}</translation>
        </message>
        <message>
            <source>Edit track {ref}</source>
            <translation>Modifier le volet {ref}</translation>
        </message>
    </context>
    <context>
        <name>TracksModel</name>
        <message>
            <source>Ref</source>
            <translation>Réf.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Parties</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Date cible</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>Clauses</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Cycles</translation>
        </message>
        <message>
            <source>✓ concluded</source>
            <translation>✓ conclu</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>sans date cible</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n jour restant</numerusform>
                <numerusform>%n jours restants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) past</source>
            <translation>
                <numerusform>dépassé de %n jour</numerusform>
                <numerusform>dépassé de %n jours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TracksView</name>
        <message>
            <source>New track…</source>
            <translation>Nouveau volet…</translation>
        </message>
        <message>
            <source>Add a track (Record menu, Ctrl+Shift+T)</source>
            <translation>Ajouter un volet (menu Saisie, Ctrl+Maj+T)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Edit the selected track (Enter or F2)</source>
            <translation>Modifier le volet choisi (Entrée ou F2)</translation>
        </message>
        <message>
            <source>Tracks</source>
            <translation>Volets</translation>
        </message>
        <message>
            <source>dd MMMM yyyy</source>
            <translation>d MMMM yyyy</translation>
        </message>
        <message>
            <source>none set</source>
            <translation>non fixée</translation>
        </message>
        <message>
            <source>Target date:</source>
            <translation>Date cible :</translation>
        </message>
        <message>
            <source>Parties:</source>
            <translation>Parties :</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Type :</translation>
        </message>
        <message>
            <source>Show on the dashboard</source>
            <translation>Afficher sur le tableau de bord</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>drafted</source>
            <translation>en projet</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>proposée</translation>
        </message>
        <message>
            <source>under negotiation</source>
            <translation>en négociation</translation>
        </message>
        <message>
            <source>bracketed</source>
            <translation>entre crochets</translation>
        </message>
        <message>
            <source>agreed ad referendum</source>
            <translation>agréée ad referendum</translation>
        </message>
        <message>
            <source>agreed</source>
            <translation>agréée</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>abandonnée</translation>
        </message>
        <message>
            <source>supports</source>
            <translation>soutient</translation>
        </message>
        <message>
            <source>accepts with amendments</source>
            <translation>accepte avec amendements</translation>
        </message>
        <message>
            <source>reserves</source>
            <translation>réserve sa position</translation>
        </message>
        <message>
            <source>opposes</source>
            <translation>s'oppose</translation>
        </message>
        <message>
            <source>no position</source>
            <translation>sans position</translation>
        </message>
        <message>
            <source>joint projects</source>
            <translation>projets communs</translation>
        </message>
        <message>
            <source>price support</source>
            <translation>soutien des prix</translation>
        </message>
        <message>
            <source>market protection</source>
            <translation>protection du marché</translation>
        </message>
        <message>
            <source>export-restriction exemptions</source>
            <translation>exemptions aux restrictions à l'exportation</translation>
        </message>
        <message>
            <source>R&amp;D and innovation</source>
            <translation>R&amp;D et innovation</translation>
        </message>
        <message>
            <source>stockpiling</source>
            <translation>stockage</translation>
        </message>
        <message>
            <source>response group</source>
            <translation>groupe de réaction</translation>
        </message>
        <message>
            <source>other</source>
            <translation>autre</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ouvert</translation>
        </message>
        <message>
            <source>on track</source>
            <translation>en bonne voie</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>menacé</translation>
        </message>
        <message>
            <source>met</source>
            <translation>tenu</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>manqué</translation>
        </message>
        <message>
            <source>objects</source>
            <translation>objecte</translation>
        </message>
        <message>
            <source>proposes wording</source>
            <translation>propose un libellé</translation>
        </message>
        <message>
            <source>asks for time</source>
            <translation>demande un délai</translation>
        </message>
        <message>
            <source>statement</source>
            <translation>déclaration</translation>
        </message>
        <message>
            <source>round</source>
            <translation>cycle de négociation</translation>
        </message>
        <message>
            <source>clause</source>
            <translation>clause</translation>
        </message>
        <message>
            <source>interim</source>
            <translation>intermédiaire</translation>
        </message>
        <message>
            <source>final</source>
            <translation>finale</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>interne</translation>
        </message>
        <message>
            <source>shareable</source>
            <translation>communicable</translation>
        </message>
    </context>
    <context>
        <name>Word</name>
        <message>
            <source>{track} round {number} ({date})</source>
            <translation>{track}, cycle {number} ({date})</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>aucun enregistré</translation>
        </message>
        <message>
            <source>Proposed by {proposer}; supported by {supporters}; objected to by {objectors}.</source>
            <translation>Proposé par {proposer} ; soutenu par {supporters} ; objections de {objectors}.</translation>
        </message>
        <message>
            <source>INTERNAL — {notes}</source>
            <translation>INTERNE — {notes}</translation>
        </message>
        <message>
            <source>{label} ({round}): {text}</source>
            <translation>{label} ({round}) : {text}</translation>
        </message>
        <message>
            <source>no round</source>
            <translation>aucun cycle</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>Ligne rouge</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>Position de repli</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Note interne</translation>
        </message>
        <message>
            <source>Changes from {earlier} to {later}, as tracked changes</source>
            <translation>Modifications de {earlier} à {later}, en suivi des modifications</translation>
        </message>
        <message>
            <source>Negotiating text as of {round}</source>
            <translation>Texte de négociation – état : {round}</translation>
        </message>
        <message>
            <source>Negotiating text</source>
            <translation>Texte de négociation</translation>
        </message>
        <message>
            <source>Parties: {parties}.</source>
            <translation>Parties : {parties}.</translation>
        </message>
        <message>
            <source>Text in [square brackets], highlighted, is not agreed.</source>
            <translation>Le texte entre [crochets], surligné, n’est pas agréé.</translation>
        </message>
        <message>
            <source>INTERNAL: the comments carry who proposed, supports and objects to each bracket, and our red lines and fallbacks. Do not send this file to other delegations.</source>
            <translation>INTERNE : les commentaires indiquent qui a proposé chaque crochet, qui le soutient et qui s’y oppose, ainsi que nos lignes rouges et positions de repli. N’envoyez pas ce fichier aux autres délégations.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <source>{track} — {title}: negotiating text</source>
            <translation>{track} — {title} : texte de négociation</translation>
        </message>
        <message>
            <source>Written by {producer}</source>
            <translation>Produit par {producer}</translation>
        </message>
    </context>
    <context>
        <name>WordExportDialog</name>
        <message>
            <source>Show the &amp;changes from round</source>
            <translation>Montrer les &amp;modifications du cycle</translation>
        </message>
        <message>
            <source>to round</source>
            <translation>au cycle</translation>
        </message>
        <message>
            <source>T&amp;rack</source>
            <translation>&amp;Volet</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>Choose an earlier round first, then a later one (nothing was written).</source>
            <translation>Choisissez d'abord un cycle antérieur, puis un plus récent (rien n'a été écrit).</translation>
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message>
            <source>Page &amp;P of &amp;N</source>
            <translation>Page &amp;P sur &amp;N</translation>
        </message>
        <message>
            <source>{log} — summary of {date}</source>
            <translation>{log} — synthèse du {date}</translation>
        </message>
        <message>
            <source>Internal copies: Owner (Clauses) and Our owner (Commitments) take a member's initials from the roster (empty: nobody); on the Comments sheet change a comment's Text or a thread's Resolved, or add a comment in a new row (see the notes on its headers).</source>
            <translation>Copies internes : Responsable (Clauses) et Notre responsable (Engagements) prennent les initiales d'un membre de la liste (vide : personne) ; sur la feuille Commentaires, modifiez le Texte d'un commentaire ou le Résolu d'un fil, ou ajoutez un commentaire sur une nouvelle ligne (voir les notes des en-têtes).</translation>
        </message>
        <message>
            <source>A new comment: what it is on: clause, bracket, commitment, round or track.</source>
            <translation>Nouveau commentaire : sur quoi il porte : clause, crochet, engagement, cycle ou volet.</translation>
        </message>
        <message>
            <source>A new comment: which record, written as on the other sheets: a clause as TRACK REF (MOU Art. 5); a bracket as TRACK REF#N (the N-th open bracket: MOU Art. 5#1); a round as TRACK RN (MOU R2); a commitment by the start of its text (or its Record id); a track by its ref (MOU).</source>
            <translation>Nouveau commentaire : quel enregistrement, écrit comme sur les autres feuilles : une clause en VOLET RÉF (MOU Art. 5) ; un crochet en VOLET RÉF#N (le N-ième crochet ouvert : MOU Art. 5#1) ; un cycle en VOLET RN (MOU R2) ; un engagement par le début de son texte (ou son identifiant) ; un volet par sa référence (MOU).</translation>
        </message>
        <message>
            <source>A reply: the thread's number (#3) instead of On and Target. Empty: a new thread.</source>
            <translation>Une réponse : le numéro du fil (#3) au lieu de Sur et Cible. Vide : un nouveau fil.</translation>
        </message>
        <message>
            <source>Initials from the delegation roster (empty: no author).</source>
            <translation>Initiales de la liste de la délégation (vide : pas d'auteur).</translation>
        </message>
        <message>
            <source>Filled in on import when empty (or a date and time: 2026-02-10 14:30).</source>
            <translation>Rempli à l'import s'il est vide (ou une date et une heure : 2026-02-10 14:30).</translation>
        </message>
        <message>
            <source>internal (the default) or shareable (may be printed for counterparts).</source>
            <translation>interne (par défaut) ou partageable (peut être imprimé pour les homologues).</translation>
        </message>
        <message>
            <source>yes or no, on a thread's first row (a reply's yes resolves its thread).</source>
            <translation>oui ou non, sur la première ligne d'un fil (le oui d'une réponse résout son fil).</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Délégation</translation>
        </message>
        <message>
            <source>Date of issue</source>
            <translation>Date d'émission</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Public</translation>
        </message>
        <message>
            <source>Marking</source>
            <translation>Mention de diffusion</translation>
        </message>
        <message>
            <source>Tracks</source>
            <translation>Volets</translation>
        </message>
        <message>
            <source>How to edit</source>
            <translation>Comment modifier</translation>
        </message>
        <message>
            <source>Text in cells</source>
            <translation>Texte des cellules</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>Import tag</source>
            <translation>Étiquette d'import</translation>
        </message>
        <message>
            <source>internal (our delegation only)</source>
            <translation>interne (notre délégation uniquement)</translation>
        </message>
        <message>
            <source>shareable (may go to counterparts)</source>
            <translation>partageable (peut être remis aux homologues)</translation>
        </message>
        <message>
            <source>Change only the columns with a green header: {status} ({clauses}); {positions} ({positions_sheet}); {state} ({commitments}). Sorting and filtering are fine. Send the file back for import: other edits are refused, and rows changed in the log since this date are listed as conflicts, not applied.</source>
            <translation>Ne modifiez que les colonnes à en-tête vert : {status} ({clauses}) ; {positions} ({positions_sheet}) ; {state} ({commitments}). Trier et filtrer ne pose pas de problème. Renvoyez le fichier pour import : les autres modifications sont refusées, et les lignes modifiées dans le journal depuis cette date sont signalées comme conflits, sans être appliquées.</translation>
        </message>
        <message>
            <source>Text that begins with = + - or @ is plain text, never a formula. Control characters are shown as symbols (NUL as ␀, vertical tab as ␋, form feed as ␌). Texts longer than Excel's 32,767-character limit are cut and say so. The Change log sheet shows the newest 10,000 entries; Summary and Change log are not read back on import. Rows and Import tag tie this file to the log that wrote it: an import checks them, so leave them as they are.</source>
            <translation>Un texte commençant par = + - ou @ est du texte brut, jamais une formule. Les caractères de contrôle sont affichés sous forme de symboles (NUL en ␀, tabulation verticale en ␋, saut de page en ␌). Les textes dépassant la limite d'Excel de 32 767 caractères sont coupés et l'indiquent. La feuille Journal des modifications montre les 10 000 entrées les plus récentes ; Synthèse et Journal des modifications ne sont pas relus à l'import. Lignes et Étiquette d'import lient ce fichier au journal qui l'a écrit : l'import les vérifie, laissez-les telles quelles.</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} et {last}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <source>all tracks</source>
            <translation>tous les volets</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Date cible</translation>
        </message>
        <message>
            <source>Next deadline</source>
            <translation>Prochaine échéance</translation>
        </message>
        <message>
            <source>Overdue commitments</source>
            <translation>Engagements en retard</translation>
        </message>
        <message>
            <source>Clauses by topic</source>
            <translation>Clauses par thème</translation>
        </message>
        <message>
            <source>MineralsDesk — Excel summary</source>
            <translation>MineralsDesk — synthèse Excel</translation>
        </message>
        <message>
            <source>Stance {party}</source>
            <translation>Position {party}</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Synthèse</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>Clauses</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Positions</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Cycles</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Engagements</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Évaluations</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>Journal des modifications</translation>
        </message>
        <message>
            <source>Record id</source>
            <translation>Id. de l'enregistrement</translation>
        </message>
        <message>
            <source>Row version</source>
            <translation>Version de la ligne</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Contrôle</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Volet</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>Réf.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Minerals</source>
            <translation>Minerais</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Our owner</source>
            <translation>Notre responsable</translation>
        </message>
        <message>
            <source>Open brackets</source>
            <translation>Crochets ouverts</translation>
        </message>
        <message>
            <source>Last changed round</source>
            <translation>Dernier cycle modifié</translation>
        </message>
        <message>
            <source>Current text</source>
            <translation>Texte actuel</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>Ligne rouge</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>Position de repli</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Note interne</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Clause</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Partie</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Round date</source>
            <translation>Date du cycle</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Visioconférence</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Illustrative</source>
            <translation>Illustratif</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Engagement</translation>
        </message>
        <message>
            <source>Source kind</source>
            <translation>Type de source</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Anchor</source>
            <translation>Référence de délai</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Jours de retard</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Note attribuée</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Éléments</translation>
        </message>
        <message>
            <source>Seq</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Quand (UTC)</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Record kind</source>
            <translation>Type d'enregistrement</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Old</source>
            <translation>Ancien</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>Thread</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Sur</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Cible</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texte</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Résolu</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>interne</translation>
        </message>
        <message>
            <source>shareable</source>
            <translation>partageable</translation>
        </message>
        <message>
            <source>track</source>
            <translation>volet</translation>
        </message>
        <message>
            <source>round</source>
            <translation>cycle</translation>
        </message>
        <message>
            <source>clause</source>
            <translation>clause</translation>
        </message>
        <message>
            <source>bracket</source>
            <translation>crochet</translation>
        </message>
        <message>
            <source>commitment</source>
            <translation>engagement</translation>
        </message>
        <message>
            <source>{column} value</source>
            <translation>Valeur de {column}</translation>
        </message>
        <message>
            <source>Pick a value for {column} from the list.</source>
            <translation>Choisissez une valeur de {column} dans la liste.</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>An unexpected error stopped the work ({kind}). Details were written to {where}.</source>
            <translation>Une erreur inattendue a interrompu le travail ({kind}). Les détails ont été enregistrés dans {where}.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>{title} failed</source>
            <translation>Échec : {title}</translation>
        </message>
    </context>
    <context>
        <name>XlsxImportDialog</name>
        <message>
            <source>Import Excel</source>
            <translation>Importer Excel</translation>
        </message>
        <message>
            <source>Choose the workbook a colleague sent back.</source>
            <translation>Choisissez le classeur renvoyé par un collègue.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Enregistrement</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Champ</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Actuel</translation>
        </message>
        <message>
            <source>Workbook says</source>
            <translation>Selon le classeur</translation>
        </message>
        <message>
            <source>Choose workbook…</source>
            <translation>Choisir le classeur…</translation>
        </message>
        <message>
            <source>Apply changes</source>
            <translation>Appliquer les modifications</translation>
        </message>
        <message>
            <source>{name} is password-protected. Its password:</source>
            <translation>{name} est protégé par un mot de passe. Son mot de passe :</translation>
        </message>
        <message>
            <source>Reading the workbook</source>
            <translation>Lecture du classeur</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more change(s), not listed here</source>
            <translation>
                <numerusform>… et %n autre modification, non listée ici</numerusform>
                <numerusform>… et %n autres modifications, non listées ici</numerusform>
            </translation>
        </message>
        <message>
            <source>Not applied: {line}</source>
            <translation>Non appliqué : {line}</translation>
        </message>
        <message numerus="yes">
            <source>Missing from {sheet}: %n row(s) of the export, not deleted from the log (delete records in the app)</source>
            <translation>
                <numerusform>Absente de {sheet} : %n ligne de l’export, non supprimée du journal (supprimez les enregistrements dans l’application)</numerusform>
                <numerusform>Absentes de {sheet} : %n lignes de l’export, non supprimées du journal (supprimez les enregistrements dans l’application)</numerusform>
            </translation>
        </message>
        <message>
            <source>1 change to apply</source>
            <translation>1 modification à appliquer</translation>
        </message>
        <message>
            <source>{n} changes to apply</source>
            <translation>{n} modifications à appliquer</translation>
        </message>
        <message>
            <source>nothing to change</source>
            <translation>rien à modifier</translation>
        </message>
        <message>
            <source>, {n} conflict(s) left alone</source>
            <translation>, {n} conflit(s) laissé(s) de côté</translation>
        </message>
        <message>
            <source>. Nothing has been written yet.</source>
            <translation>. Rien n'a encore été écrit.</translation>
        </message>
        <message>
            <source>Apply 1 change</source>
            <translation>Appliquer 1 modification</translation>
        </message>
        <message>
            <source>Apply {n} changes</source>
            <translation>Appliquer {n} modifications</translation>
        </message>
        <message>
            <source>Importing the workbook</source>
            <translation>Import du classeur</translation>
        </message>
        <message>
            <source>{n} change(s) applied from {file}.</source>
            <translation>{n} modification(s) appliquée(s) depuis {file}.</translation>
        </message>
        <message>
            <source>A backup was taken first (File &gt; Restore…). The undo history was cleared.</source>
            <translation>Une sauvegarde a d'abord été faite (Fichier &gt; Restaurer…). L'historique d'annulation a été effacé.</translation>
        </message>
        <message>
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <source>stance</source>
            <translation>position</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>red line</source>
            <translation>ligne rouge</translation>
        </message>
        <message>
            <source>fallback</source>
            <translation>position de repli</translation>
        </message>
        <message>
            <source>internal note</source>
            <translation>note interne</translation>
        </message>
        <message>
            <source>state</source>
            <translation>état</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>responsable</translation>
        </message>
    </context>
</TS>