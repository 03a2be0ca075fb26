<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <name>Calendar</name>
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
        <name>Placeholder</name>
        <message>
            <source>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;This screen is not available in this build.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;Cet écran n'est pas disponible dans cette version.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</translation>
        </message>
    </context>
</TS>