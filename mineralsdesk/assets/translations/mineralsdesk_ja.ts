<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>Actions</name>
        <message>
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tracks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clauses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Positions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commitments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scorecard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;track…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a track (an instrument under negotiation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;round…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record a meeting of a track</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add follow-up &amp;action…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A follow-up action for the selected round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark action &amp;done / not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick or untick the selected follow-up action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;clause…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a clause with its first text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New &amp;version of clause…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new text of the selected clause for a round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record &amp;position…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A party's stance on the selected clause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New co&amp;mmitment…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something a party undertook, and by when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assess &amp;compliance…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score a party on the selected commitment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next / previous control (a table is left with Tab, too)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move within the table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the selected row's full form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the editable cell of the row in place, one undoable edit: a clause's status, a party's stance (at the latest round), a commitment's state (m for met) or owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save, from any field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel (asks first if something was typed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jump to that field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lists to choose from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick an entry (e.g. a stance: 1 supports … 5 no position)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a result and open it in its screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clauses and Commitments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mine: only the rows you own (who you are: Settings &gt; Delegation roster)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New log…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a new, empty negotiation log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open log…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open another negotiation log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear recent logs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forget the list of recently opened logs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a consistent copy of this log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace this log with one of its backups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export briefing &amp;PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the briefing for a round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export &amp;Excel summary…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An Excel summary for colleagues</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export &amp;calendar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The deadlines as a calendar file (.ics)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export negotiating &amp;text (Word)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A track's text as a Word document, with the changes between two rounds tracked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export negotiating &amp;text (Akoma Ntoso)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One track's text at a round as Akoma Ntoso 3.0 XML, for counterparts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import Excel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read back a colleague's edited summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import &amp;Word or Akoma Ntoso draft…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take in a chair's consolidated text or a delegation's markup (.docx, .xml)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;ync…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the changes for a colleague, or import a colleague's sync file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close MineralsDesk (everything is already saved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Encrypt log…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypt this log with a passphrase (its backups too)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Decrypt log…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Store this log unencrypted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypt this log under a new passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the log and hide every screen until unlocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock after &amp;idle…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes without input before the window locks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search every clause, round, position and commitment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit selected…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the selected track, round, clause, position or commitment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the log again (after a change elsewhere)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;sidebar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the list of screens</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F&amp;ull screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the whole screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every key of the app, by screen, printable on one page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About MineralsDesk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version, files and licences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delegation &amp;roster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The people of our delegation: owners and authors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show &amp;error log folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where unexpected errors are written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show {screen}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> or </source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts ({n})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recent logs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ours: {party} ({delegation})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ours: {party}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last change: {when} UTC, {who}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No changes yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard the unfinished form?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A form is half filled in and has not been saved. Quit anyway and lose what was typed?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About {app}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;An offline workbench for the critical-minerals partnership negotiations.&lt;/p&gt;&lt;p&gt;Log: {log}&lt;br&gt;Error log: {error_log}&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans (SIL Open Font Licence), IPAexGothic (IPA Font Licence).&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Placeholder</name>
        <message>
            <source>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;This screen is not available in this build.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>