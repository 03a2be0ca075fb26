<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <name>Placeholder</name>
        <message>
            <source>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;This screen is not available in this build.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</source>
            <translation>&lt;h3&gt;{title}&lt;/h3&gt;&lt;p&gt;Esta pantalla no está disponible en esta versión.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;</translation>
        </message>
    </context>
</TS>