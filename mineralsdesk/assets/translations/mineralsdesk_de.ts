<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>ActionForm</name>
        <message>
            <source>Edit follow-up action</source>
            <translation>Folgemaßnahme bearbeiten</translation>
        </message>
        <message>
            <source>New follow-up action</source>
            <translation>Neue Folgemaßnahme</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Has a due date</source>
            <translation>Hat eine Frist</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Say what is to be done.</source>
            <translation>Geben Sie an, was zu tun ist.</translation>
        </message>
        <message>
            <source>Add follow-up action</source>
            <translation>Folgemaßnahme hinzufügen</translation>
        </message>
    </context>
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
        <name>ActionsModel</name>
        <message>
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
    </context>
    <context>
        <name>AknExportDialog</name>
        <message>
            <source>T&amp;rack</source>
            <translation>&amp;Verhandlungsstrang</translation>
        </message>
        <message>
            <source>R&amp;ound</source>
            <translation>&amp;Runde</translation>
        </message>
        <message>
            <source>Round {number} — {date}</source>
            <translation>Runde {number} — {date}</translation>
        </message>
        <message>
            <source>No round yet (the current text)</source>
            <translation>Noch keine Runde (der aktuelle Text)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Shareable:&lt;/b&gt; the articles, their brackets and who proposed each; never positions, red lines, fallbacks, notes or owners. Validated against the OASIS schema.</source>
            <translation>&lt;b&gt;Weitergebbar:&lt;/b&gt; die Artikel, ihre eckigen Klammern und wer jede vorgeschlagen hat; nie Positionen, rote Linien, Rückfallpositionen, Notizen oder Zuständige. Gegen das OASIS-Schema geprüft.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>The details were written to
{where}</source>
            <translation>Die Einzelheiten wurden gespeichert unter
{where}</translation>
        </message>
        <message>
            <source>The details could not be written ({reason}).</source>
            <translation>Die Einzelheiten konnten nicht gespeichert werden ({reason}).</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgelaufen</translation>
        </message>
        <message>
            <source>MineralsDesk hit an unexpected error ({kind}). Your log is safe: every edit was written when you made it, and the unfinished action was not applied.</source>
            <translation>MineralsDesk ist auf einen unerwarteten Fehler gestoßen ({kind}). Ihr Protokoll ist sicher: Jede Änderung wurde gespeichert, als Sie sie vorgenommen haben, und die unvollendete Aktion wurde nicht ausgeführt.</translation>
        </message>
        <message>
            <source>No log here</source>
            <translation>Hier ist kein Protokoll</translation>
        </message>
        <message>
            <source>There is no log at
{path}
Create a new one there?</source>
            <translation>Unter
{path}
gibt es kein Protokoll. Dort ein neues anlegen?</translation>
        </message>
    </context>
    <context>
        <name>ApplyDialog</name>
        <message>
            <source>Apply the minutes to positions and brackets</source>
            <translation>Protokoll auf Positionen und eckige Klammern anwenden</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) the signals imply. Untick any you do not want; the rest are applied as one step (Ctrl+Z undoes it).</source>
            <translation>
                <numerusform>%n Änderung ergibt sich aus den Signalen. Entfernen Sie das Häkchen bei unerwünschten; die übrigen werden in einem Schritt angewendet (Strg+Z macht ihn rückgängig).</numerusform>
                <numerusform>%n Änderungen ergeben sich aus den Signalen. Entfernen Sie das Häkchen bei unerwünschten; die übrigen werden in einem Schritt angewendet (Strg+Z macht ihn rückgängig).</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to apply: positions and brackets already say what the minutes say.</source>
            <translation>Nichts anzuwenden: Positionen und eckige Klammern entsprechen bereits dem Protokoll.</translation>
        </message>
        <message>
            <source>Apply minutes to positions and brackets</source>
            <translation>Protokoll auf Positionen und Klammern anwenden</translation>
        </message>
    </context>
    <context>
        <name>AssessmentForm</name>
        <message>
            <source>Internal — our delegation only</source>
            <translation>Intern — nur unsere Delegation</translation>
        </message>
        <message>
            <source>Shareable — may go to counterparts</source>
            <translation>Teilbar — darf an Gegenseiten gehen</translation>
        </message>
        <message>
            <source>+1 — complied</source>
            <translation>+1 — erfüllt</translation>
        </message>
        <message>
            <source>0 — partly / work in progress</source>
            <translation>0 — teilweise / in Arbeit</translation>
        </message>
        <message>
            <source>−1 — did not comply</source>
            <translation>−1 — nicht erfüllt</translation>
        </message>
        <message>
            <source>Compliance assessment</source>
            <translation>Erfüllungsbewertung</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Verpflichtung</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Partei</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Nachweise</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Zielgruppe</translation>
        </message>
        <message>
            <source>Note the evidence the score rests on (a readout, a publication, a date)</source>
            <translation>Nennen Sie die Nachweise für die Bewertung (Protokoll, Veröffentlichung, Datum)</translation>
        </message>
        <message>
            <source>Assess {party} on a commitment</source>
            <translation>{party} bei einer Verpflichtung bewerten</translation>
        </message>
    </context>
    <context>
        <name>Attachment notes</name>
        <message>
            <source>empty file (0 bytes): nothing to index</source>
            <translation>leere Datei (0 Byte): nichts zu indizieren</translation>
        </message>
        <message>
            <source>image: no text to index</source>
            <translation>Bild: kein Text zu indizieren</translation>
        </message>
        <message>
            <source>not a PDF, Word, Excel or text file: not indexed</source>
            <translation>weder PDF noch Word, Excel oder Textdatei: nicht indiziert</translation>
        </message>
        <message>
            <source>too large to read for the index: not indexed</source>
            <translation>zu groß zum Lesen für den Index: nicht indiziert</translation>
        </message>
        <message>
            <source>malformed (nested too deeply): not indexed</source>
            <translation>fehlerhaft (zu tief verschachtelt): nicht indiziert</translation>
        </message>
        <message>
            <source>could not be read ({kind}): not indexed</source>
            <translation>konnte nicht gelesen werden ({kind}): nicht indiziert</translation>
        </message>
        <message>
            <source>only the first {n} characters are indexed</source>
            <translation>nur die ersten {n} Zeichen sind indiziert</translation>
        </message>
        <message>
            <source>only part of the text is indexed (reading it took too long)</source>
            <translation>nur ein Teil des Textes ist indiziert (das Lesen dauerte zu lange)</translation>
        </message>
        <message>
            <source>encrypted PDF (needs a password): stored, not indexed</source>
            <translation>verschlüsseltes PDF (Passwort erforderlich): gespeichert, nicht indiziert</translation>
        </message>
        <message>
            <source>only the first {n} pages are indexed (reading it took too long)</source>
            <translation>nur die ersten {n} Seiten sind indiziert (das Lesen dauerte zu lange)</translation>
        </message>
        <message>
            <source>PDF without text (scanned pages?): not indexed</source>
            <translation>PDF ohne Text (gescannte Seiten?): nicht indiziert</translation>
        </message>
        <message>
            <source>malformed (not a readable zip): not indexed</source>
            <translation>fehlerhaft (kein lesbares ZIP): nicht indiziert</translation>
        </message>
        <message>
            <source>suspicious file ({n} parts): not indexed</source>
            <translation>verdächtige Datei ({n} Teile): nicht indiziert</translation>
        </message>
        <message>
            <source>suspicious file (would inflate to {mb} MB): not indexed</source>
            <translation>verdächtige Datei (würde auf {mb} MB entpackt): nicht indiziert</translation>
        </message>
        <message>
            <source>suspicious file (a part inflates over 200 times: a decompression bomb?): not indexed</source>
            <translation>verdächtige Datei (ein Teil wird über 200-fach entpackt: eine Dekompressionsbombe?): nicht indiziert</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Zielgruppe</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>intern</translation>
        </message>
        <message>
            <source>shareable</source>
            <translation>weitergebbar</translation>
        </message>
        <message>
            <source>{size} MB</source>
            <translation>{size} MB</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <source>{size} B</source>
            <translation>{size} B</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Hinzufügen…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>Speichern unter…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <source>Make shareable</source>
            <translation>Weitergebbar machen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>indexed</source>
            <translation>indiziert</translation>
        </message>
        <message>
            <source>content missing</source>
            <translation>Inhalt fehlt</translation>
        </message>
        <message>
            <source>Make internal</source>
            <translation>Intern machen</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Anhänge</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Datei anhängen</translation>
        </message>
        <message>
            <source>Papers (*.pdf *.docx *.xlsx *.txt *.png *.jpg);;All files (*)</source>
            <translation>Dokumente (*.pdf *.docx *.xlsx *.txt *.png *.jpg);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Attach {name}</source>
            <translation>{name} anhängen</translation>
        </message>
        <message>
            <source>Save the attached file</source>
            <translation>Angehängte Datei speichern</translation>
        </message>
        <message>
            <source>Make {name} shareable</source>
            <translation>{name} weitergebbar machen</translation>
        </message>
        <message>
            <source>Make {name} internal</source>
            <translation>{name} intern machen</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>{name} entfernen</translation>
        </message>
    </context>
    <context>
        <name>BracketChart</name>
        <message>
            <source>R{number}</source>
            <translation>R{number}</translation>
        </message>
        <message>
            <source>Open brackets after each round: {series}.</source>
            <translation>Offene eckige Klammern nach jeder Runde: {series}.</translation>
        </message>
        <message>
            <source>Open brackets after each round.</source>
            <translation>Offene eckige Klammern nach jeder Runde.</translation>
        </message>
        <message>
            <source>The dashed line is the track's target date.</source>
            <translation>Die gestrichelte Linie ist das Zieldatum des Verhandlungsstrangs.</translation>
        </message>
        <message>
            <source>target {date}</source>
            <translation>Ziel {date}</translation>
        </message>
        <message>
            <source>No rounds yet</source>
            <translation>Noch keine Runden</translation>
        </message>
    </context>
    <context>
        <name>Briefing</name>
        <message>
            <source>{track} round {number}</source>
            <translation>{track} Runde {number}</translation>
        </message>
        <message>
            <source>Negotiation briefing</source>
            <translation>Verhandlungsunterlage</translation>
        </message>
        <message>
            <source>[{bracket}] in {track} {ref}</source>
            <translation>[{bracket}] in {track} {ref}</translation>
        </message>
        <message>
            <source>commitment of {owner}: {text}</source>
            <translation>Verpflichtung von {owner}: {text}</translation>
        </message>
        <message>
            <source>track {ref}</source>
            <translation>Verhandlungsstrang {ref}</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videokonferenz</translation>
        </message>
        <message>
            <source>[{bracket}] in {ref}</source>
            <translation>[{bracket}] in {ref}</translation>
        </message>
        <message>
            <source>version {number}, tabled by {party}</source>
            <translation>Fassung {number}, vorgelegt von {party}</translation>
        </message>
        <message>
            <source>version {number}, tabled by {party} at {round}</source>
            <translation>Fassung {number}, vorgelegt von {party} bei {round}</translation>
        </message>
        <message>
            <source>no text yet</source>
            <translation>noch kein Text</translation>
        </message>
        <message>
            <source>{state} (stale: due date passed {days} d ago)</source>
            <translation>{state} (veraltet: Frist seit {days} T abgelaufen)</translation>
        </message>
        <message>
            <source>on {anchor}</source>
            <translation>am Tag von {anchor}</translation>
        </message>
        <message>
            <source>%n day</source>
            <translation>%n Tag</translation>
        </message>
        <message>
            <source>%n days</source>
            <translation>%n Tagen</translation>
        </message>
        <message>
            <source>%n month</source>
            <translation>%n Monat</translation>
        </message>
        <message>
            <source>%n months</source>
            <translation>%n Monaten</translation>
        </message>
        <message>
            <source>{months} and {days}</source>
            <translation>{months} und {days}</translation>
        </message>
        <message>
            <source>{months} less {days}</source>
            <translation>{months} weniger {days}</translation>
        </message>
        <message>
            <source>{amount} after {anchor}</source>
            <translation>{amount} nach {anchor}</translation>
        </message>
        <message>
            <source>{amount} before {anchor}</source>
            <translation>{amount} vor {anchor}</translation>
        </message>
        <message>
            <source>Issued {date}</source>
            <translation>Ausgegeben am {date}</translation>
        </message>
        <message>
            <source> · log {head}</source>
            <translation> · Protokolldatei {head}</translation>
        </message>
        <message>
            <source>Page {number} of {total}</source>
            <translation>Seite {number} von {total}</translation>
        </message>
        <message>
            <source>{title}: {name}</source>
            <translation>{title}: {name}</translation>
        </message>
        <message>
            <source>Negotiation briefing on {tracks}, issued {date}, audience {audience}</source>
            <translation>Verhandlungsunterlage zu {tracks}, ausgegeben am {date}, Empfängerkreis {audience}</translation>
        </message>
        <message>
            <source>no tracks</source>
            <translation>keine Verhandlungsstränge</translation>
        </message>
        <message>
            <source>Minutes — {track} round {number}</source>
            <translation>Protokoll — {track} Runde {number}</translation>
        </message>
        <message>
            <source>Every intervention noted at the round, and the delegation's comments on it.</source>
            <translation>Alle in der Runde notierten Wortmeldungen und die Kommentare der Delegation dazu.</translation>
        </message>
        <message>
            <source>The round's facts and the notes the delegation chose to share; the interventions are internal.</source>
            <translation>Die Eckdaten der Runde und die Notizen, die die Delegation teilen wollte; die Wortmeldungen sind intern.</translation>
        </message>
        <message>
            <source>No interventions were noted at this round.</source>
            <translation>In dieser Runde wurden keine Wortmeldungen notiert.</translation>
        </message>
        <message>
            <source>Issued {date}.</source>
            <translation>Ausgegeben am {date}.</translation>
        </message>
        <message>
            <source>Clauses by status</source>
            <translation>Klauseln nach Status</translation>
        </message>
        <message>
            <source>Open brackets after each round</source>
            <translation>Offene eckige Klammern nach jeder Runde</translation>
        </message>
        <message>
            <source>- - target {date}</source>
            <translation>- - Zieldatum {date}</translation>
        </message>
        <message>
            <source>No rounds yet</source>
            <translation>Noch keine Runden</translation>
        </message>
        <message>
            <source>R{number}</source>
            <translation>R{number}</translation>
        </message>
        <message>
            <source>parties {parties}</source>
            <translation>Parteien {parties}</translation>
        </message>
        <message>
            <source>target date {date}</source>
            <translation>Zieldatum {date}</translation>
        </message>
        <message>
            <source>Last round: round {number}, {date}, {place}</source>
            <translation>Letzte Runde: Runde {number}, {date}, {place}</translation>
        </message>
        <message>
            <source>Clauses at a glance</source>
            <translation>Klauseln im Überblick</translation>
        </message>
        <message>
            <source>No clauses yet.</source>
            <translation>Noch keine Klauseln.</translation>
        </message>
        <message>
            <source>Stances: {first} to {last}</source>
            <translation>Haltungen: {first} bis {last}</translation>
        </message>
        <message>
            <source>Stances: {party}</source>
            <translation>Haltungen: {party}</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>Ref.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Obligation weakened</source>
            <translation>Verpflichtung abgeschwächt</translation>
        </message>
        <message>
            <source>Obligation strengthened</source>
            <translation>Verpflichtung verstärkt</translation>
        </message>
        <message>
            <source>Obligation changed</source>
            <translation>Verpflichtung geändert</translation>
        </message>
        <message>
            <source>no modal</source>
            <translation>kein Modalverb</translation>
        </message>
        <message>
            <source>%n open bracket</source>
            <translation>%n offene eckige Klammer</translation>
        </message>
        <message>
            <source>%n open brackets</source>
            <translation>%n offene eckige Klammern</translation>
        </message>
        <message>
            <source>no open brackets</source>
            <translation>keine offenen eckigen Klammern</translation>
        </message>
        <message>
            <source>Current text — {version}</source>
            <translation>Aktueller Text — {version}</translation>
        </message>
        <message>
            <source>No text recorded.</source>
            <translation>Kein Text erfasst.</translation>
        </message>
        <message>
            <source>Changes since {version}</source>
            <translation>Änderungen seit {version}</translation>
        </message>
        <message>
            <source>No change in wording.</source>
            <translation>Keine Änderung im Wortlaut.</translation>
        </message>
        <message>
            <source>… and %n more modal change: see the redline above.</source>
            <translation>… und %n weitere Modaländerung: siehe Änderungsansicht oben.</translation>
        </message>
        <message>
            <source>… and %n more modal changes: see the redline above.</source>
            <translation>… und %n weitere Modaländerungen: siehe Änderungsansicht oben.</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Positionen</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Partei</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Haltung</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>INTERNAL</source>
            <translation>INTERN</translation>
        </message>
        <message>
            <source>our position, not for the other side</source>
            <translation>unsere Position, nicht für die Gegenseite</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Kommentare</translation>
        </message>
        <message>
            <source>Comment threads of the delegation.</source>
            <translation>Kommentar-Threads der Delegation.</translation>
        </message>
        <message>
            <source>Comments the delegation chose to share.</source>
            <translation>Kommentare, die die Delegation teilen wollte.</translation>
        </message>
        <message>
            <source> — resolved</source>
            <translation> — erledigt</translation>
        </message>
        <message>
            <source>brackets opened</source>
            <translation>Klammern geöffnet</translation>
        </message>
        <message>
            <source>brackets closed</source>
            <translation>Klammern geschlossen</translation>
        </message>
        <message>
            <source>moves towards ours</source>
            <translation>Annäherungen</translation>
        </message>
        <message>
            <source>moves away</source>
            <translation>Entfernungen</translation>
        </message>
        <message>
            <source>our fallbacks used (internal)</source>
            <translation>genutzte Rückfallpositionen (intern)</translation>
        </message>
        <message>
            <source>By round</source>
            <translation>Nach Runde</translation>
        </message>
        <message>
            <source>Round {number} · {date}</source>
            <translation>Runde {number} · {date}</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>Brackets opened</source>
            <translation>Klammern geöffnet</translation>
        </message>
        <message>
            <source>Brackets closed</source>
            <translation>Klammern geschlossen</translation>
        </message>
        <message>
            <source>Moves towards ours</source>
            <translation>Annäherungen</translation>
        </message>
        <message>
            <source>Moves away from ours</source>
            <translation>Entfernungen</translation>
        </message>
        <message>
            <source>Our fallbacks used (internal)</source>
            <translation>Genutzte Rückfallpositionen (intern)</translation>
        </message>
        <message>
            <source>Interventions (internal)</source>
            <translation>Wortmeldungen (intern)</translation>
        </message>
        <message>
            <source>Ours: {party}. Brackets opened {opened}, closed {closed}. A move is a party's new stance on a clause beside its previous one, nearer to ours (towards) or further (away).</source>
            <translation>Unsere Partei: {party}. Eckige Klammern geöffnet {opened}, geschlossen {closed}. Eine Bewegung ist die neue Haltung einer Partei zu einer Klausel im Vergleich zur vorherigen, näher an unserer (Annäherung) oder weiter entfernt (Entfernung).</translation>
        </message>
        <message>
            <source>none marked</source>
            <translation>nicht angegeben</translation>
        </message>
        <message>
            <source>our fallbacks used and the interventions come from our positions and our minutes of {track}: not for the other side.</source>
            <translation>genutzte Rückfallpositionen und Wortmeldungen stammen aus unseren Positionen und Protokollen zu {track}: nicht für die Gegenseite.</translation>
        </message>
        <message>
            <source>Internal — includes our red lines, fallback positions and internal notes.</source>
            <translation>Intern — enthält unsere roten Linien, Rückfallpositionen und internen Notizen.</translation>
        </message>
        <message>
            <source>Shareable — prepared for counterparts; internal-only fields are left out.</source>
            <translation>Weitergabefähig — für die Gegenseite erstellt; interne Felder sind ausgelassen.</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>intern</translation>
        </message>
        <message>
            <source>shareable</source>
            <translation>weitergabefähig</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Zusammenfassung</translation>
        </message>
        <message>
            <source>Commitments and deadlines</source>
            <translation>Verpflichtungen und Fristen</translation>
        </message>
        <message>
            <source>Annex: round log</source>
            <translation>Anhang: Rundenprotokoll</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Bilanz</translation>
        </message>
        <message>
            <source>Cover</source>
            <translation>Deckblatt</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>place not recorded</source>
            <translation>Ort nicht erfasst</translation>
        </message>
        <message>
            <source>Topic comparison: {topic}</source>
            <translation>Themenvergleich: {topic}</translation>
        </message>
        <message>
            <source> (target {date})</source>
            <translation> (Zieldatum {date})</translation>
        </message>
        <message>
            <source>… and %n more, listed in the contents</source>
            <translation>… und %n weitere, siehe Inhalt</translation>
        </message>
        <message>
            <source>Tracks covered</source>
            <translation>Behandelte Verhandlungsstränge</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Date of issue</source>
            <translation>Ausgabedatum</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Empfängerkreis</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Erstellt von</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>Klauseln</translation>
        </message>
        <message>
            <source>{clauses} in {tracks}</source>
            <translation>{clauses} in {tracks}</translation>
        </message>
        <message>
            <source>%n clause</source>
            <translation>%n Klausel</translation>
        </message>
        <message>
            <source>%n clauses</source>
            <translation>%n Klauseln</translation>
        </message>
        <message>
            <source>%n track</source>
            <translation>%n Verhandlungsstrang</translation>
        </message>
        <message>
            <source>%n tracks</source>
            <translation>%n Verhandlungsstränge</translation>
        </message>
        <message>
            <source>Rounds, wording and positions marked illustrative in the log are illustrative.</source>
            <translation>Im Protokoll als illustrativ markierte Runden, Formulierungen und Positionen sind illustrativ.</translation>
        </message>
        <message>
            <source>No target date</source>
            <translation>Kein Zieldatum</translation>
        </message>
        <message>
            <source>Target {date} (today)</source>
            <translation>Zieldatum {date} (heute)</translation>
        </message>
        <message>
            <source>Target {date} (in %n day)</source>
            <translation>Zieldatum {date} (in %n Tag)</translation>
        </message>
        <message>
            <source>Target {date} (in %n days)</source>
            <translation>Zieldatum {date} (in %n Tagen)</translation>
        </message>
        <message>
            <source>Target {date} (%n day ago)</source>
            <translation>Zieldatum {date} (vor %n Tag)</translation>
        </message>
        <message>
            <source>Target {date} (%n days ago)</source>
            <translation>Zieldatum {date} (vor %n Tagen)</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>ohne Datum</translation>
        </message>
        <message>
            <source>Parties: {parties}</source>
            <translation>Parteien: {parties}</translation>
        </message>
        <message>
            <source>Last round {number} on {date}</source>
            <translation>Letzte Runde {number} am {date}</translation>
        </message>
        <message>
            <source>Next deadlines</source>
            <translation>Nächste Fristen</translation>
        </message>
        <message>
            <source>None open.</source>
            <translation>Keine offen.</translation>
        </message>
        <message>
            <source>Overdue commitments</source>
            <translation>Überfällige Verpflichtungen</translation>
        </message>
        <message>
            <source>None overdue.</source>
            <translation>Keine überfällig.</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Partei</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Verpflichtung</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Tage überfällig</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>No commitments recorded.</source>
            <translation>Keine Verpflichtungen erfasst.</translation>
        </message>
        <message>
            <source>As of {date}. Relative deadlines show the event they count from. Assessments score compliance −1, 0 or +1.</source>
            <translation>Stand {date}. Relative Fristen nennen das Ereignis, ab dem sie laufen. Bewertungen benoten die Einhaltung mit −1, 0 oder +1.</translation>
        </message>
        <message>
            <source>Due (anchor)</source>
            <translation>Fällig (Bezug)</translation>
        </message>
        <message>
            <source>Commitment, source and assessments</source>
            <translation>Verpflichtung, Quelle und Bewertungen</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Verzug</translation>
        </message>
        <message>
            <source>no track</source>
            <translation>kein Verhandlungsstrang</translation>
        </message>
        <message>
            <source>Assessment: {line}</source>
            <translation>Bewertung: {line}</translation>
        </message>
        <message>
            <source>{days} d</source>
            <translation>{days} T</translation>
        </message>
        <message>
            <source>Attached papers</source>
            <translation>Beigefügte Unterlagen</translation>
        </message>
        <message>
            <source>Papers attached in the log; ask the delegation for a copy.</source>
            <translation>Dem Protokoll beigefügte Unterlagen; eine Kopie erhalten Sie bei der Delegation.</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Unterlage</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Attached to</source>
            <translation>Beigefügt zu</translation>
        </message>
        <message>
            <source>Round {number} — {date}, {place}</source>
            <translation>Runde {number} — {date}, {place}</translation>
        </message>
        <message>
            <source> (illustrative)</source>
            <translation> (illustrativ)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
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
            <source>Outcomes</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source> — due {date}</source>
            <translation> — fällig {date}</translation>
        </message>
        <message>
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Folgemaßnahmen</translation>
        </message>
        <message>
            <source>Minutes (internal)</source>
            <translation>Protokoll (intern)</translation>
        </message>
        <message>
            <source>No rounds recorded.</source>
            <translation>Keine Runden erfasst.</translation>
        </message>
        <message>
            <source>End of briefing. {tracks}, issued {date}.</source>
            <translation>Ende der Unterlage. {tracks}, ausgegeben am {date}.</translation>
        </message>
        <message>
            <source>Supports</source>
            <translation>Stimmt zu</translation>
        </message>
        <message>
            <source>Amend</source>
            <translation>Ändern</translation>
        </message>
        <message>
            <source>Reserves</source>
            <translation>Vorbehalt</translation>
        </message>
        <message>
            <source>Opposes</source>
            <translation>Lehnt ab</translation>
        </message>
        <message>
            <source>Stances</source>
            <translation>Haltungen</translation>
        </message>
        <message>
            <source>No position recorded.</source>
            <translation>Keine Position erfasst.</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>gestrichen</translation>
        </message>
        <message>
            <source>inserted</source>
            <translation>eingefügt</translation>
        </message>
        <message>
            <source>Legend: {deleted} (in the first clause only) · {inserted} (in the second only) · plain text is in both.</source>
            <translation>Legende: {deleted} (nur in der ersten Klausel) · {inserted} (nur in der zweiten) · normaler Text steht in beiden.</translation>
        </message>
        <message>
            <source>no clause on this topic in {tracks}</source>
            <translation>keine Klausel zu diesem Thema in {tracks}</translation>
        </message>
        <message>
            <source>No clause on this topic in the tracks covered.</source>
            <translation>Keine Klausel zu diesem Thema in den behandelten Verhandlungssträngen.</translation>
        </message>
        <message>
            <source>Redline: {first} → {second}</source>
            <translation>Änderungsansicht: {first} → {second}</translation>
        </message>
        <message>
            <source>The two texts are the same.</source>
            <translation>Die beiden Texte sind gleich.</translation>
        </message>
        <message>
            <source>no round</source>
            <translation>keine Runde</translation>
        </message>
        <message>
            <source>{track} round {number} ({date})</source>
            <translation>{track} Runde {number} ({date})</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>Rote Linie</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>Rückfallposition</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Interne Notiz</translation>
        </message>
        <message>
            <source>interim</source>
            <translation>vorläufig</translation>
        </message>
        <message>
            <source>final</source>
            <translation>abschließend</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <source>left out {what}</source>
            <translation>ausgelassen: {what}</translation>
        </message>
        <message>
            <source> and </source>
            <translation> und </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment due(s)</source>
            <translation>
                <numerusform>%n Fälligkeit einer Verpflichtung</numerusform>
                <numerusform>%n Fälligkeiten von Verpflichtungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n Verhandlungsrunde</numerusform>
                <numerusform>%n Verhandlungsrunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target date(s)</source>
            <translation>
                <numerusform>%n Zieldatum</numerusform>
                <numerusform>%n Zieldaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s) with no due date</source>
            <translation>
                <numerusform>%n Verpflichtung ohne Fälligkeitsdatum</numerusform>
                <numerusform>%n Verpflichtungen ohne Fälligkeitsdatum</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s) due relative to an event that has no date</source>
            <translation>
                <numerusform>%n Verpflichtung, fällig relativ zu einem Ereignis ohne Datum</numerusform>
                <numerusform>%n Verpflichtungen, fällig relativ zu einem Ereignis ohne Datum</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n track(s) with no target date</source>
            <translation>
                <numerusform>%n Verhandlungsstrang ohne Zieldatum</numerusform>
                <numerusform>%n Verhandlungsstränge ohne Zieldatum</numerusform>
            </translation>
        </message>
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
        <name>CalendarExportDialog</name>
        <message>
            <source> days before</source>
            <translation> Tage vorher</translation>
        </message>
        <message>
            <source>No reminder</source>
            <translation>Keine Erinnerung</translation>
        </message>
        <message>
            <source>&amp;Reminder</source>
            <translation>&amp;Erinnerung</translation>
        </message>
        <message>
            <source>1 internal compliance assessment</source>
            <translation>1 interne Bewertung der Einhaltung</translation>
        </message>
        <message>
            <source>{n} internal compliance assessments</source>
            <translation>{n} interne Bewertungen der Einhaltung</translation>
        </message>
        <message>
            <source>&lt;b&gt;Left out of this calendar:&lt;/b&gt; {what} (positions, red lines and fallbacks are never in a calendar).</source>
            <translation>&lt;b&gt;In diesem Kalender nicht enthalten:&lt;/b&gt; {what} (Positionen, rote Linien und Rückfallpositionen stehen nie in einem Kalender).</translation>
        </message>
        <message>
            <source>{what} (an event needs a date).</source>
            <translation>{what} (ein Termin braucht ein Datum).</translation>
        </message>
    </context>
    <context>
        <name>ChangeLogModel</name>
        <message>
            <source>clause</source>
            <translation>Klausel</translation>
        </message>
        <message>
            <source>clause text</source>
            <translation>Klauseltext</translation>
        </message>
        <message>
            <source>bracket</source>
            <translation>eckige Klammer</translation>
        </message>
        <message>
            <source>position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>round</source>
            <translation>Verhandlungsrunde</translation>
        </message>
        <message>
            <source>action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>track</source>
            <translation>Verhandlungsstrang</translation>
        </message>
        <message>
            <source>commitment</source>
            <translation>Verpflichtung</translation>
        </message>
        <message>
            <source>assessment</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>anchor date</source>
            <translation>Bezugsdatum</translation>
        </message>
        <message>
            <source>party</source>
            <translation>Partei</translation>
        </message>
        <message>
            <source>log setting</source>
            <translation>Protokolleinstellung</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Wann (UTC)</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>created</source>
            <translation>angelegt</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>gelöscht</translation>
        </message>
        <message>
            <source>Before:
{old}

After:
{new}</source>
            <translation>Vorher:
{old}

Nachher:
{new}</translation>
        </message>
    </context>
    <context>
        <name>ChangeLogView</name>
        <message>
            <source>Filter by person, record, field, value or source…</source>
            <translation>Nach Person, Datensatz, Feld, Wert oder Quelle filtern…</translation>
        </message>
        <message>
            <source>Filter the change log</source>
            <translation>Änderungsprotokoll filtern</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>Änderungsprotokoll</translation>
        </message>
        <message>
            <source> (scroll for more)</source>
            <translation> (für mehr blättern)</translation>
        </message>
        <message>
            <source>{shown} entries shown, newest first{more}. The log is append-only; `mineralsdesk check` verifies its hash chain.</source>
            <translation>{shown} Einträge angezeigt, neueste zuerst{more}. Das Protokoll wird nur ergänzt; `mineralsdesk check` prüft seine Hash-Kette.</translation>
        </message>
    </context>
    <context>
        <name>ClauseDetail</name>
        <message>
            <source>Select a clause</source>
            <translation>Klausel auswählen</translation>
        </message>
        <message>
            <source>Clause status (only the moves the negotiation rules allow are offered)</source>
            <translation>Status der Klausel (nur die nach den Verhandlungsregeln zulässigen Wechsel werden angeboten)</translation>
        </message>
        <message>
            <source>New version…</source>
            <translation>Neue Fassung…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Current text</source>
            <translation>Aktueller Text</translation>
        </message>
        <message>
            <source>Redline</source>
            <translation>Änderungen</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Proposed by</source>
            <translation>Vorgeschlagen von</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Versions of past rounds are read-only. Double-click a version to see what it changed.</source>
            <translation>Fassungen vergangener Runden sind schreibgeschützt. Doppelklicken Sie auf eine Fassung, um ihre Änderungen zu sehen.</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Fassungen</translation>
        </message>
        <message>
            <source>Brackets</source>
            <translation>Klammern</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Anhänge</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <source>Wording</source>
            <translation>Wortlaut</translation>
        </message>
        <message>
            <source>Supporters</source>
            <translation>Befürworter</translation>
        </message>
        <message>
            <source>Objectors</source>
            <translation>Gegner</translation>
        </message>
        <message>
            <source>Appeared</source>
            <translation>Erschienen</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Gelöst</translation>
        </message>
        <message>
            <source>Edit bracket…</source>
            <translation>Klammer bearbeiten…</translation>
        </message>
        <message>
            <source>no minerals named</source>
            <translation>keine Mineralien genannt</translation>
        </message>
        <message>
            <source>R{number} {date}</source>
            <translation>R{number} {date}</translation>
        </message>
        <message>
            <source>Open brackets proposed by: {parties}</source>
            <translation>Offene Klammern vorgeschlagen von: {parties}</translation>
        </message>
        <message>
            <source>No open brackets: all of this text is agreed wording or clean draft.</source>
            <translation>Keine offenen Klammern: der ganze Text ist vereinbarter Wortlaut oder klammerfreier Entwurf.</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Runde {number}</translation>
        </message>
        <message>
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <source>Changes proposed by {party} in v{number}: {inserted} (underlined), {deleted} (struck through).</source>
            <translation>Änderungen von {party} in v{number}: {inserted} (unterstrichen), {deleted} (durchgestrichen).</translation>
        </message>
        <message>
            <source>inserted</source>
            <translation>eingefügt</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>gelöscht</translation>
        </message>
        <message>
            <source>The same version on both sides: nothing to compare.</source>
            <translation>Auf beiden Seiten dieselbe Fassung: nichts zu vergleichen.</translation>
        </message>
        <message>
            <source>Status not changed</source>
            <translation>Status nicht geändert</translation>
        </message>
    </context>
    <context>
        <name>ClauseForm</name>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Edit clause</source>
            <translation>Klausel bearbeiten</translation>
        </message>
        <message>
            <source>New clause</source>
            <translation>Neue Klausel</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Strang</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referenz</translation>
        </message>
        <message>
            <source>e.g. Art. 4.2</source>
            <translation>z. B. Art. 4.2</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Minerals</source>
            <translation>Mineralien</translation>
        </message>
        <message>
            <source>comma-separated, e.g. lithium, graphite</source>
            <translation>durch Kommas getrennt, z. B. Lithium, Graphit</translation>
        </message>
        <message>
            <source>Proposed by</source>
            <translation>Vorgeschlagen von</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>No round (drafted outside a meeting)</source>
            <translation>Keine Runde (außerhalb einer Sitzung verfasst)</translation>
        </message>
        <message>
            <source>Give the clause a reference, e.g. Art. 4.2</source>
            <translation>Geben Sie der Klausel eine Referenz, z. B. Art. 4.2</translation>
        </message>
        <message>
            <source>Give the clause a title</source>
            <translation>Geben Sie der Klausel einen Titel</translation>
        </message>
        <message>
            <source>Add a track first (Tracks screen)</source>
            <translation>Legen Sie zuerst einen Verhandlungsstrang an (Ansicht Stränge)</translation>
        </message>
        <message>
            <source>Type the clause text as proposed</source>
            <translation>Geben Sie den Klauseltext wie vorgeschlagen ein</translation>
        </message>
        <message>
            <source>Add clause {ref}</source>
            <translation>Klausel {ref} hinzufügen</translation>
        </message>
        <message>
            <source>Edit clause {ref}</source>
            <translation>Klausel {ref} bearbeiten</translation>
        </message>
        <message>
            <source>New version of {ref}</source>
            <translation>Neue Fassung von {ref}</translation>
        </message>
        <message>
            <source>Add a round for this track first (Rounds screen)</source>
            <translation>Legen Sie zuerst eine Runde für diesen Strang an (Ansicht Runden)</translation>
        </message>
        <message>
            <source>The new version needs its text</source>
            <translation>Die neue Fassung braucht einen Text</translation>
        </message>
        <message>
            <source>Bracket</source>
            <translation>Eckige Klammer</translation>
        </message>
        <message>
            <source>Wording</source>
            <translation>Wortlaut</translation>
        </message>
        <message>
            <source>Supporters</source>
            <translation>Befürworter</translation>
        </message>
        <message>
            <source>Objectors</source>
            <translation>Gegner</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Gelöst</translation>
        </message>
        <message>
            <source>Open (not resolved)</source>
            <translation>Offen (nicht gelöst)</translation>
        </message>
        <message>
            <source>at {round}</source>
            <translation>in {round}</translation>
        </message>
        <message>
            <source>{parties} cannot both support and object to the same wording</source>
            <translation>{parties} kann denselben Wortlaut nicht zugleich befürworten und ablehnen</translation>
        </message>
        <message>
            <source>Edit bracket</source>
            <translation>Klammer bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>ClauseStatusLegend</name>
        <message>
            <source>drafted</source>
            <translation>entworfen</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>vorgeschlagen</translation>
        </message>
        <message>
            <source>under negotiation</source>
            <translation>in Verhandlung</translation>
        </message>
        <message>
            <source>bracketed</source>
            <translation>in eckigen Klammern</translation>
        </message>
        <message>
            <source>agreed ad referendum</source>
            <translation>ad referendum vereinbart</translation>
        </message>
        <message>
            <source>agreed</source>
            <translation>vereinbart</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>gestrichen</translation>
        </message>
    </context>
    <context>
        <name>ClauseTableModel</name>
        <message>
            <source>Track</source>
            <translation>Strang</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>Ref.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>F2 or double-click to change</source>
            <translation>F2 oder Doppelklick zum Ändern</translation>
        </message>
        <message>
            <source>Minerals</source>
            <translation>Mineralien</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Fassungen</translation>
        </message>
        <message>
            <source>Text versions recorded for the clause</source>
            <translation>Für die Klausel erfasste Textfassungen</translation>
        </message>
        <message>
            <source>Open [ ]</source>
            <translation>Offene [ ]</translation>
        </message>
        <message>
            <source>Bracketed wording not yet agreed</source>
            <translation>Geklammerter Wortlaut, noch nicht vereinbart</translation>
        </message>
        <message>
            <source>Last round</source>
            <translation>Letzte Runde</translation>
        </message>
        <message>
            <source>Round of the current version</source>
            <translation>Runde der aktuellen Fassung</translation>
        </message>
    </context>
    <context>
        <name>ClausesView</name>
        <message>
            <source>Filter clauses by word (ref, title, topic, status, mineral)…</source>
            <translation>Klauseln nach Wort filtern (Ref., Titel, Thema, Status, Mineral)…</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <source>Any topic</source>
            <translation>Jedes Thema</translation>
        </message>
        <message>
            <source>New clause…</source>
            <translation>Neue Klausel…</translation>
        </message>
        <message>
            <source>Status not changed</source>
            <translation>Status nicht geändert</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>Alle Stränge</translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s)</source>
            <translation>
                <numerusform>%n Klausel</numerusform>
                <numerusform>%n Klauseln</numerusform>
            </translation>
        </message>
        <message>
            <source> match the filter</source>
            <translation> passen zum Filter</translation>
        </message>
    </context>
    <context>
        <name>Command line</name>
        <message>
            <source> (a query that starts with '-' goes after --: mineralsdesk search -- -price; to leave a word out write: price NOT floor)</source>
            <translation> (eine Suche, die mit „-“ beginnt, steht nach --: mineralsdesk search -- -price; ein Wort schließen Sie so aus: price NOT floor)</translation>
        </message>
        <message>
            <source>{message} (see mineralsdesk --help)</source>
            <translation>{message} (siehe mineralsdesk --help)</translation>
        </message>
        <message>
            <source>unknown party {text}; choose one of {codes}</source>
            <translation>unbekannte Partei {text}; wählen Sie aus {codes}</translation>
        </message>
        <message>
            <source>{text} is not a positive whole number</source>
            <translation>{text} ist keine positive ganze Zahl</translation>
        </message>
        <message>
            <source>{text} is not a whole number from 0 (no reminder) to {most}</source>
            <translation>{text} ist keine ganze Zahl von 0 (keine Erinnerung) bis {most}</translation>
        </message>
        <message>
            <source>warning: {message}</source>
            <translation>Warnung: {message}</translation>
        </message>
        <message>
            <source>Created {path}</source>
            <translation>{path} angelegt</translation>
        </message>
        <message>
            <source>No matches.</source>
            <translation>Keine Treffer.</translation>
        </message>
        <message>
            <source>(no text)</source>
            <translation>(kein Text)</translation>
        </message>
        <message>
            <source>No clauses on {topic} with those words.</source>
            <translation>Keine Klauseln zu {topic} mit diesen Wörtern.</translation>
        </message>
        <message>
            <source>No clauses on {topic}.</source>
            <translation>Keine Klauseln zu {topic}.</translation>
        </message>
        <message>
            <source>schema version: {version}</source>
            <translation>Schemaversion: {version}</translation>
        </message>
        <message>
            <source>head: {head}</source>
            <translation>Kopf: {head}</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>PROBLEM: {problem}</source>
            <translation>PROBLEM: {problem}</translation>
        </message>
        <message>
            <source>{count} problem(s) found.</source>
            <translation>{count} Problem(e) gefunden.</translation>
        </message>
        <message>
            <source>1 of {count} problems; all of them</source>
            <translation>1 von {count} Problemen; alle</translation>
        </message>
        <message>
            <source>details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>PROBLEM: {problem} ({more}: {command}).</source>
            <translation>PROBLEM: {problem} ({more}: {command}).</translation>
        </message>
        <message>
            <source>No good automatic backup of it was found.</source>
            <translation>Keine intakte automatische Sicherung gefunden.</translation>
        </message>
        <message>
            <source>Newest good backup: {path} ({taken} UTC); restore it with: {command}</source>
            <translation>Neueste intakte Sicherung: {path} ({taken} UTC); wiederherstellen mit: {command}</translation>
        </message>
        <message>
            <source>Backed up to {path} (head {head})</source>
            <translation>Gesichert nach {path} (Kopf {head})</translation>
        </message>
        <message>
            <source>Accept {path} as it is now, recording any difference from its history, and re-key it on this computer? [y/N] </source>
            <translation>{path} im jetzigen Zustand annehmen, jede Abweichung von seiner Historie festhalten und auf diesem Computer neu verschlüsseln? [j/N] </translation>
        </message>
        <message>
            <source>y</source>
            <translation>j</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>Nichts geändert.</translation>
        </message>
        <message>
            <source>Trusted and re-keyed on this computer ({count} baseline entries written); head {head}</source>
            <translation>Auf diesem Computer bestätigt und neu verschlüsselt ({count} Basiseinträge geschrieben); Kopf {head}</translation>
        </message>
        <message>
            <source>Restored {path} from {backup} (previous log kept as {saved})</source>
            <translation>{path} aus {backup} wiederhergestellt (bisheriges Protokoll als {saved} behalten)</translation>
        </message>
        <message>
            <source>Restored {path} from {backup}</source>
            <translation>{path} aus {backup} wiederhergestellt</translation>
        </message>
        <message>
            <source>{path} is NOT encrypted (--plain): anyone with the file can read the log</source>
            <translation>{path} ist NICHT verschlüsselt (--plain): Jeder mit der Datei kann das Protokoll lesen</translation>
        </message>
        <message>
            <source>{path} is an INTERNAL dump (red lines, fallbacks, internal notes and the whole change history); do not send it outside the delegation (see --audience shareable)</source>
            <translation>{path} ist ein INTERNER Export (rote Linien, Rückfallpositionen, interne Notizen und die ganze Änderungshistorie); nicht außerhalb der Delegation weitergeben (siehe --audience shareable)</translation>
        </message>
        <message>
            <source>Wrote {path}: {what}</source>
            <translation>{path} geschrieben: {what}</translation>
        </message>
        <message>
            <source>note: {message} (an event needs a date)</source>
            <translation>Hinweis: {message} (ein Termin braucht ein Datum)</translation>
        </message>
        <message>
            <source>Wrote {path} (password-protected)</source>
            <translation>{path} geschrieben (passwortgeschützt)</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>{path} geschrieben</translation>
        </message>
        <message>
            <source>Passphrase of {name}: </source>
            <translation>Passphrase von {name}: </translation>
        </message>
        <message>
            <source>Imported {path}: {what}</source>
            <translation>{path} importiert: {what}</translation>
        </message>
        <message>
            <source>Password for {name}: </source>
            <translation>Passwort für {name}: </translation>
        </message>
        <message>
            <source>Added {initials} {name}</source>
            <translation>{initials} {name} hinzugefügt</translation>
        </message>
        <message>
            <source>(inactive)</source>
            <translation>(inaktiv)</translation>
        </message>
        <message>
            <source>Noted #{seq}: {party} {signal} {clause}</source>
            <translation>Notiert Nr. {seq}: {party} {signal} {clause}</translation>
        </message>
        <message>
            <source>Nothing to apply: positions and brackets already say what the minutes say</source>
            <translation>Nichts anzuwenden: Positionen und eckige Klammern sagen schon, was das Protokoll sagt</translation>
        </message>
        <message>
            <source>Applied {count} change(s)</source>
            <translation>{count} Änderung(en) angewendet</translation>
        </message>
        <message>
            <source>{count} change(s) proposed; run again with --yes to apply them all</source>
            <translation>{count} Änderung(en) vorgeschlagen; mit --yes erneut ausführen, um alle anzuwenden</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>Comment {id} ({audience})</source>
            <translation>Kommentar {id} ({audience})</translation>
        </message>
        <message>
            <source>[resolved]</source>
            <translation>[erledigt]</translation>
        </message>
        <message>
            <source>[shareable]</source>
            <translation>[weitergebbar]</translation>
        </message>
        <message>
            <source>Assigned {kind} {ref} to {member}</source>
            <translation>{kind} {ref} an {member} zugewiesen</translation>
        </message>
        <message>
            <source>unrecognized arguments: {arguments}</source>
            <translation>unbekannte Argumente: {arguments}</translation>
        </message>
        <message>
            <source>error: no log at {path} (create one with: {command})</source>
            <translation>Fehler: kein Protokoll unter {path} (anlegen mit: {command})</translation>
        </message>
        <message>
            <source>interrupted; nothing was left half-written</source>
            <translation>abgebrochen; nichts blieb halb geschrieben</translation>
        </message>
        <message>
            <source>error: {message}</source>
            <translation>Fehler: {message}</translation>
        </message>
        <message>
            <source>unexpected error ({kind}); details in {path}</source>
            <translation>unerwarteter Fehler ({kind}); Einzelheiten in {path}</translation>
        </message>
        <message>
            <source>New passphrase for {name} (at least 10 characters): </source>
            <translation>Neue Passphrase für {name} (mindestens 10 Zeichen): </translation>
        </message>
        <message>
            <source>Passphrase: {strength}</source>
            <translation>Passphrase: {strength}</translation>
        </message>
        <message>
            <source>The same passphrase again: </source>
            <translation>Dieselbe Passphrase noch einmal: </translation>
        </message>
        <message>
            <source>Encrypted {path}</source>
            <translation>{path} verschlüsselt</translation>
        </message>
        <message>
            <source>{count} automatic backup(s) of it taken before are NOT encrypted:</source>
            <translation>{count} zuvor erstellte automatische Sicherung(en) sind NICHT verschlüsselt:</translation>
        </message>
        <message>
            <source>Remove them with: {command}</source>
            <translation>Entfernen mit: {command}</translation>
        </message>
        <message>
            <source>Decrypted {path}: it is now readable by anyone with the file (its backups stay encrypted)</source>
            <translation>{path} entschlüsselt: Jeder mit der Datei kann sie jetzt lesen (ihre Sicherungen bleiben verschlüsselt)</translation>
        </message>
        <message>
            <source>Changed the passphrase of {path} (backups taken before keep the old one)</source>
            <translation>Passphrase von {path} geändert (frühere Sicherungen behalten die alte)</translation>
        </message>
        <message>
            <source>indexed</source>
            <translation>indiziert</translation>
        </message>
        <message>
            <source>not indexed</source>
            <translation>nicht indiziert</translation>
        </message>
        <message>
            <source>Attached {name} ({size} bytes, {audience}) as {id}; {state}</source>
            <translation>{name} angehängt ({size} Bytes, {audience}) als {id}; {state}</translation>
        </message>
        <message>
            <source>content missing</source>
            <translation>Inhalt fehlt</translation>
        </message>
        <message>
            <source>No attachments.</source>
            <translation>Keine Anhänge.</translation>
        </message>
        <message>
            <source>Wrote {path} ({size} bytes)</source>
            <translation>{path} geschrieben ({size} Bytes)</translation>
        </message>
        <message>
            <source>Removed {name} ({id})</source>
            <translation>{name} entfernt ({id})</translation>
        </message>
        <message>
            <source>Colleague's copy written to {path}; give it to them with the delegation's sync passphrase</source>
            <translation>Kopie für den Kollegen nach {path} geschrieben; übergeben Sie sie mit der Sync-Passphrase der Delegation</translation>
        </message>
        <message>
            <source>Sync file for {colleague} written to {path} ({size} bytes)</source>
            <translation>Sync-Datei für {colleague} nach {path} geschrieben ({size} Bytes)</translation>
        </message>
        <message>
            <source>conflict: {line}</source>
            <translation>Konflikt: {line}</translation>
        </message>
        <message>
            <source>base {base}	ours {ours}	theirs {theirs}</source>
            <translation>Basis {base}	unsere {ours}	ihre {theirs}</translation>
        </message>
        <message>
            <source>{count} open conflict(s)</source>
            <translation>{count} offene(r) Konflikt(e)</translation>
        </message>
        <message>
            <source>sent {sent}	received {received}	last synced {when}</source>
            <translation>gesendet {sent}	empfangen {received}	zuletzt synchronisiert {when}</translation>
        </message>
        <message>
            <source>never</source>
            <translation>nie</translation>
        </message>
        <message>
            <source>Conflict {id} settled ({choice})</source>
            <translation>Konflikt {id} beigelegt ({choice})</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Von</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <source>A comment (Enter adds it; with a comment selected, Reply answers it)</source>
            <translation>Ein Kommentar (Eingabe fügt ihn hinzu; bei ausgewähltem Kommentar antwortet „Antworten“)</translation>
        </message>
        <message>
            <source>&amp;Shareable</source>
            <translation>&amp;Teilbar</translation>
        </message>
        <message>
            <source>May be printed in a shareable briefing on request; internal otherwise</source>
            <translation>Kann auf Wunsch in ein teilbares Briefing aufgenommen werden; sonst intern</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Reply</source>
            <translation>&amp;Antworten</translation>
        </message>
        <message>
            <source>Resol&amp;ve / reopen</source>
            <translation>Er&amp;ledigen / wieder öffnen</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Kommentar hinzufügen</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>Select the comment to reply to</source>
            <translation>Wählen Sie den Kommentar, auf den Sie antworten</translation>
        </message>
        <message>
            <source>Reopen thread</source>
            <translation>Diskussion wieder öffnen</translation>
        </message>
        <message>
            <source>Resolve thread</source>
            <translation>Diskussion erledigen</translation>
        </message>
    </context>
    <context>
        <name>CommitmentForm</name>
        <message>
            <source>Edit commitment</source>
            <translation>Verpflichtung bearbeiten</translation>
        </message>
        <message>
            <source>New commitment</source>
            <translation>Neue Verpflichtung</translation>
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
            <source>Track</source>
            <translation>Strang</translation>
        </message>
        <message>
            <source>No particular track</source>
            <translation>Kein bestimmter Strang</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Source detail</source>
            <translation>Quellenangabe</translation>
        </message>
        <message>
            <source>On a date</source>
            <translation>An einem Datum</translation>
        </message>
        <message>
            <source>Relative to an event</source>
            <translation>Relativ zu einem Ereignis</translation>
        </message>
        <message>
            <source> months</source>
            <translation> Monate</translation>
        </message>
        <message>
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <source>after</source>
            <translation>nach</translation>
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
            <source>Say what was committed to</source>
            <translation>Geben Sie an, wozu man sich verpflichtet hat</translation>
        </message>
        <message>
            <source>Choose the event the deadline counts from</source>
            <translation>Wählen Sie das Ereignis, ab dem die Frist läuft</translation>
        </message>
        <message>
            <source>Add commitment</source>
            <translation>Verpflichtung hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsModel</name>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Counted from</source>
            <translation>Gezählt ab</translation>
        </message>
        <message>
            <source>Relative deadlines move with the event they count from</source>
            <translation>Relative Fristen verschieben sich mit ihrem Bezugsereignis</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>F2 or double-click to change</source>
            <translation>F2 oder Doppelklick zum Ändern</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Verpflichtung</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Strang</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>Erfüllung</translation>
        </message>
        <message>
            <source>Latest score per party: +1 complied, 0 partly, −1 did not</source>
            <translation>Letzte Bewertung je Partei: +1 erfüllt, 0 teilweise, −1 nicht erfüllt</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>kein Datum</translation>
        </message>
        <message numerus="yes">
            <source> — overdue by %n day(s)</source>
            <translation>
                <numerusform> — %n Tag überfällig</numerusform>
                <numerusform> — %n Tage überfällig</numerusform>
            </translation>
        </message>
        <message>
            <source> — due today</source>
            <translation> — heute fällig</translation>
        </message>
        <message numerus="yes">
            <source> — due in %n day(s)</source>
            <translation>
                <numerusform> — fällig in %n Tag</numerusform>
                <numerusform> — fällig in %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Commitment {old} → {new}</source>
            <translation>Verpflichtung {old} → {new}</translation>
        </message>
        <message>
            <source>Commitment owner {old} → {new}</source>
            <translation>Zuständig für Verpflichtung {old} → {new}</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsView</name>
        <message>
            <source>Filter commitments by word…</source>
            <translation>Verpflichtungen nach Wort filtern…</translation>
        </message>
        <message>
            <source>Any state</source>
            <translation>Jeder Stand</translation>
        </message>
        <message>
            <source>Not closed (open, on track, at risk)</source>
            <translation>Nicht abgeschlossen (offen, im Plan, gefährdet)</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>New commitment…</source>
            <translation>Neue Verpflichtung…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>As of {date}: {overdue} · {soon} · met and missed commitments are closed.</source>
            <translation>Stand {date}: {overdue} · {soon} · erfüllte und verfehlte Verpflichtungen sind abgeschlossen.</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>überfällig</translation>
        </message>
        <message>
            <source>due within 7 days</source>
            <translation>fällig binnen 7 Tagen</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Partei</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Zielgruppe</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Nachweise</translation>
        </message>
        <message>
            <source>Assess…</source>
            <translation>Bewerten…</translation>
        </message>
        <message>
            <source>Remove assessment</source>
            <translation>Bewertung entfernen</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Anhänge</translation>
        </message>
        <message>
            <source>Commitment not changed</source>
            <translation>Verpflichtung nicht geändert</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>Alle Stränge</translation>
        </message>
        <message>
            <source>Compliance assessments — select a commitment</source>
            <translation>Erfüllungsbewertungen — Verpflichtung auswählen</translation>
        </message>
        <message>
            <source>Compliance assessments — {text}</source>
            <translation>Erfüllungsbewertungen — {text}</translation>
        </message>
        <message>
            <source>Remove {party} assessment</source>
            <translation>Bewertung von {party} entfernen</translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <source>Record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Ours</source>
            <translation>Unsere</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Ihre</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>Conflicts</source>
            <translation>Konflikte</translation>
        </message>
        <message>
            <source>Open sync conflicts</source>
            <translation>Offene Synchronisierungskonflikte</translation>
        </message>
        <message>
            <source>Base (before either edit)</source>
            <translation>Basis (vor beiden Änderungen)</translation>
        </message>
        <message>
            <source>Ours (this laptop)</source>
            <translation>Unsere (dieser Laptop)</translation>
        </message>
        <message>
            <source>Theirs (the colleague's)</source>
            <translation>Ihre (die des Kollegen)</translation>
        </message>
        <message>
            <source>Edited value</source>
            <translation>Bearbeiteter Wert</translation>
        </message>
        <message>
            <source>Edited &amp;value (prefilled with ours):</source>
            <translation>Bearbeiteter &amp;Wert (mit unserem vorbelegt):</translation>
        </message>
        <message>
            <source>Keep &amp;ours</source>
            <translation>&amp;Unsere behalten</translation>
        </message>
        <message>
            <source>Take &amp;theirs</source>
            <translation>&amp;Ihre übernehmen</translation>
        </message>
        <message>
            <source>Use e&amp;dited value</source>
            <translation>&amp;Bearbeiteten Wert verwenden</translation>
        </message>
        <message>
            <source>Keep this laptop's value; the conflict is settled</source>
            <translation>Den Wert dieses Laptops behalten; der Konflikt ist beigelegt</translation>
        </message>
        <message>
            <source>Write the colleague's value here</source>
            <translation>Den Wert des Kollegen hier übernehmen</translation>
        </message>
        <message>
            <source>Write the value in the editor above</source>
            <translation>Den Wert aus dem Editor oben übernehmen</translation>
        </message>
        <message>
            <source>No open conflicts: every sync file merged cleanly.</source>
            <translation>Keine offenen Konflikte: Jede Synchronisierungsdatei wurde sauber zusammengeführt.</translation>
        </message>
        <message numerus="yes">
            <source>%n open conflict(s): a field changed on this laptop and on a colleague's. Nothing was overwritten; choose the value to keep.</source>
            <translation>
                <numerusform>%n offener Konflikt: Ein Feld wurde auf diesem Laptop und bei einem Kollegen geändert. Nichts wurde überschrieben; wählen Sie den zu behaltenden Wert.</numerusform>
                <numerusform>%n offene Konflikte: Ein Feld wurde auf diesem Laptop und bei einem Kollegen geändert. Nichts wurde überschrieben; wählen Sie den zu behaltenden Wert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to compare: no conflict is selected.</source>
            <translation>Nichts zu vergleichen: Kein Konflikt ist ausgewählt.</translation>
        </message>
        <message>
            <source>Redline against the base: {inserted} (underlined) · {deleted} (struck through) · plain: as in the base.</source>
            <translation>Änderungen gegenüber der Basis: {inserted} (unterstrichen) · {deleted} (durchgestrichen) · normal: wie in der Basis.</translation>
        </message>
        <message>
            <source>inserted</source>
            <translation>eingefügt</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>gelöscht</translation>
        </message>
        <message>
            <source>{record}: field &lt;b&gt;{field}&lt;/b&gt;.</source>
            <translation>{record}: Feld &lt;b&gt;{field}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Keep ours</source>
            <translation>Unsere behalten</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Ihre übernehmen</translation>
        </message>
        <message>
            <source>Use edited value</source>
            <translation>Bearbeiteten Wert verwenden</translation>
        </message>
        <message>
            <source>Conflict not settled</source>
            <translation>Konflikt nicht beigelegt</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>no date</source>
            <translation>ohne Datum</translation>
        </message>
        <message>
            <source>(1 day overdue)</source>
            <translation>(1 Tag überfällig)</translation>
        </message>
        <message>
            <source>({n} days overdue)</source>
            <translation>({n} Tage überfällig)</translation>
        </message>
        <message>
            <source>1 clause</source>
            <translation>1 Klausel</translation>
        </message>
        <message>
            <source>{n} clauses</source>
            <translation>{n} Klauseln</translation>
        </message>
        <message>
            <source>1 open bracket</source>
            <translation>1 offene eckige Klammer</translation>
        </message>
        <message>
            <source>{n} open brackets</source>
            <translation>{n} offene eckige Klammern</translation>
        </message>
        <message>
            <source>Topics:</source>
            <translation>Themen:</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <source>and {n} more overdue</source>
            <translation>und {n} weitere überfällig</translation>
        </message>
        <message>
            <source>This track's commitments by due date, in Commitments</source>
            <translation>Die Verpflichtungen dieses Verhandlungsstrangs nach Fälligkeit, unter Verpflichtungen</translation>
        </message>
        <message>
            <source>Next deadlines</source>
            <translation>Nächste Fristen</translation>
        </message>
        <message>
            <source>Nothing due</source>
            <translation>Nichts fällig</translation>
        </message>
        <message>
            <source>Reading its clauses, brackets and deadlines…</source>
            <translation>Klauseln, eckige Klammern und Fristen werden gelesen…</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Verhandlungsstrang</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>Alle Verhandlungsstränge</translation>
        </message>
        <message>
            <source>No tracks yet. Add one under Tracks (Ctrl+2).</source>
            <translation>Noch keine Verhandlungsstränge. Unter Verhandlungsstränge (Strg+2) einen hinzufügen.</translation>
        </message>
        <message>
            <source>no target date</source>
            <translation>kein Zieldatum</translation>
        </message>
        <message>
            <source>Target {date}</source>
            <translation>Ziel {date}</translation>
        </message>
        <message>
            <source>No target date</source>
            <translation>Kein Zieldatum</translation>
        </message>
        <message>
            <source>concluded</source>
            <translation>abgeschlossen</translation>
        </message>
        <message>
            <source>1 day left</source>
            <translation>noch 1 Tag</translation>
        </message>
        <message>
            <source>{n} days left</source>
            <translation>noch {n} Tage</translation>
        </message>
        <message>
            <source>1 day past</source>
            <translation>1 Tag vorbei</translation>
        </message>
        <message>
            <source>{n} days past</source>
            <translation>{n} Tage vorbei</translation>
        </message>
        <message>
            <source>No rounds yet</source>
            <translation>Noch keine Runden</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Runde {number}</translation>
        </message>
        <message>
            <source>1 clause revised</source>
            <translation>1 Klausel überarbeitet</translation>
        </message>
        <message>
            <source>{n} clauses revised</source>
            <translation>{n} Klauseln überarbeitet</translation>
        </message>
        <message>
            <source>1 bracket opened</source>
            <translation>1 eckige Klammer geöffnet</translation>
        </message>
        <message>
            <source>{n} brackets opened</source>
            <translation>{n} eckige Klammern geöffnet</translation>
        </message>
        <message>
            <source>1 bracket resolved</source>
            <translation>1 eckige Klammer aufgelöst</translation>
        </message>
        <message>
            <source>{n} brackets resolved</source>
            <translation>{n} eckige Klammern aufgelöst</translation>
        </message>
        <message>
            <source>1 position recorded</source>
            <translation>1 Position erfasst</translation>
        </message>
        <message>
            <source>{n} positions recorded</source>
            <translation>{n} Positionen erfasst</translation>
        </message>
        <message>
            <source>no text changes</source>
            <translation>keine Textänderungen</translation>
        </message>
        <message>
            <source>1 edit in the log since then</source>
            <translation>seither 1 Änderung im Protokoll</translation>
        </message>
        <message>
            <source>{n} edits in the log since then</source>
            <translation>seither {n} Änderungen im Protokoll</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Set</source>
            <translation>Gesetzt</translation>
        </message>
    </context>
    <context>
        <name>Deadlines</name>
        <message>
            <source>1 day</source>
            <translation>1 Tag</translation>
        </message>
        <message>
            <source>{n} days</source>
            <translation>{n} Tage</translation>
        </message>
        <message>
            <source>1 month</source>
            <translation>1 Monat</translation>
        </message>
        <message>
            <source>{n} months</source>
            <translation>{n} Monate</translation>
        </message>
        <message>
            <source>on {anchor}</source>
            <translation>am Tag von {anchor}</translation>
        </message>
        <message>
            <source>{months} and {days}</source>
            <translation>{months} und {days}</translation>
        </message>
        <message>
            <source>{months} less {days}</source>
            <translation>{months} abzüglich {days}</translation>
        </message>
        <message>
            <source>{amount} after {anchor}</source>
            <translation>{amount} nach {anchor}</translation>
        </message>
        <message>
            <source>{amount} before {anchor}</source>
            <translation>{amount} vor {anchor}</translation>
        </message>
        <message>
            <source>{state} (stale: due date passed {days} d ago)</source>
            <translation>{state} (veraltet: Frist seit {days} T verstrichen)</translation>
        </message>
    </context>
    <context>
        <name>DraftImportDialog</name>
        <message>
            <source>Import Word or Akoma Ntoso draft</source>
            <translation>Word- oder Akoma-Ntoso-Entwurf importieren</translation>
        </message>
        <message>
            <source>Drafts (*.docx *.xml *.akn);;Word document (*.docx);;Akoma Ntoso (*.xml *.akn)</source>
            <translation>Entwürfe (*.docx *.xml *.akn);;Word-Dokument (*.docx);;Akoma Ntoso (*.xml *.akn)</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unverändert</translation>
        </message>
        <message>
            <source>new</source>
            <translation>neu</translation>
        </message>
        <message>
            <source>Tracked changes become versions of the party each Word author stands for (remembered by this log):</source>
            <translation>Nachverfolgte Änderungen werden Versionen der Partei, für die jeder Word-Autor steht (in diesem Protokoll gespeichert):</translation>
        </message>
        <message>
            <source>Choose the chair's consolidated text or a delegation's markup (Word .docx or Akoma Ntoso .xml).</source>
            <translation>Wählen Sie den konsolidierten Text des Vorsitzes oder das Markup einer Delegation (Word .docx oder Akoma Ntoso .xml).</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Datei wählen…</translation>
        </message>
        <message>
            <source>Article in the file</source>
            <translation>Artikel in der Datei</translation>
        </message>
        <message>
            <source>Matched clause</source>
            <translation>Zugeordnete Klausel</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Änderung</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importieren als</translation>
        </message>
        <message>
            <source>Word author</source>
            <translation>Word-Autor</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Partei</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>&amp;Track:</source>
            <translation>&amp;Verhandlungsstrang:</translation>
        </message>
        <message>
            <source>&amp;Round of the new versions:</source>
            <translation>&amp;Runde der neuen Versionen:</translation>
        </message>
        <message>
            <source>&amp;Party of the accepted text:</source>
            <translation>&amp;Partei des angenommenen Textes:</translation>
        </message>
        <message>
            <source>Round {number} ({date})</source>
            <translation>Runde {number} ({date})</translation>
        </message>
        <message>
            <source>Reading {name}</source>
            <translation>{name} wird gelesen</translation>
        </message>
        <message>
            <source>{ref} (by {method}, {score})</source>
            <translation>{ref} (nach {method}, {score})</translation>
        </message>
        <message>
            <source>— new clause</source>
            <translation>— neue Klausel</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Übernehmen</translation>
        </message>
        <message>
            <source>Accept as a new clause</source>
            <translation>Als neue Klausel übernehmen</translation>
        </message>
        <message>
            <source>Attach to {clause}</source>
            <translation>An {clause} anhängen</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>(wählen)</translation>
        </message>
        <message>
            <source>{kind}: no tracked changes to attribute</source>
            <translation>{kind}: keine nachverfolgten Änderungen zuzuordnen</translation>
        </message>
        <message>
            <source>; each bracket keeps the proposer the file names.</source>
            <translation>; jede eckige Klammer behält den in der Datei genannten Vorschlagenden.</translation>
        </message>
        <message>
            <source>Absent from the file (kept, never deleted): </source>
            <translation>Fehlen in der Datei (bleiben erhalten, nie gelöscht): </translation>
        </message>
        <message>
            <source>{n} article(s)</source>
            <translation>{n} Artikel</translation>
        </message>
        <message>
            <source>{changed} changed, {unchanged} unchanged, {new} new. Nothing has been written yet.</source>
            <translation>{changed} geändert, {unchanged} unverändert, {new} neu. Noch wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Tabled by {party}: the file names it as the proposer of every bracket.</source>
            <translation>Eingebracht von {party}: Die Datei nennt sie als Vorschlagende jeder eckigen Klammer.</translation>
        </message>
        <message>
            <source>Against the current text of {ref}:</source>
            <translation>Gegenüber dem aktuellen Text von {ref}:</translation>
        </message>
        <message>
            <source>A new clause (proposed):</source>
            <translation>Eine neue Klausel (vorgeschlagen):</translation>
        </message>
        <message>
            <source>{author} proposes:</source>
            <translation>{author} schlägt vor:</translation>
        </message>
        <message>
            <source>Brackets opened:</source>
            <translation>Geöffnete eckige Klammern:</translation>
        </message>
        <message>
            <source>Brackets resolved:</source>
            <translation>Aufgelöste eckige Klammern:</translation>
        </message>
        <message>
            <source>Cannot import:</source>
            <translation>Import nicht möglich:</translation>
        </message>
        <message>
            <source>Choose a round for the new versions first.</source>
            <translation>Wählen Sie zuerst eine Runde für die neuen Versionen.</translation>
        </message>
        <message>
            <source>Choose a party for: </source>
            <translation>Wählen Sie eine Partei für: </translation>
        </message>
        <message>
            <source>Import {kind} draft {name}</source>
            <translation>{kind}-Entwurf {name} importieren</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>{name} names the party #{eid} ({party}), which is not a party of this log; nothing was imported</source>
            <translation>{name} nennt die Partei #{eid} ({party}), die keine Partei dieses Protokolls ist; nichts wurde importiert</translation>
        </message>
        <message>
            <source>{name} is {size:.1f} MB; an Akoma Ntoso text may be at most {limit:.0f} MB (nothing was imported)</source>
            <translation>{name} ist {size:.1f} MB groß; ein Akoma-Ntoso-Text darf höchstens {limit:.0f} MB groß sein (nichts wurde importiert)</translation>
        </message>
        <message>
            <source>Cannot read {name}: {reason}</source>
            <translation>{name} kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>{name} declares a DOCTYPE or entities, which an Akoma Ntoso text never needs; refused (nothing was imported)</source>
            <translation>{name} deklariert einen DOCTYPE oder Entitäten, die ein Akoma-Ntoso-Text nie braucht; abgelehnt (nichts wurde importiert)</translation>
        </message>
        <message>
            <source>{name} is not readable XML ({reason}); nothing was imported</source>
            <translation>{name} ist kein lesbares XML ({reason}); nichts wurde importiert</translation>
        </message>
        <message>
            <source>{name} declares a DOCTYPE, which an Akoma Ntoso text never needs; refused (nothing was imported)</source>
            <translation>{name} deklariert einen DOCTYPE, den ein Akoma-Ntoso-Text nie braucht; abgelehnt (nichts wurde importiert)</translation>
        </message>
        <message>
            <source>{name} is not valid Akoma Ntoso 3.0 ({reason}); nothing was imported</source>
            <translation>{name} ist kein gültiges Akoma Ntoso 3.0 ({reason}); nichts wurde importiert</translation>
        </message>
        <message>
            <source>{name}: the brackets of article {ref} do not balance ({reason}); nothing was imported</source>
            <translation>{name}: Die eckigen Klammern von Artikel {ref} sind nicht ausgeglichen ({reason}); nichts wurde importiert</translation>
        </message>
        <message>
            <source>{name}: a bracket in article {ref} names {party}, which &lt;references&gt; does not declare (nothing was imported)</source>
            <translation>{name}: Eine eckige Klammer in Artikel {ref} nennt {party}, das &lt;references&gt; nicht deklariert (nichts wurde importiert)</translation>
        </message>
        <message>
            <source>{name} holds no numbered article; nothing was imported</source>
            <translation>{name} enthält keinen nummerierten Artikel; nichts wurde importiert</translation>
        </message>
        <message>
            <source>No round {round!r} in track {track}; give its number (e.g. 2) or its id</source>
            <translation>Keine Verhandlungsrunde {round!r} im Verhandlungsstrang {track}; geben Sie ihre Nummer (z. B. 2) oder ihre ID an</translation>
        </message>
        <message>
            <source>The Akoma Ntoso text does not validate against the OASIS schema ({reason}); nothing was written</source>
            <translation>Der Akoma-Ntoso-Text ist nach dem OASIS-Schema nicht gültig ({reason}); nichts wurde geschrieben</translation>
        </message>
        <message>
            <source>No party for the Word author(s) {authors}: add --author "NAME=PARTY" for each; nothing was imported</source>
            <translation>Keine Partei für die Word-Autoren {authors}: fügen Sie für jeden --author "NAME=PARTY" hinzu; nichts wurde importiert</translation>
        </message>
        <message>
            <source>No round {round!r} in this track (give its number or date); nothing was imported</source>
            <translation>Keine Verhandlungsrunde {round!r} in diesem Verhandlungsstrang (Nummer oder Datum angeben); nichts wurde importiert</translation>
        </message>
        <message>
            <source>Unknown party {party!r} for --party; nothing was imported</source>
            <translation>Unbekannte Partei {party!r} für --party; nichts wurde importiert</translation>
        </message>
        <message>
            <source>No track {track!r} in this log</source>
            <translation>Kein Verhandlungsstrang {track!r} in diesem Protokoll</translation>
        </message>
        <message>
            <source>No party for the Word author(s) {authors}: map each to a party (--author "NAME=PARTY"); nothing was imported</source>
            <translation>Keine Partei für die Word-Autoren {authors}: ordnen Sie jeden einer Partei zu (--author "NAME=PARTY"); nichts wurde importiert</translation>
        </message>
        <message>
            <source>{ref}: the log refused it ({reason}); nothing was imported</source>
            <translation>{ref}: Das Protokoll hat es abgelehnt ({reason}); nichts wurde importiert</translation>
        </message>
        <message>
            <source>Track {track} has no round {number}; its rounds: {known}</source>
            <translation>Der Verhandlungsstrang {track} hat keine Verhandlungsrunde {number}; seine Runden: {known}</translation>
        </message>
        <message>
            <source>Unknown audience {audience!r}; use internal or shareable</source>
            <translation>Unbekannte Zielgruppe {audience!r}; verwenden Sie internal oder shareable</translation>
        </message>
        <message>
            <source>A track was removed while the briefing was being written; export it again</source>
            <translation>Ein Verhandlungsstrang wurde entfernt, während die Verhandlungsunterlage geschrieben wurde; exportieren Sie sie erneut</translation>
        </message>
        <message>
            <source>Compare an earlier round with a later one (round {earlier} is not before round {later})</source>
            <translation>Vergleichen Sie eine frühere mit einer späteren Verhandlungsrunde (Runde {earlier} liegt nicht vor Runde {later})</translation>
        </message>
        <message>
            <source>--author takes NAME=PARTY (e.g. "US Delegation=US"), not {pair!r}</source>
            <translation>--author erwartet NAME=PARTY (z. B. "US Delegation=US"), nicht {pair!r}</translation>
        </message>
        <message>
            <source>{name} has no recognisable articles (paragraphs or headings starting "Article 3", "Art. 3" or "3."); nothing was imported</source>
            <translation>{name} enthält keine erkennbaren Artikel (Absätze oder Überschriften, die mit „Artikel 3“, „Art. 3“ oder „3.“ beginnen); nichts wurde importiert</translation>
        </message>
        <message>
            <source>This log's dump would be {size} MB, over the {most} MB an import accepts; copy it with `mineralsdesk backup` instead</source>
            <translation>Der Export dieses Protokolls hätte {size} MB, mehr als die {most} MB, die ein Import annimmt; kopieren Sie es stattdessen mit `mineralsdesk backup`</translation>
        </message>
        <message>
            <source>No file at {path}</source>
            <translation>Keine Datei unter {path}</translation>
        </message>
        <message>
            <source>{name} is an encrypted dump: give its passphrase</source>
            <translation>{name} ist ein verschlüsselter Export: geben Sie die Passphrase an</translation>
        </message>
        <message>
            <source>{name} is larger than a MineralsDesk dump can be</source>
            <translation>{name} ist größer, als ein MineralsDesk-Export sein kann</translation>
        </message>
        <message>
            <source>{name} is not a MineralsDesk JSON dump</source>
            <translation>{name} ist kein JSON-Export von MineralsDesk</translation>
        </message>
        <message>
            <source>{name} has no valid 'format_version' (a whole number from 1)</source>
            <translation>{name} hat keine gültige 'format_version' (eine ganze Zahl ab 1)</translation>
        </message>
        <message>
            <source>{name} uses dump format {version}; this build reads formats 1 to {newest}</source>
            <translation>{name} nutzt Exportformat {version}; diese Ausgabe liest die Formate 1 bis {newest}</translation>
        </message>
        <message>
            <source>{name} does not say whether it is internal or shareable ('audience')</source>
            <translation>{name} gibt nicht an, ob es intern oder weitergebbar ist ('audience')</translation>
        </message>
        <message>
            <source>{name} is a shareable dump (no red lines, fallbacks, internal notes or change history); it cannot be loaded as a log. Import an internal dump instead</source>
            <translation>{name} ist ein weitergebbarer Export (ohne rote Linien, Rückfallpositionen, interne Notizen und Änderungshistorie); er kann nicht als Protokoll geladen werden. Importieren Sie einen internen Export</translation>
        </message>
        <message>
            <source>{name}: '{table}' record {number} lacks fields: {fields}</source>
            <translation>{name}: Datensatz {number} von '{table}' fehlen Felder: {fields}</translation>
        </message>
        <message>
            <source>{name} is {size:,.0f} MB; Word drafts over {limit} MB are not imported</source>
            <translation>{name} ist {size:,.0f} MB groß; Word-Entwürfe über {limit} MB werden nicht importiert</translation>
        </message>
        <message>
            <source>{name} is a password-protected Word document: remove the password in Word (File &gt; Info &gt; Protect Document) and import that copy</source>
            <translation>{name} ist ein kennwortgeschütztes Word-Dokument: Entfernen Sie das Kennwort in Word (Datei &gt; Informationen &gt; Dokument schützen) und importieren Sie diese Kopie</translation>
        </message>
        <message>
            <source>{name} is an old-style Word .doc file: save it as .docx and import that</source>
            <translation>{name} ist eine alte Word-.doc-Datei: Speichern Sie sie als .docx und importieren Sie diese</translation>
        </message>
        <message>
            <source>{name} is not a Word document (.docx)</source>
            <translation>{name} ist kein Word-Dokument (.docx)</translation>
        </message>
        <message>
            <source>{name}: its content types part is {size:,} bytes; refused</source>
            <translation>{name}: Sein Inhaltstypen-Teil ist {size:,} Bytes groß; abgelehnt</translation>
        </message>
        <message>
            <source>{name} is a macro-enabled Word document: save it as a plain .docx (without macros) and import that</source>
            <translation>{name} ist ein Word-Dokument mit Makros: Speichern Sie es als einfaches .docx (ohne Makros) und importieren Sie dieses</translation>
        </message>
        <message>
            <source>{name}: part {part} is {size:,.0f} MB; refused</source>
            <translation>{name}: Teil {part} ist {size:,.0f} MB groß; abgelehnt</translation>
        </message>
        <message>
            <source>{name} is not a readable Word document (its zip structure is damaged)</source>
            <translation>{name} ist kein lesbares Word-Dokument (seine ZIP-Struktur ist beschädigt)</translation>
        </message>
        <message>
            <source>{name} is not a readable Word document (its XML is damaged)</source>
            <translation>{name} ist kein lesbares Word-Dokument (sein XML ist beschädigt)</translation>
        </message>
        <message>
            <source>{name} contains XML entity or DTD declarations; refused</source>
            <translation>{name} enthält XML-Entitäts- oder DTD-Deklarationen; abgelehnt</translation>
        </message>
        <message>
            <source>{name} is not a Word document (it has no body)</source>
            <translation>{name} ist kein Word-Dokument (es hat keinen Textkörper)</translation>
        </message>
        <message>
            <source>Unknown paper {paper!r}; use a4 or letter</source>
            <translation>Unbekanntes Papierformat {paper!r}; verwenden Sie a4 oder letter</translation>
        </message>
        <message>
            <source>Unknown paper size {paper!r}; use a4 or letter</source>
            <translation>Unbekanntes Papierformat {paper!r}; verwenden Sie a4 oder letter</translation>
        </message>
        <message>
            <source>Folder {folder} does not exist</source>
            <translation>Der Ordner {folder} existiert nicht</translation>
        </message>
        <message>
            <source>The briefing could not be laid out on {paper} paper: an element is larger than a page</source>
            <translation>Die Unterlage ließ sich nicht auf {paper}-Papier setzen: ein Element ist größer als eine Seite</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>{path} kann nicht geschrieben werden: {reason}</translation>
        </message>
        <message>
            <source>{name} is read-only (the file or its folder cannot be written); nothing was changed</source>
            <translation>{name} ist schreibgeschützt (die Datei oder ihr Ordner ist nicht beschreibbar); nichts wurde geändert</translation>
        </message>
        <message>
            <source>init --demo makes a plain log; encrypt it afterwards with: mineralsdesk encrypt</source>
            <translation>init --demo legt ein unverschlüsseltes Protokoll an; verschlüsseln Sie es danach mit: mineralsdesk encrypt</translation>
        </message>
        <message>
            <source>Give words to search for, or --topic TOPIC (see mineralsdesk search --help)</source>
            <translation>Geben Sie Suchwörter an oder --topic TOPIC (siehe mineralsdesk search --help)</translation>
        </message>
        <message>
            <source>Cannot search for that query; put words with punctuation in "quotes" (see mineralsdesk search --help)</source>
            <translation>Diese Suche ist nicht möglich; setzen Sie Wörter mit Satzzeichen in "Anführungszeichen" (siehe mineralsdesk search --help)</translation>
        </message>
        <message>
            <source>trust changes what the log's history vouches for; confirm with --yes</source>
            <translation>trust ändert, wofür die Historie des Protokolls bürgt; bestätigen Sie mit --yes</translation>
        </message>
        <message>
            <source>--minutes prints one round on its own: leave out --track, --topic and --compare</source>
            <translation>--minutes druckt eine einzelne Verhandlungsrunde: lassen Sie --track, --topic und --compare weg</translation>
        </message>
        <message>
            <source>{name} is password-protected; give its password with --password-file F</source>
            <translation>{name} ist passwortgeschützt; geben Sie das Passwort mit --password-file F an</translation>
        </message>
        <message>
            <source>give the round: --round TRACK NUMBER (e.g. --round 'MOU 2')</source>
            <translation>geben Sie die Verhandlungsrunde an: --round TRACK NUMBER (z. B. --round 'MOU 2')</translation>
        </message>
        <message>
            <source>{name} is encrypted: give its passphrase with --passphrase-file FILE or ${variable}</source>
            <translation>{name} ist verschlüsselt: geben Sie die Passphrase mit --passphrase-file FILE oder ${variable} an</translation>
        </message>
        <message>
            <source>give the new passphrase with --passphrase-file FILE or ${variable} (no terminal to ask on)</source>
            <translation>geben Sie die neue Passphrase mit --passphrase-file FILE oder ${variable} an (kein Terminal zum Nachfragen)</translation>
        </message>
        <message>
            <source>The two passphrases differ; nothing was changed</source>
            <translation>Die beiden Passphrasen unterscheiden sich; nichts wurde geändert</translation>
        </message>
        <message>
            <source>{name} is not encrypted; nothing was changed</source>
            <translation>{name} ist nicht verschlüsselt; nichts wurde geändert</translation>
        </message>
        <message>
            <source>{name} is not encrypted; encrypt it with: mineralsdesk encrypt</source>
            <translation>{name} ist nicht verschlüsselt; verschlüsseln mit: mineralsdesk encrypt</translation>
        </message>
        <message>
            <source>Cannot attach to {kind}; use track, round, clause or commitment</source>
            <translation>Anhängen an {kind} nicht möglich; verwenden Sie track, round, clause oder commitment</translation>
        </message>
        <message>
            <source>{name} is not valid JSON ({why} at character {position})</source>
            <translation>{name} ist kein gültiges JSON ({why} bei Zeichen {position})</translation>
        </message>
        <message>
            <source>{name} is {size} MB; a MineralsDesk dump can be at most {most} MB (copy larger logs with `mineralsdesk backup`)</source>
            <translation>{name} ist {size} MB groß; ein MineralsDesk-Export hat höchstens {most} MB (größere Protokolle kopieren Sie mit `mineralsdesk backup`)</translation>
        </message>
        <message>
            <source>{name} is not a MineralsDesk JSON dump (unknown section {section})</source>
            <translation>{name} ist kein JSON-Export von MineralsDesk (unbekannter Abschnitt {section})</translation>
        </message>
        <message>
            <source>{name} holds more than {most} records; more than a MineralsDesk dump may</source>
            <translation>{name} enthält mehr als {most} Datensätze; mehr als ein MineralsDesk-Export darf</translation>
        </message>
        <message>
            <source>{name}: '{section}' record {number} is not an object</source>
            <translation>{name}: Datensatz {number} von '{section}' ist kein Objekt</translation>
        </message>
        <message>
            <source>{name} is not an encrypted MineralsDesk dump (too short or no header)</source>
            <translation>{name} ist kein verschlüsselter MineralsDesk-Export (zu kurz oder ohne Kopf)</translation>
        </message>
        <message>
            <source>{name} uses encrypted-dump version {version}; this build reads version {newest}</source>
            <translation>{name} nutzt Version {version} verschlüsselter Exporte; diese Ausgabe liest Version {newest}</translation>
        </message>
        <message>
            <source>{name} cannot be decrypted: wrong passphrase, or the file was changed; nothing was imported</source>
            <translation>{name} lässt sich nicht entschlüsseln: falsche Passphrase oder die Datei wurde verändert; nichts wurde importiert</translation>
        </message>
        <message>
            <source>{name} is a zip file but not {kind}</source>
            <translation>{name} ist eine ZIP-Datei, aber nicht {kind}</translation>
        </message>
        <message>
            <source>{name} would unpack to {size} MB (a zip bomb?); refused</source>
            <translation>{name} würde entpackt {size} MB groß (eine ZIP-Bombe?); abgelehnt</translation>
        </message>
        <message>
            <source>{name}: part {part} unpacks {ratio} times its size (a zip bomb?); refused</source>
            <translation>{name}: Teil {part} entpackt auf das {ratio}-Fache seiner Größe (eine ZIP-Bombe?); abgelehnt</translation>
        </message>
        <message>
            <source>{name}: part {part} has no element in its first {most} KB; refused</source>
            <translation>{name}: Teil {part} hat in den ersten {most} KB kein Element; abgelehnt</translation>
        </message>
        <message>
            <source>{name} contains XML entity or DTD declarations (a known attack on document readers); refused</source>
            <translation>{name} enthält XML-Entitäts- oder DTD-Deklarationen (ein bekannter Angriff auf Dokumentleser); abgelehnt</translation>
        </message>
        <message>
            <source>The password is empty; give a password of at least one character (nothing was written)</source>
            <translation>Das Passwort ist leer; geben Sie mindestens ein Zeichen an (nichts wurde geschrieben)</translation>
        </message>
        <message>
            <source>The password holds a line break or a NUL character, which readers cannot type; nothing was written</source>
            <translation>Das Passwort enthält einen Zeilenumbruch oder ein NUL-Zeichen, das Leser nicht eingeben können; nichts wurde geschrieben</translation>
        </message>
        <message>
            <source>The password is longer than {most} bytes (UTF-8), the most a PDF reader takes; choose a shorter one (nothing was written)</source>
            <translation>Das Passwort ist länger als {most} Bytes (UTF-8), das Höchstmaß für PDF-Reader; wählen Sie ein kürzeres (nichts wurde geschrieben)</translation>
        </message>
        <message>
            <source>Cannot read the password file {path}: {reason}; nothing was written</source>
            <translation>Die Passwortdatei {path} ist nicht lesbar: {reason}; nichts wurde geschrieben</translation>
        </message>
        <message>
            <source>The password file {path} is over {most} KB: not a password file? Nothing was written</source>
            <translation>Die Passwortdatei {path} ist größer als {most} KB: keine Passwortdatei? Nichts wurde geschrieben</translation>
        </message>
        <message>
            <source>The password file {path} is not UTF-8 text; nothing was written</source>
            <translation>Die Passwortdatei {path} ist kein UTF-8-Text; nichts wurde geschrieben</translation>
        </message>
        <message>
            <source>The password file {path} is empty (its first line holds the password); nothing was written</source>
            <translation>Die Passwortdatei {path} ist leer (ihre erste Zeile enthält das Passwort); nichts wurde geschrieben</translation>
        </message>
        <message>
            <source>PDF passwords need the pyaes package (AES-256), which is missing; reinstall MineralsDesk (nothing was written)</source>
            <translation>PDF-Passwörter brauchen das Paket pyaes (AES-256), das fehlt; installieren Sie MineralsDesk neu (nichts wurde geschrieben)</translation>
        </message>
        <message>
            <source>The workbook could not be encrypted ({reason}); nothing was written</source>
            <translation>Die Arbeitsmappe ließ sich nicht verschlüsseln ({reason}); nichts wurde geschrieben</translation>
        </message>
        <message>
            <source>{name} is over {most} MB; workbooks that large are not imported</source>
            <translation>{name} ist größer als {most} MB; so große Arbeitsmappen werden nicht importiert</translation>
        </message>
        <message>
            <source>{name} is not a password-protected Excel workbook</source>
            <translation>{name} ist keine passwortgeschützte Excel-Arbeitsmappe</translation>
        </message>
        <message>
            <source>{name}: its encryption header is oversized; refused</source>
            <translation>{name}: sein Verschlüsselungskopf ist zu groß; abgelehnt</translation>
        </message>
        <message>
            <source>{name} could not be read as a password-protected workbook (damaged?)</source>
            <translation>{name} ließ sich nicht als passwortgeschützte Arbeitsmappe lesen (beschädigt?)</translation>
        </message>
        <message>
            <source>{name}: its encrypted package is empty; refused</source>
            <translation>{name}: sein verschlüsseltes Paket ist leer; abgelehnt</translation>
        </message>
        <message>
            <source>{name} would decrypt to {size} MB; workbooks over {most} MB are not imported</source>
            <translation>{name} hätte entschlüsselt {size} MB; Arbeitsmappen über {most} MB werden nicht importiert</translation>
        </message>
        <message>
            <source>Brackets nested more than {limit} deep at character {pos}</source>
            <translation>Eckige Klammern mehr als {limit} Ebenen tief verschachtelt bei Zeichen {pos}</translation>
        </message>
        <message>
            <source>Unbalanced bracket: ']' at character {pos} has no opening '['</source>
            <translation>Unpaarige Klammer: ']' bei Zeichen {pos} hat kein öffnendes '['</translation>
        </message>
        <message>
            <source>Unclosed '[' at character {pos}; {more} more unclosed after it</source>
            <translation>Nicht geschlossenes '[' bei Zeichen {pos}; danach {more} weitere nicht geschlossen</translation>
        </message>
        <message>
            <source>Unclosed '[' at character {pos}</source>
            <translation>Nicht geschlossenes '[' bei Zeichen {pos}</translation>
        </message>
        <message>
            <source>{what} must not be empty</source>
            <translation>{what} darf nicht leer sein</translation>
        </message>
        <message>
            <source>Red lines, fallbacks and internal notes are kept for our own party only</source>
            <translation>Rote Linien, Rückfallpositionen und interne Notizen gibt es nur für die eigene Partei</translation>
        </message>
        <message>
            <source>Clause text must not be empty</source>
            <translation>Der Klauseltext darf nicht leer sein</translation>
        </message>
        <message>
            <source>Unknown party {code!r}; known parties: {known}</source>
            <translation>Unbekannte Partei {code!r}; bekannte Parteien: {known}</translation>
        </message>
        <message>
            <source>A compliance score is -1, 0 or +1</source>
            <translation>Eine Einhaltungsbewertung ist -1, 0 oder +1</translation>
        </message>
        <message>
            <source>That round belongs to another track</source>
            <translation>Diese Verhandlungsrunde gehört zu einem anderen Verhandlungsstrang</translation>
        </message>
        <message>
            <source>Give the due date either as a date or relative to an event, not both</source>
            <translation>Geben Sie die Frist entweder als Datum oder relativ zu einem Ereignis an, nicht beides</translation>
        </message>
        <message>
            <source>Initials are 1 to 4 letters</source>
            <translation>Initialen haben 1 bis 4 Buchstaben</translation>
        </message>
        <message>
            <source>A note holds at most {limit:,} characters</source>
            <translation>Eine Notiz hat höchstens {limit:,} Zeichen</translation>
        </message>
        <message>
            <source>An attachment's SHA-256 must be 64 hexadecimal digits</source>
            <translation>Der SHA-256 eines Anhangs muss aus 64 Hexadezimalziffern bestehen</translation>
        </message>
        <message>
            <source>An attachment's size cannot be negative</source>
            <translation>Die Größe eines Anhangs kann nicht negativ sein</translation>
        </message>
        <message>
            <source>Exactly one party must be ours; the log has {count}</source>
            <translation>Genau eine Partei muss die eigene sein; das Protokoll hat {count}</translation>
        </message>
        <message>
            <source>A clause cannot go from '{old}' to '{new}': a drafted clause must be proposed or negotiated before it can be agreed.</source>
            <translation>Eine Klausel kann nicht von '{old}' zu '{new}' wechseln: Eine entworfene Klausel muss vorgeschlagen oder verhandelt werden, bevor sie vereinbart werden kann.</translation>
        </message>
        <message>
            <source>A clause cannot go from '{old}' to '{new}': a dropped clause can only be reopened as drafted, proposed or under negotiation.</source>
            <translation>Eine Klausel kann nicht von '{old}' zu '{new}' wechseln: Eine gestrichene Klausel kann nur als entworfen, vorgeschlagen oder in Verhandlung wieder aufgenommen werden.</translation>
        </message>
        <message>
            <source>A clause cannot go from '{old}' to '{new}': from '{old}' it can move to {options}.</source>
            <translation>Eine Klausel kann nicht von '{old}' zu '{new}' wechseln: Von '{old}' kann sie zu {options} wechseln.</translation>
        </message>
        <message>
            <source>Cannot attach to {value!r}; use track, round, clause or commitment</source>
            <translation>Anhängen an {value!r} nicht möglich; verwenden Sie track, round, clause oder commitment</translation>
        </message>
        <message>
            <source>The attachment size cap must be at least 1 MB</source>
            <translation>Die Größengrenze für Anhänge muss mindestens 1 MB betragen</translation>
        </message>
        <message>
            <source>The content of {file} is missing from the log (run check)</source>
            <translation>Der Inhalt von {file} fehlt im Protokoll (führen Sie check aus)</translation>
        </message>
        <message>
            <source>No attachment with id {ref}</source>
            <translation>Kein Anhang mit der ID {ref}</translation>
        </message>
        <message>
            <source>{count} attachments have an id starting {ref}; give more of it</source>
            <translation>{count} Anhänge haben eine ID, die mit {ref} beginnt; geben Sie mehr davon an</translation>
        </message>
        <message>
            <source>No {kind} {ref!r} (give {hint})</source>
            <translation>Kein(e) {kind} {ref!r} (geben Sie {hint} an)</translation>
        </message>
        <message>
            <source>The content given for {file} is not the one it had</source>
            <translation>Der für {file} angegebene Inhalt ist nicht der ursprüngliche</translation>
        </message>
        <message>
            <source>Give the attached file a name</source>
            <translation>Geben Sie der angehängten Datei einen Namen</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translation>{file} kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>{name} is a MineralsDesk log, not a paper (every red line is inside it); nothing was attached. To pass a log on, use backup or a shareable export</source>
            <translation>{name} ist ein MineralsDesk-Protokoll, kein Dokument (alle roten Linien stehen darin); nichts wurde angehängt. Um ein Protokoll weiterzugeben, nutzen Sie eine Sicherung oder einen weitergebbaren Export</translation>
        </message>
        <message>
            <source>{name} is {size:.1f} MB, over this log's {cap} MB cap a file; nothing was attached (raise the cap in the settings or attach a smaller file)</source>
            <translation>{name} ist {size:.1f} MB groß, über der Grenze dieses Protokolls von {cap} MB pro Datei; nichts wurde angehängt (erhöhen Sie die Grenze in den Einstellungen oder hängen Sie eine kleinere Datei an)</translation>
        </message>
        <message>
            <source>An author name must have 1 to {limit} characters</source>
            <translation>Ein Autorenname muss 1 bis {limit} Zeichen haben</translation>
        </message>
        <message>
            <source>Unknown party {code!r} for author {name!r}; known parties: {known}</source>
            <translation>Unbekannte Partei {code!r} für Autor {name!r}; bekannte Parteien: {known}</translation>
        </message>
        <message>
            <source>{file} fails its check ({problem}); nothing was restored</source>
            <translation>{file} besteht die Prüfung nicht ({problem}); nichts wurde wiederhergestellt</translation>
        </message>
        <message>
            <source>No backup at {backup}</source>
            <translation>Keine Sicherung unter {backup}</translation>
        </message>
        <message>
            <source>That backup is the log itself; choose another file</source>
            <translation>Diese Sicherung ist das Protokoll selbst; wählen Sie eine andere Datei</translation>
        </message>
        <message>
            <source>{file} is read-only (the file or its folder cannot be written); nothing was restored and no backup was taken</source>
            <translation>{file} ist schreibgeschützt (Datei oder Ordner nicht beschreibbar); nichts wurde wiederhergestellt und keine Sicherung erstellt</translation>
        </message>
        <message>
            <source>Journal files of a former log remain beside {file}; move them away first</source>
            <translation>Neben {file} liegen noch Journaldateien eines früheren Protokolls; verschieben Sie sie zuerst</translation>
        </message>
        <message>
            <source>{file} cannot be read and has journal files beside it; nothing was restored (restore to another name instead)</source>
            <translation>{file} ist nicht lesbar und daneben liegen Journaldateien; nichts wurde wiederhergestellt (stellen Sie stattdessen unter einem anderen Namen wieder her)</translation>
        </message>
        <message>
            <source>This log is open read-only</source>
            <translation>Dieses Protokoll ist schreibgeschützt geöffnet</translation>
        </message>
        <message>
            <source>The change log itself is broken ({problem}); restore a backup instead of trusting it</source>
            <translation>Das Änderungsprotokoll selbst ist beschädigt ({problem}); stellen Sie eine Sicherung wieder her, statt ihm zu vertrauen</translation>
        </message>
        <message>
            <source>the dump's history does not verify ({problem}); nothing was imported (to take its records alone as a new starting point, import it with --new-start)</source>
            <translation>der Verlauf des Dumps lässt sich nicht prüfen ({problem}); nichts wurde importiert (um nur seine Datensätze als neuen Ausgangspunkt zu nehmen, importieren Sie ihn mit --new-start)</translation>
        </message>
        <message>
            <source>Round {number} ({date}) is before the round of the current version; versions of past rounds are read-only</source>
            <translation>Runde {number} ({date}) liegt vor der Runde der aktuellen Fassung; Fassungen vergangener Runden sind schreibgeschützt</translation>
        </message>
        <message>
            <source>A clause keeps at least its first version</source>
            <translation>Eine Klausel behält mindestens ihre erste Fassung</translation>
        </message>
        <message>
            <source>That comment is on another record; a reply goes on the same one</source>
            <translation>Dieser Kommentar gehört zu einem anderen Datensatz; eine Antwort gehört zum selben</translation>
        </message>
        <message>
            <source>A comment's {fields} cannot be changed</source>
            <translation>{fields} eines Kommentars kann nicht geändert werden</translation>
        </message>
        <message>
            <source>No {kind} with id {target_id}</source>
            <translation>Kein(e) {kind} mit der ID {target_id}</translation>
        </message>
        <message>
            <source>A comment goes on a {kinds}</source>
            <translation>Ein Kommentar gehört zu: {kinds}</translation>
        </message>
        <message>
            <source>A comment's audience is internal or shareable</source>
            <translation>Die Zielgruppe eines Kommentars ist internal oder shareable</translation>
        </message>
        <message>
            <source>An assessment's audience is internal or shareable</source>
            <translation>Die Zielgruppe einer Bewertung ist internal oder shareable</translation>
        </message>
        <message>
            <source>{path} already exists; choose another name</source>
            <translation>{path} existiert bereits; wählen Sie einen anderen Namen</translation>
        </message>
        <message>
            <source>cannot build the demo log: its attached papers (attachments/index.json) are missing or malformed ({kind})</source>
            <translation>das Demo-Protokoll kann nicht erstellt werden: seine angehängten Dokumente (attachments/index.json) fehlen oder sind fehlerhaft ({kind})</translation>
        </message>
        <message>
            <source>cannot build the demo log: a clause in its data files has the status {status!r}; known: {known}</source>
            <translation>das Demo-Protokoll kann nicht erstellt werden: eine Klausel in seinen Datendateien hat den Status {status!r}; bekannt: {known}</translation>
        </message>
        <message>
            <source>cannot build the demo log: its data file {path} {problem}</source>
            <extracomment>file -&gt; its top-level keys; every key is required the field that names a record of each table others refer to</extracomment>
            <translation>das Demo-Protokoll kann nicht erstellt werden: seine Datendatei {path} {problem}</translation>
        </message>
        <message>
            <source>cannot build the demo log: in its data file {path}, {place} {problem}</source>
            <translation>das Demo-Protokoll kann nicht erstellt werden: in seiner Datendatei {path}, {place} {problem}</translation>
        </message>
        <message>
            <source>The converted copy fails its check ({problem}); nothing was changed</source>
            <translation>Die umgewandelte Kopie besteht die Prüfung nicht ({problem}); nichts wurde geändert</translation>
        </message>
        <message>
            <source>{file} is encrypted already; to change its passphrase use change-passphrase (nothing was changed)</source>
            <translation>{file} ist bereits verschlüsselt; um die Passphrase zu ändern, verwenden Sie change-passphrase (nichts wurde geändert)</translation>
        </message>
        <message>
            <source>{file} is not encrypted; nothing was changed</source>
            <translation>{file} ist nicht verschlüsselt; nichts wurde geändert</translation>
        </message>
        <message>
            <source>{file} is not encrypted; encrypt it instead (nothing was changed)</source>
            <translation>{file} ist nicht verschlüsselt; verschlüsseln Sie es stattdessen (nichts wurde geändert)</translation>
        </message>
        <message>
            <source>Passphrase file {path} is a folder</source>
            <translation>Die Passphrase-Datei {path} ist ein Ordner</translation>
        </message>
        <message>
            <source>Cannot read passphrase file {path} ({strerror})</source>
            <translation>Die Passphrase-Datei {path} kann nicht gelesen werden ({strerror})</translation>
        </message>
        <message>
            <source>Passphrase file {path} is over {limit} bytes; it should hold one line</source>
            <translation>Die Passphrase-Datei {path} ist größer als {limit} Byte; sie sollte eine Zeile enthalten</translation>
        </message>
        <message>
            <source>Passphrase file {path} is not UTF-8 text</source>
            <translation>Die Passphrase-Datei {path} ist kein UTF-8-Text</translation>
        </message>
        <message>
            <source>Passphrase file {path} is empty</source>
            <translation>Die Passphrase-Datei {path} ist leer</translation>
        </message>
        <message>
            <source>Passphrase file {path} holds more than one line</source>
            <translation>Die Passphrase-Datei {path} enthält mehr als eine Zeile</translation>
        </message>
        <message>
            <source>Folder {parent} does not exist</source>
            <translation>Der Ordner {parent} existiert nicht</translation>
        </message>
        <message>
            <source>Cannot create {path}: {strerror}</source>
            <translation>{path} kann nicht erstellt werden: {strerror}</translation>
        </message>
        <message>
            <source>{file} is an encrypted database of another application; it was left untouched</source>
            <translation>{file} ist eine verschlüsselte Datenbank einer anderen Anwendung; sie blieb unverändert</translation>
        </message>
        <message>
            <source>{file} is damaged ({exc}); it was left untouched</source>
            <translation>{file} ist beschädigt ({exc}); es blieb unverändert</translation>
        </message>
        <message>
            <source>{file} is damaged ({problem}); it was left untouched</source>
            <translation>{file} ist beschädigt ({problem}); es blieb unverändert</translation>
        </message>
        <message>
            <source>{name} is damaged ({problem}); it was left untouched</source>
            <translation>{name} ist beschädigt ({problem}); es blieb unverändert</translation>
        </message>
        <message>
            <source>{name} is an encrypted database of another application</source>
            <translation>{name} ist eine verschlüsselte Datenbank einer anderen Anwendung</translation>
        </message>
        <message>
            <source>{name} was replaced by another log while this window was locked; open it with File &gt; Open</source>
            <translation>{name} wurde durch ein anderes Protokoll ersetzt, während dieses Fenster gesperrt war; öffnen Sie es mit Datei &gt; Öffnen</translation>
        </message>
        <message>
            <source>{name} was changed by another version of MineralsDesk while this window was locked; open it with File &gt; Open</source>
            <translation>{name} wurde von einer anderen MineralsDesk-Version geändert, während dieses Fenster gesperrt war; öffnen Sie es mit Datei &gt; Öffnen</translation>
        </message>
        <message>
            <source>{file} was written by a newer MineralsDesk (log schema {version}; this build knows up to {latest}). Install a newer version to open it.</source>
            <translation>{file} wurde von einem neueren MineralsDesk geschrieben (Schema {version}; diese Version kennt bis {latest}). Installieren Sie eine neuere Version, um es zu öffnen.</translation>
        </message>
        <message>
            <source>That clause belongs to another track than the round</source>
            <translation>Diese Klausel gehört zu einem anderen Verhandlungsstrang als die Runde</translation>
        </message>
        <message>
            <source>That bracket is not one of the clause's</source>
            <translation>Diese eckige Klammer gehört nicht zur Klausel</translation>
        </message>
        <message>
            <source>Unknown signal {value!r}; use one of: {signals}</source>
            <translation>Unbekanntes Signal {value!r}; verwenden Sie eines von: {signals}</translation>
        </message>
        <message>
            <source>Unknown topic {name!r}; topics: {topics}</source>
            <translation>Unbekanntes Thema {name!r}; Themen: {topics}</translation>
        </message>
        <message>
            <source>Name a clause as TRACK:REF (e.g. MOU:Art. 5), not {label!r}</source>
            <translation>Benennen Sie eine Klausel als TRACK:REF (z. B. MOU:Art. 5), nicht {label!r}</translation>
        </message>
        <message>
            <source>No clause {ref!r} in {track}; its clauses: {clauses}</source>
            <translation>Keine Klausel {ref!r} in {track}; seine Klauseln: {clauses}</translation>
        </message>
        <message>
            <source>{text!r} names clauses of several tracks; write it as TRACK REF (e.g. '{track} {ref}')</source>
            <translation>{text!r} bezeichnet Klauseln mehrerer Verhandlungsstränge; schreiben Sie TRACK REF (z. B. '{track} {ref}')</translation>
        </message>
        <message>
            <source>No clause {text!r}</source>
            <translation>Keine Klausel {text!r}</translation>
        </message>
        <message>
            <source>No round {text!r}; write it as TRACK NUMBER (e.g. 'MOU 2') or give its id</source>
            <translation>Keine Runde {text!r}; schreiben Sie TRACK NUMMER (z. B. 'MOU 2') oder geben Sie ihre ID an</translation>
        </message>
        <message>
            <source>No bracket {text!r}; write it as CLAUSE#N (the N-th open bracket) or give its id</source>
            <translation>Keine eckige Klammer {text!r}; schreiben Sie CLAUSE#N (die N-te offene Klammer) oder geben Sie ihre ID an</translation>
        </message>
        <message>
            <source>No single commitment starting {text!r}; give more of its text or its id</source>
            <translation>Keine eindeutige Verpflichtung beginnt mit {text!r}; geben Sie mehr Text oder ihre ID an</translation>
        </message>
        <message>
            <source>No track {text!r}</source>
            <translation>Kein Verhandlungsstrang {text!r}</translation>
        </message>
        <message>
            <source>Reminder days must be a whole number from 0 (no reminder) to {limit}</source>
            <translation>Erinnerungstage müssen eine ganze Zahl von 0 (keine Erinnerung) bis {limit} sein</translation>
        </message>
        <message>
            <source>No delegation member {key!r}; known initials: {known}</source>
            <translation>Kein Delegationsmitglied {key!r}; bekannte Initialen: {known}</translation>
        </message>
        <message>
            <source>No delegation member with id {member_id}</source>
            <translation>Kein Delegationsmitglied mit der ID {member_id}</translation>
        </message>
        <message>
            <source>{name} is named by {uses} note(s), intervention(s) or ownership(s); mark them inactive instead, so those keep their author</source>
            <translation>{name} wird von {uses} Notiz(en), Wortmeldung(en) oder Zuständigkeit(en) genannt; setzen Sie das Mitglied stattdessen inaktiv, damit diese ihren Autor behalten</translation>
        </message>
        <message>
            <source>The initials {initials} are taken by {other}</source>
            <translation>Die Initialen {initials} hat bereits {other}</translation>
        </message>
        <message>
            <source>A sync file is sealed with the delegation's passphrase: give --passphrase-file (an encrypted log uses its own passphrase)</source>
            <translation>Eine Synchronisierungsdatei ist mit der Passphrase der Delegation versiegelt: geben Sie --passphrase-file an (ein verschlüsseltes Protokoll nutzt seine eigene)</translation>
        </message>
        <message>
            <source>{name}: an attached file's bytes do not match their SHA-256 ({digest}); nothing was imported</source>
            <translation>{name}: die Bytes einer angehängten Datei passen nicht zu ihrem SHA-256 ({digest}); nichts wurde importiert</translation>
        </message>
        <message>
            <source>Cannot read {name}: {strerror}</source>
            <translation>{name} kann nicht gelesen werden: {strerror}</translation>
        </message>
        <message>
            <source>{name} is not a MineralsDesk sync file; nothing was imported</source>
            <translation>{name} ist keine MineralsDesk-Synchronisierungsdatei; nichts wurde importiert</translation>
        </message>
        <message>
            <source>{name} uses sync-file version {version}; this build reads version {known}</source>
            <translation>{name} nutzt Synchronisierungsdatei-Version {version}; diese Version liest Version {known}</translation>
        </message>
        <message>
            <source>{name} is damaged (its header cannot be read); nothing was imported</source>
            <translation>{name} ist beschädigt (Kopf nicht lesbar); nichts wurde importiert</translation>
        </message>
        <message>
            <source>{name} comes from another delegation's log; nothing was imported</source>
            <translation>{name} stammt aus dem Protokoll einer anderen Delegation; nichts wurde importiert</translation>
        </message>
        <message>
            <source>{name} was written by this laptop; import it on the colleague's</source>
            <translation>{name} wurde auf diesem Laptop geschrieben; importieren Sie es auf dem der Kollegin oder des Kollegen</translation>
        </message>
        <message>
            <source>{name} was written for another laptop ({receiver}); nothing was imported</source>
            <translation>{name} wurde für einen anderen Laptop geschrieben ({receiver}); nichts wurde importiert</translation>
        </message>
        <message>
            <source>{name} cannot be opened: wrong passphrase, or the file was altered; nothing was imported</source>
            <translation>{name} kann nicht geöffnet werden: falsche Passphrase oder die Datei wurde verändert; nichts wurde importiert</translation>
        </message>
        <message>
            <source>{name}: laptop {short}'s change {seq} does not match its hash; nothing was imported</source>
            <translation>{name}: Änderung {seq} von Laptop {short} passt nicht zu ihrem Hash; nichts wurde importiert</translation>
        </message>
        <message>
            <source>{name}: laptop {short}'s changes are not a chain at {seq}; nothing was imported</source>
            <translation>{name}: die Änderungen von Laptop {short} bilden bei {seq} keine Kette; nichts wurde importiert</translation>
        </message>
        <message>
            <source>{name}: laptop {short}'s history was rewritten at change {seq}; nothing was imported</source>
            <translation>{name}: der Verlauf von Laptop {short} wurde bei Änderung {seq} umgeschrieben; nichts wurde importiert</translation>
        </message>
        <message>
            <source>{name} is out of order: it starts at laptop {short}'s change {seq}, but this log holds only up to {held}; import the earlier file first</source>
            <translation>{name} kommt außer der Reihe: es beginnt bei Änderung {seq} von Laptop {short}, dieses Protokoll reicht aber nur bis {held}; importieren Sie zuerst die frühere Datei</translation>
        </message>
        <message>
            <source>No open sync conflict {conflict_id} (see `mineralsdesk sync conflicts`)</source>
            <translation>Kein offener Synchronisierungskonflikt {conflict_id} (siehe `mineralsdesk sync conflicts`)</translation>
        </message>
        <message>
            <source>{entity} {entity_id} was deleted on this laptop: only --ours can settle this conflict</source>
            <translation>{entity} {entity_id} wurde auf diesem Laptop gelöscht: nur --ours kann diesen Konflikt beilegen</translation>
        </message>
        <message>
            <source>A creation or deletion conflict is settled with --ours (re-enter the record by hand)</source>
            <translation>Ein Konflikt beim Anlegen oder Löschen wird mit --ours beigelegt (geben Sie den Datensatz von Hand neu ein)</translation>
        </message>
        <message>
            <source>{file} was not written</source>
            <translation>{file} wurde nicht geschrieben</translation>
        </message>
        <message>
            <source>The sync file changes a field this version does not know ({table}.{field}); update MineralsDesk, then import it again</source>
            <translation>Die Synchronisierungsdatei ändert ein Feld, das diese Version nicht kennt ({table}.{field}); aktualisieren Sie MineralsDesk und importieren Sie sie erneut</translation>
        </message>
        <message>
            <source>No open sync conflict {conflict_id}; it was settled already</source>
            <translation>Kein offener Synchronisierungskonflikt {conflict_id}; er wurde bereits beigelegt</translation>
        </message>
        <message>
            <source>Party {code} exists already</source>
            <translation>Die Partei {code} existiert bereits</translation>
        </message>
        <message>
            <source>No track {ref!r}; tracks: {tracks}</source>
            <translation>Kein Verhandlungsstrang {ref!r}; Verhandlungsstränge: {tracks}</translation>
        </message>
        <message>
            <source>Track {ref} exists already</source>
            <translation>Der Verhandlungsstrang {ref} existiert bereits</translation>
        </message>
        <message>
            <source>This track has rounds, clauses or commitments; it cannot be removed</source>
            <translation>Dieser Verhandlungsstrang hat Runden, Klauseln oder Verpflichtungen; er kann nicht entfernt werden</translation>
        </message>
        <message>
            <source>This round has clause versions or positions; it cannot be removed</source>
            <translation>Diese Runde hat Klauselfassungen oder Positionen; sie kann nicht entfernt werden</translation>
        </message>
        <message>
            <source>{name} is too short to be an encrypted log; nothing was changed</source>
            <translation>{name} ist zu kurz für ein verschlüsseltes Protokoll; nichts wurde geändert</translation>
        </message>
        <message>
            <source>The passphrase is empty</source>
            <translation>Die Passphrase ist leer</translation>
        </message>
        <message>
            <source>The passphrase contains a NUL character</source>
            <translation>Die Passphrase enthält ein NUL-Zeichen</translation>
        </message>
        <message>
            <source>The passphrase is longer than {limit} characters</source>
            <translation>Die Passphrase ist länger als {limit} Zeichen</translation>
        </message>
        <message>
            <source>The passphrase has {count} characters; use at least {minimum}</source>
            <translation>Die Passphrase hat {count} Zeichen; verwenden Sie mindestens {minimum}</translation>
        </message>
        <message>
            <source>Wrong passphrase for {name} (or it is not a MineralsDesk log); nothing was changed</source>
            <translation>Falsche Passphrase für {name} (oder es ist kein MineralsDesk-Protokoll); nichts wurde geändert</translation>
        </message>
        <message>
            <source>No log at {path}</source>
            <translation>Kein Protokoll unter {path}</translation>
        </message>
        <message>
            <source>{path} is a folder, not a MineralsDesk log</source>
            <translation>{path} ist ein Ordner, kein MineralsDesk-Protokoll</translation>
        </message>
        <message>
            <source>Cannot read {path}: {strerror}</source>
            <translation>{path} kann nicht gelesen werden: {strerror}</translation>
        </message>
        <message>
            <source>{file} is encrypted (or is not a MineralsDesk log): give its passphrase to open it</source>
            <translation>{file} ist verschlüsselt (oder kein MineralsDesk-Protokoll): geben Sie die Passphrase an, um es zu öffnen</translation>
        </message>
        <message>
            <source>{path} is not a MineralsDesk log ({what}); it was left untouched</source>
            <translation>{path} ist kein MineralsDesk-Protokoll ({what}); es blieb unverändert</translation>
        </message>
        <message>
            <source>{path} is not a MineralsDesk log (truncated header); it was left untouched</source>
            <translation>{path} ist kein MineralsDesk-Protokoll (Kopf abgeschnitten); es blieb unverändert</translation>
        </message>
        <message>
            <source>{path} is an SQLite file of another application; it was left untouched</source>
            <translation>{path} ist eine SQLite-Datei einer anderen Anwendung; sie blieb unverändert</translation>
        </message>
        <message>
            <source>{file} is not encrypted: open it without a passphrase (nothing was changed)</source>
            <translation>{file} ist nicht verschlüsselt: öffnen Sie es ohne Passphrase (nichts wurde geändert)</translation>
        </message>
        <message>
            <source>Cannot switch {path} to WAL journaling (got {mode})</source>
            <translation>{path} kann nicht auf WAL-Journaling umgestellt werden (erhalten: {mode})</translation>
        </message>
        <message>
            <source>The disk is full: {outcome} and the log is unchanged. Free some space and try again.</source>
            <translation>Der Datenträger ist voll: {outcome} und das Protokoll ist unverändert. Geben Sie Speicher frei und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The disk reported a write error: {outcome}. Check the drive, then run `mineralsdesk check`.</source>
            <translation>Der Datenträger meldet einen Schreibfehler: {outcome}. Prüfen Sie das Laufwerk und führen Sie dann `mineralsdesk check` aus.</translation>
        </message>
        <message>
            <source>The file cannot be written (read-only file or medium): {outcome}.</source>
            <translation>Die Datei kann nicht geschrieben werden (schreibgeschützte Datei oder Medium): {outcome}.</translation>
        </message>
        <message>
            <source>The log is busy: another window or program is writing to it. Try again.</source>
            <translation>Das Protokoll ist belegt: ein anderes Fenster oder Programm schreibt darin. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>The log is open in another window or program; close it first</source>
            <translation>Das Protokoll ist in einem anderen Fenster oder Programm geöffnet; schließen Sie es zuerst</translation>
        </message>
        <message>
            <source>'{table}' must be a list of records</source>
            <translation>'{table}' muss eine Liste von Datensätzen sein</translation>
        </message>
        <message>
            <source>'{table}' record {number}</source>
            <translation>Eintrag {number} von '{table}'</translation>
        </message>
        <message>
            <source>{where} is not an object</source>
            <translation>{where} ist kein Objekt</translation>
        </message>
        <message>
            <source>{where}, field '{name}': a value of the wrong type</source>
            <translation>{where}, Feld '{name}': Wert vom falschen Typ</translation>
        </message>
        <message>
            <source>{where} is not valid: {kind}</source>
            <translation>{where} ist ungültig: {kind}</translation>
        </message>
        <message>
            <source>{where} has a value of the wrong type</source>
            <translation>{where} hat einen Wert vom falschen Typ</translation>
        </message>
        <message>
            <source>{where}: {exc}</source>
            <translation>{where}: {exc}</translation>
        </message>
        <message>
            <source>'{section}' {noun} {number} has unknown fields: {shown}</source>
            <translation>'{section}' {noun} {number} hat unbekannte Felder: {shown}</translation>
        </message>
        <message>
            <source>'{section}' {noun} {number} lacks fields: {fields}</source>
            <translation>'{section}' {noun} {number}: fehlende Felder: {fields}</translation>
        </message>
        <message>
            <source>'changes' must be a list of change-log entries with the documented fields</source>
            <translation>'changes' muss eine Liste von Änderungsprotokoll-Einträgen mit den dokumentierten Feldern sein</translation>
        </message>
        <message>
            <source>'changes' entry {entry} is not an object</source>
            <translation>'changes'-Eintrag {entry} ist kein Objekt</translation>
        </message>
        <message>
            <source>'changes' entry {entry}, field '{name}': a value of the wrong type</source>
            <translation>'changes'-Eintrag {entry}, Feld '{name}': Wert vom falschen Typ</translation>
        </message>
        <message>
            <source>'blobs' must be a list of attached file contents</source>
            <translation>'blobs' muss eine Liste von Inhalten angehängter Dateien sein</translation>
        </message>
        <message>
            <source>'blobs' entry {entry} is not an object</source>
            <translation>'blobs'-Eintrag {entry} ist kein Objekt</translation>
        </message>
        <message>
            <source>'blobs' entry {entry}: a value of the wrong type</source>
            <translation>'blobs'-Eintrag {entry}: Wert vom falschen Typ</translation>
        </message>
        <message>
            <source>'blobs' entry {entry}: its base64 does not decode</source>
            <translation>'blobs'-Eintrag {entry}: sein Base64 lässt sich nicht dekodieren</translation>
        </message>
        <message>
            <source>'blobs' entry {entry}: its bytes do not match their size and SHA-256</source>
            <translation>'blobs'-Eintrag {entry}: die Bytes passen nicht zu Größe und SHA-256</translation>
        </message>
        <message>
            <source>A dump can only be imported into a new, empty log</source>
            <translation>Ein Dump kann nur in ein neues, leeres Protokoll importiert werden</translation>
        </message>
        <message>
            <source>unknown sections in the dump: {sections}</source>
            <translation>unbekannte Abschnitte im Dump: {sections}</translation>
        </message>
        <message>
            <source>'meta' must map setting names to text</source>
            <translation>'meta' muss Einstellungsnamen Text zuordnen</translation>
        </message>
        <message>
            <source>'parties': {exc}</source>
            <translation>'parties': {exc}</translation>
        </message>
        <message>
            <source>the dump's records contradict each other ({exc})</source>
            <translation>die Datensätze des Dumps widersprechen sich ({exc})</translation>
        </message>
        <message>
            <source>'{table}' refers to a missing record in '{parent}'</source>
            <translation>'{table}' verweist auf einen fehlenden Datensatz in '{parent}'</translation>
        </message>
        <message>
            <source>the change log in the dump was edited ({problem}); nothing was imported (to take its records alone as a new starting point, import it with --new-start)</source>
            <translation>das Änderungsprotokoll im Dump wurde bearbeitet ({problem}); nichts wurde importiert (um nur seine Datensätze als neuen Ausgangspunkt zu nehmen, importieren Sie ihn mit --new-start)</translation>
        </message>
        <message>
            <source>{target} is a folder; give a file name to write</source>
            <translation>{target} ist ein Ordner; geben Sie einen Dateinamen zum Schreiben an</translation>
        </message>
        <message>
            <source>{target} is the open log ({log_name}); nothing was written</source>
            <translation>{target} ist das geöffnete Protokoll ({log_name}); nichts wurde geschrieben</translation>
        </message>
        <message>
            <source>{target} is the open log journal ({log_name}); nothing was written</source>
            <translation>{target} ist die Journaldatei des geöffneten Protokolls ({log_name}); nichts wurde geschrieben</translation>
        </message>
        <message>
            <source>{target} is the journal of a MineralsDesk log; nothing was written</source>
            <translation>{target} ist die Journaldatei eines MineralsDesk-Protokolls; nichts wurde geschrieben</translation>
        </message>
        <message>
            <source>{target} cannot be read, so it cannot be checked that it is not a log; nothing was written</source>
            <translation>{target} ist nicht lesbar, daher lässt sich nicht prüfen, ob es kein Protokoll ist; nichts wurde geschrieben</translation>
        </message>
        <message>
            <source>{target} is a MineralsDesk log; choose another name (nothing was written)</source>
            <translation>{target} ist ein MineralsDesk-Protokoll; wählen Sie einen anderen Namen (nichts wurde geschrieben)</translation>
        </message>
        <message>
            <source>{file} does not end in {suffix}; name the file NAME{suffix} (nothing was written)</source>
            <translation>{file} endet nicht auf {suffix}; nennen Sie die Datei NAME{suffix} (nichts wurde geschrieben)</translation>
        </message>
        <message>
            <source>{file} cannot be decompressed ({exc})</source>
            <translation>{file} kann nicht entpackt werden ({exc})</translation>
        </message>
        <message>
            <source>The log is open in another window or program; close it first (nothing was changed)</source>
            <translation>Das Protokoll ist in einem anderen Fenster oder Programm geöffnet; schließen Sie es zuerst (nichts wurde geändert)</translation>
        </message>
        <message>
            <source>{folder} or {file} cannot be written; nothing was changed</source>
            <translation>{folder} oder {file} ist nicht beschreibbar; nichts wurde geändert</translation>
        </message>
        <message>
            <source>Cannot write beside {file} ({strerror}); nothing was changed</source>
            <translation>Neben {file} kann nicht geschrieben werden ({strerror}); nichts wurde geändert</translation>
        </message>
        <message>
            <source>The converted copy has different row counts; nothing was changed</source>
            <translation>Die umgewandelte Kopie hat andere Zeilenzahlen; nichts wurde geändert</translation>
        </message>
        <message>
            <source>{file} is not a MineralsDesk log; nothing was changed</source>
            <translation>{file} ist kein MineralsDesk-Protokoll; nichts wurde geändert</translation>
        </message>
        <message>
            <source>The converted copy fails SQLite's quick_check; nothing was changed</source>
            <translation>Die umgewandelte Kopie besteht SQLites quick_check nicht; nichts wurde geändert</translation>
        </message>
        <message>
            <source>No {record} with id {record_id}</source>
            <translation>Kein(e) {record} mit der ID {record_id}</translation>
        </message>
        <message>
            <source>This {record} was changed elsewhere since it was shown (another window or program); the view has been refreshed, please redo the edit.</source>
            <translation>Dieser Eintrag ({record}) wurde seit der Anzeige anderswo geändert (anderes Fenster oder Programm); die Ansicht wurde aktualisiert, bitte wiederholen Sie die Änderung.</translation>
        </message>
        <message>
            <source>Cannot search for that: try plain words or "a phrase"</source>
            <translation>Danach kann nicht gesucht werden: versuchen Sie einfache Wörter oder "eine Wortgruppe"</translation>
        </message>
        <message>
            <source>{operator} needs a word on each side</source>
            <translation>{operator} braucht auf jeder Seite ein Wort</translation>
        </message>
        <message>
            <source>-word leaves a word out: add a word to search for, e.g. lithium -cobalt</source>
            <translation>-Wort schließt ein Wort aus: fügen Sie ein Suchwort hinzu, z. B. lithium -cobalt</translation>
        </message>
        <message>
            <source>Type a word to search for</source>
            <translation>Geben Sie ein Suchwort ein</translation>
        </message>
        <message>
            <source>A quotation mark is not closed</source>
            <translation>Ein Anführungszeichen ist nicht geschlossen</translation>
        </message>
        <message>
            <source>A distance such as , 5 belongs inside NEAR(word word, 5)</source>
            <translation>Ein Abstand wie , 5 gehört in NEAR(Wort Wort, 5)</translation>
        </message>
        <message>
            <source>A parenthesis is not matched</source>
            <translation>Eine Klammer ist nicht geschlossen</translation>
        </message>
        <message>
            <source>NEAR(...) takes words and "phrases" only, e.g. NEAR(price floor, 5)</source>
            <translation>NEAR(...) nimmt nur Wörter und "Wortgruppen", z. B. NEAR(price floor, 5)</translation>
        </message>
        <message>
            <source>NEAR needs two or more words, e.g. NEAR(price floor, 5)</source>
            <translation>NEAR braucht mindestens zwei Wörter, z. B. NEAR(price floor, 5)</translation>
        </message>
        <message>
            <source>This log has no workbook key yet; open it for writing once, then export again</source>
            <translation>Dieses Protokoll hat noch keinen Arbeitsmappen-Schlüssel; öffnen Sie es einmal zum Schreiben und exportieren Sie dann erneut</translation>
        </message>
        <message>
            <source>{name}: an Excel summary must end in .xlsx</source>
            <translation>{name}: eine Excel-Übersicht muss auf .xlsx enden</translation>
        </message>
        <message>
            <source>{name} was not exported from this log (it has no workbook key yet)</source>
            <translation>{name} wurde nicht aus diesem Protokoll exportiert (es hat noch keinen Arbeitsmappenschlüssel)</translation>
        </message>
        <message>
            <source>{cell}: a shareable workbook cannot change internal fields; nothing was applied</source>
            <translation>{cell}: eine teilbare Arbeitsmappe kann keine internen Felder ändern; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{name}: the log refused a change ({reason}); nothing was applied</source>
            <translation>{name}: das Protokoll hat eine Änderung abgelehnt ({reason}); nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: the Record id matches nothing in this log (was it deleted, or is the workbook from another log?); nothing was applied</source>
            <translation>{cell}: die Datensatz-ID passt zu nichts in diesem Protokoll (wurde der Datensatz gelöscht, oder stammt die Arbeitsmappe aus einem anderen Protokoll?); nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: {reason} Nothing was applied.</source>
            <translation>{cell}: {reason} Nichts wurde übernommen.</translation>
        </message>
        <message>
            <source>{cell}: {reason}; nothing was applied</source>
            <translation>{cell}: {reason}; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{name} is not a MineralsDesk Excel summary (it has no Summary sheet); only workbooks exported by MineralsDesk can be imported</source>
            <translation>{name} ist keine Excel-Übersicht von MineralsDesk (sie hat kein Übersichtsblatt); nur von MineralsDesk exportierte Arbeitsmappen können importiert werden</translation>
        </message>
        <message>
            <source>{name} is not a MineralsDesk Excel summary (its Summary sheet was not written by MineralsDesk)</source>
            <translation>{name} ist keine Excel-Übersicht von MineralsDesk (ihr Übersichtsblatt wurde nicht von MineralsDesk geschrieben)</translation>
        </message>
        <message>
            <source>{cell}: the Audience cell was changed (it must say '{internal}' or '{shareable}'); nothing was applied</source>
            <translation>{cell}: die Zelle Zielgruppe wurde geändert (sie muss „{internal}“ oder „{shareable}“ lauten); nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: the Rows cell is missing or was changed (workbooks exported before import tags existed cannot be imported: export the summary again); nothing was applied</source>
            <translation>{cell}: die Zelle Zeilen fehlt oder wurde geändert (vor den Import-Kennungen exportierte Arbeitsmappen können nicht importiert werden: exportieren Sie die Übersicht erneut); nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: the Import tag is missing or was changed (workbooks exported before import tags existed cannot be imported: export the summary again); nothing was applied</source>
            <translation>{cell}: die Import-Kennung fehlt oder wurde geändert (vor den Import-Kennungen exportierte Arbeitsmappen können nicht importiert werden: exportieren Sie die Übersicht erneut); nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: this workbook was exported as {audience}, and its Audience cell was changed; nothing was applied</source>
            <translation>{cell}: diese Arbeitsmappe wurde als {audience} exportiert, und ihre Zelle Zielgruppe wurde geändert; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: the workbook does not match its Import tag: it was exported from another log or in another language, or its Rows cell, sheets or columns were changed; nothing was applied</source>
            <translation>{cell}: die Arbeitsmappe passt nicht zu ihrer Import-Kennung: sie wurde aus einem anderen Protokoll oder in einer anderen Sprache exportiert, oder ihre Zelle Zeilen, Blätter oder Spalten wurden geändert; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: unexpected column '{found}' (columns must not be added); nothing was applied</source>
            <translation>{cell}: unerwartete Spalte „{found}“ (Spalten dürfen nicht hinzugefügt werden); nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: expected the column '{wanted}', found {found} (columns must not be renamed, moved or removed); nothing was applied</source>
            <translation>{cell}: Spalte „{wanted}“ erwartet, gefunden {found} (Spalten dürfen nicht umbenannt, verschoben oder entfernt werden); nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: '{value}' is not a {column}; use one of {allowed}; nothing was applied</source>
            <translation>{cell}: „{value}“ ist kein Wert für {column}; verwenden Sie {allowed}; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{name} has no sheet named '{sheet}' (sheets must not be renamed or removed); nothing was applied</source>
            <translation>{name} hat kein Blatt namens „{sheet}“ (Blätter dürfen nicht umbenannt oder entfernt werden); nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{name} could not be read as an Excel workbook ({kind})</source>
            <translation>{name} konnte nicht als Excel-Arbeitsmappe gelesen werden ({kind})</translation>
        </message>
        <message>
            <source>{cell}: the row has no Record id (rows cannot be added in Excel; add records in the app); nothing was applied</source>
            <translation>{cell}: die Zeile hat keine Datensatz-ID (in Excel können keine Zeilen hinzugefügt werden; fügen Sie Datensätze in der App hinzu); nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: the hidden Check cell was changed or removed; nothing was applied</source>
            <translation>{cell}: die verborgene Zelle Prüfung wurde geändert oder entfernt; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: the row does not match its tag (its hidden Record id, Row version or Check cell was changed, or the row was copied from another workbook); nothing was applied</source>
            <translation>{cell}: die Zeile passt nicht zu ihrer Kennung (ihre verborgene Datensatz-ID, Zeilenversion oder Prüfzelle wurde geändert, oder die Zeile wurde aus einer anderen Arbeitsmappe kopiert); nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: the same Record id is also on row {other} (rows must not be copied); nothing was applied</source>
            <translation>{cell}: dieselbe Datensatz-ID steht auch in Zeile {other} (Zeilen dürfen nicht kopiert werden); nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: the hidden Record id and Row version columns must not be edited; nothing was applied</source>
            <translation>{cell}: die verborgenen Spalten Datensatz-ID und Zeilenversion dürfen nicht bearbeitet werden; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: the cell holds a formula; type the value itself; nothing was applied</source>
            <translation>{cell}: die Zelle enthält eine Formel; geben Sie den Wert selbst ein; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: this column was edited but cannot be imported (only green columns can); change it in the app; nothing was applied</source>
            <translation>{cell}: diese Spalte wurde bearbeitet, kann aber nicht importiert werden (nur grüne Spalten); ändern Sie sie in der App; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: the hidden Row version is not a number; nothing was applied</source>
            <translation>{cell}: die verborgene Zeilenversion ist keine Zahl; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{sheet}: a shareable workbook has no Comments sheet (this one was added); nothing was applied</source>
            <translation>{sheet}: eine teilbare Arbeitsmappe hat kein Blatt Kommentare (dieses wurde hinzugefügt); nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: the headers were changed (columns must not be renamed, moved, added or removed); nothing was applied</source>
            <translation>{cell}: die Überschriften wurden geändert (Spalten dürfen nicht umbenannt, verschoben, hinzugefügt oder entfernt werden); nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: a new comment's row has no Record id but hidden cells of a copied row; type a new comment in an empty row; nothing was applied</source>
            <translation>{cell}: die Zeile eines neuen Kommentars hat keine Datensatz-ID, aber verborgene Zellen einer kopierten Zeile; geben Sie einen neuen Kommentar in einer leeren Zeile ein; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: the hidden {id} and {rev} columns must not be edited; nothing was applied</source>
            <translation>{cell}: die verborgenen Spalten {id} und {rev} dürfen nicht bearbeitet werden; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: this column of an existing comment cannot be changed (only {text} and {resolved} can); change it in the app, or add a new comment in a new row; nothing was applied</source>
            <translation>{cell}: diese Spalte eines bestehenden Kommentars kann nicht geändert werden (nur {text} und {resolved}); ändern Sie sie in der App oder fügen Sie einen neuen Kommentar in einer neuen Zeile hinzu; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: '{value}' is not {yes} or {no}; nothing was applied</source>
            <translation>{cell}: „{value}“ ist weder {yes} noch {no}; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: a reply has no {resolved} of its own; set it on the thread's first row; nothing was applied</source>
            <translation>{cell}: eine Antwort hat kein eigenes {resolved}; setzen Sie es in der ersten Zeile der Diskussion; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: a reply takes its thread's record: leave {on} and {target} empty; nothing was applied</source>
            <translation>{cell}: eine Antwort bezieht sich auf den Datensatz ihrer Diskussion: lassen Sie {on} und {target} leer; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: a new comment needs {on} and {target} (or the {thread} it replies to); nothing was applied</source>
            <translation>{cell}: ein neuer Kommentar braucht {on} und {target} (oder die {thread}, auf die er antwortet); nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: '{value}' is not {internal} or {shareable}; nothing was applied</source>
            <translation>{cell}: „{value}“ ist weder {internal} noch {shareable}; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: a shareable workbook cannot name owners; nothing was applied</source>
            <translation>{cell}: eine teilbare Arbeitsmappe kann keine Zuständigen nennen; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: '{value}' is not on the delegation roster; use initials from it ({known}); nothing was applied</source>
            <translation>{cell}: „{value}“ steht nicht auf der Mitgliederliste der Delegation; verwenden Sie Initialen daraus ({known}); nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: the Record id matches nothing in this log; nothing was applied</source>
            <translation>{cell}: die Datensatz-ID passt zu nichts in diesem Protokoll; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: the Record id matches no comment in this log (was it deleted?); nothing was applied</source>
            <translation>{cell}: die Datensatz-ID passt zu keinem Kommentar in diesem Protokoll (wurde er gelöscht?); nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: a comment's text cannot be emptied (delete the comment in the app); nothing was applied</source>
            <translation>{cell}: der Text eines Kommentars kann nicht geleert werden (löschen Sie den Kommentar in der App); nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: a new comment needs its text; nothing was applied</source>
            <translation>{cell}: ein neuer Kommentar braucht einen Text; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: no thread {thread} on this sheet; nothing was applied</source>
            <translation>{cell}: keine Diskussion {thread} auf diesem Blatt; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: '{value}' is not one of {allowed}; nothing was applied</source>
            <translation>{cell}: „{value}“ ist keiner von {allowed}; nichts wurde übernommen</translation>
        </message>
        <message>
            <source>{cell}: not a date and time (write it as 2026-02-10 14:30, or leave it empty); nothing was applied</source>
            <translation>{cell}: kein Datum mit Uhrzeit (schreiben Sie 2026-02-10 14:30, oder lassen Sie es leer); nichts wurde übernommen</translation>
        </message>
        <message>
            <source>Excel import is disabled: the defusedxml package is missing, and without it a workbook could carry an XML entity attack. Reinstall MineralsDesk.</source>
            <translation>Der Excel-Import ist deaktiviert: das Paket defusedxml fehlt, und ohne es könnte eine Arbeitsmappe einen XML-Entity-Angriff enthalten. Installieren Sie MineralsDesk neu.</translation>
        </message>
        <message>
            <source>{name} is {size} MB; workbooks over {limit} MB are not imported</source>
            <translation>{name} ist {size} MB groß; Arbeitsmappen über {limit} MB werden nicht importiert</translation>
        </message>
        <message>
            <source>{name} is an old-style .xls or a password-protected workbook: give a protected one's password (the app asks; the command line takes --password-file or asks), or save an .xls as .xlsx and import that</source>
            <translation>{name} ist eine alte .xls-Datei oder eine kennwortgeschützte Arbeitsmappe: geben Sie das Kennwort einer geschützten an (die App fragt danach; die Befehlszeile nimmt --password-file oder fragt), oder speichern Sie eine .xls als .xlsx und importieren Sie diese</translation>
        </message>
        <message>
            <source>{name} is not an Excel workbook (.xlsx)</source>
            <translation>{name} ist keine Excel-Arbeitsmappe (.xlsx)</translation>
        </message>
        <message>
            <source>{name} is not a readable Excel workbook (its zip structure is damaged)</source>
            <translation>{name} ist keine lesbare Excel-Arbeitsmappe (ihre ZIP-Struktur ist beschädigt)</translation>
        </message>
        <message>
            <source>{name}: part [Content_Types].xml is {size} MB; an Excel summary's is a few KB; refused</source>
            <translation>{name}: der Teil [Content_Types].xml ist {size} MB groß; der einer Excel-Übersicht hat wenige KB; abgelehnt</translation>
        </message>
        <message>
            <source>{name}: part {part} is {size} MB; parts other than sheets are imported up to {limit} MB</source>
            <translation>{name}: der Teil {part} ist {size} MB groß; andere Teile als Blätter werden bis {limit} MB importiert</translation>
        </message>
        <message>
            <source>{name}: its shared strings unpack to {size} MB; at most {limit} MB are imported; refused</source>
            <translation>{name}: seine gemeinsamen Zeichenfolgen entpacken sich auf {size} MB; höchstens {limit} MB werden importiert; abgelehnt</translation>
        </message>
        <message>
            <source>{name}: its shared-strings table holds more than {limit} entries, more than an Excel summary needs; refused</source>
            <translation>{name}: seine Tabelle gemeinsamer Zeichenfolgen hat mehr als {limit} Einträge, mehr als eine Excel-Übersicht braucht; abgelehnt</translation>
        </message>
        <message>
            <source>The log was locked or closed before this work could read it: nothing was done. Run it again.</source>
            <translation>Die Akte wurde gesperrt oder geschlossen, bevor diese Arbeit sie lesen konnte: Es wurde nichts ausgeführt. Starten Sie sie erneut.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export negotiating text (Akoma Ntoso)</source>
            <translation>Verhandlungstext exportieren (Akoma Ntoso)</translation>
        </message>
        <message>
            <source>Written to
{path}</source>
            <translation>Geschrieben nach
{path}</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Kalender exportieren</translation>
        </message>
        <message>
            <source>commitments carry our internal compliance assessments</source>
            <translation>Verpflichtungen enthalten unsere internen Bewertungen der Einhaltung</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>&amp;Internal — everything, marked LIMITED — INTERNAL</source>
            <translation>&amp;Intern — alles, gekennzeichnet EINGESCHRÄNKT — INTERN</translation>
        </message>
        <message>
            <source>S&amp;hareable — for counterparts: no red lines, fallbacks or internal notes</source>
            <translation>&amp;Weitergebbar — ohne rote Linien, Rückfallpositionen, Notizen</translation>
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation>&amp;Wählen…</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Zielgruppe</translation>
        </message>
        <message>
            <source>&amp;Tracks</source>
            <translation>&amp;Verhandlungsstränge</translation>
        </message>
        <message>
            <source>The language of the document's own words: headings, labels, markings and dates. The log's text is printed as written.</source>
            <translation>Die Sprache der eigenen Wörter des Dokuments: Überschriften, Beschriftungen, Vermerke und Daten. Der Text des Protokolls wird so gedruckt, wie er geschrieben ist.</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>Save &amp;as</source>
            <translation>Speichern &amp;unter</translation>
        </message>
        <message>
            <source>Protect with a pass&amp;word (share it by another channel)</source>
            <translation>Mit einem Pass&amp;wort schützen (auf anderem Weg weitergeben)</translation>
        </message>
        <message>
            <source>password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>the same password again</source>
            <translation>dasselbe Passwort noch einmal</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Bestätigen</translation>
        </message>
        <message>
            <source>The two passwords differ; type the same password twice (nothing was written).</source>
            <translation>Die beiden Passwörter unterscheiden sich; geben Sie zweimal dasselbe ein (nichts wurde geschrieben).</translation>
        </message>
        <message>
            <source>includes our red lines, fallbacks and internal notes</source>
            <translation>enthält unsere roten Linien, Rückfallpositionen und internen Notizen</translation>
        </message>
        <message>
            <source>Tick at least one track.</source>
            <translation>Wählen Sie mindestens einen Verhandlungsstrang.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Internal:&lt;/b&gt; {warning}. Do not send it to other delegations.</source>
            <translation>&lt;b&gt;Intern:&lt;/b&gt; {warning}. Nicht an andere Delegationen senden.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Left out of this document:&lt;/b&gt; {fields} (of {party}'s positions)</source>
            <translation>&lt;b&gt;In diesem Dokument nicht enthalten:&lt;/b&gt; {fields} (aus den Positionen von {party})</translation>
        </message>
        <message>
            <source> and 1 internal compliance assessment</source>
            <translation> und 1 interne Bewertung der Einhaltung</translation>
        </message>
        <message>
            <source> and {n} internal compliance assessments</source>
            <translation> und {n} interne Bewertungen der Einhaltung</translation>
        </message>
        <message>
            <source>&amp;Open it</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <source>Export briefing PDF</source>
            <translation>Briefing als PDF exportieren</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>&amp;Papier</translation>
        </message>
        <message>
            <source>&amp;Marking</source>
            <translation>&amp;Kennzeichnung</translation>
        </message>
        <message>
            <source>none (shareable)</source>
            <translation>keine (weitergebbar)</translation>
        </message>
        <message>
            <source>Export Excel summary</source>
            <translation>Excel-Übersicht exportieren</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
        </message>
        <message>
            <source>Export negotiating text (Word)</source>
            <translation>Verhandlungstext exportieren (Word)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Word-Dokument (*.docx)</translation>
        </message>
    </context>
    <context>
        <name>Exports</name>
        <message>
            <source>round {number} ({date})</source>
            <translation>Runde {number} ({date})</translation>
        </message>
        <message>
            <source>no round yet</source>
            <translation>noch keine Runde</translation>
        </message>
        <message>
            <source>{articles}, {brackets}, {when}</source>
            <translation>{articles}, {brackets}, {when}</translation>
        </message>
        <message>
            <source>{n} article</source>
            <translation>{n} Artikel</translation>
        </message>
        <message>
            <source>{n} articles</source>
            <translation>{n} Artikel</translation>
        </message>
        <message>
            <source>{n} bracket</source>
            <translation>{n} eckige Klammer</translation>
        </message>
        <message>
            <source>{n} brackets</source>
            <translation>{n} eckige Klammern</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>video call</source>
            <translation>Videokonferenz</translation>
        </message>
        <message>
            <source>Round {number} — {date}</source>
            <translation>Runde {number} — {date}</translation>
        </message>
        <message>
            <source>Discard what you typed?</source>
            <translation>Eingaben verwerfen?</translation>
        </message>
        <message>
            <source>This form has changes that have not been saved. Close it and lose them?</source>
            <translation>Dieses Formular enthält ungespeicherte Änderungen. Schließen und sie verwerfen?</translation>
        </message>
        <message>
            <source>Changed elsewhere</source>
            <translation>Anderswo geändert</translation>
        </message>
    </context>
    <context>
        <name>Imports</name>
        <message>
            <source>No party yet for: {authors} (add --author "NAME=PARTY")</source>
            <translation>Noch keine Partei für: {authors} (--author "NAME=PARTEI" angeben)</translation>
        </message>
        <message>
            <source>(dry run: nothing was written)</source>
            <translation>(Probelauf: nichts wurde geschrieben)</translation>
        </message>
        <message>
            <source>Imported: {what}</source>
            <translation>Importiert: {what}</translation>
        </message>
        <message>
            <source>new</source>
            <translation>neu</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unverändert</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <source>-&gt; {ref} (by ref, {score})</source>
            <translation>-&gt; {ref} (nach Nummer, {score})</translation>
        </message>
        <message>
            <source>-&gt; {ref} (by title, {score})</source>
            <translation>-&gt; {ref} (nach Titel, {score})</translation>
        </message>
        <message>
            <source>-&gt; {ref} (by text, {score})</source>
            <translation>-&gt; {ref} (nach Wortlaut, {score})</translation>
        </message>
        <message>
            <source>-&gt; new clause (proposed)</source>
            <translation>-&gt; neue Klausel (vorgeschlagen)</translation>
        </message>
        <message>
            <source>redline: {redline}</source>
            <translation>Änderungsansicht: {redline}</translation>
        </message>
        <message>
            <source>{author} proposes: {redline}</source>
            <translation>{author} schlägt vor: {redline}</translation>
        </message>
        <message>
            <source>brackets opened: {brackets}</source>
            <translation>eckige Klammern eröffnet: {brackets}</translation>
        </message>
        <message>
            <source>brackets resolved: {brackets}</source>
            <translation>eckige Klammern aufgelöst: {brackets}</translation>
        </message>
        <message>
            <source>PROBLEM: {problem}</source>
            <translation>PROBLEM: {problem}</translation>
        </message>
        <message>
            <source>{file} (sha256 {digest}) into {track}: {articles} article(s): {changed} changed, {unchanged} unchanged, {new} new; {absent} clause(s) absent from the file</source>
            <translation>{file} (sha256 {digest}) in {track}: {articles} Artikel: {changed} geändert, {unchanged} unverändert, {new} neu; {absent} Klausel(n) fehlen im Dokument</translation>
        </message>
        <message>
            <source>absent from the file (kept, not deleted): {ref} {title}</source>
            <translation>fehlt im Dokument (beibehalten, nicht gelöscht): {ref} {title}</translation>
        </message>
        <message>
            <source>tracked changes by: {authors}</source>
            <translation>Änderungen nachverfolgt von: {authors}</translation>
        </message>
        <message>
            <source>{versions} new version(s) of existing clauses, {clauses} new clause(s); clauses absent from the file were kept</source>
            <translation>{versions} neue Fassung(en) bestehender Klauseln, {clauses} neue Klausel(n); im Dokument fehlende Klauseln wurden beibehalten</translation>
        </message>
        <message>
            <source>{record}, {field}: {old} -&gt; {new}</source>
            <translation>{record}, {field}: {old} -&gt; {new}</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>… and {n} more change (not listed)</source>
            <translation>… und {n} weitere Änderung (nicht aufgeführt)</translation>
        </message>
        <message>
            <source>… and {n} more changes (not listed)</source>
            <translation>… und {n} weitere Änderungen (nicht aufgeführt)</translation>
        </message>
        <message>
            <source>{n} row of the export is missing from {sheet}: not deleted from the log (delete records in the app)</source>
            <translation>{n} Zeile des Exports fehlt in {sheet}: nicht aus der Akte gelöscht (Einträge in der App löschen)</translation>
        </message>
        <message>
            <source>{n} rows of the export are missing from {sheet}: not deleted from the log (delete records in the app)</source>
            <translation>{n} Zeilen des Exports fehlen in {sheet}: nicht aus der Akte gelöscht (Einträge in der App löschen)</translation>
        </message>
        <message>
            <source>{file}: no changes to import</source>
            <translation>{file}: keine Änderungen zu importieren</translation>
        </message>
        <message>
            <source>{file}: {count} change(s) applied</source>
            <translation>{file}: {count} Änderung(en) übernommen</translation>
        </message>
        <message>
            <source>{file}: {count} change(s) would be applied (dry run; nothing written)</source>
            <translation>{file}: {count} Änderung(en) würden übernommen (Probelauf; nichts geschrieben)</translation>
        </message>
        <message>
            <source>{count} conflict(s), not applied (resolve them in the app):</source>
            <translation>{count} Konflikt(e), nicht übernommen (in der App lösen):</translation>
        </message>
        <message>
            <source>{sheet}, row {row}</source>
            <translation>{sheet}, Zeile {row}</translation>
        </message>
        <message>
            <source>{sheet}, row {row}, column {column}</source>
            <translation>{sheet}, Zeile {row}, Spalte {column}</translation>
        </message>
        <message>
            <source>{sheet}, row {row}, column {column} ({header})</source>
            <translation>{sheet}, Zeile {row}, Spalte {column} ({header})</translation>
        </message>
        <message>
            <source>{cell} ({record}), {field}: changed in the log since the export</source>
            <translation>{cell} ({record}), {field}: seit dem Export in der Akte geändert</translation>
        </message>
        <message>
            <source>{cell} ({record}), {field}: changed in the log since the export (now {now}); the workbook says {says}</source>
            <translation>{cell} ({record}), {field}: seit dem Export in der Akte geändert (jetzt {now}); die Arbeitsmappe sagt {says}</translation>
        </message>
        <message>
            <source>{cell} ({record}), {field}: the text was cut to fit Excel and cannot replace the full text; edit it in the app</source>
            <translation>{cell} ({record}), {field}: der Text wurde für Excel gekürzt und kann den vollständigen Text nicht ersetzen; bearbeiten Sie ihn in der App</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(niemand)</translation>
        </message>
        <message>
            <source>Comment {text}</source>
            <translation>Kommentar {text}</translation>
        </message>
        <message>
            <source>New comment on {kind} {target}</source>
            <translation>Neuer Kommentar zu {kind} {target}</translation>
        </message>
        <message>
            <source>New comment on {kind} thread {thread}</source>
            <translation>Neuer Kommentar zu {kind}, Diskussion {thread}</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <source>Current passphrase</source>
            <translation>Aktuelle Passphrase</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Neue Passphrase</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Wrong passphrase: nothing was changed.</source>
            <translation>Falsche Passphrase: Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>{title}: nothing was changed</source>
            <translation>{title}: Nichts wurde geändert</translation>
        </message>
        <message>
            <source>Encrypt log</source>
            <translation>Protokoll verschlüsseln</translation>
        </message>
        <message>
            <source>The log, its journal and every backup from now on are encrypted. There is no recovery: a lost passphrase loses the log.</source>
            <translation>Das Protokoll, sein Journal und jede künftige Sicherung werden verschlüsselt. Es gibt keine Wiederherstellung: Mit der Passphrase geht das Protokoll verloren.</translation>
        </message>
        <message>
            <source>{name} is now encrypted</source>
            <translation>{name} ist jetzt verschlüsselt</translation>
        </message>
        <message>
            <source>Plain backups remain</source>
            <translation>Unverschlüsselte Sicherungen bleiben</translation>
        </message>
        <message>
            <source>{n} backup(s) taken before the log was encrypted can still be read without the passphrase. Remove them? (A removed file may survive on the disk's blocks: full-disk encryption is the answer to that.)</source>
            <translation>{n} vor der Verschlüsselung erstellte Sicherung(en) ist/sind ohne Passphrase lesbar. Entfernen? (Eine entfernte Datei kann in den Blöcken der Festplatte überdauern: Dagegen hilft eine vollständige Festplattenverschlüsselung.)</translation>
        </message>
        <message>
            <source>Remove them</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Keep them</source>
            <translation>Behalten</translation>
        </message>
        <message>
            <source>Decrypt log</source>
            <translation>Protokoll entschlüsseln</translation>
        </message>
        <message>
            <source>Store {name} unencrypted? Anyone who gets the file can then read it, red lines and fallbacks included.</source>
            <translation>{name} unverschlüsselt speichern? Wer die Datei erhält, kann sie dann lesen, einschließlich roter Linien und Rückfallpositionen.</translation>
        </message>
        <message>
            <source>{name} is no longer encrypted</source>
            <translation>{name} ist nicht mehr verschlüsselt</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Passphrase ändern</translation>
        </message>
        <message>
            <source>Older backups keep the old passphrase.</source>
            <translation>Ältere Sicherungen behalten die alte Passphrase.</translation>
        </message>
        <message>
            <source>The passphrase was changed</source>
            <translation>Die Passphrase wurde geändert</translation>
        </message>
        <message>
            <source>Lock after idle</source>
            <translation>Sperre nach Inaktivität</translation>
        </message>
        <message>
            <source>Lock the window after this many minutes without input (0: never):</source>
            <translation>Fenster nach so vielen Minuten ohne Eingabe sperren (0: nie):</translation>
        </message>
        <message>
            <source>This log is not encrypted: the lock only hides the screens, so anyone at this computer can unlock it, and the file itself can be read without the app. File &gt; Encrypt log… protects it.</source>
            <translation>Dieses Protokoll ist nicht verschlüsselt: Die Sperre verbirgt nur die Ansichten, jeder an diesem Computer kann sie aufheben, und die Datei ist auch ohne die App lesbar. Datei &gt; Protokoll verschlüsseln… schützt es.</translation>
        </message>
        <message>
            <source>The log is closed. Type its passphrase to unlock it; the undo history is kept.</source>
            <translation>Das Protokoll ist geschlossen. Geben Sie seine Passphrase ein, um es zu entsperren; der Rückgängig-Verlauf bleibt erhalten.</translation>
        </message>
        <message>
            <source>MineralsDesk is locked</source>
            <translation>MineralsDesk ist gesperrt</translation>
        </message>
        <message>
            <source>passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Entsperren</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <source>Wrong passphrase: nothing was changed. Try again.</source>
            <translation>Falsche Passphrase: Nichts wurde geändert. Erneut versuchen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Type its passphrase to open it.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; ist verschlüsselt. Geben Sie seine Passphrase ein, um es zu öffnen.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted. Type its passphrase to {purpose} it.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; ist verschlüsselt. Geben Sie seine Passphrase ein ({purpose}).</translation>
        </message>
        <message>
            <source>Wrong passphrase: nothing was changed. Try again (check Caps Lock and the keyboard layout).</source>
            <translation>Falsche Passphrase: Nichts wurde geändert. Erneut versuchen (Feststelltaste und Tastaturbelegung prüfen).</translation>
        </message>
        <message>
            <source>&amp;Encrypt with a passphrase (there is no recovery if it is lost)</source>
            <translation>Mit einer Passphrase &amp;verschlüsseln (bei Verlust keine Wiederherstellung)</translation>
        </message>
        <message>
            <source>at least 10 characters; four or five random words</source>
            <translation>mindestens 10 Zeichen; vier oder fünf zufällige Wörter</translation>
        </message>
        <message>
            <source>the same again</source>
            <translation>dieselbe noch einmal</translation>
        </message>
        <message>
            <source>Confirm {label}</source>
            <translation>Bestätigen: {label}</translation>
        </message>
        <message>
            <source>Confirm</source>
            <translation>Bestätigen</translation>
        </message>
        <message>
            <source>Strength: {strength}</source>
            <translation>Stärke: {strength}</translation>
        </message>
        <message>
            <source>The two passphrases differ</source>
            <translation>Die beiden Passphrasen unterscheiden sich</translation>
        </message>
    </context>
    <context>
        <name>Log</name>
        <message>
            <source>This log's history was keyed on this computer ({count} baseline entries written); see docs/safety.md, Tampering.</source>
            <translation>Der Änderungsverlauf dieser Akte wurde auf diesem Computer verschlüsselt gesichert ({count} Ausgangseinträge geschrieben); siehe docs/safety.md, Tampering.</translation>
        </message>
        <message>
            <source>Change log: {problem}</source>
            <translation>Änderungsverlauf: {problem}</translation>
        </message>
        <message>
            <source>record: {problem}</source>
            <translation>Eintrag: {problem}</translation>
        </message>
        <message>
            <source>change log: {problem}</source>
            <translation>Änderungsverlauf: {problem}</translation>
        </message>
        <message>
            <source>taken as a new starting point: the dump's history was not kept ({count} entries record its records as found)</source>
            <translation>als neuer Ausgangspunkt übernommen: der Änderungsverlauf des Exports wurde nicht beibehalten ({count} Einträge halten seine Einträge wie vorgefunden fest)</translation>
        </message>
        <message>
            <source>authenticated with this computer's key</source>
            <translation>mit dem Schlüssel dieses Computers authentifiziert</translation>
        </message>
        <message>
            <source>consistent but not authenticated (this computer has no key for the log it came from)</source>
            <translation>stimmig, aber nicht authentifiziert (dieser Computer hat keinen Schlüssel für die Herkunftsakte)</translation>
        </message>
        <message>
            <source>history kept: {seq} entries, head {head}, {trust}</source>
            <translation>Änderungsverlauf beibehalten: {seq} Einträge, Kopf {head}, {trust}</translation>
        </message>
        <message>
            <source>{name} is read-only (the file or its folder cannot be written): it is open for reading only</source>
            <translation>{name} ist schreibgeschützt (die Datei oder ihr Ordner kann nicht beschrieben werden): sie ist nur zum Lesen geöffnet</translation>
        </message>
        <message>
            <source>Today's automatic backup could not be made: {exc}</source>
            <translation>Die heutige automatische Sicherung konnte nicht erstellt werden: {exc}</translation>
        </message>
        <message>
            <source>clause order: {stale} clause sort key(s) missing or out of date (the Clauses table may list those clauses out of order)</source>
            <translation>Klauselreihenfolge: {stale} Sortierschlüssel fehlen oder sind veraltet (die Klauseltabelle kann diese Klauseln in falscher Reihenfolge zeigen)</translation>
        </message>
        <message>
            <source>clause filter: the word index disagrees with the clauses (the Clauses table's filter may miss or show clauses)</source>
            <translation>Klauselfilter: der Wortindex stimmt nicht mit den Klauseln überein (der Filter der Klauseltabelle kann Klauseln auslassen oder fälschlich zeigen)</translation>
        </message>
        <message>
            <source>dashboard counts: {stale} kept count(s) differ from the records (the dashboard cards may show wrong numbers)</source>
            <translation>Zähler der Übersicht: {stale} gespeicherte Zähler weichen von den Einträgen ab (die Karten der Übersicht können falsche Zahlen zeigen)</translation>
        </message>
        <message>
            <source>attached file content {digest}: its bytes do not match their SHA-256 (altered outside the app)</source>
            <translation>Inhalt eines Anhangs {digest}: die Bytes passen nicht zu ihrem SHA-256 (außerhalb der App verändert)</translation>
        </message>
        <message>
            <source>attached file content {digest}: size {size} differs from the stored {stored}</source>
            <translation>Inhalt eines Anhangs {digest}: Größe {size} weicht von der gespeicherten {stored} ab</translation>
        </message>
        <message>
            <source>attachment {id} ({name}): its content {digest} is missing or of another size</source>
            <translation>Anhang {id} ({name}): sein Inhalt {digest} fehlt oder hat eine andere Größe</translation>
        </message>
        <message>
            <source>{name} can be read by other users of this computer; make it private (chmod 600 "{path}").</source>
            <translation>{name} kann von anderen Benutzern dieses Computers gelesen werden; machen Sie die Datei privat (chmod 600 "{path}").</translation>
        </message>
        <message>
            <source>{name} is in a cloud-synced folder; a sync while it is open can damage it or send confidential text off this laptop. Keep logs in a local folder.</source>
            <translation>{name} liegt in einem mit der Cloud synchronisierten Ordner; eine Synchronisierung bei geöffneter Akte kann sie beschädigen oder vertraulichen Text von diesem Laptop senden. Bewahren Sie Akten in einem lokalen Ordner auf.</translation>
        </message>
        <message>
            <source>{name} is on a network drive ({fstype}); file locking there is unreliable, so two writers can damage it. Keep logs on a local disk.</source>
            <translation>{name} liegt auf einem Netzlaufwerk ({fstype}); die Dateisperre ist dort unzuverlässig, sodass zwei Schreibvorgänge die Akte beschädigen können. Bewahren Sie Akten auf einer lokalen Festplatte auf.</translation>
        </message>
        <message>
            <source>integrity: {line}</source>
            <translation>Integrität: {line}</translation>
        </message>
        <message>
            <source>foreign key: {table} row {row} points to a missing {parent}</source>
            <translation>Fremdschlüssel: Zeile {row} von {table} verweist auf fehlende {parent}</translation>
        </message>
        <message>
            <source>laptop {device}, change {seq}: does not follow the entry before it</source>
            <translation>Laptop {device}, Änderung {seq}: folgt nicht auf den vorigen Eintrag</translation>
        </message>
        <message>
            <source>laptop {device}, change {seq}: its content does not match its hash</source>
            <translation>Laptop {device}, Änderung {seq}: der Inhalt passt nicht zu seinem Hash</translation>
        </message>
        <message>
            <source>change {seq}: does not follow the entry before it (an entry was removed or reordered)</source>
            <translation>Änderung {seq}: folgt nicht auf den vorigen Eintrag (ein Eintrag wurde entfernt oder umgestellt)</translation>
        </message>
        <message>
            <source>change {seq}: its content does not match its hash (the entry was edited)</source>
            <translation>Änderung {seq}: der Inhalt passt nicht zu seinem Hash (der Eintrag wurde bearbeitet)</translation>
        </message>
        <message>
            <source>... further problems not listed</source>
            <translation>... weitere Probleme nicht aufgeführt</translation>
        </message>
        <message>
            <source>the history is not keyed yet (written by an older version): open the log once read-write, or run `mineralsdesk trust`, to key it</source>
            <translation>der Änderungsverlauf ist noch nicht mit einem Schlüssel gesichert (von einer älteren Version geschrieben): öffnen Sie die Akte einmal zum Schreiben oder führen Sie `mineralsdesk trust` aus, um ihn zu sichern</translation>
        </message>
        <message>
            <source>truncated: the chain ends at entry {seq}, before entry {anchor} that this computer last saw of this log (entries were removed, or this is an older copy such as a backup)</source>
            <translation>gekürzt: die Kette endet bei Eintrag {seq}, vor Eintrag {anchor}, den dieser Computer zuletzt von dieser Akte gesehen hat (Einträge wurden entfernt, oder dies ist eine ältere Kopie, etwa eine Sicherung)</translation>
        </message>
        <message>
            <source>rewritten: entry {anchor} is not the one this computer last saw of this log ({mark}); the history was rewritten, or this copy went its own way</source>
            <translation>umgeschrieben: Eintrag {anchor} ist nicht der, den dieser Computer zuletzt von dieser Akte gesehen hat ({mark}); der Änderungsverlauf wurde umgeschrieben, oder diese Kopie hat sich eigenständig weiterentwickelt</translation>
        </message>
        <message>
            <source>key missing: this computer has no key for this log (id {log_id}), so its history cannot be authenticated; if the log came from another computer, run `mineralsdesk trust` to re-key it (otherwise treat it as tampered)</source>
            <translation>Schlüssel fehlt: dieser Computer hat keinen Schlüssel für diese Akte (ID {log_id}), daher kann ihr Änderungsverlauf nicht authentifiziert werden; stammt die Akte von einem anderen Computer, führen Sie `mineralsdesk trust` aus, um sie neu zu sichern (andernfalls gilt sie als manipuliert)</translation>
        </message>
        <message>
            <source>the MAC of the chain's head is missing (removed outside the app)</source>
            <translation>der MAC des Kettenkopfs fehlt (außerhalb der App entfernt)</translation>
        </message>
        <message>
            <source>entries {first} to {last} were added without this log's key (outside the app, or on a computer without the key)</source>
            <translation>die Einträge {first} bis {last} wurden ohne den Schlüssel dieser Akte hinzugefügt (außerhalb der App oder auf einem Computer ohne den Schlüssel)</translation>
        </message>
        <message>
            <source>the chain does not match its key: entries were removed, rewritten or added outside the app</source>
            <translation>die Kette passt nicht zu ihrem Schlüssel: Einträge wurden außerhalb der App entfernt, umgeschrieben oder hinzugefügt</translation>
        </message>
        <message>
            <source>{table} {id}: the record is not in the change log (added outside the app)</source>
            <translation>{table} {id}: der Eintrag steht nicht im Änderungsverlauf (außerhalb der App hinzugefügt)</translation>
        </message>
        <message>
            <source>{table} {id}: the change log says the record exists, but it is gone (deleted outside the app)</source>
            <translation>{table} {id}: laut Änderungsverlauf gibt es den Eintrag, aber er fehlt (außerhalb der App gelöscht)</translation>
        </message>
        <message>
            <source>{table} {id}, field {field}: is {current} but the change log says {logged} (edited outside the app)</source>
            <translation>{table} {id}, Feld {field}: ist {current}, aber laut Änderungsverlauf {logged} (außerhalb der App bearbeitet)</translation>
        </message>
        <message>
            <source>empty (null)</source>
            <translation>leer (null)</translation>
        </message>
        <message>
            <source>... further differences not listed</source>
            <translation>... weitere Abweichungen nicht aufgeführt</translation>
        </message>
    </context>
    <context>
        <name>LogFile</name>
        <message>
            <source>MineralsDesk logs (*.mdesk);;All files (*)</source>
            <translation>MineralsDesk-Protokolle (*.mdesk);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>MineralsDesk logs and backups (*.mdesk *.mdesk.gz);;All files (*)</source>
            <translation>MineralsDesk-Protokolle und Sicherungen (*.mdesk *.mdesk.gz);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>This log is damaged</source>
            <translation>Dieses Protokoll ist beschädigt</translation>
        </message>
        <message>
            <source>This log needs a newer MineralsDesk</source>
            <translation>Dieses Protokoll braucht ein neueres MineralsDesk</translation>
        </message>
        <message>
            <source>This is not a MineralsDesk log</source>
            <translation>Dies ist kein MineralsDesk-Protokoll</translation>
        </message>
        <message>
            <source>The log cannot be opened</source>
            <translation>Das Protokoll lässt sich nicht öffnen</translation>
        </message>
        <message>
            <source>File: {path}</source>
            <translation>Datei: {path}</translation>
        </message>
        <message>
            <source>MineralsDesk did not change the file.</source>
            <translation>MineralsDesk hat die Datei nicht verändert.</translation>
        </message>
        <message>
            <source>Use File &gt; Restore... to put back a backup that passes its check.</source>
            <translation>Mit Datei &gt; Wiederherstellen... eine Sicherung zurückholen, die ihre Prüfung besteht.</translation>
        </message>
        <message>
            <source>{name} cannot be read: {reason}</source>
            <translation>{name} kann nicht gelesen werden: {reason}</translation>
        </message>
        <message>
            <source>{damage}. No backup of it passes its check.</source>
            <translation>{damage}. Keine seiner Sicherungen besteht ihre Prüfung.</translation>
        </message>
        <message>
            <source>The newest backup that passes its check was taken on {taken} ({reason}).
Restoring it keeps the damaged file beside it as “.damaged”.</source>
            <translation>Die neueste Sicherung, die ihre Prüfung besteht, stammt vom {taken} ({reason}).
Beim Wiederherstellen bleibt die beschädigte Datei daneben als „.damaged“ erhalten.</translation>
        </message>
        <message>
            <source>Restore that backup</source>
            <translation>Diese Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Nothing was restored</source>
            <translation>Nichts wurde wiederhergestellt</translation>
        </message>
        <message>
            <source>Backup restored beside the log</source>
            <translation>Sicherung neben dem Protokoll wiederhergestellt</translation>
        </message>
        <message>
            <source>Journal files beside the damaged log may still hold data, so it was left as it was and the backup restored to
{path}</source>
            <translation>Journaldateien neben dem beschädigten Protokoll können noch Daten enthalten; es blieb daher unverändert, und die Sicherung wurde wiederhergestellt nach
{path}</translation>
        </message>
        <message>
            <source>it is inside the synced folder “{folder}”</source>
            <translation>es liegt im synchronisierten Ordner „{folder}“</translation>
        </message>
        <message>
            <source>it is on a network share</source>
            <translation>es liegt auf einer Netzwerkfreigabe</translation>
        </message>
        <message>
            <source>it is on a network file system ({kind})</source>
            <translation>es liegt auf einem Netzwerkdateisystem ({kind})</translation>
        </message>
        <message>
            <source>Others can read this log</source>
            <translation>Andere können dieses Protokoll lesen</translation>
        </message>
        <message>
            <source>Other users of this computer can read {name}. It holds internal red lines and fallbacks.</source>
            <translation>Andere Benutzer dieses Computers können {name} lesen. Es enthält interne rote Linien und Rückfallpositionen.</translation>
        </message>
        <message>
            <source>Make it private</source>
            <translation>Privat machen</translation>
        </message>
        <message>
            <source>Leave it</source>
            <translation>So lassen</translation>
        </message>
        <message>
            <source>Cannot change permissions</source>
            <translation>Berechtigungen lassen sich nicht ändern</translation>
        </message>
        <message>
            <source>This log is in a synced or shared folder</source>
            <translation>Dieses Protokoll liegt in einem synchronisierten oder freigegebenen Ordner</translation>
        </message>
        <message>
            <source>{name} may be overwritten by an older copy or read by others: {hint}.
Keep the log on this laptop and send exports instead.</source>
            <translation>{name} kann von einer älteren Kopie überschrieben oder von anderen gelesen werden: {hint}.
Behalten Sie das Protokoll auf diesem Laptop und senden Sie stattdessen Exporte.</translation>
        </message>
        <message>
            <source>Do not warn again for this log</source>
            <translation>Für dieses Protokoll nicht mehr warnen</translation>
        </message>
        <message>
            <source>Open log</source>
            <translation>Protokoll öffnen</translation>
        </message>
        <message>
            <source>New log</source>
            <translation>Neues Protokoll</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <source>e.g. EU delegation</source>
            <translation>z. B. EU-Delegation</translation>
        </message>
        <message>
            <source>Your name, shown in the change log</source>
            <translation>Ihr Name, im Änderungsprotokoll angezeigt</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Our party</source>
            <translation>Unsere Partei</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Delegation</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ihr Name</translation>
        </message>
        <message>
            <source>Give the log a file name.</source>
            <translation>Geben Sie dem Protokoll einen Dateinamen.</translation>
        </message>
        <message>
            <source>Open another log?</source>
            <translation>Anderes Protokoll öffnen?</translation>
        </message>
        <message>
            <source>Open another log, create a new one, or quit?</source>
            <translation>Ein anderes Protokoll öffnen, ein neues anlegen oder beenden?</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Öffnen…</translation>
        </message>
        <message>
            <source>New log…</source>
            <translation>Neues Protokoll…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>Sicherung fehlgeschlagen</translation>
        </message>
        <message>
            <source>Nothing was written.
{error}</source>
            <translation>Nichts wurde geschrieben.
{error}</translation>
        </message>
        <message>
            <source>Backup written</source>
            <translation>Sicherung geschrieben</translation>
        </message>
        <message>
            <source>The log was backed up ({size} KB). It is listed under File &gt; Restore…</source>
            <translation>Das Protokoll wurde gesichert ({size} KB). Die Sicherung steht unter Datei &gt; Wiederherstellen…</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Aus einer Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Backup taken</source>
            <translation>Sicherung vom</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Anlass</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <source>{size} KB</source>
            <translation>{size} KB</translation>
        </message>
        <message>
            <source>The backup replaces &lt;b&gt;{name}&lt;/b&gt;. The current log is kept as a backup first, so a restore can itself be undone.</source>
            <translation>Die Sicherung ersetzt &lt;b&gt;{name}&lt;/b&gt;. Das aktuelle Protokoll wird zuerst als Sicherung aufbewahrt, sodass sich auch eine Wiederherstellung rückgängig machen lässt.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Other file…</source>
            <translation>Andere Datei…</translation>
        </message>
        <message>
            <source>Backups, newest first:</source>
            <translation>Sicherungen, neueste zuerst:</translation>
        </message>
        <message>
            <source>Restore from</source>
            <translation>Wiederherstellen aus</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Diese Sicherung wiederherstellen?</translation>
        </message>
        <message>
            <source>Replace the log with the backup {name}?
The current log is kept as a backup first.</source>
            <translation>Das Protokoll durch die Sicherung {name} ersetzen?
Das aktuelle Protokoll wird zuerst als Sicherung aufbewahrt.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Sicherung wiederhergestellt</translation>
        </message>
        <message>
            <source>Restored {name}.
The log as it was is kept in
{path}</source>
            <translation>{name} wiederhergestellt.
Das bisherige Protokoll liegt in
{path}</translation>
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
        <name>Markings</name>
        <message>
            <source>LIMITED — INTERNAL</source>
            <translation>EINGESCHRÄNKT — INTERN</translation>
        </message>
    </context>
    <context>
        <name>MineFilter</name>
        <message>
            <source>Say who you are first: Settings &gt; Delegation roster…, pick yourself under "I am". The Mine filter then keeps what you own.</source>
            <translation>Sagen Sie zuerst, wer Sie sind: Einstellungen &gt; Delegationsliste…, wählen Sie sich unter „Ich bin“. Der Filter „Meine“ zeigt dann, wofür Sie zuständig sind.</translation>
        </message>
        <message>
            <source>&amp;Mine</source>
            <translation>&amp;Meine</translation>
        </message>
        <message>
            <source>Only the {what} you own ({key})</source>
            <translation>Nur die {what}, für die Sie zuständig sind ({key})</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Meine</translation>
        </message>
        <message>
            <source> owned by a former member</source>
            <translation> eines ehemaligen Mitglieds</translation>
        </message>
        <message>
            <source> owned by you</source>
            <translation> in Ihrer Zuständigkeit</translation>
        </message>
        <message>
            <source> owned by {name}</source>
            <translation> in der Zuständigkeit von {name}</translation>
        </message>
    </context>
    <context>
        <name>MinutesScreen</name>
        <message>
            <source>Type a clause reference or title, then Enter</source>
            <translation>Verweis oder Titel einer Klausel eingeben, dann Eingabe</translation>
        </message>
        <message>
            <source>What they said (Enter saves; the clause stays for the next one)</source>
            <translation>Was gesagt wurde (Eingabe speichert; die Klausel bleibt für die nächste)</translation>
        </message>
        <message>
            <source>&amp;Round</source>
            <translation>&amp;Runde</translation>
        </message>
        <message>
            <source>&amp;Clause</source>
            <translation>&amp;Klausel</translation>
        </message>
        <message>
            <source>&amp;Party · signal</source>
            <translation>&amp;Partei · Signal</translation>
        </message>
        <message>
            <source>&amp;Words</source>
            <translation>&amp;Wortlaut</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Klausel</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Partei</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <source>What was said</source>
            <translation>Was gesagt wurde</translation>
        </message>
        <message>
            <source>&amp;Apply to positions and brackets…</source>
            <translation>Auf Positionen und Klammern &amp;anwenden…</translation>
        </message>
        <message>
            <source>&amp;Delete intervention</source>
            <translation>Wortmeldung &amp;löschen</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>{track} round {number} ({date})</source>
            <translation>{track} Runde {number} ({date})</translation>
        </message>
        <message>
            <source>Add a round first (Rounds screen)</source>
            <translation>Legen Sie zuerst eine Runde an (Bildschirm Runden)</translation>
        </message>
        <message>
            <source>Whole clause</source>
            <translation>Ganze Klausel</translation>
        </message>
        <message>
            <source>No party on key {letter}</source>
            <translation>Keine Partei auf Taste {letter}</translation>
        </message>
        <message>
            <source>Signals are keys 1 to {last}</source>
            <translation>Signale liegen auf den Tasten 1 bis {last}</translation>
        </message>
        <message>
            <source>press a letter, then a digit; Enter saves</source>
            <translation>einen Buchstaben, dann eine Ziffer drücken; Eingabe speichert</translation>
        </message>
        <message>
            <source>Party: {parties}</source>
            <translation>Partei: {parties}</translation>
        </message>
        <message>
            <source>Signal: {signals}</source>
            <translation>Signal: {signals}</translation>
        </message>
        <message>
            <source>a clause</source>
            <translation>eine Klausel</translation>
        </message>
        <message>
            <source>a party (its letter)</source>
            <translation>eine Partei (ihren Buchstaben)</translation>
        </message>
        <message>
            <source>a signal (1-5)</source>
            <translation>ein Signal (1–5)</translation>
        </message>
        <message>
            <source>Choose {what} first</source>
            <translation>Wählen Sie zuerst {what}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>a round</source>
            <translation>eine Runde</translation>
        </message>
        <message>
            <source>Note {party} {signal}</source>
            <translation>{party} {signal} notieren</translation>
        </message>
        <message>
            <source>Noted #{seq}: {party} {signal} {clause}</source>
            <translation>Notiert Nr. {seq}: {party} {signal} {clause}</translation>
        </message>
        <message>
            <source>Delete intervention</source>
            <translation>Wortmeldung löschen</translation>
        </message>
        <message>
            <source> [bracket]</source>
            <translation> [Klammer]</translation>
        </message>
    </context>
    <context>
        <name>Modals</name>
        <message>
            <source>Obligation weakened</source>
            <translation>Verpflichtung abgeschwächt</translation>
        </message>
        <message>
            <source>Obligation strengthened</source>
            <translation>Verpflichtung verstärkt</translation>
        </message>
        <message>
            <source>Obligation changed</source>
            <translation>Verpflichtung geändert</translation>
        </message>
        <message>
            <source>no modal</source>
            <translation>kein Modalverb</translation>
        </message>
    </context>
    <context>
        <name>Placeholder</name>
        <message>
            <source>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;This screen is not available in this build.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;Diese Ansicht ist in dieser Ausgabe nicht verfügbar.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>PositionForm</name>
        <message>
            <source>Position on {ref}</source>
            <translation>Position zu {ref}</translation>
        </message>
        <message>
            <source>&amp;Party</source>
            <translation>&amp;Partei</translation>
        </message>
        <message>
            <source>&amp;Stance</source>
            <translation>&amp;Haltung</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Notiz</translation>
        </message>
        <message>
            <source>&amp;Round</source>
            <translation>&amp;Runde</translation>
        </message>
        <message>
            <source>INTERNAL — our delegation only, never in shareable documents</source>
            <translation>INTERN — nur unsere Delegation, nie in teilbaren Dokumenten</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>Rote Linie</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>Rückfallposition</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Interne Notiz</translation>
        </message>
        <message>
            <source>{party} position on {ref}</source>
            <translation>Position von {party} zu {ref}</translation>
        </message>
        <message>
            <source>Previous ({stance}): {note}</source>
            <translation>Vorherige ({stance}): {note}</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(keine Notiz)</translation>
        </message>
        <message>
            <source>No previous position.</source>
            <translation>Keine frühere Position.</translation>
        </message>
        <message>
            <source>Add a round for this track first (Rounds screen)</source>
            <translation>Legen Sie zuerst eine Runde für diesen Strang an (Ansicht Runden)</translation>
        </message>
    </context>
    <context>
        <name>PositionsModel</name>
        <message>
            <source>INTERNAL</source>
            <translation>INTERN</translation>
        </message>
        <message>
            <source>not a party</source>
            <translation>keine Partei</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Strang</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>Ref.</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Klausel</translation>
        </message>
        <message>
            <source>{code} (ours)</source>
            <translation>{code} (wir)</translation>
        </message>
        <message>
            <source>red line</source>
            <translation>rote Linie</translation>
        </message>
        <message>
            <source>fallback</source>
            <translation>Rückfallposition</translation>
        </message>
        <message>
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>{mark} {label}: {text}</source>
            <translation>{mark} {label}: {text}</translation>
        </message>
        <message>
            <source>{party} is not a party to this track</source>
            <translation>{party} ist keine Partei dieses Verhandlungsstrangs</translation>
        </message>
        <message>
            <source>{party} has stated no position yet</source>
            <translation>{party} hat noch keine Position geäußert</translation>
        </message>
        <message>
            <source> (round {number}, {date})</source>
            <translation> (Runde {number}, {date})</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(keine Notiz)</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>Rote Linie</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>Rückfallposition</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Interne Notiz</translation>
        </message>
        <message>
            <source>Our delegation: red lines and fallbacks here are INTERNAL and never exported to counterparts</source>
            <translation>Unsere Delegation: rote Linien und Rückfallpositionen hier sind INTERN und gehen nie an Gegenseiten</translation>
        </message>
        <message>
            <source>{party}'s latest stance on each clause</source>
            <translation>Letzte Haltung von {party} zu jeder Klausel</translation>
        </message>
        <message>
            <source>{party} position on {ref}: {stance}</source>
            <translation>Position von {party} zu {ref}: {stance}</translation>
        </message>
    </context>
    <context>
        <name>PositionsView</name>
        <message>
            <source>Any topic</source>
            <translation>Jedes Thema</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Strang</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Position not changed</source>
            <translation>Position nicht geändert</translation>
        </message>
        <message>
            <source>{not_a_party} (hatched): not in the track</source>
            <translation>{not_a_party} (schraffiert): nicht im Strang</translation>
        </message>
        <message>
            <source>Double-click or Enter: record a position; F2 or a letter: change the stance in place.</source>
            <translation>Doppelklick oder Enter: Position erfassen; F2 oder ein Buchstabe: Haltung direkt ändern.</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>Alle Stränge</translation>
        </message>
        <message>
            <source>Select a cell to read the full position; our red lines and fallbacks show only in our own column, marked INTERNAL.</source>
            <translation>Wählen Sie eine Zelle, um die ganze Position zu lesen; unsere roten Linien und Rückfallpositionen stehen nur in unserer Spalte, als INTERN markiert.</translation>
        </message>
        <message>
            <source>{party} on {ref} {title}</source>
            <translation>{party} zu {ref} {title}</translation>
        </message>
        <message>
            <source>{party} is not a party to the {track} track, so it holds no position on this clause. Add it to the track (Tracks, Edit) to record one.</source>
            <translation>{party} ist keine Partei des Strangs {track} und hat daher keine Position zu dieser Klausel. Fügen Sie sie dem Strang hinzu (Stränge, Bearbeiten), um eine zu erfassen.</translation>
        </message>
        <message>
            <source>{head}: no position recorded.</source>
            <translation>{head}: keine Position erfasst.</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(keine Notiz)</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>Rote Linie</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>Rückfallposition</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Interne Notiz</translation>
        </message>
        <message>
            <source>{internal} (our delegation only)</source>
            <translation>{internal} (nur unsere Delegation)</translation>
        </message>
    </context>
    <context>
        <name>RedlinePane</name>
        <message>
            <source>Clause compared from</source>
            <translation>Verglichene Klausel (von)</translation>
        </message>
        <message>
            <source>Clause compared with</source>
            <translation>Verglichene Klausel (mit)</translation>
        </message>
        <message>
            <source>Redline &amp;from:</source>
            <translation>Vergleich &amp;von:</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>&amp;mit:</translation>
        </message>
        <message>
            <source>S&amp;wap</source>
            <translation>&amp;Tauschen</translation>
        </message>
        <message>
            <source>Compare the other way round</source>
            <translation>In umgekehrter Richtung vergleichen</translation>
        </message>
        <message>
            <source>Redline between the two clauses</source>
            <translation>Änderungsvergleich der beiden Klauseln</translation>
        </message>
        <message>
            <source>Fewer than two clauses on this topic: nothing to compare.</source>
            <translation>Weniger als zwei Klauseln zu diesem Thema: nichts zu vergleichen.</translation>
        </message>
        <message>
            <source>Pick two clauses to compare.</source>
            <translation>Wählen Sie zwei Klauseln zum Vergleich.</translation>
        </message>
        <message>
            <source>The same clause on both sides: pick another to compare.</source>
            <translation>Auf beiden Seiten dieselbe Klausel: Wählen Sie eine andere.</translation>
        </message>
        <message>
            <source>Legend: {inserted} (underlined): only in {second} · {deleted} (struck through): only in {first} · plain: in both.</source>
            <translation>Legende: {inserted} (unterstrichen): nur in {second} · {deleted} (durchgestrichen): nur in {first} · normal: in beiden.</translation>
        </message>
        <message>
            <source>inserted</source>
            <translation>eingefügt</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>gelöscht</translation>
        </message>
    </context>
    <context>
        <name>RosterDialog</name>
        <message>
            <source>Delegation roster</source>
            <translation>Delegationsliste</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Kürzel</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Role (head of delegation, lawyer, expert…)</source>
            <translation>Funktion (Delegationsleitung, Jurist, Experte…)</translation>
        </message>
        <message>
            <source>&amp;Add member</source>
            <translation>Mitglied &amp;hinzufügen</translation>
        </message>
        <message>
            <source>Mark &amp;inactive / active</source>
            <translation>&amp;Inaktiv / aktiv setzen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>I am</source>
            <translation>Ich bin</translation>
        </message>
        <message>
            <source>I &amp;am:</source>
            <translation>Ich &amp;bin:</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>nobody chosen</source>
            <translation>niemand gewählt</translation>
        </message>
        <message>
            <source>Choose who I am</source>
            <translation>Festlegen, wer ich bin</translation>
        </message>
        <message>
            <source>Add delegation member</source>
            <translation>Delegationsmitglied hinzufügen</translation>
        </message>
        <message>
            <source>Change member</source>
            <translation>Mitglied ändern</translation>
        </message>
        <message>
            <source>Remove member</source>
            <translation>Mitglied entfernen</translation>
        </message>
    </context>
    <context>
        <name>RoundBars</name>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>INTERNAL</source>
            <translation>INTERN</translation>
        </message>
        <message>
            <source>No rounds yet</source>
            <translation>Noch keine Runden</translation>
        </message>
    </context>
    <context>
        <name>RoundForm</name>
        <message>
            <source>Edit round</source>
            <translation>Runde bearbeiten</translation>
        </message>
        <message>
            <source>New round</source>
            <translation>Neue Runde</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Strang</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videokonferenz</translation>
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
            <source>Add a track first (Tracks, Ctrl+2).</source>
            <translation>Legen Sie zuerst einen Strang an (Stränge, Strg+2).</translation>
        </message>
        <message>
            <source>Say where the round took place, or tick video call.</source>
            <translation>Geben Sie an, wo die Runde stattfand, oder kreuzen Sie Videokonferenz an.</translation>
        </message>
        <message>
            <source>Add round</source>
            <translation>Runde hinzufügen</translation>
        </message>
        <message>
            <source>Edit round {number}</source>
            <translation>Runde {number} bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>RoundsModel</name>
        <message>
            <source>Track</source>
            <translation>Strang</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Offene Maßnahmen</translation>
        </message>
        <message>
            <source>video call</source>
            <translation>Videokonferenz</translation>
        </message>
        <message>
            <source>Illustrative: this round is part of the demo story, not a real meeting</source>
            <translation>Beispiel: diese Runde gehört zur Demo-Geschichte, keine echte Sitzung</translation>
        </message>
    </context>
    <context>
        <name>RoundsView</name>
        <message>
            <source>Track</source>
            <translation>Strang</translation>
        </message>
        <message>
            <source>New round…</source>
            <translation>Neue Runde…</translation>
        </message>
        <message>
            <source>Edit round…</source>
            <translation>Runde bearbeiten…</translation>
        </message>
        <message>
            <source>Add action…</source>
            <translation>Maßnahme hinzufügen…</translation>
        </message>
        <message>
            <source>Mark done / not done</source>
            <translation>Erledigt / nicht erledigt</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Folgemaßnahmen</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Anhänge</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Runden</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>Alle Stränge</translation>
        </message>
        <message>
            <source>Select a round.</source>
            <translation>Wählen Sie eine Runde.</translation>
        </message>
        <message>
            <source>video call</source>
            <translation>Videokonferenz</translation>
        </message>
        <message>
            <source>Illustrative round (demo story).</source>
            <translation>Beispielrunde (Demo-Geschichte).</translation>
        </message>
        <message>
            <source>{track} round {number} — {date}, {place}</source>
            <translation>{track} Runde {number} — {date}, {place}</translation>
        </message>
        <message>
            <source>dd MMMM yyyy</source>
            <translation>d. MMMM yyyy</translation>
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
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>Mark action done</source>
            <translation>Maßnahme als erledigt markieren</translation>
        </message>
        <message>
            <source>Mark action not done</source>
            <translation>Maßnahme als nicht erledigt markieren</translation>
        </message>
    </context>
    <context>
        <name>ScorecardView</name>
        <message>
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>Brackets opened</source>
            <translation>Klammern geöffnet</translation>
        </message>
        <message>
            <source>Brackets closed</source>
            <translation>Klammern geschlossen</translation>
        </message>
        <message>
            <source>Moves towards ours</source>
            <translation>Annäherungen an uns</translation>
        </message>
        <message>
            <source>Moves away from ours</source>
            <translation>Entfernungen von uns</translation>
        </message>
        <message>
            <source>Our fallbacks used</source>
            <translation>Unsere Rückfallpositionen</translation>
        </message>
        <message>
            <source>Interventions</source>
            <translation>Wortmeldungen</translation>
        </message>
        <message>
            <source>Round {number} ({date})</source>
            <translation>Runde {number} ({date})</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Summe</translation>
        </message>
        <message>
            <source>{title} (internal)</source>
            <translation>{title} (intern)</translation>
        </message>
        <message>
            <source>Internal: never printed in a shareable briefing</source>
            <translation>Intern: nie in einem teilbaren Briefing gedruckt</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Bilanz</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Verhandlungsstrang</translation>
        </message>
        <message>
            <source>&amp;Track:</source>
            <translation>&amp;Strang:</translation>
        </message>
        <message>
            <source>INTERNAL</source>
            <translation>INTERN</translation>
        </message>
        <message>
            <source>our fallbacks used and the minutes' interventions: never in a shareable paper</source>
            <translation>unsere genutzten Rückfallpositionen und die Wortmeldungen aus dem Protokoll: nie in einem teilbaren Papier</translation>
        </message>
        <message>
            <source>No track yet.</source>
            <translation>Noch kein Verhandlungsstrang.</translation>
        </message>
        <message numerus="yes">
            <source>%n round(s); brackets opened {opened}, closed {closed}; ours: {ours}</source>
            <translation>
                <numerusform>%n Runde; Klammern geöffnet {opened}, geschlossen {closed}; wir: {ours}</numerusform>
                <numerusform>%n Runden; Klammern geöffnet {opened}, geschlossen {closed}; wir: {ours}</numerusform>
            </translation>
        </message>
        <message>
            <source>none marked</source>
            <translation>nicht markiert</translation>
        </message>
        <message>
            <source>R{number}</source>
            <translation>R{number}</translation>
        </message>
        <message>
            <source>Brackets: opened (up), closed (down)</source>
            <translation>Klammern: geöffnet (oben), geschlossen (unten)</translation>
        </message>
        <message>
            <source>opened</source>
            <translation>geöffnet</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>geschlossen</translation>
        </message>
        <message>
            <source>{party} towards</source>
            <translation>{party} Annäherung</translation>
        </message>
        <message>
            <source>{party} away</source>
            <translation>{party} Entfernung</translation>
        </message>
        <message>
            <source>Stance moves: towards ours (up), away (down)</source>
            <translation>Haltungen: zu uns hin (oben), weg (unten)</translation>
        </message>
        <message>
            <source>Interventions (up), our fallbacks used (down)</source>
            <translation>Wortmeldungen (oben), unsere Rückfallpositionen (unten)</translation>
        </message>
        <message>
            <source>our fallbacks used</source>
            <translation>genutzte Rückfallpositionen</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Find</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Search clauses, rounds, positions, commitments…  ("a phrase", -word, OR, NEAR(a b))</source>
            <translation>Klauseln, Runden, Positionen, Verpflichtungen suchen…  ("eine Phrase", -Wort, OR, NEAR(a b))</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <source>Rank every match, older ones too</source>
            <translation>Alle Treffer ranken, auch ältere</translation>
        </message>
        <message>
            <source>A word found in more than 300 records is ranked among its newest matches; tick this to rank them all (slower in a large log)</source>
            <translation>Ein Wort in mehr als 300 Einträgen wird unter seinen neuesten Treffern gerankt; ankreuzen, um alle zu ranken (langsamer bei großem Protokoll)</translation>
        </message>
        <message>
            <source>Nothing found</source>
            <translation>Nichts gefunden</translation>
        </message>
        <message>
            <source>50 results (best 50)</source>
            <translation>50 Treffer (die besten 50)</translation>
        </message>
        <message>
            <source>1 result</source>
            <translation>1 Treffer</translation>
        </message>
        <message>
            <source>{n} results</source>
            <translation>{n} Treffer</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsModel</name>
        <message>
            <source>Clause</source>
            <translation>Klausel</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Verpflichtung</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Maßnahme</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Verhandlungsstrang</translation>
        </message>
        <message>
            <source>Intervention</source>
            <translation>Wortmeldung</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>MineralsDesk — keyboard shortcuts</source>
            <translation>MineralsDesk — Tastenkürzel</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;Print to PDF…</source>
            <translation>Als PDF &amp;drucken…</translation>
        </message>
        <message>
            <source>Print keyboard shortcuts</source>
            <translation>Tastenkürzel drucken</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>MineralsDesk keyboard shortcuts</source>
            <translation>MineralsDesk-Tastenkürzel</translation>
        </message>
    </context>
    <context>
        <name>StartupChecks</name>
        <message>
            <source>The background check of {name} could not run: {message}</source>
            <translation>Die Hintergrundprüfung von {name} konnte nicht laufen: {message}</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>file {number} from {name}: already imported, nothing changed</source>
            <translation>Datei {number} von {name}: bereits importiert, nichts geändert</translation>
        </message>
        <message>
            <source>{n} new entry</source>
            <translation>{n} neuer Eintrag</translation>
        </message>
        <message>
            <source>{n} new entries</source>
            <translation>{n} neue Einträge</translation>
        </message>
        <message>
            <source>file {number} from {name}: {entries}; would apply {applied}, already here {already}, conflicts {conflicts}, not records {skipped}</source>
            <translation>Datei {number} von {name}: {entries}; würde übernehmen {applied}, schon vorhanden {already}, Konflikte {conflicts}, keine Einträge {skipped}</translation>
        </message>
        <message>
            <source>file {number} from {name}: {entries}; applied {applied}, already here {already}, conflicts {conflicts}, not records {skipped}</source>
            <translation>Datei {number} von {name}: {entries}; übernommen {applied}, schon vorhanden {already}, Konflikte {conflicts}, keine Einträge {skipped}</translation>
        </message>
        <message>
            <source>{table} {id}: created there, but deleted here</source>
            <translation>{table} {id}: dort angelegt, aber hier gelöscht</translation>
        </message>
        <message>
            <source>{table} {id}: created there under a record missing here</source>
            <translation>{table} {id}: dort unter einem Eintrag angelegt, der hier fehlt</translation>
        </message>
        <message>
            <source>{table} {id}: deleted there, but records here still use it</source>
            <translation>{table} {id}: dort gelöscht, aber hier noch von Einträgen verwendet</translation>
        </message>
        <message>
            <source>{table} {id}, {field}: edited there, deleted here</source>
            <translation>{table} {id}, {field}: dort bearbeitet, hier gelöscht</translation>
        </message>
        <message>
            <source>{table} {id}, {field}: changed on both laptops</source>
            <translation>{table} {id}, {field}: auf beiden Laptops geändert</translation>
        </message>
    </context>
    <context>
        <name>SyncCard</name>
        <message>
            <source>never received a file</source>
            <translation>nie eine Datei erhalten</translation>
        </message>
        <message numerus="yes">
            <source>%n open conflict(s)</source>
            <translation>
                <numerusform>%n offener Konflikt</numerusform>
                <numerusform>%n offene Konflikte</numerusform>
            </translation>
        </message>
        <message>
            <source>Last synced with</source>
            <translation>Zuletzt synchronisiert mit</translation>
        </message>
        <message>
            <source>files received {received} · sent {sent}</source>
            <translation>Dateien empfangen {received} · gesendet {sent}</translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message>
            <source>MineralsDesk sync file (*.mdsync);;All files (*)</source>
            <translation>MineralsDesk-Synchronisierungsdatei (*.mdsync);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Sync with a colleague</source>
            <translation>Mit einem Kollegen synchronisieren</translation>
        </message>
        <message>
            <source>&amp;Export for a colleague</source>
            <translation>Für einen Kollegen &amp;exportieren</translation>
        </message>
        <message>
            <source>&amp;Import a file</source>
            <translation>Datei &amp;importieren</translation>
        </message>
        <message>
            <source>the delegation's sync passphrase (not stored)</source>
            <translation>die Synchronisierungs-Passphrase der Delegation (nicht gespeichert)</translation>
        </message>
        <message>
            <source>This log is encrypted: the file is sealed with the log's own passphrase, which every colleague's copy shares.</source>
            <translation>Dieses Protokoll ist verschlüsselt: Die Datei wird mit der Passphrase des Protokolls versiegelt, die jede Kopie der Kollegen teilt.</translation>
        </message>
        <message>
            <source>Sync files are sealed with the delegation's sync passphrase, agreed among colleagues. It is used for this file only and never stored.</source>
            <translation>Synchronisierungsdateien werden mit der unter Kollegen vereinbarten Synchronisierungs-Passphrase der Delegation versiegelt. Sie wird nur für diese Datei verwendet und nie gespeichert.</translation>
        </message>
        <message>
            <source>{title} refused</source>
            <translation>{title} abgelehnt</translation>
        </message>
        <message>
            <source>Colleague</source>
            <translation>Kollege</translation>
        </message>
        <message>
            <source>a colleague's name</source>
            <translation>Name eines Kollegen</translation>
        </message>
        <message>
            <source>Sync file to write</source>
            <translation>Zu schreibende Synchronisierungsdatei</translation>
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation>&amp;Auswählen…</translation>
        </message>
        <message>
            <source>&amp;Colleague</source>
            <translation>&amp;Kollege</translation>
        </message>
        <message>
            <source>Save &amp;as</source>
            <translation>Speichern &amp;unter</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Passphrase</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>noch keine</translation>
        </message>
        <message>
            <source>Known colleagues: {known}. A file for someone not yet known carries the whole history once.</source>
            <translation>Bekannte Kollegen: {known}. Eine Datei für jemanden, der noch nicht bekannt ist, enthält einmalig den ganzen Verlauf.</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xportieren</translation>
        </message>
        <message>
            <source>Write the sync file</source>
            <translation>Synchronisierungsdatei schreiben</translation>
        </message>
        <message>
            <source>Name the colleague the file is for.</source>
            <translation>Nennen Sie den Kollegen, für den die Datei bestimmt ist.</translation>
        </message>
        <message>
            <source>Choose where to write the file.</source>
            <translation>Wählen Sie, wohin die Datei geschrieben wird.</translation>
        </message>
        <message>
            <source>Type the delegation's sync passphrase.</source>
            <translation>Geben Sie die Synchronisierungs-Passphrase der Delegation ein.</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>Es wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Export for a colleague refused</source>
            <translation>Export für einen Kollegen abgelehnt</translation>
        </message>
        <message>
            <source>Sealing the file…</source>
            <translation>Datei wird versiegelt…</translation>
        </message>
        <message>
            <source>Written: {path}. Give it to {colleague} by USB or secure mail.</source>
            <translation>Geschrieben: {path}. Geben Sie sie {colleague} per USB oder sicherer E-Mail.</translation>
        </message>
        <message>
            <source>Export for a colleague</source>
            <translation>Export für einen Kollegen</translation>
        </message>
        <message>
            <source>Sync file to import</source>
            <translation>Zu importierende Synchronisierungsdatei</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>Aus&amp;wählen…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Pass&amp;phrase</source>
            <translation>Pass&amp;phrase</translation>
        </message>
        <message>
            <source>Preview first: nothing is written until you apply.</source>
            <translation>Zuerst Vorschau: Nichts wird geschrieben, bevor Sie anwenden.</translation>
        </message>
        <message>
            <source>Conflicts the file would make</source>
            <translation>Konflikte, die die Datei erzeugen würde</translation>
        </message>
        <message>
            <source>The conflicts the file would make are listed here after a preview.</source>
            <translation>Die Konflikte, die die Datei erzeugen würde, erscheinen hier nach einer Vorschau.</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>&amp;Vorschau</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Anwenden</translation>
        </message>
        <message>
            <source>Import a sync file</source>
            <translation>Synchronisierungsdatei importieren</translation>
        </message>
        <message>
            <source>Choose the sync file a colleague gave you.</source>
            <translation>Wählen Sie die Synchronisierungsdatei, die Ihnen ein Kollege gegeben hat.</translation>
        </message>
        <message>
            <source>Preview the sync file</source>
            <translation>Vorschau der Synchronisierungsdatei</translation>
        </message>
        <message>
            <source>Import the sync file</source>
            <translation>Import der Synchronisierungsdatei</translation>
        </message>
        <message>
            <source>Preview (nothing written yet)</source>
            <translation>Vorschau (noch nichts geschrieben)</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Angewendet</translation>
        </message>
        <message>
            <source>Would apply &lt;b&gt;{applied}&lt;/b&gt;, already here {already}, conflicts &lt;b&gt;{conflicts}&lt;/b&gt;, not records {skipped}.</source>
            <translation>Würde anwenden &lt;b&gt;{applied}&lt;/b&gt;, schon vorhanden {already}, Konflikte &lt;b&gt;{conflicts}&lt;/b&gt;, keine Datensätze {skipped}.</translation>
        </message>
        <message>
            <source>Applied &lt;b&gt;{applied}&lt;/b&gt;, already here {already}, conflicts &lt;b&gt;{conflicts}&lt;/b&gt;, not records {skipped}.</source>
            <translation>Angewendet &lt;b&gt;{applied}&lt;/b&gt;, schon vorhanden {already}, Konflikte &lt;b&gt;{conflicts}&lt;/b&gt;, keine Datensätze {skipped}.</translation>
        </message>
        <message>
            <source>file {number} from {sender}: {entries} new entries.</source>
            <translation>Datei {number} von {sender}: {entries} neue Einträge.</translation>
        </message>
        <message>
            <source>Apply to merge it.</source>
            <translation>Wenden Sie sie an, um sie zusammenzuführen.</translation>
        </message>
        <message>
            <source>Apply to merge it; the conflicts go to the Conflicts screen, nothing is overwritten.</source>
            <translation>Wenden Sie sie an, um sie zusammenzuführen; die Konflikte kommen in den Bildschirm Konflikte, nichts wird überschrieben.</translation>
        </message>
        <message>
            <source>… and {more} more</source>
            <translation>… und {more} weitere</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>Keine Konflikte.</translation>
        </message>
    </context>
    <context>
        <name>TeamCard</name>
        <message>
            <source>open before {track} round {number} ({date})</source>
            <translation>offen vor {track} Runde {number} ({date})</translation>
        </message>
        <message>
            <source>everything open (no round planned yet)</source>
            <translation>alles Offene (noch keine Runde geplant)</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <source>(you)</source>
            <translation>(Sie)</translation>
        </message>
        <message>
            <source>{name}'s clauses, in Clauses</source>
            <translation>Klauseln von {name} im Bildschirm Klauseln</translation>
        </message>
        <message numerus="yes">
            <source>%n open clause(s)</source>
            <translation>
                <numerusform>%n offene Klausel</numerusform>
                <numerusform>%n offene Klauseln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s) due</source>
            <translation>
                <numerusform>%n fällige Verpflichtung</numerusform>
                <numerusform>%n fällige Verpflichtungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open commitment(s)</source>
            <translation>
                <numerusform>%n offene Verpflichtung</numerusform>
                <numerusform>%n offene Verpflichtungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TopicsView</name>
        <message>
            <source>Topics</source>
            <translation>Themen</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>&amp;Topic:</source>
            <translation>&amp;Thema:</translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) in {covering} of {tracks} tracks</source>
            <translation>
                <numerusform>%n Klausel in {covering} von {tracks} Verhandlungssträngen</numerusform>
                <numerusform>%n Klauseln in {covering} von {tracks} Verhandlungssträngen</numerusform>
            </translation>
        </message>
        <message>
            <source>No clause on this topic yet.</source>
            <translation>Noch keine Klausel zu diesem Thema.</translation>
        </message>
    </context>
    <context>
        <name>TrackColumn</name>
        <message>
            <source>amends</source>
            <translation>ändert</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>, v{version} tabled by {party}</source>
            <translation>, v{version} eingebracht von {party}</translation>
        </message>
        <message>
            <source>, no text yet</source>
            <translation>, noch kein Text</translation>
        </message>
        <message>
            <source>No text recorded.</source>
            <translation>Kein Text erfasst.</translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) · parties {parties}</source>
            <translation>
                <numerusform>%n Klausel · Parteien {parties}</numerusform>
                <numerusform>%n Klauseln · Parteien {parties}</numerusform>
            </translation>
        </message>
        <message>
            <source>No clause on this topic in this track.</source>
            <translation>Keine Klausel zu diesem Thema in diesem Verhandlungsstrang.</translation>
        </message>
        <message>
            <source>Current text of the {track} clauses on this topic</source>
            <translation>Aktueller Text der Klauseln von {track} zu diesem Thema</translation>
        </message>
        <message>
            <source>Stances in {track}</source>
            <translation>Haltungen in {track}</translation>
        </message>
        <message>
            <source>Each party's latest stance in {track}</source>
            <translation>Letzte Haltung jeder Partei in {track}</translation>
        </message>
        <message>
            <source>{party}: no position recorded on {ref}</source>
            <translation>{party}: keine Position zu {ref} erfasst</translation>
        </message>
        <message>
            <source>{party} on {ref}: {stance}</source>
            <translation>{party} zu {ref}: {stance}</translation>
        </message>
    </context>
    <context>
        <name>TrackForm</name>
        <message>
            <source>Edit track</source>
            <translation>Strang bearbeiten</translation>
        </message>
        <message>
            <source>New track</source>
            <translation>Neuer Strang</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referenz</translation>
        </message>
        <message>
            <source>Short name, e.g. MOU</source>
            <translation>Kurzname, z. B. MOU</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>memorandum, roadmap, action plan…</source>
            <translation>Memorandum, Fahrplan, Aktionsplan…</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Zieldatum</translation>
        </message>
        <message>
            <source>Has a target</source>
            <translation>Hat ein Ziel</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Parteien</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>Give the track a short reference.</source>
            <translation>Geben Sie dem Strang eine kurze Referenz.</translation>
        </message>
        <message>
            <source>Give the track a title.</source>
            <translation>Geben Sie dem Strang einen Titel.</translation>
        </message>
        <message>
            <source>A negotiation needs at least two parties.</source>
            <translation>Eine Verhandlung braucht mindestens zwei Parteien.</translation>
        </message>
        <message>
            <source>Add track {ref}</source>
            <translation>Strang {ref} hinzufügen</translation>
        </message>
        <message>
            <source>Edit track {ref}</source>
            <translation>Strang {ref} bearbeiten</translation>
        </message>
    </context>
    <context>
        <name>TracksModel</name>
        <message>
            <source>Ref</source>
            <translation>Ref.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
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
            <source>Target date</source>
            <translation>Zieldatum</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>Klauseln</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Runden</translation>
        </message>
        <message>
            <source>✓ concluded</source>
            <translation>✓ abgeschlossen</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>ohne Ziel</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>noch %n Tag</numerusform>
                <numerusform>noch %n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) past</source>
            <translation>
                <numerusform>%n Tag überschritten</numerusform>
                <numerusform>%n Tage überschritten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TracksView</name>
        <message>
            <source>New track…</source>
            <translation>Neuer Strang…</translation>
        </message>
        <message>
            <source>Add a track (Record menu, Ctrl+Shift+T)</source>
            <translation>Strang hinzufügen (Menü Erfassen, Strg+Umschalt+T)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Edit the selected track (Enter or F2)</source>
            <translation>Gewählten Strang bearbeiten (Enter oder F2)</translation>
        </message>
        <message>
            <source>Tracks</source>
            <translation>Verhandlungsstränge</translation>
        </message>
        <message>
            <source>dd MMMM yyyy</source>
            <translation>d. MMMM yyyy</translation>
        </message>
        <message>
            <source>none set</source>
            <translation>nicht festgelegt</translation>
        </message>
        <message>
            <source>Target date:</source>
            <translation>Zieldatum:</translation>
        </message>
        <message>
            <source>Parties:</source>
            <translation>Parteien:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Art:</translation>
        </message>
        <message>
            <source>Show on the dashboard</source>
            <translation>Im Überblick zeigen</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>drafted</source>
            <translation>Entwurf</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>vorgeschlagen</translation>
        </message>
        <message>
            <source>under negotiation</source>
            <translation>in Verhandlung</translation>
        </message>
        <message>
            <source>bracketed</source>
            <translation>in eckigen Klammern</translation>
        </message>
        <message>
            <source>agreed ad referendum</source>
            <translation>ad referendum vereinbart</translation>
        </message>
        <message>
            <source>agreed</source>
            <translation>vereinbart</translation>
        </message>
        <message>
            <source>dropped</source>
            <translation>gestrichen</translation>
        </message>
        <message>
            <source>supports</source>
            <translation>unterstützt</translation>
        </message>
        <message>
            <source>accepts with amendments</source>
            <translation>akzeptiert mit Änderungen</translation>
        </message>
        <message>
            <source>reserves</source>
            <translation>behält sich vor</translation>
        </message>
        <message>
            <source>opposes</source>
            <translation>lehnt ab</translation>
        </message>
        <message>
            <source>no position</source>
            <translation>keine Position</translation>
        </message>
        <message>
            <source>joint projects</source>
            <translation>gemeinsame Projekte</translation>
        </message>
        <message>
            <source>price support</source>
            <translation>Preisstützung</translation>
        </message>
        <message>
            <source>market protection</source>
            <translation>Marktschutz</translation>
        </message>
        <message>
            <source>export-restriction exemptions</source>
            <translation>Ausnahmen von Ausfuhrbeschränkungen</translation>
        </message>
        <message>
            <source>R&amp;D and innovation</source>
            <translation>FuE und Innovation</translation>
        </message>
        <message>
            <source>stockpiling</source>
            <translation>Bevorratung</translation>
        </message>
        <message>
            <source>response group</source>
            <translation>Reaktionsgruppe</translation>
        </message>
        <message>
            <source>other</source>
            <translation>Sonstiges</translation>
        </message>
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
            <source>objects</source>
            <translation>erhebt Einwände</translation>
        </message>
        <message>
            <source>proposes wording</source>
            <translation>schlägt Wortlaut vor</translation>
        </message>
        <message>
            <source>asks for time</source>
            <translation>bittet um Zeit</translation>
        </message>
        <message>
            <source>statement</source>
            <translation>Erklärung</translation>
        </message>
        <message>
            <source>round</source>
            <translation>Verhandlungsrunde</translation>
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
            <source>internal</source>
            <translation>intern</translation>
        </message>
        <message>
            <source>shareable</source>
            <translation>weitergabefähig</translation>
        </message>
    </context>
    <context>
        <name>Word</name>
        <message>
            <source>{track} round {number} ({date})</source>
            <translation>{track}, Verhandlungsrunde {number} ({date})</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unbekannt</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>keine erfasst</translation>
        </message>
        <message>
            <source>Proposed by {proposer}; supported by {supporters}; objected to by {objectors}.</source>
            <translation>Vorgeschlagen von {proposer}; unterstützt von {supporters}; abgelehnt von {objectors}.</translation>
        </message>
        <message>
            <source>INTERNAL — {notes}</source>
            <translation>INTERN — {notes}</translation>
        </message>
        <message>
            <source>{label} ({round}): {text}</source>
            <translation>{label} ({round}): {text}</translation>
        </message>
        <message>
            <source>no round</source>
            <translation>keine Runde</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>Rote Linie</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>Rückfallposition</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Interne Notiz</translation>
        </message>
        <message>
            <source>Changes from {earlier} to {later}, as tracked changes</source>
            <translation>Änderungen von {earlier} zu {later}, als nachverfolgte Änderungen</translation>
        </message>
        <message>
            <source>Negotiating text as of {round}</source>
            <translation>Verhandlungstext, Stand: {round}</translation>
        </message>
        <message>
            <source>Negotiating text</source>
            <translation>Verhandlungstext</translation>
        </message>
        <message>
            <source>Parties: {parties}.</source>
            <translation>Parteien: {parties}.</translation>
        </message>
        <message>
            <source>Text in [square brackets], highlighted, is not agreed.</source>
            <translation>Text in [eckigen Klammern], hervorgehoben, ist nicht vereinbart.</translation>
        </message>
        <message>
            <source>INTERNAL: the comments carry who proposed, supports and objects to each bracket, and our red lines and fallbacks. Do not send this file to other delegations.</source>
            <translation>INTERN: Die Kommentare zeigen, wer jede eckige Klammer vorgeschlagen hat, unterstützt oder ablehnt, sowie unsere roten Linien und Rückfallpositionen. Senden Sie diese Datei nicht an andere Delegationen.</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
        <message>
            <source>{track} — {title}: negotiating text</source>
            <translation>{track} — {title}: Verhandlungstext</translation>
        </message>
        <message>
            <source>Written by {producer}</source>
            <translation>Erstellt mit {producer}</translation>
        </message>
    </context>
    <context>
        <name>WordExportDialog</name>
        <message>
            <source>Show the &amp;changes from round</source>
            <translation>Än&amp;derungen zeigen von Runde</translation>
        </message>
        <message>
            <source>to round</source>
            <translation>bis Runde</translation>
        </message>
        <message>
            <source>T&amp;rack</source>
            <translation>&amp;Verhandlungsstrang</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Vergleichen</translation>
        </message>
        <message>
            <source>Choose an earlier round first, then a later one (nothing was written).</source>
            <translation>Wählen Sie zuerst eine frühere, dann eine spätere Runde (nichts wurde geschrieben).</translation>
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message>
            <source>Page &amp;P of &amp;N</source>
            <translation>Seite &amp;P von &amp;N</translation>
        </message>
        <message>
            <source>{log} — summary of {date}</source>
            <translation>{log} — Übersicht vom {date}</translation>
        </message>
        <message>
            <source>Internal copies: Owner (Clauses) and Our owner (Commitments) take a member's initials from the roster (empty: nobody); on the Comments sheet change a comment's Text or a thread's Resolved, or add a comment in a new row (see the notes on its headers).</source>
            <translation>Interne Exemplare: Zuständig (Klauseln) und Unsere Zuständigkeit (Verpflichtungen) nehmen die Initialen eines Mitglieds der Liste (leer: niemand); auf dem Blatt Kommentare ändern Sie den Text eines Kommentars oder Erledigt einer Diskussion, oder fügen einen Kommentar in einer neuen Zeile hinzu (siehe die Hinweise an den Überschriften).</translation>
        </message>
        <message>
            <source>A new comment: what it is on: clause, bracket, commitment, round or track.</source>
            <translation>Neuer Kommentar: worauf er sich bezieht: Klausel, eckige Klammer, Verpflichtung, Runde oder Verhandlungsstrang.</translation>
        </message>
        <message>
            <source>A new comment: which record, written as on the other sheets: a clause as TRACK REF (MOU Art. 5); a bracket as TRACK REF#N (the N-th open bracket: MOU Art. 5#1); a round as TRACK RN (MOU R2); a commitment by the start of its text (or its Record id); a track by its ref (MOU).</source>
            <translation>Neuer Kommentar: welcher Datensatz, geschrieben wie auf den anderen Blättern: eine Klausel als STRANG REF (MOU Art. 5); eine eckige Klammer als STRANG REF#N (die N-te offene: MOU Art. 5#1); eine Runde als STRANG RN (MOU R2); eine Verpflichtung mit dem Anfang ihres Textes (oder ihrer Datensatz-ID); ein Verhandlungsstrang mit seiner Ref. (MOU).</translation>
        </message>
        <message>
            <source>A reply: the thread's number (#3) instead of On and Target. Empty: a new thread.</source>
            <translation>Eine Antwort: die Nummer der Diskussion (#3) statt Zu und Bezug. Leer: eine neue Diskussion.</translation>
        </message>
        <message>
            <source>Initials from the delegation roster (empty: no author).</source>
            <translation>Initialen aus der Mitgliederliste der Delegation (leer: kein Verfasser).</translation>
        </message>
        <message>
            <source>Filled in on import when empty (or a date and time: 2026-02-10 14:30).</source>
            <translation>Beim Import ausgefüllt, wenn leer (oder Datum und Uhrzeit: 2026-02-10 14:30).</translation>
        </message>
        <message>
            <source>internal (the default) or shareable (may be printed for counterparts).</source>
            <translation>intern (Standard) oder teilbar (darf für Verhandlungspartner gedruckt werden).</translation>
        </message>
        <message>
            <source>yes or no, on a thread's first row (a reply's yes resolves its thread).</source>
            <translation>ja oder nein, in der ersten Zeile einer Diskussion (ein ja einer Antwort erledigt ihre Diskussion).</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Delegation</source>
            <translation>Delegation</translation>
        </message>
        <message>
            <source>Date of issue</source>
            <translation>Ausgabedatum</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Zielgruppe</translation>
        </message>
        <message>
            <source>Marking</source>
            <translation>Einstufung</translation>
        </message>
        <message>
            <source>Tracks</source>
            <translation>Verhandlungsstränge</translation>
        </message>
        <message>
            <source>How to edit</source>
            <translation>Bearbeitung</translation>
        </message>
        <message>
            <source>Text in cells</source>
            <translation>Text in Zellen</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Zeilen</translation>
        </message>
        <message>
            <source>Import tag</source>
            <translation>Import-Kennung</translation>
        </message>
        <message>
            <source>internal (our delegation only)</source>
            <translation>intern (nur unsere Delegation)</translation>
        </message>
        <message>
            <source>shareable (may go to counterparts)</source>
            <translation>teilbar (darf an Verhandlungspartner gehen)</translation>
        </message>
        <message>
            <source>Change only the columns with a green header: {status} ({clauses}); {positions} ({positions_sheet}); {state} ({commitments}). Sorting and filtering are fine. Send the file back for import: other edits are refused, and rows changed in the log since this date are listed as conflicts, not applied.</source>
            <translation>Ändern Sie nur die Spalten mit grüner Überschrift: {status} ({clauses}); {positions} ({positions_sheet}); {state} ({commitments}). Sortieren und Filtern sind möglich. Senden Sie die Datei zum Import zurück: andere Änderungen werden abgelehnt, und seit diesem Datum im Protokoll geänderte Zeilen werden als Konflikte aufgeführt, nicht übernommen.</translation>
        </message>
        <message>
            <source>Text that begins with = + - or @ is plain text, never a formula. Control characters are shown as symbols (NUL as ␀, vertical tab as ␋, form feed as ␌). Texts longer than Excel's 32,767-character limit are cut and say so. The Change log sheet shows the newest 10,000 entries; Summary and Change log are not read back on import. Rows and Import tag tie this file to the log that wrote it: an import checks them, so leave them as they are.</source>
            <translation>Text, der mit = + - oder @ beginnt, ist reiner Text, nie eine Formel. Steuerzeichen werden als Symbole angezeigt (NUL als ␀, vertikaler Tabulator als ␋, Seitenvorschub als ␌). Texte über Excels Grenze von 32.767 Zeichen werden gekürzt und sagen es. Das Blatt Änderungsprotokoll zeigt die neuesten 10.000 Einträge; Übersicht und Änderungsprotokoll werden beim Import nicht gelesen. Zeilen und Import-Kennung binden diese Datei an das Protokoll, das sie geschrieben hat: der Import prüft sie, lassen Sie sie unverändert.</translation>
        </message>
        <message>
            <source>{first} and {last}</source>
            <translation>{first} und {last}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>all tracks</source>
            <translation>alle Verhandlungsstränge</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Zieldatum</translation>
        </message>
        <message>
            <source>Next deadline</source>
            <translation>Nächste Frist</translation>
        </message>
        <message>
            <source>Overdue commitments</source>
            <translation>Überfällige Verpflichtungen</translation>
        </message>
        <message>
            <source>Clauses by topic</source>
            <translation>Klauseln nach Thema</translation>
        </message>
        <message>
            <source>MineralsDesk — Excel summary</source>
            <translation>MineralsDesk — Excel-Übersicht</translation>
        </message>
        <message>
            <source>Stance {party}</source>
            <translation>Haltung {party}</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Übersicht</translation>
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
            <source>Rounds</source>
            <translation>Verhandlungsrunden</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Verpflichtungen</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Bewertungen</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Kommentare</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>Änderungsprotokoll</translation>
        </message>
        <message>
            <source>Record id</source>
            <translation>Datensatz-ID</translation>
        </message>
        <message>
            <source>Row version</source>
            <translation>Zeilenversion</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Prüfung</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Verhandlungsstrang</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>Ref.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Thema</translation>
        </message>
        <message>
            <source>Minerals</source>
            <translation>Mineralien</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Zuständig</translation>
        </message>
        <message>
            <source>Our owner</source>
            <translation>Unsere Zuständigkeit</translation>
        </message>
        <message>
            <source>Open brackets</source>
            <translation>Offene eckige Klammern</translation>
        </message>
        <message>
            <source>Last changed round</source>
            <translation>Zuletzt geänderte Runde</translation>
        </message>
        <message>
            <source>Current text</source>
            <translation>Aktueller Text</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>Rote Linie</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>Rückfallposition</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Interne Notiz</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Klausel</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Partei</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Runde</translation>
        </message>
        <message>
            <source>Round date</source>
            <translation>Datum der Runde</translation>
        </message>
        <message>
            <source>Stance</source>
            <translation>Haltung</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videokonferenz</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Teilnehmende</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Illustrative</source>
            <translation>Beispielhaft</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Verpflichtung</translation>
        </message>
        <message>
            <source>Source kind</source>
            <translation>Quellenart</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Quelle</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <source>Anchor</source>
            <translation>Fristbezug</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Tage überfällig</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Nachweise</translation>
        </message>
        <message>
            <source>Seq</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Wann (UTC)</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <source>Record kind</source>
            <translation>Datensatzart</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Old</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Neu</translation>
        </message>
        <message>
            <source>Thread</source>
            <translation>Diskussion</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Zu</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Bezug</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Verfasser</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>internal</source>
            <translation>intern</translation>
        </message>
        <message>
            <source>shareable</source>
            <translation>teilbar</translation>
        </message>
        <message>
            <source>track</source>
            <translation>Verhandlungsstrang</translation>
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
            <source>bracket</source>
            <translation>eckige Klammer</translation>
        </message>
        <message>
            <source>commitment</source>
            <translation>Verpflichtung</translation>
        </message>
        <message>
            <source>{column} value</source>
            <translation>Wert für {column}</translation>
        </message>
        <message>
            <source>Pick a value for {column} from the list.</source>
            <translation>Wählen Sie einen Wert für {column} aus der Liste.</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>An unexpected error stopped the work ({kind}). Details were written to {where}.</source>
            <translation>Ein unerwarteter Fehler hat die Arbeit abgebrochen ({kind}). Die Einzelheiten wurden unter {where} gespeichert.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>{title} failed</source>
            <translation>{title} fehlgeschlagen</translation>
        </message>
    </context>
    <context>
        <name>XlsxImportDialog</name>
        <message>
            <source>Import Excel</source>
            <translation>Excel importieren</translation>
        </message>
        <message>
            <source>Choose the workbook a colleague sent back.</source>
            <translation>Wählen Sie die Arbeitsmappe, die ein Kollege zurückgeschickt hat.</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Feld</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <source>Workbook says</source>
            <translation>Laut Arbeitsmappe</translation>
        </message>
        <message>
            <source>Choose workbook…</source>
            <translation>Arbeitsmappe wählen…</translation>
        </message>
        <message>
            <source>Apply changes</source>
            <translation>Änderungen übernehmen</translation>
        </message>
        <message>
            <source>{name} is password-protected. Its password:</source>
            <translation>{name} ist passwortgeschützt. Sein Passwort:</translation>
        </message>
        <message>
            <source>Reading the workbook</source>
            <translation>Arbeitsmappe wird gelesen</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more change(s), not listed here</source>
            <translation>
                <numerusform>… und %n weitere Änderung, hier nicht aufgeführt</numerusform>
                <numerusform>… und %n weitere Änderungen, hier nicht aufgeführt</numerusform>
            </translation>
        </message>
        <message>
            <source>Not applied: {line}</source>
            <translation>Nicht übernommen: {line}</translation>
        </message>
        <message numerus="yes">
            <source>Missing from {sheet}: %n row(s) of the export, not deleted from the log (delete records in the app)</source>
            <translation>
                <numerusform>Fehlt in {sheet}: %n Zeile des Exports, nicht aus dem Protokoll gelöscht (Datensätze in der App löschen)</numerusform>
                <numerusform>Fehlen in {sheet}: %n Zeilen des Exports, nicht aus dem Protokoll gelöscht (Datensätze in der App löschen)</numerusform>
            </translation>
        </message>
        <message>
            <source>1 change to apply</source>
            <translation>1 Änderung zu übernehmen</translation>
        </message>
        <message>
            <source>{n} changes to apply</source>
            <translation>{n} Änderungen zu übernehmen</translation>
        </message>
        <message>
            <source>nothing to change</source>
            <translation>nichts zu ändern</translation>
        </message>
        <message>
            <source>, {n} conflict(s) left alone</source>
            <translation>, {n} Konflikt(e) unberührt</translation>
        </message>
        <message>
            <source>. Nothing has been written yet.</source>
            <translation>. Noch wurde nichts geschrieben.</translation>
        </message>
        <message>
            <source>Apply 1 change</source>
            <translation>1 Änderung übernehmen</translation>
        </message>
        <message>
            <source>Apply {n} changes</source>
            <translation>{n} Änderungen übernehmen</translation>
        </message>
        <message>
            <source>Importing the workbook</source>
            <translation>Arbeitsmappe wird importiert</translation>
        </message>
        <message>
            <source>{n} change(s) applied from {file}.</source>
            <translation>{n} Änderung(en) aus {file} übernommen.</translation>
        </message>
        <message>
            <source>A backup was taken first (File &gt; Restore…). The undo history was cleared.</source>
            <translation>Zuvor wurde eine Sicherung erstellt (Datei &gt; Wiederherstellen…). Der Rückgängig-Verlauf wurde geleert.</translation>
        </message>
        <message>
            <source>status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>stance</source>
            <translation>Haltung</translation>
        </message>
        <message>
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>red line</source>
            <translation>rote Linie</translation>
        </message>
        <message>
            <source>fallback</source>
            <translation>Rückfallposition</translation>
        </message>
        <message>
            <source>internal note</source>
            <translation>interne Notiz</translation>
        </message>
        <message>
            <source>state</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>Zuständig</translation>
        </message>
    </context>
</TS>