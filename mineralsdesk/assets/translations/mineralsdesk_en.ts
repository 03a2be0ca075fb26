<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ApplyDialog</name>
        <message numerus="yes">
            <source>%n change(s) the signals imply. Untick any you do not want; the rest are applied as one step (Ctrl+Z undoes it).</source>
            <translation>
                <numerusform>%n change the signals imply. Untick any you do not want; the rest are applied as one step (Ctrl+Z undoes it).</numerusform>
                <numerusform>%n changes the signals imply. Untick any you do not want; the rest are applied as one step (Ctrl+Z undoes it).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message numerus="yes">
            <source>%n commitment due(s)</source>
            <translation>
                <numerusform>%n commitment due</numerusform>
                <numerusform>%n commitment dues</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round(s)</source>
            <translation>
                <numerusform>%n round</numerusform>
                <numerusform>%n rounds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target date(s)</source>
            <translation>
                <numerusform>%n target date</numerusform>
                <numerusform>%n target dates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s) with no due date</source>
            <translation>
                <numerusform>%n commitment with no due date</numerusform>
                <numerusform>%n commitments with no due date</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s) due relative to an event that has no date</source>
            <translation>
                <numerusform>%n commitment due relative to an event that has no date</numerusform>
                <numerusform>%n commitments due relative to an event that has no date</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n track(s) with no target date</source>
            <translation>
                <numerusform>%n track with no target date</numerusform>
                <numerusform>%n tracks with no target date</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClausesView</name>
        <message numerus="yes">
            <source>%n clause(s)</source>
            <translation>
                <numerusform>%n clause</numerusform>
                <numerusform>%n clauses</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommitmentsModel</name>
        <message numerus="yes">
            <source> — overdue by %n day(s)</source>
            <translation>
                <numerusform> — overdue by %n day</numerusform>
                <numerusform> — overdue by %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> — due in %n day(s)</source>
            <translation>
                <numerusform> — due in %n day</numerusform>
                <numerusform> — due in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message numerus="yes">
            <source>%n open conflict(s): a field changed on this laptop and on a colleague's. Nothing was overwritten; choose the value to keep.</source>
            <translation>
                <numerusform>%n open conflict: a field changed on this laptop and on a colleague's. Nothing was overwritten; choose the value to keep.</numerusform>
                <numerusform>%n open conflicts: a field changed on this laptop and on a colleague's. Nothing was overwritten; choose the value to keep.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScorecardView</name>
        <message numerus="yes">
            <source>%n round(s); brackets opened {opened}, closed {closed}; ours: {ours}</source>
            <translation>
                <numerusform>%n round; brackets opened {opened}, closed {closed}; ours: {ours}</numerusform>
                <numerusform>%n rounds; brackets opened {opened}, closed {closed}; ours: {ours}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncCard</name>
        <message numerus="yes">
            <source>%n open conflict(s)</source>
            <translation>
                <numerusform>%n open conflict</numerusform>
                <numerusform>%n open conflicts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamCard</name>
        <message numerus="yes">
            <source>%n open clause(s)</source>
            <translation>
                <numerusform>%n open clause</numerusform>
                <numerusform>%n open clauses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s) due</source>
            <translation>
                <numerusform>%n commitment due</numerusform>
                <numerusform>%n commitments due</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open commitment(s)</source>
            <translation>
                <numerusform>%n open commitment</numerusform>
                <numerusform>%n open commitments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TopicsView</name>
        <message numerus="yes">
            <source>%n clause(s) in {covering} of {tracks} tracks</source>
            <translation>
                <numerusform>%n clause in {covering} of {tracks} tracks</numerusform>
                <numerusform>%n clauses in {covering} of {tracks} tracks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrackColumn</name>
        <message numerus="yes">
            <source>%n clause(s) · parties {parties}</source>
            <translation>
                <numerusform>%n clause · parties {parties}</numerusform>
                <numerusform>%n clauses · parties {parties}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TracksModel</name>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) past</source>
            <translation>
                <numerusform>%n day past</numerusform>
                <numerusform>%n days past</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>XlsxImportDialog</name>
        <message numerus="yes">
            <source>… and %n more change(s), not listed here</source>
            <translation>
                <numerusform>… and %n more change, not listed here</numerusform>
                <numerusform>… and %n more changes, not listed here</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Missing from {sheet}: %n row(s) of the export, not deleted from the log (delete records in the app)</source>
            <translation>
                <numerusform>Missing from {sheet}: %n row of the export, not deleted from the log (delete records in the app)</numerusform>
                <numerusform>Missing from {sheet}: %n rows of the export, not deleted from the log (delete records in the app)</numerusform>
            </translation>
        </message>
    </context>
</TS>