<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Actions</name>
        <message>
            <source>Dashboard</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Tracks</source>
            <translation>Stränge</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Runden</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>Klauseln</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Positionen</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Verpflichtungen</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>Änderungsverlauf</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Protokolle</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Themen</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Bilanz</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Konflikte</translation>
        </message>
        <message>
            <source>New &amp;track…</source>
            <translation>Neuer Verhandlungs&amp;strang…</translation>
        </message>
        <message>
            <source>Add a track (an instrument under negotiation)</source>
            <translation>Einen Verhandlungsstrang anlegen (ein verhandeltes Instrument)</translation>
        </message>
        <message>
            <source>New &amp;round…</source>
            <translation>Neue &amp;Runde…</translation>
        </message>
        <message>
            <source>Record a meeting of a track</source>
            <translation>Eine Sitzung eines Strangs erfassen</translation>
        </message>
        <message>
            <source>Add follow-up &amp;action…</source>
            <translation>Folge&amp;maßnahme hinzufügen…</translation>
        </message>
        <message>
            <source>A follow-up action for the selected round</source>
            <translation>Eine Folgemaßnahme zur gewählten Runde</translation>
        </message>
        <message>
            <source>Mark action &amp;done / not done</source>
            <translation>Maßnahme &amp;erledigt / offen</translation>
        </message>
        <message>
            <source>Tick or untick the selected follow-up action</source>
            <translation>Die gewählte Folgemaßnahme abhaken oder wieder öffnen</translation>
        </message>
        <message>
            <source>New &amp;clause…</source>
            <translation>Neue &amp;Klausel…</translation>
        </message>
        <message>
            <source>Add a clause with its first text</source>
            <translation>Eine Klausel mit ihrem ersten Wortlaut anlegen</translation>
        </message>
        <message>
            <source>New &amp;version of clause…</source>
            <translation>Neue &amp;Fassung der Klausel…</translation>
        </message>
        <message>
            <source>A new text of the selected clause for a round</source>
            <translation>Ein neuer Wortlaut der gewählten Klausel für eine Runde</translation>
        </message>
        <message>
            <source>Record &amp;position…</source>
            <translation>&amp;Position erfassen…</translation>
        </message>
        <message>
            <source>A party's stance on the selected clause</source>
            <translation>Die Haltung einer Partei zur gewählten Klausel</translation>
        </message>
        <message>
            <source>New co&amp;mmitment…</source>
            <translation>Neue &amp;Verpflichtung…</translation>
        </message>
        <message>
            <source>Something a party undertook, and by when</source>
            <translation>Was eine Partei zugesagt hat, und bis wann</translation>
        </message>
        <message>
            <source>Assess &amp;compliance…</source>
            <translation>Einhaltung &amp;bewerten…</translation>
        </message>
        <message>
            <source>Score a party on the selected commitment</source>
            <translation>Eine Partei bei der gewählten Verpflichtung bewerten</translation>
        </message>
        <message>
            <source>Every screen</source>
            <translation>Alle Ansichten</translation>
        </message>
        <message>
            <source>Next / previous control (a table is left with Tab, too)</source>
            <translation>Nächstes / voriges Element (auch aus einer Tabelle heraus)</translation>
        </message>
        <message>
            <source>Every table</source>
            <translation>Alle Tabellen</translation>
        </message>
        <message>
            <source>Move within the table</source>
            <translation>In der Tabelle bewegen</translation>
        </message>
        <message>
            <source>Open the selected row's full form</source>
            <translation>Das vollständige Formular der gewählten Zeile öffnen</translation>
        </message>
        <message>
            <source>Change the editable cell of the row in place, one undoable edit: a clause's status, a party's stance (at the latest round), a commitment's state (m for met) or owner</source>
            <translation>Die bearbeitbare Zelle der Zeile direkt ändern, als ein rückgängig machbarer Schritt: Status einer Klausel, Haltung einer Partei (in der letzten Runde), Stand einer Verpflichtung (m für erfüllt) oder Zuständige(r)</translation>
        </message>
        <message>
            <source>Every form</source>
            <translation>Alle Formulare</translation>
        </message>
        <message>
            <source>Save, from any field</source>
            <translation>Speichern, aus jedem Feld</translation>
        </message>
        <message>
            <source>Cancel (asks first if something was typed)</source>
            <translation>Abbrechen (fragt nach, wenn etwas eingegeben wurde)</translation>
        </message>
        <message>
            <source>Jump to that field</source>
            <translation>Zu diesem Feld springen</translation>
        </message>
        <message>
            <source>Lists to choose from</source>
            <translation>Auswahllisten</translation>
        </message>
        <message>
            <source>Pick an entry (e.g. a stance: 1 supports … 5 no position)</source>
            <translation>Einen Eintrag wählen (z. B. eine Haltung: 1 unterstützt … 5 keine Position)</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Choose a result and open it in its screen</source>
            <translation>Ein Ergebnis wählen und in seiner Ansicht öffnen</translation>
        </message>
        <message>
            <source>Clauses and Commitments</source>
            <translation>Klauseln und Verpflichtungen</translation>
        </message>
        <message>
            <source>Mine: only the rows you own (who you are: Settings &gt; Delegation roster)</source>
            <translation>Meine: nur die Zeilen, für die Sie zuständig sind (wer Sie sind: Einstellungen &gt; Delegationsliste)</translation>
        </message>
        <message>
            <source>&amp;New log…</source>
            <translation>&amp;Neue Akte…</translation>
        </message>
        <message>
            <source>Create a new, empty negotiation log</source>
            <translation>Eine neue, leere Verhandlungsakte anlegen</translation>
        </message>
        <message>
            <source>&amp;Open log…</source>
            <translation>Akte ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open another negotiation log</source>
            <translation>Eine andere Verhandlungsakte öffnen</translation>
        </message>
        <message>
            <source>Clear recent logs</source>
            <translation>Liste der zuletzt geöffneten leeren</translation>
        </message>
        <message>
            <source>Forget the list of recently opened logs</source>
            <translation>Die Liste der zuletzt geöffneten Akten vergessen</translation>
        </message>
        <message>
            <source>&amp;Backup…</source>
            <translation>&amp;Sichern…</translation>
        </message>
        <message>
            <source>Write a consistent copy of this log</source>
            <translation>Eine konsistente Kopie dieser Akte schreiben</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>Wieder&amp;herstellen…</translation>
        </message>
        <message>
            <source>Replace this log with one of its backups</source>
            <translation>Diese Akte durch eine ihrer Sicherungen ersetzen</translation>
        </message>
        <message>
            <source>Export briefing &amp;PDF…</source>
            <translation>Briefing als &amp;PDF exportieren…</translation>
        </message>
        <message>
            <source>Print the briefing for a round</source>
            <translation>Das Briefing für eine Runde drucken</translation>
        </message>
        <message>
            <source>Export &amp;Excel summary…</source>
            <translation>&amp;Excel-Übersicht exportieren…</translation>
        </message>
        <message>
            <source>An Excel summary for colleagues</source>
            <translation>Eine Excel-Übersicht für Kolleginnen und Kollegen</translation>
        </message>
        <message>
            <source>Export &amp;calendar…</source>
            <translation>&amp;Kalender exportieren…</translation>
        </message>
        <message>
            <source>The deadlines as a calendar file (.ics)</source>
            <translation>Die Fristen als Kalenderdatei (.ics)</translation>
        </message>
        <message>
            <source>Export negotiating &amp;text (Word)…</source>
            <translation>Verhandlungs&amp;text exportieren (Word)…</translation>
        </message>
        <message>
            <source>A track's text as a Word document, with the changes between two rounds tracked</source>
            <translation>Der Text eines Strangs als Word-Dokument, mit den Änderungen zwischen zwei Runden nachverfolgt</translation>
        </message>
        <message>
            <source>Export negotiating &amp;text (Akoma Ntoso)…</source>
            <translation>Verhandlungstext exportieren (&amp;Akoma Ntoso)…</translation>
        </message>
        <message>
            <source>One track's text at a round as Akoma Ntoso 3.0 XML, for counterparts</source>
            <translation>Der Text eines Strangs in einer Runde als Akoma-Ntoso-3.0-XML, für die Gegenseite</translation>
        </message>
        <message>
            <source>&amp;Import Excel…</source>
            <translation>Excel &amp;importieren…</translation>
        </message>
        <message>
            <source>Read back a colleague's edited summary</source>
            <translation>Die bearbeitete Übersicht eines Kollegen einlesen</translation>
        </message>
        <message>
            <source>Import &amp;Word or Akoma Ntoso draft…</source>
            <translation>&amp;Word- oder Akoma-Ntoso-Entwurf importieren…</translation>
        </message>
        <message>
            <source>Take in a chair's consolidated text or a delegation's markup (.docx, .xml)</source>
            <translation>Einen konsolidierten Text des Vorsitzes oder die Markierungen einer Delegation übernehmen (.docx, .xml)</translation>
        </message>
        <message>
            <source>S&amp;ync…</source>
            <translation>S&amp;ynchronisieren…</translation>
        </message>
        <message>
            <source>Export the changes for a colleague, or import a colleague's sync file</source>
            <translation>Die Änderungen für einen Kollegen exportieren oder die Synchronisierungsdatei eines Kollegen importieren</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Close MineralsDesk (everything is already saved)</source>
            <translation>MineralsDesk schließen (alles ist bereits gespeichert)</translation>
        </message>
        <message>
            <source>&amp;Encrypt log…</source>
            <translation>Akte &amp;verschlüsseln…</translation>
        </message>
        <message>
            <source>Encrypt this log with a passphrase (its backups too)</source>
            <translation>Diese Akte mit einer Passphrase verschlüsseln (auch ihre Sicherungen)</translation>
        </message>
        <message>
            <source>&amp;Decrypt log…</source>
            <translation>Akte entschlüsse&amp;ln…</translation>
        </message>
        <message>
            <source>Store this log unencrypted</source>
            <translation>Diese Akte unverschlüsselt speichern</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>Passphrase än&amp;dern…</translation>
        </message>
        <message>
            <source>Encrypt this log under a new passphrase</source>
            <translation>Diese Akte mit einer neuen Passphrase verschlüsseln</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>&amp;Jetzt sperren</translation>
        </message>
        <message>
            <source>Close the log and hide every screen until unlocked</source>
            <translation>Die Akte schließen und alle Ansichten bis zum Entsperren ausblenden</translation>
        </message>
        <message>
            <source>Lock after &amp;idle…</source>
            <translation>Auto&amp;matisch sperren…</translation>
        </message>
        <message>
            <source>Minutes without input before the window locks</source>
            <translation>Minuten ohne Eingabe, bis das Fenster gesperrt wird</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Suchen…</translation>
        </message>
        <message>
            <source>Search every clause, round, position and commitment</source>
            <translation>Alle Klauseln, Runden, Positionen und Verpflichtungen durchsuchen</translation>
        </message>
        <message>
            <source>&amp;Edit selected…</source>
            <translation>Auswahl be&amp;arbeiten…</translation>
        </message>
        <message>
            <source>Edit the selected track, round, clause, position or commitment</source>
            <translation>Den gewählten Strang, die Runde, Klausel, Position oder Verpflichtung bearbeiten</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>Read the log again (after a change elsewhere)</source>
            <translation>Die Akte neu einlesen (nach einer Änderung an anderer Stelle)</translation>
        </message>
        <message>
            <source>Show &amp;sidebar</source>
            <translation>Seiten&amp;leiste anzeigen</translation>
        </message>
        <message>
            <source>Show or hide the list of screens</source>
            <translation>Die Liste der Ansichten ein- oder ausblenden</translation>
        </message>
        <message>
            <source>F&amp;ull screen</source>
            <translation>Vollbil&amp;d</translation>
        </message>
        <message>
            <source>Use the whole screen</source>
            <translation>Den ganzen Bildschirm nutzen</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>Every key of the app, by screen, printable on one page</source>
            <translation>Alle Tasten der Anwendung, nach Ansicht, auf einer Seite druckbar</translation>
        </message>
        <message>
            <source>&amp;About MineralsDesk</source>
            <translation>&amp;Über MineralsDesk</translation>
        </message>
        <message>
            <source>Version, files and licences</source>
            <translation>Version, Dateien und Lizenzen</translation>
        </message>
        <message>
            <source>Delegation &amp;roster…</source>
            <translation>Delegations&amp;liste…</translation>
        </message>
        <message>
            <source>The people of our delegation: owners and authors</source>
            <translation>Die Mitglieder unserer Delegation: Zuständige und Verfasser</translation>
        </message>
        <message>
            <source>Show &amp;error log folder</source>
            <translation>&amp;Fehlerprotokoll-Ordner anzeigen</translation>
        </message>
        <message>
            <source>Where unexpected errors are written</source>
            <translation>Wo unerwartete Fehler aufgezeichnet werden</translation>
        </message>
        <message>
            <source>Show {screen}</source>
            <translation>{screen} anzeigen</translation>
        </message>
        <message>
            <source> or </source>
            <translation> oder </translation>
        </message>
        <message>
            <source>Conflicts ({n})</source>
            <translation>Konflikte ({n})</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>on track</source>
            <translation>im Plan</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>gefährdet</translation>
        </message>
        <message>
            <source>met</source>
            <translation>erfüllt</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>verfehlt</translation>
        </message>
        <message>
            <source>statement</source>
            <translation>Erklärung</translation>
        </message>
        <message>
            <source>round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>clause</source>
            <translation>Klausel</translation>
        </message>
        <message>
            <source>interim</source>
            <translation>vorläufig</translation>
        </message>
        <message>
            <source>final</source>
            <translation>abschließend</translation>
        </message>
        <message>
            <source>{name} — deadlines</source>
            <translation>{name} — Fristen</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Verhandlungsstrang</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Parteien</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Verpflichtung</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Bewertungen</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
        <message>
            <source>Target date: {title}</source>
            <translation>Zieldatum: {title}</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videokonferenz</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Runde {number}</translation>
        </message>
        <message>
            <source>Illustrative (not a real meeting)</source>
            <translation>Beispiel (keine echte Sitzung)</translation>
        </message>
        <message>
            <source>Due ({owner}): {text}</source>
            <translation>Fällig ({owner}): {text}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Erfassen</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>Spra&amp;che</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>E&amp;instellungen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Haupt</translation>
        </message>
        <message>
            <source>No recent logs</source>
            <translation>Keine zuletzt geöffneten Akten</translation>
        </message>
        <message>
            <source>Log: {name}</source>
            <translation>Akte: {name}</translation>
        </message>
        <message>
            <source>Ours: {party} ({delegation})</source>
            <translation>Wir: {party} ({delegation})</translation>
        </message>
        <message>
            <source>Ours: {party}</source>
            <translation>Wir: {party}</translation>
        </message>
        <message>
            <source>Last change: {when} UTC, {who}</source>
            <translation>Letzte Änderung: {when} UTC, {who}</translation>
        </message>
        <message>
            <source>No changes yet</source>
            <translation>Noch keine Änderungen</translation>
        </message>
        <message>
            <source>Discard the unfinished form?</source>
            <translation>Unfertiges Formular verwerfen?</translation>
        </message>
        <message>
            <source>A form is half filled in and has not been saved. Quit anyway and lose what was typed?</source>
            <translation>Ein Formular ist halb ausgefüllt und nicht gespeichert. Trotzdem beenden und das Eingegebene verlieren?</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Über {app}</translation>
        </message>
        <message>
            <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;An offline workbench for the critical-minerals partnership negotiations.&lt;/p&gt;&lt;p&gt;Log: {log}&lt;br&gt;Error log: {error_log}&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans (SIL Open Font Licence), IPAexGothic (IPA Font Licence).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Ein Offline-Arbeitsplatz für die Verhandlungen der Partnerschaft für kritische Mineralien.&lt;/p&gt;&lt;p&gt;Akte: {log}&lt;br&gt;Fehlerprotokoll: {error_log}&lt;/p&gt;&lt;p&gt;Schriften: Noto Sans (SIL Open Font Licence), IPAexGothic (IPA Font Licence).&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Placeholder</name>
        <message>
            <source>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;This screen is not available in this build.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;Diese Ansicht ist in dieser Ausgabe nicht verfügbar.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</translation>
        </message>
    </context>
</TS>