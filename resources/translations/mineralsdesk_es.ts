<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>ActionForm</name>
        <message>
            <source>Edit follow-up action</source>
            <translation>Editar acción de seguimiento</translation>
        </message>
        <message>
            <source>New follow-up action</source>
            <translation>Nueva acción de seguimiento</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Has a due date</source>
            <translation>Tiene fecha límite</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Say what is to be done.</source>
            <translation>Indique qué hay que hacer.</translation>
        </message>
        <message>
            <source>Add follow-up action</source>
            <translation>Añadir acción de seguimiento</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>Dashboard</source>
            <translation>Panel</translation>
        </message>
        <message>
            <source>Tracks</source>
            <translation>Vertientes</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Rondas</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>Cláusulas</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Posiciones</translation>
        </message>
        <message>
            <source>Commitments</source>
            <translation>Compromisos</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>Historial de cambios</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Actas</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <source>New &amp;track…</source>
            <translation>Nueva &amp;vertiente…</translation>
        </message>
        <message>
            <source>Add a track (an instrument under negotiation)</source>
            <translation>Añadir una vertiente (un instrumento en negociación)</translation>
        </message>
        <message>
            <source>New &amp;round…</source>
            <translation>Nueva &amp;ronda…</translation>
        </message>
        <message>
            <source>Record a meeting of a track</source>
            <translation>Registrar una reunión de una vertiente</translation>
        </message>
        <message>
            <source>Add follow-up &amp;action…</source>
            <translation>Añadir &amp;acción de seguimiento…</translation>
        </message>
        <message>
            <source>A follow-up action for the selected round</source>
            <translation>Una acción de seguimiento de la ronda seleccionada</translation>
        </message>
        <message>
            <source>Mark action &amp;done / not done</source>
            <translation>Marcar acción &amp;hecha / pendiente</translation>
        </message>
        <message>
            <source>Tick or untick the selected follow-up action</source>
            <translation>Marcar o desmarcar la acción de seguimiento seleccionada</translation>
        </message>
        <message>
            <source>New &amp;clause…</source>
            <translation>Nueva &amp;cláusula…</translation>
        </message>
        <message>
            <source>Add a clause with its first text</source>
            <translation>Añadir una cláusula con su primer texto</translation>
        </message>
        <message>
            <source>New &amp;version of clause…</source>
            <translation>Nueva v&amp;ersión de la cláusula…</translation>
        </message>
        <message>
            <source>A new text of the selected clause for a round</source>
            <translation>Un nuevo texto de la cláusula seleccionada para una ronda</translation>
        </message>
        <message>
            <source>Record &amp;position…</source>
            <translation>Registrar &amp;posición…</translation>
        </message>
        <message>
            <source>A party's stance on the selected clause</source>
            <translation>La postura de una parte sobre la cláusula seleccionada</translation>
        </message>
        <message>
            <source>New co&amp;mmitment…</source>
            <translation>Nuevo co&amp;mpromiso…</translation>
        </message>
        <message>
            <source>Something a party undertook, and by when</source>
            <translation>Lo que una parte se comprometió a hacer, y para cuándo</translation>
        </message>
        <message>
            <source>Assess &amp;compliance…</source>
            <translation>Evaluar c&amp;umplimiento…</translation>
        </message>
        <message>
            <source>Score a party on the selected commitment</source>
            <translation>Puntuar a una parte en el compromiso seleccionado</translation>
        </message>
        <message>
            <source>Every screen</source>
            <translation>Todas las pantallas</translation>
        </message>
        <message>
            <source>Next / previous control (a table is left with Tab, too)</source>
            <translation>Control siguiente / anterior (Tab también sale de una tabla)</translation>
        </message>
        <message>
            <source>Every table</source>
            <translation>Todas las tablas</translation>
        </message>
        <message>
            <source>Move within the table</source>
            <translation>Moverse por la tabla</translation>
        </message>
        <message>
            <source>Open the selected row's full form</source>
            <translation>Abrir el formulario completo de la fila seleccionada</translation>
        </message>
        <message>
            <source>Change the editable cell of the row in place, one undoable edit: a clause's status, a party's stance (at the latest round), a commitment's state (m for met) or owner</source>
            <translation>Cambiar en el sitio la celda editable de la fila, en una edición que se puede deshacer: el estado de una cláusula, la postura de una parte (en la última ronda), el estado de un compromiso (m de cumplido) o su responsable</translation>
        </message>
        <message>
            <source>Every form</source>
            <translation>Todos los formularios</translation>
        </message>
        <message>
            <source>Save, from any field</source>
            <translation>Guardar, desde cualquier campo</translation>
        </message>
        <message>
            <source>Cancel (asks first if something was typed)</source>
            <translation>Cancelar (pregunta antes si se escribió algo)</translation>
        </message>
        <message>
            <source>Jump to that field</source>
            <translation>Ir a ese campo</translation>
        </message>
        <message>
            <source>Lists to choose from</source>
            <translation>Listas de opciones</translation>
        </message>
        <message>
            <source>Pick an entry (e.g. a stance: 1 supports … 5 no position)</source>
            <translation>Elegir una entrada (p. ej. una postura: 1 apoya … 5 sin posición)</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Choose a result and open it in its screen</source>
            <translation>Elegir un resultado y abrirlo en su pantalla</translation>
        </message>
        <message>
            <source>Clauses and Commitments</source>
            <translation>Cláusulas y Compromisos</translation>
        </message>
        <message>
            <source>Mine: only the rows you own (who you are: Settings &gt; Delegation roster)</source>
            <translation>Mías: solo las filas de las que es responsable (quién es usted: Configuración &gt; Miembros de la delegación)</translation>
        </message>
        <message>
            <source>&amp;New log…</source>
            <translation>&amp;Nuevo registro…</translation>
        </message>
        <message>
            <source>Create a new, empty negotiation log</source>
            <translation>Crear un nuevo registro de negociación vacío</translation>
        </message>
        <message>
            <source>&amp;Open log…</source>
            <translation>&amp;Abrir registro…</translation>
        </message>
        <message>
            <source>Open another negotiation log</source>
            <translation>Abrir otro registro de negociación</translation>
        </message>
        <message>
            <source>Clear recent logs</source>
            <translation>Borrar registros recientes</translation>
        </message>
        <message>
            <source>Forget the list of recently opened logs</source>
            <translation>Olvidar la lista de registros abiertos recientemente</translation>
        </message>
        <message>
            <source>&amp;Backup…</source>
            <translation>&amp;Copia de seguridad…</translation>
        </message>
        <message>
            <source>Write a consistent copy of this log</source>
            <translation>Escribir una copia coherente de este registro</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>Res&amp;taurar…</translation>
        </message>
        <message>
            <source>Replace this log with one of its backups</source>
            <translation>Sustituir este registro por una de sus copias de seguridad</translation>
        </message>
        <message>
            <source>Export briefing &amp;PDF…</source>
            <translation>Exportar nota informativa en &amp;PDF…</translation>
        </message>
        <message>
            <source>Print the briefing for a round</source>
            <translation>Imprimir la nota informativa de una ronda</translation>
        </message>
        <message>
            <source>Export &amp;Excel summary…</source>
            <translation>Exportar resumen &amp;Excel…</translation>
        </message>
        <message>
            <source>An Excel summary for colleagues</source>
            <translation>Un resumen en Excel para los colegas</translation>
        </message>
        <message>
            <source>Export &amp;calendar…</source>
            <translation>Exportar ca&amp;lendario…</translation>
        </message>
        <message>
            <source>The deadlines as a calendar file (.ics)</source>
            <translation>Los plazos como archivo de calendario (.ics)</translation>
        </message>
        <message>
            <source>Export negotiating &amp;text (Word)…</source>
            <translation>Exportar texto de negociación (&amp;Word)…</translation>
        </message>
        <message>
            <source>A track's text as a Word document, with the changes between two rounds tracked</source>
            <translation>El texto de una vertiente como documento Word, con el control de cambios entre dos rondas</translation>
        </message>
        <message>
            <source>Export negotiating &amp;text (Akoma Ntoso)…</source>
            <translation>Exportar texto de negociación (Ak&amp;oma Ntoso)…</translation>
        </message>
        <message>
            <source>One track's text at a round as Akoma Ntoso 3.0 XML, for counterparts</source>
            <translation>El texto de una vertiente en una ronda como XML Akoma Ntoso 3.0, para las contrapartes</translation>
        </message>
        <message>
            <source>&amp;Import Excel…</source>
            <translation>&amp;Importar Excel…</translation>
        </message>
        <message>
            <source>Read back a colleague's edited summary</source>
            <translation>Leer el resumen editado por un colega</translation>
        </message>
        <message>
            <source>Import &amp;Word or Akoma Ntoso draft…</source>
            <translation>Importar borra&amp;dor Word o Akoma Ntoso…</translation>
        </message>
        <message>
            <source>Take in a chair's consolidated text or a delegation's markup (.docx, .xml)</source>
            <translation>Incorporar un texto consolidado de la presidencia o las marcas de una delegación (.docx, .xml)</translation>
        </message>
        <message>
            <source>S&amp;ync…</source>
            <translation>Sincroni&amp;zar…</translation>
        </message>
        <message>
            <source>Export the changes for a colleague, or import a colleague's sync file</source>
            <translation>Exportar los cambios para un colega o importar el archivo de sincronización de un colega</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Close MineralsDesk (everything is already saved)</source>
            <translation>Cerrar MineralsDesk (todo está ya guardado)</translation>
        </message>
        <message>
            <source>&amp;Encrypt log…</source>
            <translation>Ci&amp;frar registro…</translation>
        </message>
        <message>
            <source>Encrypt this log with a passphrase (its backups too)</source>
            <translation>Cifrar este registro con una frase de contraseña (también sus copias de seguridad)</translation>
        </message>
        <message>
            <source>&amp;Decrypt log…</source>
            <translation>Descifrar re&amp;gistro…</translation>
        </message>
        <message>
            <source>Store this log unencrypted</source>
            <translation>Guardar este registro sin cifrar</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>Cam&amp;biar frase de contraseña…</translation>
        </message>
        <message>
            <source>Encrypt this log under a new passphrase</source>
            <translation>Cifrar este registro con una nueva frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Lock now</source>
            <translation>Blo&amp;quear ahora</translation>
        </message>
        <message>
            <source>Close the log and hide every screen until unlocked</source>
            <translation>Cerrar el registro y ocultar todas las pantallas hasta desbloquearlo</translation>
        </message>
        <message>
            <source>Lock after &amp;idle…</source>
            <translation>Bloqueo por inacti&amp;vidad…</translation>
        </message>
        <message>
            <source>Minutes without input before the window locks</source>
            <translation>Minutos sin actividad antes de que se bloquee la ventana</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <source>Search every clause, round, position and commitment</source>
            <translation>Buscar en todas las cláusulas, rondas, posiciones y compromisos</translation>
        </message>
        <message>
            <source>&amp;Edit selected…</source>
            <translation>Editar &amp;selección…</translation>
        </message>
        <message>
            <source>Edit the selected track, round, clause, position or commitment</source>
            <translation>Editar la vertiente, ronda, cláusula, posición o compromiso seleccionado</translation>
        </message>
        <message>
            <source>Re&amp;fresh</source>
            <translation>Actuali&amp;zar</translation>
        </message>
        <message>
            <source>Read the log again (after a change elsewhere)</source>
            <translation>Volver a leer el registro (tras un cambio en otro lugar)</translation>
        </message>
        <message>
            <source>Show &amp;sidebar</source>
            <translation>Mostrar barra &amp;lateral</translation>
        </message>
        <message>
            <source>Show or hide the list of screens</source>
            <translation>Mostrar u ocultar la lista de pantallas</translation>
        </message>
        <message>
            <source>F&amp;ull screen</source>
            <translation>Pantalla co&amp;mpleta</translation>
        </message>
        <message>
            <source>Use the whole screen</source>
            <translation>Usar toda la pantalla</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <source>Every key of the app, by screen, printable on one page</source>
            <translation>Todas las teclas de la aplicación, por pantalla, imprimibles en una página</translation>
        </message>
        <message>
            <source>&amp;About MineralsDesk</source>
            <translation>&amp;Acerca de MineralsDesk</translation>
        </message>
        <message>
            <source>Version, files and licences</source>
            <translation>Versión, archivos y licencias</translation>
        </message>
        <message>
            <source>Delegation &amp;roster…</source>
            <translation>&amp;Miembros de la delegación…</translation>
        </message>
        <message>
            <source>The people of our delegation: owners and authors</source>
            <translation>Los miembros de nuestra delegación: responsables y autores</translation>
        </message>
        <message>
            <source>Show &amp;error log folder</source>
            <translation>Mostrar carpeta del registro de &amp;errores</translation>
        </message>
        <message>
            <source>Where unexpected errors are written</source>
            <translation>Donde se escriben los errores inesperados</translation>
        </message>
        <message>
            <source>Show {screen}</source>
            <translation>Mostrar {screen}</translation>
        </message>
        <message>
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <source>Conflicts ({n})</source>
            <translation>Conflictos ({n})</translation>
        </message>
    </context>
    <context>
        <name>ActionsModel</name>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>The details were written to
{where}</source>
            <translation>Los detalles se guardaron en
{where}</translation>
        </message>
        <message>
            <source>The details could not be written ({reason}).</source>
            <translation>No se pudieron guardar los detalles ({reason}).</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>MineralsDesk hit an unexpected error ({kind}). Your log is safe: every edit was written when you made it, and the unfinished action was not applied.</source>
            <translation>MineralsDesk encontró un error inesperado ({kind}). Su registro está a salvo: cada cambio se guardó al hacerlo y la acción inacabada no se aplicó.</translation>
        </message>
        <message>
            <source>No log here</source>
            <translation>No hay ningún registro aquí</translation>
        </message>
        <message>
            <source>There is no log at
{path}
Create a new one there?</source>
            <translation>No hay ningún registro en
{path}
¿Crear uno nuevo allí?</translation>
        </message>
    </context>
    <context>
        <name>ApplyDialog</name>
        <message>
            <source>Apply the minutes to positions and brackets</source>
            <translation>Aplicar el acta a las posiciones y los corchetes</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) the signals imply. Untick any you do not want; the rest are applied as one step (Ctrl+Z undoes it).</source>
            <translation>
                <numerusform>%n cambio se deriva de las señales. Desmarque los que no quiera; el resto se aplica en un solo paso (Ctrl+Z lo deshace).</numerusform>
                <numerusform>%n cambios se derivan de las señales. Desmarque los que no quiera; el resto se aplica en un solo paso (Ctrl+Z lo deshace).</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to apply: positions and brackets already say what the minutes say.</source>
            <translation>Nada que aplicar: las posiciones y los corchetes ya reflejan el acta.</translation>
        </message>
        <message>
            <source>Apply minutes to positions and brackets</source>
            <translation>Aplicar el acta a posiciones y corchetes</translation>
        </message>
    </context>
    <context>
        <name>AssessmentForm</name>
        <message>
            <source>Internal — our delegation only</source>
            <translation>Interno — solo nuestra delegación</translation>
        </message>
        <message>
            <source>Shareable — may go to counterparts</source>
            <translation>Compartible — puede ir a las contrapartes</translation>
        </message>
        <message>
            <source>+1 — complied</source>
            <translation>+1 — cumplido</translation>
        </message>
        <message>
            <source>0 — partly / work in progress</source>
            <translation>0 — en parte / en curso</translation>
        </message>
        <message>
            <source>−1 — did not comply</source>
            <translation>−1 — no cumplido</translation>
        </message>
        <message>
            <source>Compliance assessment</source>
            <translation>Evaluación del cumplimiento</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Compromiso</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Parte</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Destinatarios</translation>
        </message>
        <message>
            <source>Note the evidence the score rests on (a readout, a publication, a date)</source>
            <translation>Anote las pruebas en que se basa la puntuación (un acta, una publicación, una fecha)</translation>
        </message>
        <message>
            <source>Assess {party} on a commitment</source>
            <translation>Evaluar a {party} en un compromiso</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <source>open</source>
            <translation>abierto</translation>
        </message>
        <message>
            <source>on track</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>at risk</source>
            <translation>en riesgo</translation>
        </message>
        <message>
            <source>met</source>
            <translation>cumplido</translation>
        </message>
        <message>
            <source>missed</source>
            <translation>incumplido</translation>
        </message>
        <message>
            <source>statement</source>
            <translation>declaración</translation>
        </message>
        <message>
            <source>round</source>
            <translation>ronda</translation>
        </message>
        <message>
            <source>clause</source>
            <translation>cláusula</translation>
        </message>
        <message>
            <source>interim</source>
            <translation>provisional</translation>
        </message>
        <message>
            <source>final</source>
            <translation>final</translation>
        </message>
        <message>
            <source>{name} — deadlines</source>
            <translation>{name} — plazos</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Vertiente</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Partes</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Compromiso</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vencimiento</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>Evaluaciones</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
        <message>
            <source>Target date: {title}</source>
            <translation>Fecha objetivo: {title}</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videoconferencia</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Ronda {number}</translation>
        </message>
        <message>
            <source>Illustrative (not a real meeting)</source>
            <translation>Ilustrativo (no es una reunión real)</translation>
        </message>
        <message>
            <source>Due ({owner}): {text}</source>
            <translation>Vence ({owner}): {text}</translation>
        </message>
    </context>
    <context>
        <name>ChangeLogModel</name>
        <message>
            <source>clause</source>
            <translation>cláusula</translation>
        </message>
        <message>
            <source>clause text</source>
            <translation>texto de cláusula</translation>
        </message>
        <message>
            <source>bracket</source>
            <translation>corchete</translation>
        </message>
        <message>
            <source>position</source>
            <translation>posición</translation>
        </message>
        <message>
            <source>round</source>
            <translation>ronda de negociación</translation>
        </message>
        <message>
            <source>action</source>
            <translation>acción</translation>
        </message>
        <message>
            <source>track</source>
            <translation>vertiente</translation>
        </message>
        <message>
            <source>commitment</source>
            <translation>compromiso</translation>
        </message>
        <message>
            <source>assessment</source>
            <translation>evaluación</translation>
        </message>
        <message>
            <source>anchor date</source>
            <translation>fecha de referencia</translation>
        </message>
        <message>
            <source>party</source>
            <translation>parte</translation>
        </message>
        <message>
            <source>log setting</source>
            <translation>ajuste del registro</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation>Cuándo (UTC)</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>created</source>
            <translation>creado</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>eliminado</translation>
        </message>
        <message>
            <source>Before:
{old}

After:
{new}</source>
            <translation>Antes:
{old}

Después:
{new}</translation>
        </message>
    </context>
    <context>
        <name>ChangeLogView</name>
        <message>
            <source>Filter by person, record, field, value or source…</source>
            <translation>Filtrar por persona, registro, campo, valor o fuente…</translation>
        </message>
        <message>
            <source>Filter the change log</source>
            <translation>Filtrar el registro de cambios</translation>
        </message>
        <message>
            <source>Change log</source>
            <translation>Registro de cambios</translation>
        </message>
        <message>
            <source> (scroll for more)</source>
            <translation> (desplácese para ver más)</translation>
        </message>
        <message>
            <source>{shown} entries shown, newest first{more}. The log is append-only; `mineralsdesk check` verifies its hash chain.</source>
            <translation>{shown} entradas mostradas, las más recientes primero{more}. El registro solo admite añadidos; `mineralsdesk check` verifica su cadena de hash.</translation>
        </message>
    </context>
    <context>
        <name>ClauseDetail</name>
        <message>
            <source>Select a clause</source>
            <translation>Seleccione una cláusula</translation>
        </message>
        <message>
            <source>Clause status (only the moves the negotiation rules allow are offered)</source>
            <translation>Estado de la cláusula (solo se ofrecen los cambios que permiten las reglas de negociación)</translation>
        </message>
        <message>
            <source>New version…</source>
            <translation>Nueva versión…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Current text</source>
            <translation>Texto actual</translation>
        </message>
        <message>
            <source>Redline</source>
            <translation>Cambios marcados</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Ronda</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Proposed by</source>
            <translation>Propuesto por</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Versions of past rounds are read-only. Double-click a version to see what it changed.</source>
            <translation>Las versiones de rondas pasadas son de solo lectura. Haga doble clic en una versión para ver qué cambió.</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versiones</translation>
        </message>
        <message>
            <source>Brackets</source>
            <translation>Corchetes</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Adjuntos</translation>
        </message>
        <message>
            <source>From</source>
            <translation>De</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>Wording</source>
            <translation>Redacción</translation>
        </message>
        <message>
            <source>Supporters</source>
            <translation>Apoyos</translation>
        </message>
        <message>
            <source>Objectors</source>
            <translation>Objetores</translation>
        </message>
        <message>
            <source>Appeared</source>
            <translation>Apareció</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resuelto</translation>
        </message>
        <message>
            <source>Edit bracket…</source>
            <translation>Editar corchete…</translation>
        </message>
        <message>
            <source>no minerals named</source>
            <translation>ningún mineral indicado</translation>
        </message>
        <message>
            <source>R{number} {date}</source>
            <translation>R{number} {date}</translation>
        </message>
        <message>
            <source>Open brackets proposed by: {parties}</source>
            <translation>Corchetes abiertos propuestos por: {parties}</translation>
        </message>
        <message>
            <source>No open brackets: all of this text is agreed wording or clean draft.</source>
            <translation>No hay corchetes abiertos: todo el texto es redacción acordada o borrador limpio.</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Ronda {number}</translation>
        </message>
        <message>
            <source>open</source>
            <translation>abierto</translation>
        </message>
        <message>
            <source>Changes proposed by {party} in v{number}: {inserted} (underlined), {deleted} (struck through).</source>
            <translation>Cambios propuestos por {party} en v{number}: {inserted} (subrayado), {deleted} (tachado).</translation>
        </message>
        <message>
            <source>inserted</source>
            <translation>insertado</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>eliminado</translation>
        </message>
        <message>
            <source>The same version on both sides: nothing to compare.</source>
            <translation>La misma versión en ambos lados: nada que comparar.</translation>
        </message>
        <message>
            <source>Status not changed</source>
            <translation>Estado sin cambiar</translation>
        </message>
    </context>
    <context>
        <name>ClauseForm</name>
        <message>
            <source>Text</source>
            <translation>Texto</translation>
        </message>
        <message>
            <source>Edit clause</source>
            <translation>Editar cláusula</translation>
        </message>
        <message>
            <source>New clause</source>
            <translation>Nueva cláusula</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Vertiente</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>e.g. Art. 4.2</source>
            <translation>p. ej. Art. 4.2</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Minerals</source>
            <translation>Minerales</translation>
        </message>
        <message>
            <source>comma-separated, e.g. lithium, graphite</source>
            <translation>separados por comas, p. ej. litio, grafito</translation>
        </message>
        <message>
            <source>Proposed by</source>
            <translation>Propuesto por</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Ronda</translation>
        </message>
        <message>
            <source>No round (drafted outside a meeting)</source>
            <translation>Sin ronda (redactado fuera de reunión)</translation>
        </message>
        <message>
            <source>Give the clause a reference, e.g. Art. 4.2</source>
            <translation>Dé una referencia a la cláusula, p. ej. Art. 4.2</translation>
        </message>
        <message>
            <source>Give the clause a title</source>
            <translation>Dé un título a la cláusula</translation>
        </message>
        <message>
            <source>Add a track first (Tracks screen)</source>
            <translation>Añada primero una vertiente (pantalla Vertientes)</translation>
        </message>
        <message>
            <source>Type the clause text as proposed</source>
            <translation>Escriba el texto de la cláusula tal como se propuso</translation>
        </message>
        <message>
            <source>Add clause {ref}</source>
            <translation>Añadir cláusula {ref}</translation>
        </message>
        <message>
            <source>Edit clause {ref}</source>
            <translation>Editar cláusula {ref}</translation>
        </message>
        <message>
            <source>New version of {ref}</source>
            <translation>Nueva versión de {ref}</translation>
        </message>
        <message>
            <source>Add a round for this track first (Rounds screen)</source>
            <translation>Añada primero una ronda a esta vertiente (pantalla Rondas)</translation>
        </message>
        <message>
            <source>The new version needs its text</source>
            <translation>La nueva versión necesita su texto</translation>
        </message>
        <message>
            <source>Bracket</source>
            <translation>Corchete</translation>
        </message>
        <message>
            <source>Wording</source>
            <translation>Redacción</translation>
        </message>
        <message>
            <source>Supporters</source>
            <translation>Apoyos</translation>
        </message>
        <message>
            <source>Objectors</source>
            <translation>Objetores</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resuelto</translation>
        </message>
        <message>
            <source>Open (not resolved)</source>
            <translation>Abierto (sin resolver)</translation>
        </message>
        <message>
            <source>at {round}</source>
            <translation>en {round}</translation>
        </message>
        <message>
            <source>{parties} cannot both support and object to the same wording</source>
            <translation>{parties} no puede apoyar y objetar la misma redacción a la vez</translation>
        </message>
        <message>
            <source>Edit bracket</source>
            <translation>Editar corchete</translation>
        </message>
    </context>
    <context>
        <name>ClauseTableModel</name>
        <message>
            <source>Track</source>
            <translation>Vertiente</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>Ref.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>F2 or double-click to change</source>
            <translation>F2 o doble clic para cambiar</translation>
        </message>
        <message>
            <source>Minerals</source>
            <translation>Minerales</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versiones</translation>
        </message>
        <message>
            <source>Text versions recorded for the clause</source>
            <translation>Versiones del texto registradas para la cláusula</translation>
        </message>
        <message>
            <source>Open [ ]</source>
            <translation>[ ] abiertos</translation>
        </message>
        <message>
            <source>Bracketed wording not yet agreed</source>
            <translation>Redacción entre corchetes aún no acordada</translation>
        </message>
        <message>
            <source>Last round</source>
            <translation>Última ronda</translation>
        </message>
        <message>
            <source>Round of the current version</source>
            <translation>Ronda de la versión actual</translation>
        </message>
    </context>
    <context>
        <name>ClausesView</name>
        <message>
            <source>Filter clauses by word (ref, title, topic, status, mineral)…</source>
            <translation>Filtrar cláusulas por palabra (ref., título, tema, estado, mineral)…</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <source>Any topic</source>
            <translation>Cualquier tema</translation>
        </message>
        <message>
            <source>New clause…</source>
            <translation>Nueva cláusula…</translation>
        </message>
        <message>
            <source>Status not changed</source>
            <translation>Estado sin cambiar</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>Todas las vertientes</translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s)</source>
            <translation>
                <numerusform>%n cláusula</numerusform>
                <numerusform>%n cláusulas</numerusform>
            </translation>
        </message>
        <message>
            <source> match the filter</source>
            <translation> coinciden con el filtro</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message>
            <source>Comment</source>
            <translation>Comentario</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>A comment (Enter adds it; with a comment selected, Reply answers it)</source>
            <translation>Un comentario (Intro lo añade; con un comentario seleccionado, Responder lo contesta)</translation>
        </message>
        <message>
            <source>&amp;Shareable</source>
            <translation>&amp;Compartible</translation>
        </message>
        <message>
            <source>May be printed in a shareable briefing on request; internal otherwise</source>
            <translation>Puede imprimirse en una nota compartible si se pide; interno si no</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>&amp;Reply</source>
            <translation>&amp;Responder</translation>
        </message>
        <message>
            <source>Resol&amp;ve / reopen</source>
            <translation>Resol&amp;ver / reabrir</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Añadir comentario</translation>
        </message>
        <message>
            <source>Reply</source>
            <translation>Responder</translation>
        </message>
        <message>
            <source>Select the comment to reply to</source>
            <translation>Seleccione el comentario al que responder</translation>
        </message>
        <message>
            <source>Reopen thread</source>
            <translation>Reabrir el hilo</translation>
        </message>
        <message>
            <source>Resolve thread</source>
            <translation>Resolver el hilo</translation>
        </message>
    </context>
    <context>
        <name>CommitmentForm</name>
        <message>
            <source>Edit commitment</source>
            <translation>Editar compromiso</translation>
        </message>
        <message>
            <source>New commitment</source>
            <translation>Nuevo compromiso</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Compromiso</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Vertiente</translation>
        </message>
        <message>
            <source>No particular track</source>
            <translation>Ninguna vertiente en particular</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>Source detail</source>
            <translation>Detalle de la fuente</translation>
        </message>
        <message>
            <source>On a date</source>
            <translation>En una fecha</translation>
        </message>
        <message>
            <source>Relative to an event</source>
            <translation>Respecto a un evento</translation>
        </message>
        <message>
            <source> months</source>
            <translation> meses</translation>
        </message>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>after</source>
            <translation>después de</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Say what was committed to</source>
            <translation>Indique a qué se comprometió</translation>
        </message>
        <message>
            <source>Choose the event the deadline counts from</source>
            <translation>Elija el evento desde el que cuenta el plazo</translation>
        </message>
        <message>
            <source>Add commitment</source>
            <translation>Añadir compromiso</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsModel</name>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Counted from</source>
            <translation>Contado desde</translation>
        </message>
        <message>
            <source>Relative deadlines move with the event they count from</source>
            <translation>Los plazos relativos se mueven con el evento del que cuentan</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <source>F2 or double-click to change</source>
            <translation>F2 o doble clic para cambiar</translation>
        </message>
        <message>
            <source>Commitment</source>
            <translation>Compromiso</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Vertiente</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>Cumplimiento</translation>
        </message>
        <message>
            <source>Latest score per party: +1 complied, 0 partly, −1 did not</source>
            <translation>Última puntuación por parte: +1 cumplió, 0 en parte, −1 no cumplió</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sin fecha</translation>
        </message>
        <message numerus="yes">
            <source> — overdue by %n day(s)</source>
            <translation>
                <numerusform> — vencido hace %n día</numerusform>
                <numerusform> — vencido hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <source> — due today</source>
            <translation> — vence hoy</translation>
        </message>
        <message numerus="yes">
            <source> — due in %n day(s)</source>
            <translation>
                <numerusform> — vence en %n día</numerusform>
                <numerusform> — vence en %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Commitment {old} → {new}</source>
            <translation>Compromiso {old} → {new}</translation>
        </message>
        <message>
            <source>Commitment owner {old} → {new}</source>
            <translation>Responsable del compromiso {old} → {new}</translation>
        </message>
    </context>
    <context>
        <name>CommitmentsView</name>
        <message>
            <source>Filter commitments by word…</source>
            <translation>Filtrar compromisos por palabra…</translation>
        </message>
        <message>
            <source>Any state</source>
            <translation>Cualquier estado</translation>
        </message>
        <message>
            <source>Not closed (open, on track, at risk)</source>
            <translation>No cerrado (abierto, en curso, en riesgo)</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vencido</translation>
        </message>
        <message>
            <source>New commitment…</source>
            <translation>Nuevo compromiso…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>As of {date}: {overdue} · {soon} · met and missed commitments are closed.</source>
            <translation>A {date}: {overdue} · {soon} · los compromisos cumplidos e incumplidos están cerrados.</translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>vencido</translation>
        </message>
        <message>
            <source>due within 7 days</source>
            <translation>vence en 7 días</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Parte</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Destinatarios</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Pruebas</translation>
        </message>
        <message>
            <source>Assess…</source>
            <translation>Evaluar…</translation>
        </message>
        <message>
            <source>Remove assessment</source>
            <translation>Quitar evaluación</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Adjuntos</translation>
        </message>
        <message>
            <source>Commitment not changed</source>
            <translation>Compromiso sin cambiar</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>Todas las vertientes</translation>
        </message>
        <message>
            <source>Compliance assessments — select a commitment</source>
            <translation>Evaluaciones del cumplimiento — seleccione un compromiso</translation>
        </message>
        <message>
            <source>Compliance assessments — {text}</source>
            <translation>Evaluaciones del cumplimiento — {text}</translation>
        </message>
        <message>
            <source>Remove {party} assessment</source>
            <translation>Quitar la evaluación de {party}</translation>
        </message>
    </context>
    <context>
        <name>ConflictsModel</name>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Base</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>Ours</source>
            <translation>Nuestro</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Suyo</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <source>Open sync conflicts</source>
            <translation>Conflictos de sincronización abiertos</translation>
        </message>
        <message>
            <source>Base (before either edit)</source>
            <translation>Base (antes de ambos cambios)</translation>
        </message>
        <message>
            <source>Ours (this laptop)</source>
            <translation>Nuestro (este portátil)</translation>
        </message>
        <message>
            <source>Theirs (the colleague's)</source>
            <translation>Suyo (el del colega)</translation>
        </message>
        <message>
            <source>Edited value</source>
            <translation>Valor editado</translation>
        </message>
        <message>
            <source>Edited &amp;value (prefilled with ours):</source>
            <translation>&amp;Valor editado (rellenado con el nuestro):</translation>
        </message>
        <message>
            <source>Keep &amp;ours</source>
            <translation>Mantener el &amp;nuestro</translation>
        </message>
        <message>
            <source>Take &amp;theirs</source>
            <translation>&amp;Tomar el suyo</translation>
        </message>
        <message>
            <source>Use e&amp;dited value</source>
            <translation>Usar el valor e&amp;ditado</translation>
        </message>
        <message>
            <source>Keep this laptop's value; the conflict is settled</source>
            <translation>Mantener el valor de este portátil; el conflicto queda resuelto</translation>
        </message>
        <message>
            <source>Write the colleague's value here</source>
            <translation>Escribir aquí el valor del colega</translation>
        </message>
        <message>
            <source>Write the value in the editor above</source>
            <translation>Escribir el valor del editor de arriba</translation>
        </message>
        <message>
            <source>No open conflicts: every sync file merged cleanly.</source>
            <translation>No hay conflictos abiertos: todos los archivos de sincronización se fusionaron sin problemas.</translation>
        </message>
        <message numerus="yes">
            <source>%n open conflict(s): a field changed on this laptop and on a colleague's. Nothing was overwritten; choose the value to keep.</source>
            <translation>
                <numerusform>%n conflicto abierto: un campo cambió en este portátil y en el de un colega. No se sobrescribió nada; elija el valor que se conserva.</numerusform>
                <numerusform>%n conflictos abiertos: un campo cambió en este portátil y en el de un colega. No se sobrescribió nada; elija el valor que se conserva.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to compare: no conflict is selected.</source>
            <translation>Nada que comparar: no hay ningún conflicto seleccionado.</translation>
        </message>
        <message>
            <source>Redline against the base: {inserted} (underlined) · {deleted} (struck through) · plain: as in the base.</source>
            <translation>Cambios respecto a la base: {inserted} (subrayado) · {deleted} (tachado) · normal: como en la base.</translation>
        </message>
        <message>
            <source>inserted</source>
            <translation>añadido</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>eliminado</translation>
        </message>
        <message>
            <source>{record}: field &lt;b&gt;{field}&lt;/b&gt;.</source>
            <translation>{record}: campo &lt;b&gt;{field}&lt;/b&gt;.</translation>
        </message>
        <message>
            <source>Keep ours</source>
            <translation>Mantener el nuestro</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Tomar el suyo</translation>
        </message>
        <message>
            <source>Use edited value</source>
            <translation>Usar el valor editado</translation>
        </message>
        <message>
            <source>Conflict not settled</source>
            <translation>Conflicto no resuelto</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Set</source>
            <translation>Fijada</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>video call</source>
            <translation>videollamada</translation>
        </message>
        <message>
            <source>Round {number} — {date}</source>
            <translation>Ronda {number} — {date}</translation>
        </message>
        <message>
            <source>Discard what you typed?</source>
            <translation>¿Descartar lo escrito?</translation>
        </message>
        <message>
            <source>This form has changes that have not been saved. Close it and lose them?</source>
            <translation>Este formulario tiene cambios sin guardar. ¿Cerrarlo y perderlos?</translation>
        </message>
        <message>
            <source>Changed elsewhere</source>
            <translation>Modificado en otro lugar</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Registrar</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Configuración</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <source>No recent logs</source>
            <translation>No hay registros recientes</translation>
        </message>
        <message>
            <source>Log: {name}</source>
            <translation>Registro: {name}</translation>
        </message>
        <message>
            <source>Ours: {party} ({delegation})</source>
            <translation>Nosotros: {party} ({delegation})</translation>
        </message>
        <message>
            <source>Ours: {party}</source>
            <translation>Nosotros: {party}</translation>
        </message>
        <message>
            <source>Last change: {when} UTC, {who}</source>
            <translation>Último cambio: {when} UTC, {who}</translation>
        </message>
        <message>
            <source>No changes yet</source>
            <translation>Aún no hay cambios</translation>
        </message>
        <message>
            <source>Discard the unfinished form?</source>
            <translation>¿Descartar el formulario sin terminar?</translation>
        </message>
        <message>
            <source>A form is half filled in and has not been saved. Quit anyway and lose what was typed?</source>
            <translation>Hay un formulario a medio rellenar sin guardar. ¿Salir de todos modos y perder lo escrito?</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Acerca de {app}</translation>
        </message>
        <message>
            <source>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;An offline workbench for the critical-minerals partnership negotiations.&lt;/p&gt;&lt;p&gt;Log: {log}&lt;br&gt;Error log: {error_log}&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans (SIL Open Font Licence), IPAexGothic (IPA Font Licence).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{app} {version}&lt;/h3&gt;&lt;p&gt;Un puesto de trabajo sin conexión para las negociaciones de la asociación sobre minerales críticos.&lt;/p&gt;&lt;p&gt;Registro: {log}&lt;br&gt;Registro de errores: {error_log}&lt;/p&gt;&lt;p&gt;Fuentes: Noto Sans (SIL Open Font Licence), IPAexGothic (IPA Font Licence).&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MineFilter</name>
        <message>
            <source>Say who you are first: Settings &gt; Delegation roster…, pick yourself under "I am". The Mine filter then keeps what you own.</source>
            <translation>Indique primero quién es: Ajustes &gt; Lista de la delegación…, elíjase en «Yo soy». El filtro Míos muestra entonces lo que le corresponde.</translation>
        </message>
        <message>
            <source>&amp;Mine</source>
            <translation>&amp;Míos</translation>
        </message>
        <message>
            <source>Only the {what} you own ({key})</source>
            <translation>Solo los {what} a su cargo ({key})</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Míos</translation>
        </message>
        <message>
            <source> owned by a former member</source>
            <translation> de un antiguo miembro</translation>
        </message>
        <message>
            <source> owned by you</source>
            <translation> a su cargo</translation>
        </message>
        <message>
            <source> owned by {name}</source>
            <translation> a cargo de {name}</translation>
        </message>
    </context>
    <context>
        <name>MinutesScreen</name>
        <message>
            <source>Type a clause reference or title, then Enter</source>
            <translation>Escriba la referencia o el título de una cláusula y pulse Intro</translation>
        </message>
        <message>
            <source>What they said (Enter saves; the clause stays for the next one)</source>
            <translation>Lo que se dijo (Intro guarda; la cláusula se mantiene para la siguiente)</translation>
        </message>
        <message>
            <source>&amp;Round</source>
            <translation>&amp;Ronda</translation>
        </message>
        <message>
            <source>&amp;Clause</source>
            <translation>&amp;Cláusula</translation>
        </message>
        <message>
            <source>&amp;Party · signal</source>
            <translation>&amp;Parte · señal</translation>
        </message>
        <message>
            <source>&amp;Words</source>
            <translation>&amp;Palabras</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Cláusula</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Parte</translation>
        </message>
        <message>
            <source>Signal</source>
            <translation>Señal</translation>
        </message>
        <message>
            <source>What was said</source>
            <translation>Lo que se dijo</translation>
        </message>
        <message>
            <source>&amp;Apply to positions and brackets…</source>
            <translation>&amp;Aplicar a posiciones y corchetes…</translation>
        </message>
        <message>
            <source>&amp;Delete intervention</source>
            <translation>&amp;Eliminar intervención</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Acta</translation>
        </message>
        <message>
            <source>{track} round {number} ({date})</source>
            <translation>{track} ronda {number} ({date})</translation>
        </message>
        <message>
            <source>Add a round first (Rounds screen)</source>
            <translation>Añada primero una ronda (pantalla Rondas)</translation>
        </message>
        <message>
            <source>Whole clause</source>
            <translation>Cláusula completa</translation>
        </message>
        <message>
            <source>No party on key {letter}</source>
            <translation>Ninguna parte en la tecla {letter}</translation>
        </message>
        <message>
            <source>Signals are keys 1 to {last}</source>
            <translation>Las señales son las teclas 1 a {last}</translation>
        </message>
        <message>
            <source>press a letter, then a digit; Enter saves</source>
            <translation>pulse una letra y luego un dígito; Intro guarda</translation>
        </message>
        <message>
            <source>Party: {parties}</source>
            <translation>Parte: {parties}</translation>
        </message>
        <message>
            <source>Signal: {signals}</source>
            <translation>Señal: {signals}</translation>
        </message>
        <message>
            <source>a clause</source>
            <translation>una cláusula</translation>
        </message>
        <message>
            <source>a party (its letter)</source>
            <translation>una parte (su letra)</translation>
        </message>
        <message>
            <source>a signal (1-5)</source>
            <translation>una señal (1-5)</translation>
        </message>
        <message>
            <source>Choose {what} first</source>
            <translation>Elija primero {what}</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>a round</source>
            <translation>una ronda</translation>
        </message>
        <message>
            <source>Note {party} {signal}</source>
            <translation>Anotar {party} {signal}</translation>
        </message>
        <message>
            <source>Noted #{seq}: {party} {signal} {clause}</source>
            <translation>Anotado n.º {seq}: {party} {signal} {clause}</translation>
        </message>
        <message>
            <source>Delete intervention</source>
            <translation>Eliminar intervención</translation>
        </message>
        <message>
            <source> [bracket]</source>
            <translation> [corchete]</translation>
        </message>
    </context>
    <context>
        <name>Placeholder</name>
        <message>
            <source>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;This screen is not available in this build.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;Esta pantalla no está disponible en esta versión.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>PositionForm</name>
        <message>
            <source>Position on {ref}</source>
            <translation>Posición sobre {ref}</translation>
        </message>
        <message>
            <source>&amp;Party</source>
            <translation>&amp;Parte</translation>
        </message>
        <message>
            <source>&amp;Stance</source>
            <translation>P&amp;ostura</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Nota</translation>
        </message>
        <message>
            <source>&amp;Round</source>
            <translation>&amp;Ronda</translation>
        </message>
        <message>
            <source>INTERNAL — our delegation only, never in shareable documents</source>
            <translation>INTERNO — solo nuestra delegación, nunca en documentos compartibles</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>Línea roja</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>Posición de repliegue</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Nota interna</translation>
        </message>
        <message>
            <source>{party} position on {ref}</source>
            <translation>Posición de {party} sobre {ref}</translation>
        </message>
        <message>
            <source>Previous ({stance}): {note}</source>
            <translation>Anterior ({stance}): {note}</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(sin nota)</translation>
        </message>
        <message>
            <source>No previous position.</source>
            <translation>Sin posición anterior.</translation>
        </message>
        <message>
            <source>Add a round for this track first (Rounds screen)</source>
            <translation>Añada primero una ronda a esta vertiente (pantalla Rondas)</translation>
        </message>
    </context>
    <context>
        <name>PositionsModel</name>
        <message>
            <source>INTERNAL</source>
            <translation>INTERNO</translation>
        </message>
        <message>
            <source>not a party</source>
            <translation>no es parte</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Vertiente</translation>
        </message>
        <message>
            <source>Ref</source>
            <translation>Ref.</translation>
        </message>
        <message>
            <source>Clause</source>
            <translation>Cláusula</translation>
        </message>
        <message>
            <source>{code} (ours)</source>
            <translation>{code} (nuestra)</translation>
        </message>
        <message>
            <source>red line</source>
            <translation>línea roja</translation>
        </message>
        <message>
            <source>fallback</source>
            <translation>posición de repliegue</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>{mark} {label}: {text}</source>
            <translation>{mark} {label}: {text}</translation>
        </message>
        <message>
            <source>{party} is not a party to this track</source>
            <translation>{party} no es parte de esta vertiente</translation>
        </message>
        <message>
            <source>{party} has stated no position yet</source>
            <translation>{party} aún no ha expresado posición</translation>
        </message>
        <message>
            <source> (round {number}, {date})</source>
            <translation> (ronda {number}, {date})</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(sin nota)</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>Línea roja</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>Posición de repliegue</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Nota interna</translation>
        </message>
        <message>
            <source>Our delegation: red lines and fallbacks here are INTERNAL and never exported to counterparts</source>
            <translation>Nuestra delegación: las líneas rojas y posiciones de repliegue son INTERNAS y nunca se exportan a las contrapartes</translation>
        </message>
        <message>
            <source>{party}'s latest stance on each clause</source>
            <translation>Última postura de {party} sobre cada cláusula</translation>
        </message>
        <message>
            <source>{party} position on {ref}: {stance}</source>
            <translation>Posición de {party} sobre {ref}: {stance}</translation>
        </message>
    </context>
    <context>
        <name>PositionsView</name>
        <message>
            <source>Any topic</source>
            <translation>Cualquier tema</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Vertiente</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Position not changed</source>
            <translation>Posición sin cambiar</translation>
        </message>
        <message>
            <source>{not_a_party} (hatched): not in the track</source>
            <translation>{not_a_party} (rayado): fuera de la vertiente</translation>
        </message>
        <message>
            <source>Double-click or Enter: record a position; F2 or a letter: change the stance in place.</source>
            <translation>Doble clic o Intro: registrar una posición; F2 o una letra: cambiar la postura en su sitio.</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>Todas las vertientes</translation>
        </message>
        <message>
            <source>Select a cell to read the full position; our red lines and fallbacks show only in our own column, marked INTERNAL.</source>
            <translation>Seleccione una celda para leer la posición completa; nuestras líneas rojas y posiciones de repliegue solo aparecen en nuestra columna, marcadas INTERNO.</translation>
        </message>
        <message>
            <source>{party} on {ref} {title}</source>
            <translation>{party} sobre {ref} {title}</translation>
        </message>
        <message>
            <source>{party} is not a party to the {track} track, so it holds no position on this clause. Add it to the track (Tracks, Edit) to record one.</source>
            <translation>{party} no es parte de la vertiente {track}, así que no tiene posición sobre esta cláusula. Añádala a la vertiente (Vertientes, Editar) para registrar una.</translation>
        </message>
        <message>
            <source>{head}: no position recorded.</source>
            <translation>{head}: ninguna posición registrada.</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(sin nota)</translation>
        </message>
        <message>
            <source>Red line</source>
            <translation>Línea roja</translation>
        </message>
        <message>
            <source>Fallback</source>
            <translation>Posición de repliegue</translation>
        </message>
        <message>
            <source>Internal note</source>
            <translation>Nota interna</translation>
        </message>
        <message>
            <source>{internal} (our delegation only)</source>
            <translation>{internal} (solo nuestra delegación)</translation>
        </message>
    </context>
    <context>
        <name>RedlinePane</name>
        <message>
            <source>Clause compared from</source>
            <translation>Cláusula comparada (desde)</translation>
        </message>
        <message>
            <source>Clause compared with</source>
            <translation>Cláusula comparada (con)</translation>
        </message>
        <message>
            <source>Redline &amp;from:</source>
            <translation>Comparar &amp;desde:</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>&amp;con:</translation>
        </message>
        <message>
            <source>S&amp;wap</source>
            <translation>&amp;Invertir</translation>
        </message>
        <message>
            <source>Compare the other way round</source>
            <translation>Comparar en sentido inverso</translation>
        </message>
        <message>
            <source>Redline between the two clauses</source>
            <translation>Comparación de las dos cláusulas</translation>
        </message>
        <message>
            <source>Fewer than two clauses on this topic: nothing to compare.</source>
            <translation>Menos de dos cláusulas sobre este tema: nada que comparar.</translation>
        </message>
        <message>
            <source>Pick two clauses to compare.</source>
            <translation>Elija dos cláusulas para comparar.</translation>
        </message>
        <message>
            <source>The same clause on both sides: pick another to compare.</source>
            <translation>La misma cláusula en ambos lados: elija otra para comparar.</translation>
        </message>
        <message>
            <source>Legend: {inserted} (underlined): only in {second} · {deleted} (struck through): only in {first} · plain: in both.</source>
            <translation>Leyenda: {inserted} (subrayado): solo en {second} · {deleted} (tachado): solo en {first} · normal: en ambas.</translation>
        </message>
        <message>
            <source>inserted</source>
            <translation>añadido</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>eliminado</translation>
        </message>
    </context>
    <context>
        <name>RosterDialog</name>
        <message>
            <source>Delegation roster</source>
            <translation>Lista de la delegación</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Iniciales</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Role (head of delegation, lawyer, expert…)</source>
            <translation>Función (jefe de delegación, jurista, experto…)</translation>
        </message>
        <message>
            <source>&amp;Add member</source>
            <translation>&amp;Añadir miembro</translation>
        </message>
        <message>
            <source>Mark &amp;inactive / active</source>
            <translation>Marcar &amp;inactivo / activo</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>I am</source>
            <translation>Yo soy</translation>
        </message>
        <message>
            <source>I &amp;am:</source>
            <translation>&amp;Yo soy:</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>nobody chosen</source>
            <translation>nadie elegido</translation>
        </message>
        <message>
            <source>Choose who I am</source>
            <translation>Elegir quién soy</translation>
        </message>
        <message>
            <source>Add delegation member</source>
            <translation>Añadir miembro de la delegación</translation>
        </message>
        <message>
            <source>Change member</source>
            <translation>Cambiar miembro</translation>
        </message>
        <message>
            <source>Remove member</source>
            <translation>Quitar miembro</translation>
        </message>
    </context>
    <context>
        <name>RoundBars</name>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>INTERNAL</source>
            <translation>INTERNO</translation>
        </message>
        <message>
            <source>No rounds yet</source>
            <translation>Aún no hay rondas</translation>
        </message>
    </context>
    <context>
        <name>RoundForm</name>
        <message>
            <source>Edit round</source>
            <translation>Editar ronda</translation>
        </message>
        <message>
            <source>New round</source>
            <translation>Nueva ronda</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Vertiente</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Videollamada</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Add a track first (Tracks, Ctrl+2).</source>
            <translation>Añada primero una vertiente (Vertientes, Ctrl+2).</translation>
        </message>
        <message>
            <source>Say where the round took place, or tick video call.</source>
            <translation>Indique dónde tuvo lugar la ronda o marque videollamada.</translation>
        </message>
        <message>
            <source>Add round</source>
            <translation>Añadir ronda</translation>
        </message>
        <message>
            <source>Edit round {number}</source>
            <translation>Editar ronda {number}</translation>
        </message>
    </context>
    <context>
        <name>RoundsModel</name>
        <message>
            <source>Track</source>
            <translation>Vertiente</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Ronda</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Acciones abiertas</translation>
        </message>
        <message>
            <source>video call</source>
            <translation>videollamada</translation>
        </message>
        <message>
            <source>Illustrative: this round is part of the demo story, not a real meeting</source>
            <translation>Ilustrativa: esta ronda forma parte de la historia de demostración, no es una reunión real</translation>
        </message>
    </context>
    <context>
        <name>RoundsView</name>
        <message>
            <source>Track</source>
            <translation>Vertiente</translation>
        </message>
        <message>
            <source>New round…</source>
            <translation>Nueva ronda…</translation>
        </message>
        <message>
            <source>Edit round…</source>
            <translation>Editar ronda…</translation>
        </message>
        <message>
            <source>Add action…</source>
            <translation>Añadir acción…</translation>
        </message>
        <message>
            <source>Mark done / not done</source>
            <translation>Marcar hecho / no hecho</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Acciones de seguimiento</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Adjuntos</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Rondas</translation>
        </message>
        <message>
            <source>All tracks</source>
            <translation>Todas las vertientes</translation>
        </message>
        <message>
            <source>Select a round.</source>
            <translation>Seleccione una ronda.</translation>
        </message>
        <message>
            <source>video call</source>
            <translation>videollamada</translation>
        </message>
        <message>
            <source>Illustrative round (demo story).</source>
            <translation>Ronda ilustrativa (historia de demostración).</translation>
        </message>
        <message>
            <source>{track} round {number} — {date}, {place}</source>
            <translation>{track} ronda {number} — {date}, {place}</translation>
        </message>
        <message>
            <source>dd MMMM yyyy</source>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Mark action done</source>
            <translation>Marcar acción como hecha</translation>
        </message>
        <message>
            <source>Mark action not done</source>
            <translation>Marcar acción como no hecha</translation>
        </message>
    </context>
    <context>
        <name>ScorecardView</name>
        <message>
            <source>Round</source>
            <translation>Ronda</translation>
        </message>
        <message>
            <source>Brackets opened</source>
            <translation>Corchetes abiertos</translation>
        </message>
        <message>
            <source>Brackets closed</source>
            <translation>Corchetes cerrados</translation>
        </message>
        <message>
            <source>Moves towards ours</source>
            <translation>Hacia nuestra posición</translation>
        </message>
        <message>
            <source>Moves away from ours</source>
            <translation>Alejándose de la nuestra</translation>
        </message>
        <message>
            <source>Our fallbacks used</source>
            <translation>Repliegues usados</translation>
        </message>
        <message>
            <source>Interventions</source>
            <translation>Intervenciones</translation>
        </message>
        <message>
            <source>Round {number} ({date})</source>
            <translation>Ronda {number} ({date})</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>{title} (internal)</source>
            <translation>{title} (interno)</translation>
        </message>
        <message>
            <source>Internal: never printed in a shareable briefing</source>
            <translation>Interno: nunca se imprime en una nota compartible</translation>
        </message>
        <message>
            <source>Scorecard</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Vertiente</translation>
        </message>
        <message>
            <source>&amp;Track:</source>
            <translation>&amp;Vertiente:</translation>
        </message>
        <message>
            <source>INTERNAL</source>
            <translation>INTERNO</translation>
        </message>
        <message>
            <source>our fallbacks used and the minutes' interventions: never in a shareable paper</source>
            <translation>nuestras posiciones de repliegue usadas y las intervenciones del acta: nunca en un documento compartible</translation>
        </message>
        <message>
            <source>No track yet.</source>
            <translation>Aún no hay vertientes.</translation>
        </message>
        <message numerus="yes">
            <source>%n round(s); brackets opened {opened}, closed {closed}; ours: {ours}</source>
            <translation>
                <numerusform>%n ronda; corchetes abiertos {opened}, cerrados {closed}; nosotros: {ours}</numerusform>
                <numerusform>%n rondas; corchetes abiertos {opened}, cerrados {closed}; nosotros: {ours}</numerusform>
            </translation>
        </message>
        <message>
            <source>none marked</source>
            <translation>sin marcar</translation>
        </message>
        <message>
            <source>R{number}</source>
            <translation>R{number}</translation>
        </message>
        <message>
            <source>Brackets: opened (up), closed (down)</source>
            <translation>Corchetes: abiertos (arriba), cerrados (abajo)</translation>
        </message>
        <message>
            <source>opened</source>
            <translation>abiertos</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>cerrados</translation>
        </message>
        <message>
            <source>{party} towards</source>
            <translation>{party} hacia</translation>
        </message>
        <message>
            <source>{party} away</source>
            <translation>{party} se aleja</translation>
        </message>
        <message>
            <source>Stance moves: towards ours (up), away (down)</source>
            <translation>Posturas: hacia la nuestra (arriba), alejándose (abajo)</translation>
        </message>
        <message>
            <source>Interventions (up), our fallbacks used (down)</source>
            <translation>Intervenciones (arriba), nuestros repliegues (abajo)</translation>
        </message>
        <message>
            <source>our fallbacks used</source>
            <translation>repliegues usados</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>MineralsDesk — keyboard shortcuts</source>
            <translation>MineralsDesk — atajos de teclado</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>&amp;Print to PDF…</source>
            <translation>&amp;Imprimir en PDF…</translation>
        </message>
        <message>
            <source>Print keyboard shortcuts</source>
            <translation>Imprimir los atajos de teclado</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>MineralsDesk keyboard shortcuts</source>
            <translation>Atajos de teclado de MineralsDesk</translation>
        </message>
    </context>
    <context>
        <name>StartupChecks</name>
        <message>
            <source>The background check of {name} could not run: {message}</source>
            <translation>No se pudo ejecutar la comprobación en segundo plano de {name}: {message}</translation>
        </message>
    </context>
    <context>
        <name>SyncCard</name>
        <message>
            <source>never received a file</source>
            <translation>nunca se recibió un archivo</translation>
        </message>
        <message numerus="yes">
            <source>%n open conflict(s)</source>
            <translation>
                <numerusform>%n conflicto abierto</numerusform>
                <numerusform>%n conflictos abiertos</numerusform>
            </translation>
        </message>
        <message>
            <source>Last synced with</source>
            <translation>Última sincronización con</translation>
        </message>
        <message>
            <source>files received {received} · sent {sent}</source>
            <translation>archivos recibidos {received} · enviados {sent}</translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message>
            <source>MineralsDesk sync file (*.mdsync);;All files (*)</source>
            <translation>Archivo de sincronización de MineralsDesk (*.mdsync);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Sync with a colleague</source>
            <translation>Sincronizar con un colega</translation>
        </message>
        <message>
            <source>&amp;Export for a colleague</source>
            <translation>&amp;Exportar para un colega</translation>
        </message>
        <message>
            <source>&amp;Import a file</source>
            <translation>&amp;Importar un archivo</translation>
        </message>
        <message>
            <source>the delegation's sync passphrase (not stored)</source>
            <translation>la frase de contraseña de sincronización de la delegación (no se guarda)</translation>
        </message>
        <message>
            <source>This log is encrypted: the file is sealed with the log's own passphrase, which every colleague's copy shares.</source>
            <translation>Este registro está cifrado: el archivo se sella con la frase de contraseña del propio registro, común a la copia de cada colega.</translation>
        </message>
        <message>
            <source>Sync files are sealed with the delegation's sync passphrase, agreed among colleagues. It is used for this file only and never stored.</source>
            <translation>Los archivos de sincronización se sellan con la frase de contraseña de sincronización de la delegación, acordada entre colegas. Solo se usa para este archivo y nunca se guarda.</translation>
        </message>
        <message>
            <source>{title} refused</source>
            <translation>{title}: rechazado</translation>
        </message>
        <message>
            <source>Colleague</source>
            <translation>Colega</translation>
        </message>
        <message>
            <source>a colleague's name</source>
            <translation>el nombre de un colega</translation>
        </message>
        <message>
            <source>Sync file to write</source>
            <translation>Archivo de sincronización que se escribirá</translation>
        </message>
        <message>
            <source>Ch&amp;oose…</source>
            <translation>Eleg&amp;ir…</translation>
        </message>
        <message>
            <source>&amp;Colleague</source>
            <translation>&amp;Colega</translation>
        </message>
        <message>
            <source>Save &amp;as</source>
            <translation>Guardar &amp;como</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Frase de contraseña</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ninguno todavía</translation>
        </message>
        <message>
            <source>Known colleagues: {known}. A file for someone not yet known carries the whole history once.</source>
            <translation>Colegas conocidos: {known}. Un archivo para alguien aún desconocido lleva una vez todo el historial.</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xportar</translation>
        </message>
        <message>
            <source>Write the sync file</source>
            <translation>Escribir el archivo de sincronización</translation>
        </message>
        <message>
            <source>Name the colleague the file is for.</source>
            <translation>Indique el colega al que va destinado el archivo.</translation>
        </message>
        <message>
            <source>Choose where to write the file.</source>
            <translation>Elija dónde escribir el archivo.</translation>
        </message>
        <message>
            <source>Type the delegation's sync passphrase.</source>
            <translation>Escriba la frase de contraseña de sincronización de la delegación.</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>No se escribió nada.</translation>
        </message>
        <message>
            <source>Export for a colleague refused</source>
            <translation>Exportación para un colega rechazada</translation>
        </message>
        <message>
            <source>Sealing the file…</source>
            <translation>Sellando el archivo…</translation>
        </message>
        <message>
            <source>Written: {path}. Give it to {colleague} by USB or secure mail.</source>
            <translation>Escrito: {path}. Entrégueselo a {colleague} por USB o correo seguro.</translation>
        </message>
        <message>
            <source>Export for a colleague</source>
            <translation>Exportación para un colega</translation>
        </message>
        <message>
            <source>Sync file to import</source>
            <translation>Archivo de sincronización que se importará</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>Ele&amp;gir…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>Pass&amp;phrase</source>
            <translation>&amp;Frase de contraseña</translation>
        </message>
        <message>
            <source>Preview first: nothing is written until you apply.</source>
            <translation>Primero la vista previa: no se escribe nada hasta que aplique.</translation>
        </message>
        <message>
            <source>Conflicts the file would make</source>
            <translation>Conflictos que crearía el archivo</translation>
        </message>
        <message>
            <source>The conflicts the file would make are listed here after a preview.</source>
            <translation>Los conflictos que crearía el archivo aparecen aquí tras la vista previa.</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>&amp;Vista previa</translation>
        </message>
        <message>
            <source>&amp;Apply</source>
            <translation>&amp;Aplicar</translation>
        </message>
        <message>
            <source>Import a sync file</source>
            <translation>Importar un archivo de sincronización</translation>
        </message>
        <message>
            <source>Choose the sync file a colleague gave you.</source>
            <translation>Elija el archivo de sincronización que le dio un colega.</translation>
        </message>
        <message>
            <source>Preview the sync file</source>
            <translation>Vista previa del archivo de sincronización</translation>
        </message>
        <message>
            <source>Import the sync file</source>
            <translation>Importación del archivo de sincronización</translation>
        </message>
        <message>
            <source>Preview (nothing written yet)</source>
            <translation>Vista previa (aún no se ha escrito nada)</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Aplicado</translation>
        </message>
        <message>
            <source>Would apply &lt;b&gt;{applied}&lt;/b&gt;, already here {already}, conflicts &lt;b&gt;{conflicts}&lt;/b&gt;, not records {skipped}.</source>
            <translation>Aplicaría &lt;b&gt;{applied}&lt;/b&gt;, ya presentes {already}, conflictos &lt;b&gt;{conflicts}&lt;/b&gt;, no son registros {skipped}.</translation>
        </message>
        <message>
            <source>Applied &lt;b&gt;{applied}&lt;/b&gt;, already here {already}, conflicts &lt;b&gt;{conflicts}&lt;/b&gt;, not records {skipped}.</source>
            <translation>Aplicados &lt;b&gt;{applied}&lt;/b&gt;, ya presentes {already}, conflictos &lt;b&gt;{conflicts}&lt;/b&gt;, no son registros {skipped}.</translation>
        </message>
        <message>
            <source>file {number} from {sender}: {entries} new entries.</source>
            <translation>archivo {number} de {sender}: {entries} entradas nuevas.</translation>
        </message>
        <message>
            <source>Apply to merge it.</source>
            <translation>Aplique para fusionarlo.</translation>
        </message>
        <message>
            <source>Apply to merge it; the conflicts go to the Conflicts screen, nothing is overwritten.</source>
            <translation>Aplique para fusionarlo; los conflictos van a la pantalla Conflictos y no se sobrescribe nada.</translation>
        </message>
        <message>
            <source>… and {more} more</source>
            <translation>… y {more} más</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>Sin conflictos.</translation>
        </message>
    </context>
    <context>
        <name>TeamCard</name>
        <message>
            <source>open before {track} round {number} ({date})</source>
            <translation>pendiente antes de {track} ronda {number} ({date})</translation>
        </message>
        <message>
            <source>everything open (no round planned yet)</source>
            <translation>todo lo pendiente (aún no hay ronda prevista)</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>(you)</source>
            <translation>(usted)</translation>
        </message>
        <message>
            <source>{name}'s clauses, in Clauses</source>
            <translation>Cláusulas de {name}, en Cláusulas</translation>
        </message>
        <message numerus="yes">
            <source>%n open clause(s)</source>
            <translation>
                <numerusform>%n cláusula abierta</numerusform>
                <numerusform>%n cláusulas abiertas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n commitment(s) due</source>
            <translation>
                <numerusform>%n compromiso pendiente</numerusform>
                <numerusform>%n compromisos pendientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open commitment(s)</source>
            <translation>
                <numerusform>%n compromiso abierto</numerusform>
                <numerusform>%n compromisos abiertos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TopicsView</name>
        <message>
            <source>Topics</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>&amp;Topic:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) in {covering} of {tracks} tracks</source>
            <translation>
                <numerusform>%n cláusula en {covering} de {tracks} vertientes</numerusform>
                <numerusform>%n cláusulas en {covering} de {tracks} vertientes</numerusform>
            </translation>
        </message>
        <message>
            <source>No clause on this topic yet.</source>
            <translation>Aún no hay cláusulas sobre este tema.</translation>
        </message>
    </context>
    <context>
        <name>TrackColumn</name>
        <message>
            <source>amends</source>
            <translation>enmienda</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <source>, v{version} tabled by {party}</source>
            <translation>, v{version} presentada por {party}</translation>
        </message>
        <message>
            <source>, no text yet</source>
            <translation>, aún sin texto</translation>
        </message>
        <message>
            <source>No text recorded.</source>
            <translation>No hay texto registrado.</translation>
        </message>
        <message numerus="yes">
            <source>%n clause(s) · parties {parties}</source>
            <translation>
                <numerusform>%n cláusula · partes {parties}</numerusform>
                <numerusform>%n cláusulas · partes {parties}</numerusform>
            </translation>
        </message>
        <message>
            <source>No clause on this topic in this track.</source>
            <translation>No hay cláusulas sobre este tema en esta vertiente.</translation>
        </message>
        <message>
            <source>Current text of the {track} clauses on this topic</source>
            <translation>Texto actual de las cláusulas de {track} sobre este tema</translation>
        </message>
        <message>
            <source>Stances in {track}</source>
            <translation>Posturas en {track}</translation>
        </message>
        <message>
            <source>Each party's latest stance in {track}</source>
            <translation>Última postura de cada parte en {track}</translation>
        </message>
        <message>
            <source>{party}: no position recorded on {ref}</source>
            <translation>{party}: ninguna posición registrada sobre {ref}</translation>
        </message>
        <message>
            <source>{party} on {ref}: {stance}</source>
            <translation>{party} sobre {ref}: {stance}</translation>
        </message>
    </context>
    <context>
        <name>TrackForm</name>
        <message>
            <source>Edit track</source>
            <translation>Editar vertiente</translation>
        </message>
        <message>
            <source>New track</source>
            <translation>Nueva vertiente</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Short name, e.g. MOU</source>
            <translation>Nombre corto, p. ej. MOU</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>memorandum, roadmap, action plan…</source>
            <translation>memorando, hoja de ruta, plan de acción…</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Fecha objetivo</translation>
        </message>
        <message>
            <source>Has a target</source>
            <translation>Tiene objetivo</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Partes</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Give the track a short reference.</source>
            <translation>Dé una referencia corta a la vertiente.</translation>
        </message>
        <message>
            <source>Give the track a title.</source>
            <translation>Dé un título a la vertiente.</translation>
        </message>
        <message>
            <source>A negotiation needs at least two parties.</source>
            <translation>Una negociación necesita al menos dos partes.</translation>
        </message>
        <message>
            <source>Add track {ref}</source>
            <translation>Añadir vertiente {ref}</translation>
        </message>
        <message>
            <source>Edit track {ref}</source>
            <translation>Editar vertiente {ref}</translation>
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
            <translation>Título</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Parties</source>
            <translation>Partes</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Fecha objetivo</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Clauses</source>
            <translation>Cláusulas</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Rondas</translation>
        </message>
        <message>
            <source>✓ concluded</source>
            <translation>✓ concluida</translation>
        </message>
        <message>
            <source>no target</source>
            <translation>sin objetivo</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>queda %n día</numerusform>
                <numerusform>quedan %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) past</source>
            <translation>
                <numerusform>%n día de retraso</numerusform>
                <numerusform>%n días de retraso</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TracksView</name>
        <message>
            <source>New track…</source>
            <translation>Nueva vertiente…</translation>
        </message>
        <message>
            <source>Add a track (Record menu, Ctrl+Shift+T)</source>
            <translation>Añadir una vertiente (menú Registrar, Ctrl+Mayús+T)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <source>Edit the selected track (Enter or F2)</source>
            <translation>Editar la vertiente seleccionada (Intro o F2)</translation>
        </message>
        <message>
            <source>Tracks</source>
            <translation>Vertientes</translation>
        </message>
        <message>
            <source>dd MMMM yyyy</source>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>none set</source>
            <translation>sin fijar</translation>
        </message>
        <message>
            <source>Target date:</source>
            <translation>Fecha objetivo:</translation>
        </message>
        <message>
            <source>Parties:</source>
            <translation>Partes:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Tipo:</translation>
        </message>
        <message>
            <source>Show on the dashboard</source>
            <translation>Mostrar en el panel</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>An unexpected error stopped the work ({kind}). Details were written to {where}.</source>
            <translation>Un error inesperado detuvo el trabajo ({kind}). Los detalles se guardaron en {where}.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>{title} failed</source>
            <translation>{title}: error</translation>
        </message>
    </context>
</TS>